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
    let default_locale = args.value("--locale").map(String::from);
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("reading stdin: {e}"))?;
        let record = edgeward::jsonl::screen_line(guard, &line, n + 1, default_locale.as_deref());
        serde_json::to_writer(&mut out, &record).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}
