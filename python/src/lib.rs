//! Python bindings of slant. They only convert: Python strings and dicts in, the records the
//! CLI writes as JSONL out (as dicts with the same keys and JSON types). Reading, scoring,
//! explaining and comparing are the library's.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyIterator, PyList, PyString};
use pythonize::{depythonize, pythonize};
use serde::Serialize;
use slant::analysis::compare::{CompareOptions, Comparer};
use slant::commands::{explain, score};
use slant::engine::Provenance;
use slant::input::{read_text, Document, InputError};
use slant::metrics::ArticleSummary;
use slant::output::View;
use slant::rules::RuleSet;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

pyo3::create_exception!(
    slant,
    RuleError,
    PyValueError,
    "A rule file failed to load. `file`, `line` and `column` locate the first problem; \
     `diagnostics` lists them all; the message is every diagnostic rendered with its snippet."
);

/// The id of a text scored without one.
const DEFAULT_ID: &str = "<text>";

/// A rule set compiled once, ready to score texts.
#[pyclass(frozen, module = "slant._slant")]
struct Engine {
    inner: slant::Engine,
}

#[pymethods]
impl Engine {
    #[new]
    #[pyo3(signature = (rules=Vec::new(), default_rules=true))]
    fn new(py: Python<'_>, rules: Vec<PathBuf>, default_rules: bool) -> PyResult<Engine> {
        let loaded = py.detach(|| RuleSet::from_files(&rules, default_rules));
        match loaded {
            Ok(set) => Ok(Engine {
                inner: py.detach(|| slant::Engine::new(set)),
            }),
            Err(e) => Err(rule_error(py, &e)),
        }
    }

    /// Rows of one text, as `slant score --format jsonl` (by paragraph or article) or
    /// `slant sources --format jsonl` writes them.
    #[pyo3(signature = (text, by="paragraph", meta=None, id=None))]
    fn score<'py>(
        &self,
        py: Python<'py>,
        text: String,
        by: &str,
        meta: Option<&Bound<'py, PyAny>>,
        id: Option<String>,
    ) -> PyResult<Bound<'py, PyList>> {
        let view = parse_view(by)?;
        let doc = document(text, meta, id, DEFAULT_ID)?;
        let scored = py.detach(|| self.inner.score(doc));
        records(py, &score::jsonl_records(&self.inner, &scored, view))
    }

    /// The matches of one text, as `slant explain --format jsonl` writes them.
    #[pyo3(signature = (text, meta=None, id=None))]
    fn matches<'py>(
        &self,
        py: Python<'py>,
        text: String,
        meta: Option<&Bound<'py, PyAny>>,
        id: Option<String>,
    ) -> PyResult<Bound<'py, PyList>> {
        let doc = document(text, meta, id, DEFAULT_ID)?;
        let found = py.detach(|| {
            let s = self.inner.score(doc);
            if s.paragraphs.is_empty() {
                return Vec::new();
            }
            let opts = explain::ExplainOptions::default();
            explain::match_records(&explain::explain_matches(&self.inner, &s, &opts))
        });
        records(py, &found)
    }

    /// The claims of one text, one record each.
    #[pyo3(signature = (text, meta=None, id=None))]
    fn claims<'py>(
        &self,
        py: Python<'py>,
        text: String,
        meta: Option<&Bound<'py, PyAny>>,
        id: Option<String>,
    ) -> PyResult<Bound<'py, PyList>> {
        let doc = document(text, meta, id, DEFAULT_ID)?;
        let found = py.detach(|| score::claim_records(&self.inner, &self.inner.score(doc)));
        records(py, &found)
    }

    /// `score` over many texts on `threads` worker threads (0 = all cores) with the GIL
    /// released: one list of rows per text, in input order.
    #[pyo3(signature = (texts, by="paragraph", metas=None, ids=None, threads=0))]
    fn score_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        by: &str,
        metas: Option<&Bound<'py, PyAny>>,
        ids: Option<&Bound<'py, PyAny>>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        let view = parse_view(by)?;
        let texts = texts.try_iter()?.unbind();
        let metas = metas.map(|m| m.try_iter()).transpose()?.map(Bound::unbind);
        let ids = ids.map(|i| i.try_iter()).transpose()?.map(Bound::unbind);
        // The texts are read lazily, a batch ahead of the workers: the GIL is taken to read
        // each text and to convert each result, and released while the workers score.
        let read = |py: Python<'_>, n: usize| -> PyResult<Option<Document>> {
            let mismatch = || PyValueError::new_err("metas and ids must have one item per text");
            let next = |it: &Option<Py<PyIterator>>| it.as_ref().map(|i| i.bind(py).clone().next());
            let Some(text) = texts.bind(py).clone().next() else {
                if [next(&metas), next(&ids)]
                    .iter()
                    .any(|n| matches!(n, Some(Some(_))))
                {
                    return Err(mismatch());
                }
                return Ok(None);
            };
            let text: String = text?.extract()?;
            let meta = aligned(next(&metas), mismatch)?;
            let id = aligned(next(&ids), mismatch)?
                .map(|v| v.extract::<String>())
                .transpose()?;
            document(text, meta.as_ref(), id, &n.to_string()).map(Some)
        };
        let failure: Mutex<Option<PyErr>> = Mutex::new(None);
        let out = PyList::empty(py).unbind();
        let mut n = 0;
        let inputs = std::iter::from_fn(|| {
            Python::attach(|py| match read(py, n) {
                Ok(Some(doc)) => {
                    n += 1;
                    Some(Ok(doc))
                }
                Ok(None) => None,
                Err(e) => {
                    *failure.lock().unwrap() = Some(e);
                    None
                }
            })
        });
        let engine = &self.inner;
        let result = py.detach(|| {
            slant::pipeline::map_stream(
                inputs,
                threads,
                |item: Result<Document, InputError>| item.map(|d| engine.score(d)),
                |scored| {
                    Python::attach(|py| {
                        let scored = scored.map_err(|e| {
                            PyValueError::new_err(format!("text {:?}: {}", e.location, e.message))
                        })?;
                        let rows = records(py, &score::jsonl_records(&self.inner, &scored, view))?;
                        out.bind(py).append(rows)?;
                        py.check_signals()
                    })
                },
            )
        });
        result?;
        if let Some(e) = failure.into_inner().unwrap() {
            return Err(e);
        }
        Ok(out.into_bound(py))
    }

    /// Like `slant.compare`, with this engine's loaded categories for the top terms.
    #[pyo3(signature = (records, group_by="outlet", bootstrap=1000, seed=20260101, top=8))]
    fn compare<'py>(
        &self,
        py: Python<'py>,
        records: &Bound<'py, PyAny>,
        group_by: &str,
        bootstrap: usize,
        seed: u64,
        top: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let loaded = self.inner.rules.loaded_categories();
        let provenance = self.inner.provenance();
        compare_with(
            py,
            records,
            group_by,
            bootstrap,
            seed,
            top,
            (loaded, provenance),
        )
    }

    fn __repr__(&self) -> String {
        let r = &self.inner.rules;
        format!(
            "Engine({} rules, {} categories, {} sources)",
            r.rules.len(),
            r.categories.len(),
            r.sources.len()
        )
    }
}

