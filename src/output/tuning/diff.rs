//! The text report of `slant rules diff`.

use crate::analysis::diff::{Change, RuleDiff};
use crate::output::fmt_f64;
use crate::output::table::render;
use crate::text::printable;
use std::io::{self, Write};

/// Writes the diff for people: a summary line, the categories whose counts changed, the first
/// `limit` gained and lost matches, the `limit` largest score changes, the outlet means (when
/// some article has an outlet) and the gold figures.
pub fn write_text(diff: &RuleDiff, limit: usize, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "rules diff over {} article(s): {} match(es) gained, {} lost\n",
        diff.articles,
        diff.gained.len(),
        diff.lost.len()
    )?;
    let rows: Vec<Vec<String>> = diff
        .categories
        .iter()
        .filter(|c| c.old != c.new)
        .map(|c| {
            vec![
                c.category.clone(),
                c.old.to_string(),
                c.new.to_string(),
                format!("{:+}", c.new as i64 - c.old as i64),
            ]
        })
        .collect();
    if rows.is_empty() {
        writeln!(out, "No category count changed.")?;
    } else {
        writeln!(out, "Matches per category")?;
        out.write_all(render(&["category", "old", "new", "change"], &rows, 40).as_bytes())?;
    }
    for (title, list) in [("Gained", &diff.gained), ("Lost", &diff.lost)] {
        write_changes(title, list, limit, out)?;
    }
    if !diff.score_changes.is_empty() {
        writeln!(
            out,
            "\nLargest article framing-score changes ({} article(s) changed)",
            diff.score_changes.len()
        )?;
        let rows: Vec<Vec<String>> = diff
            .score_changes
            .iter()
            .take(limit)
            .map(|c| {
                vec![
                    c.article.clone(),
                    fmt_f64(c.old),
                    fmt_f64(c.new),
                    format!("{:+.3}", c.new - c.old),
                ]
            })
            .collect();
        out.write_all(render(&["article", "old", "new", "change"], &rows, 70).as_bytes())?;
    }
    if diff.outlets.len() > 1
        || diff
            .outlets
            .iter()
            .any(|o| o.outlet != crate::analysis::compare::UNKNOWN_GROUP)
    {
        writeln!(out, "\nMean article framing score per outlet")?;
        let rows: Vec<Vec<String>> = diff
            .outlets
            .iter()
            .map(|o| {
                vec![
                    o.outlet.clone(),
                    o.articles.to_string(),
                    fmt_f64(o.old),
                    fmt_f64(o.new),
                    format!("{:+.3}", o.new - o.old),
                ]
            })
            .collect();
        out.write_all(
            render(&["outlet", "articles", "old", "new", "change"], &rows, 50).as_bytes(),
        )?;
    }
    if let Some(gold) = &diff.gold {
        writeln!(out, "\nAgainst the gold annotations")?;
        let f = |x: f64| format!("{x:.3}");
        let rows: Vec<Vec<String>> = gold
            .iter()
            .map(|r| {
                let (a, b) = (r.old, r.new);
                vec![
                    r.measure.clone(),
                    f(a.precision()),
                    f(b.precision()),
                    f(a.recall()),
                    f(b.recall()),
                    f(a.f1()),
                    f(b.f1()),
                    format!("{:+.3}", b.f1() - a.f1()),
                ]
            })
            .collect();
        out.write_all(
            render(
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
    Ok(())
}

/// The first `limit` matches of a list, each with its sentence.
fn write_changes(
    title: &str,
    list: &[Change],
    limit: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    if list.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "\n{title} matches ({}; first {} shown)",
        list.len(),
        limit.min(list.len())
    )?;
    for c in list.iter().take(limit) {
        writeln!(
            out,
            "  {} ¶{}  {:<20} {} ({}, {})",
            printable(&c.article),
            c.paragraph,
            printable(&c.term),
            printable(&c.rule),
            printable(&c.category),
            c.voice
        )?;
        writeln!(out, "      {}", printable(&c.sentence))?;
    }
    Ok(())
}
