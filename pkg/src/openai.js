// OpenAI chat-completions helpers shared by the Cloudflare Worker (edge/cloudflare) and
// the browser `fetch` wrapper (./fetch.js); exported as `edgeward/openai`. No wasm and
// no runtime-specific API: only `Response`, `Blob` and `crypto.randomUUID`.

import { sseData, SSE_DONE } from "./sse.js";

export const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };
export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache",
};

/** The text of an OpenAI message `content` (a string or an array of parts). */
export function contentText(content) {
  if (typeof content === "string") return content;
  if (content == null) return "";
  if (Array.isArray(content)) {
    return content
      .map((p) => (typeof p === "string" ? p : p && typeof p.text === "string" ? p.text : ""))
      .filter(Boolean)
      .join("\n");
  }
  return "";
}

/** OpenAI messages → edgeward turns (roles user/assistant/system). */
export function toTurns(messages) {
  return messages.map((m) => ({
    role: m.role === "system" || m.role === "developer" ? "system" : m.role === "user" ? "user" : "assistant",
    content: contentText(m.content),
  }));
}

function resourceLines(resources) {
  return (resources ?? [])
    .map((r) => `- ${r.name}${r.phone ? `: ${r.phone}` : ""}${r.url ? ` (${r.url})` : ""}`)
    .join("\n");
}

/** The text answered locally for a prompt verdict that does not forward. */
export function localMessage(verdict) {
  const msg = verdict.message ?? "I can't help with that request.";
  const res = resourceLines(verdict.resources);
  return res ? `${msg}\n\n${res}` : msg;
}

function completionId() {
  return `chatcmpl-edgeward-${crypto.randomUUID().replaceAll("-", "").slice(0, 24)}`;
}

/**
 * A locally answered chat completion for request `body`: an SSE stream when
 * `body.stream === true`, JSON otherwise, with `edgeward` (the summary) attached.
 */
export function localAnswer(body, content, edgeward) {
  const id = completionId();
  const created = Math.floor(Date.now() / 1000);
  const model = typeof body.model === "string" ? body.model : "edgeward";
  if (body.stream === true) {
    const parts = [
      sseData({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta: { role: "assistant", content }, finish_reason: null }] }),
      sseData({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta: {}, finish_reason: "content_filter" }] }),
      sseData({ edgeward }),
      sseData(SSE_DONE),
    ];
    return new Response(new Blob(parts).stream(), { status: 200, headers: { ...SSE_HEADERS, "x-edgeward-action": edgeward.action } });
  }
  return new Response(
    JSON.stringify({
      id,
      object: "chat.completion",
      created,
      model,
      choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "content_filter" }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
      edgeward,
    }),
    { status: 200, headers: { ...JSON_HEADERS, "x-edgeward-action": edgeward.action } },
  );
}

const ORDER = ["allow", "banner", "steer", "support", "refuse", "block"];

/**
 * The `edgeward` summary of a prompt and an output verdict: the strongest action, every
 * banner and resource of either (once), both verdicts, and `extra` fields.
 */
export function summary(prompt, output, extra) {
  const banners = [...(prompt?.banners ?? [])];
  for (const b of output?.banners ?? []) if (!banners.some((x) => x.id === b.id)) banners.push(b);
  const resources = [...(prompt?.resources ?? [])];
  for (const r of output?.resources ?? []) if (!resources.some((x) => x.id === r.id)) resources.push(r);
  const action = [prompt?.action, output?.action].filter(Boolean).sort((a, b) => ORDER.indexOf(b) - ORDER.indexOf(a))[0] ?? "allow";
  return { action, banners, resources, prompt: prompt ?? null, output: output ?? null, ...extra };
}

/**
 * Screens every choice of a non-streamed completion with `screen(text)` (e.g.
 * `guard.screenOutput`); a choice that may not be delivered is replaced, in place, by the
 * verdict's message (`finish_reason: "content_filter"`). Returns the verdict to report:
 * the last that stops forwarding, else the first screened (null when no choice has text).
 */
export function screenChoices(choices, screen) {
  let output = null;
  for (const choice of choices) {
    const text = contentText(choice?.message?.content);
    if (!text) continue;
    const v = screen(text);
    if (!output || !v.forward) output = v;
    if (!v.forward) {
      choice.message.content = v.message ?? "";
      choice.finish_reason = "content_filter";
    }
  }
  return output;
}
