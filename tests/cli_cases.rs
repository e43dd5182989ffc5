//! Command-line cases (trycmd): each folder under `tests/cases/` holds a `case.toml` (arguments,
//! optional stdin, exit code), the whole expected stdout and stderr beside it (`case.stdout`,
//! `case.stderr`, checked by hand) and the input files it uses. Cases run from the repository
//! root with `NO_COLOR=1`. After a deliberate change of output, `TRYCMD=overwrite cargo test
//! --test cli_cases` rewrites the expected files: read the diff before committing it.

fn cases() -> trycmd::TestCases {
    let t = trycmd::TestCases::new();
    t.register_bin("slant", std::path::Path::new(env!("CARGO_BIN_EXE_slant")));
    t
}

#[test]
fn cli_cases() {
    cases().case("tests/cases/*/case.toml");
}

/// Cases pinned at the behaviour the input-reporting unification brings (a binary file skipped in
/// a directory walk is `warning: … skipped` with exit 0 for every command, as `score` does today);
/// `explain` and `rules diff` still report it as an error with exit 1 on this branch. Run with
/// `cargo test --test cli_cases -- --ignored`; drop the `ignore` once that change is in.
#[test]
#[ignore = "pins the unified input warnings of the lead's pending change"]
fn cli_cases_after_input_report_unification() {
    cases().case("tests/cases-pending/*/case.toml");
}
