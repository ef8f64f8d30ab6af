"""Tests of round 7a (issue #4, session 7): argument recovery. The trigger fires
but a slot is empty because the actor is not in the slot the parse gives: an
elided subject (a fronted descriptive phrase, an infinitive), a pronoun whose
antecedent is the text's topic person. French sentences written for the tests
(fictional people and organisations).
"""

from __future__ import annotations

import pytest

from veille.nlp.relations import RelationFinder  # noqa: F401  (registers the pipe)
from test_entities import by_name, resolve  # noqa: F401  (fixture)
from test_relations import _relations, _triples

ORG, PER, LOC = "ORG", "PER", "LOC"


# --- a fronted phrase describes the main clause's subject -------------------------


@pytest.mark.model
def test_round7_fronted_agent_noun_describes_the_subject(nlp):
    # "Cofondateur de Y, X a …": the determinerless agent noun set off by a comma
    # at the head of the sentence describes the subject of the main verb.
    text = "Cofondateur de Valmonde, Paul Lestrade a annoncé dimanche un nouveau projet."
    actors = {"Valmonde": ORG, "Paul Lestrade": PER}
    _, relations = _relations(nlp, text, actors=actors)
    assert ("founding", "Paul Lestrade", "Valmonde") in _triples(relations)


# --- a subject pronoun continues the topic person ---------------------------------


@pytest.mark.model
def test_round7_pronoun_continues_an_earlier_pronoun_chain(nlp):
    # "X … Il … Sa … il a quitté Y": the previous sentence's subject is a pronoun
    # (or a possessed noun) continuing X; the new "il" continues the same chain.
    text = ("Paul Lestrade est un ancien cadre. Il a longtemps travaillé dans la finance. "
            "Sa carrière a connu des hauts et des bas. Il a quitté Corvanis en 2015.")
    actors = {"Corvanis": ORG, "Paul Lestrade": PER}
    _, relations = _relations(nlp, text, actors=actors)
    assert ("departure", "Paul Lestrade", "Corvanis") in _triples(relations)


# --- a sentence the parser ended too early ------------------------------------------


def _two_parser_sentences(blank_nlp):
    # "Valtis | a racheté Orbalis ." parsed as two sentences: the first holds only
    # the name, the second a subjectless verb.
    from spacy.tokens import Doc

    from test_relations import _set_entities

    words = ["Valtis", "a", "racheté", "Orbalis", "."]
    doc = Doc(blank_nlp.vocab, words=words, heads=[0, 2, 2, 2, 2],
              deps=["ROOT", "aux:tense", "ROOT", "obj", "punct"],
              pos=["PROPN", "AUX", "VERB", "PROPN", "PUNCT"],
              lemmas=["Valtis", "avoir", "racheter", "Orbalis", "."],
              sent_starts=[True, True, False, False, False])
    _set_entities(doc, {"Valtis": ORG, "Orbalis": ORG})
    return doc


def test_round7_sentence_starting_lower_case_continues_the_previous_one(blank_nlp):
    from veille.nlp.relation_syntax import sentence_segments

    doc = _two_parser_sentences(blank_nlp)
    segments, _ = sentence_segments(doc)
    assert [s.text for s in segments] == ["Valtis a racheté Orbalis ."]


def test_round7_subject_cut_off_by_the_parser_is_found(blank_nlp):
    doc = _two_parser_sentences(blank_nlp)
    relations = RelationFinder(blank_nlp).find(doc)
    assert ("acquisition", "Valtis", "Orbalis") in _triples(relations)


# --- a bare noun the article used as a person's title --------------------------------


@pytest.mark.model
def test_round7_bare_noun_stands_for_the_person_it_introduced(nlp):
    # "le cardinal X … accusé le cardinal": the same word, earlier glued to a name,
    # names that person again (any word, not only the listed titles).
    text = ("Le cardinal Jean Morlot a fondé l'association Terre Vive en 1990. "
            "En 2005, l'abbé Paul Verdier a accusé le cardinal d'avoir ignoré des signalements.")
    actors = {"Jean Morlot": PER, "Terre Vive": ORG, "Paul Verdier": PER}
    _, relations = _relations(nlp, text, actors=actors)
    assert ("complaint", "Paul Verdier", "Jean Morlot") in _triples(relations)


