"""No sentence starts inside a hyphenated name (issue #4): the parser used to start
sentences inside names the tokenizer split ("SOS" | "-" | "Précarité"), which lost
the organisation and the relations it is subject of. veille_line_breaks marks the
hyphen and the capitalised word after it as not starting a sentence. Invented
French sentences."""

from __future__ import annotations

import pytest


def _glued_starts(doc):
    """Sentence starts on "-" or on the word glued after it."""
    return [
        t.text for t in doc[1:]
        if t.is_sent_start and not doc[t.i - 1].whitespace_
        and (t.text == "-" or doc[t.i - 1].text == "-")
    ]


@pytest.mark.model
def test_hyphenated_association_is_the_subject_of_a_request(nlp):
    doc = nlp("Mardi, SOS-Précarité a demandé au parquet de Lyon d'ouvrir une enquête.")
    assert _glued_starts(doc) == []
    assert "SOS-Précarité" in {e.name for e in doc._.veille_entities}
    pairs = {(r.type, r.subject, r.object) for r in doc._.veille_relations}
    assert ("request", "SOS-Précarité", "parquet de Lyon") in pairs


@pytest.mark.model
def test_hyphenated_name_after_a_preposition_stays_one_entity(nlp):
    doc = nlp("Les bénévoles de SOS-Précarité ont écrit au préfet du Rhône.")
    assert _glued_starts(doc) == []
    assert "SOS-Précarité" in {e.name for e in doc._.veille_entities}


@pytest.mark.model
def test_hyphenated_association_after_an_incise(nlp):
    doc = nlp("Selon la police, Aide-Logement a demandé au parquet de Lyon de poursuivre le maire.")
    assert _glued_starts(doc) == []
    pairs = {(r.type, r.subject, r.object) for r in doc._.veille_relations}
    assert ("request", "Aide-Logement", "parquet de Lyon") in pairs


@pytest.mark.model
@pytest.mark.parametrize("text, first", [
    ("Le contrat a été signé avec la RATP.Chacun y trouve son compte.", "Chacun"),
    ("La réforme a été votée en 2018.Depuis, rien n'a bougé dans le secteur.", "Depuis"),
    ("Qui va payer la facture?Le ministre ne l'a pas dit aux députés.", "Le"),
])
def test_glued_sentences_still_split(nlp, text, first):
    doc = nlp(text)
    assert [s[0].text for s in doc.sents][1] == first
