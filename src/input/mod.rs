//! Input readers: turn paths, directories, stdin and JSONL streams into a lazy, ordered stream of
//! [`Document`]s. Each unreadable input becomes an [`InputError`] in the stream, so a batch goes on.

mod decode;
pub mod html;

pub use decode::{decode, decode_owned, Decoded};

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Metadata of an article: from a header block, a JSONL record or the file's location.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    /// Folder the file was found in (for `--group-by folder`).
    pub folder: Option<String>,
    /// Every other string field (header keys, JSONL fields), for `--group-by FIELD`.
    pub extra: BTreeMap<String, String>,
}

impl Meta {
    /// A named field: the well-known ones, then `extra`.
    pub fn field(&self, name: &str) -> Option<&str> {
        match name {
            "title" => self.title.as_deref(),
            "outlet" => self.outlet.as_deref(),
            "date" => self.date.as_deref(),
            "url" => self.url.as_deref(),
            "byline" => self.byline.as_deref(),
            "folder" => self.folder.as_deref(),
            other => self.extra.get(other).map(String::as_str),
        }
    }

    /// Sets a field by name; well-known names go to their slot.
    pub fn set(&mut self, name: &str, value: String) {
        let slot = match name {
            "title" => &mut self.title,
            "outlet" => &mut self.outlet,
            "date" => &mut self.date,
            "url" => &mut self.url,
            "byline" | "author" => &mut self.byline,
            "folder" => &mut self.folder,
            other => {
                self.extra.insert(other.to_string(), value);
                return;
            }
        };
        *slot = Some(value);
    }
}

/// One article as read, before segmentation.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// File path, JSONL `id`, or `path:line`.
    pub id: String,
    /// The text to segment (may start with a `key: value` header closed by `---`).
    pub text: String,
    /// Metadata known before segmentation (JSONL fields, folder).
    pub meta: Meta,
    /// Problems that did not stop the document from being read (e.g. invalid UTF-8 replaced).
    pub warnings: Vec<String>,
    /// Checks of the text still to run ([`Document::run_checks`]). The reader only notes them,
    /// so that they run on the worker thread that scores the document, not on the one that reads.
    pub checks: Option<TextChecks>,
    /// How offsets into `text` map back to the input's own text (a JSONL record's text field).
    pub origin: Origin,
}

/// How offsets into the text slant segments map back to the input's own text: a JSONL record's
/// text field has no title before it (slant adds the `title` field as the first paragraph when
/// the text does not open with it) and may have CRLF line ends (slant reads them as LF).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// Bytes put before the input's text: the title and the blank line after it.
    pub prefix: usize,
    /// Where each line feed that was a CRLF stands, in the text after `prefix`, in order.
    pub crlf: Vec<usize>,
}

impl Origin {
    /// The input's offset of the byte at `pos` of the text as read; None inside the prefix.
    pub fn offset(&self, pos: usize) -> Option<usize> {
        let p = pos.checked_sub(self.prefix)?;
        Some(p + self.crlf.partition_point(|&c| c <= p))
    }

    /// The input's range of a non-empty range of the text as read; None when it starts inside
    /// the prefix (a headline taken from the title field).
    pub fn range(&self, r: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
        let start = self.offset(r.start)?;
        let end = self.offset(r.end.checked_sub(1)?)? + 1;
        Some(start..end.max(start))
    }
}

/// The text with CRLF and CR line ends made LF, and where each LF that was a CRLF stands.
fn to_line_feeds(text: String) -> (String, Vec<usize>) {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return (text, Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut crlf = Vec::new();
    let mut rest = text.as_str();
    while let Some(i) = memchr::memchr(b'\r', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        if rest[i + 1..].starts_with('\n') {
            crlf.push(out.len());
            rest = &rest[i + 2..];
        } else {
            rest = &rest[i + 1..];
        }
        out.push('\n');
    }
    out.push_str(rest);
    (out, crlf)
}

/// The checks [`Document::run_checks`] makes of a text that reads but may not read as meant.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextChecks {
    /// Warn when the text does not look English.
    pub not_english: bool,
}

