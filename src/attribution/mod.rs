//! Attribution: groups sentences into claims and decides who stands behind each one.
//!
//! A claim is a sentence in the outlet's voice that asserts something (questions are not claims),
//! or a direct quotation (possibly several sentences) together with its attribution clause,
//! counted once. Each claim is `named`, `anonymous`, `agentless` or `unattributed`. Cues come from
//! the reporting-verb categories of the rule files; sources are matched against the registry.

mod source;

use source::{Gender, Opening};
pub use source::{Registry, SourceKind, SourceRef, SpeakerAt, Step, StepId};

use crate::article::words;
use crate::article::{Article, DocKind, Paragraph, ParagraphKind, TitleSpeaker};
use crate::matching::{Match, Voice};
use crate::rules::{Lexicon, Role, RuleSet};
use std::ops::Range;

/// How a claim is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimClass {
    Named,
    Anonymous,
    Agentless,
    Unattributed,
}

impl ClaimClass {
    /// The class of a claim a source stands behind: named, or anonymous for an unnamed one.
    fn of(source: &SourceRef) -> ClaimClass {
        if source.is_anonymous() {
            ClaimClass::Anonymous
        } else {
            ClaimClass::Named
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ClaimClass::Named => "named",
            ClaimClass::Anonymous => "anonymous",
            ClaimClass::Agentless => "agentless",
            ClaimClass::Unattributed => "unattributed",
        }
    }
}

/// The reporting cue of an attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub span: Range<usize>,
    /// The cue as written, lower-cased ("said", "according to", ":").
    pub text: String,
    pub loaded: bool,
    /// The rule that matched it (None for a colon cue).
    pub rule: Option<usize>,
}

impl Cue {
    /// A colon at byte `at` as the cue ("Kim said: …", "“…”: Hydrologist Amara Osei on …").
    fn colon(at: usize) -> Cue {
        Cue {
            span: at..at + 1,
            text: ":".into(),
            loaded: false,
            rule: None,
        }
    }

    /// The cue's first word ("said" of "said of", "according" of "according to").
    pub fn first_word(&self) -> &str {
        let t = self.text.trim_start();
        &t[..t.find(char::is_whitespace).unwrap_or(t.len())]
    }
}

/// One claim and who stands behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index into `article.paragraphs`.
    pub paragraph: usize,
    /// Absolute byte range covered (its first sentence's start to its last sentence's end).
    pub span: Range<usize>,
    /// Indexes of its sentences within the paragraph.
    pub sentences: Range<usize>,
    pub class: ClaimClass,
    /// It contains a quotation of at least [`DIRECT_QUOTE_MIN_WORDS`] words.
    pub direct_quote: bool,
    pub quoted_words: usize,
    pub cue: Option<Cue>,
    pub source: Option<SourceRef>,
    /// The attribution step that decided the source, or that there is none (None for an
    /// unattributed claim).
    pub step: Option<Step>,
}

/// A quotation this long (in words) makes a claim a direct quote; shorter ones are fragments.
pub const DIRECT_QUOTE_MIN_WORDS: usize = 3;
/// A sentence at most this long right after a quotation can be its attribution ("Kim asked.").
const TRAILING_ATTRIBUTION_MAX_WORDS: usize = 10;

/// Finds the claims of an article. `matches` are all of the article's matches in text order.
pub fn attribute(
    article: &Article,
    matches: &[Match],
    rules: &RuleSet,
    registry: &Registry,
) -> Vec<Claim> {
    // At most a claim per sentence: room for all of them, so the list is never grown.
    let sentences = article.paragraphs.iter().map(|p| p.sentences.len()).sum();
    let mut claims = Vec::with_capacity(sentences);
    // Room for 16 remembered named sources before the lists grow (they hold at most 64).
    let mut known = source::KnownSources::with_capacity(16);
    let turns = article.paragraphs.iter().any(|p| p.in_turn);
    let mut question_asked = true;
    let mut body_seen = false;
    let labelled = turns
        && article.paragraphs.iter().any(|p| {
            p.kind == ParagraphKind::Body
                && speaker_label(&article.text[p.span.clone()], &rules.lexicon).is_some()
        });
    for (pi, para) in article.paragraphs.iter().enumerate() {
        if matches!(
            para.kind,
            ParagraphKind::Byline | ParagraphKind::Boilerplate
        ) {
            continue;
        }
        // In a document of turns, a body paragraph outside them (a note of the place and time,
        // the outlet's own lines) ends the turn: its "I" is not the last speaker's.
        // Not the opening line announcing the text ("… delivered the following address"): the
        // text after it is the speaker's.
        let first_body = para.kind == ParagraphKind::Body && !body_seen;
        body_seen |= para.kind == ParagraphKind::Body;
        if turns
            && para.kind == ParagraphKind::Body
            && !para.in_turn
            && !(first_body && crate::article::announces_the_text(&article.text[para.span.clone()]))
        {
            known.end_turn();
        }
        // A reporter's question opens the turn of an unnamed questioner: its claims, and its "I",
        // are the questioner's.
        let t = &article.text[para.span.clone()];
        let mark = para
            .in_turn
            .then(|| crate::article::question_mark(t))
            .flatten();
        if let Some(mark) = mark {
            known.question_turn(para.span.start + mark.start..para.span.start + mark.end);
            // "Question:" alone: the question is the next paragraph.
            question_asked = !t[mark.end..]
                .trim_start_matches([':', '.'])
                .trim()
                .is_empty();
        } else if para.in_turn && para.kind == ParagraphKind::Body && !labelled {
            // With no speaker labels (an interview, a page of questions and answers), the
            // paragraph after the question answers it; where labels name who answers, a question
            // goes on until the next label ("And I do have one more question.").
            if question_asked {
                // (The interviewee is resolved when first needed: the headline and the lines
                // before the questions have been read.)
                if let Some(r) = article
                    .interviewee
                    .clone()
                    .filter(|_| !known.knows_interviewee())
                {
                    if let Some(named_in) = article
                        .paragraphs
                        .iter()
                        .find(|p| p.span.contains(&r.start))
                    {
                        source::interviewee_source(
                            &article.text,
                            &rules.lexicon,
                            named_in,
                            r,
                            registry,
                            &mut known,
                        );
                    }
                }
                known.after_question();
            }
            question_asked = true;
        }
        let lo = matches.partition_point(|m| m.span.start < para.span.start);
        let hi = matches.partition_point(|m| m.span.start < para.span.end);
        let para_matches = &matches[lo..hi];
        for unit in units(article, para, para_matches, rules) {
            let span = para.sentences[unit.start].start..para.sentences[unit.end - 1].end;
            if let Some(claim) = classify(
                article,
                para,
                pi,
                unit,
                span,
                para_matches,
                rules,
                registry,
                &mut known,
                &claims,
            ) {
                known.claimed(
                    &rules.lexicon,
                    claim.source.as_ref(),
                    source::narration_of(para, &claim.span),
                    claim.cue.as_ref().map(|c| c.text.as_str()),
                );
                if let Some(cue) = &claim.cue {
                    source::the_asked_answers(
                        &article.text,
                        &rules.lexicon,
                        &claim.span,
                        cue,
                        &mut known,
                    );
                }
                claims.push(claim);
            }
        }
    }
    let mut sources: Vec<&mut SourceRef> = claims
        .iter_mut()
        .filter_map(|c| c.source.as_mut())
        .collect();
    let headline = article
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Headline)
        .map(|p| &p.span);
    source::unify_names(
        &article.text,
        &rules.lexicon,
        headline,
        &known,
        &mut sources,
    );
    // (A headline's office that names nobody the story holds it is an unnamed source there.)
    for c in &mut claims {
        if c.class == ClaimClass::Named && c.source.as_ref().is_some_and(|s| s.is_anonymous()) {
            c.class = ClaimClass::Anonymous;
        }
    }
    claims
}

