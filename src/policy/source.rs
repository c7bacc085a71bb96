//! The policy source format (TOML), as written by people. Every table keeps its span so
//! errors can name the line.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicySource {
    pub policy: Spanned<Header>,
    #[serde(default)]
    pub messages: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    pub steer: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    pub banners: BTreeMap<String, Spanned<BannerSrc>>,
    #[serde(default)]
    pub resources: BTreeMap<String, Spanned<ResourceSrc>>,
    pub categories: BTreeMap<Spanned<String>, Spanned<CategorySrc>>,
    #[serde(default)]
    pub rules: Vec<Spanned<RuleSrc>>,
    #[serde(default)]
    pub tests: Vec<Spanned<TestSrc>>,
    #[serde(default)]
    pub ladder: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub limits: Option<Spanned<LimitsSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub description: String,
    /// What to do when screening fails internally: `closed` (refuse) or `open` (allow).
    #[serde(default)]
    pub fail_mode: Option<FailModeSrc>,
    /// Message id used for refusals when a category names none.
    #[serde(default)]
    pub default_refusal: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FailModeSrc {
    pub prompt: String,
    pub output: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BannerSrc {
    pub text: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceSrc {
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// ISO 3166 regions (`US`, `GB`) this resource serves; `*` is the international fallback.
    pub regions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategorySrc {
    pub description: String,
    pub dimensions: Vec<String>,
    pub severity: u8,
    pub prompt: DirectionSrc,
    pub output: DirectionSrc,
    /// Stronger actions when another model head fires (e.g. election misinformation).
    #[serde(default)]
    pub escalations: Vec<EscalationSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectionSrc {
    pub action: String,
    /// A number in (0, 1], or `default` / `strict` for the model's calibrated points.
    #[serde(default)]
    pub threshold: Option<toml::Value>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub steer: Option<String>,
    #[serde(default)]
    pub banners: Vec<String>,
    /// Attach the crisis resources of the user's locale.
    #[serde(default)]
    pub resources: bool,
    /// For `support`: whether the model is still called (default true).
    #[serde(default)]
    pub forward: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationSrc {
    pub id: String,
    pub head: String,
    pub directions: Vec<String>,
    pub action: String,
    #[serde(default)]
    pub threshold: Option<toml::Value>,
    #[serde(default)]
    pub message: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSrc {
    pub id: String,
    pub category: String,
    #[serde(default = "default_status")]
    pub status: String,
    pub description: String,
    #[serde(default = "both_directions")]
    pub directions: Vec<String>,
    /// Defaults to the category's action for the direction.
    #[serde(default)]
    pub action: Option<String>,
    #[serde(default)]
    pub patterns: Vec<Spanned<String>>,
    #[serde(default)]
    pub keywords: Vec<Spanned<String>>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub steer: Option<String>,
    #[serde(default)]
    pub banners: Vec<String>,
    #[serde(default)]
    pub resources: bool,
    #[serde(default)]
    pub forward: Option<bool>,
    /// Rules only fire when the category's model score is at least this (0 = always).
    #[serde(default)]
    pub min_score: f32,
    /// Rule matches that must NOT be present for this rule to fire (rule ids).
    #[serde(default)]
    pub unless: Vec<String>,
}

fn default_status() -> String {
    "stable".into()
}

fn both_directions() -> Vec<String> {
    vec!["prompt".into(), "output".into()]
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestSrc {
    pub text: String,
    #[serde(default)]
    pub direction: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    pub expect: String,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub rules: Vec<String>,
    #[serde(default)]
    pub resources: Vec<String>,
    #[serde(default)]
    pub banners: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsSrc {
    #[serde(default)]
    pub max_bytes: Option<u64>,
    #[serde(default)]
    pub max_windows: Option<u64>,
}
