//! One line of `edgeward screen --jsonl` input → exactly one JSON object out, never a
//! panic: a verdict with the caller's id, or an error record. Lines with a `user` go
//! through the repeat-offender ladder as in the CLI, with state kept across inputs.
#![no_main]

use edgeward::jsonl::{parse_line, screen_line, screen_request, verdict_record};
use edgeward::ladder::{LadderConfig, OffenderState};
use edgeward::Guard;
use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

fn guard() -> &'static Guard {
    static G: OnceLock<Guard> = OnceLock::new();
    G.get_or_init(|| Guard::new().expect("default guard"))
}

fn ladder() -> &'static LadderConfig {
    static L: OnceLock<LadderConfig> = OnceLock::new();
    L.get_or_init(|| guard().ladder_config().expect("default ladder"))
}

fn users() -> &'static Mutex<HashMap<String, OffenderState>> {
    static U: OnceLock<Mutex<HashMap<String, OffenderState>>> = OnceLock::new();
    U.get_or_init(Default::default)
}

fuzz_target!(|data: &[u8]| {
    // the CLI splits stdin on '\n', so a line never contains one
    let line = data.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let out = match parse_line(line, 1, Some("en-US")) {
        Err(record) => record,
        Ok(req) => {
            let verdict = match &req.user {
                Some(user) => {
                    let mut users = users().lock().unwrap();
                    if users.len() > 1000 {
                        users.clear();
                    }
                    let state = users.entry(user.clone()).or_default();
                    guard().screen_enforced(ladder(), state, 1_700_000_000, || screen_request(guard(), &req))
                }
                None => screen_request(guard(), &req),
            };
            verdict_record(req.id.clone(), &verdict)
        }
    };
    let obj = out.as_object().expect("one JSON object per line");
    assert!(obj.contains_key("id"), "{out}");
    assert!(obj.contains_key("action") != obj.contains_key("error"), "verdict xor error: {out}");
    serde_json::to_string(&out).expect("record serializes");
    // the library's one-call form agrees on lines without a user
    if !obj.contains_key("enforcement") {
        assert_eq!(screen_line(guard(), line, 1, Some("en-US")), out);
    }
});
