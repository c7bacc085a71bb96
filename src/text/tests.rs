//! Table-driven tests of the text path: `t! { name: input => expected; }` checks the
//! normalized text, that normalizing it again changes nothing, and that every byte
//! maps back inside the original on character boundaries.

use super::*;

/// Checks one case (see the module docs).
fn check(input: &str, expected: &str) {
    let n = normalize(input);
    assert_eq!(n.as_str(), expected, "normalize({input:?})");
    assert_eq!(normalize(n.as_str()).as_str(), expected, "not idempotent on {input:?}");
    check_offsets(input, &n);
}

/// Every single-byte and whole-text range maps to a valid slice of the original.
fn check_offsets(input: &str, n: &Normalized) {
    assert_eq!(n.spans.len(), n.len());
    for i in 0..=n.len() {
        for r in [i..i, i..(i + 1).min(n.len()), 0..i, i..n.len()] {
            let o = n.original_range(r.clone());
            assert!(o.start <= o.end && o.end <= input.len(), "{r:?} -> {o:?} in {input:?}");
            assert!(
                input.is_char_boundary(o.start) && input.is_char_boundary(o.end),
                "{r:?} -> {o:?}"
            );
        }
    }
    // `first_from` (byte by byte) is the first character from `from` that begins at or
    // after `lo` (character by character)
    let text = n.as_str();
    for from in (0..=n.len()).filter(|&i| text.is_char_boundary(i)) {
        for lo in 0..=input.len() + 1 {
            let mut want = from;
            while want < n.len() && n.original_range(want..want + 1).start < lo {
                want += text[want..].chars().next().map_or(1, char::len_utf8);
            }
            assert_eq!(n.first_from(from, lo), want, "from {from}, lo {lo} in {input:?}");
        }
    }
}

macro_rules! t {
    ($($name:ident: $input:expr => $expected:expr;)*) => {
        $(
            #[test]
            fn $name() {
                super::check($input, $expected);
            }
        )*
        /// The inputs of this table, for the whole-table tests.
        pub(super) const CASES: &[(&str, &str)] = &[$(($input, $expected)),*];
    };
}

mod compatibility {
    t! {
        fullwidth_forms: "ＫＩＬＬ ｍｅ ＮＯＷ！" => "kill me now!";
        ligatures: "ﬁnd the ﬂag" => "find the flag";
        superscripts_and_subscripts: "x² and H₂O" => "x2 and h2o";
        math_bold: "𝐤𝐢𝐥𝐥 𝐭𝐡𝐞𝐦" => "kill them";
        math_script: "𝓀𝒾𝓁𝓁" => "kill";
        circled_letters: "ⓚⓘⓛⓛ" => "kill";
        negative_squared_letters: "🅺🅸🅻🅻" => "kill";
        small_capitals: "ᴋɪʟʟ" => "kill";
        letters_with_stroke: "kiłł ħim" => "kill him";
        roman_numeral: "Ⅻ" => "xii";
        fraction: "½ cup" => "1⁄2 cup";
    }
}

mod marks {
    t! {
        precomposed_accents: "Café déjà vu" => "cafe deja vu";
        decomposed_accents: "cafe\u{301} de\u{301}ja\u{300}" => "cafe deja";
        zalgo: "k̸̢̛̝i̵͎͐l̶̰̾l̴̡̈ ̷m̵e̷" => "kill me";
        keycap_digit: "call 9\u{FE0F}\u{20E3}1\u{FE0F}\u{20E3}1\u{FE0F}\u{20E3}" => "call 911";
        arabic_harakat: "مَرْحَبًا" => "مرحبا";
        cyrillic_short_i_is_kept: "Мой край, ЙОД" => "мой край, йод";
        cyrillic_yo_folds_to_ye: "Ёлка" => "елка";
        devanagari_signs_are_kept: "नमस्ते दुनिया" => "नमस्ते दुनिया";
        kana_voicing_is_recomposed: "ガギグ ｶﾞ" => "ガギグ ガ";
        hangul_is_kept: "안녕하세요" => "안녕하세요";
        mark_at_start_is_dropped: "\u{301}abc" => "abc";
    }
}

