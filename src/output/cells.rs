//! How structured values become one text cell (CSV, table) or one JSON string (JSONL): the
//! `terms` and `sources` columns of paragraph rows.

use crate::metrics::{SourceLabel, TermHit};
use serde::Serializer;

/// `term[rule|n]; …`: each match with its rule and voice code (`n` narration, `q` quoted).
pub fn terms_cell(terms: &[TermHit]) -> String {
    let mut out = String::new();
    for (i, t) in terms.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(&t.term);
        out.push('[');
        out.push_str(&t.rule);
        out.push('|');
        out.push(t.voice.code());
        out.push(']');
    }
    out
}

/// `name (kind); …`.
pub fn sources_cell(sources: &[SourceLabel]) -> String {
    let parts: Vec<String> = sources
        .iter()
        .map(|s| format!("{} ({})", s.name, s.kind))
        .collect();
    parts.join("; ")
}

pub fn serialize_terms<S: Serializer>(terms: &[TermHit], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&terms_cell(terms))
}

pub fn serialize_sources<S: Serializer>(sources: &[SourceLabel], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&sources_cell(sources))
}
