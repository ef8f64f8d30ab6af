"""Reads and writes of the cross-document layer: entity context, merges, story features, stories.

``CrossDocumentTables`` is mixed into ``Store`` so that ``veille.resolve`` keeps all of
its SQL here (no SQL outside ``veille.store``). Every read is driven by an index
(``entity_links_entity``, ``story_terms`` primary key, ``story_documents_doc``…):
the resolver never scans the whole store for one new document.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

# SQLite's default limit on bound parameters is 999 on old builds: chunk IN lists.
_CHUNK = 500


@dataclass(frozen=True)
class StoryFeatures:
    """What story clustering knows of one document (``story_features`` row)."""

    doc_id: str
    published: str | None
    outlet: str | None
    terms: dict[str, int]
    signature: bytes | None


@dataclass(frozen=True)
class StoryMembership:
    story_id: str
    doc_id: str
    near_duplicate_of: str | None


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" * len(items))


class CrossDocumentTables:
    """Mixin of ``Store``: relies on ``self._conn``, ``self._rows``, ``self._all`` and ``self._one``."""

    _conn: sqlite3.Connection

    # --- entities: context for homonym decisions ------------------------------------
    def entity_neighbours(self, entity_id: str) -> set[str]:
        """Global ids of the entities that share at least one document with ``entity_id``."""
        # fetchall, not row by row through _rows: a popular entity has thousands of neighbours.
        return {entity for (entity,) in self._all(
            "SELECT DISTINCT l2.entity_id FROM entity_links l1"
            " JOIN entity_links l2 ON l2.doc_id = l1.doc_id"
            " WHERE l1.entity_id = ? AND l2.entity_id != l1.entity_id",
            (entity_id,),
        )}

    def iter_entity_names(self) -> Iterator[tuple[str, str, str, list[str]]]:
        """(id, name, type, aliases) of every global entity in creation order, in one query (the
        resolver's index, whose ties go to the first created: the same in any batching;
        ``iter_entities`` reads aliases entity by entity)."""
        # Aliases joined by the unit separator (never in a name), not as a JSON array:
        # parsing JSON for 15,000 entities was half of this read.
        for entity_id, name, type_, aliases in self._rows(
            "SELECT e.id, e.name, e.type, group_concat(a.alias, char(31))"
            " FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id"
            " GROUP BY e.id ORDER BY e.rowid"
        ):
            yield entity_id, name, type_, sorted(aliases.split("\x1f")) if aliases else []

    def entity_name_counts(self, entity_ids: Sequence[str]) -> dict[str, dict[str, int]]:
        """For each global entity: how many documents call it by each local name (``doc_entities.name``)."""
        found: dict[str, dict[str, int]] = {e: {} for e in entity_ids}
        for chunk in _chunks(sorted(set(entity_ids))):
            for entity_id, name, n in self._rows(
                "SELECT l.entity_id, de.name, COUNT(DISTINCT l.doc_id) FROM entity_links l"
                " JOIN doc_entities de ON de.doc_id = l.doc_id AND de.local_key = l.local_key"
                f" WHERE l.entity_id IN ({_marks(chunk)}) GROUP BY l.entity_id, de.name",
                chunk,
            ):
                found[entity_id][name] = n
        return found

    def remove_alias(self, entity_id: str, alias: str) -> None:
        """Drop ``alias`` of ``entity_id`` (it became the canonical name)."""
        self._conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", (entity_id, alias))

    def entity_role_keys(self, entity_id: str) -> set[tuple[str, str | None]]:
        """(title, of) pairs of the roles recorded for ``entity_id`` in any document, lowercased."""
        return {(t.lower(), of.lower() if of else None) for t, of in self._rows(
            "SELECT DISTINCT r.title, r.of FROM entity_links l"
            " JOIN roles r ON r.doc_id = l.doc_id AND r.local_key = l.local_key WHERE l.entity_id = ?",
            (entity_id,),
        )}

    def merge_entities(self, keep: str, drop: str) -> None:
        """Move every link, alias and name of ``drop`` to ``keep`` and delete ``drop``.

        Only ``entity_links`` and ``entity_aliases`` are rewritten: per-document rows
        never change. Call inside ``Store.transaction()``; counts are refreshed here.
        """
        conn = self._conn
        conn.execute("UPDATE entity_links SET entity_id = ? WHERE entity_id = ?", (keep, drop))
        conn.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias)"
            " SELECT ?, alias FROM entity_aliases WHERE entity_id = ?"
            " UNION SELECT ?, name FROM entities WHERE id = ?",
            (keep, drop, keep, drop),
        )
        conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (drop,))
        conn.execute(
            "DELETE FROM entity_aliases WHERE entity_id = ? AND alias = (SELECT name FROM entities WHERE id = ?)",
            (keep, keep),
        )
        self._refresh_counts([keep, drop])  # type: ignore[attr-defined]

    def links_of_documents(self, doc_ids: Sequence[str]) -> dict[str, dict[str, tuple[str, int]]]:
        """For each document: ``{entity_id: (type, number of mentions)}``."""
        result: dict[str, dict[str, tuple[str, int]]] = {d: {} for d in doc_ids}
        for chunk in _chunks(list(doc_ids)):
            for doc_id, entity_id, type_, n in self._all(
                "SELECT l.doc_id, l.entity_id, e.type, COUNT(m.id) FROM entity_links l"
                " JOIN entities e ON e.id = l.entity_id"
                " LEFT JOIN mentions m ON m.doc_id = l.doc_id AND m.local_key = l.local_key"
                f" WHERE l.doc_id IN ({_marks(chunk)}) GROUP BY l.doc_id, l.entity_id",
                chunk,
            ):
                previous = result[doc_id].get(entity_id, (type_, 0))[1]
                result[doc_id][entity_id] = (type_, previous + max(n, 1))
        return result

    def entity_document_frequency(self, entity_ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(entity_ids))):
            found.update(self._rows(f"SELECT id, doc_count FROM entities WHERE id IN ({_marks(chunk)})", chunk))
        return found

    def documents_of_entity(self, entity_id: str, *, limit: int) -> list[str]:
        """Documents naming ``entity_id``, latest ingested first."""
        return [row[0] for row in self._rows(
            "SELECT DISTINCT l.doc_id FROM entity_links l JOIN documents d ON d.id = l.doc_id"
            " WHERE l.entity_id = ? ORDER BY d.seq DESC LIMIT ?", (entity_id, limit)
        )]

    def analysed_document_count(self) -> int:
        return self._one("SELECT COUNT(*) FROM documents WHERE status = 'analysed'")[0]

    # --- entity types: evidence per local entity, summed per global entity -------------
    def save_type_evidence(self, rows: Iterable[tuple[str, str, dict[str, float]]]) -> None:
        """(doc_id, local_key, {type: score}) of local entities, as read from their documents."""
        self._conn.executemany(
            "INSERT OR REPLACE INTO entity_type_evidence (doc_id, local_key, per, org, loc, misc)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(d, k, e.get("PER", 0.0), e.get("ORG", 0.0), e.get("LOC", 0.0), e.get("MISC", 0.0))
             for d, k, e in rows],
        )

    def entity_type_totals(self, entity_ids: Sequence[str], *, base: float) -> dict[str, dict[str, float]]:
        """For each global entity: its linked local entities' type evidence, added up.

        A local entity linked before evidence was recorded (a store older than schema 3)
        counts ``base`` for the type its document gave it, as new ones do, and nothing else.
        """
        found: dict[str, dict[str, float]] = {e: {"PER": 0.0, "ORG": 0.0, "LOC": 0.0, "MISC": 0.0}
                                              for e in entity_ids}
        for chunk in _chunks(sorted(set(entity_ids))):
            for entity_id, per, org, loc, misc in self._rows(
                "SELECT l.entity_id,"
                " SUM(COALESCE(t.per, CASE de.type WHEN 'PER' THEN ? ELSE 0 END)),"
                " SUM(COALESCE(t.org, CASE de.type WHEN 'ORG' THEN ? ELSE 0 END)),"
                " SUM(COALESCE(t.loc, CASE de.type WHEN 'LOC' THEN ? ELSE 0 END)),"
                " SUM(COALESCE(t.misc, CASE de.type WHEN 'MISC' THEN ? ELSE 0 END))"
                " FROM entity_links l JOIN doc_entities de ON de.doc_id = l.doc_id AND de.local_key = l.local_key"
                " LEFT JOIN entity_type_evidence t ON t.doc_id = l.doc_id AND t.local_key = l.local_key"
                f" WHERE l.entity_id IN ({_marks(chunk)}) GROUP BY l.entity_id",
                (base, base, base, base, *chunk),
            ):
                found[entity_id] = {"PER": per, "ORG": org, "LOC": loc, "MISC": misc}
        return found

    def document_text(self, doc_id: str) -> str:
        row = self._one("SELECT text FROM documents WHERE id = ?", (doc_id,))
        return row[0] if row else ""

    def relation_slots(self, doc_id: str) -> dict[str, list[tuple[str, str]]]:
        """For each local entity of the document: the (relation type, "subject" | "object") slots it fills."""
        found: dict[str, list[tuple[str, str]]] = {}
        for type_, subject, object_ in self._rows(
            "SELECT type, subject_local_key, object_local_key FROM relations WHERE doc_id = ?", (doc_id,)
        ):
            if subject:
                found.setdefault(subject, []).append((type_, "subject"))
            if object_:
                found.setdefault(object_, []).append((type_, "object"))
        return found

    def set_entity_type(self, entity_id: str, type: str) -> None:
        self._conn.execute("UPDATE entities SET type = ? WHERE id = ?", (type, entity_id))

    # --- story features -------------------------------------------------------------
    def save_story_features(self, features: Iterable[StoryFeatures]) -> None:
        conn = self._conn
        for f in features:
            conn.execute("DELETE FROM story_terms WHERE doc_id = ?", (f.doc_id,))
            conn.execute(
                "INSERT OR REPLACE INTO story_features (doc_id, terms, signature) VALUES (?, ?, ?)",
                (f.doc_id, json.dumps(f.terms, ensure_ascii=False, sort_keys=True), f.signature),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO story_terms (term, doc_id) VALUES (?, ?)", [(t, f.doc_id) for t in f.terms]
            )

    def story_features(self, doc_ids: Sequence[str]) -> dict[str, StoryFeatures]:
        found: dict[str, StoryFeatures] = {}
        for chunk in _chunks(list(doc_ids)):
            for doc_id, published, outlet, terms, signature in self._rows(
                "SELECT f.doc_id, d.published, d.outlet, f.terms, f.signature FROM story_features f"
                f" JOIN documents d ON d.id = f.doc_id WHERE f.doc_id IN ({_marks(chunk)})",
                chunk,
            ):
                found[doc_id] = StoryFeatures(doc_id, published, outlet, json.loads(terms), signature)
        return found

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        """(doc_id, MinHash signature) of every document that has one, in ingestion order."""
        yield from self._rows(
            "SELECT f.doc_id, f.signature FROM story_features f JOIN documents d ON d.id = f.doc_id"
            " WHERE f.signature IS NOT NULL ORDER BY d.seq"
        )

    def signatures(self, doc_ids: Sequence[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        for chunk in _chunks(sorted(set(doc_ids))):
            found.update(self._rows(
                f"SELECT doc_id, signature FROM story_features WHERE doc_id IN ({_marks(chunk)})"
                " AND signature IS NOT NULL", chunk))
        return found

    # --- near-duplicate index: LSH bands of the signatures --------------------------
    def story_band_scheme(self) -> str | None:
        """The banding the stored ``story_bands`` were made with ("<bands>x<rows>"), if any."""
        row = self._one("SELECT value FROM meta WHERE key = 'story_bands'")
        return row[0] if row else None

    def reset_story_bands(self, scheme: str) -> None:
        """Forget every band (made with another scheme); they are rebuilt from the signatures."""
        self._conn.execute("DELETE FROM story_bands")
        self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('story_bands', ?)", (scheme,))

    def unbanded_signatures(self) -> list[tuple[str, bytes]]:
        """(doc_id, signature) of documents with a signature but no bands yet (a store older than
        schema 3, or a run interrupted before its bands were written), in ingestion order."""
        return list(self._rows(
            "SELECT f.doc_id, f.signature FROM story_features f JOIN documents d ON d.id = f.doc_id"
            " WHERE f.signature IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story_bands b WHERE b.doc_id = f.doc_id)"
            " ORDER BY d.seq"
        ))

    def save_story_bands(self, rows: Iterable[tuple[str, list[bytes]]]) -> None:
        """(doc_id, [hash of band 0, band 1, …]) rows."""
        self._conn.executemany(
            "INSERT OR IGNORE INTO story_bands (band, hash, doc_id) VALUES (?, ?, ?)",
            [(i, h, doc_id) for doc_id, hashes in rows for i, h in enumerate(hashes)],
        )

    def documents_sharing_a_band(self, hashes: Sequence[bytes]) -> set[str]:
        """Documents with at least one band equal to ``hashes`` (band i = ``hashes[i]``)."""
        if not hashes:
            return set()
        sql = " UNION ".join("SELECT doc_id FROM story_bands WHERE band = ? AND hash = ?" for _ in hashes)
        return {row[0] for row in self._rows(sql, [v for i, h in enumerate(hashes) for v in (i, h)])}

    # --- story centroids ------------------------------------------------------------
    def story_centroids(self, story_ids: Sequence[str]) -> dict[str, tuple[dict, dict, list[str]]]:
        """Stored centroids: story id -> (entity weights, term weights, ISO days)."""
        found: dict[str, tuple[dict, dict, list[str]]] = {}
        for chunk in _chunks(sorted(set(story_ids))):
            for story_id, entities, terms, days in self._rows(
                f"SELECT story_id, entities, terms, days FROM story_centroids WHERE story_id IN ({_marks(chunk)})",
                chunk,
            ):
                found[story_id] = (json.loads(entities), json.loads(terms), json.loads(days))
        return found

    def document_headlines(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """Title of each document, or the first 120 characters of an untitled one's text
        (story labels: the text itself is not read)."""
        found: dict[str, str] = {}
        for chunk in _chunks(list(doc_ids)):
            found.update(self._rows(
                "SELECT id, CASE WHEN title IS NULL OR title = '' THEN substr(text, 1, 120) ELSE title END"
                f" FROM documents WHERE id IN ({_marks(chunk)})", chunk))
        return found

    def save_story_centroids(self, rows: Iterable[tuple[str, dict, dict, list[str]]]) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO story_centroids (story_id, entities, terms, days) VALUES (?, ?, ?, ?)",
            [(s, json.dumps(e, sort_keys=True), json.dumps(t, ensure_ascii=False, sort_keys=True), json.dumps(d))
             for s, e, t, d in rows],
        )

    def term_document_frequency(self, terms: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(terms))):
            found.update(self._rows(
                f"SELECT term, COUNT(*) FROM story_terms WHERE term IN ({_marks(chunk)}) GROUP BY term", chunk
            ))
        return found

    def documents_with_term(self, term: str, *, limit: int) -> list[str]:
        """Documents whose title or lead has ``term``, latest ingested first."""
        return [row[0] for row in self._rows(
            "SELECT t.doc_id FROM story_terms t JOIN documents d ON d.id = t.doc_id"
            " WHERE t.term = ? ORDER BY d.seq DESC LIMIT ?", (term, limit)
        )]

    def storied_documents_of_terms(self, terms: Sequence[str], *, limit: int) -> dict[str, list[tuple[str, str]]]:
        """For each term: (doc_id, story_id) of the latest ``limit`` documents in a story whose
        title or lead has it, latest ingested first. One query per chunk of terms."""
        found: dict[str, list[tuple[str, str]]] = {t: [] for t in terms}
        for chunk in _chunks(sorted(set(terms))):
            for term, doc_id, story_id in self._rows(
                "SELECT term, doc_id, story_id FROM (SELECT t.term, t.doc_id, s.story_id,"
                " ROW_NUMBER() OVER (PARTITION BY t.term ORDER BY d.seq DESC) AS rank"
                " FROM story_terms t JOIN story_documents s ON s.doc_id = t.doc_id"
                f" JOIN documents d ON d.id = t.doc_id WHERE t.term IN ({_marks(chunk)}))"
                " WHERE rank <= ? ORDER BY term, rank",
                (*chunk, limit),
            ):
                found[term].append((doc_id, story_id))
        return found

    def storied_documents_of_entities(
        self, entity_ids: Sequence[str], *, limit: int
    ) -> dict[str, list[tuple[str, str]]]:
        """For each global entity: (doc_id, story_id) of the latest ``limit`` documents in a story
        naming it, latest ingested first. One query per chunk of entities."""
        found: dict[str, list[tuple[str, str]]] = {e: [] for e in entity_ids}
        for chunk in _chunks(sorted(set(entity_ids))):
            for entity_id, doc_id, story_id in self._rows(
                "SELECT entity_id, doc_id, story_id FROM (SELECT l.entity_id, l.doc_id, s.story_id,"
                " ROW_NUMBER() OVER (PARTITION BY l.entity_id ORDER BY d.seq DESC) AS rank"
                f" FROM (SELECT DISTINCT entity_id, doc_id FROM entity_links WHERE entity_id IN ({_marks(chunk)})) l"
                " JOIN story_documents s ON s.doc_id = l.doc_id JOIN documents d ON d.id = l.doc_id)"
                " WHERE rank <= ? ORDER BY entity_id, rank",
                (*chunk, limit),
            ):
                found[entity_id].append((doc_id, story_id))
        return found

    def featured_document_count(self) -> int:
        return self._one("SELECT COUNT(*) FROM story_features")[0]

    def reset_cross_document(self, *, entities: bool = False) -> None:
        """Forget every story (and, with ``entities``, every global entity and link) so the
        cross-document layer can be rebuilt from the per-document tables. Benchmarks use it."""
        conn = self._conn
        for table in ("story_centroids", "story_bands", "story_documents", "stories", "story_terms",
                      "story_features"):
            conn.execute(f"DELETE FROM {table}")
        if entities:
            for table in ("entity_type_evidence", "entity_links", "entity_aliases", "entities"):
                conn.execute(f"DELETE FROM {table}")

    # --- stories ------------------------------------------------------------------
    def story_of_documents(self, doc_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in _chunks(list(doc_ids)):
            found.update(self._rows(
                f"SELECT doc_id, story_id FROM story_documents WHERE doc_id IN ({_marks(chunk)})", chunk
            ))
        return found

    def documents_without_story(self) -> list[str]:
        """Analysed documents in no story (e.g. stored by an interrupted ingest), in ingestion order."""
        return [row[0] for row in self._rows(
            "SELECT d.id FROM documents d WHERE d.status = 'analysed' AND NOT EXISTS"
            " (SELECT 1 FROM story_documents s WHERE s.doc_id = d.id) ORDER BY d.seq"
        )]

    def add_story(self, story_id: str, label: str) -> None:
        self._conn.execute("INSERT INTO stories (id, label) VALUES (?, ?)", (story_id, label))

    def set_story_label(self, story_id: str, label: str) -> None:
        self._conn.execute("UPDATE stories SET label = ? WHERE id = ?", (label, story_id))

    def add_story_document(self, story_id: str, doc_id: str, near_duplicate_of: str | None) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO story_documents (story_id, doc_id, near_duplicate_of) VALUES (?, ?, ?)",
            (story_id, doc_id, near_duplicate_of),
        )

    def move_story_documents(self, source: str, target: str) -> None:
        """Merge story ``source`` into ``target``: its documents move, the story row goes."""
        self._conn.execute("UPDATE story_documents SET story_id = ? WHERE story_id = ?", (target, source))
        self._conn.execute("DELETE FROM stories WHERE id = ?", (source,))

    def latest_story_members(self, story_ids: Sequence[str], *, limit: int) -> dict[str, list[str]]:
        """For each story: its latest ``limit`` documents in ingestion order (oldest first)."""
        found: dict[str, list[str]] = {s: [] for s in story_ids}
        for chunk in _chunks(sorted(set(story_ids))):
            for story_id, doc_id in self._rows(
                "SELECT story_id, doc_id FROM (SELECT s.story_id, s.doc_id, d.seq,"
                " ROW_NUMBER() OVER (PARTITION BY s.story_id ORDER BY d.seq DESC) AS rank"
                f" FROM story_documents s JOIN documents d ON d.id = s.doc_id WHERE s.story_id IN ({_marks(chunk)}))"
                " WHERE rank <= ? ORDER BY story_id, seq",
                (*chunk, limit),
            ):
                found[story_id].append(doc_id)
        return found

    def drop_empty_stories(self) -> int:
        return self._conn.execute(
            "DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM story_documents s WHERE s.story_id = stories.id)"
        ).rowcount

    def story_members(self, story_id: str) -> list[StoryMembership]:
        """Documents of a story, by publication date (undated last) then ingestion order."""
        return [StoryMembership(story_id, doc_id, dup) for doc_id, dup in self._rows(
            "SELECT s.doc_id, s.near_duplicate_of FROM story_documents s JOIN documents d ON d.id = s.doc_id"
            " WHERE s.story_id = ? ORDER BY d.published IS NULL, d.published, d.seq",
            (story_id,),
        )]

    def iter_story_ids(self) -> Iterator[tuple[str, str]]:
        """(id, label) of every story, largest first, then by id."""
        yield from self._rows(
            "SELECT s.id, s.label FROM stories s LEFT JOIN story_documents sd ON sd.story_id = s.id"
            " GROUP BY s.id ORDER BY COUNT(sd.doc_id) DESC, s.id"
        )

    def story_label(self, story_id: str) -> str | None:
        row = self._one("SELECT label FROM stories WHERE id = ?", (story_id,))
        return row[0] if row else None

    def story_ids_with_prefix(self, prefix: str) -> list[str]:
        return [row[0] for row in self._rows(
            "SELECT id FROM stories WHERE id LIKE ? ESCAPE '\\' ORDER BY id",
            (prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
        )]
