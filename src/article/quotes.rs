//! Quotation finder: which byte ranges of a paragraph are inside quotation marks.
//!
//! Handles straight and curly double quotes, NYT-style `''` and ``` `` ```, curly and straight
//! single quotes used as quotation marks (told apart from apostrophes such as "chief’s"), nesting,
//! and the wire convention where a quoted paragraph has no closing mark because the quote goes on
//! in the next paragraph: an unclosed double quote runs to the end of its paragraph. An unclosed
//! single quote is taken for an apostrophe and dropped.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// “ or `` : closed by ” or ''
    CurlyDouble,
    /// " : closed by "
    StraightDouble,
    /// '' used as a toggle (NYT archives)
    DoubleApostrophe,
    /// ‘ : closed by ’
    CurlySingle,
    /// ' : closed by '
    StraightSingle,
}

impl Mark {
    fn is_double(self) -> bool {
        matches!(
            self,
            Mark::CurlyDouble | Mark::StraightDouble | Mark::DoubleApostrophe
        )
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(crate::text::is_word_char)
}

fn is_space_or_none(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// Characters after which an opening quote may stand (besides space and start of text).
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"'
                )
        }
    }
}

/// Whether a mark stands where a closing mark would: right after text, before a space,
/// punctuation or the end. Sources that type the wrong mark (“review“ of, “crumbling," she said)
/// are read by where the mark stands, not by its shape.
fn closes_here(prev: Option<char>, next: Option<char>) -> bool {
    !is_space_or_none(prev)
        && !opens_after(prev)
        && (is_space_or_none(next)
            || next.is_some_and(|c| {
                matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–')
            }))
}

/// Finds the outermost quotations in `text` (one paragraph). Offsets are relative to `text` and
/// include the quotation marks. Spans are sorted and do not overlap.
pub fn find_quotes(text: &str) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    // Open marks: (mark, byte offset of the mark).
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut backtick = memchr::memchr(b'`', bytes).unwrap_or(n);
    while i < n {
        // Only these bytes start a mark: " ' ` and the lead byte of “ ” ‘ ’.
        if backtick < i {
            backtick = memchr::memchr(b'`', &bytes[i..]).map_or(n, |p| i + p);
        }
        let mark = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[i..]).map_or(n, |p| i + p);
        i = mark.min(backtick);
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        let after = i + c.len_utf8();
        let next = text[after..].chars().next();
        let prev = text[..i].chars().next_back();
        let close_at = |len: usize| i + len;
        match c {
            '“' if closes_here(prev, next) => {
                // An opening mark typed where a closing one belongs.
                if let Some(pos) = stack.iter().rposition(|(m, _)| m.is_double()) {
                    close(&mut stack, &mut spans, pos, close_at(c.len_utf8()));
                } else if stack.is_empty() && spans.is_empty() {
                    spans.push(0..close_at(c.len_utf8()));
                }
            }
            '“' => stack.push((Mark::CurlyDouble, i)),
            '”' => {
                if let Some(pos) = stack.iter().rposition(|(m, _)| m.is_double()) {
                    close(&mut stack, &mut spans, pos, close_at(c.len_utf8()));
                } else if stack.is_empty() && spans.is_empty() {
                    // A quote that began in an earlier paragraph and closes here.
                    spans.push(0..close_at(c.len_utf8()));
                }
            }
            '`' if next == Some('`') => {
                stack.push((Mark::CurlyDouble, i));
                i += 2;
                continue;
            }
            '\'' if next == Some('\'') && bytes.get(i + 2) != Some(&b'\'') => {
                if let Some(pos) = stack
                    .iter()
                    .rposition(|(m, _)| matches!(m, Mark::DoubleApostrophe | Mark::CurlyDouble))
                {
                    close(&mut stack, &mut spans, pos, i + 2);
                } else {
                    stack.push((Mark::DoubleApostrophe, i));
                }
                i += 2;
                continue;
            }
            '"' => match stack.iter().rposition(|(m, _)| *m == Mark::StraightDouble) {
                // Straight double quotes toggle: the nearest open one is closed.
                Some(pos) => close(&mut stack, &mut spans, pos, i + 1),
                // A straight mark closing a curly one (“crumbling," she said).
                None => match stack.iter().rposition(|(m, _)| *m == Mark::CurlyDouble) {
                    Some(pos) if closes_here(prev, next) => {
                        close(&mut stack, &mut spans, pos, i + 1)
                    }
                    _ => stack.push((Mark::StraightDouble, i)),
                },
            },
            '‘' if !is_word_char(prev) && !is_space_or_none(next) => {
                stack.push((Mark::CurlySingle, i));
            }
            // An apostrophe inside a word (chief’s, don’t) never closes a quotation.
            '’' if !is_word_char(next) && !is_space_or_none(prev) => {
                if let Some(pos) = stack.iter().rposition(|(m, _)| *m == Mark::CurlySingle) {
                    close(&mut stack, &mut spans, pos, i + c.len_utf8());
                }
            }
            '\'' => {
                let open_single = stack.iter().rposition(|(m, _)| *m == Mark::StraightSingle);
                if let (Some(pos), false, false) =
                    (open_single, is_word_char(next), is_space_or_none(prev))
                {
                    close(&mut stack, &mut spans, pos, i + 1);
                } else if opens_after(prev) && is_word_char(next) {
                    stack.push((Mark::StraightSingle, i));
                }
            }
            _ => {}
        }
        i = after;
    }
    // Unclosed double quotes run to the end of the paragraph; unclosed singles were apostrophes.
    if let Some(&(_, start)) = stack.iter().find(|(m, _)| m.is_double()) {
        push_outer(&mut spans, start..text.len());
    }
    spans
}