mod case {
    t! {
        lowercase: "HeLLo WoRLD" => "hello world";
        sharp_s_folds_to_ss: "Straße STRASSE ẞ" => "strasse strasse ss";
        final_sigma: "ΟΔΥΣΣΕΥΣ" => "οδυσσευσ";
        turkish_dotted_capital_i: "İstanbul" => "istanbul";
        turkish_dotless_i: "ılık kıll" => "ilik kill";
    }
}

mod invisibles {
    t! {
        zero_width_space_joiners: "k\u{200B}i\u{200C}l\u{200D}l" => "kill";
        soft_hyphen: "ki\u{AD}ll" => "kill";
        bidi_override: "\u{202E}kill\u{202C} me" => "kill me";
        bidi_isolates_and_marks: "\u{2066}k\u{2069}i\u{200E}l\u{200F}l\u{61C}" => "kill";
        word_joiner_and_invisible_operators: "ki\u{2060}l\u{2062}l" => "kill";
        tag_characters: "kill\u{E0041}\u{E0042}\u{E007F} me" => "kill me";
        variation_selectors: "k\u{FE0F}i\u{FE00}l\u{E0100}l" => "kill";
        byte_order_mark: "\u{FEFF}hello" => "hello";
        hangul_fillers: "k\u{3164}i\u{115F}l\u{FFA0}l" => "kill";
        mongolian_vowel_separator: "ki\u{180E}ll" => "kill";
        only_invisible: "\u{200B}\u{FEFF}\u{2060}" => "";
        invisible_between_spaces: "a \u{200B} b" => "a b";
        emoji_zwj_sequence: "👨\u{200D}👩\u{200D}👧 ok" => "👨👩👧 ok";
    }
}

mod whitespace {
    t! {
        empty: "" => "";
        blank: " \t\r\n " => "";
        runs_collapse_and_ends_trim: "  lots   of\u{A0}\u{2003}space  " => "lots of space";
        line_breaks: "one\ttwo\r\n\nthree" => "one two three";
        unicode_line_separators: "\u{85}next\u{2028}line\u{2029}end" => "next line end";
        c0_controls_become_space: "kill\u{0}me\u{7}now\u{1B}" => "kill me now";
        c1_controls_become_space: "ab\u{80}cd\u{9F}" => "ab cd";
        delete_becomes_space: "ab\u{7F}cd" => "ab cd";
    }
}

mod confusable {
    t! {
        cyrillic_mixed_with_latin: "раураl" => "paypal";
        cyrillic_k_in_latin_word: "кill them" => "kill them";
        cyrillic_capitals: "КILL ТНЕ МАN" => "kill the man";
        all_strong_word_in_english: "please сору this" => "please copy this";
        all_strong_word_alone: "сор" => "cop";
        cyrillic_coke: "buy \u{441}\u{43E}\u{441}\u{430}\u{456}ne" => "buy cocaine";
        greek_capitals_mixed: "ΡΑΥΡΑL" => "paypal";
        greek_small_in_latin_word: "kιll" => "kill";
        armenian_o: "gօօgle" => "google";
        genuine_russian_stays: "Привет, как дела? Я пью сок." => "привет, как дела? я пью сок.";
        all_strong_word_next_to_russian_stays: "Это сор" => "это сор";
        run_of_all_strong_words_next_to_russian_stays: "сор сор дом" => "сор сор дом";
        genuine_greek_stays: "Καλημέρα κόσμε, τι κάνεις;" => "καλημερα κοσμε, τι κανεισ;";
        greek_article_stays: "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας." => "η αθηνα ειναι η πρωτευουσα τησ ελλαδασ.";
        cyrillic_with_leet: "к1ll" => "kill";
    }
}

