//! Sources: find the speaker of an attribution next to its cue, normalise the name, link pronouns
//! and role nouns to the nearest named source, and look the name up in the registry.

mod known;
mod lexicon;
mod name;
mod registry;
mod steps;
mod subject;

pub use known::{unify_names, Gender, KnownSources};
pub(super) use lexicon::is_number;
pub(super) use name::is_function_word;
pub use registry::Registry;
pub use steps::{SpeakerAt, Step, StepId};
pub(super) use subject::PARTICIPLE_ADVERBS;

use super::Cue;
use crate::article::Paragraph;
use crate::rules::Lexicon;
use lexicon::*;
use std::ops::Range;
use steps::resolve;
use subject::{subject_left, subject_right, trimmed};

/// The source of an attributed claim.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRef {
    /// Normalised name ("Stoltenberg", "Yonhap News Agency"), or the anonymous phrase.
    pub name: String,
    /// Where the speaker stands in the text (absolute bytes).
    pub span: Range<usize>,
    /// What the source is: registered (with its registry entry), unregistered, a group or
    /// anonymous.
    pub kind: SourceKind,
    /// Reached through a pronoun or role noun ("he", "the researcher").
    pub linked: bool,
}

impl SourceRef {
    /// Index into [`crate::rules::RuleSet::sources`] when the registry knows the source.
    pub fn registry(&self) -> Option<usize> {
        self.kind.registry()
    }

    /// An unnamed source.
    pub fn is_anonymous(&self) -> bool {
        self.kind == SourceKind::Anonymous
    }
}

/// What a source is. Registry kinds ("news-agency", "state-media", …) are data from the rule
/// files; the kinds of sources the registry does not know are built in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKind {
    /// A source the registry knows: its index into [`crate::rules::RuleSet::sources`] and its
    /// kind as the rule files name it.
    Registered { index: usize, kind: String },
    /// A named source the registry does not know (a person; "I" or "we", the writer):
    /// `unregistered`.
    Unregistered,
    /// Two named people spoken for together ("the leaders"): `group`.
    Group,
    /// An unnamed source ("officials", "a diplomat", "they" with nobody named): `anonymous`.
    Anonymous,
}

impl SourceKind {
    /// The kind's name, as written in outputs and weighed by `[reliability]`.
    pub fn as_str(&self) -> &str {
        match self {
            SourceKind::Registered { kind, .. } => kind,
            SourceKind::Unregistered => "unregistered",
            SourceKind::Group => "group",
            SourceKind::Anonymous => "anonymous",
        }
    }

    /// The registry entry of a registered source.
    pub fn registry(&self) -> Option<usize> {
        match self {
            SourceKind::Registered { index, .. } => Some(*index),
            _ => None,
        }
    }
}

impl std::fmt::Display for SourceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether an anonymous-source marker is a clause about anonymity ("who spoke on condition of
/// anonymity", "on condition of anonymity", "not authorised to speak", "speaking on background",
/// "asked not to be named", "because they were not authorized", "under condition of anonymity")
/// rather than the speaker itself.
pub fn opens_anonymity_clause(marker: &str) -> bool {
    marker.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "who" | "on" | "not" | "speaking" | "asked" | "because" | "under"
        )
    })
}

/// A marker that ends on its preposition ("sources close to", "people familiar with", "a person
/// with knowledge of") with what follows it up to `limit` (the cue, or the clause's end after
/// it), when that is short: "sources close to the player".
fn marker_with_its_object(text: &str, marker: &Range<usize>, limit: usize) -> Range<usize> {
    let last = text[marker.clone()].rsplit(' ').next().unwrap_or("");
    if matches!(last, "to" | "with" | "on" | "of" | "about" | "in") && limit > marker.end {
        let rest = &text[marker.end..limit];
        let object = rest[..rest
            .find([',', ';', ':', '"', '“', '”', '('])
            .unwrap_or(rest.len())]
            .trim_end()
            .trim_end_matches('.');
        if (1..=6).contains(&crate::article::words::count(object)) {
            return marker.start..marker.end + object.len();
        }
    }
    marker.clone()
}

/// The whole speaker phrase a marker heads, with a place or employer after it, up to `limit`:
/// "Political scientists", "F.B.I. officials", "Analysts at Morgan Stanley", "Emergency
/// officials in Perry County", "Friends of Mr. Clinton's" (not "scientists", "officials",
/// "analysts"). Only a noun phrase: at most three words before the marker, a capitalised one or
/// one determiner first and no verb or clause word among them, and nothing after it but an "of"
/// phrase.
fn marker_in_its_phrase(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
    marker: &Range<usize>,
    limit: usize,
) -> Range<usize> {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "some", "many", "several", "few", "most", "other", "his", "her", "their",
        "its", "our", "two", "three", "four", "five", "both", "all", "any", "one", "another",
        "these", "those",
    ];
    const CLAUSE_WORDS: &[&str] = &[
        "to", "of", "who", "that", "which", "has", "have", "had", "is", "are", "was", "were",
        "been", "be", "could", "would", "will", "can", "may", "might", "should", "by", "with",
        "in", "on", "for", "at", "from", "and", "or", "but", "as", "than",
    ];
    if !(phrase.start <= marker.start && marker.end <= phrase.end) {
        return marker.clone();
    }
    let before: Vec<&str> = text[phrase.start..marker.start]
        .split_whitespace()
        .collect();
    // "Despite polls showing": an opening word that names nothing is no part of it.
    let determiner = |w: &str| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w));
    if before
        .first()
        .is_some_and(|w| lex.not_names.contains_ascii_folded(w) && !determiner(w))
    {
        return marker.clone();
    }
    let determiners = before.iter().filter(|w| determiner(w)).count();
    // (A noun in lower case may open it too: "fire officials", "state health officials"; not a
    // verb's form or an adverb.)
    let noun = |w: &str| {
        w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !["ed", "ing", "ly"].iter().any(|e| w.ends_with(e))
            && !lex.pronouns.contains(w)
            && !lex.subject_stops.contains(w)
    };
    // (One determiner, or a count after it: "The two voters".)
    let determiners_fit = determiners <= 1
        || (determiners == 2 && before.len() == 2 && is_number(&before[1].to_ascii_lowercase()));
    // (Or people known through the ones marked: "Relatives of residents", "Friends of the
    // victims".)
    let associates_of = (2..=3).contains(&before.len())
        && lex.associates.contains_ascii_folded(before[0])
        && before[1] == "of"
        && before[2..].iter().all(|w| determiner(w));
    // (Up to three words, four after a determiner: "A former senior NSA official".)
    let noun_phrase = associates_of
        || (before.len() <= 3 || (before.len() == 4 && determiner(before[0])))
            && determiners_fit
            && !before.iter().any(|w| CLAUSE_WORDS.contains(w))
            && before
                .first()
                .is_none_or(|w| starts_upper(w) || determiner(w) || (noun(w) && determiners == 0));
    // (Adverbs after it are no part of it: "Some Republican strategists privately expressed".)
    let rest = &text[marker.end..phrase.end];
    let lead = rest.len() - rest.trim_start().len();
    let mut after = rest.trim();
    while let Some((rest, last)) = after.rsplit_once(' ').or(Some(("", after))) {
        if last.is_empty() || !lex.may_follow_subject(&last.to_ascii_lowercase()) {
            break;
        }
        after = rest.trim_end();
    }
    // (The phrase now ends where `after` does, or at the marker when nothing is left.)
    let end = if after.is_empty() {
        marker.end
    } else {
        marker.end + lead + after.len()
    };
    let phrase = &(phrase.start..end);
    // (Or the object of a marker that ends on "of": "with knowledge of the situation".)
    // (Or whom an unnamed spokesperson speaks for, described in lower case: "a spokeswoman
    // for the student group".)
    let for_phrase = after.starts_with("for ")
        && text[marker.clone()].contains("spokes")
        && !after.contains(char::is_uppercase);
    let of_phrase = after.is_empty()
        || ((after.starts_with("of ") || text[marker.clone()].ends_with(" of") || for_phrase)
            && crate::article::words::count(after) <= 5);
    if !(noun_phrase && of_phrase) {
        return marker.clone();
    }
    let mut end = phrase.end;
    if limit > end {
        let rest = &text[end..limit];
        let place = rest.trim_start();
        let pp = rest[..rest
            .find([',', ';', ':', '(', '"', '“', '”'])
            .unwrap_or(rest.len())]
            .trim_end()
            .trim_end_matches('.');
        // A place or an employer, not a time ("at the time", "in recent weeks").
        let time = [
            "at the time",
            "in recent",
            "in the past",
            "at this point",
            "in the end",
        ]
        .iter()
        .any(|t| place.starts_with(t));
        if ["at ", "in ", "from ", "with "]
            .iter()
            .any(|p| place.starts_with(p))
            && !time
            && (2..=5).contains(&crate::article::words::count(pp))
        {
            end += pp.len();
        }
    }
    phrase.start..end
}

/// The description a cue's "who" stands for, set off by a comma right before it: an indefinite
/// noun phrase of at most six words ("heard from a biomedical technician, who testified", "The
/// panel also heard from a former manager, who said").
fn who_stands_for(text: &str, span: &Range<usize>, cue: &Cue) -> Option<Range<usize>> {
    let before = text[span.start..cue.span.start].trim_end();
    let clause = before
        .strip_suffix("who")?
        .trim_end()
        .strip_suffix(',')?
        .trim_end();
    let at = [" a ", " an "]
        .iter()
        .filter_map(|d| clause.rfind(d).map(|i| i + 1))
        .max()?;
    let np = &clause[at..];
    (!np.contains([',', ';', ':', '"', '“', '”', '('])
        && (2..=6).contains(&crate::article::words::count(np)))
    .then(|| span.start + at..span.start + clause.len())
}

/// The subject of the main clause after a phrase that opens the sentence and holds the cue: a
/// place of saying ("In a statement Saturday,", "in a speech before the council,") or a
/// participle of speaking or of being asked opening the sentence ("Asked about those remarks,",
/// "Speaking to reporters,"; not one of what was done to the subject: "Accused of fraud,"), up
/// to a comma outside quotations; not when the phrase says whose it is ("In a statement
/// released by the White House,").
fn main_clause_subject(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    span: &Range<usize>,
    cue: &Cue,
) -> Option<Range<usize>> {
    #[rustfmt::skip]
    const PARTICIPLES: &[&str] = &[
        "asked", "pressed", "questioned", "interviewed", "reached", "contacted", "speaking",
        "responding", "writing", "testifying", "addressing", "commenting", "answering",
        "reacting", "explaining", "noting", "recalling", "insisting", "arguing", "acknowledging",
        "conceding", "describing", "referring", "pointing", "warning", "urging", "calling",
        "praising", "criticizing", "criticising", "announcing", "suggesting", "tweeting",
        "posting", "saying", "telling", "citing", "denying", "vowing", "claiming", "quoting",
        "stressing", "admitting", "accusing", "blaming", "promising", "adding", "declaring",
        "rejecting", "dismissing",
    ];
    let before = &text[span.start..cue.span.start];
    let first = before.split_whitespace().next().unwrap_or("");
    let conjunction = matches!(first, "And" | "But" | "Yet" | "So");
    let place = cue.text.starts_with("in ")
        && !before.contains(['"', '“', '”'])
        && (before.trim().is_empty() || conjunction || before.trim_end().ends_with(','))
        && crate::article::words::count(before) <= 6;
    let opening_participle = before.trim().is_empty()
        && PARTICIPLES.contains(&cue.first_word().to_ascii_lowercase().as_str());
    if !(place || opening_participle) || para.is_quoted(cue.span.start) {
        return None;
    }
    let after = &text[cue.span.end..span.end];
    // (Also the comma that ends a quoted title: "on the CBS News program “Face the Nation,”
    // Mr. Santorum"; not one inside a place's name: "in Des Moines, Iowa, Bernie Sanders".)
    let commas = after.match_indices(',').filter_map(|(i, _)| {
        let rest = &after[i + 1..];
        if rest.starts_with(' ') && !para.is_quoted(cue.span.end + i) {
            Some((i, 2))
        } else {
            ['”', '"']
                .iter()
                .find_map(|q| rest.strip_prefix(*q)?.strip_prefix(' '))
                .map(|r| (i, after.len() - i - r.len()))
        }
    });
    // (A town "in" or "at" which, then its state or country: not a day, "on Tuesday, China,".)
    let place_name = |i: usize, skip: usize| {
        let next = &after[i + skip..];
        let piece = &next[..next.find(',').unwrap_or(0)];
        let town = after[..i]
            .rfind(" in ")
            .or_else(|| after[..i].rfind(" at "))
            .map(|k| &after[k + 4..i]);
        skip == 2
            && town.is_some_and(|t| {
                !t.is_empty()
                    && t.split(' ').count() <= 3
                    && t.split(' ')
                        .all(|w| starts_upper(w) && !is_month_or_weekday(w))
            })
            && (lex.is_place_name(piece) || piece == "D.C.")
    };
    let mut comma = None;
    let mut in_place = false;
    for (i, skip) in commas {
        if !in_place && place_name(i, skip) {
            in_place = true;
            continue;
        }
        comma = Some((i, skip));
        break;
    }
    let (comma, skip) = comma?;
    // (Not a heading in capitals run into the sentence: "TELLING OF THE CRISIS, IN VIRTUAL
    // REALITY".)
    if after[..comma].contains([';', ':'])
        || [
            "released by ",
            "issued by ",
            "published by ",
            "sent by ",
            "provided by ",
            "signed by ",
            "posted by ",
            "written by ",
            "read by ",
        ]
        .iter()
        .any(|p| after[..comma].contains(p))
        || crate::article::words::count(&after[..comma]) > 16
        || !text[span.start..cue.span.end + comma].contains(char::is_lowercase)
    {
        return None;
    }
    let main = cue.span.end + comma + skip..span.end;
    // (Up to a comma: "Senator Marco Rubio, Republican of Florida, will outline"; through the
    // role in lower case after a name: "State Department officials concurred" are officials;
    // the name after an owner and a role: "Chicago's mayor Rahm Emanuel", "Trump's lawyer
    // Rudy Giuliani".)
    let subject = subject::opening_subject(text, lex, para, main.clone())
        .map(|s| match text[s.clone()].find(',') {
            Some(c) => s.start..s.start + c,
            None => s,
        })
        .or_else(|| leading_name(text, lex, main.clone()))?;
    if let Some(name) = name_after_role(text, lex, subject.clone(), main.end) {
        return Some(name);
    }
    // (After a possessive too: "Chicago's mayor doubled down".)
    let after = &text[subject.end..main.end];
    let possessive = ["'s", "’s"]
        .iter()
        .find(|p| after.starts_with(*p))
        .map_or(0, |p| p.len());
    let subject = subject.start..subject.end + possessive;
    let role = text[subject.end..main.end]
        .strip_prefix(' ')
        .and_then(|r| r.split([' ', ',']).next())
        .filter(|w| starts_lower(w) && lex.is_role_noun_or_plural(w));
    Some(match role {
        Some(w) => subject.start..subject.end + 1 + w.len(),
        None => subject,
    })
}

/// The name after an owner and a role in lower case ("Rahm Emanuel" of "Chicago's mayor Rahm
/// Emanuel", "Tim Cook" of "Apple's chief executive, Tim Cook,"), when `subject` is the owner or
/// the owner and the role.
fn name_after_role(
    text: &str,
    lex: &Lexicon,
    subject: Range<usize>,
    end: usize,
) -> Option<Range<usize>> {
    let s = &text[subject.clone()];
    let after = &text[subject.end..end];
    let owner_end = s
        .find("'s ")
        .or_else(|| s.find("’s "))
        .map(|i| subject.start + i)
        .or_else(|| {
            s.strip_suffix("'s")
                .or_else(|| s.strip_suffix("’s"))
                .map(|owner| subject.start + owner.len())
        })
        .or_else(|| {
            (after.starts_with("'s ") || after.starts_with("’s ")).then_some(subject.end)
        })?;
    let rest = &text[owner_end..end];
    let rest = rest
        .trim_start_matches(['\'', '’'])
        .strip_prefix('s')?
        .strip_prefix(' ')?;
    let mut at = end - rest.len();
    let mut roles = 0;
    let mut last = "";
    for w in rest.split(' ') {
        let bare = w.trim_end_matches(',');
        if bare.is_empty() || !starts_lower(bare) || roles == 3 {
            break;
        }
        // (Words of a role only: not a verb, "Trump's lawyers sued Michael Cohen".)
        let role_word = lex.is_role_noun(bare)
            || lex.offices.contains(bare)
            || lex.institution_roles.contains(bare)
            || matches!(
                bare,
                "former"
                    | "chief"
                    | "state"
                    | "news"
                    | "top"
                    | "senior"
                    | "deputy"
                    | "campaign"
                    | "press"
                    | "foreign"
                    | "prime"
                    | "vice"
                    | "new"
                    | "longtime"
                    | "personal"
                    | "general"
                    | "defense"
                    | "defence"
                    | "national"
                    | "security"
            );
        if !role_word {
            return None;
        }
        last = bare;
        roles += 1;
        at += w.len() + 1;
        if bare.len() != w.len() {
            break;
        }
    }
    let person = lex.is_role_noun(last)
        || lex.offices.contains(last)
        || lex.institution_roles.contains(last);
    if roles == 0 || at >= end || !person {
        return None;
    }
    let mut name_end = at;
    for w in text[at..end].split(' ') {
        let bare = w.trim_end_matches(',');
        if bare.is_empty() || !starts_upper(bare) {
            break;
        }
        name_end += bare.len() + usize::from(name_end > at);
        if bare.len() != w.len() {
            break;
        }
    }
    (name_end > at).then_some(at..name_end)
}

/// The capitalised words `r` opens on, up to a bracket, a comma, a linking verb or a place
/// after "of" ("Rep. Ed Royce" of "Rep. Ed Royce (R-Calif.), chairman of …, was among"; "Sen.
/// Dianne Feinstein" of "Sen. Dianne Feinstein of California was"); nothing when the words
/// open on a word that is never a name ("Unlike Donald Trump,"), end on a possessive ("John
/// Smith's lawyer") or go on to more of the subject ("U.S. officials").
fn leading_name(text: &str, lex: &Lexicon, r: Range<usize>) -> Option<Range<usize>> {
    let mut end = r.start;
    for w in text[r.clone()].split(' ') {
        let bare = w.trim_end_matches(',');
        // (A double space: inside a name after a title, "Rep.  José", nothing is sure; after
        // the name it ends it.)
        if bare.is_empty() {
            if text[r.start..end].ends_with('.') {
                return None;
            }
            break;
        }
        if !starts_upper(bare) || bare.starts_with('(') {
            break;
        }
        end = end + usize::from(end > r.start) + bare.len();
        if bare.len() != w.len() {
            break;
        }
        if end >= r.end {
            return None;
        }
    }
    let name = &text[r.start..end];
    let first = name.split(' ').next().unwrap_or("");
    if end == r.start
        || name.ends_with("'s")
        || name.ends_with("’s")
        || lex.not_names.contains_ascii_folded(first)
        || crate::attribution::PREPOSITIONS.contains(&first.to_ascii_lowercase().as_str())
        || matches!(
            first,
            "Unlike" | "Like" | "After" | "Before" | "As" | "While" | "When"
        )
    {
        return None;
    }
    let rest = &text[end..r.end];
    let rest = if rest.starts_with("  ") {
        &rest[rest.len() - rest.trim_start().len() - 1..]
    } else {
        rest
    };
    let place_after_of = rest
        .strip_prefix(" of ")
        .is_some_and(|p| p.starts_with(char::is_uppercase));
    let whole = rest.starts_with(',')
        || rest.starts_with(" (")
        || place_after_of
        || [" was ", " is ", " were ", " are ", " has ", " had "]
            .iter()
            .any(|v| rest.starts_with(v));
    whole.then_some(r.start..end)
}

/// "the hospital" of "a notice the hospital filed with state regulators": the subject of a
/// relative clause with no "that" after a document, when its verb issues it.
fn issuer_of_document(text: &str, lex: &Lexicon, phrase: &Range<usize>) -> Option<Range<usize>> {
    let p = &text[phrase.clone()];
    let ws: Vec<&str> = p.splitn(6, ' ').collect();
    let issues = |w: &str| {
        matches!(
            w,
            "filed" | "issued" | "released" | "published" | "posted" | "submitted" | "sent"
        )
    };
    if ws.len() < 5
        || !matches!(ws[0], "a" | "an" | "the")
        || !(lex.is_document(ws[1]) || ws[1] == "notice")
        || ws[2] != "the"
        || !issues(ws[4])
    {
        return None;
    }
    let from = phrase.start + ws[0].len() + ws[1].len() + 2;
    Some(from..from + ws[2].len() + 1 + ws[3].len())
}

/// The name before a description set off by commas, when the cue is a "who" clause's after the
/// description ("Sam Achebe, the Labour MP for Leeds Central, who said", "Jane Roe, a professor
/// at Yale, who said"): up to four capitalised words before the comma.
fn name_before_described_who(
    text: &str,
    span: &Range<usize>,
    phrase: &Range<usize>,
    cue: &Cue,
) -> Option<Range<usize>> {
    // (The phrase may run to the "who".)
    let to_cue = text.get(phrase.start..cue.span.start)?.trim_end();
    let described = ["the ", "a ", "an "].iter().any(|a| to_cue.starts_with(a));
    if !described || !to_cue.ends_with(", who") {
        return None;
    }
    // (A verb of saying, in a main clause: not "Asked whether he was concerned that Donald
    // Trump, the presumptive nominee, who has called …".)
    let saying = matches!(
        cue.text.as_str(),
        "said"
            | "says"
            | "told"
            | "tells"
            | "added"
            | "warned"
            | "argued"
            | "noted"
            | "wrote"
            | "explained"
            | "insisted"
            | "stated"
            | "claimed"
            | "testified"
            | "recalled"
    );
    let before = text[span.start..phrase.start]
        .trim_end()
        .strip_suffix(',')?;
    if !saying
        || before.starts_with("Asked")
        || [" whether ", " that ", " if "]
            .iter()
            .any(|w| before.contains(w))
    {
        return None;
    }
    let mut start = before.len();
    let mut words = 0;
    for w in before.rsplit(' ') {
        if words == 4 || !w.starts_with(char::is_uppercase) {
            break;
        }
        start -= w.len() + usize::from(start > w.len());
        words += 1;
    }
    let start = before.len() - before[start..].trim_start().len();
    (words > 0 && start < before.len()).then(|| span.start + start..span.start + before.len())
}

/// The unnamed person a clause about anonymity describes, when the speaker phrase names them
/// before it ("A neighbor who asked not to be named", "A former bookkeeper, who spoke on
/// condition of anonymity"): the words before the clause, up to a comma, "who", "whose" or
/// "that".
fn described_before_clause(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
    marker: &Range<usize>,
) -> Option<Range<usize>> {
    if !opens_anonymity_clause(&text[marker.clone()]) || marker.start <= phrase.start {
        return None;
    }
    let before = &text[phrase.start..marker.start];
    let cut = [
        before.find(','),
        before.find(" who "),
        before.find(" whose "),
        before.find(" that "),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(before.len());
    let person = before[..cut].trim_end();
    // A description: a few words after the first, ending on a noun in lower case, or on a place
    // after one ("A fourth-grade teacher at Hawthorne"); a name among them is an employer's ("A
    // Norrvolt engineer").
    let ws: Vec<&str> = person.split_whitespace().collect();
    // (Or on whom they are close to: "A person close to Lindqvist"; or what they belong to: "A
    // member of the Canal Street Residents' Association".)
    let noun_then_place = ws
        .iter()
        .position(|w| {
            matches!(
                *w,
                "at" | "in" | "from" | "close" | "familiar" | "of" | "for"
            )
        })
        .is_some_and(|i| i >= 2 && starts_lower(ws[i - 1]));
    // (Or on an office in capitals after an article or a count: "One senior Labour MP".)
    let unnamed_office = || {
        let last = ws[ws.len() - 1];
        matches!(
            ws[0],
            "A" | "An" | "One" | "Another" | "a" | "an" | "one" | "another"
        ) && (lex.offices.contains_ascii_folded(last)
            || lex.party_members.contains_ascii_folded(last))
    };
    (ws.len() >= 2 && (starts_lower(ws[ws.len() - 1]) || noun_then_place || unnamed_office()))
        .then(|| phrase.start..phrase.start + person.len())
}

/// An unnamed-source marker with the count right before it: "two officials", "One official",
/// "several sources", "3 officials" (not "officials").
fn with_its_count(text: &str, marker: Range<usize>) -> Range<usize> {
    let Some(before) = text[..marker.start].strip_suffix(' ') else {
        return marker;
    };
    // (A figure in thousands is one count: "1,000 protesters".)
    let count = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == ','))
        .next()
        .unwrap_or("")
        .trim_start_matches(',');
    let count = if count.contains(',') && !count.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        // (Not a word and its comma: only figures run on over one.)
        count.rsplit(',').next().unwrap_or("")
    } else {
        count
    };
    // Not a share ("four out of 10 voters", "nine in 10").
    let share = before[..before.len() - count.len()]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "of" | "in"));
    let lower = count.to_ascii_lowercase();
    let is_count = !share
        && (is_number(&lower)
            || (lower.starts_with(|c: char| c.is_ascii_digit())
                && lower.bytes().all(|b| b.is_ascii_digit() || b == b','))
            || matches!(
                lower.as_str(),
                "one" | "several" | "some" | "many" | "few" | "dozens" | "hundreds"
            ));
    if is_count && !text[marker.clone()].starts_with(char::is_numeric) {
        marker.start - 1 - count.len()..marker.end
    } else {
        marker
    }
}

