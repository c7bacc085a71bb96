//! Validates a policy source and compiles it; every error names the rule (or section)
//! and the line.

use super::compiled::*;
use super::source::*;
use crate::category::{Category, MODEL_LABELS};
use crate::error::{Error, Result};
use crate::text::normalize;
use crate::verdict::{Action, Banner, Direction, Resource};
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// Current bundle format version.
pub const FORMAT: u32 = 1;

/// Dimensions a category may name.
pub const DIMENSIONS: [&str; 5] = ["physical", "psychological", "economic", "societal", "autonomy"];

/// Maps byte offsets of the source to 1-based lines.
pub(crate) struct Lines<'a>(&'a str);

impl Lines<'_> {
    pub(crate) fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.0.len());
        self.0.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
    }
    fn of<T>(&self, s: &Spanned<T>) -> usize {
        self.line(s.span().start)
    }
}

/// Parses and validates TOML policy source.
pub fn compile_source(src: &str) -> Result<CompiledPolicy> {
    let lines = Lines(src);
    let parsed: PolicySource = toml::from_str(src).map_err(|e| {
        let err = Error::policy(e.message().trim().to_string());
        match e.span() {
            Some(s) => err.with_line(lines.line(s.start)),
            None => err,
        }
    })?;
    Compiler { lines: &lines, src: &parsed }.compile()
}

struct Compiler<'a> {
    lines: &'a Lines<'a>,
    src: &'a PolicySource,
}

fn parse_action(s: &str) -> std::result::Result<Action, String> {
    s.parse()
}

fn parse_direction(s: &str) -> std::result::Result<Direction, String> {
    s.parse()
}

fn parse_threshold(v: &Option<toml::Value>) -> std::result::Result<Threshold, String> {
    match v {
        None => Ok(Threshold::Default),
        Some(toml::Value::String(s)) if s == "default" => Ok(Threshold::Default),
        Some(toml::Value::String(s)) if s == "strict" => Ok(Threshold::Strict),
        Some(toml::Value::Float(f)) if *f > 0.0 && *f <= 1.0 => Ok(Threshold::Fixed(*f as f32)),
        Some(toml::Value::Integer(1)) => Ok(Threshold::Fixed(1.0)),
        Some(other) => Err(format!("threshold must be a number in (0, 1], \"default\" or \"strict\", not {other:?}")),
    }
}

