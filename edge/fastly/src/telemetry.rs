//! One privacy-preserving event per verdict, as the Worker's `emitEvent` sends: the
//! core's [`edgeward::telemetry::event`] (time bucket, direction, action, categories,
//! coarse scores, rule ids, versions, coarse locale, a salted user hash and a SimHash
//! signature of the words; no text), one JSON line per event to the real-time log
//! endpoint `edgeward_events`, which `edgeward trends` reads. On only when the secret
//! store `edgeward_secrets` holds a `telemetry_salt`; it never fails a request.

use crate::upstream::SECRETS;
use edgeward::telemetry::{event, TelemetryOptions};
use edgeward::{Direction, Verdict};
use fastly::log::Endpoint;
use fastly::secret_store::SecretStore;
use std::io::Write;

/// The secret store key of the salt (keep it secret and fixed per deployment: the user
/// hashes and signatures are keyed by it).
pub const SALT: &str = "telemetry_salt";
/// The log endpoint the events go to.
pub const ENDPOINT: &str = "edgeward_events";

/// Where one request's events go, with who asked and in which locale.
pub struct Telemetry {
    options: TelemetryOptions,
    endpoint: Endpoint,
    user: Option<String>,
    locale: Option<String>,
}

impl Telemetry {
    /// `None` when there is no salt (telemetry off), or no endpoint.
    pub fn open(user: Option<&str>, locale: Option<&str>) -> Option<Telemetry> {
        let secret = SecretStore::open(SECRETS).ok()?.try_get(SALT).ok()??;
        let salt = String::from_utf8(secret.plaintext().to_vec()).ok().filter(|s| !s.is_empty())?;
        Some(Telemetry {
            options: TelemetryOptions::with_salt(salt),
            endpoint: Endpoint::try_from_name(ENDPOINT).ok()?,
            user: user.map(String::from),
            locale: locale.map(String::from),
        })
    }

    /// Logs the event for `verdict`, given on `text` in `direction`.
    pub fn emit(&mut self, text: &str, verdict: &Verdict, direction: Direction) {
        let normalized = edgeward::text::normalize(text);
        let ev = event(verdict, normalized.as_str(), direction, self.locale.as_deref(), self.user.as_deref(), crate::openai::unix_now(), &self.options);
        // one write is one log line; a failed write is dropped, not an error
        let _ = self.endpoint.write_all(format!("{{\"edgeward_event\":{}}}", ev.to_json()).as_bytes());
    }
}
