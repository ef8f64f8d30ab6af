"""Tests of veille.evaluation.quotes scoring on tiny hand-made gold/prediction pairs (pure)."""

from __future__ import annotations

import pytest

from veille.evaluation.gold import GoldDocument, GoldQuote
from veille.evaluation.quotes import (
    PredictedQuote,
    match,
    overlap,
    predicted_quotes,
    same_speaker,
    score,
)
from veille.models import DocumentAnalysis, EntityRecord, Quote


def test_scoring_overlap_is_shared_over_union():
    assert overlap(0, 10, 0, 10) == 1.0
    assert overlap(0, 10, 5, 15) == pytest.approx(5 / 15)
    assert overlap(0, 10, 10, 20) == 0.0


def test_scoring_match_is_one_to_one_and_greedy():
    # predicted 0 overlaps both gold spans; the better pair wins, the other gold stays unmatched
    pred = [(0, 10), (50, 60)]
    gold = [(2, 10), (0, 9), (100, 110)]  # overlaps with pred 0: 0.8 and 0.9
    pairs = match(pred, gold, 0.3)
    assert pairs == [(0, 1)]


def test_scoring_match_threshold():
    assert match([(0, 10)], [(0, 5)], 0.3) == [(0, 0)]
    assert match([(0, 10)], [(0, 5)], 0.8) == []


@pytest.mark.parametrize("names, gold, expected", [
    (("Emmanuel Macron",), "Emmanuel Macron", True),
    (("Macron",), "Emmanuel Macron", True),  # full-token suffix
    (("emmanuel  MACRON",), "Emmanuel Macron", True),  # case and spaces
    (("Élisabeth Borne",), "Elisabeth Borne", True),  # accents
    (("Manu",), "Emmanuel Macron", False),
    (("Emmanuel",), "Emmanuel Macron", False),  # a prefix is not a suffix
    (("acron",), "Emmanuel Macron", False),  # not a full token
    ((), None, True),
    (("Paul Durand",), None, False),
    ((), "Paul Durand", False),
    (("la Fédération des transports", "FNTR"), "FNTR", True),  # any alias counts
])
def test_scoring_same_speaker(names, gold, expected):
    assert same_speaker(names, gold) is expected


def test_scoring_predicted_quotes_maps_partial_and_collects_names():
    analysis = DocumentAnalysis(
        doc_id="d1", status="analysed",
        entities=(EntityRecord("e0", "Paul Durand", "PER", aliases=("Durand",)),),
        quotes=(
            # the mention as written ("il") names nobody once the entity is known
            Quote(0, 10, "x" * 10, "partial", speaker_key="e0", speaker_text="il"),
            Quote(20, 30, "y" * 10, "indirect", speaker_text="un manifestant"),
        ),
    )
    preds = predicted_quotes(analysis)
    assert [p.kind for p in preds] == ["direct", "indirect"]
    assert preds[0].speaker_names == ("Paul Durand", "Durand")
    assert preds[1].speaker_names == ("un manifestant",)


def test_scoring_counts_per_kind_threshold_and_speakers():
    text = "a" * 200
    gold = [GoldDocument("d1", (
        GoldQuote("direct", 0, 40, speaker="Paul Durand"),
        GoldQuote("direct", 50, 90, speaker="Marie Lenoir"),
        GoldQuote("indirect", 100, 150, speaker=None),
    ))]
    preds = {"d1": [
        PredictedQuote("direct", 0, 40, ("Durand",)),  # exact, right speaker
        PredictedQuote("direct", 50, 70, ("Paul Durand",)),  # 50 % overlap, wrong speaker
        PredictedQuote("indirect", 160, 190, ()),  # no gold
    ]}
    report = score(gold, preds, {"d1": text})
    low, high = report.spans[0.3], report.spans[0.8]
    assert (low["direct"].tp, low["direct"].fp, low["direct"].fn) == (2, 0, 0)
    assert (high["direct"].tp, high["direct"].fp, high["direct"].fn) == (1, 1, 1)
    assert (low["indirect"].tp, low["indirect"].fp, low["indirect"].fn) == (0, 1, 1)
    assert (low["all"].tp, low["all"].fp, low["all"].fn) == (2, 1, 1)
    assert low["all"].precision == pytest.approx(2 / 3)
    assert low["all"].f1 == pytest.approx(2 / 3)
    assert report.speaker_accuracy("direct") == 0.5
    errors = sorted(m["error"] for m in report.mismatches)
    assert errors == ["false_negative", "false_positive", "wrong_speaker"]
    wrong = [m for m in report.mismatches if m["error"] == "wrong_speaker"][0]
    assert wrong["gold_speaker"] == "Marie Lenoir" and wrong["text"] == text[50:90]


def test_scoring_kinds_do_not_match_across():
    gold = [GoldDocument("d1", (GoldQuote("direct", 0, 40, speaker="X"),))]
    preds = {"d1": [PredictedQuote("indirect", 0, 40, ("X",))]}
    report = score(gold, preds)
    assert report.spans[0.3]["direct"].fn == 1 and report.spans[0.3]["indirect"].fp == 1
    assert report.as_dict()["spans"]["30%"]["all"]["tp"] == 0
