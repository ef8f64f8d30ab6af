"""Fixtures of the cross-document tests: a fresh store, and a helper that stores, links and clusters."""

from __future__ import annotations

import pytest

from veille.resolve.entities import link_documents
from veille.resolve.stories import assign_stories
from veille.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "s.db")) as s:
        yield s


@pytest.fixture
def ingest(store):
    """Store (Article, DocumentAnalysis) pairs, then run the cross-document step as `veille ingest` does."""

    def run(*pairs):
        store.save_batch(list(pairs))
        ids = [article.id for article, _ in pairs]
        link_documents(store, ids)
        return assign_stories(store, ids)

    return run
