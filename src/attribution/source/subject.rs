//! Where the speaker stands: the subject phrase before a cue, the speaker after it, appositives
//! and clauses in between.

use super::lexicon::*;
use crate::article::{sentences, words, Paragraph};
use crate::attribution::Cue;
use crate::rules::Lexicon;
use crate::text::is_possessive;
use std::borrow::Cow;
use std::ops::Range;

/// Trims spaces and punctuation from both ends of a range.
pub(super) fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let is_trim =
        |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '—' | '–' | '-' | '(' | ')' | ':');
    let lead = s.len() - s.trim_start_matches(is_trim).len();
    let body = s.trim_start_matches(is_trim).trim_end_matches(is_trim);
    r.start + lead..r.start + lead + body.len()
}

/// How far before its cue [`subject_left`] reads (bytes): far more than any sentence's subject.
const SUBJECT_REACH: usize = 2_000;

/// The subject before the cue, in narration: back to a quotation, a sentence-internal clause
/// break or a conjunction.
pub(super) fn subject_left(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    span: &Range<usize>,
    cue: &Cue,
) -> Option<Range<usize>> {
    // (Read back at most SUBJECT_REACH bytes: a "sentence" that never ends, of many cues, stays
    // linear.)
    let reach =
        crate::text::floor_char_boundary(text, cue.span.start.saturating_sub(SUBJECT_REACH));
    let span = &(span.start.max(reach)..span.end);
    // A participle after a comma ("Kasich suspended his campaign, telling supporters …") or a
    // verb after "and" ("he called her “weak” and said …") shares the subject of the clause the
    // sentence opens with.
    let before = text[span.start..cue.span.start].trim_end();
    let cue_word = cue.first_word();
    let last_word = before.rsplit(|c: char| !c.is_alphanumeric()).next();
    // … and so does one after a preposition or "while" ("Bolton had a comparable assessment,
    // while saying"; "Mike Pence is joining Trump in calling for"), unless a relative clause
    // stands between ("It was Pelosi who surprised her caucus by announcing").
    // (After "before" or "after", only a participle with an object: not "after warning lights
    // were found", "after backing from unions".)
    let object_follows = || {
        let mut next = text[cue.span.end..].split_whitespace();
        let (first, second) = (next.next().unwrap_or(""), next.next().unwrap_or(""));
        !matches!(first, "from" | "of" | "for")
            && !matches!(
                second,
                "were" | "was" | "are" | "is" | "had" | "have" | "has" | "will" | "would"
            )
    };
    let after_preposition = cue_word.ends_with("ing")
        && last_word.is_some_and(|w| {
            matches!(w, "while" | "in" | "by" | "without")
                || (matches!(w, "before" | "after") && object_follows())
        });
    // (Also a participle whose object is the cue: "The campaign backtracked, putting out a
    // statement contradicting …", "…, issuing a brief statement".)
    let issuing = || {
        before.rsplit_once(',').is_some_and(|(_, piece)| {
            let mut ws = piece.split_whitespace();
            ws.next()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ing") && starts_lower(w))
                && (1..=3).contains(&ws.clone().count())
                && ws
                    .clone()
                    .any(|w| matches!(w, "a" | "an" | "the" | "its" | "his" | "her" | "their"))
                && ws.all(|w| {
                    matches!(
                        w,
                        "out"
                            | "a"
                            | "an"
                            | "the"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "brief"
                            | "short"
                            | "written"
                            | "joint"
                            | "new"
                            | "formal"
                    )
                })
        })
    };
    let participle = (cue_word.ends_with("ing") && before.ends_with(','))
        || before
            .strip_suffix("having")
            .is_some_and(|b| b.trim_end().ends_with(','))
        || (!cue_word.ends_with("ing") && issuing());
    // Adverbs may stand between the conjunction and the verb ("rubbed his chin, and then said").
    let conjunction = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .find(|w| {
            !(matches!(*w, "then" | "later" | "also" | "again" | "soon")
                || (w.ends_with("ly") && starts_lower(w)))
        });
    let coordinated = conjunction.is_some_and(|w| matches!(w, "and" | "but"))
        || (before.ends_with(',') && text[cue.span.start..].starts_with("then "))
        || before.ends_with(", then");
    // An infinitive shares the subject too ("D’Souza went on to explain", "Clinton has to
    // remind", "Sanders is also likely to remind").
    let infinitive = last_word == Some("to");
    if participle || coordinated || infinitive || after_preposition {
        // "It was … that" is a cleft: the speaker is the subject after "that" ("It was less than
        // two weeks ago that, …, Khizr Khan pulled … and defiantly offered").
        // Where "that" opens the clause after a cleft ("ago that Khizr Khan", "ago that, …,").
        let that_at = |from: usize| {
            text[from..cue.span.start]
                .match_indices(" that")
                .map(|(i, _)| from + i + 5)
                .find(|&e| text[e..].starts_with([' ', ',']))
        };
        // Not "It was disappointed … and said" nor "It was not consulted, and added": the
        // word after the verb opens a time, a place or a noun phrase.
        let cleft = |s: &Range<usize>| {
            let rest = text[s.end..].trim_start();
            let Some(rest) = rest
                .strip_prefix("was ")
                .or_else(|| rest.strip_prefix("is "))
            else {
                return false;
            };
            let next = rest.split([' ', ',']).next().unwrap_or("");
            text[s.clone()].eq_ignore_ascii_case("it")
                && (next.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        next,
                        "the"
                            | "a"
                            | "an"
                            | "at"
                            | "in"
                            | "on"
                            | "during"
                            | "after"
                            | "before"
                            | "only"
                            | "less"
                            | "more"
                            | "then"
                            | "there"
                            | "here"
                            | "this"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "two"
                            | "three"
                            | "last"
                    ))
                && that_at(s.end).is_some()
        };
        let opening = |r: Range<usize>| {
            opening_subject(text, lex, para, r.clone())
                .or_else(|| opening_role(text, lex, para, r.clone()))
                .or_else(|| {
                    // (After a short opening phrase: "At 9:52 p.m., a C.I.A. spokesman e-mailed
                    // …, warning".)
                    let comma = text[r.clone()].find(", ")?;
                    (text[r.start..r.start + comma].split_whitespace().count() <= 6)
                        .then(|| opening_role(text, lex, para, r.start + comma + 2..r.end))
                        .flatten()
                })
        };
        // (After a dateline: "Belgrade (AFP) - Tens of thousands of people marched …,
        // demanding".)
        let from = para.dateline_end(text, &(span.start..cue.span.start));
        // (After a heading's label: "Updated: Rick Santorum on Sunday tried …, saying".)
        let from = text[from..cue.span.start]
            .split_once(": ")
            .filter(|(label, _)| {
                !label.contains(' ') && lex.heading_words.contains_ascii_folded(label)
            })
            .map_or(from, |(label, _)| from + label.len() + ": ".len());
        // (After a quotation the sentence opens with: "“…,” he went on to say.")
        let from = para
            .quotes_overlapping(&(from..cue.span.start))
            .iter()
            .filter(|q| q.start <= from + 1 && q.end <= cue.span.start)
            .map(|q| q.end)
            .max()
            .unwrap_or(from);
        let subject = opening(from..cue.span.start)
            .and_then(|s| {
                if !cleft(&s) {
                    return Some(s);
                }
                // The cleft's subject opens the clause after "that".
                // Nobody opens it ("It is the largest shareholder in a company that has lost
                // money, and said"): "It" is the subject after all.
                Some(opening(that_at(s.end)? + 1..cue.span.start).unwrap_or(s))
            })
            .filter(|s| !after_preposition || shares_clause(text, s, cue.span.start));
        if subject.is_some() {
            return subject;
        }
    }
    // A participle's speaker is no name at the end of the clause before its comma, its object
    // ("Clinton misjudged Assad, referring to him"): only a description the sentence opens with
    // ("The famously gruff senator started on Wednesday, showing …").
    let opening_only = participle;
    let mut start = span.start;
    // Not into a quotation, unless it is a title within the narration ("Trump, … star of the
    // reality TV show "The Apprentice," said").
    for q in para.quotes_overlapping(&(span.start..cue.span.start)) {
        if q.end <= cue.span.start && q.end > start && !is_quoted_title(text, span.start, q) {
            start = q.end;
        }
    }
    // A participle of publication and its time right before the cue describe the subject, no
    // part of it: "A report by the Government Accountability Office released Monday found".
    let end = published_when(&text[start..cue.span.start]).map_or(cue.span.start, |n| start + n);
    let region = &text[start..end];
    // Split at clause punctuation; skip empty or adverb-only pieces next to the cue.
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut piece_start = start;
    for (i, c) in region.char_indices() {
        // The second hyphen of a double one is inside the cut already.
        if i < piece_start - start {
            continue;
        }
        // A full stop after a capital letter ends an abbreviation ("N.C.", "U.S."), not a piece;
        // so does one after a title ("Mr.", "Sen."); nor does a decimal point ("a 4.4 percent
        // stake") or a thousands comma ("which employs 4,000 people").
        let in_number = matches!(c, '.' | ',') && crate::text::between_digits(region, i);
        // Nor does one inside a web domain ("Secunia.com").
        let abbreviation = c == '.'
            && (region[..i].ends_with(|p: char| p.is_ascii_uppercase())
                || region[i + 1..].starts_with(|n: char| n.is_ascii_lowercase())
                || in_number
                || sentences::before_period_blocks(text, start, start + i));
        // A dash typed as two hyphens ("-- complete with teleprompter --") sets off as one does.
        let double_hyphen = c == '-' && region[i + 1..].starts_with('-');
        if (matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '.')
            && !abbreviation
            && !in_number)
            || double_hyphen
        {
            pieces.push(piece_start..start + i);
            piece_start = start + i + if double_hyphen { 2 } else { c.len_utf8() };
        }
    }
    pieces.push(piece_start..end);
    let words_of = |piece: &Range<usize>| {
        let ws = words::ranges_in(text, piece);
        let lower: Vec<Cow<str>> = ws.iter().map(|w| lowercase(&text[w.clone()])).collect();
        (ws, lower)
    };
    // Whether only appositives (and empty pieces) stand between this piece and the cue.
    let mut set_off = false;
    let mut n = pieces.len();
    'pieces: while n > 0 {
        n -= 1;
        let piece = &pieces[n];
        let (ws, lower) = words_of(piece);
        let last = n + 1 == pieces.len();
        if ws.is_empty() {
            set_off |= last;
            continue;
        }
        // Adverbs and auxiliaries alone between a comma and the cue belong to the verb, as an
        // empty piece would ("Clinton, after the scandal broke, initially said"): lower-case
        // words only ("Italy" ends in "ly" too), not a quantifier (in "Hui Chi-fung and Tanya
        // Chan, both considered to be …" the participle has no speaker) nor a preposition
        // ("California, which votes next week, in hopes").
        let adverbs = |(w, lw): (&Range<usize>, &Cow<str>)| {
            starts_lower(&text[w.clone()])
                && lex.may_follow_subject(lw)
                && !matches!(
                    lw.as_ref(),
                    "all" | "both" | "on" | "in" | "at" | "during" | "after" | "before"
                )
        };
        if last && n > 0 && ws.len() <= 3 && ws.iter().zip(&lower).all(adverbs) {
            set_off = true;
            continue;
        }
        if ws.len() <= 2 && lower.iter().all(|w| lex.subject_stops.contains(w)) {
            set_off = false;
            continue;
        }
        // A discourse marker set off by commas ("Will Rogers, for example, said"), or a phrase
        // opened by a preposition ("Clinton, after the scandal broke, said"; "On Oct. 23,
        // during an appearance at the resort, now called …"): never the subject.
        if set_off && (is_discourse_marker(&lower) || is_prepositional(text, &ws, &lower)) {
            continue;
        }
        // (And the relative pronoun such a phrase is set off after stands for the name before
        // it: "Kendrick, who, like many supporters, blames".)
        if set_off && n > 0 && lower.len() == 1 && matches!(lower[0].as_ref(), "who" | "which") {
            continue;
        }
        // A time phrase set off between the subject and the cue ("Rep. Brad Sherman (D-Calif.)
        // last month joked"): the subject stands before it.
        // (Also a day alone: "Sen. Bob Menendez, D-NJ, Tuesday offered".)
        let day = lower.len() <= 2
            && is_weekday(&lower[0])
            && lower[1..]
                .iter()
                .all(|w| matches!(w.as_ref(), "morning" | "afternoon" | "evening" | "night"));
        if n > 0 && n + 1 == pieces.len() && (is_time_phrase(&lower) || day) {
            set_off = true;
            continue;
        }
        // An appositive set off by commas between the name and the cue ("Fuad Basya, spokesman
        // for the Indonesian military, said"; "Smith, 45, said"; "Kim, who heads the institute,
        // said"; "Tom Molomby, SC, said"): the speaker is the name before it. A place may
        // continue an appositive that ends on a name ("curator at the University of Arkansas,
        // Fayetteville, said").
        // A state after a town is part of the phrase before it, as an appositive is: "the
        // server taken from the house in Chappaqua, N.Y., speaking on the condition of
        // anonymity, said", "Officials in Austin, Texas, said".
        // (Set off by a comma after it too, or after a piece that opens on a name: "Stacy Baker
        // of Columbia, South Carolina says"; not "After the death of Navalny, Britain said".)
        let state_after_town = n > 0 && {
            let t = text[piece.clone()].trim().trim_end_matches('.');
            let dotted = t.len() <= 5
                && t.contains('.')
                && t != "U.S"
                && t.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
            let state = !t.is_empty()
                && (dotted
                    || sentences::is_state_abbreviation(t)
                    || (ws.len() <= 2
                        && ws.iter().all(|w| starts_upper(&text[w.clone()]))
                        && lex.is_place_name(t)));
            // (The piece before is read only for a state: most pieces are none.)
            state && {
                // (The phrase before opens on its subject, not on an opening word: "After the attack
                // in Kharkiv, Ukraine, which …, said", "Speaking at talks in Geneva, Russia said",
                // "Two rockets were fired from Gaza, Israel said" keep the country the speaker.)
                let (pws, plower) = words_of(&pieces[n - 1]);
                // (Or a home town set off before: "Dewayne Smithy, 33, of Baldwin, Miss.,".)
                // (Only the sentence's first piece may be an opening phrase; one after a comma is an
                // appositive: "…, a retiree in Carthage, Ill., supported".)
                let opens_on_subject = n > 1
                    || pws.first().is_some_and(|w| {
                        let first = &text[w.clone()];
                        // (A count opens a subject: "One Facebook user who lives near Austin, Tex.,
                        // posted".)
                        (plower[0] == "one"
                            || is_number(&plower[0])
                            || !lex.not_names.contains_lower(&plower[0]))
                            && !is_preposition(&plower[0])
                            && !lex.is_sentence_adverb(first)
                            && !(first.len() > 4
                                && (first.ends_with("ing") || first.ends_with("ed")))
                    });
                // Set off by a comma after it, or before the cue right after a person's name that
                // opens the sentence ("Stacy Baker of Columbia, South Carolina says").
                let comma_after = text[piece.end..].trim_start_matches('.').starts_with(',');
                let name_first = n == 1
                    && pws.len() >= 4
                    && pws[..2].iter().all(|w| starts_upper(&text[w.clone()]));
                pws.len() >= 2
                    && starts_upper(&text[pws[pws.len() - 1].clone()])
                    && matches!(
                        &text[pws[pws.len() - 2].clone()],
                        "in" | "of" | "from" | "near"
                    )
                    && opens_on_subject
                    && (comma_after || name_first)
            }
        };
        if state_after_town {
            set_off = true;
            continue;
        }
        if n > 0 && set_off {
            // Only after an appositive that itself follows a name: in "On Wednesday, the
            // director of the F.B.I., James B. Comey, said" the name is the speaker.
            let place =
                n > 1 && ws.len() <= 3 && ws.iter().all(|w| starts_upper(&text[w.clone()])) && {
                    let (pws, plower) = words_of(&pieces[n - 1]);
                    let (nws, nlower) = words_of(&pieces[n - 2]);
                    // (Not a state in brackets: "Maricopa County (Ariz.) Sheriff Joe Arpaio".)
                    !pws.is_empty()
                        && !is_bracketed_state(text, &pws)
                        && is_appositive(text, lex, &pws, &plower)
                        && starts_upper(&text[pws[pws.len() - 1].clone()])
                        && (nws.iter().skip(1).any(|w| starts_upper(&text[w.clone()]))
                            // A one-word name ("Swanson, who is a pastor at the Reformation
                            // Church of Elizabeth, Colorado, slammed").
                            || (nws.len() == 1
                                && starts_upper(&text[nws[0].clone()])
                                && !lex.not_names.contains_lower(&nlower[0])
                                && !lex.is_role_noun(&nlower[0])))
                        && !is_time_phrase(&nlower)
                };
            // (Not after an opening phrase on a preposition, which names nobody it may
            // describe: "In Washington, a senior official who spoke on condition of anonymity
            // …, said" is the official.)
            let after_opening_phrase = || {
                n == 1 && {
                    let (pws, plower) = words_of(&pieces[0]);
                    // (A preposition, perhaps an article or a year, and one word: not "About 30
                    // Senate Democrats", nor "During the primary Clinton".)
                    pws.first().is_some_and(|w| starts_upper(&text[w.clone()]))
                        && is_preposition(&plower[0])
                        && (pws.len() == 2
                            || (pws.len() == 3
                                && (matches!(plower[1].as_ref(), "the" | "a" | "an")
                                // ("In July 2010,")
                                || plower[2].bytes().all(|b| b.is_ascii_digit()))))
                }
            };
            // After a person's name only (an age between): a home town ("Dewayne Smithy, 33, of
            // Baldwin, Miss., dismisses"; "Bishop Daniel Jenky, of Peoria, Ill., said") or a
            // capitalised office and where it is held, in at most two words ("Robert McManus,
            // Roman Catholic Bishop of Worcester, Massachusetts, said"; "Tina Tchen, Mrs.
            // Obama's chief of staff, said"); not after an opening word ("Later, Secretary of
            // State Pompeo, …, said") nor a description ("A statement, of Amnesty International,
            // said").
            let after_a_name = || {
                // (A piece of one to five capitalised words, not an opening word; or one that
                // ends on two or more: "But Mr. Royce, of California, called", "replied Jeff
                // Zucker, President of CNN Worldwide, said".)
                let named = |m: usize| {
                    let (pws, plower) = words_of(&pieces[m]);
                    let run = pws
                        .iter()
                        .rev()
                        .take_while(|w| starts_upper(&text[(*w).clone()]))
                        .count();
                    (run >= 2 && run < pws.len())
                        || (run >= 3
                            && run == pws.len()
                            && matches!(plower[0].as_ref(), "but" | "and" | "yet" | "so"))
                        || ((1..=5).contains(&pws.len())
                            && run == pws.len()
                            && !lex.not_names.contains_lower(&plower[0])
                            && !lex.is_sentence_adverb(&text[pws[0].clone()])
                            && !is_preposition(&plower[0]))
                };
                let age = |m: usize| {
                    let t = text[pieces[m].clone()].trim();
                    (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
                };
                named(n - 1) || (n > 1 && age(n - 1) && named(n - 2))
            };
            let home_town = (2..=4).contains(&ws.len())
                && matches!(&text[ws[0].clone()], "of" | "from")
                && ws[1..].iter().all(|w| starts_upper(&text[w.clone()]));
            let office_of_place = lower.iter().position(|w| w == "of").is_some_and(|k| {
                k > 0
                    && ws.len() > k + 1
                    && ws.len() - k - 1 <= 2
                    && !lower[k - 1].ends_with('s')
                    && (lex.offices.contains(lower[k - 1].as_ref())
                        || lex.is_role_noun(&lower[k - 1]))
            });
            if (place
                || is_appositive(text, lex, &ws, &lower)
                || ((home_town || office_of_place) && after_a_name()))
                && !after_opening_phrase()
            {
                // A description in lower case and the name an appositive gives it ("That
                // shareholder, the activist fund Corwin Partners, said"): the name speaks.
                let (pws, _) = words_of(&pieces[n - 1]);
                let described = pws.len() >= 2
                    && pws[1..].iter().all(|w| starts_lower(&text[w.clone()]))
                    && !opening_only;
                let name_from = ws.iter().position(|w| starts_upper(&text[w.clone()]));
                if let Some(k) = name_from.filter(|&k| {
                    described
                        && k >= 2
                        && matches!(lower[0].as_ref(), "the" | "a" | "an")
                        && ws[k..].iter().all(|w| starts_upper(&text[w.clone()]))
                        && ws[1..k].iter().all(|w| starts_lower(&text[w.clone()]))
                }) {
                    return Some(ws[k].start..ws[ws.len() - 1].end);
                }
                continue;
            }
            // An appositive with commas of its own ("Anne Richards, assistant secretary of state
            // for population, refugees, and migration, said"; "Jeffrey Salkin, a Hollywood,
            // Fla., rabbi helping to organize the boycott, said"): a piece that goes on in lower
            // case joins up to four pieces before it (split at commas, brackets or full stops,
            // not at a semicolon, colon or dash) into one appositive after a name; not the last
            // item of a list ("Representatives of Boeing, the Air Force, and several
            // contractors, said").
            // (Also the last item of a list of names in the appositive: "Rep. Jerrold Nadler,
            // D-N.Y., the former chairman of the subcommittee on the Constitution, Civil Rights
            // and Civil Liberties, told".)
            let names_listed = ws.len() >= 3
                && lower[1..ws.len() - 1].iter().any(|w| w == "and")
                && ws.iter().zip(&lower).all(|(w, l)| {
                    starts_upper(&text[w.clone()]) || matches!(l.as_ref(), "and" | "of")
                });
            if (starts_lower(&text[ws[0].clone()]) && !ends_a_list(&lower)) || names_listed {
                for m in (n.saturating_sub(4).max(1)..n).rev() {
                    if text[pieces[m - 1].end..].starts_with([';', ':', '—', '–']) {
                        break;
                    }
                    let (jws, jlower) = words_of(&(pieces[m].start..piece.end));
                    let (pws, _) = words_of(&pieces[m - 1]);
                    let after_name = pws.last().is_some_and(|w| starts_upper(&text[w.clone()]));
                    if after_name && is_appositive(text, lex, &jws, &jlower) {
                        n = m;
                        continue 'pieces;
                    }
                }
            }
        }
        // A clause of its own right before ", said": what was said, and the speaker stands
        // after the cue ("The deal is dead, said a Kremlin spokesman").
        let cue_after_comma = n + 2 == pieces.len()
            && text[piece.end..].starts_with(',')
            && words::words(&text[pieces[n + 1].clone()]).next().is_none();
        if lex.inverting_cues.contains(&cue.text)
            && cue_after_comma
            && lower.len() >= 3
            && lower[1..lower.len() - 1].iter().any(|w| {
                matches!(
                    w.as_ref(),
                    "is" | "are" | "was" | "were" | "will" | "would" | "has" | "have" | "had"
                )
            })
        {
            return None;
        }
        // From the right: drop trailing adverbs/auxiliaries, stop at a conjunction.
        // (Also an adverb in "-ly" after a plural: "Other Republicans quickly criticized"; not a
        // relative, "her family".)
        let ly_adverb = |k: usize| {
            k >= 1
                && lower[k].len() > 4
                && lower[k].ends_with("ly")
                && starts_lower(&text[ws[k].clone()])
                && !lex.associates.contains(&lower[k])
                && !matches!(
                    lower[k].as_ref(),
                    "daily" | "weekly" | "monthly" | "quarterly"
                )
                && lower[k - 1].len() > 3
                && lower[k - 1].ends_with('s')
                && !lower[k - 1].ends_with("ss")
                && !lex.subject_stops.contains(&lower[k - 1])
                && !lex.subject_auxiliaries.contains(&lower[k - 1])
                && !matches!(lower[k - 1].as_ref(), "does" | "this" | "thus")
        };
        let mut end = ws.len();
        while end > 1 && (lex.subject_stops.contains(&lower[end - 1]) || ly_adverb(end - 1)) {
            end -= 1;
        }
        // After the last word before `upto` that starts a subject (looked for from the right);
        // an "and" inside an organisation's name starts none ("The Centers for Disease Control
        // and Prevention", "The Food and Drug Administration").
        // (Also a conjunction of time after a clause with its verb: "Shares of Lumenfield rose 9
        // percent after the software company reported"; not a preposition after a subject
        // alone, "Clinton after the debate said".)
        let has_verb = |words: &[Cow<str>]| words.iter().any(|v| is_past_or_copula(v));
        // (Not the "as" of a participle describing a document: "Bank records introduced as
        // evidence showed" and "Court documents filed as part of the lawsuit allege" are the
        // documents'.)
        // (Nor of one set off by commas after its document: "An audit by the state health
        // department, filed as an exhibit in the case, found".)
        let describes_a_document = |k: usize| {
            lower[k] == "as"
                && k >= 1
                && lower[k - 1].len() > 4
                && lower[k - 1].ends_with("ed")
                && ((k == 1 && n > 0)
                    || (k >= 2 && lex.is_document(&lower[k - 2]))
                    || (lower.get(k + 1).is_some_and(|w| w == "part")
                        && lower.get(k + 2).is_some_and(|w| w == "of")))
        };
        // (Nor the "so" of "so far", "so much" or "so long": "Veloria had so far refused".)
        let so_adverb = |k: usize| {
            lower[k] == "so"
                && lower
                    .get(k + 1)
                    .is_some_and(|w| matches!(w.as_ref(), "far" | "much" | "long"))
        };
        let subject_start = |upto: usize| {
            (0..upto)
                .rposition(|k| {
                    (lex.subject_starts.contains(&lower[k])
                        && !describes_a_document(k)
                        && !so_adverb(k))
                        || (matches!(lower[k].as_ref(), "after" | "before" | "until")
                            && has_verb(&lower[..k]))
                })
                .map_or(0, |k| k + 1)
        };
        // (Nor does one between places after a preposition: "Lawmakers in Ohio and Indiana".)
        let joins_places = |and: usize| {
            let cap = |i: usize| starts_upper(&text[ws[i].clone()]);
            let mut k = and;
            while k > 0 && cap(k - 1) {
                k -= 1;
            }
            k < and
                && k >= 2
                && matches!(lower[k - 1].as_ref(), "in" | "from")
                && and + 1 < ws.len()
                && cap(and + 1)
        };
        let mut begin = subject_start(end);
        while begin >= 2
            && lower[begin - 1] == "and"
            && (joins_a_name(text, lex, &ws, &lower, begin - 1) || joins_places(begin - 1))
        {
            begin = subject_start(begin - 1);
        }
        // "Shares of Lumenfield Technologies rose after the software company reported": the
        // company is the one whose shares the sentence opens on.
        if begin >= 4
            && n == 0
            && matches!(lower[begin - 1].as_ref(), "after" | "before")
            && lower[begin] == "the"
            && lex.institution_roles.contains(&lower[end - 1])
            && is_traded_in(&lower[0])
            && matches!(lower[1].as_ref(), "of" | "in")
            && starts_upper(&text[ws[2].clone()])
        {
            let name_end = (2..begin)
                .take_while(|&i| starts_upper(&text[ws[i].clone()]))
                .last()
                .unwrap_or(2);
            return Some(ws[0].start..ws[name_end].end);
        }
        // In a participle of authorship set off by commas, its agent ("The poll, released on
        // Wednesday night by Quinnipiac University, found": Quinnipiac University); so in a
        // document's own phrase ("A poll released on Wednesday by Quinnipiac University found",
        // "A 2009 report by the Center for Economic and Policy Research found").
        let by_or_as = || lower.iter().any(|w| w == "by" || w == "as");
        let agent = if n > 0 {
            authorship_agent(&lower)
        } else if by_or_as() {
            (1..lower.len())
                .filter(|&p| lex.documents.contains(&lower[p - 1]))
                .find_map(|p| {
                    if lower[p] == "by" {
                        return Some(p + 1);
                    }
                    authorship_agent(&lower[p..]).map(|a| a + p)
                })
        } else {
            None
        };
        if let Some(agent) = agent.filter(|&a| a < end) {
            begin = begin.max(agent);
        }
        // What an unnamed source is close to, familiar with or involved in is no part of it:
        // "a Democrat close to the White House" is a Democrat, not the White House. Not where
        // a possessive there owns a noun cue ("a Democrat familiar with his afternoon remarks":
        // the remarks are his); a verb is no noun cue ("A person familiar with Lindqvist's
        // thinking said").
        let possessive = |w: &Cow<str>| {
            !is_speech_verb(cue_word)
                && (matches!(w.as_ref(), "his" | "her" | "their" | "its" | "our" | "my")
                    || is_possessive(w))
        };
        if let Some(k) = (begin + 1..end).find(|&i| {
            matches!(
                lower[i].as_ref(),
                "close" | "familiar" | "involved" | "briefed" | "knowledgeable"
            ) && lower
                .get(i + 1)
                .is_some_and(|n| matches!(n.as_ref(), "to" | "with" | "in" | "on" | "about" | "of"))
        }) {
            if !lower[k..end].iter().any(possessive) {
                end = k;
            }
        }
        // Time and place phrases inside the subject, and where people work: "North Korea on
        // Monday", "lawyers with the ACLU" (but not the "in" of a share: "three in 10").
        if let Some(k) = (begin..end).position(|i| {
            (matches!(
                lower[i].as_ref(),
                "on" | "in" | "at" | "during" | "last" | "this" | "earlier"
            ) || (i > 0 && works_with(lex, &lower[i - 1], &lower[i], lower.get(i + 1))))
                && !(lower[i] == "in" && lower.get(i + 1).is_some_and(|n| n == "10" || n == "ten"))
        }) {
            if k > 0 {
                end = begin + k;
            }
        }
        // A relative pronoun is the subject, standing for the noun before it ("Speaker Paul
        // Ryan, who was reluctant to endorse", "economists who believe"): the phrase runs from
        // that noun through the pronoun. Up to three lower-case words may stand between it and
        // the cue. Not a relative pronoun that is an object: after a preposition, or with its
        // clause's own subject after it ("an interview, in which he says", "growth of 2.5
        // percent, which officials said").
        // Asked only after a "who" or "which" is found.
        let object_relative = || {
            (begin > 1 && is_preposition(&lower[begin - 2]))
                || lower[begin..end].iter().any(|w| {
                    lex.pronouns.contains(w)
                        || w.strip_suffix('s').is_some_and(|s| lex.is_role_noun(s))
                        || lex.generic_plurals.contains(w)
                })
        };
        // A relative clause that has its verb and object already ("Delegates who backed Ron
        // Paul said", "people who have battled online threats say") is part of the subject of
        // the cue after it: the speaker is the noun it describes.
        let closed_relative = begin > 0
            && lower[begin - 1] == "who"
            && !cue_word.ends_with("ing")
            && end - begin >= 2
            && end - begin <= 8
            && lower[end - 1] != "to"
            && !lex.may_follow_subject(&lower[end - 1])
            // Its own subject right after "who" makes it an object's clause ("who he says").
            && !lex.pronouns.contains(&lower[begin])
            && !(begin > 1 && is_preposition(&lower[begin - 2]));
        if closed_relative {
            let before = (begin > 1).then(|| (&ws[..begin - 1], &lower[..begin - 1]));
            if let Some((bws, blower)) = before {
                let from = blower
                    .iter()
                    .rposition(|w| lex.subject_starts.contains(w))
                    .map_or(0, |k| k + 1)
                    .max(bws.len().saturating_sub(6));
                if from < bws.len() && !opening_only {
                    return Some(bws[from].start..bws[bws.len() - 1].end);
                }
            }
        }
        if begin > 0
            && matches!(lower[begin - 1].as_ref(), "who" | "which")
            && end - begin <= 3
            && ws[begin..end]
                .iter()
                .all(|w| !starts_upper(&text[w.clone()]))
            && !object_relative()
        {
            let who = &ws[begin - 1];
            // A name that ends the clause before the comma is what the pronoun stands for, not
            // the words of that clause before it ("Trump's hardline approach to immigration
            // alienated Bloomberg, who often makes the case").
            // ("which" may stand for the whole event: "Trump fired Comey, which drew
            // criticism" is no claim of Comey's.)
            let relative = lower[begin - 1].as_ref();
            // (Only with the cue its verb, after adverbs at most: in "a bill, which drew
            // criticism from Democrats" the bill drew, nobody criticised through it.)
            let cue_is_its_verb = lower[begin..end].iter().all(|w| lex.may_follow_subject(w));
            if begin == 1 && n > 0 && !opening_only && cue_is_its_verb {
                let (pws, _) = words_of(&pieces[n - 1]);
                let upper_run = |end: usize| {
                    pws[..end]
                        .iter()
                        .rev()
                        .take_while(|w| starts_upper(&text[(*w).clone()]))
                        .count()
                };
                let mut run = upper_run(pws.len());
                // (With a quantifier before it: "upset other Republicans, who said".)
                if run > 0
                    && run < pws.len()
                    && matches!(
                        &text[pws[pws.len() - run - 1].clone()],
                        "other" | "some" | "many" | "several" | "most"
                    )
                {
                    run += 1;
                }
                // (Through a place after "of": "met Sen. Bernie Sanders of Vermont, who".)
                if run < pws.len() && &text[pws[pws.len() - run - 1].clone()] == "of" {
                    // (After a full name only: "Sanders of Vermont" stays "Vermont", no
                    // name a later "Sanders" would inherit.)
                    let before = upper_run(pws.len() - run - 1);
                    if before > 1 {
                        run += 1 + before;
                    }
                }
                // (Only as a verb's object: "the State of Vermont, who" is not Vermont.)
                // (Or after "from" or "by": "a similar call from Sen. Amy Klobuchar of
                // Minnesota, who tweeted".)
                let verb_before = run < pws.len() && {
                    let v = &text[pws[pws.len() - run - 1].clone()];
                    starts_lower(v)
                        && (v.ends_with("ed")
                            || (matches!(v, "from" | "by") && run > 1)
                            || matches!(
                                v,
                                "met"
                                    | "told"
                                    | "beat"
                                    | "won"
                                    | "led"
                                    | "sent"
                                    | "upset"
                                    | "hit"
                                    | "hurt"
                                    | "left"
                                    | "lost"
                                    | "drew"
                            ))
                };
                if (1..=5).contains(&run) && verb_before && relative == "who" {
                    return Some(pws[pws.len() - run].start..pws[pws.len() - 1].end);
                }
                // So is a description on "a" or "an" in lower case that ends the clause ("than
                // did an email leaked earlier this week, which portrayed").
                let described = pws
                    .iter()
                    .rposition(|w| matches!(&text[w.clone()], "a" | "an"))
                    .filter(|&k| k > 0 && pws.len() - k <= 7)
                    .filter(|&k| {
                        pws[k + 1..]
                            .iter()
                            .all(|w| text[w.clone()].bytes().all(|b| b.is_ascii_lowercase()))
                    })
                    // (Its noun fits the pronoun: a document or a body for "which", a person
                    // for "who"; "fired an aide, which drew criticism" is the firing.)
                    .filter(|&k| {
                        pws[k + 1..].iter().any(|w| {
                            let w = &text[w.clone()];
                            if relative == "who" {
                                lex.is_role_noun(w) || matches!(w, "man" | "woman" | "person")
                            } else {
                                lex.is_document(w)
                                    || lex.organisation_words.contains(w)
                                    || lex.institution_roles.contains(w)
                            }
                        })
                    });
                if let Some(k) = described.filter(|_| pws.len() >= 2) {
                    return Some(pws[k].start..pws[pws.len() - 1].end);
                }
            }
            let before = if begin > 1 {
                Some((ws[..begin - 1].to_vec(), lower[..begin - 1].to_vec()))
            } else if n > 0 {
                let (pws, plower) = words_of(&pieces[n - 1]);
                Some((pws, plower))
            } else {
                None
            };
            let (bws, blower) = before.filter(|(w, _)| !w.is_empty())?;
            // A description on "a" or "an" after "is" or "was" is its subject's: "Smith is a
            // lawyer who said" is Smith.
            if let Some(copula) = blower
                .iter()
                .rposition(|w| matches!(w.as_ref(), "is" | "was"))
                .filter(|_| relative == "who")
                .filter(|&c| {
                    c > 0
                        && bws.len() - c <= 7
                        && matches!(blower.get(c + 1).map(|w| w.as_ref()), Some("a" | "an"))
                        && blower[c + 1..].iter().all(|w| {
                            !lex.subject_starts.contains(w) && !matches!(w.as_ref(), "of" | "for")
                        })
                })
            {
                // (The capitalised words right before it: not "Critics fear Musk is a man who".)
                let start = copula
                    - bws[..copula]
                        .iter()
                        .rev()
                        .take_while(|w| starts_upper(&text[(*w).clone()]))
                        .count();
                // (A name, not a pronoun or a demonstrative: "This is a man who said", "that she
                // is a Democrat who supports".)
                let named = start < copula
                    && starts_upper(&text[bws[start].clone()])
                    && !lex.pronouns.contains(&blower[start])
                    && !matches!(
                        blower[start].as_ref(),
                        "this"
                            | "that"
                            | "these"
                            | "those"
                            | "it"
                            | "there"
                            | "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "our"
                            | "my"
                    )
                    && !lex.not_names.contains(&blower[start])
                    && !lex.is_place_name(&text[bws[start].start..bws[copula - 1].end]);
                if named && copula - start <= 4 && !opening_only {
                    return Some(bws[start].start..bws[copula - 1].end);
                }
            }
            // (From after a linking verb: "the targets are centrist leaders who have supported"
            // are the leaders.)
            let from = blower
                .iter()
                .rposition(|w| {
                    lex.subject_starts.contains(w)
                        || matches!(w.as_ref(), "is" | "are" | "was" | "were")
                })
                .map_or(0, |k| k + 1)
                .max(bws.len().saturating_sub(6));
            return (from < bws.len() && !opening_only).then(|| bws[from].start..who.end);
        }
        if begin >= end {
            return None;
        }
        // A personal pronoun right before the cue is the whole subject ("the same resolve she
        // argues", "Recently she announced").
        // (Not the last letter of a dotted acronym: "The F.B.I. declined".)
        if let Some(k) = (begin..end).rev().find(|&k| {
            lex.pronouns.contains(&lower[k])
                && lower[k + 1..end].iter().all(|w| lex.may_follow_subject(w))
                && !crate::text::is_acronym_letter(text, &ws[k])
        }) {
            begin = k;
        }
        // A subject is short; a long stretch means the cue is not a verb of this clause's subject.
        // (Unless it is one noun phrase of names and roles: "Military analyst Mykola Bielieskov
        // of the National Institute for Strategic Studies in Kyiv said".)
        let names_and_roles = || {
            // (Opening the sentence: not a title set off after a name, "…, and Chairman of the
            // Australian Centre for Control of Iodine Deficiency Disorders, says".)
            n == 0
                && begin == 0
                && end - begin <= 16
                && starts_upper(&text[ws[begin].clone()])
                // (Not a heading or a caption run into the sentence.)
                && !text[ws[begin].start..ws[end - 1].end].contains(['\n', ']', ')'])
                && ws[begin..end]
                    .iter()
                    .all(|w| w.len() <= 3 || text[w.clone()].contains(char::is_lowercase))
                && lower[begin..end].iter().zip(&ws[begin..end]).all(|(l, w)| {
                    starts_upper(&text[w.clone()])
                        || matches!(l.as_ref(), "of" | "the" | "for" | "in" | "at" | "and")
                        || lex.is_role_noun(l)
                        || lex.offices.contains(l)
                })
        };
        if end - begin > 10 && !names_and_roles() {
            return None;
        }
        // "Jon Park locked up endorsements": the one who receives is not the source.
        // (A verb in lower case, or in a line in title case: "Stokes said" is Ben Stokes, "Win
        // Htein said" is Win Htein; "Perry Wins Endorsement of Sheriff Joe" is no one's.)
        let title_case = std::cell::OnceCell::new();
        if (begin..end).any(|i| {
            lex.receiving_verbs.contains(&lower[i])
                && (!starts_upper(&text[ws[i].clone()])
                    || *title_case.get_or_init(|| crate::text::in_title_case_line(text, &ws[i])))
        }) {
            return None;
        }
        // Not a title in quotation marks ("who's starred in “Guardians of the Galaxy,” posted").
        let description = matches!(lower[begin].as_ref(), "the" | "a" | "an");
        if para.is_quoted(ws[begin].start) || (opening_only && (n > 0 || begin > 0 || !description))
        {
            return None;
        }
        return Some(ws[begin].start..ws[end - 1].end);
    }
    None
}

