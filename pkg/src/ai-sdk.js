// `edgeward/ai-sdk`: a Vercel AI SDK language-model middleware (AI SDK 6, spec "v3").
//
//   import { wrapLanguageModel, streamText } from "ai";
//   import { edgewardMiddleware } from "edgeward/ai-sdk";
//   const model = wrapLanguageModel({ model: openai("gpt-4o-mini"), middleware: edgewardMiddleware(guard, { onEvent }) });
//
// transformParams screens the prompt (the conversation as a whole, at its last turn) and
// adds the policy's steering as a system message. When the verdict does not forward
// (refuse, block, support that answers locally) wrapGenerate / wrapStream answer with the
// policy's message and never call the model. Answers are screened too: generated text as a
// whole, streamed text delta by delta through the core's stream screener
// (`guard.outputStream()`), cut with the policy's replacement when it turns harmful
// (finish reason "content-filter"). The verdicts ride on the result's
// `providerMetadata.edgeward`; `onEvent` gets the UI events of ./events.js.

import { localMessage, summary } from "./openai.js";
import { verdictEvents, safeEmitter, stronger } from "./events.js";

const FILTERED = Object.freeze({ unified: "content-filter", raw: "edgeward" });

function zeroUsage() {
  return {
    inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: 0, text: 0, reasoning: 0 },
  };
}

/** AI SDK prompt messages → edgeward turns (text parts only; tool messages skipped). */
export function promptTurns(prompt) {
  const turns = [];
  for (const m of prompt ?? []) {
    if (!m || m.role === "tool") continue;
    const content = typeof m.content === "string"
      ? m.content
      : (Array.isArray(m.content) ? m.content : [])
        .filter((p) => p && p.type === "text" && typeof p.text === "string")
        .map((p) => p.text)
        .join("\n");
    turns.push({ role: m.role === "system" ? "system" : m.role === "user" ? "user" : "assistant", content });
  }
  return turns;
}

/** A stream that answers locally, in the model's stream-part protocol. */
function localStream(text, edgeward) {
  const id = "edgeward";
  const parts = [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id },
    { type: "text-delta", id, delta: text },
    { type: "text-end", id },
    { type: "finish", finishReason: FILTERED, usage: zeroUsage(), providerMetadata: { edgeward } },
  ];
  return new ReadableStream({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  });
}

/**
 * The middleware. `guard` is an edgeward `Guard`.
 * @param {object} [options]
 * @param {string} [options.locale] the user's locale (picks crisis resources)
 * @param {(event: object) => void} [options.onEvent] gets UI events (see ./events.js)
 */
