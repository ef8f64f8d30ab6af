"""List corpus articles whose title or lead matches a pattern: the search step of
the story gold (docs/gold-relations-stories.md).

The annotator starts from a seed affair, lists candidates with a pattern on names
and key words, reads each candidate's title and lead on screen, and keeps only the
articles about that specific affair. Nothing printed here goes into the repository;
the gold keeps article ids and story labels only.

Usage:
    python benchmarks/gold/tools/stories_candidates.py 'Dettinger|boxeur' [--lead 300]
prints: id, outlet, ISO date (when the corpus has one), title, start of the text.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from relations_verify import DEFAULT_CORPUS


def iso_date(raw: str) -> str:
    """The corpus mixes ``2018-11-24`` and ``24-11-2018``/``4-1-2019``; many are empty."""
    if re.match(r"\d{4}-\d{2}-\d{2}", raw):
        return raw[:10]
    match = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", raw.strip())
    return f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}" if match else ""


def candidates(corpus: Path, pattern: re.Pattern, lead: int):
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            title = (record.get("title") or "").strip()
            if pattern.search(title + " " + record["text"][:lead]):
                yield record, title


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pattern", help="Python regular expression")
    parser.add_argument("--lead", type=int, default=300, help="characters of text searched besides the title")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    for record, title in candidates(args.corpus, re.compile(args.pattern), args.lead):
        start = record["text"][:140].replace("\n", " ")
        print(f"{record['id']}\t{record['outlet']}\t{iso_date(record.get('date') or '')}\t{title[:100]}\t{start}")


if __name__ == "__main__":
    main()
