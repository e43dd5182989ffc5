//! Comparing groups of articles (outlets, folders, any metadata field): pooled rates with
//! seeded bootstrap confidence intervals over articles (the stream seeded from the group's article
//! ids, not its name), "too few" below minimum articles and words, top loaded terms with evidence,
//! and the pairs of groups whose difference survives Holm's adjustment over every comparison.
//! Works from article summaries, so summaries scored on separate machines merge into exactly the
//! result of one run. The paired design of `--pair-by` is in [`crate::analysis::paired`].

use crate::metrics::{ArticleSummary, Totals};
use serde::Serialize;
use std::collections::BTreeMap;

/// The group of articles without the grouping field.
pub const UNKNOWN_GROUP: &str = "(unknown)";

/// A rate: a ratio of two sums over a group's articles, times a scale.
pub struct RateDef {
    pub name: &'static str,
    /// Column names of its interval's bounds in CSV (`NAME_lo`, `NAME_hi`).
    pub lo_column: &'static str,
    pub hi_column: &'static str,
    pub description: &'static str,
    pub num: fn(&Totals) -> f64,
    pub den: fn(&Totals) -> f64,
    pub scale: f64,
    /// What the denominator counts: the minimum a group needs for an interval depends on it.
    pub unit: Unit,
}

/// What a rate's denominator counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Words (narration or quoted).
    Words,
    /// Claims or reporting cues.
    Counts,
}

/// Fewest articles a group needs before its rates get intervals and can differ from another's.
pub const DEFAULT_MIN_ARTICLES: usize = 10;
/// Fewest words in a rate's denominator (narration or quoted words) for an interval.
pub const DEFAULT_MIN_WORDS: usize = 1000;
/// Fewest claims or cues in a share's denominator for an interval.
pub const DEFAULT_MIN_COUNTS: usize = 30;
/// The family-wise error rate the Holm adjustment holds the listed differences to.
pub const ALPHA: f64 = 0.05;
/// The multiple-comparison adjustment, as JSON names it, and as the reports name it in words.
pub const ADJUSTMENT: &str = "holm";
pub const ADJUSTMENT_METHOD: &str = "Holm's method";

/// Every rate `compare` reports, in column order.
pub const RATES: &[RateDef] = &[
    RateDef { name: "loaded_per_1k_narration", lo_column: "loaded_per_1k_narration_lo", hi_column: "loaded_per_1k_narration_hi", description: "loaded terms and labels in the outlet's own words per 1,000 narration words", num: |a| a.matches.loaded_narration as f64, den: |a| a.narration_words as f64, scale: 1000.0, unit: Unit::Words },
    RateDef { name: "loaded_per_1k_quoted", lo_column: "loaded_per_1k_quoted_lo", hi_column: "loaded_per_1k_quoted_hi", description: "loaded terms and labels inside quotations per 1,000 quoted words", num: |a| a.matches.loaded_quoted as f64, den: |a| a.quoted_words as f64, scale: 1000.0, unit: Unit::Words },
    RateDef { name: "hedges_per_1k", lo_column: "hedges_per_1k_lo", hi_column: "hedges_per_1k_hi", description: "hedges in narration per 1,000 narration words", num: |a| a.matches.hedges as f64, den: |a| a.narration_words as f64, scale: 1000.0, unit: Unit::Words },
    RateDef { name: "intensifiers_per_1k", lo_column: "intensifiers_per_1k_lo", hi_column: "intensifiers_per_1k_hi", description: "intensifiers in narration per 1,000 narration words", num: |a| a.matches.intensifiers as f64, den: |a| a.narration_words as f64, scale: 1000.0, unit: Unit::Words },
    RateDef { name: "loaded_cue_share", lo_column: "loaded_cue_share_lo", hi_column: "loaded_cue_share_hi", description: "share of reporting cues in narration that are loaded (slams, claims) rather than neutral (said)", num: |a| a.matches.verbs_loaded as f64, den: |a| (a.matches.verbs_loaded + a.matches.verbs_neutral) as f64, scale: 1.0, unit: Unit::Counts },
    RateDef { name: "named_share", lo_column: "named_share_lo", hi_column: "named_share_hi", description: "share of body claims attributed to a named source", num: |a| a.claims.attributed_named as f64, den: |a| a.claims.claims as f64, scale: 1.0, unit: Unit::Counts },
    RateDef { name: "anonymous_share", lo_column: "anonymous_share_lo", hi_column: "anonymous_share_hi", description: "share of body claims attributed to an unnamed source", num: |a| a.claims.attributed_anonymous as f64, den: |a| a.claims.claims as f64, scale: 1.0, unit: Unit::Counts },
    RateDef { name: "agentless_share", lo_column: "agentless_share_lo", hi_column: "agentless_share_hi", description: "share of body claims attributed without any source (reportedly, it is believed)", num: |a| a.claims.agentless as f64, den: |a| a.claims.claims as f64, scale: 1.0, unit: Unit::Counts },
    RateDef { name: "unattributed_share", lo_column: "unattributed_share_lo", hi_column: "unattributed_share_hi", description: "share of body claims that are bare assertions in the outlet's voice", num: |a| a.claims.unattributed as f64, den: |a| a.claims.claims as f64, scale: 1.0, unit: Unit::Counts },
    RateDef { name: "source_reliability", lo_column: "source_reliability_lo", hi_column: "source_reliability_hi", description: "mean reliability weight over attributed claims (weights are the rule file's assumption)", num: |a| a.reliability_sum, den: |a| a.reliability_claims as f64, scale: 1.0, unit: Unit::Counts },
    RateDef { name: "framing_score", lo_column: "framing_score_lo", hi_column: "framing_score_hi", description: "100 x weighted narration matches per narration word, pooled over the group's articles", num: |a| a.framing_weight, den: |a| a.narration_words as f64, scale: 100.0, unit: Unit::Words },
];

