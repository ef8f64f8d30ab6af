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


def test_reads_sentences_around_in_one_query_match_each_span_alone(db):
    store = ReadOnlyStore(db)
    spans = []
    for doc_id in ("web-rachat", "web-dementi", "web-xss"):
        text = store.get_document(doc_id).article.text
        spans += [(doc_id, i, i + 5) for i in range(0, len(text) - 5, 17)]
    spans.append(("absent", 3, 9))
    batched = store.sentences_around(spans, margin=40)
    assert len(batched) == len(spans)
    for (doc_id, start, end), found in zip(spans, batched):
        assert found == store.sentences_around([(doc_id, start, end)], margin=40)[0]
        if doc_id != "absent":
            text = store.get_document(doc_id).article.text
            begin, sentence = found
            assert text[begin:begin + len(sentence)] == sentence and start >= begin
    assert batched[-1][1] == ""  # an unknown document has no text around the span


def test_reads_data_version_moves_when_another_connection_commits(db):
    store = ReadOnlyStore(db)
    first = store.data_version()
    assert store.data_version() == first  # nothing committed meanwhile
    with Store(db) as writer, writer.transaction():
        writer.rename_entity("org-ormeau", "Ormeau SA")
    assert store.data_version() != first


def test_reads_entity_listing_carries_each_entitys_aliases(db):
    store = ReadOnlyStore(db)
    page = store.list_entities(type=None, text=None, limit=10, offset=0)
    assert page.items
    for entity in page.items:
        assert entity.aliases == store.get_entity(entity.id).aliases
    with Store(db) as writer, writer.transaction():
        writer.add_aliases("per-lea-fontanel", ["L. Fontanel", "Mme Fontanel"])
    listed = {e.id: e for e in store.list_entities(type="PER", text=None, limit=10, offset=0).items}
    assert {"L. Fontanel", "Mme Fontanel"} <= set(listed["per-lea-fontanel"].aliases)
