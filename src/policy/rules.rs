//! Rule matching: every active rule's patterns compiled into one `RegexSet` per
//! direction, so a text is scanned once whatever the number of rules.
//!
//! Word boundaries: in patterns written in plain ASCII (what the policy format asks
//! for), `\b` and `\B` are ASCII word boundaries: letters outside ASCII count as
//! non-word characters. Next to an ASCII letter that only ever adds boundaries (`kill`
//! in `ékill` now matches `\bkill`), and it keeps the scan linear: a Unicode `\b` makes
//! the regex engine's lazy DFA give up on the first non-ASCII byte and fall back to a
//! PikeVM, which took ~20 s for 5 MB of text with some emoji in it (0.1 s now).
//! Patterns with non-ASCII characters or `\p{..}` classes keep Unicode boundaries and
//! go into a second set that only runs if there are any.

use super::compiled::{Lifecycle, Rule};
use crate::verdict::Direction;
use regex_automata::hybrid::{self, dfa::DFA, LazyStateID};
use regex_automata::nfa::thompson::{self, pikevm, pikevm::PikeVM, WhichCaptures, NFA};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, Input, MatchKind, PatternSet};
use regex_syntax::hir::{Capture, Class, ClassBytes, ClassBytesRange, ClassUnicodeRange, Hir, HirKind, Look, Repetition};
use std::ops::{Deref, DerefMut};
use std::sync::{Arc, Mutex};

/// Largest compiled size of one pattern (untrusted policies cannot blow up memory).
const PATTERN_SIZE_LIMIT: usize = 1 << 20;
/// Largest compiled size of a whole rule set.
const SET_SIZE_LIMIT: usize = 32 << 20;
/// Most idle search caches a matcher keeps of each kind; more are dropped when they come
/// back. Each lazy-DFA cache grows with the states it builds, up to the lazy DFA's cache
/// capacity (2 MiB by default; the default policy's warm-up leaves ~1 MB), so a matcher
/// holds at most ~16 MiB of idle caches after 8 or more concurrent streams.
const MAX_IDLE_CACHES: usize = 8;

/// Checks that one pattern compiles within the size limit.
///
/// Compiles only the forward NFA, with the syntax options `regex` uses: the errors and
/// the size limit are those of a full `Regex` (same parser, same NFA compiler), at a
/// fraction of the cost (no reverse NFA, no prefilter), which matters at start-up where
/// every pattern of the policy is checked before the sets are built.
pub fn check_pattern(p: &str) -> Result<(), String> {
    use regex_automata::nfa::thompson;
    thompson::Compiler::new()
        .syntax(regex_automata::util::syntax::Config::new().utf8(true).unicode(true))
        .configure(thompson::Config::new().nfa_size_limit(Some(PATTERN_SIZE_LIMIT)))
        .build(p)
        .map(|_| ())
        .map_err(|e| {
            let msg = e.to_string();
            let syntax = std::error::Error::source(&e).map(|s| s.to_string());
            syntax.unwrap_or(msg).lines().last().unwrap_or("").trim().to_string()
        })
}

/// The compiled matcher for one direction.
#[derive(Debug)]
pub struct RuleSet {
    /// Plain-ASCII patterns, with ASCII word boundaries (the fast path).
    ascii: Matcher,
    /// Patterns that need Unicode word boundaries, if any.
    unicode: Option<Matcher>,
}

/// One set of patterns: a forward lazy DFA reporting every pattern that matches
/// (`MatchKind::All`), with a PikeVM over the same NFA for when the DFA gives up (a
/// Unicode `\b` next to a non-ASCII byte).
///
/// This is the part of `regex::RegexSet` the rules use. A `RegexSet` also builds a
/// reverse NFA and literal prefilters, which `matches` never uses for a set: building
/// those was half of the policy's start-up (see DESIGN.md, Performance).
struct Matcher {
    dfa: DFA,
    pikevm: PikeVM,
    /// pattern index → rule index
    owner: Vec<usize>,
    /// Idle lazy-DFA caches, with the states they have built: lent to each search and
    /// stream, and back when it ends, so a new text starts from the states earlier texts
    /// built (and the build's warm-up, in a pre-initialized module) instead of none.
    dfa_caches: Pool<hybrid::dfa::Cache>,
    /// Idle PikeVM caches, lent only when the DFA gives up.
    pikevm_caches: Pool<pikevm::Cache>,
}

