// Headless Chromium benchmarks (playwright-core driving the system chromium): cold start
// (fetch + compile + instantiate + Guard.create + first verdict, fresh context each run)
// and per-call latency at the corpus sizes. The page is cross-origin isolated (COOP/COEP)
// so performance.now() ticks in 5 µs steps; calls are still timed in batches of at least
// ~1 ms and divided, so the per-call median and p99 are of batch means.
// Writes $BENCH_OUT/browser.json.
import { createServer } from "node:http";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { corpusText, SIZES, LONG_BYTES } from "./corpus.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUT = process.env.BENCH_OUT || join(ROOT, "artifacts/bench");
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS || 1500);
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  const headers = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp", "Cache-Control": "no-store" };
  if (path === "/") {
    res.writeHead(200, { ...headers, "Content-Type": "text/html" });
    return res.end("<!doctype html><title>edgeward bench</title>");
  }
  if (!path.startsWith("/pkg/")) return res.writeHead(404).end();
  try {
    const body = await readFile(join(ROOT, path));
    res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(path)] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const result = { chromium: browser.version(), coldStart: [], latency: {}, throughput: {} };
try {
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(base);
    result.coldStart.push(
      await page.evaluate(async () => {
        const t0 = performance.now();
        const m = await import("/pkg/src/web.js");
        const t1 = performance.now();
        const g = await m.Guard.create();
        const t2 = performance.now();
        g.screenPrompt("where do I vote?", { locale: "en-US" });
        const t3 = performance.now();
        return { import: t1 - t0, create: t2 - t1, firstPrompt: t3 - t2, total: t3 - t0 };
      }),
    );
    await ctx.close();
  }
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base);
  await page.evaluate(async () => {
    const m = await import("/pkg/src/web.js");
    globalThis.guard = await m.Guard.create();
    globalThis.stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
      return { median: q(0.5), p99: q(0.99), n: s.length };
    };
  });
  for (const size of SIZES) {
    result.latency[size] = await page.evaluate(
      ({ text, budget }) => {
        const call = () => guard.screenPrompt(text, { locale: "en-US" });
        const warmStart = performance.now();
        const warmEnd = warmStart + Math.min(300, budget / 4);
        let calls = 0;
        while (performance.now() < warmEnd) (call(), calls++);
        const k = Math.max(1, Math.round(calls / (performance.now() - warmStart))); // ~1 ms per batch
        const samples = [];
        const end = performance.now() + budget;
        while (performance.now() < end || samples.length < 20) {
          const t0 = performance.now();
          for (let i = 0; i < k; i++) call();
          samples.push(((performance.now() - t0) * 1000) / k);
        }
        return { ...stats(samples), batch: k };
      },
      { text: corpusText(size), budget: BUDGET_MS },
    );
    console.log(`chromium edgeward ${String(size).padStart(7)} B  median ${result.latency[size].median.toFixed(1)} µs  p99 ${result.latency[size].p99.toFixed(1)} µs (batches of ${result.latency[size].batch})`);
  }
  result.throughput = await page.evaluate(
    ({ text, bytes }) => {
      // one-shot and streamed runs in turn, as in Node: the machine's drift over the
      // seconds they take touches both alike, so the ratio of their medians is fair
      const times = (fns, rounds) => {
        fns.forEach((fn) => fn());
        const runs = fns.map(() => []);
        for (let i = 0; i < rounds; i++) {
          fns.forEach((fn, k) => {
            const t0 = performance.now();
            fn();
            runs[k].push(performance.now() - t0);
          });
        }
        return runs.map((r) => stats(r).median);
      };
      const chunks = [];
      for (let i = 0; i < text.length; i += 64) chunks.push(text.slice(i, i + 64));
      const [oneShot, stream64] = times([() => guard.screenOutput(text, { locale: "en-US" }), () => {
        const s = guard.outputStream({ locale: "en-US" });
        for (const c of chunks) s.write(c);
        return s.end();
      }], 9);
      return { oneShot: { ms: oneShot, mbPerS: bytes / oneShot / 1000 }, stream64: { ms: stream64, mbPerS: bytes / stream64 / 1000 }, streamOverhead: stream64 / oneShot };
    },
    { text: corpusText(LONG_BYTES), bytes: LONG_BYTES },
  );
  console.log(`chromium edgeward 1 MB output: one-shot ${result.throughput.oneShot.mbPerS.toFixed(1)} MB/s, streamed ${result.throughput.stream64.mbPerS.toFixed(1)} MB/s`);
  await ctx.close();
} finally {
  await browser.close();
  server.close();
}
const cold = {};
for (const k of Object.keys(result.coldStart[0])) cold[k] = [...result.coldStart.map((r) => r[k])].sort((a, b) => a - b)[2];
result.coldStart = cold;
console.log(`chromium edgeward cold start (median of 5 fresh contexts): import ${cold.import.toFixed(1)} + create ${cold.create.toFixed(1)} + first verdict ${cold.firstPrompt.toFixed(1)} = ${cold.total.toFixed(1)} ms`);
await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, "browser.json"), JSON.stringify(result, null, 1));