/// Groups a paragraph's sentences into claim units: sentences joined by one quotation stay
/// together, and a short sentence with a reporting cue after a quotation ("\"We will win.\" So
/// said Smith.") joins it as its attribution; a short sentence with none ("Rovers will face
/// United in the final.") does not.
fn units(
    article: &Article,
    para: &Paragraph,
    para_matches: &[Match],
    rules: &RuleSet,
) -> Vec<Range<usize>> {
    let s = &para.sentences;
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let mut j = i;
        // A quotation that runs from sentence j into sentence j + 1 joins them; a speaker's turn
        // is no such quotation: each of its sentences is a claim of its own.
        while j + 1 < s.len()
            && !para.in_turn
            && para
                .quotes_overlapping(&(s[j].end - 1..s[j + 1].start + 1))
                .iter()
                .any(|q| q.start < s[j].end && q.end > s[j + 1].start)
        {
            j += 1;
        }
        if j + 1 < s.len() {
            let unit = s[i].start..s[j].end;
            let next = &article.text[s[j + 1].clone()];
            // A reporting cue in the narration of `r` (the matches of that range only: a long
            // paragraph stays linear). A quotation attributed already takes no sentence after it
            // ("“We have no choice,” he said. She said the policy would be reviewed." is two
            // claims).
            let cue_in = |r: &Range<usize>| {
                let lo = para_matches.partition_point(|m| m.span.start < r.start);
                let hi = para_matches.partition_point(|m| m.span.start < r.end);
                para_matches[lo..hi].iter().any(|m| {
                    m.voice == Voice::Narration && is_reporting_cue(&article.text, rules, m)
                })
            };
            // (The next sentence, with no quotation, is all narration.)
            if para.quoted_share(&unit) >= 0.6
                && words::count(next) <= TRAILING_ATTRIBUTION_MAX_WORDS
                && para.quotes_overlapping(&s[j + 1]).is_empty()
                && cue_in(&s[j + 1])
                && !cue_in(&unit)
            {
                j += 1;
            }
        }
        out.push(i..j + 1);
        i = j + 1;
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn classify(
    article: &Article,
    para: &Paragraph,
    paragraph: usize,
    unit: Range<usize>,
    span: Range<usize>,
    matches: &[Match],
    rules: &RuleSet,
    registry: &Registry,
    known: &mut source::KnownSources,
    earlier: &[Claim],
) -> Option<Claim> {
    let text = &article.text;
    // People a sentence of narration names may be who later pronouns and plural roles stand
    // for.
    let remember_narrated = |known: &mut source::KnownSources| {
        source::remember_subject(
            text,
            &rules.lexicon,
            para,
            &span,
            registry,
            known,
            Opening::SubjectAndMet,
        )
    };
    let lo = matches.partition_point(|m| m.span.start < span.start);
    let hi = lo + matches[lo..].partition_point(|m| m.span.start < span.end);
    let in_unit: Vec<&Match> = matches[lo..hi]
        .iter()
        .filter(|m| m.span.end <= span.end)
        .collect();
    // The unit's reporting cues, told once (each check reads the words around the match).
    let cues: Vec<&Match> = in_unit
        .iter()
        .copied()
        .filter(|m| is_reporting_cue(text, rules, m))
        .collect();
    let (total_words, quoted_words) = para.word_stats(&span);
    let quoted_share = if total_words == 0 {
        0.0
    } else {
        quoted_words as f64 / total_words as f64
    };
    let longest_quote = para
        .quotes_overlapping(&span)
        .iter()
        .map(|q| para.words_in(q))
        .max()
        .unwrap_or(0);
    let direct_quote = longest_quote >= DIRECT_QUOTE_MIN_WORDS;
    let mut claim = Claim {
        paragraph,
        span: span.clone(),
        sentences: unit,
        class: ClaimClass::Unattributed,
        direct_quote,
        quoted_words,
        cue: None,
        source: None,
        step: None,
    };

    // A headline that names the document's speaker ("Statement by President Joe Biden on …"):
    // the speaker's statement, with the title's word for it as the cue.
    if let Some(r) = article
        .title_speaker
        .clone()
        .filter(|r| para.kind == ParagraphKind::Headline && span.contains(&r.start))
    {
        let (found, step) =
            source::title_source(text, &rules.lexicon, para, r.clone(), registry, known);
        if let Some(found) = found {
            // "Statement" of "Statement by", "Remarks" of "Joint Remarks of".
            let head = text[span.start..r.start].trim_end();
            let opener = head[..head.rfind(char::is_whitespace).unwrap_or(0)].trim_end();
            let from = opener
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            claim.class = ClaimClass::of(&found);
            claim.cue = Some(Cue {
                span: span.start + from..span.start + opener.len(),
                text: opener[from..].to_lowercase(),
                loaded: false,
                rule: None,
            });
            claim.source = Some(found);
            claim.step = Some(step);
            return Some(claim);
        }
    }
    // A headline that opens with a quotation and names its speaker after a colon ("'The River
    // Doesn't Care About Borders': Hydrologist Amara Osei on the Fight Over the Volta"); not when
    // the headline has a cue of its own ("'Asian version of NATO': North Korea slams …", "“…”:
    // Congressman Says …").
    if para.kind == ParagraphKind::Headline && cues.is_empty() {
        if let Some((colon, r)) = quote_then_speaker(text, &span) {
            if let Some((found, step)) =
                source::headline_quote_source(text, &rules.lexicon, para, r, registry, known)
            {
                claim.class = ClaimClass::Named;
                claim.cue = Some(Cue::colon(colon));
                claim.source = Some(found);
                claim.step = Some(step);
                return Some(claim);
            }
        }
    }
    // A time stamp ("2:32 P.M. EST"), a greeting or a salutation asserts nothing.
    if is_time_stamp(&text[span.clone()]) || is_formula(&text[span.clone()]) {
        return None;
    }
    // Questions in the outlet's voice, or in a speaker's turn, assert nothing, even with a cue
    // ("What do we see?"). A question the narration quotes after its cue is the speaker's, as one
    // quoted before the cue is ("Norah O'Donnell then asked, “Really?”").
    let own = text[span.clone()].trim_end();
    let narration_end = own.trim_end_matches(['"', '”', '’', '\'', ')']);
    let quoted_question = !para.in_turn
        && narration_end.ends_with('?')
        && own.ends_with(['"', '”'])
        && para.is_quoted(span.start + narration_end.len() - 1)
        && para.quotes_overlapping(&span).last().is_some_and(|q| {
            text[span.start..q.start.max(span.start)]
                .trim_end_matches(['"', '“'])
                .trim_end()
                .ends_with([',', ':'])
                // (Or right after an asking cue and whom it asks: "The chief justice also asked
                // Mr. Sellers “how many examples … ?”".)
                // (Nothing but whom it asks between: no comma, at most five words and no other
                // cue; "Mr. Smith asked whether … and Ms. Jones responded “Is that …?”" is not
                // Smith's.)
                || cues.iter().any(|m| {
                    let between = &text[m.span.end.min(q.start)..q.start];
                    m.voice == Voice::Narration
                        && m.span.end <= q.start
                        && !between.contains(',')
                        && words::count(between) <= 5
                        && !cues
                            .iter()
                            .any(|n| n.span.start >= m.span.end && n.span.start < q.start)
                        && is_asking(&text[m.span.clone()])
                })
        })
        && cues.iter().any(|m| m.voice == Voice::Narration);
    // So is one the narration reports, unquoted, after an asking cue and a colon ("ABC moderator
    // David Muir asked Republicans a simple question: Who do you think will win …?").
    let asked_question = !para.in_turn
        && narration_end.ends_with('?')
        && text[span.clone()].find(": ").is_some_and(|colon| {
            cues.iter().any(|m| {
                m.voice == Voice::Narration
                    && m.span.end <= span.start + colon
                    && is_asking(&text[m.span.clone()])
            })
        });
    if narration_end.ends_with('?')
        && (quoted_share < 0.6 || para.in_turn)
        && !quoted_question
        && !asked_question
    {
        // A turn that opens with a question is still its label's speaker's ("Emmanuel Macron:
        // Shall we begin with Ukraine?"): the label is read, the question asserts nothing.
        if let Some(cue) =
            colon_cue(text, &rules.lexicon, article, para, &span).filter(|_| para.in_turn)
        {
            known.end_turn();
            source::find_source(
                text,
                &rules.lexicon,
                para,
                &span,
                &cue,
                &[],
                registry,
                known,
            );
        }
        return None;
    }
    // A stage direction in a turn ("(Laughter.)", "(Cross-talk by reporters.)") asserts nothing.
    if para.in_turn && quoted_share >= 0.6 {
        let own = text[span.clone()].trim();
        if own.starts_with('(') && own.trim_end_matches('.').ends_with(')') {
            return None;
        }
    }

    // Agentless attribution language on "it" opening the sentence owns it ("It is understood
    // that the agency has asked …": nobody stands behind it, not the agency). (An adverb does
    // not: in "Allegedly, Thomas' sister pleaded with him" the sister pleaded.) A passive marker
    // may start after the "It" ("It is widely believed that Turkey wants …"; in "It appeared to
    // acknowledge" the "It" is someone).
    let opens_agentless = in_unit.iter().any(|m| {
        let passive = ["is ", "was ", "has been "]
            .iter()
            .any(|p| text[m.span.clone()].starts_with(p));
        let start = if passive && text[..m.span.start].ends_with("It ") {
            m.span.start - 3
        } else {
            m.span.start
        };
        m.voice == Voice::Narration
            && rules.role_of(m.rule).marks_agentless()
            && text[start..].starts_with("It ")
            && text[para.dateline_end(text, &span).min(start)..start]
                .trim()
                .is_empty()
    });
    // A reporting cue in the outlet's own voice.
    let cue_match =
        main_cue(text, rules, para, &span, &in_unit, &cues).filter(|_| !opens_agentless);
    let cue = cue_match
        .map(|m| Cue {
            span: cue_extent(text, &rules.lexicon, m.span.clone()),
            text: text[m.span.clone()].to_lowercase(),
            loaded: rules.role_of(m.rule) == Role::VerbLoaded,
            rule: Some(m.rule),
        })
        .or_else(|| colon_cue(text, &rules.lexicon, article, para, &span))
        .or_else(|| colon_before_quote(text, para, &span))
        .or_else(|| passive_marker_with_agent(text, rules, &in_unit))
        .filter(|_| !opens_agentless);
    if let Some(mut cue) = cue {
        // A label in a document of turns (a colon cue there is one: no colon opens a quotation
        // in a turn) ends the turn before it, whoever it names.
        let label = cue.text == ":" && para.in_turn;
        if label {
            known.end_turn();
        }
        let anon: Vec<Range<usize>> = in_unit
            .iter()
            .filter(|m| rules.role_of(m.rule) == Role::AnonymousSource)
            // A marker capitalised inside a sentence is part of a name ("The Friends of the
            // Library group said"); not one opening it after a dateline or a time stamp
            // ("WASHINGTON — Officials said", "12:05 p.m. CT — Officials said").
            .filter(|m| {
                let before = &text[para.dateline_end(text, &span).min(m.span.start)..m.span.start];
                // (An acronym's plural is in capitals anywhere: "two Labour MPs said".)
                let acronyms = text[m.span.clone()]
                    .strip_suffix('s')
                    .is_some_and(|a| a.len() >= 2 && a.bytes().all(|b| b.is_ascii_uppercase()));
                para.kind == ParagraphKind::Headline
                    || !text[m.span.clone()].starts_with(char::is_uppercase)
                    || acronyms
                    || before
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .is_empty()
            })
            .map(|m| m.span.clone())
            .collect();
        let lex = &rules.lexicon;
        source::remember_subject(text, lex, para, &span, registry, known, Opening::MetOnly);
        // "Senator Jane Ortiz voted against the bill, her spokesman said": "her" is the person
        // the sentence opens on.
        if let Some(owner) = trailing_possessive_speaker(&text[span.start..cue.span.start]) {
            let told = Opening::About(Gender::of_pronoun(owner));
            source::remember_subject(text, lex, para, &span, registry, known, told);
        }
        let (mut found, mut step) =
            source::find_source(text, lex, para, &span, &cue, &anon, registry, known);
        // A cue with no speaker ("In an interview with TMZ Sports, Walker said, “…”", "Asked
        // why …, Sanders said …"), or one inside a clause or phrase before the sentence's own
        // speaker ("After … the details of the allegations, which Mr. Ailes denies"), gives way
        // to the sentence's next cue that has one. A passive with no agent ("It was reported
        // that …") stays agentless, and so does a cue whose subject opens the sentence and names
        // nobody ("The union attacked the plan while …").
        let before_cue = &text[span.start..cue.span.start];
        let opens_sentence = !before_cue.contains([',', ';', '(', '—', '–', '"', '“', '”'])
            && !before_cue.contains("''");
        // A passive gives way only to a cue in a clause of its own after it ("No deaths had been
        // reported, but the sheriff's office said …"; "… are still reported missing, and
        // officials said …").
        let passive = step.id == StepId::PassiveWithoutAgent;
        let coordinated = |m: &&Match| {
            let between = &text[cue.span.end.min(m.span.start)..m.span.start];
            [", but ", "; ", ", while ", ", although ", ", and "]
                .iter()
                .any(|c| between.contains(c))
        };
        // (So does an opening phrase of where it was said with nobody after it: "In a statement
        // released Sunday afternoon, the Columbus Police Department said".)
        // (And the title given to a document there: "In a blog post titled “…,” chief executive
        // Sanjay Kulkarni wrote".)
        let where_said = cue.text.starts_with("in ")
            || matches!(cue.text.as_str(), "titled" | "entitled" | "headlined");
        // (And a noun of speech nobody owns: "The surge of support for the chain came after
        // Chick-fil-A president Dan Cathy said" is Cathy's.)
        let ownerless_noun =
            step.id == StepId::BareDeterminer && lex.may_be_noun_cue(cue.first_word());
        if found.is_none()
            && (step.id == StepId::NoSpeaker
                || passive
                || !opens_sentence
                || where_said
                || ownerless_noun)
        {
            let main_start = cue.span.start;
            for m in cues
                .iter()
                .filter(|m| m.span.start > main_start && m.span.start >= cue.span.end)
                .filter(|m| !passive || coordinated(m))
            {
                let other = Cue {
                    span: cue_extent(text, lex, m.span.clone()),
                    text: text[m.span.clone()].to_lowercase(),
                    loaded: rules.role_of(m.rule) == Role::VerbLoaded,
                    rule: Some(m.rule),
                };
                let (f, s) =
                    source::find_source(text, lex, para, &span, &other, &anon, registry, known);
                if f.is_some() {
                    (found, step, cue) = (f, s, other);
                    break;
                }
            }
        }
        // With none, the main clause's subject after an opening phrase of where it was said ("In
        // a joint statement, the two governments committed to …").
        if found.is_none() && where_said {
            if let Some((f, s)) =
                source::opening_phrase_speaker(text, lex, &span, &cue, registry, known)
            {
                (found, step) = (Some(f), s);
            }
        }
        // Speakers of the unit's other cues ("… as Jens Stoltenberg urged Seoul …") are not
        // this claim's source, but later pronouns and role nouns may point to them. A quotation
        // after another speaker's cue is that speaker's ("urged Seoul to “step up”"), not this
        // claim's.
        let mut other_speaker_from: Option<usize> = None;
        let mut owner_named = false;
        for m in cues
            .iter()
            .filter(|m| m.span.start > cue.span.end && !is_participle(text, m.span.clone()))
        {
            let other = Cue {
                span: m.span.clone(),
                text: String::new(),
                loaded: false,
                rule: Some(m.rule),
            };
            let (speaker, other_step) =
                source::find_source(text, lex, para, &span, &other, &[], registry, known);
            owner_named |= other_step.id == StepId::Possessor && speaker.is_some();
            // Named anew, not a pronoun or role that may be the claim's own speaker ("the NATO
            // chief lauded …, he urged it “to do more”").
            let differs = speaker.as_ref().is_some_and(|o| {
                !o.is_anonymous() && !o.linked && found.as_ref().is_none_or(|f| f.name != o.name)
            });
            if differs && other_speaker_from.is_none() {
                other_speaker_from = Some(m.span.start);
            }
        }
        // The owner of a thing the claim is about ("Marco Rubio took a positive view of Trump's
        // proposed deal. He said …") is no nearer for a later pronoun than the claim's speaker.
        if let Some(f) = found.as_ref().filter(|_| owner_named) {
            known.nearest_again(lex, f);
        }
        // "According to Yonhap, Stoltenberg supported “…”" is Yonhap's account, quote and all.
        let framing = cue.text.starts_with("according");
        if let Some(from) = other_speaker_from.filter(|_| !framing) {
            let own = span.start..from;
            claim.quoted_words = para.word_stats(&own).1;
            claim.direct_quote = para
                .quotes_overlapping(&own)
                .iter()
                .filter(|q| q.start < from)
                .any(|q| para.words_in(q) >= DIRECT_QUOTE_MIN_WORDS);
        }
        // A label alone ("Emmanuel Macron:") opens the turn; it asserts nothing itself, nor does
        // a greeting or thanks after it ("MR. VANCE: Good afternoon, everybody.").
        // (Only a greeting alone, with whom it greets at most: "MR. HALE: Thanks, Lara, imports
        // fell." is a claim.)
        if label && {
            let after = text[cue.span.end..span.end].trim();
            after.is_empty()
                || (is_formula(after) && after.split(',').count() <= 2 && words::count(after) <= 6)
        } {
            return None;
        }
        // "Coach Robert Saleh was fired, the team announced. He said …": the titled person a
        // claim of an institution's is about is whom a later "he" or "she" means (only they:
        // "the prosecutor said" later is not Saleh). Kept after the claim's own speaker is
        // found, so it never becomes that speaker.
        let mut remember =
            |who: Opening| source::remember_subject(text, lex, para, &span, registry, known, who);
        if found
            .as_ref()
            .is_some_and(|f| speaks_for_an_institution(text, lex, f))
        {
            remember(Opening::About(Gender::Unknown));
        }
        // And a titled person who meets someone, after the speaker too (see `MeetingSubject`).
        remember(Opening::MeetingSubject);
        claim.class = match &found {
            Some(s) => ClaimClass::of(s),
            // Attribution language with no speaker to be found: no source stands behind it.
            None => ClaimClass::Agentless,
        };
        claim.source = found;
        claim.step = Some(step);
        // The cue as its span reads: a final "that" opens the content ("found that" is "found").
        let mut cue = cue;
        // (And a final "from" names who comes after it: "reactions from" is "reactions".)
        if let Some(head) = cue
            .text
            .strip_suffix(" that")
            .or_else(|| cue.text.strip_suffix(" from"))
        {
            cue.text.truncate(head.len());
        }
        claim.cue = Some(cue);
        return Some(claim);
    }
    if let Some(marker) = in_unit
        .iter()
        .find(|m| m.voice == Voice::Narration && rules.role_of(m.rule).marks_agentless())
    {
        claim.class = ClaimClass::Agentless;
        claim.step = Some(Step {
            id: StepId::AgentlessMarker,
            speaker: None,
        });
        // The marker is the cue a reader sees ("it was reported", "reportedly").
        claim.cue = Some(Cue {
            span: marker.span.clone(),
            text: text[marker.span.clone()].to_lowercase(),
            loaded: false,
            rule: Some(marker.rule),
        });
        // Nobody speaks: the one it is about is the narration's subject ("Marrow appeared to
        // wipe his eyes. He declined to speak to reporters").
        remember_narrated(known);
        return Some(claim);
    }
    // In a speaker's turn every claim is the speaker's, whom the turn's label or the title named;
    // a line of one or two words there asserts nothing.
    if para.in_turn && quoted_share >= 0.6 {
        if quoted_words < 3 {
            return None;
        }
        if let Some(turn) = known.turn() {
            claim.class = ClaimClass::of(turn);
            claim.source = Some(turn.clone());
            claim.step = Some(Step {
                id: StepId::SpeakerTurn,
                speaker: None,
            });
            return Some(claim);
        }
    }
    // A quotation with no attribution of its own continues the previous speaker's quote, or the
    // attribution just before it, in the same paragraph or the one before ("…,” the organizer
    // told them. “We want those personal stories.").
    // A short paragraph of the outlet's that ends on a colon and attributes nothing
    // ("Transcript as follows:", "Partial transcript below:") only introduces the quotation
    // after it: the quotation continues the attribution before the introducer.
    // (Not a quotation set off by dashes inside the outlet's sentence, whose words it quotes
    // without saying: "The provisions — “one on roving authority …” — were added to the 1978
    // law by the Patriot Act.")
    let set_off_by_dashes = || {
        // (Only a quotation inside the unit: one may run on past it.)
        para.quotes_overlapping(&span).iter().any(|q| {
            if q.start <= span.start || q.end >= span.end {
                return false;
            }
            let (before, after) = (&text[span.start..q.start], &text[q.end..span.end]);
            before.trim_end().ends_with(['—', '–'])
                && words::count(before) > 0
                && after.trim_start().starts_with(['—', '–'])
        })
    };
    if quoted_share >= 0.6 && !set_off_by_dashes() {
        let (mut prior, mut near) = (earlier.iter().rev(), paragraph);
        let mut prev = prior.next();
        if let Some(intro) = prev.filter(|c| {
            let t = text[c.span.clone()].trim_end();
            c.class == ClaimClass::Unattributed
                && c.paragraph + 1 == paragraph
                && t.ends_with(':')
                && words::count(t) <= 6
                && article.paragraphs[c.paragraph].span.end <= c.span.end + 1
        }) {
            near = intro.paragraph;
            prev = prior.next();
        }
        // (After a passive of asking, the one asked answers: "Rubio was asked by the moderator
        // whether …. “Not the job of being president …”" is Rubio's.)
        // (Not a question of its own, which is the asker's: "“Did you discuss it?”")
        let asks = text[span.clone()]
            .trim_end()
            .trim_end_matches(['"', '”', '’', '\''])
            .ends_with('?');
        if let Some(asked) = prev
            .filter(|c| c.paragraph + 1 >= paragraph && !c.direct_quote && !asks)
            .and_then(|c| known.asked_in(c.span.end))
        {
            claim.class = ClaimClass::of(asked);
            claim.source = Some(SourceRef {
                linked: true,
                ..asked.clone()
            });
            claim.step = Some(Step {
                id: StepId::QuoteContinuation,
                speaker: None,
            });
            return Some(claim);
        }
        if let Some(prev) = prev.filter(|c| {
            (c.source.is_some() && c.direct_quote)
                || (c.cue.is_some()
                    && c.class != ClaimClass::Unattributed
                    && near <= c.paragraph + 1)
        }) {
            claim.class = prev.class;
            claim.source = prev.source.clone();
            claim.step = Some(Step {
                id: StepId::QuoteContinuation,
                speaker: None,
            });
            return Some(claim);
        }
    }
    // A line of one or two words asserts nothing ("(Applause.)", "Next question.", a heading
    // such as "Sliding reputation."), unless it is a subject and its verb among other sentences
    // of the outlet's narration ("… voted in favour of the draft. China abstained."); the
    // headline is always kept (reported apart).
    let subject_and_verb = || {
        let own = text[span.clone()].trim();
        let mut ws = own.trim_end_matches('.').split(' ');
        own.ends_with('.')
            && !para.in_turn
            && quoted_words == 0
            && para.sentences.len() > 1
            && ws.next().is_some_and(|w| w.starts_with(char::is_uppercase))
            // A verb in the past tense ("abstained", "fell"), not a noun ("Next question.",
            // "Good news.").
            && ws.next().is_some_and(|w| {
                w.chars().all(|c| c.is_lowercase())
                    && (w.ends_with("ed")
                        || matches!(
                            w,
                            "fell" | "rose" | "won" | "lost" | "left" | "quit" | "fled" | "grew"
                                | "sank" | "spoke" | "went" | "came" | "ran" | "held" | "paid"
                        ))
            })
    };
    if para.kind != ParagraphKind::Headline
        && total_words < 3
        && !(total_words == 2 && subject_and_verb())
    {
        return None;
    }
    // A paragraph of narration that ends on a colon before a paragraph opening on a quotation
    // introduces it: its subject is the speaker ("DNC spokesman Brad Woodhouse addressed the
    // video in a statement Monday:" / "“Motives matter …”"), and the quotation continues it.
    if let Some(colon) = introduces_a_quotation(article, para, paragraph, &span, quoted_words) {
        let clause = span.start..colon;
        if let Some((found, step)) =
            source::introducer_source(text, &rules.lexicon, para, clause, registry, known)
        {
            claim.class = ClaimClass::of(&found);
            claim.cue = Some(Cue::colon(colon));
            claim.source = Some(found);
            claim.step = Some(step);
            return Some(claim);
        }
    }
    remember_narrated(known);
    Some(claim)
}

/// The colon a unit of narration ends on when it ends its body paragraph, quotes nothing, and
/// the next body paragraph opens on a quotation: the unit introduces that quotation.
fn introduces_a_quotation(
    article: &Article,
    para: &Paragraph,
    paragraph: usize,
    span: &Range<usize>,
    quoted_words: usize,
) -> Option<usize> {
    let text = &article.text;
    let own = text[span.clone()].trim_end();
    let next = article.paragraphs.get(paragraph + 1)?;
    let opens_on_a_quote = next
        .quotes
        .first()
        .is_some_and(|q| q.start == next.span.start);
    (para.kind == ParagraphKind::Body
        && next.kind == ParagraphKind::Body
        && !para.in_turn
        && quoted_words == 0
        && own.ends_with(':')
        && span.end >= para.span.end.saturating_sub(1)
        && opens_on_a_quote)
        .then(|| span.start + own.len() - 1)
}

/// An agentless marker in the narration that is a passive with its agent after it ("The cut was
/// widely expected by economists"): its participle as a cue, whose agent is the source.
fn passive_marker_with_agent(text: &str, rules: &RuleSet, in_unit: &[&Match]) -> Option<Cue> {
    let m = in_unit.iter().find(|m| {
        m.voice == Voice::Narration
            && rules.role_of(m.rule) == Role::Agentless
            && text[m.span.end..].starts_with(" by ")
    })?;
    let marker = &text[m.span.clone()];
    let (aux, participle) = marker.rsplit_once(' ')?;
    let passive = aux
        .split(' ')
        .any(|w| matches!(w, "is" | "are" | "was" | "were" | "been" | "be"));
    if !passive || !participle.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let at = m.span.end - participle.len();
    Some(Cue {
        span: cue_extent(text, &rules.lexicon, at..m.span.end),
        text: participle.to_string(),
        loaded: false,
        rule: Some(m.rule),
    })
}

/// The possessive pronoun ("his", "her") that opens a trailing speaker before a cue ("…, her
/// spokesman", "…, his lawyer").
fn trailing_possessive_speaker(before_cue: &str) -> Option<&str> {
    let (head, clause) = before_cue.trim_end().rsplit_once(',')?;
    let mut ws = clause.split_whitespace();
    let owner = ws.next().filter(|w| matches!(*w, "his" | "her"))?;
    (!head.trim().is_empty()
        && (1..=2).contains(&ws.clone().count())
        && ws.all(|w| w.starts_with(char::is_lowercase)))
    .then_some(owner)
}

/// Whether a claim's speaker is an institution rather than a person: a registered source, an
/// organisation's name ("the Foreign Ministry", "NASA") or an unnamed one ("the team", "the
/// company"), not a person speaking for one ("a team spokesman").
fn speaks_for_an_institution(text: &str, lex: &Lexicon, source: &SourceRef) -> bool {
    let phrase = &text[source.span.clone()];
    // The owner of a possessive ("the team's statement").
    let phrase = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| phrase.strip_suffix(p))
        .unwrap_or(phrase);
    let head = phrase.rsplit(' ').next().unwrap_or("");
    let institution = |w: &str| {
        lex.institution_roles.contains_ascii_folded(w)
            || lex.organisation_words.contains_lower(w)
            || matches!(w, "team" | "franchise")
    };
    (!lex.is_role_noun(head) || institution(head))
        && (source.registry().is_some()
            || lex.is_group_name(&source.name)
            || (source.is_anonymous() && institution(head)))
}

