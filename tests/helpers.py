"""Checks shared by tests of several layers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: The repository's example articles (fiction written for veille).
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _check_span(texts: dict[str, str], doc_id: str, start: Any, end: Any, expected: str | None, what: str) -> None:
    assert doc_id in texts, f"{what}: unknown doc_id {doc_id!r}"
    text = texts[doc_id]
    assert isinstance(start, int) and isinstance(end, int), f"{what}: offsets must be ints, got {start!r}, {end!r}"
    assert 0 <= start <= end <= len(text), f"{what}: offsets {start}-{end} outside document of {len(text)} chars"
    if expected is not None:
        assert text[start:end] == expected, f"{what}: text[{start}:{end}] is {text[start:end]!r}, item says {expected!r}"


def assert_offsets(export: dict[str, Any]) -> int:
    """Assert every offset in a JSON export (``veille export --format json``) points at its text.

    For each item with ``doc_id``/``start``/``end``: ``documents[doc_id].text[start:end]``
    equals the item's ``text`` (or ``evidence`` for relations); nested spans (entity
    mentions, quote speaker and cue, relation trigger) are checked too; roles are
    checked to lie inside the document (they carry no text of their own).
    RETURNS (int): how many spans were checked (so a test can require some).
    """
    texts = {doc["id"]: doc["text"] for doc in export["documents"]}
    checked = 0
    for entity in export["entities"]:
        for m in entity["mentions"]:
            _check_span(texts, m["doc_id"], m["start"], m["end"], m["text"], f"mention of {entity['id']}")
            checked += 1
        for r in entity["roles"]:
            _check_span(texts, r["doc_id"], r["start"], r["end"], None, f"role of {entity['id']}")
            checked += 1
    for section in ("amounts", "dates"):
        for item in export[section]:
            _check_span(texts, item["doc_id"], item["start"], item["end"], item["text"], section)
            checked += 1
    for q in export["quotes"]:
        _check_span(texts, q["doc_id"], q["start"], q["end"], q["text"], f"quote {q['id']}")
        checked += 1
        if q["speaker_start"] is not None or q["speaker_text"] is not None:
            # speaker_text is the attributing mention as written ("il", "la société");
            # the resolved speaker is speaker_id
            _check_span(texts, q["doc_id"], q["speaker_start"], q["speaker_end"], q["speaker_text"],
                        f"speaker of {q['id']}")
            checked += 1
        if q["cue"] is not None:
            _check_span(texts, q["doc_id"], q["cue"]["start"], q["cue"]["end"], q["cue"]["text"], f"cue of {q['id']}")
            checked += 1
    for r in export["relations"]:
        _check_span(texts, r["doc_id"], r["start"], r["end"], r["evidence"], f"relation {r['id']}")
        checked += 1
        if r["trigger"] is not None:
            t = r["trigger"]
            _check_span(texts, r["doc_id"], t["start"], t["end"], t["text"], f"trigger of {r['id']}")
            checked += 1
    return checked


def span_of(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th ``part`` in ``text`` (for hand-built analyses)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def analysed_pair(
    doc_id: str,
    text: str,
    *,
    entities: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (),
    quote: tuple[str, str, str | None] | None = None,
    amount: tuple[str, float] | None = None,
    date: tuple[str, str] | None = None,
    relation: tuple[str, str, str] | None = None,
    lang: str = "fr",
    **article_fields: Any,
):
    """An (Article, DocumentAnalysis) pair built by hand, with offsets computed from ``text``.

    entities: (name, type, aliases, mention texts); keys e0, e1… in order.
    quote: (quoted text, cue text, speaker name or None); the speaker mention is its first occurrence.
    amount: (amount text, value in EUR). date: (date text, ISO value).
    relation: (type, subject name, object name); evidence is the whole text.
    """
    from veille.models import (
        Amount, Article, Cue, DateMention, DocumentAnalysis, EntityRecord, Mention, Quote, Relation,
    )

    records = []
    keys = {}
    for i, (name, type_, aliases, mentions) in enumerate(entities):
        keys[name] = f"e{i}"
        found = []
        for form in mentions:
            n = sum(1 for m in found if m.text == form)
            found.append(Mention(*span_of(text, form, n), form))
        records.append(EntityRecord(f"e{i}", name, type_, tuple(aliases), (), tuple(sorted(found, key=lambda m: m.start))))
    quotes = ()
    if quote:
        quoted, cue, speaker = quote
        s_start, s_end = span_of(text, speaker) if speaker else (None, None)
        quotes = (Quote(*span_of(text, quoted), quoted, "direct", keys.get(speaker), speaker, s_start, s_end,
                        Cue(*span_of(text, cue), cue), 0.8, "test"),)
    amounts = (Amount(*span_of(text, amount[0]), amount[0], amount[1], "money", "EUR"),) if amount else ()
    dates = (DateMention(*span_of(text, date[0]), date[0], date[1], "year"),) if date else ()
    relations = ()
    if relation:
        type_, subject, obj = relation
        relations = (Relation(type_, keys.get(subject), keys.get(obj), subject, obj, 0, len(text), text,
                              None, "asserted", None, {"source": "test"}),)
    article = Article(id=doc_id, text=text, lang=lang, **article_fields)
    analysis = DocumentAnalysis(
        doc_id=doc_id, status="analysed", lang=lang, n_tokens=len(text.split()), entities=tuple(records),
        amounts=amounts, dates=dates, quotes=quotes, relations=relations,
    )
    return article, analysis


class CliResult:
    def __init__(self, exit_code: int, stdout: str, stderr: str):
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr

    def __repr__(self) -> str:
        return f"CliResult(exit_code={self.exit_code}, stdout={self.stdout[:300]!r}, stderr={self.stderr[:600]!r})"


def run_cli(args: list[str], *, input: bytes | str | None = None, color: bool = False) -> CliResult:
    """Run ``veille ARGS`` in-process through the real entry point (exit-code mapping included)."""
    import sys

    from click.testing import CliRunner

    from veille.cli import main

    runner = CliRunner()
    argv = sys.argv
    with runner.isolation(input=input, color=color) as (out, err, _):
        sys.argv = ["veille", *args]
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.argv = argv
        sys.stdout.flush()
        sys.stderr.flush()
        return CliResult(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


def reuse_model(monkeypatch, nlp) -> None:
    """Make ``run_analysis`` (one worker) use the session's already loaded pipeline."""
    monkeypatch.setattr("veille.nlp.build.build_nlp", lambda *args, **kwargs: nlp)


def quote_speakers(nlp, text: str, kinds: tuple[str, ...] = ("direct",)) -> list[tuple[str, str | None, str]]:
    """(quoted text, speaker's entity name or mention text, rule) of the quotes of
    the given kinds that the full pipeline finds in ``text``."""
    doc = nlp(text)
    names = {e.key: e.name for e in doc._.veille_entities or ()}
    return [
        (q.text, names.get(q.speaker_key, q.speaker_text), q.rule)
        for q in doc._.veille_quotes
        if q.kind in kinds
    ]


def speaker_names(nlp, text: str, kinds: tuple[str, ...] = ("direct", "partial")) -> list[str | None]:
    """The speaker's name (see :func:`quote_speakers`) of each direct or partial
    quote the full pipeline finds in ``text``, in order."""
    return [name for _, name, _ in quote_speakers(nlp, text, kinds)]
