//! What an article has named so far: the sources pronouns, role nouns and short names link to,
//! and one name per person at the end.

use super::{SourceKind, SourceRef};
use crate::article::words;
use crate::rules::{Lexicon, WordSet};
use std::ops::Range;
use std::rc::Rc;

/// The source of a transcript's questions ("Q …"): an unnamed questioner.
pub const QUESTIONER: &str = "questioner";

/// How many recent named sources are kept for linking.
pub(super) const MAX_KNOWN_SOURCES: usize = 64;

/// Named sources met so far in an article, for linking pronouns and short names.
#[derive(Debug, Default)]
pub struct KnownSources {
    pub(super) named: Vec<SourceRef>,
    /// The phrase each named source was introduced with ("researcher Kim Tong Myong"), for
    /// linking role nouns ("the researcher").
    pub(super) descriptors: Vec<Range<usize>>,
    /// The narration of the claim each named source was introduced in ("… blasted the NATO
    /// chief’s trip … as Jens Stoltenberg urged …"), the second place a role noun is looked for.
    pub(super) contexts: Vec<Vec<Range<usize>>>,
    /// The speaker of the current turn of a transcript: the last source named by a speaker label
    /// at the start of a paragraph ("President of Russia Vladimir Putin: Comrades, …"), or the
    /// speaker the title names ("Statement by President Joe Biden on …"). "I" and "we" in the
    /// paragraphs that follow are that speaker's.
    pub(super) turn: Option<SourceRef>,
    /// The last unnamed or plural source ("officials", "the ministry", "the leaders") and how
    /// many named sources had been remembered when it spoke: "they" after it is that source while
    /// nobody is named since.
    pub(super) plural: Option<(SourceRef, usize)>,
    /// Named sources remembered so far (not bounded like `named`).
    pub(super) remembered: usize,
    /// The gender of each of `named`, as titles or pronouns told it.
    pub(super) genders: Vec<Gender>,
    /// The last unnamed single person ("a company spokesman", "one official"), its gender and
    /// how many named sources had been remembered when it spoke: "he" right after it is that
    /// person while nobody is named since ("A spokesman said … He declined to give details").
    pub(super) unnamed_person: Option<(SourceRef, usize, Gender)>,
    /// A named person has spoken since the unnamed one, if only through a pronoun: "she" is no
    /// longer the unnamed person ("a judge … ordered …. … she told the crowd. She promised").
    pub(super) unnamed_person_passed: bool,
    /// Whose turn a transcript's question interrupted: the one who answers it.
    pub(super) answerer: Option<SourceRef>,
    /// In an interview of questions and answers marked "Q:" and "A:", the one who answers when
    /// no turn was interrupted.
    pub(super) interviewee: Option<SourceRef>,
    /// The one a passive of asking asked ("Rubio was asked by the moderator whether …") and
    /// where that claim ends: a quotation right after it is their answer.
    pub(super) asked: Option<(SourceRef, usize)>,
    /// The person the last claim of an institution was about, its gender and how many named
    /// sources had been remembered then: "he" or "she" right after it is that person while
    /// nobody is named since ("Coach Robert Saleh was fired, the team announced. He said").
    pub(super) about: Option<(SourceRef, usize, Gender)>,
    /// Names a spokesperson spoke for ("a spokesperson for Meta"): organisations, whatever
    /// their names look like.
    pub(super) organisations: Vec<String>,
    /// Organisations a sentence of narration opened on ("The Supreme Court ruled …"): only a
    /// later word of their own name stands for them ("The court agreed").
    pub(super) narrated_bodies: Vec<SourceRef>,
    /// The source of the last claim, named or not, and the narration of that claim: "In a
    /// statement, the bank said … the statement said" is the bank's.
    pub(super) last_claim: Option<(SourceRef, Vec<Range<usize>>)>,
    /// Whether the last claim's cue reports what someone found ("reported", "according to"):
    /// a news outlet behind it is an "it" that reported, not a body speaking for itself.
    last_claim_reported: bool,
    /// The article's text (by its address) in ASCII lower case (same byte offsets), made when
    /// first needed.
    lower_text: std::cell::OnceCell<(usize, String)>,
    /// The full name last found for a surname opening a sentence ([`full_name_in_text`]) and
    /// where it was looked for: a later sentence near it reuses the answer, so an article of
    /// many such sentences stays linear.
    pub(super) surname_full_names: std::collections::HashMap<String, (usize, Option<String>)>,
    /// The name each speaker label in capitals stands for ([`label_name`]), found once per
    /// label: a transcript of many turns stays linear.
    pub(super) label_names: std::collections::HashMap<String, Option<String>>,
    /// The names written after each office in that text ([`names_after`]) and where "office
    /// of " is first written, as found once.
    names_after_office: std::cell::RefCell<std::collections::HashMap<String, Rc<OfficeMentions>>>,
    /// The gender the first name of the full name the text writes for each surname tells
    /// ([`full_name_in_text`]), found once per surname.
    surname_genders: std::cell::RefCell<std::collections::HashMap<String, Gender>>,
}

/// Where an article writes an office: the names right after it and the first "office of "
/// ([`KnownSources::office_mentions`]).
#[derive(Debug, Clone, Default)]
pub(super) struct OfficeMentions {
    pub(super) names: Vec<Range<usize>>,
    pub(super) first_of: Option<usize>,
    /// For each of `names`, the holders written up to it: so a phrase that asks who held the
    /// office before it reads one entry, not every mention again.
    pub(super) so_far: Vec<HoldersSoFar>,
}

/// The distinct people written with an office up to a mention: those of the home country, and
/// those named "of" a country ("Prime Minister Keiko Arimura of Japan"); a holder qualified by a
/// capitalised word before the office ("US President Joseph Biden") is neither.
#[derive(Debug, Clone, Default)]
pub(super) struct HoldersSoFar {
    pub(super) home: Distinct,
    pub(super) of_a_country: Distinct,
}

/// No name, one name (where it is written), or several different ones.
#[derive(Debug, Clone, Default)]
pub(super) enum Distinct {
    #[default]
    None,
    One(Range<usize>),
    Several,
}

impl Distinct {
    fn add(&mut self, text: &str, r: &Range<usize>) {
        *self = match std::mem::take(self) {
            Distinct::None => Distinct::One(r.clone()),
            Distinct::One(o) if text[o.clone()] == text[r.clone()] => Distinct::One(o),
            _ => Distinct::Several,
        };
    }
}

/// A person's gender, as far as a title ("Mrs."), a role word ("spokesman") or a pronoun told
/// it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

impl Gender {
    /// The gender a word tells (the lexicon's `male_words` and `female_words`), if any.
    pub(super) fn of_word(lex: &Lexicon, w: &str) -> Gender {
        Gender::listed(&lex.male_words, &lex.female_words, w.trim_end_matches('.'))
    }

    /// Male if `w` is in `male`, female if in `female` (compared ASCII-folded), else Unknown.
    pub(super) fn listed(male: &WordSet, female: &WordSet, w: &str) -> Gender {
        if male.contains_ascii_folded(w) {
            Gender::Male
        } else if female.contains_ascii_folded(w) {
            Gender::Female
        } else {
            Gender::Unknown
        }
    }

    /// The gender a person's name tells by a first name (`male_names`, `female_names`) among
    /// the capitalised words between any office and its last ("Prime Minister Donald Tusk",
    /// "Hillary Rodham Clinton"); Unknown when its last word is no name.
    pub(super) fn of_name(lex: &Lexicon, name: &str) -> Gender {
        let ws: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
        if !ws.last().is_some_and(|w| w.starts_with(char::is_uppercase)) {
            return Gender::Unknown;
        }
        // The name is the capitalised run at the end, after any office ("Eugene Mayor Kaarin
        // Knudson" is Kaarin Knudson, not Eugene). Its first name is the listed word nearest the
        // surname ("Marine Corps Commandant Eric Smith" is Eric, "Front-runner Hillary Rodham
        // Clinton" Hillary), or the first of listed words together ("Jose Maria Aznar" is Jose).
        let mut start = ws.len() - 1;
        while start > 0
            && ws[start - 1].starts_with(char::is_uppercase)
            && !super::name::is_office(lex, &ws, start - 1)
        {
            start -= 1;
        }
        let gender = |w: &str| Gender::listed(&lex.male_names, &lex.female_names, w);
        // The listed word nearest the surname, or the first of listed words right before it.
        let mut at = None;
        for i in (start..ws.len() - 1).rev() {
            if gender(ws[i]) != Gender::Unknown {
                at = Some(i);
            } else if at.is_some() {
                break;
            }
        }
        at.map_or(Gender::Unknown, |i| gender(ws[i]))
    }

    /// The gender of a personal pronoun ("he", "she"); Unknown for others.
    pub fn of_pronoun(p: &str) -> Gender {
        match p {
            "he" | "him" | "his" => Gender::Male,
            "she" | "her" | "hers" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// Whether a person of this gender may be what a pronoun of gender `p` stands for.
    pub(super) fn fits(self, p: Gender) -> bool {
        self == Gender::Unknown || p == Gender::Unknown || self == p
    }
}

/// Whether `short` is one word of the longer name `full` ("Stoltenberg" of "Jens Stoltenberg",
/// "Kim" of "Kim Tong Myong"), or its surname with a particle capitalised ("Van Loon" of "Pieter
/// van Loon"). An acronym ("NASA") names an organisation, not the person whose
/// title it is part of ("NASA Administrator Charles Bolden").
pub(super) fn is_short_form(short: &str, full: &str) -> bool {
    // A word of a name of several words is shorter than it and holds no space. The cheap tests
    // first: most pairs share no word.
    let acronym = || short.chars().count() > 1 && !short.chars().any(char::is_lowercase);
    // A surname with its particle, capitalised as it opens the name ("Van Loon" of "Pieter van
    // Loon", "Al-Mutairi" of "Khalid al-Mutairi").
    let particle_surname = || {
        let (s, f) = (short.as_bytes(), full.as_bytes());
        let tail = &f[f.len() - s.len()..];
        !s.is_empty()
            && f[f.len() - s.len() - 1] == b' '
            && tail[0].is_ascii_lowercase()
            && tail[0].eq_ignore_ascii_case(&s[0])
            && tail[1..] == s[1..]
    };
    // (A president is no short form of their administration: "Obama" of "Obama administration".)
    full.len() > short.len()
        && (!full.ends_with(" administration") || short.ends_with(" administration"))
        && (full
            .as_bytes()
            .split(|&b| b == b' ')
            .any(|t| t == short.as_bytes())
            || particle_surname())
        && !acronym()
}

/// Where each courtesy title of `text` that starts a word ends ("Mr. ", "Mrs. ", "Ms. "), and
/// whether it is a man's.
fn courtesy_title_ends(text: &str) -> Vec<(usize, bool)> {
    let mut ends = Vec::new();
    for i in memchr::memchr_iter(b'M', text.as_bytes()) {
        let after = &text.as_bytes()[i + 1..];
        let (len, man) = if after.starts_with(b"r. ") {
            (4, true)
        } else if after.starts_with(b"rs. ") {
            (5, false)
        } else if after.starts_with(b"s. ") {
            (4, false)
        } else {
            continue;
        };
        if !text[..i].ends_with(char::is_alphanumeric) {
            ends.push((i + len, man));
        }
    }
    ends
}

/// Whether `text` gives `surname` a man's courtesy title ("Mr. Trump") and a woman's ("Mrs.
/// Trump", "Ms. Trump"), each a whole word (`title_ends` is [`courtesy_title_ends`] of `text`).
fn courtesy_titles(text: &str, title_ends: &[(usize, bool)], surname: &str) -> (bool, bool) {
    let (mut man, mut woman) = (false, false);
    for &(end, is_man) in title_ends {
        let after = &text[end..];
        if after.starts_with(surname) && !after[surname.len()..].starts_with(char::is_alphanumeric)
        {
            man |= is_man;
            woman |= !is_man;
        }
    }
    (man, woman)
}

/// One name per person in an article. A one-word name that is part of exactly one longer named,
/// unregistered source of the same article takes that name, whichever came first (a short name
/// met after the full one is already linked as it is read; this also mends a surname met first).
/// An office standing alone as a name ("President of Ukraine", "the President", "Head of State")
/// takes the name of the one person introduced with that office ("President of Ukraine Volodymyr
/// Zelenskyy"); with several such people, or none, it stays as it is.
/// (`known` is the article's, for the names it found after each office.)
pub fn unify_names(
    text: &str,
    lex: &Lexicon,
    headline: Option<&Range<usize>>,
    known: &KnownSources,
    sources: &mut [&mut SourceRef],
) {
    let person = |s: &SourceRef| s.kind == SourceKind::Unregistered;
    // Full names, also those of two people named together ("John Bolton and Sebastian Gorka").
    let full: std::collections::BTreeSet<String> = sources
        .iter()
        .filter(|s| !headline.is_some_and(|h| guessed_in_title_case(text, h, s)))
        .flat_map(|s| match s.kind {
            SourceKind::Unregistered => vec![s.name.as_str()],
            SourceKind::Group => s.name.split(" and ").collect(),
            _ => Vec::new(),
        })
        .filter(|name| name.contains(' '))
        .map(String::from)
        .collect();
    // Full names met only in the narration ("Secretary of State Antony Blinken arrived …",
    // then "Mr. Blinken told reporters"), looked for once per surname and title.
    let mut narrated: std::collections::HashMap<(String, Gender), Option<String>> =
        Default::default();
    // Which courtesy titles the text gives each surname (a man's, a woman's), read once per
    // surname.
    let mut titles: std::collections::HashMap<String, (bool, bool)> = Default::default();
    let title_ends = std::cell::OnceCell::new();
    for s in sources.iter_mut().filter(|s| person(s)) {
        let phrase = &text[s.span.clone()];
        let surname = s.name.rsplit(' ').next().unwrap_or("");
        let first = s.name.split(' ').next().unwrap_or("");
        let names_surname = crate::text::contains_whole_word(phrase, surname);
        // A full name found for a surname alone ("Trump blamed", "Mr. Clinton said") may be the
        // wrong one of two people sharing it; one found for a full name or a pronoun is not.
        if s.name.contains(' ')
            && (!names_surname || crate::text::contains_whole_word(phrase, first))
        {
            continue;
        }
        // The full name the text writes first with the surname ("Donald Trump" for "Trump", also
        // when only his daughter Ivanka Trump is a source), of the gender a courtesy title before
        // it tells ("Bill Clinton" for "Mr. Clinton"), else a "he" or "she" right after the verb
        // ("Clinton said she would fight" is no Bill Clinton).
        let title = if names_surname {
            match courtesy_gender(lex, phrase, surname) {
                Gender::Unknown => {
                    let after =
                        &text[s.span.end..crate::text::floor_char_boundary(text, s.span.end + 40)];
                    match after.split_whitespace().nth(1) {
                        Some("he") => Gender::Male,
                        Some("she") => Gender::Female,
                        _ => Gender::Unknown,
                    }
                }
                g => g,
            }
        } else {
            Gender::Unknown
        };
        // A pronoun linked to the surname tells the gender too: not to find a full name by it
        // (the first one written with a fitting first name may be no person's: "Voters
        // Clinton"), only to refuse one that contradicts it ("Mrs. Clinton did not hesitate. …
        // she said" is no Bill Clinton).
        // (The pronoun alone: "his wife" is of the other gender.)
        let pronoun = if names_surname || phrase.contains(' ') {
            Gender::Unknown
        } else {
            Gender::of_pronoun(&phrase.to_lowercase())
        };
        // (Each lookup reads the text: at most MAX_KNOWN_SOURCES surnames are looked up, so a
        // huge article of many names stays linear.)
        let key = (surname.to_string(), title);
        if narrated.len() >= MAX_KNOWN_SOURCES && !narrated.contains_key(&key) {
            continue;
        }
        let written = narrated
            .entry(key)
            .or_insert_with(|| full_name_in_text(text, lex, surname, false, title));
        // The same person written otherwise ("Donald J. Trump", "Senate Majority Whip John
        // Cornyn", "Van Loon" for "Pieter van Loon") keeps the name found.
        let written = written.as_ref().filter(|w| {
            !s.name.contains(' ')
                || (w.split(' ').next() != Some(first)
                    && !s.name.ends_with(&format!(" {w}"))
                    && !is_short_form(w, &s.name))
        });
        // A full name whose first name the mention's title contradicts is not the one meant
        // ("Bill Clinton spoke. Mrs. Clinton said"): the surname stays as it is.
        let told = if title == Gender::Unknown {
            pronoun
        } else {
            title
        };
        let contradicts = |f: &str| {
            let g = Gender::of_name(lex, f);
            told != Gender::Unknown && g != Gender::Unknown && g != told
        };
        // With no title, a full name is not the one meant when the text gives the surname only a
        // courtesy title of the other gender ("Melania Trump" is no "President Trump" in a story
        // that has "Mr. Trump" and no "Mrs. Trump"): two people share it, and the mention stays
        // as it is.
        let (man, woman) = *titles.entry(surname.to_string()).or_insert_with(|| {
            courtesy_titles(
                text,
                title_ends.get_or_init(|| courtesy_title_ends(text)),
                surname,
            )
        });
        let shared = |f: &str| {
            // (Not when the text gives that person's own title too: "Mr. Trump" beside "Mrs.
            // Trump" leaves "Donald J. Trump" the one the story names in full.)
            title == Gender::Unknown
                && match Gender::of_name(lex, f) {
                    Gender::Female => man && !woman,
                    Gender::Male => woman && !man,
                    Gender::Unknown => false,
                }
        };
        // (Refused for the pronoun, the surname stays: another full name with it, among the
        // sources, is no likelier the one meant.)
        let refused = pronoun != Gender::Unknown && written.is_some_and(|w| contradicts(w));
        let written = written.filter(|w| !shared(w) && !contradicts(w));
        // … but a full name the text writes with a first name of the pronoun's gender is the
        // one ("Bill Clinton and Hillary Clinton wrote it. Clinton said … she said").
        let written = match written {
            None if refused => full_name_in_text(text, lex, surname, false, pronoun)
                .filter(|w| Gender::of_name(lex, w) == pronoun),
            w => w.cloned(),
        };
        if let Some(w) = written {
            s.name = w;
        } else if !s.name.contains(' ') && !refused {
            let mut fits = full
                .iter()
                .filter(|f| is_short_form(&s.name, f) && !contradicts(f) && !shared(f));
            if let (Some(f), None) = (fits.next(), fits.next()) {
                s.name = f.clone();
            }
        } else if contradicts(&s.name) || (names_surname && shared(&s.name)) {
            s.name = surname.to_string();
        }
    }
    if !sources
        .iter()
        .any(|s| person(s) && office_of(lex, &s.name).is_some())
    {
        return;
    }
    // People and the phrases that introduced them ("President of Ukraine Volodymyr Zelenskyy").
    let introduced: Vec<(String, String)> = sources
        .iter()
        .filter(|s| person(s) && !s.linked && office_of(lex, &s.name).is_none())
        .map(|s| (s.name.clone(), text[s.span.clone()].to_lowercase()))
        .collect();
    let mut introduced_with: std::collections::HashMap<_, Vec<&str>> = Default::default();
    for s in sources.iter_mut().filter(|s| person(s)) {
        let Some(offices) = office_of(lex, &s.name) else {
            continue;
        };
        // A place's office is one introduced with the place ("Indiana Governor" is "Gov. Mike
        // Pence of Indiana", no governor of Texas).
        let place = s
            .name
            .split_once(' ')
            .filter(|(first, _)| !lex.offices.contains_ascii_folded(first))
            .map(|(first, _)| first.to_lowercase());
        let in_place = |phrase: &str| place.as_ref().is_none_or(|p| has_phrase(phrase, p));
        // (Looked for once per office: an article of many "The Minister said" stays linear.)
        let key = (offices.clone(), place.clone());
        let with_office = introduced_with.entry(key).or_insert_with(|| {
            introduced
                .iter()
                .filter(|(_, phrase)| {
                    in_place(phrase)
                        && offices.iter().any(|o| {
                            has_phrase(phrase, o)
                                || super::steps::title_of(o).is_some_and(|t| has_phrase(phrase, t))
                        })
                })
                .map(|(name, _)| name.as_str())
                .collect::<Vec<&str>>()
        });
        let mut holders: Vec<&str> = with_office
            .iter()
            .copied()
            .filter(|name| *name != s.name)
            .collect();
        // Also where the article names the holder outside any claim ("Another phone call took
        // place between President of Ukraine Volodymyr Zelenskyy and …").
        if holders.is_empty() {
            for o in &offices {
                holders.extend(
                    known
                        .names_with_office(text, o, place.as_deref())
                        .map(|r| &text[r]),
                );
            }
        }
        holders.sort_unstable();
        holders.dedup();
        if let [one] = holders[..] {
            s.name = one.to_string();
        } else if let Some(h) = headline.filter(|h| {
            holders.is_empty()
                && !s.name.contains(' ')
                && h.start <= s.span.start
                && s.span.end <= h.end
                // (A head of state is someone the reader knows: "Statement of the President".)
                && !lex.head_of_state_offices.contains_lower(&s.name)
                && crate::text::in_title_case_line(text, &s.span)
        }) {
            // An office alone as the speaker of a title-case headline over a story that never
            // writes it ("Judge Says Port Official Hid Kickbacks"): an unnamed one; not a head of
            // state's, nor one the story writes ("The judge, Caroline Ames, found").
            let story = &known.lower_text(text)[h.end..];
            if !crate::text::contains_whole_word(story, &s.name.to_ascii_lowercase()) {
                s.name = s.name.to_lowercase();
                s.kind = SourceKind::Anonymous;
            }
        }
    }
}

/// The gender a title right before `surname` in `phrase` tells ("Mrs. Clinton" female, "Mr.
/// Clinton" male: the lexicon's `male_words` and `female_words`), else Unknown.
pub(super) fn courtesy_gender(lex: &Lexicon, phrase: &str, surname: &str) -> Gender {
    match phrase.rfind(surname) {
        Some(at) => Gender::of_word(
            lex,
            phrase[..at].trim_end().rsplit(' ').next().unwrap_or(""),
        ),
        None => Gender::Unknown,
    }
}

/// Whether a name of several words was guessed from the headline `headline` set in title case,
/// where capitals say nothing, and the article never writes it again ("Russia and Ukraine Trade
/// Claims …" named "Ukraine Trade"): nobody to remember, and no full name for shorter ones.
pub(super) fn guessed_in_title_case(text: &str, headline: &Range<usize>, s: &SourceRef) -> bool {
    s.name.contains(' ')
        && headline.start <= s.span.start
        && s.span.end <= headline.end
        && !text[headline.end..].contains(s.name.as_str())
        && crate::text::capitals_say_nothing(&text[headline.clone()])
}

/// The name of a speaker label in capitals ("MS. OKAFOR:", "MR. BRANDT:", "MS. JEAN-PIERRE:"):
/// the full name the text, title included, gives the surname ("Press Briefing by Press
/// Secretary Renata Okafor"), else the surname as the text spells it elsewhere ("McConnell"),
/// else in title case ("Okafor"). None for a name that is not one word in capitals.
pub(super) fn label_name(text: &str, lex: &Lexicon, label: &str) -> Option<String> {
    // A full name in capitals ("CLAUDIA SAHM:"): as the text spells it elsewhere ("Claudia
    // Sahm"), else each word in title case.
    let words = label.split(' ').count();
    if (2..=3).contains(&words)
        && label.is_ascii()
        && label.split(' ').all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && crate::attribution::is_shouted(w)
        })
    {
        let lower_text = text.to_ascii_lowercase();
        let lower_label = label.to_ascii_lowercase();
        let spelled = lower_text
            .match_indices(&lower_label)
            .map(|(at, _)| &text[at..at + label.len()])
            .find(|w| w.chars().any(|c| c.is_ascii_lowercase()));
        return Some(match spelled {
            Some(w) => w.to_string(),
            None => label
                .split(' ')
                .map(title_case)
                .collect::<Vec<_>>()
                .join(" "),
        });
    }
    let capitals = label.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !label.contains(char::is_whitespace)
        && crate::attribution::is_shouted(label);
    if !capitals {
        return None;
    }
    let spelled = words::words(text)
        .map(|r| {
            let w = &text[r];
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
        })
        .find(|w| {
            let same = if label.is_ascii() {
                w.eq_ignore_ascii_case(label)
            } else {
                w.to_lowercase() == label.to_lowercase()
            };
            same && w.chars().any(char::is_lowercase)
        })
        .map(str::to_string);
    let spelled = spelled.unwrap_or_else(|| title_case(label));
    Some(full_name_in_text(text, lex, &spelled, true, Gender::Unknown).unwrap_or(spelled))
}

