"""Tests of the relation rules of round 5 (issue #4, session 6): error classes read
on the retired relations-test half. French sentences written for the tests
(fictional people and organisations); entities and quotes set by hand.
"""

from __future__ import annotations

import pytest

from veille.nlp.relations import RelationFinder  # noqa: F401  (registers the pipe)
from test_relation_recall import _quote
from test_relations import _relations, _triples

ORG, PER = "ORG", "PER"


# --- a criticism verb cueing a quotation ------------------------------------------


@pytest.mark.model
def test_round5_accusation_cueing_a_quote_aims_at_the_person_it_names(nlp):
    # The parser reads the inverted speaker as the object of "a accusé"; the
    # accusation is aimed at the one person the quotation names.
    text = ("« Ce qu'a dit Julien Marchal est indigne. Il cherche la provocation », "
            "a accusé Paul Verdier.")
    actors = {"Julien Marchal": PER, "Paul Verdier": PER}
    _, relations = _relations(nlp, text, quotes=_quote(text, "Paul Verdier", "e1"), actors=actors)
    assert ("complaint", "Paul Verdier", "Julien Marchal") in _triples(relations)


@pytest.mark.model
def test_round5_denunciation_with_inverted_pronoun_cueing_a_quote(nlp):
    text = ("Paul Verdier ne décolère pas. « Marchal flatte les éleveurs, mais il les ruine », "
            "dénonce-t-il.")
    actors = {"Paul Verdier": PER, "Marchal": PER}
    _, relations = _relations(nlp, text, quotes=_quote(text, "Paul Verdier", "e0", mention="il"),
                              actors=actors)
    assert ("complaint", "Paul Verdier", "Marchal") in _triples(relations)


@pytest.mark.model
def test_round5_quote_naming_two_actors_gives_no_target(nlp):
    text = "« Julien Marchal et Anne Roux nous ont trompés », dénonce Paul Verdier."
    actors = {"Julien Marchal": PER, "Anne Roux": PER, "Paul Verdier": PER}
    _, relations = _relations(nlp, text, quotes=_quote(text, "Paul Verdier", "e2"), actors=actors)
    assert not [r for r in relations if r.type == "complaint"]


@pytest.mark.model
def test_round5_plain_speech_cue_is_no_complaint(nlp):
    text = "« Ce qu'a dit Julien Marchal est indigne », a déclaré Paul Verdier."
    actors = {"Julien Marchal": PER, "Paul Verdier": PER}
    _, relations = _relations(nlp, text, quotes=_quote(text, "Paul Verdier", "e1"), actors=actors)
    assert not [r for r in relations if r.type == "complaint"]


@pytest.mark.model
def test_round5_person_named_as_a_victim_in_the_quote_is_no_target(nlp):
    # Named as the object of what the speaker blames, not as its author.
    text = "« On a refusé de soigner Julien Marchal pendant deux jours », dénonce Paul Verdier."
    actors = {"Julien Marchal": PER, "Paul Verdier": PER}
    _, relations = _relations(nlp, text, quotes=_quote(text, "Paul Verdier", "e1"), actors=actors)
    assert not [r for r in relations if r.type == "complaint"]


# --- the name a naming participle gives -------------------------------------------


@pytest.mark.model
def test_round5_name_given_by_a_participle_beats_a_qualifying_name(nlp):
    # "Facebook" only says what kind of group it is; the group is the one named.
    text = "En 2012, Paul Verdier crée un groupe Facebook intitulé la Confrérie du Rire."
    actors = {"Paul Verdier": PER, "Facebook": ORG, "Confrérie du Rire": ORG}
    triples = _triples(_relations(nlp, text, actors=actors)[1])
    assert ("founding", "Paul Verdier", "Confrérie du Rire") in triples
    assert ("founding", "Paul Verdier", "Facebook") not in triples


@pytest.mark.model
def test_round5_quoted_name_after_a_company_word_is_its_name(nlp):
    # The parser hangs the quoted name on "fondateur", not on "parti".
    text = ("Paul Verdier, fondateur du parti « Debout Citoyens » qui n'en est pas à son "
            "premier coup d'éclat, est resté silencieux.")
    actors = {"Paul Verdier": PER, "Debout Citoyens": ORG}
    assert ("founding", "Paul Verdier", "Debout Citoyens") in _triples(_relations(nlp, text, actors=actors)[1])



# --- questions -----------------------------------------------------------------