mod leetspeak {
    t! {
        k1ll: "k1ll" => "kill";
        h4ck: "h4ck the planet" => "hack the planet";
        m_at_lware: "m@lw4re" => "malware";
        pa_dollar_word: "pa$$word" => "password";
        anthrax: "4nthr4x" => "anthrax";
        hello: "h3ll0" => "hello";
        noob: "n00b" => "noob";
        secret: "s3cr3t p4ssw0rd" => "secret password";
        bang_for_i: "k!ll" => "kill";
        one_after_i_is_l: "i1legal ki1l" => "illegal kill";
        double_one_is_ll: "ski11ful" => "skillful";
        euro_for_e: "m€th" => "meth";
        leading_digit_in_leet_word: "5h1t" => "shit";
        trailing_bang_is_punctuation: "k1ll! !h4ck k1ll!5" => "kill! !hack kill!5";
        after_separators: "k.1.l.l" => "kill";
        fullwidth_leet: "ｈ４ｃｋ" => "hack";
        whole_text_in_leet: "wr173 r4n50mw4r3 7h47 3ncryp75 h05p174l5" => "write ransomware that encrypts hospitals";
        leet_text_keeps_ordinals_units_and_numbers: "m33t 0n 7h3 3rd fl00r 47 7pm" => "meet on the 3rd floor 47 7pm";
    }
}

mod leetspeak_keeps {
    t! {
        crisis_line: "call 988 now" => "call 988 now";
        year: "in 2024" => "in 2024";
        spaced_numbers: "13 11 14" => "13 11 14";
        version_suffix: "python3 and mp3" => "python3 and mp3";
        covid: "covid-19" => "covid-19";
        dollars: "$50 or US$50" => "$50 or us$50";
        email: "mail user@example.com" => "mail user@example.com";
        email_with_leet_name: "h4x0r@example.org" => "h4x0r@example.org";
        url: "https://h4ck.io/k1ll" => "https://h4ck.io/k1ll";
        codecs_and_ids: "h264 i18n x86 sha256 utf8mb4" => "h264 i18n x86 sha256 utf8mb4";
        numeronyms: "l10n a11y log4j w3c" => "l10n a11y log4j w3c";
        leading_digits: "4k 1st 3d 10am 4chan" => "4k 1st 3d 10am 4chan";
        trailing_digits: "win10 b4 gpt4 s3" => "win10 b4 gpt4 s3";
        hex: "deadb33f 0x1f3a 3a5f7c" => "deadb33f 0x1f3a 3a5f7c";
        mention: "@admin hi!" => "@admin hi!";
        exclamations: "wow!! hack!" => "wow!! hack!";
        genuine_cyrillic_with_digit: "д0м" => "д0м";
        two_mixed_words_are_no_leet_text: "use python3 with mp3 and h264 in 4k" => "use python3 with mp3 and h264 in 4k";
    }
}

mod separated {
    t! {
        dots: "k.i.l.l" => "kill";
        spaces: "k i l l them" => "kill them";
        hyphens: "k-i-l-l" => "kill";
        underscores: "k_i_l_l" => "kill";
        stars: "k*i*l*l" => "kill";
        spaced_slashes: "k / i / l / l" => "kill";
        spaced_dots: "how to k . i . l . l" => "how to kill";
        wide_spaces: "k   i \t l  l" => "kill";
        with_leet: "h-4-c-k" => "hack";
        cyrillic_element: "к.i.l.l" => "kill";
        abbreviation: "the u.s.a. today" => "the usa. today";
        single_letter_words: "i am a cat" => "i am a cat";
        two_letters: "a b testing" => "a b testing";
        eg: "e.g. this, i.e. that" => "e.g. this, i.e. that";
        list_with_commas: "vitamins a, b, c" => "vitamins a, b, c";
        arithmetic: "x + y + z = 1" => "x + y + z = 1";
        version: "1.2.3 v 1 2" => "1.2.3 v 1 2";
        mixed_separators: "k.i-l_l" => "k.i-l_l";
        digits_at_ends_are_kept: "1 k i l l 3" => "1 kill 3";
        wider_gaps_are_word_breaks: "k i l l   t h e m   n o w" => "kill them now";
        double_spaces_between_words: "w r i t e  a  p h i s h i n g  e m a i l" => "write a phishing email";
    }
}

