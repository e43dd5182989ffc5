//! From a speaker phrase to a source: pronoun, role noun, registry entry or named person, and
//! the name itself without titles and descriptors.

use super::known::{first_person, is_first_or_second_person, office_of, unresolved_pronoun};
use super::lexicon::*;
use super::{anon_source, KnownSources, Registry, SourceKind, SourceRef};
use crate::article::words;
use crate::rules::Lexicon;
use std::borrow::Cow;
use std::ops::Range;

/// Turns a speaker phrase into a source: pronoun, role noun, registry entry or named person.
pub(super) fn resolve(
    text: &str,
    lex: &Lexicon,
    phrase: Range<usize>,
    subject: bool,
    registry: &Registry,
    known: &KnownSources,
) -> Option<SourceRef> {
    let p = &text[phrase.clone()];
    let ranges: Vec<Range<usize>> = words::words(p).collect();
    let ws: Vec<&str> = ranges.iter().map(|w| &p[w.clone()]).collect();
    if ws.is_empty() {
        return None;
    }
    let lower: Vec<Cow<str>> = ws.iter().map(|w| lowercase(w)).collect();
    // A possessive: "Biden's", or "Thomas'" (whose apostrophe the word split leaves outside).
    let possessive = |i: usize| {
        let w = ws[i];
        w.ends_with("'s")
            || w.ends_with("’s")
            || (w.ends_with('s') && p[ranges[i].end..].starts_with(['\'', '’']))
    };
    let link = |known: &KnownSources, pronoun: &str| {
        known.antecedent(pronoun).map(|k| SourceRef {
            span: phrase.clone(),
            linked: true,
            ..k
        })
    };
    // A pronoun ("We’ve" counts as "we"), possibly followed by adverbs the subject search kept
    // ("he bizarrely").
    let first = lower[0].split(['’', '\'']).next().unwrap_or("");
    let pronoun_only =
        lex.pronouns.contains(first) && lower[1..].iter().all(|w| lex.may_follow_subject(w));
    if pronoun_only {
        // "I", "we" and "you" in the outlet's own words are its writer, speaker or reader, never
        // the person named last ("Lenin criticised this plan. … I am not trying to put the blame
        // on anyone" is not Lenin).
        if is_first_or_second_person(first) {
            return Some(first_person(known, first, phrase.clone()));
        }
        return link(known, first).or_else(|| Some(unresolved_pronoun(first, phrase.clone())));
    }
    // "Thomas' sister", "the report's authors", "the company's lawyer": a person described
    // through someone else is neither that someone nor the last person named; the description
    // is the name. A representative of a named principal ("Russia's envoy", "Biden's
    // spokesman") speaks for the principal and is left to the rules below.
    if let Some(i) = (0..ws.len()).rev().find(|&i| possessive(i)) {
        let from = usize::from(matches!(lower[0].as_ref(), "the" | "a" | "an"));
        let owner = &ws[from.min(i)..=i];
        let owner_named = owner.iter().all(|w| starts_upper(w));
        let owner_common = from == 1 && i == 1 && !starts_upper(ws[1]);
        let described = &lower[i + 1..];
        let head = described.last().map(|w| w.as_ref()).unwrap_or("");
        let fits = (1..=3).contains(&described.len())
            && ws[i + 1..].iter().all(|w| !starts_upper(w))
            && !described.iter().any(|w| {
                lex.subject_starts.contains(w) || matches!(w.as_ref(), "of" | "to" | "the" | "a")
            })
            && !lex
                .pronouns
                .contains(lower[i].split(['\'', '’']).next().unwrap_or(""))
            && (owner_named || owner_common)
            && (lex.associates.contains(head)
                || (owner_common && (lex.is_role_noun(head) || lex.offices.contains(head))));
        if from <= i && fits {
            return Some(SourceRef {
                name: p[ranges[from].start..ranges[ws.len() - 1].end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                span: phrase.clone(),
                kind: SourceKind::Unregistered,
                linked: false,
            });
        }
    }
    // A share of people polled ("About three in 10 said", "52 percent say"): unnamed
    // respondents.
    let share = lower
        .windows(2)
        .any(|w| w[0] == "in" && matches!(w[1].as_ref(), "10" | "ten"))
        || lower.iter().any(|w| matches!(w.as_ref(), "percent" | "%"));
    if share {
        return Some(anon_source(text, phrase.clone()));
    }
    // "His campaign", "her spokeswoman", "their aides": a representative of someone a pronoun
    // points to speaks for that someone, as "Biden's spokesman" speaks for Biden.
    let owner = match lower[0].as_ref() {
        "his" => Some("he"),
        "her" => Some("she"),
        "its" => Some("it"),
        "their" => Some("they"),
        _ => None,
    };
    if let Some(pronoun) = owner.filter(|_| (2..=4).contains(&ws.len())) {
        let head = lower[ws.len() - 1].as_ref();
        let representative = lex.is_role_noun(head) || lex.representatives.contains(head);
        if representative && ws[1..].iter().all(|w| starts_lower(w)) {
            return link(known, pronoun).or_else(|| Some(anon_source(text, phrase.clone())));
        }
    }
    // "the researcher", "the Pyongyang researcher", "the NATO chief": a role noun pointing back
    // to a named source.
    let head = lower.last().map(|w| w.as_ref()).unwrap_or("");
    let head_is_role = ws.last().is_some_and(|w| starts_lower(w)) && lex.is_role_noun(head);
    if head_is_role && matches!(lower[0].as_ref(), "the" | "this" | "that" | "both") {
        let pronoun = if lex.institution_roles.contains(head) {
            "it"
        } else if lex.plural_roles.contains(head) {
            "they"
        } else {
            "he"
        };
        // With nobody to point to ("The ministry said" and no ministry named), a role that
        // names nobody is an unnamed source, as a pronoun with nobody before it is.
        match known.antecedent_for_role(text, lex, head, pronoun) {
            Some(k) => {
                return Some(SourceRef {
                    span: phrase.clone(),
                    linked: true,
                    ..k
                })
            }
            None if ws[1..].iter().all(|w| !starts_upper(w)) => {
                return Some(anon_source(text, phrase))
            }
            None => {}
        }
    }
    // "The President", "the Minister": a capitalised title stands for the person introduced
    // with it ("President Joe Biden"); with nobody introduced so, the title is the name.
    let capitalised_title = ws.len() == 2
        && matches!(lower[0].as_ref(), "the" | "this")
        && starts_upper(ws[1])
        && lex.is_role_noun(head);
    if capitalised_title {
        if let Some(k) = known.introduced_with_role(text, head) {
            return Some(SourceRef {
                span: phrase.clone(),
                linked: true,
                ..k.clone()
            });
        }
    }
    // "NATO Secretary General Jens Stoltenberg": the organisation is the person's affiliation.
    let (name, titled) = name_in_phrase(lex, &ws);
    // "President of Russia" is an office, not the country.
    let registered = registry.lookup(p).filter(|_| {
        (!titled || registry.lookup(&name).is_some()) && office_of(lex, &name).is_none()
    });
    if let Some(i) = registered {
        return Some(SourceRef {
            name: registry.name(i).to_string(),
            span: phrase.clone(),
            kind: SourceKind::Registered {
                index: i,
                kind: registry.kind(i).to_string(),
            },
            linked: false,
        });
    }
    let has_capital = ws.iter().any(|w| starts_upper(w));
    if !has_capital {
        // Lower-case words that are neither a pronoun, a role noun nor an anonymous-source marker
        // (those were tried above) are not a speaker: "efforts supporting …".
        return None;
    }
    if name.is_empty() {
        return link(known, "the");
    }
    // A number is never a name ("an Internet posting made just over 24 hours ago").
    if !name.chars().any(char::is_alphabetic) {
        return None;
    }
    // A pronoun the phrase ends on ("Like I said"): never a name.
    let last_word = name.rsplit(' ').next().unwrap_or(&name);
    let last_word = last_word
        .split(['’', '\''])
        .next()
        .unwrap_or(last_word)
        .to_lowercase();
    if lex.pronouns.contains(&last_word) {
        if is_first_or_second_person(&last_word) {
            return Some(first_person(known, &last_word, phrase.clone()));
        }
        return link(known, &last_word)
            .or_else(|| Some(unresolved_pronoun(&last_word, phrase.clone())));
    }
    // A lone capitalised word that only modifies the common noun after it is no name: "some
    // European capitals", "the American people", "the Ukrainian head of state". The speaker phrase
    // ends on its head; adverbs and auxiliaries after a name ("Trump bizarrely", "Kim has
    // also") do not count.
    // An institution's common noun keeps the name ("the New Zealand government", "The Home
    // Office letter"), as a representative keeps the one named ("Biden's spokesman").
    let last_capital = ws.iter().rposition(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    if let Some(k) = last_capital.filter(|_| subject) {
        let trailing = &lower[k + 1..];
        let modifies = trailing.iter().any(|w| !lex.may_follow_subject(w));
        let head = trailing.last().map(|w| w.as_ref()).unwrap_or("");
        // Only a lone capitalised word is taken for a modifier ("European", "Recent", "345
        // Muslim"); a longer run is a name ("the New Zealand government", "The Home Office").
        let lone = k == 0 || !starts_upper(ws[k - 1]);
        let speaks_for_name = !lone
            || lex.institution_heads.contains(head)
            || ((lex.is_role_noun(head) || lex.offices.contains(head)) && possessive(k));
        if modifies && !speaks_for_name {
            return None;
        }
    }
    // "Others said", "Some argue", "People say", "Reports suggest": a generic plural at the start
    // of a sentence is an unnamed source, not a name.
    if lex.generic_plurals.contains_ascii_folded(&name) {
        return Some(anon_source(text, phrase));
    }
    // Capitalised only because it starts the sentence ("To", "Let", "In", "Incidentally"): not a
    // name.
    if name
        .split(' ')
        .all(|w| lex.not_names.contains(&w.to_lowercase()) || lex.is_sentence_adverb(w))
    {
        return None;
    }
    if let Some(k) = known.canonical(&name) {
        return Some(SourceRef {
            span: phrase,
            ..k.clone()
        });
    }
    Some(SourceRef {
        name,
        span: phrase,
        kind: SourceKind::Unregistered,
        linked: false,
    })
}

/// Whether `ws[i]` is an office a name follows (the lexicon's `offices`).
pub(super) fn is_office(lex: &Lexicon, ws: &[&str], i: usize) -> bool {
    // Compared without copying: every office is ASCII.
    let w = ws[i].trim_end_matches('.');
    if w.eq_ignore_ascii_case("general") {
        return (i > 0 && is_office(lex, ws, i - 1)) || ws.len() - i > 2;
    }
    lex.offices.contains_ascii_folded(w)
}

/// The name in a speaker phrase: the last run of capitalised words (with inner "of", "for",
/// "the", "and"), without descriptors ("Seoul-based"), offices and what stands before them; and
/// whether an office stands right before the name ("Kremlin spokesman Dmitry Peskov"): then the
/// name is a person's, whatever organisation the phrase also names.
pub(super) fn name_in_phrase(lex: &Lexicon, ws: &[&str]) -> (String, bool) {
    let cap = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let descriptor = |w: &str| lex.descriptor_suffixes.any_suffix_of(&w.to_lowercase());
    // Last capitalised run.
    let mut end = ws.len();
    while end > 0 && (!cap(ws[end - 1]) || descriptor(ws[end - 1])) {
        end -= 1;
    }
    if end == 0 {
        return (String::new(), false);
    }
    let mut start = end - 1;
    while start > 0 {
        let w = ws[start - 1];
        if cap(w) && !descriptor(w) {
            start -= 1;
        } else if matches!(w, "of" | "for" | "the" | "and" | "de" | "al" | "bin")
            && start >= 2
            && cap(ws[start - 2])
            && !descriptor(ws[start - 2])
        {
            start -= 2;
        } else if w == "the" && start >= 3 && ws[start - 2] == "of" && cap(ws[start - 3]) {
            // "President of the United States"
            start -= 3;
        } else {
            break;
        }
    }
    if matches!(ws[start], "The" | "A" | "An" | "This" | "That") {
        start += 1;
        if start == end {
            return (String::new(), false);
        }
    }
    // A word capitalised only because it opens the sentence ("Today Russia attacked", "Perhaps
    // Kim"), though not a modal that may be a first name ("Will Smith", "May Ellen").
    while end - start > 1 && {
        let l = ws[start].to_lowercase();
        (lex.not_names.contains(&l) && !matches!(l.as_str(), "will" | "may"))
            || lex.is_sentence_adverb(ws[start])
    } {
        start += 1;
    }
    let mut titled = start > 0 && is_office(lex, &ws[..end], start - 1);
    // "President of Russia Vladimir Putin", "Secretary of State Antony Blinken": an office with
    // an "of" phrase before a name; the name is taken to be the last two words.
    let country_words = if ws.get(start + 2) == Some(&"the") {
        3
    } else {
        1
    };
    if end - start >= 4 + country_words && is_office(lex, ws, start) && ws[start + 1] == "of" {
        start = end - 2;
        titled = true;
    }
    // The name follows the last office in the run ("Russian Foreign Minister Sergei Lavrov"),
    // unless what follows names an organisation ("Justice Department").
    let organisation = |r: &[&str]| r.iter().any(|w| lex.organisation_words.contains_lower(w));
    if let Some(i) = (start..end).rev().find(|&i| is_office(lex, &ws[..end], i)) {
        if i + 1 < end && cap(ws[i + 1]) && !organisation(&ws[i + 1..end]) {
            start = i + 1;
            titled = true;
        }
    }
    let mut run: Vec<&str> = ws[start..end].to_vec();
    // A possessive is not part of the name ("Russia’s").
    if let Some(last) = run.last_mut() {
        *last = last.trim_end_matches("’s").trim_end_matches("'s");
    }
    (join_initials(&run), titled)
}

/// Joins a name's words, writing runs of single capitals as the abbreviation they were split
/// from ("U S Department" is "U.S. Department").
pub(super) fn join_initials(words: &[&str]) -> String {
    let initial = |w: &str| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        let run = initial(w)
            && (words.get(i + 1).is_some_and(|n| initial(n)) || i > 0 && initial(words[i - 1]));
        if i > 0 && !(run && initial(words[i - 1])) {
            out.push(' ');
        }
        out.push_str(w);
        if run {
            out.push('.');
        }
    }
    out
}
