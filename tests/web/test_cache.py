"""The per-store-version response cache: hits, invalidation on every commit (from the app's
ingest or from another writer), bounds, and the pre-serialised JSON matching the schemas."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient
from webstore import TOKEN, build_store, span

from veille.models import Article, Cue, DocumentAnalysis, EntityRecord, Mention, Quote
from veille.store import Store
from veille.store.reads import ReadOnlyStore
from veille.web import schemas as s
from veille.web import services
from veille.web.app import create_app
from veille.web.cache import ResponseCache, StoreVersion
from veille.web.settings import WebSettings

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def db(tmp_path) -> str:
    return build_store(tmp_path / "cache.db")


@pytest.fixture
def version(db):
    v = StoreVersion(db)
    yield v
    v.close()


def _counter():
    calls = []

    def build(value="v", weight=10):
        def run():
            calls.append(value)
            return value, weight
        return run

    return calls, build


def test_cache_serves_a_hit_until_the_store_changes(db, version):
    cache = ResponseCache(version, max_bytes=10_000)
    calls, build = _counter()
    assert cache.get_or_compute("k", build("first")) == "first"
    assert cache.get_or_compute("k", build("second")) == "first"
    assert calls == ["first"]
    with Store(db) as store, store.transaction():
        store.rename_entity("org-ormeau", "Groupe Ormeau")
    assert cache.get_or_compute("k", build("third")) == "third"
    assert cache.peek("k") == "third"


def test_cache_does_not_keep_a_result_computed_while_a_commit_landed(db, version):
    cache = ResponseCache(version, max_bytes=10_000)

    def build_and_commit():
        # The commit lands after the request read the store version: what it computed
        # may mix old and new data, so the next request must not be served it.
        with Store(db) as store, store.transaction():
            store.rename_entity("org-ormeau", "Ormeau SA")
        return "during", 10

    assert cache.get_or_compute("k", build_and_commit) == "during"
    calls, build = _counter()
    assert cache.get_or_compute("k", build("after")) == "after"
    assert calls == ["after"]


def test_cache_evicts_least_recently_used_within_its_budget(version):
    cache = ResponseCache(version, max_bytes=400)
    _, build = _counter()
    for key in "abcd":
        cache.get_or_compute(key, build(key, 100))
    cache.get_or_compute("a", build("a2", 100))  # a hit: "a" becomes the most recent
    cache.get_or_compute("e", build("e", 100))  # over budget: "b" (least recent) goes
    assert cache.peek("b") is None
    assert cache.peek("a") == "a" and cache.peek("e") == "e"
    assert len(cache) == 4


def test_cache_never_keeps_an_entry_larger_than_a_quarter_of_its_budget(version):
    cache = ResponseCache(version, max_bytes=400)
    calls, build = _counter()
    cache.get_or_compute("big", build("big", 101))
    cache.get_or_compute("big", build("big", 101))
    assert calls == ["big", "big"]


def test_cache_disabled_computes_every_time(version):
    cache = ResponseCache(version, max_bytes=0)
    calls, build = _counter()
    cache.get_or_compute("k", build())
    cache.get_or_compute("k", build())
    assert calls == ["v", "v"] and cache.peek("k") is None
    assert ResponseCache(None).enabled is False


def test_cache_concurrent_misses_of_one_key_compute_once(version):
    cache = ResponseCache(version, max_bytes=10_000)
    started, release = threading.Event(), threading.Event()
    calls = []

    def slow():
        calls.append(1)
        started.set()
        release.wait(5)
        return "slow", 10

    results = []
    first = threading.Thread(target=lambda: results.append(cache.get_or_compute("k", slow)))
    first.start()
    assert started.wait(5)
    second = threading.Thread(target=lambda: results.append(cache.get_or_compute("k", slow)))
    second.start()
    release.set()
    first.join(5)
    second.join(5)
    assert results == ["slow", "slow"] and calls == [1]


def test_cache_json_of_an_entity_validates_against_its_response_model(db):
    with TestClient(create_app(WebSettings(db=db))) as client:
        first = client.get("/api/entities/per-lea-fontanel")
        again = client.get("/api/entities/per-lea-fontanel")
        assert first.status_code == again.status_code == 200
        assert first.headers["content-type"] == "application/json"
        assert again.content == first.content
        assert client.app.state.cache.hits >= 1
    store = ReadOnlyStore(db)
    try:
        fresh = services.entity(store, "per-lea-fontanel")
    finally:
        store.close()
    assert s.EntityDetail.model_validate_json(first.content) == fresh


def test_cache_openapi_keeps_the_response_schemas(client):
    spec = client.get("/openapi.json").json()
    ok = spec["paths"]["/api/entities/{entity_id}"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/EntityDetail"}
    quotes = spec["paths"]["/api/quotes"]["get"]["responses"]["200"]
    assert quotes["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/QuotePage"}


# --- never stale through the app ----------------------------------------------------
NOTE_1 = "« Le chantier commencera en juin », a annoncé Bruno Sarrazin, maire de Vaulmont."
NOTE_2 = "Bruno Sarrazin a ensuite précisé : « Les travaux dureront deux ans », a-t-il ajouté."


def _article(doc_id: str, text: str, inner: str, cue: str) -> tuple[Article, DocumentAnalysis]:
    name_start, name_end = span(text, "Bruno Sarrazin")
    q_start, q_end = span(text, inner)
    analysis = DocumentAnalysis(
        doc_id=doc_id, status="analysed", lang="fr", n_tokens=20,
        entities=(EntityRecord("e0", "Bruno Sarrazin", "PER", mentions=(
            Mention(name_start, name_end, "Bruno Sarrazin", "name"),)),),
        quotes=(Quote(
            start=q_start, end=q_end, text=inner, kind="direct", speaker_key="e0", speaker_text="Bruno Sarrazin",
            speaker_start=name_start, speaker_end=name_end, cue=Cue(*span(text, cue), cue), confidence=0.9,
            rule="test",
        ),),
    )
    return Article(id=doc_id, text=text, title=doc_id, lang="fr", published="2025-05-0" + doc_id[-1]), analysis


ANALYSES = {
    NOTE_1: _article("note-1", NOTE_1, "Le chantier commencera en juin", "a annoncé")[1],
    NOTE_2: _article("note-2", NOTE_2, "Les travaux dureront deux ans", "a-t-il ajouté")[1],
}


def fake_engine(articles, *, on_batch=None, **_):
    """The hand-built analysis of each test article (no language model)."""
    pairs = [(a, ANALYSES[a.text]) for a in articles]
    if on_batch:
        on_batch(pairs)
    yield from pairs


@pytest.fixture
def ingest_client(db):
    with TestClient(create_app(WebSettings(db=db, token=TOKEN, analyse=fake_engine))) as client:
        yield client


def _post(client, doc_id: str, text: str) -> None:
    response = client.post("/api/ingest", json={"id": doc_id, "text": text, "lang": "fr",
                                                "published": "2025-05-0" + doc_id[-1]}, headers=AUTH)
    assert response.status_code == 201, response.text


def test_cache_entity_page_shows_an_article_ingested_after_it_was_cached(ingest_client):
    _post(ingest_client, "note-1", NOTE_1)
    entity_id = ingest_client.get("/api/entities", params={"q": "Sarrazin"}).json()["items"][0]["id"]

    before = ingest_client.get(f"/api/entities/{entity_id}").json()
    page_before = ingest_client.get(f"/entities/{entity_id}").text
    quotes_before = ingest_client.get("/quotes", params={"speaker": entity_id}).text
    assert before["documents"] == 1 and before["quotes_total"] == 1
    assert "Les travaux dureront deux ans" not in page_before + quotes_before
    # Served from the cache while nothing changes.
    assert ingest_client.get(f"/entities/{entity_id}").text == page_before

    _post(ingest_client, "note-2", NOTE_2)

    after = ingest_client.get(f"/api/entities/{entity_id}").json()
    assert after["documents"] == 2 and after["quotes_total"] == 2
    assert {q["doc_id"] for q in after["quotes"]} == {"note-1", "note-2"}
    assert "Les travaux dureront deux ans" in ingest_client.get(f"/entities/{entity_id}").text
    assert "Les travaux dureront deux ans" in ingest_client.get("/quotes", params={"speaker": entity_id}).text
    api_quotes = ingest_client.get("/api/quotes", params={"speaker": entity_id}).json()
    assert api_quotes["total"] == 2


def test_cache_sees_a_commit_by_another_writer(db):
    with TestClient(create_app(WebSettings(db=db))) as client:
        assert "Léa Fontanel" in client.get("/entities/per-lea-fontanel").text
        assert client.get("/api/entities/per-lea-fontanel").json()["name"] == "Léa Fontanel"
        # e.g. `veille ingest` in another process: a separate connection commits.
        with Store(db) as store, store.transaction():
            store.rename_entity("per-lea-fontanel", "Léa Fontanel-Rivière")
        assert client.get("/api/entities/per-lea-fontanel").json()["name"] == "Léa Fontanel-Rivière"
        assert "Léa Fontanel-Rivière" in client.get("/entities/per-lea-fontanel").text


def test_cache_page_depends_on_the_language(db):
    with TestClient(create_app(WebSettings(db=db))) as client:
        french = client.get("/entities/per-lea-fontanel", params={"lang": "fr"})
        english = client.get("/entities/per-lea-fontanel", params={"lang": "en"})
        assert french.text != english.text
        assert '<html lang="fr"' in french.text and '<html lang="en"' in english.text
        assert english.cookies.get("veille_lang") == "en"


def test_cache_never_answers_a_request_the_token_guard_refuses(db):
    settings = WebSettings(db=db, host="0.0.0.0", token=TOKEN)
    with TestClient(create_app(settings)) as client:
        for path in ("/api/entities/per-lea-fontanel", "/entities/per-lea-fontanel"):
            assert client.get(path, headers=AUTH).status_code == 200
            assert client.get(path, headers=AUTH).status_code == 200  # now in the cache
            refused = client.get(path)
            assert refused.status_code == 401
            assert "Fontanel" not in refused.text


def test_cache_keeps_only_successful_answers(client):
    assert client.get("/api/entities/nope").status_code == 404
    assert client.get("/api/entities/nope").status_code == 404
    assert client.get("/api/quotes", params={"kind": "bogus"}).status_code == 400
    assert client.get("/entities/nope").status_code == 404


def test_cache_page_follows_the_language_cookie_on_the_same_url(db):
    with TestClient(create_app(WebSettings(db=db))) as client:
        french = client.get("/entities/per-lea-fontanel", headers={"Accept-Language": "fr-FR"})
        assert '<html lang="fr"' in french.text
        client.cookies.set("veille_lang", "en")
        english = client.get("/entities/per-lea-fontanel", headers={"Accept-Language": "fr-FR"})
        assert '<html lang="en"' in english.text
