"""The Python package gives what the CLI gives: same rows, same keys, same JSON types."""

import json
import subprocess
from pathlib import Path

import pytest

import slant
from conftest import ROOT, SEED, file_args, jsonl, read, shared_or_skip, text_files


@pytest.fixture(scope="module")
def engine():
    return slant.Engine()


@pytest.mark.parametrize(
    "by,command",
    [
        ("paragraph", ["score", "--format", "jsonl"]),
        ("article", ["score", "--by", "article", "--format", "jsonl"]),
        ("sources", ["sources", "--format", "jsonl"]),
    ],
)
def test_seed_article_gives_the_cli_rows(engine, cli, by, command):
    expected = jsonl(cli(*command, SEED))
    got = engine.score(read(SEED), by=by, **file_args(SEED))
    assert got == expected
    assert len(got) > 0
    # Same keys in the same order, and the same JSON types (int stays int, float stays float).
    for g, e in zip(got, expected):
        assert list(g) == list(e)
        assert [type(v) for v in g.values()] == [type(v) for v in e.values()]


def test_the_fixture_is_the_shared_seed():
    seed = shared_or_skip("seed/000_9860bfa2709a7987.txt", "the seed article")
    assert seed.read_bytes() == (ROOT / SEED).read_bytes()


def test_every_fixture_gives_the_cli_rows(engine, cli):
    files = [str(Path(p).relative_to(ROOT)) for p in text_files(ROOT / "fixtures")]
    expected = jsonl(cli("score", "--format", "jsonl", *files))
    got = [row for f in files for row in engine.score(read(f), **file_args(f))]
    assert got == expected


def test_matches_are_what_explain_shows(engine, cli):
    expected = [r for r in jsonl(cli("explain", "--format", "jsonl", SEED)) if r["type"] == "match"]
    got = engine.matches(read(SEED), **file_args(SEED))
    assert got == expected
    assert len(got) > 10


def test_text_is_read_as_a_file_would_be(engine):
    text = read(SEED)
    crlf = "\ufeff" + text.replace("\n", "\r\n")
    assert engine.score(crlf) == engine.score(text)
    header = "outlet: Example Wire\ndate: 2024-05-01\n---\n" + text
    rows = engine.score(header, by="article")
    assert rows[0]["meta"]["outlet"] == "Example Wire"
    assert rows[0]["meta"]["date"] == "2024-05-01"
    with pytest.raises(ValueError, match="NUL"):
        engine.score("a\0b")


def test_meta_and_id_are_set_like_jsonl_fields(engine):
    text = read(SEED)
    rows = engine.score(text, meta={"id": "a1", "outlet": "X", "year": 2022, "wire": True, "skip": None})
    assert {r["article_id"] for r in rows} == {"a1"}
    assert {r["outlet"] for r in rows} == {"X"}
    summary = engine.score(text, by="article", meta={"outlet": "X", "year": 2022, "wire": True})[0]
    assert summary["meta"]["year"] == "2022" and summary["meta"]["wire"] == "true"
    assert engine.score(text, id="b2", meta={"id": "a1"})[0]["article_id"] == "b2"
    assert engine.score(text)[0]["article_id"] == "<text>"
    with pytest.raises(TypeError):
        engine.score(text, meta={"outlet": ["a list"]})
    with pytest.raises(ValueError, match="by must be"):
        engine.score(text, by="paragraphs")


def test_empty_text_has_no_rows(engine):
    for by in ["paragraph", "article", "sources"]:
        assert engine.score("", by=by) == []
    assert engine.matches("   \n") == []
    assert engine.claims("") == []


def test_claims_are_the_cli_claims(engine, cli):
    assert engine.claims(read(SEED), id=SEED) == jsonl(cli("claims", "--format", "jsonl", SEED))


def test_claims(engine):
    text = read(SEED)
    claims = engine.claims(text, id=SEED)
    summary = engine.score(text, by="article", id=SEED)[0]
    assert len(claims) == summary["claims"] + summary["headline_claims"]
    keys = ["article_id", "doc_kind", "paragraph", "kind", "start", "end", "class", "source",
            "source_kind", "reliability", "cue", "cue_grade", "direct_quote", "step", "text"]
    data = text.encode("utf-8")
    for c in claims:
        assert list(c) == keys
        assert c["article_id"] == SEED
        assert c["kind"] in ("headline", "body")
        assert c["class"] in ("named", "anonymous", "agentless", "unattributed")
        assert data[c["start"]:c["end"]].decode("utf-8") == c["text"]
        assert (c["source"] == "") == (c["reliability"] is None)
        assert c["cue_grade"] in ("", "neutral", "loaded") and (c["cue"] == "") == (c["cue_grade"] == "")
    named = [c for c in claims if c["class"] == "named"]
    assert named and all(c["source"] and c["source_kind"] for c in named)
    assert any(c["cue_grade"] == "loaded" for c in claims)  # "slams", "blasted"


def test_bad_rule_file_raises_with_line_and_column(tmp_path, slant_bin):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nid = "x.y"\ncategory = "nope"\nterms = ["a"]\n', encoding="utf-8")
    with pytest.raises(slant.RuleError) as info:
        slant.Engine(rules=[bad])
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.file, err.line, err.column) == (str(bad), 3, 12)
    assert err.diagnostics[0]["line"] == 3 and err.diagnostics[0]["severity"] == "error"
    # The message is the CLI's rendering of the diagnostics.
    r = subprocess.run([str(slant_bin), "score", "--rules", str(bad), "--quiet", str(ROOT / SEED)],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert str(err) == r.stderr.rstrip("\n")
    assert f"{bad}:3:12" in str(err)


def test_toml_syntax_error_has_line_and_column(tmp_path):
    bad = tmp_path / "syntax.toml"
    bad.write_text('[[rule]]\nid = "x.y"\nterms = ["a"\n', encoding="utf-8")
    with pytest.raises(slant.RuleError) as info:
        slant.Engine(rules=[str(bad)])
    assert info.value.file == str(bad)
    assert info.value.line is not None and info.value.line >= 3
    assert info.value.column is not None


def test_rules_are_layered_as_in_the_cli(tmp_path, cli):
    extra = tmp_path / "extra.toml"
    extra.write_text('[[rule]]\nid = "loaded.python_test"\ncategory = "loaded"\nterms = ["military organization"]\n',
                     encoding="utf-8")
    engine = slant.Engine(rules=[extra])
    expected = jsonl(cli("score", "--format", "jsonl", "--rules", str(extra), SEED))
    assert engine.score(read(SEED), **file_args(SEED)) == expected
    assert "loaded.python_test" in json.dumps(expected)
    # Without the defaults, the file's category is not defined.
    with pytest.raises(slant.RuleError, match="unknown category `loaded`"):
        slant.Engine(rules=[extra], default_rules=False)


def test_records_make_a_dataframe(engine):
    pd = pytest.importorskip("pandas")
    text = read(SEED)
    rows = engine.score(text)
    df = pd.DataFrame(rows)
    assert list(df.columns) == list(rows[0]) and len(df) == len(rows)
    claims = pd.DataFrame(engine.claims(text))
    assert set(claims["class"]) <= {"named", "anonymous", "agentless", "unattributed"}
    articles = pd.DataFrame([r for rs in engine.score_many([text, text], by="article") for r in rs])
    assert list(articles["article_id"]) == ["0", "1"]
