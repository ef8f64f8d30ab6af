"""Span finding and gold checks shared by the annotation helper and the verifier.

Offsets are Python ``str`` indices into the article text exactly as stored in
the corpus: no normalisation is ever applied before searching, so a span found
here is valid for every consumer that reads the same corpus line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

QUOTE_MARKS = "«»“”\"„‹›"
TYPES = ("direct", "indirect")
KINDS = ("person", "organisation", "group", "anonymous", None)


class GoldError(ValueError):
    """A gold record that does not match its article text or breaks a rule."""


def load_corpus(path: Path, ids: set[str] | None = None) -> dict[str, dict]:
    """Read the corpus JSONL, keeping only ``ids`` when given."""
    articles = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if ids is None or article["id"] in ids:
                articles[article["id"]] = article
    return articles


# The annotator types plain spaces and straight apostrophes; the press uses
# no-break spaces before « ! ? : » and typographic apostrophes inconsistently.
_LOOSE = {" ": "[ \u00a0\u202f\u2009]", "'": "['\u2019]"}


def loose_pattern(needle: str) -> str:
    """Regex matching ``needle`` with space and apostrophe variants."""
    return "".join(_LOOSE.get(char, re.escape(char)) for char in needle)


def occurrences(text: str, needle: str, *, whole_word: bool) -> list[tuple[int, int]]:
    """All (start, end) of ``needle`` in ``text`` (overlapping allowed).

    ``whole_word`` stops a short mention such as "il" from matching inside
    "ville"; quotation content is searched without it because it may start or
    end in the middle of punctuation.
    """
    if not needle:
        return []
    pattern = loose_pattern(needle)
    if whole_word:
        pattern = r"(?<!\w)" + pattern + r"(?!\w)"
    pattern = re.compile(pattern)
    found, position = [], 0
    while (match := pattern.search(text, position)) is not None:
        found.append((match.start(), match.end()))
        position = match.start() + 1
    return found


def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans, 0 when they touch or overlap."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def check_record(record: dict, text: str) -> list[str]:
    """Return every rule the record breaks (empty list when it is valid).

    Checks: offsets inside the text, types and kinds from the vocabulary,
    direct spans trimmed of marks and spaces, indirect spans trimmed of spaces,
    quotes sorted by start, no overlap between two quotes of the same type,
    and no "text" key (the corpus licence forbids redistributing the text).
    """
    problems = []
    where = record.get("id", "?")

    def bad(message: str) -> None:
        problems.append(f"{where}: {message}")

    def valid_span(span: dict | None, label: str) -> bool:
        if span is None:
            return False
        if "text" in span:
            bad(f"{label} carries a text key")
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            bad(f"{label} has invalid offsets {start}-{end}")
            return False
        return True

    quotes = record.get("quotes")
    if not isinstance(quotes, list):
        bad("quotes is not a list")
        return problems
    previous_start = -1
    last_by_type: dict[str, tuple[int, int]] = {}
    for number, quote in enumerate(quotes):
        label = f"quote {number}"
        if "text" in quote:
            bad(f"{label} carries a text key")
        if quote.get("type") not in TYPES:
            bad(f"{label} has type {quote.get('type')!r}")
        if quote.get("speaker_kind") not in KINDS:
            bad(f"{label} has speaker_kind {quote.get('speaker_kind')!r}")
        if quote.get("speaker") is None and quote.get("speaker_kind") is not None:
            bad(f"{label} has a kind but no speaker")
        if not valid_span(quote, label):
            continue
        start, end = quote["start"], quote["end"]
        content = text[start:end]
        if content != content.strip():
            bad(f"{label} starts or ends with whitespace: {start}-{end}")
        if quote["type"] == "direct" and (content[0] in QUOTE_MARKS or content[-1] in QUOTE_MARKS):
            bad(f"{label} (direct) includes a quotation mark at an end: {start}-{end}")
        if start < previous_start:
            bad(f"{label} is out of order (start {start} < {previous_start})")
        previous_start = start
        kind = quote.get("type")
        last = last_by_type.get(kind)
        if last is not None and start < last[1]:
            bad(f"{label} overlaps the previous {kind} quote {last[0]}-{last[1]}")
        last_by_type[kind] = (start, max(end, last[1]) if last else end)
        for field in ("mention", "cue"):
            span = quote.get(field)
            if span is not None and valid_span(span, f"{label} {field}"):
                inner = text[span["start"]:span["end"]]
                if inner != inner.strip():
                    bad(f"{label} {field} starts or ends with whitespace")
    return problems
