//! Validity of slant's per-article rates against the gold: does an article slant rates higher
//! also carry more annotated spans per word? For gold files whose documents carry spans (or a
//! document label), per gold label:
//!
//! - per-article Spearman ρ between a slant measure and the gold density (spans of the label per
//!   1,000 words of the article; for `doc_label:biased`, 1 for a biased document and 0 otherwise);
//! - when documents carry `event`: the share of within-event pairs slant orders like the gold
//!   (pairs whose gold densities tie are skipped; a tie on slant's side is a miss), and the mean
//!   over events of Kendall's τ-b (events whose gold densities all tie are skipped; an event where
//!   slant ties everything counts τ = 0);
//! - when documents carry `outlet`: Spearman ρ over outlets of the pooled rates (sums of
//!   numerators over sums of denominators).
//!
//! Chance is 0 for ρ and τ and 0.5 for the pairs. The measure `words` (article length alone) is
//! the baseline a rate must beat: gold densities that follow length are not evidence of word choice.
//!
//! The figures are given for all documents and for two halves split by event (the document id
//! where a document has no event): half A holds the events whose 64-bit FNV-1a hash of the event
//! id is even, half B the odd ones. The split depends on nothing but the ids, so one can tune on
//! half A and keep half B held out.

use serde::Serialize;
use std::collections::BTreeMap;

/// One gold document's numbers, as slant scored it.
#[derive(Debug, Clone, Default)]
pub struct DocRates {
    pub id: String,
    pub event: Option<String>,
    pub outlet: Option<String>,
    /// Words of the article as slant counts them (the denominator of every density).
    pub words: usize,
    pub narration_words: usize,
    /// Loaded-language matches (the loaded and label roles, as `Role::is_loaded` says) in any
    /// voice, and in narration.
    pub loaded_any: usize,
    pub loaded_narration: usize,
    /// Sum of weights of narration matches (`framing_score` = 100 × this / narration words).
    pub framing_weight: f64,
    /// Gold spans per label.
    pub gold_spans: BTreeMap<String, usize>,
    /// The gold document label, if any.
    pub doc_label: Option<String>,
}

/// The pseudo-label of the document labels: 1 for a `biased` document, 0 for any other label.
pub const DOC_LABEL_BIASED: &str = "doc_label:biased";

/// A slant measure: a ratio of two sums over articles, times a scale.
struct Measure {
    name: &'static str,
    num: fn(&DocRates) -> f64,
    den: fn(&DocRates) -> f64,
    scale: f64,
}

/// The measures compared with the gold, in report order (`words` last: the baseline).
const MEASURES: &[Measure] = &[
    Measure {
        name: "loaded_per_1k",
        num: |d| d.loaded_any as f64,
        den: |d| d.words as f64,
        scale: 1000.0,
    },
    Measure {
        name: "loaded_per_1k_narration",
        num: |d| d.loaded_narration as f64,
        den: |d| d.narration_words as f64,
        scale: 1000.0,
    },
    Measure {
        name: "framing_score",
        num: |d| d.framing_weight,
        den: |d| d.narration_words as f64,
        scale: 100.0,
    },
    Measure {
        name: "words",
        num: |d| d.words as f64,
        den: |_| 1.0,
        scale: 1.0,
    },
];

/// The names of the measures, in report order.
pub fn measure_names() -> impl Iterator<Item = &'static str> {
    MEASURES.iter().map(|m| m.name)
}

/// How a measure agrees with one gold label's density.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Agreement {
    /// Documents with both a slant value and a gold value.
    pub docs: usize,
    /// Events with at least one pair of documents whose gold densities differ.
    pub events: usize,
    /// Outlets in the outlet-level ρ.
    pub outlets: usize,
    /// Within-event pairs whose gold densities differ.
    pub pairs: usize,
    /// Share of those pairs slant orders like the gold (a tie on slant's side is a miss).
    pub pairs_ordered: Option<f64>,
    /// Per-article Spearman ρ.
    pub rho: Option<f64>,
    /// Outlet-level Spearman ρ of the pooled rates.
    pub rho_outlets: Option<f64>,
    /// Mean Kendall τ-b within events.
    pub tau: Option<f64>,
}

