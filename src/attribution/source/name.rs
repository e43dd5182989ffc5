//! The name in a speaker phrase, without titles and descriptors (the steps that turn a phrase
//! into a source are in `steps`).

use super::lexicon::{is_party_adjective, is_traded_in, starts_upper_or_digit};
use crate::attribution::Gender;
use crate::rules::Lexicon;

/// Whether `ws[i]` is an office a name follows (the lexicon's `offices`).
pub(super) fn is_office(lex: &Lexicon, ws: &[&str], i: usize) -> bool {
    // Compared without copying: every office is ASCII.
    let w = ws[i].trim_end_matches('.');
    if w.eq_ignore_ascii_case("general") {
        return (i > 0 && is_office(lex, ws, i - 1)) || ws.len() - i > 2;
    }
    // A person's role or a maker's trade capitalised at the phrase's start, before a name
    // ("Singer Mia Cole said", "Chipmaker Corvane Systems said", "Billionaire Elon Musk"), is a
    // title too.
    // (Trades that are no role a later "the …" links back to: "Journalist Jorge Ramos",
    // "Comedian Sarah Silverman".)
    #[rustfmt::skip]
    const TRADES: &[&str] = &[
        "billionaire", "millionaire", "tycoon", "magnate", "writer", "novelist", "poet",
        "playwright", "filmmaker", "photographer", "comedian", "painter", "designer", "chef",
        "podcaster", "artist", "journalist", "dancer",
    ];
    let trade = || {
        lex.role_nouns.contains_ascii_folded(w)
            || TRADES.iter().any(|t| w.eq_ignore_ascii_case(t))
            || (w.len() > 5
                && w.get(w.len() - 5..)
                    .is_some_and(|end| end.eq_ignore_ascii_case("maker")))
    };
    lex.offices.contains_ascii_folded(w) || (i == 0 && ws.len() > 1 && trade())
}

