//! Screening a model output while it streams: [`StreamScreener`], with `write(chunk)` and
//! `end()`, in the manner of lol-html's `HtmlRewriter`.
//!
//! ```no_run
//! use edgeward::{Guard, ScreenOptions};
//! use edgeward::stream::StreamEvent;
//!
//! let guard = Guard::new()?;
//! let mut stream = guard.output_stream(&ScreenOptions::output().locale("en-US"));
//! for chunk in ["Polling places open at 7am. ", "Bring an ID."] {
//!     for event in stream.write(chunk) {
//!         match event {
//!             StreamEvent::Release { text } => print!("{text}"),
//!             StreamEvent::Stopped { replacement, .. } => println!("{replacement}"),
//!         }
//!     }
//! }
//! let end = stream.end();
//! print!("{}", end.release);
//! println!("{:?}", end.verdict.banners); // the election banner, decided on the whole output
//! # Ok::<(), edgeward::Error>(())
//! ```
//!
//! # What it promises
//!
//! - **Same verdict as one-shot.** `end()` returns the verdict that
//!   [`Guard::screen`] gives for the concatenation of every chunk written, whatever the
//!   chunking: same action, categories, scores, rules, banners and `forward`. The tests
//!   feed every corpus case in random chunk sizes, one character at a time, and split at
//!   every position, and compare whole verdicts.
//! - **Nothing harmful leaks.** Text is released only after the rules and the classifier
//!   have seen it *and* what follows it up to a hold-back: before each release the stop
//!   decision is taken on all the text committed so far. Once the evidence so far calls
//!   for a non-forwarding action (refuse, or support without forwarding), `write` returns
//!   [`StreamEvent::Stopped`] with the policy's replacement text, the held-back text is
//!   dropped, and no later text is released.
//! - **Bounded memory.** Whatever the length of the stream, the screener keeps a few
//!   small buffers (see [`StreamSettings`] and [`StreamScreener::memory_usage`]); a 5 MB
//!   output streamed in 64-byte chunks stays within [`StreamSettings::max_buffer_bytes`].
//!   Past its first 64 tokens a stream looks token ids up in the thread's memo (about
//!   320 KB, made once per thread and shared by every screen on it; see
//!   [`crate::window_scorer::WindowScorer::with_token_cache`]), which is not counted.
//!
//! # Why hold back
//!
//! A rule such as `\bverify your account\b.{0,40}\bclick\b` matches only once its last
//! word arrives, but its first word may have come many chunks earlier. Releasing text as
//! soon as it arrives would deliver the start of a phishing e-mail before the screener can
//! know it is one. So the screener keeps back the last [`StreamSettings::holdback_bytes`]
//! of checked (normalized) text, and releases only up to a segment boundary (a word
//! start after whitespace); with [`StreamSettings::sentence_holdback_bytes`] it also keeps
//! an unfinished sentence back, so a sentence that turns harmful is withheld whole. A
//! rule match no longer than the hold-back never has any byte released before the stop.
//!
//! # Why the result does not depend on the chunking
//!
//! Every decision that feeds the final verdict is a function of the text alone, never of
//! where the chunks happened to end:
//!
//! 1. **Segments.** The raw text is cut into segments at *natural cuts*: a word start
//!    after whitespace whose first two characters are alphanumeric (`… the| word`), the
//!    first one at least 64 bytes into the segment or right after a sentence end. No
//!    normalization rewrite crosses such a cut: a spelled-out run (`k i l l`) needs single
//!    letters on both sides of a separator, leetspeak and homoglyphs work per word,
//!    diacritics attach to the previous letter, and whitespace runs collapse on the left
//!    of it. Text with no natural cut for 1 KiB (CJK without spaces, a long blob) gets a
//!    forced cut chosen from its content (after punctuation, never before a combining
//!    mark). A cut is found as soon as the characters it depends on have arrived.
//! 2. **Normalization.** Segments are normalized in groups (up to the first cut at
//!    least 192 bytes ([`StreamSettings::group_bytes`]) after the group's start, or the
//!    end of the text), each group
//!    *together with* 64 bytes of neighbouring segments on each side (whole segments,
//!    plus an inert sentinel when the text goes on), and of each segment only the
//!    normalized characters that map back into it are kept
//!    ([`crate::text::Normalized::original_range`]; found while normalizing, without
//!    the map, when one pass is all the window takes). The normalizer's look at neighbours
//!    (confusable words judged by the words around them, separator runs) is therefore
//!    the same as in one-shot, and the normalized stream equals `normalize(whole output)`.
//!    A segment is committed only once its group's right-hand context has arrived.
//!    Where one word of context on each side gives the same text, only that is
//!    normalized with the group: ASCII, no word of the group mixing letters with
//!    leetspeak characters, and every word of the group one the normalizer only
//!    lowercases, given the words next to it (`plain_window`; ordinary prose).
//! 3. **Rules.** The rule set's lazy DFA runs over the normalized stream as segments
//!    are committed, carrying its state from one segment to the next
//!    ([`RuleStream`]), so every normalized byte is scanned once and the rules found are
//!    those of matching the whole normalized text (a match counts once the byte after
//!    it, or the end, has arrived). Where that cannot be (a policy pattern that can
//!    match the empty string, or a Unicode `\b` next to non-ASCII text, where the DFA
//!    gives up), the rule set instead runs, after each commit, over the normalized text
//!    from a segment start at least `overlap` bytes before the new segment to its end.
//!    Consecutive check windows overlap by `overlap` bytes, so any match of at most
//!    `overlap` normalized bytes lies whole inside one window; the windows are a function
//!    of the segments, hence of the text. (The DFA is fed a group at a time; if it gives
//!    up inside a group, that group is checked once, over the window its first segment
//!    would have, and the segments of later groups one by one.) `overlap` is the longest
//!    match any bounded pattern of the policy can make (computed from the patterns with
//!    `regex-syntax`), at least 256 bytes and at least the hold-back, and 1 KiB when a
//!    pattern is unbounded (`\w*`). Memory for this is `overlap` plus a segment.
//! 4. **Classifier.** Tokens (runs of alphanumerics of the normalized stream) complete
//!    when a non-alphanumeric character follows them. The screener fills the open
//!    windows as tokens complete ([`WindowScorer`]: each token's features go into every
//!    window holding it) and scores window `i` (tokens `[64i, 64i+96)`) once, when its
//!    last token completes; at `end()` it scores the final partial window exactly as one-shot does,
//!    and applies the policy's `max_windows` subsampling by keeping the running maximum
//!    for every possible sampling step. For the stop decision it also re-scores the
//!    window one-shot would score last if the output ended now: before any text is
//!    released (when tokens came since the last score), and otherwise after a group
//!    that brings the tokens since the last score to
//!    [`StreamSettings::rescore_every_tokens`]. Scoring costs the same
//!    per window as one-shot; a re-score costs only the layers after the embedding bag
//!    (the window being filled already holds its rows' sum).
//!
//! # Bounds and what is not exact
//!
//! The final verdict equals one-shot's except in these documented corners: where the
//! rules run over check windows (see 3.), a rule match longer than `overlap` normalized
//! bytes (only possible with unbounded patterns, or with `overlap` capped at a quarter
//! of `max_buffer_bytes`) is found only when it fits one check window, and rules
//! anchored at the start or end of the text (`^`, `$`, `\A`, `\z`) also see the edges
//! of check windows; a single word longer than `max_buffer_bytes / 64` bytes is
//! featurized from its first that-many bytes; and a run of
//! look-alike words judged by neighbours beyond the 64-byte context, a text whose
//! leetspeak is judged as a whole (how many of its words mix letters with leet digits
//! or `$ @ €`: a segment's window can count differently from the whole text), or a
//! forced cut inside text whose normalization is not local, may normalize differently. Streams
//! longer than the policy's `limits.max_bytes` end with the fail-mode verdict, as
//! one-shot does (fail open: the rest passes through unscreened; fail closed: stop).
//!
//! Memory: the unreleased raw text (at most half of `max_buffer_bytes`, typically the
//! hold-backs plus one or two segments), the normalized text of the current rule window
//! (`overlap` plus a segment), the feature sets of the two windows being filled (an
//! 8 KB bitset and the ids each), 14 scores per sampling step, and the last group's
//! normalized text, kept for the next one's (at most 1 KB). A 5 MB output peaks
//! at about 32 KB with the default settings (`tests/stream.rs` prints it).
//!
//! Latency and cost: text is released once its segment's group (at least `group_bytes`, 192 by default),
//! 64 bytes of right-hand context and the hold-back have arrived. Each byte is
//! normalized about 1.1 times in ordinary prose (with a word of context), about 1.7
//! to 2 times otherwise (with 64 bytes), the rules scan it once (about `(overlap + 64) / 64`
//! times where they run over check windows), and the classifier scores each window
//! once plus the re-scores.
//!
//! The stop decision mid-stream uses the evidence so far (rules matched so far, the
//! maximum over the windows scored so far); the `end()` verdict is the one for the whole
//! output, which can differ from the stop verdict (more categories, or a rule with
//! `unless` whose exception appears later). [`StreamEnd::stopped`] says whether the
//! stream was cut.

