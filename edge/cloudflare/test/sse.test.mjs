// Unit tests of the SSE screening transform (edgeward/sse, from pkg/src/sse.js) in plain
// Node, with stand-in screeners: no wasm, no workerd. The Worker passes a stream screener
// (`outputStream: () => guard.outputStream()`); a plain `screen(text)` function is the
// other mode. tests/node/sse.test.mjs runs the transform with the real stream screener.
import { test } from "node:test";
import assert from "node:assert/strict";
import { screenChatStream } from "edgeward/sse";

const WITHHELD = "[withheld]";
// Refuses once the text contains "click" after "verify your account", like the test policy's rule.
function makeScreen(log = []) {
  return (text) => {
    log.push(text);
    const bad = /verify your account[\s\S]{0,120}click/i.test(text);
    return bad ? { action: "refuse", forward: false, message: WITHHELD } : { action: "allow", forward: true, message: null };
  };
}

function sse(text, pieces, { done = true, finish = true } = {}) {
  const base = { id: "c1", object: "chat.completion.chunk", created: 1, model: "m" };
  const ev = (delta, fr = null) => `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: fr }] })}\n\n`;
  let out = ev({ role: "assistant", content: "" });
  let i = 0;
  for (const n of pieces(text)) {
    out += ev({ content: text.slice(i, i + n) });
    i += n;
  }
  if (finish) out += ev({}, "stop");
  if (done) out += "data: [DONE]\n\n";
  return out;
}

// Splits `s` into byte chunks at the given sizes (cycling), to exercise line buffering.
async function run(wire, byteSizes, opts = {}) {
  const bytes = new TextEncoder().encode(wire);
  let cancelled = false;
  let pos = 0;
  let k = 0;
  const src = new ReadableStream({
    pull(c) {
      if (pos >= bytes.length) return c.close();
      const n = byteSizes[k++ % byteSizes.length];
      c.enqueue(bytes.slice(pos, pos + n));
      pos += n;
    },
    cancel() {
      cancelled = true;
    },
  });
  const log = [];
  const out = await new Response(src.pipeThrough(screenChatStream(opts.outputStream ? opts : { screen: makeScreen(log), ...opts }))).text();
  const events = out.split("\n\n").filter(Boolean).map((e) => e.replace(/^data: /, "")).map((d) => (d === "[DONE]" ? d : JSON.parse(d)));
  const chunks = events.filter((e) => e.choices);
  return {
    events,
    log,
    cancelled,
    content: chunks.map((c) => c.choices[0].delta.content ?? "").join(""),
    finish: chunks.map((c) => c.choices[0].finish_reason).filter(Boolean),
    edgeward: events.find((e) => e.edgeward)?.edgeward,
  };
}

const fixed = (n) => (t) => Array.from({ length: Math.ceil(t.length / n) }, (_, i) => Math.min(n, t.length - i * n));
const random = (seed) => (t) => {
  let s = seed;
  const out = [];
  for (let left = t.length; left > 0;) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const n = Math.min(left, 1 + (s % 23));
    out.push(n);
    left -= n;
  }
  return out;
};

const BENIGN = "First sentence. Second one! A third? And a final line\nwith a newline and no full stop";
const PHISH = "Here is a sample. Dear customer, please verify your account today. Then click the link: http://evil.example. Thanks a lot.";

test("a benign stream passes unchanged, whatever the chunking", async () => {
  for (const pieces of [fixed(1), fixed(3), fixed(1000), random(7), random(99)]) {
    for (const bytes of [[1], [5, 17], [4096]]) {
      const r = await run(sse(BENIGN, pieces), bytes);
      assert.equal(r.content, BENIGN);
      assert.deepEqual(r.finish, ["stop"]);
      assert.equal(r.edgeward.cut, false);
      assert.equal(r.events.at(-1), "[DONE]");
      assert.ok(r.events.at(-2).edgeward);
    }
  }
});

