//! Named word contexts (`[[context]]`): phrases that, near a match, say the word names the topic
//! rather than the writer's choice ("pleaded guilty to «lying» to the FBI", "insurance «claims»").
//! A rule lists the contexts that set its matches aside in `unless_context`; the matcher checks
//! them in [`crate::matching::context`].

use super::diagnostic::{Diagnostic, SourceText};
use super::schema::ContextDef;
use super::Origin;
use std::sync::Arc;

/// Largest `window` a context may have (words each way).
pub const MAX_WINDOW: usize = 12;
/// `window` when a context gives none.
pub const DEFAULT_WINDOW: usize = 4;

/// One word of a context phrase, normalised the way text words are compared: lower case, `’`
/// as `'`, dots dropped ("F.B.I." is `fbi`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextWord {
    pub text: String,
    /// `investigat*`: any word starting with `text`.
    pub prefix: bool,
    /// `*'s`: any word ending with `text`.
    pub suffix: bool,
}

/// A phrase of a context: consecutive words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextPhrase {
    /// As written in the rule file.
    pub display: String,
    pub words: Vec<ContextWord>,
}

/// A validated `[[context]]`.
#[derive(Debug, Clone)]
pub struct Context {
    pub id: String,
    pub before: Vec<ContextPhrase>,
    pub after: Vec<ContextPhrase>,
    pub window: usize,
    pub note: String,
    pub origin: Origin,
}

/// Normalises one word of text or of a phrase: lower case, `’` as `'`, dots dropped.
pub fn normalize_word(w: &str) -> String {
    w.chars()
        .filter(|&c| c != '.')
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Parses a phrase: words separated by spaces, each with an optional `*` at its end (prefix) or
/// start (suffix). None when it is empty or a `*` stands elsewhere.
pub fn parse_phrase(raw: &str) -> Option<ContextPhrase> {
    let mut words = Vec::new();
    for w in raw.split_whitespace() {
        let (w, suffix) = match w.strip_prefix('*') {
            Some(rest) => (rest, true),
            None => (w, false),
        };
        let (w, prefix) = match w.strip_suffix('*') {
            Some(rest) => (rest, true),
            None => (w, false),
        };
        let text = normalize_word(w);
        if text.is_empty() || text.contains('*') || (prefix && suffix) {
            return None;
        }
        words.push(ContextWord {
            text,
            prefix,
            suffix,
        });
    }
    (!words.is_empty()).then(|| ContextPhrase {
        display: raw.trim().to_string(),
        words,
    })
}

/// Validates one `[[context]]` table; errors go to `diags` with the file, line and column.
pub fn compile(
    c: ContextDef,
    file: &Arc<SourceText>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Context> {
    let mut ok = true;
    let window = match &c.window {
        None => DEFAULT_WINDOW,
        Some(w) => match usize::try_from(*w.get_ref()) {
            Ok(n) if (1..=MAX_WINDOW).contains(&n) => n,
            _ => {
                diags.push(
                    Diagnostic::error(
                        file,
                        w.span(),
                        format!(
                            "`window` of context `{}` must be 1 to {MAX_WINDOW} words",
                            c.id.get_ref()
                        ),
                    )
                    .with_label("out of range"),
                );
                ok = false;
                DEFAULT_WINDOW
            }
        },
    };
    let mut phrases = |list: &[toml::Spanned<String>]| -> Vec<ContextPhrase> {
        let mut out = Vec::new();
        for p in list {
            match parse_phrase(p.get_ref()) {
                Some(ph) if ph.words.len() <= window => out.push(ph),
                Some(_) => {
                    diags.push(
                        Diagnostic::error(
                            file,
                            p.span(),
                            format!(
                                "phrase `{}` of context `{}` is longer than its window of {window} words, so it can never be found",
                                p.get_ref(),
                                c.id.get_ref()
                            ),
                        )
                        .with_label("longer than the window"),
                    );
                    ok = false;
                }
                None => {
                    diags.push(
                        Diagnostic::error(
                            file,
                            p.span(),
                            format!(
                                "invalid phrase `{}` in context `{}`: it must not be empty and `*` may only end a word (`investigat*`) or start it (`*'s`)",
                                p.get_ref(),
                                c.id.get_ref()
                            ),
                        )
                        .with_label("invalid phrase"),
                    );
                    ok = false;
                }
            }
        }
        out
    };
    let before = phrases(&c.before);
    let after = phrases(&c.after);
    if c.before.is_empty() && c.after.is_empty() {
        diags.push(
            Diagnostic::error(
                file,
                c.id.span(),
                format!(
                    "context `{}` has neither `before` nor `after` phrases",
                    c.id.get_ref()
                ),
            )
            .with_label("finds nothing"),
        );
        ok = false;
    }
    ok.then(|| Context {
        id: c.id.get_ref().clone(),
        before,
        after,
        window,
        note: c.note,
        origin: Origin {
            file: file.clone(),
            span: c.id.span(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_parse_with_prefix_and_suffix_wildcards() {
        let p = parse_phrase("pleaded guilty  to").unwrap();
        assert_eq!(p.words.len(), 3);
        let p = parse_phrase("investigat*").unwrap();
        assert!(p.words[0].prefix && p.words[0].text == "investigat");
        let p = parse_phrase("*’s").unwrap();
        assert!(p.words[0].suffix && p.words[0].text == "'s");
        assert_eq!(parse_phrase("to the F.B.I.").unwrap().words[2].text, "fbi");
        for bad in ["", "  ", "*", "in*ve", "*both*"] {
            assert_eq!(parse_phrase(bad), None, "{bad}");
        }
    }
}
