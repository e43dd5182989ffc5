//! `slant explain`: every match in context (keyword in context) with its rule, category, voice and
//! the attribution of its sentence, and how each paragraph's framing score is made up.

use crate::attribution::Claim;
use crate::engine::{Engine, ScoredArticle};
use crate::input::{Inputs, ReadOptions};
use crate::matching::{Match, Voice};
use crate::output::fmt_f64;
use crate::pipeline::run_inputs;
use crate::report::{Event, Reporter, RunReport, Tally};
use crate::text::printable;
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;

/// Options of `slant explain`.
#[derive(Debug, Clone, Default)]
pub struct ExplainOptions {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    /// Only the article with this id.
    pub id: Option<String>,
    /// Only matches of these rules / categories (empty: all).
    pub rules: Vec<String>,
    pub categories: Vec<String>,
    pub format: ExplainFormat,
    /// Highlight with terminal colours instead of «guillemets».
    pub color: bool,
    /// Write a self-contained HTML page of the (first selected) article here.
    pub html: Option<PathBuf>,
}

/// How `explain` writes matches on standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ExplainFormat {
    /// Keyword in context, for reading.
    #[default]
    Text,
    /// One JSON object per match and per paragraph.
    Jsonl,
}

impl ExplainOptions {
    /// An error for a `--rule` or `--category` the rules do not define (the filter would show
    /// nothing, in silence), with the closest id.
    pub fn check_filters(&self, rules: &crate::rules::RuleSet) -> Result<(), String> {
        for id in &self.rules {
            if rules.rule_by_id(id).is_none() {
                let hint = crate::text::did_you_mean(id, rules.rules.iter().map(|r| &*r.id));
                return Err(format!(
                    "--rule {id}: no such rule{hint} (`slant rules print` lists the default ones)"
                ));
            }
        }
        for id in &self.categories {
            if rules.category_by_id(id).is_none() {
                let known: Vec<&str> = rules.categories.iter().map(|c| c.id.as_str()).collect();
                let hint = crate::text::did_you_mean(id, known.iter().copied());
                return Err(format!(
                    "--category {id}: no such category{hint}; categories: {}",
                    known.join(", ")
                ));
            }
        }
        Ok(())
    }
}

/// One match explained.
#[derive(Debug, Clone, Serialize)]
pub struct MatchExplanation {
    pub article_id: String,
    pub paragraph: usize,
    pub kind: String,
    /// UTF-8 byte offsets of the match in the article text as read (for JSONL input, in the text
    /// field); None for a match in a headline taken from a JSONL record's `title` field.
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub term: String,
    pub rule: String,
    pub category: String,
    pub role: String,
    pub weight: f64,
    pub voice: String,
    /// Counted in the framing score (narration) with this weight.
    pub scored_weight: f64,
    /// The match in context: its sentence, or a window of it around the match when the sentence
    /// is long (see [`crate::metrics::match_context`]).
    pub sentence: String,
    /// Where the match is in the article text as read (bytes); not serialised.
    #[serde(skip)]
    pub span: std::ops::Range<usize>,
    /// Where the match is within `sentence` (bytes); not serialised.
    #[serde(skip)]
    pub mark: std::ops::Range<usize>,
    pub claim: Option<ClaimExplanation>,
    /// Why a candidate did not count (a rule's `unless_context` found around it); None for a
    /// match that counts. Set-aside candidates are written as `"type": "set_aside"` records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_aside: Option<String>,
}

/// The attribution of the sentence a match is in.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimExplanation {
    pub class: String,
    pub source: Option<String>,
    pub source_kind: Option<String>,
    pub cue: Option<String>,
    /// The attribution step that decided the source ("registry", "pronoun", …).
    pub step: Option<String>,
}

/// How a paragraph's framing score is made up.
#[derive(Debug, Clone, Serialize)]
pub struct ScoreExplanation {
    pub article_id: String,
    pub paragraph: usize,
    pub kind: String,
    pub narration_words: usize,
    /// (term, rule, weight) of each narration match with a non-zero weight.
    pub parts: Vec<(String, String, f64)>,
    pub framing_score: f64,
    pub formula: String,
}

/// The claim whose span holds the match's start. Claims are in text order and disjoint, so the
/// only candidate is the last one starting at or before it (binary search, not a scan per match).
fn claim_of<'a>(claims: &'a [Claim], m: &Match) -> Option<&'a Claim> {
    let i = claims.partition_point(|c| c.span.start <= m.span.start);
    claims[..i].last().filter(|c| m.span.start < c.span.end)
}

