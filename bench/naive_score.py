#!/usr/bin/env python3
"""The script a data journalist writes by hand: one `re` alternation of the rule terms,
case-insensitive whole words, counted per paragraph of each JSONL article, written as CSV.

usage: naive_score.py TERMS.txt CORPUS.jsonl > out.csv   (TERMS: one regex per line, as for rg -f)
"""
import csv, json, re, sys

terms = [t.strip() for t in open(sys.argv[1], encoding="utf-8") if t.strip()]
pattern = re.compile(r"\b(?:" + "|".join(sorted(terms, key=len, reverse=True)) + r")\b", re.IGNORECASE)
out = csv.writer(sys.stdout)
out.writerow(["article_id", "paragraph", "words", "matches", "terms"])
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        doc = json.loads(line)
        for i, para in enumerate(doc["text"].split("\n\n"), 1):
            found = pattern.findall(para)
            out.writerow([doc.get("id", ""), i, len(para.split()), len(found), "; ".join(found)])
