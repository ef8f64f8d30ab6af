"""The pages in a real browser (headless Debian Chromium through Playwright).

One store per session, built from ``examples/`` with the ingest service; one server
(uvicorn in a thread). The test follows what a reader does: from a quote to its
speaker's page, to the graph, and back to the article; it checks what is visible and
saves a screenshot of each page to ``docs/screenshots/`` (shown by the README).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest
from webstore import TOKEN

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SHOTS = ROOT / "docs" / "screenshots"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
INJECTED = {
    "id": "courrier-piege",
    "title": "Courrier des lecteurs <script>alert('titre')</script>",
    "text": (
        "Un lecteur nous écrit <script>alert(1)</script> et joint <img src=x onerror=alert(2)>. "
        "« Ce texte doit rester du texte », a répondu Jeanne Morlaix, rédactrice en chef du journal."
    ),
    "outlet": "Le Veilleur", "published": "2025-03-20", "lang": "fr",
}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not found (make browser installs it)"),
]


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory, nlp) -> str:
    """A store of the example articles, through the ingest service and the session pipeline."""
    if not (EXAMPLES / "articles.jsonl").exists():
        pytest.skip("examples/ not written yet")
    from veille.ingest.service import ingest
    from veille.pipeline import analyse_batch
    from veille.store import Store

    def engine(articles, *, on_batch=None, batch_size=32, **_):
        chunk = list(articles)
        pairs = list(zip(chunk, analyse_batch(nlp, chunk, batch_size)))
        if on_batch:
            on_batch(pairs)
        yield from pairs

    path = str(tmp_path_factory.mktemp("browser") / "examples.db")
    with Store(path) as store:
        report = ingest([str(EXAMPLES)], store, analyse=engine)
        assert report.added >= 10, report.to_dict()
        try:  # stories, when the cross-document layer offers them
            from veille.resolve.stories import assign_stories
        except ImportError:
            assign_stories = None
        if assign_stories is not None:
            assign_stories(store, [d.id for d in store.iter_documents()])
    return path


@pytest.fixture(scope="session")
def server(examples_db, nlp):
    import uvicorn

    from veille.web.app import create_app
    from veille.web.ingest import ResidentEngine
    from veille.web.settings import WebSettings

    engine = ResidentEngine()
    engine._nlp = nlp  # the session's pipeline: no second model load
    app = create_app(WebSettings(db=examples_db, token=TOKEN, analyse=engine))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_browser_reader_walks_quote_speaker_graph_and_back(server, page):
    page.goto(server + "/")
    assert page.get_by_role("heading", name="Derniers articles").is_visible()
    assert page.locator(".count strong").first.inner_text().strip() != "0"
    shot(page, "home")

    # search from the header box
    page.fill(".search-box input", "Delaunay")
    page.press(".search-box input", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Delaunay"))
    assert page.locator(".doc-list .doc-title").count() >= 1
    assert page.locator(".snippet mark").first.inner_text().lower() == "delaunay"
    shot(page, "search")

    page.goto(server + "/documents/ex-neoria-plainte")
    text = page.locator("#doc-text")
    assert text.locator("a.ent").count() >= 5
    assert text.locator(".quote").count() >= 3
    assert text.locator(".amt").count() >= 1 and text.locator(".date").count() >= 1
    first_entity = text.locator("a.ent").first
    assert first_entity.get_attribute("title")  # the detail shown on hover
    shot(page, "document")

    # from a quote (in the quote index) to its speaker's page
    speaker_link = page.locator(".quote-index a.speaker").first
    speaker = speaker_link.inner_text().strip()
    speaker_link.click()
    page.wait_for_url(re.compile(r"/entities/"))
    assert page.locator("h1").inner_text().strip() == speaker
    assert page.locator(".quote-card").count() >= 1
    entity_url = page.url
    shot(page, "entity")

    # to the graph, where the speaker is a node; a click on a node opens its page
    page.get_by_role("link", name="Voir le graphe").click()
    page.wait_for_url(re.compile(r"/graph"))
    nodes = page.locator("#graph .node")
    assert nodes.count() >= 3
    page.wait_for_timeout(400)
    shot(page, "graph")
    node = page.locator(f'#graph .node[data-id="{entity_url.rsplit("/", 1)[1]}"]')
    if node.count() == 0:  # the speaker takes no part in a relation: any node will do
        node = nodes.first
    target = node.get_attribute("data-id")
    node.locator("circle").click(force=True)
    page.wait_for_url(re.compile(r"/entities/"))
    assert page.url.endswith("/entities/" + target)

    # back to a document through a quote's source link
    page.goto(entity_url)
    page.locator(".quote-card a.source").first.click()
    page.wait_for_url(re.compile(r"/documents/.+#q-"))
    anchor = page.url.split("#", 1)[1]
    assert page.locator(f'[id="{anchor}"]').is_visible()


def test_browser_lists_quotes_entities_and_stories(server, page):
    page.goto(server + "/quotes")
    assert page.locator(".quote-card").count() >= 10
    shot(page, "quotes")
    page.goto(server + "/entities?type=PER")
    assert page.locator("table.table a").count() >= 5
    page.goto(server + "/stories")
    links = page.locator(".story-list a")
    if links.count():
        links.first.click()
        page.wait_for_url(re.compile(r"/stories/"))
        assert page.get_by_role("heading", name="Chronologie").is_visible()
        shot(page, "story")
    else:
        assert page.locator(".empty").is_visible()
        shot(page, "stories")


def test_browser_injected_markup_is_shown_as_text(server, page):
    # Posted here, after the screenshots of the other tests, through the real ingest route.
    import httpx

    posted = httpx.post(f"{server}/api/ingest", json=INJECTED, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert posted.status_code in (200, 201), posted.text
    page.goto(server + "/documents/courrier-piege")
    body = page.locator("#doc-text").inner_text()
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(2)>" in body
    assert "<script>alert('titre')</script>" in page.locator("h1").inner_text()
    assert page.locator("script").count() == 0
    assert page.locator("#doc-text img, h1 img").count() == 0
    assert page.dialogs == []


def test_browser_document_on_a_phone(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="fr-FR", is_mobile=True)
    page = context.new_page()
    try:
        page.goto(server + "/documents/ex-valtique-offre")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, "the page scrolls sideways on a phone"
        assert page.locator("#doc-text .quote").first.is_visible()
        shot(page, "document-mobile")
    finally:
        context.close()