/// The figures of one set of documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ValiditySet {
    pub docs: usize,
    pub events: usize,
    /// Gold label -> measure -> agreement.
    pub labels: BTreeMap<String, BTreeMap<String, Agreement>>,
    pub outlets: usize,
}

/// What chance agreement is for each figure.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Chance {
    pub pairs_ordered: f64,
    pub rho: f64,
    pub tau: f64,
}

/// The `documents_validity` object of `slant eval --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentsValidity {
    pub all: ValiditySet,
    pub chance: Chance,
    /// Half A and half B of the split described in `split`.
    pub half_a: ValiditySet,
    pub half_b: ValiditySet,
    pub split: String,
}

/// How the halves are made (printed with the figures).
pub const SPLIT: &str = "by event (the document id where there is no event): half A = events whose 64-bit FNV-1a hash of the event id is even, half B = odd";

/// The half (false: A, true: B) of a document.
pub fn in_half_b(d: &DocRates) -> bool {
    super::classes::half_of(d.event.as_deref().unwrap_or(&d.id)) == "b"
}

/// The validity figures of `docs`, or None when no document has a gold span or label.
pub fn documents_validity(docs: &[DocRates]) -> Option<DocumentsValidity> {
    let labels = gold_labels(docs);
    if labels.is_empty() || docs.len() < 2 {
        return None;
    }
    let (b, a): (Vec<DocRates>, Vec<DocRates>) = docs.iter().cloned().partition(in_half_b);
    Some(DocumentsValidity {
        all: validity_set(docs, &labels),
        chance: Chance {
            pairs_ordered: 0.5,
            rho: 0.0,
            tau: 0.0,
        },
        half_a: validity_set(&a, &labels),
        half_b: validity_set(&b, &labels),
        split: SPLIT.to_string(),
    })
}

/// The labels with at least one gold span, and the document-label pseudo-label when some
/// document has a label.
fn gold_labels(docs: &[DocRates]) -> Vec<String> {
    let mut labels: Vec<String> = docs
        .iter()
        .flat_map(|d| d.gold_spans.iter().filter(|(_, &n)| n > 0).map(|(l, _)| l))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if docs.iter().any(|d| d.doc_label.is_some()) {
        labels.push(DOC_LABEL_BIASED.to_string());
    }
    labels
}

/// Gold (numerator, denominator) of a document for a label: spans per 1,000 words, or the
/// biased indicator over 1. None where there is nothing to measure.
fn gold(d: &DocRates, label: &str) -> Option<(f64, f64)> {
    if label == DOC_LABEL_BIASED {
        let l = d.doc_label.as_deref()?;
        return Some((f64::from(u8::from(l == "biased")), 1.0));
    }
    (d.words > 0).then(|| {
        (
            1000.0 * d.gold_spans.get(label).copied().unwrap_or(0) as f64,
            d.words as f64,
        )
    })
}

fn value(m: &Measure, d: &DocRates) -> Option<f64> {
    let den = (m.den)(d);
    (den > 0.0).then(|| m.scale * (m.num)(d) / den)
}

