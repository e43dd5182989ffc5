//! Reader for gold annotation files: one JSON document per line with byte-offset spans.

use crate::input::InputError;
use crate::report::Tally;
use serde::Deserialize;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::ops::Range;
use std::path::PathBuf;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldAttribution {
    #[serde(default, deserialize_with = "ranges")]
    pub source: Vec<Range<usize>>,
    #[serde(default, deserialize_with = "ranges")]
    pub cue: Vec<Range<usize>>,
    #[serde(default, deserialize_with = "ranges")]
    pub content: Vec<Range<usize>>,
}

fn ranges<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Range<usize>>, D::Error> {
    let pairs: Vec<(usize, usize)> = Vec::deserialize(d)?;
    Ok(pairs.into_iter().map(|(s, e)| s..e).collect())
}

/// One annotated document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    #[serde(default)]
    pub outlet: Option<String>,
    /// The event (story) a document covers: documents of one event are compared with each other.
    #[serde(default)]
    pub event: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    pub text: String,
    #[serde(default)]
    pub spans: Vec<GoldSpan>,
    #[serde(default)]
    pub attributions: Vec<GoldAttribution>,
    #[serde(default)]
    pub doc_label: Option<String>,
}

/// A gold line that could not be used.
#[derive(Debug, Clone)]
pub struct GoldError {
    pub location: String,
    pub message: String,
}

impl fmt::Display for GoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for GoldError {}

/// Reads gold documents from a JSONL stream; bad lines (invalid JSON, spans outside the text or
/// not on character boundaries) are returned as errors, the rest go on.
pub fn read<R: BufRead>(
    name: String,
    reader: R,
) -> impl Iterator<Item = Result<GoldDoc, GoldError>> {
    reader.lines().enumerate().filter_map(move |(i, line)| {
        let location = format!("{name}:{}", i + 1);
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                return Some(Err(GoldError {
                    location,
                    message: e.to_string(),
                }))
            }
        };
        if line.trim().is_empty() {
            return None;
        }
        Some(parse(&line).map_err(|message| GoldError { location, message }))
    })
}

/// Reads the gold documents of `paths` in order. A file that cannot be opened and a line that
/// cannot be used are reported on `tally` as failed inputs ([`crate::report::Event::InputFailed`]);
/// each document read counts as a record. The one gold reader of `eval`, `rules diff --gold` and
/// `rules suggest`.
pub fn read_files<'a, 't, 'r>(
    paths: &'a [PathBuf],
    tally: &'t mut Tally<'r>,
) -> GoldFiles<'a, 't, 'r> {
    GoldFiles {
        paths: paths.iter(),
        current: None,
        tally,
    }
}

/// The documents of a list of gold files (see [`read_files`]).
pub struct GoldFiles<'a, 't, 'r> {
    paths: std::slice::Iter<'a, PathBuf>,
    current: Option<Box<dyn Iterator<Item = Result<GoldDoc, GoldError>>>>,
    tally: &'t mut Tally<'r>,
}

impl Iterator for GoldFiles<'_, '_, '_> {
    type Item = GoldDoc;

    fn next(&mut self) -> Option<GoldDoc> {
        loop {
            if let Some(lines) = &mut self.current {
                match lines.next() {
                    Some(Ok(doc)) => {
                        self.tally.record();
                        return Some(doc);
                    }
                    Some(Err(e)) => {
                        self.tally.input_error(&InputError {
                            location: e.location,
                            message: e.message,
                            skipped: false,
                        });
                        continue;
                    }
                    None => self.current = None,
                }
            }
            let path = self.paths.next()?;
            let name = path.to_string_lossy().into_owned();
            match File::open(path) {
                Ok(f) => self.current = Some(Box::new(read(name, BufReader::new(f)))),
                Err(e) => self.tally.input_error(&InputError {
                    location: name,
                    message: e.to_string(),
                    skipped: false,
                }),
            }
        }
    }
}

fn parse(line: &str) -> Result<GoldDoc, String> {
    let doc: GoldDoc =
        serde_json::from_str(line).map_err(|e| format!("invalid gold record: {e}"))?;
    let ok = |r: &Range<usize>| {
        r.start <= r.end
            && r.end <= doc.text.len()
            && doc.text.is_char_boundary(r.start)
            && doc.text.is_char_boundary(r.end)
    };
    for s in &doc.spans {
        if !ok(&(s.start..s.end)) {
            return Err(format!(
                "span {}..{} is outside the text or splits a character",
                s.start, s.end
            ));
        }
    }
    for a in &doc.attributions {
        for r in a.source.iter().chain(&a.cue).chain(&a.content) {
            if !ok(r) {
                return Err(format!(
                    "attribution span {}..{} is outside the text",
                    r.start, r.end
                ));
            }
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_docs_and_reports_bad_lines() {
        let data = "{\"id\":\"a\",\"text\":\"He said it.\",\"spans\":[],\"attributions\":[{\"source\":[[0,2]],\"cue\":[[3,7]],\"content\":[[8,10]]}],\"doc_label\":null}\n\n{\"id\":\"b\",\"text\":\"x\",\"spans\":[{\"start\":0,\"end\":5,\"label\":\"loaded\"}]}\n";
        let items: Vec<_> = super::read("g.jsonl".into(), data.as_bytes()).collect();
        assert_eq!(items.len(), 2);
        let a = items[0].as_ref().unwrap();
        assert_eq!(a.attributions[0].cue, vec![3..7]);
        let e = items[1].as_ref().unwrap_err();
        assert_eq!(e.location, "g.jsonl:3");
    }
}
