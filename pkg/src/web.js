// Browser and bundler entry: fetches edgeward_bg.wasm next to this module (bundlers
// that understand `new URL(..., import.meta.url)` copy it as an asset) and compiles it
// while it streams in.
import { _setDefaultLoaders } from "./core.js";

_setDefaultLoaders(() => fetch(new URL("../dist/edgeward_bg.wasm", import.meta.url)), null);

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
