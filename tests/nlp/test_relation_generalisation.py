"""Tests of the wordings added for relation recall on unseen articles (issue #4).

Each case is a French sentence written for the test (fictional people and
companies); entities are set by hand (see ``test_relations._relations``) so that the
case tests the relation component, not the entity model. Negative cases are the
look-alikes each new rule must leave alone.
"""

from __future__ import annotations

import pytest

from test_relations import _relations, _triples

ORG, PER = "ORG", "PER"
ACTORS = {
    "Zorbex": ORG, "Kalima": ORG, "Vertigo": ORG, "Nuvio": ORG, "Patriotes": ORG,
    "Amis de la Forêt": ORG, "ex-PS": ORG, "Ensemble Lumière": ORG, "Forsa": ORG,
    "Jean Dupont": PER, "Marie Leroy": PER, "Paul Garnier": PER, "Léa Morel": PER,
    "Hugo Renard": PER, "Brecht": PER,
}

FOUND = [
    # The tagger reads "fondateur" as a verb in appositions; it stays a noun trigger.
    ("founding", "Jean Dupont, fondateur des Amis de la Forêt, le dit clairement.",
     "Jean Dupont", "Amis de la Forêt"),
    # A bare noun coordinated with the name describes it.
    ("founding", "Jean Dupont, ex-PS et fondateur des Patriotes, a tweeté.",
     "Jean Dupont", "Patriotes"),
    # "l'un des fondateurs": the name right before the comma.
    ("founding", "Paul Garnier, l'un des fondateurs de Nuvio, a démissionné.",
     "Paul Garnier", "Nuvio"),
    # A participle after a two-word name whose second word is a common noun.
    ("founding", "Léa Morel, passée par l'Ensemble Lumière fondé par Brecht, joue ce soir.",
     "Brecht", "Ensemble Lumière"),
    # "demande" lemmatised as the noun: the verb frame is still used.
    ("request", "Le syndicat Forsa demande à Zorbex de suspendre le plan social.",
     "Forsa", "Zorbex"),
    ("complaint", "Jean Dupont critique la politique de Vertigo.", "Jean Dupont", "Vertigo"),
    ("complaint", "Marie Leroy a dénoncé la décision de Kalima.", "Marie Leroy", "Kalima"),
    # A governing body acts for its organisation.
    ("firing", "Le conseil d'administration de Zorbex a limogé Paul Garnier.",
     "Zorbex", "Paul Garnier"),
    ("appointment", "Le PDG Paul Garnier quitte Zorbex. Il devient directeur commercial chez Kalima.",
     "Paul Garnier", "Kalima"),
]


@pytest.mark.model
@pytest.mark.parametrize("rel_type, text, subject, obj", FOUND)
def test_relation_generalisation_finds_wording(nlp, rel_type, text, subject, obj):
    _, relations = _relations(nlp, text, actors=ACTORS)
    found = {(s, o) for t, s, o in _triples(relations) if t == rel_type}
    assert (subject, obj) in found, relations


@pytest.mark.model
def test_relation_generalisation_apposed_names_are_each_a_defendant(nlp):
    text = "L'association Kalima a déposé des plaintes contre deux géants du numérique, Zorbex et Vertigo."
    _, relations = _relations(nlp, text, actors=ACTORS)
    triples = _triples(relations)
    assert ("lawsuit", "Kalima", "Zorbex") in triples, relations
    assert ("lawsuit", "Kalima", "Vertigo") in triples, relations


@pytest.mark.model
def test_relation_generalisation_founder_apposition_skips_other_conjuncts(nlp):
    """"X, ex-PS et fondateur de Y": the PS is a conjunct of X, not a founder."""
    text = "Jean Dupont, ex-PS et fondateur des Patriotes, a tweeté."
    _, relations = _relations(nlp, text, actors=ACTORS)
    founders = {s for t, s, _ in _triples(relations) if t == "founding"}
    assert founders == {"Jean Dupont"}, relations


