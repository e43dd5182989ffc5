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

/// When `text` starts with more than [`MAX_HEADER_LINES`] `key: value` lines closed by `---`
/// (looked for up to 64 × 64 lines), the number of header lines: such a block is not read as a
/// header (it is body text), and the reader says so with a warning rather than silently.
pub fn too_long(text: &str) -> Option<usize> {
    if parse(text).is_some() {
        return None;
    }
    for (n, line) in text
        .split_inclusive('\n')
        .take(MAX_HEADER_LINES * MAX_HEADER_LINES)
        .enumerate()
    {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim_end() == "---" {
            return (n > MAX_HEADER_LINES).then_some(n);
        }
        let (key, _) = content.split_once(':')?;
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
    }
    None
}

/// The warning for a header block that is too long (see [`too_long`]).
pub fn too_long_warning(lines: usize) -> String {
    format!(
        "header block of {lines} lines is longer than the {MAX_HEADER_LINES} allowed; read as body text"
    )
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

    #[test]
    fn an_overlong_header_is_detected() {
        let long: String = (0..70).map(|i| format!("k{i}: v\n")).collect();
        assert_eq!(too_long(&format!("{long}---\nBody")), Some(70));
        assert_eq!(too_long(&long), None);
        assert_eq!(too_long("title: t\n---\nBody"), None);
        assert_eq!(too_long("Body text\n---\n"), None);
    }
}
