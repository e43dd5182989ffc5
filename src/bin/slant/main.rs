//! The `slant` command line: parses arguments, calls the library, maps failures to exit codes
//! (0 all fine, 1 some inputs failed, 2 usage or rules error, 3 an output could not be written;
//! a closed pipe is success; 130/143 after SIGINT/SIGTERM, with no temporary file left).

/// slant allocates many small strings per article (terms, sources, rows); mimalloc serves them
/// faster than the system allocator on every platform slant is built for.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod outputs;
mod terminal;

use anyhow::Context;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use outputs::{handle_signals, refuse_output_over_input, with_output, Failure, EXIT_OUTPUT};
use slant::commands::compare::CompareFormat;
use slant::commands::explain::ExplainFormat;
use slant::commands::{self, score::ScoreOptions};
use slant::input::{InputFormat, JsonlFields, ReadOptions};
use slant::matching::Voice;
use slant::output::tuning::{ReportFormat, SuggestFormat};
use slant::output::{Format, View};
use slant::rules::{RuleError, RuleSet};
use slant::Engine;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use terminal::{exit_for, stdout_color, Terminal};

/// Most bootstrap resamples (`compare --bootstrap`): a million take minutes already.
const MAX_BOOTSTRAP: u64 = 1_000_000;
/// Most worker threads (`--threads`).
const MAX_THREADS: u64 = 1024;
/// Most entries listed (`--top`, `--limit`).
const MAX_LIST: u64 = 100_000;

/// A `usize` option that must lie in `min..=max`: out of range is a usage error naming the range.
fn ranged(min: u64, max: u64) -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(min..=max)
}

#[derive(Parser)]
#[command(
    name = "slant",
    version,
    about = "Score news articles for framing and source reliability with transparent, tunable rules"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// No progress display and no summary line.
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Score articles: per-paragraph (or per-article) framing and attribution metrics.
    #[command(after_help = "Examples:
  slant score article.txt                          one CSV row per paragraph
  slant score articles/ --by article --out a.csv   one row per article, written atomically
  slant score page.html --format table             a saved web page, as a table
  slant score corpus.jsonl --format jsonl          one JSON object per line in, per row out
  cat article.txt | slant score -                  from stdin")]
    Score(ScoreArgs),
    /// List each article's sources: kind, claims, quoted words and cues used.
    #[command(after_help = "Examples:
  slant sources article.txt --format table
  slant sources articles/ --format jsonl --out sources.jsonl")]
    Sources(RowArgs),
    /// List every claim: class, source, cue and the attribution step that decided it.
    #[command(after_help = "Examples:
  slant claims article.txt --format table
  slant claims corpus.jsonl --format jsonl > claims.jsonl")]
    Claims(RowArgs),
    /// Compare groups of articles (outlets, folders, any field) with bootstrap intervals.
    #[command(after_help = "Examples:
  slant compare corpus/                            groups by the outlet field, as a table
  slant compare corpus/ --group-by folder --html report.html
  slant compare corpus.jsonl --group-by date:month --format csv
  slant compare --from-summaries shard1.jsonl shard2.jsonl --format json")]
    Compare(CompareArgs),
    /// Show every match in context with its rule, voice and attribution, and how scores are made.
    #[command(after_help = "Examples:
  slant explain article.txt
  slant explain article.txt --category loaded --html article.html
  slant explain corpus.jsonl --id a17 --rule loaded.vassal")]
    Explain(ExplainArgs),
    /// Measure rules against gold annotations (precision, recall, F1).
    #[command(after_help = "Examples:
  slant eval --gold gold.jsonl
  slant eval --gold gold.jsonl --rules mine.toml --voice narration --format json")]
    Eval(EvalArgs),
    /// Work with rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Print a shell completion script.
    #[command(after_help = "Examples:
  slant completions bash > ~/.local/share/bash-completion/completions/slant
  slant completions zsh > ~/.zfunc/_slant
  slant completions fish > ~/.config/fish/completions/slant.fish")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on stdout.
    #[command(after_help = "Examples:
  slant man > slant.1 && man ./slant.1")]
    Man,
}