/// Idle values to lend out, shared by a matcher and what it has lent.
type Pool<T> = Arc<Mutex<Vec<T>>>;

/// A value lent from a [`Pool`] (or made when the pool had none), going back to it when
/// dropped unless the pool already holds [`MAX_IDLE_CACHES`].
struct Lent<T> {
    item: Option<T>,
    pool: Pool<T>,
}

impl<T> Lent<T> {
    fn take(pool: &Pool<T>, make: impl FnOnce() -> T) -> Lent<T> {
        let idle = pool.lock().ok().and_then(|mut p| p.pop());
        Lent { item: Some(idle.unwrap_or_else(make)), pool: Arc::clone(pool) }
    }
}

impl<T> Deref for Lent<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.item.as_ref().expect("a lent value is there until it is dropped")
    }
}

impl<T> DerefMut for Lent<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.item.as_mut().expect("a lent value is there until it is dropped")
    }
}

impl<T> Drop for Lent<T> {
    fn drop(&mut self) {
        if let (Some(item), Ok(mut pool)) = (self.item.take(), self.pool.lock()) {
            if pool.len() < MAX_IDLE_CACHES {
                pool.push(item);
            }
        }
    }
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher").field("patterns", &self.owner.len()).finish()
    }
}

impl Matcher {
    fn build(patterns: &[String], owner: Vec<usize>) -> Result<Matcher, String> {
        let nfa = thompson::Compiler::new()
            .syntax(syntax_config())
            .configure(nfa_config())
            .build_many(patterns)
            .map_err(|e| e.to_string())?;
        Matcher::from_nfa(nfa, owner)
    }

    fn build_from_hirs(hirs: &[Hir], owner: Vec<usize>) -> Result<Matcher, String> {
        let nfa = thompson::Compiler::new().configure(nfa_config()).build_many_from_hir(hirs).map_err(|e| e.to_string())?;
        Matcher::from_nfa(nfa, owner)
    }

    fn from_nfa(nfa: NFA, owner: Vec<usize>) -> Result<Matcher, String> {
        let dfa = DFA::builder().configure(DFA::config().match_kind(MatchKind::All).unicode_word_boundary(true)).build_from_nfa(nfa.clone()).map_err(|e| e.to_string())?;
        let pikevm = PikeVM::builder().configure(PikeVM::config().match_kind(MatchKind::All)).build_from_nfa(nfa).map_err(|e| e.to_string())?;
        Ok(Matcher { dfa, pikevm, owner, dfa_caches: Pool::default(), pikevm_caches: Pool::default() })
    }

    /// Appends the owners of the patterns matching `hay`.
    fn matches(&self, hay: &str, out: &mut Vec<usize>) {
        let input = Input::new(hay);
        let mut set = PatternSet::new(self.owner.len());
        if self.dfa.try_which_overlapping_matches(&mut self.dfa_cache(), &input, &mut set).is_err() {
            self.pikevm_matches(&input, &mut set);
        }
        out.extend(set.iter().map(|p| self.owner[p.as_usize()]));
    }

    /// The lazy DFA gave up (a Unicode `\b` next to a non-ASCII byte): the PikeVM answers.
    /// Not inlined into [`Self::matches`]: V8 compiles a wasm function on its first call,
    /// so a first verdict on text the DFA handles does not compile the PikeVM search.
    #[inline(never)]
    fn pikevm_matches(&self, input: &Input<'_>, set: &mut PatternSet) {
        set.clear();
        let mut pc = Lent::take(&self.pikevm_caches, || self.pikevm.create_cache());
        self.pikevm.which_overlapping_matches(&mut pc, input, set);
    }

