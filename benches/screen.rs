//! Native per-call latency and throughput of screening (criterion), on the corpus every
//! runtime and peer is measured with (`benches/data/corpus.txt`, see `corpus_text`).
//!
//! `cargo bench --bench screen` (or `make bench`, which also runs Node, Chromium,
//! workerd and the peers and writes BENCHMARKS.md). Groups:
//! - `screen_prompt/{100,1000,10000,100000}`: one prompt verdict of that many bytes;
//! - `output_1mb/{one_shot,stream_64b}`: a 1 MB model output screened whole, and streamed
//!   in 64-byte chunks through the stream screener;
//! - not criterion's: the same stream with segments normalized in groups of 192, 320, 448
//!   and 1024 bytes (`StreamSettings::group_bytes`, default 192): its time against
//!   one-shot's (alternating runs) and the release lag each size gives (bytes written
//!   and not yet released after each 64-byte write: mean and 95th percentile), printed
//!   and written to `$BENCH_OUT/stream_groups.json` for BENCHMARKS.md;
//! - `cold_start/guard_new_first_verdict`: the embedded policy and model loaded from
//!   scratch, then one prompt verdict.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use edgeward::stream::{StreamEvent, StreamScreener, StreamSettings};
use edgeward::{Guard, ScreenOptions};
use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "common/corpus.rs"]
mod corpus;
use corpus::corpus_text;

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
    g.bench_function("stream_64b", |b| b.iter(|| stream_64b(&guard, &long, &output, StreamSettings::default())));
    g.finish();

    stream_group_tradeoff(&guard, &long, &output);

    let mut g = c.benchmark_group("cold_start");
    g.sample_size(20);
    g.bench_function("guard_new_first_verdict", |b| b.iter(|| Guard::new().expect("guard").screen("where do I vote?", &prompt)));
    g.finish();
}

/// Group sizes of [`stream_group_tradeoff`] (the default first).
const GROUP_SIZES: [usize; 4] = [192, 320, 448, 1024];

/// For each of [`GROUP_SIZES`]: the streamed / one-shot time of `long` (the median of
/// the ratios of rounds of one run each) and the release lag. Printed, and written to `$BENCH_OUT/stream_groups.json` for BENCHMARKS.md.
fn stream_group_tradeoff(guard: &Guard, long: &str, output: &ScreenOptions) {
    const ROUNDS: usize = 21;
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let mut rows = Vec::new();
    for group_bytes in GROUP_SIZES {
        let settings = StreamSettings { group_bytes, ..StreamSettings::default() };
        // each round's ratio, one run of each next to the other: a shared machine's
        // slow spells then touch both sides of a ratio
        let mut ratios: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let t = Instant::now();
                black_box(guard.screen(black_box(long), output));
                let one = t.elapsed().as_secs_f64();
                let t = Instant::now();
                black_box(stream_64b(guard, long, output, settings.clone()));
                t.elapsed().as_secs_f64() / one
            })
            .collect();
        ratios.sort_by(f64::total_cmp);
        let ratio = ratios[ROUNDS / 2];
        let (mean, p95) = release_lag(guard, long, output, settings);
        println!("stream_group_bytes/{group_bytes}: streamed / one-shot {ratio:.2}x, release lag mean {mean:.0} B, p95 {p95} B");
        rows.push(format!("{{\"groupBytes\":{group_bytes},\"ratio\":{ratio:.4},\"lagMean\":{mean:.1},\"lagP95\":{p95}}}"));
    }
    if let Some(dir) = std::env::var_os("BENCH_OUT") {
        let path = std::path::Path::new(&dir).join("stream_groups.json");
        if let Err(e) = std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&path, format!("[{}]\n", rows.join(",")))) {
            eprintln!("could not write {}: {e}", path.display());
        }
    }
}

/// `text` streamed in 64-byte chunks under `settings` (`opts` are output options).
fn stream_64b(guard: &Guard, text: &str, opts: &ScreenOptions, settings: StreamSettings) -> edgeward::stream::StreamEnd {
    let mut s = StreamScreener::new(guard.clone(), opts, settings);
    for chunk in text.as_bytes().chunks(64) {
        black_box(s.write(std::str::from_utf8(chunk).expect("the corpus is ASCII")));
    }
    s.end()
}

/// Bytes written and not yet released after each 64-byte write of `text`: mean and
/// 95th percentile.
fn release_lag(guard: &Guard, text: &str, opts: &ScreenOptions, settings: StreamSettings) -> (f64, usize) {
    let mut s = StreamScreener::new(guard.clone(), opts, settings);
    let (mut written, mut released, mut lags) = (0, 0, Vec::new());
    for chunk in text.as_bytes().chunks(64) {
        written += chunk.len();
        for e in s.write(std::str::from_utf8(chunk).expect("the corpus is ASCII")) {
            if let StreamEvent::Release { text } = e {
                released += text.len();
            }
        }
        lags.push(written - released);
    }
    let mean = lags.iter().sum::<usize>() as f64 / lags.len() as f64;
    lags.sort_unstable();
    (mean, lags[lags.len() * 95 / 100])
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = screen
}
criterion_main!(benches);
