"""What the store's readers return: boundary models wrapped with their store context.

Readers never hand out SQLite rows; these frozen dataclasses carry the models of
``veille.models`` plus what only the store knows (document of an item, global ids).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Amount, Article, DateMention, EntityRecord, Mention, Quote, Relation, Role


@dataclass(frozen=True)
class StoredDocument:
    article: Article
    status: str  # analysed | skipped
    reason: str | None
    n_tokens: int
    content_hash: str
    ingested_at: str
    seq: int

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True)
class GlobalEntity:
    """A cross-document actor: one row of ``entities`` with its aliases."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mention_count: int
    doc_count: int


@dataclass(frozen=True)
class LocalEntity:
    """An actor inside one document, and the global entity it is linked to (if linked yet)."""

    doc_id: str
    record: EntityRecord
    entity_id: str | None


@dataclass(frozen=True)
class EntityMention:
    doc_id: str
    mention: Mention


@dataclass(frozen=True)
class EntityRole:
    doc_id: str
    role: Role


@dataclass(frozen=True)
class StoredAmount:
    doc_id: str
    amount: Amount


@dataclass(frozen=True)
class StoredDate:
    doc_id: str
    date: DateMention


@dataclass(frozen=True)
class StoredQuote:
    """A quote with its speaker's global entity id (None when unattributed or unlinked)."""

    doc_id: str
    quote: Quote
    speaker_id: str | None

    @property
    def id(self) -> str:
        # Stable across re-exports: a document's text never changes under its id.
        return f"q-{self.doc_id}-{self.quote.start}-{self.quote.end}"


@dataclass(frozen=True)
class StoredRelation:
    """A relation with the global ids of its subject and object; ``id`` is stable."""

    id: str
    doc_id: str
    relation: Relation
    subject_id: str | None
    object_id: str | None


@dataclass(frozen=True)
class SaveOutcome:
    """What ``Store.save_batch`` did with one document: ``added``, ``replaced`` or ``duplicate``."""

    doc_id: str
    action: str
    duplicate_of: str | None = None