/// The subject a clause opens with, in narration: a personal pronoun, or a run of capitalised
/// words (with "of" or "the" inside) followed by a lower-case word, its verb ("Ohio Gov. John
/// Kasich suspended").
pub(super) fn clause_subject(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    r: Range<usize>,
) -> Option<Range<usize>> {
    // The words are walked only as far as the subject goes, not listed.
    let mut ws = words::words(&text[r.clone()]).map(|w| r.start + w.start..r.start + w.end);
    let mut first = ws.next()?;
    if para.is_quoted(first.start) {
        return None;
    }
    let word = |w: &Range<usize>| &text[w.clone()];
    // A conjunction or a linking adverb before the subject ("Yet he has hired", "But Clinton
    // said").
    if matches!(
        lowercase(word(&first)).as_ref(),
        "and" | "but" | "yet" | "so" | "still" | "now" | "then" | "also" | "instead" | "indeed"
    ) {
        first = ws.next()?;
    }
    if lex.pronouns.contains_lower(word(&first)) {
        return Some(first);
    }
    // A pronoun with its verb run on ("She's a Sanders supporter but concedes"): the pronoun.
    if let Some((pronoun, _)) = word(&first).split_once(['\'', '’']).filter(|(p, verb)| {
        matches!(*verb, "s" | "re" | "d" | "ll")
            && matches!(
                p.to_ascii_lowercase().as_str(),
                "he" | "she" | "they" | "we"
            )
    }) {
        return Some(first.start..first.start + pronoun.len());
    }
    let named = |w: &Range<usize>| starts_upper(word(w)) && !lex.not_names.contains_lower(word(w));
    let mut next = ws.next();
    // A relation or role before a name, after a possessive ("His daughter Mary Smith introduced
    // him, saying …", "Her lawyer Ben Cole said"): the one named.
    if matches!(
        lowercase(word(&first)).as_ref(),
        "his" | "her" | "their" | "its" | "our" | "my"
    ) {
        let (mut roles, mut role) = (0, "");
        while roles < 3
            && next
                .as_ref()
                .is_some_and(|w| starts_lower(word(w)) && !text[first.end..w.start].contains(','))
        {
            roles += 1;
            role = next.as_ref().map_or("", word);
            next = ws.next();
        }
        // The word before the name is a role or a relation ("daughter", "lawyer"), not a verb
        // and its object ("His campaign sued the DNC").
        if !(lex.associates.contains(role) || lex.is_role_noun(role)) {
            return None;
        }
        let name_start = next.clone().filter(|w| roles > 0 && named(w))?;
        let mut last = name_start.clone();
        for w in ws.by_ref() {
            if text[last.end..w.start] != *" " || !named(&w) {
                return starts_lower(word(&w)).then_some(name_start.start..last.end);
            }
            last = w;
        }
        return None;
    }
    // An opening participle and its preposition name nobody ("Reached by POLITICO, Hammond
    // …").
    if word(&first).len() > 4
        && word(&first).ends_with("ed")
        && next
            .as_ref()
            .is_some_and(|w| matches!(word(w), "by" | "about" | "whether" | "if"))
    {
        return None;
    }
    // An article opens a description ("A week later", "The company"), not a name.
    // (In lower case too, after an opening phrase: "At 9:52 p.m., a C.I.A. spokesman".)
    let article = matches!(lowercase(word(&first)).as_ref(), "a" | "an" | "the");
    if !(named(&first) || article) || article && !next.as_ref().is_some_and(named) {
        return None;
    }
    // The subject's last word so far; the subject ends before a lower-case word, its verb.
    let mut last = first.clone();
    while let Some(w) = next {
        // A name runs on over spaces, not over a colon, a dash or a quotation mark: the subject
        // ends there ("Hillary: Benghazi Victim Mother ‘Absolutely Wrong’ to Call Me a Liar";
        // "Sanders — now that he has drawn even — has to show").
        let gap = &text[last.end..w.start];
        // An age set off after the name ("Deputy Mayor Raymond Castellano, 58, was arrested …
        // and pleaded not guilty"): the name, when a verb follows.
        if gap == ", "
            && word(&w).bytes().all(|b| b.is_ascii_digit())
            && text[w.end..].starts_with(", ")
        {
            return ws
                .next()
                .filter(|v| starts_lower(word(v)))
                .map(|_| first.start..last.end);
        }
        if gap != " " && gap.contains([':', ';', '—', '–', '"', '“', '”', '‘']) {
            // A heading of words in capitals before a colon ("FACT SHEET: …") is nobody; one
            // word may be a speaker's label ("TRUMP:").
            let heading = gap.contains(':')
                && first != last
                && !text[first.start..last.end].contains(|c: char| c.is_lowercase());
            return (!heading).then_some(first.start..last.end);
        }
        // A party and state in brackets after the name ("Rep. Blake Farenthold (R-Texas) is
        // resigning"): no part of it.
        let tag_end = (gap == " ("
            && word(&w)
                .strip_prefix(['R', 'D', 'I'])
                .is_some_and(|r| r.starts_with('-')))
        .then(|| text[w.start..].find(')').filter(|&c| c <= 12))
        .flatten()
        .map(|c| w.start + c);
        if let Some(close) = tag_end {
            next = ws.next();
            while next.as_ref().is_some_and(|n| n.start < close) {
                next = ws.next();
            }
            continue;
        }
        if named(&w) {
            last = w;
        } else if word(&w) == "of" {
            // "of" goes on in a name ("Bank of America"); "the" after a name opens an
            // appositive ("John Ryder, the RNC’s chief counsel", "Alexander the Great").
            match ws.next() {
                Some(after) if named(&after) => last = after,
                _ => return starts_lower(word(&w)).then_some(first.start..last.end),
            }
        } else {
            // A role in lower case between a team's or body's name and a person's ("Rovers
            // manager Ian Whitlow was furious … he said"): the person.
            let lw = word(&w).to_ascii_lowercase();
            if (lex.is_role_noun(&lw) || lex.offices.contains(&lw)) && !is_possessive(word(&last)) {
                if let Some(name) = ws.next().filter(|n| named(n) && gap == " ") {
                    first = name.clone();
                    last = name;
                    next = ws.next();
                    continue;
                }
                // After an opening phrase, the role is the subject's head ("In May, a U.S.
                // District Court judge sided with", "At 9:52 p.m., a C.I.A. spokesman e-mailed");
                // not a name alone of "the Vermont senator", whom the role may not find.
                return match word(&first) {
                    "a" | "an" => Some(first.start..w.end),
                    f if starts_lower(f) => None,
                    _ => Some(first.start..last.end),
                };
            }
            // A name's possessive and whom or what of theirs it names ("Trump's campaign
            // backtracked, putting out …", "Clinton's spokesman backtracked, saying …"): the
            // subject is the whole description, one or two words long.
            if is_possessive(word(&last)) && starts_lower(word(&w)) {
                let noun = |v: &str| {
                    let v = v.to_ascii_lowercase();
                    lex.is_role_noun(&v)
                        || lex.associates.contains(&v)
                        || lex.organisation_words.contains(&v)
                        || lex.institution_heads.contains(&v)
                };
                let mut end = None;
                let mut head = Some(w.clone());
                for _ in 0..2 {
                    let Some(h) = head.take().filter(|h| starts_lower(word(h))) else {
                        break;
                    };
                    if noun(word(&h)) {
                        end = Some(h.end);
                    }
                    head = ws.next();
                }
                // (Not a role before a name, "Trump's campaign manager Paul Manafort", nor one
                // with the name set off after it, "Clinton's wife, Ana Clinton, spoke".)
                let name_set_off = end.is_some_and(|e| {
                    text[e..]
                        .strip_prefix(", ")
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                });
                if !head.as_ref().is_some_and(|h| starts_upper(word(h))) && !name_set_off {
                    if let Some(e) = end {
                        return Some(first.start..e);
                    }
                }
            }
            // A party's or a people's adjective alone before lower-case words ("Democratic
            // front-runner Hillary Clinton was the first …, tweeting"): the person they
            // describe, or the people ("Democratic presidential candidates wasted no time …,
            // demanding").
            if first == last && gap == " " && starts_upper(word(&first)) {
                let adjective = word(&first);
                if is_party_adjective(adjective)
                    || lex.party_members.contains_lower(adjective)
                    || lex.is_nationality(adjective)
                {
                    if let Some(s) =
                        described_after_adjective(text, lex, first.start, w.start, r.end)
                    {
                        return Some(s);
                    }
                }
            }
            // A capitalised opening, lower-case words describing a business and its name
            // ("Chilean state copper miner Codelco lowered …, citing", "German engineering group
            // Siemens cut … and said", "Apple supplier Foxconn said"): the business.
            if starts_upper(word(&first)) && gap == " " {
                if let Some(s) = business_after_description(text, lex, w.start, r.end) {
                    return Some(s);
                }
            }
            // (After an article in lower case, no nationality alone: not "the Italian" of "For
            // example, the Italian moral theologian, Maurizio Chiodi, claimed".)
            // Nor a party's adjective before people ("By noon, the Democratic senators had
            // left, saying").
            let nationality = article && first != last && {
                let run = &text[first.end..last.end];
                !run.trim_start().contains(' ') && lex.is_nationality(run.trim_start())
            };
            let people = || {
                let w = word(&w).to_ascii_lowercase();
                lex.is_role_noun_or_plural(&w)
            };
            // (A lower-case article before a party's or a body's name and people is the whole
            // description: "the Democratic senators", "the Pentagon officials".)
            if starts_lower(word(&first)) && people() {
                return Some(first.start..w.end);
            }
            return (starts_lower(word(&w)) && !(starts_lower(word(&first)) && nationality))
                .then_some(first.start..last.end);
        }
        next = ws.next();
    }
    None
}

