//! `POST /edgeward/screen`: screening without a model call, in the CLI's JSONL format
//! (`edgeward screen --jsonl`): one input per line (`{"id", "text", "direction"}` or
//! `{"id", "turns"}`), one verdict (or error) record per line out. The cross-runtime check
//! uses it to compare this service's verdicts with the CLI's and the npm package's.

use edgeward::jsonl::screen_line;
use edgeward::Guard;
use fastly::http::StatusCode;
use fastly::Response;

/// Screens every non-empty line of `body`.
pub fn handle(guard: &Guard, body: &[u8], default_locale: Option<&str>) -> Response {
    let mut out = String::new();
    for (n, line) in body.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        out.push_str(&screen_line(guard, line, n + 1, default_locale).to_string());
        out.push('\n');
    }
    Response::from_status(StatusCode::OK)
        .with_header("content-type", "application/x-ndjson")
        .with_body(out)
}
