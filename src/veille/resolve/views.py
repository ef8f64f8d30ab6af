"""Read services of the cross-document layer, shared by the CLI and the export.

Stories with their actors, timeline, quotes, per-outlet facts and disagreements;
an entity found by id or by name; relations filtered by type and entity. Nothing
here writes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import NotFound, UsageError
from ..models import RELATION_TYPES
from ..store import GlobalEntity, Store, StoredRelation
from .crosssource import Disagreement, OutletFacts, find_disagreements, outlet_facts
from .entities import fold
from .timeline import TimelineEvent, events_of_documents


@dataclass(frozen=True)
class StoryRow:
    id: str
    label: str
    doc_ids: tuple[str, ...]
    first: str | None  # earliest publication date
    last: str | None
    outlets: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "doc_ids": list(self.doc_ids), "first": self.first,
                "last": self.last, "outlets": list(self.outlets)}


@dataclass(frozen=True)
class StoryView:
    story: StoryRow
    actors: list[tuple[GlobalEntity, int]]  # entity, documents of the story naming it
    timeline: list[TimelineEvent]
    quotes: list[dict[str, Any]]
    outlets: list[OutletFacts]
    disagreements: list[Disagreement]
    near_duplicates: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.story.to_dict(),
            "actors": [{"id": e.id, "name": e.name, "type": e.type, "documents": n} for e, n in self.actors],
            "timeline": [e.to_dict() for e in self.timeline],
            "quotes": self.quotes,
            "per_outlet": [o.to_dict() for o in self.outlets],
            "disagreements": [d.to_dict() for d in self.disagreements],
            "near_duplicates": self.near_duplicates,
        }


def story_row(store: Store, story_id: str, label: str | None = None) -> StoryRow:
    members = store.story_members(story_id)
    if label is None:
        label = store.story_label(story_id)
        if label is None:
            raise NotFound("story", story_id)
    docs = list(store.iter_documents([m.doc_id for m in members]))
    dates = sorted(d.article.published[:10] for d in docs if d.article.published)
    outlets = sorted({d.article.outlet for d in docs if d.article.outlet})
    return StoryRow(story_id, label, tuple(m.doc_id for m in members), dates[0] if dates else None,
                    dates[-1] if dates else None, tuple(outlets))


def list_stories(store: Store, *, min_documents: int = 1) -> Iterator[StoryRow]:
    """Stories, largest first."""
    for story_id, label in store.iter_story_ids():
        row = story_row(store, story_id, label)
        if len(row.doc_ids) >= min_documents:
            yield row


def resolve_story_id(store: Store, story_id: str) -> str:
    """An exact story id, or the only story whose id starts with ``story_id``."""
    if store.story_label(story_id) is not None:
        return story_id
    matches = store.story_ids_with_prefix(story_id)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UsageError(f"story id {story_id!r} is ambiguous: {', '.join(matches[:5])}…")
    raise NotFound("story", story_id)


def story_view(store: Store, story_id: str) -> StoryView:
    story_id = resolve_story_id(store, story_id)
    row = story_row(store, story_id)
    doc_ids = list(row.doc_ids)
    counts: Counter = Counter()
    for links in store.links_of_documents(doc_ids).values():
        counts.update(links.keys())
    actors = [(store.get_entity(e), n) for e, n in counts.most_common()]
    actors.sort(key=lambda pair: (-pair[1], -pair[0].mention_count, pair[0].id))
    quotes = []
    for doc_id in doc_ids:
        for s in store.iter_quotes(doc_id):
            q = s.quote
            quotes.append({"id": s.id, "doc_id": doc_id, "start": q.start, "end": q.end, "text": q.text,
                           "kind": q.kind, "speaker_id": s.speaker_id, "speaker_text": q.speaker_text})
    return StoryView(
        story=row,
        actors=actors,
        timeline=events_of_documents(store, doc_ids),
        quotes=quotes,
        outlets=outlet_facts(store, doc_ids),
        disagreements=find_disagreements(store, doc_ids),
        near_duplicates={m.doc_id: m.near_duplicate_of for m in store.story_members(story_id) if m.near_duplicate_of},
    )


def find_entity(store: Store, name_or_id: str) -> GlobalEntity:
    """The entity with this id; else the most mentioned whose name or alias equals the
    words given (case- and accent-insensitive); else whose name contains them."""
    try:
        return store.get_entity(name_or_id)
    except NotFound:
        pass
    wanted = fold(name_or_id)
    if not wanted:
        raise UsageError("give an entity name or id")
    exact, partial = [], []
    for entity in store.iter_entities(order="mentions"):
        forms = [fold(f) for f in (entity.name, *entity.aliases)]
        if wanted in forms:
            exact.append(entity)
        elif any(f" {wanted} " in f" {form} " for form in forms):
            partial.append(entity)
    found = exact or partial
    if not found:
        raise NotFound("entity", name_or_id)
    return found[0]


def entity_roles_over_time(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """The roles the entity holds in each document, with the document's publication date,
    oldest first (undated last)."""
    published = {}
    roles = store.entity_roles(entity_id)
    for doc in store.iter_documents(sorted({r.doc_id for r in roles})):
        published[doc.id] = doc.article.published
    rows = [{"title": r.role.title, "of": r.role.of, "former": r.role.former, "doc_id": r.doc_id,
             "published": published.get(r.doc_id), "start": r.role.start, "end": r.role.end} for r in roles]
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["doc_id"], r["start"]))
    return rows


def find_relations(
    store: Store, *, type: str | None = None, entity: str | None = None
) -> Iterator[StoredRelation]:
    """Relations in document order; ``entity`` (name or id) as subject or object."""
    if type is not None and type not in RELATION_TYPES:
        raise UsageError(f"unknown relation type {type!r} (one of {', '.join(RELATION_TYPES)})")
    entity_id = find_entity(store, entity).id if entity else None
    for s in store.iter_relations():
        if type is not None and s.relation.type != type:
            continue
        if entity_id is not None and entity_id not in (s.subject_id, s.object_id):
            continue
        yield s
