//! The JSONL request format of `edgeward screen --jsonl` (see `CONTRACTS.md`): one
//! request per line in, one verdict (or error record) per line out. Library-visible so
//! other front ends and the fuzzer use exactly the CLI's line handling.
//!
//! ```
//! use edgeward::{jsonl, Guard};
//! let guard = Guard::new().unwrap();
//! let out = jsonl::screen_line(&guard, br#"{"id": 7, "text": "where do I vote?"}"#, 1, None);
//! assert_eq!(out["id"], 7);
//! assert!(out.get("action").is_some());
//! let bad = jsonl::screen_line(&guard, b"{not json", 2, None);
//! assert_eq!(bad["error"]["code"], "EDGEWARD_INPUT");
//! ```

use crate::guard::{Guard, ScreenOptions, Turn};
use crate::verdict::{Direction, Verdict};
use serde::Deserialize;
use serde_json::{json, Value};

/// One JSONL input line, as written by the caller.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    #[serde(default)]
    id: Value,
    text: Option<String>,
    turns: Option<Vec<Turn>>,
    direction: Option<Direction>,
    locale: Option<String>,
    user: Option<String>,
}

/// What a request asks to screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    /// One text (`"text"`), in `opts.direction`.
    Text(String),
    /// A conversation (`"turns"`), judged at its last turn.
    Turns(Vec<Turn>),
}

/// A parsed request line.
#[derive(Clone, Debug)]
pub struct Request {
    /// The caller's `id`, echoed in the output (`null` when absent).
    pub id: Value,
    pub input: Input,
    pub opts: ScreenOptions,
    /// The caller's user id, for the repeat-offender ladder.
    pub user: Option<String>,
}

/// Parses line `n` (1-based, for messages). A line that cannot be used yields the error
/// record to print instead, keeping the caller's `id` when it can be read.
pub fn parse_line(raw: &[u8], n: usize, default_locale: Option<&str>) -> Result<Request, Value> {
    let Ok(text) = std::str::from_utf8(raw) else {
        return Err(error_record(Value::Null, "EDGEWARD_INPUT", format!("line {n}: not valid UTF-8")));
    };
    if text.trim().is_empty() {
        return Err(error_record(Value::Null, "EDGEWARD_INPUT", format!("line {n}: empty line")));
    }
    let line: Line = match serde_json::from_str(text) {
        Ok(l) => l,
        Err(e) => {
            // keep the id if the line is valid JSON with an id
            let id = serde_json::from_str::<Value>(text).ok().and_then(|v| v.get("id").cloned()).unwrap_or(Value::Null);
            return Err(error_record(id, "EDGEWARD_INPUT", format!("line {n}: {e}")));
        }
    };
    let opts = ScreenOptions { direction: line.direction.unwrap_or_default(), locale: line.locale.or(default_locale.map(String::from)) };
    let input = match (line.text, line.turns) {
        (Some(t), None) => Input::Text(t),
        (None, Some(turns)) => Input::Turns(turns),
        _ => return Err(error_record(line.id, "EDGEWARD_INPUT", format!("line {n}: give exactly one of \"text\" or \"turns\""))),
    };
    Ok(Request { id: line.id, input, opts, user: line.user })
}

/// Screens a parsed request (no ladder: see the CLI for per-user enforcement).
pub fn screen_request(guard: &Guard, req: &Request) -> Verdict {
    match &req.input {
        Input::Text(t) => guard.screen(t, &req.opts),
        Input::Turns(turns) => guard.screen_conversation(turns, &req.opts),
    }
}

/// The output record of a verdict: the verdict's fields plus the request's `id`.
pub fn verdict_record(id: Value, verdict: &Verdict) -> Value {
    // Through the verdict's JSON text, not `to_value`: scores are f32, and `to_value`
    // widens them to f64 (0.9998 → 0.9998000264167786); the text has them as written.
    let mut v = serde_json::from_str(&verdict.to_json()).unwrap_or_else(|e| error_record(Value::Null, "EDGEWARD_INTERNAL", format!("verdict did not serialize: {e}")));
    if let Value::Object(m) = &mut v {
        m.insert("id".into(), id);
    }
    v
}

/// An error record: `{"id": ..., "error": {"code": ..., "message": ...}}`.
pub fn error_record(id: Value, code: &str, message: String) -> Value {
    json!({ "id": id, "error": { "code": code, "message": message } })
}

/// Parses and screens line `n`: the verdict record, or an error record for a line that
/// cannot be used. Never panics and never fails the run.
pub fn screen_line(guard: &Guard, raw: &[u8], n: usize, default_locale: Option<&str>) -> Value {
    match parse_line(raw, n, default_locale) {
        Ok(req) => {
            let v = screen_request(guard, &req);
            verdict_record(req.id, &v)
        }
        Err(record) => record,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Category;

    #[test]
    fn records_keep_scores_as_the_verdict_writes_them() {
        let guard = Guard::new().unwrap();
        let mut v = guard.screen("hello", &ScreenOptions::prompt());
        v.scores.insert(Category::Elections, 0.9998);
        let line = verdict_record(json!(3), &v).to_string();
        assert!(line.contains("\"elections\":0.9998,") || line.contains("\"elections\":0.9998}"), "{line}");
        assert_eq!(serde_json::from_str::<Verdict>(&line).unwrap(), v, "the record reads back as the same verdict");
    }
}
