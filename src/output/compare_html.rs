//! The self-contained HTML report of `slant compare`: one inline-SVG bar chart per rate with
//! 95% interval whiskers, the non-overlapping pairs, and evidence sentences for top terms.

use crate::analysis::compare::{CompareReport, RATES};
use crate::output::html::escape;
use std::fmt::Write as _;

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

/// Renders the report as one HTML page (no scripts, no network).
pub fn render(report: &CompareReport) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>slant compare by {0}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n<h1>slant compare: {1} groups by <code>{0}</code></h1>\n<p class=\"note\">Bars are pooled rates over each group's articles; whiskers are 95% intervals from {2} bootstrap resamples of articles (seed {3}). An interval describes resampling uncertainty for these articles and these rules, not the quality of the rules, nor a cause.</p>\n",
        escape(&report.group_by),
        report.groups.len(),
        report.bootstrap,
        report.seed
    );
    // Counts.
    h.push_str("<table aria-label=\"Group sizes\"><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Articles</th><th scope=\"col\">Words</th><th scope=\"col\">Claims</th></tr></thead><tbody>\n");
    for g in &report.groups {
        let _ = writeln!(h, "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>", escape(&g.group), g.articles, g.words, g.claims);
    }
    h.push_str("</tbody></table>\n");
    // One chart per rate.
    let label_w = 240.0;
    let plot_w = 520.0;
    let row_h = 26.0;
    for r in RATES {
        let max = report
            .groups
            .iter()
            .filter_map(|g| g.rates[r.name].hi.or(g.rates[r.name].value))
            .fold(0.0f64, f64::max)
            .max(1e-9);
        let height = row_h * report.groups.len() as f64 + 24.0;
        let _ = write!(
            h,
            "<figure id=\"rate-{0}\"><figcaption>{0} <small>— {1}</small></figcaption>\n<svg role=\"img\" aria-label=\"{0} by group\" viewBox=\"0 0 {2} {3}\" width=\"{2}\" height=\"{3}\" xmlns=\"http://www.w3.org/2000/svg\">\n",
            r.name,
            escape(r.description),
            label_w + plot_w + 190.0,
            height
        );
        for (i, g) in report.groups.iter().enumerate() {
            let e = g.rates[r.name];
            let y = 4.0 + i as f64 * row_h;
            let color = PALETTE[i % PALETTE.len()];
            let short: String = if g.group.chars().count() > 34 {
                g.group.chars().take(33).collect::<String>() + "…"
            } else {
                g.group.clone()
            };
            let _ = write!(
                h,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\"><title>{}</title>{}</text>",
                label_w - 8.0,
                y + 15.0,
                escape(&g.group),
                escape(&short)
            );
            match e.value {
                Some(v) => {
                    let w = v / max * plot_w;
                    let _ = write!(h, "<rect class=\"bar\" x=\"{label_w:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{color}\"><title>{}: {:.3}</title></rect>", y + 3.0, w, row_h - 10.0, escape(&g.group), v);
                    if let (Some(lo), Some(hi)) = (e.lo, e.hi) {
                        let (x1, x2) = (label_w + lo / max * plot_w, label_w + hi / max * plot_w);
                        let ym = y + 3.0 + (row_h - 10.0) / 2.0;
                        let _ = write!(
                            h,
                            "<line class=\"whisker\" x1=\"{x1:.1}\" x2=\"{x2:.1}\" y1=\"{ym:.1}\" y2=\"{ym:.1}\" stroke=\"#111\" stroke-width=\"1.5\"/><line x1=\"{x1:.1}\" x2=\"{x1:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#111\"/><line x1=\"{x2:.1}\" x2=\"{x2:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#111\"/>",
                            ym - 5.0, ym + 5.0, ym - 5.0, ym + 5.0
                        );
                        let _ = write!(
                            h,
                            "<text x=\"{:.1}\" y=\"{:.1}\">{v:.2} [{lo:.2}, {hi:.2}]</text>",
                            label_w + plot_w + 8.0,
                            y + 15.0
                        );
                    } else {
                        let _ = write!(
                            h,
                            "<text x=\"{:.1}\" y=\"{:.1}\">{v:.2}</text>",
                            label_w + w + 6.0,
                            y + 15.0
                        );
                    }
                }
                None => {
                    let _ = write!(
                        h,
                        "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"#666\">no data</text>",
                        label_w + 4.0,
                        y + 15.0
                    );
                }
            }
        }
        h.push_str("\n</svg></figure>\n");
    }
    // Separations.
    h.push_str("<h2>Intervals that do not overlap</h2>\n");
    if report.separations.is_empty() {
        h.push_str("<p>No two groups have non-overlapping intervals.</p>\n");
    } else {
        h.push_str("<ul>\n");
        for s in &report.separations {
            let _ = writeln!(
                h,
                "<li><code>{}</code>: {} &gt; {}</li>",
                s.rate,
                escape(&s.higher),
                escape(&s.lower)
            );
        }
        h.push_str("</ul>\n");
    }
    // Evidence.
    h.push_str("<h2>Top loaded terms and evidence</h2>\n");
    for g in &report.groups {
        let _ = writeln!(h, "<h3>{}</h3>", escape(&g.group));
        if g.top_terms.is_empty() {
            h.push_str("<p>None.</p>\n");
            continue;
        }
        h.push_str("<table><thead><tr><th scope=\"col\">Term</th><th scope=\"col\">Own words</th><th scope=\"col\">Quoted</th><th scope=\"col\">Example</th></tr></thead><tbody>\n");
        for t in &g.top_terms {
            let _ = writeln!(
                h,
                "<tr><td>{}<br><small>{}</small></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{} <small>({} ¶{})</small></td></tr>",
                escape(&t.term),
                escape(&t.rule),
                t.narration,
                t.quoted,
                escape(&t.sentence),
                escape(&t.article_id),
                t.paragraph
            );
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}