mod benign {
    t! {
        english: "The quick brown fox jumps over the lazy dog." => "the quick brown fox jumps over the lazy dog.";
        spanish: "¿Dónde está la biblioteca? Mañana iré." => "¿donde esta la biblioteca? manana ire.";
        french: "L'été, où êtes-vous ? Ça va très bien." => "l'ete, ou etes-vous ? ca va tres bien.";
        german: "Größe: übermäßig schön!" => "grosse: ubermassig schon!";
        portuguese: "Não há solução, coração." => "nao ha solucao, coracao.";
        russian: "Москва — столица России." => "москва — столица россии.";
        russian_sentence: "Я не знаю, что делать с этим кодом." => "я не знаю, что делать с этим кодом.";
        greek: "Ο ήλιος λάμπει σήμερα." => "ο ηλιοσ λαμπει σημερα.";
        chinese: "你好，世界" => "你好,世界";
        numbers_and_punctuation: "Call 988 or 911 (24/7), ext. 13 11 14." => "call 988 or 911 (24/7), ext. 13 11 14.";
        code: "fn main() { let x = a[i] + 1; }" => "fn main() { let x = a[i] + 1; }";
        emoji: "good job 👍🏽!" => "good job 👍🏽!";
    }
}

/// All table cases.
fn all_cases() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    [
        compatibility::CASES,
        marks::CASES,
        case::CASES,
        invisibles::CASES,
        whitespace::CASES,
        confusable::CASES,
        leetspeak::CASES,
        leetspeak_keeps::CASES,
        separated::CASES,
        benign::CASES,
    ]
    .into_iter()
    .flatten()
}

/// The slice of `original` behind the first occurrence of `needle` in its normalized
/// form.
fn origin_of<'a>(original: &'a str, needle: &str) -> &'a str {
    let n = normalize(original);
    let at = n
        .as_str()
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {:?}", n.as_str()));
    &original[n.original_range(at..at + needle.len())]
}

macro_rules! o {
    ($($name:ident: $input:expr, $needle:expr => $expected:expr;)*) => {
        $(
            #[test]
            fn $name() {
                assert_eq!(origin_of($input, $needle), $expected);
            }
        )*
    };
}

o! {
    offsets_of_obfuscated_word: "ｋ\u{200B}i\u{0301}ll me", "kill" => "ｋ\u{200B}i\u{0301}ll";
    offsets_of_following_word: "ｋ\u{200B}i\u{0301}ll me", "me" => "me";
    offsets_include_stripped_marks: "ｋ\u{200B}i\u{0301}ll me", "i" => "i\u{0301}";
    offsets_of_zalgo_letter: "ox k̸̢̛̝ yo", "k" => "k̸̢̛̝";
    offsets_of_separated_word: "go k.i.l.l now", "kill" => "k.i.l.l";
    offsets_of_leet_word: "a pa$$word!", "password" => "pa$$word";
    offsets_of_confusable: "the раураl site", "paypal" => "раураl";
    offsets_of_ligature_part: "ﬁne", "f" => "ﬁ";
    offsets_of_folded_sharp_s: "Straße", "ss" => "ß";
    offsets_of_space_cover_the_run: "a \t\u{200B} b", " " => " \t\u{200B} ";
    offsets_of_multibyte_result: "ПРИВЕТ мир", "привет" => "ПРИВЕТ";
    offsets_of_fullwidth: "ＡＢＣ", "b" => "Ｂ";
}

#[test]
fn offsets_of_empty_and_out_of_range_ranges_are_clamped() {
    let original = "ａｂ\u{200B}c";
    let n = normalize(original);
    assert_eq!(n.as_str(), "abc");
    assert_eq!(n.original_range(0..0), 0..0);
    assert_eq!(n.original_range(1..1), 3..3);
    assert_eq!(n.original_range(3..3), original.len()..original.len());
    assert_eq!(n.original_range(2..100), 9..original.len());
    assert_eq!(n.original_range(100..200), original.len()..original.len());
    #[allow(clippy::reversed_empty_ranges)]
    let backwards = n.original_range(2..1);
    assert_eq!(backwards, 9..9);
    assert_eq!(normalize("").original_range(0..5), 0..0);
    assert_eq!(normalize("   ").original_range(0..1), 0..0);
}

#[test]
fn offsets_of_whole_text_cover_trimmed_input() {
    let original = "  Hello,\u{200B} World  ";
    let n = normalize(original);
    assert_eq!(&original[n.original_range(0..n.len())], "Hello,\u{200B} World");
}

#[test]
fn normalized_accessors() {
    let n = normalize(" ÄB ");
    assert_eq!((n.len(), n.is_empty(), n.as_ref()), (2, false, "ab"));
    assert_eq!(n.into_string(), "ab");
    assert!(normalize("\u{200B}").is_empty());
}

