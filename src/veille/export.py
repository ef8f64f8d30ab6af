"""Export a store as JSON, JSON Lines or CSV: the versioned contract of docs/export.md.

Every format streams from the store: records are built one at a time and written
immediately, so an export never holds the corpus in memory. Order is deterministic:
documents by ingestion order; items by document, then start offset.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from .errors import UsageError
from .models import Cue
from .store import GlobalEntity, Store, StoredDocument, StoredQuote, StoredRelation

#: Version of the export format. Adding keys or sections keeps it; renaming,
#: removing or changing the meaning of a key bumps it (docs/export.md).
EXPORT_VERSION = 1
FORMATS = ("json", "jsonl", "csv")

Record = dict[str, Any]


def document_record(doc: StoredDocument) -> Record:
    a = doc.article
    return {
        "id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet,
        "published": a.published, "lang": a.lang, "text": a.text,
    }


def entity_record(store: Store, entity: GlobalEntity) -> Record:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "roles": [
            {"title": r.role.title, "of": r.role.of, "former": r.role.former,
             "doc_id": r.doc_id, "start": r.role.start, "end": r.role.end}
            for r in store.entity_roles(entity.id)
        ],
        "mentions": [
            {"doc_id": m.doc_id, "start": m.mention.start, "end": m.mention.end, "text": m.mention.text}
            for m in store.entity_mentions(entity.id)
        ],
    }


def _span(cue: Cue | None) -> Record | None:
    return None if cue is None else {"start": cue.start, "end": cue.end, "text": cue.text}


def quote_record(stored: StoredQuote) -> Record:
    q = stored.quote
    return {
        "id": stored.id, "doc_id": stored.doc_id, "start": q.start, "end": q.end, "text": q.text,
        "kind": q.kind, "speaker_id": stored.speaker_id, "speaker_text": q.speaker_text,
        "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": _span(q.cue),
        "confidence": q.confidence, "rule": q.rule,
    }


def relation_record(stored: StoredRelation) -> Record:
    r = stored.relation
    return {
        "id": stored.id, "type": r.type, "subject_id": stored.subject_id, "object_id": stored.object_id,
        "subject": r.subject, "object": r.object, "arguments": r.arguments, "polarity": r.polarity,
        "date": r.date, "doc_id": stored.doc_id, "start": r.start, "end": r.end,
        "evidence": r.evidence, "trigger": _span(r.trigger),
    }


def _documents(store: Store) -> Iterator[Record]:
    return map(document_record, store.iter_documents())


def _entities(store: Store) -> Iterator[Record]:
    for entity in store.iter_entities(order="first_seen"):
        yield entity_record(store, entity)


def _amounts(store: Store) -> Iterator[Record]:
    for s in store.iter_amounts():
        a = s.amount
        yield {"doc_id": s.doc_id, "start": a.start, "end": a.end, "text": a.text, "value": a.value,
               "currency": a.currency, "unit": a.unit, "qualifier": a.qualifier}


def _dates(store: Store) -> Iterator[Record]:
    for s in store.iter_dates():
        d = s.date
        yield {"doc_id": s.doc_id, "start": d.start, "end": d.end, "text": d.text, "value": d.value,
               "granularity": d.granularity}


def _quotes(store: Store) -> Iterator[Record]:
    return map(quote_record, store.iter_quotes())


def _relations(store: Store) -> Iterator[Record]:
    yield from map(relation_record, store.iter_relations())
    yield from _mentioned_with(store)


def _mentioned_with(store: Store) -> Iterator[Record]:
    """Co-occurrence relations: two entities named in one sentence (veille.resolve.graph);
    provenance is the first such sentence, ``arguments`` the count and all documents."""
    from .resolve.graph import MENTIONED_WITH, cooccurrences

    texts: dict[str, str] = {}
    for (a, b), co in sorted(cooccurrences(store).items()):
        if co.doc_id not in texts:
            texts = {co.doc_id: store.get_document(co.doc_id).article.text}
        yield {
            "id": f"m-{a}-{b}", "type": MENTIONED_WITH, "subject_id": a, "object_id": b,
            "subject": None, "object": None,
            "arguments": {"count": co.count, "doc_ids": list(co.doc_ids)}, "polarity": "asserted",
            "date": None, "doc_id": co.doc_id, "start": co.start, "end": co.end,
            "evidence": texts[co.doc_id][co.start:co.end], "trigger": None,
        }


def event_record(event) -> Record:
    """A dated relation (``veille.resolve.timeline.TimelineEvent``) as an export event."""
    return {
        "id": f"ev-{event.id}", "type": event.type, "date": event.date, "date_source": event.date_source,
        "doc_id": event.doc_id, "start": event.start, "end": event.end, "text": event.text,
        "entity_ids": list(event.entity_ids), "relation_id": event.id, "polarity": event.polarity,
    }


def _events(store: Store) -> Iterator[Record]:
    """Relations dated by the text (their own date or a date in their sentence), in date order."""
    from .resolve.timeline import events_of_documents

    doc_ids = [d.id for d in store.iter_documents() if d.status == "analysed"]
    for event in events_of_documents(store, doc_ids):
        if event.kind == "relation" and event.date_source != "published":
            yield event_record(event)


def _stories(store: Store) -> Iterator[Record]:
    from .resolve.crosssource import find_disagreements
    from .resolve.timeline import events_of_documents

    for story_id, label in store.iter_story_ids():
        doc_ids = [m.doc_id for m in store.story_members(story_id)]
        entity_ids = sorted({e for links in store.links_of_documents(doc_ids).values() for e in links})
        yield {
            "id": story_id, "label": label, "doc_ids": doc_ids, "entity_ids": entity_ids,
            "timeline": [e.to_dict() for e in events_of_documents(store, doc_ids)],
            "disagreements": [d.to_dict() for d in find_disagreements(store, doc_ids)],
        }


#: (section key in JSON and CSV file stem, record kind in JSONL, producer, CSV columns)
SECTIONS: tuple[tuple[str, str, Callable[[Store], Iterator[Record]], tuple[str, ...]], ...] = (
    ("documents", "document", _documents, ("id", "title", "url", "outlet", "published", "lang", "text")),
    ("entities", "entity", _entities, ("id", "name", "type", "aliases", "roles", "mentions")),
    ("amounts", "amount", _amounts, ("doc_id", "start", "end", "text", "value", "currency", "unit", "qualifier")),
    ("dates", "date", _dates, ("doc_id", "start", "end", "text", "value", "granularity")),
    ("quotes", "quote", _quotes, (
        "id", "doc_id", "start", "end", "text", "kind", "speaker_id", "speaker_text", "speaker_start",
        "speaker_end", "cue", "confidence", "rule")),
    ("relations", "relation", _relations, (
        "id", "type", "subject_id", "object_id", "subject", "object", "arguments", "polarity", "date",
        "doc_id", "start", "end", "evidence", "trigger")),
    ("stories", "story", _stories, ("id", "label", "doc_ids", "entity_ids", "timeline", "disagreements")),
    ("events", "event", _events, (
        "id", "type", "date", "date_source", "doc_id", "start", "end", "text", "entity_ids", "relation_id",
        "polarity")),
)


def _dumps(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False)


def write_json(store: Store, out: TextIO) -> None:
    """One JSON object ``{"version": 1, "documents": [...], ...}``, written record by record."""
    out.write('{"version": %d' % EXPORT_VERSION)
    for key, _, produce, _ in SECTIONS:
        out.write(f',\n"{key}": [')
        for i, record in enumerate(produce(store)):
            out.write(("\n" if i == 0 else ",\n") + _dumps(record))
        out.write("]")
    out.write("\n}\n")


def jsonl_record(kind: str, record: Record) -> Record:
    """A record as a JSONL line: ``kind`` names the record kind first.

    A record's own ``kind`` key (a quote's direct/partial/indirect) would collide,
    so in JSONL it is renamed ``<record kind>_kind`` (``quote_kind``).
    """
    line: Record = {"kind": kind}
    for key, value in record.items():
        line[f"{kind}_kind" if key == "kind" else key] = value
    return line


def write_jsonl(store: Store, out: TextIO) -> None:
    """A header line ``{"kind": "export", "version": 1}`` then one record per line with its ``kind``."""
    out.write(_dumps({"kind": "export", "version": EXPORT_VERSION}) + "\n")
    for _, kind, produce, _ in SECTIONS:
        for record in produce(store):
            out.write(_dumps(jsonl_record(kind, record)) + "\n")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(store: Store, folder: str) -> list[str]:
    """One ``<section>.csv`` per section in ``folder`` (nested fields as JSON strings). Returns the paths."""
    os.makedirs(folder, exist_ok=True)
    paths = []
    for key, _, produce, columns in SECTIONS:
        path = os.path.join(folder, f"{key}.csv")
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for record in produce(store):
                writer.writerow([_cell(record.get(column)) for column in columns])
        paths.append(path)
    return paths


def export(store: Store, *, format: str, out: str | None, stdout: TextIO) -> list[str]:
    """Write the export in ``format`` to ``out`` (a file; a folder for csv) or ``stdout``.

    RETURNS (list[str]): the files written (empty when written to stdout).
    """
    if format not in FORMATS:
        raise UsageError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
    if format == "csv":
        if not out:
            raise UsageError("--format csv writes one file per kind: give a folder with --out DIR")
        if os.path.exists(out) and not os.path.isdir(out):
            raise UsageError(f"--out {out}: not a folder (csv writes one file per kind)")
        return write_csv(store, out)
    writer = write_json if format == "json" else write_jsonl
    if out is None or out == "-":
        writer(store, stdout)
        return []
    if os.path.isdir(out):
        raise UsageError(f"--out {out}: is a folder; give a file name for {format}")
    with open(out, "w", encoding="utf-8") as handle:
        writer(store, handle)
    return [out]
