//! `edgeward screen`: one text, or JSONL in and out.

use crate::args::Args;
use edgeward::{Direction, Guard, Policy, ScreenOptions};
use std::io::{BufRead, Read, Write};

/// Builds the guard for `--policy FILE` (source or bundle) or the embedded default.
/// With `--require-signature PUBHEX[,PUBHEX...]` the policy must be a bundle signed by
/// one of those keys.
pub fn guard_for(args: &Args) -> Result<Guard, String> {
    let trusted = crate::policy_cmd::public_keys(&args.values("--require-signature"))?;
    if args.has("--require-signature") && trusted.is_empty() {
        return Err("--require-signature needs the signer's public key (64 hex digits)".into());
    }
    match args.value("--policy") {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
            let policy = if trusted.is_empty() { Policy::load(&bytes) } else { Policy::from_bundle_verified(&bytes, &trusted) };
            let policy = policy.map_err(|e| format!("{path}: {e}"))?;
            Guard::with_policy(policy).map_err(|e| e.to_string())
        }
        None if args.has("--require-signature") => Err("--require-signature needs --policy BUNDLE (a signed bundle)".into()),
        None => Guard::new().map_err(|e| e.to_string()),
    }
}

pub fn run(raw: &[String]) -> Result<(), String> {
    let args = Args::parse(raw)?;
    args.only(&["--direction", "--locale", "--policy", "--require-signature", "--jsonl", "--events", "--pretty", "--salt"])?;
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
    let mut stdout = std::io::stdout().lock();
    // a closed pipe (`| head`) is not an error worth a panic
    let _ = writeln!(stdout, "{}", out.map_err(|e| e.to_string())?);
    Ok(())
}

fn jsonl(guard: &Guard, args: &Args) -> Result<(), String> {
    use edgeward::jsonl::{parse_line, screen_request, verdict_record, Input};
    use edgeward::ladder::OffenderState;
    use edgeward::telemetry::{event, TelemetryOptions};
    let default_locale = args.value("--locale").map(String::from);
    let ladder_cfg = guard.ladder_config().map_err(|e| e.to_string())?;
    let mut users: std::collections::HashMap<String, OffenderState> = std::collections::HashMap::new();
    let salt = args.value("--salt").map(String::from).or_else(|| std::env::var("EDGEWARD_SALT").ok()).unwrap_or_else(|| "edgeward-local".into());
    let topts = TelemetryOptions::with_salt(salt);
    let mut events = match args.value("--events") {
        Some(path) => Some(std::io::BufWriter::new(std::fs::File::create(path).map_err(|e| format!("creating {path}: {e}"))?)),
        None => None,
    };
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("reading stdin: {e}"))?;
        let record = match parse_line(&line, n + 1, default_locale.as_deref()) {
            Err(record) => record,
            Ok(req) => {
                let now = now_s();
                let verdict = match &req.user {
                    // within one run the ladder counts per user
                    Some(user) => {
                        let state = users.entry(user.clone()).or_default();
                        guard.screen_enforced(&ladder_cfg, state, now, || screen_request(guard, &req))
                    }
                    None => screen_request(guard, &req),
                };
                if let Some(w) = events.as_mut() {
                    let text = match &req.input {
                        Input::Text(t) => t.as_str(),
                        Input::Turns(turns) => turns.iter().rev().find(|t| t.role != edgeward::Role::System).map(|t| t.content.as_str()).unwrap_or(""),
                    };
                    let norm = edgeward::text::normalize(text);
                    let ev = event(&verdict, norm.as_str(), verdict_direction(&req), req.opts.locale.as_deref(), req.user.as_deref(), now, &topts);
                    serde_json::to_writer(&mut *w, &ev).map_err(|e| e.to_string())?;
                    w.write_all(b"\n").map_err(|e| e.to_string())?;
                }
                verdict_record(req.id.clone(), &verdict)
            }
        };
        serde_json::to_writer(&mut out, &record).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    if let Some(mut w) = events {
        w.flush().map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn verdict_direction(req: &edgeward::jsonl::Request) -> Direction {
    match &req.input {
        edgeward::jsonl::Input::Turns(turns) => match turns.iter().rev().find(|t| t.role != edgeward::Role::System) {
            Some(t) if t.role == edgeward::Role::Assistant => Direction::Output,
            _ => Direction::Prompt,
        },
        _ => req.opts.direction,
    }
}

fn now_s() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
