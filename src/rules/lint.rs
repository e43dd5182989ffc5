//! Lints for rule files: problems that load fine but cost precision or speed, found by reading
//! the rules alone. Whether rules keep their own examples needs the engine and is checked in
//! [`crate::analysis::rule_check`]; `slant rules check` runs both.

use super::{Diagnostic, RuleSet, Term};
use crate::text::{char_after, char_before, is_word_char};
use std::collections::HashMap;
use std::sync::Arc;

/// Checks a loaded rule set. Only rules defined in files for which `in_scope(file name)` holds
/// are reported (so checking a user file does not re-lint the defaults beneath it).
pub fn lint(set: &RuleSet, in_scope: &dyn Fn(&str) -> bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicate_and_shadowed_terms(set, in_scope, &mut out);
    unused_contexts(set, in_scope, &mut out);
    for rule in set.rules.iter().filter(|r| in_scope(&r.origin.file.name)) {
        let file = &rule.origin.file;
        // `unless` phrases must be able to cover one of the rule's matches.
        for (u, span) in rule.unless.iter().zip(&rule.spans.unless) {
            if rule.regex.is_none() && !rule.terms.iter().any(|t| unless_covers(u, t)) {
                out.push(
                    Diagnostic::warning(
                        file,
                        span.clone(),
                        format!(
                            "`unless` phrase `{}` of rule `{}` contains none of the rule's terms, so it can never apply",
                            u.display(),
                            rule.id
                        ),
                    )
                    .with_label("never overlaps a match"),
                );
            }
        }
        // Regexes that push the regex engine off its fast paths.
        if let (Some(re), Some(span)) = (&rule.regex, &rule.spans.regex) {
            let src = re.as_str();
            if (src.contains("\\b") || src.contains("\\B")) && !src.contains("(?-u") {
                out.push(
                    Diagnostic::warning(
                        file,
                        span.clone(),
                        format!(
                            "regex of rule `{}` uses a Unicode word boundary (\\b): matching slows down by two orders of magnitude on non-ASCII text; use (?-u:\\b) or terms",
                            rule.id
                        ),
                    )
                    .with_label("slow on non-ASCII text"),
                );
            }
        }
    }
    out
}

