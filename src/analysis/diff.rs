//! What a rule change does: two engines over the same inputs (`slant rules diff`). The matches
//! one finds and the other does not, match counts per category, framing-score changes per
//! article and per outlet, and, on gold files, precision and recall before and after.

use crate::analysis::eval::{self, Counts, EvalOptions, GoldDoc, LabelMap};
use crate::engine::{Engine, ScoredArticle};
use crate::input::{Document, InputError};
use crate::matching::Match;
use crate::pipeline::run_inputs;
use crate::report::Tally;
use serde::Serialize;
use std::collections::BTreeMap;
use std::convert::Infallible;

/// Everything `rules diff` found (`--format json` prints it as it is).
#[derive(Debug, Clone, Default, Serialize)]
pub struct RuleDiff {
    /// Articles run through both rule sets.
    pub articles: usize,
    /// Matches the new rules find and the old do not, in input order.
    pub gained: Vec<Change>,
    /// Matches the old rules find and the new do not, in input order.
    pub lost: Vec<Change>,
    /// Matches per category under both rule sets, by category id.
    pub categories: Vec<CategoryCount>,
    /// Articles whose framing score changed, largest change first (then by id).
    pub score_changes: Vec<ScoreChange>,
    /// Mean article framing score per outlet, by outlet (`(unknown)` without one).
    pub outlets: Vec<OutletMeans>,
    /// Figures on the gold files, before and after (None without `--gold`).
    pub gold: Option<Vec<GoldRow>>,
}

/// One match found by only one of the rule sets. A match is the same in both when its span and
/// category are.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub article: String,
    pub paragraph: usize,
    /// The matched text.
    pub term: String,
    /// Rule id (in the rule set that found it).
    pub rule: String,
    pub category: String,
    /// `narration` or `quoted`.
    pub voice: &'static str,
    /// The sentence around the match (a window of it when it is long: see
    /// [`crate::metrics::match_context`]).
    pub sentence: String,
}

/// How many matches a category has under each rule set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryCount {
    pub category: String,
    pub old: usize,
    pub new: usize,
}

/// An article's framing score under each rule set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreChange {
    pub article: String,
    pub old: f64,
    pub new: f64,
}

/// The mean article framing score of an outlet under each rule set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutletMeans {
    pub outlet: String,
    pub articles: usize,
    pub old: f64,
    pub new: f64,
}

/// One measure on the gold files under each rule set (counts serialized with precision, recall
/// and F1).
#[derive(Debug, Clone, Serialize)]
pub struct GoldRow {
    /// `LABEL (exact)`, `LABEL (token)`, `attribution sentence` or `attribution cue`.
    pub measure: String,
    pub old: Counts,
    pub new: Counts,
}

/// What one article adds to the diff (computed on a worker thread).
struct ArticleDiff {
    id: String,
    outlet: String,
    lost: Vec<Change>,
    gained: Vec<Change>,
    /// Category of each old match, then of each new match.
    old_categories: Vec<String>,
    new_categories: Vec<String>,
    old_score: f64,
    new_score: f64,
}

/// Runs both engines over the inputs (on `threads` worker threads, 0 = all cores) and collects
/// what changed. Unreadable and skipped inputs are reported on `tally`.
pub fn compare<I>(
    old: &Engine,
    new: &Engine,
    inputs: I,
    threads: usize,
    tally: &mut Tally,
) -> RuleDiff
where
    I: Iterator<Item = Result<Document, InputError>>,
{
    let mut diff = RuleDiff::default();
    let mut per_category: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut per_outlet: BTreeMap<String, (f64, f64, usize)> = BTreeMap::new();
    // Every article is compared, an empty one too (its scores do not change, but it counts in
    // its outlet's mean), so `work` never returns None.
    let work = |doc: Document| Some(article_diff(old, new, doc));
    let sink = |a: ArticleDiff| -> Result<(), Infallible> {
        diff.articles += 1;
        for c in a.old_categories {
            per_category.entry(c).or_default().0 += 1;
        }
        for c in a.new_categories {
            per_category.entry(c).or_default().1 += 1;
        }
        diff.lost.extend(a.lost);
        diff.gained.extend(a.gained);
        diff.score_changes.push(ScoreChange {
            article: a.id,
            old: a.old_score,
            new: a.new_score,
        });
        let o = per_outlet.entry(a.outlet).or_default();
        o.0 += a.old_score;
        o.1 += a.new_score;
        o.2 += 1;
        Ok(())
    };
    let Ok(()) = run_inputs(inputs, threads, tally, work, sink);
    diff.categories = per_category
        .into_iter()
        .map(|(category, (old, new))| CategoryCount { category, old, new })
        .collect();
    diff.score_changes.retain(|c| (c.old - c.new).abs() > 1e-9);
    diff.score_changes.sort_by(|x, y| {
        (y.new - y.old)
            .abs()
            .total_cmp(&(x.new - x.old).abs())
            .then(x.article.cmp(&y.article))
    });
    diff.outlets = per_outlet
        .into_iter()
        .map(|(outlet, (a, b, n))| OutletMeans {
            outlet,
            articles: n,
            old: a / n as f64,
            new: b / n as f64,
        })
        .collect();
    diff
}

