//! `edgeward policy check FILE`, `policy compile FILE -o OUT [--sign KEYFILE]`,
//! `policy verify BUNDLE --key PUBHEX` and `policy keygen -o KEYFILE`.

use crate::args::Args;
use edgeward::policy::{bundle_signer_hint, PublicKey, SigningKey};
use edgeward::{policy_tests, Guard, Policy};

const USAGE: &str = "usage: edgeward policy check FILE | compile FILE -o OUT [--sign KEYFILE] | verify BUNDLE --key PUBHEX | keygen -o KEYFILE";

pub fn run(raw: &[String]) -> Result<(), String> {
    let (sub, rest) = raw.split_first().ok_or(USAGE)?;
    let args = Args::parse(rest)?;
    match sub.as_str() {
        "check" | "compile" => check_or_compile(sub, &args),
        "verify" => verify(&args),
        "keygen" => keygen(&args),
        other => Err(format!("unknown policy command `{other}`\n{USAGE}")),
    }
}

fn one_path<'a>(args: &'a Args, sub: &str) -> Result<&'a str, String> {
    match args.positional.as_slice() {
        [path] => Ok(path),
        _ => Err(format!("usage: edgeward policy {sub} FILE")),
    }
}

fn check_or_compile(sub: &str, args: &Args) -> Result<(), String> {
    args.only(if sub == "compile" { &["--output", "--sign"] } else { &[] })?;
    let path = one_path(args, sub)?;
    let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    let policy = Policy::load(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let n = run_inline_tests(path, &policy)?;
    if sub == "check" {
        println!("{path}: ok: policy {}, {} categories, {} rules, {} tests passed", policy.id(), policy.data().categories.len(), policy.rules().len(), n);
        return Ok(());
    }
    let out = args.value("--output").ok_or("policy compile needs -o OUT")?;
    let (bundle, signed) = match args.value("--sign") {
        Some(keyfile) => {
            let key = read_key_file(keyfile)?;
            let public = key.public_key();
            (policy.to_signed_bundle(&key), format!(", signed by {public}"))
        }
        None => (policy.to_bundle(), String::new()),
    };
    std::fs::write(out, bundle).map_err(|e| format!("writing {out}: {e}"))?;
    println!("{out}: policy {} compiled ({n} tests passed){signed}", policy.id());
    Ok(())
}

/// Runs the policy's inline tests; returns how many passed.
fn run_inline_tests(path: &str, policy: &Policy) -> Result<usize, String> {
    let guard = Guard::with_policy(policy.clone()).map_err(|e| e.to_string())?;
    let failures = policy_tests::run(&guard);
    let n = policy.data().tests.len();
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("{path}: test failed: {f}");
        }
        return Err(format!("{path}: {} of {n} inline tests failed", failures.len()));
    }
    Ok(n)
}

/// Parses `--key`/`--require-signature` values: hex public keys, repeatable or
/// comma-separated.
pub fn public_keys(values: &[&str]) -> Result<Vec<PublicKey>, String> {
    values.iter().map(|v| PublicKey::from_hex(v).map_err(|e| format!("{v:?}: {e}"))).collect()
}

fn verify(args: &Args) -> Result<(), String> {
    args.only(&["--key"])?;
    let path = one_path(args, "verify")?;
    let keys = public_keys(&args.values("--key"))?;
    if keys.is_empty() {
        return Err("policy verify needs --key PUBHEX (the signer's public key, 64 hex digits)".into());
    }
    let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    let policy = Policy::from_bundle_verified(&bytes, &keys).map_err(|e| format!("{path}: {e}"))?;
    let signer = policy.signer().or_else(|| bundle_signer_hint(&bytes)).map(|k| k.to_hex()).unwrap_or_default();
    println!("{path}: ok: policy {} signed by {signer}", policy.id());
    Ok(())
}

/// Key files: `#` comment lines, then the 32-byte secret seed as 64 hex digits.
pub fn read_key_file(path: &str) -> Result<SigningKey, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("reading key file {path}: {e}"))?;
    let line = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).ok_or_else(|| format!("{path}: no key in key file"))?;
    SigningKey::from_hex(line).map_err(|e| format!("{path}: {e}"))
}

fn keygen(args: &Args) -> Result<(), String> {
    args.only(&["--output", "--force"])?;
    if !args.positional.is_empty() {
        return Err("usage: edgeward policy keygen -o KEYFILE".into());
    }
    let out = args.value("--output").ok_or("policy keygen needs -o KEYFILE")?;
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| format!("no system randomness: {e}"))?;
    let key = SigningKey::from_bytes(seed);
    seed.fill(0);
    let public = key.public_key();
    let text = format!("# edgeward policy signing key (Ed25519 secret seed). Keep it secret.\n# public key: {public}\n{}\n", key.to_hex());
    write_secret(out, text.as_bytes(), args.has("--force")).map_err(|e| format!("writing {out}: {e}"))?;
    eprintln!("{out}: secret key written; public key:");
    println!("{public}");
    Ok(())
}

/// Writes a file only its owner can read; refuses to overwrite unless `force`.
fn write_secret(path: &str, bytes: &[u8], force: bool) -> std::io::Result<()> {
    use std::io::Write;
    let mut o = std::fs::OpenOptions::new();
    o.write(true);
    if force {
        o.create(true).truncate(true);
    } else {
        o.create_new(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    let mut f = o.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    f.write_all(bytes)?;
    f.sync_all()
}
