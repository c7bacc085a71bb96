//! OpenAI chat-completion shapes: reading a request, the local answer for a prompt that
//! is not forwarded, the `edgeward` summary, screening the choices of a JSON answer and
//! OpenAI-style errors. The same behaviour as the npm package's `edgeward/openai`, which
//! the Cloudflare Worker uses.

use edgeward::{Role, Turn, Verdict};
use fastly::http::StatusCode;
use fastly::Response;
use serde_json::{json, Map, Value};

pub const JSON_TYPE: &str = "application/json; charset=utf-8";
pub const SSE_TYPE: &str = "text/event-stream; charset=utf-8";

/// An error answered to the client as `{"error": {message, type, param, code}}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    pub kind: &'static str,
    pub code: &'static str,
}

impl ApiError {
    pub fn invalid(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            kind: "invalid_request_error",
            code,
        }
    }

    pub fn upstream(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            kind: "upstream_error",
            code,
        }
    }

    /// The error's JSON body (also sent as an SSE event when a stream fails midway).
    pub fn body(&self) -> Value {
        json!({ "error": { "message": self.message, "type": self.kind, "param": null, "code": self.code } })
    }

    pub fn into_response(self) -> Response {
        json_response(self.status, &self.body())
    }
}

pub fn json_response(status: StatusCode, body: &Value) -> Response {
    Response::from_status(status)
        .with_header("content-type", JSON_TYPE)
        .with_body(body.to_string())
}

/// One SSE event carrying `payload` (JSON, or the `[DONE]` marker).
pub fn sse_event(payload: &str) -> String {
    format!("data: {payload}\n\n")
}

pub const SSE_DONE: &str = "[DONE]";

/// A validated chat-completion request body.
pub struct ChatRequest {
    /// The body as sent, an object.
    pub body: Map<String, Value>,
    pub turns: Vec<Turn>,
    pub stream: bool,
}

/// Parses and validates a request body, with the Worker's error codes.
pub fn parse_request(raw: &[u8]) -> Result<ChatRequest, ApiError> {
    let value: Value = serde_json::from_slice(raw)
        .map_err(|_| ApiError::invalid("invalid_json", "The request body is not valid JSON."))?;
    let Value::Object(body) = value else {
        return Err(ApiError::invalid(
            "invalid_body",
            "The request body must be a JSON object.",
        ));
    };
    let messages = match body.get("messages") {
        Some(Value::Array(m)) if !m.is_empty() => m,
        _ => {
            return Err(ApiError::invalid(
                "missing_messages",
                "'messages' is required and must be a non-empty array.",
            ))
        }
    };
    if !messages
        .iter()
        .all(|m| m.get("role").is_some_and(Value::is_string))
    {
        return Err(ApiError::invalid(
            "invalid_messages",
            "Every message needs a string 'role'.",
        ));
    }
    let turns = messages.iter().map(to_turn).collect();
    let stream = body.get("stream") == Some(&Value::Bool(true));
    if stream
        && body
            .get("n")
            .is_some_and(|n| !n.is_null() && n.as_f64() != Some(1.0))
    {
        return Err(ApiError::invalid(
            "unsupported_n",
            "edgeward screens one choice per stream: use n = 1 with stream = true.",
        ));
    }
    Ok(ChatRequest {
        body,
        turns,
        stream,
    })
}

