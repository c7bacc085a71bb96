//! Scores the classifier windows of a token sequence as its tokens arrive, for one-shot
//! screening ([`crate::Guard`]) and the stream screener alike.
//!
//! The windows are those of [`window_ranges`]: tokens `[64i, 64i + 96)`, and at the end
//! the last one cut short. Each token's own features (unigram, character n-grams) are
//! hashed once, however many windows hold it, and go into every open window's
//! [`WindowBag`], which keeps the window's distinct ids and the integer sum of their
//! embedding rows; scoring a window then costs only the layers after the bag. So the
//! scores are exactly those of [`window_features`](crate::features::window_features)
//! and [`Classifier::score`] window by window, at about two thirds of the hashing, and a
//! window still being filled (the stream's stop decisions) can be scored at any time
//! almost for free.
//!
//! Past its first 64 tokens a text's short tokens go through the thread's memo
//! ([`TokenMemo`]): their ids without hashing, a token already in the window (a repeated
//! word) skipped whole, and, for a token most of whose ids are new to the window, its
//! memoized row sum less the rows of the few ids that are not, instead of a row read per
//! new id. The sums are integers, so the result is the same whichever way they are added.

use crate::error::Result;
use crate::features::{bigram_from, bigram_prefix, direction_id, token_ids, window_ranges, GramScratch, TokenIdCache, CACHED_IDS, CACHE_SLOTS, WINDOW_STRIDE, WINDOW_TOKENS};
use crate::model::{Classifier, Scores, WindowBag, MAX_INSERT, ROW_SUM_IDS};
use crate::verdict::Direction;
use std::cell::RefCell;
use std::collections::VecDeque;

/// The windows being filled over one token sequence.
#[derive(Debug)]
pub struct WindowScorer {
    direction_id: i64,
    /// Only windows whose index is a multiple of this are kept (one-shot's
    /// `max_windows` sampling); 1 keeps all.
    every: usize,
    /// Tokens pushed so far.
    n_tokens: usize,
    /// The hash state of the bigram the last token pushed begins ([`bigram_prefix`]).
    prev: u64,
    /// Windows opened and not complete yet, oldest first.
    open: VecDeque<OpenWindow>,
    spare: Option<WindowBag>,
    scratch: GramScratch,
    /// Whether tokens past the first [`CACHE_AFTER_TOKENS`] go through the thread's
    /// shared memo ([`Self::with_token_cache`]).
    may_cache: bool,
    ids: Vec<i64>,
    /// Scratch of [`WindowBag::insert_new_split`].
    new_ids: [u16; MAX_INSERT],
    dups: [u16; MAX_INSERT],
}

/// A window being filled.
#[derive(Debug)]
struct OpenWindow {
    index: usize,
    bag: WindowBag,
    /// The memo's slots whose token was added to the window (see [`Self::has_token`]).
    slots: [u64; CACHE_SLOTS / 64],
    /// One more than the memo's fills when the window first used it (0: not yet).
    since_fill: u64,
}

impl OpenWindow {
    /// Whether the token now in memo `slot` (which `memo` filled as fill number `fill`)
    /// is in the window already; marks it as in the window. Exact: a slot marked since
    /// the window first used the memo, whose token was put there before that, held the
    /// same token when it was marked. For a slot refilled since, the answer is `false`
    /// (its ids then go in one by one, which is right either way).
    #[inline]
    fn has_token(&mut self, memo: &TokenIdCache, slot: usize, fill: u64) -> bool {
        if self.since_fill == 0 {
            self.since_fill = memo.fills() + 1;
        }
        let (word, bit) = (&mut self.slots[slot / 64], 1u64 << (slot % 64));
        let had = *word & bit != 0 && fill < self.since_fill;
        *word |= bit;
        had
    }
}

/// Tokens pushed before the shared [`TokenIdCache`] is used (a short prompt does not pay
/// for making it).
const CACHE_AFTER_TOKENS: usize = 64;

/// The thread's memo of short tokens: their ids ([`TokenIdCache`]) and, for the
/// classifier that last used it, the sum of each one's embedding rows. A token most of
/// whose ids are new to a window adds that sum (one short, cached vector) less the rows
/// of the others, instead of reading a row per new id from the table, which was most of
/// what filling a window cost: the rows are scattered over a 1.8 MB table and miss the
/// cache. Exact: integer sums are the same whichever way they are added up.
#[derive(Default)]
struct TokenMemo {
    ids: TokenIdCache,
    sums: RowSums,
}

