//! Context vetoes: a rule's `unless_context` names `[[context]]` tables whose phrases, found
//! among the few words before or after a match in the same sentence, set the match aside. They
//! tell the senses in which the topic, not the writer, supplies a word: "pleaded guilty to
//! «lying» to the F.B.I." (a charge), "an investigation into possible «collusion»" (the subject of
//! an inquiry), "rejecting «claims» the players …" (a noun, not a reporting verb).
//!
//! The check runs only for candidates of rules that list contexts, looks at no more than
//! [`MAX_WINDOW`] words each way and allocates nothing: words are read in place and compared
//! with the phrases' normalised words (lower case, `’` as `'`, dots dropped, so "F.B.I." is
//! `fbi`).
//!
//! A word is a run of word characters, with `.`, `'`, `’` and `-` kept inside it when a word
//! character follows ("F.B.I", "cover-up", "Trump’s"). A sentence ends, for the window, at
//! `!`, `?`, `;`, a line break or a `.` that does not join two word characters.

use super::{Match, Matcher};
use crate::rules::context::MAX_WINDOW;
use crate::rules::{Context, ContextPhrase, ContextWord, RuleSet};
use crate::text::is_word_char;
use std::ops::Range;
use std::sync::Arc;

/// The contexts of a rule set, by rule.
#[derive(Debug, Clone, Default)]
pub struct Contexts {
    contexts: Arc<Vec<Context>>,
    /// For each rule, the indexes of the contexts that set its matches aside (mostly empty).
    per_rule: Vec<Box<[u32]>>,
}

/// Why a candidate match was set aside: which context, on which side, by which phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Veto {
    /// Index into [`RuleSet::contexts`].
    pub context: usize,
    /// The phrase stood before the match (else after it).
    pub before: bool,
    /// Index into the context's `before` or `after` list.
    pub phrase: usize,
}

impl Veto {
    /// The context's id.
    pub fn context_id(self, rules: &RuleSet) -> &str {
        &rules.contexts[self.context].id
    }

    /// The phrase that was found, as written in the rule file.
    pub fn phrase(self, rules: &RuleSet) -> &ContextPhrase {
        let c = &rules.contexts[self.context];
        if self.before {
            &c.before[self.phrase]
        } else {
            &c.after[self.phrase]
        }
    }

    /// One line for `explain`: `context `charge`: "pleaded guilty to" before it`.
    pub fn describe(self, rules: &RuleSet) -> String {
        format!(
            "context `{}`: \"{}\" {} it",
            self.context_id(rules),
            self.phrase(rules).display,
            if self.before { "before" } else { "after" }
        )
    }
}

impl Contexts {
    pub fn new(rules: &RuleSet) -> Contexts {
        Contexts {
            contexts: Arc::new(rules.contexts.clone()),
            per_rule: rules
                .rules
                .iter()
                .map(|r| r.unless_context.iter().map(|&i| i as u32).collect())
                .collect(),
        }
    }

    /// Whether any rule has contexts (explain looks for set-aside matches only then).
    pub fn any(&self) -> bool {
        self.per_rule.iter().any(|c| !c.is_empty())
    }

    /// The first context of `rule` found around `span` of `text` (a paragraph), if any.
    #[inline]
    pub fn veto(&self, rule: usize, text: &str, span: Range<usize>) -> Option<Veto> {
        let list = self.per_rule.get(rule)?;
        if list.is_empty() {
            return None;
        }
        let mut before = [(0usize, 0usize); MAX_WINDOW];
        let mut after = [(0usize, 0usize); MAX_WINDOW];
        let widest = list
            .iter()
            .map(|&c| self.contexts[c as usize].window)
            .max()
            .unwrap_or(0);
        let nb = words_before(text, span.start, widest, &mut before);
        // Nearest word first: keep it so, a window of n is the first n.
        let na = words_after(text, span.end, widest, &mut after);
        for &ci in list.iter() {
            let c = &self.contexts[ci as usize];
            let b = &before[..nb.min(c.window)];
            if let Some(p) = c.before.iter().position(|p| found_reversed(text, b, p)) {
                return Some(Veto {
                    context: ci as usize,
                    before: true,
                    phrase: p,
                });
            }
            let a = &after[..na.min(c.window)];
            if let Some(p) = c.after.iter().position(|p| found(text, a, p)) {
                return Some(Veto {
                    context: ci as usize,
                    before: false,
                    phrase: p,
                });
            }
        }
        None
    }
}

