//! Checks a rule set against its own examples by running the engine: every rule's `examples`
//! must match it and its `counterexamples` must not; every `[[attribution_example]]` must get the
//! stated class, source and step. With the static lints of [`crate::rules::lint`] this is what
//! `slant rules check` reports.

use crate::engine::Engine;
use crate::matching::Matcher;
use crate::rules::{lint, Diagnostic, RuleSet, VoiceFilter};

/// Every diagnostic of a loaded rule set: the static lints, then failing examples. Only rules
/// defined in files for which `in_scope(file name)` holds are reported.
pub fn check(set: &RuleSet, in_scope: &dyn Fn(&str) -> bool) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = set
        .warnings
        .iter()
        .filter(|d| d.file.as_ref().is_none_or(|f| in_scope(&f.name)))
        .cloned()
        .collect();
    out.extend(lint::lint(set, in_scope));
    term_examples(set, in_scope, &mut out);
    attribution_examples(set, in_scope, &mut out);
    out
}

/// The attribution of the last body claim of a one-paragraph text (earlier sentences may
/// introduce the people it refers to): class, source name and step name.
pub fn attribution_of(
    engine: &Engine,
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
    let examples: Vec<&crate::rules::AttributionExample> = set
        .attribution_examples
        .iter()
        .filter(|e| in_scope(&e.origin.file.name))
        .collect();
    if examples.is_empty() {
        return;
    }
    let engine = Engine::new(set.clone());
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

/// Each rule's `examples` must match it and its `counterexamples` must not.
fn term_examples(set: &RuleSet, in_scope: &dyn Fn(&str) -> bool, out: &mut Vec<Diagnostic>) {
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

    fn check_text(rules: &str) -> Vec<Diagnostic> {
        let text = format!("[[category]]\nid = \"loaded\"\nrole = \"loaded\"\n{rules}");
        let set = RuleSet::load(&[RuleSource::new("t.toml", text)]).unwrap();
        check(&set, &|_| true)
    }

    /// The default packs pass every lint and keep every example.
    #[test]
    fn default_rules_are_clean_and_keep_their_examples() {
        let set = RuleSet::default_rules();
        let diags = check(&set, &|_| true);
        let msgs: Vec<String> = diags
            .iter()
            .map(|d| format!("{}: {}", d.location(), d.message))
            .collect();
        assert!(diags.is_empty(), "{}", msgs.join("\n"));
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
        let d = check(&set, &|f| f == "u.toml");
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
        let d = check_text("[[rule]]\nid = \"r\"\ncategory = \"loaded\"\nterms = [\"regime\"]\nexamples = [\"The regime fell.\", \"The regimes fell.\"]\ncounterexamples = [\"A regime change.\"]\n");
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d.iter().all(|d| d.severity == Severity::Error));
        assert!(d[0]
            .message
            .contains("does not match: \"The regimes fell.\""));
        assert!(d[1].message.contains("counterexample of rule `r` matches"));
    }
}