@pytest.mark.model
def test_relation_generalisation_one_of_the_founders_in_a_list_is_the_last_name(nlp):
    text = ("Hugo Renard, bras droit de Jean Dupont ou Paul Garnier, l'un des fondateurs "
            "de Nuvio, était présent.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    founders = {s for t, s, _ in _triples(relations) if t == "founding"}
    assert founders <= {"Paul Garnier"}, relations
    assert "Hugo Renard" not in founders and "Jean Dupont" not in founders


@pytest.mark.model
def test_relation_generalisation_person_body_is_not_an_organisation(nlp):
    """"la direction de Paul Garnier" is his management: no firing by Paul Garnier."""
    text = "La direction de Paul Garnier a limogé Jean Dupont."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("firing", "Paul Garnier", "Jean Dupont") not in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_condemned_noun_needs_a_criticism_verb(nlp):
    text = "Jean Dupont a présenté la décision de Vertigo aux salariés."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert not [r for r in relations if r.type == "complaint"], relations


@pytest.mark.model
def test_relation_generalisation_coordinated_parties_of_an_agreement(nlp):
    """"X et Y ont conclu un accord": both parties are subjects, no "avec"."""
    text = "En 2019, Zorbex et Kalima ont conclu un accord de distribution."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("partnership", "Zorbex", "Kalima") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_single_party_makes_no_partnership(nlp):
    text = "En 2019, Zorbex a conclu un accord de distribution."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert not [r for r in relations if r.type == "partnership"], relations


@pytest.mark.model
def test_relation_generalisation_participle_after_a_parenthesis(nlp):
    text = "Kalima (soixante salariés revendiqués), fondée par Léa Morel, recrute."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("founding", "Léa Morel", "Kalima") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_founder_apposition_describes_the_name_before_it(nlp):
    text = "Nous avons posé ces questions à Hugo Renard, fondateur de la chaîne Vertigo."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("founding", "Hugo Renard", "Vertigo") in _triples(relations), relations


def _with_roles(nlp, doc, roles_by_name):
    """Give entities the roles the roles component would find, then re-run relations."""
    import dataclasses

    doc._.veille_entities = [
        dataclasses.replace(e, roles=tuple(roles_by_name.get(e.name, ()))) for e in doc._.veille_entities
    ]
    nlp.get_pipe("veille_relations")(doc)
    return doc._.veille_relations


@pytest.mark.model
def test_relation_generalisation_departure_object_from_the_person_s_post(nlp):
    from veille.models import Role

    text = "Paul Garnier dirigeait Zorbex depuis 2010. La démission de Paul Garnier a surpris Kalima."
    doc, _ = _relations(nlp, text, actors=ACTORS)
    relations = _with_roles(nlp, doc, {"Paul Garnier": [Role("PDG", "Zorbex", False, 0, 0)]})
    assert ("departure", "Paul Garnier", "Zorbex") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_departure_needs_one_post_organisation(nlp):
    """Two organisations among the person's posts: which one is left is unknown."""
    from veille.models import Role

    text = "Paul Garnier dirigeait Zorbex et Kalima. La démission de Paul Garnier a surpris."
    doc, _ = _relations(nlp, text, actors=ACTORS)
    relations = _with_roles(nlp, doc, {"Paul Garnier": [
        Role("PDG", "Zorbex", False, 0, 0), Role("président", "Kalima", False, 0, 0),
    ]})
    assert not [r for r in relations if r.type == "departure"], relations


@pytest.mark.model
def test_relation_generalisation_founder_title_is_not_a_post_left(nlp):
    from veille.models import Role

    text = "Paul Garnier a créé Zorbex en 2001. La démission de Paul Garnier a surpris."
    doc, _ = _relations(nlp, text, actors=ACTORS)
    relations = _with_roles(nlp, doc, {"Paul Garnier": [Role("fondateur", "Zorbex", False, 0, 0)]})
    assert not [r for r in relations if r.type == "departure"], relations


@pytest.mark.model
def test_relation_generalisation_request_addressee_on_the_support_verb(nlp):
    text = "Jean Dupont a déposé auprès de Vertigo la demande d'autorisation de manifester."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("request", "Jean Dupont", "Vertigo") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_object_clitic_is_the_other_actor(nlp):
    text = "Marie Leroy a rencontré Jean Dupont en mars. Elle l'accuse d'avoir menti."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("complaint", "Marie Leroy", "Jean Dupont") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_object_clitic_request(nlp):
    text = "Jean Dupont a écrit à Paul Garnier pour lui demander une rencontre."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("request", "Jean Dupont", "Paul Garnier") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_object_clitic_left_alone_when_ambiguous(nlp):
    """Two actors could be "l'": none is chosen; the coordinated subjects are not it."""
    text = "Paul Garnier dirige Zorbex. Marie Leroy et Léa Morel l'accusent de fraude."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert not [r for r in relations if r.type == "complaint"], relations


@pytest.mark.model
def test_relation_generalisation_title_of_organisation_is_its_holder(nlp):
    from veille.models import Role

    text = "Paul Garnier dirige Kalima depuis 2015. Le PDG de Kalima a porté plainte contre Zorbex."
    doc, _ = _relations(nlp, text, actors=ACTORS)
    relations = _with_roles(nlp, doc, {"Paul Garnier": [Role("PDG", "Kalima", False, 0, 0)]})
    assert ("lawsuit", "Paul Garnier", "Zorbex") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_title_of_organisation_needs_the_same_title(nlp):
    """Paul Garnier is PDG of Kalima, not its président: "le président de Kalima" is someone else."""
    from veille.models import Role

    text = "Paul Garnier dirige Kalima depuis 2015. Le président de Kalima a porté plainte contre Zorbex."
    doc, _ = _relations(nlp, text, actors=ACTORS)
    relations = _with_roles(nlp, doc, {"Paul Garnier": [Role("PDG", "Kalima", False, 0, 0)]})
    assert ("lawsuit", "Paul Garnier", "Zorbex") not in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_former_holder_is_not_the_title(nlp):
    from veille.models import Role

    text = "Paul Garnier a dirigé Kalima. Le PDG de Kalima a porté plainte contre Zorbex."
    doc, _ = _relations(nlp, text, actors=ACTORS)
    relations = _with_roles(nlp, doc, {"Paul Garnier": [Role("PDG", "Kalima", True, 0, 0)]})
    assert ("lawsuit", "Paul Garnier", "Zorbex") not in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_leaving_the_post_of_an_organisation(nlp):
    text = "Léa Morel a quitté la présidence de Kalima en juin."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("departure", "Léa Morel", "Kalima") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_firing_object_stays_the_person(nlp):
    """"limoger le directeur de Zorbex": the director is fired, not Zorbex."""
    text = "Kalima a limogé le directeur de Zorbex, Paul Garnier."
    _, relations = _relations(nlp, text, actors=ACTORS)
    fired = {o for t, _, o in _triples(relations) if t == "firing"}
    assert "Zorbex" not in fired, relations


@pytest.mark.model
def test_relation_generalisation_person_apposed_to_a_misc_name(nlp):
    actors = dict(ACTORS, **{"Bonnet vert": "MISC"})
    text = "Marie Leroy reproche à un autre Bonnet vert, Jean Dupont, de mener une liste."
    _, relations = _relations(nlp, text, actors=actors)
    triples = _triples(relations)
    assert ("complaint", "Marie Leroy", "Jean Dupont") in triples, relations
    assert ("complaint", "Marie Leroy", "Bonnet vert") not in triples, relations


@pytest.mark.model
def test_relation_generalisation_two_appositions_are_not_a_list(nlp):
    actors = dict(ACTORS, **{"Bonnet vert": "MISC"})
    text = "Sur le plateau de Vertigo, Marie Leroy, Bonnet vert du Nord, a reproché à Jean Dupont de mentir."
    _, relations = _relations(nlp, text, actors=actors)
    subjects = {s for t, s, _ in _triples(relations) if t == "complaint"}
    assert "Bonnet vert" not in subjects, relations


@pytest.mark.model
def test_relation_generalisation_pronoun_after_a_sentence_without_actor(nlp):
    """The previous sentence names nobody: "elle" is the last person subject before."""
    text = ("Marie Leroy a quitté Zorbex en mars. Le calme est revenu depuis. "
            "Elle accuse désormais Kalima de mentir.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("complaint", "Marie Leroy", "Kalima") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_pronoun_in_relative_clause_not_guessed(nlp):
    text = ("Paul Garnier a parlé lundi. Le calme est revenu depuis. "
            "Voici la vidéo dans laquelle il insulte Jean Dupont.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("complaint", "Paul Garnier", "Jean Dupont") not in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_founder_coordinated_with_a_named_noun(nlp):
    text = "Le milliardaire et fondateur de Zorbex, Hugo Renard, investit."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("founding", "Hugo Renard", "Zorbex") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_indefinite_misc_name_is_not_an_actor(nlp):
    actors = dict(ACTORS, **{"Bonnet vert": "MISC"})
    text = "Jean Dupont a été mis en cause par une Bonnet vert lundi."
    _, relations = _relations(nlp, text, actors=actors)
    assert not [r for r in relations if r.subject == "Bonnet vert"], relations


def _hand_parsed(blank_nlp, words, heads, deps, morphs):
    from spacy.tokens import Doc

    return Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, morphs=morphs)


def test_relation_generalisation_clause_hung_on_a_noun_is_active(blank_nlp):
    """The parser hangs "Kalima a déposé…" on "temps" as a participle (acl): with its
    own subject and auxiliary it is an active clause, not "X, déposé par Y"."""
    from veille.nlp import relation_syntax as syntax

    part = "VerbForm=Part|Tense=Past"
    doc = _hand_parsed(
        blank_nlp,
        ["En", "temps", "que", "Kalima", "a", "déposé", "des", "plaintes"],
        [1, 1, 5, 5, 5, 1, 7, 5],
        ["case", "ROOT", "mark", "nsubj", "aux:tense", "acl", "det", "obj"],
        ["", "", "", "", "", part, "", ""],
    )
    assert not syntax.is_passive(doc[5])
    passive = _hand_parsed(
        blank_nlp,
        ["la", "société", "soutenue", "par", "Zorbex"],
        [1, 1, 1, 4, 2],
        ["det", "ROOT", "acl", "case", "obl:agent"],
        ["", "", part, "", ""],
    )
    assert syntax.is_passive(passive[2])


@pytest.mark.model
def test_relation_generalisation_launching_a_collective_is_a_founding(nlp):
    """An organisation launching a collective founds it (it is no product launch)."""
    text = "Le collectif Forsa, lancé par Zorbex en décembre, réclame un référendum."
    _, relations = _relations(nlp, text, actors=ACTORS)
    triples = _triples(relations)
    assert ("founding", "Zorbex", "Forsa") in triples, relations
    assert ("launch", "Zorbex", "Forsa") not in triples, relations


@pytest.mark.model
def test_relation_generalisation_head_of_state_departure_has_no_employer(nlp):
    from veille.models import Role

    actors = dict(ACTORS, État="ORG")
    text = "Paul Garnier dirige l'État depuis 2013. Le départ de Paul Garnier est exigé."
    doc, _ = _relations(nlp, text, actors=actors)
    relations = _with_roles(nlp, doc, {"Paul Garnier": [Role("chef", "État", False, 0, 0)]})
    assert not [r for r in relations if r.type == "departure"], relations


@pytest.mark.model
def test_relation_generalisation_quoted_adjective_does_not_hide_the_target(nlp):
    text = 'Jean Dupont a critiqué les déclarations "ahurissantes" de Marie Leroy sur la dette.'
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("complaint", "Jean Dupont", "Marie Leroy") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_actor_across_a_quotation_is_still_cut(nlp):
    text = "« Zorbex ment depuis des mois et nous le prouverons », a dénoncé Marie Leroy."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("complaint", "Marie Leroy", "Zorbex") not in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_participle_hung_on_the_main_verb(nlp):
    text = ("Selon une étude publiée lundi par l'organisation Kalima, fondée par le PDG de "
            "Zorbex Hugo Renard pour défendre les détenus, la situation empire.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    founders = {(s, o) for t, s, o in _triples(relations) if t == "founding"}
    assert founders == {("Hugo Renard", "Kalima")}, relations


@pytest.mark.model
def test_relation_generalisation_one_of_the_founders_after_a_copula(nlp):
    text = "Paul Garnier était l'un des fondateurs de Nuvio."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("founding", "Paul Garnier", "Nuvio") in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_pronoun_after_a_demonstrative_description_not_guessed(nlp):
    """"Cet animateur…. Il était…": "il" is the unnamed animateur, not the last named person."""
    text = ("Paul Garnier a salué les victimes lundi. Cet animateur culturel était bien connu "
            "à Lyon. Il était l'un des fondateurs de Nuvio.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("founding", "Paul Garnier", "Nuvio") not in _triples(relations), relations


@pytest.mark.model
def test_relation_generalisation_regime_of_a_place_is_the_place(nlp):
    actors = dict(ACTORS, Téhéran="LOC")
    text = "Le collectif Forsa a accusé le régime de Téhéran d'avoir préparé l'attaque."
    _, relations = _relations(nlp, text, actors=actors)
    assert ("complaint", "Forsa", "Téhéran") in _triples(relations), relations