pub fn explain_claim(c: &Claim) -> ClaimExplanation {
    ClaimExplanation {
        class: c.class.name().to_string(),
        source: c.source.as_ref().map(|s| s.name.clone()),
        source_kind: c.source.as_ref().map(|s| s.kind.to_string()),
        cue: c.cue.as_ref().map(|c| c.text.clone()),
        step: c.step.map(|s| s.to_string()),
    }
}

/// Explains every match of a scored article (filtered by `opts`).
pub fn explain_matches(
    engine: &Engine,
    s: &ScoredArticle,
    opts: &ExplainOptions,
) -> Vec<MatchExplanation> {
    explain_list(engine, s, &s.matches, opts)
}

/// The candidates a rule's `unless_context` set aside in a scored article, each with the reason
/// (filtered by `opts`). `bare` is the engine's matcher without contexts
/// ([`crate::matching::Matcher::without_contexts`], built once per run); nothing is looked for
/// when no rule has contexts.
pub fn explain_set_aside(
    engine: &Engine,
    bare: &crate::matching::Matcher,
    s: &ScoredArticle,
    opts: &ExplainOptions,
) -> Vec<MatchExplanation> {
    if !engine.matcher.has_contexts() {
        return Vec::new();
    }
    let a = &s.article;
    let mut found = Vec::new();
    let mut reasons = Vec::new();
    for para in a.paragraphs.iter().filter(|p| p.is_scored()) {
        let text = &a.text[para.span.clone()];
        let mut all = Vec::new();
        bare.find(text, para.span.start, &|pos| para.is_quoted(pos), &mut all);
        for m in all {
            if s.matches.binary_search_by(|k| cmp_match(k, &m)).is_ok() {
                continue;
            }
            if let Some(v) = engine.matcher.set_aside_by(text, para.span.start, &m) {
                reasons.push(v.describe(&engine.rules));
                found.push(m);
            }
        }
    }
    let mut out = explain_list(engine, s, &found, opts);
    // explain_list keeps the order of `found`, filtered: pair each with its reason by span.
    for e in &mut out {
        let i = found
            .iter()
            .position(|m| m.span == e.span && *engine.rules.rules[m.rule].id == *e.rule)
            .expect("an explained candidate was found");
        e.set_aside = Some(reasons[i].clone());
        e.scored_weight = 0.0;
    }
    out
}

/// Matches are in text order: by start, then (at one start) by rule.
fn cmp_match(a: &Match, b: &Match) -> std::cmp::Ordering {
    a.span
        .start
        .cmp(&b.span.start)
        .then(a.span.end.cmp(&b.span.end))
        .then(a.rule.cmp(&b.rule))
}

fn explain_list(
    engine: &Engine,
    s: &ScoredArticle,
    matches: &[Match],
    opts: &ExplainOptions,
) -> Vec<MatchExplanation> {
    let rules = &engine.rules;
    let a = &s.article;
    matches
        .iter()
        .filter(|m| {
            let rule = &rules.rules[m.rule];
            (opts.rules.is_empty() || opts.rules.iter().any(|r| **r == *rule.id))
                && (opts.categories.is_empty()
                    || opts
                        .categories
                        .contains(&rules.categories[rule.category].id))
        })
        .map(|m| {
            let rule = &rules.rules[m.rule];
            let cat = &rules.categories[rule.category];
            let para =
                crate::metrics::paragraph_at(a, m.span.start).expect("a match lies in a paragraph");
            let context = crate::metrics::match_context(a, para, &m.span);
            let span = a.origin.range(&m.span);
            MatchExplanation {
                span: m.span.clone(),
                article_id: a.id.clone(),
                paragraph: para.number,
                kind: para.kind.name().to_string(),
                start: span.as_ref().map(|r| r.start),
                end: span.map(|r| r.end),
                term: a.text[m.span.clone()].to_string(),
                rule: rule.id.to_string(),
                category: cat.id.clone(),
                role: cat.role.name().to_string(),
                weight: rule.weight,
                voice: m.voice.name().to_string(),
                scored_weight: if m.voice == Voice::Narration {
                    rule.weight
                } else {
                    0.0
                },
                sentence: context.text,
                mark: context.mark,
                claim: claim_of(&s.claims, m).map(explain_claim),
                set_aside: None,
            }
        })
        .collect()
}

