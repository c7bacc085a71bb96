//! The one text path shared by rules and classifier.
//!
//! [`normalize`] turns any text into the form both see, in four passes:
//!
//! 1. **Characters** (`folding`): Unicode compatibility folding (what NFKC folds:
//!    full-width forms, ligatures, super- and subscripts, math alphanumerics, circled
//!    letters), stripping of diacritics (`é` → `e`, Zalgo stacks; Cyrillic `й` keeps its
//!    breve; spelling marks of Indic scripts, Thai and kana are kept and recomposed),
//!    lowercasing with full case folding (`ß` → `ss`, `ς` → `σ`), Latin variants
//!    (`ı ł ø`, small capitals) to their base letter, removal of invisible characters
//!    (zero-width, soft hyphen, bidi controls, tags, variation selectors, Hangul
//!    fillers), control characters as spaces, whitespace runs as one space, no space at
//!    either end.
//! 2. **Separators** (`separators`): `k.i.l.l`, `k i l l`, `k / i / l / l` → `kill`
//!    (three or more single letters joined by one and the same separator).
//! 3. **Leetspeak** (`leet`): `k1ll`, `h4ck`, `m@lw4re`, `pa$$word` → letters, when a
//!    digit or symbol stands between letters of a word; `988`, `python3`, `mp3`,
//!    `covid-19`, `$50`, `user@example.com` stay.
//! 4. **Confusables** (`confusables`): Cyrillic, Greek and Armenian look-alikes of
//!    Latin letters fold in words that mix them with Latin (`кill` → `kill`,
//!    `раураl` → `paypal`) and in runs of words made of strong look-alikes only
//!    (`please сору this` → `please copy this`); a run with a genuine word of its script
//!    stays, so Russian and Greek text is not touched.
//!
//! Every byte of the result maps back to the span of the original that produced it
//! ([`Normalized::original_range`]). The result is a fixed point:
//! `normalize(normalize(x).as_str())` gives the same text (tested on the tables and on
//! random text).
//!
//! Cost: the text is cut into chunks at ASCII whitespace and controls. A chunk of
//! printable ASCII that no pass can rewrite (no leet word or address in it, and no
//! spelled-out run can reach it: see `fast`) is only lowercased, byte by byte; in
//! English prose that is nearly every chunk. The other chunks, in runs, take the full
//! passes: one pass into a buffer of 16 bytes per character and three passes over that
//! buffer (common letters, ASCII, Cyrillic, Greek, Hebrew, Arabic, Thai, CJK, Hangul,
//! skip the Unicode tables). A text with no plain chunk (Russian, Chinese) or written in
//! leetspeak as a whole takes the full passes whole, after the scan for plain chunks
//! (a text in leetspeak: twice). On the benchmark corpus (ASCII prose) one pass costs
//! about a quarter of the full passes. The output takes 8 bytes of offsets per byte when
//! the map back is wanted. Offsets are 32-bit: past 4 GiB of input they are not
//! meaningful (nothing panics).
//!
//! [`decode`] offers decoded views of wrapped text (base64, hex, percent and escape
//! encodings, rot13, reversed) for the caller to screen as well.

mod confusables;
pub mod decode;
mod fast;
mod folding;
mod invisible;
mod leet;
mod separators;
mod words;

use std::ops::Range;

/// One character of the text being normalized, with the span of the original it came
/// from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    pub ch: char,
    /// What `ch` is, computed once (Unicode property look-ups are slow off ASCII).
    pub kind: Kind,
    /// The Latin letter this character looks like (0: none), judged on the original case.
    pub alt: u8,
    /// Whether the resemblance is strong (see [`confusables`]).
    pub strong: bool,
    /// Byte span in the original.
    pub start: u32,
    pub end: u32,
}

/// The character class the passes ask about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Alphabetic.
    Letter,
    /// Numeric, not alphabetic.
    Number,
    /// Anything else.
    Other,
}