/// Whether an unnamed poll in the speaker phrase is a named pollster's ("A Real Clear Politics
/// average of polls shows", "July's Washington Post/ABC News polling", "a new poll from USA
/// TODAY/Suffolk University", "exit polls reported by CNN"): a capitalised word of the phrase
/// other than its first, before the poll word or after "from" or "by", that is no time ("New
/// polls released Sunday"); not a place the polls were taken in ("Polls in New Hampshire",
/// "a poll of American voters").
fn polled_by_a_name(text: &str, phrase: &Range<usize>, marker: &Range<usize>) -> bool {
    if !text[marker.clone()]
        .rsplit(' ')
        .next()
        .is_some_and(is_poll_word)
    {
        return false;
    }
    let mut prev = "";
    let mut after_from = false;
    let mut pos = phrase.start;
    for (i, w) in text[phrase.clone()].split(' ').enumerate() {
        let at = pos;
        pos += w.len() + 1;
        if matches!(prev, "from" | "by")
            || (prev == "for"
                && text[phrase.start..at]
                    .split(' ')
                    .rev()
                    .nth(2)
                    .is_some_and(|w| matches!(w, "conducted" | "commissioned" | "done")))
        {
            after_from = true;
        } else if matches!(prev, "in" | "of" | "among") && at >= marker.end {
            after_from = false;
        }
        let before = at < marker.start;
        // (Not the place of an event the polls were taken at: "Exit polls from the New
        // Hampshire primary".)
        let event_after = || {
            text[at..phrase.end]
                .split(' ')
                .find(|w| !starts_upper(w))
                .is_some_and(|w| {
                    matches!(
                        w.trim_end_matches([',', '.']),
                        "primary" | "primaries" | "caucus" | "caucuses" | "election" | "race"
                    )
                })
        };
        if i > 0
            && (before || (after_from && !event_after()))
            && starts_upper(w)
            && !is_month_or_weekday(w.trim_end_matches("'s").trim_end_matches("’s"))
            && !matches!(w, "I" | "The" | "A" | "An")
        {
            return true;
        }
        prev = w;
    }
    false
}

/// Whether an anonymity clause goes on with the reason for it up to `cue` ("who asked not to be
/// named because he feared losing his job said", "who spoke on condition of anonymity since she
/// was not allowed to talk to reporters said"), with no break in the clause but the comma that
/// closes it.
fn gives_a_reason(text: &str, marker: &Range<usize>, cue: &Cue, from: usize) -> bool {
    marker.start > from
        && marker.end < cue.span.start
        && opens_anonymity_clause(&text[marker.clone()])
        && !text[marker.end..cue.span.start]
            .trim_end()
            .trim_end_matches(',')
            .contains([',', ';', ':', '—', '(', '"', '“'])
        && text[marker.end..cue.span.start]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "because" | "since" | "as" | "for" | "so"))
}

/// Whether an anonymity clause is the second of two relative clauses, closed right before the
/// cue ("A neighbour who lives above a bakery across the street, and who asked not to be named,
/// said"): the description opens the first.
fn second_anonymity_clause(text: &str, marker: &Range<usize>, cue: &Cue) -> bool {
    marker.end < cue.span.start
        && text[..marker.start].ends_with(", and ")
        && opens_anonymity_clause(&text[marker.clone()])
        && text[marker.end..cue.span.start]
            .trim()
            .trim_end_matches(',')
            .split_whitespace()
            .count()
            <= 3
}

/// The one "quoted" or "cited" as saying something: the words between the cue and "as saying"
/// (or "as telling", "as calling", … a verb of speech: "cited an internal investigation as
/// identifying" is the report's), at most ten; for a passive ("was cited by KCNA as saying")
/// the range of the agent, whose subject is then the speaker.
fn quoted_as_saying(text: &str, span: &Range<usize>, cue: &Cue) -> Option<Range<usize>> {
    if !matches!(cue.first_word(), "quoted" | "cited") {
        return None;
    }
    let after = &text[cue.span.end..span.end];
    let at = after.find(" as ")?;
    let verb = after[at + 4..].split_whitespace().next()?;
    let object = &after[..at];
    let start = cue.span.end + (object.len() - object.trim_start().len());
    let speech = matches!(
        verb,
        "saying"
            | "telling"
            | "stating"
            | "calling"
            | "describing"
            | "warning"
            | "writing"
            | "adding"
            | "arguing"
            | "claiming"
            | "insisting"
            | "asking"
            | "denying"
            | "confirming"
            | "predicting"
            | "urging"
    );
    (speech
        && (1..=10).contains(&crate::article::words::count(object))
        && !object.contains([',', ';', ':', '"', '“', '”']))
    .then_some(start..cue.span.end + at)
}

