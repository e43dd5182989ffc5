//! The scoring pipeline: segment, match, attribute and measure each document, in parallel over
//! bounded batches, handing results to a sink in input order (same bytes whatever the threads).

use crate::article::words::WordIndex;
use crate::article::{self, Article};
use crate::attribution::{self, Claim, Registry};
use crate::input::{Document, InputError};
use crate::matching::{Match, Matcher};
use crate::metrics::{self, ArticleSummary, ParagraphMetrics};
use crate::rules::RuleSet;

/// A rule set compiled for scoring.
#[derive(Debug, Clone)]
pub struct Engine {
    pub rules: RuleSet,
    pub matcher: Matcher,
    pub registry: Registry,
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

    /// Segments a document into an article (headline, byline, paragraphs, quotes).
    pub fn segment(&self, doc: Document) -> Article {
        article::segment(doc, &|p: &str| self.matcher.starts_with_boilerplate(p))
    }

    /// All matches of an article's scored paragraphs, in text order, each with its voice.
    pub fn find_matches(&self, article: &Article) -> Vec<Match> {
        let mut matches = Vec::new();
        for para in article.paragraphs.iter().filter(|p| p.is_scored()) {
            let text = &article.text[para.span.clone()];
            self.matcher.find(
                text,
                para.span.start,
                &|pos| para.is_quoted(pos),
                &mut matches,
            );
        }
        matches
    }

    /// Scores one document end to end.
    pub fn score(&self, doc: Document) -> ScoredArticle {
        let article = self.segment(doc);
        let matches = self.find_matches(&article);
        let index: Vec<WordIndex> = article
            .paragraphs
            .iter()
            .map(|p| WordIndex::new(&article.text, p))
            .collect();
        let claims =
            attribution::attribute(&article, &index, &matches, &self.rules, &self.registry);
        let (paragraphs, summary) =
            metrics::measure(&article, &index, &matches, &claims, &self.rules);
        ScoredArticle {
            article,
            matches,
            claims,
            paragraphs,
            summary,
        }
    }
}

/// How many documents (at most) are read ahead and scored together.
pub const BATCH_DOCS: usize = 512;
/// How many bytes of text (about) are read ahead and scored together.
pub const BATCH_BYTES: usize = 8 << 20;

/// Scores a stream of documents with `threads` worker threads (0 = all cores), calling `sink`
/// with each result in input order. Memory stays bounded by one batch. Stops at the first error
/// the sink returns.
pub fn score_stream<I, E>(
    engine: &Engine,
    inputs: I,
    threads: usize,
    mut sink: impl FnMut(Result<ScoredArticle, InputError>) -> Result<(), E>,
) -> Result<(), E>
where
    I: Iterator<Item = Result<Document, InputError>>,
{
    let pool = if threads == 1 {
        None
    } else {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .ok()
    };
    let mut inputs = inputs.peekable();
    let mut batch: Vec<Result<Document, InputError>> = Vec::with_capacity(BATCH_DOCS);
    while inputs.peek().is_some() {
        batch.clear();
        let mut bytes = 0;
        while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
            let Some(item) = inputs.next() else { break };
            if let Ok(d) = &item {
                bytes += d.text.len();
            }
            batch.push(item);
        }
        let results: Vec<Result<ScoredArticle, InputError>> = match &pool {
            Some(pool) => pool.install(|| {
                use rayon::prelude::*;
                std::mem::take(&mut batch)
                    .into_par_iter()
                    .map(|item| item.map(|d| engine.score(d)))
                    .collect()
            }),
            None => batch
                .drain(..)
                .map(|item| item.map(|d| engine.score(d)))
                .collect(),
        };
        for r in results {
            sink(r)?;
        }
    }
    Ok(())
}
