//! The article model: a document segmented into headline, byline and body paragraphs, each with
//! its sentences and quotations, all as byte ranges into the article text.

pub mod header;
pub mod quotes;
pub mod sentences;
pub mod words;

use crate::input::{Document, Meta};
use std::ops::Range;

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParagraphKind {
    Headline,
    Byline,
    Body,
    /// Page furniture ("You may also like"): kept in the model, never scored.
    Boilerplate,
}

impl ParagraphKind {
    pub fn name(self) -> &'static str {
        match self {
            ParagraphKind::Headline => "headline",
            ParagraphKind::Byline => "byline",
            ParagraphKind::Body => "body",
            ParagraphKind::Boilerplate => "boilerplate",
        }
    }
}

/// One paragraph: its place, kind, sentences and quotations (absolute byte ranges).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// 1-based position among the article's paragraphs (headline and byline included).
    pub number: usize,
    pub kind: ParagraphKind,
    pub span: Range<usize>,
    pub sentences: Vec<Range<usize>>,
    /// Outermost quotations, sorted, non-overlapping.
    pub quotes: Vec<Range<usize>>,
}

impl Paragraph {
    /// Whether byte `pos` lies inside a quotation of this paragraph.
    pub fn is_quoted(&self, pos: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= pos);
        self.quotes.get(i).is_some_and(|q| q.start <= pos)
    }

    /// The quotations that overlap `span` (a slice of [`Paragraph::quotes`], by binary search).
    pub fn quotes_overlapping(&self, span: &Range<usize>) -> &[Range<usize>] {
        overlapping(&self.quotes, span)
    }

    pub fn is_scored(&self) -> bool {
        self.kind != ParagraphKind::Boilerplate
    }
}

/// The ranges of a sorted, non-overlapping list that overlap `span`, found by binary search.
pub fn overlapping<'a>(sorted: &'a [Range<usize>], span: &Range<usize>) -> &'a [Range<usize>] {
    let lo = sorted.partition_point(|r| r.end <= span.start);
    let hi = lo + sorted[lo..].partition_point(|r| r.start < span.end);
    &sorted[lo..hi]
}

/// A segmented article.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    pub meta: Meta,
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// Problems met while reading (kept with the article so writers can report them).
    pub warnings: Vec<String>,
}

impl Article {
    pub fn slice(&self, span: &Range<usize>) -> &str {
        &self.text[span.clone()]
    }
}

/// Longest a paragraph may be (in words) to be taken for a headline or byline.
const HEADLINE_MAX_WORDS: usize = 30;
const BYLINE_MAX_WORDS: usize = 12;
/// Longest a paragraph may be (in words) to be dropped as boilerplate.
pub const BOILERPLATE_MAX_WORDS: usize = 12;

