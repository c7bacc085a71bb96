// Reads what the benchmark steps wrote ($BENCH_OUT/*.json, criterion's estimates) and the
// wasm, and writes BENCHMARKS.md (tables, targets) and benches/plots/*.svg at the root.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { cpus, loadavg, totalmem } from "node:os";
import { stats, SIZES } from "./corpus.mjs";
import { wasmSize } from "./wasm-size.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUT = process.env.BENCH_OUT || join(ROOT, "artifacts/bench");
const CRITERION = join(process.env.CARGO_TARGET_DIR || join(ROOT, "target"), "criterion");
const read = (f) => (existsSync(join(OUT, f)) ? JSON.parse(readFileSync(join(OUT, f), "utf8")) : null);
const node = read("node.json");
const browser = read("browser.json");
const workerd = read("workerd.json");
const python = read("python.json");
const machine = read("machine.json") || {};

/** criterion: median (of sample means) and p99 of the sample means, µs. */
function crit(id) {
  const dir = join(CRITERION, id, "new");
  if (!existsSync(join(dir, "estimates.json"))) return null;
  const est = JSON.parse(readFileSync(join(dir, "estimates.json"), "utf8"));
  const sample = JSON.parse(readFileSync(join(dir, "sample.json"), "utf8"));
  const means = sample.times.map((t, i) => t / sample.iters[i] / 1e3);
  return { median: est.median.point_estimate / 1e3, p99: stats(means).p99 };
}
const native = {};
for (const s of SIZES) native[s] = crit(`screen_prompt/${s}`);
const nativeOneShot = crit("output_1mb/one_shot");
const nativeStream = crit("output_1mb/stream_64b");
const nativeCold = crit("cold_start/guard_new_first_verdict");

// the module the run measured (older runs did not record it: then the one built now)
const size = node?.wasm ?? wasmSize(ROOT);
const profile = size.shipping ? "`wasm-release` (make pkg-release, the shipping build: fat LTO, opt-level 3)" : "`release` (make pkg: opt-level 3, no LTO)";

const us = (x) => (x == null ? "–" : x >= 1000 ? `${(x / 1000).toFixed(x >= 10000 ? 0 : 1)} ms` : `${x.toFixed(x >= 100 ? 0 : 1)} µs`);
const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(a / b >= 10 ? 0 : a / b >= 1 ? 1 : 2)}×` : "–");
const sizeLabel = (s) => (s >= 1000 ? `${s / 1000} KB` : `${s} B`);

// ------------------------------------------------------------------------------ targets
const T = [];
const target = (what, measured, limit, unit, better, why) => {
  if (measured == null) return T.push(`| ${what} | ${better === "le" ? "≤" : "≥"} ${limit} ${unit} | not measured | – |`);
  const ok = better === "le" ? measured <= limit : measured >= limit;
  const by = better === "le" ? measured / limit : limit / measured;
  const fmt = (x) => x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2);
  // a near miss as the difference (a factor rounds it to 1.0×)
  const miss = by < 1.1 ? `${fmt(Math.abs(measured - limit))} ${unit} (${((by - 1) * 100).toFixed(0)}%)` : `${by.toFixed(1)}×`;
  T.push(`| ${what} | ${better === "le" ? "≤" : "≥"} ${limit} ${unit} | ${fmt(measured)} ${unit} | ${ok ? "met" : `**missed** by ${miss}: ${why}`} |`);
};
const n100 = node?.latency?.edgeward?.[100]?.median;
target("Node: median per call, 100 B prompt", n100, 50, "µs", "le",
  "each verdict normalizes the text and each decoded view (rot13, reversed; base64/hex when present), scans the rule set per view, classifies the text (and views that read as English) and builds the verdict JSON across the JS boundary; see DESIGN.md, Performance");
const nOne = node?.throughput?.edgeward?.oneShot?.mbPerS;
target("Node: throughput on a 1 MB output", nOne, 20, "MB/s", "ge",
  `1 MB is ~185,000 tokens in ~2,900 overlapping classifier windows of 96 tokens; for each token that is new to a window, each of its ~11 hashed features is tested and set in the window's 65,536-bit set (a window holds its distinct features: the model is an embedding bag over them) and their int8 rows summed (a memoized sum per short word, less the rows already in the window): filling the windows this way (the memo, the sets, the row sums, the bigrams) is more than half of the time in a node --cpu-prof profile, and the rules, normalizing and finding the tokens less than a tenth each; natively it is ${nativeOneShot ? (1e6 / nativeOneShot.median).toFixed(1) : "?"} MB/s in the same run`);