/// Explained matches as the JSON records `explain --format jsonl` writes for them: each
/// [`MatchExplanation`] with `"type": "match"`.
pub fn match_records(matches: &[MatchExplanation]) -> Vec<serde_json::Value> {
    matches
        .iter()
        .map(|m| {
            let mut v = serde_json::to_value(m).expect("a match explanation is plain data");
            v["type"] = if m.set_aside.is_some() {
                "set_aside".into()
            } else {
                "match".into()
            };
            v
        })
        .collect()
}

/// Explains each scored paragraph's framing score. Linear in paragraphs and matches: each match
/// is put in its paragraph's bucket once (in match order).
pub fn explain_scores(engine: &Engine, s: &ScoredArticle) -> Vec<ScoreExplanation> {
    let rules = &engine.rules;
    let a = &s.article;
    let mut by_paragraph: Vec<Vec<&Match>> = vec![Vec::new(); a.paragraphs.len()];
    for m in &s.matches {
        if m.voice != Voice::Narration {
            continue;
        }
        let i = a.paragraphs.partition_point(|p| p.span.end <= m.span.start);
        if a.paragraphs
            .get(i)
            .is_some_and(|p| p.span.start <= m.span.start)
        {
            by_paragraph[i].push(m);
        }
    }
    let index: std::collections::HashMap<usize, usize> = a
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| (p.number, i))
        .collect();
    s.paragraphs
        .iter()
        .map(|row| {
            let i = *index.get(&row.paragraph).expect("row has a paragraph");
            let parts: Vec<(String, String, f64)> = by_paragraph[i]
                .iter()
                .map(|m| {
                    (
                        a.text[m.span.clone()].to_string(),
                        rules.rules[m.rule].id.to_string(),
                        rules.rules[m.rule].weight,
                    )
                })
                .filter(|p| p.2 != 0.0)
                .collect();
            let narration_words = row.words - row.quoted_words;
            let sum: Vec<String> = parts.iter().map(|(t, _, w)| format!("{t} {w}")).collect();
            let formula = if parts.is_empty() {
                format!("no weighted narration matches in {narration_words} narration words = 0")
            } else {
                format!(
                    "100 × ({}) / {narration_words} narration words = {}",
                    sum.join(" + "),
                    fmt_f64(row.framing_score)
                )
            };
            ScoreExplanation {
                article_id: row.article_id.to_string(),
                paragraph: row.paragraph,
                kind: row.kind.to_string(),
                narration_words,
                parts,
                framing_score: row.framing_score,
                formula,
            }
        })
        .collect()
}

/// Runs `slant explain`: every selected article's matches as text or JSON lines on `out`, or
/// the first one's HTML page.
pub fn run(
    engine: &Engine,
    opts: &ExplainOptions,
    out: &mut dyn Write,
    reporter: &mut dyn Reporter,
) -> io::Result<RunReport> {
    let mut tally = Tally::new(reporter);
    let mut html_written = false;
    let inputs = Inputs::new(&opts.inputs, opts.read.clone()).filter(|d| {
        opts.id
            .as_ref()
            .is_none_or(|id| d.as_ref().map_or(true, |d| &d.id == id))
    });
    let work = |doc| {
        let s = engine.score(doc);
        (!s.paragraphs.is_empty()).then_some(s)
    };
    let mut written = Vec::new();
    // Built once: the candidates contexts set aside are shown with why.
    let bare = engine
        .matcher
        .has_contexts()
        .then(|| engine.matcher.without_contexts());
    run_inputs(
        inputs,
        0,
        &mut tally,
        work,
        |s: ScoredArticle| -> io::Result<()> {
            if let Some(path) = &opts.html {
                if !html_written {
                    let page = crate::output::html::render_article(engine, &s);
                    let write = || -> io::Result<()> {
                        let mut f = crate::output::AtomicFile::create(path)?;
                        f.write_all(page.as_bytes())?;
                        f.commit()
                    };
                    write().map_err(|e| crate::output::OutputError::wrap(path, e))?;
                    html_written = true;
                    written.push(s.article.id.clone());
                }
                return Ok(());
            }
            let matches = explain_matches(engine, &s, opts);
            let set_aside = bare
                .as_ref()
                .map(|b| explain_set_aside(engine, b, &s, opts))
                .unwrap_or_default();
            let scores = explain_scores(engine, &s);
            if opts.format == ExplainFormat::Jsonl {
                for v in &match_records(&matches) {
                    crate::output::write_json_line(out, v)?;
                }
                for v in &match_records(&set_aside) {
                    crate::output::write_json_line(out, v)?;
                }
                for sc in &scores {
                    let mut v = serde_json::to_value(sc).map_err(io::Error::other)?;
                    v["type"] = "paragraph".into();
                    crate::output::write_json_line(out, &v)?;
                }
                return Ok(());
            }
            write_text(out, &s, &matches, &set_aside, &scores, opts.color)
        },
    )?;
    if let (Some(path), Some(id)) = (&opts.html, written.first()) {
        tally.report(Event::Wrote { path, what: id });
    }
    let run = tally.run;
    if let Some(id) = &opts.id {
        if run.scored + run.empty == 0 && run.failed == 0 {
            tally.not_found(&format!("no article with id `{id}`"));
        }
    }
    Ok(tally.finish())
}

