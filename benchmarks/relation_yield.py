"""How many typed relations veille finds on unannotated articles, and which.

Gold halves are small (15–36 relations each), so a change of recall on them moves by
a few relations. This script gives the other half of the picture: on a fixed,
reproducible draw of corpus articles that no gold file holds, how many relations of
each type the extractor reports (``statement_about`` and ``mentioned_with`` left
out, as in the scorer). Run it on two versions of the code to see whether a rule
fires on text nobody read; ``--sample N`` writes N random relations (with their
sentence) to a file for checking precision by eye. That file quotes the articles:
keep it out of the repository.

Usage (from the repository root):

    .venv/bin/python benchmarks/relation_yield.py \
        --corpus ../shared/corpora/fr-news-dev.jsonl --count 300 \
        --exclude benchmarks/gold/*.jsonl [--sample 40 --sample-out /tmp/yield.jsonl]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from veille.evaluation.relations import UNSCORED_TYPES  # noqa: E402
from veille.models import Article  # noqa: E402

DRAW_SEED = 20261207


def gold_ids(paths: list[Path]) -> set[str]:
    ids: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            ids.update(str(json.loads(line)["id"]) for line in fh if line.strip())
    return ids


def draw(corpus: Path, count: int, exclude: set[str]) -> list[Article]:
    """``count`` French articles no gold file holds, in a fixed random order."""
    with corpus.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    banned = {r["text"] for r in rows if str(r["id"]) in exclude}
    pool = [r for r in rows if str(r["id"]) not in exclude and r["text"] not in banned]
    random.Random(DRAW_SEED).shuffle(pool)
    return [
        Article(id=str(r["id"]), text=r["text"], title=r.get("title"), outlet=r.get("outlet"),
                published=r.get("date"), lang=r.get("lang") or "fr")
        for r in pool[:count]
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--count", type=int, default=300, help="articles to analyse")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="gold JSONL files whose articles are left out")
    parser.add_argument("--sample", type=int, default=0,
                        help="write this many random relations for checking by eye")
    parser.add_argument("--sample-out", type=Path, default=Path("/tmp/relation_yield_sample.jsonl"))
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)

    from veille.nlp.build import build_nlp
    from veille.pipeline import analyse_batch

    articles = draw(args.corpus, args.count, gold_ids(args.exclude))
    texts = {a.id: a.text for a in articles}
    analyses = analyse_batch(build_nlp(), articles)
    by_type: collections.Counter[str] = collections.Counter()
    found = []
    for analysis in analyses:
        for r in analysis.relations:
            if r.type in UNSCORED_TYPES:
                continue
            by_type[r.type] += 1
            found.append({
                "id": analysis.doc_id, "type": r.type, "subject": r.subject,
                "object": r.object, "polarity": r.polarity,
                "sentence": texts[analysis.doc_id][r.start:r.end],
            })
    with_any = len({f["id"] for f in found})
    if args.json:
        print(json.dumps({"articles": len(articles), "relations": len(found),
                          "articles_with_relation": with_any, "by_type": dict(by_type)}))
    else:
        print(f"{len(articles)} articles, {len(found)} relations "
              f"({100 * len(found) / max(len(articles), 1):.1f} per 100 articles), "
              f"{with_any} articles with at least one")
        for name, n in by_type.most_common():
            print(f"  {name:<14}{n:>5}")
    if args.sample:
        picked = random.Random(DRAW_SEED).sample(found, min(args.sample, len(found)))
        with args.sample_out.open("w", encoding="utf-8") as fh:
            for row in picked:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(picked)} relations written to {args.sample_out} (quotes the articles: "
              "never commit it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