/// After a capitalised adjective opening a subject at `start`, the lower-case words from `from`
/// (up to three, no function word) and then: a full name ("Democratic front-runner Hillary
/// Clinton"), which is the subject; or a verb after people ("Democratic presidential
/// candidates wasted"), when the whole description from `start` is.
fn described_after_adjective(
    text: &str,
    lex: &Lexicon,
    start: usize,
    from: usize,
    end: usize,
) -> Option<Range<usize>> {
    let mut ws = words::words(&text[from..end]).map(|w| from + w.start..from + w.end);
    let mut last = ws.next()?;
    let mut described = 1;
    let people = |w: &str| {
        let w = w.to_ascii_lowercase();
        lex.is_role_noun_or_plural(&w)
    };
    loop {
        let w = ws.next()?;
        if text[last.end..w.start] != *" " {
            return None;
        }
        let t = &text[w.clone()];
        if starts_upper(t) {
            // A full name: two words or more, the first a first name, right after a noun that
            // describes a person ("front-runner", "nominee"), not a verb and its object
            // ("Russian forces captured John Smith").
            let noun = text[last.clone()].to_ascii_lowercase();
            let describes = people(&noun)
                || lex.offices.contains(&noun)
                || matches!(
                    noun.as_str(),
                    "front-runner"
                        | "frontrunner"
                        | "hopeful"
                        | "challenger"
                        | "contender"
                        | "rival"
                        | "incumbent"
                        | "host"
                        | "anchor"
                );
            if !describes {
                return None;
            }
            let name_start = w.start;
            let mut name_end = w.end;
            let mut words = 1;
            for n in ws.by_ref() {
                if text[name_end..n.start] != *" " || !starts_upper(&text[n.clone()]) {
                    break;
                }
                name_end = n.end;
                words += 1;
            }
            let first_name = super::Gender::listed(&lex.male_names, &lex.female_names, t);
            return (words >= 2 && first_name != super::Gender::Unknown)
                .then_some(name_start..name_end);
        }
        if people(&text[last.clone()]) {
            // A lower-case word after people is their verb ("candidates wasted").
            return Some(start..last.end);
        }
        if super::name::is_function_word(t)
            || t.contains(['\'', '’'])
            || (t.len() > 4 && t.ends_with("ed"))
        {
            return None;
        }
        described += 1;
        if described > 3 {
            return None;
        }
        last = w;
    }
}

