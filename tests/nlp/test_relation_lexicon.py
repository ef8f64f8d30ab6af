"""Tests of the wider trigger lexicon of ``veille_relations`` (one French sentence per wording).

Each positive case names the relation the sentence states; the negative cases are
look-alike wordings that must not give that relation (precision guards).
"""

from __future__ import annotations

import pytest

from test_relations import _relations, _triples

ORG, PER, MISC = "ORG", "PER", "MISC"
ACTORS = {
    "Zorbex": ORG, "Kalima": ORG, "Vertigo": ORG, "Assemblée nationale": ORG, "Parlement": ORG,
    "Jean Dupont": PER, "Marie Leroy": PER, "Paul Garnier": PER, "Léa Morel": PER,
}

POSITIVE = [
    ("lawsuit", "Zorbex a traduit Kalima en justice pour contrefaçon.", "Zorbex", "Kalima"),
    ("lawsuit", "Marie Leroy a engagé une action en justice contre Zorbex.", "Marie Leroy", "Zorbex"),
    ("investment", "Zorbex est entré au capital de Kalima l'an dernier.", "Zorbex", "Kalima"),
    ("funding", "Vertigo a accordé un prêt à Kalima pour financer son usine.", "Vertigo", "Kalima"),
    ("founding", "Jean Dupont, à l'origine de Kalima, quitte la région.", "Jean Dupont", "Kalima"),
    ("founding", "Marie Leroy est l'initiatrice de Vertigo.", "Marie Leroy", "Vertigo"),
    ("appointment", "Léa Morel a succédé à Paul Garnier à la tête de Zorbex.", "Léa Morel", "Zorbex"),
    ("departure", "Paul Garnier a claqué la porte de Zorbex lundi.", "Paul Garnier", "Zorbex"),
    ("firing", "Vertigo a exclu Jean Dupont après ses déclarations.", "Vertigo", "Jean Dupont"),
    ("letter", "Vertigo a remis ses doléances à l'Assemblée nationale.", "Vertigo", "Assemblée nationale"),
    ("request", "Kalima a ordonné à Zorbex de suspendre la vente.", "Kalima", "Zorbex"),
    ("request", "Vertigo a mis Zorbex en demeure de payer.", "Vertigo", "Zorbex"),
    ("request", "Kalima a déposé auprès de Zorbex une demande d'autorisation.", "Kalima", "Zorbex"),
    ("letter", "Vertigo a transmis au Parlement l'intégralité des doléances.", "Vertigo", "Parlement"),
    # The singular "peste" is tagged a noun by the model: the plural is the tested form.
    ("complaint", "Marie Leroy et Léa Morel pestent contre Zorbex.", "Léa Morel", "Zorbex"),
    ("complaint", "Paul Garnier a mis en cause Vertigo dans cette affaire.", "Paul Garnier", "Vertigo"),
    ("complaint", "Jean Dupont a attribué les violences à Vertigo.", "Jean Dupont", "Vertigo"),
    ("complaint", "Léa Morel a condamné les propos de Paul Garnier.", "Léa Morel", "Paul Garnier"),
    ("complaint", "Marie Leroy s'en est prise à Jean Dupont pendant le débat.", "Marie Leroy", "Jean Dupont"),
    ("partnership", "Zorbex a signé un accord avec Kalima.", "Zorbex", "Kalima"),
]


@pytest.mark.model
@pytest.mark.parametrize("rel_type, text, subject, obj", POSITIVE)
def test_relation_lexicon_finds_wording(nlp, rel_type, text, subject, obj):
    _, relations = _relations(nlp, text, actors=ACTORS)
    found = {(s, o) for t, s, o in _triples(relations) if t == rel_type}
    assert (subject, obj) in found, relations


NEGATIVE = [
    ("partnership", "Zorbex est d'accord avec Kalima sur ce point."),
    ("complaint", "Le tribunal a condamné Jean Dupont à deux ans de prison."),
    ("founding", "Jean Dupont est à l'origine de l'incendie, selon Zorbex."),
    ("appointment", "Léa Morel a succédé à Paul Garnier sans bruit."),
    ("letter", "Vertigo a remis en cause le projet de Kalima."),
    ("letter", "Marie Leroy a écrit dans une tribune à Kalima que tout va bien."),
]


@pytest.mark.model
@pytest.mark.parametrize("rel_type, text", NEGATIVE)
def test_relation_lexicon_ignores_lookalike(nlp, rel_type, text):
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert not [r for r in relations if r.type == rel_type], relations


@pytest.mark.model
def test_relation_lexicon_question_is_not_a_request(nlp):
    _, relations = _relations(nlp, "Marie Leroy a demandé à Jean Dupont s'il se souvenait du lieu.",
                              actors=ACTORS)
    assert not [r for r in relations if r.type == "request"], relations


@pytest.mark.model
def test_relation_lexicon_noun_coordinated_with_trigger_is_not_its_complement(nlp):
    text = "Avec la démission de Jean Dupont et les grèves de Zorbex, le climat change."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("departure", "Jean Dupont", "Zorbex") not in _triples(relations), relations