/// Where a clause that trails an attribution starts in `r` (at its comma): ", with …", ", as
/// …", ", while …", ", amid …", ", after …", ", even as …", ", and …" outside quotations, within
/// the first few words after the cue ("The White House had not been told, sources say, and the
/// testimony blindsided senior staff").
fn trailing_clause(text: &str, para: &Paragraph, r: Range<usize>) -> Option<usize> {
    let after = &text[r.clone()];
    let comma = after.find(',')?;
    let at = r.start + comma;
    let next = after[comma + 1..].split_whitespace().next().unwrap_or("");
    // (Or the source's anonymity: "…, one person close to the talks said, speaking on the
    // condition of anonymity to describe sensitive discussions.")
    let anonymity = || {
        next == "speaking"
            && after[comma + 1..]
                .get(..48)
                .unwrap_or(&after[comma + 1..])
                .contains("anonymity")
    };
    (words::count(&after[..comma]) <= 4
        && !after[..comma].contains(['"', '“', '”'])
        && !para.is_quoted(at)
        && (matches!(
            next,
            "with" | "as" | "while" | "amid" | "after" | "even" | "just" | "and" | "but"
        ) || anonymity()))
    .then_some(at)
}

/// A cue in -ing ("for supporting gays", "by saying", "…, half joking"): a participle or a
/// gerund, whose speaker is the subject of the clause it hangs on, not a phrase of its own.
fn is_participle(text: &str, cue: Range<usize>) -> bool {
    let word = text[cue].split(' ').next().unwrap_or("");
    word.len() > 4 && word.ends_with("ing")
}

/// In a headline that opens with a quotation closed right before a colon, the colon and the name
/// after it, up to a lower-case word ("'…': Hydrologist Amara Osei on the Fight" gives "Hydrologist
/// Amara Osei"): two capitalised words at least, at most six.
fn quote_then_speaker(text: &str, span: &Range<usize>) -> Option<(usize, Range<usize>)> {
    let t = &text[span.clone()];
    let open = t.chars().next()?;
    if !matches!(open, '\'' | '"' | '“' | '‘') {
        return None;
    }
    let close = t
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| t[..i].ends_with(['\'', '"', '”', '’']) && i > 1)?;
    let after = &t[close + 1..];
    let lead = after.len() - after.trim_start().len();
    let mut len = 0;
    let mut n = 0;
    for w in after[lead..].split(' ') {
        if !w.starts_with(char::is_uppercase) || n == 6 {
            break;
        }
        len += usize::from(n > 0) + w.len();
        n += 1;
    }
    let name = &after[lead..lead + len];
    let name = name.trim_end_matches([',', '.', ';', ':']);
    (n >= 2 && !name.is_empty()).then(|| {
        let start = span.start + close + 1 + lead;
        (span.start + close, start..start + name.len())
    })
}

/// A formula that asserts nothing: a greeting ("Good morning.", "Good afternoon, everyone."),
/// thanks ("Thank you, Marcus, for that kind introduction."), a salutation ("Dear fellow
/// citizens,") or a cheer ("Long live Slovenia.", "God bless you all."), with a live blog's time
/// stamp before it ("6:05 a.m. PT - Good morning.").
fn is_formula(line: &str) -> bool {
    let line = line.trim();
    // A dateline or time stamp opens with a digit or a word in capitals: only then is one looked
    // for (this runs on every sentence).
    let first_word = line.split(' ').next().unwrap_or("");
    let dated = line.starts_with(|c: char| c.is_ascii_digit())
        || (first_word.len() > 1 && first_word.bytes().all(|b| !b.is_ascii_lowercase()));
    let line = if dated {
        &line[crate::article::dateline_len(line).unwrap_or(0)..]
    } else {
        line
    };
    // Every formula opens on one of these letters.
    if !line
        .bytes()
        .next()
        .is_some_and(|b| b"ghtdlGHTDL".contains(&b))
    {
        return false;
    }
    let bare = line.trim_end_matches(['.', '!', ',', ':']).trim();
    // Compared in ASCII case, without lower-casing every sentence.
    let starts = |p: &str| {
        bare.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    const WHOLE: [&str; 13] = [
        "good morning",
        "good afternoon",
        "good evening",
        "good morning, everyone",
        "good afternoon, everyone",
        "good evening, everyone",
        "hello",
        "hello, everyone",
        "thank you",
        "thank you very much",
        "thank you all",
        "thanks",
        "thanks very much",
    ];
    WHOLE.iter().any(|w| bare.eq_ignore_ascii_case(w))
        || (starts("dear ") && line.ends_with([',', ':']) && words::count(bare) <= 6)
        || (starts("long live ") && words::count(bare) <= 6)
        || starts("god bless")
        // Thanks, to someone or for something ("Thank you, Marcus, for that kind introduction,
        // and thank you all for being here.", "Thanks, Renata."), not "Thanks to the new law".
        || ((starts("thank you") || starts("thanks,"))
            && !bare.contains(" but ")
            && words::count(bare) <= 20)
        // A greeting with the ones greeted ("Good afternoon, everyone.").
        || (["good morning,", "good afternoon,", "good evening,", "hello,"]
            .iter()
            .any(|g| starts(g))
            && words::count(bare) <= 5)
}

/// Whether a line is a time stamp: "2:32 P.M. EST", "10:05 a.m.", "14:30 GMT".
fn is_time_stamp(line: &str) -> bool {
    static STAMP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\d{1,2}[:.]\d{2}(\s*[AaPp]\.?\s?[Mm]\.?)?(\s+[A-Z]{2,4})?\.?$")
            .expect("valid pattern")
    });
    // A stamp starts with a digit: most lines are turned away before the regex.
    let line = line.trim();
    line.starts_with(|c: char| c.is_numeric()) && STAMP.is_match(line)
}

/// A noun of what is said opening the words between a comma and a cue, with a clause of its
/// own after it: its subject a name, a pronoun or an article ("a figure AFAD had not yet
/// confirmed", "a claim the company denied", "a charge he rejected"); not "a number of
/// officials", "the account manager".
fn content_noun_clause(head: &str) -> bool {
    let ws: Vec<&str> = head.split_whitespace().collect();
    ws.len() >= 3
        && matches!(ws[0], "a" | "an" | "the")
        && CONTENT_NOUNS.contains(&ws[1])
        && (ws[2].starts_with(char::is_uppercase)
            || matches!(
                ws[2],
                "the"
                    | "a"
                    | "an"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "i"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "which"
                    | "that"
            ))
}

/// A long description of an unnamed source by what they know ("a person with knowledge of
/// Benfica's thinking", "two people familiar with the talks"), or of a spokesperson by whom they
/// speak for ("a spokeswoman for the prime minister's office"), at most ten words.
fn long_unnamed_description(head: &str) -> bool {
    let lower = head.trim().to_lowercase();
    words::count(&lower) <= 10
        && [
            "with knowledge of",
            "familiar with",
            "briefed on",
            "close to",
            "with direct knowledge",
            // (Whom a spokesperson speaks for: "…, a spokeswoman for the prime minister's office
            // said".)
            "spokesman for",
            "spokeswoman for",
            "spokesperson for",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

/// Nouns of what is said, which a clause of their own may follow after a comma ("…, a figure
/// AFAD had not yet confirmed").
const CONTENT_NOUNS: &[&str] = &[
    "figure",
    "figures",
    "number",
    "claim",
    "charge",
    "allegation",
    "accusation",
    "assertion",
    "account",
    "view",
    "position",
    "estimate",
    "prediction",
    "forecast",
    "conclusion",
    "finding",
    "assessment",
    "description",
    "characterization",
    "characterisation",
    "version",
    "toll",
];

/// The cues but those `drop` takes out (by index); the cues themselves when it takes none.
fn without<'c, 'm>(
    cues: &'c [&'m Match],
    drop: impl Fn(usize) -> bool,
) -> std::borrow::Cow<'c, [&'m Match]> {
    if (0..cues.len()).any(&drop) {
        (0..cues.len())
            .filter(|&i| !drop(i))
            .map(|i| cues[i])
            .collect()
    } else {
        std::borrow::Cow::Borrowed(cues)
    }
}

