//! Text primitives every stage shares: what a word character is, whole-word tests and char
//! boundaries. Nothing here knows about articles or rules.

use std::ops::Range;

/// Whether a word ends in a possessive "'s" or "’s" ("Biden's", "the ministry’s").
pub fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// A word without its possessive "'s" or "’s" ("report" of "report's").
pub fn without_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// A character that belongs to a word: letters and digits in any script, and combining marks
/// (Unicode general category M), so that in decomposed (NFD) text the `\u{306}` of
/// `Erdog\u{306}an` keeps `Erdog` from standing as a word of its own.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if is_general_punctuation(c) {
        // Curly quotes, dashes, ellipses: the non-ASCII characters news text has most.
        false
    } else {
        c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
    }
}

/// The General Punctuation block (U+2000–U+206F: spaces, dashes, curly quotes, ellipsis,
/// invisible marks), which holds no letter, digit or combining mark: telling that needs no
/// table lookup.
#[inline]
pub fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// Whether printing `c` raw on a terminal could do something other than show a glyph: C0
/// controls (ESC starts escape sequences), DEL, C1 controls (`\u{9b}` is a one-byte CSI), and
/// the bidirectional overrides and isolates that reorder what is shown (U+202A–U+202E,
/// U+2066–U+2069) and the invisible direction marks (U+200E, U+200F, U+061C).
#[inline]
fn is_unsafe_for_terminal(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Text made safe to print on a terminal: every control character (except line feed and tab)
/// and every bidirectional control is shown as a visible escape such as `\u{1b}`, so article
/// text, file names and rule files cannot clear the screen, set the window title, plant
/// hyperlinks or reorder a line. The one function every writer meant for a terminal uses (tables,
/// `explain` text, the terminal reporter, rule diagnostics); CSV and JSONL keep the raw text.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    escape_for_terminal(s, true)
}

/// Like [`printable`], for a single line (a table cell): line feeds and tabs are escaped too.
pub fn printable_line(s: &str) -> std::borrow::Cow<'_, str> {
    escape_for_terminal(s, false)
}

fn escape_for_terminal(s: &str, keep_lines: bool) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| is_unsafe_for_terminal(c) && !(keep_lines && (c == '\n' || c == '\t'));
    if !s.chars().any(bad) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// The character just before byte `i`, if any.
#[inline]
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The character starting at byte `i`, if any.
#[inline]
pub fn char_after(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// The candidate closest to `word` when it is close enough to be a likely typo (Jaro-Winkler
/// similarity of at least 0.8, ties to the first), for "did you mean …?" hints.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(&str, f64)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(word, c);
        if score >= 0.8 && best.is_none_or(|(_, b)| score > b) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

/// ` (did you mean `x`?)` when a candidate is close to `word`, else nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, candidates).map_or_else(String::new, |c| format!(" (did you mean `{c}`?)"))
}

/// Whether `text[span]` stands as whole words: no word character touches it on either side.
#[inline]
pub fn is_whole_word(text: &str, span: &Range<usize>) -> bool {
    !char_before(text, span.start).is_some_and(is_word_char)
        && !char_after(text, span.end).is_some_and(is_word_char)
}

/// Whether `hay` contains `needle` as whole words (case-sensitive).
pub fn contains_whole_word(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && memchr::memmem::find_iter(hay.as_bytes(), needle.as_bytes())
            .any(|i| is_whole_word(hay, &(i..i + needle.len())))
}