const over = node?.throughput?.edgeward?.streamOverhead;
// natively: the paired ratio of the group-size table (fairer on a shared machine), else criterion's
const groups = read("stream_groups.json");
const nativeOver = groups?.find((g) => g.groupBytes === 192)?.ratio ?? (nativeStream && nativeOneShot ? nativeStream.median / nativeOneShot.median : null);
target("Node: streaming (64 B chunks) / one-shot time", over, 1.5, "×", "le",
  `the core stream screener itself costs ${nativeOver ? nativeOver.toFixed(2) : "?"}× one-shot natively: the rules and the classifier see each byte once, as in one-shot; on top of that the window being filled is re-scored for the stop decision before each release (a pass through the MLP about every group of ≥ 192 bytes, against one per 64 tokens for the windows themselves), each group is normalized with a word of context on each side (ordinary prose; 64 bytes otherwise), the cuts between segments are searched, each group passes through the normalizer, token, rule and classifier stages, whose code does not fit the instruction cache together, and in JS each 64-byte chunk is encoded into wasm memory, and about half of them cross into wasm (the others cannot release anything and wait for the next). Counted in instructions instead of time (benches/js/count-instructions.sh, deterministic), the stream's excess over one-shot is much smaller than in time: most of it is how the work runs (small pieces of many stages, interleaved with the glue), not how much of it there is. The group size (StreamSettings::group_bytes) trades release latency against the per-group part of this: see "Streaming: group size against release lag" below, and DESIGN.md, Performance`);
const cold = node?.coldStart?.total;
target("Node: cold start, import to first verdict", cold, 50, "ms", "le",
  `the same start-up takes ${nativeCold ? us(nativeCold.median) : "?"} natively in this run; the module ships pre-initialized (the default Guard is built into its memory at build time, see DESIGN.md), so what remains is importing the glue, reading, compiling and instantiating the ${(size.raw / 1e6).toFixed(1)} MB module (copying its data into linear memory) and the first verdict's functions, which V8 compiles on their first call in its baseline tier${profile.startsWith("`wasm-release`") ? " (the shipping build's fat LTO inlines more into them: about 3 ms more than the test build, which is 3-5% slower once warm; node benches/js/ab.mjs compares the two, see DESIGN.md, Per call)" : ""}`);
target("wasm incl. model and policy, gzip", size.gzip / 1e6, 3, "MB", "le", "");