/// The cue that owns a claim, among the unit's reporting cues `unit_cues` (those of its matches
/// `in_unit` that [`is_reporting_cue`] accepts): a trailing attribution ("…, officials said.")
/// whatever cues stand before it; else the first cue after an opening participle phrase; else
/// the first cue that is not inside a relative clause about anonymity ("who spoke on condition
/// of anonymity because they were not authorised to discuss the matter, said"); else the first
/// cue.
fn main_cue<'m>(
    text: &str,
    rules: &RuleSet,
    para: &Paragraph,
    span: &Range<usize>,
    in_unit: &[&'m Match],
    unit_cues: &[&'m Match],
) -> Option<&'m Match> {
    // A relative clause set off after the subject, on an object's "which" ("The European Union,
    // which Serbia hopes to join, has called for restraint"), holds no cue of the sentence when
    // one follows it.
    let in_set_off_object_clause = |m: &&'m Match| {
        let before = &text[span.start..m.span.start];
        let Some(open) = before.rfind(", which ") else {
            return false;
        };
        let clause = &before[open + ", which ".len()..];
        // (Its own subject first: "which Serbia hopes"; not "which has 27 members".)
        let own_subject = clause.split(' ').next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "he" | "she" | "they" | "we" | "it")
        });
        let close = text[m.span.end..span.end].find(',').map(|c| m.span.end + c);
        // (After a subject that is a name, "The European Union": not a thing, "Sanders's
        // victory, which Clinton conceded …, confirmed".)
        let subject = &before[..open];
        own_subject
            && subject
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words::count(subject) <= 6
            && !subject.contains([',', '"', '“'])
            && !clause.contains([',', '"', '“'])
            && close.is_some_and(|c| unit_cues.iter().any(|n| n.span.start > c))
    };
    let has_which = unit_cues.len() > 1
        && memchr::memmem::find(text[span.clone()].as_bytes(), b", which ").is_some();
    let unit_cues = without(unit_cues, |i| {
        has_which && in_set_off_object_clause(&unit_cues[i])
    });
    // A reaction or other noun cue "from" someone gives way to the main clause's cue: one before
    // it ("Trump said he would deploy troops, drawing rebukes from leaders in both parties" is
    // Trump's), not in a relative clause set off before it ("The speech, in which he warned …,
    // drew a swift response from the Fed"); or one after it when the reaction is in a phrase
    // set off by commas ("The Obama administration, in an effort … that has ignited criticism
    // from business groups, has said"), not in a clause about whom it is from ("condemnation
    // from Democrats, who called it", "an outcry from rights groups, which called it") nor in
    // the words of whom it is from ("from legal experts and civil liberties advocates").
    let reaction = |i: usize| from_someone(text, &rules.lexicon, unit_cues[i]);
    let yields_to = |i: usize, j: usize| {
        let (r, o) = (&unit_cues[i].span, &unit_cues[j].span);
        if o.end <= r.start {
            let lead = &text[span.start.min(o.start)..o.start];
            // (Only a clause still open at that cue: "Sen. Mark Hill, who chairs the committee,
            // said …, drawing a rebuke" is Hill's.)
            let relative = [", which ", ", who ", ", whom ", " in which ", " of which "]
                .iter()
                .filter_map(|w| lead.rfind(w).map(|i| i + w.len()))
                .max()
                .is_some_and(|open| !lead[open..].contains(','));
            !(relative && text[o.end..r.start].contains(','))
        } else if o.start >= r.end {
            // (The main clause's verb right after the comma, with at most an auxiliary: ", has
            // said"; not ", a loudly trumpeted part of".)
            let between = &text[r.end..o.start];
            let after_comma = between.rsplit(',').next().unwrap_or(between);
            let set_off = between.contains(',')
                && !between.contains(" who")
                && !between.contains(" which")
                && words::count(after_comma) <= 2
                && !after_comma
                    .split_whitespace()
                    .any(|w| matches!(w, "a" | "an" | "the"))
                && text[span.start.min(r.start)..r.start].contains(',');
            // (Or a speaker of their own after a dash and a quotation, or after ", and": "drew a
            // furious response from the opposition — “an abuse of power,” said Sen. Julio
            // Cobos"; "…, and Sen. Julio Cobos called it".)
            // (A name, not a pronoun that may be the reaction's own source: "…, it said"; and
            // after ", and" a quotation of theirs.)
            let capitalised_name = |t: &str| {
                t.trim_start_matches([',', ' '])
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| {
                        w.starts_with(char::is_uppercase)
                            && !matches!(w, "He" | "She" | "It" | "They" | "We" | "I")
                    })
            };
            let named_after = capitalised_name(&text[o.end..span.end.max(o.end)])
                || between
                    .rsplit(['”', '"'])
                    .next()
                    .is_some_and(capitalised_name);
            let own_speaker = !between.contains(" who")
                && !between.contains(" which")
                && ((between.contains(['—', '–']) && between.contains(['“', '"']) && named_after)
                    || between.split_once(", and ").is_some_and(|(_, rest)| {
                        rest.starts_with(char::is_uppercase)
                            && text[o.end..span.end.max(o.end)].contains(['“', '"'])
                    }));
            set_off || own_speaker
        } else {
            false
        }
    };
    let unit_cues = without(&unit_cues, |i| {
        reaction(i) && (0..unit_cues.len()).any(|j| !reaction(j) && yields_to(i, j))
    });
    // A noun of speech that is the subject of a verb of saying right after it ("The statement
    // said", "Her letter argued"), or after the phrase of whose it is ("A statement from the
    // council said"), is its speaker, not the cue.
    let subject_noun = |i: usize| {
        let m = unit_cues[i];
        // (Only a cue with another after it: most units have one, and need no more work.)
        let Some(next) = unit_cues.get(i + 1) else {
            return false;
        };
        let gap = &text[m.span.end..next.span.start];
        let of_whom = [" from ", " by ", " of "]
            .iter()
            .any(|p| gap.starts_with(p))
            && gap.ends_with(' ')
            && !gap.contains([',', '"', '“', ';', ':'])
            && gap.split(' ').count() <= 8;
        if !(gap == " " || of_whom) {
            return false;
        }
        let mut lead = text[span.start.min(m.span.start)..m.span.start].trim_end();
        // (Past a date: "A Dec. 12 statement from the council said", "A December statement".)
        for n in [3, 2, 1] {
            let mut parts = lead.rsplitn(n + 1, ' ');
            let mut date: Vec<&str> = parts.by_ref().take(n).collect();
            date.reverse();
            let is_date = match date[..] {
                [month] => crate::text::is_month_word(month),
                _ => crate::text::is_date(&date),
            };
            if date.len() == n && is_date {
                lead = parts.next().unwrap_or("").trim_end();
                break;
            }
        }
        let determiner = lead.rsplit(' ').next().is_some_and(|w| {
            [
                "the", "a", "an", "its", "his", "her", "their", "this", "that",
            ]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
        });
        determiner
            && rules
                .lexicon
                .inverting_cues
                .contains(&text[next.span.clone()].to_lowercase())
    };
    let unit_cues = without(&unit_cues, subject_noun);
    // A noun cue that ends a phrase set off by a comma is no cue of the main clause after it,
    // whose verb owns the claim ("Mr. Pence, briefing reporters after Mr. Trump's remarks, said";
    // "A few hours before Mrs. Clinton's remarks, Mr. Sanders repeated").
    let lex = &rules.lexicon;
    let set_off_noun = |i: usize| {
        let m = unit_cues[i];
        let first = text[m.span.clone()].split(' ').next().unwrap_or("");
        let verb = |n: &&Match| {
            let w = text[n.span.clone()].split(' ').next().unwrap_or("");
            !lex.may_be_noun_cue(w)
        };
        // (The noun and its comma first: most cues are neither.)
        if !(text[m.span.end..].starts_with(',') && lex.noun_cues.contains_ascii_folded(first)) {
            return false;
        }
        // (In a phrase of time or topic: not the sentence's subject, "Starr's remarks, first
        // reported by The New York Times, suggested", nor an object, "tried to expand on her
        // earlier statement, saying".)
        #[rustfmt::skip]
        const TIME_OR_TOPIC: [&str; 8] =
            ["after", "before", "about", "following", "during", "since", "until", "amid"];
        let phrase = &text[span.start..m.span.start];
        let phrase = &phrase[phrase.rfind(',').map_or(0, |c| c + 1)..];
        let of_time_or_topic = phrase
            .split(' ')
            .any(|w| TIME_OR_TOPIC.iter().any(|p| w.eq_ignore_ascii_case(p)));
        of_time_or_topic && unit_cues[i + 1..].iter().any(verb)
    };
    let unit_cues = without(&unit_cues, |i| unit_cues.len() > 1 && set_off_noun(i));
    let mut cues = unit_cues.iter().copied().peekable();
    // A participle opening the sentence is set off from the main clause, whose cue owns the
    // claim ("Noting he majored in philosophy, Allen said …", "Asked about the map, Reid said
    // …"; not "According to Yonhap, …").
    if let Some(opening) = cues.peek().filter(|m| {
        let word = text[m.span.clone()].split(' ').next().unwrap_or("");
        // "Asked about", "Pressed on"; not an inverted cue before its speaker ("Added Smith").
        let participle_ed = word.ends_with("ed")
            && text[m.span.start + word.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
        let before = text[span.start..m.span.start]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\''));
        // Or one inside an opening phrase of place or time ("In a filing posted on its
        // website, the safety agency said …", "In a statement released on Monday, …").
        // Or a participle opening it, with the cue in its phrase ("Using a crude expression to
        // describe the Turks, he said").
        let opener = before.split(' ').next().unwrap_or("");
        // (Or a clause on a conjunction of time, reason or concession, whatever its length:
        // "After the chairman of the Joint Chiefs confirmed …, Graham questioned …".)
        // (Only before a plain main clause: a speaker, then the verb of the cue. The speaker is
        // no pronoun, which may stand for the clause's own subject ("While President Obama has
        // cautioned …, he has ordered a review" is Obama's), holds no verb nor clause of its own
        // and no comma, quotation or bracket ("When Kashiya Nwanguma learned …, Ky., where she is
        // a student, she walked"; "Because officials said …, the airport closed … and airlines
        // reported"), and is a name or a person ("the former official", "a columnist for …"; not
        // "the number of cases reported has dropped"); the cue is a verb, no participle before
        // "by" or "to" ("protests called by local activists", "the tenants told to leave").)
        let plain_main_clause = |m: &Match| {
            let lex = &rules.lexicon;
            let Some(comma) = clause_commas(&text[m.span.end..span.end])
                .next()
                .map(|c| m.span.end + c)
            else {
                return false;
            };
            let Some(main) = unit_cues.iter().find(|n| n.span.start > comma) else {
                return false;
            };
            let mut subject: Vec<&str> = text[comma + 1..main.span.start]
                .split_whitespace()
                .collect();
            while subject
                .last()
                .is_some_and(|w| lex.cue_auxiliaries.contains_ascii_folded(w))
            {
                subject.pop();
            }
            // (A first verb joined to the cue by "and" is the speaker's too: "Ms. Sherry smiled
            // and said".)
            if let [.., verb, "and"] = subject[..] {
                if verb.len() > 3 && verb.ends_with("ed") && verb.starts_with(char::is_lowercase) {
                    subject.truncate(subject.len() - 2);
                }
            }
            let Some(first) = subject.first() else {
                return false;
            };
            let first = first.trim_matches(|c: char| !c.is_alphanumeric());
            let first = first.split(['\'', '’']).next().unwrap_or(first);
            let verb_or_clause = |w: &&str| {
                (w.len() > 3 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
                    || [
                        "has", "have", "had", "was", "were", "is", "are", "will", "would", "and",
                        "as", "after", "until", "when", "while", "because", "that", "who", "which",
                        "if", "before", "since", "to",
                    ]
                    .contains(w)
            };
            let person = first.starts_with(char::is_uppercase)
                || subject.iter().any(|w| {
                    let w = w
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    lex.is_role_noun_or_plural(&w)
                });
            let verb = text[main.span.clone()].split(' ').next().unwrap_or("");
            let next = text[main.span.end..span.end].split_whitespace().next();
            !lex.pronouns.contains_ascii_folded(first)
                && ![
                    "one", "there", "his", "her", "its", "their", "our", "my", "and", "but", "or",
                    "so", "yet", "nor", "then", "who", "which", "that",
                ]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(first))
                && subject.len() <= 8
                && !subject.iter().any(verb_or_clause)
                && !subject
                    .iter()
                    .any(|w| w.contains([',', ';', ':', '"', '“', '”', '(', ')', '—', '–']))
                && person
                && !lex.may_be_noun_cue(verb)
                && !matches!(next, Some("by" | "to" | "online"))
        };
        let subordinate = matches!(
            opener,
            "After"
                | "Before"
                | "While"
                | "When"
                | "Although"
                | "Though"
                | "Because"
                | "Since"
                | "Once"
                | "Whereas"
                | "Until"
                | "Unless"
        );
        let in_opening_phrase = (matches!(
            opener,
            "In" | "On" | "At" | "After" | "During" | "Before" | "Amid" | "Ahead" | "Despite"
        ) && words::count(before) <= 5
            || (subordinate && words::count(before) <= 30 && plain_main_clause(m))
            || (opener.len() > 4
                && opener.ends_with("ing")
                && opener.starts_with(char::is_uppercase)
                && words::count(before) <= 8))
            && !before.contains([',', ';', ':', '"', '“', '”']);
        // A noun of speech there too ("In his opening statement, he called …"), also as the
        // cue "In a statement" itself ("In a statement issued by his lawyers after court records
        // indicated …, Jackson said" is Jackson's "said").
        !word.eq_ignore_ascii_case("according")
            && (in_opening_phrase
                || ((word.ends_with("ing") || participle_ed || word == "In") && before.is_empty()))
    }) {
        let after = opening.span.end;
        let comma = clause_commas(&text[after..span.end])
            .next()
            .map(|c| after + c)
            .filter(|&c| !para.is_quoted(c));
        if let Some(comma) = comma {
            let after_comma = |ms: &[&'m Match]| -> Vec<&'m Match> {
                ms.iter()
                    .copied()
                    .filter(|m| m.span.start > comma)
                    .collect()
            };
            let main_cues = after_comma(&unit_cues);
            if !main_cues.is_empty() {
                let main = after_comma(in_unit);
                return main_cue(text, rules, para, &(comma + 1..span.end), &main, &main_cues);
            }
        }
    }
    let first = cues.next()?;
    let mut rest: Vec<&Match> = cues.collect();
    // A clause that trails the attribution ("…, sources close to the player said on Tuesday,
    // with personal terms expected to be completed this week") is no part of it: the sentence
    // ends, for the attribution, at its comma.
    // (Only after a verb of saying that itself follows a clause's comma: "…, sources said on
    // Tuesday, with".)
    // ("…, sources say, and …": "say" inverts no speaker, but trails as "said" does; so do a few
    // verbs of saying that never invert: "…, an aide later made clear, but …".)
    let after_comma = |m: &&&Match| {
        let before = &text[span.start..m.span.start];
        let cue = text[m.span.clone()].to_lowercase();
        // (Those only after a determiner or a name: "…, four confirmed, and …" and "…, many
        // stressed, and …" are counts described, no speakers.)
        let speaker_like = || {
            before.rfind(',').is_some_and(|c| {
                before[c + 1..].split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w,
                        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
                    ) || (w.starts_with(char::is_uppercase)
                        && !rules.lexicon.not_names.contains_ascii_folded(w))
                })
            })
        };
        // (And only ending their clause: "…, the company confirmed the layoffs on Monday, and
        // …" has an object, and is a clause of its own.)
        let ends_clause = || text[m.span.end..].starts_with([',', '.', ';']);
        (rules.lexicon.inverting_cues.contains(&cue)
            || cue == "say"
            || (matches!(
                cue.as_str(),
                "made clear" | "acknowledged" | "conceded" | "confirmed" | "stressed"
            ) && speaker_like()
                && ends_clause()))
            && before
                .rfind(',')
                .is_some_and(|c| words::count(&before[c..]) <= 6)
    };
    let mut end = span.end;
    if let Some(cut) = rest
        .first()
        .filter(after_comma)
        .and_then(|m| trailing_clause(text, para, m.span.end..span.end))
    {
        end = cut;
        rest.retain(|m| m.span.end <= cut);
    }
    // An inverted cue after a clause's comma whose speaker a relative clause describes ("…, said
    // Renee Castillo, a former federal prosecutor who now advises companies"): the clause's verbs
    // are no cue of the sentence.
    if after_comma(&&first) {
        let after = &text[first.span.end..end];
        let relative = [" who ", " which ", " whose "]
            .iter()
            .filter_map(|w| after.find(w))
            .min()
            .filter(|&at| {
                !after[..at].contains(['"', '“', '”']) && words::count(&after[..at]) <= 12
            });
        if let Some(at) = relative {
            rest.retain(|m| m.span.start < first.span.end + at);
        }
    }
    // Whether a cue is the verb of a relative clause on "who" or "which" about the subject:
    // Some(true) right after its noun ("Delegates who backed"), Some(false) set off by a comma
    // ("Clinton, who called").
    let relative_clause = |m: &Match| {
        let extent = cue_extent(text, &rules.lexicon, m.span.clone());
        let before = text[span.start..extent.start].trim_end();
        let who = before.rsplit(|c: char| !c.is_alphanumeric()).next()?;
        if !(who.eq_ignore_ascii_case("who") || who.eq_ignore_ascii_case("which"))
            || para.is_quoted(extent.start)
        {
            return None;
        }
        // Right after its noun ("Delegates who"), or set off by a comma ("Clinton, who"); not
        // after a dash or a bracket, whose clause the subject search does not cross.
        let opener = before[..before.len() - who.len()].trim_end();
        if opener.ends_with(',') {
            Some(false)
        } else {
            opener.ends_with(char::is_alphanumeric).then_some(true)
        }
    };
    let Some(&last) = rest.last() else {
        // (A lone cue in a clause set off after the subject, before a main verb that is none.)
        let set_off_clause = relative_clause(first) == Some(false)
            && closed_before_a_verb(text, para, span, first, in_unit);
        return (!set_off_clause).then_some(first);
    };
    // A place of saying right after the verb is the verb's ("…, the company said in a
    // statement."): the verb is the trailing cue.
    let last = match rest.len().checked_sub(2).map(|i| rest[i]).or(Some(first)) {
        Some(verb)
            if text[last.span.clone()].starts_with("in ")
                && verb.span.end + 1 == last.span.start =>
        {
            verb
        }
        _ => last,
    };
    // A closing "according to" owns the sentence however long its source's description, and
    // whatever nouns of saying that holds ("…, according to Democrats involved in the
    // negotiations and planning", "…, according to a statement from the ministry"); but a
    // quotation keeps its speaker ("“…,” Smith said, according to a transcript").
    if let Some(trailing) = trailing_according_to(text, para, span, first, &rest) {
        return Some(trailing);
    }
    // A trailing attribution: a comma outside quotations, a few words with the cue, the end.
    let before = &text[span.start..last.span.start];
    if let Some(comma) = clause_commas(before).next_back() {
        let comma = span.start + comma;
        let head = &text[comma + 1..last.span.start];
        let tail = &text[last.span.end..end];
        let other_cue = std::iter::once(first)
            .chain(rest.iter().copied())
            .any(|m| m.span.start > comma && m.span.start < last.span.start);
        // The stretch before the cue is a speaker ("officials", "a spokesman for X"), not
        // auxiliaries ("was not asked") or a new clause ("but we know").
        let lex = &rules.lexicon;
        let head_words: Vec<String> = head.split_whitespace().map(str::to_lowercase).collect();
        // Nor a subordinate clause whose subject the cue is a noun of ("…, partly because
        // similar classification disputes are common").
        // Nor a phrase opening on a preposition ("…, with winds estimated at 150 mph").
        let speaker_before = head_words.iter().any(|w| !lex.cue_auxiliaries.contains(w))
            && head_words.first().is_some_and(|w| {
                !lex.subject_starts.contains(w)
                    && !matches!(w.as_str(), "with" | "without" | "at" | "in" | "for" | "of")
            })
            && !head_words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "because"
                        | "although"
                        | "though"
                        | "since"
                        | "if"
                        | "while"
                        | "when"
                        | "whereas"
                        | "unless"
                        | "until"
                        | "than"
                        | "before"
                        | "after"
                        | "once"
                        | "whenever"
                )
            })
            // Nor an item of a list ("…, a lack of medical care and allegations of beatings").
            && !head_words
                .last()
                .is_some_and(|w| matches!(w.as_str(), "and" | "or"))
            // Nor a noun of content with a clause about it ("…, a figure AFAD had not yet
            // confirmed", "…, a claim the company denied"): the sentence's own cue stands.
            && !content_noun_clause(head)
            && !source::is_noun_cue(text, last.span.end)
            // A participle after the speaker's own cue ("…,'' said Robin Maynard, half joking")
            // is no trailing attribution: that takes a finite verb ("…, officials said").
            && !is_participle(text, last.span.clone());
        // "…, its editor, Ben Smith, said": a name set off after its role, right before the cue,
        // is a speaker too.
        let named_after_role = head_words.is_empty() && {
            let mut commas = clause_commas(before).rev().skip(1);
            match (commas.next(), commas.next()) {
                (Some(c1), Some(c2)) => {
                    let name = text[span.start + c1 + 1..comma].trim();
                    let role = text[span.start + c2 + 1..span.start + c1].trim();
                    let determiner = |w: &str| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "its" | "his" | "her" | "their" | "the" | "a" | "an"
                        )
                    };
                    // (One noun phrase, no clause about a thing: not "…, the figure the
                    // agency's director, John Doe, disputed", and a finite verb, not
                    // "…, its editor, Ben Smith, saying".)
                    (1..=4).contains(&words::count(name))
                        && name
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                        && (2..=5).contains(&words::count(role))
                        && role.split_whitespace().next().is_some_and(determiner)
                        && !role.split_whitespace().skip(1).any(determiner)
                        && !content_noun_clause(role)
                        && !source::is_noun_cue(text, last.span.end)
                        && !is_participle(text, last.span.clone())
                        && role
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|w| lex.is_role_noun(&w.to_ascii_lowercase()))
                }
                _ => false,
            }
        };
        let speaker_before = speaker_before || named_after_role;
        // "…, said Kim": only a cue that may invert stands before its speaker ("…,” Trump said,
        // referring to Obama" is Trump's participle, not an inverted cue).
        let speaker_after = head_words.is_empty()
            && words::count(tail) > 0
            && lex
                .inverting_cues
                .contains(&text[last.span.clone()].to_lowercase());
        let quote_keeps_its_speaker =
            is_according(text, last) && quotes_a_speaker(para, &(span.start..comma));
        // An opening "According to …," is no clause a trailing cue may own ("According to a
        // probable cause affidavit, Dunham and Reyes argued inside the bar").
        let opens_with_according = is_according(text, first)
            && first.span.start < comma
            && text[span.start..first.span.start]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .is_empty();
        // An inverted cue's speaker may have an appositive after a comma of its own ("…, said
        // Paul Hernandez, a portfolio manager at Lakeshore Capital."): the speaker is the words
        // up to it.
        // (After a speaker before the cue, where or when it was said may run longer: "…,
        // Halvern said at a launch event in San Francisco.")
        let where_or_when = |t: &str| {
            speaker_before
                && !speaker_after
                && words::count(t) <= 8
                // (No verb of its own: "…, Trump said during the debate were sparked by".)
                && !t.split_whitespace().any(|w| {
                    w.ends_with("ed")
                        || matches!(
                            w,
                            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will"
                                | "would" | "be" | "been"
                        )
                })
                && t.split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w,
                        "at" | "in" | "on" | "during" | "after" | "before" | "via" | "through"
                    )
                })
        };
        let speaker_tail = match tail.find(',') {
            Some(c) if speaker_after && !tail[c..].contains(['"', '“', '”']) => &tail[..c],
            _ => tail,
        };
        if !para.is_quoted(comma)
            && !opens_with_according
            && !quote_keeps_its_speaker
            && (speaker_before || speaker_after)
            && !other_cue
            && (words::count(head) <= 6 || long_unnamed_description(head))
            && (words::count(speaker_tail) <= 5 || where_or_when(speaker_tail))
            && !speaker_tail.contains([',', '"', '“', '”'])
            && para.quotes_overlapping(&(comma..end)).is_empty()
        {
            return Some(last);
        }
    }
    // A cue inside a relative clause about anonymity gives way to the cue after it; not the
    // verb of saying that follows the clause, right after it or after the reason it gives ("A
    // diplomat who declined to be named said", "A senior aide who declined to be named because
    // he was not authorized to speak said").
    // (Also a verb of saying inside the reason it gives: "One juror, who spoke on condition of
    // anonymity because the judge had asked jurors not to discuss deliberations, said".)
    let in_anonymity_clause = |m: &Match| {
        let inverting = rules
            .lexicon
            .inverting_cues
            .contains(&text[m.span.clone()].to_lowercase());
        in_unit.iter().any(|a| {
            let between = &text[a.span.end.min(m.span.start)..m.span.start];
            rules.role_of(a.rule) == Role::AnonymousSource
                && a.span.start < m.span.start
                && source::opens_anonymity_clause(&text[a.span.clone()])
                && !between.contains([',', '.', ';'])
                && !between.trim().is_empty()
                && (!inverting
                    || (between.contains(" because ")
                        && rest.iter().any(|c| {
                            c.span.start > m.span.end
                                && text[m.span.end..c.span.start].contains(',')
                        })))
        })
    };
    // So does the verb of a relative clause about the subject, to the main verb after it:
    // right after the clause ("Delegates who backed Ron Paul said", "Some who advocate free
    // speech say"), or right after the comma that closes it ("Clinton, who called Sanders
    // after the winner was declared, told").
    let main_verb_after = |m: &Match, restrictive: bool| {
        rest.iter().copied().find(|c| {
            if c.span.start <= m.span.start {
                return false;
            }
            let extent = cue_extent(text, &rules.lexicon, c.span.clone());
            let between = &text[m.span.end..extent.start];
            let word = text[c.span.clone()].split(' ').next().unwrap_or("");
            let word_before = between
                .split_whitespace()
                .next_back()
                .map(str::to_ascii_lowercase)
                .unwrap_or_default();
            // A verb, not a noun after a preposition or determiner ("who backed Paul's bid
            // with millions of dollars in support"), nor the verb of a clause inside the
            // relative clause ("People who said they saw the crash told").
            let noun = rules.lexicon.not_names.contains(&word_before)
                || matches!(word_before.as_str(), "a" | "an" | "the");
            let pronoun = rules.lexicon.pronouns.contains(&word_before);
            // (A restrictive clause inside a phrase set off by commas closes with it: "Marcia
            // Fudge, among the handful of House Democrats who backed Ryan's bid, said".)
            let closes_appositive = {
                let b = between.trim_end();
                b.ends_with(',')
                    && !b[..b.len() - 1].contains([',', ';', ':', '—', '–', '('])
                    && text[span.start..m.span.start].contains(", ")
            };
            if restrictive {
                !noun
                    && !pronoun
                    && (!between.contains([',', ';', ':', '—', '–', '(']) || closes_appositive)
                    && !between.contains(" - ")
                    && !word.ends_with("ing")
            } else {
                // Not a passive ("The WHO, which recommends iodised salt, was not asked").
                let auxiliaries = &text[extent.start..c.span.start];
                let passive = auxiliaries.split_whitespace().any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "is" | "are" | "was" | "were" | "be" | "been" | "being"
                    )
                });
                between.trim_end().ends_with(',') && !passive && !para.is_quoted(extent.start)
            }
        })
    };
    // A participle set off by commas after the subject gives way to the main verb after it, as
    // a relative clause does ("Smith, asked about the vote, said"; "Smith, when asked about the
    // vote, said"; "The results, first reported by The Wall Street Journal, showed").
    let set_off_participle = |m: &Match| {
        let word = text[m.span.clone()].split(' ').next().unwrap_or("");
        if !(word.ends_with("ed") || word.ends_with("ing")) || para.is_quoted(m.span.start) {
            return false;
        }
        // After the comma, a conjunction or an adverb may open it ("when asked", "first
        // reported").
        let before = text[span.start..m.span.start].trim_end();
        let lead_in = |w: &str| {
            let w = w.to_ascii_lowercase();
            matches!(
                w.as_str(),
                "when" | "while" | "after" | "before" | "if" | "once"
            ) || source::PARTICIPLE_ADVERBS.contains(&w.as_str())
        };
        let before = match before.rsplit_once(char::is_whitespace) {
            Some((head, w)) if lead_in(w) => head.trim_end(),
            _ => before,
        };
        before.ends_with(',')
    };
    let chosen = std::iter::once(first)
        .chain(rest.iter().copied())
        .find(|m| !in_anonymity_clause(m) || std::ptr::eq(*m, last))?;
    if set_off_participle(chosen) {
        // A finite verb: in "Abedin, vice chairwoman, emailed supporters, telling them" the
        // "-ed" is the main verb and the "-ing" after it its participle.
        if let Some(main) =
            main_verb_after(chosen, false).filter(|m| !is_participle(text, m.span.clone()))
        {
            return Some(main);
        }
    }
    match relative_clause(chosen) {
        Some(restrictive) => main_verb_after(chosen, restrictive).or_else(|| {
            // (Only with no cue after it: "Mary Fallin, who opposes abortion, vetoed the bill
            // because she said …" keeps a cue.)
            let last_cue = rest.iter().all(|c| c.span.start <= chosen.span.start);
            (restrictive || !last_cue || !closed_before_a_verb(text, para, span, chosen, in_unit))
                .then_some(chosen)
        }),
        None => Some(chosen),
    }
}

