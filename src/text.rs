//! Text primitives every stage shares: what a word character is, whole-word tests and char
//! boundaries. Nothing here knows about articles or rules.

use std::ops::Range;

/// A character that belongs to a word (letters and digits in any script).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
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

    #[test]
    fn floor_char_boundary_never_splits_a_char() {
        let s = "aé€";
        assert_eq!(floor_char_boundary(s, 2), 1);
        assert_eq!(floor_char_boundary(s, 4), 3);
        assert_eq!(floor_char_boundary(s, 99), s.len());
        assert_eq!(floor_char_boundary(s, 0), 0);
    }
}
