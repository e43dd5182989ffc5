//! Words: maximal runs of letters and digits, with inner apostrophes and hyphens kept
//! ("Kiev’s", "self-propelled" are one word each). Shared by every count slant makes.

use std::ops::Range;

/// Iterator over the byte ranges of the words of a text.
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

/// The words of `text`, as byte ranges.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Number of words in `text`.
pub fn count(text: &str) -> usize {
    words(text).count()
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

#[inline]
fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[inline]
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        // Skip to the next word character.
        let start = loop {
            let b = *bytes.get(self.pos)?;
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break self.pos;
                }
                self.pos += 1;
            } else {
                let (c, len) = char_at(self.text, self.pos)?;
                if c.is_alphanumeric() {
                    break self.pos;
                }
                self.pos += len;
            }
        };
        let mut end = start;
        while let Some((c, len)) = char_at(self.text, end) {
            let joins =
                is_joiner(c) && char_at(self.text, end + len).is_some_and(|(n, _)| is_word(n));
            if is_word(c) || joins {
                end += len;
            } else {
                break;
            }
        }
        self.pos = end;
        Some(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(t: &str) -> Vec<&str> {
        words(t).map(|r| &t[r]).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(
            list("NATO chief’s “step up” self-propelled guns -- Erdoğan's 2.5 'x'"),
            vec![
                "NATO",
                "chief’s",
                "step",
                "up",
                "self-propelled",
                "guns",
                "Erdoğan's",
                "2",
                "5",
                "x"
            ]
        );
        assert_eq!(count(""), 0);
        assert_eq!(count("  —  "), 0);
    }
}