/// Segments a document. `is_boilerplate` tells whether a paragraph's text starts with page
/// furniture (the boilerplate rules decide; nothing is hard-coded here).
pub fn segment(doc: Document, is_boilerplate: &dyn Fn(&str) -> bool) -> Article {
    let Document {
        id,
        text,
        mut meta,
        warnings,
    } = doc;
    let header = header::parse(&text);
    let mut body_start = 0;
    let mut headline_span = None;
    let mut byline_span = None;
    if let Some(h) = &header {
        body_start = h.body_start;
        for (key, value_span) in &h.fields {
            let value = text[value_span.clone()].to_string();
            let k = key.to_ascii_lowercase();
            if meta.field(&k).is_none() {
                meta.set(&k, value);
            }
            match k.as_str() {
                "title" if !value_span.is_empty() => headline_span = Some(value_span.clone()),
                "byline" | "author" if !value_span.is_empty() => {
                    byline_span = Some(value_span.clone())
                }
                _ => {}
            }
        }
    }

    let mut spans: Vec<(ParagraphKind, Range<usize>)> = Vec::new();
    if let Some(s) = headline_span {
        spans.push((ParagraphKind::Headline, s));
    }
    if let Some(s) = byline_span {
        spans.push((ParagraphKind::Byline, s));
    }
    let title_known = meta.title.is_some();
    // One paragraph per line and no blank line between them: the lines are the paragraphs.
    let body: Vec<Range<usize>> = if crate::text::lines_are_paragraphs(&text[body_start..]) {
        split_lines(&text, body_start)
    } else {
        split_paragraphs(&text, body_start)
    };
    for (i, span) in body.into_iter().enumerate() {
        let p = &text[span.clone()];
        // Only the first paragraph can be a headline; the others need counting only as far as
        // the byline and boilerplate limits.
        let limit = if i == 0 {
            2 * HEADLINE_MAX_WORDS
        } else {
            BYLINE_MAX_WORDS.max(BOILERPLATE_MAX_WORDS)
        };
        // A body that repeats the header's title as its first paragraph: the header's title is
        // the headline already, so the repeat is not counted again as body text.
        if i == 0
            && header
                .as_ref()
                .and_then(|h| h.title())
                .is_some_and(|t| same_text(&text[t.clone()], p))
        {
            continue;
        }
        let words = words::count_up_to(p, limit);
        let kind = if i == 0
            && header.as_ref().is_none_or(|h| h.title().is_none())
            && looks_like_headline(p, words, meta.title.as_deref(), title_known)
        {
            ParagraphKind::Headline
        } else if i <= 2
            && byline_span_missing(&spans)
            && words <= BYLINE_MAX_WORDS
            && looks_like_byline(p)
        {
            ParagraphKind::Byline
        } else if words <= BOILERPLATE_MAX_WORDS && is_boilerplate(p) {
            ParagraphKind::Boilerplate
        } else {
            ParagraphKind::Body
        };
        if kind == ParagraphKind::Headline && meta.title.is_none() {
            meta.title = Some(p.trim().to_string());
        }
        if kind == ParagraphKind::Byline && meta.byline.is_none() {
            meta.byline = Some(p.trim().to_string());
        }
        spans.push((kind, span));
    }

    spans.sort_by_key(|(_, s)| s.start);
    let paragraphs = spans
        .into_iter()
        .enumerate()
        .map(|(n, (kind, span))| {
            let p = &text[span.clone()];
            let sentences = sentences::split_sentences(p)
                .into_iter()
                .map(|r| span.start + r.start..span.start + r.end)
                .collect();
            let quotes = quotes::find_quotes(p)
                .into_iter()
                .map(|r| span.start + r.start..span.start + r.end)
                .collect();
            Paragraph {
                number: n + 1,
                kind,
                span,
                sentences,
                quotes,
            }
        })
        .collect();
    Article {
        id,
        meta,
        text,
        paragraphs,
        warnings,
    }
}

/// Whether two texts are the same but for case and spacing.
fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace()
        .map(str::to_lowercase)
        .eq(b.split_whitespace().map(str::to_lowercase))
}

fn byline_span_missing(spans: &[(ParagraphKind, Range<usize>)]) -> bool {
    !spans.iter().any(|(k, _)| *k == ParagraphKind::Byline)
}

/// A headline: the known title, or a short first paragraph without final punctuation.
fn looks_like_headline(p: &str, words: usize, title: Option<&str>, title_known: bool) -> bool {
    if let Some(t) = title {
        if title_known && p.trim().starts_with(t.trim()) && words <= HEADLINE_MAX_WORDS * 2 {
            return true;
        }
    }
    if words == 0 || words > HEADLINE_MAX_WORDS || p.trim().contains('\n') {
        return false;
    }
    let last = p
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .chars()
        .last();
    !matches!(last, Some('.' | '!' | '?' | ':' | ';' | ','))
}

/// "By Anadolu Agency", "by Jane Doe and John Roe", "BY STAFF".
fn looks_like_byline(p: &str) -> bool {
    let t = p.trim();
    let lower_prefix = t.get(..3).map(|s| s.to_ascii_lowercase());
    lower_prefix.as_deref() == Some("by ") && !t.ends_with('.')
}

/// Paragraph ranges, one per non-blank line, trimmed (see [`crate::text::lines_are_paragraphs`]).
pub fn split_lines(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        if !line.trim().is_empty() {
            out.push(pos + lead..pos + line.trim_end().len());
        }
        pos += line.len();
    }
    out
}

