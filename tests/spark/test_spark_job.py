"""The Spark engine gives exactly what the embedded engine gives, through Parquet."""

from __future__ import annotations

import io
import itertools
import json

import pytest

from veille.export import export
from veille.ingest import ingest
from veille.models import Article
from veille.pipeline import analyse_batch
from veille.spark.job import (
    UNKNOWN_DAY, analyse_partition, load_parquet, pair_from_row, publication_day,
    run_spark_ingest, staged_line,
)
from veille.store import Store

from helpers import EXAMPLES
from helpers import assert_offsets, reuse_model

_CORPUS_DOCS = 200


@pytest.fixture(scope="session")
def spark():
    """One local Spark session for the test session: starting the JVM takes many seconds."""
    pytest.importorskip("pyspark", reason="the Spark engine needs the [spark] extra")
    from veille.spark.job import spark_session

    session = spark_session(
        "local[2]",
        app_name="veille-tests",
        driver_memory="512m",
        conf={"spark.sql.shuffle.partitions": "2", "spark.default.parallelism": "2"},
    )
    yield session
    session.stop()


def _export(store: Store) -> str:
    out = io.StringIO()
    export(store, format="json", out=None, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(
    "published, day",
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T08:30:00+01:00", "2024-03-05"),
        ("2024-03", UNKNOWN_DAY),
        (None, UNKNOWN_DAY),
        ("mardi dernier", UNKNOWN_DAY),
    ],
)
def test_job_publication_day_is_the_parquet_partition(published, day):
    assert publication_day(published) == day


def test_job_analyse_partition_equals_analyse_batch_without_spark():
    """The executor function is analyse_batch plus JSON: check it in-process, on a blank pipeline."""
    from veille.nlp.build import build_nlp

    articles = [
        Article(id="a1", text="Le groupe Malvène a levé 8 millions d'euros le 3 mai 2024.", lang="fr",
                published="2024-05-04", metadata={"rubrique": "économie"}),
        Article(id="a2", text="The board met on Tuesday.", lang="en"),
        Article(id="a3", text="« Nous restons » 🙂, a dit Inès Barral.\r\nFin\u2028.", lang="fr"),
    ]
    lines = [staged_line(i, a) for i, a in enumerate(articles)]
    assert all("\n" not in line and line.isascii() for line in lines)
    rows = list(analyse_partition(iter(lines), model="blank", batch_size=2))
    expected = analyse_batch(build_nlp("blank"), articles)
    assert [row[0] for row in rows] == [0, 1, 2]
    assert [row[-1] for row in rows] == ["2024-05-04", UNKNOWN_DAY, UNKNOWN_DAY]
    pairs = [pair_from_row(row[4], row[5]) for row in rows]
    assert [p[1] for p in pairs] == expected
    assert [p[0] for p in pairs] == articles
    assert pairs[0][0].metadata == {"rubrique": "économie"}
    assert pairs[2][0].text.endswith("\r\nFin\u2028.")


def _compare_engines(spark, paths, tmp_path, **options):
    # The embedded side runs in this process on the session's pipeline; Spark's
    # Python workers are separate processes that load their own.
    with Store(str(tmp_path / "embedded.db")) as store:
        embedded_report = ingest(paths, store, workers=1, **options)
        embedded = _export(store)
    parquet = tmp_path / "parquet"
    with Store(str(tmp_path / "spark.db")) as store:
        spark_report = run_spark_ingest(paths, store, spark=spark, parquet_dir=str(parquet), **options)
        via_spark = _export(store)
    assert spark_report.to_dict() == embedded_report.to_dict()
    assert spark_report.added > 0
    assert via_spark == embedded
    assert assert_offsets(json.loads(via_spark)) > 0
    return embedded, parquet


@pytest.mark.spark
@pytest.mark.model
def test_job_spark_export_equals_embedded_on_examples(spark, nlp, monkeypatch, tmp_path):
    reuse_model(monkeypatch, nlp)
    if not any(EXAMPLES.iterdir()):
        pytest.skip("examples/ is empty")
    embedded, parquet = _compare_engines(spark, [str(EXAMPLES)], tmp_path)
    exported = json.loads(embedded)
    assert any(doc["published"] for doc in exported["documents"])
    # Partitioned by publication day, one folder per day seen.
    days = {p.name for p in parquet.iterdir() if p.is_dir()}
    assert days and all(d.startswith("day=") for d in days)
    expected = {f"day={publication_day(doc['published'])}" for doc in exported["documents"]}
    assert days == expected
    # The kept Parquet loads into a fresh store with the same export.
    with Store(str(tmp_path / "loaded.db")) as store:
        counts = load_parquet(str(parquet), store, spark=spark)
        assert counts["added"] == len(exported["documents"])
        assert _export(store) == embedded


@pytest.mark.spark
@pytest.mark.model
@pytest.mark.corpora
def test_job_spark_export_equals_embedded_on_corpus_sample(spark, nlp, monkeypatch, corpora, tmp_path):
    reuse_model(monkeypatch, nlp)
    source = corpora / "fr-news-dev.jsonl"
    if not source.is_file():
        pytest.skip(f"{source} not found")
    # A copy of the first articles in the test's temporary folder (never in the repository).
    sample = tmp_path / "sample.jsonl"
    with source.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, _CORPUS_DOCS))
    embedded, _ = _compare_engines(spark, [str(sample)], tmp_path)
    assert len(json.loads(embedded)["documents"]) > _CORPUS_DOCS // 2


@pytest.mark.spark
@pytest.mark.model
def test_job_cli_spark_analyse_then_load_equals_embedded_ingest(spark, nlp, monkeypatch, tmp_path):
    """The cluster path: `veille spark analyse` to Parquet, then `veille spark load` into a store."""
    from click.testing import CliRunner

    from veille.cli import cli

    reuse_model(monkeypatch, nlp)
    with Store(str(tmp_path / "embedded.db")) as store:
        ingest([str(EXAMPLES)], store, workers=1)
        embedded = _export(store)
    parquet, db = str(tmp_path / "out"), str(tmp_path / "loaded.db")
    runner = CliRunner()
    analysed = runner.invoke(cli, ["--db", db, "spark", "analyse", str(EXAMPLES), "--out", parquet])
    assert analysed.exit_code == 0, analysed.output
    loaded = runner.invoke(cli, ["--db", db, "spark", "load", parquet, "--json"])
    assert loaded.exit_code == 0, loaded.output
    counts = json.loads(loaded.stdout)
    assert counts["added"] == len(json.loads(embedded)["documents"])
    with Store(db) as store:
        assert _export(store) == embedded


@pytest.mark.spark
@pytest.mark.model
def test_job_spark_export_equals_embedded_with_temporary_parquet(spark, nlp, monkeypatch, tmp_path):
    """`veille ingest --engine spark` without --out: flat temporary Parquet, same store."""
    reuse_model(monkeypatch, nlp)
    with Store(str(tmp_path / "embedded.db")) as store:
        ingest([str(EXAMPLES)], store, workers=1)
        embedded = _export(store)
    staging = tmp_path / "staging"
    staging.mkdir()
    with Store(str(tmp_path / "spark.db")) as store:
        report = run_spark_ingest([str(EXAMPLES)], store, spark=spark, staging=str(staging))
        assert report.added > 0
        assert _export(store) == embedded
    assert not any(staging.iterdir())  # the temporary Parquet and staged input are gone