use crate::error::{Error, Result};
use crate::features::{token_spans, window_ranges, WINDOW_STRIDE, WINDOW_TOKENS};
use crate::guard::{Evidence, Guard, ScreenOptions};
use crate::model::{raise_scores, Scores, N_LABELS};
use crate::policy::rules::RuleStream;
use crate::policy::{Lifecycle, Policy};
use crate::ascii_words::{first_stop_or_not_ascii, in_range};
use crate::text::{normalize_marked, normalize_plain};
use crate::verdict::{Direction, LimitApplied, Verdict};
use crate::window_scorer::WindowScorer;
use serde::Serialize;
use std::collections::{BTreeSet, VecDeque};
use std::sync::Mutex;

/// A segment ends at the first natural cut at least this many bytes into it (or at a
/// sentence start).
const SEGMENT_MIN: usize = 64;
/// With no natural cut this far into a segment, a forced cut is made.
const SEGMENT_MAX: usize = 1024;
/// Bytes of neighbouring raw text normalized together with a segment, on each side.
const CONTEXT: usize = 64;
/// Segments are normalized together, with their context, in groups that end at the
/// first cut at least this many bytes after the group's start (or at the end of the
/// text): each byte is normalized about `(GROUP + 2 * CONTEXT) / GROUP` times instead of
/// three times, for committing text up to this many bytes later. The default of
/// [`StreamSettings::group_bytes`].
const GROUP: usize = 192;
/// Smallest [`StreamSettings::group_bytes`].
const MIN_GROUP: usize = 64;
/// Large writes are processed in slices of about this many bytes, so buffers stay small.
const SLICE: usize = 4096;
/// Appended to a normalization window that the text goes on after: an unassigned private
/// use character, which no pass of the normalizer rewrites or joins with its neighbours,
/// so a whitespace run at the end of the window still yields its space.
const SENTINEL: char = '\u{E000}';
/// Largest normalized-text buffer kept from one group for the next.
const SPARE_BYTES: usize = 1024;
/// Least rule-check overlap.
const MIN_OVERLAP: usize = 256;
/// Rule-check overlap when a pattern has no longest match.
const UNBOUNDED_OVERLAP: usize = 1024;
/// Most `max_windows` sampling steps tracked.
const MAX_STEPS: usize = 256;

/// Tuning and memory limits of a [`StreamScreener`]. Out-of-range values are clamped
/// (see each field).
///
/// ```
/// use edgeward::stream::StreamSettings;
/// let s = StreamSettings { holdback_bytes: 512, ..StreamSettings::default() };
/// assert_eq!(s.max_buffer_bytes, 64 * 1024);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct StreamSettings {
    /// Normalized bytes of checked text always kept back (default 256; at most a quarter
    /// of `max_buffer_bytes`). A rule match no longer than this never has a byte released
    /// before the stream stops for it.
    pub holdback_bytes: usize,
    /// Keep an unfinished sentence back until it ends, as long as it is at most this many
    /// bytes (default 2048; 0 releases at any word boundary; at most a quarter of
    /// `max_buffer_bytes`).
    pub sentence_holdback_bytes: usize,
    /// Upper bound of the text the screener buffers (default 64 KiB, at least 16 KiB).
    /// When held-back raw text passes half of it, text is released at the last checked
    /// word boundary regardless of the hold-backs.
    pub max_buffer_bytes: usize,
    /// Re-score the classifier window being filled after a group (see `group_bytes`) that
    /// brings the tokens since its last score to this many (default 64, at least 1), for
    /// the stop decision only. It is re-scored before any text is released anyway, and a
    /// complete window is scored every 64 tokens, so the default only bounds how long a
    /// stop can wait while nothing is released; a smaller value stops sooner in that
    /// case, for more CPU.
    pub rescore_every_tokens: usize,
    /// Bytes normalized together (default 192, from 64 to a quarter of
    /// `max_buffer_bytes`): segments are normalized in groups that end at the first cut
    /// at least this many bytes on, each with 64 bytes of context on either side. Larger
    /// groups cost less per byte (less context normalized again, fewer passes through
    /// the screener's stages) and hold text back longer before release; see DESIGN.md,
    /// Streaming. The final verdict is the same for any size.
    pub group_bytes: usize,
}

impl Default for StreamSettings {
    fn default() -> Self {
        StreamSettings { holdback_bytes: 256, sentence_holdback_bytes: 2048, max_buffer_bytes: 64 * 1024, rescore_every_tokens: 64, group_bytes: GROUP }
    }
}

impl StreamSettings {
    fn clamped(&self) -> StreamSettings {
        let max_buffer_bytes = self.max_buffer_bytes.max(16 * 1024);
        StreamSettings {
            holdback_bytes: self.holdback_bytes.min(max_buffer_bytes / 4),
            sentence_holdback_bytes: self.sentence_holdback_bytes.min(max_buffer_bytes / 4),
            max_buffer_bytes,
            rescore_every_tokens: self.rescore_every_tokens.max(1),
            group_bytes: self.group_bytes.clamp(MIN_GROUP, max_buffer_bytes / 4),
        }
    }
}

/// What a [`StreamScreener::write`] asks the host to do.
// A write yields at most two events: the verdict is not worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum StreamEvent {
    /// Deliver this text (original form) to the user; it follows what was released before.
    Release { text: String },
    /// Stop: deliver nothing more of the output; show `replacement` (the verdict's
    /// message) instead. Later writes release nothing.
    Stopped { verdict: Verdict, replacement: String },
}

/// The outcome of [`StreamScreener::end`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StreamEnd {
    /// The rest of the held-back text, when the output may be delivered; empty when the
    /// stream was stopped or the final verdict does not forward.
    pub release: String,
    /// The verdict for the whole output, equal to [`Guard::screen`] on everything
    /// written (banners and resources included).
    pub verdict: Verdict,
    /// Whether the output was cut: stopped mid-stream, or withheld at the end.
    pub stopped: bool,
}

/// A cut between two segments of the raw text.
#[derive(Clone, Copy, Debug)]
struct Cut {
    /// Absolute byte offset in the raw stream.
    pos: usize,
    /// A word start after whitespace (rule windows may start here).
    natural: bool,
    /// It starts a sentence (release prefers these).
    sentence: bool,
}

/// A committed segment: its raw and normalized byte ranges (absolute).
#[derive(Clone, Copy, Debug)]
struct Segment {
    raw: (usize, usize),
    norm: (usize, usize),
    natural: bool,
    ends_sentence: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Running,
    Stopped,
    /// Screening gave up (text over the policy's size limit, or an internal error) with
    /// the fail mode open: everything is released as it comes.
    PassThrough,
}

/// Screens a model output chunk by chunk; see the [module docs](self) for the design.
///
/// Create one per output with [`Guard::output_stream`] or [`StreamScreener::new`], call
/// [`write`](Self::write) for every chunk and deliver what it releases, then call
/// [`end`](Self::end).
#[derive(Debug)]
pub struct StreamScreener {
    guard: Guard,
    opts: ScreenOptions,
    settings: StreamSettings,
    /// Rule-check window overlap, in normalized bytes.
    overlap: usize,
    /// Longest token kept for featurization.
    token_cap: usize,
    state: State,
    /// Why screening gave up, if it did.
    failure: Option<Error>,
    too_long: bool,

    // raw text
    raw: String,
    raw_base: usize,
    written: usize,
    released: usize,
    cuts: VecDeque<Cut>,
    /// Absolute index of `cuts[0]`.
    cut_base: usize,
    /// Where the search for the next cut resumes.
    scan: usize,
    /// Absolute index of the next segment to commit (it starts at that cut).
    next_seg: usize,
    ending: bool,

    // normalized text
    norm: String,
    norm_base: usize,
    norm_end: usize,
    segs: VecDeque<Segment>,
    /// Start of the next rule-check window (absolute normalized offset).
    rule_start: usize,

    // tokens and windows
    /// The classifier windows being filled.
    windows: WindowScorer,
    cur: String,
    in_token: bool,
    n_tokens: usize,
    /// Tokens pushed since a window was last scored (complete or re-scored).
    since_rescore: usize,
    /// `step_max[s - 1]`: maximum over the complete windows `i` with `i % s == 0`.
    step_max: Vec<Scores>,
    partial_max: Scores,
    /// The latest re-scored window (token range) and its scores.
    last_partial: Option<((usize, usize), Scores)>,
    /// `next_seg` when [`Self::release_target`] last ran: with no segment committed since, a
    /// release can only come from the buffer bound.
    released_at_seg: usize,
    /// What [`Self::trim`] depends on, when it last ran: it has nothing to drop while
    /// these stay the same.
    trimmed_at: Option<(usize, usize, usize, State)>,

