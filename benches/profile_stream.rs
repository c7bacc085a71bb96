//! A fixed amount of work to profile, not a benchmark: screens the benchmark corpus's
//! 1 MB output once, whole or streamed, so that `perf` or callgrind (deterministic
//! instruction, cache-miss and branch counts) can compare the two.
//!
//! ```sh
//! cargo bench --bench profile_stream --no-run      # prints the binary's path
//! valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes <binary> one
//! valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes <binary> stream 64
//! ```
//!
//! `one`: one-shot. `stream [CHUNK]`: in CHUNK-byte writes (default 64). `none`: only the
//! set-up that both share (subtract it). Every mode first screens one short text each
//! way, so that the rule sets' one-time construction is in all three.

use edgeward::{Guard, ScreenOptions};
use std::hint::black_box;

#[path = "common/corpus.rs"]
mod corpus;
use corpus::corpus_text;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let mode = args.first().map_or("stream", String::as_str);
    let chunk: usize = args.get(1).and_then(|c| c.parse().ok()).unwrap_or(64).max(1);
    let guard = Guard::new().expect("embedded guard");
    let output = ScreenOptions::output().locale("en-US");
    guard.screen("warm up", &output);
    let mut s = guard.output_stream(&output);
    s.write("warm up.");
    black_box(s.end());
    let long = corpus_text(1_000_000);
    match mode {
        "one" => {
            black_box(guard.screen(black_box(&long), &output));
        }
        "stream" => {
            let mut s = guard.output_stream(&output);
            for piece in long.as_bytes().chunks(chunk) {
                black_box(s.write(std::str::from_utf8(piece).expect("the corpus is ASCII")));
            }
            black_box(s.end());
        }
        "none" => {}
        other => {
            eprintln!("profile_stream: unknown mode {other:?} (one | stream [CHUNK] | none)");
            std::process::exit(2);
        }
    }
}
