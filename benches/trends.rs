//! Throughput and memory of `edgeward trends` on a million synthetic events.
//!
//! `cargo bench --bench trends [-- EVENTS | FILE]` writes EVENTS (default 1,000,000) telemetry
//! events as JSONL to a temporary file — a week of unique background prompts made of
//! Zipf-distributed pseudo-words from 100,000 users, plus 40 planted campaigns (30 to 800
//! users each sending a perturbed copy of one prompt within an hour) — then streams the
//! file through `trends::run` and reports events per second, peak resident memory
//! (VmHWM, reset before the run), and how many planted campaigns were flagged.
//! Given an existing events FILE instead, it streams that file alone; `--keep` keeps the
//! generated file.
//! It reports numbers; it does not pass or fail.

use edgeward::category::Category;
use edgeward::telemetry::{self, TelemetryOptions};
use edgeward::trends::{self, Summary, TrendsOptions};
use edgeward::verdict::{Action, Direction, Verdict};
use std::collections::BTreeMap;
use std::io::{BufReader, BufWriter, Write};
use std::time::Instant;

const T0: u64 = 1_767_225_600;
const WEEK: u64 = 7 * 86_400;
const CAMPAIGNS: usize = 40;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Log-uniform in 0..n: a heavy head, like word frequencies.
    fn zipf(&mut self, n: usize) -> usize {
        ((n as f64).powf(self.unit()) as usize).saturating_sub(1).min(n - 1)
    }
}

fn vocabulary(rng: &mut Rng, n: usize) -> Vec<String> {
    const ONSETS: [&str; 16] = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "st", "tr"];
    const VOWELS: [&str; 6] = ["a", "e", "i", "o", "u", "ai"];
    (0..n)
        .map(|_| (0..2 + rng.below(3)).map(|_| format!("{}{}", ONSETS[rng.below(16)], VOWELS[rng.below(6)])).collect())
        .collect()
}

fn verdict(action: Action, cats: &[Category]) -> Verdict {
    let mut scores: BTreeMap<Category, f32> = Category::ALL.iter().map(|&c| (c, 0.02)).collect();
    for &c in cats {
        scores.insert(c, 0.91);
    }
    Verdict {
        action,
        forward: action < Action::Refuse,
        categories: cats.to_vec(),
        scores,
        rules: cats.iter().map(|c| format!("{c}.rule")).collect(),
        banners: vec![],
        resources: vec![],
        steer: None,
        message: None,
        policy: "default@2026.11+0f3a9c".into(),
        model: "edgeward-tiny@1".into(),
        enforcement: None,
        dimensions: vec![],
        limits: vec![],
        failure: None,
        shadow: vec![],
    }
}

fn vm_kib(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// User plus system CPU seconds of this process (Linux; clock ticks assumed 100/s).
fn cpu_s() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let given = args.iter().map(std::path::PathBuf::from).find(|p| p.is_file());
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(1_000_000);
    let (path, planted, bytes) = match given {
        Some(p) => {
            let bytes = std::fs::metadata(&p).map(|m| m.len() as usize).unwrap_or(0);
            (p, None, bytes)
        }
        None => {
            let path = std::env::temp_dir().join(format!("edgeward-trends-bench-{}.jsonl", std::process::id()));
            let bytes = generate(n, &path);
            (path, Some(CAMPAIGNS), bytes)
        }
    };
    measure(&path, planted, bytes);
    if planted.is_some() {
        if std::env::args().any(|a| a == "--keep") {
            eprintln!("kept {}", path.display());
        } else {
            std::fs::remove_file(&path).ok();
        }
    }
}