/// Finds the source of an attribution whose cue is `cue`, within the claim `span`, and the step
/// that decided it (also when nobody is named).
#[allow(clippy::too_many_arguments)]
pub fn find_source(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    span: &Range<usize>,
    cue: &Cue,
    anonymous: &[Range<usize>],
    registry: &Registry,
    known: &mut KnownSources,
) -> (Option<SourceRef>, Step) {
    let step = |id, speaker| Step { id, speaker };
    // A dateline is no part of the speaker's phrase ("WASHINGTON — Hillary Clinton said").
    let after_dateline;
    let start = para.dateline_end(text, span);
    let span = if start > span.start
        && start <= cue.span.start
        && para.quotes_overlapping(&(span.start..start)).is_empty()
    {
        after_dateline = start..span.end;
        &after_dateline
    } else {
        span
    };
    // An "It" opening the sentence before a cue of "be" and a participle of knowing or
    // saying stands for nobody ("It was known for several years that …", like "It is believed
    // that …"); before one of feeling it is someone ("It is confident that", "It is concerned").
    let expletive = ["is ", "was ", "has been ", "had been "]
        .iter()
        .find_map(|be| cue.text.strip_prefix(be))
        .and_then(|rest| rest.split(' ').next())
        .is_some_and(|w| {
            (w.ends_with("ed") || matches!(w, "known" | "thought" | "understood" | "said"))
                && !matches!(
                    w,
                    "concerned"
                        | "convinced"
                        | "worried"
                        | "pleased"
                        | "disappointed"
                        | "surprised"
                )
        });
    if expletive && text[span.start..cue.span.start].trim() == "It" {
        return (None, step(StepId::PassiveWithoutAgent, None));
    }
    let according = cue.text.starts_with("according");
    let passive =
        !according && cue.text != ":" && is_passive(text, lex, span.start..cue.span.end, cue);
    // "Interfax quoted Sergei Ryabkov as saying …", "Yonhap cited an unnamed official as
    // saying …": the one quoted is the claim's source, the agency only relays it; so is the
    // subject of "Kim was cited by KCNA as saying".
    let quoted_as = quoted_as_saying(text, span, cue);
    let phrase = if let Some(quoted) = quoted_as.clone().filter(|_| !passive) {
        Some((quoted, SpeakerAt::AfterCue))
    } else if passive && quoted_as.is_some() {
        subject_left(text, lex, para, span, cue).map(|p| (p, SpeakerAt::BeforeCue))
    } else if passive {
        // The agent of a passive, if it has one: "This was stated by President Volodymyr
        // Zelenskyy".
        let after = &text[cue.span.end..span.end];
        // (A time may stand between: "were first reported in 2017 by a California newspaper".)
        let gap = after.len() - after.trim_start().len() + time_before_by(after.trim_start());
        if !after[gap..].starts_with("by ") || is_deadline(&after[gap + "by ".len()..]) {
            return (None, step(StepId::PassiveWithoutAgent, None));
        }
        let by = Cue {
            span: cue.span.start..cue.span.end + gap + 2,
            ..cue.clone()
        };
        // A description in lower case ("by rights groups", "by a military spokesman") is read
        // up to its clause's end; a name as after any cue.
        // (A possessive description with the name set off after it is that name: "by her
        // publisher, Lantern House, which said".)
        let name_after = |a: &Range<usize>| {
            let owned = text[a.clone()]
                .split(' ')
                .next()
                .is_some_and(|w| matches!(w, "her" | "his" | "its" | "their"));
            (owned && a.end < span.end)
                .then(|| subject::name_set_off_after(text, lex, a.end, span.end))
                .flatten()
                .filter(|n| {
                    text[n.end..].starts_with(',') || text[n.end..span.end].trim().len() <= 1
                })
        };
        subject::passive_agent(text, para, by.span.end, span.end)
            .filter(|a| !text[a.clone()].contains(char::is_uppercase))
            .map(|a| name_after(&a).unwrap_or(a))
            .or_else(|| subject_right(text, lex, para, span, &by))
            .map(|p| (p, SpeakerAt::PassiveAgent))
    } else if cue.text == ":" {
        // After any kicker ("EXCLUSIVE: Gonzales: …").
        let kicker = crate::attribution::kicker_end(&text[span.start..cue.span.end], lex);
        // (Up to a broadcast part: "AILSA CHANG, HOST:" is Ailsa Chang.)
        let from = span.start + kicker;
        let name = crate::attribution::without_broadcast_part(&text[from..cue.span.start]);
        Some((
            trimmed(text, from..from + name.len()),
            SpeakerAt::ColonLabel,
        ))
    } else if according {
        subject_right(text, lex, para, span, cue).map(|p| (p, SpeakerAt::AfterCue))
    } else if let Some(subject) = cue
        .text
        .starts_with("in ")
        .then(|| subject::opening_subject(text, lex, para, span.start..cue.span.start))
        .flatten()
        .filter(|s| subject::same_clause(text, lex, s.end..cue.span.start))
    {
        // "Trump shot back in a statement", "Pate claimed in an interview": the one the clause
        // opens on spoke in it.
        Some((subject, SpeakerAt::BeforeCue))
    } else if let Some(owner) = possessor(text, lex, span, cue) {
        return possessor_source(text, lex, para, span, owner, registry, known);
    } else {
        // A participle in a headline ("…, and Calling It Progress") has no speaker after it:
        // what follows is its object, capitalised as every word there is.
        // Nor one whose object opens on an owner ("long before backing Clinton's White House
        // run").
        let owned_object = || {
            let after = text[cue.span.end..span.end].trim_start();
            let first = after.split(' ').next().unwrap_or("");
            starts_upper(first)
                && after
                    .split(' ')
                    .take(3)
                    .any(|w| w.ends_with("'s") || w.ends_with("’s"))
        };
        let participle = cue.first_word().ends_with("ing")
            && (para.kind == crate::article::ParagraphKind::Headline || owned_object());
        // An inverted cue right after the comma that closes what was said, before a name ("…
        // institutional support, said Dante Scala, a political science professor"): the name,
        // not one in the clause before.
        // (The name runs to the comma of its appositive or to the sentence's end: in "Ari
        // Fleischer, a former official, said Trump's nomination will …" what follows is said.)
        let mut described_after = None;
        let inverted = lex.inverting_cues.contains(&cue.text)
            && text[span.start..cue.span.start].trim_end().ends_with(',')
            && {
                let after = &text[cue.span.end..span.end];
                let name = after[..after.find(',').unwrap_or(after.len())]
                    .trim()
                    .trim_end_matches(['.', '!', '?', '"', '”']);
                let name_start = cue.span.end + after.len() - after.trim_start().len();
                let ws: Vec<&str> = name.split_whitespace().collect();
                // (Or unnamed people described with no verb, up to the sentence's end or a
                // comma: "…, said a teacher at the school, who asked not to be named", "…, said
                // the people, who asked not to be identified", "…, said two people familiar
                // with the matter"; not what was said, "…, said a deal was close".)
                let described = || {
                    /// Words after people that say what they know or where they stand.
                    const KNOWING: [&str; 6] = [
                        "familiar",
                        "close",
                        "briefed",
                        "knowledgeable",
                        "involved",
                        "not",
                    ];
                    if !(2..=8).contains(&ws.len()) {
                        return false;
                    }
                    let at = ws.iter().position(|w| DESCRIPTION_PREPOSITIONS.contains(w));
                    let counted = matches!(
                        ws[0],
                        "a" | "an"
                            | "one"
                            | "another"
                            | "the"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "several"
                            | "some"
                    ) || ws[0].bytes().all(|b| b.is_ascii_digit());
                    // (Or people in the plural with no word before them: "…, said people
                    // familiar with the matter".)
                    let body = if counted { &ws[1..] } else { &ws[..] };
                    let head = body
                        .iter()
                        .take_while(|w| {
                            !DESCRIPTION_PREPOSITIONS.contains(w) && !KNOWING.contains(w)
                        })
                        .last()
                        .copied()
                        .unwrap_or("");
                    let plural = !counted && matches!(head, "people" | "sources" | "officials");
                    at.is_none_or(|i| ws.len() - i - 1 <= DESCRIBED_PLACE_MAX_WORDS)
                        && (counted || plural && body.len() > 1)
                        && body.iter().all(|w| {
                            starts_lower(w)
                                && !is_auxiliary(w)
                                && !matches!(*w, "that" | "to" | "did" | "does" | "do")
                        })
                        && (lex.is_role_noun_or_plural(head)
                            || matches!(head, "people" | "person" | "sources" | "source"))
                };
                let capitalised = (1..=5).contains(&ws.len())
                    && ws.iter().all(|w| starts_upper(w))
                    && ws[0] != "I";
                // (Beyond one person described, "a teacher", a description after "said" or
                // "added", before no quotation: not whom a question was asked, "The judge, Maria
                // Lopez, asked the lawyers, “Is there …”".)
                let rest = &text[name_start + name.len()..span.end];
                let closes = !rest.trim_start_matches([',', ' ']).starts_with(['"', '“']);
                let saying = matches!(cue.text.as_str(), "said" | "says" | "added" | "adds");
                let indefinite = matches!(ws.first(), Some(&("a" | "an" | "one" | "another")));
                if !capitalised && (indefinite || saying && closes) && described() {
                    described_after =
                        Some((name_start..name_start + name.len(), SpeakerAt::AfterCue));
                }
                capitalised || described_after.is_some()
            };
        let right = || subject_right(text, lex, para, span, cue).map(|p| (p, SpeakerAt::AfterCue));
        let left = || subject_left(text, lex, para, span, cue).map(|p| (p, SpeakerAt::BeforeCue));
        // The second of two verbs joined by "and" speaks for the subject the sentence opens on
        // ("The study, which appeared in JAMA Ophthalmology, analysed the records of 350,000
        // patients and found that …").
        let coordinated = || {
            text[span.start..cue.span.start]
                .trim_end()
                .strip_suffix(" and")
                .and_then(|_| {
                    // "The study", "A new study", "The 92-page report": an article, at most
                    // three words and a document's word.
                    let head = &text[span.start..cue.span.start];
                    let mut end = 0;
                    for (i, w) in head.split(' ').take(5).enumerate() {
                        let bare = w.trim_end_matches(',');
                        if i == 0 && !matches!(w, "The" | "A" | "An" | "This") {
                            return None;
                        }
                        // (Not a time: "A few minutes later they … and said".)
                        let time = || {
                            matches!(
                                head[end + w.len()..].split_whitespace().next(),
                                Some("later" | "ago" | "earlier" | "before" | "after")
                            )
                        };
                        if i > 0 && lex.documents.contains_lower(bare) && !time() {
                            return Some(span.start..span.start + end + bare.len());
                        }
                        end += w.len() + 1;
                    }
                    None
                })
                .map(|p| (p, SpeakerAt::BeforeCue))
        };
        // A cue that ends on its preposition has its object after it, never its speaker ("five
        // lines that referred to C.I.A. warnings", "pointed to Russia", "called on Congress").
        let object_after = !cue.text.starts_with("according")
            && [" to", " about", " of", " on", " for"]
                .iter()
                .any(|p| cue.text.ends_with(p));
        if inverted {
            // (The description itself where the reading of a subject finds none in it: "…,
            // said two officials".)
            right().or(described_after).or_else(left)
        } else if cue.text.ends_with(" from") {
            // A reaction "from" someone is theirs: never the words before it ("The package drew
            // sharp reactions from Democratic and Republican lawmakers").
            right()
        } else if subject::noun_from(text, cue) && lex.may_be_noun_cue(cue.first_word()) {
            // So is a noun cue's "from", before the words in front of it ("That brought
            // criticism from Republican National Committee spokesman Michael Short").
            right().or_else(left)
        } else {
            // (A name after the cue with a verb of its own is the subject of what was said, no
            // speaker: "the congressman, speaking in a whisper as he stood close, said Mr.
            // Scotto was not man enough".)
            // (Not a pronoun, which most often is the speaker speaking of themselves: "…,
            // saying he was referring".)
            let verb_follows = |p: &(Range<usize>, SpeakerAt)| {
                !lex.pronouns.contains_ascii_folded(&text[p.0.clone()])
                    && text[p.0.end..span.end]
                        .split_whitespace()
                        .next()
                        // (A copula or an auxiliary only: "said one Republican involved in the
                        // planning" is that Republican.)
                        .is_some_and(|w| is_auxiliary(w) || matches!(w, "did" | "does"))
            };
            left().or_else(coordinated).or_else(|| {
                (!participle && !object_after)
                    .then(right)
                    .flatten()
                    .filter(|p| !verb_follows(p))
            })
        }
    };
    let phrase = phrase.filter(|p| !p.0.is_empty());
    // A phrase that opens on another speaker's cue ran back over it ("Sen. Amy Klobuchar, a
    // Minnesota Democrat, said the record showed": not "said the record"): the words after it.
    let phrase = phrase.and_then(|(p, at)| {
        let t = &text[p.clone()];
        match t.split_once(' ') {
            Some(("said" | "says" | "told" | "added" | "wrote", rest)) => {
                let from = p.end - rest.len();
                (from < p.end).then_some((from..p.end, at))
            }
            // A focus adverb before people is no part of them ("Even some of the most ardent
            // conservatives say", "even his own supporters"; not "even a passing promise", "even
            // the devil can quote").
            Some(("Even" | "even", rest))
                if rest.starts_with(|c: char| c.is_lowercase())
                    && rest.ends_with('s')
                    && !rest.split(' ').any(|w| {
                        matches!(
                            w,
                            "can"
                                | "could"
                                | "will"
                                | "would"
                                | "may"
                                | "might"
                                | "must"
                                | "should"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                                | "has"
                                | "have"
                        ) || w.ends_with("ing")
                    }) =>
            {
                Some((p.end - rest.len()..p.end, at))
            }
            _ => Some((p, at)),
        }
    });
    // A linking verb before an adjective cue is no part of who feels so ("Others appeared
    // worried", "Many seemed worried", "Democrats were worried").
    let adjective_cue = {
        let w = cue.first_word();
        w.ends_with("ed")
            || matches!(
                w,
                "confident" | "sure" | "certain" | "skeptical" | "sceptical" | "unsure"
            )
    };
    let phrase = phrase.map(|(p, at)| match text[p.clone()].rsplit_once(' ') {
        Some((head, last))
            if at == SpeakerAt::BeforeCue && is_linking_verb(last) && adjective_cue =>
        {
            (p.start..p.start + head.len(), at)
        }
        _ => (p, at),
    });
    // A reason given inside an anonymity clause is no speaker ("A man who asked not to be named
    // because he feared losing his job said"): the description before the clause is.
    let phrase = match anonymous
        .iter()
        .find(|a| gives_a_reason(text, a, cue, span.start) || second_anonymity_clause(text, a, cue))
    {
        Some(a) if phrase.as_ref().is_none_or(|(p, _)| p.start >= a.start) => {
            let head = &text[span.start..a.start];
            let mut from = head.rfind([',', ';', ':', '—']).map_or(0, |i| i + 1);
            // A second relative clause ("A bartender who was working that night, and who asked
            // not to be identified"): the description opens the first.
            if matches!(head[from..].trim(), "and" | "") {
                from = head.rfind([';', ':', '—']).map_or(0, |i| i + 1);
            }
            let described = head[from..].trim();
            let described = described
                .strip_suffix(" who")
                .unwrap_or(described)
                .trim_end();
            let start = span.start + from + (head[from..].len() - head[from..].trim_start().len());
            (!described.is_empty())
                .then(|| (start..start + described.len(), SpeakerAt::BeforeCue))
                .or(phrase)
        }
        _ => phrase,
    };
    // "Obama closed his speech by urging …": the participle after "by" is the act of the
    // clause's subject.
    let phrase = phrase.or_else(|| {
        (cue.first_word().ends_with("ing") && text[..cue.span.start].ends_with(" by "))
            .then(|| subject::opening_subject(text, lex, para, span.start..cue.span.start))
            .flatten()
            .map(|p| (p, SpeakerAt::BeforeCue))
    });
    // (Or the main clause's after an opening phrase that holds the cue: "Asked about those
    // remarks, Mr. Santorum remained adamant"; see `main_clause_subject`.)
    let mut from_main_clause = false;
    let phrase = phrase.or_else(|| {
        from_main_clause = true;
        main_clause_subject(text, lex, para, span, cue).map(|p| (p, SpeakerAt::BeforeCue))
    });
    let Some((phrase, at)) = phrase else {
        // A cue with nobody before or after it: an unnamed source, when a marker stands in the
        // cue's own clause ("who spoke on condition of anonymity said"); not one in another
        // clause or an object ("When asked in an email to supporters", "After thanking voters");
        // after the cue only if it may invert ("…, said two officials").
        // (Nor the object of a preposition: "due to appear before MPs to explain".)
        let object = |a: &Range<usize>| {
            text[..a.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    crate::attribution::PREPOSITIONS.contains(&w)
                        || matches!(w, "before" | "against")
                })
        };
        let own_clause = |a: &&Range<usize>| {
            if a.end <= cue.span.start {
                !text[a.end..cue.span.start].contains([',', ';', ':', '—', '–']) && !object(a)
            } else {
                a.start >= cue.span.end
                    && lex.inverting_cues.contains(&cue.text)
                    && crate::article::words::count(&text[cue.span.end..a.start]) <= 2
            }
        };
        let marker = anonymous.iter().find(own_clause);
        // "The plan was dropped, said a spokesperson for Unilever": whom they speak for.
        if let Some(org) = marker
            .filter(|a| a.start >= cue.span.end)
            .map(|a| with_employer_after(text, lex, span, a.clone()))
            .and_then(|whole| spoken_for(text, lex, &whole))
        {
            if let (Some(found), id) = resolve(text, lex, org, true, registry, known) {
                if !found.is_anonymous() {
                    return (Some(found), step(id, Some(SpeakerAt::AfterCue)));
                }
            }
        }
        return match marker {
            Some(a) => (
                Some(anon_source(text, with_its_count(text, a.clone()))),
                step(StepId::AnonymousMarker, None),
            ),
            None => (None, step(StepId::NoSpeaker, None)),
        };
    };
    // "When the draft was sent to Mr. Petraeus, he dismissed it": the one person an opening
    // clause of time or reason names is who a "he" or "she" right after it most likely is.
    // (Not before an attribution set off inside what was said: "Because Mr. Cruz had dropped
    // out, he said, the race was over.")
    if at == SpeakerAt::BeforeCue && !text[cue.span.end..].starts_with(',') {
        let gender = Gender::of_pronoun(&text[phrase.clone()].to_ascii_lowercase());
        if let Some(person) = named_in_opening_clause(text, lex, span.start..phrase.start, gender) {
            remember_person(text, lex, person, registry, known);
        }
    }
    // "a decision the defence said it would challenge": the subject of a relative clause with no
    // "that" speaks, not the noun it describes; "the man the police arrested said": the man.
    let phrase = match at {
        SpeakerAt::BeforeCue => {
            speaker_around_reduced_relative(text, lex, &phrase).unwrap_or(phrase)
        }
        _ => phrase,
    };
    // "…, said a spokesperson for Unilever": an inverted spokesperson with whom they speak for.
    let phrase = match at {
        SpeakerAt::AfterCue => with_employer_after(text, lex, span, phrase),
        _ => phrase,
    };
    // "A spokesman for Toyota": a spokesperson speaks for the organisation named after "for".
    let spoken_for = spoken_for(text, lex, &phrase);
    let for_organisation = spoken_for.is_some();
    let spokesperson = text[phrase.clone()]
        .split(' ')
        .find(|w| matches!(*w, "spokesman" | "spokeswoman" | "spokesperson"));
    let phrase = spoken_for.unwrap_or(phrase);
    // An anonymity marker in the speaker phrase, or in an appositive between it and the cue
    // ("One diplomat, who asked not to be named, said").
    let reach = if phrase.end <= cue.span.start {
        phrase.start..cue.span.start
    } else {
        phrase.clone()
    };
    // A marker right before a name is the name's title ("Kremlin official Dmitry Peskov").
    let title = |a: &Range<usize>| {
        text[a.end.min(reach.end)..reach.end]
            .split_whitespace()
            .next()
            .is_some_and(starts_upper)
    };
    // A role in an appositive after a name describes the one named ("Michael Briggs, a spokesman
    // for Sanders, said"; "Paul Begala, … a friend of the couple's, said"); only a clause about
    // anonymity there makes the speaker unnamed.
    let names_someone = text[phrase.clone()].chars().any(char::is_uppercase);
    let describes_name = |a: &Range<usize>| {
        a.start >= phrase.end
            && names_someone
            && text[phrase.end..a.start]
                .trim_start()
                .starts_with([',', '('])
            && !opens_anonymity_clause(&text[a.clone()])
    };
    // "The two researchers said" right after two people were named: the two of them.
    // (Not people set off by a clause about anonymity: "The two officials, who asked not to be
    // named, said".)
    let two = the_two(text, lex, &phrase, known).filter(|_| {
        !anonymous
            .iter()
            .any(|a| a.start >= phrase.start && opens_anonymity_clause(&text[a.clone()]))
    });
    if let Some(k) = (at == SpeakerAt::BeforeCue)
        .then(|| bare_spokesperson_for(text, lex, &phrase, registry, known))
        .flatten()
    {
        return (Some(k), step(StepId::RoleNoun, Some(at)));
    }
    // (A spokesperson's own anonymity leaves whom they speak for the source: "A spokesperson
    // for Harlow Council, who declined to be named, said" is Harlow Council.)
    let spokesperson_unnamed =
        |a: &Range<usize>| for_organisation && opens_anonymity_clause(&text[a.clone()]);
    // Not a marker after the verb the phrase has before the cue: its object ("Ms. Nuland sent
    // officials a pointed e-mail, objecting" and "Clinton celebrated in Florida with supporters,
    // declaring" are theirs).
    // (Not past a clause on "with" that has its own speakers, "The United States stepped up
    // pressure …, with top defense officials underlining"; nor a passive's agent or the subject
    // of a clause after it: "The mayor was booed by protesters, shouting", "The minister
    // resigned after officials leaked the memo, saying".)
    let after_its_verb = |a: &Range<usize>| {
        let between = &text[phrase.end.min(a.start)..a.start];
        a.start > phrase.end
            && !between.contains(", with ")
            && !between
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| w == "by" || is_subordinator(w))
            && between
                .split_whitespace()
                .find(|w| !(w.ends_with("ly") || matches!(*w, "also" | "then" | "later")))
                .is_some_and(|w| {
                    subject::is_past_or_copula(w) || matches!(w, "has" | "have" | "had")
                })
    };
    // Nor one in the first of two clauses the cue's verb is joined to by "and" or "but", after
    // the subject both share ("Trump cast the blame on his democratic rivals in the U.S., and
    // emphasized"): the first verb's object.
    let first_clause = |a: &Range<usize>| {
        if a.start <= phrase.end {
            return false;
        }
        let head = text[..cue.span.start].trim_end();
        let between = &text[phrase.end..a.start];
        (head.ends_with(" and") || head.ends_with(" but"))
            && !between.trim_start().starts_with([',', '('])
            && between.split_whitespace().count() >= 2
            // (Not past a clause on "with" that has its own speakers: "The United States stepped
            // up pressure …, with top defense officials underlining … and vowing".)
            && !between.contains(" with ")
            // (Nor past a clause of its own, whose subject the marker may be: "The Louisville
            // crowd cheered when Trump spotted a sign in the crowd and asked", "I am glad
            // journalists are pointing this out and informing".)
            && !between.split_whitespace().any(|w| {
                is_subordinator(w) || matches!(w, "that" | "which" | "who" | "whom")
            })
            && !text[a.end..].split_whitespace().next().is_some_and(|w| {
                subject::is_past_or_copula(w)
                    || matches!(w, "have" | "has" | "had" | "will" | "would")
            })
    };
    if let Some(a) = anonymous.iter().filter(|_| two.is_none()).find(|a| {
        a.start < reach.end
            && a.end > reach.start
            && !title(a)
            && !first_clause(a)
            && !describes_name(a)
            && !polled_by_a_name(text, &phrase, a)
            && !spokesperson_unnamed(a)
            && !after_its_verb(a)
    }) {
        // "the analysts" right after "Analysts at Morgan Stanley said", with nobody named since:
        // the unnamed plural source that spoke last, with its description.
        let head = text[phrase.clone()]
            .strip_prefix("the ")
            .or_else(|| text[phrase.clone()].strip_prefix("The "))
            .filter(|h| !h.contains(' ') && h.ends_with('s'));
        if let Some(p) = head.and_then(|h| {
            known.fresh_plural().filter(|p| {
                p.name.contains(' ') && p.name.split(' ').any(|w| w.eq_ignore_ascii_case(h))
            })
        }) {
            let source = SourceRef {
                span: phrase.clone(),
                linked: true,
                ..p.clone()
            };
            return (Some(source), step(StepId::AnonymousMarker, Some(at)));
        }
        let source = anon_source(
            text,
            described_before_clause(text, lex, &phrase, a).unwrap_or_else(|| {
                let counted = with_its_count(text, a.clone());
                let limit = if a.start >= cue.span.end {
                    span.end
                } else {
                    cue.span.start
                };
                let with_object = marker_with_its_object(text, &counted, limit);
                if with_object != counted {
                    // With the description before it: "a shipping executive with knowledge of
                    // the situation".
                    let whole = marker_in_its_phrase(text, lex, &phrase, &with_object, limit);
                    return if text[a.clone()].starts_with("with ") {
                        whole
                    } else {
                        with_object
                    };
                }
                let in_phrase = marker_in_its_phrase(text, lex, &phrase, a, limit);
                if in_phrase != *a {
                    in_phrase
                } else {
                    counted
                }
            }),
        );
        // A pronoun in the clause about anonymity tells the gender ("who asked that her name not
        // be used"), before one after the cue that may be someone else's ("said he was kind").
        let told = anonymous
            .iter()
            .filter(|m| m.start < cue.span.start && opens_anonymity_clause(&text[(*m).clone()]))
            .flat_map(|m| text[m.clone()].split(' '))
            .find_map(|w| match w {
                "her" | "she" => Some(Gender::Female),
                "his" | "he" => Some(Gender::Male),
                _ => None,
            });
        let gender = told.unwrap_or_else(|| gender_of(text, lex, para, &phrase, cue, span));
        known.remember(
            lex,
            &source,
            phrase.clone(),
            Vec::new(),
            is_plural(text, &phrase),
            gender,
        );
        return (Some(source), step(StepId::AnonymousMarker, Some(at)));
    }
    // The phrase before a colon is a whole clause ("Sanders returned to a familiar theme:"), not
    // a subject that ends on its head.
    let subject = cue.text != ":";
    let (mut found, mut id) = match two {
        Some(two) => (Some(two), StepId::RoleNoun),
        None => resolve(text, lex, phrase.clone(), subject, registry, known),
    };
    let (mut phrase, mut at) = (phrase, at);
    // Nobody before an inverting cue ("“We're happy” about the decision, said RoseAnn
    // DeMoro"): the speaker after it.
    // (Not after a relative pronoun: "an advocate who wrote Amendment 64" names its object.)
    let after_relative = text[..cue.span.start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "who" | "which" | "whom"));
    if found.is_none()
        && at == SpeakerAt::BeforeCue
        && lex.inverting_cues.contains(&cue.text)
        && !after_relative
    {
        // Not a pronoun right after the cue: it opens what was said ("His lawyers said he was
        // innocent").
        if let Some(right) = subject_right(text, lex, para, span, cue).filter(|p| {
            !p.is_empty()
                && !lex
                    .pronouns
                    .contains_lower(text[p.clone()].split(' ').next().unwrap_or(""))
        }) {
            let (f, i) = resolve(text, lex, right.clone(), subject, registry, known);
            if f.is_some() {
                (found, id, phrase, at) = (f, i, right, SpeakerAt::AfterCue);
            }
        }
    }
    let described = match id {
        StepId::NoCapital | StepId::Modifier if found.is_none() => {
            described_speaker(text, lex, &phrase, cue, known)
        }
        _ => None,
    };
    if let Some(d) = described {
        (found, id) = (Some(d), StepId::DescribedSpeaker);
    }
    // A description of a business set right after its name is that business ("… customers of
    // Harwick & Lowe, the British home-goods retailer said"): the name speaks.
    if found.as_ref().is_some_and(|f| f.is_anonymous()) {
        if let Some(name) = business_described(text, lex, &phrase) {
            known.organisations.push(name.clone());
            found = Some(SourceRef {
                name,
                span: phrase.clone(),
                kind: SourceKind::Unregistered,
                linked: false,
            });
        }
    }
    // "Delta Air Lines will add flights, the airline said": a business's word trailing the
    // sentence is the business the sentence opens on, not one named before.
    if at == SpeakerAt::BeforeCue && matches!(id, StepId::RoleNoun | StepId::DescribedSpeaker) {
        if let Some(k) = business_opening_sentence(text, lex, para, span, &phrase, registry, known)
        {
            found = Some(k);
        }
    }
    // "according to a notice the hospital filed with state regulators": the document's issuer,
    // when a role word for it names one ("the hospital" after Mercy Lakes Regional Medical
    // Center).
    if according && found.as_ref().is_none_or(|f| f.is_anonymous()) {
        if let Some(issuer) = issuer_of_document(text, lex, &(phrase.start..span.end)) {
            let (f, i) = resolve(text, lex, issuer.clone(), true, registry, known);
            if f.as_ref().is_some_and(|f| !f.is_anonymous()) {
                (found, id, phrase) = (f, i, issuer);
            }
        }
    }
    // "Among the rebels was Sam Achebe, the Labour MP for Leeds Central, who said": the name
    // the description is set off after.
    if at == SpeakerAt::BeforeCue {
        if let Some(name) = name_before_described_who(text, span, &phrase, cue) {
            if let Some((f, i)) = named_source(text, lex, name.clone(), registry, known) {
                (found, id, phrase) = (Some(f), i, name);
            }
        }
    }
    // "Unilever did not respond to a request for comment. The company has previously denied
    // wrongdoing": the business that did not answer, when nobody else it could be was named.
    if at == SpeakerAt::BeforeCue && found.as_ref().is_some_and(|f| f.is_anonymous()) {
        let business = text[phrase.clone()]
            .strip_prefix("The ")
            .or_else(|| text[phrase.clone()].strip_prefix("the "))
            .is_some_and(|h| known::BUSINESS_ROLES.contains(&h));
        if let Some(k) = business
            .then(|| unanswered_subject(text, lex, phrase.start, registry, known))
            .flatten()
            .filter(|k| is_business(text, lex, known, k))
        {
            found = Some(SourceRef {
                span: phrase.clone(),
                linked: true,
                ..k
            });
        }
    }
    // A relative clause's cue whose "who" stands for someone described just before it ("Jurors
    // also heard from a biomedical technician, who testified that …"): that person, unnamed.
    if found.is_none() && at == SpeakerAt::BeforeCue {
        if let Some(np) = who_stands_for(text, span, cue) {
            let (f, i) = resolve(text, lex, np.clone(), true, registry, known);
            let f = f.or_else(|| Some(anon_source(text, np.clone())));
            (found, id, phrase) = (f, i, np);
        }
    }
    // A cue in a phrase that opens the sentence before its main clause, a place of saying or a
    // participle ("In a statement Saturday, BuzzFeed spokesman Matt Mittenthal doubled down",
    // "And on Wednesday, in a speech …, Senator Marco Rubio … will outline", "Asked about those
    // remarks, Mr. Santorum remained adamant"): the main clause's subject.
    // (Not again when the phrase already came from there.)
    if found.is_none() && !from_main_clause {
        if let Some(subject) = main_clause_subject(text, lex, para, span, cue) {
            let (f, i) = resolve(text, lex, subject.clone(), true, registry, known);
            if f.as_ref().is_some_and(|f| !f.is_anonymous()) && i != StepId::NewName
                || f.is_some() && subject::capitalised_mid_sentence(text, &subject)
            {
                (found, id, phrase, at) = (f, StepId::ClauseSubject, subject, SpeakerAt::BeforeCue);
            }
        }
    }
    // One of the people a "who" describes is the subject the sentence opens on ("Rep. Ed Royce,
    // chairman of the committee, was among the many people who called on Trump").
    if at == SpeakerAt::BeforeCue
        && found.as_ref().is_none_or(|f| f.is_anonymous())
        && text[..cue.span.start].trim_end().ends_with(" who")
    {
        let before = text[span.start..phrase.start].trim_end();
        let among = [" among", " among the", " one of", " one of the"]
            .iter()
            .any(|w| before.ends_with(w))
            || ["among ", "one of "]
                .iter()
                .any(|w| text[phrase.clone()].starts_with(w));
        if among {
            if let Some(subject) = leading_name(text, lex, span.start..phrase.start) {
                let (f, i) = resolve(text, lex, subject.clone(), true, registry, known);
                if f.as_ref().is_some_and(|f| !f.is_anonymous()) {
                    (found, id, phrase) = (f, i, subject);
                }
            }
        }
    }
    // The words right before the cue name nobody, but the clause opens on someone: the cue is
    // their verb or their noun ("Trump has made several controversial statements", "Bolton
    // distanced himself from the movement by saying", "But a few days later, Trump reversed
    // himself, telling").
    if found.is_none()
        && at == SpeakerAt::BeforeCue
        && matches!(
            id,
            StepId::NoCapital | StepId::Modifier | StepId::Number | StepId::NewName
        )
    {
        if let Some(subject) = subject::opening_subject(text, lex, para, span.start..cue.span.start)
            .filter(|s| subject::same_clause(text, lex, s.end..cue.span.start))
        {
            let (f, i) = resolve(text, lex, subject.clone(), true, registry, known);
            // A new name must be written with a capital elsewhere too: an opening word may be
            // capitalised only because it starts the sentence ("Never forget …", "Utilizing
            // environmental language …", "Politicians and even some technologists say").
            let name = match i {
                StepId::KnownName | StepId::Registry | StepId::Pronoun => true,
                StepId::NewName => subject::capitalised_mid_sentence(text, &subject),
                _ => false,
            };
            if f.is_some() && name {
                (found, id, phrase) = (f, StepId::ClauseSubject, subject);
            }
        }
    }
    // "Sen. Helen Marsh, D-Ore., who chairs the committee, opened the hearing by warning that":
    // a gerund of saying after "by" is the act of the name the sentence opens on, however long
    // what is set off after it.
    if found.is_none()
        && at == SpeakerAt::BeforeCue
        && cue.first_word().ends_with("ing")
        && text[span.start..cue.span.start].trim_end().ends_with(" by")
    {
        let head = &text[span.start..cue.span.start];
        let end = head.find(',').unwrap_or(0);
        let name = span.start..span.start + end;
        // (A name, not an opening phrase of place or time: "In West Miami, where Mr. Rubio
        // began his career, he showed … by joking".)
        let opener = head.split(' ').next().unwrap_or("");
        if (1..=5).contains(&head[..end].split(' ').count())
            && head[..end].split(' ').all(starts_upper)
            && !lex.not_names.contains_ascii_folded(opener)
            && !crate::attribution::PREPOSITIONS.contains(&opener.to_ascii_lowercase().as_str())
            && !matches!(opener, "Last" | "Next" | "This" | "Earlier" | "Later")
            && !head[..end].split(' ').any(crate::text::is_month_or_weekday)
        {
            if let Some((f, _)) = named_source(text, lex, name.clone(), registry, known) {
                (found, id, phrase) = (Some(f), StepId::ClauseSubject, name);
            }
        }
    }
    // "He" or "she" in a later clause of a sentence that opens on a named person is that person
    // when the gender fits, not whoever spoke last.
    if id == StepId::Pronoun && at == SpeakerAt::BeforeCue && !para.is_quoted(phrase.start) {
        if let Some(f) = sentence_subject_for(text, lex, para, span, &phrase, registry, known) {
            // A person met here is remembered for a later "he" or "she" ("Representative Jerrold
            // Nadler …, but he said the president should …"); after what was said ("Rep. Blake
            // Farenthold (R-Texas) is resigning, he announced."), only with nobody fitting named
            // before, who may be the one speaking ("Secretary of State Marco Rubio will travel
            // to Beijing, he said" after President Trump spoke is Trump's).
            let trailing = text[span.start..phrase.start]
                .trim_end()
                .ends_with([',', '”', '"', '’']);
            // (A full name, none of whose words is the surname of one known: not "Democratic"
            // of "Democratic presidential front-runner Hillary Clinton", nor "Kevin McCarthy
            // R-Calif" for the Kevin McCarthy named before.)
            let surnames = || known.named.iter().filter_map(|k| k.name.rsplit(' ').next());
            let g = Gender::of_pronoun(&lowercase(&text[phrase.clone()]));
            if f.name.contains(' ')
                && !(trailing && known.person_antecedent(text, lex, g).is_some())
                && KnownSources::is_person(lex, &f)
                && !lex.is_place_name(&f.name)
                && !f.name.split(' ').any(|w| surnames().any(|s| s == w))
            {
                let met = SourceRef {
                    linked: false,
                    ..f.clone()
                };
                known.remember(lex, &met, phrase.clone(), Vec::new(), false, g);
            }
            found = Some(f);
        }
    }
    // "Benjamin Netanyahu and Barack Obama said": both of them.
    if at == SpeakerAt::BeforeCue
        && matches!(id, StepId::KnownName | StepId::NewName | StepId::Registry)
    {
        if let Some(second) = found.clone() {
            if let Some((first, first_source, group)) =
                coordinated_name(text, lex, span.start, &phrase, &second, registry, known)
            {
                // Each is remembered for short names and pronouns later, the group last for
                // "they".
                for (s, p) in [(&first_source, &first), (&second, &phrase)] {
                    known.remember(lex, s, p.clone(), Vec::new(), false, Gender::Unknown);
                }
                (found, phrase) = (Some(group), first.start..phrase.end);
            }
        }
    }
    let Some(source) = found else {
        // Whoever a passive cue is "by" spoke, named or not ("was condemned by rights groups").
        let described_agent =
            at == SpeakerAt::PassiveAgent && !text[phrase.clone()].contains(char::is_uppercase);
        if described_agent || unnamed_description(text, lex, &phrase, cue) {
            // (A word ending a name written before is that name: "according to the brewery"
            // after "the Pine Hollow Brewery".)
            let named = known::name_ending_on(text, lex, &phrase);
            return (
                Some(named.unwrap_or_else(|| anon_source(text, phrase))),
                step(StepId::UnnamedDescription, Some(at)),
            );
        }
        return (None, step(id, Some(at)));
    };
    // A speaker label in capitals ("MS. OKAFOR:") is the person the title or the text names.
    let mut source = source;
    if at == SpeakerAt::ColonLabel && id == StepId::NewName {
        let name = known
            .label_names
            .entry(source.name.clone())
            .or_insert_with(|| known::label_name(text, lex, &source.name));
        if let Some(name) = name {
            source.name = name.clone();
        }
    }
    // An unnamed role ends on its head ("two teachers", not "two teachers mistakenly").
    if id == StepId::UnnamedRole {
        phrase = source.span.clone();
    }
    // "the leaders", or an unnamed number of people ("many", "few"; not "everyone").
    let plural = text[phrase.clone()].rsplit(' ').next().is_some_and(|w| {
        lex.plural_roles.contains_lower(w)
            || (lex.generic_plurals.contains_lower(w)
                && !w.ends_with("one")
                && !w.ends_with("body"))
    });
    if id == StepId::Pronoun {
        // "Jones said … She added": the pronoun tells the gender of the one it links to.
        let pronoun = text[phrase.clone()]
            .split([' ', '’', '\''])
            .next()
            .unwrap_or("");
        known.learn_gender(&source.name, &lowercase(pronoun));
    }
    // Only a first mention can tell a gender not yet known (a known name keeps what was learnt).
    let gender = if source.linked || id == StepId::KnownName {
        Gender::Unknown
    } else if id == StepId::PossessiveDescription {
        // The person described through someone else is the head's gender ("Thomas' sister").
        Gender::of_word(lex, text[phrase.clone()].rsplit(' ').next().unwrap_or(""))
    } else {
        gender_of(text, lex, para, &phrase, cue, span)
    };
    // An unnamed organisation ("the union") or document ("a video of the episode") is "they" or
    // "it" later, never "he" or "she".
    let organisation = id == StepId::Document
        || text[phrase.clone()]
            .rsplit(' ')
            .next()
            .is_some_and(|w| lex.organisation_words.contains_lower(w));
    // Two people "they" stood for stay "they" for the next "they" ("They reaffirmed … They
    // noted").
    let plural = plural
        || (source.is_anonymous() && (organisation || is_plural(text, &phrase)))
        || (source.linked && source.kind == SourceKind::Group);
    // A name of several words guessed from a title-case headline, where capitals say nothing,
    // stands for nobody later unless the article writes it again ("Russia and Ukraine Trade
    // Claims …" named "Ukraine Trade", which "Ukraine's military said" must not become).
    let guessed = id == StepId::NewName
        && para.kind == crate::article::ParagraphKind::Headline
        && known::guessed_in_title_case(text, &para.span, &source);
    if !guessed {
        known.remember(
            lex,
            &source,
            phrase.clone(),
            narration_of(para, span),
            plural,
            gender,
        );
    }
    if id == StepId::Pronoun {
        known.spoke_again(lex, &source);
    }
    // A courtesy title on a name met before tells the gender still unknown ("Representative
    // Blake Farenthold … Mr. Farenthold said"): a later "she" is someone else. (Not one whose
    // first name tells the other: "Mr. Clinton" is no Hillary Clinton.)
    if id == StepId::KnownName && !source.linked {
        let g = title_gender(text, lex, &phrase);
        if Gender::of_name(lex, &source.name).fits(g) {
            known.learn_titled_gender(&source.name, g);
        }
    }
    // The one a spokesperson speaks for is an organisation, never a later "he" or "she" ("A
    // spokesperson for Meta declined to comment. … He has said" is not Meta).
    // (A name in one word, or of several words with no given name or title: "a spokesman for
    // Dinamo Split"; "for Jane Roe" or "for Mr. Pinchuk" is a person's.)
    // So is a name described by a clause on "which" ("Lakeshore Connect, which operates flights
    // for a major carrier, said"), whatever its words.
    // And a name of several words written after "The" ("The Turkish Red Crescent said") or
    // ending in an acronym ("Cancer Research UK"): no person's. A later "the charity" is it.
    // ("Said it" tells nothing: "Ed Krayewski may have said it best".)
    // (Not a person's: a title or a first name in it, "The Dalai Lama", "The Reverend Kiki
    // Okafor"; a letter after a name, "Jane Roe QC".)
    let written = &text[source.span.clone()];
    let last = source.name.rsplit(' ').next().unwrap_or("");
    let last_is_acronym = last.len() >= 2
        && last.bytes().all(|b| b.is_ascii_uppercase())
        && !last.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && !lex.post_nominals.contains(last);
    let persons_words = || {
        Gender::of_name(lex, &source.name) != Gender::Unknown
            || source.name.split(' ').any(|w| {
                lex.offices.contains_ascii_folded(w)
                    || PERSONS_TITLES.iter().any(|t| t.eq_ignore_ascii_case(w))
            })
    };
    let which = text[source.span.end..].starts_with(", which ")
        // (Names joined by "&" are a firm's: "Harwick & Lowe", "PG&E".)
        || source.name.contains('&')
        // (And one introduced as a group's: "a group known as BlackVane", "BlackVane, a
        // ransomware gang,".)
        || introduced_as_group(text, lex, &source.span)
        // (A hyphenated name after "The" too: "The Press-Enterprise", "The Star-Ledger".)
        || ((source.name.contains(' ') || source.name.contains('-'))
            && (written.strip_prefix("The ") == Some(source.name.as_str()) || last_is_acronym)
            && !persons_words());
    // (Also one a spokesperson's word follows right after: "A Lumenfold spokesperson said"; not
    // a name after it, "spokesman Lu Kang", nor a person the text names in full, "A Biden
    // spokesman".)
    // (Asked last: it scans the text for the name in full.)
    let modified = || {
        spokesperson.is_some()
            && !for_organisation
            && text[phrase.clone()]
                .match_indices(source.name.as_str())
                .any(|(at, n)| text[phrase.start + at + n.len()..phrase.end].starts_with(" spokes"))
            && !known.names_a_person(lex, &source.name)
            && !known::surname_written_in_full(text, lex, &source)
    };
    if id == StepId::NewName
        && gender == Gender::Unknown
        && !source.is_anonymous()
        && !source.linked
        && (((for_organisation || modified()) && (!source.name.contains(' ') || !persons_words()))
            || which)
    {
        known.organisations.push(source.name.clone());
    }
    // A spokesman or spokeswoman who speaks for an organisation ("A Commission spokesman denied
    // …", "A spokesman for Toyota said"): "he" or "she" right after, with nobody named since, is
    // the same spokesperson (not for a person: "her spokesman said. He said the senator …").
    let organisation = || {
        !source.is_anonymous()
            && (!KnownSources::is_person(lex, &source)
                || known.organisations.contains(&source.name))
    };
    // (A "spokesperson" tells no gender: only for a "he" or "she" in the same paragraph, "A
    // Commission spokesperson denied … “…,” he said.", not in a later one about someone else.)
    let pronoun_follows = |w: &str| {
        w != "spokesperson"
            || text[span.end.min(para.span.end)..para.span.end]
                .split(|c: char| !c.is_alphabetic())
                .any(|t| matches!(t, "he" | "she" | "He" | "She"))
    };
    if let Some(w) = spokesperson.filter(|&w| organisation() && pronoun_follows(w)) {
        known.unnamed_person = Some((source.clone(), known.remembered, Gender::of_word(lex, w)));
        known.unnamed_person_passed = false;
    }
    let speaker_label = cue.text == ":" && text[para.span.start..phrase.start].trim().is_empty();
    // A label opens its speaker's turn; in a document of turns an unnamed one too
    // ("Unidentified speaker:", "Reporters:").
    if speaker_label && (para.in_turn || !source.is_anonymous()) {
        known.turn = Some(source.clone());
    }
    (Some(source), step(id, Some(at)))
}

