//! Text primitives every stage shares: what a word character is, whole-word tests and char
//! boundaries. Nothing here knows about articles or rules.

use std::ops::Range;

/// A character that belongs to a word: letters and digits in any script, and combining marks
/// (Unicode general category M), so that in decomposed (NFD) text the `\u{306}` of
/// `Erdog\u{306}an` keeps `Erdog` from standing as a word of its own.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
    }
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

/// Whether `text[span]` stands as whole words: no word character touches it on either side.
#[inline]
pub fn is_whole_word(text: &str, span: &Range<usize>) -> bool {
    !char_before(text, span.start).is_some_and(is_word_char)
        && !char_after(text, span.end).is_some_and(is_word_char)
}

/// Whether `hay` contains `needle` as whole words (case-sensitive).
pub fn contains_whole_word(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay
            .match_indices(needle)
            .any(|(i, m)| is_whole_word(hay, &(i..i + m.len())))
}

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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn floor_char_boundary_never_splits_a_char() {
        let s = "aé€";
        assert_eq!(floor_char_boundary(s, 2), 1);
        assert_eq!(floor_char_boundary(s, 4), 3);
        assert_eq!(floor_char_boundary(s, 99), s.len());
        assert_eq!(floor_char_boundary(s, 0), 0);
    }
}
