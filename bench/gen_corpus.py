#!/usr/bin/env python3
"""Seeded generator of a news-like benchmark corpus.

Builds articles by sampling paragraphs from the project's fixtures and, when present,
../shared/corpus; mixes curly and straight quotes, attributions and non-ASCII names so the
text is not pure ASCII (Unicode text is where naive matching falls off a cliff).

usage: gen_corpus.py OUT_DIR SIZE_MB [--seed N]
writes OUT_DIR/corpus.jsonl and OUT_DIR/articles/NNNNN.txt (the same articles, up to 2,000 files)
"""
import json, os, random, sys, glob

def paragraphs(path):
    text = open(path, encoding="utf-8").read()
    if "\n---\n" in text[:3000]:
        text = text.split("\n---\n", 1)[1]
    return [p.strip() for p in text.split("\n\n") if len(p.split()) >= 8]

def main():
    out, size_mb = sys.argv[1], float(sys.argv[2])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    rng = random.Random(seed)
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    files = sorted(glob.glob(os.path.join(root, "fixtures", "*.txt")))
    files += sorted(glob.glob(os.path.join(root, "..", "shared", "corpus", "*", "*.txt")))
    pool = [p for f in files for p in paragraphs(f)]
    names = ["Erdoğan", "Zelenskyy", "Lavrov", "Müller", "Škoda", "Łukasz Nowak", "José Álvarez",
             "Kim Tong Myong", "Søren Kierkegaard", "Çavuşoğlu", "Ngozi Okonjo-Iweala", "Öztürk"]
    outlets = ["Wire Service", "Daily Ledger", "State Broadcaster", "Le Monde diplomatique", "Zeitung am Sonntag"]
    cues = ["said", "told reporters", "added", "claimed", "slammed the plan", "insisted", "wrote"]
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)
    target = int(size_mb * 1e6)
    written = 0
    n = 0
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as jl:
        while written < target:
            n += 1
            k = rng.randint(6, 16)
            paras = rng.sample(pool, k)
            name = rng.choice(names)
            q = rng.choice([("“", "”"), ('"', '"')])
            paras.insert(rng.randint(1, len(paras)), f"{q[0]}{rng.choice(pool).split('. ')[0]},{q[1]} {name} {rng.choice(cues)}.")
            paras.insert(rng.randint(1, len(paras)), f"According to {rng.choice(outlets)}, {name}’s office reportedly rejected the so-called ‘peace plan’.")
            title = " ".join(rng.choice(pool).split()[:9]).rstrip(".,;:")
            outlet = rng.choice(outlets)
            body = "\n\n".join(paras)
            rec = {"id": f"a{n:06d}", "outlet": outlet, "title": title, "date": f"2022-0{rng.randint(1,9)}-1{rng.randint(0,9)}", "text": body}
            line = json.dumps(rec, ensure_ascii=False)
            jl.write(line + "\n")
            written += len(line.encode("utf-8")) + 1
            if n <= 2000:
                with open(os.path.join(out, "articles", f"{n:05d}.txt"), "w", encoding="utf-8") as f:
                    f.write(f"title: {title}\noutlet: {outlet}\n---\n{body}\n")
    print(f"{n} articles, {written/1e6:.1f} MB in {out}/corpus.jsonl", file=sys.stderr)

if __name__ == "__main__":
    main()
