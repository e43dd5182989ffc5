//! Finding terms from the word starts of a text: a term that starts with a letter or digit can
//! only match where a word starts, and its first letters (up to four bytes, ASCII lower-cased)
//! pick it out of a hash table. Each word of the text costs one lookup, whatever the number of
//! terms, and the table stays small enough for the processor's cache, where a 2,000-term
//! automaton does not. Same matches as an ASCII-case-insensitive Aho-Corasick search with a
//! word-boundary check before the match.

use super::Pattern;
use crate::text::{is_word_char, ByteClass, BYTE_CLASS};

/// Length of the lookup key: a word's first bytes.
const KEY_BYTES: usize = 4;

/// Patterns that start with a word character, by the first [`KEY_BYTES`] bytes of their first
/// word.
#[derive(Debug, Clone, Default)]
pub(super) struct WordStartIndex {
    /// Key -> range of `entries`.
    buckets: Buckets,
    /// The patterns, grouped by key.
    entries: Vec<Entry>,
    /// Each pattern, ASCII lower-cased (empty for patterns not in the index).
    folded: Vec<Box<[u8]>>,
    /// One-word prefix terms shorter than the key ("war*"): tried at every word start.
    short_prefixes: Vec<Entry>,
}

/// The buckets: an open-addressing table of (key, first entry, end of entries), linear probing,
/// at most a quarter full, a zero key marking an empty slot (no key is zero: a word's first byte
/// is a letter or digit). A word costs a multiplication and, most of the time, one probe.
#[derive(Debug, Clone)]
struct Buckets {
    slots: Box<[(u32, u32, u32)]>,
    /// 32 minus the log2 of the number of slots: a key's hash is the top bits of its product.
    shift: u32,
}

impl Default for Buckets {
    fn default() -> Buckets {
        Buckets::new(&[])
    }
}

impl Buckets {
    fn new(groups: &[(u32, u32, u32)]) -> Buckets {
        let len = (groups.len() * 4).next_power_of_two().max(16);
        let mut slots = vec![(0, 0, 0); len].into_boxed_slice();
        let shift = 32 - len.trailing_zeros();
        for &(key, from, to) in groups {
            assert_ne!(key, 0, "a key holds a word's first byte");
            let mut i = Buckets::slot(key, shift);
            while slots[i].0 != 0 {
                i = (i + 1) & (len - 1);
            }
            slots[i] = (key, from, to);
        }
        Buckets { slots, shift }
    }

    #[inline]
    fn slot(key: u32, shift: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B9) >> shift) as usize
    }

    /// The range of entries under `key` (empty when there are none).
    #[inline]
    fn get(&self, key: u32) -> (u32, u32) {
        let mask = self.slots.len() - 1;
        let mut i = Buckets::slot(key, self.shift);
        loop {
            let (k, from, to) = self.slots[i];
            if k == key {
                return (from, to);
            }
            if k == 0 {
                return (0, 0);
            }
            i = (i + 1) & mask;
        }
    }
}

/// A pattern in a bucket, with its first eight bytes to test before the rest: a bucket such as
/// "a" ("a disgrace", "a so-called" …) is looked at for every "a" of the text, and most of its
/// patterns fail on those bytes.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// The pattern's first eight bytes (fewer for a shorter pattern), ASCII lower-cased.
    head: u64,
    /// Which bytes of `head` the pattern has.
    mask: u64,
    id: u32,
}

impl Entry {
    fn new(id: u32, folded: &[u8]) -> Entry {
        let n = folded.len().min(8);
        let mut head = [0u8; 8];
        head[..n].copy_from_slice(&folded[..n]);
        let mask = if n == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        Entry {
            head: u64::from_le_bytes(head),
            mask,
            id,
        }
    }
}

