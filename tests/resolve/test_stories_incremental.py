"""Stories across runs: centroids and LSH bands kept in the store, so a new batch reads
what earlier runs computed instead of rebuilding it from every stored document."""

from __future__ import annotations

import pytest
from test_stories import FERRANDEL, FERRANDEL_2, STRIKE_2, _ferrandel, _stories, _strike

from veille.resolve.entities import link_documents
from veille.resolve.stories import assign_stories, band_scheme
from veille.store import Store


_LONG = FERRANDEL + " " + FERRANDEL_2


def _pairs():
    return [
        _ferrandel("f1", _LONG, outlet="Le Quotidien", published="2025-02-10"),
        _strike("t1", outlet="Alpes Matin", published="2025-01-14"),
        _ferrandel("f2", FERRANDEL_2, outlet="L'Écho", published="2025-02-12"),
        _strike("t2", STRIKE_2, outlet="Le Quotidien", published="2025-01-17"),
        # an agency copy of f1: a near-duplicate
        _ferrandel("f1-copy", _LONG.replace("lundi", "mardi"), outlet="Le Soir", published="2025-02-10"),
    ]


def _run(store, pairs):
    store.save_batch(pairs)
    ids = [a.id for a, _ in pairs]
    link_documents(store, ids)
    return assign_stories(store, ids)


def _count(store, table):
    return store._one(f"SELECT COUNT(*) FROM {table}")[0]


def test_stories_incremental_centroids_and_bands_are_kept_in_the_store(store):
    _run(store, _pairs())
    stories = _stories(store)
    assert len(stories) == 2
    centroids = store.story_centroids(list(stories))
    assert set(centroids) == set(stories)
    entities, terms, days = centroids[next(s for s, docs in stories.items() if "f1" in docs)]
    assert "grève" not in terms and any(t.startswith("valtiq") for t in terms)
    assert days == ["2025-02-10", "2025-02-12"]
    bands, _ = band_scheme(0.8)
    assert _count(store, "story_bands") == bands * 5


def test_stories_incremental_batch_reads_neither_every_signature_nor_every_member(store, monkeypatch):
    _run(store, _pairs()[:2])

    def whole_store(*args, **kwargs):
        raise AssertionError("an incremental run must not rebuild from the whole store")

    monkeypatch.setattr(Store, "iter_signatures", whole_store)
    monkeypatch.setattr(Store, "latest_story_members", whole_store)
    report = _run(store, _pairs()[2:])
    assert (report.created, report.joined, report.near_duplicates) == (0, 3, 1)
    assert sorted(_stories(store).values()) == [["f1", "f1-copy", "f2"], ["t1", "t2"]]


def test_stories_incremental_store_without_centroids_or_bands_is_filled_lazily(store):
    # What a store written before schema 3 looks like: stories, no centroid, no band.
    _run(store, _pairs()[:2])
    with store.transaction():
        for table in ("story_centroids", "story_bands"):
            store._conn.execute(f"DELETE FROM {table}")
        store._conn.execute("DELETE FROM meta WHERE key = 'story_bands'")
    report = _run(store, _pairs()[2:])
    assert report.near_duplicates == 1
    assert sorted(_stories(store).values()) == [["f1", "f1-copy", "f2"], ["t1", "t2"]]
    assert _count(store, "story_centroids") == 2
    assert _count(store, "story_bands") == band_scheme(0.8)[0] * 5


@pytest.mark.parametrize("split", [1, 2, 3, 4])
def test_stories_incremental_one_batch_or_several_give_the_same_stories(tmp_path, split):
    with Store(str(tmp_path / "one.db")) as one, Store(str(tmp_path / "two.db")) as two:
        _run(one, _pairs())
        _run(two, _pairs()[:split])
        _run(two, _pairs()[split:])
        assert _stories(one) == _stories(two)
        dups = "SELECT doc_id, near_duplicate_of FROM story_documents ORDER BY doc_id"
        assert list(one._rows(dups)) == list(two._rows(dups))
