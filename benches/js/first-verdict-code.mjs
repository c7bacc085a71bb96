// How much wasm code V8 compiles on a cold start's first verdicts: V8 compiles a wasm
// function (Liftoff, its baseline tier) on its first call, so the first verdict of a
// fresh process pays for every function it reaches. Counts the functions and their body
// bytes compiled by Guard.create(), by the first prompt verdict and by the first output
// verdict after it (the cold-start probe's texts, pkg/scripts/cold-probe.mjs), from V8's
// --trace-wasm-compilation-times. Deterministic for a build (the same functions are
// called), where the cold start's milliseconds move by several between runs here.
// node.mjs records it in node.json (BENCHMARKS.md, Cold start).
//
//   node benches/js/first-verdict-code.mjs [PKG_DIR (default pkg)]
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { COLD_PROMPT, COLD_OUTPUT } from "../../pkg/scripts/cold-probe.mjs";

// One process per step, each running the steps before it too: V8 prints its trace from its
// own buffer, which does not keep order with what the script prints, so the functions a
// step compiles are counted as the difference between two processes' totals.
const STEPS = [
  ["create", "const guard = await Guard.create();"],
  ["firstPrompt", `guard.screenPrompt(${JSON.stringify(COLD_PROMPT)}, { locale: "en-US" });`],
  ["firstOutput", `guard.screenOutput(${JSON.stringify(COLD_OUTPUT)}, { locale: "en-US" });`],
];

/** `{ create, firstPrompt, firstOutput }`, each `{ functions, bytes }` compiled by that step. */
export function firstVerdictCode(pkgDir) {
  const entry = pathToFileURL(resolve(pkgDir, "src/node.js")).href;
  const compiled = (n) => {
    const probe = `const { Guard } = await import(${JSON.stringify(entry)});\n${STEPS.slice(0, n).map(([, code]) => code).join("\n")}`;
    const out = execFileSync(process.execPath, ["--trace-wasm-compilation-times", "--no-wasm-tier-up", "--input-type=module", "-e", probe], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    const bodies = [...out.matchAll(/^Compiled function \S+ using Liftoff.*bodysize (\d+)/gm)].map((m) => Number(m[1]));
    return { functions: bodies.length, bytes: bodies.reduce((a, b) => a + b, 0) };
  };
  const totals = [0, 1, 2, 3].map(compiled);
  return Object.fromEntries(
    STEPS.map(([step], i) => [step, { functions: totals[i + 1].functions - totals[i].functions, bytes: totals[i + 1].bytes - totals[i].bytes }]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = resolve(process.argv[2] ?? fileURLToPath(new URL("../../pkg", import.meta.url)));
  const labels = { create: "Guard.create()", firstPrompt: "first prompt verdict", firstOutput: "first output verdict" };
  console.log(`wasm compiled lazily on a cold start (${pkg}):`);
  for (const [step, c] of Object.entries(firstVerdictCode(pkg))) {
    console.log(`  ${labels[step].padEnd(22)} ${String(c.functions).padStart(4)} functions, ${(c.bytes / 1024).toFixed(1).padStart(6)} KiB of code`);
  }
}
