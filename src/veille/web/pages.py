"""The HTML pages: server-rendered Jinja2 over the same services as the JSON API.

Pages are plain ``def`` routes (thread pool, one read-only connection per thread).
Paging uses ``?page=`` (1-based) where the API uses ``limit``/``offset``.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query, Request
from markupsafe import Markup
from starlette.responses import HTMLResponse

from ..models import ENTITY_TYPES, QUOTE_KINDS
from . import services
from .deps import reader
from .highlight import render as highlight
from .i18n import RELATION_LABELS, translator
from .marks import document_marks, speaker_colours
from .render import render, request_lang
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


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return render(request, "home.html", overview=services.overview(reader(request)))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=500)] = ""):
    store = reader(request)
    q = q.strip()
    found = None
    if q:
        found = {
            "documents": services.documents(store, q=q, limit=20, offset=0),
            "entities": services.entities(store, type=None, q=q, limit=20, offset=0),
            "quotes": services.quotes(store, speaker=None, kind=None, doc=None, q=q, limit=20, offset=0),
        }
    return render(request, "search.html", q=q, found=found, snippet_html=snippet_html)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, page: PageNo = 1, q: Annotated[str | None, Query(max_length=500)] = None):
    result = services.documents(reader(request), q=q or None, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return render(request, "documents.html", result=result, pager=_pager(page, result.total), q=q or "",
                  snippet_html=snippet_html)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str):
    doc = services.document(reader(request), doc_id)
    t = translator(request_lang(request))
    marks, speakers = document_marks(doc, t)
    colours = {(k.id, k.name): k.colour for k in speakers}
    return render(
        request, "document.html", doc=doc, body=highlight(doc.text, marks), speakers=speakers,
        speaker_colour=lambda q: colours.get((q.speaker_id, q.speaker or q.speaker_text or t("unknown_speaker")), 0),
    )


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request, page: PageNo = 1, type: str | None = None, q: Annotated[str | None, Query(max_length=200)] = None,
):
    type = type or None
    result = services.entities(reader(request), type=type, q=q or None, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return render(request, "entities.html", result=result, pager=_pager(page, result.total), type=type, q=q or "",
                  types=ENTITY_TYPES)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str):
    detail = services.entity(reader(request), entity_id)
    return render(request, "entity.html", e=detail)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    page: PageNo = 1,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    kind: str | None = None,
    doc: str | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
):
    kind = kind or None
    result = services.quotes(
        reader(request), speaker=speaker or None, kind=kind, doc=doc or None, q=q or None,
        limit=PER_PAGE, offset=(page - 1) * PER_PAGE,
    )
    colours, _ = speaker_colours(result.items, "?")
    return render(
        request, "quotes.html", result=result, pager=_pager(page, result.total), speaker=speaker or "",
        kind=kind, doc=doc or "", q=q or "", kinds=QUOTE_KINDS,
        speaker_colour=lambda quote: colours.get((quote.speaker_id, quote.speaker or quote.speaker_text or "?"), 0),
    )


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, story: str | None = None, limit: Annotated[int, Query(ge=1, le=300)] = 80):
    store = reader(request)
    data = services.graph(store, story=story or None, limit=limit)
    label = store.get_story(story).label if story else None
    payload = {**data.model_dump(), "labels": RELATION_LABELS[request_lang(request)]}
    return render(request, "graph.html", graph=data, graph_json=_json_script(payload), story_label=label)


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, page: PageNo = 1):
    result = services.stories(reader(request), limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return render(request, "stories.html", result=result, pager=_pager(page, result.total))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str):
    detail = services.story(reader(request), story_id)
    quotes = [q for group in detail.quotes_by_speaker for q in group.quotes]
    colours, _ = speaker_colours(quotes, "?")
    return render(
        request, "story.html", story=detail,
        speaker_colour=lambda quote: colours.get((quote.speaker_id, quote.speaker or quote.speaker_text or "?"), 0),
    )
