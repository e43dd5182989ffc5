//! From a speaker phrase to a source: an explicit, ordered chain of named steps. Each step looks
//! at the phrase and either decides (a source, or nobody) or passes to the next; the step that
//! decided is recorded on the claim, so `slant explain` can say why a claim has its source.

use super::known::{
    business_mentioned, described_in_apposition, first_person, is_first_or_second_person,
    named_in_apposition, office_of, unresolved_pronoun, Distinct, BUSINESS_ROLES,
    NATION_BODY_HEADS, PUBLIC_BODY_WORDS,
};
use super::lexicon::*;
use super::name::{is_function_word, name_in_phrase};
use super::{anon_source, KnownSources, Registry, SourceKind, SourceRef};
use crate::article::words;
use crate::attribution::Gender;
use crate::rules::Lexicon;
use crate::text::floor_char_boundary;
use std::cell::OnceCell;
use std::ops::Range;

/// A step of attribution that decided a claim's source (or that it has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepId {
    // Decided before the speaker phrase is read (see `find_source`).
    /// A passive cue with no "by" agent ("it has been stated"): nobody is named.
    PassiveWithoutAgent,
    /// No speaker stands before or after the cue, and no unnamed-source marker: nobody.
    NoSpeaker,
    /// An unnamed-source marker ("officials", "who asked not to be named") in the speaker phrase
    /// or standing alone.
    AnonymousMarker,
    // The chain of [`STEPS`], in order.
    /// The phrase has no words.
    NoWords,
    /// A personal pronoun ("he said"): the nearest fitting named source; "I"/"we" the writer or
    /// the transcript's speaker.
    Pronoun,
    /// Someone described through someone else ("Thomas' sister", "the company's lawyer").
    PossessiveDescription,
    /// A share of people polled ("three in 10 said", "52 percent say"): unnamed respondents.
    PollShare,
    /// A representative of someone a possessive pronoun points to ("his campaign").
    PronounRepresentative,
    /// An indefinite role with no name ("a ministry spokesman", "one official"): an unnamed
    /// source, never the person named last.
    UnnamedRole,
    /// A role noun pointing back to a named source ("the researcher", "the ministry"), or an
    /// unnamed source when nobody fits.
    RoleNoun,
    /// A capitalised title ("The President") standing for the person introduced with it.
    CapitalisedTitle,
    /// A source of the registry ("Yonhap News Agency", "KCNA").
    Registry,
    /// A document or figures ("the study", "the data"): the one they were introduced with, an
    /// organisation named last, else an unnamed source; never the person who spoke last.
    Document,
    /// Only lower-case words, none a pronoun, role or marker ("efforts supporting …"): nobody.
    NoCapital,
    /// A bare article or title before the cue: the nearest named source.
    BareDeterminer,
    /// A number, never a name; an age ("the 43-year-old") links like a role noun.
    Number,
    /// A pronoun the phrase ends on ("Like I said").
    TrailingPronoun,
    /// A lone capitalised word that only modifies a common noun ("some European capitals"):
    /// nobody.
    Modifier,
    /// A generic plural at the start of a sentence ("Others said"), or lower-case words for an
    /// unnamed number of people ("few believe", "not everyone is convinced"): an unnamed source.
    GenericPlural,
    /// A word capitalised only because it starts the sentence ("Today", "Incidentally"): nobody.
    SentenceInitialWord,
    /// A short name of someone named before ("Kim" after "Kim Tong Myong").
    KnownName,
    /// A new named source the registry does not know.
    NewName,
    /// The owner of a cue that is a noun ("his remarks", "Trump's assertion"): the possessive
    /// pronoun's antecedent or the name (decided before the chain).
    Possessor,
    // After the chain (see `find_source`).
    /// The words right before the cue name nobody, but the sentence's main clause opens on
    /// someone, whose verb or noun the cue is ("Trump has made several controversial
    /// statements", "Bolton distanced himself by saying").
    ClauseSubject,
    /// A description right before the cue that names nobody ("the judge said", "one longtime
    /// friend said", "public records show"): the named source a definite singular points back
    /// to, else an unnamed source.
    DescribedSpeaker,
    /// A description that names nobody but stands where a speaker would ("said the ad's
    /// narrator", "the members wrote"): an unnamed source.
    UnnamedDescription,
    // Decided for claims with no cue (see `classify`).
    /// A quotation with no attribution of its own continues the previous speaker's quote.
    QuoteContinuation,
    /// A claim in a speaker's turn (a transcript, a speech, a statement whose title names its
    /// speaker): the speaker's, whom the turn's label or the title named.
    SpeakerTurn,
    /// Agentless attribution language with no cue ("reportedly", "is expected to"): nobody.
    AgentlessMarker,
}

impl StepId {
    /// The step's stable name, as `slant explain` shows it.
    pub fn name(self) -> &'static str {
        match self {
            StepId::PassiveWithoutAgent => "passive_without_agent",
            StepId::NoSpeaker => "no_speaker",
            StepId::AnonymousMarker => "anonymous_marker",
            StepId::NoWords => "no_words",
            StepId::Pronoun => "pronoun",
            StepId::PossessiveDescription => "possessive_description",
            StepId::PollShare => "poll_share",
            StepId::PronounRepresentative => "pronoun_representative",
            StepId::UnnamedRole => "unnamed_role",
            StepId::RoleNoun => "role_noun",
            StepId::CapitalisedTitle => "capitalised_title",
            StepId::Registry => "registry",
            StepId::Document => "document",
            StepId::NoCapital => "no_capital",
            StepId::BareDeterminer => "bare_determiner",
            StepId::Number => "number",
            StepId::TrailingPronoun => "trailing_pronoun",
            StepId::Modifier => "modifier",
            StepId::GenericPlural => "generic_plural",
            StepId::SentenceInitialWord => "sentence_initial_word",
            StepId::KnownName => "known_name",
            StepId::NewName => "new_name",
            StepId::Possessor => "possessor",
            StepId::ClauseSubject => "clause_subject",
            StepId::DescribedSpeaker => "described_speaker",
            StepId::UnnamedDescription => "unnamed_description",
            StepId::QuoteContinuation => "quote_continuation",
            StepId::SpeakerTurn => "speaker_turn",
            StepId::AgentlessMarker => "agentless_marker",
        }
    }
}

/// Where the speaker phrase was found, relative to the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SpeakerAt {
    /// The subject before the cue ("Stoltenberg told", "…,” Kim said").
    BeforeCue,
    /// After the cue ("…,” said Kim", "according to Yonhap").
    AfterCue,
    /// The agent of a passive cue ("was stated by President Zelenskyy").
    PassiveAgent,
    /// A speaker label before a colon ("President Putin: …").
    ColonLabel,
    /// The speaker a document's title names ("Statement by President Joe Biden on …").
    Title,
}

impl SpeakerAt {
    pub fn name(self) -> &'static str {
        match self {
            SpeakerAt::BeforeCue => "before_cue",
            SpeakerAt::AfterCue => "after_cue",
            SpeakerAt::PassiveAgent => "passive_agent",
            SpeakerAt::ColonLabel => "colon_label",
            SpeakerAt::Title => "title",
        }
    }
}

/// Which step decided a claim's source, and where its speaker phrase stood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Step {
    pub id: StepId,
    pub speaker: Option<SpeakerAt>,
}

impl Step {
    /// The step's name ("registry", "pronoun", …).
    pub fn name(self) -> &'static str {
        self.id.name()
    }
}

impl std::fmt::Display for Step {
    /// "registry (speaker after_cue)".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id.name())?;
        if let Some(at) = self.speaker {
            write!(f, " (speaker {})", at.name())?;
        }
        Ok(())
    }
}

/// What a step decided: a source, or that nobody is named.
pub(super) enum Decision {
    Source(SourceRef),
    Nobody,
}

impl From<Option<SourceRef>> for Decision {
    fn from(s: Option<SourceRef>) -> Decision {
        s.map_or(Decision::Nobody, Decision::Source)
    }
}

/// A speaker phrase and what the steps read it with.
pub(super) struct Phrase<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    registry: &'a Registry,
    known: &'a KnownSources,
    /// The phrase's absolute range and text.
    span: Range<usize>,
    p: &'a str,
    /// Whether the phrase is a subject that ends on its head (not a clause before a colon).
    subject: bool,
    /// Word ranges (relative to `p`), the words, and the words in lower case.
    ranges: Vec<Range<usize>>,
    ws: Vec<&'a str>,
    lower: Vec<&'a str>,
    /// The name in the phrase and whether an office stands before it, computed when first asked.
    name: OnceCell<(String, bool)>,
}

/// Drops a clock time run into the word after it, or standing alone before a name, as text
/// scraped from a live blog runs a post's time into its heading ("10:01PMDonald Trump Wants …",
/// "8:38PM Rubio Thinks …", "At 11PM Abernathy told"): the words are "Donald", "Rubio",
/// "Abernathy".
fn drop_glued_clock_time(p: &str, ranges: &mut Vec<Range<usize>>) {
    let clock = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &w[digits..];
        ((1..=2).contains(&digits) && (rest.starts_with("AM") || rest.starts_with("PM")))
            .then(|| digits + 2)
    };
    let capitalised = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].starts_with(|c: char| c.is_ascii_lowercase())
    };
    for r in ranges.iter_mut() {
        let w = &p[r.clone()];
        if let Some(n) = clock(w).filter(|&n| capitalised(&w[n..])) {
            r.start += n;
        }
    }
    // (Also after the preposition that opens the sentence: "At 11PM Abernathy told reporters".)
    let at = usize::from(ranges.len() >= 3 && matches!(&p[ranges[0].clone()], "At" | "By"));
    if ranges.len() >= at + 2
        && clock(&p[ranges[at].clone()]) == Some(ranges[at].len())
        && capitalised(&p[ranges[at + 1].clone()])
    {
        ranges.drain(..=at);
    }
}

/// Joins a web domain's parts into one word: "Secunia.com", "Amazon.com", "Daft.ie",
/// "PowerOutage.us" name an organisation as one word does, where the full stop would split them
/// into "Secunia" and a lower-case "com".
fn join_domain_names(p: &str, ranges: &mut Vec<Range<usize>>) {
    #[rustfmt::skip]
    const ENDINGS: [&str; 24] = [
        "com", "org", "net", "gov", "edu", "io", "info", "tv", "fyi", "ai", "co",
        // Countries' endings ("Daft.ie", "PowerOutage.us", "bbc.co.uk").
        "ie", "us", "uk", "ca", "au", "nz", "de", "fr", "eu", "za", "ng", "ph", "in",
    ];
    let mut i = 1;
    while i < ranges.len() {
        let (prev, cur) = (ranges[i - 1].clone(), ranges[i].clone());
        if prev.end + 1 == cur.start
            && p.as_bytes()[prev.end] == b'.'
            && ENDINGS.contains(&&p[cur.clone()])
        {
            ranges[i - 1] = prev.start..cur.end;
            ranges.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Leaves out what follows a plural subject before its cue: a time ("Ukrainian commanders have
/// for months complained") and a participle that describes it ("Nurses interviewed on the
/// picket line said", the phrase cut before its object).
fn drop_trailing_modifiers(p: &str, lex: &Lexicon, ranges: &mut Vec<Range<usize>>) {
    let w = |r: &Range<usize>| &p[r.clone()];
    let n = ranges.len();
    if n >= 3
        && w(&ranges[n - 2]) == "for"
        && matches!(
            w(&ranges[n - 1]),
            "months" | "weeks" | "years" | "days" | "decades" | "hours"
        )
    {
        ranges.truncate(n - 2);
    }
    let n = ranges.len();
    if n == 2 {
        let (head, last) = (w(&ranges[0]), w(&ranges[1]));
        let people = |h: &str| {
            let h = h.to_ascii_lowercase();
            lex.is_role_noun(&h)
                || h.strip_suffix('s').is_some_and(|one| lex.is_role_noun(one))
                || lex.generic_plurals.contains(&h)
        };
        if head.len() > 3
            && head.ends_with('s')
            && !head.ends_with("ss")
            && people(head)
            && last.len() > 4
            && last.ends_with("ed")
            && last.bytes().all(|b| b.is_ascii_lowercase())
        {
            ranges.truncate(1);
        }
    }
}

/// Leaves out the words in brackets: a party and state ("Rep. Tony Gonzales (R-TX)") or an
/// acronym ("the Islamic Revolutionary Guard Corps (IRGC)") is no part of the name before it.
fn drop_bracketed(p: &str, ranges: &mut Vec<Range<usize>>) {
    let mut at = 0;
    while let Some(i) = p[at..].find('(') {
        let open = at + i;
        let close = p[open..].find(')').map_or(p.len(), |i| open + i);
        ranges.retain(|r| r.end <= open || r.start > close);
        at = close + 1;
        if at >= p.len() {
            break;
        }
    }
}

/// A step: decides, or passes (None) to the next.
type StepFn = fn(&Phrase) -> Option<Decision>;

/// The chain, in order: the first step that decides wins.
const STEPS: &[(StepId, StepFn)] = &[
    (StepId::NoWords, no_words),
    (StepId::Pronoun, pronoun),
    (StepId::PossessiveDescription, possessive_description),
    (StepId::PollShare, poll_share),
    (StepId::PronounRepresentative, pronoun_representative),
    (StepId::Document, report_in_an_outlet),
    (StepId::GenericPlural, members_of),
    (StepId::UnnamedRole, unnamed_role),
    (StepId::RoleNoun, apposed_name),
    (StepId::RoleNoun, office_of_a_place),
    (StepId::RoleNoun, role_noun),
    (StepId::RoleNoun, nationality_noun),
    (StepId::CapitalisedTitle, capitalised_title),
    (StepId::Document, documents_had_by),
    (StepId::Registry, registry_entry),
    (StepId::GenericPlural, unnamed_people),
    (StepId::GenericPlural, one_of_them),
    (StepId::Document, document),
    (StepId::NoCapital, no_capital),
    (StepId::BareDeterminer, bare_determiner),
    (StepId::Number, number),
    (StepId::TrailingPronoun, trailing_pronoun),
    (StepId::Modifier, modifier),
    (StepId::GenericPlural, generic_plural),
    (StepId::SentenceInitialWord, sentence_initial_word),
    (StepId::RoleNoun, place_and_noun),
    (StepId::KnownName, known_name),
    (StepId::NewName, new_name),
];

/// Where a person's name ends when the phrase goes on to describe their employer in lower case
/// ("John Robinson of the weather service's Little Rock office", "Maria Lopez of the bank's
/// Chicago branch"): after two capitalised words or more, "of the" (or "a", "an") and a word in
/// lower case. Not an institution's "of" phrase ("Department of the Interior").
fn name_before_employer(p: &str, ranges: &[Range<usize>]) -> Option<usize> {
    let w = |i: usize| &p[ranges[i].clone()];
    let k = (0..ranges.len()).find(|&i| !starts_upper(w(i)))?;
    (k >= 2
        && k + 2 < ranges.len()
        && w(k) == "of"
        && matches!(w(k + 1), "the" | "a" | "an")
        && starts_lower(w(k + 2)))
    .then(|| ranges[k - 1].end)
}

/// Turns a speaker phrase into a source (or nobody) by the first step of [`STEPS`] that decides,
/// and names that step.
pub(super) fn resolve(
    text: &str,
    lex: &Lexicon,
    phrase: Range<usize>,
    subject: bool,
    registry: &Registry,
    known: &KnownSources,
) -> (Option<SourceRef>, StepId) {
    let p = &text[phrase.clone()];
    // Room for a word in every five bytes, so the list is seldom grown.
    let mut ranges = Vec::with_capacity(p.len() / 5 + 1);
    ranges.extend(words::words(p));
    // A reflexive after the subject only stresses who ("The president himself responded").
    if let [.., before, last] = &ranges[..] {
        if matches!(
            &p[last.clone()],
            "himself" | "herself" | "themselves" | "itself"
        ) {
            let subject_only = phrase.start..phrase.start + before.end;
            return resolve(text, lex, subject_only, subject, registry, known);
        }
    }
    if let Some(end) = name_before_employer(p, &ranges) {
        let name = phrase.start..phrase.start + end;
        return resolve(text, lex, name, subject, registry, known);
    }
    // People counted with a bound ("At least one GOP insider", "More than a dozen officials"):
    // the people counted, unnamed, the bound and all.
    if let Some((count_at, _)) = after_count(p).filter(|&(bound, _)| bound > 0) {
        // (The count and what it counts: "one insider" of "At least one insider".)
        let rest = &p[count_at..];
        let counted = phrase.end - rest.len()..phrase.end;
        if let (Some(s), id) = resolve(text, lex, counted.clone(), subject, registry, known) {
            if s.is_anonymous() && s.span.start == counted.start {
                return (Some(anon_source(text, phrase.start..s.span.end)), id);
            }
        }
        // (People or institutions counted that the phrase alone leaves to other steps: "At
        // least one person familiar with the talks", "At least three hospitals in the region",
        // "At least one of the suspects".)
        let mut ws = rest.split(' ').skip(1);
        let head = match ws.next() {
            Some("dozen" | "hundred" | "thousand") => ws.next(),
            w => w,
        }
        .unwrap_or("")
        .trim_end_matches([',', '.', ';', ':'])
        .to_lowercase();
        let one = crate::text::singular(&head).unwrap_or_else(|| head.clone());
        if matches!(head.as_str(), "person" | "people" | "of")
            || lex.is_role_noun(&one)
            || lex.institution_roles.contains(&one)
            || lex.organisation_words.contains(&one)
        {
            // The counted words up to a preposition, a relative pronoun or a verb ("about 100
            // military families" of "about 100 military families gathered to express"), or on
            // through "of" ("at least one of the suspects").
            let stop = |w: &str| {
                matches!(
                    w,
                    "with"
                        | "in"
                        | "on"
                        | "at"
                        | "from"
                        | "for"
                        | "to"
                        | "by"
                        | "who"
                        | "that"
                        | "which"
                        | "familiar"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                ) || super::subject::is_past_or_copula(w)
            };
            let counted_end = if head == "of" {
                p.trim_end_matches([',', ' ']).len()
            } else {
                let (mut at, mut end) = (p.len() - rest.len(), 0);
                for (i, w) in rest.split(' ').enumerate() {
                    let word = w.trim_end_matches([',', '.', ';', ':']);
                    if i > 0 && (word.is_empty() || stop(&word.to_lowercase())) {
                        break;
                    }
                    end = at + word.len();
                    at += w.len() + 1;
                }
                end
            };
            let end = phrase.start + counted_end;
            return (Some(anon_source(text, phrase.start..end)), StepId::Number);
        }
    }
    join_domain_names(p, &mut ranges);
    drop_glued_clock_time(p, &mut ranges);
    drop_bracketed(p, &mut ranges);
    drop_trailing_modifiers(p, lex, &mut ranges);
    let ws: Vec<&str> = ranges.iter().map(|w| &p[w.clone()]).collect();
    // The words in lower case (each as `lowercase` writes it), written into one buffer.
    let mut lowered = String::with_capacity(p.len());
    let mut ends = Vec::with_capacity(ws.len());
    for w in &ws {
        if w.is_ascii() {
            let start = lowered.len();
            lowered.push_str(w);
            lowered[start..].make_ascii_lowercase();
        } else {
            lowered.push_str(&w.to_lowercase());
        }
        ends.push(lowered.len());
    }
    let mut start = 0;
    let lower: Vec<&str> = ends
        .iter()
        .map(|&end| {
            let w = &lowered[start..end];
            start = end;
            w
        })
        .collect();
    let ph = Phrase {
        text,
        lex,
        registry,
        known,
        span: phrase,
        p,
        subject,
        ranges,
        ws,
        lower,
        name: OnceCell::new(),
    };
    for (id, step) in STEPS {
        if let Some(d) = step(&ph) {
            return match d {
                Decision::Source(s) => (Some(s), *id),
                Decision::Nobody => (None, *id),
            };
        }
    }
    unreachable!("the last step always decides")
}

impl Phrase<'_> {
    /// A possessive: "Biden's", or "Thomas'" (whose apostrophe the word split leaves outside).
    fn possessive(&self, i: usize) -> bool {
        let w = self.ws[i];
        crate::text::is_possessive(w)
            || (w.ends_with('s') && self.p[self.ranges[i].end..].starts_with(['\'', '’']))
    }

    /// The line the phrase stands in (a headline is one).
    fn line(&self) -> Range<usize> {
        let t = self.text.as_bytes();
        let start = memchr::memrchr(b'\n', &t[..self.span.start]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &t[self.span.end..]).map_or(t.len(), |i| self.span.end + i);
        start..end
    }

    /// Whether the phrase opens a sentence, a paragraph or a quotation, where its first word is
    /// capitalised whatever it is.
    /// Whether word `at` is a document and the word after it a past participle describing it
    /// ("documents filed in court", "records obtained under a public records request"; not
    /// "closed", "opened").
    fn document_described(&self, at: usize) -> bool {
        self.lower
            .get(at + 1)
            .is_some_and(|p| p.len() > 4 && p.ends_with("ed") && !matches!(*p, "closed" | "opened"))
            && self.lex.is_document(self.lower[at])
    }

    fn opens_sentence(&self) -> bool {
        let before = self.text[..self.span.start].trim_end_matches([' ', '"', '“', '‘', '\'']);
        before
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':'))
            // (Or right after a dateline: "Belgrade (AFP) - Police said".)
            || (before.ends_with(['-', '—', '–']) && {
                let line = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
                let end = memchr::memchr(b'\n', &self.text.as_bytes()[line..])
                    .map_or(self.text.len(), |i| line + i);
                crate::article::dateline_len(&self.text[line..end])
                    == Some(self.span.start - line)
            })
    }

    /// The named source a pronoun points to, as reached through this phrase.
    fn link(&self, pronoun: &str) -> Option<SourceRef> {
        self.known
            .antecedent(self.text, self.lex, pronoun, self.span.start)
            .map(|k| SourceRef {
                span: self.span.clone(),
                linked: true,
                ..k
            })
    }

    /// A pronoun as a source: "I", "we" and "you" are the writer, speaker or reader (or the
    /// transcript's speaker), never the person named last; others link to the nearest fitting
    /// named source, or are an unnamed source.
    fn pronoun_source(&self, pronoun: &str) -> SourceRef {
        if is_first_or_second_person(pronoun) {
            return first_person(self.known, pronoun, self.span.clone());
        }
        self.link(pronoun)
            .unwrap_or_else(|| unresolved_pronoun(pronoun, self.span.clone()))
    }

    fn anonymous(&self) -> SourceRef {
        anon_source(self.text, self.span.clone())
    }

    /// The phrase's last word in lower case ("" for none).
    fn head(&self) -> &str {
        self.lower.last().copied().unwrap_or("")
    }

    /// How many words the phrase has without the adverbs and auxiliaries after its head ("a
    /// teacher mistakenly", "the judge has also"): at least one.
    fn len_to_head(&self) -> usize {
        let trailing = self
            .lower
            .get(1..)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|w| self.lex.may_follow_subject(w))
            .count();
        self.lower.len() - trailing
    }

    /// "NATO Secretary General Jens Stoltenberg": the name without offices and affiliation, and
    /// whether an office stands before it.
    /// In a title-case line, where capitals say nothing, a run of three words or more is cut to
    /// the longest tail the article writes elsewhere ("9 (More) Offensive Things Donald Trump Has
    /// Said" names Donald Trump when the article does; "Benghazi Widow Dorothy Woods" is Dorothy
    /// Woods).
    fn name(&self) -> &(String, bool) {
        self.name.get_or_init(|| {
            // The line the phrase stands in (a headline is one); a long one is prose.
            let line = std::cell::OnceCell::new();
            let line = || line.get_or_init(|| self.line());
            let title_case = || crate::text::in_title_case_line(self.text, &self.span);
            // (A word's offset in the phrase, for the character after it: every word is a
            // slice of it.)
            let apostrophe_after = |w: &str| {
                (w.as_ptr() as usize)
                    .checked_sub(self.p.as_ptr() as usize)
                    .and_then(|at| at.checked_add(w.len()))
                    .and_then(|end| self.p.get(end..))
                    .is_some_and(|rest| rest.starts_with(['\'', '’']))
            };
            let (name, titled) = name_in_phrase(
                self.lex,
                &self.ws,
                title_case,
                !self.subject,
                apostrophe_after,
            );
            // Words joined by "&" are one ("PG&E", "AT&T", "S&P Global"), not "PG E".
            let name = if self.p.contains('&') {
                join_ampersands(self.p, &name)
            } else {
                name
            };
            // A president's administration is a body, named so ("The Obama administration has
            // said" is the Obama administration, not the person).
            let last = name.rsplit(' ').next().unwrap_or("");
            // (Only as the head of the phrase, a verb or nothing after it: not "former George W.
            // Bush administration big shots".)
            // (The name itself, whole, right before it, opening the phrase: not "Barack Obama,
            // then nearing the end of the Obama administration, said".)
            let name_words: Vec<&str> = name.split(' ').collect();
            let administration = !last.is_empty()
                && !name.contains(" and ")
                && self.ws.windows(2).enumerate().any(|(k, w)| {
                    w[0] == last
                        && k + 1 >= name_words.len()
                        && self.ws[k + 1 - name_words.len()..=k] == name_words[..]
                        && (k + 1 == name_words.len()
                            || (k == name_words.len() && self.lower[0] == "the"))
                        && (w[1] == "administration" || w[1] == "Administration")
                        && self.lower.get(k + 2).is_none_or(|next| {
                            self.lex.may_follow_subject(next)
                                || super::subject::is_past_or_copula(next)
                                || *next == "found"
                        })
                });
            let name = if administration {
                format!("{name} administration")
            } else {
                name
            };
            let words: Vec<&str> = name.split(' ').collect();
            if words.len() < 3 || !title_case() {
                return (name, titled);
            }
            // The whole name is compared in ASCII lower case (the body writes "Bank of America"
            // for the headline's "Bank Of America", which then stays whole), a tail as written
            // ("things Donald Trump has said" is no name "Things Donald Trump").
            let lower = self.text.to_ascii_lowercase();
            let elsewhere = |hay: &str, tail: &str| {
                memchr::memmem::find_iter(hay.as_bytes(), tail).any(|at| {
                    !line().contains(&at)
                        && !hay[..at].ends_with(char::is_alphanumeric)
                        && !hay[at + tail.len()..].starts_with(char::is_alphanumeric)
                })
            };
            if elsewhere(&lower, &name.to_ascii_lowercase()) {
                return (name, titled);
            }
            let tail = (1..words.len())
                .filter(|&k| !is_function_word(words[k]))
                .map(|k| words[k..].join(" "))
                .find(|tail| elsewhere(self.text, tail));
            (tail.unwrap_or(name), titled)
        })
    }
}

