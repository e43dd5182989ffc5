//! The paired design of `compare --pair-by FIELD`: groups (outlets) compared only on articles
//! about the same event (story). Rates by outlet alone compare whatever stories each outlet
//! covered; here each event contributes the difference between two groups' coverage of it, so
//! the topic is held fixed.
//!
//! For each pair of groups and each rate: over the events both groups covered (a group's
//! articles on one event pooled) and where the rate is defined for both, the mean of the
//! differences (first group minus second), a 95% bootstrap interval resampling events (seeded
//! from the event ids, not from the groups' names), the shares of events where each group is
//! higher, and the two-sided p-value of a paired t-test on the per-event differences,
//! Holm-adjusted over every comparison made. A pair
//! with fewer events than the minimum shows "too few" and is not tested.

use crate::analysis::compare::{
    content_seed, holm, percentile, rate, std_dev, t_p, SplitMix64, ADJUSTMENT, ALPHA, RATES,
};
use crate::metrics::Totals;
use serde::Serialize;
use std::collections::BTreeMap;

/// A rate's paired difference between two groups.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct PairedEstimate {
    /// Events where both groups have the rate.
    pub events: usize,
    /// Mean over those events of (first group's rate − second group's rate).
    pub mean_difference: Option<f64>,
    pub lo: Option<f64>,
    pub hi: Option<f64>,
    /// Share of the events where the first (second) group's rate is higher; the rest tie.
    pub first_higher: Option<f64>,
    pub second_higher: Option<f64>,
    /// Two-sided p-value of a zero mean difference (paired t-test over events), and
    /// Holm-adjusted.
    pub p: Option<f64>,
    pub p_adjusted: Option<f64>,
    /// Fewer events than the minimum: no interval and no test.
    pub too_few: bool,
}

/// Two groups compared event by event.
#[derive(Debug, Clone, Serialize)]
pub struct PairComparison {
    pub first: String,
    pub second: String,
    /// Events both groups covered.
    pub events: usize,
    pub rates: BTreeMap<String, PairedEstimate>,
}

/// The `paired` object of `compare --pair-by`.
#[derive(Debug, Clone, Serialize)]
pub struct PairedReport {
    pub pair_by: String,
    /// Events covered by at least two groups.
    pub events: usize,
    pub min_events: usize,
    pub adjustment: String,
    pub alpha: f64,
    pub comparisons: usize,
    pub pairs: Vec<PairComparison>,
}

/// One article of the paired design: (event, group, totals).
pub type PairedItem = (String, String, Totals);

