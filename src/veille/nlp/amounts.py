"""Component ``veille_amounts``: find money, percentages and large numbers, with normalised values.

Writes ``doc._.veille_amounts`` (list of :class:`veille.models.Amount`, in text order)
and ``doc.spans["veille_amounts"]`` (same items as spans, labelled with the unit).

What counts as an amount (French):

- money: a number followed by a currency ("45 millions de dollars", "10 000 €",
  "3,5 Md€", "quarante-cinq millions d'euros", "15 M$") or preceded by a symbol
  ("$300");
- percentages: "12 %", "12,5 %", "douze pour cent";
- numbers with a scale word: "3 millions" (of subscribers) gives unit ``number``;
- vague quantities: "des milliards de dollars", "plusieurs millions" give
  ``value=None`` and ``qualifier="vague"``.

A bare number is never emitted: years, days, times, ordinals, street or article
numbers need a currency, a percent sign or a scale word to become an amount, which is
what keeps precision high.

Span decisions:

- The span covers the amount itself: number, scale, currency ("45 millions de
  dollars"). A qualifier written before it ("moins de", "plus de", "environ", "près
  de", "au moins", "jusqu'à"…) is NOT in the span; it is the ``qualifier`` field.
- For vague amounts the determiner is in the span ("des milliards de dollars",
  "plusieurs millions"): without it nothing says how many.
- "près de" means "nearly" (just under the figure); "environ", "quelque", "autour
  de", "approximativement" mean "about" (either side).

Finding uses a spaCy ``Matcher`` on token attributes (compiled once); the matched
tokens are then read left to right to compute the value. Numbers written in words
are converted with text2num.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from text_to_num import text2num

from ..models import Amount
from .extensions import AMOUNTS_KEY
from .lang import fr_amounts as fr

# --- token predicates for the Matcher ---------------------------------------------

_SPACES = ["\u00a0", "\u202f", "\u2009"]  # thousand separators that become tokens
_SIGNS = "-+\u2212"  # hyphen-minus, plus, minus sign: "-3 %", "−0,5 %"
_DIGITS_RE = rf"[{_SIGNS}]?\d+(?:[.,]\d+)*"
_WORDS_RE = "|".join(sorted(fr.NUMBER_WORDS, key=len, reverse=True))
_FIRST = {"LOWER": {"REGEX": rf"^(?:{_DIGITS_RE}|{_WORDS_RE})$"}}
_PIECE = {
    "LOWER": {"REGEX": rf"^(?:{_DIGITS_RE}|{_WORDS_RE}|et|-|[{''.join(_SPACES)}])$"},
    "OP": "*",
}
_NUMBER = [_FIRST, _PIECE]
_SCALE = {"LOWER": {"IN": sorted(fr.SCALE_WORDS)}}
_SCALE_OPT = {**_SCALE, "OP": "?"}
_ABBR = {"LOWER": {"IN": sorted(fr.SCALE_ABBREVIATIONS)}}
_OF = {"LOWER": {"IN": sorted(fr.OF_WORDS)}}
_OF_OPT = {**_OF, "OP": "?"}
_CURRENCY = {"LOWER": {"IN": sorted(fr.CURRENCY_WORDS)}}
_ADJECTIVE = {"LOWER": {"IN": sorted({w for _, w in fr.CURRENCY_ADJECTIVES})}, "OP": "?"}
_SYMBOL = {"LOWER": {"IN": sorted(fr.CURRENCY_SYMBOLS)}}
_SYMBOL_SUFFIX = {"LOWER": {"IN": sorted(fr.SYMBOL_SUFFIXES)}, "OP": "?"}
_ABBR_RE = "|".join(sorted(fr.SCALE_ABBREVIATIONS, key=len, reverse=True))
_SYMBOL_RE = "|".join(re.escape(s) for s in sorted(fr.CURRENCY_SYMBOLS, key=len, reverse=True))
# "Md€", "M$", "k€" as one token; matched case-insensitively, as "MD€" occurs too.
_COMBINED_RE = re.compile(rf"^({_ABBR_RE})({_SYMBOL_RE}|usd|eur|chf|cad|gbp)$")
# "45M$", "45€", "3,5Md€" glued to the number in one token.
_GLUED_RE = re.compile(rf"^([{_SIGNS}]?\d+(?:[.,]\d+)?)({_ABBR_RE})?({_SYMBOL_RE})$")
_COMBINED = {"LOWER": {"REGEX": _COMBINED_RE.pattern}}
_GLUED = {"LOWER": {"REGEX": _GLUED_RE.pattern}}
_PERCENT = {"LOWER": {"IN": sorted(fr.PERCENT_SIGNS)}}
_QUOTE_OPT = {"IS_QUOTE": True, "OP": "?"}
_VAGUE_DET = {"LOWER": {"IN": sorted(fr.VAGUE_DETERMINERS)}}
_VAGUE_SCALE = {"LOWER": {"IN": sorted(fr.VAGUE_SCALES)}}


def _patterns() -> dict[str, list[list[dict]]]:
    money = [
        [*_NUMBER, _SCALE_OPT, _CURRENCY, _ADJECTIVE],
        [*_NUMBER, _SCALE, _OF, _CURRENCY, _ADJECTIVE],
        [*_NUMBER, _SCALE_OPT, _SYMBOL, _SYMBOL_SUFFIX],
        [*_NUMBER, _ABBR, _SYMBOL, _SYMBOL_SUFFIX],
        [*_NUMBER, _ABBR, _OF_OPT, _CURRENCY, _ADJECTIVE],
        [*_NUMBER, _COMBINED],
        [_GLUED],
        [_SYMBOL, *_NUMBER, _SCALE_OPT],
    ]
    percent = [
        [*_NUMBER, _PERCENT],
        [*_NUMBER, {"LOWER": fr.PERCENT_WORDS[0]}, {"LOWER": fr.PERCENT_WORDS[1]}],
    ]
    number = [[*_NUMBER, _SCALE]]
    vague = []
    inner = [_QUOTE_OPT, _VAGUE_SCALE, _QUOTE_OPT]
    for second, money_tail in product((False, True), repeat=2):
        pattern = [_VAGUE_DET, *inner]
        if second:  # "des dizaines de milliers", "des « milliers » de millions"
            pattern += [_OF, *inner]
        if money_tail:
            pattern += [_OF, _CURRENCY, _ADJECTIVE]
        vague.append(pattern)
    return {"money": money, "percent": percent, "number": number, "vague": vague}


# --- reading matched tokens -------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """What a matched token range says, before it becomes an ``Amount``."""

    start: int  # token index (may be after the match start: leading junk trimmed)
    end: int
    value: float | None
    unit: str
    currency: str | None
    vague: bool = False


def _is_space(token: Token) -> bool:
    return token.text in _SPACES


def _digits_value(parts: list[str]) -> float | None:
    """Value of digit groups, French style: "10 000", "10.000", "3,5", "-1 700 000,5"."""
    sign = 1.0
    if parts and parts[0][:1] in _SIGNS:
        sign = 1.0 if parts[0][0] == "+" else -1.0
        parts = [parts[0][1:], *parts[1:]]
    value = _unsigned_digits_value(parts)
    return None if value is None else sign * value


def _unsigned_digits_value(parts: list[str]) -> float | None:
    if not parts:  # e.g. "mille" alone after the numeral was split off
        return None
    if len(parts) == 1:
        text = parts[0]
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):  # 10.000 / 1.700.000,5
            return float(text.replace(".", "").replace(",", "."))
        if re.fullmatch(r"\d+(?:,\d+)?", text):  # 45 / 3,5
            return float(text.replace(",", "."))
        if re.fullmatch(r"\d+\.\d+", text):  # 3.5 (English-style decimal)
            return float(text)
        if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", text):  # 1,700,000
            return float(text.replace(",", ""))
        return None
    # Several tokens: thousand groups separated by spaces.
    if not re.fullmatch(r"\d{1,3}", parts[0]):
        return None
    if any(not re.fullmatch(r"\d{3}", p) for p in parts[1:-1]):
        return None
    if not re.fullmatch(r"\d{3}(?:,\d+)?", parts[-1]):
        return None
    return float("".join(parts).replace(",", "."))


def _numeral_value(tokens: list[Token]) -> float | None:
    """Value of a numeral written in digits, words, or digits + "mille"."""
    parts = [t for t in tokens if not _is_space(t)]
    if not parts or parts[0].lower_ in fr.NUMBER_GLUE or parts[-1].lower_ in fr.NUMBER_GLUE:
        return None
    if all(_has_digits(p) for p in parts):
        return _digits_value([p.text for p in parts])
    if len(parts) > 1 and parts[-1].lower_ == "mille" and all(_has_digits(p) for p in parts[:-1]):
        value = _digits_value([p.text for p in parts[:-1]])  # "10 mille"
        return None if value is None else value * 1000
    if any(_has_digits(p) for p in parts):
        return None
    words = "".join(t.text_with_ws for t in parts).lower()
    try:
        return float(text2num(" ".join(words.split()), "fr"))
    except ValueError:
        return None


def _number_prefix(tokens: list[Token]) -> tuple[int, float] | None:
    """Longest valid numeral ending at the end of ``tokens``: (offset in tokens, value).

    The Matcher is greedy, so "en 2019 10 000 euros" gives "2019 10 000"; dropping
    tokens from the left until the rest is a well-formed numeral yields "10 000".
    """
    for k, token in enumerate(tokens):
        if _is_space(token) or token.lower_ in fr.NUMBER_GLUE:
            continue
        value = _numeral_value(tokens[k:])
        if value is not None:
            return k, value
    return None


def _has_digits(token: Token) -> bool:
    """"45", "3,5", "-3": a numeral written in digits (possibly signed)."""
    text = token.text
    return text[:1].isdigit() or (len(text) > 1 and text[0] in _SIGNS and text[1].isdigit())


def _is_numeral_piece(token: Token) -> bool:
    lower = token.lower_
    return (
        _has_digits(token)
        or lower in fr.NUMBER_WORDS
        or lower in fr.NUMBER_GLUE
        or _is_space(token)
    )


def _currency_after_name(tokens: list[Token], i: int) -> tuple[str | None, int, bool]:
    """Currency named at ``tokens[i]``, its adjective if any: (code, tokens used, telling)."""
    name = tokens[i].lower_
    if i + 1 < len(tokens):
        stem = name[:-1] if name.endswith("s") else name
        code = fr.CURRENCY_ADJECTIVES.get((stem, tokens[i + 1].lower_))
        if code:
            return code, 2, True
    return fr.CURRENCY_WORDS[name], 1, name not in fr.AMBIGUOUS_CURRENCY_WORDS


def _read(span: Span) -> _Reading | None:
    """Compute value, unit and currency of a matched span; None when it is not an amount."""
    tokens = list(span)
    if len(tokens) == 1 and (m := _GLUED_RE.match(tokens[0].lower_)):
        number, abbr, symbol = m.groups()
        value = _digits_value([number])
        if value is None:
            return None
        value *= fr.SCALE_ABBREVIATIONS[abbr] if abbr else 1
        return _Reading(span.start, span.end, value, "money", fr.CURRENCY_SYMBOLS[symbol])

    i, first = 0, span.start
    currency: str | None = None
    unit = "number"
    vague = False
    value: float | None = None
    if tokens[0].lower_ in fr.CURRENCY_SYMBOLS:  # "$300"
        currency, unit, i = fr.CURRENCY_SYMBOLS[tokens[0].lower_], "money", 1
    if tokens[i].lower_ in fr.VAGUE_DETERMINERS:
        vague, i = True, i + 1
    else:
        j = i
        while j < len(tokens) and _is_numeral_piece(tokens[j]):
            j += 1
        found = _number_prefix(tokens[i:j])
        if found is None:
            return None
        offset, value = found
        if i == 0:
            first = span.start + offset
        i = j

    scale, scales, telling = 1.0, [], True
    while i < len(tokens):
        token, lower = tokens[i], tokens[i].lower_
        nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        if vague and lower in fr.VAGUE_SCALES:
            scales.append(lower)
        elif lower in fr.SCALE_WORDS:
            scale *= fr.SCALE_WORDS[lower]
            scales.append(lower)
        elif lower in fr.SCALE_ABBREVIATIONS and i + 1 < len(tokens):
            scale *= fr.SCALE_ABBREVIATIONS[lower]
            scales.append(lower)
        elif m := _COMBINED_RE.match(lower):
            scale *= fr.SCALE_ABBREVIATIONS[m.group(1)]
            currency = fr.CURRENCY_SYMBOLS.get(m.group(2)) or m.group(2).upper()
            unit = "money"
        elif lower in fr.CURRENCY_WORDS:
            currency, used, telling = _currency_after_name(tokens, i)
            unit = "money"
            i += used
            continue
        elif lower in fr.CURRENCY_SYMBOLS and unit != "money":
            currency, unit = fr.CURRENCY_SYMBOLS[lower], "money"
            if nxt in fr.SYMBOL_SUFFIXES:
                currency = fr.SYMBOL_SUFFIXES[nxt]
                i += 1
        elif lower in fr.PERCENT_SIGNS or (lower, nxt) == fr.PERCENT_WORDS:
            unit = "percent"
            i += 1 if lower in fr.PERCENT_SIGNS else 2
            continue
        elif not (lower in fr.OF_WORDS or token.is_quote):
            break
        i += 1
    end = span.start + i

    if unit == "money" and not telling and not scales:
        return None  # "deux livres" (books), "un franc succès"
    if vague:
        if not scales or set(scales) <= fr.WEAK_VAGUE_SCALES:
            return None
        return _Reading(first, end, None, unit, currency, vague=True)
    if unit == "number" and not scales:
        return None
    assert value is not None
    return _Reading(first, end, value * scale, unit, currency)


def _qualifier(doc: Doc, start: int) -> str | None:
    """The qualifier written just before token ``start`` ("moins de", "environ"), if any."""
    # Whitespace tokens (a non-breaking space after "environ") are not words.
    before: list[str] = []
    i = start - 1
    while i >= 0 and len(before) < 3:
        if not doc[i].is_space:
            before.insert(0, doc[i].lower_.replace("’", "'"))
        i -= 1
    for size in (3, 2, 1):
        key = tuple(before[-size:])
        if len(key) == size and key in fr.QUALIFIERS:
            return fr.QUALIFIERS[key]
    return None


# --- where to look ----------------------------------------------------------------


class Anchors:
    """Find the anchor tokens of a Doc and the token windows around them.

    Why: a Matcher with regex predicates costs microseconds per token, too much to run
    over whole articles. Every expression we look for contains an anchor token (a
    currency, a scale word, a month…), so the Matcher only runs on a few short windows.
    The test is made once per distinct lower-case form (cached by hash), never per
    token, and never on ``doc.text`` (which spaCy rebuilds at every access).

    nlp (Language): the pipeline (for its string store).
    words (Iterable[str]): lower-case anchor words.
    pattern (re.Pattern | None): a token whose lower-case text contains a match is an
        anchor too ("45€", "12/03/2024").
    """

    def __init__(self, nlp: Language, words: Iterable[str], pattern: re.Pattern[str] | None = None):
        self.strings = nlp.vocab.strings
        self.words = frozenset(words)
        self.pattern = pattern
        self._cache: dict[int, bool] = {}

    def _is_anchor(self, lower_id: int) -> bool:
        known = self._cache.get(lower_id)
        if known is None:
            lower = self.strings[lower_id]
            known = lower in self.words or bool(self.pattern and self.pattern.search(lower))
            self._cache[lower_id] = known
        return known

    def windows(self, doc: Doc, *, before: int, after: int) -> list[Span]:
        """Windows of ``before``/``after`` tokens around each anchor, merged, in order."""
        n = len(doc)
        if n == 0:
            return []
        forms, inverse = np.unique(doc.to_array(LOWER), return_inverse=True)
        is_anchor = np.fromiter((self._is_anchor(h) for h in forms.tolist()), bool, len(forms))
        windows: list[list[int]] = []
        for i in np.flatnonzero(is_anchor[inverse.reshape(-1)]).tolist():
            lo, hi = max(0, i - before), min(n, i + after + 1)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        return [doc[lo:hi] for lo, hi in windows]


# Words every amount contains at least one of; symbols glued to other characters
# ("45€", "Md€") are found by ``_SYMBOL_CHARS`` instead.
_ANCHOR_WORDS = (
    set(fr.CURRENCY_WORDS) | set(fr.CURRENCY_SYMBOLS) | set(fr.SCALE_WORDS)
    | set(fr.VAGUE_SCALES) | set(fr.PERCENT_SIGNS) | {fr.PERCENT_WORDS[1]}
)
_SYMBOL_CHARS = re.compile(r"[€$£¥]")
# The longest numeral before an anchor ("quatre-vingt-dix-neuf millions" is 7 tokens).
_WINDOW_BEFORE, _WINDOW_AFTER = 12, 3


# --- the component ----------------------------------------------------------------


class AmountFinder:
    """Find amounts in a Doc: money, percentages, numbers with a scale, vague quantities.

    nlp (Language): the pipeline (for its vocab).
    name (str): component name.
    span_key (str): the ``doc.spans`` key to write.
    """

    def __init__(self, nlp: Language, name: str = "veille_amounts", *, span_key: str = AMOUNTS_KEY):
        self.name = name
        self.span_key = span_key
        self.matcher = Matcher(nlp.vocab)
        for key, patterns in _patterns().items():
            self.matcher.add(key, patterns, greedy="LONGEST")
        self.anchors = Anchors(nlp, _ANCHOR_WORDS, _SYMBOL_CHARS)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[tuple[Span, Amount]]:
        """Amounts of ``doc`` in text order, with the span each one covers."""
        candidates: list[Span] = []
        for window in self.anchors.windows(doc, before=_WINDOW_BEFORE, after=_WINDOW_AFTER):
            candidates.extend(self.matcher(window, as_spans=True))
        found: list[tuple[Span, Amount]] = []
        readings = [r for r in (_read(span) for span in candidates) if r is not None]
        spans = filter_spans(
            [Span(doc, r.start, r.end, label=r.unit) for r in readings]
        )
        by_bounds = {(r.start, r.end): r for r in readings}
        for span in spans:
            reading = by_bounds[(span.start, span.end)]
            qualifier = "vague" if reading.vague else _qualifier(doc, span.start)
            found.append(
                (
                    span,
                    Amount(
                        start=span.start_char,
                        end=span.end_char,
                        text=span.text,
                        value=reading.value,
                        unit=reading.unit,
                        currency=reading.currency,
                        qualifier=qualifier,
                    ),
                )
            )
        return found

    def set_annotations(self, doc: Doc, found: list[tuple[Span, Amount]]) -> None:
        doc._.veille_amounts = [amount for _, amount in found]
        doc.spans[self.span_key] = [span for span, _ in found]
