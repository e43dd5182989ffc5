//! `slant compare`: group articles (or per-article summaries from earlier runs) and report each
//! group's rates with bootstrap intervals, as a table, CSV, JSON or an HTML report.

use crate::analysis::compare::{CompareOptions, CompareReport, Comparer, GroupReport, RATES};
use crate::analysis::paired::PairedReport;
use crate::engine::Engine;
use crate::input::{InputError, Inputs, ReadOptions};
use crate::metrics::ArticleSummary;
use crate::output::rows::{self, Row};
use crate::output::snippet::snippet;
use crate::output::{format_p, table, CsvWriter};
use crate::pipeline::run_inputs;
use crate::report::{Event, Reporter, RunReport, Tally};
use crate::text::printable;
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// Options of `slant compare`.
#[derive(Debug, Clone)]
pub struct CompareCommand {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    /// Inputs are per-article summaries (`slant score --by article --format jsonl`).
    pub from_summaries: bool,
    pub threads: usize,
    pub compare: CompareOptions,
}

/// Builds the comparison (scoring articles, or reading summaries), reporting unreadable
/// inputs and lines on `reporter`.
pub fn build(
    engine: &Engine,
    cmd: &CompareCommand,
    reporter: &mut dyn Reporter,
) -> io::Result<(CompareReport, RunReport)> {
    let mut comparer = Comparer::new(cmd.compare.clone());
    let mut tally = Tally::new(reporter);
    if cmd.from_summaries {
        let mut seen = HashMap::new();
        for path in &cmd.inputs {
            read_summaries(path, &mut comparer, &mut tally, &mut seen)?;
        }
    } else {
        let inputs = Inputs::new(&cmd.inputs, cmd.read.clone());
        let work = |doc| {
            let s = engine.score(doc);
            (!s.paragraphs.is_empty()).then_some(s.summary)
        };
        run_inputs(inputs, cmd.threads, &mut tally, work, |summary| {
            comparer.add(&summary);
            Ok::<(), io::Error>(())
        })?;
    }
    let mut report = comparer.finish();
    // From summaries too: compare's own rules decide which categories are loaded for the top
    // terms, and a merge of shards must equal the single run.
    report.provenance = Some(engine.provenance());
    Ok((report, tally.finish()))
}

/// Compares the summaries read from `reader` (JSON lines named `name` in messages): what
/// `compare --from-summaries` does with one input, for library callers and fuzzing.
pub fn compare_summaries(
    name: &str,
    reader: &mut dyn BufRead,
    options: CompareOptions,
    reporter: &mut dyn Reporter,
) -> io::Result<(CompareReport, RunReport)> {
    let mut comparer = Comparer::new(options);
    let mut tally = Tally::new(reporter);
    summary_lines(name, reader, &mut comparer, &mut tally, &mut HashMap::new())?;
    Ok((comparer.finish(), tally.finish()))
}

fn read_summaries(
    path: &Path,
    comparer: &mut Comparer,
    tally: &mut Tally,
    seen: &mut HashMap<String, String>,
) -> io::Result<()> {
    let name = path.to_string_lossy().into_owned();
    let failed = |message: String| InputError {
        location: name.clone(),
        message,
        skipped: false,
    };
    let mut reader: Box<dyn BufRead> = if name == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                tally.input_error(&failed(e.to_string()));
                return Ok(());
            }
        }
    };
    summary_lines(&name, &mut reader, comparer, tally, seen)
}

/// Reads summary lines into `comparer`. An article id seen before (in this input or an earlier
/// one: shards that overlap) is a warning naming both places; the summary still counts.
fn summary_lines(
    name: &str,
    reader: &mut dyn BufRead,
    comparer: &mut Comparer,
    tally: &mut Tally,
    seen: &mut HashMap<String, String>,
) -> io::Result<()> {
    for (i, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let location = format!("{name}:{}", i + 1);
        match serde_json::from_str::<ArticleSummary>(&line) {
            Ok(s) => {
                if let Some(first) = seen.get(&s.article_id) {
                    let message = format!("article id repeated (first at {first}); counted twice");
                    tally.report(Event::InputWarning {
                        id: &location,
                        message: &message,
                    });
                } else {
                    seen.insert(s.article_id.clone(), location.clone());
                }
                tally.record();
                comparer.add(&s);
            }
            Err(e) => tally.input_error(&InputError {
                location,
                message: format!("not an article summary: {e}"),
                skipped: false,
            }),
        }
    }
    Ok(())
}