/// A rate with its 95% bootstrap interval (None where the denominator is zero, or where the
/// group is too small: then `too_few` is set).
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Estimate {
    pub value: Option<f64>,
    pub lo: Option<f64>,
    pub hi: Option<f64>,
    /// The group has fewer articles, or the rate's denominator fewer words, claims or cues, than
    /// the minimum: no interval, and never listed as a difference.
    pub too_few: bool,
}

/// A loaded term's count in a group, with one sentence as evidence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TermEvidence {
    pub term: String,
    pub rule: String,
    pub narration: usize,
    pub quoted: usize,
    pub article_id: String,
    pub paragraph: usize,
    pub sentence: String,
}

/// One group's figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GroupReport {
    pub group: String,
    pub articles: usize,
    pub paragraphs: usize,
    pub words: usize,
    pub narration_words: usize,
    pub quoted_words: usize,
    pub claims: usize,
    /// Articles by document kind (news, transcript, speech …).
    pub doc_kinds: BTreeMap<String, usize>,
    pub rates: BTreeMap<String, Estimate>,
    pub top_terms: Vec<TermEvidence>,
}

impl GroupReport {
    /// The group's document kinds in words: `12 news, 3 speech`.
    pub fn kinds_text(&self) -> String {
        let kinds: Vec<String> = self
            .doc_kinds
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        kinds.join(", ")
    }
}

/// Two groups whose rates differ after the multiple-comparison adjustment: the two-sided p-value
/// of the difference against its bootstrap standard error (√(se₁² + se₂²), from the groups'
/// independent resamples; Student's t with the smaller group's articles − 1 degrees of freedom),
/// adjusted by Holm's method over every comparison made, is below [`ALPHA`].
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Separation {
    pub rate: String,
    pub higher: String,
    pub lower: String,
    /// The unadjusted two-sided p-value.
    pub p: f64,
    /// Holm-adjusted p-value.
    pub p_adjusted: f64,
}

/// The limits below which a group's rate shows "too few" rather than an interval.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Minimums {
    pub articles: usize,
    pub words: usize,
    /// Claims or reporting cues, for shares.
    pub counts: usize,
}

impl Default for Minimums {
    fn default() -> Self {
        Minimums {
            articles: DEFAULT_MIN_ARTICLES,
            words: DEFAULT_MIN_WORDS,
            counts: DEFAULT_MIN_COUNTS,
        }
    }
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize)]
pub struct CompareReport {
    pub group_by: String,
    pub bootstrap: usize,
    pub seed: u64,
    pub groups: Vec<GroupReport>,
    pub minimums: Minimums,
    /// The multiple-comparison adjustment of `separations` (`holm`), the family-wise error rate
    /// it holds, and how many comparisons it adjusted for (pairs of groups × rates where both
    /// groups have enough data).
    pub adjustment: String,
    pub alpha: f64,
    pub comparisons: usize,
    pub separations: Vec<Separation>,
    /// The paired design of `--pair-by`: groups compared on the same events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paired: Option<crate::analysis::paired::PairedReport>,
    /// Set when the groups' mixes of document kinds differ: their rates then compare different
    /// kinds of text (a speaker's words against news copy), not only different outlets.
    pub kind_mix_warning: Option<String>,
    /// slant's version and the digest of the rules compare ran with (from summaries too: they
    /// decide which categories are loaded; the scoring runs record theirs on stderr).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provenance: Option<crate::engine::Provenance>,
    /// Metadata fields with a value in at least one article (to tell a typo in `--group-by`).
    #[serde(skip)]
    pub fields_seen: Vec<String>,
}

