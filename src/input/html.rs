//! Saved web pages (`.html`, `.htm`): the article is found with `dom_smoothie` (a port of
//! Mozilla's Readability, the reader view of Firefox), then its block elements become paragraphs.
//!
//! The document slant scores is the extracted text: the title, a blank line, then each body
//! paragraph separated by one blank line. Offsets in outputs (`claims`, `explain`) are into that
//! text, not into the HTML. The title, byline, publication date, canonical URL and site name
//! (as the outlet) go to the metadata.

use super::{Document, Meta};
use dom_query::Document as Dom;

/// An article found in a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub site_name: Option<String>,
    /// Body paragraphs, whitespace collapsed, in page order.
    pub paragraphs: Vec<String>,
}

/// Why a page gave no article.
pub const NOT_AN_ARTICLE: &str =
    "page does not look like an article (no body of paragraphs found); nothing scored";

/// Block elements whose text is a paragraph (the innermost one wins).
const BLOCKS: &str = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

/// Finds the article in a page: Err(reason) when there is none.
pub fn extract(html: &str) -> Result<HtmlArticle, String> {
    let mut reader = dom_smoothie::Readability::new(html, None, None)
        .map_err(|e| format!("cannot read the page: {e}"))?;
    if !reader.is_probably_readable() {
        return Err(NOT_AN_ARTICLE.into());
    }
    let article = reader.parse().map_err(|_| NOT_AN_ARTICLE.to_string())?;
    let mut paragraphs = paragraphs(&article.content);
    let page = Dom::from(html);
    let meta = |sel: &str| {
        page.select(sel)
            .attr("content")
            .map(|v| collapse(&v))
            .filter(|v| !v.is_empty())
    };
    // The byline, most trusted first: a short first paragraph starting with "By " that
    // Readability left in the body ("By Tom Okafor, Local Affairs Reporter" in a `div
    // class="meta"`), the page's author meta tag, then Readability's pick unless it comes from
    // a comments section (a commenter's name is no byline).
    let mut byline = None;
    if let Some(first) = paragraphs.first() {
        if strip_by(first).len() < first.len() && first.split_whitespace().count() <= 12 {
            byline = Some(paragraphs.remove(0));
        }
    }
    if paragraphs.is_empty() {
        return Err(NOT_AN_ARTICLE.into());
    }
    let in_comments = |name: &str| {
        page.select("[class*=comment], [id*=comment]")
            .iter()
            .any(|c| c.text().contains(name))
    };
    let byline = byline
        .or_else(|| meta("meta[name=author]"))
        .or_else(|| article.byline.clone().filter(|b| !in_comments(b)));
    let url = page
        .select("link[rel=canonical]")
        .attr("href")
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .or_else(|| meta("meta[property='og:url']"))
        .or(article.url.clone());
    let clean = |v: Option<String>| v.map(|s| collapse(&s)).filter(|s| !s.is_empty());
    Ok(HtmlArticle {
        title: clean(Some(article.title)),
        byline: clean(byline).map(|b| strip_by(&b).to_string()),
        date: clean(article.published_time),
        url,
        site_name: clean(article.site_name),
        paragraphs,
    })
}

/// The text of each innermost block element of the extracted content.
fn paragraphs(content: &str) -> Vec<String> {
    let dom = Dom::from(content);
    let mut out = Vec::new();
    for block in dom.select(BLOCKS).iter() {
        if block.select(BLOCKS).exists() {
            continue;
        }
        let text = collapse(&block.text());
        if !text.is_empty() {
            out.push(text);
        }
    }
    out
}

/// Whitespace runs (line breaks included) to one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "By Jane Roe" → "Jane Roe".
fn strip_by(b: &str) -> &str {
    let t = b.trim();
    match t.get(..3) {
        Some(p) if p.eq_ignore_ascii_case("by ") => t[3..].trim_start(),
        _ => t,
    }
}

