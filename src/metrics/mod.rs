//! Metrics: per-paragraph framing and attribution figures, and the per-article summary that
//! `compare` aggregates (summaries from separate runs merge into the same result).

use crate::article::{Article, ParagraphKind};
use crate::attribution::{Claim, ClaimClass};
use crate::matching::{Match, Voice};
use crate::rules::{Role, RuleSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

/// Declares a struct of counts that add up (paragraph to article, article to group), with its
/// column names in field order. Adding a count is one line here plus its computation in
/// [`measure`]: CSV headers, JSONL keys, the table view and `compare`'s inputs all follow.
macro_rules! counts {
    ($(#[$m:meta])* pub struct $name:ident { $( $(#[doc = $doc:literal])* $field:ident, )* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
        pub struct $name {
            $( $(#[doc = $doc])* pub $field: usize, )*
        }

        impl $name {
            /// Column names, in field order.
            pub const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// The values, in [`Self::COLUMNS`] order.
            pub fn values(&self) -> impl Iterator<Item = usize> {
                [$(self.$field),*].into_iter()
            }

            /// One count by its column name.
            pub fn get(&self, column: &str) -> Option<usize> {
                match column {
                    $( stringify!($field) => Some(self.$field), )*
                    _ => None,
                }
            }
        }

        impl std::ops::AddAssign for $name {
            fn add_assign(&mut self, o: Self) {
                $( self.$field += o.$field; )*
            }
        }
    };
}

counts! {
    /// Matches of a paragraph (or article), counted by what their category means and where they
    /// stand.
    pub struct MatchCounts {
        /// Matches of loaded and label categories in the outlet's own voice.
        loaded_narration,
        /// Matches of loaded and label categories inside quotations.
        loaded_quoted,
        /// Hedge matches in narration.
        hedges,
        /// Intensifier matches in narration.
        intensifiers,
        /// Neutral reporting cues in narration.
        verbs_neutral,
        /// Loaded reporting cues in narration.
        verbs_loaded,
        /// Scare-quote markers in narration.
        scare_quotes,
    }
}

impl MatchCounts {
    /// Counts one match of a category with `role`, standing in narration or not.
    pub fn count(&mut self, role: Role, narration: bool) {
        match (role, narration) {
            (r, true) if r.is_loaded() => self.loaded_narration += 1,
            (r, false) if r.is_loaded() => self.loaded_quoted += 1,
            (r, true) if r.is_hedge() => self.hedges += 1,
            (Role::Intensifier, true) => self.intensifiers += 1,
            (Role::VerbNeutral, true) => self.verbs_neutral += 1,
            (Role::VerbLoaded, true) => self.verbs_loaded += 1,
            (Role::ScareQuote, true) => self.scare_quotes += 1,
            _ => {}
        }
    }
}

counts! {
    /// Claims by class, and the directly quoted ones among the attributed.
    pub struct ClaimCounts {
        /// Every claim (a sentence or quotation that asserts something).
        claims,
        /// Attributed to a named source.
        attributed_named,
        /// Attributed to an unnamed source ("officials said").
        attributed_anonymous,
        /// Attributed with no source at all ("reportedly").
        agentless,
        /// Bare assertions in the outlet's voice.
        unattributed,
        /// Attributed claims that are direct quotations.
        direct_quotes,
    }
}

impl ClaimCounts {
    /// Counts one claim.
    pub fn count(&mut self, claim: &Claim) {
        self.claims += 1;
        match claim.class {
            ClaimClass::Named => self.attributed_named += 1,
            ClaimClass::Anonymous => self.attributed_anonymous += 1,
            ClaimClass::Agentless => self.agentless += 1,
            ClaimClass::Unattributed => self.unattributed += 1,
        }
        if claim.direct_quote && claim.source.is_some() {
            self.direct_quotes += 1;
        }
    }

    /// Claims of one class.
    pub fn of_class(&self, class: ClaimClass) -> usize {
        match class {
            ClaimClass::Named => self.attributed_named,
            ClaimClass::Anonymous => self.attributed_anonymous,
            ClaimClass::Agentless => self.agentless,
            ClaimClass::Unattributed => self.unattributed,
        }
    }

    /// Each class's share of the claims (`named_share`, …), None without claims.
    pub fn shares(&self) -> impl Iterator<Item = (&'static str, Option<f64>)> + '_ {
        CLAIM_CLASSES
            .into_iter()
            .map(|(c, column)| (column, ratio(self.of_class(c), self.claims)))
    }
}

/// The claim classes in column order, with the name of their share column.
pub const CLAIM_CLASSES: [(ClaimClass, &str); 4] = [
    (ClaimClass::Named, "named_share"),
    (ClaimClass::Anonymous, "anonymous_share"),
    (ClaimClass::Agentless, "agentless_share"),
    (ClaimClass::Unattributed, "unattributed_share"),
];

/// One scored paragraph: the row of the per-paragraph CSV and JSONL (fields in column order).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ParagraphMetrics {
    /// Shared by the article's rows (as is `outlet`).
    pub article_id: Arc<str>,
    pub outlet: Arc<str>,
    /// 1-based position among the article's paragraphs (headline and byline included).
    pub paragraph: usize,
    pub kind: &'static str,
    pub words: usize,
    pub sentences: usize,
    pub quoted_words: usize,
    #[serde(flatten)]
    pub matches: MatchCounts,
    /// 100 * (sum of weights of narration matches) / narration words.
    pub framing_score: f64,
    #[serde(flatten)]
    pub claims: ClaimCounts,
    /// Sources of the paragraph's claims, in first-seen order (one cell: `name (kind); …`).
    pub sources: Sources,
    /// Mean reliability weight over attributed claims; None where there are none.
    pub source_reliability: Option<f64>,
    /// Every match, in text order (one cell: `term[rule|n]; …`).
    pub terms: Terms,
}

/// A paragraph's matches. As text (CSV cell, JSONL string): `term[rule|n]; …`, each match with
/// its rule and voice code (`n` narration, `q` quoted).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Terms {
    /// The article's text, shared by its rows: the matched text of each hit is a span of it.
    pub text: Arc<str>,
    pub hits: Vec<TermHit>,
}

/// A paragraph's sources. As text: `name (kind); …`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sources(pub Vec<SourceLabel>);

impl Terms {
    /// Writes the cell's text (`term[rule|n]; …`) to any writer: the row's buffer directly, or a
    /// formatter.
    pub fn write_to(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        for (i, t) in self.hits.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            // Piece by piece: `write!` costs more than the text it writes.
            f.write_str(&self.text[t.span.clone()])?;
            f.write_char('[')?;
            f.write_str(&t.rule)?;
            f.write_char('|')?;
            f.write_char(t.voice.code())?;
            f.write_char(']')?;
        }
        Ok(())
    }
}

impl Sources {
    /// Writes the cell's text (`name (kind); …`) to any writer.
    pub fn write_to(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            f.write_str(&s.name)?;
            f.write_str(" (")?;
            f.write_str(&s.kind)?;
            f.write_char(')')?;
        }
        Ok(())
    }
}

impl std::fmt::Display for Terms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.write_to(f)
    }
}

