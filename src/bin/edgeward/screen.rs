//! `edgeward screen`: one text, or JSONL in and out.

use crate::args::Args;
use edgeward::{Direction, Guard, Policy, ScreenOptions, Turn};
use serde::Deserialize;
use serde_json::{json, Value};
use std::io::{BufRead, Read, Write};

/// Builds the guard for `--policy FILE` (source or bundle) or the embedded default.
pub fn guard_for(args: &Args) -> Result<Guard, String> {
    match args.value("--policy") {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
            let policy = Policy::load(&bytes).map_err(|e| format!("{path}: {e}"))?;
            Guard::with_policy(policy).map_err(|e| e.to_string())
        }
        None => Guard::new().map_err(|e| e.to_string()),
    }
}

pub fn run(raw: &[String]) -> Result<(), String> {
    let args = Args::parse(raw)?;
    args.only(&["--direction", "--locale", "--policy", "--jsonl", "--events", "--pretty", "--salt"])?;
    let guard = guard_for(&args)?;
    if args.has("--jsonl") {
        return jsonl(&guard, &args);
    }
    let direction: Direction = args.value("--direction").unwrap_or("prompt").parse()?;
    let text = match args.positional.as_slice() {
        [t] if t != "-" => t.clone(),
        [] | [_] => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map_err(|e| format!("reading stdin: {e}"))?;
            s
        }
        _ => return Err("screen takes one TEXT argument (quote it), or reads stdin".into()),
    };
    let opts = ScreenOptions { direction, locale: args.value("--locale").map(String::from) };
    let v = guard.screen(&text, &opts);
    let out = if args.has("--pretty") { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) };
    println!("{}", out.map_err(|e| e.to_string())?);
    Ok(())
}

/// One JSONL input line.
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

fn jsonl(guard: &Guard, args: &Args) -> Result<(), String> {
    let default_locale = args.value("--locale").map(String::from);
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("reading stdin: {e}"))?;
        let record = screen_line(guard, &line, n + 1, default_locale.as_deref());
        serde_json::to_writer(&mut out, &record).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn error_record(id: Value, code: &str, message: String) -> Value {
    json!({ "id": id, "error": { "code": code, "message": message } })
}

fn screen_line(guard: &Guard, raw: &[u8], n: usize, default_locale: Option<&str>) -> Value {
    let Ok(text) = std::str::from_utf8(raw) else {
        return error_record(Value::Null, "EDGEWARD_INPUT", format!("line {n}: not valid UTF-8"));
    };
    if text.trim().is_empty() {
        return error_record(Value::Null, "EDGEWARD_INPUT", format!("line {n}: empty line"));
    }
    let line: Line = match serde_json::from_str(text) {
        Ok(l) => l,
        Err(e) => {
            // keep the id if the line is valid JSON with an id
            let id = serde_json::from_str::<Value>(text).ok().and_then(|v| v.get("id").cloned()).unwrap_or(Value::Null);
            return error_record(id, "EDGEWARD_INPUT", format!("line {n}: {e}"));
        }
    };
    let _ = &line.user;
    let opts = ScreenOptions { direction: line.direction.unwrap_or_default(), locale: line.locale.clone().or(default_locale.map(String::from)) };
    let verdict = match (&line.text, &line.turns) {
        (Some(t), None) => guard.screen(t, &opts),
        (None, Some(turns)) => guard.screen_conversation(turns, &opts),
        _ => return error_record(line.id, "EDGEWARD_INPUT", format!("line {n}: give exactly one of \"text\" or \"turns\"")),
    };
    let mut v = serde_json::to_value(&verdict).expect("verdict serializes");
    if let Value::Object(m) = &mut v {
        m.insert("id".into(), line.id);
    }
    v
}