impl CompareReport {
    /// What "too few" means in this report, in words.
    pub fn too_few_note(&self) -> String {
        let m = self.minimums;
        format!(
            "\"too few\": a group with fewer than {} articles, or a rate over fewer than {} words or {} claims (cues), gets no interval and is not compared.",
            m.articles, m.words, m.counts
        )
    }

    /// The multiple-comparison adjustment in words: `Holm's adjustment over 12 comparisons
    /// (family-wise error 5%)`.
    pub fn adjustment_text(&self) -> String {
        format!(
            "Holm's adjustment over {} comparisons (family-wise error {}%)",
            self.comparisons,
            self.alpha * 100.0
        )
    }

    /// An error when no article has the field grouped by (everything would be "(unknown)"),
    /// naming the fields that do exist and the closest one.
    pub fn check_group_field(&self) -> Result<(), String> {
        let field = GroupBy::parse(&self.group_by).map_or(self.group_by.as_str(), |g| g.field);
        self.check_field(field, "group")?;
        match &self.paired {
            Some(p) => self.check_field(&p.pair_by, "pair"),
            None => Ok(()),
        }
    }

    fn check_field(&self, field: &str, what: &str) -> Result<(), String> {
        if self.groups.is_empty() || self.fields_seen.iter().any(|f| f == field) {
            return Ok(());
        }
        let hint = crate::text::did_you_mean(field, self.fields_seen.iter().map(String::as_str));
        Err(format!(
            "no article has a `{field}` field to {what} by{hint}; fields found: {}",
            if self.fields_seen.is_empty() {
                "none".to_string()
            } else {
                self.fields_seen.join(", ")
            }
        ))
    }
}

/// How `--group-by` names a group: a metadata field, or `date:year|month|week|day` to bin ISO
/// dates (`2024-03-07` → `2024`, `2024-03`, `2024-W10`, `2024-03-07`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupBy<'a> {
    pub field: &'a str,
    pub bin: Option<DateBin>,
}

/// A calendar bin for dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBin {
    Year,
    Month,
    /// ISO 8601 week (`2024-W01` starts on the Monday of the week with the year's first Thursday).
    Week,
    Day,
}

