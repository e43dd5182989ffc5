//! Candidate terms mined from gold annotations (`slant rules suggest`): spans with a label that
//! no rule covers, ranked by how often they are annotated times their precision in the gold
//! (annotated / all whole-word occurrences).

use crate::analysis::eval::GoldDoc;
use crate::engine::Engine;
use crate::metrics::normalise_term;
use aho_corasick::{AhoCorasick, MatchKind};
use serde::Serialize;
use std::collections::BTreeMap;

/// What to mine.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Thresholds {
    /// Least number of annotations of a candidate.
    pub min_count: usize,
    /// Least precision (annotated / all occurrences) of a candidate.
    pub min_precision: f64,
    /// Most candidates kept.
    pub top: usize,
    /// Longest candidate, in words.
    pub max_words: usize,
}

/// The candidates of one label (`--format json` prints it as it is).
#[derive(Debug, Clone, Serialize)]
pub struct Suggestions {
    /// Gold label mined.
    pub label: String,
    /// Category of the suggested rule.
    pub category: String,
    /// The gold files, as given.
    pub files: Vec<String>,
    pub thresholds: Thresholds,
    /// Best first: by annotated count x precision, then by term.
    pub candidates: Vec<Candidate>,
}

/// A term annotated with the label where no rule matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// Lower-cased, normalised text of the spans.
    pub term: String,
    /// Spans with the label and this text that no rule covers.
    pub annotated: usize,
    /// Whole-word occurrences in the gold texts (at least `annotated`).
    pub occurrences: usize,
    /// annotated / occurrences.
    pub precision: f64,
}

/// An error when no span of `docs` has `label` (mining it would find nothing, in silence),
/// naming the labels there are and the closest one. No documents: nothing to tell.
pub fn check_label(docs: &[GoldDoc], label: &str) -> Result<(), String> {
    let labels: std::collections::BTreeSet<&str> = docs
        .iter()
        .flat_map(|d| d.spans.iter().map(|s| s.label.as_str()))
        .collect();
    if docs.is_empty() || labels.contains(label) {
        return Ok(());
    }
    let hint = crate::text::did_you_mean(label, labels.iter().copied());
    let known: Vec<&str> = labels.into_iter().collect();
    Err(format!(
        "no gold span has the label `{label}`{hint}; labels in the gold files: {}",
        if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        }
    ))
}

/// Mines the spans labelled `label` in `docs` that no match of `engine` overlaps.
pub fn suggest(
    engine: &Engine,
    docs: &[GoldDoc],
    label: &str,
    thresholds: &Thresholds,
) -> Vec<Candidate> {
    // Annotated and uncovered.
    let mut annotated: BTreeMap<String, usize> = BTreeMap::new();
    for d in docs {
        let scored = engine.score(crate::input::Document::new(d.id.clone(), d.text.clone()));
        for s in d.spans.iter().filter(|s| s.label == label) {
            let covered = scored
                .matches
                .iter()
                .any(|m| m.span.start < s.end && s.start < m.span.end);
            if covered {
                continue;
            }
            let term = normalise_term(&d.text[s.start..s.end]);
            let words = crate::article::words::count(&term);
            if words == 0
                || words > thresholds.max_words
                || !term.chars().next().is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            *annotated.entry(term).or_default() += 1;
        }
    }
    let candidates: Vec<String> = annotated
        .iter()
        .filter(|(_, &n)| n >= thresholds.min_count)
        .map(|(t, _)| t.clone())
        .collect();
    // All whole-word occurrences of each candidate in the gold texts.
    let mut occurrences = vec![0usize; candidates.len()];
    if !candidates.is_empty() {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&candidates)
            .expect("candidate automaton");
        for d in docs {
            let text = d.text.replace('’', "'");
            for m in ac.find_iter(&text) {
                if crate::text::is_whole_word(&text, &(m.start()..m.end())) {
                    occurrences[m.pattern().as_usize()] += 1;
                }
            }
        }
    }
    let mut ranked: Vec<Candidate> = candidates
        .into_iter()
        .zip(occurrences)
        .map(|(term, occ)| {
            let n = annotated[&term];
            let occ = occ.max(n);
            Candidate {
                term,
                annotated: n,
                occurrences: occ,
                precision: n as f64 / occ as f64,
            }
        })
        .filter(|c| c.precision >= thresholds.min_precision)
        .collect();
    ranked.sort_by(|a, b| {
        (b.annotated as f64 * b.precision)
            .total_cmp(&(a.annotated as f64 * a.precision))
            .then(a.term.cmp(&b.term))
    });
    ranked.truncate(thresholds.top);
    ranked
}
