"""Computed responses kept per store version, so repeated reads skip SQLite, pydantic and routing.

The store changes only when a writer commits (``veille ingest``, ``POST /api/ingest``,
the cross-document step). ``StoreVersion`` turns SQLite's ``PRAGMA data_version``,
read on one dedicated connection, into a generation number that grows with every
commit seen, from any process. ``ResponseCache`` keys every entry by that generation:
a request first reads the current generation, then looks up or computes; whatever
was computed under an older generation is dropped, never served.

Why this is never stale: a request reads the generation *before* any of its reads,
so an entry stored under generation ``g`` holds data at least as new as the store
when ``g`` was read; a request that starts after a commit reads a newer generation
and cannot see entries of ``g``.

Two layers share one budget: ``CachedResponses`` (ASGI middleware) replays whole GET
answers before routing; ``ResponseCache.payload`` keeps a service's pydantic model and
its JSON, so an API route and its page compute a resource once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..store.reads import ReadOnlyStore
from .settings import DEFAULT_CACHE_BYTES

# A pydantic model takes several times the memory of its JSON; the budget counts the
# JSON bytes times this factor (an estimate, enough to keep the cache bounded).
_MODEL_WEIGHT = 4


class StoreVersion:
    """A generation number that changes after every commit to the store file.

    ``PRAGMA data_version`` is a property of one connection (values of two
    connections cannot be compared), so one read-only connection, behind a lock,
    answers for the whole process. Reading it costs a few microseconds.
    """

    def __init__(self, path: str):
        self._store = ReadOnlyStore(path)
        self._lock = threading.Lock()
        self._seen = self._store.data_version()
        self._generation = 0

    def current(self) -> int:
        with self._lock:
            seen = self._store.data_version()
            if seen != self._seen:
                self._seen = seen
                self._generation += 1
            return self._generation

    def close(self) -> None:
        with self._lock:
            self._store.close()


@dataclass(frozen=True)
class Payload:
    """A service result and its JSON body (what the API sends), computed once."""

    model: BaseModel
    json: bytes


class ResponseCache:
    """Bounded LRU of computed responses, keyed by (store generation, key).

    max_bytes: memory budget (estimated from the JSON and HTML sizes); 0 disables
        the cache (every call computes).
    Values must not be mutated by callers (pydantic models of the API are frozen).
    Two threads missing the same key wait for one computation instead of doing it twice.
    """

    def __init__(self, version: StoreVersion | None, *, max_bytes: int = DEFAULT_CACHE_BYTES):
        self._version = version
        self.max_bytes = max_bytes if version is not None else 0
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._generation = -1
        self._lock = threading.Lock()
        self._inflight: dict[Hashable, threading.Lock] = {}
        # Counters for the benchmark and tests (updated without the lock: approximate).
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.max_bytes > 0

    def payload(self, key: Hashable, compute: Callable[[], BaseModel]) -> Payload:
        """The model built by ``compute`` and its JSON, cached under ``("payload", key)``."""
        def build() -> tuple[Payload, int]:
            model = compute()
            body = model.model_dump_json().encode()
            return Payload(model, body), len(body) * _MODEL_WEIGHT

        return self.get_or_compute(("payload", key), build)

    def generation(self) -> int:
        """The store generation to key this request's entries with (read it before any read)."""
        return self._version.current() if self.enabled else -1

    def lookup(self, generation: int, key: Hashable) -> Any | None:
        """The value under ``key`` at ``generation`` (None when absent or older)."""
        if not self.enabled:
            return None
        found = self._lookup(generation, key)
        if found is None:
            return None
        self.hits += 1
        return found[0]

    def store(self, generation: int, key: Hashable, value: Any, weight: int) -> None:
        """Keep ``value`` computed from the store at ``generation`` (dropped if the store moved on)."""
        if self.enabled:
            self._store(generation, key, value, weight)

    def peek(self, key: Hashable) -> Any | None:
        """The value under ``key`` at the current store generation, or None (for a
        payload, the key is ``("payload", key)``). Cheap enough for the event loop: one
        ``PRAGMA data_version`` and a dict lookup."""
        return self.lookup(self.generation(), key) if self.enabled else None

    def get_or_compute(self, key: Hashable, build: Callable[[], tuple[Any, int]]) -> Any:
        """The value cached under ``key`` at the current store generation, or ``build()[0]``
        (``build`` returns the value and its weight in bytes)."""
        if not self.enabled:
            return build()[0]
        generation = self._version.current()
        found = self._lookup(generation, key)
        if found is not None:
            self.hits += 1
            return found[0]
        with self._lock:
            gate = self._inflight.setdefault(key, threading.Lock())
        with gate:
            found = self._lookup(generation, key)  # another thread may have built it meanwhile
            if found is not None:
                self.hits += 1
                return found[0]
            self.misses += 1
            try:
                value, weight = build()
                self._store(generation, key, value, weight)
            finally:
                with self._lock:
                    if self._inflight.get(key) is gate:
                        del self._inflight[key]
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    # --- inside the lock ------------------------------------------------------------
    def _advance(self, generation: int) -> bool:
        """Drop every entry when the store moved on; False for a request that read an
        older generation than the cache's (its results must not be stored)."""
        if generation > self._generation:
            self._entries.clear()
            self._bytes = 0
            self._generation = generation
        return generation == self._generation

    def _lookup(self, generation: int, key: Hashable) -> tuple[Any, int] | None:
        with self._lock:
            if not self._advance(generation):
                return None
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def _store(self, generation: int, key: Hashable, value: Any, weight: int) -> None:
        with self._lock:
            if not self._advance(generation) or weight > self.max_bytes // 4:
                return  # computed from an older store, or too big to be worth evicting others
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._entries[key] = (value, weight)
            self._bytes += weight
            while self._bytes > self.max_bytes and self._entries:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped


