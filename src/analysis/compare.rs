//! Comparing groups of articles (outlets, folders, any metadata field): pooled rates with
//! seeded bootstrap confidence intervals over articles, top loaded terms with evidence, and the
//! pairs of groups whose intervals do not overlap. Works from article summaries, so summaries
//! scored on separate machines merge into exactly the result of one run.

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
}

/// Every rate `compare` reports, in column order.
pub const RATES: &[RateDef] = &[
    RateDef { name: "loaded_per_1k_narration", lo_column: "loaded_per_1k_narration_lo", hi_column: "loaded_per_1k_narration_hi", description: "loaded terms and labels in the outlet's own words per 1,000 narration words", num: |a| a.matches.loaded_narration as f64, den: |a| a.narration_words as f64, scale: 1000.0 },
    RateDef { name: "loaded_per_1k_quoted", lo_column: "loaded_per_1k_quoted_lo", hi_column: "loaded_per_1k_quoted_hi", description: "loaded terms and labels inside quotations per 1,000 quoted words", num: |a| a.matches.loaded_quoted as f64, den: |a| a.quoted_words as f64, scale: 1000.0 },
    RateDef { name: "hedges_per_1k", lo_column: "hedges_per_1k_lo", hi_column: "hedges_per_1k_hi", description: "hedges in narration per 1,000 narration words", num: |a| a.matches.hedges as f64, den: |a| a.narration_words as f64, scale: 1000.0 },
    RateDef { name: "intensifiers_per_1k", lo_column: "intensifiers_per_1k_lo", hi_column: "intensifiers_per_1k_hi", description: "intensifiers in narration per 1,000 narration words", num: |a| a.matches.intensifiers as f64, den: |a| a.narration_words as f64, scale: 1000.0 },
    RateDef { name: "loaded_cue_share", lo_column: "loaded_cue_share_lo", hi_column: "loaded_cue_share_hi", description: "share of reporting cues in narration that are loaded (slams, claims) rather than neutral (said)", num: |a| a.matches.verbs_loaded as f64, den: |a| (a.matches.verbs_loaded + a.matches.verbs_neutral) as f64, scale: 1.0 },
    RateDef { name: "named_share", lo_column: "named_share_lo", hi_column: "named_share_hi", description: "share of body claims attributed to a named source", num: |a| a.claims.attributed_named as f64, den: |a| a.claims.claims as f64, scale: 1.0 },
    RateDef { name: "anonymous_share", lo_column: "anonymous_share_lo", hi_column: "anonymous_share_hi", description: "share of body claims attributed to an unnamed source", num: |a| a.claims.attributed_anonymous as f64, den: |a| a.claims.claims as f64, scale: 1.0 },
    RateDef { name: "agentless_share", lo_column: "agentless_share_lo", hi_column: "agentless_share_hi", description: "share of body claims attributed without any source (reportedly, it is believed)", num: |a| a.claims.agentless as f64, den: |a| a.claims.claims as f64, scale: 1.0 },
    RateDef { name: "unattributed_share", lo_column: "unattributed_share_lo", hi_column: "unattributed_share_hi", description: "share of body claims that are bare assertions in the outlet's voice", num: |a| a.claims.unattributed as f64, den: |a| a.claims.claims as f64, scale: 1.0 },
    RateDef { name: "source_reliability", lo_column: "source_reliability_lo", hi_column: "source_reliability_hi", description: "mean reliability weight over attributed claims (weights are the rule file's assumption)", num: |a| a.reliability_sum, den: |a| a.reliability_claims as f64, scale: 1.0 },
    RateDef { name: "framing_score", lo_column: "framing_score_lo", hi_column: "framing_score_hi", description: "100 x weighted narration matches per narration word, pooled over the group's articles", num: |a| a.framing_weight, den: |a| a.narration_words as f64, scale: 100.0 },
];

