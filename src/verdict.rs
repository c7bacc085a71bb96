//! The verdict: the one shape every binding returns (see `CONTRACTS.md`).

use crate::category::Category;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// What the host should do, ordered weakest to strongest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    #[default]
    Allow,
    Banner,
    Steer,
    Support,
    Refuse,
    Block,
}

impl Action {
    pub const ALL: [Action; 6] = [Action::Allow, Action::Banner, Action::Steer, Action::Support, Action::Refuse, Action::Block];

    pub fn id(self) -> &'static str {
        match self {
            Action::Allow => "allow",
            Action::Banner => "banner",
            Action::Steer => "steer",
            Action::Support => "support",
            Action::Refuse => "refuse",
            Action::Block => "block",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Action {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Action::ALL.iter().copied().find(|a| a.id() == s).ok_or_else(|| format!("unknown action `{s}`"))
    }
}

/// Which side of the model call a text comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// What the user sends, screened before the model is called.
    #[default]
    Prompt,
    /// What the model sends back, screened before it is delivered.
    Output,
}

impl Direction {
    pub fn id(self) -> &'static str {
        match self {
            Direction::Prompt => "prompt",
            Direction::Output => "output",
        }
    }
}

impl FromStr for Direction {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "prompt" => Ok(Direction::Prompt),
            "output" => Ok(Direction::Output),
            _ => Err(format!("unknown direction `{s}` (expected prompt or output)")),
        }
    }
}

/// A banner shown beside the answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Banner {
    pub id: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// A crisis or help resource for the user's locale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// Where a user stands on the repeat-offender ladder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Enforcement {
    pub strikes: f32,
    pub state: EnforcementState,
    /// Seconds until a cooldown ends (only in `cooldown`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub retry_after_s: Option<u64>,
}

/// Ladder steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum EnforcementState {
    #[default]
    Ok,
    Warned,
    Cooldown,
    Blocked,
}

/// A limit that applied while screening (the text was windowed or truncated).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LimitApplied {
    pub limit: String,
    pub value: u64,
}

/// The decision for one text or conversation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub action: Action,
    /// Whether the host should call the model (prompt) or deliver the text (output).
    pub forward: bool,
    /// Categories that fired, strongest first.
    pub categories: Vec<Category>,
    /// A score in [0, 1] for every one of the 13 categories.
    pub scores: BTreeMap<Category, f32>,
    /// Ids of the policy rules that fired.
    pub rules: Vec<String>,
    pub banners: Vec<Banner>,
    pub resources: Vec<Resource>,
    /// Guidance for the host's system prompt (`steer`, `support`).
    pub steer: Option<String>,
    /// The local reply when `forward` is false.
    pub message: Option<String>,
    /// `name@version+hash` of the policy that decided.
    pub policy: String,
    /// `name@version` of the classifier.
    pub model: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub enforcement: Option<Enforcement>,
    /// Harm dimensions of the fired categories (physical, psychological, ...).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub dimensions: Vec<String>,
    /// Limits that applied (windowing of long text, ...).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub limits: Vec<LimitApplied>,
    /// Set when an internal failure was resolved by the fail mode (`closed` or `open`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub failure: Option<String>,
    /// Preview rules that matched (reported, never deciding).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub shadow: Vec<String>,
}

impl Verdict {
    /// The JSON form shared by the CLI and the JS binding.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("verdict serializes")
    }
}
