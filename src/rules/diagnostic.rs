//! Diagnostics for rule files: a message tied to a file, a byte span, its line and column,
//! rendered with the offending snippet and a caret.

use crate::text::floor_char_boundary;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One rule file's text and name, shared by all diagnostics that point into it.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub name: String,
    pub text: String,
}

/// A problem found in a rule file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// The file the problem is in (None for problems that concern no single file).
    pub file: Option<Arc<SourceText>>,
    /// Byte span inside `file`.
    pub span: Range<usize>,
    /// A short label under the caret.
    pub label: String,
}

impl Diagnostic {
    pub fn error(file: &Arc<SourceText>, span: Range<usize>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file, span, message)
    }

    pub fn warning(file: &Arc<SourceText>, span: Range<usize>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file, span, message)
    }

    fn new(
        severity: Severity,
        file: &Arc<SourceText>,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let len = file.text.len();
        let start = floor_char_boundary(&file.text, span.start.min(len));
        let end = floor_char_boundary(&file.text, span.end.clamp(start, len));
        Diagnostic {
            severity,
            message: message.into(),
            file: Some(file.clone()),
            span: start..end,
            label: String::new(),
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// 1-based line and column (in characters) of the span's start.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let file = self.file.as_ref()?;
        Some(line_col(&file.text, self.span.start))
    }

    /// `file:line:col`, or the file name alone.
    pub fn location(&self) -> String {
        match (&self.file, self.line_col()) {
            (Some(f), Some((l, c))) => format!("{}:{}:{}", f.name, l, c),
            _ => String::from("<rules>"),
        }
    }

    /// The full, multi-line rendering: headline, location, snippet and caret.
    pub fn render(&self) -> String {
        use annotate_snippets::{Level, Renderer, Snippet};
        let level = match self.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        };
        let Some(file) = &self.file else {
            let line = format!("{}: {}", level_name(self.severity), self.message);
            return crate::text::printable(&line).into_owned();
        };
        let (line, _) = line_col(&file.text, self.span.start);
        // annotate-snippets appends `:line:col` to the origin itself.
        let origin = file.name.as_str();
        // Show only the lines around the span so huge files stay cheap to render.
        let line_start = file.text[..self.span.start]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let line_end = file.text[self.span.end..]
            .find('\n')
            .map_or(file.text.len(), |i| self.span.end + i);
        let excerpt = &file.text[line_start..line_end];
        let mut rel = (self.span.start - line_start)..(self.span.end - line_start);
        if rel.is_empty() {
            // Point at one character so the caret is visible.
            let next = excerpt[rel.start..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
            rel.end = rel.start + next;
        }
        let message = level.title(&self.message).snippet(
            Snippet::source(excerpt)
                .line_start(line)
                .origin(origin)
                .annotation(level.span(rel).label(&self.label)),
        );
        let rendered = Renderer::plain().render(message).to_string();
        // A rule file may hold control characters (in a comment, a string): shown escaped.
        crate::text::printable(&rendered).into_owned()
    }
}

fn level_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

/// The errors that stop a rule set from loading (every one found, not only the first).
#[derive(Debug, Clone)]
pub struct RuleError {
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", d.render())?;
        }
        Ok(())
    }
}

impl std::error::Error for RuleError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nb = “x” + y\n";
        let off = text.find('y').unwrap();
        assert_eq!(line_col(text, off), (2, 11));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn render_names_file_line_column_and_snippet() {
        let file = Arc::new(SourceText {
            name: "my.toml".into(),
            text: "[[rule]]\nid = \"x\"\ncategory = \"nope\"\n".into(),
        });
        let start = file.text.find("\"nope\"").unwrap();
        let d = Diagnostic::error(&file, start..start + 6, "unknown category `nope`")
            .with_label("not defined");
        let out = d.render();
        assert!(out.contains("my.toml:3:12"), "{out}");
        assert!(out.contains("category = \"nope\""), "{out}");
        assert!(out.contains("^^^^^^"), "{out}");
        assert!(out.starts_with("error: unknown category"), "{out}");
    }
}
