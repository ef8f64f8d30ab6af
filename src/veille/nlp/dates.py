"""Component ``veille_dates``: find date expressions and resolve them against the publication date.

Writes ``doc._.veille_dates`` (list of :class:`veille.models.DateMention`, in text
order) and ``doc.spans["veille_dates"]`` (labelled with the granularity, or
"unresolved").

Forms found (French):

- absolute: "5 mars 2024", "mardi 5 mars 2024", "1er janvier 2020", "12/03/2024",
  "2024-03-12" (day); "mars 2024" (month); a year after a context word, "en 2016",
  "depuis 2019", "fin 2019" (year; the span is the year alone, the context word only
  tells that the number is a year);
- resolved against ``doc._.veille_published`` (``relative=True``; ``value=None``
  when the publication date is unknown):
  "hier", "aujourd'hui", "avant-hier", "demain" (day); weekdays: "mardi" is the most
  recent Tuesday on or before publication (news convention), "lundi dernier" the one
  strictly before, "mardi prochain" the one strictly after; "1er janvier" without a
  year: the nearest such day to publication, either side (announced events are common);
  "en novembre": the most recent November on or before publication ("novembre
  prochain" after, "novembre dernier" strictly before); "la semaine dernière",
  "cette semaine", "le mois dernier", "l'an dernier", "cette année"; "il y a deux
  semaines", "dans trois mois".

Values: "YYYY-MM-DD" (day), "YYYY-Www" ISO 8601 week (week: "la semaine dernière"
gives the week, not a made-up day), "YYYY-MM" (month), "YYYY" (year).

Not dates: times alone ("14 h"), durations ("pendant trois ans", "depuis trois
ans"), ages, bare numbers without a context word.

Expressions are found with a spaCy ``Matcher`` compiled once, run only on short
windows around anchor words (months, weekdays, years…); values come from table
look-ups and calendar arithmetic. dateparser is not used: once the Matcher has
isolated day, month and year there is nothing left for it to parse, and one call
costs more than this whole component on an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from text_to_num import text2num

from ..models import DateMention
from .amounts import Anchors
from .extensions import DATES_KEY
from .lang import fr_amounts
from .lang import fr_dates as fr

_FULL_MONTHS = sorted(set(fr.MONTHS) - fr.MONTH_ABBREVIATIONS)
_DIRECTIONS = sorted(fr.PAST_WORDS | fr.FUTURE_WORDS)
# Set look-ups rather than regexes: the Matcher tests them on every window token.
_DAY_NUMBERS = [str(d) for d in range(1, 32)] + [f"0{d}" for d in range(1, 10)]
_MONTH_NUMBERS = [f"{m:02d}" for m in range(1, 13)]
_YEARS = [str(y) for y in range(1800, 2100)]
_DAY = {"LOWER": {"IN": [*_DAY_NUMBERS, "1er", "premier"]}}
_MONTH = {"LOWER": {"IN": _FULL_MONTHS}}
_MONTH_ABBR = {"LOWER": {"IN": sorted(fr.MONTH_ABBREVIATIONS)}}
_YEAR = {"ORTH": {"IN": _YEARS}}
_WEEKDAY = {"LOWER": {"IN": sorted(fr.WEEKDAYS)}}
_DIRECTION_OPT = {"LOWER": {"IN": _DIRECTIONS}, "OP": "?"}
_NUMERIC_RE = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})$")
_NUMERIC_SHAPES = [
    f"{'d' * a}{sep}{'d' * b}{sep}{'d' * c}"
    for a in (1, 2) for b in (1, 2) for c in (2, 4) for sep in "/."
]
_MI_MONTHS = {f"mi-{m}": m for m in _FULL_MONTHS}
_COUNT_WORDS = sorted(fr_amounts.NUMBER_WORDS - {"zéro"})
_COUNT = {"LOWER": {"IN": [str(n) for n in range(1, 1000)] + _COUNT_WORDS}}
_PERIOD = {"LOWER": {"IN": sorted(fr.PERIODS)}}
_PERIOD_NOUN = {"LOWER": {"IN": ["semaine", "mois", "an", "année"]}}


def _patterns() -> dict[str, list[list[dict]]]:
    return {
        "day": [
            [{**_WEEKDAY, "OP": "?"}, _DAY, _MONTH, {**_YEAR, "OP": "?"}],
            [{**_WEEKDAY, "OP": "?"}, _DAY, _MONTH, {"LOWER": {"IN": _DIRECTIONS}}],
            [{**_WEEKDAY, "OP": "?"}, _DAY, _MONTH_ABBR, {"ORTH": ".", "OP": "?"}, _YEAR],
        ],
        "numeric": [[{"SHAPE": {"IN": _NUMERIC_SHAPES}}]],
        "iso": [
            [_YEAR, {"ORTH": "-"}, {"ORTH": {"IN": _MONTH_NUMBERS}},
             {"ORTH": "-"}, {"ORTH": {"IN": _DAY_NUMBERS}}],
        ],
        "month_year": [[_MONTH, _YEAR]],
        "month": [
            [{"LOWER": {"IN": sorted(fr.MONTH_CONTEXT)}}, _MONTH, _DIRECTION_OPT],
            [{"LOWER": {"IN": sorted(_MI_MONTHS)}}, _DIRECTION_OPT],
            [_MONTH, {"LOWER": {"IN": _DIRECTIONS}}],  # "novembre dernier"
        ],
        "year": [[{"LOWER": {"IN": sorted(fr.YEAR_CONTEXT)}}, _YEAR]],
        "weekday": [[_WEEKDAY, _DIRECTION_OPT]],
        "relative_day": [[{"LOWER": {"IN": sorted(fr.RELATIVE_DAYS)}}]],
        "period": [
            [{"LOWER": {"IN": sorted(fr.PERIOD_DETERMINERS)}}, _PERIOD_NOUN,
             {"LOWER": {"IN": _DIRECTIONS}}],
            [{"LOWER": {"IN": sorted(fr.THIS_DETERMINERS)}}, _PERIOD_NOUN],
            [{"LOWER": {"IN": sorted(fr.THIS_DETERMINERS)}}, _PERIOD_NOUN,
             {"ORTH": "-"}, {"LOWER": "ci"}],
        ],
        "ago": [[*({"LOWER": w} for w in fr.AGO_WORDS), _COUNT, _PERIOD]],
        "in": [[{"LOWER": fr.IN_WORD}, _COUNT, _PERIOD]],
    }


# --- calendar helpers -------------------------------------------------------------


_DAY_FIRST_RE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")


def _published_date(value: object) -> date | None:
    """The publication date as a ``date``, from an ISO date or datetime string.

    The contract is ISO; day-first dates ("29-1-2019", as some French sites give them)
    are accepted too, since a wrong refusal would leave every relative date unresolved;
    so are ``date``/``datetime`` objects.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    if m := _DAY_FIRST_RE.match(value.strip()):
        day, month, year = map(int, m.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _format(day: date, granularity: str) -> str:
    if granularity == "week":
        return _iso_week(day)
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "year":
        return str(day.year)
    return day.isoformat()


def _shift(base: date, n: int, granularity: str) -> date:
    """``base`` moved by ``n`` days, weeks, months or years (day clamped to the month)."""
    if granularity == "day":
        return base + timedelta(days=n)
    if granularity == "week":
        return base + timedelta(weeks=n)
    months = n if granularity == "month" else 12 * n
    year, month = _add_months(base.year, base.month, months)
    return date(year, month, 1)  # month and year values ignore the day


def _direction(token: Token | None) -> int:
    """-1 for "dernier", +1 for "prochain", 0 otherwise."""
    if token is None:
        return 0
    if token.lower_ in fr.PAST_WORDS:
        return -1
    if token.lower_ in fr.FUTURE_WORDS:
        return 1
    return 0


def _parse_numeric(text: str) -> str | None:
    """ISO date of "12/03/2024" or "12.03.24" (day first, French usage), or None.

    Why not dateparser: the Matcher has already isolated day, month and year, and a
    dateparser call (milliseconds) costs more than this whole component per article.
    Two-digit years are read as 20xx up to the current century's 2 digits + 1, 19xx above.
    """
    m = _NUMERIC_RE.match(text)
    if not m:
        return None
    day, month, year = int(m.group(1)), int(m.group(3)), m.group(4)
    if len(year) == 2:
        short = int(year)
        year = str(2000 + short if short <= date.today().year % 100 + 1 else 1900 + short)
    try:
        return date(int(year), month, day).isoformat()
    except ValueError:
        return None


def cardinal(token: Token) -> int | None:
    """The whole number a token writes in digits or in French words ("3", "trois"), else None."""
    if token.text.isdigit():
        return int(token.text)
    try:
        return int(text2num(token.lower_, "fr"))
    except ValueError:
        return None


def _day_number(token: Token) -> int:
    lower = token.lower_
    return 1 if lower in ("1er", "premier") else int(lower)


# --- reading matched spans --------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    start: int  # token indices
    end: int
    value: str | None
    granularity: str
    relative: bool


def _looks_like_quantity(token: Token | None) -> bool:
    """Is ``token`` (after a year-like number) the unit of an amount ("2019 euros")?"""
    if token is None:
        return False
    lower = token.lower_
    if (
        lower in fr_amounts.CURRENCY_WORDS
        or lower in fr_amounts.CURRENCY_SYMBOLS
        or lower in fr_amounts.SCALE_WORDS
        or lower in fr_amounts.PERCENT_SIGNS
    ):
        return True
    # With a parse, a common noun right after the number is what it counts
    # ("de 2016 personnes"); without one, fall back on "a lower-case content word".
    # Either way the counted noun is plural (two thousand and sixteen of them): a
    # singular word after the year ("un courriel de 2016 cité par…") is not counted.
    if "Sing" in token.morph.get("Number") or not _plural_looking(token):
        return False
    if token.pos_:
        return token.pos_ == "NOUN"
    return token.is_alpha and token.is_lower and not token.is_stop


def _plural_looking(token: Token) -> bool:
    """French plural nouns end in -s, -x or -z (invariable ones included)."""
    if "Plur" in token.morph.get("Number"):
        return True
    return token.lower_.endswith(("s", "x", "z"))


_ORDINAL_RE = re.compile(r"^(?:\d+(?:e|è|ème|eme|er|re)|\w+ième|premier|première|dernier)$")


def _is_weekday_modifier(token: Token) -> bool:
    """A word before a weekday that makes it generic, not a date ("chaque", "3e")."""
    lower = token.lower_
    return lower in fr.GENERIC_WEEKDAY_WORDS or bool(_ORDINAL_RE.match(lower))


class _Resolver:
    """Turns one matched span into a ``_Reading``, given the publication date."""

    def __init__(self, published: date | None):
        self.published = published

    def read(self, key: str, span: Span) -> _Reading | None:
        return getattr(self, f"_{key}")(span)

    def _relative(self, start: int, end: int, day: date | None, granularity: str) -> _Reading:
        value = _format(day, granularity) if day is not None else None
        return _Reading(start, end, value, granularity, True)

    def _day(self, span: Span) -> _Reading | None:
        direction = _direction(span[-1])  # "le 8 décembre dernier"
        tokens = [t for t in span if t.lower_ not in fr.WEEKDAYS and t.text != "."]
        day, month = _day_number(tokens[0]), fr.MONTHS[tokens[1].lower_]
        if len(tokens) == 3 and not direction:
            try:
                found = date(int(tokens[2].text), month, day)
            except ValueError:
                return None
            return _Reading(span.start, span.end, found.isoformat(), "day", False)
        pub = self.published
        if pub is None:
            return _Reading(span.start, span.end, None, "day", True)
        candidates = []
        for year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                candidates.append(date(year, month, day))
            except ValueError:  # 29 février outside a leap year
                continue
        if direction < 0:
            candidates = [d for d in candidates if d <= pub]
        elif direction > 0:
            candidates = [d for d in candidates if d > pub]
        if not candidates:
            return None
        nearest = min(candidates, key=lambda d: abs((d - pub).days))
        return self._relative(span.start, span.end, nearest, "day")

    def _numeric(self, span: Span) -> _Reading | None:
        value = _parse_numeric(span.text)
        return _Reading(span.start, span.end, value, "day", False) if value else None

    def _iso(self, span: Span) -> _Reading | None:
        try:
            value = date.fromisoformat(span.text).isoformat()
        except ValueError:
            return None
        return _Reading(span.start, span.end, value, "day", False)

    def _month_year(self, span: Span) -> _Reading:
        month, year = fr.MONTHS[span[0].lower_], int(span[1].text)
        return _Reading(span.start, span.end, f"{year}-{month:02d}", "month", False)

    def _month(self, span: Span) -> _Reading:
        mi = _MI_MONTHS.get(span[0].lower_)
        # The context word ("en novembre") only says the month is a date: not in the span.
        has_context = not mi and span[0].lower_ not in fr.MONTHS
        start = span.start + 1 if has_context else span.start
        month = fr.MONTHS[mi or span.doc[start].lower_]
        direction = _direction(span[-1])
        pub = self.published
        if pub is None:
            return _Reading(start, span.end, None, "month", True)
        year = pub.year
        if direction > 0:
            year = pub.year if month > pub.month else pub.year + 1
        elif direction < 0:
            year = pub.year if month < pub.month else pub.year - 1
        elif month > pub.month:
            year = pub.year - 1
        return _Reading(start, span.end, f"{year}-{month:02d}", "month", True)

    def _year(self, span: Span) -> _Reading | None:
        following = span.doc[span.end] if span.end < len(span.doc) else None
        if _looks_like_quantity(following):
            return None
        return _Reading(span.start + 1, span.end, span[-1].text, "year", False)

    def _weekday(self, span: Span) -> _Reading | None:
        if span.start > 0 and _is_weekday_modifier(span.doc[span.start - 1]):
            return None  # "le troisième samedi de mobilisation", "chaque lundi"
        weekday = fr.WEEKDAYS[span[0].lower_]
        pub = self.published
        if pub is None:
            return _Reading(span.start, span.end, None, "day", True)
        direction = _direction(span[-1]) if len(span) > 1 else 0
        if direction > 0:
            found = pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
        else:
            back = (pub.weekday() - weekday) % 7
            if direction < 0 and back == 0:
                back = 7
            found = pub - timedelta(days=back)
        return self._relative(span.start, span.end, found, "day")

    def _relative_day(self, span: Span) -> _Reading:
        pub = self.published
        offset = fr.RELATIVE_DAYS[span[0].lower_]
        found = pub + timedelta(days=offset) if pub else None
        return self._relative(span.start, span.end, found, "day")

    def _period(self, span: Span) -> _Reading:
        granularity = fr.PERIODS[span[1].lower_]
        direction = _direction(span[2]) if len(span) == 3 else 0
        pub = self.published
        found = _shift(pub, direction, granularity) if pub else None
        return self._relative(span.start, span.end, found, granularity)

    def _ago(self, span: Span) -> _Reading | None:
        return self._counted(span, -1)

    def _in(self, span: Span) -> _Reading | None:
        return self._counted(span, 1)

    def _counted(self, span: Span, sign: int) -> _Reading | None:
        n = cardinal(span[-2])
        if n is None:
            return None
        granularity = fr.PERIODS[span[-1].lower_]
        pub = self.published
        found = _shift(pub, sign * n, granularity) if pub else None
        return self._relative(span.start, span.end, found, granularity)


# Every date expression contains one of these words (or a numeric date, found by
# ``_NUMERIC_CHARS``): the Matcher only runs around them (see ``amounts.Anchors``).
_ANCHOR_WORDS = (
    set(fr.MONTHS) | set(fr.WEEKDAYS) | set(fr.RELATIVE_DAYS) | set(fr.PERIODS)
    | {str(year) for year in range(1800, 2100)} | {f"mi-{m}" for m in _FULL_MONTHS}
)
_NUMERIC_CHARS = re.compile(r"\d[/.]\d")
# "il y a deux semaines" has its anchor last; "2024-03-12" first.
_WINDOW_BEFORE, _WINDOW_AFTER = 4, 4


# --- the component ----------------------------------------------------------------


class DateFinder:
    """Find date expressions in a Doc and resolve them against ``doc._.veille_published``.

    nlp (Language): the pipeline (for its vocab).
    name (str): component name.
    span_key (str): the ``doc.spans`` key to write.
    """

    def __init__(self, nlp: Language, name: str = "veille_dates", *, span_key: str = DATES_KEY):
        self.name = name
        self.span_key = span_key
        self.matcher = Matcher(nlp.vocab)
        for key, patterns in _patterns().items():
            self.matcher.add(key, patterns, greedy="LONGEST")
        self.anchors = Anchors(nlp, _ANCHOR_WORDS, _NUMERIC_CHARS)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[tuple[Span, DateMention]]:
        """Date mentions of ``doc`` in text order, with the span each one covers."""
        resolver = _Resolver(_published_date(doc._.veille_published))
        readings = []
        for window in self.anchors.windows(doc, before=_WINDOW_BEFORE, after=_WINDOW_AFTER):
            for span in self.matcher(window, as_spans=True):
                reading = resolver.read(span.label_, span)
                if reading is not None:
                    readings.append(reading)
        by_bounds = {(r.start, r.end): r for r in readings}
        spans = filter_spans(
            [Span(doc, r.start, r.end, label=r.granularity if r.value else "unresolved")
             for r in readings]
        )
        found = []
        for span in spans:
            r = by_bounds[(span.start, span.end)]
            mention = DateMention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                value=r.value,
                granularity=r.granularity,
                relative=r.relative,
            )
            found.append((span, mention))
        return found

    def set_annotations(self, doc: Doc, found: list[tuple[Span, DateMention]]) -> None:
        doc._.veille_dates = [mention for _, mention in found]
        doc.spans[self.span_key] = [span for span, _ in found]
