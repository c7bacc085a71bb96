// The package as a bundler sees it: esbuild resolves `edgeward` with the browser
// condition (pkg/src/web.js); the wasm is copied beside the bundle and fetched from there.
import { Guard, init } from "edgeward";
import { screenSamples } from "./screen-samples.js";

window.screenSamples = async (samples) => {
  await init(new URL("./edgeward_bg.wasm", import.meta.url));
  const guard = new Guard();
  return { verdicts: screenSamples(guard, samples), policy: guard.policyId, model: guard.modelId };
};
window.harnessReady = true;