/// `name` (words of `phrase` joined by spaces, single letters as initials) with the words
/// `phrase` joins by "&" joined so again: "PG&E" for "PG E", "S&P Global" for "S.P. Global".
fn join_ampersands(phrase: &str, name: &str) -> String {
    let mut out = name.to_string();
    for (i, _) in phrase.match_indices('&') {
        // "Pacific Gas & Electric", "Harwick & Lowe": spaced, the "&" stays spaced.
        let spaced = phrase[..i].ends_with(' ') && phrase[i + 1..].starts_with(' ');
        let left = phrase[..i]
            .trim_end_matches(|c| spaced && c == ' ')
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let right = phrase[i + 1..]
            .trim_start_matches(|c| spaced && c == ' ')
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if left.is_empty() || right.is_empty() {
            continue;
        }
        let joined = if spaced {
            format!("{left} & {right}")
        } else {
            format!("{left}&{right}")
        };
        for written in [format!("{left} {right}"), format!("{left}.{right}.")] {
            if out.contains(&written) {
                out = out.replacen(&written, &joined, 1);
                break;
            }
        }
    }
    out
}

/// The phrase has no words (only punctuation): nobody.
fn no_words(ph: &Phrase) -> Option<Decision> {
    ph.ws.is_empty().then_some(Decision::Nobody)
}

/// A pronoun ("We’ve" counts as "we"), possibly followed by adverbs the subject search kept ("he
/// bizarrely"). "I", "we" and "you" in the outlet's own words are its writer, speaker or reader,
/// never the person named last ("Lenin criticised this plan. … I am not trying to put the blame
/// on anyone" is not Lenin).
fn pronoun(ph: &Phrase) -> Option<Decision> {
    let first = ph.lower[0].split(['’', '\'']).next().unwrap_or("");
    // An object after "according to" stands for its subject form ("according to him").
    let first = match first {
        "him" if ph.lower.len() == 1 => "he",
        "her" if ph.lower.len() == 1 => "she",
        "them" if ph.lower.len() == 1 => "they",
        w => w,
    };
    let pronoun_only = ph.lex.pronouns.contains(first)
        && ph.lower[1..].iter().all(|w| ph.lex.may_follow_subject(w));
    // "It is hard to say", "It's worth noting", "It seems unfair to tell": an "it" of a copula
    // stands for nobody; the cue hangs on the words after it.
    if pronoun_only && expletive_it(ph) {
        return Some(Decision::Nobody);
    }
    pronoun_only.then(|| Decision::Source(ph.pronoun_source(first)))
}

/// "It is hard to say", "It's worth noting", "It seems unfair to tell": a phrase opening on the
/// "it" of a copula before an adjective stands for nobody; the cue hangs on the words after it
/// ("It is the largest shareholder … and said" is the company's).
fn expletive_it(ph: &Phrase) -> bool {
    let Some(first) = ph.lower.first().copied() else {
        return false;
    };
    // Not when a name follows ("It’s a dynamic Greenberg said could …": Greenberg's cue).
    if !matches!(first, "it" | "it's" | "it’s") || ph.ws.iter().skip(1).any(|w| starts_upper(w)) {
        return false;
    }
    let after_it = ph.span.start + ph.ranges[0].end;
    let mut next = ph.text[after_it..].split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    });
    if first == "it" {
        match next.next().as_deref() {
            // "It seems unfair", "It appears that"; not "It appeared to acknowledge".
            Some("seems" | "seemed" | "appears" | "appeared") => {
                return next.next().is_some_and(|w| w != "to")
            }
            Some("is" | "was") => {}
            _ => return false,
        }
    }
    let Some(complement) = next.find(|w| {
        !matches!(
            w.as_str(),
            "still" | "virtually" | "also" | "not" | "almost" | "just"
        )
    }) else {
        return false;
    };
    let after = next.next().unwrap_or_default();
    match complement.as_str() {
        // "It is likely that", "It is not clear whether", "it is virtually certain he will";
        // not "It is likely to announce", "It was clear in warning".
        "likely" | "unlikely" | "certain" | "uncertain" | "clear" | "unclear" => !matches!(
            after.as_str(),
            "" | "to" | "in" | "on" | "about" | "for" | "with" | "at" | "from" | "of" | "and"
        ),
        // "It's no exaggeration", "It is no secret"; not "It is no longer pursuing".
        "no" => matches!(
            after.as_str(),
            "exaggeration"
                | "secret"
                | "surprise"
                | "wonder"
                | "coincidence"
                | "accident"
                | "doubt"
        ),
        w => EXPLETIVE_COMPLEMENTS.contains(&w),
    }
}

/// What follows "it is" when the "it" stands for nothing ("It is hard to say", "It's worth
/// noting", "It is too soon to say", "It's no exaggeration to call").
#[rustfmt::skip]
const EXPLETIVE_COMPLEMENTS: &[&str] = &[
    "hard", "easy", "difficult", "possible", "impossible", "true", "worth", "too", "doubtful",
    "fair", "unfair", "important", "safe",
    "interesting", "notable", "ironic", "odd", "strange", "telling", "striking", "remarkable",
    "time", "legitimate", "implied", "understood",
];

/// "Thomas' sister", "the report's authors", "the company's lawyer": a person described through
/// someone else is neither that someone nor the last person named; the description is the name.
/// A representative of a named principal ("Russia's envoy", "Biden's spokesman") speaks for the
/// principal and is left to the steps below.
fn possessive_description(ph: &Phrase) -> Option<Decision> {
    let (ws, lower, lex) = (&ph.ws, &ph.lower, ph.lex);
    let i = (0..ws.len()).rev().find(|&i| ph.possessive(i))?;
    let from = usize::from(matches!(lower[0], "the" | "a" | "an"));
    let owner = &ws[from.min(i)..=i];
    let owner_named = owner.iter().all(|w| starts_upper(w));
    let owner_common = from == 1 && i == 1 && !starts_upper(ws[1]);
    let described = &lower[i + 1..];
    let head = described.last().copied().unwrap_or("");
    // A description a named source was introduced with ("Dr Amira Solberg, an ecologist at the
    // University of Bergen and the study's lead author, … The study's lead author cautioned"):
    // that source.
    if lower[0] == "the" && i == 1 && !described.is_empty() && ph.lower.len() <= 5 {
        let words = ph.p[ph.ranges[0].start..].to_lowercase();
        if let Some(k) = ph.known.set_off_with(ph.text, &words) {
            return Some(Decision::Source(SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k.clone()
            }));
        }
    }
    // A country's or a person's party or movement described in lower case is unnamed, not its
    // owner ("Zambia's main opposition party said").
    if owner_named
        && from == 0
        && i == 0
        && (1..=3).contains(&described.len())
        && ws[1..].iter().all(|w| starts_lower(w))
        && matches!(
            head,
            "party" | "opposition" | "coalition" | "movement" | "rebels" | "separatists"
        )
    {
        return Some(Decision::Source(ph.anonymous()));
    }
    let fits = (1..=3).contains(&described.len())
        && ws[i + 1..].iter().all(|w| !starts_upper(w))
        && !described
            .iter()
            .any(|w| lex.subject_starts.contains(w) || matches!(*w, "of" | "to" | "the" | "a"))
        && !lex
            .pronouns
            .contains(lower[i].split(['\'', '’']).next().unwrap_or(""))
        && (owner_named || owner_common)
        && (lex.associates.contains(head)
            || (owner_common
                && (lex.is_role_noun(head)
                    || lex.offices.contains(head)
                    || lex.documents.contains(head))));
    // A named owner's document, or decision, is the owner's ("According to the Commission's
    // decision" after "The European Commission said" is the European Union's).
    let documents_of_named = owner_named
        && i + 1 < ws.len()
        && ws[i + 1..].iter().all(|w| starts_lower(w))
        && (lex.documents.contains(head) || head == "decision");
    if from <= i && documents_of_named {
        let w = ws[i];
        let owner_len = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
            .len();
        let owner =
            ph.span.start + ph.ranges[0].start..ph.span.start + ph.ranges[i].start + owner_len;
        if let (Some(k), id) = resolve(ph.text, lex, owner, true, ph.registry, ph.known) {
            // (An organisation's word alone, never named: "According to the Commission's
            // decision" with no commission named before is an unnamed source.)
            let bare_word = id == StepId::NewName
                && !k.name.contains(' ')
                && lex
                    .organisation_words
                    .contains_lower(&k.name.to_lowercase());
            return Some(Decision::Source(if bare_word {
                ph.anonymous()
            } else {
                SourceRef {
                    span: ph.span.clone(),
                    ..k
                }
            }));
        }
    }
    // An organisation's document, the organisation's word owning it, is the organisation named
    // with that word ("The Bank of Ardenia cut rates … The bank's quarterly financial stability
    // report found" is the Bank of Ardenia).
    let owner_word = lower[i].trim_end_matches(['s', '\'', '’']);
    if owner_common
        && described.len() <= 5
        && ws[i + 1..].iter().all(|w| starts_lower(w))
        && lex.documents.contains(head)
        && lex.organisation_words.contains(owner_word)
    {
        if let Some(k) = ph
            .known
            .organisation_antecedent(ph.text, lex, owner_word, ph.span.clone())
        {
            return Some(Decision::Source(SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k
            }));
        }
    }
    if !(from <= i && fits) {
        return None;
    }
    // An institution's document is the institution's, when one was named ("Northern Gateway
    // Ports, which runs the terminals, said … The company's annual report shows"), else an
    // unnamed source.
    let institution =
        lex.institution_roles.contains(owner_word) || BUSINESS_ROLES.contains(&owner_word);
    if owner_common && institution && lex.documents.contains(head) {
        let issuer = ph
            .known
            .antecedent_for_role(ph.text, lex, owner_word, "it", ph.span.start);
        return Some(Decision::Source(match issuer {
            Some(k) => SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k
            },
            None => ph.anonymous(),
        }));
    }
    // Described through a common noun, nobody is named ("the report's authors"); but the office
    // or spokesman of an office held by someone named speaks for them ("Sheriff Linda Tran said …
    // the sheriff's office said" is Linda Tran, as "Biden's spokesman" is Biden).
    if owner_common {
        let represents = head == "office"
            || lex.representatives.contains(head)
            || matches!(head, "spokesman" | "spokeswoman" | "spokesperson");
        let holder = (represents && lex.offices.contains(owner_word))
            .then(|| ph.known.only_holder_of(ph.text, owner_word, ph.span.start))
            .flatten();
        return Some(Decision::Source(match holder {
            Some(k) => SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k.clone()
            },
            None => ph.anonymous(),
        }));
    }
    Some({
        Decision::Source(SourceRef {
            name: ph.p[ph.ranges[from].start..ph.ranges[ws.len() - 1].end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            span: ph.span.clone(),
            kind: SourceKind::Unregistered,
            linked: false,
        })
    })
}

/// A share of people polled ("About three in 10 said", "52 percent say"): unnamed respondents.
fn poll_share(ph: &Phrase) -> Option<Decision> {
    let share = ph
        .lower
        .windows(2)
        .any(|w| w[0] == "in" && matches!(w[1], "10" | "ten"))
        || ph.lower.iter().any(|w| matches!(*w, "percent" | "%"));
    share.then(|| Decision::Source(ph.anonymous()))
}

/// A business the narration named that `role` stands for ("Tata Motors is recalling 12,000
/// vans. The company said"), or a body it set beside a description ending on the role
/// ("Harwick & Lowe, a British home-goods retailer,"; for a business's role, any business's
/// description: "Halvorsen Group, an Oslo-based investment firm").
fn business_in_narration(ph: &Phrase, role: &str) -> Option<SourceRef> {
    BUSINESS_ROLES
        .contains(&role)
        .then(|| business_mentioned(ph.text, ph.span.start))
        .flatten()
        .or_else(|| described_in_apposition(ph.text, ph.span.start, role))
        .map(|name| SourceRef {
            name,
            span: ph.span.clone(),
            kind: SourceKind::Unregistered,
            linked: true,
        })
}

/// How far back (bytes) a relative's word looks for the name set off after it.
const RELATIVE_LOOKBACK_BYTES: usize = 20_000;

/// The full name (two words or more, as [`super::subject::name_set_off_after`] reads one) set off
/// after "`head`, " in `before` ("a daughter, Sigrid Lunde, and"), when every such phrase there
/// sets off the same name ("Another daughter, Eva Lunde, died in 2010" after it makes "her
/// daughter" either).
fn relative_named_in(before: &str, lex: &Lexicon, head: &str) -> Option<String> {
    let pattern = format!("{head}, ");
    let mut found: Option<&str> = None;
    for at in memchr::memmem::find_iter(before.as_bytes(), pattern.as_bytes()) {
        // (A whole word: not "granddaughter, …" for "daughter".)
        if before[..at].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let Some(name) =
            super::subject::name_set_off_after(before, lex, at + head.len(), before.len())
                .map(|r| &before[r])
                .filter(|n| n.contains(' ') && !n.ends_with('.'))
        else {
            continue;
        };
        match found {
            Some(f) if f != name => return None,
            _ => found = Some(name),
        }
    }
    found.map(str::to_string)
}

