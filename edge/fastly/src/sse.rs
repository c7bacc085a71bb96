//! An incremental parser of Server-Sent Events: bytes in, the `data` of each complete
//! event out (multi-line data joined with `\n`; comments, `event:`, `id:` and `retry:`
//! ignored, as chat completions do not use them).

#[derive(Default)]
pub struct SseParser {
    /// Bytes of the line being read.
    line: Vec<u8>,
    /// `data:` lines of the event being read.
    data: Vec<String>,
}

impl SseParser {
    /// Feeds bytes; returns the data of every event they complete.
    pub fn push(&mut self, bytes: &[u8]) -> Vec<String> {
        let mut events = Vec::new();
        for &b in bytes {
            if b == b'\n' {
                let line = std::mem::take(&mut self.line);
                self.on_line(&line, &mut events);
            } else {
                self.line.push(b);
            }
        }
        events
    }

    /// The end of the stream: an event left without its blank line still counts.
    pub fn finish(&mut self) -> Option<String> {
        let mut events = Vec::new();
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.on_line(&line, &mut events);
        }
        self.on_line(b"", &mut events);
        events.pop()
    }

    fn on_line(&mut self, line: &[u8], events: &mut Vec<String>) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            if !self.data.is_empty() {
                events.push(std::mem::take(&mut self.data).join("\n"));
            }
            return;
        }
        let line = String::from_utf8_lossy(line);
        let (field, value) = match line.find(':') {
            Some(i) => (&line[..i], &line[i + 1..]),
            None => (&line[..], ""),
        };
        if field == "data" {
            self.data
                .push(value.strip_prefix(' ').unwrap_or(value).to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SseParser;

    #[test]
    fn events_are_the_same_whatever_the_byte_splitting() {
        let input = "data: {\"a\":1}\n\n: keep-alive\n\ndata: x\r\ndata: y\r\n\r\nevent: e\ndata: é\n\ndata: [DONE]\n\n";
        let want = vec!["{\"a\":1}", "x\ny", "é", "[DONE]"];
        for step in 1..input.len() {
            let mut p = SseParser::default();
            let mut got = Vec::new();
            for chunk in input.as_bytes().chunks(step) {
                got.extend(p.push(chunk));
            }
            assert_eq!(p.finish(), None);
            assert_eq!(got, want, "chunks of {step} bytes");
        }
    }

    #[test]
    fn an_unterminated_last_event_is_returned_by_finish() {
        let mut p = SseParser::default();
        assert!(p.push(b"data: {\"a\":1}").is_empty());
        assert_eq!(p.finish().as_deref(), Some("{\"a\":1}"));
    }
}