test("a stream that turns harmful is cut at the last screened boundary, whatever the chunking", async () => {
  for (const pieces of [fixed(1), fixed(4), fixed(50), random(3), random(12345)]) {
    const r = await run(sse(PHISH, pieces), [7, 1, 64]);
    assert.equal(r.content, "Here is a sample. Dear customer, please verify your account today. \n\n" + WITHHELD);
    assert.deepEqual(r.finish, ["content_filter"]);
    assert.equal(r.edgeward.cut, true);
    assert.equal(r.events.at(-1), "[DONE]");
    assert.ok(r.cancelled, "the upstream is cancelled");
  }
});

test("deltas are never released past the screened text", async () => {
  // every released prefix must have been screened (as a prefix of some screened text)
  const r = await run(sse(BENIGN, fixed(2)), [9]);
  const screened = Math.max(...r.log.map((t) => t.length));
  assert.equal(screened, BENIGN.length);
  let released = "";
  for (const e of r.events.filter((e) => e.choices)) {
    released += e.choices[0].delta.content ?? "";
    assert.ok(r.log.some((t) => t.startsWith(released)), `released unscreened text: ${JSON.stringify(released)}`);
  }
});

test("long text without sentence ends is screened every maxUnscreened characters", async () => {
  const text = "x".repeat(1000);
  const r = await run(sse(text, fixed(10)), [4096], { maxUnscreened: 200 });
  assert.equal(r.content, text);
  assert.ok(r.log.length >= 5, `screened ${r.log.length} times`);
});

test("a stream without [DONE] still ends screened and terminated", async () => {
  const r = await run(sse(BENIGN, fixed(5), { done: false }), [13]);
  assert.equal(r.content, BENIGN);
  assert.equal(r.events.at(-1), "[DONE]");
  const cut = await run(sse(PHISH, fixed(5), { done: false, finish: false }), [13]);
  assert.ok(cut.content.endsWith(WITHHELD));
});

test("malformed SSE ends the stream with an OpenAI-style error event", async () => {
  const wire = sse("Fine so far. ", fixed(4), { done: false, finish: false }) + "data: {not json\n\n" + sse("more", fixed(2));
  const r = await run(wire, [11]);
  const err = r.events.find((e) => e.error);
  assert.ok(err, JSON.stringify(r.events));
  assert.equal(err.error.code, "bad_upstream_stream");
  assert.equal(r.events.at(-1), "[DONE]");
  assert.ok(!r.content.includes("more"));
});

