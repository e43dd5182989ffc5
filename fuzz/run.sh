#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 600) on one core, seeded from fuzz/seeds.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on the stable toolchain RUSTC_BOOTSTRAP=1 lets it
# use the nightly-only sanitizer flags.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"
export RUSTC_BOOTSTRAP=1
for t in article matcher rules; do
  mkdir -p "corpus/$t"
  cp -n seeds/"$t"/* "corpus/$t/" 2>/dev/null || true
  cargo fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 2>&1 | tail -n 15
done
