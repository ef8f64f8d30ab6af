"""JVM options for Spark's local mode: quick compiler, serial GC, and a class archive.

In local mode the JVM only moves rows and writes Parquet while Python does the
analysis, and on a small machine its start-up is on the critical path: nothing is
analysed before the session is up and the Python daemon has loaded the pipeline.

- ``-XX:TieredStopAtLevel=1 -XX:+UseSerialGC``: the quick C1 compiler and the serial
  collector halved the JVM's CPU time for the same job (2 cores, measured with a
  400-row Parquet write: 27-37 s -> 14-18 s CPU).
- A class-data-sharing archive of Spark's own classes (Java's dynamic AppCDS,
  ``-XX:ArchiveClassesAtExit`` / ``-XX:SharedArchiveFile``): the first local session
  writes it when its JVM exits, the next ones map it instead of loading and
  verifying the classes one by one. Session start on the quiet 2-core machine:
  4.0-4.3 s without it, 1.9-2.2 s with it (``benchmarks/spark_startup.py``).

Clusters keep their own settings: these options only apply to ``local[...]`` masters.
``VEILLE_SPARK_CLASS_ARCHIVE=0`` turns the archive off; ``=/some/folder`` keeps it there
(default: ``$XDG_CACHE_HOME/veille`` or ``~/.cache/veille``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

BASE_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
#: An archive being written is left alone this long before it counts as complete
#: (the JVM writes it in a few seconds after the session ends).
SETTLE_SECONDS = 60.0
# Unknown options must not stop an older or newer JVM from starting, and the archive's
# own log lines would otherwise land on stdout, where `--json` output goes.
_QUIET = "-XX:+IgnoreUnrecognizedVMOptions -Xlog:cds=off -Xlog:cds+dynamic=off"


def local_jvm_options() -> str:
    """``spark.driver.extraJavaOptions`` for a local session."""
    archive = _archive_options()
    return f"{BASE_OPTIONS} {archive}".strip()


def _archive_folder() -> Path | None:
    setting = os.environ.get("VEILLE_SPARK_CLASS_ARCHIVE", "")
    if setting.lower() in ("0", "off", "no", "false"):
        return None
    if setting:
        return Path(setting)
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "veille"


def _archive_name() -> str:
    # An archive is only valid for the JVM and the class path that wrote it (a JVM
    # that finds a mismatch ignores it): name it after both.
    import pyspark

    java = os.path.realpath(shutil.which("java") or os.environ.get("JAVA_HOME", "java"))
    key = hashlib.sha1(f"{java}|{pyspark.__file__}".encode()).hexdigest()[:12]
    return f"spark-{pyspark.__version__}-{key}.jsa"


def _archive_options() -> str:
    folder = _archive_folder()
    if folder is None:
        return ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / _archive_name()
        # The archive is written by a JVM that may outlive this process, so it cannot
        # be renamed into place when done: it is written under a temporary name and the
        # next session renames it once it has stopped growing. Two first sessions at
        # once each write one: the first settled one wins, the others are deleted.
        # Settled archives of other installations (another clone's pyspark) are put in
        # place too: no session of theirs may come back to do it.
        writing = False
        for partial in sorted(folder.glob("*.jsa.*.partial")):
            if time.time() - partial.stat().st_mtime <= SETTLE_SECONDS:
                writing = writing or partial.name.startswith(final.name + ".")
                continue
            target = folder / (partial.name.split(".jsa.", 1)[0] + ".jsa")
            if not target.is_file() and partial.stat().st_size > 0:
                os.replace(partial, target)
            else:
                partial.unlink()
        if final.is_file():
            return f"-XX:SharedArchiveFile={final} {_QUIET}"
        if writing:
            return ""  # another session is writing one right now
        return f"-XX:ArchiveClassesAtExit={final}.{os.getpid()}.partial {_QUIET}"
    except OSError:
        return ""  # read-only home, full disk…: start without an archive