/// From `from`, one to three lower-case words ending on a noun for a business ("state copper
/// miner", "engineering group", "supplier") and the capitalised name they describe, followed by
/// a lower-case word or a comma: the name ("Codelco", "Siemens", "Foxconn").
fn business_after_description(
    text: &str,
    lex: &Lexicon,
    from: usize,
    end: usize,
) -> Option<Range<usize>> {
    /// Nouns for a business or its relation to another, beside the institution roles.
    #[rustfmt::skip]
    const BUSINESS_NOUNS: &[&str] = &[
        "miner", "giant", "conglomerate", "supplier", "chain", "exporter", "subsidiary",
        "parent", "rival", "provider", "regulator", "watchdog", "platform", "developer",
    ];
    let mut ws = words::words(&text[from..end]).map(|w| from + w.start..from + w.end);
    let mut described: Option<Range<usize>> = None;
    for w in ws.by_ref() {
        if described
            .as_ref()
            .is_some_and(|d| text[d.end..w.start] != *" ")
        {
            return None;
        }
        let t = &text[w.clone()];
        if starts_upper(t) {
            let noun = text[described?].to_ascii_lowercase();
            let business = lex.institution_roles.contains(&noun)
                || super::known::BUSINESS_ROLES.contains(&noun.as_str())
                || BUSINESS_NOUNS.contains(&noun.as_str())
                || noun.ends_with("maker");
            if !business {
                return None;
            }
            let mut name = w.clone();
            for n in ws.by_ref() {
                let gap = &text[name.end..n.start];
                if gap == " " && starts_upper(&text[n.clone()]) {
                    name.end = n.end;
                    continue;
                }
                return (gap == " " && starts_lower(&text[n]) || gap.starts_with(','))
                    .then_some(name);
            }
            return None;
        }
        let lower_word = t.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        if !lower_word || super::name::is_function_word(t) {
            return None;
        }
        if let Some(d) = &described {
            if w.start - from > 40 || text[from..d.end].split(' ').count() >= 3 {
                return None;
            }
        }
        described = Some(w);
    }
    None
}

/// Whether `with` (a word) tells where the people before it work ("lawyers with the ACLU", "a
/// spokesman with the agency"): after a person's role, singular or plural, or "people"; not
/// what they know ("people with knowledge of the talks") nor with whom they act ("work with
/// Clinton", "affiliated with").
fn works_with(lex: &Lexicon, before: &str, with: &str, after: Option<&Cow<str>>) -> bool {
    with == "with"
        && !after.is_some_and(|a| matches!(a.as_ref(), "knowledge" | "direct" | "ties"))
        && (before == "people" || lex.is_role_noun_or_plural(before))
}

/// Common irregular verbs in the past tense, that may follow a subject (auxiliaries are the
/// lexicon's `subject_auxiliaries`).
const PAST_TENSES: &[&str] = &[
    "took", "made", "gave", "went", "came", "got", "sat", "stood", "left", "began", "shook",
    "held", "kept", "met", "saw", "thought", "spoke", "wrote", "read", "put", "ran", "drew",
    "threw", "stole", "sent", "broke", "hit", "won", "lost", "paid", "sold", "bought", "told",
    "rose", "fell", "grew",
];

/// A verb in the past tense, or a copula, after a subject ("reported", "rose", "is").
pub(super) fn is_past_or_copula(v: &str) -> bool {
    v.ends_with("ed") || PAST_TENSES.contains(&v) || matches!(v, "is" | "was" | "are" | "were")
}

