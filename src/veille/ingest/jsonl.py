"""JSON Lines sources: one article object per line.

Known fields: ``id``, ``title``, ``text``, ``date`` (publication), ``url``,
``outlet``, ``lang``, ``author``; every other field is kept in ``Article.metadata``.
A bad line is one failure (file and line number); the other lines are read.
"""

from __future__ import annotations

import json
import re
import os
from collections.abc import Iterable, Iterator

from .base import Failure, ReadItem, ReadWarning, check_text, decode, invalid_utf8_warning, looks_binary
from .normalize import make_article

_KNOWN = ("id", "title", "text", "date", "url", "outlet", "lang", "author")


def read_jsonl_file(path: str, *, max_chars: int) -> Iterator[ReadItem]:
    """Articles from a ``.jsonl`` file, streamed line by line."""
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        yield Failure(path, "no such file or directory")
        return
    except PermissionError:
        yield Failure(path, "permission denied")
        return
    except OSError as exc:
        yield Failure(path, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        stem = os.path.splitext(os.path.basename(path))[0]
        try:
            yield from read_jsonl_lines(handle, source=path, stem=stem, max_chars=max_chars)
        except OSError as exc:
            yield Failure(path, f"read error: {exc.strerror or exc}")


def read_jsonl_lines(
    lines: Iterable[bytes], *, source: str, stem: str, max_chars: int
) -> Iterator[ReadItem]:
    """Articles from an iterable of byte lines (a file or stdin).

    A line without ``id`` gets ``<stem>-<line number>`` (line numbers start at 1).
    """
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        if not seen_any and looks_binary(raw):
            yield Failure(source, "binary file, not JSON Lines")
            return
        if not raw.strip():
            continue
        seen_any = True
        line, replaced = decode(raw)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(source, f"malformed JSON: {exc.msg} at column {exc.colno}", number)
            continue
        if not isinstance(record, dict):
            yield Failure(source, f"expected a JSON object, got {type(record).__name__}", number)
            continue
        text = record.get("text")
        if not isinstance(text, str):
            yield Failure(source, "no \"text\" string field", number)
            continue
        record, surrogates = _without_lone_surrogates(record)
        text = record["text"]
        if surrogates:
            yield ReadWarning(
                source, f"{surrogates} unpaired UTF-16 surrogate escape(s) replaced by U+FFFD", number
            )
        failure = check_text(text, source, max_chars=max_chars, line=number)
        if failure:
            yield failure
            continue
        if replaced:
            yield invalid_utf8_warning(source, number)
        doc_id = record.get("id")
        doc_id = str(doc_id).strip() if doc_id not in (None, "") else ""
        yield make_article(
            id=doc_id or f"{stem}-{number}",
            text=text,
            title=record.get("title"),
            url=record.get("url"),
            outlet=record.get("outlet"),
            published=record.get("date"),
            lang=record.get("lang"),
            author=record.get("author"),
            source=source,
            metadata={k: v for k, v in record.items() if k not in _KNOWN},
        )
    if not seen_any:
        yield Failure(source, "empty document")



# JSON may escape half of a UTF-16 pair ("\\ud83d" alone); Python then holds a lone
# surrogate that no encoder (spaCy, SQLite) accepts. One U+FFFD per surrogate keeps
# every offset where it was.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(record: dict) -> tuple[dict, int]:
    count = 0

    def clean(value):
        nonlocal count
        if isinstance(value, str):
            fixed, n = _LONE_SURROGATE.subn("\ufffd", value)
            count += n
            return fixed
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {clean(k): clean(v) for k, v in value.items()}
        return value

    return clean(record), count
