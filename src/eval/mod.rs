//! Evaluation against human annotations (the gold JSONL format of `shared/gold/README.md`):
//! precision, recall and F1 for spans (exact and token overlap), per rule, per document and for
//! attribution (sentence level, cue tokens and spans, and the sources of found cues), overall
//! and per outlet.

pub mod gold;

pub use gold::{GoldDoc, GoldError};

use crate::article::words;
use crate::input::Document;
use crate::matching::Voice;
use crate::metrics::normalise_term;
use crate::rules::Role;
use crate::score::Engine;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// True/false positives and false negatives, with the derived figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

/// Counts with precision, recall and F1, as printed in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Measure {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn measure(&self) -> Measure {
        Measure {
            tp: self.tp,
            fp: self.fp,
            fn_: self.fn_,
            precision: round4(self.precision()),
            recall: round4(self.recall()),
            f1: round4(self.f1()),
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Which rule categories count as which gold label.
#[derive(Debug, Clone)]
pub struct LabelMap {
    pub map: BTreeMap<String, Vec<String>>,
}

impl LabelMap {
    /// Default: `loaded` <- categories whose role is loaded, label or verb_loaded;
    /// `name_calling` <- categories whose role is label.
    pub fn default_for(engine: &Engine) -> LabelMap {
        let cats = |roles: &[Role]| -> Vec<String> {
            engine
                .rules
                .categories
                .iter()
                .filter(|c| roles.contains(&c.role))
                .map(|c| c.id.clone())
                .collect()
        };
        let mut map = BTreeMap::new();
        map.insert(
            "loaded".into(),
            cats(&[Role::Loaded, Role::Label, Role::VerbLoaded]),
        );
        map.insert("name_calling".into(), cats(&[Role::Label]));
        LabelMap { map }
    }

    /// Parses `label=cat1,cat2` and replaces that label's entry.
    pub fn set(&mut self, spec: &str) -> Result<(), String> {
        let (label, cats) = spec
            .split_once('=')
            .ok_or_else(|| format!("--map takes LABEL=CATEGORY[,CATEGORY...], got `{spec}`"))?;
        self.map.insert(
            label.trim().to_string(),
            cats.split(',')
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect(),
        );
        Ok(())
    }
}

/// Options of an evaluation.
#[derive(Debug, Clone)]
pub struct EvalOptions {
    pub labels: LabelMap,
    /// Count only matches in this voice (None: both).
    pub voice: Option<Voice>,
    /// How many top false positives / negatives to keep.
    pub top: usize,
}

/// A false positive or negative, grouped by term.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ErrorExample {
    pub term: String,
    pub count: usize,
    pub rule: String,
    pub doc: String,
    pub context: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct LabelReport {
    pub exact: Counts,
    pub token: Counts,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct AttributionReport {
    pub sentence: Counts,
    /// Cue words: every word of a predicted cue against every word of a gold cue.
    pub cue: Counts,
    /// Cue spans: a gold cue is found when a predicted cue overlaps it; a predicted cue that
    /// overlaps none is a false positive.
    pub cue_spans: Counts,
    /// Sources of the attributions whose cue slant found: a claim's source overlapping the gold
    /// source is right; a source where gold has none, or one elsewhere, is a false positive; a
    /// gold source missed or put elsewhere is a false negative.
    pub sources: Counts,
}

/// Everything an evaluation found.
#[derive(Debug, Clone, Default)]
pub struct EvalReport {
    pub docs: usize,
    pub labels: BTreeMap<String, LabelReport>,
    pub labels_by_outlet: BTreeMap<String, BTreeMap<String, LabelReport>>,
    /// Token-overlap counts per category (against the labels the category maps to).
    pub categories: BTreeMap<String, Counts>,
    pub rules: BTreeMap<String, Counts>,
    pub documents: Counts,
    pub attribution: Option<AttributionReport>,
    pub attribution_by_outlet: BTreeMap<String, AttributionReport>,
    pub false_positives: Vec<ErrorExample>,
    pub false_negatives: Vec<ErrorExample>,
}

/// Accumulates an evaluation document by document.
pub struct Evaluator<'a> {
    engine: &'a Engine,
    opts: EvalOptions,
    report: EvalReport,
    fp: BTreeMap<String, ErrorExample>,
    fn_: BTreeMap<String, ErrorExample>,
    has_attributions: bool,
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn context(text: &str, span: &Range<usize>) -> String {
    let start = crate::text::floor_char_boundary(text, span.start.saturating_sub(60));
    let end = crate::text::floor_char_boundary(text, (span.end + 60).min(text.len()));
    format!(
        "{}[{}]{}",
        &text[start..span.start],
        &text[span.clone()],
        &text[span.end..end]
    )
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ")
}

/// Records a false positive or negative in `map`, grouped under `what` (a rule id, gold label or
/// "attribution") and the lower-cased text, keeping the first context as the example.
fn note_error(
    map: &mut BTreeMap<String, ErrorExample>,
    what: &str,
    g: &GoldDoc,
    text: &str,
    span: &Range<usize>,
) {
    let term = normalise_term(&text[span.clone()]);
    let e = map
        .entry(format!("{what}\u{0}{term}"))
        .or_insert_with(|| ErrorExample {
            term: term.clone(),
            rule: what.to_string(),
            doc: g.id.clone(),
            context: context(text, span),
            ..Default::default()
        });
    e.count += 1;
}

/// Word ranges of `text` that overlap any of `spans`.
fn tokens_in(text: &str, spans: &[Range<usize>]) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    if spans.is_empty() {
        return out;
    }
    for w in words::words(text) {
        if spans.iter().any(|s| overlaps(&w, s)) {
            out.insert(w.start);
        }
    }
    out
}

fn set_counts(pred: &BTreeSet<usize>, gold: &BTreeSet<usize>) -> Counts {
    let tp = pred.intersection(gold).count();
    Counts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}

impl<'a> Evaluator<'a> {
    pub fn new(engine: &'a Engine, opts: EvalOptions) -> Self {
        Evaluator {
            engine,
            opts,
            report: EvalReport::default(),
            fp: BTreeMap::new(),
            fn_: BTreeMap::new(),
            has_attributions: false,
        }
    }

    /// Scores one gold document and adds its figures.
    pub fn add(&mut self, g: &GoldDoc) {
        let engine = self.engine;
        let mut doc = Document::new(g.id.clone(), g.text.clone());
        if let Some(o) = &g.outlet {
            doc.meta.outlet = Some(o.clone());
        }
        let scored = engine.score(doc);
        let text = &scored.article.text;
        let outlet = g.outlet.clone().unwrap_or_default();
        self.report.docs += 1;
        let rules = &engine.rules;
        let matches: Vec<_> = scored
            .matches
            .iter()
            .filter(|m| self.opts.voice.is_none_or(|v| v == m.voice))
            .collect();

        // Spans per gold label.
        for (label, cats) in &self.opts.labels.map {
            let gold: Vec<Range<usize>> = g
                .spans
                .iter()
                .filter(|s| s.label == *label)
                .map(|s| s.start..s.end)
                .collect();
            let pred_spans: Vec<Range<usize>> = matches
                .iter()
                .filter(|m| cats.contains(&rules.categories[rules.rules[m.rule].category].id))
                .map(|m| m.span.clone())
                .collect();
            let exact_tp = pred_spans.iter().filter(|p| gold.contains(p)).count();
            let exact = Counts {
                tp: exact_tp,
                fp: pred_spans.len() - exact_tp,
                fn_: gold.len() - gold.iter().filter(|s| pred_spans.contains(s)).count(),
            };
            let token = set_counts(&tokens_in(text, &pred_spans), &tokens_in(text, &gold));
            let entry = self.report.labels.entry(label.clone()).or_default();
            entry.exact.add(exact);
            entry.token.add(token);
            let by = self
                .report
                .labels_by_outlet
                .entry(outlet.clone())
                .or_default()
                .entry(label.clone())
                .or_default();
            by.exact.add(exact);
            by.token.add(token);

            for s in gold
                .iter()
                .filter(|s| !pred_spans.iter().any(|p| overlaps(p, s)))
            {
                note_error(&mut self.fn_, label, g, text, s);
            }
        }

        // Per rule and category, each match once: a true positive when it overlaps a gold span
        // of any label its category is mapped to.
        for m in &matches {
            let rule = &rules.rules[m.rule];
            let category = &rules.categories[rule.category].id;
            let mut mapped = self
                .opts
                .labels
                .map
                .iter()
                .filter(|(_, cats)| cats.contains(category))
                .map(|(label, _)| label)
                .peekable();
            if mapped.peek().is_none() {
                continue;
            }
            let labels: Vec<&String> = mapped.collect();
            let hit = g
                .spans
                .iter()
                .any(|s| labels.contains(&&s.label) && overlaps(&(s.start..s.end), &m.span));
            let c = self.report.rules.entry(rule.id.clone()).or_default();
            if hit {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
            let cat = self.report.categories.entry(category.clone()).or_default();
            if hit {
                cat.tp += 1;
            } else {
                cat.fp += 1;
                note_error(&mut self.fp, &rule.id, g, text, &m.span);
            }
        }

        // Document level: biased vs a loaded term in narration.
        if let Some(label) = &g.doc_label {
            let loaded_cats = self
                .opts
                .labels
                .map
                .get("loaded")
                .cloned()
                .unwrap_or_default();
            let predicted = scored.matches.iter().any(|m| {
                m.voice == Voice::Narration
                    && loaded_cats.contains(&rules.categories[rules.rules[m.rule].category].id)
            });
            let gold = label == "biased";
            match (predicted, gold) {
                (true, true) => self.report.documents.tp += 1,
                (true, false) => self.report.documents.fp += 1,
                (false, true) => self.report.documents.fn_ += 1,
                (false, false) => {}
            }
        }

        // Attribution: sentence level and cue tokens.
        // Counted for every document; reported only if the gold annotates attributions at all.
        if !g.attributions.is_empty() {
            self.has_attributions = true;
        }
        self.add_attribution(g, &scored, outlet);
    }

    /// Attribution figures of one document: sentence level, cue tokens and spans, sources.
    fn add_attribution(&mut self, g: &GoldDoc, scored: &crate::ScoredArticle, outlet: String) {
        let text = &scored.article.text;
        let gold_cues: Vec<Range<usize>> = g
            .attributions
            .iter()
            .flat_map(|a| a.cue.iter().cloned())
            .collect();
        let pred_cues: Vec<Range<usize>> = predicted_cues(scored, self.engine);
        let cue = set_counts(&tokens_in(text, &pred_cues), &tokens_in(text, &gold_cues));
        let found = gold_cues
            .iter()
            .filter(|g| pred_cues.iter().any(|p| overlaps(p, g)))
            .count();
        let cue_spans = Counts {
            tp: found,
            fp: pred_cues
                .iter()
                .filter(|p| !gold_cues.iter().any(|g| overlaps(p, g)))
                .count(),
            fn_: gold_cues.len() - found,
        };
        let mut sentence = Counts::default();
        for p in &scored.article.paragraphs {
            for s in &p.sentences {
                let gold_pos = gold_cues.iter().any(|c| overlaps(c, s));
                let pred_pos = pred_cues.iter().any(|c| overlaps(c, s));
                match (pred_pos, gold_pos) {
                    (true, true) => sentence.tp += 1,
                    (true, false) => {
                        sentence.fp += 1;
                        for c in pred_cues.iter().filter(|c| overlaps(c, s)) {
                            note_error(&mut self.fp, "attribution", g, text, c);
                        }
                    }
                    (false, true) => {
                        sentence.fn_ += 1;
                        for c in gold_cues.iter().filter(|c| overlaps(c, s)) {
                            note_error(&mut self.fn_, "attribution", g, text, c);
                        }
                    }
                    (false, false) => {}
                }
            }
        }
        let sources = source_counts(g, scored);
        let a = self.report.attribution.get_or_insert_with(Default::default);
        a.sentence.add(sentence);
        a.cue.add(cue);
        a.cue_spans.add(cue_spans);
        a.sources.add(sources);
        let by = self.report.attribution_by_outlet.entry(outlet).or_default();
        by.sentence.add(sentence);
        by.cue.add(cue);
        by.cue_spans.add(cue_spans);
        by.sources.add(sources);
    }

    pub fn finish(mut self) -> EvalReport {
        let top = |m: BTreeMap<String, ErrorExample>, n: usize| {
            let mut v: Vec<ErrorExample> = m.into_values().collect();
            v.sort_by(|a, b| b.count.cmp(&a.count).then(a.term.cmp(&b.term)));
            v.truncate(n);
            v
        };
        if !self.has_attributions {
            self.report.attribution = None;
            self.report.attribution_by_outlet.clear();
            self.fp.retain(|k, _| !k.starts_with("attribution\u{0}"));
            self.fn_.retain(|k, _| !k.starts_with("attribution\u{0}"));
        }
        // Labels the gold never uses would only show false positives: leave them out.
        let used: Vec<String> = self
            .report
            .labels
            .iter()
            .filter(|(_, r)| r.exact.tp + r.exact.fn_ > 0)
            .map(|(k, _)| k.clone())
            .collect();
        self.report.labels.retain(|k, _| used.contains(k));
        for ls in self.report.labels_by_outlet.values_mut() {
            ls.retain(|k, _| used.contains(k));
        }
        if used.is_empty() {
            self.report.rules.clear();
            self.report.categories.clear();
            self.fp.retain(|k, _| k.starts_with("attribution\u{0}"));
        }
        self.report.false_positives = top(std::mem::take(&mut self.fp), self.opts.top);
        self.report.false_negatives = top(std::mem::take(&mut self.fn_), self.opts.top);
        self.report
    }
}

/// Sources of the gold attributions whose cue a claim's cue overlaps (see
/// [`AttributionReport::sources`]).
fn source_counts(g: &GoldDoc, scored: &crate::ScoredArticle) -> Counts {
    let mut counts = Counts::default();
    for relation in &g.attributions {
        let claim = scored.claims.iter().find(|c| {
            c.cue
                .as_ref()
                .is_some_and(|cue| relation.cue.iter().any(|gc| overlaps(&cue.span, gc)))
        });
        let Some(claim) = claim else {
            continue;
        };
        let ours = claim.source.as_ref().map(|s| &s.span);
        let gold_has_source = !relation.source.is_empty();
        match ours {
            Some(s) if relation.source.iter().any(|g| overlaps(s, g)) => counts.tp += 1,
            Some(_) => {
                counts.fp += 1;
                counts.fn_ += usize::from(gold_has_source);
            }
            None => counts.fn_ += usize::from(gold_has_source),
        }
    }
    counts
}

/// The cues slant finds: the cues of attributed claims plus every reporting cue and agentless
/// marker in the narration of a claim (questions and one-word lines are not claims).
pub fn predicted_cues(scored: &crate::ScoredArticle, engine: &Engine) -> Vec<Range<usize>> {
    let mut cues: Vec<Range<usize>> = scored
        .claims
        .iter()
        .filter_map(|c| c.cue.as_ref().map(|c| c.span.clone()))
        .collect();
    // Agentless markers ("reportedly", "is expected to") are the cue of an attribution without
    // a source, as the gold scheme has it.
    let text = &scored.article.text;
    for m in &scored.matches {
        let role = engine.rules.role_of(m.rule);
        let in_claim = scored
            .claims
            .get(
                scored
                    .claims
                    .partition_point(|c| c.span.end <= m.span.start),
            )
            .is_some_and(|c| c.span.start <= m.span.start);
        let cue = crate::attribution::is_reporting_cue(text, &engine.rules, m);
        if in_claim
            && (cue || (m.voice == Voice::Narration && role.marks_agentless()))
            && !cues.iter().any(|c| overlaps(c, &m.span))
        {
            cues.push(crate::attribution::cue_extent(
                text,
                &engine.rules.lexicon,
                m.span.clone(),
            ));
        }
    }
    cues
}

impl EvalReport {
    /// The JSON object of `slant eval --format json`.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let labels: serde_json::Map<String, serde_json::Value> = self
            .labels
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    json!({"exact": v.exact.measure(), "token": v.token.measure()}),
                )
            })
            .collect();
        let by_outlet: serde_json::Map<String, serde_json::Value> = self
            .labels_by_outlet
            .iter()
            .map(|(o, ls)| {
                let inner: serde_json::Map<String, serde_json::Value> = ls
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            json!({"exact": v.exact.measure(), "token": v.token.measure()}),
                        )
                    })
                    .collect();
                (o.clone(), serde_json::Value::Object(inner))
            })
            .collect();
        let rules: serde_json::Map<String, serde_json::Value> = self
            .rules
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    json!({"tp": v.tp, "fp": v.fp, "precision": round4(v.precision())}),
                )
            })
            .collect();
        let categories: serde_json::Map<String, serde_json::Value> = self
            .categories
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    json!({"tp": v.tp, "fp": v.fp, "precision": round4(v.precision())}),
                )
            })
            .collect();
        let mut obj = json!({
            "docs": self.docs,
            "labels": labels,
            "labels_by_outlet": by_outlet,
            "categories": categories,
            "documents": self.documents.measure(),
            "rules": rules,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
        });
        if let Some(a) = &self.attribution {
            obj["attribution"] = json!({
                "sentence": a.sentence.measure(),
                "cue": a.cue.measure(),
                "cue_spans": a.cue_spans.measure(),
                "sources": a.sources.measure(),
            });
            let by: serde_json::Map<String, serde_json::Value> = self
                .attribution_by_outlet
                .iter()
                .map(|(o, a)| {
                    (
                        o.clone(),
                        json!({
                            "sentence": a.sentence.measure(),
                            "cue": a.cue.measure(),
                            "sources": a.sources.measure(),
                        }),
                    )
                })
                .collect();
            obj["attribution_by_outlet"] = serde_json::Value::Object(by);
        }
        obj
    }

    /// A plain-text report for people.
    pub fn to_text(&self) -> String {
        use crate::output::table::render;
        let f = |x: f64| format!("{x:.3}");
        let mrow = |name: String, c: &Counts| -> Vec<String> {
            vec![
                name,
                c.tp.to_string(),
                c.fp.to_string(),
                c.fn_.to_string(),
                f(c.precision()),
                f(c.recall()),
                f(c.f1()),
            ]
        };
        let head = ["measure", "tp", "fp", "fn", "precision", "recall", "f1"];
        let mut rows = Vec::new();
        for (label, r) in &self.labels {
            rows.push(mrow(format!("{label} (exact span)"), &r.exact));
            rows.push(mrow(format!("{label} (token overlap)"), &r.token));
        }
        if self.documents.tp + self.documents.fp + self.documents.fn_ > 0 {
            rows.push(mrow(
                "document: biased vs loaded narration".into(),
                &self.documents,
            ));
        }
        if let Some(a) = &self.attribution {
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
        let mut out = format!("{} documents\n\n", self.docs);
        out.push_str(&render(&head, &rows, 60));
        if self.attribution.is_some() && self.attribution_by_outlet.len() > 1 {
            out.push_str("\nattribution by outlet\n");
            let rows: Vec<Vec<String>> = self
                .attribution_by_outlet
                .iter()
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
        if !self.labels_by_outlet.is_empty()
            && self.labels_by_outlet.len() > 1
            && self.labels.contains_key("loaded")
            && self
                .labels
                .get("loaded")
                .is_some_and(|l| l.token.tp + l.token.fn_ > 0)
        {
            out.push_str("\nloaded (token overlap) by outlet\n");
            let rows: Vec<Vec<String>> = self
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
        if !self.categories.is_empty() {
            out.push_str("\nper category (a match overlapping a gold span is a true positive)\n");
            let rows: Vec<Vec<String>> = self
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
        if !self.rules.is_empty() {
            out.push_str("\nper rule, most false positives first\n");
            let mut rs: Vec<(&String, &Counts)> = self.rules.iter().collect();
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
        ex("top false positives", &self.false_positives, &mut out);
        ex("top false negatives", &self.false_negatives, &mut out);
        out
    }
}
