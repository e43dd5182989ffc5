//! The sourcing conventions of issue 16, each with the issue's own sentence and five more of the
//! same pattern: unnamed spokespeople, officials and sources are anonymous even with their
//! organisation named, a spokesperson for a named organisation speaks for it, a relative clause
//! about anonymity never holds the cue, a trailing attribution owns its sentence.

use super::*;
use crate::input::Document;
use crate::rules::RuleSet;
use crate::Engine;

/// Class, source and cue of the last body claim of `text`.
fn last(text: &str) -> (ClaimClass, Option<String>, Option<String>) {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("t", format!("Headline here\n\n{text}")));
    let c = s
        .claims
        .into_iter()
        .rfind(|c| s.article.paragraphs[c.paragraph].kind == ParagraphKind::Body)
        .unwrap_or_else(|| panic!("no claim in {text}"));
    (c.class, c.source.map(|s| s.name), c.cue.map(|c| c.text))
}

fn check(cases: &[&str], class: ClaimClass, source: impl Fn(usize) -> Option<&'static str>) {
    let mut bad = Vec::new();
    for (i, t) in cases.iter().enumerate() {
        let got = last(t);
        let want_source = source(i);
        if got.0 != class || (want_source.is_some() && got.1.as_deref() != want_source) {
            bad.push(format!("{t}\n    got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn an_unnamed_spokesperson_is_anonymous() {
    check(
        &[
            "“We will look at all options,” a ministry spokesman told reporters.",
            "A government spokeswoman said the plan would go ahead.",
            "A police spokesman said two people were arrested.",
            "“No decision has been made,” a palace spokeswoman said.",
            "An army spokesperson told reporters the drills were routine.",
            "The talks will resume on Monday, a foreign ministry spokesman said.",
            "A ministry spokeswoman declined to comment on the report.",
        ],
        ClaimClass::Anonymous,
        |_| None,
    );
}

#[test]
fn a_spokesperson_for_a_named_organisation_speaks_for_it() {
    let orgs = [
        "Coca-Cola",
        "Pentagon",
        "Google",
        "Toyota",
        "White House",
        "Exxon Mobil",
    ];
    check(
        &[
            "A Coca-Cola spokesman said the company would appeal.",
            "A Pentagon spokeswoman said the review was complete.",
            "“We are reviewing the decision,” a Google spokesperson said.",
            "A spokesman for Toyota said production would resume.",
            "A White House spokesman told reporters the president had been briefed.",
            "An Exxon Mobil spokeswoman declined to comment.",
        ],
        ClaimClass::Named,
        |i| Some(orgs[i]),
    );
}

#[test]
fn a_relative_clause_about_anonymity_never_holds_the_cue() {
    let cases = [
        "Two officials familiar with the negotiations, who spoke on condition of anonymity because they were not authorised to discuss the matter, said the consortium had promised to build the plant.",
        "Three people familiar with the plan, who asked not to be named because the talks are private, said the deal could close this week.",
        "A senior official, who spoke on condition of anonymity to discuss internal deliberations, said the vote would be delayed.",
        "Two diplomats, who spoke on condition of anonymity because they were not authorized to comment publicly, said the meeting had been tense.",
        "One aide, who was not authorized to speak on the record, said the senator was furious.",
        "An official who spoke on the condition of anonymity because he was not permitted to discuss the investigation said agents had seized documents.",
    ];
    for t in cases {
        let (class, _, cue) = last(t);
        assert_eq!(
            (class, cue.as_deref()),
            (ClaimClass::Anonymous, Some("said")),
            "{t}"
        );
    }
}

#[test]
fn unnamed_officials_are_anonymous_even_with_their_organisation_named() {
    check(
        &[
            "F.B.I. officials said the inquiry was continuing.",
            "A Democratic source said the vote would be close.",
            "One West Virginia official said turnout was high.",
            "Pentagon officials told reporters the strike had hit its target.",
            "People familiar with the matter said Apple was in talks to buy the firm.",
            "A person briefed on the negotiations said the offer was rejected.",
            "Trump aides said he would not attend the dinner.",
            "Analysts at Goldman Sachs said growth would slow.",
        ],
        ClaimClass::Anonymous,
        |_| None,
    );
}

#[test]
fn a_trailing_attribution_owns_the_sentence() {
    let cases = [
        "The consortium had promised to build a plant and hire local workers, officials said.",
        "Prices rose after the minister announced new taxes, analysts said.",
        "The rebels had rejected the offer, two diplomats said.",
        "The senator criticized the bill and demanded changes, aides said.",
        "The army denied the report and blamed the militants, residents said.",
        "Voters expressed anger at the plan, officials said.",
    ];
    for t in cases {
        let (class, _, cue) = last(t);
        assert_eq!(
            (class, cue.as_deref()),
            (ClaimClass::Anonymous, Some("said")),
            "{t}"
        );
    }
}
