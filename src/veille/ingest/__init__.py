"""Reading articles from files, folders, JSON Lines and stdin, and the ingest service.

Readers yield ``Article`` values, or ``Failure``/``ReadWarning`` values for bad input;
``service.ingest`` runs the whole ingest (read, skip known, analyse, store, link).
"""

from .base import DEFAULT_MAX_CHARS, Failure, ReadWarning
from .files import read_sources
from .service import IngestReport, Notice, ingest

__all__ = ["DEFAULT_MAX_CHARS", "Failure", "IngestReport", "Notice", "ReadWarning", "ingest", "read_sources"]
