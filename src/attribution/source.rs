//! Sources: find the speaker of an attribution next to its cue, normalise the name, link pronouns
//! and role nouns to the nearest named source, and look the name up in the registry.

use super::Cue;
use crate::article::{words, Paragraph};
use crate::rules::RuleSet;
use aho_corasick::{AhoCorasick, MatchKind};
use std::borrow::Cow;
use std::ops::Range;

/// The source of an attributed claim.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRef {
    /// Normalised name ("Stoltenberg", "Yonhap News Agency"), or the anonymous phrase.
    pub name: String,
    /// Where the speaker stands in the text (absolute bytes).
    pub span: Range<usize>,
    /// Index into [`RuleSet::sources`] when the registry knows it.
    pub registry: Option<usize>,
    /// Registry kind, `unregistered` for unknown named sources, `anonymous` for unnamed ones,
    /// `group` for two named people spoken for together ("the leaders").
    pub kind: String,
    pub anonymous: bool,
    /// Reached through a pronoun or role noun ("he", "the researcher").
    pub linked: bool,
}

/// The registry of known sources, prepared for look-ups with two automata: one case-insensitive
/// for ordinary aliases, one exact for short all-capitals aliases (AP, UN, WHO), so "who" is
/// not the World Health Organization.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    folded: Option<(AhoCorasick, Vec<usize>)>,
    exact: Option<(AhoCorasick, Vec<usize>)>,
    kinds: Vec<String>,
    names: Vec<String>,
}

impl Registry {
    pub fn new(rules: &RuleSet) -> Registry {
        let mut folded: (Vec<String>, Vec<usize>) = Default::default();
        let mut exact: (Vec<String>, Vec<usize>) = Default::default();
        let mut kinds = Vec::new();
        let mut names = Vec::new();
        for (i, s) in rules.sources.iter().enumerate() {
            kinds.push(s.kind.clone());
            names.push(s.name.clone());
            for a in std::iter::once(&s.name).chain(&s.aliases) {
                let a = a.trim();
                if a.is_empty() {
                    continue;
                }
                if a.chars().all(|c| !c.is_lowercase()) && a.len() <= 5 {
                    exact.0.push(a.to_string());
                    exact.1.push(i);
                } else {
                    folded.0.push(a.to_lowercase());
                    folded.1.push(i);
                }
            }
        }
        let build = |(pats, ids): (Vec<String>, Vec<usize>), fold: bool| {
            (!pats.is_empty()).then(|| {
                let ac = AhoCorasick::builder()
                    .ascii_case_insensitive(fold)
                    .match_kind(MatchKind::Standard)
                    .build(&pats)
                    .expect("registry automaton builds");
                (ac, ids)
            })
        };
        Registry {
            folded: build(folded, true),
            exact: build(exact, false),
            kinds,
            names,
        }
    }

