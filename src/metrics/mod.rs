//! Metrics: per-paragraph framing and attribution figures, and the per-article summary that
//! `compare` aggregates (summaries from separate runs merge into the same result).

use crate::article::words::WordIndex;
use crate::article::{Article, ParagraphKind};
use crate::attribution::{Claim, ClaimClass};
use crate::matching::{Match, Voice};
use crate::rules::{Role, RuleSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One scored paragraph: the row of the per-paragraph CSV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParagraphMetrics {
    pub article_id: String,
    pub outlet: String,
    /// 1-based position among the article's paragraphs (headline and byline included).
    pub paragraph: usize,
    pub kind: String,
    pub words: usize,
    pub sentences: usize,
    pub quoted_words: usize,
    /// Matches of loaded and label categories in the outlet's own voice (a count).
    pub loaded_narration: usize,
    /// Matches of loaded and label categories inside quotations (a count).
    pub loaded_quoted: usize,
    /// Hedge matches in narration.
    pub hedges: usize,
    /// Intensifier matches in narration.
    pub intensifiers: usize,
    /// Neutral reporting cues in narration.
    pub verbs_neutral: usize,
    /// Loaded reporting cues in narration.
    pub verbs_loaded: usize,
    /// Scare-quote markers in narration.
    pub scare_quotes: usize,
    /// 100 * (sum of weights of narration matches) / narration words.
    pub framing_score: f64,
    pub claims: usize,
    pub attributed_named: usize,
    pub attributed_anonymous: usize,
    pub agentless: usize,
    pub unattributed: usize,
    pub direct_quotes: usize,
    /// Sources of the paragraph's claims, `name (kind)`, `; `-separated, first-seen order.
    pub sources: String,
    /// Mean reliability weight over attributed claims; None where there are none.
    pub source_reliability: Option<f64>,
    /// `term[rule|n]` for each match, `; `-separated, in text order.
    pub terms: String,
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

/// Everything `compare` needs about one article. Additive fields can be summed across articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub article_id: String,
    pub meta: BTreeMap<String, String>,
    pub paragraphs: usize,
    pub words: usize,
    pub narration_words: usize,
    pub quoted_words: usize,
    pub sentences: usize,
    pub loaded_narration: usize,
    pub loaded_quoted: usize,
    pub hedges: usize,
    pub intensifiers: usize,
    pub verbs_neutral: usize,
    pub verbs_loaded: usize,
    pub scare_quotes: usize,
    /// Sum of weights of narration matches (framing_score = 100 * this / narration_words).
    pub framing_weight: f64,
    pub framing_score: f64,
    /// Claims in the body (the headline's are in `headline_claims`).
    pub claims: usize,
    pub attributed_named: usize,
    pub attributed_anonymous: usize,
    pub agentless: usize,
    pub unattributed: usize,
    pub direct_quotes: usize,
    pub headline_claims: usize,
    /// Sum and count of reliability weights over attributed claims.
    pub reliability_sum: f64,
    pub reliability_claims: usize,
    pub source_reliability: Option<f64>,
    pub boilerplate_dropped: usize,
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

/// Computes paragraph rows and the article summary.
pub fn measure(
    article: &Article,
    index: &[WordIndex],
    matches: &[Match],
    claims: &[Claim],
    rules: &RuleSet,
) -> (Vec<ParagraphMetrics>, ArticleSummary) {
    let outlet = article.meta.outlet.clone().unwrap_or_default();
    let mut rows = Vec::new();
    let mut summary = ArticleSummary {
        article_id: article.id.clone(),
        meta: meta_map(article),
        ..Default::default()
    };
    let mut term_index: std::collections::HashMap<(usize, String), usize> = Default::default();
    let mut source_index: BTreeMap<String, usize> = BTreeMap::new();
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
            summary.boilerplate_dropped += 1;
            continue;
        }
        let (words, quoted_words) = index[pi].totals();
        let narration_words = words - quoted_words;
        let mut row = ParagraphMetrics {
            article_id: article.id.clone(),
            outlet: outlet.clone(),
            paragraph: para.number,
            kind: para.kind.name().to_string(),
            words,
            sentences: para.sentences.len(),
            quoted_words,
            loaded_narration: 0,
            loaded_quoted: 0,
            hedges: 0,
            intensifiers: 0,
            verbs_neutral: 0,
            verbs_loaded: 0,
            scare_quotes: 0,
            framing_score: 0.0,
            claims: 0,
            attributed_named: 0,
            attributed_anonymous: 0,
            agentless: 0,
            unattributed: 0,
            direct_quotes: 0,
            sources: String::new(),
            source_reliability: None,
            terms: String::new(),
        };
        let mut weight = 0.0;
        let mut terms = String::new();
        for m in pmatches {
            let rule = &rules.rules[m.rule];
            let role = rules.categories[rule.category].role;
            let narration = m.voice == Voice::Narration;
            match (role, narration) {
                (r, true) if r.is_loaded() => row.loaded_narration += 1,
                (r, false) if r.is_loaded() => row.loaded_quoted += 1,
                (r, true) if r.is_hedge() => row.hedges += 1,
                (Role::Intensifier, true) => row.intensifiers += 1,
                (Role::VerbNeutral, true) => row.verbs_neutral += 1,
                (Role::VerbLoaded, true) => row.verbs_loaded += 1,
                (Role::ScareQuote, true) => row.scare_quotes += 1,
                _ => {}
            }
            if narration {
                weight += rule.weight;
            }
            let matched = &article.text[m.span.clone()];
            if !terms.is_empty() {
                terms.push_str("; ");
            }
            terms.push_str(matched);
            terms.push('[');
            terms.push_str(&rule.id);
            terms.push('|');
            terms.push(m.voice.code());
            terms.push(']');
            let key = (m.rule, normalise_term(matched));
            let idx = match term_index.get(&key) {
                Some(&i) => i,
                None => {
                    summary.terms.push(TermCount {
                        rule: rule.id.clone(),
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
        row.terms = terms;
        row.framing_score = framing_score(weight, narration_words);

        let mut rel_sum = 0.0;
        let mut rel_n = 0;
        let mut names: Vec<String> = Vec::new();
        for c in pclaims {
            row.claims += 1;
            match c.class {
                ClaimClass::Named => row.attributed_named += 1,
                ClaimClass::Anonymous => row.attributed_anonymous += 1,
                ClaimClass::Agentless => row.agentless += 1,
                ClaimClass::Unattributed => row.unattributed += 1,
            }
            if c.direct_quote && c.source.is_some() {
                row.direct_quotes += 1;
            }
            let reliability = claim_reliability(rules, c);
            if let Some(r) = reliability {
                rel_sum += r;
                rel_n += 1;
            }
            if let Some(s) = &c.source {
                let label = format!("{} ({})", s.name, s.kind);
                if !names.contains(&label) {
                    names.push(label);
                }
                let idx = *source_index.entry(s.name.clone()).or_insert_with(|| {
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
                    *ss.cues.entry(cue.text.clone()).or_default() += 1;
                }
            }
        }
        row.sources = names.join("; ");
        row.source_reliability = (rel_n > 0).then(|| rel_sum / rel_n as f64);

        // Article totals.
        summary.paragraphs += 1;
        summary.words += row.words;
        summary.narration_words += narration_words;
        summary.quoted_words += row.quoted_words;
        summary.sentences += row.sentences;
        summary.loaded_narration += row.loaded_narration;
        summary.loaded_quoted += row.loaded_quoted;
        summary.hedges += row.hedges;
        summary.intensifiers += row.intensifiers;
        summary.verbs_neutral += row.verbs_neutral;
        summary.verbs_loaded += row.verbs_loaded;
        summary.scare_quotes += row.scare_quotes;
        summary.framing_weight += weight;
        if para.kind == ParagraphKind::Headline {
            summary.headline_claims += row.claims;
        } else {
            summary.claims += row.claims;
            summary.attributed_named += row.attributed_named;
            summary.attributed_anonymous += row.attributed_anonymous;
            summary.agentless += row.agentless;
            summary.unattributed += row.unattributed;
            summary.direct_quotes += row.direct_quotes;
            summary.reliability_sum += rel_sum;
            summary.reliability_claims += rel_n;
        }
        rows.push(row);
    }
    summary.framing_score = framing_score(summary.framing_weight, summary.narration_words);
    summary.source_reliability = (summary.reliability_claims > 0)
        .then(|| summary.reliability_sum / summary.reliability_claims as f64);
    (rows, summary)
}

/// Lower-case, curly apostrophes folded, inner whitespace collapsed.
pub fn normalise_term(s: &str) -> String {
    let simple = s.is_ascii() && !s.contains(['\n', '\t', '\r']) && !s.contains("  ");
    if simple {
        return s.to_ascii_lowercase();
    }
    collapse_whitespace(s).to_lowercase().replace('’', "'")
}

/// Runs of whitespace to one space, ends trimmed, in one pass.
pub fn collapse_whitespace(s: &str) -> String {
    let t = s.trim();
    let mut out = String::with_capacity(t.len());
    let mut in_space = false;
    for c in t.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                in_space = true;
            }
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// The sentence of a paragraph that contains byte `pos`, whitespace collapsed.
pub fn sentence_of(article: &Article, para: &crate::article::Paragraph, pos: usize) -> String {
    let s = para
        .sentences
        .iter()
        .find(|s| s.start <= pos && pos < s.end)
        .cloned()
        .unwrap_or(para.span.clone());
    article.text[s]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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