/// A word in capitals in title case, a "Mc" or "Mac" kept before a capital ("McBride").
fn title_case(word: &str) -> String {
    let (prefix, rest) = crate::attribution::split_mac(word);
    let mut out = String::with_capacity(word.len());
    out.push_str(prefix);
    let mut start = true;
    for c in rest.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// The full name a surname stands for in the text below its first line (`with_title`: the whole
/// text): "Antony Blinken" for "Blinken", "Robert F. Kennedy" for "Kennedy"; of several ("Donald
/// Trump", then "his daughter Ivanka Trump"), the one written first, the article's principal (a
/// writer names the other in full). Never one a relation introduces ("his son Hunter Biden"); None
/// when there is no other, or when a courtesy title's gender contradicts the first name ("Mrs.
/// Clinton", "Bill Clinton"). A first
/// name is a capitalised word that is no office ("Mr."), no organisation's, place's or party's
/// word (`not_names`: "Unlike Sanders"); opening a sentence, a listed first name or a word the
/// text never writes in lower case ("Added Smith" is no name).
pub(super) fn full_name_in_text(
    text: &str,
    lex: &Lexicon,
    short: &str,
    with_title: bool,
    title: Gender,
) -> Option<String> {
    let acronym = !short.chars().any(char::is_lowercase);
    let thing = |w: &str| {
        lex.is_place_name(w)
            || lex.is_group_name(w)
            || lex.organisation_words.contains_lower(w)
            || lex.party_members.contains_lower(w.trim_end_matches('s'))
    };
    if acronym
        || short.chars().count() < 3
        || !short.starts_with(char::is_uppercase)
        || thing(short)
    {
        return None;
    }
    let body_start = if with_title {
        0
    } else {
        text.find('\n').unwrap_or(text.len())
    };
    let gender = |w: &str| Gender::listed(&lex.male_names, &lex.female_names, w);
    let known_first_name = |w: &str| gender(w) != Gender::Unknown;
    // Capitalised words before a name that are no first names: a party, a direction, a rank.
    let modifier = |w: &str| {
        matches!(
            w,
            "Democratic"
                | "North"
                | "South"
                | "East"
                | "West"
                | "Southeast"
                | "Northeast"
                | "Southwest"
                | "Northwest"
                | "New"
                | "Old"
                | "Great"
                | "Super"
                | "State"
                | "Former"
                | "Late"
                | "Young"
                | "Senior"
                | "Junior"
        )
    };
    let first_name = |w: &str| {
        let bare = w.trim_end_matches('.');
        w.starts_with(char::is_uppercase)
            && bare.len() > 1
            && bare.chars().all(char::is_alphabetic)
            && !lex.offices.contains_ascii_folded(bare)
            && !lex.not_names.contains_lower(bare)
            && !thing(bare)
            && !modifier(bare)
            && !super::name::is_function_word(bare)
            && !matches!(bare, "The" | "A" | "An")
    };
    let initial = |w: &str| {
        w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
    };
    let office = |w: &str| lex.offices.contains_ascii_folded(w.trim_end_matches('.'));
    // The full names written, in the order first met, each with whether a relation introduces it
    // ("his son Hunter Biden"); the genders courtesy titles give the surname ("Mrs. Clinton" is
    // not Bill Clinton).
    let mut names: Vec<(&str, bool)> = Vec::new();
    let (mut courtesy_male, mut courtesy_female) = (false, false);
    for i in memchr::memmem::find_iter(&text.as_bytes()[body_start..], short.as_bytes()) {
        let at = body_start + i;
        if !crate::text::is_whole_word(text, &(at..at + short.len())) {
            continue;
        }
        // A name going on past the surname ("Lula da Silva", "Biden Administration") is
        // another name.
        let after = &text[at + short.len()..];
        let goes_on = after.strip_prefix(' ').is_some_and(|a| {
            let next = a.split(' ').next().unwrap_or("");
            let next_bare = next.trim_end_matches([',', '.', ';', ':']);
            (matches!(
                next,
                "da" | "de"
                    | "do"
                    | "dos"
                    | "das"
                    | "di"
                    | "del"
                    | "della"
                    | "van"
                    | "von"
                    | "der"
                    | "la"
                    | "le"
                    | "bin"
                    | "ibn"
                    | "al"
            ) && a[next.len()..].trim_start().starts_with(char::is_uppercase))
                || (next.starts_with(char::is_uppercase)
                    && next_bare.chars().all(char::is_alphabetic)
                    && !lex.post_nominals.contains(next_bare)
                    && !lex.post_nominals.contains(next))
        });
        if goes_on {
            continue;
        }
        let before = &text[body_start..at];
        let Some(rest) = before.strip_suffix(' ') else {
            continue;
        };
        // The word before (a name may open a paragraph), and what stands before it.
        let (rest, w1) = match rest.rfind(char::is_whitespace) {
            // Only a space joins the words of a name.
            Some(i) if rest[i..].starts_with(' ') => (&rest[..i], &rest[i + 1..]),
            Some(i) => {
                let space = rest[i..].chars().next().map_or(1, char::len_utf8);
                ("", &rest[i + space..])
            }
            None => ("", rest),
        };
        let w2 = rest.rsplit(char::is_whitespace).next().unwrap_or("");
        if office(w1) {
            match w1.trim_end_matches('.').to_ascii_lowercase().as_str() {
                "mr" => courtesy_male = true,
                "mrs" | "ms" | "miss" => courtesy_female = true,
                _ => {}
            }
            continue;
        }
        // A word opening a sentence is capitalised for that alone ("Added Smith, …", "Unlike
        // Sanders, …"): there only a listed first name counts.
        let lead = rest.trim_end_matches(['"', '“', '‘', '\'']).trim_end();
        // (The full stop of a title is none: "Gov. Maggie Hassan".)
        let title = lead.strip_suffix('.').is_some_and(|b| {
            let w = b.rsplit(char::is_whitespace).next().unwrap_or(b);
            lex.offices.contains_ascii_folded(w)
        });
        let opens_sentence = (!title
            && lead
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '—' | '–')))
            || !before[..before.len() - 1 - w1.len()].ends_with(' ');
        // … so it must be a listed first name, or a word the text never writes in lower case. In
        // a line set in title case a word ending in "ing" or "s" is none unless listed
        // ("Gingrich Takes Talk Of Being Trump's Running Mate", "…, Calls Trump’s Putin Remarks").
        let title_case = || crate::text::in_title_case_line(text, &(at..at + short.len()));
        if !known_first_name(w1)
            && (((w1.ends_with("ing") || w1.ends_with('s')) && title_case())
                || (opens_sentence && {
                    let low = w1.to_lowercase();
                    lex.inverting_cues.contains(&low)
                        || crate::text::contains_whole_word(text, &low)
                }))
        {
            continue;
        }
        let start = if initial(w1) {
            if !first_name(w2) {
                continue;
            }
            at - 1 - w1.len() - 1 - w2.len()
        } else if first_name(w1) && !w1.ends_with('.') {
            // A first name before a middle name ("Hillary Rodham Clinton", "Ruth Bader
            // Ginsburg") is part of the name too, and so is an unlisted one after a word in lower
            // case or a title ("Justices Elena Kagan and Ketanji Brown Jackson").
            // (Within the line: a paragraph may open on the name.)
            let w3 = rest[..rest.len() - w2.len()]
                .strip_suffix(' ')
                .and_then(|r| r.trim_end_matches(' ').rsplit(char::is_whitespace).next());
            let after_no_name = || {
                first_name(w2)
                    && w3.is_some_and(|w| {
                        !w.is_empty()
                            && (w.starts_with(char::is_lowercase)
                                || lex.offices.contains_ascii_folded(w.trim_end_matches('.'))
                                || lex.offices.contains_ascii_folded(w.trim_end_matches('s')))
                    })
            };
            if !rest.is_empty()
                && !known_first_name(w1)
                && (known_first_name(w2) || after_no_name())
            {
                at - 1 - w1.len() - 1 - w2.len()
            } else {
                at - 1 - w1.len()
            }
        } else {
            continue;
        };
        let name = &text[start..at + short.len()];
        // The word before the full name: a relation ("his son")?
        // (Not across a sentence's end: "… introduced his wife. Hillary Clinton then spoke".)
        let relative = text[body_start..start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                !w.ends_with(['.', '!', '?'])
                    && matches!(
                        w.trim_end_matches(|c: char| !c.is_alphabetic())
                            .to_ascii_lowercase()
                            .as_str(),
                        "son"
                            | "daughter"
                            | "wife"
                            | "husband"
                            | "brother"
                            | "sister"
                            | "father"
                            | "mother"
                            | "nephew"
                            | "niece"
                            | "cousin"
                            | "widow"
                            | "grandson"
                            | "granddaughter"
                    )
            });
        match names.iter_mut().find(|(n, _)| *n == name) {
            Some((_, r)) => *r |= relative,
            None => names.push((name, relative)),
        }
    }
    // "Mrs. Clinton" is not Bill Clinton, nor "Mr. Obama" Michelle Obama: the mention's own
    // title picks among the names; without one, any title the text gives the surname must fit.
    let first_gender = |name: &str| gender(name.split(' ').next().unwrap_or(""));
    if title != Gender::Unknown {
        // The first whose first name is known to fit, else the one name that may, unless the text
        // gives the surname titles of both genders ("Mr. Khan" and "Ms. Khan": "Ghazala Khan",
        // her first name not listed, may be either).
        let mut fit = names
            .iter()
            .filter(|(name, relative)| !relative && first_gender(name).fits(title))
            .map(|(name, _)| *name);
        let known = fit.clone().find(|name| first_gender(name) == title);
        return known
            .or_else(|| match (fit.next(), fit.next()) {
                (Some(one), None) if !(courtesy_male && courtesy_female) => Some(one),
                _ => None,
            })
            .map(str::to_string);
    }
    let found = names.iter().find(|(_, relative)| !relative)?.0;
    let first = first_gender(found);
    if (courtesy_male && first == Gender::Female) || (courtesy_female && first == Gender::Male) {
        return None;
    }
    Some(found.to_string())
}

/// The full names (two to four capitalised words, a middle initial kept with its full stop)
/// written right after each whole-word mention of `office` (lower case, ASCII) in `text` below
/// its first line (the headline is written in title case): "Volodymyr Zelenskyy" after "President
/// of Ukraine", not after "Vice President of …". `lower` is `text` in ASCII lower case.
pub(super) fn names_after<'t>(text: &'t str, lower: &str, office: &str) -> Vec<&'t str> {
    let mut names = Vec::new();
    let from = text.find('\n').unwrap_or(text.len());
    for i in memchr::memmem::find_iter(&lower.as_bytes()[from..], office.as_bytes()) {
        let (start, end) = (from + i, from + i + office.len());
        let before = lower[..start].trim_end();
        // (Or the name set off after the office by commas: "The Foreign Secretary, David
        // Cameron, spoke to …".)
        let set_off = text[end..].starts_with(", ");
        let whole = !lower[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && (text[end..].starts_with(' ') || set_off);
        let deputy = ["former", "acting", "then-", "ex-"]
            .iter()
            .any(|m| before.ends_with(m))
            || is_second_office(
                before.rsplit(char::is_whitespace).next().unwrap_or(""),
                office,
            );
        if !whole || deputy {
            continue;
        }
        let rest = &text[end + 1 + usize::from(set_off)..];
        let (mut len, mut words) = (0, 0);
        // (A name may end its paragraph: "… by Interior Minister Elena Vargas.\n\nIn …".)
        for w in rest.split([' ', '\n']).take(4) {
            let initial = w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase);
            let word = if initial {
                w
            } else {
                w.trim_end_matches([',', '.', ';', ':', ')'])
            };
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(word);
            if !word.chars().next().is_some_and(char::is_uppercase)
                || !word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
            {
                break;
            }
            len += usize::from(words > 0) + word.len();
            words += 1;
            if word.len() != w.len() {
                break;
            }
        }
        if words >= 2 && (!set_off || rest[len..].starts_with(',')) {
            names.push(&rest[..len]);
        }
    }
    names
}

/// Whether `phrase` holds `words` as whole words.
pub(super) fn has_phrase(phrase: &str, words: &str) -> bool {
    crate::text::contains_whole_word(phrase, words)
}

