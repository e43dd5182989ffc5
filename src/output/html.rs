//! A self-contained HTML page showing one article the way slant reads it: matches highlighted by
//! category (colour plus underline style plus a text tag), quotations tinted, each claim's
//! attribution marked, per-paragraph scores in the margin and the article summary on top.
//! No network, no scripts. The page is a `maud` template: every piece of article or rule text is
//! escaped by the template engine, nothing is pasted in as markup.

use crate::article::ParagraphKind;
use crate::attribution::ClaimClass;
use crate::engine::{Engine, ScoredArticle};
use crate::output::fmt_f64;
use crate::rules::Role;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use std::ops::Range;

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

/// What a layer of a paragraph's text is drawn as.
#[derive(Debug)]
enum LayerKind {
    /// A claim, with the attribution badge shown where it starts.
    Claim {
        class: &'static str,
        badge: String,
    },
    Quote,
    /// The words naming the claim's source.
    Source {
        title: String,
    },
    /// A rule match, with its tooltip shown where it starts.
    Match {
        class: &'static str,
        tag: &'static str,
        aria: String,
        tip: Tip,
    },
}

/// The tooltip of a rule match.
#[derive(Debug)]
struct Tip {
    rule: String,
    category: String,
    role: &'static str,
    weight: String,
    voice: &'static str,
    note: String,
}

struct Layer {
    span: Range<usize>,
    /// 0 claim, 1 quote, 2 source, 3 match: lower opens first.
    order: u8,
    kind: LayerKind,
}

/// A paragraph's text as a tree of layers.
#[derive(Debug, PartialEq)]
enum Node<'a> {
    Text(&'a str),
    /// Layer `layer` (an index into the sorted layers), `first` when this is where the layer
    /// starts (badges and tooltips are shown once, there), and what it holds.
    Layer {
        layer: usize,
        first: bool,
        children: Vec<Node<'a>>,
    },
}