/// Row sums of the memo's slots, for the classifier of `key` ([`Classifier::row_sum_key`]).
#[derive(Default)]
struct RowSums {
    key: Option<(u64, usize)>,
    /// `cols` sums per slot.
    sums: Vec<i16>,
    /// The [`TokenIdCache::fill`] each slot's sum was made from (0: none).
    fills: Vec<u64>,
}

impl RowSums {
    /// The sum of the rows of the token in `slot` for `classifier`, made now if it is not
    /// there; `None` if the classifier does not score from integer sums.
    #[inline]
    fn get(&mut self, classifier: &Classifier, ids: &TokenIdCache, slot: usize) -> Option<&[i16]> {
        let key = classifier.row_sum_key()?;
        if self.key != Some(key) {
            self.key = Some(key);
            self.sums = vec![0; CACHE_SLOTS * key.1];
            self.fills = vec![0; CACHE_SLOTS];
        }
        let cols = key.1;
        let sum = &mut self.sums[slot * cols..(slot + 1) * cols];
        let fill = ids.fill(slot);
        if self.fills[slot] != fill {
            classifier.row_sum(ids.ids(slot), sum);
            self.fills[slot] = fill;
        }
        Some(sum)
    }
}

const _: () = assert!(CACHED_IDS <= ROW_SUM_IDS && CACHED_IDS <= MAX_INSERT, "a cached token's ids go in at once and their row sum fits i16");

thread_local! {
    /// The thread's memo, made on first use.
    static TOKEN_MEMO: RefCell<Option<Box<TokenMemo>>> = const { RefCell::new(None) };
}

/// Drops the thread's [`TokenMemo`] (the next long text makes a new one).
pub fn forget_thread_memo() {
    TOKEN_MEMO.with(|cell| {
        if let Ok(mut memo) = cell.try_borrow_mut() {
            *memo = None;
        }
    });
}

impl WindowScorer {
    /// Scorer for windows with index `i % every == 0` (`every` at least 1).
    pub fn new(direction: Direction, every: usize) -> WindowScorer {
        WindowScorer {
            direction_id: direction_id(direction),
            every: every.max(1),
            n_tokens: 0,
            prev: 0,
            open: VecDeque::with_capacity(2),
            spare: None,
            scratch: GramScratch::default(),
            may_cache: false,
            ids: Vec::with_capacity(64),
            new_ids: [0; MAX_INSERT],
            dups: [0; MAX_INSERT],
        }
    }

    /// Lets the scorer look the ids of short tokens up in the thread's memo once the text
    /// passes 64 tokens (see [`TokenMemo`]): faster on long texts. The memo (about 320 KB
    /// with the row sums) is made once per thread and shared by every scorer on it,
    /// one-shot screens and streams alike, so it is not part of any one's
    /// [`Self::memory_usage`].
    pub fn with_token_cache(mut self) -> WindowScorer {
        self.may_cache = true;
        self
    }

    /// Tokens pushed so far.
    pub fn tokens(&self) -> usize {
        self.n_tokens
    }

    fn open_window(&mut self, classifier: &Classifier, index: usize) -> Result<()> {
        let mut bag = self.spare.take().unwrap_or_else(|| classifier.new_bag());
        classifier.bag_insert(&mut bag, self.direction_id)?;
        self.open.push_back(OpenWindow { index, bag, slots: [0; CACHE_SLOTS / 64], since_fill: 0 });
        Ok(())
    }

    /// Adds the next token. Returns the index and scores of the window it completes (its
    /// 96th token), if that window is kept.
    pub fn push(&mut self, classifier: &Classifier, token: &str) -> Result<Option<(usize, Scores)>> {
        let k = self.n_tokens;
        if k % WINDOW_STRIDE == 0 && (k / WINDOW_STRIDE) % self.every == 0 {
            self.open_window(classifier, k / WINDOW_STRIDE)?;
        }
        let bigram = (k > 0).then(|| bigram_from(self.prev, token));
        if !(self.may_cache && k >= CACHE_AFTER_TOKENS && self.push_memoized(classifier, token)) {
            self.ids.clear();
            token_ids(token, &mut self.scratch, &mut self.ids);
            for w in self.open.iter_mut() {
                classifier.bag_extend(&mut w.bag, &self.ids)?;
            }
        }
        if let Some(b) = bigram {
            for w in self.open.iter_mut().filter(|w| k > w.index * WINDOW_STRIDE) {
                classifier.bag_insert(&mut w.bag, b)?;
            }
        }
        self.prev = bigram_prefix(token);
        self.n_tokens += 1;
        match self.open.front() {
            Some(w) if self.n_tokens == w.index * WINDOW_STRIDE + WINDOW_TOKENS => {
                let OpenWindow { index, mut bag, .. } = self.open.pop_front().expect("front exists");
                let scores = classifier.score_bag(&bag)?;
                bag.clear();
                self.spare = Some(bag);
                Ok(Some((index, scores)))
            }
            _ => Ok(None),
        }
    }

