//! `edgeward featurize`: the featurizer as a filter, so the training pipeline uses
//! exactly the Rust definition (JSONL in: `{"text","direction"}`; out: `{"windows":[[ids]]}`).

use edgeward::features::windows;
use edgeward::text::normalize;
use edgeward::Direction;
use std::io::{BufRead, Write};

pub fn run() -> Result<(), String> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("reading stdin: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = v.get("text").and_then(|t| t.as_str()).ok_or_else(|| format!("line {}: missing \"text\"", n + 1))?;
        let direction: Direction = match v.get("direction").and_then(|d| d.as_str()) {
            Some(d) => d.parse().map_err(|e| format!("line {}: {e}", n + 1))?,
            None => Direction::Prompt,
        };
        let norm = normalize(text);
        let wins = windows(norm.as_str(), direction);
        let ids: Vec<&[i64]> = wins.iter().map(|w| w.features.ids.as_slice()).collect();
        serde_json::to_writer(&mut out, &serde_json::json!({ "windows": ids })).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}
