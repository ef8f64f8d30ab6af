"""The JSON API under ``/api/``: one route per resource, pydantic response models.

Read routes answer from the per-store-version cache (``web.cache``): the service
builds the pydantic model once, its JSON is kept and sent as it is. ``response_model``
still documents each route in the OpenAPI schema; FastAPI does not validate and
serialise again a ``Response`` returned by the route (the models were validated
when the service built them). A cached answer is sent from the event loop; anything
that reads SQLite runs in the thread pool, with the thread's own read-only
connection. Errors are raised as veille errors and mapped to the one JSON error
shape by ``web.errors``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from . import schemas as s
from . import services
from ..store.reads import ReadOnlyStore
from .deps import reader
from .errors import error_response
from .ingest import ingest_article
from .security import bearer, same_token

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
ERRORS = {code: {"model": s.ErrorResponse} for code in (400, 401, 404, 413, 422)}


async def cached_json(request: Request, key: Hashable, compute: Callable[[ReadOnlyStore], object]) -> Response:
    """The JSON of ``compute(store)``, from the cache when the store has not changed.
    ``key`` must hold every parameter the result depends on."""
    cache = request.app.state.cache
    # A hit skips the thread pool hop (a measurable share of a cached request's CPU).
    payload = cache.peek(("payload", key))
    if payload is None:
        payload = await run_in_threadpool(cache.payload, key, lambda: compute(reader(request)))
    return Response(payload.json, media_type="application/json")


@router.get("/overview", response_model=s.Overview, responses=ERRORS)
async def overview(request: Request):
    """Counts, latest documents, most quoted speakers, active stories."""
    return await cached_json(request, ("overview",), services.overview)


@router.get("/documents", response_model=s.DocumentPage, responses=ERRORS)
async def documents(
    request: Request,
    q: Annotated[str | None, Query(max_length=500, description="full-text search (every word must occur)")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
):
    """Documents, latest ingested first; with ``q``, full-text matches, best first."""
    return await cached_json(request, ("documents", q, limit, offset),
                       lambda store: services.documents(store, q=q, limit=limit, offset=offset))


@router.get("/documents/{doc_id}", response_model=s.DocumentDetail, responses=ERRORS)
async def document(request: Request, doc_id: str):
    """One document: its text and every span found in it (offsets into ``text``)."""
    return await cached_json(request, ("document", doc_id), lambda store: services.document(store, doc_id))


@router.get("/entities", response_model=s.EntityPage, responses=ERRORS)
async def entities(
    request: Request,
    type: Annotated[str | None, Query(description="PER, ORG, LOC or MISC")] = None,
    q: Annotated[str | None, Query(max_length=200, description="part of the name or of an alias")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    """Actors across all documents, most mentioned first."""
    return await cached_json(request, ("entities", type, q, limit, offset),
                       lambda store: services.entities(store, type=type, q=q, limit=limit, offset=offset))


@router.get("/entities/{entity_id}", response_model=s.EntityDetail, responses=ERRORS)
async def entity(request: Request, entity_id: str):
    """One actor: aliases, roles, quotes with their source sentence, relations, timeline."""
    return await cached_json(request, ("entity", entity_id), lambda store: services.entity(store, entity_id))


@router.get("/quotes", response_model=s.QuotePage, responses=ERRORS)
async def quotes(
    request: Request,
    speaker: Annotated[str | None, Query(max_length=200, description="entity id, or part of a speaker's name")] = None,
    kind: Annotated[str | None, Query(description="direct, partial or indirect")] = None,
    doc: Annotated[str | None, Query(description="only quotes of this document id")] = None,
    q: Annotated[str | None, Query(max_length=200, description="words the quote contains")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    """Quotations with their speakers, latest documents first."""
    return await cached_json(
        request, ("quotes", speaker, kind, doc, q, limit, offset),
        lambda store: services.quotes(store, speaker=speaker, kind=kind, doc=doc, q=q, limit=limit, offset=offset),
    )


@router.get("/relations", response_model=s.RelationPage, responses=ERRORS)
async def relations(
    request: Request,
    type: Annotated[str | None, Query(description="a relation type, e.g. acquisition")] = None,
    entity: Annotated[str | None, Query(description="entity id as subject or object")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    """Typed relations between actors, each with its evidence sentence."""
    return await cached_json(request, ("relations", type, entity, limit, offset),
                       lambda store: services.relations(store, type=type, entity=entity, limit=limit, offset=offset))


@router.get("/stories", response_model=s.StoryPage, responses=ERRORS)
async def stories(request: Request, limit: Limit = 20, offset: Offset = 0):
    """Stories (groups of articles about one event), latest first; empty until clustering has run."""
    return await cached_json(request, ("stories", limit, offset), lambda store: services.stories(store, limit=limit, offset=offset))


@router.get("/stories/{story_id}", response_model=s.StoryDetail, responses=ERRORS)
async def story(request: Request, story_id: str):
    """One story: documents, actors, timeline, quotes by speaker, outlets, disagreements."""
    return await cached_json(request, ("story", story_id), lambda store: services.story(store, story_id))


@router.get("/graph", response_model=s.Graph, responses=ERRORS)
async def graph(
    request: Request,
    story: Annotated[str | None, Query(description="only the actors of this story")] = None,
    limit: Annotated[int, Query(ge=1, le=300, description="most nodes (most mentioned first)")] = 80,
):
    """Actors (nodes, sized by mentions) and typed relations between them (edges)."""
    return await cached_json(request, ("graph", story, limit), lambda store: services.graph(store, story=story, limit=limit))


def require_ingest_token(request: Request) -> None:
    """Writes always need the token, on loopback too (any local process could post)."""
    settings = request.app.state.settings
    if not settings.token:
        raise HTTPException(401, "ingest is disabled: start `veille serve` with --token")
    if not same_token(bearer(request), settings.token):
        raise HTTPException(401, "a valid token is required (Authorization: Bearer <token>)")


# The token is a dependency so it is checked before the body is validated: without
# the token, a caller learns nothing, not even what a valid body looks like.
@router.post(
    "/ingest", response_model=s.IngestResult, status_code=201, responses=ERRORS,
    dependencies=[Depends(require_ingest_token)],
)
def ingest(request: Request, response: Response, body: s.IngestBody):
    """Analyse and store one article (201; 200 when the same text is already stored).
    Needs ``Authorization: Bearer <token>``, always."""
    result = ingest_article(request.app.state.settings, request.app.state.engine, body)
    if result.status == "failed":
        reasons = "; ".join(f["reason"] for f in result.report["failures"])
        return error_response(request, 422, f"article not ingested: {reasons}")
    if result.status == "duplicate":
        response.status_code = 200
    return result