/// Writes the comparison in `format` (the HTML page is written by [`crate::output::compare_html`]).
pub fn write(
    report: &CompareReport,
    format: CompareFormat,
    out: &mut dyn Write,
    csv_safe: bool,
    color: bool,
) -> io::Result<()> {
    match format {
        CompareFormat::Table => write_table(report, out, color),
        CompareFormat::Csv => write_csv(report, out, csv_safe),
        CompareFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, report).map_err(io::Error::other)?;
            out.write_all(b"\n")
        }
    }
}

/// How `compare` writes its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompareFormat {
    Table,
    Csv,
    Json,
}

/// One CSV row per group: counts, then each rate as value, lo, hi. With `--pair-by`, the paired
/// rows instead: one per pair of groups and rate.
pub fn write_csv(report: &CompareReport, out: &mut dyn Write, csv_safe: bool) -> io::Result<()> {
    let mut w = CsvWriter::new(out, csv_safe);
    if let Some(p) = &report.paired {
        let mut header = Row::default();
        rows::paired_row("", "", "", &Default::default(), &mut header);
        w.header(&header.names)?;
        for pair in &p.pairs {
            for r in RATES {
                let mut row = Row::default();
                rows::paired_row(
                    &pair.first,
                    &pair.second,
                    r.name,
                    &pair.rates[r.name],
                    &mut row,
                );
                w.row(&row)?;
            }
        }
        return w.flush();
    }
    let mut header = Row::default();
    rows::group_row(&GroupReport::default(), &mut header);
    w.header(&header.names)?;
    for g in &report.groups {
        let mut row = Row::default();
        rows::group_row(g, &mut row);
        w.row(&row)?;
    }
    w.flush()
}

/// An aligned table: one row per rate, one column per group, `value [lo, hi]` in each cell.
pub fn write_table(report: &CompareReport, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let (b, r) = if color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    writeln!(
        out,
        "{b}slant compare{r}: {} groups by `{}`; 95% intervals from {} bootstrap resamples of articles (seed {})\n",
        report.groups.len(),
        printable(&report.group_by),
        report.bootstrap,
        report.seed
    )?;
    let mut header: Vec<String> = vec!["".into()];
    header.extend(report.groups.iter().map(|g| g.group.clone()));
    let mut rows: Vec<Vec<String>> = Vec::new();
    let count_row = |name: &str, f: &dyn Fn(&crate::analysis::compare::GroupReport) -> usize| {
        let mut row = vec![name.to_string()];
        row.extend(report.groups.iter().map(|g| f(g).to_string()));
        row
    };
    rows.push(count_row("articles", &|g| g.articles));
    rows.push(count_row("words", &|g| g.words));
    rows.push(count_row("narration words", &|g| g.narration_words));
    rows.push(count_row("quoted words", &|g| g.quoted_words));
    rows.push(count_row("claims", &|g| g.claims));
    rows.push(
        std::iter::once("kinds".to_string())
            .chain(report.groups.iter().map(GroupReport::kinds_text))
            .collect(),
    );
    for rate in RATES {
        let mut row = vec![rate.name.to_string()];
        for g in &report.groups {
            let e = g.rates[rate.name];
            row.push(match (e.value, e.lo, e.hi) {
                (Some(v), _, _) if e.too_few => format!("{v:.2} (too few)"),
                (Some(v), Some(lo), Some(hi)) => format!("{v:.2} [{lo:.2}, {hi:.2}]"),
                (Some(v), _, _) => format!("{v:.2}"),
                _ => "–".into(),
            });
        }
        rows.push(row);
    }
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    out.write_all(table::render(&header_refs, &rows, 40).as_bytes())?;
    if let Some(w) = &report.kind_mix_warning {
        writeln!(out, "\nWarning: {w}.")?;
    }
    writeln!(out, "\n{}", report.too_few_note())?;
    if report.separations.is_empty() {
        writeln!(
            out,
            "No difference between groups survives {}.",
            report.adjustment_text()
        )?;
    } else {
        writeln!(
            out,
            "Differences that survive {} (unlikely to be resampling noise; not a test of cause):",
            report.adjustment_text()
        )?;
        for s in &report.separations {
            writeln!(
                out,
                "  {:<26} {} > {}  (p {}, adjusted {})",
                s.rate,
                printable(&s.higher),
                printable(&s.lower),
                format_p(s.p),
                format_p(s.p_adjusted)
            )?;
        }
    }
    if let Some(p) = &report.paired {
        write_paired(p, out, b, r)?;
    }
    writeln!(
        out,
        "\nTop loaded terms (narration + quoted), with one sentence each as evidence:"
    )?;
    for g in &report.groups {
        writeln!(out, "  {b}{}{r}", printable(&g.group))?;
        if g.top_terms.is_empty() {
            writeln!(out, "    (none)")?;
        }
        for t in &g.top_terms {
            let sentence = snippet(&t.sentence, &t.term, 110).bracketed();
            writeln!(
                out,
                "    {:<22} {:>3} own, {:>3} quoted  [{} ¶{}] {}",
                printable(&t.term),
                t.narration,
                t.quoted,
                printable(&t.article_id),
                t.paragraph,
                printable(&sentence)
            )?;
        }
    }
    Ok(())
}

