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

/// Asserts that each text's last claim is `named`, its source matching the expected name by
/// `same(got, want)`; lists every case that fails.
fn assert_named(cases: &[(&str, &str)], same: fn(&str, &str) -> bool) {
    let mut bad = Vec::new();
    for (text, want) in cases {
        let got = last(text);
        if got.0 != ClaimClass::Named || !got.1.as_deref().is_some_and(|s| same(s, want)) {
            bad.push(format!("{text}\n    want {want:?} got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
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

/// Each claim of a document: its paragraph, class and source's name.
fn claim_rows(engine: &Engine, text: &str) -> Vec<(usize, ClaimClass, Option<String>)> {
    let s = engine.score(Document::new("t", text.to_string()));
    s.claims
        .iter()
        .map(|c| {
            (
                c.paragraph,
                c.class,
                c.source.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect()
}

/// Asserts each text's last claim: its class, its source (exactly, `None` for none) and, when
/// given, its cue; lists every case that fails.
fn assert_last(cases: &[(&str, ClaimClass, Option<&str>, Option<&str>)]) {
    let mut bad = Vec::new();
    for &(text, class, source, cue) in cases {
        let got = last(text);
        let cue_ok = cue.is_none() || got.2.as_deref() == cue;
        if got.0 != class || got.1.as_deref() != source || !cue_ok {
            bad.push(format!("{text}\n    got {got:?}"));
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

/// An unnamed person described by what they are ("a teacher", "a witness") is an unnamed source,
/// also with an adverb between them and the cue.
#[test]
fn an_unnamed_person_described_by_role_is_anonymous() {
    let cases = [
        (
            "Mohamed brought the clock he made to school, and a teacher mistakenly thought it resembled a bomb.",
            "a teacher",
        ),
        ("A witness told police the car had been speeding.", "A witness"),
        ("A neighbour said the family had moved away in May.", "A neighbour"),
        ("One voter said she would stay at home.", "One voter"),
        ("An employee later said the files had been deleted.", "An employee"),
        ("“Nobody told us,” a nurse said.", "a nurse"),
        ("300 doctors said the ward was unsafe.", "300 doctors"),
    ];
    for (text, source) in cases {
        let (class, got, _) = last(text);
        assert_eq!(
            (class, got),
            (ClaimClass::Anonymous, Some(source.to_lowercase())),
            "{text}"
        );
    }
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
    // A participle after the speaker's own cue is no trailing attribution, nor anyone's cue.
    assert_last(&[(
        "''I am more skilled with my hands than with my brain,'' said Robin Maynard, half joking.",
        ClaimClass::Named,
        Some("Robin Maynard"),
        Some("said"),
    )]);
}

/// A closing "according to" owns its sentence however long the description of its source, and
/// whatever nouns of saying that holds; a quotation with its own speaker stays that speaker's.
#[test]
fn a_closing_according_to_owns_the_sentence_but_a_quote_keeps_its_speaker() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        (
            "Sanders and Clinton are nearing an agreement that would see him endorse her in New Hampshire on Tuesday, according to Democrats involved in the negotiations and planning.",
            Anonymous,
            Some("democrats"),
            Some("according to"),
        ),
        (
            "The deal would see him step down next year, according to a statement from the ministry.",
            Anonymous,
            Some("a statement from the ministry"),
            Some("according to"),
        ),
        (
            "The company expects to cut 2,000 jobs, according to officials involved in the restructuring talks.",
            Anonymous,
            Some("officials"),
            Some("according to"),
        ),
        (
            "The plan would see rents frozen for two years, according to Republicans familiar with the draft.",
            Anonymous,
            Some("republicans"),
            Some("according to"),
        ),
        (
            "Bernie Sanders netted more money from people who listed themselves as teachers, according to a POLITICO analysis of FEC records.",
            Named,
            Some("POLITICO"),
            Some("according to"),
        ),
        (
            "The move would see troops withdrawn by spring, according to two people briefed on the discussions.",
            Anonymous,
            Some("two people briefed on the discussions"),
            Some("according to"),
        ),
        // The quotation's own speaker.
        (
            "“We will win,” Smith said on Tuesday, according to a transcript released by his office.",
            Named,
            Some("Smith"),
            Some("said"),
        ),
        (
            "“We're still winning hearts and minds every day,” Mr. Pence said during the session, according to audio provided to The Times.",
            Named,
            Some("Pence"),
            Some("said"),
        ),
        (
            "“Delegates should be able to vote the way they see fit,” Walker said, according to an Associated Press account.",
            Named,
            Some("Walker"),
            Some("said"),
        ),
    ]);
}

/// "One Democrat familiar with the discussion", "a senior Republican": a party member nobody
/// names is an unnamed source, not a name ("Democrat").
#[test]
fn an_unnamed_party_member_is_an_unnamed_source() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "“It wasn't a convincing argument,” said one Democrat familiar with the discussion.",
            Anonymous,
            Some("one democrat"),
            Some("said"),
        ),
        (
            "“You're going to see a massive ad spend,” said one Republican involved in the planning, who spoke on the condition of anonymity.",
            Anonymous,
            Some("one republican"),
            Some("said"),
        ),
        (
            "That message mirrored the one he had delivered, according to a Democrat familiar with the meeting.",
            Anonymous,
            Some("a democrat"),
            Some("according to"),
        ),
        (
            "A senior Republican said the vote would be delayed.",
            Anonymous,
            Some("a senior republican"),
            Some("said"),
        ),
        (
            "Another Democrat told reporters the bill was dead.",
            Anonymous,
            Some("another democrat"),
            Some("told"),
        ),
        (
            "“Meh,” wrote a Trump supporter who runs the Twitter account @WomenForTrump.",
            Anonymous,
            Some("a trump supporter"),
            Some("wrote"),
        ),
    ]);
}

/// "It" stands for an organisation, never a person ("its annual report" after "Jane Smith
/// said"); the "it" of "it is hard to say" stands for nobody.
#[test]
fn it_is_an_organisation_or_nobody() {
    use ClaimClass::{Agentless, Anonymous, Named};
    check_at(&[
        (
            "Jane Smith said the plant would close.\n\nThe company lost $3 billion last year, according to its annual report.",
            "The company lost",
            Anonymous,
            Some("its annual report"),
        ),
        (
            "Microsoft said it would invest. Analyst Jane Smith said the deal was sound.\n\nIt said the talks would go on.",
            "It said the talks",
            Named,
            Some("Microsoft"),
        ),
        (
            "Senator John Kerry said the vote was close.\n\nIt is hard to say how the bill will fare.",
            "It is hard",
            Agentless,
            None,
        ),
        (
            "Senator John Kerry said the vote was close.\n\nIt's worth noting there is little love lost between them.",
            "It's worth",
            Agentless,
            None,
        ),
        (
            "Senator John Kerry said the vote was close.\n\nIt is too soon to say how severe the damage might be.",
            "It is too soon",
            Agentless,
            None,
        ),
        (
            "Senator John Kerry said the vote was close.\n\nIt seems unfair to tell the workers they must wait.",
            "It seems",
            Agentless,
            None,
        ),
    ]);
}

/// People in the plural of a role noun are an unnamed source, in lower case too; where an
/// inverted cue's speaker comes from is no part of them.
#[test]
fn unnamed_people_by_role_and_origin_are_anonymous() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "Politicians and even some technologists say the account shows how efforts have failed.",
            Anonymous,
            // (A focus adverb is no part of the subject.)
            Some("some technologists"),
            Some("say"),
        ),
        (
            "However, five past and current employees separately told The Post that the company offers no paid leave.",
            Anonymous,
            Some("current employees"),
            Some("told"),
        ),
        (
            "The rally went ahead, and local shopkeepers said business was down.",
            Anonymous,
            Some("local shopkeepers"),
            Some("said"),
        ),
        (
            "Pollsters have offered fewer caveats to Trump's lead in New Hampshire.",
            Anonymous,
            Some("pollsters"),
            Some("offered"),
        ),
        (
            "“We don't have freedom of opinion anymore,” tweeted a German user from Hanover.",
            Anonymous,
            Some("a german user"),
            Some("tweeted"),
        ),
        (
            "“We don't have freedom,” wrote one Twitter user.",
            Anonymous,
            Some("one twitter user"),
            Some("wrote"),
        ),
        (
            "“Will he be the next attorney general?” a Democratic staffer in the room wondered. “He might be,” a Democratic staffer in the room said.",
            Anonymous,
            Some("a democratic staffer"),
            Some("said"),
        ),
    ]);
}

/// A company never stands for a public body named before it, and an institution's possessive
/// before a noun cue is the institution, never a person named before.
#[test]
fn a_company_is_no_public_body_and_an_institutions_statement_is_its_own() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "The White House did not respond to a request for comment.\n\nIn a statement, the company said it would cooperate with investigators.",
            "the company said",
            Anonymous,
            Some("the company"),
        ),
        (
            "The Securities and Exchange Commission said it was investigating.\n\nThe company said it would cooperate.",
            "The company said",
            Anonymous,
            Some("the company"),
        ),
        (
            "Boeing said deliveries would resume. The Justice Department said the inquiry was closed.\n\nThe company said it welcomed the decision.",
            "The company said",
            Named,
            Some("Boeing"),
        ),
        (
            "“This is a disaster,” said Maria Gonzalez, whose shop was destroyed.\n\nThe ministry's statement did not say how many soldiers had died.",
            "The ministry's",
            Anonymous,
            Some("the ministry's"),
        ),
        (
            "The Defence Ministry said 40 soldiers had died. “This is a disaster,” said Maria Gonzalez.\n\nThe ministry's statement did not say where.",
            "The ministry's",
            Named,
            Some("Defence Ministry"),
        ),
        // An institution with a name of its own is not the one named before.
        (
            "Russia's defence ministry said its forces had taken the village.\n\nThe Hamas-run health ministry in Gaza said 30 people had been killed.",
            "The Hamas-run",
            Anonymous,
            Some("the hamas-run health ministry"),
        ),
        (
            "Cameron said he would meet Trump.\n\nThe Times newspaper also reported that Cameron had ordered diplomats to repair relations.",
            "The Times newspaper",
            Named,
            Some("Times"),
        ),
        (
            "Russia's defence ministry said its forces had taken the village.\n\nThe ministry added that the strikes would continue.",
            "The ministry added",
            Named,
            Some("Russia"),
        ),
    ]);
}

/// A past-participle phrase set off by commas between the subject and the cue leaves the subject
/// the speaker.
#[test]
fn what_an_unnamed_source_is_close_to_is_no_part_of_it() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "The deal will collapse by Friday, a Democrat close to the White House said.",
            Anonymous,
            Some("a democrat"),
            Some("said"),
        ),
        (
            "A Republican close to the leadership said the vote would slip.",
            Anonymous,
            Some("a republican"),
            Some("said"),
        ),
        (
            "A diplomat familiar with the talks said the sides were far apart.",
            Anonymous,
            Some("a diplomat"),
            Some("said"),
        ),
        (
            "One aide involved in the negotiations said the bill would pass.",
            Anonymous,
            Some("one aide"),
            Some("said"),
        ),
        (
            "A Democrat briefed on the plan said it would cost $2 billion.",
            Anonymous,
            Some("a democrat"),
            Some("said"),
        ),
    ]);
}

#[test]
fn a_name_set_off_after_a_description_of_its_bearer_speaks() {
    use ClaimClass::Named;
    assert_last(&[
        ("\"We are not going to support this bill,\" said one Democrat, Senator Joe Manchin.", Named, Some("Joe Manchin"), Some("said")),
        ("\"We will look at all options,\" said a Pentagon spokesman, John Kirby.", Named, Some("John Kirby"), Some("said")),
        ("\"The talks were useful,\" said the company's chief executive, John Stumpf.", Named, Some("John Stumpf"), Some("said")),
        ("\"We are ready,\" said the party's leader, Keir Starmer, on Monday.", Named, Some("Keir Starmer"), Some("said")),
        ("According to the Afghan team's coach, Alireza Mehraban, the robot scored well.", Named, Some("Alireza Mehraban"), Some("according to")),
        ("\"He was a good man,\" said his wife, Jane.", Named, Some("Jane"), Some("said")),
        ("\"We will recover,\" said its chief executive, Mary Barra.", Named, Some("Mary Barra"), Some("said")),
        ("\"It was hard,\" said his sister, Keyana Dixon, on Monday.", Named, Some("Keyana Dixon"), Some("said")),
        // Not after a name: the Herald is the source, Burrows the subject of the next verb.
        ("According to the New Zealand Herald, Professor John Burrows said the flag had never been chosen.", Named, Some("New Zealand Herald"), Some("according to")),
    ]);
}

#[test]
fn and_inside_an_organisations_name_joins_it() {
    use ClaimClass::Named;
    assert_last(&[
        ("The Centers for Disease Control and Prevention said the outbreak had slowed.", Named, Some("Centers for Disease Control and Prevention"), Some("said")),
        ("The Department of Health and Human Services said the rule would change.", Named, Some("Department of Health and Human Services"), Some("said")),
        ("The Office of Management and Budget said the cost was high.", Named, Some("Office of Management and Budget"), Some("said")),
        ("The Food and Drug Administration said the drug was safe.", Named, Some("Food and Drug Administration"), Some("said")),
        ("The drug is safe, according to the Food and Drug Administration.", Named, Some("Food and Drug Administration"), Some("according to")),
        ("A 2009 report by the progressive Center for Economic and Policy Research found that the tax would raise $220 billion.", Named, Some("Center for Economic and Policy Research"), Some("found")),
        // Two sources stay two.
        ("Putin and Biden said the talks were useful.", Named, Some("Putin and Biden"), Some("said")),
        ("The Justice Department and FBI said the case was closed.", Named, Some("Justice Department and FBI"), Some("said")),
        ("The National Institute of Allergy and Infectious Diseases said the trial was promising.", Named, Some("National Institute of Allergy and Infectious Diseases"), Some("said")),
        // Review 11: one word and an association's name; "for the" after an organisation's
        // word; a staff is no one's name after an office.
        ("The Computer and Communications Industry Association warned that fines would hurt investment.", Named, Some("Computer and Communications Industry Association"), Some("warned")),
        ("The Institute for the Study of War said Russian advances were marginal.", Named, Some("Institute for the Study of War"), Some("said")),
        ("The Institute for the Study of War, a Washington-based think tank, said Russian advances were marginal.", Named, Some("Institute for the Study of War"), Some("said")),
        ("The General Staff of Ukraine's armed forces said troops repelled 27 attacks.", Named, Some("General Staff of Ukraine"), Some("said")),
        ("The Association of American Railroads said costs would rise.", Named, Some("Association of American Railroads"), Some("said")),
    ]);
}

/// Two organisations named one after the other are never fused into one name (which of them
/// a claim goes to is not asserted here).
#[test]
fn and_between_two_organisations_fuses_nothing() {
    let cases = [
        ("The Ministry of Defence and Ukraine's military said the drone had been shot down.", "Ministry of Defence and Ukraine"),
        ("Bank of America and Wells Fargo said they would waive fees.", "Bank of America and Wells Fargo"),
        ("The University of California and Stanford said they would cut tuition.", "University of California and Stanford"),
        ("The Department of Education and Harvard University said they had settled.", "Department of Education and Harvard University"),
        ("The Society of Professional Journalists and Reporters Without Borders condemned the arrest.", "Society of Professional Journalists and Reporters Without Borders"),
        ("The Bureau of Prisons and U.S. Marshals said the inmate had been captured.", "Bureau of Prisons and U.S. Marshals"),
        ("The Department of Labor and Amazon said they had reached an agreement.", "Department of Labor and Amazon"),
        ("The Ministry of Health and Pfizer said the shipments would arrive on Monday.", "Ministry of Health and Pfizer"),
        ("The Department of Justice and Boeing said they had reached a plea deal.", "Department of Justice and Boeing"),
    ];
    for (text, fused) in cases {
        let (_, source, _) = last(text);
        assert_ne!(source.as_deref(), Some(fused), "{text}");
        assert!(source.is_some(), "{text}: no source");
    }
}

/// "found" and "show" report a finding with a document, a figure or an investigator for a
/// subject, or a finding for an object; a person's act is no claim.
#[test]
fn found_and_show_report_findings_not_acts() {
    use ClaimClass::*;
    assert_last(&[
        ("Police found a body in the river on Tuesday.", Unattributed, None, None),
        ("Trump hasn't found the way to do that, at least so far.", Unattributed, None, None),
        (
            "I had steeled myself not to show expression even if I got two years.",
            Unattributed,
            None,
            None,
        ),
        ("The president showed restraint during the meeting.", Unattributed, None, None),
        (
            "In New Hampshire, Sanders found a receptive audience for his message.",
            Unattributed,
            None,
            None,
        ),
        (
            "On CNN's Anderson Cooper 360 and the MSNBC, Fox and CNN morning shows, about one in three of the voices were women.",
            Unattributed,
            None,
            None,
        ),
        (
            "The study found higher rates of asthma near the plant.",
            Anonymous,
            Some("the study"),
            Some("found"),
        ),
        (
            "Exit polling shows he won 83% of voters under 30 in Pennsylvania.",
            Anonymous,
            Some("exit polling"),
            Some("shows"),
        ),
        (
            "Investigators found the pilot had not slept.",
            Anonymous,
            Some("investigators"),
            Some("found"),
        ),
        (
            "Special counsel Robert Mueller found no evidence of a conspiracy.",
            Named,
            Some("Robert Mueller"),
            Some("found"),
        ),
        (
            "Clinton has kept her support among black voters, Fox found.",
            Named,
            Some("Fox News"),
            Some("found"),
        ),
        (
            "Gallup finds states shifting toward the GOP.",
            Named,
            Some("Gallup"),
            Some("finds"),
        ),
    ]);
}

/// A court, a ministry or another body the narration names stands behind a later "the court"
/// or "it", never a person the article names only by surname; an institution's word that only
/// described a person's role ("Health ministry spokesperson Adrian Chikumbe") is not that person.
#[test]
fn an_institution_word_is_never_a_person() {
    use ClaimClass::*;
    let court = "WASHINGTON (AP) — The Supreme Court ruled on Thursday that the Bureau of Land Management overstepped its authority when it cancelled the grazing permit of Elias Whitlock.\n\nWhitlock, 67, argued that he was never given a chance to contest the findings.\n\n";
    assert_last(&[
        (
            &format!("{court}The court agreed."),
            Named,
            Some("Supreme Court"),
            Some("agreed"),
        ),
        (
            &format!("{court}The court agreed. It said the bureau must hold a hearing first."),
            Named,
            Some("Supreme Court"),
            Some("said"),
        ),
        (
            "The European Court of Justice ruled that the fine stood.\n\nThe court said the company had abused its position.",
            Named,
            Some("European Court of Justice"),
            Some("said"),
        ),
        (
            "Health ministry spokesperson Adrian Chikumbe said the number of new cases had risen sharply.\n\nAccording to the ministry, 21 of the country's 29 districts have now reported at least one case.",
            Anonymous,
            Some("the ministry"),
            None,
        ),
        (
            "Ministry of Defence spokesperson James Hart said the contract was under review.\n\nThe ministry said no payments had been made.",
            Named,
            Some("Ministry of Defence"),
            Some("said"),
        ),
        (
            "Foreign Ministry spokeswoman Mao Ning said China opposed the deal.\n\nThe ministry said it would respond.",
            Named,
            Some("Foreign Ministry"),
            Some("said"),
        ),
        (
            "The Supreme Court sent the case back to Texas on Monday.\n\nThe appeals court said it would hear new arguments in June.",
            Anonymous,
            Some("the appeals court"),
            Some("said"),
        ),
        (
            "Agency spokesman Tom Reyes said the review was over.\n\nThe agency said it would publish the findings.",
            Anonymous,
            Some("the agency"),
            None,
        ),
        (
            "The consumer group Public Citizen said the deal should be blocked. More than 100,000 people signed a petition, according to the group.",
            Named,
            Some("Public Citizen"),
            None,
        ),
    ]);
}

/// Names in full: a department's topic after "and" ends its name ("Department of Labor and
/// Industry"); an unlisted first name after a title or a word in lower case is part of the name
/// a surname stands for ("Justices Elena Kagan and Ketanji Brown Jackson … Jackson"); a name set
/// off after a possessive pronoun's description of a person speaks ("according to his sister,
/// Ana Ramirez").
#[test]
fn names_in_full() {
    use ClaimClass::*;
    assert_last(&[
        (
            "The state's Department of Labor and Industry said that factory employment had reached its highest level since 2008.",
            Named,
            Some("Department of Labor and Industry"),
            Some("said"),
        ),
        (
            "The Department of Labor and Industry said that employment rose.",
            Named,
            Some("Department of Labor and Industry"),
            None,
        ),
        (
            "The Office of Management and Budget said that spending rose.",
            Named,
            Some("Office of Management and Budget"),
            None,
        ),
        (
            "Justice Sonia Sotomayor wrote in dissent that the ruling went too far. She was joined by Justices Elena Kagan and Ketanji Brown Jackson.\n\nJackson also wrote a separate dissent, arguing that the majority had ignored precedent.",
            Named,
            Some("Ketanji Brown Jackson"),
            None,
        ),
        (
            "But it turns out that Rubio donor Luther Stan Pate IV—a Tuscaloosa real estate developer—paid for the plane.\n\nPate said he backs no candidate.",
            Named,
            Some("Luther Stan Pate"),
            Some("said"),
        ),
        (
            "\"Families are waiting with no information,\" said Maria Alvarado, the group's director.\n\nAmong those detained was Jose Ramirez, 34, who has worked at the plant for nine years, according to his sister, Ana Ramirez.",
            Named,
            Some("Ana Ramirez"),
            Some("according to"),
        ),
        (
            "\"Families are waiting with no information,\" said Maria Alvarado, the group's director.\n\nAmong those detained was Jose Ramirez, according to his sister, Ana Ramirez.\n\n\"He pays taxes,\" she said.",
            Named,
            Some("Ana Ramirez"),
            Some("said"),
        ),
        (
            "The man was detained on Monday, according to his lawyer, Daniel Park.",
            Named,
            Some("Daniel Park"),
            None,
        ),
        (
            "The family was never told, according to their pastor, Tomas Quintero.",
            Named,
            Some("Tomas Quintero"),
            None,
        ),
    ]);
}

/// "The analysts" right after "Analysts at Morgan Stanley said" is that unnamed source with its
/// description, not a second one; a closing "according to" keeps the sentence when a clause
/// about its source's anonymity follows it.
#[test]
fn unnamed_plurals_keep_their_description() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Analysts at Morgan Stanley said in a note to clients that the delay was unlikely to hurt revenue.\n\n\"Customers are loyal until they aren't,\" the analysts wrote.",
            Anonymous,
            Some("analysts at morgan stanley"),
            Some("wrote"),
        ),
        (
            "Two officials who spoke on condition of anonymity said the operation had been planned for more than a year.\n\nThe officials said investigators had used payroll records.",
            Anonymous,
            Some("two officials"),
            Some("said"),
        ),
        (
            "Multiple sources said the list was bought last year. It also includes commercial data, the sources said.",
            Anonymous,
            Some("multiple sources"),
            Some("said"),
        ),
        (
            "Former officials said the case was weaker. The officials said they think the actions were more serious.",
            Anonymous,
            Some("former officials"),
            Some("said"),
        ),
        (
            "Organizers said 5,000 people came. The organizers said more were expected.",
            Anonymous,
            Some("the organizers"),
            Some("said"),
        ),
        (
            "The postponement was discussed at a board meeting last week, according to two people familiar with the matter, who asked not to be identified because the deliberations were private.",
            Anonymous,
            Some("two people familiar with the matter"),
            Some("according to"),
        ),
        (
            "The plan was approved on Monday, according to three officials, who spoke on condition of anonymity because they were not authorized to discuss it.",
            Anonymous,
            Some("three officials"),
            Some("according to"),
        ),
        (
            "It can kill within hours if left untreated, though most cases respond to oral rehydration salts.",
            Unattributed,
            None,
            None,
        ),
        ("Most patients responded well to the new drug.", Unattributed, None, None),
        ("We rate this claim False.", Unattributed, None, None),
    ]);
}

/// Clergy's titles are no part of a name; a level of government's adjective before a document
/// names nobody; "its … report" after an institution named before is that institution's, also
/// when the sentence calls it by its word ("The bureau manages …, according to its … report").
#[test]
fn titles_adjectives_and_an_institutions_own_report() {
    use ClaimClass::*;
    assert_last(&[
        (
            "\"People are afraid to go to work,\" said the Rev. Tomas Quintero of St. Mary's Church in Lexington.",
            Named,
            Some("Tomas Quintero"),
            Some("said"),
        ),
        (
            "Christian Rev. Derek Penwell said the world lost a voice.",
            Named,
            Some("Derek Penwell"),
            Some("said"),
        ),
        (
            "Imam Khalid Latif said the books were dangerous.",
            Named,
            Some("Khalid Latif"),
            Some("said"),
        ),
        // (A surname or a company that is a clergy word keeps its own title or name.)
        (
            "Rep. Rob Bishop said the bill was flawed.",
            Named,
            Some("Rob Bishop"),
            Some("said"),
        ),
        (
            "Dr. Ana Pastor said the clinic would open in May.",
            Named,
            Some("Ana Pastor"),
            Some("said"),
        ),
        (
            "Cardinal Health said it would pay $20 million.",
            Named,
            Some("Cardinal Health"),
            Some("said"),
        ),
        (
            "Rabbi Sharon Brous said the community would rebuild.",
            Named,
            Some("Sharon Brous"),
            Some("said"),
        ),
        (
            "Manufacturing employment has been flat, according to the Federal Reserve Bank of Philadelphia.\n\nFederal data show the state gained roughly 5,500 such jobs over that period.",
            Anonymous,
            Some("federal data"),
            Some("show"),
        ),
        (
            "The Federal Reserve Bank of Philadelphia said growth had slowed.\n\nState figures show that 900 plants closed.",
            Anonymous,
            Some("state figures"),
            None,
        ),
        (
            "The Bureau of Land Management said it would review the ruling.\n\nThe bureau manages about 155 million acres of grazing land, according to its most recent annual report.",
            Named,
            Some("Bureau of Land Management"),
            Some("according to"),
        ),
        (
            "The Bureau of Land Management said it would review the ruling.\n\nAccording to its most recent annual report, the bureau manages about 155 million acres of grazing land.",
            Named,
            Some("Bureau of Land Management"),
            Some("according to"),
        ),
        (
            "The Supreme Court ruled that the Bureau of Land Management overstepped its authority.\n\nA spokesperson for the Interior Department, which oversees the bureau, declined to comment.\n\nThe bureau manages about 155 million acres of grazing land, according to its most recent annual report.",
            Named,
            Some("Bureau of Land Management"),
            Some("according to"),
        ),
        (
            "The council's answer is a network of tanks that its consultants say will hold the water.",
            Anonymous,
            Some("its consultants"),
            Some("say"),
        ),
    ]);
}

/// "appeared" with an impression after it is an evidential hedge (whose impression?); appearing
/// somewhere is none.
#[test]
fn an_impression_that_appeared_is_agentless() {
    use ClaimClass::*;
    assert_last(&[
        (
            "During oral arguments in January, several of the justices appeared skeptical of the government's position.",
            Agentless,
            None,
            Some("appeared skeptical"),
        ),
        (
            "Donald Trump held a sizable lead and appeared poised to win his first contest.",
            Agentless,
            None,
            Some("appeared poised"),
        ),
        ("The field appeared divided over the plan.", Agentless, None, None),
        ("The senator appeared on Fox News on Sunday.", Unattributed, None, None),
        ("She appeared in court on Monday in a grey suit.", Unattributed, None, None),
    ]);
}

/// A role the last claim gave the one its speaker addressed is that other person, unnamed; a role
/// in what was said is still the speaker's.
#[test]
fn the_one_addressed_is_not_the_speaker() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Senator Maria Lopez asked the railway's chief executive a pointed question: Why were the warnings ignored for two years?\n\nThe executive said the company was reviewing its procedures.",
            Anonymous,
            Some("the executive"),
            Some("said"),
        ),
        (
            "Senator Maria Lopez asked the railway's chief executive why the warnings were ignored.\n\nThe executive said the company was reviewing its procedures.",
            Anonymous,
            Some("the executive"),
            Some("said"),
        ),
        (
            "Mayor Tom Reyes thanked the fire chief for her work.\n\nThe chief said the blaze was under control.",
            Anonymous,
            Some("the chief"),
            None,
        ),
        (
            "Obama will make the case to Democrats that Clinton is uniquely qualified to be president.\n\n\"Nothing truly prepares you for the demands of the Oval Office,\" the two-term president will say.",
            Named,
            Some("Obama"),
            None,
        ),
        (
            "The moderator asked Senator Jane Ortiz whether she would raise taxes.",
            Anonymous,
            Some("the moderator"),
            Some("asked"),
        ),
    ]);
}

/// Review 28's court, markets, celebrity and sports copy: a barrister's side set off after the
/// name, "and" inside an executive body's name, a town's documents, a person's comments, an age
/// after a surname, a person's role that no organisation fills.
#[test]
fn court_reports_bodies_comments_and_ages() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Simon Hale, defending, told the court his client had been under pressure.",
            Named,
            Some("Simon Hale"),
            Some("told"),
        ),
        (
            "Rachel Evans, prosecuting, said the defendant had lied.",
            Named,
            Some("Rachel Evans"),
            Some("said"),
        ),
        (
            "The Health and Safety Executive said the site was unsafe.",
            Named,
            Some("Health and Safety Executive"),
            Some("said"),
        ),
        (
            "The Riverton City Council voted 7-2 on Tuesday.\n\nCity documents show the plan would cost $40 million.",
            Anonymous,
            Some("city documents"),
            Some("show"),
        ),
        (
            "Fed governor Anna Lowell said rates would stay high. Her comments echoed remarks by the chair.",
            Named,
            Some("Anna Lowell"),
            None,
        ),
        (
            "Pop singer Mia Cole has ended her engagement, a representative for the singer confirmed on Monday.\n\nCole, 29, addressed the news on Instagram late Sunday. \"Some chapters end quietly,\" she wrote.",
            Named,
            Some("Mia Cole"),
            Some("wrote"),
        ),
        (
            "Singer Mia Cole said she was at peace with the decision.",
            Named,
            Some("Mia Cole"),
            Some("said"),
        ),
        (
            "Chipmaker Corvane Systems said it would cut 300 jobs.",
            Named,
            Some("Corvane Systems"),
            Some("said"),
        ),
        (
            "Actor Clint Howard admits his choice for president is not the most handsome man in the field.",
            Named,
            Some("Clint Howard"),
            Some("admits"),
        ),
        (
            "Article 33 affirms: “No Contracting State shall expel or return a refugee.”",
            Named,
            Some("Article 33"),
            None,
        ),
        (
            "Kenyan runner Peter Kamau has been banned for four years, the Athletics Integrity Unit said on Thursday.\n\nThe athlete has denied knowingly taking any banned substance.",
            Anonymous,
            Some("the athlete"),
            None,
        ),
    ]);
}

#[test]
fn a_clause_before_an_inverted_said_is_what_was_said() {
    use ClaimClass::Named;
    let peskov = "John Stumpf told lawmakers that the bank had fired 5,300 employees.\n\n";
    let cases: Vec<(String, ClaimClass, Option<&str>, Option<&str>)> = vec![
        (format!("{peskov}The deal is dead, said the Kremlin spokesman, Dmitry Peskov."), Named, Some("Dmitry Peskov"), Some("said")),
        (format!("{peskov}The deal is dead, said a Kremlin spokesman."), Named, Some("Kremlin"), Some("said")),
        (format!("{peskov}The Clinton approach is made possible by its resources, said Katie Harbath, Facebook's outreach director."), Named, Some("Katie Harbath"), Some("said")),
        (format!("{peskov}Unemployment rose to 5.1 per cent, according to figures from the Office for National Statistics."), Named, Some("Office for National Statistics"), Some("according to")),
        // An appositive with a verb of its own still stands between a name and its cue.
        (format!("{peskov}Smith, who is a lawyer, said the case was weak."), Named, Some("Smith"), Some("said")),
    ];
    let cases: Vec<_> = cases
        .iter()
        .map(|(t, c, s, q)| (t.as_str(), *c, *s, *q))
        .collect();
    assert_last(&cases);
}

#[test]
fn the_agent_of_a_set_off_participle_of_authorship_speaks() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("The poll, released on Wednesday night by Quinnipiac University, found that prices rose.", Named, Some("Quinnipiac University"), Some("found")),
        ("The poll, released on Wednesday night by Quinnipiac University, found that most voters opposed the plan.", Named, Some("Quinnipiac University"), Some("found")),
        ("The report, published last week by the Pew Research Center, found that trust had fallen.", Named, Some("Pew Research Center"), Some("found")),
        ("The survey, conducted in March by Gallup, found that support had grown.", Named, Some("Gallup"), Some("found")),
        ("The letter, signed by 40 senators, said the agency had failed to act.", Anonymous, Some("40 senators"), Some("said")),
        ("A poll released on Wednesday by Quinnipiac University found that most voters opposed the plan.", Named, Some("Quinnipiac University"), Some("found")),
        ("The suspect, identified by police as John Smith, told reporters he was innocent.", Named, Some("John Smith"), Some("told")),
    ]);
}

#[test]
fn a_participle_set_off_after_the_subject_gives_way_to_the_main_verb() {
    use ClaimClass::Named;
    assert_last(&[
        ("Smith, asked about the vote, said he had not decided.", Named, Some("Smith"), Some("said")),
        ("Smith, when asked about the vote, said he had not decided.", Named, Some("Smith"), Some("said")),
        ("Ted Cruz, when asked specifically what about Trump's vision is wrong, responded that the businessman was right about the problems.", Named, Some("Ted Cruz"), Some("responded")),
        ("Biden, echoing Erdogan, called on Kurds not to cross the river.", Named, Some("Biden"), Some("called on")),
        ("Mayor Lisa Brown, asked whether the city would appeal, said it would.", Named, Some("Lisa Brown"), Some("said")),
        ("The Labor Department said on Friday that employers had added 50,000 jobs.\n\nThe results, first reported by The Wall Street Journal, showed a sharp drop in hiring.", Named, Some("Labor Department"), Some("showed")),
        ("Donald Trump, while being interviewed on Fox on Monday morning, called again for the president to resign.", Named, Some("Donald Trump"), Some("called")),
        // An -ed main verb after an appositive keeps the claim; its -ing participle does not
        // take it.
        ("Huma Abedin, vice chairwoman for the campaign, emailed supporters on Monday evening, telling them she was proud.", Named, Some("Huma Abedin"), Some("emailed")),
        ("Tracy Martin, the boy's father, issued a statement Thursday, saying a foundation would carry on.", Named, Some("Tracy Martin"), Some("issued")),
    ]);
}

#[test]
fn a_document_speaks_for_its_issuer_never_for_the_person_named_last() {
    use ClaimClass::{Anonymous, Named};
    let stumpf = "John Stumpf told lawmakers that the bank had fired 5,300 employees.\n\n";
    let cases: Vec<(String, ClaimClass, Option<&str>, Option<&str>)> = vec![
        (format!("{stumpf}The findings showed that the vaccine was 90 per cent effective."), Anonymous, Some("the findings"), Some("showed")),
        (format!("{stumpf}The study found that most voters opposed the plan."), Anonymous, Some("the study"), Some("found")),
        (format!("{stumpf}The data showed a sharp rise in prices."), Anonymous, Some("the data"), Some("showed")),
        (format!("{stumpf}The documents show that the bank knew of the fraud."), Anonymous, Some("the documents"), Some("show")),
        (format!("{stumpf}The results of the audit suggest the losses were larger."), Anonymous, Some("the results of the audit"), Some("suggest")),
        (format!("{stumpf}The findings, published on Monday in the Lancet, showed that the vaccine worked."), Anonymous, Some("the findings"), Some("showed")),
        (format!("{stumpf}The figures indicate that exports fell for a third month."), Anonymous, Some("the figures"), Some("indicate")),
        // The one a document was introduced with speaks through it.
        ("A new Quinnipiac University poll released on Wednesday found that Clinton leads by five points.\n\nJohn Stumpf told lawmakers that the bank had fired 5,300 employees.\n\nThe poll found that most voters opposed the plan.".to_string(), Named, Some("Quinnipiac University"), Some("found")),
        ("In an online poll of 800 voters, Democracy Corp found that attitudes had hardened.\n\nGreenberg said the results surprised him.\n\nThe poll shows that Trump would cause Republicans to rethink their loyalty.".to_string(), Named, Some("Democracy Corp"), Some("shows")),
        // The one named last, whose claim named a document, speaks through it.
        ("Dr. Sarah Klein, who led the research, said the results were surprising.\n\nThe study found that the drug cut deaths by a third.".to_string(), Named, Some("Sarah Klein"), Some("found")),
        // Not one named further back whose phrase held another document.
        ("Mueller's report found no evidence of a conspiracy.\n\nDr. Sarah Klein, who led the research, said the results were surprising.\n\nThe study found that the drug cut deaths by a third.".to_string(), Named, Some("Sarah Klein"), Some("found")),
        // A document is nobody a later pronoun stands for.
        ("Dr. Maria Chen led the study of 12,000 children.\n\n\"The results were striking,\" Chen said.\n\nThe study found that screen time had doubled.\n\nShe said the team would publish follow-up data next year.".to_string(), Named, Some("Maria Chen"), Some("said")),
        // A person who only mentioned it is not its issuer.
        (format!("Greenberg said the survey covered 1,000 voters.\n\n{stumpf}The survey shows that Trump would cause Republicans to rethink their loyalty."), Anonymous, Some("the survey"), Some("shows")),
        (format!("{stumpf}The lawsuit says the company misled investors."), Anonymous, Some("the lawsuit"), Some("says")),
        (format!("{stumpf}For instance, the filing cites a recently enacted law."), Anonymous, Some("the filing"), Some("cites")),
        // An owner in the phrase is its issuer.
        (format!("{stumpf}The firm was formed in 2012, according to the state's business records."), Anonymous, Some("the state's business records"), Some("according to")),
    ];
    let cases: Vec<_> = cases
        .iter()
        .map(|(t, c, s, q)| (t.as_str(), *c, *s, *q))
        .collect();
    assert_last(&cases);
}

#[test]
fn a_set_off_past_participle_leaves_the_subject_the_speaker() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        (
            "The report, released on Tuesday, said the economy had shrunk.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        (
            "The report, released Tuesday, said the economy had shrunk.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        (
            "The study, published in the journal Nature, found that the glacier was melting faster than thought.",
            Anonymous,
            Some("the study"),
            Some("found"),
        ),
        (
            "The Public Policy Institute of California said it had polled 1,500 voters. The poll, released on Wednesday night, showed Clinton leading.",
            Named,
            Some("Public Policy Institute of California"),
            Some("showed"),
        ),
        (
            "During the primary Clinton, goaded by Sanders, came out against the trade pact.",
            Named,
            Some("Clinton"),
            Some("came out against"),
        ),
        (
            "Senator Mary Jones, first elected in 2010, said she would run again.",
            Named,
            Some("Mary Jones"),
            Some("said"),
        ),
        (
            "The ministry, widely criticised for its handling of the crisis, said the figures were accurate.",
            Anonymous,
            Some("the ministry"),
            Some("said"),
        ),
    ]);
}

/// The review of the rules above: a nationality is no name of an institution's own, "it" keeps
/// a country and its referential uses, a name that opens the sentence keeps it against a closing
/// "according to", a business named with a public word is still a business, and a bank's
/// statement is the bank's.
#[test]
fn institutions_countries_and_openers_keep_their_sources() {
    use ClaimClass::{Agentless, Named};
    check_at(&[
        (
            "Toyota said quarterly profit rose 12%.\n\nThe Japanese automaker said a weaker yen had boosted exports.",
            "The Japanese automaker",
            Named,
            Some("Toyota"),
        ),
        (
            "UBS said it would cut 3,000 jobs.\n\nThe Swiss lender said the cuts would save $1 billion.",
            "The Swiss lender",
            Named,
            Some("UBS"),
        ),
        (
            "South Korea said on Monday it would respond.\n\nIt said the decision was final.",
            "It said the decision",
            Named,
            Some("South Korea"),
        ),
        (
            "The Kremlin has long denied the losses.\n\nIt appeared to acknowledge the losses on Tuesday.",
            "It appeared",
            Named,
            Some("Kremlin"),
        ),
        (
            "The Kremlin has long denied the losses.\n\nIt is likely to announce further cuts in March.",
            "It is likely",
            Named,
            Some("Kremlin"),
        ),
        (
            "Microsoft said it would invest.\n\nIt is no longer pursuing the acquisition, and said the deal had become too expensive.",
            "It is no longer",
            Named,
            Some("Microsoft"),
        ),
        (
            "Senator John Kerry said the vote was close.\n\nIt is not clear whether the bill will pass, analysts say.",
            "It is not clear",
            ClaimClass::Anonymous,
            Some("analysts"),
        ),
        (
            "Senator John Kerry said the vote was close.\n\nAnd it is virtually certain he will have more to say about it.",
            "And it is",
            Agentless,
            None,
        ),
        // A closing attribution owns an indirect report ("X said …, according to Y" rests on Y);
        // only a quotation keeps its speaker.
        (
            "The talks resumed on Monday.\n\nPrime Minister Keir Starmer said the plan would be delayed, according to a Downing Street readout of the call.",
            "Prime Minister",
            Named,
            Some("Downing Street"),
        ),
        (
            "The talks resumed on Monday.\n\nTrump told aides the deal was dead, according to three people familiar with the conversation.",
            "Trump told",
            ClaimClass::Anonymous,
            Some("three people familiar with the conversation"),
        ),
        // Second review: an author after "by" speaks, "it" skips a person with a place for a
        // surname, a company is no authority, an empty "it" before "impossible to", and a
        // company "based" somewhere is still the one named.
        (
            "The talks resumed on Monday.\n\nThe survey, conducted by Gallup, found that most voters backed the plan.",
            "The survey",
            Named,
            Some("Gallup"),
        ),
        (
            "Microsoft said profit rose. Rep. Steve Israel said the deal was fair.\n\nIt said the talks would go on.",
            "It said the talks",
            Named,
            Some("Microsoft"),
        ),
        (
            "Barclays said it would appeal. The Financial Conduct Authority said the fine was fair.\n\nThe company said it would pay.",
            "The company said",
            Named,
            Some("Barclays"),
        ),
        (
            "Microsoft said profit rose.\n\nIt is impossible to predict what the company will announce.",
            "It is impossible",
            Agentless,
            None,
        ),
        (
            "Amazon said it would hire 10,000 workers.\n\nThe Seattle-based company said the jobs would be permanent.",
            "The Seattle-based",
            Named,
            Some("Amazon"),
        ),
        // "Police" opening a sentence are people, not an unnamed person a role may stand for.
        (
            "Police said John Smith, 45, had been charged with assault.\n\nThe victim told officers she had been hit from behind.",
            "The victim told",
            ClaimClass::Anonymous,
            Some("the victim"),
        ),
        (
            "Police said two men had been arrested. They added that the investigation continued.",
            "They added",
            ClaimClass::Anonymous,
            Some("police"),
        ),
        (
            "The talks resumed on Monday.\n\nAll told, outside groups spent more than $2.5 million on calls, according to a POLITICO analysis.",
            "All told",
            Named,
            Some("POLITICO"),
        ),
        (
            "The Puerto Rico Electric Power Authority said power had been restored.\n\nThe utility said crews were working around the clock.",
            "The utility said",
            Named,
            Some("Puerto Rico Electric Power Authority"),
        ),
        (
            "HSBC said on Monday that it would close 100 branches.\n\nThe bank's statement did not give a date.",
            "The bank's",
            Named,
            Some("HSBC"),
        ),
    ]);
}

/// "X quoted Y as saying …": the one quoted is the source, the agency only relays the words.
#[test]
fn the_one_quoted_as_saying_is_the_source() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        (
            "The Interfax news agency quoted Deputy Foreign Minister Sergei Ryabkov as saying Moscow would respond.",
            Named,
            Some("Sergei Ryabkov"),
            Some("quoted"),
        ),
        (
            "State news agency Xinhua quoted a spokesman as saying the talks were constructive.",
            Anonymous,
            Some("a spokesman"),
            Some("quoted"),
        ),
        (
            "Yonhap cited an unnamed military official as saying the missile flew 600 km.",
            Anonymous,
            Some("an unnamed military official"),
            Some("cited"),
        ),
        (
            "CNN quoted an American witness as saying he saw one person in the truck.",
            Anonymous,
            Some("an american witness"),
            Some("quoted"),
        ),
        (
            "Kim was cited by KCNA as saying the test was a success.",
            Named,
            Some("Kim"),
            Some("cited"),
        ),
        (
            "Reuters quoted Finance Minister Jane Smith as telling lawmakers the budget would balance.",
            Named,
            Some("Jane Smith"),
            Some("quoted"),
        ),
        // Not a verb of speech: the document is cited, the report speaks.
        (
            "The report cited an internal FDIC investigation as identifying Beijing as the likely perpetrator.",
            Anonymous,
            Some("the report"),
            Some("cited"),
        ),
    ]);
}

/// Class and source of the claim holding `needle` in a multi-paragraph `text`.
fn claim_at(text: &str, needle: &str) -> (ClaimClass, Option<String>) {
    claim_in(&format!("Headline here\n\n{text}"), needle)
}

/// Class and source of the claim holding `needle` in the whole document `doc` (its headline
/// and all).
fn claim_in(doc: &str, needle: &str) -> (ClaimClass, Option<String>) {
    let engine = Engine::new(RuleSet::default_rules());
    let at = doc
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    let s = engine.score(Document::new("t", doc.to_string()));
    let c = s
        .claims
        .into_iter()
        .find(|c| c.span.start <= at && at < c.span.end)
        .unwrap_or_else(|| panic!("no claim holds {needle}"));
    (c.class, c.source.map(|s| s.name))
}

/// Asserts (class, source) of the claim holding each needle of each text.
fn check_at(cases: &[(&str, &str, ClaimClass, Option<&str>)]) {
    let mut bad = Vec::new();
    for (text, needle, class, source) in cases {
        let got = claim_at(text, needle);
        if got.0 != *class || got.1.as_deref() != *source {
            bad.push(format!(
                "{text}\n    at {needle:?} want {:?} got {got:?}",
                (class, source)
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A capitalised title links to the one person named with it, also when the name is set off
/// after the title by commas ("The Foreign Secretary, David Cameron, spoke to … The Foreign
/// Secretary condemned" is Cameron's).
#[test]
fn a_title_links_to_the_name_set_off_after_it() {
    use ClaimClass::Named;
    check_at(&[
        (
            "The Foreign Secretary, David Cameron, spoke to Israeli Foreign Minister Israel Katz today.\n\nThe Foreign Secretary condemned the killing of seven aid workers.",
            "The Foreign Secretary condemned",
            Named,
            Some("David Cameron"),
        ),
        (
            "The Foreign Secretary, David Cameron, said the talks were useful.\n\nThe Foreign Secretary said the UK would continue to press for a pause.",
            "The Foreign Secretary said",
            Named,
            Some("David Cameron"),
        ),
        (
            "The Health Minister, Ama Owusu, opened the new ward on Monday.\n\nThe Health Minister said two more hospitals would follow.",
            "The Health Minister said",
            Named,
            Some("Ama Owusu"),
        ),
    ]);
}

/// "He" or "she" right after a claim goes on with its speaker, not with a person the speaker
/// spoke of; first names the lexicon lists tell a man from a woman ("Martin", "Alasdair",
/// "Lashonda"), and a title written after a name without commas ("Ashley Edwards KC") is no
/// part of it.
#[test]
fn a_pronoun_goes_on_with_the_speaker_and_first_names_tell_gender() {
    use ClaimClass::Named;
    check_at(&[
        (
            "“So far we do not see any prerequisites for this,” Peskov said.\n\nPeskov also said that Putin had no plans to speak with U.S. President Joe Biden.  “There are no such plans,” he said.",
            "“There are no such plans",
            Named,
            Some("Peskov"),
        ),
        (
            "Newt Gingrich noted that both President Obama and Vice President Biden have survived criticism.  Of the scrutiny over Melania Trump, he said, “It's a little much.”",
            "Of the scrutiny",
            Named,
            Some("Newt Gingrich"),
        ),
        (
            "His lawyer, Martin Zummach, said the officer had seen Wiggins reach toward the console.\n\nWiggins’ mother, Lashonda Wiggins, wept as she spoke to reporters outside the courthouse.  “I just want justice for my son,” she said.",
            "“I just want justice",
            Named,
            Some("Lashonda Wiggins"),
        ),
        (
            "Alasdair Munro, 52, is accused of defrauding 74 people.\n\nOpening the Crown case, advocate depute Ashley Edwards KC said Munro had told clients their casks were maturing.\n\n“In reality, there were no casks,” she told jurors.",
            "“In reality",
            Named,
            Some("Ashley Edwards"),
        ),
        (
            "Opening the Crown case, advocate depute Ashley Edwards KC said the casks did not exist.",
            "Opening",
            Named,
            Some("Ashley Edwards"),
        ),
        (
            "Spurs coach Gregg Popovich was less impressed with his team’s finish.  “We turned it over on three straight possessions,” he said.",
            "“We turned",
            Named,
            Some("Gregg Popovich"),
        ),
    ]);
    // What a report said of someone is theirs after it ("According to ProPublica, Clinton
    // praised … She also said" is Clinton).
    check_at(&[(
        "ProPublica obtained a video of the speech.  According to ProPublica, Hillary Clinton praised her donors in the audience.  She also said the turmoil was not mainly the fault of banks.",
        "She also said",
        Named,
        Some("Hillary Clinton"),
    )]);
}

#[test]
fn a_pronoun_links_only_to_a_person_of_its_gender() {
    use ClaimClass::Named;
    check_at(&[
        (
            "Mrs. Jones said the council had acted too slowly.\n\nMr. Peter Hall, the council leader, rejected the criticism. “We did what the law allows,” he said.\n\nShe said residents would keep protesting.",
            "She said residents",
            Named,
            Some("Jones"),
        ),
        (
            "Mrs. Jones said the council had acted too slowly.\n\nMr. Peter Hall, the council leader, rejected the criticism. He said the budget was fixed.",
            "He said the budget",
            Named,
            Some("Peter Hall"),
        ),
        (
            "Ms. Alvarez told the committee that the contract was legal.\n\nThe chairman, Mr. Greene, asked for the documents.\n\nShe added that she had nothing to hide.",
            "She added",
            Named,
            Some("Alvarez"),
        ),
        (
            "Mr. Adams said the vote was rigged.\n\nMrs. Baker, the election supervisor, disputed that. He said he would sue.",
            "He said he would sue",
            Named,
            Some("Adams"),
        ),
        (
            "Sarah Kim said she would run again.\n\nDaniel Ortiz, her rival, called the plan reckless.\n\nShe said the party needed new faces.",
            "She said the party",
            Named,
            Some("Sarah Kim"),
        ),
        (
            "Mr. Tanaka said the plant would reopen in May.\n\nLady Ashworth, who chairs the trust, welcomed the news. He added that 200 jobs would return.",
            "He added that 200",
            Named,
            Some("Tanaka"),
        ),
        (
            "Queen Margrethe thanked the volunteers.\n\nPrime Minister Lars Nielsen praised the rescue teams. She said the country owed them a debt.",
            "She said the country",
            Named,
            Some("Margrethe"),
        ),
        // A first name tells a gender too.
        (
            "Regional fire chief Marek Nowak told a news conference the blaze was out. He said the cause was not known.\n\nPrime Minister Donald Tusk promised an inquiry. \"Those responsible will be held to account,\" he told reporters.",
            "Those responsible",
            Named,
            Some("Donald Tusk"),
        ),
        (
            "Mayor Ann Lee said the budget was fixed. Her deputy, Tom Reed, called the cuts reckless. She said they would stay.",
            "She said they would stay",
            Named,
            Some("Ann Lee"),
        ),
        (
            "Sarah Kim said she would run again.\n\nBernie Sanders said the plan was reckless.\n\n\"Let everybody release them,\" she told ABC News.",
            "Let everybody",
            Named,
            Some("Sarah Kim"),
        ),
        (
            "Democratic front-runner Hillary Rodham Clinton said the plan was sound. Carl Quintanilla asked about Iraq.\n\nSenator Tom Reed called it naive. \"We made a mistake,\" she told CNN.",
            "We made a mistake",
            Named,
            Some("Hillary Rodham Clinton"),
        ),
        (
            "Ms. Jane Ford said the base would stay open.\n\nMarine Corps Commandant Eric Smith said the plan was sound. \"We are ready,\" he said.",
            "We are ready",
            Named,
            Some("Eric Smith"),
        ),
        // The nearest person whose gender fits, though an earlier one was told to be a man.
        (
            "NATO Secretary General Jens Stoltenberg said the alliance would help. He added that talks would go on.\n\nResearcher Kim Tong Myong said the trip was a provocation. \"It is quite natural,\" he added.",
            "It is quite natural",
            Named,
            Some("Kim Tong Myong"),
        ),
    ]);
}

#[test]
fn a_pronoun_never_links_to_an_organisation_or_a_country() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "North Korea on Monday blasted the plan as Jens Stoltenberg urged Seoul to act. He said the plan was a provocation.",
            "He said the plan",
            Named,
            Some("Jens Stoltenberg"),
        ),
        (
            "John Brennan warned of new attacks.\n\nRussia denied the accusation. He said the evidence was clear.",
            "He said the evidence",
            Named,
            Some("John Brennan"),
        ),
        (
            "Maria Lopez said the firm had broken no law.\n\nThe Justice Department rejected the findings. She said she would appeal.",
            "She said she would",
            Named,
            Some("Maria Lopez"),
        ),
        (
            "The European Commission said the deal breached the rules. He said the fine would follow.",
            "He said the fine",
            Anonymous,
            Some("he"),
        ),
        (
            "Tom Baker criticised the ruling.\n\nThe United States said it would appeal. He added that the court had erred.",
            "He added that the court",
            Named,
            Some("Tom Baker"),
        ),
        (
            "China said the ships were on routine patrol. She said no shots were fired.",
            "She said no shots",
            Anonymous,
            Some("she"),
        ),
        // People whose surnames are newspapers' words are people.
        (
            "Tennis\n\nJim Courier said he played well.\n\nHe said the crowd helped.",
            "He said the crowd",
            Named,
            Some("Jim Courier"),
        ),
        (
            "Film\n\nHeath Ledger said he liked the role.\n\nHe said the shoot was long.",
            "He said the shoot",
            Named,
            Some("Heath Ledger"),
        ),
        // A newspaper, by its masthead's word ("Tribune", "Herald", "Gazette").
        (
            "Vote\n\nThe Tribune reported the vote on Monday.\n\nShe said it was close.",
            "She said it was close",
            Anonymous,
            Some("she"),
        ),
        (
            "Vote\n\nTom Baker lost the vote. The Springfield Gazette reported the count on Monday.\n\nHe said it was close.",
            "He said it was close",
            Named,
            Some("Tom Baker"),
        ),
    ]);
}

/// "They" stands for a group: the unnamed sources that spoke last, or an organisation named
/// after them; never the one person named last.
#[test]
fn they_never_links_to_one_person() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "Scientology officials have stated they have not received the materials.\n\nSteve Whitmore, a representative for the sheriff's office, said the case was routine. On September 29, officials went to the station, where they claimed the student had stolen the drives.",
            "where they claimed",
            Anonymous,
            Some("scientology officials"),
        ),
        (
            "Mayor Ann Lee said the bridge was safe.\n\nResidents were not convinced. They said the cracks were growing.",
            "They said the cracks",
            Anonymous,
            Some("they"),
        ),
        (
            "Unnamed aides said the senator would run.\n\nSenator Tim Ward said nothing on Monday. They said a decision would come in May.",
            "They said a decision",
            Anonymous,
            Some("unnamed aides"),
        ),
        (
            "NATO said the drills were defensive.\n\nSecretary General Jens Stoltenberg arrived in Seoul on Monday. They said the exercises would end on Friday.",
            "They said the exercises",
            Named,
            Some("NATO"),
        ),
        (
            "The Irving Police Department said the clock looked suspicious. Coach Mike Hill praised the boy.\n\nThey said the arrest was lawful.",
            "They said the arrest",
            Named,
            Some("Irving Police Department"),
        ),
        (
            "Tom Baker criticised the ruling.\n\nThey said they would appeal.",
            "They said they would",
            Anonymous,
            Some("they"),
        ),
    ]);
}

/// A news outlet that reported or was told is an "it", never "they": "they" after one is
/// an organisation named before it, or nobody named; unless the outlet spoke for itself last.
#[test]
fn they_is_no_news_outlet() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        // A registered outlet, and one named with a publication's word.
        (
            "Shooting\n\nPolice officers arrived within minutes, Fox News reported.\n\nThey believe the gunman acted alone.",
            "They believe",
            Anonymous,
            Some("they"),
        ),
        (
            "School\n\nParents were angry about the lessons. The Lord's Prayer was not taught, they told Christian Post.",
            "they told",
            Anonymous,
            Some("they"),
        ),
        (
            "Debate\n\nThe moderators pressed Trump, the Washington Post reported. They said his answers were vague.",
            "They said his answers",
            Anonymous,
            Some("they"),
        ),
        // A news agency the registry knows by its former name, and the one of India.
        (
            "Hospital bosses grilled\n\nThe Royal College of Nursing told the inquiry that wards were unsafe, the Press Association reported.\n\nThey said nurses had raised concerns for years.",
            "the Press Association reported",
            Named,
            Some("PA Media"),
        ),
        (
            "Hospital bosses grilled\n\nThe Royal College of Nursing told the inquiry that wards were unsafe, the Press Association reported.\n\nThey said nurses had raised concerns for years.",
            "They said nurses",
            Anonymous,
            Some("they"),
        ),
        (
            "Monsoon\n\nFlooding closed 40 roads in Kerala, the Press Trust of India reported. They said rescue teams had reached two villages.",
            "They said rescue",
            Anonymous,
            Some("they"),
        ),
        // Not another body's name that ends on the same words (from the review of the change).
        (
            "Press freedom\n\nThe Texas Press Association said the county's ban on reporters was unconstitutional.",
            "The Texas Press Association said",
            Named,
            Some("Texas Press Association"),
        ),
        // An outlet that spoke for itself last is "they" in British usage (from the review of
        // the change).
        (
            "BBC apologises\n\nOfcom said on Tuesday it had received more than 2,000 complaints about the programme.\n\nThe BBC has apologised for the way a speech was edited. They said the edit had given a misleading impression.",
            "They said the edit",
            Named,
            Some("BBC"),
        ),
        (
            "Strike\n\nThe Service Employees International Union said talks had failed. ABC News first reported the walkout.\n\nThey said the strike would go on.",
            "They said the strike",
            Named,
            Some("Service Employees International Union"),
        ),
    ]);
}

/// Two names joined by "and" before the cue are one source of both, in the text's order; a
/// list of three, a description after "and", or a word of one organisation's name is not.
#[test]
fn two_names_joined_by_and_speak_together() {
    use ClaimClass::Named;
    check_at(&[
        (
            "Benjamin Netanyahu and Barack Obama said in a joint statement that the talks had been useful.",
            "said in a joint",
            Named,
            Some("Benjamin Netanyahu and Barack Obama"),
        ),
        (
            "Both the Irving Independent School District and the Irving Police Department have asserted that religion was not a factor.",
            "asserted",
            Named,
            Some("Irving Independent School District and Irving Police Department"),
        ),
        (
            "Lindsey Graham and David Perdue, who are both on the committee, said it would be inappropriate.",
            "said it would",
            Named,
            Some("Lindsey Graham and David Perdue"),
        ),
        (
            "On Monday, Russia and China said the resolution went too far.",
            "said the resolution",
            Named,
            Some("Russia and China"),
        ),
        (
            "John Bolton and Sebastian Gorka denounced the group.\n\n“It is a mistake,” Gorka said.",
            "Gorka said",
            Named,
            Some("Sebastian Gorka"),
        ),
        (
            "Popular Christian and corporate speaker Lance Wallnau believes he has a word for Trump.",
            "believes",
            Named,
            Some("Lance Wallnau"),
        ),
        (
            "In Washington, Nancy Pelosi and Chuck Schumer said the bill would pass.",
            "said the bill",
            Named,
            Some("Nancy Pelosi and Chuck Schumer"),
        ),
        (
            "Hillary Clinton, Bernie Sanders and Martin O'Malley said the plan was too timid.",
            "said the plan",
            Named,
            Some("Martin O'Malley"),
        ),
    ]);
}

#[test]
fn he_after_an_unnamed_spokesman_is_the_spokesman() {
    use ClaimClass::Anonymous;
    let cases = [
        "Acme chief executive John Smith announced the merger on Monday.\n\nShares rose 4 percent in early trading.\n\nA company spokesman said talks with regulators were continuing. He declined to give details.",
        "Mayor Ann Lee opened the bridge in March.\n\nCracks appeared within weeks.\n\nA city spokesman said engineers were studying the damage. He declined to give details.",
        "Coach Mike Hill praised the team after the match.\n\nTwo players were injured.\n\nA club official said both would miss the final. He declined to give details.",
        "Bank chairman Paul Reed resigned in June.\n\nThe board met on Friday.\n\nA person familiar with the matter said a successor had been chosen. He declined to give details.",
        "Senator Tim Ward backed the bill.\n\nThe vote is due next week.\n\nAn aide to the majority leader said the votes were there. He declined to give details.",
        "Governor Bill Stone signed the order.\n\nProtests followed.\n\nA police spokesman said 12 people were arrested. He declined to give details.",
    ];
    let mut bad = Vec::new();
    for text in cases {
        let got = claim_at(text, "He declined to give details.");
        // The unnamed speaker of the sentence before ("A company spokesman said …").
        let before = text.rsplit("\n\n").next().unwrap();
        let speaker = claim_at(text, &before[..before.find(" said").unwrap()]);
        if got.0 != Anonymous || speaker.0 != Anonymous || got.1 != speaker.1 {
            bad.push(format!("{text}\n    got {got:?}, speaker {speaker:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A role noun with no one introduced in that role stands for the nearest person of the role's
/// gender ("the spokeswoman" after Mrs. Jane Ho), or of either when the role tells none ("the
/// gambling tycoon").
#[test]
fn a_role_noun_stands_for_the_nearest_person_of_its_gender() {
    check_at(&[
        (
            "Mrs. Jane Ho said the plan would fail. The spokeswoman said the talks would go on.",
            "The spokeswoman",
            ClaimClass::Named,
            Some("Jane Ho"),
        ),
        (
            "Mrs. Jane Ho said the plan would fail. Mr. Tom Lee said it was late. The spokeswoman said the talks would go on.",
            "The spokeswoman",
            ClaimClass::Named,
            Some("Jane Ho"),
        ),
        (
            "Tom Lee said it was late. Mrs. Jane Ho said the casino was full. \"It was very nice,\" the gambling tycoon told Reuters.",
            "It was very nice",
            ClaimClass::Named,
            Some("Jane Ho"),
        ),
    ]);
}

/// A person described by age or party ("the 54-year-old", "the Vermont Democrat") is one named
/// before: by age, the one introduced with that age, or the only person named so far; with
/// neither, an unnamed person. An age before a name is no part of it.
#[test]
fn an_age_or_a_party_stands_for_a_person_named_before() {
    assert_last(&[
        (
            "Mayor Jane Smith, 54, defended the budget. Governor Tom Reed said it was too late.\n\n\"We have no choice,\" the 54-year-old said.",
            ClaimClass::Named,
            Some("Jane Smith"),
            Some("said"),
        ),
        (
            "\"It is good,\" said 43-year-old Ann Lee. Tom Reed disagreed. \"Not good,\" the 43-year-old said.",
            ClaimClass::Named,
            Some("Ann Lee"),
            Some("said"),
        ),
        (
            "Jane Smith, a 54-year-old teacher, said the school was unsafe. Tom Reed said it was fine.\n\n\"We are scared,\" the 54-year-old said.",
            ClaimClass::Named,
            Some("Jane Smith"),
            Some("said"),
        ),
        (
            "\"We will win,\" said Ann Lee, 54. Tom Reed disagreed.\n\n\"It is over,\" the 54-year-old said.",
            ClaimClass::Named,
            Some("Ann Lee"),
            Some("said"),
        ),
        (
            // The age never given: an unnamed person, not the one named last.
            "Gov. Kathy Hochul said the state would send aid.\n\n\"I lost everything,\" said the 71-year-old, who asked that her name not be used.",
            ClaimClass::Anonymous,
            Some("the 71-year-old"),
            Some("said"),
        ),
        (
            // A whole number: "4-year-old" is not the end of "14-year-old".
            "\"It is good,\" said 14-year-old Ann Lee. Tom Reed disagreed. \"It is not good,\" the 4-year-old said.",
            ClaimClass::Anonymous,
            Some("the 4-year-old"),
            Some("said"),
        ),
        (
            // Two people named, neither with the age: nobody to point to.
            "Donald Trump praised his wife. Ted Cruz said nothing.\n\n\"He is a leader,\" said the 46-year-old.",
            ClaimClass::Anonymous,
            Some("the 46-year-old"),
            Some("said"),
        ),
        (
            "\"We will fight,\" said 62-year-old Brenda Johnson, a retired nurse.",
            ClaimClass::Named,
            Some("Brenda Johnson"),
            Some("said"),
        ),
        (
            "Senator John Miller rejected the plan.\n\nThe Republican said it would raise taxes.",
            ClaimClass::Named,
            Some("John Miller"),
            Some("said"),
        ),
        (
            "Finance Minister Christian Lindner told reporters the deal was fair. The Free Democrat added that Berlin would pay its share.",
            ClaimClass::Named,
            Some("Christian Lindner"),
            Some("added"),
        ),
        (
            "Rep. Peter Welch criticised the bill. The Vermont Democrat said it was rushed.",
            ClaimClass::Named,
            Some("Peter Welch"),
            Some("said"),
        ),
        (
            "The Texas Republican said the bill was rushed.",
            ClaimClass::Anonymous,
            Some("the texas republican"),
            Some("said"),
        ),
        (
            "Senator Kelly Ayotte met voters.\n\nThe 20-year-old law says otherwise.",
            ClaimClass::Agentless,
            None,
            Some("says"),
        ),
    ]);
}

/// A verb after "and" or ", then" shares the subject the sentence opens with, adverbs between
/// them or not, a role ("The judge") as well as a name; in a cleft ("It was … that") that
/// subject follows "that".
#[test]
fn a_coordinated_verb_shares_the_opening_subject() {
    assert_last(&[
        (
            "The judge rubbed his chin, and then said the sentence was too harsh.",
            ClaimClass::Anonymous,
            Some("the judge"),
            Some("said"),
        ),
        (
            "Maria Lopez paused, and then said the talks had failed.",
            ClaimClass::Named,
            Some("Maria Lopez"),
            Some("said"),
        ),
        (
            "Senator Tom Reed smiled and quietly told reporters he was confident.",
            ClaimClass::Named,
            Some("Tom Reed"),
            Some("told"),
        ),
        (
            "The minister paused, then said the plan would go ahead.",
            ClaimClass::Anonymous,
            Some("the minister"),
            Some("said"),
        ),
        (
            "It was two weeks ago that Khizr Khan held up the Constitution and defiantly offered to lend it to Trump.",
            ClaimClass::Named,
            Some("Khizr Khan"),
            Some("offered"),
        ),
        (
            "Donald Trump attacked the Khans.\n\nIt was less than two weeks ago that, standing on stage in Philadelphia, Khizr Khan pulled a copy of the Constitution from his pocket and defiantly offered to lend it to Trump.",
            ClaimClass::Named,
            Some("Khizr Khan"),
            Some("offered"),
        ),
        (
            // Nobody opens the clause after "that": "It" is the company.
            "Microsoft said it would invest. It is the largest shareholder in a company that has lost money, and said it would stay.",
            ClaimClass::Named,
            Some("Microsoft"),
            Some("said"),
        ),
        (
            // "It was" before an adjective opens no cleft: "It" is the ministry.
            "The Foreign Ministry issued a statement on Monday. It was disappointed by the ruling and said it would appeal.",
            ClaimClass::Named,
            Some("Foreign Ministry"),
            Some("said"),
        ),
        (
            // A noun after the role is no verb: "The executive council" opens on no role.
            "The executive council for the union, which represents nurses, voted to endorse Clinton.",
            ClaimClass::Agentless,
            None,
            Some("endorse"),
        ),
    ]);
}

/// The agent of a passive cue is its speaker, named or described; a time or a means after "by"
/// is none.
#[test]
fn an_unnamed_agent_of_a_passive_cue_is_an_unnamed_source() {
    assert_last(&[
        (
            "The move was condemned by rights groups.",
            ClaimClass::Anonymous,
            Some("rights groups"),
            Some("condemned"),
        ),
        (
            "The strike was confirmed by a military spokesman on Monday.",
            ClaimClass::Anonymous,
            Some("a military spokesman"),
            Some("confirmed"),
        ),
        (
            "The plan was announced by the ministry, which gave no date.",
            ClaimClass::Anonymous,
            Some("the ministry"),
            Some("announced"),
        ),
        (
            "The Foreign Ministry issued a warning. The plan was criticised by the ministry on Monday.",
            ClaimClass::Named,
            Some("Foreign Ministry"),
            Some("criticised"),
        ),
        (
            "It was never mentioned by the debate moderators.",
            ClaimClass::Anonymous,
            Some("the debate moderators"),
            Some("mentioned"),
        ),
        (
            "The party was rejected by 59.6 percent of voters.",
            ClaimClass::Anonymous,
            Some("voters"),
            Some("rejected"),
        ),
        (
            "The report was released by the end of the week.",
            ClaimClass::Unattributed,
            None,
            None,
        ),
        (
            "The bill was passed by 312 votes to 290, and the speaker was criticised by a vote of 52 to 48.",
            ClaimClass::Agentless,
            None,
            Some("criticised"),
        ),
        (
            "The decision was announced by email late on Sunday.",
            ClaimClass::Agentless,
            None,
            Some("announced"),
        ),
        (
            "The plan was criticised by 300 scientists.",
            ClaimClass::Anonymous,
            Some("300 scientists"),
            Some("criticised"),
        ),
        (
            "The arrest was confirmed by law enforcement officials.",
            ClaimClass::Anonymous,
            Some("law enforcement officials"),
            Some("confirmed"),
        ),
        (
            "The deal will be announced by 5 p.m. on Friday.",
            ClaimClass::Agentless,
            None,
            Some("announced"),
        ),
        (
            "If anybody should have been confirmed by now, it is Crenshaw.",
            ClaimClass::Agentless,
            None,
            Some("confirmed"),
        ),
    ]);
}

#[test]
fn a_quote_inside_another_speakers_clause_is_not_the_claims_source() {
    // The founding article: "step up" is Stoltenberg's word, not North Korea's.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/anadolu-nato-asia.txt"
    ))
    .unwrap();
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("nato", text));
    let quoted: usize = s
        .claims
        .iter()
        .filter(|c| c.source.as_ref().is_some_and(|s| s.name == "North Korea"))
        .map(|c| c.quoted_words)
        .sum();
    // The headline's ‘Asian version of NATO’ only.
    assert_eq!(quoted, 4);
    for (t, want) in [
        ("Russia on Tuesday condemned the drills as Antony Blinken urged allies to “stand firm” against aggression.", 0),
        ("The union attacked the plan while Mayor Jane Park vowed to “fight for every job” in the city.", 0),
        ("Iran rejected the report as Rafael Grossi told reporters it was “deeply worrying” for the region.", 0),
        ("The company criticised the ruling as Judge Amy Lin said the firm had shown “reckless disregard” for safety.", 0),
        ("Hamas dismissed the offer as Antony Blinken urged it to “seize the moment” for peace.", 0),
    ] {
        let s = engine.score(Document::new("t", format!("Headline here\n\n{t}")));
        let c = s.claims.last().unwrap();
        assert_eq!((c.quoted_words, c.direct_quote), (want, false), "{t}");
    }
}

#[test]
fn readouts_of_leaders_calls() {
    use ClaimClass::Named;
    // The White House's readout of 9 December 2021 (../shared/corpus), as the issue found it:
    // "He reaffirmed" went to "Allies" and "The leaders" were nobody.
    let real = "President Joseph R. Biden, Jr. spoke today with President Volodymyr Zelenskyy of Ukraine. President Biden voiced the deep concerns of the United States and our European Allies about Russia’s aggressive actions towards Ukraine and made clear that the U.S. and our Allies would respond with strong economic and other measures in the event of military intervention. He reaffirmed the United States’ unwavering commitment to Ukraine’s sovereignty and territorial integrity. President Biden made clear that the United States and its allies and partners are committed to the principle of “no decisions or discussions about Ukraine without Ukraine.” The leaders called on Russia to de-escalate tensions and agreed that diplomacy is the best way to make meaningful progress on conflict resolution.";
    check_at(&[
        (real, "He reaffirmed", Named, Some("Joseph R. Biden Jr")),
        (
            real,
            "The leaders called",
            Named,
            Some("Joseph R. Biden Jr and Volodymyr Zelenskyy"),
        ),
    ]);
    let readout = "President Joe Biden spoke today with Chancellor Olaf Scholz of Germany. The leaders called on Russia to de-escalate tensions on the border. Allies will continue to coordinate closely. He reaffirmed the commitment of the United States to the security of Europe.";
    check_at(&[
        (
            readout,
            "The leaders called",
            Named,
            Some("Joe Biden and Olaf Scholz"),
        ),
        (readout, "He reaffirmed", Named, Some("Joe Biden")),
        (
            "President Emmanuel Macron met Prime Minister Rishi Sunak in Paris. The leaders agreed to deepen defence cooperation.",
            "The leaders agreed",
            Named,
            Some("Emmanuel Macron and Rishi Sunak"),
        ),
        (
            "Prime Minister Fumio Kishida spoke with President Yoon Suk Yeol. Partners across the region welcomed the call. He underscored the importance of trilateral cooperation.",
            "He underscored",
            Named,
            Some("Fumio Kishida"),
        ),
        (
            "President Joe Biden spoke with King Abdullah II of Jordan. The President made clear that the United States would support Jordan.",
            "made clear",
            Named,
            Some("Joe Biden"),
        ),
        (
            "Secretary Antony Blinken met Foreign Minister Wang Yi. The Secretary underscored the need to keep lines of communication open.",
            "underscored the need",
            Named,
            Some("Antony Blinken"),
        ),
        (
            "Chancellor Olaf Scholz spoke with President Volodymyr Zelenskyy. Both leaders made clear that Russia must withdraw its troops.",
            "made clear that Russia",
            Named,
            Some("Olaf Scholz and Volodymyr Zelenskyy"),
        ),
        (
            "Vladimir Putin had a telephone conversation with President of the People's Republic of China Xi Jinping. The presidents stated that relations were at an all-time high.",
            "The presidents stated",
            Named,
            Some("Vladimir Putin and Xi Jinping"),
        ),
        (
            "Volodymyr Zelenskyy held talks with Prime Minister Rishi Sunak in Kyiv. The parties confirmed their commitment to closer cooperation.",
            "The parties confirmed",
            Named,
            Some("Volodymyr Zelenskyy and Rishi Sunak"),
        ),
        (
            "Vladimir Putin held talks in Moscow with Xi Jinping. The leaders agreed to meet again.",
            "The leaders agreed",
            Named,
            Some("Vladimir Putin and Xi Jinping"),
        ),
        (
            "Officials made clear that the border would stay closed.",
            "made clear",
            ClaimClass::Anonymous,
            Some("officials"),
        ),
        // The White House's readout of 12 February 2022 (../shared/corpus): "was clear that" is
        // the president's, and "will respond decisively" is an act, no cue of the partners'.
        (
            "President Joseph R. Biden, Jr. spoke with President Vladimir Putin of Russia. President Biden was clear that, if Russia undertakes a further invasion of Ukraine, the United States together with our Allies and partners will respond decisively and impose swift and severe costs on Russia.",
            "was clear that",
            Named,
            Some("Joseph R. Biden Jr"),
        ),
        (
            "Ministers met in Brussels. The allies will respond swiftly to any attack, the communique said.",
            "respond swiftly",
            ClaimClass::Anonymous,
            Some("the communique"),
        ),
        // "It was clear that" is the outlet's own assessment.
        (
            "The senator spoke for an hour. It was clear that the talks had failed.",
            "It was clear",
            ClaimClass::Unattributed,
            None,
        ),
    ]);
}

#[test]
fn a_description_before_the_cue_is_the_speaker() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "Mr. Stanley Ho built the first casino in Macau in 1962. “It was very nice,” the gambling tycoon told Reuters.",
            "the gambling tycoon told",
            Named,
            Some("Stanley Ho"),
        ),
        (
            "Judge Amy Berman heard the case in March. The judge said the sentence was fair.",
            "The judge said",
            Named,
            Some("Amy Berman"),
        ),
        (
            "The Trump job marks his return to politics, one longtime friend said.",
            "one longtime friend said",
            Anonymous,
            Some("one longtime friend"),
        ),
        (
            "Public records show no gifts from Trump to the foundation since 2008.",
            "Public records show",
            Anonymous,
            Some("public records"),
        ),
        (
            "“Gov. Christie, blink twice if you’re in trouble!” one person tweeted.",
            "one person tweeted",
            Anonymous,
            Some("one person"),
        ),
        (
            "Trump fans insist the delegates must heed the will of the voters.",
            "Trump fans insist",
            Anonymous,
            Some("trump fans"),
        ),
    ]);
    // Not a participle after a noun, nor a phrase ending on an article before a noun cue.
    for t in [
        "In the end, efforts supporting the plan failed in Geneva.",
        "He served as commander of the support forces until May.",
    ] {
        let (class, _, _) = last(t);
        assert_ne!(class, ClaimClass::Anonymous, "{t}");
    }
}

#[test]
fn the_owner_of_a_noun_cue_is_its_speaker() {
    use ClaimClass::Named;
    check_at(&[
        (
            "Lindsey Graham spoke in Columbia on Monday. In his remarks, he said being American is an idea.",
            "In his remarks",
            Named,
            Some("Lindsey Graham"),
        ),
        (
            "Donald Trump has since revised his proposal to ban Muslims.",
            "revised his proposal",
            Named,
            Some("Donald Trump"),
        ),
        (
            "Madeleine Albright faced a backlash over her remark about women voters.",
            "her remark",
            Named,
            Some("Madeleine Albright"),
        ),
        (
            "Critics seized on Trump's assertion that thousands had cheered.",
            "Trump's assertion",
            Named,
            Some("Trump"),
        ),
        (
            "Senator Bernie Sanders took the stage in Iowa. His criticism of the banks drew loud cheers.",
            "His criticism",
            Named,
            Some("Bernie Sanders"),
        ),
    ]);
}

#[test]
fn an_infinitive_shares_the_subject_of_its_clause() {
    use ClaimClass::Named;
    check_at(&[
        (
            "Dinesh D’Souza went on to explain that the party had changed.",
            "to explain",
            Named,
            Some("Dinesh D’Souza"),
        ),
        (
            "Hillary Clinton has to remind voters why she was the front-runner.",
            "to remind",
            Named,
            Some("Hillary Clinton"),
        ),
        (
            "Bernie Sanders is also likely to remind voters of his civil rights record.",
            "to remind",
            Named,
            Some("Bernie Sanders"),
        ),
        (
            "Paul Manafort had reason to know that his advice would be ignored.",
            "to know",
            Named,
            Some("Paul Manafort"),
        ),
        (
            "Ted Cruz declined to endorse the nominee at the convention.",
            "to endorse",
            Named,
            Some("Ted Cruz"),
        ),
    ]);
}

#[test]
fn a_quotation_without_attribution_continues_the_attribution_before_it() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "“You guys are going to be the most effective messengers,” the organizer told them. “We want those personal stories.”",
            "We want those",
            Anonymous,
            Some("the organizer"),
        ),
        (
            "Officials said the border would stay closed. “Nobody crosses until the inspections are done.”",
            "Nobody crosses",
            Anonymous,
            Some("officials"),
        ),
        (
            "Senator Maria Cantwell warned that the bill would fail.\n\n“There are not enough votes in this chamber, and everyone knows it.”",
            "There are not enough",
            Named,
            Some("Maria Cantwell"),
        ),
        (
            "A police spokesman said two men were arrested. “They were carrying knives.”",
            "They were carrying",
            Anonymous,
            Some("a police spokesman"),
        ),
        (
            "The mayor, Ann Lee, said the bridge would reopen. “We are working around the clock to fix it.”",
            "We are working",
            Named,
            Some("Ann Lee"),
        ),
    ]);
}

#[test]
fn according_to_frames_the_whole_sentence_quote_and_all() {
    let engine = Engine::new(RuleSet::default_rules());
    let t = "According to Yonhap News Agency, Stoltenberg also supported “extended deterrence” for the nations that have no nuclear weapons of their own.";
    let s = engine.score(Document::new("t", format!("Headline here\n\n{t}")));
    let c = s.claims.last().unwrap();
    assert_eq!(
        (c.source.as_ref().map(|s| s.name.as_str()), c.direct_quote),
        (Some("Yonhap News Agency"), false)
    );
    assert_eq!(c.quoted_words, 2);
}

#[test]
fn a_cue_with_no_speaker_gives_way_to_the_next_cue_that_has_one() {
    let who = [
        "Walker",
        "Sanders",
        "Nick Merrill",
        "Ross",
        "Netanyahu",
        "Mary Kay Henry",
    ];
    check(
        &[
            "In an interview with TMZ Sports, Walker said, “I’ve had a lot of people cancel speech engagements with me.”",
            "In remarks to reporters on Friday, Sanders said he had not heard her say the things that need to be said.",
            "In a statement, Clinton campaign spokesman Nick Merrill said, “There have been nine different investigations.”",
            "In his new book and in an interview, Ross said the president had told Jewish leaders that he would change course.",
            "After talking about security, Netanyahu suggested that they walk to the attack site.",
            "But in an interview, the union's president, Mary Kay Henry, expressed concern that some members could find Trump appealing.",
        ],
        ClaimClass::Named,
        |i| Some(who[i]),
    );
    // A cue whose own subject opens the sentence keeps it, named or not: here the union, an
    // unnamed source.
    let (class, _, cue) =
        last("The union attacked the plan while Mayor Jane Park vowed to “fight for every job” in the city.");
    assert_eq!(
        (class, cue.as_deref()),
        (ClaimClass::Anonymous, Some("attacked"))
    );
}

#[test]
fn a_participle_after_the_speakers_cue_is_no_inverted_cue() {
    let who = ["Trump", "Clinton", "Pence", "Warren", "Ryan", "Kaine"];
    check(
        &[
            "“He is our president right now,” Trump said, referring to Obama.",
            "“We have to do better,” Clinton said, pointing to the wage figures.",
            "“This is a great day,” Pence said, adding that the vote was close.",
            "“They rigged it,” Warren said, citing the new filings.",
            "“The House will act,” Ryan said, noting that hearings begin next week.",
            "“It is a disgrace,” Kaine said, calling the remarks “beneath the office.”",
        ],
        ClaimClass::Named,
        |i| Some(who[i]),
    );
}

#[test]
fn a_role_in_an_appositive_after_a_name_describes_the_one_named() {
    let who = [
        "Michael Briggs",
        "Paul Begala",
        "Brian Fallon",
        "Jane Doe",
        "Tom Lee",
        "Ann Wu",
        "Bill Frelick",
        "Rosa Diaz",
    ];
    check(
        &[
            "Michael Briggs, a spokesman for Sanders, said the campaign would continue.",
            "Paul Begala, a former political adviser to Mr. Clinton and a friend of the couple's, said the report was unfair.",
            "Brian Fallon, a spokesman for the Clinton campaign, said the emails showed nothing new.",
            "Jane Doe, an aide to the governor, told reporters the bill would pass.",
            "Tom Lee, one of the senator's advisers, said the vote would be close.",
            "Ann Wu, a source close to the talks, said the deal was near.",
            "Bill Frelick, refugee rights program director at Human Rights Watch, said in an interview that the camps were full.",
            "Rosa Diaz, senior fellow with the Cato Institute, told reporters the plan was costly.",
        ],
        ClaimClass::Named,
        |i| Some(who[i]),
    );
    // An anonymity clause there still makes the speaker unnamed.
    assert_eq!(
        last("One diplomat, who asked not to be named, said the vote would be delayed.").0,
        ClaimClass::Anonymous
    );
}

#[test]
fn party_and_creed_plurals_are_unnamed_groups() {
    check(
        &[
            "Many Democrats believe the race is over.",
            "Republicans pledged to block the nominee.",
            "Senate Republicans argue the bill costs too much.",
            "Some conservatives say the deal is a betrayal.",
            "Evangelicals say the candidate has earned their trust.",
            "“It is time to unite,” many Democrats said.",
        ],
        ClaimClass::Anonymous,
        |_| None,
    );
}

#[test]
fn a_party_tag_a_bare_role_or_a_time_phrase_after_a_name_leaves_the_name_the_speaker() {
    let who = [
        "Brad Sherman",
        "Amy Pope",
        "Ted Cruz",
        "Tom Cole",
        "Jan Smith",
        "Steve Rosenthal",
    ];
    check(
        &[
            "Rep. Brad Sherman (D-Calif.) last month joked to Federal Reserve Chair Janet Yellen that rates would stay low.",
            "“Our efforts have been insufficient,” Amy Pope, deputy homeland security advisor, said.",
            "Sen. Ted Cruz, R-Texas, said the ruling was wrong.",
            "Rep. Tom Cole (R-Okla.) on Tuesday warned that the bill would fail.",
            "Jan Smith, senior adviser, told reporters the plan was ready.",
            "“In every election there are such stories,” Steve Rosenthal, a former political director of the A.F.L.-C.I.O. and progressive political organizer, wrote.",
        ],
        ClaimClass::Named,
        |i| Some(who[i]),
    );
}

/// Appositives that open with a non-ASCII letter or a curly apostrophe (BASIL's "O’Rourke")
/// once cut a character in two where the party tag is looked for.
#[test]
fn appositives_with_non_ascii_letters_are_read_whole() {
    check(
        &[
            "Sen. Ted Cruz, O’Rourke’s rival, said the ruling was wrong.",
            "Rep. Tom Cole, D’Amato’s former aide, said the bill would fail.",
            "Jan Smith, É-mail chief, told reporters the plan was ready.",
        ],
        ClaimClass::Named,
        |i| Some(["Ted Cruz", "Tom Cole", "Jan Smith"][i]),
    );
}

#[test]
fn a_transcript_introducer_hands_the_quotation_to_the_speaker_before_it() {
    let intro = "Gov. John Kasich said, “I’m getting ready to rent a covered wagon.”";
    for (colon, body) in [
        ("Transcript as follows:", "\"Tonight we arrived in Cleveland, and we went to a restaurant. People started to cheer."),
        ("Partial transcript below:", "\"We are going to go all the way to the convention. I love you."),
        ("Transcript as follows:", "“We thought we could sneak in and grab a quick meal. My reaction, please don’t do that."),
    ] {
        let text = format!("{intro}\n\n{colon}\n\n{body}");
        let got = last(&text);
        assert_eq!(
            (got.0, got.1.as_deref()),
            (ClaimClass::Named, Some("John Kasich")),
            "{text}"
        );
    }
}

#[test]
fn speech_and_stance_verbs_beyond_say_attribute() {
    let who = [
        "Tom Carper",
        "Hillary Clinton",
        "Joe Arpaio",
        "Chris Christie",
        "Rahm Emanuel",
        "Joe Biden",
    ];
    check(
        &[
            "Sen. Tom Carper points out that the tax would hit middle-class workers hardest.",
            "It’s not just Democrats in Congress: Hillary Clinton came out against the Cadillac tax in September.",
            "Sheriff Joe Arpaio vouched for the plan to build a wall along the border.",
            "Gov. Chris Christie made the case that the party needed a fighter in November.",
            "Mayor Rahm Emanuel downplayed the rift with the teachers’ union on Tuesday.",
            "Vice President Joe Biden trashes Trump at a rally in Scranton.",
        ],
        ClaimClass::Named,
        |i| Some(who[i]),
    );
}

#[test]
fn figures_before_a_cue_are_people_unless_an_institutions_numbers() {
    check(
        &[
            "Even with fewer people in the race, some GOP figures declared that Trump was nearly unstoppable.",
            "Republican establishment figures suggested the speechwriter be fired.",
            "Top GOP figures warned that the party could lose the Senate.",
            "Several Democratic figures argued the convention had gone well.",
            "Many Labour figures believe the leader must go.",
            "Some party figures concluded it was now too late to stop him.",
        ],
        ClaimClass::Anonymous,
        |_| None,
    );
    // Right after the institution's name they are its numbers, and it speaks through them.
    let (class, source, _) = last("ONS figures show unemployment rose in March.");
    assert_eq!((class, source.as_deref()), (ClaimClass::Named, Some("ONS")));
}

#[test]
fn an_organisation_stands_for_the_organisation_named_before_never_a_person() {
    check(
        &[
            "Mr. Clinton spoke in Ohio on Friday.\n\nThe union attacked the plan on Monday.",
            "Ms. Warren toured the plant.\n\nThe institute said it would sue.",
            "Senator Sanders rallied in Iowa.\n\nThe association rejected the proposal.",
            "The governor met Mr. Trump.\n\nThe league warned that the season could be cancelled.",
            "Mrs. Clinton spoke first.\n\nThe foundation denied any wrongdoing.",
            "Mr. Cruz spoke later.\n\nThe commission said the report was false.",
        ],
        ClaimClass::Anonymous,
        |_| None,
    );
    // An organisation of that kind named before is the one it stands for.
    let (class, source, _) = last(
        "The National Education Association held its convention in Ohio.\n\nThe association rejected the proposal.",
    );
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Named, Some("National Education Association"))
    );
    // An unnamed organisation is never the "he" who speaks next.
    let (class, source, _) = last(
        "Sen. Bernie Sanders met the paper's editors.\n\n“He is a politician selling fiction,” the paper's editorial board wrote.\n\n“Check out where the geniuses on the editorial page were on Iraq,” he said.",
    );
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Named, Some("Bernie Sanders"))
    );
    // So is one only mentioned before.
    let (class, source, _) = last(
        "Cosby gave to the Clinton Foundation in 2010.\n\nThe foundation refused to comment on the donations.",
    );
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Named, Some("Clinton Foundation"))
    );
    // A court is one by its name, never a company or a newspaper that spoke before.
    for text in [
        "Ruling\n\nAcme Corp said profits rose.\n\nThe law guarantees citizenship, the court said.",
        "Ruling\n\nThe Daily Ledger reported the vote.\n\nThe law guarantees citizenship, the court said.",
    ] {
        let (class, source, _) = last(text);
        assert_eq!(
            (class, source.as_deref()),
            (ClaimClass::Anonymous, Some("the court")),
            "{text}"
        );
    }
    let (class, source, _) = last(
        "Ruling\n\nThe Supreme Court ruled on Thursday that the law stands.\n\nThe law guarantees citizenship, the court said.",
    );
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Named, Some("Supreme Court"))
    );
}

#[test]
fn a_one_word_shouting_label_is_a_transcript_speaker() {
    let engine = Engine::new(RuleSet::default_rules());
    let last_in = |header: &str, text: &str| {
        let s = engine.score(Document::new(
            "t",
            format!("{header}Headline here\n\n{text}"),
        ));
        let c = s
            .claims
            .into_iter()
            .rfind(|c| s.article.paragraphs[c.paragraph].kind == ParagraphKind::Body)
            .unwrap_or_else(|| panic!("no claim in {text}"));
        (c.class, c.source.map(|s| s.name))
    };
    let transcript = "doc_kind: transcript\n---\n";
    // The label's name as the text writes it: in capitals only there, in title case.
    for (text, who) in [
        (
            "RAMOS: Secretary Clinton, you sent an e-mail to your daughter that night.",
            "Ramos",
        ),
        (
            "CLINTON: I feel a great deal of sympathy for the families, but she is wrong.",
            "Clinton",
        ),
        (
            "BOLDUAN: You guys were open to more debates back in January.",
            "Bolduan",
        ),
        (
            "BENENSON: We have a strong lead among women voters.",
            "Benenson",
        ),
        (
            "TRUMP: We are going to build a wall, and Mexico will pay.",
            "Trump",
        ),
        ("COOPER: It is a close race in Ohio tonight.", "Cooper"),
    ] {
        assert_eq!(
            last_in(transcript, text),
            (ClaimClass::Named, Some(who.to_string())),
            "{text}"
        );
    }
    // In news the same shape is a dateline, the outlet's own words; a heading word is nobody's,
    // and so is a shouting headline of several words.
    for text in [
        "MUMBAI: Heavy rain lashed the city on Monday, flooding roads.",
        "KABUL: A blast hit the capital on Friday.",
        "USA: The team won its first match of the cup.",
        "CORRECTION: An earlier version misstated the date.",
        "FIX IS IN: PBS moderators ignore the scandal.",
    ] {
        assert_eq!(last_in("", text).0, ClaimClass::Unattributed, "{text}");
    }
    assert_eq!(
        last_in(
            transcript,
            "CORRECTION: An earlier version misstated the date."
        )
        .0,
        ClaimClass::Unattributed
    );
}

/// A person whose name holds an organisation word ("Mr. Tom Union") is never the organisation
/// "the union" stands for, whether remembered as a speaker or only mentioned.
#[test]
fn an_organisation_word_never_stands_for_a_person_of_that_name() {
    for text in [
        "Mr. Tom Union said the strike was over. The union said members would vote.",
        "The strike was over, according to Mrs. Jane Union. The union said members would vote.",
    ] {
        assert_eq!(
            last(text),
            (
                ClaimClass::Anonymous,
                Some("the union".to_string()),
                Some("said".to_string())
            ),
            "{text}"
        );
    }
}

#[test]
fn a_cue_after_the_verb_of_a_named_subject_is_the_subjects() {
    use ClaimClass::Named;
    check_at(&[
        (
            "Senator Maria Lopez has made several sharp statements on the tariffs.",
            "statements",
            Named,
            Some("Maria Lopez"),
        ),
        (
            "Governor Tom Reed distanced himself from the plan by saying it cost too much.",
            "by saying",
            Named,
            Some("Tom Reed"),
        ),
        // "That" before "by" is what was done, no clause (from PolNeAR's half A).
        (
            "Talk\n\nHillary Clinton spoke in Ohio.\n\nShe followed that by saying, \"I am not a natural politician.\"",
            "by saying",
            Named,
            Some("Hillary Clinton"),
        ),
        (
            "Governor Tom Reed answered that by warning the council.",
            "by warning",
            Named,
            Some("Tom Reed"),
        ),
        (
            "A week later, Mayor Anna Berg reversed herself again, telling reporters the vote would go ahead.",
            "telling",
            Named,
            Some("Anna Berg"),
        ),
        (
            "Jon Park also took several swipes at the committee.",
            "swipes",
            Named,
            Some("Jon Park"),
        ),
        (
            "Dr. Lena Ortiz landed in trouble last month by tweeting that the vaccine was unsafe.",
            "tweeting",
            Named,
            Some("Lena Ortiz"),
        ),
        (
            "Once again, Chancellor Olaf Brandt avoided all mention of the scandal.",
            "mention",
            Named,
            Some("Olaf Brandt"),
        ),
        (
            "The sheriff, John Pate, spoke on Monday. Pate claimed in an interview that the vote was rigged.",
            "in an interview",
            Named,
            // The full name the narration gave.
            Some("John Pate"),
        ),
    ]);
}

#[test]
fn a_subject_that_receives_or_opens_another_clause_is_not_the_cues_source() {
    let cases = [
        (
            "Senator Maria Lopez has faced criticism from her own party.",
            "criticism",
            "Maria Lopez",
        ),
        (
            "Mayor Anna Berg is the only candidate who is viewed as honest by most voters.",
            "viewed",
            "Anna Berg",
        ),
        (
            "Mr. Ackman resigned, selling his stake at an estimated loss of $473 million.",
            "estimated",
            "Ackman",
        ),
        (
            "Jon Park locked up endorsements from three unions.",
            "endorsements",
            "Jon Park",
        ),
        (
            "Reuters could not independently verify the claims.",
            "claims",
            "Reuters",
        ),
        (
            "Politicians and even some technologists say the rules are toothless.",
            "say",
            "Politicians",
        ),
        (
            "Utilizing environmental language highlighting growth, the party sought limits.",
            "highlighting",
            "Utilizing",
        ),
    ];
    let mut bad = Vec::new();
    for (text, needle, not) in cases {
        let (_, source) = claim_at(text, needle);
        if source.as_deref().is_some_and(|s| s.contains(not)) {
            bad.push(format!("{text}\n    got {source:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_title_or_an_initial_keeps_the_name_whole_and_a_weekday_names_nobody() {
    use ClaimClass::Named;
    check_at(&[
        (
            "“This is a good step,” said Sen. Patty Murray, a chief negotiator on the bill.",
            "said",
            Named,
            Some("Patty Murray"),
        ),
        (
            "''There's always resistance,'' said Mr. Schmidt, who bought the property in 2006.",
            "said",
            Named,
            Some("Schmidt"),
        ),
        (
            "\"We can compete,\" said Rep. Patrick J. Tiberi (R-Ohio), a senior member.",
            "said",
            Named,
            Some("Patrick J. Tiberi"),
        ),
        (
            "“It works,” said Dr. Ana Smith of the county hospital.",
            "said",
            Named,
            Some("Ana Smith"),
        ),
        (
            "On Wednesday, however, the director of the F.B.I., James B. Comey, said that encryption was a problem.",
            "said",
            Named,
            Some("James B. Comey"),
        ),
        (
            "Hours later, Trump returned the compliment, telling Reuters the two were old friends.",
            "telling",
            Named,
            Some("Trump"),
        ),
    ]);
    let (_, source) = claim_at(
        "Wednesday added one more twist: the senator said he would not vote.",
        "added",
    );
    assert_ne!(source.as_deref(), Some("Wednesday"));
}

#[test]
fn an_unnamed_people_word_in_an_object_or_another_clause_is_not_the_speaker() {
    for text in [
        "When asked about the plan in an email to supporters, the answer was no.",
        "After thanking voters and volunteers, calling for unity was the theme of the night.",
        "Before urging residents to stay home, the storm warnings came too late.",
    ] {
        let (class, source, _) = last(text);
        assert!(
            class != ClaimClass::Anonymous,
            "{text}\n    got {class:?} {source:?}"
        );
    }
    // In the cue's own clause, the marker still speaks.
    assert_eq!(
        last("Two officials who spoke on condition of anonymity said the talks had failed.").0,
        ClaimClass::Anonymous
    );
}

#[test]
fn a_description_after_a_quotation_and_its_inverted_cue_is_the_speaker() {
    check(
        &[
            "“It is the same stuff,” said the man who built his career on his blue collar credentials.",
            "“We went a different direction,” said the former top aide to the governor.",
            "“It is about 20 years old,” said a longtime adviser to the senator.",
            "The regulator covered up the intrusions, according to a congressional report.",
            "“No one asked us,” said one of the farmers at the meeting.",
            "The plan was dropped in May, according to a transcript of the hearing.",
        ],
        ClaimClass::Anonymous,
        |_| None,
    );
}

#[test]
fn the_speaker_stands_before_a_long_set_off_description() {
    // An appositive with commas of its own, a relative clause, a discourse marker, a phrase
    // opened by a preposition, a party letter: the named speaker before them says it.
    let cases: &[(&str, &str)] = &[
        (
            "Anne Richards, assistant secretary of state for population, refugees, and migration, said on the call the plans would help.",
            "Anne Richards",
        ),
        (
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said the rabbis were alarmed.",
            "Jeffrey Salkin",
        ),
        (
            "Maria Lopez, a nurse, mother of three, and union steward, said the ward had been short of staff for months.",
            "Maria Lopez",
        ),
        (
            "Todd Wilcox, whose education was paid for by the Reserve Officers’ Training Corps (ROTC) program, said he would expand it.",
            "Todd Wilcox",
        ),
        (
            "Elward Edd, an official at the Hopi Tribal Housing Authority in Arizona, which has a backlog of 500 homes, said the rule would force him to cut hiring.",
            "Elward Edd",
        ),
        (
            "The Democratic National Committee, which is seen as aligned with Clinton, responded by blocking access to the data.",
            "Democratic National Committee",
        ),
        (
            "Will Rogers, for example, said the visit would earn the campaign attention all weekend.",
            "Will Rogers",
        ),
        (
            "Karen Bass, in fact, said the city would not pay.",
            "Karen Bass",
        ),
        (
            "Hillary Clinton, after the scandal about her email broke in March, initially said there was no classified material.",
            "Hillary Clinton",
        ),
        (
            "Donald Trump, in a brief interview on Saturday, said his plane was a great aircraft.",
            "Donald Trump",
        ),
        (
            "In the run-up to the elections, Senate Majority Leader Harry Reid (D) relentlessly attacked the Koch brothers.",
            "Harry Reid",
        ),
        (
            "First there was the editorial page editor Bret Stephens, who, after trading insults with the host, said the party had lost its way.",
            "Bret Stephens",
        ),
    ];
    assert_named(cases, |got, want| got == want);
}

#[test]
fn a_quantifier_set_off_before_a_participle_names_nobody() {
    // "both considered": nobody is named as the one who considers.
    let (class, source, _) = last(
        "The other two were Hui Chi-fung of the Democratic Party and Tanya Chan of the Civic Party, both considered to be moderates.",
    );
    assert_eq!((class, source.as_deref()), (ClaimClass::Agentless, None));
}

#[test]
fn a_government_or_company_is_not_a_person_named_before() {
    // "The company" never stands for a person named by surname with a title; "the campaign"
    // may stand for the person whose campaign it is.
    let text = "Mr. Ackman said the fund had lost money on the shares. On Tuesday, the company said it would not file its annual statement in time.";
    assert_ne!(last(text).1.as_deref(), Some("Ackman"));
    let text = "Mrs. Clinton spoke in Iowa on Monday. Regarding the emails, the campaign said in a statement that nothing was classified.";
    assert_eq!(last(text).1.as_deref(), Some("Clinton"));
}

#[test]
fn a_participle_after_while_in_or_by_shares_the_clause_subject() {
    let cases: &[(&str, &str)] = &[
        (
            "John Bolton had a comparable assessment of the record, while saying that the speech reassured him.",
            "John Bolton",
        ),
        (
            "Indiana Gov. Mike Pence is joining his running mate in calling for a special prosecutor.",
            "Mike Pence",
        ),
        (
            "Journalist Jorge Ramos corrected the candidate by tweeting back a link to a study.",
            "Jorge Ramos",
        ),
        (
            "Mayor Karen Bass answered the council without mentioning the budget gap.",
            "Karen Bass",
        ),
        (
            "Senator Maria Cantwell opened the hearing by warning that the airline had misled passengers.",
            "Maria Cantwell",
        ),
    ];
    // A title written before the name may stay in the source ("Journalist Jorge Ramos").
    assert_named(cases, |got, want| got.ends_with(want));
}

#[test]
fn the_set_off_rules_leave_names_lists_and_relative_clauses_alone() {
    // A name ending in "ly" after an opening phrase is still the speaker.
    for (text, want) in [
        (
            "In response, Italy said it would recall its ambassador.",
            "Italy",
        ),
        ("After the meeting, Kelly said the plan was dead.", "Kelly"),
        ("Earlier, Connolly said the vote was premature.", "Connolly"),
    ] {
        assert_eq!(last(text).1.as_deref(), Some(want), "{text}");
    }
    // A relative clause between the opening subject and "by …ing", a list's last item, a plural
    // subject after "over", a plural described after a pair of places: never those words.
    for (text, not) in [
        ("It was Pelosi who surprised her caucus by announcing she would step down.", "it"),
        (
            "They were stunned by the senator, who ended the hearing by declaring the witness in contempt.",
            "they",
        ),
        (
            "Protesters who marched to the office of Gov. Jerry Brown, a Democrat, and demanded action, said they would return.",
            "Jerry Brown",
        ),
        (
            "Representatives of Boeing, the Air Force, and several contractors, said the schedule would slip.",
            "Representatives of Boeing",
        ),
        (
            "Lawmakers in Ohio and Indiana, both states with large rural populations, said the rule would hurt farmers.",
            "Indiana",
        ),
    ] {
        assert_ne!(last(text).1.as_deref(), Some(not), "{text}");
    }
    let text = "On Tuesday, over 200 economists, including eight Nobel laureates, said the plan would raise inflation.";
    assert_eq!(last(text).0, ClaimClass::Anonymous, "{text}");
}

#[test]
fn a_relative_pronoun_after_a_preposition_or_before_its_own_subject_is_not_the_speaker() {
    assert_named(
        &[
            (
                "Maria Lopez spoke to the paper in May. The paper ran a long interview, in which she says the fund was mismanaged.",
                "Maria Lopez",
            ),
            (
                "Mr. Ubben, who has a 4.4 percent stake and also has a seat on Valeant's board, has defended the company.",
                "Ubben",
            ),
            (
                "Tom Reyes said the count was wrong. The senator gave a speech, during which he claimed the count was rigged.",
                "Tom Reyes",
            ),
        ],
        |got, want| got == want,
    );
}

#[test]
fn a_discourse_marker_or_an_opening_participle_leaves_the_main_clauses_speaker() {
    assert_named(
        &[
            (
                "Breitbart News, for one, noted the dichotomy between the way the two men are being treated.",
                "Breitbart News",
            ),
            (
                "Noting he majored in philosophy during college, Allen said he tends to give issues more deliberation.",
                "Allen",
            ),
            (
                "Speaking to reporters in Kyiv, Olena Marchenko said the convoy had been shelled.",
                "Olena Marchenko",
            ),
            (
                "Pointing to one big change in staffing, Katie Walsh noted that Ohio had only one paid staffer.",
                "Katie Walsh",
            ),
        ],
        |got, want| got == want,
    );
}

#[test]
fn what_a_claim_is_according_to_is_its_source_even_in_lower_case() {
    check(
        &[
            "Oksuz registered Harmony in New Jersey in 2010, according to state corporate records.",
            "G-III has more than 7,600 employees, mostly working in its retail stores, according to company documents.",
            "Late Sunday, Clinton won the primary in Puerto Rico, according to early returns.",
            "It has spent about $12 million since early September in the state, according to media trackers.",
        ],
        ClaimClass::Anonymous,
        |i| {
            Some(
                [
                    "state corporate records",
                    "company documents",
                    "early returns",
                    "media trackers",
                ][i],
            )
        },
    );
    // Not a pronoun, and not a phrase cut short before a name.
    assert_named(
        &[(
            "Jorge Ramos said he left Mexico in 1983. He crossed the border after, according to him, Televisa censored his first report.",
            "Jorge Ramos",
        )],
        |got, want| got == want,
    );
    let (class, source, _) = last(
        "Prices rose 3 percent last year, according to data from the Federal Statistics Office.",
    );
    assert_ne!(source.as_deref(), Some("data from"), "{class:?}");
}

#[test]
fn he_or_she_later_in_a_sentence_is_the_named_person_it_opens_on() {
    use ClaimClass::Named;
    check_at(&[
        (
            "The oil industry says the market cannot absorb what Clinton wants.\n\nClinton has been cagey about where she stands, offering few specifics beyond an op-ed in May, in which she called for getting the program back on track.",
            "in which she called for",
            Named,
            Some("Clinton"),
        ),
        (
            "Jon Favreau mocked the campaign on Twitter.\n\nBrian Fallon fired back: “You just play a contrarian on TV,” he wrote.",
            "he wrote",
            Named,
            Some("Brian Fallon"),
        ),
        (
            "Larry Cole praised the ruling.\n\nTashfeen Malik passed three background checks, but none uncovered that she talked openly about violent jihad.",
            "she talked",
            Named,
            Some("Tashfeen Malik"),
        ),
    ]);
    // Not the subject of a clause set before the main one, nor a name inside a description.
    check_at(&[
        (
            "Hillary Clinton spoke in Concord.\n\nThough Sanders held double-digit leads in the state, she had hoped an aggressive push would narrow the gap.",
            "she had hoped",
            Named,
            Some("Hillary Clinton"),
        ),
        (
            "Donald Trump spoke in Detroit.\n\nThe Romney attack hit Trump differently, and he responded as if he had been personally hurt.",
            "he responded",
            Named,
            Some("Donald Trump"),
        ),
    ]);
}

#[test]
fn congress_and_parliament_are_organisations_for_pronouns() {
    use ClaimClass::Named;
    check_at(&[(
        "Maria Kowalski said Congress had failed the farmers. Congress says the bill is fair. She added that she would keep fighting.",
        "She added",
        Named,
        Some("Maria Kowalski"),
    )]);
}

/// Unnamed people set after an inverted cue ("…, said the people, who asked not to be
/// identified", "…, said two people familiar with the matter") are the anonymous source of the
/// whole sentence, whatever the clause before the cue opens on.
#[test]
fn unnamed_people_after_an_inverted_cue_are_the_anonymous_source() {
    use ClaimClass::Anonymous;
    check_at(&[
        (
            "Google is laying off hundreds of employees, according to people familiar with the matter.\n\nThe cuts affect several hundred people on the devices team, said the people, who asked not to be identified because the information is private.",
            "The cuts",
            Anonymous,
            Some("the people"),
        ),
        (
            "The cuts affect 300 workers, said two people familiar with the matter.",
            "The cuts",
            Anonymous,
            Some("two people familiar with the matter"),
        ),
        (
            "The cuts affect many workers, said two officials.",
            "The cuts",
            Anonymous,
            Some("two officials"),
        ),
        (
            "The plant will close in March, said three people briefed on the plan.",
            "The plant",
            Anonymous,
            Some("three people briefed on the plan"),
        ),
        (
            "The review has no deadline, said the people, who weren’t authorized to speak publicly about the matter.",
            "The review",
            Anonymous,
            Some("the people"),
        ),
        (
            "The deal could be signed next week, said people familiar with the talks.",
            "The deal",
            Anonymous,
            Some("people familiar with the talks"),
        ),
    ]);
    // What was said is no speaker: "…, said a deal was close".
    check_at(&[(
        "Hugo Marsh left the talks early, said a deal was close and flew home.",
        "Hugo",
        ClaimClass::Named,
        Some("Hugo Marsh"),
    )]);
}

/// A named organisation's wing or office speaks for it ("Hamas's armed wing said", "Hezbollah's
/// media office said"), as its spokesperson does; the people unnamed by their trade ("Some
/// cardiologists not involved in the research cautioned", "Pediatricians say") or as parents are
/// an unnamed source.
#[test]
fn an_organisations_wing_speaks_for_it_and_people_by_trade_are_unnamed() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "Hamas’s armed wing said its fighters had destroyed several Israeli tanks.",
            "Hamas",
            Named,
            Some("Hamas"),
        ),
        (
            "Hezbollah's media office said the talks had failed.",
            "Hezbollah",
            Named,
            Some("Hezbollah"),
        ),
        (
            "Pakistan's military media wing said six militants had been killed.",
            "Pakistan",
            Named,
            Some("Pakistan"),
        ),
        (
            "Some cardiologists not involved in the research cautioned that 17% of participants stopped taking the drug.",
            "Some",
            Anonymous,
            Some("some cardiologists"),
        ),
        (
            "Pediatricians say the guidance is overdue.",
            "Pediatricians",
            Anonymous,
            Some("pediatricians"),
        ),
        (
            "A psychiatrist at the clinic said the waiting list had doubled.",
            "A psychiatrist",
            Anonymous,
            Some("a psychiatrist"),
        ),
        (
            "A group of parents had asked the board to remove the books.",
            "A group",
            Anonymous,
            Some("parents"),
        ),
    ]);
}

/// A business named after lower-case words that describe it, behind a capitalised opening
/// ("Chilean state copper miner Codelco", "German engineering group Siemens", "Apple supplier
/// Foxconn"), is the subject of the verbs that follow, and what "it" stands for next; not the
/// nationality or the first word.
#[test]
fn a_business_described_before_its_name_is_the_subject() {
    use ClaimClass::Named;
    check_at(&[
        (
            "SANTIAGO, March 19 (Reuters) - Chilean state copper miner Codelco lowered its 2025 production forecast on Wednesday, citing lower ore grades.\n\nThe company now expects to produce 1.3 million tons this year, it said.",
            "citing",
            Named,
            Some("Codelco"),
        ),
        (
            "SANTIAGO, March 19 (Reuters) - Chilean state copper miner Codelco lowered its 2025 production forecast on Wednesday, citing lower ore grades.\n\nThe company now expects to produce 1.3 million tons this year, it said.",
            "it said",
            Named,
            Some("Codelco"),
        ),
        (
            "German engineering group Siemens cut its outlook and said orders had slowed.",
            "German",
            Named,
            Some("Siemens"),
        ),
        (
            "State copper miner Codelco lowered its forecast, citing lower ore grades.",
            "State",
            Named,
            Some("Codelco"),
        ),
        (
            "Apple supplier Foxconn cut its sales outlook and said demand for servers had cooled.",
            "Apple",
            Named,
            Some("Foxconn"),
        ),
        (
            "China's state-owned investment giant CITIC runs an oil field in Kazakhstan and says it has set up a fund.",
            "China",
            Named,
            Some("CITIC"),
        ),
        (
            "South Korean chipmaker SK Hynix raised its spending plan, citing demand for AI memory.",
            "South",
            Named,
            Some("SK Hynix"),
        ),
    ]);
}

/// A one-word name that opens its sentence and is held apart from its cue ("Toyota cut 200
/// jobs and said …") is a name when the story also writes it as a possessive ("Toyota's plant"),
/// as it is when written capitalised mid-sentence; a common noun stays no name however written.
#[test]
fn a_one_word_name_opening_its_sentence_is_a_name_the_story_writes_as_a_possessive() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "Toyota's Kentucky plant builds the Camry.\n\nToyota cut 200 jobs and said more cuts could follow.",
            "Toyota cut",
            Named,
            Some("Toyota"),
        ),
        (
            "GEORGETOWN, Ky. (Reuters) - Toyota cut 200 jobs at the plant on Tuesday, citing weak demand for sedans.\n\nToyota's shares fell 2% in Tokyo.",
            "Toyota cut",
            Named,
            Some("Toyota"),
        ),
        (
            "Codelco lowered its output forecast for the year, citing lower ore grades.\n\nCodelco's El Teniente mine flooded in May.",
            "Codelco lowered",
            Named,
            Some("Codelco"),
        ),
        (
            "Heineken's brewery in Zoeterwoude will close.\n\nHeineken raised prices in March, blaming higher costs for barley.",
            "Heineken raised",
            Named,
            Some("Heineken"),
        ),
        (
            "Ryanair’s fleet is grounded.\n\nRyanair cancelled 400 flights and warned of more disruption.",
            "Ryanair cancelled",
            Named,
            Some("Ryanair"),
        ),
        (
            "Ørsted's shares slumped.\n\nØrsted scrapped two wind farms, citing rising costs.",
            "Ørsted scrapped",
            Named,
            Some("Ørsted"),
        ),
        (
            "Everyone's bill went up.\n\nEveryone cut spending, citing the bill.",
            "Everyone cut",
            Anonymous,
            Some("everyone"),
        ),
        (
            "Police's role grew.\n\nPolice cut patrols, citing costs.",
            "Police cut",
            Anonymous,
            Some("police"),
        ),
    ]);
    // A possessive elsewhere is no evidence for a capitalised common noun.
    let (class, source) = claim_at(
        "Government's plan was cut in March.\n\nGovernment research shows that the program works.",
        "Government research",
    );
    assert_ne!(class, Named, "{source:?}");
}

#[test]
fn a_common_noun_capitalised_at_the_start_of_a_sentence_is_an_unnamed_source() {
    check(
        &[
            "Police said the girl was pepper-sprayed in the crowd.",
            "Companies say that weakening encryption would make users more vulnerable.",
            "Employees protested outside the company's stores throughout the strike.",
            "Members of the conservative press accused Clinton of implying officers were racist.",
        ],
        ClaimClass::Anonymous,
        |_| None,
    );
    // Not a capitalised noun inside a name ("the nation's Ministry of Health"), nor one person's
    // role or an institution in the singular, which may be a surname, a title or a name.
    for text in [
        "The outbreak was declared by the nation's Ministry of Health on Friday, officials said.",
        "Army said the drills would go ahead.",
    ] {
        let (class, source, _) = last(text);
        assert!(
            !(class == ClaimClass::Anonymous
                && source
                    .as_deref()
                    .is_some_and(|s| s.contains("ministry") || s == "army")),
            "{text}: {class:?} {source:?}"
        );
    }
    let (class, source, _) = last(
        "Patty Judge said she would run.\n\nJudge doesn't have the name recognition of Grassley, but she argues that he has fallen out of touch.",
    );
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Named, Some("Patty Judge"))
    );
}

#[test]
fn a_quoted_title_or_a_noun_cue_leaves_the_speaker_before_them() {
    assert_named(
        &[
            (
                "Trump, the longtime owner of the Miss Universe pageant and star of the reality TV show \"The Apprentice,\" said in an interview that conventions have been too dull.",
                "Trump",
            ),
            (
                "Steven Aftergood, who heads a project on government secrecy, said the attention was overblown, partly because similar classification disputes are common.",
                "Steven Aftergood",
            ),
        ],
        |got, want| got == want,
    );
    // A verb is never the speaker's description ("said", "having").
    for text in [
        "Maria Lopez said the plan was sound.\n\nYet she has just now hired a pollster, having rejected the need for one.",
        "Trump, the star of \"The Apprentice,\" said in an interview that he was bored.",
    ] {
        let (_, source, _) = last(text);
        assert!(
            !matches!(source.as_deref(), Some("said" | "having")),
            "{text}: {source:?}"
        );
    }
}

#[test]
fn a_participle_after_a_comma_is_never_the_objects() {
    assert_named(
        &[(
            "Mark Penn said the firm was ready.\n\nYet he has just now hired a pollster, having rejected the need for one in the primaries.",
            "Mark Penn",
        )],
        |got, want| got == want,
    );
    for text in [
        "Clinton misjudged Assad, referring to him as a \"reformer.\"",
        "Clinton misjudged Syrian President Bashar Assad, having referred to him as a \"reformer.\"",
    ] {
        let (_, source, _) = last(text);
        assert!(
            !source.as_deref().is_some_and(|s| s.contains("Assad")),
            "{text}: {source:?}"
        );
    }
}

#[test]
fn the_opening_name_ends_before_a_possessive_or_an_of_phrase() {
    assert_named(
        &[
            (
                "Joe Biden's Fourth of July message focused on injustice, as he called for unity.",
                "Joe Biden",
            ),
            (
                "Rep. Ilhan Omar of Minnesota sparked a controversy when she criticized the aid.",
                "Ilhan Omar",
            ),
        ],
        |got, want| got == want,
    );
}

#[test]
fn a_representative_or_a_document_of_someone_speaks_for_them() {
    assert_named(
        &[
            (
                "Donald Trump spoke in Iowa.\n\nIn the 1980s, he paid $8 million for a jet, according to his book \"The Art of the Deal.\"",
                "Donald Trump",
            ),
            (
                "Maria Lopez said she would sue.\n\nHer statement said the case was strong.",
                "Maria Lopez",
            ),
            (
                "Tom Reyes said he would appeal.\n\nHis lawyers said he was innocent.",
                "Tom Reyes",
            ),
        ],
        |got, want| got == want,
    );
    // An acronym with full stops is an organisation: never "she".
    let (class, source, _) = last(
        "Figures from the I.M.F. show growth of 2.5 percent, which officials said was weak.\n\nShe said the figures were wrong.",
    );
    assert_ne!(source.as_deref(), Some("I.M.F."), "{class:?}");
    let (class, source, _) =
        last("The economy grew by 2.5 percent in the spring, which officials said was weak.");
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Anonymous, Some("officials"))
    );
}

#[test]
fn an_institutions_research_speaks_for_it_and_people_may_stand_before_a_place_phrase() {
    assert_named(
        &[
            (
                "Bernie Sanders has raised $6 million from tech donors, according to new Crowdpac research.",
                "Crowdpac",
            ),
            (
                "Clinton holds a 10-point lead in California, according to the RealClearPolitics average of polls.",
                "RealClearPolitics",
            ),
            (
                "Marking the end of the primaries with a formal speech -- complete with teleprompter -- Trump told supporters that the race was over.",
                "Trump",
            ),
        ],
        |got, want| got == want,
    );
    check(
        &[
            "But several GOP leaders on the ground told POLITICO that the candidate listened.",
            "Presidential candidates in both parties condemned the test.",
            "Two people at the meeting said the vote was rigged.",
            "Another ranking says he's not even a billionaire.",
        ],
        ClaimClass::Anonymous,
        |_| None,
    );
    // A lone word capitalised only because it opens the sentence speaks for no institution's
    // noun ("Government research shows", "Preliminary findings show").
    for text in [
        "Government research shows that the program works.",
        "Preliminary findings show a rise in cases.",
    ] {
        let (class, source, _) = last(text);
        assert_ne!(class, ClaimClass::Named, "{text}: {source:?}");
    }
    // Things in the plural before a place phrase are no speakers ("several cases in Ohio").
    let (class, source, _) = last("Several cases in Ohio show the rule is applied unevenly.");
    assert_ne!(class, ClaimClass::Anonymous, "{source:?}");
    // A noun in -ing after "the" is no person ("the drinking continued").
    let (class, source, _) =
        last("Donald Trump said his brother drank.\n\nBut the drinking continued, and four years later, Freddy was dead.");
    assert_ne!(class, ClaimClass::Named, "{source:?}");
}

/// The speaker a title names, as `title_speaker` reads it (None when the title names nobody).
fn title_names(title: &str) -> Option<(DocKind, &str)> {
    let lex = RuleSet::default_rules().lexicon;
    title_speaker(title, &lex).map(|(k, r)| (k, &title[r]))
}

/// A title that says the document is someone's statement or remarks names its speaker; a
/// headline about a statement does not.
#[test]
fn a_title_names_the_documents_speaker() {
    use DocKind::{Speech, Statement};
    let cases = [
        // The White House's and the President of Ukraine's own titles (../shared/corpus).
        ("Statement by President Joe Biden on Support for Ukraine and Call with President Zelenskyy of Ukraine", Some((Statement, "President Joe Biden"))),
        ("Remarks by President Biden Announcing Response to Russian Actions in Ukraine", Some((Speech, "President Biden"))),
        ("Statement from Press Secretary Jen Psaki on Russian Aggression Towards Ukraine", Some((Statement, "Press Secretary Jen Psaki"))),
        ("Statement of the President on the NATO Summit and Call with President Zelenskyy", Some((Statement, "the President"))),
        ("Statement by NSC Spokesperson Adrienne Watson on the Democratic People’s Republic of Korea’s Ballistic Missile Launch", Some((Statement, "NSC Spokesperson Adrienne Watson"))),
        ("Address by the President of the Russian Federation", Some((Speech, "the President of the Russian Federation"))),
        ("Address by the President to Ukrainians at the end of the first day of Russia's attacks", Some((Speech, "the President"))),
        // More of the pattern.
        ("Joint Statement by Prime Minister Kishida and President Yoon", Some((Statement, "Prime Minister Kishida"))),
        ("Opening Remarks by Secretary-General António Guterres at the Security Council", Some((Speech, "Secretary-General António Guterres"))),
        ("Remarks by Vice President Harris Honoring the Life of Former Senator Bob Dole", Some((Speech, "Vice President Harris"))),
        ("Message from the Secretary of State: Happy New Year", Some((Statement, "the Secretary of State"))),
        ("Keynote Speech by Chancellor Olaf Scholz, Munich Security Conference", Some((Speech, "Chancellor Olaf Scholz"))),
        // Headlines about a statement, not the statement; a speaker holds an office.
        ("Statement by Putin sparks outrage in Kyiv", None),
        ("Statement by Putin Sparks Outrage in Kyiv", None),
        ("Remarks by Trump on immigration draw fire from Democrats", None),
        ("Statement by Senior Administration Officials on Russia", None),
        ("Statement of Facts", None),
        ("Letter From Washington", None),
        ("Statement by The", None),
        ("Joint\u{a0}Statement by President Biden on Trade", Some((Statement, "President Biden"))),
        ("Remarks by the minister were taken out of context", None),
        ("Kremlin dismisses statement by NATO chief", None),
        ("Statement: Ministry will review the case", None),
        ("Biden remarks on Ukraine", None),
    ];
    let bad: Vec<String> = cases
        .iter()
        .filter(|(t, want)| title_names(t) != *want)
        .map(|(t, want)| format!("{t}\n    want {want:?} got {:?}", title_names(t)))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A claim's class, source and step name.
type ClaimSummary = (ClaimClass, Option<String>, &'static str);

/// Each body claim's class, source and step name, in order.
fn body_claims(text: &str) -> (DocKind, Vec<ClaimSummary>) {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("t", text));
    let claims = s
        .claims
        .into_iter()
        .filter(|c| s.article.paragraphs[c.paragraph].kind == ParagraphKind::Body)
        .map(|c| {
            (
                c.class,
                c.source.map(|s| s.name),
                c.step.map_or("-", |s| s.id.name()),
            )
        })
        .collect();
    (s.article.doc_kind, claims)
}

/// An outlet's opening line announcing the text ("… delivered the following address") stays the
/// outlet's; the address after it is the speaker's, though the line names the speaker in the
/// third person.
#[test]
fn a_line_announcing_the_text_leaves_the_speech_its_speakers() {
    let (kind, claims) = body_claims(
        "Address by President Mojca Kranjc to the Nation on the Flood Emergency\n\n\
         President Mojca Kranjc delivered the following address on Sunday evening.\n\n\
         Dear fellow citizens, tonight I speak to you from a country that has been tested as never before. The government has today approved an emergency fund of 500 million euros.\n",
    );
    assert_eq!(kind, DocKind::Speech);
    assert_eq!(
        claims,
        [
            (ClaimClass::Unattributed, None, "-"),
            (
                ClaimClass::Named,
                Some("Mojca Kranjc".into()),
                "speaker_turn"
            ),
            (
                ClaimClass::Named,
                Some("Mojca Kranjc".into()),
                "speaker_turn"
            ),
        ]
    );
    // A report that speaks of her in the third person after its first line stays news.
    let (kind, _) = body_claims(
        "Address by President Mojca Kranjc to the Nation on the Flood Emergency\n\n\
         President Mojca Kranjc delivered the following address on Sunday evening.\n\n\
         Kranjc said the government had approved an emergency fund. Critics said it came too late.\n",
    );
    assert_eq!(kind, DocKind::News);
}

/// A statement or speech whose title names its speaker is the speaker's words: every body
/// sentence is the speaker's claim, "I" and "we" the speaker, the headline the speaker's too.
#[test]
fn a_titled_statement_is_its_speakers_words() {
    // The opening of the White House's statement of 23 February 2022 (../shared/corpus).
    let text = "title: Statement by President Biden on Nord Stream 2\n---\n\
        Since Russia began deploying troops to the Ukrainian border, the United States has worked closely with our Allies and partners to deliver a strong, unified response. As I said when I met with Chancellor Scholz earlier this month, Germany has been a leader in that effort.\n\n\
        Yesterday, after further close consultations between our two governments, Germany announced that it would halt certification of the pipeline. Today, I have directed my administration to impose sanctions on Nord Stream 2 AG and its corporate officers.\n";
    let (kind, claims) = body_claims(text);
    assert_eq!(kind, DocKind::Statement);
    assert_eq!(claims.len(), 4, "{claims:?}");
    for c in &claims {
        assert_eq!(
            (c.0, c.1.as_deref(), c.2),
            (ClaimClass::Named, Some("Biden"), "speaker_turn"),
            "{claims:?}"
        );
    }
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("t", text));
    let headline = &s.claims[0];
    assert_eq!(
        headline.source.as_ref().map(|s| s.name.as_str()),
        Some("Biden")
    );
    assert_eq!(
        headline.cue.as_ref().map(|c| c.text.as_str()),
        Some("statement")
    );
    assert_eq!(
        headline.step.map(|s| s.speaker.map(SpeakerAt::name)),
        Some(Some("title"))
    );
    // The same text given as news stays the outlet's: "I" is its writer, Germany announced.
    let news = text.replace("---\n", "doc_kind: news\n---\n");
    let (kind, claims) = body_claims(&news);
    assert_eq!(kind, DocKind::News);
    assert!(
        claims.contains(&(ClaimClass::Named, Some("Germany".into()), "new_name")),
        "{claims:?}"
    );
    // A headline about a statement, over news copy, names no speaker of the document; nor does
    // one with an office in it when the body is a report in the third person.
    let (kind, claims) = body_claims(
        "Statement by Putin sparks outrage in Kyiv\n\nThe statement was read on state television on Monday. Officials in Kyiv said it was a threat.\n",
    );
    assert_eq!(kind, DocKind::News);
    assert_eq!(claims[1].0, ClaimClass::Anonymous, "{claims:?}");
    let (kind, claims) = body_claims(
        "Address by the Pope to be broadcast live\n\nThe address will be shown on Sunday. Officials in Rome said millions were expected to watch.\n",
    );
    assert_eq!(kind, DocKind::News);
    assert_eq!(claims[1].0, ClaimClass::Anonymous, "{claims:?}");
    // A body that reports on the title's speaker in the third person is a report about them.
    let (_, claims) = body_claims(
        "title: Remarks by Vice President Harris in Atlanta: What We Know\n---\nWe are tracking the event live. Harris spoke for 20 minutes about voting rights. We will update this story.\n",
    );
    assert!(claims.iter().all(|c| c.2 != "speaker_turn"), "{claims:?}");
    // A title with a non-breaking space before its word for the document reads the same.
    let (_, claims) = body_claims(&text.replace("title: Statement", "title: Joint\u{a0}Statement"));
    assert_eq!(claims[0].1.as_deref(), Some("Biden"), "{claims:?}");
}

/// In a transcript, a label in capitals with an office in it ("THE PRESIDENT:") opens the
/// speaker's turn, every sentence of it a claim of its own; a reporter's question ("Q …",
/// "Question: …") is the turn of an unnamed questioner, whose "I" is not the speaker's; an answer
/// marked "A:" ends it.
#[test]
fn a_label_in_capitals_is_the_person_the_title_names() {
    let claims = |text: &str| {
        let engine = Engine::new(RuleSet::default_rules());
        let s = engine.score(Document::new("t", text.to_string()));
        s.claims
            .into_iter()
            .filter(|c| s.article.paragraphs[c.paragraph].kind == ParagraphKind::Body)
            .map(|c| (c.class, c.source.map(|s| s.name).unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    let got = claims(
        "Press Briefing by Press Secretary Renata Okafor, National Security Adviser Paul Brandt and Deputy Press Secretary Sean McBride\n\n\
         MS. OKAFOR: Good afternoon, everyone. We applaud the Senate's vote on the rail bill.\n\n\
         MR. BRANDT: Thanks, Renata. We will talk with our allies in Brussels.\n\n\
         QUESTION: Several senators have called the jet sale a reward for bad behavior.\n\n\
         MS. JEAN-PIERRE: We respect the role of Congress.\n\n\
         MR. MCCONNELL: The Senate will vote on Tuesday, Mr. McConnell's office said.\n\n\
         MR. McBRIDE: The President will travel to Tokyo next week.\n",
    );
    let named = |n: &str| (ClaimClass::Named, n.to_string());
    // (A greeting or thanks right after the label asserts nothing: "Good afternoon, everyone.",
    // "Thanks, Renata.")
    assert_eq!(
        got,
        [
            named("Renata Okafor"),
            named("Paul Brandt"),
            (ClaimClass::Anonymous, "questioner".to_string()),
            named("Jean-Pierre"),
            named("McConnell"),
            named("Sean McBride"),
        ]
    );
}

/// A broadcast transcript labels its turns with names in capitals ("AILSA CHANG, HOST:",
/// "CLAUDIA SAHM:", then "SAHM:"): three such turns of two speakers or more make a transcript
/// however little of it is in the first person, and each turn is its speaker's, named as the
/// text spells the name; a long title before a name ("President of the People's Republic of
/// China Xi Jinping:") opens a new turn too.
#[test]
fn a_broadcast_transcripts_labels_in_capitals_open_turns() {
    use ClaimClass::Named;
    let npr = "Economist says rate cuts are coming\n\n\
               NPR’s Ailsa Chang spoke with Claudia Sahm, chief economist at New Century Advisors, about the outlook for interest rates.\n\n\
               AILSA CHANG, HOST: So inflation came in hotter than expected again. Does that change the picture for the Fed?\n\n\
               CLAUDIA SAHM: It does change the timing. I think we’ve gone from a cut in June to maybe a cut in September.\n\n\
               CHANG: And what does that mean for people with credit card debt?\n\n\
               SAHM: It means the pain goes on a bit longer. Mortgage rates are still around 7%, and they’re not coming down much.\n\n\
               CHANG: Are you worried about a recession?\n\n\
               SAHM: Not right now. The labor market is still solid, and consumers are still spending.\n";
    for (needle, who) in [
        ("So inflation", "Ailsa Chang"),
        ("It does change", "Claudia Sahm"),
        ("Mortgage rates", "Claudia Sahm"),
        ("The labor market", "Claudia Sahm"),
    ] {
        assert_eq!(
            claim_in(npr, needle),
            (Named, Some(who.to_string())),
            "{needle}"
        );
    }
    let kremlin = "Russian-Chinese talks\n\n\
                   Vladimir Putin held talks in Beijing with President of the People’s Republic of China Xi Jinping.\n\n\
                   President of Russia Vladimir Putin: Mr Chairman, friends, I am delighted to be in Beijing again. Our trade last year exceeded 227 billion dollars.\n\n\
                   President of the People’s Republic of China Xi Jinping: Mr President, dear friend, welcome to China.\n\n\
                   The China-Russia relationship has withstood the test of a changing international landscape.\n";
    for (needle, who) in [
        ("Our trade", "Vladimir Putin"),
        ("The China-Russia", "Xi Jinping"),
    ] {
        assert_eq!(
            claim_in(kremlin, needle),
            (Named, Some(who.to_string())),
            "{needle}"
        );
    }
}

/// Questions and answers marked "Q:" and "A:" (or "Q." and "A.") with no speaker labels are an
/// interview: each answer, and the paragraphs that go on with it, is the interviewee's, whom the
/// headline names (as far as the lines before the questions use the headline's words) or else
/// the lines before the first question; the outlet's lines before the questions stay its own,
/// and with no one named the answers are nobody's.
#[test]
fn answers_marked_a_are_the_interviewees() {
    let read = |text: &str| {
        let engine = Engine::new(RuleSet::default_rules());
        let s = engine.score(Document::new("t", text.to_string()));
        let claims: Vec<(ClaimClass, String, String)> = s
            .claims
            .iter()
            .map(|c| {
                let source = c
                    .source
                    .as_ref()
                    .map(|s| s.name.clone())
                    .unwrap_or_default();
                (c.class, source, s.article.text[c.span.clone()].to_string())
            })
            .collect();
        (s.article.doc_kind, claims)
    };
    let source_of = |claims: &[(ClaimClass, String, String)], opening: &str| {
        claims
            .iter()
            .find(|c| c.2.starts_with(opening))
            .map(|c| (c.0, c.1.clone()))
            .unwrap_or_else(|| panic!("no claim opens with {opening:?}: {claims:?}"))
    };
    let named = |n: &str| (ClaimClass::Named, n.to_string());
    let unattributed = (ClaimClass::Unattributed, String::new());
    // The headline names her after her office.
    let (kind, claims) = read(
        "Q&A: Fire Chief Maria Delgado on a Summer of Close Calls\n\n\
         Maria Delgado has led the Canyon County Fire District for six years. She spoke with the Herald about staffing.\n\n\
         Q: How does this season compare with previous ones?\n\n\
         A: We had fewer big fires, but more starts than ever. We responded to 312 vegetation fires.\n\n\
         Q: You have said staffing is your biggest worry.\n\n\
         A: Half of my firefighters are over 45.\n\n\
         Younger people cannot afford to live here on what we pay.\n",
    );
    assert_eq!(kind, DocKind::Interview);
    assert_eq!(source_of(&claims, "Maria Delgado has led"), unattributed);
    assert_eq!(
        source_of(&claims, "A: We had fewer"),
        named("Maria Delgado")
    );
    assert_eq!(source_of(&claims, "We responded"), named("Maria Delgado"));
    assert_eq!(source_of(&claims, "A: Half of my"), named("Maria Delgado"));
    // (An answer that goes on into the next paragraph.)
    assert_eq!(source_of(&claims, "Younger people"), named("Maria Delgado"));
    assert_eq!(
        source_of(&claims, "Q: You have said"),
        (ClaimClass::Anonymous, "questioner".to_string())
    );
    // The lines before the questions name him, the headline does not.
    let (_, claims) = read(
        "Five Questions About the Port Strike\n\n\
         Union leader Tomasz Wrobel has been on the picket line in Gdansk since March.\n\n\
         Q. Why now?\n\n\
         A. The contract ran out two years ago. Nobody in management answered our letters.\n\n\
         Q. How long can you hold out?\n\n\
         A. As long as it takes. The strike fund is full.\n",
    );
    assert_eq!(
        source_of(&claims, "A. The contract"),
        named("Tomasz Wrobel")
    );
    assert_eq!(
        source_of(&claims, "Nobody in management"),
        named("Tomasz Wrobel")
    );
    assert_eq!(source_of(&claims, "A. As long"), named("Tomasz Wrobel"));
    // A title-case headline's words run on past the name: only those the story uses count.
    let (_, claims) = read(
        "Q&A: Why Ben Carson Keeps Winning Over Evangelicals\n\n\
         Ben Carson sat down with us before a rally in Des Moines.\n\n\
         Q: What do voters tell you?\n\n\
         A: They want someone who is not a politician.\n\n\
         Q: And your critics?\n\n\
         A: They have never run anything.\n",
    );
    assert_eq!(source_of(&claims, "A: They want"), named("Ben Carson"));
    assert_eq!(
        source_of(&claims, "A: They have never"),
        named("Ben Carson")
    );
    // With no one named, the answers are nobody's: neither the questioner's nor invented.
    let (_, claims) = read(
        "Questions From Our Readers\n\n\
         Q: Why did the bridge close?\n\n\
         A: Two of its beams are cracked.\n\n\
         Q: When will it reopen?\n\n\
         A: Repairs should take three months.\n",
    );
    assert_eq!(source_of(&claims, "A: Two of its"), unattributed);
    assert_eq!(source_of(&claims, "A: Repairs"), unattributed);
    // One exchange a report quotes further down leaves the report news.
    let (kind, _) = read(
        "Council Delays Vote on Bridge\n\n\
         The city council delayed its vote on the bridge repairs on Tuesday.\n\n\
         Council member Sara Holm said the cost had doubled.\n\n\
         Engineers will report again in May.\n\n\
         The mayor took questions after the meeting.\n\n\
         Residents were divided.\n\n\
         Some asked for a ferry.\n\n\
         Q: Will the bridge reopen this year?\n\n\
         A: I hope so.\n",
    );
    assert_eq!(kind, DocKind::News);
}

/// Questions with no mark, each answered by one speaker's label ("Why now?" then "Wrobel: …"),
/// make an interview: the question is the interviewer's, the outlet's words, and the whole
/// answer paragraph is the speaker's, not only its first sentence.
#[test]
fn unmarked_questions_answered_by_a_label_are_an_interview() {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Union Leader Tomasz Wrobel on the Port Strike\n\n\
         Tomasz Wrobel has led the dockworkers' union in Gdansk since 2019. We spoke with him on the picket line.\n\n\
         Why strike now?\n\n\
         Wrobel: Because the contract ran out two years ago. Nobody in management answered our letters. The ships keep coming anyway.\n\n\
         How long can you hold out?\n\n\
         Wrobel: As long as it takes. The strike fund is full.\n"
            .to_string(),
    ));
    assert_eq!(s.article.doc_kind, DocKind::Interview);
    let of = |opening: &str| {
        s.claims
            .iter()
            .find(|c| s.article.text[c.span.clone()].starts_with(opening))
            .map(|c| (c.class, c.source.as_ref().map(|s| s.name.clone())))
    };
    let wrobel = Some((ClaimClass::Named, Some("Tomasz Wrobel".to_string())));
    assert_eq!(of("Nobody in management"), wrobel);
    assert_eq!(of("The ships keep"), wrobel);
    assert_eq!(of("The strike fund"), wrobel);
    // (The questions assert nothing; the line before them is the outlet's.)
    assert_eq!(of("Why strike"), None);
    assert_eq!(
        of("Tomasz Wrobel has led"),
        Some((ClaimClass::Unattributed, None))
    );
}

#[test]
fn transcript_turns_and_questions() {
    let text = "title: Remarks by President Biden on Russia’s Unprovoked and Unjustified Attack on Ukraine\n---\n\
        East Room\n\n\
        THE PRESIDENT:  Good afternoon. I have no plans to talk with Putin.\n\n\
        Q    Mr. President, I wonder whether the sanctions will work.\n\n\
        THE PRESIDENT:  They will take time. We will stand together.\n";
    let (kind, claims) = body_claims(text);
    assert_eq!(kind, DocKind::Speech);
    let named = |c: &(ClaimClass, Option<String>, &str)| {
        c.0 == ClaimClass::Named && c.1.as_deref() == Some("Biden")
    };
    // The two turns: two sentences each, all the President's, less the greeting that opens the
    // first ("Good afternoon." asserts nothing).
    assert_eq!(claims.iter().filter(|c| named(c)).count(), 3, "{claims:?}");
    // The question's "I" is not the President: the question is an unnamed questioner's.
    let question: Vec<_> = claims.iter().filter(|c| !named(c)).collect();
    assert_eq!(
        question,
        [&(
            ClaimClass::Anonymous,
            Some("questioner".into()),
            "speaker_turn"
        )],
        "{claims:?}"
    );
    // "Q:" and "A:" in an interview: the answer is not the questioner's.
    let (_, claims) = body_claims(
        "title: Remarks by Senator Joe Manchin at the Rotary Club\ndoc_kind: interview\n---\n\
         Q: You said yesterday the middle class is still getting crushed.\n\n\
         A: Well, I did. That is a big deal.\n",
    );
    assert_eq!(claims[0].1.as_deref(), Some("questioner"), "{claims:?}");
    assert!(
        claims[1..]
            .iter()
            .all(|c| c.1.as_deref() != Some("questioner")),
        "{claims:?}"
    );
    // With no labels, the paragraph after a question answers it: the speaker the title names,
    // not the questioner.
    let (_, claims) = body_claims(
        "title: Remarks by Chancellor Olaf Scholz at a Town Hall\n---\nGood evening. I am glad we could meet tonight, and I will take your questions.\n\nQ: Are you worried about the winter?\n\nI am not worried. We have prepared well and our storage is full.\n",
    );
    let sources: Vec<Option<&str>> = claims.iter().map(|c| c.1.as_deref()).collect();
    assert!(
        !sources.contains(&Some("questioner")) && sources.last() == Some(&Some("Olaf Scholz")),
        "{claims:?}"
    );
    // A turn that opens with a question is still its label's speaker's.
    let (_, claims) = body_claims(
        "Talks\n\nVladimir Putin: Good afternoon. I am glad to see you.\n\nEmmanuel Macron: Shall we begin with Ukraine? I think the situation there is very dangerous.\n\nWe must avoid a war at all costs.\n",
    );
    let last = claims.last().map(|c| c.1.as_deref());
    assert_eq!(last, Some(Some("Emmanuel Macron")), "{claims:?}");
    // A label alone in its paragraph, or "Question:" alone, opens the turn the next paragraph
    // speaks; an unnamed label ("Reporters:") ends the turn before it.
    let (_, claims) = body_claims(
        "Press conference\n\nVladimir Putin: Good afternoon. I am ready to answer your questions.\n\nEmmanuel Macron:\n\nI think we have made progress today.\n\nQuestion:\n\nMr President, I think prices are too high.\n\nReporters: We have a question about prices. Prices rose again this month.\n",
    );
    let sources: Vec<Option<&str>> = claims.iter().map(|c| c.1.as_deref()).collect();
    // (Putin's "Good afternoon." asserts nothing.)
    assert_eq!(
        sources,
        [
            Some("Vladimir Putin"),
            Some("Emmanuel Macron"),
            Some("questioner"),
            Some("reporters"),
            Some("reporters"),
        ],
        "{claims:?}"
    );
    // One late label in a report: the report's own lines after the speaker's paragraph are the
    // outlet's again.
    let (_, claims) = body_claims(
        "Ukraine latest\n\nRussian forces shelled Kharkiv overnight, officials said.\n\nAt least three people were killed.\n\nThe governor urged residents to stay in shelters.\n\nPresident Zelensky: We will rebuild every home. I promise.\n\nMeanwhile, in the south, Ukrainian troops advanced near Kherson. A military spokesman said the advance was slow.\n",
    );
    let last_two: Vec<_> = claims[claims.len() - 2..]
        .iter()
        .map(|c| (c.0, c.2))
        .collect();
    assert_eq!(
        last_two,
        [
            (ClaimClass::Unattributed, "-"),
            (ClaimClass::Anonymous, "unnamed_role")
        ],
        "{claims:?}"
    );
    // "Name to Name: …" is a headline, not a label.
    let (_, claims) = body_claims(
        "Headline\n\nZelensky to Putin: We will never surrender our land.\n\nHe spoke in Kyiv on Monday.\n",
    );
    assert!(
        claims.iter().all(|c| c.1.as_deref() != Some("Putin")),
        "{claims:?}"
    );
    // An aide's label with "to" in it is a label: the briefing is a transcript.
    let (kind, claims) = body_claims(
        "Briefing\n\nYury Ushakov briefed the media.\n\nAide to the President Yury Ushakov: Good evening! The call lasted an hour.\n\nQuestion: Did they agree on anything?\n\nYury Ushakov: We agreed to keep in touch. I can say no more.\n",
    );
    assert_eq!(kind, DocKind::Transcript);
    let ushakov = claims
        .iter()
        .filter(|c| c.1.as_deref() == Some("Yury Ushakov"))
        .count();
    // (His "Good evening!" asserts nothing.)
    assert_eq!(ushakov, 3, "{claims:?}");
}

/// The main clause's verb owns the claim, not a verb in an opening participle's clause, in a
/// relative clause about the subject or in the content after a number's comma.
#[test]
fn the_main_clause_owns_the_claim() {
    assert_last(&[
        (
            "Bloomberg reported that roughly 1,100 foreign donor names were not disclosed.",
            ClaimClass::Named,
            Some("Bloomberg"),
            Some("reported"),
        ),
        (
            "The ministry said 12,000 people had left, but 3,400 homes were not damaged.",
            ClaimClass::Anonymous,
            Some("the ministry"),
            Some("said"),
        ),
        (
            "Asked about Trump reshaping the map, Reid said the party should brace for a close election.",
            ClaimClass::Named,
            Some("Reid"),
            Some("said"),
        ),
        (
            "Asked on Monday whether her husband would hold a cabinet post, Mrs. Clinton shook her head and said no.",
            ClaimClass::Named,
            Some("Clinton"),
            Some("said"),
        ),
        (
            "Delegates who backed Ron Paul said the rules were unfair.",
            ClaimClass::Anonymous,
            Some("delegates"),
            Some("said"),
        ),
        (
            "Some who advocate free speech say the rule goes too far.",
            ClaimClass::Anonymous,
            Some("some"),
            Some("say"),
        ),
        (
            "Republicans who backed the bill said it would pass.",
            ClaimClass::Anonymous,
            Some("republicans"),
            Some("said"),
        ),
        (
            "Hillary Clinton, who called Sanders shortly after the winner was declared, told her supporters she would fight on.",
            ClaimClass::Named,
            Some("Hillary Clinton"),
            Some("told"),
        ),
        (
            "Mr. Leenders, who estimated that a third of his union's workers backed Trump, said he voted for Mr. Obama.",
            ClaimClass::Named,
            Some("Leenders"),
            Some("said"),
        ),
    ]);
}

/// Words for an unnamed number of people, a poll introduced with "a", an age standing for the
/// person named before: an unnamed source, or the person; never nobody (agentless) nor a name.
#[test]
fn unnamed_people_and_descriptions_are_sources() {
    assert_last(&[
        (
            "But few believe the deal will survive the summer.",
            ClaimClass::Anonymous,
            Some("few"),
            None,
        ),
        (
            "Not everyone is convinced the plan will work.",
            ClaimClass::Anonymous,
            Some("not everyone"),
            None,
        ),
        (
            "Some want to know if the foundation will act.",
            ClaimClass::Anonymous,
            Some("some"),
            None,
        ),
        (
            "But many mention the president only in passing.",
            ClaimClass::Anonymous,
            Some("many"),
            None,
        ),
        (
            "Few on either side of the debate think the tax will ever take effect.",
            ClaimClass::Anonymous,
            Some("few"),
            None,
        ),
        (
            "A new national poll suggests that the mayor may have been right.",
            ClaimClass::Anonymous,
            Some("a new national poll"),
            None,
        ),
        (
            "Senator Kelly Ayotte, 43, said she was tired.\n\nThe 43-year-old said she would run again.",
            ClaimClass::Named,
            Some("Kelly Ayotte"),
            None,
        ),
        (
            "Ships were diverted during the stoppage, according to figures from a freight data firm.",
            ClaimClass::Anonymous,
            Some("figures from a freight data firm"),
            None,
        ),
        (
            "Clinton leads by 271 delegates, according to a count by The Associated Press.",
            ClaimClass::Named,
            Some("Associated Press"),
            None,
        ),
        (
            "“This is a fair result,” union negotiator Pieter de Vries told reporters.\n\nThe port operator said work would resume with the evening shift.",
            ClaimClass::Anonymous,
            Some("the port operator"),
            None,
        ),
        (
            "“We are devastated,” the family said in a statement.",
            ClaimClass::Anonymous,
            Some("the family"),
            None,
        ),
        (
            "Estimates suggest 8000 migrants may be at sea in the region.",
            ClaimClass::Anonymous,
            Some("estimates"),
            None,
        ),
        (
            "According to a senior NATO diplomat, the alliance will meet on Friday.",
            ClaimClass::Anonymous,
            Some("a senior nato diplomat"),
            None,
        ),
        (
            "“That can go a long way,” said a senior Cruz adviser.",
            ClaimClass::Anonymous,
            Some("a senior cruz adviser"),
            None,
        ),
        (
            "One California delegate said he could not find a taker.",
            ClaimClass::Anonymous,
            Some("one california delegate"),
            None,
        ),
        (
            "The poll shows the senator ahead in Ohio.",
            ClaimClass::Anonymous,
            Some("the poll"),
            None,
        ),
        (
            "Investors worry that the bank will raise rates again.",
            ClaimClass::Anonymous,
            Some("investors"),
            None,
        ),
        (
            "Theresa Kostrzewa, a lobbyist who has donated close to $300,000 for Republicans, described a gathering of donors.",
            ClaimClass::Named,
            Some("Theresa Kostrzewa"),
            None,
        ),
    ]);
    // A thing is no source ("The decision threatens"), nor a count of people standing between
    // a name and its cue.
    let (class, _, _) = last("The decision threatens to create a political bind for the party.");
    assert_eq!(class, ClaimClass::Agentless);
    let (_, source, _) = last(
        "Donald Trump spoke in Ohio.\n\nTrump, later alleging - again falsely - that President Obama wanted to admit 250,000 Syrians, said he would deport refugees.",
    );
    assert!(
        !source.as_deref().is_some_and(|s| s.contains("Syrians")),
        "{source:?}"
    );
    // A clause that ends on a quantifier before a noun cue names nobody.
    let (class, _, _) = last("These results should be causing some worry at the committee.");
    assert_ne!(class, ClaimClass::Anonymous);
}

/// What a review of the rules above found, each now held: the verb inside a relative clause's own
/// clause is not the main verb, an inverted cue at the start is no participle, counts and ages,
/// a quantifier before a noun cue, a thing after "a", a time after "according to figures from".
#[test]
fn relative_clauses_counts_and_quantifiers_read_as_a_reader_reads_them() {
    assert_last(&[
        (
            "People who said they saw the crash told reporters it was terrible.",
            ClaimClass::Anonymous,
            Some("people"),
            Some("told"),
        ),
        (
            "Witnesses who said they heard shots told police the gunman fled.",
            ClaimClass::Anonymous,
            Some("witnesses"),
            Some("told"),
        ),
        (
            "Smith met voters who told him they believe the race is close.",
            ClaimClass::Anonymous,
            Some("voters"),
            Some("told"),
        ),
        (
            "Added Smith, a Republican who said the bill was dead: “We need a new plan.”",
            ClaimClass::Named,
            Some("Smith"),
            Some("added"),
        ),
        (
            "Women who voted for Trump in 2016 say they regret it.",
            ClaimClass::Anonymous,
            Some("women"),
            Some("say"),
        ),
        (
            "12 Republicans said they would vote no.",
            ClaimClass::Anonymous,
            Some("12 republicans"),
            Some("said"),
        ),
        (
            "Senator Kelly Ayotte met voters.\n\nA 43-year-old man told police he saw the crash.",
            ClaimClass::Anonymous,
            Some("a 43-year-old man"),
            Some("told"),
        ),
        (
            "Senator Kelly Ayotte met voters.\n\nThe 20-year-old law says otherwise.",
            ClaimClass::Agentless,
            None,
            Some("says"),
        ),
        (
            "A government shutdown threatens to derail the talks.",
            ClaimClass::Agentless,
            None,
            Some("threatens"),
        ),
        (
            "In a speech, a top adviser for President Obama explained the plan.",
            ClaimClass::Anonymous,
            Some("a top adviser"),
            Some("explained"),
        ),
        (
            "A lawyer for the family said they would sue.",
            ClaimClass::Anonymous,
            Some("a lawyer"),
            Some("said"),
        ),
        (
            "A reporter for Agence France-Presse called it “absolute chaos.”",
            ClaimClass::Named,
            Some("Agence France-Presse"),
            Some("called"),
        ),
        (
            "Senator Frank Church said the inquiry would go on.",
            ClaimClass::Named,
            Some("Frank Church"),
            Some("said"),
        ),
        (
            "Prices rose, according to data from the Bureau of Labor Statistics.",
            ClaimClass::Named,
            Some("Bureau of Labor Statistics"),
            Some("according to"),
        ),
    ]);
    // A quantifier that counts a noun cue is no speaker.
    for text in [
        "There were several allegations of fraud.",
        "His speech drew some praise and many attacks on his record.",
        "Prices rose, according to figures from the start of the year.",
    ] {
        assert_ne!(last(text).0, ClaimClass::Anonymous, "{text}");
    }
}

/// A name is a name, not a run of capitals: the function words and the last verb of a title-case
/// headline are in no name, a possessive ends the name it belongs to unless an organisation's
/// name goes on after it, a party word before a full name is no part of it, a name runs on over
/// spaces but not over a colon, a dash or a quotation mark, where a person comes from ("of New
/// York") is no part of their name, a place after a relative clause
/// continues the clause, a dateline is nobody's name, and a gerund after a preposition has no
/// speaker of its own.
#[test]
fn names_stop_where_a_reader_stops_them() {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Pastor Wants Girl Scout Leaders To Be Executed For Supporting Gays\n\n\
         After he blasted the film, Pastor Kevin Swanson set his sights on the Girl Scouts.\n\n\
         He then implied that scout leaders should be punished.",
    ));
    let names: Vec<&str> = s
        .claims
        .iter()
        .filter_map(|c| c.source.as_ref().map(|s| s.name.as_str()))
        .collect();
    assert!(
        !names.is_empty()
            && names
                .iter()
                .all(|n| !n.contains("Executed") && !n.contains("Wants")),
        "{names:?}"
    );
    assert_last(&[
        (
            "Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the Girl Scouts.",
            ClaimClass::Named,
            Some("Swanson"),
            Some("slammed"),
        ),
        (
            "Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the Second Amendment.\n\nFormer Gov. Sarah Palin’s Trump endorsement pleased him, Beck said.",
            ClaimClass::Named,
            Some("Beck"),
            Some("said"),
        ),
        (
            "CNBC's Becky Quick said the market was calm.",
            ClaimClass::Named,
            Some("Becky Quick"),
            Some("said"),
        ),
        (
            "The San Bernardino County Sheriff's Department said two people were arrested.",
            ClaimClass::Named,
            Some("San Bernardino County Sheriff's Department"),
            Some("said"),
        ),
        (
            "According to Saudi Arabia's Civil Defense Authority, 107 people died.",
            ClaimClass::Named,
            Some("Saudi Arabia's Civil Defense Authority"),
            Some("according to"),
        ),
        (
            "WASHINGTON — Hillary Clinton said the plan would work.",
            ClaimClass::Named,
            Some("Hillary Clinton"),
            Some("said"),
        ),
        (
            "BUENA PARK, Calif. - Mayor Jane Park said the plan would work.",
            ClaimClass::Named,
            Some("Jane Park"),
            Some("said"),
        ),
        (
            "Republican Christine Todd Whitman told reporters she would vote.",
            ClaimClass::Named,
            Some("Christine Todd Whitman"),
            Some("told"),
        ),
        (
            "The Republican National Committee said it would spend more.",
            ClaimClass::Named,
            Some("Republican National Committee"),
            Some("said"),
        ),
        (
            "Representative Mike Coffman of Colorado, a Republican who served as a Marine, denounced the remarks.",
            ClaimClass::Named,
            Some("Mike Coffman"),
            Some("denounced"),
        ),
        (
            "“Big tax cuts do not work,” James Pethokoukis of the American Enterprise Institute wrote.",
            ClaimClass::Named,
            Some("James Pethokoukis"),
            Some("wrote"),
        ),
        (
            "Conservative commentator Jonah Goldberg of the anti-Trump National Review imagined Christie was thinking: “My God what have I done?”",
            ClaimClass::Named,
            Some("Jonah Goldberg"),
            Some("imagined"),
        ),
        (
            "As it became clear that Sen. Ted Cruz (Tex.) would not speak, the crowd booed. Sen. Ted Cruz (Tex.) said he would not endorse him.",
            ClaimClass::Named,
            Some("Ted Cruz"),
            Some("said"),
        ),
        (
            "Analyst Mary Chen of the conservative Heritage Foundation said the bill would fail.",
            ClaimClass::Named,
            Some("Mary Chen"),
            Some("said"),
        ),
        (
            "Co-anchor Lester Holt, the host of the debate, asked the candidates about taxes.",
            ClaimClass::Named,
            Some("Lester Holt"),
            Some("asked"),
        ),
        (
            "Anchor Brewing said sales had doubled.",
            ClaimClass::Named,
            Some("Anchor Brewing"),
            Some("said"),
        ),
        (
            "Co-host Joe Scarborough said the party had lost its way.",
            ClaimClass::Named,
            Some("Joe Scarborough"),
            Some("said"),
        ),
        (
            "The American Society of Civil Engineers estimates that more will be needed.",
            ClaimClass::Named,
            Some("American Society of Civil Engineers"),
            Some("estimates"),
        ),
        (
            "The Hollywood Chamber of Commerce has announced that the star stays.",
            ClaimClass::Named,
            Some("Hollywood Chamber of Commerce"),
            Some("announced"),
        ),
        (
            "John Ryder, the RNC’s chief counsel and an RNC member from Tennessee, replied later to suggest the dispute is a misunderstanding. “I thought we were all on the same page,” Ryder wrote.",
            ClaimClass::Named,
            Some("John Ryder"),
            Some("wrote"),
        ),
        (
            "McDonald's Corp. said sales rose in Europe.",
            ClaimClass::Named,
            Some("McDonald's Corp"),
            Some("said"),
        ),
        (
            "Media Research Center’s Bozell agrees that Cruz is the best candidate.",
            ClaimClass::Named,
            Some("Bozell"),
            Some("agrees"),
        ),
        (
            "The American Red Cross said the shelters were full.",
            ClaimClass::Named,
            Some("American Red Cross"),
            Some("said"),
        ),
        (
            "Teach For America said it would cut staff.",
            ClaimClass::Named,
            Some("Teach For America"),
            Some("said"),
        ),
        (
            "FBI Director James Comey — who spoke for two hours — said the inquiry was over.",
            ClaimClass::Named,
            Some("James Comey"),
            Some("said"),
        ),
        (
            "The Women's Media Center said the coverage was unfair.",
            ClaimClass::Named,
            Some("Women's Media Center"),
            Some("said"),
        ),
    ]);
    // The first claim's source of whole documents. A name runs on over spaces, not over a
    // headline's colon ("He" is Gingrich, whom the label names); before a title-case headline's
    // colon the speaker is the name before a capitalised preposition, not the one after it; in
    // a title-case headline a run of capitals is cut to the longest tail the article writes
    // elsewhere, and a name the article writes whole stays whole.
    for (text, speaker) in [
        (
            "Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket\n\nNewt Gingrich spoke on Fox.",
            // The full name the body gives.
            "Newt Gingrich",
        ),
        (
            "Biden To Putin: Stay Out Of Ukraine\n\nThe talks ended.",
            "Biden",
        ),
        (
            "Kasich On Trump: 'He Is Not Qualified'\n\nThe talks ended.",
            "Kasich",
        ),
        (
            "9 (More) Offensive Things Donald Trump Has Said About Latinos\n\nDonald Trump spoke in Texas on Monday.",
            "Donald Trump",
        ),
        (
            "Benghazi Widow Dorothy Woods Defends Trump\n\nDorothy Woods spoke on Monday.",
            "Dorothy Woods",
        ),
        (
            "Bank Of America Says Profit Rose Sharply\n\nBank of America reported its results.",
            "Bank Of America",
        ),
    ] {
        let s = engine.score(Document::new("t", text));
        let first = s.claims.first().and_then(|c| c.source.as_ref());
        assert_eq!(first.map(|s| s.name.as_str()), Some(speaker), "{text}");
    }
    // A dateline before a stray closing quotation mark (it once cut the speaker's phrase
    // backwards).
    for text in [
        "WASHINGTON — ” Smith said.",
        "NEW YORK (AP) — ” Smith said.",
    ] {
        let s = engine.score(Document::new("t", format!("Headline here\n\n{text}")));
        assert_eq!(s.claims.len(), 2, "{text}");
    }
    // The first speaker keeps his own name: "Trump", not "Palin’s Trump" met later.
    let s = engine.score(Document::new(
        "t",
        "Headline here\n\nTrump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the Second Amendment.\n\nSarah Palin’s Trump endorsement pleased him, Beck said.",
    ));
    let first = s
        .claims
        .iter()
        .find(|c| c.cue.as_ref().is_some_and(|q| q.text == "warned"));
    assert_eq!(
        first
            .and_then(|c| c.source.as_ref())
            .map(|s| s.name.as_str()),
        Some("Trump")
    );
}

#[test]
fn a_sports_role_a_party_tag_or_a_web_domain_is_no_part_of_the_name() {
    use ClaimClass::Named;
    assert_last(&[
        ("Quarterback Aaron Rodgers said after Sunday's game that the offense needed work.", Named, Some("Aaron Rodgers"), Some("said")),
        ("Coach Andy Reid said the team would review the tape.", Named, Some("Andy Reid"), Some("said")),
        ("Pitcher Gerrit Cole told reporters his elbow felt fine.", Named, Some("Gerrit Cole"), Some("told")),
        ("Jets owner Woody Johnson said the decision was his alone.", Named, Some("Woody Johnson"), Some("said")),
        (
            "Rep. Tony Gonzales (R-TX) told Breitbart News the policy had failed and called on the Senate to act.\n\n\"It is a disaster,\" Gonzales said.",
            Named,
            Some("Tony Gonzales"),
            Some("said"),
        ),
        (
            "Sen. Elizabeth Warren (D-Mass.) said the deal was bad and called on the House to reject it.\n\n\"We can do better,\" Warren said.",
            Named,
            Some("Elizabeth Warren"),
            Some("said"),
        ),
        ("The Internet security firm Secunia.com has said that the browser has 277 flaws.", Named, Some("Secunia.com"), Some("said")),
        ("The Internet security firm Secunia.com, has said that the browser has 277 flaws.", Named, Some("Secunia.com"), Some("said")),
        ("Amazon.com said its sales rose.", Named, Some("Amazon.com"), Some("said")),
    ]);
}

#[test]
fn a_long_name_in_a_sentence_is_no_title_case_headline() {
    // Six of the eight longer words are capitalised, but "rose" and "according" are the
    // sentence's own: the name stays whole, however the article goes on.
    use ClaimClass::Named;
    check_at(&[(
        "Cases rose to 120, according to the Texas Department of State Health Services.\n\nHuman Services Secretary Robert Kennedy wrote that vaccines were a personal choice.",
        "Cases rose",
        Named,
        Some("Texas Department of State Health Services"),
    )]);
    assert_last(&[
        (
            "Cases rose to 120, according to the Texas Department of State Health Services.\n\nHealth and Human Services Secretary Robert F. Kennedy Jr. wrote on X that vaccines were a personal choice.",
            Named,
            Some("Robert F. Kennedy Jr"),
            Some("wrote"),
        ),
        ("Energy and Commerce Committee Chairman Frank Pallone said the bill would pass.", Named, Some("Frank Pallone"), Some("said")),
        ("Health and Human Services Secretary Xavier Becerra said the rule was final.", Named, Some("Xavier Becerra"), Some("said")),
        // Two people stay two.
        ("Joe Biden and Chuck Schumer said the bill would pass.", Named, Some("Joe Biden and Chuck Schumer"), Some("said")),
    ]);
}

#[test]
fn legal_acts_advocates_and_added_to_are_no_claims() {
    use ClaimClass::{Anonymous, Unattributed};
    assert_last(&[
        (
            "The judge dismissed the lawsuit on Friday.",
            Unattributed,
            None,
            None,
        ),
        (
            "The Senate dismissed the charges without a trial.",
            Unattributed,
            None,
            None,
        ),
        (
            "The appeals court dismissed the case last year.",
            Unattributed,
            None,
            None,
        ),
        (
            "The scandal only added to the picture of a campaign in chaos.",
            Unattributed,
            None,
            None,
        ),
        (
            "The latest hiccup only adds to the drama around the emails.",
            Unattributed,
            None,
            None,
        ),
        (
            "Reproductive rights advocates say the ruling will harm women.",
            Anonymous,
            Some("reproductive rights advocates"),
            Some("say"),
        ),
        (
            "Gun rights advocates argue the law is unconstitutional.",
            Anonymous,
            Some("gun rights advocates"),
            Some("argue"),
        ),
        (
            "Prosecutors allege that Hale created fake vendor accounts.",
            Anonymous,
            Some("prosecutors"),
            None,
        ),
        (
            "Critics allege the agency ignored the warnings.",
            Anonymous,
            Some("critics"),
            Some("allege"),
        ),
    ]);
}

#[test]
fn as_first_reported_by_closes_a_sentence_like_according_to() {
    use ClaimClass::Named;
    assert_last(&[
        (
            "The company plans to cut 500 jobs, as first reported by The Wall Street Journal.",
            Named,
            Some("The Wall Street Journal"),
            Some("reported"),
        ),
        (
            "The draft was briefly posted online, as first reported by Bloomberg Law.",
            Named,
            Some("Bloomberg Law"),
            Some("reported"),
        ),
        (
            "The plant will close in March, as reported by Reuters.",
            Named,
            Some("Reuters"),
            Some("reported"),
        ),
        (
            "The deal is worth $2 billion, as previously reported by the Financial Times.",
            Named,
            Some("Financial Times"),
            Some("reported"),
        ),
        (
            "The talks collapsed on Friday, as first reported by Politico.",
            Named,
            Some("Politico"),
            Some("reported"),
        ),
    ]);
}

#[test]
fn counted_or_quantified_people_are_an_unnamed_group() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("Ann Lee of Bloomberg Law reported the vote.\n\nAt least a dozen conservatives have said they will oppose the bill.", Anonymous, Some("at least a dozen conservatives"), Some("said")),
        ("Ann Lee of Bloomberg Law reported the vote.\n\nA dozen conservatives have said they will oppose the bill.", Anonymous, Some("a dozen conservatives"), Some("said")),
        ("A handful of Republican senators said they would vote no.", Anonymous, Some("a handful of republican senators"), Some("said")),
        ("Hundreds of doctors said the rule was unsafe.", Anonymous, Some("hundreds of doctors"), Some("said")),
        ("Several hospitals stopped delivering babies, citing staffing shortages.", Anonymous, Some("several hospitals"), Some("citing")),
        ("Several Idaho hospitals have already stopped delivering babies, citing staffing shortages.", Anonymous, Some("several idaho hospitals"), Some("citing")),
        ("Other Asian leaders said the situation was viewed with concern.", Anonymous, Some("other asian leaders"), Some("said")),
    ]);
}

#[test]
fn data_obtained_by_an_outlet_is_not_the_outlets() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "Arrests rose by a third, according to unpublished data obtained by Breitbart Texas.",
            Anonymous,
            Some("unpublished data"),
            Some("according to"),
        ),
        (
            "The plan cuts 300 jobs, according to documents seen by Reuters.",
            Anonymous,
            Some("documents"),
            Some("according to"),
        ),
        (
            "Sales fell, according to figures reviewed by The Wall Street Journal.",
            Anonymous,
            Some("figures"),
            Some("according to"),
        ),
    ]);
}

#[test]
fn a_surname_takes_the_full_name_the_narration_gave() {
    use ClaimClass::Named;
    assert_last(&[
        ("Secretary of State Antony Blinken arrived in Doha on Monday.\n\nMr. Blinken told reporters that a deal was close.", Named, Some("Antony Blinken"), Some("told")),
        ("The move was made by owner Woody Johnson after the loss.\n\n\"We need a change,\" Johnson said in a statement.", Named, Some("Woody Johnson"), Some("said")),
        ("Health Secretary Robert F. Kennedy Jr. visited the clinic.\n\nKennedy said the outbreak was under control.", Named, Some("Robert F. Kennedy Jr"), Some("said")),
        ("Justice Ruth Bader Ginsburg wrote the opinion.\n\nGinsburg said the law was clear.", Named, Some("Ruth Bader Ginsburg"), Some("said")),
        // Two people of that name: the surname is the one named first.
        ("Donald Trump and Ivanka Trump arrived together.\n\nTrump said the trip went well.", Named, Some("Donald Trump"), Some("said")),
        // A word before a place or a party is no first name.
        ("Trade with South China grew.\n\nChina said the figures were wrong.", Named, Some("China"), Some("said")),
        ("The Democratic Senate passed it.\n\nThe Senate said the bill would pass.", Named, Some("Senate"), Some("said")),
    ]);
}

#[test]
fn the_two_named_together_speak_together() {
    use ClaimClass::{Anonymous, Named};
    let pair = "House Minority Leader Hakeem Jeffries and Senate Minority Leader Chuck Schumer met with the president on Tuesday.";
    let both = Some("Hakeem Jeffries and Chuck Schumer");
    assert_last(&[
        (&format!("{pair}\n\nAfterward, the two said in a joint statement that the talks were productive."), Named, both, Some("said")),
        (&format!("{pair}\n\nThe two leaders said they would keep talking."), Named, both, Some("said")),
        (&format!("{pair}\n\nAfterward, the two said the talks were productive. The two leaders said they would meet again."), Named, both, Some("said")),
        (&format!("{pair}\n\nThey said the talks would go on."), Named, both, Some("said")),
        // Nobody named before: an unnamed pair.
        ("Afterward, the two said the talks were productive.", Anonymous, Some("the two"), Some("said")),
    ]);
    // "He" prefers the one the sentence opens on.
    assert_last(&[(
        "President Barack Obama and Vice President Joe Biden visited the memorial on Thursday.\n\n“I held and hugged” the families, he said.",
        Named,
        Some("Barack Obama"),
        Some("said"),
    )]);
}

#[test]
fn an_institution_is_nobody_he_or_she_stands_for() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        // The person the team's claim is about is whom "he" means, not the team.
        ("Defensive coordinator Jeff Ulbrich will take over as interim coach, the team announced.\n\nHe thanked the owner for the chance.", Named, Some("Jeff Ulbrich"), Some("thanked")),
        ("The plant will close next year, the team announced.\n\nHe thanked the owner for the chance.", Anonymous, Some("he"), Some("thanked")),
        ("The plant will close, the company said.\n\nShe said workers would be paid.", Anonymous, Some("she"), Some("said")),
        ("A company spokesman said the plant would close.\n\nHe declined to give details.", Anonymous, Some("a company spokesman"), None),
    ]);
}

#[test]
fn a_kicker_before_a_headline_label_is_no_part_of_the_speaker() {
    use ClaimClass::Named;
    let engine = Engine::new(RuleSet::default_rules());
    for (text, speaker) in [
        ("EXCLUSIVE - Gonzales: Biden Border Policy Has 'Failed Every Test'\n\nRep. Tony Gonzales spoke on Monday.", "Tony Gonzales"),
        ("WATCH — Trump: I Will Win\n\nThe rally ended.", "Trump"),
        ("EXCLUSIVE: Gonzales: The Policy Failed\n\nThe talks ended.", "Gonzales"),
    ] {
        let s = engine.score(Document::new("t", text));
        let first = s.claims.first().expect(text);
        assert_eq!(first.class, Named, "{text}");
        assert_eq!(first.source.as_ref().map(|s| s.name.as_str()), Some(speaker), "{text}");
    }
}

#[test]
fn the_one_met_in_a_claims_sentence_is_remembered_for_a_plural_role() {
    use ClaimClass::Named;
    assert_last(&[
        (
            "President Joseph R. Biden, Jr. held a secure video call today with President Vladimir Putin of Russia to discuss a range of topics.\n\nPresident Biden voiced the deep concerns of the United States. The presidents also discussed the dialogue on strategic stability.",
            Named,
            Some("Joseph R. Biden Jr and Vladimir Putin"),
            Some("discussed"),
        ),
        (
            "President Emmanuel Macron spoke with Chancellor Olaf Scholz on Monday to discuss the crisis.\n\nThe two leaders agreed to meet again.",
            Named,
            Some("Emmanuel Macron and Olaf Scholz"),
            Some("agreed to"),
        ),
        // "He" still prefers the speaker.
        (
            "President Joseph R. Biden, Jr. held a call today with President Vladimir Putin of Russia to discuss Ukraine.\n\nHe warned of strong measures.",
            Named,
            Some("Joseph R. Biden Jr"),
            Some("warned"),
        ),
    ]);
}

#[test]
fn a_short_opening_phrase_leaves_the_people_a_sentence_opens_on_remembered() {
    use ClaimClass::Named;
    let call = "On December 30, Vladimir Putin had a telephone conversation with President of the United States of America Joseph Biden.";
    assert_last(&[
        (&format!("{call}\n\nBoth leaders expressed willingness to engage in dialogue."), Named, Some("Vladimir Putin and Joseph Biden"), Some("expressed")),
        (&format!("{call}\n\nThe conversation was long. He stressed that guarantees were needed."), Named, Some("Vladimir Putin"), Some("stressed")),
        ("On Monday, Prime Minister Rishi Sunak met with President Emmanuel Macron in Paris.\n\nThe two leaders said the talks were useful.", Named, Some("Rishi Sunak and Emmanuel Macron"), Some("said")),
    ]);
}

#[test]
fn a_relatives_or_another_genders_full_name_is_not_the_surnames() {
    use ClaimClass::Named;
    assert_last(&[
        ("President Biden pardoned his son Hunter Biden on Sunday.\n\nMr. Biden said in a statement that his son had been singled out.", Named, Some("Biden"), Some("said")),
        ("His son Eric Trump also spoke at the rally.\n\nTrump said the economy was booming.", Named, Some("Trump"), Some("said")),
        // A courtesy title picks the one of its gender.
        ("Hillary Clinton and Bill Clinton arrived together.\n\nMrs. Clinton told the crowd she would win.", Named, Some("Hillary Clinton"), Some("told")),
        ("Hillary Clinton and Bill Clinton arrived together.\n\nMr. Clinton told the crowd she would win.", Named, Some("Bill Clinton"), Some("told")),
        ("Unlike Sanders, Warren has released her tax returns.\n\nSanders said the returns were coming.", Named, Some("Sanders"), Some("said")),
        ("Incumbent Maloney has outraised his rival.\n\nMaloney said he would win.", Named, Some("Maloney"), Some("said")),
        ("Brazilian President Luiz Inácio Lula da Silva arrived in Beijing.\n\nLula said trade would grow.", Named, Some("Lula"), Some("said")),
    ]);
}

#[test]
fn dismissing_a_case_is_an_act_and_dismissing_it_as_something_a_claim() {
    use ClaimClass::{Named, Unattributed};
    assert_last(&[
        (
            "Live Nation's chief executive, Michael Rapino, dismissed the charges as baseless.",
            Named,
            Some("Michael Rapino"),
            Some("dismissed"),
        ),
        (
            "Trump dismissed the charges as a witch hunt.",
            Named,
            Some("Trump"),
            Some("dismissed"),
        ),
        (
            "The judge dismissed the lawsuit on Friday.",
            Unattributed,
            None,
            None,
        ),
        (
            "A federal judge dismissed all charges against the former aide.",
            Unattributed,
            None,
            None,
        ),
        (
            "“We will see this through,” Klobuchar said, adding to the applause.",
            Named,
            Some("Klobuchar"),
            Some("said"),
        ),
        (
            "Smith added to his earlier comments on Tuesday, saying the plan was dead.",
            Named,
            Some("Smith"),
            None,
        ),
    ]);
}

#[test]
fn the_two_opening_a_sentence_are_the_pair_named_last() {
    use ClaimClass::{Anonymous, Named};
    let pair = "Rupert Murdoch and Lachlan Murdoch met with the board on Monday.";
    assert_last(&[
        (&format!("{pair}\n\nThe two said they had agreed on a plan."), Named, Some("Rupert Murdoch and Lachlan Murdoch"), Some("said")),
        (&format!("{pair}\n\nThe two men said the deal was done."), Named, Some("Rupert Murdoch and Lachlan Murdoch"), Some("said")),
        ("Hakeem Jeffries and Chuck Schumer met with the president on Monday.\n\nTwo days later, Mike Johnson and John Thune met with him too. Afterward, the two said they were optimistic.", Named, Some("Mike Johnson and John Thune"), Some("said")),
        ("The two said they had agreed on a plan.", Anonymous, Some("the two"), Some("said")),
        // A trailing attribution before ", as first reported by" keeps the claim from the outlet.
        ("The plan is dead, officials said, as first reported by Axios.", Anonymous, Some("officials"), Some("said")),
    ]);
}

#[test]
fn the_person_a_claim_is_about_is_not_its_speaker() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        // "The prosecutor" is the one named before, not the mayor the claim is about.
        ("U.S. Attorney Damian Williams spoke on Monday. Mayor Eric Adams was indicted on five counts, the prosecutor said.", Named, Some("Damian Williams"), Some("said")),
        // "He" after an unnamed spokesman is the spokesman, not the senator the claim is about.
        ("Senator Jane Roe's bill failed because two Democrats defected, her spokesman said. He said the senator would bring it back in the fall.", Anonymous, Some("he"), Some("said")),
        ("Judge Juan Merchan delayed the sentencing, the defense lawyer said.", Anonymous, Some("the defense lawyer"), Some("said")),
    ]);
}

#[test]
fn he_or_she_after_an_institutions_claim_is_the_person_it_is_about() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Coach Robert Saleh was fired on Tuesday, the team announced. He said he was shocked by the decision.", Named, Some("Robert Saleh"), Some("said")),
        ("Chief executive Linda Marsh resigned on Monday, the company said in a statement. She will stay on as an adviser, she said.", Named, Some("Linda Marsh"), Some("said")),
        ("Quarterbacks coach Tee Martin was also dismissed, the club said.\n\nHe declined to comment.", Named, Some("Tee Martin"), Some("declined to")),
        // Only "he" or "she": a role later is not the person ("the prosecutor" is nobody named).
        ("Coach Robert Saleh was fired, the team announced. Mayor Eric Adams was indicted, the prosecutor said.", Anonymous, Some("the prosecutor"), Some("said")),
        // Nor a person of the other gender.
        ("Chief executive Linda Marsh resigned, the company said. He said the board was grateful.", Anonymous, Some("he"), Some("said")),
        // A spokesman speaks for a person, and so is no institution: "he" is the spokesman.
        ("A team spokesman said Coach Robert Saleh was fired. He declined to give details.", Anonymous, Some("a team spokesman"), Some("declined to")),
        // "her spokesman" is the senator's, whom the sentence opens on.
        ("U.S. Attorney Damian Williams spoke on Monday. Senator Jane Ortiz voted against the bill, her spokesman said.", Named, Some("Jane Ortiz"), Some("said")),
    ]);
}

#[test]
fn local_offices_are_titles_not_names() {
    use ClaimClass::Named;
    assert_last(&[
        ("Superintendent Angela Brooks said the district had tightened its budget.", Named, Some("Angela Brooks"), Some("said")),
        ("Councilman Raymond Pike said the council had not explored alternatives.", Named, Some("Raymond Pike"), Some("said")),
        ("Alderwoman Rosa Diaz told reporters the vote was rushed.", Named, Some("Rosa Diaz"), Some("told")),
        ("At the ceremony, NASA Administrator Charles Bolden announced the new homes of the shuttles.", Named, Some("Charles Bolden"), Some("announced")),
        // A titled subject set off by a comma clause is whom "she" means later.
        ("Councilwoman Teresa Nguyen, who represents the east side, voted for the closure.\n\nShe said she had struggled with the decision.", Named, Some("Teresa Nguyen"), Some("said")),
        ("Chancellor Olaf Scholz, the host, thanked the delegations. He said the talks were useful.", Named, Some("Olaf Scholz"), Some("said")),
    ]);
}

#[test]
fn a_document_introduced_with_no_name_speaks_for_itself() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        // Not for the people the claim that cited it was about.
        ("According to a probable cause affidavit, Travis Dunham and Daniel Reyes argued inside the bar after Dunham bumped into Reyes's girlfriend. A bouncer asked Dunham to leave, the affidavit says.", Anonymous, Some("the affidavit"), Some("says")),
        ("According to a police report, Mayor Tom Hale and his driver argued with a guard at the gate of the depot on Friday night. The guard was hurt, the report says.", Anonymous, Some("the report"), Some("says")),
        // An opening "According to …," is no clause a trailing cue may own.
        ("According to a probable cause affidavit, Dunham and Reyes argued inside the bar.", Anonymous, Some("a probable cause affidavit"), Some("according to")),
        ("According to officials, Smith argued with a guard.", Anonymous, Some("officials"), Some("according to")),
        // Or opening a sentence as its subject.
        ("A criminal complaint filed in City Court alleges that Voss cared for 11 children.", Anonymous, Some("a criminal complaint filed"), Some("alleges")),
        ("A criminal complaint filed in City Court alleges that Voss cared for 11 children. The complaint says inspectors had warned her twice.", Anonymous, Some("the complaint"), Some("says")),
        ("In Louisville, Ms. Nwanguma was shocked by the reaction, she said in an interview later. A video of the episode shows her clutching her cellphone. She said she was thinking of her mother.", Named, Some("Nwanguma"), Some("said")),
        // One from or by a name is that name's.
        ("Trump leads the field, according to a just-released poll from Florida Atlantic University.", Named, Some("Florida Atlantic University"), Some("according to")),
        ("Likewise, a paper from the left-leaning Brookings Institution had this to say about his plan.", Named, Some("Brookings Institution"), None),
        // Pointed back to ("the results"), a document stays with the one that issued it.
        ("A Morning Consult Poll found that he would draw support from Clinton.\n\nTrump received 37 percent, according to the results.\n\nAccording to the results, Clinton increases her lead.", Named, Some("Morning Consult Poll"), Some("according to")),
    ]);
}

#[test]
fn a_live_blogs_time_stamp_is_no_part_of_the_sentence() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Live updates: Wildfire forces evacuations\n\n8:40 a.m. - A Red Cross volunteer said about 300 people had spent the night at the shelter.\n\n9:52 a.m. - Gov. Elena Marquez has declared a state of emergency for Shasta County, her office announced.", Named, Some("Elena Marquez"), Some("announced")),
        ("Live updates: Wildfire forces evacuations\n\n6:05 a.m. PT — Sheriff Dan Ortiz said two roads had been closed.", Named, Some("Dan Ortiz"), Some("said")),
        // A marker opening the sentence after a dateline or a time stamp is no name.
        ("WASHINGTON — Officials said two people had died.", Anonymous, Some("officials"), Some("said")),
        ("Live updates: Storm\n\n11.40am – Residents of Lake Charles who rode out the storm said the damage looked light.", Anonymous, Some("residents of lake charles"), Some("said")),
        // "there" after a description is no part of the speaker.
        ("Live updates: Wildfire forces evacuations\n\n8:40 a.m. - A Red Cross volunteer there said about 300 people had spent the night at the shelter.", Anonymous, Some("a red cross volunteer"), Some("said")),
    ]);
}

#[test]
fn a_capitalised_title_is_the_one_the_text_names_with_it() {
    use ClaimClass::Named;
    assert_last(&[
        ("Vice President Marisol Ortega met today with President Kwame Asante of Ghana at the Vice President's residence.\n\nThe Vice President announced $45 million in new assistance for Ghana's public health laboratories.", Named, Some("Marisol Ortega"), Some("announced")),
        ("President Daniel Whitcombe spoke today with Chancellor Heike Brandauer of Germany.\n\nVice President Marisol Ortega met today with President Kwame Asante of Ghana.\n\nThe President served alongside Senator Harold Beckett and often said that he learned more from him than from anyone else.", Named, Some("Daniel Whitcombe"), Some("said")),
        ("This was emphasized by President Volodymyr Zelenskyy during talks with President of the Republic of Estonia Alar Karis in Kyiv.\n\n\"This is a very important signal for us,\" the President said.", Named, Some("Volodymyr Zelenskyy"), Some("said")),
        // A holder "of" a country is, when the text names no other.
        ("President Harlan Whitlock met today with Prime Minister Keiko Arimura of Japan. The Prime Minister thanked the President for his support.", Named, Some("Keiko Arimura"), Some("thanked")),
        // Another country's president is not "The President".
        ("President of Ukraine Volodymyr Zelenskyy said this to the media.\n\nHe spoke about this with US President Joseph Biden and other leaders.\n\nThe President noted that the sky must be closed.", Named, Some("Volodymyr Zelenskyy"), Some("noted")),
    ]);
}

#[test]
fn a_participle_in_a_headline_has_no_speaker_after_it() {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Our City Is Paving Over Its Last Wetland, and Calling It Progress\n\nI grew up two streets from the marsh.\n",
    ));
    let headline = &s.claims[0];
    assert_eq!(
        s.article.paragraphs[headline.paragraph].kind,
        ParagraphKind::Headline
    );
    assert!(headline.source.is_none(), "{:?}", headline.source);
}

#[test]
fn an_organisation_word_after_a_cue_is_the_organisation_named_with_it() {
    use ClaimClass::Named;
    assert_last(&[
        ("The strike was called by the Solidarity Dockers' Union on Tuesday.\n\nTalks are expected to resume on Thursday, according to the union.", Named, Some("Solidarity Dockers' Union"), Some("according to")),
        ("Among Democrats, Mrs. Clinton leads 49 percent to 41 percent in a poll by the Public Policy Institute of California.\n\nAmong independents she trails, according to the institute.", Named, Some("Public Policy Institute of California"), Some("according to")),
    ]);
}

#[test]
fn a_headline_quotation_before_a_colon_is_the_speakers_after_it() {
    let engine = Engine::new(RuleSet::default_rules());
    let headline = |text: &str| {
        let s = engine.score(Document::new("t", text.to_string()));
        let c = s.claims.first().cloned().expect("a headline claim");
        (c.class, c.source.map(|s| s.name), c.cue.map(|c| c.text))
    };
    assert_eq!(
        headline("'The River Doesn't Care About Borders': Hydrologist Amara Osei on the Fight Over the Volta\n\nAmara Osei has spent twenty years measuring rivers.\n"),
        (ClaimClass::Named, Some("Amara Osei".into()), Some(":".into()))
    );
    // A cue of the headline's own keeps it.
    assert_eq!(
        headline("‘Asian version of NATO’: North Korea slams NATO chief’s trip to region\n\nNorth Korea criticised the trip.\n"),
        (ClaimClass::Named, Some("North Korea".into()), Some("slams".into()))
    );
}

/// A wire story's credit line set wholly in brackets is dropped however many reporters it names;
/// a long paragraph that only ends on one is a claim.
#[test]
fn a_wire_credit_line_in_brackets_is_no_claim() {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Drones hit Kyiv\n\nRussia launched 140 drones overnight, Ukraine's air force said.\n\n(Reporting by Olena Harmash and Tom Balmforth in Kyiv; Additional reporting by Reuters in Moscow; Editing by Gareth Jones)\n\nReporting by the Kyiv Independent found that the strikes hit 14 buildings (Additional reporting by Reuters in Moscow; Editing by Gareth Jones)\n",
    ));
    let kinds: Vec<ParagraphKind> = s.article.paragraphs.iter().map(|p| p.kind).collect();
    use ParagraphKind::{Body, Boilerplate, Headline};
    assert_eq!(kinds, [Headline, Body, Boilerplate, Body]);
    assert!(!s
        .claims
        .iter()
        .any(|c| s.article.text[c.span.clone()].starts_with("(Reporting by")));
}

#[test]
fn greetings_salutations_and_cheers_assert_nothing() {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Live updates: Wildfire forces evacuations\n\n6:05 a.m. PT - Good morning.\n\nDear fellow citizens,\n\nThe fire is not yet contained. Long live Shasta County.\n\nThank you, Marcus, for that kind introduction, and thank you all for being here. Thanks to the new law, crews were paid.\n\nGood afternoon, everyone. God bless you all.\n\n(Reporting by Karolina Wrobel; Editing by Alison Hayes)\n",
    ));
    let texts: Vec<&str> = s
        .claims
        .iter()
        .map(|c| s.article.text[c.span.clone()].trim())
        .collect();
    assert_eq!(
        texts,
        [
            "Live updates: Wildfire forces evacuations",
            "The fire is not yet contained.",
            "Thanks to the new law, crews were paid."
        ]
    );
}

#[test]
fn a_registered_name_is_not_part_of_another_name() {
    use ClaimClass::Named;
    assert_last(&[
        ("He was released on parole in 2019, a spokesman for the state Department of Corrections said.", Named, Some("Department of Corrections"), Some("said")),
        ("The visa rules will change, the State Department said.", Named, Some("State Department"), Some("said")),
        // Words joined by "&" are one name.
        ("PG&E says it has cut power to about 12,000 customers as a precaution.", Named, Some("PG&E"), Some("says")),
        // "Its" after an unnamed institution in the same sentence is that institution's.
        ("The Environment Agency's flood map shows that the marsh absorbs run-off.\n\nThe council's answer is a network of storage tanks that its consultants say will hold the same volume.", ClaimClass::Anonymous, Some("its consultants"), Some("say")),
        ("Shares rose after S&P Global said it would buy the firm.", Named, Some("S&P Global"), Some("said")),
        ("The visa rules will change, a spokesman for the US State Department said.", Named, Some("State Department"), Some("said")),
    ]);
}

#[test]
fn an_unnamed_source_keeps_its_count() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("The deal was close, two officials said.", Anonymous, Some("two officials"), Some("said")),
        ("The deal was close, said two officials.", Anonymous, Some("two officials"), Some("said")),
        ("One official said the deal was close.", Anonymous, Some("one official"), Some("said")),
        ("Several officials said the deal was close.", Anonymous, Some("several officials"), Some("said")),
        ("Some economists say the plan would raise prices.", Anonymous, Some("some economists"), Some("say")),
        ("The moves were agreed on Sunday, according to three people briefed on the discussions.", Anonymous, Some("three people briefed on the discussions"), Some("according to")),
        // A share of a group is that group, unnamed.
        ("Three of the bank's 26 policymakers have warned against cutting too quickly.", Anonymous, Some("three of the bank's 26 policymakers"), Some("warned")),
        // A share is no count.
        ("About four out of 10 voters said life would be worse.", Anonymous, Some("voters"), Some("said")),
        // The count is kept, not a noun before it ("the coronation many pundits").
        ("The primary did not play out as the coronation many pundits forecast.", Anonymous, Some("many pundits"), Some("forecast")),
    ]);
}

#[test]
fn an_unnamed_person_in_an_anonymity_clause_is_that_person() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("A neighbor who asked not to be named said the building had been neglected.", Anonymous, Some("a neighbor"), Some("said")),
        ("A former bookkeeper, who spoke on condition of anonymity, said she raised concerns in 2019.", Anonymous, Some("a former bookkeeper"), Some("said")),
        ("A relative, who asked that her name not be used because the family had not yet spoken publicly, described him as \"the kind of person who would give you his last dollar.\"", Anonymous, Some("a relative"), Some("described")),
        ("Another witness, Carla Mendes, 31, said she was outside.\n\nA relative, who asked that her name not be used, said he was kind. \"He was going to propose next month,\" she said.", Anonymous, Some("a relative"), Some("said")),
        ("A bartender who was working that night, and who asked not to be identified because she feared retaliation, said the argument had been brief.", Anonymous, Some("a bartender"), Some("said")),
        ("Travis Dunham bumped into her.\n\nA bartender who was working that night, and who asked not to be identified because she feared retaliation, said the argument had been brief. \"It was nothing, honestly,\" she said.", Anonymous, Some("a bartender"), Some("said")),
        ("A neighbour who asked to remain anonymous said the family had left.", Anonymous, Some("a neighbour"), Some("said")),
        ("A Norrvolt engineer who spoke on condition of anonymity because he was not authorized to discuss production said yields had improved.", Anonymous, Some("a norrvolt engineer"), Some("said")),
        ("A mother whose 3-year-old daughter attended the daycare, and who asked not to be named because she expects to testify, said the doors were locked.", Anonymous, Some("a mother"), Some("said")),
        ("The boy's grandmother, who spoke on the condition that her name not be published because the family fears harassment, said he loved trucks. \"He was our joy,\" she said.", Anonymous, Some("the boy's grandmother"), Some("said")),
        ("A Warren adviser, who spoke on the condition of anonymity to speak candidly, said the senator was ready.", Anonymous, Some("a warren adviser"), Some("said")),
        // A reason given in the clause is no speaker.
        ("A man who asked not to be named because he feared losing his job said the fault had been known for months.", Anonymous, Some("a man"), Some("said")),
        ("A worker who asked not to be named because he feared reprisals said the plant had been closed.", Anonymous, Some("a worker"), Some("said")),
        ("One official who spoke on condition of anonymity since she was not allowed to talk to reporters said the deal was close.", Anonymous, Some("one official"), Some("said")),
        ("A nurse who asked not to be named for fear of losing her job told the newspaper that staff were exhausted.", Anonymous, Some("a nurse"), Some("told")),
        ("Two residents who asked not to be identified as they feared retaliation said the militia had left.", Anonymous, Some("two residents"), Some("said")),
        ("One senior Tory MP said the mood in the party was the worst he could remember.", Anonymous, Some("one senior tory mp"), Some("said")),
        // Without a person before it, the clause is all there is.
        ("Speaking on condition of anonymity, officials said the talks had stalled.", Anonymous, Some("officials"), Some("said")),
    ]);
}

#[test]
fn a_cue_word_used_as_a_noun_is_no_cue() {
    use ClaimClass::{Named, Unattributed};
    assert_last(&[
        (
            "Shares fell.\n\nThe profit warning is the second this year for the company.",
            Unattributed,
            None,
            None,
        ),
        (
            "The economy grew.\n\nThe award show is one of the best public displays of talent.",
            Unattributed,
            None,
            None,
        ),
        (
            "Turnout rose.\n\nThey have a larger say than they do in the election.",
            Unattributed,
            None,
            None,
        ),
        // Not a verb after a phrase with a preposition, nor a noun with content of its own.
        (
            "Supporters of the law hope this is just a transition period.",
            ClaimClass::Anonymous,
            Some("supporters of the law"),
            Some("hope"),
        ),
        (
            "Sen. Ann Lee spoke on Monday. The senator issued a warning that the bill would fail.",
            Named,
            Some("Ann Lee"),
            None,
        ),
        (
            "Sen. Ann Lee sent a tweet saying, if elected, she would resign.",
            Named,
            Some("Ann Lee"),
            None,
        ),
    ]);
}

#[test]
fn an_institutions_role_is_no_person_named_near_it() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        // "the company's" in an analyst's claim does not make the analyst "the company".
        ("Halvorsen Foods said on Thursday that sales fell.\n\nPriya Raman of Northgate Capital said the company's balance sheet remained strong.\n\nThe company said it expected inflation of about 9 percent.", Named, Some("Halvorsen Foods"), Some("said")),
        ("Priya Raman, an analyst, said the company's balance sheet remained strong.\n\nThe company said it expected inflation of about 9 percent.", Anonymous, Some("the company"), Some("said")),
        ("Dr. Samuel Achterberg, a neurologist who was not involved in the study, said the findings were encouraging.\n\nTwo of the authors received consulting fees, the journal disclosed.", Anonymous, Some("the journal"), Some("disclosed")),
        // The one a spokesperson speaks for is an organisation, never "he".
        ("A spokesperson for Meta declined to comment.\n\nBansal founded Verida in 2021. He has said the company aims to sell its software to banks.", Anonymous, Some("he"), Some("said")),
        // A titled person a representative speaks for stays a person.
        ("A representative for Mr. Pinchuk said the inquiry had ended. He added that 100 people had attended.", Named, Some("Pinchuk"), Some("added")),
    ]);
}

#[test]
fn a_business_named_in_the_narration_is_the_company() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("LONDON — Tata Motors is recalling 12,000 vans in Britain because of a brake fault. The company said no injuries had been reported.", Named, Some("Tata Motors"), Some("said")),
        ("Shares of Tata Motors fell 6 per cent on Thursday after the automaker reported weaker margins.\n\nThe company said demand for electric cars would recover.", Named, Some("Tata Motors"), Some("said")),
        ("Shares fall at food maker\n\nShares in Halvorsen Foods fell 14 percent on Thursday after the packaged-food maker cut its profit forecast.\n\nThe company said in a statement that it now expected lower earnings.", Named, Some("Halvorsen Foods"), Some("said")),
        ("Carrow Motors Ltd will recall 80,000 sedans. Dealers will replace the hoses free of charge, the carmaker said.", Named, Some("Carrow Motors Ltd"), Some("said")),
        // Two businesses: the role may be either.
        ("Mr. Ackman's firm, Pershing Square Capital Management, holds shares of Valeant Pharmaceuticals International.\n\nOn Tuesday, the company said it would not file in time.", Anonymous, Some("the company"), Some("said")),
        // Someone's employer is not the business the article is about.
        ("Priya Raman of Northgate Capital said the sell-off looked overdone.\n\nThe company said it expected inflation of about 9 percent.", Anonymous, Some("the company"), Some("said")),
        // A headline in title case names nothing by its capitals.
        ("Tata Motors Shares Slide as Unit Disappoints\n\nInvestors sold the stock on Thursday. The company said margins would improve.", Anonymous, Some("the company"), Some("said")),
    ]);
}

#[test]
fn a_name_set_off_after_an_office_is_remembered() {
    use ClaimClass::Named;
    assert_last(&[
        ("One diplomat said talks were stuck.\n\nFrance's minister for Europe, Claire Dubosc, struck a more conciliatory tone. She told French radio that a deal was close.", Named, Some("Claire Dubosc"), Some("told")),
        ("Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns. The growth is good news, he says.", Named, Some("Erlan Idrissov"), Some("says")),
        ("The prosecutor, Carrie Cohen, looked crushed as she left. She knew that I had won.", Named, Some("Carrie Cohen"), Some("knew")),
        // Two, the second after a description: "the two ministers" are both.
        ("Poland's foreign minister, Tomasz Wierzbicki, and his Lithuanian counterpart, Asta Jankauskiene, held a joint press conference. The two ministers said the bloc should move to majority voting.", Named, Some("Tomasz Wierzbicki and Asta Jankauskiene"), Some("said")),
    ]);
}

#[test]
fn an_agentless_marker_is_the_claims_cue() {
    use ClaimClass::{Agentless, Named};
    assert_last(&[
        (
            "It was reported last year that more than 200 villagers were killed.",
            Agentless,
            None,
            Some("it was reported"),
        ),
        (
            "It is alleged that Tallis used district credit cards for personal travel.",
            Agentless,
            None,
            Some("it is alleged"),
        ),
        // "No 10" is Downing Street, a name, not a count.
        (
            "A No 10 spokesperson said the prime minister remained committed to the measure.",
            Named,
            Some("No 10"),
            Some("said"),
        ),
    ]);
}

#[test]
fn finds_is_a_cue_of_evidence() {
    use ClaimClass::{Anonymous, Named, Unattributed};
    assert_last(&[
        ("Daily walk may cut dementia risk, large study finds", Anonymous, Some("large study"), Some("finds")),
        ("And Gallup finds states shifting toward the GOP.", Named, Some("Gallup"), Some("finds")),
        ("The app can provide validation that at least the occasional stranger finds you attractive.", Unattributed, None, None),
    ]);
}

#[test]
fn an_unnamed_people_word_inside_a_name_is_no_marker() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        (
            "The Friends of the Library group said it would consider a ballot initiative.",
            Named,
            Some("Friends of the Library"),
            Some("said"),
        ),
        (
            "Officials said the plan would go ahead.",
            Anonymous,
            Some("officials"),
            Some("said"),
        ),
        // A word that opens a headline is no name ("Startup says …").
        (
            "Startup says AI model can spot bank fraud",
            Anonymous,
            Some("startup"),
            Some("says"),
        ),
    ]);
}

#[test]
fn an_institutions_role_stands_for_an_institution_of_its_kind() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        // Introduced with the role in its own phrase, whatever the name looks like.
        ("Microsoft said its Azure business grew.\n\nThe consumer group Public Citizen said the deal should be blocked. More than 100,000 people signed a petition, according to the group.", Named, Some("Public Citizen"), Some("according to")),
        // A nation's public body is not another nation's capital: a nationality names it.
        ("Poland's foreign minister, Tomasz Wierzbicki, said Warsaw would push for sanctions.\n\nThe Hungarian government has repeatedly denied any link between the two issues.", Named, Some("Hungarian government"), Some("denied")),
        ("Nazar Voloshyn told national television that Russian units had entered the village. Overnight, Russia launched 112 drones at Ukraine, the Ukrainian air force said.", Named, Some("Ukrainian air force"), Some("said")),
        ("Overnight, Russia launched 112 drones at Ukraine, the Ukrainian air force said. It said air defences had shot down 89 of the drones.", Named, Some("Ukrainian air force"), Some("said")),
        ("The Ukrainian military said the attack failed. The Ukrainian navy said two boats were hit.", Named, Some("Ukrainian navy"), Some("said")),
        ("Officials spoke on Monday. The Israeli military said the strike hit a launch site.", Named, Some("Israeli military"), Some("said")),
        // Not a place after the head: "the government in Beijing" is unnamed.
        ("Poland's foreign minister, Tomasz Wierzbicki, said Warsaw would push for sanctions.\n\nThe government in Budapest denied any link.", Anonymous, Some("the government"), Some("denied")),
        // A name described by a clause on "which" is an organisation: "the airline" later.
        ("The National Transportation Safety Board released a preliminary report. Lakeshore Connect, which operates flights for a major carrier, said it was cooperating. The airline said the plane had passed its last check.", Named, Some("Lakeshore Connect"), Some("said")),
        ("The National Transportation Safety Board released a preliminary report. Lakeshore Connect, which operates flights for a major carrier, said it was cooperating. It said both pilots were experienced.", Named, Some("Lakeshore Connect"), Some("said")),
        // A business role never stands for a board or an agency; "it" after an unnamed
        // institution that spoke last, with nobody named since, is that institution.
        ("The National Transportation Safety Board said ice may have formed on the wings. Lakeshore Connect said it was cooperating. The airline said the plane had passed its last check.", Anonymous, Some("the airline"), Some("said")),
        ("The National Transportation Safety Board said ice may have formed on the wings. Tata Motors is recalling 12,000 vans. The company said no one was hurt.", Named, Some("Tata Motors"), Some("said")),
        ("The National Transportation Safety Board said ice may have formed on the wings. \"Our hearts are with the families,\" the company said in a statement. It said both pilots were experienced.", Anonymous, Some("the company"), Some("said")),
        // A publication is a news source, not the agency quoted last.
        ("About 55 million people live with dementia, according to the World Health Organization.\n\nTwo of the authors received consulting fees, the journal disclosed.", Anonymous, Some("the journal"), Some("disclosed")),
    ]);
}

#[test]
fn words_of_other_senses_are_no_cues() {
    use ClaimClass::{Anonymous, Named, Unattributed};
    assert_last(&[
        ("Mayor Ellen Park unveiled a plan.\n\nThat pledge may be hard to keep.", Unattributed, None, None),
        ("Mayor Ellen Park unveiled a plan.\n\nEach bond would be a claim on future tax revenue.", Unattributed, None, None),
        ("The recall is the company's second this year; in March, it recalled 80,000 sedans.", Unattributed, None, None),
        ("Her 1971 paper on plasma physics is still cited in textbooks.", Unattributed, None, None),
        ("As a child I learned to birdwatch from a retired postman.", Unattributed, None, None),
        ("What he meant, as far as I can tell, is that they cost more to prepare.", Unattributed, None, None),
        ("Here, among the hoodlums, I learned how to see in the dark.", Unattributed, None, None),
        ("Officers were called to the bar at 1:40 a.m. Deputies found him with multiple stab wounds.", Unattributed, None, None),
        ("Searchers found the body of the missing hiker on Sunday.", Unattributed, None, None),
        ("I learned that the plant would close from a neighbour.", Named, Some("i"), Some("learned")),
        ("The study found that the drug cut deaths by a third.", Anonymous, Some("the study"), Some("found")),
        ("\"It would be a machine for bank runs,\" said Jens Oberhauser, a senior fellow at the Bruegel think tank in Brussels.", Named, Some("Jens Oberhauser"), Some("said")),
        ("Critics say the plan is risky. Supporters counter that nobody demanded it.", Anonymous, Some("supporters"), Some("counter")),
        ("Norrvolt shares fell 23%, their biggest drop since the firm listed in 2021.", Unattributed, None, None),
        ("The company, which is listed on the Oslo exchange, cut 300 jobs.", Unattributed, None, None),
        ("Tata Motors posted a profit of $1.2 billion for the quarter.", Unattributed, None, None),
        ("Judge Amara Whitfield set bail at $50,000. Voss posted bail on Tuesday.", Unattributed, None, None),
        ("The Prime Minister of Canada, Daniel Fortier, raised concerns about the tariffs.", Named, Some("Daniel Fortier"), Some("raised concerns")),
    ]);
}

/// One of people just counted, alone as the speaker, is an unnamed source: "One said", "Another
/// said", "A third said", "The other said"; so are "Both" and "Neither" opening a sentence.
#[test]
fn one_of_several_unnamed_people_is_an_unnamed_source() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("Two officials described the talks. One said they were close.", Anonymous, Some("one of two officials"), Some("said")),
        ("One of the people said the decision was close. Another said it was not.", Anonymous, Some("another"), Some("said")),
        ("Three residents spoke at the meeting. Two backed the plan. A third said it would flood the street.", Anonymous, Some("a third"), Some("said")),
        ("Two nurses described the night. The other said the ward was short of staff.", Anonymous, Some("the other of two nurses"), Some("said")),
        ("Several analysts doubt the figures. Still another said the bank had been too cautious.", Anonymous, Some("still another"), Some("said")),
        ("Two aides were in the room. Both said the president was calm.", Anonymous, Some("both"), Some("said")),
        ("Two aides were in the room. Neither said what was discussed.", Anonymous, Some("neither"), Some("said")),
    ]);
}

#[test]
fn a_headline_word_is_no_part_of_a_name_below_it() {
    use ClaimClass::Named;
    assert_last(&[
        ("Why Banks Are Worried\n\nThe European Central Bank has spent four years preparing a digital euro.\n\nThe central bank says the project is needed.", Named, Some("European Central Bank"), Some("says")),
    ]);
}

#[test]
fn a_clause_after_a_trailing_attribution_leaves_it_the_owner() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Napoli have agreed a fee with Brighton for the midfielder, sources close to the player said on Tuesday, with personal terms expected to be completed this week.", Anonymous, Some("sources close to the player"), Some("said")),
        ("One offered to shelter the personnel at a nearby compound, Bob said, while others refused.", Named, Some("Bob"), Some("said")),
        // What an unnamed source is close to or familiar with is part of its description.
        ("The player will have a medical on Wednesday, according to people familiar with the negotiations.", Anonymous, Some("people familiar with the negotiations"), Some("according to")),
        // Not a noun of position in a relative clause: "Trump" keeps his own verb.
        ("Trump has continued to needle his detractors, even those whose support he needs, as he did on a recent visit.", Named, Some("Trump"), Some("continued")),
    ]);
}

#[test]
fn an_unnamed_source_keeps_its_whole_description() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "Political scientists said the result reflected frustration.",
            Anonymous,
            Some("political scientists"),
            Some("said"),
        ),
        (
            "Analysts at Morgan Stanley wrote in a note that the bank was cheap.",
            Anonymous,
            Some("analysts at morgan stanley"),
            Some("wrote"),
        ),
        (
            "Emergency officials in Perry County said they had received calls.",
            Anonymous,
            Some("emergency officials in perry county"),
            Some("said"),
        ),
        (
            "F.B.I. officials said the inquiry continued.",
            Anonymous,
            Some("f.b.i. officials"),
            Some("said"),
        ),
        (
            "Friends of Mr. Clinton's who have seen him say he is tired.",
            Anonymous,
            Some("friends of mr. clinton's"),
            Some("say"),
        ),
        // A clause is no description: the marker alone.
        (
            "Her difficulties with those voters could be a warning sign, analysts said.",
            Anonymous,
            Some("analysts"),
            Some("said"),
        ),
        (
            "Despite polls showing her behind, she won.",
            Anonymous,
            Some("polls"),
            Some("showing"),
        ),
    ]);
}

#[test]
fn a_participle_in_an_opening_phrase_gives_way_to_the_main_clause() {
    use ClaimClass::Named;
    assert_last(&[
        ("The National Highway Traffic Safety Administration said it was aware of 37 crashes.\n\nIn a filing posted on its website, the safety agency said the hoses could crack when exposed to salt.", Named, Some("National Highway Traffic Safety Administration"), Some("said")),
        ("Zephyr Teachout spoke on Monday. In a video posted to her Facebook account, she criticized the plan and challenged him to a debate.", Named, Some("Zephyr Teachout"), Some("criticized")),
        ("After Glenn Beck asked the conservative who he thought would win the presidency, Dinesh D'Souza replied that it would be Trump.", Named, Some("Dinesh D'Souza"), Some("replied")),
    ]);
}

#[test]
fn a_nations_body_with_its_place_after_it_is_that_nations() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("German officials met on Monday, German said.\n\nAfter years adding coal-fired generators, the government in Beijing finally acknowledged the health costs.", Anonymous, Some("the government"), Some("acknowledged")),
    ]);
}

#[test]
fn a_capitalised_word_before_plural_people_opens_an_unnamed_source() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "Humanitarian groups have long complained that access is used as a weapon of war.",
            Anonymous,
            Some("humanitarian groups"),
            Some("complained"),
        ),
        (
            "Democratic leaders are putting out a warning that could help Clinton.",
            Anonymous,
            Some("democratic leaders"),
            Some("warning"),
        ),
    ]);
}

#[test]
fn an_agency_named_last_is_the_agency() {
    use ClaimClass::Named;
    assert_last(&[
        ("The United Nations said talks would resume.\n\nFood stocks will run out by June, according to the World Food Programme. The agency said it had cut rations by half.", Named, Some("World Food Programme"), Some("said")),
    ]);
}

/// The verb of saying after a clause about anonymity is the main verb, right after the clause or
/// after the reason it gives; a cue in the content after it does not own the claim.
#[test]
fn the_verb_after_an_anonymity_clause_is_the_main_verb() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("A diplomat who declined to be named said several governments were worried.", Anonymous, Some("a diplomat"), Some("said")),
        ("A senior aide who declined to be named because he was not authorized to speak said the governor was worried that the bill would fail.", Anonymous, Some("a senior aide"), Some("said")),
        ("A nurse who asked not to be identified told reporters the staff feared the worst.", Anonymous, Some("a nurse"), Some("told")),
    ]);
}

/// A phrase opening on a preposition after a comma is no trailing attribution: "…, with winds
/// estimated at 150 mph" leaves the claim to the speaker before it.
#[test]
fn a_prepositional_phrase_with_a_cue_is_no_trailing_attribution() {
    use ClaimClass::Named;
    assert_last(&[
        ("The National Weather Service said the tornado was at least an EF-3, with winds estimated at 150 mph.", Named, Some("National Weather Service"), Some("said")),
        ("The Geological Survey said the quake struck at a depth of 10 kilometers, with damage estimated at $2 million.", Named, Some("Geological Survey"), Some("said")),
    ]);
}

/// A person's name with their employer described after it is the person: "John Robinson of the
/// weather service's Little Rock office" is John Robinson, not Little Rock; an occupation
/// capitalised before the name is a title ("Meteorologist John Robinson").
#[test]
fn a_name_before_its_employer_is_the_speaker() {
    use ClaimClass::Named;
    assert_last(&[
        ("Meteorologist John Robinson of the weather service's Little Rock office said the storms developed quickly.", Named, Some("John Robinson"), Some("said")),
        ("Analyst Maria Lopez of the bank's Chicago branch said rates would rise.", Named, Some("Maria Lopez"), Some("said")),
        ("Engineer Tom Reed of the utility's Tulsa plant said the turbines were safe.", Named, Some("Tom Reed"), Some("said")),
        ("Meteorologist John Robinson of the National Weather Service said the storms developed quickly.", Named, Some("John Robinson"), Some("said")),
        ("Epidemiologist Ana Ruiz of the state health department said cases were falling.", Named, Some("Ana Ruiz"), Some("said")),
    ]);
}

/// "It" later in a sentence that opens on an institution is that institution; on its own, "it"
/// is the nearest institution named, registered or not.
#[test]
fn it_is_the_institution_the_sentence_opens_on_or_the_nearest_one() {
    use ClaimClass::Named;
    assert_last(&[
        ("The Philippine coast guard said a boat was hit. China's Foreign Ministry summoned the Philippine ambassador to protest what it called a deliberate provocation.", Named, Some("China's Foreign Ministry"), Some("called")),
        ("Xinhua reported that talks had stalled. Reuters published a map it said showed the new positions.", Named, Some("Reuters"), Some("said")),
        ("Xinhua reported that talks had stalled. The Bureau of Fisheries and Aquatic Resources said a boat was damaged. It said the crew was safe.", Named, Some("Bureau of Fisheries and Aquatic Resources"), Some("said")),
        ("\"These claims are baseless,\" the Department of Foreign Affairs said after the Global Times report. It said the supply mission was routine.", Named, Some("Department of Foreign Affairs"), Some("said")),
    ]);
}

/// An institution's role named in an appositive ("The company, Brightwater Senior Living, kept
/// …") is that name later ("the company said").
#[test]
fn a_role_given_a_name_in_an_appositive_is_that_name() {
    use ClaimClass::Named;
    assert_last(&[
        ("The company, Brightwater Senior Living, kept a separate schedule. The company said the schedules were drafts.", Named, Some("Brightwater Senior Living"), Some("said")),
        ("The hospital, St. Mary's Medical Center, cut 40 beds. The hospital said the cuts were temporary.", Named, Some("St. Mary's Medical Center"), Some("said")),
        ("The carrier, Pinewood Air, grounded two jets. The carrier said the jets were safe.", Named, Some("Pinewood Air"), Some("said")),
    ]);
}

/// A person a cue-less sentence names by a listed first name and a surname may be a later "he"
/// or "she", and so may one named before who opens a cue-less sentence by surname alone; not
/// when another person named before shares the surname.
#[test]
fn a_person_named_in_narration_may_be_a_later_pronoun() {
    use ClaimClass::Named;
    assert_last(&[
        ("Dr. Ruth Kemp said the ward was full. Maria Ortiz has worked nights at the ward for a decade. \"It has never been this bad,\" she said.", Named, Some("Maria Ortiz"), Some("said")),
        ("Coach Brian Hale said his team had done enough. David Marin was named man of the match. He said his ankle was sore.", Named, Some("David Marin"), Some("said")),
        ("Hillary Clinton said the race was close. Bill Clinton got in on the game in Brooklyn. Clinton said she was ready for the debate.", Named, Some("Hillary Clinton"), Some("said")),
        // Back as the subject by surname alone, the nearest person again.
        ("Walter Pruitt spent 38 years as a machinist. Ana Castillo said he taught her boys to ride. Pruitt shrugs off the attention. He said he never kept count.", Named, Some("Walter Pruitt"), Some("said")),
        ("Senator Marco Rubio spoke first. Donald Trump said the debate was rigged. Rubio holds several positions outside the mainstream. He believes the tax code should be scrapped.", Named, Some("Marco Rubio"), Some("believes")),
        // A party tag after a titled name ("John Thune, R-S.D., voted"); a person an opening
        // "For …," phrase names.
        ("Sen. Sherrod Alvarez said the bill would save lives. Senate Majority Leader John Thune, R-S.D., voted against the bill. He said it went too far.", Named, Some("John Thune"), Some("said")),
        ("Dr. Anita Raghavan said the risk was small. For Linda Okoro, a 64-year-old retired teacher, the news was unsettling. \"I have taken this pill for six years,\" she said.", Named, Some("Linda Okoro"), Some("said")),
        ("Hilary Braysmith said the photographs were influential. For Kevin Allton, a USI instructor in English, Warhol was also a legend. He said, \"Andy Warhol was the center of the Zeitgeist.\"", Named, Some("Kevin Allton"), Some("said")),
        // A quotation mark or other non-ASCII letter near a tag or an opening phrase.
        ("Rep. Nancy Pelosi, D-Calif., said “the stakes” were “high.”", Named, Some("Nancy Pelosi"), Some("said")),
        ("For Zoë Ångström, “the news” was a shock, “truly.”", ClaimClass::Unattributed, None, None),
        // Not a surname two people named before share.
        ("Donald Trump spoke at the rally. Eric Trump said the crowd was huge. Judge Alan Reyes said the case would proceed. Trump smiled at the crowd. He said the polls were wrong.", Named, Some("Alan Reyes"), Some("said")),
    ]);
}

/// Review 9's reader calls: a participle describing a thing is no cue; an occupation in the
/// plural opening a sentence is an unnamed source; answering back is a cue; returning calls and
/// repeated requests are none.
#[test]
fn participles_occupations_and_answers_back() {
    use ClaimClass::{Agentless, Anonymous, Named, Unattributed};
    assert_last(&[
        ("The five-story garage, proposed for the city-owned lot, would add 620 spaces.", Unattributed, None, None),
        ("The bridge, proposed in 2019 for the east bank, would carry four lanes.", Unattributed, None, None),
        ("Murphy, the head of Right to Rise USA, Tweeted on Friday with an image of the skywriting.", Named, Some("Murphy"), Some("tweeted")),
        ("Forecasters warned that another round of storms was possible Tuesday.", Anonymous, Some("forecasters"), Some("warned")),
        ("Meteorologists cautioned that the river could rise again.", Anonymous, Some("meteorologists"), Some("cautioned")),
        ("Sanders hit back, saying Clinton was not qualified.", Named, Some("Sanders"), Some("hit back")),
        ("The Clinton campaign pushed back against the attack on her record.", Named, Some("Clinton"), Some("pushed back against")),
        ("The airline's chief executive, Dana Cole, declined repeated requests for an interview.", Unattributed, None, None),
        ("Northgate Capital did not return calls on Friday.", Unattributed, None, None),
        // Review 11: "he" right after a spokesperson who speaks for a name is that name.
        ("US officials have accused Brussels of bias, and the Trump administration has threatened tariffs. A Commission spokesman denied that politics played any role. \"We apply the law to everyone,\" he said.", Named, Some("Commission"), Some("said")),
        ("Donald Trump praised the plant. A spokesman for Toyota said sales were strong. \"We are pleased,\" he said.", Named, Some("Toyota"), Some("said")),
        ("Donald Trump praised the plant. A spokeswoman for Toyota said sales were strong. \"We are pleased,\" he said.", Named, Some("Donald Trump"), Some("said")),
        // Review 11: a product recall is no recollection; people in the plural with a clause
        // on "who" set off by commas are an unnamed source; a study with its year is one.
        ("Corvane Pharmaceuticals Inc. is recalling 40 lots. The recalled lots can be identified by the numbers on the bottle.", Unattributed, None, None),
        ("More than 300,000 cars were recalled over faulty airbags.", Unattributed, None, None),
        ("Linda Okoro recalled that the pills tasted different.", Named, Some("Linda Okoro"), Some("recalled")),
        ("Russian military bloggers, who often give a candid picture of the fighting, said the assault had stalled.", Anonymous, Some("russian military bloggers"), Some("said")),
        ("A 2023 study published in JAMA Network Open found no rise in cancer rates.", Anonymous, Some("a 2023 study published"), Some("found")),
        ("Carl Deemer hosts a radio show. A post shared on Facebook claims that wind turbines caused the blackouts.", Anonymous, Some("a post shared"), Some("claims")),
        ("Jake Horowitz wrote about it. A recent post getting a lot of clicks shows Clinton retelling the story.", Anonymous, Some("a recent post getting a lot of clicks"), Some("shows")),
        // Review 11: agentless language opening the sentence owns it, whatever cue follows.
        ("The Federal Aviation Administration said it had not grounded any aircraft. It is understood that the agency has asked ATR for data.", Agentless, None, Some("it is understood")),
        ("It is believed that the ministry told diplomats of the plan.", Agentless, None, Some("it is believed")),
        ("The ministry said the plan is believed to be ready.", Anonymous, Some("the ministry"), Some("said")),
        // Review 11: not responding is no claim, nor is a deadline to respond; declining is.
        ("His office did not respond to a request for comment.", Unattributed, None, None),
        ("Singer and Faso did not immediately respond to a request for comment.", Unattributed, None, None),
        ("Trump has not yet responded to the letter.", Unattributed, None, None),
        ("Vynt has several months to respond.", Unattributed, None, None),
        ("A spokesman for Pollard declined to comment.", Named, Some("Pollard"), Some("declined to")),
        ("Last year, health care spending shot back up and grew by 5.3 percent.", Unattributed, None, None),
    ]);
}

/// Review 10: an inverted cue after the comma that closes what was said is its speaker's, also
/// with an appositive after the name ("…, said Paul Hernandez, a portfolio manager at Lakeshore
/// Capital."); an institution's common noun never stands for the person who spoke last.
#[test]
fn an_inverted_cue_with_an_appositive_and_institutions_never_people() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Chief Financial Officer Dev Patel said prices were locked in. Some investors see the pullback as a buying opportunity, said Paul Hernandez, a portfolio manager at Lakeshore Capital.", Named, Some("Paul Hernandez"), Some("said")),
        ("Voters want change, said Tom Reed, a pollster.", Named, Some("Tom Reed"), Some("said")),
        ("Sanders' win marks something that has not happened since 1984 -- an insurgent defeating a party favorite backed by institutional support, said Dante Scala, a political science professor.", Named, Some("Dante Scala"), Some("said")),
        ("Ari Fleischer, a former Bush administration official, said Trump's nomination will test the report.", Named, Some("Ari Fleischer"), Some("said")),
        ("Superintendent Angela Brooks told the board that enrollment had fallen. The district estimates the closures will save $3.2 million a year.", Anonymous, Some("the district"), Some("estimates")),
        ("Police Chief Dana Ortiz said the road would reopen. The department said the investigation was continuing.", Anonymous, Some("the department"), Some("said")),
    ]);
}

/// Review 10: "who" after a description set off by a comma is that person; a noun of speech in
/// an opening phrase gives way to the main clause's cue; a description may end on the place it
/// is at before an anonymity clause; monitors are unnamed.
#[test]
fn who_an_opening_noun_of_speech_and_described_places() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Judge Raymond Okoye opened the session. Jurors also heard from a biomedical technician, who testified that parts had been canceled. He said he was never told why.", Anonymous, Some("a biomedical technician"), Some("said")),
        ("Senator Jane Ortiz chaired the hearing. The panel also heard from a former manager, who said the logs had been altered.", Anonymous, Some("a former manager"), Some("said")),
        ("Defense attorney Michael Tran has argued that his client inherited a failing system. In his opening statement, he called the prosecution an attempt to put one woman on trial.", Named, Some("Michael Tran"), Some("called")),
        ("A fourth-grade teacher at Hawthorne, who asked not to be named because she was not authorized to speak publicly, said classes already had 28 students.", Anonymous, Some("a fourth-grade teacher at hawthorne"), Some("said")),
        ("Monitors from the Carter Center said voting was orderly.", Anonymous, Some("monitors"), Some("said")),
        ("Harlow Foods Inc. reported lower sales. The company now expects sales to grow 1 percent, down from a previous forecast of 3 percent.", Named, Some("Harlow Foods Inc"), Some("expects")),
    ]);
}

/// A claim as these tests compare it: its paragraph's kind, its class and its source's name.
type KindClassSource = (ParagraphKind, ClaimClass, Option<String>);

/// The paragraph kind, class and source of every claim of a document (headline included).
fn all_claims(doc: &str) -> Vec<KindClassSource> {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("t", doc.to_string()));
    s.claims
        .into_iter()
        .map(|c| {
            let kind = s.article.paragraphs[c.paragraph].kind;
            (kind, c.class, c.source.map(|s| s.name))
        })
        .collect()
}

/// Asserts, for each document, its headline's claim when the wanted kind is `Headline`, else its
/// last claim; lists every case that fails.
fn assert_claim(cases: &[(&str, KindClassSource)]) {
    let mut bad = Vec::new();
    for (doc, want) in cases {
        let got = all_claims(doc);
        let claim = if want.0 == ParagraphKind::Headline {
            got.first()
        } else {
            got.last()
        };
        if claim != Some(want) {
            bad.push(format!("{doc}\n    want {want:?}\n    got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The text of every claim of a document, in order.
fn claim_texts(doc: &str) -> Vec<String> {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("t", doc.to_string()));
    s.claims
        .iter()
        .map(|c| s.article.text[c.span.clone()].to_string())
        .collect()
}

/// Review 11: in a title-case headline a document or an agency opening it is an unnamed source,
/// and a name of several words guessed there, which the article never writes again, is no full
/// name for a later short one.
#[test]
fn a_title_case_headline_names_nobody_for_later() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::{Body, Headline};
    let s = |x: &str| Some(x.to_string());
    let cases = [
        (
            "Russia and Ukraine Trade Claims Over Fighting Near Kupiansk\n\nUkrainian forces repelled a Russian assault, Ukraine's military said on Friday.",
            (Body, Named, s("Ukraine")),
        ),
        ("Study Finds No Cancer Rise\n\nThe drug was withdrawn in 2019.", (Headline, Anonymous, s("study"))),
        ("Agency Seeks Data on Icing\n\nThe plane crashed in 2024.", (Headline, Anonymous, s("agency"))),
        ("Poll Shows Mayor Ahead\n\nThe vote is on Tuesday.", (Headline, Anonymous, s("poll"))),
        // A name the article writes again stays a full name.
        (
            "Joe Biden Says Talks Will Go On\n\nJoe Biden spoke in Warsaw. Biden said the talks would go on.",
            (Body, Named, s("Joe Biden")),
        ),
    ];
    assert_claim(&cases);
}

/// Review 11: a headline kicker ending in a heading word is no speaker ("Fact Check: No, Wind
/// Turbines Did Not Cause …"); a name before a colon still is.
#[test]
fn a_headline_kicker_is_no_speaker() {
    use ClaimClass::{Named, Unattributed};
    use ParagraphKind::Headline;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Fact Check: No, Wind Turbines Did Not Cause Texas Blackouts\n\nThe grid failed in 2021.", (Headline, Unattributed, None)),
        ("Editor's Note: Our Coverage of the Trial\n\nThe trial opened in May.", (Headline, Unattributed, None)),
        ("Graham: Trump's Rhetoric Is Destroying the Party\n\nThe senator spoke on Sunday.", (Headline, Named, s("Graham"))),
    ];
    assert_claim(&cases);
}

/// A surname alone stands for the person the text first names with it, the article's
/// principal, not a namesake named later ("his daughter Ivanka Trump"); a courtesy title picks
/// the person of its gender ("Mrs. Clinton" after Bill Clinton). Found in PolNeAR's
/// Washington Post convention report, where "Trump blamed Clinton" was Ivanka Trump's claim.
#[test]
fn a_surname_alone_is_the_first_person_named_with_it() {
    use ClaimClass::Named;
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        (
            "Trump accepts nomination\n\nDonald Trump accepted the nomination on Thursday.\n\nThe introduction was by his daughter Ivanka Trump, who portrayed him as generous.\n\nTrump blamed Clinton for the turmoil in the region.",
            s("Donald Trump"),
        ),
        (
            "Trump accepts nomination\n\nCLEVELAND - Donald Trump painted a dire portrait of the nation, Trump said in a speech.\n\nThe introduction was by his daughter Ivanka Trump, who portrayed him as generous.\n\n\"We don't want them in our country,\" Trump said.",
            s("Donald Trump"),
        ),
        // The article's principal is the one named first, whoever she is.
        (
            "Ivanka Trump grows her brand\n\nIvanka Trump launched a clothing line on Monday. Her father Donald Trump attended the launch.\n\n\"It is a personal decision,\" Trump told Vogue.",
            s("Ivanka Trump"),
        ),
        (
            "Clintons campaign\n\nHillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa.\n\nMr. Clinton said the foundation would close.",
            s("Bill Clinton"),
        ),
        (
            "Clintons campaign\n\nHillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa.\n\nMr. Clinton said the foundation would close.\n\nMrs. Clinton said she would win Ohio.",
            s("Hillary Clinton"),
        ),
        // Titles of both genders for the surname, and the one full name's first name not
        // listed: "Mr. Khan" is not Ghazala Khan.
        (
            "Parents speak out\n\nThe parents, Khizr and Ghazala Khan, spoke on Sunday.\n\nMr. Khan said he was hurt.\n\nMs. Khan said she could not speak.",
            s("Khan"),
        ),
        // A capitalised word in a title-case line is no first name ("Being Trump").
        (
            "Gingrich Takes Talk Of Being Trump's Running Mate Seriously\n\nGingrich Takes Talk Of Being Trump's Running Mate Seriously.\n\nGingrich said he would serve. Donald Trump has not decided.\n\nTrump has said he wants a vice president with experience.",
            s("Donald Trump"),
        ),
    ];
    let cases: Vec<_> = cases
        .into_iter()
        .map(|(doc, name)| (doc, (Body, Named, name)))
        .collect();
    assert_claim(&cases);
}

/// Review 12: a business word after a comma in a title-case headline ("…, Company Says") is an
/// unnamed source, so a later "the company" is the firm the story names; "Partners" closing a
/// name is a firm, not a group; a two-word sentence of subject and verb among others of the
/// outlet's is a claim like any ("China abstained.").
#[test]
fn review_12_headline_business_word_firm_names_and_short_sentences() {
    use ClaimClass::{Anonymous, Named, Unattributed};
    use ParagraphKind::{Body, Headline};
    let s = |x: &str| Some(x.to_string());
    let doc = "Hackers Stole Patient Records in Attack on Meridian Hospitals, Company Says\nBy Laura Petrakis\n\nMeridian Health Partners, which runs 31 hospitals, said on Tuesday that hackers had stolen records.\n\nThe company said in a statement that it had detected unusual activity.";
    assert_eq!(
        all_claims(doc),
        [
            (Headline, Anonymous, s("company")),
            (Body, Named, s("Meridian Health Partners")),
            (Body, Named, s("Meridian Health Partners")),
        ]
    );
    let doc = "Bayview Capital Partners said on Monday it would buy the chain. European partners said they would wait.";
    assert_eq!(
        all_claims(doc),
        [
            (Body, Named, s("Bayview Capital Partners")),
            (Body, Anonymous, s("european partners")),
        ]
    );
    let doc = "Vote on draft\n\nThirteen members voted for the draft. China abstained.\n\nPrices fell. Smith resigned.\n\nSliding reputation.";
    assert_eq!(
        claim_texts(doc),
        [
            "Vote on draft",
            "Thirteen members voted for the draft.",
            "China abstained.",
            "Prices fell.",
            "Smith resigned."
        ]
    );
    assert!(all_claims(doc)
        .iter()
        .skip(1)
        .all(|c| *c == (Body, Unattributed, None)));
}

/// Review 12, second part: a title alone in a headline is no institution for "the court" or
/// "the ministry" and takes the one person the article gives that title; "the Pope" after "Pope
/// Leo XIV" is him; a cue word capitalised inside a name is no cue ("Rapid Support Forces",
/// "spokeswoman Hope Hicks said"); naming ("known as Cal Fire") is no cue after an "according
/// to"; "was convinced" and "it is widely believed" are cues; a body of people named by its kind
/// alone in a headline ("Union Says") is unnamed; "he" is never people in the plural.
#[test]
fn review_12_titles_names_and_cues() {
    use ClaimClass::{Agentless, Anonymous, Named, Unattributed};
    use ParagraphKind::{Body, Headline};
    let s = |x: &str| Some(x.to_string());
    let doc = "Court Halts Deportations as Minister Vows to Appeal\n\nSpain's Supreme Court on Thursday suspended a programme championed by Interior Minister Elena Vargas.\n\nIn a 41-page ruling, the court said the programme denied asylum seekers a hearing.\n\nVargas said she would appeal.\n\nThe ministry said later that 3,100 people had been returned.";
    assert_eq!(
        all_claims(doc),
        [
            (Headline, Named, s("Elena Vargas")),
            (Body, Unattributed, None),
            (Body, Anonymous, s("the court")),
            (Body, Named, s("Elena Vargas")),
            (Body, Anonymous, s("the ministry")),
        ]
    );
    let cases = [
        ("Pope approves exception\n\nPope Leo XIV on Saturday approved a limited exception.\n\nIn the letter, the Pope wrote that the Church could not leave the faithful hungry.", (Body, Named, s("Leo XIV"))),
        ("Fighting between the army and the paramilitary Rapid Support Forces began in April 2023.", (Body, Unattributed, None)),
        ("Trump campaign spokeswoman Hope Hicks said in a statement that Trump supports Israel.", (Body, Named, s("Hope Hicks"))),
        ("The fire was 5 percent contained, according to the California Department of Forestry and Fire Protection, known as Cal Fire.", (Body, Named, s("California Department of Forestry and Fire Protection"))),
        ("Shares fell on Friday. Not everyone was convinced.", (Body, Anonymous, s("not everyone"))),
        ("Shares fell on Friday. It is widely believed on Wall Street that the company will need to borrow.", (Body, Agentless, None)),
        ("Union Says Talks Have Collapsed\n\nDock workers walked out on Monday.", (Headline, Anonymous, s("union"))),
        ("Donald Trump spoke in Iowa. In a September debate, while most of his competitors called for a bigger military, Trump took another view.\n\n\"Let them fight each other,\" he said.", (Body, Named, s("Donald Trump"))),
    ];
    assert_claim(&cases);
}

/// A relation or role named after a possessive opens the clause on the one named: "His daughter
/// Mary Smith introduced him, saying he was generous" is Mary Smith's claim, not that of the
/// "he" after the cue.
#[test]
fn a_possessive_relation_and_a_name_open_the_clause() {
    use ClaimClass::Named;
    assert_last(&[
        ("John Smith spoke on Monday.\n\nHis daughter Mary Smith introduced him, saying he was generous.", Named, Some("Mary Smith"), Some("saying")),
        ("John Smith spoke on Monday.\n\nHis daughter Mary Smith introduced him, saying that he was generous.", Named, Some("Mary Smith"), Some("saying")),
        ("Senator Jane Ortiz spoke on Sunday.\n\nHer lawyer Ben Cole filed the motion, arguing that the search was illegal.", Named, Some("Ben Cole"), Some("arguing")),
    ]);
}

/// Review 12: people counted ("One person briefed on the investigation", "Several bishops in
/// the United States") and a nation's media ("Italian media reports") are unnamed sources, not
/// a capitalised word modifying a thing (which made them agentless).
#[test]
fn people_counted_and_a_nations_media_are_unnamed_sources() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("The hospital chain was attacked in March.\n\nOne person briefed on the investigation said the attackers had used a vendor's account.", Anonymous, Some("one person"), Some("said")),
        ("The Pope approved the exception.\n\nSeveral bishops in the United States expressed similar concerns privately.", Anonymous, Some("several bishops"), Some("expressed")),
        ("According to Italian media reports, the Pope had moved the announcement forward.", Anonymous, Some("italian media reports"), Some("according to")),
        ("The challenge is steep: Many people here have come to know him only recently.", Anonymous, Some("many people here"), Some("know")),
    ]);
}

/// A capitalised plural opening a sentence that the text near it writes in lower case is a
/// common noun, an unnamed source: "Hospitals reported …" after "Breaches at hospitals keep
/// rising" (it was named "Hospitals"), "Rabbis vow to boycott …".
#[test]
fn a_plural_the_text_writes_in_lower_case_is_no_name() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("Breaches at hospitals keep rising\n\nHospitals reported more than 700 large breaches to federal regulators last year.", Anonymous, Some("hospitals"), Some("reported")),
        ("Rabbis vow to boycott Trump speech to pro-Israel group.\n\nThe rabbis said they would walk out.\n\nRabbis said the speech would divide the community.", Anonymous, Some("rabbis"), Some("said")),
    ]);
}

/// A plural's possessive ends the name it belongs to as "'s" does: "Times' Ben Sisario" is Ben
/// Sisario (from PolNeAR's half A, a Politico newsletter's "by Times' Ben Sisario:"), unless the
/// words after it name an organisation ("The Teachers' Union").
#[test]
fn a_plural_possessive_ends_the_name_it_belongs_to() {
    use ClaimClass::Named;
    assert_last(&[
        ("Roundup\n\nBreitbart News’ Michael Patrick Leahy previously reported that the book was accurate.", Named, Some("Michael Patrick Leahy"), Some("reported")),
        ("Roundup\n\nAs RealClearPolitics’ David Byler pointed out in December, the race was close.", Named, Some("David Byler"), Some("pointed out")),
        ("Roundup\n\nThe Times' Ben Sisario said the club would close.", Named, Some("Ben Sisario"), Some("said")),
        ("Roundup\n\nFAREWELL—\"The Living Room to close at the end of December,\" by Times' Ben Sisario: \"The club will close.\"", Named, Some("Ben Sisario"), Some(":")),
        ("Roundup\n\nThe Teachers' Union said the strike would go on.", Named, Some("Teachers Union"), Some("said")),
        ("Roundup\n\nThe Parents' Television Council said the show was indecent.", Named, Some("Parents Television Council"), Some("said")),
        // Only before a listed first name: the review of this change cut organisations' names.
        ("Vet\n\nThe Department of Veterans' Affairs said the backlog had shrunk.", Named, Some("Department of Veterans Affairs"), Some("said")),
        ("Climate\n\nThe Citizens' Climate Lobby said the bill would pass.", Named, Some("Citizens Climate Lobby"), Some("said")),
    ]);
}

/// A courtesy title picks a person of its gender also when the person is remembered for a later
/// pronoun: "Mrs. Clinton did not hesitate. … she said" is no Bill Clinton named before (from
/// PolNeAR's half A, a New York Times story where Bill Clinton was the only Clinton named in
/// full).
#[test]
fn a_titled_surname_is_remembered_as_a_person_of_its_gender() {
    use ClaimClass::Named;
    assert_last(&[
        (
            "Donald J. Trump once defended Bill Clinton against allegations.\n\nMrs. Clinton had some of her highest approval ratings ever.\n\nMrs. Clinton did not hesitate. ''Well, I would say that everybody should be believed,'' she said, with an awkward smile.",
            Named,
            Some("Clinton"),
            Some("said"),
        ),
        (
            "Bill Clinton spoke in Iowa.\n\nMrs. Clinton did not hesitate. ''We will win,'' she said.",
            Named,
            Some("Clinton"),
            Some("said"),
        ),
        (
            "Hillary Clinton spoke in Ohio.\n\nMr. Clinton stayed home. He said he was tired.",
            Named,
            Some("Clinton"),
            Some("said"),
        ),
        (
            "Gov. Mary Hale opened the session.\n\nMr. Hale did not hesitate. \"No,\" he said.",
            Named,
            Some("Hale"),
            Some("said"),
        ),
        (
            "Tom Baker lost the vote on Monday.\n\nMs. Baker, his sister, stayed calm. She said the count was wrong.",
            Named,
            Some("Baker"),
            Some("said"),
        ),
        (
            "Bill Clinton spoke in Iowa.\n\nA spokesman for Mr. Clinton declined to comment.\n\nMrs. Clinton did not hesitate. ''We will win,'' she said.",
            Named,
            Some("Clinton"),
            Some("said"),
        ),
        (
            "Bill Clinton spoke in Iowa. Mr. Clinton left early.\n\nMrs. Clinton stayed. She said the polls would close at eight.",
            Named,
            Some("Clinton"),
            Some("said"),
        ),
        // A pronoun's gender picks the full name of that gender.
        (
            "Book\n\nThe book was written by Bill Clinton and Hillary Clinton.\n\nClinton said the tour would go on. She said it was long.",
            Named,
            Some("Hillary Clinton"),
            Some("said"),
        ),
        // The one of that gender when the text names both.
        (
            "Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa.\n\nMrs. Clinton did not hesitate. ''We will win,'' she said.",
            Named,
            Some("Hillary Clinton"),
            Some("said"),
        ),
    ]);
}

/// A name that only looks like a person's is none for "he" or "she": a thing numbered by an
/// ordinal ("the Fourteenth Amendment", from PolNeAR's USA Today story on the Khans) or a place's
/// bar ("the Virginia State Bar", from PTC), so the pronoun goes to the person named before it.
/// (A listed first name still makes one a person's: "First Lady Michelle Obama".)
#[test]
fn she_is_no_amendment_and_no_bar() {
    use ClaimClass::Named;
    assert_last(&[
        (
            "Khans\n\nGhazala Khan said she could not speak on the stage. Her husband held up a copy of the Constitution and cited the Fourteenth Amendment.\n\n(She says the photo of her son would have made her cry.)",
            Named,
            Some("Ghazala Khan"),
            Some("says"),
        ),
        (
            "Devices\n\nSamina Gilani said she was in the house that night. A complaint was later filed with the Virginia State Bar.\n\nShe said that Imran eventually removed the devices.",
            Named,
            Some("Samina Gilani"),
            Some("said"),
        ),
    ]);
}

/// A surname alone is of the gender the first name of the person the text names in full with it
/// tells, so "she" never links to it when that is a man's ("a word Trump then repeated" in a story
/// about Donald Trump, from PolNeAR's half A; "Pompeo" after Michael R. Pompeo, from PTC). Not
/// when the text names a man and a woman with the surname.
#[test]
fn she_is_no_surname_a_man_is_named_in_full_with() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        (
            "Trump rally\n\nThe fans of Donald Trump moved into the spotlight on Monday after a woman at one of his rallies used a crude word to describe a rival, a word Trump then repeated.\n\n\"She just said a terrible thing,\" Trump said. He asked the woman to say it louder.\n\nThe woman who started it all identified herself to CNN as a resident named Caroline.\n\n\"It just came out of my mouth,\" she said.",
            Anonymous,
            Some("she"),
            Some("said"),
        ),
        (
            "Pompeo in Riyadh\n\nSecretary of State Michael R. Pompeo met the king on Tuesday.\n\nState Department spokeswoman Heather Nauert said the talks were frank. Pompeo reminded his hosts that the matter was urgent, she said.",
            Named,
            Some("Heather Nauert"),
            Some("said"),
        ),
        (
            "Pompeo in Riyadh\n\nSecretary of State Michael R. Pompeo met the king on Tuesday.\n\nPompeo reminded his hosts that the matter was urgent, he said.",
            Named,
            Some("Michael R. Pompeo"),
            Some("said"),
        ),
        (
            "Clintons campaign\n\nHillary Clinton spoke in Ohio, and Bill Clinton spoke in Iowa.\n\nClinton walked to the stage.\n\n''We will win,'' she said.",
            Named,
            Some("Hillary Clinton"),
            Some("said"),
        ),
    ]);
}

/// The review of this change's diff: a courtesy title that contradicts the one full name known
/// leaves the surname as it is; a lower-case possessive after "But" opens on the name too; a
/// two-word "Partners" name is no firm; a kind of body named before ("Brent Council") is that
/// body when the word opens a sentence alone; a two-word sentence is a claim only with a verb.
#[test]
fn review_of_the_diff_courtesy_possessives_firms_and_short_sentences() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Bill Clinton spoke.\n\nMrs. Clinton said the plan failed.", Named, Some("Clinton"), Some("said")),
        ("Mr. Smith said the plan failed.\n\nMary Smith said it had worked.\n\nMr. Smith said it had not.", Named, Some("Smith"), Some("said")),
        ("John Smith spoke on Monday.\n\nBut his daughter Mary Smith introduced him, saying he was generous.", Named, Some("Mary Smith"), Some("saying")),
        ("Prices rose on Monday. European Partners said they would wait.", Anonymous, Some("european partners"), Some("said")),
        ("Brent Council said the road would close.\n\nCouncil said the works would last a week.", Named, Some("Brent Council"), Some("said")),
        // With no title, a "she" right after the verb tells the gender.
        ("Bill Clinton introduced his wife. Hillary Clinton then accepted the nomination.\n\nClinton said she would fight for families.", Named, Some("Hillary Clinton"), Some("said")),
    ]);
    assert_eq!(
        claim_texts("Prices fell sharply on Monday. Next question. Good news. China abstained."),
        ["Prices fell sharply on Monday.", "China abstained."]
    );
}

/// Review 13: a name with a particle ("Pieter van Loon", "Khalid al-Mutairi") is one name, and
/// its surname alone ("Van Loon") is the same person; an organisation named as one ("the Unite
/// union", "The Turkish Red Crescent", "Cancer Research UK") is what "the union", "a
/// spokeswoman for the organisation" stand for, and no "company".
#[test]
fn review_13_particles_in_names_and_organisations_named_as_such() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let doc = "Climate talks stall\n\nThe European Union's climate commissioner, Pieter van Loon, said the bloc could not accept the deal.\n\n\"We came here to move forward,\" Van Loon told reporters.\n\nSaudi Arabia's lead negotiator, Khalid al-Mutairi, said his delegation would not agree.\n\nHe said the focus should be on cutting emissions.\n\nForeign Minister Ursula von Hagen said Germany would sign.\n\nMaria da Silva told reporters the draft was unfair.\n\nMohammed el-Sayed, the Egyptian envoy, said talks would go on.";
    let got = all_claims(doc);
    let sources: Vec<Option<&str>> = got.iter().skip(1).map(|c| c.2.as_deref()).collect();
    assert_eq!(
        sources,
        [
            Some("Pieter van Loon"),
            Some("Pieter van Loon"),
            Some("Khalid al-Mutairi"),
            Some("Khalid al-Mutairi"),
            Some("Ursula von Hagen"),
            Some("Maria da Silva"),
            Some("Mohammed el-Sayed"),
        ]
    );
    assert!(got.iter().skip(1).all(|c| c.1 == Named), "{got:?}");
    let doc = "Dockers strike\n\nDockers at three ports walked out on Monday, the Unite union said.\n\nNorthern Gateway Ports said it was disappointed by the walkout.\n\nIn a statement, the company said the strike would hurt the economy.\n\nThe union has accused the company of hiring agency staff.\n\nThe Turkish Red Crescent said 48,000 people were in shelters.\n\nA spokeswoman for the organisation said tents were being flown in.";
    assert_eq!(
        all_claims(doc).into_iter().skip(1).collect::<Vec<_>>(),
        [
            (Body, Named, s("Unite")),
            (Body, Named, s("Northern Gateway Ports")),
            // Nothing says the ports' operator is a company; the union is none.
            (Body, Anonymous, s("the company")),
            (Body, Named, s("Unite")),
            (Body, Named, s("Turkish Red Crescent")),
            (Body, Named, s("Turkish Red Crescent")),
        ]
    );
    let cases = [
        ("Cancer Research UK said the findings were encouraging. The organisation said it would ask regulators to act.", (Body, Named, s("Cancer Research UK"))),
        ("The Public Policy Institute of California said turnout would be high. A survey by the organization found Clinton ahead.", (Body, Named, s("Public Policy Institute of California"))),
        ("The Teamsters union said talks had failed. A spokesman for the union said members would vote on Friday.", (Body, Named, s("Teamsters"))),
        // A word of a nationality is no organisation.
        ("Syrian officials welcomed the team. This is the first contest, and the organization plans to hold it elsewhere next year.", (Body, Anonymous, s("the organization"))),
    ];
    assert_claim(&cases);
}

/// A person a pronoun stood for has spoken last: the next "he" is that person, though another
/// was named between (found reading half A of PolNeAR).
#[test]
fn a_pronouns_person_is_the_nearest_for_the_next_pronoun() {
    use ClaimClass::Named;
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Email row grows\n\nBernie Sanders spoke in Iowa on Thursday.\n\nRepublicans were quick to chime in, with Donald Trump tweeting that it was a \"disaster\" for Clinton.\n\nSanders appeared to dismiss the issue in October, when he told Clinton at a debate that Americans were tired of it. On Friday, he remarked: \"There is a legal process in place.\"", (Body, Named, s("Bernie Sanders"))),
        ("Clinton's promises\n\nHillary Clinton spoke to voters in Ohio. Pollster Anna Greenberg said voters doubted her.\n\nClinton has been cagey about where she stands, and she said little on trade.\n\nShe has praised her husband's economic record as president.", (Body, Named, s("Hillary Clinton"))),
    ];
    assert_claim(&cases);
}

/// Review 13, second part: a participle between an article and its noun is no cue; a passive
/// marker after an opening "It" owns the sentence; an organisation's "to" and a body of a
/// registered organisation are kept in its name.
#[test]
fn review_13_participles_passive_it_and_bodies_of_organisations() {
    use ClaimClass::{Agentless, Named, Unattributed};
    assert_last(&[
        ("Hale was reporting on protests over a disputed gold-mining concession.", Unattributed, None, None),
        ("Eventually, Mr. Ackman resigned, selling his stake at an estimated loss of $473 million.", Unattributed, None, None),
        ("Trump could shift into statesman mode, acting like a presumed nominee.", Unattributed, None, None),
        ("It is widely believed that Turkey wants a deal that both sides can live with.", Agentless, None, None),
        ("The Kremlin has long denied the losses. It appeared to acknowledge them on Tuesday.", Named, Some("Kremlin"), None),
        ("The Committee to Protect Journalists said at least six reporters had been detained.", Named, Some("Committee to Protect Journalists"), Some("said")),
        ("The UN Environment Programme warned last month that pledges fall short.", Named, Some("UN Environment Programme"), Some("warned")),
        ("The UN Security Council said it would meet again.", Named, Some("United Nations"), Some("said")),
        ("A New York Times/CBS News poll found that Clinton led.", Named, Some("The New York Times"), Some("found")),
    ]);
}

/// Review 13, third part: an office stands for the one person the text names with it, in a claim
/// or not; "the government" is a nation's, never an intergovernmental body.
#[test]
fn review_13_offices_and_governments() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Quake\n\nHatice Demir, 63, said she had lost everything.\n\nPresident Recep Tayyip Erdogan is expected to visit the region on Thursday. The president declared three days of national mourning.", (Body, Named, s("Recep Tayyip Erdogan"))),
        ("Ruling\n\nThe order by Judge Emmet G. Sullivan came as part of a lawsuit brought by Judicial Watch.\n\n“This is a victory,” said Judicial Watch president Tom Fitton.\n\n“When does it stop?” the judge said.", (Body, Named, s("Emmet G. Sullivan"))),
        ("Quake\n\nThe World Health Organization said it had deployed teams.\n\nOpposition lawmakers slammed the response. The government denied the charge, saying convoys had reached every district.", (Body, Anonymous, s("the government"))),
        ("Quake\n\nTurkey said it would rebuild the towns.\n\nThe government said the toll would rise.", (Body, Named, s("Turkey"))),
        // An institution's document is the institution's; a ministry is a nation's.
        ("Ports\n\nNorthern Gateway Ports, which runs all three terminals, said it was disappointed.\n\nThe company's annual report shows operating profits of 214 million pounds.", (Body, Named, s("Northern Gateway Ports"))),
        ("Ports\n\nNorthern Gateway Ports, which runs all three terminals, said it was disappointed.\n\nThe ministry's report shows the toll rose.", (Body, Anonymous, s("the ministry's report"))),
        ("Talks\n\nChina said it would not attend the forum.\n\nJapanese Defence Minister Gen Nakatani said his country would help Southeast Asian nations.\n\n“Countries should not make thoughtless remarks,” the ministry said in a statement.", (Body, Named, s("China"))),
    ];
    assert_claim(&cases);
}

/// Review 13: in a title-case headline an adjective before a document or an organisation's kind
/// is no name either ("…, Large Trial Finds", "Charity Warns …"), while a name before it still
/// speaks ("Reuters Poll Finds …").
#[test]
fn review_13_headline_adjectives_and_kinds() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Headline;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Daily Aspirin Cut Bowel Cancer Recurrence by a Third, Large Trial Finds\n\nThe body says little.", (Headline, Anonymous, s("large trial"))),
        ("Charity Warns of Food Shortages in Quake Zone\n\nThe body says little.", (Headline, Anonymous, s("charity"))),
        ("New Study Says Coffee Is Good for You\n\nThe body says little.", (Headline, Anonymous, s("new study"))),
        ("Reuters Poll Finds Most Voters Undecided\n\nThe body says little.", (Headline, Named, s("Reuters"))),
    ];
    assert_claim(&cases);
}

/// Review 13, sixth part: a noun of content with a clause after the sentence's comma is no
/// trailing attribution, nor is an item of a list; a long description of an unnamed source by
/// what it knows is one; "have long warned", "documented", "played down", "put the number of"
/// are read as a reader reads them.
#[test]
fn review_13_trailing_clauses_and_more_cues() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Manisa's mayor, Derya Ozturk, said on Wednesday that at least 96 people had died in her province alone, a figure AFAD had not yet confirmed.", Named, Some("Derya Ozturk"), Some("said")),
        ("Club insiders in Lisbon believe the sale of Ruiz is inevitable but want to secure the highest possible fee, a person with knowledge of Benfica's thinking said.", Anonymous, Some("a person with knowledge of benfica's thinking"), Some("said")),
        ("Seismologists have long warned that the fault was capable of producing a large earthquake.", Anonymous, Some("seismologists"), Some("warned")),
        ("Both Blocher and the SVP have long complained that the political class does not heed the will of the people.", Named, Some("Blocher and SVP"), Some("complained")),
        ("A 2023 report by Human Rights Watch documented overcrowding, a lack of medical care and allegations of beatings.", Named, Some("Human Rights Watch"), Some("documented")),
        ("Benfica president Joao Pedrosa played down the reports.", Named, Some("Joao Pedrosa"), Some("played down")),
        ("The Turkish Red Crescent put the number of people in emergency shelters at about 48,000.", Named, Some("Turkish Red Crescent"), Some("put the number of")),
        ("The Port Employers Association said talks had failed. A shipping executive with knowledge of the situation said at least four vessels had changed course.", Anonymous, Some("a shipping executive with knowledge of the situation"), Some("said")),
        ("The North West Chamber of Commerce said the strike would hurt exporters. The company said it would not negotiate.", Anonymous, Some("the company"), Some("said")),
    ]);
}

/// Review 13: a role noun is the unnamed person introduced with that role who spoke last, when
/// at most one name was met since (in that person's own claim); not one from long before.
#[test]
fn review_13_a_role_noun_is_the_unnamed_person_just_introduced_with_it() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Talks stall\n\nA senior diplomat from a European country, who asked not to be named, said the Saudi delegation had threatened to block the text. \"They are playing for time,\" the diplomat said.", (Body, Anonymous, s("a senior diplomat from a european country"))),
        ("Town hall\n\nHillary Clinton said she would campaign in Concord.\n\nAt a town hall meeting in New Hampshire, a young woman asked Mrs. Clinton about the allegations.\n\n''You say that all victims should be believed,'' the woman said.", (Body, Anonymous, s("a young woman"))),
        ("Ban sought\n\nA lawmaker in the Philippines wants Donald Trump barred, a spokesman said.\n\nRepresentative Joey Salceda said he filed the bill on Monday. Salceda said the remarks were shameful.\n\nThe lawmaker, who represents a district in Albay, said the remarks had spread widely.", (Body, Named, s("Joey Salceda"))),
    ];
    assert_claim(&cases);
}

/// Review 14: what the new rules of review 13 must not take — a trailing attribution opening on
/// "a number of", a person's title after "The", a post-nominal, plural partners.
#[test]
fn review_14_what_the_new_rules_leave_alone() {
    use ClaimClass::{Agentless, Anonymous, Named};
    assert_last(&[
        (
            "The ministry denied the report, a number of officials said.",
            Anonymous,
            Some("officials"),
            Some("said"),
        ),
        (
            "Prices rose, the account manager said.",
            Anonymous,
            Some("the account manager"),
            Some("said"),
        ),
        (
            "The Dalai Lama said he would visit India. He added that he was tired.",
            Named,
            Some("Dalai Lama"),
            Some("added"),
        ),
        (
            "In fact, our US partners are saying the same thing as well.",
            Agentless,
            None,
            Some("saying"),
        ),
        // A film or a book speaks as a document does, never for the person it is about.
        (
            "The film stars John Krasinski as a contractor named Bob. The movie shows Bob wanting to stay behind.",
            Anonymous,
            Some("the movie"),
            Some("shows"),
        ),
        (
            "The book accuses Bob of treating the contractors like security guards.",
            Anonymous,
            Some("the book"),
            Some("accuses"),
        ),
    ]);
}

/// Stop 42: a role noun is the named person last introduced with that role, even right after an
/// unnamed one spoke; "the organisation" may be a body named by an acronym.
#[test]
fn a_role_noun_is_the_person_named_with_it_since() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Talks stall\n\nA senior diplomat said the talks had stalled.\n\nThe French diplomat Marie Dupont said the gap could be closed. The diplomat said both sides had shown goodwill.", (Body, Named, s("Marie Dupont"))),
        ("Talks stall\n\nA senior diplomat said the talks had stalled. The diplomat said both sides were tired.", (Body, Anonymous, s("a senior diplomat"))),
        ("Vote due\n\nA senior negotiator said the vote would be close.\n\nThe chief negotiator, Tom Berg, said the count would start at noon. The negotiator said observers were welcome.", (Body, Named, s("Tom Berg"))),
        ("Town hall\n\nAt a town hall meeting, a young woman asked Mrs. Clinton about women who said they were harassed by Mr. Clinton.\n\n''You say that all victims should be believed,'' the woman said.", (Body, Anonymous, s("a young woman"))),
        ("Ruling due\n\nFIFA said it would review the decision. The organisation said a ruling was expected next week.", (Body, Named, s("FIFA"))),
        ("Toll rises\n\nThe Disaster and Emergency Management Authority, known as AFAD, said 1,930 people had been injured. The organisation said the figures would rise.", (Body, Named, s("AFAD"))),
    ];
    assert_claim(&cases);
}

/// Review 15: a short sentence after a quotation joins it only as its attribution ("So said
/// Smith."); narration that merely follows ("Rovers will face United in the final.") is a claim
/// of its own, and the quotation keeps its speaker.
#[test]
fn only_an_attribution_sentence_joins_the_quotation_before_it() {
    let cases: &[(&str, &[&str])] = &[
        (
            "\"It was never a foul,\" Ferrante said. Rovers will face United in the final.",
            &[
                "\"It was never a foul,\" Ferrante said.",
                "Rovers will face United in the final.",
            ],
        ),
        (
            "\"We played well.\" City lost the match.",
            &["\"We played well.\"", "City lost the match."],
        ),
        (
            "\"It hurts,\" the coach said. The club has not won since March.",
            &[
                "\"It hurts,\" the coach said.",
                "The club has not won since March.",
            ],
        ),
        (
            "\"We move on,\" said Paolo Ferrante. Kick-off is at 3 p.m.",
            &[
                "\"We move on,\" said Paolo Ferrante.",
                "Kick-off is at 3 p.m.",
            ],
        ),
        (
            "\"We will win.\" So said Smith.",
            &["\"We will win.\" So said Smith."],
        ),
        (
            "\"We will win.\" That is what Smith told reporters.",
            &["\"We will win.\" That is what Smith told reporters."],
        ),
    ];
    let mut bad = Vec::new();
    for (body, want) in cases {
        let got = claim_texts(&format!("Final set\n\n{body}"));
        if got[1..] != want[..] {
            bad.push(format!("{body}\n    want {want:?}\n    got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Review 15: a firm's name joined by "&" stays whole and is an organisation's; a business set
/// beside a description of it ("Harwick & Lowe, a British home-goods retailer,") is what a later
/// "the company" or "the retailer" stands for.
#[test]
fn a_firm_joined_by_ampersand_and_one_described_beside_its_name() {
    use ClaimClass::Named;
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Fault found\n\nThe sheriff's office said it had received calls.\n\nPacific Gas & Electric said in a filing that it had detected a fault. The utility said it was cooperating with investigators.", (Body, Named, s("Pacific Gas & Electric"))),
        ("Data stolen\n\nHarwick & Lowe, a British home-goods retailer, was hacked last month. The company said no passwords were taken.", (Body, Named, s("Harwick & Lowe"))),
        ("Data stolen\n\nHarwick & Lowe Ltd was hacked last month. The company said no passwords were taken.", (Body, Named, s("Harwick & Lowe Ltd"))),
        ("Data stolen\n\nA Harwick & Lowe spokesperson said the company had informed the police. The retailer said it would contact all customers.", (Body, Named, s("Harwick & Lowe"))),
        ("Trains cut\n\nBrightline, the private rail operator, cut services on Monday. The operator said staff shortages were to blame.", (Body, Named, s("Brightline"))),
        ("Trains cut\n\nNorthfield Rail, a regional rail company, cut services on Monday. The company said staff shortages were to blame.", (Body, Named, s("Northfield Rail"))),
    ];
    assert_claim(&cases);
}

/// Review 15: "the statement said" is the one whose claim just before was made in a statement;
/// a public body a phrase describes in words of its own ("the national statistics office") is
/// no organisation named before for another reason.
#[test]
fn a_statement_is_its_issuers_and_a_described_office_is_new() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Rates held\n\nThe Nordhaven Central Bank left rates unchanged.\n\nTraders expect a cut in June, according to data compiled by Refinitiv.\n\nIn a statement, the bank said inflation had eased. Seven of the nine members voted to hold, the statement said.", (Body, Named, s("Nordhaven Central Bank"))),
        ("Rates held\n\nTraders expect a cut, according to data compiled by Refinitiv.\n\nIn a statement, the bank said inflation had eased. Seven members voted to hold, the statement said.", (Body, Anonymous, s("the bank"))),
        ("Rates held\n\nTraders expect a cut, Bloomberg reported.\n\nThe ministry said in a written statement that prices would fall. The statement said wages would rise.", (Body, Anonymous, s("the ministry"))),
        ("Prices rise\n\nPrices rose 3 percent last month, according to data compiled by Refinitiv.\n\nMortgage repayments have risen by 40 percent since 2022, according to the national statistics office.", (Body, Anonymous, s("the national statistics office"))),
        ("Prices rise\n\nPrices rose 3 percent last month, Bloomberg reported.\n\nRents rose too, according to the federal housing agency.", (Body, Anonymous, s("the federal housing agency"))),
        ("Drills\n\nKCNA said the drills were a provocation. The state news agency said the drills would continue.", (Body, Named, s("Korean Central News Agency"))),
    ];
    assert_claim(&cases);
}

/// Review 15: "The Italian said" is the person the article just named, called by nationality
/// as by a role; never a source named "Italian". A nation's body stays the nation's.
#[test]
fn a_nationality_noun_is_the_person_named_before() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Cup exit\n\nCity manager Paolo Ferrante was furious about the penalty.\n\nThe Italian, who has lost four games in a row, said he would not resign.", (Body, Named, s("Paolo Ferrante"))),
        ("Cup win\n\nCoach Marta Silva was pleased with the result. The Brazilian said her team had earned the win.", (Body, Named, s("Marta Silva"))),
        ("Title race\n\nKenji Sato said the tyres were worn. The Japanese added that the car felt fast.", (Body, Named, s("Kenji Sato"))),
        ("Open\n\nPierre Laurent said he had lost to a better player.\n\n\"It hurts,\" the Frenchman said.", (Body, Named, s("Pierre Laurent"))),
        ("Open\n\nThe Frenchman said his knee hurt.", (Body, Anonymous, s("the frenchman"))),
        ("Drills\n\nThe Italian government said the drills would go ahead.", (Body, Named, s("Italian government"))),
    ];
    assert_claim(&cases);
}

/// Review 15: a headline in title case names no organisation a later "the bank" stands for
/// ("Central Bank Holds Rates …"); one written in the body does.
#[test]
fn a_title_case_headline_names_no_organisation_for_a_later_role() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Central Bank Holds Rates, Signals Cuts Could Come by Summer\n\nThe bank left its rate unchanged on Thursday. The bank said inflation was easing.", (Body, Anonymous, s("the bank"))),
        ("Rates Held\n\nThe Nordhaven Central Bank left its rate unchanged on Thursday. The bank said inflation was easing.", (Body, Named, s("Nordhaven Central Bank"))),
    ];
    assert_claim(&cases);
}

/// Review 15: an appositive opening on a possessive place ("Britain's data protection
/// regulator", "Britain's ambassador to France") describes the name before it, which speaks.
#[test]
fn a_possessive_appositive_describes_the_name_before_it() {
    assert_named(
        &[
            ("The Information Commissioner's Office, Britain's data protection regulator, said it was making enquiries.", "Information Commissioner's Office"),
            ("John Smith, Britain's ambassador to France, said talks were going well.", "John Smith"),
            ("Maria Lopez, Spain's minister for industry, said the plant would stay open.", "Maria Lopez"),
            ("Tata Motors, India's biggest carmaker, said sales fell.", "Tata Motors"),
            ("Ofcom, the media regulator, said it would investigate.", "Ofcom"),
            ("Kenji Sato, Japan's chief negotiator at the talks, said a deal was close.", "Kenji Sato"),
        ],
        |got, want| got == want,
    );
}

/// Review 15: questions put to one labelled speaker, the first before the speaker's label, make
/// an interview; a closing paragraph that speaks of the speaker in the third person, with no "I"
/// or "we", is the outlet's again, its cues in the outlet's voice.
#[test]
fn an_interview_ends_where_the_outlet_speaks_of_its_speaker() {
    let text = "Housing Minister Anna Keller on the Rent Crisis\n\n\
         By Jonas Weber\n\n\
         Housing Minister Anna Keller spoke to the Rhine Courier in her office on Monday.\n\n\
         Question: Rents rose 11 percent last year. Has the government lost control?\n\n\
         Minister Anna Keller: No. We inherited a shortage, and it will take time to fix.\n\n\
         Question: Will the rent cap pass?\n\n\
         Minister Anna Keller: I am confident it will. I expect a vote in June.\n\n\
         Keller's ministry later said the money would be in the budget. The finance ministry declined to comment.\n";
    let (kind, claims) = body_claims(text);
    assert_eq!(kind, DocKind::Interview);
    let n = claims.len();
    assert_eq!(
        claims[n - 3..],
        [
            (
                ClaimClass::Named,
                Some("Anna Keller".to_string()),
                "speaker_turn"
            ),
            (
                ClaimClass::Named,
                Some("Anna Keller".to_string()),
                "known_name"
            ),
            (
                ClaimClass::Anonymous,
                Some("the finance ministry".to_string()),
                "role_noun"
            ),
        ]
    );
    // The last paragraph's "said" is the outlet's word, not quoted.
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("t", text.to_string()));
    let last = s.article.paragraphs.last().expect("paragraphs");
    assert!(!last.in_turn && last.quotes.is_empty());
    // Remarks that end with reporters' questions stay a speech.
    let (kind, _) = body_claims(
        "Remarks by President Jane Roe on the Economy\n\n\
         THE PRESIDENT: Good afternoon. I want to talk about jobs. We added 200,000 of them last month.\n\n\
         Q: Madam President, will rates fall?\n\n\
         THE PRESIDENT: I do not set rates.\n",
    );
    assert_eq!(kind, DocKind::Speech);
}

/// Review 15: a passive with no agent gives way to the cue of a clause of its own after it ("No
/// deaths had been reported, but the sheriff's office said"); a cue reads as its span does, a
/// final "that" left to the content ("found that" is "found").
#[test]
fn a_passive_gives_way_to_a_later_clause_and_a_cue_drops_its_that() {
    use ClaimClass::{Agentless, Anonymous, Named};
    assert_last(&[
        ("No deaths had been reported, but the sheriff's office said it had received several calls.", Anonymous, Some("the sheriff's office"), Some("said")),
        ("No arrests had been made, but police said they had identified a suspect.", Anonymous, Some("police"), Some("said")),
        ("Sheriff Linda Tran spoke on Wednesday. No deaths had been reported, but the sheriff said several people were unaccounted for.", Named, Some("Linda Tran"), Some("said")),
        ("It was reported that the talks had failed, and the ministry said nothing.", Agentless, None, Some("it was reported")),
        ("A report by the King's Fund found that waits had tripled since 2015.", Named, Some("King's Fund"), Some("found")),
        ("Paris also claims that her passport was taken away from her.", Named, Some("Paris"), Some("claims")),
    ]);
}

/// Review 15: "a trust spokesperson", "a county spokeswoman" speak for the organisation named
/// before with that word; with none named, they stay unnamed.
#[test]
fn a_spokesperson_modified_by_an_organisation_word_speaks_for_it() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("University Hospitals Birmingham NHS Foundation Trust said it had seen record attendances. A trust spokesperson said it apologised to the family.", Named, Some("University Hospitals Birmingham NHS Foundation Trust"), Some("said")),
        ("Gov. Miguel Serrano declared a state of emergency for Sonoma County. A county spokeswoman said some alerts had been delayed.", Named, Some("Sonoma County"), Some("said")),
        ("The Transport Workers Union called a strike. A union spokesman said talks had failed.", Named, Some("Transport Workers Union"), Some("said")),
        ("A county spokeswoman said some alerts had been delayed.", Anonymous, Some("a county spokeswoman"), Some("said")),
        ("Fire Chief Ray Delgado of the Sonoma County Fire District said 40 homes burned. County officials said alerts had been delayed. A county spokeswoman said a technical problem was to blame.", Anonymous, Some("a county spokeswoman"), Some("said")),
        ("Senator Jane Roe spoke on Monday. A campaign spokesman said she would run again.", Anonymous, Some("a campaign spokesman"), Some("said")),
    ]);
}

/// Review 15: "One said" right after unnamed people in the plural is one of them.
#[test]
fn one_of_the_people_just_counted_says_whose_one() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("Three senior doctors, who asked not to be named, described conditions as the worst of their careers. One said patients waited two days for a bed.", Anonymous, Some("one of three senior doctors"), Some("said")),
        ("Two officials described the talks as tense. Another said they would resume on Monday.", Anonymous, Some("another of two officials"), Some("said")),
        ("Sanders is joining the lawsuit, Democratic officials said. Clinton is not, according to one of his senior aides.", Anonymous, Some("one"), Some("according to")),
        ("One said the vote would be close.", Anonymous, Some("one"), Some("said")),
    ]);
}

/// Review 15: a name introduced as a group's ("a group known as BlackVane", "BlackVane, a
/// ransomware gang,") is an organisation, never the "she" of the person who spoke of it; a
/// person's appositive that merely mentions one ("a spokesman for the foundation") is no group.
#[test]
fn a_name_introduced_as_a_groups_is_no_pronouns_person() {
    use ClaimClass::Named;
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Breach\n\nSecurity researcher Sarah Collins said a group known as BlackVane had attacked the retailer. She said the group had published a sample of customer records.", (Body, Named, s("Sarah Collins"))),
        ("Breach\n\nSecurity researcher Sarah Collins said BlackVane, a ransomware gang, had attacked the retailer. She said the gang had published a sample of customer records.", (Body, Named, s("Sarah Collins"))),
        ("Breach\n\nAnalyst Tom Reed said a militia known as Redhand had attacked the convoy. He said the militia had taken hostages.", (Body, Named, s("Tom Reed"))),
        ("Gifts\n\nCraig Minassian, a spokesman for the foundation, said the decision had nothing to do with the emails.\n\n''The only factor is perception,'' he said.", (Body, Named, s("Craig Minassian"))),
    ];
    assert_claim(&cases);
}

/// Review 16 (this stop's diff): what the new rules must leave alone — a person or another body
/// whose name has the spokesperson's word, a person described as a developer, a business that
/// is a sentence's object, a surname used in another sense inside a turn, a country's acronym,
/// a people's adjective.
#[test]
fn review_16_what_the_new_rules_leave_alone() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Vote\n\nSenator Frank Church said the bill was flawed. A church spokesman said the diocese would comply.", (Body, Anonymous, s("a church spokesman"))),
        ("Vote\n\nOhio State University said the game was off. A state spokesman said roads were closed.", (Body, Anonymous, s("a state spokesman"))),
        ("Fires\n\nSonoma County and Napa County issued alerts. A county spokeswoman said some were late.", (Body, Anonymous, s("a county spokeswoman"))),
        ("App flaw\n\nMaria Lopez, a software developer, said the app was insecure. The company said it had fixed the flaw.", (Body, Anonymous, s("the company"))),
        ("Sale\n\nAcme Corp sold its stake in Zenith Ltd, a British retailer, last year. The company said the sale raised $2 billion.", (Body, Anonymous, s("the company"))),
        ("Summit\n\nNATO said the drills would continue. The USA said it would send troops. The organisation said it would meet again.", (Body, Anonymous, s("the organisation"))),
        ("Summit\n\nCoach Anna Berg praised the plan. The French said they would join the mission.", (Body, Anonymous, s("the french"))),
    ];
    assert_claim(&cases);
    // "U.N.C." is no United Nations.
    assert_last(&[(
        "U.N.C. said the rules would change.",
        Named,
        Some("U.N.C."),
        Some("said"),
    )]);
    // A surname in another sense ("agreed in May", "The King of Jordan") keeps the turn.
    for text in [
        "Interview: Prime Minister Theresa May on Brexit\n\nBy Ola Nordmann\n\nQuestion: When will Britain leave?\n\nPrime Minister Theresa May: On 29 March. We have been clear about that.\n\nThe deal agreed in May stands, and Parliament will vote on it next week.\n\nQuestion: Will it pass?\n\nPrime Minister Theresa May: I believe it will.\n",
        "Senate hearing\n\nSenator Angus King: Thank you, Mr. Chairman. I have a question for the witness.\n\nThe King of Jordan visited last week, and the visit went well for everyone involved.\n\nSecretary Jane Roe: Thank you, Senator. We agree.\n",
    ] {
        let engine = Engine::new(RuleSet::default_rules());
        let s = engine.score(Document::new("t", text.to_string()));
        let p = s
            .article
            .paragraphs
            .iter()
            .find(|p| {
                let t = &s.article.text[p.span.clone()];
                t.starts_with("The deal") || t.starts_with("The King")
            })
            .expect("paragraph");
        assert!(p.in_turn, "{text}");
    }
}

/// Review 15: "a spokesman for the regulator" is the organisation an appositive just called the
/// regulator ("Ofcom, the media regulator, said").
#[test]
fn an_organisation_word_finds_the_body_an_appositive_described() {
    use ClaimClass::Named;
    assert_last(&[
        ("The Information Commissioner's Office, Britain's data protection regulator, said it was making enquiries. A spokesman for the regulator said firms had a duty to keep data safe.", Named, Some("Information Commissioner's Office"), Some("said")),
        ("Ofcom, the media regulator, said it would investigate. A spokesman for the regulator said a decision was due.", Named, Some("Ofcom"), Some("said")),
        ("Unite, the country's largest union, said the strike would go ahead. The union said talks had failed.", Named, Some("Unite"), Some("said")),
    ]);
}

/// Review 15: a business described right after its name ("… customers of Harwick & Lowe, the
/// British home-goods retailer said") is that business, and a later "The company said" and "It
/// said" are too; an opening phrase of time after another sentence is no name.
#[test]
fn a_business_described_after_its_name_speaks() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Body;
    let s = |x: &str| Some(x.to_string());
    let cases = [
        ("Data stolen\n\nHackers stole the data of 4 million customers of Harwick & Lowe, the British home-goods retailer said on Tuesday.", (Body, Named, s("Harwick & Lowe"))),
        ("Data stolen\n\nHackers stole the data of 4 million customers of Harwick & Lowe, the British home-goods retailer said on Tuesday.\n\nThe company said it had shut down several systems. It said card numbers were safe.", (Body, Named, s("Harwick & Lowe"))),
        ("Plant closed\n\nThe plant is in Canada. On Tuesday, the company said it would close it.", (Body, Anonymous, s("the company"))),
        ("Plant closed\n\nWorkers at a plant run by Maria Lopez, the company said, were laid off.", (Body, Anonymous, s("the company"))),
    ];
    assert_claim(&cases);
}

/// A new user's first corpus read: an office "to" or "of" a place before a name is a title, the
/// name the person ("According to Afghan Ambassador to the United States Hamdullah Mohib" was
/// "Afghan Ambassador"; "This was stated by President of Ukraine Volodymyr Zelenskyy" was
/// "President").
#[test]
fn an_office_of_or_to_a_place_before_a_name_is_a_title() {
    use ClaimClass::Named;
    assert_last(&[
        ("According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress.", Named, Some("Hamdullah Mohib"), Some("according to")),
        ("Afghan Ambassador to the United States Hamdullah Mohib said the team made progress.", Named, Some("Hamdullah Mohib"), Some("said")),
        ("Ambassador to Ukraine Bridget Brink said the talks went well.", Named, Some("Bridget Brink"), Some("said")),
        ("This was stated by President of Ukraine Volodymyr Zelenskyy.", Named, Some("Volodymyr Zelenskyy"), Some("stated")),
        ("The Committee to Protect Journalists said he was detained.", Named, Some("Committee to Protect Journalists"), Some("said")),
        // After a word of time too (from PTC and PolNeAR: "Former Secretary of State John Kerry").
        ("Talk\n\nFormer Secretary of State Hillary Clinton said the plan was weak.", Named, Some("Hillary Clinton"), Some("said")),
        ("Talk\n\nActing Attorney General Sally Yates said the order was unlawful.", Named, Some("Sally Yates"), Some("said")),
        ("Talk\n\nFormer President Barack Obama said the plan was weak.", Named, Some("Barack Obama"), Some("said")),
        // "Of the" and a one-word place before a listed first name (from BASIL and PTC).
        ("Talk\n\nSecretary of the Interior Ryan Zinke echoed the comment.", Named, Some("Ryan Zinke"), Some("echoed")),
        ("Talk\n\nFormer Speaker of the House Newt Gingrich said it was weak.", Named, Some("Newt Gingrich"), Some("said")),
        // After a place or a party, and with a middle initial (from PolNeAR, West Journal and
        // PTC: "Massachusetts Secretary of State William Galvin", "F Kerry", "S McNamara").
        ("Talk\n\nMassachusetts Secretary of State William Galvin said turnout was high.", Named, Some("William Galvin"), Some("said")),
        ("Talk\n\nRepublican Secretary of State Jon Husted said the hours were generous.", Named, Some("Jon Husted"), Some("said")),
        ("Talk\n\nSecretary of State John F. Kerry said in a statement that the vote mattered.", Named, Some("John F. Kerry"), Some("said")),
        ("Talk\n\nUnited States Secretary of Defense Robert S. McNamara said the war was a mistake.", Named, Some("Robert S. McNamara"), Some("said")),
        // (From the review of the change: a first name not listed, an initial after the office's
        // own plural, and an organisation's name after the office.)
        ("Talk\n\nActing Secretary of Homeland Security Chad F. Wolf said officers would stay.\n\nHe said they were protecting federal property.", Named, Some("Chad F. Wolf"), Some("said")),
        ("Talk\n\nMinister of Foreign Affairs S. Blok said two diplomats had been told to leave.", Named, Some("S Blok"), Some("said")),
        ("Talk\n\nThe Ohio Secretary of State Elections Division said 30,000 signatures were invalid.", Named, Some("Ohio Secretary of State Elections Division"), Some("said")),
        // After a people's or a party's adjective, a place's abbreviation or a county; a name of
        // three words after a listed first name; "First Lady", "Second Gentleman" (from the
        // review of the change, and PolNeAR: "Palm Beach County Supervisor of Elections Susan
        // Bucher", "RNC Chief of Staff Katie Walsh").
        ("Talk\n\nU.S. Secretary of State Antony J. Blinken said the talks were useful.", Named, Some("Antony J. Blinken"), Some("said")),
        ("Talk\n\nDemocratic Secretary of State Jocelyn Benson said the count was accurate.", Named, Some("Jocelyn Benson"), Some("said")),
        ("Talk\n\nGerman Minister of State for Europe Anna Lührmann said the bloc was united.", Named, Some("Anna Lührmann"), Some("said")),
        ("Talk\n\nPalm Beach County Supervisor of Elections Wendy Sartory Link said the count was accurate.", Named, Some("Wendy Sartory Link"), Some("said")),
        ("Talk\n\nThat, RNC Chief of Staff Katie Walsh explained, is the plan.", Named, Some("Katie Walsh"), Some("explained")),
        ("Talk\n\nFirst Lady Jill Biden said the program would expand.", Named, Some("Jill Biden"), Some("said")),
        ("Talk\n\nSecond Gentleman Doug Emhoff said he would visit the school.", Named, Some("Doug Emhoff"), Some("said")),
        // Offices the lexicon lacked (from PTC, PolNeAR and BASIL).
        ("Talk\n\nHungarian PM Viktor Orban said the migrants were not refugees.", Named, Some("Viktor Orban"), Some("said")),
        ("Talk\n\nSenate Majority Whip John Cornyn dismissed the controversy.", Named, Some("John Cornyn"), Some("dismissed")),
        ("Talk\n\nWHO Director-General Tedros Adhanom Ghebreyesus warned of plague.", Named, Some("Tedros Adhanom Ghebreyesus"), Some("warned")),
        // A courtesy title before a surname's particle (from BASIL: "Mr. de Léon" had stayed
        // "Mr de Léon", and "he said" after it had become "Mr").
        ("Politics\n\nMs. Feinstein has tacked to the left since Kevin de Léon, the president of the state Senate, announced his challenge.\n\nMr. de Léon said Monday that Democrats had made a grave mistake.", Named, Some("Kevin de Léon"), Some("said")),
        ("Politics\n\nMr. Schumer is not a figure of derision on the left as Mr. McConnell is on the right.\n\nMr. Shakir said of some Democrats that it is an “open question, still.”\n\nMr. de Léon said he had called and left a voice mail message with Thomas E. Perez, the party chairman, and planned to convey that Democrats had sent a terrible message to “voters of color.”\n\n“Once again, the party’s leaders in Washington have capitulated,” he said.", Named, Some("de Léon"), Some("said")),
    ]);
    // Two particles after a title (from the review of the change).
    for (text, name) in [
        (
            "Talk\n\nMr. de la Hoya said the fight was fair.",
            "de la Hoya",
        ),
        (
            "Talk\n\nDr. van der Berg said the test was clean.",
            "van der Berg",
        ),
    ] {
        let (_, source, _) = last(text);
        assert_eq!(source.as_deref(), Some(name), "{text}");
    }
    // (Not an organisation's name that ends on a first name, from the review of the change.)
    let (_, source, _) =
        last("Talk\n\nDirector of the Royal Victoria Hospital said the ward was full.");
    assert_ne!(source.as_deref(), Some("Victoria Hospital"));
}

/// Two people named together, then "the two", "the two researchers", "the prosecutors": both
/// of them, as one `group` source. From review 17's court, study and vote stories, with five more
/// of each shape.
#[test]
fn two_people_named_together_are_the_two_that_speak_later() {
    use ClaimClass::{Anonymous, Named};
    let pair = |a: &str, b: &str| format!("{a} and {b}");
    let (oduya, linton, solberg) = (
        pair("Renata Oduya", "Mark Tillman"),
        pair("Sarah Linton", "David Marsh"),
        pair("Ingrid Solberg", "Erik Lindahl"),
    );
    let cases: Vec<(&str, ClaimClass, Option<&str>, Option<&str>)> = vec![
        // Named with a description between them, speaking together.
        ("Prosecutor Renata Oduya opened the case.\n\nOduya and her co-counsel, Mark Tillman, argued that the bank records should be admitted.", Named, Some(&oduya), Some("argued")),
        ("Dr. Ingrid Solberg led the research.\n\nSolberg and a co-author, Dr. Erik Lindahl, said they planned to follow the group.", Named, Some(&solberg), Some("said")),
        ("Prosecutor Renata Oduya and prosecutor Mark Tillman questioned the witness for two hours.", Named, Some(&oduya), Some("questioned")),
        // Then a plural role that both hold, or that the two just spoke as.
        ("Prosecutor Renata Oduya and prosecutor Mark Tillman questioned the witness. The prosecutors said the records were genuine.", Named, Some(&oduya), Some("said")),
        // (Not when only one of them was called so: "her co-counsel, Mark Tillman".)
        ("Prosecutor Renata Oduya opened the case.\n\nOduya and her co-counsel, Mark Tillman, argued that the records should be admitted. The prosecutors said the records traced every payment.", Anonymous, Some("the prosecutors"), Some("said")),
        // "The two …" after two people named by full name, with or without a title.
        ("Sarah Linton and fellow backbencher David Marsh abstained in the vote.\n\nThe two MPs said they would try to amend the bill.", Named, Some(&linton), Some("said")),
        ("Sarah Linton and David Marsh abstained in the vote.\n\nThe two said they would try to amend the bill.", Named, Some(&linton), Some("said")),
        ("Prosecutor Renata Oduya and prosecutor Mark Tillman questioned the witness.\n\nThe two prosecutors said the records were genuine.", Named, Some(&oduya), Some("said")),
        ("Energy Minister Sarah Linton and Transport Minister David Marsh abstained.\n\nThe two ministers said they would try to amend the bill.", Named, Some(&linton), Some("said")),
        ("Sarah Linton and David Marsh abstained in the vote.\n\nBoth MPs said they would try to amend the bill.", Named, Some(&linton), Some("said")),
        ("Tom Reed and David Marsh met with the board on Monday.\n\nThe two men said the deal was done.", Named, Some("Tom Reed and David Marsh"), Some("said")),
        // A role the text never gives them is someone else ("The two rescuers" after the
        // climbers they found; "Both lawmakers" after a governor and a representative; "both
        // families" after two people killed), and so is a third person named between.
        ("Dr. Ingrid Solberg and Dr. Erik Lindahl presented the results in Copenhagen.\n\nThe two researchers said they hoped to report on strokes as well.", Anonymous, Some("the two researchers"), Some("said")),
        ("Gov. Maria Gomez and Rep. Tom Reed visited the site.\n\nBoth lawmakers said the bridge must be rebuilt.", Anonymous, Some("both lawmakers"), Some("said")),
        ("Emily Carter and James Holt died in the crash on Friday.\n\nBoth families said they were devastated.", Anonymous, Some("both families"), Some("said")),
        ("Sarah Linton and David Marsh abstained in the vote on Tuesday.\n\nWork and Pensions Secretary Anna Berg said the government had won.\n\nThe two said they would keep fighting the cuts.", Anonymous, Some("the two"), Some("said")),
        ("President Joe Biden and President Xi Jinping met in Bali.\n\nThe two officials, who asked not to be named, said the talks were frank.", Anonymous, Some("the two officials"), Some("said")),
        // Review 19: a role in an appositive's head only; "women" not for a man; a title one of
        // them holds, not the other.
        ("Maria Gomez and Tom Reed, both critics of the lawmakers, said the bill was rushed.\n\nBoth lawmakers said they would vote for it anyway.", Anonymous, Some("both lawmakers"), Some("said")),
        ("Sarah Linton and David Marsh opened the bakery in May.\n\nThe two women said business was good.", Anonymous, Some("the two women"), Some("said")),
        ("Prosecutor Renata Oduya and defence lawyer Thomas Okafor met the judge.\n\nThe prosecutors said the records were genuine.", Anonymous, Some("the prosecutors"), Some("said")),
        // Mayor and governor speaking together are no "residents".
        ("Mayor Tom Reed and Governor Maria Gomez announced the plan.\n\nThe residents said they were not consulted.", Anonymous, Some("the residents"), Some("said")),
        // Not an institution's kind, nor anyone when nobody was named just before.
        ("The two companies said the merger would close in June.", Anonymous, Some("the two companies"), Some("said")),
        ("The two researchers said they hoped to report on strokes as well.", Anonymous, Some("the two researchers"), Some("said")),
        // A description before "and" is no name ("Popular Christian and corporate speaker").
        ("Popular Christian and corporate speaker Lance Wallnau said the race was close.", Named, Some("Lance Wallnau"), Some("said")),
    ];
    assert_last(&cases);
}

/// The fixes of review 17 (court, study, police, vote, transfer and aid stories), each with the
/// sentence that failed and more of its shape.
#[test]
fn review_17_unnamed_descriptions_documents_and_names() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        // A nationality noun for the one named with it: more demonyms.
        ("Valmont manager Erik Sandvik spoke on Friday.\n\n\"He is a fantastic player, but he is not our player,\" the Norwegian said.", Named, Some("Erik Sandvik"), Some("said")),
        ("City manager Luc Peeters spoke on Friday.\n\n\"He is a fantastic player,\" the Belgian said.", Named, Some("Luc Peeters"), Some("said")),
        ("Coach Rui Costa Lima spoke on Friday.\n\n\"He is a fantastic player,\" the Portuguese said.", Named, Some("Rui Costa Lima"), Some("said")),
        ("Coach Pavel Novak spoke on Friday.\n\n\"He is a fantastic player,\" the Czech said.", Named, Some("Pavel Novak"), Some("said")),
        ("Coach Ana Lopez spoke on Friday.\n\n\"He is a fantastic player,\" the Peruvian said.", Named, Some("Ana Lopez"), Some("said")),
        // A second relative clause about anonymity: the description opens the first.
        ("A neighbour who lives above a bakery across the street, and who asked not to be named, said fights outside the club were common.", Anonymous, Some("a neighbour"), Some("said")),
        ("A nurse who works nights on the ward, and who asked not to be identified, said staff were exhausted.", Anonymous, Some("a nurse"), Some("said")),
        ("A bartender who was working that night, and who asked not to be identified, said the argument had been brief.", Anonymous, Some("a bartender"), Some("said")),
        // The subject of a relative clause with no "that" speaks.
        ("Judge Caroline Ames heard arguments.\n\nThe judge ruled that the records were admissible, a decision the defence said it would challenge on appeal.", Anonymous, Some("the defence"), Some("said")),
        ("The council approved the plan, a move the residents said they would fight.", Anonymous, Some("the residents"), Some("said")),
        // "The defence", "the witness": nobody who holds another office.
        ("Judge Caroline Ames heard arguments all day.\n\nThe defence said it would challenge the decision on appeal.", Anonymous, Some("the defence"), Some("said")),
        ("Judge Caroline Ames said the trial would last three weeks.\n\nThe witness testified that she had raised concerns in 2019.", Anonymous, Some("the witness"), Some("testified")),
        ("Judge Caroline Ames said the trial would last three weeks.\n\nThe first witness, a former internal auditor, testified that she had raised concerns.", Anonymous, Some("the first witness"), Some("testified")),
        // (But "the senator" may be the one titled "Sen.", "the Republican" the senator.)
        ("Sen. Bernie Sanders spoke in Iowa.\n\nThe senator said wages were too low.", Named, Some("Bernie Sanders"), Some("said")),
        ("Senator John Miller rejected the plan.\n\nThe Republican said it would raise taxes.", Named, Some("John Miller"), Some("said")),
        // A party's MPs are unnamed, counted or not, capitals or not.
        ("The bill passed.\n\nThe whips were busy, two Labour MPs said.", Anonymous, Some("two labour mps"), Some("said")),
        ("The bill passed.\n\nThe whips were busy, two Conservative MPs said.", Anonymous, Some("two conservative mps"), Some("said")),
        ("The bill passed.\n\nThe whips were busy, Labour MPs said.", Anonymous, Some("labour mps"), Some("said")),
        ("The vote was close, several MEPs said.", Anonymous, Some("several meps"), Some("said")),
        // A document named with no issuer: not the one whose statement was mentioned before.
        ("Prosecutor Renata Oduya said in her opening statement that Hensley had lied.\n\nAccording to the indictment, Hensley steered contracts to his brother-in-law.", Anonymous, Some("the indictment"), Some("according to")),
        // "The study's authors", "the report's authors": unnamed.
        ("Dr. Ingrid Solberg led the study.\n\nThe study's authors acknowledged that limitation.", Anonymous, Some("the study's authors"), Some("acknowledged")),
        ("Dr. Ingrid Solberg led the study.\n\nThe report's authors acknowledged that limitation.", Anonymous, Some("the report's authors"), Some("acknowledged")),
        // The office or spokesman of an office someone named holds speaks for them (not when
        // two were titled so).
        ("Sheriff Linda Tran of Marion County and Sheriff Tom Reed of Polk County met on Monday.\n\nThe sheriff's office said the roads were closed.", Anonymous, Some("the sheriff's office"), Some("said")),
        ("Sheriff Linda Tran spoke on Wednesday.\n\nNo deaths had been reported, but the sheriff's office said it had received calls.", Named, Some("Linda Tran"), Some("said")),
        ("Congressman Trey Gowdy said the committee would meet.\n\nThe congressman's spokesman said the hearing would go ahead.", Named, Some("Trey Gowdy"), Some("said")),
        // An institution's records, capitalised only for opening the sentence.
        ("The trial opened in Westmoor County Superior Court on Tuesday.\n\nCourt documents show that the firm had no employees.", Anonymous, Some("court documents"), Some("show")),
        ("The patient died at St. Mary's Hospital.\n\nHospital records show that she waited six hours.", Anonymous, Some("hospital records"), Some("show")),
        // An organisation's long name after "according to", through "for the" and "of".
        ("Donor governments cut budgets.\n\nGermany cut aid, according to the Office for the Coordination of Humanitarian Affairs.", Named, Some("Office for the Coordination of Humanitarian Affairs"), Some("according to")),
        ("Donor governments cut budgets.\n\nGermany cut aid, according to figures from the Office for the Coordination of Humanitarian Affairs.", Named, Some("Office for the Coordination of Humanitarian Affairs"), Some("according to")),
        ("Russia advanced, according to the Institute for the Study of War.", Named, Some("Institute for the Study of War"), Some("according to")),
        // An organisation's own document speaks for it ("Its analysis found").
        ("The Resolution Institute, a think tank, estimated that the changes could save money.\n\nIts analysis found that faster approvals could save consumers £3 billion a year.", Named, Some("Resolution Institute"), Some("found")),
        ("The Grattan Institute said prices would rise.\n\nIts report shows that households would pay more.", Named, Some("Grattan Institute"), Some("shows")),
        // Review 18: what the rules above leave alone.
        ("Officials met on Monday.\n\nAn official the newspaper did not name said the talks had failed.", Anonymous, Some("an official"), Some("said")),
        ("Officials met on Monday.\n\nA spokesman the BBC contacted said the talks had failed.", Anonymous, Some("a spokesman"), Some("said")),
        ("Vice President Kamala Harris spoke in Ohio.\n\nThe president's spokesman said the plan would pass.", Anonymous, Some("the president's spokesman"), Some("said")),
        ("Foreign Minister Anna Berg and Defence Minister Tom Reed met.\n\nThe minister's office said the talks went well.", Anonymous, Some("the minister's office"), Some("said")),
        ("The Israeli newspaper Haaretz reported the deal on Monday.\n\nThe paper said the deal was close.", Named, Some("Haaretz"), Some("said")),
        ("Russia advanced, according to the Institute for the Study of War and the Kyiv Independent.", Named, Some("Institute for the Study of War"), Some("according to")),
        // "admit that" is a cue, as "admitted that" is.
        ("Valmont manager Erik Sandvik spoke on Friday.\n\nSandvik did, however, admit that the club needed more pace.", Named, Some("Erik Sandvik"), Some("admit")),
        // "the paper" for a research paper after a study's backer, not a newspaper.
        ("A 2009 report by the Center for Economic and Policy Research found that the tax would raise $220 billion. It would still raise $110 billion, according to the 2009 paper.", Named, Some("Center for Economic and Policy Research"), Some("according to")),
    ]);
    // A participle before its noun in a title-case headline is no cue.
    let engine = Engine::new(RuleSet::default_rules());
    for headline in [
        "MPs Back Grid Bill as Threatened Rebellion Fizzles",
        "Markets Rally After Feared Downturn Fails to Appear",
    ] {
        let s = engine.score(Document::new(
            "t",
            format!("{headline}\n\nThe bill passed its second reading on Tuesday."),
        ));
        let c = &s.claims[0];
        assert_eq!(
            (c.class, c.cue.is_none()),
            (ClaimClass::Unattributed, true),
            "{headline}"
        );
    }
}

/// A name, "and" and a description at the very end of a paragraph with no full stop ("Sarah
/// Linton and fellow") is read to its end: once this panicked, slicing past the paragraph.
#[test]
fn a_name_and_a_description_ending_a_paragraph_are_read_to_their_end() {
    for tail in [
        "Sarah Linton and fellow",
        "Sarah Linton and fellow backbencher",
        "Linton and fellow backbencher",
    ] {
        let text = format!("Sarah Linton spoke.\n\n{tail}");
        let got = last(&text);
        assert_eq!(got, (ClaimClass::Unattributed, None, None), "{tail}");
    }
}

/// A person described by a relative clause with no "that" speaks ("The man the police arrested
/// said": the man, not nobody), and a thing described so does not ("a decision the defence
/// said": the defence).
#[test]
fn a_person_before_a_relative_clause_with_no_that_speaks() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "The man the police arrested on Friday said he had done nothing wrong.",
            Anonymous,
            Some("the man"),
            Some("said"),
        ),
        (
            "A woman the charity helped last year said the food parcels had stopped.",
            Anonymous,
            Some("a woman"),
            Some("said"),
        ),
        (
            "A girl the charity helps said the parcels had stopped.",
            Anonymous,
            Some("a girl"),
            Some("said"),
        ),
        (
            "A soldier the army sent home said morale was low.",
            Anonymous,
            Some("a soldier"),
            Some("said"),
        ),
        (
            "The lawyer the family hired said the autopsy was flawed.",
            Anonymous,
            Some("the lawyer"),
            Some("said"),
        ),
        (
            "The 19-year-old woman the jury convicted told reporters she would appeal.",
            Anonymous,
            Some("the 19-year-old woman"),
            Some("told"),
        ),
        // Unchanged: an official the paper did not name, a thing and its clause's subject.
        (
            "An official the newspaper did not name said the talks had stalled.",
            Anonymous,
            Some("an official"),
            Some("said"),
        ),
        (
            "The council approved the plan, a move the residents said they would fight.",
            Anonymous,
            Some("the residents"),
            Some("said"),
        ),
    ]);
}

/// An exchange a news story quotes with speaker labels ("… the exchange went as follows: Q: …
/// DONNELLY: … SANTOSO: …") is the speakers' words, and the story after it is the outlet's again:
/// a paragraph with no "I" or "we" that reports speech ends the turn, and a story its narration
/// outlasts is news.
#[test]
fn a_quoted_exchange_ends_where_the_story_goes_on() {
    use ClaimClass::{Anonymous, Named};
    let story = "Leaders Pledge Closer Ties\n\n\
        Prime Minister Claire Donnelly met President Arief Santoso on Thursday. According to a transcript released by the prime minister's office, the exchange went as follows:\n\n\
        Q: Did you raise Mr Ellery's case with the President?\n\n\
        DONNELLY: I did, and I raised it directly. We want him home.\n\n\
        SANTOSO: The matter is before our courts. I cannot interfere with the courts, and I will not.\n\n\
        In Beijing, foreign ministry spokesman Lin Jiahao said countries should not be used as pawns.\n\n\
        Analysts said the summit underscored a delicate balancing act.\n\n\
        Santoso listened but made no commitment, an Australian official said.\n";
    let (kind, claims) = body_claims(story);
    assert_eq!(kind, DocKind::News);
    let tail: Vec<_> = claims
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(|(c, s, _)| (*c, s.as_deref()))
        .collect();
    assert_eq!(
        tail,
        [
            (Named, Some("Lin Jiahao")),
            (Anonymous, Some("analysts")),
            (Anonymous, Some("an australian official")),
        ]
    );
    // The turns themselves stay the speakers'.
    assert!(claims.contains(&(Named, Some("Arief Santoso".into()), "speaker_turn")));
    assert!(claims.contains(&(Named, Some("Claire Donnelly".into()), "speaker_turn")));
    // A speaker's paragraph that goes on in the first person, contracted ("I’ve heard"), is
    // still the speaker's, though it quotes what someone said.
    let (_, claims) = body_claims(
        "Interview Transcript\n\n\
         TAPPER: Do you think he has campaigned as a healer?\n\n\
         Specifically I’ve heard from many voters about some of the things that he has said. Talk to them.\n\n\
         FALLIN: I think he is trying. I think that has been part of his message.\n",
    );
    assert!(
        claims
            .iter()
            .filter(|(_, s, step)| s.as_deref() == Some("Tapper") && *step == "speaker_turn")
            .count()
            >= 2,
        "{claims:?}"
    );
}

/// The fixes of review 20 (earnings, wildfire, election, breach, summit and obituary stories),
/// each with the sentence that failed and more of its shape.
#[test]
fn review_20_descriptions_offices_and_owned_nouns() {
    use ClaimClass::{Anonymous, Named, Unattributed};
    assert_last(&[
        // An unnamed source's description keeps the words that describe it.
        ("More than 8,000 people were ordered to evacuate on Wednesday, fire officials said.", Anonymous, Some("fire officials"), Some("said")),
        ("The count will resume on Thursday, state election officials said.", Anonymous, Some("state election officials"), Some("said")),
        ("Some Republican strategists privately expressed frustration with the campaign.", Anonymous, Some("some republican strategists"), Some("expressed")),
        ("One senior Republican official in Nevada, who spoke on condition of anonymity, said the party had left money on the table.", Anonymous, Some("one senior republican official in nevada"), Some("said")),
        ("Her aides said the speech would go ahead.", Anonymous, Some("her aides"), Some("said")),
        ("The two voters acknowledged they disagreed.", Anonymous, Some("the two voters"), Some("acknowledged")),
        // (Not a verb or an adverb before it.)
        ("It will make his supporters feel heard.", Anonymous, Some("supporters"), Some("feel")),
        // Local offices before a name are no part of it.
        ("Clark County Registrar Lorena Portillo said the count would resume on Thursday.", Named, Some("Lorena Portillo"), Some("said")),
        ("Washoe County Clerk Lorena Portillo said the count would resume on Thursday.", Named, Some("Lorena Portillo"), Some("said")),
        ("Maricopa County Recorder Helen Purcell said the lines were long.", Named, Some("Helen Purcell"), Some("said")),
        // (Dean is a name: "Dean Baker said".)
        ("Dean Baker, an economist, said the plan would not work.", Named, Some("Dean Baker"), Some("said")),
        // A thing's noun after "its" and words describing it is no cue.
        ("Shares of Corvane Systems Inc fell 14% on Tuesday after the software maker slashed its full-year revenue forecast.", Unattributed, None, None),
        ("The company raised its full-year revenue forecast.", Unattributed, None, None),
        ("Corvane slashed its revenue forecast on Tuesday.", Unattributed, None, None),
        ("The rest are attributable to changes in its economic forecast and technical assumptions.", Unattributed, None, None),
    ]);
}

/// More of review 20: a relative clause describing an inverted cue's speaker holds no cue of the
/// sentence, nor does a clause of time after a comma; "Her family" is no adverb's phrase; a
/// dateline ending on an abbreviation is no sentence of its own.
#[test]
fn review_20_relative_clauses_families_and_datelines() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Companies often need weeks to work out what data was taken, said Renee Castillo, a former federal prosecutor who now advises companies on data breaches.", Named, Some("Renee Castillo"), Some("said")),
        ("The deal is unlikely to close this year, said Tom Reed, an analyst at Lakeshore Capital who covers the company.", Named, Some("Tom Reed"), Some("said")),
        ("A resident who asked not to be named said she saw sparks near a power line, hours before the first 911 calls.", Anonymous, Some("a resident"), Some("said")),
        ("Six in 10 say he is at least somewhat decisive, after half said so in the earlier poll.", Anonymous, Some("six in 10"), Some("say")),
        ("Helena Voss, a biochemist, died on Saturday.\n\nHer family said in a statement that she remained curious to the end.", Anonymous, Some("her family"), Some("said")),
        ("Helena Voss, a biochemist, died on Saturday.\n\nHis family said he remained curious to the end.", Anonymous, Some("his family"), Some("said")),
    ]);
    let engine = Engine::new(RuleSet::default_rules());
    for text in [
        "Headline\n\nSAN JOSE, Calif. (Reuters) - Shares of Corvane Systems Inc fell 14% in extended trading on Tuesday.",
        "Headline\n\nRENO, Nev. (AP) — Donald Trump says he doesn’t watch football much anymore.",
    ] {
        let s = engine.score(Document::new("t", text));
        let body: Vec<_> = s.claims.iter().filter(|c| c.paragraph > 0).collect();
        assert_eq!(body.len(), 1, "{text}");
        assert_eq!(&s.article.text[body[0].span.clone()], &text["Headline\n\n".len()..]);
    }
}

/// The rest of review 20: "he" after an unnamed person described with where they work is that
/// person; "The person said" after "A person familiar with …" is them; a person named in full
/// only in the narration, back as a sentence's subject by surname, is a later "he" or "she".
#[test]
fn review_20_unnamed_people_and_surnames_again() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Jenna Morales of Bramley Capital said the slowdown looked cyclical.\n\nOne analyst at a large U.S. bank, who asked not to be named because his firm has a banking relationship with Corvane, said the job cuts were overdue. \"They hired like it was 2021 forever,\" he said.", Anonymous, Some("one analyst at a large u.s. bank"), Some("said")),
        ("Tobias Grell said the slowdown looked cyclical. One analyst at a large bank, who asked not to be named, said the cuts were overdue. He said they hired too much.", Anonymous, Some("one analyst at a large bank"), Some("said")),
        ("Security researchers were alarmed, said Allan Liew, an analyst at Redgate Labs.\n\nA person familiar with the investigation, who was not authorised to speak publicly, said the attackers used a vendor account. The person said the FBI had been notified within hours.", Anonymous, Some("a person familiar with the investigation"), Some("said")),
        ("Democrat Elena Ruiz led Republican Gov. Paul Hendricks. \"We like where we are,\" Ruiz told supporters.\n\nHendricks struck a defiant tone in Reno. 'This race is far from over,' he said.", Named, Some("Paul Hendricks"), Some("said")),
        ("Democrat Elena Ruiz led Republican Gov. Paul Hendricks on Tuesday.\n\nHendricks shrugs off the attention. He said the race was far from over.", Named, Some("Paul Hendricks"), Some("said")),
        ("Obituary\n\nHelena Voss, a biochemist, died on Saturday. \"It is a scandal that she never got the call,\" said Lisa Hammond, a professor at Stanford.\n\nVoss herself was dismissive of such talk. Asked about it in 2015, she said: 'Prizes are for people who need them.'", Named, Some("Helena Voss"), Some("said")),
    ]);
}

/// A one-word office speaking in a title-case headline over a story that names nobody holding it
/// is an unnamed source, not a name ("Judge Says …" was the named source "Judge"); with a holder
/// named in the story it is them, and a head of state's title stays.
#[test]
fn an_office_alone_in_a_headline_is_a_holder_or_nobody_named() {
    use ClaimClass::{Anonymous, Named};
    let engine = Engine::new(RuleSet::default_rules());
    let cases = [
        ("Judge Says Port Official Hid Kickbacks\n\nThe trial went on.", Anonymous, "judge"),
        ("Minister Warns of Cuts as Budget Looms\n\nThe budget is due in May.", Anonymous, "minister"),
        ("CEO Tells Analysts Margins Will Recover\n\nShares rose 3%.", Anonymous, "ceo"),
        ("Judge Says Port Official Hid Kickbacks\n\nJudge Caroline Ames heard the case on Monday.", Named, "Caroline Ames"),
        ("President Says Talks Will Go On\n\nThe talks resumed on Monday.", Named, "President"),
    ];
    for (text, class, source) in cases {
        let s = engine.score(Document::new("t", text));
        let c = &s.claims[0];
        assert_eq!(
            (c.class, c.source.as_ref().map(|s| s.name.as_str())),
            (class, Some(source)),
            "{text}"
        );
    }
}

/// A group that gives the name it goes by speaks by that name, also in a verb after "and" ("A
/// ransomware group calling itself NightCrane claimed responsibility … and threatened"); "known
/// as" before a name gives a name, no view ("the string of contests known as Super Tuesday").
#[test]
fn a_group_calling_itself_a_name_speaks_by_it() {
    use ClaimClass::{Anonymous, Named, Unattributed};
    assert_last(&[
        ("A ransomware group calling itself NightCrane claimed responsibility for the attack and threatened to publish the stolen files.", Named, Some("NightCrane"), Some("threatened")),
        ("A ransomware group stole files and threatened to publish them.", Anonymous, Some("a ransomware group"), Some("threatened")),
        ("A ransomware group known as NightCrane claimed responsibility for the attack on its leak site last week.", Unattributed, None, None),
        ("Clinton earned her latest win in the string of contests known as Super Tuesday.", Unattributed, None, None),
        ("\"There never was a stand-down order,\" said the base chief known as Bob, speaking publicly for the first time.", Named, Some("Bob"), Some("said")),
    ]);
}

/// A pronoun and a name joined by "and" speak together: "she and her colleague Samuel Oduya
/// reported" is the pair (was Oduya alone); "he and Mr. Allen said" too. More listed first names
/// tell a gender ("Helena", "Elena", "Samuel").
#[test]
fn a_pronoun_and_a_name_speak_together() {
    use ClaimClass::Named;
    assert_last(&[
        ("Obituary\n\nHelena Voss, a biochemist, died on Saturday.\n\nIn 1982, she and her colleague Samuel Oduya reported in the journal Science that yeast could make insulin cheaply.", Named, Some("Helena Voss and Samuel Oduya"), Some("reported")),
        ("Obituary\n\nHelena Voss, a biochemist, died on Saturday.\n\nIn 1982, Helena Voss and her colleague Samuel Oduya reported that yeast could make insulin.", Named, Some("Helena Voss and Samuel Oduya"), Some("reported")),
        ("Obituary\n\nHelena Voss, a biochemist, died on Saturday.\n\nIn 1982, she and Samuel Oduya reported that yeast could make insulin.", Named, Some("Helena Voss and Samuel Oduya"), Some("reported")),
        ("Media\n\nJim VandeHei said journalists were killing journalism.\n\nIt's not only about creating big audiences for advertisers, he and Mr. Allen said.", Named, Some("Jim VandeHei and Allen"), Some("said")),
    ]);
}

/// Review 21's near misses of this round's rules, each once wrong in the build it reviewed: a
/// transcript's own paragraph that quotes someone stays its speaker's; "Marshal" and "Auditor"
/// name people and offices as before; "Its chief executive said" is a claim; "The family said"
/// is the family; "he" after an unnamed person called "she" is someone else.
#[test]
fn review_21_near_misses_stay_as_they_were() {
    use ClaimClass::{Anonymous, Named};
    let (kind, claims) = body_claims(
        "Meeting with Prime Minister of India Narendra Modi\n\n\
         Vladimir Putin: Mr Prime Minister, friends, good afternoon. I am very glad to welcome you to Moscow.\n\n\
         Trade between Russia and India grew by a third last year. Mr Modi said at the last summit that energy would be the core of the partnership, and so it has proved.\n\n\
         Narendra Modi: Thank you, Mr President. I bring the warm greetings of my people.\n\n\
         The President said it well: the relationship has stood every test.\n",
    );
    assert_eq!(kind, DocKind::Transcript);
    assert!(
        claims
            .iter()
            .filter(|(_, _, step)| *step == "speaker_turn")
            .count()
            >= 4,
        "{claims:?}"
    );
    assert_last(&[
        ("Marshal Yanda said he was retiring after 13 seasons.", Named, Some("Marshal Yanda"), Some("said")),
        ("Northgate Bank reported a loss.\n\nIts chief executive said the loss reflected one-off charges.", Named, Some("Northgate Bank"), Some("said")),
        ("Obituary\n\nHelena Voss, a biochemist, died on Saturday.\n\nThe family said she remained curious to the end.", Anonymous, Some("the family"), Some("said")),
        ("Fund manager quits\n\nPortfolio manager Raj Mehta resigned on Friday. A colleague at the fund, who asked not to be named, said the departure had been expected. \"He was unhappy for months,\" she said.\n\nHe said he would start his own firm.", Named, Some("Raj Mehta"), Some("said")),
        ("Volvo Cars cut its full-year sales forecast for the second time.", ClaimClass::Unattributed, None, None),
        ("The hospital's servers went offline at 2 a.m., hours before the first 911 calls.", ClaimClass::Unattributed, None, None),
        ("His closest ally said the vote was a victory for families.", Anonymous, Some("his closest ally"), Some("said")),
    ]);
}

/// Review 22's near misses: a headline's office is the person the story names with it ("Judge
/// Says …" then "The judge, Caroline Ames, found" is Caroline Ames), and the Pope is a head of
/// state; "is known as Republican-leaning" stays a view; a pronoun joins a name only for a person
/// the body named.
#[test]
fn review_22_near_misses_stay_as_they_were() {
    use ClaimClass::{Agentless, Named};
    let engine = Engine::new(RuleSet::default_rules());
    for (text, source) in [
        ("Judge Says Port Official Hid Kickbacks\n\nThe judge, Caroline Ames, found that the port official hid payments.", "Caroline Ames"),
        ("Pope Says Peace Is Possible\n\nThe remarks came at a Mass in Rome.", "Pope"),
    ] {
        let s = engine.score(Document::new("t", text));
        let c = &s.claims[0];
        assert_eq!(
            (c.class, c.source.as_ref().map(|s| s.name.as_str())),
            (Named, Some(source)),
            "{text}"
        );
    }
    assert_last(&[(
        "Maricopa County is known as Republican-leaning, but it voted for Biden in 2020.",
        Agentless,
        None,
        Some("known as"),
    )]);
    let s = engine.score(Document::new(
        "t",
        "Market Notes\n\nShares rose for a third day.\n\nShe and Tom Weller said the rally would not last.",
    ));
    let c = s.claims.last().unwrap();
    assert_eq!(
        c.source.as_ref().map(|s| s.name.as_str()),
        Some("Tom Weller")
    );
}

/// A document an office described in lower case put out is that office's ("According to a
/// transcript released by the prime minister's office" is the office, not the transcript); a
/// document that names its issuer keeps it.
#[test]
fn a_document_released_by_an_office_is_the_offices() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Prime Minister Claire Donnelly met President Arief Santoso on Thursday.\n\nAccording to a transcript released by the prime minister's office, Donnelly raised the case directly.", Anonymous, Some("the prime minister's office"), Some("according to")),
        ("Christie has attended numerous games, according to a New Jersey Watchdog report released by the governor's office.", Named, Some("New Jersey Watchdog"), Some("according to")),
        ("Growth slowed, according to a report released by the World Bank.", Named, Some("World Bank"), Some("according to")),
        // An office's own office, and an institution described in lower case.
        ("Turnout was 61%, according to unofficial results posted by the Nevada secretary of state's office.", Named, Some("Nevada"), Some("according to")),
        ("Turnout was 61%, according to figures published by the state election office.", Anonymous, Some("the state election office"), Some("according to")),
        ("Turnout was 61%, according to results posted by the county clerk's office.", Anonymous, Some("the county clerk's office"), Some("according to")),
        // Where a document went is not who wrote it.
        ("The cuts were disclosed in a filing with the U.S. Securities and Exchange Commission, which shows the company expects charges of up to $180 million. The filing also says two senior sales executives left.", Anonymous, Some("the filing"), Some("says")),
        ("The claims were made in a complaint filed with the Federal Trade Commission on Monday. The complaint says the app sold location data.", Anonymous, Some("the complaint"), Some("says")),
        ("The figures appear in a letter sent to the House Oversight Committee. The letter says 40 inspectors quit.", Anonymous, Some("the letter"), Some("says")),
        ("The figures appear in a report by the Government Accountability Office. The report says 40 inspectors quit.", Named, Some("Government Accountability Office"), Some("says")),
    ]);
}

/// In a title-case headline a modifier the story writes in lower case is no part of a name:
/// "Ransomware Gang Claims …" over "a ransomware group" is an unnamed gang; a name the story
/// writes with capitals stays one.
#[test]
fn a_headline_modifier_the_story_writes_in_lower_case_names_nobody() {
    use ClaimClass::{Anonymous, Named};
    use ParagraphKind::Headline;
    let s = |x: &str| Some(x.to_string());
    assert_claim(&[
        ("Ransomware Gang Claims Theft of 2 Million Patient Files\n\nA ransomware group calling itself NightCrane stole the files.", (Headline, Anonymous, s("ransomware gang"))),
        ("Dockworkers Union Says Talks Have Collapsed\n\nThe dockworkers walked out on Monday.", (Headline, Anonymous, s("dockworkers union"))),
        ("Teamsters Union Says Talks Have Collapsed\n\nThe Teamsters Union said drivers would walk out.", (Headline, Named, s("Teamsters Union"))),
        ("Wagner Group Claims Control of Town\n\nThe Wagner Group said its fighters held the town.", (Headline, Named, s("Wagner Group"))),
    ]);
}

/// Review 23 (a war wire, a storm, an antitrust fine, British politics, an investigation built
/// on documents, a protest): long titled subjects, peoples' estimates, departments' topics,
/// call signs, ages after names, ungendered spokespeople, an organisation's word alone, owners'
/// documents and organisations described by "which".
#[test]
fn review_23_subjects_documents_and_owners() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Military analyst Mykola Bielieskov of the National Institute for Strategic Studies in Kyiv said Moscow was trying to use the winter weather to its advantage.", Named, Some("Mykola Bielieskov"), Some("said")),
        ("The war has killed or wounded hundreds of thousands of soldiers on both sides, according to Western estimates.", Anonymous, Some("western estimates"), Some("according to")),
        ("About 300 drones were launched, according to Russian figures.", Anonymous, Some("russian figures"), Some("according to")),
        ("About 300 drones were launched, according to U.S. intelligence estimates.", Anonymous, Some("u.s. intelligence estimates"), Some("according to")),
        ("The Department of Health and Social Care said it was considering reforms to the inspection regime.", Named, Some("Department of Health and Social Care"), Some("said")),
        ("A Ukrainian soldier with the 93rd Mechanised Brigade, who gave only his call sign, Fox, said the shelling had barely stopped for a week.", Named, Some("Fox"), Some("said")),
        ("Alabama Power said about 240,000 of its customers were in the dark.\n\nMargaret Tillman, 71, rode out the storm in her brick home.\n\n\"The windows were rattling so hard I thought they were going to come right in,\" she said.", Named, Some("Margaret Tillman"), Some("said")),
        ("Alabama Power said about 240,000 of its customers were in the dark.\n\n\"The windows were rattling,\" she said.", Anonymous, Some("she"), Some("said")),
        ("U.S. President Donald Trump has threatened tariffs.\n\nA Commission spokesperson denied that politics had played any role in the timing of the decision. \"We apply the law to everyone,\" he said.", Named, Some("Commission"), Some("said")),
        ("The European Commission said on Friday that Google had abused its dominance.\n\nGoogle had favoured its own ad exchange since at least 2014, the Commission said in a statement.", Named, Some("European Union"), Some("said")),
        ("The European Commission said on Friday that Google had abused its dominance.\n\nAccording to the Commission's decision, Google's ad exchange charged fees of 20% to 30%.", Named, Some("European Union"), Some("according to")),
        ("The European Commission on Friday fined Google and ordered the company to end practices that it said favoured its own services.\n\n\"The decision is wrong and we will appeal,\" Google said in a statement.\n\nGoogle's adtech business generated revenue of $30.4 billion last year, according to the company's annual filing with the U.S. Securities and Exchange Commission.", Named, Some("Google"), Some("according to")),
        ("Elmcrest, which runs 96 homes and cares for about 5,400 residents, is owned by a private equity fund based in Luxembourg. Its accounts show it paid £38m in interest to its owners last year.", Named, Some("Elmcrest"), Some("show")),
        ("About 42 million borrowers have student debt, according to data from the U.S. Department of Education.", Named, Some("U.S. Department of Education"), Some("according to")),
    ]);
}

/// A body an institution speaks through ("the air force", "the team", "the data") is the source
/// named with it before, not whoever spoke last; a person the word merely describes is not it.
#[test]
fn a_body_named_before_speaks_again() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Russia launched 140 drones overnight, Ukraine's air force said, while Moscow said it had hit military targets.\n\nThe air force said in a statement that its units had shot down 71 drones.", Named, Some("Ukraine"), Some("said")),
        ("The Ukrainian air force said 14 drones were lost. The air force added that two missiles hit Kharkiv.", Named, Some("Ukrainian air force"), Some("added")),
        ("District chairman Nick Barbknecht said turnout was high.\n\nThe district saw 30 applicants for delegate slots.", Anonymous, Some("the district"), Some("saw")),
    ]);
}

/// An unnamed source keeps the words after its noun that say whose they are: "Relatives of
/// residents", "a spokeswoman for the student group" (a named organisation after "for" is the
/// source itself).
#[test]
fn unnamed_sources_keep_whose_they_are() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Relatives of residents said they had long suspected that homes looked different on inspection days.", Anonymous, Some("relatives of residents"), Some("said")),
        ("\"We have video of these people arriving in government cars,\" a spokeswoman for the student group told AFP, asking not to be named for fear of reprisals.", Anonymous, Some("a spokeswoman for the student group"), Some("told")),
        ("A spokesman for the opposition coalition said the vote had been rigged.", Anonymous, Some("a spokesman for the opposition coalition"), Some("said")),
        ("A spokesman for the Serbian Progressive Party said the vote had been fair.", Named, Some("Serbian Progressive Party"), Some("said")),
    ]);
}

/// Review 24 (near misses of review 23's rules): a document's issuer is read within its own
/// paragraph; a word describing people after "by" is no issuer; a month is none; a person whose
/// first name is a place is still a person; an organisation's word never named before is an
/// unnamed source; a plural ending its sentence in an object is a noun.
#[test]
fn review_24_near_misses() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Federal agencies lost track of $2.7 billion, according to a report by the Government Accountability Office.\n\nRep. James Comer, who chairs the House Oversight Committee, said the findings were alarming.\n\nThe report says Medicare and Medicaid account for more than half of the total.", Named, Some("Government Accountability Office"), Some("says")),
        ("Federal agencies lost track of $2.7 billion, according to a report by the Government Accountability Office.\n\nThe losses were concentrated in two programs. The report says most of the money will never be recovered.", Named, Some("Government Accountability Office"), Some("says")),
        ("A study by Harvard researchers published in the BMJ found a link between red meat and diabetes.\n\nThe study says the link was strongest for processed meat.", Anonymous, Some("the study"), Some("says")),
        ("Prices rose 3 percent, according to data from January.", Anonymous, Some("data"), Some("according to")),
        ("Rep. Virginia Foxx, a North Carolina Republican who chairs the education committee, said the rule was unlawful.\n\n\"Colleges must have skin in the game,\" she said.", Named, Some("Virginia Foxx"), Some("said")),
        ("According to the Commission's decision, cod quotas in the Baltic Sea will fall by a further 20 percent next year.", Anonymous, Some("the commission's decision"), Some("according to")),
        ("“Hi Americans! Donald Trump may become the President of your country!” a welcome message on the website reads.", ClaimClass::Agentless, None, Some("reads")),
    ]);
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Flood hits town\n\nAnn Cole, 68, waded out of her house on Monday.\n\nThe water had risen to the kitchen counters.\n\n(Reporting by ProPublica in 2023 first revealed the trips, which were paid for by a Texas billionaire.)\n\n[Reporting by Brijesh Patel in Bengaluru; Editing by Rashmi Aich]\n",
    ));
    let rows: Vec<(&str, ClaimClass)> = s
        .claims
        .iter()
        .filter(|c| s.article.paragraphs[c.paragraph].kind == ParagraphKind::Body)
        .map(|c| (s.article.text[c.span.clone()].trim(), c.class))
        .collect();
    assert_eq!(
        rows,
        [
            ("Ann Cole, 68, waded out of her house on Monday.", ClaimClass::Unattributed),
            ("The water had risen to the kitchen counters.", ClaimClass::Unattributed),
            ("(Reporting by ProPublica in 2023 first revealed the trips, which were paid for by a Texas billionaire.)", ClaimClass::Named),
        ]
    );
}

/// Review 23's protest and storm copy: a crowd counted or named by its role in the plural
/// speaks through a participle after its clause; a cue in a relative clause set off after a
/// named subject is not the sentence's when the main verb is one; a storm says nothing.
#[test]
fn crowds_relative_clauses_and_storms() {
    use ClaimClass::{Agentless, Anonymous, Named};
    assert_last(&[
        ("Belgrade (AFP) - Tens of thousands of people marched through central Belgrade on Saturday, demanding early elections.", Anonymous, Some("tens of thousands of people"), Some("demanding")),
        ("Protesters marched through Paris on Monday, demanding higher prices.", Anonymous, Some("protesters"), Some("demanding")),
        ("KAMPALA (Reuters) - Thousands of opposition supporters gathered in the capital on Tuesday, calling for the release of Kizza Besigye.", Anonymous, Some("supporters"), Some("calling for")),
        ("Hundreds of angry farmers blocked roads on Monday, demanding subsidies.", Anonymous, Some("hundreds of angry farmers"), Some("demanding")),
        ("The European Union, which Serbia hopes to join, has called for restraint on all sides.", Named, Some("European Union"), Some("called for")),
        ("Bloomberg pegged him at $2.9 billion, which Mr. Trump called \"a disgrace,\" blaming Michael R. Bloomberg.", Named, Some("Trump"), Some("called")),
    ]);
    assert_claim(&[(
        "Hurricane Delia slams Gulf Coast, leaving 600,000 without power\n\nThe storm made landfall on Monday.\n",
        (ParagraphKind::Headline, Agentless, None),
    )]);
}

/// A participle of publication and its day before the cue describe the subject ("A report by
/// the Government Accountability Office released Monday found" is the office's); the
/// Department for Work and Pensions is one name.
#[test]
fn a_publication_day_is_no_part_of_the_subject() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("A report by the Government Accountability Office released Monday found that agencies lost $2.7 billion.", Named, Some("Government Accountability Office"), Some("found")),
        ("A court document filed Thursday says that the campaign manager will not be prosecuted.", Anonymous, Some("a court document"), Some("says")),
        ("The Department for Work and Pensions said the figures were wrong.", Named, Some("Department for Work and Pensions"), Some("said")),
    ]);
}

/// Where something was said is not who said it: "said on Telegram", "In an interview in July".
#[test]
fn a_place_or_channel_after_the_cue_is_no_speaker() {
    use ClaimClass::{Agentless, Anonymous, Named};
    assert_last(&[
        ("A hacker collective said on Telegram that it had copied booking records.", Agentless, None, Some("said")),
        ("Regional governor Oleh Syniehubov said on Telegram that two people were injured.", Named, Some("Oleh Syniehubov"), Some("said")),
        // (The opening participle is the main clause's subject's, never "October".)
        ("Since announcing in October that he would not seek the presidency, he has campaigned for others.", Anonymous, Some("he"), Some("announcing")),
    ]);
}

/// Review 25 (near misses of the latest rules): two bodies with the same word leave "the team"
/// unnamed; a party word in the middle of a person's phrase keeps the person; a verb after "as
/// the union" is no noun; a participle after a second clause is not the crowd's; a storm's
/// centre or hunters are named.
#[test]
fn review_25_near_misses() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        ("Leeds United's medical team said two players had tested positive. Sheffield Wednesday's medical team said none of its players had.\n\nThe team said the players were isolating at home.", Anonymous, Some("the team"), Some("said")),
        ("Virginia Democrat Abigail Spanberger said the hearing was a distraction.\n\nShe said the committee should focus on student debt.", Named, Some("Virginia Democrat Abigail Spanberger"), Some("said")),
        ("The RMT union said its members would strike on Monday.\n\nThe action will cause chaos for commuters, as the union warns.", Named, Some("RMT"), Some("warns")),
        ("The delay is longer than the ministry admits.", Anonymous, Some("the ministry"), Some("admits")),
        ("The Hurricane Center said Delia would weaken quickly over land.", Named, Some("Hurricane Center"), Some("said")),
    ]);
    let (class, _, _) = last("Protesters marched on parliament again on Friday, and police fired tear gas, saying they had thrown stones at officers.");
    assert_ne!(class, Anonymous, "the protesters are not the ones saying");
}

/// A people named in a claim ("Serbs") is nobody "he" stands for; a name in -is stays one.
#[test]
fn a_people_is_no_he() {
    use ClaimClass::Named;
    assert_last(&[
        ("President Aleksandar Vucic, who has dismissed the protesters as foreign-funded, said on Sunday that the 'overwhelming majority' of Serbs backed him.\n\nHe has repeatedly offered to hold talks with students.", Named, Some("Aleksandar Vucic"), Some("offered")),
    ]);
}

/// A participle set off after a document with a span of time ("The emails, sent between 2021 and
/// 2024, show") describes it; the document speaks.
#[test]
fn a_set_off_participle_of_time_describes_the_document() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "The emails, sent between 2021 and 2024, show regional managers moving staff.",
            Anonymous,
            Some("the emails"),
            Some("show"),
        ),
        (
            "The emails, sent between March and May, show regional managers moving staff.",
            Anonymous,
            Some("the emails"),
            Some("show"),
        ),
    ]);
}

/// "The data show" and "Polls show" are a document or figures with the cue "show", not the cue
/// "data show" with no speaker: an unnamed source, never the person who compiled them.
#[test]
fn data_and_polls_show() {
    use ClaimClass::Anonymous;
    assert_last(&[
        ("The figures were compiled by Priya Nair, who runs the unit.\n\nThe data show that orthopaedic patients wait longest.", Anonymous, Some("the data"), Some("show")),
        ("Polls show Clinton up by 10 points in New York.", Anonymous, Some("polls"), Some("show")),
        ("Public polls show Trump leading slightly in Indiana.", Anonymous, Some("public polls"), Some("show")),
        // A plural opening a sentence after a dateline opens it still.
        ("Belgrade (AFP) - Police said the march was peaceful.", Anonymous, Some("police"), Some("said")),
        ("WASHINGTON (Reuters) - Officials said the talks had stalled.\n\nKYIV, Dec 4 (Reuters) - Police said two people died.\n\nBELGRADE - Police said the march was peaceful.", Anonymous, Some("police"), Some("said")),
    ]);
}

/// A dateline is read within its own paragraph: a dash in the next paragraph does not make it
/// an aside ("KYIV, Dec 4 (Reuters) - Police said" before "BELGRADE - Police said").
#[test]
fn a_dateline_is_read_within_its_paragraph() {
    use ClaimClass::{Anonymous, Unattributed};
    use ParagraphKind::{Body, Headline};
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        all_claims("Head\n\nKYIV, Dec 4 (Reuters) - Police said two people died.\n\nBELGRADE - Police said the march was peaceful."),
        [
            (Headline, Unattributed, None),
            (Body, Anonymous, s("police")),
            (Body, Anonymous, s("police")),
        ]
    );
}

/// Review 29 (an earnings story, a police shooting, a political scoop) and PolNeAR half A: the
/// company whose shares moved, a police body named "Division of Police", where people work
/// ("lawyers with the ACLU"), a floated "both", a participle whose object is the cue, a
/// possessive description opening the sentence, unnamed people close to someone, and noun cues
/// that others' fears or criticism stir.
#[test]
fn markets_police_bodies_and_unnamed_people_close_to_someone() {
    use ClaimClass::*;
    assert_last(&[
        // "Shares of X" is the company X; "after" opens the clause of the one who reported.
        (
            "SAN JOSE, Calif. — Shares of Lumenfield Technologies rose 9 percent on Tuesday after the software company reported quarterly revenue that beat expectations.\n\nThe company said cloud subscriptions grew 31 percent.",
            Named,
            Some("Lumenfield Technologies"),
            Some("said"),
        ),
        (
            "Sen. Kelly Ayotte returned $43,100 in donations last year after USA TODAY's reporting indicated that some donors were unaware of basic facts.",
            Named,
            Some("USA TODAY"),
            Some("indicated"),
        ),
        // The police body whole, and what the department released.
        (
            "The Columbus Division of Police said officers had responded to a report of a man with a gun.",
            Named,
            Some("Columbus Division of Police"),
            Some("said"),
        ),
        (
            "The Columbus Division of Police said officers fired.\n\nBody camera video released by the department on Monday evening shows the officer approaching the man.",
            Named,
            Some("Columbus Division of Police"),
            Some("shows"),
        ),
        // Where people work is no part of who they are.
        (
            "Twelve families received stays of deportation, according to lawyers with the CARA Project.",
            Anonymous,
            Some("lawyers"),
            Some("according to"),
        ),
        (
            "Twelve families received stays, lawyers with the ACLU said.",
            Anonymous,
            Some("lawyers"),
            Some("said"),
        ),
        (
            "Twelve families received stays, according to a lawyer with the ACLU.",
            Anonymous,
            Some("a lawyer"),
            Some("according to"),
        ),
        // A floated "both" describes the people before it.
        (
            "Sens. Johnny Isakson and John Boozman, both up for reelection, also said they would campaign with Cruz.",
            Named,
            Some("Johnny Isakson and John Boozman"),
            Some("said"),
        ),
        (
            "The two senators, both Republicans, said they would help.",
            Anonymous,
            Some("the two senators"),
            Some("said"),
        ),
        // A participle whose object is the cue shares the opening subject, a possessive
        // description too.
        (
            "Trump's campaign immediately backtracked, putting out a statement contradicting his earlier comments.",
            Named,
            Some("Trump"),
            Some("statement"),
        ),
        (
            "Clinton's spokesman backtracked, saying it had been misunderstood.",
            Named,
            Some("Clinton"),
            Some("saying"),
        ),
        // Unnamed people close to someone are not that someone, nor anyone named before.
        (
            "Sen. Thomas Reardon of Wyoming said on Tuesday that the delays were unacceptable.\n\nA person close to Lindqvist said the former governor had not been contacted.",
            Anonymous,
            Some("a person"),
            Some("said"),
        ),
        (
            "Sen. Thomas Reardon of Wyoming said on Tuesday that the delays were unacceptable.\n\nA person close to Lindqvist, who asked not to be named, said the former governor had not been contacted.",
            Anonymous,
            Some("a person close to lindqvist"),
            Some("said"),
        ),
        (
            "Sen. Thomas Reardon of Wyoming said on Tuesday that the delays were unacceptable.\n\nA person familiar with Lindqvist's thinking said the former governor had not been contacted.",
            Anonymous,
            Some("a person"),
            Some("said"),
        ),
        // Fears and criticism that a thing stirs are not the thing's.
        (
            "Chief Financial Officer Raj Mehta said margins would narrow.\n\nThe results eased fears that rising interest rates would hurt spending.",
            Agentless,
            None,
            Some("fears"),
        ),
        (
            "The deal drew criticism from Democrats and Republicans in Congress.",
            Anonymous,
            Some("democrats and republicans"),
            Some("criticism"),
        ),
        // Unnamed advocates of something.
        (
            "Proponents said the plan would work.",
            Anonymous,
            Some("proponents"),
            Some("said"),
        ),
        (
            "Skeptics argue the plan would fail.",
            Anonymous,
            Some("skeptics"),
            Some("argue"),
        ),
        // Cues read in PolNeAR half A's unattributed misses.
        (
            "But despite the math, some Democrats are concerned that Sanders' tactics could make it harder to unite.",
            Anonymous,
            Some("some democrats"),
            Some("are concerned"),
        ),
        (
            "State party chairman John Burton has also implored state party delegates to unite.",
            Named,
            Some("John Burton"),
            Some("implored"),
        ),
        (
            "In particular, Sanders takes issue with a new oversight board created under the legislation.",
            Named,
            Some("Sanders"),
            Some("takes issue with"),
        ),
        (
            "Proponents are hailing the government effort as a way to foment respect.",
            Anonymous,
            Some("proponents"),
            Some("hailing"),
        ),
    ]);
}

/// Review 29, second part: an opening phrase of where something was said, relatives named in an
/// appositive, a utility named once, a team's manager, a role owned in a headline, replays, a
/// dated paper, a mid-sentence "sources say", an appointment vote, a hedge, an expectation.
#[test]
fn statements_relatives_utilities_and_managers() {
    use ClaimClass::*;
    assert_last(&[
        (
            "COLUMBUS, Ohio — A man was shot twice early Sunday.\n\nIn a statement released Sunday afternoon, the Columbus Police Department said officers had responded to a report of a man with a gun.",
            Named,
            Some("Columbus Police Department"),
            Some("said"),
        ),
        (
            "Mayor Linda Castellanos said she had watched the video.\n\nHughes had a 4-year-old daughter, according to his cousin, Keisha Brown. She said he had no criminal record.",
            Named,
            Some("Keisha Brown"),
            Some("said"),
        ),
        (
            "The cause was complications of pneumonia, her daughter, Naomi Lang, said.\n\nShe spent four decades at Cornell University. Friends said she read journals every morning. Her daughter said she had been annotating a manuscript.",
            Named,
            Some("Naomi Lang"),
            Some("said"),
        ),
        (
            "The fire had burned 38,200 acres, according to the California Department of Forestry and Fire Protection.\n\nPacific Sierra Power said in a filing that one of its lines had experienced a fault.\n\nThe utility said it was cooperating with investigators.",
            Named,
            Some("Pacific Sierra Power"),
            Some("said"),
        ),
        (
            "Samantha Power said the vote was a mistake. She said it would be reversed.",
            Named,
            Some("Samantha Power"),
            Some("said"),
        ),
        (
            "SAN JOSE, Calif. — Shares of Lumenfield Technologies rose on Tuesday after the software company reported quarterly revenue that beat expectations.\n\nChief Financial Officer Raj Mehta said margins would narrow.\n\nThe company also disclosed that it had received a subpoena.",
            Named,
            Some("Lumenfield Technologies"),
            Some("disclosed"),
        ),
        (
            "Harbour City beat Westbridge Rovers 2-1 on Saturday.\n\nRovers manager Ian Whitlow was furious about the penalty — and more furious, he said, about a challenge in the build-up.",
            Named,
            Some("Ian Whitlow"),
            Some("said"),
        ),
        (
            "Rovers had led through a penalty. Replays suggested the ball struck Ashdown on the shoulder.",
            Anonymous,
            Some("replays"),
            Some("suggested"),
        ),
        (
            "Ruth Adeyemi-Lang, a soil chemist, died on Sunday.\n\nHer 1987 paper showing that farmland lost stored carbon was cited by the panel.",
            Named,
            Some("Ruth Adeyemi-Lang"),
            Some("showing"),
        ),
        (
            "Energy Secretary Miriam Okonjo testified in March.\n\nThe White House had not been told in advance, sources say, and the testimony blindsided senior staff.",
            Anonymous,
            Some("sources"),
            Some("say"),
        ),
        (
            "Okonjo, 58, is a former utility regulator from Ohio who was confirmed by the Senate in a 61-38 vote.",
            Unattributed,
            None,
            None,
        ),
        (
            "Republicans on Capitol Hill appear divided.",
            Agentless,
            None,
            Some("appear divided"),
        ),
        (
            "Analysts surveyed by FactSet had expected $4.05 billion.",
            Anonymous,
            Some("analysts"),
            Some("had expected"),
        ),
        // Review 30's near misses: people whose names end so stay people; a noun before "that"
        // is no cue; a name set off after a possessive description speaks.
        (
            "Thomas Alva Edison said the work was hard. He said inspiration was rare.",
            Named,
            Some("Thomas Alva Edison"),
            Some("said"),
        ),
        (
            "Rep. Anna Lee Power said the bill was flawed. She said she would vote against it.",
            Named,
            Some("Anna Lee Power"),
            Some("said"),
        ),
        (
            "The projects that officials announced last year are finished.",
            Anonymous,
            Some("officials"),
            Some("announced"),
        ),
        (
            "Clinton's wife, Ana Clinton, spoke on Monday, saying the family was grateful.",
            Named,
            Some("Ana Clinton"),
            Some("saying"),
        ),
        // Review 31 (a murder trial, a vaccine study): a juror is a person's role; a verdict and
        // a display of feeling are acts; officials who recommend are a source.
        (
            "One juror said the insulin readings were the turning point. The juror said several members had initially leaned toward acquittal.",
            Anonymous,
            Some("one juror"),
            Some("said"),
        ),
        (
            "A jury on Thursday found a former hospital nurse guilty of murdering three patients.",
            Unattributed,
            None,
            None,
        ),
        (
            "Haines showed no emotion as the verdict was read.",
            Unattributed,
            None,
            None,
        ),
        // (Review 32: a document's or an investigator's finding stays one.)
        (
            "The audit found no evidence that anyone was guilty of wrongdoing.",
            Anonymous,
            Some("the audit"),
            Some("found"),
        ),
        (
            "Figures show off-duty officers made 30 arrests in May.",
            Anonymous,
            Some("figures"),
            Some("show"),
        ),
        (
            "Polls show Clinton up by 10 points in New York.",
            Anonymous,
            Some("polls"),
            Some("show"),
        ),
        (
            "Public health officials recommend that adults over 60 talk to their doctors.",
            Anonymous,
            Some("public health officials"),
            Some("recommend"),
        ),
        (
            "One juror, who spoke on condition of anonymity because the judge had asked jurors not to discuss deliberations, said the insulin readings were the turning point.",
            Anonymous,
            Some("one juror"),
            Some("said"),
        ),
        (
            "Brennan's daughter, Linda Brennan-Moore, who testified during the trial, hugged prosecutors in the hallway.",
            Unattributed,
            None,
            None,
        ),
        // (A loaded verb of speech after the clause keeps the clause's speaker.)
        (
            "Linda Brennan-Moore, who testified during the trial, lambasted prosecutors after the verdict.",
            Named,
            Some("Linda Brennan-Moore"),
            None,
        ),
        (
            "The trial showed how the scheme worked.",
            Agentless,
            None,
            Some("showed"),
        ),
        (
            "Montenegro, a former army engineer, first won office in 2019 on promises to curb crime and rebuild roads.",
            Unattributed,
            None,
            None,
        ),
        (
            "Jurors convicted Gregory Haines, 41, of murder.\n\nLucas County Common Pleas Judge Patricia Whitfield set sentencing for Dec. 12. She thanked the jurors for their service.",
            Named,
            Some("Patricia Whitfield"),
            Some("thanked"),
        ),
        (
            "The National Electoral Council announced the results.\n\n\"It is whether anyone believes the court,\" said Lucia Ferrer, a political scientist.\n\nThe council is expected to announce final results by Friday.",
            Named,
            Some("National Electoral Council"),
            Some("announce"),
        ),
        // PolNeAR half A: an opening participle's cue, a memoir, an acronym in a document.
        (
            "Vladimir V. Putin spoke on Thursday.\n\nUsing a crude expression to describe the Turks, he said perhaps they wanted to leave.",
            Named,
            Some("Vladimir V. Putin"),
            Some("said"),
        ),
        (
            "She later compared the conversation to a root canal, according to Axelrod's memoir.",
            Named,
            Some("Axelrod"),
            Some("according to"),
        ),
    ]);
    // A headline's role owned by a kind of people is someone unnamed, no name.
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Man Killed by Police Was Unarmed, Family's Lawyer Says\n\nA man shot by a police officer was unarmed, a lawyer for his family said.".to_string(),
    ));
    let headline = &s.claims[0];
    assert_eq!(headline.class, ClaimClass::Anonymous);
    assert_eq!(
        headline.source.as_ref().map(|s| s.name.as_str()),
        Some("family's lawyer")
    );
}

/// A poll is its pollster's when a name comes with it, before the poll word or after "from" or
/// "by"; polls of a place, of a kind of voters or from an event stay unnamed.
#[test]
fn polls_by_a_named_pollster() {
    use ClaimClass::*;
    assert_last(&[
        (
            "A Real Clear Politics average of polls shows Clinton leading by 2.2 percent over Trump.",
            Named,
            Some("Real Clear Politics"),
            Some("shows"),
        ),
        (
            "Trump is lagging behind Clinton by more than nine percentage points, according to the RealClearPolitics polling average in New Hampshire.",
            Named,
            Some("RealClearPolitics"),
            Some("according to"),
        ),
        (
            "A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points.",
            Named,
            Some("Marquette Law School"),
            Some("found"),
        ),
        (
            "Sanders's appeal was greatest among younger voters, according to exit polls reported by CNN and other networks.",
            Named,
            Some("CNN"),
            Some("according to"),
        ),
        (
            "A survey conducted by independent analyst Elena Sadovskaya found that attitudes had hardened.",
            Named,
            Some("Elena Sadovskaya"),
            Some("found"),
        ),
        (
            "Polls in New Hampshire show the top two candidates are the same as in Iowa.",
            Anonymous,
            Some("polls in new hampshire"),
            Some("show"),
        ),
        (
            "New polls released Sunday showed Clinton taking a lead in the presidential race.",
            Anonymous,
            Some("new polls"),
            Some("showed"),
        ),
        (
            "Exit polls from the New Hampshire primary showed that 65 percent of Republicans supported the ban.",
            Anonymous,
            Some("polls"),
            Some("showed"),
        ),
    ]);
}

/// Review 33 (a science briefing, a court ruling, a school board): a registry's one-word alias
/// after a given name is a surname; a person set off with a role, or titled after "by", is the
/// one a later pronoun or office stands for; "the agency" is no association; an indefinite
/// description is someone new.
#[test]
fn surnames_titles_after_by_and_kinds_of_bodies() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Nicola Fox, associate administrator for NASA's Science Mission Directorate, called the discovery \"a milestone for planetary science.\"",
            Named,
            Some("Nicola Fox"),
            Some("called"),
        ),
        (
            "Michael Bloomberg said the plan would work.",
            Named,
            Some("Michael Bloomberg"),
            Some("said"),
        ),
        (
            "Nicola Fox, associate administrator at NASA, spoke on Tuesday. \"But today we are a great deal closer than we were,\" she said.",
            Named,
            Some("Nicola Fox"),
            Some("said"),
        ),
        (
            "The 6-to-3 decision, written by Chief Justice John G. Roberts Jr., held that the agency had exceeded its authority.\n\n\"Congress did not act,\" the chief justice wrote.",
            Named,
            Some("John G. Roberts Jr"),
            Some("wrote"),
        ),
        (
            "The opinion was written by Justice Elena Kagan on Friday. \"Congress did not act,\" the justice wrote.",
            Named,
            Some("Elena Kagan"),
            Some("wrote"),
        ),
        (
            "The E.P.A. said it was reviewing the decision. The National Mining Association said the rule was unlawful. Power plants account for a quarter of emissions, according to the agency's own figures.",
            Named,
            Some("E.P.A."),
            Some("according to"),
        ),
        (
            "The State Department said it would release the emails. \"We have not met the goal,\" said the agency.",
            Named,
            Some("State Department"),
            Some("said"),
        ),
        (
            "Its president, Denise Farrow, said teachers were anxious. A librarian at one of the district's high schools said she had pulled several titles.",
            Anonymous,
            Some("a librarian"),
            Some("said"),
        ),
        (
            "Late Monday Fox reported that the negotiations had collapsed.",
            Named,
            Some("Fox News"),
            Some("reported"),
        ),
        (
            "The bill was signed by Gov. Kathy Hochul on Friday. The governor said it would protect tenants.",
            Named,
            Some("Kathy Hochul"),
            Some("said"),
        ),
        // An office is not someone introduced with another one.
        (
            "The bill, sponsored by Sen. Maria Lopez, passed on Friday. The governor said he would sign it next week.",
            Anonymous,
            Some("the governor"),
            Some("said"),
        ),
        (
            "Gov. Gavin Newsom said the state would sue. Xavier Becerra, the state attorney general, joined him at the podium. The governor said the lawsuit would be filed Monday.",
            Named,
            Some("Gavin Newsom"),
            Some("said"),
        ),
        // PolNeAR half A: harsh words are a stance.
        (
            "During his Meet the Press interview, Pence had harsh words for the character of Clinton.",
            Named,
            Some("Pence"),
            Some("had harsh words for"),
        ),
        (
            "Hurricane Delia slammed into Florida's Big Bend coast early Monday as a Category 3 storm.",
            Unattributed,
            None,
            None,
        ),
    ]);
}

/// Review 35 (trade, aviation, a strike, a war report, a hearing, a drug study): names that run
/// on past a registered alias or hold two particles, estimates, a document's second verb,
/// regulatory acts, people described by a participle, and polls named for a time or a place.
#[test]
fn alliances_particles_estimates_and_a_documents_second_verb() {
    use ClaimClass::*;
    assert_last(&[
        (
            "The Alliance for Automotive Innovation, which represents most major carmakers, warned that the duties would raise prices.",
            Named,
            Some("Alliance for Automotive Innovation"),
            Some("warned"),
        ),
        (
            "A spokeswoman for the airline, Jennifer de la Cruz, said the aircraft had been taken out of service.",
            Named,
            Some("Jennifer de la Cruz"),
            Some("said"),
        ),
        (
            "Western officials estimate that Russia has suffered more than 400,000 casualties.",
            Anonymous,
            Some("western officials"),
            Some("estimate"),
        ),
        (
            "The study, which appeared in the journal JAMA Ophthalmology, analysed the health records of more than 350,000 patients and found that those taking the drug were twice as likely to be diagnosed.",
            Anonymous,
            Some("the study"),
            Some("found"),
        ),
        (
            "The FAA issued an airworthiness directive in 2024 requiring more frequent inspections of certain fan blades.",
            Unattributed,
            None,
            None,
        ),
        (
            "Nurses interviewed on the picket line said morale had been falling for years.",
            Anonymous,
            Some("nurses interviewed"),
            Some("said"),
        ),
        (
            "A September survey found that most residents oppose the tax.",
            Anonymous,
            Some("a september survey"),
            Some("found"),
        ),
        (
            "A New Hampshire poll showed the senator leading by 10 points.",
            Anonymous,
            Some("a new hampshire poll"),
            Some("showed"),
        ),
        (
            "A University of Texas poll found that most Texans supported the ban.",
            Named,
            Some("University of Texas"),
            Some("found"),
        ),
        (
            "The estimate that the storm would cost $10 billion proved far too low.",
            Unattributed,
            None,
            None,
        ),
        (
            "Honda issued a recall notice saying the airbags could rupture.",
            Named,
            Some("Honda"),
            Some("issued"),
        ),
        // Review 37: a poll conducted for a network, documents a participle describes, a count.
        (
            "Exit polling conducted for the Metro News Network found that voters favored Whitfield.",
            Named,
            Some("Metro News Network"),
            Some("found"),
        ),
        (
            "The buckle was supplied by a Taiwanese company, according to documents filed in court.",
            Anonymous,
            Some("documents filed"),
            Some("according to"),
        ),
        (
            "Nearly 200 countries agreed to triple the money.",
            Anonymous,
            Some("nearly 200 countries"),
            Some("agreed to"),
        ),
        // Review 35: a phrase that runs back over the claim's own cue is no speaker.
        (
            "Sen. Amy Klobuchar, a Minnesota Democrat, said the company's record showed that voluntary measures were not enough. \"We have waited long enough,\" she said.",
            Named,
            Some("Amy Klobuchar"),
            Some("said"),
        ),
        (
            "Polling by Emerson College shows the incumbent ahead in Ohio.",
            Named,
            Some("Emerson College"),
            Some("shows"),
        ),
    ]);
}

/// Review 38 (a murder trial, a wildfire, a football transfer, a drug price rise, a readout):
/// a display of feeling, records a participle describes, a stance, the two leaders of a readout
/// and a club a spokesperson spoke for.
#[test]
fn reactions_described_records_stances_readouts_and_clubs() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Mr. Haldane showed little reaction as the verdict was read.",
            Unattributed,
            None,
            None,
        ),
        (
            "Ms. Price showed visible relief when the verdict was read.",
            Unattributed,
            None,
            None,
        ),
        (
            "Bank records introduced as evidence showed the pharmacy was losing money.",
            Anonymous,
            Some("bank records"),
            Some("showed"),
        ),
        (
            "Hospital records introduced at trial showed the patient had been sedated.",
            Anonymous,
            Some("hospital records"),
            Some("showed"),
        ),
        (
            "His agent, Marco Ferretti, has made no secret of his client's wish to play in England.",
            Named,
            Some("Marco Ferretti"),
            Some("made no secret of"),
        ),
        (
            "President Daniel Whitfield met on Monday with Prime Minister Ravi Deshmukh of India, according to a readout released by the White House. The leaders welcomed progress on a joint venture, the readout said. They also discussed the war in Ukraine.",
            Named,
            Some("Daniel Whitfield and Ravi Deshmukh"),
            Some("discussed"),
        ),
        (
            "Northbridge declined to comment. A spokesman for Dinamo Split said the club had received offers. The club's most recent annual report shows losses of 28 million euros.",
            Named,
            Some("Dinamo Split"),
            Some("shows"),
        ),
        // A woman a spokesman spoke for stays a person: "he" is the spokesman, unnamed.
        (
            "A spokesman for Jane Roe said she would not resign. He declined to say more.",
            Anonymous,
            Some("he"),
            Some("declined to"),
        ),
    ]);
}

/// Reviews 39 and 40 (near misses of review 38's rules; a derailment, an indictment, an
/// earthquake, a product launch under an antitrust probe, a budget vote): dotted acronyms,
/// ages set off, measured and cited documents, offices with their qualifiers, a readout's body
/// among the leaders, a name's last word and a poll with its issuer.
#[test]
fn acronyms_ages_documents_offices_and_the_bodies_behind_them() {
    use ClaimClass::*;
    assert_last(&[
        (
            "The F.B.I. declined to comment beyond the indictment.",
            Named,
            Some("F.B.I."),
            Some("declined to"),
        ),
        (
            "Deputy Mayor Raymond Castellano, 58, was arrested at his home and pleaded not guilty at a brief hearing in federal court.",
            Named,
            Some("Raymond Castellano"),
            Some("pleaded"),
        ),
        (
            "The 27-page indictment accuses Mr. Castellano of arranging contracts for firms controlled by Anthony Ruggiero.",
            Anonymous,
            Some("the 27-page indictment"),
            Some("accuses"),
        ),
        (
            "According to court filings, investigators obtained text messages in which Mr. Castellano told Mr. Dunleavy that a bid would \"come in where it needs to.\" The filings say the F.B.I. also recorded a meeting in March.",
            Anonymous,
            Some("the filings"),
            Some("say"),
        ),
        (
            "Court documents filed as part of the lawsuit allege the firm hid losses.",
            Anonymous,
            Some("court documents"),
            Some("allege"),
        ),
        (
            "Hundreds of people are still reported missing, and officials said it could take weeks to clear the rubble.",
            Anonymous,
            Some("officials"),
            Some("said"),
        ),
        (
            "Halvern Technologies unveiled an assistant hours after the European Commission said it was widening an antitrust investigation. The assistant, called Nova, can book appointments and order groceries, Halvern said at a launch event in San Francisco.",
            Named,
            Some("Halvern"),
            Some("said"),
        ),
        (
            "Privacy advocates also raised concerns.",
            Anonymous,
            Some("privacy advocates"),
            Some("raised concerns"),
        ),
        (
            "The coalition of Prime Minister Miguel Sarmento holds only 91 seats. Finance Minister Joana Leitão told lawmakers the budget would cut taxes. The prime minister said the government would present a housing bill in January.",
            Named,
            Some("Miguel Sarmento"),
            Some("said"),
        ),
        (
            "Finance Minister Joana Leitão told lawmakers the budget would cut taxes. The finance minister said the bill would pass.",
            Named,
            Some("Joana Leitão"),
            Some("said"),
        ),
        // A modifier the text never wrote as a title is no office of its own.
        (
            "Former President Bill Carter spoke in Ohio on Monday. The former president said the party was divided.",
            Named,
            Some("Bill Carter"),
            Some("said"),
        ),
        (
            "A poll published on Thursday by the Catholic University's polling centre found that 54 percent wanted the budget to pass. The same poll showed the coalition on 30 percent.",
            Named,
            Some("Catholic University"),
            Some("showed"),
        ),
        (
            "An Allegheny Central Railroad freight train left the tracks on Monday. Ms. Brennecke said the board had asked the railroad to preserve all data. None of the tank cars were breached, the railroad said in a statement.",
            Named,
            Some("Allegheny Central Railroad"),
            Some("said"),
        ),
        (
            "President Vladimir Putin met on Tuesday with President Kassym-Jomart Tokayev of Kazakhstan, the Kremlin said. They agreed to expand energy cooperation.",
            Named,
            Some("Vladimir Putin and Kassym-Jomart Tokayev"),
            Some("agreed to"),
        ),
        // The one who meets is remembered after the claim's own speaker, never as it.
        (
            "Judge Anna Keller met with lawyers on Monday, the prosecutor said.",
            Anonymous,
            Some("the prosecutor"),
            Some("said"),
        ),
        (
            "The judge showed little emotion as she read the sentence.",
            Unattributed,
            None,
            None,
        ),
        (
            "Coach Lisa Moreno has never made a secret of her frustration with the schedule.",
            Named,
            Some("Lisa Moreno"),
            Some("made a secret of"),
        ),
        (
            "A spokeswoman for Atletico Rivera said the club would appeal. The club said it had done nothing wrong.",
            Named,
            Some("Atletico Rivera"),
            Some("said"),
        ),
    ]);
}

/// Reviews 41 to 43 (near misses of review 40's rules; a mine collapse, a doping ban, a fare
/// rise, a memoir dispute, a rescue at sea; near misses of those): names' last words, offices
/// qualified otherwise, institutions' possessives after a conjunction, documents no pronoun
/// stands for, counted people with an adjective, guards and a coast guard.
#[test]
fn names_last_words_other_titles_counted_people_and_guards() {
    use ClaimClass::*;
    assert_last(&[
        (
            "The Harbor Point Marina was badly damaged in the storm. The marina said it would reopen in a month.",
            Named,
            Some("Harbor Point Marina"),
            Some("said"),
        ),
        (
            "Workers at the Pine Hollow Brewery walked out on Monday after talks over pay and hours broke down late on Sunday night. According to the brewery, talks will resume.",
            Named,
            Some("Pine Hollow Brewery"),
            Some("according to"),
        ),
        // An institution's own word keeps its own ways (an unnamed district).
        (
            "Nick Barbknecht, the district chairman, said he was pleased. The district saw 30 applicants.",
            Anonymous,
            Some("the district"),
            Some("saw"),
        ),
        (
            "Finance Minister Joana Leitão told reporters the deficit would shrink. The prime minister said taxes would not rise.",
            Anonymous,
            Some("the prime minister"),
            Some("said"),
        ),
        (
            "The World Anti-Doping Agency has warned in the past that trenbolone can show up in athletes who eat contaminated beef. But the agency's guidelines say such cases apply mainly to food eaten in a small number of countries.",
            Named,
            Some("World Anti-Doping Agency"),
            Some("say"),
        ),
        (
            "Federal records show that the Mine Safety and Health Administration cited the Hollins Ridge mine 47 times in the past year. According to the agency's online database, the company paid about $180,000 in penalties over that period.",
            Named,
            Some("Mine Safety and Health Administration"),
            Some("according to"),
        ),
        // A guard is a person, a coast guard a service (review 43).
        (
            "Prison guard Tom Hill said the door was unlocked. The guard said he heard nothing.",
            Named,
            Some("Tom Hill"),
            Some("said"),
        ),
        (
            "A prison guard said the inmates were not fed for two days.",
            Anonymous,
            Some("a prison guard"),
            Some("said"),
        ),
        (
            "According to the letter, one chapter accuses Ms. Marchetti of having a producer fired. Her lawyers wrote that the producer left the show voluntarily.",
            Anonymous,
            Some("her lawyers"),
            Some("wrote"),
        ),
        (
            "Two federal inspectors who were at the site on Sunday said the collapse appeared to have started near a junction.",
            Anonymous,
            Some("two federal inspectors"),
            Some("said"),
        ),
        (
            "The Italian coast guard rescued 63 people on Saturday. The coast guard said in a statement that a patrol vessel reached the boat.",
            Anonymous,
            Some("the coast guard"),
            Some("said"),
        ),
    ]);
}

#[test]
fn nations_bodies_staff_passive_agents_and_set_off_participles() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Debris fell into the Atlantic about 300 kilometres off the coast, French authorities said.",
            Anonymous,
            Some("french authorities"),
            Some("said"),
        ),
        (
            "The ship sank near the coast on Monday, Turkish police said.",
            Anonymous,
            Some("turkish police"),
            Some("said"),
        ),
        (
            "The ship sank near the coast on Monday, the Russian troops said.",
            Anonymous,
            Some("the russian troops"),
            Some("said"),
        ),
        (
            "The base was hit twice, the Israeli military said.",
            Named,
            Some("Israeli military"),
            Some("said"),
        ),
        (
            "Management has offered raises of 14 percent over three years.",
            Anonymous,
            Some("management"),
            Some("offered"),
        ),
        (
            "Staff said the ward was closed.",
            Anonymous,
            Some("staff"),
            Some("said"),
        ),
        (
            "The decision was expected by most economists.",
            Anonymous,
            Some("most economists"),
            Some("expected"),
        ),
        (
            "The decision was expected by Friday.",
            Agentless,
            None,
            Some("expected"),
        ),
        (
            "The plan was criticised by the Bank of England.",
            Named,
            Some("Bank of England"),
            Some("criticised"),
        ),
        (
            "An audit by the state health department, filed as an exhibit in the case, found that records were not encrypted.",
            Anonymous,
            Some("the state health department"),
            Some("found"),
        ),
        (
            "The report, filed as an exhibit, found that costs rose.",
            Anonymous,
            Some("the report"),
            Some("found"),
        ),
        (
            "The suspect, identified as John Smith, told police he was at home.",
            Named,
            Some("John Smith"),
            Some("told"),
        ),
        ("A deal is expected by Christmas.", Agentless, None, None),
        ("The ruling was expected by late April.", Agentless, None, None),
        (
            "The Greek coast guard said the boat capsized.",
            Named,
            Some("Greek coast guard"),
            Some("said"),
        ),
        (
            "The boat capsized, Greek coast guard officials said.",
            Anonymous,
            Some("greek coast guard officials"),
            Some("said"),
        ),
        (
            "The outbreak was declared by the nation’s Ministry of Health back on October 19.",
            Named,
            Some("Ministry of Health"),
            Some("declared"),
        ),
        (
            "An audit by the state's Department of Managed Health Care, filed as an exhibit in the case, found that Caldera had not encrypted patient records. The audit said the company had delayed a planned upgrade twice.",
            Named,
            Some("Department of Managed Health Care"),
            Some("said"),
        ),
        (
            "The Bank of Ardenia cut its main rate on Thursday, Governor Elena Varga said. The bank's quarterly financial stability report found that household debt had risen.",
            Named,
            Some("Bank of Ardenia"),
            Some("found"),
        ),
    ]);
}

#[test]
fn described_people_appositive_names_and_so_far() {
    use ClaimClass::*;
    assert_last(&[
        (
            "\"We slept in the basement,\" said Lilit Sarkisova, a schoolteacher. In the lobby after the performance, longtime subscriber Margaret Liu, 84, wiped her eyes. \"I have heard her do this piece three times,\" she said.",
            Named,
            Some("Margaret Liu"),
            Some("said"),
        ),
        (
            "\"We slept in the basement,\" said Lilit Sarkisova, a schoolteacher. Longtime subscriber Margaret Liu wiped her eyes. \"Tonight was the best,\" she said.",
            Named,
            Some("Margaret Liu"),
            Some("said"),
        ),
        (
            "\"We slept in the basement,\" said Lilit Sarkisova, a schoolteacher. Police arrested Maria Lopez on Monday. \"Tonight was the best,\" she said.",
            Named,
            Some("Lilit Sarkisova"),
            Some("said"),
        ),
        (
            "That shareholder, the activist fund Corwin Partners, said in a letter last spring that the company was \"chronically undervalued.\"",
            Named,
            Some("Corwin Partners"),
            Some("said"),
        ),
        (
            "Kessarin's self-declared authorities rejected the account. According to the United Nations refugee agency, about 38,000 people have crossed into Armenia. The agency said aid convoys reached Dravik on Wednesday.",
            Anonymous,
            Some("the united nations refugee agency"),
            Some("said"),
        ),
        (
            "Veloria's foreign minister, Dina Marchetti, said her government would consider monitors. \"We slept in the basement again,\" said Lilit Sarkisova, a schoolteacher. Both governments denied using such weapons.",
            Anonymous,
            Some("both governments"),
            Some("denied"),
        ),
        (
            "Saturday's concert sold out within hours, the orchestra said. Scalpers were reportedly asking as much as $900 for seats in the front rows.",
            Agentless,
            None,
            Some("reportedly"),
        ),
        (
            "The concert sold out, the orchestra said. The price was $2 million, the agent said.",
            Anonymous,
            Some("the agent"),
            Some("said"),
        ),
        (
            "One of the diplomats, who spoke on condition of anonymity, said Veloria had so far refused to let observers in. \"The next 72 hours will tell us,\" the diplomat said.",
            Anonymous,
            Some("the diplomat"),
            Some("said"),
        ),
    ]);
}

#[test]
fn people_who_spoke_since_websites_titles_and_times_of_day() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Democrat Elena Delgado has won the race for governor. Long lines were reported, and a judge in Marlow County ordered six precincts to stay open. Delgado addressed supporters shortly before 5 a.m. \"You waited in the cold,\" she told the crowd. She promised to make child care the focus of her first year.",
            Named,
            Some("Elena Delgado"),
            Some("promised"),
        ),
        (
            "Democrat Elena Delgado narrowly defeated Republican Thomas Whitcombe. Whitcombe did not concede. In a brief statement, his campaign said it would wait.",
            Named,
            Some("Thomas Whitcombe"),
            Some("said"),
        ),
        (
            "Norvance said it would cut 1,200 jobs. More than 150,000 tech workers have lost their jobs in 2026, according to Layoffs.fyi, a website that tracks the industry. The company declined to comment.",
            Named,
            Some("Norvance"),
            Some("declined to"),
        ),
        (
            "More than 150,000 tech workers have lost their jobs in 2026, according to Layoffs.fyi.",
            Named,
            Some("Layoffs.fyi"),
            Some("according to"),
        ),
        (
            "In a blog post titled \"Next Norvance,\" chief executive Sanjay Kulkarni wrote that the cuts were painful.",
            Named,
            Some("Sanjay Kulkarni"),
            Some("wrote"),
        ),
        (
            "Gordon Pryce showed no visible emotion as the sentence was read.",
            Unattributed,
            None,
            None,
        ),
        (
            "A witness said the gunman wore a mask. Detective Sarah Bell said the suspect had a record. \"He is dangerous,\" she said. Officials said the gunman ran toward the park.",
            Anonymous,
            Some("officials"),
            Some("said"),
        ),
        (
            "Documents obtained by The Metro Ledger show that the board discussed the encampment.",
            Anonymous,
            Some("documents obtained by the metro ledger"),
            Some("show"),
        ),
        (
            "Records seen by Reuters show that the board met twice.",
            Anonymous,
            Some("records seen by reuters"),
            Some("show"),
        ),
        ("The river is forecast to fall slowly.", Agentless, None, Some("is forecast to")),
        ("The economy is projected to grow 2 percent.", Agentless, None, Some("is projected to")),
        (
            "The Kestrian Foreign Ministry said the talks had been constructive. The Valdonian Foreign Ministry gave a different emphasis. Its readout said President Elena Sorvino had stressed the border.",
            Named,
            Some("Valdonian Foreign Ministry"),
            Some("said"),
        ),
        (
            "The town fell, Houthi rebels said.",
            Anonymous,
            Some("houthi rebels"),
            Some("said"),
        ),
        ("The figure could not be independently confirmed.", Unattributed, None, None),
        (
            "The polls closed at 8 p.m. Turnout was high, officials said.",
            Anonymous,
            Some("officials"),
            Some("said"),
        ),
    ]);
}

#[test]
fn hedged_subjects_business_spokespeople_and_acts_that_are_no_cues() {
    use ClaimClass::*;
    assert_last(&[
        // A hedge says nobody spoke; the one it is about is who a later "he" is.
        (
            "A federal jury convicted former county commissioner Dennis Marrow of bribery. Judge Raymond Okafor rejected that argument in October. Marrow appeared to wipe his eyes as he left the courtroom. He declined to speak to reporters.",
            Named,
            Some("Dennis Marrow"),
            Some("declined to"),
        ),
        (
            "Senator Bernie Sanders has raised $73 million. \"This campaign is revolutionizing politics,\" Jeff Weaver, his campaign manager, said. Sanders appears to be spending more heavily. His campaign said he ended December with $28 million.",
            Named,
            Some("Bernie Sanders"),
            Some("said"),
        ),
        // A business's spokesperson speaks for the business "the company" stands for.
        (
            "Summit Electric said in a statement that it was cooperating with investigators. A company spokesman said it was too early to draw conclusions.",
            Named,
            Some("Summit Electric"),
            Some("said"),
        ),
        (
            "Summit Electric said in a statement that it was cooperating with investigators. The company said it was too early to draw conclusions.",
            Named,
            Some("Summit Electric"),
            Some("said"),
        ),
        (
            "Mayor Ann Reed said the fire was contained. A company spokesman said it was too early to draw conclusions.",
            Anonymous,
            Some("a company spokesman"),
            Some("said"),
        ),
        // Put into a bill, not said; questions fended off, not asked.
        (
            "The key concession, a subsidy for rural bus routes, was added in the early hours.",
            Unattributed,
            None,
            None,
        ),
        (
            "Two more names were added to the ballot on Monday.",
            Unattributed,
            None,
            None,
        ),
        (
            "Team Vireo suspended the rider on Friday, fending off questions about its medical practices.",
            Unattributed,
            None,
            None,
        ),
        (
            "The minister dodged questions about the deficit.",
            Unattributed,
            None,
            None,
        ),
        // People a story names, not what someone suspects.
        ("Police arrested two suspects on Monday.", Unattributed, None, None),
        ("The suspects fled the scene.", Unattributed, None, None),
        ("Two names were added to the list of suspects.", Unattributed, None, None),
        (
            "The company suspects that the deal will fail.",
            Anonymous,
            Some("the company"),
            Some("suspects"),
        ),
        (
            "The FBI suspects Russian hackers were behind the attack.",
            Named,
            Some("FBI"),
            Some("suspects"),
        ),
        ("Police identified suspects who fled.", Unattributed, None, None),
        (
            "The FBI suspects Russia.",
            Named,
            Some("FBI"),
            Some("suspects"),
        ),
        // A noun of speech with the phrase of whose it is, before a verb of saying, is its
        // subject.
        (
            "Mayor Raj Mehta spoke first. A statement from the council said the plan was fair.",
            Anonymous,
            Some("a statement from the council"),
            Some("said"),
        ),
        (
            "Mayor Raj Mehta spoke first. A Dec. 12 statement from the council said the plan was fair.",
            Anonymous,
            Some("a dec. 12 statement from the council"),
            Some("said"),
        ),
        (
            "A Nov. 29 report said Candace Smith went to the police station.",
            Anonymous,
            Some("a nov. 29 report"),
            Some("said"),
        ),
        // A statement only to come is no report.
        (
            "Mayor Raj Mehta spoke first. The European bloc is expected to issue a statement later this week.",
            Agentless,
            None,
            Some("is expected to"),
        ),
        (
            "Mayor Raj Mehta spoke first. The ministry is expected to issue a statement on Monday.",
            Agentless,
            None,
            Some("is expected to"),
        ),
        // A city is no business.
        (
            "The city of Portland said it would cut bus routes. A company spokesman said the plan was unnecessary.",
            Anonymous,
            Some("a company spokesman"),
            Some("said"),
        ),
        (
            "\"We will appeal,\" the lawyer said. She added that the evidence was weak.",
            Anonymous,
            Some("the lawyer"),
            Some("added"),
        ),
    ]);
}

#[test]
fn a_full_name_opening_a_paragraph_is_found_for_its_surname() {
    assert_named(
        &[
            (
                "Homeschooling grows.\n\nBrian D. Ray runs a research institute in Oregon.\n\nRay said the top reason is religious instruction.",
                "Brian D. Ray",
            ),
            (
                "Homeschooling grows.\n\nJohn Paul Jones was extradited in 2014.\n\nJones admitted to the scheme.",
                "John Paul Jones",
            ),
        ],
        |got, want| got == want,
    );
}

#[test]
fn a_trade_or_a_correlative_opening_the_sentence_is_no_part_of_the_name() {
    assert_named(
        &[
            ("Businessman Viktor Sokol said the deal was fair.", "Viktor Sokol"),
            ("Billionaire Elon Musk said the deal was fair.", "Elon Musk"),
            // A date is when, never who.
            (
                "Mayor Raj Mehta said the plan was fair. \"It will pass,\" said the mayor, who faces the Nov. 8 election.",
                "Raj Mehta",
            ),
            ("Tycoon Ann Lee told reporters the deal was fair.", "Ann Lee"),
            // (Trades no later "the …" stands for, from PolNeAR and BASIL.)
            ("Journalist Jorge Ramos said immigrants commit fewer crimes.", "Jorge Ramos"),
            ("Comedian Sarah Silverman said she would vote for Clinton.", "Sarah Silverman"),
            ("Writer Ana Torres said the script was hers.", "Ana Torres"),
            (
                "Neither Tom Haley nor his wife responded to requests for comment. Haley said last week that the deal was fair.",
                "Tom Haley",
            ),
        ],
        |got, want| got == want,
    );
}

#[test]
fn a_pronoun_of_the_sentence_tells_an_unlisted_first_names_gender() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Margarethe Olsen, whose novels won her a devoted readership, died on Saturday at her home in Bergen. The cause was heart failure, according to her son, Erik Olsen. \"I write about people,\" she told The Paris Review in 1998.",
            Named,
            Some("Margarethe Olsen"),
            Some("told"),
        ),
        (
            "Ingvild Berg won her third title on Sunday. \"It was a hard race,\" she said.",
            Named,
            Some("Ingvild Berg"),
            Some("said"),
        ),
        (
            "Taavi Rand crashed on his final run. \"I went too fast,\" he said.",
            Named,
            Some("Taavi Rand"),
            Some("said"),
        ),
        // A possessive may be someone else's: it tells a person, not a gender.
        (
            "Kjeld Moen visited her grave each year. \"She was my mother,\" he said.",
            Named,
            Some("Kjeld Moen"),
            Some("said"),
        ),
        (
            "Ilse Brandt visited his grave each year. \"He was my father,\" she said.",
            Named,
            Some("Ilse Brandt"),
            Some("said"),
        ),
        // An object is someone else ("wrote to her"); a word the text writes in lower case is
        // no first name.
        (
            "Acme Corp wrote to her about the deal. \"It is done,\" she said.",
            Anonymous,
            Some("she"),
            Some("said"),
        ),
        (
            "Lars Eriksen thanked her for the help on Saturday. \"I write about people,\" she told reporters.",
            Anonymous,
            Some("she"),
            Some("told"),
        ),
        (
            "Top Clinton aides met on Monday at her office. \"We are ready,\" she said. The top priority is turnout.",
            Unattributed,
            None,
            None,
        ),
    ]);
}

#[test]
fn a_verb_capitalised_in_a_title_case_line_is_no_first_name() {
    assert_named(
        &[(
            "Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’\n\nDonald Trump spoke in Florida.\n\n\"I hope you find the emails,\" Trump told reporters.",
            "Donald Trump",
        )],
        |got, want| got == want,
    );
}

#[test]
fn a_name_set_off_after_a_passive_agents_possessive_description_speaks() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Her death was announced by her publisher, Lantern House, which said in a statement that she had been a defining voice.",
            Named,
            Some("Lantern House"),
            Some("announced"),
        ),
        (
            "Her death was announced by her publisher, Lantern House. The publisher said a final collection would be released next spring.",
            Named,
            Some("Lantern House"),
            Some("said"),
        ),
        (
            "The plan was criticised by his rival, Tom Berg, on Monday.",
            Named,
            Some("Tom Berg"),
            Some("criticised"),
        ),
        // A reviewer for a newspaper is an unnamed person, not the newspaper's city.
        (
            "A reviewer for a London newspaper once dismissed her prose as cold.",
            Anonymous,
            Some("a reviewer"),
            Some("dismissed"),
        ),
    ]);
}

#[test]
fn a_relative_the_narration_named_is_that_person_later() {
    assert_named(
        &[
            (
                "In addition to her son, she is survived by a daughter, Sigrid Lunde, and five grandchildren.\n\nHer daughter said the family was grateful for the messages.",
                "Sigrid Lunde",
            ),
            (
                "The congressman pleaded not guilty and was accompanied by his lawyer, Gregory A. Vega, and his wife.\n\nHis lawyer said the congressman would cooperate.",
                "Gregory A. Vega",
            ),
        ],
        |got, want| got == want,
    );
    // Two of the kind named: either may be meant.
    assert_last(&[(
        "Ingrid Lunde died on Sunday. She is survived by a daughter, Sigrid Lunde, and a son.\n\nAnother daughter, Eva Lunde, died in 2010.\n\nHer daughter said the family was grateful.",
        ClaimClass::Anonymous,
        Some("her daughter"),
        Some("said"),
    )]);
}

#[test]
fn a_body_named_only_as_a_documents_issuer_is_no_business_role() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Harwell & Pryce, the department-store chain, reported a 4 percent drop in sales. Comparable-store sales declined 5.2 percent, according to data compiled by FactLine. In a filing on Monday, the company disclosed that it had drawn $400 million.",
            Named,
            Some("Harwell & Pryce"),
            Some("disclosed"),
        ),
        (
            "Harwell & Pryce, the department-store chain, reported a 4 percent drop in sales. Sales declined 5.2 percent, according to figures from FactLine. A company spokeswoman said the drawdown was routine.",
            Named,
            Some("Harwell & Pryce"),
            Some("said"),
        ),
    ]);
}

#[test]
fn a_role_opening_narration_is_the_person_introduced_with_it_again() {
    use ClaimClass::*;
    assert_last(&[
        (
            "In a written opinion, Judge Helena Marsh found that Corvane had broken the law.\n\nA Corvane spokeswoman declined to comment.\n\nThe judge appeared to anticipate the appeal. She noted in the opinion that her findings rested on the company's own documents.",
            Named,
            Some("Helena Marsh"),
            Some("noted"),
        ),
        (
            "Coach Dana Reyes praised her players. A league spokeswoman declined to comment.\n\nThe coach smiled at the crowd. She said the title was theirs.",
            Named,
            Some("Dana Reyes"),
            Some("said"),
        ),
        // Only one introduced with the role: a claim that merely uses the word is no one's.
        (
            "Judicial Watch said the judge had erred. A court spokeswoman declined to comment.\n\nThe judge left the courtroom. She said nothing.",
            Anonymous,
            Some("a court spokeswoman"),
            Some("said"),
        ),
    ]);
}

#[test]
fn unlisted_people_in_the_plural_and_businesses_by_description() {
    use ClaimClass::*;
    assert_last(&[
        // People the lexicon has no role for are unnamed, never the person named last.
        (
            "Mayor Ann Cole spoke first. The attackers demanded $4 million.",
            Anonymous,
            Some("the attackers"),
            Some("demanded"),
        ),
        (
            "Mayor Ann Cole spoke first. The hackers reportedly demanded a ransom.",
            Anonymous,
            Some("the hackers"),
            Some("demanded"),
        ),
        // A name set off with a business's description is a business.
        (
            "According to Bastion Cyber, the security firm hired to investigate, the intruders gained access through a vendor. The company said in a statement that it had contained the spread.",
            Named,
            Some("Bastion Cyber"),
            Some("said"),
        ),
        // A business's spokesperson, the business named only in the narration.
        (
            "Halvorsen Group, an Oslo-based investment firm, bought the stake in March. Analyst Nils Berg called the price high. A company spokesman said the deal closed last week.",
            Named,
            Some("Halvorsen Group"),
            Some("said"),
        ),
        // A person described with a business word is no business.
        (
            "Ann Lee, a firm believer in public schools, said the plan was flawed. The company said enrollment would rise.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        (
            "Tom Baker, a company man through and through, worked at the plant for 30 years. The company said the plant would close in June.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        // A national service is no business.
        (
            "The grid operator, Calder Energy Networks, said demand had reached a record. The National Weather Service issued a heat warning and said temperatures would stay high. Calder Energy Networks has faced criticism. The company says it has invested €300 million.",
            Named,
            Some("Calder Energy Networks"),
            Some("says"),
        ),
        // A kind of body right after a named body of that kind spoke is that body.
        (
            "The National Civil Aviation Authority said in a statement that it had opened an investigation. The regulator said it was too early to determine a cause.",
            Named,
            Some("National Civil Aviation Authority"),
            Some("said"),
        ),
        (
            "Mayor Ann Cole said the airport would stay open. The regulator said it was too early to determine a cause.",
            Anonymous,
            Some("the regulator"),
            Some("said"),
        ),
        (
            "Mayor Ann Cole spoke first. Conservationists fear that the decline could accelerate.",
            Anonymous,
            Some("conservationists"),
            Some("fear"),
        ),
        // The kind's word anywhere in the name ("Office for Nuclear Regulation").
        (
            "The Office for Nuclear Regulation said it had inspected the plant. The watchdog said no leak was found.",
            Named,
            Some("Office for Nuclear Regulation"),
            Some("said"),
        ),
        // Not a person or a business whose name ends on the word.
        (
            "Sarah Agency, a former minister, said the rules were unfair. The regulator said it would review them.",
            Anonymous,
            Some("the regulator"),
            Some("said"),
        ),
        (
            "Summit Travel Agency said it would refund every customer. The regulator said it was investigating the firm.",
            Anonymous,
            Some("the regulator"),
            Some("said"),
        ),
        (
            "A Texas rancher told reporters the fence had been cut.",
            Anonymous,
            Some("a texas rancher"),
            Some("told"),
        ),
        (
            "The group said 40 people died. That claim has not been independently confirmed.",
            Unattributed,
            None,
            None,
        ),
        // What has not been confirmed is the outlet's word.
        (
            "At least three people have died, officials said. The deaths have not been confirmed by the coroner.",
            Unattributed,
            None,
            None,
        ),
    ]);
}

#[test]
fn a_business_opening_a_trailing_attribution_and_a_bare_spokesperson_speak() {
    use ClaimClass::*;
    assert_last(&[
        // "X will …, the airline said": the business the sentence opens on, not one before.
        (
            "Skyreach Airways said it would cut routes. Delta Air Lines will add flights, the airline said.",
            Named,
            Some("Delta Air Lines"),
            Some("said"),
        ),
        (
            "Northwind Shipping will cut 14 routes next year, the carrier said on Monday.",
            Named,
            Some("Northwind Shipping"),
            Some("said"),
        ),
        (
            "Skyreach Airways said it would cut routes. Vantor Labs will cut 300 jobs, the company said on Tuesday.",
            Named,
            Some("Vantor Labs"),
            Some("said"),
        ),
        // (Also a business's word with words that describe it.)
        (
            "Rivian Automotive is recalling nearly 13,000 vehicles because a fastener may not have been tightened, the electric-vehicle maker said on Friday.",
            Named,
            Some("Rivian Automotive"),
            Some("said"),
        ),
        (
            "Toyota Motor will raise prices in Europe next month, the Japanese automaker said.",
            Named,
            Some("Toyota Motor"),
            Some("said"),
        ),
        // Not a person the sentence is about, nor a subject set off by a description.
        (
            "Arlo Systems said sales rose. Chief executive Maria Lenz will step down, the company said.",
            Named,
            Some("Arlo Systems"),
            Some("said"),
        ),
        (
            "Assem, the plane's co-pilot, had logged 2,766 flying hours with EgyptAir, the airline said.",
            Anonymous,
            Some("the airline"),
            Some("said"),
        ),
        // An organisation's "of" and its members: the whole name.
        (
            "The National Association of Head Teachers criticised the plan.",
            Named,
            Some("National Association of Head Teachers"),
            Some("criticised"),
        ),
        (
            "The Society of Chief Librarians said the cuts would close 40 branches.",
            Named,
            Some("Society of Chief Librarians"),
            Some("said"),
        ),
        (
            "Bank of England Governor Andrew Bailey said inflation would fall.",
            Named,
            Some("Andrew Bailey"),
            Some("said"),
        ),
        // A bare spokesperson right after an organisation spoke or did not answer.
        (
            "Skyreach Airways blamed rising fuel costs. A spokesperson said the cuts would affect about 300 jobs.",
            Named,
            Some("Skyreach Airways"),
            Some("said"),
        ),
        (
            "Maersk did not respond to a request for comment. A spokeswoman later said the company had no plans to change.",
            Named,
            Some("Maersk"),
            Some("said"),
        ),
        (
            "Apple did not immediately respond to a request for comment on Friday. A spokesman later said the company would review the claims.",
            Named,
            Some("Apple"),
            Some("said"),
        ),
        (
            "Senator Tom Reed did not respond to a request for comment. A spokesman said the senator was travelling.",
            Named,
            Some("Tom Reed"),
            Some("said"),
        ),
        // After a person's claim, a bare spokesperson stays unnamed.
        (
            "Mayor Ann Cole said the bridge would reopen. A spokesman said the repairs would cost $2 million.",
            Anonymous,
            Some("a spokesman"),
            Some("said"),
        ),
        // A spokesperson for a body named before in lower case with a word of its own.
        (
            "The Valdemar Port Authority said its offer was generous. A spokesman for the port authority said contingency plans were in place.",
            Named,
            Some("Valdemar Port Authority"),
            Some("said"),
        ),
        // A ship calling at a port says nothing.
        (
            "Nordhav Line, the largest container carrier calling at Valdemar, said it was diverting four vessels.",
            Named,
            Some("Nordhav Line"),
            Some("said"),
        ),
        // A person opening the sentence is no business, whatever the first name.
        (
            "Kelly Ortberg will visit the Renton plant, the company said.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        (
            "Transport Secretary Louise Haigh blamed the operators. A spokesperson said new rules would follow.",
            Anonymous,
            Some("a spokesperson"),
            Some("said"),
        ),
        (
            "Gatwick Airport said the runway would reopen on Monday. A spokesperson said repairs had cost 2 million pounds.",
            Named,
            Some("Gatwick Airport"),
            Some("said"),
        ),
        // An inverted spokesperson with whom they speak for.
        (
            "\"We are not going to comment on speculation,\" said a spokesperson for Unilever.",
            Named,
            Some("Unilever"),
            Some("said"),
        ),
        (
            "The plan was dropped, said a spokesperson for Unilever.",
            Named,
            Some("Unilever"),
            Some("said"),
        ),
        (
            "\"The plan was dropped,\" said a spokesman for Prime Minister Keir Starmer.",
            Named,
            Some("Keir Starmer"),
            Some("said"),
        ),
        // (Described, not named: the spokesman stays unnamed.)
        (
            "Mr. Hunter cannot take his name off the ballot, according to a spokesman for the California secretary of state.",
            Anonymous,
            Some("a spokesman"),
            Some("according to"),
        ),
        // "The company" after a business that did not answer.
        (
            "Unilever did not respond to a request for comment. The company has previously denied wrongdoing.",
            Named,
            Some("Unilever"),
            Some("denied"),
        ),
        (
            "The White House did not respond to a request for comment. The company said it would appeal.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        // A body's own word must be the one named before.
        (
            "The Valdemar Port Authority said cargo rose. A spokesman for the airport authority said flights were normal.",
            Anonymous,
            Some("a spokesman for the airport authority"),
            Some("said"),
        ),
        (
            "Leeds City Council approved the budget. A spokesperson for the local council said taxes would rise.",
            Named,
            Some("Leeds City Council"),
            Some("said"),
        ),
        // A name, a description set off after it, and "who said": the name.
        (
            "Among the rebels was Sam Achebe, the Labour MP for Leeds Central, who said he could not support the bill.",
            Named,
            Some("Sam Achebe"),
            Some("said"),
        ),
        (
            "One critic was Jane Roe, a professor at Yale, who said the plan would fail.",
            Named,
            Some("Jane Roe"),
            Some("said"),
        ),
        // A co-author's title is no part of the name.
        (
            "Co-author Ruslan Temirov said the cats were thriving.",
            Named,
            Some("Ruslan Temirov"),
            Some("said"),
        ),
        // Calling a witness is no speech; the expectation is agentless.
        (
            "Prosecutors are expected to call a forensic accountant on Thursday.",
            Agentless,
            None,
            Some("are expected to"),
        ),
    ]);
}

#[test]
fn a_trailing_spokesperson_for_an_office_owns_the_sentence_and_descriptions_find_their_bearer() {
    use ClaimClass::*;
    assert_last(&[
        // A spokesperson "for" someone trailing the sentence owns it, however long the phrase.
        (
            "The government has declared three days of mourning, a spokeswoman for the prime minister's office said.",
            Anonymous,
            Some("a spokeswoman for the prime minister's office"),
            Some("said"),
        ),
        // A gerund of saying after "by" is the act of the name the sentence opens on.
        (
            "Sen. Helen Marsh, D-Ore., who chairs the committee, opened the hearing by warning that the technology was moving too fast.",
            Named,
            Some("Helen Marsh"),
            Some("warning"),
        ),
        // "It" after an organisation's role word found its name in the text.
        (
            "Hackers gained access to records at Mercy Lakes Regional Medical Center in Toledo, Ohio. The stolen files included names, the hospital said. It said it had found no evidence that the data had been misused.",
            Named,
            Some("Mercy Lakes Regional Medical Center"),
            Some("said"),
        ),
        // A document a role word's organisation filed is that organisation's.
        (
            "Hackers gained access to records at Mercy Lakes Regional Medical Center in Toledo, Ohio, according to a notice the hospital filed with state regulators on Friday.",
            Named,
            Some("Mercy Lakes Regional Medical Center"),
            Some("according to"),
        ),
        // A description a named person was set off with is that person later.
        (
            "\"It is the most hopeful result we have seen,\" said Dr Amira Solberg, an ecologist at the University of Bergen and the study's lead author. She said the return was linked to a ban. The study's lead author cautioned, however, that the numbers remained small.",
            Named,
            Some("Amira Solberg"),
            Some("cautioned"),
        ),
        // A chairman is a person's role, never the organisation named last.
        (
            "The committee's chairman, Sen. Robert Caldwell, said the session was open. A Lumenfold spokesperson said the company welcomed scrutiny. The chairman said he would not support any bill.",
            Named,
            Some("Robert Caldwell"),
            Some("said"),
        ),
        (
            "Committee chairman Robert Caldwell opened the session. A Lumenfold spokesperson said the company welcomed scrutiny. The chairman said he would not support any bill.",
            Named,
            Some("Robert Caldwell"),
            Some("said"),
        ),
        // A role written as an acronym is a role.
        (
            "Chief executive Jane Doe said profits rose. The CEO said the company would expand.",
            Named,
            Some("Jane Doe"),
            Some("said"),
        ),
        // An age set off after a surname opening narration: the person, for a later "he".
        (
            "Callum Reid was sent off in the second half. Reid, 24, was equally frustrated. He said he had apologised to his teammates.",
            Named,
            Some("Callum Reid"),
            Some("said"),
        ),
        // A role in the plural with where they are from is unnamed people, all of it.
        (
            "Senators from both parties said the bill was flawed.",
            Anonymous,
            Some("senators from both parties"),
            Some("said"),
        ),
        // A tremor felt somewhere is no perception reported.
        (
            "Tremors were felt as far away as Kathmandu.",
            Unattributed,
            None,
            None,
        ),
        // An office alone after "for" names nobody; a surname the text gave in full is a person,
        // and "the company" the business the narration named.
        (
            "\"It was a mistake,\" said a spokesperson for the Prime Minister.",
            Anonymous,
            Some("a spokesperson"),
            Some("said"),
        ),
        (
            "Harbor Freight Logistics, run by John Smith, was fined last year. Smith did not respond to a request for comment. The company has previously denied wrongdoing.",
            Named,
            Some("Harbor Freight Logistics"),
            Some("denied"),
        ),
        // A person's name is no organisation, however many words or initials.
        (
            "Nguyen Van Thanh will step down, the company said.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        (
            "JB Pritzker blamed lawmakers. A spokesperson said the bill was dead.",
            Anonymous,
            Some("a spokesperson"),
            Some("said"),
        ),
        // Only the sentence just before tells whom a bare spokesperson speaks for.
        (
            "Acme did not respond to requests for comment. The union said members would strike. A spokesperson said the walkout would last a week.",
            Anonymous,
            Some("a spokesperson"),
            Some("said"),
        ),
        (
            "Skyreach Airways blamed rising fuel costs. A spokesperson for the family said the pilot was recovering.",
            Anonymous,
            Some("a spokesperson for the family"),
            Some("said"),
        ),
        // A description after an age is no apposition of the person.
        (
            "Jane Doe, 34, said the victim's mother had called her. Later, the victim's mother said she was safe.",
            Anonymous,
            Some("the victim's mother"),
            Some("said"),
        ),
        // A person's role never stands for an organisation a spokesperson spoke for, or whose
        // name ends on a business's word.
        (
            "A Lumenfold spokesperson said the company welcomed scrutiny. The chairman said he would not support any bill.",
            Anonymous,
            Some("the chairman"),
            Some("said"),
        ),
        (
            "Stena Line said the ferry was towed into port. The captain said the engines had failed.",
            Anonymous,
            Some("the captain"),
            Some("said"),
        ),
        // (A spokesperson's own role still does: "A Google spokesperson … the spokesperson said".)
        (
            "A Google spokesperson said the company reviews every request. \"We disclose user data in accordance with the law,\" the spokesperson said.",
            Named,
            Some("Google"),
            Some("said"),
        ),
    ]);
}

#[test]
fn a_business_by_its_name_a_member_described_and_a_person_told() {
    use ClaimClass::*;
    assert_last(&[
        // A business by its name's last word is what "the company" stands for.
        (
            "Northgate Living said it wants to build 420 homes on the site. The company said it was willing to pay for a new school.",
            Named,
            Some("Northgate Living"),
            Some("said"),
        ),
        (
            "Northgate Homes said it wants to build 420 homes on the site. A spokeswoman for the company said it was willing to pay for a new school.",
            Named,
            Some("Northgate Homes"),
            Some("said"),
        ),
        // A business the narration named by such a word, as the company.
        (
            "Marlow Therapeutics cut 200 jobs. The company said profits fell.",
            Named,
            Some("Marlow Therapeutics"),
            Some("said"),
        ),
        // (Not a person whose surname is such a word.)
        (
            "Local farmer Ben Estates said the crops had failed. The company said insurance would cover losses.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        // A member of a named body, unnamed: the whole description.
        (
            "A member of the Canal Street Residents' Association, who asked not to be named, said the plan was rushed.",
            Anonymous,
            Some("a member of the canal street residents' association"),
            Some("said"),
        ),
        // A spokesperson's own anonymity leaves whom they speak for the source.
        (
            "A spokesperson for Harlow Council, who declined to be named, said the plan would go ahead.",
            Named,
            Some("Harlow Council"),
            Some("said"),
        ),
        // One who is told something is no speaker.
        (
            "Helen Abernathy retired in June. Abernathy laughed when told of this.",
            Unattributed,
            None,
            None,
        ),
        (
            "Helen Abernathy retired in June. Abernathy laughed when told of this. She said she would consider it.",
            Named,
            Some("Helen Abernathy"),
            Some("said"),
        ),
    ]);
}

#[test]
fn a_drugmaker_a_statement_after_the_verb_and_analysts_at_a_bank() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Shares of Veltrona Therapeutics jumped 40 percent on Tuesday after the drugmaker said its experimental treatment cut deaths.",
            Named,
            Some("Veltrona Therapeutics"),
            Some("said"),
        ),
        (
            "Shares of Veltrona Therapeutics jumped 40 percent on Tuesday after the drugmaker said its treatment worked. Analysts at Brenmoor Bank raised their target. The company declined to comment on what it called market speculation.",
            Named,
            Some("Veltrona Therapeutics"),
            Some("declined to"),
        ),
        // "…, the company said in a statement" trails the sentence as "…, the company said" does.
        (
            "Veltrona Therapeutics said the trial was a success. The study of 4,200 patients found that the drug cut deaths by 20 percent compared with placebo, the company said in a statement.",
            Named,
            Some("Veltrona Therapeutics"),
            Some("said"),
        ),
        // An opening phrase of where it was said is the main clause's subject's, when no other
        // cue has a speaker.
        (
            "In a joint statement, the two governments committed to a new rail link.",
            Anonymous,
            Some("the two governments"),
            Some("in a joint statement"),
        ),
        (
            "In a statement on Monday, police warned drivers to stay away.",
            Anonymous,
            Some("police"),
            None,
        ),
        // A person's role "of" a thing, with nobody it stands for, is an unnamed person.
        (
            "The owner of the restaurant said business had doubled.",
            Anonymous,
            Some("the owner of the restaurant"),
            Some("said"),
        ),
        (
            "The captain of the vessel, who has not been named, said the crew was safe.",
            Anonymous,
            Some("the captain of the vessel"),
            Some("said"),
        ),
        // Being denied a visa or bail is no stance anybody took in the sentence.
        (
            "The team arrived after many difficulties. They were twice denied visas to enter the United States.",
            Unattributed,
            None,
            None,
        ),
        (
            "San Bernardino shooter's friend denied bail.",
            Unattributed,
            None,
            None,
        ),
        // People by their role and where they work speak through a participle after their
        // clause.
        (
            "Analysts at Brenmoor Bank raised their price target on the stock, saying the data removed a major risk.",
            Anonymous,
            Some("analysts"),
            Some("saying"),
        ),
    ]);
}

/// Inputs that once reached a slice with its end before its start.
#[test]
fn a_quotation_mark_right_after_for_is_no_name() {
    let (class, source, _) =
        last("\"It will hurt drivers,\" said a spokesperson for \u{201c}Fair Fuel UK\u{201d}.");
    assert_eq!(class, ClaimClass::Anonymous, "{source:?}");
}

/// From reading slant's claims on real news (BASIL articles of Fox News, The New York Times and
/// HuffPost) against the conventions.
#[test]
fn a_capitalised_office_set_off_people_counted_with_a_bound_and_a_spokesperson_before_a_participle()
{
    use ClaimClass::*;
    assert_last(&[
        // A capitalised office after "The" titles the name set off after it.
        (
            "The Prime Minister, Keir Starmer, visited the site on Monday. He said the failings were serious.",
            Named,
            Some("Keir Starmer"),
            Some("said"),
        ),
        (
            "The Health Secretary, Wes Streeting, visited the hospital on Monday. He said the failings were serious.",
            Named,
            Some("Wes Streeting"),
            Some("said"),
        ),
        (
            "The Parliamentary Ombudsman, Rob Behrens, published his report on Monday. The ombudsman said the failings were serious.",
            Named,
            Some("Rob Behrens"),
            Some("said"),
        ),
        // Applause with no object is no stance.
        (
            "The crowd applauded loudly when the mayor arrived.",
            Unattributed,
            None,
            None,
        ),
        (
            "The audience applauded as the verdict was read.",
            Unattributed,
            None,
            None,
        ),
        (
            "Opposition leaders applauded the decision.",
            Anonymous,
            Some("opposition leaders"),
            Some("applauded"),
        ),
        // People counted with a bound are unnamed, the bound and all.
        (
            "At least one GOP insider who had direct contact with Steele told the Washington Post that the chairman would run.",
            Anonymous,
            Some("at least one gop insider"),
            Some("told"),
        ),
        (
            "At least one insider told the Washington Post that the chairman would run.",
            Anonymous,
            Some("at least one insider"),
            Some("told"),
        ),
        // A role in the plural with where they are from, also a capitalised place, and a title's
        // "general" after the plural.
        (
            "Attorneys general in Utah and New Mexico said they had no immediate plans to join the suit.",
            Anonymous,
            Some("attorneys general"),
            Some("said"),
        ),
        (
            "Senators from Ohio and Indiana said the bill would pass.",
            Anonymous,
            Some("senators from ohio and indiana"),
            Some("said"),
        ),
        (
            "Teachers across Texas say the plan is unworkable.",
            Anonymous,
            Some("teachers across texas"),
            Some("say"),
        ),
        // A spokesperson "for" a name, or after an opening phrase, is the subject a participle
        // shares.
        (
            "A spokesperson for Grassley fired back Tuesday, telling FoxNews.com that the remarks were insulting.",
            Named,
            Some("Grassley"),
            Some("telling"),
        ),
        (
            "Sen. Chuck Grassley won again. A spokesperson for Grassley fired back, telling FoxNews.com that the remarks were insulting. The spokesperson also touted Grassley's record.",
            Named,
            Some("Chuck Grassley"),
            Some("touted"),
        ),
        (
            "At 9:52 p.m., a C.I.A. spokesman e-mailed a draft note to staff, warning that the State Department had concerns.",
            Named,
            Some("C.I.A."),
            Some("warning"),
        ),
        (
            "In May, a U.S. District Court judge sided with the Democrats, saying the law violated the Constitution.",
            Anonymous,
            Some("a u.s. district court judge"),
            Some("saying"),
        ),
    ]);
}

/// Also from reading BASIL articles: who an object is, hyphenated e-mails, an offer received, a
/// quotation set off by dashes.
#[test]
fn an_object_after_the_subjects_verb_is_no_speaker_and_a_quotation_in_dashes_is_the_outlets() {
    use ClaimClass::*;
    assert_last(&[
        // People named as the object of the subject's verb do not speak for the participle.
        (
            "Twenty-three minutes later, Ms. Nuland sent White House and intelligence officials an even more pointed e-mail, objecting that the talking points could be abused.",
            Named,
            Some("Nuland"),
            Some("objecting"),
        ),
        (
            "Hillary Clinton won Florida. Clinton celebrated in Florida with supporters, declaring it another super Tuesday for the campaign.",
            Named,
            Some("Hillary Clinton"),
            Some("declaring"),
        ),
        (
            "Bernie Sanders spoke in the evening. Sanders sent a mass text message to his supporters, asking them not to stage protests inside the hall.",
            Named,
            Some("Bernie Sanders"),
            Some("asking"),
        ),
        // (People right after a name are still the speakers.)
        (
            "FBI officials were angered by the deal and predicted it would affect other cases.",
            Anonymous,
            Some("fbi officials"),
            Some("predicted"),
        ),
        // E-mails spelled with a hyphen are documents.
        (
            "The 100 pages of e-mails showed a disagreement between the two men.",
            Anonymous,
            Some("the 100 pages of e-mails"),
            Some("showed"),
        ),
        // Being offered something is no speech.
        (
            "On Feb. 14, all senators were offered a briefing on the program.",
            Unattributed,
            None,
            None,
        ),
        // A quotation set off by dashes inside the outlet's sentence continues nobody's quote.
        (
            "Mr. Holder spoke to senators on Monday. The provisions — “one on roving authority for electronic surveillance and the other on business records” — were added to the law by the Patriot Act.",
            Unattributed,
            None,
            None,
        ),
        (
            "Mr. Holder spoke to senators on Monday. “We will not give up these provisions,” he said.",
            Named,
            Some("Holder"),
            Some("said"),
        ),
    ]);
}

/// From a near-miss review of the rules above: applause with an object stays a stance, and
/// people counted speak through a participle.
#[test]
fn applause_with_an_object_and_people_counted_before_a_participle() {
    use ClaimClass::*;
    assert_last(&[
        (
            "The crowd applauded his speech.",
            Anonymous,
            Some("the crowd"),
            Some("applauded"),
        ),
        (
            "Teachers' unions applauded loudly, saying the deal was long overdue.",
            Anonymous,
            Some("teachers' unions"),
            Some("applauded"),
        ),
        (
            "Lawmakers stood and applauded as the president entered.",
            Unattributed,
            None,
            None,
        ),
        (
            "The audience applauded politely at the end of the speech.",
            Unattributed,
            None,
            None,
        ),
        (
            "At least one person familiar with the negotiations said a deal was close.",
            Anonymous,
            Some("at least one person"),
            Some("said"),
        ),
        (
            "At least one of the suspects told police he had acted alone.",
            Anonymous,
            Some("at least one of the suspects"),
            Some("told"),
        ),
        (
            "Three hospitals in the region said they had run out of beds.",
            Anonymous,
            Some("three hospitals"),
            Some("said"),
        ),
        (
            "More than a thousand protesters marched on parliament, demanding new elections.",
            Anonymous,
            Some("protesters"),
            Some("demanding"),
        ),
        (
            "Lawmakers on Capitol Hill reacted swiftly, calling the decision reckless.",
            Anonymous,
            Some("lawmakers"),
            Some("calling"),
        ),
    ]);
}

/// From a third set of real news (BASIL) and a read of this code: the party and state in words,
/// a focus adverb, an opening clause on a conjunction, a dotted acronym after a cue, a cue's
/// object, and where an anonymity marker after the verb still speaks.
#[test]
fn a_party_in_words_a_focus_adverb_and_a_cues_object() {
    use ClaimClass::*;
    assert_last(&[
        // The New York Times' party and state after a name is no part of it.
        (
            "Senator Ted Cruz, Republican of Texas, said the deal was bad.",
            Named,
            Some("Ted Cruz"),
            Some("said"),
        ),
        (
            "Representative Allyson Y. Schwartz, Democrat of Pennsylvania, asked whether the panel would meet.",
            Named,
            Some("Allyson Y. Schwartz"),
            Some("asked"),
        ),
        (
            "Senator Bernie Sanders, independent of Vermont, said the bill was a giveaway.",
            Named,
            Some("Bernie Sanders"),
            Some("said"),
        ),
        (
            "Representative Jim Jordan, Republican of Ohio, tried to link the agency to the White House. He said the e-mails showed a pattern.",
            Named,
            Some("Jim Jordan"),
            Some("said"),
        ),
        (
            "Mr. Cummings also admonished his Republican colleagues for leaking the transcript.",
            Named,
            Some("Cummings"),
            Some("admonished"),
        ),
        // A focus adverb before people is no part of them.
        (
            "Even some of the most ardent conservatives say the deal is fair.",
            Anonymous,
            Some("some of the most ardent conservatives"),
            Some("say"),
        ),
        // An opening clause on a conjunction of time, of any length, stands before the subject.
        (
            "Rep. Michael Grimm was asked about the case. After reporter Michael Scotto finished his report, Grimm stormed back, leaned into him and said, “I will break you in half.”",
            Named,
            Some("Michael Grimm"),
            Some("said"),
        ),
        // A dotted acronym after a cue keeps its last letter.
        (
            "The strike killed four people, according to the C.I.A.",
            Named,
            Some("C.I.A."),
            Some("according to"),
        ),
        (
            "It is now cleared to fly again, according to the F.A.A.",
            Named,
            Some("F.A.A."),
            Some("according to"),
        ),
        // A cue that ends on its preposition has its object after it, never its speaker.
        (
            "Mr. Morell crossed out five lines that referred to C.I.A. warnings about the threat.",
            Agentless,
            None,
            Some("referred to"),
        ),
        (
            "When asked about the strike, President Barack Obama said he had been briefed.",
            Named,
            Some("Barack Obama"),
            Some("said"),
        ),
        // People after a passive's "by" or opening a clause after the verb still speak; so do
        // people the clause after the verb names as far as the cue.
        (
            "The mayor was booed by protesters, shouting that he had failed them.",
            Anonymous,
            Some("protesters"),
            Some("shouting"),
        ),
        (
            "The minister resigned after officials leaked the memo, saying the plan was dead.",
            Anonymous,
            Some("officials"),
            Some("saying"),
        ),
        (
            "Vladimir Putin stressed that the restrictions began when they started expelling Russian diplomats.",
            Named,
            Some("Vladimir Putin"),
            Some("stressed"),
        ),
        // An office's word after a given name, ending the name, is a surname.
        (
            "“I believe he will follow through,” independent Sen. Angus King of Maine, who caucuses with the Democrats, told reporters on Monday.",
            Named,
            Some("Angus King"),
            Some("told"),
        ),
        (
            "Martin Luther King Jr. told the crowd that he had a dream.",
            Named,
            Some("Martin Luther King Jr"),
            Some("told"),
        ),
        (
            "MoveOn.org, one of the most influential progressive groups, similarly panned the agreement.",
            Named,
            Some("MoveOn.org"),
            Some("panned"),
        ),
        // A one-word name met with a title is a person's, no company.
        (
            "President Trump went after Huma Abedin on Tuesday. Trump tweeted early Tuesday. In 2013, the company said in a statement that all accounts were affected.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        // A dash opening a paragraph before a quotation sets off nothing of the outlet's.
        (
            "“We will fight this in every court,” Smith said on Monday.\n\n— “No new taxes will be raised while I hold this office.”",
            Named,
            Some("Smith"),
            None,
        ),
    ]);
}

/// From a second read of this stop's code: what the new rules must leave alone.
#[test]
fn an_office_that_opens_a_title_people_met_and_times_are_left_alone() {
    use ClaimClass::*;
    assert_last(&[
        // An office's first word is no given name: the office stays whole.
        (
            "The Prime Minister of Israel said the talks would resume.",
            Named,
            Some("Prime Minister of Israel"),
            Some("said"),
        ),
        (
            "The Deputy Prime Minister of Ukraine said the talks would resume.",
            Named,
            Some("Deputy Prime Minister of Ukraine"),
            Some("said"),
        ),
        // Names after "and" with no verb of their own open no clause.
        (
            "Lawmakers met with Biden and Harris, saying the talks went well.",
            Anonymous,
            Some("lawmakers"),
            Some("saying"),
        ),
        // A time after "on" is no place of the people.
        (
            "Senators on Tuesday passed the bill, saying it would save lives.",
            Anonymous,
            Some("senators"),
            Some("saying"),
        ),
        // People after a copula's adjective are no object: the subject still speaks.
        (
            "The governor was at odds with lawmakers, saying the budget was fine.",
            Anonymous,
            Some("the governor"),
            Some("saying"),
        ),
        // A business's role before a one-word name is no title.
        (
            "TikTok owner ByteDance said it would appeal. The company said the ban was unlawful.",
            Named,
            Some("ByteDance"),
            Some("said"),
        ),
        (
            "Some 200 protesters marched on the palace, saying the vote was rigged.",
            Anonymous,
            Some("some 200 protesters"),
            Some("saying"),
        ),
        (
            "By noon, the Pentagon officials had left the room, saying the meeting was over.",
            Anonymous,
            Some("the pentagon officials"),
            Some("saying"),
        ),
        // A business's word opening a clause joined to the sentence's first is the business
        // that clause opens on; not a titled person.
        (
            "In 2013, Yahoo was hacked, and the company said in a statement that all accounts were affected.",
            Named,
            Some("Yahoo"),
            Some("said"),
        ),
        (
            "In 2013, Senator Smith was hacked, and the company said it had fixed the flaw.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        // A document's "from" after an inverted cue names its issuer.
        (
            "“We are disappointed,” said a statement from William McGinley.",
            Named,
            Some("William McGinley"),
            Some("said"),
        ),
        (
            "“We are disappointed,” said the statement from Grimm's attorney, William McGinley.",
            Named,
            Some("William McGinley"),
            Some("said"),
        ),
        // A verb after a participle clause, with where it was said, before a quotation.
        (
            "Ms. Nuland, reading the latest draft, complained in an e-mail, “These don’t resolve all my issues.”",
            Named,
            Some("Nuland"),
            Some("complained"),
        ),
        (
            "Ms. Nuland, reading the latest draft, warned on Monday, “These don’t resolve all my issues.”",
            Named,
            Some("Nuland"),
            Some("warned"),
        ),
        // A figure in thousands is one count.
        (
            "1,000 protesters marched on the palace, saying the vote was rigged.",
            Anonymous,
            Some("1,000 protesters"),
            Some("saying"),
        ),
        // "over" ends the source after a cue ("according to X over 345 pilgrims …").
        (
            "According to the Saudi Interior Ministry over 345 pilgrims have been killed in a stampede.",
            Named,
            Some("Saudi Interior Ministry"),
            Some("according to"),
        ),
        ("The deal panned out in the end.", Unattributed, None, None),
        (
            "Supporters applauded and waved flags.",
            Unattributed,
            None,
            None,
        ),
    ]);
}

#[test]
fn a_quotations_close_a_second_office_and_a_possessor_in_the_same_sentence() {
    use ClaimClass::*;
    assert_last(&[
        // A quotation that ends on "be" or "been" before an inverted cue is no passive: the
        // speaker after the cue is named.
        (
            "“Of course I was surprised, who wouldn’t be?” said the legislator, Representative Carl Seel.",
            Named,
            Some("Carl Seel"),
            Some("said"),
        ),
        ("\"It will be,\" said Smith.", Named, Some("Smith"), Some("said")),
        (
            "“It has been,” said the mayor, Jane Roe.",
            Named,
            Some("Jane Roe"),
            Some("said"),
        ),
        (
            "\"We are not happy, because the public will be,\" said Joseph Conlon, a mosquito expert.",
            Named,
            Some("Joseph Conlon"),
            Some("said"),
        ),
        (
            "\"This is how America should be,\" said Cynthia Burgiss, 22, a student.",
            Named,
            Some("Cynthia Burgiss"),
            Some("said"),
        ),
        // A passive joined to its auxiliary by spaces and adverbs still is one.
        (
            "The remarks were first reported by The Times.",
            Named,
            Some("Times"),
            Some("reported"),
        ),
        // A second office is another office: the vice president is no "the president".
        (
            "Vice President Mike Pence said the talks went well. The president said he agreed.",
            Anonymous,
            Some("the president"),
            Some("said"),
        ),
        (
            "Lieutenant Governor Jane Roe said it was fine. The governor said it was not.",
            Anonymous,
            Some("the governor"),
            Some("said"),
        ),
        (
            "Deputy Director Ann Cole said the plan works. The director said it would fail.",
            Anonymous,
            Some("the director"),
            Some("said"),
        ),
        (
            "President Joe Biden spoke. Vice President Kamala Harris said the talks went well. The president said he agreed.",
            Named,
            Some("Joe Biden"),
            Some("said"),
        ),
        (
            "President Joe Biden spoke. Vice President Kamala Harris said the talks went well. The vice president said she agreed.",
            Named,
            Some("Kamala Harris"),
            Some("said"),
        ),
        (
            "The vice president dominated the debate, bombarding him with accusations. \"He was terrific,\" the president told reporters.",
            Anonymous,
            Some("the president"),
            Some("told"),
        ),
        // The second office itself finds the one introduced with it, and a military rank's
        // "vice" or "lieutenant" leaves the rank.
        (
            "Deputy Director Ann Cole said the plan works. The deputy director said it would fail.",
            Named,
            Some("Ann Cole"),
            Some("said"),
        ),
        (
            "Vice Admiral John Roe said the fleet is ready. The admiral said it would sail.",
            Named,
            Some("John Roe"),
            Some("said"),
        ),
        // (A second office of another kind in a description rules nobody out.)
        (
            "Jane Roe, a former assistant principal, won the race for governor. The governor said it was fine.",
            Named,
            Some("Jane Roe"),
            Some("said"),
        ),
        // "His campaign" after the same sentence gave a person's campaign is that person's.
        (
            "Attorney General Richard Blumenthal spoke on Monday. Blumenthal's campaign disputed a report in the New York Times as a distortion of his service, according to his campaign.",
            Named,
            Some("Richard Blumenthal"),
            Some("according to"),
        ),
        (
            "Mr. Trump's lawyer met Mr. Cohen on Monday, according to his lawyer.",
            Named,
            Some("Trump"),
            Some("according to"),
        ),
        (
            "Sen. Amy Klobuchar's office denied the report on Monday, her office said.",
            Named,
            Some("Amy Klobuchar"),
            Some("said"),
        ),
        (
            "Senator Tom Reed spoke first. Mayor Jane Roe's spokesman denied the report, according to her spokesman.",
            Named,
            Some("Jane Roe"),
            Some("according to"),
        ),
        // (Not a possessor of the other gender: "his" is not Ms. Roe.)
        (
            "Senator Tom Reed spoke first. Ms. Roe's campaign denied the report, according to his campaign.",
            Named,
            Some("Tom Reed"),
            Some("according to"),
        ),
        // (Nor with someone else "his" may stand for between, nor a company, nor across a
        // quotation.)
        (
            "Senator Tom Reed said he would sue. Smith's lawyer called him on Monday, his lawyer said.",
            Named,
            Some("Tom Reed"),
            Some("said"),
        ),
        (
            "Senator Tom Reed spoke first. Microsoft's lawyer met the judge on Monday, according to his lawyer.",
            Named,
            Some("Tom Reed"),
            Some("according to"),
        ),
        (
            "Senator Tom Reed spoke first. \"We know Trump's lawyer lied to the court,\" his lawyer said.",
            Named,
            Some("Tom Reed"),
            Some("said"),
        ),
    ]);
}

#[test]
fn a_time_before_a_passives_agent_a_letter_that_reads_and_a_places_people() {
    use ClaimClass::*;
    assert_last(&[
        // A time between a passive and its "by" leaves the agent the speaker.
        (
            "The fees were first reported in January 2017 by a California newspaper, The Press-Enterprise.",
            Named,
            Some("Press-Enterprise"),
            Some("reported"),
        ),
        (
            "The memo was first reported last week by The Post.",
            Named,
            Some("Post"),
            Some("reported"),
        ),
        (
            "The deal was announced on Monday by the ministry.",
            Anonymous,
            Some("the ministry"),
            Some("announced"),
        ),
        (
            "The deal was announced in the statement by the ministry.",
            Agentless,
            None,
            Some("announced"),
        ),
        (
            "The decision was announced earlier this week by the ministry.",
            Anonymous,
            Some("the ministry"),
            Some("announced"),
        ),
        // (Only for a verb of reporting: a margin is no agent.)
        (
            "The proposal was rejected in 2016 by a wide margin.",
            Agentless,
            None,
            Some("rejected"),
        ),
        // An adverb set off between an auxiliary and its participle keeps the passive.
        (
            "The plan was, reportedly, announced by the ministry.",
            Anonymous,
            Some("the ministry"),
            Some("announced"),
        ),
        // A newspaper's name after "The" is no person a later "he" stands for.
        (
            "The fees were first reported in 2017 by a California newspaper, The Press-Enterprise. He said the fees were legal.",
            Anonymous,
            Some("he"),
            Some("said"),
        ),
        // "reads" after a quotation inverts: the document is the speaker.
        (
            "“We are deeply concerned about the impact on our employees,” reads the letter.",
            Anonymous,
            Some("the letter"),
            Some("reads"),
        ),
        // "The", a place and people's noun: unnamed people, never the place.
        (
            "The Arizona group said the call came unexpectedly.",
            Anonymous,
            Some("the arizona group"),
            Some("said"),
        ),
        (
            "The Ohio delegation said the vote was fair.",
            Anonymous,
            Some("the ohio delegation"),
            Some("said"),
        ),
        (
            "The New York lawmaker proposed a 70 percent tax on top incomes.",
            Anonymous,
            Some("the new york lawmaker"),
            Some("proposed"),
        ),
        // (A place's public body is the place.)
        (
            "The New Zealand government announced a vote on the flag.",
            Named,
            Some("New Zealand"),
            Some("announced"),
        ),
    ]);
}

#[test]
fn a_negated_appositive_and_a_headlines_topic_before_a_colon() {
    use ClaimClass::*;
    assert_last(&[
        // An appositive set off after the subject may be negated: the subject speaks.
        (
            "Another man, not seen on camera, then tells Etheridge, \"We're just here for a project.\"",
            Anonymous,
            Some("another man"),
            Some("tells"),
        ),
        (
            "Mayor Jane Roe, not known for restraint, said the plan was dead.",
            Named,
            Some("Jane Roe"),
            Some("said"),
        ),
        (
            "Senator Tom Reed, never seen at the hearings, told reporters the bill would fail.",
            Named,
            Some("Tom Reed"),
            Some("told"),
        ),
    ]);
    // A headline's event or kind of story before a colon is its topic, not a speaker.
    let engine = Engine::new(RuleSet::default_rules());
    for title in [
        "Biden-Ryan Debate: All About Joe",
        "Senate Debate: Who Won the Night",
        "Weekend Recap: Storms Hit the Coast",
    ] {
        let s = engine.score(Document::new("t", format!("{title}\n\nThe storm hit.")));
        let head = &s.claims[0];
        assert_eq!(
            (head.class, head.source.as_ref().map(|s| s.name.as_str())),
            (ClaimClass::Unattributed, None),
            "{title}"
        );
    }
}

#[test]
fn what_a_second_read_of_the_new_rules_found() {
    use ClaimClass::*;
    assert_last(&[
        // A comma alone after "is" makes no passive of an inverted cue.
        (
            "The problem is, said Smith, that nobody listens.",
            Named,
            Some("Smith"),
            Some("said"),
        ),
        // A subject pronoun between an owner and "her office" is most often the owner.
        (
            "Senator Jane Roe criticized Gov. Ann Cole. Gov. Ann Cole's office said she had done nothing wrong, according to her office.",
            Named,
            Some("Ann Cole"),
            Some("according to"),
        ),
        // "Deputy Commander" is a second office; "Vice Admiral" a rank.
        (
            "Commander Jane Roe spoke. Deputy Commander Tom Reed said the base was closed. The commander said it would reopen.",
            Named,
            Some("Jane Roe"),
            Some("said"),
        ),
        // A time before the agent of any passive; a manner or an amount is no agent.
        (
            "The plan was criticized on Monday by Democrats.",
            Anonymous,
            Some("democrats"),
            Some("criticized"),
        ),
        (
            "The results were announced by text message.",
            Agentless,
            None,
            Some("announced"),
        ),
        (
            "According to a report from CNBC Tuesday, the plan is dead.",
            Named,
            Some("CNBC"),
            Some("according to"),
        ),
        // A weekday after a first name is part of the name; after any other word, when.
        (
            "Detective Joe Friday said the case was closed.",
            Named,
            Some("Joe Friday"),
            Some("said"),
        ),
        ("Microsoft Monday said profits rose.", Named, Some("Microsoft"), Some("said")),
        (
            "Emmanuel Monday said the club would appeal.",
            Named,
            Some("Emmanuel Monday"),
            Some("said"),
        ),
        // A postponement is no stance; a day after "pushed back on" leaves the stance.
        ("The launch was again pushed back on Friday.", Unattributed, None, None),
        (
            "The White House pushed back on Tuesday against the report.",
            Named,
            Some("White House"),
            Some("pushed back on"),
        ),
        // A second "by" ends the agent; people counted are agents.
        (
            "The bill was rejected by lawmakers by a wide margin.",
            Anonymous,
            Some("lawmakers"),
            Some("rejected"),
        ),
        (
            "The proposal was criticized by the hundreds who packed the hall.",
            Anonymous,
            Some("the hundreds"),
            Some("criticized"),
        ),
        (
            "The plan was criticized by thousands.",
            Anonymous,
            Some("thousands"),
            Some("criticized"),
        ),
        // Coordinated auxiliaries still make a passive; a comma before a cue a speaker may
        // follow makes none.
        (
            "The plan was, and still is, opposed by Democrats.",
            Anonymous,
            Some("democrats"),
            Some("opposed"),
        ),
        ("It was not, said Smith, a good plan.", Named, Some("Smith"), Some("said")),
    ]);
}

#[test]
fn an_unless_phrase_on_by_holds_across_a_time() {
    use ClaimClass::*;
    assert_last(&[
        // "backed by" names a backer, not a speaker, with a time between too.
        (
            "The startup was backed in 2019 by SoftBank.",
            Unattributed,
            None,
            None,
        ),
        (
            "The bill was supported last week by Democrats.",
            Unattributed,
            None,
            None,
        ),
        // (A reporting verb keeps its agent across the time.)
        (
            "The memo was first reported last week by The Post.",
            Named,
            Some("Post"),
            Some("reported"),
        ),
    ]);
}

#[test]
fn an_office_written_with_its_abbreviated_title_or_a_place() {
    use ClaimClass::*;
    assert_last(&[
        // "Gov." is the governor's title: "the governor" is Pence, not the one who spoke last.
        (
            "Gov. Mike Pence said the law was clear. Mark Emmert said he was concerned. The governor said he would fix it.",
            Named,
            Some("Mike Pence"),
            Some("said"),
        ),
        (
            "Gov. Mike Pence said the law was clear. Mark Emmert said he was concerned. The Governor said he would fix it.",
            Named,
            Some("Mike Pence"),
            Some("said"),
        ),
        // A place's office is the one introduced with the place, in a claim or not.
        (
            "Cruz was battling with Florida Sen. Marco Rubio for second place. Texas Sen. Ted Cruz said he was happy. The Florida senator said he would win.",
            Named,
            Some("Marco Rubio"),
            Some("said"),
        ),
        // One the text wrote with the office is nearer than a holder introduced earlier.
        (
            "Sen. Roy Blunt said the bill would pass. GOP Sen. John McCain is squeezed between two challengers. McCain said he had met Cruz once. The longtime senator said he rarely asks for help.",
            Named,
            Some("John McCain"),
            Some("said"),
        ),
    ]);
    // A member of Congress is a representative.
    assert_last(&[(
        "Rep. Debbie Wasserman Schultz hired Awan. Phil Kiko said the network was closed. The congresswoman said she was misled.",
        Named,
        Some("Debbie Wasserman Schultz"),
        Some("said"),
    )]);
    // A headline's office with its place is the holder the story names.
    let engine = Engine::new(RuleSet::default_rules());
    for (title, holder) in [
        (
            "Indiana Governor Says Legislators May Clarify Law",
            "Mike Pence",
        ),
        ("Governor Says Legislators May Clarify Law", "Mike Pence"),
        (
            "Texas Governor Says Legislators May Clarify Law",
            "Texas Governor",
        ),
    ] {
        let s = engine.score(Document::new(
            "t",
            format!("{title}\n\nGov. Mike Pence of Indiana said the law would be clarified."),
        ));
        let head = &s.claims[0];
        assert_eq!(
            (head.class, head.source.as_ref().map(|s| s.name.as_str())),
            (ClaimClass::Named, Some(holder)),
            "{title}"
        );
    }
}

#[test]
fn a_block_quotation_and_the_paragraph_that_introduces_it() {
    let engine = Engine::new(RuleSet::default_rules());
    // Inner paragraphs of a quotation that lost their reopening marks, scare quotes and all, are
    // the quotation's; a paragraph of narration ending on a colon introduces it.
    let text = "Clash in Raleigh\n\n\
        DNC spokesman Brad Woodhouse addressed the video in a statement Monday:\n\n\
        “Motives matter. This was a tracking operation.\n\n\
        But little is known about these “students.” Their faces are blurred out, you see.\n\n\
        It will be interesting to follow how this story plays out.”\n\n\
        The congressman apologized on Tuesday.";
    let rows = claim_rows(&engine, text);
    let got: Vec<(usize, ClaimClass, Option<&str>)> = rows
        .iter()
        .map(|(p, c, s)| (*p, *c, s.as_deref()))
        .collect();
    use ClaimClass::*;
    assert_eq!(
        got,
        vec![
            (0, Unattributed, None),
            (1, Named, Some("Brad Woodhouse")),
            (2, Named, Some("Brad Woodhouse")),
            (3, Named, Some("Brad Woodhouse")),
            (4, Named, Some("Brad Woodhouse")),
            // (An office with nobody introduced with it is still the person who spoke last.)
            (5, Named, Some("Brad Woodhouse")),
        ]
    );
    // An empty subject introduces nobody.
    let s = engine.score(Document::new(
        "t",
        "Refugees\n\nWait, it gets better:\n\n\"By law, the president sets the number.\""
            .to_string(),
    ));
    assert!(
        s.claims.iter().all(|c| c.class == Unattributed),
        "{:?}",
        s.claims
    );
}

#[test]
fn what_a_read_of_offices_and_block_quotations_found() {
    use ClaimClass::*;
    assert_last(&[
        // An office introduced in an appositive still stands for its holder.
        (
            "Lisa Park, the school's principal, said the roof leaked. The principal said repairs would start.",
            Named,
            Some("Lisa Park"),
            Some("said"),
        ),
        // A namesake is no holder: the whole name is compared, not the surname.
        (
            "Senator Rand Paul said the bill was flawed. Chris Paul said the game was close. The senator said he would vote no.",
            Named,
            Some("Rand Paul"),
            Some("said"),
        ),
        // "Lt. Gov." is a second office, as "Lieutenant Governor" is.
        (
            "Lt. Gov. Dan Patrick said the bill would pass. Gov. Greg Abbott said he would sign it. Mark Jones said the plan was flawed. The governor said the vote was close.",
            Named,
            Some("Greg Abbott"),
            Some("said"),
        ),
        // Where a holder went is not where they are from.
        (
            "Florida Sen. Rick Scott toured the site on Monday. Sen. Ted Cruz flew to Florida on Tuesday to join him. The Florida senator said the vote was close.",
            Named,
            Some("Rick Scott"),
            Some("said"),
        ),
    ]);
    let engine = Engine::new(RuleSet::default_rules());
    let claims = |text: &str| claim_rows(&engine, text);
    // A place's office with a role in lower case introduces the quotation after its colon.
    let got = claims(
        "Votes\n\nSen. Sherrod Brown of Ohio said the plant would close.\n\nTexas Sen. Ted Cruz said the deal was done.\n\nThe Ohio senator was blunt:\n\n“We have a deal and we will sign it next week.”",
    );
    let brown = Some("Sherrod Brown".to_string());
    assert_eq!(got[3..], [(3, Named, brown.clone()), (4, Named, brown)]);
    // Narration that reports someone's words is no part of a quote left open before it.
    let got = claims(
        "Storm\n\n“We will fight on,\n\nPolice said 40 people were arrested.\n\nIt is over now,\" she said.",
    );
    assert_eq!(got[2], (2, Anonymous, Some("police".to_string())));
    // An inch mark closes nothing: the game between two heights is the outlet's.
    let got = claims(
        "Game\n\nThe 6'2\" forward scored 20 points.\n\nThe team won its third straight game.\n\nThe 6'4\" center added 12 rebounds.",
    );
    assert!(got.iter().all(|c| c.1 == Unattributed), "{got:?}");
}

#[test]
fn an_opening_statement_phrase_a_long_appositive_and_refused_service() {
    use ClaimClass::*;
    assert_last(&[
        // An opening "In a statement …," phrase gives way to the main clause's cue.
        (
            "Jesse Jackson Jr. resigned in November. In a statement issued by his lawyers on Friday after court records indicated he planned a guilty plea, Jackson said he had “no excuses” for his conduct.",
            Named,
            Some("Jesse Jackson Jr"),
            Some("said"),
        ),
        // A long appositive ending on a list of names leaves the name before it the speaker.
        (
            "'They are reading it like a sacred text,' Rep. Jerrold Nadler, D-N.Y., the former chairman of the House Judiciary subcommittee on the Constitution, Civil Rights and Civil Liberties, told The Washington Post.",
            Named,
            Some("Jerrold Nadler"),
            Some("told"),
        ),
        // A title that ends on its office names nobody of its own before "and".
        (
            "Connecticut Attorney General and U.S. Senate candidate Richard Blumenthal said he misspoke.",
            Named,
            Some("Richard Blumenthal"),
            Some("said"),
        ),
        (
            "Texas Gov. Greg Abbott and Lt. Gov. Dan Patrick said they agreed.",
            Named,
            Some("Greg Abbott and Dan Patrick"),
            Some("said"),
        ),
        // Refusing service is no denial.
        (
            "Mr. Pence did not directly answer whether the law might protect a Christian florist who denied service to a gay couple.",
            Unattributed,
            None,
            None,
        ),
    ]);
}

#[test]
fn what_a_second_read_of_offices_and_block_quotations_found() {
    use ClaimClass::*;
    assert_last(&[
        // The nearest holder introduced in an appositive, before an older titled one.
        (
            "Principal Bill Smith retired last year. Tom Jones, the new principal, said the school would reopen. The principal said classes start Monday.",
            Named,
            Some("Tom Jones"),
            Some("said"),
        ),
        // "Representative" is a member of Congress only as a title.
        (
            "Rep. Jim Jordan said the bill was flawed. Union representative Jane Doe said the deal was fair. The congressman said he would vote no.",
            Named,
            Some("Jim Jordan"),
            Some("said"),
        ),
        // An abbreviated rank after "Lt." stays the rank.
        (
            "Lt. Gen. Mark Reed said the base was ready. Jane Roe said it was not. The general said troops would stay.",
            Named,
            Some("Mark Reed"),
            Some("said"),
        ),
        // "by" and an act after a time is no passive's agent: the subject's stance stands.
        (
            "Trump attacked on Monday by calling the judge biased.",
            Named,
            Some("Trump"),
            Some("attacked"),
        ),
        // Knowing a person is no claim; knowing a fact is.
        ("Joe Biden knew Lloyd Bentsen.", Unattributed, None, None),
        ("Biden knew Trump would win.", Named, Some("Biden"), Some("knew")),
    ]);
    let engine = Engine::new(RuleSet::default_rules());
    let claims = |text: &str| claim_rows(&engine, text);
    // Narration with any cue of its own is no part of a quote left open before it.
    let got = claims(
        "Plan\n\nSmith said: “We will fight on,\n\nJones argued the plan was a mistake.\n\nIt is over now,\" she said.",
    );
    assert_eq!(got[2], (2, Named, Some("Jones".to_string())));
    // A straight closer right after a year still closes the carried quote.
    let got = claims(
        "Climate\n\nSmith said: \"Our goal is clear.\n\nWe will reach zero by 2050\", she said.",
    );
    assert_eq!(got[2], (2, Named, Some("Smith".to_string())));
    // One spoken to introduces nobody's quotation.
    let got = claims(
        "Votes\n\nSen. Sherrod Brown of Ohio said the deal was done.\n\nThe senator was heckled by a voter:\n\n“Why did you vote against the deal?”",
    );
    assert_eq!(got[2], (2, Unattributed, None));
    // A role with a comma or a possessive after its place introduces the quotation.
    let got = claims(
        "Votes\n\nSen. Sherrod Brown of Ohio said the deal was done.\n\nThe Ohio senator, a Democrat, was blunt:\n\n“We have a deal.”",
    );
    assert_eq!(got[2], (2, Named, Some("Sherrod Brown".to_string())));
}

#[test]
fn what_a_third_read_of_offices_and_block_quotations_found() {
    use ClaimClass::*;
    assert_last(&[
        // Knowing people who did something is a claim about it.
        (
            "Officials knew Smith and Jones had lied about the money.",
            Anonymous,
            Some("officials"),
            Some("knew"),
        ),
        // (Also after "The": "The Connecticut Attorney General and U.S. Senate candidate
        // Richard Blumenthal" is one person.)
        (
            "The Connecticut Attorney General and U.S. Senate candidate Richard Blumenthal said he misspoke.",
            Named,
            Some("Richard Blumenthal"),
            Some("said"),
        ),
        // A company after "by" is no act.
        ("The deal was backed last week by Boeing and Airbus.", Unattributed, None, None),
        // An appositive's possessive or relative clause is no holder of the office.
        (
            "Lisa Park, the principal, said the plan would fail. Tom Jones, the principal's husband, said the plan would work. Park said she was not worried. The principal said the vote was close.",
            Named,
            Some("Lisa Park"),
            Some("said"),
        ),
        (
            "Chris Vale, the incumbent, said the plan would fail. Tom Jones, who is challenging the incumbent, said the plan would work. Vale said he was not worried. The incumbent said the vote was close.",
            Named,
            Some("Chris Vale"),
            Some("said"),
        ),
    ]);
    let engine = Engine::new(RuleSet::default_rules());
    let claims = |text: &str| claim_rows(&engine, text);
    // A sentence that ends its paragraph on a known person is no claim either.
    let got = claims("Debate\n\nJoe Biden knew Lloyd Bentsen.\n\nThe debate went on.");
    assert_eq!(got[1], (1, Unattributed, None));
    // Narration in the third person is no part of a quote left open before it.
    let got = claims(
        "Plan\n\n“We will fight on,” Smith said. “We have the votes and we will use them.\n\nJones, however, thinks the plan will fail.\n\nIt is over now,\" she said.",
    );
    assert!(
        got.contains(&(2, Named, Some("Jones".to_string()))),
        "{got:?}"
    );
    // A closer after an apostrophe year closes; an inch before a word does not.
    let got = claims(
        "Climate\n\nSmith said: \"We will cut emissions by half.\n\nOur goal is clear.\n\nWe will reach zero by '50\", she said.",
    );
    assert_eq!(got[2], (2, Named, Some("Smith".to_string())));
    let got = claims(
        "Game\n\nThe 6'2\" forward scored 20 points.\n\nThe team won its third straight game.\n\nHe said 12\" of snow fell.",
    );
    assert_eq!(got[2], (2, Unattributed, None));
    // A closer with narration after it ends no block quotation.
    let got = claims(
        "Art\n\nSmith said: “We will fight on.\n\nWe have the votes.\n\nWilkins said,\" Warhol liked the show and bought three prints that year for his studio.",
    );
    assert!(
        got.contains(&(3, Named, Some("Wilkins".to_string()))),
        "{got:?}"
    );
}

#[test]
fn what_a_fourth_read_of_offices_and_block_quotations_found() {
    use ClaimClass::*;
    assert_last(&[
        // An abbreviation ends no name a fact follows.
        (
            "Officials knew Gov. Abbott had lied about the money.",
            Anonymous,
            Some("officials"),
            Some("knew"),
        ),
        // Another's possessive before the office is no bar: "the school's principal".
        (
            "Lisa Park, the school's principal, said the plan would fail. Tom Jones said the plan would work. The principal said the vote was close.",
            Named,
            Some("Lisa Park"),
            Some("said"),
        ),
    ]);
    let engine = Engine::new(RuleSet::default_rules());
    let claims = |text: &str| claim_rows(&engine, text);
    // A year before a word closes a carried quote; it is no inch.
    let got = claims(
        "Climate\n\nSmith said: \"We will cut emissions.\n\nOur goal is net zero.\n\nWe will get there by 2050\" and not a year later, she said.",
    );
    assert!(
        got.contains(&(3, Named, Some("Smith".to_string()))),
        "{got:?}"
    );
    // People after "by" speak to the one the colon line opens on.
    let got = claims(
        "Votes\n\nSen. Sherrod Brown of Ohio said the deal was done.\n\nThe senator was interrupted repeatedly by protesters:\n\n“Why did you vote against the deal?”",
    );
    assert_eq!(got[2], (2, Unattributed, None));
    // A numeral "I" is no first person.
    let got = claims(
        "Vote\n\n“We will fight on,” Smith said. “We have the votes and we will use them.\n\nThe memorial honors veterans of World War I.\n\nIt is over now,\" she said.",
    );
    assert!(got.contains(&(2, Unattributed, None)), "{got:?}");
}

/// A new real-news dev set (BASIL, third outlets of events 0–7): a long appositive with a
/// relative clause, a marker in the first of two coordinated clauses, a name as a verb's object
/// before "who", people counted with adjectives, states counted, a mid-sentence "made clear",
/// "reveal that" and "relayed".
#[test]
fn what_a_dev_set_of_third_outlets_found() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Rich Heffley, a top Tallahassee GOP operative who played a major role in John McCain’s big Florida win in 2008 and is now running Bush’s early-vote efforts in the state, said the absentee program is a “critical part of our strategy.”",
            Named,
            Some("Rich Heffley"),
            Some("said"),
        ),
        (
            "Hastily politicizing the tragedy in Nice, Trump cast the blame on his democratic rivals in the U.S., and emphasized the threat that terrorism poses to the world.",
            Named,
            Some("Trump"),
            Some("emphasized"),
        ),
        (
            "But Trump's hardline approach to immigration alienated Bloomberg, who often makes the case that an open immigration policy is needed.",
            Named,
            Some("Bloomberg"),
            Some("makes the case"),
        ),
        // (After "of" the pronoun stands for the name before: Sanders, not Vermont.)
        (
            "He met Sen. Bernie Sanders of Vermont, who said the bill was dead.",
            Named,
            Some("Bernie Sanders"),
            Some("said"),
        ),
        (
            "In earlier interviews, some local law-enforcement officers along Colorado’s borders said that they had not seen an increase.",
            Anonymous,
            Some("some local law-enforcement officers"),
            Some("said"),
        ),
        (
            "DENVER — Two heartland states filed the first major court challenge to marijuana legalization on Thursday, saying that the shops should be shut down.",
            Anonymous,
            Some("two heartland states"),
            Some("saying"),
        ),
        (
            "Mr. Perry was not suggesting any rounding up of illegal immigrants, an aide later made clear, but calling for all people arrested to be checked.",
            Anonymous,
            Some("an aide"),
            Some("made clear"),
        ),
        (
            "Obama ran as an antidote to Bush's policies in 2008, but the reports reveal that he has continued many of them.",
            Anonymous,
            Some("the reports"),
            Some("reveal"),
        ),
        (
            "Senior administration officials, discussing that internal review, relayed that some CIA officials didn't like the draft.",
            Anonymous,
            Some("senior administration officials"),
            Some("relayed"),
        ),
        // A place's clause on "where" is set off like one on "which"; not one whose subject
        // speaks.
        (
            "But the lawsuit from Nebraska and Oklahoma, where marijuana is still outlawed, argues that Colorado has “created a dangerous gap” in the system.",
            Named,
            Some("Nebraska and Oklahoma"),
            Some("argues"),
        ),
        (
            "The furor extended to the other side of the Capitol, where Senate Minority Leader Harry M. Reid (D-Nev.) told reporters that he had spoken to Jeh Johnson.",
            Named,
            Some("Harry M. Reid"),
            Some("told"),
        ),
        // "which" after a description on "an" stands for it; an email is a document.
        (
            "The cache of emails paint a fuller picture than did an email leaked earlier this week, which portrayed a State Department concerned about its public image.",
            Anonymous,
            Some("an email leaked earlier this week"),
            Some("portrayed"),
        ),
    ]);
    let engine = Engine::new(RuleSet::default_rules());
    // A marker that is the subject of a clause on "with" still speaks for the verb joined to
    // its own.
    let got = claim_rows(
        &engine,
        "China\n\nThe United States stepped up pressure on China on Saturday, with top defense officials underlining Washington’s military superiority and vowing to remain.",
    );
    assert_eq!(got[1].1, Anonymous, "{got:?}");
    // Near misses the code reads found, and cases from a third dev set (events 16–23).
    assert_last(&[
        // Counts described by a participle, "which" for a whole event, a marker with a verb of
        // its own, counts that run over "of the" or a time, an opening phrase before a long
        // description.
        (
            "Officials reported 12 cases, four confirmed, and two deaths.",
            Anonymous,
            Some("officials"),
            None,
        ),
        (
            "Trump fired Comey, which suggested that the investigation was over.",
            Agentless,
            None,
            None,
        ),
        (
            "Across Europe on Monday officials scrambled and warned of a crisis.",
            Anonymous,
            Some("officials"),
            None,
        ),
        (
            "Three of the four states said the plan failed.",
            Anonymous,
            Some("three of the four states"),
            None,
        ),
        (
            "Ten states sued the government on Friday, saying the rule was illegal.",
            Anonymous,
            Some("ten states"),
            None,
        ),
        (
            "In Washington, a senior official who spoke on condition of anonymity because he was not authorized to discuss the talks with reporters, said the deal was close.",
            Anonymous,
            Some("a senior official"),
            None,
        ),
        // An adverb in "-ly" after people in the plural is no part of them; "her family" keeps
        // its noun.
        (
            "Other Republicans quickly criticized Mr. Braley.",
            Anonymous,
            Some("other republicans"),
            None,
        ),
        (
            "Her family said the claims were false.",
            Anonymous,
            Some("her family"),
            None,
        ),
        // A "where" clause whose subject speaks, a reaction "which" draws, a trailing verb with
        // an object, "relayed" of signals.
        (
            "Twelve people died in Kabul, where the Interior Ministry, in a statement, said the toll would rise.",
            Named,
            Some("Interior Ministry"),
            None,
        ),
        (
            "The governor vetoed a bill, which drew criticism from Democrats.",
            Anonymous,
            Some("democrats"),
            Some("criticism"),
        ),
        (
            "Officials said the plant would close, the company confirmed the layoffs on Monday, and workers said they were angry.",
            Anonymous,
            Some("officials"),
            None,
        ),
        (
            "The images were relayed by satellite to the base.",
            Unattributed,
            None,
            None,
        ),
        // A state after a town and a home town set off after a name are no speakers.
        (
            "Federal officials familiar with the server taken from the house in Chappaqua, N.Y., speaking on the condition of anonymity, said the server was not hacked.",
            Anonymous,
            Some("federal officials"),
            None,
        ),
        (
            "Officials in Austin, Texas, said the storm was bad.",
            Anonymous,
            Some("officials in austin"),
            None,
        ),
        // "who" after people a quantifier counts, as the object of an irregular verb, stands
        // for them.
        (
            "But that upset other Republicans, who said that Ms. Lerner should not be let go so quickly.",
            Anonymous,
            Some("other republicans"),
            None,
        ),
    ]);
    assert_named(
        &[
            // A surname's place is no part of a later mention.
            (
                "He met Sanders of Vermont, who said the bill was dead. Sanders later said it would pass.",
                "Sanders",
            ),
            (
                "Dewayne Smithy, 33, of Baldwin, Miss., dismisses the idea that voting matters.",
                "Dewayne Smithy",
            ),
            (
                "Bishop Daniel Jenky, of Peoria, Ill., said in a homily that the law was unjust.",
                "Daniel Jenky",
            ),
            // A capitalised office and where it is held, set off after a name, describe it.
            (
                "Robert McManus, Roman Catholic Bishop of Worcester, Massachusetts, said it on February 8.",
                "Robert McManus",
            ),
            (
                "''It's just long and tiring,'' Tina Tchen, Mrs. Obama's chief of staff, said in an interview.",
                "Tina Tchen",
            ),
            (
                "In Washington, Secretary of State Mike Pompeo, speaking to reporters, said the talks would resume.",
                "Mike Pompeo",
            ),
            // Not after an opening phrase ending on "of" and a name, an opening word or a
            // description, nor a home town after no name.
            (
                "After the death of Navalny, Britain said it would act.",
                "Britain",
            ),
            (
                "In a statement from Geneva, WHO said the risk was low.",
                "World Health Organization",
            ),
            (
                "The president of Mexico, AMLO, said the deal was fair.",
                "AMLO",
            ),
            (
                "Later, Secretary of State Pompeo, speaking to reporters, said the talks would resume.",
                "Secretary of State Pompeo",
            ),
            (
                "The group, Friends of the Earth, said the plan was weak.",
                "Friends of the Earth",
            ),
            (
                "A statement, of Amnesty International, said the plan was weak.",
                "Amnesty International",
            ),
            (
                "But Mr. Royce, of California, called Friday for a vote.",
                "Royce",
            ),
            (
                "“No,” replied Jeff Zucker, President of CNN Worldwide, said simply.",
                "Jeff Zucker",
            ),
            // A country that speaks after a place, a means after "by".
            (
                "Drones struck an oil depot in Bryansk, Russia said.",
                "Russia",
            ),
            ("Two rockets were fired from Gaza, Israel said.", "Israel"),
            (
                "Speaking at talks in Geneva, Russia said the deal was off.",
                "Russia",
            ),
            (
                "After the attack in Kharkiv, Ukraine, which has asked for more air defence, said it needed help.",
                "Ukraine",
            ),
            (
                "Sen. Maria Lopez, who was first elected in 2008, confirmed by phone that she would run.",
                "Maria Lopez",
            ),
            // A report's participle set off after a comma has its agent after it.
            (
                "Abedin forwarded sensitive emails to her personal account before it was hacked, first reported by the Daily Caller.",
                "Daily Caller",
            ),
            // (A place piece is one or two capitalised words: "Speaking in Beijing, Chinese
            // Foreign Ministry spokesman Lu Kang … that China" names no "Speaking" a later "he"
            // stands for.)
            (
                "Speaking in Beijing, Chinese Foreign Ministry spokesman Lu Kang repeated that China opposed hacking. People should provide evidence, he told reporters.",
                "Lu Kang",
            ),
        ],
        |got, want| got == want,
    );
    // Sources that must not be found: an object an adverb after "has" leaves, a time counted,
    // the agent of a participle that reports nothing.
    for (text, not) in [
        (
            "Orban has seen the influence of George Soros and his organizations in Hungary and has openly criticized it and Soros, calling Soros a \"public enemy.\"",
            "George Soros",
        ),
        (
            "Three days later police said the man had fled.",
            "three days",
        ),
        (
            "The immigration bill, opposed by House Republicans, never became law.",
            "house republicans",
        ),
        (
            "Clinton, pressed by moderator Dana Bash to release transcripts, turned the issue to Sanders.",
            "Dana Bash",
        ),
    ] {
        assert_ne!(last(text).1.as_deref(), Some(not), "{text}");
    }
    // A verb in the past tense alone is nobody a later "they" stands for.
    let got = claim_rows(
        &engine,
        "Talking points\n\nRepublican lawmakers have argued that the department was attempting to alter the points and ignored suggestions. In particular, they pointed to the fact that references were removed.",
    );
    assert_eq!(
        got.last(),
        Some(&(1, Anonymous, Some("republican lawmakers".to_string()))),
        "{got:?}"
    );
    // "Nothing" names nobody.
    let got = claim_rows(
        &engine,
        "Emails\n\nNothing in the emails supports theories that the talking points were changed.",
    );
    assert!(
        got.iter().all(|(_, _, s)| s.as_deref() != Some("Nothing")),
        "{got:?}"
    );
    // "reveal" with no "that" is no cue: "what he might reveal about Trump", a headline's
    // "Media Reports Reveal Reason".
    for text in [
        "Flynn\n\nFlynn is now cooperating with investigators, though it is unclear what exactly he might reveal about Trump.",
        "Media Reports Reveal Reason Behind Trump’s Firing Of Campaign Manager\n\nThe campaign was quiet.",
    ] {
        let got = claim_rows(&engine, text);
        assert!(
            got.iter().all(|(_, c, _)| *c == Unattributed),
            "{text}\n{got:?}"
        );
    }
}

/// Cases from a fourth dev set of real news (BASIL, the second outlet of eight more events) and
/// from reading every unnamed source the gold files' claims gave: a noun cue's modifiers are no
/// speaker, an unnamed group keeps only its own words, and a few names of things or of people.
#[test]
fn what_a_fourth_dev_set_found() {
    use ClaimClass::*;
    assert_last(&[
        // A noun cue's words before it describe it ("longtime support", "specific tax
        // proposals"); the one who made it is an owner or the clause's subject.
        (
            "That longtime support cuts against another Clinton debate line.",
            Agentless,
            None,
            Some("support"),
        ),
        (
            "Mr. Huckabee won the caucuses that year with evangelical support, but he trails far behind this year.",
            Agentless,
            None,
            Some("support"),
        ),
        (
            "Specific tax proposals will not become law anytime soon.",
            Agentless,
            None,
            Some("proposals"),
        ),
        (
            "He has twice as much support overall, but still trails Clinton and Sanders.",
            Agentless,
            None,
            Some("support"),
        ),
        (
            "Paul Ryan opened the debate with tough criticism of the Obama administration.",
            Named,
            Some("Paul Ryan"),
            Some("criticism"),
        ),
        (
            "Donald Trump fired back with a snarky statement.",
            Named,
            Some("Donald Trump"),
            Some("statement"),
        ),
        // A word that is a noun or a verb is a verb after a description that agrees with it.
        (
            "A growing number of Democratic senators support reforming the party’s superdelegate system.",
            Anonymous,
            Some("a growing number of democratic senators"),
            Some("support"),
        ),
        (
            "More than half the senators surveyed support at least lowering the number of superdelegates.",
            Anonymous,
            Some("half the senators surveyed"),
            Some("support"),
        ),
        (
            "Australian woman claims Church of Scientology imprisoned her for twelve years.",
            Anonymous,
            Some("australian woman"),
            Some("claims"),
        ),
        (
            "His plan calls for rates that rise with earnings.",
            Anonymous,
            Some("his plan"),
            Some("calls for"),
        ),
        // (Not after a gerund or a preposition, whose object the words are.)
        (
            "Ruth Bader Ginsburg spoke.\n\nGinsburg, who made her name as a lawyer by bringing discrimination claims, said it was possible that Wal-Mart could refute the claims at a trial.",
            Named,
            Some("Ruth Bader Ginsburg"),
            Some("said"),
        ),
        // An owner opening the sentence owns a noun cue past its modifiers.
        (
            "Donald Trump spoke first.\n\nHis harsh attacks on illegal immigrants and his promise to build a wall were about more than immigration.",
            Named,
            Some("Donald Trump"),
            Some("attacks on"),
        ),
        (
            "Hillary Clinton spoke first.\n\nHer policy proposals are as detailed and numerous as his are broad.",
            Named,
            Some("Hillary Clinton"),
            Some("proposals"),
        ),
        // A noun cue in a phrase of time or topic set off before the main clause is not its cue.
        (
            "Mr. Pence, briefing reporters after Mr. Trump’s remarks, said the speech reflected a painstaking process.",
            Named,
            Some("Pence"),
            Some("said"),
        ),
        (
            "Bernie Sanders spoke.\n\nA few hours before Mrs. Clinton’s remarks, Mr. Sanders repeated his challenge to her to oppose the trade agreement.",
            Named,
            Some("Bernie Sanders"),
            Some("repeated"),
        ),
        (
            "Speaking earlier on ABC about Santorum's remarks, Obama campaign aide Robert Gibbs called his rhetoric well over the line.",
            Named,
            Some("Robert Gibbs"),
            Some("called"),
        ),
        (
            "After the senator's statement, Governor Jane Roe said the plan would go ahead.",
            Named,
            Some("Jane Roe"),
            Some("said"),
        ),
        // (Not the sentence's subject, nor an object.)
        (
            "Starr's remarks, first reported by The New York Times on Tuesday, suggested regret.",
            Named,
            Some("Starr"),
            Some("remarks"),
        ),
        // An unnamed group keeps only its own words.
        (
            "In just one of the seven states where the question was asked, Alabama, did a majority of Republicans support deportation.",
            Anonymous,
            Some("a majority of republicans"),
            Some("support"),
        ),
        (
            "He added that he did not apologize for his remarks, something many Republicans had urged him to do.",
            Anonymous,
            Some("many republicans"),
            Some("urged"),
        ),
        (
            "But that was one reason many Democrats considered it unacceptable.",
            Anonymous,
            Some("many democrats"),
            Some("considered"),
        ),
        (
            "Sanders could be met by a chorus of Democrats urging him to bow out.",
            Anonymous,
            Some("a chorus of democrats"),
            Some("urging"),
        ),
        (
            "A coordinated effort to replace Mr. Steele has been underway for weeks, with several leading Republicans arguing that the committee needed to improve.",
            Anonymous,
            Some("several leading republicans"),
            Some("arguing"),
        ),
        (
            "Leading Democrats say that this time is different.",
            Anonymous,
            Some("leading democrats"),
            Some("say"),
        ),
        // A party and state in brackets are no part of the name, and the person a trailing
        // pronoun stands for is remembered for the next one.
        (
            "Rep. Blake Farenthold (R-Texas) is resigning from Congress, he announced Friday.\n\n“I know in my heart it’s time,” he said.",
            Named,
            Some("Blake Farenthold"),
            Some("said"),
        ),
        (
            "Sen. Chuck Schumer (D-N.Y.) said the bill was dead.",
            Named,
            Some("Chuck Schumer"),
            Some("said"),
        ),
        (
            "Rep. Devin Nunes (R-Calif.), chairman of the House Intelligence Committee, did not second-guess the decision, but he did call for more accountability.",
            Named,
            Some("Devin Nunes"),
            Some("call"),
        ),
        // A host is a person: "the Fox News host" is the host named before, not the outlet;
        // "a Fox News host" is unnamed, while a spokesman speaks for it.
        (
            "Glenn Beck spoke on Saturday.\n\nPointing to his time as a recovering alcoholic, the Fox News host urged the GOP to embark on a program of recovery.",
            Named,
            Some("Glenn Beck"),
            Some("urged"),
        ),
        (
            "Talk-show host Ellen DeGeneres launched a campaign.\n\nBy lifting the ban, she said, Trump was encouraging Americans to kill elephants.",
            Named,
            Some("Ellen DeGeneres"),
            Some("said"),
        ),
        (
            "A Fox News host said it was fine.",
            Anonymous,
            Some("a fox news host"),
            Some("said"),
        ),
        (
            "A Fox News spokesman said it was fine.",
            Named,
            Some("Fox News"),
            Some("said"),
        ),
        // "who's" opens a relative clause set off after a name as "who" does, and a "who" after
        // a name and its place that "from" or "by" introduced stands for the name.
        (
            "South Bend, Ind., Mayor Pete Buttigieg, who’s seen his campaign surge in recent days, also called for the entire report to be released.",
            Named,
            Some("Pete Buttigieg"),
            Some("called for"),
        ),
        (
            "A third source, who’s familiar with the matter, told reporters that the deal was off.",
            Anonymous,
            Some("a third source"),
            Some("told"),
        ),
        (
            "It was a similar call from Sen. Amy Klobuchar of Minnesota, who tweeted that the report should be released.",
            Named,
            Some("Amy Klobuchar"),
            Some("tweeted"),
        ),
        (
            "The bill was backed by Sen. Amy Klobuchar of Minnesota, who said it was fair.",
            Named,
            Some("Amy Klobuchar"),
            Some("said"),
        ),
        // (From a code read: an owner's own possessive stops the owner; a plural without "-s"
        // agrees with the plain form; a person met through a trailing pronoun is remembered
        // only when nobody fitting was named before; a reporter speaks for the outlet when
        // nobody was named; a surname in "-ed" is no participle; people before "for" keep it.)
        (
            "Sen. Maria Lopez spoke.\n\nHer aides' statements contradicted the official account of the meeting.",
            Anonymous,
            Some("her aides"),
            Some("statements"),
        ),
        (
            "Gov. Tom Harris spoke.\n\nHis wife's statement said the family had been unaware of the loans.",
            Agentless,
            None,
            Some("statement"),
        ),
        (
            "Young men support the measure by a wide margin.",
            Anonymous,
            Some("young men"),
            Some("support"),
        ),
        (
            "Some clergy praise the decision.",
            Anonymous,
            Some("some clergy"),
            Some("praise"),
        ),
        (
            "President Donald Trump held a news conference on Monday.\n\nSecretary of State Marco Rubio will travel to Beijing next week, he said.\n\nHe also said tariffs would stay in place.",
            Named,
            Some("Donald Trump"),
            Some("said"),
        ),
        (
            "The Reuters reporter said she had been detained.",
            Named,
            Some("Reuters"),
            Some("said"),
        ),
        (
            "Mayor London Breed spoke on Monday.\n\nBreed on Tuesday toured a shelter, saying it was ready.",
            Named,
            Some("London Breed"),
            Some("saying"),
        ),
        (
            "Advocates for Democrats in rural areas say the plan is flawed.",
            Anonymous,
            Some("advocates for democrats"),
            Some("say"),
        ),
        (
            "Rep. Nancy Mace (R-S.C.) is resigning, she announced.\n\n“It is time,” she said.",
            Named,
            Some("Nancy Mace"),
            Some("said"),
        ),
        // A people's adjective alone is no name: the description it opens, or the people.
        (
            "The Romanian hacker who first revealed the private email address was sentenced.",
            Anonymous,
            Some("the romanian hacker"),
            Some("revealed"),
        ),
        (
            "A Guatemalan mom who lost her son says the law failed.",
            Anonymous,
            Some("a guatemalan mom"),
            Some("says"),
        ),
        (
            "A German warning about a new world war serves as a reminder.",
            Anonymous,
            Some("german"),
            Some("warning"),
        ),
        // (Not a nation's body.)
        (
            "The German government said the talks would resume.",
            Named,
            Some("German government"),
            Some("said"),
        ),
        // (From a second code read: a person met in a clause before what they said is
        // remembered even after others; a definite role after a people's adjective is the
        // person named before; a person close to the talks is unnamed, also before a clause
        // about their anonymity.)
        (
            "Sen. Chuck Schumer spoke first.\n\nRepresentative Jerrold Nadler of New York stopped short of calling on Mr. Trump to cancel, but he said the president should insist on aides.\n\n“I would not trust the president alone,” he said.",
            Named,
            Some("Jerrold Nadler"),
            Some("said"),
        ),
        // (A people's adjective with a role names no one person named before: the one named
        // last may be the opponent.)
        (
            "Gov. Maggie Hassan spoke on Monday.\n\nThe Republican incumbent said she would not campaign with Trump.",
            Anonymous,
            Some("the republican incumbent"),
            Some("said"),
        ),
        (
            "Italian Justice Minister Andrea Orlando said the law would pass.\n\n“We cannot wait any longer,” he said.",
            Named,
            Some("Andrea Orlando"),
            Some("said"),
        ),
        (
            "President Donald Trump held a news conference on Monday.\n\nSecretary of State Marco Rubio will travel to Beijing next week, he told reporters aboard Air Force One on Sunday.\n\nHe said the trip would be short.",
            Named,
            Some("Donald Trump"),
            Some("said"),
        ),
        (
            "Matt Gonzalez spoke.\n\nWhen that happens, the killer’s public defender will call it a vindication.",
            Named,
            Some("Matt Gonzalez"),
            Some("call"),
        ),
        // (A thing does not: "the new law will support families" names nobody.)
        (
            "John Thune spoke.\n\nOnce signed, the new law will support families.",
            Agentless,
            None,
            Some("support"),
        ),
        (
            "Every senator surveyed supports the bill.",
            Anonymous,
            Some("every senator surveyed"),
            Some("supports"),
        ),
        (
            "Another person close to the talks disagreed.",
            Anonymous,
            Some("another person close to the talks"),
            Some("disagreed"),
        ),
        (
            "Anybody from the old neighborhood blames the council.",
            Anonymous,
            Some("anybody from the old neighborhood"),
            Some("blames"),
        ),

        (
            "Mr. McConnell told the president that he needed a reassurance, one person close to the talks said, speaking on the condition of anonymity to describe sensitive discussions.",
            Anonymous,
            Some("one person close to the talks"),
            Some("said"),
        ),
        (
            "A person close to the senator said he would run.",
            Anonymous,
            Some("a person close to the senator"),
            Some("said"),
        ),
        // (From dev set N: a weekday alone between a passive and its "by"; a website is no
        // person a role stands for; "another" opens an appositive; a daughter's first name is a
        // woman's.)
        (
            "The photo was first reported Saturday by BigGovernment.com, a conservative website.\n\nThe site said the woman was a student.",
            Named,
            Some("BigGovernment.com"),
            Some("said"),
        ),
        (
            "The photo was first reported Saturday by BigGovernment.com, a conservative website.\n\nThe woman told the New York Daily News that she had never met him.",
            Anonymous,
            Some("the woman"),
            Some("told"),
        ),
        (
            "Representative Joaquin Castro of Texas, another Democratic member of the House Intelligence Committee, wrote in a tweet that the story was true.",
            Named,
            Some("Joaquin Castro"),
            Some("wrote"),
        ),
        (
            "Barack Obama spoke.\n\nMalia Obama and Sasha Obama were there.\n\n“You want to pet him?” Mr. Obama asked his daughters.",
            Named,
            Some("Barack Obama"),
            Some("asked"),
        ),
        (
            "Sen. Lindsey Graham spoke.\n\nHe said the plan was bad.",
            Named,
            Some("Lindsey Graham"),
            Some("said"),
        ),
        // (A reflexive after the subject only stresses who.)
        (
            "President Trump spoke on Monday.\n\n“It is not accurate,” said Peter Carr, a spokesman for the special counsel.\n\nThe president himself responded on Twitter late Friday, calling the statement sad.",
            Named,
            Some("Trump"),
            Some("responded"),
        ),
        (
            "The leadership elections, conducted by secret ballot behind closed doors, stamped out calls for new leaders.",
            Agentless,
            None,
            Some("calls for"),
        ),
        // A trailing attribution owns the sentence also when its speaker is a name set off
        // after a role.
        (
            "BuzzFeed News maintained that its report was accurate, its editor, Ben Smith, said.",
            Named,
            Some("Ben Smith"),
            Some("said"),
        ),
        // (Not a clause about a thing, nor a participle.)
        (
            "Officials said 40 people died, the figure the agency's director, John Doe, disputed.",
            Anonymous,
            Some("officials"),
            Some("said"),
        ),
        (
            "BuzzFeed News defended the report, its editor, Ben Smith, saying it was true.",
            Named,
            Some("BuzzFeed News"),
            Some("defended"),
        ),
        // A participle after "by" is the act of the clause's subject.
        (
            "President Obama closed his speech by urging Congress to act.",
            Named,
            Some("Obama"),
            Some("urging"),
        ),
        (
            "Glenn Beck closed a three-day conservative conference on Saturday by demanding that Republicans get their own house in order.",
            Named,
            Some("Glenn Beck"),
            Some("demanding"),
        ),
    ]);
    // A title-case headline's abstract noun names nobody ("Sexual Harassment"), an
    // organisation's name still does.
    let engine = Engine::new(RuleSet::default_rules());
    let headline =
        |h: &str| claim_rows(&engine, &format!("{h}\n\nThe body says little."))[0].clone();
    assert_eq!(
        headline("GOP Rep. Blake Farenthold Resigns After Sexual Harassment Allegations"),
        (0, Agentless, None)
    );
    assert_eq!(
        headline("American Medical Association Calls For Gun Laws"),
        (0, Named, Some("American Medical Association".to_string()))
    );
    // (Not an organisation's name: "Brookings Institution Says …" is the institution's.)
    assert_eq!(
        headline("Brookings Institution Says Tax Plan Favors Wealthy"),
        (0, Named, Some("Brookings Institution".to_string()))
    );
    assert_eq!(
        headline("Newly Released Document Shows Plans"),
        (0, Agentless, None)
    );
}

/// Cases from a fifth dev set of real news (BASIL, the third outlet of eight events) and from
/// the patterns earlier sets left alone.
#[test]
fn what_a_fifth_dev_set_found() {
    use ClaimClass::*;
    assert_last(&[
        // A party and state in words that go on to an office describe the name before them.
        (
            "Representative Adam B. Schiff, Democrat of California and chairman of the House Intelligence Committee, said the memo was misleading.",
            Named,
            Some("Adam B. Schiff"),
            Some("said"),
        ),
        (
            "Senator Mark Warner, Democrat of Virginia and the vice chairman of the Senate Intelligence Committee, said it was wrong.",
            Named,
            Some("Mark Warner"),
            Some("said"),
        ),
        (
            "Representative Devin Nunes, Republican of California and a member of the House Intelligence Committee, said it was fair.",
            Named,
            Some("Devin Nunes"),
            Some("said"),
        ),
        // A piece of reporting in a newspaper or a news outlet is that outlet's; a study in a
        // journal is not the journal's.
        (
            "A new report in The Guardian, published online on Saturday, cited another document that showed the data.",
            Named,
            Some("Guardian"),
            Some("cited"),
        ),
        (
            "A report in The Washington Post said the talks had failed.",
            Named,
            Some("The Washington Post"),
            Some("said"),
        ),
        (
            "An article in The New York Times on Monday said the plan was dead.",
            Named,
            Some("The New York Times"),
            Some("said"),
        ),
        (
            "A study in The Lancet found that sleep helps.",
            Anonymous,
            Some("a study in the lancet"),
            Some("found"),
        ),
        // A participle's object that opens on an owner is no speaker after it; after "before"
        // or "after" the participle is the act of the clause's subject.
        (
            "But a ''super PAC'' supporting Mrs. Clinton's candidacy, Priorities USA Action, may start running general election ads even before the nominating contest ends.",
            Agentless,
            None,
            Some("supporting"),
        ),
        (
            "Michael Bloomberg was a vocal critic of the Republican candidate long before backing Clinton’s White House run.",
            Named,
            Some("Michael Bloomberg"),
            Some("backing"),
        ),
        (
            "Donald Trump began the day in a hole after questioning Israel’s commitment to peace.",
            Named,
            Some("Donald Trump"),
            Some("questioning"),
        ),
        // An infinitive after a noun of chance, means or evidence says what it is for.
        (
            "On Feb. 14, 2011, all senators were offered the opportunity to discuss the broad authority under the Patriot Act.",
            Unattributed,
            None,
            None,
        ),
        (
            "The suit doesn't contain statistics to support its case.",
            Unattributed,
            None,
            None,
        ),
        (
            "Their investigations turned up not a shred of evidence to suggest any serious intervention.",
            Unattributed,
            None,
            None,
        ),
        // … but a chance taken or used, or a clause of what is said after the cue, is a claim.
        (
            "Mr. Obama took the opportunity to criticize Republicans for blocking the bill.",
            Named,
            Some("Obama"),
            Some("criticize"),
        ),
        (
            "Senator Jane Roe used the platform to claim that the election had been stolen.",
            Named,
            Some("Jane Roe"),
            Some("claim"),
        ),
        (
            "Federal investigators have no evidence to suggest that Lazar accessed the account.",
            Anonymous,
            Some("federal investigators"),
            Some("suggest"),
        ),
        (
            "A report in the British Medical Journal found that sleep helps.",
            Anonymous,
            Some("a report"),
            Some("found"),
        ),
        (
            "A report in The Wall Street Journal said the deal was off.",
            Named,
            Some("The Wall Street Journal"),
            Some("said"),
        ),
        // A party and state go on to any description but others named with the one set off.
        (
            "Senator Jeff Flake, Republican of Arizona and frequent critic of Mr. Trump, said the plan was bad.",
            Named,
            Some("Jeff Flake"),
            Some("said"),
        ),
        // A column with its author after the outlet is the author's; a time after "by" is no
        // author.
        (
            "A column in The New York Times by Maureen Dowd argued that he lied.",
            Named,
            Some("Maureen Dowd"),
            Some("argued"),
        ),
        (
            "A report in The Wall Street Journal by Tuesday said the deal was off.",
            Named,
            Some("The Wall Street Journal"),
            Some("said"),
        ),
        // A word in -ing after "before" or "after" with no object of its own is no participle of
        // the subject's.
        (
            "The candidate won the nomination after backing from the party's leaders.",
            Agentless,
            None,
            Some("backing"),
        ),
        // An infinitive after a chance had or used is a claim only with a clause of what is said.
        (
            "There is no evidence to suggest that the vaccine causes autism.",
            Unattributed,
            None,
            None,
        ),
        (
            "Lawmakers used funding to support local schools.",
            Unattributed,
            None,
            None,
        ),
        // A subject set off by ", though," is still the subject.
        (
            "A Romney campaign aide, though, said the ad was false.",
            Anonymous,
            Some("a romney campaign aide"),
            Some("said"),
        ),
        // A relative pronoun opens no inverted speaker after its verb.
        (
            "Brian Vicente, a Colorado attorney and legalization advocate who wrote Amendment 64, said the challenge is \"political grandstanding\" without merit.",
            Named,
            Some("Brian Vicente"),
            Some("said"),
        ),
        // The comma of a number does not end an opening phrase.
        (
            "With just over $200,000, David Brat toppled Mr. Cantor, criticizing him for being soft on immigration.",
            Named,
            Some("David Brat"),
            Some("criticizing"),
        ),
    ]);
    let engine = Engine::new(RuleSet::default_rules());
    // The last claim of whole articles: its paragraph, class and source.
    for (text, want) in [
        // A person a sentence with no cue opens on after "But" is who a later "he" is.
        (
            "Spying\n\nAttorney General Eric H. Holder Jr. said the briefings were offered.\n\nBut Senator Richard J. Durbin of Illinois, the Senate’s No. 2 Democrat, draws a distinction between the briefings and consent.\n\nVery few lawmakers avail themselves of such briefings, he suggested.",
            (3, Named, "Richard J. Durbin"),
        ),
        // So is one after a long phrase of circumstance; "Lois" is a woman's name.
        (
            "Lerner under scrutiny\n\nNow under the protection of her lawyers and the Fifth Amendment, Lois Lerner is facing a maelstrom of controversy.\n\nLerner touched off the controversy when she apologized for the practice.\n\n\"They used names like Tea Party,\" she said.",
            (3, Named, "Lois Lerner"),
        ),
        // A surname with only the other gender's courtesy title elsewhere stays a surname, even
        // when read as the full name first; a title inside a word ("DMs.") is none.
        (
            "Biden\n\nJill Biden spoke at the school.\n\nMr. Biden was in Delaware.\n\nBiden also said the plan was good.",
            (3, Named, "Biden"),
        ),
        (
            "Trump Defends Messages\n\nDonald Trump spoke on Monday.\n\nReporters obtained copies of the DMs. Trump said it was fine.",
            (2, Named, "Donald Trump"),
        ),
    ] {
        let got = claim_rows(&engine, text);
        let (p, class, source) = want;
        assert_eq!(
            got.last(),
            Some(&(p, class, Some(source.to_string()))),
            "{text}\n{got:?}"
        );
    }
    // The one person an opening clause of time names is who the "he" right after it is; not
    // when the clause has a person of its own, nor after a participle ("When asked about").
    for (text, want) in [
        (
            "But when the final draft was sent to Mr. Petraeus, he dismissed it.",
            "Petraeus",
        ),
        (
            "When the draft reached David H. Petraeus, he dismissed it.",
            "David H. Petraeus",
        ),
        (
            "When he read the draft after Mr. Petraeus's note, he dismissed it.",
            "Michael J. Morell",
        ),
        (
            "When asked about Mr. Petraeus, he dismissed the draft.",
            "Michael J. Morell",
        ),
        (
            "After the draft reached Social Security officials, he dismissed it.",
            "Michael J. Morell",
        ),
        (
            "After Mr. Petraeus's State of the Union address, he dismissed it.",
            "Michael J. Morell",
        ),
        (
            "When told that Mr. Petraeus had left the room, he dismissed it.",
            "Michael J. Morell",
        ),
        (
            "Because Mr. Petraeus had left, he said, the draft was final.",
            "Michael J. Morell",
        ),
        (
            "After Hillary Clinton read the draft, he dismissed it.",
            "Michael J. Morell",
        ),
        (
            "When the draft was sent to Ms. Nuland, he dismissed it.",
            "Michael J. Morell",
        ),
        (
            "After the meeting with Mr. Petraeus, he dismissed the draft.",
            "Michael J. Morell",
        ),
    ] {
        let got = claim_rows(
            &engine,
            &format!(
                "Talking points\n\nMichael J. Morell said the talking points were fine.\n\n{text}"
            ),
        );
        assert_eq!(
            got.last(),
            Some(&(2, Named, Some(want.to_string()))),
            "{text}\n{got:?}"
        );
    }
    // The source of the last claim: a main clause that names someone before its comma is no
    // opening phrase (a lower-case subject, a name set off after the comma), and a person's
    // role in a show or "of" an owned thing names the person.
    for (text, want) in [
        (
            "Spying\n\nJohn Doe spoke on Monday.\n\nOn Tuesday Doe met privately with the chairman of the intelligence committee, Richard Burr, and other members.\n\n'It is a disaster,' he said.",
            "John Doe",
        ),
        (
            "T\n\nSenator John Doe criticized the plan on Monday.\n\nOn Tuesday the senator met privately with the committee's chairman, Richard Burr, and other members.\n\n\"It is a disaster,\" he said.",
            "John Doe",
        ),
        (
            "T\n\nDonald Trump spoke on Monday.\n\nAt the White House Trump telephoned the embattled majority leader, Mitch McConnell, from the Oval Office.\n\n\"It is a disaster,\" he said.",
            "Donald Trump",
        ),
        (
            "Late night\n\nTim Ross said the show was fine.\n\nThe host of the show, Jimmy Kimmel, went on air hours later, and he told viewers it was over.",
            "Jimmy Kimmel",
        ),
        (
            "T\n\nJimmy Kimmel spoke.\n\nThe founder of her company, Mark Ellison, appeared on television, where he insisted the product was safe.",
            "Mark Ellison",
        ),
    ] {
        let got = claim_rows(&engine, text);
        assert_eq!(
            got.last().and_then(|c| c.2.as_deref()),
            Some(want),
            "{text}\n{got:?}"
        );
    }
    // A name an owned thing's noun sets off ("his website, Infowars", also with an adjective
    // between) is no "he".
    for text in [
        "Trump\n\nPresident Trump said on Saturday that conservative voices were being treated unfairly.\n\nAfter the content from Mr. Jones and his website, Infowars, was removed, he issued a plea to Mr. Trump.",
        "T\n\nAlex Jones spoke.\n\nPresident Trump said on Saturday that voices were treated unfairly.\n\nAfter Mr. Jones and his conspiracy website, Infowars, were removed, he issued a plea.",
    ] {
        let got = claim_rows(&engine, text);
        assert_ne!(
            got.last().and_then(|c| c.2.as_deref()),
            Some("Infowars"),
            "{text}\n{got:?}"
        );
    }
    // A surname with no title is not the one full name the story gives it when the story gives
    // the surname only the other gender's courtesy title: two people share it.
    let got = claim_rows(
        &engine,
        "Trump Lashes Out at Kathy Griffin\n\nWASHINGTON — President Trump assailed Democrats on Wednesday.\n\nIn a statement, the first lady, Melania Trump, questioned Ms. Griffin’s sanity.\n\nMr. Trump also lashed out at Democrats in Congress.\n\n“They want to stop him,” he wrote.",
    );
    let sources: Vec<(usize, Option<&str>)> =
        got.iter().map(|(p, _, s)| (*p, s.as_deref())).collect();
    assert_eq!(
        sources,
        [
            (0, Some("Trump")),
            (1, Some("Trump")),
            (2, Some("Melania Trump")),
            (3, Some("Trump")),
            (4, Some("Trump")),
        ],
        "{got:?}"
    );
    // One sentence each: class, source and cue of its claim.
    assert_last(&[
        // A chance with a clause of what is said after it is a claim.
        (
            "The White House held a briefing to announce that the troops would come home.",
            Named,
            Some("White House"),
            Some("announce"),
        ),
        // A verb of claiming stays a cue before "in"; the noun in a reported dispute is none.
        (
            "Last week, Donald Trump asserted in a New York Times interview that he had won.",
            Named,
            Some("Donald Trump"),
            Some("asserted"),
        ),
        (
            "Vietnam, the Philippines, Malaysia and Taiwan have claims in the area.",
            Unattributed,
            None,
            None,
        ),
        // Members or leaders "of" a body opening a sentence are unnamed people, not a name.
        (
            "Members of Congress are calling her evasive.",
            Anonymous,
            Some("members of congress"),
            Some("calling"),
        ),
        (
            "Members of the committee said the plan was weak.",
            Anonymous,
            Some("members of the committee"),
            Some("said"),
        ),
        (
            "Leaders of both parties said the deal was dead.",
            Anonymous,
            Some("leaders of both parties"),
            Some("said"),
        ),
    ]);
    // An existential "there" however written, and a time that has come, leave a that-clause
    // after a chance the outlet's; "there" as a place does not.
    for text in [
        "There's no evidence to suggest that the drug is unsafe.",
        "There is no credible scientific evidence to suggest that the vaccine causes autism.",
        "Now is the time to recognize that the program has worked.",
    ] {
        assert_eq!(last(text), (Unattributed, None, None), "{text}");
    }
    assert_eq!(
        last("Officials there held a briefing to announce that the troops would come home.").0,
        Anonymous
    );
}

/// Cases from a sixth dev set of real news (BASIL, the third outlet of eight more events).
#[test]
fn what_a_sixth_dev_set_found() {
    use ClaimClass::*;
    assert_last(&[
        // The owner of a thing the claim is about is no nearer for the next pronoun than the
        // claim's speaker.
        (
            "Florida Sen. Marco Rubio took a positive view of Trump's proposed deal. He said Trump made \"a very reasonable offer.\"",
            Named,
            Some("Marco Rubio"),
            Some("said"),
        ),
        (
            "Marco Rubio praised Trump's proposal. He said the offer was fine.",
            Named,
            Some("Marco Rubio"),
            Some("said"),
        ),
        (
            "Gov. Paul Hendricks welcomed Mr. Trump's proposed budget on Monday. He said it was fair.",
            Named,
            Some("Paul Hendricks"),
            Some("said"),
        ),
        // A question quoted right after an asking cue and whom it asks is the asker's.
        (
            "Chief Justice John G. Roberts Jr. wrote the opinion.\n\nThe chief justice also asked Mr. Sellers \"how many examples of abuse need to be shown?\"",
            Named,
            Some("John G. Roberts Jr"),
            Some("asked"),
        ),
        (
            "The judge asked \"why?\"",
            Anonymous,
            Some("the judge"),
            Some("asked"),
        ),
        (
            "Senator Amy Klobuchar asked the nominee “Have you ever had a drink?”",
            Named,
            Some("Amy Klobuchar"),
            Some("asked"),
        ),
        // An "It" opening the sentence before a cue of "be" stands for nobody.
        (
            "Mr. Farenthold said he would go.\n\nIt was known for several years that Mr. Farenthold had been accused of harassment.",
            Agentless,
            None,
            Some("was known for"),
        ),
        (
            "Mr. Hale spoke first.\n\nIt was regarded as a win.",
            Agentless,
            None,
            Some("regarded as"),
        ),
        // (Not before a participle of feeling: that "It" is someone.)
        (
            "The company said it would appeal the ruling.\n\nIt is confident that the court will side with it.",
            Anonymous,
            Some("the company"),
            Some("is confident"),
        ),
        // A linking verb before an adjective cue is no part of who feels so; a participle of
        // feeling after "be" says how its subject feels.
        (
            "Others appeared worried about the size of the class.",
            Anonymous,
            Some("others"),
            Some("worried"),
        ),
        (
            "Many seemed worried about the cost.",
            Anonymous,
            Some("many"),
            Some("worried"),
        ),
        (
            "Some justices appeared worried about it.",
            Anonymous,
            Some("some justices"),
            Some("worried"),
        ),
        (
            "Democrats were worried about it.",
            Anonymous,
            Some("democrats"),
            Some("worried"),
        ),
        (
            "The Mexican government is worried that the rhetoric could hurt investment.",
            Named,
            Some("Mexican government"),
            Some("worried"),
        ),
        // A reaction "from" someone is theirs; one asked for and not received is no claim.
        (
            "The package drew sharp reactions from Democratic and Republican lawmakers alike.",
            Anonymous,
            Some("lawmakers"),
            Some("reactions"),
        ),
        (
            "Those comments drew a sharp response from Rev. William Owens of the Coalition of African American Pastors.",
            Named,
            Some("William Owens"),
            Some("response"),
        ),
        (
            "That brought criticism from Republican National Committee spokesman Michael Short on Sunday.",
            Named,
            Some("Michael Short"),
            Some("criticism"),
        ),
        (
            "The plan drew a swift rebuke from the White House.",
            Named,
            Some("White House"),
            Some("rebuke"),
        ),
        (
            "The move drew criticism from the unions.",
            Anonymous,
            Some("the unions"),
            Some("criticism"),
        ),
        (
            "The report sparked backlash from members of the press on Twitter.",
            Anonymous,
            Some("members of the press"),
            Some("backlash"),
        ),
        (
            "A terse response from the GOP only said: \"No collusion.\"",
            Named,
            Some("GOP"),
            Some("said"),
        ),
        // Only a reaction drawn and given: not one that was not available, nor one in a phrase
        // before the main clause; and it gives way to the sentence's other cue, unless that one
        // is in a clause about whom it is from. Who it is from ends before a phrase of time or
        // reason and before a second reaction.
        (
            "A response from the ministry was not immediately available.",
            Unattributed,
            None,
            None,
        ),
        (
            "There has been no official response from Moscow.",
            Unattributed,
            None,
            None,
        ),
        (
            "After fierce backlash from conservatives and Tea Party supporters, though, Mr. Rubio quickly distanced himself from the bill.",
            Unattributed,
            None,
            None,
        ),
        (
            "Trump said he would deploy troops to the cities, drawing rebukes from leaders in both parties.",
            Named,
            Some("Trump"),
            Some("said"),
        ),
        (
            "The president's decision incited instant condemnation from Democrats, who called it an abuse of his authority.",
            Anonymous,
            Some("democrats"),
            Some("condemnation"),
        ),
        (
            "The decision drew condemnation from leaders of both parties.",
            Anonymous,
            Some("leaders of both parties"),
            Some("condemnation"),
        ),
        (
            "Criticism from the opposition has grown since the vote.",
            Anonymous,
            Some("the opposition"),
            Some("criticism"),
        ),
        (
            "The bill drew criticism from Democrats and praise from Republicans.",
            Anonymous,
            Some("democrats"),
            Some("criticism"),
        ),
        (
            "The plan drew rebukes from members of the House and senators from both parties.",
            Anonymous,
            Some("members of the house and senators"),
            Some("rebukes"),
        ),
        (
            "The law faced criticism from the start, when Democrats said it was rushed.",
            Anonymous,
            Some("democrats"),
            Some("said"),
        ),
        // Review of the reactions: a noun cue "from" someone not given is no claim either; it
        // gives way to the main clause's cue, before or after it, but not to one in a relative
        // clause or in the words of whom it is from; a denial counts only near the noun.
        (
            "A statement from the ministry was not immediately available.",
            Unattributed,
            None,
            None,
        ),
        (
            "There was no criticism from the White House.",
            Unattributed,
            None,
            None,
        ),
        (
            "The plan has yet to draw a response from the ministry.",
            Unattributed,
            None,
            None,
        ),
        (
            "Trump said he would deploy troops to the cities, drawing criticism from leaders in both parties.",
            Named,
            Some("Trump"),
            Some("said"),
        ),
        (
            "The Labor Department, in an effort that has ignited criticism from business groups, has said it would act.",
            Named,
            Some("Labor Department"),
            Some("said"),
        ),
        (
            "The ruling drew an outcry from rights groups, which called it a setback.",
            Anonymous,
            Some("rights groups"),
            Some("outcry"),
        ),
        (
            "The speech, in which he warned of risks, drew a swift response from the Fed.",
            Named,
            Some("Fed"),
            Some("response"),
        ),
        (
            "The decision not to extend the program drew backlash from farmers.",
            Anonymous,
            Some("farmers"),
            Some("backlash"),
        ),
        (
            "The bill drew rebukes from Democrats and Republicans from rural districts.",
            Anonymous,
            Some("democrats and republicans"),
            Some("rebukes"),
        ),
        (
            "The bill drew criticism from as many as 40 Republicans.",
            Anonymous,
            Some("as many as 40 republicans"),
            Some("criticism"),
        ),
        // Review of the denials and of giving way: a subject's own "who" clause does not keep
        // the main cue from the claim; a speaker of their own after a dash and a quotation
        // takes it; "no shortage of" and "yet another" deny nothing, "had not been released"
        // does; who it is from ends before "as" and "when".
        (
            "Democrats who control the House said they would block the plan, drawing a rebuke from the White House.",
            Anonymous,
            Some("democrats"),
            Some("said"),
        ),
        (
            "Kirchner’s decree drew a furious response from the opposition — “an abuse of power,” said Sen. Julio Cobos.",
            Named,
            Some("Julio Cobos"),
            Some("said"),
        ),
        (
            "It drew no shortage of criticism from economists.",
            Anonymous,
            Some("economists"),
            Some("criticism"),
        ),
        (
            "A budget with no raises drew criticism from teachers.",
            Anonymous,
            Some("teachers"),
            Some("criticism"),
        ),
        (
            "It drew a swift, angry response from the union.",
            Anonymous,
            Some("the union"),
            Some("response"),
        ),
        (
            "A statement from the ministry had not been released by Tuesday evening.",
            Unattributed,
            None,
            None,
        ),
        (
            "The plan drew rebukes from Democrats as the vote neared.",
            Anonymous,
            Some("democrats"),
            Some("rebukes"),
        ),
        // Review of d4848ae: a denial after the noun must deny that it was given; a negation in
        // a phrase set off before the verb denies nothing; "such as" reads on; a pronoun after
        // a dash and a quotation is the reaction's own source; a relative clause closed before
        // the main verb does not keep the reaction from giving way.
        (
            "The governor drew criticism from Democrats for not releasing the report.",
            Anonymous,
            Some("democrats"),
            Some("criticism"),
        ),
        (
            "The bill, not yet law, drew criticism from farmers.",
            Anonymous,
            Some("farmers"),
            Some("criticism"),
        ),
        (
            "The plan drew rebukes from Republicans such as Sen. Lindsey Graham.",
            Named,
            Some("Lindsey Graham"),
            Some("rebukes"),
        ),
        (
            "The ruling drew a sharp rebuke from the ACLU — “a dark day for civil liberties,” it said.",
            Named,
            Some("ACLU"),
            Some("rebuke"),
        ),
        (
            "Sen. Mark Hill, who chairs the committee, said the plan would fail, drawing a rebuke from the White House.",
            Named,
            Some("Mark Hill"),
            Some("said"),
        ),
        // A titled person a sentence that opens on no one ends on is the next "he" or "she"
        // (when the gender fits); not after a subject of the sentence's own.
        (
            "Joseph M. Sellers, a lawyer for the plaintiffs, said the policy was flawed.\n\nThat did not satisfy Justice Scalia. “If somebody tells you how to exercise discretion,” he said, “you don’t have discretion.”",
            Named,
            Some("Scalia"),
            Some("said"),
        ),
        (
            "Joseph M. Sellers, a lawyer for the plaintiffs, said the policy was flawed.\n\nThat did not satisfy Senator Ann Smith. “It is wrong,” he said.",
            Named,
            Some("Joseph M. Sellers"),
            Some("said"),
        ),
        (
            "Majority Leader Steny Hoyer said the deal was bad.\n\nThen there was New Jersey Sen. Bob Menendez's response.\n\nHe bluntly accused Trump of forcing “a pointless shutdown.”",
            Named,
            Some("Bob Menendez"),
            Some("accused"),
        ),
        // (Not a passing mention, nor a sentence about their not speaking.)
        (
            "Joseph M. Sellers said the policy was flawed.\n\nIt was the first visit since President Nixon. He said the trip was historic.",
            Named,
            Some("Joseph M. Sellers"),
            Some("said"),
        ),
        (
            "Joseph M. Sellers said the policy was flawed.\n\nThese were the words of President Kennedy. He added that sales would rise.",
            Named,
            Some("Joseph M. Sellers"),
            Some("added"),
        ),
        (
            "Joseph M. Sellers said the policy was flawed.\n\nThere was no comment from Texas Gov. Greg Abbott. “We are thrilled,” he said.",
            Named,
            Some("Joseph M. Sellers"),
            Some("said"),
        ),
        (
            "Joseph M. Sellers, a lawyer for the plaintiffs, said the policy was flawed.\n\nMr. Hale thanked Justice Scalia. “It is wrong,” he said.",
            Named,
            Some("Hale"),
            Some("said"),
        ),
        // A clause on "once" is no trailing attribution; "did not respond to questions about",
        // "have their say" and "as it is being called" are no claims.
        (
            "Council leader Maria Lindqvist said the vote would now take place in June, once planners had answered questions about flooding and traffic.",
            Named,
            Some("Maria Lindqvist"),
            Some("said"),
        ),
        (
            "A spokeswoman for Mr. Farenthold did not respond to questions about whether he had fulfilled that promise.",
            Unattributed,
            None,
            None,
        ),
        (
            "On Friday, supporters of same-sex marriage will have their say.",
            Unattributed,
            None,
            None,
        ),
        (
            "Chick-fil-A Appreciation Day – as it is being called – was the idea of Mike Huckabee.",
            Unattributed,
            None,
            None,
        ),
        // A name the bound of eight words would cut goes on; so does an organisation's "of".
        (
            "\"We're pleased,\" said the president's personal attorneys Rudy Giuliani and Jay Sekulow.",
            Named,
            Some("Rudy Giuliani and Jay Sekulow"),
            Some("said"),
        ),
        (
            "The letter quotes the U.S. Conference of Catholic Bishops, which wrote several letters to Congress.",
            Named,
            Some("U.S. Conference of Catholic Bishops"),
            Some("wrote"),
        ),
        // A verb's "from" is where it knows from, not who says: "we know from history".
        (
            "Many Latino voters know from personal and family experience how policies drive people from their homes.",
            Anonymous,
            Some("many latino voters"),
            None,
        ),
        (
            "According to members of Congress, the bill is dead.",
            Anonymous,
            Some("members of congress"),
            Some("according to"),
        ),
        (
            "The newspaper did not receive a response from the ministry.",
            Unattributed,
            None,
            None,
        ),
        (
            "There was no response from the embassy.",
            Unattributed,
            None,
            None,
        ),
        (
            "The White House response from the start was weak.",
            Unattributed,
            None,
            None,
        ),
        // A courtesy title on a full name met before tells its gender wherever it was met: a
        // later pronoun of the other gender is someone else.
        (
            "Representative Blake Farenthold resigned on Friday.\n\nMr. Farenthold said he would go.\n\nShe sued him in 2014, claiming that he had fired her.",
            Anonymous,
            Some("she"),
            Some("claiming"),
        ),
        (
            "Senator Jordan Ellis arrived on Monday.\n\nMs. Ellis said the bill was fair.\n\nHe said, “It is not.”",
            Anonymous,
            Some("he"),
            Some("said"),
        ),
        // People named together are no company a later role noun stands for.
        (
            "In the days after publication, the company was subject to criticism from politicians like John Kerry and Hillary Clinton.\n\nLate last month, the company wrote a detailed letter to the university.",
            Anonymous,
            Some("the company"),
            Some("wrote"),
        ),
    ]);
    // A question the narration asks with no asking cue is still no claim, nor is one with
    // another cue or a clause between the asking and the question.
    let engine = Engine::new(RuleSet::default_rules());
    for text in [
        "Is this what they call a “win?”",
        "Mr. Smith asked whether the bill was legal and Ms. Jones responded “Is that a serious question?”",
    ] {
        let rows = claim_rows(&engine, &format!("Headline here\n\n{text}"));
        assert_eq!(rows.len(), 1, "{text}\n{rows:?}");
    }
}

/// People in the plural of a role a relative "who" describes are an unnamed source, whatever
/// stands before them; never a claim without one.
#[test]
fn people_a_who_clause_describes_are_an_unnamed_source() {
    use ClaimClass::*;
    assert_last(&[
        // The subject of the cue after the clause, with "the" and nobody named before.
        (
            "The liberal senators who opposed the agreement said it was bad.",
            Anonymous,
            Some("the liberal senators"),
            Some("said"),
        ),
        (
            "The senators said the vote would wait.",
            Anonymous,
            Some("the senators"),
            Some("said"),
        ),
        // The clause's own verb: the people it describes, from after a linking verb, a
        // preposition, a conjunction or a verb of their own.
        (
            "The upstart politicians' targets are centrist leaders who have supported European unity since the 1950s.",
            Anonymous,
            Some("centrist leaders"),
            Some("supported"),
        ),
        (
            "Clinton is far ahead because of early endorsements from superdelegates, the party leaders who can support the candidate of their choice.",
            Anonymous,
            Some("the party leaders"),
            Some("support"),
        ),
        (
            "But Rubio has won overwhelming support from members of Congress and governors who see him as the most viable alternative.",
            Anonymous,
            Some("governors"),
            Some("see"),
        ),
        (
            "Hollande has joined a growing list of world leaders who have slammed Trump.",
            Anonymous,
            Some("world leaders"),
            Some("slammed"),
        ),
        (
            "The results are the first step in determining delegates who are expected to support candidates at the convention.",
            Anonymous,
            Some("delegates"),
            Some("support"),
        ),
    ]);
    // Named people stay named: "Sens. … The senators said" is still theirs.
    let (class, source, _) =
        last("Sens. John Smith and Mary Jones spoke on Monday. The senators said it was bad.");
    assert_eq!(class, Named);
    assert!(source.is_some_and(|s| s.contains("Smith")));
}

/// People in the plural after a capitalised word that modifies them ("Democratic", "GOP",
/// "Muslim") are unnamed people, not a thing the word modifies; a speaker after the cue ends
/// before a clause of time, reason or manner.
#[test]
fn people_a_capitalised_word_describes_are_an_unnamed_source() {
    use ClaimClass::*;
    assert_last(&[
        (
            "The three Democratic candidates broadly agreed on a moral responsibility to confront the group.",
            Anonymous,
            Some("the three democratic candidates"),
            Some("agreed"),
        ),
        (
            "All of the GOP candidates oppose Obama's executive actions on immigration.",
            Anonymous,
            Some("all of the gop candidates"),
            Some("oppose"),
        ),
        (
            "Democratic presidential candidates, including Hillary Clinton and Senator Bernie Sanders of Vermont, have proposed spending increases.",
            Anonymous,
            Some("democratic presidential candidates"),
            Some("proposed"),
        ),
        (
            "Democratic party leaders are increasingly admitting that they are nervous.",
            Anonymous,
            Some("democratic party leaders"),
            Some("admitting"),
        ),
        (
            "Yet even leaders on the political left are questioning whether the bid goes too far.",
            Anonymous,
            Some("leaders"),
            Some("questioning"),
        ),
        (
            "A joint statement from five campus Jewish groups says the report is biased.",
            Anonymous,
            Some("a joint statement from five campus jewish groups"),
            Some("says"),
        ),
        // The speaker after the cue ends before "as", "when", "because" …
        (
            "\"We really can win on Tuesday,\" said Sanders as he closed out.",
            Named,
            Some("Sanders"),
            Some("said"),
        ),
        (
            "\"It was a mistake,\" said Alvarez when asked about the vote.",
            Named,
            Some("Alvarez"),
            Some("said"),
        ),
        // … but not a name it introduces, nor who reported it.
        (
            "\"There never was a stand-down order,\" said the base chief known as Bob.",
            Named,
            Some("Bob"),
            Some("said"),
        ),
    ]);
    // Not people the sentence's own verb acts on: nobody speaks through them.
    let (_, source, _) =
        last("Each side deployed hundreds of volunteers on Saturday to call voters.");
    assert!(!source.is_some_and(|s| s.contains("volunteers")));
}

/// The second of two verbs joined by "and" or "but" speaks for the subject the sentence opens
/// on: an institution, the police, a pronoun with its verb run on.
#[test]
fn a_second_verb_shares_the_subject_the_sentence_opens_on() {
    use ClaimClass::*;
    assert_last(&[
        (
            "The company cut 200 jobs and said profits would fall.",
            Anonymous,
            Some("the company"),
            Some("said"),
        ),
        (
            "Police arrested two men and said more arrests were likely.",
            Anonymous,
            Some("police"),
            Some("said"),
        ),
        (
            "Authorities closed the road and warned drivers to stay away.",
            Anonymous,
            Some("authorities"),
            Some("warned"),
        ),
        (
            "Mattie Thomas, 71, said she had voted at the church for 40 years.\n\nShe's a Sanders supporter but concedes that most of her peers love the Clintons.",
            Named,
            Some("Mattie Thomas"),
            Some("concedes"),
        ),
        (
            "Mary Jones, a lawyer, spoke at the rally on Monday.\n\nJones is a Democrat but says the party has lost its way.",
            Named,
            Some("Mary Jones"),
            Some("says"),
        ),
    ]);
}

/// What a review of the two rules above found: the people's phrase is a noun phrase (no verb,
/// adverb or word of time in it), and a name introduced by "as" after a participle is the
/// speaker's.
#[test]
fn people_are_a_noun_phrase_and_a_name_after_known_as_speaks() {
    use ClaimClass::*;
    assert_last(&[
        (
            "\"It is over,\" said a man identified only as Ahmed.",
            Named,
            Some("Ahmed"),
            Some("said"),
        ),
        (
            "In a statement, the city thanks volunteers who argued for the park.",
            Anonymous,
            Some("volunteers"),
            Some("argued"),
        ),
        (
            "In the end, the firm hired these four armed guards who said the site was safe.",
            Anonymous,
            Some("these four armed guards"),
            Some("said"),
        ),
        (
            "There are also nurses who say they were never paid.",
            Anonymous,
            Some("nurses"),
            Some("say"),
        ),
        (
            "Last year teachers said the pay was low.",
            Anonymous,
            Some("teachers"),
            Some("said"),
        ),
        (
            "It was backed by Democratic senators who argued it was fair.",
            Anonymous,
            Some("democratic senators"),
            Some("argued"),
        ),
        (
            "All five of the Republican candidates would like to shrink the department.",
            Anonymous,
            Some("all five of the republican candidates"),
            Some("would like"),
        ),
    ]);
    // A verb before the people: they are its object, no source.
    for text in [
        "Sanders joins fellow Democratic senators in calling the plan a disaster.",
        "The plan hurts workers who say the pay is too low.",
    ] {
        let (_, source, _) = last(text);
        assert!(
            !source
                .as_deref()
                .is_some_and(|s| s.contains("joins") || s.contains("hurts")),
            "{text}: {source:?}"
        );
    }
}

/// Cues a careful reader counts that the rules missed ("confided", "made it clear"), and a
/// gerund opening a phrase that is no part of the name after it.
#[test]
fn more_cues_and_no_gerund_in_a_name() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Freddy Trump confided to her that his parents had panicked.",
            Named,
            Some("Freddy Trump"),
            Some("confided"),
        ),
        (
            "In the interview, Jane Sanders made it clear that her husband's supporters won't simply fall in line.",
            Named,
            Some("Jane Sanders"),
            Some("made it clear"),
        ),
        // (Whoever takes aim in the first sentence, the name a later one points back to is
        // Hillary Clinton's.)
        (
            "Attacking Hillary Clinton, his former opponent, and taking aim at his own Justice Department struck familiar tones.\n\nMrs. Clinton, in a book released last year, said the disclosure hurt her campaign.",
            Named,
            Some("Hillary Clinton"),
            Some("said"),
        ),
        // An organisation's name may open on such a word.
        (
            "Working America, a labor-affiliated group, found considerable support for Mr. Trump.",
            Named,
            Some("Working America"),
            Some("found"),
        ),
    ]);
}

/// What a seventh dev set (BASIL, /tmp/rev170, /tmp/rev171) and a review (/tmp/rev169) found.
#[test]
fn what_a_seventh_dev_set_found() {
    use ClaimClass::*;
    assert_last(&[
        // A cue in a phrase opening the sentence before its main clause: the main clause's
        // subject.
        (
            "In a statement Saturday afternoon, BuzzFeed spokesman Matt Mittenthal doubled down on the organization's defense of its reporting.",
            Named,
            Some("Matt Mittenthal"),
            Some("in a statement"),
        ),
        (
            "And on Wednesday, in a speech before the Council on Foreign Relations in New York, Senator Marco Rubio, Republican of Florida, will outline his own approach to foreign policy.",
            Named,
            Some("Marco Rubio"),
            Some("in a speech"),
        ),
        (
            "Rick Santorum said on Saturday that he would run.\n\nAsked about those remarks on the CBS News program, Mr. Santorum, who with his wife has home-schooled their children, remained adamant on Sunday.",
            Named,
            Some("Rick Santorum"),
            Some("asked about"),
        ),
        // An infinitive after a quotation shares the subject after it.
        (
            "President Donald Trump spoke on Saturday.\n\n\"It was a disgrace to our country,\" he went on to say.",
            Named,
            Some("Donald Trump"),
            Some("say"),
        ),
        // One of the people a "who" describes is the subject the sentence opens on.
        (
            "Rep. Ed Royce (R-Calif.), chairman of the House Foreign Affairs Committee, was among the many people who called on Trump to abandon his decision.",
            Named,
            Some("Ed Royce"),
            Some("called on"),
        ),
        // A restrictive clause inside a phrase set off by commas closes with it, and such a
        // phrase ("among …", "many of whom …") is never the subject.
        (
            "Representative Marcia Fudge, among the handful of House Democrats who backed Ryan's bid, said the effort was not a failure.",
            Named,
            Some("Marcia Fudge"),
            Some("said"),
        ),
        (
            "The senators, many of whom opposed the deal, said nothing.",
            Anonymous,
            Some("the senators"),
            Some("said"),
        ),
        // Plural nouns that name a field describe people ("civil rights leaders"); the family
        // members stay the family's.
        (
            "Civil rights leaders who met with the president said he listened.",
            Anonymous,
            Some("civil rights leaders"),
            Some("said"),
        ),
    ]);
    // A month alone names nobody; a poll or a document it dates is unnamed.
    let (_, source, _) =
        last("Instead, Christie was seen that October praising President Barack Obama.");
    assert!(!source.is_some_and(|s| s.contains("October")));
    assert_last(&[
        (
            "April data showed illegal immigration had rebounded.",
            Anonymous,
            Some("april data"),
            Some("showed"),
        ),
        // A notice is a document; a species' legal status is no claim.
        (
            "The agency concluded that Zimbabwe has made strides, according to a notice published Friday in the Federal Register.",
            Anonymous,
            Some("a notice published friday"),
            Some("according to"),
        ),
        (
            "African elephants have been listed as threatened under the Endangered Species Act since 1978.",
            Unattributed,
            None,
            None,
        ),
        // The comma that ends a quoted title closes the opening phrase.
        (
            "Rick Santorum said on Saturday that he would run.\n\nAsked about those remarks on the CBS News program “Face the Nation,” Mr. Santorum, who with his wife has home-schooled their children, remained adamant on Sunday.",
            Named,
            Some("Rick Santorum"),
            Some("asked about"),
        ),
    ]);
    // A past tense that is also a noun starts no subject after "before" or "after".
    let (_, source, _) =
        last("Opponents of the tax cut before the vote said the plan was reckless.");
    assert_eq!(source.as_deref(), Some("opponents"));
    // "take aim at" is no cue: a gunman's aim is no speech.
    let (class, _, _) = last("The gunman took aim at the crowd from a hotel window.");
    assert_eq!(class, Unattributed);
    // "according to" keeps what it names.
    let (_, source, _) =
        last("According to payroll records, Abid's sister-in-law was the systems administrator.");
    assert_eq!(source.as_deref(), Some("payroll records"));
}

/// What a review of the opening-phrase and "among" rules found (/tmp/rev172): the name after an
/// owner and a role speaks; a participle of what was done to the subject is no speech of
/// theirs; "among" takes only a name that is the whole subject; a place's comma is no clause's.
#[test]
fn an_opening_phrase_gives_the_main_clause_subject_only() {
    use ClaimClass::*;
    assert_last(&[
        (
            "In a statement, Chicago's mayor Rahm Emanuel doubled down.",
            Named,
            Some("Rahm Emanuel"),
            Some("in a statement"),
        ),
        (
            "In an interview, Apple's chief executive Tim Cook doubled down.",
            Named,
            Some("Tim Cook"),
            Some("in an interview"),
        ),
        (
            "In a statement, Tesla's chief executive, Elon Musk, doubled down.",
            Named,
            Some("Elon Musk"),
            Some("in a statement"),
        ),
        (
            "In an interview, Trump’s lawyer Rudy Giuliani doubled down.",
            Named,
            Some("Rudy Giuliani"),
            Some("in an interview"),
        ),
        (
            "In a speech in Des Moines, Iowa, Bernie Sanders outlined his plan.",
            Named,
            Some("Bernie Sanders"),
            Some("in a speech"),
        ),
        (
            "Sen. Dianne Feinstein of California was among the Democratic senators who questioned Barrett.",
            Named,
            Some("Dianne Feinstein"),
            Some("questioned"),
        ),
    ]);
    // (A second review, /tmp/rev173: a day's comma is no place's; the commonest participles of
    // speaking; "by" in an opening phrase of being asked; a month after a title is a name.)
    assert_last(&[
        (
            "In a statement on Tuesday, China, the world's biggest polluter, doubled down.",
            Named,
            Some("China"),
            Some("in a statement"),
        ),
        (
            "Saying he had no choice, John Smith resigned on Tuesday.",
            Named,
            Some("John Smith"),
            Some("saying"),
        ),
        (
            "Asked by reporters whether he would run, Joe Biden smiled.",
            Named,
            Some("Joe Biden"),
            Some("asked"),
        ),
        (
            "Ms. June told reporters the plan was dead.",
            Named,
            Some("June"),
            Some("told"),
        ),
    ]);
    for (text, not) in [
        ("Accused of fraud by prosecutors, John Smith resigned on Tuesday.", "Smith"),
        ("Blamed for the crash, Boeing lost billions.", "Boeing"),
        ("Unlike Donald Trump, Hillary Clinton was among the candidates who called for new gun laws.", "Trump"),
        ("After Trump's speech, Senator Mitt Romney was one of the few who criticized the president.", "Trump"),
        ("John Smith's lawyer was among those who called for his release.", "Smith"),
        ("U.S. officials were among those who warned against the strike.", "U.S."),
        ("In a statement released by the White House, Vice President Kamala Harris was absent from the list.", "Harris"),
        ("Rep.  José Martínez  (D-Ariz.), chairman, was among the many people who called for it.", "Rep"),
        // (A second review, /tmp/rev173: the object of the main verb is no name after a role.)
        ("In a statement, Trump's lawyers sued Michael Cohen on Friday.", "Michael Cohen"),
        ("In a speech, Germany's chancellor visited Poland on Monday.", "Poland"),
    ] {
        let (_, source, _) = last(text);
        assert!(!source.as_deref().is_some_and(|s| s == not || s.ends_with(not)), "{text}: {source:?}");
    }
}

#[test]
fn what_an_eighth_dev_set_found() {
    use ClaimClass::*;
    // A clause on a conjunction of time, reason or concession opening the sentence gives way to
    // the main clause's cue when a plain subject and its verb follow the comma.
    assert_last(&[
        (
            "After the chairman of the Joint Chiefs of Staff confirmed he knew about the cable, Graham questioned why the military was told.",
            Named,
            Some("Graham"),
            Some("questioned"),
        ),
        (
            "Though Weiner said the incident was no crime, the former official said several crimes were committed.",
            Anonymous,
            Some("the former official"),
            Some("said"),
        ),
        (
            "When asked whether voters should know, Smith said it was not for them to know.",
            Named,
            Some("Smith"),
            Some("said"),
        ),
        // (Not past a place's comma, nor before a pronoun, which may be the clause's subject.)
        (
            "When Kashiya Nwanguma learned that Donald Trump would campaign in Louisville, Ky., where she is a student, she printed two signs she had found online.",
            Named,
            Some("Kashiya Nwanguma"),
            Some("learned"),
        ),
        (
            "While Ramos said that journalists cannot have any political affiliation, he appears uneasy.",
            Named,
            Some("Ramos"),
            Some("said"),
        ),
        // A columnist, a commentator or a contributor named after an outlet speaks, not the
        // outlet; "Anchor Brewing" stays a name.
        (
            "Washington Post columnist Ruth Marcus wrote that the plan was bad.",
            Named,
            Some("Ruth Marcus"),
            Some("wrote"),
        ),
        ("Anchor Brewing said the plan was bad.", Named, Some("Anchor Brewing"), Some("said")),
        // "seldom", "sometimes" and "always" before a cue are no speakers.
        (
            "Mr. Trump, whose appeal is predicated on toughness, seldom speaks of his brother.",
            Named,
            Some("Trump"),
            Some("speaks of"),
        ),
        // New cues: "fired back that", "critical of", "express concern", "spoke of", "made a
        // plea", "conclude that".
        (
            "Clinton fired back that voters had trusted her twice.",
            Named,
            Some("Clinton"),
            Some("fired back"),
        ),
        (
            "Republicans have been critical of the deal.",
            Anonymous,
            Some("republicans"),
            Some("been critical of"),
        ),
        (
            "O'Malley spoke of a recent visit to a mosque in Northern Virginia.",
            Named,
            Some("O'Malley"),
            Some("spoke of"),
        ),
    ]);
    // Meeting to discuss, or firing back at someone, is no claim.
    for text in [
        "The two men met to discuss immigration enforcement.",
        "The troops fired back at the gunmen.",
    ] {
        assert_eq!(last(text).0, Unattributed, "{text}");
    }
}

#[test]
fn a_review_of_the_eighth_set_and_its_misses() {
    use ClaimClass::*;
    // (The review, /tmp/rev179: the main clause after an opening clause must be a speaker and
    // its verb, no participle nor clause of its own; literal senses of the new cues.)
    assert_last(&[
        (
            "Because the airline said the runway at the main airport was icy, flights reported on the departures board were canceled.",
            Anonymous,
            Some("the airline"),
            Some("said"),
        ),
        (
            "Since the ministry of health announced the ban last spring, the number of cases reported has dropped by half.",
            Anonymous,
            Some("the ministry of health"),
            Some("announced"),
        ),
        (
            "Because officials at the airport said the runway was icy, the airport closed for six hours and airlines reported long delays.",
            Anonymous,
            Some("officials at the airport"),
            Some("said"),
        ),
        (
            "When asked whom she supported, Ms. Sherry smiled and said she was waiting.",
            Named,
            Some("Sherry"),
            Some("said"),
        ),
        ("Dan Rather said the report was accurate.", Named, Some("Dan Rather"), Some("said")),
        // A phrase set off on "along with" or "like" is no speaker, nor the "who" before it.
        (
            "Bruning, along with Oklahoma Attorney General Scott Pruitt, argued that the law is wrong.",
            Named,
            Some("Bruning"),
            Some("argued"),
        ),
        (
            "Kendrick, who, like many supporters, blames men for the law.",
            Named,
            Some("Kendrick"),
            Some("blames"),
        ),
        // A passive's agent stands right after it (or after a time): "by" after what the act was
        // about may be its author's (a second review, /tmp/rev182).
        ("He was asked to respond by Friday.", Agentless, None, Some("asked")),
        (
            "Hillary Clinton was asked about a new book by Bob Woodward.",
            Agentless,
            None,
            Some("asked about"),
        ),
        (
            "The mayor of St. Paul said the police budget would not be cut.",
            Anonymous,
            Some("the mayor of st. paul"),
            Some("said"),
        ),
        // An unnamed source keeps four words of description after its article.
        (
            "A former senior NSA official said the program was legal.",
            Anonymous,
            Some("a former senior nsa official"),
            Some("said"),
        ),
        // An office of a place is the one introduced with both, else unnamed, never the place;
        // a role of a thing in lower case is someone new, not the person who spoke last.
        (
            "The senator from Ohio said the bill was dead.",
            Anonymous,
            Some("the senator from ohio"),
            Some("said"),
        ),
        (
            "Sen. Bernie Sanders of Vermont said the system was rigged.\n\nThe senator from Vermont said it again.",
            Named,
            Some("Bernie Sanders"),
            Some("said"),
        ),
        // (Also the holder the text names so outside a claim, as for "the Florida senator".)
        (
            "Cruz was battling with Florida Sen. Marco Rubio on Tuesday.\n\nThe senator from Florida said the plan was bad.",
            Named,
            Some("Marco Rubio"),
            Some("said"),
        ),
        (
            "Sen. Bernie Sanders of Vermont said the system was rigged.\n\nThe owner of the building says otherwise.",
            Anonymous,
            Some("the owner of the building"),
            Some("says"),
        ),
    ]);
    for text in [
        "The troops fired back that night.",
        "The defendant made a plea deal with prosecutors last week.",
        "The city moved to condemn the building after the fire.",
        "It would be wrong to conclude that the drug is safe.",
    ] {
        assert_eq!(last(text).0, Unattributed, "{text}");
    }
}

#[test]
fn participles_share_more_opening_subjects() {
    use ClaimClass::*;
    // A participle after the main clause shares its subject also when that is kin or a role in
    // the plural after a quantifier, an owner's description, an unnamed person described before
    // the head and an adverb before the verb, or people with one word describing them.
    assert_last(&[
        (
            "Both parents stiffened their denunciation of the candidate, saying that he lacked character.",
            Anonymous,
            Some("both parents"),
            Some("saying"),
        ),
        (
            "Sen. Bernie Sanders said the party was wrong.\n\nHis campaign sued the party in federal court on Friday, claiming the move would cost money.",
            Named,
            Some("Bernie Sanders"),
            Some("claiming"),
        ),
        (
            "Several hours earlier, a senior administration official also pushed back, saying the article was wrong.",
            Anonymous,
            Some("a senior administration official"),
            Some("saying"),
        ),
        (
            "Local residents blocked the road, demanding answers.",
            Anonymous,
            Some("local residents"),
            Some("demanding"),
        ),
    ]);
    // (Not the people of an opening clause: /tmp/rev182.)
    for text in [
        "After protesters blocked the highway, police fired tear gas, saying the crowd had turned violent.",
        "As protesters marched downtown, the city council passed the budget, saying it was balanced.",
    ] {
        let (_, source, _) = last(text);
        assert_ne!(source.as_deref(), Some("protesters"), "{text}");
    }
}

#[test]
fn an_administration_is_a_body_named_after_its_president() {
    use ClaimClass::*;
    let text = "The Obama administration defended the program.\n\nThe administration said it would appeal.\n\nPresident Obama said the program was legal.\n\nHe added that it was needed.";
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("t", format!("Headline here\n\n{text}")));
    let got: Vec<(ClaimClass, Option<String>)> = s
        .claims
        .into_iter()
        .filter(|c| s.article.paragraphs[c.paragraph].kind == ParagraphKind::Body)
        .map(|c| (c.class, c.source.map(|s| s.name)))
        .collect();
    let want = [
        (Named, Some("Obama administration")),
        (Named, Some("Obama administration")),
        (Named, Some("Obama")),
        (Named, Some("Obama")),
    ];
    let want: Vec<(ClaimClass, Option<String>)> = want
        .iter()
        .map(|(c, s)| (*c, s.map(String::from)))
        .collect();
    assert_eq!(got, want);
    // (Not a group with a president in it: "Henry Paulson and George W. Bush administration".)
    let (_, source, _) = last(
        "Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft ― three former George W. Bush administration big shots ― have also said they’re supporting Clinton.",
    );
    assert!(
        !source
            .as_deref()
            .is_some_and(|s| s.contains(" and ") && s.ends_with("administration")),
        "{source:?}"
    );
}

#[test]
fn what_a_ninth_dev_set_found() {
    use ClaimClass::*;
    // (Set W, /tmp/rev185 and /tmp/rev186.)
    assert_last(&[
        // A description on "a" after "is" is its subject's.
        ("Smith is a lawyer who said the case was weak.", Named, Some("Smith"), Some("said")),
        // "…, <outlet> reports." ends an attribution set off by a comma.
        (
            "Lois Lerner plans to invoke the Fifth Amendment, the Los Angeles Times reports.",
            Named,
            Some("Los Angeles Times"),
            Some("reports."),
        ),
        // A name after the cue with a copula of its own is what was said, no speaker.
        (
            "Then, the congressman, speaking in a barely audible whisper as he stood close to the reporter, said Mr. Scotto was not man enough.",
            Agentless,
            None,
            Some("said"),
        ),
        (
            "“You're going to see a massive ad spend,” said one Republican involved in the planning.",
            Anonymous,
            Some("one republican"),
            Some("said"),
        ),
        // A single word opening the sentence is a name when no sentence's start explains its
        // capitals: a capital after a small letter, or a web domain.
        (
            "BuzzFeed published the dossier, saying it was newsworthy.",
            Named,
            Some("BuzzFeed"),
            Some("saying"),
        ),
        // A heading's label is no part of the sentence's subject.
        (
            "Updated: Rick Santorum on Sunday tried to clarify his comment, saying he was referring to a view of man.",
            Named,
            Some("Rick Santorum"),
            Some("saying"),
        ),
    ]);
    // (The review, /tmp/rev189.)
    assert_last(&[
        (
            "Barack Obama, then nearing the end of the Obama administration, said the deal was fair.",
            Named,
            Some("Barack Obama"),
            Some("said"),
        ),
        (
            "Critics fear Musk is a man who says whatever he likes.",
            Named,
            Some("Musk"),
            Some("says"),
        ),
    ]);
    for text in [
        "The winner is a man who said nothing.",
        "The figures were taken from the company's annual reports.",
        "Neither company would comment on the reports.",
        "Officials released two documents on Tuesday, the annual and quarterly reports.",
        "He lives in Paris, France. Read Le Monde reports.",
        "Title IX is a law which says schools must act.",
    ] {
        let (class, source, _) = last(text);
        assert!(class != Named, "{text}: {class:?} {source:?}");
    }
}

#[test]
fn what_a_tenth_dev_set_found() {
    use ClaimClass::*;
    // (Set X, /tmp/rev192 and /tmp/rev193.)
    assert_last(&[
        // A party's adjective alone is no name, nor a short form of the party's committee.
        (
            "The Democratic National Committee said it would appeal. The Democratic front-runner said the plan was bad.",
            Anonymous,
            Some("the democratic front-runner"),
            Some("said"),
        ),
        // Before a description and a full name, the person; before people, the whole
        // description.
        (
            "Democratic front-runner Hillary Clinton was the first candidate to weigh in, tweeting her appreciation Friday afternoon.",
            Named,
            Some("Hillary Clinton"),
            Some("tweeting"),
        ),
        (
            "Republican presidential nominee Donald Trump was in Ohio, saying he would win.",
            Named,
            Some("Donald Trump"),
            Some("saying"),
        ),
        (
            "Democratic presidential candidates wasted no time Friday evening, demanding the release of the report.",
            Anonymous,
            Some("democratic presidential candidates"),
            Some("demanding"),
        ),
        // A closing "according to" keeps its source's clause about anonymity with or without a
        // comma.
        (
            "The Democratic front-runner will propose spending $2 billion, according to a campaign official who was not authorized to speak publicly before the announcement.",
            Anonymous,
            Some("a campaign official"),
            Some("according to"),
        ),
        // "asked if …" set off after the speaker is no part of the speaker's phrase.
        (
            "Mr. O’Rourke, asked if he supported impeaching Mr. Trump, said that Congress should act.",
            Named,
            Some("O’Rourke"),
            Some("said"),
        ),
        // A noun of speech in an opening phrase on "Ahead of" gives way to the main clause.
        (
            "Hillary Clinton spoke in Iowa. Ahead of her remarks in Iowa on Sunday, her campaign said she would not take a position.",
            Named,
            Some("Hillary Clinton"),
            Some("said"),
        ),
        // A network's host is a person's office.
        (
            "Fox News host Glenn Beck, armed with his trademark chalkboard, blamed the left for the defeat.",
            Named,
            Some("Glenn Beck"),
            Some("blamed"),
        ),
        // A rejection stays a stance.
        (
            "The claims were dismissed as baseless.",
            Agentless,
            None,
            Some("dismissed"),
        ),
    ]);
    // The one a passive of asking asked answers next: the quotation after it and a later "he"
    // are theirs, not the asker's.
    let engine = Engine::new(RuleSet::default_rules());
    let rows = claim_rows(
        &engine,
        "Debate\n\nMarco Rubio said he would run.\n\nRubio was asked by Fox Business moderator Gerard Baker whether his plan would add to the deficit.\n\n“The most important job is the job of being a parent.”\n\n“It is true,” he said.\n\nLater, Rubio was asked whether he would raise taxes.\n\n“No,” he said.",
    );
    let rubio = Some("Marco Rubio".to_string());
    assert_eq!(
        rows[1..],
        [
            (1, Named, rubio.clone()),
            (2, Named, Some("Gerard Baker".to_string())),
            (3, Named, rubio.clone()),
            (4, Named, rubio.clone()),
            (5, Agentless, None),
            (6, Named, rubio),
        ]
    );
    // (The review, /tmp/rev194.) A request is no question, and a question quoted after one is
    // the asker's.
    let rows = claim_rows(
        &engine,
        "Test\n\nTom Reed said he would stay.\n\nReed was asked to resign by lawmakers on Tuesday.\n\n“His conduct has been a disgrace.”\n\nReed was asked by Senator Ann Park whether he had discussed the case with the president.\n\n“Did you or did you not discuss it?”",
    );
    let park = Some("Ann Park".to_string());
    assert_eq!(
        rows[2..],
        [
            (2, Agentless, None),
            (3, Agentless, None),
            (4, Named, park.clone()),
            (5, Named, park),
        ]
    );
    assert_last(&[
        // The adjective's lower-case words before a name must describe a person: not a verb
        // and its object.
        (
            "Russian forces captured John Smith near the border last week, calling him a spy.",
            Agentless,
            None,
            Some("calling"),
        ),
        // A noun of speech counted or measured with "of" is nobody's, and gives way to a later
        // cue with a speaker.
        (
            "Michele Bachmann visited the restaurant. The surge of support for the fast-food chain came after Chick-fil-A president Dan Cathy said the company was \"guilty as charged.\"",
            Named,
            Some("Dan Cathy"),
            Some("said"),
        ),
        // A rejection with no agent stays one.
        (
            "Her concerns about the reactor were dismissed.",
            Agentless,
            None,
            Some("dismissed"),
        ),
        // Without its comma, a clause on "who" goes with a closing "according to" only when it
        // is about anonymity.
        (
            "Smith said the company would cut 500 jobs, according to an employee who was named in the lawsuit filed against the firm last year by former workers.",
            Named,
            Some("Smith"),
            Some("said"),
        ),
    ]);
    let (class, source, _) = last(
        "Vladimir Putin spoke. The purpose of this order is to deny Russia the chance to profit.",
    );
    assert!(class != Named, "{source:?}");
    // Legal acts and claims in the outlet's own words, and speech not given, are no claims.
    for text in [
        "The lawsuit was dismissed on Friday.",
        "Her discrimination claims were folded into a class action lawsuit.",
        "She was paid $84,000 from a public fund for a sexual harassment claim.",
        "Clinton refrained from mentioning trade in her speech on Saturday.",
        "Minors would face stiffer consequences for filing an application found to be frivolous.",
    ] {
        let (class, source, cue) = last(text);
        assert_eq!(class, Unattributed, "{text}: {source:?} {cue:?}");
    }
}

/// A document ("the report", "the statement", "the letter") is a person's only when their claim
/// gives it as theirs: issued, released or published by them, what they spoke in, or one from
/// or by them. A person whose claim merely mentions one is not its source (from PolNeAR's half A:
/// "the congressional report said" had become a cyber security expert who had talked about it).
#[test]
fn a_document_is_not_whoever_mentioned_it() {
    use ClaimClass::*;
    assert_last(&[
        (
            "Shane Shook, a cyber security expert, said he did not see convincing evidence in the report. “Hackers compromised 12 workstations,” the congressional report said.",
            Anonymous,
            Some("the congressional report"),
            Some("said"),
        ),
        (
            "Maria Lopez, a lawyer for the families, said the report was incomplete. The report said the dam had not been inspected since 2009.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        (
            "Tom Becker, a historian, said the report was probably forged. The report said the king would abdicate.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        (
            "Anna Reyes, a professor of law, said the statement was misleading. The statement said no one had been hurt.",
            Anonymous,
            Some("the statement"),
            Some("said"),
        ),
        (
            "Senator John Hale said the statement was misleading. The statement warned that the budget would run out in May.",
            Anonymous,
            Some("the statement"),
            Some("warned"),
        ),
        (
            "Peter Olsen, an economist at the bank, said the report's figures were out of date. The report said unemployment had fallen.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        // The speaker's own document stays theirs.
        (
            "Senate Minority Leader Chuck Schumer released a statement on Friday. “The report must be made public,” the statement said.",
            Named,
            Some("Chuck Schumer"),
            Some("said"),
        ),
        (
            "“We are disappointed by the government's decision, but hardly surprised,” said the statement from Grimm's attorney, William McGinley. “From the beginning, the government has pursued a vendetta.”\n\nThe statement said Grimm “asserts his innocence of any wrongdoing.”\n\n“Until then, he will continue to serve his constituents,” the statement said.",
            Named,
            Some("William McGinley"),
            Some("said"),
        ),
        (
            "President Barack Obama said in a statement that the attack was an outrage. “We stand with France,” the statement said.",
            Named,
            Some("Barack Obama"),
            Some("said"),
        ),
        // (Also with another claim between, the document's issuer given in other ways.)
        (
            "In a statement, Senator Jane Alder said the bill would hurt farmers. Governor Tom Briggs said he would sign it anyway. The statement said the bill was a giveaway to agribusiness.",
            Named,
            Some("Jane Alder"),
            Some("said"),
        ),
        (
            "Prosecutors said the evidence was overwhelming. A statement from Grimm's attorney, William McGinley, said the charges were political. The statement said Grimm would plead not guilty.",
            Named,
            Some("William McGinley"),
            Some("said"),
        ),
        (
            "The report was published by Professor Ellen Ward of Yale University, who said the data were clear. The report said emissions had doubled since 1990.",
            Named,
            Some("Ellen Ward"),
            Some("said"),
        ),
        (
            "Professor Ellen Ward, whose report was published Tuesday, said the data were clear. Industry spokesman Carl Dean said the findings were exaggerated. The report said emissions had doubled since 1990.",
            Named,
            Some("Ellen Ward"),
            Some("said"),
        ),
        // (Whatever words stand between the cue and "in a …".)
        (
            "Senator Paul Grady said Tuesday night in a statement that the nomination should be withdrawn. The statement said the nominee had misled the committee about his finances.",
            Named,
            Some("Paul Grady"),
            Some("said"),
        ),
        (
            "Harbor Bank chairman Oliver Grant told shareholders in a letter that the bank would suspend its dividend. The letter said loan losses had doubled in the third quarter.",
            Named,
            Some("Oliver Grant"),
            Some("said"),
        ),
        (
            "The union's president, Carla Diaz, responded angrily in a statement, calling the contract offer an insult to nurses. The statement said the union would set a strike date next week.",
            Named,
            Some("Carla Diaz"),
            Some("said"),
        ),
        // A document someone spoke about is not theirs, nor one "from" someone else.
        (
            "Senator Ray Dunn said the evidence cited in the report was thin and largely anecdotal. The report said foreign hackers had gained access to voter rolls in three states.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        (
            "In response to the report, Senator Ray Dunn said the agency must overhaul its inspection procedures. The report said inspectors had skipped more than 1,000 required visits.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        (
            "Former aide Rachel Gomez, who is named in the report, said she had done nothing wrong. The report said Gomez had approved the payments without authorization.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        (
            "Economist Peter Olsen said there were errors in the report. The report said unemployment had fallen to 4 percent.",
            Anonymous,
            Some("the report"),
            Some("said"),
        ),
        (
            "Police Chief Dana Lee told reporters the statement from the mayor was premature. The statement said the officers had been suspended.",
            Anonymous,
            Some("the statement"),
            Some("said"),
        ),
    ]);
}

/// A live blog scraped to text runs each post's time into its heading ("10:01PMDonald Trump
/// Wants …", "8:38PM Rubio Thinks …", from PolNeAR's HuffPost debate blog): the time is no part
/// of the name, and a heading with figures in it is still set in title case, so its capitalised
/// verbs are no part of a name either ("Jeb Bush Hits Marco Rubio On …" names two people).
#[test]
fn a_live_blogs_post_times_and_headings_are_no_part_of_a_name() {
    use ClaimClass::Named;
    assert_last(&[
        (
            "Debate live\n\nModeratorFeaturedFebruary 6, 2016 10:01PMDonald Trump Wants To Bring Back Waterboarding\nDonald Trump did not back away from his pledge.\n\n\"They are booing,\" he said.",
            Named,
            Some("Donald Trump"),
            Some("said"),
        ),
        (
            "Debate live\n\nJulia CravenFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PMJeb Bush Hits Marco Rubio On Rape Exception For Abortions\nJeb Bush criticized Marco Rubio for opposing it.\n\nRubio said he does support an exception.",
            Named,
            Some("Marco Rubio"),
            Some("said"),
        ),
        (
            "Debate live\n\nIgor Bobic\n FlagShareLikeReplySara Bondioli 5ptsmoderatorFeaturedFebruary 6, 2016 8:38PM Marco Rubio Says Joe Biden Was A Really Effective Senator\nRubio said Biden had been in the Senate for decades.",
            Named,
            Some("Marco Rubio"),
            None,
        ),
        // A figure alone in a line of prose is no sign of title case (from the review of the
        // change).
        (
            "Carter rules out a run\n\n“Never,” Mary Ellen Carter told Fox News on Sept. 26, 2016.\n\nCarter said she would rather stay in the legislature.",
            Named,
            Some("Mary Ellen Carter"),
            Some("said"),
        ),
        // A time after the opening "At" is no part of the name either.
        (
            "Vote count stalls\n\nAt 11PM Abernathy told reporters that counting would stop for the night.\n\nHe said it would resume at 8 a.m.",
            Named,
            Some("Abernathy"),
            Some("said"),
        ),
    ]);
}

/// A headline with a figure alone in it and words in lower case is no title-case line, so its
/// capitals make no cue and no name ("… About 2016 Presidency – It’s The LAST Thing Some Will
/// Want To hear", from PolNeAR, had made the source "It’s The"); in prose a contracted pronoun
/// may open a company's name.
#[test]
fn a_contracted_pronoun_opens_no_name() {
    for line in [
        "Dinesh D’Souza Just Made HUGE Prediction About 2016 Presidency – It’s The LAST Thing Some Will Want To hear.",
        "Poll Of 2016 Voters – It's The Answer Nobody Will Want To hear.",
    ] {
        let (_, source, _) = last(line);
        assert!(
            !source.as_deref().is_some_and(|s| s.starts_with("It")),
            "{line}: {source:?}"
        );
    }
    // In prose it may open a company's name (from the review of the change).
    let (class, source, _) =
        last("It's Time Ltd, a London consultancy, said the findings matched its own research.");
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Named, Some("It's Time Ltd"))
    );
}

/// Acts and sums that share a word with speech are no claims of their doer's: agreeing to a deal
/// or failing to agree, adding points or jobs, settling a legal claim (from a review of 106
/// everyday news stories); agreeing with someone, or a point added, still is one.
#[test]
fn acts_and_sums_are_no_speech() {
    use ClaimClass::{Anonymous, Named, Unattributed};
    check_at(&[
        (
            "European Union leaders failed to agree on a new budget on Friday.",
            "failed to agree",
            Unattributed,
            None,
        ),
        (
            "Northwind Airlines agreed to buy its smaller rival for $2 billion.",
            "agreed to buy",
            Unattributed,
            None,
        ),
        (
            "The Supreme Court agreed to hear the case in its next term.",
            "agreed to hear",
            Unattributed,
            None,
        ),
        (
            "The United States also agreed to pay $1.7 billion to settle a claim over payments for military equipment.",
            "agreed to pay",
            Unattributed,
            None,
        ),
        (
            "Draymond Green added 14 points and 10 rebounds.",
            "added 14",
            Unattributed,
            None,
        ),
        (
            "Employers added 187,000 jobs in July.",
            "added 187,000",
            Unattributed,
            None,
        ),
        // A figure that opens what was said, with a verb of its own, is still said (from the
        // review of the change), and so is what was clear to someone; a clear night is not.
        (
            "Police added 14 people had been taken to hospital.",
            "Police added",
            Anonymous,
            Some("police"),
        ),
        (
            "The sky was clear that night, and the launch went ahead on schedule.",
            "The sky",
            Unattributed,
            None,
        ),
        (
            "Economists agree a deal is unlikely before the summer.",
            "Economists agree",
            Anonymous,
            Some("economists"),
        ),
        (
            "Transit advocates criticized the decision.",
            "Transit advocates",
            Anonymous,
            Some("transit advocates"),
        ),
        (
            "Players said they had been caught off guard by the timing.",
            "Players said",
            Anonymous,
            Some("players"),
        ),
        // Still speech.
        (
            "Mayor Ana Ruiz agreed that the plan had failed.",
            "agreed that",
            Named,
            Some("Ana Ruiz"),
        ),
        (
            "Mayor Ana Ruiz spoke first. She added that two more stations would close.",
            "She added",
            Named,
            Some("Ana Ruiz"),
        ),
    ]);
}

/// A name ending in "and" keeps it when a document comes from it ("figures from NHS England";
/// the trailing "and" of "from X and" is cut only as a word).
#[test]
fn a_name_ending_in_and_is_whole() {
    use ClaimClass::Named;
    check_at(&[
        (
            "Waiting lists grew again in March, according to figures from NHS England.",
            "according to",
            Named,
            Some("NHS England"),
        ),
        (
            "Data from Statistics Finland showed a rise in births.",
            "Data from",
            Named,
            Some("Statistics Finland"),
        ),
    ]);
}

/// An unnamed person described before or after the cue keeps the description when a clause about
/// their anonymity follows it: an office in capitals after a count ("One senior Labour MP"), a
/// role with where they work after an inverted cue ("said a teacher at the school"); both were
/// the clause itself or nobody (from a review of 106 everyday news stories).
#[test]
fn an_unnamed_description_before_a_clause_about_anonymity_speaks() {
    use ClaimClass::Anonymous;
    check_at(&[
        (
            "One senior Labour MP, who asked not to be named, said the whips had misjudged the mood.",
            "said the whips",
            Anonymous,
            Some("one senior labour mp"),
        ),
        (
            "A Conservative MEP, who asked not to be identified, said the vote would be close.",
            "said the vote",
            Anonymous,
            Some("a conservative mep"),
        ),
        (
            "The attackers arrived on motorcycles and fired into the air, said a teacher at the school, who asked not to be named for fear of reprisals.",
            "said a teacher",
            Anonymous,
            Some("a teacher at the school"),
        ),
        (
            "The gunmen left before dawn, said a nurse at the clinic.",
            "said a nurse",
            Anonymous,
            Some("a nurse at the clinic"),
        ),
        (
            "Water ran out on the third day, said one resident of the camp, who declined to give his name.",
            "said one resident",
            Anonymous,
            Some("one resident of the camp"),
        ),
        // Not what was said after the cue: "said a deal was close" is Fleischer's, and a
        // description that goes on past where the person is is what was said (from the review
        // of the change).
        (
            "Ari Fleischer, a former official, said a deal was close.",
            "said a deal",
            ClaimClass::Named,
            Some("Ari Fleischer"),
        ),
        (
            "The mayor, a Democrat, said a resident of the town remains missing.",
            "said a resident",
            Anonymous,
            Some("the mayor"),
        ),
        (
            "One senior Democrat, who asked not to be named, said the bill would fail.",
            "said the bill",
            Anonymous,
            Some("one senior democrat"),
        ),
    ]);
}

/// A headline in title case names nobody a later pronoun stands for, unless the word after an
/// office there is written so in the story too (from a review of 106 everyday news stories:
/// "Judge Sentences Activist to Probation …" made "Sentences Activist" every later "she").
#[test]
fn a_title_case_headline_names_only_whom_the_story_names() {
    let source_at = claim_in;
    let sentenced = "Judge Sentences Activist to Probation for Pipeline Protest\n\nA climate activist who chained herself to construction equipment was sentenced Monday to two years of probation.\n\n\"I do not regret standing up for the water my community depends on,\" she said.";
    assert_eq!(
        source_at(sentenced, "she said"),
        (ClaimClass::Anonymous, Some("she".to_string()))
    );
    let pope = "Pope Francis vs Contemplative Orders\n\nThe approach of the Vatican under Francis to the contemplative life is telling.\n\nHe has repeatedly expressed his contempt for it.";
    assert_eq!(
        source_at(pope, "He has"),
        (ClaimClass::Named, Some("Francis".to_string()))
    );
}

/// A briefing: one labelled speaker answering reporters' questions ("Q    …") is a transcript
/// even when few of its words are in the first person, and the speaker's unlabelled paragraphs
/// are theirs (from a review of 106 everyday news stories, where it was read as news and those
/// paragraphs as the outlet's).
#[test]
fn a_briefing_of_one_speaker_and_reporters_questions_is_a_transcript() {
    let text = "title: Press Briefing by Press Secretary Lorenzo Vance\n---\n\
        MR. VANCE: Good afternoon, everybody. Two things at the top.\n\n\
        This morning, the President signed an executive order directing federal agencies to cut permitting times for bridge repairs in half.\n\n\
        Q    Thanks, Lorenzo. The Senate voted down the border bill last night. Does the President still think a deal is possible?\n\n\
        MR. VANCE: He does. He's been very clear that he'll keep working with anyone who wants to fix the system.\n\n\
        Q    Has he spoken to Senator Harlan since the vote?\n\n\
        MR. VANCE: The lines of communication are open.\n";
    let (kind, claims) = body_claims(text);
    assert_eq!(kind, DocKind::Transcript);
    let sources: Vec<&str> = claims
        .iter()
        .map(|c| c.1.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        sources,
        [
            "Lorenzo Vance", // Two things at the top.
            "Lorenzo Vance", // This morning, the President signed …
            "questioner",    // The Senate voted down …
            "Lorenzo Vance", // He does.
            "Lorenzo Vance", // He's been very clear …
            "Lorenzo Vance", // The lines of communication are open.
        ],
        "{claims:?}"
    );
    // Remarks that end with a few questions stay a speech.
    let remarks = "title: Remarks by President Biden on the Economy\n---\n\
        THE PRESIDENT: I want to talk today about prices. We have made progress. Wages are up.\n\n\
        Our plan is working, and I will keep fighting for working families.\n\n\
        We passed the biggest investment in roads and bridges in a generation.\n\n\
        We cut the cost of insulin for seniors.\n\n\
        We will keep going.\n\n\
        Thank you.\n\n\
        Q    Mr. President, will prices fall?\n\n\
        THE PRESIDENT: They are falling.\n\n\
        Q    And gas?\n\n\
        THE PRESIDENT: Down too.\n";
    assert_eq!(body_claims(remarks).0, DocKind::Speech);
    // Thanks with something said after it is a claim; a report that quotes two answers further
    // down stays news (both from the review of the change).
    let (_, claims) = body_claims(&text.replace(
        "MR. VANCE: The lines of communication are open.",
        "MR. VANCE: Thanks, Lara, imports fell.",
    ));
    assert_eq!(
        claims.last().map(|c| c.1.as_deref()),
        Some(Some("Lorenzo Vance")),
        "{claims:?}"
    );
    let report = "Prices\n\nGas prices have risen for six weeks.\n\nThe White House has blamed the war.\n\nDrivers in Ohio paid $4 a gallon on Monday.\n\nAnalysts expect relief by summer.\n\nQ: Is the President worried?\n\nPSAKI: He is focused on it every day.\n\nQ: When will prices fall?\n\nPSAKI: They should fall by summer.\n\nGas prices rose 40 percent last year.\n";
    assert_eq!(body_claims(report).0, DocKind::News);
}

/// A capitalised surname that spells a verb of receiving is a name ("Stokes said", "Win Htein
/// said"), except in a line in title case; a country's party described in lower case is an
/// unnamed party, not the country (from a review of 106 everyday news stories).
#[test]
fn a_surname_that_spells_a_verb_and_a_countrys_party() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "Ben Stokes scored a century on the first day.\n\n\"We were in a great position at tea, and then it just got away from us,\" Stokes said.",
            "Stokes said",
            Named,
            Some("Ben Stokes"),
        ),
        (
            "Win Htein, a member of the party's central executive committee, said the count was nearly over.",
            "said the count",
            Named,
            Some("Win Htein"),
        ),
        (
            "Zambia's main opposition party said the vote had been rigged.",
            "said the vote",
            Anonymous,
            Some("zambia's main opposition party"),
        ),
    ]);
    // In a title-case headline a capitalised verb of receiving is still a verb.
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Perry Wins Endorsement of Sheriff Joe\n\nThe sheriff backed the governor on Monday.",
    ));
    assert!(
        s.claims
            .iter()
            .all(|c| c.source.as_ref().is_none_or(|s| s.name != "Perry Wins")),
        "{:?}",
        s.claims
    );
}

/// What only looks like speech: a possibility ("can be challenged"), a purpose ("is intended
/// to treat"), a figure ("an estimated $300 million"), a count of views, a plan as a noun ("A
/// developer's plan to build"), and speech not yet given ("has not said whether"); and a
/// company named by its chemicals is what a later "it" stands for (from a review of 106 everyday
/// news stories).
#[test]
fn what_only_looks_like_speech() {
    use ClaimClass::{Anonymous, Named, Unattributed};
    check_at(&[
        (
            "The fine can be challenged at the General Court in Luxembourg.",
            "can be challenged",
            Unattributed,
            None,
        ),
        (
            "The pill is intended to treat postpartum depression.",
            "intended to",
            Unattributed,
            None,
        ),
        (
            "The proposal would add 2 cents per ounce to sodas, raising an estimated $300 million a year.",
            "an estimated",
            Unattributed,
            None,
        ),
        (
            "The post had been viewed more than 14 million times by Monday evening.",
            "viewed more than",
            Unattributed,
            None,
        ),
        (
            "Gov. Nathan Pryce has not said whether he would sign the bill.",
            "has not said",
            Unattributed,
            None,
        ),
        (
            "A developer's plan to build a 12-story apartment tower has drawn fierce opposition from neighbors, who say it would dwarf the old mill.",
            "who say",
            Anonymous,
            Some("neighbors"),
        ),
        (
            "Corbell Chemical said it had followed every permit. Residents sued on Monday. It has denied that its plant was the source of the chemicals.",
            "It has denied",
            Named,
            Some("Corbell Chemical"),
        ),
    ]);
}

/// Unions, hospitals, schools and other bodies in the plural with no name, and militants or
/// insurgents, are unnamed sources, also with where they are from or whose they are; a surname
/// that is a plural ("Banks") stays a name.
#[test]
fn bodies_and_militants_in_the_plural_are_unnamed() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        (
            "Unions at both carriers said they had not been consulted.",
            Anonymous,
            Some("unions"),
            Some("said"),
        ),
        (
            "Pilots' unions at both carriers said they had not been consulted.",
            Anonymous,
            Some("pilots' unions"),
            Some("said"),
        ),
        (
            "Hospitals in the region said they had run out of beds.",
            Anonymous,
            Some("hospitals"),
            Some("said"),
        ),
        (
            "Businesses in Gauteng said another round of power cuts would be a blow to the economy.",
            Anonymous,
            Some("businesses"),
            Some("said"),
        ),
        (
            "Militants in Yemen have said they will halt attacks on shipping.",
            Anonymous,
            Some("militants"),
            Some("said"),
        ),
        (
            "Houthi militants in Yemen have said they will halt attacks on shipping as long as the ceasefire holds.",
            Anonymous,
            Some("houthi militants"),
            Some("said"),
        ),
        (
            "Insurgents said they had fired the rockets.",
            Anonymous,
            Some("insurgents"),
            Some("said"),
        ),
        (
            "Banks lamented that China has become a partisan issue.",
            Named,
            Some("Banks"),
            Some("lamented"),
        ),
    ]);
}

/// "added" before a quantity sized by a word ("just", "nearly", "another") is a rise, no speech:
/// the trailing attribution owns the sentence.
#[test]
fn adding_a_sized_quantity_is_no_speech() {
    use ClaimClass::{Named, Unattributed};
    assert_last(&[
        (
            "Employers added just 73,000 jobs in July, the Labor Department said, well below the 110,000 that economists had forecast.",
            Named,
            Some("Labor Department"),
            Some("said"),
        ),
        (
            "The index added nearly 40 points on Friday, Reuters reported.",
            Named,
            Some("Reuters"),
            Some("reported"),
        ),
        (
            "While the U.S. added around 292,000 jobs in December, stocks fell.",
            Unattributed,
            None,
            None,
        ),
        (
            "The network added another $2 billion to its bid.",
            Unattributed,
            None,
            None,
        ),
    ]);
    // (A speaker who adds something still speaks.)
    assert_eq!(
        claim_at("He added just one thing: the plan is dead.", "He added").0,
        ClaimClass::Anonymous
    );
}

/// One capitalised word and a colon opening a news story's first paragraph, before narration in
/// the third person, is a dateline ("Mumbai: Heavy rain …"), the outlet's words, when the word
/// is a city of the lexicon's `dateline_places`; a surname ("Graham:", "Khan: Khan's lawyers"),
/// a country ("China:"), or a label before a quotation, the first person or a title-case line
/// stays a speaker's.
#[test]
fn a_place_and_a_colon_opening_a_story_is_a_dateline() {
    use ClaimClass::{Named, Unattributed};
    let first = |body: &str| {
        claim_in(
            &format!("Rains lash the city\n\n{body}\n\nMore later.\n"),
            body,
        )
    };
    assert_eq!(
        first("Mumbai: Heavy rain pounded Mumbai and its suburbs on Friday, throwing train services out of gear."),
        (Unattributed, None)
    );
    assert_eq!(
        first("Jaipur: The Rajasthan Police's Special Operations Group has arrested six people in connection with the leak."),
        (Unattributed, None)
    );
    assert_eq!(
        first("Lagos: Fuel queues returned to the city on Monday as stations ran dry."),
        (Unattributed, None)
    );
    assert_eq!(
        first("Issa: Hillary Clinton’s ‘Honesty Is In Question.’").0,
        Named
    );
    assert_eq!(
        first("Graham: Trump’s rhetoric is destroying the party's chances in the fall.").0,
        Named
    );
    // (Not a country, nor a surname the sentence repeats.)
    assert_eq!(
        first("China: The United States must stop arming Taiwan or face consequences.").0,
        Named
    );
    assert_eq!(
        first("Khan: Khan's lawyers will appeal the verdict on Monday.").0,
        Named
    );
    assert_eq!(
        first("Modi: We will double farmers' incomes by next year.").0,
        Named
    );
    assert_eq!(
        first("Khans: Trump stirs 'ugliness' as the couple cope with sudden fame.").0,
        Named
    );
}

/// A web address with a country's ending names an organisation as one word ("Daft.ie",
/// "PowerOutage.us"), after "according to" and "says" as before a cue.
#[test]
fn a_web_address_with_a_countrys_ending_is_a_name() {
    use ClaimClass::Named;
    assert_last(&[
        (
            "Average rents rose by 1.8 per cent, according to the latest report from property website Daft.ie.",
            Named,
            Some("Daft.ie"),
            Some("according to"),
        ),
        (
            "Rents in Dublin rise for the 14th quarter in a row, says Daft.ie.",
            Named,
            Some("Daft.ie"),
            Some("says"),
        ),
        (
            "More than 380,000 homes were without power, according to the tracking website PowerOutage.us.",
            Named,
            Some("PowerOutage.us"),
            Some("according to"),
        ),
        (
            "House prices fell 2 per cent, Rightmove.co.uk said.",
            Named,
            Some("Rightmove.co.uk"),
            Some("said"),
        ),
        (
            "Job advertisements fell 3 per cent in May, according to Seek.com.au.",
            Named,
            Some("Seek.com.au"),
            Some("according to"),
        ),
    ]);
}

/// "The agency" stands for an administration or a service of three words or more that the
/// narration named ("The Food and Drug Administration approved …"), not "the Trump
/// Administration"; "the company" for a business the narration named though a person with a
/// title that holds a business's word spoke since ("Chief Financial Officer Ben Wakefield",
/// "Energy Minister Gwede Mantashe"), and for a savings bank.
#[test]
fn agencies_and_businesses_the_narration_named_are_their_roles() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "The Food and Drug Administration approved the pill on Wednesday.\n\nThe agency said the decision was based on a study of 37 adolescents.",
            "The agency said",
            Named,
            Some("Food and Drug Administration"),
        ),
        (
            "The U.S. Food and Drug Administration on Wednesday approved the use of zuranolone.\n\nThe agency said the decision was based on a study.",
            "The agency said",
            Named,
            Some("U.S. Food and Drug Administration"),
        ),
        (
            "The Federal Aviation Administration grounded the jets on Friday.\n\nThe agency said inspections would take a week.",
            "The agency said",
            Named,
            Some("Federal Aviation Administration"),
        ),
        (
            "The Trump Administration grounded the jets on Friday.\n\nThe agency said inspections would take a week.",
            "The agency said",
            Anonymous,
            Some("the agency"),
        ),
        (
            "Greatmart Stores Inc. raised its sales forecast on Tuesday.\n\n\"Customers are stretching every dollar,\" Chief Financial Officer Ben Wakefield said.\n\nThe company said it expects growth of 4%.",
            "The company said",
            Named,
            Some("Greatmart Stores Inc"),
        ),
        (
            "Eskom Holdings cut power to millions of homes on Monday.\n\nEnergy Minister Gwede Mantashe said the cuts would end soon.\n\nThe company said it had no choice.",
            "The company said",
            Named,
            Some("Eskom Holdings"),
        ),
        (
            "Heartland Savings Bank will open five new branches, the bank announced Thursday.\n\nThe expansion will create about 60 jobs, the company said.",
            "the company said",
            Named,
            Some("Heartland Savings Bank"),
        ),
    ]);
}

/// Someone an indefinite description opening the sentence places "of" or "from" somewhere is
/// unnamed, the whole description, as after "at" or "with": not the street or the trust.
#[test]
fn a_person_described_by_where_they_live_or_work_is_unnamed() {
    use ClaimClass::{Anonymous, Named};
    assert_last(&[
        (
            "A resident of the 400 block of Birch Street reported Sunday that someone had stolen a bicycle from her garage.",
            Anonymous,
            Some("a resident of the 400 block of birch street"),
            Some("reported"),
        ),
        (
            "A resident of Birch Street said the lights had been out for a week.",
            Anonymous,
            Some("a resident of birch street"),
            Some("said"),
        ),
        (
            "A senior clinician from Somerset NHS Foundation Trust said the service had been dealing with a 40 per cent rise in referrals.",
            Anonymous,
            Some("a senior clinician from somerset nhs foundation trust"),
            Some("said"),
        ),
        (
            "A member of the Smith family said the plant should reopen.",
            Anonymous,
            Some("a member of the smith family"),
            Some("said"),
        ),
        (
            "Representative Peter T. King, a Republican of New York and a longtime critic of proposals to change the immigration system, said it was significant.",
            Named,
            Some("Peter T. King"),
            Some("said"),
        ),
    ]);
}

/// Members of the Dáil, the Scottish Parliament and Northern Ireland's Assembly in the plural are
/// unnamed as MPs are ("Opposition TDs said", "Several SNP MSPs said").
#[test]
fn members_of_parliaments_in_the_plural_are_unnamed() {
    use ClaimClass::Anonymous;
    assert_last(&[
        (
            "Opposition TDs said the Government had failed to act.",
            Anonymous,
            Some("opposition tds"),
            Some("said"),
        ),
        (
            "Two Fianna Fáil TDs said the Government had failed to act.",
            Anonymous,
            Some("two fianna fáil tds"),
            Some("said"),
        ),
        (
            "Several SNP MSPs said the bill went too far.",
            Anonymous,
            Some("several snp msps"),
            Some("said"),
        ),
        (
            "Unionist MLAs said they would not return to the Assembly.",
            Anonymous,
            Some("unionist mlas"),
            Some("said"),
        ),
    ]);
}

/// A page of questions and answers is an interview only of someone the page says it interviews:
/// not a topic's person in the headline ("Q&A: What President Donald Trump's tariffs mean"), a
/// title-case headline's words ("Q&A: Bill Would Ban Phones"), a quiz's ("News quiz: … Joe
/// Biden's last week"), nor the first of several the lines before the questions name (the one
/// after "We asked", "spoke with" is); narration after the answers is the outlet's again.
#[test]
fn only_whom_the_page_interviews_answers() {
    let answers = |doc: &str| -> Vec<(ClaimClass, Option<String>)> {
        let engine = Engine::new(RuleSet::default_rules());
        let s = engine.score(Document::new("t", doc.to_string()));
        s.claims
            .iter()
            .filter(|c| {
                let t = &s.article.text[c.span.clone()];
                t.starts_with("A:") || t.starts_with("A.")
            })
            .map(|c| (c.class, c.source.as_ref().map(|s| s.name.clone())))
            .collect()
    };
    let qa = "\n\nQ: Who pays?\n\nA: Shoppers pay most of it at the register.\n\nQ: For how long?\n\nA: Probably until the end of next year.\n";
    let nobody = vec![(ClaimClass::Unattributed, None); 2];
    for headline in [
        "Q&A: What President Donald Trump's new tariffs mean for your grocery bill",
        "Q&A: Bill Would Ban Phones In Classrooms",
        "Q&A: Frank Talk About Retirement Savings",
    ] {
        assert_eq!(
            answers(&format!("{headline}\n\nHere is what we know.{qa}")),
            nobody,
            "{headline}"
        );
    }
    let quiz = "News quiz: How closely did you follow Joe Biden's last week in office?\n\nTest your knowledge of the week's news.\n\nQ. Which country did the president visit?\n\nA. Angola, his first trip there.\n\nQ. How many pardons?\n\nA. About 1,500 of them.\n";
    assert_eq!(answers(quiz), nobody);
    let named = |n: &str| vec![(ClaimClass::Named, Some(n.to_string())); 2];
    assert_eq!(
        answers(&format!("Rent rules explained\n\nGov. Kathy Hochul signed the new rent law on Monday. We asked housing lawyer Priya Raman what it means for tenants.{qa}")),
        named("Priya Raman")
    );
    assert_eq!(
        answers(&format!("Q&A: Why measles is making a comeback\n\nReporter Jane Kim spoke with Dr. Amara Osei, an epidemiologist, about the outbreak.{qa}")),
        named("Amara Osei")
    );
    assert_eq!(
        answers(&format!("Q&A: Joe Biden's budget, explained\n\nEconomist Lara Mendez has studied federal budgets for 20 years. She spoke with us on Friday.{qa}")),
        named("Lara Mendez")
    );
    // Narration after the answers, and the note on the editing, are the outlet's.
    let doc = format!("Q&A: Fire Chief Maria Delgado on a Long Summer\n\nMaria Delgado spoke with the Herald.{qa}\nCouncil member Tom Reyes said the city cannot afford new hires.\n\nThis interview has been edited for length and clarity.\n");
    assert_eq!(answers(&doc), named("Maria Delgado"));
    assert_eq!(
        claim_in(&doc, "Council member"),
        (ClaimClass::Named, Some("Tom Reyes".to_string()))
    );
    assert_eq!(claim_in(&doc, "This interview").0, ClaimClass::Unattributed);
}

/// Two bodies joined by "and" stay two ("The FBI and Justice Department …", "The Mayor and City
/// Council …"); the World Bank and the West Bank are no company; a business named before a
/// description in lower case ("Rivertown Foods chief executive Dana Whitfield") stays the company;
/// adding a time is no rise ("She added 30 minutes later that …").
#[test]
fn bodies_joined_by_and_stay_two_and_banks_are_no_companies() {
    use ClaimClass::{Anonymous, Named};
    check_at(&[
        (
            "The FBI and Justice Department opened an inquiry in March.\n\nThe department said on Friday it had closed the inquiry.",
            "The department said",
            Named,
            Some("Justice Department"),
        ),
        (
            "The Mayor and City Council approved the stadium deal.\n\nThe council said the team would pay for overruns.",
            "The council said",
            Named,
            Some("City Council"),
        ),
        (
            "The dam will be built with a loan from the World Bank.\n\nThe company said work would begin in January.",
            "The company said",
            Anonymous,
            Some("the company"),
        ),
        (
            "The plant stands in the occupied West Bank.\n\nThe company said work would begin next year.",
            "The company said",
            Anonymous,
            Some("the company"),
        ),
        (
            "Rivertown Foods chief executive Dana Whitfield told analysts that sales had slowed.\n\nThe company said it would close 12 stores.",
            "The company said",
            Named,
            Some("Rivertown Foods"),
        ),
        (
            "Sgt. Lena Ortiz said two officers were at the scene. She added 30 minutes later that more officers were coming.",
            "She added",
            Named,
            Some("Lena Ortiz"),
        ),
    ]);
}
