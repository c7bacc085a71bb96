//! Inputs the fuzzers (`fuzz/`) found, kept as regression tests.

use edgeward::text::normalize;

/// Checks what the `normalize` fuzz target checks.
fn check_normalize(input: &str) {
    let n = normalize(input);
    let out = n.as_str();
    assert_eq!(normalize(out).as_str(), out, "not idempotent on {input:?}");
    let bounds: Vec<usize> = out.char_indices().map(|(i, _)| i).chain(std::iter::once(out.len())).collect();
    for &a in &bounds {
        for &b in bounds.iter().filter(|&&b| b >= a) {
            let o = n.original_range(a..b);
            assert!(o.start <= o.end && o.end <= input.len(), "{:?} -> {o:?} in {input:?}", a..b);
            assert!(input.is_char_boundary(o.start) && input.is_char_boundary(o.end), "{:?} -> {o:?} splits a char of {input:?}", a..b);
        }
    }
}

/// normalize, first seed run (placeholder text path before the full one landed):
/// `original_range` ended inside a multi-byte character that produced the last byte.
#[test]
fn original_range_ends_on_a_char_boundary_after_combining_marks() {
    check_normalize("k\u{301}i\u{308}l\u{327}l\u{300} \u{301}\u{301}\u{301} e\u{301}");
    check_normalize("é");
    check_normalize("ｋ");
}

/// normalize, fuzz-smoke after the wider-gap word breaks landed: letters spelled out
/// with gaps of control characters of very different widths kept every gap as a word
/// break (`w m k`), which a second pass collapsed (`wmk`).
#[test]
fn spelled_out_letters_with_uneven_control_gaps_normalize_idempotently() {
    let input = "W\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0m\0\0K\0\0\0\0\0\0\0@\0\0\0s e \u{1}\0\0\0\0\0\0wO";
    check_normalize(input);
    check_normalize("k i l l   h i m");
    check_normalize("k i l l\" m y \u{7f} k.i.l*l");
    assert_eq!(normalize("k i l l   h i m").as_str(), "kill him", "wide gaps between spelled-out words stay word breaks");
}

/// normalize, fuzz-smoke: a text that a first pass turned into leetspeak "as a whole"
/// (its mixed words counted anew) mapped more words on a second pass. Normalizing now
/// repeats until stable whenever a pass rewrote leetspeak or a spelled-out run.
#[test]
fn text_whose_leet_density_changes_in_a_pass_normalizes_idempotently() {
    check_normalize("k i l ` h0w tk i   ll m y s e h, 0x0jjjjjjjhjjjjjjjjog4jm Nj m4k/ a p1b06b, k.i!l.l p1p3 b0mb, k.i.ll f, h0w t p1p3 b0b, Write r\u{430}ns k.i.l");
    check_normalize("wr173 7h47 h05p174l 0x0f 3rd p1p3 b0mb");
}