#[test]
fn table_outputs_are_fixed_points_and_tokenize() {
    for &(input, expected) in all_cases() {
        assert_eq!(
            normalize(expected).as_str(),
            expected,
            "table output of {input:?} is not normalized"
        );
        // the featurizer's tokens never hold a space
        for (s, e) in crate::features::tokens(expected) {
            assert!(!expected[s..e].contains(' '));
        }
    }
}

#[test]
fn ascii_text_keeps_its_length_unless_folded() {
    let text = "Plain ASCII text, with punctuation (and numbers 1234) stays as it is.";
    assert_eq!(normalize(text).as_str(), text.to_ascii_lowercase());
}

/// A small deterministic generator (xorshift), so the property tests need no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Characters that exercise every pass.
#[rustfmt::skip]
const TRICKY: &[char] = &[
    'a', 'b', 'c', 'e', 'i', 'k', 'l', 'o', 'p', 's', 't', 'x', 'A', 'K', 'L', '0', '1', '3', '4', '5', '7', '2', '8',
    ' ', ' ', ' ', '.', '-', '_', '*', '/', '!', '@', '$', '€', ',', ':', '\t', '\n', '\u{0}', '\u{7F}', '\u{85}',
    '\u{A0}', '\u{AD}', '\u{200B}', '\u{200D}', '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{FE0F}', '\u{E0041}',
    '\u{3164}', '\u{301}', '\u{306}', '\u{308}', '\u{20E3}', '\u{3099}', '\u{94D}', 'é', 'ß', 'ẞ', 'İ', 'ı', 'ł', 'ﬁ',
    'ﬀ', '½', '²', 'Ｋ', 'ｋ', '１', '𝐤', 'ⓚ', '🅺', 'ᴋ', 'а', 'А', 'е', 'о', 'р', 'с', 'у', 'к', 'К', 'и', 'И', 'й', 'Й',
    'ё', 'д', 'Н', 'н', 'П', 'п', 'Υ', 'υ', 'Ν', 'ν', 'ο', 'Ο', 'ς', 'Σ', 'Η', 'η', 'օ', 'ガ', 'ｶ', 'ﾞ', '가', 'ᄀ', 'ᅡ',
    'क', 'ि', '你', '👍', '🏽', 'ǅ', 'ŉ', 'ΐ', 'ﷺ', '㍱', '\u{1E9E}', '\u{130}', '\u{345}', '\u{10FFFF}',
];

fn random_text(rng: &mut Rng) -> String {
    let len = rng.below(24);
    (0..len)
        .map(|_| {
            if rng.below(8) == 0 {
                // any scalar value
                loop {
                    if let Some(c) = char::from_u32(rng.below(0x11_0000) as u32) {
                        break c;
                    }
                }
            } else {
                TRICKY[rng.below(TRICKY.len())]
            }
        })
        .collect()
}

/// Word-sized pieces that trigger the word-level passes.
#[rustfmt::skip]
const FRAGMENTS: &[&str] = &[
    "k1ll", "h4ck", "pa$$", "4nthr4x", "ki11", "i1l", "python3", "x86", "l10n", "3a5f7c", "0x1f", "$50", "988",
    "user@example.com", "https://h4ck.io", "www.", "сор", "сору", "дом", "Привет", "как", "ТНЕ", "КILL", "кill",
    "ΗΑ", "Η", "η", "και", "Ελλάδας", "օ", "k.i.l.l", "k i l l", "u.s.a.", "a b", "i", "a", "1", "!", "@", "$", ".",
    " - ", " / ", "_", "*", " ", " ", " ", "\u{200B}", "\u{301}", "ﾞ", "ｶ", "й", "Й", "ß", "İ", "ﬁ", "２",
    "%4", "%6B", "\\u00", "\\u{1F6", "\\x6", "&#x6", "&#10", ";", "aGVsbG8gd29ybGQ=",
];

fn random_fragments(rng: &mut Rng) -> String {
    let len = rng.below(10);
    let mut s = String::new();
    for _ in 0..len {
        if rng.below(4) == 0 {
            s.push(TRICKY[rng.below(TRICKY.len())]);
        } else {
            s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
        }
    }
    s
}