    fn dfa_cache(&self) -> Lent<hybrid::dfa::Cache> {
        Lent::take(&self.dfa_caches, || self.dfa.create_cache())
    }
}

/// Where a [`RuleStream`] stands in one matcher's lazy DFA (whose cache it holds until
/// the stream is dropped).
struct Scan {
    sid: LazyStateID,
    cache: Lent<hybrid::dfa::Cache>,
}

/// A rule set run over a text that arrives piece by piece (the stream screener's
/// normalized output), scanning each byte once: after every piece, the rules found so
/// far are exactly those [`RuleSet::matches`] finds on the whole text so far, except
/// that a match is seen once the byte after it, or the end (`eoi` in
/// [`RuleSet::feed`]), has arrived (the DFA looks one byte ahead, for `\b`).
pub struct RuleStream {
    scans: Vec<Scan>,
    /// A DFA gave up (a Unicode `\b` next to a non-ASCII byte): no longer usable.
    failed: bool,
}

impl std::fmt::Debug for RuleStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleStream").field("failed", &self.failed).finish()
    }
}

impl Matcher {
    /// A scan from the start of a text; `None` when a pattern can match the empty
    /// string (set matching then skips empty matches inside a character, which a
    /// byte-by-byte scan does not know).
    fn scan(&self) -> Option<Scan> {
        if self.dfa.get_nfa().has_empty() {
            return None;
        }
        let mut cache = self.dfa_cache();
        let sid = self.dfa.start_state(&mut cache, &start::Config::new().anchored(Anchored::No)).ok()?;
        Some(Scan { sid, cache })
    }

    /// Steps `scan` over `bytes` (then the end of the text, if `eoi`), appending the
    /// owners of the patterns whose matches it passes. `false`: the DFA gave up.
    fn step(&self, scan: &mut Scan, bytes: &[u8], eoi: bool, out: &mut Vec<usize>) -> bool {
        let Scan { sid, cache } = scan;
        let cache: &mut hybrid::dfa::Cache = cache;
        // What a tagged state means: a match (its patterns' owners are noted) or the DFA
        // giving up (`false`); dead and start states go on.
        let mut note = |cache: &mut hybrid::dfa::Cache, n: LazyStateID| -> bool {
            if n.is_match() {
                for i in 0..self.dfa.match_len(cache, n) {
                    out.push(self.owner[self.dfa.match_pattern(cache, n, i).as_usize()]);
                }
            } else if n.is_quit() {
                return false;
            }
            true
        };
        let mut s = *sid;
        let mut i = 0;
        while i < bytes.len() {
            // the common case: transitions already computed between untagged states, four
            // bytes at a time (as regex-automata's own search loop)
            if !s.is_tagged() {
                while let Some(&[b0, b1, b2, b3]) = bytes.get(i..i + 4) {
                    let n0 = self.dfa.next_state_untagged(cache, s, b0);
                    if n0.is_tagged() {
                        break;
                    }
                    let n1 = self.dfa.next_state_untagged(cache, n0, b1);
                    if n1.is_tagged() {
                        (s, i) = (n0, i + 1);
                        break;
                    }
                    let n2 = self.dfa.next_state_untagged(cache, n1, b2);
                    if n2.is_tagged() {
                        (s, i) = (n1, i + 2);
                        break;
                    }
                    let n3 = self.dfa.next_state_untagged(cache, n2, b3);
                    if n3.is_tagged() {
                        (s, i) = (n2, i + 3);
                        break;
                    }
                    (s, i) = (n3, i + 4);
                }
                let Some(&b) = bytes.get(i) else { break };
                let n = self.dfa.next_state_untagged(cache, s, b);
                if !n.is_tagged() {
                    (s, i) = (n, i + 1);
                    continue;
                }
            }
            let Ok(n) = self.dfa.next_state(cache, s, bytes[i]) else { return false };
            (s, i) = (n, i + 1);
            if n.is_tagged() && !note(cache, n) {
                return false;
            }
        }
        *sid = s;
        if eoi {
            let Ok(n) = self.dfa.next_eoi_state(cache, s) else { return false };
            *sid = n;
            if n.is_tagged() && !note(cache, n) {
                return false;
            }
        }
        true
    }
}