class CachedResponses:
    """ASGI middleware: a GET answered 200 is replayed from the cache while the store is
    unchanged, before routing, parameter validation and rendering run again.

    It sits inside the request guard (``web.security``), so only requests that passed
    the token and size checks reach it. The key is the path, the raw query string and,
    for pages, the language the page is rendered in (query, cookie or Accept-Language):
    nothing else of a request changes an answer. Static files are left to the browser
    cache; a streamed answer (several body messages) is not kept.
    """

    def __init__(self, app, cache: ResponseCache):
        self.app = app
        self.cache = cache

    async def __call__(self, scope, receive, send) -> None:
        cache = self.cache
        if scope["type"] != "http" or scope["method"] != "GET" or not cache.enabled or scope["path"].startswith(
            "/static/"
        ):
            await self.app(scope, receive, send)
            return
        key = ("http", scope["path"], scope["query_string"], _page_lang(scope))
        generation = cache.generation()
        found = cache.lookup(generation, key)
        if found is not None:
            start, body = found
            await send({"type": "http.response.start", "status": start[0], "headers": list(start[1])})
            await send({"type": "http.response.body", "body": body})
            return
        messages: list[dict] = []

        async def capture(message) -> None:
            messages.append(message)
            await send(message)

        await self.app(scope, receive, capture)
        if (
            len(messages) == 2 and messages[0]["type"] == "http.response.start" and messages[0]["status"] == 200
            and messages[1]["type"] == "http.response.body" and not messages[1].get("more_body", False)
        ):
            body = bytes(messages[1].get("body", b""))
            start = (200, tuple(tuple(h) for h in messages[0].get("headers", ())))
            cache.store(generation, key, (start, body), len(body) + 256)


def _page_lang(scope) -> str | None:
    """The language a page is rendered in; None for the JSON API (its answers have none)."""
    if scope["path"].startswith("/api/") or scope["path"] == "/openapi.json":
        return None
    from starlette.requests import Request

    from .render import request_lang

    return request_lang(Request(scope))
