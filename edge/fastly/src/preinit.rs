//! The Guard, built once: at build time by wizer, which runs [`wizer_initialize`] and
//! snapshots the initialized instance, so every request (Fastly starts a fresh instance
//! for each) finds the policy compiled, the model loaded and the rule sets built. A module
//! that was not pre-initialized builds the Guard on first use instead, in every request.

use edgeward::{Guard, Policy, ScreenOptions};
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
        Ok(g) => warm_up(g),
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

/// Screens sample texts each way (the policy's own test cases and a few ordinary
/// questions and answers) and streams one, so that the default policy's per-direction rule
/// sets exist and the rule engines' lazily built automaton states are already in the
/// snapshot: a fresh instance would otherwise build them again in every request.
fn warm_up(g: &Guard) {
    let tests = g.policy().data().tests.iter().map(|t| t.text.as_str());
    for text in WARM_UP_TEXTS.iter().copied().chain(tests) {
        g.screen(text, &ScreenOptions::prompt());
        g.screen(text, &ScreenOptions::output());
    }
    let mut stream = g.output_stream(&ScreenOptions::output());
    for text in WARM_UP_TEXTS {
        stream.write(text);
        stream.write(" ");
    }
    stream.end();
}

const WARM_UP_TEXTS: &[&str] = &[
    "What is the capital of France?",
    "Where do I vote in the November election, and what ID do I need to bring?",
    "Can you help me write a short email to my landlord about a broken heater?",
    "Explain how photosynthesis works in simple terms for a ten-year-old.",
    "Paris is the capital of France. It is known for the Eiffel Tower, museums and cafés.",
    "Sure! Here is a recipe for a quick vegetable soup: chop two carrots, one onion and a potato.",
    "I'm sorry to hear that. It sounds like a hard week; would you like to talk about it?",
    "Here's a Python function that sorts a list of numbers: def sort(xs): return sorted(xs)",
    "¿Dónde voto? Je cherche un médecin. Ich brauche Hilfe. 東京の天気は？ Привет!",
];
