//! The benchmark corpus, shared by the Rust benches.

/// The corpus lines, cycled and joined with spaces until `bytes` long, then cut there
/// (the same rule in benches/js/corpus.mjs and benches/py/peer_profanity_check.py).
pub fn corpus_text(bytes: usize) -> String {
    let src = include_str!("../data/corpus.txt");
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
