"""The SQLite store: schema, connection, and the ``Store`` repository (all of veille's SQL)."""

from .records import (
    EntityMention, EntityRole, GlobalEntity, LocalEntity, SaveOutcome, StoredAmount, StoredDate,
    StoredDocument, StoredQuote, StoredRelation,
)
from .repository import Store

__all__ = [
    "EntityMention", "EntityRole", "GlobalEntity", "LocalEntity", "SaveOutcome", "Store",
    "StoredAmount", "StoredDate", "StoredDocument", "StoredQuote", "StoredRelation",
]
