#!/usr/bin/env python3
"""Validity of slant's per-article rates against gold annotations (issue 17, point 2).

`slant eval` reports the BASIL and BABE figures itself (`documents_validity`); this script
puts them beside BABE and PTC token F1 per half, lists half A's false matches for reading, and
computes the oracle bound (`--bound`). It measures:

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
  bench/validity.py --bound
      # BASIL: rho and pairs of loaded_per_1k under oracle scenarios (aggregates only)

The bound (`--bound`) asks how far better matching could take `loaded_per_1k` (slant eval's
headline measure: loaded and label matches in any voice per 1,000 words) on BASIL. Each of
slant's matches is split by whether it overlaps a gold `loaded` span, and the rate is recomputed
with the matches on gold spans at full weight and the others down-weighted (1 is slant as is, 0 is
perfect precision), or with every gold span counted once in place of the matches on them (perfect
recall). Articles are scored as `slant eval` scores them (the `text` field alone, no title), so
the first scenario and the `words` baseline must equal eval's documents_validity; the script
checks this against `slant eval --format json` and fails if they differ. It is an oracle
computation: half B's figures are printed as aggregates, never its documents or spans.
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
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd[:2])} failed (exit {p.returncode}):\n{p.stderr.strip()[:2000]}")
    return p.stdout


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


def agreement(rows):
    """Agreement of slant values with gold values over `rows` of (event, slant, gold), as
    `slant eval`'s documents_validity computes it: per-article Spearman rho; the share of
    within-event pairs slant orders like the gold (pairs tied in the gold are skipped, a tie on
    slant's side is a miss) and their number; the mean Kendall tau-b per event."""
    rho = spearman([r[1] for r in rows], [r[2] for r in rows])
    events = defaultdict(list)
    for event, x, g in rows:
        events[event].append((x, g))
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
    return {
        "rho": rho,
        "pairs": hits / total if total else float("nan"),
        "pairs_n": total,
        "tau": sum(taus) / len(taus) if taus else float("nan"),
    }


def gold_loaded_rate(doc, words):
    """Gold `loaded` spans per 1,000 of slant's words."""
    return 1000.0 * sum(1 for sp in doc["spans"] if sp["label"] == "loaded") / max(words, 1)


HALVES = ("all", "A", "B")


def basil_figures(gold, scores):
    by_id = {s["article_id"]: s for s in scores}
    rows = []
    for g in gold:
        s = by_id[g["id"]]
        rows.append((basil_half(g), g["event"], gold_loaded_rate(g, s["words"]), {k: f(s) for k, f in RATES.items()}))
    out = {}
    for half in HALVES:
        sel = [r for r in rows if half == "all" or r[0] == half]
        fig = {"articles": len(sel), "events": len({r[1] for r in sel})}
        for name in RATES:
            a = agreement([(r[1], r[3][name], r[2]) for r in sel])
            fig["rho_" + name] = a["rho"]
            fig["pairs_" + name] = a["pairs"]
            fig["pairs_n"] = a["pairs_n"]
            fig["tau_" + name] = a["tau"]
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


def gold_spans(doc, labels):
    return [(s["start"], s["end"]) for s in doc["spans"] if s["label"] in labels]


def split_matches(matches, spans):
    """Each match with the indices of the gold spans it overlaps (empty: a false match)."""
    return [(m, [i for i, s in enumerate(spans) if overlaps((m["start"], m["end"]), s)]) for m in matches]


def as_eval_scores(docs):
    """A temporary JSONL of `docs` as `slant eval` scores them: id, event, outlet and the `text`
    field alone (no title put before it), so match offsets are the gold's byte offsets."""
    tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    with tmp:
        for g in docs:
            rec = {"id": g["id"], "text": g["text"]}
            for k in ("event", "outlet"):
                if g.get(k):
                    rec[k] = g[k]
            tmp.write(json.dumps(rec) + "\n")
    return tmp.name


def explain_matches(args, path, roles):
    """Article id -> slant's matches (explain records) whose role is in `roles`."""
    out = run([args.slant, "explain", "--format", "jsonl", "-q", path] + rule_args(args))
    matches = defaultdict(list)
    for line in out.splitlines():
        m = json.loads(line)
        if m.get("type") == "match" and m["role"] in roles:
            matches[m["article_id"]].append(m)
    return matches


# The roles eval maps to the gold `loaded` label (token F1), and the roles loaded_per_1k counts.
EVAL_LOADED_ROLES = ("loaded", "label", "verb_loaded")
RATE_ROLES = ("loaded", "label")


def false_positives(args):
    """Half A only: loaded matches overlapping no gold span, and missed gold spans."""
    name = args.false_positives
    gold_path = os.path.join(args.gold_dir, f"{name}-dev.jsonl")
    gold = read_jsonl(gold_path)
    half_of = basil_half if name == "basil" else doc_half
    sel = [g for g in gold if half_of(g) == "A"]
    path = as_eval_scores(sel)
    try:
        matches = explain_matches(args, path, EVAL_LOADED_ROLES)
    finally:
        os.unlink(path)
    n_fp = n_tp = 0
    for g in sel:
        spans = gold_spans(g, ("loaded", "name_calling"))
        hit = set()
        for m, touched in split_matches([m for m in matches[g["id"]] if not args.rule or m["rule"] == args.rule], spans):
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
            b = g["text"].encode()
            for i, s in enumerate(spans):
                if i not in hit:
                    print(f"MISS {g['id']} {b[s[0]:s[1]].decode(errors='replace')!r}")
    print(f"# half A of {name}: {n_tp} matches on gold spans, {n_fp} on none", file=sys.stderr)


# Scenarios of --bound: name -> rate per 1,000 words from an article's counts
# (on: slant's matches overlapping a gold `loaded` span, off: the others, gold: gold spans).
BOUND_SCENARIOS = [
    ("1 slant as is (loaded_per_1k)", lambda c: c["on"] + c["off"]),
    ("2 perfect precision: on-gold matches only", lambda c: c["on"]),
    ("3 on-gold + off-gold x 0.5", lambda c: c["on"] + 0.5 * c["off"]),
    ("3 on-gold + off-gold x 0.1", lambda c: c["on"] + 0.1 * c["off"]),
    ("4 every gold span + off-gold x 1", lambda c: c["gold"] + c["off"]),
    ("4 every gold span + off-gold x 0.5", lambda c: c["gold"] + 0.5 * c["off"]),
]


def bound(args):
    """BASIL: rho and pairs of loaded_per_1k and of oracle variants of it, all / half A / half B.
    Prints aggregates only."""
    gold_path = os.path.join(args.gold_dir, "basil-dev.jsonl")
    gold = read_jsonl(gold_path)
    path = as_eval_scores(gold)
    try:
        matches = explain_matches(args, path, RATE_ROLES)
        words = {s["article_id"]: s["words"] for s in score(args, path)}
    finally:
        os.unlink(path)
    arts = []
    for g in gold:
        spans = gold_spans(g, ("loaded",))
        split = split_matches(matches[g["id"]], spans)
        counts = {
            "on": sum(1 for _, t in split if t),
            "off": sum(1 for _, t in split if not t),
            "gold": len(spans),
            "found": len({i for _, t in split for i in t}),
        }
        arts.append((basil_half(g), g["event"], words[g["id"]], counts, gold_loaded_rate(g, words[g["id"]])))
    scenarios = [(name, lambda c, w, f=f: 1000.0 * f(c) / max(w, 1)) for name, f in BOUND_SCENARIOS]
    scenarios.append(("5 words (length alone)", lambda c, w: float(w)))
    figs = {}
    for half in HALVES:
        sel = [a for a in arts if half == "all" or a[0] == half]
        figs[half] = {
            name: agreement([(a[1], f(a[3], a[2]), a[4]) for a in sel]) for name, f in scenarios
        }
        figs[half]["_zeros"] = {
            name: sum(1 for a in sel if f(a[3], a[2]) == 0) for name, f in scenarios
        }
        figs[half]["_counts"] = {k: sum(a[3][k] for a in sel) for k in ("on", "off", "gold", "found")}
        figs[half]["_articles"] = len(sel)

    # Scenario 1 and the words baseline are slant eval's own figures: check them.
    ev = json.loads(run([args.slant, "eval", "--gold", gold_path, "--format", "json", "-q"] + rule_args(args)))
    dv = ev["documents_validity"]
    disagree = []
    for half, key in (("all", "all"), ("A", "half_a"), ("B", "half_b")):
        for name, measure in ((scenarios[0][0], "loaded_per_1k"), (scenarios[-1][0], "words")):
            e = dv[key]["labels"]["loaded"][measure]
            mine = figs[half][name]
            for k, ek in (("rho", "rho"), ("pairs", "pairs_ordered"), ("pairs_n", "pairs")):
                if e[ek] is None or abs(mine[k] - e[ek]) > 1e-9:
                    disagree.append(f"{half} {measure} {k}: {mine[k]} here, {e[ek]} in slant eval")

    print("BASIL bound of loaded_per_1k (slant's loaded and label matches, any voice, per 1,000 words)")
    print("gold: lexical (`loaded`) spans per 1,000 words. on-gold: a match overlapping a gold span.")
    print("pairs: within-event pairs slant orders like the gold (gold ties skipped, a slant tie is a miss)")
    print()
    print(f"{'':<5} {'arts':>4} {'pairs':>5} {'gold spans':>10} {'found':>5} {'matches':>7} {'on-gold':>7} {'precision':>9}")
    for half in HALVES:
        c = figs[half]["_counts"]
        n = c["on"] + c["off"]
        print(f"{half:<5} {figs[half]['_articles']:>4} {figs[half][scenarios[0][0]]['pairs_n']:>5} "
              f"{c['gold']:>10} {c['found']:>5} {n:>7} {c['on']:>7} {fmt(c['on'] / n if n else float('nan')):>9}")
    print()
    print(f"{'scenario':<42} " + "  ".join(f"{'rho ' + h:>7} {'pairs ' + h:>9} {'0s':>3}" for h in HALVES))
    for name, _ in scenarios:
        print(f"{name:<42} " + "  ".join(
            f"{fmt(figs[h][name]['rho']):>7} {fmt(figs[h][name]['pairs']):>9} {figs[h]['_zeros'][name]:>3}" for h in HALVES))
    print("0s: articles whose rate is 0 (they tie with each other)")
    if disagree:
        print("DISAGREES with slant eval's documents_validity:", file=sys.stderr)
        for d in disagree:
            print("  " + d, file=sys.stderr)
        return 1
    print("scenario 1 and 5 agree with `slant eval` documents_validity (rho, pairs ordered, pairs)")
    return 0


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
    ap.add_argument("--bound", action="store_true", help="BASIL: loaded_per_1k under oracle scenarios")
    args = ap.parse_args()
    if args.bound:
        return bound(args)
    if args.false_positives:
        return false_positives(args)

    basil_path = os.path.join(args.gold_dir, "basil-dev.jsonl")
    basil = read_jsonl(basil_path)
    if args.scores:
        scores = read_jsonl(args.scores)
    else:
        # Scored as `slant eval` scores it (the text alone), so figures agree with eval's.
        tmp = as_eval_scores(basil)
        try:
            scores = score(args, tmp)
        finally:
            os.unlink(tmp)
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
