//! The featurizer: the single definition of how normalized text becomes model input.
//!
//! Training calls this code through `edgeward featurize` (see `models/pipeline/`), so
//! training and inference cannot drift apart; `models/test_vectors.json` pins it.
//!
//! A text is split into word tokens (runs of alphanumeric characters of the normalized
//! text). Each window of at most [`WINDOW_TOKENS`] tokens yields a set of hashed
//! features: the direction, word unigrams, word bigrams and character 3- to 5-grams of
//! each word (with `<` `>` word boundaries). Each feature is hashed with FNV-1a into one
//! of [`N_BUCKETS`] - 1 buckets (bucket 0 is padding) and weighted `1/sqrt(n)`.

use crate::verdict::Direction;
use crate::ascii_words::{first, in_range, word_at, HIGH_BITS, LOW_BYTES};

/// Version tag of this featurizer; models record the one they were trained with.
pub const FEATURIZER_VERSION: &str = "fx1";
/// Size of the hashed feature space (embedding rows of the model).
pub const N_BUCKETS: u32 = 1 << 16;
/// Tokens per classifier window.
pub const WINDOW_TOKENS: usize = 96;
/// Tokens between the starts of consecutive windows.
pub const WINDOW_STRIDE: usize = 64;
/// Characters of a token used for character n-grams.
const MAX_GRAM_CHARS: usize = 24;

/// Hashed features of one window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// Sorted, distinct bucket ids in `1..N_BUCKETS`.
    pub ids: Vec<i64>,
    /// `1/sqrt(ids.len())` for each id.
    pub weights: Vec<f32>,
}

/// A window: its features and the byte range of the normalized text it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    pub features: Features,
    pub start: usize,
    pub end: usize,
}

const FNV_OFFSET: u64 = 0xcbf29ce484222325;

/// FNV-1a, 64-bit, continuing from state `h`.
const fn fnv1a_from(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h
}

/// FNV-1a, 64-bit.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    parts.iter().fold(FNV_OFFSET, |h, p| fnv1a_from(h, p))
}

fn bucket_of_hash(h: u64) -> i64 {
    1 + mod_buckets(h) as i64
}

/// `h % (N_BUCKETS - 1)` without a 64-bit division, which wasm has no cheap form of (an
/// `i64.rem_u` per hashed feature): since 2^16 ≡ 1 (mod 2^16 - 1), `h` is congruent to
/// the sum of its 16-bit digits.
#[inline]
fn mod_buckets(h: u64) -> u64 {
    const M: u64 = (1 << 16) - 1;
    const _: () = assert!(N_BUCKETS as u64 - 1 == M, "mod_buckets assumes 2^16 buckets");
    let s = (h & M) + ((h >> 16) & M) + ((h >> 32) & M) + (h >> 48); // < 2^18
    let s = (s & M) + (s >> 16); // < 2^16 + 4
    if s >= M {
        s - M
    } else {
        s
    }
}

fn bucket(parts: &[&[u8]]) -> i64 {
    bucket_of_hash(fnv1a(parts))
}

/// FNV state after the character n-gram prefix `c:` (hashed once, not per n-gram).
const CHAR_GRAM_SEED: u64 = fnv1a_from(FNV_OFFSET, b"c:");

/// Sorts and deduplicates bucket ids (all in `1..N_BUCKETS`): a bitset over the buckets
/// for windows of many ids (faster than sorting them), a sort for few.
fn sort_distinct(ids: &mut Vec<i64>) {
    if ids.len() < 256 {
        ids.sort_unstable();
        ids.dedup();
        return;
    }
    let mut bits = vec![0u64; N_BUCKETS as usize / 64];
    for &i in ids.iter() {
        bits[(i >> 6) as usize] |= 1 << (i & 63);
    }
    ids.clear();
    for (w, &word) in bits.iter().enumerate() {
        let mut b = word;
        while b != 0 {
            ids.push(((w as i64) << 6) | b.trailing_zeros() as i64);
            b &= b - 1;
        }
    }
}

/// Byte ranges of the word tokens of `text`.
pub fn tokens(text: &str) -> Vec<(usize, usize)> {
    token_spans(text).collect()
}

