//! The text report of `slant eval`: tables of the figures of an [`EvalReport`].

use crate::analysis::eval::classes::CLASSES;
use crate::analysis::eval::validity::{self, DocumentsValidity};
use crate::analysis::eval::{ClassTally, Counts, ErrorExample, EvalReport, Hits};
use crate::output::table::render;

/// The columns of a [`counts_row`].
const COUNTS_HEADER: [&str; 7] = ["measure", "tp", "fp", "fn", "precision", "recall", "f1"];

/// A row of true and false positives, false negatives, precision, recall and F1.
fn counts_row(name: impl Into<String>, c: &Counts) -> Vec<String> {
    let f = |x: f64| format!("{x:.3}");
    vec![
        name.into(),
        c.tp.to_string(),
        c.fp.to_string(),
        c.fn_.to_string(),
        f(c.precision()),
        f(c.recall()),
        f(c.f1()),
    ]
}

/// The plain-text report of `slant eval` (the default format).
pub fn text(report: &EvalReport) -> String {
    let f = |x: f64| format!("{x:.3}");
    let mrow = counts_row;
    let head = COUNTS_HEADER;
    let mut rows = Vec::new();
    for (label, r) in &report.labels {
        rows.push(mrow(format!("{label} (exact span)"), &r.exact));
        rows.push(mrow(format!("{label} (token overlap)"), &r.token));
    }
    if report.documents.tp + report.documents.fp + report.documents.fn_ > 0 {
        rows.push(mrow(
            "document: biased vs loaded narration".into(),
            &report.documents,
        ));
    }
    if let Some(a) = &report.attribution {
        rows.push(mrow("attribution: sentence".into(), &a.sentence));
        rows.push(mrow("attribution: cue tokens".into(), &a.cue));
        rows.push(mrow(
            "attribution: cue spans (overlap)".into(),
            &a.cue_spans,
        ));
        rows.push(mrow(
            "attribution: sources of found cues".into(),
            &a.sources,
        ));
    }
    let mut out = format!("{} documents\n\n", report.docs);
    out.push_str(&render(&head, &rows, 60));
    let by_outlet = report.attribution_by_outlet.as_ref();
    if report.attribution.is_some() && by_outlet.is_some_and(|m| m.len() > 1) {
        out.push_str("\nattribution by outlet\n");
        let rows: Vec<Vec<String>> = by_outlet
            .into_iter()
            .flatten()
            .map(|(o, a)| {
                vec![
                    o.clone(),
                    f(a.sentence.precision()),
                    f(a.sentence.recall()),
                    f(a.sentence.f1()),
                    f(a.cue.precision()),
                    f(a.cue.recall()),
                    f(a.cue.f1()),
                    f(a.sources.f1()),
                ]
            })
            .collect();
        out.push_str(&render(
            &[
                "outlet", "sent_p", "sent_r", "sent_f1", "cue_p", "cue_r", "cue_f1", "src_f1",
            ],
            &rows,
            40,
        ));
    }
    if let Some(v) = &report.documents_validity {
        out.push_str(&documents_validity(v));
    }
    if let Some(cc) = &report.claim_classes {
        out.push_str(&claim_classes(cc));
    }
    if !report.labels_by_outlet.is_empty()
        && report.labels_by_outlet.len() > 1
        && report.labels.contains_key("loaded")
        && report
            .labels
            .get("loaded")
            .is_some_and(|l| l.token.tp + l.token.fn_ > 0)
    {
        out.push_str("\nloaded (token overlap) by outlet\n");
        let rows: Vec<Vec<String>> = report
            .labels_by_outlet
            .iter()
            .filter_map(|(o, ls)| ls.get("loaded").map(|l| (o, l)))
            .map(|(o, l)| {
                vec![
                    o.clone(),
                    l.token.tp.to_string(),
                    l.token.fp.to_string(),
                    l.token.fn_.to_string(),
                    f(l.token.precision()),
                    f(l.token.recall()),
                    f(l.token.f1()),
                ]
            })
            .collect();
        out.push_str(&render(
            &["outlet", "tp", "fp", "fn", "precision", "recall", "f1"],
            &rows,
            40,
        ));
    }
    if !report.categories.is_empty() {
        out.push_str("\nper category (a match overlapping a gold span is a true positive)\n");
        let rows: Vec<Vec<String>> = report
            .categories
            .iter()
            .map(|(k, c)| {
                vec![
                    k.clone(),
                    c.tp.to_string(),
                    c.fp.to_string(),
                    f(c.precision()),
                ]
            })
            .collect();
        out.push_str(&render(&["category", "tp", "fp", "precision"], &rows, 40));
    }
    if !report.rules.is_empty() {
        out.push_str("\nper rule, most false positives first\n");
        let mut rs: Vec<(&String, &Hits)> = report.rules.iter().collect();
        rs.sort_by(|a, b| b.1.fp.cmp(&a.1.fp).then(a.0.cmp(b.0)));
        let rows: Vec<Vec<String>> = rs
            .iter()
            .map(|(k, c)| {
                vec![
                    (*k).clone(),
                    c.tp.to_string(),
                    c.fp.to_string(),
                    f(c.precision()),
                ]
            })
            .collect();
        out.push_str(&render(&["rule", "tp", "fp", "precision"], &rows, 40));
    }
    let ex = |title: &str, v: &[ErrorExample], out: &mut String| {
        if v.is_empty() {
            return;
        }
        out.push_str(&format!("\n{title}\n"));
        let rows: Vec<Vec<String>> = v
            .iter()
            .map(|e| {
                vec![
                    e.count.to_string(),
                    e.term.clone(),
                    e.rule.clone(),
                    e.context.clone(),
                ]
            })
            .collect();
        out.push_str(&render(&["n", "term", "rule/label", "example"], &rows, 110));
    };
    ex("top false positives", &report.false_positives, &mut out);
    ex("top false negatives", &report.false_negatives, &mut out);
    out
}