/// Whether the relative clause set off by commas that holds `m` closes before a main verb that
/// is no cue ("Linda Brennan-Moore, who testified during the trial, hugged prosecutors"): then
/// the sentence is the outlet's, not the clause's speaker's. A verb a rule matches ("lambasted",
/// "trashed": loaded speech) keeps the clause's cue.
fn closed_before_a_verb(
    text: &str,
    para: &Paragraph,
    span: &Range<usize>,
    m: &Match,
    in_unit: &[&Match],
) -> bool {
    let after = &text[m.span.end..span.end];
    clause_commas(after).next().is_some_and(|c| {
        let verb_at =
            m.span.end + c + 1 + (after[c + 1..].len() - after[c + 1..].trim_start().len());
        !para.is_quoted(m.span.end + c)
            && !after[..c].contains(['"', '“', '”'])
            && !in_unit.iter().any(|t| t.span.start == verb_at)
            && text[verb_at..].split(' ').next().is_some_and(|w| {
                w.len() > 2 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
            })
    })
}

/// The sentence's closing "according to …", set off by a comma outside quotations, with no
/// further clause or quotation after it; none when the stretch before holds a quotation.
fn trailing_according_to<'m>(
    text: &str,
    para: &Paragraph,
    span: &Range<usize>,
    first: &'m Match,
    later_cues: &[&'m Match],
) -> Option<&'m Match> {
    let (cue, lead) = later_cues.iter().rev().find_map(|m| {
        let lead = as_lead(text, m);
        (lead.is_some() || is_according(text, m)).then_some((*m, lead))
    })?;
    // Up to the comma: before "according to", or before the "as" of ", as first reported by".
    let before = match lead {
        Some(lead) => &lead[..lead.len() - "as".len()],
        None => &text[..cue.span.start],
    };
    let before = before.get(span.start..)?.trim_end();
    let comma = span.start + before.len().checked_sub(1)?;
    let tail = &text[cue.span.end..span.end];
    // "…, two people familiar with the matter said, as first reported by Axios": the trailing
    // attribution before it owns the claim.
    let clause_start = before
        .strip_suffix(',')
        .and_then(|b| b.rfind(','))
        .map(|i| span.start + i + 1);
    let attributed_before = clause_start.filter(|_| lead.is_some()).and_then(|from| {
        std::iter::once(first)
            .chain(later_cues.iter().copied())
            .rfind(|m| m.span.start > from && m.span.start < comma)
    });
    if let Some(m) = attributed_before {
        return (!para.is_quoted(comma)).then_some(m);
    }
    // (The source's clause about anonymity goes with it: "…, according to two people familiar
    // with the matter, who asked not to be identified because the deliberations were private.")
    // (With or without its comma: "…, according to a campaign official who was not authorized
    // to speak publicly before the announcement.")
    // (Without the comma, only a clause that says so: "an employee who was named in the
    // lawsuit" is no anonymity.)
    let anonymity = |clause: &str, markers: &[&str]| markers.iter().any(|m| clause.contains(m));
    let tail = match tail.split_once(", who ") {
        Some((source, clause))
            if anonymity(
                clause,
                &["anonym", "not to be", "not authori", "identified", "named"],
            ) =>
        {
            source
        }
        Some(_) => tail,
        None => match tail.split_once(" who ") {
            Some((source, clause))
                if anonymity(clause, &["anonym", "not to be", "not authori"]) =>
            {
                source
            }
            _ => tail,
        },
    };
    (before.ends_with(',')
        && !para.is_quoted(comma)
        && !quotes_a_speaker(para, &(span.start..comma))
        && !tail.contains([',', ';', ':', '"', '“', '”', '(', '—', '–'])
        && (1..=12).contains(&words::count(tail)))
    .then_some(cue)
}

/// When the cue `m` is a participle of reporting after "as", with its agent after it (", as
/// first reported by The Wall Street Journal", ", as reported by Reuters"), the text up to and
/// with its "as". Like "according to", such a cue closes a sentence whose claim it owns.
fn as_lead<'t>(text: &'t str, m: &Match) -> Option<&'t str> {
    let reporting = matches!(
        &text[m.span.clone()],
        "reported" | "revealed" | "disclosed" | "announced"
    );
    if !reporting || !text[m.span.end..].starts_with(" by ") {
        return None;
    }
    let lead = text[..m.span.start].trim_end();
    let lead = lead
        .rsplit_once(' ')
        .filter(|(_, w)| source::PARTICIPLE_ADVERBS.contains(w))
        .map_or(lead, |(rest, _)| rest.trim_end());
    lead.ends_with(", as").then_some(lead)
}

/// The cue `m` is "according to".
fn is_according(text: &str, m: &Match) -> bool {
    text[m.span.clone()]
        .get(.."according".len())
        .is_some_and(|w| w.eq_ignore_ascii_case("according"))
}

/// `span` holds a quotation long enough to be a direct quote, whose speaker its own cue names.
fn quotes_a_speaker(para: &Paragraph, span: &Range<usize>) -> bool {
    para.quotes_overlapping(span)
        .iter()
        .any(|q| para.words_in(q) >= DIRECT_QUOTE_MIN_WORDS)
}

/// The commas of `s` that may end a clause: not one between digits ("1,100 names").
fn clause_commas(s: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
    s.match_indices(',')
        .map(|(i, _)| i)
        .filter(move |&i| !crate::text::between_digits(s, i))
}

/// The full cue phrase: the matched cue plus the auxiliaries and adverbs right before it (the
/// lexicon's `cue_auxiliaries`), less a final "that" or infinitive "to" (unless after one of
/// `prepositional_to`), which open the content rather than report it.
pub fn cue_extent(text: &str, lex: &Lexicon, span: Range<usize>) -> Range<usize> {
    let mut end = span.end;
    let matched = &text[span.clone()];
    if let Some(head) = matched.strip_suffix(" that") {
        end = span.start + head.len();
    } else if let Some(head) = matched.strip_suffix(" to") {
        let last = head.rsplit(' ').next().unwrap_or(head).to_lowercase();
        if !lex.prepositional_to.contains(&last) {
            end = span.start + head.len();
        }
    }
    let mut start = span.start;
    loop {
        let before = text[..start].trim_end_matches([' ', '\t']);
        if before.len() == start {
            break;
        }
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[word_start..];
        let lw = word.to_lowercase();
        let lw = lw.trim_start_matches(['\'', '’']);
        if lex.cue_auxiliaries.contains(lw)
            || word.starts_with(['\'', '’']) && matches!(lw, "s" | "ve" | "d" | "ll")
        {
            start = word_start;
        } else {
            break;
        }
    }
    start..end
}

/// Whether a match is a reporting cue in the outlet's own voice. The second part of a hyphenated
/// compound is not ("Russian-backed separatists").
pub fn is_reporting_cue(text: &str, rules: &RuleSet, m: &Match) -> bool {
    // (A noun "from" someone is a noun by its rule: "drew a sharp response from".)
    let noun_from = || text[m.span.clone()].ends_with(" from");
    m.voice == Voice::Narration
        && rules.role_of(m.rule).is_cue()
        && (!from_someone(text, &rules.lexicon, m) || reaction_given(text, m))
        && !text[..m.span.start].ends_with('-')
        && !dismisses_a_case(text, m)
        && !adds_a_quantity(text, m)
        && !owned_plan(text, m)
        && (noun_from() || !used_as_noun(text, &rules.lexicon, m))
        && (noun_from() || !owned_noun(text, m))
        && !gives_a_name(text, m)
        && (noun_from() || !used_as_adjective(text, m))
        && (noun_from() || !describes_a_thing(text, m))
        && !inside_a_name(text, m)
        && !an_act_not_a_finding(text, &rules.lexicon, m)
        && !unless_after_a_time(text, rules, m)
        && !knows_a_person(text, m)
        && !purpose_of_a_thing(text, m)
        && !reports_as_a_noun(text, &rules.lexicon, m)
}

/// Whether the cue "reports." that ends a sentence is the noun ("in the company's annual
/// reports."): the verb only ends an attribution set off by a comma, after an outlet's name
/// ("…, the Washington Post reports.", "…, Politico reports.").
fn reports_as_a_noun(text: &str, lex: &crate::rules::Lexicon, m: &Match) -> bool {
    if !text[m.span.clone()].eq_ignore_ascii_case("reports.") {
        return false;
    }
    let before = &text[..m.span.start];
    let Some(comma) = before.rfind(',') else {
        return true;
    };
    let speaker = before[comma + 1..].trim();
    // (Within the sentence: not "He lives in Paris, France. Read Le Monde reports.")
    let sentence_ends = speaker
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_lowercase() && matches!(w[1], b'.' | b'!' | b'?') && w[2] == b' ');
    if sentence_ends || speaker.contains('\n') {
        return true;
    }
    let words: Vec<&str> = speaker.split_whitespace().collect();
    // (A name, or a description on "the": "…, the company reports.")
    let (article, rest) = match words.split_first() {
        Some((the, rest)) if the.eq_ignore_ascii_case("the") => (true, rest),
        _ => (false, &words[..]),
    };
    let named = rest.iter().all(|w| w.starts_with(char::is_uppercase));
    // (A description ends on a word that speaks, no list: not "…, the annual and quarterly
    // reports.", "…, the autopsy reports.")
    let described = article
        && rest
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        && !rest.iter().any(|w| matches!(*w, "and" | "or"))
        && rest.last().is_some_and(|w| {
            lex.is_role_noun(w)
                || lex.organisation_words.contains(w)
                || lex.institution_roles.contains(w)
                || lex.institution_heads.contains(w)
                || matches!(
                    *w,
                    "newspaper" | "magazine" | "website" | "site" | "network" | "broadcaster"
                )
        });
    rest.is_empty() || words.len() > 6 || !(named || described)
}

/// Whether `m` is a noun cue with its source after "from": a reaction ("reactions from") or a
/// noun cue of the lexicon before "from" ("a statement from", "criticism from").
fn from_someone(text: &str, lex: &crate::rules::Lexicon, m: &Match) -> bool {
    let cue = &text[m.span.clone()];
    if cue.ends_with(" from") {
        return true;
    }
    let word = cue.split(' ').next().unwrap_or("");
    text[m.span.end..].starts_with(" from ")
        && (lex.noun_cues.contains_ascii_folded(word)
            || lex.noun_or_verb_cues.contains_ascii_folded(word))
}

/// Whether a noun cue "from" someone ([`from_someone`]) was given: a reaction ("reactions
/// from") only after a verb of drawing within the six words before it ("drew sharp reactions
/// from", "was met with disdain from", "came under a barrage of criticism"); and no denial of it
/// between that verb and the noun or right before the noun ("drew no response from", "There was
/// no criticism from the White House"), of the verb itself ("has yet to draw a reaction from";
/// not across a comma: "The bill, not yet law, drew"), nor a denial that it was given in the
/// clause after it ("A statement from the ministry was not immediately available", "had not
/// been released"; not "drew criticism from Democrats for not releasing the report").
fn reaction_given(text: &str, m: &Match) -> bool {
    const DRAWING: &[&str] = &[
        "drew",
        "draws",
        "draw",
        "drawn",
        "drawing",
        "brought",
        "brings",
        "bring",
        "bringing",
        "sparked",
        "sparks",
        "spark",
        "sparking",
        "prompted",
        "prompts",
        "prompting",
        "triggered",
        "triggers",
        "triggering",
        "provoked",
        "provokes",
        "provoking",
        "elicited",
        "elicits",
        "faced",
        "faces",
        "face",
        "facing",
        "received",
        "receives",
        "receiving",
        "incited",
        "ignited",
        "generated",
        "attracted",
        "attracts",
        "met",
        "under",
    ];
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_ascii_lowercase()
    };
    let reaction = text[m.span.clone()].ends_with(" from");
    let from = crate::text::floor_char_boundary(text, m.span.start.saturating_sub(80));
    let before = &text[from..m.span.start];
    // (Within the clause; commas and quotation marks may stand between the verb and the noun:
    // "drew a swift, angry response from", "drew a “furious” response from".)
    let before = before.rsplit(['.', ';', ':']).next().unwrap_or(before);
    let words: Vec<&str> = before.split_whitespace().collect();
    let drawn_at = words
        .iter()
        .rev()
        .take(6)
        .position(|w| DRAWING.contains(&lower(w).as_str()));
    if reaction && drawn_at.is_none() {
        return false;
    }
    // A denial between the verb of drawing and the noun ("drew no response from"; not "no
    // shortage of"), else among the three words before the noun ("There was no criticism
    // from"); or of the verb itself ("did not draw", "has yet to draw"; not "yet another").
    let contracted = |w: &str| w.ends_with("n't") || w.ends_with("n’t");
    let negative =
        |w: &str| matches!(lower(w).as_str(), "no" | "not" | "never" | "without") || contracted(w);
    let near: Vec<&str> = words
        .iter()
        .rev()
        .take(drawn_at.unwrap_or(3))
        .copied()
        .collect();
    // (`near` runs backwards: the word after `near[k]` is `near[k - 1]`.)
    let denied_near = near
        .iter()
        .enumerate()
        .any(|(k, w)| negative(w) && !(k > 0 && lower(near[k - 1]) == "shortage"));
    let verb_denied = drawn_at.is_some_and(|p| {
        words
            .iter()
            .rev()
            .skip(p + 1)
            .take(2)
            .take_while(|w| !w.ends_with(','))
            .any(|w| matches!(lower(w).as_str(), "not" | "never" | "yet") || contracted(w))
    });
    if denied_near || verb_denied {
        return false;
    }
    // The clause after the noun and whom it is from, up to a relative pronoun: "A statement from
    // the ministry was not immediately available", "had not been released" (not "customers who
    // never received refunds").
    let to = crate::text::floor_char_boundary(text, (m.span.end + 100).min(text.len()));
    let after = &text[m.span.end..to];
    let after = after
        .split(['.', ',', ';', '!', '?', '"', '“', '”', '—', '–', '\n'])
        .next()
        .unwrap_or(after);
    let after: Vec<String> = after
        .split_whitespace()
        .map(lower)
        .take_while(|w| !matches!(w.as_str(), "who" | "which" | "that" | "for" | "but"))
        .collect();
    let has = |f: &dyn Fn(&str) -> bool| after.iter().any(|w| f(w));
    let not_given = has(&|w| matches!(w, "unavailable" | "unanswered"))
        || (has(&|w| matches!(w, "not" | "never" | "yet") || contracted(w))
            && has(&|w| {
                matches!(
                    w,
                    "available"
                        | "released"
                        | "issued"
                        | "forthcoming"
                        | "received"
                        | "returned"
                        | "provided"
                        | "expected"
                )
            }));
    !not_given
}

