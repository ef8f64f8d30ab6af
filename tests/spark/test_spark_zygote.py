"""The zygote loads the pipeline while the JVM starts, and Spark's daemon takes over from it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from veille.spark import zygote

pytest.importorskip("pyspark", reason="the Spark engine needs the [spark] extra")

# Run in a fresh interpreter: a zygote is only started for a process's first local JVM,
# and other test modules keep a session open for the whole test run.
_SCRIPT = """
import json, os, psutil
from veille.spark.job import start_session

def probe(_):
    from veille.spark import job
    me = psutil.Process()
    daemon = me.parent()
    yield json.dumps({
        "preloaded": bool(job._EXECUTOR_NLP),
        "daemon_parent": daemon.ppid(),
        "daemon_cmd": daemon.cmdline(),
    })

session = start_session("local[1]", warm_up=True).result()
jvm = session._jvm.java.lang.ProcessHandle.current().pid()
(row,) = session.sparkContext.parallelize([0], 1).mapPartitions(probe).collect()
print(json.dumps({"jvm": jvm, **json.loads(row), "env_left": os.environ.get("VEILLE_SPARK_ZYGOTE")}))
session.stop()
"""


def test_hand_over_without_a_zygote_falls_back(tmp_path):
    assert zygote.hand_over(str(tmp_path / "nobody.sock")) is None


def test_spark_daemon_is_forked_from_the_zygote_with_the_pipeline_loaded():
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # The worker's daemon was not launched by the JVM but forked by the zygote ...
    assert result["daemon_parent"] != result["jvm"]
    # ... and its workers start with the pipeline already built.
    assert result["preloaded"] is True
    assert result["env_left"] is None


def test_an_unused_zygote_leaves_no_socket_behind():
    # the driver exits without a session using it: its exit stops the zygote, which
    # removes its socket and folder on the way out
    script = "from veille.spark import zygote; import time; print(zygote.start()); time.sleep(1)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    path = done.stdout.strip().splitlines()[-1]
    deadline = time.time() + 10
    while os.path.exists(os.path.dirname(path)) and time.time() < deadline:
        time.sleep(0.2)
    assert not os.path.exists(os.path.dirname(path))
