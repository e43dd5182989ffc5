//! Lints for rule files: problems that load fine but cost precision or speed, and rules whose
//! own examples fail. Used by `slant rules check`.

use super::{Diagnostic, RuleSet, Term, VoiceFilter};
use crate::matching::Matcher;
use crate::text::{char_after, char_before, is_word_char};
use std::collections::HashMap;
use std::sync::Arc;

/// Checks a loaded rule set. Only rules defined in files for which `in_scope(file name)` holds
/// are reported (so checking a user file does not re-lint the defaults beneath it).
pub fn lint(set: &RuleSet, in_scope: &dyn Fn(&str) -> bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicate_and_shadowed_terms(set, in_scope, &mut out);
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
    examples(set, in_scope, &mut out);
    attribution_examples(set, in_scope, &mut out);
    out
}

/// The attribution of the last body claim of a one-paragraph text (earlier sentences may
/// introduce the people it refers to): class, source name and step name.
pub fn attribution_of(
    engine: &crate::Engine,
    text: &str,
) -> Option<(&'static str, Option<String>, Option<&'static str>)> {
    let doc = crate::input::Document::new("example", format!("Headline here\n\n{text}"));
    let s = engine.score(doc);
    let body = |c: &&crate::attribution::Claim| {
        s.article.paragraphs[c.paragraph].kind == crate::article::ParagraphKind::Body
    };
    let c = s.claims.iter().rev().find(body)?;
    Some((
        c.class.name(),
        c.source.as_ref().map(|s| s.name.clone()),
        c.step.map(|s| s.name()),
    ))
}

/// `[[attribution_example]]`: each text must get the stated class, source and step.
fn attribution_examples(set: &RuleSet, in_scope: &dyn Fn(&str) -> bool, out: &mut Vec<Diagnostic>) {
    let examples: Vec<&super::AttributionExample> = set
        .attribution_examples
        .iter()
        .filter(|e| in_scope(&e.origin.file.name))
        .collect();
    if examples.is_empty() {
        return;
    }
    let engine = crate::Engine::new(set.clone());
    for e in examples {
        let got = attribution_of(&engine, &e.text);
        let fits = got.as_ref().is_some_and(|(class, source, step)| {
            *class == e.class
                && *source == e.source
                && e.step.as_ref().is_none_or(|s| Some(s.as_str()) == *step)
        });
        if fits {
            continue;
        }
        let show = |class: &str, source: Option<&str>, step: Option<&str>| {
            let mut t = class.to_string();
            if let Some(s) = source {
                t.push_str(&format!(", source `{s}`"));
            }
            if let Some(s) = step {
                t.push_str(&format!(", step `{s}`"));
            }
            t
        };
        let expected = show(&e.class, e.source.as_deref(), e.step.as_deref());
        let found = match &got {
            Some((class, source, step)) => show(class, source.as_deref(), *step),
            None => "no claim".to_string(),
        };
        out.push(
            Diagnostic::error(
                &e.origin.file,
                e.origin.span.clone(),
                format!("attribution example: expected {expected}; found {found}"),
            )
            .with_label("attribution differs"),
        );
    }
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

fn examples(set: &RuleSet, in_scope: &dyn Fn(&str) -> bool, out: &mut Vec<Diagnostic>) {
    let matcher = Matcher::new(set);
    for (ri, rule) in set.rules.iter().enumerate() {
        if !in_scope(&rule.origin.file.name) {
            continue;
        }
        let quoted = rule.voice == VoiceFilter::Quoted;
        let matches_rule = |text: &str| {
            let mut found = Vec::new();
            matcher.find(text, 0, &|_| quoted, &mut found);
            found.iter().any(|m| m.rule == ri)
        };
        let file = &rule.origin.file;
        for (ex, span) in rule.examples.iter().zip(&rule.spans.examples) {
            if !matches_rule(ex) {
                out.push(
                    Diagnostic::error(
                        file,
                        span.clone(),
                        format!("example of rule `{}` does not match: {ex:?}", rule.id),
                    )
                    .with_label("expected a match of this rule"),
                );
            }
        }
        for (ex, span) in rule.counterexamples.iter().zip(&rule.spans.counterexamples) {
            if matches_rule(ex) {
                out.push(
                    Diagnostic::error(
                        file,
                        span.clone(),
                        format!("counterexample of rule `{}` matches: {ex:?}", rule.id),
                    )
                    .with_label("expected no match of this rule"),
                );
            }
        }
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
    fn default_rules_are_clean() {
        let set = RuleSet::default_rules();
        let diags = lint(&set, &|_| true);
        let msgs: Vec<String> = diags
            .iter()
            .map(|d| format!("{}: {}", d.location(), d.message))
            .collect();
        assert!(diags.is_empty(), "{}", msgs.join("\n"));
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

    #[test]
    fn default_attribution_examples_are_checked_and_a_wrong_one_fails() {
        let set = RuleSet::default_rules();
        assert!(set.attribution_examples.len() >= 10);
        let mut srcs = RuleSource::defaults();
        srcs.push(RuleSource::new(
            "u.toml",
            "[[attribution_example]]\ntext = \"Officials said the talks had stalled.\"\nclass = \"named\"\nsource = \"officials\"\n",
        ));
        let set = RuleSet::load(&srcs).unwrap();
        let d = lint(&set, &|f| f == "u.toml");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].location(), "u.toml:2:8");
        assert!(
            d[0].message.contains(
                "expected named, source `officials`; found anonymous, source `officials`"
            ),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn failing_examples_are_errors() {
        let d = lint_text("[[rule]]\nid = \"r\"\ncategory = \"loaded\"\nterms = [\"regime\"]\nexamples = [\"The regime fell.\", \"The regimes fell.\"]\ncounterexamples = [\"A regime change.\"]\n");
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d.iter().all(|d| d.severity == Severity::Error));
        assert!(d[0]
            .message
            .contains("does not match: \"The regimes fell.\""));
        assert!(d[1].message.contains("counterexample of rule `r` matches"));
    }
}
