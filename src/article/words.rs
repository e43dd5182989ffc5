//! Words: maximal runs of letters and digits, with inner apostrophes and hyphens kept
//! ("Kiev’s", "self-propelled" are one word each). Shared by every count slant makes.

use std::ops::Range;

/// Iterator over the byte ranges of the words of a text.
#[derive(Clone)]
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

/// The words of `text[span]`, as byte ranges of `text`.
pub fn ranges_in(text: &str, span: &Range<usize>) -> Vec<Range<usize>> {
    // Room for a word in every five bytes, so the list is seldom grown.
    let mut out = Vec::with_capacity(span.len() / 5 + 1);
    out.extend(words(&text[span.clone()]).map(|w| span.start + w.start..span.start + w.end));
    out
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    non_ascii_at(text, i)
}

/// [`char_at`] for a non-ASCII character: out of line, so the loops over ASCII stay small.
#[inline(never)]
fn non_ascii_at(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

use crate::text::is_word_char as is_word;
use crate::text::{ByteClass, BYTE_CLASS};

#[inline]
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    // Inlined into every walk: a call per word cost a fifth of the walk (the compiler's own
    // estimate leaves this loop out of line).
    #[inline(always)]
    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        let mut i = self.pos;
        // Skip to the next word character (a letter or digit; ASCII by table).
        let (start, first_len) = loop {
            // The run of ASCII spaces and punctuation, in a loop of its own.
            while i < n
                && matches!(
                    BYTE_CLASS[bytes[i] as usize],
                    ByteClass::Other | ByteClass::Joiner
                )
            {
                i += 1;
            }
            if i >= n {
                self.pos = n;
                return None;
            }
            match BYTE_CLASS[bytes[i] as usize] {
                ByteClass::Word => break (i, 1),
                ByteClass::NonAscii => {
                    let (c, len) = char_at(self.text, i)?;
                    if !crate::text::is_general_punctuation(c) && c.is_alphanumeric() {
                        break (i, len);
                    }
                    i += len;
                }
                ByteClass::Other | ByteClass::Joiner => i += 1,
            }
        };
        let mut end = start + first_len;
        while end < n {
            // The run of ASCII letters and digits, in a loop of its own.
            while end < n && BYTE_CLASS[bytes[end] as usize] == ByteClass::Word {
                end += 1;
            }
            if end >= n {
                break;
            }
            match BYTE_CLASS[bytes[end] as usize] {
                ByteClass::Word => end += 1,
                ByteClass::Other => break,
                ByteClass::Joiner => {
                    if char_at(self.text, end + 1).is_some_and(|(n, _)| is_word(n)) {
                        end += 1;
                    } else {
                        break;
                    }
                }
                ByteClass::NonAscii => {
                    let (c, len) = char_at(self.text, end).expect("in bounds");
                    if is_word(c)
                        || (is_joiner(c)
                            && char_at(self.text, end + len).is_some_and(|(n, _)| is_word(n)))
                    {
                        end += len;
                    } else {
                        break;
                    }
                }
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

    /// The plain definition, character by character: a word starts at a letter or digit and
    /// goes on over word characters, and over a joiner (' ’ - ‐) followed by a word character.
    fn plain(text: &str) -> Vec<Range<usize>> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !chars[k].1.is_alphanumeric() {
                k += 1;
                continue;
            }
            let start = chars[k].0;
            k += 1;
            while k < chars.len() {
                let c = chars[k].1;
                let next_is_word = chars.get(k + 1).is_some_and(|&(_, n)| is_word(n));
                if is_word(c) || (is_joiner(c) && next_is_word) {
                    k += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(k).map_or(text.len(), |&(i, _)| i);
            out.push(start..end);
        }
        out
    }

    /// The byte scanner finds the same words as the plain definition on every fixture and on
    /// text full of joiners, combining marks and non-ASCII letters and punctuation.
    #[test]
    fn scanner_matches_the_plain_definition() {
        let mut texts = vec![
            "Erdog\u{306}an’s -x- x- -- ‐a‐ l’été 'quoted' ½ Ⅻ ２０２４ x'’y ñ-ñ — «Кремль» 北京"
                .to_string(),
            "a-".into(),
            "é".into(),
            "'".into(),
        ];
        for entry in std::fs::read_dir("fixtures").unwrap() {
            if let Ok(t) = std::fs::read_to_string(entry.unwrap().path()) {
                texts.push(t);
            }
        }
        assert!(texts.len() >= 9);
        for t in &texts {
            assert_eq!(words(t).collect::<Vec<_>>(), plain(t), "{t:.60}");
        }
    }
}
