#!/usr/bin/env python3
"""Writes the terms of the rule files as regexes, one per line (for rg -f and naive_score.py),
with --fixed as fixed strings (for rg -F; a prefix term "hegemon*" is written as its stem), or,
with --many N, a rule file of N generated terms (for the cost-of-rules measurement).

usage: terms.py rules/*.toml > terms.txt
       terms.py --fixed rules/*.toml > terms-fixed.txt
       terms.py --many 20000 > big.toml
"""
import random, sys, tomllib

if sys.argv[1] == "--many":
    n = int(sys.argv[2])
    rng = random.Random(11)
    syll = ["ka", "lo", "mer", "tri", "sta", "van", "or", "el", "us", "quin", "dra", "pol", "ex", "ist", "ion", "ment", "ness", "ive"]
    seen = set()
    lines = ['[[category]]', 'id = "many"', 'role = "loaded"', '', '[[rule]]', 'id = "many.terms"', 'category = "many"', 'terms = [']
    while len(seen) < n:
        w = "".join(rng.choice(syll) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.4:
            w += " " + "".join(rng.choice(syll) for _ in range(rng.randint(2, 3)))
        elif rng.random() < 0.2:
            w += "*"
        if w not in seen:
            seen.add(w)
            lines.append(f'  "{w}",')
    lines.append("]")
    print("\n".join(lines))
    sys.exit(0)

def escape(t):
    """Escapes regex metacharacters only (ripgrep rejects Python's escaped spaces and hyphens)."""
    return "".join("\\" + c if c in ".^$|?*+()[]{}\\" else c for c in t)

fixed = sys.argv[1] == "--fixed"
paths = sys.argv[2:] if fixed else sys.argv[1:]
out = []
for path in paths:
    data = tomllib.load(open(path, "rb"))
    for rule in data.get("rule", []):
        cat = rule.get("category")
        if cat == "boilerplate":
            continue
        for t in rule.get("terms", []):
            if fixed:
                out.append(t.rstrip("*"))
            elif t.endswith("*"):
                out.append(escape(t[:-1]) + r"\w*")
            else:
                out.append(escape(t))
print("\n".join(sorted(set(out))))