impl Document {
    /// Runs the pending checks of the text (a header too long to be one, one paragraph per line,
    /// not English), adding their warnings; does nothing when none are pending.
    pub fn run_checks(&mut self) {
        let Some(checks) = self.checks.take() else {
            return;
        };
        if let Some(lines) = crate::article::header::too_long(&self.text) {
            self.warnings
                .push(crate::article::header::too_long_warning(lines));
        }
        look_twice(self, checks);
    }

    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }
}

/// Why one input could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The path, `path:line` for JSONL, or `<stdin>`.
    pub location: String,
    pub message: String,
    /// Skipped on purpose (a binary file met while walking a directory): a warning, not a failure.
    pub skipped: bool,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for InputError {}

/// How to read an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum InputFormat {
    /// JSONL for `.jsonl`/`.ndjson` files, a saved web page for `.html`/`.htm`, plain text
    /// otherwise; stdin is JSONL when its first line is a JSON object with the text field.
    #[default]
    Auto,
    Text,
    Jsonl,
    /// A saved web page: the article is extracted (title, byline, date, paragraphs).
    Html,
}

/// Field names used in JSONL records.
#[derive(Debug, Clone)]
pub struct JsonlFields {
    pub text: String,
    pub id: String,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            text: "text".into(),
            id: "id".into(),
        }
    }
}

/// Options shared by all readers.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub format: InputFormat,
    pub fields: JsonlFields,
    /// Refuse invalid UTF-8 instead of replacing it.
    pub strict: bool,
    /// Largest article (a file, stdin, or one JSONL line) read, in bytes; a larger one is a
    /// failed input and the batch goes on.
    pub max_article_bytes: u64,
    /// Warn about a text that does not look English (few common English words): set when the
    /// (English) default rules are in use.
    pub warn_not_english: bool,
}

/// The default of [`ReadOptions::max_article_bytes`]: 64 MiB.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 64 << 20;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: InputFormat::default(),
            fields: JsonlFields::default(),
            strict: false,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            warn_not_english: false,
        }
    }
}

/// How much of a file is read first to tell whether it is binary.
const FIRST_BLOCK: usize = 8 << 10;

/// Why an article's bytes were not read whole.
enum ReadFail {
    Io(io::Error),
    TooLarge(u64),
    Binary(usize),
}

impl ReadFail {
    fn into_error(self, location: &str, named: bool, max: u64) -> InputError {
        match self {
            ReadFail::Io(e) => err(location, io_message(&e)),
            ReadFail::TooLarge(size) => err(location, too_large(size, max)),
            ReadFail::Binary(pos) => {
                let message = format!("binary file (NUL byte at offset {pos}), not a text article");
                if named {
                    err(location, message)
                } else {
                    skipped(location, format!("{message}; skipped"))
                }
            }
        }
    }
}

fn too_large(size: u64, max: u64) -> String {
    format!("article of {size} bytes or more is larger than --max-article-bytes ({max}); not read")
}