/// An infinitive after a noun of chance, means or evidence says what it is for, not what
/// anyone said ("were offered the opportunity to discuss", "doesn't contain statistics to
/// support its case", "a briefing with the attorney general to discuss").
fn purpose_of_a_thing(text: &str, m: &Match) -> bool {
    let Some(before) = text[..m.span.start].strip_suffix(" to ") else {
        return false;
    };
    let mut back = before.rsplit(' ');
    let noun = back.next().unwrap_or("");
    if !matches!(
        noun,
        "opportunity"
            | "opportunities"
            | "chance"
            | "briefing"
            | "briefings"
            | "meeting"
            | "statistics"
            | "evidence"
            | "data"
            | "money"
            | "funds"
            | "funding"
            | "time"
            | "forum"
            | "platform"
    ) {
        return false;
    }
    // A chance taken is used to say something ("took the opportunity to criticize", "seized
    // the chance to argue").
    let taken = back.take(3).any(|w| {
        [
            "took", "take", "takes", "taking", "seized", "seize", "seizes", "seizing", "grabbed",
        ]
        .iter()
        .any(|t| w.eq_ignore_ascii_case(t))
    });
    if taken {
        return false;
    }
    // Any other is, when a clause of what is said follows ("have no evidence to suggest that
    // …", "held a briefing to announce that …"), but for one that only is, after an existential
    // "there" ("There is no evidence to suggest that …"; not "Officials there held a briefing"),
    // and a time that has come ("Now is the time to recognize that …").
    if !text[m.span.end..].starts_with(" that ") || noun == "time" {
        return true;
    }
    let last: Vec<&str> = before.split_whitespace().rev().take(9).collect();
    (0..last.len()).any(|k| {
        let w = last[k];
        w.eq_ignore_ascii_case("there's")
            || w.eq_ignore_ascii_case("there’s")
            || (w.eq_ignore_ascii_case("there")
                && k > 0
                && matches!(
                    last[k - 1],
                    "is" | "was" | "are" | "were" | "has" | "have" | "had" | "seems" | "appears"
                ))
    })
}

/// A rule's `unless` phrase on "by" still holds with a time between the cue and "by" ("backed
/// in 2019 by SoftBank" is "backed by SoftBank", no claim of SoftBank's).
fn unless_after_a_time(text: &str, rules: &RuleSet, m: &Match) -> bool {
    let Some(after) = text[m.span.end..].strip_prefix(' ') else {
        return false;
    };
    // (A passive only, and no act after "by": not "Trump attacked on Monday by calling".)
    let passive = text[..m.span.start]
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being"));
    let gap = if passive {
        source::time_before_by(after)
    } else {
        0
    };
    let act = after[gap.min(after.len())..]
        .strip_prefix("by ")
        .and_then(|r| r.split(' ').next())
        .is_some_and(|w| w.ends_with("ing") && w.starts_with(|c: char| c.is_lowercase()));
    gap > 0 && !act && {
        let cue_by = format!("{} by", text[m.span.clone()].to_lowercase());
        rules.rules[m.rule]
            .unless
            .iter()
            .any(|t| !t.prefix && t.text.eq_ignore_ascii_case(&cue_by))
    }
}

/// "found" or "show" of a person's act, not of a finding: an evidence verb reports what was found
/// or shown only with a document, a figure or someone who investigates (`investigators` in the
/// lexicon) as its subject ("The study found higher rates", "Records show", "Researchers
/// found"), or with a finding as its object ("Mueller found no evidence of collusion", "shows
/// that"). "Police found a body in the river", "The president showed restraint" and "I had
/// steeled myself not to show expression" report acts.
fn an_act_not_a_finding(text: &str, lex: &Lexicon, m: &Match) -> bool {
    /// Objects that are findings ("found no evidence", "shows signs of").
    #[rustfmt::skip]
    const FINDINGS: &[&str] = &[
        "that", "evidence", "no", "little", "nothing", "signs", "sign", "proof", "support", "links",
        "link", "errors", "irregularities", "flaws", "problems", "wrongdoing", "traces", "what",
        "how", "why", "whether",
    ];
    /// Words before a noun in "-ing" ("the posting", "her poor showing").
    #[rustfmt::skip]
    const BEFORE_A_NOUN: &[&str] = &[
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    ];
    /// Words in "-ing" that are no participle ("showed restraint during the meeting").
    #[rustfmt::skip]
    const NOT_PARTICIPLES: &[&str] = &[
        "during", "including", "regarding", "concerning", "following", "according", "something",
        "anything", "everything", "morning", "evening", "building", "meeting", "funding",
        "spending", "training", "housing", "feeling", "meaning", "beginning", "hearing", "ruling",
        "warning", "opening", "setting", "wedding", "ceiling", "pending", "notwithstanding",
    ];
    // (Every reporting cue comes here: decided on the cue's own words, with no copy, for all
    // others.)
    let cue = &text[m.span.clone()];
    if !["found", "finds", "show", "shows", "showed", "showing"]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(cue))
    {
        return false;
    }
    let rest = text[m.span.end..].trim_start_matches(' ');
    let before = &text[..m.span.start];
    let clause = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | ';' | '\n' | '“' | '"'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    // A trailing attribution: ", Fox found." (a few words after the last comma).
    if rest.is_empty() || rest.starts_with(['.', '!', '?', ';']) {
        if let Some(comma) = before[clause..].rfind(',') {
            if before[clause + comma + 1..].split_whitespace().count() <= 6 {
                return false;
            }
        }
    }
    let after: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    // A verdict ("found a former nurse guilty of murder") and a display of feeling ("showed no
    // emotion as the verdict was read", "showed little reaction", "showed up") are acts, unless
    // a document, a figure or an investigator finds or shows them ("The audit found no one
    // guilty", "Figures show off-duty officers made 30 arrests").
    let sentence_rest = &rest[..rest.find(['.', ';', '!', '?']).unwrap_or(rest.len())];
    let verdict = sentence_rest.split_whitespace().take(10).any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "guilty" | "liable" | "innocent"
        )
    });
    // (Within three words: "showed no visible emotion", "little outward emotion".)
    let feeling = after.iter().take(3).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "emotion"
                | "emotions"
                | "remorse"
                | "mercy"
                | "restraint"
                | "courage"
                | "reaction"
                | "composure"
                | "relief"
                | "anger"
        )
    }) || rest.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches([',', '.', ';']);
        w.eq_ignore_ascii_case("up") || w.eq_ignore_ascii_case("off")
    });
    // The words before the cue in its clause, nearest first: who finds or shows.
    let subject_words = || {
        before[clause..]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .rev()
            .take(16)
    };
    let finder = || {
        subject_words().any(|w| {
            // (A plural too: "studies", "reports", "courts".)
            let w = w.to_ascii_lowercase();
            let singular = crate::text::singular(&w);
            [Some(w), singular]
                .into_iter()
                .flatten()
                .any(|w| lex.documents.contains(&w) || lex.investigators.contains(&w))
        })
    };
    // (A court, a jury or a judge that finds someone guilty gives a verdict, no finding.)
    let court = || {
        subject_words().any(|w| {
            ["jury", "jurors", "court", "judge", "panel"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        })
    };
    // (A judge's or a jury's feeling is theirs too: "The judge showed little emotion".)
    if verdict || feeling {
        return !finder() || court();
    }
    // A finding for an object, or an object doing something ("finds states shifting toward").
    if after
        .iter()
        .take(2)
        .any(|w| FINDINGS.contains(&w.to_ascii_lowercase().as_str()))
        || after.windows(2).any(|p| {
            p[1].len() > 5
                && p[1].ends_with("ing")
                && !NOT_PARTICIPLES.contains(&p[1].to_ascii_lowercase().as_str())
                && !BEFORE_A_NOUN.contains(&p[0].to_ascii_lowercase().as_str())
        })
    {
        return false;
    }
    !finder()
}

/// A cue word capitalised inside a run of capitalised words in prose is part of a name, not a
/// cue: "the paramilitary Rapid Support Forces began …", "the Voice of America". (A headline set
/// in title case capitalises its cues too: "Trump Says …" keeps its cue.) Unlike
/// [`crate::matching::in_proper_name`], which asks whether the whole sentence is set in title
/// case, this asks it of the line: a sentence in capitals or with many names in a body
/// paragraph ("Only The Rachel Maddow Show on MSNBC hit 50%.") is still prose.
fn inside_a_name(text: &str, m: &Match) -> bool {
    let cue = &text[m.span.clone()];
    if !cue.starts_with(|c: char| c.is_uppercase()) || cue.contains(' ') {
        return false;
    }
    let before = text[..m.span.start].trim_end_matches(' ');
    let after = text[m.span.end..].trim_start_matches(' ');
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
    let next = after.split([' ', '\n']).next().unwrap_or("");
    // Opening a sentence, a capital says nothing.
    let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '"', '“']);
    !opens
        && before.len() < m.span.start
        && (capitalised(prev) || capitalised(next))
        && !prev.ends_with([',', ';'])
        && !crate::text::in_title_case_line(text, &m.span)
}

/// A past participle set off by commas after a noun, describing it, with a place or a time
/// after it and no agent: "The five-story garage, proposed for the city-owned lot, would add 620
/// spaces", "The bridge, proposed in 2019 for the east bank, would carry …". Not with "by" ("The
/// plan, criticized by unions,"), nor the main verb after an appositive, which no comma closes
/// ("Murphy, the head of Right to Rise USA, Tweeted on Friday with an image").
fn describes_a_thing(text: &str, m: &Match) -> bool {
    let cue = &text[m.span.clone()];
    if !cue.ends_with("ed") || cue.contains(' ') || !text[..m.span.start].trim_end().ends_with(',')
    {
        return false;
    }
    let rest = &text[m.span.end..];
    let next = rest.split_whitespace().next().unwrap_or("");
    let clause_end = rest.find(['\n', '.', ';', '?', '!']).unwrap_or(rest.len());
    // (Not a verb whose comma opens a quotation: "Ms. Nuland, reading the latest draft, warned
    // in an e-mail, “These don't resolve all my issues.”")
    let comma = rest[..clause_end].find(", ");
    let quotation_after = comma.is_some_and(|c| rest[c + 2..].starts_with(['"', '“']));
    matches!(
        next,
        "for" | "in" | "on" | "at" | "during" | "after" | "before" | "last" | "earlier"
    ) && comma.is_some()
        && !quotation_after
}

/// Prepositions: a noun phrase after one may stand between the cue and its subject ("Supporters
/// of the law hope", "few on either side of the debate think"), and is no subject itself.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "of", "on", "in", "at", "for", "with", "from", "by", "about", "among", "between", "across",
    "over", "under", "within", "without", "to", "into", "like", "than", "behind",
];

/// Past forms without "-ed", which follow a subject as verbs ("Its chief executive said").
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "thought", "felt", "knew", "sought", "understood", "foresaw",
    "swore", "spoke", "put", "read", "made", "came", "found", "saw", "heard", "gave", "took",
    "held", "meant", "sent", "kept", "brought", "taught", "led", "won", "began",
];

/// A cue word that stands as a noun in a noun phrase of the outlet's, with no content of its
/// own: after an article and one more lower-case word ("The profit warning is the second this
/// year", "cut its profit forecast" after "the"; not "the company said", "the officials
/// warned", "the company says", nor "the profit warning that …", whose content is a claim).
fn used_as_noun(text: &str, lex: &Lexicon, m: &Match) -> bool {
    /// Words that open a participle's object or clause ("saying he", "urging the chancellor").
    #[rustfmt::skip]
    const OBJECT_STARTS: &[&str] = &[
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "the", "a", "an",
        "his", "their", "its", "for",
    ];
    let cue = &text[m.span.clone()];
    let first = cue.split(' ').next().unwrap_or("");
    let next = text[m.span.end..].split_whitespace().next().unwrap_or("");
    let word_before = text[..m.span.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    // Right after a demonstrative or an article and before a verb ("That pledge may be difficult
    // to keep", "The warning has been echoed"): a noun, whatever its form.
    if matches!(
        word_before,
        "the" | "The" | "a" | "A" | "an" | "An" | "that" | "That" | "this" | "This"
    ) && source::is_noun_cue(text, m.span.end)
    {
        return true;
    }
    // A person "who" something: "a Colorado attorney and legalization advocate who wrote
    // Amendment 64" describes someone, no one advocates.
    if matches!(first, "advocate" | "advocates") && matches!(next, "who" | "whose") {
        return true;
    }
    // A recall of products, not of memories ("recalled 80,000 sedans", "Recalls 410,000 S.U.V.s").
    if first
        .get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case("recall"))
        && (next.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                next,
                "its" | "their" | "some" | "about" | "more" | "nearly" | "roughly"
            ))
    {
        return true;
    }
    // "Suspects" are people a story names, more often than what someone suspects: a noun after
    // a determiner, a number or a preposition, or before one, a verb of its own or the
    // sentence's end ("two suspects", "the list of suspects", "suspects were arrested"); else a
    // verb ("She suspects regulators will block it", "The FBI suspects Russian hackers").
    if first.eq_ignore_ascii_case("suspects") {
        /// Words after which "suspects" are people: determiners, numbers, prepositions and the
        /// adjectives that describe suspects.
        #[rustfmt::skip]
        const PEOPLE_AFTER: &[&str] = &[
            "the", "a", "of", "two", "three", "four", "five", "six", "several", "other", "more",
            "both", "all", "as", "for", "with", "against", "among", "possible", "potential", "key",
            "main", "prime", "no", "any", "many", "few", "some", "those", "these", "their", "his",
            "her", "its", "our", "named", "unidentified", "armed", "male", "female", "alleged",
            "arrested", "detained", "remaining", "fleeing",
        ];
        /// Words before which "suspects" are people: prepositions, auxiliaries, relative words.
        #[rustfmt::skip]
        const PEOPLE_BEFORE: &[&str] = &[
            "in", "on", "at", "of", "from", "for", "with", "to", "into", "by", "after", "during",
            "near", "were", "are", "was", "is", "have", "had", "has", "will", "would", "could",
            "may", "who", "whom", "whose", "and", "or", "but", "fled", "remain", "remained",
        ];
        let before = word_before.to_ascii_lowercase();
        // (Also at the start of the text: "Suspects fled".)
        let after_opener = before.is_empty()
            || before.bytes().all(|b| b.is_ascii_digit())
            || before.ends_with("'s")
            || before.ends_with("’s")
            || PEOPLE_AFTER.contains(&before.as_str());
        let before_no_object = next.is_empty()
            || !next.starts_with(|c: char| c.is_alphanumeric())
            || PEOPLE_BEFORE.contains(&next);
        return after_opener || before_no_object;
    }
    // A plural after a number is a thing counted ("hours before the first 911 calls"; not "six
    // in 10 say").
    let plural_noun = first.ends_with('s') && !first.ends_with("ss") && first != "says";
    if plural_noun
        && word_before.ends_with(|c: char| c.is_ascii_digit())
        && word_before.bytes().all(|b| b.is_ascii_digit() || b == b',')
    {
        return true;
    }
    // A plural that ends its sentence in the object of a verb or a preposition ("The water had
    // risen to the kitchen counters.", "She wiped the counters."; not "…, the mayor counters.",
    // nor someone's own: "at the start of his remarks" stays his claim).
    // (Not a verb that is no noun: "a welcome message on the website reads.")
    let never_noun = matches!(
        first,
        "reads" | "says" | "writes" | "adds" | "states" | "argues" | "insists" | "explains"
    );
    if plural_noun
        && !never_noun
        && !cue.contains(' ')
        && text[m.span.end..].starts_with(['.', '!', '?'])
    {
        let mut before = text[..m.span.start].split_whitespace().rev();
        let lower_word = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
        let determiner = |w: &str| matches!(w, "the" | "a" | "an");
        // (A verb or a preposition before the article, not a word opening a clause whose verb
        // the cue is: "as the union warns.", "than the ministry admits.", "what the report
        // suggests.")
        let governs = |w: &str| {
            lower_word(w)
                && !lex.subject_starts.contains(w)
                && !matches!(w, "how" | "whether" | "unless")
        };
        let (w1, w2, w3) = (before.next(), before.next(), before.next());
        let object = match (w1, w2, w3) {
            (Some(d), Some(v), _) if determiner(d) => governs(v),
            (Some(n), Some(d), Some(v)) if determiner(d) => lower_word(n) && governs(v),
            _ => false,
        };
        if object {
            return true;
        }
    }
    // Only a base or -ing form: "said", "warned", "says" follow a singular subject as verbs.
    if first.ends_with("ed")
        || (first.ends_with('s') && !first.ends_with("ss"))
        || IRREGULAR_PAST.contains(&first)
    {
        return false;
    }
    if next.is_empty()
        || matches!(next, "that" | "of" | "to" | "about" | "on" | "against")
        || next.starts_with(['"', '“', ':'])
    {
        return false;
    }
    // A participle with its object or clause ("a tweet saying, if elected, she …", "a letter
    // urging the chancellor", "jetting around the world asking for money").
    let participle =
        first.ends_with("ing") && (next.starts_with(',') || OBJECT_STARTS.contains(&next));
    if participle {
        return false;
    }
    let mut before = text[..m.span.start]
        .rsplit(|c: char| c.is_whitespace())
        .skip(1);
    let noun = |w: &str| {
        !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !w.ends_with('s')
            && !w.ends_with("ly")
    };
    let article = |w: &str| matches!(w, "the" | "The" | "a" | "A" | "an" | "An" | "its" | "Its");
    before.next().is_some_and(noun)
        && before.next().is_some_and(article)
        && !before.next().is_some_and(|w| PREPOSITIONS.contains(&w))
}

