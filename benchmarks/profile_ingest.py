"""Where the time of `veille ingest` (1 worker) goes: per pipeline component, and a pyinstrument profile.

    python benchmarks/profile_ingest.py --corpus ../shared/corpora/fr-news-dev.jsonl --limit 200

Two measurements on the same articles, in one process:

1. components: the full pipeline run component by component over the docs, each
   component timed separately (spaCy's own components and veille's);
2. ingest: the real ingest service (reading, language detection, content hashing,
   analysis, SQLite writes, cross-document linking) under pyinstrument. By default
   the ``lang`` field is removed from the copied articles so that language
   detection runs as it would on raw text (``--keep-lang`` to keep it).

Prints a Markdown summary; ``--html FILE`` also writes pyinstrument's HTML report.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from collections import defaultdict


def component_times(records: list[dict], *, fast_lemmas: bool = True) -> list[tuple[str, float]]:
    """Seconds spent in each pipeline component (tokenizer included) over all ``records``.

    fast_lemmas: False keeps the model's lemmatizer as shipped (see nlp/lemmas.py).
    """
    from veille.nlp.build import build_nlp

    nlp = build_nlp(fast_lemmas=fast_lemmas)
    spent: dict[str, float] = defaultdict(float)
    for record in records:
        t = time.perf_counter()
        doc = nlp.make_doc(record["text"])
        spent["tokenizer"] += time.perf_counter() - t
        doc._.veille_published = record.get("date")
        for name, component in nlp.pipeline:
            t = time.perf_counter()
            doc = component(doc)
            spent[name] += time.perf_counter() - t
    return sorted(spent.items(), key=lambda kv: -kv[1])


def profile_ingest(sample: str, db: str):
    from pyinstrument import Profiler

    from veille.ingest import ingest
    from veille.store import Store

    profiler = Profiler(interval=0.005)
    with Store(db) as store:
        profiler.start()
        report = ingest([sample], store, workers=1)
        profiler.stop()
    return profiler, report


def _frames(profiler, needles: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """Time under the first frame matching each group, inside the ``ingest`` call.

    pyinstrument attributes part of the time spent in spaCy/thinc C code to frames
    outside any Python caller; that part is reported as "unattributed".
    """
    root = profiler.last_session.root_frame()

    def find(frame, function):
        if frame.function == function:
            return frame
        for child in frame.children:
            found = find(child, function)
            if found is not None:
                return found
        return None

    top = find(root, "ingest") or root
    totals: dict[str, float] = {}

    def walk(frame, inside: set[str]):
        label = f"{frame.function} {frame.file_path or ''}"
        entered = set()
        for group, keys in needles.items():
            if group not in inside and any(k in label for k in keys):
                totals[group] = totals.get(group, 0.0) + frame.time
                entered.add(group)
        for child in frame.children:
            walk(child, inside | entered)

    for child in top.children:
        walk(child, set())
    totals["ingest call"] = top.time
    totals["unattributed (C code sampled outside Python frames)"] = root.time - top.time
    totals["total"] = root.time
    return totals


#: Groups of the ingest profile: name -> substrings of "function file" that mark them.
GROUPS = {
    "imports (first use of spaCy, French data, component libraries)": ("<module>",),
    "reading + language detection": ("read_sources",),
    "  of which language detection": ("detect_language",),
    "model load (build_nlp)": ("build_nlp",),
    "analysis (analyse_batch)": ("analyse_batch",),
    "store writes (save_batch)": ("save_batch",),
    "cross-document linking (link_documents)": ("link_documents",),
    "stories (assign_stories)": ("assign_stories",),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--keep-lang", action="store_true", help="keep declared languages (no detection)")
    parser.add_argument("--html", help="write pyinstrument's HTML report here")
    parser.add_argument("--stock-lemmatizer", action="store_true",
                        help="time the components with the model's lemmatizer as shipped (before nlp/lemmas.py)")
    parser.add_argument("--components-only", action="store_true", help="skip the ingest profile")
    args = parser.parse_args(argv)

    with open(args.corpus, encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, args.limit)]
    print(f"# Profile of {len(records)} articles of {os.path.basename(args.corpus)}\n")

    comps = component_times(records, fast_lemmas=not args.stock_lemmatizer)
    total = sum(s for _, s in comps)
    print("## Pipeline components (one doc at a time)\n")
    print("| component | seconds | share |\n| --- | ---: | ---: |")
    for name, seconds in comps:
        print(f"| {name} | {seconds:.1f} | {100 * seconds / total:.0f} % |")
    print(f"| all | {total:.1f} | 100 % |\n")
    if args.components_only:
        return

    with tempfile.TemporaryDirectory(prefix="veille-profile-") as tmp:
        sample = os.path.join(tmp, "sample.jsonl")
        with open(sample, "w", encoding="utf-8") as out:
            for record in records:
                if not args.keep_lang:
                    record = {k: v for k, v in record.items() if k != "lang"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        profiler, report = profile_ingest(sample, os.path.join(tmp, "profile.db"))
    groups = _frames(profiler, GROUPS)
    print(f"## veille ingest, 1 worker ({report.analysed} analysed, {report.skipped} skipped)\n")
    print("| part | seconds | share |\n| --- | ---: | ---: |")
    for name in list(GROUPS) + ["ingest call", "unattributed (C code sampled outside Python frames)", "total"]:
        seconds = groups.get(name, 0.0)
        print(f"| {name} | {seconds:.1f} | {100 * seconds / groups['total']:.0f} % |")
    if args.html:
        with open(args.html, "w", encoding="utf-8") as handle:
            handle.write(profiler.output_html())
        print(f"\nHTML profile: {args.html}", file=sys.stderr)


if __name__ == "__main__":
    main()
