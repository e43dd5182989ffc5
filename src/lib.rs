//! slant: scores news articles for framing and source reliability with transparent, tunable rules.
//!
//! Data flows through the modules in this order:
//! [`input`] (files, directories, stdin, JSONL) -> [`article`] (headline, byline, paragraphs,
//! sentences, quotations) -> [`matching`] (rule matches with their voice) -> [`attribution`]
//! (claims and their sources) -> [`metrics`] (per-paragraph and per-article figures) ->
//! [`analysis`] (compare, eval, rule diffs) -> [`output`] (CSV, JSONL, table, HTML writers), with
//! [`commands`] on top. [`rules`] loads the TOML rule files that drive
//! matching and attribution; [`engine`] scores one document and [`pipeline`] runs it over a stream
//! of them; [`report`] carries what happened to each input; [`text`] holds the text primitives
//! every stage shares.
//! The library never prints: it hands structured results to writers.

pub mod text;

pub mod analysis;
pub mod article;
pub mod attribution;
pub mod commands;
pub mod engine;
pub mod input;
pub mod matching;
pub mod metrics;
pub mod output;
pub mod pipeline;
pub mod report;
pub mod rules;

pub use engine::{Engine, ScoredArticle};
