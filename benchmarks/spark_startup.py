"""Local Spark start-up with and without the class archive (``veille.spark.jvm``).

    .venv/bin/python benchmarks/spark_startup.py --repeat 3

Each measurement is a fresh Python process that creates veille's local session
(``spark_session("local[2]")``) and runs a trivial job (which starts the Python daemon,
i.e. loads the pipeline). Runs alternate between the archive in use and
``VEILLE_SPARK_CLASS_ARCHIVE=0``; the archive must exist already (any earlier local
session of this machine wrote it). Prints seconds to session, then to the first job's end.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

_PROBE = """
import json, time
t = time.time()
from veille.spark.job import spark_session
s = spark_session("local[2]")
t1 = time.time()
s.sparkContext.parallelize(range(2), 2).map(lambda x: x).collect()
print(json.dumps({"session_s": t1 - t, "first_job_s": time.time() - t1}))
s.stop()
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    for _ in range(args.repeat):
        for label, setting in (("archive", None), ("none", "0")):
            env = dict(os.environ)
            if setting is not None:
                env["VEILLE_SPARK_CLASS_ARCHIVE"] = setting
            done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True)
            m = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{label:8s} session {m['session_s']:.2f} s, first job {m['first_job_s']:.2f} s", flush=True)


if __name__ == "__main__":
    main()
