"""Tests of the actor rules added for relation recall (issue #4, session 3): actors
outside the trigger's clause (a quote's speaker, a pronoun or description subject,
the source of a nominal trigger). French sentences written for the tests
(fictional people and companies); entities and quotes set by hand.
"""

from __future__ import annotations

import pytest

from spacy.tokens import Doc

from veille.models import Cue, Quote
from veille.nlp.relations import RelationFinder
from test_relations import _relations, _set_entities, _triples

ORG, PER = "ORG", "PER"
ACTORS = {
    "Zorbex": ORG, "Kalima": ORG, "Forsa": ORG,
    "Jean Dupont": PER, "Marie Leroy": PER, "Paul Garnier": PER,
}


def _quote(text: str, speaker: str, key: str, kind: str = "direct", mention: str | None = None):
    """A quote from the first « to the first », said by ``speaker`` (entity ``key``),
    attributed through ``mention`` (default: the speaker's name)."""
    def quotes(doc):
        start, end = text.index("«"), text.index("»") + 1
        said = mention or speaker
        at = text.index(said, end)
        cue = next(t for t in doc if t.idx > end and t.pos_ == "VERB")
        return [Quote(start, end, text[start:end], kind, speaker_key=key, speaker_text=said,
                      speaker_start=at, speaker_end=at + len(said),
                      cue=Cue(cue.idx, cue.idx + len(cue), cue.text), confidence=0.9, rule="test")]
    return quotes


@pytest.mark.model
def test_relation_recall_first_person_subject_in_a_quote_is_the_speaker(nlp):
    text = "« Nous avons porté plainte contre Kalima », a déclaré Marie Leroy."
    _, relations = _relations(nlp, text, quotes=_quote(text, "Marie Leroy", "e1"), actors=ACTORS)
    assert ("lawsuit", "Marie Leroy", "Kalima") in _triples(relations)


@pytest.mark.model
def test_relation_recall_first_person_possessive_in_a_quote_is_the_speaker(nlp):
    text = "« Notre plainte contre Kalima sera déposée lundi », a annoncé Marie Leroy."
    _, relations = _relations(nlp, text, quotes=_quote(text, "Marie Leroy", "e1"), actors=ACTORS)
    assert ("lawsuit", "Marie Leroy", "Kalima") in _triples(relations)


@pytest.mark.model
def test_relation_recall_first_person_outside_a_quote_is_nobody(nlp):
    text = "Nous avons porté plainte contre Kalima, a déclaré Marie Leroy."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert not [r for r in relations if r.type == "lawsuit"]


@pytest.mark.model
def test_relation_recall_description_speaker_stands_for_its_entity(nlp):
    text = ("« C'est un scandale », a réagi l'avocate, qui a porté plainte contre Kalima.")
    quotes = _quote(text, "Marie Leroy", "e1", mention="l'avocate")
    actors = dict(ACTORS, **{"Marie Leroy": PER})
    text_full = "Marie Leroy défend la famille. " + text

    def shifted(doc):
        base = len("Marie Leroy défend la famille. ")
        q = quotes(nlp(text))[0]
        return [Quote(q.start + base, q.end + base, q.text, q.kind, speaker_key="e0",
                      speaker_text=q.speaker_text, speaker_start=q.speaker_start + base,
                      speaker_end=q.speaker_end + base,
                      cue=Cue(q.cue.start + base, q.cue.end + base, q.cue.text),
                      confidence=0.9, rule="test")]
    _, relations = _relations(nlp, text_full, quotes=shifted, actors=actors)
    assert ("lawsuit", "Marie Leroy", "Kalima") in _triples(relations)


@pytest.mark.model
def test_relation_recall_join_a_movement_launched_by_another(nlp):
    text = "Le syndicat Forsa rejoint le mouvement lancé par Kalima contre la réforme."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("partnership", "Forsa", "Kalima") in _triples(relations)


@pytest.mark.model
def test_relation_recall_noun_trigger_emanating_from_an_actor(nlp):
    text = "La plainte contre Kalima émane de Marie Leroy."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("lawsuit", "Marie Leroy", "Kalima") in _triples(relations)


