"""HTML pages (``.html``/``.htm``): the article text and metadata found by trafilatura."""

from __future__ import annotations

import os
from collections.abc import Iterator

from .base import Failure, ReadItem, check_text, decode, invalid_utf8_warning, read_file_bytes
from .normalize import make_article


def read_html_file(path: str, *, max_chars: int) -> Iterator[ReadItem]:
    """One Article from an HTML page; its id is the file name without extension.

    The stored text is trafilatura's extracted main text (offsets index that text,
    not the HTML). Boilerplate (menus, footers) is left out by trafilatura.
    """
    data = read_file_bytes(path, max_chars=max_chars)
    if isinstance(data, Failure):
        yield data
        return
    html, replaced = decode(data)
    if not html.strip():
        yield Failure(path, "empty document")
        return
    from trafilatura import bare_extraction

    try:
        found = bare_extraction(html, with_metadata=True)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        yield Failure(path, f"cannot parse HTML: {type(exc).__name__}: {exc}")
        return
    text = (found.text if found is not None else None) or ""
    if not text.strip():
        yield Failure(path, "no article text found in the HTML page")
        return
    failure = check_text(text, path, max_chars=max_chars)
    if failure:
        yield failure
        return
    if replaced:
        yield invalid_utf8_warning(path)
    yield make_article(
        id=os.path.splitext(os.path.basename(path))[0],
        text=text,
        title=found.title,
        url=found.url,
        outlet=found.sitename,
        published=found.date,
        author=found.author,
        lang=found.language,
        source=path,
    )
