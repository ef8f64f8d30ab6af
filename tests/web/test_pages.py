"""HTML pages, in process: what each page shows, escaping, languages, empty states."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize(
    "path",
    ["/", "/search?q=Colvert", "/documents", "/documents/web-rachat", "/entities", "/entities/per-lea-fontanel",
     "/quotes", "/graph", "/graph?story=story-ormeau-colvert", "/stories", "/stories/story-ormeau-colvert",
     "/stories/story-vide"],
)
def test_pages_render(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<main" in response.text


def test_pages_document_highlights_spans_with_links_and_speaker_colours(client):
    html = client.get("/documents/web-rachat").text
    links = {a.get("href") for tag, a in tags(html) if tag == "a" and "ent" in a.get("class", "").split()}
    assert {"/entities/org-ormeau", "/entities/org-colvert", "/entities/per-lea-fontanel"} <= links
    quotes = [a for tag, a in tags(html) if tag == "span" and "quote" in a.get("class", "").split()]
    assert len(quotes) == 2
    # both quotes are Léa Fontanel's: one speaker, one colour
    assert len({c for q in quotes for c in q["class"].split() if c.startswith("spk-")}) == 1
    assert any("amt" in a.get("class", "") for _, a in tags(html))
    assert "12\u202f000\u202f000 EUR" in html  # the amount's normalised value on hover


def test_pages_injected_markup_renders_as_text(client):
    html = client.get("/documents/web-xss").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;b&gt;Rien&lt;/b&gt;" in html
    assert "&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;" in html
    parsed = tags(html)
    assert not [a for tag, a in parsed if tag == "img"]
    assert all(a.get("src") == "/static/graph.js" or a.get("type") == "application/json"
               for tag, a in parsed if tag == "script")
    assert not any(name.startswith("on") for _, a in parsed for name in a)
    # a link only for http(s) source URLs: a javascript: URL would run on click
    assert not any(a.get("href", "").lower().startswith("javascript") for _, a in parsed)


def test_pages_injected_markup_is_escaped_in_lists_and_search(client):
    for path in ("/", "/documents", "/search?q=lecteur", "/quotes"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<i>Le Canard" not in html and "<b>Rien" not in html, path


def test_pages_entity_shows_quotes_with_source_sentence_and_relations(client):
    html = client.get("/entities/org-ormeau").text
    assert "rachète" in html and "Colvert" in html  # the relation type, in the page's language
    html = client.get("/entities/per-lea-fontanel").text
    assert "Nous voulons garder chaque emploi" in html
    assert "a déclaré Léa Fontanel" in html  # the source sentence around the quote
    assert 'href="/documents/web-rachat#q-web-rachat-' in html


def test_pages_language_from_query_cookie_and_header(client):
    assert "Derniers articles" in client.get("/").text  # French by default
    english = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert "Latest articles" in english.text
    chosen = client.get("/?lang=en")
    assert "Latest articles" in chosen.text and "veille_lang=en" in chosen.headers["set-cookie"]
    client.cookies.set("veille_lang", "en")
    try:
        assert "Latest articles" in client.get("/").text
        assert "Derniers articles" in client.get("/?lang=fr").text
    finally:
        client.cookies.clear()


def test_pages_story_shows_disagreement_and_empty_story_message(client):
    html = client.get("/stories/story-ormeau-colvert").text
    assert "Désaccords entre sources" in html
    assert "démenti" in html and "affirmé" in html
    assert "Le Petit Brasseur" in html and "La Gazette des Halles" in html
    assert "aucun article" in client.get("/stories/story-vide").text


def test_pages_graph_embeds_safe_json(client):
    html = client.get("/graph").text
    start = html.index('<script type="application/json" id="graph-data">')
    payload = html[start:html.index("</script>", start)]
    assert "org-ormeau" in payload
    assert "<" not in payload.split(">", 1)[1]


def test_pages_errors_are_html_pages_with_status(client):
    response = client.get("/entities/per-nobody")
    assert response.status_code == 404
    assert "per-nobody" in response.text and "<main" in response.text
    assert client.get("/entities?type=BAD").status_code == 400
    assert client.get("/documents?page=0").status_code == 422
