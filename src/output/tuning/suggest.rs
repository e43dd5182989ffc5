//! The TOML snippet of `slant rules suggest`: a commented rule holding the candidates.

use crate::analysis::suggest::Suggestions;
use std::io::{self, Write};

/// Writes the candidates as a `[[rule]]` to paste into a rule file, each term with its figures
/// in a comment; without candidates, only the header comment and why there are none.
pub fn write_toml(s: &Suggestions, out: &mut dyn Write) -> io::Result<()> {
    let files = s.files.join(", ");
    writeln!(
        out,
        "# slant rules suggest: spans labelled `{}` in {} that no rule covers,",
        s.label, files
    )?;
    writeln!(out, "# ranked by annotated count x precision (annotated / all whole-word occurrences in the gold).")?;
    writeln!(out, "# Check each term before keeping it: a word annotated in one corpus may be neutral elsewhere.")?;
    if s.candidates.is_empty() {
        writeln!(
            out,
            "# No candidates with at least {} annotations and precision {:.2}.",
            s.thresholds.min_count, s.thresholds.min_precision
        )?;
        return write_review(s, out);
    }
    writeln!(
        out,
        "\n[[rule]]\nid = \"suggested.{}\"\ncategory = \"{}\"",
        s.label, s.category
    )?;
    writeln!(
        out,
        "note = \"Mined from {} by `slant rules suggest`; reviewed by: (you)\"",
        files.replace('"', "'")
    )?;
    writeln!(out, "terms = [")?;
    for c in &s.candidates {
        let item = format!(
            "{},",
            serde_json::to_string(&c.term).map_err(io::Error::other)?
        );
        writeln!(
            out,
            "  {item:<28} # annotated {} of {} occurrences, precision {:.2}",
            c.annotated, c.occurrences, c.precision
        )?;
    }
    writeln!(out, "]")?;
    write_review(s, out)
}

/// The review of existing rules, as comments: each rule's precision on the gold and a weight in
/// proportion to it (a rule's `weight` key takes it), or `remove` when none of its matches is
/// annotated.
fn write_review(s: &Suggestions, out: &mut dyn Write) -> io::Result<()> {
    let r = &s.rules;
    if r.rules.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "\n# Existing rules of {} on this gold: {} of {} matches annotated `{}` (precision {:.3}).",
        r.categories.join(", "),
        r.annotated,
        r.matches,
        s.label,
        r.precision
    )?;
    writeln!(
        out,
        "# Proposed weight = weight x rule precision / {:.3}; `remove`: no match annotated (remove the rule or",
        r.precision
    )?;
    writeln!(
        out,
        "# restrict it with `unless` / `unless_context`). Rules with fewer than {} matches are left out.",
        s.thresholds.min_count
    )?;
    writeln!(
        out,
        "# {:<28} {:>7} {:>9} {:>9} {:>6} {:>8}  action",
        "rule", "matches", "annotated", "precision", "weight", "proposed"
    )?;
    for f in &r.rules {
        writeln!(
            out,
            "# {:<28} {:>7} {:>9} {:>9.3} {:>6} {:>8}  {}",
            f.rule, f.matches, f.annotated, f.precision, f.weight, f.proposed_weight, f.action
        )?;
    }
    Ok(())
}
