"""Article text as HTML with highlighted spans, built from character offsets.

Two layers: ``outer`` marks (quotations, which may hold names) and ``inner`` marks
(entity mentions, amounts, dates, relation triggers). The text is cut at every mark
boundary; each piece is escaped on its own (``markupsafe.escape``) and wrapped in
the outer and the innermost inner mark that cover it, so overlapping spans never
produce badly nested tags and no article character is ever read as markup.

Written by hand because the offsets come from our own store: an HTML sanitiser or
template trick cannot place tags at character offsets into unescaped text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

OUTER = "outer"
INNER = "inner"


@dataclass(frozen=True)
class Mark:
    """A span to highlight: ``text[start:end]`` shown as ``<tag class=… title=…>``."""

    start: int
    end: int
    layer: str  # OUTER | INNER
    classes: str
    title: str = ""
    href: str | None = None  # makes the mark a link (<a>)
    attrs: tuple[tuple[str, str], ...] = field(default=())  # more attributes: id, data-*

    @property
    def tag(self) -> str:
        return "a" if self.href else "span"


def _open(mark: Mark) -> str:
    attrs = [("class", mark.classes)]
    if mark.href:
        attrs.append(("href", mark.href))
    if mark.title:
        attrs.append(("title", mark.title))
    attrs += list(mark.attrs)
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs)
    return f"<{mark.tag}{rendered}>"


def render(text: str, marks: Sequence[Mark]) -> Markup:
    """``text`` as safe HTML with ``marks``; marks outside the text are ignored."""
    size = len(text)
    valid = [m for m in marks if 0 <= m.start < m.end <= size]
    starts: dict[int, list[Mark]] = defaultdict(list)
    ends: dict[int, list[Mark]] = defaultdict(list)
    for m in valid:
        starts[m.start].append(m)
        ends[m.end].append(m)
    cuts = sorted({0, size, *starts, *ends})
    active: dict[str, list[Mark]] = {OUTER: [], INNER: []}
    out: list[str] = []
    current_outer: Mark | None = None
    current_inner: Mark | None = None
    for left, right in zip(cuts, cuts[1:]):
        for m in ends.get(left, ()):
            active[m.layer].remove(m)
        for m in starts.get(left, ()):
            active[m.layer].append(m)
        # The earliest (then longest) quotation is the outer one; the shortest name,
        # amount or date is the inner one (the most specific thing under the pointer).
        outer = min(active[OUTER], key=lambda m: (m.start, -m.end), default=None)
        inner = min(active[INNER], key=lambda m: (m.end - m.start, m.start), default=None)
        if outer is not current_outer:
            if current_inner is not None:
                out.append(f"</{current_inner.tag}>")
                current_inner = None
            if current_outer is not None:
                out.append(f"</{current_outer.tag}>")
            if outer is not None:
                out.append(_open(outer))
            current_outer = outer
        if inner is not current_inner:
            if current_inner is not None:
                out.append(f"</{current_inner.tag}>")
            if inner is not None:
                out.append(_open(inner))
            current_inner = inner
        out.append(str(escape(text[left:right])))
    if current_inner is not None:
        out.append(f"</{current_inner.tag}>")
    if current_outer is not None:
        out.append(f"</{current_outer.tag}>")
    return Markup("".join(out))
