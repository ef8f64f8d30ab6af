"""The Spark engine: the same ``analyse_batch`` as the embedded engine, run in Spark executors.

Flow of ``run_spark_ingest`` (``veille ingest --engine spark``):

0. the SparkSession starts in a background thread (``start_session``), then warms
   the executors' Python workers, while the driver goes on with steps 1-2;
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
5. the driver reads the Parquet back in ``seq`` order (a merge of the local files,
   or a streamed Spark sort for a remote folder) and the ingest service stores each
   batch (``Store.save_batch``) then links entities across documents
   (``link_documents``).

Every run records where its wall time goes (``veille.spark.timing``).

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
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from veille.errors import NlpError, UsageError
from veille.models import Article, DocumentAnalysis
from veille.spark import zygote
from veille.spark.jvm import local_jvm_options
from veille.spark.timing import PhaseLog, TaskRecords, TaskTiming

# veille.pipeline (and so spaCy) is imported where it is used, not here: the driver
# starts the JVM in a thread as soon as it imports this module, and importing spaCy
# (seconds) then overlaps the JVM start instead of delaying it.
#: Same value as ``veille.pipeline.DEFAULT_BATCH_SIZE`` (checked by a test).
DEFAULT_BATCH_SIZE = 32

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
#: Documents per Spark partition when the caller does not choose (``default_partitions``).
DOCS_PER_PARTITION = 32


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


def executor_pipeline(model: str | None = None) -> Language:
    """The pipeline of this worker process, built on first use (None: the default model).

    The default is resolved here, in the executor: on the driver, importing
    ``veille.nlp.build`` only to read a name costs seconds of spaCy imports.
    """
    from veille.nlp.build import MODEL, build_nlp

    model = model or MODEL
    nlp = _EXECUTOR_NLP.get(model)
    if nlp is None:
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
    lines: Iterable[str],
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    timings: Any = None,
) -> Iterator[tuple]:
    """Executor function of ``mapPartitions``: staged lines in, Parquet rows (``COLUMNS``) out.

    timings: a Spark accumulator (``TaskRecords``) that receives one ``TaskTiming``
        for this task, or None (tests call the function without Spark).
    """
    from veille.pipeline import analyse_batch

    start = time.time()
    nlp = executor_pipeline(model)
    ready = time.time()
    docs = 0
    records = (json.loads(line) for line in lines if line.strip())
    while chunk := list(islice(records, batch_size)):
        articles = [Article(**record["article"]) for record in chunk]
        analyses = analyse_batch(nlp, articles, batch_size)
        docs += len(chunk)
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
    if timings is not None:
        from pyspark import TaskContext

        context = TaskContext.get()
        partition = context.partitionId() if context is not None else -1
        timings.add([TaskTiming(partition, os.getpid(), docs, start, ready, time.time())])


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
        if master.startswith("local"):
            builder = (
                # Quick compiler, serial GC and a class archive (veille.spark.jvm).
                builder.config("spark.driver.extraJavaOptions", local_jvm_options())
                # Python workers forked with the pipeline already loaded (veille.spark.daemon).
                .config("spark.python.daemon.module", "veille.spark.daemon")
            )
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


def default_partitions(n_docs: int, parallelism: int) -> int:
    """Spark partitions for ``n_docs`` documents on ``parallelism`` task slots.

    Many small tasks rather than one per core: documents differ a lot in length, and
    with one big task per core the core that finishes first idles until the other
    is done (measured: ~10 s of a 2-core run of 200 articles). A Python worker is
    reused between tasks and keeps its pipeline (``_EXECUTOR_NLP``), so a small task
    costs only Spark's scheduling (~0.1 s), not a model load.
    """
    return max(4 * parallelism, -(-n_docs // DOCS_PER_PARTITION))


def analyse_to_parquet(
    spark: SparkSession,
    staged_uri: str,
    parquet_dir: str,
    *,
    n_docs: int,
    model: str | None = None,
    partitions: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    log: PhaseLog | None = None,
    by_day: bool = True,
) -> None:
    """Run the analysis of staged lines in the executors and write Parquet partitioned by day.

    log: receives the executors' ``TaskTiming`` values (``log.tasks``).
    by_day: partition the output by publication day (``day=…`` folders). False
        writes one file per task with ``day`` as a plain column: for Parquet that
        is only read back once and deleted, the day folders cost the JVM one file
        per task and day (measured: ~0.5–1.3 s per task between two tasks of a
        Python worker, 15 % of the analysis time on 200 articles).
    """
    from pyspark.sql.types import IntegerType, LongType, StringType, StructField, StructType

    schema = StructType([
        StructField("seq", LongType(), False),
        StructField("doc_id", StringType(), False),
        StructField("status", StringType(), False),
        StructField("n_tokens", IntegerType(), False),
        StructField("article", StringType(), False),
        StructField("analysis", StringType(), False),
        StructField("day", StringType(), False),
    ])
    context = spark.sparkContext
    if partitions is None:
        partitions = default_partitions(n_docs, context.defaultParallelism)
    timings = context.accumulator([], TaskRecords()) if log is not None else None
    lines = context.textFile(staged_uri, minPartitions=partitions)
    rows = lines.mapPartitions(
        partial(analyse_partition, model=model, batch_size=batch_size, timings=timings)
    )
    from py4j.protocol import Py4JJavaError
    from pyspark.errors import PySparkException

    try:
        # verifySchema off: analyse_partition builds every row itself, and checking
        # each field again in Python costs time for nothing.
        writer = spark.createDataFrame(rows, schema, verifySchema=False).write.mode("overwrite")
        (writer.partitionBy("day") if by_day else writer).parquet(parquet_dir)
    except (Py4JJavaError, PySparkException) as exc:
        # The executor's Python traceback is inside the Java error: keep its last lines.
        detail = str(exc).strip().splitlines()
        raise NlpError(f"the Spark analysis job failed: {' / '.join(detail[-3:])}") from exc
    if timings is not None:
        log.tasks.extend(sorted(timings.value, key=lambda t: t.partition))


def _local_dir(uri: str) -> str | None:
    """The local path of ``uri``, or None for a remote file system (``hdfs://``, ``s3://``…)."""
    if "://" not in uri:
        return uri
    if uri.startswith("file://"):
        return uri.removeprefix("file://")
    return None


def iter_parquet_pairs(spark: SparkSession | None, parquet_dir: str) -> Iterator[Pair]:
    """Every (Article, DocumentAnalysis) of a veille Parquet folder, in input order.

    A local folder is merged on the driver by ``seq`` (``_merge_parquet_files``), with
    no Spark job. A remote one is sorted by Spark (spilling to disk if needed) and the
    driver receives one partition at a time. Memory stays bounded either way.
    """
    local = _local_dir(parquet_dir)
    if local is not None:
        yield from _merge_parquet_files(local)
        return
    if spark is None:
        raise UsageError(f"reading {parquet_dir} needs a Spark session")
    frame = spark.read.parquet(parquet_dir).orderBy("seq").select("article", "analysis")
    for row in frame.toLocalIterator():
        yield pair_from_row(row["article"], row["analysis"])


def _merge_parquet_files(folder: str) -> Iterator[Pair]:
    """Rows of every Parquet file under ``folder`` in ``seq`` order, without a global sort.

    Why not Spark's ``orderBy``: on a local folder its range-partitioning sample, shuffle
    and ``toLocalIterator`` jobs took ~9 s before the first row (200 articles, loaded
    machine), serial time that no core can share. Here each file's ``seq`` range comes
    from its Parquet statistics; a file is read (whole, it holds one task's documents
    for one day) only when the merge reaches its smallest ``seq``, so the rows in
    memory are those of the files whose ranges overlap: about one task's worth.
    """
    import heapq

    import pyarrow.parquet as pq

    spans = []
    for root, dirs, files in os.walk(folder):
        # Spark's own files (_SUCCESS, _temporary, .crc) start with "_" or ".".
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", ".")))
        for name in sorted(files):
            if name.endswith(".parquet") and not name.startswith(("_", ".")):
                path = os.path.join(root, name)
                low = _min_seq(pq.ParquetFile(path))
                if low is not None:
                    spans.append((low, path))
    spans.sort()
    heap: list[tuple[int, str, str]] = []
    opened = 0
    while heap or opened < len(spans):
        # Open every file whose range starts before the smallest row held: none of the
        # files still closed can then hold a smaller seq.
        while opened < len(spans) and (not heap or spans[opened][0] <= heap[0][0]):
            table = pq.read_table(spans[opened][1], columns=["seq", "article", "analysis"])
            for seq, article, analysis in zip(*(table.column(c).to_pylist() for c in table.column_names)):
                heapq.heappush(heap, (seq, article, analysis))
            opened += 1
        _, article, analysis = heapq.heappop(heap)
        yield pair_from_row(article, analysis)


def _min_seq(parquet_file) -> int | None:
    """Smallest ``seq`` of a Parquet file, from its statistics (read the column if absent)."""
    metadata = parquet_file.metadata
    if metadata.num_rows == 0:
        return None
    index = parquet_file.schema_arrow.get_field_index("seq")
    lows = []
    for group in range(metadata.num_row_groups):
        stats = metadata.row_group(group).column(index).statistics
        if stats is None or not stats.has_min_max:
            return min(parquet_file.read(columns=["seq"]).column("seq").to_pylist())
        lows.append(stats.min)
    return min(lows)


def _batches(items: Iterable[Pair], size: int) -> Iterator[list[Pair]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _warm_up(_: Iterable[int], *, model: str | None) -> Iterator[int]:
    executor_pipeline(model)
    yield os.getpid()


def start_session(
    master: str, *, warm_up: bool = False, model: str | None = None, log: PhaseLog | None = None
) -> Future:
    """Start a SparkSession in a background thread; returns the Future of the session.

    The JVM starts (seconds) while the driver imports spaCy, reads the sources and
    stages them.

    warm_up: once the session is up (and the Future done), the same thread runs a
        small job in which each task slot's Python worker loads the pipeline ``model``
        (None: the default model).
        Meanwhile the driver submits the analysis job, whose first DataFrame write
        costs the JVM seconds of class loading and planning: the two overlap, and
        the analysis tasks reuse the warmed workers (``spark.python.worker.reuse``).
    log: receives the phases "start JVM + session" and "warm up Python workers".
    """
    _require_pyspark()
    log = log if log is not None else PhaseLog()
    future: Future = Future()
    if warm_up and model is None and _new_local_jvm(master):
        # The pipeline loads in a zygote while the JVM starts (veille.spark.zygote);
        # the JVM, and the daemon it launches, inherit the variable.
        os.environ[zygote.ENV] = zygote.start()

    def start() -> None:
        try:
            with log.phase("start JVM + session"):
                session = spark_session(master)
        except BaseException as exc:  # noqa: BLE001 - handed to whoever awaits the session
            future.set_exception(exc)
            return
        finally:
            # Launched: a later session of this process must not look for this zygote.
            os.environ.pop(zygote.ENV, None)
        future.set_result(session)
        if warm_up:
            with log.phase("warm up Python workers"):
                slots = session.sparkContext.defaultParallelism
                try:
                    session.sparkContext.parallelize(range(slots), slots).mapPartitions(
                        partial(_warm_up, model=model)
                    ).collect()
                except Exception:  # noqa: BLE001 - only an optimisation: the analysis job loads it anyway
                    pass

    future.set_running_or_notify_cancel()
    threading.Thread(target=start, name="veille-spark-session", daemon=True).start()
    return future


def _new_local_jvm(master: str) -> bool:
    """Will ``spark_session(master)`` launch a local JVM from this process?"""
    from pyspark import SparkContext

    return (
        master.startswith("local")
        and "PYSPARK_GATEWAY_PORT" not in os.environ  # spark-submit launched it already
        and SparkContext._active_spark_context is None  # getOrCreate would reuse it
    )


class SparkEngine:
    """An analysis engine with the signature of ``veille.pipeline.run_analysis``, backed by Spark.

    The ingest service calls it with the stream of new articles; it stages them,
    runs the Spark job, then hands the results back in input order, batch by batch.
    """

    def __init__(
        self,
        spark: SparkSession | Future,
        *,
        parquet_dir: str | None = None,
        partitions: int | None = None,
        staging_dir: str | None = None,
        log: PhaseLog | None = None,
    ):
        """spark: a session, or the Future of one (``start_session``), awaited once
        the input is staged."""
        self.spark = spark
        self.parquet_dir = parquet_dir
        self.partitions = partitions
        self.staging_dir = staging_dir
        self.log = log if log is not None else PhaseLog()
        self.finished_at: float | None = None

    def _session(self) -> SparkSession:
        if isinstance(self.spark, Future):
            with self.log.phase("wait for Spark session"):
                self.spark = self.spark.result()
        return self.spark

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
            with self.log.phase("read + stage input"):
                n_docs = stage_articles(articles, staged)
            if n_docs == 0:
                return
            spark = self._session()
            parquet_dir = self.parquet_dir or f"{staging}/parquet"
            with self.log.phase("analyse + write Parquet"):
                analyse_to_parquet(
                    spark, staged, parquet_dir, n_docs=n_docs, model=model,
                    partitions=self.partitions, batch_size=batch_size, log=self.log,
                    # A temporary Parquet is read back once: no day folders for it.
                    by_day=self.parquet_dir is not None,
                )
            with self.log.phase("read back + store"):
                for batch in _batches(iter_parquet_pairs(spark, parquet_dir), batch_size):
                    if on_batch:
                        on_batch(batch)
                    yield from batch
            self.finished_at = time.time()


def run_spark_ingest(
    paths: Iterable[str],
    store: Store,
    *,
    master: str = "local[*]",
    parquet_dir: str | None = None,
    spark: SparkSession | None = None,
    partitions: int | None = None,
    staging: str | None = None,
    warm_up: bool = True,
    **ingest_options: Any,
) -> IngestReport:
    """``veille ingest`` with the Spark engine: same reading, skipping, storing and linking.

    parquet_dir (str | None): where the per-document Parquet is written (kept);
        None writes it to a temporary folder removed afterwards.
    spark (SparkSession | None): an existing session (tests); else one on ``master``,
        started in the background while the sources are read.
    staging (str | None): folder URI for the staged input (see ``staging_area``).
    warm_up (bool): with a new session, load the pipeline in the Python workers while
        the driver reads (see ``start_session``).
    ingest_options: passed to ``veille.ingest.ingest`` (batch_size, model, max_chars,
        on_event, on_progress, stdin).
    RETURNS (IngestReport): the same report as the embedded engine.

    When ``$VEILLE_SPARK_PHASES`` names a file, the run's ``PhaseLog`` (driver phases,
    executor task timings) is written there as JSON.
    """
    from veille.ingest import ingest

    log = PhaseLog()
    if spark is None:
        # Started before anything else: importing the pipeline's modules, reading and
        # staging the sources all happen while the JVM starts.
        session = start_session(master, warm_up=warm_up, model=ingest_options.get("model"), log=log)
        _preload_linking()
    else:
        session = spark
    engine = SparkEngine(session, parquet_dir=parquet_dir, partitions=partitions, staging_dir=staging, log=log)
    try:
        report = ingest(paths, store, analyse=engine, **ingest_options)
        if engine.finished_at is not None:
            log.add("link entities + stories", engine.finished_at, time.time())
    finally:
        log.write_if_requested()
    return report


def _preload_linking() -> None:
    """Import the cross-document modules in the background, while the JVM starts.

    The driver never loads a pipeline, so nothing imports spaCy before the linking
    step at the very end, which then paid ~2.5 s of imports (spaCy's French language
    data for the stop words of stories, datasketch) after the executors were done.
    Here the import overlaps the seconds the driver spends waiting for its session.
    A failure is left for the real import to report.
    """

    def load() -> None:
        try:
            import veille.resolve.entities  # noqa: F401
            import veille.resolve.stories  # noqa: F401
        except Exception:  # noqa: BLE001 - see above
            pass

    threading.Thread(target=load, name="veille-preload-linking", daemon=True).start()


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

    session = spark or start_session(master)
    with staging_area(staging) as folder:
        staged = f"{folder}/articles.jsonl"
        n_docs = stage_articles(articles(), staged)
        if n_docs:
            if isinstance(session, Future):
                session = session.result()
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

    A local folder is read without Spark; a remote one (``hdfs://``…) uses ``spark``
    or a new session on ``master``.
    RETURNS (dict): counts ``added``, ``already_present``, ``entities_created``,
        ``entities_linked``, and ``stories_created``/``stories_joined`` when anything was added.
    """
    from veille.resolve.entities import link_documents
    from veille.resolve.stories import assign_stories

    session = spark if spark is not None or _local_dir(parquet_dir) is not None else spark_session(master)
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
