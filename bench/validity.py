#!/usr/bin/env python3
"""Validity of slant's per-article rates against gold annotations (issue 17, point 2).

Until `slant eval` reports these figures itself, this script measures them:

* BASIL (`basil-dev.jsonl`): per-article Spearman rho between each slant rate and the gold
  lexical-bias (`loaded`) spans per 1,000 words, and the share of within-event article pairs that
  slant orders like the gold (pairs tied in the gold are skipped; a tie on slant's side is a
  miss), plus the mean Kendall tau-b per event.
* BABE (`babe-dev.jsonl`): outlet-level rho between loaded words per 1,000 words (any voice,
  summed over the outlet) and the outlet's share of sentences the annotators labelled biased.
* BABE and PTC token F1 (`slant eval`'s "loaded (token overlap)"), on the whole file and on each
  half.

Halves (deterministic, independent of file order): a BASIL article is in half A when the FNV-1a
64-bit hash of its `event` id is even, else in half B, so the three articles of one event are
always in the same half. A BABE or PTC document is in half A when the FNV-1a hash of its `id` is
even. This is the hash `slant eval` uses for its halves (`src/analysis/eval/classes.rs`,
`half_of`). Rules were tuned by reading half A only; half B is held out.

Slant rates (from `slant score --by article --format jsonl`):
  any        (loaded_narration + loaded_quoted) / words * 1000
  narration  loaded_narration / narration_words * 1000
  framing    framing_score (weighted narration matches per 100 narration words)
  words      article length alone (a baseline: how far length predicts the gold rate)
The gold rate is gold `loaded` spans / slant's `words` * 1000 (the same denominator as `any`).

Usage:
  bench/validity.py [--slant target/release/slant] [--gold-dir ../shared/gold]
                    [--rules FILE|DIR ...] [--no-default-rules] [--json]
  bench/validity.py --scores basil.jsonl   # score output already made (BASIL figures only)
  bench/validity.py --false-positives basil|babe|ptc [--rule ID]
      # half A only: loaded matches that overlap no gold span, and gold spans no match touches
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def fnv1a_half(key):
    """'A' when the FNV-1a 64-bit hash of `key` (UTF-8) is even, else 'B' (slant's half_of)."""
    h = 0xCBF29CE484222325
    for b in key.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "A" if h % 2 == 0 else "B"


def basil_half(doc):
    return fnv1a_half(doc["event"])


def doc_half(doc):
    return fnv1a_half(doc["id"])


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ranks(xs):
    """Average ranks (1-based), ties share the mean rank."""
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        mean = (i + j) / 2 + 1
        for k in range(i, j + 1):
            r[order[k]] = mean
        i = j + 1
    return r


def pearson(x, y):
    n = len(x)
    if n < 2:
        return float("nan")
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return float("nan")
    return sxy / (sxx * syy) ** 0.5


def spearman(x, y):
    return pearson(ranks(x), ranks(y))


def kendall_tau_b(x, y):
    conc = disc = tx = ty = 0
    n = len(x)
    for i in range(n):
        for j in range(i + 1, n):
            dx, dy = x[i] - x[j], y[i] - y[j]
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                tx += 1
            elif dy == 0:
                ty += 1
            elif (dx > 0) == (dy > 0):
                conc += 1
            else:
                disc += 1
    denom = ((conc + disc + tx) * (conc + disc + ty)) ** 0.5
    return (conc - disc) / denom if denom else float("nan")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def rule_args(args):
    out = []
    for r in args.rules or []:
        out += ["--rules", r]
    if args.no_default_rules:
        out.append("--no-default-rules")
    return out


def score(args, path):
    out = run([args.slant, "score", "--by", "article", "--format", "jsonl", "-q", path] + rule_args(args))
    return [json.loads(l) for l in out.splitlines() if l.strip()]


RATES = {
    "any": lambda s: 1000.0 * (s["loaded_narration"] + s["loaded_quoted"]) / max(s["words"], 1),
    "narration": lambda s: 1000.0 * s["loaded_narration"] / max(s["narration_words"], 1),
    "framing": lambda s: s["framing_score"],
    "words": lambda s: float(s["words"]),
}


def basil_figures(gold, scores):
    by_id = {s["article_id"]: s for s in scores}
    rows = []
    for g in gold:
        s = by_id[g["id"]]
        n_gold = sum(1 for sp in g["spans"] if sp["label"] == "loaded")
        gold_rate = 1000.0 * n_gold / max(s["words"], 1)
        rows.append((basil_half(g), g["event"], gold_rate, {k: f(s) for k, f in RATES.items()}))
    out = {}
    for half in ("all", "A", "B"):
        sel = [r for r in rows if half == "all" or r[0] == half]
        gold_rates = [r[2] for r in sel]
        fig = {"articles": len(sel), "events": len({r[1] for r in sel})}
        for name in RATES:
            xs = [r[3][name] for r in sel]
            fig["rho_" + name] = spearman(xs, gold_rates)
            events = defaultdict(list)
            for r in sel:
                events[r[1]].append((r[3][name], r[2]))
            hits = total = 0
            taus = []
            for arts in events.values():
                for i in range(len(arts)):
                    for j in range(i + 1, len(arts)):
                        (si, gi), (sj, gj) = arts[i], arts[j]
                        if gi == gj:
                            continue
                        total += 1
                        if si != sj and (si > sj) == (gi > gj):
                            hits += 1
                tau = kendall_tau_b([a[0] for a in arts], [a[1] for a in arts])
                if tau == tau:
                    taus.append(tau)
            fig["pairs_" + name] = hits / total if total else float("nan")
            fig["pairs_n"] = total
            fig["tau_" + name] = sum(taus) / len(taus) if taus else float("nan")
        out[half] = fig
    return out


def babe_outlet_rho(gold, scores):
    by_id = {s["article_id"]: s for s in scores}
    loaded = defaultdict(int)
    words = defaultdict(int)
    biased = defaultdict(int)
    labelled = defaultdict(int)
    for g in gold:
        outlet = g.get("outlet")
        if not outlet:
            continue
        s = by_id[g["id"]]
        loaded[outlet] += s["loaded_narration"] + s["loaded_quoted"]
        words[outlet] += s["words"]
        if g.get("doc_label") in ("biased", "non-biased"):
            labelled[outlet] += 1
            biased[outlet] += g["doc_label"] == "biased"
    outlets = sorted(o for o in words if labelled[o])
    x = [1000.0 * loaded[o] / words[o] for o in outlets]
    y = [biased[o] / labelled[o] for o in outlets]
    return spearman(x, y), len(outlets)


def token_f1(args, gold_path, half=None):
    """slant eval's loaded token-overlap figures on the file or on one half of it."""
    path = gold_path
    tmp = None
    if half:
        tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
        with open(gold_path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and doc_half(json.loads(line)) == half:
                    tmp.write(line)
        tmp.close()
        path = tmp.name
    try:
        out = json.loads(run([args.slant, "eval", "--gold", path, "--format", "json", "-q"] + rule_args(args)))
    finally:
        if tmp:
            os.unlink(tmp.name)
    return out["labels"]["loaded"]["token"]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def false_positives(args):
    """Half A only: loaded matches overlapping no gold span, and missed gold spans."""
    name = args.false_positives
    gold_path = os.path.join(args.gold_dir, f"{name}-dev.jsonl")
    gold = read_jsonl(gold_path)
    half_of = basil_half if name == "basil" else doc_half
    sel = [g for g in gold if half_of(g) == "A"]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for g in sel:
            tmp.write(json.dumps(g) + "\n")
    try:
        out = run([args.slant, "explain", "--format", "jsonl", "-q", tmp.name] + rule_args(args))
    finally:
        os.unlink(tmp.name)
    matches = defaultdict(list)
    for line in out.splitlines():
        m = json.loads(line)
        if m.get("type") == "match" and m["role"] in ("loaded", "label", "verb_loaded"):
            if args.rule and m["rule"] != args.rule:
                continue
            matches[m["article_id"]].append(m)
    n_fp = n_tp = 0
    for g in sel:
        text = g["text"]
        title = (g.get("title") or "").strip()
        shift = len(title.encode()) + 2 if title and not text.lstrip().startswith(title) else 0
        spans = [(s["start"], s["end"]) for s in g["spans"] if s["label"] in ("loaded", "name_calling")]
        hit = set()
        for m in matches[g["id"]]:
            span = (m["start"] - shift, m["end"] - shift)
            touched = [i for i, s in enumerate(spans) if overlaps(span, s)]
            hit.update(touched)
            if touched:
                n_tp += 1
                if args.show != "fp":
                    print(f"TP {g['id']} {m['rule']} [{m['voice'][0]}] {m['term']!r} :: {m['sentence'][:300]}")
            else:
                n_fp += 1
                if args.show != "tp":
                    print(f"FP {g['id']} {m['rule']} [{m['voice'][0]}] {m['term']!r} :: {m['sentence'][:300]}")
        if args.misses:
            b = text.encode()
            for i, s in enumerate(spans):
                if i not in hit:
                    print(f"MISS {g['id']} {b[s[0]:s[1]].decode(errors='replace')!r}")
    print(f"# half A of {name}: {n_tp} matches on gold spans, {n_fp} on none", file=sys.stderr)


def fmt(x):
    return "  nan" if x != x else f"{x:5.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slant", default=os.path.join(ROOT, "target", "release", "slant"))
    ap.add_argument("--gold-dir", default=os.path.join(ROOT, "..", "shared", "gold"))
    ap.add_argument("--rules", action="append")
    ap.add_argument("--no-default-rules", action="store_true")
    ap.add_argument("--scores", help="BASIL score output (slant score --by article --format jsonl)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--false-positives", choices=["basil", "babe", "ptc"])
    ap.add_argument("--rule")
    ap.add_argument("--show", choices=["fp", "tp", "both"], default="fp")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    if args.false_positives:
        return false_positives(args)

    basil_path = os.path.join(args.gold_dir, "basil-dev.jsonl")
    basil = read_jsonl(basil_path)
    scores = read_jsonl(args.scores) if args.scores else score(args, basil_path)
    result = {"basil": basil_figures(basil, scores)}
    if not args.scores:
        babe_path = os.path.join(args.gold_dir, "babe-dev.jsonl")
        rho, n = babe_outlet_rho(read_jsonl(babe_path), score(args, babe_path))
        result["babe_outlet_rho"] = {"rho": rho, "outlets": n}
        for name in ("babe", "ptc"):
            path = os.path.join(args.gold_dir, f"{name}-dev.jsonl")
            result[name + "_token_f1"] = {h or "all": (token_f1(args, path, h) or {}).get("f1") for h in (None, "A", "B")}
    if args.json:
        print(json.dumps(result, indent=1, sort_keys=True))
        return
    print("BASIL (gold: lexical spans per 1,000 words; pairs: within-event, gold ties skipped)")
    print(f"{'half':<5} {'arts':>4} {'pairs':>5}  " + "  ".join(f"{'rho_' + k:>9} {'pairs_' + k:>9}" for k in RATES))
    for half, fig in result["basil"].items():
        print(f"{half:<5} {fig['articles']:>4} {fig['pairs_n']:>5}  " + "  ".join(
            f"{fmt(fig['rho_' + k]):>9} {fmt(fig['pairs_' + k]):>9}" for k in RATES))
    if "babe_outlet_rho" in result:
        b = result["babe_outlet_rho"]
        print(f"BABE outlet rho (loaded per 1k vs share biased): {fmt(b['rho'])} over {b['outlets']} outlets")
        for name in ("babe", "ptc"):
            f = result[name + "_token_f1"]
            print(f"{name.upper()} loaded token F1: all {fmt(f['all'])}  A {fmt(f['A'])}  B {fmt(f['B'])}")


if __name__ == "__main__":
    sys.exit(main())