impl<'a> GroupBy<'a> {
    /// Parses `FIELD` or `FIELD:BIN`; an unknown bin is an error naming the known ones.
    pub fn parse(spec: &'a str) -> Result<GroupBy<'a>, String> {
        let Some((field, bin)) = spec.split_once(':') else {
            return Ok(GroupBy {
                field: spec,
                bin: None,
            });
        };
        let bin = match bin {
            "year" => DateBin::Year,
            "month" => DateBin::Month,
            "week" => DateBin::Week,
            "day" => DateBin::Day,
            other => {
                let hint = crate::text::did_you_mean(other, ["year", "month", "week", "day"]);
                return Err(format!(
                    "unknown date bin `{other}` in --group-by {spec}{hint}; expected year, month, week or day"
                ));
            }
        };
        Ok(GroupBy {
            field,
            bin: Some(bin),
        })
    }

    /// The group of a field's value: the value itself, or its date bin (None: not a date).
    pub fn group(&self, value: &str) -> Option<String> {
        let Some(bin) = self.bin else {
            return Some(value.to_string());
        };
        let (y, m, d) = parse_iso_date(value)?;
        Some(match bin {
            DateBin::Year => format!("{y:04}"),
            DateBin::Month => format!("{y:04}-{m:02}"),
            DateBin::Day => format!("{y:04}-{m:02}-{d:02}"),
            DateBin::Week => {
                let (wy, w) = iso_week(y, m, d);
                format!("{wy:04}-W{w:02}")
            }
        })
    }
}

/// `YYYY-MM-DD` at the start of a value (`2024-03-07`, `2024-03-07T10:00:00Z`), checked.
fn parse_iso_date(v: &str) -> Option<(i64, u32, u32)> {
    let v = v.trim();
    let b = v.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let y: i64 = v.get(0..4)?.parse().ok()?;
    let m: u32 = v.get(5..7)?.parse().ok()?;
    let d: u32 = v.get(8..10)?.parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    ((1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1]).then_some((y, m, d))
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// ISO 8601 week-year and week number of a date.
fn iso_week(y: i64, m: u32, d: u32) -> (i64, i64) {
    let days = days_from_civil(y, m, d);
    // 1970-01-01 was a Thursday; weekday 1 = Monday .. 7 = Sunday.
    let weekday = (days + 3).rem_euclid(7) + 1;
    // The Thursday of this week decides the week-year.
    let thursday = days - weekday + 4;
    let wy = if thursday < days_from_civil(y, 1, 1) {
        y - 1
    } else if thursday >= days_from_civil(y + 1, 1, 1) {
        y + 1
    } else {
        y
    };
    let week = (thursday - days_from_civil(wy, 1, 1)) / 7 + 1;
    (wy, week)
}

/// Options of a comparison.
#[derive(Debug, Clone)]
pub struct CompareOptions {
    pub group_by: String,
    pub bootstrap: usize,
    pub seed: u64,
    pub top_terms: usize,
    /// Roles counted as loaded for the top-terms list: category ids.
    pub loaded_categories: Vec<String>,
    pub minimums: Minimums,
    /// `--pair-by FIELD`: also compare the groups event by event on this field (see
    /// [`crate::analysis::paired`]).
    pub pair_by: Option<String>,
}

/// A term's counts in a group: (narration, quoted, evidence (article id, paragraph, sentence)).
type TermAcc = (usize, usize, (String, usize, String));

#[derive(Default)]
struct GroupAcc {
    /// (article id, numbers), sorted by id before use so input order does not matter.
    articles: Vec<(String, Totals)>,
    /// (rule, term) -> (narration, quoted, evidence from the smallest article id).
    terms: BTreeMap<(String, String), TermAcc>,
    /// Articles by document kind.
    doc_kinds: BTreeMap<String, usize>,
}

/// Collects article summaries into groups; order of arrival does not change the result.
pub struct Comparer {
    opts: CompareOptions,
    /// (event, group, totals) of the articles with a value of the pairing field.
    paired_items: Vec<crate::analysis::paired::PairedItem>,
    groups: BTreeMap<String, GroupAcc>,
    fields_seen: std::collections::BTreeSet<String>,
}

impl Comparer {
    pub fn new(opts: CompareOptions) -> Self {
        Comparer {
            opts,
            paired_items: Vec::new(),
            groups: BTreeMap::new(),
            fields_seen: Default::default(),
        }
    }

    /// The group an article belongs to.
    /// (`date:month` and the other bins group by the date's bin; an unparsable spec or date
    /// goes to "(unknown)", and [`GroupBy::parse`] tells the spec's error beforehand.)
    pub fn group_of(&self, s: &ArticleSummary) -> String {
        let by = GroupBy::parse(&self.opts.group_by).unwrap_or(GroupBy {
            field: &self.opts.group_by,
            bin: None,
        });
        s.meta
            .get(by.field)
            .filter(|v| !v.trim().is_empty())
            .and_then(|v| by.group(v))
            .unwrap_or_else(|| UNKNOWN_GROUP.to_string())
    }

    pub fn add(&mut self, s: &ArticleSummary) {
        for (k, v) in &s.meta {
            if !v.trim().is_empty() && !self.fields_seen.contains(k) {
                self.fields_seen.insert(k.clone());
            }
        }
        let group = self.group_of(s);
        if let Some(event) = self
            .opts
            .pair_by
            .as_ref()
            .and_then(|f| s.meta.get(f))
            .filter(|v| !v.trim().is_empty())
        {
            self.paired_items
                .push((event.clone(), group.clone(), s.totals));
        }
        let acc = self.groups.entry(group).or_default();
        acc.articles.push((s.article_id.clone(), s.totals));
        let kind = s
            .meta
            .get(crate::article::DOC_KIND_FIELD)
            .map_or("news", String::as_str);
        *acc.doc_kinds.entry(kind.to_string()).or_default() += 1;
        for t in &s.terms {
            if !self.opts.loaded_categories.contains(&t.category) {
                continue;
            }
            let e = acc
                .terms
                .entry((t.rule.clone(), t.term.clone()))
                .or_insert_with(|| {
                    (
                        0,
                        0,
                        (s.article_id.clone(), t.example_paragraph, t.example.clone()),
                    )
                });
            e.0 += t.narration;
            e.1 += t.quoted;
            if s.article_id < e.2 .0 {
                e.2 = (s.article_id.clone(), t.example_paragraph, t.example.clone());
            }
        }
    }

    pub fn finish(self) -> CompareReport {
        let opts = self.opts;
        let mut groups = Vec::new();
        // Per group, per rate: the rate in each bootstrap resample (None: zero denominator).
        let mut resamples: Vec<Vec<Vec<Option<f64>>>> = Vec::new();
        for (name, mut acc) in self.groups {
            acc.articles.sort_by(|a, b| a.0.cmp(&b.0));
            let numbers: Vec<Totals> = acc.articles.iter().map(|a| a.1).collect();
            let total = sum(&numbers, None);
            let mut rates = BTreeMap::new();
            // The stream is seeded from the articles, not the group's name: the same articles
            // get the same intervals whatever they are grouped by.
            let mut rng = SplitMix64::new(
                opts.seed ^ content_seed(acc.articles.iter().map(|a| a.0.as_str())),
            );
            let boots = bootstrap(&numbers, opts.bootstrap, &mut rng);
            let mut group_samples = Vec::new();
            for r in RATES {
                let value = rate(r, &total);
                let too_few = too_few(r, &total, numbers.len(), &opts.minimums);
                let per_boot: Vec<Option<f64>> = boots.iter().map(|b| rate(r, b)).collect();
                let mut samples: Vec<f64> = per_boot.iter().flatten().copied().collect();
                samples.sort_by(|a, b| a.total_cmp(b));
                let (lo, hi) = if value.is_some() && !too_few && !samples.is_empty() {
                    (
                        Some(percentile(&samples, 0.025)),
                        Some(percentile(&samples, 0.975)),
                    )
                } else {
                    (None, None)
                };
                rates.insert(
                    r.name.to_string(),
                    Estimate {
                        value,
                        lo,
                        hi,
                        too_few,
                    },
                );
                group_samples.push(per_boot);
            }
            resamples.push(group_samples);
            let mut terms: Vec<TermEvidence> = acc
                .terms
                .into_iter()
                .map(|((rule, term), (n, q, (id, p, sentence)))| TermEvidence {
                    term,
                    rule,
                    narration: n,
                    quoted: q,
                    article_id: id,
                    paragraph: p,
                    sentence,
                })
                .collect();
            terms.sort_by(|a, b| {
                (b.narration + b.quoted)
                    .cmp(&(a.narration + a.quoted))
                    .then(a.term.cmp(&b.term))
            });
            terms.truncate(opts.top_terms);
            groups.push(GroupReport {
                group: name,
                articles: numbers.len(),
                paragraphs: total.paragraphs,
                words: total.words,
                narration_words: total.narration_words,
                quoted_words: total.quoted_words,
                claims: total.claims.claims,
                doc_kinds: acc.doc_kinds,
                rates,
                top_terms: terms,
            });
        }
        let (comparisons, separations) = separations(&groups, &resamples);
        let kind_mix_warning = kind_mix_warning(&groups);
        let paired = opts.pair_by.as_ref().map(|field| {
            crate::analysis::paired::paired(
                field,
                &self.paired_items,
                opts.bootstrap,
                opts.seed,
                opts.minimums.articles,
            )
        });
        CompareReport {
            paired,
            group_by: opts.group_by,
            bootstrap: opts.bootstrap,
            seed: opts.seed,
            groups,
            minimums: opts.minimums,
            adjustment: ADJUSTMENT.to_string(),
            alpha: ALPHA,
            comparisons,
            separations,
            kind_mix_warning,
            fields_seen: self.fields_seen.into_iter().collect(),
            provenance: None,
        }
    }
}

/// A seed from the content a bootstrap resamples (article or event ids, in order): FNV-1a of
/// the ids, each ended by a newline.
pub fn content_seed<'a>(ids: impl Iterator<Item = &'a str>) -> u64 {
    let mut bytes = Vec::new();
    for id in ids {
        bytes.extend_from_slice(id.as_bytes());
        bytes.push(b'\n');
    }
    crate::text::fnv1a(&bytes)
}

/// Whether a group has too little data for an interval of rate `r`: fewer articles than the
/// minimum, or fewer words (claims, cues) in the rate's denominator.
fn too_few(r: &RateDef, total: &Totals, articles: usize, min: &Minimums) -> bool {
    let need = match r.unit {
        Unit::Words => min.words,
        Unit::Counts => min.counts,
    };
    articles < min.articles || (r.den)(total) < need as f64
}

/// Standard deviation of samples (the bootstrap standard error); None with fewer than two.
pub fn std_dev(xs: &[f64]) -> Option<f64> {
    let n = xs.len();
    if n < 2 {
        return None;
    }
    let mean = xs.iter().sum::<f64>() / n as f64;
    Some((xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1) as f64).sqrt())
}

