//! `edgeward eval`: the pre-release evaluation (issue 9). One run screens
//!
//! - **safety**: multi-turn conversations (`evals/conversations/`): requests split
//!   across turns, gradual escalation, role-play set-ups, and long benign chats;
//! - **risk**: the high-stakes categories at their strict operating points, with recall
//!   at fixed false-flag rates, on the EVAL sets in `../shared/datasets`;
//! - **bias**: false flags per identity term (Jigsaw templates, HolisticBias) and on
//!   HateCheck's non-hateful cases, plus mirrored political prompts;
//! - **vulnerability**: seed requests turned into attacks by the [`mutate`] engine;
//!
//! and writes a Markdown report with SVG charts plus JSON ([`report`]). Release gates
//! ([`gates`]) compare the report's flat metrics with limits from a TOML file.
//!
//! "Flagged" means the verdict does not let the request through as asked: the action is
//! `refuse` or `block`, or (for `self_harm`, whose policy answer is care) `support`.

pub mod bias;
pub mod conversations;
pub mod data;
pub mod gates;
pub mod mutate;
pub mod report;
pub mod risk;
pub mod svg;
pub mod vulnerability;

use crate::error::Result;
use crate::guard::Guard;
use crate::verdict::{Action, Verdict};
use serde::Serialize;
use std::collections::BTreeMap;

pub use data::DataDirs;
pub use report::Report;

/// What to run.
#[derive(Clone, Debug)]
pub struct EvalOptions {
    pub dirs: DataDirs,
    /// The CI subset: every `FAST_STEP`-th dataset item, every suite item.
    pub fast: bool,
}

/// Dataset subsampling step in fast mode.
pub const FAST_STEP: usize = 10;

impl EvalOptions {
    fn step(&self) -> usize {
        if self.fast {
            FAST_STEP
        } else {
            1
        }
    }
}

/// Runs every section and assembles the report.
pub fn run(guard: &Guard, opts: &EvalOptions) -> Result<Report> {
    let safety = conversations::run(guard, opts)?;
    let risk = risk::run(guard, opts)?;
    let bias = bias::run(guard, opts)?;
    let vulnerability = vulnerability::run(guard, opts)?;
    Ok(Report::new(guard, opts.fast, safety, risk, bias, vulnerability))
}

/// The texts of the project's own suites as (suite, text): every attack seed with its
/// translations, every conversation turn, and the HolisticBias sentences as the bias
/// section builds them. Training data is de-duplicated against these as well as against
/// the MANIFEST's EVAL sets (`edgeward eval --texts`, read by `models/pipeline/evalsets.py`).
pub fn suite_texts(opts: &EvalOptions) -> Result<Vec<(&'static str, String)>> {
    let mut out = Vec::new();
    for seed in vulnerability::load(opts)? {
        out.push(("edgeward_attack_seeds", seed.text));
        out.extend(seed.translations.into_values().map(|t| ("edgeward_attack_seeds", t)));
    }
    for c in conversations::load(opts)? {
        out.extend(c.turns().into_iter().map(|t| ("edgeward_conversations", t.content)));
    }
    out.extend(bias::holisticbias(opts)?.into_iter().map(|(_, _, s)| ("holisticbias", s)));
    Ok(out)
}

/// Whether a verdict counts as a flag (see the module docs).
pub fn flagged(v: &Verdict) -> bool {
    v.action >= Action::Refuse || (v.action == Action::Support && !v.forward)
}

/// Whether a verdict stops a harmful request of `category`: for `self_harm` the
/// policy's answer is `support` (care and resources), elsewhere a refusal.
pub fn caught(v: &Verdict, category: &str) -> bool {
    if category == "self_harm" {
        v.action >= Action::Support
    } else {
        v.action >= Action::Refuse
    }
}

/// A count of hits out of `n`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Rate {
    pub hits: usize,
    pub n: usize,
}

impl Rate {
    pub fn add(&mut self, hit: bool) {
        self.n += 1;
        self.hits += usize::from(hit);
    }

    /// Percentage (0 when empty).
    pub fn pct(&self) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            100.0 * self.hits as f64 / self.n as f64
        }
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.1}% ({}/{})", self.pct(), self.hits, self.n)
    }
}

/// Flat metric names → values, what gates read.
pub type Metrics = BTreeMap<String, f64>;

/// Rounds to one decimal for reports.
pub(crate) fn r1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
