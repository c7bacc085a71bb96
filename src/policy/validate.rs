//! Invariants of a compiled policy, checked on every load: after compiling source (where
//! the compiler has already reported most problems with a line) and, above all, after
//! decoding a bundle, so a hand-edited bundle cannot do what the source compiler
//! forbids (switch `child_safety` off, use the ladder's `block`, point at messages that
//! do not exist).

use super::compile::{DIMENSIONS, FORMAT};
use super::compiled::*;
use crate::category::{Category, MODEL_LABELS};
use crate::error::{Error, Result};
use crate::verdict::Action;
use std::collections::BTreeSet;

/// Checks every invariant the source compiler enforces that survives compilation.
pub fn validate(p: &CompiledPolicy) -> Result<()> {
    let err = |rule: &str, m: String| Err(Error::policy(m).with_rule(rule));
    if p.format != FORMAT {
        return err("policy", format!("compiled format {} is not supported (this build reads {FORMAT})", p.format));
    }
    if p.name.trim().is_empty() || p.version.trim().is_empty() {
        return err("policy", "`name` and `version` must not be empty".into());
    }
    if !p.messages.contains_key(&p.default_refusal) {
        return err("policy.default_refusal", format!("message `{}` is not defined in [messages]", p.default_refusal));
    }
    for (id, b) in &p.banners {
        if b.id != *id || b.text.trim().is_empty() || b.url.as_deref().is_some_and(|u| !u.starts_with("https://")) {
            return err(&format!("banners.{id}"), "banner needs its own id, a text and an https:// url (if any)".into());
        }
    }
    if p.resources.iter().any(|r| r.regions.is_empty()) {
        return err("resources", "a resource must list its regions (or \"*\")".into());
    }
    if !p.resources.iter().any(|r| r.regions.iter().any(|g| g == "*")) {
        return err("resources", "resources need an international fallback (regions = [\"*\"])".into());
    }
    if p.categories.len() != Category::ALL.len() || p.categories.iter().enumerate().any(|(i, c)| c.category.index() != i) {
        return err("categories", "the policy must cover all 13 categories, in order".into());
    }
    for c in &p.categories {
        let rule = format!("categories.{}", c.category.id());
        if !(1..=5).contains(&c.severity) {
            return err(&rule, format!("severity must be 1..=5, not {}", c.severity));
        }
        if c.dimensions.is_empty() || c.dimensions.iter().any(|d| !DIMENSIONS.contains(&d.as_str())) {
            return err(&rule, format!("dimensions must be a non-empty subset of {DIMENSIONS:?}"));
        }
        for (d, o) in [("prompt", &c.prompt), ("output", &c.output)] {
            if c.category == Category::ChildSafety {
                if o.action < Action::Refuse || o.forward {
                    return err(&rule, format!("child_safety can never be switched off: its {d} action must be `refuse`"));
                }
                if let Threshold::Fixed(t) = o.threshold {
                    if t > 0.5 {
                        return err(&rule, format!("child_safety can never be switched off: its {d} threshold may not exceed 0.5"));
                    }
                }
            }
            outcome(p, o).or_else(|m| err(&rule, format!("{d}: {m}")))?;
        }
        for e in &c.escalations {
            let m = |s: String| err(&rule, format!("escalation `{}`: {s}", e.id));
            if e.head >= MODEL_LABELS.len() {
                return m(format!("model head {} does not exist", e.head));
            }
            if e.action == Action::Block {
                return m("`block` is reserved for the repeat-offender ladder".into());
            }
            threshold(e.threshold).or_else(m)?;
            if let Some(id) = &e.message {
                message(p, id).or_else(m)?;
            }
        }
    }
    let ids: BTreeSet<&str> = p.rules.iter().map(|r| r.id.as_str()).collect();
    if ids.len() != p.rules.len() {
        return err("rules", "duplicate rule ids".into());
    }
    for r in &p.rules {
        let m = |s: String| err(&r.id, s);
        if r.id.is_empty() || !r.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.') {
            return m("rule ids use lower-case letters, digits, `_` and `.`".into());
        }
        if r.directions.is_empty() || r.patterns.is_empty() {
            return m("a rule needs at least one direction and one pattern".into());
        }
        if r.action == Some(Action::Block) {
            return m("`block` is reserved for the repeat-offender ladder".into());
        }
        if r.category == Category::ChildSafety && r.action.is_some_and(|a| a != Action::Allow && a < Action::Refuse) {
            return m("child_safety rules can only refuse (or be `allow` context rules)".into());
        }
        if !(0.0..=1.0).contains(&r.min_score) {
            return m("min_score must be in [0, 1]".into());
        }
        if let Some(id) = &r.message {
            message(p, id).or_else(m)?;
        }
        if let Some(id) = &r.steer {
            steer(p, id).or_else(m)?;
        }
        for b in &r.banners {
            banner(p, b).or_else(m)?;
        }
        for u in &r.unless {
            if !ids.contains(u.as_str()) {
                return m(format!("`unless` names unknown rule `{u}`"));
            }
        }
    }
    for (i, t) in p.tests.iter().enumerate() {
        let rule = format!("tests[{i}]");
        for r in &t.rules {
            if !ids.contains(r.as_str()) {
                return err(&rule, format!("unknown rule `{r}`"));
            }
        }
        for r in &t.resources {
            if !p.resources.iter().any(|x| &x.resource.id == r) {
                return err(&rule, format!("unknown resource `{r}`"));
            }
        }
        for b in &t.banners {
            banner(p, b).or_else(|m| err(&rule, m))?;
        }
    }
    crate::ladder::LadderConfig::from_value(&p.ladder).map_err(|m| Error::policy(m).with_rule("ladder"))?;
    if p.limits.max_windows == 0 {
        return err("limits", "max_windows must be at least 1".into());
    }
    Ok(())
}

