"""``create_app(settings)``: the FastAPI application of ``veille serve``.

JSON API under ``/api/`` (OpenAPI at ``/openapi.json``), server-rendered pages at
``/``, static assets from the package at ``/static/``. Reads use read-only SQLite
connections, so an ingest may write to the same store meanwhile (WAL); computed
responses are cached per store version (``web.cache``).
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import asynccontextmanager
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..store.reads import ReadOnlyStore
from . import api, errors, pages, security
from .cache import CachedResponses, ResponseCache, StoreVersion
from .deps import StorePool
from .ingest import ResidentEngine
from .render import STATIC_DIR
from .settings import WebSettings


def _version() -> str:
    try:
        return version("veille")
    except PackageNotFoundError:  # running from a source tree without install
        return "0"


#: Environment variable through which ``veille serve --workers N`` hands the settings
#: to its worker processes (each builds its own app, connections and cache).
SETTINGS_ENV = "VEILLE_WEB_SETTINGS"


def check_store(path: str) -> None:
    """StoreError when ``path`` is not a readable veille store."""
    ReadOnlyStore(path).close()


def settings_to_environment(settings: WebSettings) -> dict[str, str]:
    """The environment a worker process needs to rebuild ``settings`` (no ingest engine:
    workers load the French pipeline themselves on their first ingest)."""
    data = {k: v for k, v in asdict(settings).items() if k != "analyse"}
    return {SETTINGS_ENV: json.dumps(data)}


#: GIL switch interval of a server process (seconds; Python's default is 0.005).
SWITCH_INTERVAL = 0.001


def tune_server_process() -> None:
    """Process settings for serving (called by ``veille serve``, not by ``create_app``:
    they are process-wide). While a thread-pool thread computes a missed page in
    Python, the event loop waits for the GIL up to the switch interval each time it
    needs it to answer a cached request; 1 ms instead of 5 ms gave 10–25 % more
    requests/s and lower p50 in back-to-back runs (docs/benchmarks.md, web latency)."""
    sys.setswitchinterval(SWITCH_INTERVAL)


def app_from_environment() -> FastAPI:
    """The app of one ``veille serve`` worker process (uvicorn factory), from ``SETTINGS_ENV``."""
    tune_server_process()
    return create_app(WebSettings(**json.loads(os.environ[SETTINGS_ENV])))


def create_app(settings: WebSettings) -> FastAPI:
    """Build the application; fails early (StoreError) when ``settings.db`` is not a readable store."""
    check_store(settings.db)
    stores = StorePool(settings.db)
    version = StoreVersion(settings.db) if settings.cache_bytes > 0 else None

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()
        if version is not None:
            version.close()

    app = FastAPI(
        title="veille",
        version=_version(),
        description="Read-only API over a veille store: documents, actors, quotes, relations, stories.",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.stores = stores
    app.state.cache = ResponseCache(version, max_bytes=settings.cache_bytes)
    app.state.engine = settings.analyse or ResidentEngine()
    errors.install(app)
    # Added first, so it runs inside the guard: only checked requests reach the cache.
    app.add_middleware(CachedResponses, cache=app.state.cache)
    security.install(app, settings)
    app.include_router(api.router)
    app.include_router(pages.router)
    # StaticFiles resolves paths inside STATIC_DIR only (no "..", no symlinks out).
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    return app
