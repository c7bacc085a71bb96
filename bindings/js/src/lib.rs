//! The JavaScript binding of edgeward: one thin wasm-bindgen layer over [`edgeward::Guard`].
//!
//! The npm package (`pkg/src/*.js`) wraps these exports; nothing here is public API on
//! its own. Design choices:
//!
//! - **Verdicts cross as JSON text** ([`Verdict::to_json`], the CLI's exact bytes) and
//!   the wrapper `JSON.parse`s them. That keeps the JS shape identical to the CLI's,
//!   keeps `f32` scores short (`0.93`, not `0.9300000071525574` as a direct f32 → f64
//!   conversion would give), and was measured faster than building the object through
//!   many boundary calls.
//! - **Arguments arrive as `JsValue`** and are validated here, so a non-string text, a
//!   malformed turn or bad options throw a JS `Error` with `code = "EDGEWARD_INPUT"`
//!   instead of trapping or being coerced. Nothing may panic across the boundary
//!   (`catch_unwind` does not exist on wasm32-unknown-unknown): inputs are checked first.
//!   Every JS call that user data can make throw (getters, Proxy traps) goes through a
//!   catching import (`Reflect`), so the exception returns as an error instead of
//!   unwinding through Rust frames and leaving the guard borrowed.
//! - **Lone surrogates**: JS strings are UTF-16 and may hold unpaired surrogates. They
//!   are converted to UTF-8 the way `TextEncoder` does (each becomes U+FFFD) and the text
//!   is screened; the caller gets a verdict, not an error.
//! - **Size before copy**: a string longer (in UTF-16 units, a lower bound of its UTF-8
//!   bytes) than the policy's `limits.max_bytes` is never copied into wasm memory; it
//!   gets the policy's fail-mode verdict, exactly as the core gives for oversized text.
//! - **One model per instance**: the embedded classifier is loaded (parsed and
//!   optimized) once and shared by every guard, so custom-policy guards are cheap.

use edgeward::model::Classifier;
use edgeward::policy::DEFAULT_SOURCE;
use edgeward::stream::StreamEvent;
use edgeward::ladder::LadderConfig;
use edgeward::{policy_tests, Direction, Error, Guard, Policy, Role, ScreenOptions, Turn, Verdict};
use js_sys::{Array, ArrayBuffer, JsString, Reflect, Uint8Array};
use serde_json::json;
use std::cell::OnceCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

mod enforce;
mod preinit;
mod telemetry;

/// Most turns `screenConversation` accepts (a guard against runaway inputs).
const MAX_TURNS: u32 = 10_000;

/// Most UTF-16 units a whole conversation may hold, in multiples of `limits.max_bytes`
/// (bounds the copy into wasm memory; Workers give an isolate 128 MB).
const MAX_CONVERSATION_FACTOR: u64 = 4;

thread_local! {
    static CLASSIFIER: OnceCell<Classifier> = const { OnceCell::new() };
    static DEFAULT_GUARD: OnceCell<(Guard, LadderConfig)> = const { OnceCell::new() };
}

/// The embedded classifier, loaded on first use and shared.
fn classifier() -> Result<Classifier, Error> {
    CLASSIFIER.with(|cell| {
        if let Some(c) = cell.get() {
            return Ok(c.clone());
        }
        let c = Classifier::embedded()?;
        let _ = cell.set(c.clone());
        Ok(c)
    })
}

/// A Guard with the embedded default policy and classifier, and its ladder, built on
/// first use (at build time, in a pre-initialized module) and cloned for each
/// `new Guard()` without a policy.
fn default_guard() -> Result<(Guard, LadderConfig), Error> {
    DEFAULT_GUARD.with(|cell| {
        if let Some(g) = cell.get() {
            return Ok(g.clone());
        }
        let guard = Guard::from_parts(Policy::embedded_default()?, classifier()?);
        let ladder = guard.ladder_config()?;
        let _ = cell.set((guard.clone(), ladder.clone()));
        Ok((guard, ladder))
    })
}

// ---------------------------------------------------------------------------------------
// Errors

