//! Runs a policy's inline test cases through a guard.

use crate::guard::{Guard, ScreenOptions};
use crate::policy::PolicyTest;

/// A failed inline test, with the line it is written on.
#[derive(Clone, Debug, PartialEq)]
pub struct TestFailure {
    pub line: usize,
    pub text: String,
    pub problem: String,
}

impl std::fmt::Display for TestFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {:?}: {}", self.line, self.text, self.problem)
    }
}

/// Runs every inline test of the guard's policy; returns the failures.
pub fn run(guard: &Guard) -> Vec<TestFailure> {
    guard.policy().data().tests.iter().filter_map(|t| check(guard, t).err()).collect()
}

fn check(guard: &Guard, t: &PolicyTest) -> Result<(), TestFailure> {
    let opts = ScreenOptions { direction: t.direction, locale: t.locale.clone() };
    let v = guard.screen(&t.text, &opts);
    let fail = |problem: String| TestFailure { line: t.line, text: t.text.clone(), problem };
    if v.action != t.expect {
        return Err(fail(format!("expected {}, got {} (categories {}, rules {:?})", t.expect, v.action, v.categories.iter().map(|c| c.id()).collect::<Vec<_>>().join(","), v.rules)));
    }
    for c in &t.categories {
        if !v.categories.contains(c) {
            return Err(fail(format!("expected category {c} among {:?}", v.categories.iter().map(|c| c.id()).collect::<Vec<_>>())));
        }
    }
    for r in &t.rules {
        if !v.rules.contains(r) {
            return Err(fail(format!("expected rule {r} among {:?}", v.rules)));
        }
    }
    for r in &t.resources {
        if !v.resources.iter().any(|x| &x.id == r) {
            return Err(fail(format!("expected resource {r} among {:?}", v.resources.iter().map(|x| &x.id).collect::<Vec<_>>())));
        }
    }
    for b in &t.banners {
        if !v.banners.iter().any(|x| &x.id == b) {
            return Err(fail(format!("expected banner {b} among {:?}", v.banners.iter().map(|x| &x.id).collect::<Vec<_>>())));
        }
    }
    Ok(())
}