/// Whether the byte at `i` stands between two ASCII digits: a thousands comma or a decimal
/// point ("1,100", "4.4"), never a clause's punctuation.
pub fn between_digits(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether the one-letter word at `w` of `text` is a letter of a dotted acronym ("the I of
/// F.B.I.", "the i of i.e."): a full stop right after a letter before it, or right after it and
/// a letter next.
pub fn is_acronym_letter(text: &str, w: &std::ops::Range<usize>) -> bool {
    let b = text.as_bytes();
    w.len() == 1
        && ((w.start >= 2 && b[w.start - 1] == b'.' && b[w.start - 2].is_ascii_alphabetic())
            || (b.get(w.end) == Some(&b'.')
                && b.get(w.end + 1).is_some_and(u8::is_ascii_alphabetic)))
}

/// How far [`sentence_around`] looks for the ends of the sentence around a span.
const SENTENCE_WINDOW: usize = 300;

/// The sentence (or line) around `span`: from the last sentence end or line break before it to
/// the next after it, at most a few hundred bytes each way (so a paragraph with no sentence end
/// stays linear).
pub fn sentence_around(text: &str, span: &Range<usize>) -> Range<usize> {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let from = floor_char_boundary(text, span.start.saturating_sub(SENTENCE_WINDOW));
    let to = floor_char_boundary(text, span.end + SENTENCE_WINDOW);
    let start = text[from..span.start]
        .rfind(is_end)
        .map_or(from, |i| from + i + 1);
    let end = text[span.end..to].find(is_end).map_or(to, |i| span.end + i);
    start..end
}

/// The singular of an English plural by its ending ("companies" -> "company", "hospitals" ->
/// "hospital"); None for a word with neither ending.
pub fn singular(w: &str) -> Option<String> {
    w.strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| w.strip_suffix('s').map(str::to_string))
}

/// Whether a line is set in title case (three in four of its words of more than three letters
/// capitalised, as headlines often are, with at most one of them in lower case that is no
/// preposition or conjunction; or it has no such word): there capitals say nothing of what is a
/// name. A sentence with a long name in it ("Cases rose, according to the Texas Department of
/// State Health Services") has several lower-case words of its own.
pub fn capitals_say_nothing(line: &str) -> bool {
    const SMALL_WORDS: [&str; 14] = [
        "with", "from", "into", "onto", "over", "upon", "than", "that", "this", "about", "after",
        "amid", "near", "versus",
    ];
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let (longer, capitalised, lower) = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() > 3)
        .fold((0, 0, 0), |(n, c, l), w| {
            // (A figure run into letters, as scraped pages run a time into a heading,
            // "10:57PMJeb", is in no case, neither capitalised nor lower-case; a figure alone is
            // a word in lower case, so "“Never,” Mary Ellen Carter told Fox News on Sept. 26,
            // 2016." stays prose.)
            let number = w.starts_with(|c: char| c.is_ascii_digit())
                && w.contains(|c: char| c.is_alphabetic());
            let lower =
                !capital(w) && !number && !SMALL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w));
            (n + 1, c + usize::from(capital(w)), l + usize::from(lower))
        });
    longer == 0 || (capitalised * 4 >= longer * 3 && lower <= 1)
}