/// A JS `Error` named `EdgewardError` with `code`, and `rule` / `line` when known.
fn js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("EdgewardError");
    let _ = Reflect::set(&err, &"code".into(), &e.kind().code().into());
    if let Some(rule) = e.rule() {
        let _ = Reflect::set(&err, &"rule".into(), &rule.into());
    }
    if let Some(line) = e.line() {
        let _ = Reflect::set(&err, &"line".into(), &JsValue::from_f64(line as f64));
    }
    err.into()
}

fn input_error(message: impl Into<String>) -> JsValue {
    js_error(&Error::input(message))
}

/// `typeof`-style name of a value, for error messages.
fn type_name(v: &JsValue) -> &'static str {
    if v.is_null() {
        "null"
    } else if v.is_undefined() {
        "undefined"
    } else if v.is_string() {
        "a string"
    } else if Array::is_array(v) {
        "an array"
    } else if v.is_function() {
        "a function"
    } else if v.is_object() {
        "an object"
    } else if v.as_f64().is_some() {
        "a number"
    } else if v.as_bool().is_some() {
        "a boolean"
    } else if v.is_bigint() {
        "a bigint"
    } else if v.is_symbol() {
        "a symbol"
    } else {
        "an unsupported value"
    }
}

// ---------------------------------------------------------------------------------------
// Arguments

fn is_absent(v: &JsValue) -> bool {
    v.is_undefined() || v.is_null()
}

fn is_plain_object(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v) && !v.is_function()
}

/// Reads `options` (`undefined`, `null`, or `{ direction?, locale? }`); unknown keys are
/// ignored so callers can share one options object as the API grows. `forced` is the
/// direction the entry point implies; a contradicting `options.direction` is an error.
fn screen_options(v: &JsValue, forced: Option<Direction>, call: &str) -> Result<ScreenOptions, JsValue> {
    let mut opts = ScreenOptions { direction: forced.unwrap_or_default(), locale: None };
    if is_absent(v) {
        return Ok(opts);
    }
    if !is_plain_object(v) {
        return Err(input_error(format!("{call}: options must be an object like {{ locale: \"en-US\" }}, not {}", type_name(v))));
    }
    let dir = Reflect::get(v, &"direction".into())?;
    if !is_absent(&dir) {
        let Some(s) = dir.as_string() else {
            return Err(input_error(format!("{call}: options.direction must be \"prompt\" or \"output\", not {}", type_name(&dir))));
        };
        let d: Direction = s.parse().map_err(|m: String| input_error(format!("{call}: options.direction: {m}")))?;
        if let Some(f) = forced {
            if d != f {
                return Err(input_error(format!("{call} screens the {} direction; options.direction \"{}\" contradicts it (use screen(text, {{ direction }}))", f.id(), d.id())));
            }
        }
        opts.direction = d;
    }
    let locale = Reflect::get(v, &"locale".into())?;
    if !is_absent(&locale) {
        let Some(s) = locale.as_string() else {
            return Err(input_error(format!("{call}: options.locale must be a string like \"en-US\", not {}", type_name(&locale))));
        };
        opts.locale = Some(s);
    }
    Ok(opts)
}

/// UTF-16 length of a JS string: a lower bound on its UTF-8 length.
fn utf16_len(s: &JsValue) -> u64 {
    u64::from(s.unchecked_ref::<JsString>().length())
}

#[wasm_bindgen]
extern "C" {
    /// The host's `TextEncoder` (the glue's own string passing needs it too).
    type TextEncoder;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<TextEncoder, JsValue>;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, s: &JsString) -> Uint8Array;
}

/// Strings at least this long (in UTF-16 units) are encoded by the host's `TextEncoder`
/// and copied into wasm memory at once, instead of by the glue's loop over their ASCII
/// characters (in Node ~5 ms per MB, about 6% of screening it).
const BULK_UNITS: u64 = 4096;

/// A JS string (`units` long) as UTF-8, converted as `TextEncoder` does (a lone surrogate
/// becomes U+FFFD), which is what the glue does too.
fn js_string(s: &JsValue, units: u64) -> String {
    if units >= BULK_UNITS {
        // a new encoder each time: nothing JS is kept in statics (the pre-initialized
        // module's memory could not hold it)
        if let Ok(encoder) = TextEncoder::new() {
            if let Ok(text) = String::from_utf8(encoder.encode(s.unchecked_ref()).to_vec()) {
                return text;
            }
        }
    }
    s.as_string().unwrap_or_default()
}