    rules: BTreeSet<usize>,
    /// The rule set run over the normalized stream as it is committed, each byte once;
    /// `None` when the set cannot be (then windows of it are checked, see
    /// [`Self::check_rule_window`]) or it gave up.
    rule_stream: Option<RuleStream>,
    /// The evidence changed since the last stop decision.
    dirty: bool,
    /// Check the rules only (no classifier), for [`Self::whole_text_evidence`].
    rules_only: bool,
    /// Gather evidence only: no stop decisions, no releases, no re-scores (for
    /// [`Self::whole_text_evidence`]).
    evidence_only: bool,
    /// Normalize a group with one word of context where that gives the same text
    /// ([`Self::plain_window`]); always, except in tests that compare.
    narrow_windows: bool,
    /// Buffers of the last group's normalized text and its segments' offsets in it, for
    /// the next group's (see [`SPARE_BYTES`]).
    spare: (String, Vec<usize>),
    /// The next group's cuts, relative to its window.
    bounds: Vec<usize>,
}

impl StreamScreener {
    /// A screener for one streamed text in `opts.direction` (normally output).
    pub fn new(guard: Guard, opts: &ScreenOptions, settings: StreamSettings) -> StreamScreener {
        let settings = settings.clamped();
        let rule_stream = guard.policy().rule_stream(opts.direction);
        let overlap = rule_overlap(guard.policy(), opts.direction).max(MIN_OVERLAP).max(settings.holdback_bytes).min(settings.max_buffer_bytes / 4);
        let limits = &guard.policy().data().limits;
        let max_windows = limits.max_windows.max(1);
        let possible = limits.max_bytes / WINDOW_STRIDE as u64 + 1;
        let steps = possible.div_ceil(max_windows).clamp(1, MAX_STEPS as u64) as usize;
        let token_cap = settings.max_buffer_bytes / 64;
        StreamScreener {
            guard,
            opts: opts.clone(),
            settings,
            overlap,
            token_cap,
            state: State::Running,
            failure: None,
            too_long: false,
            raw: String::new(),
            raw_base: 0,
            written: 0,
            released: 0,
            cuts: VecDeque::from([Cut { pos: 0, natural: true, sentence: true }]),
            cut_base: 0,
            scan: 0,
            next_seg: 0,
            ending: false,
            norm: String::new(),
            norm_base: 0,
            norm_end: 0,
            segs: VecDeque::new(),
            rule_start: 0,
            windows: WindowScorer::new(opts.direction, 1).with_token_cache(),
            cur: String::new(),
            in_token: false,
            n_tokens: 0,
            since_rescore: 0,
            step_max: vec![[0.0; N_LABELS]; steps],
            partial_max: [0.0; N_LABELS],
            last_partial: None,
            released_at_seg: 0,
            trimmed_at: None,
            rules: BTreeSet::new(),
            rule_stream,
            dirty: true,
            rules_only: false,
            evidence_only: false,
            narrow_windows: true,
            spare: (String::new(), Vec::new()),
            bounds: Vec::new(),
        }
    }

    /// The settings in effect (after clamping).
    pub fn settings(&self) -> &StreamSettings {
        &self.settings
    }

    /// Bytes written so far.
    pub fn written_bytes(&self) -> usize {
        self.written
    }

    /// Bytes released so far (a prefix of what was written).
    pub fn released_bytes(&self) -> usize {
        self.released
    }

    /// Whether the stream was stopped.
    pub fn is_stopped(&self) -> bool {
        self.state == State::Stopped
    }

    /// The overlap of consecutive rule-check windows, in normalized bytes: rule matches
    /// up to this long are found whatever the chunking.
    pub fn rule_overlap(&self) -> usize {
        self.overlap
    }

    /// Heap and inline bytes held by this screener (buffers, token window, evidence);
    /// the shared guard and the thread's token-id memo are not counted.
    pub fn memory_usage(&self) -> usize {
        use std::mem::size_of;
        size_of::<Self>()
            + self.raw.capacity()
            + self.norm.capacity()
            + self.cur.capacity()
            + self.cuts.capacity() * size_of::<Cut>()
            + self.segs.capacity() * size_of::<Segment>()
            + self.windows.memory_usage()
            + self.step_max.capacity() * size_of::<Scores>()
            + self.rules.len() * 4 * size_of::<usize>()
            + self.spare.0.capacity()
            + (self.spare.1.capacity() + self.bounds.capacity()) * size_of::<usize>()
    }

    /// How many more bytes can be written with no event in return: a write of at most
    /// this many bytes only buffers its text (what is screened, released or stopped, and
    /// when, is the same as if it were written together with the next chunk). A host that
    /// crosses a costly boundary per call (the npm package) holds such chunks back and
    /// writes them with the next one. 0 when the next write, of any length (even empty),
    /// may have an event.
    pub fn quiet_bytes(&self) -> usize {
        match self.state {
            State::PassThrough => return 0,
            // nothing is released after a stop (the text still counts toward the verdict)
            State::Stopped => return usize::MAX,
            State::Running => {}
        }
        if self.failure.is_some() || self.dirty {
            return 0;
        }
        // Events come only from committing a group, from the text passing the policy's
        // limit, and from the buffer bound forcing a release. A group commits once a cut
        // at least CONTEXT bytes after its end is known, which takes the byte after that
        // cut; its end is the first cut `group_bytes` or more after its start: a known
        // one, or one still to be found, at or after where the search goes on (natural
        // cuts) and half a segment's bound after the last cut (forced ones).
        let i = self.next_seg - self.cut_base;
        let Some(start) = self.cuts.get(i) else { return 0 };
        let end_from = start.pos + self.settings.group_bytes;
        let end = match self.cuts.iter().skip(i + 1).find(|c| c.pos >= end_from) {
            Some(c) => c.pos,
            None => {
                let last = self.cuts.back().map_or(0, |c| c.pos);
                end_from.max(self.scan.min(last + SEGMENT_MAX / 2))
            }
        };
        let over_limit = usize::try_from(self.guard.policy().data().limits.max_bytes).unwrap_or(usize::MAX).saturating_add(1);
        let event_at = (end + CONTEXT + 1).min(over_limit).min(self.released + self.settings.max_buffer_bytes / 2 + 1);
        event_at.saturating_sub(self.written + 1)
    }

    /// Feeds the next chunk of the output. Returns what may now be delivered
    /// ([`StreamEvent::Release`]) and, once the output must not be delivered,
    /// [`StreamEvent::Stopped`] (after any release that came before the stop point).
    /// Nothing is released after a stop; writes after it still count toward the verdict
    /// of [`end`](Self::end).
    pub fn write(&mut self, chunk: &str) -> Vec<StreamEvent> {
        let mut out = String::new();
        let stop = self.write_into(chunk, &mut out);
        let mut events = Vec::new();
        if !out.is_empty() {
            events.push(StreamEvent::Release { text: out });
        }
        events.extend(stop);
        events
    }

    /// [`write`](Self::write) without allocating its events: the text it would release
    /// is appended to `released` (a buffer the caller reuses), and the stop, if this
    /// chunk brings it, is returned. The events `write` returns are exactly that release
    /// (when not empty), then that stop.
    pub fn write_into(&mut self, chunk: &str, released: &mut String) -> Option<StreamEvent> {
        let mut stop = None;
        for piece in slices(chunk) {
            // after a stop nothing more is released, and no second stop comes
            if let Some(s) = self.write_piece(piece, released) {
                stop = Some(s);
            }
        }
        stop
    }

    /// Ends the stream: screens what is left and returns the verdict for the whole
    /// output and the rest of the held-back text (when it may be delivered).
    pub fn end(mut self) -> StreamEnd {
        let mut release = String::new();
        self.finish();
        let verdict = match self.final_evidence() {
            Ok(ev) => self.guard.decide(&ev, &self.opts),
            Err(e) => self.guard.failure_verdict(self.opts.direction, &e),
        };
        let stopped = match self.state {
            State::PassThrough => false, // everything went out as it came
            State::Stopped => true,
            State::Running if verdict.forward => {
                release.push_str(&self.raw[self.released - self.raw_base..]);
                false
            }
            State::Running => true,
        };
        StreamEnd { release, verdict, stopped }
    }

    /// The evidence for a whole text, computed segment by segment as a stream is
    /// screened: what [`Guard::evidence`] uses for texts too large to normalize at once
    /// (equal to one-shot up to the corners in the module docs, in bounded memory).
    /// `classify: false` checks the rules only.
    pub(crate) fn whole_text_evidence(guard: &Guard, text: &str, direction: Direction, classify: bool) -> Result<Evidence> {
        let opts = ScreenOptions { direction, locale: None };
        let mut s = StreamScreener::new(guard.clone(), &opts, StreamSettings::default());
        s.rules_only = !classify;
        s.evidence_only = true;
        let mut out = String::new();
        for piece in slices(text) {
            s.write_piece(piece, &mut out);
            out.clear();
        }
        s.finish();
        if s.rules_only {
            return match s.failure {
                Some(_) => Err(s.failure_error()),
                None => Ok(Evidence { scores: [0.0; N_LABELS], rules: s.rules.iter().copied().collect(), limits: Vec::new() }),
            };
        }
        s.final_evidence()
    }

    /// Commits everything written (the text has ended).
    fn finish(&mut self) {
        if self.failure.is_none() {
            self.ending = true;
            self.find_cuts();
            if self.cuts.back().is_some_and(|c| c.pos < self.written) {
                self.cuts.push_back(Cut { pos: self.written, natural: false, sentence: true });
            }
            self.commit();
            if self.in_token && self.failure.is_none() {
                self.complete_token();
            }
            if self.failure.is_none() {
                self.feed_rules(self.norm_end, true);
            }
        }
    }

