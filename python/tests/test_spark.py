"""The Spark example, in local mode, gives exactly `slant compare` on the same articles."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, read, shared_or_skip, text_files

EXAMPLE = ROOT / "python" / "examples" / "spark_compare.py"


def needs(condition, what):
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI")
    pytest.skip(f"{what} not available")


def corpus_to_jsonl(directory, out):
    """The corpus folder as JSONL records carrying what the CLI gives each file: the text as
    read, the path (relative to the repository root) as id, its folder."""
    with open(out, "w", encoding="utf-8") as f:
        for path in text_files(directory):
            relative = os.path.relpath(path, ROOT)
            record = {"id": relative, "folder": os.path.dirname(relative), "text": read(relative)}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def test_spark_example_equals_slant_compare(tmp_path, cli):
    corpus = shared_or_skip("corpus", "the corpus is not shipped with slant")
    needs(shutil.which("java"), "java (Debian's openjdk-17-jre-headless)")
    try:
        import pyspark  # noqa: F401
    except ImportError:
        needs(False, "pyspark")
    relative = os.path.relpath(corpus, ROOT)
    expected = json.loads(cli("compare", relative, "--format", "json"))

    jsonl = tmp_path / "corpus.jsonl"
    corpus_to_jsonl(corpus, jsonl)
    report = tmp_path / "report.json"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
               SPARK_LOCAL_IP="127.0.0.1")
    r = subprocess.run(
        [sys.executable, str(EXAMPLE), str(jsonl), "--summaries", str(tmp_path / "summaries"),
         "--json", str(report), "--master", "local[2]", "--partitions", "4"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )
    assert r.returncode == 0, r.stderr[-4000:]
    got = json.loads(report.read_text(encoding="utf-8"))
    assert got == expected
    assert len(got["groups"]) >= 3
    # The per-article summaries were written, one per scored article.
    written = [line for p in sorted((tmp_path / "summaries").glob("part-*"))
               for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(written) == sum(g["articles"] for g in expected["groups"])
    assert all(json.loads(line)["article_id"].startswith(relative) for line in written)
