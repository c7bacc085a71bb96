//! The fast path of one normalization pass, for text that is mostly printable ASCII.
//!
//! The text is cut into *chunks* at ASCII whitespace and control characters. A chunk of
//! printable ASCII that no pass can rewrite is *plain*: it is only lowercased, byte by
//! byte. Each run of the other chunks, with the whitespace around it, goes through the
//! full passes on its own. That gives what the full passes give on the whole text,
//! because a plain chunk
//!
//! - spells out fewer than three single letters, and at neither end can a separator
//!   join it to a spelled-out run of the neighbouring chunk (`k i l l`, `k . i . l . l`
//!   stay in the chunks that spell them; see [`Chunk::opens_left`]), so the separator
//!   pass neither rewrites it nor reaches across it;
//! - has no word that the leetspeak pass maps unless the text is leetspeak as a whole
//!   (no leet character before a letter, `!` only before the first letter or after the
//!   last one), and nothing that looks like an address; whether the text is leetspeak
//!   as a whole is counted over all chunks, and such a text takes the full passes whole;
//! - has an ASCII letter when the text has others, so that look-alike runs stop at it.
//!
//! A text without a plain chunk takes the full passes whole.

use super::folding::fold_range;
use super::leet::{is_leet_char, is_leet_symbol, LeetCounts};
use super::separators::{is_separator, MAX_SEPARATOR, MIN_LETTERS};
use super::{rewrite, Builder, Map, Normalized};
use std::ops::Range;

/// One pass of the rules, as [`super::full_pass`] gives it; `None` where the fast path
/// does not apply (no plain chunk, or a text written in leetspeak as a whole).
pub(super) fn normalize_once(input: &str, map: Map) -> Option<(Normalized, bool)> {
    normalize_once_watching::<false>(input, map, 0..0, !input.is_ascii(), (String::new(), Vec::new())).map(|(n, rewrote, _)| (n, rewrote))
}

/// [`normalize_once`], and (`WATCH`) whether every chunk starting in `watch` is plain and
/// mixes no letters with leetspeak characters (see [`super::normalize_plain`]);
/// `need_letter`: as if the text had characters other than ASCII (a plain chunk then
/// needs an ASCII letter), whether it has or not. The text and marks are written into
/// `spare`'s buffers.
pub(super) fn normalize_once_watching<const WATCH: bool>(input: &str, map: Map, watch: Range<usize>, need_letter: bool, spare: (String, Vec<usize>)) -> Option<(Normalized, bool, bool)> {
    let bytes = input.as_bytes();
    let mut watched_plain = true;
    let mut out = Builder::reusing(input.len(), map, spare);
    let mut counts = LeetCounts::default();
    let mut rewrote = false;
    // start of the pending run of chunks for the full passes, end of the last plain chunk
    let (mut pending, mut plain_end): (Option<usize>, Option<usize>) = (None, None);
    // plain text not written yet: plain chunks with one space between them, as is
    let mut stretch: Option<Range<usize>> = None;
    let mut prev: Option<Chunk> = None;
    let mut cur = Chunk::next(bytes, 0);
    while let Some(c) = cur {
        let next = Chunk::next(bytes, c.end);
        let plain = c.is_plain_between(prev.as_ref(), next.as_ref(), need_letter);
        if WATCH && watch.contains(&c.start) {
            watched_plain &= plain && !(c.leet && mixes_leet(&bytes[c.start..c.end]));
        }
        if plain {
            match (pending.take(), &mut stretch) {
                (None, Some(r)) if c.start == r.end + 1 && bytes[r.end] == b' ' => r.end = c.end,
                (run, _) => {
                    if let Some(r) = stretch.take() {
                        out.ascii(input, r);
                    }
                    match (run, plain_end) {
                        (Some(start), _) => rewrote |= pass_over_run(input, start..c.start, plain_end.is_some(), true, &mut counts, &mut out),
                        (None, Some(end)) => out.space(end as u32, c.start as u32),
                        (None, None) => {}
                    }
                    stretch = Some(c.start..c.end);
                }
            }
            counts.lettered += c.lettered;
            plain_end = Some(c.end);
        } else {
            pending.get_or_insert(plain_end.unwrap_or(0));
        }
        prev = Some(c);
        cur = next;
    }
    plain_end?;
    if let Some(r) = stretch {
        out.ascii(input, r);
    }
    if let Some(start) = pending {
        rewrote |= pass_over_run(input, start..input.len(), plain_end.is_some(), false, &mut counts, &mut out);
    }
    if counts.is_leet_text() {
        return None;
    }
    Some((out.finish(), rewrote, watched_plain))
}

