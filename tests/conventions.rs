//! Conventions of the command line: completion scripts for four shells, a manual page, and
//! examples in every subcommand's `--help`.

use std::process::Command;

fn slant(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(args)
        .output()
        .expect("slant runs");
    assert!(out.status.success(), "slant {args:?}: {:?}", out);
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn completion_scripts_name_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = slant(&["completions", shell]);
        for sub in ["score", "compare", "explain", "eval", "rules", "digest"] {
            assert!(script.contains(sub), "{shell} completion lacks {sub}");
        }
        // Value enums complete too.
        assert!(script.contains("jsonl"), "{shell}");
        assert!(script.contains("html"), "{shell}");
    }
}

#[test]
fn manual_page_is_roff() {
    let page = slant(&["man"]);
    assert!(page.contains(".TH slant 1"), "{page}");
    assert!(page.contains("compare"), "{page}");
}

#[test]
fn every_subcommand_help_has_examples() {
    let subs: &[&[&str]] = &[
        &["score"],
        &["sources"],
        &["claims"],
        &["compare"],
        &["explain"],
        &["eval"],
        &["completions"],
        &["man"],
        &["rules", "print"],
        &["rules", "check"],
        &["rules", "diff"],
        &["rules", "suggest"],
        &["rules", "digest"],
    ];
    for sub in subs {
        let mut args = sub.to_vec();
        args.push("--help");
        let help = slant(&args);
        assert!(help.contains("Examples:\n  slant "), "{sub:?}:\n{help}");
    }
}