impl Kind {
    #[inline]
    pub(crate) fn of(c: char) -> Kind {
        if c.is_ascii() {
            match c {
                'a'..='z' | 'A'..='Z' => Kind::Letter,
                '0'..='9' => Kind::Number,
                _ => Kind::Other,
            }
        } else if c.is_alphabetic() {
            Kind::Letter
        } else if c.is_numeric() {
            Kind::Number
        } else {
            Kind::Other
        }
    }
}

impl Unit {
    #[cfg(test)]
    pub(crate) fn new(ch: char, alt: u8, strong: bool, start: u32, end: u32) -> Unit {
        Unit {
            ch,
            kind: Kind::of(ch),
            alt,
            strong,
            start,
            end,
        }
    }

    /// Replaces the character (the span stays).
    #[inline]
    pub(crate) fn set(&mut self, ch: char) {
        self.ch = ch;
        self.kind = Kind::of(ch);
    }

    #[inline]
    pub(crate) fn is_letter(&self) -> bool {
        self.kind == Kind::Letter
    }

    #[inline]
    pub(crate) fn is_alphanumeric(&self) -> bool {
        self.kind != Kind::Other
    }
}

/// Marks a unit removed by a pass (no unit of folded text is NUL: controls are spaces).
pub(crate) const DELETED: char = '\0';

/// Normalized text plus a map from its bytes back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    /// `spans[i]` is the byte span of the original that produced normalized byte `i`.
    spans: Vec<(u32, u32)>,
    /// With [`Map::Marks`]: for each mark, [`Normalized::first_from`] of it (instead of
    /// the spans).
    marks: Vec<usize>,
}

/// What a normalization keeps of the way back to the original.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Map<'m> {
    /// The text alone.
    Text,
    /// The span of every byte.
    Spans,
    /// Where the text from each of these original byte offsets (ascending) on begins:
    /// what [`Normalized::first_from`] gives for them, without keeping the spans.
    Marks(&'m [usize]),
}

impl Normalized {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length of the normalized text in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Whether the normalized text is empty (the original was blank or invisible).
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The normalized text, by value.
    pub fn into_string(self) -> String {
        self.text
    }

    /// Maps a byte range of the normalized text to the byte range of the original that
    /// produced it: from the start of the original character behind its first byte to
    /// the end of the one behind its last byte (with any diacritics stripped from it).
    ///
    /// Never panics: the range is clamped to the normalized text; an empty range maps
    /// to an empty range at the matching position. The result always lies on character
    /// boundaries of the original (for originals under 4 GiB).
    ///
    /// ```
    /// let original = "Ｋ\u{200B}í1l them";
    /// let n = edgeward::text::normalize(original);
    /// assert_eq!(n.as_str(), "kill them");
    /// assert_eq!(&original[n.original_range(0..4)], "Ｋ\u{200B}í1l");
    /// ```
    pub fn original_range(&self, r: Range<usize>) -> Range<usize> {
        let len = self.spans.len();
        let start = r.start.min(len);
        let end = r.end.clamp(start, len);
        if start == end {
            let at = match self.spans.get(start) {
                Some(&(s, _)) => s,
                None => self.spans.last().map_or(0, |&(_, e)| e),
            };
            return at as usize..at as usize;
        }
        let s = self.spans[start].0;
        let e = self.spans[end - 1].1.max(s);
        s as usize..e as usize
    }

    /// The first normalized byte at or after `from` whose character begins at or after
    /// byte `lo` of the original ([`Self::len`] if none). Every byte of a character has
    /// that character's span, so the byte found begins a character.
    pub(crate) fn first_from(&self, from: usize, lo: usize) -> usize {
        let rest = self.spans.get(from..).unwrap_or_default();
        from + rest.iter().position(|&(s, _)| s as usize >= lo).unwrap_or(rest.len())
    }
}

