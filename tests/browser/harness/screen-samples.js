// Screens the shared samples (../samples.json) with a guard. The same function runs in
// Node and, bundled or through an import map, in Chromium; the tests compare the results.

/** One verdict per sample: prompts, outputs (`direction`) and conversations (`turns`). */
export function screenSamples(guard, samples) {
  return samples.map((s) => {
    const opts = s.locale ? { locale: s.locale } : undefined;
    if (s.turns) return guard.screenConversation(s.turns, opts);
    return s.direction === "output" ? guard.screenOutput(s.text, opts) : guard.screenPrompt(s.text, opts);
  });
}
