//! Evidence sentences cut around the matched term: a long sentence is shortened on both sides of
//! the term, never through it, so the reader always sees the word that counted.

use crate::text::is_word_char;

/// A sentence cut around a term: `before` and `after` carry `…` where text was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub before: String,
    /// The term as written in the sentence; empty when it could not be found (then `after` is
    /// the sentence cut from its start).
    pub term: String,
    pub after: String,
}

/// Where `term` (lower-cased, whitespace collapsed, as terms are counted) first stands as whole
/// words in `sentence`: a byte range of the sentence.
pub fn find_term(sentence: &str, term: &str) -> Option<std::ops::Range<usize>> {
    let want: Vec<char> = term
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    if want.is_empty() {
        return None;
    }
    for (start, _) in sentence.char_indices() {
        if crate::text::char_before(sentence, start).is_some_and(is_word_char) {
            continue;
        }
        let mut k = 0;
        let mut chars = sentence[start..].char_indices().peekable();
        let mut end = None;
        while let Some((i, c)) = chars.next() {
            if k == want.len() {
                end = Some(start + i);
                break;
            }
            if c.is_whitespace() && want[k] == ' ' {
                while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                    chars.next();
                }
                k += 1;
                continue;
            }
            let mut lower = c.to_lowercase().map(|c| if c == '’' { '\'' } else { c });
            let ok = lower.all(|l| {
                let hit = k < want.len() && want[k] == l;
                k += usize::from(hit);
                hit
            });
            if !ok {
                break;
            }
        }
        if end.is_none() && k == want.len() {
            end = Some(sentence.len());
        }
        if let Some(end) = end {
            if !crate::text::char_after(sentence, end).is_some_and(is_word_char) {
                return Some(start..end);
            }
        }
    }
    None
}

/// `sentence` cut to about `max` characters around the first whole-word occurrence of `term`:
/// the term whole, then context on each side (more before than after is not favoured: the
/// context is shared evenly, and what one side does not need goes to the other).
pub fn snippet(sentence: &str, term: &str, max: usize) -> Snippet {
    let Some(span) = find_term(sentence, term) else {
        let after = if sentence.chars().count() > max {
            sentence
                .chars()
                .take(max.saturating_sub(1))
                .collect::<String>()
                + "…"
        } else {
            sentence.to_string()
        };
        return Snippet {
            before: String::new(),
            term: String::new(),
            after,
        };
    };
    let before: Vec<char> = sentence[..span.start].chars().collect();
    let after: Vec<char> = sentence[span.end..].chars().collect();
    let term_len = sentence[span.clone()].chars().count();
    let room = max.saturating_sub(term_len);
    let mut keep_before = before.len().min(room / 2);
    let keep_after = after.len().min(room - keep_before);
    keep_before = before.len().min(room - keep_after);
    let cut_before = keep_before < before.len();
    let cut_after = keep_after < after.len();
    let mut b: String = before[before.len() - keep_before..].iter().collect();
    let mut a: String = after[..keep_after].iter().collect();
    // Cut between words: drop the partial word at each cut end (unless it is all there is).
    if cut_before {
        if let Some(i) = b.find(char::is_whitespace) {
            b.drain(..i);
        }
        b = format!("…{}", b.trim_start());
    }
    if cut_after {
        if let Some(i) = a.rfind(char::is_whitespace) {
            a.truncate(i);
        }
        a = format!("{}…", a.trim_end());
    }
    Snippet {
        before: b,
        term: sentence[span].to_string(),
        after: a,
    }
}

impl Snippet {
    /// The snippet as plain text, the term in square brackets.
    pub fn bracketed(&self) -> String {
        if self.term.is_empty() {
            return self.after.clone();
        }
        format!("{}[{}]{}", self.before, self.term, self.after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentence of the Kremlin fixture whose terms the old cut at 110 characters hid.
    const KREMLIN: &str = "The President of Russia gave the President of China an deailed account of the reasons behind the recognition of the Donetsk and Lugansk People's Republics, including the genocide against the residents of Donbass, and the goals of the special military operation in Ukraine: the demilitarisation and denazification of the country.";

    #[test]
    fn the_term_is_kept_whole_and_marked() {
        let s = snippet(KREMLIN, "genocide", 100);
        assert_eq!(s.term, "genocide");
        assert!(s.before.starts_with('…') && s.after.ends_with('…'), "{s:?}");
        assert!(s.bracketed().contains("[genocide] against the residents"));
        assert!(s.bracketed().chars().count() <= 104, "{}", s.bracketed());
        let s = snippet(KREMLIN, "denazification", 100);
        assert_eq!(s.term, "denazification");
        assert!(s.after.starts_with(" of the country."), "{s:?}");
        // Cut between words, not inside them.
        let s = snippet(KREMLIN, "genocide", 60);
        assert_eq!(
            s.bracketed(),
            "…Republics, including the [genocide] against the residents of…"
        );
    }

    #[test]
    fn case_whitespace_and_whole_words() {
        let s = snippet(
            "Regimes fell; the Regime  of fear stayed.",
            "regime of",
            200,
        );
        assert_eq!(s.bracketed(), "Regimes fell; the [Regime  of] fear stayed.");
        assert_eq!(find_term("a sham.", "sham"), Some(2..6));
        assert_eq!(find_term("shambles", "sham"), None);
        assert_eq!(find_term("They’re lying", "they're"), Some(0..9));
        // Not found: cut from the start as before.
        let s = snippet("no such word here", "regime", 8);
        assert_eq!(s.bracketed(), "no such…");
    }
}
