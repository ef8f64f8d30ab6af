"""``ReadOnlyStore``: read-only connections that keep reading while a writer works (WAL)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from webstore import build_store  # noqa: E402

from veille.errors import StoreError  # noqa: E402
from veille.store import Store  # noqa: E402
from veille.store.reads import ReadOnlyStore, fts_query  # noqa: E402


@pytest.fixture
def db(tmp_path) -> str:
    return build_store(tmp_path / "reads.db")


def test_reads_connection_refuses_writes(db):
    store = ReadOnlyStore(db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store._conn.execute("DELETE FROM documents")
    assert store.count_rows()["documents"] == 3


def test_reads_see_the_last_commit_while_a_writer_holds_its_transaction(db):
    reader = ReadOnlyStore(db)
    with Store(db) as writer:
        with writer.transaction():
            writer.add_story("story-new", "Nouveau sujet")
            # the writer's transaction is open: the reader is not blocked and sees the old state
            assert reader.get_story("story-new") is None
            assert reader.count_rows()["stories"] == 2
        assert reader.get_story("story-new").label == "Nouveau sujet"


def test_reads_missing_or_foreign_file_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        ReadOnlyStore(str(tmp_path / "absent.db"))
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE meta (key TEXT, value TEXT)").connection.commit()
    with pytest.raises(StoreError, match="not a veille store"):
        ReadOnlyStore(str(other))


@pytest.mark.parametrize(
    ("text", "query"),
    [("Colvert dément", '"Colvert" "dément"'), ('a"b OR', '"a""b" "OR"'), ("  ", ""), ('"', "")],
)
def test_reads_fts_query_quotes_every_word(text, query):
    assert fts_query(text) == query


def test_reads_sentence_around_cuts_at_sentence_ends(db):
    store = ReadOnlyStore(db)
    doc = store.get_document("web-rachat").article.text
    start = doc.index("Nous voulons")
    begin, sentence = store.sentence_around("web-rachat", start, start + 10)
    assert doc[begin:begin + len(sentence)] == sentence
    assert sentence.startswith("« Nous voulons") and sentence.endswith("présidente d'Ormeau.")
