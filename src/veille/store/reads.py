"""Read-only access to a store for the web layer: paginated listings, search, graph, stories.

``ReadOnlyStore`` opens the SQLite file with ``mode=ro`` (an ingest may write at the
same time: WAL lets readers see the last committed state) and adds the reads the
HTTP API needs on top of ``Store``'s: each returns small frozen dataclasses, never
rows. Every query is parameterised; user text reaches FTS5 only as quoted phrases.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote as url_quote

from ..errors import StoreError
from ..models import Quote, Relation
from .db import APPLICATION, _BUSY_TIMEOUT_MS
from .records import GlobalEntity, StoredQuote, StoredRelation
from .repository import Store, _cue, _translated

#: Private-use characters that mark FTS5 snippet matches: they cannot occur in the
#: text that was indexed, so the web layer can escape the snippet and then turn them
#: into <mark> elements safely.
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"


@dataclass(frozen=True)
class DocumentRow:
    """A document as listed: metadata and counts, not its text."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    lang: str | None
    status: str
    n_quotes: int = 0
    snippet: str | None = None  # search hit in context, with MARK_OPEN/MARK_CLOSE


@dataclass(frozen=True)
class Page:
    """One page of a listing: ``items`` and the ``total`` number of matches."""

    items: list
    total: int


@dataclass(frozen=True)
class TimelineItem:
    date: str  # ISO value (day, month or year)
    doc_id: str
    kind: str  # published | date
    text: str  # the date expression, or the document title
    start: int | None = None
    end: int | None = None
    context: str | None = None  # the words around the date expression


@dataclass(frozen=True)
class StorySummary:
    id: str
    label: str
    n_documents: int
    first: str | None
    last: str | None


@dataclass(frozen=True)
class GraphNode:
    id: str
    name: str
    type: str
    mentions: int


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    type: str
    count: int
    polarity: str


def _readonly_uri(path: str) -> str:
    return "file:" + url_quote(os.path.abspath(path)) + "?mode=ro"


