//! edgeward on Fastly Compute: a screening proxy for OpenAI-compatible
//! `POST /v1/chat/completions` (streaming and not), the same as the Cloudflare Worker
//! (edge/cloudflare) but with the Rust core itself, compiled for wasm32-wasip1.
//!
//!   prompt  → Guard::screen_conversation   refuse / support (no forward) / block: answered
//!                                          here, the backend `upstream` is not called;
//!                                          steer / support (forward): a system message
//!   output  → Guard::screen                JSON: a choice replaced by the policy message
//!             StreamScreener               SSE: screened as it streams, cut when harmful
//!   verdicts and banners ride along under `edgeward`
//!
//! Other routes: `GET /healthz` (the policy id, and whether the module was
//! pre-initialized) and `POST /edgeward/screen` (JSONL screening, see [`screen_api`]).
//! Every response says how long the guest took, from its start to the response, in
//! `x-edgeward-guest-us`.

mod answer_stream;
mod chat;
mod offenders;
mod openai;
mod preinit;
mod screen_api;
mod sse;
mod telemetry;
mod upstream;

use fastly::http::{Method, StatusCode};
use fastly::{Request, Response};
use openai::{json_response, ApiError};
use serde_json::json;
use std::time::Instant;

fn main() {
    let started = Instant::now();
    let was_ready = preinit::is_ready();
    let req = Request::from_client();
    if let Some(res) = route(req, was_ready) {
        res.with_header(
            "x-edgeward-guest-us",
            started.elapsed().as_micros().to_string(),
        )
        .send_to_client();
    }
}

fn route(mut req: Request, was_ready: bool) -> Option<Response> {
    let path = req.get_path().to_string();
    let method = req.get_method().clone();
    match path.as_str() {
        "/v1/chat/completions" | "/chat/completions" if method == Method::POST => chat::handle(req),
        "/v1/chat/completions" | "/chat/completions" => {
            let e = ApiError {
                status: StatusCode::METHOD_NOT_ALLOWED,
                message: "Use POST.".into(),
                kind: "invalid_request_error",
                code: "method_not_allowed",
            };
            Some(e.into_response().with_header("allow", "POST"))
        }
        "/healthz" => Some(match preinit::guard() {
            Ok(g) => json_response(
                StatusCode::OK,
                &json!({ "ok": true, "policy": g.policy().id(), "preinitialized": was_ready }),
            ),
            Err(e) => chat::server_error("guard_unavailable", e),
        }),
        "/edgeward/screen" if method == Method::POST => Some(match preinit::guard() {
            Ok(g) => {
                let body = req.take_body_bytes();
                screen_api::handle(g, &body, req.get_query_parameter("locale"))
            }
            Err(e) => chat::server_error("guard_unavailable", e),
        }),
        _ => Some(
            ApiError {
                status: StatusCode::NOT_FOUND,
                message: format!("No route for {method} {path}."),
                kind: "invalid_request_error",
                code: "not_found",
            }
            .into_response(),
        ),
    }
}