/// Closes the mark at `pos` (and anything opened inside it) ending at byte `end`.
fn close(stack: &mut Vec<(Mark, usize)>, spans: &mut Vec<Range<usize>>, pos: usize, end: usize) {
    let (_, start) = stack[pos];
    stack.truncate(pos);
    // Only outermost quotations are recorded; an inner one is covered by its outer span later.
    if stack
        .iter()
        .any(|(m, _)| m.is_double() || *m == Mark::CurlySingle)
    {
        return;
    }
    push_outer(spans, start..end);
}

fn push_outer(spans: &mut Vec<Range<usize>>, span: Range<usize>) {
    // Drop spans nested inside the new one (closed earlier as inner quotes of an unmatched pair).
    while spans.last().is_some_and(|s| s.start >= span.start) {
        spans.pop();
    }
    spans.push(span);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn curly_double_quotes() {
        let t = "Stoltenberg urged Seoul to “step up” military support.";
        assert_eq!(quoted(t), vec!["“step up”"]);
    }

    #[test]
    fn straight_double_quotes() {
        let t = r#"He said "we will win" and left. "Never," she replied."#;
        assert_eq!(quoted(t), vec![r#""we will win""#, r#""Never,""#]);
    }

    #[test]
    fn single_curly_quotes_in_headline_versus_apostrophe() {
        let t = "‘Asian version of NATO’: North Korea slams NATO chief’s trip to region";
        assert_eq!(quoted(t), vec!["‘Asian version of NATO’"]);
    }

    #[test]
    fn plural_possessive_is_not_a_quote() {
        let t = "The states’ rights and the chief’s trip were discussed.";
        assert!(quoted(t).is_empty());
    }

    #[test]
    fn nested_single_inside_double() {
        let t = "“It will shore up the ‘theory of threat from China’ to emphasize,” he said.";
        assert_eq!(
            quoted(t),
            vec!["“It will shore up the ‘theory of threat from China’ to emphasize,”"]
        );
    }

    #[test]
    fn mismatched_marks_close_where_a_closing_mark_stands() {
        let t = "“Our roads are crumbling,\" she said. \"Families endure it.\"";
        assert_eq!(
            quoted(t),
            vec!["“Our roads are crumbling,\"", "\"Families endure it.\""]
        );
        let t = "FEMA was asked to conduct an “expedited review“ of Flint’s pipes and said no.";
        assert_eq!(quoted(t), vec!["“expedited review“"]);
        let t = "CNN called the announcement “highly significant.\" Cruz said he had apologized.";
        assert_eq!(quoted(t), vec!["“highly significant.\""]);
    }

    #[test]
    fn unclosed_double_quote_runs_to_paragraph_end() {
        let t = "“NATO has put unprecedented spurs to the strengthening of relations.";
        assert_eq!(quoted(t), vec![t]);
    }

    #[test]
    fn paragraph_closing_a_quote_opened_before() {
        let t = "and that is where it ends,” he added.";
        assert_eq!(quoted(t), vec!["and that is where it ends,”"]);
    }

    #[test]
    fn straight_single_quotes_as_quotation_marks() {
        let t = "North Korea puts military in 'quasi-state of war'";
        assert_eq!(quoted(t), vec!["'quasi-state of war'"]);
        assert!(quoted("It's the people's choice, isn't it").is_empty());
    }

    #[test]
    fn nyt_double_apostrophes() {
        let t = "He said, ''We are not going to do that,'' and left.";
        assert_eq!(quoted(t), vec!["''We are not going to do that,''"]);
    }
}
