"""Every quote veille finds on unannotated articles, one line each, for comparing two
versions of the code on text nobody read.

The articles are the first ``--count`` of the corpus, in corpus order, that hold a
« mark (or match ``--pattern``) and that no gold file holds. Each output line is
``[doc id, start, end, kind, speaker words, speaker entity name, rule]``; run it on
two versions of the code and ``diff`` the sorted files to list what a change moved.
The session-8 checks in docs/benchmarks.md ("200 unannotated articles") are this
command with ``--count 200`` and every gold file of ``benchmarks/gold/`` at the time
(quotes-test6 included) excluded. The output quotes speaker phrases from the
articles: keep it out of the repository.

Usage (from the repository root):

    .venv/bin/python benchmarks/quote_outputs.py --corpus ../shared/corpora/fr-news-dev.jsonl \
        --count 200 --exclude benchmarks/gold/*.jsonl --out /tmp/quotes-after.jsonl
    sort /tmp/quotes-before.jsonl > a; sort /tmp/quotes-after.jsonl > b; diff a b
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--count", type=int, default=200, help="articles to analyse (default: %(default)s)")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="gold JSONL files whose articles are left out")
    ap.add_argument("--pattern", default="«", help="regular expression an article must match (default: %(default)s)")
    ap.add_argument("--out", type=Path, required=True, help="where to write the quote lines")
    args = ap.parse_args(argv)

    from veille.nlp.build import build_nlp

    excluded: set[str] = set()
    for path in args.exclude:
        with path.open(encoding="utf-8") as fh:
            excluded.update(str(json.loads(line)["id"]) for line in fh if line.strip())
    pattern = re.compile(args.pattern)
    chosen = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            if article["id"] not in excluded and pattern.search(article["text"]):
                chosen.append(article)
                if len(chosen) == args.count:
                    break
    nlp = build_nlp()
    with args.out.open("w", encoding="utf-8") as out:
        for article in chosen:
            doc = nlp(article["text"])
            names = {r.key: r.name for r in doc._.veille_entities}
            for q in doc._.veille_quotes:
                row = [article["id"], q.start, q.end, q.kind, q.speaker_text, names.get(q.speaker_key), q.rule]
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles, quotes written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
