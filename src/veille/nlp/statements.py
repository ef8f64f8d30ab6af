"""``statement_about`` relations: who talks about whom, from the quotes component.

The speaker of a quotation and each PER/ORG actor named inside it (not the
speaker) give one relation whose evidence is the quotation's sentence(s) and whose
trigger is the quote's cue. Kept apart from the trigger frames of
``veille.nlp.relations``: no lexicon, no syntax, only the quotes' offsets.
"""

from __future__ import annotations

from ..models import Relation
from . import relation_syntax as syntax

# Who can be talked about.
STATEMENT_TYPES = ("PER", "ORG")


def statements(ctx: syntax.DocumentContext) -> list[Relation]:
    """speaker -> each PER/ORG named inside the quote (not the speaker)."""
    doc = ctx.doc
    out: list[Relation] = []
    for quote in ctx.quotes:
        speaker = quote.speaker_key
        if not speaker or speaker not in ctx.entities:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        first, last = ctx.segment_of(span[0].i), ctx.segment_of(span[-1].i)
        if first is None or last is None:
            continue
        start, _ = syntax.sentence_bounds(first)
        _, end = syntax.sentence_bounds(last)
        seen: list[str] = []
        for tok in span:
            key = ctx.token_entity.get(tok.i)
            if (
                key and key != speaker and key not in seen
                and ctx.type_of(key) in STATEMENT_TYPES
                and quote.start <= tok.idx < quote.end
            ):
                seen.append(key)
        for key in seen:
            out.append(Relation(
                type="statement_about",
                subject_key=speaker,
                object_key=key,
                subject=ctx.name_of(speaker),
                object=ctx.name_of(key),
                start=start,
                end=end,
                evidence=doc.text[start:end],
                trigger=quote.cue,
                polarity="asserted",
                date=None,
                arguments={"quote": [quote.start, quote.end]},
            ))
    return out