/// Titles of persons that are no office a source's name is cut after ("The Dalai Lama", "The
/// Duke of Sussex").
const PERSONS_TITLES: &[&str] = &[
    "Lama",
    "Duke",
    "Duchess",
    "Reverend",
    "Lord",
    "Lady",
    "Dame",
    "Sir",
    "Sheikh",
    "Earl",
    "Baron",
    "Baroness",
    "Archbishop",
    "Rabbi",
    "Imam",
    "Ayatollah",
];

/// The source a title names as the document's speaker ("Statement by President Joe Biden on
/// …", `phrase` the speaker's range): resolved as a subject, remembered for later names and
/// pronouns, and the speaker of the turns that follow, so "I" and "we" in the body are theirs.
pub fn title_source(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    phrase: Range<usize>,
    registry: &Registry,
    known: &mut KnownSources,
) -> (Option<SourceRef>, Step) {
    let (found, id) = headline_speaker(text, lex, para, phrase, registry, known, false);
    if let Some(source) = found.as_ref().filter(|s| !s.is_anonymous()) {
        known.turn = Some(source.clone());
    }
    let step = Step {
        id,
        speaker: Some(SpeakerAt::Title),
    };
    (found, step)
}

/// The one who answers an interview of questions and answers marked "Q:" and "A:", whom the
/// headline or an opening paragraph (`para`) names at `phrase`: resolved as a subject and
/// remembered; a named source only.
pub fn interviewee_source(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    phrase: Range<usize>,
    registry: &Registry,
    known: &mut KnownSources,
) {
    let (found, _) = headline_speaker(text, lex, para, phrase, registry, known, true);
    known.interviewee = found;
}

/// The speaker a headline names after the quotation it opens with ("'The River Doesn't Care
/// About Borders': Hydrologist Amara Osei on the Fight Over the Volta", `phrase` the speaker's
/// range): resolved as a subject and remembered for later names and pronouns; a named source
/// only.
pub fn headline_quote_source(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    phrase: Range<usize>,
    registry: &Registry,
    known: &mut KnownSources,
) -> Option<(SourceRef, Step)> {
    let (found, id) = headline_speaker(text, lex, para, phrase, registry, known, true);
    let step = Step {
        id,
        speaker: Some(SpeakerAt::AfterCue),
    };
    found.map(|source| (source, step))
}

/// The speaker of a paragraph that introduces a quotation with a colon, `clause` its words up
/// to the colon: the subject the clause opens with ("DNC spokesman Brad Woodhouse addressed
/// the video in a statement Monday:"), resolved and remembered.
pub fn introducer_source(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    clause: Range<usize>,
    registry: &Registry,
    known: &mut KnownSources,
) -> Option<(SourceRef, Step)> {
    // (Through a role in lower case after a name, "The Ohio senator was blunt:"; or a role
    // alone, "The senator was blunt:", "Her lawyer was blunt:".)
    // (Not one spoken to or asked: "The senator was heckled by a voter:", "Brown faced one
    // question over and over:", "… got a pointed question from Jones:".)
    let ws: Vec<&str> = text[clause.clone()].split(' ').collect();
    // (An agent after "by", "was heckled by a voter", "confronted on Monday by a voter"; one a
    // message came from, "got an earful from a voter", "was sent a letter from"; a question
    // faced or received. Not "by phone", "by contrast", "fresh from a meeting".)
    let lower: Vec<String> = ws.iter().map(|w| w.to_ascii_lowercase()).collect();
    let agent_by = lower.windows(2).any(|p| {
        p[0] == "by"
            && (matches!(
                p[1].as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "one" | "two" | "several" | "some"
            ) || p[1].starts_with(|c: char| c.is_ascii_digit())
                // (People in the plural: "interrupted repeatedly by protesters".)
                || (p[1].len() > 4 && p[1].ends_with('s') && !p[1].ends_with("ss")))
    }) || ws.windows(2).any(|p| p[0] == "by" && starts_upper(p[1]));
    let message_from = lower.iter().enumerate().any(|(k, w)| {
        w == "from"
            && lower[k.saturating_sub(3)..k].iter().any(|v| {
                matches!(
                    v.as_str(),
                    "got"
                        | "gets"
                        | "received"
                        | "sent"
                        | "letter"
                        | "call"
                        | "note"
                        | "jeers"
                        | "earful"
                        | "message"
                        | "email"
                        | "e-mail"
                        | "question"
                        | "questions"
                )
            })
    });
    let addressed = agent_by
        || message_from
        || ws.iter().any(|w| {
            matches!(
                w.trim_end_matches([',', '.', ':']),
                "question"
                    | "questions"
                    | "asked"
                    | "received"
                    | "receives"
                    | "heard"
                    | "faced"
                    | "faces"
            )
        });
    if addressed {
        return None;
    }
    let phrase = match subject::opening_subject(text, lex, para, clause.clone()) {
        Some(p) => {
            // (Its word as written, a comma or a possessive after it: "The Ohio senator, a
            // Democrat, was blunt:", "The Ohio senator's reply".)
            let next = text[p.end..clause.end]
                .strip_prefix(' ')
                .and_then(|r| r.split(' ').next())
                .map(|w| {
                    let w = w.trim_end_matches([',', ';']);
                    w.strip_suffix("'s")
                        .or_else(|| w.strip_suffix("’s"))
                        .unwrap_or(w)
                })
                .filter(|w| {
                    starts_lower(w) && {
                        let w = w.to_ascii_lowercase();
                        lex.is_role_noun(&w) || lex.offices.contains(&w)
                    }
                });
            p.start..next.map_or(p.end, |w| p.end + 1 + w.len())
        }
        None => subject::opening_role(text, lex, para, clause)?,
    };
    // (An empty subject introduces nobody: "Wait, it gets better:", "Here is what they said:".)
    let empty = ["it", "this", "that", "here", "there"]
        .iter()
        .any(|w| text[phrase.clone()].eq_ignore_ascii_case(w));
    if empty {
        return None;
    }
    let (found, id) = headline_speaker(text, lex, para, phrase, registry, known, false);
    let step = Step {
        id,
        speaker: Some(SpeakerAt::BeforeCue),
    };
    found.map(|source| (source, step))
}

/// A speaker a headline names (`phrase`), resolved as a subject and remembered with the gender
/// its title tells; with `named_only`, an unnamed one is neither returned nor remembered.
fn headline_speaker(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    phrase: Range<usize>,
    registry: &Registry,
    known: &mut KnownSources,
    named_only: bool,
) -> (Option<SourceRef>, StepId) {
    let (found, id) = resolve(text, lex, phrase.clone(), true, registry, known);
    let found = found.filter(|s| !(named_only && s.is_anonymous()));
    if let Some(source) = &found {
        let gender = title_gender(text, lex, &phrase);
        known.remember(
            lex,
            source,
            phrase,
            narration_of(para, &para.span),
            false,
            gender,
        );
    }
    (found, id)
}

/// The named person a sentence opens on, when "he" or "she" (`pronoun`, later in the sentence)
/// stands for them ("Clinton has been cagey about where she stands, … in which she called
/// for"): a name, not a description ("The Romney attack hit Trump … and he"), the subject of the
/// main clause, not of a clause set before it ("Though Sanders held leads over Clinton, she"),
/// whose gender fits, as titles and pronouns told it. The subject is preferred to others named
/// later in the sentence, as a reader would ("Jeb Bush pointed out that since Peyton Manning was
/// supporting him …, he would support"). The name ends before a possessive or an "of" phrase
/// ("Joe Biden's Fourth of July message", "Ilhan Omar of Minnesota").
#[allow(clippy::too_many_arguments)]
fn sentence_subject_for(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    span: &Range<usize>,
    pronoun: &Range<usize>,
    registry: &Registry,
    known: &KnownSources,
) -> Option<SourceRef> {
    let word = lowercase(text[pronoun.clone()].split(' ').next().unwrap_or(""));
    if word == "it" {
        return sentence_institution_for(text, lex, para, span, pronoun, registry, known);
    }
    if !matches!(word.as_ref(), "he" | "she") {
        return None;
    }
    let g = Gender::of_pronoun(&word);
    let subject = subject::opening_subject(text, lex, para, span.start..pronoun.start)?;
    // Trimmed at a possessive or at "of" after the first two words.
    let mut end = subject.start;
    for (i, w) in crate::article::words::words(&text[subject.clone()]).enumerate() {
        let (ws, we) = (subject.start + w.start, subject.start + w.end);
        let w = &text[ws..we];
        if w == "of" && i >= 2 {
            break;
        }
        if let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
            end = ws + stem.len();
            break;
        }
        end = we;
    }
    let subject = subject.start..end;
    let ws: Vec<&str> = text[subject.clone()].split_whitespace().collect();
    let opener = ws.first().map(|w| lowercase(w))?;
    // A name a thing's noun sets off is the thing's, no "he" or "she" ("Mr. Jones and his
    // website, Infowars, was removed, he issued").
    let thing = text[..subject.start]
        .trim_end()
        .strip_suffix(',')
        .and_then(|b| {
            // (Owned, an adjective or two between: "his website,", "his conspiracy website,";
            // not a person's role in one, "The host of the show,", "The founder of her
            // company,".)
            let ws: Vec<&str> = b.rsplit(' ').take(5).collect();
            let noun = *ws.first()?;
            let owner = (1..ws.len().min(4)).find(|&k| {
                matches!(ws[k], "his" | "her" | "its" | "their")
                    || ws[k].ends_with("'s")
                    || ws[k].ends_with("’s")
            })?;
            (ws.get(owner + 1) != Some(&"of")).then_some(noun)
        })
        .is_some_and(|w| {
            matches!(
                w,
                "website"
                    | "site"
                    | "company"
                    | "firm"
                    | "network"
                    | "newspaper"
                    | "magazine"
                    | "show"
                    | "group"
                    | "organization"
                    | "organisation"
                    | "channel"
                    | "account"
                    | "book"
                    | "film"
                    | "app"
            )
        });
    if thing
        || subject.end >= pronoun.start
        || !ws.iter().all(|w| starts_upper(w) || *w == "of")
        || matches!(opener.as_ref(), "the" | "a" | "an")
        || lex.subject_starts.contains(&opener)
        || lex.not_names.contains_ascii_folded(&opener)
    {
        return None;
    }
    let (f, i) = resolve(text, lex, subject.clone(), true, registry, known);
    let name = match i {
        StepId::KnownName => true,
        StepId::NewName => {
            text[subject.clone()].contains(' ') || subject::capitalised_mid_sentence(text, &subject)
        }
        _ => false,
    };
    f.filter(|f| {
        name && known.may_stand_for(text, lex, f, g) && title_gender(text, lex, &subject).fits(g)
    })
    .map(|f| SourceRef {
        span: pronoun.clone(),
        linked: true,
        ..f
    })
}

/// The institution a sentence opens on, when "it" later in the sentence stands for it ("China's
/// Foreign Ministry summoned the ambassador to protest what it called …", "Reuters published a
/// map it said showed …"): a registered source, an organisation's name or a place, not whichever
/// of them spoke last. (A subject that opens on a lower-case description, "State broadcaster
/// CCTV aired footage it said …", is not found.)
#[allow(clippy::too_many_arguments)]
fn sentence_institution_for(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    span: &Range<usize>,
    pronoun: &Range<usize>,
    registry: &Registry,
    known: &KnownSources,
) -> Option<SourceRef> {
    // (A lone word opening the sentence may be the institution: "Reuters published a map it
    // said showed".)
    let r = span.start..pronoun.start;
    let subject = subject::clause_subject(text, lex, para, r.clone())
        .or_else(|| subject::opening_subject(text, lex, para, r))?;
    let opener = lowercase(text[subject.clone()].split(' ').next().unwrap_or(""));
    if subject.end >= pronoun.start
        || !starts_upper(&text[subject.clone()])
        || matches!(opener.as_ref(), "a" | "an" | "it")
        || lex.subject_starts.contains(&opener)
        || lex.not_names.contains_ascii_folded(&opener)
    {
        return None;
    }
    let (f, _) = resolve(text, lex, subject, true, registry, known);
    f.filter(|f| {
        !f.is_anonymous()
            && (f.registry().is_some() || lex.is_group_name(&f.name) || lex.is_place_name(&f.name))
    })
    .map(|f| SourceRef {
        span: pronoun.clone(),
        linked: true,
        ..f
    })
}

/// Who speaks in a phrase holding a relative clause with no "that": the clause's subject after
/// a thing ("a decision the defence said": the second noun phrase, which opens on "the" or a
/// possessive and runs to the cue), the person before it ("The man the police arrested on
/// Friday said": the first).
fn speaker_around_reduced_relative(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
) -> Option<Range<usize>> {
    const CLAUSE_BREAKS: &[&str] = &["and", "or", "but", "who", "whom", "which", "that", "said"];
    let p = &text[phrase.clone()];
    if ![
        "the ", "The ", "a ", "A ", "an ", "An ", "another ", "Another ",
    ]
    .iter()
    .any(|d| p.starts_with(d))
    {
        return None;
    }
    // "The man the police arrested", "A girl the charity helps": a person word, then a clause of
    // a subject and a verb, and no more than a few words of time or place.
    let ws: Vec<&str> = p.split(' ').collect();
    let second =
        (2..ws.len().min(5)).find(|&i| matches!(ws[i], "the" | "his" | "her" | "its" | "their"))?;
    let head = ws[second - 1];
    let person = Gender::of_word(lex, head) != Gender::Unknown
        || (lex.is_role_noun(head) && !lex.institution_roles.contains(head));
    let modifiers = ws[1..second - 1].iter().all(|w| {
        w.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    let clause = &ws[second + 1..];
    if person
        && modifiers
        && (2..=6).contains(&clause.len())
        && !clause
            .iter()
            .any(|w| CLAUSE_BREAKS.contains(w) || w.contains(','))
    {
        return Some(phrase.start..phrase.start + ws[..second].join(" ").len());
    }
    subject_after_thing(text, lex, phrase)
}

/// The subject of a relative clause with no "that" right after a thing named with "a" ("a
/// decision the defence", "a letter the senators").
fn subject_after_thing(text: &str, lex: &Lexicon, phrase: &Range<usize>) -> Option<Range<usize>> {
    const FUNCTION_WORDS: &[&str] = &[
        "of", "for", "to", "in", "on", "at", "by", "with", "from", "about", "and", "or", "but",
        "as", "than", "that", "which", "who", "when", "where", "after", "before", "said", "told",
        "says", "all", "both", "also", "not", "is", "was", "are", "were", "has", "had", "have",
    ];
    let p = &text[phrase.clone()];
    // (Most phrases open on no indefinite article: decided before any other work.)
    if !["a ", "an ", "A ", "An ", "another ", "Another "]
        .iter()
        .any(|d| p.starts_with(d))
    {
        return None;
    }
    let ws: Vec<(usize, &str)> = p
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let second = (2..ws.len().min(5))
        .find(|&i| matches!(ws[i].1, "the" | "his" | "her" | "its" | "their"))?;
    let noun = |w: &str| {
        !w.is_empty()
            && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !FUNCTION_WORDS.contains(&w)
            && !w.ends_with("ed")
            && !w.ends_with("ly")
    };
    // The first noun is a thing said or done, not a speaker or a document ("An official the
    // newspaper did not name said", "A report the agency published said": the first speaks).
    let head = ws[second - 1].1;
    let one = crate::text::singular(head).unwrap_or_else(|| head.to_string());
    let speaker = Gender::of_word(lex, head) != Gender::Unknown
        || lex.is_role_noun(head)
        || lex.is_role_noun(&one)
        || lex.documents.contains(head)
        || lex.documents.contains(&one)
        || lex.institution_roles.contains(head)
        || matches!(
            head,
            "source" | "sources" | "spokesman" | "spokeswoman" | "spokesperson"
        );
    // The second runs right up to the cue, a noun phrase of one or two words with no verb of its
    // own ("the defence", "the Kyiv government"; not "the BBC contacted", "the Guardian spoke
    // to").
    let rest = &ws[second + 1..];
    // (Two words as a name or a noun and its noun, "the Kyiv government", "the finance
    // minister"; not a noun and its verb, "the charity helps".)
    let noun_phrase = (rest.len() == 1
        || (rest.len() == 2 && (starts_upper(rest[0].1) || !rest[1].1.ends_with('s'))))
        && rest.iter().all(|(_, w)| {
            !w.ends_with("ed")
                && !FUNCTION_WORDS.contains(w)
                && !matches!(
                    *w,
                    "spoke" | "did" | "does" | "do" | "told" | "wrote" | "saw"
                )
        });
    (ws[1..second].iter().all(|(_, w)| noun(w)) && !speaker && noun_phrase)
        .then(|| phrase.start + ws[second].0..phrase.end)
}

/// The two people named last, for a phrase that counts two ("The two said", "The two
/// researchers said", "the two MPs", "both prosecutors"): at most two words after "the two" or
/// "both", in lower case or a plural in capitals ("MPs"); not people of an institution's kind
/// ("the two companies", "both countries"), nor "Both" alone (one of people just counted).
fn the_two(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
    known: &KnownSources,
) -> Option<SourceRef> {
    let p = text[phrase.clone()].trim();
    let Some((det, rest)) = ["the two", "The two", "both", "Both"]
        .iter()
        .find_map(|d| p.strip_prefix(d).map(|r| (*d, r)))
    else {
        return titled_pair(text, lex, phrase, known);
    };
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let ws: Vec<&str> = rest.split_whitespace().collect();
    let capital_plural = |w: &str| {
        w.strip_suffix('s')
            .is_some_and(|s| s.len() >= 2 && s.chars().all(|c| c.is_ascii_uppercase()))
    };
    let institution = |w: &str| {
        let one = crate::text::singular(w).unwrap_or_else(|| w.to_string());
        lex.institution_roles.contains_lower(&one)
            || matches!(
                w,
                "countries" | "nations" | "states" | "teams" | "clubs" | "sides" | "camps"
            )
    };
    let fits = ws.len() <= 2
        && !(ws.is_empty() && det.eq_ignore_ascii_case("both"))
        && ws
            .iter()
            .all(|w| (starts_lower(w) || capital_plural(w)) && !institution(w))
        && ws
            .last()
            .is_none_or(|w| w.ends_with('s') || matches!(*w, "men" | "women" | "people"));
    if !fits {
        return None;
    }
    let pair = known.two_just_named(text, lex, phrase.start)?;
    let plural = ws.last().map(|w| w.to_ascii_lowercase());
    let fits_both = match plural.as_deref() {
        None | Some("people") => true,
        // (Of the gender their first names tell, when they tell one.)
        Some(w @ ("men" | "women")) => {
            let unfit = if w == "men" {
                Gender::Female
            } else {
                Gender::Male
            };
            pair.name
                .split(" and ")
                .all(|n| Gender::of_name(lex, n) != unfit)
        }
        Some(w) => lex.plural_roles.contains(w) || role_fits_pair(text, lex, phrase, &pair, w),
    };
    fits_both.then(|| SourceRef {
        span: phrase.clone(),
        linked: true,
        ..pair
    })
}

/// Whether a plural role (`plural`, in lower case: "researchers", "mps", "prosecutors") may
/// describe the two people of `pair`: the text calls someone so just before ("Prosecutor Renata
/// Oduya and prosecutor Mark Tillman"), or it is an office neither of them was
/// introduced with another of ("Sarah Linton and fellow backbencher David Marsh … The two MPs";
/// not "Gov. Maria Gomez and Rep. Tom Reed … Both lawmakers").
fn role_fits_pair(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
    pair: &SourceRef,
    plural: &str,
) -> bool {
    let window = pair_window(text, phrase);
    if role_describes_pair(&window, pair, plural) {
        return true;
    }
    let one = crate::text::singular(plural).unwrap_or_else(|| plural.to_string());
    // (Not when the text describes them as something else: "…, both critics of the lawmakers".)
    lex.offices.contains(&one)
        && pair.name.split(" and ").all(|name| {
            let name = name.to_ascii_lowercase();
            window.find(&name).is_none_or(|at| {
                let after = &window[at + name.len()..];
                // (An appositive noun phrase: not "…, who led the rebellion" nor "…, said".)
                let described_otherwise = after.strip_prefix(", ").is_some_and(|a| {
                    ["a ", "an ", "the ", "both ", "two ", "one of "]
                        .iter()
                        .any(|d| a.starts_with(d))
                });
                let before = window[..at].trim_end();
                let title = before
                    .rsplit(' ')
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('.');
                !described_otherwise && (!lex.offices.contains(title) || title == one)
            })
        })
}

/// The text just before a phrase that may refer to a pair, in ASCII lower case.
fn pair_window(text: &str, phrase: &Range<usize>) -> String {
    let from = crate::text::floor_char_boundary(text, phrase.start.saturating_sub(600));
    text[from..phrase.start].to_ascii_lowercase()
}

/// Whether the text before a phrase (`window`, from [`pair_window`]) gives the pair the role
/// `plural` (or its singular): as a title ("prosecutor Mark Tillman", "researchers Ingrid Solberg and …") or in an
/// appositive ("Mark Tillman, a prosecutor"); not "a rescue team" for "the two rescuers", nor
/// "the family of" for "both families".
fn role_describes_pair(window: &str, pair: &SourceRef, plural: &str) -> bool {
    let one = crate::text::singular(plural).unwrap_or_else(|| plural.to_string());
    let described = |name: &str, role: &str| {
        let name = name.to_ascii_lowercase();
        window.match_indices(&name).any(|(at, _)| {
            let before = window[..at].trim_end();
            let titled = before
                .strip_suffix(role)
                .is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace));
            let after = &window[at + name.len()..];
            let after = &after[..crate::text::floor_char_boundary(after, 40)];
            // (Its head, before any preposition: not "both critics of the lawmakers".)
            let appositive = after.starts_with(", ")
                && after.split([',', '.']).nth(1).is_some_and(|a| {
                    a.split_whitespace()
                        .take_while(|w| !matches!(*w, "of" | "at" | "in" | "for" | "from" | "with"))
                        .any(|w| w == role)
                });
            titled || appositive
        })
    };
    // Each given the role ("prosecutor Renata Oduya and prosecutor Mark Tillman"; not
    // "Prosecutor Renata Oduya and defence lawyer Thomas Okafor"), or both at once
    // ("researchers Ingrid Solberg and Erik Lindahl", "…, both researchers").
    let names: Vec<&str> = pair.name.split(" and ").collect();
    names.iter().all(|n| described(n, &one)) || names.iter().any(|n| described(n, plural))
}

/// "The prosecutors said" right after two people named together were given that role
/// ("Prosecutor Renata Oduya and prosecutor Mark Tillman questioned …"): the two of them.
fn titled_pair(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
    known: &KnownSources,
) -> Option<SourceRef> {
    let p = text[phrase.clone()].trim();
    let plural = p.strip_prefix("the ").or_else(|| p.strip_prefix("The "))?;
    plural.strip_suffix('s').filter(|r| {
        r.len() >= 3 && r.chars().all(|c| c.is_ascii_lowercase()) && lex.offices.contains(r)
    })?;
    let pair = known.two_just_named(text, lex, phrase.start)?;
    role_describes_pair(&pair_window(text, phrase), &pair, plural).then(|| SourceRef {
        span: phrase.clone(),
        linked: true,
        ..pair
    })
}

