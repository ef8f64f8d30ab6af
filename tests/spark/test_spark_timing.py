"""Per-phase and per-task timings of a Spark run."""

from __future__ import annotations

import json

from veille.models import Article
from veille.spark.job import analyse_partition, staged_line
from veille.spark.timing import PHASES_ENV, PhaseLog, TaskRecords, TaskTiming, summarise


class _Accumulator:
    """What an executor sees of a Spark accumulator: ``add``."""

    def __init__(self):
        self.param = TaskRecords()
        self.value = self.param.zero([])

    def add(self, term):
        self.value = self.param.addInPlace(self.value, term)


def test_timing_analyse_partition_reports_its_task():
    articles = [Article(id=f"n{i}", text=f"Le conseil de Vallorbe a voté le budget {i}.", lang="fr") for i in range(3)]
    timings = _Accumulator()
    rows = list(analyse_partition(
        (staged_line(i, a) for i, a in enumerate(articles)), model="blank", batch_size=2, timings=timings,
    ))
    assert len(rows) == 3
    [task] = timings.value
    assert task.docs == 3
    assert task.partition == -1  # outside Spark: no task context
    assert task.start <= task.ready <= task.end


def test_timing_summary_shows_idle_core_and_model_loads():
    log = {
        "phases": [{"name": "analyse + write Parquet", "start": 100.0, "end": 160.0}],
        "tasks": [
            # Worker 1 loads the pipeline in its first task, then is reused.
            TaskTiming(0, 1, 30, 101.0, 106.0, 120.0).__dict__,
            TaskTiming(2, 1, 30, 120.1, 120.1, 150.0).__dict__,
            # Worker 2 has one task and then idles while worker 1 finishes.
            TaskTiming(1, 2, 30, 101.0, 106.5, 130.0).__dict__,
        ],
    }
    lines = summarise(log, origin=100.0)
    text = "\n".join(lines)
    assert "analyse + write Parquet" in lines[0] and "(60.0 s)" in lines[0]
    assert "3 tasks in 2 Python workers" in text
    assert "pipeline loads: 5.0, 5.5 s" in text
    worker2 = next(line for line in lines if "worker 2 " in line)
    assert "idle at the end 20.0 s" in worker2
    worker1 = next(line for line in lines if "worker 1 " in line)
    assert "idle at the end 0.0 s" in worker1 and "2 tasks, 60 docs" in worker1


def test_timing_log_written_only_when_asked(tmp_path, monkeypatch):
    log = PhaseLog()
    with log.phase("read + stage input"):
        pass
    monkeypatch.delenv(PHASES_ENV, raising=False)
    log.write_if_requested()
    assert not list(tmp_path.iterdir())
    target = tmp_path / "phases.json"
    monkeypatch.setenv(PHASES_ENV, str(target))
    log.write_if_requested()
    written = json.loads(target.read_text())
    assert [p["name"] for p in written["phases"]] == ["read + stage input"]
    assert written["tasks"] == []
