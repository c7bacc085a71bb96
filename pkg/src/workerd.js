// Cloudflare Workers (workerd) entry: the bundler (wrangler) imports the .wasm as a
// compiled WebAssembly.Module, so the package initializes synchronously on import and
// `new Guard()` works at once. `init(wasmModule)` is accepted too (a no-op here).
//
// Other tools that set the "worker" condition may hand back something else for a .wasm
// import; then nothing happens at import and `init()` fetches the module like web.js.
import wasm from "../dist/edgeward_bg.wasm";
import { _setDefaultLoaders, initSync } from "./core.js";

if (wasm instanceof WebAssembly.Module) {
  _setDefaultLoaders(() => wasm, () => wasm);
  initSync(wasm);
} else {
  _setDefaultLoaders(() => fetch(new URL("../dist/edgeward_bg.wasm", import.meta.url)), null);
}

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
