"""``POST /api/ingest`` through the real French pipeline (marked ``model``)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from webstore import TOKEN, build_store

from veille.pipeline import analyse_batch
from veille.web.app import create_app
from veille.web.settings import WebSettings

ARTICLE = {
    "id": "web-piege",
    "title": "Courrier piégé <script>alert('t')</script>",
    "text": (
        "La société Bastide Conseil a reçu lundi un message contenant <script>alert(1)</script> "
        "et <img src=x onerror=alert(2)>. « Nous avons porté plainte », a déclaré Hélène Bastide, "
        "sa présidente, qui chiffre le préjudice à 40 000 euros."
    ),
    "url": "https://example.org/piege",
    "published": "2025-04-07",
    "outlet": "Le Veilleur",
    "lang": "fr",
}


@pytest.fixture
def ingest_client(tmp_path, nlp):
    def engine(articles, *, on_batch=None, **_):
        # The session's pipeline, already loaded: the same analysis as the service's default.
        chunk = list(articles)
        pairs = list(zip(chunk, analyse_batch(nlp, chunk)))
        if on_batch:
            on_batch(pairs)
        yield from pairs

    db = build_store(tmp_path / "ingest.db")
    with TestClient(create_app(WebSettings(db=db, token=TOKEN, analyse=engine))) as client:
        yield client


@pytest.mark.model
def test_ingest_api_stores_an_article_and_its_page_escapes_it(ingest_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = ingest_client.post("/api/ingest", json=ARTICLE, headers=auth)
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["id"] == "web-piege" and result["status"] == "added" and result["analysed"]

    doc = ingest_client.get("/api/documents/web-piege").json()
    assert doc["text"] == ARTICLE["text"] and doc["outlet"] == "Le Veilleur"
    assert any(q["speaker"] == "Hélène Bastide" for q in doc["quotes"]), doc["quotes"]
    for item in doc["entities"] + doc["quotes"] + doc["amounts"]:
        assert doc["text"][item["start"]:item["end"]] == item["text"]

    html = ingest_client.get("/documents/web-piege").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<img" not in html and "<script>alert" not in html

    again = ingest_client.post("/api/ingest", json=ARTICLE, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"


@pytest.mark.model
def test_ingest_api_without_id_names_the_document_by_its_text(ingest_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {k: v for k, v in ARTICLE.items() if k != "id"}
    first = ingest_client.post("/api/ingest", json=body, headers=auth).json()
    assert first["id"].startswith("api-")
    other = {**body, "text": body["text"] + " Une suite."}
    second = ingest_client.post("/api/ingest", json=other, headers=auth).json()
    assert second["id"] != first["id"] and second["status"] == "added"
