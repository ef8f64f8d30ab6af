"""The JSON API, in process (TestClient) over the hand-built store of conftest.py."""

from __future__ import annotations

import pytest

from webstore import RACHAT, assert_error


def test_api_overview_counts_and_speakers(client):
    data = client.get("/api/overview").json()
    assert data["counts"]["documents"] == 3
    assert data["counts"]["stories"] == 2
    speakers = {s["id"]: s["quotes"] for s in data["top_speakers"]}
    assert speakers["per-lea-fontanel"] == 2
    # latest published first; the undated article comes last
    assert [d["id"] for d in data["latest_documents"]] == ["web-dementi", "web-rachat", "web-xss"]


def test_api_documents_pagination_is_disjoint_and_complete(client):
    first = client.get("/api/documents", params={"limit": 2, "offset": 0}).json()
    second = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 3
    ids = [d["id"] for d in first["items"]] + [d["id"] for d in second["items"]]
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    assert sorted(ids) == ["web-dementi", "web-rachat", "web-xss"]


def test_api_documents_full_text_search_folds_accents(client):
    data = client.get("/api/documents", params={"q": "dement"}).json()
    assert [d["id"] for d in data["items"]] == ["web-dementi"]
    assert "[[" in data["items"][0]["snippet"]


@pytest.mark.parametrize("q", ['"', "OR", "NEAR(", "a*b -c", "colvert AND"])
def test_api_documents_search_takes_operators_literally(client, q):
    response = client.get("/api/documents", params={"q": q})
    assert response.status_code == 200


def test_api_document_spans_point_into_the_text(client):
    doc = client.get("/api/documents/web-rachat").json()
    text = doc["text"]
    assert text == RACHAT
    for kind in ("entities", "quotes", "amounts", "dates"):
        assert doc[kind], kind
        for item in doc[kind]:
            assert text[item["start"]:item["end"]] == item["text"]
    relation = doc["relations"][0]
    assert text[relation["start"]:relation["end"]] == relation["evidence"]
    assert text[relation["trigger_start"]:relation["trigger_end"]] == relation["trigger"]
    assert {m["entity_id"] for m in doc["entities"]} == {"org-ormeau", "org-colvert", "per-lea-fontanel"}
    assert doc["stories"] == [{"id": "story-ormeau-colvert", "label": "Ormeau et Colvert"}]
    assert doc["amounts"][0]["value"] == 12_000_000.0


def test_api_unknown_document_is_404_with_error_shape(client):
    assert "nope" in assert_error(client.get("/api/documents/nope"), 404)


def test_api_entities_filter_by_type_and_text(client):
    people = client.get("/api/entities", params={"type": "PER"}).json()
    assert {e["id"] for e in people["items"]} == {"per-lea-fontanel", "per-paul-verrier", "per-jeanne-morlaix"}
    found = client.get("/api/entities", params={"q": "fonta"}).json()
    assert [e["id"] for e in found["items"]] == ["per-lea-fontanel"]
    page = client.get("/api/entities", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 5 and len(page["items"]) == 1


def test_api_entities_unknown_type_is_400(client):
    assert "PER" in assert_error(client.get("/api/entities", params={"type": "ANIMAL"}), 400)


def test_api_entity_has_quotes_with_source_sentence_relations_and_timeline(client):
    e = client.get("/api/entities/per-lea-fontanel").json()
    assert e["name"] == "Léa Fontanel" and e["type"] == "PER"
    assert e["quotes_total"] == 2
    for q in e["quotes"]:
        assert q["speaker_id"] == "per-lea-fontanel"
        assert q["text"] in q["context"]
        offset = q["start"] - q["context_start"]
        assert q["context"][offset:offset + len(q["text"])] == q["text"]
    dates = {(t["kind"], t["date"]) for t in e["timeline"]}
    assert ("published", "2025-02-11") in dates
    assert ("date", "2025-03-03") in dates
    ormeau = client.get("/api/entities/org-ormeau").json()
    assert {r["polarity"] for r in ormeau["relations"]} == {"asserted", "denied"}


def test_api_unknown_entity_is_404(client):
    assert_error(client.get("/api/entities/per-personne"), 404)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"speaker": "per-lea-fontanel"}, 2),
        ({"speaker": "fontanel"}, 2),
        ({"speaker": "Verrier"}, 1),
        ({"speaker": "personne-inconnue"}, 0),
        ({"kind": "indirect"}, 1),
        ({"doc": "web-dementi"}, 1),
        ({"q": "emploi"}, 1),
        ({"speaker": "fontanel", "kind": "direct"}, 1),
    ],
)
def test_api_quotes_filters(client, params, expected):
    data = client.get("/api/quotes", params=params).json()
    assert data["total"] == expected
    assert len(data["items"]) == expected


