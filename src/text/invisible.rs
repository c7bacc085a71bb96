//! Characters that render as nothing (and are removed) and combining diacritics (which
//! are stripped from the letter they sit on).

/// Whether `c` is invisible in running text and carries no meaning for screening:
/// zero-width characters, the soft hyphen, bidi controls, tag characters, variation
/// selectors, Hangul fillers and the other default-ignorable format characters.
///
/// Whitespace and control characters are not listed here: they become a space.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'                    // soft hyphen
        | '\u{034F}'                  // combining grapheme joiner
        | '\u{061C}'                  // Arabic letter mark (bidi)
        | '\u{115F}' | '\u{1160}'     // Hangul choseong / jungseong fillers
        | '\u{17B4}' | '\u{17B5}'     // Khmer inherent vowels
        | '\u{180B}'..='\u{180F}'     // Mongolian variation selectors, vowel separator
        | '\u{200B}'..='\u{200F}'     // zero-width space, ZWNJ, ZWJ, LRM, RLM
        | '\u{202A}'..='\u{202E}'     // bidi embeddings and overrides
        | '\u{2060}'..='\u{206F}'     // word joiner, invisible operators, bidi isolates, deprecated format
        | '\u{3164}'                  // Hangul filler
        | '\u{FE00}'..='\u{FE0F}'     // variation selectors
        | '\u{FEFF}'                  // zero-width no-break space (BOM)
        | '\u{FFA0}'                  // halfwidth Hangul filler
        | '\u{FFF9}'..='\u{FFFB}'     // interlinear annotation
        | '\u{1BCA0}'..='\u{1BCA3}'   // shorthand format controls
        | '\u{1D173}'..='\u{1D17A}'   // musical symbol format controls
        | '\u{E0000}'..='\u{E007F}'   // tag characters
        | '\u{E0100}'..='\u{E01EF}' // variation selectors supplement
    )
}

/// Whether `c` is a combining diacritic that is stripped from its base letter.
///
/// These are the blocks of marks that decorate letters (accents, Zalgo stacks,
/// enclosing keycaps, Hebrew points, Arabic harakat, Cyrillic titlos). Marks that are
/// part of spelling in other scripts (Indic vowel signs and viramas, Thai vowels,
/// Japanese voicing marks) are kept, so those languages are not destroyed.
#[inline]
pub(crate) fn is_stripped_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'   // combining diacritical marks
        | '\u{0483}'..='\u{0489}' // Cyrillic combining marks
        | '\u{0591}'..='\u{05BD}' // Hebrew cantillation and points
        | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}' | '\u{05C5}' | '\u{05C7}'
        | '\u{0610}'..='\u{061A}' // Arabic marks
        | '\u{064B}'..='\u{065F}' // Arabic harakat
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}' | '\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}' // combining diacritical marks extended
        | '\u{1DC0}'..='\u{1DFF}' // combining diacritical marks supplement
        | '\u{20D0}'..='\u{20FF}' // combining marks for symbols (keycaps, enclosures)
        | '\u{FE20}'..='\u{FE2F}' // combining half marks
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_width_bidi_tags_and_selectors_are_invisible() {
        for c in [
            '\u{200B}',
            '\u{200D}',
            '\u{2060}',
            '\u{2064}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{202E}',
            '\u{2066}',
            '\u{061C}',
            '\u{E0041}',
            '\u{FE0F}',
            '\u{E0100}',
            '\u{3164}',
            '\u{115F}',
        ] {
            assert!(is_invisible(c), "{:?}", c);
        }
    }

    #[test]
    fn letters_spaces_and_kept_marks_are_not_invisible() {
        for c in ['a', ' ', '\u{00A0}', 'é', '\u{0915}', '\u{094D}', '\u{3099}'] {
            assert!(!is_invisible(c), "{:?}", c);
        }
        for c in ['\u{094D}', '\u{3099}', '\u{0E34}', 'a'] {
            assert!(!is_stripped_mark(c), "{:?}", c);
        }
        for c in ['\u{0301}', '\u{0336}', '\u{20E3}', '\u{064E}', '\u{1DC4}', '\u{0489}'] {
            assert!(is_stripped_mark(c), "{:?}", c);
        }
    }
}