/// A rate with its 95% bootstrap interval (None where the denominator is zero).
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Estimate {
    pub value: Option<f64>,
    pub lo: Option<f64>,
    pub hi: Option<f64>,
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

/// Two groups whose 95% intervals for a rate do not overlap.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Separation {
    pub rate: String,
    pub higher: String,
    pub lower: String,
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize)]
pub struct CompareReport {
    pub group_by: String,
    pub bootstrap: usize,
    pub seed: u64,
    pub groups: Vec<GroupReport>,
    pub separations: Vec<Separation>,
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
    /// An error when no article has the field grouped by (everything would be "(unknown)"),
    /// naming the fields that do exist and the closest one.
    pub fn check_group_field(&self) -> Result<(), String> {
        let field = GroupBy::parse(&self.group_by).map_or(self.group_by.as_str(), |g| g.field);
        if self.groups.is_empty() || self.fields_seen.iter().any(|f| f == field) {
            return Ok(());
        }
        let hint = crate::text::did_you_mean(field, self.fields_seen.iter().map(String::as_str));
        Err(format!(
            "no article has a `{field}` field to group by{hint}; fields found: {}",
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
    groups: BTreeMap<String, GroupAcc>,
    fields_seen: std::collections::BTreeSet<String>,
}

impl Comparer {
    pub fn new(opts: CompareOptions) -> Self {
        Comparer {
            opts,
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
        for (name, mut acc) in self.groups {
            acc.articles.sort_by(|a, b| a.0.cmp(&b.0));
            let numbers: Vec<Totals> = acc.articles.iter().map(|a| a.1).collect();
            let total = sum(&numbers, None);
            let mut rates = BTreeMap::new();
            let mut rng = SplitMix64::new(opts.seed ^ crate::text::fnv1a(name.as_bytes()));
            let boots = bootstrap(&numbers, opts.bootstrap, &mut rng);
            for r in RATES {
                let value = rate(r, &total);
                let mut samples: Vec<f64> = boots.iter().filter_map(|b| rate(r, b)).collect();
                samples.sort_by(|a, b| a.total_cmp(b));
                let (lo, hi) = if value.is_some() && !samples.is_empty() {
                    (
                        Some(percentile(&samples, 0.025)),
                        Some(percentile(&samples, 0.975)),
                    )
                } else {
                    (None, None)
                };
                rates.insert(r.name.to_string(), Estimate { value, lo, hi });
            }
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
        let separations = separations(&groups);
        let kind_mix_warning = kind_mix_warning(&groups);
        CompareReport {
            group_by: opts.group_by,
            bootstrap: opts.bootstrap,
            seed: opts.seed,
            groups,
            separations,
            kind_mix_warning,
            fields_seen: self.fields_seen.into_iter().collect(),
            provenance: None,
        }
    }
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

fn rate(r: &RateDef, a: &Totals) -> Option<f64> {
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
fn percentile(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let frac = pos - lo as f64;
    sorted[lo] + (sorted[hi] - sorted[lo]) * frac
}

fn separations(groups: &[GroupReport]) -> Vec<Separation> {
    let mut out = Vec::new();
    for r in RATES {
        for (i, a) in groups.iter().enumerate() {
            for b in &groups[i + 1..] {
                let (ea, eb) = (a.rates[r.name], b.rates[r.name]);
                let (Some(alo), Some(ahi), Some(blo), Some(bhi)) = (ea.lo, ea.hi, eb.lo, eb.hi)
                else {
                    continue;
                };
                if alo > bhi {
                    out.push(Separation {
                        rate: r.name.into(),
                        higher: a.group.clone(),
                        lower: b.group.clone(),
                    });
                } else if blo > ahi {
                    out.push(Separation {
                        rate: r.name.into(),
                        higher: b.group.clone(),
                        lower: a.group.clone(),
                    });
                }
            }
        }
    }
    out
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
        let mut c = Comparer::new(opts());
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
        assert!(r.separations.contains(&Separation {
            rate: "loaded_per_1k_narration".into(),
            higher: "Loud".into(),
            lower: "Calm".into()
        }));
    }

    #[test]
    fn splitmix_is_fixed() {
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
    }
}
