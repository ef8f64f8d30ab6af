"""Opening a store: created with its schema version, foreign files and newer versions refused."""

from __future__ import annotations

import sqlite3

import pytest

from veille.errors import StoreError
from veille.store import Store
from veille.store.schema import SCHEMA_VERSION


def test_db_new_store_records_schema_version_and_wal(tmp_path):
    path = tmp_path / "new.db"
    Store(str(path)).close()
    conn = sqlite3.connect(path)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta == {"application": "veille", "schema_version": str(SCHEMA_VERSION)}
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_db_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recettes (nom TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a veille store"):
        Store(str(path))


def test_db_non_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("ceci n'est pas une base\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a usable veille store"):
        Store(str(path))


def test_db_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(str(path))


def test_db_missing_store_not_created_for_reading(tmp_path):
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="no such store"):
        Store(str(path), create=False)
    assert not path.exists()


def test_db_foreign_keys_cascade(tmp_path):
    with Store(str(tmp_path / "s.db")) as store:
        from helpers import analysed_pair

        store.save_batch([analysed_pair("d1", "Léa Martin parle.", entities=(("Léa Martin", "PER", (), ("Léa Martin",)),))])
        store.save_batch([analysed_pair("d1", "Léa Martin se tait.", entities=(("Léa Martin", "PER", (), ("Léa Martin",)),))])
        assert store.item_counts()["mentions"] == 1
