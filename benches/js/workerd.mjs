// workerd benchmarks through the wrangler pinned in edge/cloudflare: the cold start of a
// Worker that imports edgeward (the module is compiled and instantiated when the Worker
// loads; the first request then builds the Guard and screens one prompt), and the size
// of the real Worker's upload bundle (wrangler deploy --dry-run).
//
// Time inside a Worker only advances on I/O, so the first request is timed from outside:
// cold = first request − median warm request (both over loopback HTTP), median of 3
// fresh wrangler dev runs. Writes $BENCH_OUT/workerd.json.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, symlinkSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { createServer } from "node:net";
import { stats } from "./corpus.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUT = process.env.BENCH_OUT || join(ROOT, "artifacts/bench");
const CF = join(ROOT, "edge/cloudflare");
const WRANGLER = join(CF, "node_modules/.bin/wrangler");
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

const dir = join(OUT, "worker");
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, "node_modules"), { recursive: true });
symlinkSync(join(ROOT, "pkg"), join(dir, "node_modules/edgeward"));
writeFileSync(join(dir, "wrangler.toml"), 'name = "edgeward-bench"\nmain = "index.js"\ncompatibility_date = "2025-04-01"\n');
writeFileSync(
  join(dir, "index.js"),
  `import { Guard } from "edgeward";
let guard = null;
export default {
  async fetch(request) {
    if (new URL(request.url).pathname === "/ping") return new Response("ok");
    const first = guard === null;
    if (first) guard = new Guard();
    const v = guard.screenPrompt("where do I vote?", { locale: "en-US" });
    return Response.json({ first, action: v.action });
  },
};
`,
);

const freePort = () => new Promise((r) => { const s = createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => r(p)); }); });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function once() {
  const port = await freePort();
  const child = spawn(WRANGLER, ["dev", "--local", "--ip", "127.0.0.1", "--port", String(port), "--show-interactive-dev-session=false", "--persist-to", join(dir, ".state")], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120000;
    for (;;) {
      try {
        if ((await fetch(`${base}/ping`)).ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error(`wrangler dev did not come up:\n${log}`);
      await sleep(200);
    }
    await fetch(`${base}/ping`); // the connection warm
    const t0 = performance.now();
    const first = await (await fetch(`${base}/`)).json();
    const cold = performance.now() - t0;
    if (!first.first) throw new Error("the first timed request did not build the Guard");
    const warm = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await (await fetch(`${base}/`)).json();
      warm.push(performance.now() - t);
    }
    return { firstRequestMs: cold, warmRequestMs: stats(warm).median };
  } finally {
    try { process.kill(-child.pid, "SIGTERM"); } catch {}
    await sleep(500);
  }
}

const runs = [];
for (let i = 0; i < 3; i++) runs.push(await once());
const result = {
  firstRequestMs: stats(runs.map((r) => r.firstRequestMs)).median,
  warmRequestMs: stats(runs.map((r) => r.warmRequestMs)).median,
};
result.coldStartMs = result.firstRequestMs - result.warmRequestMs;
console.log(`workerd edgeward first request ${result.firstRequestMs.toFixed(1)} ms, warm ${result.warmRequestMs.toFixed(1)} ms: Guard + first verdict ${result.coldStartMs.toFixed(1)} ms (median of ${runs.length} fresh workers)`);

// The real Worker's upload (edge/cloudflare), as wrangler reports it.
const dry = join(OUT, "worker-dry-run");
const out = execFileSync(WRANGLER, ["deploy", "--dry-run", "--outdir", dry], { cwd: CF, env, encoding: "utf8" });
const m = out.match(/Total Upload:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/);
if (!m) throw new Error(`no 'Total Upload' line in wrangler's output:\n${out}`);
result.bundle = { rawKiB: Number(m[1]), gzipKiB: Number(m[2]) };
console.log(`workerd Worker bundle (edge/cloudflare, wrangler deploy --dry-run): ${m[1]} KiB, gzip ${m[2]} KiB`);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "workerd.json"), JSON.stringify(result, null, 1));