/// The first eight bytes of `hay` (zero bytes past its end) as [`starts_with_folded`] compares
/// them: eight bytes lower-cased at once, byte by byte only where a control character (a line
/// break or tab) is among them.
#[inline]
fn folded_head(hay: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = match hay.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => {
            let mut head = [0u8; 8];
            head[..hay.len()].copy_from_slice(hay);
            u64::from_le_bytes(head)
        }
    };
    let ascii = !x & HIGH;
    // Bytes below 0x20 (controls, and the zero padding): fold those byte by byte.
    if (x & !HIGH).wrapping_add(ONES * (0x80 - 0x20)) & ascii != ascii {
        let mut head = [0u8; 8];
        for (slot, &b) in head.iter_mut().zip(hay) {
            *slot = fold(b);
        }
        return u64::from_le_bytes(head);
    }
    // ASCII 'A'..='Z' gain 0x20; other bytes, non-ASCII ones included, stay as they are.
    let low7 = x & !HIGH;
    let at_least_a = low7.wrapping_add(ONES * (0x80 - b'A' as u64));
    let past_z = low7.wrapping_add(ONES * (0x80 - b'Z' as u64 - 1));
    let upper = at_least_a & !past_z & ascii;
    x | (upper >> 2)
}

/// A byte of text as patterns are compared with it: ASCII lower-cased, a line break or tab
/// standing for a space.
#[inline]
fn fold(b: u8) -> u8 {
    match b {
        b'\n' | b'\r' | b'\t' => b' ',
        b => b.to_ascii_lowercase(),
    }
}

/// The key of a word (or a term's first word): its first bytes, ASCII lower-cased, packed into
/// an integer. Words hold no zero bytes, so the padding keeps keys of different lengths apart.
#[inline]
fn key(word: &[u8]) -> u32 {
    let mut k = [0u8; KEY_BYTES];
    for (slot, b) in k.iter_mut().zip(word) {
        *slot = b.to_ascii_lowercase();
    }
    u32::from_le_bytes(k)
}

/// Whether the character at byte `i` of `text` (a non-ASCII one) is a word character, and its
/// length.
#[inline(never)]
fn non_ascii_at(text: &str, i: usize) -> (bool, usize) {
    match text[i..].chars().next() {
        Some(c) => (is_word_char(c), c.len_utf8()),
        None => (false, 1),
    }
}

/// Where the run of word characters starting at byte `start` of `text` ends.
#[inline]
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        match BYTE_CLASS[b as usize] {
            ByteClass::Word => i += 1,
            ByteClass::Other | ByteClass::Joiner => break,
            ByteClass::NonAscii => match non_ascii_at(text, i) {
                (true, len) => i += len,
                (false, _) => break,
            },
        }
    }
    i
}

/// Whether `hay` starts with `folded` (a lower-cased pattern), ASCII case folded, a line break
/// or tab in `hay` standing for a space.
#[inline]
fn starts_with_folded(hay: &[u8], folded: &[u8]) -> bool {
    hay.len() >= folded.len() && hay.iter().zip(folded).all(|(&h, &p)| fold(h) == p)
}

impl WordStartIndex {
    /// Indexes the patterns that start with a word character; `strings[i]` is pattern `i`.
    pub(super) fn new(strings: &[String], patterns: &[Pattern]) -> WordStartIndex {
        let mut keyed: Vec<(u32, Entry)> = Vec::new();
        let mut short_prefixes = Vec::new();
        let mut folded = Vec::with_capacity(strings.len());
        for (i, (s, p)) in strings.iter().zip(patterns).enumerate() {
            if !p.word_start {
                folded.push(Box::default());
                continue;
            }
            let lower = s.as_bytes().to_ascii_lowercase();
            let entry = Entry::new(i as u32, &lower);
            folded.push(lower.into_boxed_slice());
            let first = &s[..word_end(s, 0)];
            if p.prefix && first.len() == s.len() && first.len() < KEY_BYTES {
                // The text's word may go on past the term, so its key has more bytes.
                short_prefixes.push(entry);
            } else {
                keyed.push((key(first.as_bytes()), entry));
            }
        }
        keyed.sort_unstable_by_key(|&(key, entry)| (key, entry.id));
        let mut groups = Vec::new();
        let mut entries = Vec::with_capacity(keyed.len());
        for group in keyed.chunk_by(|a, b| a.0 == b.0) {
            let from = entries.len() as u32;
            entries.extend(group.iter().map(|&(_, entry)| entry));
            groups.push((group[0].0, from, entries.len() as u32));
        }
        let buckets = Buckets::new(&groups);
        WordStartIndex {
            buckets,
            entries,
            folded,
            short_prefixes,
        }
    }