impl std::fmt::Display for Sources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.write_to(f)
    }
}

impl Serialize for Terms {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for Sources {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A match as a paragraph row lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct TermHit {
    /// Where the match stands in [`Terms::text`] (the matched text, as written).
    pub span: Range<usize>,
    /// The rule's id (shared with the rule set).
    pub rule: Arc<str>,
    pub voice: Voice,
}

/// A source as a paragraph row lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLabel {
    pub name: String,
    pub kind: String,
}

/// Counts per term for the summary: (rule id, lower-cased matched text) -> counts by voice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TermCount {
    pub rule: String,
    pub term: String,
    pub category: String,
    pub narration: usize,
    pub quoted: usize,
    /// Where it first appeared: paragraph number and, for loaded and label terms, the sentence
    /// (evidence for `compare`).
    pub example_paragraph: usize,
    pub example: String,
}

/// A source's share of an article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceSummary {
    pub name: String,
    pub kind: String,
    pub claims: usize,
    pub quoted_words: usize,
    /// Cues used, with counts.
    pub cues: BTreeMap<String, usize>,
    pub reliability: Option<f64>,
}

/// The numbers of an article (or of a group of articles): everything rates are made of. They
/// add up across articles, so summaries scored apart merge into the result of one run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub paragraphs: usize,
    pub words: usize,
    pub narration_words: usize,
    pub quoted_words: usize,
    pub sentences: usize,
    #[serde(flatten)]
    pub matches: MatchCounts,
    /// Sum of weights of narration matches (framing_score = 100 * this / narration_words).
    pub framing_weight: f64,
    pub framing_score: f64,
    /// Claims in the body (the headline's are in `headline_claims`).
    #[serde(flatten)]
    pub claims: ClaimCounts,
    pub headline_claims: usize,
    /// Sum and count of reliability weights over attributed claims.
    pub reliability_sum: f64,
    pub reliability_claims: usize,
    pub source_reliability: Option<f64>,
    pub boilerplate_dropped: usize,
}

