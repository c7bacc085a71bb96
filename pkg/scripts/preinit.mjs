// Build-time pre-initialization of the npm package's wasm (`make pkg` runs it on the
// freshly generated folder): instantiates the module through its wasm-bindgen glue,
// runs `__edgewardPreinit` (embedded classifier and default policy built, a Guard warmed
// up) and writes the module back with that memory as its initial data (see
// wasm-snapshot.mjs). Every instance then starts with them built: `Guard.create()` and
// the first verdict no longer pay for parsing the model, compiling the rule sets and
// filling the rule engines' first automaton states, work that V8 runs in its baseline
// tier on a cold start.
//
// Usage: node pkg/scripts/preinit.mjs DIR   (DIR holds edgeward.js and edgeward_bg.wasm)
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { snapshotModule } from "./wasm-snapshot.mjs";

const dir = resolve(process.argv[2] ?? "");
if (!process.argv[2]) {
  console.error("usage: node pkg/scripts/preinit.mjs DIR");
  process.exit(2);
}
const wasmPath = join(dir, "edgeward_bg.wasm");
const wasm = readFileSync(wasmPath);
const glue = await import(pathToFileURL(join(dir, "edgeward.js")).href);
if (glue.isPreinitialized === undefined) throw new Error(`${dir}: this edgeward build has no pre-initialization entry point`);

const exports = glue.initSync({ module: wasm });
if (glue.isPreinitialized()) throw new Error(`${wasmPath} is already pre-initialized`);
glue.__edgewardPreinit();
const snapshot = snapshotModule(wasm, new Uint8Array(exports.memory.buffer));

// The result must load and already hold what the entry point built.
const check = await WebAssembly.compile(snapshot);
if (!WebAssembly.Module.exports(check).some((e) => e.name === "isPreinitialized")) throw new Error("snapshot lost its exports");
writeFileSync(wasmPath, snapshot);
const mib = (n) => (n / 1048576).toFixed(2);
console.log(`pre-initialized ${wasmPath}: ${mib(wasm.length)} → ${mib(snapshot.length)} MiB (memory ${mib(exports.memory.buffer.byteLength)} MiB)`);
