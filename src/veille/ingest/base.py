"""What every source reader yields, and the byte-level checks they share.

A reader yields, in order, ``Article`` values, ``Failure`` values (a document that
could not be read: the batch goes on) and ``ReadWarning`` values (the document was
kept but something about it deserves a line on stderr, e.g. invalid UTF-8).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from ..models import Article

#: Default largest document, in characters. Over it a document is rejected rather
#: than truncated, so every offset stays an offset into the text as read.
DEFAULT_MAX_CHARS = 1_000_000

# How much of the start of a file is inspected to decide it is binary.
_SNIFF_BYTES = 8192
# Share of control characters (other than tab/newline/CR/FF) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.10


@dataclass(frozen=True)
class Failure:
    """A document (or a whole source) that could not be read, and why, in one line."""

    source: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


@dataclass(frozen=True)
class ReadWarning:
    """A document that was kept, with something the user should know about it."""

    source: str
    message: str
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


ReadItem = Union[Article, Failure, ReadWarning]


def looks_binary(data: bytes) -> bool:
    """True for bytes that are clearly not text: a NUL byte, or many control characters."""
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > _MAX_CONTROL_SHARE


def decode(data: bytes) -> tuple[str, bool]:
    """Decode UTF-8 (a leading BOM is dropped); return ``(text, had_invalid_bytes)``.

    Invalid bytes become U+FFFD rather than failing the document: the caller warns,
    and offsets still index the stored (decoded) text.
    """
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), True


def check_text(text: str, source: str, *, max_chars: int, line: int | None = None) -> Failure | None:
    """The checks every decoded document passes: not empty, not over ``max_chars``."""
    if not text.strip():
        return Failure(source, "empty document", line)
    if len(text) > max_chars:
        return Failure(
            source,
            f"document too large: {len(text):,} characters > --max-chars {max_chars:,} (rejected, not truncated)",
            line,
        )
    return None


def read_file_bytes(path: str, *, max_chars: int) -> bytes | Failure:
    """The bytes of ``path``, or a Failure for unreadable, oversized or binary files.

    A file whose size alone proves it is over ``max_chars`` (UTF-8 uses at most four
    bytes per character) is rejected without being read, so a huge file costs nothing.
    """
    try:
        with open(path, "rb") as handle:
            size = _size(handle)
            if size is not None and size > 4 * max_chars + 4:
                return Failure(
                    path,
                    f"document too large: {size:,} bytes, more than --max-chars {max_chars:,} characters (rejected, not truncated)",
                )
            data = handle.read()
    except FileNotFoundError:
        return Failure(path, "no such file or directory")
    except IsADirectoryError:
        return Failure(path, "is a directory")
    except PermissionError:
        return Failure(path, "permission denied")
    except OSError as exc:
        return Failure(path, f"cannot read: {exc.strerror or exc}")
    if looks_binary(data):
        return Failure(path, "binary file, not text")
    return data


def _size(handle) -> int | None:
    import os

    try:
        return os.fstat(handle.fileno()).st_size
    except OSError:
        return None


def invalid_utf8_warning(source: str, line: int | None = None) -> ReadWarning:
    return ReadWarning(source, "not valid UTF-8: undecodable bytes replaced by U+FFFD", line)
