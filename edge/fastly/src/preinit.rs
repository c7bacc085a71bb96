//! The Guard, built once: at build time by wizer, which runs [`wizer_initialize`] and
//! snapshots the initialized instance, so every request (Fastly starts a fresh instance
//! for each) finds the policy compiled, the model loaded and the rule sets built. A module
//! that was not pre-initialized builds the Guard on first use instead, in every request.

use edgeward::{Guard, Policy};
use std::sync::OnceLock;

static GUARD: OnceLock<Result<Guard, String>> = OnceLock::new();

/// The Guard; an error message when the policy or model failed to load.
pub fn guard() -> Result<&'static Guard, &'static str> {
    GUARD.get_or_init(build).as_ref().map_err(String::as_str)
}

/// Whether the Guard was already built when the request started (pre-initialized).
pub fn is_ready() -> bool {
    GUARD.get().is_some()
}

/// Run by wizer before the snapshot: builds the Guard with the policy named by
/// `EDGEWARD_POLICY_FILE` (wizer's `--inherit-env` and `--dir` make it readable; the
/// embedded default policy without it), then warms up what is built lazily on first use.
/// A policy that fails to load fails the build.
#[export_name = "wizer.initialize"]
pub extern "C" fn wizer_initialize() {
    match guard() {
        Ok(g) => g.warm_up(),
        Err(e) => {
            eprintln!("edgeward-fastly: {e}");
            std::process::exit(1);
        }
    }
}

fn build() -> Result<Guard, String> {
    match std::env::var("EDGEWARD_POLICY_FILE") {
        Ok(path) if !path.is_empty() => {
            let bytes = std::fs::read(&path).map_err(|e| format!("reading policy {path}: {e}"))?;
            let policy = Policy::load(&bytes).map_err(|e| format!("policy {path}: {e}"))?;
            Guard::with_policy(policy).map_err(|e| e.to_string())
        }
        _ => Guard::new().map_err(|e| e.to_string()),
    }
}
