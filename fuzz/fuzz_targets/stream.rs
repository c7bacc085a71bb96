//! The stream screener: any text in any chunking never panics; what it releases is a
//! prefix of the text (all of it when not stopped); and the final verdict equals
//! one-shot `Guard::screen` wherever the module promises it (ASCII text with words under
//! 1 KiB, away from the documented corners of `src/stream.rs`).
#![no_main]

use edgeward::stream::StreamEvent;
use edgeward::{Guard, ScreenOptions};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn guard() -> &'static Guard {
    static G: OnceLock<Guard> = OnceLock::new();
    G.get_or_init(|| Guard::new().expect("default guard"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&seed, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let opts = ScreenOptions::output().locale("en-US");
    // chunk sizes from a small generator seeded by the first byte (0: one char at a time)
    let mut x = u64::from(seed) | 1;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut stream = guard().output_stream(&opts);
    let mut released = String::new();
    let mut stopped = false;
    let mut at = 0;
    while at < text.len() {
        let want = if seed == 0 { 1 } else { 1 + (next() % 64) as usize };
        let mut end = (at + want).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        for event in stream.write(&text[at..end]) {
            match event {
                StreamEvent::Release { text: t } => {
                    assert!(!stopped, "released text after a stop");
                    released.push_str(&t);
                }
                StreamEvent::Stopped { .. } => stopped = true,
            }
        }
        at = end;
    }
    let end = stream.end();
    released.push_str(&end.release);
    assert!(text.starts_with(released.as_str()), "released text is not a prefix of the input");
    if !end.stopped {
        assert_eq!(released, text, "a stream that was not cut releases everything");
    }
    // Exactness is promised for ASCII text without the documented corners: very long
    // words, and words mixing letters with leet characters (leetspeak is judged across
    // the whole text, which a segment's window can see differently).
    let leet_mix = |w: &str| w.chars().any(|c| c.is_ascii_alphabetic()) && w.chars().any(|c| c.is_ascii_digit() || matches!(c, '$' | '@'));
    let promised = text.is_ascii() && text.split(|c: char| c.is_ascii_whitespace()).all(|w| w.len() < 1000 && !leet_mix(w));
    if promised {
        assert_eq!(end.verdict, guard().screen(&text, &opts), "stream and one-shot verdicts differ");
    }
});