/// The syntax every rule pattern is parsed with (what `regex` uses).
fn syntax_config() -> syntax::Config {
    syntax::Config::new().utf8(true).unicode(true)
}

fn nfa_config() -> thompson::Config {
    thompson::Config::new().which_captures(WhichCaptures::None).nfa_size_limit(Some(SET_SIZE_LIMIT))
}

/// Whether a pattern goes into the fast set: plain ASCII without Unicode classes.
fn is_plain_ascii(pattern: &str) -> bool {
    pattern.is_ascii() && !pattern.contains("\\p") && !pattern.contains("\\P")
}

/// A plain-ASCII pattern parsed for the fast set: what [`ascii_boundaries`] of it
/// parses to, built on the parsed pattern instead of its text (no flag groups to
/// parse), and with `.` matching one character byte-wise where that cannot change
/// what the set matches (see [`bytewise_dot`]).
fn fast_set_hir(pattern: &str) -> Result<Hir, String> {
    let hir = syntax::parse_with(pattern, &syntax_config()).map_err(|e| e.to_string())?;
    let hir = map_hir(hir, &|h| match h.kind() {
        HirKind::Look(Look::WordUnicode) => Hir::look(Look::WordAscii),
        HirKind::Look(Look::WordUnicodeNegate) => Hir::look(Look::WordAsciiNegate),
        _ => h,
    });
    let mid_char_false = hir.properties().look_set().iter().all(|l| matches!(l, Look::Start | Look::End | Look::StartLF | Look::EndLF | Look::StartCRLF | Look::EndCRLF | Look::WordAscii));
    Ok(if mid_char_false { map_hir(hir, &bytewise_dot) } else { hir })
}

/// `.` (any character but `\n`) as one byte that does not continue a character,
/// then any continuation bytes: `(?-u:[^\n\x80-\xBF][\x80-\xBF]*)`, about 3 NFA
/// states instead of a UTF-8 automaton of about 9 (V8 compiles the default policy's
/// `.{0,50}` gaps at start-up in its baseline tier).
///
/// The same matches on valid UTF-8 (every haystack is a `&str`), for a pattern whose
/// only assertions are false in the middle of a character (text and line anchors,
/// ASCII `\b`): the unit starts on a byte that begins a character; what follows a unit
/// either consumes a character, which must begin on such a byte, so the unit took its
/// whole character, or is the end of the pattern, possibly after assertions false in
/// the middle of a character, so the unit ends on a character boundary too.
fn bytewise_dot(h: Hir) -> Hir {
    let any_but_newline = [ClassUnicodeRange::new('\0', '\x09'), ClassUnicodeRange::new('\x0B', '\u{10FFFF}')];
    match h.kind() {
        HirKind::Class(Class::Unicode(c)) if c.ranges() == any_but_newline => {
            let lead = ClassBytes::new([ClassBytesRange::new(0, 0x09), ClassBytesRange::new(0x0B, 0x7F), ClassBytesRange::new(0xC0, 0xFF)]);
            let cont = ClassBytes::new([ClassBytesRange::new(0x80, 0xBF)]);
            let rest = Repetition { min: 0, max: None, greedy: true, sub: Box::new(Hir::class(Class::Bytes(cont))) };
            Hir::concat(vec![Hir::class(Class::Bytes(lead)), Hir::repetition(rest)])
        }
        _ => h,
    }
}

/// `h` rebuilt bottom-up with `f` applied to every node.
fn map_hir(h: Hir, f: &dyn Fn(Hir) -> Hir) -> Hir {
    let rebuilt = match h.into_kind() {
        HirKind::Repetition(r) => Hir::repetition(Repetition { sub: Box::new(map_hir(*r.sub, f)), ..r }),
        HirKind::Capture(c) => Hir::capture(Capture { sub: Box::new(map_hir(*c.sub, f)), ..c }),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(|s| map_hir(s, f)).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(|s| map_hir(s, f)).collect()),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(c) => Hir::class(c),
        HirKind::Look(l) => Hir::look(l),
    };
    f(rebuilt)
}

