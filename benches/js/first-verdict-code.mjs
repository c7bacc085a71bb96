// How much wasm code V8 compiles on a cold start's first verdicts: V8 compiles a wasm
// function (Liftoff, its baseline tier) on its first call, so the first verdict of a
// fresh process pays for every function it reaches. Counts the functions and their body
// bytes compiled by Guard.create(), by the first prompt verdict (the cold-start probe's
// "where do I vote?") and by the first output verdict after it, from V8's
// --trace-wasm-compilation-times. Deterministic for a build (the same functions are
// called), where the cold start's milliseconds move by several between runs here.
//
//   node benches/js/first-verdict-code.mjs [PKG_DIR (default pkg)]
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const pkg = resolve(process.argv[2] ?? new URL("../../pkg", import.meta.url).pathname);
const entry = pathToFileURL(resolve(pkg, "src/node.js")).href;
// One process per step, each running the steps before it too: V8 prints its trace from its
// own buffer, which does not keep order with what the script prints, so the functions a
// step compiles are counted as the difference between two processes' totals.
const steps = [
  ["create", "const guard = await Guard.create();"],
  ["first prompt verdict", 'guard.screenPrompt("where do I vote?", { locale: "en-US" });'],
  ["first output verdict", 'guard.screenOutput("Polling places open at 7am.", { locale: "en-US" });'],
];
const compiled = (n) => {
  const body = steps.slice(0, n).map(([, code]) => code).join("\n");
  const probe = `const { Guard } = await import(${JSON.stringify(entry)});\n${body}`;
  const out = execFileSync(process.execPath, ["--trace-wasm-compilation-times", "--no-wasm-tier-up", "--input-type=module", "-e", probe], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const bodies = [...out.matchAll(/^Compiled function \S+ using Liftoff.*bodysize (\d+)/gm)].map((m) => Number(m[1]));
  return { functions: bodies.length, bytes: bodies.reduce((a, b) => a + b, 0) };
};
const totals = steps.map((_, i) => compiled(i + 1));
console.log(`wasm compiled lazily on a cold start (${pkg}):`);
steps.forEach(([step], i) => {
  const before = i === 0 ? compiled(0) : totals[i - 1];
  const functions = totals[i].functions - before.functions;
  const kib = (totals[i].bytes - before.bytes) / 1024;
  console.log(`  ${step.padEnd(22)} ${String(functions).padStart(4)} functions, ${kib.toFixed(1).padStart(6)} KiB of code`);
});
