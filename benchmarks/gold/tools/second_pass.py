"""List what a second annotation pass must look at: uncovered quote marks and cue words.

For each article of a gold file, prints every quotation mark and every common
speech verb or "selon" that no gold span (quote, cue or mention) covers, with a
little context, so the annotator can confirm each one is deliberately left
out. This is a reading aid for the human pass, not an extractor: it decides
nothing and its output is never written into the gold.

Usage:
    python benchmarks/gold/tools/second_pass.py --gold GOLD.jsonl --corpus CORPUS [--id ID]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from spans import QUOTE_MARKS, load_corpus

# Stems of frequent French reporting verbs and expressions; deliberately broad
# because a false alarm costs a glance and a miss costs a gold error.
CUE_STEMS = (
    "selon", "d'après", "estim", "expliq", "affirm", "jug", "assur", "soulign", "rappel",
    "indiq", "précis", "ajout", "déclar", "dénonc", "reconn", "confi", "racont", "annonc",
    "dit", "dis", "déplor", "regrett", "insist", "prévien", "avert", "lanc", "répond",
    "réplique", "not", "observ", "constat", "admet", "ironis", "martel", "rétorqu", "sout",
    "confirm", "conclu", "promet", "promis", "pense", "croi", "écri", "s'inquièt", "alert",
    "critiqu", "plaid", "salu", "fustig", "accus", "réclam", "demand", "appel", "assén",
    "avanc", "comment", "résum", "poursuiv", "témoign", "signal", "évoqu", "menac",
)
CUE_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(stem).replace("'", "['’]") for stem in CUE_STEMS) + r")\w*",
    flags=re.IGNORECASE,
)


def covered(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/fr-news-dev.jsonl"))
    parser.add_argument("--id", action="append", help="only these article ids (repeatable)")
    parser.add_argument("--context", type=int, default=50)
    args = parser.parse_args()

    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.id:
        records = [record for record in records if any(part in record["id"] for part in args.id)]
    articles = load_corpus(args.corpus, {record["id"] for record in records})
    for record in records:
        text = articles[record["id"]]["text"]
        spans = []
        for quote in record["quotes"]:
            # A quote's own marks sit just outside its span: widen by one character.
            spans.append((max(0, quote["start"] - 2), quote["end"] + 2))
            for field in ("mention", "cue"):
                if quote[field]:
                    spans.append((quote[field]["start"], quote[field]["end"]))
        hits = [(i, "mark") for i, char in enumerate(text) if char in QUOTE_MARKS and not covered(i, spans)]
        hits += [(m.start(), "cue") for m in CUE_PATTERN.finditer(text) if not covered(m.start(), spans)]
        print(f"== {record['id']} ({len(record['quotes'])} quotes, {len(hits)} to check)")
        for position, kind in sorted(hits):
            left = text[max(0, position - args.context):position].replace("\n", " ")
            right = text[position:position + args.context].replace("\n", " ")
            print(f"  {kind:4} {position:>5}: …{left}⟦{right}…")


if __name__ == "__main__":
    main()