impl std::ops::AddAssign for Totals {
    /// Adds the additive figures and recomputes the derived ones.
    fn add_assign(&mut self, o: Self) {
        self.paragraphs += o.paragraphs;
        self.words += o.words;
        self.narration_words += o.narration_words;
        self.quoted_words += o.quoted_words;
        self.sentences += o.sentences;
        self.matches += o.matches;
        self.framing_weight += o.framing_weight;
        self.claims += o.claims;
        self.headline_claims += o.headline_claims;
        self.reliability_sum += o.reliability_sum;
        self.reliability_claims += o.reliability_claims;
        self.boilerplate_dropped += o.boilerplate_dropped;
        self.derive();
    }
}

impl Totals {
    /// Recomputes the figures derived from the sums.
    fn derive(&mut self) {
        self.framing_score = framing_score(self.framing_weight, self.narration_words);
        self.source_reliability = (self.reliability_claims > 0)
            .then(|| self.reliability_sum / self.reliability_claims as f64);
    }
}

/// Everything `compare` needs about one article: its metadata, its [`Totals`], its terms and
/// sources.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub article_id: String,
    pub meta: BTreeMap<String, String>,
    #[serde(flatten)]
    pub totals: Totals,
    pub terms: Vec<TermCount>,
    pub sources: Vec<SourceSummary>,
}

pub fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// Framing score: 100 * weight / words, 0 where there are no narration words.
pub fn framing_score(weight: f64, narration_words: usize) -> f64 {
    if narration_words == 0 {
        0.0
    } else {
        100.0 * weight / narration_words as f64
    }
}

/// Reliability weight of a claim's source (None for claims without a source).
pub fn claim_reliability(rules: &RuleSet, claim: &Claim) -> Option<f64> {
    let s = claim.source.as_ref()?;
    Some(match s.registry() {
        Some(i) => rules.reliability_of(&rules.sources[i]),
        None => rules
            .reliability
            .get(s.kind.as_str())
            .copied()
            .unwrap_or(crate::rules::NEUTRAL_RELIABILITY),
    })
}

/// One claim as `slant claims` lists it: where it stands, its class, who stands behind it and
/// which attribution step decided that. Every claim is listed, unattributed ones included.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClaimRecord {
    pub article_id: String,
    /// The article's document kind (news, transcript, speech …).
    pub doc_kind: String,
    /// 1-based paragraph number, as in paragraph rows.
    pub paragraph: usize,
    /// `headline` or `body`.
    pub kind: String,
    /// UTF-8 byte offsets of the claim in the article text as read (for JSONL input, in the text
    /// field, like the gold files), end exclusive; None for a headline taken from a JSONL
    /// record's `title` field, which is not in the text field.
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// `named`, `anonymous`, `agentless` or `unattributed`.
    pub class: String,
    /// The normalised source, empty when there is none.
    pub source: String,
    /// The source's kind (`unregistered`, `anonymous`, a registry kind …), empty when none.
    pub source_kind: String,
    /// Reliability weight of the source; None without a source.
    pub reliability: Option<f64>,
    /// The reporting cue as written, lower-cased; empty when none.
    pub cue: String,
    /// `neutral` or `loaded` (the cue's category); empty without a cue.
    pub cue_grade: String,
    /// The claim holds a quotation of at least three words.
    pub direct_quote: bool,
    /// The attribution step that decided the source, or that there is none; empty for an
    /// unattributed claim.
    pub step: String,
    /// The claim's text as slant read it (line ends as LF).
    pub text: String,
}