/// Compares groups of article summaries (the dicts `Engine.score(text, by="article")`
/// returns), as `slant compare --format json` does; the default rules' loaded categories pick
/// the top terms.
#[pyfunction]
#[pyo3(signature = (records, group_by="outlet", bootstrap=1000, seed=20260101, top=8))]
fn compare<'py>(
    py: Python<'py>,
    records: &Bound<'py, PyAny>,
    group_by: &str,
    bootstrap: usize,
    seed: u64,
    top: usize,
) -> PyResult<Bound<'py, PyAny>> {
    // The default rules' loaded categories and provenance, as `slant compare` records them.
    static DEFAULTS: OnceLock<(Vec<String>, Provenance)> = OnceLock::new();
    let (loaded, provenance) = DEFAULTS
        .get_or_init(|| {
            let engine = slant::Engine::new(RuleSet::default_rules());
            (engine.rules.loaded_categories(), engine.provenance())
        })
        .clone();
    compare_with(
        py,
        records,
        group_by,
        bootstrap,
        seed,
        top,
        (loaded, provenance),
    )
}

fn compare_with<'py>(
    py: Python<'py>,
    records: &Bound<'py, PyAny>,
    group_by: &str,
    bootstrap: usize,
    seed: u64,
    top: usize,
    (loaded_categories, provenance): (Vec<String>, Provenance),
) -> PyResult<Bound<'py, PyAny>> {
    let mut comparer = Comparer::new(CompareOptions {
        group_by: group_by.to_string(),
        bootstrap,
        seed,
        top_terms: top,
        loaded_categories,
        minimums: Default::default(),
        pair_by: None,
    });
    for (i, record) in records.try_iter()?.enumerate() {
        let summary: ArticleSummary = depythonize(&record?).map_err(|e| {
            PyValueError::new_err(format!(
                "record {i} is not an article summary (from score(..., by=\"article\")): {e}"
            ))
        })?;
        comparer.add(&summary);
    }
    let mut report = py.detach(|| comparer.finish());
    report.provenance = Some(provenance);
    Ok(pythonize(py, &report)?)
}