/// Scores one document with both engines and lists the matches only one of them finds.
fn article_diff(old: &Engine, new: &Engine, doc: Document) -> ArticleDiff {
    let a = old.score(doc.clone());
    let b = new.score(doc);
    let category = |e: &Engine, m: &Match| {
        e.rules.categories[e.rules.rules[m.rule].category]
            .id
            .clone()
    };
    let old_categories: Vec<String> = a.matches.iter().map(|m| category(old, m)).collect();
    let new_categories: Vec<String> = b.matches.iter().map(|m| category(new, m)).collect();
    let lost = only_in(old, &a, &old_categories, &b, &new_categories);
    let gained = only_in(new, &b, &new_categories, &a, &old_categories);
    ArticleDiff {
        id: a.article.id.clone(),
        outlet: a
            .article
            .meta
            .outlet
            .clone()
            .unwrap_or_else(|| crate::analysis::compare::UNKNOWN_GROUP.to_string()),
        lost,
        gained,
        old_categories,
        new_categories,
        old_score: a.summary.totals.framing_score,
        new_score: b.summary.totals.framing_score,
    }
}

/// The matches of `mine` (scored by `engine`) whose span and category `theirs` lacks.
fn only_in(
    engine: &Engine,
    mine: &ScoredArticle,
    my_categories: &[String],
    theirs: &ScoredArticle,
    their_categories: &[String],
) -> Vec<Change> {
    // Their (span, category) pairs, hashed once: a lookup per match, not a scan.
    let theirs: std::collections::HashSet<(usize, usize, &str)> = theirs
        .matches
        .iter()
        .zip(their_categories)
        .map(|(t, c)| (t.span.start, t.span.end, c.as_str()))
        .collect();
    let mut changes = Vec::new();
    for (m, cat) in mine.matches.iter().zip(my_categories) {
        if theirs.contains(&(m.span.start, m.span.end, cat.as_str())) {
            continue;
        }
        let para = crate::metrics::paragraph_at(&mine.article, m.span.start)
            .expect("match in a paragraph");
        changes.push(Change {
            article: mine.article.id.clone(),
            paragraph: para.number,
            term: mine.article.text[m.span.clone()].to_string(),
            rule: engine.rules.rules[m.rule].id.to_string(),
            category: cat.clone(),
            voice: m.voice.name(),
            sentence: crate::metrics::match_context(&mine.article, para, &m.span).text,
        });
    }
    changes
}

/// Evaluates both engines on the gold documents (default label map of each) and pairs the
/// figures: exact and token spans of every label both report, then attribution sentences and
/// cues when the gold annotates attributions.
pub fn gold_rows(old: &Engine, new: &Engine, gold: &[GoldDoc]) -> Vec<GoldRow> {
    let evaluate = |e: &Engine| {
        let opts = EvalOptions {
            labels: LabelMap::default_for(e),
            voice: None,
            top: 0,
        };
        eval::evaluate(e, &opts, gold)
    };
    let (ra, rb) = (evaluate(old), evaluate(new));
    let mut rows = Vec::new();
    let mut row =
        |measure: String, old: Counts, new: Counts| rows.push(GoldRow { measure, old, new });
    for (label, a) in &ra.labels {
        if let Some(b) = rb.labels.get(label) {
            row(format!("{label} (exact)"), a.exact, b.exact);
            row(format!("{label} (token)"), a.token, b.token);
        }
    }
    if let (Some(a), Some(b)) = (&ra.attribution, &rb.attribution) {
        row("attribution sentence".into(), a.sentence, b.sentence);
        row("attribution cue".into(), a.cue, b.cue);
    }
    rows
}
