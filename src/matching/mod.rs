//! Matching: finds every rule match in a text from its word starts (each word's first letters
//! pick the few terms that can start there; see [`WordStartIndex`]), plus the few regex rules and
//! terms that start with a symbol, checks Unicode word boundaries, applies `unless` phrases and
//! voice filters, and keeps the leftmost-longest non-overlapping matches, so a word is counted
//! once.

pub mod context;
mod word_start;

use crate::rules::{Role, RuleSet, Term, VoiceFilter};
use crate::text::{char_after, floor_char_boundary, is_word_char};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::ops::Range;
use word_start::WordStartIndex;

/// Whose words a match stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Voice {
    /// The outlet's own words (the headline included).
    Narration,
    /// Inside a quotation.
    Quoted,
}

impl Voice {
    pub fn name(self) -> &'static str {
        match self {
            Voice::Narration => "narration",
            Voice::Quoted => "quoted",
        }
    }

    /// One-letter code used in the `terms` column: `n` or `q`.
    pub fn code(self) -> char {
        match self {
            Voice::Narration => 'n',
            Voice::Quoted => 'q',
        }
    }
}

/// One match of a rule in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Index into [`RuleSet::rules`].
    pub rule: usize,
    /// Absolute byte range in the article text.
    pub span: Range<usize>,
    pub voice: Voice,
}

#[derive(Debug, Clone, Copy)]
struct Pattern {
    rule: u32,
    prefix: bool,
    /// An `unless` phrase of `rule`, not a match in itself.
    unless: bool,
    /// Whether the pattern starts / ends with a word character (boundary checks apply).
    word_start: bool,
    word_end: bool,
}

#[derive(Debug, Clone, Copy)]
struct RuleInfo {
    role: Role,
    voice: VoiceFilter,
    in_names: bool,
}

/// A compiled matcher for one rule set.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// The patterns that start with a word character (nearly all), by their first letters.
    by_word_start: WordStartIndex,
    /// The patterns that start with a symbol ("% support"), None when there are none: an
    /// Aho-Corasick automaton whose prefilter skips to the rare symbols.
    by_symbol: Option<(AhoCorasick, Vec<u32>)>,
    patterns: Vec<Pattern>,
    rules: Vec<RuleInfo>,
    /// Regex rules, compiled without a literal prefilter: their literals ("is", "was", …) are
    /// so common in prose that a prefilter stops at every other word and costs more than it
    /// saves; the lazy DFA alone reads each byte once. Same matches as the rule's `Regex`.
    regex_rules: Vec<(usize, regex_automata::meta::Regex)>,
    /// Each rule's `unless_context` (see `context.rs`).
    contexts: context::Contexts,
}

#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    rule: u32,
    unless: bool,
}

/// Lists [`Matcher::find_with`] fills for each paragraph, kept to be reused by the next one.
#[derive(Debug, Default)]
pub struct FindBuffers {
    cands: Vec<Candidate>,
    vetoes: Vec<Candidate>,
}

