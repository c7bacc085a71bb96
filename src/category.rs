//! The thirteen stable harm categories of the contract, plus the model's extra heads.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A harm category. Ids are fixed by `CONTRACTS.md`; the order is the model's output order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Violence,
    WeaponsCbrn,
    Cyber,
    FraudScams,
    IllegalGoods,
    HateHarassment,
    Sexual,
    ChildSafety,
    SelfHarm,
    Elections,
    Privacy,
    PromptAttack,
    SpecializedAdvice,
}

impl Category {
    /// Every category, in contract (and model-output) order.
    pub const ALL: [Category; 13] = [
        Category::Violence,
        Category::WeaponsCbrn,
        Category::Cyber,
        Category::FraudScams,
        Category::IllegalGoods,
        Category::HateHarassment,
        Category::Sexual,
        Category::ChildSafety,
        Category::SelfHarm,
        Category::Elections,
        Category::Privacy,
        Category::PromptAttack,
        Category::SpecializedAdvice,
    ];

    /// The stable id, e.g. `weapons_cbrn`.
    pub fn id(self) -> &'static str {
        match self {
            Category::Violence => "violence",
            Category::WeaponsCbrn => "weapons_cbrn",
            Category::Cyber => "cyber",
            Category::FraudScams => "fraud_scams",
            Category::IllegalGoods => "illegal_goods",
            Category::HateHarassment => "hate_harassment",
            Category::Sexual => "sexual",
            Category::ChildSafety => "child_safety",
            Category::SelfHarm => "self_harm",
            Category::Elections => "elections",
            Category::Privacy => "privacy",
            Category::PromptAttack => "prompt_attack",
            Category::SpecializedAdvice => "specialized_advice",
        }
    }

    /// Position in [`Category::ALL`] and in the model's output vector.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Categories whose default operating point is stricter (higher recall).
    pub fn is_high_stakes(self) -> bool {
        matches!(self, Category::WeaponsCbrn | Category::Cyber | Category::ChildSafety)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Category::ALL
            .iter()
            .copied()
            .find(|c| c.id() == s)
            .ok_or_else(|| format!("unknown category `{s}`"))
    }
}

/// Names of every model output head: the 13 categories, then extra sub-signals.
///
/// `elections_misinfo` separates creating election misinformation (refuse) from
/// voting-logistics questions (banner), which share the `elections` category.
pub const MODEL_LABELS: [&str; 14] = [
    "violence",
    "weapons_cbrn",
    "cyber",
    "fraud_scams",
    "illegal_goods",
    "hate_harassment",
    "sexual",
    "child_safety",
    "self_harm",
    "elections",
    "privacy",
    "prompt_attack",
    "specialized_advice",
    "elections_misinfo",
];

/// Index of the `elections_misinfo` head in [`MODEL_LABELS`].
pub const ELECTIONS_MISINFO: usize = 13;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_model_order() {
        for (i, c) in Category::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(MODEL_LABELS[i], c.id());
            assert_eq!(c.id().parse::<Category>().unwrap(), *c);
        }
        assert!("nope".parse::<Category>().is_err());
    }
}