/// Byte ranges of the word tokens of `text` (runs of alphanumeric characters), in order,
/// without collecting them.
pub fn token_spans(text: &str) -> TokenSpans<'_> {
    TokenSpans { text, pos: 0 }
}

/// How many tokens [`token_spans`] finds in `text` (eight ASCII bytes at a time: one-shot
/// screening counts the tokens of a long text before walking them).
pub fn count_tokens(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut n, mut in_token, mut i) = (0, false, 0);
    while i < bytes.len() {
        if let Some(alnum) = ascii_word_at(bytes, i) {
            // a token starts at each alphanumeric byte after one that is not
            let before = (alnum << 8) | u64::from(in_token) << 7;
            n += (alnum & !before).count_ones() as usize;
            in_token = alnum >> 63 != 0;
            i += 8;
            continue;
        }
        let (alnum, len) = alnum_at(text, i);
        n += usize::from(alnum && !in_token);
        in_token = alnum;
        i += len;
    }
    n
}

const ASCII_ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The eight bytes at `i` when they are all ASCII, as a mask with the high bit of each
/// alphanumeric byte set (byte `k` of the text at bit `8k + 7`); `None` if fewer than
/// eight bytes are left or one is not ASCII.
#[inline(always)]
fn ascii_word_at(bytes: &[u8], i: usize) -> Option<u64> {
    let w = word_at(bytes, i)?;
    if w & HIGH_BITS != 0 {
        return None;
    }
    // letters: `x | 0x20` maps exactly `A..=Z` and `a..=z` into `a..=z`
    Some(in_range(w, b'0', b'9') | in_range(w | (LOW_BYTES * 0x20), b'a', b'z'))
}

/// Iterator of [`token_spans`].
#[derive(Clone, Debug)]
pub struct TokenSpans<'a> {
    text: &'a str,
    pos: usize,
}

/// Whether the character at byte `i` of `text` (a boundary) is alphanumeric, and its
/// length.
#[inline(always)]
fn alnum_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (ASCII_ALNUM[usize::from(b)], 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c.is_alphanumeric(), c.len_utf8())
}

impl Iterator for TokenSpans<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        let mut i = self.pos;
        let start = loop {
            if i >= len {
                self.pos = len;
                return None;
            }
            if let Some(alnum) = ascii_word_at(bytes, i) {
                // eight ASCII bytes: the first alphanumeric one, if any
                if alnum == 0 {
                    i += 8;
                    continue;
                }
                break i + first(alnum);
            }
            let (alnum, n) = alnum_at(self.text, i);
            if alnum {
                break i;
            }
            i += n;
        };
        i = start;
        while i < len {
            if let Some(alnum) = ascii_word_at(bytes, i) {
                // eight ASCII bytes: the first that is not alphanumeric ends the token
                let other = !alnum & HIGH_BITS;
                if other == 0 {
                    i += 8;
                    continue;
                }
                i += first(other);
                break;
            }
            let (alnum, n) = alnum_at(self.text, i);
            if !alnum {
                break;
            }
            i += n;
        }
        self.pos = i;
        Some((start, i))
    }
}

/// Features of the tokens `toks` of `text` (one window).
pub fn window_features(text: &str, toks: &[(usize, usize)], direction: Direction) -> Features {
    let mut ids: Vec<i64> = Vec::with_capacity(toks.len() * 14 + 1);
    ids.push(direction_id(direction));
    let mut scratch = GramScratch::default();
    for (k, &(s, e)) in toks.iter().enumerate() {
        if let Some(&(s2, e2)) = toks.get(k + 1) {
            ids.push(bigram_id(&text[s..e], &text[s2..e2]));
        }
        token_ids(&text[s..e], &mut scratch, &mut ids);
    }
    sort_distinct(&mut ids);
    let w = 1.0 / (ids.len() as f32).sqrt();
    let weights = vec![w; ids.len()];
    Features { ids, weights }
}

/// The bucket of the direction feature, which every window has.
pub fn direction_id(direction: Direction) -> i64 {
    bucket(&[b"d:", direction.id().as_bytes()])
}