impl Compiler<'_> {
    fn err_at<T>(&self, at: &Spanned<T>, rule: &str, msg: impl Into<String>) -> Error {
        Error::policy(msg).with_rule(rule).with_line(self.lines.of(at))
    }

    fn compile(&self) -> Result<CompiledPolicy> {
        let s = self.src;
        let header = s.policy.get_ref();
        if header.name.trim().is_empty() || header.version.trim().is_empty() {
            return Err(self.err_at(&s.policy, "policy", "`name` and `version` must not be empty"));
        }
        let fail = |v: &str| -> Result<bool> {
            match v {
                "closed" => Ok(true),
                "open" => Ok(false),
                other => Err(self.err_at(&s.policy, "policy.fail_mode", format!("fail mode must be `closed` or `open`, not `{other}`"))),
            }
        };
        let (fail_closed_prompt, fail_closed_output) = match &header.fail_mode {
            Some(f) => (fail(&f.prompt)?, fail(&f.output)?),
            None => (true, false),
        };
        let messages: BTreeMap<String, String> = s.messages.iter().map(|(k, v)| (k.clone(), v.get_ref().clone())).collect();
        let steer: BTreeMap<String, String> = s.steer.iter().map(|(k, v)| (k.clone(), v.get_ref().clone())).collect();
        let default_refusal = header.default_refusal.clone().unwrap_or_else(|| "refusal".into());
        if !messages.contains_key(&default_refusal) {
            return Err(self.err_at(&s.policy, "policy.default_refusal", format!("message `{default_refusal}` is not defined in [messages]")));
        }
        let mut banners = BTreeMap::new();
        for (id, b) in &s.banners {
            let src = b.get_ref();
            if src.text.trim().is_empty() {
                return Err(self.err_at(b, &format!("banners.{id}"), "banner text must not be empty"));
            }
            if let Some(u) = &src.url {
                if !u.starts_with("https://") {
                    return Err(self.err_at(b, &format!("banners.{id}"), "banner url must start with https://"));
                }
            }
            banners.insert(id.clone(), Banner { id: id.clone(), text: src.text.clone(), url: src.url.clone() });
        }
        let mut resources = Vec::new();
        for (id, r) in &s.resources {
            let src = r.get_ref();
            if src.regions.is_empty() {
                return Err(self.err_at(r, &format!("resources.{id}"), "a resource must list its regions (or \"*\")"));
            }
            resources.push(RegionalResource {
                resource: Resource { id: id.clone(), name: src.name.clone(), phone: src.phone.clone(), text: src.text.clone(), url: src.url.clone() },
                regions: src.regions.iter().map(|r| r.to_ascii_uppercase()).collect(),
            });
        }
        if !resources.iter().any(|r| r.regions.iter().any(|g| g == "*")) {
            return Err(Error::policy("resources need an international fallback (regions = [\"*\"])").with_rule("resources"));
        }

        let refs = Refs { messages: &messages, steer: &steer, banners: &banners };
        let categories = self.categories(&refs)?;
        let rules = self.rules(&refs, &categories)?;
        let tests = self.tests(&rules, &resources, &banners)?;
        let ladder = match &s.ladder {
            Some(v) => {
                let value = serde_json::to_value(v.get_ref()).map_err(|e| self.err_at(v, "ladder", e.to_string()))?;
                crate::ladder::LadderConfig::from_value(&value).map_err(|m| self.err_at(v, "ladder", m))?;
                value
            }
            None => serde_json::Value::Null,
        };
        let mut limits = Limits::default();
        if let Some(l) = &s.limits {
            if let Some(b) = l.get_ref().max_bytes {
                limits.max_bytes = b;
            }
            if let Some(w) = l.get_ref().max_windows {
                if w == 0 {
                    return Err(self.err_at(l, "limits", "max_windows must be at least 1"));
                }
                limits.max_windows = w;
            }
        }
        Ok(CompiledPolicy {
            format: FORMAT,
            name: header.name.clone(),
            version: header.version.clone(),
            description: header.description.clone(),
            fail_closed_prompt,
            fail_closed_output,
            default_refusal,
            messages,
            steer,
            banners,
            resources,
            categories,
            rules,
            tests,
            ladder,
            limits,
        })
    }

    fn categories(&self, refs: &Refs) -> Result<Vec<CategoryPolicy>> {
        let mut out = Vec::new();
        for c in Category::ALL {
            let Some((key, cat)) = self.src.categories.iter().find(|(k, _)| k.get_ref() == c.id()) else {
                return Err(Error::policy(format!("category `{}` is missing: the policy must cover all 13 categories", c.id())).with_rule(format!("categories.{}", c.id())));
            };
            let src = cat.get_ref();
            let rule = format!("categories.{}", c.id());
            let err = |m: String| self.err_at(key, &rule, m);
            if !(1..=5).contains(&src.severity) {
                return Err(err(format!("severity must be 1..=5, not {}", src.severity)));
            }
            if src.dimensions.is_empty() {
                return Err(err("a category must name at least one harm dimension".into()));
            }
            for d in &src.dimensions {
                if !DIMENSIONS.contains(&d.as_str()) {
                    return Err(err(format!("unknown harm dimension `{d}` (expected one of {DIMENSIONS:?})")));
                }
            }
            let prompt = self.outcome(&src.prompt, refs).map_err(|m| err(format!("prompt: {m}")))?;
            let output = self.outcome(&src.output, refs).map_err(|m| err(format!("output: {m}")))?;
            if c == Category::ChildSafety {
                for (d, o) in [("prompt", &prompt), ("output", &output)] {
                    if o.action < Action::Refuse || o.forward {
                        return Err(err(format!("child_safety can never be switched off: its {d} action must be `refuse`")));
                    }
                    if let Threshold::Fixed(t) = o.threshold {
                        if t > 0.5 {
                            return Err(err(format!("child_safety can never be switched off: its {d} threshold may not exceed 0.5")));
                        }
                    }
                }
            }
            let mut escalations = Vec::new();
            for e in &src.escalations {
                let head = MODEL_LABELS.iter().position(|l| *l == e.head).ok_or_else(|| err(format!("escalation `{}`: unknown model head `{}`", e.id, e.head)))?;
                let directions = e.directions.iter().map(|d| parse_direction(d)).collect::<std::result::Result<Vec<_>, _>>().map_err(|m| err(format!("escalation `{}`: {m}", e.id)))?;
                let action = parse_action(&e.action).map_err(|m| err(format!("escalation `{}`: {m}", e.id)))?;
                let threshold = parse_threshold(&e.threshold).map_err(|m| err(format!("escalation `{}`: {m}", e.id)))?;
                if let Some(m) = &e.message {
                    refs.message(m).map_err(|m| err(format!("escalation `{}`: {m}", e.id)))?;
                }
                escalations.push(Escalation { id: e.id.clone(), head, directions, action, threshold, message: e.message.clone() });
            }
            out.push(CategoryPolicy {
                category: c,
                description: src.description.clone(),
                dimensions: src.dimensions.clone(),
                severity: src.severity,
                prompt,
                output,
                escalations,
            });
        }
        for k in self.src.categories.keys() {
            if k.get_ref().parse::<Category>().is_err() {
                return Err(self.err_at(k, &format!("categories.{}", k.get_ref()), format!("unknown category `{}`", k.get_ref())));
            }
        }
        Ok(out)
    }

    fn outcome(&self, d: &DirectionSrc, refs: &Refs) -> std::result::Result<Outcome, String> {
        let action = parse_action(&d.action)?;
        if action == Action::Block {
            return Err("`block` is reserved for the repeat-offender ladder".into());
        }
        let threshold = parse_threshold(&d.threshold)?;
        if let Some(m) = &d.message {
            refs.message(m)?;
        }
        if let Some(s) = &d.steer {
            refs.steer(s)?;
        }
        for b in &d.banners {
            refs.banner(b)?;
        }
        if action == Action::Banner && d.banners.is_empty() {
            return Err("action `banner` needs at least one banner".into());
        }
        if action == Action::Steer && d.steer.is_none() {
            return Err("action `steer` needs a `steer` text id".into());
        }
        let forward = match action {
            Action::Refuse | Action::Block => {
                if d.forward == Some(true) {
                    return Err(format!("action `{action}` never forwards"));
                }
                false
            }
            Action::Support => d.forward.unwrap_or(true),
            _ => {
                if d.forward == Some(false) {
                    return Err(format!("action `{action}` always forwards; use `support` or `refuse` to answer locally"));
                }
                true
            }
        };
        if !forward && d.message.is_none() && action == Action::Support {
            return Err("`support` with forward = false needs a local `message`".into());
        }
        Ok(Outcome { action, threshold, message: d.message.clone(), steer: d.steer.clone(), banners: d.banners.clone(), resources: d.resources, forward })
    }

    fn rules(&self, refs: &Refs, categories: &[CategoryPolicy]) -> Result<Vec<Rule>> {
        let mut out: Vec<Rule> = Vec::new();
        let mut seen = BTreeSet::new();
        for r in &self.src.rules {
            let src = r.get_ref();
            let line = self.lines.of(r);
            let err = |m: String| Error::policy(m).with_rule(src.id.clone()).with_line(line);
            if src.id.is_empty() || !src.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.') {
                return Err(err("rule ids use lower-case letters, digits, `_` and `.`".into()));
            }
            if !seen.insert(src.id.clone()) {
                return Err(err(format!("duplicate rule id `{}`", src.id)));
            }
            let category: Category = src.category.parse().map_err(err)?;
            let status = match src.status.as_str() {
                "stable" => Lifecycle::Stable,
                "preview" => Lifecycle::Preview,
                "deprecated" => Lifecycle::Deprecated,
                other => return Err(err(format!("status must be stable, preview or deprecated, not `{other}`"))),
            };
            let directions = src.directions.iter().map(|d| parse_direction(d)).collect::<std::result::Result<Vec<_>, _>>().map_err(err)?;
            if directions.is_empty() {
                return Err(err("a rule needs at least one direction".into()));
            }
            let action = src.action.as_deref().map(parse_action).transpose().map_err(err)?;
            if action == Some(Action::Block) {
                return Err(err("`block` is reserved for the repeat-offender ladder".into()));
            }
            if category == Category::ChildSafety && action.is_some_and(|a| a != Action::Allow && a < Action::Refuse) {
                return Err(err("child_safety rules can only refuse (or be `allow` context rules)".into()));
            }
            if let Some(m) = &src.message {
                refs.message(m).map_err(err)?;
            }
            if let Some(s) = &src.steer {
                refs.steer(s).map_err(err)?;
            }
            for b in &src.banners {
                refs.banner(b).map_err(err)?;
            }
            if src.patterns.is_empty() && src.keywords.is_empty() {
                return Err(err("a rule needs `patterns` or `keywords`".into()));
            }
            if !(0.0..=1.0).contains(&src.min_score) {
                return Err(err("min_score must be in [0, 1]".into()));
            }
            let mut patterns = Vec::new();
            for p in &src.patterns {
                let at = self.lines.of(p);
                super::rules::check_pattern(p.get_ref()).map_err(|m| Error::policy(format!("invalid pattern {:?}: {m}", p.get_ref())).with_rule(src.id.clone()).with_line(at))?;
                patterns.push(p.get_ref().clone());
            }
            for k in &src.keywords {
                let norm = normalize(k.get_ref());
                if norm.as_str().is_empty() {
                    return Err(Error::policy("empty keyword").with_rule(src.id.clone()).with_line(self.lines.of(k)));
                }
                patterns.push(format!(r"\b{}\b", regex::escape(norm.as_str())));
            }
            let _ = categories;
            out.push(Rule {
                id: src.id.clone(),
                category,
                status,
                description: src.description.clone(),
                directions,
                patterns,
                action,
                message: src.message.clone(),
                steer: src.steer.clone(),
                banners: src.banners.clone(),
                resources: src.resources,
                forward: src.forward,
                min_score: src.min_score,
                unless: src.unless.clone(),
                line,
            });
        }
        for r in &out {
            for u in &r.unless {
                if !seen.contains(u) {
                    return Err(Error::policy(format!("`unless` names unknown rule `{u}`")).with_rule(r.id.clone()).with_line(r.line));
                }
            }
        }
        Ok(out)
    }

    fn tests(&self, rules: &[Rule], resources: &[RegionalResource], banners: &BTreeMap<String, Banner>) -> Result<Vec<PolicyTest>> {
        let mut out = Vec::new();
        for (i, t) in self.src.tests.iter().enumerate() {
            let src = t.get_ref();
            let line = self.lines.of(t);
            let err = |m: String| Error::policy(m).with_rule(format!("tests[{i}]")).with_line(line);
            let direction = src.direction.as_deref().map(parse_direction).transpose().map_err(err)?.unwrap_or_default();
            let expect = parse_action(&src.expect).map_err(err)?;
            let categories = src.categories.iter().map(|c| c.parse::<Category>()).collect::<std::result::Result<Vec<_>, _>>().map_err(err)?;
            for r in &src.rules {
                if !rules.iter().any(|x| &x.id == r) {
                    return Err(err(format!("unknown rule `{r}`")));
                }
            }
            for r in &src.resources {
                if !resources.iter().any(|x| &x.resource.id == r) {
                    return Err(err(format!("unknown resource `{r}`")));
                }
            }
            for b in &src.banners {
                if !banners.contains_key(b) {
                    return Err(err(format!("unknown banner `{b}`")));
                }
            }
            out.push(PolicyTest {
                text: src.text.clone(),
                direction,
                locale: src.locale.clone(),
                expect,
                categories,
                rules: src.rules.clone(),
                resources: src.resources.clone(),
                banners: src.banners.clone(),
                line,
            });
        }
        Ok(out)
    }
}

struct Refs<'a> {
    messages: &'a BTreeMap<String, String>,
    steer: &'a BTreeMap<String, String>,
    banners: &'a BTreeMap<String, Banner>,
}

impl Refs<'_> {
    fn message(&self, id: &str) -> std::result::Result<(), String> {
        self.messages.contains_key(id).then_some(()).ok_or_else(|| format!("message `{id}` is not defined in [messages]"))
    }
    fn steer(&self, id: &str) -> std::result::Result<(), String> {
        self.steer.contains_key(id).then_some(()).ok_or_else(|| format!("steer text `{id}` is not defined in [steer]"))
    }
    fn banner(&self, id: &str) -> std::result::Result<(), String> {
        self.banners.contains_key(id).then_some(()).ok_or_else(|| format!("banner `{id}` is not defined in [banners]"))
    }
}