/// The offices a name consists of, in lower case, when it is nothing but an office: "President
/// of Ukraine" (the office itself), "President", "Head of State" (which a president or monarch
/// holds). None for a person's or an organisation's name.
pub(super) fn office_of(lex: &Lexicon, name: &str) -> Option<Vec<String>> {
    // Most names are no office: decide that without copying.
    let first = name.split(' ').next().unwrap_or("");
    let may_be_office = ["head", "the"]
        .iter()
        .any(|o| o.eq_ignore_ascii_case(first))
        || lex.offices.contains_ascii_folded(first);
    if !may_be_office {
        // A place's office, as a headline writes it ("Indiana Governor Says …", "Texas Gov.").
        return match name.split(' ').collect::<Vec<_>>()[..] {
            [place, office] if lex.places.contains_ascii_folded(place) => {
                let full = super::steps::abbreviated_office(office).unwrap_or(office);
                let full = full.to_ascii_lowercase();
                (lex.offices.contains(&full) && full != "general").then(|| vec![full])
            }
            _ => None,
        };
    }
    let lower = name.to_lowercase();
    if matches!(lower.as_str(), "head of state" | "the head of state") {
        let offices = lex.head_of_state_offices.sorted();
        return Some(offices.into_iter().map(String::from).collect());
    }
    let ws: Vec<&str> = lower.split(' ').collect();
    let first_is_office = ws
        .first()
        .is_some_and(|w| lex.offices.contains(w) && *w != "general");
    let rest_is_of_phrase = ws.len() == 1 || (ws.len() >= 3 && ws[1] == "of");
    (first_is_office && rest_is_of_phrase).then(|| vec![lower])
}

/// [`mentions`] in the claims a source was named in, not counting a headline set in title case
/// ("Court Halts Deportations as Minister Vows to Appeal" tells nothing of who "the court" is).
fn claim_mentions(text: &str, claim: &[Range<usize>], is_role: &dyn Fn(&str) -> bool) -> bool {
    claim
        .iter()
        .filter(|r| !crate::text::in_title_case_line(text, r))
        .any(|r| mentions(text, std::slice::from_ref(r), is_role))
}

/// Whether `narration` gives a document `is_doc` accepts (singular or plural) as the speaker
/// `name`'s own: one they spoke in ("said in a statement", "told shareholders in a letter",
/// "responded angrily in a statement", an opening "In a letter to the committee, …"; with "the"
/// only right after a verb of saying: "said in the statement", never "errors in the report" or
/// "the evidence cited in the report"), one they issued, released, published, wrote, signed,
/// filed, led, conducted, authored, unveiled, launched or aired ("released a joint statement",
/// "who led the research"), sent or posted ("sent a letter"; not "sent the report to Congress"),
/// one from or by them ("the statement from Grimm's attorney, William McGinley", "The statement
/// issued by Governor Ana Ruiz", "The report was published by Professor Ellen Ward", "the report
/// from his agency"), whose it is ("whose report was published Tuesday") or whose author they
/// are ("the report's lead author"); not one they spoke about ("said the statement from the
/// mayor was premature", "In response to the report, …").
fn issued_document(narration: &str, is_doc: &dyn Fn(&str) -> bool, name: &str) -> bool {
    #[rustfmt::skip]
    const SPEAKING: &[&str] = &[
        "said", "says", "wrote", "writes", "stated", "added", "noted", "announced", "responded",
        "replied", "argued", "explained", "told", "tweeted", "insisted", "claimed",
        "acknowledged", "confirmed", "denied", "countered", "warned", "declared", "reported",
        "indicated", "suggested", "asserted",
    ];
    #[rustfmt::skip]
    const ISSUING: &[&str] = &[
        "issued", "released", "published", "wrote", "signed", "filed", "led", "conducted",
        "authored", "co-authored", "co-wrote", "unveiled", "launched", "aired",
    ];
    #[rustfmt::skip]
    const PARTICIPLES: &[&str] = &["issued", "released", "published", "written", "signed", "sent"];
    /// Words that make an opening "In …" phrase about the document, not the document itself.
    #[rustfmt::skip]
    const ABOUT: &[&str] = &[
        "to", "of", "about", "on", "after", "before", "over", "with", "for", "from", "against",
        "response", "reply", "light",
    ];
    let is_doc = |w: &str| is_doc(w) || crate::text::singular(w).is_some_and(|s| is_doc(&s));
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    // An opening phrase on "In" whose first few words name the document ("In a statement,", "In
    // separate but identical letters sent on Oct. 19, 2011, … Ronald Weich told").
    if let Some(rest) = narration.trim_start().strip_prefix("In ") {
        let phrase = &rest[..rest.find(',').unwrap_or(0)];
        let ws: Vec<&str> = words::words(phrase).map(|r| &phrase[r]).collect();
        if let Some(k) = ws.iter().position(|w| is_doc(w)) {
            if k <= 3 && !ws[..k].iter().any(|w| is(w, ABOUT)) {
                return true;
            }
        }
    }
    let surname = name.rsplit(' ').next().unwrap_or(name);
    let ws: Vec<&str> = words::words(narration).map(|r| &narration[r]).collect();
    (0..ws.len())
        .filter(|&i| is_doc(ws[i]) || is_doc(crate::text::without_possessive(ws[i])))
        .any(|i| {
            // Its author: "the report's lead author".
            if crate::text::is_possessive(ws[i]) {
                return ws
                    .get(i + 1)
                    .is_some_and(|w| is(w, &["author", "authors", "co-author", "lead"]));
            }
            // One "whose report was published Tuesday".
            if i > 0 && ws[i - 1].eq_ignore_ascii_case("whose") {
                return true;
            }
            // From or by the speaker: their name a few words on, or their possessive ("the
            // report from his agency"); only for a name ("A study by Harvard researchers … The
            // study says" is no claim of the researchers').
            let by = match ws.get(i + 1..) {
                Some([a, p, w, ..])
                    if is(a, &["was", "were", "is", "are"])
                        && is(p, PARTICIPLES)
                        && is(w, &["by", "from"]) =>
                {
                    Some(i + 4)
                }
                Some([p, w, ..]) if is(p, PARTICIPLES) && is(w, &["by", "from"]) => Some(i + 3),
                Some([w, ..]) if is(w, &["by", "from"]) => Some(i + 2),
                _ => None,
            };
            let from_them = !surname.is_empty()
                && by.is_some_and(|j| {
                    let after = &ws[j.min(ws.len())..(j + 8).min(ws.len())];
                    after
                        .first()
                        .is_some_and(|w| is(w, &["his", "her", "their"]))
                        || after.contains(&surname)
                });
            from_them
                || (2..=4).filter(|&back| back <= i).any(|back| {
                    let (lead, det) = (ws[i - back], ws[i - back + 1]);
                    let the = det.eq_ignore_ascii_case("the");
                    let spoke_in = lead.eq_ignore_ascii_case("in")
                        && (!the || (i > back && is(ws[i - back - 1], SPEAKING)));
                    let sent = is(lead, &["sent", "posted"]) && !the;
                    (spoke_in || sent || is(lead, ISSUING))
                        && is(det, &["a", "an", "the", "its", "his", "her", "their"])
                        && ws[i - back + 2..i].iter().all(|w| {
                            w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                        })
                })
        })
}

/// The appositive set off by commas right after `phrase` ("The Information Commissioner's
/// Office, Britain's data protection regulator, said"), at most 80 bytes; empty if none.
fn apposition_after(text: &str, phrase: &Range<usize>) -> Range<usize> {
    let rest = &text[phrase.end..crate::text::floor_char_boundary(text, phrase.end + 80)];
    match rest.strip_prefix(", ").and_then(|r| r.find(',')) {
        Some(end) => phrase.end + 2..phrase.end + 2 + end,
        None => phrase.end..phrase.end,
    }
}

/// Offices one person holds and another person does not share with them in a news story: "the
/// governor" is not the senator or the attorney general named last.
const EXCLUSIVE_OFFICES: &[&str] = &[
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "judge",
    "justice",
    "sheriff",
    "attorney",
    "commissioner",
    "superintendent",
];

/// Whether a word of `text` in `ranges`, without a possessive ending, is one `is_role` accepts.
fn mentions(text: &str, ranges: &[Range<usize>], is_role: &dyn Fn(&str) -> bool) -> bool {
    ranges.iter().any(|r| {
        let t = &text[r.clone()];
        let mut before = "";
        words::words(t).any(|w| {
            let w = &t[w];
            let previous = std::mem::replace(&mut before, w);
            let w = crate::text::without_possessive(w);
            // A second office is another office: "Vice President Mike Pence" is no "the
            // president", "Lieutenant Governor" no "the governor".
            is_role(w) && !is_second_office(previous, w)
        })
    })
}

/// Whether a word `is_office` stands in `ranges` after a word of [`SECOND_OFFICES`] ("Vice
/// President Mike Pence" for "president").
fn mentions_second_office(
    text: &str,
    ranges: &[Range<usize>],
    is_office: &dyn Fn(&str) -> bool,
) -> bool {
    ranges.iter().any(|r| {
        let t = &text[r.clone()];
        let ws: Vec<&str> = words::words(t).map(|w| &t[w]).collect();
        ws.windows(2)
            .any(|p| is_second_office(p[0], p[1]) && is_office(p[1]))
    })
}

/// Words that make an office another one, its second: "vice president", "deputy director".
const SECOND_OFFICES: [&str; 4] = ["vice", "deputy", "assistant", "lieutenant"];

/// Whether `before` makes the office `office` after it another one ("Vice President", "Deputy
/// Director", "Lieutenant Governor", "Deputy Commander"); not a military rank, which stays the
/// rank ("Vice Admiral" is an admiral, "Lieutenant General" a general).
pub(super) fn is_second_office(before: &str, office: &str) -> bool {
    const RANKS: [&str; 5] = ["admiral", "general", "colonel", "commander", "marshal"];
    // (Also abbreviated: "Lt. Gov. Dan Patrick", "Asst. Secretary".)
    let short = before.trim_end_matches('.');
    let before = [
        ("lt", "lieutenant"),
        ("asst", "assistant"),
        ("dep", "deputy"),
    ]
    .iter()
    .find(|(abbreviation, _)| short.eq_ignore_ascii_case(abbreviation))
    .map_or(before, |(_, full)| full);
    let Some(second) = SECOND_OFFICES
        .iter()
        .find(|s| before.eq_ignore_ascii_case(s))
    else {
        return false;
    };
    // (A rank abbreviated too: "Lt. Gen.")
    let office = super::steps::abbreviated_office(office).unwrap_or(office);
    let rank = matches!(*second, "vice" | "lieutenant")
        && RANKS.iter().any(|r| office.eq_ignore_ascii_case(r));
    !rank
}

/// An institution's roles that a person may have too ("his campaign", "her statement", "his
/// spokesman"): these may point to a person.
#[rustfmt::skip]
const PERSON_MAY_OWN: &[&str] = &[
    "campaign", "team", "office", "statement", "letter", "website", "article", "commentary",
    "spokesman", "spokeswoman", "spokesperson", "report", "paper", "study",
];

/// Words a government agency's name may end on besides "Agency" ("Federal Aviation
/// Administration", "National Weather Service").
const AGENCY_NAME_ENDS: [&str; 2] = ["Administration", "Service"];

/// Whether `role` is "agency" and `name` an administration's or a service's of three words or
/// more ("Federal Aviation Administration", "U.S. Food and Drug Administration"; not "Trump
/// Administration").
fn agency_named(role: &str, name: &str) -> bool {
    role == "agency"
        && name.split(' ').count() >= 3
        && AGENCY_NAME_ENDS
            .iter()
            .any(|e| name.rsplit(' ').next() == Some(e))
}

/// How far after a claim a "he" or "she" may stand to go on with its speaker rather than a
/// person named in what was said (bytes): the next sentence or so.
const SPEAKER_OVER_CONTENT_REACH_BYTES: usize = 40;

/// The words a utility's name ends on ("Pacific Sierra Power", "Consolidated Edison").
const UTILITY_NAME_ENDS: [&str; 6] = ["power", "electric", "energy", "gas", "utilities", "edison"];

/// Whether `name` is a utility's: three words or more ending on a utility's word and opening on
/// a place or a region's word ("Pacific Sierra Power", "Consolidated Edison Co"; not "Samantha
/// Power", "Jordan Lee Power" nor "Thomas Alva Edison").
fn is_utility_name(lex: &Lexicon, name: &str) -> bool {
    const REGIONS: [&str; 12] = [
        "pacific",
        "atlantic",
        "southern",
        "northern",
        "eastern",
        "western",
        "central",
        "consolidated",
        "public",
        "municipal",
        "metropolitan",
        "regional",
    ];
    let first = name.split(' ').next().unwrap_or("");
    name.rsplit_once(' ').is_some_and(|(rest, last)| {
        UTILITY_NAME_ENDS
            .iter()
            .any(|u| last.eq_ignore_ascii_case(u))
            && rest.contains(' ')
            && (REGIONS.iter().any(|r| first.eq_ignore_ascii_case(r))
                || lex.places.contains_ascii_folded(first))
            && Gender::of_name(lex, name) == Gender::Unknown
    })
}

/// Whether the word ending `before` is a person's title, capitalised, before a name ("President
/// Trump", "Sen. Smith"); not a business's role ("TikTok owner ByteDance", "Market leader
/// Nvidia").
pub(super) fn title_before(lex: &Lexicon, before: &str) -> bool {
    before.split_whitespace().next_back().is_some_and(|w| {
        let w = w.trim_end_matches('.');
        w.starts_with(char::is_uppercase)
            && lex.offices.contains_ascii_folded(w)
            && !["owner", "leader", "chief", "ceo", "founder", "head"]
                .iter()
                .any(|b| w.eq_ignore_ascii_case(b))
    })
}

impl KnownSources {
    /// Nobody known yet, with room for `named` named sources before the lists grow.
    pub fn with_capacity(named: usize) -> KnownSources {
        KnownSources {
            named: Vec::with_capacity(named),
            descriptors: Vec::with_capacity(named),
            contexts: Vec::with_capacity(named),
            genders: Vec::with_capacity(named),
            ..KnownSources::default()
        }
    }

