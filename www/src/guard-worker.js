// The demo's screening worker: the wasm compiles and the guard is built here, off the
// page's main thread, so the page paints and stays responsive while the model loads and
// while verdicts are computed. The page talks to it with { id, op, ...args } messages.
import { Guard, init, checkPolicy, defaultPolicySource } from "edgeward";

let guard = null;
const streams = new Map();
let nextStream = 1;

const ready = (async () => {
  const t0 = performance.now();
  // fetch + WebAssembly.instantiateStreaming: compiled while the bytes arrive
  await init(new URL("./edgeward_bg.wasm", import.meta.url));
  const t1 = performance.now();
  guard = new Guard();
  guard.screenPrompt("hello"); // the classifier loads on first use
  const t2 = performance.now();
  return { policy: guard.policyId, model: guard.modelId, wasmMs: t1 - t0, guardMs: t2 - t1 };
})();

function timed(fn) {
  const t = performance.now();
  const result = fn();
  return { result, ms: performance.now() - t };
}

const ops = {
  ready: () => ready,
  screen({ text, locale }) {
    const { result, ms } = timed(() => guard.screenPrompt(text, locale ? { locale } : undefined));
    return { verdict: result, ms };
  },
  streamOpen({ locale }) {
    const sid = nextStream++;
    streams.set(sid, guard.outputStream(locale ? { locale } : undefined));
    return { sid };
  },
  streamWrite({ sid, chunk }) {
    const { result, ms } = timed(() => streams.get(sid).write(chunk));
    return { events: result, ms };
  },
  streamEnd({ sid }) {
    const s = streams.get(sid);
    streams.delete(sid);
    return s.end();
  },
  defaultPolicy: () => defaultPolicySource(),
  /** Compiles and checks a policy; applies it when it compiles. */
  applyPolicy({ source }) {
    const { result: check, ms } = timed(() => checkPolicy(source));
    if (check.errors.length === 0) {
      const next = new Guard({ policy: source });
      guard.free();
      guard = next;
    }
    return { check, ms, policy: guard.policyId };
  },
};

self.onmessage = async ({ data: { id, op, ...args } }) => {
  try {
    await ready;
    self.postMessage({ id, ok: true, result: await ops[op](args) });
  } catch (e) {
    self.postMessage({ id, ok: false, error: { message: String(e?.message ?? e), code: e?.code, line: e?.line, rule: e?.rule } });
  }
};
