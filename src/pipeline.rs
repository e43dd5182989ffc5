//! The pipeline: runs work over a stream of documents in parallel, in bounded batches, handing
//! results on in input order (same bytes whatever the thread count). [`run_inputs`] is the one
//! input loop every command uses.

use crate::engine::{Engine, ScoredArticle};
use crate::input::{Document, InputError};
use crate::report::Tally;

/// How many documents (at most) are read ahead and scored together.
pub const BATCH_DOCS: usize = 512;
/// The first batch's size in documents; each next batch doubles up to [`BATCH_DOCS`].
const FIRST_BATCH_DOCS: usize = 16;
/// How many bytes of text (about) are read ahead and scored together.
pub const BATCH_BYTES: usize = 8 << 20;

/// Scores a stream of documents with `threads` worker threads (0 = all cores), calling `sink`
/// with each result in input order. Memory stays bounded by two batches. Stops at the first
/// error the sink returns.
///
/// With more than one thread the work is pipelined: while the pool scores batch N, the calling
/// thread hands the results of batch N-1 to the sink and reads batch N+1, so reading and writing
/// do not leave the workers idle. Output order never depends on the thread count.
pub fn score_stream<I, E>(
    engine: &Engine,
    inputs: I,
    threads: usize,
    sink: impl FnMut(Result<ScoredArticle, InputError>) -> Result<(), E>,
) -> Result<(), E>
where
    I: Iterator<Item = Result<Document, InputError>>,
{
    map_stream(inputs, threads, |item| item.map(|d| engine.score(d)), sink)
}

/// The one input loop of every command: runs `work` on each readable document (on `threads`
/// worker threads, 0 = all cores) and hands its result to `sink` in input order. Unreadable,
/// skipped and empty inputs (`work` returns None for an article with no text) are counted and
/// reported on `tally`, never handed to `sink`; the batch goes on past them.
pub fn run_inputs<I, T, E>(
    inputs: I,
    threads: usize,
    tally: &mut Tally,
    work: impl Fn(Document) -> Option<T> + Sync,
    mut sink: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    I: Iterator<Item = Result<Document, InputError>>,
    T: Send,
{
    let process = |item: Result<Document, InputError>| {
        item.and_then(|mut doc| {
            let id = doc.id.clone();
            let warnings = std::mem::take(&mut doc.warnings);
            let bytes = doc.text.len();
            // A bug met on one document fails that document, reported with its name; the rest of
            // the batch goes on.
            let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(doc)));
            match done {
                Ok(value) => Ok((id, warnings, bytes, value)),
                Err(panic) => Err(InputError {
                    location: id,
                    message: format!(
                        "internal error, please report it with this document: {}",
                        panic_message(&*panic)
                    ),
                    skipped: false,
                }),
            }
        })
    };
    map_stream(inputs, threads, process, |item| match item {
        Err(e) => {
            tally.input_error(&e);
            Ok(())
        }
        Ok((id, warnings, bytes, value)) => {
            tally.document(&id, &warnings, bytes, value.is_none());
            match value {
                Some(v) => sink(v),
                None => Ok(()),
            }
        }
    })
}

/// The message a panic carried.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic")
}