/// Whether `text[span]` stands in a short line set in title case (a headline: at most
/// [`LONGEST_TITLE_CASE_LINE`] bytes, see [`capitals_say_nothing`]). Only that many bytes around
/// the span are looked at, so the test costs the same in a long text.
pub fn in_title_case_line(text: &str, span: &std::ops::Range<usize>) -> bool {
    let (b, near) = (text.as_bytes(), LONGEST_TITLE_CASE_LINE);
    let from = span.start.saturating_sub(near);
    let start = match memchr::memrchr(b'\n', &b[from..span.start]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let to = (span.end + near).min(b.len());
    let end = match memchr::memchr(b'\n', &b[span.end..to]) {
        Some(i) => span.end + i,
        None if to == b.len() => b.len(),
        None => return false,
    };
    end - start <= LONGEST_TITLE_CASE_LINE && capitals_say_nothing(&text[start..end])
}

/// The longest line taken for a headline set in title case; a longer one is prose.
pub const LONGEST_TITLE_CASE_LINE: usize = 300;

/// The largest char boundary at or below `i` (the text's length when `i` is past it).
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether a text writes one paragraph per line with no blank line between them (as many
/// exports do), so its lines, not its blank-line blocks, are the paragraphs: after a leading
/// `key: value` header closed by `---`, at least 4 non-blank lines, no blank line between the
/// first and the last, and at least three quarters of the lines after the first (which may be
/// a headline) ending a sentence (`.`, `!`, `?` or `:`, closing quotes and brackets aside).
/// A text with any blank line keeps its blocks: "Headline", a blank line, then one sentence per
/// line (as the PTC and POLNEAR gold files are written) is one body paragraph, as before.
pub fn lines_are_paragraphs(text: &str) -> bool {
    let body = skip_header(text);
    // Any blank line rules it out: the common case, found without collecting lines.
    if body.trim().contains("\n\n") {
        return false;
    }
    let lines: Vec<&str> = body.trim().lines().collect();
    if lines.len() < 4 || lines.iter().any(|l| l.trim().is_empty()) {
        return false;
    }
    let ends_sentence = |l: &&str| {
        let t = l
            .trim_end()
            .trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
        t.ends_with(['.', '!', '?', ':', '…'])
    };
    let rest = &lines[1..];
    rest.iter().filter(|l| ends_sentence(l)).count() * 4 >= rest.len() * 3
}

/// The text after a leading `key: value` header closed by a `---` line (the whole text when
/// there is none); a cheap look, [`crate::article`] parses headers properly.
fn skip_header(text: &str) -> &str {
    let first = text.lines().next().unwrap_or("");
    if !first.contains(':') {
        return text;
    }
    let mut pos = 0;
    for line in text.split_inclusive('\n').take(64) {
        pos += line.len();
        if line.trim_end() == "---" {
            return &text[pos..];
        }
    }
    text
}

/// Common English words: in English news prose they are about two words in five.
const ENGLISH_STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but",
    "by", "can", "could", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in",
    "into", "is", "it", "its", "more", "not", "of", "on", "one", "or", "our", "said", "she", "so",
    "than", "that", "the", "their", "them", "there", "they", "this", "to", "up", "was", "we",
    "were", "what", "when", "which", "who", "will", "with", "would", "you",
];

/// The share of common English words among a text's words (None under 40 words: too short
/// to tell). Under about 0.15 the text is very likely not English.
pub fn english_word_share(text: &str) -> Option<f64> {
    // The first few kilobytes tell the language as well as all of the text.
    let text = &text[..floor_char_boundary(text, LANGUAGE_SAMPLE_BYTES)];
    let bytes = text.as_bytes();
    let mut words = 0usize;
    let mut common = 0usize;
    // Words are runs of word characters and apostrophes, apostrophes trimmed from both ends.
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while let Some(&b) = bytes.get(i) {
            match BYTE_CLASS[b as usize] {
                ByteClass::Word => i += 1,
                _ if b == b'\'' => i += 1,
                ByteClass::NonAscii => match char_after(text, i).filter(|&c| is_word_char(c)) {
                    Some(c) => i += c.len_utf8(),
                    None => break,
                },
                _ => break,
            }
        }
        if i == start {
            // A separator: one character that is neither a word character nor an apostrophe.
            i += match bytes[i] {
                b if b < 0x80 => 1,
                _ => char_after(text, i).map_or(1, char::len_utf8),
            };
            continue;
        }
        let mut w = &bytes[start..i];
        while let [b'\'', rest @ ..] = w {
            w = rest;
        }
        while let [rest @ .., b'\''] = w {
            w = rest;
        }
        if w.is_empty() || w.iter().all(u8::is_ascii_digit) {
            continue;
        }
        words += 1;
        // Stopwords are short and ASCII: longer or non-ASCII words are never one.
        if w.len() <= MAX_STOPWORD_BYTES && w.is_ascii() && is_stopword_key(stopword_key(w)) {
            common += 1;
        }
    }
    (words >= 40).then(|| common as f64 / words as f64)
}

/// What a byte is to the byte-table word scanners (words, term matching, the language check):
/// an ASCII letter or digit, an ASCII apostrophe or hyphen (which may join the parts of a word),
/// other ASCII, or part of a non-ASCII character (decode it to tell, with [`is_word_char`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteClass {
    Word,
    Joiner,
    Other,
    NonAscii,
}

