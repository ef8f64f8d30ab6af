"""Checks shared by tests of several layers."""

from __future__ import annotations

from typing import Any


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
    mentions and roles, quote speaker and cue, relation trigger) are checked too.
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
        if q["speaker_start"] is not None:
            _check_span(texts, q["doc_id"], q["speaker_start"], q["speaker_end"], q["speaker_text"], f"speaker of {q['id']}")
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
