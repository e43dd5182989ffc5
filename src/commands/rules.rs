//! `slant rules check` (lint rule files), `slant rules diff` (what a rule change does) and
//! `slant rules suggest` (candidate terms mined from gold annotations).

use crate::rules::{lint, RuleError, RuleSet, Severity};
use std::io::{self, Write};
use std::path::PathBuf;

/// Result of `rules check`: counts and the exit code it implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOutcome {
    pub errors: usize,
    pub warnings: usize,
}

impl CheckOutcome {
    /// 0 clean, 1 warnings with `deny_warnings`, 2 errors.
    pub fn exit_code(&self, deny_warnings: bool) -> u8 {
        if self.errors > 0 {
            2
        } else if deny_warnings && self.warnings > 0 {
            1
        } else {
            0
        }
    }
}

/// Loads `files` (over the defaults unless `with_defaults` is false) and lints the rules they
/// define. Writes every diagnostic and a summary line to `out`.
pub fn check(
    files: &[PathBuf],
    with_defaults: bool,
    out: &mut dyn Write,
) -> io::Result<CheckOutcome> {
    let set = match RuleSet::from_files(files, with_defaults) {
        Ok(set) => set,
        Err(RuleError { diagnostics }) => {
            for d in &diagnostics {
                writeln!(out, "{}\n", d.render())?;
            }
            let n = diagnostics.len();
            writeln!(
                out,
                "{n} error{}, 0 warnings",
                if n == 1 { "" } else { "s" }
            )?;
            return Ok(CheckOutcome {
                errors: n,
                warnings: 0,
            });
        }
    };
    let names: Vec<String> = files
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let in_scope = |file: &str| names.is_empty() || names.iter().any(|n| n == file);
    let diags = lint::lint(&set, &in_scope);
    for d in &diags {
        writeln!(out, "{}\n", d.render())?;
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    writeln!(
        out,
        "{} rule(s) in {} file(s) checked: {errors} error{}, {warnings} warning{}",
        set.rules
            .iter()
            .filter(|r| in_scope(&r.origin.file.name))
            .count(),
        if names.is_empty() {
            set.files.len()
        } else {
            names.len()
        },
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    )?;
    Ok(CheckOutcome { errors, warnings })
}

/// Loads one side of a diff: a rule file or a folder of `.toml` files (sorted), over the
/// defaults unless `with_defaults` is false.
pub fn load_side(path: &std::path::Path, with_defaults: bool) -> Result<RuleSet, RuleError> {
    let mut files = Vec::new();
    if path.is_dir() {
        if let Ok(rd) = std::fs::read_dir(path) {
            let mut v: Vec<PathBuf> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect();
            v.sort();
            files = v;
        }
    } else {
        files.push(path.to_path_buf());
    }
    RuleSet::from_files(&files, with_defaults)
}

pub use diff::{run_diff, DiffOptions};
pub use suggest::{run_suggest, SuggestOptions};

mod diff {
    use crate::commands::{note, RunReport};
    use crate::eval::{EvalOptions, LabelMap};
    use crate::input::{Inputs, ReadOptions};
    use crate::output::fmt_f64;
    use crate::score::Engine;
    use std::collections::BTreeMap;
    use std::io::{self, Write};
    use std::path::PathBuf;

    /// Options of `slant rules diff`.
    #[derive(Debug, Clone, Default)]
    pub struct DiffOptions {
        pub inputs: Vec<PathBuf>,
        pub read: ReadOptions,
        pub gold: Vec<PathBuf>,
        /// How many gained/lost matches and score changes to list.
        pub limit: usize,
    }

    struct Change {
        article: String,
        paragraph: usize,
        term: String,
        rule: String,
        category: String,
        voice: &'static str,
        sentence: String,
    }

    /// Runs both engines over the inputs and writes what changed.
    pub fn run_diff(
        old: &Engine,
        new: &Engine,
        opts: &DiffOptions,
        out: &mut dyn Write,
        diag: &mut dyn Write,
    ) -> io::Result<RunReport> {
        let mut report = RunReport::default();
        let mut gained: Vec<Change> = Vec::new();
        let mut lost: Vec<Change> = Vec::new();
        let mut per_category: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut score_changes: Vec<(String, f64, f64)> = Vec::new();
        let mut per_outlet: BTreeMap<String, (f64, f64, usize)> = BTreeMap::new();
        for item in Inputs::new(&opts.inputs, opts.read.clone()) {
            let doc = match item {
                Ok(d) => d,
                Err(e) => {
                    report.failed += 1;
                    note(diag, &format!("error: {e}"));
                    continue;
                }
            };
            let a = old.score(doc.clone());
            let b = new.score(doc);
            report.scored += 1;
            let key = |e: &Engine, m: &crate::matching::Match| {
                (
                    m.span.clone(),
                    e.rules.categories[e.rules.rules[m.rule].category]
                        .id
                        .clone(),
                )
            };
            let old_keys: Vec<_> = a.matches.iter().map(|m| key(old, m)).collect();
            let new_keys: Vec<_> = b.matches.iter().map(|m| key(new, m)).collect();
            for (e, s, mine, theirs, bucket, is_old) in [
                (old, &a, &old_keys, &new_keys, &mut lost, true),
                (new, &b, &new_keys, &old_keys, &mut gained, false),
            ] {
                for (m, k) in s.matches.iter().zip(mine.iter()) {
                    let c = per_category.entry(k.1.clone()).or_default();
                    if is_old {
                        c.0 += 1;
                    } else {
                        c.1 += 1;
                    }
                    if theirs.contains(k) {
                        continue;
                    }
                    let para = s
                        .article
                        .paragraphs
                        .iter()
                        .find(|p| p.span.start <= m.span.start && m.span.start < p.span.end)
                        .expect("match in a paragraph");
                    bucket.push(Change {
                        article: s.article.id.clone(),
                        paragraph: para.number,
                        term: s.article.text[m.span.clone()].to_string(),
                        rule: e.rules.rules[m.rule].id.clone(),
                        category: k.1.clone(),
                        voice: m.voice.name(),
                        sentence: crate::metrics::sentence_of(&s.article, para, m.span.start),
                    });
                }
            }
            let (fa, fb) = (
                a.summary.totals.framing_score,
                b.summary.totals.framing_score,
            );
            score_changes.push((a.article.id.clone(), fa, fb));
            let outlet = a
                .article
                .meta
                .outlet
                .clone()
                .unwrap_or_else(|| crate::compare::UNKNOWN_GROUP.to_string());
            let o = per_outlet.entry(outlet).or_default();
            o.0 += fa;
            o.1 += fb;
            o.2 += 1;
        }
        writeln!(
            out,
            "rules diff over {} article(s): {} match(es) gained, {} lost\n",
            report.scored,
            gained.len(),
            lost.len()
        )?;
        let rows: Vec<Vec<String>> = per_category
            .iter()
            .filter(|(_, (o, n))| o != n)
            .map(|(c, (o, n))| {
                vec![
                    c.clone(),
                    o.to_string(),
                    n.to_string(),
                    format!("{:+}", *n as i64 - *o as i64),
                ]
            })
            .collect();
        if rows.is_empty() {
            writeln!(out, "No category count changed.")?;
        } else {
            writeln!(out, "Matches per category")?;
            out.write_all(
                crate::output::table::render(&["category", "old", "new", "change"], &rows, 40)
                    .as_bytes(),
            )?;
        }
        for (title, list) in [("Gained", &gained), ("Lost", &lost)] {
            if list.is_empty() {
                continue;
            }
            writeln!(
                out,
                "\n{title} matches ({}; first {} shown)",
                list.len(),
                opts.limit.min(list.len())
            )?;
            for c in list.iter().take(opts.limit) {
                writeln!(
                    out,
                    "  {} ¶{}  {:<20} {} ({}, {})",
                    c.article, c.paragraph, c.term, c.rule, c.category, c.voice
                )?;
                writeln!(out, "      {}", c.sentence)?;
            }
        }
        score_changes.retain(|(_, a, b)| (a - b).abs() > 1e-9);
        score_changes.sort_by(|x, y| {
            (y.2 - y.1)
                .abs()
                .total_cmp(&(x.2 - x.1).abs())
                .then(x.0.cmp(&y.0))
        });
        if !score_changes.is_empty() {
            writeln!(
                out,
                "\nLargest article framing-score changes ({} article(s) changed)",
                score_changes.len()
            )?;
            let rows: Vec<Vec<String>> = score_changes
                .iter()
                .take(opts.limit)
                .map(|(id, a, b)| {
                    vec![
                        id.clone(),
                        fmt_f64(*a),
                        fmt_f64(*b),
                        format!("{:+.3}", b - a),
                    ]
                })
                .collect();
            out.write_all(
                crate::output::table::render(&["article", "old", "new", "change"], &rows, 70)
                    .as_bytes(),
            )?;
        }
        if per_outlet.len() > 1
            || per_outlet
                .keys()
                .any(|k| k != crate::compare::UNKNOWN_GROUP)
        {
            writeln!(out, "\nMean article framing score per outlet")?;
            let rows: Vec<Vec<String>> = per_outlet
                .iter()
                .map(|(o, (a, b, n))| {
                    let (a, b) = (a / *n as f64, b / *n as f64);
                    vec![
                        o.clone(),
                        n.to_string(),
                        fmt_f64(a),
                        fmt_f64(b),
                        format!("{:+.3}", b - a),
                    ]
                })
                .collect();
            out.write_all(
                crate::output::table::render(
                    &["outlet", "articles", "old", "new", "change"],
                    &rows,
                    50,
                )
                .as_bytes(),
            )?;
        }
        if !opts.gold.is_empty() {
            let eval = |e: &Engine, diag: &mut dyn Write| {
                let eval_opts = EvalOptions {
                    labels: LabelMap::default_for(e),
                    voice: None,
                    top: 0,
                };
                crate::commands::eval::evaluate(e, &opts.gold, &eval_opts, diag).0
            };
            let ra = eval(old, diag);
            let rb = eval(new, diag);
            writeln!(out, "\nAgainst the gold annotations")?;
            let mut rows = Vec::new();
            let f = |x: f64| format!("{x:.3}");
            // One row: a measure before and after.
            let row = |name: String, ca: crate::eval::Counts, cb: crate::eval::Counts| {
                vec![
                    name,
                    f(ca.precision()),
                    f(cb.precision()),
                    f(ca.recall()),
                    f(cb.recall()),
                    f(ca.f1()),
                    f(cb.f1()),
                    format!("{:+.3}", cb.f1() - ca.f1()),
                ]
            };
            for (label, a) in &ra.labels {
                if let Some(b) = rb.labels.get(label) {
                    rows.push(row(format!("{label} (exact)"), a.exact, b.exact));
                    rows.push(row(format!("{label} (token)"), a.token, b.token));
                }
            }
            if let (Some(a), Some(b)) = (&ra.attribution, &rb.attribution) {
                rows.push(row("attribution sentence".into(), a.sentence, b.sentence));
                rows.push(row("attribution cue".into(), a.cue, b.cue));
            }
            out.write_all(
                crate::output::table::render(
                    &[
                        "measure",
                        "P old",
                        "P new",
                        "R old",
                        "R new",
                        "F1 old",
                        "F1 new",
                        "F1 change",
                    ],
                    &rows,
                    40,
                )
                .as_bytes(),
            )?;
        }
        Ok(report)
    }
}

mod suggest {
    use crate::eval::gold;
    use crate::metrics::normalise_term;
    use crate::score::Engine;
    use aho_corasick::{AhoCorasick, MatchKind};
    use std::collections::BTreeMap;
    use std::io::{self, BufReader, Write};
    use std::path::PathBuf;

    /// Options of `slant rules suggest`.
    #[derive(Debug, Clone)]
    pub struct SuggestOptions {
        pub gold: Vec<PathBuf>,
        /// Gold label to mine.
        pub label: String,
        /// Category of the suggested rule.
        pub category: String,
        pub min_count: usize,
        pub min_precision: f64,
        pub top: usize,
        /// Longest candidate, in words.
        pub max_words: usize,
    }

    /// Mines gold spans no rule covers and prints them as a TOML rule, ranked by how often they
    /// are annotated times their precision in the gold (annotated / all whole-word occurrences).
    pub fn run_suggest(
        engine: &Engine,
        opts: &SuggestOptions,
        out: &mut dyn Write,
        diag: &mut dyn Write,
    ) -> io::Result<usize> {
        let mut docs = Vec::new();
        let mut failed = 0;
        for path in &opts.gold {
            let name = path.to_string_lossy().into_owned();
            match std::fs::File::open(path) {
                Ok(f) => {
                    for item in gold::read(name, BufReader::new(f)) {
                        match item {
                            Ok(d) => docs.push(d),
                            Err(e) => {
                                failed += 1;
                                crate::commands::note(diag, &format!("error: {e}"));
                            }
                        }
                    }
                }
                Err(e) => {
                    failed += 1;
                    crate::commands::note(diag, &format!("error: {name}: {e}"));
                }
            }
        }
        // Annotated and uncovered.
        let mut annotated: BTreeMap<String, usize> = BTreeMap::new();
        for d in &docs {
            let scored = engine.score(crate::input::Document::new(d.id.clone(), d.text.clone()));
            for s in d.spans.iter().filter(|s| s.label == opts.label) {
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
                    || words > opts.max_words
                    || !term.chars().next().is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                *annotated.entry(term).or_default() += 1;
            }
        }
        let candidates: Vec<String> = annotated
            .iter()
            .filter(|(_, &n)| n >= opts.min_count)
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
            for d in &docs {
                let text = d.text.replace('’', "'");
                for m in ac.find_iter(&text) {
                    if crate::text::is_whole_word(&text, &(m.start()..m.end())) {
                        occurrences[m.pattern().as_usize()] += 1;
                    }
                }
            }
        }
        let mut ranked: Vec<(String, usize, usize, f64)> = candidates
            .iter()
            .zip(&occurrences)
            .map(|(t, &occ)| {
                let n = annotated[t];
                let occ = occ.max(n);
                (t.clone(), n, occ, n as f64 / occ as f64)
            })
            .filter(|c| c.3 >= opts.min_precision)
            .collect();
        ranked.sort_by(|a, b| {
            (b.1 as f64 * b.3)
                .total_cmp(&(a.1 as f64 * a.3))
                .then(a.0.cmp(&b.0))
        });
        ranked.truncate(opts.top);
        let files: Vec<String> = opts.gold.iter().map(|p| p.display().to_string()).collect();
        writeln!(
            out,
            "# slant rules suggest: spans labelled `{}` in {} that no rule covers,",
            opts.label,
            files.join(", ")
        )?;
        writeln!(out, "# ranked by annotated count x precision (annotated / all whole-word occurrences in the gold).")?;
        writeln!(out, "# Check each term before keeping it: a word annotated in one corpus may be neutral elsewhere.")?;
        if ranked.is_empty() {
            writeln!(
                out,
                "# No candidates with at least {} annotations and precision {:.2}.",
                opts.min_count, opts.min_precision
            )?;
            return Ok(failed);
        }
        writeln!(
            out,
            "\n[[rule]]\nid = \"suggested.{}\"\ncategory = \"{}\"",
            opts.label, opts.category
        )?;
        writeln!(
            out,
            "note = \"Mined from {} by `slant rules suggest`; reviewed by: (you)\"",
            files.join(", ").replace('"', "'")
        )?;
        writeln!(out, "terms = [")?;
        for (t, n, occ, p) in &ranked {
            let item = format!("{},", serde_json::to_string(t).map_err(io::Error::other)?);
            writeln!(
                out,
                "  {item:<28} # annotated {n} of {occ} occurrences, precision {p:.2}"
            )?;
        }
        writeln!(out, "]")?;
        Ok(failed)
    }
}
