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