/// A name joined to the speaker phrase by "and" ("Benjamin Netanyahu and Barack Obama said",
/// "Both the school district and the Irving Police Department have asserted"): the phrase of the
/// first name, its source, and one source of kind `group` for both, in the order the text names
/// them. The first name is a run of capitalised words after the sentence start, a comma, "both"
/// or "the".
fn coordinated_name(
    text: &str,
    lex: &Lexicon,
    sentence_start: usize,
    phrase: &Range<usize>,
    second: &SourceRef,
    registry: &Registry,
    known: &KnownSources,
) -> Option<(Range<usize>, SourceRef, SourceRef)> {
    // The second is a name too, not a description ("Popular Christian and corporate speaker
    // Lance Wallnau").
    // ("prosecutor Mark Tillman": an office in lower case titles the name.)
    let second_phrase = &text[phrase.clone()];
    // (Or after a possessive description of them: "she and her colleague Samuel Oduya".)
    let owned_description = ["her ", "his ", "their "]
        .iter()
        .any(|p| second_phrase.starts_with(p))
        && second_phrase
            .split(' ')
            .skip(1)
            .take_while(|w| starts_lower(w))
            .count()
            <= 3
        && second_phrase.split(' ').skip(1).any(starts_upper)
        && second.name.contains(' ');
    let office = second_phrase
        .split_once(' ')
        .is_some_and(|(w, rest)| lex.offices.contains(w) && starts_upper(rest));
    if !(starts_upper(second_phrase)
        || second_phrase.starts_with("the ")
        || office
        || owned_description)
    {
        return None;
    }
    let before = text[sentence_start..phrase.start].strip_suffix(' ')?;
    // The second may be set off after a short description of them in lower case ("Oduya and
    // her co-counsel, Mark Tillman, argued"; "Linton and fellow backbencher David Marsh
    // said"): then the first must be a person named before, or by a first name.
    let (before, described) = match before.strip_suffix(" and") {
        Some(b) => (b, owned_description),
        None => {
            let (b, description) = before
                .strip_suffix(',')
                .unwrap_or(before)
                .rsplit_once(" and ")?;
            let ws = description.split(' ').count();
            let lower = description
                .split(' ')
                .all(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'));
            if !((1..=4).contains(&ws) && lower) {
                return None;
            }
            (b, true)
        }
    };
    // A pronoun for a person first ("In 1982, she and her colleague Samuel Oduya reported"): the
    // person it stands for, at the sentence's start or after an opening phrase.
    let pronoun = before.rsplit(' ').next().unwrap_or("");
    if matches!(pronoun, "she" | "he" | "She" | "He") {
        let rest = before[..before.len() - pronoun.len()].trim_end();
        if !(rest.is_empty() || rest.ends_with(',')) {
            return None;
        }
        // (Not a name guessed from the headline: "Market Notes … She and Tom Weller said".)
        let headline_end = text.find('\n').unwrap_or(text.len());
        let k = known
            .antecedent(text, lex, &pronoun.to_ascii_lowercase(), phrase.start)
            .filter(|k| {
                KnownSources::is_person(lex, k)
                    && k.name != second.name
                    && k.span.start > headline_end
            })?;
        let first = sentence_start + before.len() - pronoun.len()..sentence_start + before.len();
        return Some((
            first.clone(),
            SourceRef {
                span: first.clone(),
                linked: true,
                ..k.clone()
            },
            SourceRef {
                name: format!("{} and {}", k.name, second.name),
                span: first.start..phrase.end,
                kind: SourceKind::Group,
                linked: false,
            },
        ));
    }
    // `start` is where the run of capitalised words begins; `end` where the last word read ends.
    let (mut start, mut end) = (before.len(), before.len());
    for (i, w) in before.rsplit(' ').enumerate() {
        let capitalised = starts_upper(w)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        if !capitalised || i == 6 {
            break;
        }
        start = end - w.len();
        end = start.saturating_sub(1);
    }
    // A sentence that opens on "The" or "Both": the name starts after it.
    for opener in ["The ", "Both "] {
        if before[start..].starts_with(opener) && start + opener.len() < before.len() {
            start += opener.len();
        }
    }
    let rest = before[..start].trim_end();
    // A list of three or more ("Hillary Clinton, Bernie Sanders and Martin O'Malley") is left as
    // it is: the piece before the comma is a name of its own, not an opening phrase ("In
    // Washington, Nancy Pelosi and Chuck Schumer said", "On Monday, …").
    let list = rest.strip_suffix(',').is_some_and(|r| {
        let piece = r.rsplit([',', ';']).next().unwrap_or(r).trim();
        let first = piece.split(' ').next().unwrap_or("");
        !piece.is_empty()
            && piece.split(' ').all(starts_upper)
            && !lex.not_names.contains_ascii_folded(first)
            && !lex.subject_stops.contains_ascii_folded(first)
    });
    let opens = rest.is_empty()
        || rest.ends_with([',', ';'])
        || matches!(
            rest.rsplit(' ').next(),
            Some("the" | "The" | "both" | "Both")
        );
    if start == before.len() || !opens || list {
        return None;
    }
    let first = sentence_start + start..sentence_start + before.len();
    // A title of offices and places only names nobody of its own: "Connecticut Attorney
    // General and U.S. Senate candidate Richard Blumenthal" is one person ("the Mine Safety
    // and Health Administration" stays one body).
    let office = |w: &str| {
        let w = w.trim_end_matches('.');
        lex.offices.contains_ascii_folded(w) || steps::abbreviated_office(w).is_some()
    };
    let words = || text[first.clone()].split(' ');
    let title_only = words().any(office)
        && words().all(|w| office(w) || lex.places.contains_ascii_folded(w.trim_end_matches('.')));
    if title_only {
        return None;
    }
    let (found, id) = resolve(text, lex, first.clone(), true, registry, known);
    // One new word before a longer name may be part of one organisation's name ("the Parks and
    // Recreation Department").
    let one_word = !text[first.clone()].contains(' ');
    let longer = text[phrase.clone()]
        .trim_start_matches("the ")
        .contains(' ');
    let found = found.filter(|f| match id {
        StepId::KnownName => true,
        StepId::Registry => !described,
        StepId::NewName if described => Gender::of_name(lex, &f.name) != Gender::Unknown,
        StepId::NewName => !(one_word && longer),
        _ => false,
    })?;
    if found.name == second.name {
        return None;
    }
    Some((
        first,
        found.clone(),
        SourceRef {
            name: format!("{} and {}", found.name, second.name),
            span: sentence_start + start..phrase.end,
            kind: SourceKind::Group,
            linked: false,
        },
    ))
}

/// The owner of a cue that is a noun: a possessive pronoun or name right before it ("his
/// remarks", "her proposal", "In his remarks", "Trump's assertion"). A verb never follows a
/// possessive, so the cue is a noun; with a word between ("his aides said", "his wife said") the
/// word is the speaker, and the steps decide, unless the cue is a noun only (`noun_cues`), which
/// up to three words in lower case describe ("Trump's controversial proposal", "his harsh
/// attacks on", "her college proposal").
fn possessor(text: &str, lex: &Lexicon, span: &Range<usize>, cue: &Cue) -> Option<Range<usize>> {
    let before = &text[span.start..cue.span.start];
    let mut end = before.len();
    // (Not in a phrase set off before the main clause: "In his resignation statement, Farenthold
    // reflected", "Moments earlier, in his opening remarks, Trump said".)
    let set_off = text[cue.span.end..].starts_with(',');
    let reach = if lex.noun_cues.contains_ascii_folded(cue.first_word()) && !set_off {
        4
    } else {
        1
    };
    for _ in 0..reach {
        let t = before[..end].trim_end_matches(' ');
        if t.len() == end && end != before.len() {
            return None;
        }
        let start = t.rfind(' ').map_or(0, |i| i + 1);
        let w = &t[start..];
        if w.is_empty()
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
        {
            return None;
        }
        let owner = matches!(
            w,
            "his" | "her" | "their" | "its" | "His" | "Her" | "Their" | "Its"
        ) || (starts_upper(w) && (w.ends_with("'s") || w.ends_with("’s")));
        // (Past modifiers, only an owner opening the sentence: "His harsh attacks on … were",
        // not "They pushed him for specifics on his policy proposals".)
        let opens = || {
            matches!(
                before[..start].trim(),
                "" | "But" | "And" | "Yet" | "So" | "Still"
            )
        };
        if owner && (end == before.len() || opens()) {
            return Some(span.start + start..span.start + start + w.len());
        }
        if !starts_lower(w) || lex.not_names.contains(w) || lex.subject_stops.contains(w) {
            return None;
        }
        // (Past a modifier only, not a person, an owner of its own or a verb: "his wife made
        // statements" is hers, "Her aides' statements" theirs.)
        if w.ends_with(['\'', '’']) || w.ends_with("'s") || w.ends_with("’s") {
            return None;
        }
        if end != before.len()
            && (lex.is_role_noun(w)
                || lex.associates.contains(w)
                || is_irregular_past(w)
                || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")))
        {
            return None;
        }
        end = start;
    }
    None
}

/// Whether `w` is a verb that links a subject to how it is or seems ("appeared worried", "were
/// worried").
fn is_linking_verb(w: &str) -> bool {
    matches!(
        w,
        "appeared"
            | "appear"
            | "appears"
            | "seemed"
            | "seem"
            | "seems"
            | "looked"
            | "were"
            | "was"
            | "are"
            | "is"
            | "remained"
            | "grew"
            | "became"
    )
}

/// The source a possessor stands for: a possessive pronoun's antecedent ("his" as "he"; the
/// subject of its own clause first: "Donald Trump has since revised his proposal"), or the name
/// ("Trump's").
fn possessor_source(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    span: &Range<usize>,
    owner: Range<usize>,
    registry: &Registry,
    known: &mut KnownSources,
) -> (Option<SourceRef>, Step) {
    let step = Step {
        id: StepId::Possessor,
        speaker: Some(SpeakerAt::BeforeCue),
    };
    let w = lowercase(&text[owner.clone()]);
    let pronoun = match w.as_ref() {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        "its" => Some("it"),
        _ => None,
    };
    if let Some(p) = pronoun {
        if let Some(subject) = subject::clause_subject(text, lex, para, span.start..owner.start) {
            let (found, id) = resolve(text, lex, subject.clone(), true, registry, known);
            if let Some(f) = found.filter(|f| {
                !f.is_anonymous()
                    && matches!(id, StepId::KnownName | StepId::NewName | StepId::Registry)
            }) {
                known.remember(lex, &f, subject, Vec::new(), false, Gender::Unknown);
                return (Some(f), step);
            }
        }
        let found = known
            .antecedent(text, lex, p, owner.start)
            .map(|k| SourceRef {
                span: owner.clone(),
                linked: true,
                ..k
            })
            .unwrap_or_else(|| known::unresolved_pronoun(p, owner));
        return (Some(found), step);
    }
    let (found, _) = resolve(text, lex, owner.clone(), true, registry, known);
    if let Some(f) = &found {
        known.remember(lex, f, owner, Vec::new(), false, Gender::Unknown);
    }
    (found, step)
}

/// Whom [`remember_subject`] remembers of the people a sentence opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// The subject and the one it meets: a sentence with no cue.
    SubjectAndMet,
    /// Only the one met, in a claim's sentence ("President Joseph R. Biden, Jr. held a secure
    /// video call today with President Vladimir Putin of Russia to discuss …"), remembered
    /// before the claim's own speaker, so "the presidents" later are the two of them. Not the
    /// subject: "Mayor Eric Adams was indicted, the prosecutor said" leaves "the prosecutor" to
    /// the prosecutor named before, not to Adams.
    MetOnly,
    /// Only the subject, a titled person who meets someone in a claim's sentence, remembered
    /// after the claim's own speaker ("President Daniel Whitfield met on Monday with Prime
    /// Minister Ravi Deshmukh of India, according to a readout released by the White House. …
    /// They also discussed" is the two of them), so never that speaker ("Judge Anna Keller met
    /// with lawyers on Monday, the prosecutor said" is an unnamed prosecutor).
    MeetingSubject,
    /// Only the subject, kept for a later "he" or "she" alone: the person a claim of an
    /// institution's is about ("Coach Robert Saleh was fired, the team announced. He said …"),
    /// never a later role's ("the prosecutor said" is not Saleh) nor this claim's speaker; or
    /// whom a possessive before the speaker stands for ("Senator Jane Roe's bill failed, her
    /// spokesman said"), with the gender it tells.
    About(Gender),
}

/// A sentence that opens on a titled person ("President Joe Biden spoke today with Chancellor
/// Olaf Scholz of Germany", "Queen Margrethe thanked the volunteers", "Defensive coordinator Jeff
/// Ulbrich will take over"), or on someone meeting someone, names people later pronouns and
/// plural roles point to: the one met (after one of the lexicon's `meeting_verbs`) and then the
/// subject, which "he" or "she" prefers (`who` says which of them). Only a run of capitalised
/// words that resolves to a new person's name or a known one is remembered; nothing is
/// allocated for sentences that open otherwise.
pub fn remember_subject(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    span: &Range<usize>,
    registry: &Registry,
    known: &mut KnownSources,
    who: Opening,
) {
    // (Nor a headline set in title case, where capitals say nothing, unless the word after an
    // office there is written so in the story too: "Judge Sentences Activist to Probation"
    // names nobody a later "she" stands for; "Pope Francis vs Contemplative Orders" names
    // Francis when the story writes "Francis".)
    let named_in_title_case = || {
        let headline = &text[para.span.clone()];
        let body = &text[para.span.end..];
        let mut ws = headline.split(' ');
        let mut prev = ws.next().unwrap_or("");
        ws.any(|w| {
            let titled = lex
                .offices
                .contains_ascii_folded(prev.trim_end_matches('.'))
                && starts_upper(w)
                && crate::text::contains_whole_word(body, w.trim_end_matches([',', ':', '.']));
            prev = w;
            titled
        })
    };
    if para.is_quoted(span.start)
        || (para.kind == crate::article::ParagraphKind::Headline
            && crate::text::capitals_say_nothing(&text[para.span.clone()])
            && !named_in_title_case())
    {
        return;
    }
    // After a dateline or a live blog's time stamp ("9:52 a.m. - Gov. Elena Marquez has …").
    let span = &(para.dateline_end(text, span)..span.end);
    // … and after an opening conjunction ("But Senator Richard J. Durbin of Illinois draws a
    // distinction …").
    let rest = without_opening_conjunction(&text[span.clone()]);
    let span = &if rest.starts_with(char::is_uppercase) {
        span.end - rest.len()..span.end
    } else {
        span.clone()
    };
    // A titled person a sentence that opens on no one ends on ("That did not satisfy Justice
    // Scalia."): the nearest for a later "he" or "she".
    if who == Opening::SubjectAndMet {
        if let Some(run) = titled_person_at_end(text, lex, span) {
            remember_person(text, lex, run, registry, known);
            return;
        }
    }
    // "The judge" opening narration is the person introduced with that role, again the
    // nearest for a later "he" or "she" ("Judge Helena Marsh found … A Corvane spokeswoman
    // declined to comment. … The judge appeared to anticipate the appeal. She noted").
    if who == Opening::SubjectAndMet {
        if let Some(rest) = text[span.clone()].strip_prefix("The ") {
            let mut ws = rest.split(' ');
            let role = ws.next().unwrap_or("");
            let verb_follows = ws.next().is_some_and(starts_lower);
            if verb_follows
                && starts_lower(role)
                && (lex.is_role_noun(role) || lex.offices.contains(role))
            {
                let is_role = |w: &str| w.eq_ignore_ascii_case(role);
                let person = known
                    .described_with(text, &is_role)
                    .filter(|k| k.kind == SourceKind::Unregistered && k.name.contains(' '))
                    .cloned();
                if let Some(k) = person {
                    let phrase = span.start..span.start + "The ".len() + role.len();
                    let k = SourceRef { linked: false, ..k };
                    known.remember(lex, &k, phrase, Vec::new(), false, Gender::Unknown);
                }
            }
        }
    }
    // A person an opening phrase is about ("For Linda Okoro, a retired teacher, the news was
    // unsettling. … she said"): their full name up to the comma.
    if who == Opening::SubjectAndMet {
        if let Some(rest) = text[span.clone()].strip_prefix("For ") {
            let from = span.start + 4;
            if let Some(comma) = rest[..crate::text::floor_char_boundary(rest, 40)].find(',') {
                let name = &rest[..comma];
                let words = name.split(' ').count();
                if (2..=3).contains(&words) && name.split(' ').all(starts_upper) {
                    remember_person(text, lex, from..from + comma, registry, known);
                }
            }
        }
    }
    // A titled person after "by" ("The decision was written by Chief Justice John G. Roberts
    // Jr."): what a later "the chief justice" stands for.
    if who == Opening::SubjectAndMet {
        for i in memchr::memmem::find_iter(text[span.clone()].as_bytes(), b" by ") {
            let from = span.start + i + " by ".len();
            if !text[from..].starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            // (Up to the clause's end: "…, written by Chief Justice John G. Roberts Jr., held".)
            let end = text[from..span.end]
                .find([',', ';', ':', '(', '—', '–'])
                .map_or(span.end, |e| from + e);
            if let Some((run, _)) = capitalised_run(text, lex, from..end, false) {
                let ws: Vec<&str> = text[run.clone()].split(' ').collect();
                if ws.len() >= 3
                    && ws[..ws.len() - 2]
                        .iter()
                        .any(|w| lex.offices.contains_ascii_folded(w.trim_end_matches('.')))
                {
                    remember_person(text, lex, run, registry, known);
                }
            }
        }
    }
    // An organisation a sentence opens on and describes in a clause on "which" ("Elmcrest, which
    // runs 96 homes, is owned by a private equity fund. Its accounts show"): what a later "it"
    // or "its" stands for.
    if who == Opening::SubjectAndMet {
        let t = &text
            [span.start..crate::text::floor_char_boundary(text, (span.start + 60).min(span.end))];
        if let Some(i) = t.find(", which ") {
            let name = &t[..i];
            let words = name.split(' ').count();
            if words <= 4
                && name.split(' ').all(starts_upper)
                && !lex
                    .not_names
                    .contains_ascii_folded(name.split(' ').next().unwrap_or(""))
            {
                let phrase = span.start..span.start + i;
                if let (Some(source), StepId::NewName | StepId::KnownName | StepId::Registry) =
                    resolve(text, lex, phrase.clone(), true, registry, known)
                {
                    if !source.is_anonymous() && !lex.is_place_name(&source.name) {
                        known.organisations.push(source.name.clone());
                        known.remember(lex, &source, phrase, Vec::new(), false, Gender::Unknown);
                    }
                }
            }
        }
    }
    // An organisation's name after "The" that opens a sentence with no cue ("The Supreme Court
    // ruled on Thursday that …"): what a later "the court" stands for.
    if who == Opening::SubjectAndMet && text[span.clone()].starts_with("The ") {
        // (Or one word before "and", which the run through "and" below goes on from: "The Food
        // and Drug Administration approved".)
        let from = span.start + 4;
        let one_word_and = || {
            let first = text[from..span.end].split(' ').next()?;
            (starts_upper(first)
                && first.chars().all(char::is_alphabetic)
                && text[from + first.len()..span.end].starts_with(" and "))
            .then(|| from..from + first.len())
        };
        let opened = capitalised_run(text, lex, from..span.end, true)
            .map(|(subject, _)| subject)
            .or_else(one_word_and);
        if let Some(mut subject) = opened {
            let last = text[subject.clone()].rsplit(' ').next().unwrap_or("");
            // (Through its "of": "The European Court of Justice ruled".)
            if let Some(rest) = text[subject.end..span.end].strip_prefix(" of ") {
                let run = rest
                    .split(' ')
                    .take_while(|w| starts_upper(w) && w.chars().all(char::is_alphabetic))
                    .map(|w| w.len() + 1)
                    .sum::<usize>();
                if run > 0 {
                    subject.end += " of ".len() + run - 1;
                }
            }
            // (Through "and" after a word that ends no name, office nor acronym: "The Food and
            // Drug Administration approved", "The U.S. Food and Drug Administration"; not "The
            // Justice Department and FBI", "The FBI and Justice Department", "The Mayor and City
            // Council".)
            let mut last = last;
            if !lex.organisation_words.contains_ascii_folded(last)
                && !lex.offices.contains_ascii_folded(last)
                && last.chars().any(char::is_lowercase)
            {
                if let Some(rest) = text[subject.end..span.end].strip_prefix(" and ") {
                    let words: Vec<&str> = rest
                        .split(' ')
                        .take(3)
                        .take_while(|w| starts_upper(w) && w.chars().all(char::is_alphabetic))
                        .collect();
                    if words
                        .last()
                        .is_some_and(|w| lex.organisation_words.contains_ascii_folded(w))
                    {
                        subject.end += " and ".len() + words.join(" ").len();
                        last = words[words.len() - 1];
                    }
                }
            }
            if lex.organisation_words.contains_ascii_folded(last)
                && known.canonical(&text[subject.clone()]).is_none()
            {
                let phrase = span.start..subject.end;
                if let (Some(source), StepId::NewName | StepId::Registry) =
                    resolve(text, lex, phrase.clone(), true, registry, known)
                {
                    if !source.is_anonymous() && !lex.is_place_name(&source.name) {
                        // (Once each, the last mention last: a long text that names the same
                        // body in every sentence keeps a short list.)
                        known.narrated_bodies.retain(|b| b.name != source.name);
                        known.narrated_bodies.push(source);
                    }
                }
            }
        }
    }
    // A short opening phrase set off by a comma ("On December 30, Vladimir Putin had a telephone
    // conversation with …") stands before the subject.
    // (A phrase that opens on a word that starts no name, or holds a lower-case word: "Two days
    // later,"; not a name set off by commas, "Mike Johnson, the speaker, …".)
    let opener = |phrase: &str| {
        phrase
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| lex.not_names.contains_ascii_folded(w))
            || phrase.split_whitespace().any(starts_lower)
    };
    // (Five words fit in the first 60 bytes; no need to look further for the comma.)
    let head =
        &text[span.start..crate::text::floor_char_boundary(text, (span.start + 60).min(span.end))];
    // A person named after a short description of them opening the sentence ("Longtime
    // subscriber Margaret Liu, 84, wiped her eyes"), also after an opening phrase ("In the lobby
    // after the performance, subscriber Margaret Liu …"): for a later "she". (Only a description
    // that ends on a person's noun: "Police arrested John Smith" names the object.)
    if who == Opening::SubjectAndMet {
        let after_opener = head
            .find(", ")
            .filter(|&c| opener(&text[span.start..span.start + c]))
            .map(|c| span.start + c + 2);
        // (The description's last word is looked at first, with no other work: most sentences
        // have no such opening.)
        let person_noun = |noun: &str| {
            // (Not an adjective with a noun's ending: "former", "recent".)
            let adjective = matches!(
                noun,
                "former"
                    | "latter"
                    | "other"
                    | "elder"
                    | "older"
                    | "younger"
                    | "recent"
                    | "current"
                    | "different"
                    | "independent"
                    | "prominent"
                    | "vibrant"
            );
            lex.is_role_noun(noun)
                || (!adjective
                    && ["er", "or", "ist", "ian", "ant", "ent"]
                        .iter()
                        .any(|e| noun.len() > 4 && noun.ends_with(e)))
        };
        let described = |at: usize| {
            let lead = text[at..span.end].split(' ').next().unwrap_or("");
            let from = if starts_upper(lead) {
                at + lead.len() + 1
            } else {
                at
            };
            if from >= span.end {
                return None;
            }
            // Up to three words in lower case, then a capitalised one.
            let (mut noun, mut named_next) = ("", false);
            for (k, w) in text[from..span.end].split(' ').enumerate() {
                if !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                    if k == 3 {
                        break;
                    }
                    noun = w;
                } else {
                    named_next = k > 0 && starts_upper(w);
                    break;
                }
            }
            if !named_next || !person_noun(noun) {
                return None;
            }
            name_after_description(text, lex, from..span.end, false)
        };
        if let Some((person, _)) =
            described(span.start).or_else(|| after_opener.and_then(described))
        {
            remember_person(text, lex, person, registry, known);
            return;
        }
    }
    // An office in that phrase titles the name set off after it ("France's minister for Europe,
    // Claire Dubosc, struck a more conciliatory tone").
    // (Capitalised too, after "The": "The Prime Minister, Keir Starmer, visited".)
    let has_office = |phrase: &str| {
        phrase.split(' ').any(|w| {
            lex.offices.contains(w)
                || (phrase.starts_with("The ") && lex.offices.contains_ascii_folded(w))
        })
    };
    let mut office_before = false;
    // (Or a longer phrase of circumstance on a word that starts no name, up to 12 words: "Now
    // under the protection of her lawyers and the Fifth Amendment, Lois Lerner is facing …".)
    let long_opener = || {
        let head = &text
            [span.start..crate::text::floor_char_boundary(text, (span.start + 100).min(span.end))];
        let comma = head.find(',')?;
        let phrase = &head[..comma];
        let first = phrase.split(' ').next().unwrap_or("");
        // (The cheap tests first: most sentences fail them.)
        if !lex.not_names.contains_ascii_folded(first)
            || lex.pronouns.contains_ascii_folded(first)
            || phrase.contains(['"', '“', '”'])
            || phrase.split(' ').count() > 12
        {
            return None;
        }
        // (A phrase that names nobody: a capital only for a day, a month or a thing's name after
        // "the" or "of"; not "On Tuesday Doe met privately with the chairman, Richard Burr".)
        let mut prev = first;
        let names_nobody = phrase.split(' ').skip(1).all(|w| {
            let ok = !starts_upper(w)
                || crate::text::is_month_or_weekday(w.trim_end_matches([',', '.']))
                || matches!(prev, "the" | "of")
                || (starts_upper(prev) && !crate::text::is_month_or_weekday(prev));
            prev = if ok { w } else { "" };
            ok
        });
        // (And the name after the comma is a subject, its verb right after it, not a name set
        // off in the clause: "… met with the committee's chairman, Richard Burr, and …".)
        let rest = text[span.start + comma + 1..span.end].trim_start();
        let run: usize = rest
            .split(' ')
            .take_while(|w| starts_upper(w) && !w.ends_with(','))
            .map(|w| w.len() + 1)
            .sum();
        let subject_then_verb = run > 0 && rest.get(run..).is_some_and(starts_lower);
        (names_nobody && subject_then_verb).then_some(comma)
    };
    let comma = head.find(',').or_else(long_opener);
    let set_off = comma.filter(|&comma| {
        let phrase = &text[span.start..span.start + comma];
        let words = phrase.split(' ').count();
        words <= 12
            && (words <= 5 || comma >= head.len())
            && (opener(phrase) || (phrase.starts_with("The ") && has_office(phrase)))
    });
    let span = &match set_off {
        Some(comma) => {
            office_before = has_office(&text[span.start..span.start + comma]);
            let rest = &text[span.start + comma + 1..span.end];
            span.end - rest.trim_start().len()..span.end
        }
        None => span.clone(),
    };
    // Most sentences open on an article or another word that starts no name: decided on the
    // first word, before any other work.
    let mut opening = text[span.clone()]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let (first, second) = (opening.next().unwrap_or(""), opening.next().unwrap_or(""));
    // A sentence that opens on a capitalised word and a lower-case one ("Pruitt shrugs off").
    // (Or with an age set off after it: "Cole, 29, addressed the news".)
    let age_after = text[span.clone()]
        .strip_prefix(first)
        .and_then(|rest| rest.strip_prefix(", "))
        .and_then(|rest| rest.split_once(','))
        .is_some_and(|(age, _)| {
            (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit())
        });
    let surname_opens = who == Opening::SubjectAndMet
        && starts_upper(first)
        && (starts_lower(second) || age_after)
        && text[span.start..].starts_with(first)
        && !lex.not_names.contains_ascii_folded(first)
        && !lex.pronouns.contains_ascii_folded(first);
    // A person named before, back as the subject by surname alone ("Pruitt shrugs off the
    // attention. He said …"): the nearest person again for a later "he" or "she".
    if surname_opens && known.only_person_named(lex, first).is_some() {
        // And another named after "and" and a short description ("Linton and fellow
        // backbencher David Marsh abstained"), when a first name tells it is a person's: for a
        // later "the two".
        let after_first = span.start + first.len();
        if text[after_first..span.end].starts_with(" and ") {
            let from = after_first + " and ".len();
            if let Some((other, _)) = name_after_description(text, lex, from..span.end, false) {
                remember_person(text, lex, other, registry, known);
            }
        }
        remember_person(
            text,
            lex,
            span.start..span.start + first.len(),
            registry,
            known,
        );
        return;
    }
    // … also one named in full before only in the narration.
    if surname_opens
        && known.canonical(first).is_none()
        && remember_narrated_surname(text, lex, span, first, second, age_after, known)
    {
        return;
    }
    if !starts_upper(first)
        || !(starts_upper(second) || lex.offices.contains(second))
        || matches!(first, "The" | "A" | "An")
        || lex.not_names.contains_ascii_folded(first)
    {
        return;
    }
    let Some((subject, mut verb)) = capitalised_run(text, lex, span.start..span.end, true) else {
        return;
    };
    // Two people joined by "and" ("House Minority Leader Hakeem Jeffries and Senate Minority
    // Leader Chuck Schumer met …"): both are named, for a later "the two" or "they".
    let mut second = None;
    if &text[verb.clone()] == "and" {
        // Or a name set off after a description ("…, and his Lithuanian counterpart, Asta
        // Jankauskienė, held").
        let described = || {
            let rest = &text[verb.end..span.end];
            let comma = rest
                .find(',')
                .filter(|&c| rest[..c].split(' ').count() <= 5)?;
            let from = span.end - rest[comma + 1..].trim_start().len();
            capitalised_run(text, lex, from..span.end, true)
        };
        // Or a name after a short description with no commas ("Sarah Linton and fellow
        // backbencher David Marsh abstained"), when a first name tells it is a person's.
        let after_description = || {
            let rest = &text[verb.end..span.end];
            let from = verb.end + (rest.len() - rest.trim_start().len());
            name_after_description(text, lex, from..span.end, true)
        };
        if let Some((other, v)) = capitalised_run(text, lex, verb.end..span.end, true)
            .or_else(|| office_before.then(described).flatten())
            .or_else(after_description)
        {
            second = Some(other);
            verb = v;
        }
    }
    // Only a titled person ("President Joe Biden", "Queen Margrethe") or one who meets someone
    // is worth resolving (resolving every name-led sentence would cost a sixth of attribution).
    let v = &text[verb.clone()];
    // "had a telephone conversation with", "held talks with" meet someone too: where the words
    // after "with" start.
    let after_with = matches!(v, "had" | "held")
        .then(|| {
            crate::article::words::words(&text[verb.end..span.end])
                .take(7)
                .find(|w| &text[verb.end + w.start..verb.end + w.end] == "with")
                .map(|w| verb.end + w.end)
        })
        .flatten();
    let meeting = lex.meeting_verbs.contains_ascii_folded(v) || after_with.is_some();
    // (Or an office or a role in an appositive set off right after the name: "Nicola Fox,
    // associate administrator at NASA, spoke on Tuesday".)
    let role_set_off = || {
        text[subject.end..span.end]
            .strip_prefix(", ")
            .and_then(|rest| rest.split_once(','))
            .is_some_and(|(apposed, _)| {
                let ws: Vec<&str> = apposed.split(' ').collect();
                ws.len() <= 8
                    && ws.first().is_some_and(|w| starts_lower(w))
                    && ws
                        .iter()
                        .any(|w| lex.offices.contains_ascii_folded(w) || lex.is_role_noun(w))
            })
    };
    let titled = office_before
        || std::iter::once(&subject)
            .chain(&second)
            .flat_map(|r| text[r.clone()].split([' ', '.']))
            .any(|w| lex.offices.contains_ascii_folded(w))
        || (second.is_none() && role_set_off());
    // Or a person the sentence names by a listed first name and a surname ("Maria Ortiz has worked
    // nights at the ward for a decade. … she said"): a later "he" or "she" may be them.
    // Not someone whose surname another person named before shares ("Bill Clinton got in on the
    // game" after Hillary Clinton spoke): "Clinton" later would be ambiguous.
    // (Two such people joined by "and" are both remembered, for a later "the two" or "they":
    // "Sarah Linton and David Marsh abstained".)
    // (Or one a possessive or reflexive pronoun later in the sentence tells is a person, when
    // the first name is not listed: "Margarethe Olsen died on Saturday at her home". Its gender
    // stays untold: the pronoun may be someone else's, "Kjeld Moen visited her grave".)
    // (Its first word then one the text never writes in lower case, no office or role: "Top
    // Clinton aides", "Given Obama's record" are no names.)
    let unlisted_name = || {
        let name = &text[subject.clone()];
        let first = name.split(' ').next().unwrap_or("");
        let low = first.to_lowercase();
        Gender::of_name(lex, name) == Gender::Unknown
            && name
                .split(' ')
                .all(|w| starts_upper(w) && w.chars().all(char::is_alphabetic))
            && !lex.not_names.contains_ascii_folded(first)
            && !lex.offices.contains_ascii_folded(first)
            && !lex.is_role_noun(&low)
            // (Looked for within a few pages around, so a huge article stays linear.)
            && !crate::text::contains_whole_word(
                &text[crate::text::floor_char_boundary(text, span.start.saturating_sub(8_000))
                    ..crate::text::floor_char_boundary(text, span.end + 8_000)],
                &low,
            )
    };
    let person_by_pronoun = who == Opening::SubjectAndMet
        && second.is_none()
        && has_personal_possessive(&text[subject.end..span.end])
        && unlisted_name();
    let first_named = who == Opening::SubjectAndMet
        // (In a headline set in title case, capitals say nothing: "Billy Bush Joins".)
        && !(para.kind == crate::article::ParagraphKind::Headline
            && crate::text::capitals_say_nothing(&text[para.span.clone()]))
        && std::iter::once(&subject).chain(&second).all(|r| {
            let name = &text[r.clone()];
            let surname = name.rsplit(' ').next().unwrap_or(name);
            (2..=3).contains(&name.split(' ').count())
                && (Gender::of_name(lex, name) != Gender::Unknown
                    || person_by_pronoun)
                && known.canonical(surname).is_none_or(|k| k.name == name)
        });
    if !(meeting || titled || first_named) {
        return;
    }
    // The one met: "spoke (today) with X", "met (with) X", "hosted X", "had a telephone
    // conversation with X" (after "with").
    if meeting && !matches!(who, Opening::About(_) | Opening::MeetingSubject) {
        let from = after_with.unwrap_or(verb.end);
        let mut at = from;
        for w in crate::article::words::words(&text[from..span.end]).take(6) {
            let w = from + w.start..from + w.end;
            // (Past a day: "met on Monday with Prime Minister Ravi Deshmukh"; "May" may be a
            // name.)
            let word = &text[w.clone()];
            if is_month_or_weekday(word) && word != "May" {
                at = w.end;
                continue;
            }
            if starts_upper(&text[w.clone()]) {
                if let Some((object, _)) = capitalised_run(text, lex, at..span.end, false) {
                    remember_person(text, lex, object, registry, known);
                }
                break;
            }
            at = w.end;
        }
    }
    match who {
        Opening::MetOnly => return,
        Opening::MeetingSubject => {
            if meeting && titled && second.is_none() {
                remember_person(text, lex, subject, registry, known);
            }
            return;
        }
        Opening::About(told) => {
            if second.is_none() {
                let (found, id) = resolve(text, lex, subject.clone(), true, registry, known);
                if let Some(source) = found.filter(|s| is_person(lex, s, id, &subject)) {
                    let gender = match told {
                        Gender::Unknown => title_gender(text, lex, &subject),
                        g => g,
                    };
                    known.remember_about(lex, source, gender);
                }
            }
            return;
        }
        Opening::SubjectAndMet => {}
    }
    // The second of two first, so "he" or "she" prefers the one the sentence opens on.
    if let Some(other) = second {
        remember_person(text, lex, other, registry, known);
    }
    remember_person(text, lex, subject, registry, known);
}

