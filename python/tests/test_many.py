"""score_many: the same rows as a loop of score, in order, on all cores, with flat memory."""

import gc
import resource
import threading
import time

import pytest

import slant
from conftest import ROOT, read, text_files


@pytest.fixture(scope="module")
def engine():
    return slant.Engine()


def corpus():
    files = text_files(ROOT / "fixtures")
    texts = [read(f) for f in files]
    texts += [
        f"Headline {i}\n\nThe regime said {i} sham votes were held. Officials claimed it was "
        f"very clear, reportedly.\n\n“It is a puppet vote,” Kim said."
        for i in range(40)
    ]
    texts += ["", "just one line"]
    metas = [{"outlet": f"O{i % 3}", "n": i} if i % 4 else None for i in range(len(texts))]
    return texts, metas


@pytest.mark.parametrize("by", ["paragraph", "article", "sources"])
def test_score_many_equals_a_loop_of_score(engine, by):
    texts, metas = corpus()
    loop = [engine.score(t, by=by, meta=m, id=str(i)) for i, (t, m) in enumerate(zip(texts, metas))]
    for threads in (0, 1, 2, 3):
        assert engine.score_many(texts, by=by, metas=metas, threads=threads) == loop
    ids = [f"doc-{i}" for i in range(len(texts))]
    named = engine.score_many(iter(texts), by=by, metas=metas, ids=ids)
    assert named == [engine.score(t, by=by, meta=m, id=i) for t, m, i in zip(texts, metas, ids)]


def test_score_many_checks_its_arguments(engine):
    with pytest.raises(ValueError, match="one item per text"):
        engine.score_many(["a", "b"], metas=[None])
    with pytest.raises(ValueError, match="one item per text"):
        engine.score_many(["a"], ids=["x", "y"])
    with pytest.raises(TypeError):
        engine.score_many(["a", 3])
    with pytest.raises(ValueError, match='text "1": binary file .NUL'):
        engine.score_many(["fine", "bad\0"])
    assert engine.score_many([]) == []


def test_score_many_releases_the_gil(engine):
    texts = [read(f) for f in text_files(ROOT / "fixtures")] * 300
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        start = time.perf_counter()
        engine.score_many(texts, by="article", threads=2)
        elapsed = time.perf_counter() - start
    finally:
        done.set()
        t.join()
    during = [x for x in ticks if start <= x <= start + elapsed]
    # The other thread ran all along (with the GIL held throughout it could not tick at all).
    assert len(during) > 10, (len(during), elapsed)


def short_texts(n):
    return [
        f"Talks {i}\n\nThe minister said talks would resume on day {i}. The so-called regime "
        f"slammed the plan, officials said."
        for i in range(n)
    ]


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def test_ten_thousand_short_texts_with_flat_memory(engine):
    texts = short_texts(10_000)
    start = time.perf_counter()
    first = engine.score_many(texts)
    elapsed = time.perf_counter() - start
    assert len(first) == 10_000 and all(len(rows) == 2 for rows in first)
    assert first[9_999][1]["article_id"] == "9999"
    del first
    gc.collect()
    before = peak_rss_mb()
    for _ in range(3):
        again = engine.score_many(texts)
        assert len(again) == 10_000
        del again
        gc.collect()
    growth = peak_rss_mb() - before
    # Three more batches that leaked their rows would add about 30 MB (measured 1-2 MB without).
    assert growth < 10, f"peak RSS grew {growth:.1f} MB over three more batches"
    assert elapsed < 60
