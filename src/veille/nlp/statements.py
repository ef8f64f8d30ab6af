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

# Inside a quotation the first person is the speaker ("« Nous avons porté plainte »,
# a dit X": X sued).
FIRST_PERSON = frozenset({"je", "j'", "j’", "nous"})
FIRST_POSSESSIVES = frozenset({"mon", "ma", "mes", "notre", "nos"})


def quoted_speaker(ctx: syntax.DocumentContext, offset: int) -> str | None:
    """The speaker of the direct or partial quotation holding ``offset`` (an
    indirect quotation is in the third person: "il a dit que nous…" is not him)."""
    for quote in ctx.quotes:
        if (
            quote.kind != "indirect" and quote.start <= offset < quote.end
            and quote.speaker_key in ctx.entities
        ):
            return quote.speaker_key
    return None


def in_one_quote(ctx: syntax.DocumentContext, a: int, b: int) -> bool:
    """Do offsets ``a`` and ``b`` stand inside the same direct or partial quotation?"""
    return any(q.kind != "indirect" and q.start <= min(a, b) and max(a, b) < q.end for q in ctx.quotes)


def cue_speaker(ctx: syntax.DocumentContext, verb) -> str | None:
    """The speaker of a quote whose cue is ``verb`` ("…», écrivent X et Y dans…"),
    or whose cue governs ``verb`` as a participle ("a-t-il ajouté, reprochant à X…"):
    the quotes component's answer for a subject the parse lost."""
    heads = [verb]
    if verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm"):
        heads.append(verb.head)
    for quote in ctx.quotes:
        cue = quote.cue
        if cue is not None and quote.speaker_key in ctx.entities and any(
            cue.start <= h.idx < cue.end for h in heads
        ):
            return quote.speaker_key
    return None


def speaker_token(ctx: syntax.DocumentContext, verb):
    """The first token of the speaker's mention of the quote ``verb`` cues (see
    ``cue_speaker``), or None."""
    for quote in ctx.quotes:
        cue = quote.cue
        if cue is not None and cue.start <= verb.idx < cue.end and quote.speaker_start is not None:
            span = ctx.doc.char_span(quote.speaker_start, quote.speaker_end or quote.speaker_start + 1,
                                     alignment_mode="expand")
            names = [t for t in span or () if t.pos_ in ("PROPN", "NOUN")]  # past "Me", "Mes"
            return names[0] if names else None
    return None


def described_speaker(ctx: syntax.DocumentContext, tok) -> str | None:
    """The entity the quotes component found behind a speaker description ("a
    réagi l'avocate": the lawyer named earlier): ``tok`` heads that mention."""
    for quote in ctx.quotes:
        if (
            quote.speaker_key in ctx.entities and quote.speaker_start is not None
            and quote.speaker_end is not None
            and quote.speaker_start <= tok.idx < quote.speaker_end
            and (tok.head.i == tok.i or not quote.speaker_start <= tok.head.idx < quote.speaker_end)
        ):
            return quote.speaker_key
    return None


def cued_target(ctx: syntax.DocumentContext, verb) -> list[tuple[str, object]]:
    """The person a criticism verb cueing a quotation aims at: "« Ce qu'a dit X est
    indigne », a accusé Y", "« Les annonces de X sont des miettes », dénonce Y".
    Only a person the quotation (direct or partial, other than its speaker) makes a
    subject, or the "de" owner of a subject: one named as a victim, an addressee or
    in a complement is not whom the speaker blames. Nothing when several are.
    Returns ``[(key, head token of its mention)]``."""
    doc = ctx.doc
    for quote in ctx.quotes:
        cue = quote.cue
        if quote.kind == "indirect" or cue is None or not cue.start <= verb.idx < cue.end:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        named: dict[str, object] = {}
        for tok in span or ():
            key = ctx.token_entity.get(tok.i)
            if (not key or key == quote.speaker_key or ctx.type_of(key) != "PER"
                    or ctx.token_entity.get(tok.head.i) == key or not quote.start <= tok.idx < quote.end):
                continue
            owner = tok.head if tok.dep_ == "nmod" and syntax.prep_of(tok) == "de" else tok
            if owner.dep_ == "conj":  # "X et Y nous ont trompés": both, so neither alone
                owner = owner.head
            if owner.dep_.startswith("nsubj"):
                named.setdefault(key, tok)
        return list(named.items()) if len(named) == 1 else []
    return []


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
