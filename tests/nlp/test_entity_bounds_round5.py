"""Entity boundaries, round 5 (issue #4): names the model cuts short or glues
together. Every sentence is invented (fictional people and towns)."""

from __future__ import annotations

import pytest


def names(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {e.name: e.type for e in doc._.veille_entities}


@pytest.mark.model
def test_round5_party_name_with_capitalised_article_keeps_its_adjective(nlp):
    # "La" capitalised inside the sentence: the name is written whole, adjective included
    found = names(nlp, "Selon les élus de La France insoumise, le texte sera rejeté.")
    assert found.get("La France insoumise") == "ORG", found
    assert "La France" not in found


@pytest.mark.model
def test_round5_country_with_lowercase_article_stays_a_place(nlp):
    found = names(nlp, "Le ministre a parcouru la France entière pendant l'été.")
    assert "France entière" not in " ".join(found), found


@pytest.mark.model
def test_round5_town_hall_acting_is_an_institution(nlp):
    # the model tags only the town; the subject of "a annoncé" is its town hall
    found = names(nlp, "La mairie de Valmont a annoncé la fermeture du pont.")
    assert found.get("mairie de Valmont") == "ORG", found


@pytest.mark.model
def test_round5_town_hall_as_a_place_keeps_the_town(nlp):
    found = names(nlp, "Il travaille à la mairie de Valmont depuis dix ans.")
    assert found.get("Valmont") == "LOC", found


@pytest.mark.model
def test_round5_prefecture_as_a_source_is_an_institution(nlp):
    found = names(nlp, "Selon la préfecture du Morbihan, trois routes restent coupées.")
    assert found.get("préfecture du Morbihan") == "ORG", found


@pytest.mark.model
def test_round5_prefecture_building_in_a_cleft_keeps_the_place(nlp):
    found = names(nlp, "C'est dans la préfecture de la Creuse que les manifestants sont entrés.")
    assert not any(name.startswith("préfecture") for name in found), found


@pytest.mark.model
def test_round5_company_glued_to_its_founder_is_cut(nlp):
    # the model reads "Wikiflux Tancrède Malvoisin" as one organisation; the person is
    # named alone in the next sentence (a first name no list holds)
    text = ("Le fondateur de Wikiflux Tancrède Malvoisin a été libéré. Tancrède Malvoisin "
            "a quitté Londres mardi.")
    found = names(nlp, text)
    assert "Wikiflux Tancrède Malvoisin" not in found, found
    assert found.get("Tancrède Malvoisin") == "PER", found
    assert found.get("Wikiflux") == "ORG", found


@pytest.mark.model
def test_round5_quoted_movement_name_is_taken_whole(nlp):
    found = names(nlp, "Les militants de « La Manif pour tous » ont défilé dimanche à Valmont.")
    assert "La Manif pour tous" in found, found
    assert "Manif" not in found, found