/// Two-sided p-value of a difference against its standard error, from Student's t with `df`
/// degrees of freedom (t = difference / se). Counting resamples on each side of zero instead could
/// never give less than 2 / (resamples + 1), which Holm's adjustment over hundreds of comparisons
/// never accepts; the t distribution keeps small samples from looking certain. A zero standard
/// error gives 1 for no difference and 0 for any other.
pub fn t_p(difference: f64, se: f64, df: f64) -> f64 {
    if se <= 0.0 || !se.is_finite() {
        return if difference == 0.0 { 1.0 } else { 0.0 };
    }
    if df < 1.0 {
        return 1.0;
    }
    let t = difference / se;
    incomplete_beta(df / (df + t * t), df / 2.0, 0.5).clamp(0.0, 1.0)
}

/// The regularized incomplete beta function I_x(a, b) (Numerical Recipes' `betai` with Lentz's
/// continued fraction).
fn incomplete_beta(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    if x < (a + 1.0) / (a + b + 2.0) {
        ln_front.exp() * beta_fraction(x, a, b) / a
    } else {
        1.0 - ln_front.exp() * beta_fraction(1.0 - x, b, a) / b
    }
}

fn beta_fraction(x: f64, a: f64, b: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..300 {
        let m = m as f64;
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// ln Γ(x) for x > 0 (Lanczos approximation, g = 7).
fn ln_gamma(x: f64) -> f64 {
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = G[0];
    for (i, g) in G.iter().enumerate().skip(1) {
        sum += g / (x + i as f64);
    }
    let t = x + 7.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// Holm's step-down adjustment of p-values (same order as given).
pub fn holm(ps: &[f64]) -> Vec<f64> {
    let m = ps.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| ps[a].total_cmp(&ps[b]).then(a.cmp(&b)));
    let mut out = vec![0.0; m];
    let mut running = 0.0f64;
    for (k, &i) in order.iter().enumerate() {
        running = running.max(((m - k) as f64 * ps[i]).min(1.0));
        out[i] = running;
    }
    out
}

/// Groups whose shares of news copy differ by more than this get a warning.
const KIND_MIX_TOLERANCE: f64 = 0.25;

/// A warning when the groups' shares of news copy (against transcripts, speeches, statements)
/// differ by more than [`KIND_MIX_TOLERANCE`], naming each group's mix.
fn kind_mix_warning(groups: &[GroupReport]) -> Option<String> {
    let share = |g: &GroupReport| {
        g.doc_kinds.get("news").copied().unwrap_or(0) as f64 / g.articles.max(1) as f64
    };
    let shares: Vec<f64> = groups.iter().map(share).collect();
    let lo = shares.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = shares.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if groups.len() < 2 || hi - lo <= KIND_MIX_TOLERANCE {
        return None;
    }
    let mixes: Vec<String> = groups
        .iter()
        .map(|g| format!("{}: {}", g.group, g.kinds_text()))
        .collect();
    Some(format!(
        "the groups mix different kinds of documents ({}); a speech or transcript is its speakers' words, not news copy, so compare like with like (--group-by doc_kind shows the kinds apart)",
        mixes.join("; ")
    ))
}

/// A rate of some totals (None where its denominator is zero).
pub fn rate(r: &RateDef, a: &Totals) -> Option<f64> {
    let den = (r.den)(a);
    (den > 0.0).then(|| r.scale * (r.num)(a) / den)
}

/// Sums numbers, optionally over a resample given by indexes.
fn sum(numbers: &[Totals], idx: Option<&[usize]>) -> Totals {
    let mut t = Totals::default();
    match idx {
        Some(idx) => idx.iter().for_each(|&i| t += numbers[i]),
        None => numbers.iter().for_each(|&a| t += a),
    }
    t
}

/// Sums of `b` resamples of the articles, drawn with replacement.
fn bootstrap(numbers: &[Totals], b: usize, rng: &mut SplitMix64) -> Vec<Totals> {
    let n = numbers.len();
    if n == 0 {
        return Vec::new();
    }
    let mut idx = vec![0usize; n];
    (0..b)
        .map(|_| {
            for i in idx.iter_mut() {
                *i = rng.below(n as u64) as usize;
            }
            sum(numbers, Some(&idx))
        })
        .collect()
}

/// Linear-interpolated percentile of sorted samples.
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let frac = pos - lo as f64;
    sorted[lo] + (sorted[hi] - sorted[lo]) * frac
}

/// Every pair of groups on every rate where both have enough data: the p-value of the
/// difference, Holm-adjusted over all of them; the pairs below [`ALPHA`] are returned with the
/// number of comparisons made.
fn separations(
    groups: &[GroupReport],
    resamples: &[Vec<Vec<Option<f64>>>],
) -> (usize, Vec<Separation>) {
    let mut tests = Vec::new();
    for (ri, r) in RATES.iter().enumerate() {
        for i in 0..groups.len() {
            for j in i + 1..groups.len() {
                let (ea, eb) = (groups[i].rates[r.name], groups[j].rates[r.name]);
                let (Some(va), Some(vb)) = (ea.value, eb.value) else {
                    continue;
                };
                if ea.too_few || eb.too_few {
                    continue;
                }
                let se = |k: usize| {
                    let xs: Vec<f64> = resamples[k][ri].iter().flatten().copied().collect();
                    std_dev(&xs)
                };
                let (Some(sa), Some(sb)) = (se(i), se(j)) else {
                    continue;
                };
                // Degrees of freedom of the smaller group: conservative for unequal sizes.
                let df = (groups[i].articles.min(groups[j].articles) as f64 - 1.0).max(0.0);
                let p = t_p(va - vb, (sa * sa + sb * sb).sqrt(), df);
                tests.push((r.name, i, j, va, vb, p));
            }
        }
    }
    let adjusted = holm(&tests.iter().map(|t| t.5).collect::<Vec<_>>());
    let out = tests
        .iter()
        .zip(adjusted)
        .filter(|(_, adj)| *adj < ALPHA)
        .map(|(&(rate, i, j, va, vb, p), p_adjusted)| {
            let (hi, lo) = if va > vb { (i, j) } else { (j, i) };
            Separation {
                rate: rate.into(),
                higher: groups[hi].group.clone(),
                lower: groups[lo].group.clone(),
                p,
                p_adjusted,
            }
        })
        .collect();
    (tests.len(), out)
}

/// A small, fixed PRNG (SplitMix64): the same seed gives the same intervals on every platform
/// and version of slant. Kept by hand rather than taken from `rand`, whose generators and
/// sampling may change between versions: published intervals must be reproducible from the seed.
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0), by rejection so there is no modulo bias.
    pub fn below(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.next_u64();
            if x < zone {
                return x % n;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: &str, outlet: Option<&str>, loaded: usize, words: usize) -> ArticleSummary {
        let mut s = ArticleSummary {
            article_id: id.into(),
            ..Default::default()
        };
        s.totals.narration_words = words;
        s.totals.words = words;
        s.totals.matches.loaded_narration = loaded;
        if let Some(o) = outlet {
            s.meta.insert("outlet".into(), o.into());
        }
        s
    }

    fn opts() -> CompareOptions {
        CompareOptions {
            group_by: "outlet".into(),
            bootstrap: 200,
            seed: 1,
            top_terms: 5,
            loaded_categories: vec!["loaded".into()],
            minimums: Minimums::default(),
            pair_by: None,
        }
    }

    #[test]
    fn date_bins() {
        let by = |s| GroupBy::parse(s).unwrap();
        assert_eq!(by("date:year").group("2024-03-07"), Some("2024".into()));
        assert_eq!(
            by("date:month").group("2024-03-07T10:00:00Z"),
            Some("2024-03".into())
        );
        assert_eq!(
            by("date:day").group(" 2024-03-07 "),
            Some("2024-03-07".into())
        );
        // ISO weeks: 2024-12-30 is in week 1 of 2025; 2021-01-03 in week 53 of 2020.
        assert_eq!(by("date:week").group("2024-12-30"), Some("2025-W01".into()));
        assert_eq!(by("date:week").group("2021-01-03"), Some("2020-W53".into()));
        assert_eq!(by("date:week").group("2024-03-07"), Some("2024-W10".into()));
        assert_eq!(by("date:month").group("March 7, 2024"), None);
        assert_eq!(by("date:month").group("2024-02-30"), None);
        assert!(GroupBy::parse("date:mnth")
            .unwrap_err()
            .contains("did you mean `month`?"));
    }

    #[test]
    fn grouping_by_a_field_no_article_has_is_an_error() {
        let mut c = Comparer::new(CompareOptions {
            group_by: "outlte".into(),
            ..opts()
        });
        c.add(&summary("a", Some("X"), 2, 100));
        let e = c.finish().check_group_field().unwrap_err();
        assert_eq!(
            e,
            "no article has a `outlte` field to group by (did you mean `outlet`?); fields found: outlet"
        );
    }

    #[test]
    fn pooled_rate_and_unknown_group() {
        // Minimums off: two articles get an interval.
        let mut c = Comparer::new(CompareOptions {
            minimums: Minimums {
                articles: 0,
                words: 0,
                counts: 0,
            },
            ..opts()
        });
        c.add(&summary("a", Some("X"), 2, 100));
        c.add(&summary("b", Some("X"), 0, 300));
        c.add(&summary("c", None, 1, 100));
        let r = c.finish();
        assert_eq!(r.groups.len(), 2);
        let x = r.groups.iter().find(|g| g.group == "X").unwrap();
        // 1000 * 2 / 400 words.
        assert_eq!(x.rates["loaded_per_1k_narration"].value, Some(5.0));
        let (lo, hi) = (
            x.rates["loaded_per_1k_narration"].lo.unwrap(),
            x.rates["loaded_per_1k_narration"].hi.unwrap(),
        );
        assert!(
            lo <= 5.0 && 5.0 <= hi && lo >= 0.0 && hi <= 20.0,
            "{lo} {hi}"
        );
        assert!(r
            .groups
            .iter()
            .any(|g| g.group == UNKNOWN_GROUP && g.articles == 1));
        // No claims: shares are undefined, not zero.
        assert_eq!(x.rates["named_share"].value, None);
    }

    #[test]
    fn input_order_does_not_change_the_result() {
        let items: Vec<ArticleSummary> = (0..40)
            .map(|i| {
                summary(
                    &format!("a{i:02}"),
                    Some(if i % 2 == 0 { "X" } else { "Y" }),
                    i % 5,
                    100 + i,
                )
            })
            .collect();
        let run = |order: &[usize]| {
            let mut c = Comparer::new(opts());
            for &i in order {
                c.add(&items[i]);
            }
            serde_json::to_string(&c.finish()).unwrap()
        };
        let fwd: Vec<usize> = (0..40).collect();
        let rev: Vec<usize> = (0..40).rev().collect();
        assert_eq!(run(&fwd), run(&rev));
    }

    #[test]
    fn clearly_different_groups_are_separated() {
        let mut c = Comparer::new(opts());
        for i in 0..30 {
            c.add(&summary(&format!("x{i}"), Some("Loud"), 10, 100));
            c.add(&summary(&format!("y{i}"), Some("Calm"), 0, 100));
        }
        let r = c.finish();
        let s = r
            .separations
            .iter()
            .find(|s| s.rate == "loaded_per_1k_narration")
            .unwrap();
        assert_eq!((s.higher.as_str(), s.lower.as_str()), ("Loud", "Calm"));
        assert!(s.p <= s.p_adjusted && s.p_adjusted < ALPHA, "{s:?}");
        assert_eq!(r.adjustment, "holm");
    }

    #[test]
    fn intervals_do_not_depend_on_the_group_name() {
        // The same 12 articles grouped under two different names (as --group-by folder and
        // --group-by outlet would): the same intervals. Seeded from the name, they differed.
        let run = |name: &str| {
            let mut c = Comparer::new(opts());
            for i in 0..12 {
                c.add(&summary(
                    &format!("a{i:02}"),
                    Some(name),
                    i % 4,
                    100 + 10 * i,
                ));
            }
            c.finish().groups[0].rates["loaded_per_1k_narration"]
        };
        let (a, b) = (run("corpus/fox"), run("Fox News"));
        assert!(a.lo.is_some() && a.lo != a.hi, "{a:?}");
        assert_eq!(a, b);
    }

    #[test]
    fn small_groups_get_too_few_and_no_difference() {
        // Five articles of 100 words with 10 loaded terms each against 30 calm ones: a huge gap,
        // but five articles (500 words) are below the minimums.
        let mut c = Comparer::new(opts());
        for i in 0..5 {
            c.add(&summary(&format!("x{i}"), Some("Loud"), 10, 100));
        }
        for i in 0..30 {
            c.add(&summary(&format!("y{i}"), Some("Calm"), 0, 100));
        }
        let r = c.finish();
        let loud = r.groups.iter().find(|g| g.group == "Loud").unwrap();
        let e = loud.rates["loaded_per_1k_narration"];
        assert_eq!(
            (e.value, e.lo, e.hi, e.too_few),
            (Some(100.0), None, None, true)
        );
        let calm = r.groups.iter().find(|g| g.group == "Calm").unwrap();
        assert!(!calm.rates["loaded_per_1k_narration"].too_few);
        assert!(r.separations.is_empty(), "{:?}", r.separations);
        assert_eq!(r.comparisons, 0);
        // With the minimums lowered, the same data is a difference.
        let mut c = Comparer::new(CompareOptions {
            minimums: Minimums {
                articles: 5,
                words: 500,
                counts: 1,
            },
            ..opts()
        });
        for i in 0..5 {
            c.add(&summary(&format!("x{i}"), Some("Loud"), 10, 100));
        }
        for i in 0..30 {
            c.add(&summary(&format!("y{i}"), Some("Calm"), 0, 100));
        }
        assert_eq!(c.finish().separations.len(), 1);
    }

    #[test]
    fn holm_by_hand() {
        // Sorted: 0.01 × 3 = 0.03; 0.03 × 2 = 0.06; 0.04 × 1 = 0.04, raised to the running 0.06.
        let adj = holm(&[0.01, 0.04, 0.03]);
        let want = [0.03, 0.06, 0.06];
        for (a, w) in adj.iter().zip(want) {
            assert!((a - w).abs() < 1e-12, "{adj:?}");
        }
        assert_eq!(holm(&[0.5, 0.9]), vec![1.0, 1.0]);
        // Student's t, two-sided (tables): t 2.228 with 10 df → 0.05; 12.706 with 1 df → 0.05;
        // 2.0 with 1,000,000 df → 0.0455 (the normal's); t 0 → 1.
        assert!((t_p(2.228, 1.0, 10.0) - 0.05).abs() < 1e-4);
        assert!((t_p(-12.706, 1.0, 1.0) - 0.05).abs() < 1e-4);
        assert!((t_p(2.0, 1.0, 1e6) - 0.0455).abs() < 1e-4);
        assert!((t_p(0.0, 1.0, 5.0) - 1.0).abs() < 1e-12);
        assert_eq!(t_p(0.0, 0.0, 5.0), 1.0);
        assert_eq!(std_dev(&[1.0, 2.0, 3.0]), Some(1.0));
    }

    #[test]
    fn splitmix_is_fixed() {
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
    }
}
