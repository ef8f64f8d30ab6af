"""Tests of the relation rules of round 2 (issue #4): actors reached through a
participle clause, a description, an apposition the parser misplaced, a title.
French sentences written for the tests (fictional people and companies);
entities set by hand.
"""

from __future__ import annotations

import dataclasses

import pytest

from veille.models import Role
from veille.nlp.relations import RelationFinder  # noqa: F401  (registers the pipe)
from test_relations import _set_entities, _triples

ORG, PER = "ORG", "PER"


def _run(nlp, text: str, actors: dict[str, str], roles: dict[str, tuple[Role, ...]] | None = None):
    doc = nlp(text)
    _set_entities(doc, actors)
    if roles:
        doc._.veille_entities = [
            dataclasses.replace(r, roles=roles.get(r.name, ())) for r in doc._.veille_entities
        ]
    doc._.veille_amounts = []
    doc._.veille_dates = []
    doc._.veille_quotes = []
    nlp.get_pipe("veille_relations")(doc)
    return _triples(doc._.veille_relations)


@pytest.mark.model
def test_round2_present_participle_takes_the_pronoun_subject_of_its_verb(nlp):
    text = ("Jean Dupont a travaillé dix ans chez Kalima. Il est finalement parti, "
            "créant ensuite sa propre entreprise appelée Zorix.")
    triples = _run(nlp, text, {"Jean Dupont": PER, "Kalima": ORG, "Zorix": ORG})
    assert ("founding", "Jean Dupont", "Zorix") in triples


@pytest.mark.model
def test_round2_impersonal_il_is_no_subject(nlp):
    text = ("Jean Dupont a travaillé dix ans chez Kalima. Il faut créer une entreprise "
            "appelée Zorix, estime-t-on.")
    triples = _run(nlp, text, {"Jean Dupont": PER, "Kalima": ORG, "Zorix": ORG})
    assert not [t for t in triples if t[0] == "founding"]


@pytest.mark.model
def test_round2_head_title_synonym_stands_for_the_head(nlp):
    text = ("Paul Garnier dirige Zorix depuis 2012. Le chef de Zorix a déposé une plainte "
            "contre Ardan.")
    roles = {"Paul Garnier": (Role("PDG", "Zorix", False, 0, 0),)}
    triples = _run(nlp, text, {"Paul Garnier": PER, "Zorix": ORG, "Ardan": ORG}, roles)
    assert ("lawsuit", "Paul Garnier", "Ardan") in triples


@pytest.mark.model
def test_round2_head_title_is_not_another_post(nlp):
    text = ("Paul Garnier dirige Zorix depuis 2012. Le chef de Zorix a déposé une plainte "
            "contre Ardan.")
    roles = {"Paul Garnier": (Role("porte-parole", "Zorix", False, 0, 0),)}
    triples = _run(nlp, text, {"Paul Garnier": PER, "Zorix": ORG, "Ardan": ORG}, roles)
    assert ("lawsuit", "Paul Garnier", "Ardan") not in triples


@pytest.mark.model
def test_round2_apposition_after_a_company_suffix_describes_the_name(nlp):
    text = ("Zorix a beaucoup changé depuis 2015. Elle est devenue une entreprise redevable "
            "à Kordex Corp, son plus grand investisseur.")
    triples = _run(nlp, text, {"Zorix": ORG, "Kordex Corp": ORG})
    assert ("investment", "Kordex Corp", "Zorix") in triples


@pytest.mark.model
def test_round2_described_company_with_a_participle_is_the_last_named(nlp):
    text = ("La start-up Zorix lance un nouvel outil. La société soutenue par Kordex "
            "a levé 20 millions d'euros l'an dernier.")
    triples = _run(nlp, text, {"Zorix": ORG, "Kordex": ORG})
    assert ("investment", "Kordex", "Zorix") in triples


@pytest.mark.model
def test_round2_described_company_as_an_object_is_a_new_one(nlp):
    text = ("Jean Dupont a quitté Kalima en mars. Il a rejoint la société fondée par "
            "Paul Garnier.")
    triples = _run(nlp, text, {"Jean Dupont": PER, "Kalima": ORG, "Paul Garnier": PER})
    assert not [t for t in triples if t[0] == "founding"]


@pytest.mark.model
def test_round2_apposition_needs_a_name_right_before_its_comma(nlp):
    text = ("Zorix a beaucoup changé depuis 2015. Kordex a aidé la banque publique, "
            "son plus grand investisseur.")
    triples = _run(nlp, text, {"Zorix": ORG, "Kordex": ORG})
    assert not [t for t in triples if t[0] == "investment"]


@pytest.mark.model
def test_round2_detached_present_participle_takes_the_whole_listed_subject(nlp):
    from test_relation_recall import _quote, ACTORS
    from test_relations import _relations
    text = ("« Cette décision est illégale », écrivent Mes Jean Dupont, Paul Garnier et "
            "Marie Leroy, reprochant à Kalima son silence.")
    _, relations = _relations(nlp, text, quotes=_quote(text, "Jean Dupont", "e0"), actors=ACTORS)
    triples = _triples(relations)
    assert {("complaint", name, "Kalima") for name in ("Jean Dupont", "Paul Garnier", "Marie Leroy")} <= triples


@pytest.mark.model
def test_round2_detached_present_participle_on_an_apposition_takes_its_name(nlp):
    from test_relation_recall import _quote, ACTORS
    from test_relations import _relations
    text = ("« Cette décision est illégale », écrit Me Jean Dupont, avocat de Paul Garnier, "
            "reprochant à Kalima son silence.")
    _, relations = _relations(nlp, text, quotes=_quote(text, "Jean Dupont", "e0"), actors=ACTORS)
    assert [r.subject for r in relations if r.type == "complaint"] == ["Jean Dupont"]


