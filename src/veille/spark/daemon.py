"""Python daemon for Spark executors that builds veille's pipeline once, before forking workers.

PySpark starts one daemon per executor (``python -m pyspark.daemon``), which forks
one Python worker per concurrent task. Each worker used to load the pipeline
itself: on a 2-core machine, two parallel model loads next to the JVM planning the
job took ~28 s before the first document was analysed (measured, load ~2), against
~6 s for one load alone. With ``spark.python.daemon.module=veille.spark.daemon``
the daemon loads the default pipeline first and every forked worker inherits it
(copy-on-write pages, shared): one load per executor, not one per core.

In local mode the load itself starts before the JVM is up: the driver starts a
zygote that loads the pipeline meanwhile, and this daemon hands over to it
(``veille.spark.zygote``).

Forking after loading is what the embedded engine does too (``veille.pipeline``
forks its workers after importing spaCy); ``limit_threads`` runs before the load,
so no BLAS thread pool is running when the daemon forks.
"""

from __future__ import annotations

import sys


def preload() -> None:
    """Build the default pipeline into this process's cache (``_EXECUTOR_NLP``).

    A failure here (say, the model is not installed on this executor) must not kill
    the daemon, where Spark would only report a worker that did not start: the
    tasks then load the pipeline themselves and fail with the real error.
    """
    try:
        from veille.spark.job import executor_pipeline

        executor_pipeline(None)
    except Exception as exc:  # noqa: BLE001 - reported by the tasks, see above
        print(f"veille.spark.daemon: pipeline not preloaded: {type(exc).__name__}: {exc}", file=sys.stderr)


def main() -> None:
    """Hand over to a zygote that already loaded the pipeline (``veille.spark.zygote``), or load it here."""
    import os

    from veille.spark import zygote

    path = os.environ.get(zygote.ENV)
    pid = zygote.hand_over(path) if path else None
    if pid is not None:
        zygote.relay(pid)
        return
    preload()
    from pyspark.daemon import manager

    manager()


if __name__ == "__main__":
    main()
