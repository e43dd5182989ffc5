//! Word lists and small word tests for finding speakers: pronouns, offices, role nouns, words
//! that are never names.

use std::borrow::Cow;

/// A word in lower case, copied only when it has capitals or non-ASCII letters.
pub(super) fn lowercase(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Role nouns for more than one person ("the leaders", "the two presidents").
pub(super) const PLURAL_ROLES: &[&str] = &[
    "leaders",
    "parties",
    "presidents",
    "sides",
    "ministers",
    "delegations",
    "governments",
];

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Auxiliaries, modals, negation and adverbs that may stand between a subject and its cue ("I am
/// referring to", "they did not say", "Microsoft no longer wants"), besides those in
/// [`SUBJECT_STOPS`]; see [`may_follow_subject`].
pub(super) const AFTER_SUBJECT: &[&str] = &[
    "himself",
    "herself",
    "themselves",
    "itself",
    "no",
    "longer",
    "already",
    "too",
    "only",
    "ever",
    "am",
    "be",
    "been",
    "do",
    "does",
    "did",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "not",
    "never",
    "also",
    "just",
    "still",
    "even",
    "always",
    "all",
    "both",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "cannot",
    "won't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "haven't",
    "hasn't",
    "hadn't",
];

/// Whether a lower-case word may stand between a subject and its cue without being part of it
/// ("he bizarrely", "Kim has also", "they didn’t").
pub(super) fn may_follow_subject(w: &str) -> bool {
    let w: Cow<str> = if w.contains('’') {
        Cow::Owned(w.replace('’', "'"))
    } else {
        Cow::Borrowed(w)
    };
    w.ends_with("ly") || SUBJECT_STOPS.contains(&w.as_ref()) || AFTER_SUBJECT.contains(&w.as_ref())
}

/// Whether a word starts with a capital letter.
pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word starts with a lower-case letter.
pub(super) fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a word is a role noun that refers back to a named source ("the researcher said",
/// "the leaders agreed").
pub(super) fn is_role_noun(w: &str) -> bool {
    ROLE_NOUNS.contains(&w) || PLURAL_ROLES.contains(&w)
}

/// Role nouns for one person or body ("the researcher said"); the plural ones are
/// [`PLURAL_ROLES`].
const ROLE_NOUNS: &[&str] = &[
    "researcher",
    "minister",
    "president",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "agency",
    "article",
    "report",
    "statement",
    "leader",
    "chief",
    "secretary",
    "general",
    "ambassador",
    "analyst",
    "expert",
    "professor",
    "author",
    "commentary",
    "newspaper",
    "paper",
    "ministry",
    "government",
    "kremlin",
    "premier",
    "chancellor",
    "senator",
    "governor",
    "mayor",
    "envoy",
    "diplomat",
    "lawmaker",
    "prosecutor",
    "police",
    "court",
    "company",
    "group",
    "army",
    "military",
    "committee",
    "office",
    "source",
    "woman",
    "man",
    "director",
    "head",
    "adviser",
    "advisor",
    "aide",
    "curator",
    "scientist",
    "economist",
    "historian",
    "editor",
    "founder",
    "manager",
    "coordinator",
    "activist",
    "attorney",
    "lecturer",
];

/// Offices a person's name follows ("Foreign Minister Sergei Lavrov", "Kremlin spokesman Dmitry
/// Peskov", "Dr Smith"). Whatever stands before the office ("Russian Foreign", "NATO") is the
/// person's country or affiliation, not part of the name. "General" is an office only after
/// another ("Secretary General", "Attorney General") or before a full name, so "General Motors"
/// keeps its name.
pub(super) const OFFICES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "secretary",
    "secretary-general",
    "general",
    "gen",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chancellor",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "ambassador",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "envoy",
    "adviser",
    "advisor",
    "commander",
    "researcher",
    "analyst",
    "expert",
    "professor",
    "prof",
    "dr",
    "mr",
    "mrs",
    "ms",
    "judge",
    "justice",
    "chief",
    "lawmaker",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "lt",
    "col",
    "colonel",
    "maj",
    "capt",
    "captain",
    "adm",
    "admiral",
    "sgt",
    "sergeant",
    "deputy",
    "executive",
    "ceo",
    "officer",
    "correspondent",
    "reporter",
    "editor",
    "economist",
    "scientist",
    "strategist",
    "pollster",
    "attorney",
    "lawyer",
    "candidate",
    "nominee",
    "speaker",
    "commissioner",
    "inspector",
    "prosecutor",
    "sheriff",
    "head",
];

/// Common nouns through which an institution named before them speaks: "the New Zealand
/// government announced", "The Home Office letter reads", "a Kremlin statement said".
pub(super) const INSTITUTION_HEADS: &[&str] = &[
    "government",
    "administration",
    "ministry",
    "department",
    "office",
    "letter",
    "statement",
    "report",
    "study",
    "survey",
    "poll",
    "analysis",
    "website",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officials",
    "campaign",
    "team",
    "military",
    "army",
    "police",
    "court",
    "agency",
    "committee",
    "council",
    "parliament",
    "embassy",
    "newspaper",
    "magazine",
    "daily",
    "channel",
    "network",
    "service",
    "press",
    "readout",
    "communique",
    "release",
    "memo",
    "document",
    "documents",
    "data",
    "figures",
    "researchers",
    "scientists",
    "lawmakers",
    "leadership",
    "authorities",
    "forces",
    "troops",
    "delegation",
    "side",
    "regime",
    "party",
];

/// People known through someone else ("Thomas' sister", "the report's authors"): they speak for
/// themselves, not for the one named.
pub(super) const ASSOCIATES: &[&str] = &[
    "sister",
    "brother",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "parents",
    "family",
    "friend",
    "friends",
    "neighbour",
    "neighbor",
    "colleague",
    "colleagues",
    "partner",
    "coach",
    "author",
    "authors",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "doctor",
    "doctors",
    "manager",
    "biographer",
    "critics",
    "supporters",
    "opponent",
    "rival",
];

/// Whether a name is an organisation's rather than a person's: an acronym ("NASA") or a name
/// with an organisation word ("the Foreign Ministry").
pub(super) fn is_group_name(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let acronym = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    match (words.next(), words.next()) {
        (Some(w), None) => acronym(w),
        _ => name
            .split_whitespace()
            .any(|w| ORGANISATION_WORDS.contains(&lowercase(w).as_ref())),
    }
}

/// Words of organisations' names, never of a person's: an office word before them is part of
/// the name ("Justice Department", "Chief Executive Office").
pub(super) const ORGANISATION_WORDS: &[&str] = &[
    "department",
    "ministry",
    "office",
    "party",
    "agency",
    "committee",
    "council",
    "commission",
    "house",
    "bank",
    "court",
    "service",
    "company",
    "corporation",
    "group",
    "foundation",
    "institute",
    "university",
    "news",
    "times",
    "post",
    "press",
    "network",
    "association",
    "union",
    "league",
    "board",
    "bureau",
    "administration",
    "campaign",
    "motors",
    "airlines",
];

/// Function words that are capitalised at the start of a sentence but never name a speaker.
pub(super) const NOT_NAMES: &[&str] = &[
    "despite",
    "amid",
    "following",
    "during",
    "under",
    "without",
    "through",
    "among",
    "against",
    "our",
    "their",
    "his",
    "her",
    "its",
    "my",
    "your",
    "such",
    "one",
    "another",
    "other",
    "several",
    "few",
    "to",
    "let",
    "in",
    "are",
    "is",
    "was",
    "were",
    "on",
    "at",
    "for",
    "of",
    "and",
    "but",
    "so",
    "if",
    "as",
    "with",
    "by",
    "from",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "then",
    "now",
    "when",
    "while",
    "what",
    "who",
    "how",
    "why",
    "today",
    "yesterday",
    "after",
    "before",
    "although",
    "because",
    "once",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "no",
    "yes",
    "do",
    "does",
    "did",
    "can",
    "could",
    "will",
    "would",
    "should",
    "may",
    "might",
    "must",
    "perhaps",
    "overall",
    "meanwhile",
    "however",
    "moreover",
    "furthermore",
    "nevertheless",
    "indeed",
    "instead",
    "still",
    "yet",
    "also",
    "thus",
    "hence",
    "therefore",
    "otherwise",
    "later",
    "earlier",
    "tomorrow",
    "again",
    "besides",
    "likewise",
    "nonetheless",
];

/// Words that end the subject before the cue ("North Korea on Monday blasted").
pub(super) const SUBJECT_STOPS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "also",
    "however",
    "then",
    "further",
    "again",
    "previously",
    "recently",
    "reportedly",
    "repeatedly",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "had",
    "once",
    "first",
    "now",
    "publicly",
    "separately",
    "personally",
];

/// Words after which the subject starts ("as Jens Stoltenberg urged").
pub(super) const SUBJECT_STARTS: &[&str] = &[
    "that", "and", "but", "while", "as", "when", "because", "since", "although", "though", "so",
    "where", "which", "who", "whom", "if", "than", "what",
];

/// Cues a speaker may follow ("…,” said one former aide."); after other verbs a phrase is the
/// object ("and recognised the new states").
pub(super) const INVERTING_CUES: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "explained",
    "noted",
    "replied",
    "continued",
    "according to",
    "insisted",
    "argued",
    "warned",
    "recalled",
    "observed",
    "remarked",
    "declared",
    "stated",
    "answered",
];

/// A sentence adverb ("Incidentally", "Similarly", "Previously", "Interestingly"): by these
/// endings, which English names hardly have ("Kelly" and "Connolly" do not end so).
pub(super) fn is_sentence_adverb(word: &str) -> bool {
    let w = word.to_lowercase();
    w.chars().count() > 6
        && [
            "ally", "ately", "ently", "antly", "ously", "ingly", "ively", "arly",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// Titles written after a name and set off by commas ("Tom Molomby, SC, said").
pub(super) const POST_NOMINALS: &[&str] = &[
    "SC", "QC", "KC", "MP", "MEP", "MSP", "Jr", "Sr", "PhD", "Ph.D", "MD", "Esq", "OBE", "MBE",
    "CBE",
];
