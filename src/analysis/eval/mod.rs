//! Evaluation against human annotations (the gold JSONL format of `shared/gold/README.md`):
//! precision, recall and F1 for spans (exact and token overlap), per rule, per document and for
//! attribution (sentence level, cue tokens and spans, and the sources of found cues), overall
//! and per outlet.

pub mod classes;
pub mod gold;
pub mod validity;

pub use classes::{ClaimClasses, ClassTally};
pub use gold::{GoldDoc, GoldError};

use crate::article::words;
use crate::attribution::ClaimClass;
use crate::engine::Engine;
use crate::input::Document;
use crate::matching::Voice;
use crate::metrics::normalise_term;
use crate::rules::Role;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// True/false positives and false negatives, with the derived figures. Serialized as a
/// [`Measure`] (the counts with precision, recall and F1 rounded to four decimals).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[serde(into = "Measure")]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

/// Counts with precision, recall and F1 (rounded to four decimals), as printed in JSON. Fields
/// in alphabetical order: the order of the JSON keys.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Measure {
    pub f1: f64,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub fp: usize,
    pub precision: f64,
    pub recall: f64,
    pub tp: usize,
}

impl From<Counts> for Measure {
    fn from(c: Counts) -> Measure {
        c.measure()
    }
}

/// True and false positives of the matches of a rule or category (a match is counted once: it
/// overlaps a gold span or it does not, so there are no false negatives). Serialized as
/// [`HitsMeasure`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[serde(into = "HitsMeasure")]
pub struct Hits {
    pub tp: usize,
    pub fp: usize,
}

impl Hits {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
}

/// Hits with their precision (rounded to four decimals), as printed in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HitsMeasure {
    pub fp: usize,
    pub precision: f64,
    pub tp: usize,
}

impl From<Hits> for HitsMeasure {
    fn from(h: Hits) -> HitsMeasure {
        HitsMeasure {
            fp: h.fp,
            precision: round4(h.precision()),
            tp: h.tp,
        }
    }
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

    /// The default map with each `LABEL=CATS` spec applied, every category checked to exist.
    pub fn with_specs(engine: &Engine, specs: &[String]) -> Result<LabelMap, String> {
        let mut labels = LabelMap::default_for(engine);
        for spec in specs {
            labels.set(spec)?;
        }
        for c in labels.map.values().flatten() {
            if engine.rules.category_by_id(c).is_none() {
                return Err(format!("--map names unknown category `{c}`"));
            }
        }
        Ok(labels)
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

// The report structs below are what `slant eval --format json` prints, through serde: their
// fields are in alphabetical order (the order of the JSON keys), maps are BTreeMaps (sorted), and
// [`Counts`] and [`Hits`] serialize with their figures rounded to four decimals.

/// A false positive or negative, grouped by term.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ErrorExample {
    /// The first occurrence in context, the term in brackets.
    pub context: String,
    pub count: usize,
    /// Id of the gold document of the first occurrence.
    pub doc: String,
    /// The rule id, gold label or "attribution".
    pub rule: String,
    pub term: String,
}

/// Spans of one gold label against the matches of its categories.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LabelReport {
    /// Exact spans.
    pub exact: Counts,
    /// Words of predicted spans against words of gold spans.
    pub token: Counts,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct AttributionReport {
    /// Cue words: every word of a predicted cue against every word of a gold cue.
    pub cue: Counts,
    /// Cue spans: a gold cue is found when a predicted cue overlaps it; a predicted cue that
    /// overlaps none is a false positive.
    pub cue_spans: Counts,
    /// Sentences with a cue (predicted or gold).
    pub sentence: Counts,
    /// Sources of the attributions whose cue slant found: a claim's source overlapping the gold
    /// source is right; a source where gold has none, or one elsewhere, is a false positive; a
    /// gold source missed or put elsewhere is a false negative.
    pub sources: Counts,
}

/// The attribution figures of one outlet (as [`AttributionReport`], without cue spans).
#[derive(Debug, Clone, Default, Serialize)]
pub struct OutletAttribution {
    pub cue: Counts,
    pub sentence: Counts,
    pub sources: Counts,
}

/// Everything an evaluation found: the JSON object of `slant eval --format json`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EvalReport {
    /// None when the gold annotates no attributions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<AttributionReport>,
    /// Present exactly when `attribution` is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution_by_outlet: Option<BTreeMap<String, OutletAttribution>>,
    /// Claim classes per sentence against classes derived from the gold relations (see
    /// [`classes`]); present exactly when `attribution` is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_classes: Option<ClaimClasses>,
    /// Matches per category (against the labels the category maps to).
    pub categories: BTreeMap<String, Hits>,
    pub docs: usize,
    /// Document level: gold `biased` against a loaded term in narration.
    pub documents: Counts,
    /// Per-article rates against gold span densities (see [`validity`]); None when the gold has
    /// no spans or document labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents_validity: Option<validity::DocumentsValidity>,
    pub false_negatives: Vec<ErrorExample>,
    pub false_positives: Vec<ErrorExample>,
    pub labels: BTreeMap<String, LabelReport>,
    /// Outlet (empty when the gold names none) -> label -> figures.
    pub labels_by_outlet: BTreeMap<String, BTreeMap<String, LabelReport>>,
    /// slant's version and the digest of the rules evaluated (set by `slant eval`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provenance: Option<crate::engine::Provenance>,
    /// Matches per rule.
    pub rules: BTreeMap<String, Hits>,
}