    /// The index and scores of the last window of [`window_ranges`] over the tokens so
    /// far, when it is cut short (a complete one was returned by [`Self::push`]) and kept.
    pub fn score_last(&mut self, classifier: &Classifier) -> Result<Option<(usize, Scores)>> {
        if self.n_tokens == 0 && self.open.is_empty() {
            self.open_window(classifier, 0)?; // no tokens: the direction feature alone
        }
        let last = window_ranges(self.n_tokens).count() - 1;
        match self.open.iter().find(|w| w.index == last) {
            Some(w) => Ok(Some((w.index, classifier.score_bag(&w.bag)?))),
            None => Ok(None),
        }
    }

    /// Adds `token`'s own ids to the open windows through the thread's [`TokenMemo`];
    /// false if the memo does not keep the token (or is in use), which is then not added.
    fn push_memoized(&mut self, classifier: &Classifier, token: &str) -> bool {
        TOKEN_MEMO.with(|cell| {
            let Ok(mut memo) = cell.try_borrow_mut() else { return false };
            let TokenMemo { ids, sums } = &mut **memo.get_or_insert_with(Box::default);
            let Some(slot) = ids.slot_of(token, &mut self.scratch) else { return false };
            let (token_ids, fill) = (ids.ids(slot), ids.fill(slot));
            let (new_ids, dups) = (&mut self.new_ids, &mut self.dups);
            for w in self.open.iter_mut() {
                if w.has_token(ids, slot, fill) {
                    continue; // a repeated word: its ids are all in the window
                }
                let (new, dup) = w.bag.insert_new_split(token_ids, new_ids, dups);
                // the token's row sum less the rows of its ids already in the window,
                // when that is fewer reads than the rows of its new ids
                if new > dup + 1 {
                    if let Some(sum) = sums.get(classifier, ids, slot) {
                        classifier.bag_add_sum(&mut w.bag, sum, &dups[..dup]);
                        continue;
                    }
                }
                classifier.bag_add_new_rows(&mut w.bag, new);
            }
            true
        })
    }

