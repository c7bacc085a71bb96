// Output screening for OpenAI-style chat-completion streams (Server-Sent Events).
// Shared by the Cloudflare Worker (edge/cloudflare) and the browser `fetch` wrapper
// (./fetch.js); exported as `edgeward/sse`.
//
// `screenChatStream(options)` returns a TransformStream (bytes in, bytes out) that sits
// between an upstream `text/event-stream` body and the client:
//
//   upstream.body.pipeThrough(screenChatStream({ outputStream: () => guard.outputStream({ locale }) }))
//
// It parses `data:` events and writes each `choices[0].delta.content` once to a stream
// screener: the core's (`guard.outputStream()`, linear cost, bounded memory, the same
// final verdict whatever the chunking), created on the first delta. Deltas are held back
// until the screener releases the text they carry: the client never sees characters
// past what was released, and the screener's held-back tail is released when the
// upstream ends and the final verdict forwards. When the screener stops the output, the
// stream is cut there: one final chunk carries the policy's message (finish_reason
// "content_filter"), then a `data: {"edgeward": …}` event and `data: [DONE]`, and the
// upstream is cancelled. A stream that ends normally gets the same `edgeward` event
// (the verdict on the whole answer) before `[DONE]`. An upstream that turns out
// malformed or stalls ends the answer there: the held-back rest is screened to the end
// and delivered if the verdict allows, then an error event and `[DONE]` (as the Fastly
// service does). The screener is freed on every path (end, cut, failure, cancel).
//
// The transform itself uses only web streams (no wasm, no runtime-specific API), so it
// runs in browsers, Node and every edge runtime. Instead of `outputStream` it also takes
// a plain `screen(text)` function (any screener): then it re-screens the answer so far at
// every sentence end (or every `maxUnscreened` characters), which costs time quadratic
// in the answer's length; the Worker and `edgeward/fetch` use `outputStream`.

const encoder = new TextEncoder();

/** One SSE event line (`data: …`) with its blank-line terminator, as bytes. */
export function sseData(payload) {
  const text = typeof payload === "string" ? payload : JSON.stringify(payload);
  return encoder.encode(`data: ${text}\n\n`);
}

/** `data: [DONE]` */
export const SSE_DONE = "[DONE]";

/** An error raised when the upstream stream cannot be parsed. */
export class StreamFormatError extends Error {
  constructor(message, code = "bad_upstream_stream") {
    super(message);
    this.name = "StreamFormatError";
    this.code = code;
  }
}

