//! Small word tests for finding speakers. The vocabulary (pronouns, offices, role nouns, words
//! that are never names, …) is data: the `[lexicon]` of the rule files, compiled into
//! [`crate::rules::Lexicon`].

pub(super) use crate::rules::lexicon::lowercase;
pub(super) use crate::text::{is_month_or_weekday, is_weekday};

/// Whether a word starts with a capital letter, or is a name after the Arabic article or "bin"
/// written in lower case ("al-Mutairi", "el-Sayed", "bin-Talal").
pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) || particle_name(w)
}

/// Whether a word starts as a name does ([`starts_upper`]) or with a digit ("345 Muslim").
pub(super) fn starts_upper_or_digit(w: &str) -> bool {
    starts_upper(w) || w.starts_with(|c: char| c.is_ascii_digit())
}

/// "al-Mutairi", "el-Sayed", "ash-Sharaa": a lower-case particle joined to a capitalised name.
fn particle_name(w: &str) -> bool {
    const PARTICLES: [&str; 8] = ["al", "el", "ad", "an", "ar", "as", "ash", "bin"];
    // (Every particle starts with "a", "e" or "b": other words are decided on their first byte.)
    matches!(w.as_bytes().first(), Some(b'a' | b'e' | b'b'))
        && w.split_once('-').is_some_and(|(p, rest)| {
            PARTICLES.contains(&p) && rest.chars().next().is_some_and(char::is_uppercase)
        })
}

/// Whether a lower-case word is a number of people or things: in digits ("26") or a word from
/// two to ten ("three").
pub(in crate::attribution) fn is_number(w: &str) -> bool {
    const WORDS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    !w.is_empty() && (w.bytes().all(|b| b.is_ascii_digit()) || WORDS.contains(&w))
}

/// Whether a word opens a clause of time, reason or condition ("After", "when", "because").
pub(super) fn is_subordinator(w: &str) -> bool {
    [
        "after", "before", "when", "while", "as", "once", "since", "until", "although", "though",
        "because", "if",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// Whether a capitalised word is a party's adjective ("Democratic"), which alone names nobody and
/// is no short form of the party's bodies (its members' nouns, "Republican", "Democrat", are
/// the lexicon's `party_members`).
pub(super) fn is_party_adjective(w: &str) -> bool {
    w == "Democratic"
}

/// Whether `s` is a party and state written in words, as The New York Times sets them off after
/// a name ("Republican of Oklahoma", "independent of Vermont", "Democrat of New York").
pub(super) fn is_party_and_state(s: &str) -> bool {
    let Some((party, state)) = s.split_once(" of ") else {
        return false;
    };
    [
        "republican",
        "democrat",
        "independent",
        "democratic-farmer-labor",
    ]
    .iter()
    .any(|p| party.eq_ignore_ascii_case(p))
        && (1..=3).contains(&state.split(' ').count())
        && state.split(' ').all(starts_upper)
}

/// A count that opens `s`, with a bound before it or none ("At least one insider", "More than
/// a dozen officials", "Nearly 200 residents", "Forty lawmakers"): the byte offset where the
/// count starts (after the bound; 0 with none) and where the counted words start ("insider",
/// "officials", "residents", "lawmakers").
pub(super) fn after_count(s: &str) -> Option<(usize, usize)> {
    const BOUNDS: [&str; 13] = [
        "as many as ",
        "some ",
        "at least ",
        "at most ",
        "more than ",
        "fewer than ",
        "less than ",
        "nearly ",
        "almost ",
        "about ",
        "roughly ",
        "around ",
        "up to ",
    ];
    const TENS: [&str; 17] = [
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    ];
    let bound = BOUNDS
        .iter()
        .find(|b| s.get(..b.len()).is_some_and(|h| h.eq_ignore_ascii_case(b)))
        .map_or(0, |b| b.len());
    let rest = &s[bound..];
    let mut ws = rest.split(' ');
    let count = ws.next()?;
    let bare = count.trim_end_matches(',').to_ascii_lowercase();
    let mut at = bound + count.len() + 1;
    let counted = match bare.as_str() {
        // "a dozen", "a thousand"
        "a" => {
            let big = ws.next()?;
            at += big.len() + 1;
            matches!(
                big.trim_end_matches(',').to_ascii_lowercase().as_str(),
                "dozen" | "hundred" | "thousand"
            )
        }
        // (One alone opens "One of the suspects" as well as "one person": only after a bound.)
        "one" | "half" => bound > 0,
        w if w.bytes().all(|b| b.is_ascii_digit() || b == b',') => {
            // (A bare figure opening the sentence is more often a year or an amount, unless
            // written in thousands: "1,000 protesters".)
            !w.is_empty() && (bound > 0 || w.contains(','))
        }
        w => is_number(w) || TENS.contains(&w) || matches!(w, "several" | "dozen" | "hundred"),
    };
    (counted && at < s.len()).then_some((bound, at))
}

/// Whether a lower-case word counts a crowd ("Tens of thousands of people", "Hundreds of
/// protesters").
pub(super) fn is_crowd_count(w: &str) -> bool {
    matches!(
        w,
        "tens" | "thousands" | "hundreds" | "dozens" | "millions" | "scores"
    )
}

/// Whether a cue's first word is a verb of saying or writing, not a noun cue ("said", "told",
/// "wrote", any word in "-ed"; not "remarks", "statement").
pub(super) fn is_speech_verb(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(
            w,
            "said" | "says" | "say" | "told" | "tells" | "tell" | "wrote" | "writes" | "spoke"
        )
}

/// Whether a word (any case) names a poll: "poll", "polls", "polling", "survey", "surveys".
pub(super) fn is_poll_word(w: &str) -> bool {
    ["poll", "polls", "polling", "survey", "surveys"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
}

/// Whether a word names what is traded in a company, before "of" or "in" and its name ("Shares
/// of Lumenfield Technologies", "Stock in Acme"): no part of the name.
pub(super) fn is_traded_in(w: &str) -> bool {
    ["shares", "stock", "stocks"]
        .iter()
        .any(|t| w.eq_ignore_ascii_case(t))
}

/// Whether a word starts with a lower-case letter.
pub(super) fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase) && !particle_name(w)
}

/// Whether a role speaks for whom it serves: a spokesperson, a representative or a reporter ("a
/// spokesman for Toyota", "a Coca-Cola spokesman", "a reporter for Agence France-Presse"); an
/// adviser, an aide or a lawyer is a source of their own.
pub(super) fn speaks_for_employer(role: &str) -> bool {
    is_spokesperson(role)
        || matches!(
            role,
            "representative" | "reporter" | "correspondent" | "journalist"
        )
}

/// Whether a role is a spokesperson's ("spokesman", "spokeswoman", "spokesperson").
pub(super) fn is_spokesperson(role: &str) -> bool {
    role.starts_with("spokes")
}
