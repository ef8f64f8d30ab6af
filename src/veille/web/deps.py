"""Per-thread read-only store connections.

Store reads run in the thread pool (routes hand them over with ``run_in_threadpool``);
an SQLite connection must not be used by two threads at once, so each worker thread
opens its own read-only connection once and keeps it (opening per request would
re-read the schema every time).
"""

from __future__ import annotations

import threading

from fastapi import Request

from ..store.reads import ReadOnlyStore


class StorePool:
    def __init__(self, path: str):
        self.path = path
        self._local = threading.local()
        self._all: list[ReadOnlyStore] = []
        self._lock = threading.Lock()

    def get(self) -> ReadOnlyStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = ReadOnlyStore(self.path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


def reader(request: Request) -> ReadOnlyStore:
    """The calling thread's read-only store (call it in the thread pool, never on the event loop)."""
    return request.app.state.stores.get()
