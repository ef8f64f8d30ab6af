"""Read services over a store, shared by the CLI, the export and the web layer.

Each function takes a ``Store`` and returns plain dataclasses (with ``to_dict``
where a JSON form is useful); none of them writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from .errors import UsageError
from .models import ENTITY_TYPES, QUOTE_KINDS
from .resolve.entities import fold
from .store import GlobalEntity, Store, StoredDocument, StoredQuote


# --- entities -------------------------------------------------------------------
def top_entities(store: Store, *, type: str | None = None, top: int | None = None) -> list[GlobalEntity]:
    """Global entities, most mentioned first; ``type`` one of ENTITY_TYPES."""
    if type is not None and type not in ENTITY_TYPES:
        raise UsageError(f"unknown entity type {type!r} (one of {', '.join(ENTITY_TYPES)})")
    return list(store.iter_entities(type=type, order="mentions", limit=top))


def entity_dict(entity: GlobalEntity) -> dict[str, Any]:
    data = asdict(entity)
    data["aliases"] = list(entity.aliases)
    return data


# --- quotes ---------------------------------------------------------------------
@dataclass(frozen=True)
class QuoteView:
    """A quote as listed to a user: the stored quote plus its speaker's global name."""

    stored: StoredQuote
    speaker_name: str | None

    def to_dict(self) -> dict[str, Any]:
        q = self.stored.quote
        return {
            "id": self.stored.id,
            "doc_id": self.stored.doc_id,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "kind": q.kind,
            "speaker_id": self.stored.speaker_id,
            "speaker": self.speaker_name,
            "speaker_text": q.speaker_text,
            "confidence": q.confidence,
            "rule": q.rule,
        }


def find_quotes(
    store: Store, *, speaker: str | None = None, kind: str | None = None, doc_id: str | None = None
) -> Iterator[QuoteView]:
    """Quotes in document then position order, optionally filtered.

    speaker: matches, case- and accent-insensitively, a word sequence of the speaker's
        global name, one of its aliases, or the speaker text in the article.
    """
    if kind is not None and kind not in QUOTE_KINDS:
        raise UsageError(f"unknown quote kind {kind!r} (one of {', '.join(QUOTE_KINDS)})")
    if doc_id is not None:
        store.get_document(doc_id)  # NotFound for an unknown id, rather than an empty list
    wanted = fold(speaker) if speaker else None
    entities: dict[str, GlobalEntity] = {}
    for stored in store.iter_quotes(doc_id=doc_id, kind=kind):
        entity = None
        if stored.speaker_id is not None:
            if stored.speaker_id not in entities:
                entities[stored.speaker_id] = store.get_entity(stored.speaker_id)
            entity = entities[stored.speaker_id]
        if wanted is not None:
            names = [stored.quote.speaker_text or ""]
            if entity is not None:
                names += [entity.name, *entity.aliases]
            if not any(_contains_words(fold(name), wanted) for name in names):
                continue
        yield QuoteView(stored, entity.name if entity else None)


def _contains_words(haystack: str, needle: str) -> bool:
    return f" {needle} " in f" {haystack} "


# --- summary --------------------------------------------------------------------
@dataclass(frozen=True)
class Summary:
    documents: dict[str, int]  # analysed / skipped / total
    entities: dict[str, int]  # by type, and total
    quotes: int
    amounts: int
    dates: int
    relations: int
    top_people: list[GlobalEntity]
    top_organisations: list[GlobalEntity]
    top_speakers: list[tuple[GlobalEntity, int]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": self.entities,
            "quotes": self.quotes,
            "amounts": self.amounts,
            "dates": self.dates,
            "relations": self.relations,
            "top_people": [_ranked(e) for e in self.top_people],
            "top_organisations": [_ranked(e) for e in self.top_organisations],
            "top_speakers": [{**_ranked(e), "quotes": n} for e, n in self.top_speakers],
        }


def _ranked(entity: GlobalEntity) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "mentions": entity.mention_count, "documents": entity.doc_count}


def summary(store: Store, *, top: int = 5) -> Summary:
    statuses = store.document_counts()
    documents = {
        "analysed": statuses.get("analysed", 0),
        "skipped": statuses.get("skipped", 0),
        "total": sum(statuses.values()),
    }
    by_type = store.entity_counts_by_type()
    entities = {t: by_type.get(t, 0) for t in ENTITY_TYPES} | {"total": sum(by_type.values())}
    items = store.item_counts()
    return Summary(
        documents=documents,
        entities=entities,
        quotes=items["quotes"],
        amounts=items["amounts"],
        dates=items["dates"],
        relations=items["relations"],
        top_people=top_entities(store, type="PER", top=top),
        top_organisations=top_entities(store, type="ORG", top=top),
        top_speakers=store.speaker_counts(limit=top),
    )


# --- one document ---------------------------------------------------------------
#: Kinds of highlighted spans in a document view, in drawing priority (later wins
#: where spans overlap: an entity name inside a quote is shown as an entity).
SPAN_KINDS = ("quote", "date", "amount", "PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str  # one of SPAN_KINDS
    label: str  # entity name, quote kind, normalised value…


@dataclass(frozen=True)
class DocumentView:
    document: StoredDocument
    highlights: list[Highlight]


def document_view(store: Store, doc_id: str) -> DocumentView:
    """A document with every span worth highlighting, sorted by position."""
    document = store.get_document(doc_id)
    spans: list[Highlight] = []
    for local in store.local_entities(doc_id):
        for mention in local.record.mentions:
            spans.append(Highlight(mention.start, mention.end, local.record.type, local.record.name))
    for stored in store.iter_quotes(doc_id=doc_id):
        q = stored.quote
        spans.append(Highlight(q.start, q.end, "quote", f"{q.kind} quote, speaker: {q.speaker_text or '?'}"))
    for stored in store.iter_amounts(doc_id):
        a = stored.amount
        spans.append(Highlight(a.start, a.end, "amount", _amount_label(a)))
    for stored in store.iter_dates(doc_id):
        d = stored.date
        spans.append(Highlight(d.start, d.end, "date", d.value or "unresolved"))
    spans.sort(key=lambda h: (h.start, -h.end, SPAN_KINDS.index(h.kind)))
    return DocumentView(document, spans)


def _amount_label(amount) -> str:
    value = "?" if amount.value is None else f"{amount.value:g}"
    return " ".join(x for x in (amount.qualifier, value, amount.currency or amount.unit) if x)