fn check_property(input: &str) {
    let n = normalize(input);
    let again = normalize(n.as_str());
    assert_eq!(again.as_str(), n.as_str(), "not idempotent on {input:?}");
    check_offsets(input, &n);
    // spans are ordered like the text
    assert!(
        n.spans.windows(2).all(|w| w[0].0 <= w[1].0),
        "unordered spans for {input:?}"
    );
    assert!(!n.as_str().starts_with(' ') && !n.as_str().ends_with(' ') && !n.as_str().contains("  "));
    // decoding never panics and stays bounded
    let total: usize = decode::decoded_views(input).iter().map(|(_, v)| v.len()).sum();
    assert!(total <= decode::MAX_EXPANSION * input.len() + 64, "{input:?}");
}

fn run_properties(seed: u64, cases: usize) {
    let mut rng = Rng(seed);
    for _ in 0..cases {
        check_property(&random_text(&mut rng));
        check_property(&random_fragments(&mut rng));
    }
}

#[test]
fn property_idempotent_and_offsets_valid_on_random_text() {
    run_properties(0x9E37_79B9_7F4A_7C15, 10_000);
}

/// The same properties on many more cases: `cargo test --lib text -- --ignored`.
#[test]
#[ignore]
fn property_idempotent_and_offsets_valid_on_random_text_long() {
    for seed in 1..=20u64 {
        run_properties(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15), 50_000);
    }
}

#[test]
fn property_every_single_char_is_handled() {
    // every scalar value alone, and between letters: no panic, idempotent
    let mut buf = String::new();
    for cp in (0..0x11_0000u32).step_by(7) {
        let Some(c) = char::from_u32(cp) else { continue };
        buf.clear();
        buf.push('k');
        buf.push(c);
        buf.push('l');
        let n = normalize(&buf);
        assert_eq!(normalize(n.as_str()).as_str(), n.as_str(), "not idempotent on {buf:?}");
        let o = n.original_range(0..n.len());
        assert!(buf.is_char_boundary(o.start) && buf.is_char_boundary(o.end));
    }
}

#[test]
fn long_runs_of_single_elements_are_linear() {
    // all single elements but no letters: no run collapses, each is tried once
    let digits = "1.".repeat(100_000);
    assert_eq!(normalize(&digits).as_str(), digits);
    // one run of 100 000 letters
    let letters = "a b ".repeat(50_000);
    assert_eq!(normalize(&letters).as_str(), "ab".repeat(50_000));
}

/// The fast path against the full passes on `input`: one pass gives the same text, map
/// and rewrite flag (where the fast path applies), and the whole normalization the same
/// result. Returns whether the fast path applied.
fn check_fast_path(input: &str) -> bool {
    let mut applied = false;
    // marks at every character, and past the end
    let marks: Vec<usize> = (0..=input.len() + 1).filter(|&i| i > input.len() || input.is_char_boundary(i)).collect();
    for map in [Map::Text, Map::Spans, Map::Marks(&marks)] {
        if let Some(fast) = fast::normalize_once(input, map) {
            assert_eq!(fast, full_pass(input, map), "one pass over {input:?} ({map:?})");
            applied = true;
        }
        if !matches!(map, Map::Marks(_)) {
            let reference = normalize_passes(input, map, full_pass);
            assert_eq!(normalize_with(input, map), reference, "{input:?} ({map:?})");
        }
    }
    // the text cut at the marks: where `first_from` cuts the mapped normalization
    let n = normalize(input);
    let mut at = 0;
    let want: Vec<usize> = marks
        .iter()
        .map(|&lo| {
            at = n.first_from(at, lo);
            at
        })
        .collect();
    assert_eq!(normalize_marked(input, &marks), (n.as_str().to_string(), want), "{input:?} cut at every character");
    applied
}

/// The benchmark corpus (`benches/data/corpus.txt`), one line a text.
fn corpus_lines() -> Vec<&'static str> {
    include_str!("../../benches/data/corpus.txt").lines().filter(|l| !l.trim().is_empty()).collect()
}

#[test]
fn fast_path_equals_full_passes_on_the_corpus() {
    let lines = corpus_lines();
    let whole = lines.join(" ");
    assert!(check_fast_path(&whole), "the fast path applies to the corpus");
    assert!(check_fast_path(&lines.join("\n")));
    for line in &lines {
        check_fast_path(line);
    }
}