fn validity_set(docs: &[DocRates], labels: &[String]) -> ValiditySet {
    let events: BTreeMap<&str, Vec<&DocRates>> = docs
        .iter()
        .filter_map(|d| d.event.as_deref().map(|e| (e, d)))
        .fold(BTreeMap::new(), |mut m, (e, d)| {
            m.entry(e).or_insert_with(Vec::new).push(d);
            m
        });
    let outlets: BTreeMap<&str, Vec<&DocRates>> = docs
        .iter()
        .filter_map(|d| d.outlet.as_deref().map(|o| (o, d)))
        .fold(BTreeMap::new(), |mut m, (o, d)| {
            m.entry(o).or_insert_with(Vec::new).push(d);
            m
        });
    let mut out = ValiditySet {
        docs: docs.len(),
        events: events.len(),
        outlets: outlets.len(),
        labels: BTreeMap::new(),
    };
    for label in labels {
        let mut per_measure = BTreeMap::new();
        for m in MEASURES {
            let pairs: Vec<(f64, f64)> = docs
                .iter()
                .filter_map(|d| Some((value(m, d)?, ratio(gold(d, label)?))))
                .collect();
            let mut a = Agreement {
                docs: pairs.len(),
                rho: spearman(&pairs),
                ..Default::default()
            };
            // Within events.
            let (mut ordered, mut total, mut tau_sum, mut tau_n) = (0usize, 0usize, 0.0, 0usize);
            for group in events.values() {
                let xs: Vec<(f64, f64)> = group
                    .iter()
                    .filter_map(|d| Some((value(m, d)?, ratio(gold(d, label)?))))
                    .collect();
                let (o, t) = ordered_pairs(&xs);
                ordered += o;
                total += t;
                if let Some(tau) = kendall_tau_b(&xs) {
                    tau_sum += tau;
                    tau_n += 1;
                }
            }
            a.pairs = total;
            a.pairs_ordered = (total > 0).then(|| ordered as f64 / total as f64);
            a.events = tau_n;
            a.tau = (tau_n > 0).then(|| tau_sum / tau_n as f64);
            // Outlets: pooled rates.
            let pooled: Vec<(f64, f64)> = outlets
                .values()
                .filter_map(|group| {
                    let (mut sn, mut sd, mut gn, mut gd) = (0.0, 0.0, 0.0, 0.0);
                    for d in group {
                        let Some((n, dd)) = gold(d, label) else {
                            continue;
                        };
                        gn += n;
                        gd += dd;
                        sn += (m.num)(d);
                        sd += (m.den)(d);
                    }
                    (sd > 0.0 && gd > 0.0).then(|| (m.scale * sn / sd, gn / gd))
                })
                .collect();
            a.outlets = pooled.len();
            a.rho_outlets = spearman(&pooled);
            per_measure.insert(m.name.to_string(), a);
        }
        out.labels.insert(label.clone(), per_measure);
    }
    out
}

fn ratio((n, d): (f64, f64)) -> f64 {
    n / d
}

/// Average ranks (1-based; ties share the mean of their ranks).
fn ranks(xs: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..xs.len()).collect();
    idx.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]));
    let mut r = vec![0.0; xs.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && xs[idx[j + 1]] == xs[idx[i]] {
            j += 1;
        }
        let mean = (i + j) as f64 / 2.0 + 1.0;
        for &k in &idx[i..=j] {
            r[k] = mean;
        }
        i = j + 1;
    }
    r
}

/// Spearman's ρ: Pearson's correlation of the average ranks. None with fewer than three points
/// or when either side is constant.
pub fn spearman(pairs: &[(f64, f64)]) -> Option<f64> {
    if pairs.len() < 3 {
        return None;
    }
    let x = ranks(&pairs.iter().map(|p| p.0).collect::<Vec<_>>());
    let y = ranks(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    pearson(&x, &y)
}

fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}

/// (pairs slant orders like the gold, pairs whose gold values differ) among `(slant, gold)`.
pub fn ordered_pairs(xs: &[(f64, f64)]) -> (usize, usize) {
    let (mut ordered, mut total) = (0, 0);
    for (i, a) in xs.iter().enumerate() {
        for b in &xs[i + 1..] {
            if a.1 == b.1 {
                continue;
            }
            total += 1;
            if (a.0 - b.0) * (a.1 - b.1) > 0.0 {
                ordered += 1;
            }
        }
    }
    (ordered, total)
}

