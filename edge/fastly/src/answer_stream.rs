//! A streamed answer, screened as it arrives: the upstream's SSE chunks are parsed, their
//! `choices[0].delta.content` goes through the core's [`StreamScreener`] (each byte
//! screened once, with a bounded hold-back), and what it releases is sent on to the client
//! as chunks of the upstream's id and model. When the screener stops, the client gets a
//! last chunk with the policy's message (`finish_reason: "content_filter"`), the
//! `edgeward` event (`cut: true`) and `[DONE]`, and the upstream body is dropped. A
//! finished answer gets the `edgeward` event just before `[DONE]`.

use crate::openai::{sse_event, summary, unix_now, ApiError, SSE_DONE};
use crate::sse::SseParser;
use edgeward::stream::{StreamEvent, StreamScreener};
use edgeward::Verdict;
use fastly::http::StatusCode;
use serde_json::{json, Map, Value};
use crate::upstream::SLOW_FAILURE;
use std::io::{ErrorKind, Read, Write};
use std::time::{Duration, Instant};

/// What the client is sent, in order. Written and flushed one batch at a time.
pub struct Relay<'a, W: Write> {
    client: W,
    screener: Option<StreamScreener>,
    prompt: &'a Verdict,
    /// id, created and model of the upstream's chunks, for the chunks made here.
    meta: Map<String, Value>,
    /// Content chunks sent so far (the cut message is set apart from released text).
    released_any: bool,
    /// Non-content chunks (finish reason, usage) that arrived after content: they follow
    /// the last released text.
    held: Vec<Value>,
    parser: SseParser,
}

/// How a relay ended.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Finished,
    Cut,
    Failed,
}

impl<'a, W: Write> Relay<'a, W> {
    pub fn new(client: W, screener: StreamScreener, prompt: &'a Verdict) -> Self {
        Relay { client, screener: Some(screener), prompt, meta: Map::new(), released_any: false, held: Vec::new(), parser: SseParser::default() }
    }