// ------------------------------------------------------------------------------ plots
mkdirSync(join(ROOT, "benches/plots"), { recursive: true });
function logPlot(file, title, series, xLabel, yLabel) {
  const W = 720, H = 420, L = 70, R = 170, Tp = 40, B = 50;
  const pts = series.flatMap((s) => s.points);
  const lx = (v) => Math.log10(v);
  const [x0, x1] = [Math.floor(lx(Math.min(...pts.map((p) => p[0])))), Math.ceil(lx(Math.max(...pts.map((p) => p[0]))))];
  const [y0, y1] = [Math.floor(lx(Math.min(...pts.map((p) => p[1])))), Math.ceil(lx(Math.max(...pts.map((p) => p[1]))))];
  const X = (v) => L + ((lx(v) - x0) / (x1 - x0 || 1)) * (W - L - R);
  const Y = (v) => H - B - ((lx(v) - y0) / (y1 - y0 || 1)) * (H - Tp - B);
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="white"/>`;
  svg += `<text x="${W / 2 - R / 2}" y="22" text-anchor="middle" font-size="15">${title}</text>`;
  for (let e = x0; e <= x1; e++) svg += `<line x1="${X(10 ** e)}" x2="${X(10 ** e)}" y1="${Tp}" y2="${H - B}" stroke="#ddd"/><text x="${X(10 ** e)}" y="${H - B + 16}" text-anchor="middle">${sizeLabel(10 ** e).replace("000 KB", " MB")}</text>`;
  for (let e = y0; e <= y1; e++) svg += `<line x1="${L}" x2="${W - R}" y1="${Y(10 ** e)}" y2="${Y(10 ** e)}" stroke="#ddd"/><text x="${L - 6}" y="${Y(10 ** e) + 4}" text-anchor="end">${us(10 ** e)}</text>`;
  svg += `<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">${xLabel}</text><text transform="translate(16 ${(Tp + H - B) / 2}) rotate(-90)" text-anchor="middle">${yLabel}</text>`;
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? "L" : "M"}${X(p[0]).toFixed(1)},${Y(p[1]).toFixed(1)}`).join(" ");
    svg += `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2" ${s.dash ? 'stroke-dasharray="5,4"' : ""}/>`;
    for (const p of s.points) svg += `<circle cx="${X(p[0]).toFixed(1)}" cy="${Y(p[1]).toFixed(1)}" r="3" fill="${s.color}"/>`;
    svg += `<rect x="${W - R + 12}" y="${Tp + i * 20}" width="12" height="3" fill="${s.color}"/><text x="${W - R + 30}" y="${Tp + i * 20 + 5}">${s.name}</text>`;
  });
  writeFileSync(join(ROOT, "benches/plots", file), svg + "</svg>\n");
}
const COLORS = { edgeward: "#d62728", obscenity: "#1f77b4", "bad-words": "#2ca02c", "leo-profanity": "#9467bd", "alt-profanity-check": "#8c564b" };
if (node) {
  const curve = Object.entries(node.curve).map(([s, v]) => [Number(s), v]);
  const linear = [[curve[0][0], curve[curve.length - 1][1] * (curve[0][0] / curve[curve.length - 1][0])], curve[curve.length - 1]];
  const series = [{ name: "edgeward (Node)", color: COLORS.edgeward, points: curve }, { name: "linear (through 1 MB)", color: "#999", dash: true, points: linear }];
  if (native[100]) series.push({ name: "edgeward (native)", color: "#ff9896", points: SIZES.filter((s) => native[s]).map((s) => [s, native[s].median]) });
  for (const [name, lat] of Object.entries(node.latency)) if (name !== "edgeward") series.push({ name: `${name} (Node)`, color: COLORS[name], points: SIZES.map((s) => [s, lat[s].median]) });
  if (python) series.push({ name: "alt-profanity-check (Py)", color: COLORS["alt-profanity-check"], points: SIZES.map((s) => [s, python.latency[s].median]) });
  logPlot("cost-vs-size.svg", "Median time per call against input size", series, "input size", "time per call");
}

