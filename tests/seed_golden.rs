//! The founding article, checked paragraph by paragraph against expectations written by reading
//! it (not by pasting slant's output): the headline's "slams" is the outlet's own loaded verb,
//! "vassal forces" and "hegemonic" near the end stand inside Kim's quotation, the paragraph about
//! Stoltenberg's trip holds two bare assertions, the Yonhap paragraph is attributed to a news
//! agency, and "You may also like" is not scored.

use slant::input::Document;
use slant::metrics::ParagraphMetrics;
use slant::rules::RuleSet;
use slant::Engine;

fn seed_rows() -> Vec<ParagraphMetrics> {
    let text = std::fs::read_to_string("fixtures/anadolu-nato-asia.txt").unwrap();
    let engine = Engine::new(RuleSet::default_rules());
    engine.score(Document::new("seed", text)).paragraphs
}

fn row(rows: &[ParagraphMetrics], n: usize) -> &ParagraphMetrics {
    rows.iter()
        .find(|r| r.paragraph == n)
        .unwrap_or_else(|| panic!("no row for paragraph {n}"))
}

#[test]
fn rows_are_headline_byline_then_body_without_boilerplate() {
    let rows = seed_rows();
    // 19 paragraphs in the file; the last, "You may also like", is page furniture.
    assert_eq!(rows.len(), 18);
    assert_eq!(rows[0].kind, "headline");
    assert_eq!(rows[1].kind, "byline");
    assert!(rows[2..].iter().all(|r| r.kind == "body"));
    assert_eq!(rows.last().unwrap().paragraph, 18);
}

#[test]
fn headline_slams_is_the_outlets_loaded_verb() {
    let rows = seed_rows();
    let h = row(&rows, 1);
    assert_eq!(h.matches.verbs_loaded, 1);
    assert!(
        terms_of(h).contains("slams[verb.slam|n]"),
        "{}",
        terms_of(h)
    );
    // ‘Asian version of NATO’ is a quotation: four quoted words.
    assert_eq!(h.quoted_words, 4);
    assert_eq!(h.matches.loaded_narration, 0);
    assert!(h.framing_score > 0.0);
}

#[test]
fn lead_blasted_is_loaded_narration_verb() {
    let rows = seed_rows();
    let p = row(&rows, 3);
    assert_eq!(p.matches.verbs_loaded, 1);
    assert!(
        terms_of(p).contains("blasted[verb.slam|n]"),
        "{}",
        terms_of(p)
    );
    assert_eq!(p.claims.attributed_named, 1);
}

#[test]
fn state_media_rhetoric_is_quoted_voice() {
    let rows = seed_rows();
    let p = row(&rows, 16);
    for t in [
        "vassal forces[loaded.vassal|q]",
        "hegemonic[loaded.hegemony|q]",
        "collusion[loaded.collusion|q]",
        "cook up[loaded.cook_up|q]",
    ] {
        assert!(terms_of(p).contains(t), "missing {t} in {}", terms_of(p));
    }
    assert_eq!(p.matches.loaded_quoted, 4);
    assert_eq!(p.matches.loaded_narration, 0);
    // "forces" is not counted again on its own.
    assert_eq!(terms_of(p).matches("forces[").count(), 1, "{}", terms_of(p));
    // Loaded words inside quotes do not make the outlet look loaded.
    assert_eq!(p.framing_score, 0.0);
    // "proxy war" (paragraph 4) and "sinister" (15) are quoted too.
    assert!(terms_of(row(&rows, 4)).contains("theatre of proxy war[loaded.proxy_war|q]"));
    assert!(terms_of(row(&rows, 15)).contains("sinister[loaded.sinister|q]"));
}

#[test]
fn the_article_claimed_is_a_loaded_cue_in_narration() {
    let rows = seed_rows();
    let p = row(&rows, 13);
    assert!(
        terms_of(p).contains("claimed[verb.claim|n]"),
        "{}",
        terms_of(p)
    );
    // "so-called" sits inside the quotation: the speaker's scare quote, not the outlet's.
    assert!(
        terms_of(p).contains("so-called[scare.so_called|q]"),
        "{}",
        terms_of(p)
    );
    assert_eq!(p.matches.scare_quotes, 0);
}

#[test]
fn stoltenberg_trip_paragraph_has_two_bare_assertions() {
    let rows = seed_rows();
    let p = row(&rows, 7);
    assert_eq!(p.claims.claims, 2);
    assert_eq!(p.claims.unattributed, 2);
}

#[test]
fn austin_is_expected_is_agentless() {
    let rows = seed_rows();
    let p = row(&rows, 8);
    assert_eq!((p.claims.claims, p.claims.agentless), (1, 1));
}

#[test]
fn yonhap_paragraph_is_attributed_to_a_news_agency() {
    let rows = seed_rows();
    let p = row(&rows, 14);
    assert_eq!(p.claims.attributed_named, 1);
    assert!(
        sources_of(p).contains("Yonhap News Agency (news-agency)"),
        "{}",
        sources_of(p)
    );
    assert_eq!(p.claims.direct_quotes, 1);
}

#[test]
fn quotes_are_attributed_to_their_speakers() {
    let rows = seed_rows();
    assert!(sources_of(row(&rows, 4)).contains("Kim Tong Myong"));
    assert_eq!(row(&rows, 4).claims.direct_quotes, 1);
    assert!(sources_of(row(&rows, 10)).contains("Stoltenberg"));
    // "Kim added." after a quotation, and "he added" later, both lead back to Kim.
    assert!(sources_of(row(&rows, 12)).contains("Kim Tong Myong"));
    assert!(sources_of(row(&rows, 17)).contains("Kim Tong Myong"));
    // The question "Is the trip ...?" with "Kim asked." is one claim, not two.
    assert_eq!(row(&rows, 6).claims.claims, 1);
}

#[test]
fn the_nato_chief_is_stoltenberg_not_the_last_person_named() {
    // "While the NATO chief in Seoul lauded South Korea’s nonlethal aid …": the role noun points
    // back to Jens Stoltenberg, named beside "the NATO chief’s trip" in the lead, not to Kim,
    // the nearest person named before it.
    let rows = seed_rows();
    let p = row(&rows, 9);
    assert_eq!(sources_of(p), "Jens Stoltenberg (unregistered)");
    assert_eq!(p.claims.attributed_named, 1);
}

/// The `terms` cell of a paragraph row, as the CSV shows it.
fn terms_of(p: &slant::metrics::ParagraphMetrics) -> String {
    p.terms.to_string()
}

/// The `sources` cell of a paragraph row, as the CSV shows it.
fn sources_of(p: &slant::metrics::ParagraphMetrics) -> String {
    p.sources.to_string()
}