class ReadOnlyStore(Store):
    """A ``Store`` on a read-only SQLite connection, with the web layer's reads."""

    def __init__(self, path: str):  # noqa: D107 - no call to Store.__init__: it may create or migrate
        if not os.path.exists(path):
            raise StoreError(f"{path}: no such store (run `veille ingest` first, or pass --db)")
        self.path = path
        try:
            conn = sqlite3.connect(_readonly_uri(path), uri=True, check_same_thread=False, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open read-only: {exc}") from exc
        if meta.get("application") != APPLICATION:
            conn.close()
            raise StoreError(f"{path}: this SQLite file is not a veille store")
        self._conn = conn

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version`` of this connection: it changes whenever another
        connection (of any process) has committed to the file since the last call."""
        return self._one("PRAGMA data_version")[0]

    # --- documents ---------------------------------------------------------------
    def list_documents(self, *, limit: int, offset: int, story_id: str | None = None) -> Page:
        """Documents, latest ingested first."""
        if story_id is not None:
            total = self._one("SELECT COUNT(*) FROM story_documents WHERE story_id = ?", (story_id,))[0]
            rows = self._rows(
                f"SELECT {_DOC_ROW} FROM story_documents s JOIN documents d ON d.id = s.doc_id"
                " WHERE s.story_id = ? ORDER BY COALESCE(d.published, ''), d.seq LIMIT ? OFFSET ?",
                (story_id, limit, offset),
            )
        else:
            total = self._one("SELECT COUNT(*) FROM documents")[0]
            rows = self._rows(
                # rowid follows ingestion (seq) order and needs no sort over the big rows
                f"SELECT {_DOC_ROW} FROM documents d ORDER BY d.rowid DESC LIMIT ? OFFSET ?", (limit, offset)
            )
        return Page([DocumentRow(*row) for row in rows], total)

    def latest_documents(self, limit: int) -> list[DocumentRow]:
        """Most recently published documents (undated ones last, latest ingested first)."""
        return [DocumentRow(*row) for row in self._rows(
            # NULL sorts last in DESC order, so the documents_published index serves.
            f"SELECT {_DOC_ROW} FROM documents d ORDER BY d.published DESC, d.rowid DESC LIMIT ?",
            (limit,),
        )]

    def search_documents(self, text: str, *, limit: int, offset: int) -> Page:
        """Full-text search (FTS5, accents folded), best matches first, with a snippet."""
        match = fts_query(text)
        if not match:
            return Page([], 0)
        total = self._one("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?", (match,))[0]
        rows = self._rows(
            f"SELECT {_DOC_ROW}, snippet(documents_fts, 1, ?, ?, '…', 16)"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY documents_fts.rank LIMIT ? OFFSET ?",
            (MARK_OPEN, MARK_CLOSE, match, limit, offset),
        )
        return Page([DocumentRow(*row) for row in rows], total)

    # --- entities ----------------------------------------------------------------
    def list_entities(self, *, type: str | None, text: str | None, limit: int, offset: int) -> Page:
        """Global entities, most mentioned first; ``text`` matches the name or an alias (substring)."""
        clauses, params = [], []
        if type is not None:
            clauses.append("e.type = ?")
            params.append(type)
        if text:
            pattern = "%" + _like_escape(text) + "%"
            clauses.append(
                "(e.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM entity_aliases a"
                " WHERE a.entity_id = e.id AND a.alias LIKE ? ESCAPE '\\'))"
            )
            params += [pattern, pattern]
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        total = self._one(f"SELECT COUNT(*) FROM entities e {where}", params)[0]
        rows = list(self._rows(
            f"SELECT e.id, e.name, e.type, e.mention_count, e.doc_count FROM entities e {where}"
            " ORDER BY e.mention_count DESC, e.doc_count DESC, e.name, e.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ))
        aliases = self._aliases_of([r[0] for r in rows])
        return Page([GlobalEntity(r[0], r[1], r[2], aliases.get(r[0], ()), r[3], r[4]) for r in rows], total)

    def _aliases_of(self, entity_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """Aliases of many entities in one query (``Store._aliases`` asks one entity at a time)."""
        found: dict[str, list[str]] = {}
        for chunk_start in range(0, len(entity_ids), 500):
            chunk = entity_ids[chunk_start:chunk_start + 500]
            for entity_id, alias in self._rows(
                f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({', '.join('?' * len(chunk))})"
                " ORDER BY entity_id, alias",
                chunk,
            ):
                found.setdefault(entity_id, []).append(alias)
        return {entity_id: tuple(aliases) for entity_id, aliases in found.items()}

    def entity_quotes(self, entity_id: str, *, limit: int, offset: int = 0) -> Page:
        """Quotes attributed to ``entity_id``, by document then position (uses ``quotes_speaker``)."""
        total = self._one(
            "SELECT COUNT(*) FROM entity_links l JOIN quotes q"
            " ON q.doc_id = l.doc_id AND q.speaker_local_key = l.local_key WHERE l.entity_id = ?",
            (entity_id,),
        )[0]
        rows = self._rows(
            f"SELECT {_QUOTE_COLUMNS} FROM entity_links l"
            " JOIN quotes q ON q.doc_id = l.doc_id AND q.speaker_local_key = l.local_key"
            " JOIN documents d ON d.id = q.doc_id"
            " WHERE l.entity_id = ? ORDER BY d.seq, q.start, q.id LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        )
        return Page([_stored_quote(row, entity_id) for row in rows], total)

    def entity_documents(self, entity_id: str, *, limit: int) -> list[DocumentRow]:
        return [DocumentRow(*row) for row in self._rows(
            f"SELECT {_DOC_ROW} FROM documents d WHERE d.id IN"
            " (SELECT doc_id FROM entity_links WHERE entity_id = ?)"
            " ORDER BY d.published DESC, d.rowid DESC LIMIT ?",
            (entity_id, limit),
        )]

    def entity_relations(self, entity_id: str, *, limit: int) -> list[StoredRelation]:
        """Relations whose subject or object is ``entity_id``."""
        return self.find_relations(entity_id=entity_id, limit=limit, offset=0).items

    def entity_timeline(
        self, entity_id: str, *, limit: int, window: int = 160, documents: int = 60
    ) -> list[TimelineItem]:
        """Dated items from the entity's ``documents`` latest documents: each document's
        publication date, and the resolved date expressions written within ``window``
        characters of a mention of the entity (the same sentence or the next, in practice).
        Bounding the documents keeps the page fast for actors named in thousands of articles."""
        items: list[TimelineItem] = []
        for doc_id, title, published in self._rows(
            "SELECT d.id, d.title, d.published FROM documents d WHERE d.published IS NOT NULL AND d.id IN"
            " (SELECT doc_id FROM entity_links WHERE entity_id = ?) ORDER BY d.published DESC LIMIT ?",
            (entity_id, limit),
        ):
            items.append(TimelineItem(published[:10], doc_id, "published", title or doc_id))
        dated = list(self._rows(
            "SELECT DISTINCT t.doc_id, t.start, t.end, t.text, t.value FROM"
            " (SELECT l2.doc_id, l2.local_key FROM entity_links l2 JOIN documents d2 ON d2.id = l2.doc_id"
            "  WHERE l2.entity_id = ? ORDER BY d2.published DESC, d2.rowid DESC LIMIT ?) l"
            " CROSS JOIN mentions m ON m.doc_id = l.doc_id AND m.local_key = l.local_key"
            " JOIN dates t ON t.doc_id = m.doc_id AND t.start BETWEEN m.start - ? AND m.end + ?"
            " WHERE t.value IS NOT NULL ORDER BY t.value DESC LIMIT ?",
            (entity_id, documents, window, window, limit),
        ))
        contexts = self.sentences_around([(doc_id, start, end) for doc_id, start, end, _, _ in dated])
        for (doc_id, start, end, text, value), (_, context) in zip(dated, contexts):
            items.append(TimelineItem(value, doc_id, "date", text, start, end, context))
        items.sort(key=lambda item: (item.date, item.kind == "published"), reverse=True)
        return items[:limit]

    # --- quotes ------------------------------------------------------------------
    def find_quotes_page(
        self,
        *,
        speaker_ids: Sequence[str] | None = None,
        kind: str | None = None,
        doc_id: str | None = None,
        text: str | None = None,
        limit: int,
        offset: int,
    ) -> Page:
        """Quotes filtered by speaker entity ids, kind, document and words of the quote."""
        clauses, params = [], []
        if speaker_ids is not None:
            if not speaker_ids:
                return Page([], 0)
            marks = ", ".join("?" * len(speaker_ids))
            clauses.append(f"l.entity_id IN ({marks})")
            params += list(speaker_ids)
        if kind is not None:
            clauses.append("q.kind = ?")
            params.append(kind)
        if doc_id is not None:
            clauses.append("q.doc_id = ?")
            params.append(doc_id)
        if text:
            clauses.append("q.text LIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(text) + "%")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        joins = (
            " FROM quotes q LEFT JOIN entity_links l"
            " ON l.doc_id = q.doc_id AND l.local_key = q.speaker_local_key"
        )
        count_joins = joins if speaker_ids is not None else " FROM quotes q"
        total = self._one(f"SELECT COUNT(*) {count_joins} {where}", params)[0]
        # Rows are inserted document by document in ingestion order, so the rowid
        # orders quotes latest-stored first without sorting the whole table.
        order = "q.start, q.id" if doc_id is not None else "q.id DESC"
        rows = self._rows(
            f"SELECT {_QUOTE_COLUMNS}, l.entity_id {joins} {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page([_stored_quote(row[:-1], row[-1]) for row in rows], total)

    def speaker_ids_matching(self, text: str, *, limit: int = 50) -> list[str]:
        """``[text]`` when it is an entity id, else ids of entities whose name or alias
        contains it (case-insensitive)."""
        if self._one("SELECT 1 FROM entities WHERE id = ?", (text,)):
            return [text]
        pattern = "%" + _like_escape(text) + "%"
        return [row[0] for row in self._rows(
            "SELECT id FROM entities WHERE name LIKE ? ESCAPE '\\'"
            " UNION SELECT entity_id FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\' LIMIT ?",
            (pattern, pattern, limit),
        )]

    def sentence_around(self, doc_id: str, start: int, end: int, *, margin: int = 300) -> tuple[int, str]:
        """The sentence(s) holding ``start:end``, and the offset where they begin.

        The text is read ``margin`` characters either side, then cut after the last
        sentence end before ``start`` and at the first one after ``end`` (a light
        cut for display; the NLP's sentence split is not stored).
        """
        return self.sentences_around([(doc_id, start, end)], margin=margin)[0]

    def sentences_around(
        self, spans: Sequence[tuple[str, int, int]], *, margin: int = 300
    ) -> list[tuple[int, str]]:
        """``sentence_around`` for many ``(doc_id, start, end)`` spans, in one query per
        300 spans (an entity page shows up to 150 of them)."""
        windows: dict[int, str] = {}
        for chunk_start in range(0, len(spans), 300):
            chunk = spans[chunk_start:chunk_start + 300]
            params: list[Any] = []
            for i, (doc_id, start, end) in enumerate(chunk, chunk_start):
                begin = max(0, start - margin)
                params += [i, doc_id, begin + 1, end - begin + margin]
            values = ", ".join(["(?, ?, ?, ?)"] * len(chunk))
            windows.update(self._rows(
                f"WITH w(i, doc_id, first, length) AS (VALUES {values})"
                " SELECT w.i, substr(d.text, w.first, w.length) FROM w JOIN documents d ON d.id = w.doc_id",
                params,
            ))
        return [
            _cut_sentence(windows.get(i, ""), max(0, start - margin), start, end)
            for i, (_, start, end) in enumerate(spans)
        ]

    def document_title(self, doc_id: str) -> str | None:
        row = self._one("SELECT title FROM documents WHERE id = ?", (doc_id,))
        return row[0] if row else None

    def document_titles(self, doc_ids: Sequence[str]) -> dict[str, str | None]:
        """Titles of many documents in one query per 500 ids."""
        found: dict[str, str | None] = {}
        ids = sorted(set(doc_ids))
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            found.update(self._rows(
                f"SELECT id, title FROM documents WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            ))
        return found

    # --- relations ---------------------------------------------------------------
    def find_relations(
        self, *, type: str | None = None, entity_id: str | None = None, doc_id: str | None = None,
        limit: int, offset: int,
    ) -> Page:
        clauses, params = [], []
        source = "relations r"
        if entity_id is not None:
            # Driven from the entity's links (indexed), not by testing every relation.
            source = (
                "(SELECT r2.id AS id FROM entity_links l2 JOIN relations r2 ON r2.doc_id = l2.doc_id"
                "  AND r2.subject_local_key = l2.local_key WHERE l2.entity_id = ?"
                " UNION SELECT r3.id FROM entity_links l3 JOIN relations r3 ON r3.doc_id = l3.doc_id"
                "  AND r3.object_local_key = l3.local_key WHERE l3.entity_id = ?) pick"
                " CROSS JOIN relations r ON r.id = pick.id"
            )
            params += [entity_id, entity_id]
        if type is not None:
            clauses.append("r.type = ?")
            params.append(type)
        if doc_id is not None:
            clauses.append("r.doc_id = ?")
            params.append(doc_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        joins = (
            f" FROM {source}"
            " LEFT JOIN entity_links ls ON ls.doc_id = r.doc_id AND ls.local_key = r.subject_local_key"
            " LEFT JOIN entity_links lo ON lo.doc_id = r.doc_id AND lo.local_key = r.object_local_key"
        )
        total = self._one(f"SELECT COUNT(*) FROM {source} {where}", params)[0]
        order = "r.start, r.id" if doc_id is not None else "r.id DESC"  # latest stored first
        rows = self._rows(
            "SELECT r.doc_id, r.type, r.subject_local_key, r.object_local_key, r.subject, r.object,"
            " r.start, r.end, r.evidence, r.trigger_start, r.trigger_end, r.trigger_text, r.polarity,"
            " r.date, r.arguments, ls.entity_id, lo.entity_id,"
            " (SELECT COUNT(*) FROM relations r2 WHERE r2.doc_id = r.doc_id AND r2.start = r.start"
            f"   AND r2.end = r.end AND r2.type = r.type AND r2.id <= r.id) {joins}"
            f" {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page([_stored_relation(row) for row in rows], total)

    # --- stories -----------------------------------------------------------------
    def list_stories(self, *, limit: int, offset: int) -> Page:
        total = self._one("SELECT COUNT(*) FROM stories")[0]
        rows = self._rows(
            "SELECT s.id, s.label, COUNT(sd.doc_id), MIN(d.published), MAX(d.published) FROM stories s"
            " LEFT JOIN story_documents sd ON sd.story_id = s.id LEFT JOIN documents d ON d.id = sd.doc_id"
            " GROUP BY s.id ORDER BY MAX(d.published) IS NULL, MAX(d.published) DESC, COUNT(sd.doc_id) DESC, s.id"
            " LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return Page([StorySummary(*row) for row in rows], total)

    def get_story(self, story_id: str) -> StorySummary | None:
        row = self._one(
            "SELECT s.id, s.label, COUNT(sd.doc_id), MIN(d.published), MAX(d.published) FROM stories s"
            " LEFT JOIN story_documents sd ON sd.story_id = s.id LEFT JOIN documents d ON d.id = sd.doc_id"
            " WHERE s.id = ? GROUP BY s.id",
            (story_id,),
        )
        return StorySummary(*row) if row else None

    def story_doc_ids(self, story_id: str) -> list[str]:
        return [row[0] for row in self._rows(
            "SELECT sd.doc_id FROM story_documents sd JOIN documents d ON d.id = sd.doc_id"
            " WHERE sd.story_id = ? ORDER BY COALESCE(d.published, ''), d.seq",
            (story_id,),
        )]

    def stories_of_document(self, doc_id: str) -> list[tuple[str, str]]:
        return list(self._rows(
            "SELECT s.id, s.label FROM story_documents sd JOIN stories s ON s.id = sd.story_id"
            " WHERE sd.doc_id = ? ORDER BY s.id",
            (doc_id,),
        ))

    # --- graph -------------------------------------------------------------------
    def graph(self, *, doc_ids: Sequence[str] | None, limit: int) -> tuple[list[GraphNode], list[GraphEdge]]:
        """Entities linked by typed relations: the ``limit`` most mentioned entities that
        take part in a relation (in ``doc_ids`` when given), and the relations among them."""
        scope, params = "", []
        if doc_ids is not None:
            if not doc_ids:
                return [], []
            scope = f" AND r.doc_id IN ({', '.join('?' * len(doc_ids))})"
            params = list(doc_ids)
        edges: dict[tuple[str, str, str], list] = {}
        for source, target, type_, polarity in self._rows(
            "SELECT ls.entity_id, lo.entity_id, r.type, r.polarity FROM relations r"
            " JOIN entity_links ls ON ls.doc_id = r.doc_id AND ls.local_key = r.subject_local_key"
            " JOIN entity_links lo ON lo.doc_id = r.doc_id AND lo.local_key = r.object_local_key"
            f" WHERE ls.entity_id != lo.entity_id{scope}",
            params,
        ):
            edge = edges.setdefault((source, target, type_), [0, polarity])
            edge[0] += 1
            if polarity != edge[1]:
                edge[1] = "mixed"
        ids = {e for key in edges for e in key[:2]}
        nodes = []
        for chunk_start in range(0, len(ids), 500):
            chunk = sorted(ids)[chunk_start:chunk_start + 500]
            nodes += [GraphNode(*row) for row in self._rows(
                f"SELECT id, name, type, mention_count FROM entities WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )]
        nodes.sort(key=lambda n: (-n.mentions, n.id))
        kept = {n.id for n in nodes[:limit]}
        graph_edges = [
            GraphEdge(s, t, type_, count, polarity)
            for (s, t, type_), (count, polarity) in sorted(edges.items())
            if s in kept and t in kept
        ]
        return nodes[:limit], graph_edges

    def top_speakers(self, limit: int) -> list[tuple[GlobalEntity, int]]:
        """Entities with the most attributed quotes. Unlike ``Store.speaker_counts``, the
        join is driven from the quotes (CROSS JOIN fixes the order): probing the links'
        primary key per quote is several times faster than scanning every link."""
        rows = list(self._rows(
            "SELECT l.entity_id, COUNT(*) AS n FROM quotes q CROSS JOIN entity_links l"
            " ON l.doc_id = q.doc_id AND l.local_key = q.speaker_local_key"
            " WHERE q.speaker_local_key IS NOT NULL GROUP BY l.entity_id ORDER BY n DESC, l.entity_id LIMIT ?",
            (limit,),
        ))
        return [(self.get_entity(entity_id), n) for entity_id, n in rows]

    # --- one-off lookups -----------------------------------------------------------
    def entity_names(self, entity_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        ids = sorted(set(entity_ids))
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            found.update(self._rows(
                f"SELECT id, name FROM entities WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            ))
        return found

    def count_rows(self) -> dict[str, int]:
        """Counts shown on the home page."""
        with _translated("read failed"):
            return {
                table: self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("documents", "entities", "quotes", "relations", "stories")
            }


_DOC_ROW = (
    "d.id, d.title, d.outlet, d.published, d.url, d.lang, d.status,"
    " (SELECT COUNT(*) FROM quotes q WHERE q.doc_id = d.id)"
)
_QUOTE_COLUMNS = (
    "q.doc_id, q.start, q.end, q.text, q.kind, q.speaker_local_key, q.speaker_text,"
    " q.speaker_start, q.speaker_end, q.cue_start, q.cue_end, q.cue_text, q.confidence, q.rule"
)


def _stored_quote(row: Sequence[Any], speaker_id: str | None) -> StoredQuote:
    quote = Quote(
        start=row[1], end=row[2], text=row[3], kind=row[4], speaker_key=row[5],
        speaker_text=row[6], speaker_start=row[7], speaker_end=row[8],
        cue=_cue(row[9], row[10], row[11]), confidence=row[12], rule=row[13],
    )
    return StoredQuote(row[0], quote, speaker_id)


def _stored_relation(row: Sequence[Any]) -> StoredRelation:
    relation = Relation(
        type=row[1], subject_key=row[2], object_key=row[3], subject=row[4], object=row[5],
        start=row[6], end=row[7], evidence=row[8], trigger=_cue(row[9], row[10], row[11]),
        polarity=row[12], date=row[13], arguments=json.loads(row[14]),
    )
    # The same id as Store.iter_relations (and the export): the n-th relation of one
    # type on one sentence gets a "-n" suffix.
    base = f"r-{row[0]}-{row[6]}-{row[7]}-{row[1]}"
    relation_id = base if row[17] == 1 else f"{base}-{row[17]}"
    return StoredRelation(relation_id, row[0], relation, row[15], row[16])


def _cut_sentence(window: str, begin: int, start: int, end: int) -> tuple[int, str]:
    """The sentence(s) of ``window`` (the text from offset ``begin``) around ``start:end``."""
    left = start - begin
    cut = max(window.rfind(mark, 0, left) for mark in (". ", "! ", "? ", "\n"))
    first = cut + 2 if cut >= 0 and window[cut] != "\n" else cut + 1
    first = max(first, 0)
    right = end - begin
    ends = [i for i in (window.find(mark, right) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    last = min(ends) + 1 if ends else len(window)
    sentence = window[first:last]
    lead = len(sentence) - len(sentence.lstrip())
    return begin + first + lead, sentence.strip()


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_query(text: str) -> str:
    """User words as an FTS5 query: every word must occur; each is a quoted string so
    FTS5 operators and punctuation in the input are taken literally."""
    words = [w for w in text.split() if w.strip('"')]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


__all__ = [
    "MARK_CLOSE", "MARK_OPEN", "DocumentRow", "GraphEdge", "GraphNode", "Page", "ReadOnlyStore",
    "StorySummary", "TimelineItem", "fts_query",
]
