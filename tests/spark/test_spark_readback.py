"""Reading veille Parquet back in input order without Spark, and the partition default."""

from __future__ import annotations

import dataclasses
import json

import pytest

from veille.models import Article, DocumentAnalysis
from veille.spark import job
from veille.spark.job import _merge_parquet_files, default_partitions, iter_parquet_pairs

pa = pytest.importorskip("pyarrow", reason="the Spark engine needs the [spark] extra")
pq = pytest.importorskip("pyarrow.parquet")


def _row(seq: int) -> dict:
    article = Article(id=f"art-{seq}", text=f"Dépêche numéro {seq} sur la société Brunelle.", lang="fr")
    analysis = DocumentAnalysis(doc_id=article.id, status="analysed", lang="fr", n_tokens=7)
    return {
        "seq": seq,
        "doc_id": article.id,
        "status": analysis.status,
        "n_tokens": analysis.n_tokens,
        "article": json.dumps(dataclasses.asdict(article)),
        "analysis": json.dumps(analysis.to_dict()),
    }


def _write(path, seqs, *, statistics: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist([_row(s) for s in seqs]), path, write_statistics=statistics)


def test_readback_merges_day_folders_into_input_order(tmp_path):
    # Two tasks (seq 0-5 and 6-11), each split over two day folders, rows in each
    # file out of order (Spark's writer sorts by day, not by seq, within a task).
    _write(tmp_path / "day=2024-03-05" / "part-00000-x.parquet", [4, 0, 2])
    _write(tmp_path / "day=unknown" / "part-00000-x.parquet", [5, 1, 3])
    _write(tmp_path / "day=2024-03-05" / "part-00001-x.parquet", [9, 6])
    # No statistics in this one: its smallest seq is read from the column.
    _write(tmp_path / "day=2024-03-06" / "part-00001-x.parquet", [11, 7, 10, 8], statistics=False)
    # Spark's bookkeeping files and unfinished output are not documents.
    _write(tmp_path / "_temporary" / "0" / "part-00002-x.parquet", [3])
    _write(tmp_path / "day=unknown" / ".part-00003-x.parquet", [12])
    (tmp_path / "_SUCCESS").write_text("")

    pairs = list(_merge_parquet_files(str(tmp_path)))

    assert [article.id for article, _ in pairs] == [f"art-{i}" for i in range(12)]
    assert all(analysis.doc_id == article.id for article, analysis in pairs)
    assert pairs[3][0].text == "Dépêche numéro 3 sur la société Brunelle."


def test_readback_local_folder_needs_no_spark_session(tmp_path):
    _write(tmp_path / "day=unknown" / "part-00000-x.parquet", [1, 0])
    assert [a.id for a, _ in iter_parquet_pairs(None, f"file://{tmp_path}")] == ["art-0", "art-1"]


def test_readback_remote_folder_without_session_is_a_usage_error():
    from veille.errors import UsageError

    with pytest.raises(UsageError):
        list(iter_parquet_pairs(None, "hdfs:///veille/parquet"))


@pytest.mark.parametrize(
    "n_docs, slots, expected",
    [
        (10, 2, 8),  # a few documents: still several tasks per slot
        (1000, 2, 32),  # ~one batch of documents per task
        (1000, 64, 256),  # a cluster: every slot gets several tasks
    ],
)
def test_job_default_partitions_gives_several_small_tasks_per_slot(n_docs, slots, expected):
    assert default_partitions(n_docs, slots) == expected


def test_job_batch_size_is_the_pipeline_default():
    from veille.pipeline import DEFAULT_BATCH_SIZE

    assert job.DEFAULT_BATCH_SIZE == DEFAULT_BATCH_SIZE