/// The bucket of the bigram of two consecutive tokens of a window.
pub fn bigram_id(a: &str, b: &str) -> i64 {
    bucket(&[b"b:", a.as_bytes(), b" ", b.as_bytes()])
}

/// Reusable buffers of [`token_ids`].
#[derive(Debug, Default)]
pub struct GramScratch {
    chars: Vec<u8>,
    bounds: Vec<usize>,
    /// The ids of a token being put in the [`TokenIdCache`].
    spill: Vec<i64>,
}

/// Appends the buckets of one token's own features to `out`: its unigram and the
/// character 3- to 5-grams of `<token>` (counted in chars, over its first
/// [`MAX_GRAM_CHARS`] chars). A window's features are these for each of its tokens,
/// the bigrams of its consecutive tokens and the direction.
pub fn token_ids(token: &str, scratch: &mut GramScratch, out: &mut Vec<i64>) {
    token_ids_with(token, &mut scratch.chars, &mut scratch.bounds, out);
}

fn token_ids_with(token: &str, chars: &mut Vec<u8>, bounds: &mut Vec<usize>, out: &mut Vec<i64>) {
    out.push(bucket(&[b"w:", token.as_bytes()]));
    chars.clear();
    bounds.clear();
    chars.push(b'<');
    bounds.push(0);
    for (n, c) in token.chars().enumerate() {
        if n == MAX_GRAM_CHARS {
            break;
        }
        bounds.push(chars.len());
        let mut buf = [0u8; 4];
        chars.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    bounds.push(chars.len());
    chars.push(b'>');
    bounds.push(chars.len());
    // bounds[i] = byte start of char i; last = end. The 4- and 5-gram from char i
    // continue the 3-gram's hash (FNV-1a is a left fold), so each byte is hashed once
    // per start instead of once per n.
    let nchars = bounds.len() - 1;
    for i in 0..nchars.saturating_sub(2) {
        let mut h = fnv1a_from(CHAR_GRAM_SEED, &chars[bounds[i]..bounds[i + 3]]);
        out.push(bucket_of_hash(h));
        for n in 4..=5 {
            if i + n > nchars {
                break;
            }
            h = fnv1a_from(h, &chars[bounds[i + n - 1]..bounds[i + n]]);
            out.push(bucket_of_hash(h));
        }
    }
}

/// FNV state after `b:` (the bigram prefix).
const BIGRAM_SEED: u64 = fnv1a_from(FNV_OFFSET, b"b:");

/// The FNV state of `b:<token> `: a bigram starting with `token` continues from it
/// ([`bigram_from`]), so each token is hashed once for the bigrams it begins.
pub fn bigram_prefix(token: &str) -> u64 {
    fnv1a_from(fnv1a_from(BIGRAM_SEED, token.as_bytes()), b" ")
}

/// The bucket of the bigram whose first token gave `prefix` ([`bigram_prefix`]) and
/// whose second is `b`: the same as [`bigram_id`].
pub fn bigram_from(prefix: u64, b: &str) -> i64 {
    bucket_of_hash(fnv1a_from(prefix, b.as_bytes()))
}

/// Tokens of at most this many bytes are remembered by [`TokenIdCache`].
const CACHED_TOKEN_BYTES: usize = 12;
/// Most ids of a cached token: 1 unigram + 3 × 12 − 3 n-grams (see [`token_ids`]).
pub const CACHED_IDS: usize = 34;
/// Slots of a [`TokenIdCache`] (a power of two).
pub const CACHE_SLOTS: usize = 2048;

/// A two-way set-associative memo of [`token_ids`] for short tokens: most tokens of a
/// long text are words seen before (`the`, `and`), whose ids are copied instead of
/// hashing each character n-gram again. The ids are exactly those of [`token_ids`] (the memo holds
/// the token's bytes and compares them on every hit).
///
/// Each fill of a slot gets a new, never repeated number ([`TokenIdCache::fill`]), so
/// whatever a caller derives from a slot's ids (the classifier's row sums) can be kept
/// beside it and known stale when the slot is refilled.
#[derive(Clone)]
pub struct TokenIdCache {
    slots: Vec<CachedToken>,
    /// Fills so far (slot fill numbers start at 1; 0 is never a fill).
    fills: u64,
}

#[derive(Clone, Copy)]
struct CachedToken {
    /// The token ([`token_key`]); 0: empty slot (tokens are never empty).
    key: u128,
    n: u8,
    ids: [u16; CACHED_IDS],
    fill: u64,
    /// In the first slot of a pair: which of the two was used last (0 or 1).
    recent: u8,
}

impl std::fmt::Debug for TokenIdCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TokenIdCache({} slots)", self.slots.len())
    }
}

