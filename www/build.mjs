// Builds the demo page's scripts into www/build/: esbuild bundles them for browsers, so
// `import { Guard } from "edgeward"` resolves through the package's exports map with the
// `browser` condition (pkg/src/web.js), exactly as an app's bundler would. The wasm is
// copied beside the bundles and fetched from there with streaming compilation.
//
//   node build.mjs            the demo (src/main.js, src/guard-worker.js)
//   import { bundle } ...     other pages (tests/browser builds its harness with it)
import * as esbuild from "esbuild";
import { copyFile, mkdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** Bundles `entryPoints` ({ name: path }) into `outdir` with the wasm beside them. */
export async function bundle(entryPoints, outdir) {
  await mkdir(outdir, { recursive: true });
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    format: "esm",
    platform: "browser", // resolves the "browser" export condition
    target: "es2022",
    sourcemap: true,
    logLevel: "warning",
  });
  const wasm = fileURLToPath(import.meta.resolve("edgeward/edgeward_bg.wasm"));
  await stat(wasm).catch(() => {
    throw new Error(`${wasm} is missing: run \`make pkg\` first`);
  });
  await copyFile(wasm, join(outdir, "edgeward_bg.wasm"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle({ main: here("./src/main.js"), "guard-worker": here("./src/guard-worker.js") }, here("./build"));
  console.log("www: built www/build/");
}
