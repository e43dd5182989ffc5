//! Row views: the columns of each kind of row slant writes (per paragraph, per article, per
//! source, per group) and their cells. Each view names a column and writes its cell in the same
//! call, so a header can never drift from its rows; count columns come from the count structs of
//! [`crate::metrics`].

use crate::analysis::compare::{GroupReport, RATES};
use crate::analysis::paired::PairedEstimate;
use crate::metrics::{ArticleSummary, ClaimRecord, ParagraphMetrics, SourceSummary, CLAIM_CLASSES};

/// One row being built: column names, cells, and which cells hold text (formula-guarded in CSV).
/// The cells live in one buffer, so building a row allocates nothing once the row has been used
/// (writers reuse one row per view with [`Row::clear`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub names: Vec<&'static str>,
    /// Every cell's text, one after another; `ends[i]` is where cell `i` ends.
    buf: String,
    ends: Vec<usize>,
    pub is_text: Vec<bool>,
}

impl Row {
    /// An empty row with room for `cells` cells holding `bytes` bytes of text in all.
    pub fn with_capacity(cells: usize, bytes: usize) -> Row {
        Row {
            names: Vec::with_capacity(cells),
            buf: String::with_capacity(bytes),
            ends: Vec::with_capacity(cells),
            is_text: Vec::with_capacity(cells),
        }
    }

    /// Empties the row, keeping its buffers.
    pub fn clear(&mut self) {
        self.names.clear();
        self.buf.clear();
        self.ends.clear();
        self.is_text.clear();
    }

    /// Cell `i`.
    pub fn cell(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[start..self.ends[i]]
    }

    /// The cells, in column order (sliced by running offsets).
    pub fn cells(&self) -> impl Iterator<Item = &str> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let cell = &self.buf[start..end];
            start = end;
            cell
        })
    }

    /// Ends the cell written into `buf` since the last one.
    fn end_cell(&mut self, name: &'static str, is_text: bool) {
        self.names.push(name);
        self.ends.push(self.buf.len());
        self.is_text.push(is_text);
    }

    /// A text cell (article text, names, metadata: guarded against spreadsheet formulas).
    pub fn text(&mut self, name: &'static str, value: &str) {
        self.buf.push_str(value);
        self.end_cell(name, true);
    }

    /// A text cell written by `Display` (no intermediate string).
    pub fn text_of(&mut self, name: &'static str, value: &impl std::fmt::Display) {
        use std::fmt::Write;
        write!(self.buf, "{value}").expect("writing to a String");
        self.end_cell(name, true);
    }

    /// A text cell written by `write` straight into the row's buffer.
    pub fn text_with(
        &mut self,
        name: &'static str,
        write: impl FnOnce(&mut String) -> std::fmt::Result,
    ) {
        write(&mut self.buf).expect("writing to a String");
        self.end_cell(name, true);
    }

    pub fn count(&mut self, name: &'static str, value: usize) {
        // Most counts are a single digit: pushed as one byte, without formatting.
        match u8::try_from(value) {
            Ok(digit @ 0..=9) => self.buf.push(char::from(b'0' + digit)),
            _ => self.buf.push_str(itoa::Buffer::new().format(value)),
        }
        self.end_cell(name, false);
    }

    /// A count, empty when there is none.
    pub fn maybe_count(&mut self, name: &'static str, value: Option<usize>) {
        match value {
            Some(v) => self.count(name, v),
            None => self.end_cell(name, false),
        }
    }

    /// A number with three decimals.
    pub fn real(&mut self, name: &'static str, value: f64) {
        super::push_f64(&mut self.buf, value);
        self.end_cell(name, false);
    }

    /// A number with three decimals, empty when undefined.
    pub fn maybe(&mut self, name: &'static str, value: Option<f64>) {
        if let Some(v) = value {
            super::push_f64(&mut self.buf, v);
        }
        self.end_cell(name, false);
    }

    /// A group of counts with their column names.
    pub fn counts(&mut self, names: &'static [&'static str], values: impl Iterator<Item = usize>) {
        for (name, v) in names.iter().zip(values) {
            self.count(name, v);
        }
    }
}

/// What one row stands for in `score`'s output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum View {
    /// One row per paragraph.
    #[default]
    Paragraphs,
    /// One row per article (in JSONL, mergeable summaries for `compare --from-summaries`).
    Articles,
    /// One row per source of each article.
    Sources,
    /// One row per claim (`slant claims`).
    Claims,
}

