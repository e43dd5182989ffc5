//! slant: scores news articles for framing and source reliability with transparent, tunable rules.
//!
//! Data flows through the modules in this order:
//! [`input`] (files, directories, stdin, JSONL) -> [`article`] (headline, byline, paragraphs,
//! sentences, quotations) -> [`matching`] (rule matches with their voice) -> [`attribution`]
//! (claims and their sources) -> [`metrics`] (per-paragraph and per-article figures) ->
//! [`output`] (CSV, JSONL, table, HTML writers). [`rules`] loads the TOML rule files that drive
//! matching and attribution; [`score`] runs the pipeline over a stream of documents.
//! The library never prints: it hands structured results to writers.

pub mod analysis;
pub mod article;
pub mod attribution;
pub mod input;
pub mod matching;
pub mod metrics;
pub mod report;
pub mod rules;
pub mod score;
pub mod text;

pub use score::{Engine, ScoredArticle};
pub mod commands;
pub mod compare;
pub mod eval;
pub mod output;
