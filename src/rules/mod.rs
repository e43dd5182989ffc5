//! The rules engine: loads layered TOML rule files into one validated [`RuleSet`].
//!
//! A rule set is made of categories (what a match means: loaded term, hedge, reporting verb, ...),
//! rules (terms or a regex in a category) and a registry of known sources. Files are layered in
//! order: a later rule with the same id replaces the earlier one, and `disable = [..]` removes ids.

pub mod context;
mod default;
pub mod diagnostic;
pub mod lexicon;
pub mod lint;

pub mod schema;

pub use context::{Context, ContextPhrase, ContextWord};
pub use default::{default_sources, DEFAULT_PACKS};
pub use diagnostic::{Diagnostic, RuleError, Severity, SourceText};
pub use lexicon::{Lexicon, WordSet};

use regex::Regex;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::Arc;

/// What a category's matches mean to the scorer and the attribution model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Loaded or emotive wording ("hegemony", "sinister").
    Loaded,
    /// Labels and name-calling for people or groups ("puppet", "regime").
    Label,
    /// Hedges that soften a claim ("may", "perhaps").
    Hedge,
    /// Evidential hedges ("appears to", "seems to"): they soften a claim and, naming nobody whose
    /// impression it is, also make it an attribution without a source.
    Evidential,
    /// Intensifiers ("very", "clearly", "unprecedented").
    Intensifier,
    /// Neutral reporting cues ("said", "told", "according to").
    VerbNeutral,
    /// Loaded reporting cues ("slams", "claimed", "admitted").
    VerbLoaded,
    /// Markers of unnamed sources ("officials", "a source familiar with").
    AnonymousSource,
    /// Attribution without any source ("it is believed", "allegedly").
    Agentless,
    /// Scare-quote markers ("so-called").
    ScareQuote,
    /// Boilerplate that ends or interrupts an article ("You may also like").
    Boilerplate,
}

impl Role {
    pub const ALL: [Role; 11] = [
        Role::Loaded,
        Role::Label,
        Role::Hedge,
        Role::Evidential,
        Role::Intensifier,
        Role::VerbNeutral,
        Role::VerbLoaded,
        Role::AnonymousSource,
        Role::Agentless,
        Role::ScareQuote,
        Role::Boilerplate,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Role::Loaded => "loaded",
            Role::Label => "label",
            Role::Hedge => "hedge",
            Role::Evidential => "evidential",
            Role::Intensifier => "intensifier",
            Role::VerbNeutral => "verb_neutral",
            Role::VerbLoaded => "verb_loaded",
            Role::AnonymousSource => "anonymous_source",
            Role::Agentless => "agentless",
            Role::ScareQuote => "scare_quote",
            Role::Boilerplate => "boilerplate",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == s)
    }

    /// The weight a category of this role has when its file gives none.
    pub fn default_weight(self) -> f64 {
        match self {
            Role::Loaded | Role::VerbLoaded | Role::ScareQuote => 1.0,
            Role::Label => 1.5,
            Role::Hedge | Role::Evidential | Role::Intensifier => 0.5,
            Role::VerbNeutral | Role::AnonymousSource | Role::Agentless | Role::Boilerplate => 0.0,
        }
    }

    /// Loaded language in the sense of the `loaded_*` columns: loaded terms and labels.
    pub fn is_loaded(self) -> bool {
        matches!(self, Role::Loaded | Role::Label)
    }

    /// Counted in the `hedges` column.
    pub fn is_hedge(self) -> bool {
        matches!(self, Role::Hedge | Role::Evidential)
    }

    /// Makes a claim with no reporting cue an attribution without a source.
    pub fn marks_agentless(self) -> bool {
        matches!(self, Role::Agentless | Role::Evidential)
    }

    /// A reporting cue (verb or phrase) that introduces an attribution.
    pub fn is_cue(self) -> bool {
        matches!(self, Role::VerbNeutral | Role::VerbLoaded)
    }
}

/// Where a rule's matches count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoiceFilter {
    Any,
    Narration,
    Quoted,
}

#[derive(Debug, Clone)]
pub struct Category {
    pub id: String,
    pub role: Role,
    pub weight: f64,
    pub description: String,
}

/// A literal term: whole words, case-insensitive, optionally with a trailing `*` wildcard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// As written in the rule file (without the `*`).
    pub text: String,
    /// Extends to the end of the word (`hegemon*`).
    pub prefix: bool,
}