/// `pattern` with `\b` and `\B` turned into ASCII word boundaries, if it is plain
/// ASCII without Unicode classes; `None` otherwise.
pub fn ascii_boundaries(pattern: &str) -> Option<String> {
    if !is_plain_ascii(pattern) {
        return None;
    }
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            // `\b{start}` and friends are left alone
            Some('b') if chars.peek() != Some(&'{') => out.push_str("(?-u:\\b)"),
            Some('B') => out.push_str("(?-u:\\B)"),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    Some(out)
}

impl RuleSet {
    /// Compiles the non-deprecated rules that apply to `direction`.
    pub fn build(rules: &[Rule], direction: Direction) -> Result<RuleSet, String> {
        let (mut ascii, mut ascii_owner) = (Vec::new(), Vec::new());
        let (mut unicode, mut unicode_owner) = (Vec::new(), Vec::new());
        for (i, r) in rules.iter().enumerate() {
            if r.status == Lifecycle::Deprecated || !r.directions.contains(&direction) {
                continue;
            }
            for p in &r.patterns {
                if is_plain_ascii(p) {
                    ascii.push(fast_set_hir(p)?);
                    ascii_owner.push(i);
                } else {
                    unicode.push(p.clone());
                    unicode_owner.push(i);
                }
            }
        }
        let ascii = Matcher::build_from_hirs(&ascii, ascii_owner)?;
        let unicode = if unicode.is_empty() { None } else { Some(Matcher::build(&unicode, unicode_owner)?) };
        Ok(RuleSet { ascii, unicode })
    }

    fn matchers(&self) -> impl Iterator<Item = &Matcher> {
        std::iter::once(&self.ascii).chain(&self.unicode)
    }

    /// Starts a [`RuleStream`]; `None` when this set cannot be scanned piece by piece.
    pub fn stream(&self) -> Option<RuleStream> {
        let scans = self.matchers().map(Matcher::scan).collect::<Option<Vec<_>>>()?;
        Some(RuleStream { scans, failed: false })
    }

    /// Scans the next piece of the text (and then its end, if `eoi`), appending the
    /// indices of the rules whose matches it completes (not sorted, maybe repeated).
    /// `false` when the stream cannot go on (a DFA gave up); the caller then matches
    /// windows of the text with [`RuleSet::matches`] instead.
    pub fn feed(&self, stream: &mut RuleStream, piece: &str, eoi: bool, out: &mut Vec<usize>) -> bool {
        if !stream.failed {
            stream.failed = !self.matchers().zip(&mut stream.scans).all(|(m, scan)| m.step(scan, piece.as_bytes(), eoi, out));
        }
        !stream.failed
    }

