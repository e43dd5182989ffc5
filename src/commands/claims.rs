//! Claims, one record each: where a claim stands in the text, how it is attributed, to whom,
//! with which cue, and how reliable its source is taken to be.

use crate::engine::{Engine, ScoredArticle};
use crate::metrics::claim_reliability;
use crate::rules::Role;
use serde::Serialize;

/// One claim of an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimRecord {
    pub article_id: String,
    /// 1-based paragraph number (headline and byline included), as in paragraph rows.
    pub paragraph: usize,
    /// `headline` or `body`.
    pub kind: String,
    /// UTF-8 byte offsets of the claim in the article's text as read (header included).
    pub start: usize,
    pub end: usize,
    /// `named`, `anonymous`, `agentless` or `unattributed`.
    pub class: String,
    /// The source's name; empty when there is none.
    pub source: String,
    /// The source's kind (registry kind, `unregistered`, `anonymous`, `group`); empty when none.
    pub source_kind: String,
    /// The source's reliability weight; None for claims without a source.
    pub reliability: Option<f64>,
    /// The reporting cue as written, lower-cased ("said", "according to", ":"); empty when none.
    pub cue: String,
    /// `loaded` when the cue's category is a loaded reporting verb, `neutral` for any other cue,
    /// empty when there is no cue.
    pub cue_grade: String,
    /// The claim contains a quotation long enough to be a direct quote.
    pub direct_quote: bool,
    /// The claim's text: exactly the bytes `start..end` of the text.
    pub text: String,
}

/// The claims of a scored article, in text order.
pub fn claim_records(engine: &Engine, s: &ScoredArticle) -> Vec<ClaimRecord> {
    let rules = &engine.rules;
    let a = &s.article;
    s.claims
        .iter()
        .map(|c| {
            let para = &a.paragraphs[c.paragraph];
            let (source, source_kind) = match &c.source {
                Some(src) => (src.name.clone(), src.kind.clone()),
                None => (String::new(), String::new()),
            };
            let (cue, cue_grade) = match &c.cue {
                Some(cue) => {
                    let loaded = match cue.rule {
                        Some(r) => rules.role_of(r) == Role::VerbLoaded,
                        None => cue.loaded,
                    };
                    let grade = if loaded { "loaded" } else { "neutral" };
                    (cue.text.clone(), grade.to_string())
                }
                None => (String::new(), String::new()),
            };
            ClaimRecord {
                article_id: a.id.clone(),
                paragraph: para.number,
                kind: para.kind.name().to_string(),
                start: c.span.start,
                end: c.span.end,
                class: c.class.name().to_string(),
                source,
                source_kind,
                reliability: claim_reliability(rules, c),
                cue,
                cue_grade,
                direct_quote: c.direct_quote,
                text: a.text[c.span.clone()].to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Document;
    use crate::rules::RuleSet;

    #[test]
    fn one_record_per_claim_with_source_cue_and_offsets() {
        let engine = Engine::new(RuleSet::default_rules());
        let text = "Talks resume\n\nThe minister said the talks would resume on Monday. \
                    The weather was cold.";
        let s = engine.score(Document::new("a", text));
        let records = claim_records(&engine, &s);
        assert_eq!(records.len(), s.claims.len());
        assert!(!records.is_empty());
        for r in &records {
            assert_eq!(&text[r.start..r.end], r.text);
            assert!(r.kind == "headline" || r.kind == "body");
            assert_eq!(r.source.is_empty(), r.reliability.is_none());
            assert_eq!(r.cue.is_empty(), r.cue_grade.is_empty());
        }
        let said = records
            .iter()
            .find(|r| r.text.contains("minister said"))
            .expect("the attributed sentence is a claim");
        assert_eq!(said.cue, "said");
        assert_eq!(said.cue_grade, "neutral");
        assert_ne!(said.class, "unattributed");
    }
}