impl Term {
    /// Parses `"hegemon*"`; returns None for an empty term or a `*` anywhere but at the end.
    pub fn parse(raw: &str) -> Option<Term> {
        let raw = raw.trim();
        let (text, prefix) = match raw.strip_suffix('*') {
            Some(t) => (t.trim_end(), true),
            None => (raw, false),
        };
        // Control characters (a NUL, a tab) never stand in article text as a term means them.
        if text.is_empty() || text.contains('*') || text.contains(char::is_control) {
            return None;
        }
        Some(Term {
            text: text.to_string(),
            prefix,
        })
    }

    /// The display form, with its `*`.
    pub fn display(&self) -> String {
        if self.prefix {
            format!("{}*", self.text)
        } else {
            self.text.clone()
        }
    }
}

/// Where a rule (or category, source) was defined.
#[derive(Debug, Clone)]
pub struct Origin {
    pub file: Arc<SourceText>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Rule {
    /// Shared, so each match's row can name its rule without copying the text.
    pub id: Arc<str>,
    /// Index into [`RuleSet::categories`].
    pub category: usize,
    pub terms: Vec<Term>,
    pub regex: Option<Regex>,
    pub weight: f64,
    pub note: String,
    pub unless: Vec<Term>,
    pub voice: VoiceFilter,
    /// False: a match that is part of a proper name does not count (see
    /// [`crate::matching::in_proper_name`]).
    pub in_names: bool,
    /// Indexes into [`RuleSet::contexts`]: a match with one of these contexts around it does not
    /// count (see [`crate::matching::context`]).
    pub unless_context: Vec<usize>,
    pub examples: Vec<String>,
    pub counterexamples: Vec<String>,
    /// Terms a speaker may follow ("…,” said one former aide."), lower case; cue rules only.
    pub inverting: Vec<String>,
    pub origin: Origin,
    /// Where each part was written, for diagnostics.
    pub spans: RuleSpans,
}

/// Byte spans of a rule's parts in its file (parallel to the rule's lists).
#[derive(Debug, Clone, Default)]
pub struct RuleSpans {
    pub terms: Vec<Range<usize>>,
    pub unless: Vec<Range<usize>>,
    pub regex: Option<Range<usize>>,
    pub unless_context: Vec<Range<usize>>,
    pub examples: Vec<Range<usize>>,
    pub counterexamples: Vec<Range<usize>>,
}

/// A known source in the registry.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: String,
    /// Explicit weight; when None the kind's weight applies.
    pub reliability: Option<f64>,
    pub note: String,
}

/// One rule file to load: its name (path or `<default:NAME>`) and text.
#[derive(Debug, Clone)]
pub struct RuleSource {
    pub name: String,
    pub text: String,
}

impl RuleSource {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        RuleSource {
            name: name.into(),
            text: text.into(),
        }
    }

    /// The packs compiled into the binary, in layering order.
    pub fn defaults() -> Vec<RuleSource> {
        DEFAULT_PACKS
            .iter()
            .map(|(name, text)| RuleSource::new(format!("<default>/{name}"), *text))
            .collect()
    }
}

/// Reliability weight used for a source kind that the rule files do not weigh.
pub const NEUTRAL_RELIABILITY: f64 = 0.5;

/// Largest compiled size allowed for a single rule regex (bytes); larger ones are refused.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// A validated, layered set of rules, ready to be compiled into a matcher.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub categories: Vec<Category>,
    pub rules: Vec<Rule>,
    pub sources: Vec<Source>,
    /// Reliability weight per source kind.
    pub reliability: BTreeMap<String, f64>,
    /// The files this set was built from, in order.
    pub files: Vec<Arc<SourceText>>,
    /// The attribution model's word lists, layered from every file's `[lexicon]`.
    pub lexicon: Lexicon,
    /// Sentences with the attribution they must get (`[[attribution_example]]`).
    pub attribution_examples: Vec<AttributionExample>,
    /// Named word contexts (`[[context]]`) rules refer to in `unless_context`.
    pub contexts: Vec<Context>,
    /// Problems that did not stop the set from loading (a source kind `[reliability]` does not
    /// weigh, …): shown by `rules check` and, by the command line, on every load.
    pub warnings: Vec<Diagnostic>,
}

