//! The optional header block of a plain-text article: `key: value` lines closed by `---`.

use std::ops::Range;

/// A parsed header: each key with the byte range of its value, and where the body starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub fields: Vec<(String, Range<usize>)>,
    pub body_start: usize,
}

impl Header {
    /// The value range of the `title` key, if any.
    pub fn title(&self) -> Option<&Range<usize>> {
        self.fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("title"))
            .map(|(_, r)| r)
    }
}

/// Most header lines looked at before giving up on finding `---`.
const MAX_HEADER_LINES: usize = 64;

/// Parses a header if `text` starts with one: at least one `key: value` line (key of letters,
/// digits, `_` or `-`), then a line that is exactly `---`. Anything else means no header.
pub fn parse(text: &str) -> Option<Header> {
    let mut fields = Vec::new();
    let mut pos = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n >= MAX_HEADER_LINES {
            return None;
        }
        let line_start = pos;
        pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim_end() == "---" {
            return (!fields.is_empty()).then_some(Header {
                fields,
                body_start: pos,
            });
        }
        let (key, value) = content.split_once(':')?;
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
        let lead = value.len() - value.trim_start().len();
        let value_start = line_start + key.len() + 1 + lead;
        let value_end = line_start + key.len() + 1 + value.trim_end().len();
        fields.push((key.to_string(), value_start..value_end.max(value_start)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_and_body_start() {
        let t = "title: A b\noutlet: X\n---\nBody";
        let h = parse(t).unwrap();
        assert_eq!(&t[h.title().unwrap().clone()], "A b");
        assert_eq!(&t[h.body_start..], "Body");
    }

    #[test]
    fn text_that_is_not_a_header() {
        assert!(parse("North Korea: the story\n\nBody").is_none());
        assert!(parse("---\nBody").is_none());
        assert!(parse("title: only a key line and no end").is_none());
        assert!(parse("Note: it rained.\nMore text.\n---\n").is_none());
    }
}
