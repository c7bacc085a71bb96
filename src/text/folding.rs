//! Character folding, one pass over the input: compatibility decomposition (NFKD, which
//! covers what NFKC folds: full-width forms, ligatures, super- and subscripts,
//! mathematical alphanumerics), stripping of diacritics, lowercasing, removal of
//! invisible characters, and whitespace collapsing.
//!
//! Each produced [`Unit`] remembers the byte span of the input character it came from.
//! A stripped diacritic widens the span of the letter it sat on, so `é` written as
//! `e` + U+0301 maps back to both code points.

use super::confusables::{fold_latin_variant, lookalike};
use super::invisible::{is_invisible, is_stripped_mark};
use super::{Kind, Unit};
use std::ops::Range;
use unicode_normalization::char::{compose, decompose_compatible, is_combining_mark};

/// Folds `input` into units (see the module docs).
pub(crate) fn fold(input: &str) -> Vec<Unit> {
    fold_range(input, 0..input.len(), false).0
}

/// Folds `input[range]` into units with spans in `input` (`range` lies on character
/// boundaries), as [`fold`] of the whole text folds them when `range` starts at a
/// whitespace or control character right after a character that gave units
/// (`after_text`) or starts the text. With `after_text`, whitespace at the start of
/// `range` gives a leading space unit, as in the whole text. Also returns the span of
/// the whitespace run left at the end of `range`, which gives a space unit in the whole
/// text when more text follows.
pub(crate) fn fold_range(input: &str, range: Range<usize>, after_text: bool) -> (Vec<Unit>, Option<(u32, u32)>) {
    let mut f = Folder {
        units: Vec::with_capacity(range.len()),
        space: None,
        attach: false,
        after_text,
    };
    let bytes = &input.as_bytes()[..range.end];
    let mut i = range.start;
    while i < bytes.len() {
        let b = bytes[i];
        let s = i as u32;
        if b < 0x80 {
            f.ascii(b as char, s, s + 1);
            i += 1;
            continue;
        }
        // `i` is a char boundary: it follows a whole ASCII byte or a whole char.
        let Some(ch) = input[i..].chars().next() else { break };
        let e = (i + ch.len_utf8()) as u32;
        i += ch.len_utf8();
        if is_invisible(ch) {
            f.attach = false;
        } else if ch.is_whitespace() || ch.is_control() {
            f.space(s, e);
        } else if let Some(lower) = plain_letter(ch) {
            let (cased_alt, cased_strong) = lookalike(ch);
            let (lower_alt, lower_strong) = lookalike(lower);
            let alt = if cased_alt != 0 { cased_alt } else { lower_alt };
            f.push_kind(lower, Kind::Letter, alt, cased_strong || lower_strong, s, e);
        } else {
            decompose_compatible(ch, |p| f.piece(p, s, e));
        }
    }
    (f.units, f.space)
}

/// Fast path: the lowercase of `c` when `c` is a letter of a common script that has no
/// decomposition (so the general path would give the same), else `None`. Hangul
/// syllables are here too: they are NFKC-stable, and decomposing them into jamo would
/// not be.
#[inline]
pub(crate) fn plain_letter(c: char) -> Option<char> {
    let lower = match c {
        // Cyrillic А–Я, а–я (not Й, й: they decompose)
        'А'..='Я' if c != 'Й' => char::from_u32(c as u32 + 0x20)?,
        'а'..='я' if c != 'й' => c,
        // Greek Α–Ω, α–ω (final sigma folds)
        'Α'..='Ω' if c != '\u{03A2}' => char::from_u32(c as u32 + 0x20)?,
        'ς' => 'σ',
        'α'..='ω' => c,
        // Hebrew, Arabic, Thai letters without decompositions; CJK ideographs; Hangul
        '\u{05D0}'..='\u{05EA}'
        | '\u{0627}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{0E01}'..='\u{0E30}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' => c,
        _ => return None,
    };
    Some(lower)
}

struct Folder {
    units: Vec<Unit>,
    /// Span of the whitespace run seen since the last unit, if any.
    space: Option<(u32, u32)>,
    /// Whether a combining mark seen now belongs to the last unit (nothing invisible or
    /// blank came between them).
    attach: bool,
    /// Whether text that gave units precedes the folded range (then leading whitespace
    /// is a space, not trimmed).
    after_text: bool,
}

impl Folder {
    #[inline]
    fn push(&mut self, ch: char, alt: u8, strong: bool, start: u32, end: u32) {
        self.push_kind(ch, Kind::of(ch), alt, strong, start, end)
    }

