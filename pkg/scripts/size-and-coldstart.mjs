// Prints the wasm size (raw, gzip, brotli) and the Node cold start: a fresh process that
// imports the package, builds a guard and screens one prompt (median of 5).
// Run: make pkg-size (or `node pkg/scripts/size-and-coldstart.mjs` after `make pkg`).
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { coldProbe } from "./cold-probe.mjs";

const wasmPath = fileURLToPath(new URL("../dist/edgeward_bg.wasm", import.meta.url));
const wasm = readFileSync(wasmPath);
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const gz = gzipSync(wasm, { level: 9 }).length;
const br = brotliCompressSync(wasm, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
}).length;
console.log(`wasm ${wasmPath}`);
console.log(`  raw    ${mb(wasm.length)} (${wasm.length} bytes)`);
console.log(`  gzip   ${mb(gz)} (level 9)`);
console.log(`  brotli ${mb(br)} (quality 11)`);

// One cold start: import → Guard.create() → first verdict, timed inside a fresh process.
const probe = coldProbe({ warm: true });
const runs = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", probe], {
    cwd: fileURLToPath(new URL("..", import.meta.url)), // inside pkg/: `edgeward` self-resolves
    encoding: "utf8",
  });
  runs.push(JSON.parse(out));
}
const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[2];
console.log(`node ${process.version} cold start, median of ${runs.length} fresh processes:`);
console.log(`  import ${median("import").toFixed(0)} ms + Guard.create ${median("create").toFixed(0)} ms + first verdict ${median("firstPrompt").toFixed(1)} ms = ${median("total").toFixed(0)} ms`);
console.log(`  warm screenPrompt (after 1000 calls): ${(median("warm") * 1000).toFixed(0)} µs per call`);
