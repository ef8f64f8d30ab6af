"""Ingest orchestration: read sources, skip known texts, analyse, store per batch, link entities.

Texts already in the store (same content hash, under any id) are skipped BEFORE
analysis, which is the expensive step. Everything streams: at most a few batches
of articles are in memory at once.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..models import Article
from ..store import Store
from .base import DEFAULT_MAX_CHARS, Failure, ReadWarning
from .files import read_sources


@dataclass(frozen=True)
class Notice:
    """Something the user should read about one document: ``kind`` is ``replaced`` or ``duplicate``."""

    doc_id: str
    kind: str
    detail: str


@dataclass
class IngestReport:
    read: int = 0  # documents read successfully (new or not)
    added: int = 0  # newly stored (including replacements)
    replaced: int = 0  # stored in place of an older text with the same id
    already_present: int = 0  # same text already stored (or read twice in this run)
    analysed: int = 0
    skipped: int = 0  # stored but not analysed (unsupported language)
    entities_created: int = 0
    entities_linked: int = 0
    stories_created: int = 0
    stories_joined: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "added": self.added,
            "replaced": self.replaced,
            "already_present": self.already_present,
            "analysed": self.analysed,
            "skipped": self.skipped,
            "failed": len(self.failures),
            "entities_created": self.entities_created,
            "entities_linked": self.entities_linked,
            "stories_created": self.stories_created,
            "stories_joined": self.stories_joined,
            "failures": [{"source": f.source, "line": f.line, "reason": f.reason} for f in self.failures],
            "warnings": [{"source": w.source, "line": w.line, "message": w.message} for w in self.warnings],
            "notices": [{"doc_id": n.doc_id, "kind": n.kind, "detail": n.detail} for n in self.notices],
        }


Event = Failure | ReadWarning | Notice


def _store_files(store: Store) -> set[str]:
    # `veille ingest .` must not try to read ./veille.db and its WAL files.
    base = os.path.realpath(store.path)
    return {base, base + "-wal", base + "-shm", base + "-journal"}


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    workers: int = 1,
    batch_size: int | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    model: str | None = None,
    stdin: BinaryIO | None = None,
    on_event: Callable[[Event], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    analyse: Callable[..., Iterable] | None = None,
) -> IngestReport:
    """Read ``paths`` into ``store``; returns what happened. Bad input never stops the batch.

    on_event: called with each Failure, ReadWarning and Notice as it happens.
    on_progress: called with the number of documents just finished (stored or skipped).
    analyse: the analysis engine, with the signature of ``pipeline.run_analysis``
        (the default); ``veille.spark.job.SparkEngine`` runs the same analysis in Spark.
    """
    report = IngestReport()
    new_ids: dict[str, None] = {}  # ordered set
    seen_in_run: dict[str, str] = {}  # content hash -> id, for duplicates inside one run

    def emit(event: Event) -> None:
        if isinstance(event, Failure):
            report.failures.append(event)
        elif isinstance(event, ReadWarning):
            report.warnings.append(event)
        else:
            report.notices.append(event)
        if on_event:
            on_event(event)

    def new_articles() -> Iterator[Article]:
        for item in read_sources(paths, max_chars=max_chars, stdin=stdin, exclude=_store_files(store)):
            if not isinstance(item, Article):
                emit(item)
                continue
            report.read += 1
            digest = item.content_hash
            known = store.get_document_id_by_hash(digest) or seen_in_run.get(digest)
            if known is not None:
                report.already_present += 1
                if known != item.id:
                    emit(Notice(item.id, "duplicate", f"same text as {known}, already ingested"))
                if on_progress:
                    on_progress(1)
                continue
            seen_in_run[digest] = item.id
            yield item

    def save(pairs) -> None:
        for outcome, (article, analysis) in zip(store.save_batch(pairs), pairs):
            if outcome.action == "duplicate":
                report.already_present += 1
                continue
            report.added += 1
            new_ids[outcome.doc_id] = None
            if outcome.action == "replaced":
                report.replaced += 1
                emit(Notice(outcome.doc_id, "replaced", "text changed: previous version replaced"))
            if analysis.status == "analysed":
                report.analysed += 1
            elif analysis.status == "failed":
                # Stored with its text (nothing lost) and reported as a failure: exit 1.
                emit(Failure(article.source or analysis.doc_id, f"{analysis.doc_id}: {analysis.reason}"))
            else:
                report.skipped += 1
        if on_progress:
            on_progress(len(pairs))

    articles = new_articles()
    first = next(articles, None)
    # Only load the language model when there is something new to analyse.
    if first is not None:
        from ..pipeline import DEFAULT_BATCH_SIZE, run_analysis

        for _ in (analyse or run_analysis)(
            itertools.chain([first], articles),
            workers=workers,
            model=model,
            batch_size=batch_size or DEFAULT_BATCH_SIZE,
            on_batch=save,
        ):
            pass
    # Documents stored by an earlier, interrupted run are linked too: their texts are
    # known, so no later ingest would bring them back here.
    to_link = list(new_ids) + [d for d in store.documents_with_unlinked_entities() if d not in new_ids]
    if to_link:
        from ..resolve.entities import link_documents

        linking = link_documents(store, to_link)
        report.entities_created = linking.created
        report.entities_linked = linking.linked
    # Stories after entities (they compare global entity ids); documents left without a
    # story by an interrupted run, or stored before stories existed, are placed too.
    to_place = list(new_ids) + [d for d in store.documents_without_story() if d not in new_ids]
    if to_place:
        from ..resolve.stories import assign_stories

        placing = assign_stories(store, to_place)
        report.stories_created = placing.created
        report.stories_joined = placing.joined
    return report
