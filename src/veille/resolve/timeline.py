"""Dated events of a set of documents (a story) or of one entity, in date order.

An event is a fact the per-document layer extracted, with a date:

- a **relation**: its own ``date`` (set by the relation extractor from the dates
  component), else a resolved date written in its evidence sentence, else the
  publication date of its document (``date_source = "published"``: what an article
  reports happened around when it was written, the weakest evidence);
- a **quote** or an **amount** with a resolved date written in the same sentence;
- a **dated sentence**: a resolved date in a sentence naming a linked actor, when no
  other event sits in that sentence with that date (kind ``sentence``).

Relative dates ("mardi", "la semaine dernière") were already resolved per article
against its publication date by ``veille_dates``; unresolved ones are ignored.
ISO values sort as strings ("2016" < "2016-05" < "2019-11-17"), so a year comes before
the days of that year.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models import DateMention
from ..store import Store, StoredDocument

# Characters that end a sentence, for the light split used to place dates, quotes and
# amounts in the same sentence (the parser's sentences are not stored).
# Relation types that are not events of their own: never dated by the publication date.
_NOT_EVENTS = ("statement_about", "mentioned_with")
_ENDS = (". ", "! ", "? ", "\n", ".\u00a0", "» ")


@dataclass(frozen=True)
class TimelineEvent:
    """One dated fact. ``start``/``end`` index the text of ``doc_id``; ``text`` is ``text[start:end]``."""

    id: str
    kind: str  # relation | quote | amount | sentence
    type: str  # relation type, quote kind, or amount unit
    date: str  # ISO value
    date_source: str  # relation | sentence | published
    doc_id: str
    start: int
    end: int
    text: str
    outlet: str | None = None
    entity_ids: tuple[str, ...] = ()
    polarity: str | None = None
    details: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "type": self.type, "date": self.date,
            "date_source": self.date_source, "doc_id": self.doc_id, "start": self.start, "end": self.end,
            "text": self.text, "outlet": self.outlet, "entity_ids": list(self.entity_ids),
            "polarity": self.polarity, **self.details,
        }


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around ``start:end`` by punctuation (a light cut, see module doc)."""
    left = max((text.rfind(mark, 0, start) + len(mark) for mark in _ENDS if text.rfind(mark, 0, start) >= 0),
               default=0)
    rights = [i + 1 for i in (text.find(mark, end) for mark in _ENDS) if i >= 0]
    return left, min(rights, default=len(text))


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (same light cut as ``sentence_bounds``),
    first one 0; whitespace after a sentence end belongs to the next sentence."""
    starts = {0}
    for mark in _ENDS:
        i = text.find(mark)
        while i >= 0:
            starts.add(i + len(mark))
            i = text.find(mark, i + 1)
    return sorted(s for s in starts if s < len(text)) or [0]


def _dates_in(dates: Sequence[DateMention], start: int, end: int) -> list[DateMention]:
    return [d for d in dates if d.value and start <= d.start and d.end <= end]


def _most_precise(dates: Sequence[DateMention]) -> str | None:
    # Several dates in one sentence: the most precise is the likeliest date of the fact
    # ("en novembre, le 17" -> the day); ties keep the first written.
    return max((d.value for d in dates), key=len, default=None)


def document_events(store: Store, doc: StoredDocument) -> list[TimelineEvent]:
    """Every dated event of one document (relations always; quotes and amounts when dated)."""
    text, doc_id, outlet = doc.article.text, doc.id, doc.article.outlet
    dates = [s.date for s in store.iter_dates(doc_id)]
    locals_ = store.local_entities(doc_id)
    spans = [(m.start, m.end, le.entity_id) for le in locals_ if le.entity_id for m in le.record.mentions]

    def entities_between(start: int, end: int) -> list[str]:
        return list(dict.fromkeys(e for s, t, e in sorted(spans) if start <= s and t <= end))

    events = []
    for stored in store.iter_relations(doc_id):
        r = stored.relation
        value, source = r.date, "relation"
        if not value:
            value, source = _most_precise(_dates_in(dates, r.start, r.end)), "sentence"
        if not value and doc.article.published and r.type not in _NOT_EVENTS:
            value, source = doc.article.published[:10], "published"
        if not value:
            continue
        ids = tuple(dict.fromkeys(e for e in (stored.subject_id, stored.object_id) if e))
        details: dict[str, Any] = {"subject": r.subject, "object": r.object}
        amount = r.arguments.get("amount") if isinstance(r.arguments, dict) else None
        if isinstance(amount, dict):
            details["amount"] = {k: amount.get(k) for k in ("value", "currency", "text")}
        events.append(TimelineEvent(
            stored.id, "relation", r.type, value, source, doc_id, r.start, r.end, r.evidence, outlet, ids,
            r.polarity, details,
        ))
    for stored in store.iter_quotes(doc_id):
        q = stored.quote
        bounds = [q.start, q.end] + [x for x in (q.speaker_start, q.speaker_end) if x is not None]
        if q.cue is not None:
            bounds += [q.cue.start, q.cue.end]
        start, end = sentence_bounds(text, min(bounds), max(bounds))
        value = _most_precise(_dates_in(dates, start, end))
        if not value:
            continue
        ids = tuple(dict.fromkeys([e for e in (stored.speaker_id,) if e] + entities_between(q.start, q.end)))
        events.append(TimelineEvent(
            stored.id, "quote", q.kind, value, "sentence", doc_id, q.start, q.end, q.text, outlet, ids, None,
            {"speaker_id": stored.speaker_id, "speaker_text": q.speaker_text},
        ))
    for stored in store.iter_amounts(doc_id):
        a = stored.amount
        start, end = sentence_bounds(text, a.start, a.end)
        value = _most_precise(_dates_in(dates, start, end))
        if not value:
            continue
        events.append(TimelineEvent(
            f"a-{doc_id}-{a.start}-{a.end}", "amount", a.unit, value, "sentence", doc_id, a.start, a.end, a.text,
            outlet, tuple(entities_between(start, end)), None,
            {"value": a.value, "currency": a.currency, "qualifier": a.qualifier},
        ))
    # Dated sentences naming an actor, where no other event sits: "le conseil avait voté
    # en novembre le licenciement d'Altman" is a dated fact even without a relation.
    covered = {(e.date, *sentence_bounds(text, e.start, e.end)) for e in events}
    for d in dates:
        if not d.value:
            continue
        start, end = sentence_bounds(text, d.start, d.end)
        ids = tuple(entities_between(start, end))
        if not ids or (d.value, start, end) in covered:
            continue
        covered.add((d.value, start, end))
        events.append(TimelineEvent(
            f"d-{doc_id}-{d.start}-{d.end}", "sentence", "dated", d.value, "sentence", doc_id, start, end,
            text[start:end], outlet, ids, None, {"date_text": d.text, "date_start": d.start, "date_end": d.end},
        ))
    return events


def date_sort_key(value: str) -> str:
    """ISO values sort as strings, except weeks ("2024-W09"): those sort as their Monday."""
    if "-W" in value:
        try:
            year, week = value.split("-W", 1)
            return date.fromisocalendar(int(year), int(week[:2]), 1).isoformat()
        except ValueError:
            return value
    return value


def _order(events: Iterable[TimelineEvent], published: dict[str, str]) -> list[TimelineEvent]:
    return sorted(events, key=lambda e: (date_sort_key(e.date), published.get(e.doc_id) or "", e.doc_id, e.start, e.id))


def events_of_documents(store: Store, doc_ids: Sequence[str]) -> list[TimelineEvent]:
    """Dated events of ``doc_ids``, in date order (then publication date, document, position)."""
    events: list[TimelineEvent] = []
    published: dict[str, str] = {}
    for doc in store.iter_documents(doc_ids):
        published[doc.id] = doc.article.published or ""
        events += document_events(store, doc)
    return _order(events, published)


def story_timeline(store: Store, story_id: str) -> list[TimelineEvent]:
    return events_of_documents(store, [m.doc_id for m in store.story_members(story_id)])


def entity_timeline(store: Store, entity_id: str) -> list[TimelineEvent]:
    """Dated events in which ``entity_id`` takes part (argument, speaker, or named in the sentence)."""
    doc_ids = store.documents_of_entity(entity_id, limit=1_000_000)
    return [e for e in events_of_documents(store, doc_ids) if entity_id in e.entity_ids]
