//! Quotation finder: which byte ranges of a paragraph are inside quotation marks.
//!
//! Handles straight and curly double quotes, NYT-style `''` and ``` `` ```, curly and straight
//! single quotes used as quotation marks (told apart from apostrophes such as "chief’s"), nesting
//! (a straight mark shaped like an opener inside an open straight quote opens an inner quote),
//! and quotes that go on into the next paragraph. The wire convention leaves a quoted paragraph
//! without a closing mark and reopens the next one with a mark: an unclosed double quote runs to
//! the end of its paragraph. When the next paragraph does not reopen the quote but its first
//! double mark is shaped like a closer (`… that way," she said.`), the quote carried over from the
//! paragraph before runs up to that mark. An unclosed single quote is taken for an apostrophe.

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

/// A double quotation left open at the end of a paragraph, which may go on in the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenQuote(Mark);

/// Whether a mark stands where an opening mark would: after a space, an opening bracket or the
/// start, and before a word.
fn opens_here(prev: Option<char>, next: Option<char>) -> bool {
    opens_after(prev) && !is_space_or_none(next)
}

/// The quotations of one paragraph and the double quote it leaves open, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quotes {
    /// The outermost quotations, relative to the paragraph, marks included; sorted, disjoint.
    pub spans: Vec<Range<usize>>,
    /// A double quote still open at the paragraph's end.
    pub open_at_end: Option<OpenQuote>,
}

/// Finds the outermost quotations in `text` (one paragraph). Offsets are relative to `text` and
/// include the quotation marks. Spans are sorted and do not overlap.
pub fn find_quotes(text: &str) -> Vec<Range<usize>> {
    quotes_after(text, None).spans
}