/// [`ByteClass`] of every byte value.
pub const BYTE_CLASS: [ByteClass; 256] = {
    let mut t = [ByteClass::Other; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if !c.is_ascii() {
            ByteClass::NonAscii
        } else if c.is_ascii_alphanumeric() {
            ByteClass::Word
        } else if c == b'\'' || c == b'-' {
            ByteClass::Joiner
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    t
};

/// A word of at most [`MAX_STOPWORD_BYTES`] ASCII bytes as one number, lower-cased.
const fn stopword_key(w: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < w.len() {
        key = (key << 8) | w[i].to_ascii_lowercase() as u64;
        i += 1;
    }
    key
}

/// [`ENGLISH_STOPWORDS`] as [`stopword_key`]s in an open-addressing table (0 marks an empty
/// slot; no key is 0): one or two probes per word, no branchy search.
const STOPWORD_TABLE: [u64; STOPWORD_SLOTS] = {
    let mut table = [0u64; STOPWORD_SLOTS];
    let mut i = 0;
    while i < ENGLISH_STOPWORDS.len() {
        let key = stopword_key(ENGLISH_STOPWORDS[i].as_bytes());
        let mut slot = stopword_slot(key);
        while table[slot] != 0 {
            slot = (slot + 1) % STOPWORD_SLOTS;
        }
        table[slot] = key;
        i += 1;
    }
    table
};
const STOPWORD_SLOTS: usize = 256;

const fn stopword_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

fn is_stopword_key(key: u64) -> bool {
    let mut slot = stopword_slot(key);
    loop {
        match STOPWORD_TABLE[slot] {
            0 => return false,
            k if k == key => return true,
            _ => slot = (slot + 1) % STOPWORD_SLOTS,
        }
    }
}

/// How many bytes of a text the language check reads at most: about 170 words, enough to tell
/// English prose (about 40% common words, give or take 4 points on a sample this size) from
/// text that is not (under 15%).
const LANGUAGE_SAMPLE_BYTES: usize = 1024;
/// The longest English stopword, in bytes.
const MAX_STOPWORD_BYTES: usize = 5;

/// The 64-bit FNV-1a hash: fixed on every platform and version (seeds and splits that must be
/// reproducible are made from it).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `w` with its first letter capitalised ("trust" -> "Trust").
pub fn capitalised(w: &str) -> String {
    let mut cs = w.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// Whether a word names a day of the week, in any case ("Monday", "monday").
pub fn is_weekday(w: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    DAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// Whether a word names a month or a day of the week, in any case: when, not who ("data from
/// January").
pub fn is_month_or_weekday(w: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    is_weekday(w) || MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// Whether a word names a month, written out or abbreviated, with or without its full stop
/// ("December", "Dec.", "Sept").
pub fn is_month_word(w: &str) -> bool {
    const ABBREVIATIONS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];
    let w = w.trim_end_matches('.');
    // (Capitalised, as a month is: "may" and "march" are verbs.)
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && ((is_month_or_weekday(w) && !is_weekday(w))
            || ABBREVIATIONS.iter().any(|m| m.eq_ignore_ascii_case(w)))
}

/// Whether words are a date: a month and a day or a year ("Nov. 8", "March 3, 2016").
pub fn is_date(ws: &[&str]) -> bool {
    let number = |w: &str| {
        let w = w.trim_end_matches(['.', ',']);
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    };
    matches!(ws, [m, rest @ ..] if is_month_word(m.trim_end_matches(',')) && !rest.is_empty() && rest.iter().all(|w| number(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_punctuation_holds_no_word_character() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(is_general_punctuation(c));
            assert!(
                !c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c),
                "{c:?}"
            );
        }
        assert!(!is_general_punctuation('\u{1FFF}') && !is_general_punctuation('\u{2070}'));
        assert!(is_word_char('\u{2071}') && !is_word_char('’') && !is_word_char('—'));
    }

    #[test]
    fn stopwords_are_sorted() {
        assert!(ENGLISH_STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        for w in ENGLISH_STOPWORDS {
            assert!(is_stopword_key(stopword_key(w.as_bytes())), "{w}");
            assert!(
                is_stopword_key(stopword_key(w.to_uppercase().as_bytes())),
                "{w}"
            );
        }
        for w in ["th", "thee", "wheb", "x", "said.", "abou"] {
            assert!(!is_stopword_key(stopword_key(w.as_bytes())), "{w}");
        }
        assert!(ENGLISH_STOPWORDS
            .iter()
            .all(|w| w.is_ascii() && w.len() <= MAX_STOPWORD_BYTES));
    }

    #[test]
    fn one_paragraph_per_line() {
        let lines = "Headline here\nFirst sentence ends here.\nSecond one too.\n“A quote,” he said.\nLast line.\n";
        assert!(lines_are_paragraphs(lines));
        assert!(lines_are_paragraphs(&format!("title: T\n---\n{lines}")));
        // Blank lines: paragraphs are blocks as usual (even with a sentence per line after).
        assert!(!lines_are_paragraphs(
            "Headline\n\nOne.\nTwo.\nThree.\nFour.\n"
        ));
        // Hard-wrapped prose: lines break mid-sentence.
        assert!(!lines_are_paragraphs(
            "The minister said on\nTuesday that the talks\nhad failed and that\nno date was set.\n"
        ));
        assert!(!lines_are_paragraphs("One.\nTwo.\nThree.\n"));
    }

    #[test]
    fn english_share_tells_french_from_english() {
        let en = "The government said on Tuesday that it would not extend the deadline, and officials in the capital told reporters that the talks had failed because neither side was willing to move on the question of borders, which has divided them for years.";
        let fr = "Le gouvernement a déclaré mardi qu'il ne prolongerait pas le délai, et des responsables de la capitale ont dit aux journalistes que les négociations avaient échoué parce qu'aucune des deux parties n'était prête à bouger sur la question des frontières, qui les divise depuis des années.";
        assert!(
            english_word_share(en).unwrap() > 0.3,
            "{:?}",
            english_word_share(en)
        );
        assert!(
            english_word_share(fr).unwrap() < 0.15,
            "{:?}",
            english_word_share(fr)
        );
        assert_eq!(english_word_share("Too short."), None);
    }

    /// The byte scanner counts the same words as splitting on every character that is neither a
    /// word character nor an apostrophe (the plain definition), on real articles with curly
    /// quotes, accents, digits and apostrophes.
    #[test]
    fn english_share_scanner_matches_the_plain_definition() {
        fn plain(text: &str) -> Option<f64> {
            let text = &text[..floor_char_boundary(text, LANGUAGE_SAMPLE_BYTES)];
            let (mut words, mut common) = (0usize, 0usize);
            for w in text.split(|c: char| !is_word_char(c) && c != '\'') {
                let w = w.trim_matches('\'');
                if w.is_empty() || w.chars().all(|c| c.is_ascii_digit()) {
                    continue;
                }
                words += 1;
                let lower = w.to_ascii_lowercase();
                if w.is_ascii() && ENGLISH_STOPWORDS.contains(&lower.as_str()) {
                    common += 1;
                }
            }
            (words >= 40).then(|| common as f64 / words as f64)
        }
        let mut checked = 0;
        for entry in std::fs::read_dir("fixtures").unwrap() {
            let path = entry.unwrap().path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for t in [
                text.as_str(),
                &text[floor_char_boundary(&text, text.len() / 2)..].replace('\n', " 'x' 12 "),
            ] {
                assert_eq!(english_word_share(t), plain(t), "{}", path.display());
                checked += 1;
            }
        }
        assert!(checked >= 10, "{checked}");
        let odd = "Erdog\u{306}an's ''quoted'' 1990s 42 l’été ’tis dʼÉtat — ".repeat(30);
        assert_eq!(english_word_share(&odd), plain(&odd));
        assert!(english_word_share(&odd).is_some());
    }

    #[test]
    fn whole_words_respect_letters_in_any_script() {
        assert!(contains_whole_word("the regime said", "regime"));
        assert!(!contains_whole_word("the regimes said", "regime"));
        // A non-ASCII letter is part of the word: "erdo" is no whole word of "Erdoğan".
        assert!(!contains_whole_word("Erdoğan spoke", "Erdo"));
        assert!(contains_whole_word("“regime”", "regime"));
        assert!(!contains_whole_word("anything", ""));
    }

    /// Combining marks are part of a word, in decomposed and composed text alike.
    #[test]
    fn combining_marks_belong_to_the_word() {
        assert!(!contains_whole_word("Erdog\u{306}an spoke", "Erdog"));
        assert!(!contains_whole_word("Erdo\u{11f}an spoke", "Erdo"));
        assert!(!contains_whole_word("the cafe\u{301} was shut", "cafe"));
        assert!(!contains_whole_word("the caf\u{e9} was shut", "caf"));
        assert!(contains_whole_word(
            "the cafe\u{301} was shut",
            "cafe\u{301}"
        ));
        assert!(contains_whole_word("the cafe was shut", "cafe"));
    }

    #[test]
    fn control_characters_are_escaped_for_terminals() {
        assert_eq!(printable("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(printable("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("\x1b]0;t\x07"), "\\u{1b}]0;t\\u{7}");
        assert_eq!(printable("x\u{9b}31m"), "x\\u{9b}31m");
        assert_eq!(printable("a\u{202E}b\u{2066}c"), "a\\u{202e}b\\u{2066}c");
        assert_eq!(printable_line("a\nb\tc"), "a\\u{a}b\\u{9}c");
        assert!(matches!(
            printable("ok é “q”"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_headline_in_title_case_may_hold_figures() {
        assert!(capitals_say_nothing(
            "Trump Leads Clinton By 12 Points In New 2016 Poll"
        ));
        assert!(capitals_say_nothing(
            "February 6, 2016 10:57PMJeb Bush Hits Marco Rubio On Rape Exception For Abortions"
        ));
        assert!(!capitals_say_nothing(
            "Jeb Bush criticized Marco Rubio in 2016 for opposing the exception"
        ));
        // (A figure alone is a word in lower case: a short sentence of names stays prose.)
        assert!(!capitals_say_nothing(
            "John Paul Jones was extradited in 2014."
        ));
        assert!(!capitals_say_nothing(
            "“Never,” Mary Ellen Carter told Fox News on Sept. 26, 2016."
        ));
    }

    #[test]
    fn floor_char_boundary_never_splits_a_char() {
        let s = "aé€";
        assert_eq!(floor_char_boundary(s, 2), 1);
        assert_eq!(floor_char_boundary(s, 4), 3);
        assert_eq!(floor_char_boundary(s, 99), s.len());
        assert_eq!(floor_char_boundary(s, 0), 0);
    }
}