/// Paragraph ranges: separated by blank lines (lines with only whitespace), trimmed.
pub fn split_paragraphs(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut para_end = from;
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        if line.trim().is_empty() {
            if let Some(s) = para_start.take() {
                out.push(s..para_end);
            }
        } else {
            if para_start.is_none() {
                let lead = line.len() - line.trim_start().len();
                para_start = Some(line_start + lead);
            }
            para_end = line_start + line.trim_end().len();
        }
    }
    if let Some(s) = para_start {
        out.push(s..para_end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str) -> Article {
        segment(Document::new("t", text), &|p: &str| {
            p.starts_with("You may also like")
        })
    }

    /// A scraped file often repeats its header's title as the first line of the body: that
    /// line is the headline, not a body paragraph of its own.
    #[test]
    fn a_title_repeated_under_the_header_is_not_body_text() {
        let a = seg(
            "title: Talks stall in Geneva\n---\nTalks  stall in GENEVA\n\nThe talks stalled.\n",
        );
        let kinds: Vec<ParagraphKind> = a.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ParagraphKind::Headline, ParagraphKind::Body]);
        assert_eq!(a.slice(&a.paragraphs[1].span), "The talks stalled.");
        // A first paragraph that only starts like the title stays.
        let a = seg("title: Talks stall\n---\nTalks stall in Geneva as the year ends.\n");
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "one\ntwo\n\n  \nthree\n\n\nfour  ";
        let spans = split_paragraphs(t, 0);
        let parts: Vec<&str> = spans.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(parts, vec!["one\ntwo", "three", "four"]);
    }

    #[test]
    fn one_paragraph_per_line_is_split_on_lines() {
        let text = "Talks collapse\nWorkers walked out on Monday.\nThe union said the offer was low.\n\u{201c}No,\u{201d} a steward said.\n";
        let a = seg(text);
        let paras: Vec<&str> = a.paragraphs.iter().map(|p| &text[p.span.clone()]).collect();
        assert_eq!(
            paras,
            [
                "Talks collapse",
                "Workers walked out on Monday.",
                "The union said the offer was low.",
                "\u{201c}No,\u{201d} a steward said."
            ]
        );
        assert_eq!(a.paragraphs[0].kind, ParagraphKind::Headline);
    }

    #[test]
    fn headline_byline_body_and_boilerplate() {
        let a = seg("Big news: NATO chief visits Seoul\n\nby Anadolu Agency\n\nThe chief arrived on Monday. He met officials.\n\nYou may also like");
        let kinds: Vec<ParagraphKind> = a.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![
                ParagraphKind::Headline,
                ParagraphKind::Byline,
                ParagraphKind::Body,
                ParagraphKind::Boilerplate
            ]
        );
        assert_eq!(a.paragraphs[2].sentences.len(), 2);
        assert_eq!(
            a.meta.title.as_deref(),
            Some("Big news: NATO chief visits Seoul")
        );
        assert_eq!(a.meta.byline.as_deref(), Some("by Anadolu Agency"));
    }

    #[test]
    fn first_paragraph_with_final_stop_is_body() {
        let a = seg("Vladimir Putin held talks in Beijing.\n\nMore text here.");
        assert_eq!(a.paragraphs[0].kind, ParagraphKind::Body);
    }

    #[test]
    fn header_title_becomes_headline_and_meta() {
        let t = "title: Russian-Chinese talks\noutlet: Kremlin\ndate: 2022-02-04\n---\nVladimir Putin held talks.\n\nSecond.";
        let a = seg(t);
        assert_eq!(a.meta.outlet.as_deref(), Some("Kremlin"));
        assert_eq!(a.paragraphs[0].kind, ParagraphKind::Headline);
        assert_eq!(a.slice(&a.paragraphs[0].span), "Russian-Chinese talks");
        assert_eq!(a.paragraphs[1].kind, ParagraphKind::Body);
        assert_eq!(a.paragraphs.len(), 3);
    }

    #[test]
    fn quotes_are_absolute_and_queryable() {
        let a = seg("Headline here\n\nHe said “vassal forces” were there.");
        let p = &a.paragraphs[1];
        let pos = a.text.find("vassal").unwrap();
        assert!(p.is_quoted(pos));
        assert!(!p.is_quoted(a.text.find("were").unwrap()));
    }
}