#[derive(Args)]
struct CompareArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    rules: RuleArgs,
    /// Metadata field to group by (header key or JSONL field), or `folder`; `date:year`,
    /// `date:month`, `date:week` (ISO) or `date:day` bin ISO dates (YYYY-MM-DD…).
    #[arg(long, default_value = "outlet")]
    group_by: String,
    /// Inputs are per-article summaries from `slant score --by article --format jsonl`.
    #[arg(long)]
    from_summaries: bool,
    /// Bootstrap resamples for the 95% intervals (0 to 1,000,000).
    #[arg(long, default_value_t = 1000, value_parser = ranged(0, MAX_BOOTSTRAP))]
    bootstrap: usize,
    /// Seed of the bootstrap (same seed, same intervals).
    #[arg(long, default_value_t = 20260101)]
    seed: u64,
    /// Top loaded terms listed per group (0 to 100,000).
    #[arg(long, default_value_t = 8, value_parser = ranged(0, MAX_LIST))]
    top: usize,
    /// Also compare the groups event by event: only articles with the same value of FIELD (an
    /// event or story id) are set against each other, so the topic is held fixed. With CSV
    /// output, the CSV is the paired rows (one per pair of groups and rate).
    #[arg(long, value_name = "FIELD")]
    pair_by: Option<String>,
    /// Fewest articles a group needs for intervals (with --pair-by, fewest shared events); below it every rate shows "too few" and
    /// is never listed as a difference.
    #[arg(long, default_value_t = slant::analysis::compare::DEFAULT_MIN_ARTICLES)]
    min_articles: usize,
    /// Fewest words in a rate's denominator (narration or quoted words) for an interval.
    #[arg(long, default_value_t = slant::analysis::compare::DEFAULT_MIN_WORDS)]
    min_words: usize,
    /// Fewest claims (or reporting cues) in a share's denominator for an interval.
    #[arg(long, default_value_t = slant::analysis::compare::DEFAULT_MIN_COUNTS)]
    min_claims: usize,
    /// Output format on stdout (CSV when --out is given).
    #[arg(long, value_enum)]
    format: Option<CompareFormat>,
    /// Write CSV to FILE (atomically).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Also write a self-contained HTML report to FILE.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Worker threads (0 = all cores; at most 1024).
    #[arg(long, default_value_t = 0, value_parser = ranged(0, MAX_THREADS))]
    threads: usize,
    /// Do not prefix CSV text cells that start with = + - @.
    #[arg(long)]
    no_csv_escape: bool,
}

#[derive(Args)]
struct ExplainArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    rules: RuleArgs,
    /// Only the article with this id (a path, or a JSONL `id`).
    #[arg(long)]
    id: Option<String>,
    /// Only matches of this rule (repeatable).
    #[arg(long = "rule", value_name = "ID")]
    rule: Vec<String>,
    /// Only matches of this category (repeatable).
    #[arg(long = "category", value_name = "CATEGORY")]
    category: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    format: ExplainFormat,
    /// Write a self-contained HTML view of the (first) article to FILE.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
}

