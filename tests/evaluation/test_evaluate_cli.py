"""Tests of ``veille eval quotes`` and gold loading, on a tiny gold and corpus written here."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from veille.cli import cli
from veille.errors import UsageError
from veille.evaluation.gold import load_articles, load_gold

TEXT = (
    "« Nous ne fermerons aucune usine cette année », a déclaré Paul Durand.\n"
    "Selon la préfecture, trois mille personnes ont défilé samedi à Nantes."
)


def write_files(tmp_path, with_text=False):
    q1 = TEXT.index("Nous")
    q1_end = TEXT.index(" »")
    q2 = TEXT.index("trois")
    gold = {"id": "art-1", "quotes": [
        {"type": "direct", "start": q1, "end": q1_end, "speaker": "Paul Durand",
         "speaker_kind": "person", "mention": None, "cue": None},
        {"type": "indirect", "start": q2, "end": len(TEXT) - 1, "speaker": "la préfecture",
         "speaker_kind": "organisation", "mention": None, "cue": None},
        # a quotation the pipeline will not find: a false negative
        {"type": "indirect", "start": 0, "end": 5, "speaker": None, "speaker_kind": None,
         "mention": None, "cue": None},
    ]}
    if with_text:
        gold["text"] = TEXT
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    corpus_path = tmp_path / "corpus.jsonl"
    corpus_path.write_text(
        json.dumps({"id": "other", "lang": "fr", "text": "Rien."}) + "\n"
        + json.dumps({"id": "art-1", "lang": "fr", "date": "2019-01-07", "text": TEXT},
                     ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return gold_path, corpus_path


def test_evaluate_gold_loader_takes_text_from_corpus_or_gold(tmp_path):
    gold_path, corpus_path = write_files(tmp_path)
    gold = load_gold(gold_path)
    assert [q.type for q in gold[0].quotes] == ["indirect", "direct", "indirect"]  # sorted by start
    assert load_articles(corpus_path, gold)["art-1"].text == TEXT
    with pytest.raises(UsageError):
        load_articles(None, gold)
    gold_path, _ = write_files(tmp_path, with_text=True)
    assert load_articles(None, load_gold(gold_path))["art-1"].text == TEXT


def test_evaluate_gold_loader_rejects_spans_outside_text(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "court", "quotes": [
        {"type": "direct", "start": 0, "end": 50}]}) + "\n", encoding="utf-8")
    with pytest.raises(UsageError):
        load_articles(None, load_gold(path))


@pytest.mark.model
def test_evaluate_cli_quotes_reports_scores_and_mismatches(tmp_path, monkeypatch):
    gold_path, corpus_path = write_files(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli, ["eval", "quotes", "--gold", str(gold_path), "--corpus", str(corpus_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    direct = data["spans"]["30%"]["direct"]
    assert (direct["tp"], direct["fp"], direct["fn"]) == (1, 0, 0)
    assert data["spans"]["30%"]["indirect"]["fn"] == 1
    assert data["speaker_accuracy"]["direct"]["accuracy"] == 1.0
    mismatches = [json.loads(line) for line in (tmp_path / "eval-quotes-mismatches.jsonl").open()]
    negatives = [m for m in mismatches if m["error"] == "false_negative"]
    assert negatives and negatives[0]["text"] == TEXT[0:5]
