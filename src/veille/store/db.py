"""Open a veille store: one SQLite file, WAL mode, foreign keys on, schema version checked.

Every ``sqlite3`` error met while opening becomes a ``StoreError`` (``raise … from``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import StoreError
from .schema import DDL, SCHEMA_VERSION

#: Written in ``meta`` so a veille store is recognisable among SQLite files.
APPLICATION = "veille"
# Seconds a reader or writer waits for a lock held by another process (one ingest
# writes while the CLI or web reads).
_BUSY_TIMEOUT_MS = 10_000


def connect(path: str, *, create: bool = True) -> sqlite3.Connection:
    """Open (or create) the store at ``path`` and check it is a veille store of a known version.

    create (bool): when False, a missing file is a StoreError (read-only commands
        should not leave an empty store behind).
    """
    if not create and path != ":memory:" and not os.path.exists(path):
        raise StoreError(f"{path}: no such store (run `veille ingest` first, or pass --db)")
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        _check_or_create(conn, path)
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"{path}: not a usable veille store: {exc}") from exc
    except StoreError:
        conn.close()
        raise
    return conn


def _check_or_create(conn: sqlite3.Connection, path: str) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        with transaction(conn):
            for statement in _statements(DDL):
                conn.execute(statement)
            conn.execute("INSERT INTO meta(key, value) VALUES ('application', ?)", (APPLICATION,))
            conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        return
    if "meta" not in tables:
        raise StoreError(f"{path}: this SQLite file is not a veille store (no meta table)")
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("application") != APPLICATION or "schema_version" not in meta:
        raise StoreError(f"{path}: this SQLite file is not a veille store")
    try:
        version = int(meta["schema_version"])
    except ValueError as exc:
        raise StoreError(f"{path}: unreadable schema version {meta['schema_version']!r}") from exc
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version} is newer than this veille "
            f"(knows {SCHEMA_VERSION}); upgrade veille"
        )
    if version < SCHEMA_VERSION:
        # Schema changes are additive (new tables/indexes, CREATE … IF NOT EXISTS):
        # running the DDL again brings an older store up to date.
        with transaction(conn):
            for statement in _statements(DDL):
                conn.execute(statement)
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))


def _statements(ddl: str) -> Iterator[str]:
    """Split the DDL into statements (it has no semicolons inside literals or triggers)."""
    lines = [line.split("--", 1)[0] for line in ddl.splitlines()]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            yield statement


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed on success, rolled back on any exception.

    ``BEGIN IMMEDIATE`` takes the write lock up front, so two writers queue on
    busy_timeout instead of failing half-way through a batch.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot start a write transaction: {exc}") from exc
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"cannot commit: {exc}") from exc