export function edgewardMiddleware(guard, options = {}) {
  if (!guard || typeof guard.screenConversation !== "function" || typeof guard.outputStream !== "function") {
    throw new TypeError("edgewardMiddleware: the first argument must be an edgeward Guard");
  }
  const emit = safeEmitter(options.onEvent);
  const screenOpts = options.locale ? { locale: options.locale } : undefined;
  // transformed params → their prompt verdict (the SDK hands the same object to wrap*)
  const verdicts = new WeakMap();

  function screenPrompt(params) {
    const turns = promptTurns(params.prompt);
    if (!turns.some((t) => t.role !== "system")) return null;
    const verdict = guard.screenConversation(turns, screenOpts);
    verdictEvents("prompt", verdict, emit);
    return verdict;
  }

  function promptVerdict(params) {
    return verdicts.has(params) ? verdicts.get(params) : screenPrompt(params);
  }

  /** Frees a stream screener (`end()` for stand-ins without `free`). */
  function dispose(s) {
    if (typeof s.free === "function") s.free();
    else s.end();
  }

  /** Screens a model's stream parts; text blocks each get a core stream screener. */
  function screenParts(prompt) {
    const open = new Map(); // text id → outputStream
    let output = null;
    let done = false;

    function endAll(controller) {
      for (const [id, s] of open) {
        open.delete(id);
        const end = s.end();
        output = stronger(output, end.verdict);
        if (end.stopped) return cut(controller, id, end.verdict, output.message ?? "");
        if (end.release) controller.enqueue({ type: "text-delta", id, delta: end.release });
      }
      return true;
    }

    /** Releases every open screener's wasm memory without a final screening. */
    function freeAll() {
      for (const [, s] of open) dispose(s);
      open.clear();
    }

    function cut(controller, id, verdict, replacement) {
      done = true;
      freeAll();
      output = stronger(output, verdict);
      controller.enqueue({ type: "text-delta", id, delta: replacement });
      controller.enqueue({ type: "text-end", id });
      emit({ type: "cut", direction: "output", message: replacement, verdict });
      verdictEvents("output", verdict, (e) => (e.type === "refusal" || e.type === "block" ? null : emit(e)));
      controller.enqueue({ type: "finish", finishReason: FILTERED, usage: zeroUsage(), providerMetadata: { edgeward: { ...summary(prompt, output), cut: true } } });
      controller.terminate(); // cancels the model's stream
      return false;
    }

    return new TransformStream({
      transform(part, controller) {
        if (done) return;
        switch (part.type) {
          case "text-start":
            open.set(part.id, guard.outputStream(screenOpts));
            controller.enqueue(part);
            return;
          case "text-delta": {
            if (!open.has(part.id)) open.set(part.id, guard.outputStream(screenOpts));
            for (const ev of open.get(part.id).write(part.delta)) {
              if (ev.type === "stopped") {
                dispose(open.get(part.id));
                open.delete(part.id);
                cut(controller, part.id, ev.verdict, ev.replacement);
                return;
              }
              if (ev.text) controller.enqueue({ ...part, delta: ev.text });
            }
            return;
          }
          case "text-end": {
            const s = open.get(part.id);
            if (s) {
              open.delete(part.id);
              const end = s.end();
              output = stronger(output, end.verdict);
              if (end.stopped) return void cut(controller, part.id, end.verdict, end.verdict.message ?? "");
              if (end.release) controller.enqueue({ type: "text-delta", id: part.id, delta: end.release });
            }
            controller.enqueue(part);
            return;
          }
          case "finish": {
            if (!endAll(controller)) return;
            if (output) verdictEvents("output", output, emit);
            const edgeward = { ...summary(prompt, output), cut: false };
            controller.enqueue({ ...part, providerMetadata: { ...part.providerMetadata, edgeward } });
            return;
          }
          default:
            controller.enqueue(part);
        }
      },
      flush(controller) {
        if (!done) endAll(controller);
      },
      cancel() {
        done = true;
        freeAll();
      },
    });
  }

  return {
    specificationVersion: "v3",

    async transformParams({ params }) {
      const verdict = screenPrompt(params);
      if (!verdict) return params;
      const out = verdict.forward && verdict.steer
        ? { ...params, prompt: [{ role: "system", content: verdict.steer }, ...params.prompt] }
        : { ...params };
      verdicts.set(out, verdict);
      return out;
    },

    async wrapGenerate({ doGenerate, params }) {
      const prompt = promptVerdict(params);
      if (prompt && !prompt.forward) {
        return {
          content: [{ type: "text", text: localMessage(prompt) }],
          finishReason: FILTERED,
          usage: zeroUsage(),
          providerMetadata: { edgeward: summary(prompt, null) },
          warnings: [],
        };
      }
      const result = await doGenerate();
      const text = result.content.filter((p) => p.type === "text").map((p) => p.text).join("");
      let output = null;
      if (text) {
        output = guard.screenOutput(text, screenOpts);
        verdictEvents("output", output, emit);
      }
      const edgeward = summary(prompt, output);
      if (output && !output.forward) {
        return { ...result, content: [{ type: "text", text: output.message ?? "" }], finishReason: FILTERED, providerMetadata: { ...result.providerMetadata, edgeward } };
      }
      return { ...result, providerMetadata: { ...result.providerMetadata, edgeward } };
    },

    async wrapStream({ doStream, params }) {
      const prompt = promptVerdict(params);
      if (prompt && !prompt.forward) {
        return { stream: localStream(localMessage(prompt), summary(prompt, null)) };
      }
      const result = await doStream();
      return { ...result, stream: result.stream.pipeThrough(screenParts(prompt)) };
    },
  };
}
