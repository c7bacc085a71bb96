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

use crate::error::Result;
use crate::features::{bigram_from, bigram_prefix, direction_id, token_ids, window_ranges, GramScratch, TokenIdCache, WINDOW_STRIDE, WINDOW_TOKENS};
use crate::model::{Classifier, Scores, WindowBag};
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
    /// Windows opened and not complete yet, oldest first: (index, bag).
    open: VecDeque<(usize, WindowBag)>,
    spare: Option<WindowBag>,
    scratch: GramScratch,
    /// Whether tokens past the first [`CACHE_AFTER_TOKENS`] go through the thread's
    /// shared memo ([`Self::with_token_cache`]).
    may_cache: bool,
    ids: Vec<i64>,
}

/// Tokens pushed before the shared [`TokenIdCache`] is used (a short prompt does not pay
/// for making it).
const CACHE_AFTER_TOKENS: usize = 64;

thread_local! {
    /// The thread's memo of token ids, made on first use.
    static TOKEN_IDS: RefCell<Option<Box<TokenIdCache>>> = const { RefCell::new(None) };
}

/// [`token_ids`] through the thread's memo (directly, should it be in use: never fails).
fn shared_token_ids(token: &str, scratch: &mut GramScratch, out: &mut Vec<i64>) {
    TOKEN_IDS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut memo) => memo.get_or_insert_with(Box::default).token_ids(token, scratch, out),
        Err(_) => token_ids(token, scratch, out),
    })
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
        }
    }

    /// Lets the scorer look the ids of short tokens up in the thread's memo once the text
    /// passes 64 tokens (see [`TokenIdCache`]): faster on long texts. The memo (about
    /// 84 KB) is made once per thread and shared by every scorer on it, one-shot screens
    /// and streams alike, so it is not part of any one's [`Self::memory_usage`].
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
        self.open.push_back((index, bag));
        Ok(())
    }

    /// Adds the next token. Returns the index and scores of the window it completes (its
    /// 96th token), if that window is kept.
    pub fn push(&mut self, classifier: &Classifier, token: &str) -> Result<Option<(usize, Scores)>> {
        let k = self.n_tokens;
        if k % WINDOW_STRIDE == 0 && (k / WINDOW_STRIDE) % self.every == 0 {
            self.open_window(classifier, k / WINDOW_STRIDE)?;
        }
        self.ids.clear();
        if self.may_cache && k >= CACHE_AFTER_TOKENS {
            shared_token_ids(token, &mut self.scratch, &mut self.ids);
        } else {
            token_ids(token, &mut self.scratch, &mut self.ids);
        }
        let bigram = (k > 0).then(|| bigram_from(self.prev, token));
        for (index, bag) in self.open.iter_mut() {
            classifier.bag_extend(bag, &self.ids)?;
            match bigram {
                Some(b) if k > *index * WINDOW_STRIDE => classifier.bag_insert(bag, b)?,
                _ => {}
            }
        }
        self.prev = bigram_prefix(token);
        self.n_tokens += 1;
        match self.open.front() {
            Some(&(index, _)) if self.n_tokens == index * WINDOW_STRIDE + WINDOW_TOKENS => {
                let (index, mut bag) = self.open.pop_front().expect("front exists");
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
        match self.open.iter().find(|(i, _)| *i == last) {
            Some((i, bag)) => Ok(Some((*i, classifier.score_bag(bag)?))),
            None => Ok(None),
        }
    }

    /// Heap bytes held.
    pub fn memory_usage(&self) -> usize {
        self.open.iter().map(|(_, b)| b.memory_usage()).sum::<usize>()
            + self.spare.as_ref().map_or(0, WindowBag::memory_usage)
            + self.ids.capacity() * 8
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
}