def test_api_quotes_have_stable_ids_and_speaker_names(client):
    items = client.get("/api/quotes", params={"doc": "web-rachat"}).json()["items"]
    again = client.get("/api/quotes", params={"doc": "web-rachat"}).json()["items"]
    assert [q["id"] for q in items] == [q["id"] for q in again]
    assert all(q["id"].startswith("q-web-rachat-") for q in items)
    assert {q["speaker"] for q in items} == {"Léa Fontanel"}


def test_api_quotes_bad_kind_is_400_and_unknown_doc_404(client):
    assert_error(client.get("/api/quotes", params={"kind": "shouted"}), 400)
    assert_error(client.get("/api/quotes", params={"doc": "nope"}), 404)


def test_api_relations_filter_by_type_and_entity(client):
    everything = client.get("/api/relations").json()
    assert everything["total"] == 2
    by_entity = client.get("/api/relations", params={"entity": "org-colvert", "type": "acquisition"}).json()
    assert by_entity["total"] == 2
    assert client.get("/api/relations", params={"type": "donation"}).json()["total"] == 0
    assert_error(client.get("/api/relations", params={"type": "hugging"}), 400)
    assert_error(client.get("/api/relations", params={"entity": "org-nope"}), 404)


def test_api_stories_list_and_detail_with_disagreement(client):
    stories = client.get("/api/stories").json()
    assert {s["id"] for s in stories["items"]} == {"story-ormeau-colvert", "story-vide"}
    story = client.get("/api/stories/story-ormeau-colvert").json()
    assert [d["id"] for d in story["documents"]] == ["web-rachat", "web-dementi"]
    assert {o["outlet"] for o in story["outlets"]} == {"Le Petit Brasseur", "La Gazette des Halles"}
    assert {g["speaker"] for g in story["quotes_by_speaker"]} == {"Léa Fontanel", "Paul Verrier"}
    [disagreement] = story["disagreements"]
    assert disagreement["type"] == "acquisition"
    assert {s["polarity"] for s in disagreement["statements"]} == {"asserted", "denied"}
    assert story["timeline"] == sorted(story["timeline"], key=lambda t: t["date"])


def test_api_empty_story_is_not_an_error(client):
    story = client.get("/api/stories/story-vide").json()
    assert story["documents"] == [] and story["actors"] == [] and story["disagreements"] == []
    assert_error(client.get("/api/stories/story-nope"), 404)


def test_api_graph_nodes_and_typed_edges(client):
    graph = client.get("/api/graph").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert {"org-ormeau", "org-colvert"} <= ids
    edge = next(e for e in graph["edges"] if e["source"] == "org-ormeau")
    assert edge["target"] == "org-colvert" and edge["type"] == "acquisition"
    assert edge["count"] == 2 and edge["polarity"] == "mixed"
    assert client.get("/api/graph", params={"story": "story-vide"}).json()["nodes"] == []


def test_api_validation_errors_are_422_with_error_shape(client):
    assert "limit" in assert_error(client.get("/api/documents", params={"limit": 0}), 422)
    assert_error(client.get("/api/quotes", params={"offset": -1}), 422)


def test_api_unknown_path_is_404_json(client):
    assert_error(client.get("/api/nothing-here"), 404)


def test_api_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/quotes", "/api/relations", "/api/stories", "/api/stories/{story_id}", "/api/graph",
                 "/api/ingest", "/api/overview"):
        assert path in paths, path
