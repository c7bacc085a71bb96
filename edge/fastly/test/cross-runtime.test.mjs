// The Fastly service gives the same verdicts as the npm package and the native CLI on the
// shared cross-runtime vectors (tests/node/cross-runtime-vectors.mjs, the file
// tests/node/cross-runtime.check.mjs checks the CLIs on), screened in Viceroy through
// POST /edgeward/screen with the embedded default policy and model.
//
// Needs the npm package linked for tests/node (make pkg pkg-link) and EDGEWARD_BIN (the
// native CLI); make test-edge-fastly sets both up.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { startService } from "../../test-support/service.mjs";
import { input, parseVerdicts, assertSameAsNpm } from "../../../tests/node/cross-runtime-vectors.mjs";

const dir = fileURLToPath(new URL("..", import.meta.url));
const { EDGEWARD_BIN } = process.env;
let svc;

before(async () => {
  // The upstream is never called here; the default policy is the embedded one.
  svc = await startService({ serve: join(dir, "serve"), cwd: dir, readyMs: 900_000, requestMs: 120_000, env: { UPSTREAM_URL: "http://127.0.0.1:9", EDGEWARD_POLICY_FILE: "" } });
  assert.match(svc.health.policy, /^default@/);
});

after(async () => {
  await svc?.stop();
});

test("Fastly service (Viceroy), npm package and native CLI give identical verdicts", async () => {
  assert.ok(EDGEWARD_BIN, "set EDGEWARD_BIN to the native CLI (make test-edge-fastly does)");
  const res = await svc.post(input, { "content-type": "application/x-ndjson" }, "/edgeward/screen");
  assert.equal(res.status, 200);
  const fastly = parseVerdicts(await res.text());
  const native = parseVerdicts(execFileSync(EDGEWARD_BIN, ["screen", "--jsonl"], { input, maxBuffer: 64 << 20 }).toString());
  await assertSameAsNpm({ fastly, native });
});
