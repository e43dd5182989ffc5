"""Type stubs of the slant package (the extension module slant._slant)."""

import os
from typing import Any, Iterable, List, Literal, Mapping, Optional, Sequence, Union

__version__: str

By = Literal["paragraph", "article", "sources"]
MetaValue = Union[str, int, float, bool, None]
Record = dict[str, Any]

class RuleError(ValueError):
    """A rule file failed to load; the message is every diagnostic rendered with its snippet."""

    file: Optional[str]
    """The file of the first diagnostic (None when it concerns no single file)."""
    line: Optional[int]
    """1-based line of the first diagnostic."""
    column: Optional[int]
    """1-based column (in characters) of the first diagnostic."""
    diagnostics: List[dict[str, Any]]
    """Every diagnostic: severity, message, file, line, column, rendered."""

class Engine:
    """A rule set compiled once. Thread-safe; share one per process (or Spark partition)."""

    def __init__(
        self,
        rules: Sequence[Union[str, os.PathLike[str]]] = ...,
        default_rules: bool = True,
    ) -> None:
        """Loads the embedded default rules (unless ``default_rules=False``), then each rule
        file in order, as ``slant --rules FILE`` does. Raises :class:`RuleError`."""

    def score(
        self,
        text: str,
        by: By = "paragraph",
        meta: Optional[Mapping[str, MetaValue]] = None,
        id: Optional[str] = None,
    ) -> List[Record]:
        """Rows of one text, read exactly as a ``.txt`` file (a ``key: value`` header closed
        by ``---`` included): ``by="paragraph"`` as ``slant score --format jsonl``,
        ``"article"`` the summary of ``--by article``, ``"sources"`` as ``slant sources``.
        ``meta`` sets metadata fields as a JSONL record's fields do (``outlet``, ``date``, …;
        ``id`` becomes the article id; unlike a JSONL record's, a ``title`` is not put in front of
        the text). The article id is ``id``, else ``meta["id"]``, else
        ``"<text>"``. An article with no scored paragraphs has no rows."""

    def matches(
        self,
        text: str,
        meta: Optional[Mapping[str, MetaValue]] = None,
        id: Optional[str] = None,
    ) -> List[Record]:
        """The match records of ``slant explain --format jsonl`` (``"type": "match"``)."""

    def claims(
        self,
        text: str,
        meta: Optional[Mapping[str, MetaValue]] = None,
        id: Optional[str] = None,
    ) -> List[Record]:
        """One record per claim: article_id, paragraph, kind, start, end (UTF-8 byte offsets
        into the text as read), class, source, source_kind, reliability, cue, cue_grade,
        direct_quote, text."""

    def score_many(
        self,
        texts: Iterable[str],
        by: By = "paragraph",
        metas: Optional[Iterable[Optional[Mapping[str, MetaValue]]]] = None,
        ids: Optional[Iterable[Optional[str]]] = None,
        threads: int = 0,
    ) -> List[List[Record]]:
        """``score`` of each text, on ``threads`` worker threads (0 = all cores) with the GIL
        released; one list per text, in input order. A text's default id is its 0-based index
        as a string."""

    def compare(
        self,
        records: Iterable[Mapping[str, Any]],
        group_by: str = "outlet",
        bootstrap: int = 1000,
        seed: int = 20260101,
        top: int = 8,
    ) -> dict[str, Any]:
        """Like :func:`compare`, with this engine's loaded categories for the top terms."""

def compare(
    records: Iterable[Mapping[str, Any]],
    group_by: str = "outlet",
    bootstrap: int = 1000,
    seed: int = 20260101,
    top: int = 8,
) -> dict[str, Any]:
    """Groups article summaries (from ``score(text, by="article")``, from any number of runs or
    machines) and returns what ``slant compare --format json`` prints: rates with seeded
    bootstrap intervals, top loaded terms, separations."""