/// The claims of an article as records, in text order.
pub fn claim_records(article: &Article, claims: &[Claim], rules: &RuleSet) -> Vec<ClaimRecord> {
    claims
        .iter()
        .map(|c| {
            let para = &article.paragraphs[c.paragraph];
            let source = c.source.as_ref();
            let span = article.origin.range(&c.span);
            ClaimRecord {
                article_id: article.id.clone(),
                doc_kind: article.doc_kind.name().to_string(),
                paragraph: para.number,
                kind: para.kind.name().to_string(),
                start: span.as_ref().map(|r| r.start),
                end: span.map(|r| r.end),
                class: c.class.name().to_string(),
                source: source.map(|s| s.name.clone()).unwrap_or_default(),
                source_kind: source
                    .map(|s| s.kind.as_str().to_string())
                    .unwrap_or_default(),
                reliability: claim_reliability(rules, c),
                cue: c.cue.as_ref().map(|q| q.text.clone()).unwrap_or_default(),
                cue_grade: match &c.cue {
                    Some(q) if q.loaded => "loaded".into(),
                    Some(_) => "neutral".into(),
                    None => String::new(),
                },
                direct_quote: c.direct_quote,
                step: c.step.map(|s| s.to_string()).unwrap_or_default(),
                text: article.text[c.span.clone()].to_string(),
            }
        })
        .collect()
}