/// A role the sentence opens with, before its verb: "The judge" of "The judge rubbed his chin,
/// and then said", "The former minister" of "The former minister paused, then said". "The" and
/// at most two lower-case words before a role noun; after it a verb in the past tense or an
/// auxiliary ("The executive council voted" and "The first member of Congress" open on none).
pub(super) fn opening_role(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    r: Range<usize>,
) -> Option<Range<usize>> {
    let mut ws = words::words(&text[r.clone()]).map(|w| r.start + w.start..r.start + w.end);
    let first = ws.next()?;
    // (Also a copula before an infinitive's frame: "The council is expected to announce".)
    // (And a few more irregular verbs in the past, right after the subject: "The company cut
    // 200 jobs and said"; not everywhere a past tense is asked for, where "the tax cut" is a
    // noun.)
    let is_verb = |v: &str| {
        is_past_or_copula(v)
            || matches!(
                v,
                "cut"
                    | "shut"
                    | "spent"
                    | "built"
                    | "led"
                    | "brought"
                    | "sought"
                    | "fought"
                    | "chose"
                    | "struck"
                    | "fled"
                    | "became"
            )
            || lex.subject_auxiliaries.contains(v)
            || matches!(v, "has" | "have" | "had" | "will" | "would")
    };
    // People counted or named by their role in the plural ("Tens of thousands of people
    // marched …, demanding", "Protesters blocked the road, chanting"), before a verb.
    // (Also the police and the authorities: "Police arrested two men and said".)
    let people = |w: &str| {
        matches!(w, "people" | "police" | "authorities")
            || (w.ends_with('s') && lex.is_role_noun_or_plural(w))
    };
    if !para.is_quoted(first.start) {
        let lower = text[first.clone()].to_ascii_lowercase();
        let mut head = first.clone();
        // People counted, with a bound or none ("More than a thousand protesters marched",
        // "At least 40 lawmakers, including …, signed", "Forty lawmakers signed"): the word
        // after the count.
        if let Some((_, at)) = after_count(&text[first.start..r.end]) {
            let at = first.start + at;
            if let Some(w) = words::words(&text[at..r.end]).next() {
                head = at + w.start..at + w.end;
            }
        } else if is_crowd_count(&lower) {
            let mut rest = words::words(&text[first.end..r.end])
                .map(|w| first.end + w.start..first.end + w.end);
            // (Up to two lower-case words may describe them: "Thousands of opposition
            // supporters gathered".)
            let mut modifiers = 0;
            head = loop {
                let w = rest.next()?;
                let word = text[w.clone()].to_ascii_lowercase();
                if matches!(word.as_str(), "of" | "thousands" | "hundreds") {
                    continue;
                }
                if !people(&word) && modifiers < 2 && starts_lower(&text[w.clone()]) {
                    modifiers += 1;
                    continue;
                }
                break w;
            };
        } else if !people(&lower)
            && !matches!(
                lower.as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
            )
            && !lex.pronouns.contains(&lower)
            && !is_subordinator(&lower)
            && !lex.not_names.contains(&lower)
        {
            // (Or one word describing them: "Local residents blocked the road, demanding"; not a
            // conjunction opening a clause, "After protesters blocked the highway, police …".)
            if let Some(w) = words::words(&text[first.end..r.end]).next() {
                let second = first.end + w.start..first.end + w.end;
                if text[first.end..second.start] == *" "
                    && starts_lower(&text[second.clone()])
                    && people(&text[second.clone()].to_ascii_lowercase())
                {
                    head = second;
                }
            }
        }
        let word = text[head.clone()].to_ascii_lowercase();
        if people(&word) {
            // (With where they work: "Analysts at Brenmoor Bank raised their target, saying",
            // "Lawmakers on Capitol Hill reacted swiftly, calling".)
            if let Some(rest) = ["at ", "from ", "on ", "in "]
                .iter()
                .find_map(|p| text[head.end..r.end].strip_prefix(' ')?.strip_prefix(p))
            {
                // (Not a day or a month: "Senators on Tuesday passed the bill, saying".)
                let name_len = rest
                    .split(' ')
                    .take(4)
                    .take_while(|w| {
                        starts_upper(w)
                            && w.chars().all(|c| c.is_alphanumeric())
                            && !crate::text::is_month_or_weekday(w)
                    })
                    .map(|w| w.len() + 1)
                    .sum::<usize>();
                if name_len > 0 {
                    head.end = r.end - rest.len() + name_len - 1;
                }
            }
            let after = &text[head.end..r.end];
            // (Past a time: "Senators on Tuesday passed the bill, saying".)
            let mut words_after = after.split_whitespace().peekable();
            if let Some(time) = words_after
                .clone()
                .nth(1)
                .filter(|w| crate::text::is_month_or_weekday(w.trim_end_matches(',')))
            {
                if matches!(words_after.peek(), Some(&("on" | "in"))) && !time.is_empty() {
                    words_after.nth(1);
                }
            }
            let verb = words_after.next().unwrap_or("");
            // (Not when a second clause has its own subject: "Protesters marched …, and police
            // fired tear gas, saying".)
            // (Nor "… and Emanuel fired …, acknowledging": a name after "and" opens a clause.)
            let second_clause = [", and ", ", but ", "; "].iter().any(|c| after.contains(c))
                || after.match_indices(" and ").any(|(i, _)| {
                    // (A name and its own verb: not "met with Biden and Harris, saying".)
                    let mut ws = after[i + 5..].split(' ');
                    let mut names = 0;
                    let verb = ws.find(|w| {
                        let name = starts_upper(w);
                        names += usize::from(name);
                        !name
                    });
                    names > 0 && verb.is_some_and(|v| v.len() > 3 && is_past_or_copula(v))
                });
            if after.starts_with(' ') && is_verb(verb) && !second_clause {
                return Some(first.start..head.end);
            }
        }
    }
    // … or a quantifier and people or institutions, a place before them ("Several Idaho
    // hospitals have stopped delivering babies, citing …").
    // (In lower case after an opening phrase: "At 9:52 p.m., a C.I.A. spokesman e-mailed".)
    let opener = text[first.clone()].to_ascii_lowercase();
    // (Or a count: "Three hospitals in the region filed a complaint, saying", "Two heartland
    // states filed the first major court challenge …, saying".)
    let counted = matches!(
        opener.as_str(),
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    );
    let quantifier = counted
        || matches!(
            opener.as_str(),
            "several" | "many" | "some" | "most" | "both" | "other"
        );
    let indefinite = matches!(opener.as_str(), "a" | "an" | "one");
    // (Or an owner's: "His campaign sued the DNC on Friday, claiming".)
    let owned = matches!(opener.as_str(), "his" | "her" | "their" | "its");
    if para.is_quoted(first.start) || !(opener == "the" || quantifier || indefinite || owned) {
        return None;
    }
    let institution = |w: &str| {
        let one = crate::text::singular(w);
        one.as_deref()
            .is_some_and(|one| lex.organisation_words.contains(one))
            || lex.organisation_words.contains(w)
            // (States and countries counted are governments: "Two heartland states filed".)
            || (counted
                && one
                    .as_deref()
                    .is_some_and(|one| matches!(one, "state" | "country" | "nation")))
    };
    for _ in 0..3 {
        let w = ws.next()?;
        let word = &text[w.clone()];
        if !starts_lower(word) && !quantifier {
            return None;
        }
        // (People by a role in the plural or by kin too: "Both parents stiffened …, saying".)
        let person = lex.role_nouns.contains(word)
            || (starts_lower(word)
                && crate::text::singular(word)
                    .is_some_and(|one| lex.is_role_noun(&one) || lex.associates.contains(&one)));
        // (A word of a description before its head is no head: "a senior administration
        // official also pushed back".)
        let head_follows = ws.clone().next().is_some_and(|n| {
            let n = &text[n];
            starts_lower(n) && (lex.role_nouns.contains(n) || institution(n))
        });
        if (person || (starts_lower(word) && institution(word))) && !head_follows {
            // Whom a spokesperson speaks for, by name ("A spokesperson for Grassley fired back,
            // telling"): part of the subject.
            if is_spokesperson(word) {
                if let Some(rest) = text[w.end..r.end].strip_prefix(" for ") {
                    let name_len = rest
                        .split(' ')
                        .take(4)
                        .take_while(|n| {
                            starts_upper(n) && n.chars().all(|c| c.is_alphanumeric() || c == '.')
                        })
                        .map(|n| n.len() + 1)
                        .sum::<usize>();
                    if name_len > 0 {
                        let name_end = r.end - rest.len() + name_len - 1;
                        let verb = text[name_end..r.end]
                            .split_whitespace()
                            .next()
                            .unwrap_or("");
                        return (text[name_end..].starts_with(' ') && is_verb(verb))
                            .then_some(first.start..name_end);
                    }
                }
            }
            let verb = ws.next()?;
            // The name it goes by, when it gives one: "A ransomware group calling itself
            // NightCrane claimed …", "a group known as NightCrane".
            let rest = &text[verb.start..r.end];
            let by_name = [
                "calling itself ",
                "calling themselves ",
                "known as ",
                "called ",
            ]
            .iter()
            .find_map(|p| rest.strip_prefix(p).map(|n| r.end - n.len()));
            if let Some(at) = by_name {
                let name_len = text[at..r.end]
                    .split(' ')
                    .take_while(|w| starts_upper(w) && w.chars().all(char::is_alphanumeric))
                    .map(|w| w.len() + 1)
                    .sum::<usize>()
                    .saturating_sub(1);
                // (With no name after it, "called" is the verb: "A group called for calm".)
                if name_len > 0 {
                    let name = at..at + name_len;
                    let next = text[name.end..r.end]
                        .split_whitespace()
                        .next()
                        .unwrap_or("");
                    return is_verb(next).then_some(name);
                }
            }
            // (An adverb may stand before the verb: "a senior administration official also
            // pushed back".)
            let mut verb = verb;
            for _ in 0..2 {
                let v = &text[verb.clone()];
                if !(matches!(v, "also" | "later" | "then" | "quickly" | "immediately")
                    || (v.len() > 4 && v.ends_with("ly") && starts_lower(v)))
                {
                    break;
                }
                verb = ws.next()?;
            }
            let between = &text[w.end..verb.start];
            return (between.starts_with(' ')
                && !between.contains(|c: char| !(c.is_alphanumeric() || c == ' '))
                && is_verb(&text[verb.clone()]))
            .then_some(first.start..w.end);
        }
    }
    None
}

/// The subject a sentence's main clause opens with ([`clause_subject`]), also after an opening
/// phrase set off by a comma ("But a few days later, Trump reversed himself").
pub(super) fn opening_subject(
    text: &str,
    lex: &Lexicon,
    para: &Paragraph,
    r: Range<usize>,
) -> Option<Range<usize>> {
    // A lone word may be capitalised only because it opens the sentence ("Hours later, Trump
    // returned …").
    // (Nor a word no sentence's start explains: a capital right after a small letter inside it
    // or a web domain, "FactCheck.org rated …, noting", "BuzzFeed"; not "Anti-Trump".)
    let a_name = |s: &Range<usize>| {
        let t = &text[s.clone()];
        t.contains(' ')
            || lex.pronouns.contains_lower(t)
            || capitalised_mid_sentence(text, s)
            || t.as_bytes()
                .windows(2)
                .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
            || [".com", ".org", ".net"].iter().any(|d| t.ends_with(d))
    };
    clause_subject(text, lex, para, r.clone())
        .filter(a_name)
        .or_else(|| {
            // (Not the comma of a number: "With just over $200,000, David Brat toppled".)
            let t = &text[r.clone()];
            let comma = t
                .match_indices(',')
                .map(|(i, _)| i)
                .find(|&i| !crate::text::between_digits(t, i))?;
            let opening = &text[r.start..r.start + comma];
            // A short opening phrase ("Hours later,"), or a participle's clause of any length
            // ("Asked on Monday whether Mr. Clinton would hold a cabinet post,").
            let first = opening.split_whitespace().next().unwrap_or("");
            let participle = first.len() > 4 && (first.ends_with("ed") || first.ends_with("ing"));
            // (Or a clause on a conjunction of time or reason: "After reporter Michael Scotto
            // finished his report, Grimm stormed back, … and said".)
            let subordinate = starts_upper(first) && is_subordinator(first);
            (participle || subordinate || opening.split_whitespace().count() <= 6)
                .then(|| clause_subject(text, lex, para, r.start + comma + 1..r.end))
                .flatten()
        })
}

/// Whether the words from a clause's subject to a cue (`between`) keep to that clause: a few
/// words, with no relative pronoun or conjunction ("Americans who want", "as some have said"),
/// colon, dash, semicolon or bracket that would open another, and no verb of receiving (`receiving_verbs`: "has faced criticism").
pub(super) fn same_clause(text: &str, lex: &Lexicon, between: Range<usize>) -> bool {
    let s = &text[between];
    if s.contains([':', ';', '—', '–', '―', '(', ')', '"', '“', '”']) {
        return false;
    }
    // "That" right before a closing "by" is what was done, no clause ("She followed that by
    // saying").
    let that_by = s.trim_end().ends_with(" that by");
    let mut n = 0;
    let mut last = "";
    let mut words_of = words::words(s).map(|w| &s[w]).peekable();
    while let Some(w) = words_of.next() {
        n += 1;
        if that_by && w == "that" && words_of.peek() == Some(&"by") {
            last = w;
            continue;
        }
        // A relative pronoun or a conjunction opens a clause of its own ("… derail his
        // campaign, as some have speculated"). "who's" is "who"; "won't" is no "won".
        let opens_clause = matches!(
            w.split(['\'', '’']).next().unwrap_or(w),
            "who"
                | "whom"
                | "whose"
                | "which"
                | "that"
                | "as"
                | "while"
                | "because"
                | "although"
                | "though"
                | "if"
                | "when"
                | "whereas"
        );
        if n > 8 || opens_clause || lex.receiving_verbs.contains_lower(w) {
            return false;
        }
        last = w;
    }
    // "an estimated loss", "the disputed territory", "with attacking style": the cue is an
    // adjective.
    !matches!(last, "a" | "an" | "the" | "with")
}

/// How far either side of a phrase [`capitalised_mid_sentence`] looks (bytes).
const MID_SENTENCE_REACH: usize = 8_000;

