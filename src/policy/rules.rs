//! Rule matching: every active rule's patterns compiled into one `RegexSet` per
//! direction, so a text is scanned once whatever the number of rules.

use super::compiled::{Lifecycle, Rule};
use crate::verdict::Direction;
use regex::{RegexSet, RegexSetBuilder};

/// Largest compiled size of one pattern (untrusted policies cannot blow up memory).
const PATTERN_SIZE_LIMIT: usize = 1 << 20;
/// Largest compiled size of a whole rule set.
const SET_SIZE_LIMIT: usize = 32 << 20;

/// Checks that one pattern compiles within the size limit.
pub fn check_pattern(p: &str) -> Result<(), String> {
    regex::RegexBuilder::new(p).size_limit(PATTERN_SIZE_LIMIT).build().map(|_| ()).map_err(|e| e.to_string().lines().last().unwrap_or("").trim().to_string())
}

/// The compiled matcher for one direction.
#[derive(Clone, Debug)]
pub struct RuleSet {
    set: RegexSet,
    /// pattern index → rule index
    owner: Vec<usize>,
}

impl RuleSet {
    /// Compiles the non-deprecated rules that apply to `direction`.
    pub fn build(rules: &[Rule], direction: Direction) -> Result<RuleSet, String> {
        let mut pats = Vec::new();
        let mut owner = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            if r.status == Lifecycle::Deprecated || !r.directions.contains(&direction) {
                continue;
            }
            for p in &r.patterns {
                pats.push(p.as_str());
                owner.push(i);
            }
        }
        let set = RegexSetBuilder::new(&pats).size_limit(SET_SIZE_LIMIT).build().map_err(|e| e.to_string())?;
        Ok(RuleSet { set, owner })
    }

    /// Indices (into the policy's rules) of the rules that match `normalized`, sorted
    /// and distinct.
    pub fn matches(&self, normalized: &str) -> Vec<usize> {
        let mut out: Vec<usize> = self.set.matches(normalized).iter().map(|p| self.owner[p]).collect();
        out.dedup();
        out
    }
}
