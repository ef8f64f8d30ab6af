"""Per-document analysis, the one function every engine runs, and the embedded parallel runner.

``analyse_batch`` turns Articles into DocumentAnalysis values with a built pipeline.
The embedded engine (``run_analysis``) and the Spark engine (``veille.spark.job``)
both call it, so there is a single implementation of extraction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from spacy.language import Language

from .extract import analysis_from_doc
from .models import Article, DocumentAnalysis

#: Languages with a full pipeline. Others are stored and reported as skipped.
SUPPORTED_LANGS = ("fr",)
DEFAULT_BATCH_SIZE = 32


def analyse_batch(
    nlp: Language, articles: Sequence[Article], batch_size: int = DEFAULT_BATCH_SIZE
) -> list[DocumentAnalysis]:
    """Analyse ``articles`` in order; unsupported languages come back as ``skipped``."""
    results: dict[int, DocumentAnalysis] = {}
    todo: list[tuple[int, Article]] = []
    for i, article in enumerate(articles):
        if article.lang in SUPPORTED_LANGS:
            todo.append((i, article))
        else:
            results[i] = DocumentAnalysis(
                doc_id=article.id,
                status="skipped",
                lang=article.lang,
                reason=f"language {article.lang or 'unknown'!s} is not supported yet",
            )
    docs = []
    for _, article in todo:
        doc = nlp.make_doc(article.text)
        doc._.veille_published = article.published
        docs.append(doc)
    for (i, article), doc in zip(todo, nlp.pipe(docs, batch_size=batch_size)):
        results[i] = analysis_from_doc(doc, article.id, article.lang)
    return [results[i] for i in range(len(articles))]


# --- embedded engine: worker processes, each holding one pipeline ----------------

_WORKER_NLP: Language | None = None


def _init_worker(model: str) -> None:
    global _WORKER_NLP
    from .nlp.build import build_nlp

    _WORKER_NLP = build_nlp(model)


def _work(articles: list[Article]) -> list[DocumentAnalysis]:
    assert _WORKER_NLP is not None, "worker used before initialisation"
    return analyse_batch(_WORKER_NLP, articles)


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_workers() -> int:
    return os.cpu_count() or 1


def run_analysis(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_batch: Callable[[list[tuple[Article, DocumentAnalysis]]], None] | None = None,
) -> Iterator[tuple[Article, DocumentAnalysis]]:
    """Analyse a stream of articles, in input order, with ``workers`` processes.

    Memory stays bounded: at most ``2 * workers`` batches are in flight, and the
    input iterator is consumed lazily. With ``workers == 1`` everything runs in
    this process. Results are identical whatever the number of workers.
    """
    from .nlp.build import MODEL, build_nlp

    model = model or MODEL
    if workers <= 1:
        nlp = build_nlp(model)
        for chunk in _chunks(articles, batch_size):
            pairs = list(zip(chunk, analyse_batch(nlp, chunk, batch_size)))
            if on_batch:
                on_batch(pairs)
            yield from pairs
        return

    # Why not nlp.pipe(n_process=…): it pickles whole Docs back to the parent,
    # which costs more than the analysis; workers return small DocumentAnalysis values.
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(model,)
    ) as pool:
        pending: list[tuple[list[Article], Future]] = []
        chunks = _chunks(articles, batch_size)
        for chunk in chunks:
            pending.append((chunk, pool.submit(_work, chunk)))
            if len(pending) >= 2 * workers:
                yield from _collect(pending.pop(0), on_batch)
        while pending:
            yield from _collect(pending.pop(0), on_batch)


def _collect(item, on_batch):
    chunk, future = item
    pairs = list(zip(chunk, future.result()))
    if on_batch:
        on_batch(pairs)
    return pairs
