"""Direct quotations, round 6 (issue #3): classes read off the retired test3 half,
each tested on an invented French sentence (fictional people and bodies)."""

from __future__ import annotations

import pytest


def quotes(nlp, text, kinds=("direct", "partial")):
    doc = nlp(text)
    return [q for q in doc._.veille_quotes if q.kind in kinds]


@pytest.mark.model
def test_participle_after_a_relative_clause_speaks_for_the_main_subject(nlp):
    # the parser hangs "assurant" on the relative "qui ont plombé …" (subject "qui")
    text = ("Le maire Paul Arnaud avait dénoncé dès l'ouverture de la séance les « dépenses excessives » qui ont "
            "plombé les comptes, assurant que « ces écarts ne se reproduiront plus à l'avenir ».")
    found = [q for q in quotes(nlp, text) if q.text.startswith("ces écarts")]
    assert len(found) == 1
    assert found[0].speaker_text == "Paul Arnaud"


@pytest.mark.model
def test_gerund_after_a_verb_of_perception_speaks_for_the_perceived(nlp):
    text = ("La sénatrice Jeanne Roux est arrivée en retard. On entend Jeanne Roux commenter le vote, tout en "
            "jugeant que « les arbitrages rendus cet automne » ont « creusé un fossé qui existait depuis longtemps ».")
    found = quotes(nlp, text)
    assert [q.text for q in found] == ["les arbitrages rendus cet automne", "creusé un fossé qui existait depuis longtemps"]
    assert all(q.speaker_text == "Jeanne Roux" for q in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a title after "intitulé", an adverbial between
    "Le collectif a publié un rapport intitulé sans détour « Les villes moyennes, un abandon programmé par l'État ».",
    # a legal text named by its object after "portant"
    "Le décret portant « organisation des transports scolaires en zone rurale » a été publié mardi.",
    # the wording of a charge going on after an offence name in marks
    "Le parquet a ouvert une enquête pour « blessures involontaires » aggravées « par la conduite d'un véhicule "
    "sans permis valable ».",
    "Une information judiciaire a été ouverte pour « homicides et blessures involontaires commis lors d'un "
    "rassemblement non déclaré sur la voie publique », précise le parquet.",
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
