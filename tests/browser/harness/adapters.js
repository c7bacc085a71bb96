// edgeward/fetch in the page, against a fake OpenAI-compatible upstream (a function
// standing in for fetch): Chromium's own Response, streams, TextDecoder and crypto.
import { Guard, init } from "edgeward";
import { screenedFetch } from "edgeward/fetch";

const enc = new TextEncoder();

/** An upstream that streams `text` as chat-completion chunks of `size` characters. */
function sseUpstream(text, size, calls) {
  return async (url, req) => {
    calls.push(JSON.parse(req.body));
    const ev = (delta, fr = null) => `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: fr }] })}\n\n`;
    const parts = [ev({ role: "assistant", content: "" })];
    for (let i = 0; i < text.length; i += size) parts.push(ev({ content: text.slice(i, i + size) }));
    parts.push(ev({}, "stop"), "data: [DONE]\n\n");
    let i = 0;
    const body = new ReadableStream({ pull: (c) => (i < parts.length ? c.enqueue(enc.encode(parts[i++])) : c.close()) });
    return new Response(body, { headers: { "content-type": "text/event-stream" } });
  };
}

/** The streamed answer's text, finish reasons and the edgeward event. */
async function readSse(res) {
  const events = (await res.text()).split("\n\n").filter(Boolean).map((e) => e.replace(/^data: /, "")).map((d) => (d === "[DONE]" ? d : JSON.parse(d)));
  const chunks = events.filter((e) => e.choices);
  return {
    content: chunks.map((c) => c.choices[0].delta.content ?? "").join(""),
    finish: chunks.map((c) => c.choices[0].finish_reason).filter(Boolean),
    edgeward: events.find((e) => e.edgeward)?.edgeward ?? null,
    done: events.at(-1) === "[DONE]",
  };
}

window.runAdapters = async ({ answer, prompts }) => {
  await init(new URL("./edgeward_bg.wasm", import.meta.url));
  const guard = new Guard();
  const out = [];
  for (const { text, locale } of prompts) {
    const calls = [];
    const events = [];
    const chatFetch = screenedFetch(guard, { fetch: sseUpstream(answer, 7, calls), locale, onEvent: (e) => events.push({ type: e.type, direction: e.direction, message: e.message ?? null }) });
    const res = await chatFetch("https://llm.example/v1/chat/completions", {
      method: "POST",
      body: JSON.stringify({ model: "m", stream: true, messages: [{ role: "user", content: text }] }),
    });
    out.push({ upstreamCalls: calls.length, forwarded: calls[0]?.messages ?? null, events, ...(await readSse(res)) });
  }
  return out;
};
window.harnessReady = true;