/// Accumulates an evaluation document by document.
pub struct Evaluator<'a> {
    engine: &'a Engine,
    opts: EvalOptions,
    report: EvalReport,
    fp: BTreeMap<ErrorKey, ErrorExample>,
    fn_: BTreeMap<ErrorKey, ErrorExample>,
    has_attributions: bool,
    doc_rates: Vec<validity::DocRates>,
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

/// A group of errors: what they belong to (rule id, gold label or `attribution`) and the
/// lower-cased text.
type ErrorKey = (String, String);

/// The group of attribution errors (cue spans slant and the gold disagree on).
const ATTRIBUTION: &str = "attribution";

/// Records a false positive or negative in `map`, grouped under `what` (a rule id, gold label or
/// "attribution") and the lower-cased text, keeping the first context as the example.
fn note_error(
    map: &mut BTreeMap<ErrorKey, ErrorExample>,
    what: &str,
    g: &GoldDoc,
    text: &str,
    span: &Range<usize>,
) {
    let term = normalise_term(&text[span.clone()]);
    let e = map
        .entry((what.to_string(), term.clone()))
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
            doc_rates: Vec::new(),
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
        let t = &scored.summary.totals;
        let mut gold_spans = BTreeMap::new();
        for s in &g.spans {
            *gold_spans.entry(s.label.clone()).or_insert(0) += 1;
        }
        self.doc_rates.push(validity::DocRates {
            id: g.id.clone(),
            event: g.event.clone(),
            outlet: g.outlet.clone(),
            words: t.words,
            narration_words: t.narration_words,
            loaded_any: t.matches.loaded_narration + t.matches.loaded_quoted,
            loaded_narration: t.matches.loaded_narration,
            framing_weight: t.framing_weight,
            gold_spans,
            doc_label: g.doc_label.clone(),
        });
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
            let c = self.report.rules.entry(rule.id.to_string()).or_default();
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
        let relation_classes = classes::relation_classes(g);
        let mut tally = ClassTally::default();
        let mut claims = scored.claims.iter().peekable();
        for (pi, p) in scored.article.paragraphs.iter().enumerate() {
            for (si, s) in p.sentences.iter().enumerate() {
                // The claim holding this sentence, if any (claims are in text order).
                while claims
                    .peek()
                    .is_some_and(|c| (c.paragraph, c.sentences.end) <= (pi, si))
                {
                    claims.next();
                }
                let predicted = claims
                    .peek()
                    .filter(|c| c.paragraph == pi && c.sentences.contains(&si))
                    .map_or(ClaimClass::Unattributed, |c| c.class);
                tally.note(classes::sentence_class(g, &relation_classes, s), predicted);
                let gold_pos = gold_cues.iter().any(|c| overlaps(c, s));
                let pred_pos = pred_cues.iter().any(|c| overlaps(c, s));
                match (pred_pos, gold_pos) {
                    (true, true) => sentence.tp += 1,
                    (true, false) => {
                        sentence.fp += 1;
                        for c in pred_cues.iter().filter(|c| overlaps(c, s)) {
                            note_error(&mut self.fp, ATTRIBUTION, g, text, c);
                        }
                    }
                    (false, true) => {
                        sentence.fn_ += 1;
                        for c in gold_cues.iter().filter(|c| overlaps(c, s)) {
                            note_error(&mut self.fn_, ATTRIBUTION, g, text, c);
                        }
                    }
                    (false, false) => {}
                }
            }
        }
        tally.cue_sentence = sentence;
        self.report
            .claim_classes
            .get_or_insert_with(Default::default)
            .add(&g.id, &outlet, &tally);
        let sources = source_counts(g, scored);
        let a = self.report.attribution.get_or_insert_with(Default::default);
        a.sentence.add(sentence);
        a.cue.add(cue);
        a.cue_spans.add(cue_spans);
        a.sources.add(sources);
        let by = self
            .report
            .attribution_by_outlet
            .get_or_insert_with(Default::default)
            .entry(outlet)
            .or_default();
        by.sentence.add(sentence);
        by.cue.add(cue);
        by.sources.add(sources);
    }

    pub fn finish(mut self) -> EvalReport {
        let top = |m: BTreeMap<ErrorKey, ErrorExample>, n: usize| {
            let mut v: Vec<ErrorExample> = m.into_values().collect();
            v.sort_by(|a, b| b.count.cmp(&a.count).then(a.term.cmp(&b.term)));
            v.truncate(n);
            v
        };
        if !self.has_attributions {
            self.report.attribution = None;
            self.report.attribution_by_outlet = None;
            self.report.claim_classes = None;
            self.fp.retain(|k, _| k.0 != ATTRIBUTION);
            self.fn_.retain(|k, _| k.0 != ATTRIBUTION);
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
            self.fp.retain(|k, _| k.0 == ATTRIBUTION);
        }
        self.report.documents_validity = validity::documents_validity(&self.doc_rates);
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

/// Evaluates `engine` on gold documents, in order.
pub fn evaluate<D: std::borrow::Borrow<GoldDoc>>(
    engine: &Engine,
    opts: &EvalOptions,
    docs: impl IntoIterator<Item = D>,
) -> EvalReport {
    let mut ev = Evaluator::new(engine, opts.clone());
    for doc in docs {
        ev.add(doc.borrow());
    }
    ev.finish()
}

#[cfg(test)]
mod json_tests;
