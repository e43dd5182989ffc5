//! Candidate terms mined from gold annotations (`slant rules suggest`): spans with a label that
//! no rule covers, ranked by how often they are annotated times their precision in the gold
//! (annotated / all whole-word occurrences). Beside them, a review of the rules already there:
//! each rule's precision on the gold, a weight in proportion to it, and which rules none of whose
//! matches is annotated (candidates for removal or an `unless_context`).

use crate::analysis::eval::GoldDoc;
use crate::engine::Engine;
use crate::matching::Match;
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
    /// The rules of the categories the label maps to, with their precision on the gold.
    pub rules: RuleReview,
}

/// Existing rules measured on the gold: what `rules suggest` proposes for them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RuleReview {
    /// Categories whose matches count as the label (those of `slant eval`'s default mapping).
    pub categories: Vec<String>,
    /// Matches of all those rules, and how many overlap a span with the label.
    pub matches: usize,
    pub annotated: usize,
    /// annotated / matches: the precision a rule's proposed weight is measured against.
    pub precision: f64,
    /// Rules with at least `min_count` matches, lowest precision first.
    pub rules: Vec<RuleFigures>,
}

/// One rule's matches on the gold and the proposal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleFigures {
    pub rule: String,
    pub matches: usize,
    /// Matches overlapping a span with the label.
    pub annotated: usize,
    pub precision: f64,
    /// The rule's weight now.
    pub weight: f64,
    /// weight x precision / the categories' precision, to one decimal.
    pub proposed_weight: f64,
    /// `remove` (no match annotated: remove it, or restrict it with `unless` or
    /// `unless_context`), `lower`, `raise` or `keep` (proposed within 0.1 of the weight).
    pub action: &'static str,
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

