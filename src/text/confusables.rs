//! Homoglyphs: letters of other scripts (Cyrillic, Greek, Armenian) that look like Latin
//! letters, and Latin variants (dotless i, small capitals, letters with a stroke).
//!
//! Latin variants are folded everywhere (see [`fold_latin_variant`]). Look-alikes from
//! other scripts are folded per word, so genuine Russian or Greek survives:
//!
//! - a word that has Latin letters and look-alikes is folded (`кill` → `kill`,
//!   `раураl` → `paypal`);
//! - a word without Latin letters belongs to the script of its first non-Latin letter.
//!   Consecutive such words of one script form a run (words of digits only do not break
//!   it). A run whose words consist of *strong* look-alikes only is folded
//!   (`please сору this` → `please copy this`, a lone `сор` → `cop`); a run with any
//!   genuine word stays whole (`Я пью сок`, `это сор`);
//! - any other word is left alone.
//!
//! Strong look-alikes are near-identical in common fonts (`а е о р с у х`, the capitals
//! `А В Е К М Н О Р С Т Х`, Greek `ο ρ ν` and most capitals). Weak ones (`к г п т`,
//! Greek `κ τ γ ε`) only fold inside words that also have Latin letters, so common
//! words such as `как` or `και` are never taken for Latin.
//!
//! Judging whole runs keeps the rule a fixed point: a kept run keeps its genuine word
//! on a second pass, and a folded run becomes Latin.

use super::words::Word;
use super::Unit;

/// The Latin letter that the cased character `c` looks like, and whether the
/// resemblance is strong. Returns `(0, false)` for characters that look like no Latin
/// letter.
pub(crate) fn lookalike(c: char) -> (u8, bool) {
    let (l, strong) = match c {
        // Cyrillic capitals
        'А' => (b'a', true),
        'В' => (b'b', true),
        'Е' => (b'e', true),
        'К' => (b'k', true),
        'М' => (b'm', true),
        'Н' => (b'h', true),
        'О' => (b'o', true),
        'Р' => (b'p', true),
        'С' => (b'c', true),
        'Т' => (b't', true),
        'Х' => (b'x', true),
        'Ѕ' => (b's', true),
        'І' => (b'i', true),
        'Ј' => (b'j', true),
        'Ү' => (b'y', true),
        'Һ' => (b'h', true),
        'Ӏ' => (b'l', true),
        'Ԛ' => (b'q', true),
        'Ԝ' => (b'w', true),
        'У' => (b'y', false),
        'Ь' => (b'b', false),
        // Cyrillic small letters
        'а' => (b'a', true),
        'е' => (b'e', true),
        'о' => (b'o', true),
        'р' => (b'p', true),
        'с' => (b'c', true),
        'у' => (b'y', true),
        'х' => (b'x', true),
        'ѕ' => (b's', true),
        'і' => (b'i', true),
        'ј' => (b'j', true),
        'ԁ' => (b'd', true),
        'ԛ' => (b'q', true),
        'ԝ' => (b'w', true),
        'һ' => (b'h', true),
        'ӏ' => (b'l', true),
        'ү' => (b'y', true),
        'к' => (b'k', false),
        'г' => (b'r', false),
        'п' => (b'n', false),
        'т' => (b't', false),
        'м' => (b'm', false),
        'н' => (b'h', false),
        'в' => (b'b', false),
        'ь' => (b'b', false),
        // Greek capitals
        'Α' => (b'a', true),
        'Β' => (b'b', true),
        'Ε' => (b'e', true),
        'Ζ' => (b'z', true),
        'Η' => (b'h', true),
        'Ι' => (b'i', true),
        'Κ' => (b'k', true),
        'Μ' => (b'm', true),
        'Ν' => (b'n', true),
        'Ο' => (b'o', true),
        'Ρ' => (b'p', true),
        'Τ' => (b't', true),
        'Υ' => (b'y', true),
        'Χ' => (b'x', true),
        // Greek small letters
        'ο' => (b'o', true),
        'ρ' => (b'p', true),
        'ν' => (b'v', true),
        'α' => (b'a', false),
        'ι' => (b'i', false),
        'κ' => (b'k', false),
        'τ' => (b't', false),
        'υ' => (b'u', false),
        'χ' => (b'x', false),
        'γ' => (b'y', false),
        'ε' => (b'e', false),
        'ω' => (b'w', false),
        // Armenian
        'օ' => (b'o', true),
        'ս' => (b'u', true),
        'հ' => (b'h', false),
        'ո' => (b'n', false),
        _ => return (0, false),
    };
    (l, strong)
}

