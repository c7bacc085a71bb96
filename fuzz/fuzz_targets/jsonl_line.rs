//! One line of `edgeward screen --jsonl` input → exactly one JSON object out, never a
//! panic: a verdict with the caller's id, or an error record.
#![no_main]

use edgeward::{jsonl, Guard};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn guard() -> &'static Guard {
    static G: OnceLock<Guard> = OnceLock::new();
    G.get_or_init(|| Guard::new().expect("default guard"))
}

fuzz_target!(|data: &[u8]| {
    // the CLI splits stdin on '\n', so a line never contains one
    let line = data.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let out = jsonl::screen_line(guard(), line, 1, Some("en-US"));
    let obj = out.as_object().expect("one JSON object per line");
    assert!(obj.contains_key("id"), "{out}");
    assert!(obj.contains_key("action") != obj.contains_key("error"), "verdict xor error: {out}");
    serde_json::to_string(&out).expect("record serializes");
});