/// The paired section of the table: per pair of groups, each rate's mean within-event
/// difference with its interval, the shares of events where each is higher, and the adjusted
/// p-value.
fn write_paired(p: &PairedReport, out: &mut dyn Write, b: &str, r: &str) -> io::Result<()> {
    writeln!(
        out,
        "\n{b}Paired by `{}`{r}: {} events covered by at least two groups; each pair compared only on the events both covered (first minus second, a group's articles on one event pooled); 95% intervals resample events; fewer than {} shared events is \"too few\". p-values adjusted by {} over {} comparisons (family-wise error {}%).",
        printable(&p.pair_by),
        p.events,
        p.min_events,
        crate::analysis::compare::ADJUSTMENT_METHOD,
        p.comparisons,
        p.alpha * 100.0
    )?;
    let f = |x: Option<f64>, d: usize| x.map_or("–".to_string(), |x| format!("{x:.d$}"));
    for pair in &p.pairs {
        writeln!(
            out,
            "\n  {} − {} ({} events)",
            printable(&pair.first),
            printable(&pair.second),
            pair.events
        )?;
        let first_higher = format!("{} higher", pair.first);
        let second_higher = format!("{} higher", pair.second);
        let header = [
            "rate",
            "events",
            "mean difference [95%]",
            first_higher.as_str(),
            second_higher.as_str(),
            "p adjusted",
        ];
        let rows: Vec<Vec<String>> = RATES
            .iter()
            .map(|rate| {
                let e = &pair.rates[rate.name];
                let diff = match (e.mean_difference, e.lo, e.hi) {
                    (Some(m), _, _) if e.too_few => format!("{m:.2} (too few)"),
                    (Some(m), Some(lo), Some(hi)) => format!("{m:.2} [{lo:.2}, {hi:.2}]"),
                    (Some(m), _, _) => format!("{m:.2}"),
                    _ => "–".into(),
                };
                let marked = match e.p_adjusted {
                    Some(q) if q < p.alpha => format!("{} *", format_p(q)),
                    Some(q) => format_p(q),
                    None => "–".into(),
                };
                vec![
                    rate.name.to_string(),
                    e.events.to_string(),
                    diff,
                    f(e.first_higher, 2),
                    f(e.second_higher, 2),
                    marked,
                ]
            })
            .collect();
        out.write_all(table::render(&header, &rows, 40).as_bytes())?;
    }
    writeln!(
        out,
        "  (* adjusted p below {}: a difference unlikely to be resampling noise over these events; not a test of cause)",
        p.alpha
    )
}
