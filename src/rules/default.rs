//! The default rule pack, compiled into the binary from `rules/*.toml`.

/// The default packs in layering order: (file name, text).
pub const DEFAULT_PACKS: &[(&str, &str)] = &[
    ("default.toml", include_str!("../../rules/default.toml")),
    ("loaded.toml", include_str!("../../rules/loaded.toml")),
    ("emotive.toml", include_str!("../../rules/emotive.toml")),
    ("conflict.toml", include_str!("../../rules/conflict.toml")),
    ("hedges.toml", include_str!("../../rules/hedges.toml")),
    (
        "attribution.toml",
        include_str!("../../rules/attribution.toml"),
    ),
    (
        "boilerplate.toml",
        include_str!("../../rules/boilerplate.toml"),
    ),
    ("sources.toml", include_str!("../../rules/sources.toml")),
    ("lexicon.toml", include_str!("../../rules/lexicon.toml")),
];

/// The default packs joined into one file, as printed by `slant rules print`.
pub fn default_sources() -> String {
    let mut out = String::new();
    for (name, text) in DEFAULT_PACKS {
        out.push_str(&format!("# ===== {name} =====\n"));
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
    }
    out
}