/// Reads an article's bytes: the first block, checked for binary data (a NUL byte, unless a
/// UTF-16/32 byte order mark starts it) before the rest is read, so a huge binary or sparse file
/// costs one block; then the rest, at most `max` bytes in all.
fn read_article(reader: &mut dyn Read, size_hint: u64, max: u64) -> Result<Vec<u8>, ReadFail> {
    let first = (FIRST_BLOCK as u64).min(max + 1);
    let mut bytes = Vec::new();
    reader
        .take(first)
        .read_to_end(&mut bytes)
        .map_err(ReadFail::Io)?;
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 {
        if let Some(pos) = memchr::memchr(0, &bytes) {
            return Err(ReadFail::Binary(pos));
        }
    }
    if size_hint > max {
        return Err(ReadFail::TooLarge(size_hint));
    }
    if bytes.len() as u64 == first {
        bytes.reserve(size_hint.saturating_sub(first) as usize);
        reader
            .take(max + 1 - first)
            .read_to_end(&mut bytes)
            .map_err(ReadFail::Io)?;
    }
    if bytes.len() as u64 > max {
        return Err(ReadFail::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The share of common English words under which a text gets the "not English" warning.
pub const ENGLISH_SHARE_MIN: f64 = 0.15;

/// File extensions picked up when walking a directory.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text"];
pub const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];
pub const HTML_EXTENSIONS: &[&str] = &["html", "htm"];

/// A lazy stream of documents from a list of inputs (`-` is stdin).
pub struct Inputs {
    opts: ReadOptions,
    /// Pending input paths, in order (directories are expanded when reached).
    queue: std::collections::VecDeque<Pending>,
    current: Option<JsonlReader>,
}

enum Pending {
    Path { path: PathBuf, named: bool },
    Error(InputError),
}

impl Inputs {
    pub fn new(paths: &[PathBuf], opts: ReadOptions) -> Self {
        let queue = paths
            .iter()
            .map(|p| Pending::Path {
                path: p.clone(),
                named: true,
            })
            .collect();
        Inputs {
            opts,
            queue,
            current: None,
        }
    }

    fn is_jsonl(&self, path: &Path) -> bool {
        match self.opts.format {
            InputFormat::Jsonl => true,
            InputFormat::Text | InputFormat::Html => false,
            InputFormat::Auto => has_extension(path, JSONL_EXTENSIONS),
        }
    }

    fn is_html(&self, path: &Path) -> bool {
        match self.opts.format {
            InputFormat::Html => true,
            InputFormat::Text | InputFormat::Jsonl => false,
            InputFormat::Auto => has_extension(path, HTML_EXTENSIONS),
        }
    }

    fn open(&mut self, path: PathBuf, named: bool) -> Option<Result<Document, InputError>> {
        let display = display_path(&path);
        if path.as_os_str() == "-" {
            let stdin = io::stdin();
            if self.opts.format == InputFormat::Jsonl {
                self.current = Some(JsonlReader::new(
                    "<stdin>".into(),
                    Box::new(BufReader::new(stdin)),
                    None,
                ));
                return None;
            }
            let max = self.opts.max_article_bytes;
            let bytes = match read_article(&mut stdin.lock(), 0, max) {
                Ok(b) => b,
                Err(e) => return Some(Err(e.into_error("<stdin>", true, max))),
            };
            // `cat corpus.jsonl | slant score -`: a stream of records, not one huge article.
            if self.opts.format == InputFormat::Auto && looks_like_jsonl(&bytes, &self.opts) {
                let mut reader =
                    JsonlReader::new("<stdin>".into(), Box::new(io::Cursor::new(bytes)), None);
                reader.note = Some(format!(
                    "<stdin> read as JSONL, one article per line (its first line is a JSON object with a `{}` field); --input-format text reads it as one article",
                    self.opts.fields.text
                ));
                self.current = Some(reader);
                return None;
            }
            let html = self.opts.format == InputFormat::Html;
            return Some(text_document(
                "<stdin>".into(),
                bytes,
                None,
                self.opts.strict,
                true,
                html,
            ));
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Err(err(&display, io_message(&e)))),
        };
        if meta.is_dir() {
            match walk_dir(&path) {
                Ok(entries) => {
                    for p in entries.into_iter().rev() {
                        self.queue.push_front(p);
                    }
                }
                Err(e) => return Some(Err(e)),
            }
            return None;
        }
        let folder = path.parent().map(display_path).filter(|f| !f.is_empty());
        if self.is_jsonl(&path) {
            match File::open(&path) {
                Ok(f) => {
                    self.current = Some(JsonlReader::new(
                        display,
                        Box::new(BufReader::new(f)),
                        folder,
                    ));
                    None
                }
                Err(e) => Some(Err(err(&display, io_message(&e)))),
            }
        } else {
            let max = self.opts.max_article_bytes;
            let html = self.is_html(&path);
            let read = File::open(&path)
                .map_err(ReadFail::Io)
                .and_then(|mut f| read_article(&mut f, meta.len(), max));
            match read {
                Ok(bytes) => Some(text_document(
                    display,
                    bytes,
                    folder,
                    self.opts.strict,
                    named,
                    html,
                )),
                Err(e) => Some(Err(e.into_error(&display, named, max))),
            }
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut item = self.next_raw()?;
        if let Ok(doc) = &mut item {
            doc.checks = Some(TextChecks {
                not_english: self.opts.warn_not_english,
            });
        }
        Some(item)
    }
}

/// Warnings about a text that reads but may not read as meant: one paragraph per line, or not
/// English while the rules are.
fn look_twice(doc: &mut Document, checks: TextChecks) {
    if crate::text::lines_are_paragraphs(&doc.text) {
        doc.warnings.push(
            "no blank lines between paragraphs but one sentence-ending line after another: each line is read as a paragraph".into(),
        );
    }
    if checks.not_english {
        if let Some(share) = crate::text::english_word_share(&doc.text) {
            if share < ENGLISH_SHARE_MIN {
                doc.warnings.push(format!(
                    "does not look English ({:.0}% common English words; English news has about 40%): the default rules are English, so scores will mean little",
                    share * 100.0
                ));
            }
        }
    }
}

/// Whether bytes read from stdin are JSONL: the first non-blank line is a JSON object with the
/// text field.
fn looks_like_jsonl(bytes: &[u8], opts: &ReadOptions) -> bool {
    let Some(line) = bytes
        .split(|&b| b == b'\n')
        .find(|l| !l.iter().all(u8::is_ascii_whitespace))
    else {
        return false;
    };
    let line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
    matches!(
        serde_json::from_slice::<Value>(line),
        Ok(Value::Object(map)) if map.contains_key(&opts.fields.text)
    )
}

impl Inputs {
    fn next_raw(&mut self) -> Option<Result<Document, InputError>> {
        loop {
            if let Some(reader) = &mut self.current {
                match reader.next_document(&self.opts) {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            match self.queue.pop_front()? {
                Pending::Error(e) => return Some(Err(e)),
                Pending::Path { path, named } => {
                    if let Some(item) = self.open(path, named) {
                        return Some(item);
                    }
                }
            }
        }
    }
}

fn err(location: &str, message: impl Into<String>) -> InputError {
    InputError {
        location: location.to_string(),
        message: message.into(),
        skipped: false,
    }
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// A path as shown to users and used as article id (forward slashes kept as given).
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Reads a string exactly as a `.txt` file holding it would be read (byte-order mark dropped,
/// CRLF and CR line endings made LF, NUL bytes refused); its `key: value` header, if any, stays in
/// the text for segmentation, as it does for a file. For callers that hold text in memory (the
/// Python package); `id` becomes the article id, as a path does for a file.
pub fn read_text(id: impl Into<String>, text: String) -> Result<Document, InputError> {
    text_document(id.into(), text.into_bytes(), None, false, true, false)
}

/// Reads a plain-text article (or, with `html`, a saved web page). `named` inputs were given on
/// the command line; in a directory walk a binary file is reported the same way but the message
/// says it was skipped.
fn text_document(
    id: String,
    bytes: Vec<u8>,
    folder: Option<String>,
    strict: bool,
    named: bool,
    html: bool,
) -> Result<Document, InputError> {
    let decoded = decode_owned(bytes, strict).map_err(|e| {
        let skip = !named && e.binary;
        let mut error = err(
            &id,
            if skip {
                format!("{}; skipped", e.message)
            } else {
                e.message
            },
        );
        error.skipped = skip;
        error
    })?;
    if html {
        let mut doc = html::document(id, &decoded.text, folder);
        doc.warnings.splice(0..0, decoded.warnings);
        return Ok(doc);
    }
    let mut doc = Document::new(id, decoded.text);
    doc.meta.folder = folder;
    doc.warnings = decoded.warnings;
    Ok(doc)
}

/// The total size in bytes of the files these inputs will read (directories walked as the
/// reader walks them), for a progress display; None when an input is standard input or cannot
/// be measured.
pub fn total_bytes(paths: &[PathBuf]) -> Option<u64> {
    let mut total = 0u64;
    for path in paths {
        if path.as_os_str() == "-" {
            return None;
        }
        let meta = std::fs::metadata(path).ok()?;
        if meta.is_dir() {
            for p in walk_dir(path).ok()? {
                if let Pending::Path { path, .. } = p {
                    total += std::fs::metadata(&path).map_or(0, |m| m.len());
                }
            }
        } else {
            total += meta.len();
        }
    }
    Some(total)
}

/// Lists a directory's article files recursively, sorted by file name at each level, directories
/// entered where they sort. Hidden entries (`.name`) are left out. Symbolic links are followed;
/// a link back into its own ancestry (a loop, detected by `walkdir`) or to a directory already
/// walked is reported as skipped, not walked again. Only regular files are taken: a FIFO, device
/// or socket with an article extension is reported as skipped (reading a FIFO could block
/// forever).
fn walk_dir(root: &Path) -> Result<Vec<Pending>, InputError> {
    let mut out = Vec::new();
    let mut visited = std::collections::HashSet::new();
    let mut walk = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.path()));
    while let Some(entry) = walk.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root);
                if e.depth() > 0 && is_hidden(path) {
                    continue;
                }
                let location = display_path(path);
                if e.loop_ancestor().is_some() {
                    out.push(Pending::Error(skipped(
                        &location,
                        "directory already visited (symbolic link loop); skipped",
                    )));
                    continue;
                }
                let message = match e.io_error() {
                    Some(io) => io_message(io),
                    None => e.to_string(),
                };
                // The root itself could not be read: the input fails as a whole.
                if e.depth() == 0 && out.is_empty() {
                    return Err(err(&location, message));
                }
                out.push(Pending::Error(err(&location, message)));
                continue;
            }
        };
        let path = entry.path();
        let kind = entry.file_type();
        if kind.is_dir() {
            // Two links to one directory (not a loop): walk it once. Known by its identity
            // (device and inode), not by `canonicalize`, which resolves every level of the path
            // and made a deep walk cost depth³.
            let identity =
                dir_identity(&entry).map_err(|e| err(&display_path(path), io_message(&e)));
            match identity {
                Ok(c) => {
                    if !visited.insert(c) {
                        out.push(Pending::Error(skipped(
                            &display_path(path),
                            "directory already visited (symbolic link loop); skipped",
                        )));
                        walk.skip_current_dir();
                    }
                }
                Err(e) if entry.depth() == 0 => return Err(e),
                Err(e) => {
                    out.push(Pending::Error(e));
                    walk.skip_current_dir();
                }
            }
            continue;
        }
        if !(has_extension(path, TEXT_EXTENSIONS)
            || has_extension(path, JSONL_EXTENSIONS)
            || has_extension(path, HTML_EXTENSIONS))
        {
            continue;
        }
        if kind.is_file() {
            out.push(Pending::Path {
                path: entry.into_path(),
                named: false,
            });
        } else {
            out.push(Pending::Error(skipped(
                &display_path(path),
                format!("not a regular file ({}); skipped", special_kind(&kind)),
            )));
        }
    }
    Ok(out)
}

