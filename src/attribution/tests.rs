//! Attribution on hand-written sentences, one class at a time.

use super::*;
use crate::input::Document;
use crate::rules::RuleSet;
use crate::Engine;

fn claims_of(text: &str) -> Vec<(ClaimClass, Option<String>, Option<String>)> {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new("t", format!("Headline here\n\n{text}")));
    s.claims
        .into_iter()
        .filter(|c| s.article.paragraphs[c.paragraph].kind == ParagraphKind::Body)
        .map(|c| (c.class, c.source.map(|s| s.name), c.cue.map(|c| c.text)))
        .collect()
}

/// Asserts the source names of a text's body claims, in order.
fn assert_sources(text: &str, expected: &[Option<&str>]) {
    let c = claims_of(text);
    let names: Vec<Option<&str>> = c.iter().map(|c| c.1.as_deref()).collect();
    assert_eq!(names, expected, "{text}: {c:?}");
}

fn one(text: &str) -> (ClaimClass, Option<String>, Option<String>) {
    let c = claims_of(text);
    assert_eq!(c.len(), 1, "{text}: {c:?}");
    c.into_iter().next().unwrap()
}

#[test]
fn direct_quote_with_speaker_after() {
    let (class, source, cue) =
        one("“There was an urgent need for ammunition,” Stoltenberg told a panel in Seoul.");
    assert_eq!(class, ClaimClass::Named);
    assert_eq!(source.as_deref(), Some("Stoltenberg"));
    assert_eq!(cue.as_deref(), Some("told"));
}

#[test]
fn inverted_speaker_and_titles_stripped() {
    let (class, source, _) =
        one("“We will not back down,” said US Defense Secretary Lloyd Austin.");
    assert_eq!(class, ClaimClass::Named);
    assert_eq!(source.as_deref(), Some("Lloyd Austin"));
}

#[test]
fn indirect_speech() {
    let (class, source, cue) =
        one("Stoltenberg urged Seoul to increase military support for Ukraine.");
    assert_eq!(
        (class, source.as_deref(), cue.as_deref()),
        (ClaimClass::Named, Some("Stoltenberg"), Some("urged"))
    );
}

#[test]
fn according_to_a_registered_agency() {
    let (class, source, cue) =
        one("According to Seoul-based Yonhap News Agency, the drills will start on Monday.");
    assert_eq!(class, ClaimClass::Named);
    assert_eq!(source.as_deref(), Some("Yonhap News Agency"));
    assert_eq!(cue.as_deref(), Some("according to"));
}

#[test]
fn colon_introduced_quote() {
    let (class, source, _) = one("Kim said: “NATO is seeking hegemony in the region.”");
    assert_eq!((class, source.as_deref()), (ClaimClass::Named, Some("Kim")));
}

#[test]
fn pronoun_links_to_preceding_named_source() {
    let c = claims_of("Jens Stoltenberg arrived in Seoul, Stoltenberg said on Monday.\n\n“We need more ammunition,” he added.");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1].0, ClaimClass::Named);
    // The full name the narration gave.
    assert_eq!(c[1].1.as_deref(), Some("Jens Stoltenberg"));
}

#[test]
fn anonymous_sources() {
    for text in [
        "Officials said the talks had stalled.",
        "A source familiar with the talks told reporters the deal was close.",
        "Experts say the sanctions will hurt exports.",
        "One diplomat, who asked not to be named, said the vote would be delayed.",
        "Several friends said she had planned to leave.",
        "A new poll shows the race is close.",
        "Her longtime supporters argue that the plan is sound.",
        "About three in 10 said they prefer a change of course.",
        "People briefed on the move said that it reflected a new strategy.",
    ] {
        let (class, _, _) = one(text);
        assert_eq!(class, ClaimClass::Anonymous, "{text}");
    }
}

