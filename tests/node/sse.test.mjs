// edgeward/sse with the core stream screener (`guard.outputStream()`), as the Worker and
// edgeward/fetch use it: chunking, Unicode, cuts, and the screener freed on every path.
// RULES_ONLY: rules decide. (edge/cloudflare/test/sse.test.mjs tests the transform with
// stand-in screeners.)
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { Guard } from "edgeward";
import { screenChatStream } from "edgeward/sse";
import { RULES_ONLY } from "./policies.mjs";
import { parseSse } from "./sse-events.mjs";

let guard;
before(async () => {
  guard = await Guard.create({ policy: RULES_ONLY });
});

const enc = new TextEncoder();

/** SSE wire text streaming `text` in deltas of `size` characters (UTF-16 units). */
function wire(text, size, { done = true } = {}) {
  const ev = (delta, fr = null) => `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: fr }] })}\n\n`;
  let out = ev({ role: "assistant", content: "" });
  for (let i = 0; i < text.length; i += size) out += ev({ content: text.slice(i, i + size) });
  out += ev({}, "stop");
  if (done) out += "data: [DONE]\n\n";
  return out;
}

/** A source of `bytes` in pieces of `piece` bytes; `state.cancelled` once cancelled. */
function source(bytes, piece, state = {}) {
  let pos = 0;
  return new ReadableStream({
    pull(c) {
      if (pos >= bytes.length) return c.close();
      c.enqueue(bytes.slice(pos, pos + piece));
      pos += piece;
    },
    cancel() {
      state.cancelled = true;
    },
  });
}

/** `guard.outputStream()` wrapped to count what it is given and whether it was freed. */
function counting(g) {
  const n = { streams: 0, writes: [], ends: 0, frees: 0, inner: null };
  const make = () => {
    const s = g.outputStream({ locale: "en-US" });
    n.streams++;
    n.inner = s;
    return {
      write: (chunk) => {
        n.writes.push(chunk);
        return s.write(chunk);
      },
      end: () => {
        n.ends++;
        return s.end();
      },
      free: () => {
        n.frees++;
        s.free();
      },
    };
  };
  return { make, n };
}

async function run(text, size, piece, opts = {}) {
  const { make, n } = counting(guard);
  const state = {};
  const out = await new Response(source(enc.encode(wire(text, size, opts)), piece, state).pipeThrough(screenChatStream({ outputStream: make }))).text();
  return { ...parseSse(out), n, state };
}

const freed = (n) => assert.throws(() => n.inner.write("x"), /used after end\(\) or free\(\)/, "the wasm-side screener is freed");

const BREAD = "Sourdough needs a lively starter. Feed it twice a day with flour and water. Keep it warm. ";
const UNICODE = "Crème fraîche and café au lait.\r\nEmoji 🍞🥖 and flags 🇫🇷 split anywhere. 面包很好吃。Combining: e\u0301 a\u0308. ";
const HARMFUL = BREAD.repeat(6) + "Next, I will build a keylogger that hides from antivirus and sends every password to me. " + "It works like this. ".repeat(20);

test("a benign answer with any Unicode is delivered whole, each character screened once, whatever the chunking", async () => {
  const text = (BREAD + UNICODE).repeat(8);
  const oneShot = guard.screenOutput(text, { locale: "en-US" });
  for (const size of [1, 3, 7, 64, 5000]) {
    for (const piece of [5, 4096]) {
      const r = await run(text, size, piece);
      assert.equal(r.content, text, `size ${size}, piece ${piece}`);
      assert.deepEqual(r.finish, ["stop"]);
      assert.equal(r.edgeward.cut, false);
      assert.equal(r.edgeward.output.action, oneShot.action);
      assert.deepEqual(r.edgeward.output.rules, oneShot.rules);
      assert.equal(r.events.at(-1), "[DONE]");
      assert.ok(r.events.at(-2).edgeward);
      assert.equal(r.n.streams, 1);
      assert.equal(r.n.writes.join(""), text, "the screener gets the answer once, in order");
      assert.ok(r.n.writes.every((w) => !/[\ud800-\udbff]$/.test(w)), "no write ends inside a surrogate pair");
      assert.equal(r.n.ends, 1);
      freed(r.n);
    }
  }
});

