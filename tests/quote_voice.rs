//! Voice across paragraphs on real text: every corpus paragraph where a quotation opened in the
//! paragraph before goes on without a reopening mark, or closes with a straight `,"`, or holds a
//! straight quote inside a straight quote. For each, words that must stand in a quotation and
//! words that must stand in the outlet's own voice, read off the article by hand.

mod common;

use slant::article::Article;
use slant::input::Document;
use slant::Engine;

/// (corpus file, paragraph number, phrases that must be quoted, phrases that must be narration)
const CASES: &[(&str, usize, &[&str], &[&str])] = &[
    // A paragraph with no quotation mark inside a quote the next one closes.
    (
        "president-of-ukraine/2022-06-11-the-world-must-return-russia-to-its-borders-volodymyr-zelens.txt",
        6,
        &["We do not strive for that", "sovereignty and territorial integrity of any state"],
        &[],
    ),
    (
        "president-of-ukraine/2022-06-11-the-world-must-return-russia-to-its-borders-volodymyr-zelens.txt",
        7,
        &["But the war is on our land", "from our land,\""],
        &["the President said", "According to the President", "preventive sanctions"],
    ),
    (
        "president-of-ukraine/2022-02-22-ukraine-qualifies-russia-s-latest-actions-as-a-violation-of.txt",
        7,
        &["As soon as we see a change", "no reason for chaotic action", "keep it that way,\""],
        &["Volodymyr Zelenskyy said", "The Head of State thanked", "keeps a cool head"],
    ),
    (
        "president-of-ukraine/2021-12-16-president-ukraine-s-membership-in-nato-is-a-matter-for-the-u.txt",
        3,
        &["First of all, I would like", "internationally recognized borders,\"", "\"migrant crisis\""],
        &["Volodymyr Zelenskyy said", "The President stated", "an energy crisis are being"],
    ),
    (
        "president-of-ukraine/2021-12-16-president-ukraine-s-membership-in-nato-is-a-matter-for-the-u.txt",
        5,
        &["Support for this course keeps growing", "\"I believe that Russia has pushed", "Russia is \"paving\" Ukraine"],
        &["the Head of State stressed", "Answering journalists' questions", "the President said"],
    ),
    (
        "president-of-ukraine/2021-12-16-president-ukraine-s-membership-in-nato-is-a-matter-for-the-u.txt",
        6,
        &["any \"red lines\" drawn by other parties,\""],
        &["The President expressed gratitude", "Volodymyr Zelenskyy said"],
    ),
    (
        "president-of-ukraine/2021-12-08-volodymyr-zelenskyy-on-the-conversation-between-the-presiden.txt",
        4,
        &["We expect the other side", "the humanitarian component,\""],
        &["the President said", "The Head of State noted"],
    ),
    (
        "president-of-ukraine/2022-02-13-president-of-ukraine-had-a-phone-conversation-with-the-presi.txt",
        3,
        &["The capital of Ukraine, Kyiv", "under reliable protection,\"", "\"We feel it."],
        &["the Head of State emphasized", "The President of Ukraine noted", "said Volodymyr Zelenskyy"],
    ),
    (
        "president-of-ukraine/2022-02-13-president-of-ukraine-had-a-phone-conversation-with-the-presi.txt",
        6,
        &["only a powerful Ukrainian army", "\"I am convinced that your arrival"],
        &["the President stressed", "The leaders discussed sanctions", "thanked Joseph Biden"],
    ),
    (
        "president-of-ukraine/2022-02-22-volodymyr-zelenskyy-by-recognizing-independence-of-certain-d.txt",
        7,
        &["We condemn all military and hybrid actions"],
        &["he added", "Alar Karis expressed his condolences", "Western leaders must protect"],
    ),
    (
        "president-of-ukraine/2022-02-24-ukraine-severed-diplomatic-relations-with-russia-which-treac.txt",
        3,
        &["Ukraine is defending itself", "Russia treacherously and self-destructively attacked", "Second World War,\""],
        &["Volodymyr Zelenskyy stressed"],
    ),
    (
        "president-of-ukraine/2022-03-03-volodymyr-zelenskyy-if-the-world-does-not-help-ukraine-stop.txt",
        4,
        &["The world must show its strength"],
        &["Volodymyr Zelenskyy said", "the serious sanctions that have now finally"],
    ),
    (
        "president-of-ukraine/2022-03-03-volodymyr-zelenskyy-if-the-world-does-not-help-ukraine-stop.txt",
        7,
        &["we found planes from the Soviet era", "exclusively on Ukrainian land,\"", "\"the whole world was late with Ukraine\""],
        &["Volodymyr Zelenskyy said", "The President stated that"],
    ),
    (
        "president-of-ukraine/2022-06-15-volodymyr-zelenskyy-had-a-phone-conversation-with-joseph-bid.txt",
        3,
        &["It brings us closer to a common victory"],
        &["Volodymyr Zelenskyy said, thanking Joseph Biden", "the priority needs of the Armed Forces"],
    ),
    (
        "president-of-ukraine/2022-06-15-volodymyr-zelenskyy-had-a-phone-conversation-with-joseph-bid.txt",
        5,
        &["This will be our common victory,\""],
        &["the President of Ukraine stressed"],
    ),
    (
        "wikinews/fifa-world-cup-2018-day-five-sweden-belgium-england-win-three-points.txt",
        11,
        &["It was a very emotional day", "they were able to focus better.\""],
        &[],
    ),
    (
        "wikinews/fifa-world-cup-2018-day-five-sweden-belgium-england-win-three-points.txt",
        16,
        &["We could've scored two or three goals", "\"We were playing against a highly-skilled"],
        &["After the match, Tunisia's coach Nabil Maaloul said"],
    ),
    (
        "wikinews/fifa-world-cup-2018-day-five-sweden-belgium-england-win-three-points.txt",
        17,
        &["If we were to get a draw", "higher levels of concentration in the coming games.\""],
        &[],
    ),
    (
        "kremlin/2022-02-21-address-by-the-president-of-the-russian-federation.txt",
        65,
        // The address is a speech (its first paragraph opens with Putin's label): after the
        // quote he carried over, the rest of the paragraph is his words too.
        &["Nothing at all.\"", "Furthermore, we are aware of the US leadership", "they want us to take their word for it"],
        &[],
    ),
];

