"""The HTML pages: server-rendered Jinja2 over the same services as the JSON API.

Paging uses ``?page=`` (1-based) where the API uses ``limit``/``offset``.

A page depends only on the store, its path, its query and the language: the HTTP
cache in front of the router (``web.cache.CachedResponses``) replays it while the
store is unchanged. The entity, document and story pages also share the service
result with the JSON API (``shared``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, Response

from ..models import ENTITY_TYPES, QUOTE_KINDS
from ..store.reads import ReadOnlyStore
from . import services
from .deps import reader
from .highlight import render as highlight
from .i18n import RELATION_LABELS, translator
from .marks import document_marks, speaker_colours
from .render import html_response, render_html, request_lang
from .snippets import snippet_html

router = APIRouter(include_in_schema=False)

PER_PAGE = 30
PageNo = Annotated[int, Query(ge=1, le=100_000)]


def _pager(page: int, total: int, per_page: int = PER_PAGE) -> dict:
    pages = max(1, -(-total // per_page))
    return {"page": page, "pages": pages, "total": total, "has_prev": page > 1, "has_next": page < pages}


def _json_script(data) -> Markup:
    """JSON safe inside <script type="application/json">: no "<" can close the element."""
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


async def cached_page(
    request: Request, template: str, context: Callable[[ReadOnlyStore], dict[str, Any]]
) -> Response:
    """``template`` rendered with ``context(store)`` in the thread pool (one read-only
    connection per thread). Repeated requests are answered by ``CachedResponses`` in
    front of the router while the store is unchanged, so the HTML is not kept here too."""
    lang = request_lang(request)
    html = await run_in_threadpool(
        lambda: render_html(request, template, lang=lang, **context(reader(request)))
    )
    return html_response(request, html, lang=lang)


def shared(request: Request, key: tuple, compute: Callable[[], Any]) -> Any:
    """A service result the JSON API caches under the same key (one computation for both)."""
    return request.app.state.cache.payload(key, compute).model


@router.get("/", response_class=HTMLResponse)
async def home(request: Request):
    return await cached_page(request, "home.html", lambda store: {"overview": services.overview(store)})


@router.get("/search", response_class=HTMLResponse)
async def search(request: Request, q: Annotated[str, Query(max_length=500)] = ""):
    q = q.strip()

    def context(store: ReadOnlyStore) -> dict[str, Any]:
        found = None
        if q:
            found = {
                "documents": services.documents(store, q=q, limit=20, offset=0),
                "entities": services.entities(store, type=None, q=q, limit=20, offset=0),
                "quotes": services.quotes(store, speaker=None, kind=None, doc=None, q=q, limit=20, offset=0),
            }
        return {"q": q, "found": found, "snippet_html": snippet_html}

    return await cached_page(request, "search.html", context)


@router.get("/documents", response_class=HTMLResponse)
async def documents(request: Request, page: PageNo = 1, q: Annotated[str | None, Query(max_length=500)] = None):
    def context(store: ReadOnlyStore) -> dict[str, Any]:
        result = services.documents(store, q=q or None, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
        return {"result": result, "pager": _pager(page, result.total), "q": q or "", "snippet_html": snippet_html}

    return await cached_page(request, "documents.html", context)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
async def document(request: Request, doc_id: str):
    def context(store: ReadOnlyStore) -> dict[str, Any]:
        doc = shared(request, ("document", doc_id), lambda: services.document(store, doc_id))
        t = translator(request_lang(request))
        marks, speakers = document_marks(doc, t)
        colours = {(k.id, k.name): k.colour for k in speakers}
        return {
            "doc": doc, "body": highlight(doc.text, marks), "speakers": speakers,
            "speaker_colour": lambda q: colours.get(
                (q.speaker_id, q.speaker or q.speaker_text or t("unknown_speaker")), 0
            ),
        }

    return await cached_page(request, "document.html", context)


@router.get("/entities", response_class=HTMLResponse)
async def entities(
    request: Request, page: PageNo = 1, type: str | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
):
    type = type or None

    def context(store: ReadOnlyStore) -> dict[str, Any]:
        result = services.entities(store, type=type, q=q or None, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
        return {"result": result, "pager": _pager(page, result.total), "type": type, "q": q or "",
                "types": ENTITY_TYPES}

    return await cached_page(request, "entities.html", context)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
async def entity(request: Request, entity_id: str):
    return await cached_page(request, "entity.html", lambda store: {
        "e": shared(request, ("entity", entity_id), lambda: services.entity(store, entity_id)),
    })


@router.get("/quotes", response_class=HTMLResponse)
async def quotes(
    request: Request,
    page: PageNo = 1,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    kind: str | None = None,
    doc: str | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
):
    kind = kind or None

    def context(store: ReadOnlyStore) -> dict[str, Any]:
        result = services.quotes(
            store, speaker=speaker or None, kind=kind, doc=doc or None, q=q or None,
            limit=PER_PAGE, offset=(page - 1) * PER_PAGE,
        )
        colours, _ = speaker_colours(result.items, "?")
        return {
            "result": result, "pager": _pager(page, result.total), "speaker": speaker or "", "kind": kind,
            "doc": doc or "", "q": q or "", "kinds": QUOTE_KINDS,
            "speaker_colour": lambda quote: colours.get(
                (quote.speaker_id, quote.speaker or quote.speaker_text or "?"), 0
            ),
        }

    return await cached_page(request, "quotes.html", context)


@router.get("/graph", response_class=HTMLResponse)
async def graph(request: Request, story: str | None = None, limit: Annotated[int, Query(ge=1, le=300)] = 80):
    def context(store: ReadOnlyStore) -> dict[str, Any]:
        data = services.graph(store, story=story or None, limit=limit)
        label = store.get_story(story).label if story else None
        payload = {**data.model_dump(), "labels": RELATION_LABELS[request_lang(request)]}
        return {"graph": data, "graph_json": _json_script(payload), "story_label": label}

    return await cached_page(request, "graph.html", context)


@router.get("/stories", response_class=HTMLResponse)
async def stories(request: Request, page: PageNo = 1):
    def context(store: ReadOnlyStore) -> dict[str, Any]:
        result = services.stories(store, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
        return {"result": result, "pager": _pager(page, result.total)}

    return await cached_page(request, "stories.html", context)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story(request: Request, story_id: str):
    def context(store: ReadOnlyStore) -> dict[str, Any]:
        detail = shared(request, ("story", story_id), lambda: services.story(store, story_id))
        quotes = [q for group in detail.quotes_by_speaker for q in group.quotes]
        colours, _ = speaker_colours(quotes, "?")
        return {
            "story": detail,
            "speaker_colour": lambda quote: colours.get(
                (quote.speaker_id, quote.speaker or quote.speaker_text or "?"), 0
            ),
        }

    return await cached_page(request, "story.html", context)
