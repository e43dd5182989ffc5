//! The self-contained HTML report of `slant compare`: one inline-SVG bar chart per rate with
//! 95% interval whiskers, the non-overlapping pairs, and evidence sentences for top terms. A
//! `maud` template: group names, terms and sentences are escaped by the template engine.

use crate::analysis::compare::{CompareReport, RATES};
use maud::{html, Markup, PreEscaped, DOCTYPE};

const CSS: &str = r#"
body { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1b1b; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.note { color: #555; font-size: 0.9rem; }
figure { margin: 1rem 0 1.5rem; } figcaption { font-weight: 600; } figcaption small { font-weight: normal; color: #555; }
svg { max-width: 100%; height: auto; } svg text { font: 12px system-ui, sans-serif; fill: #1b1b1b; }
table { border-collapse: collapse; font-size: 0.88rem; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
"#;

const PALETTE: &[&str] = &[
    "#3b6fb6", "#c0504d", "#4f8a3c", "#8064a2", "#d08b22", "#2c9fa3", "#7f7f7f", "#a33f7f",
];

/// Width of the group labels, the plot, and the height of one row of a chart (SVG units).
const LABEL_W: f64 = 240.0;
const PLOT_W: f64 = 520.0;
const ROW_H: f64 = 26.0;

/// Renders the report as one HTML page (no scripts, no network).
pub fn render(report: &CompareReport) -> String {
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "slant compare by " (report.group_by) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    h1 {
                        "slant compare: " (report.groups.len()) " groups by "
                        code { (report.group_by) }
                    }
                    p.note {
                        "Bars are pooled rates over each group's articles; whiskers are 95% intervals from "
                        (report.bootstrap) " bootstrap resamples of articles (seed " (report.seed)
                        "). An interval describes resampling uncertainty for these articles and these rules, not the quality of the rules, nor a cause."
                    }
                    @if let Some(p) = &report.provenance {
                        p.note.provenance {
                            "Made by slant " (p.slant_version) " with rules " code { (p.rules_digest) } "."
                        }
                    }
                    table aria-label="Group sizes" {
                        thead {
                            tr {
                                th scope="col" { "Group" }
                                th scope="col" { "Articles" }
                                th scope="col" { "Words" }
                                th scope="col" { "Claims" }
                            }
                        }
                        tbody {
                            @for g in &report.groups {
                                tr {
                                    td { (g.group) }
                                    td.n { (g.articles) }
                                    td.n { (g.words) }
                                    td.n { (g.claims) }
                                }
                            }
                        }
                    }
                    @for r in RATES {
                        (chart(report, r))
                    }
                    h2 { "Intervals that do not overlap" }
                    @if report.separations.is_empty() {
                        p { "No two groups have non-overlapping intervals." }
                    } @else {
                        ul {
                            @for s in &report.separations {
                                li { code { (s.rate) } ": " (s.higher) " > " (s.lower) }
                            }
                        }
                    }
                    h2 { "Top loaded terms and evidence" }
                    @for g in &report.groups {
                        h3 { (g.group) }
                        @if g.top_terms.is_empty() {
                            p { "None." }
                        } @else {
                            table {
                                thead {
                                    tr {
                                        th scope="col" { "Term" }
                                        th scope="col" { "Own words" }
                                        th scope="col" { "Quoted" }
                                        th scope="col" { "Example" }
                                    }
                                }
                                tbody {
                                    @for t in &g.top_terms {
                                        tr {
                                            td { (t.term) br; small { (t.rule) } }
                                            td.n { (t.narration) }
                                            td.n { (t.quoted) }
                                            td {
                                                (t.sentence) " "
                                                small { "(" (t.article_id) " ¶" (t.paragraph) ")" }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

/// A number with one decimal, as SVG coordinates are written.
fn n1(x: f64) -> String {
    format!("{x:.1}")
}

/// One rate's bar chart: a bar per group, with its interval whiskers when there is one.
fn chart(report: &CompareReport, r: &crate::analysis::compare::RateDef) -> Markup {
    let max = report
        .groups
        .iter()
        .filter_map(|g| g.rates[r.name].hi.or(g.rates[r.name].value))
        .fold(0.0f64, f64::max)
        .max(1e-9);
    let width = LABEL_W + PLOT_W + 190.0;
    let height = ROW_H * report.groups.len() as f64 + 24.0;
    html! {
        figure id={ "rate-" (r.name) } {
            figcaption { (r.name) " " small { "— " (r.description) } }
            svg role="img" aria-label={ (r.name) " by group" } viewBox={ "0 0 " (width) " " (height) }
                width=(width) height=(height) xmlns="http://www.w3.org/2000/svg" {
                @for (i, g) in report.groups.iter().enumerate() {
                    (bar(g, r, i, max))
                }
            }
        }
    }
}

fn bar(
    g: &crate::analysis::compare::GroupReport,
    r: &crate::analysis::compare::RateDef,
    i: usize,
    max: f64,
) -> Markup {
    let e = g.rates[r.name];
    let y = 4.0 + i as f64 * ROW_H;
    let color = PALETTE[i % PALETTE.len()];
    let short: String = if g.group.chars().count() > 34 {
        g.group.chars().take(33).collect::<String>() + "…"
    } else {
        g.group.clone()
    };
    html! {
        text x=(n1(LABEL_W - 8.0)) y=(n1(y + 15.0)) text-anchor="end" {
            title { (g.group) }
            (short)
        }
        @match e.value {
            Some(v) => {
                @let w = v / max * PLOT_W;
                rect class="bar" x=(n1(LABEL_W)) y=(n1(y + 3.0)) width=(n1(w)) height=(n1(ROW_H - 10.0)) fill=(color) {
                    title { (g.group) ": " (format!("{v:.3}")) }
                }
                @if let (Some(lo), Some(hi)) = (e.lo, e.hi) {
                    @let (x1, x2) = (LABEL_W + lo / max * PLOT_W, LABEL_W + hi / max * PLOT_W);
                    @let ym = y + 3.0 + (ROW_H - 10.0) / 2.0;
                    line class="whisker" x1=(n1(x1)) x2=(n1(x2)) y1=(n1(ym)) y2=(n1(ym)) stroke="#111" stroke-width="1.5" {}
                    line x1=(n1(x1)) x2=(n1(x1)) y1=(n1(ym - 5.0)) y2=(n1(ym + 5.0)) stroke="#111" {}
                    line x1=(n1(x2)) x2=(n1(x2)) y1=(n1(ym - 5.0)) y2=(n1(ym + 5.0)) stroke="#111" {}
                    text x=(n1(LABEL_W + PLOT_W + 8.0)) y=(n1(y + 15.0)) {
                        (format!("{v:.2} [{lo:.2}, {hi:.2}]"))
                    }
                } @else {
                    text x=(n1(LABEL_W + w + 6.0)) y=(n1(y + 15.0)) { (format!("{v:.2}")) }
                }
            }
            None => {
                text x=(n1(LABEL_W + 4.0)) y=(n1(y + 15.0)) fill="#666" { "no data" }
            }
        }
    }
}
