"""Score veille's relation extraction against a relation gold file.

Usage (from the repository root):

    .venv/bin/python benchmarks/eval_relations.py \
        --gold benchmarks/gold/relations-dev.jsonl \
        --corpus ../shared/corpora/fr-news-dev.jsonl [--errors] [--json]

Prints precision, recall and F1 per relation type and overall, and the polarity
accuracy of matched relations. ``--errors`` also prints the mismatches (they quote
the articles: read them, never commit them). Tune on the dev file only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from veille.evaluation.relations import (  # noqa: E402
    evaluate_relations, load_gold_articles, load_relation_gold,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True, help="relation gold JSONL file")
    parser.add_argument("--corpus", required=True, help="corpus JSONL the gold points into")
    parser.add_argument("--errors", action="store_true", help="print every mismatch")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)

    gold = load_relation_gold(args.gold)
    articles = load_gold_articles(args.corpus, gold)
    report = evaluate_relations(gold, articles)

    rows = sorted(report.by_type.items()) + [("ALL", report.overall)]
    if args.json:
        print(json.dumps({
            "documents": report.documents,
            "types": {t: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                          "recall": round(c.recall, 4), "f1": round(c.f1, 4)} for t, c in rows},
            "polarity_accuracy": round(report.polarity_accuracy, 4),
        }, indent=2))
    else:
        print(f"{report.documents} documents")
        print(f"{'type':<16}{'tp':>4}{'fp':>4}{'fn':>4}{'P':>8}{'R':>8}{'F1':>8}")
        for name, c in rows:
            print(f"{name:<16}{c.tp:>4}{c.fp:>4}{c.fn:>4}"
                  f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
        n = report.polarity_right + report.polarity_wrong
        print(f"polarity accuracy on matched: {report.polarity_accuracy:.3f} ({n} matched)")
    if args.errors:
        for m in report.mismatches:
            print(json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