    /// Heap bytes held.
    pub fn memory_usage(&self) -> usize {
        self.open.iter().map(|w| w.bag.memory_usage()).sum::<usize>() + self.open.capacity() * std::mem::size_of::<OpenWindow>() + self.spare.as_ref().map_or(0, WindowBag::memory_usage) + self.ids.capacity() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{tokens, window_features};

    /// Scores of every window, one at a time, the way screening did before this scorer.
    fn reference(c: &Classifier, text: &str, d: Direction) -> Vec<(usize, Scores)> {
        let toks = tokens(text);
        window_ranges(toks.len()).enumerate().map(|(i, (s, e))| (i, c.score(&window_features(text, &toks[s..e], d)).unwrap())).collect()
    }

    fn scored(c: &Classifier, text: &str, d: Direction, every: usize) -> Vec<(usize, Scores)> {
        scored_with(c, text, d, every, false)
    }

    fn scored_with(c: &Classifier, text: &str, d: Direction, every: usize, cache: bool) -> Vec<(usize, Scores)> {
        let mut s = WindowScorer::new(d, every);
        if cache {
            s = s.with_token_cache();
        }
        let mut out = Vec::new();
        for (a, b) in tokens(text) {
            out.extend(s.push(c, &text[a..b]).unwrap());
        }
        out.extend(s.score_last(c).unwrap());
        out
    }

    #[test]
    fn scores_equal_window_by_window_featurizing_bit_for_bit() {
        let c = Classifier::embedded().unwrap();
        let words = ["how", "do", "i", "make", "a", "bomb", "vote", "where", "kill", "überprüfung", "東京", "x", "pass", "word", "the", "k1ll"];
        let mut seed = 7u64;
        for n in [0usize, 1, 2, 63, 64, 95, 96, 97, 128, 159, 160, 161, 250, 400] {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let text: Vec<&str> = (0..n).map(|i| words[((seed >> 33) as usize + i * i * 7 + i / 3) % words.len()]).collect();
            let text = text.join(" ");
            for d in [Direction::Prompt, Direction::Output] {
                let want = reference(&c, &text, d);
                assert_eq!(scored(&c, &text, d, 1), want, "{n} tokens, {d:?}");
                assert_eq!(scored_with(&c, &text, d, 1, true), want, "{n} tokens, {d:?}, token cache");
                for every in [2, 3] {
                    let kept: Vec<_> = want.iter().filter(|(i, _)| i % every == 0).cloned().collect();
                    assert_eq!(scored(&c, &text, d, every), kept, "{n} tokens, every {every}");
                }
            }
        }
    }

    #[test]
    fn scorers_sharing_the_threads_memo_interleaved_score_as_alone() {
        let c = Classifier::embedded().unwrap();
        // Same short tokens in both texts, and tokens that collide in the memo's slots
        // with different bytes: each scorer must still get its own token's ids.
        let a: Vec<String> = (0..300).map(|i| ["where", "vote", "w0rd", "k1ll", "ab", "ba", "überprüfung"][i % 7].to_string() + &"x".repeat(i % 5)).collect();
        let b: Vec<String> = (0..260).map(|i| format!("t{}", i * 7919 % 1000)).collect();
        let (a, b) = (a.join(" "), b.join(" "));
        let (ta, tb) = (tokens(&a), tokens(&b));
        let (mut sa, mut sb) = (WindowScorer::new(Direction::Output, 1).with_token_cache(), WindowScorer::new(Direction::Output, 1).with_token_cache());
        let (mut oa, mut ob) = (Vec::new(), Vec::new());
        for i in 0..ta.len().max(tb.len()) {
            if let Some(&(s, e)) = ta.get(i) {
                oa.extend(sa.push(&c, &a[s..e]).unwrap());
            }
            if let Some(&(s, e)) = tb.get(i) {
                ob.extend(sb.push(&c, &b[s..e]).unwrap());
            }
        }
        oa.extend(sa.score_last(&c).unwrap());
        ob.extend(sb.score_last(&c).unwrap());
        assert_eq!(oa, reference(&c, &a, Direction::Output));
        assert_eq!(ob, reference(&c, &b, Direction::Output));
    }

    #[test]
    fn classifiers_with_different_tables_sharing_the_memo_get_their_own_row_sums() {
        use crate::model::{EMBEDDED_META, EMBEDDED_ONNX};
        let a = Classifier::embedded().unwrap();
        // the same model with the middle half of its embedding table changed
        let mut bytes = EMBEDDED_ONNX.to_vec();
        let n = bytes.len();
        bytes[n / 4..3 * n / 4].iter_mut().for_each(|q| *q = q.wrapping_mul(3) ^ 0x5a);
        let b = Classifier::load(&bytes, EMBEDDED_META).unwrap();
        let text: Vec<String> = (0..700).map(|i| ["where", "do", "i", "vote", "kill", "process", "the", "k1ll"][i * i % 8].to_string() + &"s".repeat(i % 3)).collect();
        let text = text.join(" ");
        let toks = tokens(&text);
        let (want_a, want_b) = (reference(&a, &text, Direction::Prompt), reference(&b, &text, Direction::Prompt));
        assert_ne!(want_a, want_b, "the changed table changes the scores");
        let (mut sa, mut sb) = (WindowScorer::new(Direction::Prompt, 1).with_token_cache(), WindowScorer::new(Direction::Prompt, 1).with_token_cache());
        let (mut oa, mut ob) = (Vec::new(), Vec::new());
        for &(s, e) in &toks {
            oa.extend(sa.push(&a, &text[s..e]).unwrap());
            ob.extend(sb.push(&b, &text[s..e]).unwrap());
        }
        oa.extend(sa.score_last(&a).unwrap());
        ob.extend(sb.score_last(&b).unwrap());
        assert_eq!(oa, want_a);
        assert_eq!(ob, want_b);
    }
}