/// The context with the match itself marked (not the first occurrence of its term), shown
/// escaped for a terminal.
fn highlight(m: &MatchExplanation, color: bool) -> String {
    let text = &m.sentence;
    let mark = m.mark.clone();
    if mark.is_empty() || mark.end > text.len() {
        return printable(text).into_owned();
    }
    let (a, term, rest) = (&text[..mark.start], &text[mark], &text[m.mark.end..]);
    let (a, term, rest) = (printable(a), printable(term), printable(rest));
    if color {
        format!("{a}\x1b[1;33m{term}\x1b[0m{rest}")
    } else {
        format!("{a}«{term}»{rest}")
    }
}

fn write_text(
    out: &mut dyn Write,
    s: &ScoredArticle,
    matches: &[MatchExplanation],
    set_aside: &[MatchExplanation],
    scores: &[ScoreExplanation],
    color: bool,
) -> io::Result<()> {
    let a = &s.article;
    writeln!(out, "== {}", printable(&a.id))?;
    if let Some(t) = &a.meta.title {
        writeln!(out, "   title:  {}", printable(t))?;
    }
    if let Some(o) = &a.meta.outlet {
        writeln!(out, "   outlet: {}", printable(o))?;
    }
    let sum = &s.summary.totals;
    writeln!(
        out,
        "   framing score {} | loaded terms: {} in narration, {} quoted | claims {}: {} named, {} anonymous, {} agentless, {} unattributed",
        fmt_f64(sum.framing_score),
        sum.matches.loaded_narration,
        sum.matches.loaded_quoted,
        sum.claims.claims,
        sum.claims.attributed_named,
        sum.claims.attributed_anonymous,
        sum.claims.agentless,
        sum.claims.unattributed
    )?;
    // Each paragraph's matches, in match order (one pass, not one scan per paragraph).
    let mut by_paragraph: std::collections::HashMap<usize, Vec<&MatchExplanation>> =
        std::collections::HashMap::new();
    for m in matches {
        by_paragraph.entry(m.paragraph).or_default().push(m);
    }
    // Candidates that did not count go after the paragraph's matches.
    for m in set_aside {
        by_paragraph.entry(m.paragraph).or_default().push(m);
    }
    for sc in scores {
        // Only paragraphs with (selected) matches.
        let Some(ms) = by_paragraph.remove(&sc.paragraph) else {
            continue;
        };
        writeln!(
            out,
            "\n¶{} {} — framing {}",
            sc.paragraph,
            sc.kind,
            printable(&sc.formula)
        )?;
        for m in ms {
            if let Some(why) = &m.set_aside {
                writeln!(
                    out,
                    "  [{}] {:<22} {} — not counted: {}",
                    if m.voice == "quoted" { 'q' } else { 'n' },
                    printable(&m.term),
                    printable(&m.rule),
                    printable(why)
                )?;
                writeln!(out, "      {}", highlight(m, color))?;
                continue;
            }
            let attribution = match &m.claim {
                Some(c) => {
                    let mut t = c.class.clone();
                    if let Some(src) = &c.source {
                        t.push_str(&format!(
                            ", source {src} ({})",
                            c.source_kind.as_deref().unwrap_or("")
                        ));
                    }
                    if let Some(cue) = &c.cue {
                        t.push_str(&format!(", cue \"{cue}\""));
                    }
                    if let Some(step) = &c.step {
                        t.push_str(&format!(", step {step}"));
                    }
                    t
                }
                None => "no claim".into(),
            };
            writeln!(
                out,
                "  [{}] {:<22} {} ({}, weight {}) — claim: {}",
                if m.voice == "quoted" { 'q' } else { 'n' },
                printable(&m.term),
                printable(&m.rule),
                printable(&m.category),
                m.weight,
                printable(&attribution)
            )?;
            writeln!(out, "      {}", highlight(m, color))?;
        }
    }
    writeln!(out)?;
    Ok(())
}