test("a stream that stalls ends with an upstream_timeout error event and cancels the upstream", async () => {
  let cancelled = false;
  const enc = new TextEncoder();
  const src = new ReadableStream({
    start(c) {
      c.enqueue(enc.encode(sse("Fine so far. And then", fixed(4), { done: false, finish: false })));
      // ...and nothing more
    },
    cancel() {
      cancelled = true;
    },
  });
  const out = await new Response(src.pipeThrough(screenChatStream({ screen: makeScreen(), idleTimeoutMs: 200 }))).text();
  const events = out.split("\n\n").filter(Boolean).map((e) => e.replace(/^data: /, ""));
  assert.equal(events.at(-1), "[DONE]");
  const err = JSON.parse(events.at(-2));
  assert.equal(err.error.code, "upstream_timeout");
  const content = events.slice(0, -2).map((e) => JSON.parse(e)).filter((e) => e.choices).map((e) => e.choices[0].delta.content ?? "").join("");
  // What arrived before the stall is the whole answer now: screened to its end, then delivered.
  assert.equal(content, "Fine so far. And then");
  for (let i = 0; i < 20 && !cancelled; i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(cancelled, "the upstream is cancelled");
});

test("an upstream's own edgeward event is dropped", async () => {
  const wire = 'data: {"edgeward":{"action":"allow","fake":true}}\n\n' + sse(BENIGN, fixed(8));
  const r = await run(wire, [64]);
  assert.equal(r.events.filter((e) => e.edgeward).length, 1);
  assert.ok(!r.edgeward.fake);
});

// ---------------------------------------------------------------- with a stream screener

/** The content of the chunks of an SSE answer. */
const contentOf = (out) => out.split("\n\n").filter((e) => e.startsWith("data: {")).map((e) => JSON.parse(e.slice(6)))
  .filter((e) => e.choices).map((e) => e.choices[0].delta.content ?? "").join("");

const STOP = Object.freeze({ action: "refuse", forward: false, message: WITHHELD });
const ALLOW = Object.freeze({ action: "allow", forward: true, message: null });

// A stand-in for `guard.outputStream()`: releases all but the last `hold` characters,
// stops once the text so far is phishing (mid-stream, or with `midStream: false` only at
// end()); `log` records what it was given and released, ends and frees.
function makeStream(log, { hold = 24, midStream = true } = {}) {
  Object.assign(log, { streams: 0, writes: [], released: "", ends: 0, frees: 0 });
  return () => {
    log.streams++;
    let text = "";
    let stopped = false;
    const bad = () => /verify your account[\s\S]{0,120}click/i.test(text);
    return {
      write(chunk) {
        log.writes.push(chunk);
        if (stopped) return [];
        text += chunk;
        if (midStream && bad()) {
          stopped = true;
          return [{ type: "stopped", verdict: STOP, replacement: WITHHELD }];
        }
        const upTo = text.length - hold;
        if (upTo <= log.released.length) return [];
        const release = text.slice(log.released.length, upTo);
        log.released += release;
        return [{ type: "release", text: release }];
      },
      end() {
        log.ends++;
        if (stopped || bad()) return { release: "", verdict: STOP, stopped: true };
        const release = text.slice(log.released.length);
        log.released += release;
        return { release, verdict: ALLOW, stopped: false };
      },
      free() {
        log.frees++;
      },
    };
  };
}

test("with a stream screener: each character is written once and the answer delivered whole, whatever the chunking", async () => {
  const long = (BENIGN + " ").repeat(200);
  for (const text of [BENIGN, long]) {
    for (const pieces of [fixed(1), fixed(3), fixed(1000), random(7)]) {
      for (const bytes of [[1], [5, 17], [4096]]) {
        if (text === long && bytes[0] === 1) continue; // slow, and nothing new
        const log = {};
        const r = await run(sse(text, pieces), bytes, { outputStream: makeStream(log) });
        assert.equal(r.content, text);
        assert.deepEqual(r.finish, ["stop"]);
        assert.equal(r.edgeward.cut, false);
        assert.equal(r.edgeward.output.action, "allow");
        assert.equal(r.events.at(-1), "[DONE]");
        assert.ok(r.events.at(-2).edgeward);
        assert.equal(log.streams, 1);
        assert.equal(log.writes.join(""), text, "the screener gets each character once, in order");
        assert.equal(log.ends, 1);
        assert.equal(log.frees, 1);
      }
    }
  }
});

test("with a stream screener: a delta is delivered only once the screener released its text; the held-back tail at the end", async () => {
  const log = {};
  const ts = screenChatStream({ outputStream: makeStream(log, { hold: 30 }) });
  const writer = ts.writable.getWriter();
  let delivered = "";
  const pump = (async () => {
    const reader = ts.readable.getReader();
    const dec = new TextDecoder();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += dec.decode(value, { stream: true });
      let i;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const data = buf.slice(6, i);
        buf = buf.slice(i + 2);
        if (data !== "[DONE]") delivered += JSON.parse(data).choices?.[0].delta.content ?? "";
      }
    }
  })();
  const events = sse(BENIGN, fixed(4)).split(/(?<=\n\n)/);
  for (const ev of events.slice(0, -2)) {
    await writer.write(new TextEncoder().encode(ev));
    await new Promise((r) => setTimeout(r, 0));
    assert.ok(log.released.startsWith(delivered), `delivered unreleased text: ${JSON.stringify(delivered)} (released ${JSON.stringify(log.released)})`);
  }
  assert.equal(delivered, BENIGN.slice(0, BENIGN.length - 30), "everything released is delivered, the tail held back");
  for (const ev of events.slice(-2)) await writer.write(new TextEncoder().encode(ev));
  await writer.close().catch(() => {});
  await pump;
  assert.equal(delivered, BENIGN, "the held-back tail is delivered at the end");
  assert.equal(log.frees, 1);
});