    #[inline]
    fn push_kind(&mut self, ch: char, kind: Kind, alt: u8, strong: bool, start: u32, end: u32) {
        if let Some((ss, se)) = self.space.take() {
            self.units.push(Unit {
                ch: ' ',
                kind: Kind::Other,
                alt: 0,
                strong: false,
                start: ss,
                end: se,
            });
        }
        self.units.push(Unit {
            ch,
            kind,
            alt,
            strong,
            start,
            end,
        });
        self.attach = true;
    }

    /// A whitespace or control character: runs collapse to one space, none at the ends.
    #[inline]
    fn space(&mut self, start: u32, end: u32) {
        self.attach = false;
        if self.units.is_empty() && !self.after_text {
            return;
        }
        self.space = Some(match self.space {
            Some((ss, _)) => (ss, end),
            None => (start, end),
        });
    }

    #[inline]
    fn ascii(&mut self, c: char, s: u32, e: u32) {
        match c {
            'a'..='z' => self.push_kind(c, Kind::Letter, 0, false, s, e),
            'A'..='Z' => self.push_kind(c.to_ascii_lowercase(), Kind::Letter, 0, false, s, e),
            '0'..='9' => self.push_kind(c, Kind::Number, 0, false, s, e),
            '!'..='~' => self.push_kind(c, Kind::Other, 0, false, s, e),
            _ => self.space(s, e), // space, C0 controls (whitespace or not), DEL
        }
    }

    /// A stripped diacritic: widen the span of the letter it sits on. The breve of
    /// Cyrillic `й` is kept: `й` is a letter of its own, not an accented `и`.
    fn mark(&mut self, m: char, end: u32) {
        if !self.attach {
            return;
        }
        if let Some(last) = self.units.last_mut() {
            if m == '\u{0306}' && last.ch == 'и' {
                last.set('й');
            }
            last.end = last.end.max(end);
        }
    }

    /// One character of the compatibility decomposition of an input character.
    fn piece(&mut self, p: char, s: u32, e: u32) {
        if p.is_ascii() {
            return self.ascii(p, s, e);
        }
        if is_stripped_mark(p) {
            return self.mark(p, e);
        }
        if is_invisible(p) {
            self.attach = false;
            return;
        }
        if p.is_whitespace() || p.is_control() {
            return self.space(s, e);
        }
        // Look-alikes are judged on the cased letter: `Н` looks like `H`, `н` does not.
        let (alt, strong) = lookalike(p);
        let mut lower = p.to_lowercase();
        if lower.len() == 1 {
            let l = lower.next().unwrap_or(p);
            if l == p {
                self.lowered(l, alt, strong, s, e);
            } else {
                decompose_compatible(l, |q| self.lowered(q, alt, strong, s, e));
            }
        } else {
            for l in lower {
                decompose_compatible(l, |q| self.lowered(q, 0, false, s, e));
            }
        }
    }

    /// A lowercased, decomposed character.
    fn lowered(&mut self, l: char, alt: u8, strong: bool, s: u32, e: u32) {
        if l.is_ascii() {
            return self.ascii(l, s, e);
        }
        if is_stripped_mark(l) {
            return self.mark(l, e);
        }
        match l {
            // full case folding
            'ß' => {
                self.push('s', 0, false, s, e);
                self.push('s', 0, false, s, e);
            }
            'ς' => self.push('σ', alt, strong, s, e),
            _ => {
                // A letter that looks Latin in either case counts as a look-alike, strong
                // if strong in either case, so a second pass over the lowercased output
                // finds no new or stronger look-alike.
                let (lower_alt, lower_strong) = lookalike(l);
                let alt = if alt != 0 { alt } else { lower_alt };
                let strong = strong || lower_strong;
                if let Some(f) = fold_latin_variant(l) {
                    return self.push(f, 0, false, s, e);
                }
                if self.space.is_none() && is_combining_mark(l) {
                    // A kept mark (Indic, Thai, kana voicing): recompose where NFC would,
                    // also across removed invisibles (the output has them no more).
                    if let Some(last) = self.units.last_mut() {
                        if let Some(c) = compose(last.ch, l) {
                            last.set(c);
                            last.end = last.end.max(e);
                            return;
                        }
                    }
                }
                self.push(l, alt, strong, s, e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_agrees_with_the_general_path() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let Some(lower) = plain_letter(c) else { continue };
            let mut pieces = Vec::new();
            decompose_compatible(c, |p| pieces.push(p));
            if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
                assert!((2..=3).contains(&pieces.len()), "{c:?}"); // jamo, deliberately kept whole
            } else {
                assert_eq!(pieces, [c], "{c:?} decomposes");
            }
            let general: String = c.to_lowercase().map(|l| if l == 'ς' { 'σ' } else { l }).collect();
            assert_eq!(general, lower.to_string(), "{c:?}");
            assert_eq!(Kind::of(c), Kind::Letter, "{c:?}");
            assert!(!is_invisible(c) && !is_stripped_mark(c) && fold_latin_variant(lower).is_none());
        }
    }
}