/// The paired comparison of `items` (any order; the result does not depend on it).
pub fn paired(
    pair_by: &str,
    items: &[PairedItem],
    bootstrap: usize,
    seed: u64,
    min_events: usize,
) -> PairedReport {
    // event -> group -> pooled totals.
    let mut by_event: BTreeMap<&str, BTreeMap<&str, Totals>> = BTreeMap::new();
    for (event, group, t) in items {
        *by_event.entry(event).or_default().entry(group).or_default() += *t;
    }
    let groups: Vec<&str> = by_event
        .values()
        .flat_map(|g| g.keys().copied())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut pairs = Vec::new();
    // (pair index, rate name, p) of every test made.
    let mut tests: Vec<(usize, &'static str, f64)> = Vec::new();
    for (i, first) in groups.iter().enumerate() {
        for second in &groups[i + 1..] {
            let shared: Vec<(&str, &Totals, &Totals)> = by_event
                .iter()
                .filter_map(|(e, g)| Some((*e, g.get(first)?, g.get(second)?)))
                .collect();
            let mut rates = BTreeMap::new();
            for r in RATES {
                let diffs: Vec<(&str, f64)> = shared
                    .iter()
                    .filter_map(|(e, a, b)| Some((*e, rate(r, a)? - rate(r, b)?)))
                    .collect();
                let est = estimate(&diffs, bootstrap, seed, min_events);
                if let Some(p) = est.p {
                    tests.push((pairs.len(), r.name, p));
                }
                rates.insert(r.name.to_string(), est);
            }
            pairs.push(PairComparison {
                first: first.to_string(),
                second: second.to_string(),
                events: shared.len(),
                rates,
            });
        }
    }
    let adjusted = holm(&tests.iter().map(|t| t.2).collect::<Vec<_>>());
    for ((pair, name, _), adj) in tests.iter().zip(adjusted) {
        if let Some(e) = pairs[*pair].rates.get_mut(*name) {
            e.p_adjusted = Some(adj);
        }
    }
    PairedReport {
        pair_by: pair_by.to_string(),
        events: by_event.values().filter(|g| g.len() >= 2).count(),
        min_events,
        adjustment: ADJUSTMENT.to_string(),
        alpha: ALPHA,
        comparisons: tests.len(),
        pairs,
    }
}

/// The paired estimate of per-event differences (event id, difference), in event order.
fn estimate(
    diffs: &[(&str, f64)],
    bootstrap: usize,
    seed: u64,
    min_events: usize,
) -> PairedEstimate {
    let n = diffs.len();
    if n == 0 {
        return PairedEstimate {
            too_few: min_events > 0,
            ..Default::default()
        };
    }
    let values: Vec<f64> = diffs.iter().map(|d| d.1).collect();
    let mean = values.iter().sum::<f64>() / n as f64;
    let share =
        |f: fn(f64) -> bool| Some(values.iter().filter(|&&d| f(d)).count() as f64 / n as f64);
    let mut e = PairedEstimate {
        events: n,
        mean_difference: Some(mean),
        first_higher: share(|d| d > 0.0),
        second_higher: share(|d| d < 0.0),
        too_few: n < min_events,
        ..Default::default()
    };
    if e.too_few || bootstrap == 0 {
        return e;
    }
    // Seeded from the events resampled, not the groups' names.
    let mut rng = SplitMix64::new(seed ^ content_seed(diffs.iter().map(|d| d.0)));
    let mut means: Vec<f64> = (0..bootstrap)
        .map(|_| {
            (0..n)
                .map(|_| values[rng.below(n as u64) as usize])
                .sum::<f64>()
                / n as f64
        })
        .collect();
    // The paired t-test: the mean against the standard error of the per-event differences.
    e.p = std_dev(&values).map(|sd| t_p(mean, sd / (n as f64).sqrt(), n as f64 - 1.0));
    means.sort_by(|a, b| a.total_cmp(b));
    e.lo = Some(percentile(&means, 0.025));
    e.hi = Some(percentile(&means, 0.975));
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(event: &str, group: &str, loaded: usize, words: usize) -> PairedItem {
        let mut t = Totals {
            narration_words: words,
            words,
            ..Default::default()
        };
        t.matches.loaded_narration = loaded;
        (event.into(), group.into(), t)
    }

    /// Three events, worked by hand (loaded_per_1k_narration, 1,000 words an article):
    /// e1: A 4, B 1 (diff 3); e2: A 2, B 2 (0); e3: A 5 and A 1 pooled = 6/2,000 = 3, B 0 (3);
    /// e4: only A (unused). Mean difference (3 + 0 + 3)/3 = 2; A higher in 2 of 3, B in none.
    #[test]
    fn differences_within_events_by_hand() {
        let items = vec![
            item("e1", "A", 4, 1000),
            item("e1", "B", 1, 1000),
            item("e2", "A", 2, 1000),
            item("e2", "B", 2, 1000),
            item("e3", "A", 5, 1000),
            item("e3", "A", 1, 1000),
            item("e3", "B", 0, 1000),
            item("e4", "A", 9, 1000),
        ];
        let r = paired("event", &items, 200, 7, 2);
        assert_eq!(r.events, 3);
        assert_eq!(r.pairs.len(), 1);
        let p = &r.pairs[0];
        assert_eq!(
            (p.first.as_str(), p.second.as_str(), p.events),
            ("A", "B", 3)
        );
        let e = p.rates["loaded_per_1k_narration"];
        assert_eq!(e.events, 3);
        assert!((e.mean_difference.unwrap() - 2.0).abs() < 1e-12);
        assert_eq!(e.first_higher, Some(2.0 / 3.0));
        assert_eq!(e.second_higher, Some(0.0));
        // A resample of the differences {3, 0, 3} has mean 0, 1, 2 or 3; mean 3 comes up in
        // (2/3)³ ≈ 30% of the 200 resamples, so the 97.5th percentile is 3 exactly, and mean 0
        // in (1/3)³ ≈ 3.7%, so the 2.5th percentile lies between 0 and 1.
        assert_eq!(e.hi, Some(3.0), "{e:?}");
        assert!((0.0..=1.0).contains(&e.lo.unwrap()), "{e:?}");
        // No quoted words anywhere: that rate is undefined in every event.
        assert_eq!(p.rates["loaded_per_1k_quoted"].events, 0);
        assert!(p.rates["loaded_per_1k_quoted"].too_few);
        // With a minimum of four events, three are too few: no interval, no test.
        let r = paired("event", &items, 200, 7, 4);
        let e = r.pairs[0].rates["loaded_per_1k_narration"];
        assert!(e.too_few && e.lo.is_none() && e.p.is_none());
        assert_eq!(r.comparisons, 0);
    }

    #[test]
    fn intervals_do_not_depend_on_group_names() {
        let make = |a: &str, b: &str| {
            (0..12)
                .flat_map(|i| {
                    let e = format!("e{i}");
                    [item(&e, a, i % 5, 1000), item(&e, b, i % 3, 1000)]
                })
                .collect::<Vec<_>>()
        };
        let x = paired("event", &make("A", "B"), 300, 1, 2);
        let y = paired("event", &make("Alpha", "Beta"), 300, 1, 2);
        let (ex, ey) = (
            x.pairs[0].rates["loaded_per_1k_narration"],
            y.pairs[0].rates["loaded_per_1k_narration"],
        );
        assert!(ex.lo.is_some() && ex.lo != ex.hi);
        assert_eq!(ex, ey);
    }
}