/// Whether an `unless` phrase contains a term as a whole word (or word prefix for `term*`).
fn unless_covers(unless: &Term, term: &Term) -> bool {
    let u = unless.text.to_lowercase().replace('’', "'");
    let t = term.text.to_lowercase().replace('’', "'");
    let mut from = 0;
    while let Some(p) = u[from..].find(&t) {
        let s = from + p;
        let e = s + t.len();
        let before_ok = !char_before(&u, s).is_some_and(is_word_char);
        let after_ok = term.prefix
            || unless.prefix && e == u.len()
            || !char_after(&u, e).is_some_and(is_word_char);
        if before_ok && after_ok {
            return true;
        }
        from = s + 1;
        while !u.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

fn key(t: &Term) -> String {
    t.text.to_lowercase().replace('’', "'")
}

fn duplicate_and_shadowed_terms(
    set: &RuleSet,
    in_scope: &dyn Fn(&str) -> bool,
    out: &mut Vec<Diagnostic>,
) {
    // First rule (in order) defining each exact term.
    let mut first: HashMap<(String, bool), usize> = HashMap::new();
    // Prefix terms (`hegemon*`) with their rule.
    let mut prefixes: Vec<(String, usize)> = Vec::new();
    for (ri, rule) in set.rules.iter().enumerate() {
        for t in &rule.terms {
            first.entry((key(t), t.prefix)).or_insert(ri);
            if t.prefix {
                prefixes.push((key(t), ri));
            }
        }
    }
    for (ri, rule) in set.rules.iter().enumerate() {
        if !in_scope(&rule.origin.file.name) {
            continue;
        }
        let file: &Arc<super::SourceText> = &rule.origin.file;
        for (t, span) in rule.terms.iter().zip(&rule.spans.terms) {
            let k = key(t);
            let owner = first[&(k.clone(), t.prefix)];
            if owner != ri {
                let other = &set.rules[owner];
                out.push(
                    Diagnostic::warning(
                        file,
                        span.clone(),
                        format!(
                            "term `{}` of rule `{}` is also in rule `{}` (category `{}`), which comes first and wins",
                            t.display(),
                            rule.id,
                            other.id,
                            set.categories[other.category].id
                        ),
                    )
                    .with_label("duplicate term"),
                );
                continue;
            }
            // A single word starting with an earlier (or same-rule) prefix term never wins.
            if !k.contains(' ') {
                if let Some((p, pr)) = prefixes.iter().find(|(p, pr)| {
                    *pr <= ri && k.starts_with(p.as_str()) && (k != *p || !t.prefix)
                }) {
                    out.push(
                        Diagnostic::warning(
                            file,
                            span.clone(),
                            format!(
                                "term `{}` of rule `{}` never matches on its own: `{}*` of rule `{}` matches the same word first",
                                t.display(),
                                rule.id,
                                p,
                                set.rules[*pr].id
                            ),
                        )
                        .with_label("shadowed term"),
                    );
                }
            }
        }
    }
}

/// A `[[context]]` no rule names in `unless_context` sets nothing aside: most likely a typo in
/// the rule that meant it, or a rule that was removed.
fn unused_contexts(set: &RuleSet, in_scope: &dyn Fn(&str) -> bool, out: &mut Vec<Diagnostic>) {
    for (i, c) in set.contexts.iter().enumerate() {
        if !in_scope(&c.origin.file.name) || set.rules.iter().any(|r| r.unless_context.contains(&i))
        {
            continue;
        }
        out.push(
            Diagnostic::warning(
                &c.origin.file,
                c.origin.span.clone(),
                format!(
                    "context `{}` is named in no rule's `unless_context`, so it sets nothing aside",
                    c.id
                ),
            )
            .with_label("unused context"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RuleSource, Severity};

    fn lint_text(rules: &str) -> Vec<Diagnostic> {
        let text = format!("[[category]]\nid = \"loaded\"\nrole = \"loaded\"\n{rules}");
        let set = RuleSet::load(&[RuleSource::new("t.toml", text)]).unwrap();
        lint(&set, &|_| true)
    }

    #[test]
    fn duplicate_and_shadowed_terms_warn() {
        let d = lint_text("[[rule]]\nid = \"a\"\ncategory = \"loaded\"\nterms = [\"puppet\", \"hegemon*\"]\n[[rule]]\nid = \"b\"\ncategory = \"loaded\"\nterms = [\"Puppet\", \"hegemony\", \"hegemonic forces\"]\n");
        let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(d.len(), 2, "{msgs:?}");
        assert!(msgs[0].contains("`Puppet` of rule `b` is also in rule `a`"));
        assert!(msgs[1].contains("`hegemony` of rule `b` never matches on its own"));
        assert!(d.iter().all(|d| d.severity == Severity::Warning));
    }

    #[test]
    fn an_unused_context_warns_where_it_is_defined() {
        let ctx = "[[context]]\nid = \"charge\"\nbefore = [\"accused of\"]\n[[context]]\nid = \"spare\"\nafter = [\"case\"]\n";
        let d = lint_text(&format!("{ctx}[[rule]]\nid = \"r\"\ncategory = \"loaded\"\nterms = [\"lying\"]\nunless_context = [\"charge\"]\n"));
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].message,
            "context `spare` is named in no rule's `unless_context`, so it sets nothing aside"
        );
        assert_eq!(d[0].location(), "t.toml:8:6");
        assert_eq!(d[0].severity, Severity::Warning);
    }

    #[test]
    fn unless_that_cannot_overlap_warns() {
        let d = lint_text("[[rule]]\nid = \"r\"\ncategory = \"loaded\"\nterms = [\"regime\"]\nunless = [\"sanctions regime\", \"visa policy\"]\n");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("`visa policy`"));
        assert_eq!(d[0].line_col().unwrap().0, 8);
    }

    #[test]
    fn unicode_word_boundary_regex_warns() {
        let d = lint_text("[[rule]]\nid = \"r\"\ncategory = \"loaded\"\nregex = '\\bso-called\\b'\n[[rule]]\nid = \"s\"\ncategory = \"loaded\"\nregex = '(?-u:\\b)fine(?-u:\\b)'\n");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("rule `r`"));
    }
}
