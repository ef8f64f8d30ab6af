"""Per-document analysis, the one function every engine runs, and the embedded parallel runner.

``analyse_batch`` turns Articles into DocumentAnalysis values with a built pipeline.
The embedded engine (``run_analysis``) and the Spark engine (``veille.spark.job``)
both call it, so there is a single implementation of extraction.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from spacy.language import Language

from .errors import NlpError
from .extract import analysis_from_doc
from .models import Article, DocumentAnalysis

#: Languages with a full pipeline. Others are stored and reported as skipped.
SUPPORTED_LANGS = ("fr",)
DEFAULT_BATCH_SIZE = 32


def analyse_batch(
    nlp: Language, articles: Sequence[Article], batch_size: int = DEFAULT_BATCH_SIZE
) -> list[DocumentAnalysis]:
    """Analyse ``articles`` in order.

    Unsupported languages come back as ``skipped``; a document on which a component
    raises comes back as ``failed`` with the error as ``reason`` (the others of the
    batch are unaffected).
    """
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
    try:
        docs = nlp.pipe((_make_doc(nlp, a) for _, a in todo), batch_size=batch_size)
        for (i, article), doc in zip(todo, docs):
            results[i] = analysis_from_doc(doc, article.id, article.lang)
    except Exception:  # noqa: BLE001 - isolated below, document by document
        # One odd document must not sink the batch it travels in: redo, one document
        # at a time, those not yet analysed, and report only those that fail themselves.
        for i, article in todo:
            if i not in results:
                results[i] = _analyse_one(nlp, article)
    return [results[i] for i in range(len(articles))]


def _make_doc(nlp: Language, article: Article):
    doc = nlp.make_doc(article.text)
    doc._.veille_published = article.published
    return doc


def _analyse_one(nlp: Language, article: Article) -> DocumentAnalysis:
    try:
        return analysis_from_doc(nlp(_make_doc(nlp, article)), article.id, article.lang)
    except Exception as exc:  # noqa: BLE001 - becomes a reported, stored failure
        return DocumentAnalysis(
            doc_id=article.id,
            status="failed",
            lang=article.lang,
            reason=f"analysis failed: {type(exc).__name__}: {exc}",
        )


# --- embedded engine: worker processes, each holding one pipeline ----------------

#: Environment variables that cap the thread pools of BLAS/OpenMP libraries.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")

_WORKER_NLP: Language | None = None


def limit_threads() -> None:
    """Cap numeric libraries at one thread in this process.

    Parallelism comes from processes (one per core); a BLAS pool of N threads in
    each of N workers would oversubscribe the cores. spaCy's CPU models barely use
    BLAS threads (measured: CPU time / wall time = 1.0 on one process), so this is a
    guard for heavier components, not a speed-up today. The variables cover
    libraries loaded later; threadpoolctl resizes the pools already loaded.
    """
    for name in _THREAD_VARS:
        os.environ[name] = "1"
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def _init_worker(model: str) -> None:
    global _WORKER_NLP
    from .nlp.build import build_nlp

    limit_threads()
    _WORKER_NLP = build_nlp(model)


def _work(articles: list[Article], batch_size: int) -> list[DocumentAnalysis]:
    assert _WORKER_NLP is not None, "worker used before initialisation"
    return analyse_batch(_WORKER_NLP, articles, batch_size)


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_workers() -> int:
    """Cores this process may run on (CPU affinity / container limits), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
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

    Memory stays bounded: at most ``2 * workers`` batches of ``batch_size`` articles
    are in flight, and the input iterator is consumed lazily. With ``workers == 1``
    everything runs in this process. Results are identical whatever the number of
    workers (each batch is analysed by the same ``analyse_batch``).
    """
    from .nlp.build import MODEL, build_nlp

    model = model or MODEL
    chunks = _chunks(articles, batch_size)
    # A worker costs a model load (seconds, ~0.6 GB): never start more workers than
    # there are batches, and none at all for a single batch.
    head = list(islice(chunks, workers))
    if not head:
        return
    workers = min(workers, len(head))
    chunks = chain(head, chunks)
    if workers <= 1:
        nlp = build_nlp(model)
        for chunk in chunks:
            pairs = list(zip(chunk, analyse_batch(nlp, chunk, batch_size)))
            if on_batch:
                on_batch(pairs)
            yield from pairs
        return

    # Why not nlp.pipe(n_process=…): it pickles whole Docs back to the parent,
    # which costs more than the analysis; workers return small DocumentAnalysis values.
    # Why fork (where the OS has it): workers start with veille and spaCy already
    # imported and need no `if __name__ == "__main__"` guard in the caller's script;
    # spawn/forkserver re-import the caller's main module in every worker. The pool
    # is created from the calling thread before any other work starts, and workers
    # only run analyse_batch, so no lock held by another thread of the caller matters.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(model,),
    )
    pending: deque[tuple[list[Article], Future]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(_work, chunk, batch_size)))
            if len(pending) >= 2 * workers:
                yield from _collect(pending.popleft(), on_batch)
        while pending:
            yield from _collect(pending.popleft(), on_batch)
    except BrokenProcessPool as exc:
        raise NlpError(
            f"an analysis worker died ({exc}); a worker needs about 1 GB of memory"
        ) from exc
    finally:
        # A consumer that stops early (or fails) must not wait for queued batches.
        pool.shutdown(wait=True, cancel_futures=True)


def _mp_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _collect(
    item: tuple[list[Article], Future],
    on_batch: Callable[[list[tuple[Article, DocumentAnalysis]]], None] | None,
) -> list[tuple[Article, DocumentAnalysis]]:
    chunk, future = item
    pairs = list(zip(chunk, future.result()))
    if on_batch:
        on_batch(pairs)
    return pairs
