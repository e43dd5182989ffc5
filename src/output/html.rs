//! A self-contained HTML page showing one article the way slant reads it: matches highlighted by
//! category (colour plus underline style plus a text tag), quotations tinted, each claim's
//! attribution marked, per-paragraph scores in the margin and the article summary on top.
//! No network, no scripts; all article text is escaped.

use crate::article::ParagraphKind;
use crate::attribution::ClaimClass;
use crate::output::fmt_f64;
use crate::rules::Role;
use crate::score::{Engine, ScoredArticle};
use std::fmt::Write as _;
use std::ops::Range;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// CSS class and short visible tag for a role.
fn role_style(role: Role) -> (&'static str, &'static str, &'static str) {
    match role {
        Role::Loaded => ("r-loaded", "LOADED", "loaded term"),
        Role::Label => ("r-label", "LABEL", "label / name-calling"),
        Role::Hedge => ("r-hedge", "HEDGE", "hedge"),
        Role::Evidential => (
            "r-hedge",
            "SEEMS",
            "evidential hedge: an impression with no source",
        ),
        Role::Intensifier => ("r-intens", "INTENS", "intensifier"),
        Role::VerbNeutral => ("r-cue", "CUE", "neutral reporting cue"),
        Role::VerbLoaded => ("r-cue-loaded", "CUE!", "loaded reporting cue"),
        Role::AnonymousSource => ("r-anon", "ANON", "anonymous-source marker"),
        Role::Agentless => ("r-agentless", "NO SOURCE", "agentless attribution"),
        Role::ScareQuote => ("r-scare", "SCARE", "scare-quote marker"),
        Role::Boilerplate => ("r-boiler", "BOILER", "boilerplate"),
    }
}

