"""A store written by the previous schema (2) opens, gains the cross-document tables of
schema 3 and keeps its data; the resolver then fills them as it goes."""

from __future__ import annotations

import sqlite3

from helpers import analysed_pair

from veille.resolve.entities import link_documents
from veille.resolve.stories import assign_stories
from veille.store import Store
from veille.store.schema import SCHEMA_VERSION

_NEW_TABLES = ("story_centroids", "story_bands", "entity_type_evidence")
_TEXT = "La société Valtique a annoncé lundi la fermeture de son usine de Vénissieux, selon ses syndicats."


def _downgrade_to_schema_2(path):
    conn = sqlite3.connect(path)
    for table in _NEW_TABLES:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM meta WHERE key = 'story_bands'")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()


def test_crossdoc_migration_schema_2_store_opens_and_keeps_its_stories(tmp_path):
    path = str(tmp_path / "old.db")
    pair = analysed_pair("v1", _TEXT, entities=(("Valtique", "ORG", (), ("Valtique",)),), title="Valtique ferme")
    with Store(path) as store:
        store.save_batch([pair])
        link_documents(store, ["v1"])
        assign_stories(store, ["v1"])
    _downgrade_to_schema_2(path)

    assert SCHEMA_VERSION == 3
    with Store(path) as store:
        version = store._one("SELECT value FROM meta WHERE key = 'schema_version'")[0]
        assert version == str(SCHEMA_VERSION)
        tables = {r[0] for r in store._rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(_NEW_TABLES) <= tables
        assert [s for s, _ in store.iter_story_ids()] == ["s-v1"]
        # The next ingest works on the migrated store and fills the new tables.
        second = analysed_pair("v2", _TEXT.replace("lundi", "mardi") + " Valtique dément.",
                               entities=(("Valtique", "ORG", (), ("Valtique",)),), title="Valtique ferme son usine")
        store.save_batch([second])
        link_documents(store, ["v2"])
        report = assign_stories(store, ["v2"])
        assert report.joined == 1
        assert store._one("SELECT COUNT(*) FROM story_centroids")[0] == 1
        assert store._one("SELECT COUNT(DISTINCT doc_id) FROM story_bands")[0] == 2
        assert store.get_entity("org-valtique").type == "ORG"
