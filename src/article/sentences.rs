//! Sentence splitter: abbreviation-aware, one pass over the bytes of a paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when
//! whitespace follows and the next word starts with an upper-case letter, a digit or an opening
//! quote. A period does not end a sentence after a known abbreviation (Mr., Gen., Jan., a.m.),
//! a single-letter initial (J. Park) or a dotted acronym (U.S., U.N.).
//!
//! Written here rather than taken from a crate: UAX #29 sentence breaking (unicode-segmentation)
//! splits "U.S. | Defense Secretary", "Mr. | Kim" and "Dr. | J. | Park", which news copy is full
//! of, and the model-based splitters need model files this tool does not ship.

use std::ops::Range;

/// Abbreviations after which a period does not end a sentence (compared lower-case, without the
/// final period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
    "adm", "gov", "sen", "rep", "rev", "hon", "pres", "st", "ste", "jr", "sr", "messrs", "mme",
    "mmes", "inc", "ltd", "co", "corp", "bros", "vs", "v", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "pp", "fig", "ave",
    "blvd", "mt", "ft", "approx", "dept", "est", "gov't", "govt", "e.g", "i.e", "a.m", "p.m",
    "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "cf", "al", "ca", "sgt", "supt", "insp", "det",
    "pvt", "cpl", "brig", "fr", "ph.d", "b.a", "m.a", "sens", "reps", "govs", "gens", "drs",
];

pub(crate) fn is_abbreviation(word: &str) -> bool {
    /// The keys of [`ABBREVIATIONS`], sorted for a binary search.
    static KEYS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
        let mut keys: Vec<u64> = ABBREVIATIONS
            .iter()
            .map(|a| abbreviation_key(a.as_bytes()))
            .collect();
        keys.sort_unstable();
        keys
    });
    word.len() <= 6
        && KEYS
            .binary_search(&abbreviation_key(word.as_bytes()))
            .is_ok()
}

/// A word of at most six bytes as one number: its length, then its bytes ASCII lower-cased (the
/// length keeps words of different lengths apart, whatever bytes they hold).
fn abbreviation_key(word: &[u8]) -> u64 {
    word.iter().fold(word.len() as u64, |key, b| {
        (key << 8) | u64::from(b.to_ascii_lowercase())
    })
}

/// Closing punctuation that may follow a sentence's final mark: `.”` `?"` `.)` `!’`.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Splits `text` (one paragraph) into sentence ranges relative to `text`, trimmed of spaces.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = skip_space(text, 0);
    let mut i = start;
    // The next "…" (U+2026) at or after `ellipsis`, found with a fast search like the marks.
    let mut ellipsis = next_ellipsis(bytes, 0);
    while i < bytes.len() {
        // Jump to the next candidate mark.
        if ellipsis < i {
            ellipsis = next_ellipsis(bytes, i);
        }
        let mark = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(bytes.len(), |p| i + p);
        i = mark.min(ellipsis);
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        let mark_len = if i == ellipsis { "…".len() } else { 1 };
        // Run of terminal marks ("?!", "...").
        let mut end = i + mark_len;
        while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?') {
            end += 1;
        }
        // Closing quotes and brackets stay with the sentence.
        let mut rest = text[end..].chars();
        let mut after = end;
        for c in rest.by_ref() {
            if is_closer(c) {
                after += c.len_utf8();
            } else {
                break;
            }
        }
        let next_start = skip_space(text, after);
        let boundary = next_start > after
            && next_start < bytes.len()
            && starts_sentence(&text[next_start..])
            && !(b == b'.' && end == i + 1 && before_period_blocks(text, start, i));
        if boundary {
            out.push(start..after);
            start = next_start;
            i = next_start;
        } else {
            i = end.max(i + 1);
        }
    }
    let end = trim_end(text, bytes.len());
    if end > start {
        out.push(start..end);
    }
    out
}

/// Where the next "…" at or after byte `from` of `bytes` starts (the end of `bytes` when there is
/// none), with a searcher built once.
fn next_ellipsis(bytes: &[u8], from: usize) -> usize {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("…"));
    FINDER
        .find(&bytes[from..])
        .map_or(bytes.len(), |p| from + p)
}