#[test]
fn agentless_attribution() {
    for text in [
        "It is believed the ship sank near the coast.",
        "The leader reportedly left the capital on Sunday.",
        "Austin is also expected to reach Seoul today.",
        "The suspect allegedly fired the first shot.",
    ] {
        let (class, source, _) = one(text);
        assert_eq!((class, source), (ClaimClass::Agentless, None), "{text}");
    }
}

#[test]
fn bare_assertion_is_unattributed() {
    let (class, source, cue) =
        one("The two nations in the far east are close allies of the US in the region.");
    assert_eq!((class, source, cue), (ClaimClass::Unattributed, None, None));
}

#[test]
fn questions_in_narration_are_not_claims() {
    for question in [
        "Will the talks resume next week?",
        // A word the outlet sets in quotation marks is no speaker's question.
        "Is this what they call a “win?”",
        "Who gets to decide what counts as \"news?\"",
        "What, he asked, is \"fair?\"",
    ] {
        assert!(claims_of(question).is_empty(), "{question}");
    }
}

/// A question the narration quotes after its cue is the speaker's, as one quoted before the cue
/// is ("“Is the trip …?” Kim asked.").
#[test]
fn a_quoted_question_after_its_cue_is_the_speakers() {
    for (text, speaker, cue) in [
        (
            "Co-anchor Norah O'Donnell, who was off-screen, then loudly asked, \"Really?\"",
            "Norah O'Donnell",
            "asked",
        ),
        (
            "Then Senator Ann Patel asked reporters, “Who would do that to a child?”",
            "Ann Patel",
            "asked",
        ),
        (
            "Mayor Tom Reyes wondered: “Where was the state?”",
            "Tom Reyes",
            "wondered",
        ),
        (
            "The judge, Maria Lopez, asked the lawyers, “Is there any dispute about the dates?”",
            "Maria Lopez",
            "asked",
        ),
        (
            "“We were told nothing,” said Ruth Ellis, who then demanded, “Why?”",
            "Ruth Ellis",
            "said",
        ),
    ] {
        let (class, source, got_cue) = one(text);
        assert_eq!(
            (class, source.as_deref(), got_cue.as_deref()),
            (ClaimClass::Named, Some(speaker), Some(cue)),
            "{text}"
        );
    }
}

/// So is an unquoted question the narration reports after an asking cue and a colon; a question
/// after a colon with no asking cue before it is still no one's claim.
#[test]
fn a_reported_question_after_an_asking_cue_and_a_colon_is_the_askers() {
    for (text, speaker, cue) in [
        (
            "During Saturday night’s candidate debate, on the eve of the Super Bowl, ABC moderator David Muir asked Republicans a simple question: Who do you think will win the Super Bowl, the North Carolina Panthers or the Denver Broncos?",
            "David Muir",
            "asked",
        ),
        (
            "Senator Ann Patel asked the minister: Why were the warnings ignored?",
            "Ann Patel",
            "asked",
        ),
        (
            "Mayor Tom Reyes wondered aloud: Where was the state when the river rose?",
            "Tom Reyes",
            "wondered",
        ),
        (
            "The judge, Maria Lopez, asked the lawyers one thing: Is there any dispute about the dates?",
            "Maria Lopez",
            "asked",
        ),
        (
            "At the hearing, Rep. Jim Cole questioned the witness: Who signed the order?",
            "Jim Cole",
            "questioned",
        ),
    ] {
        let (class, source, got_cue) = one(text);
        assert_eq!(
            (class, source.as_deref(), got_cue.as_deref()),
            (ClaimClass::Named, Some(speaker), Some(cue)),
            "{text}"
        );
    }
    for question in [
        "The question now is simple: who will pay for the repairs?",
        "Senator Ann Patel said it best: Why were the warnings ignored?",
        "It is worth asking: Who benefits?",
    ] {
        assert!(claims_of(question).is_empty(), "{question}");
    }
}