impl Default for TokenIdCache {
    fn default() -> Self {
        let empty = CachedToken { key: 0, n: 0, ids: [0; CACHED_IDS], fill: 0, recent: 0 };
        TokenIdCache { slots: vec![empty; CACHE_SLOTS], fills: 0 }
    }
}

/// A token of 1 to [`CACHED_TOKEN_BYTES`] bytes as one number, compared whole: its first
/// bytes and its last ones, each read at once as the widest number that fits in it
/// (overlapping when the token is short), and its length in the top byte (never 0).
/// Given the length, the two give back every byte, so two tokens have the same key only
/// if they are the same. Fixed-size reads: copying a variable number of bytes was a
/// `memory.copy` per token in wasm.
#[inline]
fn token_key(bytes: &[u8]) -> u128 {
    let n = bytes.len();
    let (first, last) = match n {
        9.. => (le::<8>(bytes, 0), le::<4>(bytes, n - 4)),
        8 => (le::<8>(bytes, 0), 0),
        4..=7 => (le::<4>(bytes, 0), le::<4>(bytes, n - 4)),
        2..=3 => (le::<2>(bytes, 0), le::<2>(bytes, n - 2)),
        _ => (bytes.first().map_or(0, |&b| u64::from(b)), 0),
    };
    u128::from(first) | u128::from(last) << 64 | (n as u128) << 120
}

/// The `N` bytes of `b` from `at`, little-endian.
#[inline]
fn le<const N: usize>(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w[..N].copy_from_slice(&b[at..at + N]);
    u64::from_le_bytes(w)
}

const _: () = assert!(CACHED_TOKEN_BYTES <= 12, "a cached token is covered by its first 8 bytes and its last 4");

impl TokenIdCache {
    /// Appends [`token_ids`]`(token)` to `out`, from the memo when it holds the token.
    pub fn token_ids(&mut self, token: &str, scratch: &mut GramScratch, out: &mut Vec<i64>) {
        match self.slot_of(token, scratch) {
            Some(slot) => out.extend(self.ids(slot).iter().map(|&id| i64::from(id))),
            None => token_ids(token, scratch, out),
        }
    }