/// Runs `work` over a stream of inputs on `threads` worker threads (0 = all cores), calling
/// `sink` with each result in input order. See [`score_stream`] for the batching.
pub fn map_stream<I, T, E>(
    inputs: I,
    threads: usize,
    work: impl Fn(Result<Document, InputError>) -> T + Sync,
    mut sink: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    I: Iterator<Item = Result<Document, InputError>>,
    T: Send,
{
    let mut inputs = inputs.peekable();
    // The checks the reader left pending run here, on the worker, before the work sees the
    // document's warnings.
    let work = |item: Result<Document, InputError>| {
        work(item.map(|mut d| {
            d.run_checks();
            d
        }))
    };
    let pool = if threads == 1 {
        None
    } else {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .ok()
    };
    let Some(pool) = pool else {
        for item in inputs {
            sink(work(item))?;
        }
        return Ok(());
    };
    let score_batch = |batch: Vec<Result<Document, InputError>>| -> Vec<T> {
        pool.install(|| {
            use rayon::prelude::*;
            batch.into_par_iter().map(&work).collect()
        })
    };
    // The first batches are small so the workers start early; later ones grow to BATCH_DOCS.
    let mut batch_docs = FIRST_BATCH_DOCS;
    let mut next = read_batch(&mut inputs, batch_docs);
    let mut done: Vec<T> = Vec::new();
    loop {
        if next.is_empty() {
            for r in done {
                sink(r)?;
            }
            return Ok(());
        }
        let batch = std::mem::take(&mut next);
        let previous = std::mem::take(&mut done);
        let (scored, sunk) = std::thread::scope(|scope| {
            let worker = scope.spawn(|| score_batch(batch));
            // Meanwhile, on this thread: write the previous batch, read the next one.
            let mut sunk = Ok(());
            for r in previous {
                if sunk.is_ok() {
                    sunk = sink(r);
                }
            }
            if sunk.is_ok() {
                batch_docs = (batch_docs * 2).min(BATCH_DOCS);
                next = read_batch(&mut inputs, batch_docs);
            }
            (worker.join().expect("scoring thread panicked"), sunk)
        });
        sunk?;
        done = scored;
    }
}

/// Reads up to `max_docs` documents or about [`BATCH_BYTES`] of text.
fn read_batch<I>(inputs: &mut I, max_docs: usize) -> Vec<Result<Document, InputError>>
where
    I: Iterator<Item = Result<Document, InputError>>,
{
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < max_docs && bytes < BATCH_BYTES {
        let Some(item) = inputs.next() else { break };
        if let Ok(d) = &item {
            bytes += d.text.len();
        }
        batch.push(item);
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document whose work panics fails alone, named, on every thread count; the others are
    /// handed on in order.
    #[test]
    fn a_panic_fails_its_document_and_the_batch_goes_on() {
        for threads in [1, 2] {
            let docs = (0..40).map(|i| Ok(Document::new(format!("d{i}"), format!("text {i}"))));
            let mut reporter = crate::report::Collect::default();
            let mut tally = Tally::new(&mut reporter);
            let mut seen = Vec::new();
            run_inputs(
                docs,
                threads,
                &mut tally,
                |d| {
                    assert!(d.id != "d7", "boom");
                    Some(d.id)
                },
                |id| -> Result<(), ()> {
                    seen.push(id);
                    Ok(())
                },
            )
            .unwrap();
            let want: Vec<String> = (0..40)
                .filter(|&i| i != 7)
                .map(|i| format!("d{i}"))
                .collect();
            assert_eq!(seen, want, "{threads} threads");
            assert_eq!(tally.run.failed, 1, "{threads} threads");
            assert!(
                reporter
                    .lines
                    .iter()
                    .any(|l| l.contains("d7") && l.contains("boom")),
                "{:?}",
                reporter.lines
            );
        }
    }
    use crate::rules::RuleSet;

    /// More documents than one batch, with an unreadable one in the middle: every thread count
    /// hands the same results to the sink in the same order.
    #[test]
    fn pipelined_batches_keep_input_order() {
        let engine = Engine::new(RuleSet::default_rules());
        let docs = || {
            (0..BATCH_DOCS * 2 + 37).map(|i| {
                if i == BATCH_DOCS + 3 {
                    Err(InputError {
                        location: format!("bad{i}"),
                        message: "unreadable".into(),
                        skipped: false,
                    })
                } else {
                    Ok(Document::new(
                        format!("d{i}"),
                        format!("Headline {i}\n\nThe regime said {i} sham votes were held."),
                    ))
                }
            })
        };
        let run = |threads: usize| {
            let mut seen = Vec::new();
            score_stream(&engine, docs(), threads, |r| -> Result<(), ()> {
                seen.push(match r {
                    Ok(s) => format!("{}:{}", s.article.id, s.matches.len()),
                    Err(e) => e.location,
                });
                Ok(())
            })
            .unwrap();
            seen
        };
        let one = run(1);
        assert_eq!(one.len(), BATCH_DOCS * 2 + 37);
        assert_eq!(one[0], "d0:3");
        assert_eq!(one[BATCH_DOCS + 3], format!("bad{}", BATCH_DOCS + 3));
        assert_eq!(run(2), one);
        assert_eq!(run(3), one);
    }

    /// A sink error stops the run and is returned.
    #[test]
    fn sink_error_stops_the_stream() {
        let engine = Engine::new(RuleSet::default_rules());
        let docs =
            (0..BATCH_DOCS * 3).map(|i| Ok(Document::new(format!("d{i}"), "Some text here.")));
        let mut n = 0;
        let r = score_stream(&engine, docs, 2, |_| {
            n += 1;
            if n == 10 {
                Err("closed")
            } else {
                Ok(())
            }
        });
        assert_eq!(r, Err("closed"));
        assert_eq!(n, 10);
    }
}
