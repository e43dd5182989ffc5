//! The attribution lexicon: the word lists the attribution model reads (`[lexicon]` in the rule
//! files, see `rules/lexicon.toml`), compiled once per rule set into hash sets.
//!
//! Layering: each key of a later file's `[lexicon]` adds its words to the list; `[lexicon.remove]`
//! (same keys) takes words out, after that file's own additions. Entries are single words,
//! compared in lower case, except the lists marked case-sensitive (`post_nominals`,
//! `outlet_kinds`).

use super::diagnostic::{Diagnostic, SourceText};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;
use toml::Spanned;

/// A set of words, looked up by exact string (with the Fx hash: lookups run for every word
/// attribution reads, and nothing iterates the set in hash order where order shows). The words
/// are kept as bytes, so a word lower-cased into a stack buffer is looked up as it is, with no
/// UTF-8 check.
///
/// Most words attribution asks about are in no list, so a lookup first asks a filter of 1,024
/// bits, one per (length, first byte's low five bits), which ASCII case does not change: a word
/// whose bit is clear is not hashed at all.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: HashSet<Box<[u8]>, rustc_hash::FxBuildHasher>,
    /// A bit for every entry's (length, first byte); an entry removed leaves its bit set, which
    /// only costs a lookup.
    filter: [u64; 16],
}

impl FromIterator<Box<[u8]>> for WordSet {
    fn from_iter<I: IntoIterator<Item = Box<[u8]>>>(iter: I) -> WordSet {
        let mut set = WordSet::default();
        for w in iter {
            set.insert(w);
        }
        set
    }
}

impl WordSet {
    /// The filter's bit for a word of these bytes (its case folded or not).
    #[inline]
    fn bit(w: &[u8]) -> (usize, u64) {
        let first = w.first().map_or(0, |b| b & 0x1f) as usize;
        let key = (w.len().min(31) << 5) | first;
        (key >> 6, 1 << (key & 63))
    }

    #[inline]
    fn may_hold(&self, w: &[u8]) -> bool {
        let (word, bit) = WordSet::bit(w);
        self.filter[word] & bit != 0
    }

    fn insert(&mut self, w: Box<[u8]>) {
        let (word, bit) = WordSet::bit(&w);
        self.filter[word] |= bit;
        self.words.insert(w);
    }

    fn remove(&mut self, w: &[u8]) -> bool {
        self.words.remove(w)
    }

    /// Whether `w` (already in the set's case) is in the set.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.may_hold(w.as_bytes()) && self.words.contains(w.as_bytes())
    }

    /// Whether `w` lower-cased is in the set.
    pub fn contains_lower(&self, w: &str) -> bool {
        // An ASCII word lower-cases as its ASCII letters do: folded without allocating.
        if w.is_ascii() {
            return self.contains_ascii_folded(w);
        }
        self.contains(lowercase(w).as_ref())
    }

    /// Whether `w`, with its ASCII capitals lowered, is in the set (the test `eq_ignore_ascii_case`
    /// makes against lower-case entries), without allocating for short words.
    pub fn contains_ascii_folded(&self, w: &str) -> bool {
        if !self.may_hold(w.as_bytes()) {
            return false;
        }
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.words.contains(w.as_bytes());
        }
        let mut buf = [0u8; 48];
        match buf.get_mut(..w.len()) {
            Some(b) => {
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                self.words.contains(&*b)
            }
            None => self.words.contains(w.to_ascii_lowercase().as_bytes()),
        }
    }

    /// Whether `w` ends with one of the set's entries (for lists of endings).
    pub fn any_suffix_of(&self, w: &str) -> bool {
        self.words.iter().any(|s| w.as_bytes().ends_with(s))
    }

    /// Whether `w` lower-cased ends with one of the entries; an ASCII word (which lower-cases as
    /// its ASCII letters do) is compared in place, without a copy.
    pub fn any_suffix_of_lower(&self, w: &str) -> bool {
        if !w.is_ascii() {
            return self.any_suffix_of(&lowercase(w));
        }
        let w = w.as_bytes();
        self.words.iter().any(|s| {
            w.len() >= s.len()
                && w[w.len() - s.len()..]
                    .iter()
                    .zip(s.iter())
                    .all(|(a, b)| a.to_ascii_lowercase() == *b)
        })
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The entries, sorted (for display and tests).
    pub fn sorted(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .words
            .iter()
            .map(|s| std::str::from_utf8(s).expect("entries are words"))
            .collect();
        v.sort_unstable();
        v
    }
}