impl AsRef<str> for Normalized {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// Normalizes `input` for screening (see the module docs for the rules).
///
/// ```
/// use edgeward::text::normalize;
/// assert_eq!(normalize("Ｈ４ＣＫ the ｐ\u{0430}$$word").as_str(), "hack the password");
/// assert_eq!(normalize("k . i . l . l  them").as_str(), "kill them");
/// assert_eq!(normalize("Привет, мир").as_str(), "привет, мир");
/// ```
pub fn normalize(input: &str) -> Normalized {
    normalize_with(input, Map::Spans)
}

/// The text [`normalize`] gives, without the map back to the original (what one-shot
/// screening needs): 8 bytes per output byte fewer to write.
pub(crate) fn normalize_text(input: &str) -> String {
    normalize_with(input, Map::Text).text
}

/// The text [`normalize`] gives, cut where the text of the original from each of
/// `marks` (ascending byte offsets) on begins: the offsets of the first characters that
/// [`Normalized::first_from`] finds for them, one after the other (what the stream
/// screener needs to split a window back into its segments). Without the spans when
/// one pass is all the text takes (ordinary text).
pub(crate) fn normalize_marked(input: &str, marks: &[usize]) -> (String, Vec<usize>) {
    let (n, rewrote) = normalize_once(input, Map::Marks(marks));
    if !rewrote {
        return (n.text, n.marks);
    }
    let n = normalize(input);
    let mut at = 0;
    let offsets = marks
        .iter()
        .map(|&lo| {
            at = n.first_from(at, lo);
            at
        })
        .collect();
    (n.text, offsets)
}

/// [`normalize_marked`] when one pass is all `input` takes and each chunk (a run of
/// characters between ASCII whitespace) that starts in `plain` is *plain*, only
/// lowercased, judged as in a text with characters other than ASCII (see `fast`), and
/// has no word mixing letters with leetspeak characters. Such a chunk is only lowercased
/// in any text where the chunks next to it are the same: whether it is plain depends on
/// them alone, and the one thing farther text can change, whether the text is leetspeak
/// as a whole, maps only words that mix (the stream screener normalizes less context
/// with it). `None` otherwise.
/// The result is written into `spare`'s buffers (cleared first), so that a caller
/// normalizing one window after another allocates nothing.
pub(crate) fn normalize_plain(input: &str, marks: &[usize], plain: Range<usize>, spare: (String, Vec<usize>)) -> Option<(String, Vec<usize>)> {
    let (n, rewrote, all_plain) = fast::normalize_once_watching::<true>(input, Map::Marks(marks), plain, true, spare)?;
    (!rewrote && all_plain).then_some((n.text, n.marks))
}

fn normalize_with(input: &str, map: Map) -> Normalized {
    normalize_passes(input, map, normalize_once)
}

/// [`normalize_with`], with `once` for one pass of the rules. With marks, only when
/// one pass is all the text takes (see [`normalize_marked`]).
fn normalize_passes(input: &str, map: Map, once: fn(&str, Map) -> (Normalized, bool)) -> Normalized {
    let with_spans = matches!(map, Map::Spans);
    let (mut n, mut rewrote) = once(input, map);
    // Spelled-out runs and leetspeak are judged by their surroundings (gaps between the
    // letters, a text written in leetspeak as a whole), which a pass can change: when
    // one rewrote any, the result is normalized again until it is stable, so that
    // normalizing is idempotent. Ordinary text takes one pass.
    for _ in 1..MAX_PASSES {
        if !rewrote {
            break;
        }
        let (again, r) = once(n.as_str(), if with_spans { Map::Spans } else { Map::Text });
        if again.text == n.text {
            break;
        }
        n = if with_spans { n.then(&again) } else { again };
        rewrote = r;
    }
    n
}

/// Most normalization passes over one text (see [`normalize`]).
const MAX_PASSES: usize = 4;

impl Normalized {
    /// `next` (a normalization of this text) mapped back to this text's original.
    fn then(&self, next: &Normalized) -> Normalized {
        let spans = next
            .spans
            .iter()
            .map(|&(s, e)| {
                let r = self.original_range(s as usize..e as usize);
                (r.start as u32, r.end as u32)
            })
            .collect();
        Normalized { text: next.text.clone(), spans, marks: Vec::new() }
    }
}

/// One pass of the rules; also whether a spelled-out run or a leet word was rewritten.
/// The result keeps what `map` asks of the way back to the original.
fn normalize_once(input: &str, map: Map) -> (Normalized, bool) {
    fast::normalize_once(input, map).unwrap_or_else(|| full_pass(input, map))
}

/// [`normalize_once`] by the full passes over the whole text (the reference the fast
/// path is tested against).
fn full_pass(input: &str, map: Map) -> (Normalized, bool) {
    let mut units = folding::fold(input);
    let (rewrote, _) = rewrite(&mut units, None);
    let mut out = Builder::new(0, map);
    out.units(&units);
    (out.finish(), rewrote)
}

/// The passes after folding: separators, leetspeak (`dense`: whether the text is
/// written in leetspeak as a whole; `None`: judged on `units`), confusables. Returns
/// whether a spelled-out run or a leet word was rewritten, and the leetspeak counts of
/// `units` (before rewriting).
fn rewrite(units: &mut Vec<Unit>, dense: Option<bool>) -> (bool, leet::LeetCounts) {
    let collapsed = separators::collapse_separated(units);
    let words = words::words(units);
    let counts = leet::leet_counts(units, &words);
    let mapped = leet::map_words(units, &words, dense.unwrap_or_else(|| counts.is_leet_text()));
    confusables::fold_confusables(units, &words);
    (collapsed || mapped, counts)
}

/// Normalized text being assembled, with what `map` asks of the way back.
struct Builder<'m> {
    text: String,
    spans: Vec<(u32, u32)>,
    with_spans: bool,
    /// With [`Map::Marks`]: the marks, and the offsets of those found so far.
    marks: &'m [usize],
    found: Vec<usize>,
}

