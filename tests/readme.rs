//! The README's examples hold: every ```toml block in README.md is a rule file that
//! `slant rules check` accepts (no errors; its examples match, its counterexamples do not).

use std::process::Command;

/// The contents of every fenced block opened with ```toml, with the line it starts on.
fn toml_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, line) in markdown.lines().enumerate() {
        match &mut current {
            None if line.trim_end() == "```toml" => current = Some((i + 2, String::new())),
            None => {}
            Some(_) if line.trim_end() == "```" => blocks.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    assert!(
        current.is_none(),
        "README.md: a ```toml block is not closed"
    );
    blocks
}

#[test]
fn every_toml_block_of_the_readme_passes_rules_check() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let blocks = toml_blocks(&readme);
    assert!(!blocks.is_empty(), "no ```toml block in README.md");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("readme");
    std::fs::create_dir_all(&dir).unwrap();
    for (line, text) in blocks {
        let file = dir.join(format!("readme-line-{line}.toml"));
        std::fs::write(&file, text).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_slant"))
            .args(["rules", "check"])
            .arg(&file)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README.md's toml block at line {line} fails `slant rules check`:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn blocks_are_found_with_their_lines() {
    let md = "x\n```toml\na = 1\n```\n```sh\nno\n```\n```toml\nb = 2\nc = 3\n```\n";
    assert_eq!(
        toml_blocks(md),
        [
            (3, "a = 1\n".to_string()),
            (9, "b = 2\nc = 3\n".to_string())
        ]
    );
}
