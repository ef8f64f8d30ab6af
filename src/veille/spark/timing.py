"""Where a Spark run's wall time goes: driver phases and per-task executor timings.

The Spark engine's fixed costs (JVM start, executor Python workers importing spaCy
and loading the model, an idle core while the last task finishes, Parquet write and
read back) decide whether it beats the embedded engine on a small machine, so every
run records them. Times are epoch seconds (``time.time()``): in local mode driver and
executors share a clock, so a timeline can be drawn from them.

Nothing here imports pyspark: ``TaskRecords`` is a duck-typed ``AccumulatorParam``
(Spark only calls ``zero`` and ``addInPlace``), importable on executors by reference.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field

#: When set, ``run_spark_ingest`` writes its ``PhaseLog`` as JSON to this path
#: (the throughput benchmark reads it to print a per-phase breakdown).
PHASES_ENV = "VEILLE_SPARK_PHASES"


@dataclass(frozen=True)
class Phase:
    """A named interval of the driver's work, in epoch seconds."""

    name: str
    start: float
    end: float


@dataclass(frozen=True)
class TaskTiming:
    """One analysis task (a Spark partition) as seen from inside its Python worker.

    ``ready`` is when the pipeline was available: equal to ``start`` when the worker
    process already held it (reused worker), later when this task loaded it.
    """

    partition: int
    pid: int
    docs: int
    start: float
    ready: float
    end: float


class TaskRecords:
    """Accumulator parameter collecting ``TaskTiming`` dicts from the executors."""

    def zero(self, value: list) -> list:  # noqa: ARG002 - Spark's AccumulatorParam signature
        return []

    def addInPlace(self, value1: list, value2: list) -> list:  # noqa: N802 - Spark's name
        value1.extend(value2)
        return value1


@dataclass
class PhaseLog:
    """Driver phases and executor task timings of one run."""

    phases: list[Phase] = field(default_factory=list)
    tasks: list[TaskTiming] = field(default_factory=list)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        start = time.time()
        try:
            yield
        finally:
            self.phases.append(Phase(name, start, time.time()))

    def add(self, name: str, start: float, end: float) -> None:
        self.phases.append(Phase(name, start, end))

    def to_dict(self) -> dict:
        return {"phases": [asdict(p) for p in self.phases], "tasks": [asdict(t) for t in self.tasks]}

    def write_if_requested(self) -> None:
        path = os.environ.get(PHASES_ENV)
        if path:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(self.to_dict(), handle)


def summarise(log: dict, origin: float) -> list[str]:
    """Human-readable lines: each driver phase, then the executors' start-up and balance.

    log: ``PhaseLog.to_dict()``; origin: epoch seconds the times are shown from
    (the benchmark passes the moment it started the process).
    """
    lines = [
        f"{p['name']:<28} {p['start'] - origin:7.1f} → {p['end'] - origin:7.1f} s  ({p['end'] - p['start']:.1f} s)"
        for p in sorted(log["phases"], key=lambda p: p["start"])
    ]
    tasks = log.get("tasks") or []
    if tasks:
        by_pid: dict[int, list[dict]] = {}
        for task in tasks:
            by_pid.setdefault(task["pid"], []).append(task)
        loads = [t["ready"] - t["start"] for t in tasks if t["ready"] - t["start"] > 0.5]
        first_start = min(t["start"] for t in tasks)
        last_end = max(t["end"] for t in tasks)
        lines.append(
            f"{'tasks':<28} {first_start - origin:7.1f} → {last_end - origin:7.1f} s  "
            f"({len(tasks)} tasks in {len(by_pid)} Python workers; pipeline loads: "
            + (", ".join(f"{s:.1f}" for s in loads) or "none") + " s)"
        )
        for pid, own in sorted(by_pid.items(), key=lambda item: min(t["start"] for t in item[1])):
            busy = sum(t["end"] - t["start"] for t in own)
            start = min(t["start"] for t in own)
            end = max(t["end"] for t in own)
            lines.append(
                f"  worker {pid:<19} {start - origin:7.1f} → {end - origin:7.1f} s  "
                f"({len(own)} tasks, {sum(t['docs'] for t in own)} docs, busy {busy:.1f} s, "
                f"idle at the end {last_end - end:.1f} s)"
            )
    return lines