/// Whether the first word of `phrase` is written with a capital somewhere in `text` where no
/// sentence starts (after a word, not after a full stop, a quotation mark or a line break), or
/// anywhere as a possessive ("Toyota's plant"): evidence that a word opening a sentence is a
/// name and not capitalised only because it starts the sentence.
pub(super) fn capitalised_mid_sentence(text: &str, phrase: &Range<usize>) -> bool {
    let Some(first) = words::words(&text[phrase.clone()]).next() else {
        return false;
    };
    let word = &text[phrase.start + first.start..phrase.start + first.end];
    // Looked for within 8 KB either side, so a huge article of many such phrases stays linear.
    let from =
        crate::text::floor_char_boundary(text, phrase.start.saturating_sub(MID_SENTENCE_REACH));
    let to = crate::text::floor_char_boundary(text, phrase.end + MID_SENTENCE_REACH);
    // The occurrences `str::match_indices` finds (left to right, not overlapping), found by a
    // vectorised search; a word is valid UTF-8, so each starts and ends on a char boundary.
    memchr::memmem::find_iter(&text.as_bytes()[from..to], word).any(|at| {
        let at = from + at;
        let before = text[..at].trim_end_matches(' ');
        let rest = &text[at + word.len()..];
        let after = rest.chars().next();
        let starts_word = !text[..at].ends_with(|c: char| c.is_alphanumeric());
        let possessive = ["'s ", "’s "].iter().any(|s| rest.starts_with(s));
        starts_word && possessive
            || before.len() < at
                && (before.ends_with(|c: char| c.is_alphanumeric() || c == ',')
                    || before.ends_with('.')
                        && sentences::before_period_blocks(text, 0, before.len() - 1))
                && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the "and" at `ws[at]` joins the parts of one organisation's name rather than two
/// sources: the part before it names an office, centre or department "of" or "for" something
/// ("The Centers for Disease Control and Prevention", "the Office of Management and Budget"),
/// or is one word before a public body's name ("The Food and Drug Administration"). "The
/// Justice Department and FBI" and "Ford and General Motors" are two sources.
fn joins_a_name(
    text: &str,
    lex: &Lexicon,
    ws: &[Range<usize>],
    lower: &[Cow<str>],
    at: usize,
) -> bool {
    let cap = |i: usize| starts_upper(&text[ws[i].clone()]);
    if at == 0 || at + 1 >= ws.len() || !cap(at - 1) || !cap(at + 1) {
        return false;
    }
    // The capitalised run before "and", with the particles inside it.
    let mut start = at;
    while start > 0 && (cap(start - 1) || matches!(lower[start - 1].as_ref(), "of" | "for")) {
        start -= 1;
    }
    while start < at && (!cap(start) || lower[start] == "the") {
        start += 1;
    }
    let before = &lower[start..at];
    // A name of its own before "and" ("FBI and Justice Department") is a second source.
    let acronym = |i: usize| {
        let w = &text[ws[i].clone()];
        w.len() > 1 && !w.chars().any(char::is_lowercase)
    };
    let mut end = at + 1;
    while end < ws.len() && cap(end) {
        end += 1;
    }
    let after = &lower[at + 1..end];
    // The part after "and" is a name of its own when it is an acronym, owns something or holds
    // an organisation's word ("and Ukraine's military", "and Harvard University", "and U.S.
    // Marshals"); not a topic alone that may also end an organisation's name ("and Industry" in
    // "Department of Labor and Industry").
    let own_name = acronym(at + 1)
        || after.iter().any(|w| is_possessive(w))
        || after.iter().any(|w| {
            lex.organisation_words.contains(w) && !(after.len() == 1 && lex.name_topics.contains(w))
        });
    // "of" or "for" a topic after an organisation's word, and a short topic after "and" ("of
    // Health and Human Services", "for Disease Control and Prevention"); not "of" a place, which
    // ends a name ("Bank of America and Wells Fargo", "University of California and Stanford").
    // … and a topic, not a proper name, after "and" ("Prevention", "Budget"; not "Amazon").
    let is_topic = |w: &str| {
        lex.name_topics.contains(w)
            || [
                "tion", "sion", "ment", "ity", "ics", "ance", "ence", "ness", "ure", "ogy",
            ]
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
    };
    let topic = after.last().is_some_and(|w| is_topic(w));
    // A department's topics before an office and its holder's name ("Health and Human Services
    // Secretary Robert F. Kennedy Jr.", "Energy and Commerce Committee Chairman Frank Pallone"):
    // one title, not a second source.
    let office_title = before.len() == 1
        && !acronym(start)
        && is_topic(&before[0])
        && (1..after.len().saturating_sub(1)).any(|k| {
            lex.offices.contains(&after[k])
                && (is_topic(&after[k - 1]) || lex.organisation_words.contains(&after[k - 1]))
        });
    let of_something = after.len() <= 2
        && !own_name
        && topic
        && before.iter().enumerate().any(|(i, w)| {
            matches!(w.as_ref(), "of" | "for")
                && i > 0
                && lex.organisation_words.contains(&before[i - 1])
                && before
                    .get(i + 1)
                    .is_some_and(|topic| !lex.places.contains(topic))
        });
    let public_body = end - at > 2
        && matches!(
            lower[end - 1].as_ref(),
            "administration"
                | "department"
                | "office"
                | "agency"
                | "commission"
                | "bureau"
                | "service"
                | "services"
                | "authority"
                | "board"
                | "committee"
                | "council"
                | "association"
                | "executive"
                | "inspectorate"
        );
    // (One word before "and", after a country's acronym or not: "the Food and Drug
    // Administration", "the U.S. Securities and Exchange Commission"; not "FBI and Justice
    // Department".)
    // (A country's acronym may come as its letters: "U.S." is "U", "S".)
    let country = (0..before.len())
        .take_while(|&i| {
            let w = &text[ws[start + i].clone()];
            w.len() <= 2 && w.chars().all(|c| c.is_ascii_uppercase())
        })
        .count();
    let one_word_before = (before.len() == 1 && !acronym(start))
        || (before.len() == country + 1 && country > 0 && !acronym(start + country));
    of_something
        || office_title
        || (one_word_before && !after.iter().any(|w| is_possessive(w)) && public_body)
}

/// Adverbs that may stand before a set-off past participle ("The decision, first reported by
/// Bloomberg, is").
pub(in crate::attribution) const PARTICIPLE_ADVERBS: &[&str] = &[
    "first",
    "also",
    "widely",
    "recently",
    "previously",
    "originally",
    "jointly",
];

/// Where a piece's past participle stands: after one of [`PARTICIPLE_ADVERBS`], else first.
fn participle_at(lower: &[Cow<str>]) -> usize {
    usize::from(
        lower
            .first()
            .is_some_and(|w| PARTICIPLE_ADVERBS.contains(&w.as_ref())),
    )
}

/// Where the agent of a participle of authorship starts, when a piece is one: after its last
/// "as", else its last "by" ("conducted by Gallup", "released on Wednesday night by Quinnipiac
/// University", "signed by 40 senators", "identified by police as John Smith").
pub(super) fn authorship_agent(lower: &[Cow<str>]) -> Option<usize> {
    let k = participle_at(lower);
    let authored = lower.len() >= k + 2
        && matches!(
            lower[k].as_ref(),
            "conducted"
                | "released"
                | "issued"
                | "published"
                | "compiled"
                | "written"
                | "led"
                | "headed"
                | "filed"
                | "named"
                | "identified"
                | "signed"
                | "commissioned"
                | "prepared"
                | "produced"
                | "authored"
                | "sponsored"
                | "organised"
                | "organized"
                | "run"
        );
    if !authored {
        return None;
    }
    // (Not the "as" of "as part of": "Court documents filed as part of the lawsuit allege".)
    let after = |word: &str| {
        lower[k + 1..]
            .iter()
            .rposition(|w| w == word)
            .map(|i| k + 1 + i + 1)
            .filter(|&a| !(word == "as" && lower.get(a).is_some_and(|w| w == "part")))
    };
    // (Only a name gives someone "as" what they are: "identified as …"; a document is "filed as
    // an exhibit".)
    let named = matches!(lower[k].as_ref(), "named" | "identified");
    after("as")
        .filter(|_| named)
        .or_else(|| after("by"))
        .filter(|&a| a < lower.len())
}

/// A state alone in brackets after a name: "Sen. Ted Cruz (Tex.)".
fn is_bracketed_state(text: &str, ws: &[Range<usize>]) -> bool {
    ws.len() == 1 && sentences::is_bracketed_state(text, &ws[0])
}

/// Whether a comma-separated piece before a cue describes the name before it rather than naming
/// anyone: it opens with an article ("a veteran strategist", "the former head of …"), a
/// lower-case office or role ("spokesman for …"), a relative pronoun ("who heads …", "which
/// oversees …"), is a number (an age), a title written after a name ("SC"), a party ("D",
/// "R-Texas") or a state in brackets ("Tex.").
pub(super) fn is_appositive(
    text: &str,
    lex: &Lexicon,
    ws: &[Range<usize>],
    lower: &[Cow<str>],
) -> bool {
    let first = &text[ws[0].clone()];
    // A negated one is still one ("Another man, not seen on camera, then tells"; "Senator Tom
    // Reed, never seen at the hearings, told").
    if ws.len() >= 2 && matches!(lower[0].as_ref(), "not" | "never") {
        return is_appositive(text, lex, &ws[1..], &lower[1..]);
    }
    // A party and state after a legislator's name: "Rep. Brad Sherman (D-Calif.)", "Sen. Ted
    // Cruz, R-Texas, said".
    let whole = &text[ws[0].start..ws[ws.len() - 1].end];
    if ws.len() <= 4
        && matches!(whole.as_bytes(), [b'D' | b'R' | b'I', b'-', c, ..] if c.is_ascii_uppercase())
        || matches!(whole, "D" | "R" | "I")
        || is_bracketed_state(text, ws)
    {
        return true;
    }
    // … or in words, as The New York Times writes it: "Representative James Lankford,
    // Republican of Oklahoma, said", "Senator Bernie Sanders, independent of Vermont, said".
    if is_party_and_state(whole) {
        return true;
    }
    // … and goes on to an office: "Democrat of California and chairman of the House
    // Intelligence Committee".
    if let Some(and) = lower.iter().position(|w| w == "and") {
        if and >= 3
            && and + 1 < ws.len()
            && is_party_and_state(&text[ws[0].start..ws[and - 1].end])
            && starts_lower(&text[ws[and + 1].clone()])
            // (Not others named with the one set off: "signed by Senator Ron Wyden, Democrat of
            // Oregon and others".)
            && !matches!(
                lower[and + 1].as_ref(),
                "others" | "other" | "many" | "several" | "more" | "some" | "colleagues"
            )
        {
            return true;
        }
    }
    // A lower-case office or role after a name, with no article: "Amy Pope, deputy homeland
    // security advisor, said"; "Jane Doe, senior adviser, said".
    let role =
        |w: &str| lex.offices.contains(w) || lex.is_role_noun(w) || lex.associates.contains(w);
    if ws.len() <= 6
        && ws.iter().all(|w| starts_lower(&text[w.clone()]))
        && role(lower[lower.len() - 1].as_ref())
    {
        return true;
    }
    // The same role before where it is held: "refugee rights program director at Human Rights
    // Watch", "senior fellow with the Cato Institute".
    if let Some(at) = lower
        .iter()
        .position(|w| matches!(w.as_ref(), "at" | "of" | "for" | "with" | "in" | "to"))
        .filter(|&at| at > 0 && at <= 6 && ws.len() <= 14)
    {
        if ws[..at].iter().all(|w| starts_lower(&text[w.clone()])) && role(lower[at - 1].as_ref()) {
            return true;
        }
    }
    // A barrister's side in a British court report: "Simon Hale, defending, told the court",
    // "Rachel Evans, prosecuting, said".
    if matches!(
        whole,
        "defending" | "prosecuting" | "for the defence" | "for the prosecution" | "for the defense"
    ) {
        return true;
    }
    if first.chars().all(|c| c.is_ascii_digit()) {
        return ws.len() == 1;
    }
    // A quantifier floated after the people it counts, and what they share: "Sens. Johnny
    // Isakson and John Boozman, both up for reelection, said"; "The two senators, both
    // Republicans, said"; "The officers, each with a decade on the force, said".
    if ws.len() >= 2 && matches!(first, "both" | "all" | "each") {
        return true;
    }
    if ws.len() == 1 && lex.post_nominals.contains(first.trim_end_matches('.')) {
        return true;
    }
    // A participle phrase: "Trump, speaking at a rally in Wilmington, warned"; "Smith, when
    // asked about the vote, said".
    if ws.len() >= 2 && lower[0].ends_with("ing") && starts_lower(first) {
        return true;
    }
    if ws.len() >= 3
        && matches!(lower[0].as_ref(), "when" | "while" | "once" | "if")
        && (is_past_participle(&lower[1]) || lower[1].ends_with("ing"))
        && starts_lower(first)
    {
        return true;
    }
    // A past participle and where, when or by whom: "The report, released (on) Tuesday, said";
    // "The study, published in the journal Nature, found"; "The decision, first reported by
    // Bloomberg, is". Not one that names an author or a person ("The survey, conducted by Gallup,
    // found"; "The suspect, identified by police as John Smith, told"): that agent speaks.
    let k = participle_at(lower);
    let authorship = authorship_agent(lower).is_some();
    if ws.len() >= k + 2
        && !authorship
        && starts_lower(first)
        && is_past_participle(&lower[k])
        && matches!(
            lower[k + 1].as_ref(),
            "in" | "on"
                | "online"
                | "by"
                | "as"
                | "at"
                | "about"
                | "whether"
                | "if"
                | "why"
                | "what"
                | "how"
                | "last"
                | "earlier"
                | "this"
                | "from"
                | "after"
                | "before"
                | "during"
                | "with"
                | "for"
                | "under"
                | "since"
                | "between"
                | "over"
                | "to"
                | "late"
                | "early"
                | "today"
                | "yesterday"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        )
        // (Not "as" and a name: "The Disaster and Emergency Management Authority, known as AFAD,
        // said" is AFAD's.)
        && !(lower[k + 1] == "as" && ws.get(k + 2).is_some_and(|w| !starts_lower(&text[w.clone()])))
    {
        return true;
    }
    // A possessive place or body and a description in lower case: "The Information
    // Commissioner's Office, Britain's data protection regulator, said"; "John Smith, Britain's
    // ambassador to France, said".
    let possessive = first.ends_with("'s") || first.ends_with("’s");
    if possessive && ws.len() >= 2 && ws.len() <= 8 {
        let body = |w: &str| {
            role(w)
                || lex.institution_roles.contains(w)
                || lex.institution_heads.contains(w)
                || lex.organisation_words.contains(w)
        };
        let to = lower[1..]
            .iter()
            .position(|w| matches!(w.as_ref(), "at" | "of" | "for" | "to" | "in" | "on"))
            .map_or(lower.len(), |i| i + 1);
        if to >= 2
            && ws[1..to].iter().all(|w| starts_lower(&text[w.clone()]))
            && body(lower[to - 1].as_ref())
        {
            return true;
        }
    }
    if !starts_lower(first) {
        // "Panama coach", "USI associate professor of art history": a capitalised modifier and a
        // lower-case office or role, with no name after it.
        return ws.len() >= 2
            && starts_lower(&text[ws[ws.len() - 1].clone()])
            && starts_lower(&text[ws[1].clone()])
            && lower[1..].iter().any(|w| role(w.as_ref()));
    }
    // A noun phrase of its own set off after a name: "Robert Shrum, a veteran Democratic
    // strategist, said"; "America Rising PAC, an outside Republican group, is blasting".
    // "Tom Lee, one of the senator's advisers, said".
    // (Longer with a relative clause of its own: "Rich Heffley, a top Tallahassee GOP operative
    // who played a major role in John McCain’s big Florida win in 2008 and is now running Bush’s
    // early-vote efforts in the state, said".)
    let one_of = lower[0] == "one" && lower.get(1).is_some_and(|w| w == "of");
    // (Only an indefinite one, never a clause about anonymity, which may follow an opening
    // phrase as well as a name: "Last week, a senior official who spoke on condition of
    // anonymity because …, said" is the official's.)
    let relative = || {
        matches!(lower[0].as_ref(), "a" | "an")
            && lower[1..ws.len().min(12)]
                .iter()
                .any(|w| matches!(w.as_ref(), "who" | "whose"))
            && !lower.iter().any(|w| {
                matches!(
                    w.as_ref(),
                    "anonymity" | "named" | "identified" | "authorized" | "authorised" | "name"
                )
            })
    };
    if (one_of || matches!(lower[0].as_ref(), "a" | "an" | "the" | "another"))
        && (ws.len() <= 20 || (ws.len() <= 36 && relative()))
    {
        return true;
    }
    let head = lower[0].as_ref();
    // A relative clause ("Kim, who heads the institute,"; "the agency, which oversees …,"). A
    // relative pronoun alone opens a clause a parenthesis interrupts ("Bret Stephens, who,
    // after trading insults, said"): that is the subject, not an appositive.
    // (Also a place's clause on "where" with its own subject in lower case and its own verb:
    // "the lawsuit from Nebraska and Oklahoma, where marijuana is still outlawed, argues"; not
    // "the Capitol, where Senate Minority Leader Harry M. Reid (D-Nev.) told" nor "in Kabul,
    // where the Interior Ministry, in a statement, said", whose subject speaks.)
    // ("who's" is "who has": "Mayor Pete Buttigieg, who’s seen his campaign surge, also called
    // for".)
    let relative = lower[0].split(['’', '\'']).next().unwrap_or("");
    (ws.len() > 1 && matches!(relative, "who" | "whose" | "which"))
        || (ws.len() > 2
            && lower[0] == "where"
            && starts_lower(&text[ws[1].clone()])
            && lower[1..].iter().any(|w| {
                is_past_or_copula(w) || matches!(w.as_ref(), "has" | "have" | "had" | "will")
            }))
        || ((lex.offices.contains(head) || lex.is_role_noun(head))
            && ws.len() > 1
            && lower
                .iter()
                .any(|w| matches!(w.as_ref(), "for" | "of" | "at" | "to" | "with")))
}

/// A past participle: a regular one in -ed, or one of the common irregular ones.
fn is_past_participle(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || matches!(
            w,
            "written"
                | "made"
                | "seen"
                | "held"
                | "known"
                | "led"
                | "built"
                | "taken"
                | "given"
                | "sent"
                | "shown"
                | "drawn"
                | "brought"
                | "done"
                | "set"
                | "found"
                | "sold"
                | "told"
                | "paid"
                | "kept"
                | "left"
                | "heard"
                | "chosen"
                | "spoken"
                | "broken"
                | "driven"
                | "thrown"
        )
}

/// Words of a time, not a source, after "according to figures from the …" ("the start of the
/// year", "a year earlier").
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "start", "end", "beginning", "year", "month", "week", "day", "decade", "quarter", "period",
    "time", "last", "previous", "same", "first", "second", "third", "fourth", "past",
];

/// Where a subject ends when a participle of publication and its time close the words before
/// the cue ("… released Monday", "published on Tuesday", "issued last week"): at the participle
/// (byte offset in `before`, trailing space dropped).
fn published_when(before: &str) -> Option<usize> {
    let b = before.trim_end();
    let last = b.rsplit(' ').next()?;
    if !(is_weekday(last) || matches!(last, "today" | "yesterday" | "week" | "month" | "year")) {
        return None;
    }
    let rest = b[..b.len() - last.len()].trim_end();
    let rest = ["on", "last", "this", "earlier", "late"]
        .iter()
        .find_map(|w| rest.strip_suffix(w).filter(|r| r.ends_with(' ')))
        .map_or(rest, str::trim_end);
    let participle = rest.rsplit(' ').next()?;
    matches!(
        participle,
        "released" | "published" | "issued" | "posted" | "unveiled" | "filed" | "obtained"
    )
    .then(|| rest.len() - participle.len())
    .map(|n| before[..n].trim_end().len())
    // (Not a document pointed back to, "The report published Tuesday showed": that one's
    // issuer is another question.)
    .filter(|&n| n > 0 && !(before.starts_with("The ") && before[..n].split(' ').count() <= 2))
}

/// Where a phrase starting at `from` ends: at clause punctuation, but not at the full stop of a
/// title or an initial ("said Sen. Patty Murray", "said James B. Comey"), nor inside a web
/// domain ("according to Layoffs.fyi"); at `end` at the latest.
fn phrase_end(text: &str, from: usize, end: usize) -> usize {
    let region = &text[from..end];
    let mut stop = 0;
    loop {
        match region[stop..].find([',', ';', '.', ':', '(', '—', '–', '"', '“', '?', '!']) {
            Some(i)
                if region.as_bytes()[stop + i] == b'.'
                    && (sentences::before_period_blocks(text, from, from + stop + i)
                        || (stop + i > 0
                            && region.as_bytes()[stop + i - 1].is_ascii_alphanumeric()
                            && region
                                .as_bytes()
                                .get(stop + i + 1)
                                .is_some_and(u8::is_ascii_lowercase))) =>
            {
                stop += i + 1
            }
            Some(i) => break from + stop + i,
            None => break end,
        }
    }
}

/// A name set off by commas after a description of its bearer, up to the clause's end: "said
/// one Democrat, Senator Joe Manchin."; "said a Pentagon spokesman, John Kirby, on Monday".
pub(super) fn name_set_off_after(
    text: &str,
    lex: &Lexicon,
    comma: usize,
    end: usize,
) -> Option<Range<usize>> {
    if !text[comma..].starts_with(',') {
        return None;
    }
    let piece = comma + 1..phrase_end(text, comma + 1, end);
    let ws = words::ranges_in(text, &piece);
    let first = ws.first()?;
    let name = ws.len() <= 5
        && ws.iter().all(|w| starts_upper(&text[w.clone()]))
        && !lex.not_names.contains_lower(&text[first.clone()])
        && !is_weekday(&text[first.clone()])
        && text[comma + 1..first.start].trim().is_empty();
    name.then(|| first.start..ws[ws.len() - 1].end)
}

/// The speaker after the cue: "said Kim", "according to Seoul-based Yonhap News Agency,".
pub(super) fn subject_right(
    text: &str,
    lex: &Lexicon,
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
    // A participle's agent ("…, as first reported by The Wall Street Journal") reads as what a
    // claim is according to.
    let by_agent = text[cue.span.end..].starts_with(" by ");
    // A noun cue's source after "from" ("drew criticism from Democrats"); not a verb's place
    // ("said from Washington").
    let noun_from = noun_from(text, cue);
    let from = cue.span.end
        + if by_agent {
            " by".len()
        } else if noun_from {
            " from".len()
        } else {
            0
        };
    let stop = phrase_end(text, from, end);
    let r = from..stop;
    let ws = words::ranges_in(text, &r);
    let lower: Vec<Cow<str>> = ws.iter().map(|w| lowercase(&text[w.clone()])).collect();
    // (And whoever a reaction is "from": "drew criticism from unions".)
    let according =
        cue.text.starts_with("according") || by_agent || noun_from || cue.text.ends_with(" from");
    // (So does a passive's agent, the cue read up to its "by", through an organisation's "of":
    // "was criticised by the Bank of England".)
    let names_run_on = according || text[cue.span.clone()].ends_with(" by");
    let mut n = 0;
    // Inside an organisation's name that ran on through "of" or "for" ("the Office for the
    // Coordination of Humanitarian Affairs": its second "of" too).
    let mut in_name = false;
    for w in &lower {
        // What a claim is "according to" goes on through what it came from ("figures from a
        // freight data firm").
        let source_of = according
            && n > 0
            && matches!(w.as_ref(), "a" | "an" | "the")
            && matches!(lower[n - 1].as_ref(), "from" | "by")
            && !lower
                .get(n + 1)
                .is_some_and(|t| TIME_WORDS.contains(&t.as_ref()));
        // … and through the "of" inside an organisation's name ("the Bureau of Labor
        // Statistics"; not "Paul Sperry of Counter Jihad").
        let capital = |k: usize| {
            ws.get(k)
                .is_some_and(|w| text[w.clone()].starts_with(char::is_uppercase))
        };
        // (Also "for the" before a capital: "the Office for the Coordination of Humanitarian
        // Affairs", "the Institute for the Study of War".)
        let name_of = names_run_on
            && n > 0
            && (w == "of" || w == "for")
            && capital(n - 1)
            && (capital(n + 1)
                || (w == "for" && lower.get(n + 1).is_some_and(|t| t == "the") && capital(n + 2)))
            && (in_name || lex.organisation_words.contains(&lower[n - 1]));
        in_name |= name_of;
        let name_for_the = names_run_on
            && n > 1
            && w == "the"
            && lower[n - 1] == "for"
            && capital(n - 2)
            && capital(n + 1)
            && lex.organisation_words.contains(&lower[n - 2]);
        // … and through an office's "to" or "of" before a place ("Afghan Ambassador to the
        // United States Hamdullah Mohib", "Secretary of State Antony Blinken").
        let office_at = |k: usize| lex.offices.contains(lower[k].as_ref());
        // (Also an office's own office in lower case, after what a claim is according to:
        // "results posted by the Nevada secretary of state's office".)
        let possessive = |k: usize| {
            lower
                .get(k)
                .is_some_and(|t| t.ends_with("'s") || t.ends_with("’s"))
        };
        let office_to = n > 0
            && (w == "to" || w == "of")
            && office_at(n - 1)
            && (capital(n + 1)
                || (lower.get(n + 1).is_some_and(|t| t == "the") && capital(n + 2))
                || (according && w == "of" && possessive(n + 1)));
        in_name |= office_to && !capital(n + 1);
        let its_the = n > 1
            && w == "the"
            && matches!(lower[n - 1].as_ref(), "to" | "of")
            && office_at(n - 2)
            && capital(n + 1);
        // … and through the "of" of people counted or described as part of a body ("according
        // to members of Congress", "backlash from members of the press").
        let of_people = according
            && n > 0
            && ((w == "of" && names_members(&lower[n - 1]))
                || (matches!(w.as_ref(), "the" | "a" | "an")
                    && lower[n - 1] == "of"
                    && n > 1
                    && names_members(&lower[n - 2])));
        if source_of
            || name_of
            || name_for_the
            || office_to
            || of_people
            || its_the
            || (w == "and" && joins_a_name(text, lex, &ws, &lower, n))
        {
            n += 1;
            continue;
        }
        // Whoever a reaction is "from" ends before a verb of their own ("A terse response from
        // the GOP only said").
        // (Nor a phrase of time or reason after them: "from customers since the price rise",
        // "from all sides because of".)
        // (Nor a second thing from someone else: "criticism from Democrats and praise from
        // Republicans"; not more people, "members of the House and senators from both
        // parties".)
        if n > 0
            && (cue.text.ends_with(" from") || noun_from)
            && lower[n - 1] != "of"
            && starts_lower(&text[ws[n].clone()])
            && (is_past_or_copula(w)
                || is_speech_verb(w)
                || w.ends_with("ly")
                || lex.subject_auxiliaries.contains(w)
                || matches!(
                    w.as_ref(),
                    "has"
                        | "have"
                        | "had"
                        | "since"
                        | "because"
                        | "amid"
                        | "despite"
                        | "when"
                        | "while"
                        | "including"
                )
                || (w == "as"
                    && !matches!(lower[n - 1].as_ref(), "many" | "much" | "few" | "such"))
                || (w == "and"
                    && lower.get(n + 2).is_some_and(|t| t == "from")
                    && ws
                        .get(n + 1)
                        .is_some_and(|t| starts_lower(&text[t.clone()]))
                    && !lower.get(n + 1).is_some_and(|t| {
                        matches!(t.as_ref(), "people" | "others") || lex.is_role_noun_or_plural(t)
                    })))
        {
            break;
        }
        // Nor does any speaker after the cue go on into a clause of time, reason or manner
        // ("…,” said Sanders as he closed out.", "said Smith when asked").
        if n > 0
            && starts_lower(&text[ws[n].clone()])
            && (matches!(
                w.as_ref(),
                "when"
                    | "while"
                    | "because"
                    | "since"
                    | "although"
                    | "though"
                    | "before"
                    | "until"
                    | "unless"
                    | "if"
                    | "whereas"
            ) || (w == "as"
                // (Not a name it introduces, "the base chief known as Bob", nor who reported
                // it, "the redacted version as reported by Fox News".)
                && !matches!(
                    lower[n - 1].as_ref(),
                    "many" | "much" | "few" | "such" | "so" | "well" | "same"
                )
                // (Up to two words back: "a man identified only as Ahmed", "a man identified
                // by police as Ahmed Ali".)
                && !lower[n.saturating_sub(3)..n].iter().any(|t| {
                    matches!(
                        t.as_ref(),
                        "known" | "identified" | "described" | "named" | "called" | "dubbed"
                    )
                })
                && !lower
                    .get(n + 1)
                    .is_some_and(|t| matches!(t.as_ref(), "reported" | "quoted" | "cited" | "first"))))
        {
            break;
        }
        // Where an inverted cue's speaker comes from is no part of them ("tweeted a German user
        // from Hanover"); what a claim is according to goes on through it (above).
        // (A document's "from" names its issuer, as after "according to": "said a statement
        // from William McGinley".)
        let document_from = n > 0 && lex.documents.contains(lower[n - 1].as_ref());
        // (Nor where those a reaction is from come from: "rebukes from Democrats and Republicans
        // from rural districts".)
        if w == "from"
            && n > 0
            && ((!according && !document_from) || cue.text.ends_with(" from") || noun_from)
        {
            break;
        }
        // Where people work is no part of them, as with "at" ("according to lawyers with the
        // CARA project"), and what a document was filed with is not its author ("according to
        // the company's annual filing with the U.S. Securities and Exchange Commission").
        if n > 0
            && (works_with(lex, &lower[n - 1], w, lower.get(n + 1))
                || (w == "with" && according && lex.documents.contains(&lower[n - 1])))
        {
            break;
        }
        // Nor is a time looked back on ("declared by the Ministry of Health back in October").
        if w == "back" && n > 0 && lower.get(n + 1).is_some_and(|t| t == "in" || t == "on") {
            break;
        }
        if matches!(
            w.as_ref(),
            "in" | "at"
                | "on"
                | "over"
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
                // A participle or clause after the head ("Democrats involved in the talks",
                // "officials familiar with", "aides who").
                | "involved"
                | "familiar"
                | "briefed"
                | "knowledgeable"
                | "who"
                // What a document was "obtained by" or "seen by" is who has it, not who wrote
                // it ("according to data obtained by Breitbart Texas").
                | "obtained"
                | "seen"
                | "reviewed"
                | "acquired"
        ) && n > 0
            // (A capital letter of a dotted acronym is no article: "the C.I.A.".)
            && !(w == "a" && text[..ws[n].start].ends_with('.') && text[ws[n].end..].starts_with('.'))
        {
            break;
        }
        n += 1;
        // (An organisation's long name is read whole, up to a bound; so is a name the bound
        // would cut after a capitalised word: "attorneys Rudy Giuliani and Jay Sekulow".)
        let name_goes_on = n < 12 && capital(n - 1) && capital(n);
        if n >= if in_name { 14 } else { 8 } && !name_goes_on {
            break;
        }
    }
    // (Not a conjunction the run stopped after: "the Institute for the Study of War and the Kyiv
    // Independent" is two sources, the first the speaker.)
    while n > 1 && matches!(lower[n - 1].as_ref(), "and" | "or") {
        n -= 1;
    }
    // (A place or channel right after the cue is where it was said, not who said it: "said on
    // Telegram", "wrote in The Atlantic".)
    if n == 0
        || (!according
            && matches!(
                lower[0].as_ref(),
                "on" | "in" | "at" | "via" | "during" | "over" | "through"
            ))
    {
        return None;
    }
    // A reaction "from the start" is no one's.
    if (cue.text.ends_with(" from") || noun_from)
        && lower[0] == "the"
        && lower
            .get(1)
            .is_some_and(|t| TIME_WORDS.contains(&t.as_ref()))
    {
        return None;
    }
    // "said the" / "told a panel": an object, not a speaker, unless it names someone or stands
    // alone up to the end of the clause ("…,” said one former aide.", "asked the boy, who …").
    let first = &lower[0];
    let description = matches!(first.as_ref(), "the" | "a" | "an" | "one");
    // Right after a quotation an inverted cue's description is its speaker, however long ("…,”
    // said the former top aide to President George W. Bush"); so is what a source is "according
    // to" ("according to a congressional report").
    let after_quote = lex.inverting_cues.contains(&cue.text)
        && para
            .quotes_overlapping(&(span.start..cue.span.start))
            .iter()
            .any(|q| {
                q.end <= cue.span.start
                    && text[q.end..cue.span.start]
                        .trim_matches([',', ' ', '”', '"', '\''])
                        .is_empty()
            });
    let head = lower[n - 1].as_ref();
    let person = lex.is_role_noun(head)
        || lex.offices.contains(head)
        || lex.associates.contains(head)
        || lex.party_members.contains(head);
    // A possessive pronoun's or another's description of a person right after a quotation, and
    // the name set off after it: the name speaks ("…,” said his wife, Jane.", "…,” said its
    // chief executive, Mary Barra").
    let owned = matches!(
        first.as_ref(),
        "his" | "her" | "its" | "their" | "our" | "another"
    );
    if owned && after_quote && person && n == ws.len() {
        if let Some(name) = name_set_off_after(text, lex, stop, end) {
            return Some(name);
        }
    }
    // (With where they are or whom they work for, to the clause's end: "…, said a teacher at
    // the school, who asked not to be named".)
    let at_a_place = n < ws.len()
        && super::DESCRIPTION_PREPOSITIONS.contains(&lower[n].as_ref())
        && ws.len() - n - 1 <= super::DESCRIBED_PLACE_MAX_WORDS
        && ws[n + 1..].iter().zip(&lower[n + 1..]).all(|(r, w)| {
            starts_lower(&text[r.clone()])
                && !is_past_or_copula(w)
                && !lex.subject_auxiliaries.contains(w)
                && w != "that"
        });
    let to_clause_end = description
        && ((lex.inverting_cues.contains(&cue.text) && (n == ws.len() || (person && at_a_place)))
            || after_quote
            || according);
    if to_clause_end && person && at_a_place && !after_quote && !according {
        return Some(ws[0].start..ws[ws.len() - 1].end);
    }
    if (matches!(first.as_ref(), "the" | "a" | "an" | "it" | "that" | "to")
        || lex.addressees.contains(first))
        && !text[ws[0].start..ws[n - 1].end]
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
    let unnamed = lex.pronouns.contains(first)
        || matches!(
            first.as_ref(),
            "a" | "an" | "one" | "some" | "many" | "several"
        )
        || according;
    if complement || (!phrase.chars().any(char::is_uppercase) && !unnamed && !to_clause_end) {
        return None;
    }
    // A description of a person and the name set off after it: the name speaks ("said one
    // Democrat, Senator Joe Manchin"; "said the company's chief executive, John Stumpf"); not
    // after a name ("According to the New Zealand Herald, Professor John Burrows … said"). Also
    // after a possessive pronoun ("according to his sister, Ana Ramirez").
    let possessive = owned || lower[..n].iter().any(|w| is_possessive(w));
    if n == ws.len() && (description || possessive) && person {
        if let Some(name) = name_set_off_after(text, lex, stop, end) {
            return Some(name);
        }
    }
    Some(ws[0].start..ws[n - 1].end)
}

/// Whether a noun cue has its source after "from" ("drew criticism from Democrats"); not a verb's
/// place ("said from Washington").
pub(super) fn noun_from(text: &str, cue: &Cue) -> bool {
    let cue_word = cue.first_word();
    text[cue.span.end..].starts_with(" from ")
        && !(is_speech_verb(cue_word) || cue_word.ends_with("ing") || cue_word.ends_with('s'))
}

/// Whether `w` (lower case) names people as part of a body, before "of" ("members of Congress",
/// "leaders of both parties").
fn names_members(w: &str) -> bool {
    matches!(
        w,
        "members" | "member" | "leaders" | "leader" | "representatives"
    )
}

/// The agent of a passive cue when [`subject_right`] reads no name there: the words after "by"
/// (which `from` points past) up to clause punctuation, a quotation or a word that opens a
/// phrase or a clause of its own ("by rights groups", "by a military spokesman on Monday", "by
/// the ministry, which …"); at most eight words.
pub(super) fn passive_agent(
    text: &str,
    para: &Paragraph,
    from: usize,
    end: usize,
) -> Option<Range<usize>> {
    let end = para
        .quotes_overlapping(&(from..end))
        .iter()
        .map(|q| q.start)
        .find(|&q| q >= from)
        .unwrap_or(end);
    let region = &text[from..end];
    // Clause punctuation ends it, not a decimal point ("by 59.6 percent of voters").
    let cut = region
        .char_indices()
        .find(|&(i, c)| {
            matches!(
                c,
                ',' | ';' | '.' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '?' | '!'
            ) && !(c == '.' && crate::text::between_digits(region, i))
        })
        .map_or(region.len(), |(i, _)| i);
    let region = &region[..cut];
    let mut last = None;
    for (n, w) in words::words(region).enumerate() {
        let word = &region[w.clone()];
        let stop = matches!(
            lowercase(word).as_ref(),
            "in" | "at"
                | "on"
                | "during"
                | "after"
                | "before"
                | "for"
                | "about"
                | "to"
                | "that"
                | "who"
                | "which"
                | "with"
                | "over"
                | "since"
                | "as"
                | "and"
                | "but"
                | "last"
                | "this"
                | "earlier"
                | "when"
                | "while"
                | "because"
                // (A second "by" ends the agent: "rejected by lawmakers by a wide margin".)
                | "by"
        );
        if stop || n == 8 {
            break;
        }
        last = Some(w.end);
    }
    let first = words::words(region).next()?;
    // Not a time ("by now", "by the end of the week", "by 2030"); a weekday or a month has a
    // capital, and the caller reads it as a name, which it then is not.
    let first_word = lowercase(&region[first.clone()]);
    // The words as written between spaces ("59.6 percent", "5 p.m.").
    let mut tokens = region[first.start..].split_whitespace();
    let (_, second, third) = (tokens.next(), tokens.next().unwrap_or(""), tokens.next());
    let one_word = last == Some(first.end);
    const TIME_WORDS: &[&str] = &[
        "next",
        "this",
        "last",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "month",
        "year",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    ];
    let time = matches!(
        first_word.as_ref(),
        "now" | "then" | "today" | "tonight" | "tomorrow" | "yesterday" | "noon" | "midnight"
            | "midday"
    ) || (matches!(first_word.as_ref(), "early" | "late" | "mid" | "next")
        && (one_word || TIME_WORDS.contains(&second) || second.starts_with(char::is_uppercase)))
        || (first_word == "the"
            && matches!(
                second.trim_end_matches([',', '.']),
                "end" | "time" | "weekend" | "deadline" | "close" | "middle" | "start" | "beginning"
            )
            && third.is_none_or(|t| t == "of"))
        // A year, a clock time or a tally ("by 2030", "by 5 p.m.", "by 312 votes to 290"); a
        // number of people is an agent ("by 300 scientists", "by 59.6 percent of voters").
        || (first_word.len() == 4 && first_word.bytes().all(|b| b.is_ascii_digit()))
        || (first_word.starts_with(|c: char| c.is_ascii_digit())
            && (first_word.contains(':')
                || matches!(
                    second,
                    "p.m." | "a.m." | "p" | "a" | "pm" | "am" | "votes" | "vote" | "to"
                )))
        // Nor a means or a manner ("observed by climbing the steps", "by phone", "by email late
        // on Sunday", "by mistake", "by way of a filing"); "by law enforcement officials" and "by
        // design experts" are people.
        || first_word.ends_with("ing")
        || (matches!(
            first_word.as_ref(),
            "phone" | "telephone" | "email" | "e-mail" | "mail" | "text" | "post" | "mistake"
                | "accident" | "way" | "hand" | "chance" | "law" | "far" | "contrast"
                | "comparison" | "design" | "default" | "video" | "satellite"
        ) && (one_word || matches!(second, "of" | "late" | "early" | "from" | "link")))
        || (matches!(first_word.as_ref(), "a" | "an")
            && (matches!(second, "vote" | "margin" | "factor")
                || (second == "show" && third == Some("of"))));
    let last = last?;
    // (Nor one whose head is a manner or an amount: "by a wide margin", "by mutual agreement",
    // "by text message", "by some measures", "by the hundreds", "by 10 percent"; people counted
    // are agents, "by thousands", "by shareholders representing 10 percent".)
    let agent: Vec<Cow<str>> = region[first.start..last]
        .split(' ')
        .map(lowercase)
        .collect();
    let head = agent.last().map_or("", |w| w.as_ref());
    let manner = matches!(
        head,
        "margin"
            | "margins"
            | "agreement"
            | "consensus"
            | "message"
            | "messages"
            | "measure"
            | "measures"
            | "means"
    ) || (agent.len() == 2
        // (Not "by the hundreds who packed the hall": people.)
        && ((agent[0] == "the"
            && matches!(head, "hundreds" | "thousands" | "dozens")
            && region[last..].trim().is_empty())
            || (agent[0].starts_with(|c: char| c.is_ascii_digit()) && head == "percent")));
    (!time && !manner).then_some(from + first.start..from + last)
}

/// Whether a piece opens with "and" or "or" and then a determiner or a past-tense verb: the
/// last item of a list ("and several contractors") or a second verb ("and demanded action"),
/// not the end of one description ("and migration", "and union steward").
fn ends_a_list(lower: &[Cow<str>]) -> bool {
    matches!(lower, [c, next, ..] if matches!(c.as_ref(), "and" | "or")
        && (matches!(
            next.as_ref(),
            "the" | "a" | "an" | "several" | "some" | "many" | "other" | "two" | "three" | "their"
        ) || next.ends_with("ed")))
}

/// Whether no relative pronoun stands between a clause's subject and a cue (`at`): "It was
/// Pelosi who surprised her caucus by announcing" is not about "It". A dummy "it" or "there"
/// is nobody's subject.
fn shares_clause(text: &str, subject: &Range<usize>, at: usize) -> bool {
    let dummy = matches!(lowercase(&text[subject.clone()]).as_ref(), "it" | "there");
    let between = &text[subject.end..at];
    !dummy
        && !words::words(between).any(|w| {
            matches!(
                lowercase(&between[w]).as_ref(),
                "who" | "whom" | "whose" | "which" | "that"
            )
        })
}

/// A discourse marker set off by commas, standing between a subject and its verb: "for
/// example", "for instance", "for one", "in fact", "of course", "in turn", "in particular".
fn is_discourse_marker(lower: &[Cow<str>]) -> bool {
    matches!(
        lower,
        [a, b] if matches!(
            (a.as_ref(), b.as_ref()),
            ("for", "example" | "instance" | "one") | ("in", "fact" | "turn" | "particular") | ("of", "course")
        )
    )
}

/// A short quotation in title case after a few words of narration: a title ("The Apprentice",
/// "Modern Family"), not a quotation whose speaker follows it.
fn is_quoted_title(text: &str, from: usize, q: &Range<usize>) -> bool {
    let inside = words::ranges_in(text, q);
    (1..=4).contains(&inside.len())
        && inside.iter().all(|w| {
            let w = &text[w.clone()];
            starts_upper(w) || matches!(w, "of" | "the" | "a" | "and" | "in" | "on")
        })
        && words::count(&text[from..q.start]) >= 3
}

/// A preposition that may stand before a relative pronoun ("in which", "of whom").
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "of"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "from"
            | "by"
            | "about"
            | "during"
            | "under"
            | "through"
            | "after"
            | "before"
            | "among"
            | "against"
            | "into"
    )
}