@pytest.mark.model
def test_round7_pronoun_takes_the_topic_named_outside_complements(nlp):
    # The previous sentence names two people and its subject is no name the parse
    # reaches: the one named outside any prepositional complement is the topic.
    text = ("Pour la première fois depuis l'arrivée de Marc Aubry, un élu de son parti, "
            "l'ex-socialiste Paul Lestrade, a voté contre. Il a ensuite quitté l'entreprise Corvanis.")
    actors = {"Marc Aubry": PER, "Paul Lestrade": PER, "Corvanis": ORG}
    _, relations = _relations(nlp, text, actors=actors)
    triples = _triples(relations)
    assert ("departure", "Paul Lestrade", "Corvanis") in triples
    assert ("departure", "Marc Aubry", "Corvanis") not in triples


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


# --- a participle sharing the auxiliary of the verb before it ------------------------


@pytest.mark.model
def test_round7_coordinated_participle_shares_subject_and_auxiliary(nlp):
    # "X a disparu … et démissionné de Y": the parser hangs the participle (and its
    # complement) on the nearest noun; it is the compound verb's second conjunct.
    text = "Paul Lestrade a disparu à son retour dans son pays et démissionné de la direction de Corvanis."
    actors = {"Paul Lestrade": PER, "Corvanis": ORG}
    _, relations = _relations(nlp, text, actors=actors)
    assert ("departure", "Paul Lestrade", "Corvanis") in _triples(relations)


# --- a relative clause on a description ------------------------------------------------


@pytest.mark.model
def test_round7_relative_on_a_description_takes_its_referent(nlp):
    # "Le cardinal, qui a fondé Y": "qui" continues the description, which stands
    # for the person the article introduced with that word.
    text = ("Le cardinal Jean Morlot a quitté Rome. Le cardinal, qui a fondé l'association "
            "Terre Vive en 1990, vit désormais à Lyon.")
    actors = {"Jean Morlot": PER, "Terre Vive": ORG}
    _, relations = _relations(nlp, text, actors=actors)
    assert ("founding", "Jean Morlot", "Terre Vive") in _triples(relations)


@pytest.mark.model
def test_round7_pronoun_chain_beats_a_name_in_the_previous_object(nlp):
    # "X … Il a rencontré Y. Il a quitté Z": the second "il" continues the first
    # (the previous sentence's subject), not the person that sentence names.
    text = ("Paul Lestrade a rejoint Valmonde en 2010. Il a ensuite rencontré Marc Aubry. "
            "Il a quitté la société Corvanis en 2015.")
    actors = {"Paul Lestrade": PER, "Marc Aubry": PER, "Valmonde": ORG, "Corvanis": ORG}
    _, relations = _relations(nlp, text, actors=actors)
    triples = _triples(relations)
    assert ("departure", "Paul Lestrade", "Corvanis") in triples
    assert ("departure", "Marc Aubry", "Corvanis") not in triples


@pytest.mark.model
def test_round7_possessive_reads_the_previous_sentence_topic(nlp):
    # "… depuis l'arrivée de X, un élu, Y, a voté contre. Sa démission de Z…": the
    # possessive continues the topic as "il" would.
    text = ("Pour la première fois depuis l'arrivée de Marc Aubry, un élu de son parti, "
            "l'ex-socialiste Paul Lestrade, a voté contre. Sa démission de la société Corvanis a surpris.")
    actors = {"Marc Aubry": PER, "Paul Lestrade": PER, "Corvanis": ORG}
    _, relations = _relations(nlp, text, actors=actors)
    triples = _triples(relations)
    assert ("departure", "Paul Lestrade", "Corvanis") in triples
    assert ("departure", "Marc Aubry", "Corvanis") not in triples


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


@pytest.mark.model
def test_round7_pronoun_continues_a_description_subject(nlp):
    # "… Le cardinal a ensuite rencontré des fidèles. Il a fondé Y": "il" continues
    # the previous subject, a description of the cardinal, not the last named subject.
    text = ("Le cardinal Jean Morlot a quitté Rome. Paul Verdier l'a accueilli à Lyon. "
            "Le cardinal a ensuite rencontré des fidèles. Il a fondé l'association Terre Vive.")
    actors = {"Jean Morlot": PER, "Paul Verdier": PER, "Terre Vive": ORG}
    _, relations = _relations(nlp, text, actors=actors)
    triples = _triples(relations)
    assert ("founding", "Jean Morlot", "Terre Vive") in triples
    assert ("founding", "Paul Verdier", "Terre Vive") not in triples
