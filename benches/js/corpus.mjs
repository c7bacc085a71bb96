// The benchmark corpus: benches/data/corpus.txt's lines, cycled and joined with spaces
// until `bytes` long, then cut there. The same rule as benches/screen.rs (criterion) and
// benches/py/peer_profanity_check.py, so every runtime and peer screens the same text.
import { readFileSync } from "node:fs";

const LINES = readFileSync(new URL("../data/corpus.txt", import.meta.url), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l.length > 0);

export function corpusText(bytes) {
  const parts = [];
  let len = 0;
  for (let i = 0; len < bytes; i++) {
    const line = LINES[i % LINES.length];
    len += (parts.length ? 1 : 0) + line.length;
    parts.push(line);
  }
  return parts.join(" ").slice(0, bytes); // ASCII corpus: chars = bytes
}

/** Prompt sizes of the latency tables, in bytes. */
export const SIZES = [100, 1000, 10000, 100000];
/** Extra sizes for the cost-against-size plot. */
export const CURVE_SIZES = [100, 300, 1000, 3000, 10000, 30000, 100000, 300000, 1000000];
/** The long output of the throughput rows. */
export const LONG_BYTES = 1_000_000;

/** Chat-sized answers: how many, and their length in bytes. */
export const ANSWERS = 200;
export const ANSWER_BYTES = 2000;

/** `text` cut into pieces of `size` characters (bytes: the corpus is ASCII). */
export function chunked(text, size = 64) {
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** [`ANSWERS`] different answers of [`ANSWER_BYTES`], cut from `long`. */
export function chatAnswers(long) {
  return Array.from({ length: ANSWERS }, (_, i) => long.slice(i * ANSWER_BYTES, (i + 1) * ANSWER_BYTES));
}

/** Median and 99th percentile of a list of numbers. */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p99: q(0.99), n: s.length };
}
