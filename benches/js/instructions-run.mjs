// One process of count-instructions.sh: screens the 1 MB benchmark output `runs` times
// (one-shot or streamed in `chunk`-byte pieces) after a warm-up that is the same in every
// mode, so that the difference between runs=N and runs=0 counts only the N screenings.
// `glue` streams with the wasm stream's calls replaced by stubs: the JS glue alone.
//
//   node instructions-run.mjs PKG one|stream|glue RUNS [CHUNK]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { corpusText, chunked, LONG_BYTES } from "./corpus.mjs";

const [pkg, mode, runsArg, chunkArg] = process.argv.slice(2);
const { Guard } = await import(pathToFileURL(resolve(pkg, "src/node.js")).href);
const guard = await Guard.create();
const long = corpusText(LONG_BYTES);
const chunks = chunked(long, Number(chunkArg) || 64);
const opts = { direction: "output", locale: "en-US" };
const stream = () => {
  const s = guard.outputStream(opts);
  for (const c of chunks) s.write(c);
  if (mode !== "glue") s.end();
};
if (mode === "glue") {
  // every third write releases what it wrote; quiet bytes between 100 and 200
  const { WasmOutputStream } = await import(pathToFileURL(resolve(pkg, "dist/edgeward.js")).href);
  let k = 0;
  WasmOutputStream.prototype.writeInput = function (len) {
    k = (k + 1) % 3;
    return k === 0 ? len : 0;
  };
  WasmOutputStream.prototype.quietBytes = () => 100 + 50 * k;
}
for (let r = 0; r < 3; r++) {
  if (mode !== "glue") guard.screen(long, opts);
  stream();
}
for (let r = 0; r < Number(runsArg); r++) {
  if (mode === "one") guard.screen(long, opts);
  else stream();
}
