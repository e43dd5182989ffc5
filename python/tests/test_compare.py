"""slant.compare on article summaries equals `slant compare --format json`."""

import json
from pathlib import Path

import slant
from conftest import ROOT, file_args, read, text_files


def summaries(engine, files):
    out = []
    for f in files:
        out += engine.score(read(f), by="article", **file_args(f))
    return out


def test_compare_equals_the_cli(cli):
    engine = slant.Engine()
    files = [str(Path(p).relative_to(ROOT)) for p in text_files(ROOT / "fixtures")]
    records = summaries(engine, files)
    for group_by, bootstrap, seed in [("outlet", 1000, 20260101), ("folder", 200, 7)]:
        expected = json.loads(cli("compare", *files, "--format", "json", "--group-by", group_by,
                                  "--bootstrap", str(bootstrap), "--seed", str(seed)))
        got = slant.compare(records, group_by=group_by, bootstrap=bootstrap, seed=seed)
        assert got == expected
        assert engine.compare(records, group_by=group_by, bootstrap=bootstrap, seed=seed) == expected
    # Order of the summaries does not matter.
    assert slant.compare(list(reversed(records))) == slant.compare(records)


def test_compare_rejects_what_is_not_a_summary():
    import pytest

    with pytest.raises(ValueError, match="record 0 is not an article summary"):
        slant.compare([{"article_id": "x", "words": "many"}])
