#!/usr/bin/env bash
# Whole-process comparison on one generated corpus: slant (1 thread and all threads), ripgrep
# counting the default pack's terms (as fixed strings with -F, the term counter a user compares
# slant with, and as regexes), wc -w (scanners that do no segmentation or attribution), and a
# hand-written Python script. Prints seconds, MB/s, words/s and peak memory for each, and the
# ratios, all from this one run.
#
# usage: bench/compare.sh [SIZE_MB]        (default 50; BIG=1 also measures a 1 GB JSONL stream)
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-50}"
out=bench/out
mkdir -p "$out"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rg || ! need /usr/bin/time; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq ripgrep time >/dev/null
fi

cargo build --release -q
slant=target/release/slant
[ -s "$out/corpus.jsonl" ] && [ "$(cat "$out/size" 2>/dev/null)" = "$size" ] || {
  python3 bench/gen_corpus.py "$out" "$size" --seed 7
  echo "$size" > "$out/size"
}
corpus="$out/corpus.jsonl"
python3 bench/terms.py rules/*.toml > "$out/terms.txt"
python3 bench/terms.py --fixed rules/*.toml > "$out/terms-fixed.txt"
bytes=$(stat -c %s "$corpus")
words=$(LC_ALL=C.UTF-8 wc -w < "$corpus")
nterms=$(wc -l < "$out/terms.txt")

# best of 3 runs: "seconds peak_kb"
measure() {
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > /dev/null 2>"$out/stderr.txt" || { cat "$out/stderr.txt" >&2; return 1; }
    read -r s m < "$out/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; rss=$m; fi
  done
  echo "$best $rss"
}

declare -A T M
run() { local name=$1; shift; read -r T[$name] M[$name] < <(measure "$@"); }
# slant on one thread and on all cores, in alternating runs (five each, best kept), so a change in
# the neighbours' load during the run weighs on both alike.
for _ in 1 2 3 4 5; do
  for k in slant_1t slant_all; do
    [ "$k" = slant_1t ] && threads=1 || threads=0
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$slant" score "$corpus" --threads "$threads" --quiet > /dev/null
    read -r s m < "$out/time.txt"
    if [ -z "${T[$k]:-}" ] || awk "BEGIN{exit !($s < ${T[$k]})}"; then T[$k]=$s; M[$k]=$m; fi
  done
done
run rg_fixed   rg -c -F -i -w -f "$out/terms-fixed.txt" "$corpus"
run rg_regex   rg -c -i -w -f "$out/terms.txt" "$corpus"
run wc         env LC_ALL=C.UTF-8 wc -w "$corpus"
# The Python script is slow: time it once on a tenth of the corpus and scale.
head -c $((bytes / 10)) "$corpus" | head -n -1 > "$out/tenth.jsonl"
tenth=$(stat -c %s "$out/tenth.jsonl")
read -r ps pm < <(/usr/bin/time -f "%e %M" python3 bench/naive_score.py "$out/terms.txt" "$out/tenth.jsonl" 2>&1 >/dev/null | tail -1)
T[python]=$(awk "BEGIN{print $ps * $bytes / $tenth}"); M[python]=$pm

printf '\ncorpus: %s (%.1f MB, %d words, %d rule terms)\n\n' "$corpus" "$(awk "BEGIN{print $bytes/1e6}")" "$words" "$nterms"
printf '%-34s %9s %9s %12s %9s\n' tool seconds MB/s words/s peak_MB
for k in slant_1t slant_all rg_fixed rg_regex wc python; do
  printf '%-34s %9.2f %9.1f %12.0f %9.1f\n' "$k" "${T[$k]}" "$(awk "BEGIN{print $bytes/1e6/${T[$k]}}")" "$(awk "BEGIN{print $words/${T[$k]}}")" "$(awk "BEGIN{print ${M[$k]}/1024}")"
done
echo
speed() { awk "BEGIN{printf \"%-34s %6.2f  %s\n\", \"$1\", ${T[$2]}/${T[$3]}, \"$4\"}"; }
echo "speed ratios (how many times faster the first is; >= 1 is as fast or faster)"
speed "slant 1 thread / rg -F -i -w" rg_fixed slant_1t "(target >= 0.5; parity = 1)"
speed "slant 1 thread / rg regex -i -w" rg_regex slant_1t ""
speed "slant all threads / slant 1 thread" slant_1t slant_all "(target >= 1.8 on 2 cores)"
speed "slant 1 thread / wc -w" wc slant_1t ""
speed "slant 1 thread / Python" python slant_1t "(Python timed on a tenth and scaled)"

# Same bytes whatever the thread count.
"$slant" score "$corpus" --threads 1 --quiet --out "$out/t1.csv"
"$slant" score "$corpus" --threads 2 --quiet --out "$out/t2.csv"
cmp -s "$out/t1.csv" "$out/t2.csv" && echo "output with 1 and 2 threads: identical" || { echo "output differs between thread counts"; exit 1; }

# Cost of rules: 20,000 generated terms layered on the default pack.
python3 bench/terms.py --many 20000 > "$out/big.toml"
read -r tb mb < <(measure "$slant" score "$corpus" --threads 1 --quiet --rules "$out/big.toml")
awk "BEGIN{printf \"20,000 extra terms / default pack  %6.2f  (target <= 1.5)\n\", $tb/${T[slant_1t]}}"

# Startup: one article end to end, mean of 20 runs.
start=$(date +%s.%N)
for _ in $(seq 20); do "$slant" score fixtures/anadolu-nato-asia.txt --quiet > /dev/null; done
end=$(date +%s.%N)
awk "BEGIN{printf \"one article end to end         %6.1f ms  (target < 20 ms)\n\", ($end-$start)*1000/20}"

if [ "${BIG:-0}" = 1 ]; then
  # Memory is flat in corpus size: a 1 GB stream made of the corpus repeated.
  reps=$(( (1000000000 + bytes - 1) / bytes ))
  big="$out/big.jsonl"
  : > "$big"; for _ in $(seq "$reps"); do cat "$corpus" >> "$big"; done
  read -r gs gm < <(/usr/bin/time -f "%e %M" "$slant" score "$big" --threads 0 --quiet 2>&1 >/dev/null | tail -1)
  awk "BEGIN{printf \"1 GB JSONL: %.1f s, peak %.1f MB (50 MB corpus: %.1f MB; target <= 100 MB)\n\", $gs, $gm/1024, ${M[slant_all]}/1024}"
  rm -f "$big"
fi
