"""Descriptions resolved by agreement and salience: a person's gender read from an
apposition before the name ("son avocate, Me X"), so that a masculine description
("l'entrepreneur") does not go to her; "la société" as the organisation last named
in subject position. Invented sentences, fictional people and companies."""

from __future__ import annotations

import pytest
from helpers import quote_speakers


#: a founder quoted, then his lawyer, a woman introduced only by an apposition
LAWYER_AFTER_CLIENT = (
    "Paul Vernet attaque la société Dorane. « Nous avons créé Dorane pour tous », a "
    "déclaré Paul Vernet. Selon son avocate, Me Inès Carrel, son client « n'a jamais "
    "été informé de ces clauses ». "
)


@pytest.mark.model
def test_masculine_description_skips_the_woman_named_in_an_apposition(nlp):
    # "son avocate, Me Inès Carrel": she is a woman (the tagger has no gender for
    # "Inès" and calls "avocate" masculine), so "l'entrepreneur" is her client
    text = LAWYER_AFTER_CLIENT + "« L'accord doit être annulé sans aucun délai », a ajouté l'entrepreneur."
    names = [name for _, name, _ in quote_speakers(nlp, text, ("direct",))]
    assert names == ["Paul Vernet", "Paul Vernet"]


@pytest.mark.model
def test_feminine_description_still_goes_to_the_woman_in_the_apposition(nlp):
    text = LAWYER_AFTER_CLIENT + "« Nous irons jusqu'en cassation s'il le faut », a prévenu la pénaliste."
    names = [name for _, name, _ in quote_speakers(nlp, text, ("direct",))]
    assert names == ["Paul Vernet", "Inès Carrel"]


@pytest.mark.model
def test_bare_organisation_description_is_the_last_main_clause_subject(nlp):
    # Dalmeco is named more often, but only in complements and a reported clause;
    # the group that wrote the letter is the sentence topic "la société" continues
    text = (
        "Le projet de Dalmeco inquiète ses concurrents. Les dirigeants de Dalmeco veulent "
        "transformer la fondation en entreprise. Le groupe Kestrel a adressé une lettre au "
        "ministre de l'Économie. Le courrier, révélé par un quotidien régional, affirme que "
        "Dalmeco a reçu des aides publiques. La société a aussi demandé une enquête sur la "
        "« cession d'actifs à des sociétés écrans »."
    )
    names = [name for _, name, _ in quote_speakers(nlp, text, ("partial",))]
    assert names == ["Kestrel"]
