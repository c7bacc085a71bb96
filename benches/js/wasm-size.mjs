// The npm package's wasm as a benchmark run measured it: sizes (raw, gzip -9, brotli -q 11)
// and which build it is. node.mjs records it in node.json, so that BENCHMARKS.md reports
// the module the run measured even when the report is written again after a rebuild.
import { readFileSync, existsSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";

export function wasmSize(root) {
  const wasm = readFileSync(join(root, "pkg/dist/edgeward_bg.wasm"));
  return {
    raw: wasm.length,
    gzip: gzipSync(wasm, { level: 9 }).length,
    brotli: brotliCompressSync(wasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length } }).length,
    shipping: existsSync(join(root, "pkg/dist/.built-wasm-release")),
  };
}