#[derive(Args)]
struct EvalArgs {
    /// Gold JSONL file(s) (format: shared/gold/README.md).
    #[arg(long, value_name = "FILE", required = true)]
    gold: Vec<PathBuf>,
    #[command(flatten)]
    rules: RuleArgs,
    /// Map a gold label to categories: LABEL=CAT[,CAT...] (repeatable).
    #[arg(long, value_name = "LABEL=CATS")]
    map: Vec<String>,
    /// Count only matches in this voice.
    #[arg(long, value_enum)]
    voice: Option<Voice>,
    /// How many top false positives and negatives to list (0 to 100,000).
    #[arg(long, default_value_t = 15, value_parser = ranged(0, MAX_LIST))]
    top: usize,
    /// text or json.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

impl EvalArgs {
    fn options(&self, engine: &Engine) -> anyhow::Result<slant::analysis::eval::EvalOptions> {
        Ok(slant::analysis::eval::EvalOptions {
            labels: slant::analysis::eval::LabelMap::with_specs(engine, &self.map)
                .map_err(anyhow::Error::msg)?,
            voice: self.voice,
            top: self.top,
        })
    }
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Print the embedded default rules (start your own file from them).
    #[command(after_help = "Examples:
  slant rules print > mine.toml")]
    Print,
    /// Check rule files: errors with file, line and column; warnings that help tuning; examples.
    #[command(after_help = "Examples:
  slant rules check mine.toml
  slant rules check my-rules/ --deny-warnings      every .toml file of a folder")]
    Check {
        /// Rule files or folders of .toml rule files to check (layered over the defaults unless
        /// --no-default-rules).
        #[arg(value_name = "FILE|DIR")]
        files: Vec<PathBuf>,
        /// Check the files on their own, without the embedded defaults beneath them.
        #[arg(long)]
        no_default_rules: bool,
        /// Exit with 1 when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Run two rule sets over the same inputs and show what changed.
    #[command(after_help = "Examples:
  slant rules diff old.toml new.toml corpus/
  slant rules diff old-rules/ new-rules/ corpus/ --gold gold.jsonl")]
    Diff(DiffArgs),
    /// Mine candidate terms from gold spans that no rule covers, as a TOML snippet.
    #[command(after_help = "Examples:
  slant rules suggest --gold gold.jsonl >> mine.toml
  slant rules suggest --gold gold.jsonl --label loaded --min-count 2 --format json")]
    Suggest(SuggestArgs),
    /// Print slant's version and the digest of the rules (as outputs record them), with each
    /// file's own digest.
    #[command(after_help = "Examples:
  slant rules digest
  slant rules digest --rules mine.toml")]
    Digest {
        #[command(flatten)]
        rules: RuleArgs,
    },
}

#[derive(Args)]
struct DiffArgs {
    /// The old rules: a file or a folder of .toml files.
    old: PathBuf,
    /// The new rules: a file or a folder of .toml files.
    new: PathBuf,
    #[command(flatten)]
    input: InputArgs,
    /// Compare OLD and NEW on their own, not layered over the embedded defaults.
    #[arg(long)]
    no_default_rules: bool,
    /// Also report precision/recall before and after on these gold files.
    #[arg(long, value_name = "FILE")]
    gold: Vec<PathBuf>,
    /// How many gained/lost matches and score changes to list (text; JSON lists them all; 0 to
    /// 100,000).
    #[arg(long, default_value_t = 20, value_parser = ranged(0, MAX_LIST))]
    limit: usize,
    /// text or json.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
}

#[derive(Args)]
struct SuggestArgs {
    /// Gold JSONL file(s).
    #[arg(long, value_name = "FILE", required = true)]
    gold: Vec<PathBuf>,
    #[command(flatten)]
    rules: RuleArgs,
    /// Gold label to mine.
    #[arg(long, default_value = "loaded")]
    label: String,
    /// Category of the suggested rule.
    #[arg(long, default_value = "loaded")]
    category: String,
    /// Least number of annotations for a candidate.
    #[arg(long, default_value_t = 3)]
    min_count: usize,
    /// Least precision (annotated / all occurrences) for a candidate.
    #[arg(long, default_value_t = 0.5)]
    min_precision: f64,
    /// Most candidates listed (0 to 100,000).
    #[arg(long, default_value_t = 40, value_parser = ranged(0, MAX_LIST))]
    top: usize,
    /// Longest candidate in words (1 to 20).
    #[arg(long, default_value_t = 3, value_parser = ranged(1, 20))]
    max_words: usize,
    /// toml (a rule to paste) or json.
    #[arg(long, value_enum, default_value_t = SuggestFormat::Toml)]
    format: SuggestFormat,
}

#[derive(Args, Clone)]
struct RuleArgs {
    /// Rule file, or folder of .toml rule files, to layer on top (repeatable; later files
    /// replace rules with the same id).
    #[arg(long = "rules", value_name = "FILE|DIR")]
    rules: Vec<PathBuf>,
    /// Start from an empty rule set instead of the embedded defaults.
    #[arg(long)]
    no_default_rules: bool,
}

impl RuleArgs {
    fn load(&self) -> Result<RuleSet, RuleError> {
        loaded(commands::rules::load_rules(
            &self.rules,
            !self.no_default_rules,
        ))
    }
}

/// A loaded rule set, its warnings written to stderr (they do not stop the run).
fn loaded(set: Result<RuleSet, RuleError>) -> Result<RuleSet, RuleError> {
    if let Ok(set) = &set {
        for w in &set.warnings {
            eprintln!("{}\n", w.render());
        }
    }
    set
}

#[derive(Args, Clone)]
struct InputArgs {
    /// Article files, directories (walked recursively, sorted) or `-` for stdin.
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,
    /// How to read inputs: auto (JSONL for .jsonl/.ndjson, a saved web page for .html/.htm,
    /// JSONL on stdin when its first line is a JSON object with the text field), text, jsonl or
    /// html.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
    /// JSONL field holding the article text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSONL field holding the article id (default: the line number).
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Refuse invalid UTF-8 instead of replacing it.
    #[arg(long)]
    strict: bool,
    /// Largest article read, in bytes (a file, stdin or one JSONL line); a larger one fails
    /// with a message and the batch goes on. Default 64 MiB.
    #[arg(long, value_name = "BYTES", default_value_t = slant::input::DEFAULT_MAX_ARTICLE_BYTES,
          value_parser = clap::value_parser!(u64).range(1..=(1 << 40)))]
    max_article_bytes: u64,
}