type Check = std::result::Result<(), String>;

fn threshold(t: Threshold) -> Check {
    match t {
        Threshold::Fixed(x) if !(x > 0.0 && x <= 1.0) => Err(format!("threshold must be in (0, 1], not {x}")),
        _ => Ok(()),
    }
}

fn message(p: &CompiledPolicy, id: &str) -> Check {
    p.messages.contains_key(id).then_some(()).ok_or_else(|| format!("message `{id}` is not defined in [messages]"))
}

fn steer(p: &CompiledPolicy, id: &str) -> Check {
    p.steer.contains_key(id).then_some(()).ok_or_else(|| format!("steer text `{id}` is not defined in [steer]"))
}

fn banner(p: &CompiledPolicy, id: &str) -> Check {
    p.banners.contains_key(id).then_some(()).ok_or_else(|| format!("banner `{id}` is not defined in [banners]"))
}

/// The same rules as the source compiler's `outcome`.
fn outcome(p: &CompiledPolicy, o: &Outcome) -> Check {
    if o.action == Action::Block {
        return Err("`block` is reserved for the repeat-offender ladder".into());
    }
    threshold(o.threshold)?;
    if let Some(id) = &o.message {
        message(p, id)?;
    }
    if let Some(id) = &o.steer {
        steer(p, id)?;
    }
    for b in &o.banners {
        banner(p, b)?;
    }
    match o.action {
        Action::Banner if o.banners.is_empty() => return Err("action `banner` needs at least one banner".into()),
        Action::Steer if o.steer.is_none() => return Err("action `steer` needs a `steer` text id".into()),
        Action::Refuse if o.forward => return Err("action `refuse` never forwards".into()),
        Action::Allow | Action::Banner | Action::Steer if !o.forward => return Err(format!("action `{}` always forwards", o.action)),
        Action::Support if !o.forward && o.message.is_none() => return Err("`support` with forward = false needs a local `message`".into()),
        _ => {}
    }
    Ok(())
}
