//! Helpers shared by integration tests (each test binary uses a subset).
#![allow(dead_code)]

use edgeward::policy::Threshold;
use edgeward::{Guard, Policy};

pub const DEFAULT: &str = include_str!("../../policies/default.toml");

/// The default policy source with every category and escalation threshold at 1.0
/// (child_safety at its 0.5 floor), so with the random dev model only rules decide. As in
/// `tests/policy.rs`, plus the escalation.
pub fn rules_only_source() -> String {
    let mut src = DEFAULT.to_string();
    for from in ["threshold = \"strict\", ", ", threshold = 0.6"] {
        src = src.replace(from, "");
    }
    src = src.replace("{ action = ", "{ threshold = 1.0, action = ");
    // escalations fire from a model head too
    src = src.replace("action = \"refuse\", message = \"refusal_elections\" }", "action = \"refuse\", threshold = 1.0, message = \"refusal_elections\" }");
    src = src.replace("{ threshold = 1.0, action = \"refuse\", message = \"refusal_child_safety\"", "{ threshold = 0.5, action = \"refuse\", message = \"refusal_child_safety\"");
    src = src.replace("{ threshold = 1.0, action = \"refuse\", message = \"refusal_output\" }\n\n[categories.self_harm]", "{ threshold = 0.5, action = \"refuse\", message = \"refusal_output\" }\n\n[categories.self_harm]");
    src
}

pub fn rules_only_policy() -> Policy {
    let p = Policy::compile(&rules_only_source()).expect("rules-only policy compiles");
    // if the default policy changes shape, fail here rather than depend on the model
    for c in &p.data().categories {
        for t in [c.prompt.threshold, c.output.threshold].into_iter().chain(c.escalations.iter().map(|e| e.threshold)) {
            let floor = if c.category == edgeward::Category::ChildSafety { 0.5 } else { 1.0 };
            assert_eq!(t, Threshold::Fixed(floor), "rules_only_source left a model-driven threshold in {}", c.category.id());
        }
    }
    p
}

/// A guard whose verdicts depend only on the rules (the classifier can never fire,
/// except child_safety above 0.5; no test text here is near that).
pub fn rules_only() -> Guard {
    Guard::with_policy(rules_only_policy()).expect("guard")
}

/// Deterministic xorshift64* generator (no RNG dependency in tests).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}