    /// Calls `found(pattern, start, end)` for every pattern that matches `text` at a word start
    /// (the end of the match is not checked: a term may end inside a word, as prefixes do).
    pub(super) fn find(&self, text: &str, found: &mut impl FnMut(u32, usize, usize)) {
        if self.entries.is_empty() && self.short_prefixes.is_empty() {
            return;
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // Skip to the next word character.
            match BYTE_CLASS[b as usize] {
                ByteClass::Word => {}
                ByteClass::Other | ByteClass::Joiner => {
                    i += 1;
                    continue;
                }
                ByteClass::NonAscii => match non_ascii_at(text, i) {
                    (true, _) => {}
                    (false, len) => {
                        i += len;
                        continue;
                    }
                },
            }
            let start = i;
            let end = word_end(text, start);
            let hay = &bytes[start..];
            let head = folded_head(hay);
            // The word's first bytes (at most KEY_BYTES, none past the word) are the key.
            let key_len = (end - start).min(KEY_BYTES);
            let key = (head & ((1u64 << (8 * key_len)) - 1)) as u32;
            let (from, to) = self.buckets.get(key);
            for entry in &self.entries[from as usize..to as usize] {
                self.try_entry(entry, head, hay, start, found);
            }
            for entry in &self.short_prefixes {
                self.try_entry(entry, head, hay, start, found);
            }
            i = end;
        }
    }

    /// Calls `found` when `entry`'s pattern matches `hay`, the text from a word start at byte
    /// `start` (`head` is [`folded_head`] of `hay`).
    #[inline(always)]
    fn try_entry(
        &self,
        entry: &Entry,
        head: u64,
        hay: &[u8],
        start: usize,
        found: &mut impl FnMut(u32, usize, usize),
    ) {
        if head & entry.mask != entry.head {
            return;
        }
        let folded = &self.folded[entry.id as usize];
        // The zero padding past the end of the text matches no term byte, but a term may hold a
        // NUL itself: a short term needs the text to be as long.
        if hay.len() >= folded.len() && (folded.len() <= 8 || starts_with_folded(hay, folded)) {
            found(entry.id, start, start + folded.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key is found with its range, however the keys collide; other keys find nothing.
    #[test]
    fn buckets_find_every_key_and_no_other() {
        for n in [0u32, 1, 5, 300] {
            let groups: Vec<(u32, u32, u32)> = (1..=n).map(|k| (k * 0x0101, k, k + 1)).collect();
            let buckets = Buckets::new(&groups);
            for &(key, from, to) in &groups {
                assert_eq!(buckets.get(key), (from, to));
            }
            for absent in [1u32, 0x0102, u32::MAX, 0x6568_7400] {
                if !groups.iter().any(|g| g.0 == absent) {
                    assert_eq!(buckets.get(absent), (0, 0));
                }
            }
        }
    }

    /// The eight-at-once lower-casing gives what folding byte by byte gives, for every byte value
    /// in every position, and for short ends of text.
    #[test]
    fn folded_head_folds_like_each_byte() {
        let plain = |hay: &[u8]| {
            let mut head = [0u8; 8];
            for (slot, &b) in head.iter_mut().zip(hay) {
                *slot = fold(b);
            }
            u64::from_le_bytes(head)
        };
        let base = *b"Ab Zz@[`";
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut hay = base;
                hay[pos] = b;
                assert_eq!(folded_head(&hay), plain(&hay), "{hay:?}");
                assert_eq!(folded_head(&hay[..pos]), plain(&hay[..pos]), "{hay:?}");
            }
        }
        assert_eq!(
            folded_head("ÉLAN\nX".as_bytes()),
            plain("ÉLAN\nX".as_bytes())
        );
        assert_eq!(&folded_head(b"VASSAL\tF").to_le_bytes(), b"vassal f");
    }

    /// A term holding a NUL (rule files refuse one; the index must not rely on it) matches no
    /// word at the end of a text, where the head is padded with zero bytes.
    #[test]
    fn a_term_never_matches_past_the_end_of_the_text() {
        let pattern = Pattern {
            rule: 0,
            prefix: false,
            unless: false,
            word_start: true,
            word_end: false,
        };
        let index = WordStartIndex::new(&["ab\0".to_string(), "ab".to_string()], &[pattern; 2]);
        let mut found = Vec::new();
        index.find("words ab", &mut |id, start, end| {
            found.push((id, start, end))
        });
        assert_eq!(found, [(1, 6, 8)]);
    }
}
