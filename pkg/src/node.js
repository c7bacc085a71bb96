// Node (ESM) entry: reads the sibling edgeward_bg.wasm from disk.
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { _setDefaultLoaders } from "./core.js";

const WASM = new URL("../dist/edgeward_bg.wasm", import.meta.url);

_setDefaultLoaders(
  async () => WebAssembly.compile(await readFile(WASM)),
  () => new WebAssembly.Module(readFileSync(WASM)),
);

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
