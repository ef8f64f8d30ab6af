"""Direct quotations, round 6 (issue #3): classes read off the retired test3 half,
each tested on an invented French sentence (fictional people and bodies)."""

from __future__ import annotations

import pytest


def quotes(nlp, text, kinds=("direct", "partial")):
    doc = nlp(text)
    return [q for q in doc._.veille_quotes if q.kind in kinds]


@pytest.mark.model
def test_participle_after_a_relative_clause_speaks_for_the_main_subject(nlp):
    # the parser hangs "assurant" on the relative "qui ont marqué …" (subject "qui")
    text = ("Le préfet Marc Delorme avait condamné au début de son discours les « dégradations "
            "intolérables » qui ont marqué la journée, assurant que « ces actes ne resteront pas sans suite ».")
    found = [q for q in quotes(nlp, text) if q.text.startswith("ces actes")]
    assert len(found) == 1
    assert found[0].speaker_text == "Marc Delorme"


@pytest.mark.model
def test_gerund_after_a_verb_of_perception_speaks_for_the_perceived(nlp):
    text = ("Le conseiller Paul Ternier est venu à la réunion. On entend Paul Ternier défendre son bilan, "
            "tout en estimant que « les choix faits depuis deux ans » ont « provoqué une colère qui couvait déjà ».")
    found = quotes(nlp, text)
    assert [q.text for q in found] == ["les choix faits depuis deux ans", "provoqué une colère qui couvait déjà"]
    assert all(q.speaker_text == "Paul Ternier" for q in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a title after "intitulé", an adverbial between
    "Le collectif a publié un rapport intitulé sans détour « Les villes moyennes, un abandon programmé par l'État ».",
    # a legal text named by its object after "portant"
    "Le projet de loi portant « mesures urgentes pour le logement social » a été adopté mardi soir.",
    # the wording of a charge going on after an offence name in marks
    "Le parquet a ouvert une enquête pour « homicides involontaires » aggravés « par la violation délibérée "
    "d'une obligation de sécurité ».",
    "L'instruction a été ouverte pour « homicides et blessures involontaires aggravés par la violation d'une "
    "obligation de prudence » et pour « mise en danger de la vie d'autrui », ajoute le communiqué.",
])
def test_titles_and_charges_in_marks_are_labels(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.model
def test_a_quote_alone_on_its_line_without_final_stop_is_a_subheading(nlp):
    text = ("Le maire a défendu la fermeture de l'école devant les parents, qui ont protesté longuement.\n"
            "« Une décision prise sans aucune concertation »\n"
            "La rentrée aura lieu dans les locaux de la commune voisine, a précisé la préfecture.")
    assert quotes(nlp, text) == []


@pytest.mark.model
def test_a_quote_alone_on_its_line_with_its_stop_is_still_a_quote(nlp):
    text = ("Le maire Paul Ternier a défendu la fermeture de l'école devant les parents.\n"
            "« Nous n'avions pas d'autre choix que de regrouper les classes. »\n"
            "La rentrée aura lieu dans les locaux de la commune voisine.")
    assert [q.text for q in quotes(nlp, text)] == ["Nous n'avions pas d'autre choix que de regrouper les classes."]