fn skip_space(text: &str, from: usize) -> usize {
    let mut i = from;
    for c in text[from..].chars() {
        if c.is_whitespace() {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn trim_end(text: &str, to: usize) -> usize {
    text[..to].trim_end().len()
}

fn starts_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some('"' | '“' | '‘' | '\'' | '(' | '[' | '`') => chars
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.'),
        _ => false,
    }
}

/// True when the word before the period at `dot` (the word starting after `sentence_start`) is
/// an abbreviation, an initial or an acronym: "Sen.", "J.", "U.S.".
pub fn before_period_blocks(text: &str, sentence_start: usize, dot: usize) -> bool {
    let word_start = text[sentence_start..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '['))
        .map_or(sentence_start, |p| {
            let ch = text[sentence_start + p..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            sentence_start + p + ch
        });
    let word = &text[word_start..dot];
    if word.is_empty() {
        return false;
    }
    // A single letter: an initial (J. Park), a letter in a dotted acronym, or the "v." of a
    // case's name ("Whitlock v. Bureau of Land Management").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase() || c == 'v';
    }
    // A time of day before a new sentence ("He left at 5 p.m. Then it rained.", "before 5 a.m.
    // “You waited …"): not before a day, a month or a zone ("at 9 a.m. Tuesday", "8 p.m. ET").
    if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
        let rest = text[dot + 1..].trim_start_matches(' ');
        let next = rest
            .trim_start_matches(['"', '“'])
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // (A day's possessive opens a sentence: "at 5 a.m. Monday's attack was the third".)
        let possessive = rest
            .trim_start_matches(['"', '“'])
            .get(next.len()..)
            .is_some_and(|r| r.starts_with("'s ") || r.starts_with("’s "));
        // (A weekday in the plural too: "at 9 a.m. Mondays".)
        let dated = (is_day_month_or_zone(next)
            || next.strip_suffix('s').is_some_and(is_day_month_or_zone))
            && !possessive;
        if rest.len() < text.len() - dot - 1 && starts_sentence(rest) && !dated {
            return false;
        }
    }
    // Dotted acronyms such as U.S or a.m (the final period is at `dot`); not a decimal number
    // ("closed at 4.31.", "$2.65.").
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && !p.is_empty() && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    is_abbreviation(word) || is_bracketed_state(text, &(word_start..dot))
}

/// A weekday, a month (in full or abbreviated) or a time zone, as a time of day may be followed
/// by ("9 a.m. Tuesday", "8 p.m. ET", "10 a.m. Jan. 5").
fn is_day_month_or_zone(w: &str) -> bool {
    const ABBREVIATIONS_AND_ZONES: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "ET",
        "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "BST",
        "UTC", "CET", "CEST", "Eastern", "Central", "Pacific", "Mountain", "Moscow", "Kyiv",
        "Beijing", "Tokyo",
    ];
    crate::text::is_month_or_weekday(w) || ABBREVIATIONS_AND_ZONES.contains(&w)
}

/// A U.S. state abbreviated in the news agencies' style, capitalised, in brackets after a place
/// or with a party ("Maricopa County (Ariz.) Sheriff", "Rep. Jan Schakowsky (D-Ill.) The"): no
/// sentence ends there. (Only there: "ill." or "Mass." may end one, and so may "… in San
/// Bernardino, Calif.")
/// (`word` is the word's range in `text`, "Tex" or "D-Ill".)
pub fn is_bracketed_state(text: &str, word: &Range<usize>) -> bool {
    let w = &text[word.clone()];
    text[..word.start].ends_with('(')
        && text[word.end..].starts_with(".)")
        && is_state_abbreviation(w.rsplit('-').next().unwrap_or(w))
}