/// "His campaign", "her spokeswoman", "their aides": a representative (a role noun or one of the
/// lexicon's `representatives`) of someone a pronoun points to speaks for that someone, as
/// "Biden's spokesman" speaks for Biden; with nobody to point to, an unnamed source.
fn pronoun_representative(ph: &Phrase) -> Option<Decision> {
    let ws = &ph.ws;
    let pronoun = match ph.lower[0] {
        "his" => "he",
        "her" => "she",
        "its" => "it",
        "their" => "they",
        _ => return None,
    };
    let head = ph.head();
    // A relative or friend the text introduced with the same words before ("The cause was
    // pneumonia, her daughter, Naomi Lang, said. … Her daughter said"): that person.
    if ws.len() == 2 && ph.lex.associates.contains(head) {
        // (The last few pages only: an article of many such phrases stays linear.)
        let from = floor_char_boundary(
            ph.text,
            ph.span.start.saturating_sub(RELATIVE_LOOKBACK_BYTES),
        );
        let before = &ph.text[from..ph.span.start];
        let introduced = |k: &&SourceRef| {
            memchr::memmem::find(before.as_bytes(), format!("{head}, {}", k.name).as_bytes())
                .is_some()
        };
        if let Some(k) = ph.known.named.iter().rev().find(introduced) {
            return Some(Decision::Source(SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k.clone()
            }));
        }
        // … or in the narration only ("she is survived by a daughter, Sigrid Lunde, and five
        // grandchildren. … Her daughter said"): the full name set off there.
        if let Some(name) = relative_named_in(before, ph.lex, head) {
            return Some(Decision::Source(SourceRef {
                name,
                span: ph.span.clone(),
                kind: SourceKind::Unregistered,
                linked: true,
            }));
        }
    }
    // (A document may be described at more length: "its most recent annual report".)
    let longest = if ph.lex.documents.contains(head) {
        6
    } else {
        4
    };
    if !(2..=longest).contains(&ws.len()) {
        return None;
    }
    // A role in the plural too ("his lawyers", as "his lawyer").
    let role = |w: &str| ph.lex.is_role_noun(w) || ph.lex.representatives.contains(w);
    // Or a document of theirs ("Its analysis found", "Their survey shows").
    let representative =
        role(head) || head.strip_suffix('s').is_some_and(role) || ph.lex.documents.contains(head);
    // (A year may date it, "Her 1987 paper showing"; an acronym name it, "its FEC reports".)
    let lower_or_year = |w: &&str| {
        starts_lower(w)
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            || ((2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()))
    };
    if !(representative && ws[1..].iter().all(lower_or_year)) {
        return None;
    }
    // "Its" after an unnamed institution in the same sentence is that institution's ("The
    // council's answer is a network of tanks that its consultants say …"), not one named before.
    if pronoun == "it" {
        let sentence = &ph.text[sentence_start(ph.text, ph.span.start)..ph.span.start];
        let words: Vec<&str> = sentence
            .split_whitespace()
            .map(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
                w.strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w)
            })
            .collect();
        let institution_word = words.windows(2).find_map(|p| {
            (p[0].eq_ignore_ascii_case("the")
                && (ph.lex.institution_roles.contains_lower(p[1])
                    || ph.lex.organisation_words.contains_lower(p[1])))
            .then_some(p[1])
        });
        if let Some(word) = institution_word {
            // (That institution is one named before with the word in its name, else one the
            // text mentioned so: "The Bureau of Land Management said … The bureau manages …,
            // according to its most recent annual report.")
            let named = ph.known.named.iter().rev().find(|k| {
                k.name
                    .split(' ')
                    .any(|w| w.eq_ignore_ascii_case(word) && starts_upper(w))
            });
            let found = named.cloned().or_else(|| {
                let word = word.to_ascii_lowercase();
                super::known::mentioned_organisation(ph.text, ph.lex, &word, ph.span.clone())
            });
            return Some(Decision::Source(found.map_or_else(
                || ph.anonymous(),
                |k| SourceRef {
                    span: ph.span.clone(),
                    linked: true,
                    ..k
                },
            )));
        }
    }
    // "His campaign" after the same sentence gave a person's ("Blumenthal's campaign disputed
    // …, according to his campaign"): that person, not the one named last.
    if matches!(pronoun, "he" | "she") {
        if let Some(k) = owner_of_the_same(ph, pronoun, head) {
            return Some(Decision::Source(k));
        }
    }
    Some(Decision::Source(
        ph.link(pronoun).unwrap_or_else(|| ph.anonymous()),
    ))
}

/// Where the sentence holding byte `at` of `text` starts, looking back at most 400 bytes: after
/// the last line break, "?", "!" or full stop that follows no abbreviation or initial ("Mr.
/// Trump's lawyer met Mr. Cohen").
fn sentence_start(text: &str, at: usize) -> usize {
    let window = floor_char_boundary(text, at.saturating_sub(400));
    let before = &text[window..at];
    let mut end = before.len();
    while let Some(i) = before[..end].rfind(['.', '\n', '?', '!']) {
        let word = before[..i]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
            .next()
            .unwrap_or("");
        if before.as_bytes()[i] != b'.'
            || !(word.len() == 1 || crate::article::sentences::is_abbreviation(word))
        {
            return window + i + 1;
        }
        end = i;
    }
    window
}

/// The person whose `head` ("campaign", "lawyer") the sentence before `ph` gave with a name's
/// possessive ("Blumenthal's campaign", "Sen. Amy Klobuchar's office"), when `pronoun` may
/// stand for them.
fn owner_of_the_same(ph: &Phrase, pronoun: &str, head: &str) -> Option<SourceRef> {
    let from = sentence_start(ph.text, ph.span.start);
    let sentence = &ph.text[from..ph.span.start];
    // The capitalised words before a possessive of `head` ("Blumenthal's campaign"): one owner
    // only (two owners leave "his" open).
    let mut owners = ["'s ", "’s "].iter().flat_map(|mark| {
        sentence.match_indices(mark).filter_map(move |(at, _)| {
            let after = &sentence[at + mark.len()..];
            let noun = after.split([' ', ',']).next().unwrap_or("");
            if !noun.eq_ignore_ascii_case(head) {
                return None;
            }
            let name_start = sentence[..at]
                .split(' ')
                .rev()
                .take_while(|w| starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || c == '.'))
                .map(|w| w.len() + 1)
                .sum::<usize>();
            (name_start > 0).then(|| from + at + 1 - name_start..from + at)
        })
    });
    let (Some(owner), None) = (owners.next(), owners.next()) else {
        return None;
    };
    let g = match pronoun {
        "he" => Gender::Male,
        _ => Gender::Female,
    };
    // Not an owner inside a quotation, whose words may be someone else's ("“We know Trump's
    // lawyer lied,” his lawyer said"), nor with someone between that "his" may stand for
    // instead ("Smith's lawyer called him on Monday, his lawyer said").
    let lead = &ph.text[from..owner.start];
    let open = lead.matches('"').count() % 2 == 1 || lead.rfind('“') > lead.rfind('”');
    let between = &ph.text[owner.end..ph.span.start];
    // (An object pronoun; a subject one is most often the owner: "Gov. Ann Cole's office said
    // she had done nothing wrong, according to her office".)
    let other = |w: &str| match g {
        Gender::Male => matches!(w, "him" | "himself"),
        _ => w == "herself",
    };
    if open || words::words(between).any(|w| other(&lowercase(&between[w]))) {
        return None;
    }
    // A person, as a title, a first name or an earlier mention tells it (not "Microsoft's
    // lawyer"); of the pronoun's gender ("his campaign" is not "Ms. Roe's campaign").
    let titled = super::title_gender(ph.text, ph.lex, &owner);
    if !titled.fits(g) {
        return None;
    }
    let first = ph.text[owner.clone()].split(' ').next().unwrap_or("");
    let office_before = ph
        .lex
        .offices
        .contains_ascii_folded(first.trim_end_matches('.'))
        || abbreviated_office(&first.trim_end_matches('.').to_ascii_lowercase()).is_some();
    let k = resolve(ph.text, ph.lex, owner, true, ph.registry, ph.known)
        .0
        .filter(|k| {
            let person = titled != Gender::Unknown
                || office_before
                || Gender::of_name(ph.lex, &k.name) != Gender::Unknown
                || ph.known.canonical(&k.name).is_some_and(|c| {
                    KnownSources::is_person(ph.lex, c) && !ph.known.organisations.contains(&c.name)
                });
            person
                && !k.is_anonymous()
                && k.kind == SourceKind::Unregistered
                && Gender::of_name(ph.lex, &k.name).fits(g)
                && ph.known.may_stand_for(ph.text, ph.lex, k, g)
        })?;
    Some(SourceRef {
        span: ph.span.clone(),
        linked: true,
        ..k
    })
}

/// "a ministry spokesman", "a government spokeswoman", "one senior official", "an army
/// spokesperson", "a senior NATO diplomat": an indefinite article or number, a role or office at
/// the head, and no name (capitalised words before the head only for a person's role other than
/// a spokesperson's: "a Kremlin statement" speaks for the Kremlin). Whoever it is, it is not
/// someone named before: an unnamed source.
fn unnamed_role(ph: &Phrase) -> Option<Decision> {
    let lex = ph.lex;
    // "A trust spokesperson", "a county spokeswoman": a spokesperson for the organisation named
    // before with that word ("University Hospitals … NHS Foundation Trust", "Sonoma County").
    if let ["a" | "an", org, head] = ph.lower[..] {
        if is_spokesperson(head) && starts_lower(ph.ws[1]) && !matches!(org, "family" | "campaign")
        {
            // (An organisation with the word in its name, not a person introduced with it:
            // "Fire Chief Ray Delgado of the Sonoma County Fire District".)
            // Its last word, not a person's name ("Senator Frank Church") nor two bodies ("Sonoma
            // County and Napa County") nor another body that merely has the word ("Ohio State
            // University" for "a state spokesman").
            let has_word = |k: &SourceRef| {
                k.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(org))
                    && k.name.contains(' ')
                    && !k.name.contains(" and ")
                    && Gender::of_name(lex, &k.name) == Gender::Unknown
            };
            let found = ph
                .known
                .organisation_antecedent(ph.text, lex, org, ph.span.clone())
                .filter(has_word)
                .or_else(|| {
                    // (The last pages only: an article of many such phrases stays linear.)
                    let from = floor_char_boundary(
                        ph.text,
                        ph.span.start.saturating_sub(SPOKESPERSON_LOOKBACK_BYTES),
                    );
                    crate::text::contains_whole_word(
                        &ph.text[from..ph.span.start],
                        &crate::text::capitalised(org),
                    )
                    .then(|| ph.known.institution_antecedent(ph.text, lex, org))
                    .flatten()
                    .filter(has_word)
                })
                .or_else(|| {
                    // A business's spokesperson speaks for the business "the company" would
                    // stand for ("Summit Electric said … A company spokesman said"), also one
                    // named only in the narration ("Halvorsen Group, an Oslo-based investment
                    // firm, bought the stake").
                    if !super::known::BUSINESS_ROLES.contains(&org) {
                        return None;
                    }
                    ph.known
                        .institution_antecedent(ph.text, lex, org)
                        .or_else(|| business_in_narration(ph, org))
                });
            if let Some(k) = found {
                return Some(Decision::Source(SourceRef {
                    span: ph.span.clone(),
                    linked: true,
                    ..k
                }));
            }
        }
    }
    // "a top adviser for President Obama", "an aide to Senator Smith": the role before "for" or
    // "to" is the head; whom it serves is no speaker (a spokesperson's organisation is, and was
    // taken before the chain).
    let serves = (2..ph.lower.len()).find(|&k| {
        matches!(ph.lower[k], "for" | "to")
            && lex.is_role_noun(ph.lower[k - 1])
            && !speaks_for_employer(ph.lower[k - 1])
            && !lex.institution_roles.contains(ph.lower[k - 1])
    });
    let indefinite = matches!(
        ph.lower[0],
        "a" | "an" | "one" | "two" | "three" | "four" | "another" | "several"
    );
    // "A resident of the 400 block of Birch Street", "a senior clinician from Somerset NHS
    // Foundation Trust": someone described by where they live or work is unnamed, the whole
    // description, as after "at" or "with" (not one who speaks for an employer, "a spokesman
    // from Toyota").
    let described_by_place = (2..ph.lower.len()).find(|&k| {
        matches!(ph.lower[k], "of" | "from")
            && lex.is_role_noun(ph.lower[k - 1])
            && !speaks_for_employer(ph.lower[k - 1])
            && !lex.institution_roles.contains(ph.lower[k - 1])
    });
    // (Opening the sentence, with one word at most describing them: not an appositive, "…, a
    // longtime critic of proposals to change …, said", nor "an email from the president of".)
    if described_by_place.is_some_and(|k| {
        indefinite
            && k <= 3
            && ph.opens_sentence()
            && serves.is_none()
            && ph.ws[1..k].iter().all(|w| starts_lower(w))
            && ph.len_to_head() == ph.lower.len()
    }) {
        return Some(Decision::Source(anon_source(ph.text, ph.span.clone())));
    }
    let n = serves.unwrap_or_else(|| ph.len_to_head());
    let ws = &ph.ws[..n];
    let head = ph.lower[n - 1];
    let role = lex.is_role_noun(head)
        || lex.offices.contains(head)
        || head
            .strip_suffix('s')
            .is_some_and(|h| lex.is_role_noun(h) || lex.offices.contains(h));
    // An organisation or a nation may stand before the role ("a senior NATO diplomat", "a
    // Chinese official"): unnamed all the same, except a spokesperson, who speaks for the
    // organisation ("a Coca-Cola spokesman").
    let person = !(is_spokesperson(head)
        || lex.institution_heads.contains(head)
        || lex.institution_roles.contains(head));
    // Modifiers only, no phrase of its own ("a runoff between two Democratic candidates").
    let modifiers_only = n >= 2
        && !ph.lower[1..n - 1]
            .iter()
            .any(|w| lex.not_names.contains(w) || matches!(*w, "the" | "a" | "an" | "between"));
    // An office written as an acronym is a role all the same ("one senior Tory MP").
    let acronym_office = |w: &str| {
        w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) && lex.offices.contains(head)
    };
    let unnamed = ws.len() >= 2
        && (starts_lower(ws[n - 1]) || acronym_office(ws[n - 1]))
        && ws[1..n - 1]
            .iter()
            .all(|w| starts_lower(w) || (person && starts_upper(w)))
        && modifiers_only;
    // "one Democrat familiar with the discussion", "a senior Republican": a member of a party
    // nobody names.
    let member = modifiers_only && lex.party_members.contains(head);
    (indefinite && ws.len() >= 2 && ((role && unnamed) || member)).then(|| {
        let end = ph.span.start + ph.ranges[n - 1].end;
        Decision::Source(anon_source(ph.text, ph.span.start..end))
    })
}

/// "The company" after "The company, Brightwater Senior Living, kept …": the name the
/// appositive gave that role ([`named_in_apposition`]).
fn apposed_name(ph: &Phrase) -> Option<Decision> {
    let ["the", role] = ph.lower[..] else {
        return None;
    };
    let name = named_in_apposition(ph.text, ph.span.start, role)?;
    Some(Decision::Source(SourceRef {
        name,
        span: ph.span.clone(),
        kind: SourceKind::Unregistered,
        linked: true,
    }))
}

