"""Walk what the user named (files, folders, ``-`` for stdin) and dispatch to the right reader.

Folders are walked recursively in sorted order, so a folder always gives the same
sequence of documents. Hidden files and folders (name starting with ".") inside a
folder are ignored; other files with an unknown extension are skipped with a
warning. A file named explicitly with an unknown extension is a failure.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import BinaryIO

from .base import DEFAULT_MAX_CHARS, Failure, ReadItem, ReadWarning, looks_binary
from .html import read_html_file
from .jsonl import read_jsonl_file, read_jsonl_lines
from .text import read_text_bytes, read_text_file

STDIN = "-"
STDIN_NAME = "<stdin>"

Reader = Callable[..., Iterator[ReadItem]]

#: File extension (lower case) -> reader.
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
}


def read_sources(
    paths: Iterable[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: BinaryIO | None = None,
    exclude: Collection[str] = (),
) -> Iterator[ReadItem]:
    """Every Article, Failure and ReadWarning found under ``paths``, lazily and in order.

    exclude: real paths of files to pass over silently when walking a folder (the
        store's own files, when the store sits inside an ingested folder).
    """
    for path in paths:
        if path == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_chars=max_chars)
        elif os.path.isdir(path):
            for file_path in walk(path):
                if exclude and os.path.realpath(file_path) in exclude:
                    continue
                yield from read_file(file_path, max_chars=max_chars, in_folder=True)
        else:
            yield from read_file(path, max_chars=max_chars)


def walk(folder: str) -> Iterator[str]:
    """Files under ``folder``, recursively, sorted by name at every level, hidden ones left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def read_file(path: str, *, max_chars: int, in_folder: bool = False) -> Iterator[ReadItem]:
    """Read one file with the reader of its extension.

    An unknown extension is a Failure when the user named the file, but only a
    warning for a file met while walking a folder: folders of articles often hold
    a README or notes, and that should not make the whole ingest fail.
    """
    if not os.path.lexists(path):
        yield Failure(path, "no such file or directory")
        return
    extension = os.path.splitext(path)[1].lower()
    reader = READERS.get(extension)
    if reader is None:
        known = ", ".join(sorted(READERS))
        reason = f"unknown extension {extension or '(none)'!r}, skipped (known: {known})"
        yield ReadWarning(path, reason) if in_folder else Failure(path, reason)
        return
    yield from reader(path, max_chars=max_chars)


def read_stdin(stream: BinaryIO, *, max_chars: int) -> Iterator[ReadItem]:
    """stdin is JSON Lines when its first non-blank byte is ``{``, else one text document."""
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if not head or not head[-1].strip():
        yield Failure(STDIN_NAME, "empty document")
        return
    if head[-1].lstrip().startswith(b"{"):
        yield from read_jsonl_lines(
            itertools.chain(head, stream), source=STDIN_NAME, stem="stdin", max_chars=max_chars
        )
    else:
        data = b"".join(head) + stream.read()
        if looks_binary(data):
            yield Failure(STDIN_NAME, "binary input, not text")
            return
        yield from read_text_bytes(data, source=STDIN_NAME, max_chars=max_chars)