/// The full passes over `input[range]`, a run of chunks that are not plain with the
/// whitespace around them, in a text that is not leetspeak as a whole; `after_text`:
/// a plain chunk precedes, `followed`: one follows. Adds the run's leetspeak counts to
/// `counts`; returns whether a spelled-out run or a leet word was rewritten.
fn pass_over_run(input: &str, range: Range<usize>, after_text: bool, followed: bool, counts: &mut LeetCounts, out: &mut Builder) -> bool {
    let (mut units, trailing_space) = fold_range(input, range, after_text);
    let (rewrote, run_counts) = rewrite(&mut units, Some(false));
    *counts += run_counts;
    out.units(&units);
    if let (true, Some((start, end))) = (followed, trailing_space) {
        out.space(start, end);
    }
    rewrote
}

/// Byte classes (of the passes' character predicates, for printable ASCII).
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// A leet character (`0 1 3 4 5 7 $ @ !`): with letters, an element of spelled-out runs.
const LEET: u8 = 4;
/// A leet symbol (`$ @ !`): a word character that is not alphanumeric.
const SYMBOL: u8 = 8;
const SEPARATOR: u8 = 16;
/// `@` and `:`, which most addresses need.
const ADDRESS: u8 = 32;
/// Printable, not a separator.
const SOLID: u8 = 64;
const ALNUM: u8 = LETTER | DIGIT;
const ELEMENT: u8 = LETTER | LEET;
const WORD: u8 = ALNUM | SYMBOL;

/// The class of each byte (0 for blanks, controls and bytes of other characters).
const CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = b'!';
    while b <= b'~' {
        let c = b as char;
        let mut k = 0;
        if c.is_ascii_alphabetic() {
            k |= LETTER;
        }
        if c.is_ascii_digit() {
            k |= DIGIT;
        }
        if is_leet_char(c) {
            k |= LEET;
        }
        if is_leet_symbol(c) {
            k |= SYMBOL;
        }
        if is_separator(c) {
            k |= SEPARATOR;
        } else {
            k |= SOLID;
        }
        if matches!(c, '@' | ':') {
            k |= ADDRESS;
        }
        t[b as usize] = k;
        b += 1;
    }
    t
};

/// Whether byte `b` ends a chunk: ASCII whitespace or a control character, which fold
/// to a space.
#[inline]
fn is_blank(b: u8) -> bool {
    b <= b' ' || b == 0x7F
}

/// A run of bytes between ASCII whitespace and control characters, and what the passes
/// would see in it.
#[derive(Clone, Copy, Debug)]
struct Chunk {
    start: usize,
    end: usize,
    /// Printable ASCII with no word the leetspeak pass maps in a text that is not
    /// leetspeak as a whole, no word it counts toward one that is, and no address.
    plain: bool,
    /// Has an ASCII letter.
    has_letter: bool,
    /// Letters with no letter or digit on either side.
    single_letters: usize,
    /// Starts with at most two separators and then a single element (see
    /// `separators`), or is separators only: a separator run from the left may go on
    /// into it. Always so for chunks that are not ASCII.
    opens_left: bool,
    /// The same at its end, for a separator run going on to the right.
    opens_right: bool,
    /// Words with letters.
    lettered: usize,
    /// Has a leetspeak character (see [`mixes_leet`]).
    leet: bool,
}

impl Chunk {
    /// The chunk at or after `from`, if any.
    #[inline]
    fn next(bytes: &[u8], from: usize) -> Option<Chunk> {
        let start = from + bytes[from..].iter().position(|&b| !is_blank(b))?;
        // most chunks are words of letters
        let letters = bytes[start..].iter().position(|&b| CLASS[b as usize] & LETTER == 0).map_or(bytes.len(), |p| start + p);
        if letters - start >= 2 && bytes.get(letters).is_none_or(|&b| is_blank(b)) {
            return Some(Chunk::word(start, letters));
        }
        let end = bytes[letters..].iter().position(|&b| is_blank(b)).map_or(bytes.len(), |p| letters + p);
        Some(Chunk::of(&bytes[start..end], start))
    }

    /// A chunk of two or more ASCII letters.
    fn word(start: usize, end: usize) -> Chunk {
        Chunk { start, end, plain: true, has_letter: true, single_letters: 0, opens_left: false, opens_right: false, lettered: 1, leet: false }
    }

