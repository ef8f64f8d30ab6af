"""The highlight marks of a document page, from a ``DocumentDetail``: what each span shows on hover.

Speakers get colour classes ``spk-0`` … ``spk-7`` in order of first quotation, so
one speaker keeps one colour over the whole page (text, legend and quote list).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import schemas as s
from .highlight import INNER, OUTER, Mark
from .render import SPEAKER_COLOURS


@dataclass(frozen=True)
class SpeakerKey:
    """A speaker on a page: linked entity id (or None) and the name shown."""

    id: str | None
    name: str
    colour: int
    quotes: int


def speaker_of(quote: s.QuoteOut, unknown: str) -> tuple[str | None, str]:
    return quote.speaker_id, quote.speaker or quote.speaker_text or unknown


def speaker_colours(quotes: list[s.QuoteOut], unknown: str) -> tuple[dict[tuple, int], list[SpeakerKey]]:
    colours: dict[tuple, int] = {}
    counts: dict[tuple, int] = {}
    for quote in quotes:
        key = speaker_of(quote, unknown)
        if key not in colours:
            colours[key] = len(colours) % SPEAKER_COLOURS
        counts[key] = counts.get(key, 0) + 1
    legend = [SpeakerKey(k[0], k[1], colours[k], counts[k]) for k in colours]
    return colours, legend


def document_marks(doc: s.DocumentDetail, t: Callable[[str], str]) -> tuple[list[Mark], list[SpeakerKey]]:
    unknown = t("unknown_speaker")
    colours, legend = speaker_colours(doc.quotes, unknown)
    marks: list[Mark] = []
    for quote in doc.quotes:
        key = speaker_of(quote, unknown)
        marks.append(Mark(
            quote.start, quote.end, OUTER, f"quote spk-{colours[key]} quote-{quote.kind}",
            title=f"{t('quote')} {t(quote.kind)} · {key[1]}",
            attrs=(("id", quote.id), ("data-speaker", key[0] or "")),
        ))
    for mention in doc.entities:
        title = f"{mention.name} · {t(mention.type)}"
        href = f"/entities/{mention.entity_id}" if mention.entity_id else None
        marks.append(Mark(mention.start, mention.end, INNER, f"ent ent-{mention.type}", title=title, href=href))
    for amount in doc.amounts:
        value = "?" if amount.value is None else f"{amount.value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f")
        detail = " ".join(x for x in (amount.qualifier, value, amount.currency or ("%" if amount.unit == "percent" else "")) if x)
        marks.append(Mark(amount.start, amount.end, INNER, "amt", title=f"{t('amount')} · {detail}"))
    for date in doc.dates:
        marks.append(Mark(date.start, date.end, INNER, "date", title=f"{t('date')} · {date.value or '?'}"))
    for relation in doc.relations:
        if relation.trigger_start is not None and relation.trigger_end is not None:
            title = f"{t('relation')} · {relation.type}: {relation.subject or '?'} → {relation.object or '?'} ({t(relation.polarity)})"
            marks.append(Mark(relation.trigger_start, relation.trigger_end, INNER, f"rel rel-{relation.polarity}", title=title))
    return marks, legend
