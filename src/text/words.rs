//! Words of the folded text, as the leetspeak and confusable passes see them: maximal
//! runs of letters, digits and leet symbols (`$ @ ! €`), each marked when it lies in a
//! URL or e-mail address (where `@` and digits are literal).

use super::leet::is_leet_symbol;
use super::Unit;
use std::ops::Range;

/// A word: a range of units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub range: Range<usize>,
    /// The space-delimited chunk holding the word looks like a URL or e-mail address.
    pub in_address: bool,
}

#[inline]
pub(crate) fn is_word_char(u: &Unit) -> bool {
    u.is_alphanumeric() || is_leet_symbol(u.ch)
}

/// The words of `units` (folded text: single spaces, no deleted units).
pub(crate) fn words(units: &[Unit]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut word_start = None;
    // the chunk being scanned: its start, its first word in `out`, and whether it has
    // a character that an address needs (`:` or `@`)
    let (mut chunk_start, mut chunk_words, mut suspect) = (0, 0, false);
    for (i, u) in units.iter().enumerate() {
        if is_word_char(u) {
            word_start.get_or_insert(i);
            suspect |= u.ch == '@';
            continue;
        }
        if let Some(s) = word_start.take() {
            out.push(Word {
                range: s..i,
                in_address: false,
            });
        }
        suspect |= u.ch == ':';
        if u.ch == ' ' {
            mark_address(&mut out[chunk_words..], &units[chunk_start..i], suspect);
            (chunk_start, chunk_words, suspect) = (i + 1, out.len(), false);
        }
    }
    if let Some(s) = word_start {
        out.push(Word {
            range: s..units.len(),
            in_address: false,
        });
    }
    mark_address(&mut out[chunk_words..], &units[chunk_start..], suspect);
    out
}

fn mark_address(words: &mut [Word], chunk: &[Unit], suspect: bool) {
    let www = chunk.first().is_some_and(|u| u.ch == 'w');
    if (suspect || www) && looks_like_address(chunk) {
        for w in words {
            w.in_address = true;
        }
    }
}

/// `scheme://…`, `www.…` or `name@host.tld`.
fn looks_like_address(chunk: &[Unit]) -> bool {
    let c = |i: usize| chunk.get(i).map_or('\0', |u| u.ch);
    let alnum = |i: usize| chunk.get(i).is_some_and(Unit::is_alphanumeric);
    if chunk
        .windows(3)
        .any(|w| w[0].ch == ':' && w[1].ch == '/' && w[2].ch == '/')
    {
        return true;
    }
    if c(0) == 'w' && c(1) == 'w' && c(2) == 'w' && c(3) == '.' {
        return true;
    }
    let Some(at) = (1..chunk.len()).find(|&i| c(i) == '@' && alnum(i - 1)) else {
        return false;
    };
    (at + 2..chunk.len()).any(|q| c(q) == '.' && alnum(q - 1) && chunk.get(q + 1).is_some_and(Unit::is_letter))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<Unit> {
        s.chars().map(|ch| Unit::new(ch, 0, false, 0, 0)).collect()
    }

    fn word_strs(s: &str) -> Vec<(String, bool)> {
        let u = units(s);
        words(&u)
            .into_iter()
            .map(|w| {
                (
                    s.chars().skip(w.range.start).take(w.range.len()).collect(),
                    w.in_address,
                )
            })
            .collect()
    }

    #[test]
    fn words_include_leet_symbols_and_mark_addresses() {
        assert_eq!(
            word_strs("pa$$word, mail user@example.com now"),
            [
                ("pa$$word".into(), false),
                ("mail".into(), false),
                ("user@example".into(), true),
                ("com".into(), true),
                ("now".into(), false)
            ]
        );
        assert_eq!(word_strs("https://k1ll.io")[0], ("https".into(), true));
        assert_eq!(word_strs("www.h4ck.com")[0], ("www".into(), true));
        assert_eq!(word_strs("m@lw4re"), [("m@lw4re".into(), false)]);
    }
}