impl Matcher {
    /// The same matcher with every `unless_context` ignored: what `explain` compares with to show
    /// the matches contexts set aside.
    pub fn without_contexts(&self) -> Matcher {
        let mut m = self.clone();
        m.contexts = Contexts::default();
        m
    }

    /// Why this matcher would set aside `m`, a match found without contexts in `text` (the
    /// paragraph starting at byte `base`), or None when it does not.
    pub fn set_aside_by(&self, text: &str, base: usize, m: &Match) -> Option<Veto> {
        self.contexts
            .veto(m.rule, text, m.span.start - base..m.span.end - base)
    }

    /// Whether any rule of this matcher has contexts.
    pub fn has_contexts(&self) -> bool {
        self.contexts.any()
    }
}

/// Characters kept inside a word when word characters stand on both sides.
fn joins(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-')
}

/// Characters that end a sentence for the window (a `.` only when it joins nothing).
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n' | '\r')
}

/// Up to `n` words before byte `at` of `text`, nearest first, within the sentence.
fn words_before(text: &str, at: usize, n: usize, out: &mut [(usize, usize); MAX_WINDOW]) -> usize {
    nearest_words(text[..at].char_indices().rev(), false, text.len(), n, out)
}

/// Up to `n` words from byte `at` of `text` on, nearest first, within the sentence.
fn words_after(text: &str, at: usize, n: usize, out: &mut [(usize, usize); MAX_WINDOW]) -> usize {
    let chars = text[at..].char_indices().map(move |(i, c)| (at + i, c));
    nearest_words(chars, true, text.len(), n, out)
}

/// The words met walking `chars` (absolute byte offsets, away from the match: forwards or
/// backwards), as byte ranges, until `n` are found or the sentence ends. A word's first edge met
/// is its start going forwards, its end going backwards; `len` is the text's length.
fn nearest_words(
    chars: impl Iterator<Item = (usize, char)>,
    forwards: bool,
    len: usize,
    n: usize,
    out: &mut [(usize, usize); MAX_WINDOW],
) -> usize {
    let n = n.min(MAX_WINDOW);
    let mut count = 0;
    let mut edge: Option<usize> = None;
    let mut it = chars.peekable();
    while let Some((i, c)) = it.next() {
        if is_word_char(c) {
            edge.get_or_insert(if forwards { i } else { i + c.len_utf8() });
            continue;
        }
        if let Some(e) = edge {
            let inner = joins(c) && it.peek().is_some_and(|&(_, p)| is_word_char(p));
            if inner {
                continue;
            }
            out[count] = if forwards {
                (e, i)
            } else {
                (i + c.len_utf8(), e)
            };
            count += 1;
            edge = None;
            if count == n {
                return count;
            }
        }
        if ends_sentence(c) {
            return count;
        }
    }
    if let Some(e) = edge {
        if count < n {
            out[count] = if forwards { (e, len) } else { (0, e) };
            count += 1;
        }
    }
    count
}

/// Whether `phrase` stands among `words` (in text order).
fn found(text: &str, words: &[(usize, usize)], phrase: &ContextPhrase) -> bool {
    let m = phrase.words.len();
    m <= words.len()
        && (0..=words.len() - m).any(|i| {
            phrase
                .words
                .iter()
                .zip(&words[i..i + m])
                .all(|(w, &(s, e))| word_is(&text[s..e], w))
        })
}

/// Whether `phrase` stands among `words` given nearest first (so in reverse text order).
fn found_reversed(text: &str, words: &[(usize, usize)], phrase: &ContextPhrase) -> bool {
    let m = phrase.words.len();
    m <= words.len()
        && (0..=words.len() - m).any(|i| {
            // words[i] is the phrase's last word, words[i + m - 1] its first.
            phrase
                .words
                .iter()
                .rev()
                .zip(&words[i..i + m])
                .all(|(w, &(s, e))| word_is(&text[s..e], w))
        })
}