/// Policy bytes from `undefined` / `null` (none), a TOML string, a `Uint8Array` (or any
/// typed-array view, e.g. a Node `Buffer`), or an `ArrayBuffer`.
fn policy_bytes(v: &JsValue, call: &str) -> Result<Option<Vec<u8>>, JsValue> {
    if is_absent(v) {
        return Ok(None);
    }
    if let Some(s) = v.as_string() {
        return Ok(Some(s.into_bytes()));
    }
    if let Some(a) = v.dyn_ref::<Uint8Array>() {
        return Ok(Some(a.to_vec()));
    }
    if let Some(b) = v.dyn_ref::<ArrayBuffer>() {
        // a detached buffer has length 0 (and `new Uint8Array` would throw on it)
        return Ok(Some(if b.byte_length() == 0 { Vec::new() } else { Uint8Array::new(b).to_vec() }));
    }
    if ArrayBuffer::is_view(v) {
        // a view from another realm, a DataView, another typed array: take its bytes
        let buffer = Reflect::get(v, &"buffer".into())?;
        let offset = Reflect::get(v, &"byteOffset".into())?.as_f64().unwrap_or(0.0) as u32;
        let length = Reflect::get(v, &"byteLength".into())?.as_f64().unwrap_or(0.0) as u32;
        if length == 0 {
            return Ok(Some(Vec::new()));
        }
        return Ok(Some(Uint8Array::new_with_byte_offset_and_length(&buffer, offset, length).to_vec()));
    }
    Err(input_error(format!("{call}: a policy must be TOML source (a string) or a compiled bundle (a Uint8Array), not {}", type_name(v))))
}

fn load_policy(bytes: &[u8], is_source: bool) -> Result<Policy, Error> {
    if is_source {
        // a string is always TOML source, even if it happens to start like a bundle
        let src = std::str::from_utf8(bytes).map_err(|_| Error::policy("policy source is not UTF-8"))?;
        Policy::compile(src)
    } else {
        Policy::load(bytes)
    }
}

