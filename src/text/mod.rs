//! The one text path shared by rules and classifier: Unicode NFKC, case folding,
//! confusable folding, invisible-character removal, leetspeak and separator collapsing,
//! with every normalized byte mapped back to the original text.

use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// Normalized text plus a map from its bytes back to the original.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    text: String,
    /// `origin[i]` is the byte offset in the original of the character that produced
    /// normalized byte `i`; one extra entry holds the original length.
    origin: Vec<u32>,
}

impl Normalized {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of the normalized text to the byte range of the original that
    /// produced it.
    pub fn original_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.origin[r.start.min(self.text.len())] as usize;
        let end = if r.end == 0 { start } else { self.origin[(r.end - 1).min(self.text.len())] as usize + 1 };
        start..end.max(start)
    }
}

/// Normalizes `input` (placeholder path: NFKC + lowercase; the full path replaces it).
pub fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut origin = Vec::with_capacity(input.len() + 1);
    for (off, ch) in input.char_indices() {
        let mut buf = [0u8; 4];
        for c in ch.to_string().nfkc().flat_map(char::to_lowercase) {
            if c.is_control() && c != '\n' {
                continue;
            }
            let s = c.encode_utf8(&mut buf);
            text.push_str(s);
            origin.extend(std::iter::repeat(off as u32).take(s.len()));
        }
    }
    origin.push(input.len() as u32);
    Normalized { text, origin }
}
