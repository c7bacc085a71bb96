// Runs the edgeward CLI built for wasm32-wasip1 (the target Fastly Compute runs) in
// Node's WASI host: arguments, stdin from a string, stdout and stderr captured.
import { WASI } from "node:wasi";
import { openSync, closeSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const modules = new Map();

/** `{ code, stdout, stderr }` of `edgeward <args>` in wasm32-wasip1. */
export async function runWasiCli(wasmPath, args, stdin = "") {
  if (!modules.has(wasmPath)) modules.set(wasmPath, WebAssembly.compile(readFileSync(wasmPath)));
  const module = await modules.get(wasmPath);
  const dir = mkdtempSync(join(tmpdir(), "edgeward-wasi-"));
  const paths = { in: join(dir, "stdin"), out: join(dir, "stdout"), err: join(dir, "stderr") };
  writeFileSync(paths.in, stdin);
  const fds = { in: openSync(paths.in, "r"), out: openSync(paths.out, "w"), err: openSync(paths.err, "w") };
  try {
    const wasi = new WASI({ version: "preview1", args: ["edgeward", ...args], env: {}, stdin: fds.in, stdout: fds.out, stderr: fds.err, returnOnExit: true });
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
    const code = wasi.start(instance);
    return { code, stdout: readFileSync(paths.out, "utf8"), stderr: readFileSync(paths.err, "utf8") };
  } finally {
    for (const fd of Object.values(fds)) closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}