@pytest.mark.model
def test_relation_recall_pronoun_after_a_sentence_naming_one_person(nlp):
    text = ("La pétition vient d'un certain Jean Dupont, installé en Bretagne. "
            "Il a demandé à Zorbex de retirer son projet.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("request", "Jean Dupont", "Zorbex") in _triples(relations)


@pytest.mark.model
def test_relation_recall_asking_forgiveness_is_no_request(nlp):
    text = "« Je voudrais demander pardon à Paul Garnier », a déclaré Marie Leroy."
    _, relations = _relations(nlp, text, quotes=_quote(text, "Marie Leroy", "e1"), actors=ACTORS)
    assert not [r for r in relations if r.type == "request"]


@pytest.mark.model
def test_relation_recall_acronym_in_parentheses_is_named_by_its_long_form(nlp):
    text = "Jean Dupont a déposé une demande auprès de la préfecture de police (PP) hier."
    _, relations = _relations(nlp, text, actors=dict(ACTORS, PP=ORG))
    assert ("request", "Jean Dupont", "préfecture de police") in _triples(relations)


@pytest.mark.model
def test_relation_recall_pronoun_continues_a_common_noun_subject(nlp):
    text = ("Le ministre a reçu Jean Dupont lundi. "
            "Il a demandé à Zorbex de retirer son projet.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert not [r for r in relations if r.type == "request"]


@pytest.mark.model
def test_relation_recall_joining_without_an_initiator_is_no_partnership(nlp):
    text = "Le syndicat Forsa rejoint le mouvement contre la réforme de Kalima."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert not [r for r in relations if r.type == "partnership"]


@pytest.mark.model
def test_relation_recall_participle_on_a_cue_verb_has_the_speaker_as_subject(nlp):
    text = "Jean Dupont répond. « C'est faux », a-t-il ajouté, reprochant à Marie Leroy son silence."
    _, relations = _relations(nlp, text, quotes=_quote(text, "Jean Dupont", "e0", mention="il"),
                              actors=ACTORS)
    assert ("complaint", "Jean Dupont", "Marie Leroy") in _triples(relations)


@pytest.mark.model
def test_relation_recall_person_apposed_to_a_place_like_name(nlp):
    text = "Jean Dupont a adressé une lettre au Défenseur des droits Paul Garnier."
    _, relations = _relations(nlp, text, actors=dict(ACTORS, **{"Défenseur des droits": "LOC"}))
    assert ("letter", "Jean Dupont", "Paul Garnier") in _triples(relations)


@pytest.mark.model
def test_relation_recall_name_after_a_comma_closes_a_description(nlp):
    text = ("En 2018, Jean Dupont avait accusé le procureur spécial pour la Corse, Paul Garnier, "
            "d'avoir reçu un pot-de-vin.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("complaint", "Jean Dupont", "Paul Garnier") in _triples(relations)


@pytest.mark.model
def test_relation_recall_name_after_a_comma_opening_a_clause_is_not_the_description(nlp):
    text = "Jean Dupont a critiqué la réforme, Paul Garnier lui a répondu hier."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("complaint", "Jean Dupont", "Paul Garnier") not in _triples(relations)


@pytest.mark.model
def test_relation_recall_author_hung_on_the_addressee_name(nlp):
    text = "Lettre à Jean Dupont de Paul Garnier, maire de Lyon."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("letter", "Paul Garnier", "Jean Dupont") in _triples(relations)


@pytest.mark.model
def test_relation_recall_object_of_a_perfect_infinitive_read_as_its_subject(nlp):
    text = "Jean Dupont a fondé Kalima après avoir quitté Zorbex il y a un an."
    _, relations = _relations(nlp, text, actors=ACTORS)
    assert ("departure", "Jean Dupont", "Zorbex") in _triples(relations)


@pytest.mark.model
def test_relation_recall_object_clitic_is_not_named_in_the_subject_description(nlp):
    text = ("Le ministre Paul Garnier a reçu les maires lundi. Parmi eux, Jean Dupont, "
            "vice-président de l'association Kalima (AK), qui l'a accusé de les avoir oubliés.")
    _, relations = _relations(nlp, text, actors=ACTORS)
    triples = _triples(relations)
    assert ("complaint", "Jean Dupont", "Paul Garnier") in triples
    assert ("complaint", "Jean Dupont", "Kalima") not in triples


def test_relation_recall_first_person_in_a_quote_is_not_the_subject_outside_it(blank_nlp):
    # The parser hangs a trigger outside the quote on a verb inside it ("sans
    # démissionner de Kalima : « Je trouve… »"): "je" is not its subject.
    words = ["Marie", "Leroy", "a", "parlé", "sans", "démissionner", "de", "Kalima", ":", "«",
             "Je", "trouve", "cela", "dommage", "»", "."]
    heads = [3, 0, 3, 3, 5, 11, 7, 5, 3, 11, 11, 3, 11, 11, 11, 3]
    deps = ["nsubj", "flat:name", "aux:tense", "ROOT", "mark", "advcl", "case", "obl:arg", "punct",
            "punct", "nsubj", "parataxis", "obj", "xcomp", "punct", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "ADP", "VERB", "ADP", "PROPN", "PUNCT", "PUNCT",
           "PRON", "VERB", "PRON", "NOUN", "PUNCT", "PUNCT"]
    lemmas = ["Marie", "Leroy", "avoir", "parler", "sans", "démissionner", "de", "Kalima", ":", "«",
              "je", "trouver", "cela", "dommage", "»", "."]
    doc = Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    _set_entities(doc, {"Marie Leroy": PER, "Kalima": ORG})
    start, end = doc.text.index("«"), doc.text.index("»") + 1
    doc._.veille_quotes = [Quote(start, end, doc.text[start:end], "direct", speaker_key="e0",
                                 speaker_text="Marie Leroy", speaker_start=0, speaker_end=11,
                                 cue=None, confidence=0.9, rule="test")]
    relations = RelationFinder(blank_nlp).find(doc)
    assert not [r for r in relations if r.type == "departure"]