    /// What the passes see in `chunk`, found at `start`.
    fn of(chunk: &[u8], start: usize) -> Chunk {
        let end = start + chunk.len();
        if !chunk.is_ascii() {
            return Chunk { start, end, plain: false, has_letter: false, single_letters: 0, opens_left: true, opens_right: true, lettered: 0, leet: false };
        }
        let mut words = WordScan::default();
        // letters with no letter or digit beside them: runs of alphanumerics of one letter
        let (mut single_letters, mut run, mut run_letter) = (0, 0, false);
        let mut seen = 0;
        for &b in chunk {
            let k = CLASS[b as usize];
            seen |= k;
            words.byte(b, k);
            if k & ALNUM != 0 {
                run += 1;
                run_letter = k & LETTER != 0;
            } else {
                single_letters += (run == 1 && run_letter) as usize;
                run = 0;
            }
        }
        single_letters += (run == 1 && run_letter) as usize;
        words.end_word();
        // a separator run joins chunks across one space and at most MAX_SEPARATOR - 1
        // separators on the two sides together
        let class = |i: usize| chunk.get(i).map_or(0, |&b| CLASS[b as usize]);
        let single = |i: usize| class(i) & ELEMENT != 0 && (i == 0 || class(i - 1) & ALNUM == 0) && class(i + 1) & ALNUM == 0;
        let n = chunk.len();
        let lead = chunk.iter().take(MAX_SEPARATOR).take_while(|&&b| CLASS[b as usize] & SEPARATOR != 0).count();
        let trail = chunk.iter().rev().take(MAX_SEPARATOR).take_while(|&&b| CLASS[b as usize] & SEPARATOR != 0).count();
        let near = MAX_SEPARATOR - 1;
        let all_separators = seen & SOLID == 0;
        let opens_left = all_separators || (lead <= near && single(lead));
        let opens_right = all_separators || (trail <= near && single(n - 1 - trail));
        Chunk {
            start,
            end,
            plain: words.plain && !looks_like_address(chunk, seen & ADDRESS != 0),
            has_letter: seen & LETTER != 0,
            single_letters,
            opens_left,
            opens_right,
            lettered: words.lettered,
            leet: seen & LEET != 0,
        }
    }

    /// Whether this chunk is plain between its neighbours (see the module docs).
    fn is_plain_between(&self, prev: Option<&Chunk>, next: Option<&Chunk>, need_letter: bool) -> bool {
        self.plain
            && (self.has_letter || !need_letter)
            && self.single_letters < MIN_LETTERS
            && !(self.opens_left && prev.is_some_and(|p| p.opens_right))
            && !(self.opens_right && next.is_some_and(|n| n.opens_left))
    }
}

/// Whether a word of `chunk` (printable ASCII) mixes letters with leetspeak characters (a
/// leet character next to a letter, or `!` before one): one that a text written in
/// leetspeak as a whole could map.
fn mixes_leet(chunk: &[u8]) -> bool {
    let class = |i: usize| chunk.get(i).map_or(0, |&b| CLASS[b as usize]);
    let letter = |i: usize| class(i) & LETTER != 0;
    (0..chunk.len()).any(|i| match chunk[i] {
        b'!' => letter(i + 1),
        _ => class(i) & LEET != 0 && ((i > 0 && letter(i - 1)) || letter(i + 1)),
    })
}

/// Whether the words pass could take `chunk` (printable ASCII, `at_or_colon`: with `@`
/// or `:`) for an address: it has `@` or `://`, or starts with `www.`.
fn looks_like_address(chunk: &[u8], at_or_colon: bool) -> bool {
    let www = chunk.get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"www."));
    www || (at_or_colon && (chunk.contains(&b'@') || chunk.windows(3).any(|w| w == b"://")))
}

/// The words of a chunk, scanned byte by byte.
#[derive(Debug)]
struct WordScan {
    /// Words with letters so far.
    lettered: usize,
    /// Whether no word so far is one the leetspeak pass could map or count.
    plain: bool,
    // the current word: a letter seen; a leet character seen that a letter after it
    // would put before a letter (`!` only after a letter); a letter after one; another
    // digit (`2 6 8 9`: the word is never mapped nor counted)
    letter: bool,
    leet: bool,
    leet_before_letter: bool,
    other_digit: bool,
}

impl Default for WordScan {
    fn default() -> Self {
        WordScan { lettered: 0, plain: true, letter: false, leet: false, leet_before_letter: false, other_digit: false }
    }
}

impl WordScan {
    #[inline]
    fn byte(&mut self, b: u8, k: u8) {
        if k & WORD == 0 {
            return self.end_word();
        }
        if k & LETTER != 0 {
            self.leet_before_letter |= self.leet;
            self.letter = true;
        } else if k & LEET == 0 {
            self.other_digit = true;
        } else if b != b'!' || self.letter {
            self.leet = true;
        }
    }

    fn end_word(&mut self) {
        self.lettered += self.letter as usize;
        self.plain &= !self.leet_before_letter || self.other_digit;
        (self.letter, self.leet, self.leet_before_letter, self.other_digit) = (false, false, false, false);
    }
}