/// The quotations of a paragraph that follows one which left `carried` open.
pub fn quotes_after(text: &str, carried: Option<OpenQuote>) -> Quotes {
    let mut spans: Vec<Range<usize>> = Vec::new();
    // Open marks: (mark, byte offset of the mark).
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    if let Some(OpenQuote(mark)) = carried {
        if first_double_mark_closes(text) {
            stack.push((mark, 0));
        }
    }
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
        let mut after = i + c.len_utf8();
        // A doubled straight mark opening a quote (`""We have …`, a typing or conversion slip)
        // counts once; an empty `""` (an attribute, `pic=""`) stays two marks.
        if c == '"'
            && bytes.get(after) == Some(&b'"')
            && opens_after(text[..i].chars().next_back())
            && is_word_char(text[after + 1..].chars().next())
        {
            after += 1;
        }
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
                // Inside a straight quote opened on the same line, a mark shaped like an opener
                // opens an inner quote (`"… any "red lines" drawn by others,"`). On a new line it
                // reopens, as in text laid out one sentence a line.
                Some(pos)
                    if opens_here(prev, next)
                        && !closes_here(prev, next)
                        && !text[stack[pos].1..i].contains('\n') =>
                {
                    stack.push((Mark::StraightDouble, i))
                }
                // Otherwise straight double quotes toggle: the nearest open one is closed.
                Some(pos) => close(&mut stack, &mut spans, pos, after),
                // A straight mark closing a curly one (“crumbling," she said).
                None => match stack.iter().rposition(|(m, _)| *m == Mark::CurlyDouble) {
                    Some(pos) if closes_here(prev, next) => {
                        close(&mut stack, &mut spans, pos, after)
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
    let open = stack.iter().find(|(m, _)| m.is_double()).copied();
    if let Some((_, start)) = open {
        push_outer(&mut spans, start..text.len());
    }
    Quotes {
        spans,
        open_at_end: open.map(|(m, _)| OpenQuote(m)),
    }
}

/// A double quote carried into a paragraph with no double quotation mark of its own, that a
/// later paragraph closes (`closed_later` tells): the whole paragraph is quoted and the quote goes
/// on. A block quotation whose inner paragraphs lost their reopening marks ("“Expect more of
/// this. …" / "Let's recap what we saw …" / "… Act accordingly.”") is read whole.
pub fn carried_through(
    text: &str,
    carried: Option<OpenQuote>,
    closed_later: impl FnOnce() -> bool,
) -> Option<Quotes> {
    let carried = carried?;
    // (A paragraph that reopens the quote, as the wire convention has it, is read as it is.)
    let reopens = text.trim_start().starts_with(['"', '“', '‘', '\'', '`']);
    (!reopens && goes_on_inside(text) && closed_later()).then(|| Quotes {
        spans: std::iter::once(0..text.len()).collect(),
        open_at_end: Some(carried),
    })
}

/// Whether a paragraph may stand inside a quotation that goes on through it: it speaks in the
/// first or second person, reports nobody's words, and has no double quotation mark, or only
/// short quotations of its own, closed, that do not open on a closer (scare quotes).
pub fn goes_on_inside(text: &str) -> bool {
    // (Not narration that reports someone's words: "Police said 40 people were arrested.",
    // "Jones argued the plan was a mistake.", "According to police, …"; a first person's "I
    // said" or a "so-called" may stand inside the quotation.)
    #[rustfmt::skip]
    const REPORTING: &[&str] = &[
        "said", "says", "told", "tells", "added", "adds", "according", "called", "calls", "wrote",
        "writes", "announced", "argued", "argues", "insisted", "insists", "confirmed", "stated",
        "states", "noted", "notes", "reported", "reports", "warned", "warns", "claimed", "claims",
        "estimated", "denied", "denies", "explained", "explains", "testified", "replied",
        "replies", "asserted", "acknowledged", "admitted", "admits", "tweeted", "posted",
        "responded", "countered", "recalled", "predicted", "alleged", "conceded", "cautioned",
        "say", "believe", "believes", "disagreed", "blasted", "accused", "vowed", "suggested",
        "stressed", "urged", "acknowledge", "show", "shows", "showed", "found", "criticized",
        "criticised", "praised", "questioned", "demanded", "rejected", "dismissed", "defended",
        "insist", "argue", "warn", "claim", "deny", "estimate", "report", "expects", "expected",
    ];
    // (And only a paragraph in the first or second person, as quoted speech is and narration
    // is not: "Let's recap what we saw", "We do not strive for that".)
    let mut before = "";
    let mut person = false;
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let reports = REPORTING.iter().any(|r| w.eq_ignore_ascii_case(r));
        let so_called = matches!(before, "so" | "So") && w == "called";
        if reports && !so_called {
            return false;
        }
        // (Not a numeral, "World War I", "Phase I", nor the outlet's "Our reporter".)
        let numeral = w == "I" && matches!(before, "War" | "Phase" | "Title" | "Act" | "Chapter");
        let outlet = matches!(before, "Our" | "our") && w.starts_with("report");
        person &= !outlet;
        const PERSONS: [&str; 13] = [
            "I", "me", "my", "we", "We", "us", "our", "Our", "you", "You", "your", "Your", "Let",
        ];
        person |= !numeral && PERSONS.contains(&w);
        before = w;
    }
    if !person {
        return false;
    }
    let has_mark = memchr::memchr3(b'"', b'`', 0xE2, text.as_bytes()).is_some()
        && (text.contains(['"', '“', '”']) || text.contains("''") || text.contains("``"));
    if !has_mark {
        return true;
    }
    let own = quotes_after(text, None);
    own.open_at_end.is_none()
        && !first_double_mark_closes(text)
        && own
            .spans
            .iter()
            .all(|q| text[q.clone()].split_whitespace().count() <= 3)
}

/// Whether a paragraph closes a block quotation carried into it: its first double mark is a
/// closer that ends the paragraph or only an attribution follows in its sentence (`… Act
/// accordingly.”`, `… from our land," the President said.`); not a closer with narration after
/// it (`Wilkins said," Warhol liked …`).
pub fn closes_a_block(text: &str) -> bool {
    let Some(end) = first_closer_end(text) else {
        return false;
    };
    let after = text[end..].trim();
    let sentence = &after[..after.find(['.', '!', '?']).unwrap_or(after.len())];
    let words: Vec<&str> = sentence
        .trim_start_matches(',')
        .split_whitespace()
        .collect();
    // (A long attribution too: "said Jane Doe, a spokeswoman for the Texas Department of …".)
    let attribution = words.iter().any(|w| {
        let w = w.trim_end_matches(',');
        [
            "said",
            "says",
            "told",
            "added",
            "wrote",
            "asked",
            "according",
        ]
        .iter()
        .any(|r| w.eq_ignore_ascii_case(r))
    });
    after.is_empty() || words.len() <= 6 || attribution
}

/// Whether the first double quotation mark of a paragraph is shaped like a closer (attached to
/// the word before it, followed by a space or punctuation): the paragraph then goes on with a
/// quote opened in the paragraph before.
pub fn first_double_mark_closes(text: &str) -> bool {
    first_closer_end(text).is_some()
}

/// Where the first double quotation mark of a paragraph ends, when it is shaped like a closer
/// (see [`first_double_mark_closes`]).
fn first_closer_end(text: &str) -> Option<usize> {
    for (i, c) in text.char_indices() {
        let is_double = matches!(c, '"' | '“' | '”')
            || (c == '\'' && text[i + 1..].starts_with('\''))
            || (c == '`' && text[i + 1..].starts_with('`'));
        if !is_double {
            continue;
        }
        let prev = text[..i].chars().next_back();
        // (A straight mark after feet and a figure, or after a figure before a measure's word,
        // is an inch: "The 6'4\" center", "12\" of snow", "a 55\" TV"; "by 2050\" and not a
        // year later, she said" closes.)
        if c == '"' && prev.is_some_and(|p| p.is_ascii_digit()) {
            let figure = text[..i].trim_end_matches(|c: char| c.is_ascii_digit());
            let feet = figure.ends_with(['\'', '’'])
                && figure[..figure.len() - 1].ends_with(|c: char| c.is_ascii_digit());
            let measure = text[i + 1..].strip_prefix(' ').is_some_and(|r| {
                [
                    "of ", "TV", "screen", "tall", "long", "wide", "thick", "deep", "high",
                ]
                .iter()
                .any(|m| r.starts_with(m))
            });
            if feet || measure {
                return None;
            }
        }
        let next = text[i + c.len_utf8()..].chars().next();
        let len = if matches!(c, '\'' | '`') {
            2
        } else {
            c.len_utf8()
        };
        let after = text[i + len..].chars().next();
        let closes = c != '“' && c != '`' && closes_here(prev, if len == 2 { after } else { next });
        return closes.then_some(i + len);
    }
    None
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

    /// The paragraph after one that left `"We can …` open.
    fn carried(text: &str) -> Vec<&str> {
        let before = quotes_after("He said: \"We can tell them apart.", None);
        assert!(before.open_at_end.is_some());
        quotes_after(text, before.open_at_end)
            .spans
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_quote_carried_over_without_a_reopening_mark_ends_at_its_closer() {
        // Straight closer, then narration, then a new quote.
        let t = "We will keep it that way,\" Zelenskyy said. He thanked \"all citizens\" again.";
        assert_eq!(
            carried(t),
            vec!["We will keep it that way,\"", "\"all citizens\""]
        );
        // Curly closer, and an opening mark typed where the closer belongs.
        assert_eq!(carried("Keep calm,” he said."), vec!["Keep calm,”"]);
        assert_eq!(carried("Keep calm,“ he said."), vec!["Keep calm,“"]);
        // The wire convention: the next paragraph reopens the quote.
        assert_eq!(
            carried("\"And we will win,\" he said."),
            vec!["\"And we will win,\""]
        );
        // A paragraph that opens with narration and closes nothing is not part of the quote.
        assert!(carried("The talks went on for hours.").is_empty());
        assert_eq!(
            carried("The talks went on. \"We agree,\" he said."),
            vec!["\"We agree,\""]
        );
    }

    #[test]
    fn a_paragraph_inside_a_block_quotation() {
        // No mark, or only short closed quotations of its own: it may stand inside.
        assert!(goes_on_inside("Let's recap what we saw on this video."));
        assert!(goes_on_inside(
            "But little is known about these “students.” We should wonder."
        ));
        // Narration in the third person, or one that reports someone's words, may not.
        assert!(!goes_on_inside("Officers searched the area overnight."));
        assert!(!goes_on_inside(
            "We said then the plan would fail, the statement read."
        ));
        assert!(!goes_on_inside("Jones argued we had lost."));
        // A quotation of its own, a closer first or a quote left open: it may not.
        assert!(!goes_on_inside("“We will fight on the beaches,” he said."));
        assert!(!goes_on_inside("Act accordingly.” The post ended there."));
        assert!(!goes_on_inside("He added: “We will"));
        let carried = Some(OpenQuote(Mark::CurlyDouble));
        let whole = carried_through("Let's recap.", carried, || true).unwrap();
        assert_eq!(
            (whole.spans, whole.open_at_end),
            (std::iter::once(0..12).collect(), carried)
        );
        assert!(carried_through("Let's recap.", carried, || false).is_none());
        assert!(carried_through("Let's recap.", None, || true).is_none());
    }

    #[test]
    fn a_straight_quote_inside_a_straight_quote() {
        let t = r#""I hope they ignore any "red lines" drawn by others," he said."#;
        assert_eq!(
            quoted(t),
            vec![r#""I hope they ignore any "red lines" drawn by others,""#]
        );
        let t = r#""Russia is "paving" the way," he said. "Yes.""#;
        assert_eq!(
            quoted(t),
            vec![r#""Russia is "paving" the way,""#, r#""Yes.""#]
        );
    }

    #[test]
    fn a_doubled_straight_mark_counts_once() {
        let t = r#"""We learned," Mr. Blumenthal said. "And you exemplify it.""#;
        assert_eq!(
            quoted(t),
            vec![r#"""We learned,""#, r#""And you exemplify it.""#]
        );
        assert!(quotes_after(t, None).open_at_end.is_none());
    }

    #[test]
    fn nyt_double_apostrophes() {
        let t = "He said, ''We are not going to do that,'' and left.";
        assert_eq!(quoted(t), vec!["''We are not going to do that,''"]);
    }
}
