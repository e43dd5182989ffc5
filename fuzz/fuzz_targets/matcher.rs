//! Matcher: the first line is a list of terms (separated by `|`), the rest is the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use slant::matching::Matcher;
use slant::rules::{RuleSet, RuleSource};

fuzz_target!(|data: &str| {
    let (terms, text) = data.split_once('\n').unwrap_or((data, ""));
    let list: Vec<String> = terms
        .split('|')
        .filter(|t| !t.trim().is_empty())
        .map(|t| {
            let mut s = String::from("\"");
            for c in t.chars() {
                match c {
                    '"' => s.push_str("\\\""),
                    '\\' => s.push_str("\\\\"),
                    c if c.is_control() => s.push_str(&format!("\\u{:04x}", c as u32 & 0xffff)),
                    c => s.push(c),
                }
            }
            s.push('"');
            s
        })
        .collect();
    if list.is_empty() {
        return;
    }
    let toml = format!(
        "[[category]]\nid = \"c\"\nrole = \"loaded\"\n[[rule]]\nid = \"r\"\ncategory = \"c\"\nterms = [{}]\nunless = [{}]\n",
        list.join(", "),
        list.iter().rev().take(2).cloned().collect::<Vec<_>>().join(", ")
    );
    if let Ok(set) = RuleSet::load(&[RuleSource::new("f.toml", toml)]) {
        let m = Matcher::new(&set);
        let mut last = 0;
        for x in m.find_in(text) {
            assert!(x.span.start >= last && x.span.end <= text.len());
            assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
            last = x.span.end;
        }
    }
});