// The end of the last complete sentence in `text` at or after `from` (an index just past
// the terminator and its following whitespace), or -1.
const BOUNDARY = /[.!?\u3002\uff01\uff1f]+["')\]]*\s+|\n+/g;
function lastBoundary(text, from) {
  BOUNDARY.lastIndex = from;
  let end = -1;
  let m;
  while ((m = BOUNDARY.exec(text)) !== null) end = m.index + m[0].length;
  return end;
}

/**
 * A stream screener (the shape of `guard.outputStream()`) over a plain `screen(text)`
 * function: it re-screens the text so far at sentence ends (or every `maxUnscreened`
 * characters) and releases up to the last boundary that passed. Boundaries are chosen the
 * same way whatever the chunking, except where `maxUnscreened` forces a check in the
 * middle of a long sentence. Quadratic in the text's length; for any-function screening.
 */
function prefixScreener(screen, maxUnscreened) {
  let text = "";
  let screened = 0; // characters of `text` that passed the last check
  let last = null; // the last verdict
  let stopped = false;

  // Screens text[0, upTo); adds a release or a stop to `events`. False after a stop.
  function check(upTo, events) {
    if (upTo <= screened) return true;
    const verdict = screen(text.slice(0, upTo));
    last = verdict;
    if (!verdict.forward) {
      stopped = true;
      events.push({ type: "stopped", verdict, replacement: verdict.message ?? "" });
      return false;
    }
    events.push({ type: "release", text: text.slice(screened, upTo) });
    screened = upTo;
    return true;
  }

  return {
    write(chunk) {
      const events = [];
      if (stopped) return events;
      const start = text.length;
      text += chunk;
      const b = lastBoundary(text, Math.max(screened, start - 8));
      if (b > screened && !check(b, events)) return events;
      if (text.length - screened >= maxUnscreened) check(text.length, events);
      return events;
    },
    end() {
      const events = [];
      if (!stopped && check(text.length, events)) {
        if (last === null) last = screen(text); // an empty answer
        if (last.forward) return { release: events[0]?.text ?? "", verdict: last, stopped: false };
      }
      return { release: "", verdict: last, stopped: true };
    },
    free() {},
  };
}

/**
 * @param {object} options
 * @param {() => {write: (chunk: string) => object[], end: () => {release: string, verdict: object, stopped: boolean}, free?: () => void}} [options.outputStream]
 *   makes the stream screener for this answer, e.g. `() => guard.outputStream({ locale })`
 *   (called once, at the first delta or at the end of an empty answer)
 * @param {(text: string) => {forward: boolean, message?: string|null}} [options.screen]
 *   instead of `outputStream`: screens the accumulated answer (e.g. `guard.screenOutput`)
 * @param {(verdict: object|null, info: {cut: boolean}) => object} [options.edgeward]
 *   builds the payload of the final `{"edgeward": …}` event from the output verdict
 * @param {number} [options.maxUnscreened=200] with `screen`: screen at least this often
 *   (characters); not used with `outputStream`
 * @param {(error: Error) => object} [options.onError] payload of the error event sent
 *   when the upstream stream is malformed or stalls (default: an OpenAI-style error object)
 * @param {number} [options.idleTimeoutMs] end the stream with an error event (code
 *   `upstream_timeout`) and cancel the upstream when no bytes arrive for this long
 */
export function screenChatStream(options) {
  let makeScreener;
  if (typeof options?.outputStream === "function") {
    makeScreener = options.outputStream;
  } else if (typeof options?.screen === "function") {
    const screen = options.screen;
    const maxUnscreened = options.maxUnscreened ?? 200;
    makeScreener = () => prefixScreener(screen, maxUnscreened);
  } else {
    throw new TypeError("screenChatStream: options.outputStream (e.g. () => guard.outputStream()) or options.screen must be a function");
  }
  const edgewardPayload = options.edgeward ?? ((verdict, info) => ({ output: verdict, cut: info.cut }));
  const onError = options.onError ?? ((e) => ({
    error: {
      message: e.code === "upstream_timeout" ? `edgeward: ${e.message}` : `edgeward: malformed upstream stream: ${e.message}`,
      type: "upstream_error",
      code: e.code ?? "bad_upstream_stream",
    },
  }));
  const idleMs = options.idleTimeoutMs ?? 0;
  let idle = null;
  function armIdle(controller) {
    if (!idleMs) return;
    clearTimeout(idle);
    idle = setTimeout(() => fail(controller, new StreamFormatError(`no data from the upstream for ${idleMs} ms`, "upstream_timeout")), idleMs);
  }

  const decoder = new TextDecoder();
  let lineBuf = "";
  let dataLines = []; // data: lines of the event being read
  let screener = null; // made at the first delta; null again once freed
  let freed = false;
  let carry = ""; // a high surrogate at the end of a delta, written with the next one
  let written = 0; // characters of the answer received (the screener has all but `carry`)
  let releasable = 0; // characters of the answer the screener has released
  let released = 0; // characters of the answer the client has
  let queue = []; // { chunk, start, end } or { chunk, start: null, at } for non-content chunks
  let meta = null; // id/model/created of the upstream chunks, for chunks we make
  let finished = false;

  const enqueue = (controller, bytes) => controller.enqueue(bytes);

  function screenerNow() {
    if (!screener && !freed) screener = makeScreener();
    return screener;
  }

  // Frees the screener's (wasm) memory; idempotent. After `end()` it only drops it.
  function dispose() {
    freed = true;
    const s = screener;
    screener = null;
    if (s && typeof s.free === "function") {
      try {
        s.free();
      } catch {
        // a screener that failed mid-write may not free cleanly; nothing more to release
      }
    }
  }

  function releaseUpTo(controller, limit) {
    while (queue.length) {
      const item = queue[0];
      if (item.start === null) {
        if (released < item.at) break; // a role/finish chunk waits for the text before it
        enqueue(controller, sseData(item.chunk));
        queue.shift();
        continue;
      }
      if (item.end <= limit) {
        enqueue(controller, sseData(item.chunk));
        released = item.end;
        queue.shift();
        continue;
      }
      if (item.start < limit) {
        // split a chunk that straddles the boundary
        const cut = limit - item.start;
        const content = item.chunk.choices[0].delta.content;
        const head = structuredClone(item.chunk);
        head.choices[0].delta.content = content.slice(0, cut);
        head.choices[0].finish_reason = null;
        item.chunk.choices[0].delta.content = content.slice(cut);
        delete item.chunk.choices[0].delta.role;
        item.start = limit;
        enqueue(controller, sseData(head));
        released = limit;
      }
      break;
    }
  }

  function finish(controller, verdict, cut) {
    if (finished) return;
    finished = true;
    clearTimeout(idle);
    dispose();
    queue = [];
    enqueue(controller, sseData({ edgeward: edgewardPayload(verdict, { cut }) }));
    enqueue(controller, sseData(SSE_DONE));
    controller.terminate(); // closes the client side and cancels the upstream body
  }

  function cutWith(controller, verdict, message) {
    dispose();
    const m = meta ?? {};
    enqueue(controller, sseData({
      id: m.id ?? "edgeward-cut",
      object: "chat.completion.chunk",
      created: m.created ?? Math.floor(Date.now() / 1000),
      model: m.model ?? "edgeward",
      choices: [{
        index: 0,
        delta: { content: (released > 0 ? "\n\n" : "") + (message ?? "") },
        finish_reason: "content_filter",
      }],
    }));
    finish(controller, verdict, true);
  }

  // Handles what the screener returned for a write: releases, or cuts (returns false).
  function apply(controller, events) {
    for (const ev of events) {
      if (ev.type === "release") {
        releasable = Math.min(written, releasable + ev.text.length);
      } else if (ev.type === "stopped") {
        releaseUpTo(controller, releasable);
        cutWith(controller, ev.verdict, ev.replacement ?? ev.verdict?.message);
        return false;
      }
    }
    releaseUpTo(controller, releasable);
    return true;
  }

  function onChunk(controller, chunk) {
    if (chunk && typeof chunk === "object" && "edgeward" in chunk) return; // never trust an upstream's verdict
    if (!meta && chunk && typeof chunk === "object") {
      meta = { id: chunk.id, created: chunk.created, model: chunk.model };
    }
    const delta = chunk?.choices?.[0]?.delta;
    const content = typeof delta?.content === "string" ? delta.content : "";
    if (!content) {
      queue.push({ chunk, start: null, at: written });
      if (queue.length === 1) releaseUpTo(controller, releasable);
      return;
    }
    const start = written;
    written += content.length;
    queue.push({ chunk, start, end: written });
    // A surrogate pair split between two deltas is written whole, with the next delta.
    let text = carry + content;
    carry = "";
    const lastUnit = text.charCodeAt(text.length - 1);
    if (lastUnit >= 0xd800 && lastUnit <= 0xdbff) {
      carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text) apply(controller, screenerNow().write(text));
  }

  function onEvent(controller) {
    if (!dataLines.length) return;
    const data = dataLines.join("\n");
    dataLines = [];
    if (data.trim() === SSE_DONE) {
      endOfAnswer(controller);
      return;
    }
    let chunk;
    try {
      chunk = JSON.parse(data);
    } catch {
      throw new StreamFormatError(`an event is not JSON: ${JSON.stringify(data.slice(0, 80))}`);
    }
    if (chunk && typeof chunk === "object" && chunk.error) {
      throw new StreamFormatError(`the upstream sent an error: ${chunk.error.message ?? JSON.stringify(chunk.error)}`);
    }
    onChunk(controller, chunk);
  }

  function endOfAnswer(controller) {
    if (finished) return;
    const s = screenerNow();
    if (carry) {
      const text = carry;
      carry = "";
      if (!apply(controller, s.write(text))) return;
    }
    const end = s.end();
    if (end.stopped || !end.verdict?.forward) return cutWith(controller, end.verdict, end.verdict?.message);
    released = written;
    releaseUpTo(controller, Infinity);
    finish(controller, end.verdict, false);
  }

  function onLine(controller, line) {
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line === "") return onEvent(controller);
    if (line.startsWith(":")) return; // comment / keep-alive
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") dataLines.push(value);
    // event:, id:, retry: are not used by chat completions
  }

  // The upstream failed (malformed, stalled): what it sent is the whole answer now, so the
  // screener's held-back rest is screened to the end and delivered if the verdict allows.
  function settle(controller) {
    const s = screener;
    if (!s) return;
    try {
      let stopped = false;
      for (const ev of carry ? s.write(carry) : []) {
        if (ev.type === "stopped") {
          stopped = true;
          break;
        }
        if (ev.type === "release") releasable = Math.min(written, releasable + ev.text.length);
      }
      carry = "";
      if (!stopped) {
        const end = s.end();
        if (!end.stopped && end.verdict?.forward) releasable = written;
      }
    } catch {
      // the error event follows; only what was released before goes out
    }
    releaseUpTo(controller, releasable);
  }

  function fail(controller, e) {
    if (finished) return;
    finished = true;
    clearTimeout(idle);
    if (e instanceof StreamFormatError) settle(controller);
    dispose();
    enqueue(controller, sseData(onError(e)));
    enqueue(controller, sseData(SSE_DONE));
    controller.terminate();
  }

  return new TransformStream({
    start(controller) {
      armIdle(controller);
    },
    transform(bytes, controller) {
      if (finished) return;
      armIdle(controller);
      lineBuf += decoder.decode(bytes, { stream: true });
      let nl;
      try {
        while (!finished && (nl = lineBuf.indexOf("\n")) >= 0) {
          const line = lineBuf.slice(0, nl);
          lineBuf = lineBuf.slice(nl + 1);
          onLine(controller, line);
        }
      } catch (e) {
        fail(controller, e);
      }
    },
    flush(controller) {
      clearTimeout(idle);
      if (finished) return;
      try {
        lineBuf += decoder.decode();
        if (lineBuf) onLine(controller, lineBuf);
        onEvent(controller);
        // An upstream that ends without [DONE] still gets a screened, terminated answer.
        endOfAnswer(controller);
      } catch (e) {
        fail(controller, e);
      }
    },
    // The client went away, or the upstream body failed: nothing more is sent.
    cancel() {
      finished = true;
      clearTimeout(idle);
      dispose();
    },
  });
}