#[test]
fn multi_sentence_quote_and_attribution_count_once() {
    let c = claims_of("“The trip is a provocation. It gives rise to concern,” wrote researcher Kim Tong Myong in state-run KCNA.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1.as_deref(), Some("Kim Tong Myong"));
}

#[test]
fn loaded_cue_is_graded() {
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Headline\n\nThe minister admitted that the plan had failed.",
    ));
    let cue = s.claims.iter().find_map(|c| c.cue.clone()).unwrap();
    assert_eq!(cue.text, "admitted");
    assert!(cue.loaded);
}

#[test]
fn speaker_labels_are_colon_cues_but_headings_are_not() {
    let (class, source, cue) =
        one("President of Russia Vladimir Putin: We are ready to work together on this.");
    assert_eq!(
        (class, source.as_deref(), cue.as_deref()),
        (ClaimClass::Named, Some("Vladimir Putin"), Some(":"))
    );
    let (class, _, cue) = one("UPDATE: The vote has been moved to Friday afternoon.");
    assert_eq!((class, cue), (ClaimClass::Unattributed, None));
    // A one-word label is a speaker when it is a name, as in headlines, and not a heading word.
    let (class, source, _) = one("Graham: Trump’s rhetoric is destroying the party's chances.");
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Named, Some("Graham"))
    );
    // Nor is a label before a figure alone (a tally) or before nothing (a heading).
    for heading in [
        "Contributing: Jane Doe in Washington and John Roe in Des Moines.",
        "Update: The vote has been moved to Friday afternoon.",
        "Bernie Sanders: 1,501.",
        "Hillary Clinton: 1,769.",
        "Clinton: 52 percent.",
        "Turnout: $4.2 million.",
    ] {
        let (class, _, cue) = one(heading);
        assert_eq!((class, cue), (ClaimClass::Unattributed, None), "{heading}");
    }
}

#[test]
fn sources_are_names_not_stray_words() {
    // A pronoun followed by an adverb is still the pronoun, linked to Biden.
    let c = claims_of(
        "Biden said the talks had failed.\n\nHe bizarrely asserted that the vote was rigged.",
    );
    assert_eq!(c[1].1.as_deref(), Some("Biden"), "{c:?}");
    // A possessive is not part of the name.
    let (_, source, _) = one("Russia’s envoy claimed the vote was fair and open.");
    assert_eq!(source.as_deref(), Some("Russia"));
    // Lower-case words before a cue are no speaker: no source, so the claim is agentless.
    let (class, source, _) = one("In the end, efforts supporting the plan failed in Geneva.");
    assert_eq!((class, source), (ClaimClass::Agentless, None));
    // A sentence-initial function word is no speaker either.
    let (_, source, _) = one("To be sure, critics noted that the plan failed.");
    assert_eq!(source.as_deref(), Some("critics"));
}

#[test]
fn colon_opening_a_quotation_is_a_cue() {
    let (class, source, cue) =
        one("Sanders returned to a familiar theme: “We will not raise taxes on working families.”");
    assert_eq!(
        (class, source.as_deref(), cue.as_deref()),
        (ClaimClass::Named, Some("Sanders"), Some(":"))
    );
}

#[test]
fn evidential_hedge_is_an_attribution_without_a_source() {
    let (class, source, cue) = one("The campaign seemed to be shrinking in stature.");
    assert_eq!(
        (class, source, cue),
        (ClaimClass::Agentless, None, Some("seemed to".into()))
    );
    // ... and it still counts as a hedge.
    let engine = Engine::new(RuleSet::default_rules());
    let s = engine.score(Document::new(
        "t",
        "Headline here\n\nThe campaign seemed to be shrinking in stature.",
    ));
    let hedges: usize = s.paragraphs.iter().map(|r| r.matches.hedges).sum();
    assert_eq!(hedges, 1);
}