const CSS: &str = r#"
:root { --ink:#1b1b1b; --muted:#555; --rule:#ccc; --quote:#eef3fb; --bg:#fff; }
* { box-sizing: border-box; }
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; color: var(--ink); background: var(--bg); margin: 0; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.5rem; line-height: 1.3; margin: 0.5rem 0; }
.meta, .summary, .legend, aside, .badge, table { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
.meta { color: var(--muted); font-size: 0.85rem; }
.summary { border: 1px solid var(--rule); border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; font-size: 0.9rem; }
.summary dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
.summary dt { font-weight: 600; }
.summary dd { margin: 0; }
table { border-collapse: collapse; font-size: 0.85rem; margin-top: 0.5rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.2rem 0.6rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
.scroll { overflow-x: auto; max-width: 100%; }
.scroll td:last-child { min-width: 14rem; }
.legend { font-size: 0.85rem; margin: 0.75rem 0 1.5rem; line-height: 2.1; }
.legend mark { margin-right: 0.6rem; }
.para { display: grid; grid-template-columns: 1fr 13rem; gap: 1.25rem; border-top: 1px solid #eee; padding: 0.6rem 0; }
.para.headline p { font-size: 1.3rem; font-weight: bold; }
.para p { margin: 0; }
aside { font-size: 0.78rem; color: var(--muted); line-height: 1.4; }
aside b { color: var(--ink); }
.quote { background: var(--quote); border-radius: 3px; box-shadow: inset 3px 0 0 #8aa6cf; padding: 0 0.1rem; }
mark { background: none; color: inherit; padding: 0 1px; border-radius: 2px; text-decoration-thickness: 2px; text-underline-offset: 3px; position: relative; }
mark:focus { outline: 3px solid #1a4fd6; outline-offset: 1px; }
mark::after { content: attr(data-tag); font: 600 0.55rem/1 system-ui, sans-serif; vertical-align: super; margin-left: 1px; color: #333; }
.r-loaded { background: #ffd9d6; text-decoration: underline solid #b3261e; }
.r-label { background: #ffc9e3; text-decoration: underline double #9c1f63; }
.r-hedge { background: #e6f0d8; text-decoration: underline dotted #3d6b12; }
.r-intens { background: #ffe9c2; text-decoration: underline wavy #8a5300; }
.r-cue { background: #e3e8ef; text-decoration: underline dashed #444; }
.r-cue-loaded { background: #f3d9ff; text-decoration: underline solid #6a1b9a; }
.r-anon { background: #fff3b0; text-decoration: underline dotted #6b5b00; }
.r-agentless { background: #fde2c8; text-decoration: underline dashed #9a4a00; }
.r-scare { background: #d7f3f0; text-decoration: underline double #00695c; }
.r-boiler { background: #eee; }
.source { border-bottom: 2px dotted #1a4fd6; }
.tip { display: none; position: absolute; left: 0; top: 1.7em; z-index: 5; width: max-content; max-width: 22rem; background: #222; color: #fff; font: 0.78rem/1.35 system-ui, sans-serif; padding: 0.4rem 0.55rem; border-radius: 4px; white-space: normal; }
mark:hover .tip, mark:focus .tip { display: block; }
.badge { display: inline-block; font-size: 0.66rem; line-height: 1.2; padding: 0 0.3rem; margin-right: 0.25rem; border-radius: 3px; border: 1px solid; vertical-align: 0.15em; user-select: none; }
.badge.c-named { border-color: #2e7d32; color: #1b5e20; }
.badge.c-anonymous { border-color: #b26a00; color: #7a4800; border-style: dashed; }
.badge.c-agentless { border-color: #c62828; color: #8e0000; border-style: dotted; }
.badge.c-unattributed { border-color: #777; color: #444; }
@media (max-width: 44rem) { .para { grid-template-columns: 1fr; gap: 0.3rem; } body { font-size: 16px; } .summary dl { grid-template-columns: 1fr; } .summary dd { margin-bottom: 0.3rem; } }
"#;

struct Layer {
    span: Range<usize>,
    /// 0 claim, 1 quote, 2 source, 3 match: lower opens first.
    order: u8,
    open: String,
    close: &'static str,
    /// Emitted once, right after the first opening (badges, tooltips).
    once: String,
}

/// Renders one paragraph's text with nested layers (split where layers cross).
fn render_layers(text: &str, base: usize, layers: &mut [Layer]) -> String {
    layers.sort_by(|a, b| a.order.cmp(&b.order).then(a.span.start.cmp(&b.span.start)));
    let mut cuts: Vec<usize> = vec![base, base + text.len()];
    for l in layers.iter() {
        cuts.push(l.span.start.clamp(base, base + text.len()));
        cuts.push(l.span.end.clamp(base, base + text.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut emitted_once = vec![false; layers.len()];
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a == b {
            continue;
        }
        let want: Vec<usize> = (0..layers.len())
            .filter(|&i| layers[i].span.start <= a && b <= layers[i].span.end)
            .collect();
        // Close until the stack is a prefix of what is wanted.
        let keep = stack.iter().zip(&want).take_while(|(x, y)| x == y).count();
        while stack.len() > keep {
            let i = stack.pop().expect("non-empty");
            out.push_str(layers[i].close);
        }
        for &i in &want[keep..] {
            out.push_str(&layers[i].open);
            if !emitted_once[i] {
                out.push_str(&layers[i].once);
                emitted_once[i] = true;
            }
            stack.push(i);
        }
        out.push_str(&escape(&text[a - base..b - base]));
    }
    while let Some(i) = stack.pop() {
        out.push_str(layers[i].close);
    }
    out
}

/// The HTML page for one scored article.
pub fn render_article(engine: &Engine, s: &ScoredArticle) -> String {
    let rules = &engine.rules;
    let a = &s.article;
    let sum = &s.summary;
    let title = a.meta.title.clone().unwrap_or_else(|| a.id.clone());
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>slant: {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        escape(&title)
    );
    let _ = write!(
        h,
        "<header>\n<h1>{}</h1>\n<div class=\"meta\">",
        escape(&title)
    );
    let mut meta_bits = vec![format!("id: {}", escape(&a.id))];
    for (k, v) in [
        ("outlet", &a.meta.outlet),
        ("date", &a.meta.date),
        ("byline", &a.meta.byline),
    ] {
        if let Some(v) = v {
            meta_bits.push(format!("{k}: {}", escape(v)));
        }
    }
    if let Some(u) = &a.meta.url {
        meta_bits.push(format!("url: {}", escape(u)));
    }
    let _ = writeln!(h, "{}</div>\n</header>", meta_bits.join(" · "));

    // Summary.
    let share = |n: usize| {
        crate::metrics::ratio(n, sum.claims)
            .map_or("–".to_string(), |r| format!("{:.0}%", r * 100.0))
    };
    let _ = write!(
        h,
        "<section class=\"summary\" aria-label=\"Summary\">\n<dl>\n<dt>Framing score</dt><dd>{} <small>(100 × weighted loaded wording in the outlet's own words / narration words)</small></dd>\n<dt>Loaded terms</dt><dd>{} in the outlet's voice, {} inside quotations</dd>\n<dt>Claims</dt><dd>{} — named {}, anonymous {}, agentless {}, unattributed {}</dd>\n<dt>Source reliability</dt><dd>{}</dd>\n</dl>\n",
        fmt_f64(sum.framing_score),
        sum.loaded_narration,
        sum.loaded_quoted,
        sum.claims,
        share(sum.attributed_named),
        share(sum.attributed_anonymous),
        share(sum.agentless),
        share(sum.unattributed),
        sum.source_reliability.map_or("–".into(), fmt_f64),
    );
    if !sum.sources.is_empty() {
        h.push_str("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Kind</th><th scope=\"col\">Claims</th><th scope=\"col\">Quoted words</th><th scope=\"col\">Cues</th></tr></thead>\n<tbody>\n");
        for src in &sum.sources {
            let cues: Vec<String> = src
                .cues
                .iter()
                .map(|(c, n)| format!("{} ({n})", escape(c)))
                .collect();
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&src.name),
                escape(&src.kind),
                src.claims,
                src.quoted_words,
                cues.join(", ")
            );
        }
        h.push_str("</tbody>\n</table></div>\n");
    }
    h.push_str("</section>\n");

    // Legend.
    h.push_str("<section class=\"legend\" aria-label=\"Legend\"><b>Legend:</b> ");
    for role in Role::ALL.into_iter().filter(|r| *r != Role::Boilerplate) {
        let (class, tag, name) = role_style(role);
        let _ = write!(
            h,
            "<mark class=\"{class}\" data-tag=\"{tag}\">{name}</mark>"
        );
    }
    h.push_str(
        "<span class=\"quote\">quoted words</span> · <span class=\"source\">source</span> · ",
    );
    for class in [
        ClaimClass::Named,
        ClaimClass::Anonymous,
        ClaimClass::Agentless,
        ClaimClass::Unattributed,
    ] {
        let _ = write!(h, "<span class=\"badge c-{0}\">{0}</span>", class.name());
    }
    h.push_str("</section>\n<article>\n");

    // Paragraphs.
    for (pi, para) in a.paragraphs.iter().enumerate() {
        if para.kind == ParagraphKind::Boilerplate {
            continue;
        }
        let row = s.paragraphs.iter().find(|r| r.paragraph == para.number);
        let text = &a.text[para.span.clone()];
        let mut layers: Vec<Layer> = Vec::new();
        for c in s.claims.iter().filter(|c| c.paragraph == pi) {
            let mut badge = c.class.name().to_string();
            if let Some(src) = &c.source {
                badge.push_str(&format!(" · {}", src.name));
            }
            if let Some(cue) = &c.cue {
                badge.push_str(&format!(" · “{}”", cue.text));
            }
            layers.push(Layer {
                span: c.span.clone(),
                order: 0,
                open: format!("<span class=\"claim c-{}\">", c.class.name()),
                close: "</span>",
                once: format!(
                    "<span class=\"badge c-{}\" title=\"attribution of this claim\">{}</span>",
                    c.class.name(),
                    escape(&badge)
                ),
            });
            if let Some(src) = &c.source {
                if !src.linked
                    && src.span.start >= para.span.start
                    && src.span.end <= para.span.end
                    && !src.span.is_empty()
                {
                    layers.push(Layer {
                        span: src.span.clone(),
                        order: 2,
                        open: format!(
                            "<span class=\"source\" title=\"source: {} ({})\">",
                            escape(&src.name),
                            escape(src.kind.as_str())
                        ),
                        close: "</span>",
                        once: String::new(),
                    });
                }
            }
        }
        for q in &para.quotes {
            layers.push(Layer {
                span: q.clone(),
                order: 1,
                open: "<span class=\"quote\">".into(),
                close: "</span>",
                once: String::new(),
            });
        }
        for m in s
            .matches
            .iter()
            .filter(|m| para.span.start <= m.span.start && m.span.start < para.span.end)
        {
            let rule = &rules.rules[m.rule];
            let cat = &rules.categories[rule.category];
            let (class, tag, name) = role_style(cat.role);
            let tip = format!(
                "<b>{}</b> · {} ({name}) · weight {} · {}{}",
                escape(&rule.id),
                escape(&cat.id),
                rule.weight,
                if m.voice == crate::matching::Voice::Quoted {
                    "inside a quotation"
                } else {
                    "outlet's own words"
                },
                if rule.note.is_empty() {
                    String::new()
                } else {
                    format!("<br>{}", escape(&rule.note))
                }
            );
            layers.push(Layer {
                span: m.span.clone(),
                order: 3,
                open: format!(
                    "<mark class=\"{class}\" data-tag=\"{tag}\" tabindex=\"0\" aria-label=\"{} ({}, {})\">",
                    escape(&a.text[m.span.clone()]),
                    escape(&rule.id),
                    m.voice.name()
                ),
                close: "</mark>",
                once: format!("<span class=\"tip\" role=\"tooltip\">{tip}</span>"),
            });
        }
        let body = render_layers(text, para.span.start, &mut layers);
        let aside = match row {
            Some(r) => format!(
                "<b>¶{} {}</b><br>framing {}<br>loaded: {} own, {} quoted<br>claims {}: {} named, {} anon., {} agentless, {} unattr.<br>quoted words {}/{}",
                r.paragraph, r.kind, fmt_f64(r.framing_score), r.loaded_narration, r.loaded_quoted, r.claims,
                r.attributed_named, r.attributed_anonymous, r.agentless, r.unattributed, r.quoted_words, r.words
            ),
            None => String::new(),
        };
        let _ = writeln!(
            h,
            "<section class=\"para {}\" id=\"p{}\"><p>{}</p><aside>{}</aside></section>",
            para.kind.name(),
            para.number,
            body.replace('\n', "<br>"),
            aside
        );
    }
    h.push_str("</article>\n<footer class=\"meta\"><p>Made by slant with the rules loaded for this run. Highlights show rule matches, not verdicts: read the sentence.</p></footer>\n</main>\n</body>\n</html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Document;
    use crate::rules::RuleSet;

    #[test]
    fn hostile_text_is_escaped() {
        let engine = Engine::new(RuleSet::default_rules());
        let s = engine.score(Document::new("<x>", "<script>alert(1)</script> regime\n\nThe <b>regime</b> said \"<img src=x onerror=alert(2)>\"."));
        let page = render_article(&engine, &s);
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<img"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
    }

    #[test]
    fn layers_nest_and_split_cleanly() {
        let mut layers = vec![
            Layer {
                span: 0..10,
                order: 0,
                open: "<c>".into(),
                close: "</c>",
                once: String::new(),
            },
            Layer {
                span: 2..6,
                order: 3,
                open: "<m>".into(),
                close: "</m>",
                once: "*".into(),
            },
            Layer {
                span: 4..12,
                order: 1,
                open: "<q>".into(),
                close: "</q>",
                once: String::new(),
            },
        ];
        let out = render_layers("abcdefghijkl", 0, &mut layers);
        assert_eq!(out, "<c>ab<m>*cd</m><q><m>ef</m>ghij</q></c><q>kl</q>");
    }
}
