"""Check the story gold against the corpus and print its shape.

Checks: every id exists in the corpus and appears once; every label is a short
slug. Prints the number of articles, stories, multi-article stories, singletons,
and how many multi-article stories span several outlets or several dates, since
the gold exists to test clustering across outlets and days.

Usage:
    python benchmarks/gold/tools/stories_verify.py benchmarks/gold/stories.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from relations_verify import DEFAULT_CORPUS
from stories_candidates import iso_date

LABEL = re.compile(r"[a-z0-9][a-z0-9_-]{1,79}")
MIN_ARTICLES = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    meta = {}
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            meta[record["id"]] = (record["outlet"], iso_date(record.get("date") or ""))
    problems, seen = [], Counter()
    members = defaultdict(list)
    for n, line in enumerate(args.gold.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        if set(row) != {"id", "story"}:
            problems.append(f"line {n}: keys {sorted(row)}")
        if row["id"] not in meta:
            problems.append(f"line {n}: {row['id']} not in the corpus")
        if not LABEL.fullmatch(row["story"]):
            problems.append(f"line {n}: label {row['story']!r} is not a slug")
        seen[row["id"]] += 1
        members[row["story"]].append(row["id"])
    problems += [f"{i} appears {k} times" for i, k in seen.items() if k > 1]
    if len(seen) < MIN_ARTICLES:
        problems.append(f"only {len(seen)} articles (need {MIN_ARTICLES})")
    multi = {s: ids for s, ids in members.items() if len(ids) > 1}
    outlets = sum(1 for ids in multi.values() if len({meta[i][0] for i in ids if i in meta}) > 1)
    days = sum(1 for ids in multi.values() if len({meta[i][1] for i in ids if i in meta and meta[i][1]}) > 1)
    print(
        f"{len(seen)} articles, {len(members)} stories: {len(multi)} with 2+ articles "
        f"({sum(map(len, multi.values()))} articles; {outlets} across outlets, {days} across known dates), "
        f"{len(members) - len(multi)} singletons; largest {max(map(len, members.values()))}"
    )
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