/// Computes paragraph rows and the article summary.
pub fn measure(
    article: &Article,
    matches: &[Match],
    claims: &[Claim],
    rules: &RuleSet,
) -> (Vec<ParagraphMetrics>, ArticleSummary) {
    let article_id: Arc<str> = article.id.as_str().into();
    let outlet: Arc<str> = article.meta.outlet.as_deref().unwrap_or_default().into();
    let text: Arc<str> = article.text.as_str().into();
    let mut rows = Vec::with_capacity(article.paragraphs.len());
    let mut summary = ArticleSummary {
        article_id: article.id.clone(),
        meta: meta_map(article),
        ..Default::default()
    };
    // At most a term per match and a source per claim: room for all, so neither list (nor the
    // term index) is grown.
    summary.terms.reserve(matches.len());
    summary.sources.reserve(claims.len());
    let mut term_index: rustc_hash::FxHashMap<(usize, String), usize> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(matches.len(), Default::default());
    // Keyed by the claims' own names: a lookup copies nothing.
    let mut source_index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut mi = 0;
    let mut ci = 0;
    for (pi, para) in article.paragraphs.iter().enumerate() {
        let pm_start = mi;
        while mi < matches.len() && matches[mi].span.start < para.span.end {
            mi += 1;
        }
        let pmatches = &matches[pm_start..mi];
        let c_start = ci;
        while ci < claims.len() && claims[ci].paragraph == pi {
            ci += 1;
        }
        let pclaims = &claims[c_start..ci];
        if para.kind == ParagraphKind::Boilerplate {
            summary.totals.boilerplate_dropped += 1;
            continue;
        }
        let (words, quoted_words) = para.word_stats(&para.span);
        let narration_words = words - quoted_words;
        let mut row = ParagraphMetrics {
            article_id: article_id.clone(),
            outlet: outlet.clone(),
            paragraph: para.number,
            kind: para.kind.name(),
            words,
            sentences: para.sentences.len(),
            quoted_words,
            matches: MatchCounts::default(),
            framing_score: 0.0,
            claims: ClaimCounts::default(),
            sources: Sources::default(),
            source_reliability: None,
            terms: Terms {
                text: text.clone(),
                hits: Vec::with_capacity(pmatches.len()),
            },
        };
        let mut weight = 0.0;
        for m in pmatches {
            let rule = &rules.rules[m.rule];
            let role = rules.categories[rule.category].role;
            let narration = m.voice == Voice::Narration;
            row.matches.count(role, narration);
            if narration {
                weight += rule.weight;
            }
            let matched = &article.text[m.span.clone()];
            row.terms.hits.push(TermHit {
                span: m.span.clone(),
                rule: rule.id.clone(),
                voice: m.voice,
            });
            let key = (m.rule, normalise_term(matched));
            let idx = match term_index.get(&key) {
                Some(&i) => i,
                None => {
                    summary.terms.push(TermCount {
                        rule: rule.id.to_string(),
                        term: key.1.clone(),
                        category: rules.categories[rule.category].id.clone(),
                        example_paragraph: para.number,
                        // Evidence sentences are kept for loaded language, which `compare` lists.
                        example: if role.is_loaded() {
                            sentence_of(article, para, m.span.start)
                        } else {
                            String::new()
                        },
                        ..Default::default()
                    });
                    term_index.insert(key, summary.terms.len() - 1);
                    summary.terms.len() - 1
                }
            };
            if narration {
                summary.terms[idx].narration += 1;
            } else {
                summary.terms[idx].quoted += 1;
            }
        }
        row.framing_score = framing_score(weight, narration_words);

        let mut rel_sum = 0.0;
        let mut rel_n = 0;
        // The paragraph's sources met so far, for a linear dedupe (a paragraph may hold
        // thousands).
        let mut seen: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
        for c in pclaims {
            row.claims.count(c);
            let reliability = claim_reliability(rules, c);
            if let Some(r) = reliability {
                rel_sum += r;
                rel_n += 1;
            }
            if let Some(s) = &c.source {
                if seen.insert((s.name.as_str(), s.kind.as_str())) {
                    row.sources.0.push(SourceLabel {
                        name: s.name.clone(),
                        kind: s.kind.as_str().to_string(),
                    });
                }
                let idx = *source_index.entry(s.name.as_str()).or_insert_with(|| {
                    summary.sources.push(SourceSummary {
                        name: s.name.clone(),
                        kind: s.kind.to_string(),
                        reliability,
                        ..Default::default()
                    });
                    summary.sources.len() - 1
                });
                let ss = &mut summary.sources[idx];
                ss.claims += 1;
                ss.quoted_words += c.quoted_words;
                if let Some(cue) = &c.cue {
                    // The cue is copied only the first time the source uses it.
                    match ss.cues.get_mut(&cue.text) {
                        Some(n) => *n += 1,
                        None => {
                            ss.cues.insert(cue.text.clone(), 1);
                        }
                    }
                }
            }
        }
        row.source_reliability = (rel_n > 0).then(|| rel_sum / rel_n as f64);

        // Article totals.
        let t = &mut summary.totals;
        t.paragraphs += 1;
        t.words += row.words;
        t.narration_words += narration_words;
        t.quoted_words += row.quoted_words;
        t.sentences += row.sentences;
        t.matches += row.matches;
        t.framing_weight += weight;
        if para.kind == ParagraphKind::Headline {
            t.headline_claims += row.claims.claims;
        } else {
            t.claims += row.claims;
            t.reliability_sum += rel_sum;
            t.reliability_claims += rel_n;
        }
        rows.push(row);
    }
    summary.totals.derive();
    (rows, summary)
}

/// Lower-case, curly apostrophes folded, inner whitespace collapsed.
pub fn normalise_term(s: &str) -> String {
    let bytes = s.as_bytes();
    let simple = bytes
        .iter()
        .all(|&b| b.is_ascii() && !matches!(b, b'\n' | b'\t' | b'\r'))
        && !bytes.windows(2).any(|w| w == b"  ");
    if simple {
        return s.to_ascii_lowercase();
    }
    collapse_whitespace(s).to_lowercase().replace('’', "'")
}