    /// The slot holding `token`'s ids (in order, as [`token_ids`] gives them), filled
    /// now if it held another token; `None` for tokens the memo does not keep (longer
    /// than 12 bytes).
    #[inline]
    pub fn slot_of(&mut self, token: &str, scratch: &mut GramScratch) -> Option<usize> {
        let bytes = token.as_bytes();
        if bytes.is_empty() || bytes.len() > CACHED_TOKEN_BYTES {
            return None;
        }
        let key = token_key(bytes);
        // two-way: the token may be in either slot of its pair; a miss replaces the one
        // used less recently (direct-mapped, two frequent words sharing a slot evicted
        // each other on every use)
        let h = (key as u64 ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let pair = (h >> 40) as usize & (CACHE_SLOTS - 2);
        for index in [pair, pair + 1] {
            if self.slots[index].key == key {
                self.slots[pair].recent = (index - pair) as u8;
                return Some(index);
            }
        }
        let index = pair + 1 - usize::from(self.slots[pair].recent);
        self.slots[pair].recent = (index - pair) as u8;
        let slot = &mut self.slots[index];
        let GramScratch { chars, bounds, spill } = scratch;
        spill.clear();
        token_ids_with(token, chars, bounds, spill);
        if spill.len() > CACHED_IDS {
            return None; // cannot happen for tokens of 12 bytes or fewer
        }
        self.fills += 1;
        slot.key = key;
        slot.n = spill.len() as u8;
        slot.fill = self.fills;
        for (d, &id) in slot.ids.iter_mut().zip(spill.iter()) {
            *d = id as u16; // buckets are < 2^16
        }
        Some(index)
    }

    /// The ids held in `slot` (see [`Self::slot_of`]).
    #[inline]
    pub fn ids(&self, slot: usize) -> &[u16] {
        let s = &self.slots[slot];
        &s.ids[..usize::from(s.n)]
    }

    /// Fills so far: every later fill gets a larger number.
    pub fn fills(&self) -> u64 {
        self.fills
    }

    /// The number of the fill that put the current token in `slot`: different for
    /// every fill of any slot, so equal numbers mean the same ids.
    #[inline]
    pub fn fill(&self, slot: usize) -> u64 {
        self.slots[slot].fill
    }
}

/// Token ranges `[start, end)` of the windows over `n_tokens` tokens (at least one).
pub fn window_ranges(n_tokens: usize) -> impl Iterator<Item = (usize, usize)> {
    let count = if n_tokens <= WINDOW_TOKENS { 1 } else { (n_tokens - WINDOW_TOKENS).div_ceil(WINDOW_STRIDE) + 1 };
    (0..count).map(move |i| {
        let s = i * WINDOW_STRIDE;
        (s, (s + WINDOW_TOKENS).min(n_tokens))
    })
}

/// Splits normalized text into overlapping windows and featurizes each.
///
/// Always returns at least one window (an empty text gives the direction feature alone).
pub fn windows(text: &str, direction: Direction) -> Vec<Window> {
    let toks = tokens(text);
    window_ranges(toks.len())
        .map(|(s, e)| {
            let slice = &toks[s..e];
            let (bs, be) = match (slice.first(), slice.last()) {
                (Some(f), Some(l)) => (f.0, l.1),
                _ => (0, text.len()),
            };
            Window { features: window_features(text, slice, direction), start: bs, end: be }
        })
        .collect()
}

/// Features of the first window only (what a short text gets).
pub fn featurize(text: &str, direction: Direction) -> Features {
    windows(text, direction).swap_remove(0).features
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_keys_differ_for_different_tokens() {
        // every token of 1 to 7 bytes over three byte values, and random ones up to 12
        let mut seen = std::collections::HashMap::new();
        let mut check = |t: Vec<u8>| {
            let k = token_key(&t);
            assert_ne!(k, 0);
            if let Some(other) = seen.insert(k, t.clone()) {
                assert_eq!(other, t, "two tokens with one key");
            }
        };
        for n in 1..=7u32 {
            for mut i in 0..3usize.pow(n) {
                check((0..n).map(|_| { let b = [0u8, b'a', 0xff][i % 3]; i /= 3; b }).collect());
            }
        }
        let mut seed = 3u64;
        for _ in 0..100_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = 1 + (seed >> 60) as usize % CACHED_TOKEN_BYTES;
            check((0..n).map(|k| [b'a', b'b', 0][(seed >> (2 * k + 1)) as usize % 3]).collect());
        }
    }

