"""Quote marks in plain text: which characters open and close a quotation.

Pure text in, candidate spans out (no parse): :func:`scan_quote_marks` pairs the
marks of each paragraph, :func:`sentence_bounds` cuts sentences without breaking
inside a pair. ``veille.nlp.quotes`` reads quotations from these spans.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lang import fr_quotes as data

# --- quote-mark scanning ----------------------------------------------------------


@dataclass(frozen=True)
class MarkedSpan:
    """Text between a pair of quote marks.

    ``open``/``close`` are the offsets of the marks (``close`` is the paragraph end
    when the closing mark is missing, ``closed`` is then False); ``start``/``end``
    delimit the words inside, surrounding spaces excluded.
    """

    open: int
    close: int
    start: int
    end: int
    closed: bool = True

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in data.MARK_SPACES


def scan_quote_marks(text: str) -> list[MarkedSpan]:
    """Pair quotation marks in ``text``, paragraph by paragraph (outermost pairs only).

    Hand-written on purpose: no library pairs the marks of real French news, where
    « may close with ", straight quotes both open and close, stray duplicates (" ")
    appear and a closing mark is often missing at the end of a paragraph. A single
    pass over the characters is also far cheaper than any parse.
    """
    spans: list[MarkedSpan] = []
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if end > start:
            _scan_paragraph(text, start, end, spans)
        start = end + 1
    return spans


def _scan_paragraph(text: str, start: int, end: int, out: list[MarkedSpan]) -> None:
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in data.QUOTE_CHARS:
            continue
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        # "left-flanking": followed by a word (an opener); "right-flanking":
        # preceded by a word or punctuation (a closer). Straight quotes need both.
        left = not _is_space(nxt) and nxt not in ",;.)"
        right = not _is_space(prev)
        if not stack:
            if ch in "«„‹“" or (ch == "\"" and left and not (right and prev.isalnum())):
                stack.append((ch, i))
            continue  # a closer with nothing open is a stray mark
        outer = stack[0][0]
        inner = stack[-1][0]
        if len(stack) > 1:
            if ch in data.OPENING_MARKS.get(inner, ()) and (right or not left):
                stack.pop()
            elif ch == "»" and outer == "«":
                _emit(text, stack[0][1], i, True, out)  # the inner quote never closed
                stack.clear()
            elif ch in "«“„‹" or (ch == "\"" and left and not right):
                stack.append((ch, i))
            continue
        closers = data.OPENING_MARKS[outer]
        nested_opener = (ch in "\"“" and ch != outer and left and not right) or (
            ch in "«„‹" and left
        )
        if nested_opener and not (ch == "“" and outer == "„"):
            stack.append((ch, i))
        elif ch in closers:
            _emit(text, stack[0][1], i, True, out)
            stack.clear()
    if stack:
        _emit(text, stack[0][1], end, False, out)


def _emit(text: str, open_at: int, close_at: int, closed: bool, out: list[MarkedSpan]) -> None:
    s, e = open_at + 1, close_at
    while s < e and _is_space(text[s]):
        s += 1
    while e > s and _is_space(text[e - 1]):
        e -= 1
    if e > s:
        out.append(MarkedSpan(open_at, close_at, s, e, closed))


# --- sentences that ignore the periods inside quotes ----------------------------------

# a period glued to the next sentence ("moins de 5000.Le chef") also ends one; the
# period of a civility before a name ("M. Martin a affirmé") ends none, or the name
# would lose its verb
_SENTENCE_END = re.compile(
    r"(?<!\bM)(?<!\bMM)(?<!\bDr)(?<!\bMgr)(?<!\bPr)(?<!\bMe)"
    r"[.!?…]+(?=[\s\u00a0]+[\"«“(A-ZÀ-ÖØ-Þ0-9])|(?<=[a-zà-ÿ0-9]{2})\.(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])|\n"
)


def sentence_bounds(text: str, masked: list[MarkedSpan]) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets, not breaking inside quotation marks.

    The parser's sentences split multi-sentence quotes from their attribution; for
    attribution a quote and its incise must stay in one sentence.
    """
    opens = [m.open for m in masked]
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        cut = match.end()
        k = bisect.bisect_right(opens, match.start()) - 1
        if match.group() != "\n" and k >= 0 and masked[k].open < match.start() < masked[k].close:
            continue
        if cut > start:
            bounds.append((start, cut))
        start = cut
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds
