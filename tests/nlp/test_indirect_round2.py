"""Indirect speech, round 2 (issue #3): classes found on a fresh unannotated sample,
each tested on an invented French sentence (fictional people and bodies)."""

from __future__ import annotations

import pytest


def indirect(nlp, text):
    doc = nlp(text)
    return [q for q in doc._.veille_quotes if q.kind == "indirect"]


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("D'après les services de la météo, les pluies devraient se poursuivre jusqu'à jeudi.",
     "les pluies devraient se poursuivre jusqu'à jeudi"),
    ("La salle était comble pour le concert de rentrée, d'après les organisateurs du festival.",
     "La salle était comble pour le concert de rentrée"),
])
def test_d_apres_with_a_common_noun_source(nlp, text, content):
    # the parser splits "d'après" into "d'" + a fixed "après": the source hangs on "d'"
    (q,) = indirect(nlp, text)
    assert q.text == content


@pytest.mark.model
def test_pour_qui_gives_the_antecedent_s_opinion(nlp):
    text = ("« Nous verrons bien ce qui se passe », a répondu Paul Verdier, pour qui la rénovation du stade "
            "reste une priorité pour toute la commune.")
    (q,) = indirect(nlp, text)
    assert q.text == "la rénovation du stade reste une priorité pour toute la commune"
    assert q.speaker_text and "Verdier" in q.speaker_text


@pytest.mark.model
def test_pour_qui_after_a_place_is_no_opinion(nlp):
    text = "Les familles pour qui la cantine reste trop chère pourront demander une aide à la mairie."
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_speech_participle_after_the_content_starts_a_second_statement(nlp):
    text = ("La maire a déclaré que les travaux reprendraient lundi, assurant que les riverains "
            "seraient prévenus par courrier.")
    assert [q.text for q in indirect(nlp, text)] == [
        "les travaux reprendraient lundi", "les riverains seraient prévenus par courrier"]


@pytest.mark.model
def test_que_clause_opening_with_an_adverbial_runs_to_its_main_verb(nlp):
    text = ("La direction a précisé de son côté qu'en cas de retard de paiement, le règlement "
            "prévoit une pénalité de dix pour cent du montant.")
    (q,) = indirect(nlp, text)
    assert q.text == ("en cas de retard de paiement, le règlement prévoit une pénalité "
                      "de dix pour cent du montant")
