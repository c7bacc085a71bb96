//! The repeat-offender ladder for JS hosts: the host keeps each user's state (a small
//! JSON value) wherever it likes — `localStorage`, a Durable Object, a KV store — and
//! passes it in with each prompt; the verdict carries `enforcement` and the new state
//! comes back to be stored. A user in cooldown or blocked gets `block` without screening.

use super::{input_error, is_absent, screen_options, type_name, WasmGuard};
use edgeward::ladder::OffenderState;
use edgeward::{Direction, Error};
use wasm_bindgen::prelude::*;

/// Reads a stored state: `undefined` / `null` / `""` (a clean record) or its JSON text.
fn offender_state(v: &JsValue, call: &str) -> Result<OffenderState, JsValue> {
    if is_absent(v) {
        return Ok(OffenderState::default());
    }
    let Some(s) = v.as_string() else {
        return Err(input_error(format!("{call}: state must be the JSON text of a stored state (or null), not {}", type_name(v))));
    };
    OffenderState::from_json(&s).map_err(|m| input_error(format!("{call}: {m}")))
}

/// Seconds since the epoch from a JS time in milliseconds (`Date.now()`); `undefined` is now.
pub(crate) fn now_seconds(now_ms: &JsValue, call: &str) -> Result<u64, JsValue> {
    let ms = if is_absent(now_ms) { js_sys::Date::now() } else { now_ms.as_f64().unwrap_or(f64::NAN) };
    if !ms.is_finite() || ms < 0.0 {
        return Err(input_error(format!("{call}: now must be a time in milliseconds like Date.now(), not {}", type_name(now_ms))));
    }
    Ok((ms / 1000.0).floor() as u64)
}

#[wasm_bindgen]
impl WasmGuard {
    /// Screens a prompt (a string) or a conversation (`[{ role, content }]`) for a user
    /// whose stored ladder state is `state`, at `now_ms`. Returns JSON text
    /// `{ "verdict": {...}, "state": "<JSON to store>" | null }`; `null` means the record
    /// is clean and the host may delete it.
    #[wasm_bindgen(js_name = screenEnforced)]
    pub fn screen_enforced(&self, input: JsValue, state: JsValue, now_ms: JsValue, options: JsValue) -> Result<String, JsValue> {
        const CALL: &str = "screenEnforced";
        let mut st = offender_state(&state, CALL)?;
        let now = now_seconds(&now_ms, CALL)?;
        let opts = screen_options(&options, Some(Direction::Prompt), CALL)?;
        // The input is validated before the gate, so a bad call never counts; a user in
        // cooldown or blocked is answered without screening.
        let verdict = if input.is_string() {
            self.guard.screen_enforced(&self.ladder, &mut st, now, || {
                self.text_verdict(&input, &opts, CALL)
                    .unwrap_or_else(|_| self.guard.failure_verdict(Direction::Prompt, &Error::input("the text could not be read")))
            })
        } else if js_sys::Array::is_array(&input) {
            let turns = self.conversation_turns(&input, CALL)?;
            self.guard.screen_enforced(&self.ladder, &mut st, now, || self.guard.screen_conversation(&turns, &opts))
        } else {
            return Err(input_error(format!("{CALL}: input must be a prompt (a string) or turns ([{{ role, content }}]), not {}", type_name(&input))));
        };
        let stored = if self.ladder.is_forgotten(&st, now) { None } else { Some(st.to_json()) };
        // the verdict as `to_json` writes it (through a `json!` value its f32 scores would
        // print as f64s: 0.0053 as 0.0052999998442828655)
        let state = serde_json::to_string(&stored).unwrap_or_else(|_| "null".into());
        Ok(format!("{{\"verdict\":{},\"state\":{state}}}", verdict.to_json()))
    }

    /// Where a user with stored `state` stands at `now_ms`, without screening anything:
    /// JSON text of `{ strikes, state, retry_after_s? }`.
    pub fn standing(&self, state: JsValue, now_ms: JsValue) -> Result<String, JsValue> {
        let st = offender_state(&state, "standing")?;
        let now = now_seconds(&now_ms, "standing")?;
        Ok(serde_json::to_string(&self.ladder.enforcement(&st, now)).unwrap_or_else(|_| "{}".into()))
    }
}