/// A sentence with the attribution it must get, from `[[attribution_example]]`.
#[derive(Debug, Clone)]
pub struct AttributionExample {
    pub text: String,
    /// "named", "anonymous", "agentless" or "unattributed".
    pub class: String,
    /// The expected source name (None: no source).
    pub source: Option<String>,
    /// The step that must decide the source (None: any).
    pub step: Option<String>,
    pub note: String,
    pub origin: Origin,
}

impl RuleSet {
    /// Ids of the categories whose matches are loaded language (loaded terms and labels).
    pub fn loaded_categories(&self) -> Vec<String> {
        self.categories
            .iter()
            .filter(|c| c.role.is_loaded())
            .map(|c| c.id.clone())
            .collect()
    }

    /// The embedded default packs.
    pub fn default_rules() -> RuleSet {
        RuleSet::load(&RuleSource::defaults()).expect("embedded default rules are valid")
    }

    /// Loads rule files from disk, after the embedded defaults unless `with_defaults` is false.
    /// A file that cannot be read, or is not UTF-8, is an error naming the file (and position).
    pub fn from_files(
        paths: &[std::path::PathBuf],
        with_defaults: bool,
    ) -> Result<RuleSet, RuleError> {
        let mut sources = if with_defaults {
            RuleSource::defaults()
        } else {
            Vec::new()
        };
        let mut diags = Vec::new();
        for p in paths {
            let name = p.to_string_lossy().into_owned();
            match std::fs::read(p) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => sources.push(RuleSource::new(name, text)),
                    Err(e) => {
                        let offset = e.utf8_error().valid_up_to();
                        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                        let file = Arc::new(SourceText { name, text });
                        diags.push(
                            Diagnostic::error(
                                &file,
                                offset..offset + 1,
                                "rule file is not valid UTF-8",
                            )
                            .with_label("invalid byte here"),
                        );
                    }
                },
                Err(e) => diags.push(Diagnostic {
                    severity: Severity::Error,
                    message: format!("cannot read rule file {name}: {e}"),
                    file: None,
                    span: 0..0,
                    label: String::new(),
                }),
            }
        }
        if !diags.is_empty() {
            return Err(RuleError { diagnostics: diags });
        }
        RuleSet::load(&sources)
    }

    /// Loads and layers rule files in order. Every error found is returned, not only the first.
    pub fn load(sources: &[RuleSource]) -> Result<RuleSet, RuleError> {
        let mut diags = Vec::new();
        let mut files = Vec::new();
        let mut parsed = Vec::new();
        for src in sources {
            let file = Arc::new(SourceText {
                name: src.name.clone(),
                text: src.text.clone(),
            });
            files.push(file.clone());
            match toml::from_str::<schema::RuleFile>(&src.text) {
                Ok(f) => parsed.push((file, f)),
                Err(e) => {
                    let span = e.span().unwrap_or(0..0);
                    diags.push(
                        Diagnostic::error(&file, span, e.message().trim_end().to_string())
                            .with_label("here"),
                    );
                }
            }
        }
        let mut set = build(parsed, files, &mut diags);
        let (errors, warnings): (Vec<_>, Vec<_>) = diags
            .into_iter()
            .partition(|d| d.severity == Severity::Error);
        diags = errors;
        set.warnings = warnings;
        if diags.is_empty() {
            Ok(set)
        } else {
            Err(RuleError { diagnostics: diags })
        }
    }

    /// A stable digest of the rule texts this set was built from, in layering order:
    /// `sha256:` and the hex SHA-256 over each file's text preceded by its length in bytes
    /// (u64, little-endian). File names do not count, so the same rules from another folder have
    /// the same digest.
    pub fn digest(&self) -> String {
        digest_texts(self.files.iter().map(|f| f.text.as_str()))
    }

    pub fn role_of(&self, rule_idx: usize) -> Role {
        self.categories[self.rules[rule_idx].category].role
    }

    pub fn rule_by_id(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| *r.id == *id)
    }

    pub fn category_by_id(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }

    /// Reliability of a registered source: its own weight, else its kind's, else neutral.
    pub fn reliability_of(&self, source: &Source) -> f64 {
        source.reliability.unwrap_or_else(|| {
            self.reliability
                .get(&source.kind)
                .copied()
                .unwrap_or(NEUTRAL_RELIABILITY)
        })
    }
}

/// See [`RuleSet::digest`]; one file alone gives that file's digest.
pub fn digest_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for t in texts {
        h.update((t.len() as u64).to_le_bytes());
        h.update(t.as_bytes());
    }
    let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

