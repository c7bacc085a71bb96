//! `POST /v1/chat/completions`: screen the prompt, answer locally or forward (steered),
//! then screen the answer, whole (JSON) or as it streams (SSE).

use crate::answer_stream::Relay;
use crate::offenders::Offenders;
use crate::openai::{
    self, json_response, local_answer, local_message, parse_request, screen_choices, summary,
    ApiError, ChatRequest,
};
use crate::preinit;
use crate::telemetry::Telemetry;
use crate::upstream;
use edgeward::{Direction, ErrorKind, Guard, ScreenOptions, Verdict};
use fastly::http::StatusCode;
use fastly::{Request, Response};
use serde_json::{json, Map, Value};

/// Handles one request. `None` when the response was already streamed to the client.
pub fn handle(mut req: Request) -> Option<Response> {
    let chat = match parse_request(&req.take_body_bytes()) {
        Ok(c) => c,
        Err(e) => return Some(e.into_response()),
    };
    let guard = match preinit::guard() {
        Ok(g) => g,
        Err(e) => return Some(server_error("guard_unavailable", e)),
    };
    let locale = locale_of(&req, &chat.body);
    let opts = match &locale {
        Some(l) => ScreenOptions::prompt().locale(l.clone()),
        None => ScreenOptions::prompt(),
    };
    let user = req
        .get_header_str("x-edgeward-user")
        .filter(|u| !u.is_empty())
        .map(String::from)
        .or_else(|| {
            chat.body
                .get("user")
                .and_then(Value::as_str)
                .filter(|u| !u.is_empty())
                .map(String::from)
        });

    let prompt = match screen_prompt(guard, &chat, &opts, user.as_deref()) {
        Ok(v) => v,
        Err(e) => return Some(e.into_response()),
    };
    let mut telemetry = Telemetry::open(user.as_deref(), locale.as_deref());
    if let (Some(t), Some(last)) = (&mut telemetry, chat.turns.last()) {
        t.emit(&last.content, &prompt, Direction::Prompt);
    }
    if !prompt.forward {
        let mut extra = Map::new();
        if let Some(e) = &prompt.enforcement {
            extra.insert("enforcement".into(), json!(e));
        }
        return Some(local_answer(
            &chat,
            &local_message(&prompt),
            summary(&prompt, None, extra),
        ));
    }

    // Forward: steer as a system message; our own fields do not travel upstream.
    let mut body = chat.body.clone();
    body.remove("locale");
    if let (Some(steer), Some(Value::Array(messages))) = (&prompt.steer, body.get_mut("messages")) {
        messages.insert(0, json!({ "role": "system", "content": steer }));
    }
    let upstream = match upstream::send(&body, chat.stream, req.get_header_str("authorization")) {
        Ok(r) => r,
        Err(reply) => return Some(reply.into_response()),
    };
    let output_opts = ScreenOptions {
        direction: Direction::Output,
        ..opts
    };
    if chat.stream {
        stream_answer(guard, upstream, &prompt, &output_opts)
    } else {
        Some(json_answer(guard, upstream, &prompt, &output_opts, telemetry))
    }
}

/// The prompt's verdict, through the user's ladder state when there is a user and a KV store.
fn screen_prompt(
    guard: &Guard,
    chat: &ChatRequest,
    opts: &ScreenOptions,
    user: Option<&str>,
) -> Result<Verdict, ApiError> {
    let verdict = match guard.try_screen_conversation(&chat.turns, opts) {
        Ok(v) => v,
        // a conversation without a user or assistant turn is the client's mistake
        Err(e) if e.kind() == ErrorKind::Input => {
            return Err(ApiError::invalid("invalid_messages", e.to_string()))
        }
        Err(e) => guard.failure_verdict(Direction::Prompt, &e),
    };
    let Some(user) = user else { return Ok(verdict) };
    match Offenders::open().map_err(|e| server_api_error("kv_store_unavailable", &e))? {
        Some(store) => store
            .enforce(guard, user, &verdict)
            .map_err(|e| server_api_error("kv_store_failed", &e)),
        None => Ok(verdict),
    }
}

fn json_answer(
    guard: &Guard,
    mut upstream: Response,
    prompt: &Verdict,
    opts: &ScreenOptions,
    mut telemetry: Option<Telemetry>,
) -> Response {
    let mut data: Value = match serde_json::from_slice(&upstream.take_body_bytes()) {
        Ok(v) => v,
        Err(_) => {
            return ApiError::upstream(
                StatusCode::BAD_GATEWAY,
                "bad_upstream_response",
                "The upstream answer is not valid JSON.",
            )
            .into_response()
        }
    };
    let Some(Value::Array(choices)) = data.get_mut("choices") else {
        return ApiError::upstream(
            StatusCode::BAD_GATEWAY,
            "bad_upstream_response",
            "The upstream answer has no 'choices'.",
        )
        .into_response();
    };
    let output = screen_choices(choices, |text| {
        let v = guard.screen(text, opts);
        if let Some(t) = &mut telemetry {
            t.emit(text, &v, Direction::Output);
        }
        v
    });
    let edgeward = summary(prompt, output.as_ref(), Map::new());
    let action = edgeward["action"].as_str().unwrap_or("allow").to_string();
    data["edgeward"] = edgeward;
    json_response(StatusCode::OK, &data).with_header("x-edgeward-action", action)
}

fn stream_answer(
    guard: &Guard,
    mut upstream: Response,
    prompt: &Verdict,
    opts: &ScreenOptions,
) -> Option<Response> {
    let kind = upstream
        .get_header_str("content-type")
        .unwrap_or("")
        .to_string();
    if !kind.contains("text/event-stream") {
        let shown = if kind.is_empty() {
            "no content type"
        } else {
            &kind
        };
        return Some(ApiError::upstream(StatusCode::BAD_GATEWAY, "bad_upstream_stream", format!("The upstream answered a streaming request with '{shown}', not an event stream.")).into_response());
    }
    let body = upstream.take_body();
    let client = openai::sse_response()
        .with_header("x-edgeward-action", prompt.action.id())
        .stream_to_client();
    let (client, _outcome) = Relay::new(client, guard.output_stream(opts), prompt).run(body);
    // Dropping the upstream body (moved into `run`) closes it, a cut included.
    let _ = client.finish();
    None
}

/// The body's `locale` (not forwarded), else the first `Accept-Language` tag.
fn locale_of(req: &Request, body: &Map<String, Value>) -> Option<String> {
    if let Some(l) = body
        .get("locale")
        .and_then(Value::as_str)
        .filter(|l| !l.is_empty())
    {
        return Some(l.to_string());
    }
    let first = req
        .get_header_str("accept-language")?
        .split(',')
        .next()?
        .split(';')
        .next()?
        .trim();
    (!first.is_empty() && first != "*").then(|| first.to_string())
}

fn server_api_error(code: &'static str, message: &str) -> ApiError {
    ApiError {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        message: format!("edgeward: {message}"),
        kind: "server_error",
        code,
    }
}

pub fn server_error(code: &'static str, message: &str) -> Response {
    server_api_error(code, message).into_response()
}
