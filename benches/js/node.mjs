// Node benchmarks: edgeward and the npm peers on the same corpus, in one process each
// for latency and throughput, and in fresh processes for cold start and peak memory.
// Writes $BENCH_OUT/node.json (default artifacts/bench). Run through `make bench`.
import { writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { corpusText, chunked, chatAnswers, SIZES, CURVE_SIZES, LONG_BYTES, ANSWERS, ANSWER_BYTES, stats } from "./corpus.mjs";
import { peers } from "./peers.mjs";
import { coldProbe } from "../../pkg/scripts/cold-probe.mjs";
import { wasmSize } from "./wasm-size.mjs";
import { firstVerdictCode } from "./first-verdict-code.mjs";

const OUT = process.env.BENCH_OUT || fileURLToPath(new URL("../../artifacts/bench", import.meta.url));
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS || 1500); // per measured case
mkdirSync(OUT, { recursive: true });

const now = () => Number(process.hrtime.bigint()) / 1e3; // µs

/** Times `fn(text)` call by call for about BUDGET_MS after a warm-up: µs per call. */
function latency(fn, text) {
  const warmEnd = performance.now() + Math.min(300, BUDGET_MS / 4);
  while (performance.now() < warmEnd) fn(text);
  const samples = [];
  const end = performance.now() + BUDGET_MS;
  while ((performance.now() < end || samples.length < 30) && samples.length < 200000) {
    const t0 = now();
    fn(text);
    samples.push(now() - t0);
  }
  return stats(samples);
}

/** MB/s of `fn()` over a text of `bytes` (median of runs within the budget). */
function throughput(fn, bytes) {
  return throughputs([fn], bytes)[0];
}

/**
 * `throughput` of each of `fns`, their runs taken in turn (a, b, a, b, …) within the
 * budget: the machine's drift over the seconds it takes then touches each alike, so the
 * ratio of their medians is fair.
 */
function throughputs(fns, bytes) {
  fns.forEach((fn) => fn());
  const runs = fns.map(() => []);
  const end = performance.now() + BUDGET_MS * 2 * fns.length;
  while (performance.now() < end || runs[0].length < 5) {
    fns.forEach((fn, i) => {
      const t0 = now();
      fn();
      runs[i].push(now() - t0);
    });
    if (runs[0].length >= 50) break;
  }
  return runs.map((r) => {
    const { median } = stats(r);
    return { ms: median / 1e3, mbPerS: bytes / median }; // bytes/µs = MB/s
  });
}

const { Guard } = await import("edgeward");
const guard = await Guard.create();
const opts = { locale: "en-US" };
const edgeward = {
  name: "edgeward",
  screen: (t) => guard.screenPrompt(t, opts),
  screenOutput: (t) => guard.screenOutput(t, opts),
};
const all = [edgeward, ...(await peers())];

const result = { node: process.version, latency: {}, curve: {}, throughput: {}, coldStart: {}, memory: {} };

for (const p of all) {
  result.latency[p.name] = {};
  // Each library's code gets a full budget of calls before its first measured case:
  // V8 optimizes hot code (JS and wasm) in background threads, which a loaded machine
  // can hold back past a short warm-up, so the first case would time unoptimized code.
  const warmText = corpusText(SIZES[0]);
  const warmEnd = performance.now() + BUDGET_MS;
  while (performance.now() < warmEnd) p.screen(warmText);
  for (const size of SIZES) {
    result.latency[p.name][size] = latency(p.screen, corpusText(size));
    console.log(`node  ${p.name.padEnd(16)} ${String(size).padStart(7)} B  median ${result.latency[p.name][size].median.toFixed(1)} µs  p99 ${result.latency[p.name][size].p99.toFixed(1)} µs`);
  }
}

// Cost against size (edgeward): median per call, more sizes.
for (const size of CURVE_SIZES) {
  const text = corpusText(size);
  result.curve[size] = size >= 300000 ? throughput(() => edgeward.screen(text), size).ms * 1e3 : latency(edgeward.screen, text).median;
}

