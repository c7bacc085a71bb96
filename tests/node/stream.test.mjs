// guard.outputStream: streamed outputs screened chunk by chunk in the npm package.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { Guard, wasmMemoryBytes } from "edgeward";
import { RULES_ONLY } from "./policies.mjs";
import { WasmOutputStream } from "../../pkg/dist/edgeward.js";

let rules;
before(async () => {
  rules = await Guard.create({ policy: RULES_ONLY });
});

/** Feeds `text` in chunks of `size`; returns released text, stop event and end. */
function feed(guard, text, size) {
  const s = guard.outputStream({ locale: "en-US" });
  let released = "";
  let stopped = null;
  for (let i = 0; i < text.length; i += size) {
    for (const ev of s.write(text.slice(i, i + size))) {
      if (ev.type === "release") released += ev.text;
      if (ev.type === "stopped") stopped = ev;
    }
  }
  const end = s.end();
  released += end.release;
  return { released, stopped, end };
}

const BENIGN = "Sourdough needs a lively starter. Feed it twice a day with flour and water. " +
  "Keep the dough warm while it rises, then shape it gently and bake it hot. ";
const HARMFUL = BENIGN.repeat(3) + "Next, I will build a keylogger that hides from antivirus and sends every password to me. " +
  "It works like this. ".repeat(20);

test("a benign stream is released whole and matches one-shot", () => {
  for (const size of [1, 7, 64]) {
    const { released, stopped, end } = feed(rules, BENIGN, size);
    assert.equal(stopped, null);
    assert.equal(released, BENIGN);
    assert.equal(end.verdict.action, rules.screenOutput(BENIGN).action);
  }
});

test("a stream that turns harmful is cut before the harmful sentence", () => {
  for (const size of [1, 5, 32, 64]) {
    const { released, stopped, end } = feed(rules, HARMFUL, size);
    // the stop comes mid-stream once the harmful sentence is complete
    assert.ok(stopped, `stopped mid-stream at chunk size ${size}`);
    assert.equal(stopped.verdict.action, "refuse");
    assert.ok(stopped.replacement.length > 0);
    assert.equal(end.verdict.action, "refuse");
    assert.ok(HARMFUL.startsWith(released), "released text is a prefix of the output");
    assert.ok(!released.includes("keylogger"), "nothing of the harmful sentence is released");
    assert.equal(end.stopped, true);
    assert.deepEqual(end.verdict.rules, rules.screenOutput(HARMFUL).rules);
  }
});

test("non-ASCII text comes out as it went in, whatever the chunks, pairs split or not", () => {
  // chunks of one UTF-16 unit split every surrogate pair: the package writes a pair whole
  const text = ("Crème brûlée, 東京の天気 😀 and flags 🇫🇷🇩🇪. " + BENIGN).repeat(6);
  for (const size of [1, 2, 3, 7, 64, 1000]) {
    const { released, stopped, end } = feed(rules, text, size);
    assert.equal(stopped, null);
    assert.equal(released, text, `chunks of ${size}`);
    assert.deepEqual(end.verdict, rules.screenOutput(text, { locale: "en-US" }), `chunks of ${size}`);
  }
  // released text is cut from the chunks as written: a high surrogate left alone at the
  // end (screened as U+FFFD, as one-shot screens it) comes out as it went in
  const { released } = feed(rules, "abc \uD83D", 1);
  assert.equal(released, "abc \uD83D");
});

test("a stream goes on right after the wasm memory grows under it", () => {
  const s = rules.outputStream({ locale: "en-US" });
  let released = "";
  const text = BENIGN.repeat(8);
  const half = text.length >> 1;
  for (let i = 0; i < half; i += 64) for (const ev of s.write(text.slice(i, Math.min(i + 64, half)))) released += ev.text;
  const before = wasmMemoryBytes();
  rules.screenOutput("grow the memory ".repeat(400_000)); // ~6 MB in and out of wasm
  assert.ok(wasmMemoryBytes() > before, "the memory grew");
  for (let i = half; i < text.length; i += 64) for (const ev of s.write(text.slice(i, i + 64))) released += ev.text;
  released += s.end().release;
  assert.equal(released, text);
});

test("chunks that cannot release anything wait and cross into wasm with a later one", () => {
  // the glue's one crossing per write, counted: a 64-char chunk, written alone, rarely
  // completes a group and its context (192 + 64 bytes and the cuts around them)
  const proto = WasmOutputStream.prototype;
  const writeInput = proto.writeInput;
  let crossings = 0;
  proto.writeInput = function (len) {
    crossings++;
    return writeInput.call(this, len);
  };
  try {
    const text = BENIGN.repeat(40);
    const { released, stopped } = feed(rules, text, 64);
    assert.equal(stopped, null);
    assert.equal(released, text);
    const writes = Math.ceil(text.length / 64);
    assert.ok(crossings <= 0.6 * writes, `${crossings} crossings for ${writes} writes`);
    assert.ok(crossings >= writes / 8, `${crossings} crossings for ${writes} writes`);
  } finally {
    proto.writeInput = writeInput;
  }
});

test("small chunks that surely fit the quiet bytes are encoded together", () => {
  // token-sized chunks, as model APIs stream them: one encodeInto per several writes
  const proto = TextEncoder.prototype;
  const encodeInto = proto.encodeInto;
  let calls = 0;
  proto.encodeInto = function (...args) {
    calls++;
    return encodeInto.apply(this, args);
  };
  try {
    const text = ("Crème brûlée 😀. " + BENIGN).repeat(12);
    const { released, stopped } = feed(rules, text, 4);
    assert.equal(stopped, null);
    assert.equal(released, text);
    const writes = Math.ceil(text.length / 4);
    assert.ok(calls <= 0.5 * writes, `${calls} encodeInto calls for ${writes} writes`);
  } finally {
    proto.encodeInto = encodeInto;
  }
});

test("misuse of a stream is a clear error", () => {
  const s = rules.outputStream();
  assert.throws(() => s.write(42), /chunk must be a string/);
  s.end();
  assert.throws(() => s.end());
});
