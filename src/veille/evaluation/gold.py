"""Read quotation gold files and the corpus articles they refer to.

Committed gold files hold offsets and labels only (no article text); the text comes
from the corpus by article id. A gold line may still carry a ``text`` field (gold
written for one's own articles): it is then used as is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..models import Article


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quotation (``type``: direct | indirect)."""

    type: str
    start: int
    end: int
    speaker: str | None = None
    speaker_kind: str | None = None
    mention: GoldSpan | None = None
    cue: GoldSpan | None = None


@dataclass(frozen=True)
class GoldDocument:
    id: str
    quotes: tuple[GoldQuote, ...]
    text: str | None = None


def _span(value) -> GoldSpan | None:
    if not value:
        return None
    return GoldSpan(int(value["start"]), int(value["end"]))


def _read_jsonl(path: Path) -> Iterable[tuple[int, dict]]:
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield n, json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise UsageError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read a quotation gold file (one JSON object per article)."""
    path = Path(path)
    docs = []
    for n, row in _read_jsonl(path):
        if "id" not in row:
            raise UsageError(f"{path}:{n}: gold line without an id")
        quotes = []
        for q in row.get("quotes", []):
            kind = q.get("type")
            if kind not in ("direct", "indirect"):
                raise UsageError(f"{path}:{n}: quote type must be direct or indirect, not {kind!r}")
            quotes.append(
                GoldQuote(
                    type=kind, start=int(q["start"]), end=int(q["end"]),
                    speaker=q.get("speaker"), speaker_kind=q.get("speaker_kind"),
                    mention=_span(q.get("mention")), cue=_span(q.get("cue")),
                )
            )
        quotes.sort(key=lambda q: (q.start, q.end))
        docs.append(GoldDocument(str(row["id"]), tuple(quotes), row.get("text")))
    return docs


def load_articles(corpus: str | Path | None, gold: list[GoldDocument]) -> dict[str, Article]:
    """The articles of ``gold``: from their own ``text`` field, else from ``corpus``.

    Raises UsageError when an article is neither in the gold file nor in the corpus,
    or when a gold span does not fit its text.
    """
    wanted = {d.id for d in gold if d.text is None}
    articles: dict[str, Article] = {
        d.id: Article(id=d.id, text=d.text, lang="fr") for d in gold if d.text is not None
    }
    if wanted:
        if corpus is None:
            raise UsageError("the gold file has no article text: give --corpus")
        for _, row in _read_jsonl(Path(corpus)):
            doc_id = str(row.get("id"))
            if doc_id in wanted:
                articles[doc_id] = Article(
                    id=doc_id, text=row["text"], title=row.get("title"),
                    outlet=row.get("outlet"), published=row.get("date"),
                    lang=row.get("lang") or "fr",
                )
        missing = sorted(wanted - articles.keys())
        if missing:
            raise UsageError(f"{len(missing)} gold article(s) not in the corpus: {', '.join(missing[:5])}")
    for d in gold:
        size = len(articles[d.id].text)
        for q in d.quotes:
            if not 0 <= q.start < q.end <= size:
                raise UsageError(f"gold quote {q.start}-{q.end} outside article {d.id} ({size} chars)")
    return articles
