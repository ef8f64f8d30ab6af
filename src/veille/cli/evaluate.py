"""``veille eval``: measure extractors against gold files (``veille eval quotes``)."""

from __future__ import annotations

import json
from pathlib import Path

import click

DEFAULT_MISMATCHES = "eval-quotes-mismatches.jsonl"


def _table(report) -> str:
    lines = []
    for threshold, by_kind in report.spans.items():
        lines.append(f"overlap >= {int(threshold * 100)}%")
        lines.append(f"  {'kind':<9} {'P':>6} {'R':>6} {'F1':>6}   tp   fp   fn")
        for kind, c in by_kind.items():
            lines.append(
                f"  {kind:<9} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}"
            )
    lines.append("speaker accuracy on matched quotes (overlap >= "
                 f"{int(min(report.spans) * 100)}%)")
    for kind, c in report.speakers.items():
        lines.append(f"  {kind:<9} {report.speaker_accuracy(kind):6.3f}   ({c.tp}/{c.tp + c.fp})")
    return "\n".join(lines)


def register(group: click.Group) -> None:
    @group.group(name="eval")
    def eval_group():
        """Measure extraction quality against hand-made gold files."""

    @eval_group.command(name="quotes")
    @click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
                  help="Quotation gold (JSONL, offsets and labels; see docs/evaluation.md).")
    @click.option("--corpus", "corpus_path", type=click.Path(exists=True, dir_okay=False),
                  help="Articles JSONL holding the text of the gold ids "
                       "(e.g. ../shared/corpora/fr-news-dev.jsonl).")
    @click.option("--mismatches", "mismatches_path", default=DEFAULT_MISMATCHES, show_default=True,
                  type=click.Path(dir_okay=False),
                  help="Where to write false positives, false negatives and wrong speakers.")
    @click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
    def quotes(gold_path, corpus_path, mismatches_path, as_json):
        """Score quotation spans (P/R/F1 at 30% and 80% overlap) and speakers."""
        from ..evaluation.gold import load_articles, load_gold
        from ..evaluation.quotes import evaluate_quotes

        gold = load_gold(gold_path)
        articles = load_articles(corpus_path, gold)
        report = evaluate_quotes(gold, articles)
        path = Path(mismatches_path)
        with path.open("w", encoding="utf-8") as fh:
            for row in report.mismatches:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        if as_json:
            data = report.as_dict()
            data["mismatches_file"] = str(path)
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            click.echo(f"{report.documents} documents")
            click.echo(_table(report))
            click.echo(f"{len(report.mismatches)} mismatches written to {path}")
