"""Tests of round 7a (issue #4, session 7): argument recovery. The trigger fires
but a slot is empty because the actor is not in the slot the parse gives: an
elided subject (a fronted descriptive phrase, an infinitive under a passive, a
participle sharing an auxiliary), a description or a relative pronoun standing
for a person named earlier. French sentences written for the tests
(fictional people and organisations).
"""

from __future__ import annotations

import pytest

from veille.nlp.relations import RelationFinder  # noqa: F401  (registers the pipe)
from test_entities import by_name, resolve  # noqa: F401  (fixture)
from test_relations import _relations, _triples

ORG, PER, LOC = "ORG", "PER", "LOC"


# --- an actor the slot does not show, read from elsewhere in the sentence or text ---


@pytest.mark.model
@pytest.mark.parametrize("text, actors, triple", [
    # "Cofondateur de Y, X a …": the determinerless agent noun set off by a comma
    # at the head of the sentence describes the subject of the main verb.
    pytest.param("Cofondateur de la société Valmonde, Paul Lestrade avait indiqué dimanche que le projet était prêt.",
                 {"Valmonde": ORG, "Paul Lestrade": PER},
                 ("founding", "Paul Lestrade", "Valmonde"),
                 id="fronted_agent_noun_describes_the_subject"),
    # "le cardinal X … accusé le cardinal": the same word, earlier glued to a name,
    # names that person again (any word, not only the listed titles).
    pytest.param("Le cardinal Jean Morlot a fondé l'association Terre Vive en 1990. "
                 "En 2005, l'abbé Paul Verdier a accusé le cardinal d'avoir ignoré des signalements.",
                 {"Jean Morlot": PER, "Terre Vive": ORG, "Paul Verdier": PER},
                 ("complaint", "Paul Verdier", "Jean Morlot"),
                 id="bare_noun_stands_for_the_person_it_introduced"),
    # "X a disparu … et démissionné de Y": the parser hangs the participle (and its
    # complement) on the nearest noun; it is the compound verb's second conjunct.
    pytest.param("Paul Lestrade a disparu à son retour dans son pays et démissionné de la direction de Corvanis.",
                 {"Paul Lestrade": PER, "Corvanis": ORG},
                 ("departure", "Paul Lestrade", "Corvanis"),
                 id="coordinated_participle_shares_subject_and_auxiliary"),
    # "Le cardinal, qui a fondé Y": "qui" continues the description, which stands
    # for the person the article introduced with that word.
    pytest.param("Le cardinal Jean Morlot a quitté Rome. Le cardinal, qui a fondé l'association "
                 "Terre Vive en 1990, vit désormais à Lyon.",
                 {"Jean Morlot": PER, "Terre Vive": ORG},
                 ("founding", "Jean Morlot", "Terre Vive"),
                 id="relative_on_a_description_takes_its_referent"),
])
def test_round7_elided_or_described_actor_is_found(nlp, text, actors, triple):
    _, relations = _relations(nlp, text, actors=actors)
    assert triple in _triples(relations)


# --- a noun before a name that is no title ------------------------------------------


@pytest.mark.model
def test_round7_complement_noun_before_a_name_is_no_title(nlp):
    # "le président de séance X": "séance" is a complement, not X's title.
    text = ("Le président de séance Paul Verdier a ouvert les débats. "
            "Marie Caron a accusé la séance d'avoir été truquée.")
    actors = {"Paul Verdier": PER, "Marie Caron": PER}
    _, relations = _relations(nlp, text, actors=actors)
    assert ("complaint", "Marie Caron", "Paul Verdier") not in _triples(relations)


# --- a source introduced by "selon" is no subject -----------------------------------


@pytest.mark.model
def test_round7_source_after_selon_is_not_the_subject(nlp):
    # The parser makes "Selon X" the subject and the real subject its apposition.
    text = "Selon Marie Caron, Paul Lestrade a racheté la société Corvanis."
    actors = {"Marie Caron": PER, "Paul Lestrade": PER, "Corvanis": ORG}
    _, relations = _relations(nlp, text, actors=actors)
    triples = _triples(relations)
    assert ("acquisition", "Marie Caron", "Corvanis") not in triples
    assert ("acquisition", "Paul Lestrade", "Corvanis") in triples


# --- an infinitive under a passive control verb -------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Paul Lestrade a été contraint de quitter la société Corvanis.",
    "Paul Lestrade a été poussé à quitter la société Corvanis.",
    "Paul Lestrade, contraint de quitter la société Corvanis, a protesté.",
])
def test_round7_infinitive_under_a_passive_is_the_patients(nlp, text):
    # The passive's patient (its subject, or the noun the participle describes)
    # does what the infinitive says; the active object-control rule found nobody.
    _, relations = _relations(nlp, text, actors={"Paul Lestrade": PER, "Corvanis": ORG})
    assert ("departure", "Paul Lestrade", "Corvanis") in _triples(relations)


# --- a possessive holder and the holder's employer on one trigger --------------------


@pytest.mark.model
def test_round7_possessive_holder_and_employer_both_on_the_trigger(nlp):
    # "X, PDG de Y, … Sa démission": the possessive (the subject) and the employer
    # read from X's post (the object) both stand on the noun "démission"; they are
    # two roles, not one slot read twice.
    import dataclasses

    from veille.models import Role

    text = "Paul Lestrade dirige Corvanis depuis 2010. Sa démission a surpris les salariés."
    doc, _ = _relations(nlp, text, actors={"Paul Lestrade": PER, "Corvanis": ORG})
    doc._.veille_entities = [
        dataclasses.replace(e, roles=(Role("PDG", "Corvanis", False, 0, 0),) if e.name == "Paul Lestrade" else ())
        for e in doc._.veille_entities
    ]
    nlp.get_pipe("veille_relations")(doc)
    assert ("departure", "Paul Lestrade", "Corvanis") in _triples(doc._.veille_relations)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "La présidente du parti, Lina Morel, a réclamé lundi la démission du ministre de l'Agriculture Paul Verdier.",
    "Les manifestants ont appelé à la démission du ministre de l'Agriculture Paul Verdier.",
])
def test_a_requested_resignation_is_no_departure(nlp, text):
    # what is asked for has not happened: no departure of the minister
    doc = nlp(text)
    assert not [r for r in doc._.veille_relations if r.type == "departure"]


@pytest.mark.model
def test_an_announced_resignation_is_still_a_departure(nlp):
    doc = nlp("Le ministre de l'Agriculture Paul Verdier a annoncé sa démission lundi.")
    assert [r for r in doc._.veille_relations if r.type == "departure" and r.subject == "Paul Verdier"]
