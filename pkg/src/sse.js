// Output screening for OpenAI-style chat-completion streams (Server-Sent Events).
// Shared by the Cloudflare Worker (edge/cloudflare) and the browser `fetch` wrapper
// (./fetch.js); exported as `edgeward/sse`.
//
// `screenChatStream(options)` returns a TransformStream (bytes in, bytes out) that sits
// between an upstream `text/event-stream` body and the client:
//
//   upstream.body.pipeThrough(screenChatStream({ screen: (text) => guard.screenOutput(text) }))
//
// It parses `data:` events, accumulates `choices[0].delta.content`, and re-screens the
// accumulated answer whenever a sentence ends (or every `maxUnscreened` characters).
// Deltas are held back until the text they carry has been screened: the client never
// sees characters past the last screened boundary. When a verdict stops forwarding, the
// stream is cut there: one final chunk carries the policy's message (finish_reason
// "content_filter"), then a `data: {"edgeward": …}` event and `data: [DONE]`, and the
// upstream is cancelled. A stream that ends normally gets the same `edgeward` event
// before `[DONE]`.
//
// It uses only web streams (no wasm, no runtime-specific API), so it runs in browsers,
// Node and every edge runtime, and takes any `screen` function.
//
// Note: this is a JS-level approximation of the core's Rust stream screener
// (`guard.outputStream()`, which has exact chunking invariance and linear cost). Each
// check screens the whole prefix so far, so work grows quadratically with the answer's
// length; boundaries are chosen the same way whatever the chunking, so the released text
// does not depend on it except where `maxUnscreened` forces a check in the middle of a
// long sentence.

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
 * @param {object} options
 * @param {(text: string) => {forward: boolean, message?: string|null}} options.screen
 *   screens the accumulated answer (e.g. `guard.screenOutput`)
 * @param {(verdict: object|null, info: {cut: boolean}) => object} [options.edgeward]
 *   builds the payload of the final `{"edgeward": …}` event from the last output verdict
 * @param {number} [options.maxUnscreened=200] screen at least this often (characters)
 * @param {(error: Error) => object} [options.onError] payload of the error event sent
 *   when the upstream stream is malformed or stalls (default: an OpenAI-style error object)
 * @param {number} [options.idleTimeoutMs] end the stream with an error event (code
 *   `upstream_timeout`) and cancel the upstream when no bytes arrive for this long
 */
export function screenChatStream(options) {
  const screen = options.screen;
  const edgewardPayload = options.edgeward ?? ((verdict, info) => ({ output: verdict, cut: info.cut }));
  const maxUnscreened = options.maxUnscreened ?? 200;
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
  let text = ""; // the whole answer so far
  let released = 0; // characters of `text` the client has
  let screened = 0; // characters of `text` that passed the last check
  let queue = []; // { chunk, start, end } or { chunk, start: null } for non-content chunks
  let meta = null; // id/model/created of the upstream chunks, for chunks we make
  let lastVerdict = null;
  let finished = false;

  const enqueue = (controller, bytes) => controller.enqueue(bytes);

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
    queue = [];
    enqueue(controller, sseData({ edgeward: edgewardPayload(verdict, { cut }) }));
    enqueue(controller, sseData(SSE_DONE));
    controller.terminate(); // closes the client side and cancels the upstream body
  }

  function cutWith(controller, verdict) {
    const m = meta ?? {};
    enqueue(controller, sseData({
      id: m.id ?? "edgeward-cut",
      object: "chat.completion.chunk",
      created: m.created ?? Math.floor(Date.now() / 1000),
      model: m.model ?? "edgeward",
      choices: [{
        index: 0,
        delta: { content: (released > 0 ? "\n\n" : "") + (verdict.message ?? "") },
        finish_reason: "content_filter",
      }],
    }));
    finish(controller, verdict, true);
  }

  // Screens text[0, upTo) and releases it, or cuts. Returns false after a cut.
  function check(controller, upTo) {
    if (upTo <= screened) return true;
    const verdict = screen(text.slice(0, upTo));
    lastVerdict = verdict;
    if (!verdict.forward) {
      cutWith(controller, verdict);
      return false;
    }
    screened = upTo;
    releaseUpTo(controller, screened);
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
      queue.push({ chunk, start: null, at: text.length });
      if (queue.length === 1) releaseUpTo(controller, screened);
      return;
    }
    const start = text.length;
    text += content;
    queue.push({ chunk, start, end: text.length });
    const b = lastBoundary(text, Math.max(screened, start - 8));
    if (b > screened) {
      if (!check(controller, b)) return;
    }
    if (text.length - screened >= maxUnscreened) check(controller, text.length);
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
    if (!check(controller, text.length)) return;
    if (lastVerdict === null) lastVerdict = screen(text);
    if (!lastVerdict.forward) return cutWith(controller, lastVerdict);
    released = text.length;
    releaseUpTo(controller, Infinity);
    finish(controller, lastVerdict, false);
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

  function fail(controller, e) {
    if (finished) return;
    finished = true;
    clearTimeout(idle);
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
  });
}
