//! The engine: a rule set compiled once, and the scoring of one document end to end (segment,
//! match, attribute, measure). [`crate::pipeline`] runs it over streams of documents.

use crate::article::{self, Article};
use crate::attribution::{self, Claim, Registry};
use crate::input::Document;
use crate::matching::{FindBuffers, Match, Matcher};
use crate::metrics::{self, ArticleSummary, ParagraphMetrics};
use crate::rules::RuleSet;

/// A rule set compiled for scoring.
#[derive(Debug, Clone)]
pub struct Engine {
    pub rules: RuleSet,
    pub matcher: Matcher,
    pub registry: Registry,
}

/// What a published figure needs to be reproduced: slant's version and the digest of the rules.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Provenance {
    pub slant_version: String,
    /// [`RuleSet::digest`] of the rules used.
    pub rules_digest: String,
}

impl std::fmt::Display for Provenance {
    /// `slant 0.1.0, rules sha256:0123456789ab` (the digest cut to 12 hex digits; `slant rules
    /// digest` prints it whole).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let short = self.rules_digest.get(..19).unwrap_or(&self.rules_digest);
        write!(f, "slant {}, rules {short}", self.slant_version)
    }
}

/// Everything slant knows about one article.
#[derive(Debug, Clone)]
pub struct ScoredArticle {
    pub article: Article,
    pub matches: Vec<Match>,
    pub claims: Vec<Claim>,
    pub paragraphs: Vec<ParagraphMetrics>,
    pub summary: ArticleSummary,
}

impl Engine {
    pub fn new(rules: RuleSet) -> Engine {
        let matcher = Matcher::new(&rules);
        let registry = Registry::new(&rules);
        Engine {
            rules,
            matcher,
            registry,
        }
    }

    /// This build's version and the digest of this engine's rules.
    pub fn provenance(&self) -> Provenance {
        Provenance {
            slant_version: env!("CARGO_PKG_VERSION").to_string(),
            rules_digest: self.rules.digest(),
        }
    }

    /// Segments a document into an article (headline, byline, paragraphs, quotes).
    /// Without an outlet field, a byline naming a registered news organisation ("by Anadolu
    /// Agency") supplies it, so wire copy groups under the agency.
    pub fn segment(&self, doc: Document) -> Article {
        let hooks = article::Hooks {
            is_boilerplate: &|p: &str| self.matcher.starts_with_boilerplate(p),
            speaker_label: &|p: &str| attribution::speaker_label(p, &self.rules.lexicon),
            title_speaker: &|t: &str, body: &str| {
                attribution::document_speaker(t, body, &self.rules.lexicon)
            },
            holds_office: &|l: &str| attribution::label_holds_office(l, &self.rules.lexicon),
            interviewee: &|headline, intro| {
                attribution::interviewee_named(headline, intro, &self.rules.lexicon)
            },
        };
        let mut article = article::segment(doc, &hooks);
        if article.meta.outlet.is_none() {
            if let Some(i) = article
                .meta
                .byline
                .as_deref()
                .and_then(|b| self.registry.lookup(b))
            {
                if self
                    .rules
                    .lexicon
                    .outlet_kinds
                    .contains(self.registry.kind(i))
                {
                    article.meta.outlet = Some(self.registry.name(i).to_string());
                }
            }
        }
        article
    }

    /// All matches of an article's scored paragraphs, in text order, each with its voice.
    pub fn find_matches(&self, article: &Article) -> Vec<Match> {
        let mut matches = Vec::new();
        let mut buffers = FindBuffers::default();
        for para in article.paragraphs.iter().filter(|p| p.is_scored()) {
            let text = &article.text[para.span.clone()];
            self.matcher.find_with(
                text,
                para.span.start,
                &|pos| para.is_quoted(pos),
                &mut matches,
                &mut buffers,
            );
        }
        matches
    }

    /// Scores one document end to end.
    pub fn score(&self, doc: Document) -> ScoredArticle {
        let article = self.segment(doc);
        let matches = self.find_matches(&article);
        let claims = attribution::attribute(&article, &matches, &self.rules, &self.registry);
        let (paragraphs, summary) = metrics::measure(&article, &matches, &claims, &self.rules);
        ScoredArticle {
            article,
            matches,
            claims,
            paragraphs,
            summary,
        }
    }
}