/// The next item of an optional iterator aligned with the texts: None without the iterator or
/// for a Python None, an error when the iterator ended before the texts.
fn aligned<'py>(
    next: Option<Option<PyResult<Bound<'py, PyAny>>>>,
    mismatch: impl Fn() -> PyErr,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    match next {
        None => Ok(None),
        Some(None) => Err(mismatch()),
        Some(Some(v)) => Ok(Some(v?).filter(|v| !v.is_none())),
    }
}

/// `by` to a view.
fn parse_view(by: &str) -> PyResult<View> {
    match by {
        "paragraph" => Ok(View::Paragraphs),
        "article" => Ok(View::Articles),
        "sources" => Ok(View::Sources),
        other => Err(PyValueError::new_err(format!(
            "by must be \"paragraph\", \"article\" or \"sources\", not {other:?}"
        ))),
    }
}

/// A text read as a `.txt` file would be, with metadata set as a JSONL record's fields are.
/// The id is `id`, else the metadata's `id`, else `default_id`.
fn document(
    text: String,
    meta: Option<&Bound<'_, PyAny>>,
    id: Option<String>,
    default_id: &str,
) -> PyResult<Document> {
    let mut fields = Vec::new();
    let mut meta_id = None;
    if let Some(meta) = meta.filter(|m| !m.is_none()) {
        let meta = meta.cast::<PyDict>().map_err(|_| {
            PyTypeError::new_err("meta must be a dict of field names to str, int, float or bool")
        })?;
        for (k, v) in meta.iter() {
            let key: String = k
                .extract()
                .map_err(|_| PyTypeError::new_err("meta keys must be str"))?;
            let Some(value) = field_value(&key, &v)? else {
                continue;
            };
            if key == "id" {
                meta_id = Some(value);
            } else {
                fields.push((key, value));
            }
        }
    }
    let id = id.or(meta_id).unwrap_or_else(|| default_id.to_string());
    let mut doc = read_text(id, text)
        .map_err(|e| PyValueError::new_err(format!("text {:?}: {}", e.location, e.message)))?;
    for (k, v) in fields {
        doc.meta.set(&k, v);
    }
    Ok(doc)
}

/// A metadata value as text, the way a JSONL field's is: strings as they are, numbers and
/// booleans as JSON writes them; None and empty strings are left out.
fn field_value(key: &str, v: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    let s = if v.is_none() {
        return Ok(None);
    } else if let Ok(s) = v.cast::<PyString>() {
        s.to_cow()?.into_owned()
    } else if let Ok(b) = v.cast::<PyBool>() {
        b.is_true().to_string()
    } else if v.is_instance_of::<PyInt>() {
        v.str()?.to_cow()?.into_owned()
    } else if let Ok(f) = v.cast::<PyFloat>() {
        match serde_json::Number::from_f64(f.value()) {
            Some(n) => n.to_string(),
            None => return Ok(None),
        }
    } else if let Ok(i) = v.extract::<i64>() {
        // Integers that are not Python ints but convert to one (numpy.int64 from pandas).
        i.to_string()
    } else {
        return Err(PyTypeError::new_err(format!(
            "meta[{key:?}] must be str, int, float, bool or None, not {}",
            v.get_type().name()?
        )));
    };
    Ok((!s.is_empty()).then_some(s))
}

/// Records to a list of dicts (same keys and JSON types as the CLI's JSONL).
fn records<'py, T: Serialize>(py: Python<'py>, items: &[T]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for item in items {
        list.append(pythonize(py, item)?)?;
    }
    Ok(list)
}

/// A rule error as `slant.RuleError`, located at its first diagnostic.
fn rule_error(py: Python<'_>, e: &slant::rules::RuleError) -> PyErr {
    let err = RuleError::new_err(e.to_string());
    let value = err.value(py);
    let located = |d: &slant::rules::Diagnostic| {
        let (line, column) = d.line_col().unzip();
        (d.file.as_ref().map(|f| f.name.clone()), line, column)
    };
    let (file, line, column) = e.diagnostics.first().map(located).unwrap_or_default();
    let all: Vec<_> = e
        .diagnostics
        .iter()
        .map(|d| {
            let (file, line, column) = located(d);
            serde_json::json!({
                "severity": match d.severity {
                    slant::rules::Severity::Error => "error",
                    slant::rules::Severity::Warning => "warning",
                },
                "message": d.message,
                "file": file,
                "line": line,
                "column": column,
                "rendered": d.render(),
            })
        })
        .collect();
    let set = || -> PyResult<()> {
        value.setattr("file", file)?;
        value.setattr("line", line)?;
        value.setattr("column", column)?;
        value.setattr("diagnostics", pythonize(py, &all)?)?;
        Ok(())
    };
    match set() {
        Ok(()) => err,
        Err(e) => e,
    }
}

#[pymodule]
fn _slant(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Engine>()?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add("RuleError", m.py().get_type::<RuleError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