fn build(
    parsed: Vec<(Arc<SourceText>, schema::RuleFile)>,
    files: Vec<Arc<SourceText>>,
    diags: &mut Vec<Diagnostic>,
) -> RuleSet {
    let mut categories: Vec<Category> = Vec::new();
    // Rules are kept in order of first definition; a redefinition replaces in place.
    let mut rules: Vec<(schema::RuleDef, Arc<SourceText>)> = Vec::new();
    let mut rule_index: HashMap<String, usize> = HashMap::new();
    let mut sources: Vec<Source> = Vec::new();
    let mut reliability = BTreeMap::new();
    let mut lexicon = Lexicon::default();
    let mut attribution_examples = Vec::new();
    let mut contexts: Vec<Context> = Vec::new();
    // Where each source's `kind` was written (parallel to `sources`).
    let mut source_kind_at: Vec<Origin> = Vec::new();

    for (file, f) in parsed {
        let mut seen_in_file: HashMap<String, Range<usize>> = HashMap::new();
        let mut seen_cat_in_file: HashMap<String, Range<usize>> = HashMap::new();
        for c in f.category {
            if let Some(first) = seen_cat_in_file.insert(c.id.get_ref().clone(), c.id.span()) {
                diags.push(
                    Diagnostic::error(
                        &file,
                        c.id.span(),
                        format!(
                            "duplicate category id `{}` (first defined at line {})",
                            c.id.get_ref(),
                            diagnostic::line_col(&file.text, first.start).0
                        ),
                    )
                    .with_label("defined twice in this file"),
                );
                continue;
            }
            let Some(role) = Role::parse(c.role.get_ref()) else {
                diags.push(
                    Diagnostic::error(
                        &file,
                        c.role.span(),
                        format!(
                            "unknown role `{}`; expected one of: {}",
                            c.role.get_ref(),
                            Role::ALL.map(Role::name).join(", ")
                        ),
                    )
                    .with_label("unknown role"),
                );
                continue;
            };
            let cat = Category {
                id: c.id.get_ref().clone(),
                role,
                weight: c.weight.unwrap_or(role.default_weight()),
                description: c.description,
            };
            match categories.iter_mut().find(|x| x.id == cat.id) {
                Some(existing) => *existing = cat,
                None => categories.push(cat),
            }
        }
        let mut seen_ctx_in_file: HashMap<String, Range<usize>> = HashMap::new();
        for c in f.context {
            if let Some(first) = seen_ctx_in_file.insert(c.id.get_ref().clone(), c.id.span()) {
                diags.push(
                    Diagnostic::error(
                        &file,
                        c.id.span(),
                        format!(
                            "duplicate context id `{}` (first defined at line {})",
                            c.id.get_ref(),
                            diagnostic::line_col(&file.text, first.start).0
                        ),
                    )
                    .with_label("defined twice in this file"),
                );
                continue;
            }
            // A later file's context with the same id replaces the earlier one.
            if let Some(ctx) = context::compile(c, &file, diags) {
                match contexts.iter_mut().find(|x| x.id == ctx.id) {
                    Some(existing) => *existing = ctx,
                    None => contexts.push(ctx),
                }
            }
        }
        for r in f.rule {
            let id = r.id.get_ref().clone();
            if let Some(first) = seen_in_file.insert(id.clone(), r.id.span()) {
                diags.push(
                    Diagnostic::error(
                        &file,
                        r.id.span(),
                        format!(
                            "duplicate rule id `{}` (first defined at line {})",
                            id,
                            diagnostic::line_col(&file.text, first.start).0
                        ),
                    )
                    .with_label("defined twice in this file"),
                );
                continue;
            }
            // An index by id keeps layering linear (a scan per rule was quadratic: 100k rules
            // took 80 s).
            match rule_index.get(&id) {
                Some(&i) => rules[i] = (r, file.clone()),
                None => {
                    rule_index.insert(id, rules.len());
                    rules.push((r, file.clone()));
                }
            }
        }
        for d in &f.disable {
            let before = rules.len();
            if rule_index.contains_key(d.get_ref()) {
                rules.retain(|(x, _)| x.id.get_ref() != d.get_ref());
                rule_index = rules
                    .iter()
                    .enumerate()
                    .map(|(i, (x, _))| (x.id.get_ref().clone(), i))
                    .collect();
            }
            if rules.len() == before {
                let hint = crate::text::did_you_mean(
                    d.get_ref(),
                    rules.iter().map(|(x, _)| x.id.get_ref().as_str()),
                );
                diags.push(
                    Diagnostic::error(
                        &file,
                        d.span(),
                        format!(
                            "`disable` names rule `{}`, which no earlier file defines{hint}",
                            d.get_ref()
                        ),
                    )
                    .with_label("no such rule"),
                );
            }
        }
        for s in f.source {
            let src = Source {
                name: s.name.get_ref().clone(),
                aliases: s.aliases,
                kind: s.kind.get_ref().clone(),
                reliability: s.reliability,
                note: s.note,
            };
            let at = Origin {
                file: file.clone(),
                span: s.kind.span(),
            };
            match sources.iter().position(|x| x.name == src.name) {
                Some(i) => {
                    sources[i] = src;
                    source_kind_at[i] = at;
                }
                None => {
                    sources.push(src);
                    source_kind_at.push(at);
                }
            }
        }
        reliability.extend(f.reliability);
        if let Some(lex) = f.lexicon {
            lexicon.layer(lex, &file, diags);
        }
        for e in f.attribution_example {
            const CLASSES: [&str; 4] = ["named", "anonymous", "agentless", "unattributed"];
            if !CLASSES.contains(&e.class.get_ref().as_str()) {
                diags.push(
                    Diagnostic::error(
                        &file,
                        e.class.span(),
                        format!(
                            "unknown claim class `{}`; expected one of: {}",
                            e.class.get_ref(),
                            CLASSES.join(", ")
                        ),
                    )
                    .with_label("unknown class"),
                );
                continue;
            }
            attribution_examples.push(AttributionExample {
                origin: Origin {
                    file: file.clone(),
                    span: e.text.span(),
                },
                text: e.text.into_inner(),
                class: e.class.into_inner(),
                source: e.source.map(|s| s.into_inner()),
                step: e.step.map(|s| s.into_inner()),
                note: e.note,
            });
        }
    }

    // A kind the reliability table does not weigh gets NEUTRAL_RELIABILITY: say so, once per
    // kind, where a source first uses it (a source with its own `reliability` needs no weight).
    let mut unweighed = std::collections::BTreeSet::new();
    for (src, at) in sources.iter().zip(&source_kind_at) {
        if src.reliability.is_none()
            && !reliability.contains_key(&src.kind)
            && unweighed.insert(src.kind.clone())
        {
            let hint = crate::text::did_you_mean(&src.kind, reliability.keys().map(String::as_str));
            diags.push(
                Diagnostic::warning(
                    &at.file,
                    at.span.clone(),
                    format!(
                        "source kind `{}` (of `{}`) has no weight in any [reliability] table, so its sources weigh {NEUTRAL_RELIABILITY}{hint}",
                        src.kind, src.name
                    ),
                )
                .with_label("kind not in [reliability]"),
            );
        }
    }

    let compiled: Vec<Rule> = rules
        .into_iter()
        .filter_map(|(r, file)| compile_rule(r, &file, &categories, &contexts, diags))
        .collect();
    lexicon.finish(
        compiled
            .iter()
            .flat_map(|r| r.inverting.iter().cloned())
            .collect::<Vec<_>>(),
    );
    RuleSet {
        categories,
        rules: compiled,
        sources,
        reliability,
        files,
        lexicon,
        attribution_examples,
        contexts,
        warnings: Vec::new(),
    }
}