    /// Indices (into the policy's rules) of the rules that match `normalized`, sorted
    /// and distinct.
    pub fn matches(&self, normalized: &str) -> Vec<usize> {
        let mut out = Vec::new();
        self.ascii.matches(normalized, &mut out);
        if let Some(u) = &self.unicode {
            u.matches(normalized, &mut out);
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matcher_agrees_with_regex_set_on_both_engines() {
        let pats = [r"(?-u:\b)kill(?-u:\b).{0,20}(?-u:\b)him(?-u:\b)", r"\bпривет\b", r"(?i)vote", r"\p{Han}{2}", r"^start", r"end$", r"\bend\b"];
        let m = Matcher::build(&pats.map(String::from), (10..10 + pats.len()).collect()).unwrap();
        let set = regex::RegexSet::new(pats).unwrap();
        // the Unicode `\b` patterns make the lazy DFA give up on non-ASCII text: the PikeVM answers
        for t in ["kill him", "привет мир", "東京 kill x him", "VOTE", "start end", "xstart", "", "приветы", "ékill him☕", "the end", "weekend"] {
            let mut got = vec![];
            m.matches(t, &mut got);
            let want: Vec<usize> = set.matches(t).into_iter().map(|p| p + 10).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    #[test]
    fn streams_and_searches_give_their_caches_back_with_the_states_they_built() {
        let m = Matcher::build(&[r"(?-u:\b)kill(?-u:\b).{0,20}(?-u:\b)him(?-u:\b)".to_string()], vec![0]).unwrap();
        let idle = |m: &Matcher| m.dfa_caches.lock().unwrap().iter().map(|c| c.memory_usage()).collect::<Vec<_>>();
        let fresh = m.dfa.create_cache().memory_usage();
        let mut scan = m.scan().unwrap();
        let mut out = vec![];
        assert!(m.step(&mut scan, b"they said kill him twice", true, &mut out));
        assert_eq!(out, [0]);
        assert!(idle(&m).is_empty(), "a stream holds its cache");
        drop(scan);
        let back = idle(&m);
        assert!(back.len() == 1 && back[0] > fresh, "the cache comes back with its states: {back:?} vs {fresh}");
        // a search takes it and gives it back: still one
        m.matches("kill him", &mut out);
        assert_eq!(idle(&m).len(), 1);
        // many streams at once: only MAX_IDLE_CACHES are kept afterwards
        let scans: Vec<Scan> = (0..MAX_IDLE_CACHES + 3).map(|_| m.scan().unwrap()).collect();
        assert!(idle(&m).is_empty());
        drop(scans);
        assert_eq!(idle(&m).len(), MAX_IDLE_CACHES);
    }

    #[test]
    fn fast_set_matches_what_the_patterns_with_ascii_boundaries_match_on_any_text() {
        let policy = crate::Policy::compile(crate::policy::DEFAULT_SOURCE).unwrap();
        // words of the patterns, and fillers of 1- to 4-byte characters, newlines and
        // `\b`-sensitive neighbours, so gaps such as `.{0,30}` are counted across them
        let words: Vec<&str> = policy.rules().iter().flat_map(|r| &r.patterns).flat_map(|p| p.split(|c: char| !c.is_ascii_lowercase())).filter(|w| w.len() > 1).collect();
        let fillers = ["é", "жж", "東京", "☕", "🙂🙂", "\n", " ", "x", "-", "é\u{301}", "a1", "  ", "ü"];
        let mut seed = 42u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for d in [Direction::Prompt, Direction::Output] {
            let active: Vec<(usize, &String)> = policy.rules().iter().enumerate().filter(|(_, r)| r.status != Lifecycle::Deprecated && r.directions.contains(&d)).flat_map(|(i, r)| r.patterns.iter().map(move |p| (i, p))).collect();
            let reference = regex::RegexSet::new(active.iter().map(|(_, p)| ascii_boundaries(p).unwrap())).unwrap();
            let set = RuleSet::build(policy.rules(), d).unwrap();
            let mut matched = 0;
            for _ in 0..3000 {
                let mut t = String::new();
                for _ in 0..2 + next(14) {
                    if next(3) == 0 {
                        t.push_str(words[next(words.len())]);
                    } else {
                        for _ in 0..1 + next(12) {
                            t.push_str(fillers[next(fillers.len())]);
                        }
                    }
                    t.push(' ');
                }
                let mut want: Vec<usize> = reference.matches(&t).into_iter().map(|k| active[k].0).collect();
                want.dedup();
                matched += usize::from(!want.is_empty());
                assert_eq!(set.matches(&t), want, "{t:?} {d:?}");
                // and stepped over pieces of it (a stream), when the DFA does not give up
                let mut stream = set.stream().expect("the default policy's sets stream");
                let (mut found, mut at, mut going) = (Vec::new(), 0, true);
                while going && at < t.len() {
                    let mut to = (at + 1 + next(40)).min(t.len());
                    while !t.is_char_boundary(to) {
                        to += 1;
                    }
                    going = set.feed(&mut stream, &t[at..to], to == t.len(), &mut found);
                    at = to;
                }
                if going {
                    found.sort_unstable();
                    found.dedup();
                    assert_eq!(found, want, "streamed {t:?} {d:?}");
                }
            }
            assert!(matched > 100, "only {matched} texts matched a rule: the test says little");
        }
    }

    #[test]
    fn bytewise_dot_only_where_nothing_holds_inside_a_character() {
        let fast = |p: &str| Matcher::build_from_hirs(&[fast_set_hir(p).unwrap()], vec![0]).unwrap();
        let text = |p: &str| Matcher::build(&[ascii_boundaries(p).unwrap()], vec![0]).unwrap();
        let states = |m: &Matcher| m.pikevm.get_nfa().states().len();
        let gap = r"\bkill\b.{0,20}\bhim\b";
        assert!(states(&fast(gap)) * 2 < states(&text(gap)), "`.` is matched byte-wise next to ASCII \\b");
        // `\B` and half boundaries hold between two bytes of one character: a byte-wise
        // `.` could stop there (`kill` + the first byte of `é`, then `\B`)
        for p in [r"kill.{0,3}\B", r"kill.\b{end-half}"] {
            assert_eq!(states(&fast(p)), states(&text(p)), "{p}: `.` stays a character");
            for t in ["killéa", "kill☕x", "killé"] {
                let (mut a, mut b) = (vec![], vec![]);
                fast(p).matches(t, &mut a);
                text(p).matches(t, &mut b);
                assert_eq!(a, b, "{p} on {t:?}");
            }
        }
    }

    #[test]
    fn check_pattern_reports_what_a_full_regex_would() {
        for p in [r"\bkill\b", r"(?i)caf\u{e9}", r"\p{L}{2,}", r"a{0,1000}"] {
            assert_eq!(check_pattern(p).is_ok(), regex::RegexBuilder::new(p).size_limit(PATTERN_SIZE_LIMIT).build().is_ok(), "{p}");
        }
        assert!(check_pattern(r"\bkill(").unwrap_err().contains("unclosed group"));
        let e = check_pattern(r"[z-a]").unwrap_err();
        assert!(e.contains("invalid character class range"), "{e}");
        let big = r"\w{1000}\w{1000}";
        assert!(regex::RegexBuilder::new(big).size_limit(PATTERN_SIZE_LIMIT).build().is_err());
        assert!(check_pattern(big).unwrap_err().contains("exceeded limit"), "{:?}", check_pattern(big));
    }

    #[test]
    fn ascii_boundaries_rewrites_only_word_boundaries() {
        assert_eq!(ascii_boundaries(r"\bkill\b").unwrap(), r"(?-u:\b)kill(?-u:\b)");
        assert_eq!(ascii_boundaries(r"a\Bb").unwrap(), r"a(?-u:\B)b");
        assert!(regex::RegexSetBuilder::new([ascii_boundaries(r"\Ba\B|\bb\b").unwrap()]).build().is_ok(), "ASCII boundaries compile in a str set");
        assert_eq!(ascii_boundaries(r"\\b\.\d").unwrap(), r"\\b\.\d", "escaped backslash, other escapes");
        assert_eq!(ascii_boundaries(r"\b{start}x").unwrap(), r"\b{start}x");
        assert_eq!(ascii_boundaries(r"x\"), Some(r"x\".into()));
        assert_eq!(ascii_boundaries(r"\bпривет\b"), None);
        assert_eq!(ascii_boundaries(r"\p{L}+\b"), None);
    }

    #[test]
    fn ascii_boundaries_match_unicode_next_to_ascii_letters_and_more() {
        let u = regex::Regex::new(r"\b(kill|stab)\b.{0,20}\bhim\b").unwrap();
        let a = regex::Regex::new(&ascii_boundaries(u.as_str()).unwrap()).unwrap();
        for t in ["kill him", "i will kill, him", "skill him", "killer him", "kill himself", "☕kill him☕", "東京 stab 東京 him"] {
            assert!(!u.is_match(t) || a.is_match(t), "ASCII boundaries must match whatever Unicode ones do: {t:?}");
        }
        assert!(a.is_match("ékill him") && !u.is_match("ékill him"));
    }
}
