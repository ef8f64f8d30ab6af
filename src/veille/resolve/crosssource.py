"""Cross-source view of a story: which facts each outlet reports, and where sources disagree.

Facts are compared only when they are about the same thing:

- two **relations** with the same ``(type, subject id, object id)`` (global ids, so
  "Ferrandel" and "le groupe Ferrandel SA" compare) disagree on their **amount**
  (values more than ``tolerance`` apart, same currency), their **date** (two dates
  where neither contains the other: "2019" and "2019-03" agree, "2019-03" and
  "2019-04" do not) or their **polarity** (asserted against denied);
- two **amounts** outside relations disagree when, in each document, exactly one
  amount of that unit and currency sits in a sentence naming the same set of actors,
  and the values differ (one figure per actor set per article: with two amounts
  about the same actors in one article, nothing says which one to compare).

Facts from documents of the same outlet are compared too (a correction is a
disagreement worth showing) but never a document with itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..store import Store
from .timeline import sentence_bounds


@dataclass(frozen=True)
class FactRef:
    """Where one side of a disagreement is written."""

    doc_id: str
    outlet: str | None
    start: int
    end: int
    text: str
    value: Any

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "outlet": self.outlet, "start": self.start, "end": self.end,
                "text": self.text, "value": self.value}


@dataclass(frozen=True)
class Disagreement:
    """Two sources giving different ``field`` values for the same ``subject``."""

    field: str  # amount | date | polarity
    about: str  # human-readable: "acquisition: per-x -> org-y", "money EUR: org-x"
    key: dict[str, Any]
    a: FactRef
    b: FactRef

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "about": self.about, "key": self.key, "a": self.a.to_dict(), "b": self.b.to_dict()}


@dataclass(frozen=True)
class OutletFacts:
    outlet: str
    doc_ids: tuple[str, ...]
    relations: list[dict[str, Any]] = field(default_factory=list)
    amounts: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "doc_ids": list(self.doc_ids), "relations": self.relations,
                "amounts": self.amounts, "quotes": self.quotes}


def _dates_conflict(a: str, b: str) -> bool:
    return not (a.startswith(b) or b.startswith(a))


def _amounts_conflict(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) > tolerance * max(abs(a), abs(b))


def outlet_facts(store: Store, doc_ids: Sequence[str]) -> list[OutletFacts]:
    """Relations, amounts and quotes of ``doc_ids``, grouped by outlet (the document id when unknown)."""
    grouped: dict[str, OutletFacts] = {}
    docs = list(store.iter_documents(doc_ids))
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        by_outlet[doc.article.outlet or doc.id].append(doc.id)
    for outlet, ids in by_outlet.items():
        facts = OutletFacts(outlet, tuple(ids))
        for doc_id in ids:
            for s in store.iter_relations(doc_id):
                r = s.relation
                facts.relations.append({
                    "id": s.id, "type": r.type, "subject_id": s.subject_id, "object_id": s.object_id,
                    "subject": r.subject, "object": r.object, "polarity": r.polarity, "date": r.date,
                    "doc_id": doc_id, "start": r.start, "end": r.end,
                })
            for s in store.iter_amounts(doc_id):
                a = s.amount
                facts.amounts.append({"doc_id": doc_id, "start": a.start, "end": a.end, "text": a.text,
                                      "value": a.value, "unit": a.unit, "currency": a.currency})
            for s in store.iter_quotes(doc_id):
                q = s.quote
                facts.quotes.append({"id": s.id, "doc_id": doc_id, "start": q.start, "end": q.end,
                                     "speaker_id": s.speaker_id, "kind": q.kind})
        grouped[outlet] = facts
    return [grouped[o] for o in sorted(grouped)]


def find_disagreements(store: Store, doc_ids: Sequence[str], *, tolerance: float = 0.01) -> list[Disagreement]:
    """Pairs of facts of different documents that give different figures, dates or polarities."""
    docs = {d.id: d for d in store.iter_documents(doc_ids)}
    found: list[Disagreement] = []
    relations: dict[tuple, list[tuple[FactRef, Any, str | None, str]]] = defaultdict(list)
    amounts: dict[tuple, dict[str, list[FactRef]]] = defaultdict(lambda: defaultdict(list))
    for doc_id, doc in docs.items():
        outlet, text = doc.article.outlet, doc.article.text
        for s in store.iter_relations(doc_id):
            r = s.relation
            if s.subject_id is None:
                continue
            amount = r.arguments.get("amount") if isinstance(r.arguments, dict) else None
            value = amount.get("value") if isinstance(amount, dict) else None
            currency = amount.get("currency") if isinstance(amount, dict) else None
            ref = FactRef(doc_id, outlet, r.start, r.end, r.evidence, None)
            relations[(r.type, s.subject_id, s.object_id)].append((ref, (value, currency), r.date, r.polarity))
        spans = [(m.start, m.end, le.entity_id) for le in store.local_entities(doc_id) if le.entity_id
                 for m in le.record.mentions]
        for s in store.iter_amounts(doc_id):
            a = s.amount
            if a.value is None or a.qualifier == "vague":
                continue
            start, end = sentence_bounds(text, a.start, a.end)
            actors = tuple(sorted({e for ms, me, e in spans if start <= ms and me <= end}))
            if actors:
                amounts[(actors, a.unit, a.currency)][doc_id].append(
                    FactRef(doc_id, outlet, a.start, a.end, a.text, a.value))
    for (type_, subject, obj), facts in sorted(relations.items(), key=lambda kv: str(kv[0])):
        about = f"{type_}: {subject} -> {obj}"
        key = {"type": type_, "subject_id": subject, "object_id": obj}
        for i, (ref_a, (va, ca), date_a, pol_a) in enumerate(facts):
            for ref_b, (vb, cb), date_b, pol_b in facts[i + 1:]:
                if ref_a.doc_id == ref_b.doc_id:
                    continue
                if ca == cb and _amounts_conflict(va, vb, tolerance):
                    found.append(Disagreement("amount", about, key, _with(ref_a, va), _with(ref_b, vb)))
                if date_a and date_b and _dates_conflict(date_a, date_b):
                    found.append(Disagreement("date", about, key, _with(ref_a, date_a), _with(ref_b, date_b)))
                if {pol_a, pol_b} == {"asserted", "denied"}:
                    found.append(Disagreement("polarity", about, key, _with(ref_a, pol_a), _with(ref_b, pol_b)))
    for (actors, unit, currency), per_doc in sorted(amounts.items(), key=lambda kv: str(kv[0])):
        singles = [refs[0] for refs in per_doc.values() if len(refs) == 1]
        about = f"{unit}{' ' + currency if currency else ''}: {', '.join(actors)}"
        key = {"entity_ids": list(actors), "unit": unit, "currency": currency}
        for i, a in enumerate(singles):
            for b in singles[i + 1:]:
                if _amounts_conflict(a.value, b.value, tolerance):
                    found.append(Disagreement("amount", about, key, a, b))
    return found


def _with(ref: FactRef, value: Any) -> FactRef:
    return FactRef(ref.doc_id, ref.outlet, ref.start, ref.end, ref.text, value)
