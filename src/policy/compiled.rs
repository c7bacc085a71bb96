//! The compiled policy: validated, defaults resolved, ready to serialize into a bundle.

use crate::category::Category;
use crate::verdict::{Action, Banner, Direction, Resource};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which operating point a threshold uses.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// The model's calibrated balanced point.
    Default,
    /// The model's calibrated high-recall point.
    Strict,
    /// A fixed score.
    Fixed(f32),
}

/// What a category (or rule) does in one direction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub action: Action,
    pub threshold: Threshold,
    /// Message id (for `refuse`, and `support` that does not forward).
    pub message: Option<String>,
    /// Steering text id.
    pub steer: Option<String>,
    pub banners: Vec<String>,
    pub resources: bool,
    pub forward: bool,
}

/// A stronger outcome when another model head fires.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Escalation {
    pub id: String,
    pub head: usize,
    pub directions: Vec<Direction>,
    pub action: Action,
    pub threshold: Threshold,
    pub message: Option<String>,
}

/// A category's policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryPolicy {
    pub category: Category,
    pub description: String,
    pub dimensions: Vec<String>,
    pub severity: u8,
    pub prompt: Outcome,
    pub output: Outcome,
    pub escalations: Vec<Escalation>,
}

impl CategoryPolicy {
    pub fn outcome(&self, d: Direction) -> &Outcome {
        match d {
            Direction::Prompt => &self.prompt,
            Direction::Output => &self.output,
        }
    }
}

/// Rule lifecycle (as in ruff): stable rules decide, preview rules only report
/// (`shadow` in the verdict), deprecated rules are skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lifecycle {
    Stable,
    Preview,
    Deprecated,
}

/// A rule: patterns over normalized text that fire a category outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    pub category: Category,
    pub status: Lifecycle,
    pub description: String,
    pub directions: Vec<Direction>,
    /// Regex sources over normalized text (keywords already turned into patterns).
    pub patterns: Vec<String>,
    pub action: Option<Action>,
    pub message: Option<String>,
    pub steer: Option<String>,
    pub banners: Vec<String>,
    pub resources: bool,
    pub forward: Option<bool>,
    pub min_score: f32,
    pub unless: Vec<String>,
    /// 1-based line of the rule in the source.
    pub line: usize,
}

/// A resource with the regions it serves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionalResource {
    pub resource: Resource,
    pub regions: Vec<String>,
}

/// An inline test case of the policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyTest {
    pub text: String,
    pub direction: Direction,
    pub locale: Option<String>,
    pub expect: Action,
    pub categories: Vec<Category>,
    pub rules: Vec<String>,
    pub resources: Vec<String>,
    pub banners: Vec<String>,
    pub line: usize,
}

/// Size limits applied while screening.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    /// Texts longer than this are screened by rules in full, but the classifier sees
    /// at most `max_windows` windows spread over the text.
    pub max_bytes: u64,
    pub max_windows: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_bytes: 8 * 1024 * 1024, max_windows: 4096 }
    }
}

/// Everything a bundle holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompiledPolicy {
    pub format: u32,
    pub name: String,
    pub version: String,
    pub description: String,
    pub fail_closed_prompt: bool,
    pub fail_closed_output: bool,
    pub default_refusal: String,
    pub messages: BTreeMap<String, String>,
    pub steer: BTreeMap<String, String>,
    pub banners: BTreeMap<String, Banner>,
    pub resources: Vec<RegionalResource>,
    pub categories: Vec<CategoryPolicy>,
    pub rules: Vec<Rule>,
    pub tests: Vec<PolicyTest>,
    pub ladder: serde_json::Value,
    pub limits: Limits,
}
