//! The TOML shape of a rule file, exactly as users write it (with spans for diagnostics).

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// One rule file as written.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Optional description of the pack.
    #[serde(default)]
    pub pack: Option<PackInfo>,
    /// Rule ids switched off by this file (they may come from an earlier file).
    #[serde(default)]
    pub disable: Vec<Spanned<String>>,
    /// Categories: what a rule's matches mean and how much they weigh.
    #[serde(default)]
    pub category: Vec<CategoryDef>,
    /// Rules: terms or a regex assigned to a category.
    #[serde(default)]
    pub rule: Vec<RuleDef>,
    /// Registry of known sources (news agencies, state media, governments, ...).
    #[serde(default)]
    pub source: Vec<SourceDef>,
    /// Reliability weight per source kind: the user's stated assumption.
    #[serde(default, deserialize_with = "finite_map")]
    pub reliability: BTreeMap<String, f64>,
    /// Word lists of the attribution model (see `rules/lexicon.toml`); later files add to them.
    #[serde(default)]
    pub lexicon: Option<super::lexicon::LexiconDef>,
    /// Sentences with the attribution they must get, checked by `slant rules check`.
    #[serde(default)]
    pub attribution_example: Vec<AttributionExampleDef>,
    /// Named word contexts a rule's match may be set aside in (`unless_context`).
    #[serde(default)]
    pub context: Vec<ContextDef>,
}

/// A named context: phrases that, found within `window` words before or after a match in the
/// same sentence, set the match of a rule that lists it in `unless_context` aside.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextDef {
    pub id: Spanned<String>,
    /// Phrases looked for among the `window` words before the match.
    #[serde(default)]
    pub before: Vec<Spanned<String>>,
    /// Phrases looked for among the `window` words after the match.
    #[serde(default)]
    pub after: Vec<Spanned<String>>,
    /// How many words each way (1 to 12; default 4).
    #[serde(default)]
    pub window: Option<Spanned<i64>>,
    #[serde(default)]
    pub note: String,
}

/// A sentence and the attribution slant must find in it: its class and, for named and anonymous
/// claims, the source's name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionExampleDef {
    pub text: Spanned<String>,
    /// named, anonymous, agentless or unattributed.
    pub class: Spanned<String>,
    /// The source's name as slant reports it (omitted: no source).
    #[serde(default)]
    pub source: Option<Spanned<String>>,
    /// The attribution step that must decide it ("pronoun", "registry", …; omitted: any).
    #[serde(default)]
    pub step: Option<Spanned<String>>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackInfo {
    pub name: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryDef {
    pub id: Spanned<String>,
    pub role: Spanned<String>,
    #[serde(default, deserialize_with = "finite")]
    pub weight: Option<f64>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: Spanned<String>,
    pub category: Spanned<String>,
    #[serde(default)]
    pub terms: Vec<Spanned<String>>,
    #[serde(default)]
    pub regex: Option<Spanned<String>>,
    #[serde(default, deserialize_with = "finite")]
    pub weight: Option<f64>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub unless: Vec<Spanned<String>>,
    /// Where the rule counts: "any" (default), "narration" or "quoted".
    #[serde(default)]
    pub voice: Option<Spanned<String>>,
    /// Whether a match that is part of a proper name ("Nazi Germany", "The Dictator Pope")
    /// counts; default true.
    #[serde(default)]
    pub in_names: Option<bool>,
    /// Ids of `[[context]]` tables: a match with one of them around it does not count.
    #[serde(default)]
    pub unless_context: Vec<Spanned<String>>,
    /// Terms of a cue rule a speaker may follow ("…,” said one former aide.").
    #[serde(default)]
    pub inverting: Vec<Spanned<String>>,
    #[serde(default)]
    pub examples: Vec<Spanned<String>>,
    #[serde(default)]
    pub counterexamples: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    pub name: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: Spanned<String>,
    #[serde(default, deserialize_with = "finite")]
    pub reliability: Option<f64>,
    #[serde(default)]
    pub note: String,
}

/// A number that must be finite: `nan` and `inf` are refused where they are written (the error
/// carries the value's span, so it is reported with file:line:col).
fn finite<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let x = f64::deserialize(d)?;
    check_finite(x).map(Some)
}

fn finite_map<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<String, f64>, D::Error> {
    let map = BTreeMap::<String, Finite>::deserialize(d)?;
    Ok(map.into_iter().map(|(k, v)| (k, v.0)).collect())
}

/// One finite number (a value of the `[reliability]` table).
struct Finite(f64);

impl<'de> Deserialize<'de> for Finite {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        check_finite(f64::deserialize(d)?).map(Finite)
    }
}

fn check_finite<E: serde::de::Error>(x: f64) -> Result<f64, E> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(E::custom(format!(
            "{x} is not a usable number: weights and reliabilities must be finite"
        )))
    }
}