/// "the researcher", "the Pyongyang researcher", "the NATO chief", "the ministry": a role noun
/// pointing back to a named source (institution roles like "it", plural roles like "they",
/// others like "he"). With nobody to point to ("The ministry said" and no ministry named), a
/// role that names nobody is an unnamed source, as a pronoun with nobody before it is.
fn role_noun(ph: &Phrase) -> Option<Decision> {
    let (ws, lex) = (&ph.ws, ph.lex);
    // The owner of a noun cue is its speaker ("The ministry's statement" is the ministry's).
    let head = ph.head();
    let head = match head.strip_suffix("'s").or_else(|| head.strip_suffix("’s")) {
        Some(owner) if lex.institution_roles.contains(owner) => owner,
        _ => head,
    };
    // A person described by age or party stands for one as a role does ("the 54-year-old said",
    // "the Vermont Democrat added").
    let described = is_age(head) || lex.party_members.contains(head);
    // (A role written as an acronym is one too: "the CEO said".)
    let acronym = ws
        .last()
        .is_some_and(|w| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
    let head_is_role = described
        || ((ws.last().is_some_and(|w| starts_lower(w)) || acronym)
            && lex.is_role_noun(head)
            && !guard_service(&ph.lower));
    if !(head_is_role && matches!(ph.lower[0], "the" | "this" | "that" | "both")) {
        return None;
    }
    // An age stands for the one introduced with it, else for an unnamed person: the one named
    // last is often another ("Donald is … an amazing leader,” said the 46-year-old", of Melania
    // Trump; an official named before a resident who "asked that her name not be used").
    if let Some(age) = head.strip_suffix("-year-old").filter(|_| is_age(head)) {
        let k = ph.known.introduced_with_age(ph.text, age, ph.span.start);
        return Some(Decision::Source(k.map_or_else(
            || ph.anonymous(),
            |k| SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k.clone()
            },
        )));
    }
    // A document the claim just before named ("In a statement, the bank said … the statement
    // said").
    if lex.documents.contains(head) {
        if let Some(k) = last_claim_with_document(ph, head) {
            return Some(Decision::Source(SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k.clone()
            }));
        }
        // … or the narration, with its issuer ("a report by the Government Accountability
        // Office. The report says").
        if ph.lower.len() == 2 {
            if let Some(k) = issued_by_in_narration(ph, head) {
                return Some(Decision::Source(SourceRef {
                    span: ph.span.clone(),
                    linked: true,
                    ..k
                }));
            }
        }
    }
    let pronoun = if lex.institution_roles.contains(head) {
        "it"
    } else if lex.plural_roles.contains(head) {
        "they"
    } else {
        "person"
    };
    let is_role = |w: &str| names_office(w, head);
    // The unnamed institution of the claim just before, described with the word ("According to
    // the United Nations refugee agency, … The agency said").
    // (A document keeps its own ways, above.)
    if pronoun == "it" && ph.lower.len() == 2 && !lex.documents.contains(head) {
        if let Some((s, _)) = &ph.known.last_claim {
            let ws: Vec<&str> = s.name.split(' ').collect();
            let described = s.is_anonymous()
                && ws.len() >= 2
                && ws.last() == Some(&head)
                && !ws.iter().any(|w| {
                    matches!(
                        *w,
                        "at" | "of" | "for" | "with" | "from" | "in" | "on" | "by"
                    )
                });
            if described {
                return Some(Decision::Source(SourceRef {
                    span: ph.span.clone(),
                    linked: true,
                    ..s.clone()
                }));
            }
        }
    }
    // The unnamed person introduced with the role who spoke last, with at most one name met
    // since, as in that claim ("A senior diplomat …, who asked not to be named, said the Saudi
    // delegation had threatened … 'They are playing for time,' the diplomat said").
    if pronoun == "person" && ph.lower.len() == 2 {
        if let Some((s, at, _)) = &ph.known.unnamed_person {
            // (Not when the one name met since came with the role: "The French diplomat Marie
            // Dupont said … The diplomat said" is Dupont.)
            let named_since_with_role =
                ph.known.remembered == at + 1 && ph.known.last_described_with(ph.text, &is_role);
            if ph.known.remembered <= at + 1
                && !named_since_with_role
                && s.name
                    .split(' ')
                    .scan("", |before, w| Some((std::mem::replace(before, w), w)))
                    .any(|(before, w)| w == head && !super::known::is_second_office(before, w))
            {
                return Some(Decision::Source(SourceRef {
                    span: ph.span.clone(),
                    linked: true,
                    ..s.clone()
                }));
            }
        }
    }
    // The person introduced with an office and its qualifier ("prime minister", "deputy
    // director").
    let introduced_with = |office: &str| {
        ph.known.described_with_phrase(ph.text, office).map(|k| {
            Decision::Source(SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k.clone()
            })
        })
    };
    // The second of an office ("the deputy director", "the vice president"): the one introduced
    // with it.
    if pronoun == "person"
        && ph.lower.len() == 3
        && ph.lower[0] == "the"
        && super::known::is_second_office(ph.lower[1], head)
    {
        if let Some(d) = introduced_with(&format!("{} {head}", ph.lower[1])) {
            return Some(d);
        }
    }
    // A place's office ("the Florida senator"; a place of several words too, when the lexicon
    // lists it): the one introduced with both ("Florida Sen. Marco Rubio"), not another senator
    // named since.
    let place = (ph.lower.len() >= 3 && ph.lower.len() <= 5 && ph.lower[0] == "the")
        .then(|| {
            let words = &ws[1..ws.len() - 1];
            let at = ph.ranges[1].start..ph.ranges[ws.len() - 2].end;
            (words.iter().all(|w| starts_upper(w))
                && lex.places.contains_ascii_folded(&ph.p[at.clone()]))
            .then(|| &ph.p[at])
        })
        .flatten();
    if let Some(place) = place.filter(|_| pronoun == "person" && lex.offices.contains(head)) {
        if let Some(k) = place_office_holder(ph, head, place) {
            return Some(Decision::Source(k));
        }
    }
    // An office with its qualifier ("the prime minister", "the finance minister"): a person
    // introduced with the whole office, else the one person the text names with it, never one
    // introduced with another of its kind ("Finance Minister Joana Leitão … The prime minister
    // said" is not Leitão).
    if pronoun == "person"
        && ph.lower.len() == 3
        && ph.lower[0] == "the"
        && lex.offices.contains(head)
        && starts_lower(ws[1])
        && !lex.offices.contains(ph.lower[1])
    {
        let office = format!("{} {head}", ph.lower[1]);
        if let Some(d) = introduced_with(&office) {
            return Some(d);
        }
        // (A title the text writes before: "Prime Minister Miguel Sarmento"; not "the former
        // president", "the longtime senator".)
        let written = ph.text[..ph.span.start].contains(&format!(
            "{} {}",
            crate::text::capitalised(ph.lower[1]),
            crate::text::capitalised(head)
        ));
        if let Some(k) = ph.known.described_with(ph.text, &is_role) {
            if written {
                return Some(Decision::Source(
                    office_holder(ph, &office).unwrap_or_else(|| ph.anonymous()),
                ));
            }
            // (Nor the one the text gave another qualified title: "Finance Minister Joana
            // Leitão" is no "prime minister"; "the former president" may be "Vice President".)
            let of_time = matches!(
                ph.lower[1],
                "former"
                    | "then"
                    | "late"
                    | "current"
                    | "new"
                    | "outgoing"
                    | "incoming"
                    | "longtime"
                    | "retired"
                    | "embattled"
                    | "veteran"
                    | "sitting"
                    | "future"
                    | "onetime"
                    | "erstwhile"
            ) || ph.lower[1].ends_with("-term");
            if !of_time
                && ph
                    .known
                    .title_qualifier(ph.text, k, head)
                    .is_some_and(|q| q != ph.lower[1])
            {
                return Some(Decision::Source(ph.anonymous()));
            }
        }
    }
    // An office, when no source was introduced with it: the one person the text names with it,
    // in a claim or not ("President Recep Tayyip Erdogan is expected to visit. The president
    // declared …" is Erdogan, not the evacuee quoted last).
    if pronoun == "person"
        && ph.lower.len() == 2
        && lex.offices.contains(head)
        && ph.known.described_with(ph.text, &is_role).is_none()
    {
        if let Some(holder) = office_holder(ph, head) {
            return Some(Decision::Source(holder));
        }
    }
    // A name of its own that runs or backs an institution, met nowhere before ("The Hamas-run
    // health ministry in Gaza"), keeps the phrase from pointing to another institution
    // ("Russia's defence ministry"). A nationality does not ("The Japanese automaker" after
    // Toyota), and a person's role may carry a place or a party the name never did ("The Vermont
    // senator").
    let own_name: Vec<&str> = ws[1..]
        .iter()
        .filter(|w| pronoun == "it" && starts_upper(w))
        .filter_map(|w| {
            // "Hamas-run", "Iran-backed", "Saudi-led": a name that controls it; a nationality
            // ("The Japanese automaker", "The Anglo-Dutch company") or a place ("The
            // Seattle-based company") is no name of its own.
            let (name, rest) = w.split_once('-')?;
            matches!(
                rest,
                "run" | "backed" | "led" | "controlled" | "owned" | "funded" | "aligned"
            )
            .then_some(name)
        })
        .collect();
    // A side in a trial is only whom the text introduced with it ("Defence lawyer Thomas
    // Okafor"), never another organisation named before.
    let side = matches!(head, "defence" | "defense" | "prosecution");
    let antecedent = if side {
        ph.known.introduced_with_role(ph.text, head).cloned()
    } else {
        ph.known
            .antecedent_for_role(ph.text, lex, head, pronoun, ph.span.start)
    };
    let antecedent = antecedent.filter(|k| {
        own_name
            .iter()
            .all(|w| k.name.contains(w) || ph.text[..ph.span.start].contains(w))
    });
    // A public body the phrase describes in lower-case words of its own ("according to the
    // national statistics office") is a new one, not the nearest organisation ("Refinitiv"),
    // unless that one was named with the role or with one of those words ("the state news
    // agency" after the registry's KCNA, a news agency; not "Keller's ministry" for "the finance
    // ministry").
    let modifiers = &ph.lower[1..ph.lower.len().saturating_sub(1)];
    let self_described = SELF_DESCRIBED_BODIES.contains(&head)
        && !modifiers.is_empty()
        && ws[1..ws.len() - 1].iter().all(|w| starts_lower(w));
    // "The paper" is a newspaper only when the organisation is one ("The Times"); else it is a
    // research paper, a document.
    if head == "paper" && lex.documents.contains(head) {
        let introduced_as_one = |k: &SourceRef| {
            ph.known
                .described_with(ph.text, &|w| {
                    ["newspaper", "paper", "daily", "tabloid", "weekly"]
                        .iter()
                        .any(|n| w.eq_ignore_ascii_case(n))
                })
                .is_some_and(|d| d.name == k.name)
        };
        let newspaper = |k: &SourceRef| {
            introduced_as_one(k)
                || matches!(&k.kind, SourceKind::Registered { kind, .. }
                if ["outlet", "state-media", "news-agency", "public-broadcaster"].contains(&kind.as_str()))
                || k.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| NEWSPAPER_NAMES.contains(&w))
        };
        // (An organisation introduced with a document of its own keeps it: "A 2009 report by
        // the Center for Economic and Policy Research found … according to the 2009 paper".)
        let author = |k: &SourceRef| {
            ph.known
                .described_with(ph.text, &|w| lex.documents.contains_lower(w))
                .is_some_and(|d| d.name == k.name)
        };
        if !antecedent
            .as_ref()
            .is_some_and(|k| newspaper(k) || author(k))
        {
            return document(ph);
        }
    }
    // A person's role is no organisation's name, but someone unnamed ("Kenyan runner Peter Kamau
    // has been banned, the Athletics Integrity Unit said. … The athlete has denied" is not the
    // unit).
    // (Nor one a spokesperson spoke for or the text called an organisation: "A Lumenfold
    // spokesperson said … The chairman said" is not Lumenfold.)
    if pronoun == "person"
        && antecedent.as_ref().is_some_and(|k| {
            k.name
                .rsplit(' ')
                .next()
                .is_some_and(|w| lex.organisation_words.contains_ascii_folded(w))
                || ((ph.known.organisations.contains(&k.name)
                    || super::known::ends_on_business_word(&k.name))
                    && !speaks_for_employer(head))
        })
    {
        return Some(Decision::Source(ph.anonymous()));
    }
    // A person introduced with an office is not a role that is none ("Judge Caroline Ames …
    // The witness testified" is an unnamed witness; "the senator" may be Sen. Bernie Sanders).
    let antecedent = antecedent.filter(|k| {
        pronoun != "person"
            || described
            || lex.offices.contains(head)
            || !ph.known.titled_otherwise(ph.text, lex, k, head)
    });
    let antecedent = antecedent.filter(|k| {
        let told = |w: &str| {
            let w = w.to_ascii_lowercase();
            k.name.to_ascii_lowercase().contains(&w)
                || matches!(&k.kind, SourceKind::Registered { kind, .. } if kind.contains(&w))
        };
        // A body only the narration named is no other of its kind ("The Supreme Court ruled …
        // The appeals court said" is an unnamed appeals court).
        if ph.known.narrated_bodies.iter().any(|b| b.name == k.name)
            && !modifiers.iter().all(|m| told(m))
        {
            return false;
        }
        let is_modifier = |w: &str| modifiers.iter().any(|m| m.eq_ignore_ascii_case(w));
        !self_described
            || told(head)
            || modifiers.iter().any(|m| told(m))
            || ph.known.described_with(ph.text, &is_modifier).is_some()
            || ph
                .known
                .named_in_claim_with(ph.text, &is_modifier)
                .is_some()
    });
    // A public body of a nation ("The Hungarian government", "the Turkish military") stands
    // only for a name of that nation ("Hungary", "Turkish Defence Ministry"), not the nearest
    // institution ("Warsaw"); else it is an unnamed one.
    let mut nation = ws[1..ws.len().saturating_sub(1)]
        .iter()
        .filter(|w| starts_upper(w))
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>();
    // Or after it: "the government in Beijing", "the ministry of Defence" is no nation.
    let after = ph.text[ph.span.end..].trim_start();
    if let Some(place) = after
        .strip_prefix("in ")
        .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
        .filter(|w| starts_upper(w))
    {
        nation.push(place.to_ascii_lowercase());
    }
    let public_body = PUBLIC_BODY_WORDS.contains(&head);
    let same_nation = |k: &SourceRef| {
        nation.iter().all(|m| {
            k.name.split([' ', '-']).any(|w| {
                let w = w.to_ascii_lowercase();
                w.len() >= 3 && m.len() >= 3 && w.as_bytes()[..3] == m.as_bytes()[..3]
            })
        })
    };
    // (Named for itself when a nationality names it: "the Hungarian government".)
    if public_body && !nation.is_empty() && antecedent.as_ref().is_some_and(|k| !same_nation(k)) {
        return nation_body(ph)
            .is_none()
            .then(|| Decision::Source(ph.anonymous()));
    }
    if antecedent.is_none() && !own_name.is_empty() {
        // The name speaks ("The Times newspaper", "the New Zealand government"); a modifier
        // that is none ("Hamas-run") leaves an unnamed institution.
        return ph
            .name()
            .0
            .is_empty()
            .then(|| Decision::Source(ph.anonymous()));
    }
    // A business named only in the narration ("Tata Motors is recalling 12,000 vans. The company
    // said").
    let antecedent = antecedent.or_else(|| {
        (ws[1..].iter().all(|w| !starts_upper(w))
            && (BUSINESS_ROLES.contains(&head) || pronoun == "it"))
            .then(|| business_in_narration(ph, head))
            .flatten()
    });
    // A person's role that the last claim gave the one its speaker spoke to, in the object right
    // after the speaker's cue, is that other person, unnamed: "Senator Maria Lopez asked the
    // railway's chief executive …: … The executive said" is not Lopez. (Not a role further on,
    // in what was said: "Obama … will make the case that Clinton is uniquely qualified to be
    // president. … the two-term president will say" is Obama.)
    let addressed = |k: &SourceRef| {
        pronoun == "person"
            && ph.known.last_claim.as_ref().is_some_and(|(s, narration)| {
                s.name == k.name
                    && narration.iter().any(|r| {
                        let from = r.start.max(s.span.end);
                        let object: Vec<String> = ph.text[from.min(r.end)..r.end]
                            .split_whitespace()
                            .take(7)
                            .map(|w| w.to_ascii_lowercase())
                            .take_while(|w| {
                                !w.ends_with([',', ':', ';', '.'])
                                    && !matches!(w.as_str(), "that" | "to" | "whether" | "if")
                            })
                            .collect();
                        object
                            .iter()
                            .skip(1)
                            .any(|w| w.trim_end_matches(['\'', '’', 's']) == head || w == head)
                    })
            })
    };
    if antecedent.as_ref().is_some_and(addressed) {
        return Some(Decision::Source(ph.anonymous()));
    }
    match antecedent {
        Some(k) => Some(Decision::Source(SourceRef {
            span: ph.span.clone(),
            linked: true,
            ..k
        })),
        // Nobody to point to: an unnamed person ("the Vermont Democrat" too), unless a capital
        // makes the phrase a name ("the Foreign Minister").
        None if described || ws[1..].iter().all(|w| !starts_upper(w)) => {
            Some(Decision::Source(ph.anonymous()))
        }
        None => None,
    }
}

/// "The Italian said", "the Brazilian added": a person the article named, called by nationality
/// as by a role: the person who spoke last, else an unnamed one; never a source named "Italian".
/// "The French" is a people, unnamed.
fn nationality_noun(ph: &Phrase) -> Option<Decision> {
    let ["the", word] = ph.lower[..] else {
        return None;
    };
    if !starts_upper(ph.ws[1]) {
        return None;
    }
    // A people's adjective ("The French said they would join") is a people: unnamed.
    if is_peoples_adjective(word) {
        return Some(Decision::Source(ph.anonymous()));
    }
    if !ph.lex.is_nationality(ph.ws[1]) {
        return None;
    }
    let person = ph.known.person_antecedent(ph.text, ph.lex, Gender::Unknown);
    Some(Decision::Source(person.map_or_else(
        || ph.anonymous(),
        |k| SourceRef {
            span: ph.span.clone(),
            linked: true,
            ..k
        },
    )))
}

/// A people's adjective that is no noun for one of them ("French", "British"; not "Italian"),
/// lower case.
fn is_peoples_adjective(word: &str) -> bool {
    matches!(
        word,
        "french"
            | "british"
            | "dutch"
            | "swiss"
            | "irish"
            | "welsh"
            | "english"
            | "spanish"
            | "scottish"
            | "danish"
            | "swedish"
            | "finnish"
            | "polish"
    )
}

/// Public bodies a phrase may describe in words of its own ("the national statistics office").
const SELF_DESCRIBED_BODIES: &[&str] = &[
    "office",
    "agency",
    "bureau",
    "authority",
    "department",
    "ministry",
    "service",
    "institute",
    "commission",
    "board",
    "regulator",
    "watchdog",
];

/// "The Ukrainian air force", "the Israeli military": a nation's public body named by one
/// capitalised word after "the" and lower-case words to its head, the whole body ("Ukrainian air
/// force"), not the nationality alone.
fn nation_body(ph: &Phrase) -> Option<String> {
    let ws = &ph.ws;
    let body = ws.len() >= 3
        && ph.lower[0] == "the"
        && starts_upper(ws[1])
        && !ph.possessive(1)
        && ws[2..].iter().all(|w| starts_lower(w))
        && NATION_BODY_HEADS.contains(&ph.head())
        && ph.name().0 == ws[1];
    body.then(|| ws[1..].join(" "))
}

/// An age written as one word: "54-year-old", "forty-year-old".
fn is_age(w: &str) -> bool {
    w.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

/// The one person the text names with `office` (lower case) before the phrase ("The President"
/// or "the president" after "President Recep Tayyip Erdogan"), as remembered when they spoke
/// before; None with several holders or none.
fn office_holder(ph: &Phrase, office: &str) -> Option<SourceRef> {
    let before = &ph.text[..ph.span.start];
    // A country's holder ("President Kwame Asante of Ghana", "US President Joseph Biden") is not
    // "The President", the home one; one named "of" a country is, when the text names no other
    // holder, also not as "President of Ukraine Volodymyr Zelenskyy" ("Prime Minister Keiko
    // Arimura of Japan. The Prime Minister thanked"). (The holders written before this phrase,
    // counted once per office: see `OfficeMentions::so_far`.)
    let mentions = ph.known.office_mentions(ph.text, office);
    let upto = mentions.names.partition_point(|r| r.end <= before.len());
    let so_far = upto.checked_sub(1).map(|i| &mentions.so_far[i]);
    let other_holder = mentions
        .first_of
        .is_some_and(|at| at + office.len() + 4 <= before.len());
    let holders = match so_far {
        None => &Distinct::None,
        Some(h) if matches!(h.home, Distinct::None) && !other_holder => &h.of_a_country,
        Some(h) => &h.home,
    };
    let Distinct::One(one) = holders else {
        return None;
    };
    Some(holder_named(ph, &ph.text[one.clone()]))
}

/// The phrase as the office holder the text names `one`: the name as remembered, when it spoke
/// before ("Joe Biden"), else as written.
fn holder_named(ph: &Phrase, one: &str) -> SourceRef {
    SourceRef {
        span: ph.span.clone(),
        linked: true,
        ..ph.known.canonical(one).cloned().unwrap_or(SourceRef {
            name: one.to_string(),
            span: ph.span.clone(),
            kind: SourceKind::Unregistered,
            linked: true,
        })
    }
}

/// Abbreviated titles and the offices they stand for.
const TITLES: &[(&str, &str)] = &[
    ("gov", "governor"),
    ("sen", "senator"),
    ("rep", "representative"),
    ("prof", "professor"),
    ("gen", "general"),
    ("lt", "lieutenant"),
    ("sgt", "sergeant"),
    ("capt", "captain"),
    ("col", "colonel"),
    ("supt", "superintendent"),
    ("adm", "admiral"),
    ("det", "detective"),
    ("amb", "ambassador"),
];

/// The office an abbreviated title stands for ("Gov." for "governor", "Sen." for "senator").
pub(super) fn abbreviated_office(w: &str) -> Option<&'static str> {
    let w = w.trim_end_matches('.');
    TITLES
        .iter()
        .find(|(short, _)| w.eq_ignore_ascii_case(short))
        .map(|(_, long)| *long)
}

/// The abbreviated title of an office in lower case, with no full stop ("gov" for "governor").
pub(super) fn title_of(office: &str) -> Option<&'static str> {
    TITLES
        .iter()
        .find(|(_, long)| *long == office)
        .map(|(short, _)| *short)
}

/// Whether `w` names the office `office`, in full or by its abbreviated title ("Gov." for
/// "governor").
pub(super) fn names_office(w: &str, office: &str) -> bool {
    w.eq_ignore_ascii_case(office) || abbreviated_office(w) == Some(office)
}

/// "The President", "the Minister", "The Vice President": a capitalised title stands for the one
/// person the text names right after that title before it, in a claim or in the narration ("Vice
/// President Marisol Ortega met today with …. The Vice President announced"; a country's president
/// is another's: "President Kwame Asante of Ghana" and "US President Joseph Biden" are not "The
/// President" when the text names a president of its own); else for the source introduced with
/// it ("President Joe Biden said"); with nobody introduced so, the title is the name (steps
/// below).
fn capitalised_title(ph: &Phrase) -> Option<Decision> {
    let ws = &ph.ws;
    let head = ph.head();
    let capitalised_title = (2..=3).contains(&ws.len())
        && matches!(ph.lower[0], "the" | "this")
        && ws[1..].iter().all(|w| starts_upper(w))
        && ph.lex.is_role_noun(head);
    if !capitalised_title {
        return None;
    }
    let office = ph.lower[1..].join(" ");
    if let Some(holder) = office_holder(ph, &office) {
        return Some(Decision::Source(holder));
    }
    if ws.len() != 2 {
        return None;
    }
    let k = ph.known.introduced_with_role(ph.text, head)?;
    Some(Decision::Source(SourceRef {
        span: ph.span.clone(),
        linked: true,
        ..k.clone()
    }))
}

/// A source of the registry named in the phrase. "NATO Secretary General Jens Stoltenberg" is a
/// person (an office stands before the name) unless the name itself is registered; "President of
/// Russia" is an office, not the country.
fn registry_entry(ph: &Phrase) -> Option<Decision> {
    let registry = ph.registry;
    let i = registry.lookup(ph.p).filter(|_| {
        let (name, titled) = ph.name();
        // A body of the organisation, named in full, is no alias of it: "The UN Environment
        // Programme warned" is not the United Nations ("the UN Security Council" is an alias;
        // "a New York Times/CBS News poll" is still the Times').
        let body_of = name.contains(' ')
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|w| BODY_WORDS.iter().any(|b| b.eq_ignore_ascii_case(w)))
            && registry.lookup_whole(name).is_none();
        // A person's call sign or nickname set off after its noun is theirs, whatever outlet it
        // may also name ("who gave only his call sign, Fox, said").
        let nickname = ph.text[..ph.span.start]
            .trim_end()
            .strip_suffix(',')
            .is_some_and(|b| {
                ["call sign", "nickname", "nom de guerre"]
                    .iter()
                    .any(|n| b.ends_with(n))
            });
        // "the Fox News host" is a person who works for the outlet, whom a role points back to
        // (not a spokesperson, who speaks for it).
        // (A reporter or a correspondent speaks for the outlet; with nobody named before, the
        // outlet stays the source.)
        let works_for = ph.lower.len() > 1
            && matches!(ph.lower[0], "the" | "a" | "an")
            && ph.ws.last().is_some_and(|w| starts_lower(w))
            && ph.lex.role_nouns.contains(ph.head())
            && !speaks_for_employer(ph.head())
            && ph.head() != "secretary"
            && ph
                .known
                .person_antecedent(ph.text, ph.lex, Gender::of_word(ph.lex, ph.head()))
                .is_some();
        // A person's full name after their role in lower case is theirs, not the outlet's or
        // the body's before it ("Fox News host Glenn Beck blamed"; "host" and "anchor" are no
        // offices, which would cut "Host Hotels" and "Anchor Brewing").
        let role_before_name = name.contains(' ')
            && ph
                .ws
                .iter()
                .position(|w| name.split(' ').next() == Some(*w))
                .and_then(|k| k.checked_sub(1))
                .is_some_and(|k| {
                    let w = ph.ws[k];
                    starts_lower(w) && (ph.lex.is_role_noun(w) || matches!(w, "host" | "anchor"))
                });
        (!(*titled || role_before_name) || registry.lookup(name).is_some())
            && office_of(ph.lex, name).is_none()
            && !body_of
            && !nickname
            && !works_for
    })?;
    Some(Decision::Source(SourceRef {
        name: registry.name(i).to_string(),
        span: ph.span.clone(),
        kind: SourceKind::Registered {
            index: i,
            kind: registry.kind(i).to_string(),
        },
        linked: false,
    }))
}

/// Words that end the name of a body within an organisation ("UN Environment Programme", "IMF
/// Executive Board").
const BODY_WORDS: &[&str] = &[
    "programme",
    "program",
    "fund",
    "agency",
    "office",
    "council",
    "commission",
    "committee",
    "mission",
    "organization",
    "organisation",
    "assembly",
    "court",
    "tribunal",
    "institute",
    "board",
];

/// Nouns a quantifier counts, not people ("several allegations", "many attacks on").
#[rustfmt::skip]
const COUNTED_NOUNS: &[&str] = &[
    "belief", "beliefs", "doubts", "hopes", "fears", "concerns", "worries", "attacks", "claims",
    "proposals", "remarks", "comments", "criticism", "criticisms", "demands", "pledges",
    "questions", "calls", "views", "estimates", "reports", "allegations", "accusations",
    "suggestions", "predictions", "expectations", "objections", "opinions", "reactions",
    "endorsements", "statements", "announcements",
];

/// Words that may stand before a quantifier in its own phrase ("but not everyone").
#[rustfmt::skip]
const QUANTIFIER_CONNECTIVES: &[&str] = &[
    "but", "and", "yet", "not", "still", "even", "only", "also", "while", "though",
];

