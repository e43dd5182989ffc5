//! Prints the sentences of one half of a PolNeAR-format gold file whose claim class slant gets
//! wrong, for reading errors on that half while the other stays held out.
//!
//! usage: cargo run --release --example class_misses [GOLD.jsonl] [a|b] [--all]
//! (default ../shared/gold/polnear-dev.jsonl, half a; --all prints the hits too, as HIT)

use slant::analysis::eval::{classes, gold};
use slant::rules::RuleSet;
use slant::Engine;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let all = args.iter().any(|a| a == "--all");
    let mut rest = args.iter().filter(|a| *a != "--all");
    let path = rest
        .next()
        .cloned()
        .unwrap_or_else(|| "../shared/gold/polnear-dev.jsonl".into());
    let half = rest.next().cloned().unwrap_or_else(|| "a".into());
    anyhow::ensure!(half == "a" || half == "b", "half is a or b, not {half}");
    let file = std::io::BufReader::new(std::fs::File::open(&path)?);
    let docs: Vec<_> = gold::read(path.clone(), file).collect::<Result<_, _>>()?;
    let engine = Engine::new(RuleSet::default_rules());
    for line in classes::class_misses(&engine, docs, &half, all) {
        println!("{line}");
    }
    Ok(())
}