    /// The registered source named in `phrase` (whole words; the longest alias wins).
    pub fn lookup(&self, phrase: &str) -> Option<usize> {
        let lower;
        let folded_hay = if phrase.is_ascii() {
            phrase
        } else {
            lower = phrase.to_lowercase();
            lower.as_str()
        };
        let mut best: Option<(usize, usize)> = None;
        for (entry, hay) in [(&self.folded, folded_hay), (&self.exact, phrase)] {
            let Some((ac, ids)) = entry else { continue };
            for m in ac.find_overlapping_iter(hay) {
                let before = hay[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let after = hay[m.end()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if before || after {
                    continue;
                }
                let cand = (m.len(), ids[m.pattern().as_usize()]);
                if best.is_none_or(|b| cand.0 > b.0 || (cand.0 == b.0 && cand.1 < b.1)) {
                    best = Some(cand);
                }
            }
        }
        best.map(|b| b.1)
    }

    pub fn kind(&self, i: usize) -> &str {
        &self.kinds[i]
    }

    /// The registry's own name for source `i`.
    pub fn name(&self, i: usize) -> &str {
        &self.names[i]
    }
}

/// How many recent named sources are kept for linking.
const MAX_KNOWN_SOURCES: usize = 64;

/// Named sources met so far in an article, for linking pronouns and short names.
#[derive(Debug, Default)]
pub struct KnownSources {
    named: Vec<SourceRef>,
    /// The phrase each named source was introduced with ("researcher Kim Tong Myong"), for
    /// linking role nouns ("the researcher").
    descriptors: Vec<Range<usize>>,
    /// The narration of the claim each named source was introduced in ("… blasted the NATO
    /// chief’s trip … as Jens Stoltenberg urged …"), the second place a role noun is looked for.
    contexts: Vec<Vec<Range<usize>>>,
    /// The speaker of the current turn of a transcript: the last source named by a speaker label
    /// at the start of a paragraph ("President of Russia Vladimir Putin: Comrades, …"). "I" and
    /// "we" in the paragraphs that follow are that speaker's.
    turn: Option<SourceRef>,
    /// The last unnamed or plural source ("officials", "the ministry", "the leaders") and how
    /// many named sources had been remembered when it spoke: "they" after it is that source while
    /// nobody is named since.
    plural: Option<(SourceRef, usize)>,
    /// Named sources remembered so far (not bounded like `named`).
    remembered: usize,
}

/// A word in lower case, copied only when it has capitals or non-ASCII letters.
fn lowercase(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Whether `short` is one word of the longer name `full` ("Stoltenberg" of "Jens Stoltenberg",
/// "Kim" of "Kim Tong Myong"). An acronym ("NASA") names an organisation, not the person whose
/// title it is part of ("NASA Administrator Charles Bolden").
fn is_short_form(short: &str, full: &str) -> bool {
    let acronym = short.chars().count() > 1 && !short.chars().any(char::is_lowercase);
    !acronym && !short.contains(' ') && full.contains(' ') && full.split(' ').any(|t| t == short)
}

/// One name per person in an article. A one-word name that is part of exactly one longer named,
/// unregistered source of the same article takes that name, whichever came first (a short name
/// met after the full one is already linked as it is read; this also mends a surname met first).
/// An office standing alone as a name ("President of Ukraine", "the President", "Head of State")
/// takes the name of the one person introduced with that office ("President of Ukraine Volodymyr
/// Zelenskyy"); with several such people, or none, it stays as it is.
pub fn unify_names(text: &str, sources: &mut [&mut SourceRef]) {
    let person = |s: &SourceRef| !s.anonymous && s.registry.is_none() && s.kind != GROUP_KIND;
    let full: std::collections::BTreeSet<String> = sources
        .iter()
        .filter(|s| person(s) && s.name.contains(' '))
        .map(|s| s.name.clone())
        .collect();
    for s in sources.iter_mut().filter(|s| person(s)) {
        let mut fits = full.iter().filter(|f| is_short_form(&s.name, f));
        if let (Some(f), None) = (fits.next(), fits.next()) {
            s.name = f.clone();
        }
    }
    if !sources
        .iter()
        .any(|s| person(s) && office_of(&s.name).is_some())
    {
        return;
    }
    // People and the phrases that introduced them ("President of Ukraine Volodymyr Zelenskyy").
    let introduced: Vec<(String, String)> = sources
        .iter()
        .filter(|s| person(s) && !s.linked && office_of(&s.name).is_none())
        .map(|s| (s.name.clone(), text[s.span.clone()].to_lowercase()))
        .collect();
    for s in sources.iter_mut().filter(|s| person(s)) {
        let Some(offices) = office_of(&s.name) else {
            continue;
        };
        let mut holders: Vec<&str> = introduced
            .iter()
            .filter(|(name, phrase)| {
                *name != s.name && offices.iter().any(|o| has_phrase(phrase, o))
            })
            .map(|(name, _)| name.as_str())
            .collect();
        holders.sort_unstable();
        holders.dedup();
        if let [one] = holders[..] {
            s.name = one.to_string();
        }
    }
}

/// Whether `phrase` holds `words` as whole words.
fn has_phrase(phrase: &str, words: &str) -> bool {
    phrase.match_indices(words).any(|(i, m)| {
        let before = phrase[..i].chars().next_back();
        let after = phrase[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The offices a name consists of, in lower case, when it is nothing but an office: "President
/// of Ukraine" (the office itself), "President", "Head of State" (which a president or monarch
/// holds). None for a person's or an organisation's name.
fn office_of(name: &str) -> Option<Vec<String>> {
    // Most names are no office: decide that without copying.
    let first = name.split(' ').next().unwrap_or("");
    let may_be_office = ["head", "the"]
        .iter()
        .chain(OFFICES)
        .any(|o| o.eq_ignore_ascii_case(first));
    if !may_be_office {
        return None;
    }
    let lower = name.to_lowercase();
    if matches!(lower.as_str(), "head of state" | "the head of state") {
        return Some(
            ["president", "king", "queen", "emir", "monarch"]
                .map(String::from)
                .to_vec(),
        );
    }
    let ws: Vec<&str> = lower.split(' ').collect();
    let first_is_office = ws
        .first()
        .is_some_and(|w| OFFICES.contains(w) && *w != "general");
    let rest_is_of_phrase = ws.len() == 1 || (ws.len() >= 3 && ws[1] == "of");
    (first_is_office && rest_is_of_phrase).then(|| vec![lower])
}

/// Whether a word of `text` in `ranges` is `role` (lower case), possibly possessive ("chief’s").
fn mentions_role(text: &str, ranges: &[Range<usize>], role: &str) -> bool {
    ranges.iter().any(|r| {
        let t = &text[r.clone()];
        words::words(t).any(|w| {
            let w = &t[w];
            let w = w
                .strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w);
            w.eq_ignore_ascii_case(role)
        })
    })
}

impl KnownSources {
    /// Keeps a source for later pronouns and role nouns; `plural` when a plural role named it
    /// ("the leaders").
    fn remember(
        &mut self,
        s: &SourceRef,
        phrase: Range<usize>,
        context: Vec<Range<usize>>,
        plural: bool,
    ) {
        if !s.anonymous && !s.linked {
            // Only recent sources are candidates for pronouns and short names; keeping a bounded
            // list keeps huge articles linear.
            if self.named.len() >= MAX_KNOWN_SOURCES {
                self.named.remove(0);
                self.descriptors.remove(0);
                self.contexts.remove(0);
            }
            self.named.push(s.clone());
            self.descriptors.push(phrase);
            self.contexts.push(context);
            self.remembered += 1;
        } else if (s.anonymous && !s.linked) || plural {
            self.plural = Some((s.clone(), self.remembered));
        }
    }

    /// The nearest named source introduced with `role` ("researcher", "President Joe Biden"),
    /// else the nearest one introduced in a claim that uses the role ("the NATO chief’s trip …
    /// as Jens Stoltenberg urged").
    fn introduced_with_role(&self, text: &str, role: &str) -> Option<&SourceRef> {
        self.descriptors
            .iter()
            .rposition(|d| mentions_role(text, std::slice::from_ref(d), role))
            .or_else(|| {
                self.contexts
                    .iter()
                    .rposition(|c| mentions_role(text, c, role))
            })
            .map(|i| &self.named[i])
    }

    /// [`Self::introduced_with_role`], else by pronoun rules (a plural role by
    /// [`Self::group_antecedent`]).
    fn antecedent_for_role(&self, text: &str, role: &str, pronoun: &str) -> Option<SourceRef> {
        self.introduced_with_role(text, role)
            .cloned()
            .or_else(|| match pronoun {
                "they" => self.group_antecedent(),
                "it" => self.institution_antecedent(),
                _ => self.antecedent(pronoun),
            })
    }

    /// A short name ("Kim", "Stoltenberg") that is part of a fuller name seen before.
    fn canonical(&self, name: &str) -> Option<&SourceRef> {
        self.named
            .iter()
            .rev()
            .find(|k| k.name == name || is_short_form(name, &k.name))
    }

    /// The nearest preceding named source fitting a pronoun; "they" right after an unnamed
    /// source ("Officials said … They added") is that source.
    fn antecedent(&self, pronoun: &str) -> Option<SourceRef> {
        if pronoun == "they" {
            if let Some((s, _)) = self.plural.as_ref().filter(|u| u.1 == self.remembered) {
                return Some(s.clone());
            }
        }
        let person = matches!(pronoun, "he" | "she" | "him" | "her");
        let org = pronoun == "it";
        self.named
            .iter()
            .rev()
            .find(|k| (!person || k.registry.is_none()) && (!org || k.registry.is_some()))
            .or_else(|| self.named.last())
            .cloned()
    }

    /// The people a plural role noun ("the leaders", "the two presidents") stands for: the two
    /// people named last, when both have a full name and neither is an organisation ("Vladimir
    /// Putin and Joseph Biden" in the readout of a call); else the plural source just before it;
    /// else nobody (never the one person named last).
    fn group_antecedent(&self) -> Option<SourceRef> {
        let person = |k: &SourceRef| {
            k.registry.is_none()
                && k.name.contains(' ')
                && !is_group_name(&k.name)
                && office_of(&k.name).is_none()
                && !k
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| OFFICES.contains(&lowercase(w).as_ref()))
        };
        let last = self.named.last()?;
        let earlier = self.named.iter().rev().find(|k| k.name != last.name);
        match earlier {
            Some(e) if person(last) && person(e) => Some(SourceRef {
                name: format!("{} and {}", e.name, last.name),
                kind: GROUP_KIND.into(),
                ..last.clone()
            }),
            // Not one person: the plural source just before, or nobody named.
            _ => self
                .plural
                .as_ref()
                .filter(|u| u.1 == self.remembered)
                .map(|u| u.0.clone()),
        }
    }

    /// The nearest preceding source an institutional role ("the ministry", "the government")
    /// may stand for: a registered source or any name but a person's full name.
    fn institution_antecedent(&self) -> Option<SourceRef> {
        self.named
            .iter()
            .rev()
            .find(|k| k.registry.is_some() || is_group_name(&k.name) || !k.name.contains(' '))
            .cloned()
    }
}

/// The kind of a source that is two named people spoken for together ("the leaders").
pub const GROUP_KIND: &str = "group";

/// Role nouns for more than one person ("the leaders", "the two presidents").
const PLURAL_ROLES: &[&str] = &[
    "leaders",
    "parties",
    "presidents",
    "sides",
    "ministers",
    "delegations",
    "governments",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Auxiliaries, modals, negation and adverbs that may stand between a subject and its cue ("I am
/// referring to", "they did not say", "Microsoft no longer wants"), besides those in
/// [`SUBJECT_STOPS`]; see [`may_follow_subject`].
const AFTER_SUBJECT: &[&str] = &[
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
fn may_follow_subject(w: &str) -> bool {
    let w: Cow<str> = if w.contains('’') {
        Cow::Owned(w.replace('’', "'"))
    } else {
        Cow::Borrowed(w)
    };
    w.ends_with("ly") || SUBJECT_STOPS.contains(&w.as_ref()) || AFTER_SUBJECT.contains(&w.as_ref())
}

/// Whether a word starts with a capital letter.
fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word starts with a lower-case letter.
fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// "I", "we" and "you": in the outlet's own words the writer, speaker or reader, never a person
/// named before.
fn is_first_or_second_person(pronoun: &str) -> bool {
    matches!(pronoun, "i" | "we" | "you")
}

/// "I" or "we": the speaker of the current transcript turn when a speaker label named one, else
/// the unnamed writer or speaker. "You" is the reader or listener, never a source's name.
fn first_person(known: &KnownSources, pronoun: &str, span: Range<usize>) -> SourceRef {
    match &known.turn {
        Some(k) if pronoun != "you" => SourceRef {
            span,
            linked: true,
            ..k.clone()
        },
        _ => unresolved_pronoun(pronoun, span),
    }
}

/// A pronoun with no named source before it. "I" and "we" are the writer or speaker, who stands
/// behind the words even unnamed; "they", "he", "she" or "it" with nobody to point to is an
/// unnamed source. Either way it is not remembered for later pronouns (`linked`).
fn unresolved_pronoun(pronoun: &str, span: Range<usize>) -> SourceRef {
    let first_person = is_first_or_second_person(pronoun);
    SourceRef {
        name: pronoun.to_string(),
        span,
        registry: None,
        kind: if first_person {
            "unregistered"
        } else {
            "anonymous"
        }
        .into(),
        anonymous: !first_person,
        linked: true,
    }
}

/// Role nouns that refer back to a named source ("the researcher said").
const ROLE_NOUNS: &[&str] = &[
    "leaders",
    "parties",
    "presidents",
    "sides",
    "ministers",
    "delegations",
    "governments",
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
const OFFICES: &[&str] = &[
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
const INSTITUTION_HEADS: &[&str] = &[
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
const ASSOCIATES: &[&str] = &[
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
fn is_group_name(name: &str) -> bool {
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
const ORGANISATION_WORDS: &[&str] = &[
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
const NOT_NAMES: &[&str] = &[
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
const SUBJECT_STOPS: &[&str] = &[
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
const SUBJECT_STARTS: &[&str] = &[
    "that", "and", "but", "while", "as", "when", "because", "since", "although", "though", "so",
    "where", "which", "who", "whom", "if", "than", "what",
];

/// Cues a speaker may follow ("…,” said one former aide."); after other verbs a phrase is the
/// object ("and recognised the new states").
const INVERTING_CUES: &[&str] = &[
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

/// Finds the source of an attribution whose cue is `cue`, within the claim `span`.
pub fn find_source(
    text: &str,
    para: &Paragraph,
    span: &Range<usize>,
    cue: &Cue,
    anonymous: &[Range<usize>],
    registry: &Registry,
    known: &mut KnownSources,
) -> Option<SourceRef> {
    let according = cue.text.starts_with("according");
    let passive = !according && cue.text != ":" && is_passive(text, span.start..cue.span.end, cue);
    let phrase = if passive {
        // The agent of a passive, if it has one: "This was stated by President Volodymyr
        // Zelenskyy".
        let after = &text[cue.span.end..span.end];
        let gap = after.len() - after.trim_start().len();
        if !after[gap..].starts_with("by ") {
            return None;
        }
        let by = Cue {
            span: cue.span.start..cue.span.end + gap + 2,
            ..cue.clone()
        };
        subject_right(text, para, span, &by)
    } else if cue.text == ":" {
        Some(trimmed(text, span.start..cue.span.start))
    } else if according {
        subject_right(text, para, span, cue)
    } else {
        subject_left(text, para, span, cue).or_else(|| subject_right(text, para, span, cue))
    };
    let phrase = phrase.filter(|p| !p.is_empty());
    let Some(phrase) = phrase else {
        // A cue with nobody before or after it: an unnamed source.
        return anonymous.first().map(|a| anon_source(text, a.clone()));
    };
    // An anonymity marker in the speaker phrase, or in an appositive between it and the cue
    // ("One diplomat, who asked not to be named, said").
    let reach = if phrase.end <= cue.span.start {
        phrase.start..cue.span.start
    } else {
        phrase.clone()
    };
    if let Some(a) = anonymous
        .iter()
        .find(|a| a.start < reach.end && a.end > reach.start)
    {
        return Some(anon_source(text, a.clone()));
    }
    // The phrase before a colon is a whole clause ("Sanders returned to a familiar theme:"), not
    // a subject that ends on its head.
    let subject = cue.text != ":";
    let Some(source) = resolve(text, phrase.clone(), subject, registry, known) else {
        return unnamed_description(text, &phrase, cue).then(|| anon_source(text, phrase));
    };
    let plural = text[phrase.clone()]
        .rsplit(' ')
        .next()
        .is_some_and(|w| PLURAL_ROLES.contains(&lowercase(w).as_ref()));
    known.remember(&source, phrase.clone(), narration_of(para, span), plural);
    let speaker_label = cue.text == ":" && text[para.span.start..phrase.start].trim().is_empty();
    if speaker_label && !source.anonymous {
        known.turn = Some(source.clone());
    }
    Some(source)
}

/// The parts of `span` outside quotations.
fn narration_of(para: &Paragraph, span: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = span.start;
    for q in para.quotes_overlapping(span) {
        if q.start > at {
            out.push(at..q.start);
        }
        at = at.max(q.end);
    }
    if at < span.end {
        out.push(at..span.end);
    }
    out
}

fn anon_source(text: &str, span: Range<usize>) -> SourceRef {
    SourceRef {
        name: text[span.clone()].to_lowercase(),
        span,
        registry: None,
        kind: "anonymous".into(),
        anonymous: true,
        linked: false,
    }
}

/// Whether a phrase that names nobody still stands where a speaker would, as an unnamed source:
/// a description after a reporting verb a speaker may follow ("said the ad's narrator",
/// "according to the survey results"), or a plural description right before the cue ("the
/// members wrote", "some individuals reported"), unless the cue is a participle ("efforts
/// supporting …") or has an agent ("the regions backed by …").
fn unnamed_description(text: &str, phrase: &Range<usize>, cue: &Cue) -> bool {
    let p = &text[phrase.clone()];
    let words: Vec<&str> = p.split_whitespace().collect();
    let Some(first) = words.first().map(|w| lowercase(w)) else {
        return false;
    };
    let unnamed = words[1..]
        .iter()
        .all(|w| !w.chars().any(char::is_uppercase));
    if phrase.start >= cue.span.end {
        return unnamed && starts_lower(p) && matches!(first.as_ref(), "the" | "a" | "an" | "one");
    }
    let determiner = matches!(
        first.as_ref(),
        "the"
            | "some"
            | "many"
            | "most"
            | "several"
            | "few"
            | "other"
            | "these"
            | "those"
            | "all"
            | "both"
    );
    let plural_head = words.last().is_some_and(|head| {
        head.ends_with('s') || matches!(*head, "people" | "public" | "crowd" | "media")
    });
    let cue_word = cue.text.split_whitespace().next().unwrap_or("");
    (2..=6).contains(&words.len())
        && unnamed
        && determiner
        && plural_head
        && words[1..]
            .iter()
            .all(|w| !may_follow_subject(w) && *w != "to")
        && text[phrase.end..cue.span.start].trim().is_empty()
        && !cue_word.ends_with("ing")
        && !text[cue.span.end..].trim_start().starts_with("by ")
}

/// Whether the cue is a passive of what stands before it ("it has been stated", "he was asked",
/// "the museum was also proposed"): the subject is what was said or who was addressed, not who
/// spoke, so nobody is named. A progressive ("I am also announcing") is no passive, and the
/// subject of "was quoted" is the one quoted.
fn is_passive(text: &str, up_to_cue: Range<usize>, cue: &Cue) -> bool {
    let cue_word = cue.text.split_whitespace().next().unwrap_or("");
    if cue_word.is_empty() || cue_word.ends_with("ing") || cue_word == "quoted" {
        return false;
    }
    // The words before the cue's own first word (its extent may hold auxiliaries: "was also").
    let mut tail = text[up_to_cue]
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(lowercase);
    if !tail.by_ref().take(4).any(|w| w == cue_word) {
        return false;
    }
    let last_verb = tail
        .take(4)
        .find(|w| !(w.ends_with("ly") || matches!(w.as_ref(), "also" | "not" | "never" | "then")));
    last_verb.is_some_and(|w| {
        matches!(
            w.as_ref(),
            "been" | "be" | "being" | "is" | "was" | "are" | "were" | "am"
        )
    })
}

/// Trims spaces and punctuation from both ends of a range.
fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let is_trim =
        |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '—' | '–' | '-' | '(' | ')' | ':');
    let lead = s.len() - s.trim_start_matches(is_trim).len();
    let body = s.trim_start_matches(is_trim).trim_end_matches(is_trim);
    r.start + lead..r.start + lead + body.len()
}

/// Word ranges (absolute) of `r`.
fn word_ranges(text: &str, r: &Range<usize>) -> Vec<Range<usize>> {
    words::words(&text[r.clone()])
        .map(|w| r.start + w.start..r.start + w.end)
        .collect()
}

/// The subject before the cue, in narration: back to a quotation, a sentence-internal clause
/// break or a conjunction.
fn subject_left(
    text: &str,
    para: &Paragraph,
    span: &Range<usize>,
    cue: &Cue,
) -> Option<Range<usize>> {
    // A participle after a comma ("Kasich suspended his campaign, telling supporters …") or a
    // verb after "and" ("he called her “weak” and said …") shares the subject of the clause the
    // sentence opens with.
    let before = text[span.start..cue.span.start].trim_end();
    let cue_word = cue.text.split_whitespace().next().unwrap_or("");
    let participle = cue_word.ends_with("ing") && before.ends_with(',');
    let coordinated = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| matches!(w, "and" | "but"));
    if participle || coordinated {
        if let Some(subject) = clause_subject(text, para, span.start..cue.span.start) {
            return Some(subject);
        }
    }
    let mut start = span.start;
    // Not into a quotation.
    for q in para.quotes_overlapping(&(span.start..cue.span.start)) {
        if q.end <= cue.span.start && q.end > start {
            start = q.end;
        }
    }
    let region = &text[start..cue.span.start];
    // Split at clause punctuation; skip empty or adverb-only pieces next to the cue.
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut piece_start = start;
    for (i, c) in region.char_indices() {
        // A full stop after a capital letter ends an abbreviation ("N.C.", "U.S."), not a piece.
        let abbreviation = c == '.' && region[..i].ends_with(|p: char| p.is_ascii_uppercase());
        if matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '.') && !abbreviation {
            pieces.push(piece_start..start + i);
            piece_start = start + i + c.len_utf8();
        }
    }
    pieces.push(piece_start..cue.span.start);
    let words_of = |piece: &Range<usize>| {
        let ws = word_ranges(text, piece);
        let lower: Vec<Cow<str>> = ws.iter().map(|w| lowercase(&text[w.clone()])).collect();
        (ws, lower)
    };
    // Whether only appositives (and empty pieces) stand between this piece and the cue.
    let mut set_off = false;
    for (n, piece) in pieces.iter().enumerate().rev() {
        let (ws, lower) = words_of(piece);
        if ws.is_empty() {
            set_off |= n + 1 == pieces.len();
            continue;
        }
        if ws.len() <= 2 && lower.iter().all(|w| SUBJECT_STOPS.contains(&w.as_ref())) {
            set_off = false;
            continue;
        }
        // An appositive set off by commas between the name and the cue ("Fuad Basya, spokesman
        // for the Indonesian military, said"; "Smith, 45, said"; "Kim, who heads the institute,
        // said"; "Tom Molomby, SC, said"): the speaker is the name before it. A place may
        // continue an appositive that ends on a name ("curator at the University of Arkansas,
        // Fayetteville, said").
        if n > 0 && set_off {
            let place =
                n > 1 && ws.len() <= 3 && ws.iter().all(|w| starts_upper(&text[w.clone()])) && {
                    let (pws, plower) = words_of(&pieces[n - 1]);
                    !pws.is_empty()
                        && is_appositive(text, &pws, &plower)
                        && starts_upper(&text[pws[pws.len() - 1].clone()])
                };
            if place || is_appositive(text, &ws, &lower) {
                continue;
            }
        }
        // From the right: drop trailing adverbs/auxiliaries, stop at a conjunction.
        let mut end = ws.len();
        while end > 0 && SUBJECT_STOPS.contains(&lower[end - 1].as_ref()) && end > 1 {
            end -= 1;
        }
        let mut begin = 0;
        for (k, w) in lower[..end].iter().enumerate() {
            if SUBJECT_STARTS.contains(&w.as_ref()) {
                begin = k + 1;
            }
        }
        // Time and place phrases inside the subject: "North Korea on Monday" (but not the "in"
        // of a share: "three in 10").
        if let Some(k) = (begin..end).position(|i| {
            matches!(
                lower[i].as_ref(),
                "on" | "in" | "at" | "during" | "last" | "this" | "earlier"
            ) && !(lower[i] == "in" && lower.get(i + 1).is_some_and(|n| n == "10" || n == "ten"))
        }) {
            if k > 0 {
                end = begin + k;
            }
        }
        // A relative pronoun is the subject, standing for the noun before it ("Speaker Paul
        // Ryan, who was reluctant to endorse", "economists who believe"): the phrase runs from
        // that noun through the pronoun. Up to three lower-case words may stand between it and
        // the cue.
        if begin > 0
            && matches!(lower[begin - 1].as_ref(), "who" | "which")
            && end - begin <= 3
            && ws[begin..end]
                .iter()
                .all(|w| !starts_upper(&text[w.clone()]))
        {
            let who = &ws[begin - 1];
            let before = if begin > 1 {
                Some((ws[..begin - 1].to_vec(), lower[..begin - 1].to_vec()))
            } else if n > 0 {
                let (pws, plower) = words_of(&pieces[n - 1]);
                Some((pws, plower))
            } else {
                None
            };
            let (bws, blower) = before.filter(|(w, _)| !w.is_empty())?;
            let from = blower
                .iter()
                .rposition(|w| SUBJECT_STARTS.contains(&w.as_ref()))
                .map_or(0, |k| k + 1)
                .max(bws.len().saturating_sub(6));
            return (from < bws.len()).then(|| bws[from].start..who.end);
        }
        if begin >= end {
            return None;
        }
        // A personal pronoun right before the cue is the whole subject ("the same resolve she
        // argues", "Recently she announced").
        if let Some(k) = (begin..end).rev().find(|&k| {
            PRONOUNS.contains(&lower[k].as_ref())
                && lower[k + 1..end].iter().all(|w| may_follow_subject(w))
        }) {
            begin = k;
        }
        // A subject is short; a long stretch means the cue is not a verb of this clause's subject.
        if end - begin > 10 {
            return None;
        }
        return Some(ws[begin].start..ws[end - 1].end);
    }
    None
}

/// The subject a clause opens with, in narration: a personal pronoun, or a run of capitalised
/// words (with "of" or "the" inside) followed by a lower-case word, its verb ("Ohio Gov. John
/// Kasich suspended").
fn clause_subject(text: &str, para: &Paragraph, r: Range<usize>) -> Option<Range<usize>> {
    let ws = word_ranges(text, &r);
    let first = ws.first()?;
    if para.is_quoted(first.start) {
        return None;
    }
    let word = |i: usize| &text[ws[i].clone()];
    if PRONOUNS.contains(&lowercase(word(0)).as_ref()) {
        return Some(first.clone());
    }
    let named =
        |i: usize| starts_upper(word(i)) && !NOT_NAMES.contains(&lowercase(word(i)).as_ref());
    if !named(0) {
        return None;
    }
    let mut end = 1;
    while end < ws.len() {
        if named(end) {
            end += 1;
        } else if matches!(word(end), "of" | "the") && end + 1 < ws.len() && named(end + 1) {
            end += 2;
        } else {
            break;
        }
    }
    (end < ws.len() && starts_lower(word(end))).then(|| first.start..ws[end - 1].end)
}

/// A sentence adverb ("Incidentally", "Similarly", "Previously", "Interestingly"): by these
/// endings, which English names hardly have ("Kelly" and "Connolly" do not end so).
fn is_sentence_adverb(word: &str) -> bool {
    let w = word.to_lowercase();
    w.chars().count() > 6
        && [
            "ally", "ately", "ently", "antly", "ously", "ingly", "ively", "arly",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// Titles written after a name and set off by commas ("Tom Molomby, SC, said").
const POST_NOMINALS: &[&str] = &[
    "SC", "QC", "KC", "MP", "MEP", "MSP", "Jr", "Sr", "PhD", "Ph.D", "MD", "Esq", "OBE", "MBE",
    "CBE",
];

/// Whether a comma-separated piece before a cue describes the name before it rather than naming
/// anyone: it opens with an article ("a veteran strategist", "the former head of …"), a
/// lower-case office or role ("spokesman for …"), a relative pronoun ("who heads …"), is a
/// number (an age) or a title written after a name ("SC").
fn is_appositive(text: &str, ws: &[Range<usize>], lower: &[Cow<str>]) -> bool {
    let first = &text[ws[0].clone()];
    if first.chars().all(|c| c.is_ascii_digit()) {
        return ws.len() == 1;
    }
    if ws.len() == 1 && POST_NOMINALS.contains(&first.trim_end_matches('.')) {
        return true;
    }
    // A participle phrase: "Trump, speaking at a rally in Wilmington, warned".
    if ws.len() >= 2 && lower[0].ends_with("ing") && starts_lower(first) {
        return true;
    }
    if !starts_lower(first) {
        // "Panama coach", "USI associate professor of art history": a capitalised modifier and a
        // lower-case office or role, with no name after it.
        let role =
            |w: &str| OFFICES.contains(&w) || ROLE_NOUNS.contains(&w) || ASSOCIATES.contains(&w);
        return ws.len() >= 2
            && starts_lower(&text[ws[ws.len() - 1].clone()])
            && starts_lower(&text[ws[1].clone()])
            && lower[1..].iter().any(|w| role(w.as_ref()));
    }
    // A noun phrase of its own set off after a name: "Robert Shrum, a veteran Democratic
    // strategist, said"; "America Rising PAC, an outside Republican group, is blasting".
    if matches!(lower[0].as_ref(), "a" | "an" | "the") && ws.len() <= 12 {
        return true;
    }
    let head = lower[0].as_ref();
    matches!(lower[0].as_ref(), "who" | "whose")
        || ((OFFICES.contains(&head) || ROLE_NOUNS.contains(&head))
            && ws.len() > 1
            && lower
                .iter()
                .any(|w| matches!(w.as_ref(), "for" | "of" | "at" | "to" | "with")))
}

/// The speaker after the cue: "said Kim", "according to Seoul-based Yonhap News Agency,".
fn subject_right(
    text: &str,
    para: &Paragraph,
    span: &Range<usize>,
    cue: &Cue,
) -> Option<Range<usize>> {
    let mut end = span.end;
    if let Some(q) = para
        .quotes_overlapping(&(cue.span.end..span.end))
        .iter()
        .find(|q| q.start >= cue.span.end)
    {
        end = q.start;
    }
    let region = &text[cue.span.end..end];
    let stop = region
        .find([',', ';', '.', ':', '(', '—', '–', '"', '“', '?', '!'])
        .unwrap_or(region.len());
    let r = cue.span.end..cue.span.end + stop;
    let ws = word_ranges(text, &r);
    let lower: Vec<Cow<str>> = ws.iter().map(|w| lowercase(&text[w.clone()])).collect();
    let mut n = 0;
    for w in &lower {
        if matches!(
            w.as_ref(),
            "in" | "at"
                | "on"
                | "to"
                | "that"
                | "during"
                | "after"
                | "for"
                | "about"
                | "of"
                | "it"
                | "was"
                | "is"
                | "the"
                | "a"
        ) && n > 0
        {
            break;
        }
        n += 1;
        if n >= 8 {
            break;
        }
    }
    if n == 0 {
        return None;
    }
    // "said the" / "told a panel": an object, not a speaker, unless it names someone or stands
    // alone up to the end of the clause ("…,” said one former aide.", "asked the boy, who …").
    let first = &lower[0];
    let to_clause_end = n == ws.len()
        && matches!(first.as_ref(), "the" | "a" | "an" | "one")
        && INVERTING_CUES.contains(&cue.text.as_str());
    if matches!(
        first.as_ref(),
        "the" | "a" | "an" | "it" | "that" | "to" | "reporters" | "journalists"
    ) && !text[ws[0].start..ws[n - 1].end]
        .chars()
        .skip(1)
        .any(char::is_uppercase)
        && !to_clause_end
    {
        return None;
    }
    // A clause or phrase the verb governs ("asked whether Clinton …", "pledged to ban …",
    // "discussing it with …") names nobody; nor does a lower-case phrase with no name in it
    // ("disclosed personal notes"), unless it is a pronoun ("said he"), an unnamed source ("says
    // a source", "say some Democrats") or follows "according to".
    let phrase = &text[ws[0].start..ws[n - 1].end];
    let complement = matches!(
        first.as_ref(),
        "that" | "whether" | "if" | "with" | "of" | "about" | "for" | "it's" | "it’s"
    );
    let unnamed = PRONOUNS.contains(&first.as_ref())
        || matches!(
            first.as_ref(),
            "a" | "an" | "one" | "some" | "many" | "several"
        )
        || cue.text.starts_with("according");
    if complement || (!phrase.chars().any(char::is_uppercase) && !unnamed && !to_clause_end) {
        return None;
    }
    Some(ws[0].start..ws[n - 1].end)
}

/// Turns a speaker phrase into a source: pronoun, role noun, registry entry or named person.
fn resolve(
    text: &str,
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
        PRONOUNS.contains(&first) && lower[1..].iter().all(|w| may_follow_subject(w));
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
                SUBJECT_STARTS.contains(&w.as_ref())
                    || matches!(w.as_ref(), "of" | "to" | "the" | "a")
            })
            && !PRONOUNS.contains(&lower[i].split(['\'', '’']).next().unwrap_or(""))
            && (owner_named || owner_common)
            && (ASSOCIATES.contains(&head)
                || (owner_common && (ROLE_NOUNS.contains(&head) || OFFICES.contains(&head))));
        if from <= i && fits {
            return Some(SourceRef {
                name: p[ranges[from].start..ranges[ws.len() - 1].end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                span: phrase.clone(),
                registry: None,
                kind: "unregistered".into(),
                anonymous: false,
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
        let representative = ROLE_NOUNS.contains(&head)
            || matches!(
                head,
                "campaign" | "team" | "staff" | "aides" | "advisers" | "advisors" | "spokespeople"
            );
        if representative && ws[1..].iter().all(|w| starts_lower(w)) {
            return link(known, pronoun).or_else(|| Some(anon_source(text, phrase.clone())));
        }
    }
    // "the researcher", "the Pyongyang researcher", "the NATO chief": a role noun pointing back
    // to a named source.
    let head = lower.last().map(|w| w.as_ref()).unwrap_or("");
    let head_is_role = ws.last().is_some_and(|w| starts_lower(w)) && ROLE_NOUNS.contains(&head);
    if head_is_role && matches!(lower[0].as_ref(), "the" | "this" | "that" | "both") {
        let pronoun = if matches!(
            head,
            "agency"
                | "article"
                | "report"
                | "statement"
                | "newspaper"
                | "paper"
                | "ministry"
                | "government"
                | "kremlin"
                | "committee"
                | "office"
                | "company"
                | "group"
                | "court"
                | "police"
                | "army"
                | "military"
                | "commentary"
        ) {
            "it"
        } else if PLURAL_ROLES.contains(&head) {
            "they"
        } else {
            "he"
        };
        // With nobody to point to ("The ministry said" and no ministry named), a role that
        // names nobody is an unnamed source, as a pronoun with nobody before it is.
        match known.antecedent_for_role(text, head, pronoun) {
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
        && ROLE_NOUNS.contains(&head);
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
    let (name, titled) = name_in_phrase(&ws);
    // "President of Russia" is an office, not the country.
    let registered = registry
        .lookup(p)
        .filter(|_| (!titled || registry.lookup(&name).is_some()) && office_of(&name).is_none());
    if let Some(i) = registered {
        return Some(SourceRef {
            name: registry.name(i).to_string(),
            span: phrase.clone(),
            registry: Some(i),
            kind: registry.kind(i).to_string(),
            anonymous: false,
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
    if PRONOUNS.contains(&last_word.as_str()) {
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
        let modifies = trailing.iter().any(|w| !may_follow_subject(w));
        let head = trailing.last().map(|w| w.as_ref()).unwrap_or("");
        // Only a lone capitalised word is taken for a modifier ("European", "Recent", "345
        // Muslim"); a longer run is a name ("the New Zealand government", "The Home Office").
        let lone = k == 0 || !starts_upper(ws[k - 1]);
        let speaks_for_name = !lone
            || INSTITUTION_HEADS.contains(&head)
            || ((ROLE_NOUNS.contains(&head) || OFFICES.contains(&head)) && possessive(k));
        if modifies && !speaks_for_name {
            return None;
        }
    }
    // "Others said", "Some argue", "People say", "Reports suggest": a generic plural at the start
    // of a sentence is an unnamed source, not a name.
    let generic = [
        "others", "some", "many", "people", "reports", "most", "few", "several",
    ];
    if generic.iter().any(|g| g.eq_ignore_ascii_case(&name)) {
        return Some(anon_source(text, phrase));
    }
    // Capitalised only because it starts the sentence ("To", "Let", "In", "Incidentally"): not a
    // name.
    if name
        .split(' ')
        .all(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()) || is_sentence_adverb(w))
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
        registry: None,
        kind: "unregistered".into(),
        anonymous: false,
        linked: false,
    })
}

/// Whether `ws[i]` is an office a name follows (see [`OFFICES`]).
fn is_office(ws: &[&str], i: usize) -> bool {
    // Compared without copying: every office is ASCII.
    let w = ws[i].trim_end_matches('.');
    if w.eq_ignore_ascii_case("general") {
        return (i > 0 && is_office(ws, i - 1)) || ws.len() - i > 2;
    }
    OFFICES.iter().any(|o| o.eq_ignore_ascii_case(w))
}

/// The name in a speaker phrase: the last run of capitalised words (with inner "of", "for",
/// "the", "and"), without descriptors ("Seoul-based"), offices and what stands before them; and
/// whether an office stands right before the name ("Kremlin spokesman Dmitry Peskov"): then the
/// name is a person's, whatever organisation the phrase also names.
fn name_in_phrase(ws: &[&str]) -> (String, bool) {
    let cap = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let descriptor = |w: &str| {
        let l = w.to_lowercase();
        [
            "-based",
            "-run",
            "-owned",
            "-led",
            "-backed",
            "-controlled",
            "-affiliated",
        ]
        .iter()
        .any(|s| l.ends_with(s))
    };
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
        (NOT_NAMES.contains(&l.as_str()) && !matches!(l.as_str(), "will" | "may"))
            || is_sentence_adverb(ws[start])
    } {
        start += 1;
    }
    let mut titled = start > 0 && is_office(&ws[..end], start - 1);
    // "President of Russia Vladimir Putin", "Secretary of State Antony Blinken": an office with
    // an "of" phrase before a name; the name is taken to be the last two words.
    let country_words = if ws.get(start + 2) == Some(&"the") {
        3
    } else {
        1
    };
    if end - start >= 4 + country_words && is_office(ws, start) && ws[start + 1] == "of" {
        start = end - 2;
        titled = true;
    }
    // The name follows the last office in the run ("Russian Foreign Minister Sergei Lavrov"),
    // unless what follows names an organisation ("Justice Department").
    let organisation = |r: &[&str]| {
        r.iter()
            .any(|w| ORGANISATION_WORDS.contains(&lowercase(w).as_ref()))
    };
    if let Some(i) = (start..end).rev().find(|&i| is_office(&ws[..end], i)) {
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
fn join_initials(words: &[&str]) -> String {
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
