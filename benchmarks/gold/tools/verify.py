"""Check a quotation gold file against the corpus it points into.

Every span must lie inside its article, direct spans must not include their
quotation marks, quotes must be sorted, same-type quotes must not overlap, and
the file must carry no article text. Prints counts per type and per outlet.

Usage:
    python benchmarks/gold/tools/verify.py --gold benchmarks/gold/quotes-dev.jsonl \
        --corpus ../shared/corpora/fr-news-dev.jsonl
Exit status 1 when any check fails.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from spans import check_record, load_corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/fr-news-dev.jsonl"))
    args = parser.parse_args()

    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = load_corpus(args.corpus, {record["id"] for record in records})
    problems: list[str] = []
    seen: set[str] = set()
    by_outlet: Counter = Counter()
    by_type: Counter = Counter()
    by_outlet_type: Counter = Counter()
    empty = 0
    for record in records:
        article = articles.get(record["id"])
        if article is None:
            problems.append(f"{record['id']}: not in the corpus")
            continue
        if record["id"] in seen:
            problems.append(f"{record['id']}: annotated twice")
        seen.add(record["id"])
        if record.get("outlet") != article["outlet"]:
            problems.append(f"{record['id']}: outlet {record.get('outlet')!r} != {article['outlet']!r}")
        problems += check_record(record, article["text"])
        by_outlet[article["outlet"]] += 1
        empty += not record["quotes"]
        for quote in record["quotes"]:
            by_type[quote["type"]] += 1
            by_outlet_type[(article["outlet"], quote["type"])] += 1

    print(f"{args.gold}: {len(records)} articles ({empty} without quotations), "
          f"{by_type['direct']} direct, {by_type['indirect']} indirect")
    for outlet in sorted(by_outlet):
        print(f"  {outlet:<20} {by_outlet[outlet]:>3} articles "
              f"{by_outlet_type[(outlet, 'direct')]:>4} direct {by_outlet_type[(outlet, 'indirect')]:>4} indirect")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"FAILED: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