/// A word in lower case, copied only when it has capitals or non-ASCII letters.
pub fn lowercase(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Declares the lexicon's lists once: the TOML shape (`[lexicon]` and `[lexicon.remove]`) and the
/// compiled sets. `fold` lists are lower-cased on load; `exact` lists are kept as written.
macro_rules! lexicon_lists {
    ($( $(#[doc = $doc:literal])* $key:ident: $mode:ident, )*) => {
        /// `[lexicon]` as written in one rule file.
        #[derive(Debug, Deserialize, Default)]
        #[serde(deny_unknown_fields)]
        pub struct LexiconDef {
            $( #[serde(default)] pub $key: Vec<Spanned<String>>, )*
            /// Words taken out of the lists (of earlier files or this one).
            #[serde(default)]
            pub remove: Option<LexiconRemoveDef>,
        }

        /// `[lexicon.remove]`: the same keys as `[lexicon]`.
        #[derive(Debug, Deserialize, Default)]
        #[serde(deny_unknown_fields)]
        pub struct LexiconRemoveDef {
            $( #[serde(default)] pub $key: Vec<Spanned<String>>, )*
        }

        /// The compiled lexicon (see `rules/lexicon.toml` for what each list means).
        #[derive(Debug, Clone, Default)]
        pub struct Lexicon {
            $( $(#[doc = $doc])* pub $key: WordSet, )*
            /// Cue terms a speaker may follow ("…,” said one former aide."), lower case: the
            /// `inverting` terms of the cue rules.
            pub inverting_cues: WordSet,
            /// Every role noun: `role_nouns`, `institution_roles` and `plural_roles`.
            pub any_role: WordSet,
        }

        /// The keys of `[lexicon]`, in declaration order.
        pub const LEXICON_KEYS: &[&str] = &[$( stringify!($key), )*];

        impl Lexicon {
            /// Layers one file's `[lexicon]` over this lexicon.
            pub(super) fn layer(
                &mut self,
                def: LexiconDef,
                file: &Arc<SourceText>,
                diags: &mut Vec<Diagnostic>,
            ) {
                $( add(&mut self.$key, &def.$key, lexicon_lists!(@fold $mode), stringify!($key), file, diags); )*
                if let Some(r) = def.remove {
                    $( remove(&mut self.$key, &r.$key, lexicon_lists!(@fold $mode), stringify!($key), file, diags); )*
                }
            }
        }
    };
    (@fold fold) => { true };
    (@fold exact) => { false };
}

lexicon_lists! {
    /// Personal pronouns that stand for a speaker.
    pronouns: fold,
    /// Role nouns for one person ("the researcher said"), linked like "he".
    role_nouns: fold,
    /// Role nouns for an institution or document ("the ministry said"), linked like "it".
    institution_roles: fold,
    /// Role nouns for more than one person ("the leaders"), linked like "they".
    plural_roles: fold,
    /// Bodies in the plural that, with no name, are an unnamed source ("Unions said").
    plural_bodies: fold,
    /// Heads after a possessive pronoun that speak for its owner ("his campaign").
    representatives: fold,
    /// Offices a person's name follows ("Foreign Minister Sergei Lavrov").
    offices: fold,
    /// Offices a head of state holds ("Head of State" stands for one of them).
    head_of_state_offices: fold,
    /// Common nouns through which an institution named before them speaks.
    institution_heads: fold,
    /// Documents and figures ("the study", "the data"): they speak for whoever the article tied
    /// them to, never for the person named last.
    documents: fold,
    /// People known through someone else ("Thomas' sister").
    associates: fold,
    /// Words of organisations' names, never of a person's.
    organisation_words: fold,
    /// Common nouns an organisation's name may end on after "and" ("Budget" in "Office of
    /// Management and Budget"), besides words ending like "-tion" or "-ity".
    name_topics: fold,
    /// Sentence-initial capitalised words that never name a speaker.
    not_names: fold,
    /// Endings of sentence adverbs ("Incidentally").
    sentence_adverb_endings: fold,
    /// Endings of descriptors before a name ("Seoul-based").
    descriptor_suffixes: fold,
    /// Endings of role nouns for a person ("cardiologist", "pediatrician"): a word ending so
    /// is a role noun though no list holds it.
    role_suffixes: fold,
    /// Generic plurals that are an unnamed source at the start of a sentence ("Others said").
    generic_plurals: fold,
    /// A party's member, capitalised ("Democrat", "Republican"): before a full name no part of it
    /// ("Democrat Hillary Clinton"); after "the" a person described ("the Vermont Democrat").
    party_members: fold,
    /// Capitalised plurals for the members of a party, creed or nation ("Democrats", "Senate
    /// Republicans"): a group described, not named.
    group_plurals: fold,
    /// Titles written after a name ("SC", "QC"); case-sensitive.
    post_nominals: exact,
    /// Words that end the subject before the cue ("North Korea on Monday blasted").
    subject_stops: fold,
    /// Words that may stand between a subject and its cue ("they did not say").
    subject_auxiliaries: fold,
    /// Words after which the subject starts ("as Jens Stoltenberg urged").
    subject_starts: fold,
    /// Words that belong to a reporting cue right before it ("has also said").
    cue_auxiliaries: fold,
    /// Words after which a final "to" belongs to the cue ("according to").
    prepositional_to: fold,
    /// Words that end in a colon as headings, never as speakers ("Update:").
    heading_words: fold,
    /// Lower-case words inside a name run ("Bank of America", "Abu Bakr al Baghdadi").
    name_particles: fold,
    /// Lower-case words a speaker label may hold ("President of Russia Vladimir Putin:").
    label_particles: fold,
    /// Those a cue addresses, never its speaker ("told reporters").
    addressees: fold,
    /// Collective nouns that are plural heads of an unnamed description ("the public said").
    collective_heads: fold,
    /// Titles and role words that tell a man ("Mr.", "spokesman"): "she" never links to him.
    male_words: fold,
    /// Titles and role words that tell a woman ("Mrs.", "Ms.", "spokeswoman"): "he" never links
    /// to her.
    female_words: fold,
    /// First names that tell a man ("Donald" of "Prime Minister Donald Tusk").
    male_names: fold,
    /// First names that tell a woman ("Sarah" of "Sarah Kim").
    female_names: fold,
    /// Those who find or show by investigating or counting, besides `documents` ("Researchers
    /// found", "An autopsy found"): the subjects that make "found" and "show" report a finding.
    investigators: fold,
    /// Verbs of meeting in a sentence with no cue ("spoke with", "met"): the one met is
    /// remembered for later pronouns and plural roles.
    meeting_verbs: fold,
    /// Verbs whose subject receives the noun cue after them ("has faced criticism"): not its
    /// source.
    receiving_verbs: fold,
    /// Cue words that are nouns only ("statement", "proposals", "criticism"): the words right
    /// before one describe it ("specific tax proposals"), they do not say it.
    noun_cues: fold,
    /// Cue words that are nouns or verbs ("support", "claims"): a verb only after a subject that
    /// agrees with it ("Democratic senators support", "someone claims"; not "longtime support",
    /// "took calls for").
    noun_or_verb_cues: fold,
    /// Last words of country and place names ("korea" of "North Korea", "states" of "United
    /// States"): a personal pronoun never links to them.
    places: fold,
    /// Cities that open a news story as a dateline with a colon ("Mumbai: Heavy rain …"): there
    /// the colon is no speaker's label.
    dateline_places: fold,
    /// Registry kinds that can be an article's outlet; case-sensitive.
    outlet_kinds: exact,
    /// Title words of a speech whose title names its speaker ("Remarks by President Biden on …").
    speech_titles: fold,
    /// Title words of a statement whose title names its author ("Statement by Press Secretary Jen
    /// Psaki on …").
    statement_titles: fold,
    /// Words that end the speaker a title names ("on", "at", "Announcing").
    title_speaker_ends: fold,
}

fn normalise(w: &str, fold: bool) -> String {
    if fold {
        w.trim().to_lowercase()
    } else {
        w.trim().to_string()
    }
}

fn add(
    set: &mut WordSet,
    words: &[Spanned<String>],
    fold: bool,
    key: &str,
    file: &Arc<SourceText>,
    diags: &mut Vec<Diagnostic>,
) {
    for w in words {
        let word = normalise(w.get_ref(), fold);
        if word.is_empty() || word.contains(char::is_whitespace) {
            diags.push(
                Diagnostic::error(
                    file,
                    w.span(),
                    format!(
                        "lexicon entry `{}` of `{key}` must be one word: lists are looked up word by word (a phrase's head word is what counts, e.g. `secretary` in \"press secretary\")",
                        w.get_ref()
                    ),
                )
                .with_label("not a single word"),
            );
            continue;
        }
        set.insert(word.into_bytes().into_boxed_slice());
    }
}

fn remove(
    set: &mut WordSet,
    words: &[Spanned<String>],
    fold: bool,
    key: &str,
    file: &Arc<SourceText>,
    diags: &mut Vec<Diagnostic>,
) {
    for w in words {
        if !set.remove(normalise(w.get_ref(), fold).as_bytes()) {
            diags.push(
                Diagnostic::warning(
                    file,
                    w.span(),
                    format!(
                        "`[lexicon.remove]` names `{}`, which `{key}` does not hold",
                        w.get_ref()
                    ),
                )
                .with_label("not in the list"),
            );
        }
    }
}

impl Lexicon {
    /// Fills the derived sets once every file is layered.
    pub(super) fn finish(&mut self, inverting: impl IntoIterator<Item = String>) {
        self.any_role = self
            .role_nouns
            .words
            .iter()
            .chain(&self.institution_roles.words)
            .chain(&self.plural_roles.words)
            .cloned()
            .collect();
        self.inverting_cues = inverting
            .into_iter()
            .map(|s| s.into_bytes().into_boxed_slice())
            .collect();
    }

    /// Whether a lower-case word is a role noun that refers back to a named source ("the
    /// researcher said", "the ministry said", "the leaders agreed").
    pub fn is_role_noun(&self, w: &str) -> bool {
        self.any_role.contains(w) || self.role_suffixes.any_suffix_of_lower(w)
    }

    /// Whether a lower-case word is a role noun in the singular or the plural ("official",
    /// "candidates").
    pub fn is_role_noun_or_plural(&self, w: &str) -> bool {
        self.is_role_noun(w) || crate::text::singular(w).is_some_and(|one| self.is_role_noun(&one))
    }

    /// Whether a cue's word may be a noun of speech (`noun_cues` or `noun_or_verb_cues`, any
    /// case): "remarks", "support", "claims".
    pub fn may_be_noun_cue(&self, w: &str) -> bool {
        self.noun_cues.contains_ascii_folded(w) || self.noun_or_verb_cues.contains_ascii_folded(w)
    }

    /// Whether a lower-case word names a document, in the singular or the plural ("records",
    /// "statements").
    pub fn is_document(&self, w: &str) -> bool {
        self.documents.contains(w)
            || crate::text::singular(w).is_some_and(|one| self.documents.contains(&one))
    }

    /// Whether a lower-case word may stand between a subject and its cue without being part of it
    /// ("he bizarrely", "Kim has also", "they didn’t").
    pub fn may_follow_subject(&self, w: &str) -> bool {
        let w: Cow<str> = if w.contains('’') {
            Cow::Owned(w.replace('’', "'"))
        } else {
            Cow::Borrowed(w)
        };
        // (A noun in "-ly" is no adverb: "Her family said", "a close ally".)
        (w.ends_with("ly")
            && !self.associates.contains(&w)
            && !matches!(w.as_ref(), "ally" | "assembly" | "rally" | "supply"))
            || self.subject_stops.contains(&w)
            || self.subject_auxiliaries.contains(&w)
    }

    /// A sentence adverb ("Incidentally", "Similarly", "Previously", "Interestingly"): by the
    /// endings of `sentence_adverb_endings`, which English names hardly have.
    pub fn is_sentence_adverb(&self, word: &str) -> bool {
        // Lower-casing keeps an ASCII word's length: a short one is told without allocating.
        if word.is_ascii() {
            return word.len() > 6 && self.sentence_adverb_endings.any_suffix_of_lower(word);
        }
        let w = word.to_lowercase();
        w.chars().count() > 6 && self.sentence_adverb_endings.any_suffix_of(&w)
    }

    /// Whether a name is a country's or a place's: its last word is one of `places` ("North
    /// Korea", "the United States", "Moscow").
    pub fn is_place_name(&self, name: &str) -> bool {
        name.rsplit(' ')
            .next()
            .is_some_and(|w| self.places.contains_ascii_folded(w))
    }

    /// Whether a word names a nationality ("Italian", "Brazilian", "Chinese", "Israeli",
    /// "Turkish"): a place of the lexicon with a demonym's ending, or one of the few that do not
    /// follow the pattern ("Frenchman", "Spaniard", "Briton"); a people's adjective ("the French")
    /// is none.
    pub fn is_nationality(&self, word: &str) -> bool {
        // (Nouns for one person: "the French" or "the British" are a people, "they".)
        const OTHERS: &[&str] = &[
            "greek",
            "thai",
            "filipino",
            "saudi",
            "frenchman",
            "frenchwoman",
            "englishman",
            "englishwoman",
            "dutchman",
            "dutchwoman",
            "irishman",
            "irishwoman",
            "welshman",
            "scotsman",
            "spaniard",
            "scot",
            "dane",
            "swede",
            "finn",
            "pole",
            "briton",
            "norwegian",
            "portuguese",
            "peruvian",
            "cypriot",
            "czech",
            "slovak",
            "croat",
            "serb",
            "afghan",
            "kazakh",
            "uzbek",
            "icelander",
            "argentine",
            "congolese",
            "lebanese",
        ];
        let lower = word.to_ascii_lowercase();
        if OTHERS.contains(&lower.as_str()) {
            return true;
        }
        ["ian", "ean", "ese", "ish", "an", "i"]
            .iter()
            .any(|suffix| {
                lower.strip_suffix(suffix).is_some_and(|stem| {
                    stem.len() >= 3
                        && ["", "a", "y", "ia", "e", "o", "ey", "any", "ium"]
                            .iter()
                            .any(|end| self.places.contains(&format!("{stem}{end}")))
                })
            })
    }

    /// Whether a name is an organisation's rather than a person's: an acronym ("NASA", "I.M.F.") or a name
    /// with an organisation word ("the Foreign Ministry", "Congress").
    pub fn is_group_name(&self, name: &str) -> bool {
        let mut words = name.split_whitespace();
        // "NASA", "I.M.F.", "U.N."
        let acronym = |w: &str| {
            let letters = w.chars().filter(|c| *c != '.').count();
            letters >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        };
        match (words.next(), words.next()) {
            (Some(w), None) => acronym(w) || self.organisation_words.contains_lower(w),
            _ => name
                .split_whitespace()
                .any(|w| self.organisation_words.contains_lower(w)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RuleSet, RuleSource};

    #[test]
    fn default_lexicon_fills_every_list() {
        let set = RuleSet::default_rules();
        let lex = &set.lexicon;
        assert!(lex.offices.contains("president"));
        assert!(lex.post_nominals.contains("SC"));
        assert!(lex.inverting_cues.contains("according to"));
        assert!(lex.is_role_noun("ministry") && lex.is_role_noun("leaders"));
        for key in LEXICON_KEYS {
            assert!(
                set.files
                    .iter()
                    .any(|f| f.text.contains(&format!("\n{key} = ["))),
                "{key} is in no default file"
            );
        }
    }

    #[test]
    fn later_files_add_and_remove_words() {
        let mut srcs = RuleSource::defaults();
        srcs.push(RuleSource::new(
            "user.toml",
            "[lexicon]\nrole_nouns = [\"Spokesmodel\"]\n[lexicon.remove]\nnot_names = [\"today\"]\n",
        ));
        let set = RuleSet::load(&srcs).unwrap();
        assert!(set.lexicon.is_role_noun("spokesmodel"));
        assert!(set.lexicon.is_role_noun("researcher"));
        assert!(!set.lexicon.not_names.contains("today"));
        assert!(set.lexicon.not_names.contains("yesterday"));
    }

    #[test]
    fn unknown_key_and_phrase_are_errors_with_position() {
        let err = RuleSet::load(&[RuleSource::new(
            "u.toml",
            "[lexicon]\nrole_nouns = [\"aide\"]\nrole_noun = [\"x\"]\n",
        )])
        .unwrap_err();
        let d = &err.diagnostics[0];
        assert!(
            d.message.contains("unknown field `role_noun`"),
            "{}",
            d.message
        );
        assert_eq!(d.line_col().unwrap().0, 3);
        let err = RuleSet::load(&[RuleSource::new(
            "p.toml",
            "[lexicon]\noffices = [\"press secretary\"]\n",
        )])
        .unwrap_err();
        assert_eq!(err.diagnostics[0].location(), "p.toml:2:12");
    }

    #[test]
    fn ascii_folding_matches_eq_ignore_ascii_case() {
        let mut s = WordSet::default();
        s.insert(b"gen"[..].into());
        assert!(s.contains_ascii_folded("GEN"));
        assert!(s.contains_ascii_folded("Gen"));
        assert!(!s.contains_ascii_folded("Géne"));
        assert!(!s.contains_ascii_folded(&"G".repeat(60)));
    }
}