    // ---- the pipeline -------------------------------------------------------------

    fn write_piece(&mut self, piece: &str, out: &mut String) -> Option<StreamEvent> {
        self.written += piece.len();
        if self.state == State::PassThrough {
            out.push_str(piece);
            self.released = self.written;
            return None;
        }
        if self.failure.is_some() {
            // stopped, and screening gave up: only the length still matters
            return None;
        }
        self.raw.push_str(piece);
        let max_bytes = self.guard.policy().data().limits.max_bytes;
        if self.written as u64 > max_bytes {
            self.too_long = true;
            self.failure = Some(Error::input("text is over the policy's limit (limits.max_bytes)"));
        } else {
            self.find_cuts();
            self.commit();
        }
        if self.failure.is_some() {
            return self.give_up(out);
        }
        if self.evidence_only {
            // nothing goes out: what is not needed any more may be dropped
            self.released = self.written;
        } else if self.state == State::Running {
            // Text goes out only after a stop decision on everything committed: the
            // window being filled is re-scored first if tokens came since the last score.
            let to = self.release_target();
            if to > self.released && self.since_rescore > 0 && !self.rules_only {
                self.score_partial();
            }
            if self.dirty {
                self.dirty = false;
                let v = self.guard.decide(&self.evidence_so_far(), &self.opts);
                if !v.forward {
                    self.state = State::Stopped;
                    let replacement = v.message.clone().unwrap_or_default();
                    self.trim();
                    return Some(StreamEvent::Stopped { verdict: v, replacement });
                }
            }
            if to > self.released {
                out.push_str(&self.raw[self.released - self.raw_base..to - self.raw_base]);
                self.released = to;
            }
        }
        self.trim();
        None
    }

    /// Screening failed: apply the policy's fail mode.
    fn give_up(&mut self, out: &mut String) -> Option<StreamEvent> {
        let e = self.failure_error();
        let verdict = self.guard.failure_verdict(self.opts.direction, &e);
        let stop = match self.state {
            State::Running if !verdict.forward => {
                self.state = State::Stopped;
                let replacement = verdict.message.clone().unwrap_or_default();
                Some(StreamEvent::Stopped { verdict, replacement })
            }
            State::Running => {
                self.state = State::PassThrough;
                out.push_str(&self.raw[self.released - self.raw_base..]);
                self.released = self.written;
                None
            }
            _ => None,
        };
        // nothing more is screened: drop the buffers
        self.raw_base = self.written;
        self.raw = String::new();
        self.norm = String::new();
        self.windows = WindowScorer::new(self.opts.direction, 1).with_token_cache();
        self.cuts.clear();
        self.segs.clear();
        stop
    }

    fn failure_error(&self) -> Error {
        if self.too_long {
            let max = self.guard.policy().data().limits.max_bytes;
            Error::input(format!("text is {} bytes; the policy's limit (limits.max_bytes) is {max}", self.written))
        } else {
            self.failure.clone().unwrap_or_else(|| Error::new(crate::error::ErrorKind::Internal, "stream failed"))
        }
    }

    /// Finds every cut that the text written so far determines.
    fn find_cuts(&mut self) {
        while let Some(c) = self.cuts.back().copied() {
            match self.next_cut(c.pos) {
                Some(cut) => self.cuts.push_back(cut),
                None => break,
            }
        }
    }

    /// The cut after the one at `c`, if the text so far determines it.
    fn next_cut(&mut self, c: usize) -> Option<Cut> {
        let base = self.raw_base;
        let raw = self.raw.as_str();
        let mut p = self.scan.max(c + 1);
        // Less than SEGMENT_MIN bytes in, only a sentence start is a cut, and that needs
        // a sentence end (`.`, `!`, `?`, a newline, or something off ASCII) in the segment
        // before it: no position up to the first one is a cut.
        let min_at = c + SEGMENT_MIN;
        if p < min_at {
            let to = min_at.min(self.written);
            p = p.max(first_sentence_end_or_not_ascii(raw.as_bytes(), c - base, to - base) + base);
        }
        while p < self.written {
            let r = p - base;
            if !raw.is_char_boundary(r) {
                p += 1;
                continue;
            }
            if p > c + SEGMENT_MAX {
                let q = forced_cut(raw, base, c);
                self.scan = q;
                return Some(Cut { pos: q, natural: false, sentence: false });
            }
            // Fast path: a character after an ASCII one that is not whitespace is no cut
            // (skipping the wait for the character after it changes nothing: a position
            // that is no cut is never looked at again).
            let bytes = raw.as_bytes();
            // and so is every position up to the next whitespace or non-ASCII byte, up
            // to where a forced cut would be due
            let stop = (self.written - base).min(c + SEGMENT_MAX + 1 - base);
            let skip_from = |r: usize| (first_space_or_not_ascii(bytes, r, stop) + 1).min(stop) - r;
            if r == 0 || ascii_not_space(bytes[r - 1]) {
                p += skip_from(r);
                continue;
            }
            // An ASCII character after ASCII whitespace: a cut only if it and the
            // character after it are alphanumeric (decoded only when not ASCII).
            if bytes[r] < 0x80 && r > 0 && bytes[r - 1] < 0x80 {
                if bytes[r].is_ascii_alphanumeric() {
                    let next_alnum = match bytes.get(r + 1) {
                        None if !self.ending => break, // the character after `p` decides
                        None => false,
                        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
                        Some(_) => raw[r + 1..].chars().next().is_some_and(char::is_alphanumeric),
                    };
                    if next_alnum {
                        let sentence = sentence_start(&raw[c - base..r]);
                        if p - c >= SEGMENT_MIN || sentence {
                            self.scan = p;
                            return Some(Cut { pos: p, natural: true, sentence });
                        }
                    }
                }
                // no cut here; after this byte, if it is no whitespace, none either
                p += if ascii_not_space(bytes[r]) { skip_from(r) } else { 1 };
                continue;
            }
            let mut it = raw[r..].chars();
            let ch = it.next().unwrap_or(' ');
            let next = it.next();
            if next.is_none() && !self.ending {
                break; // the character after `p` decides
            }
            let prev = raw[..r].chars().next_back().unwrap_or('x');
            if prev.is_whitespace() && ch.is_alphanumeric() && next.is_some_and(char::is_alphanumeric) {
                let sentence = sentence_start(&raw[c - base..r]);
                if p - c >= SEGMENT_MIN || sentence {
                    self.scan = p;
                    return Some(Cut { pos: p, natural: true, sentence });
                }
            }
            p += ch.len_utf8();
        }
        self.scan = p;
        None
    }

    /// Commits every segment whose right-hand context has arrived (all of them when
    /// ending): normalizes it, feeds its tokens, checks the rules over it. Segments are
    /// normalized in groups (see [`StreamSettings::group_bytes`]), each group once with
    /// its context.
    fn commit(&mut self) {
        while self.failure.is_none() {
            let i = self.next_seg - self.cut_base;
            if self.cuts.len() < i + 2 {
                break;
            }
            let start = self.cuts[i];
            // the group: segments i..k, up to the first cut at least `group_bytes` on
            let group = self.settings.group_bytes;
            if !self.ending && self.written < start.pos + group + CONTEXT {
                break; // its end and right-hand context cannot have arrived (cuts are ≤ written)
            }
            let k = match (i + 1..self.cuts.len()).find(|&k| self.cuts[k].pos >= start.pos + group) {
                Some(k) => k,
                None if self.ending => self.cuts.len() - 1,
                None => break,
            };
            let end = self.cuts[k];
            let right = self.cuts.iter().skip(k + 1).find(|c| c.pos >= end.pos + CONTEXT).map(|c| c.pos);
            let (stop, sentinel) = match right {
                Some(r) if !(self.ending && r == self.written) => (r, true),
                Some(r) => (r, false),
                None if self.ending => (self.written, false),
                None => break,
            };
            let left = self.cuts[self.left_context(i)].pos;
            let base = self.raw_base;
            // the group's cuts from `from` on (in a buffer kept from group to group)
            let mut bounds = std::mem::take(&mut self.bounds);
            let cuts = &self.cuts;
            let bounds_from = |bounds: &mut Vec<usize>, from: usize| {
                bounds.clear();
                bounds.extend((i..=k).map(|m| cuts[m].pos - from));
            };
            let plain = (self.narrow_windows && sentinel && start.natural && end.natural).then(|| self.plain_window(start.pos, end.pos, left, stop)).flatten();
            // (the word after the group stands for the rest of the text, as the sentinel
            // does for the full window; its chunks are judged as in the full window,
            // which the sentinel takes off ASCII)
            let small = plain.and_then(|(from, to)| {
                bounds_from(&mut bounds, from);
                normalize_plain(&self.raw[from - base..to - base], &bounds, start.pos - from..end.pos - from, std::mem::take(&mut self.spare))
            });
            let (normalized, offsets) = match small {
                Some(n) => n,
                None => {
                    bounds_from(&mut bounds, left);
                    if sentinel {
                        let mut w = String::with_capacity(stop - left + 4);
                        w.push_str(&self.raw[left - base..stop - base]);
                        w.push(SENTINEL);
                        normalize_marked(&w, &bounds)
                    } else {
                        normalize_marked(&self.raw[left - base..stop - base], &bounds)
                    }
                }
            };
            self.bounds = bounds;
            // The group's tokens go to the classifier in one go, then its segments to the
            // rules one by one: each stage's code runs once per group, not once per segment
            // (the tokens do not depend on where the segments end).
            if !self.rules_only {
                self.feed_tokens(&normalized[offsets[0]..offsets[k - i]]);
            }
            let (group_from, window_from, streamed) = (self.norm_end, self.rule_start, self.rule_stream.is_some());
            for m in i..k {
                if self.failure.is_some() {
                    break;
                }
                let (seg_start, seg_end) = (self.cuts[m], self.cuts[m + 1]);
                let piece = &normalized[offsets[m - i]..offsets[m - i + 1]];
                let norm_start = self.norm_end;
                self.norm.push_str(piece);
                self.norm_end += piece.len();
                self.segs.push_back(Segment { raw: (seg_start.pos, seg_end.pos), norm: (norm_start, self.norm_end), natural: seg_start.natural, ends_sentence: seg_end.sentence });
                self.next_seg += 1;
                if !streamed {
                    self.check_rule_window(self.rule_start);
                }
                self.advance_rule_start();
            }
            // The rule stream scans the group in one go. If it gives up inside it, the
            // group is checked over a window from where its first segment's would start:
            // a match of at most `overlap` bytes that the stream did not complete lies in it.
            if streamed && self.failure.is_none() && !self.feed_rules(group_from, false) {
                self.check_rule_window(window_from);
            }
            if normalized.capacity() <= SPARE_BYTES {
                self.spare = (normalized, offsets);
            }
            if !self.rules_only && !self.evidence_only && self.failure.is_none() && self.since_rescore >= self.settings.rescore_every_tokens {
                self.score_partial();
            }
        }
    }