#[test]
fn cue_extent_keeps_auxiliaries_and_prepositions_but_not_the_content() {
    let rules = RuleSet::default_rules();
    let cue = |text: &str, term: &str| {
        let at = text.find(term).unwrap();
        text[cue_extent(text, &rules.lexicon, at..at + term.len())].to_string()
    };
    assert_eq!(
        cue("He has also said that taxes rose.", "said that"),
        "has also said"
    );
    assert_eq!(cue("She plans to run again.", "plans to"), "plans");
    assert_eq!(
        cue("Prices rose, according to the agency.", "according to"),
        "according to"
    );
    assert_eq!(
        cue("He was referring to Clinton.", "referring to"),
        "was referring to"
    );
}

#[test]
fn a_question_in_narration_is_not_a_claim_even_with_a_cue() {
    assert!(claims_of("So what do we see?").is_empty());
    assert!(claims_of("How do you think he will be able to win?").is_empty());
    // A quoted question with its attribution is a claim.
    let (class, source, _) = one("“Is the trip aimed at a new alliance?” Kim asked.");
    assert_eq!((class, source.as_deref()), (ClaimClass::Named, Some("Kim")));
}

#[test]
fn a_pronoun_with_nobody_before_it_is_never_a_name() {
    // "They" with no antecedent: nobody named stands behind the claim.
    let (class, source, _) = one("They said the talks had failed.");
    assert_eq!(
        (class, source.as_deref()),
        (ClaimClass::Anonymous, Some("they"))
    );
    // A capitalised word before the pronoun does not make a name of it ("Like I said").
    let (class, source, _) = one("Like I said, the deal is dead.");
    assert_eq!((class, source.as_deref()), (ClaimClass::Named, Some("i")));
    // "I" after a speaker label or before a contraction is still the pronoun, and it is not
    // remembered: the later "he" does not point back to it.
    let c = claims_of("I don’t know what they want. Kim Tong Myong said the trip was a provocation. He added that Seoul would regret it.");
    let sources: Vec<Option<&str>> = c.iter().map(|(_, s, _)| s.as_deref()).collect();
    assert_eq!(
        sources,
        vec![Some("i"), Some("Kim Tong Myong"), Some("Kim Tong Myong")]
    );
}

#[test]
fn a_capitalised_title_links_to_the_person_introduced_with_it() {
    let c = claims_of(
        "President Joe Biden said the sanctions would stay. \
         Jen Psaki told reporters the call was productive. \
         “We will not back down,” the President said.",
    );
    let sources: Vec<Option<&str>> = c.iter().map(|(_, s, _)| s.as_deref()).collect();
    assert_eq!(
        sources,
        vec![Some("Joe Biden"), Some("Jen Psaki"), Some("Joe Biden")]
    );
}

#[test]
fn a_surname_met_before_the_full_name_takes_the_full_name() {
    let c = claims_of(
        "Stoltenberg said the alliance would stay. \
         Jens Stoltenberg told reporters the talks went well. \
         NASA said the launch was delayed.",
    );
    let sources: Vec<Option<&str>> = c.iter().map(|(_, s, _)| s.as_deref()).collect();
    assert_eq!(
        sources,
        vec![
            Some("Jens Stoltenberg"),
            Some("Jens Stoltenberg"),
            Some("NASA")
        ]
    );
}

#[test]
fn a_person_named_after_an_organisation_and_title_is_the_person() {
    // The organisation is the person's affiliation, not the speaker.
    assert_sources(
        "NATO Secretary General Jens Stoltenberg told reporters the alliance would stay united. \
         Russian Foreign Minister Sergei Lavrov told TASS the visit was a provocation. \
         Kremlin spokesman Dmitry Peskov said the talks were useful. \
         White House Press Secretary Karine Jean-Pierre said the meeting went well. \
         Stoltenberg added that he was pleased.",
        &[
            Some("Jens Stoltenberg"),
            Some("Sergei Lavrov"),
            Some("Dmitry Peskov"),
            Some("Karine Jean-Pierre"),
            Some("Jens Stoltenberg"),
        ],
    );
}

