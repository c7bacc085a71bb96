//! Leetspeak: digits and symbols standing for letters inside a word.
//!
//! The map: `0→o 1→i 3→e 4→a 5→s 7→t $→s @→a !→i €→e`; a `1` next to another `1` or
//! right after an `i` reads as `l` (`ski11ful` → `skillful`, `i1legal` → `illegal`).
//!
//! A word (a run of letters, digits and those symbols, see [`super::words`]) is
//! rewritten only when all of these hold:
//!
//! 1. a leet character stands *between* two letters of the word (`k1ll`, `h4ck`,
//!    `pa$$word`, `4nthr4x`), so `python3`, `mp3`, `4k`, `1st`, `$50`, `b4` and plain
//!    numbers (`988`, `2024`) stay; so does `ki11` (trailing digits are taken for a
//!    version or a count, as in `win10`);
//! 2. the word has no other digit (`2 6 8 9` or non-ASCII digits): `h264`, `utf8mb4`,
//!    `i18n`, `x86` stay;
//! 3. it has at least as many letters as leet characters;
//! 4. its letters are Latin or Latin look-alikes (genuine Cyrillic, Greek, CJK words
//!    are never rewritten);
//! 5. it is not in a URL or e-mail address (`user@example.com`), not hexadecimal (six
//!    or more hex digits, two or more of them decimal digits, or `0x…`), and not a
//!    known technical token ([`KEEP`]: `l10n`, `a11y`, `log4j`, …).
//!
//! In a text written in leetspeak as a whole (see [`LeetCounts::is_leet_text`]), rules 1 and 3 are
//! dropped and hexadecimal-looking words are no exception: every word mixing letters
//! with leet characters is mapped (`d373c73d` → `detected`).
//!
//! Then all its leet characters are mapped, leading and trailing ones too
//! (`4nthr4x` → `anthrax`), except a `!` before the first or after the last letter and
//! whatever lies beyond it, which are punctuation (`k1ll!` → `kill!`, `!h4ck` → `!hack`).

use super::confusables::is_latin;
use super::words::Word;
use super::Unit;

/// Technical tokens that look like leetspeak but are not.
const KEEP: &[&str] = &[
    "a11y",
    "a1c",
    "ch3oh",
    "h1b",
    "h1n1",
    "h5n1",
    "hba1c",
    "k0s",
    "k3s",
    "l10n",
    "log4j",
    "log4net",
    "log4shell",
    "o11y",
    "w3c",
    "w3schools",
];

/// Symbols that stand for letters.
#[inline]
pub(crate) const fn is_leet_symbol(c: char) -> bool {
    matches!(c, '$' | '@' | '!' | '€')
}

/// The letter a leet character stands for (`1` handled by the caller).
#[inline]
const fn leet_letter(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        '!' => 'i',
        '€' => 'e',
        _ => return None,
    })
}

/// Whether `c` is a character leetspeak maps (a leet digit or symbol).
#[inline]
pub(crate) const fn is_leet_char(c: char) -> bool {
    leet_letter(c).is_some()
}

/// Rewrites the leetspeak words among `words` (see the module docs), `dense` telling
/// whether the text they belong to is written in leetspeak as a whole (see
/// [`LeetCounts`]). Returns whether any word was mapped.
pub(crate) fn map_words(units: &mut [Unit], words: &[Word], dense: bool) -> bool {
    let mut mapped = false;
    for w in words {
        if !w.in_address {
            mapped |= map_word(&mut units[w.range.clone()], dense);
        }
    }
    mapped
}

/// Counts of the words outside addresses that tell whether a text is written in
/// leetspeak as a whole; counts of parts of a text add up to the counts of the whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LeetCounts {
    /// Words with letters.
    pub lettered: usize,
    /// Words with letters that mix them with leet characters (see [`Self::is_leet_text`]).
    pub mixed: usize,
}

impl std::ops::AddAssign for LeetCounts {
    fn add_assign(&mut self, other: LeetCounts) {
        self.lettered += other.lettered;
        self.mixed += other.mixed;
    }
}

impl LeetCounts {
    /// Whether the text as a whole is written in leetspeak: at least [`DENSE_WORDS`]
    /// words, and a quarter of the words with letters, mix Latin letters with leet digits
    /// or `$ @ €` before or between them (and no other digits). Such a text gets its mixed words mapped even where
    /// a single word would not be (`wr173 7h47 h05p174l` → `write that hospital`), except
    /// numbers with an ordinal or unit suffix (`3rd`, `5th`, `7pm`, `4kg`).
    pub(crate) fn is_leet_text(&self) -> bool {
        self.mixed >= DENSE_WORDS && self.mixed * 4 >= self.lettered
    }
}

/// The [`LeetCounts`] of `words`.
pub(crate) fn leet_counts(units: &[Unit], words: &[Word]) -> LeetCounts {
    let (mut lettered, mut mixed) = (0usize, 0usize);
    for w in words.iter().filter(|w| !w.in_address) {
        let word = &units[w.range.clone()];
        if !word.iter().any(Unit::is_letter) {
            continue;
        }
        lettered += 1;
        // a leet character before or between letters (trailing digits read as versions:
        // `win10`, `gpt4`), and not only `!`
        let last_letter = word.iter().rposition(Unit::is_letter).unwrap_or(0);
        let leet = word[..last_letter].iter().any(|u| !u.is_letter() && u.ch != '!' && is_leet_char(u.ch));
        if !leet {
            continue; // most words: the checks below need not run
        }
        let latin = word.iter().all(|u| !u.is_letter() || u.alt != 0 || is_latin(u.ch));
        let other_digit = word.iter().any(|u| !u.is_letter() && !is_leet_char(u.ch));
        if latin && !other_digit && !is_known_token(word) && !is_number_with_suffix(word) {
            mixed += 1;
        }
    }
    LeetCounts { lettered, mixed }
}