/// Words besides those that may stand before a quantifier opening a clause ("what many
/// believe", "opposed by many").
#[rustfmt::skip]
const CLAUSE_OPENERS: &[&str] = &[
    "although", "what", "which", "that", "who", "when", "if", "as", "because", "since", "so",
    "then", "now", "where", "by",
];

/// Lower-case words for an unnamed number of people opening a clause ("few believe", "not
/// everyone is convinced", "some who advocate free speech say"): an unnamed source (the step
/// `generic_plural`, like "Others said"); not an object ("drew some praise") nor a count of a
/// noun cue ("several allegations").
fn unnamed_people(ph: &Phrase) -> Option<Decision> {
    let lower = &ph.lower[..ph.len_to_head()];
    let (head, before) = lower.split_last()?;
    if let Some(d) = counted_people(ph, head, before) {
        return Some(d);
    }
    if !ph.lex.generic_plurals.contains(head)
        || !before.iter().all(|w| QUANTIFIER_CONNECTIVES.contains(w))
    {
        return None;
    }
    // The first word may be capitalised for opening the sentence ("Many people", "Not
    // everyone").
    let capitalised = |(i, w): (usize, &&str)| {
        starts_upper(w) && !(i == 0 && ph.lex.not_names.contains(ph.lower[0]))
    };
    if ph.ws.iter().enumerate().any(capitalised) {
        return None;
    }
    let next = ph.text[ph.span.end..]
        .split_whitespace()
        .next()
        .unwrap_or("");
    let next = next
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    if COUNTED_NOUNS.contains(&next.as_str()) {
        return None;
    }
    // The word before, in the same line (looked for in the bytes just before the phrase).
    let window =
        &ph.text[floor_char_boundary(ph.text, ph.span.start.saturating_sub(64))..ph.span.start];
    let before_phrase = window.rsplit('\n').next().unwrap_or("").trim_end();
    let opens_clause = before_phrase.is_empty()
        || before_phrase.ends_with(|c: char| !c.is_alphanumeric())
        || before_phrase
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                QUANTIFIER_CONNECTIVES.contains(&w.as_str()) || CLAUSE_OPENERS.contains(&w.as_str())
            });
    // The source ends on its head ("some", not "some erroneously").
    let end = ph.span.start + ph.ranges[lower.len() - 1].end;
    opens_clause.then(|| Decision::Source(anon_source(ph.text, ph.span.start..end)))
}

/// A count in words and a plural: an unnamed group ("A dozen conservatives have said", "At least
/// a dozen Republicans", "hundreds of doctors", "a handful of senators").
fn counted_people(ph: &Phrase, head: &str, before: &[&str]) -> Option<Decision> {
    const COUNTS: [&str; 8] = [
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "handful",
        "scores",
        "couple",
        "number",
    ];
    const LEAD: [&str; 15] = [
        "at", "least", "more", "than", "nearly", "about", "almost", "over", "some", "a", "an",
        "only", "just", "roughly", "around",
    ];
    let lex = ph.lex;
    let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
    // A quantifier before people or institutions ("Several Idaho hospitals", "many doctors").
    let one = crate::text::singular(head).unwrap_or_else(|| head.to_string());
    let people = plural
        && (lex.is_role_noun(head)
            || lex.is_role_noun(&one)
            || lex.organisation_words.contains(&one)
            || lex.associates.contains(head));
    let quantifier = matches!(
        before.first().copied(),
        Some("several" | "many" | "some" | "most" | "both" | "other" | "few")
    );
    let i = if quantifier && people {
        0
    } else {
        before.iter().position(|w| COUNTS.contains(w))?
    };
    let plain = before[..i].iter().all(|w| LEAD.contains(w))
        && before[i + 1..]
            .iter()
            .all(|w| *w == "of" || !w.ends_with('s'));
    (plural && plain && !lex.organisation_words.contains(head)).then(|| {
        let end = ph.span.start + ph.ranges[before.len()].end;
        Decision::Source(anon_source(ph.text, ph.span.start..end))
    })
}

/// A document or figures ("The study found", "The data show", "the results of the audit
/// suggest") speak for the one they were introduced with, else for nobody named: never for the
/// person who spoke last.
/// Whether a word is a nationality ("Italian") or a people's adjective ("French").
fn names_a_people(lex: &Lexicon, word: &str) -> bool {
    lex.is_nationality(word) || is_peoples_adjective(&word.to_ascii_lowercase())
}

/// Documents only obtained, seen or reviewed by a name are no words of that name's ("Documents
/// obtained by The Metro Ledger show", "Records seen by Reuters show"): the documents, unnamed.
fn documents_had_by(ph: &Phrase) -> Option<Decision> {
    let had_by = (2..ph.lower.len()).any(|k| {
        ph.lower[k] == "by"
            && matches!(
                ph.lower[k - 1],
                "obtained" | "seen" | "reviewed" | "acquired"
            )
            && ph.lex.documents.contains(ph.lower[k - 2])
            && ph.ws[..k - 1].iter().skip(1).all(|w| starts_lower(w))
    });
    had_by.then(|| Decision::Source(ph.anonymous()))
}

/// Members or leaders "of" a body, capitalised only because they open the sentence ("Members of
/// Congress are calling her evasive", "Leaders of both parties said"): unnamed people, not a
/// name.
fn members_of(ph: &Phrase) -> Option<Decision> {
    // (Only a phrase of people: none that runs on into a clause, "members of the World Trade
    // Organization, which", "members of AAA interrupted the performance".)
    let clause = ph.lower[2.min(ph.lower.len())..]
        .iter()
        .any(|w| matches!(*w, "which" | "who" | "that") || (w.len() > 4 && w.ends_with("ed")));
    (ph.lower.len() >= 3
        && matches!(ph.lower[0], "members" | "leaders")
        && ph.lower[1] == "of"
        && !clause)
        .then(|| Decision::Source(ph.anonymous()))
}

/// A piece of reporting "in" a newspaper or a news outlet right after the phrase ("A report in
/// The Washington Post said", "A new report in The Guardian, published online on Saturday,
/// cited"): that outlet's. Not a study in a journal, whose authors speak ("A study in The
/// Lancet found").
fn report_in_an_outlet(ph: &Phrase) -> Option<Decision> {
    if !(matches!(ph.lower[0], "a" | "an" | "the")
        && matches!(
            ph.head(),
            "report" | "article" | "story" | "editorial" | "investigation" | "column"
        )
        && ph.ws[1..].iter().all(|w| starts_lower(w)))
    {
        return None;
    }
    let rest = ph.text[ph.span.end..].strip_prefix(" in ")?;
    let from = ph.text.len() - rest.len();
    let name = issuer_name(ph.lex, rest)?;
    // (One with its author after it is the author's: "A column in The New York Times by Maureen
    // Dowd argued"; not a time, "by Tuesday".)
    if let Some(after_by) = rest[name.end..].strip_prefix(" by ") {
        let at = ph.text.len() - after_by.len();
        if let Some(author) = issuer_name(ph.lex, after_by) {
            let author = at + author.start..at + author.end;
            if let (Some(s), _) = resolve(ph.text, ph.lex, author, false, ph.registry, ph.known) {
                if s.kind == super::SourceKind::Unregistered {
                    return Some(Decision::Source(SourceRef {
                        span: ph.span.clone(),
                        ..s
                    }));
                }
            }
        }
    }
    let agent = from + name.start..from + name.end;
    let (source, _) = resolve(ph.text, ph.lex, agent, false, ph.registry, ph.known);
    let source = source?;
    let outlet = super::known::is_news_outlet(&source);
    outlet.then(|| {
        Decision::Source(SourceRef {
            span: ph.span.clone(),
            ..source
        })
    })
}

fn document(ph: &Phrase) -> Option<Decision> {
    let (lex, head) = (ph.lex, ph.head());
    // A document an office or an institution described in lower case put out ("a transcript
    // released by the prime minister's office", "unofficial results posted by the Nevada
    // secretary of state's office", "figures published by the state election office"): what
    // that description stands for, as its own phrase.
    if let Some(by) = (2..ph.lower.len().saturating_sub(2)).find(|&k| {
        ph.lower[k] == "by"
            && ph.lower[k + 1] == "the"
            && matches!(
                ph.lower[k - 1],
                "released" | "published" | "posted" | "issued" | "compiled" | "provided"
            )
            && ph.lower[..k - 1].iter().any(|w| lex.documents.contains(w))
            // (Not a document that names its own issuer: "a New Jersey Watchdog report
            // released by the governor's office".)
            && ph.ws[..k - 1].iter().all(|w| starts_lower(w))
            && (ph.ws[k + 2..]
                .iter()
                .any(|w| w.ends_with("'s") || w.ends_with("’s"))
                // (Or an institution so described: "figures published by the state election
                // office".)
                || (ph.ws[k + 2..].iter().all(|w| starts_lower(w))
                    && lex.organisation_words.contains(ph.lower[ph.lower.len() - 1])))
    }) {
        let agent = ph.span.start + ph.ranges[by + 1].start..ph.span.end;
        let source = resolve(
            ph.text,
            lex,
            agent.clone(),
            ph.subject,
            ph.registry,
            ph.known,
        )
        .0
        .unwrap_or_else(|| anon_source(ph.text, agent));
        return Some(Decision::Source(SourceRef {
            span: ph.span.clone(),
            ..source
        }));
    }
    // A document "by" or "from" a name right after it ("Polling by YouGov published on Monday
    // found", "A report from Amnesty International released on Tuesday says"): that name's.
    if let Some(k) = (1..ph.lower.len().min(4)).find(|&k| {
        matches!(ph.lower[k], "by" | "from")
            && lex.documents.contains(ph.lower[k - 1])
            && ph.ws[..k].iter().skip(1).all(|w| starts_lower(w))
    }) {
        let first = k + 1 + usize::from(ph.lower.get(k + 1) == Some(&"the"));
        // (A time is when, not whose: "data from January" is unnamed "data".)
        if ph.ws.get(first).is_some_and(|w| is_month_or_weekday(w)) {
            let doc = ph.span.start + ph.ranges[0].start..ph.span.start + ph.ranges[k - 1].end;
            return Some(Decision::Source(anon_source(ph.text, doc)));
        }
        if let Some(k1) = ph.ranges.get(k + 1) {
            let from = ph.span.start + k1.start;
            if let Some(name) = issuer_name(lex, &ph.text[from..ph.span.end]) {
                let agent = from + name.start..from + name.end;
                if let (Some(source), _) =
                    resolve(ph.text, lex, agent, false, ph.registry, ph.known)
                {
                    return Some(Decision::Source(SourceRef {
                        span: ph.span.clone(),
                        ..source
                    }));
                }
            }
        }
    }
    // A document introduced with no issuer ("A criminal complaint filed in City Court alleges"):
    // an unnamed source, whatever court or place it names. Not one "from", "by" or "of" a name,
    // its issuer ("a poll from Florida Atlantic University", "a report by RealClearPolitics"),
    // unless only "obtained", "seen" or "reviewed" by it.
    if matches!(ph.lower[0], "a" | "an") {
        let doc_at = (1..ph.lower.len().min(4)).find(|&k| lex.documents.contains(ph.lower[k]));
        // (A name after at most three lower-case words: "from the left-leaning Brookings
        // Institution".)
        let issuer = (1..ph.lower.len()).any(|k| {
            matches!(ph.lower[k - 1], "from" | "by" | "of")
                && (k..ph.ws.len().min(k + 4))
                    .find(|&j| !starts_lower(ph.ws[j]))
                    .is_some_and(|j| starts_upper(ph.ws[j]))
                && !(ph.lower[k - 1] == "by"
                    && k >= 2
                    && matches!(ph.lower[k - 2], "obtained" | "seen" | "reviewed"))
        });
        // (Not a plan to do something: "A proposal to ban price gouging drew criticism".)
        let plan = doc_at.is_some_and(|k| ph.lower.get(k + 1) == Some(&"to"));
        if let Some(k) = doc_at.filter(|_| !issuer && !plan) {
            // (A year may stand before it: "A 2023 study published in JAMA Network Open".)
            let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
            if ph.ws[1..=k].iter().all(|w| starts_lower(w) || year(w)) {
                return Some(Decision::Source(ph.anonymous()));
            }
        }
    }
    // A people's, a region's or a level of government's adjective before the document names
    // nobody ("according to Western estimates", "Russian figures", "U.S. intelligence
    // estimates", "Federal data show", "City documents show", "Court records show").
    let peoples = |w: &str| {
        lex.is_nationality(w)
            || matches!(
                w,
                "Western"
                    | "Eastern"
                    | "European"
                    | "Arab"
                    | "Allied"
                    | "British"
                    | "U.S"
                    | "US"
                    | "UK"
                    | "Federal"
                    | "State"
                    | "Government"
                    | "Official"
                    | "Internal"
                    | "Preliminary"
                    | "Provisional"
                    | "Independent"
                    | "Local"
                    | "Regional"
                    | "National"
                    | "International"
                    | "City"
                    | "County"
                    | "Town"
                    | "Court"
                    | "Police"
                    | "School"
                    | "District"
            )
    };
    if lex.documents.contains(ph.head()) && (2..=5).contains(&ph.lower.len()) {
        let words: Vec<&str> = ph.p.split_whitespace().collect();
        if (2..=4).contains(&words.len())
            && peoples(words[0].trim_end_matches(['’', '\'', '.']))
            && words[1..].iter().all(|w| starts_lower(w))
        {
            return Some(Decision::Source(ph.anonymous()));
        }
    }
    if !ph.name().0.is_empty() {
        return None;
    }
    // "The results of the poll": the noun before "of" is the head.
    let doc = ph
        .lower
        .iter()
        .position(|w| *w == "of")
        .map_or(head, |i| ph.lower[i.saturating_sub(1)]);
    // An owner named in the phrase is the issuer ("the state's business records"): not here.
    let owned = (0..ph.ws.len()).any(|i| ph.possessive(i));
    if ph.lower[0] != "the" || owned || !lex.documents.contains(doc) {
        return None;
    }
    // The one whose own phrase named this document ("A new Quinnipiac University poll found …
    // The poll showed"); else an organisation that mentioned it in a claim; else the source
    // named last when its phrase or claim named any document ("Dr. Sarah Klein, who led the
    // research, said … The study found"); else the source named last if that is an
    // organisation or a place ("The institute said it had polled 1,500 voters. The poll
    // showed"). Not a person who merely mentioned it further back.
    // A document cited before with no name speaks for itself, not for whom the claim that cited
    // it was about.
    // The one the narration last introduced it by ("in a report by the Government
    // Accountability Office. The report says").
    if let Some(k) = issued_by_in_narration(ph, doc) {
        return Some(Decision::Source(SourceRef {
            span: ph.span.clone(),
            linked: true,
            ..k
        }));
    }
    let cited = cited_with_no_name(ph.text, ph.span.start, doc);
    let issuer = ph
        .known
        .described_with(ph.text, &|w| w.eq_ignore_ascii_case(doc))
        .or_else(|| last_claim_with_document(ph, doc))
        .or_else(|| {
            if cited {
                return None;
            }
            ph.known
                .named_in_claim_with(ph.text, &|w| w.eq_ignore_ascii_case(doc))
                .filter(|k| !KnownSources::is_person(lex, k))
                .or_else(|| {
                    // (What someone said is no document of theirs another may be: "her opening
                    // statement" does not make "the indictment" hers.)
                    ph.known.last_introduced_with(ph.text, ph.span.start, &|w| {
                        lex.documents.contains_lower(w)
                            && !SPOKEN_DOCUMENTS.iter().any(|s| w.eq_ignore_ascii_case(s))
                    })
                })
                .or_else(|| ph.known.last_if_no_person(lex))
        })
        .filter(|k| !receives_documents(ph.text, lex, k))
        .map(|k| SourceRef {
            span: ph.span.clone(),
            linked: true,
            ..k.clone()
        });
    Some(Decision::Source(issuer.unwrap_or_else(|| ph.anonymous())))
}

/// Whether `k` was named as where a document went, not who wrote it: "disclosed in a filing
/// with the U.S. Securities and Exchange Commission" (the filing is not the commission's), "a
/// complaint filed with the court", "a letter sent to the board".
fn receives_documents(text: &str, lex: &Lexicon, k: &SourceRef) -> bool {
    let mut before = text[..k.span.start.min(text.len())]
        .split_whitespace()
        .rev()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .skip_while(|w| w == "the" || w == "a" || w == "an");
    before.next().is_some_and(|w| w == "with" || w == "to")
        && before.next().is_some_and(|w| {
            lex.documents.contains_lower(&w)
                || matches!(
                    w.as_str(),
                    "filed" | "submitted" | "sent" | "lodged" | "delivered" | "presented"
                )
        })
}

/// Last words of newspapers' names ("The New York Times", "the Daily Telegraph"): "the paper"
/// after one is that newspaper.
const NEWSPAPER_NAMES: &[&str] = &[
    "Times",
    "Post",
    "Herald",
    "Journal",
    "News",
    "Guardian",
    "Telegraph",
    "Gazette",
    "Tribune",
    "Chronicle",
    "Observer",
    "Independent",
    "Mail",
    "Express",
    "Star",
    "Sun",
    "Globe",
    "Mirror",
    "Standard",
    "Inquirer",
    "Examiner",
    "Courier",
    "Dispatch",
    "Record",
    "Register",
    "Bulletin",
    "Today",
    "Review",
    "Press",
];

/// Documents that hold what their author said, not a work of theirs: naming one does not make
/// another document the author's.
const SPOKEN_DOCUMENTS: &[&str] = &[
    "statement",
    "statements",
    "speech",
    "remarks",
    "testimony",
    "interview",
    "tweet",
    "post",
    "letter",
    "email",
];

/// The source of the claim just before when its narration names the document `doc` ("In a
/// statement, the bank said inflation had eased. … the statement said" is the bank's).
fn last_claim_with_document<'k>(ph: &Phrase<'k>, doc: &str) -> Option<&'k SourceRef> {
    (ph.lower.len() == 2)
        .then(|| ph.known.last_claim_in(ph.text, doc))
        .flatten()
}