/// Spellings under which a term is searched: apostrophe variants (' and ’) and, for terms with
/// non-ASCII letters (which the ASCII case folding does not cover), lower, upper and title case.
pub fn term_variants(text: &str) -> Vec<String> {
    let mut base = vec![text.to_string()];
    if !text.is_ascii() {
        let lower = text.to_lowercase();
        let upper = text.to_uppercase();
        let title: String = lower
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                    None => String::new(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        base.extend([lower, upper, title]);
    }
    let mut out = Vec::new();
    for v in base {
        if v.contains('\'') || v.contains('’') {
            out.push(v.replace('’', "'"));
            out.push(v.replace('\'', "’"));
        } else {
            out.push(v);
        }
    }
    out.sort();
    out.dedup();
    out
}

impl Matcher {
    /// Compiles the terms of every rule: a word-start index, and a small automaton for the terms
    /// that start with a symbol.
    pub fn new(rules: &RuleSet) -> Matcher {
        let rules_set = rules;
        let mut strings: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        let mut regex_rules = Vec::new();
        let mut add = |term: &Term, rule: usize, unless: bool| {
            for v in term_variants(&term.text) {
                let word_start = v.chars().next().is_some_and(is_word_char);
                let word_end = v.chars().next_back().is_some_and(is_word_char);
                strings.push(v);
                patterns.push(Pattern {
                    rule: rule as u32,
                    prefix: term.prefix,
                    unless,
                    word_start,
                    word_end,
                });
            }
        };
        for (i, rule) in rules.rules.iter().enumerate() {
            for t in &rule.terms {
                add(t, i, false);
            }
            for t in &rule.unless {
                add(t, i, true);
            }
            if let Some(re) = &rule.regex {
                regex_rules.push((i, scanning_regex(re)));
            }
        }
        let by_word_start = WordStartIndex::new(&strings, &patterns);
        let symbol_ids: Vec<u32> = (0..patterns.len() as u32)
            .filter(|&i| !patterns[i as usize].word_start)
            .collect();
        let by_symbol = (!symbol_ids.is_empty()).then(|| {
            let symbol_strings: Vec<&str> = symbol_ids
                .iter()
                .map(|&i| strings[i as usize].as_str())
                .collect();
            let ac = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(symbol_strings)
                .expect("the symbol term automaton builds");
            (ac, symbol_ids)
        });
        let rules = rules
            .rules
            .iter()
            .map(|r| RuleInfo {
                role: rules.categories[r.category].role,
                voice: r.voice,
                in_names: r.in_names,
            })
            .collect();
        Matcher {
            by_word_start,
            by_symbol,
            patterns,
            rules,
            regex_rules,
            contexts: context::Contexts::new(rules_set),
        }
    }

    /// Finds the matches in `text` (a paragraph, starting at byte `base` of the article), deciding
    /// each match's voice with `is_quoted(absolute_pos)`. Matches are appended in text order.
    pub fn find(
        &self,
        text: &str,
        base: usize,
        is_quoted: &dyn Fn(usize) -> bool,
        out: &mut Vec<Match>,
    ) {
        self.find_with(text, base, is_quoted, out, &mut FindBuffers::default());
    }

    /// [`Self::find`], with lists reused from call to call (one `buffers` for all the paragraphs
    /// of an article).
    pub fn find_with(
        &self,
        text: &str,
        base: usize,
        is_quoted: &dyn Fn(usize) -> bool,
        out: &mut Vec<Match>,
        buffers: &mut FindBuffers,
    ) {
        let FindBuffers { cands, vetoes } = buffers;
        cands.clear();
        self.candidates(text, cands);
        if cands.is_empty() {
            return;
        }
        // `unless` phrases veto matches of their rule that they cover. Vetoes are sorted by start
        // and only those that start at most the longest veto's length before a candidate are
        // looked at, so a huge paragraph stays linear.
        vetoes.clear();
        vetoes.extend(cands.iter().filter(|c| c.unless));
        if vetoes.is_empty() {
            cands.retain(|c| !c.unless);
        } else {
            vetoes.sort_unstable_by_key(|u| u.start);
            let longest = vetoes.iter().map(|u| u.end - u.start).max().unwrap_or(0);
            cands.retain(|c| {
                if c.unless {
                    return false;
                }
                let from = vetoes.partition_point(|u| u.start + longest < c.start);
                let to = vetoes.partition_point(|u| u.start <= c.start);
                !vetoes[from..to]
                    .iter()
                    .any(|u| u.rule == c.rule && c.end <= u.end)
            });
        }
        // Leftmost-longest, earlier rule first on ties.
        cands.sort_unstable_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a.rule.cmp(&b.rule))
        });
        let mut last_end = 0;
        for &c in cands.iter() {
            if c.start < last_end {
                continue;
            }
            let abs = base + c.start;
            let voice = if is_quoted(abs) {
                Voice::Quoted
            } else {
                Voice::Narration
            };
            let allowed = match self.rules[c.rule as usize].voice {
                VoiceFilter::Any => true,
                VoiceFilter::Narration => voice == Voice::Narration,
                VoiceFilter::Quoted => voice == Voice::Quoted,
            };
            let info = self.rules[c.rule as usize];
            if !allowed || (!info.in_names && in_proper_name(text, c.start..c.end)) {
                continue;
            }
            // Context hook (context.rs): a rule's `unless_context` found around the candidate
            // sets it aside; rules without contexts return at once.
            if self
                .contexts
                .veto(c.rule as usize, text, c.start..c.end)
                .is_some()
            {
                continue;
            }
            last_end = c.end;
            out.push(Match {
                rule: c.rule as usize,
                span: abs..base + c.end,
                voice,
            });
        }
    }

    /// All matches of a text on its own, everything in narration (for rule examples and tests).
    pub fn find_in(&self, text: &str) -> Vec<Match> {
        let mut out = Vec::new();
        self.find(text, 0, &|_| false, &mut out);
        out
    }

    /// Whether a paragraph starts with a boilerplate rule's match.
    pub fn starts_with_boilerplate(&self, paragraph: &str) -> bool {
        let p = paragraph.trim_start();
        let head = &p[..floor_char_boundary(p, 200)];
        self.find_in(head)
            .first()
            .is_some_and(|m| m.span.start == 0 && self.rules[m.rule].role == Role::Boilerplate)
    }

    fn candidates(&self, text: &str, cands: &mut Vec<Candidate>) {
        let mut push = |pattern: u32, start: usize, end: usize| {
            let p = self.patterns[pattern as usize];
            let mut end = end;
            if p.prefix {
                while let Some(c) = char_after(text, end).filter(|&c| is_word_char(c)) {
                    end += c.len_utf8();
                }
            } else if p.word_end && char_after(text, end).is_some_and(is_word_char) {
                return;
            }
            cands.push(Candidate {
                start,
                end,
                rule: p.rule,
                unless: p.unless,
            });
        };
        self.by_word_start.find(text, &mut push);
        if let Some((ac, ids)) = &self.by_symbol {
            // Line breaks and tabs inside a paragraph count as spaces for multi-word terms.
            let normalized;
            let hay = if memchr::memchr3(b'\n', b'\r', b'\t', text.as_bytes()).is_some() {
                normalized = text.replace(['\n', '\r', '\t'], " ");
                normalized.as_str()
            } else {
                text
            };
            for m in ac.find_overlapping_iter(hay) {
                push(ids[m.pattern().as_usize()], m.start(), m.end());
            }
        }
        for (rule, re) in &self.regex_rules {
            for m in re.find_iter(text.as_bytes()) {
                if m.is_empty() {
                    continue;
                }
                cands.push(Candidate {
                    start: m.start(),
                    end: m.end(),
                    rule: *rule as u32,
                    unless: false,
                });
            }
        }
    }
}