fn parse_role(v: &JsValue) -> Option<Role> {
    match v.as_string()?.as_str() {
        "user" => Some(Role::User),
        "assistant" => Some(Role::Assistant),
        "system" => Some(Role::System),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// The guard

/// A guard: a compiled policy plus the shared embedded classifier.
#[wasm_bindgen]
pub struct WasmGuard {
    guard: Guard,
    max_bytes: u64,
    ladder: LadderConfig,
}

#[wasm_bindgen]
impl WasmGuard {
    /// `policy`: `undefined` for the embedded default, TOML source (string), or a
    /// compiled bundle (`Uint8Array`).
    #[wasm_bindgen(constructor)]
    pub fn new(policy: JsValue) -> Result<WasmGuard, JsValue> {
        let built = match policy_bytes(&policy, "new Guard")? {
            None => default_guard(),
            Some(bytes) => load_policy(&bytes, policy.is_string()).and_then(|p| {
                let guard = Guard::from_parts(p, classifier()?);
                let ladder = guard.ladder_config()?;
                Ok((guard, ladder))
            }),
        };
        let (guard, ladder) = built.map_err(|e| js_error(&e))?;
        let max_bytes = guard.policy().data().limits.max_bytes;
        Ok(WasmGuard { guard, max_bytes, ladder })
    }

    /// `name@version+hash8` of the policy.
    #[wasm_bindgen(getter, js_name = policyId)]
    pub fn policy_id(&self) -> String {
        self.guard.policy().id()
    }

    /// `name@version` of the classifier.
    #[wasm_bindgen(getter, js_name = modelId)]
    pub fn model_id(&self) -> String {
        self.guard.classifier().meta().id()
    }

    /// Screens one text; the direction comes from `options.direction` (default prompt).
    /// Returns the verdict as JSON text.
    pub fn screen(&self, text: JsValue, options: JsValue) -> Result<String, JsValue> {
        let opts = screen_options(&options, None, "screen")?;
        self.screen_text(&text, &opts, "screen")
    }

    /// Screens what a user sends, before the model is called.
    #[wasm_bindgen(js_name = screenPrompt)]
    pub fn screen_prompt(&self, text: JsValue, options: JsValue) -> Result<String, JsValue> {
        let opts = screen_options(&options, Some(Direction::Prompt), "screenPrompt")?;
        self.screen_text(&text, &opts, "screenPrompt")
    }

    /// Screens what the model sends back, before it is delivered.
    #[wasm_bindgen(js_name = screenOutput)]
    pub fn screen_output(&self, text: JsValue, options: JsValue) -> Result<String, JsValue> {
        let opts = screen_options(&options, Some(Direction::Output), "screenOutput")?;
        self.screen_text(&text, &opts, "screenOutput")
    }

    /// Screens a conversation as a whole at its last turn (`[{ role, content }, ...]`);
    /// the direction follows the last turn's role, so `options.direction` is ignored.
    #[wasm_bindgen(js_name = screenConversation)]
    pub fn screen_conversation(&self, turns: JsValue, options: JsValue) -> Result<String, JsValue> {
        const CALL: &str = "screenConversation";
        let mut opts = screen_options(&options, None, CALL)?;
        opts.direction = Direction::Prompt;
        let turns = self.conversation_turns(&turns, CALL)?;
        Ok(self.guard.screen_conversation(&turns, &opts).to_json())
    }
}

impl WasmGuard {
    /// Reads and bounds `[{ role, content }, ...]`.
    fn conversation_turns(&self, turns: &JsValue, call: &str) -> Result<Vec<Turn>, JsValue> {
        if !Array::is_array(turns) {
            return Err(input_error(format!("{call}: turns must be an array of {{ role, content }}, not {}", type_name(turns))));
        }
        // Reflect (which catches) rather than Array methods: a Proxy passes `isArray`, and a
        // trap that throws must come back as an error, not unwind through this frame.
        let n = Reflect::get(turns, &"length".into())?.as_f64().unwrap_or(0.0);
        if n > f64::from(MAX_TURNS) {
            return Err(input_error(format!("{call}: {n} turns is more than the {MAX_TURNS} accepted; pass the recent turns")));
        }
        let budget = self.max_bytes.saturating_mul(MAX_CONVERSATION_FACTOR);
        let mut total = 0u64;
        let n = n as u32;
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            let t = Reflect::get_u32(turns, i)?;
            if !is_plain_object(&t) {
                return Err(input_error(format!("{call}: turns[{i}] must be an object {{ role, content }}, not {}", type_name(&t))));
            }
            let role_v = Reflect::get(&t, &"role".into())?;
            let Some(role) = parse_role(&role_v) else {
                return Err(input_error(format!("{call}: turns[{i}].role must be \"user\", \"assistant\" or \"system\", not {}", describe(&role_v))));
            };
            let content = Reflect::get(&t, &"content".into())?;
            if !content.is_string() {
                return Err(input_error(format!("{call}: turns[{i}].content must be a string, not {}", type_name(&content))));
            }
            let units = utf16_len(&content);
            total += units;
            if total > budget {
                return Err(input_error(format!("{call}: the conversation holds more than {budget} characters; pass the recent turns")));
            }
            out.push(Turn { role, content: js_string(&content, units) });
        }
        if !out.iter().any(|t| t.role != Role::System) {
            return Err(input_error(format!("{call}: a conversation needs at least one user or assistant turn")));
        }
        Ok(out)
    }
}

#[wasm_bindgen]
impl WasmGuard {
    /// Starts screening a streamed model output (see [`WasmOutputStream`]).
    #[wasm_bindgen(js_name = outputStream)]
    pub fn output_stream(&self, options: JsValue) -> Result<WasmOutputStream, JsValue> {
        let opts = screen_options(&options, Some(Direction::Output), "outputStream")?;
        Ok(WasmOutputStream { inner: Some(self.guard.output_stream(&opts)), input: Vec::new(), events: None, released: String::new() })
    }
}

/// A streamed output being screened: `write(chunk)` returns the events (JSON text:
/// `[{"type":"release","text":...} | {"type":"stopped","verdict":...,"replacement":...}]`,
/// or `undefined` when there are none, as for most chunks: no JSON to build or decode
/// per call), `end()` the final `{ release, verdict, stopped }`. Memory is bounded whatever the length.
#[wasm_bindgen]
pub struct WasmOutputStream {
    inner: Option<edgeward::stream::StreamScreener>,
    /// Where the glue encodes a chunk's UTF-8 for [`Self::write_input`].
    input: Vec<u8>,
    /// The JSON of the last write's events, when they were more than releases.
    events: Option<String>,
    /// The text the last write released (reused from write to write).
    released: String,
}

/// Largest release buffer a [`WasmOutputStream`] keeps between writes.
const MAX_KEPT_RELEASE: usize = 1 << 16;

/// The stream, unless it has ended.
fn live(inner: &mut Option<edgeward::stream::StreamScreener>) -> Result<&mut edgeward::stream::StreamScreener, JsValue> {
    inner.as_mut().ok_or_else(|| input_error("outputStream: write after end()"))
}

/// A write's events as the JSON array `write` answers with.
fn events_json(events: &[StreamEvent]) -> String {
    serde_json::to_string(events).unwrap_or_else(|_| "[]".into())
}

#[wasm_bindgen]
impl WasmOutputStream {
    pub fn write(&mut self, chunk: JsValue) -> Result<Option<String>, JsValue> {
        let s = live(&mut self.inner)?;
        if !chunk.is_string() {
            return Err(input_error(format!("outputStream.write: chunk must be a string, not {}", type_name(&chunk))));
        }
        let events = s.write(&chunk.as_string().unwrap_or_default());
        Ok((!events.is_empty()).then(|| events_json(&events)))
    }

    /// The address of a buffer of at least `bytes` bytes in wasm memory (what it held
    /// kept), for the glue to encode chunks into (`TextEncoder.encodeInto`) and write
    /// with [`Self::write_input`]: no allocation and no copy per chunk. Valid until the
    /// next call of this method; 0 bytes frees it.
    #[wasm_bindgen(js_name = inputBuffer)]
    pub fn input_buffer(&mut self, bytes: usize) -> *mut u8 {
        if bytes == 0 {
            self.input = Vec::new();
        } else if self.input.len() < bytes {
            self.input.resize(bytes, 0);
        }
        self.input.as_mut_ptr()
    }

    /// Writes the first `len` bytes of the input buffer (UTF-8). The answer is cheap for
    /// the glue: 0 when there is nothing to deliver (most writes), the number of UTF-16
    /// units released when the events are releases only (the glue has the text), and -1
    /// when there are other events, whose JSON [`Self::take_events`] then gives.
    #[wasm_bindgen(js_name = writeInput)]
    pub fn write_input(&mut self, len: usize) -> Result<i32, JsValue> {
        let Some(bytes) = self.input.get(..len) else {
            return Err(input_error(format!("outputStream: {len} bytes written to an input buffer of {}", self.input.len())));
        };
        let chunk = std::str::from_utf8(bytes).map_err(|e| input_error(format!("outputStream: the chunk is not UTF-8: {e}")))?;
        let released = &mut self.released;
        released.clear();
        let stop = live(&mut self.inner)?.write_into(chunk, released);
        let units = if released.is_ascii() { released.len() } else { released.chars().map(char::len_utf16).sum() };
        let answer = match (&stop, i32::try_from(units)) {
            (None, Ok(units)) => units,
            _ => {
                let mut events = Vec::new();
                if !released.is_empty() {
                    events.push(StreamEvent::Release { text: released.clone() });
                }
                events.extend(stop);
                self.events = Some(events_json(&events));
                -1
            }
        };
        if released.capacity() > MAX_KEPT_RELEASE {
            *released = String::new();
        }
        Ok(answer)
    }

    /// The JSON of the events [`Self::write_input`] answered -1 for.
    #[wasm_bindgen(js_name = takeEvents)]
    pub fn take_events(&mut self) -> String {
        self.events.take().unwrap_or_else(|| "[]".into())
    }

    /// Bytes that can be written with no event in return
    /// ([`edgeward::stream::StreamScreener::quiet_bytes`]); 0 once ended.
    #[wasm_bindgen(js_name = quietBytes)]
    pub fn quiet_bytes(&self) -> usize {
        self.inner.as_ref().map_or(0, |s| s.quiet_bytes())
    }

    pub fn end(&mut self) -> Result<String, JsValue> {
        let Some(s) = self.inner.take() else {
            return Err(input_error("outputStream: end() called twice"));
        };
        let e = s.end();
        // serialized directly, as `Verdict::to_json` is: through a `json!` value the
        // verdict's f32 scores would print as f64s (0.0053 as 0.0052999998442828655)
        serde_json::to_string(&e).map_err(|err| input_error(format!("outputStream.end: {err}")))
    }
}

impl WasmGuard {
    fn screen_text(&self, text: &JsValue, opts: &ScreenOptions, call: &str) -> Result<String, JsValue> {
        self.text_verdict(text, opts, call).map(|v| v.to_json())
    }

    fn text_verdict(&self, text: &JsValue, opts: &ScreenOptions, call: &str) -> Result<Verdict, JsValue> {
        if !text.is_string() {
            return Err(input_error(format!("{call}: text must be a string, not {}", type_name(text))));
        }
        let units = utf16_len(text);
        if units > self.max_bytes {
            // never copy it in: the same fail-mode verdict the core gives oversized text
            let e = Error::input(format!("text is at least {units} bytes; the policy's limit (limits.max_bytes) is {}", self.max_bytes));
            return Ok(self.guard.failure_verdict(opts.direction, &e));
        }
        let text = js_string(text, units);
        Ok(self.guard.screen(&text, opts))
    }
}

/// A short description of a bad enum-like value for error messages.
fn describe(v: &JsValue) -> String {
    match v.as_string() {
        Some(s) if s.chars().count() <= 40 => format!("{s:?}"),
        Some(_) => "a long string".into(),
        None => type_name(v).into(),
    }
}

// ---------------------------------------------------------------------------------------
// Policy tools

/// Compiles TOML policy source (a string, or bytes) into a bundle. Does not run the
/// policy's inline tests; `checkPolicy` does.
#[wasm_bindgen(js_name = compilePolicy)]
pub fn compile_policy(source: JsValue) -> Result<Vec<u8>, JsValue> {
    let Some(bytes) = policy_bytes(&source, "compilePolicy")? else {
        return Err(input_error("compilePolicy: source must be TOML policy source (a string)"));
    };
    load_policy(&bytes, source.is_string()).map(|p| p.to_bundle()).map_err(|e| js_error(&e))
}

/// Validates a policy (TOML string or bundle) and runs its inline tests with the
/// embedded model. Returns JSON: `{ ok, policy, errors: [{ code, message, rule, line }],
/// failures: [{ line, text, problem }], tests }`.
#[wasm_bindgen(js_name = checkPolicy)]
pub fn check_policy(source: JsValue) -> Result<String, JsValue> {
    let Some(bytes) = policy_bytes(&source, "checkPolicy")? else {
        return Err(input_error("checkPolicy: source must be TOML policy source (a string) or a bundle"));
    };
    let err_json = |e: &Error| json!({ "code": e.kind().code(), "message": e.message(), "rule": e.rule(), "line": e.line() });
    let policy = match load_policy(&bytes, source.is_string()) {
        Ok(p) => p,
        Err(e) => return Ok(json!({ "ok": false, "policy": null, "errors": [err_json(&e)], "failures": [], "tests": 0 }).to_string()),
    };
    let classifier = classifier().map_err(|e| js_error(&e))?;
    let guard = Guard::from_parts(policy, classifier);
    let failures: Vec<_> = policy_tests::run(&guard).into_iter().map(|f| json!({ "line": f.line, "text": f.text, "problem": f.problem })).collect();
    Ok(json!({
        "ok": failures.is_empty(),
        "policy": guard.policy().id(),
        "errors": [],
        "failures": failures,
        "tests": guard.policy().data().tests.len(),
    })
    .to_string())
}

/// The TOML source of the embedded default policy (a starting point for custom ones).
#[wasm_bindgen(js_name = defaultPolicySource)]
pub fn default_policy_source() -> String {
    DEFAULT_SOURCE.to_string()
}

/// Bytes of wasm linear memory the instance holds now. Linear memory never shrinks, so
/// this is also the most it has needed so far (what a host must budget for).
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        core::arch::wasm32::memory_size::<0>() as f64 * 65536.0
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

// The exported API exercised in a real browser (wasm-bindgen-test, headless Chromium).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