/// Kendall's τ-b of `(slant, gold)` pairs. None when the gold values all tie (or fewer than two
/// points); 0 when slant's values all tie and the gold's do not (no ordering told).
pub fn kendall_tau_b(xs: &[(f64, f64)]) -> Option<f64> {
    let (mut c, mut d, mut tx, mut ty, mut n0): (f64, f64, f64, f64, f64) =
        (0.0, 0.0, 0.0, 0.0, 0.0);
    for (i, a) in xs.iter().enumerate() {
        for b in &xs[i + 1..] {
            n0 += 1.0;
            let (dx, dy) = (a.0 - b.0, a.1 - b.1);
            if dx == 0.0 {
                tx += 1.0;
            }
            if dy == 0.0 {
                ty += 1.0;
            }
            if dx * dy > 0.0 {
                c += 1.0;
            } else if dx * dy < 0.0 {
                d += 1.0;
            }
        }
    }
    if n0 == ty {
        return None;
    }
    if n0 == tx {
        return Some(0.0);
    }
    Some((c - d) / ((n0 - tx) * (n0 - ty)).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(
        id: &str,
        event: &str,
        outlet: &str,
        words: usize,
        loaded: usize,
        spans: usize,
    ) -> DocRates {
        DocRates {
            id: id.into(),
            event: Some(event.into()),
            outlet: Some(outlet.into()),
            words,
            narration_words: words,
            loaded_any: loaded,
            loaded_narration: loaded,
            framing_weight: loaded as f64,
            gold_spans: BTreeMap::from([("loaded".to_string(), spans)]),
            doc_label: None,
        }
    }

    #[test]
    fn ranks_average_ties() {
        assert_eq!(ranks(&[3.0, 1.0, 3.0, 2.0]), vec![3.5, 1.0, 3.5, 2.0]);
    }

    #[test]
    fn spearman_and_kendall_by_hand() {
        // x ranks 1 2 3 4, y ranks 1 3 2 4: d² = 0+1+1+0 = 2, ρ = 1 - 6·2/(4·15) = 0.8.
        let p = [(1.0, 10.0), (2.0, 30.0), (3.0, 20.0), (4.0, 40.0)];
        assert!((spearman(&p).unwrap() - 0.8).abs() < 1e-12);
        // Six pairs, one discordant (2,3): τ = (5 - 1)/6.
        assert!((kendall_tau_b(&p).unwrap() - 4.0 / 6.0).abs() < 1e-12);
        assert_eq!(ordered_pairs(&p), (5, 6));
        // A constant side has no ρ.
        assert_eq!(spearman(&[(1.0, 1.0), (1.0, 2.0), (1.0, 3.0)]), None);
        // Gold all tied: no τ and no pairs; slant all tied: τ 0, every pair a miss.
        assert_eq!(kendall_tau_b(&[(1.0, 5.0), (2.0, 5.0)]), None);
        assert_eq!(kendall_tau_b(&[(1.0, 5.0), (1.0, 6.0)]), Some(0.0));
        assert_eq!(ordered_pairs(&[(1.0, 5.0), (1.0, 6.0)]), (0, 1));
    }

    /// Two events of three outlets each, worked by hand (every article 1,000 words, so a count is
    /// its rate per 1,000 words):
    ///
    /// | doc | event | outlet | slant loaded | gold spans |
    /// |-----|-------|--------|--------------|------------|
    /// | a1  | e1    | A      | 1            | 0          |
    /// | a2  | e1    | B      | 3            | 2          |
    /// | a3  | e1    | C      | 3            | 1          |
    /// | b1  | e2    | A      | 0            | 1          |
    /// | b2  | e2    | B      | 2            | 1          |
    /// | b3  | e2    | C      | 5            | 3          |
    ///
    /// Per article: slant 1 3 3 0 2 5 ranks 2 4.5 4.5 1 3 6; gold 0 2 1 1 1 3 ranks 1 5 3 3 3 6.
    /// Both mean 3.5; deviations x: -1.5 1 1 -2.5 -0.5 2.5, y: -2.5 1.5 -0.5 -0.5 -0.5 2.5.
    /// Σxy = 3.75+1.5-0.5+1.25+0.25+6.25 = 12.5; Σx² = 2.25+1+1+6.25+0.25+6.25 = 17;
    /// Σy² = 6.25+2.25+0.25+0.25+0.25+6.25 = 15.5; ρ = 12.5/√(17·15.5) = 12.5/16.233 = 0.7700.
    ///
    /// Pairs within e1: (a1,a2) gold 0<2 slant 1<3 ordered; (a1,a3) 0<1, 1<3 ordered; (a2,a3)
    /// 2>1 but slant ties: a miss. Within e2: (b1,b2) gold ties: skipped; (b1,b3) ordered;
    /// (b2,b3) ordered. 4 of 5 = 0.8.
    /// τ-b in e1: C=2, D=0, slant ties 1, gold ties 0, 3 pairs: 2/√(2·3) = 0.8165; in e2: C=2,
    /// D=0, slant ties 0, gold ties 1: 2/√(3·2) = 0.8165; mean 0.8165.
    /// Outlets (pooled, 2,000 words each): slant A 0.5 B 2.5 C 4; gold A 0.5 B 1.5 C 2: ρ = 1.
    /// Length alone: every article 1,000 words, so no ρ.
    #[test]
    fn hand_made_gold_set() {
        let docs = vec![
            doc("a1", "e1", "A", 1000, 1, 0),
            doc("a2", "e1", "B", 1000, 3, 2),
            doc("a3", "e1", "C", 1000, 3, 1),
            doc("b1", "e2", "A", 1000, 0, 1),
            doc("b2", "e2", "B", 1000, 2, 1),
            doc("b3", "e2", "C", 1000, 5, 3),
        ];
        let v = documents_validity(&docs).unwrap();
        let a = v.all.labels["loaded"]["loaded_per_1k"];
        assert_eq!(a.docs, 6);
        assert!((a.rho.unwrap() - 12.5 / (17.0f64 * 15.5).sqrt()).abs() < 1e-12);
        assert!((a.rho.unwrap() - 0.7700).abs() < 1e-4);
        assert_eq!(a.pairs, 5);
        assert_eq!(a.pairs_ordered, Some(0.8));
        assert_eq!(a.events, 2);
        assert!((a.tau.unwrap() - 2.0 / 6.0f64.sqrt()).abs() < 1e-12);
        assert_eq!(a.outlets, 3);
        assert!((a.rho_outlets.unwrap() - 1.0).abs() < 1e-12);
        // Narration is all the text here, and the framing weight is the count.
        assert_eq!(v.all.labels["loaded"]["loaded_per_1k_narration"], a);
        assert_eq!(v.all.labels["loaded"]["words"].rho, None);
        // The halves take whole events: FNV-1a of "e1" is odd (half B), of "e2" even (half A).
        assert_eq!((v.half_a.docs, v.half_a.events), (3, 1));
        assert_eq!((v.half_b.docs, v.half_b.events), (3, 1));
        for d in &docs {
            assert_eq!(in_half_b(d), d.event.as_deref() == Some("e1"), "{}", d.id);
        }
    }

    #[test]
    fn length_alone_and_doc_labels() {
        // Longer articles carry fewer spans per word here: length alone ranks them backwards.
        let mut docs = vec![
            doc("x", "e", "A", 100, 0, 2),
            doc("y", "e", "B", 200, 0, 1),
            doc("z", "e", "C", 400, 0, 0),
        ];
        docs[0].doc_label = Some("biased".into());
        docs[1].doc_label = Some("non-biased".into());
        let v = documents_validity(&docs).unwrap();
        assert_eq!(v.all.labels["loaded"]["words"].rho, Some(-1.0));
        assert_eq!(v.all.labels["loaded"]["words"].pairs_ordered, Some(0.0));
        // Only two documents have a label: too few for ρ, one pair ordered backwards.
        let b = v.all.labels[DOC_LABEL_BIASED]["words"];
        assert_eq!(
            (b.docs, b.rho, b.pairs, b.pairs_ordered),
            (2, None, 1, Some(0.0))
        );
        // No spans and no labels: nothing to report.
        let none: Vec<DocRates> = docs
            .iter()
            .map(|d| DocRates {
                gold_spans: BTreeMap::new(),
                doc_label: None,
                ..d.clone()
            })
            .collect();
        assert!(documents_validity(&none).is_none());
    }
}