    /// `text` (the article's, the same every call) in ASCII lower case, made once: a search of
    /// the text before each of many phrases stays linear.
    /// (A different text, which no caller passes, is lower-cased anew.)
    fn lower_text<'s>(&'s self, text: &str) -> std::borrow::Cow<'s, str> {
        let at = text.as_ptr() as usize;
        let (of, cached) = self
            .lower_text
            .get_or_init(|| (at, text.to_ascii_lowercase()));
        if *of == at && cached.len() == text.len() {
            std::borrow::Cow::Borrowed(cached)
        } else {
            std::borrow::Cow::Owned(text.to_ascii_lowercase())
        }
    }

    /// The names `text` (the article's) writes right after `office` ([`names_after`]), as byte
    /// ranges, and where it first writes "office of " (ASCII lower case), found once per office:
    /// looking before each of many "The President" stays linear.
    pub(super) fn office_mentions(&self, text: &str, office: &str) -> Rc<OfficeMentions> {
        if let Some(found) = self.names_after_office.borrow().get(office) {
            return Rc::clone(found);
        }
        let lower = self.lower_text(text);
        let names: Vec<Range<usize>> = names_after(text, &lower, office)
            .into_iter()
            .map(|name| {
                let start = name.as_ptr() as usize - text.as_ptr() as usize;
                start..start + name.len()
            })
            .collect();
        let mut holders = HoldersSoFar::default();
        let so_far = names
            .iter()
            .map(|r| {
                let gap = if text[..r.start].ends_with(", ") {
                    2
                } else {
                    1
                };
                let office_start = r.start - office.len() - gap;
                // (A second office's word may open its paragraph: "Vice President Mike Pence
                // said".)
                let qualified = text[..office_start]
                    .strip_suffix(' ')
                    .and_then(|b| b.rsplit(' ').next())
                    .is_some_and(|w| {
                        (w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A" | "An"))
                            || w.rsplit(char::is_whitespace)
                                .next()
                                .is_some_and(|w| is_second_office(w, office))
                    });
                if text[r.end..]
                    .strip_prefix(" of ")
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase))
                {
                    holders.of_a_country.add(text, r);
                } else if !qualified {
                    holders.home.add(text, r);
                }
                holders.clone()
            })
            .collect();
        let found = Rc::new(OfficeMentions {
            names,
            first_of: memchr::memmem::find(lower.as_bytes(), format!("{office} of ").as_bytes()),
            so_far,
        });
        self.names_after_office
            .borrow_mut()
            .insert(office.to_string(), Rc::clone(&found));
        found
    }

    /// The names the text writes after the office `office` or its abbreviated title ("Governor
    /// Mike Pence", "Gov. Mike Pence"), in the text's order; with a place, only those it stands
    /// near ("Indiana Gov. Mike Pence", "Gov. Mike Pence of Indiana").
    pub(super) fn names_with_office<'a>(
        &self,
        text: &'a str,
        office: &str,
        place: Option<&'a str>,
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        let title = super::steps::title_of(office).map(|t| format!("{t}."));
        let mut names: Vec<Range<usize>> = std::iter::once(office)
            .chain(title.as_deref())
            .flat_map(|o| {
                // (Right before the office, or in an "of" right after the name: not where the
                // holder went, "Sen. Ted Cruz flew to Florida".)
                let near = move |r: &Range<usize>| {
                    place.is_none_or(|p| {
                        let from = crate::text::floor_char_boundary(
                            text,
                            r.start.saturating_sub(o.len() + 16),
                        );
                        let before = &text[from..r.start];
                        has_phrase(&before.to_lowercase(), &p.to_lowercase())
                            || text[r.end..]
                                .strip_prefix(" of ")
                                .and_then(|after| after.get(..p.len()))
                                .is_some_and(|after| after.eq_ignore_ascii_case(p))
                    })
                };
                self.office_mentions(text, o)
                    .names
                    .iter()
                    .filter(|r| near(r))
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .collect();
        names.sort_by_key(|r| r.start);
        names.into_iter()
    }

    /// A person a pronoun stood for has spoken last: the nearest for the next pronoun ("Sanders
    /// appeared to dismiss it, when he told Clinton … On Friday, he remarked" is Sanders, though
    /// Trump was named between). (Not a role noun's person: a wrong link would carry on.)
    pub(super) fn spoke_again(&mut self, lex: &Lexicon, s: &SourceRef) {
        if s.linked {
            self.nearest_again(lex, s);
        }
    }

    /// A named person remembered before is the nearest for the next pronoun again.
    pub(crate) fn nearest_again(&mut self, lex: &Lexicon, s: &SourceRef) {
        if s.is_anonymous() {
            return;
        }
        if let Some(i) = self.named.iter().rposition(|k| k.name == s.name) {
            if i + 1 != self.named.len() && Self::is_person(lex, &self.named[i]) {
                self.named[i..].rotate_left(1);
                self.descriptors[i..].rotate_left(1);
                self.contexts[i..].rotate_left(1);
                self.genders[i..].rotate_left(1);
            }
        }
    }

    /// Who answers the claim ending at `claim_end`, when a passive of asking asked them (see
    /// [`super::the_asked_answers`]).
    pub(crate) fn asked_in(&self, claim_end: usize) -> Option<&SourceRef> {
        self.asked
            .as_ref()
            .filter(|(_, end)| *end == claim_end)
            .map(|(s, _)| s)
    }

    /// Keeps a source for later pronouns and role nouns; `plural` when a plural role named it
    /// ("the leaders").
    /// `gender` is what the phrase or a pronoun right after it told.
    pub(super) fn remember(
        &mut self,
        lex: &Lexicon,
        s: &SourceRef,
        phrase: Range<usize>,
        context: Vec<Range<usize>>,
        plural: bool,
        gender: Gender,
    ) {
        if !s.is_anonymous() && !s.linked {
            // Only recent sources are candidates for pronouns and short names; keeping a bounded
            // list keeps huge articles linear.
            if self.named.len() >= MAX_KNOWN_SOURCES {
                self.named.remove(0);
                self.descriptors.remove(0);
                self.contexts.remove(0);
                self.genders.remove(0);
            }
            // The same person named again keeps what was learnt of them; else a first name
            // tells it ("Clinton" remembered as "Hillary Clinton").
            let gender = match self.named.iter().rposition(|k| k.name == s.name) {
                Some(i) if gender == Gender::Unknown => self.genders[i],
                _ => gender,
            };
            let gender = match gender {
                Gender::Unknown if s.kind == SourceKind::Unregistered => {
                    Gender::of_name(lex, &s.name)
                }
                g => g,
            };
            self.named.push(s.clone());
            self.descriptors.push(phrase);
            self.contexts.push(context);
            self.genders.push(gender);
            self.remembered += 1;
        } else if ((s.is_anonymous() && !s.linked) || plural)
            // A document is nobody a pronoun stands for ("The study found … She said" is not
            // the study).
            && !s
                .name
                .rsplit(' ')
                .next()
                .is_some_and(|w| lex.documents.contains_lower(w))
        {
            self.plural = Some((s.clone(), self.remembered));
            // An institution is nobody "he" or "she" stands for ("the team announced … He
            // thanked" is not the team); a spokesman or an official is, also with where they
            // work after the noun ("one analyst at a large U.S. bank", "a person familiar with
            // the investigation").
            let head = super::description_head(&s.name);
            let institution = lex.organisation_words.contains_lower(head)
                || lex.institution_roles.contains_lower(head)
                || (lex.institution_heads.contains_lower(head) && !lex.is_role_noun(head));
            // (Nor are people in the plural, however the phrase opens: "most of his
            // competitors called for … '…,' he said" is not the competitors.)
            let plural_head = super::is_plural(&s.name, &(0..s.name.len()));
            self.unnamed_person = (!plural && !plural_head && !s.linked && !institution)
                .then(|| (s.clone(), self.remembered, gender));
            self.unnamed_person_passed = false;
            if self.unnamed_person.is_some() {
                self.about = None;
            }
        }
    }

    /// Keeps the person a claim of an institution's is about for a later "he" or "she" (see
    /// [`KnownSources::about`]).
    pub(super) fn remember_about(&mut self, lex: &Lexicon, s: SourceRef, gender: Gender) {
        let gender = match gender {
            Gender::Unknown => Gender::of_name(lex, &s.name),
            g => g,
        };
        self.about = Some((s, self.remembered, gender));
    }

    /// Whether a source just resolved may be what a pronoun of gender `g` stands for: a person
    /// whose gender, as learnt so far, fits.
    pub(super) fn may_stand_for(
        &self,
        text: &str,
        lex: &Lexicon,
        s: &SourceRef,
        g: Gender,
    ) -> bool {
        Self::is_person(lex, s)
            && match self.named.iter().rposition(|k| k.name == s.name) {
                Some(i) => self.gender_at(text, lex, i),
                None => self.surname_gender(text, lex, s),
            }
            .fits(g)
    }

    /// The gender of the person remembered at `i`: as a title, a pronoun or a first name told
    /// it, else for a surname alone as its full name in the text tells ([`Self::surname_gender`]).
    fn gender_at(&self, text: &str, lex: &Lexicon, i: usize) -> Gender {
        match self.genders[i] {
            Gender::Unknown => self.surname_gender(text, lex, &self.named[i]),
            g => g,
        }
    }

    /// The gender the first name of the full name the text writes for a person's surname alone
    /// tells: "a word Trump then repeated" is no "she" in a story about Donald Trump. Unknown when
    /// the text names people of both genders with it (Bill and Hillary Clinton), and for a name
    /// of several words or no person's. Found once per surname.
    fn surname_gender(&self, text: &str, lex: &Lexicon, s: &SourceRef) -> Gender {
        if s.name.contains(' ') || s.kind != SourceKind::Unregistered {
            return Gender::Unknown;
        }
        let mut genders = self.surname_genders.borrow_mut();
        // (Each lookup reads the text: at most MAX_KNOWN_SOURCES surnames are looked up, so a
        // huge article of many names stays linear.)
        if genders.len() >= MAX_KNOWN_SOURCES && !genders.contains_key(&s.name) {
            return Gender::Unknown;
        }
        *genders.entry(s.name.clone()).or_insert_with(|| {
            let of = |title: Gender| {
                full_name_in_text(text, lex, &s.name, false, title)
                    .map_or(Gender::Unknown, |full| Gender::of_name(lex, &full))
            };
            match of(Gender::Unknown) {
                Gender::Male if of(Gender::Female) == Gender::Female => Gender::Unknown,
                Gender::Female if of(Gender::Male) == Gender::Male => Gender::Unknown,
                g => g,
            }
        })
    }

    /// A pronoun linked to a named source of unknown gender tells it ("Jones said … She added").
    pub(super) fn learn_gender(&mut self, name: &str, pronoun: &str) {
        let g = Gender::of_pronoun(pronoun);
        if g == Gender::Unknown {
            return;
        }
        if let Some(i) = self.named.iter().rposition(|k| k.name == name) {
            if self.genders[i] == Gender::Unknown {
                self.genders[i] = g;
            }
        }
        // … and so does one linked to the unnamed person ("A colleague at the fund … said.
        // '…,' she said"): a later "he" is someone else.
        if let Some((s, _, ug)) = &mut self.unnamed_person {
            if s.name == name && *ug == Gender::Unknown {
                *ug = g;
            }
        }
    }

    /// A courtesy title on a full name met before tells its gender, every time it was remembered
    /// (an earlier entry of unknown gender would still fit the other pronoun: "Representative
    /// Blake Farenthold … Mr. Farenthold said. … She sued him" is not Farenthold). Not a surname
    /// alone, which may be two people's ("Mr. Clinton" and "Clinton … she").
    pub(super) fn learn_titled_gender(&mut self, name: &str, g: Gender) {
        if g == Gender::Unknown || !name.contains(' ') {
            return;
        }
        // (Only one person known by that surname: with "Morgan Reed" and "Taylor Reed", "Mr.
        // Reed" says nothing of either.)
        let surname = name.rsplit(' ').next().unwrap_or(name);
        if self
            .named
            .iter()
            .any(|k| k.name != name && k.name.rsplit(' ').next() == Some(surname))
        {
            return;
        }
        for (k, kg) in self.named.iter().zip(self.genders.iter_mut()) {
            if k.name == name && *kg == Gender::Unknown {
                *kg = g;
            }
        }
        if let Some((s, _, sg)) = &mut self.about {
            if s.name == name && *sg == Gender::Unknown {
                *sg = g;
            }
        }
    }

    /// Whether a named source may be what "he" or "she" stands for: a person, not an
    /// organisation (a registry entry, an acronym, a name with an organisation word), a country
    /// or a place, nor two people ("Netanyahu and Obama").
    pub(super) fn is_person(lex: &Lexicon, k: &SourceRef) -> bool {
        // "Lee Zeldin of New York" is a person; "Republic of Korea" a place.
        let before_of = match k.name.split_once(" of ") {
            Some((person, _)) if person.contains(' ') => person,
            _ => &k.name,
        };
        // "Alabama Power" opens on a place, as no person's name does (but "Georgia Smith").
        // (A place written out, not an abbreviation: "USA TODAY" may be an outlet's; and a
        // business's, a party's or a place's word ending the name, "Nevada Democrat", "Mexico
        // City", "Missouri Senate": "Georgia Smith", "Virginia Foxx", "Virginia Democrat Abigail
        // Spanberger" are people.)
        let opens_on_place = || {
            k.name.split_once(' ').is_some_and(|(first, rest)| {
                first.contains(char::is_lowercase)
                    && lex.places.contains_ascii_folded(first)
                    && (rest.contains('&')
                        || rest.rsplit(' ').next().is_some_and(|w| {
                            let w = w.to_ascii_lowercase();
                            lex.organisation_words.contains(&w)
                                || lex.name_topics.contains(&w)
                                || lex.party_members.contains(&w)
                                || matches!(
                                    w.as_str(),
                                    "city"
                                        | "county"
                                        | "state"
                                        | "senate"
                                        | "assembly"
                                        | "legislature"
                                        | "bar"
                                )
                        }))
            })
        };
        // (Nor a people: "Serbs", "Ukrainians"; a name in -is is a name, "Francis".)
        let people = || {
            !k.name.contains(' ')
                && k.name
                    .strip_suffix('s')
                    .is_some_and(|one| !one.ends_with('i') && lex.is_nationality(one))
        };
        // (Nor a thing numbered by an ordinal, "Fourteenth Amendment", "Second Circuit", "20th
        // Century Fox"; an ordinal office or title before a name is a person's, "First Lady
        // Brigitte Macron", "First Lieutenant Kaito Tanaka".)
        let words_say_no_person = || {
            let mut ws = k.name.split(' ');
            if !ws.next().is_some_and(is_ordinal) {
                return false;
            }
            let title = |w: &str| {
                lex.offices.contains_ascii_folded(w)
                    || lex.male_words.contains_ascii_folded(w)
                    || lex.female_words.contains_ascii_folded(w)
                    || ["lieutenant", "gentleman"]
                        .iter()
                        .any(|t| w.eq_ignore_ascii_case(t))
            };
            !(ws.next().is_some_and(title) && ws.next().is_some())
        };
        k.kind == SourceKind::Unregistered
            && !k.name.contains(" and ")
            && !words_say_no_person()
            && !lex.is_group_name(&k.name)
            && !lex.is_place_name(before_of)
            && !opens_on_place()
            && !people()
            && !is_utility_name(lex, &k.name)
            // (Nor a website: "BigGovernment.com".)
            && ![".com", ".org", ".net"]
                .iter()
                .any(|d| k.name.to_ascii_lowercase().ends_with(d))
    }

    /// The source named last, when its phrase or the claim it was named in has a word
    /// `is_role` accepts ("Dr. Sarah Klein, who led the research, said" for "The study found"),
    /// and it was named at most [`DOCUMENT_REACH_BYTES`] before `at`.
    pub(super) fn last_introduced_with(
        &self,
        text: &str,
        at: usize,
        is_role: &dyn Fn(&str) -> bool,
    ) -> Option<&SourceRef> {
        let i = self.named.len().checked_sub(1)?;
        let recent = at.saturating_sub(self.named[i].span.start) <= DOCUMENT_REACH_BYTES;
        (recent
            && (mentions(text, std::slice::from_ref(&self.descriptors[i]), is_role)
                || mentions(text, &self.contexts[i], is_role)))
        .then(|| &self.named[i])
    }

    /// Whether `name` is a person named before, in full or by a short form ("Smith" after "John
    /// Smith"), whose gender a first name, title or pronoun told.
    pub(super) fn names_a_person(&self, lex: &Lexicon, name: &str) -> bool {
        self.named.iter().zip(&self.genders).any(|(k, g)| {
            (k.name == name || is_short_form(name, &k.name))
                && (*g != Gender::Unknown || Gender::of_name(lex, &k.name) != Gender::Unknown)
        })
    }

    /// Whether the claim that named source `i` (or the phrase naming it) gives a document
    /// `is_doc` accepts as theirs (see [`issued_document`]).
    fn gives_as_own(&self, text: &str, i: usize, is_doc: &dyn Fn(&str) -> bool) -> bool {
        std::iter::once(&self.descriptors[i])
            .chain(&self.contexts[i])
            .any(|r| issued_document(&text[r.clone()], is_doc, &self.named[i].name))
    }

    /// The source named last, when it is an organisation or a place: not a person, nor people
    /// named together ("Ted Cruz and Marco Rubio").
    pub(super) fn last_if_no_person(&self, lex: &Lexicon) -> Option<&SourceRef> {
        self.named
            .last()
            .filter(|k| k.kind != SourceKind::Group && !Self::is_person(lex, k))
    }

    /// The nearest named source introduced with `role` ("researcher", "President Joe Biden", its
    /// abbreviated title: "Gov. Mike Pence"), else the nearest one introduced in a claim that uses the role ("the NATO chief’s trip …
    /// as Jens Stoltenberg urged").
    pub(super) fn introduced_with_role(&self, text: &str, role: &str) -> Option<&SourceRef> {
        let is_role = |w: &str| super::steps::names_office(w, role);
        self.described_with(text, &is_role)
            .or_else(|| self.named_in_claim_with(text, &is_role))
    }

    /// Notes the source of a claim just made and the claim's narration.
    pub fn claimed(
        &mut self,
        lex: &Lexicon,
        source: Option<&SourceRef>,
        narration: Vec<Range<usize>>,
        cue: Option<&str>,
    ) {
        self.last_claim_reported =
            cue.is_some_and(|c| c.starts_with("report") || c.starts_with("according"));
        // A named person who spoke since, if only through a pronoun, is nearer than the unnamed
        // one ("a judge … ordered …. … she told the crowd. She promised" is not the judge).
        // (Only one a pronoun of the unnamed person's gender may stand for: "the accuser" is
        // still "she" after Kavanaugh spoke.)
        // (Asked only while an unnamed person holds them.)
        let holds = self.unnamed_person.is_some() && !self.unnamed_person_passed;
        let spoke = source.filter(|s| {
            holds
                && !s.is_anonymous()
                && s.name.starts_with(char::is_uppercase)
                && Self::is_person(lex, s)
        });
        if let (Some(s), Some((u, _, ug))) = (spoke, &self.unnamed_person) {
            let gender = self
                .named
                .iter()
                .rposition(|k| k.name == s.name)
                .map_or_else(|| Gender::of_name(lex, &s.name), |i| self.genders[i]);
            if s.name != u.name && (*ug == Gender::Unknown || gender == *ug) {
                self.unnamed_person_passed = true;
            }
        }
        self.last_claim = source.map(|s| (s.clone(), narration));
    }

    /// The source of the last claim when its narration gives the document `doc` as where the
    /// claim was made ("In a statement, the bank said", "said in its annual report", "issued a
    /// statement saying") for "the statement".
    pub(super) fn last_claim_in(&self, text: &str, doc: &str) -> Option<&SourceRef> {
        let (s, narration) = self.last_claim.as_ref()?;
        narration
            .iter()
            .any(|r| {
                let name = if s.is_anonymous() {
                    ""
                } else {
                    s.name.as_str()
                };
                issued_document(&text[r.clone()], &|w| w.eq_ignore_ascii_case(doc), name)
            })
            .then_some(s)
    }

    /// The nearest named source introduced in a claim with a word `is_role` accepts.
    pub(super) fn named_in_claim_with(
        &self,
        text: &str,
        is_role: &dyn Fn(&str) -> bool,
    ) -> Option<&SourceRef> {
        self.named_in_claim_at(text, is_role)
            .map(|i| &self.named[i])
    }

    /// [`Self::named_in_claim_with`], as an index into `named`.
    fn named_in_claim_at(&self, text: &str, is_role: &dyn Fn(&str) -> bool) -> Option<usize> {
        self.contexts
            .iter()
            .rposition(|c| claim_mentions(text, c, is_role))
    }

    /// The nearest named source whose own phrase has a word `is_role` accepts ("A new AP-GfK
    /// poll" for any document word).
    pub(super) fn described_with(
        &self,
        text: &str,
        is_role: &dyn Fn(&str) -> bool,
    ) -> Option<&SourceRef> {
        self.descriptors
            .iter()
            .rposition(|d| mentions(text, std::slice::from_ref(d), is_role))
            .map(|i| &self.named[i])
    }

    /// The nearest named source introduced with a word `is_role` takes, in the phrase naming it
    /// or in an appositive right after it ("Principal Bill Smith", "Tom Jones, the new
    /// principal, said").
    pub(super) fn introduced_as(
        &self,
        text: &str,
        is_role: &dyn Fn(&str) -> bool,
    ) -> Option<&SourceRef> {
        (0..self.descriptors.len())
            .rev()
            .find(|&i| {
                // (The appositive's own head, before what it is of or to: "a critic of the
                // principal", "the principal's husband" are no principal.)
                let d = &self.descriptors[i];
                let a = apposition_after(text, d);
                let t = &text[a.clone()];
                // (A relative clause names the office only as what the person is: "who was
                // named principal", "who is now the incumbent"; not "who is challenging the
                // incumbent".)
                let relative = ["who ", "which ", "that "].iter().any(|p| t.starts_with(p));
                let holds = [
                    " named ",
                    " is now ",
                    " is the ",
                    " was the ",
                    " became ",
                    " elected ",
                ]
                .iter()
                .any(|p| t.contains(p));
                let cut = [" of ", " to ", " for ", " at ", " with "]
                    .iter()
                    .filter_map(|p| t.find(p))
                    // (Nor the office's own possessive: "the principal's husband"; "the
                    // school's new principal" is one.)
                    .chain(t.match_indices(['\'', '’']).find_map(|(k, _)| {
                        let from = t[..k].rfind(' ').map_or(0, |s| s + 1);
                        is_role(&t[from..k]).then_some(from)
                    }))
                    .chain((relative && !holds).then_some(0))
                    .min();
                let head = cut.map_or(a.clone(), |k| a.start..a.start + k);
                mentions(text, &[d.clone(), head], is_role)
            })
            .map(|i| &self.named[i])
    }

    /// [`Self::described_with`] in a phrase that also holds the word `word` as written: the
    /// place of "the Florida senator" in "Florida Sen. Marco Rubio" or "Gov. Mike Pence of
    /// Indiana".
    pub(super) fn described_with_and(
        &self,
        text: &str,
        is_role: &dyn Fn(&str) -> bool,
        word: &str,
    ) -> Option<&SourceRef> {
        self.descriptors
            .iter()
            .rposition(|d| {
                mentions(text, std::slice::from_ref(d), is_role)
                    && crate::text::contains_whole_word(&text[d.clone()], word)
            })
            .map(|i| &self.named[i])
    }

    /// The capitalised word right before `head` in the phrase `k` was named with, lower-cased:
    /// "finance" for "Finance Minister Joana Leitão" and "minister"; none for "President Joe
    /// Biden" and "president".
    pub(super) fn title_qualifier(&self, text: &str, k: &SourceRef, head: &str) -> Option<String> {
        let i = self.named.iter().rposition(|n| n.name == k.name)?;
        let words: Vec<&str> = text[self.descriptors[i].clone()].split(' ').collect();
        let at = words.iter().position(|w| w.eq_ignore_ascii_case(head))?;
        let before = words.get(at.checked_sub(1)?)?;
        (before.starts_with(char::is_uppercase) && before.chars().all(char::is_alphabetic))
            .then(|| before.to_lowercase())
    }

    /// The source named last whose phrase holds `phrase` (lower case, words apart by one space:
    /// "prime minister"), in any case.
    pub(super) fn described_with_phrase(&self, text: &str, phrase: &str) -> Option<&SourceRef> {
        self.descriptors
            .iter()
            .rposition(|d| {
                let d = text[d.clone()].to_lowercase();
                d.split(' ').collect::<Vec<_>>().join(" ").contains(phrase)
            })
            .map(|i| &self.named[i])
    }

    /// The nearest named source set off with an apposition that holds `words`, in lower case:
    /// the description after the comma, to the next comma or the sentence's end ("Dr Amira
    /// Solberg, an ecologist at the University of Bergen and the study's lead author" for "the
    /// study's lead author"; not "Jane Doe, 34, said the victim's mother had called" for "the
    /// victim's mother").
    pub(super) fn set_off_with(&self, text: &str, words: &str) -> Option<&SourceRef> {
        self.descriptors
            .iter()
            .rposition(|d| {
                let rest = &text[d.end..crate::text::floor_char_boundary(text, d.end + 160)];
                rest.strip_prefix(", ").is_some_and(|r| {
                    let end = r.find([',', '.', ';', '"', '“', '”']).unwrap_or(r.len());
                    let description = &r[..end];
                    ["a ", "an ", "the "]
                        .iter()
                        .any(|a| description.starts_with(a))
                        && description.to_lowercase().contains(words)
                })
            })
            .map(|i| &self.named[i])
    }

    /// The one source introduced with `office` as their whole title ("Sheriff Linda Tran", "the
    /// sheriff, Linda Tran"; not "Vice President Kamala Harris" for "president"), when no other
    /// was: whom "the sheriff's office" or "the minister's spokeswoman" speaks for.
    pub(super) fn only_holder_of(&self, text: &str, office: &str, at: usize) -> Option<&SourceRef> {
        // Two people the text titles so ("Sheriff Linda Tran of Marion County and Sheriff Tom
        // Reed"), remembered or not: none is the one.
        // (Within the last few pages: the cost stays flat in a long text.)
        let before = &text[crate::text::floor_char_boundary(text, at.saturating_sub(20_000))..at];
        let mut titled_names = before.match_indices([' ', '\n']).filter_map(|(i, _)| {
            let w = before[i + 1..].split(' ').next()?;
            let next = before[i + 1 + w.len()..].trim_start().split(' ').next()?;
            (w.eq_ignore_ascii_case(office) && next.starts_with(char::is_uppercase)).then_some(next)
        });
        if let Some(first) = titled_names.next() {
            if titled_names.any(|n| n != first) {
                return None;
            }
        }
        let mut holder: Option<&SourceRef> = None;
        for (d, k) in self.descriptors.iter().zip(&self.named) {
            let words: Vec<&str> = text[d.clone()]
                .split(' ')
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            let titled = words.iter().enumerate().any(|(i, w)| {
                w.eq_ignore_ascii_case(office)
                    && (i == 0 || !words[i - 1].starts_with(char::is_uppercase))
            });
            if titled {
                match holder {
                    Some(h) if h.name != k.name => return None,
                    _ => holder = Some(k),
                }
            }
        }
        holder
    }

    /// Whether `k` was introduced with an office other than `role` ("Judge Caroline Ames" for
    /// "the witness" or "the defence"): then the role is someone else.
    pub(super) fn titled_otherwise(
        &self,
        text: &str,
        lex: &Lexicon,
        k: &SourceRef,
        role: &str,
    ) -> bool {
        let Some(i) = self.named.iter().rposition(|n| n.name == k.name) else {
            return false;
        };
        let phrase = &text[self.descriptors[i].clone()];
        let mut words = phrase.split([' ', '.']).filter(|w| !w.is_empty());
        let office = words
            .clone()
            .any(|w| !k.name.split(' ').any(|n| n == w) && lex.offices.contains_ascii_folded(w));
        office && !words.any(|w| w.eq_ignore_ascii_case(role))
    }

    /// Whether the source named last was introduced with a role right before its name ("The
    /// French diplomat Marie Dupont said", "The chief negotiator, Tom Berg, said"); not with one
    /// elsewhere in its phrase ("a young woman asked Mrs. Clinton").
    pub(super) fn last_described_with(&self, text: &str, is_role: &dyn Fn(&str) -> bool) -> bool {
        let (Some(d), Some(k)) = (self.descriptors.last(), self.named.last()) else {
            return false;
        };
        let first = k.name.split(' ').next().unwrap_or("");
        if first.is_empty() {
            return false;
        }
        let phrase = &text[d.clone()];
        memchr::memmem::find_iter(phrase.as_bytes(), first)
            .find(|&at| crate::text::is_whole_word(phrase, &(at..at + first.len())))
            .is_some_and(|at| {
                text[..d.start + at]
                    .rsplit(char::is_whitespace)
                    .find(|w| !w.is_empty())
                    .is_some_and(|w| is_role(w.trim_end_matches(',')))
            })
    }

    /// The named person whose age was given as `age` before `before`: "Peter Serafinowicz, 43,"
    /// (", aged 43", ", a 43-year-old comedian", " (43)") or "43-year-old Peter Serafinowicz",
    /// for "the 43-year-old said". The name must be one
    /// remembered (a short form of it will do).
    pub(super) fn introduced_with_age(
        &self,
        text: &str,
        age: &str,
        before: usize,
    ) -> Option<&SourceRef> {
        let upto = &text[..before];
        let name_before = |end: usize| {
            let head = upto[..end].trim_end();
            let start = head
                .rsplit(' ')
                .take_while(|w| {
                    w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with([',', '.', ';', ':'])
                })
                .map(|w| w.len() + 1)
                .sum::<usize>();
            head[head.len() - start.min(head.len())..].trim()
        };
        let name_after = |start: usize| {
            let tail = &upto[start..];
            // Capitalised words up to the first that punctuation ends.
            let mut ended = false;
            let len = tail
                .split(' ')
                .take_while(|w| {
                    let take = !ended && w.starts_with(|c: char| c.is_uppercase());
                    ended = w.ends_with([',', '.', ';', ':']);
                    take
                })
                .map(|w| w.len() + 1)
                .sum::<usize>();
            tail[..len.min(tail.len())].trim_end_matches([' ', ',', '.'])
        };
        // The age after the name: ", 54,", "said Ann Lee, 54.", ", aged 54", ", a 54-year-old
        // teacher", " (54)".
        let after_name = [
            format!(", {age},"),
            format!(", {age}."),
            format!(", aged {age}"),
            format!(", a {age}-year-old"),
            format!(" ({age})"),
        ];
        let adjective = format!("{age}-year-old ");
        let mut at = upto.len();
        while at > 0 {
            let c = after_name
                .iter()
                .filter_map(|p| {
                    upto[..at]
                        .rfind(p.as_str())
                        .filter(|&i| !upto[i + p.len()..].starts_with(|c: char| c.is_ascii_digit()))
                })
                .max();
            // A whole number: not the "4-year-old" of "14-year-old".
            let mut a = upto[..at].rfind(&adjective);
            while let Some(i) = a.filter(|&i| upto[..i].ends_with(|c: char| c.is_alphanumeric())) {
                a = upto[..i].rfind(&adjective);
            }
            let (i, name) = match (c, a) {
                (Some(c), a) if a.is_none_or(|a| c > a) => (c, name_before(c)),
                // "Jane Smith, a 54-year-old teacher": the name before the description.
                (_, Some(a)) if upto[..a].ends_with(", a ") => (a, name_before(a - 4)),
                (_, Some(a)) => (a, name_after(a + adjective.len())),
                _ => return None,
            };
            if !name.is_empty() {
                if let Some(k) = self.canonical(name).or_else(|| {
                    let last = name.rsplit(' ').next()?;
                    self.canonical(last)
                }) {
                    return Some(k);
                }
            }
            at = i;
        }
        None
    }

    /// [`Self::introduced_with_role`], else by `kind`: "they" (a plural role, by
    /// [`Self::group_antecedent`]), "it" (an institution's), or "person" (of the role's gender).
    pub(super) fn antecedent_for_role(
        &self,
        text: &str,
        lex: &Lexicon,
        role: &str,
        kind: &str,
        before: usize,
    ) -> Option<SourceRef> {
        // (A person may own some institutions' roles: "his campaign".)
        let institution = kind == "it" && !PERSON_MAY_OWN.contains(&role);
        // Named with the role in its own phrase ("The consumer group Public Citizen"), else in
        // the claim it was named in; there, for an institution's role, not a person, whose
        // claim may merely mention it ("Priya Raman … said the company's balance sheet remained
        // strong. The company said" is not Raman).
        // (Its abbreviated title too: "Gov. Mike Pence … The governor said".)
        let is_role = |w: &str| super::steps::names_office(w, role);
        // (An institution's role is never a person it described, whose first name or role tells
        // it is a person's: "Health ministry spokesperson Adrian Chikumbe said … According to
        // the ministry" is not Chikumbe; "The consumer group Public Citizen" is a group.)
        let persons_role = |d: &Range<usize>| {
            let ws: Vec<&str> = text[d.clone()].split(' ').collect();
            ws.windows(2)
                .any(|p| is_role(p[0]) && lex.is_role_noun(&p[1].to_ascii_lowercase()))
        };
        // (For an office, also one the text wrote with it before, in a claim or not: "GOP Sen.
        // John McCain is squeezed … McCain said. The longtime senator said" is McCain, not a
        // senator introduced earlier.)
        // (The whole name, or the surname alone the source goes by: "Chris Paul" is no
        // "Senator Rand Paul".)
        let written: Vec<&str> = if kind == "person" && lex.offices.contains(role) {
            self.names_with_office(text, role, None)
                .take_while(|r| r.end <= before)
                .map(|r| &text[r])
                .collect()
        } else {
            Vec::new()
        };
        let written_so = |name: &str| {
            written
                .iter()
                .any(|w| *w == name || (!name.contains(' ') && w.rsplit(' ').next() == Some(name)))
        };
        let at = (0..self.descriptors.len()).rev().find(|&i| {
            mentions(text, std::slice::from_ref(&self.descriptors[i]), &is_role)
                || written_so(&self.named[i].name)
        });
        let persons = |i: usize| {
            institution
                && (Gender::of_name(lex, &self.named[i].name) != Gender::Unknown
                    || persons_role(&self.descriptors[i]))
        };
        // (The institution a person's description names in full is that institution:
        // "Ministry of Defence spokesperson James Hart said … The ministry said". Read with the
        // rest of its clause, which tells prose from a title-case line.)
        let in_description = |i: usize| {
            let d = self.descriptors[i].clone();
            if !text[d.clone()].contains(crate::text::capitalised(role).as_str()) {
                return None;
            }
            let clause_end = text[d.end..]
                .find(['.', ',', ';', '\n'])
                .map_or(text.len(), |k| d.end + k);
            organisation_mentioned(&text[..clause_end], lex, role).map(|name| SourceRef {
                name,
                span: d,
                kind: SourceKind::Unregistered,
                linked: true,
            })
        };
        let described = match at {
            Some(i) if !persons(i) => Some(self.named[i].clone()),
            Some(i) => in_description(i),
            None => None,
        }
        .or_else(|| {
            // … or one the narration opened a sentence on, with the word in its name, when no
            // source named since has it.
            institution
                .then(|| {
                    self.narrated_bodies
                        .iter()
                        .rev()
                        .find(|k| k.name.split(' ').any(is_role) || agency_named(role, &k.name))
                })
                .flatten()
                .cloned()
        });
        // For a role no institution's, the nearest source named in a claim that used the role.
        // A document is a person's only when their claim gives it as theirs ("Schumer released
        // a joint statement … the joint statement said", "said in a report"), never when it
        // merely mentions one ("Shane Shook, a cyber security expert, … said the report … The
        // report said" is the report, unnamed; not Shook, nor anyone else named before).
        let named_in_claim = if described.is_none() && !institution {
            let at = self.named_in_claim_at(text, &is_role);
            if at.is_some_and(|i| {
                lex.is_document(role)
                    && Self::is_person(lex, &self.named[i])
                    && !self.gives_as_own(text, i, &|w| w.eq_ignore_ascii_case(role))
            }) {
                return None;
            }
            at
        } else {
            None
        };
        let found = described.or_else(|| {
            if !institution {
                return named_in_claim.map(|i| self.named[i].clone());
            }
            // A person's name: two words or more, none in capitals ("USA TODAY" may be an
            // outlet's).
            // (Not an organisation a spokesperson spoke for: "A spokesman for Dinamo Split
            // said the club had received offers".)
            let person = |k: &SourceRef| {
                Self::is_person(lex, k)
                    && !self.organisations.contains(&k.name)
                    && k.name.contains(' ')
                    && k.name.split(' ').all(|w| w.chars().any(char::is_lowercase))
            };
            // (Nor a public body for a business's role: "The European Commission … ordered the
            // company to end practices" does not make the Commission "the company".)
            let public_body = |k: &SourceRef| {
                BUSINESS_ROLES.contains(&role) && (lex.is_place_name(&k.name) || is_public_body(k))
            };
            // (Nor people named together: "politicians like John Kerry and Hillary Clinton" are no
            // company.)
            let people = |k: &SourceRef| {
                k.name.contains(" and ")
                    && k.name.split(" and ").all(|one| {
                        person(&SourceRef {
                            name: one.to_string(),
                            kind: SourceKind::Unregistered,
                            ..k.clone()
                        })
                    })
            };
            (0..self.named.len())
                .rev()
                .filter(|&i| {
                    !person(&self.named[i])
                        && !people(&self.named[i])
                        && !public_body(&self.named[i])
                })
                .find(|&i| claim_mentions(text, &self.contexts[i], &is_role))
                .map(|i| self.named[i].clone())
        });
        found.or_else(|| match kind {
            // (Institutions in the plural are never two people: "Both governments denied" after
            // a minister and a schoolteacher spoke.)
            "they"
                if crate::text::singular(role)
                    .is_some_and(|s| lex.institution_roles.contains(&s)) =>
            {
                self.group_antecedent(lex)
                    .filter(|g| g.kind != SourceKind::Group)
            }
            "they" => self.group_antecedent(lex),
            "it" => self.institution_antecedent(text, lex, role),
            // A person: of the role's gender ("the spokeswoman"), else of either; for an office,
            // not one introduced with another office ("Sen. Maria Lopez … The governor said";
            // "Xavier Becerra, the state attorney general, … The governor said").
            _ if EXCLUSIVE_OFFICES.contains(&role) => {
                self.office_antecedent(text, lex, role, Gender::of_word(lex, role))
            }
            // (Not when the nearest holds the role's second: "Vice President Mike Pence" is no
            // "the president", nor anyone named before him.)
            _ => self
                .person_antecedent(text, lex, Gender::of_word(lex, role))
                .filter(|k| {
                    let i = self.named.iter().rposition(|n| n.name == k.name);
                    !i.is_some_and(|i| {
                        mentions_second_office(
                            text,
                            std::slice::from_ref(&self.descriptors[i]),
                            &is_role,
                        )
                    })
                }),
        })
    }

    /// A short name ("Kim", "Stoltenberg") that is part of a fuller name seen before (of one
    /// source: "Bolton" is not "John Bolton and Sebastian Gorka").
    pub(super) fn canonical(&self, name: &str) -> Option<&SourceRef> {
        self.canonical_of(name, Gender::Unknown)
    }

    /// [`canonical`](Self::canonical) for a name a courtesy title gives a gender ("Mrs.
    /// Clinton"): never someone remembered as of the other gender ("Bill Clinton", whose first
    /// name told it). With the gender unknown, the same as `canonical`.
    pub(super) fn canonical_of(&self, name: &str, gender: Gender) -> Option<&SourceRef> {
        (0..self.named.len())
            .rev()
            .find(|&i| {
                let k = &self.named[i];
                (k.name == name || (k.kind != SourceKind::Group && is_short_form(name, &k.name)))
                    && self.genders[i].fits(gender)
            })
            .map(|i| &self.named[i])
    }

    /// The source named last that speaks through the body `head` ("force", "team", "data"): one
    /// with the word in its name ("the Ukrainian air force") or whose phrase ends on it
    /// ("Ukraine's air force"); not one the word merely describes ("district chairman Nick
    /// Barbknecht" is no district).
    pub(super) fn body_antecedent(
        &self,
        text: &str,
        head: &str,
        span: Range<usize>,
    ) -> Option<SourceRef> {
        let is_head = |w: &str| w.eq_ignore_ascii_case(head);
        let mut found = (0..self.named.len()).rev().filter(|&i| {
            // (A name that is the word alone, "Regime" from a headline, names no body.)
            self.genders[i] == Gender::Unknown
                && !is_head(&self.named[i].name)
                && (self.named[i].name.split_whitespace().any(is_head)
                    || text[self.descriptors[i].clone()]
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .find(|w| !w.is_empty())
                        .is_some_and(is_head))
        });
        // (One such source only: after "Leeds United's medical team … Sheffield Wednesday's
        // medical team", "The team said" is either.)
        let i = found.next()?;
        if found.any(|j| self.named[j].name != self.named[i].name) {
            return None;
        }
        Some(SourceRef {
            span,
            linked: true,
            ..self.named[i].clone()
        })
    }

    /// The organisation named last whose written name has the capitalised word `word` in it
    /// ("The European Commission", "the Federal Trade Commission" for "the Commission"); not a
    /// person nor people named together.
    pub(super) fn organisation_written_with(
        &self,
        text: &str,
        lex: &Lexicon,
        word: &str,
    ) -> Option<&SourceRef> {
        self.descriptors
            .iter()
            .zip(&self.named)
            .rev()
            .find(|(d, k)| {
                k.kind != SourceKind::Group
                    && (!Self::is_person(lex, k) || self.organisations.contains(&k.name))
                    && text[(*d).clone()].split(' ').skip(1).any(|w| w == word)
            })
            .map(|(_, k)| k)
    }

    /// The one person named before whose name `short` is part of, when no other is ("Pruitt"
    /// after "Walter Pruitt"; not "Trump" once Donald and Eric Trump were both named).
    pub(super) fn only_person_named(&self, lex: &Lexicon, short: &str) -> Option<&SourceRef> {
        let k = self.canonical(short)?;
        let other = self.named.iter().any(|o| {
            o.name != k.name && o.kind != SourceKind::Group && is_short_form(short, &o.name)
        });
        (k.name != short && !other && Self::is_person(lex, k)).then_some(k)
    }

    /// The person a pronoun or a role of gender `g` (Unknown: either) stands for: the unnamed
    /// person who spoke last when nobody has been named since ("A company spokesman said … He
    /// declined"), else the nearest named person whose gender, if known, fits; never an
    /// organisation or a country.
    pub(super) fn person_antecedent(
        &self,
        text: &str,
        lex: &Lexicon,
        g: Gender,
    ) -> Option<SourceRef> {
        self.person_antecedent_where(text, lex, g, |_| true)
    }

    /// [`Self::person_antecedent`] among the named sources `keep` accepts (by index into
    /// `named`).
    fn person_antecedent_where(
        &self,
        text: &str,
        lex: &Lexicon,
        g: Gender,
        keep: impl Fn(usize) -> bool,
    ) -> Option<SourceRef> {
        if let Some((s, at, sg)) = &self.unnamed_person {
            if *at == self.remembered && sg.fits(g) && !self.unnamed_person_passed {
                return Some(s.clone());
            }
        }
        // The nearest person whose gender fits: a title, a pronoun or a first name told it, or
        // nothing did ("Jens Stoltenberg … Kim Tong Myong … he added" is Kim).
        (0..self.named.len())
            .rev()
            .find(|&i| {
                let k = &self.named[i];
                Self::is_person(lex, k)
                    && self.gender_at(text, lex, i).fits(g)
                    && !self.organisations.contains(&k.name)
                    && keep(i)
            })
            .map(|i| self.named[i].clone())
    }

    /// [`Self::person_antecedent`] for the office `office`: the nearest person whose gender fits
    /// and who was not introduced with another office only (in the phrase naming them or in an
    /// appositive right after it).
    fn office_antecedent(
        &self,
        text: &str,
        lex: &Lexicon,
        office: &str,
        g: Gender,
    ) -> Option<SourceRef> {
        let another_office = |i: usize| {
            let d = [
                self.descriptors[i].clone(),
                apposition_after(text, &self.descriptors[i]),
            ];
            let this = |w: &str| super::steps::names_office(w, office);
            let other = |w: &str| {
                !this(w)
                    && (EXCLUSIVE_OFFICES.iter().any(|o| w.eq_ignore_ascii_case(o))
                        || super::steps::abbreviated_office(w).is_some())
            };
            !mentions(text, &d, &this)
                // (Nor one introduced with the second of this office or of a head of state or
                // government: "Vice President Mike Pence" is no governor.)
                && (mentions(text, &d, &other)
                    || mentions_second_office(text, &d, &|w| {
                        this(w)
                            || other(w)
                            || ["president", "minister", "chancellor", "premier"]
                                .iter()
                                .any(|o| w.eq_ignore_ascii_case(o))
                    }))
        };
        self.person_antecedent_where(text, lex, g, |i| !another_office(i))
    }

    /// The nearest preceding named source fitting a pronoun; "they" right after an unnamed
    /// source ("Officials said … They added") is that source. "He" and "she" link only to a
    /// person whose gender, when titles or pronouns told it, matches: the unnamed person who
    /// spoke last when nobody has been named since ("A company spokesman said … He declined"),
    /// else the nearest named person; never an organisation or a country (then nobody).
    pub(super) fn antecedent(
        &self,
        text: &str,
        lex: &Lexicon,
        pronoun: &str,
        at: usize,
    ) -> Option<SourceRef> {
        if pronoun == "they" {
            return self.they_antecedent(lex, at);
        }
        if matches!(pronoun, "he" | "she" | "him" | "her") {
            let g = Gender::of_pronoun(pronoun);
            if let Some((s, at, sg)) = &self.about {
                if *at == self.remembered && sg.fits(g) {
                    return Some(s.clone());
                }
            }
            if let Some(s) = self.speaker_over_content(text, lex, g, at) {
                return Some(s);
            }
            return self.person_antecedent(text, lex, g);
        }
        if pronoun == "it" {
            // A body the narration opened a sentence on since the last claim, just before ("The
            // Valdonian Foreign Ministry gave a different emphasis. Its readout said").
            if let Some(b) = self.narrated_bodies.last() {
                let since = self
                    .last_claim
                    .as_ref()
                    .is_none_or(|(s, _)| s.span.start < b.span.start);
                if since && at > b.span.start && at - b.span.start <= NARRATED_BODY_REACH_BYTES {
                    return Some(b.clone());
                }
            }
            // A body the narration opened a sentence on, that the last claim's role word stood
            // for ("The Supreme Court ruled … The court agreed. It said …").
            // (Or an organisation's name the role word found in the text: "… at Mercy Lakes
            // Regional Medical Center. The stolen files included names, the hospital said. It
            // said".)
            if let Some((s, _)) = &self.last_claim {
                if s.linked
                    && (self.narrated_bodies.iter().any(|b| b.name == s.name)
                        || (s.kind == SourceKind::Unregistered
                            && s.name.contains(' ')
                            && lex.is_group_name(&s.name)
                            && at > s.span.end
                            && at - s.span.end <= NARRATED_BODY_REACH_BYTES))
                {
                    return Some(s.clone());
                }
            }
            // An unnamed institution that spoke last, with nobody named since ("the company
            // said in a statement. It said …").
            if let Some((s, spoke_at)) = &self.plural {
                let head = s.name.rsplit(' ').next().unwrap_or("");
                if *spoke_at == self.remembered
                    && !s.linked
                    && (lex.organisation_words.contains_lower(head)
                        || lex.institution_roles.contains_lower(head)
                        || BUSINESS_ROLES.contains(&head))
                {
                    return Some(s.clone());
                }
            }
            // An organisation or a country: the nearest source that may be one, registered or
            // not: a name with an organisation's word or an acronym ("Pew Research Center",
            // "FDIC"), a place ("South Korea"), or a one-word name no title, pronoun or first
            // name made a man's or a woman's ("Microsoft"). "It said" after "the Department of
            // Foreign Affairs said" is the department, not a state broadcaster named before it.
            // "Its annual report" after "Jane Smith said" is not hers, nor is "It also said"
            // after "Chief executive Jensen Huang said" (two words may be a person whose first
            // name the lexicon lacks, so "Goldman Sachs" is missed: nobody rather than a wrong
            // person; nor a surname whose full name the text gives: "Elias Whitlock").
            return self
                .named
                .iter()
                .zip(&self.genders)
                .rev()
                .find(|(k, g)| {
                    k.registry().is_some()
                        || lex.is_group_name(&k.name)
                        || self.organisations.contains(&k.name)
                        || k.name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| NATION_BODY_HEADS.contains(&w))
                        || (**g == Gender::Unknown
                            && (lex.is_place_name(&k.name)
                                || (!k.name.contains(' ')
                                    && !surname_written_in_full(text, lex, k))))
                })
                .map(|(k, _)| k)
                .cloned();
        }
        self.named.last().cloned()
    }

    /// The person who made the last claim, when everyone named since was named inside it and
    /// the pronoun stands right after it (within [`SPEAKER_OVER_CONTENT_REACH_BYTES`]): "he"
    /// goes on with the speaker, not with someone the speaker spoke of ("Peskov also said that
    /// Putin had no plans to speak with Biden. “There are no such plans,” he said." is Peskov).
    fn speaker_over_content(
        &self,
        text: &str,
        lex: &Lexicon,
        g: Gender,
        at: usize,
    ) -> Option<SourceRef> {
        let (s, narration) = self.last_claim.as_ref()?;
        let i = self.named.iter().rposition(|k| k.name == s.name)?;
        let claim_end = narration.iter().map(|n| n.end).max()?;
        let inside = |r: &Range<usize>| {
            narration
                .iter()
                .any(|n| n.start <= r.start && r.end <= n.end)
        };
        let later = i + 1..self.named.len();
        // (Not what a report or a document said: "According to ProPublica, Clinton praised …
        // She also said" is Clinton.)
        (!s.is_anonymous()
            && !self.last_claim_reported
            && !later.is_empty()
            && at >= claim_end
            && at - claim_end <= SPEAKER_OVER_CONTENT_REACH_BYTES
            && Self::is_person(lex, s)
            && self.gender_at(text, lex, i).fits(g)
            && later.into_iter().all(|j| inside(&self.named[j].span)))
        .then(|| self.named[i].clone())
    }

    /// What "they" stands for: the unnamed or plural source that spoke last while nobody was
    /// named since ("Officials said … They added"); else the two people named last, by full name
    /// and within [`THEY_PAIR_REACH_BYTES`] before it; else the later of the plural source and a
    /// named organisation or group ("Putin and Biden"); never one person ("Whitmore said … where
    /// they claimed" is not Whitmore). Nobody when none was met.
    fn they_antecedent(&self, lex: &Lexicon, at: usize) -> Option<SourceRef> {
        if let Some(s) = self.fresh_plural() {
            return Some(s.clone());
        }
        if let Some(pair) = self
            .recent_pair(lex, at)
            .or_else(|| self.pair_before_a_body(lex, at))
        {
            return Some(pair);
        }
        let len = self.named.len();
        // One country is not "they" ("the U.S."); two are ("the United States and Israel").
        // Nor is a news outlet, an "it" that reported or was told ("Police arrived, Fox News
        // reported. They believe …", "…, they told Christian Post"), unless it spoke for itself
        // last ("The BBC apologised … They said", British usage).
        let spoke_for_itself = |k: &SourceRef| {
            !self.last_claim_reported
                && self
                    .last_claim
                    .as_ref()
                    .is_some_and(|(s, _)| s.name == k.name)
        };
        let group = self.named.iter().enumerate().rev().find(|(_, k)| {
            k.kind == SourceKind::Group
                || ((k.registry().is_some() || lex.is_group_name(&k.name))
                    && !lex.is_place_name(&k.name)
                    && (!is_news_outlet(k) || spoke_for_itself(k)))
        });
        // The ordinal of named[i] among all sources remembered (1-based), to tell which of the
        // group and the plural source came last.
        let ordinal = |i: usize| self.remembered - (len - 1 - i);
        // An unnamed single person ("a company spokesman") is not "they" once others spoke.
        let plural = self.plural.as_ref().filter(|(_, spoke_at)| {
            self.unnamed_person
                .as_ref()
                .is_none_or(|u| u.1 != *spoke_at)
        });
        match (group, plural) {
            (Some((i, _)), Some((p, spoke_at))) if *spoke_at >= ordinal(i) => Some(p.clone()),
            (Some((_, k)), _) => Some(k.clone()),
            (None, Some((p, _))) => Some(p.clone()),
            (None, None) => None,
        }
    }

    /// The two people named last, both by full name and within [`THEY_PAIR_REACH_BYTES`] before
    /// `at` ("Vladimir Putin … Xi Jinping stressed … They reaffirmed"), as one source of kind
    /// `group`: the pair [`Self::group_antecedent`] gives (the last name and the nearest other
    /// one), both recent people.
    pub(super) fn recent_pair(&self, lex: &Lexicon, at: usize) -> Option<SourceRef> {
        let near = |k: &SourceRef| {
            Self::is_person(lex, k) && at.saturating_sub(k.span.start) <= THEY_PAIR_REACH_BYTES
        };
        let last = self.named.last().filter(|k| near(k))?;
        let earlier = self.named.iter().rev().find(|k| k.name != last.name);
        if !earlier.is_some_and(near) {
            return None;
        }
        self.group_antecedent(lex)
            .filter(|g| g.kind == SourceKind::Group)
    }

    /// The two people named last, as in [`Self::recent_pair`], when a government body the
    /// registry knows was named among or after them, the body whose document gave their words
    /// ("President Daniel Whitfield met on Monday with Prime Minister Ravi Deshmukh, according
    /// to a readout released by the White House. The leaders welcomed …, the readout said. They
    /// also discussed" is the two leaders): such a body is "it" more often than "they". Looked
    /// for further back than a pair alone: the body's sentences between are about them.
    fn pair_before_a_body(&self, lex: &Lexicon, at: usize) -> Option<SourceRef> {
        // (The registry's government bodies are no countries: "White House", "Kremlin".)
        let body = |k: &SourceRef| {
            matches!(k.kind.as_str(), "government" | "official") && !Self::is_person(lex, k)
        };
        let near = |k: &SourceRef| {
            Self::is_person(lex, k) && at.saturating_sub(k.span.start) <= 3 * THEY_PAIR_REACH_BYTES
        };
        let mut bodies = 0;
        let mut people: Vec<&SourceRef> = Vec::with_capacity(2);
        for k in self.named.iter().rev() {
            if body(k) {
                bodies += 1;
            } else if near(k) {
                if people.iter().all(|p| p.name != k.name) {
                    people.push(k);
                }
                if people.len() == 2 {
                    break;
                }
            } else {
                return None;
            }
        }
        if bodies == 0 || people.len() < 2 {
            return None;
        }
        self.group_antecedent(lex)
            .filter(|g| g.kind == SourceKind::Group)
    }

    /// Whom "the two" stands for ("The two said", "The two researchers said"): the two who just
    /// spoke together ("Oduya and Tillman argued"), else [`Self::recent_pair`].
    pub(super) fn two_just_named(&self, text: &str, lex: &Lexicon, at: usize) -> Option<SourceRef> {
        let pair = self.named.last().filter(|k| {
            k.kind == SourceKind::Group
                && k.name.matches(" and ").count() == 1
                && at.saturating_sub(k.span.start) <= THEY_PAIR_REACH_BYTES
        });
        // (Two named in one sentence: not "Sarah Linton" and "Anna Berg" who spoke later, when
        // "Sarah Linton and David Marsh" were named together.)
        pair.cloned().or_else(|| {
            let pair = self.recent_pair(lex, at)?;
            let starts: Vec<usize> = pair
                .name
                .split(" and ")
                .filter_map(|n| self.named.iter().rev().find(|k| k.name == n))
                .map(|k| k.span.start)
                .collect();
            let (a, b) = match starts[..] {
                [a, b] => (a.min(b), a.max(b)),
                _ => return None,
            };
            let between = text.get(a..b).unwrap_or("");
            // (A full stop after a title's abbreviation ends no sentence: "Dr. Ingrid Solberg
            // and Dr. Erik Lindahl".)
            let sentence_end = between.match_indices(". ").any(|(i, _)| {
                let word = between[..i].rsplit([' ', '\n']).next().unwrap_or("");
                !(word.starts_with(char::is_uppercase) && word.chars().count() <= 5)
            });
            (b - a <= NAMED_TOGETHER_BYTES && !between.contains(['\n', ';']) && !sentence_end)
                .then_some(pair)
        })
    }

    /// The people a plural role noun ("the leaders", "the two presidents") stands for: the two
    /// people named last, when both have a full name and neither is an organisation ("Vladimir
    /// Putin and Joseph Biden" in the readout of a call); else the plural source just before it;
    /// else nobody (never the one person named last).
    pub(super) fn group_antecedent(&self, lex: &Lexicon) -> Option<SourceRef> {
        // Two people who just spoke together ("the two said …; the two leaders said") are
        // still the two.
        if let Some(k) = self.named.last().filter(|k| k.kind == SourceKind::Group) {
            return Some(k.clone());
        }
        let person = |k: &SourceRef| {
            k.kind != SourceKind::Group
                && k.registry().is_none()
                && k.name.contains(' ')
                && !lex.is_group_name(&k.name)
                && !lex.is_place_name(&k.name)
                && office_of(lex, &k.name).is_none()
                && !k
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| lex.offices.contains_lower(w))
        };
        // The two people named last, by full name: a short name is the person it shortens
        // ("President Biden" after "President Joseph R. Biden, Jr."); countries, organisations
        // and groups named in between ("the United States and its allies") are passed over.
        let full = |k: &'_ SourceRef| -> Option<SourceRef> {
            if person(k) {
                return Some(k.clone());
            }
            (!k.name.contains(' '))
                .then(|| {
                    self.named
                        .iter()
                        .rev()
                        .find(|p| person(p) && is_short_form(&k.name, &p.name))
                })
                .flatten()
                .cloned()
        };
        // A plural source that spoke after the last name keeps its precedence over the people
        // before it.
        if full(self.named.last()?).is_none() {
            if let Some(p) = self.fresh_plural() {
                return Some(p.clone());
            }
        }
        let mut people = self.named.iter().rev().filter_map(full);
        let last = people.next()?;
        let earlier = people.find(|k| k.name != last.name);
        match earlier.as_ref() {
            Some(e) => Some(SourceRef {
                // In the order the text first names them.
                name: if self.first_named(&e.name) <= self.first_named(&last.name) {
                    format!("{} and {}", e.name, last.name)
                } else {
                    format!("{} and {}", last.name, e.name)
                },
                kind: SourceKind::Group,
                ..last.clone()
            }),
            // Not one person: the plural source just before, or nobody named.
            _ => self.fresh_plural().cloned(),
        }
    }

    /// Where the source of this name was first named (among those remembered).
    fn first_named(&self, name: &str) -> usize {
        self.named
            .iter()
            .find(|k| k.name == name)
            .map_or(usize::MAX, |k| k.span.start)
    }

    /// The last unnamed or plural source, if nobody has been named since it spoke.
    pub(super) fn fresh_plural(&self) -> Option<&SourceRef> {
        self.plural
            .as_ref()
            .filter(|u| u.1 == self.remembered)
            .map(|u| &u.0)
    }

    /// The organisation named last whose name has the organisation word `head`, which "the
    /// union" or "the association" stands for ("the Service Employees International Union"); a
    /// person never does, nor an organisation of another kind.
    /// Failing that, the organisation mentioned last in `text` before `end` with the word
    /// capitalised in its name ("the Clinton Foundation", "the Federal Bureau of Investigation").
    pub(super) fn organisation_antecedent(
        &self,
        text: &str,
        lex: &Lexicon,
        head: &str,
        span: Range<usize>,
    ) -> Option<SourceRef> {
        // A source with the word in its name, or in the phrase that named it ("the Unite union
        // said"). One whose gender a title or pronoun told ("Mr. Tom Union") is a person.
        let is_head = |w: &str| w.eq_ignore_ascii_case(head);
        // (A utility by the word its name ends on: "Pacific Sierra Power … The utility said".)
        let in_name = |w: &str| {
            is_head(w)
                || (head == "utility"
                    && UTILITY_NAME_ENDS.iter().any(|u| w.eq_ignore_ascii_case(u)))
        };
        let spoke = (0..self.named.len())
            .rev()
            .find(|&i| {
                self.genders[i] == Gender::Unknown
                    && (self.named[i].name.split_whitespace().any(in_name)
                        || agency_named(head, &self.named[i].name)
                        || mentions(text, std::slice::from_ref(&self.descriptors[i]), &is_head)
                        || mentions(
                            text,
                            &[apposition_after(text, &self.descriptors[i])],
                            &is_head,
                        ))
            })
            .map(|i| &self.named[i]);
        if let Some(k) = spoke {
            return Some(SourceRef {
                span,
                linked: true,
                ..k.clone()
            });
        }
        if let Some(k) = mentioned_organisation(text, lex, head, span.clone()) {
            return Some(k);
        }
        // "The organisation" is any organisation's word: the nearest one known to be one (not a
        // word of one that may be anything: "Syrian").
        let k = matches!(head, "organisation" | "organization")
            .then(|| self.institution_antecedent(text, lex, head))
            .flatten()
            .filter(|k| k.name.contains(' ') || k.registry().is_some() || is_acronym(&k.name))?;
        Some(SourceRef {
            span,
            linked: true,
            ..k
        })
    }

    /// The nearest preceding source an institutional role ("the ministry", "the government")
    /// may stand for: a registered source or any name but a person's full name. A one-word name
    /// may be an organisation, unless a title or pronoun told its gender ("Mr. Brafman") or it
    /// is the surname of a person named in full; a person may own a campaign, a team, an office
    /// or a statement, not a government or a company.
    pub(super) fn institution_antecedent(
        &self,
        text: &str,
        lex: &Lexicon,
        role: &str,
    ) -> Option<SourceRef> {
        let person_may_own = PERSON_MAY_OWN.contains(&role);
        // (Or a surname whose full name the text gives, in a claim or not: "the grazing permit
        // of Elias Whitlock. Whitlock, 67, argued … The court agreed" is not Whitlock.)
        let persons_surname = |k: &SourceRef, g: &Gender| {
            !person_may_own
                && (*g != Gender::Unknown
                    || self.named.iter().any(|p| {
                        p.name != k.name
                            && Self::is_person(lex, p)
                            && is_short_form(&k.name, &p.name)
                    })
                    || surname_written_in_full(text, lex, k))
        };
        // Whether a one-word name was met anywhere with an office before it ("President Trump
        // said … Trump tweeted").
        // (Not for what a person may own, nor a place: "the Foreign Minister of China".)
        let titled = |i: usize| {
            let name = &self.named[i].name;
            !person_may_own
                && !lex.is_place_name(name)
                && self
                    .named
                    .iter()
                    .zip(&self.descriptors)
                    .filter(|(k, _)| k.name == *name)
                    .any(|(_, d)| {
                        let d = &text[d.clone()];
                        d.find(name.as_str())
                            .is_some_and(|at| title_before(lex, &d[..at]))
                    })
        };
        // A business is no public body ("The White House did not respond. … the company said"
        // is not the White House).
        let business = BUSINESS_ROLES.contains(&role);
        // A publication is a news source ("the journal disclosed" after "according to the World
        // Health Organization" is not the WHO): a registered outlet or agency, or a name with
        // a publication's word.
        let publication = MEDIA_ROLES.contains(&role);
        let news_source = |k: &SourceRef| {
            matches!(&k.kind, SourceKind::Registered { kind, .. }
                if matches!(kind.as_str(), "outlet" | "news-agency" | "state-media" | "public-broadcaster"))
                || k.name.split_whitespace().any(|w| {
                    MEDIA_NAME_WORDS.contains(&w.to_ascii_lowercase().as_str())
                        || w.eq_ignore_ascii_case(role)
                })
        };
        // A government is a nation's: not an intergovernmental body, a firm or a charity ("The
        // government denied the charge" after the World Health Organization spoke).
        let government = matches!(
            role,
            "government" | "administration" | "regime" | "ministry"
        );
        let national = |k: &SourceRef| match &k.kind {
            SourceKind::Registered { kind, .. } => {
                matches!(kind.as_str(), "government" | "official")
            }
            _ => {
                lex.is_place_name(&k.name)
                    || k.name.split_whitespace().any(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "government" | "administration" | "ministry" | "kremlin" | "cabinet"
                        )
                    })
            }
        };
        // A court is one by its name ("The law guarantees citizenship, the court said" after
        // Acme Corp spoke is no Acme Corp).
        let court = |k: &SourceRef| {
            k.name.split_whitespace().any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "court" | "courts" | "tribunal" | "judiciary"
                )
            })
        };
        // Nor is a body introduced as another kind of organisation ("the Unite union").
        // (Or described so right after its name: "Layoffs.fyi, a website that tracks the
        // industry".)
        let described_as = |w: &str| {
            NON_BUSINESS_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
                || matches!(w, "website" | "site" | "blog" | "tracker")
        };
        // Nor is a body named only as a document's issuer ("according to data compiled by
        // FactLine" is no business "the company" stands for).
        let issuer_only = |i: usize| {
            let d = &text[self.descriptors[i].clone()];
            let by = d.find(" by ").or_else(|| d.find(" from "));
            by.is_some_and(|b| {
                d[..b]
                    .split(' ')
                    .any(|w| lex.documents.contains(w.to_lowercase().as_str()))
            })
        };
        let other_kind = |i: usize| {
            if business && issuer_only(i) {
                return true;
            }
            let d = &self.descriptors[i];
            let rest = &text[d.end..crate::text::floor_char_boundary(text, d.end + 60)];
            let apposed = rest
                .strip_prefix(", a ")
                .or_else(|| rest.strip_prefix(", an "))
                .is_some_and(|r| r.split(' ').take(2).any(described_as));
            business && (apposed || mentions(text, std::slice::from_ref(d), &described_as))
        };
        // Nor is one whose name ends on a word for another kind of body ("the agency" is not
        // the National Mining Association; the State Department is an agency).
        #[rustfmt::skip]
        const GOVERNMENT_BODIES: &[&str] = &[
            "agency", "department", "ministry", "bureau", "commission", "authority", "board",
            "office", "administration", "service", "district",
        ];
        #[rustfmt::skip]
        const OTHER_BODIES: &[&str] = &[
            "association", "council", "committee", "union", "institute", "foundation", "court",
            "party", "federation", "coalition", "university", "college",
        ];
        let kind_of = |w: &str| {
            if GOVERNMENT_BODIES.contains(&w) {
                Some(usize::MAX)
            } else {
                OTHER_BODIES.iter().position(|b| *b == w)
            }
        };
        let named_as_another = |k: &SourceRef| {
            kind_of(role).is_some_and(|want| {
                k.name.rsplit(' ').next().is_some_and(|last| {
                    kind_of(&last.to_ascii_lowercase()).is_some_and(|got| got != want)
                })
            })
        };
        // (Or a name set off with a business's description: "According to Bastion Cyber, the
        // security firm hired to investigate".)
        // (The business word the head of the description, last or before what describes it:
        // not "Ann Lee, a firm believer in public schools", "a company doctor".)
        let described_business = |i: usize| {
            let apposed = &text[apposition_after(text, &self.descriptors[i])];
            let ws: Vec<&str> = apposed.split(' ').collect();
            let business_word =
                |w: &str| BUSINESS_ROLES.contains(&w) || matches!(w, "chain" | "maker");
            let head_at = |k: usize| {
                ws.get(k + 1).is_none_or(|next| {
                    next.ends_with("ed")
                        || matches!(
                            *next,
                            "that" | "which" | "in" | "of" | "with" | "for" | "from" | "based"
                        )
                })
            };
            Gender::of_name(lex, &self.named[i].name) == Gender::Unknown
                && matches!(ws.first().copied(), Some("the" | "a" | "an"))
                && (1..ws.len().min(4)).any(|k| business_word(ws[k]) && head_at(k))
        };
        self.named
            .iter()
            .zip(&self.genders)
            .enumerate()
            .rev()
            .filter(|&(i, (k, _))| !other_kind(i) && !named_as_another(k))
            .find(|&(i, (k, g))| {
                (k.registry().is_some()
                    || lex.is_group_name(&k.name)
                    || self.organisations.contains(&k.name)
                    || is_utility_name(lex, &k.name)
                    || (business && described_business(i))
                    // (A business by its name's last word: "Northgate Homes", "Vantor Labs";
                    // not a person's, "Local farmer Ben Estates".)
                    || (business
                        && ends_on_business_word(&k.name)
                        && *g == Gender::Unknown
                        && Gender::of_name(lex, &k.name) == Gender::Unknown)
                    // (A title standing alone, "Minister" in a headline, is a person's, and so
                    // is a name a title stood before: "President Trump".)
                    || (!k.name.contains(' ')
                        && !persons_surname(k, g)
                        && !lex.offices.contains_ascii_folded(&k.name)
                        && !titled(i)))
                    && !(business && is_public_body(k))
                    && (!government || national(k))
                    && (!publication || news_source(k))
                    && (role != "court" || court(k))
            })
            .map(|(_, (k, _))| k.clone())
    }
}

