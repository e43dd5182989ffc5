//! Aligned plain-text tables for terminals: numbers right-aligned, text left-aligned.

use crate::text::printable_line;

/// Renders rows under a header as an aligned table. Cells that parse as numbers (or are empty)
/// are right-aligned. Long cells are cut to `max_width` characters with `…`. Control characters
/// in cells are shown escaped ([`printable_line`]): a table is for a terminal.
pub fn render(header: &[&str], rows: &[Vec<String>], max_width: usize) -> String {
    let cut = |s: &str| -> String {
        let s = &*printable_line(s);
        if s.chars().count() > max_width {
            let mut t: String = s.chars().take(max_width.saturating_sub(1)).collect();
            t.push('…');
            t
        } else {
            s.to_string()
        }
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cut(c)).collect())
        .collect();
    let header: Vec<String> = header
        .iter()
        .map(|h| printable_line(h).into_owned())
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
    }
    let numeric: Vec<bool> = (0..header.len())
        .map(|i| {
            cells.iter().all(|r| {
                r.get(i)
                    .is_none_or(|c| c.is_empty() || c.parse::<f64>().is_ok() || c.ends_with(']'))
            }) && !cells.is_empty()
        })
        .collect();
    let mut out = String::new();
    let line = |out: &mut String, row: Vec<&str>| {
        let mut parts = Vec::new();
        for (i, c) in row.iter().enumerate() {
            let pad = widths[i].saturating_sub(c.chars().count());
            if numeric[i] {
                parts.push(format!("{}{}", " ".repeat(pad), c));
            } else {
                parts.push(format!("{}{}", c, " ".repeat(pad)));
            }
        }
        out.push_str(parts.join("  ").trim_end());
        out.push('\n');
    };
    line(&mut out, header.clone());
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&mut out, rule.iter().map(String::as_str).collect());
    for r in &cells {
        line(&mut out, r.iter().map(String::as_str).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn aligns_numbers_right_and_text_left() {
        let t = super::render(
            &["name", "n"],
            &[
                vec!["a".into(), "10".into()],
                vec!["bbb".into(), "2".into()],
            ],
            40,
        );
        assert_eq!(t, "name   n\n----  --\na     10\nbbb    2\n");
    }

    #[test]
    fn control_characters_in_cells_are_escaped() {
        let t = super::render(&["name"], &[vec!["a\x1b[2J\u{202e}b".into()]], 40);
        assert!(!t.contains('\x1b') && !t.contains('\u{202e}'), "{t}");
        assert!(t.contains("a\\u{1b}[2J\\u{202e}b"), "{t}");
    }
}