/// Whether collapsing whitespace leaves `s` as it is (most sentences): no whitespace but single
/// spaces between other characters. One pass over the bytes, eight at a time where they are all
/// printable ASCII; only characters that start with the lead byte of a non-ASCII whitespace
/// (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) are decoded.
fn is_collapsed(s: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let bytes = s.as_bytes();
    // True at the start too: a space there is a leading one.
    let mut after_space = true;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        // Every byte in 0x20..=0x7f (adding to the low seven bits never carries into the next
        // byte): only a space after a space can be wrong.
        if (!((x & !HIGH) + ONES * 0x60) | x) & HIGH == 0 {
            let space = !((x ^ (ONES * 0x20)) + ONES * 0x7f) & HIGH;
            if space & ((space >> 8) | (u64::from(after_space) << 7)) != 0 {
                return false;
            }
            after_space = space >> 63 == 1;
        } else if !(i..i + 8).all(|k| collapsed_at(s, k, &mut after_space)) {
            return false;
        }
        i += 8;
    }
    (i..bytes.len()).all(|k| collapsed_at(s, k, &mut after_space))
        && (bytes.is_empty() || !after_space)
}

/// [`is_collapsed`] for byte `i` of `s`, a space before it or not: false when the byte breaks
/// it.
#[inline]
fn collapsed_at(s: &str, i: usize, after_space: &mut bool) -> bool {
    match s.as_bytes()[i] {
        b' ' if *after_space => return false,
        b' ' => *after_space = true,
        b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
        // A lead byte is a char boundary.
        0xc2 | 0xe1 | 0xe2 | 0xe3 if s[i..].chars().next().is_some_and(char::is_whitespace) => {
            return false
        }
        _ => *after_space = false,
    }
    true
}

/// Runs of whitespace to one space, ends trimmed (what `split_whitespace().join(" ")` gives), in
/// one pass that copies the words whole: only non-ASCII characters are decoded.
pub fn collapse_whitespace(s: &str) -> String {
    if is_collapsed(s) {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut word: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = if b < 0x80 {
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1)
        } else {
            let c = s[i..].chars().next().expect("a char boundary");
            (c.is_whitespace(), c.len_utf8())
        };
        match (space, word) {
            (true, Some(start)) => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&s[start..i]);
                word = None;
            }
            (false, None) => word = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(start) = word {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[start..]);
    }
    out
}

/// The sentence of a paragraph that contains byte `pos`, whitespace collapsed.
pub fn sentence_of(article: &Article, para: &crate::article::Paragraph, pos: usize) -> String {
    collapse_whitespace(&article.text[sentence_span(para, pos)])
}

/// The byte span of the sentence of `para` that contains `pos` (by binary search; sentences are
/// sorted and disjoint), or the whole paragraph when no sentence does.
fn sentence_span(para: &crate::article::Paragraph, pos: usize) -> Range<usize> {
    let i = para.sentences.partition_point(|s| s.end <= pos);
    match para.sentences.get(i) {
        Some(s) if s.start <= pos => s.clone(),
        _ => para.span.clone(),
    }
}

/// The paragraph that contains byte `pos` (by binary search; paragraphs are sorted and
/// disjoint).
pub fn paragraph_at(article: &Article, pos: usize) -> Option<&crate::article::Paragraph> {
    let i = article.paragraphs.partition_point(|p| p.span.end <= pos);
    article.paragraphs.get(i).filter(|p| p.span.start <= pos)
}

/// Sentences up to this many characters are shown whole as a match's context.
pub const CONTEXT_WHOLE_CHARS: usize = 1000;
/// In a longer sentence, the context is the match with this many characters either side.
pub const CONTEXT_SIDE_CHARS: usize = 400;

/// A match shown in context: the text around it (whitespace collapsed) and where the match is in
/// that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub text: String,
    /// Byte range of the match within `text`.
    pub mark: Range<usize>,
}