/// What identifies a directory however it is reached: (device, inode) on Unix, the canonical
/// path elsewhere.
#[cfg(unix)]
fn dir_identity(entry: &walkdir::DirEntry) -> io::Result<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    let m = entry.metadata().map_err(io::Error::from)?;
    Ok((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn dir_identity(entry: &walkdir::DirEntry) -> io::Result<PathBuf> {
    std::fs::canonicalize(entry.path())
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// An error that is a warning: the input was skipped on purpose.
fn skipped(location: &str, message: impl Into<String>) -> InputError {
    let mut e = err(location, message);
    e.skipped = true;
    e
}

/// What a file that is neither a regular file nor a directory is.
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
    }
    let _ = kind;
    "not a file"
}

/// Reads one JSON object per line, streaming.
struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    folder: Option<String>,
    buf: Vec<u8>,
    /// Said once, on the first document read (how the stream was taken).
    note: Option<String>,
}

impl JsonlReader {
    fn new(name: String, reader: Box<dyn BufRead + Send>, folder: Option<String>) -> Self {
        JsonlReader {
            name,
            reader,
            line: 0,
            folder,
            buf: Vec::new(),
            note: None,
        }
    }

    fn next_document(&mut self, opts: &ReadOptions) -> Option<Result<Document, InputError>> {
        loop {
            self.buf.clear();
            let max = opts.max_article_bytes;
            match (&mut self.reader)
                .take(max + 1)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(0) => return None,
                Ok(n) if n as u64 > max && self.buf.last() != Some(&b'\n') => {
                    // A line longer than the limit: skip the rest of it, fail this record only.
                    self.line += 1;
                    let location = format!("{}:{}", self.name, self.line);
                    let mut size = n as u64;
                    if let Err(e) = skip_line(&mut self.reader, &mut size) {
                        return Some(Err(err(&location, io_message(&e))));
                    }
                    return Some(Err(err(&location, too_large(size, max))));
                }
                Ok(_) => {}
                Err(e) => {
                    return Some(Err(err(
                        &format!("{}:{}", self.name, self.line + 1),
                        io_message(&e),
                    )))
                }
            }
            self.line += 1;
            let location = format!("{}:{}", self.name, self.line);
            let line = match decode(&self.buf, opts.strict) {
                Ok(d) => d,
                Err(e) => return Some(Err(err(&location, e.message))),
            };
            if line.text.trim().is_empty() {
                continue;
            }
            let mut result = parse_record(&line.text, &location, opts);
            if let Ok(doc) = &mut result {
                doc.warnings.extend(self.note.take());
                doc.meta.folder = self.folder.clone();
                doc.warnings.extend(
                    line.warnings
                        .into_iter()
                        .map(|w| format!("line {}: {w}", self.line)),
                );
            }
            return Some(result);
        }
    }
}