#[test]
fn organisations_whose_names_hold_a_title_word_keep_their_names() {
    assert_sources(
        "General Motors said sales fell in March. \
         The Foreign Ministry said the ambassador had been summoned. \
         NATO said the exercise would go ahead. \
         The Justice Department said the inquiry was closed. \
         Yonhap News Agency reported the launch.",
        &[
            Some("General Motors"),
            Some("Foreign Ministry"),
            Some("NATO"),
            Some("Justice Department"),
            Some("Yonhap News Agency"),
        ],
    );
}

#[test]
fn an_appositive_between_name_and_cue_leaves_the_name_the_speaker() {
    assert_sources(
        "Major general Fuad Basya, spokesman for the Indonesian military, said the boats were found. \
         John Smith, 45, said he was tired. \
         Kim Tong Myong, who heads the institute, said the drills were a threat.",
        &[
            Some("Fuad Basya"),
            Some("John Smith"),
            Some("Kim Tong Myong")
        ],
    );
}

#[test]
fn an_office_standing_for_a_person_takes_the_persons_name() {
    // The release style of president.gov.ua: the person is introduced with the office, then
    // the office alone stands for him; "Head of State" is the office a president holds.
    assert_sources(
        "President of Ukraine Volodymyr Zelenskyy said the talks were useful. \
         The President of Ukraine stressed the importance of sanctions. \
         The Head of State thanked the partners for their support.",
        &[Some("Volodymyr Zelenskyy"); 3],
    );
    // The office met before the person (a headline) is mended once the person is known.
    assert_sources(
        "The President of Ukraine thanked the partners for their support. \
         President of Ukraine Volodymyr Zelenskyy said the talks were useful.",
        &[Some("Volodymyr Zelenskyy"); 2],
    );
    // The person may be introduced with the office outside any claim, and two offices in one
    // sentence each keep their own holder.
    assert_sources(
        "Another phone call took place between President of Ukraine Volodymyr Zelenskyy and \
         President of the United States Joseph Biden. \
         The President of Ukraine thanked the partners for their support. \
         The President of the United States said the aid would continue.",
        &[None, Some("Volodymyr Zelenskyy"), Some("Joseph Biden")],
    );
    // An office of another country is not his: "President of Poland" stays apart.
    let c = claims_of(
        "President of Ukraine Volodymyr Zelenskyy said the talks were useful. \
         The President of Poland stressed the importance of sanctions.",
    );
    assert_eq!(c[1].1.as_deref(), Some("President of Poland"));
    // "of the" inside an office, and an office is not the country it names.
    assert_sources(
        "President of the United States Joe Biden said the call was frank. \
         The President of the United States stressed the importance of sanctions. \
         The President of Russia said the call was useful.",
        &[
            Some("Joe Biden"),
            Some("Joe Biden"),
            Some("President of Russia"),
        ],
    );
}

#[test]
fn first_person_pronouns_in_narration_are_the_writer_not_the_last_name() {
    let c = claims_of(
        "Lenin criticised this plan. \
         I am not trying to put the blame on anyone, but we know what followed.",
    );
    assert_eq!(c[0].1.as_deref(), Some("Lenin"));
    assert_eq!(c[1].1.as_deref(), Some("i"));
}

#[test]
fn numbers_and_sentence_adverbs_are_not_names() {
    let c = claims_of(
        "Only about 4 in 10 Republican voters in each state want all immigrants deported. \
         Incidentally, in requesting that the call be held today, officials cited the risk. \
         Perhaps they had learned an important lesson from the exhibit.          Don’t believe them. Had the authorities found the posts, they might have acted.          Doesn't anyone remember the deal? Hasn't the mayor said enough?",
    );
    assert_eq!(c.len(), 5, "{c:?}");
    for (_, source, _) in &c {
        assert!(
            !matches!(
                source.as_deref(),
                Some("4" | "Incidentally" | "Perhaps" | "Don’t" | "Had")
            ),
            "{c:?}"
        );
    }
}