    #[test]
    fn tokens_split_on_non_alphanumerics() {
        let t = "kill -9 the_process, please";
        let toks: Vec<&str> = tokens(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(toks, ["kill", "9", "the", "process", "please"]);
    }

    #[test]
    fn features_are_sorted_distinct_in_range_and_weighted() {
        let f = featurize("where do i vote where do i vote", Direction::Prompt);
        assert!(f.ids.windows(2).all(|w| w[0] < w[1]));
        assert!(f.ids.iter().all(|&i| i >= 1 && i < N_BUCKETS as i64));
        let expect = 1.0 / (f.ids.len() as f32).sqrt();
        assert!(f.weights.iter().all(|&w| (w - expect).abs() < 1e-7));
    }

    #[test]
    fn mod_buckets_is_the_remainder() {
        let m = N_BUCKETS as u64 - 1;
        let mut h: u64 = 0x9E3779B97F4A7C15;
        let edges = [0, 1, m - 1, m, m + 1, 2 * m, u64::MAX, u64::MAX - 1, m * m, (1 << 48) - 1, 1 << 48, u64::MAX / m * m];
        for x in edges.into_iter().chain((0..100_000).map(|_| {
            h ^= h << 13;
            h ^= h >> 7;
            h ^= h << 17;
            h
        })) {
            assert_eq!(mod_buckets(x), x % m, "{x}");
        }
    }

    #[test]
    fn sort_distinct_agrees_with_sort_and_dedup() {
        for n in [0usize, 10, 255, 256, 3000] {
            let ids: Vec<i64> = (0..n as i64).map(|i| 1 + (i * 7919 + i * i * 31) % (N_BUCKETS as i64 - 1)).collect();
            let mut want = ids.clone();
            want.sort_unstable();
            want.dedup();
            let mut got = ids;
            sort_distinct(&mut got);
            assert_eq!(got, want, "{n} ids");
        }
    }

    #[test]
    fn token_spans_are_the_runs_of_alphanumeric_chars() {
        // the definition, char by char
        fn reference(text: &str) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in text.char_indices() {
                match (c.is_alphanumeric(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        out.push((s, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            out.extend(start.map(|s| (s, text.len())));
            out
        }
        let pieces = ["kill", " ", "-9", "é", "東京", "\u{0301}", "_", "٣", "x", "..", "Ⅻ", "\n", "a1", "ABCDEFGHIJ", "0123456789z", "@[`{/:", "  \t ", "Zz9", "ǅ", "~"];
        let mut seed = 3u64;
        for n in 0..3000 {
            let text: String = (0..n % 60)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    pieces[(seed >> 33) as usize % pieces.len()]
                })
                .collect();
            assert_eq!(tokens(&text), reference(&text), "{text:?}");
            assert_eq!(count_tokens(&text), reference(&text).len(), "{text:?}");
        }
    }

    #[test]
    fn bigram_from_prefix_is_bigram_id() {
        for (a, b) in [("how", "to"), ("", "x"), ("überprüfung", "東京"), ("k1ll", "them")] {
            assert_eq!(bigram_from(bigram_prefix(a), b), bigram_id(a, b));
        }
    }

    #[test]
    fn token_id_cache_gives_the_ids_of_token_ids() {
        let words = ["the", "a", "überprüfung", "東京", "x", "twelve_bytes", "thirteenbytes", "verylongtokenwithoutend", "é", "1", "k1ll", "ab", "ba"];
        let mut cache = TokenIdCache::default();
        let mut scratch = GramScratch::default();
        let mut seed = 5u64;
        for round in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            // known words, and many distinct ones so that slots are evicted and shared
            let owned;
            let token = if round % 3 == 0 {
                owned = format!("w{}", (seed >> 40) % 5000);
                owned.as_str()
            } else {
                words[(seed >> 33) as usize % words.len()]
            };
            let (mut want, mut got) = (Vec::new(), vec![7]);
            token_ids(token, &mut scratch, &mut want);
            cache.token_ids(token, &mut scratch, &mut got);
            assert_eq!(got[0], 7, "the ids are appended");
            assert_eq!(got[1..], want[..], "{token:?}");
        }
    }

    #[test]
    fn direction_changes_features() {
        assert_ne!(featurize("hello", Direction::Prompt), featurize("hello", Direction::Output));
    }

    #[test]
    fn empty_text_has_one_window_with_direction_only() {
        let w = windows("", Direction::Prompt);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].features.ids.len(), 1);
    }

    #[test]
    fn long_text_is_windowed_with_overlap() {
        let text = (0..300).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
        let w = windows(&text, Direction::Output);
        assert_eq!(w.len(), 5); // starts 0, 64, 128, 192, 256 (192+96 < 300 <= 256+96)
        assert!(w[1].start < w[0].end);
        assert_eq!(w.last().unwrap().end, text.len());
    }

    #[test]
    fn char_ngrams_respect_utf8() {
        // must not panic on multi-byte characters and must differ from ascii look-alike
        let a = featurize("überprüfung", Direction::Prompt);
        let b = featurize("uberprufung", Direction::Prompt);
        assert_ne!(a, b);
    }
}