/// A text word's characters as they are compared: lower case, `’` as `'`, dots dropped.
fn normalized(word: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    word.chars()
        .filter(|&c| c != '.')
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
}

fn word_is(word: &str, w: &ContextWord) -> bool {
    let bytes = word.as_bytes();
    let phrase = w.text.as_bytes();
    // Most words differ from the phrase's word at once. An ASCII character other than a dot
    // normalises to its ASCII lower case, so at the end compared first (the last character for a
    // suffix, else the first) a mismatch decides, whatever the rest of the word holds.
    let (t, p) = if w.suffix {
        (bytes.last(), phrase.last())
    } else {
        (bytes.first(), phrase.first())
    };
    if let (Some(&t), Some(&p)) = (t, p) {
        if t.is_ascii() && t != b'.' && t.to_ascii_lowercase() != p {
            return false;
        }
    }
    // Most words are ASCII without a dot: normalised, they are their ASCII lower case, so bytes
    // compare as the characters do.
    if !bytes.iter().all(|&b| b.is_ascii() && b != b'.') {
        return word_is_by_chars(word, w);
    }
    let part = if w.suffix {
        bytes.len().checked_sub(phrase.len()).map(|i| &bytes[i..])
    } else if w.prefix {
        bytes.get(..phrase.len())
    } else {
        Some(bytes)
    };
    part.is_some_and(|t| {
        t.len() == phrase.len()
            && t.iter()
                .zip(phrase)
                .all(|(a, &b)| a.to_ascii_lowercase() == b)
    })
}