// Throughput on a long output: one-shot for all, streamed in 64-byte chunks for edgeward.
const long = corpusText(LONG_BYTES);
const chunks = chunked(long);
// edgeward one-shot and streamed, in turn: their ratio is a target
const [oneShot, stream64] = throughputs([() => edgeward.screenOutput(long), () => {
  const s = guard.outputStream(opts);
  for (const c of chunks) s.write(c);
  return s.end();
}], LONG_BYTES);
result.throughput.edgeward = { oneShot, stream64 };
// Chat-sized answers: 200 different 2 KB outputs, each its own call or its own stream, so
// what a stream costs to start and end (and rule states not yet built) counts too.
const answers = chatAnswers(long);
const answerChunks = answers.map((a) => chunked(a));
const [answersOneShot, answersStream64] = throughputs([() => answers.forEach((a) => edgeward.screenOutput(a)), () => answerChunks.forEach((cs) => {
  const s = guard.outputStream(opts);
  for (const c of cs) s.write(c);
  s.end();
})], ANSWERS * ANSWER_BYTES);
result.throughput.edgewardAnswers = { oneShot: answersOneShot, stream64: answersStream64, streamOverhead: answersStream64.ms / answersOneShot.ms, answers: ANSWERS, bytes: ANSWER_BYTES };
for (const p of all.filter((p) => p !== edgeward)) result.throughput[p.name] = { oneShot: throughput(() => (p.screenOutput || p.screen)(long), LONG_BYTES) };
result.throughput.edgeward.streamOverhead = result.throughput.edgeward.stream64.ms / result.throughput.edgeward.oneShot.ms;
const a = result.throughput.edgewardAnswers;
console.log(`node  edgeward         ${ANSWERS} answers of ${ANSWER_BYTES} B: one-shot ${(a.oneShot.ms * 1e3 / ANSWERS).toFixed(1)} µs each, streamed (64 B chunks, a stream each) ${(a.stream64.ms * 1e3 / ANSWERS).toFixed(1)} µs = ${a.streamOverhead.toFixed(2)}× one-shot time`);
for (const [name, t] of Object.entries(result.throughput).filter(([n]) => n !== "edgewardAnswers")) {
  console.log(`node  ${name.padEnd(16)} 1 MB output: one-shot ${t.oneShot.mbPerS.toFixed(1)} MB/s` + (t.stream64 ? `, streamed (64 B chunks) ${t.stream64.mbPerS.toFixed(1)} MB/s = ${t.streamOverhead.toFixed(2)}× one-shot time` : ""));
}

// Cold start and peak memory: fresh processes.
const here = fileURLToPath(new URL(".", import.meta.url));
function fresh(code, runs = 7) {
  const out = [];
  for (let i = 0; i < runs; i++) out.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: here, encoding: "utf8" })));
  return out;
}
const cold = fresh(coldProbe());
for (const k of Object.keys(cold[0])) result.coldStart[k] = stats(cold.map((r) => r[k])).median;
console.log(`node  edgeward cold start (median of ${cold.length} processes): import ${result.coldStart.import.toFixed(1)} + Guard.create ${result.coldStart.create.toFixed(1)} + first prompt verdict ${result.coldStart.firstPrompt.toFixed(1)} = ${result.coldStart.total.toFixed(1)} ms; first output verdict +${result.coldStart.firstOutput.toFixed(1)} ms`);
// what V8 compiles for those steps (deterministic where their milliseconds are not)
result.coldStart.lazyCode = firstVerdictCode(fileURLToPath(new URL("../../pkg", import.meta.url)));
const lc = result.coldStart.lazyCode;
console.log(`node  edgeward cold start compiles (wasm, lazily): Guard.create ${(lc.create.bytes / 1024).toFixed(1)} KiB, first prompt verdict ${lc.firstPrompt.functions} functions ${(lc.firstPrompt.bytes / 1024).toFixed(1)} KiB, first output verdict ${(lc.firstOutput.bytes / 1024).toFixed(1)} KiB`);
const peerCold = fresh(`
import { peers } from "./peers.mjs";
const t0 = performance.now();
const ps = await peers();
const out = {};
for (const p of ps) { const s = performance.now(); p.screen("where do I vote?"); out[p.name] = performance.now() - s; }
out.__load = performance.now() - t0;
console.log(JSON.stringify(out));
`, 3);
result.coldStart.peersLoadAll = stats(peerCold.map((r) => r.__load)).median;

const memProbe = (lib) => `
import { corpusText } from "./corpus.mjs";
const base = process.resourceUsage().maxRSS;
${lib}
const t = corpusText(${LONG_BYTES});
screen(corpusText(100000));
screen(t);
console.log(JSON.stringify({ baseKB: base, peakKB: process.resourceUsage().maxRSS }));
`;
const mem = fresh(memProbe(`const { Guard } = await import("edgeward"); const g = await Guard.create(); const screen = (x) => g.screenOutput(x);`), 3);
const baseline = fresh(`console.log(JSON.stringify({ peakKB: process.resourceUsage().maxRSS }))`, 3);
result.memory = {
  nodeBaselineMB: stats(baseline.map((r) => r.peakKB)).median / 1024,
  edgewardPeakMB: stats(mem.map((r) => r.peakKB)).median / 1024,
};
console.log(`node  peak RSS: bare node ${result.memory.nodeBaselineMB.toFixed(1)} MB; edgeward after a 100 KB prompt and a 1 MB output ${result.memory.edgewardPeakMB.toFixed(1)} MB`);

result.wasm = wasmSize(fileURLToPath(new URL("../..", import.meta.url)));
writeFileSync(`${OUT}/node.json`, JSON.stringify(result, null, 1));
console.log(`wrote ${OUT}/node.json`);
