"""Relation round 8 (session 8): asking for someone's departure is a request to them."""

from __future__ import annotations

import pytest


def _triples(nlp, text):
    return {(r.type, r.subject, r.object) for r in nlp(text)._.veille_relations}


@pytest.mark.parametrize("text", [
    "La présidente du parti Claire Vasseur a réclamé lundi la démission du ministre de l'Intérieur Paul Ardent.",
    "Claire Vasseur exige le départ de Paul Ardent.",
    "La CGT a appelé à la démission du PDG Paul Ardent.",
])
def test_asking_for_a_departure_is_a_request_to_that_person(nlp, text):
    found = _triples(nlp, text)
    assert any(t == "request" and o == "Paul Ardent" for t, _, o in found)
    assert not any(t == "departure" for t, _, _ in found)


def test_asking_for_a_report_names_no_one(nlp):
    # only a post one leaves: "le rapport de X" asked for is no request to X
    found = _triples(nlp, "Claire Vasseur a réclamé la publication du rapport de Paul Ardent.")
    assert not any(t == "request" and o == "Paul Ardent" for t, _, o in found)


@pytest.mark.parametrize("text, polarity", [
    ("Le groupe Ferlam n'exclut pas d'attaquer en justice la société Zorbex.", "planned"),
    ("Le groupe Ferlam a renoncé à attaquer en justice la société Zorbex.", "denied"),
    ("Le groupe Ferlam n'a pas attaqué en justice la société Zorbex.", "denied"),
])
def test_a_negated_exclusion_leaves_the_event_possible(nlp, text, polarity):
    found = [(r.type, r.polarity) for r in nlp(text)._.veille_relations]
    assert ("lawsuit", polarity) in found