/// "known as" before a name gives what something is called, no view of it ("A ransomware group
/// known as NightCrane claimed …"; "is known as a tough negotiator" stays a cue).
fn gives_a_name(text: &str, m: &Match) -> bool {
    let next = text[m.span.end..].split_whitespace().next().unwrap_or("");
    let word_before = text[..m.span.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    text[m.span.clone()].eq_ignore_ascii_case("known as")
        && next.starts_with(|c: char| c.is_uppercase())
        // (A view: "is known as Republican-leaning", "long known as Republican-leaning"; a
        // name: "Lisa Tran, widely known as Chef Lisa,".)
        && !next.contains('-')
        && !matches!(
            word_before,
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
}

/// A cue word in its base form after "its" and one to three words describing it, in the object
/// of a verb or a preposition, with no content of its own, is a thing's noun ("slashed its
/// full-year revenue forecast on Tuesday", "raised its 2025 profit forecast", "changes in its
/// economic forecast", as "cut its profit forecast"; not "its warning that …", nor a subject:
/// "Its chief executive said", "In a statement, its board said"). Right after an owner it stays
/// the owner's claim ("revised his proposal": `possessor`).
fn owned_noun(text: &str, m: &Match) -> bool {
    let cue = &text[m.span.clone()];
    let next = text[m.span.end..].split_whitespace().next().unwrap_or("");
    if cue.contains(' ')
        || cue.ends_with("ed")
        || (cue.ends_with('s') && !cue.ends_with("ss"))
        || (cue.ends_with("ing") && cue != "warning")
        || IRREGULAR_PAST.contains(&cue)
        || matches!(next, "that" | "of" | "to" | "about" | "against")
        || next.starts_with(['"', '“', ':'])
    {
        return false;
    }
    let modifier = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !w.ends_with("ly")
            && !PREPOSITIONS.contains(&w)
            && !matches!(
                w,
                "and"
                    | "or"
                    | "but"
                    | "not"
                    | "its"
                    | "the"
                    | "a"
                    | "an"
                    | "while"
                    | "when"
                    | "as"
                    | "after"
                    | "before"
                    | "because"
                    | "if"
                    | "since"
                    | "so"
                    | "then"
                    | "who"
                    | "which"
                    | "that"
            )
    };
    let mut before = text[..m.span.start].split_whitespace().rev();
    for i in 0..4 {
        let Some(w) = before.next() else {
            return false;
        };
        if w == "its" {
            // In an object: a verb or a preposition in lower case before "its" ("slashed its",
            // "in its"), not a comma or the sentence's start.
            return i > 0
                && before.next().is_some_and(|v| {
                    v.bytes().all(|b| b.is_ascii_lowercase()) && !matches!(v, "and" | "but" | "or")
                });
        }
        // (A plural right before it is a subject: "that its consultants say".)
        let plural = i == 0
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !matches!(
                w,
                "sales" | "earnings" | "savings" | "goods" | "arms" | "news"
            );
        if i == 3 || !modifier(w) || plural {
            return false;
        }
    }
    false
}

/// A past participle between an article and its noun describes the noun ("protests over a
/// disputed gold-mining concession", "the agreed plan"); a hedge ("the alleged attack", "a
/// reported 300 people") still says someone claimed it, and is left as a cue.
fn used_as_adjective(text: &str, m: &Match) -> bool {
    let cue = &text[m.span.clone()];
    if !cue.ends_with("ed")
        || cue.contains(' ')
        || matches!(
            cue,
            "alleged" | "reported" | "purported" | "rumored" | "rumoured" | "claimed" | "suspected"
        )
    {
        return false;
    }
    let word_before = text[..m.span.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    let next = text[m.span.end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',', ';', ':', '!', '?']);
    // A word that opens a phrase or a clause of its own is no noun the participle describes.
    const NO_NOUN: &[&str] = &[
        "that", "by", "to", "as", "in", "on", "at", "with", "for", "of", "from", "about", "and",
        "or", "is", "was", "were", "are", "has", "had",
    ];
    let no_noun = NO_NOUN.iter().any(|w| w.eq_ignore_ascii_case(next));
    // In a title-case headline the noun is capitalised too ("MPs Back Grid Bill as Threatened
    // Rebellion Fizzles").
    if cue.starts_with(|c: char| c.is_ascii_uppercase())
        && matches!(
            word_before.to_ascii_lowercase().as_str(),
            "a" | "an" | "the" | "as" | "amid" | "after" | "over"
        )
        && next.starts_with(|c: char| c.is_ascii_uppercase())
        && !no_noun
        && crate::text::in_title_case_line(text, &m.span)
    {
        return true;
    }
    matches!(word_before, "a" | "an" | "the" | "A" | "An" | "The")
        && !next.is_empty()
        && next.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !no_noun
}

/// Knowing a person, not a fact: "Joe Biden knew Lloyd Bentsen.", "She has known Smith since
/// 1990"; not "knew Trump would win", where a clause follows the name.
fn knows_a_person(text: &str, m: &Match) -> bool {
    let cue = &text[m.span.clone()];
    if !matches!(cue, "knew" | "know" | "knows" | "known") {
        return false;
    }
    let rest = &text[m.span.end..];
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    // The name: capitalised words, initials and all ("Lloyd Bentsen", "John F. Kennedy"), up to
    // the sentence's end or a word that tells how long or how well; not a clause's subject
    // ("knew Smith and Jones had lied", "knew Smith, the suspect, had a gun").
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let mut end = 0;
    for w in line.split(' ') {
        let word = w.trim_end_matches(['.', '!']);
        // (An initial or an abbreviation ends no sentence: "John F. Kennedy", "Gov. Abbott".)
        let initial = w.ends_with('.')
            && (word.len() <= 2 || crate::article::sentences::is_abbreviation(word));
        let capitalised = word.starts_with(|c: char| c.is_uppercase())
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        if !capitalised || word == "I" {
            break;
        }
        end += w.len() + 1;
        if word.len() != w.len() && !initial {
            // The sentence ends on the name.
            return true;
        }
    }
    if end == 0 {
        return false;
    }
    let after = line[end.min(line.len())..].trim_start();
    after.is_empty()
        || ["for decades", "for years", "since ", "well", "personally"]
            .iter()
            .any(|p| after.starts_with(p))
}

/// A plan someone owns is a noun, no cue: "Obama's plan to admit Syrian refugees" (a plan after
/// an article or a possessive pronoun is an `unless` phrase of the rule; a possessive's
/// apostrophe opens no phrase the matcher finds at a word's start, and a phrase that opens on
/// one would cost the matcher a scan of its own).
fn owned_plan(text: &str, m: &Match) -> bool {
    matches!(&text[m.span.clone()], "plan to" | "plans to")
        && text[..m.span.start]
            .strip_suffix(' ')
            .is_some_and(|before| before.ends_with("'s") || before.ends_with("’s"))
}

/// A sum, not words: "Draymond Green added 14 points", "Employers added 187,000 jobs", "added
/// $2 billion to its market value", "added three goals"; not a figure that opens what was said
/// ("Police added 14 people had been taken to hospital": a verb of its own follows).
fn adds_a_quantity(text: &str, m: &Match) -> bool {
    let cue = &text[m.span.clone()];
    if !matches!(
        cue,
        "added" | "adds" | "adding" | "Added" | "Adds" | "Adding"
    ) {
        return false;
    }
    let mut after = text[m.span.end..].split_whitespace().peekable();
    // (Past a word that only sizes the quantity: "added just 73,000 jobs", "added nearly 40
    // points", "added another $2 billion".)
    if after.peek().is_some_and(|w| {
        matches!(
            *w,
            "just" | "only" | "nearly" | "almost" | "roughly" | "another" | "around" | "barely"
        )
    }) {
        after.next();
    }
    let next = after.next().unwrap_or("");
    // (Not a time: "She added 30 minutes later that …".)
    let time = after.peek().is_some_and(|w| {
        matches!(
            w.trim_end_matches([',', '.']),
            "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "later"
        )
    });
    let said = || {
        after.take(4).any(|w| {
            let w = w.trim_end_matches([',', '.', ';']);
            source::is_auxiliary(w) || matches!(w, "remain" | "remained" | "remains")
        })
    };
    let lower = next.to_ascii_lowercase();
    let quantity = next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
        || source::is_number(&lower)
        || matches!(
            lower.as_str(),
            "dozens" | "hundreds" | "thousands" | "millions" | "billions"
        );
    quantity && !time && !said()
}

/// A court's act, not a view: "The judge dismissed the lawsuit", "dismissed all charges"; but
/// "dismissed the charges as baseless" is a claim.
fn dismisses_a_case(text: &str, m: &Match) -> bool {
    let cue = &text[m.span.clone()];
    if !cue.starts_with("dismiss") {
        return false;
    }
    let rest = &text[m.span.end..];
    let clause = &rest[..rest.find(['.', ';', '\n']).unwrap_or(rest.len())];
    let legal = [
        " the charges",
        " charges",
        " all charges",
        " the case",
        " a case",
        " the lawsuit",
        " a lawsuit",
        " the suit",
        " the indictment",
        " the complaint",
        " the appeal",
        " the petition",
    ];
    legal.iter().any(|l| clause.starts_with(l)) && !clause.contains(" as ")
}

/// A colon in the outlet's voice that opens a quotation ("He echoed a theme: “We will win.”").
fn colon_before_quote(text: &str, para: &Paragraph, span: &Range<usize>) -> Option<Cue> {
    // A turn is its speaker's words, not a quotation the outlet introduces ("Question: …").
    if para.in_turn {
        return None;
    }
    para.quotes_overlapping(span).iter().find_map(|q| {
        if q.start <= span.start {
            return None;
        }
        let before = text[span.start..q.start].trim_end();
        let colon = span.start + before.len().checked_sub(1)?;
        (before.ends_with(':') && !para.is_quoted(colon)).then(|| Cue::colon(colon))
    })
}

/// A name's "Mc" or "Mac" before a capital, and the rest ("McBRIDE" is "Mc" and "BRIDE"); an
/// empty prefix for any other word.
pub fn split_mac(word: &str) -> (&str, &str) {
    ["Mc", "Mac"]
        .iter()
        .find_map(|p| {
            word.strip_prefix(p)
                .filter(|r| r.starts_with(|c: char| c.is_uppercase()))
                .map(|r| (*p, r))
        })
        .unwrap_or(("", word))
}

/// Whether a word is written in capitals, a name's "Mc" or "Mac" aside ("MR.", "McBRIDE",
/// "MacDONALD", "O'DONNELL").
pub fn is_shouted(word: &str) -> bool {
    let (_, rest) = split_mac(word);
    rest.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// The parts a broadcast transcript gives after a speaker's name in capitals ("AILSA CHANG,
/// HOST:").
const BROADCAST_PARTS: [&str; 7] = [
    "HOST",
    "BYLINE",
    "ANCHOR",
    "CORRESPONDENT",
    "REPORTER",
    "MODERATOR",
    "GUEST",
];

/// A label without the broadcast part set after the name in capitals ("AILSA CHANG, HOST" is
/// "AILSA CHANG"); any other label as it is.
pub(crate) fn without_broadcast_part(label: &str) -> &str {
    match label.split_once(", ") {
        Some((name, part)) if is_shouted(label) && BROADCAST_PARTS.contains(&part.trim()) => name,
        _ => label,
    }
}

/// Where the colon of a speaker label stands, when `head` (a paragraph's start) opens with one:
/// "President of Russia Vladimir Putin: We …", "Yury Ushakov: Good evening", "Question: …".
pub fn speaker_label(head: &str, lex: &Lexicon) -> Option<usize> {
    // A speaker label is short: look for its colon near the start only.
    let window = &head[..crate::text::floor_char_boundary(head, 120)];
    let colon = window.find(':')?;
    // A broadcast transcript's label in capitals may give the speaker's part after a comma
    // ("AILSA CHANG, HOST:"): the name before it is the label.
    let label = without_broadcast_part(&head[..colon]);
    // A speaker label is a name or title: up to eight words, each capitalised or a short
    // connector ("President of Russia Vladimir Putin"), with no sentence punctuation.
    let label_words: Vec<&str> = label.split_whitespace().collect();
    let n = label_words.len();
    let name_like = label_words.iter().enumerate().all(|(i, w)| {
        w.chars().next().is_some_and(char::is_uppercase)
            || lex.label_particles.contains(w)
            // "Aide to the President Yury Ushakov:", not "Zelensky to Putin:".
            || (*w == "to" && i > 0 && lex.role_nouns.contains_lower(label_words[i - 1]))
    });
    // A shouting label of several words is a headline ("FIX IS IN: …"); one word that is no
    // heading word is a transcript's speaker ("RAMOS: …", "CLINTON: …").
    let shouting = label.split_whitespace().all(is_shouted);
    // A one-word label is a speaker only when it is a name, not a heading word ("Graham:
    // Trump's rhetoric is destroying the party" is Graham's; "Update:" and "Photo:" are nobody's).
    let one_name = n == 1
        && label_words[0].chars().all(char::is_alphabetic)
        && !lex.heading_words.contains_lower(label_words[0]);
    // A label ending in a heading word ("Editor's Note:", "Breaking Update:") is a heading.
    let heading = label_words
        .last()
        .is_some_and(|w| lex.heading_words.contains_lower(w));
    // A shouting label of a few words with an office or a title in it is a transcript's speaker
    // ("THE PRESIDENT:", "MR. SULLIVAN:", "PRIME MINISTER KISHIDA:"); its titles may end in a
    // full stop.
    let office = |w: &&str| lex.offices.contains_lower(w.trim_end_matches('.'));
    let shouted_office = shouting && n <= 4 && label_words.iter().any(office);
    // … and so is a full name of two or three words in capitals, none a heading word or a word
    // that joins a sentence ("CLAUDIA SAHM:"; not "FIX IS IN:", "WATCH LIVE:").
    let shouted_name = shouting
        && (2..=3).contains(&n)
        && label_words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
                && !lex.heading_words.contains_lower(w)
                && !lex.label_particles.contains_lower(w)
                && !source::is_function_word(w)
        });
    // A long title before a name ("President of the People's Republic of China Xi Jinping:"):
    // up to twelve words when an office opens it and "of" joins it.
    let long_title =
        (9..=12).contains(&n) && office(&label_words[0]) && label_words.contains(&"of");
    let stops_only_in_titles = label_words
        .iter()
        .all(|w| !w.contains('.') || (office(w) && w.ends_with('.')));
    if !((2..=8).contains(&n) || one_name || long_title)
        || !name_like
        || heading
        || (shouting && !one_name && !shouted_office && !shouted_name)
        || label.contains(['"', '“', ',', '(', ')'])
        || (label.contains('.') && !(shouted_office && stops_only_in_titles))
    {
        return None;
    }
    Some(colon)
}

