//! Release gates: limits on the report's flat metrics, from a TOML file such as
//! `evals/gates.toml`:
//!
//! ```toml
//! [[gate]]
//! id = "bias.jigsaw_flagged"        # named when it fails
//! metric = "bias.jigsaw.flag_pct"   # a key of the report's `metrics`
//! max = 5.0                         # and/or `min = ...`
//! ```
//!
//! A gate may carry `waived = "reason"`: it is still evaluated and reported, but its
//! failure does not fail the run (for a known gap owned elsewhere, stated in the file).

use super::Metrics;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub id: String,
    pub metric: String,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub why: Option<String>,
    #[serde(default)]
    pub waived: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GateFile {
    gate: Vec<Gate>,
}

/// A gate checked against a report.
#[derive(Clone, Debug, Serialize)]
pub struct GateResult {
    pub gate: Gate,
    pub value: f64,
    pub passed: bool,
}

impl GateResult {
    /// Whether this result fails the run (failed and not waived).
    pub fn blocking(&self) -> bool {
        !self.passed && self.gate.waived.is_none()
    }

    /// `id: metric = value (limit)`, for messages.
    pub fn describe(&self) -> String {
        let limit = match (self.gate.min, self.gate.max) {
            (Some(a), Some(b)) => format!("{a} ≤ x ≤ {b}"),
            (Some(a), None) => format!("≥ {a}"),
            (None, Some(b)) => format!("≤ {b}"),
            (None, None) => String::new(),
        };
        format!("{}: {} = {} (gate {limit})", self.gate.id, self.gate.metric, self.value)
    }
}

/// Parses a gates file; every gate needs a limit and a unique id.
pub fn parse(src: &str, name: &str) -> Result<Vec<Gate>> {
    let f: GateFile = toml::from_str(src).map_err(|e| Error::input(format!("{name}: {e}")))?;
    let mut seen = std::collections::BTreeSet::new();
    for g in &f.gate {
        if g.min.is_none() && g.max.is_none() {
            return Err(Error::input(format!("{name}: gate `{}` has neither `min` nor `max`", g.id)));
        }
        if !seen.insert(&g.id) {
            return Err(Error::input(format!("{name}: duplicate gate `{}`", g.id)));
        }
    }
    Ok(f.gate)
}

/// Checks every gate; a gate naming a metric the report lacks is an error.
pub fn check(gates: &[Gate], metrics: &Metrics) -> Result<Vec<GateResult>> {
    gates
        .iter()
        .map(|g| {
            let value = *metrics.get(&g.metric).ok_or_else(|| Error::input(format!("gate `{}`: no metric `{}` in the report", g.id, g.metric)))?;
            let passed = g.min.is_none_or(|m| value >= m) && g.max.is_none_or(|m| value <= m);
            Ok(GateResult { gate: g.clone(), value, passed })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"
[[gate]]
id = "low"
metric = "a"
max = 5.0
[[gate]]
id = "high"
metric = "b"
min = 80
[[gate]]
id = "known"
metric = "a"
max = 1.0
waived = "model quality (issue 3)"
"#;

    #[test]
    fn gates_pass_fail_and_waive() {
        let gates = parse(SRC, "g.toml").unwrap();
        let m: Metrics = [("a".to_string(), 4.0), ("b".to_string(), 79.9)].into();
        let r = check(&gates, &m).unwrap();
        assert!(r[0].passed && !r[1].passed && !r[2].passed);
        assert!(r[1].blocking() && !r[2].blocking());
        assert_eq!(r[1].describe(), "high: b = 79.9 (gate ≥ 80)");
    }

    #[test]
    fn bad_gate_files_are_clear_errors() {
        let e = parse("[[gate]]\nid = \"x\"\nmetric = \"a\"\n", "g.toml").unwrap_err();
        assert!(e.to_string().contains("gate `x` has neither `min` nor `max`"), "{e}");
        let gates = parse("[[gate]]\nid = \"x\"\nmetric = \"nope\"\nmax = 1\n", "g.toml").unwrap();
        let e = check(&gates, &Metrics::new()).unwrap_err();
        assert!(e.to_string().contains("no metric `nope`"), "{e}");
        assert!(parse("[[gate]]\nid = 1\n", "g.toml").unwrap_err().to_string().starts_with("g.toml:"));
    }
}