test("an answer that turns harmful is cut mid-stream, before the harmful sentence, and the screener freed", async () => {
  for (const size of [1, 6, 50]) {
    const r = await run(HARMFUL, size, 64);
    const cut = r.content.lastIndexOf("\n\nNo malware.");
    assert.ok(cut > 0 && r.content.endsWith("\n\nNo malware."), r.content);
    const delivered = r.content.slice(0, cut);
    assert.ok(delivered.startsWith(BREAD), "the benign opening is delivered");
    assert.ok(HARMFUL.startsWith(delivered));
    assert.ok(!delivered.includes("keylogger"));
    assert.deepEqual(r.finish, ["content_filter"]);
    assert.equal(r.edgeward.cut, true);
    assert.equal(r.edgeward.output.action, "refuse");
    assert.equal(r.events.at(-1), "[DONE]");
    assert.ok(r.state.cancelled, "the upstream is cancelled");
    assert.ok(r.n.writes.join("").length < HARMFUL.length, "stopped before the end of the answer");
    assert.equal(r.n.ends, 0, "stopped mid-stream: no end()");
    assert.equal(r.n.frees, 1);
    freed(r.n);
  }
});

test("an empty answer ends with the verdict on the empty output", async () => {
  const r = await run("", 5, 64);
  assert.equal(r.content, "");
  assert.equal(r.edgeward.cut, false);
  assert.equal(r.edgeward.output.action, "allow");
  assert.equal(r.n.ends, 1);
  freed(r.n);
});

test("the screener is freed when the upstream is malformed, stalls, or the client cancels", async () => {
  // malformed
  {
    const { make, n } = counting(guard);
    const bytes = enc.encode(wire(BREAD.repeat(4), 5, { done: false }).replace(/data: \{[^\n]*"stop"[^\n]*\n\n$/, "") + "data: {not json\n\n");
    const r = parseSse(await new Response(source(bytes, 100).pipeThrough(screenChatStream({ outputStream: make }))).text());
    assert.equal(r.events.at(-2).error.code, "bad_upstream_stream");
    assert.equal(n.frees, 1);
    freed(n);
  }
  // stalls
  {
    const { make, n } = counting(guard);
    const src = new ReadableStream({
      start(c) {
        c.enqueue(enc.encode(wire(BREAD.repeat(4), 5, { done: false }).replace(/data: \{[^\n]*"stop"[^\n]*\n\n$/, "")));
      },
    });
    const r = parseSse(await new Response(src.pipeThrough(screenChatStream({ outputStream: make, idleTimeoutMs: 100 }))).text());
    assert.equal(r.events.at(-2).error.code, "upstream_timeout");
    assert.equal(r.content, BREAD.repeat(4), "what arrived is screened to its end and delivered");
    assert.equal(n.frees, 1);
    freed(n);
  }
  // the client reads a little and cancels
  {
    const { make, n } = counting(guard);
    const state = {};
    const reader = source(enc.encode(wire(BREAD.repeat(40), 5)), 64, state).pipeThrough(screenChatStream({ outputStream: make, idleTimeoutMs: 100 })).getReader();
    let got = 0;
    while (n.writes.length === 0 || got === 0) got += (await reader.read()).value?.length ?? 0;
    await reader.cancel("the client went away");
    for (let i = 0; i < 20 && !state.cancelled; i++) await new Promise((r) => setTimeout(r, 10));
    assert.ok(state.cancelled, "the upstream is cancelled");
    assert.equal(n.frees, 1);
    assert.equal(n.ends, 0);
    freed(n);
    await new Promise((r) => setTimeout(r, 150)); // the idle timer is cleared: nothing fires on a closed stream
  }
});