impl KnownSources {
    /// The speaker of the current turn, whom a speaker label or the title named.
    pub fn turn(&self) -> Option<&SourceRef> {
        self.turn.as_ref()
    }

    /// Ends the current turn: "I" and "we" are the writer's again.
    pub fn end_turn(&mut self) {
        self.turn = None;
    }

    /// Opens the turn of an unnamed questioner (a transcript's "Q"), whose mark stands at `span`;
    /// the one whose turn it interrupts is remembered as the one who answers.
    pub fn question_turn(&mut self, span: Range<usize>) {
        if self.turn.as_ref().is_none_or(|t| t.name != QUESTIONER) {
            self.answerer = self.turn.take();
        }
        self.turn = Some(SourceRef {
            name: QUESTIONER.to_string(),
            span,
            kind: SourceKind::Anonymous,
            linked: false,
        });
    }

    /// After a question, an unlabelled paragraph is the answer: the turn of the one the question
    /// interrupted (the document's speaker in an interview or a page of questions and answers),
    /// else the interviewee's.
    pub fn after_question(&mut self) {
        if self.turn.as_ref().is_some_and(|t| t.name == QUESTIONER) {
            self.turn = self.answerer.clone().or_else(|| self.interviewee.clone());
        }
    }

    /// Whether the interviewee of marked questions and answers is known yet.
    pub fn knows_interviewee(&self) -> bool {
        self.interviewee.is_some()
    }
}