#[test]
fn first_person_after_a_speaker_label_is_the_speaker() {
    // A speaker label opening the text makes it a speech: every paragraph of the turn is the
    // speaker's words, so what Lenin did is Putin's claim, and so is "I".
    assert_sources(
        "President of Russia Vladimir Putin: Comrades, the operation is going to plan.\n\n\
         Lenin criticised this plan long ago.\n\n\
         I want to thank our soldiers.",
        &[
            Some("Vladimir Putin"),
            Some("Vladimir Putin"),
            Some("Vladimir Putin"),
        ],
    );
}

#[test]
fn a_person_described_through_someone_else_is_that_description() {
    // A representative speaks for the one named ("Biden's spokesman" is Biden, as "Russia's
    // envoy" is Russia); a relative, a lawyer or an author speaks for themselves.
    let c = claims_of(
        "Joe Biden said on Monday the talks were useful. \
         Biden's spokesman said the call went well. \
         Allegedly, Thomas' sister pleaded with him to see a doctor. \
         The company's lawyer said the suit was baseless. \
         The report's authors wrote that iodine levels had fallen. \
         He’s going to say the talks failed.",
    );
    let names: Vec<Option<&str>> = c.iter().skip(1).map(|c| c.1.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Joe Biden"),
            Some("Thomas' sister"),
            Some("the company's lawyer"),
            Some("the report's authors"),
            // Not the sister: "he" is a man, and the authors are many.
            Some("Joe Biden"),
        ]
    );
    // Described through a common noun ("the company's lawyer"), nobody is named; through a
    // name ("Thomas' sister"), the description is a name.
    let classes: Vec<ClaimClass> = c.iter().skip(1).map(|c| c.0).collect();
    assert_eq!(
        classes,
        [
            ClaimClass::Named,
            ClaimClass::Named,
            ClaimClass::Anonymous,
            ClaimClass::Anonymous,
            ClaimClass::Named,
        ]
    );
}

#[test]
fn a_lone_capitalised_modifier_is_no_name_but_an_institution_keeps_its_own() {
    let c = claims_of(
        "We are getting signals from some European capitals telling us not to worry. \
         On Tuesday, the New Zealand government announced a new flag process. \
         Hernan Dario Gomez, Panama coach, said the team had learned a lot. \
         Microsoft no longer wants to support the old browser.",
    );
    let names: Vec<Option<&str>> = c.iter().map(|c| c.1.as_deref()).collect();
    assert_ne!(names[0], Some("European"), "{c:?}");
    assert_eq!(
        names[1..],
        [
            Some("New Zealand"),
            Some("Hernan Dario Gomez"),
            Some("Microsoft")
        ]
    );
}

#[test]
fn a_generic_plural_subject_is_an_unnamed_source() {
    for text in [
        "Others said the plan would fail.",
        "Some argue that the sanctions will not work.",
        "People say the queues are longer than ever.",
    ] {
        let (class, source, _) = one(text);
        assert_eq!(class, ClaimClass::Anonymous, "{text}: {source:?}");
    }
}

#[test]
fn a_pronoun_before_a_passive_cue_names_nobody() {
    // "It should be noted" is nobody's statement, not the last-named source's; "I am also
    // announcing" is a progressive, not a passive, and stays the writer's.
    let c = claims_of(
        "Sylvia Manzano said the poll was fair. \
         It should be noted that two of the researchers were hired as consultants. \
         Today, I am also announcing new aid for the region.",
    );
    assert_eq!(c[1].1, None, "{c:?}");
    assert_eq!(c[2].1.as_deref(), Some("i"), "{c:?}");
}

