"""Draw the articles of the relation gold from the shared French corpus.

The draw is deterministic (fixed seed, corpus order) so anyone holding the corpus
can regenerate the list of ids; the repository stores ids and offsets only.

Relations of the vocabulary (docs/relations.md) are rare in general news, so a
uniform draw would give mostly empty articles. Candidates are therefore articles
of readable length whose text contains at least MIN_HITS distinct trigger stems
(business, justice and politics verbs and nouns), MIN_STRONG of them from the
narrower STRONG list (stems that rarely occur without a relation: the corpus is
dominated by the "gilets jaunes" protests, where "demandé" or "accord" alone mostly
signal none). The candidates are shuffled with
SEED and the first DEV + TEST taken, alternating dev/test so both splits get the
same mix.

Usage:
    python benchmarks/gold/tools/relations_sample.py --corpus ../shared/corpora/fr-news-dev.jsonl
prints one line per article: split, id, outlet, hits, length.

A later half (relations-dev2, session 5) is drawn from the same candidate pool with
its own seed and split name, leaving out every article of a gold file, so that it
holds no article any earlier half or quote gold read:
    python benchmarks/gold/tools/relations_sample.py --seed 51207 --split dev2 --count 15 \
        --exclude benchmarks/gold/*.jsonl /tmp/reserved-test3.jsonl
Without these options the output is unchanged. By session 7 that pool was nearly used
up (32 articles left outside the gold files); ``--min-strong 1`` widens it to articles
with one strong stem, which hold fewer relations.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from relations_verify import DEFAULT_CORPUS

SEED = 20250304
MIN_CHARS = 800
# Annotation must be exhaustive; long articles make that unreliable in one pass.
MAX_CHARS = 4500
MIN_HITS = 3
MIN_STRONG = 2
DEV = 17
TEST = 17
# Stems, matched case-insensitively at a word start: one hit per distinct stem.
STEMS = (
    "rachet", "rachat", "acqui", "poursui", "plainte", "assign", "procès", "nommé",
    "nomination", "démission", "démissionn", "investi", "fusion", "fusionn", "lettre",
    "courrier", "partenariat", "lancé", "lancement", "fondé", "fondateur", "cofondateur",
    "licenci", "limog", "financ", "subvention", "don ", "dénonc", "demandé", "quitt",
    "accord", "intégr", "dévoil",
)
STRONG = (
    "rachet", "rachat", "acquisition", "acquérir", "fusion", "fusionn", "nommé",
    "nomination", "démission", "plainte", "poursuit", "poursuivi", "investi",
    "partenariat", "fondé", "fondateur", "cofondat", "licencié", "licenciement", "limog",
    "lettre", "subvention", "levée de fonds", "don de", "intégr", "assign", "évincé", "quitte",
)


def _patterns(stems: tuple[str, ...]) -> list[re.Pattern]:
    return [re.compile(r"(?<!\w)" + re.escape(stem), re.IGNORECASE) for stem in stems]


_PATTERNS = _patterns(STEMS)
_STRONG = _patterns(STRONG)


def hits(text: str, patterns: list[re.Pattern] = _PATTERNS) -> int:
    return sum(1 for pattern in patterns if pattern.search(text))


def gold_ids(paths: list[Path]) -> set[str]:
    """Article ids of gold JSONL files (only the ``id`` field is read)."""
    ids: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            ids.update(json.loads(line)["id"] for line in fh if line.strip())
    return ids


def candidates_of(
    corpus: Path, exclude: set[str] = frozenset(), min_strong: int = MIN_STRONG
) -> list[tuple[dict, int]]:
    with corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    # Verbatim duplicates of an excluded article are excluded too, else a gold text
    # could come back under another id; a later half keeps one copy of each text.
    banned = {r["text"] for r in records if r["id"] in exclude}
    candidates = []
    for record in records:
        text = record["text"]
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        if exclude:
            if text in banned:
                continue
            banned.add(text)
        n = hits(text)
        if n >= MIN_HITS and hits(text, _STRONG) >= min_strong:
            candidates.append((record, n))
    return candidates


def draw(corpus: Path) -> list[tuple[str, dict, int]]:
    candidates = candidates_of(corpus)
    random.Random(SEED).shuffle(candidates)
    picked = candidates[: DEV + TEST]
    return [("dev" if i % 2 == 0 else "test", record, n) for i, (record, n) in enumerate(picked)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, help="draw a later half with this seed")
    parser.add_argument("--split", default="dev2", help="split name of the later half")
    parser.add_argument("--count", type=int, default=15)
    parser.add_argument("--min-strong", type=int, default=MIN_STRONG,
                        help="strong stems a later half's candidate needs (1 widens the "
                             "pool once the default one is used up)")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="gold JSONL files whose article ids must not be drawn")
    args = parser.parse_args()
    if args.seed is not None:
        candidates = candidates_of(args.corpus, gold_ids(args.exclude), args.min_strong)
        random.Random(args.seed).shuffle(candidates)
        for record, n in candidates[: args.count]:
            print(f"{args.split}\t{record['id']}\t{record['outlet']}\t{n}\t{len(record['text'])}")
        return
    for split, record, n in draw(args.corpus):
        print(f"{split}\t{record['id']}\t{record['outlet']}\t{n}\t{len(record['text'])}")


if __name__ == "__main__":
    main()