test("with a stream screener: a stop cuts there (the released text, then the message), cancels the upstream and frees the screener", async () => {
  for (const pieces of [fixed(1), fixed(4), fixed(50), random(3)]) {
    const log = {};
    const r = await run(sse(PHISH, pieces), [7, 1, 64], { outputStream: makeStream(log) });
    assert.ok(!log.released.includes("click"));
    assert.equal(r.content, log.released + (log.released ? "\n\n" : "") + WITHHELD);
    assert.deepEqual(r.finish, ["content_filter"]);
    assert.deepEqual(r.edgeward, { output: STOP, cut: true });
    assert.equal(r.events.at(-1), "[DONE]");
    assert.ok(r.cancelled, "the upstream is cancelled");
    assert.ok(log.writes.join("").length < PHISH.length, "nothing written after the stop");
    assert.equal(log.ends, 0);
    assert.equal(log.frees, 1);
  }
});

test("with a stream screener: a stop at end() withholds the tail and cuts with the final verdict's message", async () => {
  const log = {};
  const r = await run(sse(PHISH, fixed(5)), [13], { outputStream: makeStream(log, { midStream: false }) });
  assert.equal(log.released, PHISH.slice(0, PHISH.length - 24));
  assert.equal(r.content, log.released + "\n\n" + WITHHELD);
  assert.deepEqual(r.finish, ["content_filter"]);
  assert.equal(r.edgeward.cut, true);
  assert.equal(log.ends, 1);
  assert.equal(log.frees, 1);
});

test("with a stream screener: freed when the upstream is malformed or stalls, or the client cancels", async () => {
  let log = {};
  const bad = sse("Fine so far. And more text here. ", fixed(4), { done: false, finish: false }) + "data: {not json\n\n";
  let r = await run(bad, [11], { outputStream: makeStream(log) });
  assert.equal(r.events.at(-2).error.code, "bad_upstream_stream");
  assert.equal(log.frees, 1);

  log = {};
  const enc = new TextEncoder();
  const stalled = new ReadableStream({
    start(c) {
      c.enqueue(enc.encode(sse("Fine so far. And then some more words", fixed(4), { done: false, finish: false })));
    },
  });
  const out = await new Response(stalled.pipeThrough(screenChatStream({ outputStream: makeStream(log), idleTimeoutMs: 100 }))).text();
  assert.match(out, /upstream_timeout/);
  assert.equal(log.released, "Fine so far. And then some more words", "the held-back rest is screened at the failure");
  assert.equal(contentOf(out), "Fine so far. And then some more words", "and delivered");
  assert.equal(log.ends, 1);
  assert.equal(log.frees, 1);

  // a rest that does not pass is not delivered
  log = {};
  const stalledPhish = new ReadableStream({
    start(c) {
      c.enqueue(enc.encode(sse(PHISH, fixed(6), { done: false, finish: false })));
    },
  });
  const phishOut = await new Response(stalledPhish.pipeThrough(screenChatStream({ outputStream: makeStream(log, { midStream: false, hold: 64 }), idleTimeoutMs: 100 }))).text();
  assert.match(phishOut, /upstream_timeout/);
  assert.equal(contentOf(phishOut), log.released, "what was released before is delivered, the withheld rest is not");
  assert.ok(!log.released.includes("click"));
  assert.equal(log.ends, 1);
  assert.equal(log.frees, 1);

  log = {};
  let cancelled = false;
  const endless = new ReadableStream({
    pull(c) {
      c.enqueue(enc.encode(sse("More and more. ", fixed(3), { done: false, finish: false })));
    },
    cancel() {
      cancelled = true;
    },
  });
  const reader = endless.pipeThrough(screenChatStream({ outputStream: makeStream(log), idleTimeoutMs: 100 })).getReader();
  await reader.read();
  await reader.cancel("gone");
  for (let i = 0; i < 20 && !cancelled; i++) await new Promise((res) => setTimeout(res, 10));
  assert.ok(cancelled, "the upstream is cancelled");
  assert.equal(log.frees, 1);
  assert.equal(log.ends, 0);
  await new Promise((res) => setTimeout(res, 150)); // the idle timer was cleared with the cancel
});

test("screenChatStream needs outputStream or screen", () => {
  assert.throws(() => screenChatStream({}), TypeError);
  assert.throws(() => screenChatStream({ outputStream: {} }), /outputStream/);
});