/// A U.S. state's abbreviation in the news agencies' style, without its full stop ("Tex").
pub(crate) fn is_state_abbreviation(word: &str) -> bool {
    const STATES: &[&str] = &[
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
        "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
    ];
    STATES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keyed lookup finds what comparing with every abbreviation finds: each abbreviation in
    /// any case, and words that differ by a byte, a NUL, a length or a non-ASCII letter.
    #[test]
    fn abbreviations_are_found_as_by_comparison() {
        let plain =
            |w: &str| w.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w));
        let mut words: Vec<String> = vec!["".into(), "\0".into(), "é".into(), "mré".into()];
        for a in ABBREVIATIONS {
            assert!(a.len() <= 6, "{a}");
            words.extend([
                a.to_string(),
                a.to_uppercase(),
                format!("\0{a}"),
                format!("{a}\0"),
                format!("{a}s"),
                format!("x{a}"),
                a[1..].to_string(),
                a.replace('.', ","),
            ]);
        }
        for w in [
            "Mr", "MRS", "Gov’t", "messrsx", "ph.D", "U.S.A", "a.M", "Jr",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            assert_eq!(is_abbreviation(w), plain(w), "{w:?}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    /// A state abbreviated after a place or a party ends no sentence; the same word elsewhere may.
    #[test]
    fn a_state_after_a_place_ends_no_sentence() {
        for text in [
            "Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio vouched for the plan.",
            "Rep. Jan Schakowsky (D-Ill.) said the bill was weak.",
        ] {
            assert_eq!(sentences(text), [text]);
        }
        assert_eq!(
            sentences("He fell ill. Doctors said he would recover."),
            ["He fell ill.", "Doctors said he would recover."]
        );
        assert_eq!(
            sentences("She went to Mass. The priest spoke."),
            ["She went to Mass.", "The priest spoke."]
        );
        assert_eq!(
            sentences("He was shot in San Bernardino, Calif. The gunman fled."),
            ["He was shot in San Bernardino, Calif.", "The gunman fled."]
        );
    }

    /// The "v." of a case's name ends no sentence.
    #[test]
    fn the_v_of_a_case_ends_no_sentence() {
        for text in [
            "The case, Whitlock v. Bureau of Land Management, began in 2019.",
            "The justices overturned Roe v. Wade in 2022.",
            "In Brown v. Board of Education, the court ruled unanimously.",
        ] {
            assert_eq!(sentences(text), [text]);
        }
    }

    #[test]
    fn a_decimal_number_ends_a_sentence() {
        let t = "Earnings were $2.65. Analysts had expected $2.58. The index closed at 4.31. Traders were surprised. He left at 5 p.m. Then it rained.";
        assert_eq!(
            sentences(t),
            vec![
                "Earnings were $2.65.",
                "Analysts had expected $2.58.",
                "The index closed at 4.31.",
                "Traders were surprised.",
                "He left at 5 p.m.",
                "Then it rained."
            ]
        );
    }

    #[test]
    fn a_time_of_day_ends_a_sentence_before_a_new_one_only() {
        let t = "Delgado spoke shortly before 5 a.m. \"You waited,\" she said. The vote opens at 9 a.m. Tuesday and closes at 8 p.m. ET. The polls closed at 8 p.m. Turnout was high. The attack came at 5 a.m. Monday's attack was the third. The march began at 11 a.m. Local police said it was calm. The shop opens at 9 a.m. Mondays.";
        assert_eq!(
            sentences(t),
            vec![
                "Delgado spoke shortly before 5 a.m.",
                "\"You waited,\" she said.",
                "The vote opens at 9 a.m. Tuesday and closes at 8 p.m. ET.",
                "The polls closed at 8 p.m.",
                "Turnout was high.",
                "The attack came at 5 a.m.",
                "Monday's attack was the third.",
                "The march began at 11 a.m.",
                "Local police said it was calm.",
                "The shop opens at 9 a.m. Mondays."
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "US Defense Secretary Lloyd Austin met Mr. Kim at 10 a.m. on Jan. 5. Then Gen. Park spoke.";
        assert_eq!(
            sentences(t),
            vec![
                "US Defense Secretary Lloyd Austin met Mr. Kim at 10 a.m. on Jan. 5.",
                "Then Gen. Park spoke."
            ]
        );
    }

    #[test]
    fn plural_titles_do_not_split() {
        let t = "Trump's rivals, Sens. Ted Cruz and Marco Rubio, urged him to act. Reps. Issa and Hunter agreed.";
        assert_eq!(
            sentences(t),
            vec![
                "Trump's rivals, Sens. Ted Cruz and Marco Rubio, urged him to act.",
                "Reps. Issa and Hunter agreed."
            ]
        );
    }

    #[test]
    fn acronyms_and_initials_do_not_split() {
        let t = "U.S. Defense Secretary Lloyd Austin arrived. Dr. J. Park said so.";
        assert_eq!(
            sentences(t),
            vec![
                "U.S. Defense Secretary Lloyd Austin arrived.",
                "Dr. J. Park said so."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        let t = "“This fact itself gives rise to concern.” He left. “Why?” she asked.";
        assert_eq!(
            sentences(t),
            vec![
                "“This fact itself gives rise to concern.”",
                "He left.",
                "“Why?” she asked."
            ]
        );
    }

    #[test]
    fn lowercase_after_question_mark_in_quote_continues() {
        let t = "“Is the trip aimed at Asia?” asked Kim in the article.";
        assert_eq!(sentences(t), vec![t]);
    }

    #[test]
    fn decimals_and_ellipsis() {
        let t = "Prices rose 2.5 percent… Analysts were surprised! Really?";
        assert_eq!(
            sentences(t),
            vec![
                "Prices rose 2.5 percent…",
                "Analysts were surprised!",
                "Really?"
            ]
        );
    }

    #[test]
    fn no_final_punctuation_and_empty() {
        assert_eq!(
            sentences("Headline without a stop"),
            vec!["Headline without a stop"]
        );
        assert!(sentences("   ").is_empty());
    }
}