/// Whether the document `doc` ("affidavit") was itself introduced, with no name, as a source
/// before `at`, cited or opening a sentence: "According to a probable cause affidavit, Dunham
/// and Reyes argued … the affidavit says" is the affidavit's, not the people it was about.
fn cited_with_no_name(text: &str, at: usize, doc: &str) -> bool {
    let from = floor_char_boundary(text, at.saturating_sub(DOCUMENT_LOOKBACK_BYTES));
    let before = &text[from..at];
    // Or as the subject a sentence opens on: "A criminal complaint filed in City Court alleges
    // …. The complaint says".
    let lower = before.to_ascii_lowercase();
    let opens_a_sentence = lower.match_indices(doc).any(|(i, _)| {
        let start = before[..i]
            .rfind(['.', '\n', '?', '!'])
            .map_or(0, |j| j + 1);
        let lead: Vec<&str> = before[start..i].split_whitespace().collect();
        // (Not one with its issuer after "by" or "from": "A poll published on Thursday by the
        // Catholic University's polling centre found".)
        let rest = &before[i + doc.len()..];
        let clause = &rest[..rest.find(['.', ';', '\n']).unwrap_or(rest.len())];
        let issued = [" by ", " from "].iter().any(|p| {
            clause.match_indices(p).any(|(j, _)| {
                let after = &clause[j + p.len()..];
                after
                    .strip_prefix("the ")
                    .unwrap_or(after)
                    .starts_with(char::is_uppercase)
            })
        });
        (1..=4).contains(&lead.len())
            && matches!(lead[0], "A" | "An")
            && lead[1..].iter().all(|w| starts_lower(w))
            && !rest.starts_with(char::is_alphanumeric)
            && !issued
    });
    opens_a_sentence
        || before.match_indices("ccording to ").any(|(i, m)| {
            let cited = &before[i + m.len()..];
            let phrase: Vec<&str> = cited
                .split([',', ';', '.', ':', '"', '“'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(6)
                .collect();
            // Introduced there ("a", "an", or a plural with no article: "according to court
            // filings"), not pointed back to ("according to the results", "its filings").
            phrase.first().is_some_and(|w| {
                !matches!(
                    *w,
                    "the"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "my"
                        | "your"
                )
            }) && phrase.iter().all(|w| !w.starts_with(char::is_uppercase))
                && phrase.iter().any(|w| w.eq_ignore_ascii_case(doc))
        })
}

/// The named issuer of the document `doc` where the text last mentions it, within
/// [`DOCUMENT_LOOKBACK_BYTES`]: "a report by the Government Accountability Office", "a poll
/// from Gallup" (not "a report by the newspaper", nor a document "obtained by" someone, nor one
/// mentioned last with no issuer).
fn issued_by_in_narration(ph: &Phrase, doc: &str) -> Option<SourceRef> {
    let at = ph.span.start;
    let from = floor_char_boundary(ph.text, at.saturating_sub(DOCUMENT_LOOKBACK_BYTES));
    let before = &ph.text[from..at];
    let i = memchr::memmem::rfind_iter(before.as_bytes(), doc.as_bytes())
        .chain(
            // (Also capitalised at a sentence's start: "Report by …".)
            memchr::memmem::rfind_iter(before.as_bytes(), capitalised(doc).as_bytes()),
        )
        .filter(|&i| crate::text::is_whole_word(before, &(i..i + doc.len())))
        .max()?;
    let rest = &before[i + doc.len()..];
    let rest = rest
        .strip_prefix(" by ")
        .or_else(|| rest.strip_prefix(" from "))?;
    let rest_at = at - rest.len();
    let name = issuer_name(ph.lex, rest)?;
    let (found, _) = resolve(
        ph.text,
        ph.lex,
        rest_at + name.start..rest_at + name.end,
        false,
        ph.registry,
        ph.known,
    );
    found.filter(|k| k.kind != SourceKind::Anonymous)
}

/// Where the name of a document's issuer stands in `rest`, the words right after its "by" or
/// "from" ("the Government Accountability Office released …"): capitalised words with "of",
/// "for", "and" or "the" inside, within the paragraph. None for a time ("January") or a name
/// describing people after it ("Harvard researchers").
fn issuer_name(lex: &Lexicon, rest: &str) -> Option<Range<usize>> {
    let mut skip = if rest.starts_with("the ") {
        "the ".len()
    } else {
        0
    };
    // (And a place's possessive in lower case before the name: "the state's Department of
    // Managed Health Care".)
    if let Some((owner, name)) = rest[skip..].split_once(' ') {
        let place = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"))
            .is_some_and(|o| matches!(o, "state" | "city" | "county" | "nation" | "country"));
        if skip > 0 && place && starts_upper(name) {
            skip += owner.len() + 1;
        }
    }
    let body = &rest[skip..];
    let body = &body[..body.find('\n').unwrap_or(body.len())];
    let mut len = 0;
    for w in body.split(' ') {
        let word = w.trim_end_matches([',', '.', ';', ':', ')']);
        let inside = matches!(word, "of" | "for" | "and" | "the") && len > 0;
        if !(starts_upper(word) || inside) {
            break;
        }
        // (Punctuation ends it, but the full stop of a title, an initial or an acronym does
        // not: "Mr. Rubio", "U.S. Department of Education".)
        let title = w.len() == word.len() + 1
            && w.ends_with('.')
            && crate::article::sentences::before_period_blocks(body, 0, len + word.len());
        if word.len() < w.len() && !title {
            len += word.len() + 1;
            break;
        }
        len += w.len() + 1;
    }
    let name = body[..len.saturating_sub(1).min(body.len())].trim_end();
    let name = ["of", "for", "and", "the"]
        .iter()
        // (A whole word only: "NHS England", "Statistics Finland" keep their "and".)
        .fold(name, |n, f| {
            n.strip_suffix(f)
                .filter(|rest| rest.ends_with(' '))
                .map_or(n, str::trim_end)
        });
    let describes = body[name.len()..]
        .split_whitespace()
        .next()
        .is_some_and(|w| starts_lower(w) && (w.ends_with('s') || lex.is_role_noun(w)));
    (!name.is_empty() && !describes && !is_month_or_weekday(name)).then(|| skip..skip + name.len())
}

/// `word` with its first letter in upper case.
fn capitalised(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// How far back (bytes) a document looks for its own citation.
const DOCUMENT_LOOKBACK_BYTES: usize = 3_000;

/// Lower-case words that are neither a pronoun, a role noun nor an anonymous-source marker (those
/// were tried before) are not a speaker: "efforts supporting …". People in the plural of a role
/// noun are an unnamed source ("even some technologists say", "local shopkeepers told").
fn no_capital(ph: &Phrase) -> Option<Decision> {
    if ph.ws.iter().any(|w| starts_upper(w)) {
        return None;
    }
    // An institution's possessive after "the", as at a sentence's start ("But the agency's
    // guidelines say" is "The agency's guidelines say").
    let institutions = |i: usize| {
        let owner = ph.lower[i].trim_end_matches("'s").trim_end_matches("’s");
        ph.possessive(i)
            && (ph.lex.institution_roles.contains(owner)
                || ph.lex.organisation_words.contains(owner))
    };
    if ph.lower[0] == "the" && (3..=4).contains(&ph.lower.len()) && institutions(1) {
        if let Some(d @ Decision::Source(_)) = bare_determiner(ph) {
            return Some(d);
        }
    }
    // (A relative "who" the phrase runs to stands for the words before it: "the liberal senators
    // who opposed" are the senators.)
    let (n, relative) = match ph.len_to_head() {
        n if n > 1 && ph.lower[n - 1] == "who" => (n - 1, true),
        n => (n, false),
    };
    let head = ph.lower[n - 1];
    // "according to the union": the organisation named before with that word in its name
    // ("the Solidarity Dockers' Union"), as "The union said" is.
    if n == 2 && ph.lower[0] == "the" && ph.lex.organisation_words.contains(head) {
        if let Some(org) = ph
            .known
            .organisation_antecedent(ph.text, ph.lex, head, ph.span.clone())
        {
            return Some(Decision::Source(org));
        }
    }
    // Documents a participle describes ("according to documents filed with the agency",
    // "records obtained under a public records request"): those documents, unnamed.
    let first = usize::from(matches!(
        ph.lower[0],
        "the" | "a" | "an" | "some" | "internal"
    ));
    if ph.document_described(first) {
        return Some(Decision::Source(ph.anonymous()));
    }
    // (Also members or leaders of a body: "leaders of both parties".)
    let people = (head.len() > 3
        && head
            .strip_suffix('s')
            .is_some_and(|h| lex_person(ph.lex, h) && !h.ends_with('s')))
        || matches!(head, "members" | "leaders" | "representatives");
    let start = if relative {
        people_phrase_start(ph, n - 1)
    } else {
        0
    };
    Some(if people {
        Decision::Source(anon_source(
            ph.text,
            ph.span.start + ph.ranges[start].start..ph.span.start + ph.ranges[n - 1].end,
        ))
    } else {
        Decision::Nobody
    })
}

/// Where the people whose noun is the word at `head` start: back over the words that describe
/// them, through one determiner ("the party leaders", "these four armed guards", "the three
/// Democratic candidates"), never over a comma, a preposition, a conjunction, an adverb, a word
/// of time or a verb ("the first step in determining delegates" is "delegates"; "members of
/// Congress and governors" is "governors"; "the city thanks volunteers" is "volunteers"; "Last
/// year teachers" is "teachers"); and back through the quantity of a share ("all of the GOP
/// candidates", "all five of the Republican candidates").
fn people_phrase_start(ph: &Phrase, head: usize) -> usize {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "some", "many", "several", "other", "these", "those", "most", "all",
        "both", "each", "every", "any", "no", "his", "her", "their", "its", "our",
    ];
    const QUANTITIES: &[&str] = &[
        "all", "both", "none", "some", "each", "many", "most", "few", "several", "one",
    ];
    // (A number as `is_number` reads it, also with thousands' commas or beyond ten: "1,500",
    // "dozens of", "hundreds".)
    let number = |w: &str| {
        is_number(w)
            || (w.starts_with(|c: char| c.is_ascii_digit())
                && w.bytes().all(|b| b.is_ascii_digit() || b == b','))
            || matches!(
                w,
                "eleven" | "twelve" | "dozen" | "dozens" | "hundreds" | "thousands"
            )
    };
    let mut k = head;
    while k > 0 {
        let w = ph.lower[k - 1];
        if ph.p[ph.ranges[k - 1].end..ph.ranges[k].start].contains(',') {
            break;
        }
        if DETERMINERS.contains(&w) {
            k -= 1;
            break;
        }
        let before = k.checked_sub(2).map(|j| ph.lower[j]);
        let after_determiner = before.is_some_and(|b| DETERMINERS.contains(&b) || number(b));
        // (A participle describes them after a determiner or a number only: "these four armed
        // guards", not "the firm hired former officers".)
        let describes = number(w)
            || (!is_function_word(w)
                && !never_describes_people(ph.lex, w)
                && (!w.ends_with("ed") || after_determiner)
                // (A verb in the present tense is no description: "the plan hurts workers";
                // a noun in the plural that names a field may be: "civil rights leaders".)
                && !present_tense(ph, k - 1));
        if !describes {
            break;
        }
        k -= 1;
    }
    // The quantity of a share before them: "all of", "all five of".
    if k >= 2
        && ph.lower[k - 1] == "of"
        && (QUANTITIES.contains(&ph.lower[k - 2]) || is_number(ph.lower[k - 2]))
    {
        k -= 2;
        if k >= 1 && matches!(ph.lower[k - 1], "all" | "both") {
            k -= 1;
        }
    }
    k
}

/// Whether the word at `j` reads as a verb in the present tense ("the plan hurts workers"): in
/// lower case, in "-s"; not a noun in the plural that names a field ("civil rights leaders").
fn present_tense(ph: &Phrase, j: usize) -> bool {
    let w = ph.lower[j];
    starts_lower(ph.ws[j])
        && w.len() > 3
        && w.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
        && !ph.lex.name_topics.contains(w)
        && !matches!(
            w,
            "rights"
                | "liberties"
                | "sports"
                | "arms"
                | "goods"
                | "sales"
                | "operations"
                | "communications"
                | "savings"
                | "works"
        )
}

/// Words that never describe people before their noun: a conjunction, a preposition, an
/// adverb, a word of time, a verb in the past tense or a copula, a modal.
fn never_describes_people(lex: &Lexicon, w: &str) -> bool {
    w.ends_with("ing")
        || lex.may_follow_subject(w)
        || (super::subject::is_past_or_copula(w) && !w.ends_with("ed"))
        || matches!(
            w,
            "of" | "and"
                | "or"
                | "nor"
                | "including"
                | "against"
                | "about"
                | "among"
                | "like"
                | "between"
                | "over"
                | "under"
                | "ran"
                | "run"
                | "yet"
                | "even"
                | "also"
                | "just"
                | "still"
                | "perhaps"
                | "then"
                | "now"
                | "today"
                | "tonight"
                | "yesterday"
                | "tomorrow"
                | "during"
                | "last"
                | "next"
                | "year"
                | "week"
                | "month"
                | "day"
                | "night"
                | "morning"
                | "evening"
                | "afternoon"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shall"
        )
}

/// No name left once articles and titles are stripped ("The"): the nearest named source. An
/// organisation ("The union", "The association") stands for the last one named with that word in
/// its name, never for a person, and is an unnamed source when none was named.
fn bare_determiner(ph: &Phrase) -> Option<Decision> {
    if !ph.name().0.is_empty() {
        return None;
    }
    let (lex, head) = (ph.lex, ph.head());
    // "The two said", "The two men said" with nobody named just before (else `the_two` in
    // `find_source` decided): an unnamed group.
    if (2..=3).contains(&ph.lower.len())
        && ph.lower[0] == "the"
        && matches!(ph.lower[1], "two" | "three" | "four")
    {
        return Some(Decision::Source(ph.anonymous()));
    }
    // (Also a body an institution speaks through, named with the word before: "Ukraine's air
    // force said … The air force said" is Ukraine's.)
    let org_word = lex.organisation_words.contains(head);
    if ph.lower.len() > 1 && !org_word && lex.institution_heads.contains(head) {
        if let Some(org) = ph.known.body_antecedent(ph.text, head, ph.span.clone()) {
            return Some(Decision::Source(org));
        }
    }
    if ph.lower.len() > 1 && org_word {
        let org = ph
            .known
            .organisation_antecedent(ph.text, lex, head, ph.span.clone())
            .or_else(|| same_kind_as_last_claim(ph, head));
        // An institution's common noun ("The campaign", "The department") may still stand for
        // the one who spoke last, as it always has.
        if org.is_some()
            || !(lex.institution_heads.contains(head) || lex.institution_roles.contains(head))
        {
            return Some(Decision::Source(org.unwrap_or_else(|| ph.anonymous())));
        }
    }
    // "The" and a word that ends a name written before ("The railroad said" after "An
    // Allegheny Central Railroad freight train").
    if let Some(k) = super::known::name_ending_on(ph.text, lex, &ph.span) {
        return Some(Decision::Source(k));
    }
    let institution =
        |w: &str| lex.institution_heads.contains(w) || lex.institution_roles.contains(w);
    // An indefinite article and a role or an institution at the head introduce someone new ("A
    // reporter can be heard asking", "a new national poll suggests"; "a government shutdown" is
    // a thing).
    let role_head = ph.lower[..ph.len_to_head()]
        .last()
        .is_some_and(|w| lex.is_role_noun(w) || institution(w));
    // (Also "A person close to Lindqvist said", the phrase cut before "close to".)
    // (Or any person the lexicon does not list as a role: "A librarian at one of the district's
    // high schools said" is no one named before.)
    let unlisted_person = ph.lower.len() >= 2
        && ph.ws.get(1).is_some_and(|w| starts_lower(w))
        && ph.lower[..ph.len_to_head()]
            .last()
            .is_some_and(|w| agent_noun(w));
    let someone_new = matches!(ph.lower.first().copied(), Some("a" | "an"))
        && (role_head || head == "person" || unlisted_person);
    if someone_new {
        return Some(Decision::Source(ph.anonymous()));
    }
    // A noun of speech counted or measured with "of" ("The surge of support for the chain
    // came after …", "a wave of criticism") is nobody's by those words.
    if head == "of" && ph.lower.len() == 3 && matches!(ph.lower[0], "the" | "a" | "an") {
        return Some(Decision::Nobody);
    }
    // People or an institution with nobody to point to are an unnamed source ("The family
    // said", "the poll shows"), as a role noun is; a bare "The", or a thing ("the decision
    // threatens"), names nobody.
    let described = (2..=4).contains(&ph.lower.len())
        && !ph.lower.contains(&"of")
        && (lex.associates.contains(head)
            || institution(head)
            || guard_service(&ph.lower)
            || lex.organisation_words.contains(head)
            || lex.collective_heads.contains(head));
    // A thing of some age ("The 20-year-old law says") names nobody.
    let thing = ph.lower.iter().any(|w| is_age(w)) && !described && !role_head;
    // An institution never stands for a person who spoke last ("Superintendent Angela Brooks
    // told the board … The district estimates" is the district, unnamed).
    let for_a_person = |k: &SourceRef| institution(head) && KnownSources::is_person(lex, k);
    // "The person said" right after an unnamed person spoke ("A person familiar with the
    // investigation … said"): that person, as "he" would be.
    if ph.lower.len() == 2 && head == "person" && ph.lower[0] == "the" {
        if let Some(k) = ph.known.person_antecedent(ph.text, lex, Gender::Unknown) {
            return Some(Decision::Source(SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k
            }));
        }
    }
    // A relative, friend or colleague speaks for themselves ("Helena Voss … died on Saturday.
    // The family said"): an unnamed source, never the person named last (as "the lawyers" or
    // "the authors" may be those named).
    let kin = matches!(
        head,
        "family"
            | "sister"
            | "brother"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "parents"
            | "friend"
            | "friends"
            | "neighbour"
            | "neighbor"
            | "colleague"
            | "colleagues"
            | "partner"
    );
    if described && kin {
        return Some(Decision::Source(ph.anonymous()));
    }
    // People in the plural the lexicon has no role for ("The attackers demanded $4 million",
    // "The hackers reportedly demanded a ransom"): unnamed people, never the person named last.
    let head_word = ph.lower[..ph.len_to_head()].last().copied().unwrap_or(head);
    let unlisted_people = ph.lower.len() >= 2
        && ph.lower[0] == "the"
        && !thing
        && head_word.strip_suffix('s').is_some_and(agent_noun)
        && !lex.documents.contains(head_word)
        // (Things the endings also spell: "The numbers suggest", "The papers show".)
        && !matches!(
            head_word,
            "numbers" | "papers" | "orders" | "letters" | "matters" | "waters" | "headquarters"
                | "offers" | "powers" | "computers"
        )
        && !lex.plural_roles.contains(head_word)
        && !head_word
            .strip_suffix('s')
            .is_some_and(|one| lex.is_role_noun(one) || lex.associates.contains(one));
    if unlisted_people {
        return Some(Decision::Source(ph.anonymous()));
    }
    // A person's role "of" a thing in lower case, with nobody it stands for ("The owner of the
    // restaurant said", "The captain of the ship said"): an unnamed person, not nobody.
    let role_of = (ph.lower.first() == Some(&"the"))
        .then(|| {
            (2..ph.lower.len()).find(|&k| {
                ph.lower[k] == "of"
                    && (lex_person(lex, ph.lower[k - 1]) || lex.offices.contains(ph.lower[k - 1]))
                    && ph.ws[k + 1..].iter().all(|w| starts_lower(w))
            })
        })
        .flatten();
    // (With nobody introduced with that role, it is someone new, never simply the person named
    // last: "The owner of the building says" after a senator spoke.)
    if let Some(k) = role_of {
        let role = ph.lower[k - 1];
        let is_role = |w: &str| names_office(w, role);
        if ph.known.described_with(ph.text, &is_role).is_none() {
            return Some(Decision::Source(ph.anonymous()));
        }
    }
    // An office is the one introduced with it, also by its abbreviated title, before the
    // nearest person ("Pope Francis … The pope claimed"; a member of Congress is a
    // representative: "Rep. Debbie Wasserman Schultz … The congresswoman").
    if ph.lower.len() == 2 && ph.lower[0] == "the" && lex.offices.contains(head) {
        let congress = matches!(head, "congressman" | "congresswoman" | "congressmember");
        // (A representative as a title: "Rep.", "Representative"; not "union representative".)
        let is_word = |w: &str| {
            names_office(w, head)
                || (congress
                    && ((starts_upper(w) && names_office(w, "representative"))
                        || ["congressman", "congresswoman", "congressmember"]
                            .iter()
                            .any(|c| w.eq_ignore_ascii_case(c))))
        };
        if let Some(k) = ph.known.introduced_as(ph.text, &is_word) {
            return Some(Decision::Source(SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k.clone()
            }));
        }
    }
    // People in the plural of a role with nobody named to stand for ("The liberal senators who
    // opposed the agreement said"): unnamed people, as without "the".
    let role_plural = ph.lower[0] == "the"
        && (2..=4).contains(&ph.lower.len())
        && head_word
            .strip_suffix('s')
            .is_some_and(|one| lex_person(lex, one) && !one.ends_with('s'));
    match ph.link("the").filter(|k| !thing && !for_a_person(k)) {
        Some(k) => Some(Decision::Source(k)),
        None if described || role_of.is_some() || role_plural => {
            Some(Decision::Source(ph.anonymous()))
        }
        None => Some(Decision::Nobody),
    }
}

/// The person introduced with an office and its place ("Florida Sen. Marco Rubio", "Gov. Mike
/// Pence of Indiana"), not another holder of the office named since; else the one the text names
/// so, in a claim or not ("Cruz was battling with Florida Sen. Marco Rubio").
fn place_office_holder(ph: &Phrase, office: &str, place: &str) -> Option<SourceRef> {
    let is_role = |w: &str| names_office(w, office);
    if let Some(k) = ph.known.described_with_and(ph.text, &is_role, place) {
        return Some(SourceRef {
            span: ph.span.clone(),
            linked: true,
            ..k.clone()
        });
    }
    ph.known
        .names_with_office(ph.text, office, Some(place))
        .take_while(|r| r.end <= ph.span.start)
        .last()
        .map(|r| holder_named(ph, &ph.text[r]))
}

/// An office held for a place, written "of" or "from" it ("The mayor of Minneapolis called", "the
/// senator from Vermont said"): the person introduced with that office and place ("Sen. Bernie
/// Sanders of Vermont"), else an unnamed one, never the place.
fn office_of_a_place(ph: &Phrase) -> Option<Decision> {
    const PLACE_OFFICES: &[&str] = &[
        "senator",
        "governor",
        "mayor",
        "congressman",
        "congresswoman",
        "representative",
        "sheriff",
        "lawmaker",
    ];
    let lower = &ph.lower;
    if lower.len() < 4
        || !matches!(lower[0], "the" | "a")
        || !PLACE_OFFICES.contains(&lower[1])
        || !matches!(lower[2], "of" | "from")
    {
        return None;
    }
    let words = &ph.ws[3..];
    let at = ph.ranges[3].start..ph.ranges[ph.ws.len() - 1].end;
    let place = &ph.p[at];
    // (A city's mayor or sheriff, whatever the city; other offices of a place the lexicon
    // knows: not "the senator from the Judiciary Committee".)
    // (Not a name after the place: "The mayor of Chicago Rahm Emanuel said".)
    let city_office = matches!(lower[1], "mayor" | "sheriff");
    let first_name =
        |w: &&str| Gender::listed(&ph.lex.male_names, &ph.lex.female_names, w) != Gender::Unknown;
    if words.len() > 3
        || !words.iter().all(|w| starts_upper(w))
        || !(city_office || ph.lex.is_place_name(place))
        || (city_office && (words.len() > 2 || words[..words.len() - 1].iter().any(first_name)))
    {
        return None;
    }
    let holder = (lower[0] == "the")
        .then(|| place_office_holder(ph, lower[1], place))
        .flatten();
    Some(Decision::Source(holder.unwrap_or_else(|| ph.anonymous())))
}