/// Measures the rules of the categories `label` maps to (`slant eval`'s default mapping) on
/// `docs`: each match is annotated when it overlaps a span with the label. Rules with fewer than
/// `thresholds.min_count` matches are left out (too few to say anything).
pub fn review_rules(
    engine: &Engine,
    docs: &[GoldDoc],
    matches: &[Vec<Match>],
    label: &str,
    thresholds: &Thresholds,
) -> RuleReview {
    let map = crate::analysis::eval::LabelMap::default_for(engine);
    let Some(categories) = map.map.get(label) else {
        return RuleReview::default();
    };
    let rules = &engine.rules;
    let mut per_rule: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for (d, found) in docs.iter().zip(matches) {
        for m in found {
            if !categories.contains(&rules.categories[rules.rules[m.rule].category].id) {
                continue;
            }
            let hit = d
                .spans
                .iter()
                .any(|s| s.label == label && s.start < m.span.end && m.span.start < s.end);
            let e = per_rule.entry(m.rule).or_default();
            e.0 += 1;
            e.1 += usize::from(hit);
        }
    }
    let matches: usize = per_rule.values().map(|v| v.0).sum();
    let annotated: usize = per_rule.values().map(|v| v.1).sum();
    let overall = if matches == 0 {
        0.0
    } else {
        annotated as f64 / matches as f64
    };
    let round = |x: f64, k: f64| (x * k).round() / k;
    let mut out: Vec<RuleFigures> = per_rule
        .into_iter()
        .filter(|(_, (n, _))| *n >= thresholds.min_count.max(1))
        .map(|(r, (n, tp))| {
            let precision = tp as f64 / n as f64;
            let weight = rules.rules[r].weight;
            let proposed = if overall > 0.0 {
                round((weight * precision / overall).min(3.0), 10.0)
            } else {
                weight
            };
            let action = if tp == 0 {
                "remove"
            } else if (proposed - weight).abs() <= 0.1 + 1e-9 {
                "keep"
            } else if proposed < weight {
                "lower"
            } else {
                "raise"
            };
            RuleFigures {
                rule: rules.rules[r].id.to_string(),
                matches: n,
                annotated: tp,
                precision: round(precision, 1e4),
                weight,
                proposed_weight: if tp == 0 { 0.0 } else { proposed },
                action,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.precision
            .total_cmp(&b.precision)
            .then(b.matches.cmp(&a.matches))
            .then(a.rule.cmp(&b.rule))
    });
    RuleReview {
        categories: categories.clone(),
        matches,
        annotated,
        precision: round(overall, 1e4),
        rules: out,
    }
}

/// The matches of `engine` in each gold document (the text alone, as `slant eval` scores it),
/// scored once for both [`suggest`] and [`review_rules`].
pub fn doc_matches(engine: &Engine, docs: &[GoldDoc]) -> Vec<Vec<Match>> {
    docs.iter()
        .map(|d| {
            engine
                .score(crate::input::Document::new(d.id.clone(), d.text.clone()))
                .matches
        })
        .collect()
}

/// Mines the spans labelled `label` in `docs` (whose matches are `matches`) that no match
/// overlaps.
pub fn suggest(
    docs: &[GoldDoc],
    matches: &[Vec<Match>],
    label: &str,
    thresholds: &Thresholds,
) -> Vec<Candidate> {
    // Annotated and uncovered.
    let mut annotated: BTreeMap<String, usize> = BTreeMap::new();
    for (d, found) in docs.iter().zip(matches) {
        for s in d.spans.iter().filter(|s| s.label == label) {
            let covered = found
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::eval::gold::GoldSpan;
    use crate::rules::{RuleSet, RuleSource};

    fn doc(id: &str, text: &str, loaded: &[&str]) -> GoldDoc {
        let spans = loaded
            .iter()
            .map(|w| {
                let start = text.find(w).unwrap();
                GoldSpan {
                    start,
                    end: start + w.len(),
                    label: "loaded".into(),
                }
            })
            .collect();
        GoldDoc {
            id: id.into(),
            outlet: None,
            title: None,
            text: text.into(),
            spans,
            attributions: Vec::new(),
            doc_label: None,
            event: None,
        }
    }

    #[test]
    fn rules_get_weights_in_proportion_to_their_precision() {
        let rules = "[[category]]\nid = \"loaded\"\nrole = \"loaded\"\n\
            [[rule]]\nid = \"good\"\ncategory = \"loaded\"\nterms = [\"sinister\"]\n\
            [[rule]]\nid = \"topic\"\ncategory = \"loaded\"\nterms = [\"collusion\"]\n\
            [[rule]]\nid = \"rare\"\ncategory = \"loaded\"\nterms = [\"vile\"]\n";
        let engine = Engine::new(RuleSet::load(&[RuleSource::new("r.toml", rules)]).unwrap());
        let docs = vec![
            doc(
                "1",
                "A sinister plan. The collusion inquiry went on. A vile act.",
                &["sinister", "vile"],
            ),
            doc(
                "2",
                "Sinister again, and sinister. The collusion case.",
                &["Sinister", "sinister"],
            ),
            doc("3", "More collusion news today, said a sinister man.", &[]),
        ];
        let t = Thresholds {
            min_count: 2,
            min_precision: 0.0,
            top: 10,
            max_words: 4,
        };
        let r = review_rules(&engine, &docs, &doc_matches(&engine, &docs), "loaded", &t);
        // 8 matches (4 sinister, 3 collusion, 1 vile), 4 annotated (vile too): overall 0.5.
        assert_eq!((r.matches, r.annotated), (8, 4));
        let ids: Vec<(&str, usize, usize, f64, &str)> = r
            .rules
            .iter()
            .map(|f| {
                (
                    f.rule.as_str(),
                    f.matches,
                    f.annotated,
                    f.proposed_weight,
                    f.action,
                )
            })
            .collect();
        // "vile" has one match: below min_count, not reviewed. "sinister": 3 of 4 annotated,
        // weight 1 x 0.75 / 0.5 = 1.5.
        assert_eq!(
            ids,
            vec![("topic", 3, 0, 0.0, "remove"), ("good", 4, 3, 1.5, "raise")]
        );
        assert!(review_rules(
            &engine,
            &docs,
            &doc_matches(&engine, &docs),
            "no_such_label",
            &t
        )
        .rules
        .is_empty());
    }
}
