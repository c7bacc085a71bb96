//! The text path: `normalize` never panics, is idempotent, and `original_range` always
//! maps to a valid range of char boundaries of the input.
#![no_main]

use edgeward::text::normalize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let n = normalize(&input);
    let out = n.as_str();
    let again = normalize(out);
    assert_eq!(again.as_str(), out, "normalize is not idempotent on {input:?}");
    let check = |r: std::ops::Range<usize>| {
        let o = n.original_range(r.clone());
        assert!(o.start <= o.end && o.end <= input.len(), "original_range({r:?}) = {o:?} outside 0..{} for {input:?}", input.len());
        assert!(input.is_char_boundary(o.start) && input.is_char_boundary(o.end), "original_range({r:?}) = {o:?} splits a char of {input:?}");
    };
    // every char of the output, every prefix and suffix, and the empty ranges
    let bounds: Vec<usize> = out.char_indices().map(|(i, _)| i).chain(std::iter::once(out.len())).collect();
    for w in bounds.windows(2) {
        check(w[0]..w[1]);
    }
    for &b in bounds.iter().step_by(1 + bounds.len() / 64) {
        check(0..b);
        check(b..out.len());
        check(b..b);
    }
});