/// Mixed words a text needs before it counts as written in leetspeak.
const DENSE_WORDS: usize = 3;

/// Digits followed by an ordinal suffix that fits them (`1st`, `22nd`, `13th`) or a
/// unit (`7pm`, `4kg`, `5g`, `720p`).
fn is_number_with_suffix(word: &[Unit]) -> bool {
    const UNITS: &[&str] = &["am", "pm", "k", "m", "g", "kg", "km", "mm", "cm", "ml", "mg", "kb", "mb", "gb", "tb", "px", "pt", "d", "h", "s", "x", "p", "b", "hz", "khz", "mhz", "ghz", "v", "w", "kw", "mph", "yo"];
    let split = word.iter().position(Unit::is_letter).unwrap_or(word.len());
    let (digits, suffix) = word.split_at(split);
    if digits.is_empty() || !digits.iter().all(|u| u.ch.is_ascii_digit()) || !suffix.iter().all(|u| u.ch.is_ascii_alphabetic()) {
        return false;
    }
    let suffix: String = suffix.iter().map(|u| u.ch.to_ascii_lowercase()).collect();
    let d: Vec<u8> = digits.iter().map(|u| u.ch as u8 - b'0').collect();
    let last = d[d.len() - 1];
    let teen = d.len() >= 2 && d[d.len() - 2] == 1;
    let ordinal = match (teen, last) {
        (false, 1) => "st",
        (false, 2) => "nd",
        (false, 3) => "rd",
        _ => "th",
    };
    suffix == ordinal || UNITS.contains(&suffix.as_str())
}

/// Maps one word's leet characters; whether it changed anything.
fn map_word(word: &mut [Unit], dense: bool) -> bool {
    let Some(first) = word.iter().position(Unit::is_letter) else {
        return false;
    };
    let last = word.iter().rposition(Unit::is_letter).unwrap_or(first);
    let (mut letters, mut leet, mut interior) = (0usize, 0usize, false);
    for (i, u) in word.iter().enumerate() {
        let c = u.ch;
        if u.is_letter() {
            if !(u.alt != 0 || is_latin(c)) {
                return false; // a genuine letter of another script
            }
            letters += 1;
        } else if is_leet_char(c) {
            leet += 1;
            interior |= i > first && i < last;
        } else {
            return false; // a digit that is no leet (2, 6, 8, 9, non-ASCII)
        }
    }
    if leet == 0 {
        // letters only: nothing to map, and no kept token or number is made of letters
        // alone, so the outcome below is `dense`, without building the token
        return dense;
    }
    let kept = if dense { is_known_token(word) } else { is_kept(word) };
    if kept || (!dense && (!interior || letters < leet)) || (dense && is_number_with_suffix(word)) {
        return false;
    }
    // A `!` before the first or after the last letter is punctuation, and so are the
    // leet characters beyond it (`k1ll!5` → `kill!5`): mapping those would put letters
    // on both sides of the `!` and change the word again on a second pass.
    let lead = word[..first].iter().rposition(|u| u.ch == '!').map_or(0, |p| p + 1);
    let trail = word[last..]
        .iter()
        .position(|u| u.ch == '!')
        .map_or(word.len(), |p| last + p);
    let mut prev_orig = None;
    for i in lead..trail {
        let c = word[i].ch;
        let prev_out = i.checked_sub(1).map(|j| word[j].ch);
        let next = word.get(i + 1).map(|u| u.ch);
        let was = prev_orig.replace(c);
        if word[i].is_letter() {
            continue;
        }
        word[i].set(match c {
            '1' if was == Some('1') || next == Some('1') || prev_out == Some('i') => 'l',
            _ => leet_letter(c).unwrap_or(c),
        });
    }
    true
}

/// Known technical tokens and `0x` numbers, kept even in a text written in leetspeak
/// (where a word of hex digits such as `d373c73d` is leet, not a hash).
fn is_known_token(word: &[Unit]) -> bool {
    let w: String = word.iter().map(|u| u.ch).collect();
    w.starts_with("0x") || KEEP.contains(&w.as_str())
}

/// Known technical tokens and hexadecimal numbers.
fn is_kept(word: &[Unit]) -> bool {
    if word.len() > 12 || !word.iter().all(|u| u.ch.is_ascii()) {
        return false;
    }
    let mut buf = [0u8; 12];
    for (b, u) in buf.iter_mut().zip(word) {
        *b = u.ch as u8;
    }
    let w = &buf[..word.len()];
    let digits = w.iter().filter(|b| b.is_ascii_digit()).count();
    let hex = w.len() >= 6 && digits >= 2 && w.iter().all(u8::is_ascii_hexdigit);
    hex || w.starts_with(b"0x") || KEEP.iter().any(|k| k.as_bytes() == w)
}
