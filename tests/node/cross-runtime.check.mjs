// The same input gives the same verdict natively (the CLI), in Node (the npm package's
// wasm32-unknown-unknown build) and in wasm32-wasip1 (the CLI built for WASI, the target
// of Fastly Compute, run in Node's WASI host), over the shared vectors
// (cross-runtime-vectors.mjs: tests/data/cross_runtime.jsonl plus long texts), all with
// the embedded policy and model. The Fastly service is checked on the same vectors by
// edge/fastly/test/cross-runtime.test.mjs (make test-edge-fastly).
//
// Run by `make test-cross-runtime`, which builds both CLIs and sets
//   EDGEWARD_BIN   the native CLI
//   EDGEWARD_WASI  the CLI built for wasm32-wasip1
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { runWasiCli } from "./wasi-cli.mjs";
import { input, parseVerdicts, assertSameAsNpm } from "./cross-runtime-vectors.mjs";

const { EDGEWARD_BIN, EDGEWARD_WASI } = process.env;
if (!EDGEWARD_BIN || !EDGEWARD_WASI) {
  throw new Error("set EDGEWARD_BIN and EDGEWARD_WASI (make test-cross-runtime does)");
}

test("native CLI, npm package and wasm32-wasip1 CLI give identical verdicts", async () => {
  const native = parseVerdicts(execFileSync(EDGEWARD_BIN, ["screen", "--jsonl"], { input, maxBuffer: 64 << 20 }).toString());
  const wasi = await runWasiCli(EDGEWARD_WASI, ["screen", "--jsonl"], input);
  assert.equal(wasi.code, 0, wasi.stderr);
  await assertSameAsNpm({ native, wasip1: parseVerdicts(wasi.stdout) });
});