/// A paragraph row; its columns are the JSONL keys of [`ParagraphMetrics`], in the same order.
pub fn paragraph_row(r: &ParagraphMetrics, row: &mut Row) {
    row.text("article_id", &r.article_id);
    row.text("outlet", &r.outlet);
    row.count("paragraph", r.paragraph);
    row.text("kind", r.kind);
    row.count("words", r.words);
    row.count("sentences", r.sentences);
    row.count("quoted_words", r.quoted_words);
    row.counts(crate::metrics::MatchCounts::COLUMNS, r.matches.values());
    row.real("framing_score", r.framing_score);
    row.counts(crate::metrics::ClaimCounts::COLUMNS, r.claims.values());
    row.text_with("sources", |buf| r.sources.write_to(buf));
    row.maybe("source_reliability", r.source_reliability);
    row.text_with("terms", |buf| r.terms.write_to(buf));
}

/// An article row (`--by article`): the article's totals, claim shares and sources.
pub fn article_row(s: &ArticleSummary, row: &mut Row) {
    let t = &s.totals;
    let meta = |k: &str| s.meta.get(k).map(String::as_str).unwrap_or_default();
    row.text("article_id", &s.article_id);
    row.text("outlet", meta("outlet"));
    row.text("title", meta("title"));
    row.text("date", meta("date"));
    row.text("url", meta("url"));
    row.text("doc_kind", meta(crate::article::DOC_KIND_FIELD));
    row.count("paragraphs", t.paragraphs);
    row.count("words", t.words);
    row.count("narration_words", t.narration_words);
    row.count("quoted_words", t.quoted_words);
    row.count("sentences", t.sentences);
    row.counts(crate::metrics::MatchCounts::COLUMNS, t.matches.values());
    row.real("framing_score", t.framing_score);
    row.counts(crate::metrics::ClaimCounts::COLUMNS, t.claims.values());
    for (column, share) in t.claims.shares() {
        row.maybe(column, share);
    }
    row.maybe("source_reliability", t.source_reliability);
    let sources: Vec<String> = s
        .sources
        .iter()
        .map(|x| format!("{} ({}, {})", x.name, x.kind, x.claims))
        .collect();
    row.text("sources", &sources.join("; "));
}

/// A source row of the sources view.
pub fn source_row(article_id: &str, src: &SourceSummary, row: &mut Row) {
    let cues: Vec<String> = src.cues.iter().map(|(c, n)| format!("{c} ({n})")).collect();
    row.text("article_id", article_id);
    row.text("source", &src.name);
    row.text("kind", &src.kind);
    row.count("claims", src.claims);
    row.count("quoted_words", src.quoted_words);
    row.maybe("reliability", src.reliability);
    row.text("cues", &cues.join("; "));
}

/// A claim row of `slant claims`; its columns are the JSONL keys of [`ClaimRecord`].
pub fn claim_row(c: &ClaimRecord, row: &mut Row) {
    row.text("article_id", &c.article_id);
    row.text("doc_kind", &c.doc_kind);
    row.count("paragraph", c.paragraph);
    row.text("kind", &c.kind);
    row.maybe_count("start", c.start);
    row.maybe_count("end", c.end);
    row.text("class", &c.class);
    row.text("source", &c.source);
    row.text("source_kind", &c.source_kind);
    row.maybe("reliability", c.reliability);
    row.text("cue", &c.cue);
    row.text("cue_grade", &c.cue_grade);
    row.text(
        "direct_quote",
        if c.direct_quote { "true" } else { "false" },
    );
    row.text("step", &c.step);
    row.text("text", &c.text);
}

/// A group row of `compare`'s CSV: counts, then each rate as value, lo, hi.
pub fn group_row(g: &GroupReport, row: &mut Row) {
    row.text("group", &g.group);
    row.count("articles", g.articles);
    row.count("paragraphs", g.paragraphs);
    row.count("words", g.words);
    row.count("narration_words", g.narration_words);
    row.count("quoted_words", g.quoted_words);
    row.count("claims", g.claims);
    row.text("doc_kinds", &g.kinds_text());
    for r in RATES {
        let e = g.rates.get(r.name).copied().unwrap_or_default();
        row.maybe(r.name, e.value);
        row.maybe(r.lo_column, e.lo);
        row.maybe(r.hi_column, e.hi);
    }
    // The rates without an interval because the group is too small (their lo and hi are empty).
    let too_few: Vec<&str> = RATES
        .iter()
        .filter(|r| g.rates.get(r.name).is_some_and(|e| e.too_few))
        .map(|r| r.name)
        .collect();
    row.text("too_few", &too_few.join(" "));
}

/// A row of `compare --pair-by`'s CSV: one pair of groups on one rate.
pub fn paired_row(first: &str, second: &str, rate: &str, e: &PairedEstimate, row: &mut Row) {
    row.text("first", first);
    row.text("second", second);
    row.text("rate", rate);
    row.count("events", e.events);
    row.maybe("mean_difference", e.mean_difference);
    row.maybe("mean_difference_lo", e.lo);
    row.maybe("mean_difference_hi", e.hi);
    row.maybe("first_higher_share", e.first_higher);
    row.maybe("second_higher_share", e.second_higher);
    row.maybe("p", e.p);
    row.maybe("p_adjusted", e.p_adjusted);
    row.text("too_few", if e.too_few { "true" } else { "false" });
}