/// The words a business's name ends on ("Tata Motors", "Halvorsen Foods", "Apple Inc", "Vantor
/// Labs", "Northgate Homes"), which no person's name ends on: by them [`business_mentioned`]
/// knows one in the narration, and "the company" or a spokesperson's word one named before.
#[rustfmt::skip]
pub(super) const BUSINESS_NAME_WORDS: &[&str] = &[
    "motors", "motor", "automotive", "inc", "corp", "corporation", "company", "co", "ltd", "plc",
    "llc", "ag", "sa", "gmbh", "group", "holdings", "foods", "brands", "industries",
    "technologies", "pharmaceuticals", "airlines", "airways", "labs", "laboratories", "energy",
    "financial", "insurance", "capital", "partners", "systems", "stores", "shipping", "air", "lines", "technology", "pharma", "water", "logistics",
    "electric", "networks", "software", "media", "retail", "mining", "oil", "gas", "steel",
    "telecom", "communications", "solutions", "ventures", "studios", "games", "bancorp", "line",
    "se", "nv", "airport", "port", "homes", "living", "properties", "developments",
    "construction", "builders", "pharmaceutical", "therapeutics", "biosciences", "semiconductor",
    "semiconductors", "robotics", "aerospace", "railways", "rail", "freight", "savings",
];

