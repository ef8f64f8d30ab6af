"""Relation scoring on tiny hand-made gold/prediction pairs."""

from __future__ import annotations

import json

from veille.evaluation.relations import (
    GoldRelation, GoldRelationDocument, PredictedRelation, load_relation_gold,
    predicted_relations, same_actor, score,
)
from veille.models import Cue, DocumentAnalysis, EntityRecord, Relation


def _gold(*relations) -> list[GoldRelationDocument]:
    return [GoldRelationDocument("d1", tuple(relations))]


GOLD_LAWSUIT = GoldRelation("lawsuit", "Jean Dupont", "Zorbex SA", (10, 18), (0, 60))


def test_relation_scoring_same_actor_normalises_case_accents_and_surnames():
    assert same_actor(["jean dupont"], "Jean Dupont")
    assert same_actor(["Dupont"], "Jean Dupont")
    assert same_actor(["Zorbex"], "Zorbex SA")
    assert same_actor(["Hélène Marchand-Roy"], "Helene Marchand Roy")
    assert not same_actor(["Paul Dupont"], "Jean Dupont")
    assert not same_actor([], "Jean Dupont")


def test_relation_scoring_match_needs_type_names_and_overlap():
    right = PredictedRelation("lawsuit", ("Dupont",), ("Zorbex",), (10, 18), (0, 60))
    report = score(_gold(GOLD_LAWSUIT), {"d1": [right]})
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)

    wrong_type = PredictedRelation("complaint", ("Dupont",), ("Zorbex",), (10, 18), (0, 60))
    swapped = PredictedRelation("lawsuit", ("Zorbex",), ("Dupont",), (10, 18), (0, 60))
    elsewhere = PredictedRelation("lawsuit", ("Dupont",), ("Zorbex",), (70, 78), (61, 120))
    report = score(_gold(GOLD_LAWSUIT), {"d1": [wrong_type, swapped, elsewhere]})
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 3, 1)
    assert report.by_type["lawsuit"].fn == 1
    assert report.by_type["complaint"].fp == 1


def test_relation_scoring_pairs_one_to_one_and_counts_polarity():
    pred = PredictedRelation("lawsuit", ("Jean Dupont",), ("Zorbex",), (10, 18), (0, 60), "alleged")
    report = score(_gold(GOLD_LAWSUIT), {"d1": [pred, pred]})
    assert (report.overall.tp, report.overall.fp) == (1, 1)
    assert (report.polarity_right, report.polarity_wrong) == (0, 1)
    assert report.overall.precision == 0.5 and report.overall.recall == 1.0


def test_relation_scoring_leaves_statements_out_by_default():
    statement = PredictedRelation("statement_about", ("Jean Dupont",), ("Zorbex",), (0, 5), (0, 60))
    report = score(_gold(), {"d1": [statement]})
    assert report.overall.fp == 0
    report = score(_gold(), {"d1": [statement]}, unscored=())
    assert report.overall.fp == 1


def test_relation_scoring_predicted_names_include_aliases(tmp_path):
    analysis = DocumentAnalysis(
        doc_id="d1", status="analysed",
        entities=(EntityRecord("e0", "Jean Dupont", "PER", aliases=("J. Dupont",)),
                  EntityRecord("e1", "Zorbex", "ORG")),
        relations=(Relation("lawsuit", "e0", "e1", "Jean Dupont", "Zorbex", 0, 60, "x",
                            Cue(10, 18, "poursuit")),),
    )
    (pred,) = predicted_relations(analysis)
    assert pred.subject_names == ("Jean Dupont", "J. Dupont")
    assert pred.trigger == (10, 18) and pred.sentence == (0, 60)

    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "d1", "relations": [{
        "type": "lawsuit", "subject": "Jean Dupont", "object": "Zorbex",
        "trigger": {"start": 10, "end": 18}, "sentence": {"start": 0, "end": 60},
        "polarity": "asserted", "arguments": {"claims": ["fraude"]},
    }]}) + "\n", encoding="utf-8")
    gold = load_relation_gold(path)
    assert gold[0].relations[0].arguments == {"claims": ["fraude"]}
    assert score(gold, {"d1": [pred]}).overall.tp == 1
