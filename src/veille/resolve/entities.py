"""Cross-document entities, first version: link each document's actors to global entities.

For every local entity (``doc_entities``) of newly stored documents, ``link_documents``
finds a global entity of the same type by name (``match_entity``), or creates one
with a stable id made from type and name (``per-elon-musk``). The matching rule is
one replaceable function: ``link_documents(..., matcher=my_rule)``.

Deliberately simple (homonyms and roles are not used yet): two different people
with the same name are merged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..models import EntityRecord
from ..store import Store


def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: "Élon  MUSK" -> "elon musk"."""
    decomposed = unicodedata.normalize("NFKD", name)
    no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.findall(r"\w+", no_marks.casefold())
    return " ".join(words)


def slug(name: str) -> str:
    return fold(name).replace(" ", "-") or "entity"


@dataclass
class EntityIndex:
    """The global entities, in memory, keyed for matching. Updated as entities are created."""

    names: dict[str, str] = field(default_factory=dict)  # id -> canonical name
    types: dict[str, str] = field(default_factory=dict)  # id -> type
    forms: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    last_tokens: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, entity_id: str, type: str, name: str, aliases: Iterable[str] = ()) -> None:
        self.names[entity_id] = name
        self.types[entity_id] = type
        for form in (name, *aliases):
            self.forms[(type, fold(form))].add(entity_id)
        tokens = fold(name).split()
        if len(tokens) > 1:
            self.last_tokens[(type, tokens[-1])].add(entity_id)

    def rename(self, entity_id: str, name: str) -> None:
        self.names[entity_id] = name
        self.add(entity_id, self.types[entity_id], name)


#: A matching rule: the global entity id a local entity belongs to, or None (create one).
Matcher = Callable[[EntityRecord, EntityIndex], "str | None"]


def match_entity(record: EntityRecord, index: EntityIndex) -> str | None:
    """Find the global entity for ``record``: same type, and

    1. its name, then one of its aliases, equals a global name or alias (folded);
    2. for people, a one-word name ("Musk") equals the last word of exactly one
       global name ("Elon Musk"), or the last word of its name equals exactly one
       one-word global name.

    Ambiguous matches (several candidates) create a new entity rather than guess.
    """
    for form in (record.name, *record.aliases):
        candidates = index.forms.get((record.type, fold(form)), set())
        if len(candidates) == 1:
            return next(iter(candidates))
        if len(candidates) > 1:
            return None
    if record.type != "PER":
        return None
    tokens = fold(record.name).split()
    if len(tokens) == 1:
        candidates = index.last_tokens.get((record.type, tokens[0]), set())
        return next(iter(candidates)) if len(candidates) == 1 else None
    if tokens:
        candidates = {
            entity_id for entity_id in index.forms.get((record.type, tokens[-1]), set())
            if len(fold(index.names[entity_id]).split()) == 1
        }
        return next(iter(candidates)) if len(candidates) == 1 else None
    return None


@dataclass(frozen=True)
class LinkReport:
    created: int
    linked: int


def load_index(store: Store) -> EntityIndex:
    index = EntityIndex()
    for entity in store.iter_entities(order="mentions"):
        index.add(entity.id, entity.type, entity.name, entity.aliases)
    return index


def new_entity_id(type: str, name: str, taken: Iterable[str] | dict) -> str:
    """``<type>-<slug>``, with ``-2``, ``-3``… when that id is already taken."""
    base = f"{type.lower()}-{slug(name)}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def link_documents(store: Store, doc_ids: Iterable[str], *, matcher: Matcher = match_entity) -> LinkReport:
    """Link the not-yet-linked local entities of ``doc_ids`` to global entities, in one transaction.

    The canonical name of a global entity is the longest name seen; every other form
    becomes an alias; mention and document counts are recomputed for touched entities.
    """
    index = load_index(store)
    touched: set[str] = set()
    created = linked = 0
    with store.transaction():
        for doc_id in doc_ids:
            for local in store.local_entities(doc_id):
                if local.entity_id is not None:
                    continue
                record = local.record
                entity_id = matcher(record, index)
                if entity_id is None:
                    entity_id = new_entity_id(record.type, record.name, index.names)
                    aliases = sorted(set(record.aliases) - {record.name})
                    store.add_entity(entity_id, record.name, record.type, aliases)
                    index.add(entity_id, record.type, record.name, aliases)
                    created += 1
                else:
                    _merge_names(store, index, entity_id, record)
                store.link_entity(doc_id, record.key, entity_id)
                touched.add(entity_id)
                linked += 1
        store.refresh_entity_counts(sorted(touched))
    return LinkReport(created=created, linked=linked)


def _merge_names(store: Store, index: EntityIndex, entity_id: str, record: EntityRecord) -> None:
    current = index.names[entity_id]
    forms = {record.name, *record.aliases}
    if len(record.name) > len(current):
        store.rename_entity(entity_id, record.name)
        index.rename(entity_id, record.name)
        forms.add(current)
    canonical = index.names[entity_id]
    aliases = sorted(forms - {canonical})
    store.add_aliases(entity_id, aliases)
    index.add(entity_id, index.types[entity_id], canonical, aliases)
