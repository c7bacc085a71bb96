//! Native per-call latency and throughput of screening (criterion), on the corpus every
//! runtime and peer is measured with (`benches/data/corpus.txt`, see `corpus_text`).
//!
//! `cargo bench --bench screen` (or `make bench`, which also runs Node, Chromium,
//! workerd and the peers and writes BENCHMARKS.md). Groups:
//! - `screen_prompt/{100,1000,10000,100000}`: one prompt verdict of that many bytes;
//! - `output_1mb/{one_shot,stream_64b}`: a 1 MB model output screened whole, and streamed
//!   in 64-byte chunks through the stream screener;
//! - `cold_start/guard_new_first_verdict`: the embedded policy and model loaded from
//!   scratch, then one prompt verdict.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use edgeward::{Guard, ScreenOptions};
use std::hint::black_box;
use std::time::Duration;

/// The corpus lines, cycled and joined with spaces until `bytes` long, then cut there
/// (the same rule in benches/js/corpus.mjs and benches/py/peer_profanity_check.py).
fn corpus_text(bytes: usize) -> String {
    let src = include_str!("data/corpus.txt");
    let lines: Vec<&str> = src.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0;
    while out.len() < bytes {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(lines[i % lines.len()]);
        i += 1;
    }
    let mut cut = bytes;
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn screen(c: &mut Criterion) {
    let guard = Guard::new().expect("embedded guard");
    let prompt = ScreenOptions::prompt().locale("en-US");
    let output = ScreenOptions::output().locale("en-US");
    guard.screen("warm up", &prompt);
    guard.screen("warm up", &output);

    let mut g = c.benchmark_group("screen_prompt");
    for size in [100usize, 1_000, 10_000, 100_000] {
        let text = corpus_text(size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, t| b.iter(|| guard.screen(black_box(t), &prompt)));
    }
    g.finish();

    let long = corpus_text(1_000_000);
    let mut g = c.benchmark_group("output_1mb");
    g.sample_size(10).throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("one_shot", |b| b.iter(|| guard.screen(black_box(&long), &output)));
    g.bench_function("stream_64b", |b| {
        b.iter(|| {
            let mut s = guard.output_stream(&output);
            for chunk in long.as_bytes().chunks(64) {
                black_box(s.write(std::str::from_utf8(chunk).expect("the corpus is ASCII")));
            }
            s.end()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("cold_start");
    g.sample_size(20);
    g.bench_function("guard_new_first_verdict", |b| b.iter(|| Guard::new().expect("guard").screen("where do I vote?", &prompt)));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = screen
}
criterion_main!(benches);
