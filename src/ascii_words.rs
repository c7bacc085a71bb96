//! Eight ASCII bytes at a time: the byte-class tests the token and cut searches make on
//! nearly every byte of a long text, done on a `u64` word at once (byte `k` of the text
//! in bits `8k..8k + 8`, each answer in the high bit of its byte).

/// `0x01` in every byte.
pub(crate) const LOW_BYTES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `i`, if there are eight.
#[inline(always)]
pub(crate) fn word_at(bytes: &[u8], i: usize) -> Option<u64> {
    Some(u64::from_le_bytes(*bytes.get(i..)?.first_chunk::<8>()?))
}

/// For a word of bytes below `0x80`: the high bit of each byte `x` with
/// `lo <= x <= hi` (`lo >= 1`). The high bit of `x + 0x80 - lo` is set iff `x >= lo`,
/// that of `x + 0x7f - hi` iff `x > hi`, and neither sum carries into the next byte.
#[inline(always)]
pub(crate) fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    ((w + LOW_BYTES * u64::from(0x80 - lo)) & !(w + LOW_BYTES * u64::from(0x7f - hi))) & HIGH_BITS
}

/// The index of the first byte of a word whose high bit is set in `mask` (non-zero).
#[inline(always)]
pub(crate) fn first(mask: u64) -> usize {
    mask.trailing_zeros() as usize / 8
}

/// The first index in `from..to` whose byte is not ASCII or is one `is_stop` holds
/// (`to` if none), eight bytes at a time: `stops` gives the same answer as `is_stop` for
/// a word of bytes below `0x80`, in the high bit of each byte (see [`in_range`]).
#[inline(always)]
pub(crate) fn first_stop_or_not_ascii(bytes: &[u8], from: usize, to: usize, stops: impl Fn(u64) -> u64, is_stop: impl Fn(u8) -> bool) -> usize {
    let mut j = from;
    while j + 8 <= to {
        let Some(w) = word_at(bytes, j) else { break };
        let found = (w & HIGH_BITS) | stops(w & !HIGH_BITS);
        if found != 0 {
            return j + first(found);
        }
        j += 8;
    }
    while j < to && bytes[j] < 0x80 && !is_stop(bytes[j]) {
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_range_is_the_comparison_of_every_byte() {
        let mut seed = 9u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let w = seed & !HIGH_BITS;
            let lo = 1 + (seed >> 57) as u8 % 0x7f;
            let hi = lo + (seed >> 50) as u8 % (0x80 - lo);
            let m = in_range(w, lo, hi);
            for (k, &x) in w.to_le_bytes().iter().enumerate() {
                assert_eq!(m >> (8 * k + 7) & 1 == 1, (lo..=hi).contains(&x), "{x:#x} in {lo:#x}..={hi:#x}");
                assert_eq!(m >> (8 * k) & 0x7f, 0);
            }
        }
    }
}
