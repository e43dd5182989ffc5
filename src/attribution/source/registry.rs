//! The registry of known sources: names and aliases looked up in text.

use crate::rules::RuleSet;
use aho_corasick::{AhoCorasick, MatchKind};

/// The registry of known sources, prepared for look-ups with two automata: one case-insensitive
/// for ordinary aliases, one exact for short all-capitals aliases (AP, UN, WHO), so "who" is
/// not the World Health Organization.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    folded: Option<(AhoCorasick, Vec<usize>)>,
    /// The case-insensitive aliases as written, by pattern: a capital in one must be a capital
    /// in the text.
    folded_aliases: Vec<String>,
    exact: Option<(AhoCorasick, Vec<usize>)>,
    kinds: Vec<String>,
    names: Vec<String>,
    /// The rules' lexicon: a one-word alias after a title (its `offices`: "Dr.", "Sen.") or a
    /// given name is a surname ("Nicola Fox" is no Fox News), after a people's adjective it is
    /// not ("Chinese Xinhua").
    lexicon: crate::rules::Lexicon,
}

impl Registry {
    pub fn new(rules: &RuleSet) -> Registry {
        let mut folded: (Vec<String>, Vec<usize>) = Default::default();
        let mut exact: (Vec<String>, Vec<usize>) = Default::default();
        let mut folded_aliases = Vec::new();
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
                    folded_aliases.push(a.to_string());
                }
            }
        }
        let build = |(pats, ids): (Vec<String>, Vec<usize>), fold: bool| {
            (!pats.is_empty()).then(|| {
                // (A contiguous NFA builds several times faster, a seventh of the start-up, but
                // the thousands of look-ups a megabyte of news makes cost more than that.)
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
            folded_aliases,
            exact: build(exact, false),
            kinds,
            names,
            lexicon: rules.lexicon.clone(),
        }
    }

    /// The registered source named in `phrase` (whole words; the longest alias wins). Not an
    /// alias written there with a small letter where the alias has a capital, nor one the name
    /// goes on past: "the state Department of Corrections" is not the State Department.
    pub fn lookup(&self, phrase: &str) -> Option<usize> {
        self.find(phrase, false)
    }

    /// The entry one of whose aliases is the whole of `phrase`.
    pub fn lookup_whole(&self, phrase: &str) -> Option<usize> {
        self.find(phrase, true)
    }

    fn find(&self, phrase: &str, whole: bool) -> Option<usize> {
        // A phrase ending on a dotted acronym without its last full stop ("The U.N" of "The
        // U.N. has said": the phrase ends before a full stop, which was the acronym's) is looked
        // up with it; only at the end, so "U.N.C." is no "U.N.".
        let dotted;
        let phrase = if ends_on_undotted_acronym(phrase) {
            dotted = format!("{phrase}.");
            dotted.as_str()
        } else {
            phrase
        };
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
                if !crate::text::is_whole_word(hay, &(m.start()..m.end()))
                    || (whole && (m.start() != 0 || m.end() != hay.len()))
                {
                    continue;
                }
                // Offsets into `phrase` itself (a lower-cased copy of a non-ASCII phrase may
                // differ in length: no check there).
                let exact = std::ptr::eq(entry, &self.exact);
                let as_written = (exact || phrase.is_ascii()).then(|| &phrase[m.start()..m.end()]);
                let goes_on = as_written.is_some_and(|_| {
                    phrase[m.end()..]
                        .strip_prefix(" of ")
                        .or_else(|| phrase[m.end()..].strip_prefix(" for "))
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                });
                let written = !exact
                    && as_written.is_some_and(|w| {
                        !same_capitals(&self.folded_aliases[m.pattern().as_usize()], w)
                    });
                if goes_on || written || (!exact && self.surname(phrase, m.start(), m.end())) {
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

    /// Whether the one word at `start..end` of `phrase` is a person's surname: right after a
    /// personal title or a capitalised word that is no people's adjective, article or owner
    /// ("Dr. Fox", "Nicola Fox", "Michael Bloomberg"; not "Chinese Xinhua", "Murdoch's Fox").
    fn surname(&self, phrase: &str, start: usize, end: usize) -> bool {
        if phrase[start..end].contains(' ') {
            return false;
        }
        let Some(before) = phrase[..start].strip_suffix(' ') else {
            return false;
        };
        let word = before.rsplit(' ').next().unwrap_or("");
        self.lexicon
            .offices
            .contains_ascii_folded(word.trim_end_matches('.'))
            || (word.starts_with(char::is_uppercase)
                && word.chars().skip(1).any(char::is_lowercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
                && !matches!(word, "The" | "A" | "An" | "State" | "News")
                && !super::lexicon::is_month_or_weekday(word)
                && !self.lexicon.is_nationality(word))
    }

    pub fn kind(&self, i: usize) -> &str {
        &self.kinds[i]
    }

    /// The registry's own name for source `i`.
    pub fn name(&self, i: usize) -> &str {
        &self.names[i]
    }
}

/// Whether `phrase` ends on a dotted acronym without its last full stop: "U.N", "E.U".
fn ends_on_undotted_acronym(phrase: &str) -> bool {
    let last = phrase.rsplit(' ').next().unwrap_or("");
    let b = last.as_bytes();
    b.len() >= 3
        && b.iter().enumerate().all(|(i, &c)| {
            if i % 2 == 0 {
                c.is_ascii_uppercase()
            } else {
                c == b'.'
            }
        })
        && b.len() % 2 == 1
}

/// Whether every word `alias` writes with a capital starts with a capital in `text` too (the
/// same words, ASCII case aside).
fn same_capitals(alias: &str, text: &str) -> bool {
    alias.split(' ').zip(text.split(' ')).all(|(a, t)| {
        !a.starts_with(|c: char| c.is_ascii_uppercase())
            || t.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dotted_acronym_is_found_with_or_without_its_last_full_stop() {
        let r = Registry::new(&RuleSet::default_rules());
        let found = |p: &str| r.lookup(p).map(|i| r.name(i).to_string());
        for p in [
            "The U.N.",
            "the U.N",
            "U.N. Security Council",
            "The E.U",
            "UN",
        ] {
            assert!(found(p).is_some(), "{p}");
        }
        assert_eq!(found("The U.N").as_deref(), Some("United Nations"));
        assert_eq!(found("The E.U.").as_deref(), Some("European Union"));
        assert_eq!(found("the un"), None);
        assert_eq!(found("U.N.C."), None);
        assert_eq!(found("the U.N.C"), None);
    }
}
