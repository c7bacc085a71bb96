// The cold-start probe that `make pkg-size` and `make bench` run in fresh Node processes
// (as `node --input-type=module -e`): import → Guard.create() → first prompt verdict →
// first output verdict, in ms, printed as one JSON line. With `warm`, also the time per
// screenPrompt once V8 has tiered up (ms per call, after 1000 calls). `entry`: what to
// import (the package by name, or a file URL of another build's src/node.js).

/** The first prompt and output a cold start screens. */
export const COLD_PROMPT = "where do I vote?";
export const COLD_OUTPUT = "Polling places open at 7am.";

export function coldProbe({ warm = false, entry = "edgeward" } = {}) {
  return `
const t0 = performance.now();
const { Guard } = await import(${JSON.stringify(entry)});
const t1 = performance.now();
const guard = await Guard.create();
const t2 = performance.now();
guard.screenPrompt(${JSON.stringify(COLD_PROMPT)}, { locale: "en-US" });
const t3 = performance.now();
guard.screenOutput(${JSON.stringify(COLD_OUTPUT)}, { locale: "en-US" });
const t4 = performance.now();
const out = { import: t1 - t0, create: t2 - t1, firstPrompt: t3 - t2, total: t3 - t0, firstOutput: t4 - t3 };
${warm ? `const warmText = "where do I vote in the November election?";
for (let i = 0; i < 1000; i++) guard.screenPrompt(warmText, { locale: "en-US" });
const w0 = performance.now();
for (let i = 0; i < 1000; i++) guard.screenPrompt(warmText, { locale: "en-US" });
out.warm = (performance.now() - w0) / 1000;` : ""}
console.log(JSON.stringify(out));
`;
}