/// Whether a word names someone by what they do, as the lexicon's roles do not list every such
/// word: "librarian", "organiser", "protester", "activist" (five letters or more).
fn agent_noun(w: &str) -> bool {
    w.len() > 4 && ["ian", "ist", "er", "or"].iter().any(|e| w.ends_with(e))
}

/// "The" and a kind of body right after a claim of a named body of that kind, with its own
/// word ("The National Civil Aviation Authority said … The regulator said", "The Brenmouth
/// Pilots Association has warned … the union said"): that body.
fn same_kind_as_last_claim(ph: &Phrase, head: &str) -> Option<SourceRef> {
    let kinds: &[&str] = match head {
        "regulator" | "watchdog" => &["authority", "commission", "agency", "office", "board"],
        "union" => &["association", "federation", "guild"],
        _ => return None,
    };
    if ph.lower.len() != 2 || ph.lower[0] != "the" {
        return None;
    }
    /// Words of a regulator's name ("National Civil Aviation Authority", "Financial Conduct
    /// Authority"); "Summit Travel Agency" is a business.
    #[rustfmt::skip]
    const REGULATED: &[&str] = &[
        "national", "federal", "state", "civil", "aviation", "financial", "conduct", "competition",
        "markets", "communications", "environment", "environmental", "food", "drug", "drugs",
        "energy", "securities", "exchange", "safety", "health", "regulation", "regulatory",
        "standards", "protection", "prudential", "gambling", "gaming", "telecommunications",
        "data", "information", "privacy", "maritime", "transport", "rail", "water", "nuclear",
        "medicines", "insurance", "banking", "consumer", "trade", "electoral", "election",
    ];
    let (s, _) = ph.known.last_claim.as_ref()?;
    // (The kind's word anywhere in the name: "Office for Nuclear Regulation", "National
    // Association of Head Teachers".)
    let of_kind = s
        .name
        .split(' ')
        .any(|w| kinds.contains(&w.to_ascii_lowercase().as_str()));
    let name_fits_kind = head == "union"
        || s.name
            .split(' ')
            .any(|w| REGULATED.contains(&w.to_ascii_lowercase().as_str()));
    (!s.is_anonymous()
        && s.name.contains(' ')
        && !KnownSources::is_person(ph.lex, s)
        // (Nor a person whose surname is the word: "Sarah Agency", "Jean Commission".)
        && Gender::of_name(ph.lex, &s.name) == Gender::Unknown
        && name_fits_kind
        && of_kind
        // (Near it: the next sentence or so.)
        && ph.span.start.saturating_sub(s.span.end) <= 400)
        .then(|| SourceRef {
            span: ph.span.clone(),
            linked: true,
            ..s.clone()
        })
}

/// Whether a phrase ends on a guard of a coast, a nation or a border, a service ("The coast
/// guard said"); a guard alone is a person ("Prison guard Tom Hill … The guard said").
fn guard_service(lower: &[&str]) -> bool {
    lower.len() >= 2
        && lower[lower.len() - 1] == "guard"
        && matches!(lower[lower.len() - 2], "coast" | "national" | "border")
}

/// A person's role noun or "man"/"woman" ("a 43-year-old man").
fn lex_person(lex: &Lexicon, w: &str) -> bool {
    lex.is_role_noun(w) && !lex.institution_roles.contains(w)
}