/// Why a rule regex would match too much to mean anything: it can match the empty string, or it
/// repeats without bound something that crosses words (`.*`, `[^,]+`, `[\w\s]*`), so one match
/// can swallow a sentence with the cue and speaker that attribution needs. None when it is fine
/// (or does not parse: compiling it reports that).
pub fn regex_too_wide(src: &str) -> Option<String> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(src)
        .ok()?;
    if hir.properties().minimum_len() == Some(0) {
        return Some(
            "can match the empty string, so it matches everywhere; make every part required".into(),
        );
    }
    // Whether a class matches both a space and a word character: a run of it crosses words.
    fn crosses_words(class: &Class) -> bool {
        let has = |c: char| match class {
            Class::Unicode(u) => u.ranges().iter().any(|r| r.start() <= c && c <= r.end()),
            Class::Bytes(b) => b
                .ranges()
                .iter()
                .any(|r| r.start() <= c as u8 && c as u8 <= r.end()),
        };
        has(' ') && has('a')
    }
    fn contains_crossing(h: &Hir) -> bool {
        match h.kind() {
            HirKind::Class(c) => crosses_words(c),
            HirKind::Repetition(r) => contains_crossing(&r.sub),
            HirKind::Capture(c) => contains_crossing(&c.sub),
            HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(contains_crossing),
            _ => false,
        }
    }
    fn unbounded(h: &Hir) -> bool {
        match h.kind() {
            HirKind::Repetition(r) => {
                (r.max.is_none() && contains_crossing(&r.sub)) || unbounded(&r.sub)
            }
            HirKind::Capture(c) => unbounded(&c.sub),
            HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(unbounded),
            _ => false,
        }
    }
    unbounded(&hir).then(|| {
        "repeats without bound something that crosses words (like `.*` or `[^,]+`), so one match can swallow a whole sentence with its cue and speaker; bound it (`[^,]{0,40}`) or list terms".into()
    })
}

