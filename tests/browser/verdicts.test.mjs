// The npm package, imported by name through its browser entry, gives the same verdicts
// in headless Chromium as in Node, for every sample in samples.json: once bundled
// (esbuild, browser condition) and once through an import map with no bundler.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Guard } from "edgeward";
import { bundle } from "../../www/build.mjs";
import { serve } from "../../www/serve.mjs";
import { launch, watchErrors } from "./chromium.mjs";
import { screenSamples } from "./harness/screen-samples.js";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const samples = JSON.parse(readFileSync(here("./samples.json"), "utf8"));

let browser;
let server;
let base;
let node;

before(async () => {
  await bundle({ bundled: here("./harness/bundled.js") }, here("./harness/bundled-out"));
  ({ server, url: base } = await serve(here(".")));
  browser = await launch();
  const guard = await Guard.create();
  node = { verdicts: screenSamples(guard, samples), policy: guard.policyId, model: guard.modelId };
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Loads a harness page and screens every sample there. */
async function inChromium(page) {
  const p = await browser.newPage();
  const errors = watchErrors(p);
  try {
    await p.goto(`${base}harness/${page}`);
    await p.waitForFunction(() => window.harnessReady === true);
    const ua = await p.evaluate(() => navigator.userAgent);
    const result = await p.evaluate((s) => window.screenSamples(s), samples);
    assert.deepEqual(errors, [], "no errors in the page");
    return { ...result, ua };
  } finally {
    await p.close();
  }
}

function assertSame(browserResult, label) {
  assert.match(browserResult.ua, /HeadlessChrome|Chrome/, "ran in Chromium");
  assert.equal(browserResult.policy, node.policy);
  assert.equal(browserResult.model, node.model);
  assert.equal(browserResult.verdicts.length, samples.length);
  for (let i = 0; i < samples.length; i++) {
    assert.deepEqual(browserResult.verdicts[i], node.verdicts[i], `${label}: sample ${i} ${JSON.stringify(samples[i]).slice(0, 80)}`);
  }
}

test("the samples cover every action the default policy takes without a user", () => {
  const actions = new Set(node.verdicts.map((v) => v.action));
  for (const a of ["allow", "banner", "support", "refuse"]) assert.ok(actions.has(a), `no sample gives ${a}`);
  assert.ok(node.verdicts.some((v) => v.action === "support" && !v.forward), "a locally answered support");
});

test("bundled with esbuild (browser condition): Chromium verdicts equal Node's", async () => {
  assertSame(await inChromium("bundled.html"), "bundled");
});

test("through an import map, no bundler: Chromium verdicts equal Node's", async () => {
  assertSame(await inChromium("importmap.html"), "import map");
});