// ------------------------------------------------------------------------------ markdown
const L = [];
L.push("# Benchmarks", "");
L.push("Generated by `make bench` (benches/js/report.mjs); every number below comes from that run. Do not edit by hand.", "");
L.push(`Machine: ${machine.cpu || cpus()[0].model}, ${machine.cores || cpus().length} cores, ${Math.round((machine.memBytes || totalmem()) / 2 ** 30)} GiB; load average at the start ${machine.loadavg || loadavg().map((x) => x.toFixed(1)).join(" ")} (the machine is shared: absolute times are inflated, ratios measured in the same run are fairer). ${node ? `Node ${node.node}` : ""}${browser ? `, Chromium ${browser.chromium}` : ""}${python ? `, Python ${python.python}` : ""}. Run started ${machine.started || "?"}.`, "");
const speed = read("speed.json");
if (speed?.start && speed?.end) {
  const drift = speed.end.ms / speed.start.ms - 1;
  const moved = Math.abs(drift) > 0.1 ? ` **The machine's speed moved by ${(Math.abs(drift) * 100).toFixed(0)}% during the run: numbers from its different steps (native, Node, Chromium, workerd) were measured on different machines in effect, and only ratios measured side by side within a step are fair.**` : "";
  L.push(`Machine speed (benches/js/machine-speed.mjs, a fixed JS workload timed at the start and the end of the run): ${speed.start.ms.toFixed(1)} ms, then ${speed.end.ms.toFixed(1)} ms (${(Math.abs(drift) * 100).toFixed(0)}% ${drift >= 0 ? "slower" : "faster"} at the end).${moved}`, "");
}
L.push(`wasm build measured: ${profile}.`, "");
L.push("## Targets (issue #7)", "", "| target | limit | measured | result |", "|---|---|---|---|", ...T, "");
L.push("## Per-call latency (prompt screening, corpus `benches/data/corpus.txt`)", "");
L.push("Median / p99 per call. Native: criterion (median of sample means; p99 of the sample means). Node: each call timed. Chromium: batches of calls of ≥ ~1 ms, divided.", "");
L.push("| size | native | Node | Chromium |", "|---|---|---|---|");
for (const s of SIZES) {
  const n = node?.latency?.edgeward?.[s], b = browser?.latency?.[s], c = native[s];
  L.push(`| ${sizeLabel(s)} | ${c ? `${us(c.median)} / ${us(c.p99)}` : "–"} | ${n ? `${us(n.median)} / ${us(n.p99)}` : "–"} | ${b ? `${us(b.median)} / ${us(b.p99)}` : "–"} |`);
}
L.push("");
L.push("## Peers, same corpus, same run", "");
L.push("Median per call (p99). Ratio: the peer's median over edgeward's in Node (above 1: edgeward is faster). The peers are word-list filters (profanity only); edgeward screens 13 harm categories with a classifier and a policy, so equal speed is not equal work.", "");
const peerNames = node ? Object.keys(node.latency).filter((n) => n !== "edgeward") : [];
L.push(`| size | edgeward (Node) | ${peerNames.map((p) => `${p} (Node)`).join(" | ")}${python ? " | alt-profanity-check (Python)" : ""} |`);
L.push(`|---|---|${peerNames.map(() => "---|").join("")}${python ? "---|" : ""}`);
for (const s of SIZES) {
  const e = node?.latency?.edgeward?.[s]?.median;
  const cells = peerNames.map((p) => `${us(node.latency[p][s].median)} (${us(node.latency[p][s].p99)}), ${ratio(node.latency[p][s].median, e)}`);
  if (python) cells.push(`${us(python.latency[s].median)} (${us(python.latency[s].p99)}), ${ratio(python.latency[s].median, e)}`);
  L.push(`| ${sizeLabel(s)} | ${us(e)} (${us(node?.latency?.edgeward?.[s]?.p99)}) | ${cells.join(" | ")} |`);
}
L.push("");
L.push("## Throughput on a 1 MB model output", "", "Median of runs. In Node and Chromium, edgeward's one-shot and streamed runs alternate (so the machine's drift touches both alike); natively they are criterion's samples, one after the other.", "", "| runtime | one-shot | streamed in 64-byte chunks | streamed / one-shot time |", "|---|---|---|---|");
if (nativeOneShot) L.push(`| edgeward native | ${(1e6 / nativeOneShot.median).toFixed(1)} MB/s | ${nativeStream ? `${(1e6 / nativeStream.median).toFixed(1)} MB/s` : "–"} | ${nativeStream ? `${(nativeStream.median / nativeOneShot.median).toFixed(2)}×` : "–"} |`);
if (node) {
  const t = node.throughput.edgeward;
  L.push(`| edgeward Node | ${t.oneShot.mbPerS.toFixed(1)} MB/s | ${t.stream64.mbPerS.toFixed(1)} MB/s | ${t.streamOverhead.toFixed(2)}× |`);
}
const answers = node?.throughput?.edgewardAnswers;
if (answers) L.push(`| edgeward Node, ${answers.answers} chat-sized answers of ${answers.bytes} B (a call or a stream each) | ${answers.oneShot.mbPerS.toFixed(1)} MB/s (${(answers.oneShot.ms * 1e3 / answers.answers).toFixed(0)} µs each) | ${answers.stream64.mbPerS.toFixed(1)} MB/s (${(answers.stream64.ms * 1e3 / answers.answers).toFixed(0)} µs each) | ${answers.streamOverhead.toFixed(2)}× |`);
if (browser?.throughput?.oneShot) L.push(`| edgeward Chromium | ${browser.throughput.oneShot.mbPerS.toFixed(1)} MB/s | ${browser.throughput.stream64.mbPerS.toFixed(1)} MB/s | ${browser.throughput.streamOverhead.toFixed(2)}× |`);
for (const p of peerNames) L.push(`| ${p} Node | ${node.throughput[p].oneShot.mbPerS.toFixed(1)} MB/s (${ratio(node.throughput.edgeward.oneShot.mbPerS, node.throughput[p].oneShot.mbPerS)} edgeward's time) | – | – |`);
if (python) L.push(`| alt-profanity-check Python | ${python.throughput.oneShot.mbPerS.toFixed(1)} MB/s | – | – |`);
L.push("");
if (groups) {
  L.push("## Streaming: group size against release lag", "",
    "The stream screener normalizes segments in groups of at least group_bytes bytes (StreamSettings::group_bytes, default 192), each with a word of context on either side (64 bytes where a word does not do), and re-scores the window being filled before each release. Larger groups cost less per byte (fewer re-scores, fewer passes through the normalizer, token, rule and classifier stages, whose code does not fit the instruction cache together) and commit text later, so it is released later. The final verdict is the same for every size. Native, the 1 MB output in 64-byte chunks against one-shot: the median of 21 rounds' ratios, each round one run of each (cargo bench --bench screen); release lag: bytes written and not yet released after each write.", "",
    "| group_bytes | streamed / one-shot time (native) | release lag, mean (95th percentile) |", "|---|---|---|");
  for (const g of groups) L.push(`| ${g.groupBytes}${g.groupBytes === 192 ? " (default)" : ""} | ${g.ratio.toFixed(2)}× | ${g.lagMean.toFixed(0)} B (${g.lagP95} B) |`);
  L.push("");
}
L.push("## Cold start", "", "| runtime | what | time |", "|---|---|---|");
if (nativeCold) L.push(`| native | embedded policy and model loaded, first prompt verdict (criterion) | ${us(nativeCold.median)} |`);
if (node) {
  const c = node.coldStart;
  L.push(`| Node | import ${c.import.toFixed(1)} ms + Guard.create ${c.create.toFixed(1)} ms + first prompt verdict ${c.firstPrompt.toFixed(1)} ms (median of 7 fresh processes) | ${c.total.toFixed(1)} ms |`);
  L.push(`| Node | first output verdict after that (its rule set pre-built too) | ${c.firstOutput.toFixed(1)} ms |`);
  const lc = c.lazyCode;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  if (lc) L.push(`| Node | wasm that V8 compiles on its first call in those steps (benches/js/first-verdict-code.mjs; a count, not a time): Guard.create ${lc.create.functions} functions, ${kib(lc.create.bytes)}; first prompt verdict ${lc.firstPrompt.functions}, ${kib(lc.firstPrompt.bytes)}; first output verdict ${lc.firstOutput.functions}, ${kib(lc.firstOutput.bytes)} | |`);
  L.push(`| Node | the three npm peers: import and set up all, first check each | ${c.peersLoadAll.toFixed(1)} ms |`);
}
if (browser) L.push(`| Chromium | fetch + compile + instantiate ${browser.coldStart.import.toFixed(1)} ms, Guard.create ${browser.coldStart.create.toFixed(1)} ms, first verdict ${browser.coldStart.firstPrompt.toFixed(1)} ms (median of 5 fresh contexts) | ${browser.coldStart.total.toFixed(1)} ms |`);
if (workerd) L.push(`| workerd (wrangler dev) | first request − warm request: Guard + first verdict (the module is compiled and instantiated when the Worker loads) | ${workerd.coldStartMs.toFixed(1)} ms |`);
if (python) L.push(`| Python | alt-profanity-check: import to first prediction | ${python.coldStartMs.toFixed(0)} ms |`);
L.push("");
L.push("## Memory and size", "", "| what | value |", "|---|---|");
if (node) L.push(`| Node peak RSS after a 100 KB prompt and a 1 MB output (bare Node: ${node.memory.nodeBaselineMB.toFixed(1)} MB) | ${node.memory.edgewardPeakMB.toFixed(1)} MB |`);
if (python) L.push(`| Python peak RSS, alt-profanity-check benchmark | ${python.peakMB.toFixed(0)} MB |`);
L.push(`| wasm raw | ${mb(size.raw)} (${size.raw} bytes) |`, `| wasm gzip -9 | ${mb(size.gzip)} |`, `| wasm brotli -q 11 | ${mb(size.brotli)} |`);
if (workerd?.bundle) L.push(`| Worker bundle (edge/cloudflare, wrangler deploy --dry-run) | ${workerd.bundle.rawKiB} KiB, gzip ${workerd.bundle.gzipKiB} KiB |`);
L.push("");
L.push("## Cost against input size", "", "![median time per call against input size, log-log](benches/plots/cost-vs-size.svg)", "");
if (node) {
  const c = Object.entries(node.curve).map(([s, v]) => [Number(s), v]);
  const perByte = c.filter(([s]) => s >= 1000).map(([s, v]) => (v / s) * 1000);
  const spread = Math.max(...perByte) / Math.min(...perByte);
  L.push("edgeward in Node, median per prompt call: " + c.map(([s, v]) => `${sizeLabel(s).replace("000 KB", " MB")} ${us(v)} (${(v / s * 1000).toFixed(0)} ns/B)`).join(", ") + `. From 1 KB to 1 MB (a 1000× range) the cost per byte stays within a factor of ${spread.toFixed(1)}: the cost grows linearly with the input (quadratic growth would multiply it by 1000).`, "");
}
writeFileSync(join(ROOT, "BENCHMARKS.md"), L.join("\n"));
console.log(L.join("\n"));