/// Whether a name of several words ends on a business's word ("Stena Line", "Vantor Labs").
pub(super) fn ends_on_business_word(name: &str) -> bool {
    name.contains(' ')
        && name.rsplit(' ').next().is_some_and(|w| {
            BUSINESS_NAME_WORDS.contains(&w.trim_end_matches('.').to_ascii_lowercase().as_str())
        })
}

/// Words of a person's title that a business's word may stand in ("Chief Financial Officer",
/// "Energy Minister"): a run of capitals with one of them in it, or right beside it, is no
/// business.
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "chief", "officer", "executive", "director", "president", "vice", "minister", "secretary",
    "head", "manager", "analyst", "chairman", "chairwoman", "chair", "founder", "spokesman",
    "spokeswoman", "spokesperson", "commissioner", "governor", "strategist", "economist",
];

/// How far back (bytes) a business role looks in the narration for the business it stands for.
const BUSINESS_LOOKBACK_BYTES: usize = 3_000;

/// The business named in the narration before `at` that a business role ("the company", "the
/// carmaker") may stand for when no source was named with it: one to four capitalised words on
/// one line, set off by single spaces, one of them a business name's word ("Tata Motors is
/// recalling 12,000 vans. The company said" is Tata Motors). An article, "The", "A" or "An", is
/// no part of the name, and a line in title case holds none. Only when one business is named
/// there: with two ("Mr. Ackman's firm, Pershing Square Capital Management … Valeant
/// Pharmaceuticals International"), the role may be either. Someone's employer ("Priya Raman of
/// Northgate Capital") does not count.
pub(super) fn business_mentioned(text: &str, at: usize) -> Option<String> {
    let from = crate::text::floor_char_boundary(text, at.saturating_sub(BUSINESS_LOOKBACK_BYTES));
    let before = &text[from..at];
    let ws: Vec<Range<usize>> = words::words(before).collect();
    // Whether word k is capitalised and joined to word k - 1 by a single space.
    let upper = |k: usize| {
        before[ws[k].clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    // (Or by " & ": "Harwick & Lowe Ltd".)
    let joined = |k: usize| k > 0 && matches!(&before[ws[k - 1].end..ws[k].start], " " | " & ");
    let article = |k: usize| matches!(&before[ws[k].clone()], "The" | "A" | "An");
    let mut found: Option<&str> = None;
    let mut k = 1;
    while k < ws.len() {
        let word = &before[ws[k].clone()];
        if !upper(k)
            || !BUSINESS_NAME_WORDS.contains(&word.to_ascii_lowercase().as_str())
            || !joined(k)
            || !upper(k - 1)
            || article(k - 1)
        {
            k += 1;
            continue;
        }
        let mut first = k - 1;
        while first > 0 && k - first < 3 && joined(first) && upper(first - 1) && !article(first - 1)
        {
            first -= 1;
        }
        let mut last = k;
        while last + 1 < ws.len() && last - first < 3 && joined(last + 1) && upper(last + 1) {
            last += 1;
        }
        let name = &before[ws[first].start..ws[last].end];
        k = last + 1;
        // A title is no business ("Chief Financial Officer Ben Wakefield", "Energy Minister
        // Gwede Mantashe"): a capitalised title word in the run or right beside it (not a
        // description in lower case after a business's name, "Rivertown Foods chief executive").
        let titled = (first.saturating_sub(1)..(last + 2).min(ws.len())).any(|j| {
            let w = &before[ws[j].clone()];
            w.starts_with(char::is_uppercase)
                && TITLE_WORDS.contains(&w.to_ascii_lowercase().as_str())
        });
        if titled {
            continue;
        }
        // Someone's employer is no business the article is about ("Priya Raman of Northgate
        // Capital said", "an analyst at Carrow Capital").
        let lead = before[..ws[first].start].trim_end();
        let employer = lead.ends_with(" at")
            || [" of", " from", " with"].iter().any(|p| {
                // A name before it, not a sentence's first word ("Shares of Tata Motors fell").
                lead.strip_suffix(p)
                    .and_then(|r| r.rsplit_once(' '))
                    .is_some_and(|(rest, w)| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            && rest.ends_with(|c: char| c.is_alphanumeric() || c == ',')
                    })
            });
        // In a line set in title case, capitals say nothing ("Tata Motors Shares Slide").
        let line_start = before[..ws[first].start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = before[ws[last].end..]
            .find('\n')
            .map_or(before.len(), |i| ws[last].end + i);
        if employer || crate::text::capitals_say_nothing(&before[line_start..line_end]) {
            continue;
        }
        // "Tata Motors" and "Tata Motors Ltd" are one business.
        let one_of = |a: &str, b: &str| a.strip_prefix(b).is_some_and(|r| r.starts_with(' '));
        if found.is_some_and(|f| f != name && !one_of(f, name) && !one_of(name, f)) {
            return None;
        }
        found = Some(name);
    }
    found.map(str::to_string)
}

/// The name set beside a description ending in an institution's role before `at`: "Harwick &
/// Lowe, a British home-goods retailer, said" makes a later "the retailer" (or, a business,
/// "the company") Harwick & Lowe; so "Brightline, the rail operator,". The description is an
/// article and at most five more words, the last the role; the name a run of capitalised words
/// (with "&", "of", "and", "for" inside) right before its comma. The last one written wins.
pub(super) fn described_in_apposition(text: &str, at: usize, role: &str) -> Option<String> {
    let from = crate::text::floor_char_boundary(text, at.saturating_sub(BUSINESS_LOOKBACK_BYTES));
    let before = &text[from..at];
    let business = BUSINESS_ROLES.contains(&role);
    let fits = |noun: &str| {
        noun == role
            || (business
                && (BUSINESS_ROLES.contains(&noun) || BUSINESS_DESCRIPTIONS.contains(&noun)))
    };
    let mut found = None;
    for i in memchr::memmem::find_iter(before.as_bytes(), b", ") {
        let rest = &before[i + 2..];
        let Some(desc) = ["a ", "an ", "the "]
            .iter()
            .find_map(|a| rest.strip_prefix(a))
        else {
            continue;
        };
        let end = desc.find([',', '.', ';', '\n']).unwrap_or(desc.len());
        let ws: Vec<&str> = desc[..end].split(' ').collect();
        if ws.len() > 5 || !ws.last().is_some_and(|w| fits(w)) {
            continue;
        }
        let name: Vec<&str> = before[..i]
            .rsplit(char::is_whitespace)
            .take(6)
            .take_while(|w| {
                super::lexicon::starts_upper(w) || matches!(*w, "&" | "of" | "and" | "for")
            })
            .collect();
        let name: Vec<&str> = name
            .into_iter()
            .rev()
            .skip_while(|w| !super::lexicon::starts_upper(w) || matches!(*w, "The" | "A" | "An"))
            .collect();
        // The name opens its sentence, the subject the description is set beside ("Acme Corp
        // sold its stake in Zenith Ltd, a British retailer" describes no subject).
        let name = name.join(" ");
        let opens = before[..i].strip_suffix(name.as_str()).is_some_and(|lead| {
            let lead = lead.trim_end_matches([' ', '"', '“']);
            lead.is_empty() || lead.ends_with(['.', '!', '?', '\n', '—', '–'])
        });
        if !name.is_empty() && opens {
            found = Some(name);
        }
    }
    found
}

/// Words a business is described by beside its name ("Harwick & Lowe, a home-goods retailer,")
/// that a later "the company" stands for, besides the [`BUSINESS_ROLES`].
/// (Not "maker", "developer", "producer", "provider", "supplier": a person may be one.)
const BUSINESS_DESCRIPTIONS: &[&str] = &["utility", "bank", "chain", "giant", "conglomerate"];

/// The name an institution's role was given in an appositive before `at`: "The company,
/// Brightwater Senior Living, kept …" makes a later "the company" Brightwater Senior Living; so
/// "The hospital, St. Mary's Medical Center, cut 40 beds" and "The carrier, Pinewood Air,". The
/// name is a run of capitalised words (with "of", "and", "the", "for" inside) closed by a comma.
pub(super) fn named_in_apposition(text: &str, at: usize, role: &str) -> Option<String> {
    let from = crate::text::floor_char_boundary(text, at.saturating_sub(BUSINESS_LOOKBACK_BYTES));
    let before = &text[from..at];
    // The last "the <role>, <Name>," (one pass over the bytes for the role word).
    let mut found = None;
    for i in memchr::memmem::find_iter(before.as_bytes(), role.as_bytes()) {
        // "the" as a word, opening the noun phrase the name is set beside: not the end of a
        // word ("breathe") nor "The author of the book, Mitchell Zuckoff,".
        let lead = &before[..i];
        let Some(lead) = lead
            .strip_suffix("the ")
            .or_else(|| lead.strip_suffix("The "))
        else {
            continue;
        };
        if lead.ends_with(|c: char| c.is_alphanumeric()) || lead.trim_end().ends_with(" of") {
            continue;
        }
        let Some(rest) = before[i + role.len()..].strip_prefix(", ") else {
            continue;
        };
        let Some(comma) = rest.find(',') else {
            continue;
        };
        let name = &rest[..comma];
        let ws: Vec<&str> = name.split(' ').collect();
        let capitalised = (1..=6).contains(&ws.len())
            && super::lexicon::starts_upper(ws[0])
            && ws.iter().all(|w| {
                super::lexicon::starts_upper(w) || matches!(*w, "of" | "and" | "the" | "for")
            });
        if capitalised {
            found = Some(name);
        }
    }
    found.map(str::to_string)
}

/// Institution roles of a business, which never stand for a public body (not "utility", which
/// may be public: "the Tennessee Valley Authority").
#[rustfmt::skip]
pub(super) const BUSINESS_ROLES: &[&str] = &[
    "company", "firm", "operator", "lender", "insurer", "retailer", "manufacturer", "automaker",
    "carmaker", "airline", "startup", "carrier", "drugmaker", "chipmaker", "planemaker",
];

/// Whether a one-word name is a person's surname whose full name the text gives ("Whitlock"
/// after "the grazing permit of Elias Whitlock"): a person, never "it" nor an institution.
pub(super) fn surname_written_in_full(text: &str, lex: &Lexicon, k: &SourceRef) -> bool {
    !k.name.contains(' ') && full_name_in_text(text, lex, &k.name, false, Gender::Unknown).is_some()
}

/// Whether a source is a public body, never a business: a registered government,
/// intergovernmental body or official, a name with a public body's word ("The White House"),
/// or a national service ("National Weather Service"; "United Parcel Service" is a company).
pub(super) fn is_public_body(k: &SourceRef) -> bool {
    let national_service = || {
        let mut ws = k.name.split(' ');
        let first = ws.next().unwrap_or("");
        ws.next_back()
            .is_some_and(|last| last.eq_ignore_ascii_case("service"))
            && ["national", "federal", "state"]
                .iter()
                .any(|w| first.eq_ignore_ascii_case(w))
    };
    matches!(&k.kind, SourceKind::Registered { kind, .. }
        if matches!(kind.as_str(), "government" | "intergovernmental" | "official"))
        || k.name
            .split_whitespace()
            .any(|w| PUBLIC_BODY_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        || national_service()
}

/// Words that introduce an organisation as no business ("the Unite union", "the Labour party").
const NON_BUSINESS_WORDS: &[&str] = &[
    "union",
    "party",
    "charity",
    "foundation",
    "association",
    "federation",
    "club",
    "church",
    "university",
    "ministry",
    "council",
    "committee",
    "campaign",
    "chamber",
    "city",
    "town",
    "county",
    "village",
    "municipality",
];

/// An institution's roles that are publications: they stand only for a news source.
const MEDIA_ROLES: &[&str] = &[
    "journal",
    "magazine",
    "newspaper",
    "broadcaster",
    "publisher",
];

/// Words in the names of publications ("The Wall Street Journal", "The Lancet" is registered or
/// named with its role word).
#[rustfmt::skip]
pub(super) const MEDIA_NAME_WORDS: &[&str] = &[
    "times", "post", "news", "journal", "magazine", "herald", "tribune", "gazette", "daily",
    "telegraph", "guardian", "review", "today", "press", "chronicle", "observer", "globe", "mail",
    "express", "independent", "economist", "atlantic", "politico", "axios", "bloomberg", "reuters",
    "lancet", "nature", "science", "bbc", "cnn", "nbc", "abc", "cbs", "fox", "npr",
];

/// Whether a word is an ordinal number, spelled ("Fourteenth", "Twenty-first") or in figures
/// ("14th", "2nd"), in any case.
fn is_ordinal(w: &str) -> bool {
    #[rustfmt::skip]
    const SPELLED: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
        "fiftieth", "hundredth",
    ];
    let last = w.rsplit('-').next().unwrap_or("");
    if SPELLED.iter().any(|o| last.eq_ignore_ascii_case(o)) {
        return true;
    }
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && w.len() == digits + 2
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| w[digits..].eq_ignore_ascii_case(s))
}

/// Whether a source is a news outlet: registered as an outlet, a news agency, state media or a
/// public broadcaster, or named with a publication's word last ("ABC News", "Christian Post").
/// (A journal's name is no newspaper's: "the British Medical Journal", "The Lancet".)
pub(super) fn is_news_outlet(k: &SourceRef) -> bool {
    matches!(
        k.kind.as_str(),
        "outlet" | "news-agency" | "state-media" | "public-broadcaster"
    ) || k.name.rsplit(' ').next().is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        MEDIA_NAME_WORDS.contains(&w.as_str())
            && !matches!(
                w.as_str(),
                "journal" | "lancet" | "nature" | "science" | "review"
            )
    })
}