    /// The group from `start` to `end` (natural cuts) with one word of context on either
    /// side, `from..to` within its full window `left..stop`, if that is ASCII. Where
    /// [`normalize_plain`] finds every chunk (run between whitespace) of the group plain
    /// in it, each is only lowercased in the full window too.
    fn plain_window(&self, start: usize, end: usize, left: usize, stop: usize) -> Option<(usize, usize)> {
        let (raw, base) = (self.raw.as_bytes(), self.raw_base);
        let blank = |b: u8| b <= b' ' || b == 0x7F;
        // the word before the group (its whitespace, then the word itself, whole)
        let mut from = start - base;
        while from > left - base && blank(raw[from - 1]) {
            from -= 1;
        }
        while from > left - base && !blank(raw[from - 1]) {
            from -= 1;
        }
        // the word the next group starts with, and one blank after it
        let mut to = end - base;
        while to < stop - base && !blank(raw[to]) {
            to += 1;
        }
        if from == left - base || to >= stop - base || !raw[from..=to].is_ascii() {
            return None;
        }
        Some((from + base, to + 1 + base))
    }

    /// Index in `cuts` of the start of the left context of the segment starting at
    /// `cuts[i]`: the latest cut at least [`CONTEXT`] bytes before it, or the first.
    fn left_context(&self, i: usize) -> usize {
        let at = self.cuts[i].pos;
        let mut j = i;
        while j > 0 && at - self.cuts[j].pos < CONTEXT {
            j -= 1;
        }
        j
    }

    /// Feeds the rule stream the normalized text from `from` (absolute) to the end, and
    /// then the end of the text if `eoi`. `false` when there is no rule stream (any more).
    fn feed_rules(&mut self, from: usize, eoi: bool) -> bool {
        let Some(stream) = &mut self.rule_stream else { return false };
        let mut found = Vec::new();
        let piece = &self.norm[from - self.norm_base..];
        let going = self.guard.policy().feed_rules(stream, self.opts.direction, piece, eoi, &mut found);
        self.note_rules(found);
        if !going {
            self.rule_stream = None;
        }
        going
    }

    fn note_rules(&mut self, found: Vec<usize>) {
        for r in found {
            if self.rules.insert(r) {
                self.dirty = true;
            }
        }
    }

    /// Checks the rules over the normalized text from `from` (absolute) to its end (no
    /// rule stream, or it gave up in the group just committed).
    fn check_rule_window(&mut self, from: usize) {
        let hay = &self.norm[from - self.norm_base..];
        let found = self.guard.policy().matching_rules(hay, self.opts.direction);
        self.note_rules(found);
    }

    /// After a segment is committed, picks where the next rule window starts (kept up to
    /// date in case the rule stream gives up).
    fn advance_rule_start(&mut self) {
        // Next window: from the latest natural segment start (its left neighbour is a
        // space, so `\b` reads as in the whole text) at least `overlap` bytes before the
        // end; from any segment start when natural ones are too far back. Only starts at
        // or after the current one are considered: those are all still held, so the
        // choice depends on the text alone.
        let target = self.norm_end.saturating_sub(self.overlap);
        let too_far = |at: usize| self.norm_end - at > self.overlap + 2 * SEGMENT_MAX;
        let mut any = None;
        let mut natural = None;
        for s in self.segs.iter().rev() {
            if s.norm.0 < self.rule_start {
                break;
            }
            if s.norm.0 > target {
                continue;
            }
            any.get_or_insert(s.norm.0);
            if s.natural {
                natural = Some(s.norm.0);
                break;
            }
        }
        self.rule_start = match (natural, any) {
            (Some(n), _) if !too_far(n) => n,
            (_, Some(a)) if too_far(self.rule_start) => a,
            _ => self.rule_start,
        };
    }

    /// Feeds the tokens of `text` (the next normalized piece) to the classifier windows:
    /// runs of alphanumeric characters ([`token_spans`]), a run reaching the end of the
    /// piece going on into the next one. A token keeps, character by character, what
    /// fits its cap.
    fn feed_tokens(&mut self, text: &str) {
        let mut open_at_end = false;
        for (s, e) in token_spans(text) {
            if self.in_token && s > 0 {
                self.complete_token(); // the token of the pieces before ended where this one starts
            }
            open_at_end = e == text.len();
            if !self.in_token && !open_at_end && e - s <= self.token_cap {
                self.push_token(&text[s..e]); // a whole token of this piece: no copy
                continue;
            }
            let room = self.token_cap.saturating_sub(self.cur.len());
            if e - s <= room {
                self.cur.push_str(&text[s..e]);
            } else {
                for ch in text[s..e].chars() {
                    if self.cur.len() + ch.len_utf8() <= self.token_cap {
                        self.cur.push(ch);
                    }
                }
            }
            self.in_token = true;
            if !open_at_end {
                self.complete_token();
            }
        }
        if self.in_token && !open_at_end && !text.is_empty() {
            self.complete_token();
        }
    }

    /// Pushes the token gathered in `cur`.
    fn complete_token(&mut self) {
        self.in_token = false;
        let token = std::mem::take(&mut self.cur);
        self.push_token(&token);
        self.cur = token;
        self.cur.clear();
    }

    /// Pushes the next token into the classifier windows.
    fn push_token(&mut self, token: &str) {
        let pushed = self.windows.push(self.guard.classifier(), token);
        self.n_tokens += 1;
        self.since_rescore += 1;
        match pushed {
            Ok(Some((i, w))) => {
                // a complete window ends with this token: the evidence covers every token
                self.since_rescore = 0;
                self.fold(i, &w);
            }
            Ok(None) => {}
            Err(e) => self.failure = Some(e),
        }
    }

    /// Scores the window one-shot would score last if the text ended now (stop decision
    /// only).
    fn score_partial(&mut self) {
        self.since_rescore = 0;
        // the last window one-shot would score now: [64i, n) for the last i with
        // 64i + 96 >= n (the final verdict takes its windows from `window_ranges`)
        let n = self.n_tokens;
        let s = if n <= WINDOW_TOKENS { 0 } else { (n - WINDOW_TOKENS).div_ceil(WINDOW_STRIDE) * WINDOW_STRIDE };
        if is_complete(s, n) {
            return; // scored when its last token completed
        }
        if let Some(w) = self.score_last() {
            self.dirty |= raise_scores(&mut self.partial_max, &w);
            self.last_partial = Some(((s, n), w));
        }
    }

    /// Scores the last window one-shot would score for the tokens so far, cut short.
    fn score_last(&mut self) -> Option<Scores> {
        match self.windows.score_last(self.guard.classifier()) {
            Ok(w) => w.map(|(_, w)| w),
            Err(e) => {
                self.failure = Some(e);
                None
            }
        }
    }

    /// Adds the scores of window `i` to the running maxima of every sampling step.
    fn fold(&mut self, i: usize, w: &Scores) {
        for (k, acc) in self.step_max.iter_mut().enumerate() {
            if i % (k + 1) == 0 && raise_scores(acc, w) && k == 0 {
                self.dirty = true;
            }
        }
    }

    fn evidence_so_far(&self) -> Evidence {
        let mut scores = self.step_max[0];
        raise_scores(&mut scores, &self.partial_max);
        Evidence { scores, rules: self.rules.iter().copied().collect(), limits: Vec::new() }
    }