/// Whether `clause` has a possessive or reflexive pronoun of a person ("at her home", "won his
/// first race", "herself"); not an object pronoun, "thanked her for", which says nothing of
/// the subject.
fn has_personal_possessive(clause: &str) -> bool {
    use crate::attribution::PREPOSITIONS;
    let ws: Vec<&str> = clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    ws.iter().enumerate().any(|(i, &w)| match w {
        "his" | "himself" | "herself" => true,
        // Only before a noun: "wrote to her", "thanked her for" are objects.
        "her" => ws.get(i + 1).is_some_and(|n| {
            n.chars().all(char::is_lowercase)
                && !PREPOSITIONS.contains(n)
                && !matches!(*n, "a" | "an" | "the" | "that" | "and" | "as")
        }),
        _ => false,
    })
}

/// A person's name after at most three words of description in lower case that open `r`
/// ("fellow backbencher David Marsh abstained"), as [`capitalised_run`] reads a subject, when a
/// first name tells it is a person's; `described` asks for at least one word of description.
fn name_after_description(
    text: &str,
    lex: &Lexicon,
    r: Range<usize>,
    described: bool,
) -> Option<(Range<usize>, Range<usize>)> {
    let mut from = r.start;
    for _ in 0..3 {
        if from >= r.end {
            return None;
        }
        match text[from..r.end].split(' ').next() {
            Some(w) if !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-') => {
                from += w.len() + 1
            }
            _ => break,
        }
    }
    if described && from == r.start {
        return None;
    }
    let found = capitalised_run(text, lex, from.min(r.end)..r.end, true)?;
    (Gender::of_name(lex, &text[found.0.clone()]) != Gender::Unknown).then_some(found)
}

/// The run of capitalised words (initials and titles with their full stops; for an object that
/// opens on an office, also its "of" phrase) that opens `r`, and the lower-case word after it;
/// `subject` asks for a run of at least two words that is followed by a lower-case word (its
/// verb). A run stops at a comma or other clause punctuation.
fn capitalised_run(
    text: &str,
    lex: &Lexicon,
    r: Range<usize>,
    subject: bool,
) -> Option<(Range<usize>, Range<usize>)> {
    let mut run: Option<Range<usize>> = None;
    let (mut n, mut office_of) = (0, false);
    // The end of a party tag set off after the name ("John Thune, R-S.D., voted").
    let mut tag_end: Option<usize> = None;
    for w in crate::article::words::words(&text[r.clone()]) {
        let w = r.start + w.start..r.start + w.end;
        if tag_end.is_some_and(|e| w.start < e) {
            continue;
        }
        let word = &text[w.clone()];
        let gap = &text[tag_end
            .take()
            .or(run.as_ref().map(|x| x.end))
            .unwrap_or(r.start)..w.start];
        if run.is_some() && gap.trim() == "," {
            if let Some(len) = party_tag_len(&text[w.start..r.end]) {
                tag_end = Some(w.start + len);
                continue;
            }
        }
        // A title set off after the name stays in it ("President Joseph R. Biden, Jr. spoke").
        if let Some(x) = run.as_mut().filter(|_| gap.trim() == ",") {
            if lex.post_nominals.contains(word) {
                x.end = w.end;
                continue;
            }
        }
        // A subject set off by a comma before a clause about it ("Councilwoman Teresa Nguyen,
        // who represents the east side, voted …"; "Chancellor Olaf Scholz, the host, said").
        // (Also before an age: "Margaret Tillman, 71, rode out the storm".)
        if subject
            && n >= 2
            && gap.trim() == ","
            && (starts_lower(word) || (word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit())))
        {
            return run.map(|r| (r, w));
        }
        if gap.contains([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']) {
            return None;
        }
        // An office's "of" phrase stays in the one met ("President of the People's Republic
        // of China Xi Jinping"), not a place after a name ("Olaf Scholz of Germany").
        if !subject && matches!(word, "of" | "the") {
            let office = |r: &Range<usize>| lex.offices.contains_ascii_folded(&text[r.clone()]);
            office_of = office_of || (n == 1 && word == "of" && run.as_ref().is_some_and(office));
            if office_of {
                continue;
            }
        }
        // A lower-case office inside the run, before a name ("Defensive coordinator Jeff
        // Ulbrich", "Jets owner Woody Johnson").
        let office_in_run = subject
            && n > 0
            && starts_lower(word)
            && lex.offices.contains(word)
            && text[w.end..].starts_with(' ')
            && text[w.end + 1..].starts_with(char::is_uppercase);
        if office_in_run
            || (starts_upper(word) && !(n == 0 && lex.not_names.contains_ascii_folded(word)))
        {
            run = Some(run.map_or(w.clone(), |x| x.start..w.end));
            n += 1;
            // (A court's and an office's long title before a name: "Lucas County Common Pleas
            // Judge Patricia Whitfield set sentencing".)
            if n > 8 {
                return None;
            }
            continue;
        }
        let run = run?;
        return (starts_lower(word) && (!subject || n >= 2)).then_some((run, w));
    }
    // A run that ends the sentence ("… with President Volodymyr Zelenskyy.").
    run.filter(|_| !subject).map(|r| (r.clone(), r.end..r.end))
}

/// The length of a party tag and the comma that closes it at the start of `rest` ("R-S.D.,",
/// "D-Ohio,", "I-Vt.,"), when one stands there.
fn party_tag_len(rest: &str) -> Option<usize> {
    // (In words, as The New York Times writes it: "Republican of Ohio,".)
    if let Some(comma) = rest[..crate::text::floor_char_boundary(rest, 48)].find(',') {
        if is_party_and_state(&rest[..comma]) {
            return Some(comma + 1);
        }
    }
    let b = rest.as_bytes();
    if b.len() < 4
        || !matches!(b[0], b'D' | b'R' | b'I')
        || b[1] != b'-'
        || !b[2].is_ascii_uppercase()
    {
        return None;
    }
    let comma = rest[..crate::text::floor_char_boundary(rest, 16)].find(',')?;
    rest[2..comma]
        .bytes()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, b'.' | b' '))
        .then_some(comma + 1)
}

/// A person named in full before only in the narration, back as the subject by surname
/// ("Democrat Elena Ruiz led Republican Gov. Paul Hendricks. … Hendricks struck a defiant tone in
/// Reno. '…,' he said"): the one full name the text writes with that surname before, kept for a
/// "he" or "she" right after, when a listed first name or "herself" tells the gender, or an age
/// set off after the surname (`aged`) tells the sentence is about the person. Whether it was
/// found.
fn remember_narrated_surname(
    text: &str,
    lex: &Lexicon,
    span: &Range<usize>,
    first: &str,
    second: &str,
    aged: bool,
    known: &mut KnownSources,
) -> bool {
    // (Only when a "he" or "she" follows soon, or "his" or "her": most sentences that open so
    // have none.)
    let after = &text.as_bytes()[span.end..(span.end + 400).min(text.len())];
    let word_start = |i: usize| i == 0 || !after[i - 1].is_ascii_alphanumeric();
    // (One pass over the places an "h" or "H" stands.)
    let pronoun_follows = memchr::memchr2_iter(b'h', b'H', after).any(|i| {
        let rest = &after[i + 1..];
        if rest.starts_with(b"e ") {
            word_start(i) || (i > 0 && matches!(after[i - 1], b's' | b'S') && word_start(i - 1))
        } else {
            (rest.starts_with(b"is ") || rest.starts_with(b"er ")) && word_start(i)
        }
    });
    if !pronoun_follows {
        return false;
    }
    // (Looked for in the body up to 8 KB back, and once per surname in every 4 KB, so a huge
    // article stays linear. A full name found stays the answer nearby; none found is looked for
    // again, as the text may name the person in between.)
    let found = match known.surname_full_names.get(first) {
        Some((at, found)) if found.is_some() && span.start - at < 4_000 => found.clone(),
        _ => {
            let body = text.find('\n').map_or(0, |i| i + 1);
            let from = crate::text::floor_char_boundary(text, span.start.saturating_sub(8_000))
                .max(body)
                .min(span.start);
            let found = known::full_name_in_text(
                &text[from..span.start],
                lex,
                first,
                true,
                Gender::Unknown,
            );
            known
                .surname_full_names
                .insert(first.to_string(), (span.start, found.clone()));
            found
        }
    };
    let Some(full) = found else {
        return false;
    };
    // (Only one whose first name or a "herself" tells the gender: "He acknowledged" after
    // "Schlafly …" is no Phyllis Schlafly; or one the sentence gives an age, as a person the
    // story is about: "Callum Reid was sent off. Reid, 24, was equally frustrated. He said".)
    let gender = match second {
        "herself" => Gender::Female,
        "himself" => Gender::Male,
        _ => Gender::of_name(lex, &full),
    };
    if gender != Gender::Unknown || aged {
        let source = SourceRef {
            name: full,
            span: span.start..span.start + first.len(),
            kind: SourceKind::Unregistered,
            linked: false,
        };
        known.remember_about(lex, source, gender);
    }
    true
}

/// `s` without an opening "But", "And" or "Yet" ("But when the draft was sent …", "But Senator
/// Richard J. Durbin of Illinois draws …").
fn without_opening_conjunction(s: &str) -> &str {
    ["But ", "And ", "Yet "]
        .iter()
        .find_map(|c| s.strip_prefix(c))
        .unwrap_or(s)
}

/// The one person an opening clause of time or reason that runs up to `head.end` sends or brings
/// something to ("But when the final draft was sent to Mr. Petraeus, ", "When the draft reached
/// David H. Petraeus, "), when a title or a listed first name tells a gender and it is the
/// pronoun's (`gender`). None for a clause on a participle, whose subject is the main clause's
/// ("When asked about Mr. Trump, he said"), for one that opens on a name, has a person or a
/// possessive of its own or names two, and in title case.
fn named_in_opening_clause(
    text: &str,
    lex: &Lexicon,
    head: Range<usize>,
    gender: Gender,
) -> Option<Range<usize>> {
    let t = &text[head.clone()];
    let t_end = t.trim_end();
    if !t_end.ends_with(',') || t_end.contains([';', ':', '“', '"', '—', '\'', '’']) {
        return None;
    }
    // (Not a clause with a person of its own: "When he took the stage after the introduction,
    // he said".)
    if t_end.split([' ', ',']).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "he" | "she" | "him" | "her" | "his" | "they" | "them" | "their" | "i" | "we"
        )
    }) {
        return None;
    }
    let body = without_opening_conjunction(t);
    let (first, rest) = body.split_once(' ')?;
    if !matches!(
        first.to_ascii_lowercase().as_str(),
        "when" | "after" | "before" | "once" | "until" | "because" | "since" | "although"
    ) {
        return None;
    }
    let next = rest.split(' ').next().unwrap_or("");
    if next.len() > 4 && (next.ends_with("ed") || next.ends_with("ing"))
        || matches!(next, "asked" | "told" | "pressed" | "shown" | "given")
        || starts_upper(next)
    {
        return None;
    }
    // (Title case: "When Mr. Obama Spoke, He Said Nothing New".)
    let words = rest.split(' ').filter(|w| !w.is_empty());
    if words.clone().filter(|w| starts_upper(w)).count() * 2 > words.count() {
        return None;
    }
    let from = head.start + (t.len() - rest.len());
    // Runs of capitalised words ("Mr. Petraeus", "David H. Petraeus"), of two words at least.
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut run: Option<(Range<usize>, usize)> = None;
    for w in crate::article::words::words(&text[from..head.start + t_end.len() - 1]) {
        let w = from + w.start..from + w.end;
        let capital = starts_upper(&text[w.clone()]);
        match run.as_mut() {
            Some((r, n)) if capital && matches!(text[r.end..w.start].trim(), "" | ".") => {
                r.end = w.end;
                *n += 1;
            }
            _ => {
                if let Some((r, n)) = run.take() {
                    if n >= 2 {
                        runs.push(r);
                    }
                }
                run = capital.then_some((w, 1));
            }
        }
    }
    if let Some((r, n)) = run {
        if n >= 2 {
            runs.push(r);
        }
    }
    let [one] = runs.as_slice() else {
        return None;
    };
    // (Only one the thing went to: "was sent to Mr. Petraeus", "reached David H. Petraeus"; not
    // "After the meeting with Mr. Trump, he told", "Although the polls favored Mr. Trump, he".)
    let lead = text[head.start..one.start].trim_end();
    let passive_to = lead.ends_with(" to")
        && lead
            .split(' ')
            .any(|w| matches!(w, "was" | "were" | "been" | "being"));
    if !(passive_to || lead.ends_with(" reached")) {
        return None;
    }
    let name = &text[one.clone()];
    let told = match name.split(' ').next().unwrap_or("") {
        "Mr." => Gender::Male,
        "Mrs." | "Ms." => Gender::Female,
        _ => Gender::of_name(lex, name),
    };
    (gender != Gender::Unknown && told == gender).then(|| one.clone())
}

