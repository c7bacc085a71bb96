// The machine's speed at one moment of a benchmark run: the median time of a fixed JS
// workload (hashing the 1 MB corpus text, no edgeward code), written to
// $BENCH_OUT/speed.json under `start` or `end`. `make bench` runs it first and last, and
// BENCHMARKS.md prints both: this shared machine's speed moves by tens of percent within
// minutes, and a run whose machine changed speed between its steps compares two machines.
//
//   node benches/js/machine-speed.mjs start|end
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusText, LONG_BYTES } from "./corpus.mjs";

const when = process.argv[2];
if (when !== "start" && when !== "end") {
  console.error("usage: node benches/js/machine-speed.mjs start|end");
  process.exit(2);
}
const OUT = process.env.BENCH_OUT || fileURLToPath(new URL("../../artifacts/bench", import.meta.url));
const text = corpusText(LONG_BYTES);

/** FNV-1a over the text's UTF-16 units, `passes` times. */
function workload(passes) {
  let h = 0x811c9dc5;
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h;
}

workload(2); // warm-up: optimized before timing
const times = [];
let sink = 0;
for (let r = 0; r < 15; r++) {
  const t0 = performance.now();
  sink ^= workload(16);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const ms = times[times.length >> 1];
mkdirSync(OUT, { recursive: true });
const file = join(OUT, "speed.json");
const speed = when === "start" || !existsSync(file) ? {} : JSON.parse(readFileSync(file, "utf8"));
speed[when] = { ms, at: new Date().toISOString(), sink };
writeFileSync(file, JSON.stringify(speed));
console.log(`machine speed (${when}): reference workload ${ms.toFixed(1)} ms (median of ${times.length})`);