/// The name in a speaker phrase: the last run of capitalised words (with inner "of", "for",
/// "the", "and"), without descriptors ("Seoul-based"), offices and what stands before them; and
/// whether an office stands right before the name ("Kremlin spokesman Dmitry Peskov"): then the
/// name is a person's, whatever organisation the phrase also names.
/// In a line set in title case (`title_case` says whether it is) a capitalised function word ends a name as a
/// lower-case one does; before a colon (`label`, "Biden To Putin: …") the name is the run before
/// it. `apostrophe_after` says whether a word of `ws` has an apostrophe right after it, the
/// possessive of a plural ("Times' Ben Sisario").
pub(super) fn name_in_phrase(
    lex: &Lexicon,
    ws: &[&str],
    title_case: impl Fn() -> bool,
    label: bool,
    apostrophe_after: impl Fn(&str) -> bool,
) -> (String, bool) {
    // A day after a name is when, no part of it ("Sen. Bob Menendez Tuesday said", "CNBC
    // Tuesday", "Trump Monday"), unless a first name stands before it ("Ruby Tuesday", "Sgt. Joe
    // Friday", "Emmanuel Monday").
    let first_name = |w: &str| {
        let w = w.trim_end_matches('.');
        Gender::listed(&lex.male_names, &lex.female_names, w) != Gender::Unknown
    };
    let ws = match ws {
        [name @ .., day]
            if crate::text::is_weekday(day)
                && name
                    .last()
                    .is_some_and(|w| starts_upper_or_digit(w) && !first_name(w)) =>
        {
            name
        }
        _ => ws,
    };
    // A gerund opening the phrase is no part of a person's full name after it ("Attacking
    // Hillary Clinton, his former opponent, and taking aim at …", "Entrusting Donald Trump"),
    // nor a preposition's ("Regarding Trump's rhetoric"); it may be part of an organisation's or
    // a show's ("Working America", "Playing Field Promotions", "Morning Joe").
    let ws = match ws {
        [gerund, rest @ ..]
            if gerund.len() >= 7
                && gerund.ends_with("ing")
                && !first_name(gerund)
                && ((rest.len() >= 2 && first_name(rest[0]) && starts_upper_or_digit(rest[1]))
                    || (matches!(
                        *gerund,
                        "Regarding" | "Concerning" | "Including" | "Following" | "Outgoing"
                    ) && rest.first().is_some_and(|w| starts_upper_or_digit(w)))) =>
        {
            rest
        }
        _ => ws,
    };
    // Whether the line is in title case, looked at only when a capitalised function word asks.
    let title_case_line = std::cell::OnceCell::new();
    let title_case = || *title_case_line.get_or_init(&title_case);
    let cap = starts_upper_or_digit;
    let descriptor = |w: &str| lex.descriptor_suffixes.any_suffix_of_lower(w);
    // Whether words name an organisation ("Justice Department", "Media Research Center").
    let organisation = |r: &[&str]| r.iter().any(|w| lex.organisation_words.contains_lower(w));
    // A function word capitalised inside a title-case line ("Leaders To Be Executed For") is no
    // more part of a name than it is in lower case (the first word is left to the steps that
    // know sentence openers: "For all these reasons"); in ordinary prose it is ("Teach For
    // America", "President To Lam").
    let function_word = |i: usize| i > 0 && cap(ws[i]) && is_function_word(ws[i]) && title_case();
    let in_name = |i: usize| cap(ws[i]) && !function_word(i);
    // A possessive ends the name it belongs to ("Palin’s Trump endorsement", "CNBC's Becky
    // Quick"), unless it is part of the name: a plural's ("Women's Media Center") or one before
    // an organisation's name ("the Sheriff's Department", "Saudi Arabia's Civil Defense
    // Authority").
    // (A plural's too, its apostrophe after the word, before a listed first name: "Times' Ben
    // Sisario"; not "Veterans' Affairs", "the Citizens' Climate Lobby".)
    let possessive = |i: usize, end: usize| {
        let stem = ws[i]
            .strip_suffix("’s")
            .or_else(|| ws[i].strip_suffix("'s"))
            .or_else(|| {
                (ws[i].ends_with('s')
                    && ws.get(i + 1).is_some_and(|w| first_name(w))
                    && apostrophe_after(ws[i]))
                .then_some(ws[i])
            });
        // A person's name after it has two words or more ("Becky Quick"), or one after an
        // organisation's name ("Media Research Center’s Bozell"); one word is otherwise a
        // company's ("McDonald's Corp.", "Moody's Analytics", "Domino's Pizza").
        stem.is_some_and(|stem| {
            (end - i > 2 || organisation(&ws[..i]) || organisation(&[stem]))
                && !["women", "men", "children", "people"]
                    .iter()
                    .any(|p| stem.eq_ignore_ascii_case(p))
                && !organisation(&ws[i + 1..end])
        })
    };
    // Last capitalised run; before a colon in title case, the run before a function word ("Biden
    // To Putin: Stay Out", "Kasich On Trump: …").
    let mut end = label
        .then(|| (1..ws.len()).find(|&i| function_word(i) && cap(ws[i - 1])))
        .flatten()
        .unwrap_or(ws.len());
    while end > 0 && (!in_name(end - 1) || descriptor(ws[end - 1])) {
        end -= 1;
    }
    // A title written after a full name with no comma is no part of it ("advocate depute Ashley
    // Edwards KC said"); "Jr" and "Sr" are.
    if end >= 3
        && lex
            .post_nominals
            .contains(ws[end - 1].trim_end_matches('.'))
        && !matches!(ws[end - 1].trim_end_matches('.'), "Jr" | "Sr")
        && cap(ws[end - 2])
        && cap(ws[end - 3])
    {
        end -= 1;
    }
    if end == 0 {
        return (String::new(), false);
    }
    let mut start = end - 1;
    while start > 0 {
        let w = ws[start - 1];
        if in_name(start - 1) && !descriptor(w) && !possessive(start - 1, end) {
            start -= 1;
        } else if (lex.name_particles.contains(w)
            // "to" after an organisation's word ("Committee to Protect Journalists", "Campaign
            // to End Loneliness") or an office ("Ambassador to Ukraine Bridget Brink").
            || (w == "to"
                && start >= 2
                && (organisation(&ws[start - 2..start - 1]) || is_office(lex, ws, start - 2))))
            && start >= 2
            && cap(ws[start - 2])
            && !descriptor(ws[start - 2])
        {
            start -= 2;
        } else if start >= 3
            && matches!(w, "la" | "los" | "las" | "der" | "den")
            && matches!(ws[start - 2], "de" | "van" | "von")
            && cap(ws[start - 3])
            && !descriptor(ws[start - 3])
        {
            // Two particles: "Jennifer de la Cruz", "Ursula von der Leyen".
            start -= 3;
        } else if w == "the"
            && start >= 3
            && cap(ws[start - 3])
            && (ws[start - 2] == "of"
                || (ws[start - 2] == "for" && organisation(&ws[start - 3..start - 2]))
                || (ws[start - 2] == "to" && is_office(lex, ws, start - 3)))
        {
            // "President of the United States", "The Institute for the Study of War",
            // "Ambassador to the United States"
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
    // A date is when, not who ("the nominee for the Nov. 8 election said").
    if crate::text::is_date(&ws[start..end]) {
        return (String::new(), false);
    }
    // A word capitalised only because it opens the sentence ("Today Russia attacked", "Perhaps
    // Kim", "Neither Tom Haley nor"), though not a modal that may be a first name ("Will Smith",
    // "May Ellen").
    // (No word but an ASCII one lower-cases to "will" or "may".)
    let modal = |w: &str| w.eq_ignore_ascii_case("will") || w.eq_ignore_ascii_case("may");
    let correlative =
        |w: &str| w.eq_ignore_ascii_case("neither") || w.eq_ignore_ascii_case("either");
    while end - start > 1 && {
        let w = ws[start];
        (lex.not_names.contains_lower(w) && !modal(w))
            || lex.is_sentence_adverb(w)
            || correlative(w)
    } {
        start += 1;
    }
    // What is traded in a company is no part of its name ("Shares of Lumenfield Technologies
    // rose", "Stock in Acme Corp. fell").
    while end - start > 2 && is_traded_in(ws[start]) && matches!(ws[start + 1], "of" | "in") {
        start += 2;
    }
    // A party before a full name is no part of it ("Democrat Hillary Clinton", "Republican
    // Christine Todd Whitman"); not in an organisation's name ("Republican National Committee",
    // "Republican of South Carolina"). Nationality and creed words are often in one ("American
    // Red Cross", "Catholic Relief Services") and stay.
    while end - start > 2
        && lex.party_members.contains_lower(ws[start])
        && !ws[start..end].contains(&"of")
        && !lex.is_group_name(&ws[start..end].join(" "))
    {
        start += 1;
    }
    // A word of time before an office is no part of the name ("Former Secretary of State
    // Hillary Clinton", "Acting Attorney General Sally Yates").
    while end - start > 2
        && matches!(
            ws[start],
            "Former" | "Acting" | "Then" | "Outgoing" | "Incoming" | "Interim" | "Late"
        )
        && is_office(lex, ws, start + 1)
    {
        start += 1;
    }
    // "First Lady" and "Second Gentleman" are titles ("First Lady Jill Biden", "Second Gentleman
    // Doug Emhoff").
    if end - start > 3
        && matches!(ws[start], "First" | "Second")
        && matches!(ws[start + 1], "Lady" | "Gentleman")
    {
        start += 2;
    }
    // A person's name before "of the", a word in lower case and an organisation ("Jonah Goldberg
    // of the anti-Trump National Review"): where the person works, as "of" below says.
    if start >= 5
        && ws[start - 3] == "of"
        && ws[start - 2] == "the"
        && !cap(ws[start - 1])
        && !is_function_word(ws[start - 1])
    {
        let of = start - 3;
        let first = (0..of)
            .rev()
            .take_while(|&i| in_name(i))
            .last()
            .unwrap_or(of);
        let person = (2..=3).contains(&(of - first))
            && !(first..of).any(|i| is_office(lex, ws, i) || organisation(&ws[i..=i]));
        if person {
            let titled = first > 0 && is_office(lex, &ws[..of], first - 1);
            return (join_initials(&ws[first..of]), titled);
        }
    }
    // An office's word after a given name, ending the name but for a "Jr." or "III", is a
    // surname ("Sen. Angus King of Maine", "Martin Luther King Jr.", "Bernard Law").
    let (run_start, run_end) = (start, end);
    let surname = |i: usize| {
        // (Up to where they come from: "of Maine", not an office's "of State".)
        let upto = (i + 1..run_end)
            .find(|&j| ws[j] == "of")
            .filter(|&j| lex.is_place_name(&ws[j + 1..run_end].join(" ")))
            .unwrap_or(run_end);
        // (After a given name: a listed one, an initial, or any after a title, "Sen. Angus";
        // not an office's own first word, "The Prime Minister of Israel", "Crown Prince".)
        let listed = |w: &str| {
            lex.male_names.contains_ascii_folded(w) || lex.female_names.contains_ascii_folded(w)
        };
        let initial = |w: &str| w.len() == 2 && w.ends_with('.');
        // (Or the run's first word, no office: "Martin Luther King Jr.")
        let given = |k: usize| {
            listed(ws[k]) || initial(ws[k]) || (k == run_start && !is_office(lex, ws, k))
        };
        i > run_start
            && i < run_end
            && cap(ws[i - 1])
            && !is_office(lex, ws, i - 1)
            && !matches!(
                ws[i - 1],
                "The"
                    | "A"
                    | "An"
                    | "Prime"
                    | "Vice"
                    | "Deputy"
                    | "Foreign"
                    | "Crown"
                    | "Supreme"
                    | "Grand"
                    | "High"
                    | "Lord"
                    | "Chief"
                    | "Attorney"
            )
            && (given(i - 1) || (i >= 2 && (given(i - 2) || is_office(lex, ws, i - 2))))
            && ws[i + 1..upto]
                .iter()
                .all(|w| lex.post_nominals.contains(w.trim_end_matches('.')))
    };
    let is_office = |lex: &Lexicon, ws: &[&str], i: usize| is_office(lex, ws, i) && !surname(i);
    let mut titled = start > 0 && is_office(lex, &ws[..end], start - 1);
    // "President of Russia Vladimir Putin", "Secretary of State Antony Blinken", "Afghan
    // Ambassador to the United States Hamdullah Mohib": an office with an "of" or "to" phrase
    // before a name; the name is taken to be the last two words.
    // (After a place or a party too: "Massachusetts Secretary of State William Galvin",
    // "Republican Secretary of State Jon Husted", "Palm Beach County Supervisor of Elections
    // Susan Bucher".)
    // (Or a people's or a party's adjective, or a place's abbreviation: "German Minister of
    // State for Europe Anna Lührmann", "Democratic Secretary of State Jocelyn Benson", "U.S.
    // Secretary of Labor Julie A. Su".)
    let describes_office = |w: &str| {
        lex.is_nationality(w)
            || lex.party_members.contains_lower(w)
            || is_party_adjective(w)
            || (w.len() <= 4 && w.bytes().all(|b| b == b'.' || b.is_ascii_uppercase()))
    };
    // (A county's or a city's name: "Palm Beach County Supervisor of Elections".)
    let local_place = |r: &[&str]| {
        r.last()
            .is_some_and(|w| matches!(*w, "County" | "City" | "Parish" | "Borough"))
            && r.iter().all(|w| cap(w))
    };
    let opens_office = |i: usize| {
        i == start
            || (i - start <= 3
                && (lex.is_place_name(&ws[start..i].join(" "))
                    || local_place(&ws[start..i])
                    || ws[start..i].iter().all(|w| describes_office(w))))
    };
    let office_of_place = (start..end.saturating_sub(1)).find(|&i| {
        is_office(lex, ws, i) && ((ws[i + 1] == "of" && opens_office(i)) || ws[i + 1] == "to")
    });
    if let Some(o) = office_of_place {
        let the = ws.get(o + 2) == Some(&"the");
        let country_words = if the { 3 } else { 1 };
        // (A one-word place after "the" before a listed first name: "Secretary of the Interior
        // Ryan Zinke", "Speaker of the House Newt Gingrich".)
        // (Not an organisation's name ending on a first name: "Director of the Royal Victoria
        // Hospital".)
        let one_word_place =
            the && end - o == 6 && first_name(ws[end - 2]) && !organisation(&ws[end - 2..end]);
        // (Not an organisation's name: "The Ohio Secretary of State Elections Division".)
        if (end - o >= 4 + country_words || one_word_place) && !organisation(&ws[end - 2..end]) {
            // (The name from a listed first name on, when one opens three words or more: "Palm
            // Beach County Supervisor of Elections Wendy Sartory Link".)
            start = (o + 2 + country_words..end.saturating_sub(2))
                .find(|&k| first_name(ws[k]))
                .unwrap_or(end - 2);
            // (With a middle initial after a first name, three: "Secretary of Defense Robert S.
            // McNamara", "Acting Secretary of Homeland Security Chad F. Wolf"; a plural or an
            // organisation's word is the office's, "Minister of State for External Affairs V.
            // Muraleedharan" is V. Muraleedharan.)
            let initial = |w: &str| {
                let w = w.trim_end_matches('.');
                w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase())
            };
            let given = |w: &str| {
                first_name(w)
                    || (cap(w)
                        && !w.ends_with('s')
                        && !organisation(&[w])
                        && !lex.name_topics.contains_lower(w))
            };
            if initial(ws[start]) && start > o + 1 + country_words && given(ws[start - 1]) {
                start -= 1;
            }
            titled = true;
        }
    }
    // The name follows the last office in the run ("Russian Foreign Minister Sergei Lavrov"),
    // unless what follows names an organisation ("Justice Department"); an organisation after
    // "of" is where the person works ("Meteorologist John Robinson of the National Weather
    // Service").
    if let Some(i) = (start..end).rev().find(|&i| is_office(lex, &ws[..end], i)) {
        let upto = (i + 1..end).find(|&j| ws[j] == "of").unwrap_or(end);
        // (A staff is no one's name: "The General Staff of Ukraine's armed forces"; nor are the
        // members an organisation's "of" names, "National Association of Head Teachers",
        // "Society of Chief Librarians".)
        let members = i >= start + 2
            && ws[i - 1] == "of"
            && organisation(&ws[start..i - 1])
            && end == i + 2
            && ws[i + 1].ends_with('s');
        // (Or a particle opening the surname, one word or two: "Mr. de Léon", "Mr. de la Hoya",
        // "Dr. van der Berg"; a surname's own, not the "of" of an office: "Head of State".)
        #[rustfmt::skip]
        const PARTICLES: &[&str] = &[
            "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter", "le", "la",
            "los", "las", "bin", "ibn", "al",
        ];
        let particle = |k: usize| {
            PARTICLES.contains(&ws[k])
                && ((k + 1 < end && cap(ws[k + 1]))
                    || (k + 2 < end && PARTICLES.contains(&ws[k + 1]) && cap(ws[k + 2])))
        };
        if i + 1 < end
            && (cap(ws[i + 1]) || particle(i + 1))
            && !organisation(&ws[i + 1..upto])
            && ws[i + 1] != "Staff"
            && !members
        {
            start = i + 1;
            titled = true;
        }
    }
    // A person's full name with where they come from after it ("Lee Zeldin of New York", "James
    // Pethokoukis of the American Enterprise Institute"): the name alone. Not an organisation's,
    // a place's or an office's own "of" ("Bank of America", "American Society of Civil
    // Engineers", "United States of America", "Chief of Staff").
    if let Some(k) = (start..end).find(|&i| ws[i] == "of") {
        let before = &ws[start..k];
        let joined = before.join(" ");
        let person = (2..=3).contains(&before.len())
            && before.iter().all(|w| !is_function_word(w) && *w != "The")
            && !(start..k).any(|i| is_office(lex, ws, i))
            // "Jewish Federations of North America": a plural organisation word too.
            && !before
                .iter()
                .any(|w| organisation(&[w]) || w.strip_suffix('s').is_some_and(|w| organisation(&[w])))
            && !lex.is_place_name(&joined)
            && !lex.is_group_name(&joined);
        if person {
            end = k;
        }
    }
    let mut run: Vec<&str> = ws[start..end].to_vec();
    // A possessive is not part of the name ("Russia’s").
    if let Some(last) = run.last_mut() {
        while let Some(w) = last.strip_suffix("’s") {
            *last = w;
        }
        while let Some(w) = last.strip_suffix("'s") {
            *last = w;
        }
    }
    (join_initials(&run), titled)
}

/// Words that join or govern a sentence's parts and are in no name ("To", "Be", "For" of a
/// title-case headline); not "of", "the", "and", nor a modal that is a first name ("Will").
pub(in crate::attribution) fn is_function_word(w: &str) -> bool {
    // Lower-cased into a small buffer and matched as bytes: asked of every capitalised word.
    let mut low = [0u8; 6];
    if w.len() > low.len() || !w.is_ascii() {
        return false;
    }
    for (l, b) in low.iter_mut().zip(w.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &low[..w.len()],
        b"to"
            | b"be"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"been"
            | b"has"
            | b"have"
            | b"had"
            | b"for"
            | b"with"
            | b"by"
            | b"from"
            | b"at"
            | b"on"
            | b"in"
            | b"into"
            | b"as"
            | b"than"
            | b"that"
            | b"this"
            | b"if"
            | b"but"
            | b"or"
            | b"would"
            | b"could"
            | b"should"
            | b"can"
            | b"about"
            | b"after"
            | b"its"
            | b"their"
            | b"it"
    )
}

/// Joins a name's words, writing runs of single capitals as the abbreviation they were split
/// from ("U S Department" is "U.S. Department") and a middle initial with its full stop ("James
/// B Comey" is "James B. Comey").
pub(super) fn join_initials(words: &[&str]) -> String {
    let initial = |w: &str| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        let middle = i > 0 && i + 1 < words.len();
        let run = initial(w)
            && (words.get(i + 1).is_some_and(|n| initial(n))
                || i > 0 && initial(words[i - 1])
                || middle);
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