/// Whitespace between pieces of the random texts: ASCII blanks and controls, and blanks
/// that are not ASCII (which stay inside a chunk).
const GAPS: &[&str] = &[" ", " ", " ", " ", "  ", "   ", "\n", "\t", " \n ", "\u{0}", "\u{7F}", "\u{A0}", " \u{200B} ", "\u{2003}"];

/// Random mixes of corpus lines and word pieces that trigger the passes.
#[test]
fn fast_path_equals_full_passes_on_corpus_mixes() {
    let lines = corpus_lines();
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut applied = 0;
    let cases = 2_000;
    for _ in 0..cases {
        let mut s = String::new();
        for _ in 0..1 + rng.below(5) {
            let line = lines[rng.below(lines.len())];
            // a random part of the line, cut at a word
            let words: Vec<&str> = line.split(' ').collect();
            let from = rng.below(words.len());
            let to = from + 1 + rng.below(words.len() - from);
            s.push_str(&words[from..to].join(GAPS[rng.below(GAPS.len())]));
            s.push_str(GAPS[rng.below(GAPS.len())]);
            if rng.below(3) == 0 {
                s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
                s.push_str(GAPS[rng.below(GAPS.len())]);
            }
        }
        applied += check_fast_path(&s) as usize;
    }
    assert!(applied > cases / 2, "the fast path applied to {applied} of {cases} mixes");
}

/// Characters of the random texts: mostly ASCII letters, then digits, leet symbols,
/// separators, blanks and controls, and a few letters that are not ASCII (accented,
/// Cyrillic and Greek look-alikes, `ß`, full-width, a zero-width space).
#[rustfmt::skip]
const ALPHABET: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u', 'w', 'x', 'y',
    'a', 'e', 'i', 'k', 'l', 'o', 's', 't', 'A', 'E', 'I', 'K', 'L', 'W',
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '1', '3', '4', '5', '7',
    '@', '$', '!', '|', '+', '€', '.', '-', '_', '/', '*', '\'', '"', '\\', '~', '^', '`', ',', ':', ';', '?', '(', ')',
    ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '\t', '\n', '\r', '\u{0}', '\u{1B}', '\u{7F}', '\u{85}', '\u{A0}',
    'é', 'É', 'а', 'о', 'с', 'р', 'к', 'д', 'ο', 'ν', 'ς', 'ß', '\u{200B}', '\u{301}', 'Ｋ', 'ｌ', '１', '·', '—',
];

fn random_ascii_heavy(rng: &mut Rng) -> String {
    let len = rng.below(48);
    (0..len).map(|_| ALPHABET[rng.below(ALPHABET.len())]).collect()
}

/// Random words and gaps: short words of the alphabet and fragments, so that plain
/// chunks and the others alternate.
fn random_words(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(12) {
        match rng.below(4) {
            0 => s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]),
            1 => s.push_str(["the", "Hello", "kill", "a", "I", "e.g.", "don't", "x", "u.s.a.", "ok!", "3", "-"][rng.below(12)]),
            _ => {
                for _ in 0..1 + rng.below(4) {
                    s.push(ALPHABET[rng.below(ALPHABET.len())]);
                }
            }
        }
        s.push_str(GAPS[rng.below(GAPS.len())]);
    }
    s
}

#[test]
fn fast_path_equals_full_passes_on_random_text() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut applied = 0;
    let cases = 20_000;
    for _ in 0..cases {
        applied += check_fast_path(&random_ascii_heavy(&mut rng)) as usize;
        applied += check_fast_path(&random_words(&mut rng)) as usize;
        check_fast_path(&random_text(&mut rng));
        check_fast_path(&random_fragments(&mut rng));
    }
    assert!(applied > cases / 2, "the fast path applied to {applied} of {} texts", 2 * cases);
}

#[test]
fn fast_path_equals_full_passes_on_the_tables() {
    for &(input, expected) in all_cases() {
        check_fast_path(input);
        check_fast_path(expected);
        // each case inside plain text, and two cases side by side
        check_fast_path(&format!("Plain words before {input} and after it"));
        check_fast_path(&format!("{input} {expected} {input}"));
    }
}

