"""One error tree for veille. Foreign errors are translated at the layer that meets them.

    VeilleError
     ├── UsageError        bad arguments or settings (CLI exit code 2)
     ├── IngestError       a source or document could not be read (carries ``source``)
     ├── NlpError          the language pipeline could not be built or run
     ├── StoreError        SQLite failed or the store is not a veille store
     └── NotFound          an id that is not in the store (carries ``kind`` and ``key``)

The CLI maps these to exit codes and the web layer to HTTP statuses, each in one place.
"""

from __future__ import annotations


class VeilleError(Exception):
    """Base class of every error veille raises on purpose."""


class UsageError(VeilleError):
    """The user asked for something that cannot be done as asked."""


class IngestError(VeilleError):
    """A document or source could not be read. ``source`` names the file or stream."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NlpError(VeilleError):
    """The NLP pipeline could not be built or failed on a document."""


class StoreError(VeilleError):
    """The SQLite store failed, or the file is not a veille store."""


class NotFound(VeilleError):
    """No item of this ``kind`` with this ``key`` in the store."""

    def __init__(self, kind: str, key: str):
        super().__init__(f"no {kind} with id {key!r}")
        self.kind = kind
        self.key = key