#[test]
fn a_named_subject_before_a_passive_cue_is_not_the_source() {
    // "Washington was also proposed": the museum was proposed by someone unnamed; "was quoted"
    // keeps its subject, who is the one quoted.
    assert_sources(
        "The Museum of Flight in Seattle, Washington was also proposed as another location. \
         Carla Diaz was quoted as saying the plan was sound.",
        &[None, Some("Carla Diaz")],
    );
}

#[test]
fn an_appositive_may_hold_a_place_and_a_post_nominal() {
    // "University of Arkansas, Fayetteville," continues the appositive; "SC" is a title after
    // the name; "Today" opens the sentence and names nobody.
    assert_sources(
        "Cynthia Thompson, curator and director of exhibits at the University of Arkansas, \
         Fayetteville, said the images were rare. \
         Tom Molomby, SC, said that the parents should be found not guilty. \
         Today Russia announced that the talks were over. \
         Robert Shrum, a veteran Democratic strategist, said the race was close. \
         Mary Trent, speaking at a rally in Wilmington, N.C., warned that taxes would rise.",
        &[
            Some("Cynthia Thompson"),
            Some("Tom Molomby"),
            Some("Russia"),
            Some("Robert Shrum"),
            Some("Mary Trent"),
        ],
    );
}

#[test]
fn the_agent_of_a_passive_cue_is_the_source() {
    assert_sources(
        "This was stated by President Volodymyr Zelenskyy in an address on Monday.",
        &[Some("Volodymyr Zelenskyy")],
    );
}

#[test]
fn a_plural_after_two_people_is_both_of_them() {
    // A readout of a call: "the leaders" and "they" are the two people named, not the last one;
    // "the ministry" with no ministry named is an unnamed source, and "they" right after it is
    // that source.
    let text =
        "Vladimir Putin said the talks were useful. Joseph Biden said the talks were frank. \
         The leaders expressed hope that the talks would go on. \
         They agreed to speak again. \
         The ministry said the visit was over. They added that no date was set.";
    let engine = Engine::new(RuleSet::default_rules());
    let scored = engine.score(Document::new("t", text.to_string()));
    let kinds: Vec<&str> = scored
        .claims
        .iter()
        .filter_map(|c| c.source.as_ref().map(|s| s.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            "unregistered",
            "unregistered",
            "group",
            "group",
            "anonymous",
            "anonymous"
        ]
    );
    assert_sources(
        text,
        &[
            Some("Vladimir Putin"),
            Some("Joseph Biden"),
            Some("Vladimir Putin and Joseph Biden"),
            Some("Vladimir Putin and Joseph Biden"),
            Some("the ministry"),
            Some("the ministry"),
        ],
    );
}

#[test]
fn a_relative_pronoun_speaks_for_the_noun_before_it() {
    // "who" and "which" stand for the name before them; a pronoun right before the cue is the
    // subject, whatever stands before it.
    assert_sources(
        "Speaker Paul Ryan, who was reluctant to endorse the nominee, left early. \
         The World Health Organization, which recommends iodised salt, was not asked.",
        &[Some("Paul Ryan"), Some("World Health Organization")],
    );
    assert_sources(
        "The plan has drive and the resolve she argues the country needs.",
        &[Some("she")],
    );
}

#[test]
fn a_representative_after_a_possessive_pronoun_speaks_for_its_owner() {
    assert_sources(
        "Ted Cruz said the vote was close. His campaign confirmed that he would stay in the race.",
        &[Some("Ted Cruz"), Some("Ted Cruz")],
    );
}

#[test]
fn a_phrase_the_cue_governs_is_not_its_speaker() {
    // After the cue, a clause or a lower-case object names nobody; a name, a pronoun and an
    // unnamed source after "according to" still speak.
    assert_sources(
        "In an interview that year with MTVu, the senator spoke at length. \
         Asked if Sanders would run, the senator smiled. \
         “The vote was close,” said Jane Doe. \
         The deal is off, according to officials.",
        &[None, None, Some("Jane Doe"), Some("officials")],
    );
}

