//! The registry of known sources: names and aliases looked up in text.

use crate::rules::RuleSet;
use aho_corasick::{AhoCorasick, MatchKind};

/// The registry of known sources, prepared for look-ups with two automata: one case-insensitive
/// for ordinary aliases, one exact for short all-capitals aliases (AP, UN, WHO), so "who" is
/// not the World Health Organization.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    folded: Option<(AhoCorasick, Vec<usize>)>,
    exact: Option<(AhoCorasick, Vec<usize>)>,
    kinds: Vec<String>,
    names: Vec<String>,
}

impl Registry {
    pub fn new(rules: &RuleSet) -> Registry {
        let mut folded: (Vec<String>, Vec<usize>) = Default::default();
        let mut exact: (Vec<String>, Vec<usize>) = Default::default();
        let mut kinds = Vec::new();
        let mut names = Vec::new();
        for (i, s) in rules.sources.iter().enumerate() {
            kinds.push(s.kind.clone());
            names.push(s.name.clone());
            for a in std::iter::once(&s.name).chain(&s.aliases) {
                let a = a.trim();
                if a.is_empty() {
                    continue;
                }
                if a.chars().all(|c| !c.is_lowercase()) && a.len() <= 5 {
                    exact.0.push(a.to_string());
                    exact.1.push(i);
                } else {
                    folded.0.push(a.to_lowercase());
                    folded.1.push(i);
                }
            }
        }
        let build = |(pats, ids): (Vec<String>, Vec<usize>), fold: bool| {
            (!pats.is_empty()).then(|| {
                let ac = AhoCorasick::builder()
                    .ascii_case_insensitive(fold)
                    .match_kind(MatchKind::Standard)
                    .build(&pats)
                    .expect("registry automaton builds");
                (ac, ids)
            })
        };
        Registry {
            folded: build(folded, true),
            exact: build(exact, false),
            kinds,
            names,
        }
    }

    /// The registered source named in `phrase` (whole words; the longest alias wins).
    pub fn lookup(&self, phrase: &str) -> Option<usize> {
        let lower;
        let folded_hay = if phrase.is_ascii() {
            phrase
        } else {
            lower = phrase.to_lowercase();
            lower.as_str()
        };
        let mut best: Option<(usize, usize)> = None;
        for (entry, hay) in [(&self.folded, folded_hay), (&self.exact, phrase)] {
            let Some((ac, ids)) = entry else { continue };
            for m in ac.find_overlapping_iter(hay) {
                if !crate::text::is_whole_word(hay, &(m.start()..m.end())) {
                    continue;
                }
                let cand = (m.len(), ids[m.pattern().as_usize()]);
                if best.is_none_or(|b| cand.0 > b.0 || (cand.0 == b.0 && cand.1 < b.1)) {
                    best = Some(cand);
                }
            }
        }
        best.map(|b| b.1)
    }

    pub fn kind(&self, i: usize) -> &str {
        &self.kinds[i]
    }

    /// The registry's own name for source `i`.
    pub fn name(&self, i: usize) -> &str {
        &self.names[i]
    }
}