impl<'m> Builder<'m> {
    fn new(capacity: usize, map: Map<'m>) -> Builder<'m> {
        Builder::reusing(capacity, map, (String::new(), Vec::new()))
    }

    /// [`Builder::new`] writing into `text` and `found` (cleared first).
    fn reusing(capacity: usize, map: Map<'m>, (mut text, mut found): (String, Vec<usize>)) -> Builder<'m> {
        let with_spans = matches!(map, Map::Spans);
        let marks = match map {
            Map::Marks(m) => m,
            _ => &[],
        };
        let spans = Vec::with_capacity(if with_spans { capacity } else { 0 });
        text.clear();
        text.reserve(capacity);
        found.clear();
        found.reserve(marks.len());
        Builder { text, spans, with_spans, marks, found }
    }

    /// The marks up to `start` (the original start of the next character) begin here.
    #[inline]
    fn mark(&mut self, start: usize) {
        while self.marks.get(self.found.len()).is_some_and(|&m| m <= start) {
            self.found.push(self.text.len());
        }
    }

    /// Appends the characters of `units`.
    fn units(&mut self, units: &[Unit]) {
        let bytes: usize = units.iter().map(|u| u.ch.len_utf8()).sum();
        self.text.reserve(bytes);
        if self.with_spans {
            self.spans.reserve(bytes);
        }
        for u in units {
            self.mark(u.start as usize);
            self.text.push(u.ch);
            if self.with_spans {
                self.spans.extend(std::iter::repeat_n((u.start, u.end), u.ch.len_utf8()));
            }
        }
    }

    /// Appends a space standing for the whitespace at `start..end` of the original.
    fn space(&mut self, start: u32, end: u32) {
        self.mark(start as usize);
        self.text.push(' ');
        if self.with_spans {
            self.spans.push((start, end));
        }
    }

    /// Appends printable ASCII `input[range]`, lowercased.
    fn ascii(&mut self, input: &str, range: Range<usize>) {
        let at = self.text.len();
        // each byte is a character of its own: a mark inside the range begins at its byte
        while let Some(&m) = self.marks.get(self.found.len()).filter(|&&m| m < range.end) {
            self.found.push(at + m.saturating_sub(range.start));
        }
        self.text.push_str(&input[range.clone()]);
        self.text[at..].make_ascii_lowercase();
        if self.with_spans {
            self.spans.extend(range.map(|i| (i as u32, i as u32 + 1)));
        }
    }

    fn finish(mut self) -> Normalized {
        let end = self.text.len();
        self.found.resize(self.marks.len(), end); // the marks after the last character
        Normalized { text: self.text, spans: self.spans, marks: self.found }
    }
}

#[cfg(test)]
mod tests;