#[test]
fn an_abbreviation_in_a_name_keeps_its_full_stops() {
    assert_sources(
        "The U.S. Department of Agriculture said yields would fall.",
        &[Some("U.S. Department of Agriculture")],
    );
}

#[test]
fn a_participle_or_a_second_verb_shares_the_clause_subject() {
    assert_sources(
        "Ohio Gov. John Kasich suspended his campaign Wednesday evening, telling supporters he \
         was proud. Jane Doe walked out of the meeting and said the plan would fail.",
        &[Some("John Kasich"), Some("Jane Doe")],
    );
}

#[test]
fn a_description_after_the_cue_is_an_unnamed_source() {
    let c = claims_of(
        "“How big is that wall?” asked the boy, who was wearing a red hat. \
         The hackers reached the chairman's computer, according to the survey results.",
    );
    let got: Vec<(ClaimClass, Option<&str>)> = c.iter().map(|c| (c.0, c.1.as_deref())).collect();
    assert_eq!(
        got,
        [
            (ClaimClass::Anonymous, Some("the boy")),
            (ClaimClass::Anonymous, Some("the survey results")),
        ]
    );
}

#[test]
fn a_description_before_the_cue_is_an_unnamed_source() {
    // "the members wrote": nobody named, but somebody speaks; a participle ("efforts supporting")
    // and the second half of a compound ("Russian-backed") are no speakers or cues.
    let c = claims_of(
        "The members wrote that the bill would fail. \
         Russian-backed separatists shelled the town on Monday.",
    );
    let got: Vec<(ClaimClass, Option<&str>)> = c.iter().map(|c| (c.0, c.1.as_deref())).collect();
    assert_eq!(
        got,
        [
            (ClaimClass::Anonymous, Some("the members")),
            (ClaimClass::Unattributed, None),
        ]
    );
}

#[test]
fn a_reflexive_after_a_name_keeps_the_name() {
    assert_sources(
        "Sanders himself acknowledged that the race was over.",
        &[Some("Sanders")],
    );
}

#[test]
fn a_cue_a_user_marks_inverting_takes_the_speaker_after_it() {
    let text = "“It is over,” quipped the former aide.";
    let score = |rules: RuleSet| {
        let engine = Engine::new(rules);
        let s = engine.score(Document::new("t", format!("Headline here\n\n{text}")));
        let c = s.claims.last().unwrap().clone();
        (c.class, c.source.map(|s| s.name), c.step.map(|s| s.name()))
    };
    // "quipped" is a cue of the defaults, but no speaker may follow it.
    assert_eq!(
        score(RuleSet::default_rules()),
        (ClaimClass::Agentless, None, Some("no_speaker"))
    );
    let mut srcs = crate::rules::RuleSource::defaults();
    srcs.push(crate::rules::RuleSource::new(
        "user.toml",
        "[[rule]]\nid = \"user.quip\"\ncategory = \"verb_neutral\"\nterms = [\"quipped\"]\ninverting = [\"quipped\"]\n",
    ));
    assert_eq!(
        score(RuleSet::load(&srcs).unwrap()),
        (
            ClaimClass::Anonymous,
            Some("the former aide".to_string()),
            Some("role_noun")
        )
    );
}

#[test]
fn inverting_terms_must_be_terms_of_a_cue_rule() {
    let mut srcs = crate::rules::RuleSource::defaults();
    srcs.push(crate::rules::RuleSource::new(
        "bad.toml",
        "[[rule]]\nid = \"user.quip\"\ncategory = \"verb_neutral\"\nterms = [\"quipped\"]\ninverting = [\"joked\"]\n",
    ));
    let err = RuleSet::load(&srcs).unwrap_err();
    assert_eq!(err.diagnostics[0].location(), "bad.toml:5:14");
    assert!(err.diagnostics[0]
        .message
        .contains("`joked` is not one of the terms"));
}