/// The titled name a sentence ends on ("Justice Scalia", "Sen. John Smith", "Mr. Sellers"), or
/// whose possessive ends it before one noun ("Then there was New Jersey Sen. Bob Menendez's
/// response."), when nobody else is named before it (a place may stand before the title) and
/// the sentence opens on a demonstrative, "It" or "There" ("That did not satisfy Justice
/// Scalia.", "It was a blow to Senator Ana Ortiz."): its range, title included. Not after a
/// subject of its own ("Mr. Obama thanked Senator John Smith").
fn titled_person_at_end(text: &str, lex: &Lexicon, span: &Range<usize>) -> Option<Range<usize>> {
    // (The opening word first: most sentences open otherwise, and cost nothing more.)
    let s = text[span.clone()].trim_end();
    let first = s.split(' ').next().unwrap_or("");
    if !matches!(
        first,
        "That" | "This" | "It" | "These" | "Those" | "There" | "Then"
    ) {
        return None;
    }
    let body = s.strip_suffix('.')?;
    if body.contains(['"', '“', '”', '?', '!', ';', ':']) {
        return None;
    }
    let mut words: Vec<&str> = body.split(' ').collect();
    // (Not a sentence about the person's not speaking: "There was no comment from Texas Gov.
    // Greg Abbott.")
    let silent = words.iter().any(|w| {
        matches!(
            w.trim_end_matches(','),
            "comment" | "declined" | "respond" | "reply" | "reached" | "unavailable"
        )
    }) || words.windows(2).any(|p| p[0] == "no" && p[1] == "response");
    if silent {
        return None;
    }
    let opens = match first {
        "That" | "This" | "It" | "These" | "Those" | "There" => 1,
        "Then" if words.get(1) == Some(&"there") => 2,
        _ => return None,
    };
    // (A possessive and its one noun: "Menendez's response".)
    let mut end = body.len();
    if let [.., owner, noun] = words[..] {
        if starts_lower(noun) && (owner.ends_with("'s") || owner.ends_with("’s")) {
            end = body.len() - noun.len() - 1 - if owner.ends_with("'s") { 2 } else { 4 };
            let owner = owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("’s"))
                .unwrap_or(owner);
            words.pop();
            words.pop();
            words.push(owner);
        }
    }
    // The title: the last word that is one, followed by one to three capitalised words.
    let t = (1..words.len()).rev().take(4).find(|&i| {
        let w = words[i];
        lex.offices.contains_ascii_folded(w.trim_end_matches('.'))
            || steps::abbreviated_office(w).is_some()
            || matches!(w, "Mr." | "Mrs." | "Ms." | "Dr.")
    })?;
    let name = &words[t + 1..];
    // (Capitals before the title only for a place right before it: "New Jersey Sen.".)
    let capitals: Vec<usize> = (opens..t).filter(|&i| starts_upper(words[i])).collect();
    let place_before = capitals.is_empty()
        || (capitals.last() == Some(&(t - 1))
            && capitals.windows(2).all(|p| p[1] == p[0] + 1)
            && lex.is_place_name(&words[capitals[0]..t].join(" ")));
    // (Nor a time or a passing mention: "since President Nixon", "under President Lincoln",
    // "the words of President Kennedy", "the company's founder, Mr. Smith".)
    let lead = capitals.first().copied().unwrap_or(t);
    let passing = lead > 0
        && (words[lead - 1].ends_with(',')
            || matches!(
                words[lead - 1],
                "since"
                    | "under"
                    | "of"
                    | "by"
                    | "before"
                    | "after"
                    | "from"
                    | "like"
                    | "than"
                    | "during"
                    | "until"
            ));
    if !(1..=3).contains(&name.len())
        || !name.iter().all(|w| starts_upper(w) && !w.ends_with(','))
        || !words[t].starts_with(char::is_uppercase)
        || !place_before
        || passing
    {
        return None;
    }
    let start = span.start + words[..t].iter().map(|w| w.len() + 1).sum::<usize>();
    Some(start..span.start + end)
}

/// "Rubio was asked by moderator Gerard Baker whether …", "Later, Rubio was asked whether …":
/// the one asked answers next. When a claim's cue is a passive of asking whose subject the text
/// named before, that person is again the nearest for a later "he" or "she" (not the one who
/// asked), and a quotation right after the claim is theirs ([`KnownSources::asked_in`]).
pub fn the_asked_answers(
    text: &str,
    lex: &Lexicon,
    span: &Range<usize>,
    cue: &crate::attribution::Cue,
    known: &mut KnownSources,
) {
    if !matches!(cue.first_word(), "asked" | "pressed" | "questioned") {
        return;
    }
    // (The cue's span may hold its auxiliary: "was asked".)
    let Some(before) = text.get(span.start..cue.span.end) else {
        return;
    };
    let mut ws: Vec<&str> = before.split_whitespace().collect();
    if ws.pop() != Some(cue.first_word()) {
        return;
    }
    // (An adverb may stand before the participle: "was repeatedly asked", "was also pressed".)
    if ws
        .last()
        .is_some_and(|w| matches!(*w, "also" | "again" | "later" | "then") || w.ends_with("ly"))
    {
        ws.pop();
    }
    if !ws
        .pop()
        .is_some_and(|w| matches!(w, "was" | "were" | "is" | "been"))
    {
        return;
    }
    if ws.last() == Some(&"has") || ws.last() == Some(&"had") {
        ws.pop();
    }
    // Only a question (not a request: "was asked to resign by lawmakers"), after its asker or a
    // time if any ("was asked by Senator Ann Park whether", "was asked on Monday whether").
    let clause = &text[cue.span.end..span.end];
    let clause = clause
        .find([',', ';', ':'])
        .map_or(clause, |c| &clause[..c]);
    let question = clause
        .split_whitespace()
        .take(12)
        .take_while(|w| *w != "to")
        .any(is_question_word);
    if !question {
        return;
    }
    // The subject: the capitalised words after an opening phrase's comma ("Later, Rubio").
    let from = ws
        .iter()
        .rposition(|w| w.ends_with(','))
        .map_or(0, |i| i + 1);
    let subject = &ws[from..];
    if subject.is_empty()
        || subject.len() > 4
        || !subject.iter().all(|w| starts_upper(w))
        || subject
            .iter()
            .any(|w| w.contains(['"', '“', '”', '(', ')']))
    {
        return;
    }
    let name = subject.join(" ");
    let Some(k) = known.canonical(&name).cloned() else {
        return;
    };
    known.nearest_again(lex, &k);
    known.asked = Some((k, span.end));
}

/// Whether `w` opens what a question asked ("whether", "if", "about", "how" …).
fn is_question_word(w: &str) -> bool {
    matches!(
        w,
        "whether" | "if" | "about" | "how" | "why" | "what" | "when" | "where" | "who"
    )
}

/// Remembers the person a capitalised run names, when it is one: a new full name or one known.
fn remember_person(
    text: &str,
    lex: &Lexicon,
    phrase: Range<usize>,
    registry: &Registry,
    known: &mut KnownSources,
) {
    let (found, id) = resolve(text, lex, phrase.clone(), true, registry, known);
    let Some(source) = found else {
        return;
    };
    if is_person(lex, &source, id, &phrase) {
        let gender = title_gender(text, lex, &phrase);
        known.remember(lex, &source, phrase, Vec::new(), false, gender);
    }
}

/// Whether a capitalised run resolved to a person's name: a new full name (or a titled one) or
/// one known, not an organisation or a place.
fn is_person(lex: &Lexicon, source: &SourceRef, id: StepId, phrase: &Range<usize>) -> bool {
    source.kind == SourceKind::Unregistered
        && !lex.is_group_name(&source.name)
        && !lex.is_place_name(&source.name)
        && (id == StepId::KnownName
            || (id == StepId::NewName
                && (source.name.contains(' ') || phrase.len() > source.name.len())))
}

/// The gender a title or role word in a phrase, or a title just before it, tells ("Mrs. Jones",
/// "a spokeswoman", the "Mr." a clause split left before "Greene").
pub(super) fn title_gender(text: &str, lex: &Lexicon, phrase: &Range<usize>) -> Gender {
    let p = &text[phrase.clone()];
    // A title opens the phrase ("Mrs. Jones", "Queen Margrethe"), a role word ends it ("a
    // company spokeswoman"); not past a possessive: "Biden's spokesman" tells nothing of Biden.
    let first = p.split([' ', '.']).next().unwrap_or("");
    let g = Gender::of_word(lex, first);
    if g != Gender::Unknown {
        return g;
    }
    if !p.contains(['\'', '’']) {
        let last = p.rsplit(' ').next().unwrap_or("");
        let g = Gender::of_word(lex, last);
        if g != Gender::Unknown {
            return g;
        }
        // A first name before the surname ("Prime Minister Donald Tusk").
        let g = Gender::of_name(lex, p);
        if g != Gender::Unknown {
            return g;
        }
    }
    let before = text[..phrase.start].trim_end();
    let Some(title) = before.strip_suffix('.') else {
        return Gender::Unknown;
    };
    let word = title
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    Gender::of_word(lex, word)
}

/// The gender a speaker phrase tells by a title or role word ("Mrs. Jones", "a spokeswoman"),
/// else by a personal pronoun right after the cue ("Jones said she would run").
fn gender_of(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    phrase: &Range<usize>,
    cue: &Cue,
    span: &Range<usize>,
) -> Gender {
    let g = title_gender(text, lex, phrase);
    if g != Gender::Unknown {
        return g;
    }
    if phrase.end > cue.span.start || cue.span.end >= span.end || para.is_quoted(cue.span.end) {
        return Gender::Unknown;
    }
    let after = &text[cue.span.end..span.end];
    let first = after.split_whitespace().next().unwrap_or("");
    match first {
        "he" | "she" => Gender::of_pronoun(first),
        _ => Gender::Unknown,
    }
}

/// The head of a description: the last word before a preposition or a relative word, else the
/// last word ("officials" of "officials familiar with the talks", "analyst" of "one analyst at
/// a large U.S. bank"; "competitors" of "most of his competitors").
pub(super) fn description_head(p: &str) -> &str {
    let mut head = "";
    for w in crate::article::words::words(p) {
        let w = &p[w];
        let ends_head = matches!(
            w,
            "of" | "across"
                | "in"
                | "at"
                | "for"
                | "from"
                | "with"
                | "on"
                | "to"
                | "familiar"
                | "close"
                | "briefed"
                | "who"
                | "that"
        );
        // "Most of his competitors": a plural quantifier's "of" goes on to its people.
        let partitive = w == "of"
            && matches!(
                head.to_ascii_lowercase().as_str(),
                "most"
                    | "some"
                    | "many"
                    | "all"
                    | "several"
                    | "both"
                    | "few"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
            );
        if ends_head && !head.is_empty() && !partitive {
            break;
        }
        head = w;
    }
    head
}

/// Whether a speaker phrase's head is a plural ("officials", "two diplomats", "the leaders",
/// "partners across the region", "people familiar with the matter"): the last word before a
/// preposition or a relative word, else the last word.
fn is_plural(text: &str, phrase: &Range<usize>) -> bool {
    let head = description_head(&text[phrase.clone()]);
    (head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us"))
        || matches!(
            head.to_ascii_lowercase().as_str(),
            "people" | "staff" | "police"
        )
}

/// A speaker phrase after an inverted cue that ends on a spokesperson ("…, said a spokesperson"),
/// with the "for" phrase after it up to the clause's end ("for Unilever", "for the European
/// Commission"), when that phrase names whom they speak for; else the phrase as it was.
fn with_employer_after(
    text: &str,
    lex: &Lexicon,
    span: &Range<usize>,
    phrase: Range<usize>,
) -> Range<usize> {
    let last = text[phrase.clone()].rsplit(' ').next().unwrap_or("");
    if !is_spokesperson(last) || !text[phrase.end..span.end].starts_with(" for ") {
        return phrase;
    }
    let rest = &text[phrase.end..span.end];
    let end = rest
        .find([',', ';', ':', '(', '"', '“', '”', '—', '–'])
        .unwrap_or(rest.len());
    let end = phrase.end
        + rest[..end]
            .trim_end()
            .trim_end_matches(['.', '!', '?'])
            .len();
    // (Nothing after "for" before a quotation mark or a bracket: "for “Fair Fuel UK”".)
    if end <= phrase.end + " for ".len() {
        return phrase;
    }
    let whole = phrase.start..end;
    // (A name: "for the California secretary of state" is described, not named; nor is an
    // office alone, "for the Prime Minister".)
    let words = &text[phrase.end + " for ".len()..end];
    let named = words
        .split(' ')
        .all(|w| starts_upper(w) || matches!(w, "the" | "of" | "and" | "&" | "for"))
        && !(words.split(' ').count() <= 3
            && words
                .rsplit(' ')
                .next()
                .is_some_and(|w| lex.offices.contains_ascii_folded(w)));
    if !named
        || crate::article::words::count(&text[phrase.end..end]) > 8
        || spoken_for(text, lex, &whole).is_none()
    {
        return phrase;
    }
    whole
}

/// How far back (bytes) "a spokesman for the port authority" looks for the name it stands for.
const SPOKEN_FOR_LOOKBACK_BYTES: usize = 8_000;

/// The organisation a spokesperson speaks for ("a spokesman for Toyota", "a spokeswoman for the
/// Justice Department"): the capitalised name after "for", when a role that speaks for its
/// employer stands before it (see [`speaks_for_employer`]).
fn spoken_for(text: &str, lex: &Lexicon, phrase: &Range<usize>) -> Option<Range<usize>> {
    // One walk over the words, not a list of them: most phrases have no "for".
    let p = &text[phrase.clone()];
    let mut ws = crate::article::words::words(p);
    let mut before = None;
    loop {
        let w = ws.next()?;
        if &p[w.clone()] == "for" {
            break;
        }
        before = Some(w);
    }
    let role = lowercase(&p[before?]);
    let after = ws.next()?;
    // (Or an institution or organisation named before: "a spokesman for the company", "for the
    // charity".)
    let body = |w: &Range<usize>| {
        let w = &p[w.clone()];
        lex.institution_roles.contains(w) || lex.organisation_words.contains(w)
    };
    // (Also with a word of its own before, when a name with the body's word was written before:
    // "The Valdemar Port Authority said … a spokesman for the port authority"; not "a
    // spokeswoman for the student group".)
    let written_before = |w: &Range<usize>| {
        let from = crate::text::floor_char_boundary(
            text,
            phrase.start.saturating_sub(SPOKEN_FOR_LOOKBACK_BYTES),
        );
        // (With its own word too, unless that word says only where it is: "the local
        // council" after "Leeds City Council"; not "the airport authority" after "The
        // Valdemar Port Authority".)
        let modifier = p[..w.start].trim_end().rsplit(' ').next().unwrap_or("");
        let name = if matches!(
            modifier,
            "local" | "city" | "county" | "regional" | "district"
        ) {
            crate::text::capitalised(&p[w.clone()])
        } else {
            format!(
                "{} {}",
                crate::text::capitalised(modifier),
                crate::text::capitalised(&p[w.clone()])
            )
        };
        crate::text::contains_whole_word(&text[from..phrase.start], &name)
    };
    let named = starts_upper(&p[after.clone()]) || {
        let next = ws.next();
        let the = &p[after.clone()] == "the";
        (the && next.as_ref().is_some_and(body))
            || (the
                && ws.clone().count() == 1
                && next.as_ref().is_some_and(|w| starts_lower(&p[w.clone()]))
                && ws
                    .clone()
                    .next()
                    .is_some_and(|w| body(&w) && written_before(&w)))
            || next.into_iter().chain(ws).any(|w| starts_upper(&p[w]))
    };
    // An adviser, an aide or a lawyer "for" someone is a source of their own (`unnamed_role`).
    (speaks_for_employer(&role) && named).then(|| phrase.start + after.start..phrase.end)
}

/// Who spoke in an opening phrase of where it was said, when no other cue of the sentence has
/// a speaker ("In a joint statement, the two governments committed to a new rail link"): the
/// main clause's subject.
pub fn opening_phrase_speaker(
    text: &str,
    lex: &Lexicon,
    span: &Range<usize>,
    cue: &Cue,
    registry: &Registry,
    known: &KnownSources,
) -> Option<(SourceRef, Step)> {
    if !(cue.text.starts_with("in ")
        && text[span.start..cue.span.start].trim().is_empty()
        && text[cue.span.end..span.end].starts_with(", "))
    {
        return None;
    }
    let subject = subject_after_opening(text, cue.span.end + 2..span.end)?;
    let (found, id) = resolve(text, lex, subject, true, registry, known);
    found.map(|f| {
        (
            f,
            Step {
                id,
                speaker: Some(SpeakerAt::AfterCue),
            },
        )
    })
}

/// The subject of the clause in `r`, up to its verb: at most six words opening on "the" or a
/// capitalised word, before a word ending in "ed" or an auxiliary ("the two governments" of
/// "the two governments committed to a new rail link").
fn subject_after_opening(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let t = &text[r.clone()];
    let first = t.split(' ').next()?;
    if first != "the" && !starts_upper(first) {
        return None;
    }
    let mut end = 0;
    for (i, w) in t.split(' ').enumerate().take(7) {
        let verb = w.len() > 3 && w.ends_with("ed")
            || matches!(
                w,
                "has" | "have" | "had" | "will" | "would" | "is" | "are" | "was" | "were"
            );
        if verb {
            return (i > 0).then(|| r.start..r.start + end - 1);
        }
        if w.contains([',', '.', ';', ':']) {
            return None;
        }
        end += w.len() + 1;
    }
    None
}

/// How far back (bytes) a bare "a spokesperson" looks for whom it speaks for.
const BARE_SPOKESPERSON_REACH: usize = 400;

/// Whom a bare "A spokesperson said" speaks for: the organisation whose claim came just before
/// ("The airline blamed rising fuel costs. A spokesperson said …"), or whoever the sentence
/// before said did not answer ("Maersk did not respond to a request for comment. A spokeswoman
/// later said …").
fn bare_spokesperson_for(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
    registry: &Registry,
    known: &KnownSources,
) -> Option<SourceRef> {
    let p = &text[phrase.clone()];
    let (article, role) = p.split_once(' ')?;
    // (One word: "A spokesperson for the family" speaks for the family.)
    if !matches!(article, "A" | "a") || role.contains(' ') || !is_spokesperson(role) {
        return None;
    }
    let near = |end: usize| phrase.start.saturating_sub(end) <= BARE_SPOKESPERSON_REACH;
    let linked = |k: SourceRef| SourceRef {
        span: phrase.clone(),
        linked: true,
        ..k
    };
    // (Not a person's claim: "Reed said he was thrilled. A spokesman said the club …" may be
    // the club's.)
    if let Some((k, _)) = known.last_claim.as_ref().filter(|(k, _)| {
        near(k.span.end)
            && k.span.end <= phrase.start
            && !k.is_anonymous()
            && k.kind != SourceKind::Group
            && looks_like_organisation(text, lex, known, k)
    }) {
        return Some(linked(k.clone()));
    }
    unanswered_subject(text, lex, phrase.start, registry, known).map(linked)
}

/// Whoever the text just before `at` says did not answer ("Maersk did not respond to a request
/// for comment.", "Unilever could not be reached"): the name the sentence opens on.
fn unanswered_subject(
    text: &str,
    lex: &Lexicon,
    at: usize,
    registry: &Registry,
    known: &KnownSources,
) -> Option<SourceRef> {
    let from = crate::text::floor_char_boundary(text, at.saturating_sub(BARE_SPOKESPERSON_REACH));
    let before = &text[from..at];
    let (at, _) = [
        " did not respond",
        " did not immediately respond",
        " did not return",
        " did not immediately return",
        " did not reply",
        " did not immediately reply",
        " could not be reached",
        " has not responded",
        " had not responded",
    ]
    .iter()
    .filter_map(|m| before.rfind(m).map(|i| (i, m)))
    .max_by_key(|&(i, _)| i)?;
    // In the sentence just before: one sentence end at most after the marker ("Acme did not
    // respond to requests for comment. The union said … A spokesperson said" is not Acme's).
    if before[at..].matches(['.', '!', '?']).count() > 1 {
        return None;
    }
    // The sentence's subject: a name from the sentence's start to the marker (not after an
    // abbreviation's full stop: "U.S. Steel", "Acme Corp.").
    let start = before[..at]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |i| i + 1);
    if before[..start]
        .trim_end_matches(['.', '!', '?'])
        .rsplit([' ', '\n'])
        .next()
        .is_some_and(|w| {
            w.contains('.')
                || matches!(
                    w,
                    "Corp" | "Inc" | "Co" | "Ltd" | "Jr" | "Sr" | "St" | "Mr" | "Mrs" | "Ms" | "Dr"
                )
        })
    {
        return None;
    }
    let subject = before[start..at].trim_start_matches([' ', '\n', '"', '”', '’']);
    let subject_start = from + at - subject.len();
    if subject.is_empty()
        || subject.split(' ').count() > 5
        || !subject
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "&"))
    {
        return None;
    }
    named_source(text, lex, subject_start..from + at, registry, known).map(|(k, _)| k)
}

/// The source a phrase resolves to when it is a name (new, known or the registry's), not a
/// description, a pronoun or a role.
fn named_source(
    text: &str,
    lex: &Lexicon,
    phrase: Range<usize>,
    registry: &Registry,
    known: &KnownSources,
) -> Option<(SourceRef, StepId)> {
    match resolve(text, lex, phrase, true, registry, known) {
        (Some(k), id @ (StepId::NewName | StepId::KnownName | StepId::Registry))
            if !k.is_anonymous() =>
        {
            Some((k, id))
        }
        _ => None,
    }
}

/// Whether a name is an organisation's rather than a person's: no first name, title or pronoun
/// told a person, and it is none the lexicon could take for one, or it has an "&", an acronym,
/// an organisation's or a business's last word ("Delta Air Lines", "Marks & Spencer", "Mistral
/// AI", "Northwind Shipping"; not "Kelly Ortberg", "Nguyen Van Thanh"), or is one word no person
/// named before is called by ("Maersk").
fn looks_like_organisation(text: &str, lex: &Lexicon, known: &KnownSources, k: &SourceRef) -> bool {
    if Gender::of_name(lex, &k.name) != Gender::Unknown || known.names_a_person(lex, &k.name) {
        return false;
    }
    let ws: Vec<&str> = k.name.split(' ').collect();
    let last = ws.last().map_or(String::new(), |w| {
        w.trim_end_matches('.').to_ascii_lowercase()
    });
    // (One word that shortens no person's name named before, in a claim or not, within the
    // last pages: "Maersk"; not "Assem" after "Mamdouh Assem", nor "Smith" after "run by John
    // Smith".)
    let lone = || {
        let to = crate::text::floor_char_boundary(text, k.span.start.min(text.len()));
        let from = crate::text::floor_char_boundary(text, to.saturating_sub(8_000));
        ws.len() == 1
            && !known.named.iter().any(|p| {
                p.name.contains(' ')
                    && KnownSources::is_person(lex, p)
                    && known::is_short_form(&k.name, &p.name)
            })
            && known::full_name_in_text(&text[from..to], lex, &k.name, false, Gender::Unknown)
                .is_none()
    };
    // (An acronym of three letters or more, or one ending the name: "Mistral AI"; not the
    // initials of "JB Pritzker".)
    let acronym = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    !KnownSources::is_person(lex, k)
        || k.name.contains('&')
        || ws.iter().any(|w| acronym(w) && w.len() >= 3)
        || (ws.len() > 1 && ws.last().is_some_and(|w| acronym(w)))
        || lex.organisation_words.contains(&last)
        || known::BUSINESS_NAME_WORDS.contains(&last.as_str())
        || lone()
}

/// Whether a source may be a business "the company" stands for: an organisation's name, no
/// public body's nor a place's.
fn is_business(text: &str, lex: &Lexicon, known: &KnownSources, k: &SourceRef) -> bool {
    looks_like_organisation(text, lex, known, k)
        && !known::is_public_body(k)
        && !lex.is_place_name(&k.name)
}

/// The business a sentence opens on, when its attribution trails it as "the" and a business's
/// word ("Delta Air Lines will add flights, the airline said"; "Maersk will cut 300 jobs, the
/// company said"): not a person, a place or a public body ("The FDA approved the drug, the
/// company said" is the drug's maker).
fn business_opening_sentence(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    span: &Range<usize>,
    phrase: &Range<usize>,
    registry: &Registry,
    known: &KnownSources,
) -> Option<SourceRef> {
    // (A business's word after up to two words that describe it: "the electric-vehicle
    // maker", "the Japanese automaker".)
    let described = text[phrase.clone()].strip_prefix("the ")?;
    let (modifiers, head) = described.rsplit_once(' ').unwrap_or(("", described));
    let business = known::BUSINESS_ROLES.contains(&head)
        || (head.len() > 5 && head.ends_with("maker"))
        || (!modifiers.is_empty() && head == "maker");
    // (Or opening a clause joined to the sentence's first: "In 2013, Yahoo was hacked, and the
    // company said".)
    let before = text[span.start..phrase.start].trim_end();
    if !business
        || modifiers.split(' ').filter(|w| !w.is_empty()).count() > 2
        || para.is_quoted(span.start)
        || !(before.ends_with(',') || before.ends_with(", and"))
    {
        return None;
    }
    let subject = subject::opening_subject(text, lex, para, span.start..phrase.start)?;
    // (Not a subject set off by a description: "Assem, the plane's co-pilot, had logged 2,766
    // flying hours with EgyptAir, the airline said".)
    // (Nor a titled person: "Senator Smith was hacked, and the company said".)
    let subject_text = &text[subject.clone()];
    let titled = subject_text
        .rfind(' ')
        .is_some_and(|at| known::title_before(lex, &subject_text[..at]));
    if text[subject.end..phrase.start].starts_with(',') || titled {
        return None;
    }
    named_source(text, lex, subject, registry, known)
        .map(|(k, _)| k)
        .filter(|k| is_business(text, lex, known, k))
        .map(|k| SourceRef {
            span: phrase.clone(),
            linked: true,
            ..k
        })
}

