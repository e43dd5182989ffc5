"""slant: score news articles for framing and source reliability with transparent TOML rules.

The work is done by the Rust library; these functions return the records the ``slant`` CLI
writes as JSONL, as lists of dicts with the same keys and JSON types, so
``pandas.DataFrame(engine.score(text))`` gives the CLI's table.

    >>> import slant
    >>> engine = slant.Engine()                      # the embedded default rules
    >>> rows = engine.score(text)                    # slant score --format jsonl
    >>> summary = engine.score(text, by="article")   # slant score --by article --format jsonl
    >>> slant.compare(summaries, group_by="outlet")  # slant compare --format json
"""

from ._slant import Engine, RuleError, __version__, compare

__all__ = ["Engine", "RuleError", "compare", "__version__"]