/// Whether `span` of a paragraph is part of a proper name: it starts with a capital, is not the
/// first word of a sentence, and a capitalised word stands right next to it, with only a space
/// between ("Nazi Germany", "the Obama Regime", "The Dictator Pope"). In a line set in title
/// case (most words capitalised, as headlines often are) capitals say nothing, so nothing there
/// is taken for a name.
pub fn in_proper_name(text: &str, span: Range<usize>) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !capital(&text[span.clone()]) {
        return false;
    }
    let line_range = crate::text::sentence_around(text, &span);
    let (line_start, line_end) = (line_range.start, line_range.end);
    if crate::text::capitals_say_nothing(&text[line_range]) {
        return false;
    }
    let before = &text[line_start..span.start];
    let sentence_initial = before
        .trim_start_matches(|c: char| c.is_whitespace() || !c.is_alphanumeric())
        .is_empty();
    if sentence_initial {
        return false;
    }
    // The word before counts unless it is itself the sentence's first ("Yesterday Radical …").
    let prev_capital = before.strip_suffix(' ').is_some_and(|b| {
        let (rest, w) = b.rsplit_once(' ').unwrap_or(("", b));
        capital(w)
            && w.chars().all(|c| c.is_alphanumeric() || c == '-')
            && rest.chars().any(char::is_alphanumeric)
    });
    let after = &text[span.end..line_end];
    let next_capital = after.starts_with(' ') && after[1..].split(' ').next().is_some_and(capital);
    prev_capital || next_capital
}

