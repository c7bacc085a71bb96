//! Telemetry for JS hosts: the privacy-preserving event (see `edgeward::telemetry`) for a
//! verdict the guard gave, so a Worker or a page can feed `edgeward trends` without
//! keeping what people wrote.

use super::enforce::now_seconds;
use super::{input_error, is_absent, screen_options, type_name, WasmGuard};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl WasmGuard {
    /// The privacy-preserving telemetry event for a verdict this guard gave on `text`
    /// (see `edgeward::telemetry`): JSON text with no raw or reversible text. `options`:
    /// `{ salt, user?, locale?, direction?, now?, time_bucket_s? }`.
    #[wasm_bindgen(js_name = telemetryEvent)]
    pub fn telemetry_event(&self, text: JsValue, verdict_json: JsValue, options: JsValue) -> Result<String, JsValue> {
        const CALL: &str = "telemetryEvent";
        let Some(text) = text.as_string() else {
            return Err(input_error(format!("{CALL}: text must be the string that was screened, not {}", type_name(&text))));
        };
        let verdict: edgeward::Verdict = verdict_json
            .as_string()
            .and_then(|s| serde_json::from_str(&s).ok())
            .ok_or_else(|| input_error(format!("{CALL}: verdict must be a verdict this guard returned")))?;
        let opts = screen_options(&options, None, CALL)?;
        // options.<key>, absent when `options` or the key is
        let field = |key: &str| -> Result<JsValue, JsValue> { if is_absent(&options) { Ok(JsValue::UNDEFINED) } else { js_sys::Reflect::get(&options, &key.into()) } };
        let string = |key: &str| -> Result<Option<String>, JsValue> {
            let v = field(key)?;
            if is_absent(&v) {
                return Ok(None);
            }
            v.as_string().map(Some).ok_or_else(|| input_error(format!("{CALL}: options.{key} must be a string, not {}", type_name(&v))))
        };
        let mut topts = edgeward::telemetry::TelemetryOptions::with_salt(string("salt")?.unwrap_or_default());
        if let Some(s) = field("time_bucket_s")?.as_f64().filter(|s| s.is_finite() && *s >= 1.0) {
            topts.time_bucket_s = s as u64;
        }
        let now = now_seconds(&field("now")?, CALL)?;
        let user = string("user")?;
        let normalized = edgeward::text::normalize(&text);
        let event = edgeward::telemetry::event(&verdict, normalized.as_str(), opts.direction, opts.locale.as_deref(), user.as_deref(), now, &topts);
        Ok(event.to_json())
    }
}
