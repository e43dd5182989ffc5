//! Rule loader and linter: arbitrary text as a rule file layered over the default categories.
#![no_main]
use libfuzzer_sys::fuzz_target;
use slant::rules::{lint, RuleSet, RuleSource, DEFAULT_PACKS};

fuzz_target!(|data: &str| {
    let sources = [
        RuleSource::new("<default>/default.toml", DEFAULT_PACKS[0].1),
        RuleSource::new("fuzz.toml", data),
    ];
    match RuleSet::load(&sources) {
        Ok(set) => {
            for d in lint::lint(&set, &|f| f == "fuzz.toml") {
                let _ = d.render();
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
