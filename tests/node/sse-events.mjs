// Reading an OpenAI-style SSE answer in the tests (edgeward/fetch, edgeward/sse).

/** The events of an SSE answer (`"[DONE]"` or parsed JSON), its content, finish reasons and `edgeward`. */
export function parseSse(text) {
  const events = text.split("\n\n").filter(Boolean).map((e) => e.replace(/^data: /, "")).map((d) => (d === "[DONE]" ? d : JSON.parse(d)));
  const chunks = events.filter((e) => e.choices);
  return {
    events,
    content: chunks.map((c) => c.choices[0].delta.content ?? "").join(""),
    finish: chunks.map((c) => c.choices[0].finish_reason).filter(Boolean),
    edgeward: events.find((e) => e.edgeward)?.edgeward,
  };
}
