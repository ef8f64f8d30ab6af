"""Entity typing of organisations, round 5 (issue #4, relations recall): parties,
institutions, channels and shops that the model calls places or people. Every
sentence is invented (fictional people and towns)."""

from __future__ import annotations

import pytest


def types(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {e.name: e.type for e in doc._.veille_entities}


def type_of(nlp, text: str, word: str) -> str:
    found = [t for name, t in types(nlp, text).items() if word in name]
    assert found, f"no actor named with {word!r} in {types(nlp, text)}"
    return found[0]


@pytest.mark.model
def test_round5_seat_of_power_written_without_its_accent_is_an_institution(nlp):
    # "L'Elysée" (no accent, the article inside the model's span) acts: the presidency
    text = "L'Elysée a confirmé lundi la visite du président tchèque à Valmont."
    assert type_of(nlp, text, "Elysée") == "ORG"


@pytest.mark.model
def test_round5_seat_of_power_without_article_is_an_institution(nlp):
    text = ("Matignon a démenti toute divergence avec le ministre. À Matignon, on assure "
            "que le calendrier sera tenu.")
    assert type_of(nlp, text, "Matignon") == "ORG"
    assert type_of(nlp, "Les arbitrages de Bercy ont déçu les maires.", "Bercy") == "ORG"


@pytest.mark.model
def test_round5_les_sages_are_an_institution(nlp):
    text = "Les Sages ont censuré jeudi une partie de la loi sur le logement."
    assert type_of(nlp, text, "Sages") == "ORG"


@pytest.mark.model
def test_round5_la_republique_of_a_title_is_no_person(nlp):
    text = "Le président de la République a reçu les syndicats mardi."
    assert type_of(nlp, text, "République") == "ORG"


@pytest.mark.model
def test_round5_town_after_a_local_court_is_a_place_even_if_a_first_name(nlp):
    # "Nancy" is also a first name: the court and "près de" make it the town
    assert type_of(nlp, "Le parquet de Nancy a ouvert une enquête pour violences.",
                   "Nancy") == "LOC"
    assert type_of(nlp, "Une manifestation a eu lieu près de Nancy samedi.", "Nancy") == "LOC"


@pytest.mark.model
def test_round5_party_acronym_after_a_member_noun_is_the_party(nlp):
    # "maire" introduces a town ("le maire de Valmont"), not when an acronym follows it
    assert type_of(nlp, "Le maire LR de Valmont, Henri Castagnet, a démissionné.",
                   "LR") == "ORG"
    assert type_of(nlp, "Les élus RN ont quitté l'hémicycle en signe de protestation.",
                   "RN") == "ORG"


@pytest.mark.model
def test_round5_channel_one_speaks_on_is_an_organisation(nlp):
    text = "Le député Jacques Ravel a déclaré dimanche sur Franceinfo que la réforme était juste."
    assert type_of(nlp, text, "Franceinfo") == "ORG"
    text = "Interrogé sur Franceinfo, le député a défendu la réforme."
    assert type_of(nlp, text, "Franceinfo") == "ORG"


@pytest.mark.model
def test_round5_metropole_is_a_council_not_a_place(nlp):
    assert type_of(nlp, "Bordeaux Métropole a voté une hausse du prix des transports.",
                   "Métropole") == "ORG"
    assert type_of(nlp, "Le président de Valmont Métropole a présenté le budget.",
                   "Métropole") == "ORG"


@pytest.mark.model
def test_round5_shop_or_plant_names_its_company(nlp):
    assert type_of(nlp, "Le magasin Zara de Rennes a fermé ses portes.", "Zara") == "ORG"
    assert type_of(nlp, "L'usine Bigard de Quimperlé emploie 800 salariés.", "Bigard") == "ORG"


@pytest.mark.model
def test_round5_places_and_people_keep_their_type(nlp):
    # no over-reach: a town after "maire de", a person after "sur" without a speech
    # verb, a regnal number, a person in brackets
    text = "Le maire de Valmont, Henri Castagnet, a écrit un livre sur Louis XVI."
    found = types(nlp, text)
    assert found.get("Valmont") == "LOC"
    assert found.get("Henri Castagnet") == "PER"
    assert found.get("Louis XVI") == "PER"


@pytest.mark.model
def test_round5_newspaper_title_the_model_calls_misc_is_an_organisation(nlp):
    text = "Selon Le Canard enchaîné, les relations entre les deux hommes se sont dégradées."
    assert type_of(nlp, text, "Canard") == "ORG"
    assert type_of(nlp, "En 2015, L'Opinion décrivait le député comme un ours.",
                   "Opinion") == "ORG"
    # a person named with an article keeps the model's PER
    assert type_of(nlp, "Selon Le Pen, la réforme est injuste.", "Le Pen") == "PER"


@pytest.mark.model
def test_round5_channel_cut_before_its_number_does_not_make_the_country_an_organisation(nlp):
    text = ("Des manifestants venus de toute la France ont bloqué les locaux de France 3 "
            "à Valmont.")
    assert type_of(nlp, text, "France") == "LOC"


@pytest.mark.model
def test_round5_shop_named_after_a_person_by_its_trade(nlp):
    # shops named after people: their clients and sales make them companies
    assert type_of(nlp, "Les clients de Boulanger pourront se faire rembourser.",
                   "Boulanger") == "ORG"
    assert type_of(nlp, "Les ventes de Hermès ont progressé de 12 %.", "Hermès") == "ORG"


@pytest.mark.model
def test_round5_procureur_du_roi_is_no_town(nlp):
    # Belgian title: "du Roi" names no place
    text = "Les faits sont très graves, a estimé le procureur du Roi à Valmont."
    assert types(nlp, text).get("Roi") != "LOC"
