//! Small word tests for finding speakers. The vocabulary (pronouns, offices, role nouns, words
//! that are never names, …) is data: the `[lexicon]` of the rule files, compiled into
//! [`crate::rules::Lexicon`].

pub(super) use crate::rules::lexicon::lowercase;

/// Whether a word starts with a capital letter.
pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word starts with a lower-case letter.
pub(super) fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}
