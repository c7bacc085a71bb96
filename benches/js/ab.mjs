// Compares two builds of the npm package in paired rounds, on the benchmark corpus: each
// round runs A then B on the same case, and the median of the rounds' B/A ratios is
// printed (a shared machine's slow spells then touch both sides of a ratio, which
// medians of separate runs do not manage). Cases: the 1 MB output one-shot and streamed
// in 64-byte chunks, 200 chat-sized answers streamed (a stream each), 100-byte prompts,
// and the cold start (fresh processes: import to first verdict, and the first verdict alone).
//
//   node benches/js/ab.mjs <package A> <package B> [rounds]
//
// A package is a directory with src/node.js and dist/ (pkg/, or a copy of it made after
// another build: `make pkg && cp -r pkg /tmp/a && make pkg-release && node
// benches/js/ab.mjs /tmp/a pkg`).
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { corpusText, chunked, chatAnswers, LONG_BYTES } from "./corpus.mjs";
import { coldProbe } from "../../pkg/scripts/cold-probe.mjs";

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node benches/js/ab.mjs <package A> <package B> [rounds]");
  process.exit(2);
}
const ROUNDS = Number(roundsArg) || 15;
const entry = (dir) => pathToFileURL(resolve(dir, "src/node.js")).href;
const [A, B] = await Promise.all([import(entry(a)), import(entry(b))]);
const [ga, gb] = await Promise.all([A.Guard.create(), B.Guard.create()]);

const long = corpusText(LONG_BYTES);
const chunks = chunked(long);
const short = corpusText(100);
// chat-sized answers, each its own stream (as `make bench` measures them)
const answerChunks = chatAnswers(long).map((a) => chunked(a));
const opts = { direction: "output", locale: "en-US" };
const timed = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const cases = {
  "1 MB output, one-shot": (g) => timed(() => g.screen(long, opts)),
  "1 MB output, 64-byte chunks": (g) => timed(() => {
    const s = g.outputStream(opts);
    for (const c of chunks) s.write(c);
    s.end();
  }),
  "200 2 KB answers, a stream each": (g) => timed(() => {
    for (const cs of answerChunks) {
      const s = g.outputStream(opts);
      for (const c of cs) s.write(c);
      s.end();
    }
  }),
  "100-byte prompt (mean of 2000)": (g) => timed(() => {
    for (let i = 0; i < 2000; i++) g.screen(short);
  }) / 2000,
};
// a fresh process: [import to first verdict, the first verdict alone] in ms
const cold = (dir) => {
  const r = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", coldProbe({ entry: entry(dir) })]).toString());
  return [r.total, r.firstPrompt];
};

const median = (v) => [...v].sort((x, y) => x - y)[v.length >> 1];
const ms = (x) => (x >= 1 ? `${x.toFixed(1)} ms` : `${(x * 1000).toFixed(1)} µs`);
console.log(`A = ${a}\nB = ${b}\n${ROUNDS} rounds; B/A < 1: B is faster`);
const report = (name, rounds) =>
  console.log(`${name.padEnd(36)} A ${ms(median(rounds.map((r) => r[0])))}, B ${ms(median(rounds.map((r) => r[1])))}, B/A ${median(rounds.map(([x, y]) => y / x)).toFixed(3)}`);
for (const [name, f] of Object.entries(cases)) report(name, Array.from({ length: ROUNDS }, () => [f(ga), f(gb)]));
const colds = Array.from({ length: ROUNDS }, () => [cold(a), cold(b)]);
report("cold start, import to first verdict", colds.map(([x, y]) => [x[0], y[0]]));
report("  of which the first verdict", colds.map(([x, y]) => [x[1], y[1]]));
