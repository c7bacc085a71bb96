//! Helpers shared by integration tests (each test binary uses a subset).
#![allow(dead_code)]

use edgeward::{Guard, Policy};

pub const DEFAULT: &str = include_str!("../../policies/default.toml");

/// The default policy source with every category threshold at 1.0 (child_safety at its
/// 0.5 floor), so with the random dev model only rules decide. Same as `tests/policy.rs`.
pub fn rules_only_source() -> String {
    let mut src = DEFAULT.to_string();
    for from in ["threshold = \"strict\", ", ", threshold = 0.6"] {
        src = src.replace(from, "");
    }
    src = src.replace("{ action = ", "{ threshold = 1.0, action = ");
    src = src.replace("{ threshold = 1.0, action = \"refuse\", message = \"refusal_child_safety\"", "{ threshold = 0.5, action = \"refuse\", message = \"refusal_child_safety\"");
    src = src.replace("{ threshold = 1.0, action = \"refuse\", message = \"refusal_output\" }\n\n[categories.self_harm]", "{ threshold = 0.5, action = \"refuse\", message = \"refusal_output\" }\n\n[categories.self_harm]");
    src
}

pub fn rules_only_policy() -> Policy {
    Policy::compile(&rules_only_source()).expect("rules-only policy compiles")
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
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}
