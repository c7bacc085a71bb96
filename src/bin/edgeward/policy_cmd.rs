//! `edgeward policy check FILE` and `edgeward policy compile FILE -o OUT`.

use crate::args::Args;
use edgeward::{policy_tests, Guard, Policy};

pub fn run(raw: &[String]) -> Result<(), String> {
    let (sub, rest) = raw.split_first().ok_or("usage: edgeward policy <check|compile> FILE [-o OUT]")?;
    let args = Args::parse(rest)?;
    args.only(&["--output"])?;
    let [path] = args.positional.as_slice() else {
        return Err(format!("usage: edgeward policy {sub} FILE"));
    };
    let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    let policy = Policy::load(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let guard = Guard::with_policy(policy.clone()).map_err(|e| e.to_string())?;
    let failures = policy_tests::run(&guard);
    let n = policy.data().tests.len();
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("{path}: test failed: {f}");
        }
        return Err(format!("{path}: {} of {n} inline tests failed", failures.len()));
    }
    match sub.as_str() {
        "check" => {
            println!("{path}: ok: policy {}, {} categories, {} rules, {} tests passed", policy.id(), policy.data().categories.len(), policy.rules().len(), n);
            Ok(())
        }
        "compile" => {
            let out = args.value("--output").ok_or("policy compile needs -o OUT")?;
            std::fs::write(out, policy.to_bundle()).map_err(|e| format!("writing {out}: {e}"))?;
            println!("{out}: policy {} compiled ({} tests passed)", policy.id(), n);
            Ok(())
        }
        other => Err(format!("unknown policy command `{other}` (check or compile)")),
    }
}
