// The public API of the `edgeward` package, shared by every entry point (node.js,
// web.js, workerd.js). The entry points differ only in how they find the wasm module
// when `init()` is called without one.
//
// Verdicts cross the wasm boundary as JSON text (the CLI's exact shape) and are parsed
// here; arguments are validated on the Rust side, which throws `EdgewardError`s.

import initWasm, {
  initSync as initWasmSync,
  WasmGuard,
  compilePolicy as wasmCompilePolicy,
  checkPolicy as wasmCheckPolicy,
  defaultPolicySource as wasmDefaultPolicySource,
  wasmMemoryBytes as wasmWasmMemoryBytes,
} from "../dist/edgeward.js";

/** The 13 stable category ids, in contract order. */
export const CATEGORIES = Object.freeze([
  "violence",
  "weapons_cbrn",
  "cyber",
  "fraud_scams",
  "illegal_goods",
  "hate_harassment",
  "sexual",
  "child_safety",
  "self_harm",
  "elections",
  "privacy",
  "prompt_attack",
  "specialized_advice",
]);

/** Actions, weakest to strongest. */
export const ACTIONS = Object.freeze(["allow", "banner", "steer", "support", "refuse", "block"]);

let ready = false;
/** The instance's exports (its memory: where output streams' chunks are encoded). */
let wasmExports = null;
let pending = null;
let defaultLoader = null;
let defaultSyncLoader = null;

/** Internal: an entry point says where its wasm comes from. */
export function _setDefaultLoaders(asyncLoader, syncLoader) {
  defaultLoader = asyncLoader;
  defaultSyncLoader = syncLoader;
}

function edgewardError(code, message, cause) {
  const e = new Error(message, cause === undefined ? undefined : { cause });
  e.name = "EdgewardError";
  e.code = code;
  return e;
}

/** Whether `e` is an error thrown by edgeward (it has a `code` like `EDGEWARD_INPUT`). */
export function isEdgewardError(e) {
  return e instanceof Error && e.name === "EdgewardError" && typeof e.code === "string";
}

function ensureReady(what) {
  if (!ready) {
    throw edgewardError(
      "EDGEWARD_NOT_INITIALIZED",
      `edgeward: ${what} was used before the wasm module was initialized. ` +
        "Use `await Guard.create()`, or `await init()` first " +
        "(on Workers: `init(wasmModule)` with the imported edgeward_bg.wasm, then `new Guard()`).",
    );
  }
}

/**
 * Loads and instantiates the wasm module. Without an argument each runtime finds its
 * own copy (Node: reads the file; browsers and bundlers: fetches it next to this
 * module; Workers: the imported module). Also accepts a `WebAssembly.Module`, the
 * bytes, a `Response` (or a promise of one) or a URL. Idempotent.
 */
export function init(input) {
  if (ready) return Promise.resolve();
  if (!pending && typeof WebAssembly === "object" && input instanceof WebAssembly.Module) {
    // A compiled module instantiates synchronously (Workers: `init(wasm); new Guard()`),
    // unless the runtime forbids it (a browser main thread): then asynchronously below.
    try {
      wasmExports = initWasmSync({ module: input });
      ready = true;
      return Promise.resolve();
    } catch {
      // fall through
    }
  }
  if (!pending) {
    pending = (async () => {
      try {
        let source = input;
        if (source === undefined || source === null) {
          if (!defaultLoader) throw new Error("no wasm module given and this runtime has no default; pass one to init()");
          source = defaultLoader();
        }
        const resolved = await source;
        if (resolved instanceof WebAssembly.Module) {
          // Instantiate a compiled module directly where the runtime allows it: the
          // generated async path probes `Response`, which in Node loads its fetch
          // implementation (~100 ms of a cold start).
          try {
            wasmExports = initWasmSync({ module: resolved });
            ready = true;
            return;
          } catch {
            // fall through (a browser main thread forbids large synchronous instantiation)
          }
        }
        wasmExports = await initWasm({ module_or_path: resolved });
        ready = true;
      } catch (e) {
        pending = null;
        throw edgewardError("EDGEWARD_INIT", `edgeward: could not load the wasm module: ${e && e.message ? e.message : e}`, e);
      }
    })();
  }
  return pending;
}

