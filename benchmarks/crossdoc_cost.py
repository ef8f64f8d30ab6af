"""Cost of the cross-document step (entity linking + stories) against the cost of analysis.

Usage (from the repository root):

    .venv/bin/python benchmarks/crossdoc_cost.py --store /tmp/bench3000.db \
        [--limit 3000] [--incremental 100] [--corpus ../shared/corpora/fr-news-dev.jsonl \
        --analysis-sample 40] [--profile /tmp/crossdoc.txt]

The store must already hold analysed documents (e.g. ``veille ingest CORPUS --store
/tmp/bench3000.db --workers 2``): analysing thousands of articles again would dwarf
what is measured here. The store is copied to a temporary file, its cross-document
tables are cleared (``reset_cross_document(entities=True)``), then:

- **full pass**: ``link_documents`` and ``assign_stories`` over the first
  ``limit - incremental`` documents in ingestion order;
- **incremental**: the same over the last ``incremental`` documents, on top of the
  full pass (what one ``veille ingest`` of a small batch pays).

With ``--incremental-only`` the store is taken as it is (its cross-document tables
already hold a full pass over all but its last ``incremental`` documents, e.g. a copy
made by ``--save-full-pass``) and only the incremental batch is run: a quick way to
compare changes of the incremental path.

Times are CPU seconds of this process (``time.process_time``; SQLite runs in-process),
because wall time on a shared machine moves with the other jobs. With ``--corpus`` and
``--analysis-sample N`` the full pipeline analyses N corpus articles in the same process,
so the cross-document cost is reported as a share of analysis measured on the same machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from veille.resolve.entities import link_documents  # noqa: E402
from veille.resolve.stories import assign_stories  # noqa: E402
from veille.store import Store  # noqa: E402


def _copy_store(source: str, directory: str) -> str:
    target = os.path.join(directory, "crossdoc.db")
    # A store in WAL mode keeps recent writes in the -wal file: copy it along.
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(source + suffix):
            shutil.copyfile(source + suffix, target + suffix)
    return target


def _analysis_ms_per_doc(corpus: str, sample: int) -> float:
    from veille.models import Article
    from veille.nlp.build import build_nlp
    from veille.pipeline import analyse_batch

    with open(corpus, encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(sample), handle)]
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title"), lang="fr", published=r.get("date"))
                for r in rows]
    nlp = build_nlp()
    started = time.process_time()
    analyse_batch(nlp, articles)
    return (time.process_time() - started) / max(1, len(articles)) * 1000


def _timed(step, *args) -> float:
    started = time.process_time()
    step(*args)
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="store holding analysed documents (left untouched)")
    parser.add_argument("--limit", type=int, default=3000, help="documents used, in ingestion order")
    parser.add_argument("--incremental", type=int, default=100, help="documents of the final small batch")
    parser.add_argument("--corpus", help="corpus JSONL, to measure analysis time on the same machine")
    parser.add_argument("--analysis-sample", type=int, default=40)
    parser.add_argument("--profile", help="write pyinstrument text profiles of the full pass here"
                        " (and of the incremental batch to PROFILE.incremental)")
    parser.add_argument("--incremental-only", action="store_true",
                        help="the store already holds the full pass: run only the incremental batch")
    parser.add_argument("--save-full-pass", help="copy the store after the full pass to this path")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        with Store(_copy_store(args.store, tmp)) as store:
            if not args.incremental_only:
                with store.transaction():
                    store.reset_cross_document(entities=True)
            ids = [d.id for d in store.iter_documents() if d.status == "analysed"][: args.limit]
            split = max(0, len(ids) - args.incremental)
            first, last = ids[:split], ids[split:]
            profiler = None
            if args.profile:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.005)
                profiler.start()
            full_link = full_stories = 0.0
            if not args.incremental_only:
                full_link = _timed(link_documents, store, first)
                full_stories = _timed(assign_stories, store, first)
            if args.save_full_pass:
                store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                shutil.copyfile(store.path, args.save_full_pass)
            if profiler is not None:
                profiler.stop()
                Path(args.profile).write_text(profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
            if profiler is not None:
                profiler = Profiler(interval=0.005)
                profiler.start()
            inc_link = _timed(link_documents, store, last)
            inc_stories = _timed(assign_stories, store, last)
            if profiler is not None:
                profiler.stop()
                Path(args.profile + ".incremental").write_text(
                    profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
    result = {
        "documents": len(ids),
        "full_pass": {"documents": len(first), "link_s": round(full_link, 2), "stories_s": round(full_stories, 2),
                      "ms_per_doc": round((full_link + full_stories) / max(1, len(first)) * 1000, 1)},
        "incremental": {"documents": len(last), "link_s": round(inc_link, 2), "stories_s": round(inc_stories, 2),
                        "ms_per_doc": round((inc_link + inc_stories) / max(1, len(last)) * 1000, 1)},
    }
    if args.corpus:
        analysis = _analysis_ms_per_doc(args.corpus, args.analysis_sample)
        result["analysis_ms_per_doc"] = round(analysis, 1)
        for part in ("full_pass", "incremental"):
            result[part]["share_of_analysis"] = round(result[part]["ms_per_doc"] / analysis, 3)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for part in ("full_pass", "incremental"):
            r = result[part]
            share = f", {r['share_of_analysis']:.0%} of analysis" if "share_of_analysis" in r else ""
            print(f"{part}: {r['documents']} documents, linking {r['link_s']}s + stories {r['stories_s']}s CPU "
                  f"= {r['ms_per_doc']} ms/doc{share}")
        if "analysis_ms_per_doc" in result:
            print(f"analysis: {result['analysis_ms_per_doc']} ms CPU per article ({args.analysis_sample} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
