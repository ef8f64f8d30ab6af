"""Tests of veille.nlp.indirect: reported speech without quotation marks, on
invented French sentences (fictional people and bodies)."""

from __future__ import annotations

import pytest


def indirect(nlp, text):
    doc = nlp(text)
    return [q for q in doc._.veille_quotes if q.kind == "indirect"]


@pytest.mark.model
def test_indirect_infinitive_after_adverbials_and_an_aside(nlp):
    text = "Le Fonds européen de garantie a annoncé lundi, à Lisbonne, avoir abaissé ses prévisions de croissance pour 2020."
    (q,) = indirect(nlp, text)
    assert q.text == "avoir abaissé ses prévisions de croissance pour 2020"


@pytest.mark.model
def test_indirect_infinitive_after_de_is_a_request_not_a_statement(nlp):
    text = "Le syndicat a demandé lundi, à Lisbonne, de suspendre les prévisions de croissance pour 2020."
    assert indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("Le bourgmestre s'est dit prêt à recevoir une délégation des commerçants dès lundi.",
     "prêt à recevoir une délégation des commerçants dès lundi"),
    ("Paul Verdier s'était une nouvelle fois déclaré disposé, ce lundi, à accepter une demande de rassemblement.",
     "disposé, ce lundi, à accepter une demande de rassemblement"),
])
def test_indirect_se_dire_with_its_attribute(nlp, text, content):
    (q,) = indirect(nlp, text)
    assert q.text == content


@pytest.mark.model
def test_indirect_poll_figure_with_se_dire_is_no_speech(nlp):
    text = "Seuls 25 % des Belges interrogés se disent satisfaits de l'action du gouvernement depuis les élections."
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_indirect_selon_skips_the_acronym_of_its_source(nlp):
    text = "Selon l'Institut national de recherche et de sécurité (INRS), les accidents du travail ont baissé en 2019."
    (q,) = indirect(nlp, text)
    assert q.text == "les accidents du travail ont baissé en 2019"


@pytest.mark.model
def test_indirect_relative_clause_before_the_cue_keeps_its_antecedent_as_speaker(nlp):
    text = "Un autre ouvrier qui préfère ne pas donner son nom dit revenir de Lyon après trois mois de chantier."
    (q,) = indirect(nlp, text)
    assert q.text.startswith("revenir de Lyon")
    assert q.speaker_text is not None and "ouvrier" in q.speaker_text