/// Writes `n` synthetic events to `path`; returns the bytes written.
fn generate(n: usize, path: &std::path::Path) -> usize {
    let mut rng = Rng(42);
    let vocab = vocabulary(&mut rng, 20_000);
    let harmful = [Category::Elections, Category::FraudScams, Category::Cyber, Category::HateHarassment, Category::Violence];
    let topts = TelemetryOptions::with_salt("bench-salt");

    // Campaign schedule: (position, campaign) sorted by position; each campaign is a
    // burst of `size` events spread over about an hour of traffic.
    let per_hour = (n as f64 / (WEEK as f64 / 3600.0)) as usize;
    let mut templates = Vec::new();
    let mut schedule = Vec::new();
    for c in 0..CAMPAIGNS {
        let words: Vec<usize> = (0..14 + rng.below(10)).map(|_| rng.below(vocab.len())).collect();
        let users = 30 + rng.below(770);
        let size = users + rng.below(users / 2 + 1);
        let start = rng.below(n.saturating_sub(per_hour + 1).max(1));
        for j in 0..size {
            schedule.push((start + j * per_hour / size, c));
        }
        templates.push((words, users, harmful[c % harmful.len()]));
    }
    schedule.sort();

    let t = Instant::now();
    let mut out = BufWriter::new(std::fs::File::create(path).expect("temp file"));
    let mut next = 0;
    let mut bytes = 0usize;
    let mut text = String::new();
    for i in 0..n {
        let ts = T0 + (i as u64 * WEEK) / n as u64;
        text.clear();
        let (v, user) = if next < schedule.len() && schedule[next].0 <= i {
            let c = schedule[next].1;
            next += 1;
            let (words, users, cat) = &templates[c];
            for (k, &w) in words.iter().enumerate() {
                // Each copy swaps about one word in eight.
                let w = if rng.below(8) == 0 { rng.below(vocab.len()) } else { w };
                if k > 0 {
                    text.push(' ');
                }
                text.push_str(&vocab[w]);
            }
            (verdict(Action::Refuse, &[*cat]), format!("c{c}u{}", rng.below(*users)))
        } else {
            for k in 0..6 + rng.below(20) {
                if k > 0 {
                    text.push(' ');
                }
                text.push_str(&vocab[rng.zipf(vocab.len())]);
            }
            let v = if rng.below(20) == 0 { verdict(Action::Refuse, &[harmful[rng.below(harmful.len())]]) } else { verdict(Action::Allow, &[]) };
            (v, format!("u{}", rng.zipf(100_000)))
        };
        let e = telemetry::event(&v, &text, Direction::Prompt, Some("en-US"), Some(&user), ts, &topts);
        let line = e.to_json();
        bytes += line.len() + 1;
        out.write_all(line.as_bytes()).unwrap();
        out.write_all(b"\n").unwrap();
    }
    out.flush().unwrap();
    drop(out);
    let gen_s = t.elapsed().as_secs_f64();
    eprintln!("generated {n} events ({:.0} MB) in {gen_s:.1}s at {}", bytes as f64 / 1e6, path.display());
    bytes
}

/// Streams `path` through `trends::run` and prints what it took.
fn measure(path: &std::path::Path, planted: Option<usize>, bytes: usize) {
    // Reset the peak-RSS watermark so it measures the run alone.
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let rss_before = vm_kib("VmRSS:");
    let opts = TrendsOptions::default();
    let mut summary = Vec::new();
    let cpu0 = cpu_s();
    let t = Instant::now();
    trends::run(BufReader::with_capacity(1 << 16, std::fs::File::open(path).unwrap()), &mut summary, &opts).unwrap();
    let run_s = t.elapsed().as_secs_f64();
    let cpu = cpu_s().zip(cpu0).map(|(b, a)| b - a);
    let hwm = vm_kib("VmHWM:");

    let s: Summary = serde_json::from_slice(&summary).unwrap();
    let flagged = s.clusters.iter().filter(|c| c.campaign).count();
    let biggest: Vec<u64> = s.clusters.iter().filter(|c| c.campaign).map(|c| c.users).take(5).collect();
    println!("trends: {} events, {:.0} MB JSONL", s.totals.events, bytes as f64 / 1e6);
    let events = s.totals.events as f64;
    println!("  time        {run_s:.2} s wall, {} CPU", cpu.map_or("?".into(), |c| format!("{c:.2} s")));
    println!("  throughput  {:.0} events/s wall ({:.0} MB/s)", events / run_s, bytes as f64 / 1e6 / run_s);
    if let Some(c) = cpu.filter(|&c| c > 0.0) {
        println!("              {:.0} events per CPU-second", events / c);
    }
    match (hwm, rss_before) {
        (Some(h), Some(b)) => println!(
            "  peak RSS    {:.1} MiB (VmHWM{}; {:.1} MiB resident before the run)",
            h as f64 / 1024.0,
            if reset { ", reset before the run" } else { ", not reset: includes generation" },
            b as f64 / 1024.0
        ),
        _ => println!("  peak RSS    unavailable (no /proc/self/status)"),
    }
    println!(
        "  clusters    {} tracked at the end, {} evicted, {} merged, {} reported (>= {} users)",
        s.totals.clusters_tracked, s.totals.clusters_evicted, s.totals.clusters_merged, s.totals.clusters_reported, opts.k_min_users
    );
    match planted {
        Some(p) => println!("  campaigns   {flagged} flagged of {p} planted; largest by users: {biggest:?}"),
        None => println!("  campaigns   {flagged} flagged; largest by users: {biggest:?}"),
    }
    println!("  malformed   {}", s.malformed);
}
