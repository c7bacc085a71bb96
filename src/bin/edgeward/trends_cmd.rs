//! `edgeward trends < events.jsonl`: campaign clusters from telemetry events.

use crate::args::Args;
use edgeward::trends::{run as summarize, TrendsOptions};

pub fn run(raw: &[String]) -> Result<(), String> {
    let args = Args::parse(raw)?;
    args.only(&["--k", "--max-hamming", "--window", "--campaign-users"])?;
    let mut opts = TrendsOptions::default();
    let num = |name: &str| -> Result<Option<u64>, String> {
        args.value(name).map(|v| v.parse::<u64>().map_err(|_| format!("{name} needs a whole number, not `{v}`"))).transpose()
    };
    if let Some(k) = num("--k")? {
        opts.k_min_users = k;
    }
    if let Some(h) = num("--max-hamming")? {
        opts.max_hamming = h as u32;
    }
    if let Some(w) = num("--window")? {
        opts.window_s = w;
    }
    if let Some(c) = num("--campaign-users")? {
        opts.campaign_min_users = c as usize;
    }
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    summarize(stdin.lock(), stdout.lock(), &opts)
}