/// Nests one paragraph's layers over its text (a layer is split where layers cross). Sorts
/// `layers` by opening order; the nodes refer to them by index.
fn nest<'a>(text: &'a str, base: usize, layers: &mut [Layer]) -> Vec<Node<'a>> {
    layers.sort_by(|a, b| a.order.cmp(&b.order).then(a.span.start.cmp(&b.span.start)));
    let mut cuts: Vec<usize> = vec![base, base + text.len()];
    for l in layers.iter() {
        cuts.push(l.span.start.clamp(base, base + text.len()));
        cuts.push(l.span.end.clamp(base, base + text.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    // The open layers, innermost last, each with the nodes gathered so far; the root at 0.
    let mut stack: Vec<(usize, bool, Vec<Node<'a>>)> = vec![(usize::MAX, false, Vec::new())];
    let mut started = vec![false; layers.len()];
    let close = |stack: &mut Vec<(usize, bool, Vec<Node<'a>>)>| {
        let (layer, first, children) = stack.pop().expect("an open layer");
        let parent = &mut stack.last_mut().expect("the root").2;
        parent.push(Node::Layer {
            layer,
            first,
            children,
        });
    };
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let want: Vec<usize> = (0..layers.len())
            .filter(|&i| layers[i].span.start <= a && b <= layers[i].span.end)
            .collect();
        // Close until the open layers are a prefix of what is wanted.
        let keep = stack[1..]
            .iter()
            .zip(&want)
            .take_while(|((x, _, _), y)| x == *y)
            .count();
        while stack.len() > keep + 1 {
            close(&mut stack);
        }
        for &i in &want[keep..] {
            stack.push((i, !started[i], Vec::new()));
            started[i] = true;
        }
        stack
            .last_mut()
            .expect("the root")
            .2
            .push(Node::Text(&text[a - base..b - base]));
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    stack.pop().expect("the root").2
}

/// Text with its line breaks shown as `<br>`.
fn lines(text: &str) -> Markup {
    html! {
        @for (i, line) in text.split('\n').enumerate() {
            @if i > 0 { br; }
            (line)
        }
    }
}

fn render_nodes(nodes: &[Node], layers: &[Layer]) -> Markup {
    html! {
        @for node in nodes {
            @match node {
                Node::Text(t) => (lines(t)),
                Node::Layer { layer, first, children } => {
                    (render_layer(&layers[*layer].kind, *first, render_nodes(children, layers)))
                }
            }
        }
    }
}

fn render_layer(kind: &LayerKind, first: bool, inner: Markup) -> Markup {
    match kind {
        LayerKind::Claim { class, badge } => html! {
            span class={ "claim c-" (class) } {
                @if first {
                    span class={ "badge c-" (class) } title="attribution of this claim" {
                        (lines(badge))
                    }
                }
                (inner)
            }
        },
        LayerKind::Quote => html! { span.quote { (inner) } },
        LayerKind::Source { title } => html! { span.source title=(title) { (inner) } },
        LayerKind::Match {
            class,
            tag,
            aria,
            tip,
        } => html! {
            mark class=(class) data-tag=(tag) tabindex="0" aria-label=(aria) {
                @if first {
                    span.tip role="tooltip" {
                        b { (lines(&tip.rule)) }
                        (lines(&format!(
                            " · {} ({}) · weight {} · {}",
                            tip.category, tip.role, tip.weight, tip.voice
                        )))
                        @if !tip.note.is_empty() {
                            br;
                            (lines(&tip.note))
                        }
                    }
                }
                (inner)
            }
        },
    }
}

/// The HTML page for one scored article.
pub fn render_article(engine: &Engine, s: &ScoredArticle) -> String {
    let a = &s.article;
    let sum = &s.summary;
    let title = a.meta.title.clone().unwrap_or_else(|| a.id.clone());
    let mut meta_bits = vec![format!("id: {}", a.id)];
    for (k, v) in [
        ("outlet", &a.meta.outlet),
        ("date", &a.meta.date),
        ("byline", &a.meta.byline),
        ("url", &a.meta.url),
    ] {
        if let Some(v) = v {
            meta_bits.push(format!("{k}: {v}"));
        }
    }
    let share = |n: usize| {
        crate::metrics::ratio(n, sum.totals.claims.claims)
            .map_or("–".to_string(), |r| format!("{:.0}%", r * 100.0))
    };
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "slant: " (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    header {
                        h1 { (title) }
                        div.meta { (meta_bits.join(" · ")) }
                    }
                    section.summary aria-label="Summary" {
                        dl {
                            dt { "Framing score" }
                            dd {
                                (fmt_f64(sum.totals.framing_score)) " "
                                small { "(100 × weighted loaded wording in the outlet's own words / narration words)" }
                            }
                            dt { "Loaded terms" }
                            dd {
                                (sum.totals.matches.loaded_narration) " in the outlet's voice, "
                                (sum.totals.matches.loaded_quoted) " inside quotations"
                            }
                            dt { "Claims" }
                            dd {
                                (sum.totals.claims.claims) " — named " (share(sum.totals.claims.attributed_named))
                                ", anonymous " (share(sum.totals.claims.attributed_anonymous))
                                ", agentless " (share(sum.totals.claims.agentless))
                                ", unattributed " (share(sum.totals.claims.unattributed))
                            }
                            dt { "Source reliability" }
                            dd { (sum.totals.source_reliability.map_or("–".into(), fmt_f64)) }
                        }
                        @if !sum.sources.is_empty() {
                            div.scroll {
                                table {
                                    thead {
                                        tr {
                                            th scope="col" { "Source" }
                                            th scope="col" { "Kind" }
                                            th scope="col" { "Claims" }
                                            th scope="col" { "Quoted words" }
                                            th scope="col" { "Cues" }
                                        }
                                    }
                                    tbody {
                                        @for src in &sum.sources {
                                            tr {
                                                td { (src.name) }
                                                td { (src.kind) }
                                                td { (src.claims) }
                                                td { (src.quoted_words) }
                                                td {
                                                    @for (i, (cue, n)) in src.cues.iter().enumerate() {
                                                        @if i > 0 { ", " }
                                                        (cue) " (" (n) ")"
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    section.legend aria-label="Legend" {
                        b { "Legend:" } " "
                        @for role in Role::ALL.into_iter().filter(|r| *r != Role::Boilerplate) {
                            @let (class, tag, name) = role_style(role);
                            mark class=(class) data-tag=(tag) { (name) }
                        }
                        span.quote { "quoted words" } " · " span.source { "source" } " · "
                        @for class in [
                            ClaimClass::Named,
                            ClaimClass::Anonymous,
                            ClaimClass::Agentless,
                            ClaimClass::Unattributed,
                        ] {
                            span class={ "badge c-" (class.name()) } { (class.name()) }
                        }
                    }
                    article {
                        @for (pi, para) in a.paragraphs.iter().enumerate() {
                            @if para.kind != ParagraphKind::Boilerplate {
                                (paragraph(engine, s, pi))
                            }
                        }
                    }
                    footer.meta {
                        p { "Made by slant " (env!("CARGO_PKG_VERSION")) " with rules " code { (engine.rules.digest()) } ". Highlights show rule matches, not verdicts: read the sentence." }
                    }
                }
            }
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

/// One paragraph: its text with every layer drawn, and its scores in the margin.
fn paragraph(engine: &Engine, s: &ScoredArticle, pi: usize) -> Markup {
    let rules = &engine.rules;
    let a = &s.article;
    let para = &a.paragraphs[pi];
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
            kind: LayerKind::Claim {
                class: c.class.name(),
                badge,
            },
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
                    kind: LayerKind::Source {
                        title: format!("source: {} ({})", src.name, src.kind),
                    },
                });
            }
        }
    }
    for q in &para.quotes {
        layers.push(Layer {
            span: q.clone(),
            order: 1,
            kind: LayerKind::Quote,
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
        layers.push(Layer {
            span: m.span.clone(),
            order: 3,
            kind: LayerKind::Match {
                class,
                tag,
                aria: format!(
                    "{} ({}, {})",
                    &a.text[m.span.clone()],
                    rule.id,
                    m.voice.name()
                ),
                tip: Tip {
                    rule: rule.id.to_string(),
                    category: cat.id.clone(),
                    role: name,
                    weight: rule.weight.to_string(),
                    voice: if m.voice == crate::matching::Voice::Quoted {
                        "inside a quotation"
                    } else {
                        "outlet's own words"
                    },
                    note: rule.note.clone(),
                },
            },
        });
    }
    let body = nest(text, para.span.start, &mut layers);
    let row = s.paragraphs.iter().find(|r| r.paragraph == para.number);
    html! {
        section class={ "para " (para.kind.name()) } id={ "p" (para.number) } {
            p { (render_nodes(&body, &layers)) }
            aside {
                @if let Some(r) = row {
                    b { "¶" (r.paragraph) " " (r.kind) }
                    br; "framing " (fmt_f64(r.framing_score))
                    br; "loaded: " (r.matches.loaded_narration) " own, " (r.matches.loaded_quoted) " quoted"
                    br; "claims " (r.claims.claims) ": " (r.claims.attributed_named) " named, "
                    (r.claims.attributed_anonymous) " anon., " (r.claims.agentless) " agentless, "
                    (r.claims.unattributed) " unattr."
                    br; "quoted words " (r.quoted_words) "/" (r.words)
                }
            }
        }
    }
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

    fn layer(span: Range<usize>, order: u8) -> Layer {
        Layer {
            span,
            order,
            kind: LayerKind::Quote,
        }
    }

    /// The tree as a string: layer `i` as `<i>…</i>`, a first opening marked `*`.
    fn show(nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text(t) => t.to_string(),
                Node::Layer {
                    layer,
                    first,
                    children,
                } => format!(
                    "<{layer}>{}{}</{layer}>",
                    if *first { "*" } else { "" },
                    show(children)
                ),
            })
            .collect()
    }

    #[test]
    fn layers_nest_and_split_cleanly() {
        // After sorting: 0 the claim (0..10), 1 the quote (4..12), 2 the match (2..6).
        let mut layers = vec![layer(0..10, 0), layer(2..6, 3), layer(4..12, 1)];
        let nodes = nest("abcdefghijkl", 0, &mut layers);
        assert_eq!(
            show(&nodes),
            "<0>*ab<2>*cd</2><1>*<2>ef</2>ghij</1></0><1>kl</1>"
        );
    }

    #[test]
    fn line_breaks_become_br_and_markup_stays_text() {
        assert_eq!(lines("a<b>\nc").into_string(), "a&lt;b&gt;<br>c");
    }
}