/// Where a kicker opening a headline ends: a heading word in capitals and a dash ("EXCLUSIVE -
/// ", "WATCH — "), or a colon before another label ("EXCLUSIVE: Gonzales: …"); 0 when there is
/// none.
fn kicker_end(label: &str, lex: &Lexicon) -> usize {
    let Some((word, rest)) = label.split_once(' ') else {
        return 0;
    };
    let shouted = word.len() > 1 && !word.chars().any(char::is_lowercase);
    // "EXCLUSIVE: Gonzales: …"
    if let Some(w) = word.strip_suffix(':') {
        let before_label = rest.contains(':');
        return if shouted && before_label && lex.heading_words.contains_lower(w) {
            word.len() + 1
        } else {
            0
        };
    }
    let rest_trimmed = rest.trim_start_matches(['-', '–', '—']);
    if !shouted
        || !lex.heading_words.contains_lower(word)
        || rest_trimmed.len() == rest.len()
        || !rest_trimmed.starts_with(' ')
    {
        return 0;
    }
    label.len() - rest_trimmed.trim_start().len()
}

/// The speaker a document's title names when the title says the document is that speaker's
/// words ("Statement by President Joe Biden on Nord Stream 2", "Remarks by the President to
/// Ukrainians", "Joint Statement of …"): the kind of document the title tells (a speech or a
/// statement) and the speaker's byte range in `title`. The title opens with a word of
/// `speech_titles` or `statement_titles` (after at most two capitalised words), then "by", "from"
/// or "of"; the speaker ends before a word of `title_speaker_ends` ("on", "Announcing"), a dash,
/// or a lower-case word that is no name particle, and after a comma or colon.
pub fn title_speaker(title: &str, lex: &Lexicon) -> Option<TitleSpeaker> {
    // The title's words with their offsets (each a subslice of `title`).
    let words: Vec<(usize, &str)> = title
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - title.as_ptr() as usize, w))
        .collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let link = |w: &str| {
        matches!(
            crate::rules::lexicon::lowercase(w).as_ref(),
            "by" | "from" | "of"
        )
    };
    let opener = (0..words.len().min(3)).find(|&i| {
        let w = words[i].1;
        (lex.speech_titles.contains_lower(w) || lex.statement_titles.contains_lower(w))
            && words.get(i + 1).is_some_and(|(_, next)| link(next))
    })?;
    if !words[..opener].iter().all(|(_, w)| capitalised(w)) {
        return None;
    }
    let kind = if lex.speech_titles.contains_lower(words[opener].1) {
        DocKind::Speech
    } else {
        DocKind::Statement
    };
    let mut speaker: Vec<(usize, &str)> = Vec::new();
    for &(pos, w) in &words[opener + 2..] {
        let core = w.trim_end_matches([',', ':', ';']);
        if core.is_empty()
            || !core.starts_with(char::is_alphanumeric)
            || lex.title_speaker_ends.contains_lower(core)
        {
            break;
        }
        // A lower-case word that ends nothing is a verb: "Statement by Putin sparks outrage" is
        // a headline about a statement, not the statement.
        if (!capitalised(core) && !lex.name_particles.contains(core)) || speaker.len() == 10 {
            return None;
        }
        speaker.push((pos, core));
        if core.len() < w.len() {
            break;
        }
    }
    while speaker
        .last()
        .is_some_and(|(_, w)| lex.name_particles.contains_lower(w))
    {
        speaker.pop();
    }
    let (&(first, _), &(last, w)) = (speaker.first()?, speaker.last()?);
    // The speaker holds an office ("President Biden", "Press Secretary Jen Psaki", "the
    // President of the Russian Federation"): a title-case headline's words after a bare name
    // ("Statement by Putin Sparks Outrage") are no speaker.
    speaker
        .iter()
        .any(|(_, w)| lex.offices.contains_lower(w.trim_end_matches('.')))
        .then_some((kind, first..last + w.len()))
}

/// The speaker a title names as the document's (see [`title_speaker`]), unless the body reports
/// on them in the third person (see [`speaks_of_in_third_person`]): a report about them.
pub fn document_speaker(title: &str, body: &str, lex: &Lexicon) -> Option<TitleSpeaker> {
    title_speaker(title, lex)
        .filter(|(_, r)| !speaks_of_in_third_person(&title[r.clone()], body, lex))
}

/// Whether `body` speaks of the speaker a title names (`speaker`, "President Biden") in the third
/// person, as a report about them does: by name ("Harris spoke for 20 minutes") or by office
/// before a reporting verb ("The president said"). A statement or speech does neither; an
/// opening line that announces the text ("… delivered the following address") does not count.
pub fn speaks_of_in_third_person(speaker: &str, body: &str, lex: &Lexicon) -> bool {
    // An outlet's line announcing the text ("President Mojca Kranjc delivered the following
    // address on Sunday evening.", "Below is the full text of …") speaks of the speaker, not
    // the text it announces.
    let body = match body.split_once('\n') {
        Some((first, rest)) if crate::article::announces_the_text(first) => rest,
        _ => body,
    };
    let words: Vec<&str> = speaker
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']))
        .collect();
    let is_office = |w: &str| lex.offices.contains_lower(w);
    let surname = words
        .last()
        .filter(|w| !is_office(w) && w.chars().next().is_some_and(char::is_uppercase));
    let named = surname.is_some_and(|name| {
        body.match_indices(name).any(|(i, _)| {
            let before = body[..i].chars().next_back();
            let after = body[i + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    });
    let lower = body.to_lowercase();
    named
        || words.iter().filter(|w| is_office(w)).any(|office| {
            let office = office.to_lowercase();
            ["said", "says", "told"]
                .iter()
                .any(|verb| lower.contains(&format!("{office} {verb}")))
        })
}

/// Words at most in a person's full name [`persons_named`] finds.
const PERSON_NAME_MAX_WORDS: usize = 4;

/// Where the persons' full names in `text` stand, in order: a listed first name (`male_names`,
/// `female_names`), or any capitalised word after an office or a courtesy title ("Fire Chief
/// Maria Delgado", "Dr. Amara Osei"), and the capitalised words and name particles after it, two
/// to [`PERSON_NAME_MAX_WORDS`] words, ending before punctuation or a possessive.
fn persons_named(text: &str, lex: &Lexicon) -> Vec<Range<usize>> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // (An office or a title right before, "Chief" or "Dr.", not "Chief," or "Dr.:".)
    let titled = |i: usize| {
        i > 0 && {
            let before = words[i - 1].1;
            let before = before.strip_suffix('.').unwrap_or(before);
            capitalised(before)
                && before.chars().all(|c| c.is_alphabetic() || c == '-')
                && (lex.offices.contains_lower(before)
                    || lex.male_words.contains_lower(before)
                    || lex.female_words.contains_lower(before))
        }
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let first = words[i].1;
        if !capitalised(first)
            || first.ends_with([',', ':', ';', '.'])
            || !(titled(i)
                || lex.male_names.contains_lower(first)
                || lex.female_names.contains_lower(first))
        {
            i += 1;
            continue;
        }
        let mut end = words[i].0 + first.len();
        let mut next = i + 1;
        for &(pos, w) in words[i + 1..].iter().take(PERSON_NAME_MAX_WORDS - 1) {
            let core = w.trim_end_matches([',', ':', ';', '.', '?', '!']);
            let core = core
                .strip_suffix("'s")
                .or_else(|| core.strip_suffix("’s"))
                .unwrap_or(core);
            if core.is_empty() || !(capitalised(core) || lex.name_particles.contains(core)) {
                break;
            }
            if capitalised(core) {
                end = pos + core.len();
            }
            next += 1;
            if core.len() < w.len() {
                break;
            }
        }
        if end > words[i].0 + first.len() {
            found.push(words[i].0..end);
        }
        i = next;
    }
    found
}

/// Headline kickers that say a page of questions and answers follows ("Q&A: …", "Interview:
/// …", "Q&A with …"), compared ASCII case-insensitively.
const INTERVIEW_KICKERS: &[&str] = &[
    "q&a:",
    "q&a with ",
    "q&a -",
    "q&a —",
    "q. and a.:",
    "q and a:",
    "interview:",
    "the interview:",
];

/// Words that, in the lines before a page of questions, put the one named after them in the
/// interviewer's seat ("We spoke with Dr. Amara Osei", "… sat down with Maria Delgado").
const INTERVIEW_PHRASES: &[&str] = &[
    "spoke with ",
    "spoke to ",
    "talked with ",
    "talked to ",
    "sat down with ",
    "interviewed ",
    "asked ",
    "conversation with ",
    "caught up with ",
    "chatted with ",
    "talks to ",
    "talks with ",
];

/// Question words that open a headline about a topic, not a person ("Q&A: Why Ben Carson Keeps
/// Winning", "Q&A: What the tariffs mean").
const QUESTION_OPENERS: &[&str] = &[
    "what", "why", "how", "when", "where", "who", "which", "is", "are", "can", "should", "do",
    "does", "will", "the", "a", "an",
];

/// Whom a page of questions and answers interviews (see `Hooks::interviewee`): the person a
/// headline kicker ("Q&A:", "Interview:") names right after it, behind no more than an office
/// or a title ("Q&A: Fire Chief Maria Delgado on …"; not "Q&A: What President Donald Trump's
/// tariffs mean", "Q&A: Joe Biden's budget, explained"), with the words of a title-case
/// headline after the first counted only as far as the lines before the questions use them;
/// else, where the page says it is an interview, the one person those lines name, or, of
/// several, the one the headline names too, else the one named right after words of
/// interviewing ("Gov. Kathy Hochul signed … We asked housing lawyer Priya Raman" is Raman).
pub fn interviewee_named(
    headline: Option<&str>,
    intro: &[&str],
    lex: &Lexicon,
) -> Option<crate::article::NamedIn> {
    let used_in_intro = |w: &str| intro.iter().any(|p| crate::text::contains_whole_word(p, w));
    let from_headline = headline.and_then(|h| {
        let lower = h.to_ascii_lowercase();
        let kicker = INTERVIEW_KICKERS.iter().find(|k| lower.starts_with(*k))?;
        let rest_at =
            kicker.len() + (h[kicker.len()..].len() - h[kicker.len()..].trim_start().len());
        let rest = &h[rest_at..];
        let r = persons_named(rest, lex).into_iter().next()?;
        // Only an office or a title before the name, no question word.
        let before: Vec<&str> = rest[..r.start].split_whitespace().collect();
        let office_only = before.len() <= 3
            && before.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && !QUESTION_OPENERS.contains(&w.to_ascii_lowercase().as_str())
            });
        // Not an owner ("Joe Biden's budget").
        let owner = rest[r.end..].starts_with(['\'', '’']);
        if !office_only || owner {
            return None;
        }
        // (Words after the first that the lines before the questions use, two at least.)
        let mut end = r.start;
        for (i, w) in crate::article::words::words(&rest[r.clone()]).enumerate() {
            if i >= 1 && !used_in_intro(&rest[r.start + w.start..r.start + w.end]) {
                break;
            }
            end = r.start + w.end;
        }
        let name = rest_at + r.start..rest_at + end;
        (h[name.clone()].contains(' ')).then_some((0, name))
    });
    // The lines before the questions name the interviewee only where the page says it is an
    // interview or an exchange ("… spoke with the Herald", "Five Questions About …", "Q&A",
    // "Fire Chief Maria Delgado told the city council"); not a quiz's
    // ("News quiz: How closely did you follow Joe Biden's last week?").
    let says_interview = || {
        headline.into_iter().chain(intro.iter().copied()).any(|t| {
            let t = t.to_ascii_lowercase();
            ["interview", "q&a", "questions", " told "]
                .iter()
                .chain(INTERVIEW_PHRASES)
                .any(|w| t.contains(w))
        })
    };
    from_headline.or_else(|| {
        if !says_interview() {
            return None;
        }
        // (Not an owner: "Joe Biden's last week in office".)
        let named: Vec<(usize, Range<usize>)> = intro
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                persons_named(p, lex)
                    .into_iter()
                    .filter(|r| !p[r.end..].starts_with(['\'', '’']))
                    .map(move |r| (i + 1, r))
            })
            .collect();
        let surname = |(i, r): &(usize, Range<usize>)| {
            intro[i - 1][r.clone()]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_string()
        };
        let first = named.first()?;
        if named.iter().all(|n| surname(n) == surname(first)) {
            return Some(first.clone());
        }
        // Of several, the one the headline names too ("Immigration debate hits home for actress
        // Diane Guerrero" over "… her roles as Maritza Ramos …"), else the one right after words
        // of interviewing, a description at most between ("We asked housing lawyer Priya
        // Raman").
        if let Some(n) = headline.and_then(|h| {
            named
                .iter()
                .find(|n| crate::text::contains_whole_word(h, &surname(n)))
        }) {
            return Some(n.clone());
        }
        named.into_iter().find(|(i, r)| {
            let before = intro[*i - 1][..r.start].to_ascii_lowercase();
            INTERVIEW_PHRASES.iter().any(|ph| {
                before.rfind(ph).is_some_and(|at| {
                    let between = &before[at + ph.len()..];
                    // (A title's full stop is no sentence's: "spoke with Dr. Amara Osei".)
                    between.split_whitespace().count() <= 3
                        && !between.contains([',', ';'])
                        && between
                            .split_whitespace()
                            .all(|w| !w.ends_with('.') || w.len() <= 5)
                })
            })
        })
    })
}

/// Whether a speaker label names someone by office, in ordinary case ("President of Russia
/// Vladimir Putin", not "PRESIDENT TRUMP" or "Sign Up For Our Newsletter").
pub fn label_holds_office(label: &str, lex: &Lexicon) -> bool {
    label.chars().any(char::is_lowercase)
        && label
            .split_whitespace()
            .any(|w| lex.offices.contains_lower(w.trim_end_matches('.')))
}

/// A colon cue: "Kim said: ..." is caught by the verb; this catches speaker labels such as
/// "President of Russia Vladimir Putin: We ..." at the start of a paragraph.
/// One word in capitals ("RAMOS:") is a speaker only in a transcript or interview; in news it is
/// a dateline ("MUMBAI: Heavy rain lashed the city …"), the outlet's own words, and so is a
/// city of `dateline_places` opening a news story's first paragraph before words in the third
/// person ("Mumbai: Heavy rain pounded Mumbai …").
fn colon_cue(
    text: &str,
    lex: &Lexicon,
    article: &Article,
    para: &Paragraph,
    span: &Range<usize>,
) -> Option<Cue> {
    if span.start != para.span.start {
        return None;
    }
    let kind = article.doc_kind;
    // A kicker before the label is no part of it ("EXCLUSIVE - Gonzales: …", "WATCH — Trump:").
    let kicker = kicker_end(&text[span.clone()], lex);
    let colon = kicker + speaker_label(&text[span.start + kicker..span.end], lex)?;
    let label = text[span.start + kicker..span.start + colon].trim();
    // A label before a figure alone says nothing: a tally ("Bernie Sanders: 1,501.", "Clinton:
    // 52 percent"); nor does one word before nothing in a news story, a heading ("Online:"). (A
    // name alone in its paragraph opens the turn the next one speaks: "Emmanuel Macron:".)
    let said = text[span.start + colon + 1..span.end].trim();
    let figure = said.starts_with(|c: char| c.is_ascii_digit() || c == '$')
        && said.split_whitespace().count() <= 3;
    let heading = said.is_empty()
        && !label.contains(' ')
        && !para.in_turn
        && !matches!(kind, DocKind::Transcript | DocKind::Interview);
    if figure || heading {
        return None;
    }
    let shouting_word = !label.contains(char::is_whitespace)
        && label.chars().filter(|c| c.is_alphabetic()).count() > 1
        && label
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    // (A turn of an exchange a news story quotes keeps its label: "DONNELLY: I did.")
    if shouting_word && !para.in_turn && !matches!(kind, DocKind::Transcript | DocKind::Interview) {
        return None;
    }
    // (A city of the lexicon's `dateline_places`, "Mumbai: Heavy rain …"; not a surname,
    // "Graham: Trump’s rhetoric is destroying …", nor a country, "China: The United States must
    // stop …". The cheap tests first: most labels are no city.)
    let first_body = || {
        article
            .paragraphs
            .iter()
            .find(|p| p.kind == ParagraphKind::Body)
            .is_some_and(|p| p.span.start == para.span.start)
    };
    let first_person = || words::words(said).any(|w| crate::article::first_person_at(said, &w));
    let dateline = kind == DocKind::News
        && !para.in_turn
        && !label.contains(char::is_whitespace)
        && lex.dateline_places.contains_ascii_folded(label)
        && first_body()
        && !first_person()
        // (Not a headline's shape, "Issa: Hillary Clinton’s ‘Honesty Is In Question.’",
        // "Khans: Trump stirs 'ugliness'": no quotation, no title case.)
        && para.quotes_overlapping(span).is_empty()
        && !crate::text::in_title_case_line(text, span);
    if dateline {
        return None;
    }
    Some(Cue::colon(span.start + colon))
}

/// Whether a cue asks, as a finite verb ("asked", "asks", "wondered", "questioned", "inquired"):
/// the question after it is its speaker's. (Not "asking": "It is worth asking: Who benefits?"
/// is the outlet's own question.)
fn is_asking(cue: &str) -> bool {
    let c = cue.trim().to_ascii_lowercase();
    !c.ends_with("ing")
        && ["ask", "wonder", "question", "inquir", "enquir"]
            .iter()
            .any(|stem| c.starts_with(stem))
}

#[cfg(test)]
mod conventions;
#[cfg(test)]
mod tests;