/// A rule's regex for scanning prose: the same pattern and options as [`RuleSet`] compiles it
/// with (case-insensitive, same size limits), without a prefilter.
fn scanning_regex(re: &regex::Regex) -> regex_automata::meta::Regex {
    use regex_automata::{meta, util::syntax};
    meta::Regex::builder()
        .syntax(syntax::Config::new().case_insensitive(true))
        .configure(
            meta::Config::new()
                .auto_prefilter(false)
                .nfa_size_limit(Some(crate::rules::REGEX_SIZE_LIMIT))
                .hybrid_cache_capacity(crate::rules::REGEX_SIZE_LIMIT),
        )
        .build(re.as_str())
        .expect("a pattern that compiled as a rule regex compiles without a prefilter")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RuleSet, RuleSource};

    fn set(rules: &str) -> RuleSet {
        let text = format!(
            "[[category]]\nid = \"loaded\"\nrole = \"loaded\"\n[[category]]\nid = \"bp\"\nrole = \"boilerplate\"\n{rules}"
        );
        RuleSet::load(&[RuleSource::new("t.toml", text)]).unwrap()
    }

    fn found<'a>(rs: &RuleSet, text: &'a str) -> Vec<(&'a str, String)> {
        Matcher::new(rs)
            .find_in(text)
            .into_iter()
            .map(|m| (&text[m.span.clone()], rs.rules[m.rule].id.to_string()))
            .collect()
    }

    #[test]
    fn wildcard_extends_to_end_of_word() {
        let rs = set("[[rule]]\nid = \"h\"\ncategory = \"loaded\"\nterms = [\"hegemon*\"]\n");
        let got = found(
            &rs,
            "Hegemony and its hegemonic position; a hegemon. Not ahegemony.",
        );
        let words: Vec<&str> = got.iter().map(|g| g.0).collect();
        assert_eq!(words, vec!["Hegemony", "hegemonic", "hegemon"]);
    }

    #[test]
    fn whole_words_only_with_unicode_boundaries() {
        let rs =
            set("[[rule]]\nid = \"e\"\ncategory = \"loaded\"\nterms = [\"erdo\", \"regime\"]\n");
        assert!(found(&rs, "Erdoğan spoke. The regimes fell.").is_empty());
        assert_eq!(found(&rs, "the regime’s army, pro-regime media").len(), 2);
    }

    #[test]
    fn longest_match_wins_and_counts_once() {
        let rs = set("[[rule]]\nid = \"v\"\ncategory = \"loaded\"\nterms = [\"vassal forces\"]\n[[rule]]\nid = \"f\"\ncategory = \"loaded\"\nterms = [\"forces\", \"vassal\"]\n");
        let got = found(&rs, "in collusion with its vassal forces. Other forces.");
        assert_eq!(
            got,
            vec![("vassal forces", "v".into()), ("forces", "f".into())]
        );
    }

    #[test]
    fn multi_word_terms_across_line_breaks() {
        let rs = set("[[rule]]\nid = \"v\"\ncategory = \"loaded\"\nterms = [\"vassal forces\"]\n");
        assert_eq!(found(&rs, "its vassal\nforces").len(), 1);
    }

    #[test]
    fn proper_names_are_told_from_capitalised_words() {
        let name = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            in_proper_name(text, start..start + word.len())
        };
        assert!(name("Hungary was allied with Nazi Germany.", "Nazi"));
        assert!(name(
            "As reported in The Dictator Pope, a new book.",
            "Dictator"
        ));
        assert!(name("He called the past Obama Regime a failure.", "Regime"));
        // Lower case, first word of a sentence, or a capital that only starts the sentence.
        assert!(!name("He praised the nazi salute.", "nazi"));
        assert!(!name("Nazi officers fled. Others stayed.", "Nazi"));
        assert!(!name("Yesterday Radical activists marched.", "Radical"));
        // A headline in title case says nothing about names.
        assert!(!name("Democrats Ramp Up Their War On America", "War"));
    }

    #[test]
    fn a_rule_can_stay_out_of_proper_names() {
        let rs = set(
            "[[rule]]\nid = \"r\"\ncategory = \"loaded\"\nterms = [\"nazi\"]\nin_names = false\n",
        );
        assert!(found(&rs, "Hungary was allied with Nazi Germany.").is_empty());
        assert_eq!(found(&rs, "They called him a nazi on air.").len(), 1);
    }

    #[test]
    fn unless_vetoes_covered_matches() {
        let rs = set("[[rule]]\nid = \"r\"\ncategory = \"loaded\"\nterms = [\"regime\"]\nunless = [\"sanctions regime\"]\n");
        assert!(found(&rs, "The EU sanctions regime was extended.").is_empty());
        assert_eq!(found(&rs, "The regime denied it.").len(), 1);
    }

    #[test]
    fn case_and_apostrophes_match_each_other() {
        let rs =
            set("[[rule]]\nid = \"k\"\ncategory = \"loaded\"\nterms = [\"Kiev's\", \"Erdoğan\"]\n");
        assert_eq!(found(&rs, "KIEV’S forces and kiev's army").len(), 2);
        assert_eq!(found(&rs, "ERDOĞAN and erdoğan").len(), 2);
    }

    #[test]
    fn regex_rules_match() {
        let rs = set("[[rule]]\nid = \"re\"\ncategory = \"loaded\"\nregex = 'so[- ]called'\n");
        assert_eq!(found(&rs, "the So-called change").len(), 1);
    }

    #[test]
    fn voice_filter_and_voice() {
        let rs = set("[[rule]]\nid = \"n\"\ncategory = \"loaded\"\nterms = [\"puppet\"]\nvoice = \"narration\"\n");
        let m = Matcher::new(&rs);
        let text = "puppet “puppet”";
        let mut out = Vec::new();
        m.find(text, 0, &|p| p >= 7, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].voice, Voice::Narration);
    }

    #[test]
    fn boilerplate_at_start_only() {
        let rs = set("[[rule]]\nid = \"b\"\ncategory = \"bp\"\nterms = [\"You may also like\"]\n");
        let m = Matcher::new(&rs);
        assert!(m.starts_with_boilerplate("You may also like"));
        assert!(!m.starts_with_boilerplate("Readers: you may also like this"));
    }
}