impl InputArgs {
    /// How to read the inputs; `default_rules`: the (English) default rules are in use, so a
    /// text that is not English gets a warning.
    fn read_options(&self, default_rules: bool) -> ReadOptions {
        ReadOptions {
            warn_not_english: default_rules,
            format: self.input_format,
            fields: JsonlFields {
                text: self.text_field.clone(),
                id: self.id_field.clone(),
            },
            strict: self.strict,
            max_article_bytes: self.max_article_bytes,
        }
    }
}

#[derive(Args, Clone)]
struct ScoreArgs {
    #[command(flatten)]
    rows: RowArgs,
    /// One row per paragraph or per article (article rows in JSONL are mergeable summaries).
    #[arg(long, value_enum, default_value_t = ByArg::Paragraph)]
    by: ByArg,
}

/// What every row-writing command (`score`, `sources`, `claims`) takes.
#[derive(Args, Clone)]
struct RowArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    rules: RuleArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    format: Format,
    /// Write to FILE (atomically: a temporary file renamed when done) instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Worker threads (0 = all cores; at most 1024). Output is identical whatever the number.
    #[arg(long, default_value_t = 0, value_parser = ranged(0, MAX_THREADS))]
    threads: usize,
    /// Do not prefix CSV text cells that start with = + - @ (spreadsheet formula guard).
    #[arg(long)]
    no_csv_escape: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ByArg {
    Paragraph,
    Article,
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    handle_signals();
    match run(cli) {
        Ok(code) => code,
        Err(Failure::Rules(e)) => {
            terminal::eprintln_lossy(&e.to_string());
            ExitCode::from(2)
        }
        Err(Failure::Output(e)) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            terminal::eprintln_lossy(&format!("slant: error: {e:#}"));
            ExitCode::from(EXIT_OUTPUT)
        }
        Err(Failure::Usage(e)) => {
            terminal::eprintln_lossy(&format!("slant: error: {e:#}"));
            ExitCode::from(2)
        }
        Err(Failure::Other(e)) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            terminal::eprintln_lossy(&format!("slant: error: {e:#}"));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let quiet = cli.quiet;
    match cli.command {
        Command::Score(args) => score(args.rows, args.by.into(), quiet),
        Command::Sources(args) => score(args, View::Sources, quiet),
        Command::Claims(args) => score(args, View::Claims, quiet),
        Command::Compare(args) => compare(args, quiet),
        Command::Explain(args) => {
            let engine = Engine::new(args.rules.load()?);
            refuse_output_over_input(args.html.as_ref(), &args.input.inputs)?;
            let opts = commands::explain::ExplainOptions {
                inputs: args.input.inputs.clone(),
                read: args.input.read_options(!args.rules.no_default_rules),
                id: args.id.clone(),
                rules: args.rule.clone(),
                categories: args.category.clone(),
                format: args.format,
                color: stdout_color(),
                html: args.html.clone(),
            };
            opts.check_filters(&engine.rules)
                .map_err(anyhow::Error::msg)?;
            let mut term = Terminal::plain(quiet);
            let report = with_output(&None, |out| {
                commands::explain::run(&engine, &opts, out, &mut term)
            })?;
            Ok(exit_for(&report))
        }
        Command::Eval(args) => {
            let engine = Engine::new(args.rules.load()?);
            let opts = args.options(&engine)?;
            refuse_output_over_input(args.out.as_ref(), &args.gold)?;
            let mut term = Terminal::plain(quiet);
            let report = with_output(&args.out, |out| {
                commands::eval::run(&engine, &args.gold, &opts, args.format, out, &mut term)
            })?;
            Ok(exit_for(&report))
        }
        Command::Rules(RulesCommand::Check {
            files,
            no_default_rules,
            deny_warnings,
        }) => {
            let mut out = io::stdout().lock();
            let outcome = commands::rules::check(&files, !no_default_rules, &mut out)
                .context("writing report")?;
            Ok(ExitCode::from(outcome.exit_code(deny_warnings)))
        }
        Command::Rules(RulesCommand::Diff(args)) => {
            let old = Engine::new(loaded(commands::rules::load_side(
                &args.old,
                !args.no_default_rules,
            ))?);
            let new = Engine::new(loaded(commands::rules::load_side(
                &args.new,
                !args.no_default_rules,
            ))?);
            let opts = commands::rules::DiffOptions {
                inputs: args.input.inputs.clone(),
                read: args.input.read_options(!args.no_default_rules),
                gold: args.gold.clone(),
                limit: args.limit,
                threads: 0,
                format: args.format,
            };
            let mut term = Terminal::plain(quiet);
            let report = with_output(&None, |out| {
                commands::rules::run_diff(&old, &new, &opts, out, &mut term)
            })?;
            Ok(exit_for(&report))
        }
        Command::Rules(RulesCommand::Suggest(args)) => {
            let engine = Engine::new(args.rules.load()?);
            let opts = commands::rules::SuggestOptions {
                gold: args.gold.clone(),
                label: args.label.clone(),
                category: args.category.clone(),
                thresholds: slant::analysis::suggest::Thresholds {
                    min_count: args.min_count,
                    min_precision: args.min_precision,
                    top: args.top,
                    max_words: args.max_words,
                },
                format: args.format,
            };
            let mut term = Terminal::plain(quiet);
            let report = with_output(&None, |out| {
                commands::rules::run_suggest(&engine, &opts, out, &mut term)
            })?
            .map_err(anyhow::Error::msg)?;
            Ok(exit_for(&report))
        }
        Command::Completions { shell } => {
            let mut out = io::stdout().lock();
            clap_complete::generate(shell, &mut Cli::command(), "slant", &mut out);
            out.flush().context("writing completions")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let mut out = io::stdout().lock();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .context("writing the manual page")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules(RulesCommand::Digest { rules }) => {
            let set = rules.load()?;
            let mut out = io::stdout().lock();
            let mut text = format!(
                "slant {}\nrules {}\n",
                env!("CARGO_PKG_VERSION"),
                set.digest()
            );
            for f in &set.files {
                text.push_str(&format!(
                    "  {}  {}\n",
                    slant::rules::digest_texts([f.text.as_str()]),
                    f.name
                ));
            }
            out.write_all(text.as_bytes()).context("writing digest")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules(RulesCommand::Print) => {
            let mut out = io::stdout().lock();
            out.write_all(slant::rules::default_sources().as_bytes())
                .context("writing rules")?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

impl From<ByArg> for View {
    fn from(by: ByArg) -> View {
        match by {
            ByArg::Paragraph => View::Paragraphs,
            ByArg::Article => View::Articles,
        }
    }
}

fn score(args: RowArgs, view: View, quiet: bool) -> Result<ExitCode, Failure> {
    let engine = Engine::new(args.rules.load()?);
    let opts = ScoreOptions {
        inputs: args.input.inputs.clone(),
        read: args.input.read_options(!args.rules.no_default_rules),
        format: args.format,
        view,
        threads: args.threads,
        csv_safe: !args.no_csv_escape,
    };
    refuse_output_over_input(args.out.as_ref(), &args.input.inputs)?;
    let mut term = Terminal::new(quiet, &args.input.inputs);
    // The rules' digest is read only in the summary line, which --quiet leaves out.
    term.provenance = (!quiet).then(|| engine.provenance().to_string());
    let report = with_output(&args.out, |out| {
        commands::score::run(&engine, &opts, out, &mut term)
    })?;
    term.summary(&report);
    Ok(exit_for(&report))
}

fn compare(args: CompareArgs, quiet: bool) -> Result<ExitCode, Failure> {
    slant::analysis::compare::GroupBy::parse(&args.group_by).map_err(anyhow::Error::msg)?;
    let engine = Engine::new(args.rules.load()?);
    refuse_output_over_input(args.out.as_ref(), &args.input.inputs)?;
    refuse_output_over_input(args.html.as_ref(), &args.input.inputs)?;
    let cmd = commands::compare::CompareCommand {
        inputs: args.input.inputs.clone(),
        read: args.input.read_options(!args.rules.no_default_rules),
        from_summaries: args.from_summaries,
        threads: args.threads,
        compare: slant::analysis::compare::CompareOptions {
            group_by: args.group_by.clone(),
            bootstrap: args.bootstrap,
            seed: args.seed,
            top_terms: args.top,
            loaded_categories: engine.rules.loaded_categories(),
            minimums: slant::analysis::compare::Minimums {
                articles: args.min_articles,
                words: args.min_words,
                counts: args.min_claims,
            },
            pair_by: args.pair_by.clone(),
        },
    };
    let mut term = Terminal::new(quiet, &args.input.inputs);
    term.provenance = Some(engine.provenance().to_string());
    let (report, run) =
        commands::compare::build(&engine, &cmd, &mut term).context("reading inputs")?;
    report.check_group_field().map_err(anyhow::Error::msg)?;
    if let Some(path) = &args.html {
        let page = slant::output::compare_html::render(&report);
        with_output(&Some(path.clone()), |out| out.write_all(page.as_bytes()))?;
    }
    let csv_safe = !args.no_csv_escape;
    if args.out.is_some() {
        with_output(&args.out, |out| {
            commands::compare::write_csv(&report, out, csv_safe)
        })?;
    }
    // With --out the CSV goes to the file and stdout shows only what --format asks for.
    let format = args
        .format
        .or(args.out.is_none().then_some(CompareFormat::Table));
    if let Some(format) = format {
        let color = stdout_color();
        with_output(&None, |out| {
            commands::compare::write(&report, format, out, csv_safe, color)
        })?;
    }
    term.summary(&run);
    Ok(exit_for(&run))
}