/// A number is never a name ("an Internet posting made just over 24 hours ago"), and a count of
/// people, or a share of them ("Three of the bank's 26 policymakers"), is an unnamed group ("12
/// Republicans said"); an age stands
/// for a person, as a role noun does ("the 43-year-old asked": the nearest person named, else
/// an unnamed source).
fn number(ph: &Phrase) -> Option<Decision> {
    // A share of a group of people ("Three of the bank's 26 policymakers have warned"): an
    // unnamed group, the whole phrase.
    let share = ph.lower.len() >= 3
        && ph.lower[1] == "of"
        && is_number(ph.lower[0])
        && ph
            .lower
            .last()
            .and_then(|w| w.strip_suffix('s'))
            .is_some_and(|one| {
                lex_person(ph.lex, one)
                    || ["er", "ist", "or", "ian"].iter().any(|e| one.ends_with(e))
            });
    // A crowd counted ("Tens of thousands of people", "Hundreds of protesters"): unnamed.
    let crowd = ph.lower.len() >= 3
        && is_crowd_count(ph.lower[0])
        && ph.lower[1] == "of"
        && ph.lower[2..]
            .iter()
            .all(|w| starts_lower(w) || matches!(*w, "of" | "thousands" | "hundreds"))
        && (ph.head().ends_with('s') || ph.head() == "people");
    if share || crowd {
        return Some(Decision::Source(ph.anonymous()));
    }
    let name = &ph.name().0;
    let age = |w: &&str| w.ends_with("-old") && w.starts_with(|c: char| c.is_ascii_digit());
    let head = ph.head();
    let aged_person = ph.lower.iter().any(age)
        && (age(&head) || lex_person(ph.lex, head) || matches!(head, "boy" | "girl"));
    if aged_person {
        // "the 43-year-old" points back; "a 43-year-old" is someone new.
        return Some(Decision::Source(match ph.lower[0] {
            "the" => ph.link("the").unwrap_or_else(|| ph.anonymous()),
            _ => ph.anonymous(),
        }));
    }
    // "No 10" (Downing Street), "No. 10": a number that is a name, and the speaker's ("A No 10
    // spokesperson said"); not a rank ("the No. 2 Democrat").
    if ph
        .ws
        .windows(2)
        .any(|w| matches!(w[0], "No" | "No.") && w[1] == "10")
    {
        return Some(Decision::Source(SourceRef {
            name: "No 10".to_string(),
            span: ph.span.clone(),
            kind: SourceKind::Unregistered,
            linked: false,
        }));
    }
    let numeric = name.starts_with(|c: char| c.is_ascii_digit());
    // A count and one plural ("250,000 Syrians").
    let mut words = name
        .split(' ')
        .skip_while(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let count_of_people =
        numeric && words.next().is_some_and(|w| w.ends_with('s')) && words.next().is_none();
    // The phrase is only the count and its plural: an unnamed group ("12 Republicans said").
    if count_of_people && ph.len_to_head() <= 3 && head.ends_with('s') {
        return Some(Decision::Source(ph.anonymous()));
    }
    // A count at the end of a longer phrase ("that Obama wanted to admit 250,000 Syrians"), or
    // a number with lower-case words only ("The 20-year-old law says"), names nobody.
    let uncapitalised = numeric && !name.chars().any(char::is_uppercase);
    // A document measured so is an unnamed source ("The 27-page indictment accuses").
    let measured = |w: &&str| {
        w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('-') && !w.ends_with("-old")
    };
    if uncapitalised && ph.lower.iter().any(measured) && ph.lex.is_document(head) {
        return Some(Decision::Source(ph.anonymous()));
    }
    (count_of_people || uncapitalised || !name.chars().any(char::is_alphabetic))
        .then_some(Decision::Nobody)
}

/// A pronoun the phrase ends on ("Like I said"): never a name, but the pronoun's source.
fn trailing_pronoun(ph: &Phrase) -> Option<Decision> {
    if expletive_it(ph) {
        return Some(Decision::Nobody);
    }
    let name = &ph.name().0;
    let last_word = name.rsplit(' ').next().unwrap_or(name);
    let last_word = lowercase(last_word.split(['’', '\'']).next().unwrap_or(last_word));
    ph.lex
        .pronouns
        .contains(&last_word)
        .then(|| Decision::Source(ph.pronoun_source(&last_word)))
}

/// A lone capitalised word that only modifies the common noun after it is no name: "some
/// European capitals", "the American people", "the Ukrainian head of state". The speaker phrase
/// ends on its head; adverbs and auxiliaries after a name ("Trump bizarrely", "Kim has also") do
/// not count. An institution's common noun keeps the name ("the New Zealand government", "The
/// Home Office letter"), as a representative keeps the one named ("Biden's spokesman").
fn modifier(ph: &Phrase) -> Option<Decision> {
    if !ph.subject {
        return None;
    }
    let (ws, lex) = (&ph.ws, ph.lex);
    // People, institutions or bodies in the plural ("officials", "groups", "unions").
    let people_or_bodies = |w: &str| {
        lex.plural_bodies.contains(w)
            || crate::text::singular(w)
                .is_some_and(|s| lex.is_role_noun(&s) || lex.institution_roles.contains(&s))
    };
    // People or institutions in the plural after the capitalised word ("Humanitarian groups
    // have long complained") are an unnamed source, not a thing the word modifies.
    // (Or bodies: "Pilots' unions at both carriers said".)
    let people = ph.lower.get(1).is_some_and(|w| people_or_bodies(w));
    // And so are the records of an institution's kind, capitalised only for opening the sentence
    // ("Court documents show", "Hospital records show"; not "Pentagon documents").
    let records = ph.lower.get(1).is_some_and(|w| {
        w.ends_with('s') && lex.documents.contains(w) && {
            let kind = ph.lower[0];
            lex.institution_roles.contains(kind)
                || lex.institution_heads.contains(kind)
                || lex.is_role_noun(kind)
        }
    });
    if (people || records) && ph.opens_sentence() && ws[1..].iter().all(|w| starts_lower(w)) {
        let end = ph.span.start + ph.ranges[1].end;
        return Some(Decision::Source(anon_source(ph.text, ph.span.start..end)));
    }
    // A role in the plural opening the sentence with where or whom they are from ("Senators from
    // both parties said", "Teachers in rural districts say", "Senators from Ohio and Indiana
    // said"): unnamed people, the whole phrase.
    // (Or bodies: "Unions at both carriers said", "Hospitals in the region say".)
    let role_plural = people_or_bodies(ph.lower[0]);
    // (A title's "general" after it: "Attorneys general in Utah and New Mexico said".)
    let from = if ph.lower.get(1) == Some(&"general") {
        2
    } else {
        1
    };
    if role_plural && from == 2 && ph.lower.len() == 2 && ph.opens_sentence() {
        return Some(Decision::Source(ph.anonymous()));
    }
    if role_plural
        && ph.lower.len() >= from + 2
        && matches!(ph.lower[from], "from" | "in" | "at" | "across" | "on")
        && ph.opens_sentence()
        && ws[1..=from].iter().all(|w| starts_lower(w))
    {
        return Some(Decision::Source(ph.anonymous()));
    }
    // Documents a participle describes, capitalised only for opening the sentence ("Documents
    // introduced as evidence showed") or after a word that is ("Bank records introduced as
    // evidence showed"), as after no capital at all ("documents filed in court"): those
    // documents, unnamed.
    let capitalised_for_the_sentence = || {
        ph.known.canonical(ws[0]).is_none() && {
            let at = ph.span.start + ph.ranges[0].start;
            !super::subject::capitalised_mid_sentence(ph.text, &(at..at + ws[0].len()))
        }
    };
    let doc = if ph.lower[0].ends_with('s') && ph.document_described(0) {
        Some(0)
    } else if ph.document_described(1) && capitalised_for_the_sentence() {
        Some(1)
    } else {
        None
    };
    if let Some(d) = doc.filter(|_| ph.opens_sentence() && ws[1..].iter().all(|w| starts_lower(w)))
    {
        let end = ph.span.start + ph.ranges[d].end;
        return Some(Decision::Source(anon_source(ph.text, ph.span.start..end)));
    }
    // So are people counted ("One person briefed on the investigation", "Several bishops in
    // the United States") and the media of a nation ("Italian media reports"): the capitals
    // after a preposition are a place's.
    // (An adjective may stand between: "Two federal inspectors who were at the site".)
    // (Or institutions counted: "Three hospitals in the region said".)
    let person_word = |w: &&str| {
        matches!(*w, "person" | "people" | "states" | "countries" | "nations")
            || lex.is_role_noun(w)
            || crate::text::singular(w).is_some_and(|one| {
                lex.is_role_noun(&one)
                    || lex.institution_roles.contains(&one)
                    || lex.organisation_words.contains(&one)
            })
    };
    // (Up to three adjectives: "some local law-enforcement officers along Colorado’s borders";
    // not "Three of the four states", "Three days later police".)
    let describes = |w: &str| {
        starts_lower(w)
            && !lex.not_names.contains_ascii_folded(w)
            && !lex.may_follow_subject(&w.to_ascii_lowercase())
            && !matches!(w, "decades" | "seconds" | "centuries")
    };
    let counted = matches!(
        ph.lower.first().copied(),
        Some(
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "several"
                | "many"
                | "some"
                | "few"
        )
    ) && (1..ph.lower.len().min(5))
        .find(|&i| person_word(&ph.lower[i]))
        .is_some_and(|i| ws[1..i].iter().all(|w| describes(w)));
    // (Not an owner's media office or wing: "Hezbollah's media office said" is Hezbollah's.)
    let media = ph.lower.get(1) == Some(&"media") && !ph.possessive(0);
    let preposition = |w: &str| {
        matches!(
            w,
            "in" | "on" | "of" | "at" | "from" | "across" | "along" | "near" | "around" | "outside"
        )
    };
    let described = ws[1..]
        .iter()
        .take_while(|w| !preposition(w))
        .all(|w| starts_lower(w));
    if (counted || media) && described {
        // The description up to a preposition or what may follow a subject (an auxiliary, an
        // adverb): "one news account", "many people here" of "Many people here have come to
        // know".
        let last = (1..ws.len())
            .take_while(|&i| {
                !preposition(ph.lower[i])
                    && !matches!(ph.lower[i], "who" | "that" | "which")
                    && (i == 1 || !lex.may_follow_subject(ph.lower[i]))
            })
            .last()
            .unwrap_or(1);
        let end = ph.span.start + ph.ranges[last].end;
        return Some(Decision::Source(anon_source(ph.text, ph.span.start..end)));
    }
    let k = ws.iter().rposition(|w| starts_upper_or_digit(w))?;
    let trailing = &ph.lower[k + 1..];
    let modifies = trailing.iter().any(|w| !lex.may_follow_subject(w));
    let head = trailing.last().copied().unwrap_or("");
    // Only a lone capitalised word is taken for a modifier ("European", "Recent", "345
    // Muslim"); a longer run is a name ("the New Zealand government", "The Home Office").
    let lone = k == 0 || !starts_upper(ws[k - 1]);
    // "Figures" are an institution's numbers right after its name ("ONS figures show"); with a
    // word between, or a word of quantity or rank before the name, they are people: "some GOP
    // figures", "Top GOP figures", "Republican establishment figures".
    let people_figures = head == "figures"
        && (trailing.len() > 1
            || matches!(
                ph.lower.first().copied(),
                Some(
                    "some"
                        | "many"
                        | "several"
                        | "few"
                        | "other"
                        | "top"
                        | "leading"
                        | "senior"
                        | "prominent"
                        | "key"
                        | "most"
                )
            ));
    // A lone word opening the sentence may be capitalised only for that ("Government research
    // shows", "Preliminary findings", "New data"): it speaks for an institution's noun only when
    // it looks like a name anyway: an acronym, a possessive ("Clinton's campaign"), a name met
    // before, or a word capitalised mid-sentence elsewhere ("Clinton campaign says").
    let sentence_initial = k == 0 && ph.opens_sentence();
    let name_like = !sentence_initial
        || (ws[k].len() >= 2 && ws[k].chars().all(|c| c.is_ascii_uppercase() || c == '.'))
        || ph.possessive(k)
        || ph.known.canonical(ws[k]).is_some()
        || {
            let at = ph.span.start + ph.ranges[k].start;
            super::subject::capitalised_mid_sentence(ph.text, &(at..at + ws[k].len()))
        };
    let speaks_for_name = !people_figures
        && (!lone
            // (An organisation named by its kind too, in the singular: "the Unite union", "the
            // Labour party"; "our US partners" are people.)
            || ((lex.institution_heads.contains(head)
                || (lex.organisation_words.contains(head) && !head.ends_with('s')))
                && name_like)
            || ((lex.is_role_noun(head) || lex.offices.contains(head)) && ph.possessive(k)));
    if !modifies || speaks_for_name {
        return None;
    }
    // People in the plural after the capitalised word are unnamed people, not a thing it
    // modifies ("The three Democratic candidates broadly agreed", "All of the GOP candidates
    // oppose", "Eleven progressive and Muslim organizations are asking"): the phrase up to them.
    // (Also those a relative "who" describes: "backed by Democratic senators who argued".)
    let people_at = (k + 1..ph.lower.len())
        .rev()
        .find(|&i| !lex.may_follow_subject(ph.lower[i]) && ph.lower[i] != "who")
        .filter(|&i| {
            let w = ph.lower[i];
            w.len() > 3
                && !people_figures
                && crate::text::singular(w).is_some_and(|one| {
                    lex_person(lex, &one)
                        || lex.institution_roles.contains(&one)
                        || matches!(one.as_str(), "organization" | "organisation" | "group")
                })
        });
    // The noun phrase of the people opens the phrase, after an opening adverb or conjunction at
    // most ("Yet even leaders on the left", "after Jewish groups voiced"); or a document "from"
    // them does ("A joint statement from five campus Jewish groups says"). "Each side deployed
    // hundreds of volunteers to call" is no volunteers' claim, "Sanders joins fellow Democratic
    // senators in calling" no senators'.
    let people_at = people_at.and_then(|i| {
        let mut start = people_phrase_start(ph, i);
        // (Or a body of them, or what they say: "the next class of Democratic senators", "The
        // rhetoric of Republican presidential candidates".)
        // (Those a relative "who" describes may stand anywhere: "backed by Democratic senators
        // who argued", "the votes of the half-dozen Republican senators who".)
        let relative = i + 2 == ph.lower.len() && ph.lower[i + 1] == "who";
        if !relative
            && start >= 2
            && (ph.lower[start - 1] == "of"
                || (ph.lower[start - 1] == "from" && lex.is_document(ph.lower[start - 2])))
        {
            start = people_phrase_start(ph, start - 2);
        }
        // (An opening conjunction or subordinator, besides the adverbs and words of time.)
        let opening = ph.lower[..start].iter().all(|w| {
            never_describes_people(lex, w) || matches!(*w, "but" | "so") || is_subordinator(w)
        });
        (opening || relative).then_some((start, i))
    });
    Some(match people_at {
        Some((start, i)) => Decision::Source(anon_source(
            ph.text,
            ph.span.start + ph.ranges[start].start..ph.span.start + ph.ranges[i].end,
        )),
        None => Decision::Nobody,
    })
}

/// One of people just counted, standing alone as the speaker ("One said", "Another said", "A
/// third said", "The other said", "Still another said"), or "Both" or "Neither" opening the
/// sentence: an unnamed source. (Not linked to two people named before: "Both" after a long
/// paragraph is seldom the last two names.)
fn one_of_them(ph: &Phrase) -> Option<Decision> {
    let one = matches!(
        ph.lower[..],
        ["one"]
            | ["another"]
            | ["still" | "yet", "another"]
            | ["the", "other"]
            | ["a", "second" | "third" | "fourth" | "fifth"]
    );
    let both = matches!(ph.lower[..], ["both"] | ["neither"]) && ph.opens_sentence();
    if !(one || both) {
        return None;
    }
    // One of the unnamed people who spoke just before ("Three senior doctors … described … One
    // said": one of three senior doctors).
    // (Not "one of his senior aides", a group of its own.)
    let of_another = ph.text[ph.span.end..].trim_start().starts_with("of ");
    let group = ph
        .known
        .fresh_plural()
        .filter(|_| !of_another)
        .filter(|g| g.is_anonymous() && super::is_plural(&g.name, &(0..g.name.len())));
    Some(Decision::Source(match group {
        Some(g) if one => SourceRef {
            name: format!("{} of {}", ph.lower.join(" "), g.name),
            ..ph.anonymous()
        },
        _ => ph.anonymous(),
    }))
}

/// "Others said", "Some argue", "People say", "Reports suggest": a generic plural at the start of
/// a sentence is an unnamed source, not a name.
/// So is a phrase whose head is a capitalised plural for the members of a party, creed or nation
/// ("Democrats said", "many Republicans believe", "Senate Republicans argue").
/// So is one capitalised common noun for a role or an institution, capitalised only because it
/// opens a sentence or a title-case headline ("Companies say", "Police said", "Members of the
/// conservative press accused"), unless it is the short name of someone named before; it is the
/// organisation named before when that one's name has the noun ("Police arrested …" after "the
/// Irving Police Department").
fn generic_plural(ph: &Phrase) -> Option<Decision> {
    let lex = ph.lex;
    let name = &ph.name().0;
    let head = name.rsplit(' ').next().unwrap_or(name);
    let lower = lowercase(name);
    // The phrase opens on the noun, and the noun opens a sentence or a paragraph ("the nation's
    // Ministry of Health" is a name).
    let opens_sentence = ph.lower.first() == Some(&lower.as_ref()) && ph.opens_sentence();
    // (Also a plural the text near it writes in lower case: "Hospitals reported …" after
    // "Breaches at hospitals keep rising".)
    let written_lower = || {
        let near = 2000;
        let from = crate::text::floor_char_boundary(ph.text, ph.span.start.saturating_sub(near));
        let to = crate::text::floor_char_boundary(ph.text, ph.span.end + near);
        // (In prose, after a space: not in a web address, "en.wikinews.org".)
        lower.ends_with('s') && !lower.ends_with("ss") && {
            let hay = &ph.text[from..to];
            hay.match_indices(lower.as_ref()).any(|(i, m)| {
                hay[..i].ends_with(' ') && crate::text::is_whole_word(hay, &(i..i + m.len()))
            })
        }
    };
    let common = !name.contains(' ')
        && opens_sentence
        && (is_common_noun(lex, &lower) || written_lower())
        && ph.known.canonical(name).is_none();
    // "Police arrested …" after "the Irving Police Department": that department.
    if common {
        if let Some(k) = ph.known.named.iter().rev().find(|k| {
            lex.is_group_name(&k.name) && lowercase(&k.name).split(' ').any(|w| w == lower)
        }) {
            return Some(Decision::Source(SourceRef {
                span: ph.span.clone(),
                linked: true,
                ..k.clone()
            }));
        }
    }
    // "Partners" capitalised after a name closes a firm's name ("Meridian Health Partners",
    // "Bayview Capital Partners"), where "European partners" are a group.
    // (Or two, the first no people's or place's: "the activist fund Corwin Partners".)
    let firm = head == "Partners"
        && match name.split(' ').count() {
            2 => {
                let first = name.split(' ').next().unwrap_or("");
                !names_a_people(ph.lex, first)
                    && !ph.lex.is_place_name(first)
                    && !ph.lex.not_names.contains_ascii_folded(first)
            }
            n => n >= 3,
        };
    (lex.generic_plurals.contains_ascii_folded(name)
        || (ph.subject && lex.group_plurals.contains_ascii_folded(head) && !firm)
        || common)
        .then(|| Decision::Source(people_only(ph)))
}

/// An unnamed source of people in the plural without the words of the clause before them: "did
/// a majority of Republicans support" is "a majority of republicans", "that was one reason many
/// Democrats considered" is "many democrats", "among the handful of House Democrats who backed"
/// is "the handful of house democrats".
fn people_only(ph: &Phrase) -> SourceRef {
    let (lex, lower) = (ph.lex, &ph.lower);
    let Some(head) = lower
        .iter()
        .position(|w| lex.group_plurals.contains(w) || lex.generic_plurals.contains(w))
    else {
        return ph.anonymous();
    };
    let clause_word = |w: &str| {
        matches!(
            w,
            "with"
                | "among"
                | "against"
                | "for"
                | "from"
                | "to"
                | "by"
                | "reason"
                | "something"
                | "require"
                | "requires"
                | "required"
        ) || (lex.subject_stops.contains(w) && !matches!(w, "this" | "last" | "first"))
            || (lex.subject_starts.contains(w) && !matches!(w, "and" | "or"))
            || (lex.subject_auxiliaries.contains(w)
                && !matches!(
                    w,
                    "all" | "both" | "only" | "even" | "no" | "not" | "just" | "still"
                ))
    };
    // (Not a preposition after people of its own: "Advocates for Democrats in rural areas".)
    let after_people = |i: usize| {
        i > 0
            && matches!(
                lower[i],
                "for" | "with" | "from" | "to" | "among" | "against" | "by"
            )
            && {
                let w = lower[i - 1];
                lex.is_role_noun_or_plural(w)
            }
    };
    let mut start = (0..head)
        .rev()
        .find(|&i| clause_word(lower[i]) && !after_people(i))
        .map_or(0, |i| i + 1);
    // (A participle after an auxiliary is the clause's verb: "I have seen a chorus of …".)
    if start > 0
        && start < head
        && ["ed", "en", "ing"]
            .iter()
            .any(|e| lower[start].ends_with(e))
    {
        start += 1;
    }
    let end = if lower[head + 1..]
        .iter()
        .all(|w| lex.may_follow_subject(w) || matches!(*w, "who" | "that"))
    {
        head + 1
    } else {
        lower.len()
    };
    if (start, end) == (0, lower.len()) {
        return ph.anonymous();
    }
    let span = ph.span.start + ph.ranges[start].start..ph.span.start + ph.ranges[end - 1].end;
    anon_source(ph.text, span)
}

/// The plural of a role or institution noun of the lexicon ("members", "employees",
/// "companies"), or "police"; not a singular, which may be a title, a surname or an
/// institution's name ("President", "Judge", "Army", "Court").
fn is_common_noun(lex: &Lexicon, w: &str) -> bool {
    let singular = crate::text::singular(w);
    let man = w.strip_suffix("men").map(|s| format!("{s}man"));
    w == "police"
        || lex.plural_roles.contains(w)
        || man.is_some_and(|m| lex.is_role_noun(&m))
        // A plural ("Estimates suggest", "Figures show"); a singular may be a name ("Army").
        || (w.ends_with('s') && lex.institution_heads.contains(w))
        || singular.as_deref().is_some_and(|s| {
            lex.institution_roles.contains(s)
                // (Bodies in the plural: "Unions at both carriers said", "Hospitals in the
                // region say".)
                || lex.plural_bodies.contains(w)
                || lex.institution_heads.contains(s)
                || lex.representatives.contains(s)
                || lex.associates.contains(s)
                || lex.is_role_noun(s)
                // An occupation that titles a name ("Forecasters warned", "Meteorologists
                // cautioned").
                || lex.offices.contains(s)
        })
}

/// Adjectives a title-case headline capitalises before a document or an organisation's kind.
const HEADLINE_ADJECTIVES: &[&str] = &[
    "new",
    "large",
    "major",
    "big",
    "small",
    "latest",
    "first",
    "landmark",
    "global",
    "national",
    "federal",
    "official",
    "independent",
    "internal",
    "leaked",
    "secret",
    "key",
    "huge",
    "recent",
    "early",
    "final",
    "preliminary",
    "interim",
    "annual",
    "confidential",
    "draft",
];

/// Capitalised only because it starts the sentence ("To", "Let", "In", "Incidentally"): not a
/// name.
fn sentence_initial_word(ph: &Phrase) -> Option<Decision> {
    let lex = ph.lex;
    // A business's common noun capitalised only because it opens a headline or sentence
    // ("Startup says AI model can spot bank fraud"): an unnamed business ("Army said" may be a
    // name).
    // So is a document or an agency ("Study Finds No Cancer Rise", "Agency Seeks Data").
    // So is a body of people named by its kind alone ("Union Says Talks Have Collapsed",
    // "Opposition demands resignation", "Gang claims attack").
    // In a title-case headline an adjective before it capitalises nothing either ("…, Large
    // Trial Finds", "New Study Says").
    let name = ph.name().0.to_ascii_lowercase();
    let title_case = || crate::text::in_title_case_line(ph.text, &ph.span);
    // So is a modifier the story itself writes in lower case ("Ransomware Gang Claims …" over
    // "a ransomware group calling itself …").
    let unnamed_kind = |kind: &str| {
        BUSINESS_ROLES.contains(&kind)
            || matches!(
                kind,
                "agency"
                    | "union"
                    | "gang"
                    | "opposition"
                    | "group"
                    | "ministry"
                    | "government"
                    | "committee"
                    | "council"
                    | "charity"
                    | "watchdog"
                    | "regulator"
                    | "trial"
                    // (And the people who run or staff one: "Management has offered".)
                    | "management"
                    | "staff"
                    | "leadership"
            )
            || lex.documents.contains_lower(kind)
    };
    let lower_case_in_story = |a: &str, k: &str| {
        unnamed_kind(k)
            && title_case()
            && crate::text::contains_whole_word(&ph.text[ph.span.end..], a)
    };
    let (adjective, kind) = match name.split_once(' ') {
        Some((a, k))
            if !k.contains(' ')
                && (HEADLINE_ADJECTIVES.contains(&a) || lower_case_in_story(a, k)) =>
        {
            (true, k)
        }
        _ => (false, name.as_str()),
    };
    let unnamed_kind = unnamed_kind(kind);
    // Also after a comma in a title-case headline ("…Meridian Health Hospitals, Company Says").
    if ph.ws.len() == 1 + usize::from(adjective)
        && unnamed_kind
        && ph.known.canonical(&ph.name().0).is_none()
        && ((ph.opens_sentence() && !adjective) || title_case())
    {
        return Some(Decision::Source(ph.anonymous()));
    }
    // A role owned by a kind of people or body in a title-case headline ("…, Family's Lawyer
    // Says", "Victim's Mother Speaks Out"): someone unnamed.
    let owned_role = ph.ws.len() == 2
        && crate::text::is_possessive(ph.ws[0])
        && {
            let owner = ph.lower[0]
                .strip_suffix("'s")
                .or_else(|| ph.lower[0].strip_suffix("’s"))
                .unwrap_or(ph.lower[0]);
            let role = ph.lower[1];
            (lex.associates.contains(owner)
                || lex.is_role_noun(owner)
                || lex.institution_roles.contains(owner))
                && (lex.associates.contains(role)
                    || lex.is_role_noun(role)
                    || lex.offices.contains(role))
        }
        && title_case();
    if owned_role {
        return Some(Decision::Source(ph.anonymous()));
    }
    // A storm is named, but says nothing ("Hurricane Delia slams Gulf Coast").
    // (Its name alone: not "Hurricane Center", "Hurricane Hunters", "Hurricane Katrina
    // survivors".)
    let storm = ph.name().0.split_once(' ').is_some_and(|(first, rest)| {
        matches!(
            first,
            "Hurricane" | "Typhoon" | "Cyclone" | "Storm" | "Tropical" | "Winter"
        ) && rest.split(' ').count() <= 2
            && rest.split(' ').all(|w| {
                !w.ends_with('s') && !lex.organisation_words.contains_lower(&w.to_lowercase())
            })
            && ph.ws.len() == 1 + rest.split(' ').count()
    });
    (storm
        || ph
            .name()
            .0
            .split(' ')
            .all(|w| lex.not_names.contains_lower(w) || lex.is_sentence_adverb(w)))
    .then_some(Decision::Nobody)
}

/// "The Arizona group", "the Ohio delegation", "The New York lawmaker": "the", a place and a
/// person's or a group's noun in lower case, which nobody named before stands for (`role_noun`
/// found none), is an unnamed source, never the place.
fn place_and_noun(ph: &Phrase) -> Option<Decision> {
    let n = ph.ws.len();
    if n < 3 || ph.lower[0] != "the" || !starts_lower(ph.ws[n - 1]) {
        return None;
    }
    let place = &ph.ws[1..n - 1];
    let lex = ph.lex;
    let head = ph.head();
    // (People and groups; a place's public body is the place: "The New Zealand government
    // announced" is New Zealand.)
    let noun = lex.role_nouns.contains(head)
        || lex.collective_heads.contains(head)
        || matches!(
            head,
            "group"
                | "coalition"
                | "delegation"
                | "team"
                | "alliance"
                | "caucus"
                | "company"
                | "firm"
        );
    (noun && place.iter().all(|w| starts_upper(w)) && lex.is_place_name(&place.join(" ")))
        .then(|| Decision::Source(ph.anonymous()))
}

/// A short name ("Kim", "Stoltenberg") of someone named before with a fuller name, or the same
/// name again: that source.
fn known_name(ph: &Phrase) -> Option<Decision> {
    // "The Ukrainian air force" is that body, known or new, not the "Ukrainian military".
    let name = &ph.name().0;
    // (A party's adjective alone is no short form: "The Democratic front-runner said" after
    // "The Democratic National Committee said"; see `new_name`.)
    if is_party_adjective(name) {
        return None;
    }
    let k = match nation_body(ph) {
        Some(body) => ph.known.canonical(&body)?,
        // ("Mrs. Clinton" is no Bill Clinton named before.)
        None => ph
            .known
            .canonical_of(name, title_of_surname(ph, name))
            .or_else(|| {
                // An organisation's word alone, capitalised, after an organisation named with it in
                // full ("the Commission said" after "The European Commission").
                (!name.contains(' ')
                    && ph
                        .lex
                        .organisation_words
                        .contains_lower(&name.to_lowercase()))
                .then(|| ph.known.organisation_written_with(ph.text, ph.lex, name))
                .flatten()
            })?,
    };
    Some(Decision::Source(SourceRef {
        span: ph.span.clone(),
        ..k.clone()
    }))
}

/// The gender a courtesy title right before a one-word name in the phrase tells ("Mrs.
/// Clinton"), else Unknown.
fn title_of_surname(ph: &Phrase, name: &str) -> Gender {
    if name.contains(' ') {
        return Gender::Unknown;
    }
    super::known::courtesy_gender(ph.lex, ph.p, name)
}

/// A new named source the registry does not know.
fn new_name(ph: &Phrase) -> Option<Decision> {
    // A courtesy title alone names nobody ("Mr." where a subject's run stopped before a
    // particle: "Mr. de Léon").
    if let [w] = ph.ws[..] {
        if matches!(w, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr") {
            return Some(Decision::Nobody);
        }
    }
    // A month or a day alone names nobody ("Christie was seen that October praising"); a poll or
    // a document it dates is unnamed ("The April survey found", "April data showed").
    // (Not after a title: "Ms. June told reporters", "Judge August said".)
    let titled = ph
        .ws
        .iter()
        .position(|w| *w == ph.name().0)
        .and_then(|k| k.checked_sub(1))
        .is_some_and(|k| {
            ph.lex
                .offices
                .contains(&ph.lower[k].trim_end_matches('.').to_ascii_lowercase())
        });
    if !ph.name().0.contains(' ') && is_month_or_weekday(&ph.name().0) && !titled {
        let dated = is_poll_word(ph.head()) || ph.lex.is_document(ph.head());
        return Some(if dated {
            Decision::Source(ph.anonymous())
        } else {
            Decision::Nobody
        });
    }
    // A capitalised plural of people by what they do, alone as the speaker, is no name
    // ("Conservationists fear", "Economists warn"): people, unnamed.
    if let [word] = ph.ws[..] {
        let low = word.to_ascii_lowercase();
        if word.starts_with(|c: char| c.is_ascii_uppercase())
            && word[1..].bytes().all(|b| b.is_ascii_lowercase())
            && (low.ends_with("ists") || low.ends_with("ians"))
        {
            return Some(Decision::Source(ph.anonymous()));
        }
    }
    // A count opening the sentence is no name ("Nearly 200 countries agreed", "About 40
    // protesters said"): people, unnamed.
    if ph.ws.len() >= 3
        && matches!(
            ph.ws[0],
            "Nearly" | "About" | "Almost" | "Some" | "More" | "Over" | "Roughly"
        )
        && ph.ws[1].starts_with(|c: char| c.is_ascii_digit())
        && ph.ws[2..].iter().all(|w| starts_lower(w))
    {
        return Some(Decision::Source(ph.anonymous()));
    }
    // A nationality and lower-case words to a nation's body, with no article ("Turkish police
    // said", "Spanish health authorities") or to a plural ("the Russian troops"): that body,
    // unnamed ("the Israeli military" is named: see `nation_body`).
    let plural = ph.head().ends_with('s');
    let from = usize::from(plural && ph.lower[0] == "the");
    if ph.ws.len() >= from + 2
        && names_a_people(ph.lex, ph.ws[from])
        && ph.ws[from + 1..].iter().all(|w| starts_lower(w))
        && NATION_BODY_HEADS.contains(&ph.head())
    {
        return Some(Decision::Source(ph.anonymous()));
    }
    // A poll named for when or where it was taken, or for a party or a people, names no
    // pollster ("A September survey found", "A New Hampshire poll showed", "Internal Democratic
    // polls show").
    if is_poll_word(ph.head()) {
        let name = &ph.name().0;
        let says_nothing = |w: &str| {
            is_month_or_weekday(w)
                || ph.lex.is_nationality(w)
                || ph.lex.not_names.contains_ascii_folded(w)
                || matches!(w, "Democratic" | "Republican" | "GOP" | "Internal" | "Exit")
        };
        // (A university named for its state is a pollster: "A University of Texas poll".)
        let organisation = name
            .split(' ')
            .any(|w| ph.lex.organisation_words.contains_lower(w));
        if !name.is_empty()
            && !organisation
            && (ph.lex.is_place_name(name) || name.split(' ').all(says_nothing))
        {
            return Some(Decision::Source(ph.anonymous()));
        }
    }
    // A people's adjective alone is no name ("The Romanian hacker who first revealed", "one
    // kind-hearted Canadian wants"): the description, unnamed.
    // (Not a nation's body: "the German government" is Germany's; and the adjective alone when
    // it ends the phrase before a noun cue: "could blunt Republican claims" is Republicans'.)
    // (So is a party's adjective: "The Democratic front-runner said" is no short form of the
    // Democratic National Committee.)
    if !ph.name().0.contains(' ')
        && (names_a_people(ph.lex, &ph.name().0) || is_party_adjective(&ph.name().0))
        && nation_body(ph).is_none()
        // (Nor a body the nation speaks through: "the Saudi delegation"; "a British survey" is
        // one.)
        && !(ph.lower[0] == "the" && ph.lex.institution_heads.contains(ph.head()))
    {
        if let Some(k) = ph.ws.iter().position(|w| *w == ph.name().0) {
            // The description the adjective opens, up to a clause's words ("The Romanian hacker
            // who …", "the American people weren't"), when only a determiner or a count stands
            // before it; else the people alone ("could blunt Republican claims").
            let determiner = |w: &str| {
                matches!(
                    w,
                    "the" | "a" | "an" | "one" | "another" | "some" | "many" | "two" | "three"
                )
            };
            let adjective = |w: &&str| {
                !is_function_word(w)
                    && !w.ends_with("ing")
                    && !w.ends_with("ed")
                    && !matches!(*w, "more" | "off" | "then")
            };
            let opens = k == 0 || (determiner(ph.lower[0]) && ph.lower[1..k].iter().all(adjective));
            let end = (k + 1..ph.ws.len())
                .find(|&i| {
                    let w = ph.lower[i];
                    is_function_word(w)
                        || (w.len() > 4 && w.ends_with("ed"))
                        || matches!(w, "who" | "that" | "which")
                        || ph.lex.may_follow_subject(w)
                        || w.contains("n't")
                        || w.contains("n’t")
                })
                .unwrap_or(ph.ws.len());
            // ("another Republican"; but "A German warning" is "german".)
            let whole = end > k + 1 || !matches!(ph.lower[0], "a" | "an" | "the");
            let (from, to) = if opens && whole { (0, end) } else { (k, k + 1) };
            let span = ph.span.start + ph.ranges[from].start..ph.span.start + ph.ranges[to - 1].end;
            return Some(Decision::Source(anon_source(ph.text, span)));
        }
    }
    // A name of a thing in title case is no speaker ("… Resigns After Sexual Harassment
    // Allegations"): its last word is an abstract noun.
    let name = &ph.name().0;
    let last = name.rsplit(' ').next().unwrap_or("");
    // (Not an organisation's: "Brookings Institution Says", "Sunrise Movement Endorses".)
    let organisation = ORGANISATION_ENDINGS
        .iter()
        .any(|o| last.eq_ignore_ascii_case(o));
    if name.contains(' ')
        && !organisation
        && !ph.lex.is_group_name(name)
        && last.len() > 6
        && ["ment", "tion", "sion", "ness", "ism"]
            .iter()
            .any(|e| last.ends_with(e))
        && crate::text::in_title_case_line(ph.text, &ph.span)
    {
        return Some(Decision::Nobody);
    }
    Some(Decision::Source(SourceRef {
        name: nation_body(ph).unwrap_or_else(|| ph.name().0.clone()),
        span: ph.span.clone(),
        kind: SourceKind::Unregistered,
        linked: false,
    }))
}

/// Abstract nouns that end organisations' names ("Brookings Institution", "Scottish
/// Government"): a title-case phrase ending on one still names a speaker.
const ORGANISATION_ENDINGS: &[&str] = &[
    "institution",
    "movement",
    "government",
    "convention",
    "management",
    "administration",
    "commission",
    "corporation",
    "federation",
    "confederation",
    "division",
    "mission",
    "organization",
    "organisation",
    "association",
    "foundation",
    "coalition",
    "station",
    "nation",
];

/// How far back (bytes) "a county spokeswoman" looks for the name with "County" in it.
const SPOKESPERSON_LOOKBACK_BYTES: usize = 20_000;