/// The context of the match at `span`: its sentence when the sentence has at most
/// [`CONTEXT_WHOLE_CHARS`] characters, otherwise [`CONTEXT_SIDE_CHARS`] characters either side of
/// the match (cut at character boundaries, `…` where cut). Whitespace runs become one space. The
/// work and the text are bounded by the window, not the sentence: a match in a megabyte-long
/// sentence costs no more than one in a short one.
pub fn match_context(
    article: &Article,
    para: &crate::article::Paragraph,
    span: &Range<usize>,
) -> Context {
    let text = article.text.as_str();
    let sentence = sentence_span(para, span.start);
    let whole = sentence.len() <= CONTEXT_WHOLE_CHARS
        || text[sentence.clone()]
            .chars()
            .nth(CONTEXT_WHOLE_CHARS)
            .is_none();
    let (from, to) = if whole {
        (sentence.start, sentence.end)
    } else {
        let mut from = span.start.max(sentence.start);
        for (n, (i, _)) in text[sentence.start..from].char_indices().rev().enumerate() {
            if n == CONTEXT_SIDE_CHARS {
                break;
            }
            from = sentence.start + i;
        }
        let end = span.end.clamp(from, sentence.end);
        let mut to = end;
        for (n, c) in text[end..sentence.end].chars().enumerate() {
            if n == CONTEXT_SIDE_CHARS {
                break;
            }
            to += c.len_utf8();
        }
        (from, to)
    };
    let mark = span.start.clamp(from, to)..span.end.clamp(from, to);
    let mut out = Context {
        text: String::new(),
        mark: 0..0,
    };
    if from > sentence.start {
        out.text.push('…');
    }
    collapse_marked(
        &text[from..to],
        (mark.start - from)..(mark.end - from),
        &mut out,
    );
    if to < sentence.end {
        out.text.push('…');
    }
    out
}

/// Appends `raw` to `out.text` with whitespace collapsed as `split_whitespace().join(" ")` does,
/// and sets `out.mark` to where `mark` (a byte range of `raw`) lands.
fn collapse_marked(raw: &str, mark: Range<usize>, out: &mut Context) {
    let base = out.text.len();
    let mut start = None;
    let mut end = None;
    let mut first = true;
    for w in raw.split_whitespace() {
        let at = w.as_ptr() as usize - raw.as_ptr() as usize;
        if end.is_none() && mark.end <= at {
            end = Some(out.text.len());
        }
        if !first {
            out.text.push(' ');
        }
        first = false;
        let pos = out.text.len();
        if start.is_none() && mark.start < at + w.len() {
            start = Some(pos + mark.start.saturating_sub(at));
        }
        if end.is_none() && mark.end <= at + w.len() {
            end = Some(pos + (mark.end - at));
        }
        out.text.push_str(w);
    }
    let len = out.text.len();
    let start = start.unwrap_or(len).max(base);
    out.mark = start..end.unwrap_or(len).max(start);
}

fn meta_map(article: &Article) -> BTreeMap<String, String> {
    let m = &article.meta;
    let mut out = BTreeMap::new();
    for (k, v) in [
        ("title", &m.title),
        ("outlet", &m.outlet),
        ("date", &m.date),
        ("url", &m.url),
        ("byline", &m.byline),
        ("folder", &m.folder),
    ] {
        if let Some(v) = v {
            out.insert(k.to_string(), v.clone());
        }
    }
    for (k, v) in &m.extra {
        out.entry(k.clone()).or_insert_with(|| v.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass collapse gives what splitting on whitespace and joining with one space gives,
    /// for every whitespace character Unicode has and for text around them.
    #[test]
    fn collapse_whitespace_joins_words_like_split_whitespace() {
        let plain = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut texts = vec![
            String::new(),
            " ".into(),
            "  Kiev’s \n\n “forces”\t\r\x0b\x0c end ".into(),
            "\u{1c}x\u{1f}y\u{85}z\u{a0}w\u{2028}v\u{3000}".into(),
        ];
        for c in (0u32..0x3001).filter_map(char::from_u32) {
            texts.push(format!("a{c}b {c}"));
        }
        // Spaces in every arrangement over twelve bytes, at every offset from an eight-byte
        // step, some with a tab, a no-break space or a curly quote among them.
        for bits in 0u32..1 << 12 {
            let t: String = (0..12)
                .map(|k| if bits >> k & 1 == 1 { ' ' } else { 'x' })
                .collect();
            for pad in 0..8 {
                let lead = "y".repeat(pad);
                texts.push(format!("{lead}{t}"));
                if bits % 7 == 0 {
                    texts.push(format!("{lead}{t}\t{t}"));
                    texts.push(format!("{lead}{t}\u{a0}{t}’{t}"));
                }
            }
        }
        for t in &texts {
            assert_eq!(collapse_whitespace(t), plain(t), "{t:?}");
            assert_eq!(is_collapsed(t), plain(t) == *t, "{t:?}");
        }
    }
}