/// Why a JSONL line is not a record: not JSON, or not an object.
fn record_error(line: &str, location: &str) -> InputError {
    match serde_json::from_str::<Value>(line) {
        Err(e) => err(location, format!("invalid JSON: {e}")),
        Ok(_) => err(location, "expected a JSON object"),
    }
}

/// The fields of a JSONL record in the order written, each value kept when it is a string,
/// number or boolean (the values slant reads) and skipped, not built, when it is an array or an
/// object: a record is read without building a JSON tree.
struct RecordFields(Vec<(String, Value)>);

impl<'de> serde::Deserialize<'de> for RecordFields {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = RecordFields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(k) = m.next_key::<String>()? {
                    out.push((k, m.next_value::<ScalarValue>()?.0));
                }
                Ok(RecordFields(out))
            }
        }
        d.deserialize_map(Fields)
    }
}

/// A JSON value as [`RecordFields`] keeps it: scalars as they are, arrays and objects as null.
struct ScalarValue(Value);

impl<'de> serde::Deserialize<'de> for ScalarValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Scalar;
        impl<'de> serde::de::Visitor<'de> for Scalar {
            type Value = ScalarValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_str<E>(self, v: &str) -> Result<ScalarValue, E> {
                Ok(ScalarValue(Value::String(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<ScalarValue, E> {
                Ok(ScalarValue(Value::String(v)))
            }
            fn visit_bool<E>(self, v: bool) -> Result<ScalarValue, E> {
                Ok(ScalarValue(Value::Bool(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<ScalarValue, E> {
                Ok(ScalarValue(Value::Number(v.into())))
            }
            fn visit_i64<E>(self, v: i64) -> Result<ScalarValue, E> {
                Ok(ScalarValue(Value::Number(v.into())))
            }
            fn visit_f64<E>(self, v: f64) -> Result<ScalarValue, E> {
                Ok(ScalarValue(
                    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
                ))
            }
            fn visit_unit<E>(self) -> Result<ScalarValue, E> {
                Ok(ScalarValue(Value::Null))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<ScalarValue, A::Error> {
                while a.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(ScalarValue(Value::Null))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<ScalarValue, A::Error> {
                while m
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(ScalarValue(Value::Null))
            }
        }
        d.deserialize_any(Scalar)
    }
}

/// Reads and drops the rest of a line (after a newline or at the end), adding its length.
fn skip_line(reader: &mut dyn BufRead, size: &mut u64) -> io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match memchr::memchr(b'\n', buf) {
            Some(i) => {
                *size += i as u64;
                reader.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                *size += n as u64;
                reader.consume(n);
            }
        }
    }
}

/// One JSONL record to a document. The headline is the `title` field when the text does not
/// already start with it.
fn parse_record(line: &str, location: &str, opts: &ReadOptions) -> Result<Document, InputError> {
    let Ok(RecordFields(mut fields)) = serde_json::from_str::<RecordFields>(line) else {
        return Err(record_error(line, location));
    };
    // As a JSON object map holds them: sorted by key, the last of repeated keys kept.
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    let mut map: Vec<(String, Value)> = Vec::with_capacity(fields.len());
    for (k, v) in fields {
        match map.last_mut() {
            Some(last) if last.0 == k => last.1 = v,
            _ => map.push((k, v)),
        }
    }
    let mut take = |key: &str| {
        map.iter()
            .position(|(k, _)| k == key)
            .map(|i| map.remove(i).1)
    };
    let text = match take(&opts.fields.text) {
        Some(Value::String(s)) => s,
        Some(_) => {
            return Err(err(
                location,
                format!("field `{}` is not a string", opts.fields.text),
            ))
        }
        None => return Err(err(location, format!("no `{}` field", opts.fields.text))),
    };
    let id = match take(&opts.fields.id) {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => location.to_string(),
    };
    let mut meta = Meta::default();
    for (k, v) in map {
        let s = match v {
            Value::String(s) => s,
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => continue,
        };
        if !s.is_empty() {
            meta.set(&k, s);
        }
    }
    let (mut text, crlf) = to_line_feeds(text);
    let mut origin = Origin { prefix: 0, crlf };
    if let Some(title) = &meta.title {
        let t = title.trim();
        if text.trim_start().starts_with(t) {
            // The title is the first paragraph already; it will be detected as the headline.
            meta.extra.insert("title_in_text".into(), "true".into());
        } else if !t.is_empty() {
            let mut with_title = String::with_capacity(t.len() + 2 + text.len());
            with_title.push_str(t);
            with_title.push_str("\n\n");
            origin.prefix = with_title.len();
            with_title.push_str(&text);
            text = with_title;
        }
    }
    Ok(Document {
        id,
        text,
        meta,
        warnings: Vec::new(),
        checks: None,
        origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_record_fields_and_title() {
        let opts = ReadOptions::default();
        let doc = parse_record(
            r#"{"id":"a1","text":"Body here.","title":"Head","outlet":"X","n":3}"#,
            "f:1",
            &opts,
        )
        .unwrap();
        assert_eq!(doc.id, "a1");
        assert_eq!(doc.text, "Head\n\nBody here.");
        assert_eq!(doc.meta.outlet.as_deref(), Some("X"));
        assert_eq!(doc.meta.field("n"), Some("3"));
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let opts = ReadOptions::default();
        let e = parse_record("{not json", "c.jsonl:7", &opts).unwrap_err();
        assert_eq!(e.location, "c.jsonl:7");
        assert!(e.message.starts_with("invalid JSON"));
        let e = parse_record(r#"{"id":"x"}"#, "c.jsonl:8", &opts).unwrap_err();
        assert_eq!(e.message, "no `text` field");
        let e = parse_record(r#"["text"]"#, "c.jsonl:9", &opts).unwrap_err();
        assert_eq!(e.message, "expected a JSON object");
        let e = parse_record(r#"{"text":["a"]}"#, "c.jsonl:10", &opts).unwrap_err();
        assert_eq!(e.message, "field `text` is not a string");
    }

    /// Offsets into the text slant reads map back into the record's text field: past the title
    /// slant puts before it (None inside the title) and across CRLF line ends.
    #[test]
    fn offsets_map_back_into_the_text_field() {
        let opts = ReadOptions::default();
        let field = "One.\r\n\r\nTwo said.\rThree.";
        let line = format!(
            r#"{{"id":"a","title":"Head","text":{}}}"#,
            serde_json::to_string(field).unwrap()
        );
        let doc = parse_record(&line, "f:1", &opts).unwrap();
        assert_eq!(doc.text, "Head\n\nOne.\n\nTwo said.\nThree.");
        let at = |needle: &str| {
            let i = doc.text.find(needle).unwrap();
            doc.origin.range(&(i..i + needle.len()))
        };
        assert_eq!(at("Head"), None);
        for needle in ["One.", "Two said.", "Three.", "One.\n\nTwo"] {
            let r = at(needle).unwrap();
            assert_eq!(field[r].replace("\r\n", "\n").replace('\r', "\n"), needle);
        }
        // No title and no CR: the identity.
        let doc = parse_record(r#"{"text":"Plain text."}"#, "f:2", &opts).unwrap();
        assert_eq!(doc.origin.range(&(0..5)), Some(0..5));
    }

    /// A record reads as its JSON object: a repeated key keeps its last value, arrays and
    /// objects are skipped, numbers and booleans become text, an id that is neither a string nor
    /// a number falls back to the location.
    #[test]
    fn jsonl_record_reads_like_its_object() {
        let opts = ReadOptions::default();
        let doc = parse_record(
            r#"{"outlet":"A","text":"Body.","tags":["x",{"y":1}],"extra":{"k":[1,2]},"outlet":"B","n":-2.5,"ok":true,"id":[1],"z":null}"#,
            "f:3",
            &opts,
        )
        .unwrap();
        assert_eq!(doc.id, "f:3");
        assert_eq!(doc.text, "Body.");
        assert_eq!(doc.meta.outlet.as_deref(), Some("B"));
        assert_eq!(doc.meta.field("n"), Some("-2.5"));
        assert_eq!(doc.meta.field("ok"), Some("true"));
        assert_eq!(doc.meta.field("tags"), None);
        assert_eq!(doc.meta.field("extra"), None);
        assert_eq!(doc.meta.field("z"), None);
        let doc = parse_record(r#"{"id":12345678901234567890,"text":"T"}"#, "f:4", &opts).unwrap();
        assert_eq!(doc.id, "12345678901234567890");
    }

    /// A string is read as a file with its bytes would be: BOM dropped, CRLF made LF.
    #[test]
    fn read_text_is_read_as_a_file() {
        let doc = read_text("s", "\u{FEFF}title: T\r\n---\r\nBody.\r\n".into()).unwrap();
        assert_eq!(doc.id, "s");
        assert_eq!(doc.text, "title: T\n---\nBody.\n");
        assert!(read_text("s", "a\0b".into()).is_err());
    }

    #[test]
    fn stdin_sniffs_jsonl_by_its_first_line() {
        let opts = ReadOptions::default();
        assert!(looks_like_jsonl(
            b"\n  \n{\"text\": \"a\"}\nnot json\n",
            &opts
        ));
        assert!(!looks_like_jsonl(b"{\"body\": \"a\"}\n", &opts));
        assert!(!looks_like_jsonl(b"Headline\n\n{\"text\": \"a\"}\n", &opts));
        assert!(!looks_like_jsonl(b"[1, 2]\n", &opts));
    }

    #[test]
    fn id_defaults_to_location() {
        let opts = ReadOptions::default();
        let doc = parse_record(r#"{"text":"t"}"#, "c.jsonl:2", &opts).unwrap();
        assert_eq!(doc.id, "c.jsonl:2");
    }
}
