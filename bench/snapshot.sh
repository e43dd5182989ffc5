#!/usr/bin/env bash
# Writes every machine-readable output of slant on fixtures/, ../shared/corpus and every gold file
# into DIR, so two builds can be compared byte for byte (`diff -r`) after a refactor.
#
# usage: bench/snapshot.sh DIR [SLANT_BINARY]
# HTML pages are written too; compare them with bench/html_equiv.py (structure, not bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$1"
slant="${2:-target/release/slant}"
corpus=../shared/corpus
gold=../shared/gold
mkdir -p "$dir"
run() { local name="$1"; shift; "$slant" "$@" > "$dir/$name" 2> "$dir/$name.stderr" || echo "exit $?" >> "$dir/$name.stderr"; }
for src in fixtures "$corpus"; do
  tag=$(basename "$src")
  run "score-$tag.csv" score -q "$src"
  run "score-$tag.jsonl" score -q --format jsonl "$src"
  run "score-article-$tag.csv" score -q --by article "$src"
  run "score-article-$tag.jsonl" score -q --by article --format jsonl "$src"
  run "sources-$tag.csv" sources -q "$src"
  run "sources-$tag.jsonl" sources -q --format jsonl "$src"
  run "compare-$tag.csv" compare "$src" --format csv
  run "compare-$tag.json" compare "$src" --format json
  run "explain-$tag.jsonl" explain --format jsonl "$src"
  run "claims-$tag.jsonl" claims --format jsonl "$src"
done
run "compare-folder.csv" compare "$corpus" --group-by folder --format csv
"$slant" explain fixtures/anadolu-nato-asia.txt --html "$dir/explain-seed.html" 2>/dev/null
"$slant" compare "$corpus" --html "$dir/compare-corpus.html" --format csv > /dev/null 2>&1
for g in "$gold"/*.jsonl; do
  tag=$(basename "$g" .jsonl)
  run "score-$tag.csv" score -q "$g"
  run "score-article-$tag.jsonl" score -q --by article --format jsonl "$g"
  run "eval-$tag.json" eval --gold "$g" --format json
  run "claims-$tag.csv" claims "$g"
done
echo "snapshot written to $dir ($(ls "$dir" | wc -l) files)"
