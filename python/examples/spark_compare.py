"""Score a JSONL corpus on Spark with the slant package and compare its groups.

Each partition builds one ``slant.Engine`` and scores its records into per-article summaries
(what ``slant score --by article --format jsonl`` writes); the summaries are saved as JSON
lines and merged on the driver with ``slant.compare``. Because compare works from summaries,
the result is exactly ``slant compare`` run on the same articles on one machine, bootstrap
intervals included (same seed, same data).

Input: one JSON object per line with the article in ``text`` (read as a ``.txt`` file would
be, a ``key: value`` header included), its id in ``id`` (default ``FILE:LINE``, as the CLI
names records) and any other string, number or boolean field as metadata (``outlet``,
``date``, ``folder``, ...; ``--group-by`` picks one).

    python examples/spark_compare.py corpus.jsonl --summaries out/summaries --json report.json
    spark-submit --master yarn examples/spark_compare.py hdfs:///corpus.jsonl ...
"""

import argparse
import json
import os
import sys


def score_partition(rows, rules, default_rules, location):
    """Scores one partition's ``(line, index)`` rows into article summaries (JSON strings)."""
    import slant

    engine = slant.Engine(rules=rules, default_rules=default_rules)
    texts, metas = [], []
    for line, index in rows:
        if not line.strip():
            continue
        record = json.loads(line)
        texts.append(record.pop("text"))
        record.setdefault("id", f"{location}:{index + 1}")
        metas.append(record)
    # One Spark task uses one core: score on this thread (threads=1).
    for rows_of_text in engine.score_many(texts, by="article", metas=metas, threads=1):
        for summary in rows_of_text:
            yield json.dumps(summary, ensure_ascii=False)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", help="JSONL corpus (a path or URL Spark can read)")
    p.add_argument("--summaries", required=True, help="directory to write the summaries to")
    p.add_argument("--json", help="write the comparison here (default: stdout)")
    p.add_argument("--group-by", default="outlet")
    p.add_argument("--bootstrap", type=int, default=1000)
    p.add_argument("--seed", type=int, default=20260101)
    p.add_argument("--top", type=int, default=8)
    p.add_argument("--rules", action="append", default=[], help="rule file (repeatable)")
    p.add_argument("--no-default-rules", action="store_true")
    p.add_argument("--partitions", type=int, default=None)
    p.add_argument("--master", default=None, help="Spark master (default: local[*] unless set)")
    args = p.parse_args(argv)

    import slant
    from pyspark.sql import SparkSession

    # Rules are checked on the driver first, so a bad file fails fast with its line and column.
    engine = slant.Engine(rules=args.rules, default_rules=not args.no_default_rules)

    builder = SparkSession.builder.appName("slant-compare")
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:
        # Run with plain `python` (not spark-submit, which sets the master): local mode.
        builder = builder.master("local[*]")
    spark = builder.config("spark.ui.enabled", "false").getOrCreate()
    try:
        sc = spark.sparkContext
        lines = sc.textFile(args.corpus, minPartitions=args.partitions)
        rules = [os.path.abspath(r) for r in args.rules]
        default_rules = not args.no_default_rules
        location = args.corpus
        summaries = lines.zipWithIndex().mapPartitions(
            lambda rows: score_partition(rows, rules, default_rules, location)
        )
        summaries.saveAsTextFile(args.summaries)
        # Merge the saved summaries: this step could run anywhere, from any number of runs.
        merged = sc.textFile(args.summaries).map(json.loads).toLocalIterator()
        report = engine.compare(
            merged,
            group_by=args.group_by,
            bootstrap=args.bootstrap,
            seed=args.seed,
            top=args.top,
        )
    finally:
        spark.stop()

    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