/// The name of a business right before `phrase` when the phrase describes it ("Harwick & Lowe,
/// the British home-goods retailer"): the phrase opens on "the", ends on a business's role, and
/// follows a run of capitalised words and a comma.
fn business_described(text: &str, lex: &Lexicon, phrase: &Range<usize>) -> Option<String> {
    let p = &text[phrase.clone()];
    let head = p.rsplit(' ').next().unwrap_or("");
    if !(p.starts_with("the ") && known::BUSINESS_ROLES.contains(&head)) {
        return None;
    }
    let from = crate::text::floor_char_boundary(text, phrase.start.saturating_sub(80));
    let lead = text[from..phrase.start].strip_suffix(", ")?;
    // Within the sentence, after a word in lower case ("customers of Harwick & Lowe"; not "…
    // Canada. On Tuesday, the company said").
    let ws: Vec<&str> = lead.rsplit(' ').take(8).collect();
    let in_name = |w: &&&str| {
        ((starts_upper(w) && !w.ends_with('.')) || **w == "&") && !w.contains(['\n', '\r'])
    };
    let n = ws.iter().take(6).take_while(in_name).count();
    if !ws.get(n).is_some_and(|w| starts_lower(w)) {
        return None;
    }
    let mut name: Vec<&str> = ws[..n].to_vec();
    name.reverse();
    while name.first().is_some_and(|w| *w == "&" || *w == "The") {
        name.remove(0);
    }
    // A person's name is no business's ("Maria Lopez, the company's founder").
    let name = name.join(" ");
    (!name.is_empty()
        && Gender::of_name(lex, &name) == Gender::Unknown
        && name.contains(['&', ' ']))
    .then_some(name)
}

/// Whether the name at `span` is introduced as a group's: after an organisation's word and
/// "known as", "called" or "named" ("a group known as BlackVane"), or before an appositive
/// ending on one ("BlackVane, a ransomware gang,").
fn introduced_as_group(text: &str, lex: &Lexicon, span: &Range<usize>) -> bool {
    let group = |w: &str| {
        let w = w.trim_end_matches(',').to_ascii_lowercase();
        lex.organisation_words.contains(&w)
            || matches!(
                w.as_str(),
                "gang" | "militia" | "cartel" | "band" | "collective"
            )
    };
    let before = text[..span.start].trim_end();
    let named_as = ["known as", "called", "named"]
        .iter()
        .find_map(|m| before.strip_suffix(m))
        .is_some_and(|b| b.trim_end().rsplit(' ').next().is_some_and(group));
    let apposed = text[span.end..]
        .strip_prefix(", ")
        .and_then(|r| ["a ", "an ", "the "].iter().find_map(|a| r.strip_prefix(a)))
        .and_then(|r| r.split(',').next())
        .is_some_and(|desc| {
            // (Its head, not a word after "for" or "of": "a spokesman for the foundation".)
            let ws: Vec<&str> = desc.split(' ').collect();
            ws.len() <= 5
                && ws.last().is_some_and(|w| group(w))
                && !ws
                    .iter()
                    .any(|w| matches!(*w, "for" | "of" | "at" | "with" | "to" | "in" | "from"))
        });
    named_as || apposed
}

/// The parts of `span` outside quotations.
pub(super) fn narration_of(para: &Paragraph, span: &Range<usize>) -> Vec<Range<usize>> {
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
        kind: SourceKind::Anonymous,
        linked: false,
    }
}

/// Whether the cue ending at `end` is a noun, the subject of the verb after it: it is followed by
/// a copula or an auxiliary ("similar classification disputes are common").
pub fn is_noun_cue(text: &str, end: usize) -> bool {
    let next = text[end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    is_auxiliary(&next)
}

/// Whether a word in lower case is a copula, "have" or a modal that may follow a subject ("is",
/// "had", "will").
pub(super) fn is_auxiliary(w: &str) -> bool {
    is_modal(w) || matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
}

/// For a participle `cue` followed by " as ", whether a lower-case noun stands right before it,
/// outside a relative clause, and the "as" is no "as" of degree: "numerous politicians mentioned
/// as contenders"; not "what the writers described as", "discussed as recently as".
fn reduced_passive_before_as(text: &str, lex: &Lexicon, cue: &Cue) -> bool {
    let before_cue = text[..cue.span.start].trim_end();
    let noun_before = before_cue
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .filter(|_| !before_cue.ends_with([',', ';', ':', '"', '”', '“', '—', '–']))
        .is_some_and(|w| {
            w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !lex.pronouns.contains(w)
                && !name::is_function_word(w)
                && !w.ends_with("ly")
                && !matches!(
                    w,
                    "who" | "which" | "that" | "also" | "then" | "not" | "never"
                )
        });
    let relative = before_cue
        .rsplit(' ')
        .take(5)
        .any(|w| matches!(w, "what" | "that" | "which" | "whom" | "who" | "whose"));
    let degree = text[cue.span.end..]
        .strip_prefix(" as ")
        .and_then(|r| r.split(' ').next())
        .is_some_and(|w| {
            matches!(
                w,
                "recently"
                    | "soon"
                    | "much"
                    | "many"
                    | "well"
                    | "early"
                    | "late"
                    | "far"
                    | "long"
                    | "often"
                    | "part"
                    | "quickly"
                    | "little"
                    | "few"
            )
        });
    noun_before && !relative && !degree
}

/// Whether a word in lower case is a modal verb ("will", "could").
fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should"
    )
}

/// A description right before its cue that names nobody, in lower case or with one capitalised
/// modifier, is the speaker: "the gambling tycoon told", "the judge said", "the poll also finds",
/// "one longtime friend said", "public records show", "Trump fans insist". A definite singular
/// ("the candidate", "the letter") points back to the nearest named source (an institution's
/// common noun to the nearest organisation, others to the nearest person) and is an unnamed
/// source when nobody was named; an indefinite, counted or plural one ("a neighbour", "two
/// aides", "critics") is an unnamed source. Not a participle after a noun ("efforts supporting
/// …"), a cue with an agent ("the regions backed by …"), nor a phrase holding a clause word
/// ("to", "that", an auxiliary).
fn described_speaker(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
    cue: &Cue,
    known: &KnownSources,
) -> Option<SourceRef> {
    // Nothing stands between, but a short place phrase after people in the plural (a role noun's
    // plural, "people", "men", "women": "several GOP leaders on the ground told", "Presidential
    // candidates in both parties condemned"; not "several cases in Ohio show").
    let gap = text[phrase.end.min(cue.span.start)..cue.span.start].trim();
    let people = || {
        let p = &text[phrase.clone()];
        if p.split_whitespace().count() > 4 {
            return false;
        }
        let head = lowercase(p.rsplit(' ').next().unwrap_or(""));
        matches!(head.as_ref(), "people" | "men" | "women")
            || head.strip_suffix('s').is_some_and(|s| lex.is_role_noun(s))
    };
    // Or a clause on "who" set off by commas after people in the plural ("Russian military
    // bloggers, who often give a candid picture of the fighting, said").
    let who_gap = gap.starts_with(", who ")
        && gap.ends_with(',')
        && !gap[1..gap.len() - 1].contains([',', ';', '"', '“', '”'])
        && people();
    // (Or a time: "Body camera video released by the department on Monday evening shows".)
    // (Not after a participle, whose time it is: "Disclosures filed on Sunday night revealed".)
    let time_gap = || {
        let lower: Vec<std::borrow::Cow<str>> = gap.split(' ').map(lowercase).collect();
        subject::is_time_phrase(&lower) && !text[phrase.clone()].ends_with("ed")
    };
    // Or a participle set off by commas after a document's agent ("An audit by the state health
    // department, filed as an exhibit in the case, found").
    let participle_gap = || {
        text[..phrase.start].ends_with(" by ")
            && gap.starts_with(", ")
            && gap.ends_with(',')
            && !gap[1..gap.len() - 1].contains([',', ';', '"', '“', '”'])
            && gap[2..]
                .split(' ')
                .next()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
    };
    let place_gap = gap.is_empty()
        || is_linking_verb(gap)
        || who_gap
        || time_gap()
        || participle_gap()
        || (gap.split_whitespace().count() <= 4
            && !gap.contains([',', ';', ':', '(', '"', '“', '”'])
            && matches!(
                gap.split(' ').next(),
                Some("on" | "in" | "at" | "from" | "across" | "around")
            )
            && people());
    if phrase.end > cue.span.start
        || !place_gap
        || cue.first_word().ends_with("ing")
        || text[cue.span.end..].trim_start().starts_with("by ")
        || is_noun_cue(text, cue.span.end)
    {
        return None;
    }
    let p = &text[phrase.clone()];
    let (mut n, mut first, mut head) = (0, "", "");
    for w in crate::article::words::words(p) {
        let w = &p[w];
        n += 1;
        if n == 1 {
            first = w;
        }
        head = w;
        let clause_word = w == "to"
            || lex.subject_stops.contains_ascii_folded(w)
            || lex.subject_auxiliaries.contains_ascii_folded(w)
            || lex.pronouns.contains_ascii_folded(w)
            || (n > 1 && lex.subject_starts.contains_ascii_folded(w));
        // An adverb ends in "ly"; "family" does too.
        let adverb = w.ends_with("ly") && !lex.associates.contains_ascii_folded(w);
        if n > 6 || clause_word || adverb {
            return None;
        }
    }
    // "another ranking", "a new filing": an indefinite article, then at most one word before
    // the head (a definite one would point back to a person: "the drinking continued").
    let determiner_before_ing = matches!(lowercase(first).as_ref(), "a" | "an" | "another" | "one")
        && n <= 3
        && !p.contains(" of ")
        && !p.contains(" by ");
    // The tail of a number ("92,000 asylum claims" split at its comma) describes nobody.
    let number_tail = text[..phrase.start]
        .strip_suffix(',')
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    // A phrase ending on an article or preposition has a noun for a cue ("commander of the
    // support forces"), not a speaker.
    if n == 0
        || number_tail
        || matches!(
            head,
            "the"
                | "a"
                | "an"
                | "of"
                | "for"
                | "and"
                | "or"
                | "with"
                | "by"
                | "from"
                | "his"
                | "her"
        )
        || head.len() < 3
        // The end of a web domain ("Secunia.com"): a name, for the steps.
        || text[..phrase.start + p.rfind(head).unwrap_or(0)]
            .strip_suffix('.')
            .is_some_and(|b| b.ends_with(char::is_alphanumeric))
        // A verb, not a noun: a participle ("having referred to", "making calls"; after a
        // determiner it is a noun: "another ranking says") or another cue's verb ("Trump, …,
        // said in an interview").
        || (head.ends_with("ing") && !(n > 1 && determiner_before_ing))
        // (A verb in the past tense alone: "… alter the points and ignored suggestions".)
        || (n == 1 && head.len() > 4 && head.ends_with("ed") && starts_lower(head))
        || matches!(
            head,
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "wrote"
                | "writes"
                | "added"
                | "adds"
        )
        || !head.chars().all(char::is_alphabetic)
        || starts_upper(head)
        || lex.not_names.contains_ascii_folded(head)
    {
        return None;
    }
    let plural = (head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us"))
        || lex.collective_heads.contains(head);
    // (Plurals without "-s" agree with the plain form too: "Many women support".)
    let plural_form = plural
        || matches!(
            head,
            "men" | "women" | "people" | "children" | "police" | "clergy"
        );
    // A noun cue's words before it describe it, they do not say it ("specific tax proposals",
    // "heaped criticism"); a word that is a noun or a verb is a verb only after a description
    // that agrees with it ("Democratic senators support", "half the senators surveyed support",
    // "someone claims"; not "longtime support", "Trump made demands").
    let cue_word = cue.first_word();
    if lex.noun_cues.contains_ascii_folded(cue_word) {
        return None;
    }
    if lex.noun_or_verb_cues.contains_ascii_folded(cue_word) {
        // (A gerund, a verb in the past or "by" inside the words makes them an object: "made her
        // name as a lawyer by bringing discrimination claims", "stamped out calls for"; not a
        // participle ending them, "Every senator surveyed supports".)
        let object = || {
            let ws: Vec<&str> = p.split_whitespace().collect();
            // (Or a phrase opening on a preposition: "with persistent calls for".)
            let preposition = ws.first().is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "with" | "by" | "of" | "for" | "from" | "to" | "into" | "as" | "in" | "on"
                )
            });
            preposition
                || ws[..ws.len().saturating_sub(1)].iter().any(|w| {
                    (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"))) || *w == "by"
                })
        };
        // (After a modal or "to" the plain form is a verb whatever the number of a person
        // before it: "the killer's public defender will call it".)
        // (The modal may be part of the cue's extent: "will call".)
        let before_word = &text[phrase.end.min(cue.span.start)..cue.span.end];
        let modal = before_word
            .split_whitespace()
            .any(|w| is_modal(w) || matches!(w, "to" | "did" | "does" | "do" | "won't" | "won’t"));
        // (A participle in "-ed" after a noun describes it: "Every senator surveyed supports";
        // one alone was turned away above.)
        let agrees = if cue_word.ends_with('s') {
            !plural_form && !is_irregular_past(head) && !object()
        } else if modal {
            // (Only for a person: "the new law will support families" names nobody.)
            lex.is_role_noun(head) || lex.associates.contains(head) || head == "defender"
        } else {
            // (A participle after people in the plural: "the senators surveyed".)
            plural_form
                || (head.ends_with("ed")
                    && p.split_whitespace()
                        .rev()
                        .nth(1)
                        .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss")))
        };
        if !agrees {
            return None;
        }
    }
    let definite = n > 1 && matches!(lowercase(first).as_ref(), "the" | "this" | "that");
    // "the two", "the three": the people named last, as a plural role is ("the two said in a
    // joint statement" after "Hakeem Jeffries and Chuck Schumer met").
    if definite && n == 2 && matches!(head, "two" | "three" | "four") {
        return Some(
            known
                .group_antecedent(lex)
                .unwrap_or_else(|| anon_source(text, phrase.clone())),
        );
    }
    if !definite || plural {
        return Some(anon_source(text, phrase.clone()));
    }
    let institution = lex.institution_heads.contains(head) || lex.institution_roles.contains(head);
    // "The union", "the association": an organisation stands for the last one named or
    // mentioned with that word in its name, never for a person.
    let organisation = lex
        .organisation_words
        .contains(head)
        .then(|| known.organisation_antecedent(text, lex, head, phrase.clone()))
        .flatten();
    let linked = if organisation.is_some() {
        organisation
    } else if institution {
        known.institution_antecedent(text, lex, head)
    } else if lex.organisation_words.contains(head) {
        None
    } else {
        known::name_ending_on(text, lex, phrase)
            .or_else(|| known.person_antecedent(text, lex, Gender::of_word(lex, head)))
    };
    Some(match linked {
        Some(k) => SourceRef {
            span: phrase.clone(),
            linked: true,
            ..k
        },
        None => anon_source(text, phrase.clone()),
    })
}

/// Whether a word is an irregular verb in the past tense ("made", "took"; a regular one in "-ed"
/// may be a participle describing the noun before it).
fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "made"
            | "took"
            | "brought"
            | "gave"
            | "got"
            | "had"
            | "won"
            | "led"
            | "sent"
            | "put"
            | "saw"
            | "heard"
            | "found"
            | "kept"
            | "held"
            | "met"
            | "left"
            | "lost"
            | "drew"
    )
}

/// Whether a phrase that names nobody still stands where a speaker would, as an unnamed source:
/// a description after a reporting verb a speaker may follow ("said the ad's narrator",
/// "according to the survey results"), or a plural description right before the cue ("the
/// members wrote", "some individuals reported"), unless the cue is a participle ("efforts
/// supporting …") or has an agent ("the regions backed by …").
fn unnamed_description(text: &str, lex: &Lexicon, phrase: &Range<usize>, cue: &Cue) -> bool {
    let p = &text[phrase.clone()];
    let words: Vec<&str> = p.split_whitespace().collect();
    let Some(first) = words.first().map(|w| lowercase(w)) else {
        return false;
    };
    let unnamed = words[1..]
        .iter()
        .all(|w| !w.chars().any(char::is_uppercase));
    if phrase.start >= cue.span.end {
        // Whatever a claim is "according to" is its source ("according to state corporate
        // records", "according to her lawyers"): a whole noun phrase, not one cut short before a
        // name ("data from the Federal Reserve"), a pronoun ("according to him") or the
        // speaker's own ("our information").
        let pronoun = lex.pronouns.contains(&first)
            || matches!(first.as_ref(), "our" | "my" | "your")
            || (words.len() == 1 && matches!(first.as_ref(), "him" | "her" | "them" | "it"));
        // Cut short before what it was from, with or by ("interviews with more than", "audio
        // provided"), or before a name.
        let cut_short = words.last().is_some_and(|w| {
            w.ends_with("ed")
                || matches!(
                    lowercase(w).as_ref(),
                    "with"
                        | "from"
                        | "than"
                        | "by"
                        | "of"
                        | "to"
                        | "for"
                        | "in"
                        | "on"
                        | "at"
                        | "a"
                        | "an"
                        | "the"
                        | "more"
                        | "and"
                        | "or"
                )
        }) || text[phrase.end..]
            .trim_start()
            .starts_with(char::is_uppercase);
        // (So is whoever a reaction is "from": "drew criticism from unions".)
        let according = (cue.text.starts_with("according")
            || cue.text.ends_with(" from")
            || subject::noun_from(text, cue))
            && !pronoun
            && !cut_short;
        return unnamed
            && starts_lower(p)
            && (according || matches!(first.as_ref(), "the" | "a" | "an" | "one"));
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
    let plural_head = words
        .last()
        .is_some_and(|head| head.ends_with('s') || lex.collective_heads.contains_lower(head));
    let cue_word = cue.first_word();
    (2..=6).contains(&words.len())
        && unnamed
        && determiner
        && plural_head
        && words[1..]
            .iter()
            .all(|w| !lex.may_follow_subject(w) && *w != "to")
        && text[phrase.end..cue.span.start].trim().is_empty()
        && !cue_word.ends_with("ing")
        && !text[cue.span.end..].trim_start().starts_with("by ")
}

/// Whether the words after a passive's "by" give a time, no agent: a month, a weekday or a
/// holiday, with "late", "early" or "mid-" before it ("expected by March", "due by late
/// April", "expected by Christmas").
fn is_deadline(after_by: &str) -> bool {
    let w = after_by
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .find(|w| !matches!(*w, "" | "late" | "early" | "the"))
        .unwrap_or("");
    let w = w.strip_prefix("mid-").unwrap_or(w);
    // (Not "May", also a surname: "was criticised by May".)
    (is_month_or_weekday(w) && w != "May")
        || matches!(
            w,
            "Christmas"
                | "Easter"
                | "Thanksgiving"
                | "Ramadan"
                | "Eid"
                | "Diwali"
                | "Hanukkah"
                | "Passover"
        )
        || after_by.trim_start_matches("the ").starts_with("New Year")
}

/// The length of a time phrase and its space at the start of `after` when "by" follows it ("in
/// 2017 by", "on Monday by", "last week by"): a passive's agent may stand after it. 0 for none.
pub(crate) fn time_before_by(after: &str) -> usize {
    let Some(by) = after[..crate::text::floor_char_boundary(after, 32)].find(" by ") else {
        return 0;
    };
    let lower: Vec<std::borrow::Cow<str>> = after[..by].split(' ').map(lowercase).collect();
    // A time phrase ("last week", "on Monday", "earlier this week"), or a date or season after
    // "in" or "on" ("in 2017", "in January 2017", "on March 5", "in the fall").
    let dated = |w: &std::borrow::Cow<str>| {
        (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
            || crate::text::is_month_or_weekday(w)
            || matches!(
                w.as_ref(),
                "the" | "spring" | "summer" | "fall" | "autumn" | "winter"
            )
    };
    // (Or a weekday alone, as American papers write it: "reported Saturday by".)
    let time = subject::is_time_phrase(&lower)
        || (lower.len() == 1 && crate::text::is_month_or_weekday(&lower[0]))
        || (matches!(lower[0].as_ref(), "in" | "on")
            && (2..=3).contains(&lower.len())
            && lower[1..].iter().all(dated)
            && lower.last().is_some_and(|w| w != "the"));
    if time {
        by + 1
    } else {
        0
    }
}

/// Whether the cue is a passive of what stands before it ("it has been stated", "he was asked",
/// "the museum was also proposed"): the subject is what was said or who was addressed, not who
/// spoke, so nobody is named. A progressive ("I am also announcing") is no passive, and the
/// subject of "was quoted" is the one quoted.
fn is_passive(text: &str, lex: &Lexicon, up_to_cue: Range<usize>, cue: &Cue) -> bool {
    let cue_word = cue.first_word();
    // (A participle of feeling after "be" says how the subject feels: "Democrats were worried".)
    if cue_word.is_empty()
        || cue_word.ends_with("ing")
        || matches!(cue_word, "quoted" | "worried" | "concerned" | "convinced")
    {
        return false;
    }
    // The words before the cue's own first word (its extent may hold auxiliaries: "was also"),
    // last first, each with what stands between it and the word after it: an auxiliary joins
    // its participle across adverbs, commas and dashes ("was, reportedly, announced", "was, and
    // still is, opposed"); never across a quotation's close ("“It will be,” said Smith"), nor
    // across a comma or dash before a cue a speaker may follow ("The problem is, said Smith,
    // that …" and "It was not, said Smith, …" are Smith's).
    #[derive(Clone, Copy, PartialEq)]
    enum Gap {
        Spaces,
        Punctuation,
        Quotation,
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let mut rest = &text[up_to_cue];
    let mut tail = std::iter::from_fn(move || {
        let word_end = rest.trim_end_matches(|c: char| !is_word(c));
        let between = &rest[word_end.len()..];
        let gap = if between.contains(['"', '“', '”', '?', '!']) {
            Gap::Quotation
        } else if between.chars().all(char::is_whitespace) {
            Gap::Spaces
        } else {
            Gap::Punctuation
        };
        let start = word_end
            .char_indices()
            .rfind(|&(_, c)| !is_word(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        rest = &word_end[..start];
        (start < word_end.len()).then(|| (lowercase(&word_end[start..]), gap))
    });
    if !tail.by_ref().take(4).any(|(w, _)| w == cue_word) {
        return false;
    }
    let (mut quotation, mut punctuation) = (false, false);
    let last_verb = tail.take(4).find(|(w, gap)| {
        quotation |= *gap == Gap::Quotation;
        punctuation |= *gap == Gap::Punctuation;
        let adverb = w.ends_with("ly")
            || matches!(
                w.as_ref(),
                "also"
                    | "not"
                    | "never"
                    | "then"
                    | "first"
                    | "already"
                    | "just"
                    | "still"
                    | "even"
                    | "later"
                    | "once"
            );
        !adverb
    });
    let inverted = punctuation && lex.inverting_cues.contains(cue_word);
    let joined_to_cue = !(quotation || inverted);
    // A participle before "as" right after a noun in lower case, with no auxiliary, is a
    // passive that describes the noun ("numerous politicians mentioned as contenders", "a man
    // described as a loner").
    if cue_word.len() > 4
        && cue_word.ends_with("ed")
        && cue.text == cue_word
        && text[cue.span.end..].starts_with(" as ")
        && reduced_passive_before_as(text, lex, cue)
    {
        return true;
    }
    // A participle set off after a comma, with its agent after it, is a passive with no
    // auxiliary: "… before every Yahoo account was hacked, first reported by the Daily Caller."
    // (Only a report's participle: "The bill, opposed by House Republicans, never became law"
    // and "Clinton, pressed by moderator Dana Bash, turned" say nothing of the agent's.)
    let set_off_with_agent = punctuation
        && !quotation
        && matches!(
            cue_word,
            "reported" | "revealed" | "disclosed" | "confirmed" | "announced"
        )
        && text[cue.span.end..]
            .trim_start()
            .strip_prefix("by ")
            // (A name after it, not a means: "confirmed by phone", "announced by email",
            // "reported by far its strongest quarter".)
            .is_some_and(|agent| {
                let agent = agent
                    .strip_prefix("the ")
                    .or_else(|| agent.strip_prefix("The "))
                    .unwrap_or(agent);
                agent.starts_with(|c: char| c.is_uppercase())
            });
    set_off_with_agent
        || (joined_to_cue
            && last_verb.is_some_and(|(w, _)| {
                matches!(
                    w.as_ref(),
                    "been" | "be" | "being" | "is" | "was" | "are" | "were" | "am"
                )
            }))
}

/// How many words may follow the preposition of an unnamed person's description after an
/// inverted cue ("…, said a teacher at the school", "a nurse at the local clinic"): more are
/// what was said ("…, said a resident of the town remains missing").
pub(super) const DESCRIBED_PLACE_MAX_WORDS: usize = 3;

/// The prepositions that open where an unnamed person is or whom they work for, after their
/// description ("a teacher at the school", "one resident of the camp").
pub(super) const DESCRIPTION_PREPOSITIONS: [&str; 6] = ["at", "in", "of", "for", "from", "with"];