/// A phrase opened by a preposition, written in lower case ("after the scandal broke", "during
/// an appearance at the resort").
/// (Also "among the handful of House Democrats who backed Ryan's bid", "along with Scott Pruitt",
/// "like Pruitt", and a clause on "of whom" or "of which", "many of whom opposed the deal": set
/// off after the subject.)
fn is_prepositional(text: &str, ws: &[Range<usize>], lower: &[Cow<str>]) -> bool {
    let of_whom = lower
        .windows(2)
        .take(3)
        .any(|w| w[0] == "of" && matches!(w[1].as_ref(), "whom" | "which"));
    ws.len() > 1
        && starts_lower(&text[ws[0].clone()])
        && (of_whom
            || matches!(
                lower[0].as_ref(),
                "among"
                    | "after"
                    | "before"
                    | "during"
                    | "despite"
                    | "amid"
                    | "at"
                    | "in"
                    | "on"
                    | "from"
                    | "without"
                    | "through"
                    | "unlike"
                    | "like"
                    | "along"
                    | "alongside"
                    | "together"
            ))
}

/// A time phrase alone: "last month", "on Tuesday", "earlier this week", "this year".
pub(super) fn is_time_phrase(lower: &[Cow<str>]) -> bool {
    const OPENERS: &[&str] = &[
        "last", "this", "earlier", "later", "on", "late", "early", "next",
    ];
    const UNITS: &[&str] = &[
        "this",
        "last",
        "week",
        "weekend",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "day",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
    ];
    (2..=4).contains(&lower.len())
        && OPENERS.contains(&lower[0].as_ref())
        && lower[1..]
            .iter()
            .all(|w| UNITS.contains(&w.as_ref()) || is_weekday(w))
}
