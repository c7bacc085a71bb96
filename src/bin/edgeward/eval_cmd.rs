//! `edgeward eval`: the pre-release evaluation report (see `edgeward::eval`).

use crate::args::Args;
use edgeward::eval::{self, gates, DataDirs, EvalOptions};
use std::path::PathBuf;

pub fn run(raw: &[String]) -> Result<(), String> {
    let args = Args::parse(raw)?;
    args.only(&["--datasets", "--evals", "--out", "--gates", "--fast", "--policy", "--require-signature", "--texts"])?;
    if let Some(p) = args.positional.first() {
        return Err(format!("unexpected argument `{p}`"));
    }
    let datasets = args.value("--datasets").map(PathBuf::from).or_else(|| std::env::var_os("EDGEWARD_DATASETS").map(PathBuf::from)).unwrap_or_else(|| PathBuf::from("../shared/datasets"));
    let dirs = DataDirs::checked(datasets, PathBuf::from(args.value("--evals").unwrap_or("evals"))).map_err(|e| e.to_string())?;
    if args.has("--texts") {
        return print_suite_texts(&EvalOptions { dirs, fast: false });
    }
    let guard = crate::screen::guard_for(&args)?;
    let gate_list = match args.value("--gates") {
        Some(path) => Some(gates::parse(&std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))?, path).map_err(|e| e.to_string())?),
        None => None,
    };
    let out = PathBuf::from(args.value("--out").unwrap_or("evals/report"));
    let mut report = eval::run(&guard, &EvalOptions { dirs, fast: args.has("--fast") }).map_err(|e| e.to_string())?;
    if let Some(g) = &gate_list {
        report.gates = Some(gates::check(g, &report.metrics).map_err(|e| e.to_string())?);
    }
    report.write(&out).map_err(|e| e.to_string())?;
    eprintln!("edgeward eval: wrote {}", out.join("REPORT.md").display());
    let Some(results) = &report.gates else { return Ok(()) };
    for r in results {
        let state = match (r.passed, &r.gate.waived) {
            (true, _) => "pass".to_string(),
            (false, Some(w)) => format!("FAIL (waived: {w})"),
            (false, None) => "FAIL".to_string(),
        };
        eprintln!("gate {state}: {}", r.describe());
    }
    let failed: Vec<&str> = results.iter().filter(|r| r.blocking()).map(|r| r.gate.id.as_str()).collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("release gates failed: {}", failed.join(", ")))
    }
}

/// `--texts`: the suites' texts as JSON lines `{"set": …, "text": …}` on stdout.
fn print_suite_texts(opts: &EvalOptions) -> Result<(), String> {
    use std::io::Write;
    let texts = eval::suite_texts(opts).map_err(|e| e.to_string())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (set, text) in texts {
        let line = serde_json::json!({ "set": set, "text": text });
        writeln!(out, "{line}").map_err(|e| format!("writing stdout: {e}"))?;
    }
    out.flush().map_err(|e| format!("writing stdout: {e}"))
}