/**
 * Synchronous init from a `WebAssembly.Module` or the module's bytes (Node can also
 * call it without an argument). Idempotent.
 */
export function initSync(input) {
  if (ready) return;
  let source = input;
  if (source === undefined || source === null) {
    if (!defaultSyncLoader) {
      throw edgewardError("EDGEWARD_INIT", "edgeward: initSync() needs a WebAssembly.Module or the wasm bytes in this runtime");
    }
    source = defaultSyncLoader();
  }
  try {
    wasmExports = initWasmSync({ module: source });
  } catch (e) {
    throw edgewardError("EDGEWARD_INIT", `edgeward: could not instantiate the wasm module: ${e && e.message ? e.message : e}`, e);
  }
  ready = true;
}

/** Whether the wasm module is initialized (so `new Guard()` works). */
export function isInitialized() {
  return ready;
}

/**
 * Screens chat prompts, model outputs and whole conversations under a compiled policy,
 * with the embedded classifier. Create with `await Guard.create()`, or `new Guard()`
 * once `init()` has run.
 */
export class Guard {
  #inner;

  /** @param {{ policy?: string | Uint8Array | ArrayBuffer }} [options] */
  constructor(options) {
    ensureReady("new Guard()");
    if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options))) {
      throw edgewardError("EDGEWARD_INPUT", "new Guard: options must be an object like { policy }");
    }
    this.#inner = new WasmGuard(options?.policy);
  }

  /** Initializes the wasm module if needed, then builds a guard. */
  static async create(options) {
    await init();
    return new Guard(options);
  }

  #guard() {
    if (this.#inner === undefined) throw edgewardError("EDGEWARD_INPUT", "edgeward: this Guard was freed");
    return this.#inner;
  }

  /** `name@version+hash8` of the policy deciding. */
  get policyId() {
    return this.#guard().policyId;
  }

  /** `name@version` of the classifier. */
  get modelId() {
    return this.#guard().modelId;
  }

  /** Screens what a user sends, before the model is called. */
  screenPrompt(text, options) {
    return JSON.parse(this.#guard().screenPrompt(text, options));
  }

  /** Screens what the model sends back, before it is delivered. */
  screenOutput(text, options) {
    return JSON.parse(this.#guard().screenOutput(text, options));
  }

  /** Screens a text in `options.direction` (default `"prompt"`). */
  screen(text, options) {
    return JSON.parse(this.#guard().screen(text, options));
  }

  /**
   * Screens a streamed model output chunk by chunk. `write(chunk)` returns the text that
   * may now be shown (`release`) and, if the output turned harmful, `stopped` with the
   * verdict and the policy's replacement text; `end()` returns the rest and the final
   * verdict (banners attached). Streaming and one-shot give the same final verdict.
   * `end()` releases the stream's wasm memory; `free()` releases it without a verdict
   * (a stream abandoned early, e.g. cut or cancelled). Idempotent; otherwise the garbage
   * collector does.
   */
  outputStream(options) {
    return outputStreamOf(this.#guard().outputStream(options));
  }

  /** Screens a conversation as a whole, at its last turn. */
  screenConversation(turns, options) {
    return JSON.parse(this.#guard().screenConversation(turns, options));
  }

  /**
   * Screens a prompt (a string) or a conversation (turns) for a user whose stored
   * repeat-offender state is `state` (`null` for a clean record), at `options.now`
   * (a `Date` or milliseconds; default now). Returns `{ verdict, state }`: store `state`
   * for the next call, or delete the record when it is `null`. A user in cooldown or
   * blocked gets `block` without screening; every verdict carries `enforcement`.
   */
  screenEnforced(input, state, options) {
    const { now, rest } = splitNow(options);
    const r = JSON.parse(this.#guard().screenEnforced(input, stateText(state), now, rest));
    return { verdict: r.verdict, state: r.state === null ? null : JSON.parse(r.state) };
  }

  /**
   * The privacy-preserving telemetry event for a `verdict` this guard gave on `text`:
   * time bucket, direction, action, categories, coarse scores, rule ids, versions,
   * coarse locale, a salted user hash and a SimHash signature of the words, and no text.
   * `options`: `{ salt, user?, locale?, direction?, now?, time_bucket_s? }`; keep the
   * salt secret and fixed per deployment. Feed the events to `edgeward trends`.
   */
  telemetryEvent(text, verdict, options) {
    const { now, rest } = splitNow(options);
    const opts = now === undefined ? rest : { ...rest, now };
    return JSON.parse(this.#guard().telemetryEvent(text, JSON.stringify(verdict), opts));
  }

  /** Where a user with stored `state` stands at `options.now`, without screening. */
  standing(state, options) {
    const { now } = splitNow(options);
    return JSON.parse(this.#guard().standing(stateText(state), now));
  }

  /** Releases the guard's wasm memory now (otherwise the garbage collector does). */
  free() {
    if (this.#inner !== undefined) {
      this.#inner.free();
      this.#inner = undefined;
    }
  }
}

/** Most text an output stream holds back before writing it (see `quietBytes`). */
const MAX_HELD_BYTES = 1 << 16;
/** Largest input buffer an output stream keeps between writes. */
const MAX_INPUT_BYTES = 1 << 18;
const encoder = new TextEncoder();

function isHighSurrogate(unit) {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/**
 * The `{ write, end, free }` of `Guard.outputStream` over the wasm stream `s`.
 *
 * Chunks are encoded (UTF-8) straight into a buffer in wasm memory that the stream
 * keeps, after the chunks before them that are not written yet: the screener says how
 * many bytes cannot have an event (`quietBytes`), and chunks within that are written
 * together with a later one, crossing into wasm once instead of once per chunk (the
 * events, and the writes that return them, are the same). Chunks that surely fit (three
 * bytes per UTF-16 unit at most) are not even encoded yet: they are joined and encoded
 * in one call when the quiet bytes may run out. A high surrogate ending a chunk waits
 * for the rest of its pair. What is released is cut from the chunks as they were
 * written (the stream answers with how much).
 */
function outputStreamOf(s) {
  const live = () => {
    if (s === null) throw edgewardError("EDGEWARD_INPUT", "outputStream: used after end() or free()");
    return s;
  };
  const free = () => {
    if (s !== null) {
      const inner = s;
      s = null;
      inner.free();
    }
  };
  let carry = "";
  let kept = []; // chunks written and not all released, from `head` in kept[0]
  let head = 0;
  let stopped = false;
  const release = (units) => {
    let out = "";
    while (units > 0 && kept.length > 0) {
      const chunk = kept[0];
      const left = chunk.length - head;
      if (units < left) {
        out += chunk.slice(head, head + units);
        head += units;
        break;
      }
      out += head === 0 ? chunk : chunk.slice(head);
      kept.shift();
      head = 0;
      units -= left;
    }
    return out;
  };
  // a write's events: 0 (none), how much it releases, or -1 (others: as JSON)
  const events = (answer) => {
    if (answer === 0) return [];
    if (answer > 0) return [{ type: "release", text: release(answer) }];
    const list = JSON.parse(s.takeEvents());
    for (const ev of list) {
      if (ev.type === "release") ev.text = release(ev.text.length);
      if (ev.type === "stopped") {
        stopped = true;
        kept = [];
      }
    }
    return list;
  };
  let used = 0; // bytes in the buffer, not written yet
  let pending = ""; // text after them, not encoded yet
  let quiet = 0;
  let input = 0;
  let inputBytes = 0;
  let inputView = null;
  // keeps `text` for the releases, after the text not written yet
  const add = (text) => {
    if (text === "") return;
    if (!stopped) kept.push(text);
    pending = pending === "" ? text : pending + text;
  };
  // encodes the pending text after the bytes not written yet
  const encode = () => {
    const text = pending;
    if (text === "") return;
    pending = "";
    const need = used + 3 * text.length;
    if (need > inputBytes) {
      inputBytes = Math.max(need, 2 * inputBytes, 4096);
      input = s.inputBuffer(inputBytes); // keeps the bytes in use
      inputView = null;
    }
    // (a view of memory that has grown since is detached: no bytes)
    if (inputView === null || inputView.byteLength === 0) inputView = new Uint8Array(wasmExports.memory.buffer, input, inputBytes);
    used += encoder.encodeInto(text, used === 0 ? inputView : inputView.subarray(used)).written;
  };
  const flush = () => {
    const answer = s.writeInput(used);
    used = 0;
    if (inputBytes > MAX_INPUT_BYTES) {
      inputBytes = 0;
      s.inputBuffer(0);
    }
    return events(answer);
  };
  return {
    write: (chunk) => {
      const stream = live();
      if (typeof chunk !== "string") return JSON.parse(stream.write(chunk) ?? "[]"); // the error
      let text = carry === "" ? chunk : carry + chunk;
      carry = "";
      if (isHighSurrogate(text.charCodeAt(text.length - 1))) {
        carry = text.slice(-1);
        text = text.slice(0, -1);
      }
      add(text);
      if (quiet > 0 && used + 3 * pending.length <= quiet) return [];
      encode();
      if (quiet > 0 && used <= quiet) return [];
      const out = flush();
      quiet = Math.min(stream.quietBytes(), MAX_HELD_BYTES);
      return out;
    },
    end: () => {
      try {
        const stream = live();
        // what is held is quiet (no event), or ends with a lone high surrogate (screened
        // as U+FFFD), whose release goes out with the end's
        add(carry);
        carry = "";
        encode();
        let before = "";
        if (used > 0) for (const ev of flush()) if (ev.type === "release") before += ev.text;
        const end = JSON.parse(stream.end());
        end.release = before + release(end.release.length);
        return end;
      } finally {
        free();
      }
    },
    free,
  };
}

/** A stored ladder state as the wasm side reads it: JSON text, or undefined. */
function stateText(state) {
  if (state === undefined || state === null || typeof state === "string") return state;
  if (typeof state === "object") return JSON.stringify(state);
  throw edgewardError("EDGEWARD_INPUT", `edgeward: a ladder state must be the object (or JSON text) returned before, or null, not ${typeof state}`);
}

/** `options.now` (a Date or milliseconds) apart from the screening options. */
function splitNow(options) {
  if (options === null || typeof options !== "object" || !("now" in options)) return { now: undefined, rest: options };
  const { now, ...rest } = options;
  return { now: now instanceof Date ? now.getTime() : now, rest };
}

if (typeof Symbol.dispose === "symbol") {
  Guard.prototype[Symbol.dispose] = Guard.prototype.free;
}

/** Compiles TOML policy source into a bundle for `new Guard({ policy })`. */
export function compilePolicy(source) {
  ensureReady("compilePolicy()");
  return wasmCompilePolicy(source);
}

/**
 * Validates a policy (TOML source or bundle) and runs its inline tests:
 * `{ ok, policy, errors: [{ code, message, rule, line }], failures: [{ line, text, problem }], tests }`.
 */
export function checkPolicy(source) {
  ensureReady("checkPolicy()");
  return JSON.parse(wasmCheckPolicy(source));
}

/** The TOML source of the embedded default policy. */
export function defaultPolicySource() {
  ensureReady("defaultPolicySource()");
  return wasmDefaultPolicySource();
}

/**
 * Bytes of wasm linear memory the module holds now; it never shrinks, so this is also
 * the most it has needed (e.g. after screening a 5 MB text).
 */
export function wasmMemoryBytes() {
  ensureReady("wasmMemoryBytes()");
  return wasmWasmMemoryBytes();
}