/// Whether every byte of `phrase` (found in paragraph `n`) stands inside a quotation (`true`) or
/// outside every quotation (`false`).
fn voice_of(a: &Article, n: usize, phrase: &str) -> Option<bool> {
    let p = a.paragraphs.iter().find(|p| p.number == n)?;
    let at = p.span.start + a.text[p.span.clone()].find(phrase)?;
    let quoted: Vec<bool> = (at..at + phrase.len()).map(|i| p.is_quoted(i)).collect();
    if quoted.iter().all(|&q| q) {
        Some(true)
    } else if quoted.iter().all(|&q| !q) {
        Some(false)
    } else {
        None
    }
}

#[test]
fn quotes_carried_across_paragraphs_keep_each_word_in_its_voice() {
    let Some(root) = common::shared_or_skip("../shared/corpus", "the corpus articles") else {
        return;
    };
    let engine = Engine::new(slant::rules::RuleSet::default_rules());
    let mut failures = Vec::new();
    for (file, n, quoted, narration) in CASES {
        let path = root.join(file);
        let text = std::fs::read_to_string(&path).expect("corpus file");
        let a = engine.segment(Document::new(file.to_string(), text));
        for (phrases, want) in [(quoted, true), (narration, false)] {
            for phrase in phrases.iter() {
                let got = voice_of(&a, *n, phrase);
                if got != Some(want) {
                    failures.push(format!(
                        "{file} ¶{n}: {phrase:?} should be {} (got {got:?})",
                        if want { "quoted" } else { "narration" }
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
