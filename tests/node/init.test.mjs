// Initialization: `node --test` runs each file in its own process, so this file starts
// with the wasm module not yet loaded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Guard, init, initSync, isInitialized, compilePolicy, checkPolicy, defaultPolicySource } from "edgeward";

const here = fileURLToPath(new URL(".", import.meta.url));

/** Runs an ES module snippet in a fresh Node process (from this directory, so `edgeward` resolves). */
function fresh(code) {
  return execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: here, encoding: "utf8" }).trim();
}

test("using the package before init throws a clear error", () => {
  assert.equal(isInitialized(), false);
  for (const fn of [() => new Guard(), () => compilePolicy("x"), () => checkPolicy("x"), () => defaultPolicySource()]) {
    assert.throws(fn, (e) => {
      assert.equal(e.name, "EdgewardError");
      assert.equal(e.code, "EDGEWARD_NOT_INITIALIZED");
      assert.match(e.message, /before the wasm module was initialized/);
      assert.match(e.message, /Guard\.create\(\)/);
      return true;
    });
  }
});

test("a bad module fails init with EDGEWARD_INIT, and init can be retried", async () => {
  await assert.rejects(init(new Uint8Array([0, 1, 2, 3])), (e) => e.code === "EDGEWARD_INIT" && e.cause !== undefined);
  assert.equal(isInitialized(), false);
  const [a, b] = [init(), init()]; // concurrent calls share one load
  await Promise.all([a, b]);
  assert.equal(isInitialized(), true);
  await init(); // idempotent
  initSync(); // also a no-op now
});

test("after init, new Guard() is synchronous", () => {
  const g = new Guard();
  assert.equal(typeof g.screenPrompt("hello").action, "string");
});

test("initSync() in Node reads the module synchronously", () => {
  const out = fresh(`
    import { Guard, initSync } from "edgeward";
    initSync();
    console.log(new Guard().screenPrompt("hi").policy.split("@")[0]);
  `);
  assert.equal(out, "default");
});

test("init(module) with a precompiled WebAssembly.Module, as on Workers", () => {
  const out = fresh(`
    import { readFileSync } from "node:fs";
    import { createRequire } from "node:module";
    import { Guard, init } from "edgeward";
    const path = createRequire(import.meta.url).resolve("edgeward/edgeward_bg.wasm");
    const module = new WebAssembly.Module(readFileSync(path));
    init(module); // synchronous for a compiled module: no await needed
    console.log(new Guard().screenOutput("hi").action);
  `);
  assert.equal(out, "allow");
});

test("the web entry initializes from a URL (and from bytes) too", () => {
  const out = fresh(`
    import { readFileSync } from "node:fs";
    import { Guard, init, isInitialized } from "edgeward/web";
    const url = ${JSON.stringify(here + "node_modules/edgeward/dist/edgeward_bg.wasm")};
    let threw = false;
    try { new Guard(); } catch (e) { threw = e.code === "EDGEWARD_NOT_INITIALIZED"; }
    await init(readFileSync(url));
    console.log(threw, isInitialized(), (await Guard.create()).modelId.length > 0);
  `);
  assert.equal(out, "true true true");
});