    /// The evidence for the whole text, as [`Guard::evidence`] computes it.
    fn final_evidence(&mut self) -> Result<Evidence> {
        if self.failure.is_some() {
            return Err(self.failure_error());
        }
        let n = self.n_tokens;
        let count = window_ranges(n).count();
        let (s, e) = window_ranges(n).last().unwrap_or((0, n));
        if !is_complete(s, e) {
            let w = match self.last_partial {
                Some((range, w)) if range == (s, e) => w,
                _ => match self.score_last() {
                    Some(w) => w,
                    None => return Err(self.failure_error()),
                },
            };
            self.fold(count - 1, &w);
        }
        let max_w = self.guard.policy().data().limits.max_windows;
        let (scores, limits) = if count as u64 > max_w {
            let step = (count as u64).div_ceil(max_w.max(1)) as usize;
            let k = step.min(self.step_max.len());
            (self.step_max[k - 1], vec![LimitApplied { limit: "max_windows".into(), value: max_w }])
        } else {
            (self.step_max[0], Vec::new())
        };
        Ok(Evidence { scores, rules: self.rules.iter().copied().collect(), limits })
    }

    /// How far text may be released: what has been checked with enough text after it
    /// ([`Self::released`] when nothing more).
    fn release_target(&mut self) -> usize {
        // With no segment committed since the last release and the buffer under its
        // bound, releasing again finds nothing: it is idempotent for the same segments.
        // Writes much smaller than a segment (a model's tokens) mostly end here.
        if self.next_seg == self.released_at_seg && self.written - self.released <= self.settings.max_buffer_bytes / 2 {
            return self.released;
        }
        self.released_at_seg = self.next_seg;
        let vetted = self.norm_end.saturating_sub(self.settings.holdback_bytes);
        let mut last_any = None;
        let mut last = None;
        let mut last_sentence = None;
        for s in self.segs.iter().filter(|s| s.raw.1 > self.released) {
            last_any = Some(s.raw.1);
            if s.norm.1 <= vetted {
                last = Some(s.raw.1);
                if s.ends_sentence {
                    last_sentence = Some(s.raw.1);
                }
            }
        }
        let mut to = self.released;
        if let Some(b) = last {
            let anchor = last_sentence.unwrap_or(self.released);
            to = if b - anchor <= self.settings.sentence_holdback_bytes { anchor } else { b };
        }
        if self.written - to > self.settings.max_buffer_bytes / 2 {
            to = to.max(last_any.unwrap_or(to));
        }
        to
    }

    /// Drops what no later step needs.
    fn trim(&mut self) {
        if self.cuts.is_empty() {
            return;
        }
        // what the drops below depend on (the raw text only grows in between, which drops
        // nothing more)
        let at = Some((self.next_seg, self.released, self.cuts.len(), self.state));
        if self.trimmed_at == at {
            return;
        }
        // cuts: keep the left context of the next segment to commit
        let i = self.next_seg - self.cut_base;
        let j = if i < self.cuts.len() { self.left_context(i) } else { i.min(self.cuts.len() - 1) };
        self.cuts.drain(..j);
        self.cut_base += j;
        // raw: from the left context, or from what is unreleased
        let mut keep = self.cuts[0].pos;
        if self.state == State::Running {
            keep = keep.min(self.released);
        }
        let drop = keep - self.raw_base;
        if drop > 0 && (drop >= 4096 || drop * 2 >= self.raw.len()) {
            self.raw.drain(..drop);
            self.raw_base = keep;
            shrink(&mut self.raw);
        }
        // segments: keep those unreleased and those a later rule window may start at
        let released = if self.state == State::Running { self.released } else { usize::MAX };
        while self.segs.len() > 1 && self.segs[0].norm.0 < self.rule_start && self.segs[0].raw.1 <= released {
            self.segs.pop_front();
        }
        // normalized text: from the next rule window
        let drop = self.rule_start - self.norm_base;
        if drop > 0 && (drop >= 4096 || drop * 2 >= self.norm.len()) {
            self.norm.drain(..drop);
            self.norm_base = self.rule_start;
            shrink(&mut self.norm);
        }
        self.trimmed_at = Some((self.next_seg, self.released, self.cuts.len(), self.state));
    }
}

/// Whether a window is a full one on the stride, which the stream scores when its last
/// token completes.
/// `text` in pieces of about [`SLICE`] bytes (at character boundaries).
fn slices(mut text: &str) -> impl Iterator<Item = &str> {
    std::iter::from_fn(move || {
        if text.is_empty() {
            return None;
        }
        let (piece, rest) = text.split_at(floor_boundary(text, SLICE));
        text = rest;
        Some(piece)
    })
}

fn is_complete(s: usize, e: usize) -> bool {
    e - s == WINDOW_TOKENS && s % WINDOW_STRIDE == 0
}

fn shrink(s: &mut String) {
    if s.capacity() > 16 * 1024 && s.capacity() > 4 * s.len() {
        s.shrink_to(s.len() * 2);
    }
}

/// The largest char boundary of `s` at most `n` (at least one char when `s` is not empty).
fn floor_boundary(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    let mut i = n;
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    if i == 0 {
        s.chars().next().map_or(0, char::len_utf8)
    } else {
        i
    }
}

/// Whether the text `before` a word start (from the previous cut) ends a sentence: a
/// newline in the whitespace before the word, or `.`, `!`, `?` (maybe with a closing
/// quote or bracket) before that whitespace.
#[inline]
fn sentence_start(before: &str) -> bool {
    // most word starts: after a letter or digit and one space
    if let [.., x, b' '] = before.as_bytes() {
        if x.is_ascii_alphanumeric() {
            return false;
        }
    }
    sentence_start_chars(before)
}

