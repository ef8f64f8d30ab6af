"""Store: batches in one transaction, idempotence by content hash, replacement by id, readers."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import analysed_pair

from veille.errors import NotFound, StoreError
from veille.models import Article, DocumentAnalysis
from veille.store import Store

TEXT = "Léa Martin, fondatrice d'Ondine, a déclaré : « Nous recrutons. » Martin vise 2 millions d'euros en 2025."


def _pair(doc_id="d1", text=TEXT):
    return analysed_pair(
        doc_id, text,
        entities=(("Léa Martin", "PER", ("Martin",), ("Léa Martin", "Martin")), ("Ondine", "ORG", (), ("Ondine",))),
        quote=("Nous recrutons.", "a déclaré", "Léa Martin"),
        amount=("2 millions d'euros", 2e6), date=("2025", "2025"),
        relation=("founding", "Léa Martin", "Ondine"),
        title="Ondine recrute", outlet="Le Quotidien fictif", published="2025-01-04",
        metadata={"section": "économie"},
    )


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "s.db")) as s:
        yield s


def test_repository_save_batch_round_trips_every_field(store):
    article, analysis = _pair()
    (outcome,) = store.save_batch([(article, analysis)])
    assert outcome.action == "added"
    doc = store.get_document("d1")
    assert doc.article == article and doc.article.metadata == {"section": "économie"}
    assert doc.status == "analysed" and doc.n_tokens == analysis.n_tokens
    assert tuple(le.record for le in store.local_entities("d1")) == analysis.entities
    assert tuple(s.quote for s in store.iter_quotes()) == analysis.quotes
    assert tuple(s.amount for s in store.iter_amounts()) == analysis.amounts
    assert tuple(s.date for s in store.iter_dates()) == analysis.dates
    (relation,) = store.iter_relations()
    assert relation.relation == analysis.relations[0]
    assert relation.relation.arguments == {"source": "test"}
    assert relation.id == f"r-d1-0-{len(TEXT)}-founding"


def test_repository_same_text_under_another_id_is_a_duplicate(store):
    store.save_batch([_pair("d1")])
    (outcome,) = store.save_batch([_pair("d2")])
    assert (outcome.action, outcome.duplicate_of) == ("duplicate", "d1")
    assert [d.id for d in store.iter_documents()] == ["d1"]
    assert store.has_content(Article("x", TEXT).content_hash)


def test_repository_same_id_new_text_replaces_everything(store):
    store.save_batch([_pair("d1")])
    new_text = TEXT.replace("2025", "2026")
    (outcome,) = store.save_batch([analysed_pair("d1", new_text, entities=(("Ondine", "ORG", (), ("Ondine",)),))])
    assert outcome.action == "replaced"
    assert store.get_document("d1").article.text == new_text
    assert [le.record.name for le in store.local_entities("d1")] == ["Ondine"]
    assert list(store.iter_quotes()) == [] and list(store.iter_amounts()) == []
    counts = store.item_counts()
    assert counts["mentions"] == 1 and counts["relations"] == 0


def test_repository_batch_is_one_transaction(store):
    good = _pair("d1")
    bad = (Article("d2", "Autre texte."), DocumentAnalysis(doc_id="oops", status="analysed"))
    with pytest.raises(StoreError):
        store.save_batch([good, bad])
    assert list(store.iter_documents()) == []  # the good document was rolled back too


def test_repository_documents_listed_in_ingestion_order(store):
    store.save_batch([analysed_pair("z", "Zoé part."), analysed_pair("a", "Alain arrive.")])
    store.save_batch([analysed_pair("m", "Marc reste.")])
    assert [d.id for d in store.iter_documents()] == ["z", "a", "m"]


def test_repository_full_text_index_follows_replacement(store):
    store.save_batch([analysed_pair("d1", "Le vélo électrique progresse.")])
    store.save_batch([analysed_pair("d1", "La trottinette recule.")])
    conn = sqlite3.connect(store.path)
    hits = lambda word: conn.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (word,)).fetchall()
    assert hits("trottinette") and not hits("velo")
    conn.close()


def test_repository_unknown_document_is_not_found(store):
    with pytest.raises(NotFound):
        store.get_document("nope")


def test_repository_lists_documents_with_unlinked_entities(store):
    from veille.resolve.entities import link_documents

    store.save_batch([_pair("d1"), analysed_pair("d2", "Rien à signaler.")])
    assert store.documents_with_unlinked_entities() == ["d1"]
    link_documents(store, ["d1"])
    assert store.documents_with_unlinked_entities() == []