    /// Reads `upstream` to its end (or until the answer is cut) and relays it; returns
    /// the client side, to be finished by the caller.
    pub fn run(mut self, mut upstream: impl Read) -> (W, Outcome) {
        let mut buf = vec![0u8; 16 * 1024];
        let mut last_bytes = Instant::now();
        let outcome = loop {
            let read = upstream.read(&mut buf);
            let n = match read {
                Ok(0) => match self.parser.finish() {
                    Some(data) => match self.on_event(&data) {
                        Some(outcome) => break outcome,
                        None => break self.end(),
                    },
                    None => break self.end(),
                },
                Ok(n) => {
                    last_bytes = Instant::now();
                    n
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => break self.fail(read_error(&e, last_bytes.elapsed())),
            };
            let mut done = None;
            for data in self.parser.push(&buf[..n]) {
                done = self.on_event(&data);
                if done.is_some() {
                    break;
                }
            }
            let _ = self.client.flush();
            if let Some(outcome) = done {
                break outcome;
            }
        };
        let _ = self.client.flush();
        (self.client, outcome)
    }

    /// Handles one event; `Some` when the relay is over.
    fn on_event(&mut self, data: &str) -> Option<Outcome> {
        if data.trim() == SSE_DONE {
            return Some(self.end());
        }
        let chunk: Value = match serde_json::from_str(data) {
            Ok(v) => v,
            Err(_) => {
                let shown: String = data.chars().take(80).collect();
                return Some(self.fail(bad_stream(format!("an event is not JSON: {shown:?}"))));
            }
        };
        if let Some(err) = chunk.get("error") {
            let msg = err.get("message").and_then(Value::as_str).map(String::from).unwrap_or_else(|| err.to_string());
            return Some(self.fail(bad_stream(format!("the upstream sent an error: {msg}"))));
        }
        if chunk.get("edgeward").is_some() {
            return None; // never trust an upstream's verdict
        }
        if self.meta.is_empty() {
            for k in ["id", "created", "model"] {
                if let Some(v) = chunk.get(k) {
                    self.meta.insert(k.into(), v.clone());
                }
            }
        }
        let content = chunk.pointer("/choices/0/delta/content").and_then(Value::as_str).unwrap_or("");
        if content.is_empty() {
            if self.screener.as_ref().is_some_and(|s| s.written_bytes() > 0) {
                self.held.push(chunk);
            } else {
                self.send(&chunk);
            }
            return None;
        }
        let events = self.screener.as_mut()?.write(content);
        for event in events {
            match event {
                StreamEvent::Release { text } => self.release(&text),
                StreamEvent::Stopped { verdict, replacement } => return Some(self.cut(&verdict, &replacement)),
            }
        }
        None
    }

    /// The answer is complete: screen what is left, release it or withhold it.
    fn end(&mut self) -> Outcome {
        let Some(screener) = self.screener.take() else { return Outcome::Failed };
        let end = screener.end();
        if end.stopped {
            let message = end.verdict.message.clone().unwrap_or_default();
            return self.cut(&end.verdict, &message);
        }
        self.release(&end.release);
        for chunk in std::mem::take(&mut self.held) {
            self.send(&chunk);
        }
        self.finish(&end.verdict, false);
        Outcome::Finished
    }

    fn cut(&mut self, verdict: &Verdict, replacement: &str) -> Outcome {
        let sep = if self.released_any { "\n\n" } else { "" };
        let chunk = self.chunk(json!({ "content": format!("{sep}{replacement}") }), json!("content_filter"));
        self.send(&chunk);
        self.finish(verdict, true);
        Outcome::Cut
    }

    /// The `edgeward` event and `[DONE]`.
    fn finish(&mut self, output: &Verdict, cut: bool) {
        let mut extra = Map::new();
        extra.insert("cut".into(), json!(cut));
        let payload = json!({ "edgeward": summary(self.prompt, Some(output), extra) });
        self.write(&sse_event(&payload.to_string()));
        self.write(&sse_event(SSE_DONE));
        self.screener = None;
    }

    /// An error event and `[DONE]` (the 200 is already sent). What was received before is
    /// the whole answer now: the held-back rest of it goes out first if it may.
    fn fail(&mut self, e: ApiError) -> Outcome {
        if let Some(screener) = self.screener.take() {
            let end = screener.end();
            if !end.stopped {
                self.release(&end.release);
            }
        }
        self.write(&sse_event(&e.body().to_string()));
        self.write(&sse_event(SSE_DONE));
        self.screener = None;
        Outcome::Failed
    }

    fn release(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let chunk = self.chunk(json!({ "content": text }), Value::Null);
        self.send(&chunk);
        self.released_any = true;
    }

    fn chunk(&self, delta: Value, finish: Value) -> Value {
        let meta = |k: &str, d: Value| self.meta.get(k).cloned().unwrap_or(d);
        json!({
            "id": meta("id", json!("edgeward-stream")),
            "object": "chat.completion.chunk",
            "created": meta("created", json!(unix_now())),
            "model": meta("model", json!("edgeward")),
            "choices": [{ "index": 0, "delta": delta, "finish_reason": finish }],
        })
    }

    fn send(&mut self, chunk: &Value) {
        self.write(&sse_event(&chunk.to_string()));
    }

    fn write(&mut self, s: &str) {
        // A client that went away is not an error worth more than stopping to write.
        let _ = self.client.write_all(s.as_bytes());
    }
}

fn bad_stream(message: String) -> ApiError {
    ApiError::upstream(StatusCode::BAD_GATEWAY, "bad_upstream_stream", format!("edgeward: malformed upstream stream: {message}"))
}

/// A failed read of the upstream body, `waited` after the last bytes: a stall past the
/// backend's between-bytes timeout (slow to fail: see [`SLOW_FAILURE`]), or a broken
/// connection.
fn read_error(e: &std::io::Error, waited: Duration) -> ApiError {
    if e.kind() == ErrorKind::TimedOut || waited >= SLOW_FAILURE {
        ApiError::upstream(StatusCode::GATEWAY_TIMEOUT, "upstream_timeout", format!("edgeward: the upstream stream stalled: {e}"))
    } else {
        bad_stream(format!("reading the upstream failed: {e}"))
    }
}