@pytest.mark.model
def test_round2_co_signers_listed_after_the_first_are_all_writers(nlp):
    from test_relation_recall import _quote, ACTORS
    from test_relations import _relations
    text = ("« Nous demandons le retrait de ce texte », écrivent Jean Dupont, Paul Garnier "
            "et Marie Leroy dans une lettre adressée à Kalima.")
    _, relations = _relations(nlp, text, quotes=_quote(text, "Jean Dupont", "e0"), actors=ACTORS)
    triples = _triples(relations)
    assert {("letter", name, "Kalima") for name in ("Jean Dupont", "Paul Garnier", "Marie Leroy")} <= triples


@pytest.mark.model
def test_round2_a_name_apposed_without_a_list_is_not_a_co_signer(nlp):
    from test_relation_recall import _quote, ACTORS
    from test_relations import _relations
    text = ("« Nous demandons le retrait de ce texte », écrit Jean Dupont, président de Forsa, "
            "dans une lettre adressée à Kalima.")
    _, relations = _relations(nlp, text, quotes=_quote(text, "Jean Dupont", "e0"), actors=ACTORS)
    assert [r.subject for r in relations if r.type == "letter"] == ["Jean Dupont"]


@pytest.mark.model
def test_round2_counted_plural_description_is_the_listed_companies(nlp):
    text = ("Le tribunal a condamné Zorix, Kalima et Forsa en 2010. Jean Dupont a porté "
            "plainte contre les trois sociétés lundi.")
    triples = _run(nlp, text, {"Zorix": ORG, "Kalima": ORG, "Forsa": ORG, "Jean Dupont": PER})
    assert {("lawsuit", "Jean Dupont", n) for n in ("Zorix", "Kalima", "Forsa")} <= triples


@pytest.mark.model
def test_round2_counted_plural_description_needs_a_list_of_that_size(nlp):
    text = ("Le tribunal a condamné Zorix et Kalima en 2010. Jean Dupont a porté "
            "plainte contre les trois sociétés lundi.")
    triples = _run(nlp, text, {"Zorix": ORG, "Kalima": ORG, "Jean Dupont": PER})
    assert not [t for t in triples if t[0] == "lawsuit"]


@pytest.mark.model
def test_round2_plural_cue_speaker_brings_the_co_signers_listed_with_him(nlp):
    """The parser may read the first co-signer as the cue's object, leaving the
    verb no subject (seen on real text); the parse is set so here."""
    from test_relation_recall import _quote, ACTORS
    text = ("« La loi n'a pas été respectée », écrivent Mes Jean Dupont, Paul Garnier et "
            "Marie Leroy dans ce courrier envoyé vendredi au médiateur Kalima.")
    doc = nlp(text)
    by_text = {t.text: t for t in doc}
    verb, first = by_text["écrivent"], by_text["Jean"]
    second, third = by_text["Paul"], by_text["Marie"]
    # "Mes Jean Dupont, Paul Garnier et Marie Leroy": determiner, object, apposition,
    # conjunct (the parse of the real sentence).
    for tok, head, dep in ((doc[first.i - 1], first, "det"), (first, verb, "obj"),
                           (second, first, "appos"), (third, second, "conj"),
                           (doc[third.i - 1], third, "cc")):
        tok.head, tok.dep_ = head, dep
    _set_entities(doc, ACTORS)
    doc._.veille_amounts, doc._.veille_dates = [], []
    doc._.veille_quotes = _quote(text, "Jean Dupont", "e0")(doc)
    nlp.get_pipe("veille_relations")(doc)
    triples = _triples(doc._.veille_relations)
    assert {("letter", name, "Kalima") for name in ("Jean Dupont", "Paul Garnier", "Marie Leroy")} <= triples


@pytest.mark.model
def test_round2_launch_verb_cueing_a_quote_founds_nothing(nlp):
    from test_relation_recall import _quote
    from test_relations import _relations
    text = ("Jean Dupont était en meeting. « Nous ne céderons rien », a lancé le président "
            "du parti Les Audacieux devant ses partisans.")
    _, relations = _relations(nlp, text, quotes=_quote(text, "le président", "e0"),
                              actors={"Jean Dupont": PER, "Audacieux": ORG})
    assert not [r for r in relations if r.type in ("founding", "launch")]


@pytest.mark.model
def test_round2_a_business_backed_by_a_company_has_an_investor_without_a_figure(nlp):
    text = ("La start-up Zorix lance un nouvel outil. Lundi, la société soutenue par Kordex "
            "a publié ses comptes.")
    triples = _run(nlp, text, {"Zorix": ORG, "Kordex": ORG})
    assert ("investment", "Kordex", "Zorix") in triples


@pytest.mark.model
def test_round2_a_candidate_backed_by_a_party_is_no_investment(nlp):
    text = "Le candidat soutenu par le Parti vert, Paul Garnier, a remporté l'élection."
    triples = _run(nlp, text, {"Parti vert": ORG, "Paul Garnier": PER})
    assert not [t for t in triples if t[0] in ("investment", "funding")]


@pytest.mark.model
def test_round2_il_repeated_after_et_next_to_a_company_subject_is_the_person_between(nlp):
    text = ("Jean Dupont a travaillé dix ans chez Kalima. Kalima a rejeté les demandes de Dupont "
            "et il est finalement parti, créant ensuite sa propre entreprise appelée Zorix.")
    triples = _run(nlp, text, {"Jean Dupont": PER, "Dupont": PER, "Kalima": ORG, "Zorix": ORG})
    assert ("founding", "Jean Dupont", "Zorix") in triples or ("founding", "Dupont", "Zorix") in triples
    assert not [t for t in triples if t[0] == "founding" and t[1] == "Kalima"]