/// [`word_is`] for any word, character by character.
fn word_is_by_chars(word: &str, w: &ContextWord) -> bool {
    if w.suffix {
        let mut t = normalized(word).rev();
        w.text.chars().rev().all(|c| t.next() == Some(c))
    } else if w.prefix {
        let mut t = normalized(word);
        w.text.chars().all(|c| t.next() == Some(c))
    } else {
        normalized(word).eq(w.text.chars())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::context::parse_phrase;
    use crate::rules::{RuleSet, RuleSource};

    fn words(text: &str, at: usize, before: bool) -> Vec<&str> {
        let mut out = [(0, 0); MAX_WINDOW];
        let n = if before {
            words_before(text, at, MAX_WINDOW, &mut out)
        } else {
            words_after(text, at, MAX_WINDOW, &mut out)
        };
        out[..n].iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn words_around_stop_at_the_sentence_and_keep_inner_marks() {
        let t = "He left. Flynn pleaded guilty to lying to the F.B.I. when asked; later";
        let at = t.find("lying").unwrap();
        assert_eq!(words(t, at, true), ["to", "guilty", "pleaded", "Flynn"]);
        assert_eq!(
            words(t, at + "lying".len(), false),
            ["to", "the", "F.B.I"],
            "the dot after F.B.I ends the sentence"
        );
        let t = "the Trump’s cover-up “claims” of";
        let at = t.find("claims").unwrap();
        assert_eq!(words(t, at, true), ["cover-up", "Trump’s", "the"]);
        assert_eq!(words(t, at + 6, false), ["of"]);
    }

    #[test]
    fn words_compare_normalised_with_wildcards() {
        let w = |p: &str| parse_phrase(p).unwrap().words.remove(0);
        assert!(word_is("F.B.I", &w("fbi")));
        assert!(word_is("Investigating", &w("investigat*")));
        assert!(word_is("Trump’s", &w("*'s")));
        assert!(!word_is("investigate", &w("investigator")));
        assert!(!word_is("it", &w("*'s")));
        // The byte comparison of ASCII words agrees with the character one.
        let words = [
            "",
            "a",
            "Fbi",
            "FBI",
            "fbix",
            "xfbi",
            "it's",
            "IT'S",
            "s",
            "Investigat",
            "b2b",
        ];
        let phrases = [
            "fbi",
            "*'s",
            "*s",
            "investigat*",
            "it's",
            "b2b",
            "é",
            "*é",
            "é*",
        ];
        for word in words {
            for p in phrases {
                let p = w(p);
                assert_eq!(
                    word_is(word, &p),
                    word_is_by_chars(word, &p),
                    "{word} {p:?}"
                );
            }
        }
    }

    fn rules() -> RuleSet {
        let text = r#"
[[category]]
id = "loaded"
role = "loaded"

[[context]]
id = "charge"
before = ["pleaded guilty to", "accus*"]
after = ["to the fbi", "under oath"]
window = 5

[[rule]]
id = "lie"
category = "loaded"
terms = ["lying", "lied"]
unless_context = ["charge"]
examples = ["the lying press"]
counterexamples = ["Flynn pleaded guilty to lying to the F.B.I."]
"#;
        RuleSet::load(&[RuleSource::new("t.toml", text)]).unwrap()
    }

    #[test]
    fn a_context_sets_matches_aside_and_says_why() {
        let set = rules();
        let m = Matcher::new(&set);
        let n = |t: &str| m.find_in(t).len();
        assert_eq!(n("the lying press"), 1);
        assert_eq!(n("Flynn pleaded guilty to lying."), 0);
        assert_eq!(n("She was accused by the committee of lying."), 0);
        assert_eq!(n("Clinton lied many times to the F.B.I., he said."), 0);
        // Out of the window, or in another sentence: the match counts.
        assert_eq!(
            n("He was accused of many things in the long years of lying."),
            1
        );
        assert_eq!(n("He pleaded guilty to fraud. Lying is his trade."), 1);
        let text = "Flynn pleaded guilty to lying.";
        let bare = m.without_contexts().find_in(text);
        assert_eq!(bare.len(), 1);
        let v = m.set_aside_by(text, 0, &bare[0]).unwrap();
        assert_eq!(
            v.describe(&set),
            "context `charge`: \"pleaded guilty to\" before it"
        );
        assert!(m.has_contexts() && !m.without_contexts().has_contexts());
    }

    #[test]
    fn unknown_context_and_bad_window_are_errors_with_positions() {
        let load = |window: u32, name: &str| {
            let text = format!("[[category]]\nid = \"c\"\nrole = \"loaded\"\n[[context]]\nid = \"charge\"\nbefore = [\"accused of\"]\nwindow = {window}\n[[rule]]\nid = \"r\"\ncategory = \"c\"\nterms = [\"x\"]\nunless_context = [\"{name}\"]\n");
            RuleSet::load(&[RuleSource::new("c.toml", text)])
        };
        assert!(load(4, "charge").is_ok());
        let err = load(40, "charge").unwrap_err();
        assert_eq!(err.diagnostics[0].location(), "c.toml:7:10");
        assert!(err.diagnostics[0]
            .message
            .starts_with("`window` of context `charge` must be 1 to 12"));
        let err = load(4, "chrage").unwrap_err();
        let d = &err.diagnostics[0];
        assert_eq!(d.location(), "c.toml:12:19");
        assert_eq!(
            d.message,
            "rule `r` names context `chrage`, which no [[context]] defines (did you mean `charge`?)"
        );
        let text = "[[context]]\nid = \"c\"\nbefore = [\"a b c d e\"]\nwindow = 2\nnote = \"x\"\nwhatever = 1\n";
        let err = RuleSet::load(&[RuleSource::new("d.toml", text)]).unwrap_err();
        assert!(
            err.diagnostics[0]
                .message
                .contains("unknown field `whatever`"),
            "{}",
            err.diagnostics[0].message
        );
        // A phrase longer than its window could never be found.
        let text = "[[context]]\nid = \"c\"\nbefore = [\"a b c d e\"]\nwindow = 2\nnote = \"x\"\n";
        let err = RuleSet::load(&[RuleSource::new("e.toml", text)]).unwrap_err();
        let d = &err.diagnostics[0];
        assert_eq!(d.location(), "e.toml:3:11");
        assert!(
            d.message.starts_with(
                "phrase `a b c d e` of context `c` is longer than its window of 2 words"
            ),
            "{}",
            d.message
        );
    }
}