fn compile_rule(
    r: schema::RuleDef,
    file: &Arc<SourceText>,
    categories: &[Category],
    contexts: &[Context],
    diags: &mut Vec<Diagnostic>,
) -> Option<Rule> {
    let mut ok = true;
    let category = categories
        .iter()
        .position(|c| c.id == *r.category.get_ref());
    if category.is_none() {
        let known: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
        diags.push(
            Diagnostic::error(
                file,
                r.category.span(),
                format!(
                    "rule `{}` uses unknown category `{}` (defined: {})",
                    r.id.get_ref(),
                    r.category.get_ref(),
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
            )
            .with_label("no [[category]] with this id"),
        );
        ok = false;
    }
    let mut parse_terms = |list: &[toml::Spanned<String>], what: &str| -> Vec<Term> {
        let mut out = Vec::new();
        for t in list {
            match Term::parse(t.get_ref()) {
                Some(term) => out.push(term),
                None => {
                    diags.push(
                        Diagnostic::error(
                            file,
                            t.span(),
                            format!(
                                "invalid {what} `{}` in rule `{}`: a term must not be empty or hold a control character, and `*` may only end it",
                                t.get_ref(),
                                r.id.get_ref()
                            ),
                        )
                        .with_label("invalid term"),
                    );
                    ok = false;
                }
            }
        }
        out
    };
    let terms = parse_terms(&r.terms, "term");
    let unless = parse_terms(&r.unless, "`unless` phrase");
    let regex = match &r.regex {
        Some(src) => match regex::RegexBuilder::new(src.get_ref())
            .case_insensitive(true)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SIZE_LIMIT)
            .build()
        {
            Ok(re) => Some(re),
            Err(e) => {
                let why = match e {
                    regex::Error::CompiledTooBig(limit) => format!(
                        "regex of rule `{}` is too large to compile (over {limit} bytes); split it or use terms",
                        r.id.get_ref()
                    ),
                    other => format!("invalid regex in rule `{}`: {other}", r.id.get_ref()),
                };
                diags.push(Diagnostic::error(file, src.span(), why).with_label("this regex"));
                ok = false;
                None
            }
        },
        None => None,
    };
    if let (Some(re), false) = (&r.regex, r.terms.is_empty()) {
        diags.push(
            Diagnostic::error(
                file,
                re.span(),
                format!(
                    "rule `{}` has both `terms` and `regex`; a rule is one or the other: split it in two rules",
                    r.id.get_ref()
                ),
            )
            .with_label("second way of matching"),
        );
        ok = false;
    }
    if let Some(src) = &r.regex {
        if let Some(why) = regex_too_wide(src.get_ref()) {
            diags.push(
                Diagnostic::error(
                    file,
                    src.span(),
                    format!("regex of rule `{}` {why}", r.id.get_ref()),
                )
                .with_label("too wide"),
            );
            ok = false;
        }
    }
    if terms.is_empty() && r.regex.is_none() && ok {
        diags.push(
            Diagnostic::error(
                file,
                r.id.span(),
                format!("rule `{}` has neither `terms` nor `regex`", r.id.get_ref()),
            )
            .with_label("matches nothing"),
        );
        ok = false;
    }
    let voice = match r.voice.as_ref().map(|v| v.get_ref().as_str()) {
        None | Some("any") => VoiceFilter::Any,
        Some("narration") => VoiceFilter::Narration,
        Some("quoted") => VoiceFilter::Quoted,
        Some(other) => {
            let span = r.voice.as_ref().map(|v| v.span()).unwrap_or(0..0);
            diags.push(
                Diagnostic::error(
                    file,
                    span,
                    format!("unknown voice `{other}`; expected any, narration or quoted"),
                )
                .with_label("unknown voice"),
            );
            ok = false;
            VoiceFilter::Any
        }
    };
    // Inverting terms: cue rules only, each one of the rule's own terms.
    let cue_rule = category.is_some_and(|c| categories[c].role.is_cue());
    let mut inverting = Vec::new();
    for t in &r.inverting {
        let known = r
            .terms
            .iter()
            .any(|x| x.get_ref().trim().eq_ignore_ascii_case(t.get_ref().trim()));
        if !cue_rule || !known {
            let why = if cue_rule {
                format!(
                    "`inverting` term `{}` is not one of the terms of rule `{}`",
                    t.get_ref(),
                    r.id.get_ref()
                )
            } else {
                format!(
                    "rule `{}` has `inverting` terms but is no reporting cue (role verb_neutral or verb_loaded)",
                    r.id.get_ref()
                )
            };
            diags.push(Diagnostic::error(file, t.span(), why).with_label("not a cue term"));
            ok = false;
        } else {
            inverting.push(t.get_ref().trim().to_lowercase());
        }
    }
    let mut unless_context = Vec::new();
    for c in &r.unless_context {
        match contexts.iter().position(|x| x.id == *c.get_ref()) {
            Some(i) => unless_context.push(i),
            None => {
                let hint =
                    crate::text::did_you_mean(c.get_ref(), contexts.iter().map(|x| x.id.as_str()));
                diags.push(
                    Diagnostic::error(
                        file,
                        c.span(),
                        format!(
                            "rule `{}` names context `{}`, which no [[context]] defines{hint}",
                            r.id.get_ref(),
                            c.get_ref()
                        ),
                    )
                    .with_label("no such context"),
                );
                ok = false;
            }
        }
    }
    if !ok {
        return None;
    }
    let category = category?;
    let spans = RuleSpans {
        terms: r.terms.iter().map(|t| t.span()).collect(),
        unless: r.unless.iter().map(|t| t.span()).collect(),
        regex: r.regex.as_ref().map(|t| t.span()),
        unless_context: r.unless_context.iter().map(|t| t.span()).collect(),
        examples: r.examples.iter().map(|t| t.span()).collect(),
        counterexamples: r.counterexamples.iter().map(|t| t.span()).collect(),
    };
    Some(Rule {
        id: r.id.get_ref().as_str().into(),
        category,
        terms,
        regex,
        weight: r.weight.unwrap_or(categories[category].weight),
        note: r.note,
        unless,
        voice,
        in_names: r.in_names.unwrap_or(true),
        unless_context,
        examples: r.examples.into_iter().map(|s| s.into_inner()).collect(),
        counterexamples: r
            .counterexamples
            .into_iter()
            .map(|s| s.into_inner())
            .collect(),
        inverting,
        origin: Origin {
            file: file.clone(),
            span: r.id.span(),
        },
        spans,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATS: &str = r#"
[[category]]
id = "loaded"
role = "loaded"
weight = 1.0
"#;

    fn load(files: &[(&str, &str)]) -> Result<RuleSet, RuleError> {
        let srcs: Vec<RuleSource> = files.iter().map(|(n, t)| RuleSource::new(*n, *t)).collect();
        RuleSet::load(&srcs)
    }

    #[test]
    fn default_rules_load() {
        let set = RuleSet::default_rules();
        assert!(set.rules.len() > 50);
        assert!(set.rule_by_id("loaded.vassal").is_some());
    }

    #[test]
    fn later_file_replaces_rule_with_same_id_and_can_disable() {
        let a = format!("{CATS}\n[[rule]]\nid = \"r1\"\ncategory = \"loaded\"\nterms = [\"puppet\"]\n[[rule]]\nid = \"r2\"\ncategory = \"loaded\"\nterms = [\"regime\"]\n");
        let b =
            "[[rule]]\nid = \"r1\"\ncategory = \"loaded\"\nterms = [\"stooge\"]\nweight = 3.0\n";
        let c = "disable = [\"r2\"]\n";
        let set = load(&[("a.toml", &a), ("b.toml", b), ("c.toml", c)]).unwrap();
        assert_eq!(set.rules.len(), 1);
        assert_eq!(set.rules[0].terms[0].text, "stooge");
        assert_eq!(set.rules[0].weight, 3.0);
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let text =
            format!("{CATS}\n[[rule]]\nid = \"r1\"\ncategory = \"lodead\"\nterms = [\"x\"]\n");
        let err = load(&[("bad.toml", &text)]).unwrap_err();
        assert_eq!(err.diagnostics.len(), 1);
        let d = &err.diagnostics[0];
        assert_eq!(d.location(), "bad.toml:9:12");
        assert!(d.message.contains("unknown category `lodead`"));
    }

    #[test]
    fn unknown_key_is_an_error_with_position() {
        let text =
            format!("{CATS}\n[[rule]]\nid = \"r1\"\ncategory = \"loaded\"\nterm = [\"x\"]\n");
        let err = load(&[("k.toml", &text)]).unwrap_err();
        let d = &err.diagnostics[0];
        assert!(d.message.contains("unknown field `term`"), "{}", d.message);
        assert_eq!(d.line_col().unwrap().0, 10);
    }

    #[test]
    fn invalid_regex_and_duplicate_id_are_both_reported() {
        let text = format!(
            "{CATS}\n[[rule]]\nid = \"r1\"\ncategory = \"loaded\"\nregex = \"(unclosed\"\n[[rule]]\nid = \"r1\"\ncategory = \"loaded\"\nterms = [\"a\"]\n"
        );
        let err = load(&[("d.toml", &text)]).unwrap_err();
        let msgs: Vec<&str> = err.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert!(msgs.iter().any(|m| m.contains("invalid regex")), "{msgs:?}");
        assert!(
            msgs.iter().any(|m| m.contains("duplicate rule id `r1`")),
            "{msgs:?}"
        );
    }

    #[test]
    fn oversized_regex_is_refused_naming_the_rule() {
        let text = format!("{CATS}\n[[rule]]\nid = \"huge\"\ncategory = \"loaded\"\nregex = '\\w{{1000}}\\w{{1000}}\\w{{1000}}'\n");
        let err = load(&[("h.toml", &text)]).unwrap_err();
        assert!(
            err.diagnostics[0].message.contains("`huge`"),
            "{}",
            err.diagnostics[0].message
        );
        assert!(err.diagnostics[0].message.contains("too large"));
    }

    #[test]
    fn digest_is_over_texts_in_order() {
        assert_eq!(
            digest_texts(["a", "bc"]),
            "sha256:9a8acca1b6c6c0befd3fbc756aed625da998c998f7252e738c4ef061906b9b21"
        );
        assert_ne!(digest_texts(["ab", "c"]), digest_texts(["a", "bc"]));
        let set = load(&[("x.toml", CATS)]).unwrap();
        assert_eq!(set.digest(), digest_texts([CATS]));
    }

    #[test]
    fn too_wide_regexes() {
        for wide in [".*said", "a?", "(?:x|)", "[^,]+ said", "[\\w\\s]*told"] {
            assert!(regex_too_wide(wide).is_some(), "{wide}");
        }
        for fine in [
            "according\\s+to",
            "\\w+ly",
            "[^,]{0,40} said",
            "(?-u:\\b)(?:is|was)\\s+(?:said|thought)\\s+to(?-u:\\b)",
        ] {
            assert_eq!(regex_too_wide(fine), None, "{fine}");
        }
    }

    #[test]
    fn unknown_disable_is_an_error_with_a_hint() {
        let a = format!(
            "{CATS}\n[[rule]]\nid = \"verb.claim\"\ncategory = \"loaded\"\nterms = [\"claim\"]\n"
        );
        let err = load(&[("a.toml", &a), ("b.toml", "disable = [\"verb.claimz\"]\n")]).unwrap_err();
        assert_eq!(err.diagnostics[0].location(), "b.toml:1:12");
        assert!(err.diagnostics[0]
            .message
            .ends_with("(did you mean `verb.claim`?)"));
    }

    #[test]
    fn term_parsing() {
        assert_eq!(
            Term::parse("hegemon*"),
            Some(Term {
                text: "hegemon".into(),
                prefix: true
            })
        );
        assert_eq!(Term::parse("he*gemon"), None);
        assert_eq!(Term::parse("  "), None);
        assert_eq!(Term::parse("*"), None);
        assert_eq!(Term::parse("ab\u{0}"), None);
        assert_eq!(Term::parse("vassal\tforces"), None);
    }
}
