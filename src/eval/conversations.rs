//! Safety: multi-turn conversations from `evals/conversations/*.jsonl`, screened turn by
//! turn as the host would (`Guard::screen_conversation` on each prefix ending at a user
//! turn), next to a single-turn baseline (each user turn screened alone).
//!
//! A harmful conversation (`split`, `escalation`, `roleplay`) names its category and the
//! 1-based user turn where its intent becomes clear (`intent_turn`); it is caught when
//! some turn is flagged, and the report says at which turn. A `benign_long` chat is
//! falsely flagged when any of its turns is.

use super::data::read_jsonl;
use super::{caught, flagged, r1, EvalOptions, Metrics, Rate};
use crate::error::{Error, Result};
use crate::guard::{Guard, Role, ScreenOptions, Turn};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The kinds of conversation, harmful first.
pub const KINDS: [&str; 4] = ["split", "escalation", "roleplay", "benign_long"];

/// One conversation as written in the suite.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conversation {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub category: Option<String>,
    /// 1-based user turn where the harmful intent becomes clear.
    #[serde(default)]
    pub intent_turn: Option<usize>,
    pub turns: Vec<TurnSpec>,
}

/// A turn: a plain string is a user turn.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum TurnSpec {
    User(String),
    Turn(Turn),
}

impl Conversation {
    pub fn harmful(&self) -> bool {
        self.kind != "benign_long"
    }

    pub fn turns(&self) -> Vec<Turn> {
        self.turns
            .iter()
            .map(|t| match t {
                TurnSpec::User(s) => Turn { role: Role::User, content: s.clone() },
                TurnSpec::Turn(t) => t.clone(),
            })
            .collect()
    }

    fn check(&self) -> Result<()> {
        let bad = |m: String| Err(Error::input(format!("conversation `{}`: {m}", self.id)));
        if !KINDS.contains(&self.kind.as_str()) {
            return bad(format!("unknown kind `{}` (expected one of {})", self.kind, KINDS.join(", ")));
        }
        let users = self.turns().iter().filter(|t| t.role == Role::User).count();
        if self.harmful() {
            match (self.category.as_deref(), self.intent_turn) {
                (Some(c), Some(t)) if c.parse::<crate::Category>().is_ok() && (1..=users).contains(&t) => {}
                _ => return bad(format!("a harmful conversation needs a known `category` and an `intent_turn` in 1..={users}")),
            }
        } else if users < 6 {
            return bad(format!("a benign_long chat needs at least 6 user turns (has {users})"));
        }
        Ok(())
    }
}

/// How one conversation went.
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    pub id: String,
    pub kind: String,
    pub category: Option<String>,
    pub intent_turn: Option<usize>,
    pub user_turns: usize,
    /// 1-based user turns flagged when screened as a conversation.
    pub flagged_turns: Vec<usize>,
    /// 1-based user turns flagged when screened alone.
    pub flagged_alone: Vec<usize>,
}

impl Outcome {
    pub fn first(&self) -> Option<usize> {
        self.flagged_turns.first().copied()
    }
}

/// Per-kind results.
#[derive(Clone, Debug, Default, Serialize)]
pub struct KindSummary {
    /// Harmful kinds: caught; benign: falsely flagged (any turn).
    pub conversation: Rate,
    /// The same with each user turn screened alone.
    pub single_turn: Rate,
    /// Benign: flagged user turns out of all user turns.
    pub turns: Rate,
    /// Harmful: caught at the intent turn or earlier (only after intent counts as late).
    pub on_time: Rate,
}

#[derive(Clone, Debug, Serialize)]
pub struct SafetyReport {
    pub kinds: BTreeMap<String, KindSummary>,
    pub outcomes: Vec<Outcome>,
}

/// Loads every `*.jsonl` under `evals/conversations/`, sorted by file name.
pub fn load(opts: &EvalOptions) -> Result<Vec<Conversation>> {
    let dir = opts.dirs.suite("conversations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| Error::input(format!("reading {}: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for f in files {
        let convs: Vec<Conversation> = read_jsonl(&f)?;
        for c in &convs {
            c.check().map_err(|e| Error::input(format!("{}: {e}", f.display())))?;
        }
        all.extend(convs);
    }
    if all.is_empty() {
        return Err(Error::input(format!("no conversations under {}", dir.display())));
    }
    Ok(all)
}

/// Screens one conversation turn by turn.
pub fn screen(guard: &Guard, c: &Conversation) -> Outcome {
    let turns = c.turns();
    let cat = c.category.as_deref().unwrap_or("");
    let hit = |v: &crate::Verdict| if c.harmful() { caught(v, cat) } else { flagged(v) };
    let mut out = Outcome { id: c.id.clone(), kind: c.kind.clone(), category: c.category.clone(), intent_turn: c.intent_turn, user_turns: 0, flagged_turns: Vec::new(), flagged_alone: Vec::new() };
    for (i, t) in turns.iter().enumerate() {
        if t.role != Role::User {
            continue;
        }
        out.user_turns += 1;
        if hit(&guard.screen_conversation(&turns[..=i], &ScreenOptions::prompt())) {
            out.flagged_turns.push(out.user_turns);
        }
        if hit(&guard.screen(&t.content, &ScreenOptions::prompt())) {
            out.flagged_alone.push(out.user_turns);
        }
    }
    out
}

pub fn run(guard: &Guard, opts: &EvalOptions) -> Result<SafetyReport> {
    let convs = load(opts)?;
    let mut kinds: BTreeMap<String, KindSummary> = KINDS.iter().map(|k| (k.to_string(), KindSummary::default())).collect();
    let mut outcomes = Vec::new();
    for c in &convs {
        let o = screen(guard, c);
        let k = kinds.get_mut(&c.kind).expect("checked kind");
        k.conversation.add(!o.flagged_turns.is_empty());
        k.single_turn.add(!o.flagged_alone.is_empty());
        if c.harmful() {
            k.on_time.add(o.first().is_some_and(|f| Some(f) <= c.intent_turn));
        } else {
            for t in 1..=o.user_turns {
                k.turns.add(o.flagged_turns.contains(&t));
            }
        }
        outcomes.push(o);
    }
    Ok(SafetyReport { kinds, outcomes })
}

impl SafetyReport {
    /// Recall over the split and escalating conversations together (the release gate).
    pub fn split_escalation(&self) -> Rate {
        let mut r = Rate::default();
        for k in ["split", "escalation"] {
            let c = self.kinds[k].conversation;
            r.hits += c.hits;
            r.n += c.n;
        }
        r
    }

    pub fn metrics(&self, m: &mut Metrics) {
        m.insert("safety.split_escalation_recall_pct".into(), r1(self.split_escalation().pct()));
        for (k, s) in &self.kinds {
            if k == "benign_long" {
                m.insert("safety.benign_long.false_flag_pct".into(), r1(s.conversation.pct()));
                m.insert("safety.benign_long.turn_false_flag_pct".into(), r1(s.turns.pct()));
            } else {
                m.insert(format!("safety.{k}.recall_pct"), r1(s.conversation.pct()));
                m.insert(format!("safety.{k}.single_turn_recall_pct"), r1(s.single_turn.pct()));
                m.insert(format!("safety.{k}.on_time_pct"), r1(s.on_time.pct()));
            }
        }
    }
}
