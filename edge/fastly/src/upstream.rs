//! The model provider: the backend `upstream` (fastly.toml, or the service's backend of
//! that name), called at `/v1/chat/completions` or the config store's `upstream_path`. Its timeouts are the backend's: the
//! first-byte timeout bounds the wait for the answer's headers, the between-bytes timeout
//! a stalled stream.

use crate::openai::ApiError;
use fastly::http::request::SendErrorCause;
use fastly::http::{HeaderValue, StatusCode};
use fastly::secret_store::SecretStore;
use fastly::ConfigStore;
use fastly::{Request, Response};
use serde_json::{Map, Value};
use std::time::{Duration, Instant};

pub const BACKEND: &str = "upstream";
/// The config store and key of the provider's path (`/v1/chat/completions` without it).
pub const CONFIG: &str = "edgeward_config";
pub const PATH_KEY: &str = "upstream_path";
/// The secret store and key of the provider's API key, used when the client sends no
/// `Authorization` (a client's header is passed through).
pub const SECRETS: &str = "edgeward_secrets";
pub const API_KEY: &str = "upstream_api_key";

/// Sends the chat request `body` upstream; `Ok` is a 2xx answer. A 4xx comes back as it
/// is (a bad key, an unknown model, a rate limit); everything else is a clear error.
pub fn send(
    body: &Map<String, Value>,
    stream: bool,
    authorization: Option<&str>,
) -> Result<Response, Reply> {
    let mut req = Request::post(format!("http://upstream{}", endpoint_path()))
        .with_header("content-type", "application/json")
        .with_header(
            "accept",
            if stream {
                "text/event-stream"
            } else {
                "application/json"
            },
        )
        .with_body(Value::Object(body.clone()).to_string());
    // A value that is not a valid header (a mangled secret) is left out, not a panic.
    if let Some(auth) = authorization
        .map(String::from)
        .or_else(api_key)
        .and_then(|a| HeaderValue::from_str(&a).ok())
    {
        req.set_header("authorization", auth);
    }
    let started = Instant::now();
    let mut res = req.send(BACKEND).map_err(|e| {
        let cause = e.root_cause();
        Reply::Error(if is_timeout(cause, started.elapsed()) {
            ApiError::upstream(
                StatusCode::GATEWAY_TIMEOUT,
                "upstream_timeout",
                "The upstream model did not answer within the backend's first-byte timeout.",
            )
        } else {
            ApiError::upstream(
                StatusCode::BAD_GATEWAY,
                "upstream_unreachable",
                format!("The upstream model could not be reached: {cause}"),
            )
        })
    })?;
    let status = res.get_status();
    if status.is_success() {
        return Ok(res);
    }
    let detail: String = res.take_body_str_lossy().chars().take(500).collect();
    if status.is_client_error() {
        let kind = res
            .get_header_str("content-type")
            .unwrap_or("application/json")
            .to_string();
        return Err(Reply::Passed(Box::new(
            Response::from_status(status)
                .with_header("content-type", kind)
                .with_body(detail),
        )));
    }
    let sep = if detail.is_empty() { "" } else { ": " };
    Err(Reply::Error(ApiError::upstream(
        StatusCode::BAD_GATEWAY,
        "upstream_failed",
        format!(
            "The upstream model failed with HTTP {}{sep}{detail}",
            status.as_u16()
        ),
    )))
}

/// What the client gets instead of an answer to screen.
pub enum Reply {
    /// The upstream's own 4xx.
    Passed(Box<Response>),
    Error(ApiError),
}

impl Reply {
    pub fn into_response(self) -> Response {
        match self {
            Reply::Passed(r) => *r,
            Reply::Error(e) => e.into_response(),
        }
    }
}

/// A failure only slow to come is a timeout. Fastly names backend timeouts; Viceroy
/// reports them as a generic error, which, after this long, is one too (a refused or
/// unresolvable connection fails at once).
pub const SLOW_FAILURE: Duration = Duration::from_secs(1);

fn is_timeout(cause: &SendErrorCause, waited: Duration) -> bool {
    match cause {
        SendErrorCause::HttpResponseTimeout
        | SendErrorCause::ConnectionTimeout
        | SendErrorCause::DnsTimeout => true,
        SendErrorCause::InternalError(_) => waited >= SLOW_FAILURE,
        _ => false,
    }
}

/// Where on the backend the chat completions are: the config store's `upstream_path`,
/// read as the Worker reads `UPSTREAM_URL`'s path (a base such as `/openai/v1`, a `/vN`
/// base, or the full endpoint), else `/v1/chat/completions`.
fn endpoint_path() -> String {
    let configured = ConfigStore::try_open(CONFIG)
        .ok()
        .and_then(|c| c.try_get(PATH_KEY).ok().flatten());
    endpoint_for(configured.as_deref().unwrap_or(""))
}

fn endpoint_for(base: &str) -> String {
    let base = base.trim().trim_end_matches('/');
    let base = if base.is_empty() || base.starts_with('/') {
        base.to_string()
    } else {
        format!("/{base}")
    };
    let version = base.rsplit('/').next().is_some_and(|last| {
        last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit())
    });
    if base.ends_with("/chat/completions") {
        base
    } else if version {
        format!("{base}/chat/completions")
    } else {
        format!("{base}/v1/chat/completions")
    }
}

fn api_key() -> Option<String> {
    let secret = SecretStore::open(SECRETS).ok()?.try_get(API_KEY).ok()??;
    let key = String::from_utf8(secret.plaintext().to_vec()).ok()?;
    Some(format!("Bearer {}", key.trim()))
}

#[cfg(test)]
mod tests {
    use super::endpoint_for;

    #[test]
    fn the_endpoint_path_is_read_as_the_worker_reads_upstream_url() {
        for (base, want) in [
            ("", "/v1/chat/completions"),
            ("/", "/v1/chat/completions"),
            ("/v1", "/v1/chat/completions"),
            ("/openai/v1/", "/openai/v1/chat/completions"),
            ("/api/v2", "/api/v2/chat/completions"),
            ("/proxy", "/proxy/v1/chat/completions"),
            ("/vendor", "/vendor/v1/chat/completions"),
            ("/x/chat/completions", "/x/chat/completions"),
            ("openai/v1", "/openai/v1/chat/completions"),
        ] {
            assert_eq!(endpoint_for(base), want, "{base:?}");
        }
    }
}
