//! `compare --from-summaries` on hostile summary lines: no panic whatever the JSON (huge counts,
//! negative or non-finite rates, repeated ids, odd strings), and every writer handles the report.
#![no_main]
use libfuzzer_sys::fuzz_target;
use slant::analysis::compare::CompareOptions;
use slant::commands::compare::{compare_summaries, write, CompareFormat};
use slant::report::Silent;

fuzz_target!(|data: &[u8]| {
    let options = CompareOptions {
        group_by: "outlet".into(),
        bootstrap: 20,
        seed: 1,
        top_terms: 3,
        loaded_categories: vec!["loaded".into()],
        minimums: Default::default(),
        pair_by: Some("event".into()),
    };
    let mut reader = std::io::Cursor::new(data);
    let Ok((report, _run)) = compare_summaries("fuzz", &mut reader, options, &mut Silent) else {
        return;
    };
    for format in [CompareFormat::Table, CompareFormat::Csv, CompareFormat::Json] {
        let mut out = Vec::new();
        write(&report, format, &mut out, true, false).unwrap();
    }
    let _ = slant::output::compare_html::render(&report);
});