/// The columns of a view, in order.
pub fn columns(view: View) -> Vec<&'static str> {
    let mut row = Row::default();
    match view {
        View::Paragraphs => paragraph_row(&ParagraphMetrics::default(), &mut row),
        View::Articles => article_row(&ArticleSummary::default(), &mut row),
        View::Sources => source_row("", &SourceSummary::default(), &mut row),
        View::Claims => claim_row(&ClaimRecord::default(), &mut row),
    }
    row.names
}

/// The columns the terminal table shows (fewer than the CSV, to fit a screen).
pub fn table_columns(view: View) -> &'static [&'static str] {
    match view {
        View::Paragraphs => &[
            "article_id",
            "paragraph",
            "kind",
            "words",
            "quoted_words",
            "loaded_narration",
            "loaded_quoted",
            "hedges",
            "verbs_loaded",
            "framing_score",
            "claims",
            "attributed_named",
            "unattributed",
            "terms",
        ],
        View::Articles => &[
            "article_id",
            "outlet",
            "words",
            "loaded_narration",
            "loaded_quoted",
            "framing_score",
            "claims",
            "named_share",
            "unattributed_share",
            "source_reliability",
        ],
        View::Sources => &[
            "article_id",
            "source",
            "kind",
            "claims",
            "quoted_words",
            "reliability",
            "cues",
        ],
        View::Claims => &[
            "article_id",
            "paragraph",
            "class",
            "source",
            "source_kind",
            "cue",
            "step",
            "text",
        ],
    }
}

/// Claim classes' share columns, in order (for documentation and tests).
pub fn share_columns() -> impl Iterator<Item = &'static str> {
    CLAIM_CLASSES.into_iter().map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::{ClaimCounts, MatchCounts, Totals};

    /// The keys of a JSON object, in the order written.
    fn json_keys(json: &str) -> Vec<String> {
        let mut keys = Vec::new();
        let mut de = serde_json::Deserializer::from_str(json);
        struct Keys<'a>(&'a mut Vec<String>);
        impl<'de> serde::de::Visitor<'de> for Keys<'_> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<(), A::Error> {
                while let Some(k) = m.next_key::<String>()? {
                    m.next_value::<serde::de::IgnoredAny>()?;
                    self.0.push(k);
                }
                Ok(())
            }
        }
        serde::Deserializer::deserialize_map(&mut de, Keys(&mut keys)).unwrap();
        keys
    }

    /// Paragraph and claim rows: the CSV header is exactly the JSONL keys, in order.
    #[test]
    fn csv_columns_are_the_jsonl_keys() {
        let json = serde_json::to_string(&ParagraphMetrics::default()).unwrap();
        assert_eq!(json_keys(&json), columns(View::Paragraphs));
        let json = serde_json::to_string(&ClaimRecord::default()).unwrap();
        assert_eq!(json_keys(&json), columns(View::Claims));
    }

    /// Every count column of the schema reaches the paragraph CSV and JSONL, the article CSV and
    /// JSONL summary, and compare's inputs (the article totals, read back from a summary).
    #[test]
    fn every_count_reaches_every_output() {
        let summary_json = serde_json::to_string(&ArticleSummary::default()).unwrap();
        let summary_keys = json_keys(&summary_json);
        let paragraph = columns(View::Paragraphs);
        let article = columns(View::Articles);
        for (i, name) in MatchCounts::COLUMNS
            .iter()
            .chain(ClaimCounts::COLUMNS)
            .enumerate()
        {
            assert!(paragraph.contains(name), "{name} not in paragraph CSV");
            assert!(article.contains(name), "{name} not in article CSV");
            assert!(
                summary_keys.iter().any(|k| k == name),
                "{name} not in summary"
            );
            // A summary carrying a distinct value in this column gives compare that value.
            let mut value: serde_json::Value = serde_json::from_str(&summary_json).unwrap();
            value[*name] = (i + 7).into();
            let back: ArticleSummary = serde_json::from_value(value).unwrap();
            let totals: Totals = back.totals;
            let got = totals.matches.get(name).or_else(|| totals.claims.get(name));
            assert_eq!(got, Some(i + 7), "{name} lost on the way to compare");
        }
        for share in share_columns() {
            assert!(article.contains(&share));
        }
    }

    /// The table views show only columns the full rows have.
    #[test]
    fn table_columns_exist_in_their_view() {
        for view in [
            View::Paragraphs,
            View::Articles,
            View::Sources,
            View::Claims,
        ] {
            let all = columns(view);
            for c in table_columns(view) {
                assert!(all.contains(c), "{c} is not a column of {view:?}");
            }
        }
    }
}
