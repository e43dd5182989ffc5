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

/// Number of words in `text`, counting no further than `limit + 1`.
pub fn count_up_to(text: &str, limit: usize) -> usize {
    words(text).take(limit + 1).count()
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

use crate::text::is_word_char as is_word;

#[inline]
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        let mut i = self.pos;
        // Skip to the next word character (ASCII fast path).
        let start = loop {
            if i >= n {
                self.pos = n;
                return None;
            }
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break i;
                }
                i += 1;
            } else {
                let (c, len) = char_at(self.text, i)?;
                if c.is_alphanumeric() {
                    break i;
                }
                i += len;
            }
        };
        let mut end = start;
        while end < n {
            let b = bytes[end];
            if b.is_ascii_alphanumeric() {
                end += 1;
                continue;
            }
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                char_at(self.text, end).expect("in bounds")
            };
            if (b >= 0x80 && is_word(c))
                || (is_joiner(c) && char_at(self.text, end + len).is_some_and(|(n, _)| is_word(n)))
            {
                end += len;
            } else {
                break;
            }
        }
        self.pos = end;
        Some(start..end)
    }
}

/// The words of a paragraph with whether each is quoted, for counting over any span.
pub struct WordIndex {
    starts: Vec<usize>,
    quoted: Vec<bool>,
}

impl WordIndex {
    pub fn new(text: &str, para: &crate::article::Paragraph) -> WordIndex {
        // About one word in six bytes of news text: one allocation each, most of the time.
        let mut starts = Vec::with_capacity(para.span.len() / 6 + 1);
        let mut quoted = Vec::with_capacity(para.span.len() / 6 + 1);
        // Words and quotations are both in text order: walk them together.
        let mut q = para.quotes.iter().peekable();
        for w in words(&text[para.span.clone()]) {
            let pos = para.span.start + w.start;
            while q.peek().is_some_and(|r| r.end <= pos) {
                q.next();
            }
            starts.push(pos);
            quoted.push(q.peek().is_some_and(|r| r.start <= pos));
        }
        WordIndex { starts, quoted }
    }

    /// (words, quoted words) of the whole paragraph.
    pub fn totals(&self) -> (usize, usize) {
        (
            self.starts.len(),
            self.quoted.iter().filter(|&&q| q).count(),
        )
    }

    /// (words, quoted words) starting inside `span`.
    pub fn stats(&self, span: &Range<usize>) -> (usize, usize) {
        let lo = self.starts.partition_point(|&s| s < span.start);
        let hi = self.starts.partition_point(|&s| s < span.end);
        (hi - lo, self.quoted[lo..hi].iter().filter(|&&q| q).count())
    }

    pub fn quoted_share(&self, span: &Range<usize>) -> f64 {
        let (total, quoted) = self.stats(span);
        if total == 0 {
            0.0
        } else {
            quoted as f64 / total as f64
        }
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