#[cfg(test)]
mod word_start_tests {
    use super::*;
    use crate::rules::RuleSource;
    use crate::text::char_before;

    /// The matches the way the first version of slant found them: one overlapping Aho-Corasick
    /// search over every pattern, with the word-boundary checks after it.
    fn reference(m: &Matcher, strings: &[String], text: &str) -> Vec<(usize, usize, u32, bool)> {
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(strings)
            .unwrap();
        let hay = text.replace(['\n', '\r', '\t'], " ");
        let mut out = Vec::new();
        for hit in ac.find_overlapping_iter(&hay) {
            let p = m.patterns[hit.pattern().as_usize()];
            let (start, mut end) = (hit.start(), hit.end());
            if p.word_start && char_before(&hay, start).is_some_and(is_word_char) {
                continue;
            }
            if p.prefix {
                while let Some(c) = char_after(&hay, end).filter(|&c| is_word_char(c)) {
                    end += c.len_utf8();
                }
            } else if p.word_end && char_after(&hay, end).is_some_and(is_word_char) {
                continue;
            }
            out.push((start, end, p.rule, p.unless));
        }
        out.sort_unstable();
        out
    }

    fn candidates(m: &Matcher, text: &str) -> Vec<(usize, usize, u32, bool)> {
        let mut cands = Vec::new();
        m.candidates(text, &mut cands);
        let mut got: Vec<_> = cands
            .iter()
            .filter(|c| !m.regex_rules.iter().any(|(r, _)| *r == c.rule as usize))
            .map(|c| (c.start, c.end, c.rule, c.unless))
            .collect();
        got.sort_unstable();
        got
    }

    fn strings(rules: &RuleSet) -> Vec<String> {
        let mut out = Vec::new();
        for rule in &rules.rules {
            for t in rule.terms.iter().chain(&rule.unless) {
                out.extend(term_variants(&t.text));
            }
        }
        out
    }

    const ODD_TEXT: &str = "North Korea slams NATO chief’s trip. “Vassal forces” of the \
        hegemonic US, officials said; it is believed the so-called deal, Erdoğan’s plan, was \
        allegedly cooked up. He didn't say: the regime's claims that 40% support\nit; \
        ERDOĞAN, Erdog\u{306}an, wars warlike war-torn WAR. U.S. u.s.a. co-op coop \
        vassal\nforces vassal\tforces 50 % support ab% support. Ωmega ωmega";

    #[test]
    fn word_starts_find_what_one_overlapping_search_finds() {
        let rules = RuleSet::default_rules();
        let m = Matcher::new(&rules);
        let strings = strings(&rules);
        let mut texts = vec![ODD_TEXT.to_string()];
        for entry in std::fs::read_dir("fixtures").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt" || e == "jsonl") {
                texts.push(std::fs::read_to_string(&path).unwrap());
            }
        }
        let mut total = 0;
        for text in &texts {
            let want = reference(&m, &strings, text);
            total += want.len();
            assert_eq!(
                candidates(&m, text),
                want,
                "{}",
                &text[..text.len().min(80)]
            );
        }
        assert!(total > 100, "{total} candidates");
    }

    #[test]
    fn short_prefixes_symbols_and_non_ascii_terms_match_alike() {
        let text = "[[category]]\nid = \"c\"\nrole = \"loaded\"\n[[rule]]\nid = \"r\"\ncategory = \"c\"\n\
            terms = [\"war*\", \"u.s.\", \"% support\", \"co-op\", \"erdoğan\", \"ωmega\", \"vassal forces\", \"a*\", \"wars\"]\n\
            unless = [\"war-torn\"]\n";
        let rules = RuleSet::load(&[RuleSource::new("t.toml", text)]).unwrap();
        let m = Matcher::new(&rules);
        let want = reference(&m, &strings(&rules), ODD_TEXT);
        assert_eq!(candidates(&m, ODD_TEXT), want);
        let words: Vec<&str> = want.iter().map(|c| &ODD_TEXT[c.0..c.1]).collect();
        for w in [
            "wars",
            "warlike",
            "war",
            "WAR",
            "U.S.",
            "u.s.",
            "% support",
            "ERDOĞAN",
            "Ωmega",
        ] {
            assert!(words.contains(&w), "{w} in {words:?}");
        }
        assert!(words.contains(&"vassal\nforces") && words.contains(&"vassal\tforces"));
        assert!(!words.contains(&"coop"));
    }
}
