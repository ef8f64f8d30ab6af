"""Plain-text sources (``.txt`` files, or stdin that is not JSONL): the whole content is the text."""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..models import content_hash
from .base import Failure, ReadItem, check_text, decode, invalid_utf8_warning, read_file_bytes
from .normalize import make_article

#: A first line longer than this is a paragraph, not a title.
MAX_TITLE_CHARS = 150
# A title does not end like a sentence or a clause does.
_NOT_TITLE_ENDINGS = (".", ",", ";", ":", "…")


def guess_title(text: str) -> str | None:
    """The first line when it looks like a title, else None.

    A title here is short, does not end with a period (or other clause punctuation),
    ends with a line break, and more text follows it. The document text is left
    whole: the title is metadata, and offsets still index the whole file.
    """
    first, newline, rest = text.lstrip("\ufeff").partition("\n")
    first = first.strip()
    if not newline or not first or not rest.strip():
        return None
    if len(first) >= MAX_TITLE_CHARS or first.endswith(_NOT_TITLE_ENDINGS):
        return None
    return first


def text_article(text: str, *, id: str, source: str):
    return make_article(id=id, text=text, title=guess_title(text), source=source)


def read_text_file(path: str, *, max_chars: int) -> Iterator[ReadItem]:
    """One Article from a ``.txt`` file; its id is the file name without extension."""
    data = read_file_bytes(path, max_chars=max_chars)
    if isinstance(data, Failure):
        yield data
        return
    yield from _from_bytes(data, source=path, id=os.path.splitext(os.path.basename(path))[0], max_chars=max_chars)


def read_text_bytes(data: bytes, *, source: str, max_chars: int) -> Iterator[ReadItem]:
    """One Article from raw bytes without a file name (stdin): the id comes from the content."""
    text, _ = decode(data)
    yield from _from_bytes(data, source=source, id=f"stdin-{content_hash(text)[:12]}", max_chars=max_chars)


def _from_bytes(data: bytes, *, source: str, id: str, max_chars: int) -> Iterator[ReadItem]:
    text, replaced = decode(data)
    failure = check_text(text, source, max_chars=max_chars)
    if failure:
        yield failure
        return
    if replaced:
        yield invalid_utf8_warning(source)
    yield text_article(text, id=id, source=source)
