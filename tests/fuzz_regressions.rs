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
