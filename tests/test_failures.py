"""One document on which a component raises must not sink its batch, nor be lost."""

from __future__ import annotations

import spacy
from spacy.language import Language

from veille.ingest import ingest
from veille.models import Article
from veille.nlp.extensions import register_extensions
from veille.pipeline import analyse_batch
from veille.store import Store


@Language.component("test_explodes_on_poison")
def _explodes_on_poison(doc):
    if "POISON" in doc.text:
        raise IndexError("component broke on this text")
    doc._.veille_entities = []
    return doc


def _fragile_nlp():
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_explodes_on_poison")
    return nlp


def _article(i: int, text: str) -> Article:
    return Article(id=f"d{i}", text=text, lang="fr", source=f"lot.jsonl:{i}")


def test_failures_one_bad_document_leaves_the_rest_of_the_batch_analysed():
    articles = [_article(0, "La mairie de Brest vote le budget."), _article(1, "Texte POISON ici."),
                _article(2, "Le club de Lorient change d'entraîneur.")]
    results = analyse_batch(_fragile_nlp(), articles)
    assert [r.status for r in results] == ["analysed", "failed", "analysed"]
    assert "IndexError" in results[1].reason and "component broke" in results[1].reason
    assert [r.doc_id for r in results] == ["d0", "d1", "d2"]


def test_failures_are_stored_reported_and_retried_by_the_next_ingest(tmp_path, monkeypatch):
    monkeypatch.setattr("veille.nlp.build.build_nlp", lambda *args, **kwargs: _fragile_nlp())
    corpus = tmp_path / "lot.jsonl"
    corpus.write_text(
        '{"id": "ok", "text": "La mairie de Brest vote le budget municipal.", "lang": "fr"}\n'
        '{"id": "bad", "text": "Un texte POISON pour le composant.", "lang": "fr"}\n',
        encoding="utf-8",
    )
    with Store(str(tmp_path / "s.db")) as store:
        first = ingest([str(corpus)], store, workers=1)
        assert [f.reason for f in first.failures if "bad" in f.reason]
        assert first.analysed == 1
        assert store.get_document_id_by_hash(Article("x", "Un texte POISON pour le composant.").content_hash) is None
        # The text is kept: nothing lost.
        stored = {row[0]: row[1] for row in store._conn.execute("SELECT id, status FROM documents")}
        assert stored == {"ok": "analysed", "bad": "failed"}

        # The component is fixed; the next ingest of the same file retries only the failed one.
        monkeypatch.setattr("veille.nlp.build.build_nlp", lambda *args, **kwargs: _healed_nlp())
        second = ingest([str(corpus)], store, workers=1)
        assert second.already_present == 1 and second.analysed == 1 and not second.failures
        stored = {row[0]: row[1] for row in store._conn.execute("SELECT id, status FROM documents")}
        assert stored == {"ok": "analysed", "bad": "analysed"}


def _healed_nlp():
    register_extensions()
    return spacy.blank("fr")
