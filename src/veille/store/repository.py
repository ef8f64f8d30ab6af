"""``Store``: every read and write of veille's SQLite store. No SQL lives outside ``veille.store``.

Writes are per batch: ``save_batch`` stores documents and all their items in one
transaction. Readers stream (generators over a cursor) and return the dataclasses
of ``veille.store.records`` built on ``veille.models``, never rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from ..errors import NotFound, StoreError
from ..models import (
    Amount, Article, Cue, DateMention, DocumentAnalysis, EntityRecord, Mention, Quote, Relation, Role,
)
from . import db
from .crossdoc import CrossDocumentTables
from .records import (
    EntityMention, EntityRole, GlobalEntity, LocalEntity, SaveOutcome, StoredAmount, StoredDate,
    StoredDocument, StoredQuote, StoredRelation,
)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@contextmanager
def _translated(what: str) -> Iterator[None]:
    """sqlite3 errors become StoreError, with what was being done."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(f"{what}: {exc}") from exc


class Store(CrossDocumentTables):
    """A veille store on one SQLite file. Use as a context manager, or call ``close``."""

    def __init__(self, path: str, *, create: bool = True):
        self.path = path
        self._conn = db.connect(path, create=create)

    # --- lifecycle --------------------------------------------------------------
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes (e.g. a whole resolver pass) into one transaction."""
        with _translated("write failed"), db.transaction(self._conn):
            yield

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[sqlite3.Row]:
        with _translated("read failed"):
            cursor = self._conn.execute(sql, params)
            yield from cursor

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """All rows at once: ``_rows`` yields them one by one, slower on big reads."""
        with _translated("read failed"):
            return self._conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        with _translated("read failed"):
            return self._conn.execute(sql, params).fetchone()

    # --- identity ---------------------------------------------------------------
    def has_content(self, content_hash: str) -> bool:
        return self.get_document_id_by_hash(content_hash) is not None

    def get_document_id_by_hash(self, content_hash: str) -> str | None:
        # A document whose analysis failed is not "known": ingesting it again retries it.
        row = self._one(
            "SELECT id FROM documents WHERE content_hash = ? AND status != 'failed'", (content_hash,)
        )
        return row[0] if row else None

    def get_hash_by_document_id(self, doc_id: str) -> str | None:
        row = self._one("SELECT content_hash FROM documents WHERE id = ?", (doc_id,))
        return row[0] if row else None

    # --- writes: per-document results ---------------------------------------------
    def save_batch(self, pairs: Sequence[tuple[Article, DocumentAnalysis]]) -> list[SaveOutcome]:
        """Store documents and everything extracted from them, in ONE transaction.

        A text already stored (same content hash, whatever its id) is not stored
        again (``duplicate``). An id already stored with another text is replaced:
        the old document and all its items are deleted first (``replaced``).
        """
        outcomes: list[SaveOutcome] = []
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.transaction():
            conn = self._conn
            # One MAX per batch, not per document: seq has no index.
            seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM documents").fetchone()[0]
            for article, analysis in pairs:
                if analysis.doc_id != article.id:
                    raise StoreError(f"analysis of {analysis.doc_id!r} paired with article {article.id!r}")
                known = self.get_document_id_by_hash(article.content_hash)
                if known is not None:
                    outcomes.append(SaveOutcome(article.id, "duplicate", known))
                    continue
                action = "added"
                retried = self._one(
                    "SELECT id FROM documents WHERE content_hash = ? AND status = 'failed'",
                    (article.content_hash,),
                )
                if retried is not None and retried[0] != article.id:
                    self._delete_document(retried[0])
                if self.get_hash_by_document_id(article.id) is not None:
                    self._delete_document(article.id)
                    action = "replaced"
                seq += 1
                cursor = conn.execute(
                    "INSERT INTO documents (id, content_hash, title, url, outlet, published, author, lang,"
                    " status, reason, source, n_tokens, metadata, text, ingested_at, seq)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id, article.content_hash, article.title, article.url, article.outlet,
                        article.published, article.author, analysis.lang or article.lang,
                        analysis.status, analysis.reason, article.source, analysis.n_tokens,
                        _dumps(article.metadata), article.text, now, seq,
                    ),
                )
                conn.execute(
                    "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                    (cursor.lastrowid, article.title or "", article.text),
                )
                self._insert_items(article.id, analysis)
                outcomes.append(SaveOutcome(article.id, action))
        return outcomes

    def _insert_items(self, doc_id: str, analysis: DocumentAnalysis) -> None:
        conn = self._conn
        for entity in analysis.entities:
            conn.execute(
                "INSERT INTO doc_entities (doc_id, local_key, name, type, aliases) VALUES (?, ?, ?, ?, ?)",
                (doc_id, entity.key, entity.name, entity.type, _dumps(list(entity.aliases))),
            )
            conn.executemany(
                "INSERT INTO mentions (doc_id, local_key, start, end, text, kind) VALUES (?, ?, ?, ?, ?, ?)",
                [(doc_id, entity.key, m.start, m.end, m.text, m.kind) for m in entity.mentions],
            )
            conn.executemany(
                "INSERT INTO roles (doc_id, local_key, title, of, former, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(doc_id, entity.key, r.title, r.of, int(r.former), r.start, r.end) for r in entity.roles],
            )
        conn.executemany(
            "INSERT INTO amounts (doc_id, start, end, text, value, unit, currency, qualifier)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, a.start, a.end, a.text, a.value, a.unit, a.currency, a.qualifier) for a in analysis.amounts],
        )
        conn.executemany(
            "INSERT INTO dates (doc_id, start, end, text, value, granularity, relative) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, d.start, d.end, d.text, d.value, d.granularity, int(d.relative)) for d in analysis.dates],
        )
        conn.executemany(
            "INSERT INTO quotes (doc_id, start, end, text, kind, speaker_local_key, speaker_text, speaker_start,"
            " speaker_end, cue_start, cue_end, cue_text, confidence, rule)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id, q.start, q.end, q.text, q.kind, q.speaker_key, q.speaker_text, q.speaker_start,
                    q.speaker_end, *_cue_columns(q.cue), q.confidence, q.rule,
                )
                for q in analysis.quotes
            ],
        )
        conn.executemany(
            "INSERT INTO relations (doc_id, type, subject_local_key, object_local_key, subject, object, start, end,"
            " evidence, trigger_start, trigger_end, trigger_text, polarity, date, arguments)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id, r.type, r.subject_key, r.object_key, r.subject, r.object, r.start, r.end,
                    r.evidence, *_cue_columns(r.trigger), r.polarity, r.date, _dumps(r.arguments),
                )
                for r in analysis.relations
            ],
        )

    def _delete_document(self, doc_id: str) -> None:
        """Delete a document, its items (cascade), its FTS row and its entity links."""
        conn = self._conn
        conn.execute(
            "INSERT INTO documents_fts (documents_fts, rowid, title, text)"
            " SELECT 'delete', rowid, COALESCE(title, ''), text FROM documents WHERE id = ?",
            (doc_id,),
        )
        touched = [row[0] for row in conn.execute(
            "SELECT DISTINCT entity_id FROM entity_links WHERE doc_id = ?", (doc_id,)
        )]
        # entity_links has no foreign key to documents (the cross-document layer may be
        # rebuilt independently), so it is cleaned here.
        conn.execute("DELETE FROM entity_links WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        self._refresh_counts(touched)

    # --- writes: cross-document entities (used by veille.resolve) --------------------
    def add_entity(self, entity_id: str, name: str, type: str, aliases: Iterable[str] = ()) -> None:
        with _translated("cannot add entity"):
            self._conn.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)", (entity_id, name, type))
            self.add_aliases(entity_id, aliases)

    def rename_entity(self, entity_id: str, name: str) -> None:
        with _translated("cannot rename entity"):
            self._conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, entity_id))

    def add_aliases(self, entity_id: str, aliases: Iterable[str]) -> None:
        with _translated("cannot add aliases"):
            self._conn.executemany(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)",
                [(entity_id, alias) for alias in aliases],
            )

    def link_entity(self, doc_id: str, local_key: str, entity_id: str) -> None:
        with _translated("cannot link entity"):
            self._conn.execute(
                "INSERT OR REPLACE INTO entity_links (doc_id, local_key, entity_id) VALUES (?, ?, ?)",
                (doc_id, local_key, entity_id),
            )

    def refresh_entity_counts(self, entity_ids: Iterable[str]) -> None:
        """Recompute mention_count/doc_count from the links; drop entities left without links."""
        with _translated("cannot update entity counts"):
            self._refresh_counts(list(entity_ids))

    def _refresh_counts(self, entity_ids: list[str]) -> None:
        for entity_id in entity_ids:
            self._conn.execute(
                "UPDATE entities SET"
                " mention_count = (SELECT COUNT(*) FROM entity_links l JOIN mentions m"
                "   ON m.doc_id = l.doc_id AND m.local_key = l.local_key WHERE l.entity_id = entities.id),"
                " doc_count = (SELECT COUNT(DISTINCT l.doc_id) FROM entity_links l WHERE l.entity_id = entities.id)"
                " WHERE id = ?",
                (entity_id,),
            )
            self._conn.execute(
                "DELETE FROM entities WHERE id = ? AND NOT EXISTS"
                " (SELECT 1 FROM entity_links WHERE entity_id = ?)",
                (entity_id, entity_id),
            )

    # --- reads: documents ------------------------------------------------------------
    _DOC_COLUMNS = (
        "id, text, title, url, outlet, published, lang, author, source, metadata,"
        " status, reason, n_tokens, content_hash, ingested_at, seq"
    )

    def iter_documents(self, doc_ids: Iterable[str] | None = None) -> Iterator[StoredDocument]:
        """Documents in ingestion order (all of them, or those of ``doc_ids``)."""
        if doc_ids is None:
            rows = self._rows(f"SELECT {self._DOC_COLUMNS} FROM documents ORDER BY seq")
            yield from map(_document, rows)
            return
        for doc_id in doc_ids:
            row = self._one(f"SELECT {self._DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,))
            if row:
                yield _document(row)

    def documents_with_unlinked_entities(self) -> list[str]:
        """Ids of documents (ingestion order) with local entities not yet linked globally,
        e.g. left by an ingest interrupted between storing and linking."""
        return [doc_id for (doc_id,) in self._rows(
            "SELECT e.doc_id FROM doc_entities e JOIN documents d ON d.id = e.doc_id"
            " LEFT JOIN entity_links l ON l.doc_id = e.doc_id AND l.local_key = e.local_key"
            " WHERE l.entity_id IS NULL GROUP BY e.doc_id ORDER BY MIN(d.seq)"
        )]

    def get_document(self, doc_id: str) -> StoredDocument:
        row = self._one(f"SELECT {self._DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise NotFound("document", doc_id)
        return _document(row)

    def document_counts(self) -> dict[str, int]:
        """Number of documents by status (``analysed``, ``skipped``)."""
        return dict(self._rows("SELECT status, COUNT(*) FROM documents GROUP BY status"))

    def item_counts(self) -> dict[str, int]:
        """Number of stored rows per kind of per-document item, and of global entities."""
        counts = {}
        for table in ("doc_entities", "mentions", "roles", "amounts", "dates", "quotes", "relations", "entities"):
            counts[table] = self._one(f"SELECT COUNT(*) FROM {table}")[0]
        return counts

    def entity_counts_by_type(self) -> dict[str, int]:
        return dict(self._rows("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY type"))

    # --- reads: per-document items --------------------------------------------------
    def local_entities(self, doc_id: str) -> list[LocalEntity]:
        """The document's actors, with mentions and roles, in key order of first mention."""
        mentions: dict[str, list[Mention]] = {}
        for key, start, end, text, kind in self._rows(
            "SELECT local_key, start, end, text, kind FROM mentions WHERE doc_id = ? ORDER BY start, end, id",
            (doc_id,),
        ):
            mentions.setdefault(key, []).append(Mention(start, end, text, kind))
        roles: dict[str, list[Role]] = {}
        for key, title, of, former, start, end in self._rows(
            "SELECT local_key, title, of, former, start, end FROM roles WHERE doc_id = ? ORDER BY start, end, id",
            (doc_id,),
        ):
            roles.setdefault(key, []).append(Role(title, of, bool(former), start, end))
        result = []
        for key, name, type_, aliases, entity_id in self._rows(
            "SELECT e.local_key, e.name, e.type, e.aliases, l.entity_id FROM doc_entities e"
            " LEFT JOIN entity_links l ON l.doc_id = e.doc_id AND l.local_key = e.local_key"
            " WHERE e.doc_id = ? ORDER BY e.rowid",
            (doc_id,),
        ):
            record = EntityRecord(
                key=key, name=name, type=type_, aliases=tuple(json.loads(aliases)),
                roles=tuple(roles.get(key, ())), mentions=tuple(mentions.get(key, ())),
            )
            result.append(LocalEntity(doc_id, record, entity_id))
        return result

    def iter_amounts(self, doc_id: str | None = None) -> Iterator[StoredAmount]:
        for row in self._items("amounts", "a.start, a.end, a.text, a.value, a.unit, a.currency, a.qualifier", doc_id):
            yield StoredAmount(row[0], Amount(*row[1:]))

    def iter_dates(self, doc_id: str | None = None) -> Iterator[StoredDate]:
        for row in self._items("dates", "a.start, a.end, a.text, a.value, a.granularity, a.relative", doc_id):
            yield StoredDate(row[0], DateMention(*row[1:6], relative=bool(row[6])))

    def _items(self, table: str, columns: str, doc_id: str | None) -> Iterator[tuple]:
        where, params = ("WHERE a.doc_id = ?", (doc_id,)) if doc_id is not None else ("", ())
        return self._rows(
            f"SELECT a.doc_id, {columns} FROM {table} a JOIN documents d ON d.id = a.doc_id"
            f" {where} ORDER BY d.seq, a.start, a.end, a.id",
            params,
        )

    def iter_quotes(self, doc_id: str | None = None, kind: str | None = None) -> Iterator[StoredQuote]:
        """Quotes by document (ingestion order) then position, with the speaker's global id."""
        clauses, params = [], []
        if doc_id is not None:
            clauses.append("q.doc_id = ?")
            params.append(doc_id)
        if kind is not None:
            clauses.append("q.kind = ?")
            params.append(kind)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        for row in self._rows(
            "SELECT q.doc_id, q.start, q.end, q.text, q.kind, q.speaker_local_key, q.speaker_text,"
            " q.speaker_start, q.speaker_end, q.cue_start, q.cue_end, q.cue_text, q.confidence, q.rule,"
            " l.entity_id"
            " FROM quotes q JOIN documents d ON d.id = q.doc_id"
            " LEFT JOIN entity_links l ON l.doc_id = q.doc_id AND l.local_key = q.speaker_local_key"
            f" {where} ORDER BY d.seq, q.start, q.end, q.id",
            params,
        ):
            quote = Quote(
                start=row[1], end=row[2], text=row[3], kind=row[4], speaker_key=row[5],
                speaker_text=row[6], speaker_start=row[7], speaker_end=row[8],
                cue=_cue(row[9], row[10], row[11]), confidence=row[12], rule=row[13],
            )
            yield StoredQuote(row[0], quote, row[14])

    def iter_relations(self, doc_id: str | None = None) -> Iterator[StoredRelation]:
        """Relations by document then position; ids are ``r-<doc>-<start>-<end>-<type>`` (+ ``-n`` if repeated)."""
        where, params = ("WHERE r.doc_id = ?", (doc_id,)) if doc_id is not None else ("", ())
        seen: dict[str, int] = {}
        current_doc = None
        for row in self._rows(
            "SELECT r.doc_id, r.type, r.subject_local_key, r.object_local_key, r.subject, r.object,"
            " r.start, r.end, r.evidence, r.trigger_start, r.trigger_end, r.trigger_text, r.polarity,"
            " r.date, r.arguments, ls.entity_id, lo.entity_id"
            " FROM relations r JOIN documents d ON d.id = r.doc_id"
            " LEFT JOIN entity_links ls ON ls.doc_id = r.doc_id AND ls.local_key = r.subject_local_key"
            " LEFT JOIN entity_links lo ON lo.doc_id = r.doc_id AND lo.local_key = r.object_local_key"
            f" {where} ORDER BY d.seq, r.start, r.end, r.id",
            params,
        ):
            if row[0] != current_doc:
                current_doc, seen = row[0], {}
            relation = Relation(
                type=row[1], subject_key=row[2], object_key=row[3], subject=row[4], object=row[5],
                start=row[6], end=row[7], evidence=row[8], trigger=_cue(row[9], row[10], row[11]),
                polarity=row[12], date=row[13], arguments=json.loads(row[14]),
            )
            base = f"r-{row[0]}-{row[6]}-{row[7]}-{row[1]}"
            seen[base] = seen.get(base, 0) + 1
            relation_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
            yield StoredRelation(relation_id, row[0], relation, row[15], row[16])

    # --- reads: cross-document entities --------------------------------------------
    def iter_entities(
        self, *, type: str | None = None, order: str = "first_seen", limit: int | None = None
    ) -> Iterator[GlobalEntity]:
        """Global entities.

        order: ``first_seen`` (document ingestion order, then position of the first
            mention: the export order) or ``mentions`` (most mentioned first).
        """
        where, params = ("WHERE e.type = ?", [type]) if type else ("", [])
        if order == "mentions":
            sql = (
                f"SELECT e.id, e.name, e.type, e.mention_count, e.doc_count FROM entities e {where}"
                " ORDER BY e.mention_count DESC, e.doc_count DESC, e.name, e.id"
            )
        elif order == "first_seen":
            sql = (
                "WITH firsts AS (SELECT l.entity_id, MIN(d.seq) AS seq FROM entity_links l"
                "   JOIN documents d ON d.id = l.doc_id GROUP BY l.entity_id)"
                " SELECT e.id, e.name, e.type, e.mention_count, e.doc_count FROM entities e"
                " LEFT JOIN firsts f ON f.entity_id = e.id"
                f" {where} ORDER BY f.seq,"
                " (SELECT MIN(m.start) FROM entity_links l2 JOIN documents d2 ON d2.id = l2.doc_id"
                "   JOIN mentions m ON m.doc_id = l2.doc_id AND m.local_key = l2.local_key"
                "   WHERE l2.entity_id = e.id AND d2.seq = f.seq), e.id"
            )
        else:
            raise ValueError(f"unknown entity order {order!r}")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for entity_id, name, type_, mention_count, doc_count in self._rows(sql, params):
            yield GlobalEntity(entity_id, name, type_, self._aliases(entity_id), mention_count, doc_count)

    def get_entity(self, entity_id: str) -> GlobalEntity:
        row = self._one("SELECT id, name, type, mention_count, doc_count FROM entities WHERE id = ?", (entity_id,))
        if row is None:
            raise NotFound("entity", entity_id)
        return GlobalEntity(row[0], row[1], row[2], self._aliases(row[0]), row[3], row[4])

    def _aliases(self, entity_id: str) -> tuple[str, ...]:
        return tuple(a for (a,) in self._rows(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,)
        ))

    def entity_mentions(self, entity_id: str) -> list[EntityMention]:
        return [
            EntityMention(doc_id, Mention(start, end, text, kind))
            for doc_id, start, end, text, kind in self._rows(
                "SELECT m.doc_id, m.start, m.end, m.text, m.kind FROM entity_links l"
                " JOIN mentions m ON m.doc_id = l.doc_id AND m.local_key = l.local_key"
                " JOIN documents d ON d.id = m.doc_id"
                " WHERE l.entity_id = ? ORDER BY d.seq, m.start, m.end, m.id",
                (entity_id,),
            )
        ]

    def entity_roles(self, entity_id: str) -> list[EntityRole]:
        return [
            EntityRole(doc_id, Role(title, of, bool(former), start, end))
            for doc_id, title, of, former, start, end in self._rows(
                "SELECT r.doc_id, r.title, r.of, r.former, r.start, r.end FROM entity_links l"
                " JOIN roles r ON r.doc_id = l.doc_id AND r.local_key = l.local_key"
                " JOIN documents d ON d.id = r.doc_id"
                " WHERE l.entity_id = ? ORDER BY d.seq, r.start, r.end, r.id",
                (entity_id,),
            )
        ]

    def speaker_counts(self, limit: int | None = None) -> list[tuple[GlobalEntity, int]]:
        """Global entities by number of quotes attributed to them, most quoted first."""
        sql = (
            "SELECT l.entity_id, COUNT(*) AS n FROM quotes q JOIN entity_links l"
            " ON l.doc_id = q.doc_id AND l.local_key = q.speaker_local_key"
            " GROUP BY l.entity_id ORDER BY n DESC, l.entity_id"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [(self.get_entity(entity_id), n) for entity_id, n in list(self._rows(sql, params))]


def _cue_columns(cue: Cue | None) -> tuple:
    return (cue.start, cue.end, cue.text) if cue is not None else (None, None, None)


def _cue(start: int | None, end: int | None, text: str | None) -> Cue | None:
    return Cue(start, end, text) if start is not None else None


def _document(row: tuple) -> StoredDocument:
    (doc_id, text, title, url, outlet, published, lang, author, source, metadata,
     status, reason, n_tokens, content_hash, ingested_at, seq) = row
    article = Article(
        id=doc_id, text=text, title=title, url=url, outlet=outlet, published=published, lang=lang,
        author=author, source=source, metadata=json.loads(metadata),
    )
    return StoredDocument(article, status, reason, n_tokens, content_hash, ingested_at, seq)
