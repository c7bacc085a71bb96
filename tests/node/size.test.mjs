// The size budget of issue #7: the wasm the package ships, model and policy included,
// fits Cloudflare's 3 MB (gzip) Workers free-plan limit. Deterministic for a given build;
// `make bench` reports the sizes (raw, gzip, brotli) and the Worker bundle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const wasmPath = require.resolve("edgeward/edgeward_bg.wasm");

test("the wasm (model and policy embedded) is at most 3 MB gzipped", () => {
  const wasm = readFileSync(wasmPath);
  const gz = gzipSync(wasm, { level: 9 }).length;
  assert.ok(wasm.length > 1_000_000, `the wasm embeds the 1.8 MB model: ${wasm.length} bytes`);
  assert.ok(gz <= 3_000_000, `wasm is ${gz} bytes gzipped (budget 3,000,000)`);
});
