"""Indirect speech, round 4 (issue #3): leftovers of round 3, each tested on an
invented French sentence (fictional people and bodies)."""

from __future__ import annotations

import pytest


def indirect(nlp, text):
    doc = nlp(text)
    return [q for q in doc._.veille_quotes if q.kind == "indirect"]


@pytest.mark.model
def test_saluer_an_abstract_noun_phrase_is_a_statement(nlp):
    text = "Le maire Paul Verdier a salué le courage et la rapidité des pompiers de la commune."
    (q,) = indirect(nlp, text)
    assert q.text == "le courage et la rapidité des pompiers de la commune"
    assert q.speaker_text and "Verdier" in q.speaker_text


@pytest.mark.model
def test_saluer_people_is_a_greeting(nlp):
    # "saluer" people or a crowd greets them: no statement
    for text in ("Le maire Paul Verdier a salué les habitants venus nombreux sur la place du marché.",
                 "La ministre a salué la foule rassemblée devant la mairie de Valbonne.",
                 "Des centaines d'habitants ont salué le passage du cortège dans les rues de Valbonne."):
        assert indirect(nlp, text) == []


@pytest.mark.model
def test_nominal_cue_with_its_speaker_after_de(nlp):
    # guideline rule 24: "l'annonce du ministre que …" (the noun is the cue)
    text = "L'annonce du ministre Paul Verdier que les impôts locaux baisseront a surpris les élus."
    (q,) = indirect(nlp, text)
    assert q.text == "les impôts locaux baisseront"
    assert q.speaker_text and "Verdier" in q.speaker_text
    assert q.cue is not None and q.cue.text == "L'annonce"


@pytest.mark.model
def test_nominal_cue_as_object_runs_to_the_clause_end(nlp):
    text = "Les élus ont contesté l'affirmation de la préfète Anne Roux qu'aucune école ne fermerait à la rentrée."
    (q,) = indirect(nlp, text)
    assert q.text == "aucune école ne fermerait à la rentrée"
    assert q.speaker_text and "Roux" in q.speaker_text


@pytest.mark.model
def test_nominal_cue_with_a_que_the_parser_reads_as_relative(nlp):
    # "qu'" with a clause that has its own object: no relative, the content
    text = "L'aveu de l'ancien maire qu'il avait falsifié les comptes a choqué la commune."
    (q,) = indirect(nlp, text)
    assert q.text == "il avait falsifié les comptes"


@pytest.mark.model
def test_nominal_cue_without_a_speaker_is_left(nlp):
    text = "L'idée que la commune puisse fermer son école inquiète beaucoup de parents d'élèves."
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_que_after_a_long_aside_opens_the_content(nlp):
    # the parser tags "qu'" a relative pronoun after the aside's noun phrase
    for text, content in (
        ("Le préfet a estimé, au terme d'une semaine marquée par des blocages, qu'il fallait rouvrir le dialogue.",
         "il fallait rouvrir le dialogue"),
        ("La maire a expliqué, lors d'une réunion publique organisée mardi soir avec les parents d'élèves de "
         "la commune, qu'elle ne fermerait aucune classe.", "elle ne fermerait aucune classe"),
    ):
        (q,) = indirect(nlp, text)
        assert q.text == content


@pytest.mark.model
def test_nominal_cue_before_a_relative_is_left(nlp):
    text = "Nous avons lu la déclaration de la préfète Anne Roux que les élus avaient demandée."
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_document_subject_before_a_relative_aside_speaks(nlp):
    # "Le document, dont l'agence a obtenu une copie, relève que …": the relative
    # clause between commas is the subject's, the document speaks
    text = "Le document, dont l'agence a obtenu une copie mardi, relève que les délais n'ont pas été respectés."
    (q,) = indirect(nlp, text)
    assert q.text == "les délais n'ont pas été respectés"
    assert q.speaker_text == "Le document"


@pytest.mark.model
def test_object_after_an_apposition_is_no_inverted_subject(nlp):
    text = ("Claire Vasseur, coanimatrice du débat régional, avait salué auparavant l'intérêt des habitants "
            "pour les réunions publiques.")
    (q,) = indirect(nlp, text)
    assert q.speaker_text and "Vasseur" in q.speaker_text