/// A document from a page: the extracted text with its metadata, or an empty document with a
/// warning when the page holds no article (so the run says so and goes on).
pub fn document(id: String, html: &str, folder: Option<String>) -> Document {
    let mut doc = Document::new(id, String::new());
    doc.meta = Meta {
        folder,
        ..Meta::default()
    };
    match extract(html) {
        Ok(a) => {
            let mut text = String::new();
            if let Some(t) = &a.title {
                text.push_str(t);
            }
            for p in &a.paragraphs {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(p);
            }
            text.push('\n');
            doc.text = text;
            doc.meta.title = a.title;
            doc.meta.byline = a.byline;
            doc.meta.date = a.date;
            doc.meta.url = a.url;
            doc.meta.outlet = a.site_name;
        }
        Err(why) => doc.warnings.push(why),
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/fixtures/html/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn wire_story_title_byline_date_url_and_paragraphs() {
        let a = extract(&fixture("wire-story.html")).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Port strike ends after 11 days as dockers accept pay deal")
        );
        assert_eq!(a.byline.as_deref(), Some("Jane Roe"));
        assert_eq!(a.date.as_deref(), Some("2024-03-07T09:30:00Z"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://wire.example.org/2024/03/07/port-strike-ends")
        );
        assert_eq!(a.site_name.as_deref(), Some("Northwind Wire"));
        assert_eq!(
            a.paragraphs,
            [
                "ROTTERDAM, March 7 (Northwind Wire) - Dock workers at the port of Rotterdam voted on Thursday to accept a two-year pay deal, ending an 11-day strike that had left hundreds of containers stranded on the quays.",
                "The union said 78 percent of members who took part in the ballot backed the offer, which raises wages by 6 percent this year and a further 4 percent in 2025.",
                "\"This is a fair result for people who work nights and weekends in all weathers,\" union negotiator Pieter de Vries told reporters outside the port authority building.",
                "The port operator said work would resume with the evening shift and that it expected the backlog to be cleared within a week.",
                "Shipping companies had diverted at least 40 vessels to Antwerp and Hamburg during the stoppage, according to figures from a freight data firm.",
                "The economy ministry, which had urged both sides to return to talks, welcomed the agreement in a brief statement.",
            ]
        );
    }

    #[test]
    fn comments_and_related_links_are_left_out() {
        let a = extract(&fixture("comments-and-related.html")).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("City council delays vote on riverside housing plan")
        );
        assert_eq!(a.date.as_deref(), Some("2024-05-21"));
        assert_eq!(
            a.byline.as_deref(),
            Some("Tom Okafor, Local Affairs Reporter")
        );
        assert_eq!(a.site_name.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(
            a.paragraphs,
            [
                "The city council on Tuesday postponed a vote on the riverside housing plan after residents filled the chamber to object to the height of the proposed towers.",
                "Council leader Maria Lindqvist said the vote would now take place in June, once planners had answered questions about flooding and traffic.",
                "\"We want to get this right rather than get it done quickly,\" Lindqvist said.",
                "The plan would add about 1,200 homes on former warehouse land, a third of them at below-market rents, according to the council's planning report.",
                "Opponents say the towers would block light to the old town and that the roads cannot take the extra traffic.",
            ]
        );
    }

    #[test]
    fn a_login_page_is_not_an_article() {
        assert_eq!(
            extract(&fixture("login-page.html")),
            Err(NOT_AN_ARTICLE.into())
        );
        let doc = document("login.html".into(), &fixture("login-page.html"), None);
        assert_eq!(doc.text, "");
        assert_eq!(doc.warnings, [NOT_AN_ARTICLE]);
    }

    #[test]
    fn document_text_is_title_then_paragraphs() {
        let doc = document("w.html".into(), &fixture("wire-story.html"), None);
        assert!(doc.text.starts_with(
            "Port strike ends after 11 days as dockers accept pay deal\n\nROTTERDAM, March 7"
        ));
        assert!(doc.text.ends_with("in a brief statement.\n"));
        assert_eq!(doc.text.matches("\n\n").count(), 6);
        assert_eq!(doc.meta.outlet.as_deref(), Some("Northwind Wire"));
    }
}
