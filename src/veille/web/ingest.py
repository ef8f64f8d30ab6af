"""``POST /api/ingest``: one article through the same ingest service as ``veille ingest``.

The web process keeps one French pipeline in memory (loaded on the first ingest)
instead of loading the model for every request, and ingests one article at a time
(a store has one writer).
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Callable, Iterable, Iterator

from ..ingest.service import ingest
from ..models import Article, DocumentAnalysis, content_hash
from ..store import Store
from .schemas import IngestBody, IngestResult
from .settings import WebSettings


class ResidentEngine:
    """The ingest service's analyse engine with the pipeline kept loaded between calls."""

    def __init__(self) -> None:
        self._nlp = None
        self._lock = threading.Lock()

    def __call__(
        self,
        articles: Iterable[Article],
        *,
        workers: int = 1,
        model: str | None = None,
        batch_size: int = 32,
        on_batch: Callable[[list[tuple[Article, DocumentAnalysis]]], None] | None = None,
    ) -> Iterator[tuple[Article, DocumentAnalysis]]:
        from ..pipeline import analyse_batch

        with self._lock:
            if self._nlp is None:
                from ..nlp.build import MODEL, build_nlp

                self._nlp = build_nlp(model or MODEL)
            chunk = list(articles)
            pairs = list(zip(chunk, analyse_batch(self._nlp, chunk, batch_size)))
        if on_batch:
            on_batch(pairs)
        yield from pairs


_write_lock = threading.Lock()


def ingest_article(settings: WebSettings, engine: Callable[..., Iterable], body: IngestBody) -> IngestResult:
    """Analyse and store one article; a text already stored is reported as ``duplicate``."""
    digest = content_hash(body.text)
    # Without an id, the text's hash names the document: posting it again is a no-op
    # instead of replacing whichever article got a generic id before.
    doc_id = (body.id or "").strip() or f"api-{digest[:16]}"
    record = {
        "id": doc_id, "title": body.title, "text": body.text, "url": body.url, "date": body.published,
        "outlet": body.outlet, "lang": body.lang, "author": body.author,
    }
    line = json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False).encode() + b"\n"
    with _write_lock, Store(settings.db, create=False) as store:
        report = ingest(["-"], store, stdin=io.BytesIO(line), analyse=engine)
        stored_id = store.get_document_id_by_hash(digest)
    if report.failures:
        status = "failed"
    elif report.already_present:
        status = "duplicate"
    elif report.replaced:
        status = "replaced"
    else:
        status = "added"
    return IngestResult(id=stored_id, status=status, analysed=report.analysed > 0, report=report.to_dict())
