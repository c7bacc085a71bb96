// `edgeward/fetch`: a `fetch` that screens calls to an OpenAI-compatible
// `/chat/completions` endpoint, for chat frontends.
//
//   const chatFetch = screenedFetch(guard, { locale: "en-US", onEvent: render });
//   const res = await chatFetch(url, { method: "POST", body: JSON.stringify({ model, messages, stream: true }) });
//
// Before the request, the conversation is screened as a whole. When the verdict does not
// forward (refuse, block, support that answers locally), the model is never called: the
// response is a local chat completion (JSON or SSE, as requested) carrying the policy's
// message. Steering (steer, support) is added as a system message. After the request, a
// JSON answer is screened choice by choice; an SSE answer is screened as it streams
// (edgeward/sse, through the core stream screener `guard.outputStream()`) and cut when
// it turns harmful. Every response carries `edgeward` (a JSON field, or an SSE event
// before `[DONE]`), and `onEvent` gets what a UI renders: banners, support resources,
// refusals, cuts, and each verdict.

import { screenChatStream } from "./sse.js";
import { toTurns, localAnswer, localMessage, summary, screenChoices } from "./openai.js";
import { verdictEvents, safeEmitter } from "./events.js";

/** Reads the JSON body of a fetch call, or null when it is not a chat-completions request. */
async function chatBody(input, init) {
  const method = (init?.method ?? (typeof Request !== "undefined" && input instanceof Request ? input.method : "GET")).toUpperCase();
  if (method !== "POST") return null;
  let raw = init?.body;
  if (raw === undefined && typeof Request !== "undefined" && input instanceof Request) raw = await input.clone().text();
  if (raw instanceof Uint8Array || raw instanceof ArrayBuffer) raw = new TextDecoder().decode(raw);
  if (typeof raw !== "string") return null;
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!body || typeof body !== "object" || !Array.isArray(body.messages) || body.messages.length === 0) return null;
  return body;
}

/** The upstream's headers, less those that described its original body. */
function freshHeaders(res) {
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  return headers;
}

/**
 * Wraps `fetch` so chat-completions calls are screened by `guard` (an edgeward `Guard`).
 *
 * @param {import("./index.d.ts").Guard} guard
 * @param {object} [options]
 * @param {typeof fetch} [options.fetch] the fetch to wrap (default `globalThis.fetch`)
 * @param {string} [options.locale] the user's locale (picks crisis resources)
 * @param {(event: object) => void} [options.onEvent] gets UI events (see ./events.js)
 * @param {(url: string, body: object) => boolean} [options.match] which POSTs to screen
 *   (default: every JSON body with a non-empty `messages` array)
 * @param {number} [options.maxUnscreened] not used: streams are screened by the core
 *   stream screener (`guard.outputStream()`), which decides what to hold back itself;
 *   accepted for compatibility
 */
export function screenedFetch(guard, options = {}) {
  if (!guard || typeof guard.screenConversation !== "function" || typeof guard.screenOutput !== "function" || typeof guard.outputStream !== "function") {
    throw new TypeError("screenedFetch: the first argument must be an edgeward Guard");
  }
  const baseFetch = options.fetch ?? globalThis.fetch;
  if (typeof baseFetch !== "function") throw new TypeError("screenedFetch: no fetch to wrap; pass options.fetch");
  const emit = safeEmitter(options.onEvent);
  const screenOpts = options.locale ? { locale: options.locale } : undefined;

  return async function edgewardFetch(input, init) {
    const body = await chatBody(input, init);
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input?.url ?? "";
    if (!body || (options.match && !options.match(url, body))) return baseFetch(input, init);

    const prompt = guard.screenConversation(toTurns(body.messages), screenOpts);
    verdictEvents("prompt", prompt, emit);
    if (!prompt.forward) return localAnswer(body, localMessage(prompt), summary(prompt, null));

    const forwarded = prompt.steer ? { ...body, messages: [{ role: "system", content: prompt.steer }, ...body.messages] } : body;
    const res = await baseFetch(input, { ...init, method: "POST", body: JSON.stringify(forwarded) });
    if (!res.ok) return res;

    const type = res.headers.get("content-type") ?? "";
    const screen = (text) => guard.screenOutput(text, screenOpts);
    if (type.includes("text/event-stream") && res.body) {
      const stream = res.body.pipeThrough(screenChatStream({
        outputStream: () => guard.outputStream(screenOpts),
        edgeward: (output, { cut }) => {
          if (output) {
            if (cut) emit({ type: "cut", direction: "output", message: output.message, verdict: output });
            verdictEvents("output", output, (e) => (cut && (e.type === "refusal" || e.type === "block") ? null : emit(e)));
          }
          return { ...summary(prompt, output), cut };
        },
      }));
      return new Response(stream, { status: res.status, statusText: res.statusText, headers: freshHeaders(res) });
    }
    if (!type.includes("json")) return res;
    const data = await res.json();
    const output = Array.isArray(data?.choices) ? screenChoices(data.choices, screen) : null;
    if (output) verdictEvents("output", output, emit);
    data.edgeward = summary(prompt, output);
    return new Response(JSON.stringify(data), { status: res.status, statusText: res.statusText, headers: freshHeaders(res) });
  };
}
