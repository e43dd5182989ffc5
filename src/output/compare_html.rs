//! The self-contained HTML report of `slant compare`: one inline-SVG bar chart per rate with
//! 95% interval whiskers, the non-overlapping pairs, and evidence sentences for top terms. A
//! `maud` template: group names, terms and sentences are escaped by the template engine.

use crate::analysis::compare::{CompareReport, GroupReport, RateDef, RATES};
use crate::analysis::paired::PairedReport;
use crate::output::format_p;
use crate::output::snippet::snippet;
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
/// Height of the axis under a chart.
const AXIS_H: f64 = 30.0;
/// Characters of evidence around a term.
const EVIDENCE_CHARS: usize = 160;
/// A value more than this many times the next largest is an outlier the scale does not follow…
const CLIP_RATIO: f64 = 3.0;
/// …and the scale then ends at this many times the next largest.
const CLIP_HEADROOM: f64 = 1.5;

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
                                th scope="col" { "Narration words" }
                                th scope="col" { "Quoted words" }
                                th scope="col" { "Claims" }
                            }
                        }
                        tbody {
                            @for g in &report.groups {
                                tr {
                                    td { (g.group) }
                                    td.n { (g.articles) }
                                    td.n { (g.words) }
                                    td.n { (g.narration_words) }
                                    td.n { (g.quoted_words) }
                                    td.n { (g.claims) }
                                }
                            }
                        }
                    }
                    p.note { (report.too_few_note()) }
                    p.note {
                        "Each chart's scale ends at its largest value, unless one group's value is more than "
                        (CLIP_RATIO) " times the next largest: then the scale ends at " (CLIP_HEADROOM)
                        " times the next largest, and the bars and whiskers that run past it are cut and marked with two white slashes (their values are printed beside them)."
                    }
                    @for r in RATES {
                        (chart(report, r))
                    }
                    h2 { "Differences between groups" }
                    @if report.separations.is_empty() {
                        p { "No difference between groups survives " (report.adjustment_text()) "." }
                    } @else {
                        p { "Differences that survive " (report.adjustment_text()) " (unlikely to be resampling noise; not a test of cause):" }
                        ul {
                            @for s in &report.separations {
                                li {
                                    code { (s.rate) } ": " (s.higher) " > " (s.lower)
                                    small { " (p " (format_p(s.p)) ", adjusted " (format_p(s.p_adjusted)) ")" }
                                }
                            }
                        }
                    }
                    @if let Some(p) = &report.paired {
                        (paired(p))
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
                                                @let sn = snippet(&t.sentence, &t.term, EVIDENCE_CHARS);
                                                (sn.before) @if !sn.term.is_empty() { mark { (sn.term) } } (sn.after) " "
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

/// The paired section of `--pair-by`: per pair of groups, a table of each rate's mean
/// within-event difference with its interval, shares of events, and the adjusted p-value.
fn paired(p: &PairedReport) -> Markup {
    let f = |x: Option<f64>, d: usize| x.map_or("–".to_string(), |x| format!("{x:.d$}"));
    html! {
        h2 { "Paired by " code { (p.pair_by) } }
        p.note {
            (p.events) " events are covered by at least two groups. Each pair of groups is compared only on the events both covered: "
            "the mean over events of the first group's rate minus the second's (a group's articles on one event pooled), a 95% interval resampling events, "
            "and the shares of events where each is higher. Fewer than " (p.min_events) " shared events is “too few”. "
            "p-values are adjusted by " (crate::analysis::compare::ADJUSTMENT_METHOD)
            " over " (p.comparisons) " comparisons (family-wise error " (p.alpha * 100.0) "%); marked * below " (p.alpha) "."
        }
        @for pair in &p.pairs {
            h3 { (pair.first) " − " (pair.second) " " small { "(" (pair.events) " events)" } }
            table {
                thead {
                    tr {
                        th scope="col" { "Rate" }
                        th scope="col" { "Events" }
                        th scope="col" { "Mean difference [95%]" }
                        th scope="col" { (pair.first) " higher" }
                        th scope="col" { (pair.second) " higher" }
                        th scope="col" { "p adjusted" }
                    }
                }
                tbody {
                    @for r in RATES {
                        @let e = &pair.rates[r.name];
                        tr {
                            td { code { (r.name) } }
                            td.n { (e.events) }
                            td.n {
                                @match (e.mean_difference, e.lo, e.hi) {
                                    (Some(m), _, _) if e.too_few => { (format!("{m:.2}")) " (too few)" }
                                    (Some(m), Some(lo), Some(hi)) => { (format!("{m:.2} [{lo:.2}, {hi:.2}]")) }
                                    (Some(m), _, _) => { (format!("{m:.2}")) }
                                    _ => { "–" }
                                }
                            }
                            td.n { (f(e.first_higher, 2)) }
                            td.n { (f(e.second_higher, 2)) }
                            td.n {
                                (e.p_adjusted.map_or("–".to_string(), format_p))
                                @if e.p_adjusted.is_some_and(|q| q < p.alpha) { " *" }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A number with one decimal, as SVG coordinates are written.
fn n1(x: f64) -> String {
    format!("{x:.1}")
}

/// The end of a chart's scale: the largest value or interval bound, unless one value is more
/// than [`CLIP_RATIO`] times the next largest (then [`CLIP_HEADROOM`] times the next largest),
/// rounded up to a tick; and the tick step.
pub fn scale(values: &[f64], his: &[f64]) -> (f64, f64) {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    v.sort_by(|a, b| b.total_cmp(a));
    let top = match v.as_slice() {
        [a, b, ..] if *b > 0.0 && *a > CLIP_RATIO * b => CLIP_HEADROOM * b,
        _ => v
            .iter()
            .chain(his.iter().filter(|x| x.is_finite()))
            .copied()
            .fold(0.0f64, f64::max),
    };
    let top = if top > 0.0 { top } else { 1.0 };
    // A step of 1, 2 or 5 × 10^k giving at most five intervals.
    let raw = top / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    ((top / step).ceil() * step, step)
}

/// A tick label: as many decimals as the step needs.
fn tick(x: f64, step: f64) -> String {
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    };
    format!("{x:.decimals$}")
}

/// One rate's bar chart: a bar per group, with its interval whiskers when there is one, over an
/// axis with ticks.
fn chart(report: &CompareReport, r: &RateDef) -> Markup {
    let values: Vec<f64> = report
        .groups
        .iter()
        .filter_map(|g| g.rates[r.name].value)
        .collect();
    let his: Vec<f64> = report
        .groups
        .iter()
        .filter_map(|g| g.rates[r.name].hi)
        .collect();
    let (max, step) = scale(&values, &his);
    let width = LABEL_W + PLOT_W + 190.0;
    let plot_h = ROW_H * report.groups.len() as f64 + 4.0;
    let height = plot_h + AXIS_H;
    let ticks: Vec<f64> = (0..)
        .map(|i| i as f64 * step)
        .take_while(|t| *t <= max + step * 1e-9)
        .collect();
    html! {
        figure id={ "rate-" (r.name) } {
            figcaption { (r.name) " " small { "— " (r.description) } }
            svg role="img" aria-label={ (r.name) " by group" } viewBox={ "0 0 " (width) " " (height) }
                width=(width) height=(height) xmlns="http://www.w3.org/2000/svg" {
                g class="axis" {
                    @for t in &ticks {
                        @let x = LABEL_W + t / max * PLOT_W;
                        line x1=(n1(x)) x2=(n1(x)) y1="0" y2=(n1(plot_h)) stroke="#e3e3e3" {}
                        line x1=(n1(x)) x2=(n1(x)) y1=(n1(plot_h)) y2=(n1(plot_h + 5.0)) stroke="#555" {}
                        text x=(n1(x)) y=(n1(plot_h + 18.0)) text-anchor="middle" { (tick(*t, step)) }
                    }
                    line x1=(n1(LABEL_W)) x2=(n1(LABEL_W + PLOT_W)) y1=(n1(plot_h)) y2=(n1(plot_h)) stroke="#555" {}
                    line x1=(n1(LABEL_W)) x2=(n1(LABEL_W)) y1="0" y2=(n1(plot_h)) stroke="#555" {}
                }
                @for (i, g) in report.groups.iter().enumerate() {
                    (bar(g, r, i, max))
                }
            }
        }
    }
}

fn bar(g: &GroupReport, r: &RateDef, i: usize, max: f64) -> Markup {
    let e = g.rates[r.name];
    let y = 4.0 + i as f64 * ROW_H;
    let color = PALETTE[i % PALETTE.len()];
    let short: String = if g.group.chars().count() > 34 {
        g.group.chars().take(33).collect::<String>() + "…"
    } else {
        g.group.clone()
    };
    let x_of = |v: f64| LABEL_W + v.min(max) / max * PLOT_W;
    let ym = y + 3.0 + (ROW_H - 10.0) / 2.0;
    html! {
        text x=(n1(LABEL_W - 8.0)) y=(n1(y + 15.0)) text-anchor="end" {
            title { (g.group) }
            (short)
        }
        @match e.value {
            Some(v) => {
                @let w = x_of(v) - LABEL_W;
                rect class="bar" x=(n1(LABEL_W)) y=(n1(y + 3.0)) width=(n1(w)) height=(n1(ROW_H - 10.0)) fill=(color) {
                    title { (g.group) ": " (format!("{v:.3}")) }
                }
                @if v > max {
                    (cut_mark(LABEL_W + PLOT_W - 10.0, ym))
                }
                @if let (Some(lo), Some(hi)) = (e.lo, e.hi) {
                    @let (x1, x2) = (x_of(lo), x_of(hi));
                    line class="whisker" x1=(n1(x1)) x2=(n1(x2)) y1=(n1(ym)) y2=(n1(ym)) stroke="#111" stroke-width="1.5" {}
                    line x1=(n1(x1)) x2=(n1(x1)) y1=(n1(ym - 5.0)) y2=(n1(ym + 5.0)) stroke="#111" {}
                    @if hi <= max {
                        line x1=(n1(x2)) x2=(n1(x2)) y1=(n1(ym - 5.0)) y2=(n1(ym + 5.0)) stroke="#111" {}
                    }
                    text x=(n1(LABEL_W + PLOT_W + 8.0)) y=(n1(y + 15.0)) {
                        (format!("{v:.2} [{lo:.2}, {hi:.2}]"))
                    }
                } @else if e.too_few {
                    text x=(n1(LABEL_W + PLOT_W + 8.0)) y=(n1(y + 15.0)) fill="#666" {
                        (format!("{v:.2} (too few)"))
                    }
                } @else {
                    text x=(n1(LABEL_W + PLOT_W + 8.0)) y=(n1(y + 15.0)) { (format!("{v:.2}")) }
                }
            }
            None => {
                text x=(n1(LABEL_W + 4.0)) y=(n1(y + 15.0)) fill="#666" { "no data" }
            }
        }
    }
}

/// The mark of a bar cut at the end of the scale: two white slashes across it.
fn cut_mark(x: f64, ym: f64) -> Markup {
    html! {
        g class="cut" {
            title { "cut: the value runs past the end of the scale" }
            line x1=(n1(x - 3.0)) x2=(n1(x + 1.0)) y1=(n1(ym + 8.0)) y2=(n1(ym - 8.0)) stroke="#fff" stroke-width="2" {}
            line x1=(n1(x + 2.0)) x2=(n1(x + 6.0)) y1=(n1(ym + 8.0)) y2=(n1(ym - 8.0)) stroke="#fff" stroke-width="2" {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_outlier_does_not_flatten_the_scale() {
        // 200 is more than three times 16.26: the scale ends at 1.5 × 16.26 = 24.4, rounded up
        // to the tick 25 (step 5).
        assert_eq!(scale(&[200.0, 0.0, 16.26, 15.79], &[]), (25.0, 5.0));
        // No outlier: the scale reaches the highest whisker (0.92 → 1.0 by steps of 0.2).
        assert_eq!(scale(&[0.73, 0.75], &[0.92]), (1.0, 0.2));
        // Nothing but zeros: a unit scale.
        assert_eq!(scale(&[0.0, 0.0], &[]), (1.0, 0.2));
    }
}