/// Latin-script variants folded wherever they appear: dotless `ı`, letters with a
/// stroke (`ł đ ø ħ ŧ`), IPA and small-capital forms (`ɑ ɡ ᴋ ɪ ʟ`), and negative
/// circled or squared letters (`🅚 🅺`), which compatibility decomposition leaves alone.
/// `c` is lowercase.
#[inline]
pub(crate) fn fold_latin_variant(c: char) -> Option<char> {
    let f = match c {
        'ı' | 'ɩ' | 'ɨ' | 'ɪ' => 'i',
        'ȷ' | 'ᴊ' => 'j',
        'ł' | 'ʟ' => 'l',
        'đ' | 'ᴅ' => 'd',
        'ø' | 'ᴏ' => 'o',
        'ħ' | 'ʜ' => 'h',
        'ŧ' | 'ᴛ' => 't',
        'ƀ' | 'ʙ' => 'b',
        'ƶ' | 'ᴢ' => 'z',
        'ɑ' | 'ᴀ' => 'a',
        'ɡ' | 'ɢ' => 'g',
        'ᴄ' => 'c',
        'ᴇ' => 'e',
        'ꜰ' => 'f',
        'ᴋ' => 'k',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴘ' => 'p',
        'ʀ' => 'r',
        'ꜱ' => 's',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' => 'y',
        '\u{1F150}'..='\u{1F169}' => (b'a' + (c as u32 - 0x1F150) as u8) as char,
        '\u{1F170}'..='\u{1F189}' => (b'a' + (c as u32 - 0x1F170) as u8) as char,
        _ => return None,
    };
    Some(f)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Other,
}

fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' => Script::Latin,
        '\u{00C0}'..='\u{02AF}' | '\u{1D00}'..='\u{1DBF}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}' | '\u{AB30}'..='\u{AB6F}' => Script::Latin,
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Script::Greek,
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}' => {
            Script::Cyrillic
        }
        '\u{0530}'..='\u{058F}' => Script::Armenian,
        _ => Script::Other,
    }
}

/// Whether `c` is a letter of the Latin script.
#[inline]
pub(crate) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && script(c) == Script::Latin)
}

/// How the look-alike rule sees a word with letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// Latin letters only: nothing to fold.
    Latin,
    /// Latin letters and look-alikes: always folded.
    Mixed,
    /// No Latin letter; `script` of its first non-Latin letter; `genuine` unless every
    /// letter is a strong look-alike.
    Foreign { script: Script, genuine: bool },
}

fn classify(units: &[Unit]) -> Class {
    let (mut latin, mut lookalikes, mut all_strong) = (false, false, true);
    let mut first_foreign = None;
    for u in units {
        if !u.is_letter() {
            continue;
        }
        let sc = script(u.ch);
        if sc == Script::Latin {
            latin = true;
            continue;
        }
        first_foreign.get_or_insert(sc);
        lookalikes |= u.alt != 0;
        all_strong &= u.alt != 0 && u.strong;
    }
    match first_foreign {
        None => Class::Latin,
        Some(_) if latin => {
            if lookalikes {
                Class::Mixed
            } else {
                Class::Latin
            }
        }
        Some(script) => Class::Foreign {
            script,
            genuine: !all_strong,
        },
    }
}

fn fold_word(units: &mut [Unit]) {
    for u in units {
        if u.alt != 0 && u.is_letter() && script(u.ch) != Script::Latin {
            u.set(u.alt as char);
            u.alt = 0;
        }
    }
}

/// Folds look-alike letters of `words` (see the module docs).
pub(crate) fn fold_confusables(units: &mut [Unit], words: &[Word]) {
    // Fast path: nothing to do unless some unit has a look-alike.
    if !units.iter().any(|u| u.alt != 0) {
        return;
    }
    // Words with letters, with their class.
    let classes: Vec<(usize, Class)> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| units[w.range.clone()].iter().any(Unit::is_letter))
        .map(|(i, w)| (i, classify(&units[w.range.clone()])))
        .collect();
    let mut k = 0;
    while k < classes.len() {
        match classes[k].1 {
            Class::Latin => k += 1,
            Class::Mixed => {
                fold_word(&mut units[words[classes[k].0].range.clone()]);
                k += 1;
            }
            Class::Foreign { script, .. } => {
                let same = |c: &Class| matches!(c, Class::Foreign { script: s, .. } if *s == script);
                let end = (k..classes.len())
                    .find(|&j| !same(&classes[j].1))
                    .unwrap_or(classes.len());
                let genuine = classes[k..end]
                    .iter()
                    .any(|(_, c)| matches!(c, Class::Foreign { genuine: true, .. }));
                if !genuine {
                    for &(i, _) in &classes[k..end] {
                        fold_word(&mut units[words[i].range.clone()]);
                    }
                }
                k = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookalikes_are_judged_on_case() {
        assert_eq!(lookalike('Н'), (b'h', true));
        assert_eq!(lookalike('н'), (b'h', false));
        assert_eq!(lookalike('д'), (0, false));
    }

    #[test]
    fn latin_variants_fold() {
        assert_eq!(fold_latin_variant('ı'), Some('i'));
        assert_eq!(fold_latin_variant('\u{1F17A}'), Some('k'));
        assert_eq!(fold_latin_variant('\u{1F150}'), Some('a'));
        assert_eq!(fold_latin_variant('é'), None);
    }
}