/// [`sentence_start`] character by character.
fn sentence_start_chars(before: &str) -> bool {
    let mut chars = before.chars().rev();
    let mut last = None;
    for ch in chars.by_ref() {
        if ch == '\n' {
            return true;
        }
        if !ch.is_whitespace() {
            last = Some(ch);
            break;
        }
    }
    let mut x = match last {
        Some(x) => x,
        None => return false,
    };
    if matches!(x, '"' | '\'' | '”' | '’' | '»' | ')' | ']') {
        match chars.next() {
            Some(y) => x = y,
            None => return false,
        }
    }
    matches!(x, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// A forced cut for a segment starting at `c` with no natural cut: the last position in
/// its second half after a non-alphanumeric character, else the last one; never before
/// a combining mark or joiner (they belong to the character before them).
fn forced_cut(raw: &str, base: usize, c: usize) -> usize {
    let lo = c + SEGMENT_MAX / 2;
    let hi = c + SEGMENT_MAX;
    let mut fallback = None;
    for q in (lo..=hi).rev() {
        let r = q - base;
        if !raw.is_char_boundary(r) {
            continue;
        }
        let Some(ch) = raw[r..].chars().next() else { continue };
        if unicode_normalization::char::is_combining_mark(ch) || is_joiner(ch) {
            continue;
        }
        let prev = raw[..r].chars().next_back().unwrap_or(' ');
        if !prev.is_alphanumeric() && !is_joiner(prev) {
            return q;
        }
        fallback.get_or_insert(q);
    }
    fallback.unwrap_or_else(|| {
        let mut q = hi - base;
        while !raw.is_char_boundary(q) {
            q -= 1;
        }
        q + base
    })
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

/// The first index in `from..to` whose byte is whitespace or not ASCII (`to` if none).
fn first_space_or_not_ascii(bytes: &[u8], from: usize, to: usize) -> usize {
    // ASCII whitespace is 9..=13 and 32
    let stops = |low: u64| in_range(low, 9, 13) | in_range(low, b' ', b' ');
    first_stop_or_not_ascii(bytes, from, to, stops, |b| !ascii_not_space(b))
}

/// The first index in `from..to` whose byte is `.`, `!`, `?`, a newline or not ASCII
/// (`to` if none).
fn first_sentence_end_or_not_ascii(bytes: &[u8], from: usize, to: usize) -> usize {
    let stops = |low: u64| in_range(low, b'.', b'.') | in_range(low, b'!', b'!') | in_range(low, b'?', b'?') | in_range(low, b'\n', b'\n');
    first_stop_or_not_ascii(bytes, from, to, stops, |b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
}

/// Whether byte `b` is an ASCII character other than whitespace (a table: the cut search
/// asks it of nearly every byte).
#[inline]
fn ascii_not_space(b: u8) -> bool {
    ASCII_NOT_SPACE[usize::from(b)]
}

const ASCII_NOT_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        // `char::is_whitespace` in ASCII (not const before Rust 1.87; the MSRV is 1.85)
        t[b] = !matches!(b, 0x09..=0x0D | 0x20);
        b += 1;
    }
    t
};


/// The longest match, in bytes, of any bounded rule pattern for `direction` (at least
/// [`UNBOUNDED_OVERLAP`] when a pattern is unbounded). Cached per policy.
fn rule_overlap(policy: &Policy, direction: Direction) -> usize {
    static CACHE: Mutex<Vec<(String, Direction, usize)>> = Mutex::new(Vec::new());
    let key = policy.hash();
    if let Ok(cache) = CACHE.lock() {
        if let Some(&(_, _, n)) = cache.iter().find(|(h, d, _)| h == key && *d == direction) {
            return n;
        }
    }
    let mut longest = 0usize;
    let mut unbounded = false;
    for r in policy.rules() {
        if r.status == Lifecycle::Deprecated || !r.directions.contains(&direction) {
            continue;
        }
        for p in &r.patterns {
            match regex_syntax::parse(p).ok().and_then(|h| h.properties().maximum_len()) {
                Some(n) => longest = longest.max(n),
                None => unbounded = true,
            }
        }
    }
    if unbounded {
        longest = longest.max(UNBOUNDED_OVERLAP);
    }
    if let Ok(mut cache) = CACHE.lock() {
        if cache.len() >= 16 {
            cache.remove(0);
        }
        cache.push((key.to_string(), direction, longest));
    }
    longest
}

#[cfg(test)]
impl StreamScreener {
    /// The normalized text committed so far (tests only; needs a buffer that kept it).
    fn normalized_committed(&self) -> &str {
        &self.norm
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    fn guard() -> Guard {
        Guard::new().expect("embedded guard")
    }

    #[test]
    fn ascii_not_space_is_ascii_and_not_char_whitespace() {
        for b in 0..=u8::MAX {
            assert_eq!(ascii_not_space(b), b.is_ascii() && !char::from(b).is_whitespace(), "byte {b:#04x}");
        }
    }

    #[test]
    fn word_at_a_time_byte_searches_find_the_first_byte_a_byte_loop_finds() {
        let pool = b"ab .!?\n\t\r x9Z\xc3\xa9\xe2\x80\x8b,;'\"";
        let mut seed = 11u64;
        for _ in 0..4000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (seed >> 58) as usize + 1;
            let bytes: Vec<u8> = (0..n).map(|k| pool[((seed >> (k % 40)) as usize + k * 7) % pool.len()]).collect();
            let (from, to) = ((seed >> 20) as usize % n, n - (seed >> 30) as usize % (n / 2 + 1));
            let to = to.max(from);
            let loop_find = |stop: &dyn Fn(u8) -> bool| (from..to).find(|&j| stop(bytes[j])).unwrap_or(to);
            assert_eq!(first_sentence_end_or_not_ascii(&bytes, from, to), loop_find(&|b| b >= 0x80 || matches!(b, b'.' | b'!' | b'?' | b'\n')), "{bytes:?} {from}..{to}");
            assert_eq!(first_space_or_not_ascii(&bytes, from, to), loop_find(&|b| !ascii_not_space(b)), "{bytes:?} {from}..{to}");
        }
    }

    #[test]
    fn every_release_follows_a_score_of_every_token_committed() {
        let g = guard();
        let text = format!("{} {} ", SAMPLES[0], SAMPLES[4]).repeat(40);
        let settings = StreamSettings { rescore_every_tokens: 1 << 20, ..StreamSettings::default() };
        for (k, splits) in chunkings(&text, 5).into_iter().enumerate().skip(1) {
            let mut s = StreamScreener::new(g.clone(), &ScreenOptions::output(), settings.clone());
            let (mut at, mut releases) = (0, 0);
            for p in splits.into_iter().chain([text.len()]) {
                let events = s.write(&text[at..p]);
                at = p;
                if events.iter().any(|e| matches!(e, StreamEvent::Release { .. })) {
                    releases += 1;
                    assert_eq!(s.since_rescore, 0, "chunking {k}: released at {p} with {} tokens unscored", s.since_rescore);
                }
            }
            assert!(releases > 10, "chunking {k}: {releases} releases");
        }
    }

    /// Feeds `text` in pieces cut at `splits` (byte offsets on char boundaries) and
    /// returns the normalized text the stream committed (the overlap is made huge so it
    /// is all kept).
    fn streamed_normalized(g: &Guard, text: &str, splits: &[usize]) -> String {
        streamed_normalized_in_groups(g, text, splits, GROUP)
    }

    /// [`streamed_normalized`] with segments normalized in groups of `group_bytes`.
    fn streamed_normalized_in_groups(g: &Guard, text: &str, splits: &[usize], group_bytes: usize) -> String {
        streamed_normalized_with(g, text, splits, group_bytes, true)
    }

    /// [`streamed_normalized_in_groups`], normalizing every group with its full context
    /// unless `narrow`.
    fn streamed_normalized_with(g: &Guard, text: &str, splits: &[usize], group_bytes: usize, narrow: bool) -> String {
        let settings = StreamSettings { max_buffer_bytes: 1 << 30, group_bytes, ..StreamSettings::default() };
        let mut s = StreamScreener::new(g.clone(), &ScreenOptions::output(), settings);
        s.narrow_windows = narrow;
        s.overlap = usize::MAX / 2;
        let mut at = 0;
        for &p in splits {
            s.write(&text[at..p]);
            at = p;
        }
        s.write(&text[at..]);
        s.ending = true;
        s.find_cuts();
        if s.cuts.back().is_some_and(|c| c.pos < s.written) {
            s.cuts.push_back(Cut { pos: s.written, natural: false, sentence: true });
        }
        s.commit();
        s.normalized_committed().to_string()
    }

    const SAMPLES: &[&str] = &[
        "Hello world. This is a perfectly ordinary answer with several sentences! Does it work? Yes.\nNew line here.",
        "k i l l  them all, k.i.l.l, k - i - l - l and a b c testing u.s.a. now",
        "Ｋ\u{200B}í1l the ｐ\u{0430}$$word: h4ck3r m@lw4re 1337 python3 mp3 covid-19 $50",
        "Я пью сок. Привет, мир! раураl аnd кill, Ελληνικά κείμενα εδώ",
        "emoji 👩‍👩‍👧‍👦 and 🇫🇷 flags, e\u{0301}cole, cafe\u{0301}   spaced     out\t\ttabs\r\nwindows",
        "中文文本没有空格但是很长的句子。这是第二句话！日本語のテキストもあります。한국어 텍스트도 있습니다.",
        "   leading spaces and trailing spaces   ",
        "",
        "x",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z",
    ];

    fn chunkings(text: &str, seed: u64) -> Vec<Vec<usize>> {
        let bounds: Vec<usize> = (1..text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let mut rng = seed | 1;
        let mut next = move || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let mut out = vec![Vec::new(), bounds.clone()];
        for _ in 0..4 {
            let mut v = Vec::new();
            let mut at = 0;
            loop {
                at += 1 + (next() % 64) as usize;
                while at < text.len() && !text.is_char_boundary(at) {
                    at += 1;
                }
                if at >= text.len() {
                    break;
                }
                v.push(at);
            }
            out.push(v);
        }
        out
    }

    #[test]
    fn streamed_normalization_equals_one_shot_for_any_chunking() {
        let g = guard();
        for (k, text) in SAMPLES.iter().enumerate() {
            let long = text.repeat(12);
            for t in [text.to_string(), long] {
                let want = normalize(&t).as_str().to_string();
                for splits in chunkings(&t, 7 + k as u64) {
                    assert_eq!(streamed_normalized(&g, &t, &splits), want, "text {t:?} splits {splits:?}");
                }
            }
        }
    }

    #[test]
    fn streamed_normalization_equals_one_shot_for_any_group_size() {
        let g = guard();
        let texts: Vec<String> = SAMPLES.iter().map(|t| t.repeat(12)).chain(adversarial()).collect();
        for (k, t) in texts.iter().enumerate() {
            let want = normalize(t).as_str().to_string();
            for splits in chunkings(t, 31 + k as u64).into_iter().take(3) {
                for group in [MIN_GROUP, 320, 1000] {
                    assert_eq!(streamed_normalized_in_groups(&g, t, &splits, group), want, "groups of {group} B, case {k}: {t:?}");
                }
            }
        }
    }

    #[test]
    fn streamed_normalization_survives_every_two_piece_split() {
        let g = guard();
        for text in SAMPLES {
            let t = format!("{text} {text}");
            let want = normalize(&t).as_str().to_string();
            for p in (1..t.len()).filter(|&i| t.is_char_boundary(i)) {
                assert_eq!(streamed_normalized(&g, &t, &[p]), want, "split at {p} of {t:?}");
            }
        }
    }

    /// Inputs built to put normalization rewrites across segment cuts.
    fn adversarial() -> Vec<String> {
        let mut v = Vec::new();
        // a spelled-out word slid across the first cuts, byte by byte
        for n in 0..80 {
            v.push(format!("{}k i l l them, v.e.r.i.f.y y o u r account and s-t-e-a-l it", "ab ".repeat(n / 3) + &"x".repeat(n % 3)));
        }
        // ... and across the end of the first normalization group (GROUP bytes on)
        for n in 0..60 {
            v.push(format!("{}k i l l them, h4ck3r and v.e.r.i.f.y y o u r account", "ab ".repeat((GROUP - 40) / 3 + n / 3) + &"x".repeat(n % 3)));
        }
        v.push("a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(12));
        v.push(format!("foo{}bar baz", " ".repeat(3000)));
        v.push(format!("foo{}bar baz", "\n \t".repeat(700)));
        v.push(format!("ab{}cd ef gh", "\u{200B}".repeat(2000)));
        v.push(format!("h{}ello world and more words after it", "\u{0336}".repeat(700)));
        v.push(format!("{}Я пью сок.", "раураl ".repeat(60)));
        v.push(format!("{} кill me", "сок ".repeat(40)));
        v.push("h4ck3r m@lw4re p4$$w0rd ".repeat(40));
        v.push(format!("{}{}", "k1ll 3v3ry0n3 ", "the quiet river runs past an old mill and a small bridge before the town. ").repeat(10));
        v.push("e\u{301}cole \u{301}start ".repeat(50));
        v.push("👩‍👩‍👧‍👦🇫🇷1️⃣".repeat(300));
        v.push("x".repeat(5000));
        v.push(format!("{} tail words here", "ab".repeat(1500)));
        v
    }

    #[test]
    fn narrow_windows_normalize_as_full_ones() {
        // one word of context instead of 64 bytes changes nothing, even where a full
        // window is leetspeak as a whole and the narrow one is not: `b1` and `x1` are
        // only lowercased in plain text and mapped (`bi`, `xi`) in leetspeak (where the
        // whole text and a group's window disagree on that, so does one-shot: see the
        // module docs)
        let g = guard();
        let plain = "we met at gate b1 and x1, then walked along the quiet river past the mill and the old bridge to the town, b1 x1 ";
        let leet_around: Vec<String> = (1..=3).flat_map(|n| (2..=8).map(move |m| format!("{}{}", "h4ck3r m@lw4re p4$$w0rd 5h0p ".repeat(m), plain.repeat(n)).repeat(6))).collect();
        assert!(leet_around.iter().any(|t| normalize(t).as_str().contains(" bi and xi,")));
        let texts: Vec<String> = SAMPLES.iter().map(|t| t.repeat(12)).chain(adversarial()).chain(leet_around).collect();
        for (k, t) in texts.iter().enumerate() {
            for group in [MIN_GROUP, GROUP, 320] {
                for splits in chunkings(t, 51 + k as u64).into_iter().take(2) {
                    assert_eq!(streamed_normalized_with(&g, t, &splits, group, true), streamed_normalized_with(&g, t, &splits, group, false), "groups of {group} B, case {k}: {t:?}");
                }
            }
        }
    }

    #[test]
    fn streamed_normalization_equals_one_shot_on_adversarial_inputs() {
        let g = guard();
        for (k, t) in adversarial().iter().enumerate() {
            let want = normalize(t).as_str().to_string();
            for splits in chunkings(t, 31 + k as u64) {
                assert_eq!(streamed_normalized(&g, t, &splits), want, "case {k}: {t:?}");
            }
        }
    }

    #[test]
    fn forced_cuts_are_made_in_text_without_whitespace() {
        let g = guard();
        let t = "汉字".repeat(2000);
        let want = normalize(&t).as_str().to_string();
        for splits in chunkings(&t, 3) {
            assert_eq!(streamed_normalized(&g, &t, &splits), want);
        }
    }

    /// The cuts of `text` by their definition (module docs, 1.), character by character.
    fn reference_cuts(text: &str) -> Vec<(usize, bool, bool)> {
        let mut cuts = vec![(0, true, true)];
        let mut c = 0;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut k = 0;
        while k < chars.len() {
            let (p, ch) = chars[k];
            k += 1;
            if p <= c {
                continue;
            }
            if p > c + SEGMENT_MAX {
                c = forced_cut(text, 0, c);
                cuts.push((c, false, false));
                k = chars.partition_point(|&(q, _)| q <= c);
                continue;
            }
            let prev = chars[k - 2].1;
            let next = chars.get(k).map(|&(_, n)| n);
            if prev.is_whitespace() && ch.is_alphanumeric() && next.is_some_and(char::is_alphanumeric) {
                let sentence = sentence_start_chars(&text[c..p]);
                if p - c >= SEGMENT_MIN || sentence {
                    cuts.push((p, true, sentence));
                    c = p;
                }
            }
        }
        cuts
    }

    #[test]
    fn cuts_found_while_streaming_are_the_defined_ones() {
        let g = guard();
        let pieces = ["word", " ", "  ", ". ", "! ", "?\n", "\"", ") ", "x1", "é", "abcdefghijklmnopqrstu", "\x0B", "\x0C", "\x1F", "~!", "A9", "Ünïcode", "東京", "\u{A0}", "\u{2003}", "\u{3000}", "\t", "\r\n", "\n", "a", "9", "-", "…", "。", "👍", "e\u{301}", "\u{200D}"];
        let mut seed = 11u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for round in 0..300 {
            let text: String = (0..next(700)).map(|_| pieces[next(pieces.len())]).collect();
            let text = if round % 10 == 0 { text.replace(' ', "") } else { text }; // forced cuts
            // the cut search alone, as `write` runs it, over the text arriving in chunks
            // (nothing is committed, so every cut found stays)
            let mut s = StreamScreener::new(g.clone(), &ScreenOptions::output(), StreamSettings::default());
            let mut at = 0;
            while at < text.len() {
                // small chunks, and in every other text large ones (the search then
                // runs over many bytes at once)
                let mut to = (at + 1 + next(if round % 2 == 0 { 6 } else { 300 })).min(text.len());
                while !text.is_char_boundary(to) {
                    to += 1;
                }
                s.raw.push_str(&text[at..to]);
                s.written = to;
                s.find_cuts();
                at = to;
            }
            s.ending = true;
            s.find_cuts();
            let got: Vec<(usize, bool, bool)> = s.cuts.iter().map(|c| (c.pos, c.natural, c.sentence)).collect();
            assert_eq!(got, reference_cuts(&text), "{text:?}");
        }
    }

    #[test]
    fn writes_that_skip_release_and_trim_do_what_full_writes_do() {
        let g = guard();
        let pieces = ["word ", "the ", "Kill ", "him. ", "How? ", "x", "é", "東京", "\n", "  ", "verify your account ", "abcdefghijklmnopqrstuvwxyz", ", ", "! "];
        let mut seed = 5u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for round in 0..60 {
            let text: String = (0..200 + next(6000)).map(|_| pieces[next(pieces.len())]).collect();
            // no sentence ends, or no whitespace at all: releases by the hold-backs' limits
            // and by the buffer bound
            let text = match round % 3 {
                0 => text.replace(['.', '?', '!', '\n'], ""),
                1 => text.replace(' ', ""),
                _ => text,
            };
            // the largest hold-backs let the buffer bound release text too
            let (holdback_bytes, sentence_holdback_bytes) = [(256, 0), (256, 300), (256, 2048), (4096, 4096)][round % 4];
            let settings = StreamSettings { max_buffer_bytes: 16 * 1024, holdback_bytes, sentence_holdback_bytes, ..StreamSettings::default() };
            let mut fast = StreamScreener::new(g.clone(), &ScreenOptions::output(), settings.clone());
            let mut full = StreamScreener::new(g.clone(), &ScreenOptions::output(), settings);
            let mut at = 0;
            while at < text.len() {
                let mut to = (at + 1 + next(if round % 2 == 0 { 8 } else { 90 })).min(text.len());
                while !text.is_char_boundary(to) {
                    to += 1;
                }
                // the full writer releases and trims on every write (as if each were the
                // first since a commit)
                full.released_at_seg = usize::MAX;
                full.trimmed_at = None;
                assert_eq!(fast.write(&text[at..to]), full.write(&text[at..to]), "round {round}, write up to {to}");
                let state = |s: &StreamScreener| (s.released, s.raw_base, s.raw.len(), s.cut_base, s.cuts.len(), s.segs.len(), s.norm_base, s.norm.len());
                assert_eq!(state(&fast), state(&full), "round {round}, write up to {to}");
                at = to;
            }
            assert_eq!(fast.end(), full.end(), "round {round}");
        }
    }

    #[test]
    fn sentence_start_by_bytes_is_by_characters() {
        let pieces = [" ", "\n", "\t", ".", "!", "?", "\"", "'", ")", "]", "”", "…", "。", "\u{A0}", "\u{2003}", "x", "é", "»", ","];
        let mut seed = 5u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let text: String = (0..(seed >> 60) as usize).map(|i| pieces[(seed >> (4 * i + 3)) as usize % pieces.len()]).collect();
            assert_eq!(sentence_start(&text), sentence_start_chars(&text), "{text:?}");
        }
    }

    #[test]
    fn sentence_starts() {
        assert!(sentence_start("end. "));
        assert!(sentence_start("end.\" "));
        assert!(sentence_start("end\n  "));
        assert!(!sentence_start("end, "));
        assert!(!sentence_start("   "));
    }

    #[test]
    fn default_policy_overlap_covers_its_patterns() {
        let g = guard();
        let s = g.output_stream(&ScreenOptions::output());
        eprintln!("default policy output overlap: {}", s.rule_overlap());
        assert!(s.rule_overlap() >= UNBOUNDED_OVERLAP, "{}", s.rule_overlap());
        assert!(s.rule_overlap() <= s.settings().max_buffer_bytes / 4);
    }
}
