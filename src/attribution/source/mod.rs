//! Sources: find the speaker of an attribution next to its cue, normalise the name, link pronouns
//! and role nouns to the nearest named source, and look the name up in the registry.

mod known;
mod lexicon;
mod name;
mod registry;
mod steps;
mod subject;

pub use known::{unify_names, KnownSources};
pub use registry::Registry;
pub use steps::{SpeakerAt, Step, StepId};

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
    let according = cue.text.starts_with("according");
    let passive = !according && cue.text != ":" && is_passive(text, span.start..cue.span.end, cue);
    let phrase = if passive {
        // The agent of a passive, if it has one: "This was stated by President Volodymyr
        // Zelenskyy".
        let after = &text[cue.span.end..span.end];
        let gap = after.len() - after.trim_start().len();
        if !after[gap..].starts_with("by ") {
            return (None, step(StepId::PassiveWithoutAgent, None));
        }
        let by = Cue {
            span: cue.span.start..cue.span.end + gap + 2,
            ..cue.clone()
        };
        subject_right(text, lex, para, span, &by).map(|p| (p, SpeakerAt::PassiveAgent))
    } else if cue.text == ":" {
        Some((
            trimmed(text, span.start..cue.span.start),
            SpeakerAt::ColonLabel,
        ))
    } else if according {
        subject_right(text, lex, para, span, cue).map(|p| (p, SpeakerAt::AfterCue))
    } else {
        subject_left(text, lex, para, span, cue)
            .map(|p| (p, SpeakerAt::BeforeCue))
            .or_else(|| subject_right(text, lex, para, span, cue).map(|p| (p, SpeakerAt::AfterCue)))
    };
    let phrase = phrase.filter(|p| !p.0.is_empty());
    let Some((phrase, at)) = phrase else {
        // A cue with nobody before or after it: an unnamed source.
        return match anonymous.first() {
            Some(a) => (
                Some(anon_source(text, a.clone())),
                step(StepId::AnonymousMarker, None),
            ),
            None => (None, step(StepId::NoSpeaker, None)),
        };
    };
    // "A spokesman for Toyota": a spokesperson speaks for the organisation named after "for".
    let phrase = spoken_for(text, lex, &phrase).unwrap_or(phrase);
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
    if let Some(a) = anonymous
        .iter()
        .find(|a| a.start < reach.end && a.end > reach.start && !title(a))
    {
        return (
            Some(anon_source(text, a.clone())),
            step(StepId::AnonymousMarker, Some(at)),
        );
    }
    // The phrase before a colon is a whole clause ("Sanders returned to a familiar theme:"), not
    // a subject that ends on its head.
    let subject = cue.text != ":";
    let (mut found, mut id) = resolve(text, lex, phrase.clone(), subject, registry, known);
    let (mut phrase, mut at) = (phrase, at);
    // Nobody before an inverting cue ("“We're happy” about the decision, said RoseAnn
    // DeMoro"): the speaker after it.
    if found.is_none() && at == SpeakerAt::BeforeCue && lex.inverting_cues.contains(&cue.text) {
        if let Some(right) = subject_right(text, lex, para, span, cue).filter(|p| !p.is_empty()) {
            let (f, i) = resolve(text, lex, right.clone(), subject, registry, known);
            if f.is_some() {
                (found, id, phrase, at) = (f, i, right, SpeakerAt::AfterCue);
            }
        }
    }
    let Some(source) = found else {
        if unnamed_description(text, lex, &phrase, cue) {
            return (
                Some(anon_source(text, phrase)),
                step(StepId::UnnamedDescription, Some(at)),
            );
        }
        return (None, step(id, Some(at)));
    };
    let plural = text[phrase.clone()]
        .rsplit(' ')
        .next()
        .is_some_and(|w| lex.plural_roles.contains_lower(w));
    known.remember(&source, phrase.clone(), narration_of(para, span), plural);
    let speaker_label = cue.text == ":" && text[para.span.start..phrase.start].trim().is_empty();
    if speaker_label && !source.is_anonymous() {
        known.turn = Some(source.clone());
    }
    (Some(source), step(id, Some(at)))
}

/// The organisation a spokesperson speaks for ("a spokesman for Toyota", "a spokeswoman for the
/// Justice Department"): the capitalised name after "for", when a role noun ends on the word
/// before it.
fn spoken_for(text: &str, lex: &Lexicon, phrase: &Range<usize>) -> Option<Range<usize>> {
    let ws = subject::word_ranges(text, phrase);
    let k = ws.iter().position(|w| &text[w.clone()] == "for")?;
    let role = lowercase(&text[ws.get(k.checked_sub(1)?)?.clone()]);
    let named = ws[k + 1..].iter().any(|w| starts_upper(&text[w.clone()]));
    (k + 1 < ws.len() && lex.is_role_noun(&role) && named).then(|| ws[k + 1].start..phrase.end)
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
        kind: SourceKind::Anonymous,
        linked: false,
    }
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

/// Whether the cue is a passive of what stands before it ("it has been stated", "he was asked",
/// "the museum was also proposed"): the subject is what was said or who was addressed, not who
/// spoke, so nobody is named. A progressive ("I am also announcing") is no passive, and the
/// subject of "was quoted" is the one quoted.
fn is_passive(text: &str, up_to_cue: Range<usize>, cue: &Cue) -> bool {
    let cue_word = cue.first_word();
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
