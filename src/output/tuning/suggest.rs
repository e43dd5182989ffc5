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
        return Ok(());
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
    writeln!(out, "]")
}