/// Words of a public body's name ("Justice Department", "Securities and Exchange Commission"),
/// and the heads of a nation's public body ("the Hungarian government").
#[rustfmt::skip]
pub(super) const PUBLIC_BODY_WORDS: &[&str] = &[
    "department", "ministry", "commission", "house", "pentagon", "congress", "parliament", "court",
    "government", "administration", "kremlin", "council", "bureau", "authority", "regulator",
    "police", "army", "embassy", "senate", "assembly", "cabinet", "sec", "fda", "fbi", "epa", "ftc",
    "military", "regime", "authorities", "board", "agency", "ntsb", "faa", "cdc", "centers",
    "institutes", "nih", "nasa", "noaa", "cia", "nsa", "irs", "usda", "hhs", "dhs", "doj",
];

/// The heads of a nation's public body that a nationality names ("the Ukrainian air force"):
/// "it" may stand for one.
#[rustfmt::skip]
pub(super) const NATION_BODY_HEADS: &[&str] = &[
    "government", "military", "army", "navy", "force", "forces", "ministry", "police", "embassy",
    "parliament", "cabinet", "authorities", "regime", "troops", "guard",
];

/// "I", "we" and "you": in the outlet's own words the writer, speaker or reader, never a person
/// named before.
pub(super) fn is_first_or_second_person(pronoun: &str) -> bool {
    matches!(pronoun, "i" | "we" | "you")
}

/// "I" or "we": the speaker of the current transcript turn when a speaker label named one, else
/// the unnamed writer or speaker. "You" is the reader or listener, never a source's name.
pub(super) fn first_person(known: &KnownSources, pronoun: &str, span: Range<usize>) -> SourceRef {
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
pub(super) fn unresolved_pronoun(pronoun: &str, span: Range<usize>) -> SourceRef {
    let first_person = is_first_or_second_person(pronoun);
    SourceRef {
        name: pronoun.to_string(),
        span,
        kind: if first_person {
            SourceKind::Unregistered
        } else {
            SourceKind::Anonymous
        },
        linked: true,
    }
}

/// How far back (in bytes) "it" looks for a body a sentence of narration opened on since the
/// last claim: about a sentence.
const NARRATED_BODY_REACH_BYTES: usize = 300;

/// How far back (in bytes) a document's issuer may have been named by the claim that
/// introduced them: about two short paragraphs ("Dr. Klein, who led the research, said … The
/// study found"); a person who named a document further back is no issuer of this one.
const DOCUMENT_REACH_BYTES: usize = 600;

/// How far back (bytes) the two people "they" may stand for were named: about a paragraph
/// ("Vladimir Putin also noted … Xi Jinping stressed … The two leaders assessed … They
/// reaffirmed").
const THEY_PAIR_REACH_BYTES: usize = 400;

/// How far apart (bytes) two people are named, in one sentence, to be named together, for "the
/// two".
const NAMED_TOGETHER_BYTES: usize = 160;

/// How far back (bytes) an organisation word looks for the organisation it stands for.
const ORGANISATION_LOOKBACK_BYTES: usize = 20_000;

/// The organisation mentioned last before `span` with the organisation word `head` capitalised
/// in its name ([`organisation_mentioned`]), as the source `span` stands for. (The last few pages
/// only: an article that says "the union" on every line stays linear.)
pub(super) fn mentioned_organisation(
    text: &str,
    lex: &Lexicon,
    head: &str,
    span: Range<usize>,
) -> Option<SourceRef> {
    let from = crate::text::floor_char_boundary(
        text,
        span.start.saturating_sub(ORGANISATION_LOOKBACK_BYTES),
    );
    organisation_mentioned(&text[from..span.start], lex, head).map(|name| SourceRef {
        name,
        span,
        kind: SourceKind::Unregistered,
        linked: true,
    })
}

/// "The" and a word that is no role, office nor institution's word ("railroad", "brewery"), the
/// whole of `phrase`, ending a name the text wrote before ("An Allegheny Central Railroad freight
/// train left the tracks … the railroad said"): that name, never a person.
pub(super) fn name_ending_on(
    text: &str,
    lex: &Lexicon,
    phrase: &Range<usize>,
) -> Option<SourceRef> {
    let p = &text[phrase.clone()];
    let head = p
        .strip_prefix("the ")
        .or_else(|| p.strip_prefix("The "))
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))?;
    // (An institution's word has its own ways: "district chairman Nick Barbknecht … The
    // district saw" is an unnamed district.)
    if lex.is_role_noun(head)
        || lex.offices.contains(head)
        || lex.institution_heads.contains(head)
        || lex.institution_roles.contains(head)
        || lex.organisation_words.contains(head)
    {
        return None;
    }
    let name = organisation_mentioned(&text[..phrase.start], lex, head)?;
    Some(SourceRef {
        name,
        span: phrase.clone(),
        kind: SourceKind::Unregistered,
        linked: true,
    })
}

/// The name of the last organisation mentioned in `before` with the organisation word `head`
/// capitalised in it, and at least one more capitalised word before it or an "of" phrase after
/// it: "Clinton Foundation" for "foundation", "Federal Bureau of Investigation" for "bureau".
fn organisation_mentioned(before: &str, lex: &Lexicon, head: &str) -> Option<String> {
    // (A hospital may be named a medical center: "St. Brendan's Medical Center … the hospital".)
    // (An agency may be named an administration or a service: "The U.S. Food and Drug
    // Administration … The agency said"; three words at least, not "Trump Administration".)
    let other_forms: &[&str] = match head {
        "hospital" => &["Medical Center", "Medical Centre", "Infirmary"],
        "agency" => &AGENCY_NAME_ENDS,
        _ => &[],
    };
    let long_enough = |name: &String| {
        head != "agency" || name.ends_with("Agency") || name.split(' ').count() >= 3
    };
    std::iter::once(crate::text::capitalised(head))
        .chain(other_forms.iter().map(|f| f.to_string()))
        .filter_map(|cap| mentioned_with(before, lex, &cap))
        .filter(|(_, name)| long_enough(name))
        .max_by_key(|&(at, _)| at)
        .map(|(_, name)| name)
}

/// Where `before` last mentions an organisation with `cap` (a capitalised word or words) in its
/// name as [`organisation_mentioned`] reads one, and the name.
fn mentioned_with(before: &str, lex: &Lexicon, cap: &str) -> Option<(usize, String)> {
    if cap.is_empty() {
        return None;
    }
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut end = before.len();
    while let Some(i) = before[..end].rfind(cap) {
        end = i;
        let j = i + cap.len();
        if before[..i]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace())
            || before[j..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        // Within its line, and after an article ("Why Banks Are Worried" above "The European
        // Central Bank" is no part of it).
        let line_start = before[..i].rfind('\n').map_or(0, |n| n + 1);
        let line = &before[line_start..i];
        // Not in a line set in title case, where capitals say nothing ("Central Bank Holds
        // Rates" names no bank).
        // (Bounded: a long line is prose.)
        if crate::text::in_title_case_line(before, &(i..j)) {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().rev().take(4).collect();
        // A plural possessive is part of the name ("Solidarity Dockers' Union"), and so is a
        // saint's ("St. Brendan's Medical Center"; not an owner's: "Trump's Justice Department").
        let saints = |k: usize| {
            words
                .get(k + 1)
                .is_some_and(|w| matches!(*w, "St." | "St" | "Saint"))
        };
        let mut left: Vec<&str> = words
            .iter()
            .enumerate()
            .take_while(|&(k, w)| {
                let w = match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                    Some(bare) if saints(k) => bare,
                    _ => w,
                };
                upper(w)
                    && w.trim_end_matches(['\'', '’'])
                        .chars()
                        .all(|c| c.is_alphanumeric() || "&.-".contains(c))
            })
            .map(|(_, w)| *w)
            .take_while(|w| !matches!(*w, "The" | "A" | "An"))
            .collect();
        left.reverse();
        let mut right: Vec<&str> = Vec::new();
        let mut after = before[j..].split_whitespace();
        if after.next() == Some("of") {
            // Up to a word a punctuation mark ends ("the Public Policy Institute of
            // California.").
            let mut ended = false;
            right = after
                .take(3)
                .map_while(|w| {
                    let bare = w.trim_end_matches(['.', ',', ';', ':']);
                    let take = !ended && upper(bare) && bare.chars().all(char::is_alphabetic);
                    ended = bare.len() < w.len();
                    take.then_some(bare)
                })
                .collect();
            if !right.is_empty() {
                right.insert(0, "of");
            }
        }
        // A title of address before it makes it a person's name ("Mr. Tom Union").
        let person = left.iter().any(|w| {
            let w = w.trim_end_matches('.');
            lex.male_words.contains_ascii_folded(w) || lex.female_words.contains_ascii_folded(w)
        });
        if person || (left.is_empty() && right.is_empty()) {
            continue;
        }
        let mut name = left.join(" ");
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(cap);
        for w in right {
            name.push(' ');
            name.push_str(w);
        }
        return Some((i, name));
    }
    None
}

/// A name written as an acronym of three letters or more ("FIFA", "AFAD"): an organisation's,
/// unless it names a country ("USA", "UAE", "DPRK", "PRC", "ROK").
fn is_acronym(name: &str) -> bool {
    name.len() >= 3
        && name.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(name, "USA" | "UAE" | "DPRK" | "PRC" | "ROK")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Titles count only at a word start and before the whole surname; each gender is told by
    /// its own titles.
    #[test]
    fn courtesy_titles_are_whole_words_of_either_gender() {
        let text =
            "Mr. Trump met Ms. Trumpet. XMr. Clinton, Mrs. Clinton and Mrs.Obama: Mr. O'Neill.";
        let ends = courtesy_title_ends(text);
        assert_eq!(ends.len(), 4, "{ends:?}");
        assert_eq!(courtesy_titles(text, &ends, "Trump"), (true, false));
        assert_eq!(courtesy_titles(text, &ends, "Trumpet"), (false, true));
        assert_eq!(courtesy_titles(text, &ends, "Clinton"), (false, true));
        assert_eq!(courtesy_titles(text, &ends, "Obama"), (false, false));
        assert_eq!(courtesy_titles(text, &ends, "O'Neill"), (true, false));
        assert_eq!(
            courtesy_titles("", &courtesy_title_ends(""), "Trump"),
            (false, false)
        );
        assert_eq!(
            courtesy_titles("Mr. ", &courtesy_title_ends("Mr. "), "Trump"),
            (false, false)
        );
    }
}
