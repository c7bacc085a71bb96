// Node (ESM) entry: reads the sibling edgeward_bg.wasm from disk.
import { readFileSync } from "node:fs";
import { _setDefaultLoaders } from "./core.js";

const WASM = new URL("../dist/edgeward_bg.wasm", import.meta.url);

// Both loaders read and compile synchronously, as wasm-bindgen's own `nodejs` target does:
// at start-up, before any request is served, the promise and thread hops of
// `readFile` + `WebAssembly.compile` only add time (~3 ms of a ~40 ms cold start).
const load = () => new WebAssembly.Module(readFileSync(WASM));
_setDefaultLoaders(async () => load(), load);

export {
  Guard,
  init,
  initSync,
  isInitialized,
  compilePolicy,
  checkPolicy,
  defaultPolicySource,
  wasmMemoryBytes,
  isEdgewardError,
  CATEGORIES,
  ACTIONS,
} from "./core.js";
export { Enforcer, memoryStore, localStorageStore } from "./enforcer.js";