/// The validity section: per gold label, each slant measure against the gold density, for all
/// documents and each half, with chance beside each figure.
fn documents_validity(v: &DocumentsValidity) -> String {
    let f = |x: Option<f64>| x.map_or("–".to_string(), |x| format!("{x:.3}"));
    let mut out = format!(
        "\ndocuments validity: slant's per-article rates against gold spans per 1,000 words \
         (doc_label:biased: 1 for a biased document)\n  chance: ρ {}, pairs ordered {}, τ {}; \
         `words` is article length alone\n  halves split {}\n",
        v.chance.rho, v.chance.pairs_ordered, v.chance.tau, v.split
    );
    let sets = [("all", &v.all), ("A", &v.half_a), ("B", &v.half_b)];
    for (name, set) in &sets {
        out.push_str(&format!(
            "  {name}: {} documents, {} events, {} outlets\n",
            set.docs, set.events, set.outlets
        ));
    }
    for label in v.all.labels.keys() {
        out.push_str(&format!("\ngold {label}\n"));
        let mut rows = Vec::new();
        for m in validity::measure_names() {
            for (name, set) in &sets {
                let Some(a) = set.labels.get(label).and_then(|l| l.get(m)) else {
                    continue;
                };
                rows.push(vec![
                    m.to_string(),
                    name.to_string(),
                    a.docs.to_string(),
                    f(a.rho),
                    format!("{} ({})", f(a.pairs_ordered), a.pairs),
                    format!("{} ({})", f(a.tau), a.events),
                    format!("{} ({})", f(a.rho_outlets), a.outlets),
                ]);
            }
        }
        out.push_str(&render(
            &[
                "measure",
                "half",
                "docs",
                "ρ (chance 0)",
                "pairs ordered (chance 0.5) (n)",
                "mean τ (chance 0) (events)",
                "outlet ρ (chance 0) (outlets)",
            ],
            &rows,
            40,
        ));
    }
    out
}

/// The claim-class section: attributed sentences beside their baselines, per-class figures and
/// the confusion matrix overall, then accuracy and F1 per outlet and per half.
fn claim_classes(cc: &crate::analysis::eval::ClaimClasses) -> String {
    let f = |x: f64| format!("{x:.3}");
    let t = &cc.overall;
    let mut out = String::from(
        "\nattributed sentences (a sentence in a relation's cue, or in its cue or content), each \
         beside calling every sentence attributed\n",
    );
    let mrow = counts_row;
    let head = COUNTS_HEADER;
    let rows = vec![
        mrow("cue only", &t.cue_sentence),
        mrow("cue only: every sentence", &t.cue_baseline()),
        mrow("cue or content", &t.content_sentence()),
        mrow("cue or content: every sentence", &t.content_baseline()),
    ];
    out.push_str(&render(&head, &rows, 60));
    out.push_str(&format!(
        "\nclaim classes per sentence ({} sentences, accuracy {})\n",
        t.sentences(),
        f(t.accuracy())
    ));
    let rows: Vec<Vec<String>> = CLASSES
        .iter()
        .map(|&c| mrow(c.name(), &t.class(c)))
        .collect();
    out.push_str(&render(&head, &rows, 60));
    out.push_str("\nconfusion (rows gold, columns slant)\n");
    let mut chead = vec!["gold/slant"];
    chead.extend(CLASSES.iter().map(|c| c.name()));
    let rows: Vec<Vec<String>> = CLASSES
        .iter()
        .enumerate()
        .map(|(g, c)| {
            let mut r = vec![c.name().to_string()];
            r.extend(t.confusion[g].iter().map(|n| n.to_string()));
            r
        })
        .collect();
    out.push_str(&render(&chead, &rows, 40));
    let group = |title: &str, m: &std::collections::BTreeMap<String, ClassTally>| {
        let rows: Vec<Vec<String>> = m
            .iter()
            .map(|(k, t)| {
                let mut r = vec![k.clone(), t.sentences().to_string(), f(t.accuracy())];
                r.extend(CLASSES.iter().map(|&c| f(t.class(c).f1())));
                r.push(f(t.content_sentence().f1()));
                r.push(f(t.cue_sentence.f1()));
                r
            })
            .collect();
        let mut s = format!("\nclaim classes by {title}\n");
        s.push_str(&render(
            &[
                title,
                "sentences",
                "accuracy",
                "named_f1",
                "anon_f1",
                "agentless_f1",
                "unattr_f1",
                "content_f1",
                "cue_f1",
            ],
            &rows,
            40,
        ));
        s
    };
    if cc.by_outlet.len() > 1 {
        out.push_str(&group("outlet", &cc.by_outlet));
    }
    out.push_str(&group("half", &cc.halves));
    out
}
