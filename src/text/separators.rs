//! Letters spelled out with separators: `k.i.l.l`, `k i l l`, `k-i-l-l`, `k_i_l_l`,
//! `k*i*l*l`, `k / i / l / l` all collapse to `kill`.
//!
//! A run is a sequence of *single* elements (a letter or a leet character with no
//! letter or digit on either side) joined by one and the same separator (one to three
//! characters from [`is_separator`]). Leet characters at the ends of a run are not part
//! of it. A run collapses when it has at least three letters, so `i am a cat` and
//! `a b testing` are untouched, while `u.s.a.` becomes `usa.`. Where a run separated by
//! spaces has gaps of whitespace (in the original text) at least twice as wide as its
//! narrowest one, those gaps are word breaks and keep one space: `k i l l   h i m` →
//! `kill him`.

use super::leet::is_leet_char;
use super::{Unit, DELETED};
use std::ops::Range;

/// The longest separator between two spelled-out letters, in characters.
pub(crate) const MAX_SEPARATOR: usize = 3;
/// Letters a run needs to collapse.
pub(crate) const MIN_LETTERS: usize = 3;

/// Characters that may separate spelled-out letters (commas, colons, `+` and `=` are
/// left out: `a, b, c` and `a + b + c` are ordinary text).
#[inline]
pub(crate) const fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '.'
            | '-'
            | '_'
            | '*'
            | '/'
            | '\\'
            | '|'
            | '~'
            | '^'
            | '\''
            | '"'
            | '`'
            | '·'
            | '•'
            | '∙'
            | '⋅'
            | '‧'
            | '\u{2010}'..='\u{2015}' | '\u{2212}'
    )
}

fn is_element(u: &Unit) -> bool {
    u.is_letter() || is_leet_char(u.ch)
}

/// Whether `units[i]` is an element standing alone between non-alphanumerics.
fn is_single(units: &[Unit], i: usize) -> bool {
    is_element(&units[i])
        && (i == 0 || !units[i - 1].is_alphanumeric())
        && units.get(i + 1).is_none_or(|u| !u.is_alphanumeric())
}

/// The separator after the single element at `i`, if a single element follows it.
fn separator_after(units: &[Unit], i: usize) -> Option<Range<usize>> {
    let start = i + 1;
    let end = units[start.min(units.len())..]
        .iter()
        .take(MAX_SEPARATOR + 1)
        .position(|u| !is_separator(u.ch))
        .map(|p| start + p)?;
    (end > start && end - start <= MAX_SEPARATOR && is_single(units, end)).then_some(start..end)
}

fn same(units: &[Unit], a: &Range<usize>, b: &Range<usize>) -> bool {
    a.len() == b.len()
        && units[a.clone()]
            .iter()
            .zip(&units[b.clone()])
            .all(|(x, y)| x.ch == y.ch)
}

/// Collapses spelled-out runs (see the module docs), removing their separators.
pub(crate) fn collapse_separated(units: &mut Vec<Unit>) -> bool {
    let n = units.len();
    let mut removed = false;
    let mut elements: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_single(units, i) {
            i += 1;
            continue;
        }
        elements.clear();
        elements.push(i);
        if let Some(sep) = separator_after(units, i) {
            let mut cur = sep.end;
            elements.push(cur);
            while let Some(next) = separator_after(units, cur).filter(|r| same(units, r, &sep)) {
                cur = next.end;
                elements.push(cur);
            }
        }
        let is_letter = |&e: &usize| units[e].is_letter();
        let first = elements.iter().position(is_letter);
        let last = elements.iter().rposition(is_letter);
        let letters = elements.iter().filter(|e| is_letter(e)).count();
        match (first, last) {
            (Some(a), Some(b)) if letters >= MIN_LETTERS => {
                // A gap of whitespace at least twice as wide as the run's narrowest
                // separates words (`k i l l   h i m` → `kill him`): one space stays.
                let width = |g: &[Unit]| match g {
                    [u] if u.ch == ' ' => Some(u.end - u.start),
                    _ => None,
                };
                let gaps = || elements[a..=b].windows(2).map(|w| w[0] + 1..w[1]);
                let narrowest = gaps().filter_map(|g| width(&units[g])).min();
                let breaks: Vec<bool> = gaps().map(|g| width(&units[g]).zip(narrowest).is_some_and(|(w, n)| w >= 2 * n)).collect();
                // Idempotence: the output must not hold a spelled-out run again, so word
                // breaks stay only when they leave no MIN_LETTERS one-letter words in a
                // row (`k i l l   h i m` → `kill him`, `w r i t e  a  m a p` → `write a
                // map`; `w    m    k` → `wmk`, not `w m k`).
                let words: Vec<usize> = breaks.split(|&b| b).map(|w| w.len() + 1).collect();
                let keep_breaks = !words.windows(MIN_LETTERS).any(|w| w.iter().all(|&n| n == 1));
                for (g, &brk) in gaps().zip(&breaks) {
                    if brk && keep_breaks {
                        continue;
                    }
                    for u in &mut units[g] {
                        u.ch = DELETED;
                    }
                }
                removed = true;
                // A one-letter last word kept apart may start a run with another
                // separator (`m y  k.i.l`): look again from it, as a second pass would.
                let apart = keep_breaks && breaks.last() == Some(&true);
                i = if apart { elements[b] } else { elements[b] + 1 };
            }
            // Every run starting inside this one has the same separator and fewer
            // letters, so the next try starts at its last element.
            _ => {
                i = if elements.len() > 1 {
                    elements[elements.len() - 1]
                } else {
                    i + 1
                }
            }
        }
    }
    if removed {
        units.retain(|u| u.ch != DELETED);
    }
    removed
}
