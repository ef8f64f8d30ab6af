"""Search snippets as safe HTML: the text is escaped first, then the match markers become <mark>."""

from __future__ import annotations

from markupsafe import Markup, escape


def snippet_html(snippet: str | None) -> Markup:
    """``[[word]]`` markers (from the API's snippet) as <mark>, every other character escaped."""
    if not snippet:
        return Markup("")
    escaped = str(escape(snippet))
    return Markup(escaped.replace("[[", "<mark>").replace("]]", "</mark>"))