@pytest.mark.model
def test_round5_trigger_in_an_asked_si_clause_is_no_relation(nlp):
    text = "Un étudiant a demandé à Paul Verdier si la France devrait quitter l'Union européenne."
    actors = {"Paul Verdier": PER, "France": "LOC", "Union européenne": ORG}
    assert not [r for r in _relations(nlp, text, actors=actors)[1] if r.type == "departure"]


@pytest.mark.model
def test_round5_conditional_si_clause_keeps_its_relation(nlp):
    # A condition is no question: the departure stays (planned).
    text = "Si la France quittait l'Union européenne, Paul Verdier serait ravi."
    actors = {"Paul Verdier": PER, "France": "LOC", "Union européenne": ORG}
    assert [r for r in _relations(nlp, text, actors=actors)[1] if r.type == "departure"]


# --- posts held "chez" an organisation ----------------------------------------------


@pytest.mark.model
def test_round5_resigning_a_post_chez_an_organisation_leaves_it(nlp):
    text = "Paul Verdier a démissionné fin mars de ses fonctions de directeur chez Kalima."
    actors = {"Paul Verdier": PER, "Kalima": ORG}
    assert ("departure", "Paul Verdier", "Kalima") in _triples(_relations(nlp, text, actors=actors)[1])


@pytest.mark.model
def test_round5_post_chez_an_organisation_read_through_the_title(nlp):
    text = "Paul Verdier a quitté son poste de directeur chez Kalima pour rejoindre Zorbex."
    actors = {"Paul Verdier": PER, "Kalima": ORG, "Zorbex": ORG}
    assert ("departure", "Paul Verdier", "Kalima") in _triples(_relations(nlp, text, actors=actors)[1])


# --- the founder named after a renamed organisation --------------------------------


@pytest.mark.model
def test_round5_founder_named_after_a_renaming_participle_between_commas(nlp):
    text = ("La venue à Lyon de la nièce du cofondateur du Front bleu, devenu Parti vert, "
            "Jean Morin, a provoqué une manifestation.")
    actors = {"Front bleu": ORG, "Parti vert": ORG, "Jean Morin": PER, "Lyon": "LOC"}
    assert ("founding", "Jean Morin", "Front bleu") in _triples(_relations(nlp, text, actors=actors)[1])


# --- the firer left unnamed ---------------------------------------------------------


@pytest.mark.model
def test_round5_firing_without_firer_is_by_the_persons_employer(nlp):
    from veille.models import Role
    from test_relation_round2 import _run

    text = ("Paul Verdier dirige la rédaction de Kalima depuis 2015. "
            "Une procédure de licenciement de Paul Verdier pour faute grave a été engagée lundi.")
    roles = {"Paul Verdier": (Role("rédacteur en chef", "Kalima", False, 0, 0),)}
    triples = _run(nlp, text, {"Paul Verdier": PER, "Kalima": ORG}, roles)
    assert ("firing", "Kalima", "Paul Verdier") in triples


@pytest.mark.model
def test_round5_firing_without_firer_and_two_employers_has_none(nlp):
    from veille.models import Role
    from test_relation_round2 import _run

    text = "Paul Verdier a été licencié pour faute grave lundi."
    roles = {"Paul Verdier": (Role("directeur", "Kalima", False, 0, 0), Role("président", "Zorbex", False, 0, 0))}
    triples = _run(nlp, text, {"Paul Verdier": PER, "Kalima": ORG, "Zorbex": ORG}, roles)
    assert not [t for t in triples if t[0] == "firing"]


# --- the head of state introduced with a bare "président" ---------------------------


@pytest.mark.model
def test_round5_head_of_state_is_the_person_introduced_as_president(nlp):
    text = ("Le président Julien Marchal a lancé lundi une consultation. "
            "Dans une lettre adressée au chef de l'État mardi, Paul Verdier refuse d'y participer.")
    actors = {"Julien Marchal": PER, "Paul Verdier": PER}
    assert ("letter", "Paul Verdier", "Julien Marchal") in _triples(_relations(nlp, text, actors=actors)[1])


@pytest.mark.model
def test_round5_president_of_another_body_is_no_head_of_state(nlp):
    text = ("Le président du Sénat Julien Marchal a lancé lundi une consultation. "
            "Dans une lettre adressée au chef de l'État mardi, Paul Verdier refuse d'y participer.")
    actors = {"Julien Marchal": PER, "Paul Verdier": PER}
    assert not [r for r in _relations(nlp, text, actors=actors)[1] if r.type == "letter"]
