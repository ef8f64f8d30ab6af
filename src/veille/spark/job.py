"""The Spark engine: the same ``analyse_batch`` as the embedded engine, run in Spark executors.

Flow of ``run_spark_ingest`` (``veille ingest --engine spark``):

1. the driver reads the sources with veille's readers and skips known texts (the
   ingest service does this, exactly as for the embedded engine);
2. the new articles are staged as JSON lines (streamed to a file, never held in
   memory), each with its input position ``seq``;
3. Spark reads the staged lines and runs ``analyse_partition`` in the executors
   (``mapPartitions``): one pipeline per Python worker process, loaded once and
   cached in a module global, ``veille.pipeline.analyse_batch`` per batch;
4. each document becomes a Parquet row (``seq``, ids, the Article and the
   ``DocumentAnalysis.to_dict()`` as JSON), partitioned by publication day
   (``day=2024-03-05`` or ``day=unknown``);
5. the driver reads the Parquet back sorted by ``seq`` (a streamed Spark sort) and
   the ingest service stores each batch (``Store.save_batch``) then links entities
   across documents (``link_documents``).

``load_parquet`` does step 5 alone, for Parquet produced on a cluster
(``veille spark load``). Only this package imports pyspark.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from veille.errors import NlpError, UsageError
from veille.models import Article, DocumentAnalysis
from veille.pipeline import DEFAULT_BATCH_SIZE, analyse_batch

if TYPE_CHECKING:
    from pyspark.sql import SparkSession
    from spacy.language import Language

    from veille.ingest import IngestReport
    from veille.store import Store

Pair = tuple[Article, DocumentAnalysis]

#: Partition value for documents without a usable publication date.
UNKNOWN_DAY = "unknown"
#: Parquet columns, in order. ``day`` is the partition column (a folder, not a column in the files).
COLUMNS = ("seq", "doc_id", "status", "n_tokens", "article", "analysis", "day")
#: Documents per Spark partition when the caller does not choose.
DOCS_PER_PARTITION = 200

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_INSTALL_HINT = "the Spark engine needs pyspark and pyarrow: pip install 'veille[spark]'"


def _require_pyspark():
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise UsageError(_INSTALL_HINT) from exc


# --- executor side ------------------------------------------------------------------

#: One pipeline per Python worker process and model name: loading takes seconds and
#: ~0.5 GB, so it happens once per process, not once per task or partition.
_EXECUTOR_NLP: dict[str, Language] = {}


def executor_pipeline(model: str) -> Language:
    """The pipeline of this worker process, built on first use."""
    nlp = _EXECUTOR_NLP.get(model)
    if nlp is None:
        from veille.nlp.build import build_nlp
        from veille.pipeline import limit_threads

        limit_threads()
        nlp = _EXECUTOR_NLP[model] = build_nlp(model)
    return nlp


def publication_day(published: str | None) -> str:
    """``YYYY-MM-DD`` from an ISO date or datetime, else ``unknown`` (the Parquet partition)."""
    match = _DAY.match(published or "")
    return match.group(1) if match else UNKNOWN_DAY


def staged_line(seq: int, article: Article) -> str:
    """One staged input line. ASCII JSON: lone surrogates and newlines survive any line reader."""
    return json.dumps({"seq": seq, "article": dataclasses.asdict(article)})


def analyse_partition(
    lines: Iterable[str], *, model: str, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[tuple]:
    """Executor function of ``mapPartitions``: staged lines in, Parquet rows (``COLUMNS``) out."""
    records = (json.loads(line) for line in lines if line.strip())
    while chunk := list(islice(records, batch_size)):
        articles = [Article(**record["article"]) for record in chunk]
        analyses = analyse_batch(executor_pipeline(model), articles, batch_size)
        for record, article, analysis in zip(chunk, articles, analyses):
            yield (
                record["seq"],
                article.id,
                analysis.status,
                analysis.n_tokens,
                json.dumps(record["article"]),
                json.dumps(analysis.to_dict()),
                publication_day(article.published),
            )


def pair_from_row(article_json: str, analysis_json: str) -> Pair:
    """An (Article, DocumentAnalysis) pair from the two JSON columns of a Parquet row."""
    return Article(**json.loads(article_json)), DocumentAnalysis.from_dict(json.loads(analysis_json))


# --- driver side --------------------------------------------------------------------

def spark_session(
    master: str = "local[*]",
    *,
    app_name: str = "veille",
    driver_memory: str = "2g",
    conf: dict[str, str] | None = None,
) -> SparkSession:
    """A SparkSession for veille: UI off, quiet logs, executors on this Python.

    On a cluster, ``spark-submit`` sets master and memory; the values here only
    apply when the session is created from a plain Python process.
    """
    _require_pyspark()
    from pyspark.sql import SparkSession

    # Executors must run the same interpreter (and so the same installed veille and model).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    # Under spark-submit (its gateway port is set) master and memory come from the
    # submit command line; setting them here would override it.
    if "PYSPARK_GATEWAY_PORT" not in os.environ:
        builder = builder.master(master).config("spark.driver.memory", driver_memory)
    builder = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        # Partition folder names are written as strings; do not re-type them as dates.
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")
    )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def stage_articles(articles: Iterable[Article], uri: str) -> int:
    """Write ``articles`` as JSON lines to ``uri`` (streamed); returns how many.

    ``uri`` is a local path, ``file://…``, or any URI pyarrow can write
    (``hdfs://…``, ``s3://…``): on a cluster the executors must be able to read it.
    """
    n = 0
    with _open_for_writing(uri) as handle:
        for n, article in enumerate(articles, start=1):
            handle.write(staged_line(n - 1, article))
            handle.write("\n")
    return n


def _open_for_writing(uri: str):
    if "://" not in uri or uri.startswith("file://"):
        return open(uri.removeprefix("file://"), "w", encoding="ascii")
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(uri)
    return io.TextIOWrapper(filesystem.open_output_stream(path), encoding="ascii")


@contextmanager
def staging_area(base: str | None = None) -> Iterator[str]:
    """A fresh folder URI for staged input, removed afterwards.

    base: a shared folder URI on a cluster (``hdfs:///tmp``); None for a local
    temporary folder (local mode), or ``$VEILLE_SPARK_STAGING`` when set.
    """
    base = base or os.environ.get("VEILLE_SPARK_STAGING")
    if base is None or "://" not in base or base.startswith("file://"):
        local = tempfile.mkdtemp(prefix="veille-spark-", dir=base.removeprefix("file://") if base else None)
        try:
            yield "file://" + os.path.abspath(local)
        finally:
            shutil.rmtree(local, ignore_errors=True)
        return
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(base)
    folder = f"{path.rstrip('/')}/veille-spark-{uuid.uuid4().hex}"
    filesystem.create_dir(folder)
    try:
        yield base.rstrip("/") + "/" + folder.rsplit("/", 1)[1]
    finally:
        filesystem.delete_dir(folder)


def analyse_to_parquet(
    spark: SparkSession,
    staged_uri: str,
    parquet_dir: str,
    *,
    n_docs: int,
    model: str | None = None,
    partitions: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> None:
    """Run the analysis of staged lines in the executors and write Parquet partitioned by day."""
    from pyspark.sql.types import IntegerType, LongType, StringType, StructField, StructType

    from veille.nlp.build import MODEL

    schema = StructType([
        StructField("seq", LongType(), False),
        StructField("doc_id", StringType(), False),
        StructField("status", StringType(), False),
        StructField("n_tokens", IntegerType(), False),
        StructField("article", StringType(), False),
        StructField("analysis", StringType(), False),
        StructField("day", StringType(), False),
    ])
    if partitions is None:
        parallelism = spark.sparkContext.defaultParallelism
        # Enough partitions to keep every core busy and balance uneven documents,
        # few enough that each pays the pipeline start-up (cached per worker) once.
        partitions = max(2 * parallelism, -(-n_docs // DOCS_PER_PARTITION))
    lines = spark.sparkContext.textFile(staged_uri, minPartitions=partitions)
    rows = lines.mapPartitions(
        partial(analyse_partition, model=model or MODEL, batch_size=batch_size)
    )
    from py4j.protocol import Py4JJavaError
    from pyspark.errors import PySparkException

    try:
        (
            spark.createDataFrame(rows, schema)
            .write.mode("overwrite")
            .partitionBy("day")
            .parquet(parquet_dir)
        )
    except (Py4JJavaError, PySparkException) as exc:
        # The executor's Python traceback is inside the Java error: keep its last lines.
        detail = str(exc).strip().splitlines()
        raise NlpError(f"the Spark analysis job failed: {' / '.join(detail[-3:])}") from exc


def iter_parquet_pairs(spark: SparkSession, parquet_dir: str) -> Iterator[Pair]:
    """Every (Article, DocumentAnalysis) of a veille Parquet folder, in input order.

    Spark sorts by ``seq`` (spilling to disk if needed) and the driver receives one
    partition at a time, so memory stays bounded whatever the corpus size.
    """
    frame = spark.read.parquet(parquet_dir).orderBy("seq").select("article", "analysis")
    for row in frame.toLocalIterator():
        yield pair_from_row(row["article"], row["analysis"])


def _batches(items: Iterable[Pair], size: int) -> Iterator[list[Pair]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class SparkEngine:
    """An analysis engine with the signature of ``veille.pipeline.run_analysis``, backed by Spark.

    The ingest service calls it with the stream of new articles; it stages them,
    runs the Spark job, then hands the results back in input order, batch by batch.
    """

    def __init__(
        self,
        spark: SparkSession,
        *,
        parquet_dir: str | None = None,
        partitions: int | None = None,
        staging_dir: str | None = None,
    ):
        self.spark = spark
        self.parquet_dir = parquet_dir
        self.partitions = partitions
        self.staging_dir = staging_dir

    def __call__(
        self,
        articles: Iterable[Article],
        *,
        workers: int = 1,  # noqa: ARG002  (Spark's master decides the parallelism)
        model: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_batch: Callable[[list[Pair]], None] | None = None,
    ) -> Iterator[Pair]:
        with staging_area(self.staging_dir) as staging:
            staged = f"{staging}/articles.jsonl"
            n_docs = stage_articles(articles, staged)
            if n_docs == 0:
                return
            parquet_dir = self.parquet_dir or f"{staging}/parquet"
            analyse_to_parquet(
                self.spark, staged, parquet_dir,
                n_docs=n_docs, model=model, partitions=self.partitions, batch_size=batch_size,
            )
            for batch in _batches(iter_parquet_pairs(self.spark, parquet_dir), batch_size):
                if on_batch:
                    on_batch(batch)
                yield from batch


def run_spark_ingest(
    paths: Iterable[str],
    store: Store,
    *,
    master: str = "local[*]",
    parquet_dir: str | None = None,
    spark: SparkSession | None = None,
    partitions: int | None = None,
    staging: str | None = None,
    **ingest_options: Any,
) -> IngestReport:
    """``veille ingest`` with the Spark engine: same reading, skipping, storing and linking.

    parquet_dir (str | None): where the per-document Parquet is written (kept);
        None writes it to a temporary folder removed afterwards.
    spark (SparkSession | None): an existing session (tests); else one on ``master``.
    staging (str | None): folder URI for the staged input (see ``staging_area``).
    ingest_options: passed to ``veille.ingest.ingest`` (batch_size, model, max_chars,
        on_event, on_progress, stdin).
    RETURNS (IngestReport): the same report as the embedded engine.
    """
    from veille.ingest import ingest

    session = spark or spark_session(master)
    engine = SparkEngine(session, parquet_dir=parquet_dir, partitions=partitions, staging_dir=staging)
    return ingest(paths, store, analyse=engine, **ingest_options)


def analyse_sources(
    paths: Iterable[str],
    parquet_dir: str,
    *,
    spark: SparkSession | None = None,
    master: str = "local[*]",
    model: str | None = None,
    partitions: int | None = None,
    staging: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_chars: int | None = None,
    on_failure: Callable[[Any], None] | None = None,
) -> int:
    """Read ``paths`` with veille's readers and write their analysis as Parquet (no store).

    The cluster half of ``veille ingest --engine spark``: ``load_parquet`` stores
    the result later, wherever the store lives. Unreadable documents are passed
    to ``on_failure`` (``Failure``/``ReadWarning`` values) and left out.
    RETURNS (int): the number of documents analysed.
    """
    from veille.ingest import DEFAULT_MAX_CHARS, read_sources

    def articles() -> Iterator[Article]:
        for item in read_sources(paths, max_chars=max_chars or DEFAULT_MAX_CHARS):
            if isinstance(item, Article):
                yield item
            elif on_failure:
                on_failure(item)

    session = spark or spark_session(master)
    with staging_area(staging) as folder:
        staged = f"{folder}/articles.jsonl"
        n_docs = stage_articles(articles(), staged)
        if n_docs:
            analyse_to_parquet(
                session, staged, parquet_dir,
                n_docs=n_docs, model=model, partitions=partitions, batch_size=batch_size,
            )
    return n_docs


def load_parquet(
    parquet_dir: str,
    store: Store,
    *,
    spark: SparkSession | None = None,
    master: str = "local[*]",
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> dict[str, int]:
    """Store the documents of a veille Parquet folder (in input order), link entities, place stories.

    RETURNS (dict): counts ``added``, ``already_present``, ``entities_created``,
        ``entities_linked``, and ``stories_created``/``stories_joined`` when anything was added.
    """
    from veille.resolve.entities import link_documents
    from veille.resolve.stories import assign_stories

    session = spark or spark_session(master)
    counts = {"added": 0, "already_present": 0, "entities_created": 0, "entities_linked": 0}
    new_ids: dict[str, None] = {}
    for batch in _batches(iter_parquet_pairs(session, parquet_dir), batch_size):
        for outcome in store.save_batch(batch):
            if outcome.action == "duplicate":
                counts["already_present"] += 1
            else:
                counts["added"] += 1
                new_ids[outcome.doc_id] = None
    if new_ids:
        linking = link_documents(store, list(new_ids))
        counts["entities_created"] = linking.created
        counts["entities_linked"] = linking.linked
        # Stories compare global entity ids: after linking, as `veille ingest` does.
        placing = assign_stories(store, list(new_ids))
        counts["stories_created"] = placing.created
        counts["stories_joined"] = placing.joined
    return counts