/// The text of an OpenAI message `content` (a string or an array of parts).
pub fn content_text(content: Option<&Value>) -> String {
    match content {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(|p| match p {
                Value::String(s) => Some(s.as_str()),
                _ => p.get("text").and_then(Value::as_str),
            })
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

fn to_turn(m: &Value) -> Turn {
    let role = match m.get("role").and_then(Value::as_str) {
        Some("system" | "developer") => Role::System,
        Some("user") => Role::User,
        _ => Role::Assistant,
    };
    Turn {
        role,
        content: content_text(m.get("content")),
    }
}

/// The text answered locally for a prompt verdict that does not forward: the message,
/// then one line per crisis resource.
pub fn local_message(v: &Verdict) -> String {
    let msg = v
        .message
        .clone()
        .unwrap_or_else(|| "I can't help with that request.".into());
    let lines: Vec<String> = v
        .resources
        .iter()
        .map(|r| {
            let phone = r
                .phone
                .as_deref()
                .map(|p| format!(": {p}"))
                .unwrap_or_default();
            let url = r
                .url
                .as_deref()
                .map(|u| format!(" ({u})"))
                .unwrap_or_default();
            format!("- {}{phone}{url}", r.name)
        })
        .collect();
    if lines.is_empty() {
        msg
    } else {
        format!("{msg}\n\n{}", lines.join("\n"))
    }
}

/// A locally answered chat completion: SSE chunks for a streaming request, JSON
/// otherwise, with `edgeward` attached and `finish_reason: "content_filter"`.
pub fn local_answer(req: &ChatRequest, content: &str, edgeward: Value) -> Response {
    let id = completion_id();
    let created = unix_now();
    let model = req
        .body
        .get("model")
        .and_then(Value::as_str)
        .unwrap_or("edgeward");
    let action = edgeward["action"].as_str().unwrap_or("allow").to_string();
    if req.stream {
        let chunk = |delta: Value, finish: Value| {
            json!({ "id": id, "object": "chat.completion.chunk", "created": created, "model": model,
                    "choices": [{ "index": 0, "delta": delta, "finish_reason": finish }] })
            .to_string()
        };
        let body = [
            chunk(
                json!({ "role": "assistant", "content": content }),
                Value::Null,
            ),
            chunk(json!({}), json!("content_filter")),
            json!({ "edgeward": edgeward }).to_string(),
            SSE_DONE.to_string(),
        ]
        .iter()
        .map(|p| sse_event(p))
        .collect::<String>();
        return sse_response()
            .with_header("x-edgeward-action", action)
            .with_body(body);
    }
    let body = json!({
        "id": id, "object": "chat.completion", "created": created, "model": model,
        "choices": [{ "index": 0, "message": { "role": "assistant", "content": content }, "finish_reason": "content_filter" }],
        "usage": { "prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0 },
        "edgeward": edgeward,
    });
    json_response(StatusCode::OK, &body).with_header("x-edgeward-action", action)
}

/// A 200 with the event-stream headers and no body yet.
pub fn sse_response() -> Response {
    Response::from_status(StatusCode::OK)
        .with_header("content-type", SSE_TYPE)
        .with_header("cache-control", "no-cache")
}

/// The `edgeward` summary of a prompt and an output verdict: the strongest action, every
/// banner and resource of either (once), both verdicts, and `extra` fields.
pub fn summary(prompt: &Verdict, output: Option<&Verdict>, extra: Map<String, Value>) -> Value {
    let mut banners = prompt.banners.clone();
    let mut resources = prompt.resources.clone();
    let mut action = prompt.action;
    if let Some(o) = output {
        banners.extend(
            o.banners
                .iter()
                .filter(|b| !prompt.banners.iter().any(|x| x.id == b.id))
                .cloned(),
        );
        resources.extend(
            o.resources
                .iter()
                .filter(|r| !prompt.resources.iter().any(|x| x.id == r.id))
                .cloned(),
        );
        action = action.max(o.action);
    }
    let mut out = json!({
        "action": action,
        "banners": banners,
        "resources": resources,
        "prompt": prompt,
        "output": output,
    });
    if let Value::Object(o) = &mut out {
        o.extend(extra);
    }
    out
}

/// Screens every choice of a JSON answer with `screen`; a choice that may not be
/// delivered gets the verdict's message instead (`finish_reason: "content_filter"`).
/// Returns the verdict to report: the last that stops forwarding, else the first.
pub fn screen_choices(choices: &mut [Value], mut screen: impl FnMut(&str) -> Verdict) -> Option<Verdict> {
    let mut reported: Option<Verdict> = None;
    for choice in choices.iter_mut() {
        let text = content_text(choice.pointer("/message/content"));
        if text.is_empty() {
            continue;
        }
        let v = screen(&text);
        if !v.forward {
            choice["message"]["content"] = json!(v.message.clone().unwrap_or_default());
            choice["finish_reason"] = json!("content_filter");
        }
        if reported.is_none() || !v.forward {
            reported = Some(v);
        }
    }
    reported
}

/// `chatcmpl-edgeward-` and 24 random hex digits.
pub fn completion_id() -> String {
    let mut bytes = [0u8; 12];
    // Randomness is only for uniqueness here; a failure leaves zeros.
    let _ = getrandom::fill(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("chatcmpl-edgeward-{hex}")
}

pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
