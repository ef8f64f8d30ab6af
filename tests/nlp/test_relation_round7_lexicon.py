"""Tests of relation round 7b (issue #4, session 7): government posts as
organisations, wider trigger lexicon, institutional actors. French sentences
written for the tests (fictional people and organisations).
"""

from __future__ import annotations

import pytest

from veille.nlp.roles import ministry_of
from veille.nlp.relations import RelationFinder  # noqa: F401  (registers the pipe)
from test_entities import by_name, resolve  # noqa: F401  (fixture)
from test_relations import _relations, _triples

ORG, PER, LOC = "ORG", "PER", "LOC"


def _found(nlp, text):
    """(type, subject, object) of the full pipeline's relations on ``text``."""
    doc = nlp(text)
    return {(r.type, r.subject, r.object) for r in doc._.veille_relations
            if r.type != "statement_about"}, doc


# --- government posts ----------------------------------------------------------------


def test_round7_ministry_of_a_portfolio_title():
    assert ministry_of("ministre de l'Écologie") == "ministère de l'Écologie"
    assert ministry_of("ministre de la Transition écologique") == \
        "ministère de la Transition écologique"
    assert ministry_of("ministre des Armées") == "ministère des Armées"
    assert ministry_of("ministre") is None
    assert ministry_of("Premier ministre") is None


@pytest.mark.model
def test_round7_minister_leaving_the_government_leaves_the_ministry(nlp):
    triples, doc = _found(nlp, "Marc Lavigne, ministre de la Culture, a quitté le gouvernement en août.")
    assert ("departure", "Marc Lavigne", "ministère de la Culture") in triples
    ministry = by_name(doc)["ministère de la Culture"]
    assert ministry.type == ORG and ministry.mentions == ()


@pytest.mark.model
def test_round7_leaving_ones_post_leaves_the_employer(nlp):
    triples, _ = _found(nlp, "Marc Lavigne, PDG de Kalima, a quitté ses fonctions lundi.")
    assert ("departure", "Marc Lavigne", "Kalima") in triples


@pytest.mark.model
def test_round7_leaving_a_place_is_no_departure(nlp):
    triples, _ = _found(nlp, "Marc Lavigne, PDG de Kalima, a quitté Valmont lundi.")
    assert not any(t[0] == "departure" for t in triples)


@pytest.mark.model
def test_round7_joining_the_government_joins_the_ministry(nlp):
    triples, _ = _found(nlp, "Léa Roux, ministre de l'Intérieur, était entrée au gouvernement en mai.")
    assert ("appointment", "Léa Roux", "ministère de l'Intérieur") in triples


@pytest.mark.model
def test_round7_former_minister_described_after_the_name(nlp):
    # "l'ancien ministre de X" with no name of its own describes the one person
    # named just before; his resignation leaves that ministry.
    text = ("Le rapport vise Marc Dastier. L'ancien ministre de la Culture a répondu lundi "
            "aux questions des sénateurs. La démission de Marc Dastier remonte à 2016.")
    triples, doc = _found(nlp, text)
    roles = by_name(doc)["Marc Dastier"].roles
    assert [(r.title, r.of, r.former) for r in roles] == [
        ("ministre de la Culture", "ministère de la Culture", True)]
    assert ("departure", "Marc Dastier", "ministère de la Culture") in triples


@pytest.mark.model
def test_round7_current_minister_description_is_nobodys_title(nlp):
    # A current title may introduce someone new: it describes nobody named before.
    text = "Marc Lavigne a critiqué le projet. Le ministre de l'Intérieur a répondu lundi."
    _, doc = _found(nlp, text)
    assert by_name(doc)["Marc Lavigne"].roles == ()


# --- lexicon: common wordings per type -----------------------------------------------

_ACTORS = {"Marc Lavigne": PER, "Léa Roux": PER, "Kalima": ORG, "Orbitel": ORG,
           "Parti bleu": ORG, "Inspection générale des services": ORG}


@pytest.mark.model
@pytest.mark.parametrize("text, triple", [
    # firing
    ("Kalima a relevé Marc Lavigne de ses fonctions lundi.", ("firing", "Kalima", "Marc Lavigne")),
    ("La destitution de Marc Lavigne par Kalima a surpris.", ("firing", "Kalima", "Marc Lavigne")),
    # appointment
    ("Marc Lavigne a été coopté au conseil d'administration de Kalima.",
     ("appointment", "Marc Lavigne", "Kalima")),
    ("Marc Lavigne a été installé à la tête de Kalima en mars.",
     ("appointment", "Marc Lavigne", "Kalima")),
    ("L'élection de Marc Lavigne à la présidence de Kalima a surpris.",
     ("appointment", "Marc Lavigne", "Kalima")),
    # departure
    ("Marc Lavigne est parti de Kalima en mars.", ("departure", "Marc Lavigne", "Kalima")),
    ("Marc Lavigne a renoncé à son poste chez Kalima.", ("departure", "Marc Lavigne", "Kalima")),
    ("Marc Lavigne a perdu son poste de directeur chez Kalima.",
     ("departure", "Marc Lavigne", "Kalima")),
    ("Marc Lavigne est entré au service de Kalima en 1978.",
     ("appointment", "Marc Lavigne", "Kalima")),
    # acquisition
    ("L'achat de Orbitel par Kalima a été bouclé.", ("acquisition", "Kalima", "Orbitel")),
    # funding
    ("Kalima a doté Orbitel de 10 millions d'euros.", ("funding", "Kalima", "Orbitel")),
    # lawsuit
    ("Kalima a saisi la justice contre Orbitel.", ("lawsuit", "Kalima", "Orbitel")),
    ("Kalima a contesté en justice la décision d'Orbitel.", ("lawsuit", "Kalima", "Orbitel")),
    # complaint
    ("Marc Lavigne a pourfendu Léa Roux lors du débat.", ("complaint", "Marc Lavigne", "Léa Roux")),
    ("Marc Lavigne s'est moqué de Léa Roux.", ("complaint", "Marc Lavigne", "Léa Roux")),
    # request
    ("Kalima a signalé les faits à l'Inspection générale des services.",
     ("request", "Kalima", "Inspection générale des services")),
    ("Léa Roux a porté plainte auprès de l'Inspection générale des services.",
     ("request", "Léa Roux", "Inspection générale des services")),
    # partnership
    ("Le ralliement de Marc Lavigne au Parti bleu a surpris.",
     ("partnership", "Marc Lavigne", "Parti bleu")),
])
def test_round7_lexicon(nlp, text, triple):
    _, relations = _relations(nlp, text, actors=_ACTORS)
    assert triple in _triples(relations)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Marc Lavigne a relevé le défi lancé par Kalima.",
    "Marc Lavigne est parti de Valmont en mars.",
    "Marc Lavigne a perdu son match contre Kalima.",
    "Léa Roux a porté plainte contre X auprès du commissariat.",
    "Marc Lavigne a signalé à Léa Roux qu'il partait.",
])
def test_round7_lexicon_guards(nlp, text):
    _, relations = _relations(nlp, text, actors={**_ACTORS, "Valmont": LOC})
    assert not [r for r in relations if r.type != "statement_about"]


# --- institutions and portfolio titles as descriptions -------------------------------
# A bare "le parquet" is the one institution of that kind named with its place; a
# portfolio title ("le ministre de l'Intérieur", "l'ex-ministre de la Culture",
# "le Premier ministre") is its one current (or former) holder; nobody otherwise.


@pytest.mark.model
@pytest.mark.parametrize("text, triple", [
    pytest.param("Le parquet de Valmont a ouvert une enquête lundi. "
                 "La société Kalima a demandé au parquet d'ouvrir une information judiciaire.",
                 ("request", "Kalima", "parquet de Valmont"),
                 id="bare_institution_is_the_one_named_with_its_place"),
    pytest.param("Le ministre de l'Intérieur, Marc Lavigne, a parlé lundi. "
                 "Léa Roux a vivement critiqué le ministre de l'Intérieur.",
                 ("complaint", "Léa Roux", "Marc Lavigne"),
                 id="portfolio_description_is_its_current_holder"),
    pytest.param("Marc Lavigne, Premier ministre, est venu à Valmont. "
                 "Léa Roux a vivement critiqué le Premier ministre.",
                 ("complaint", "Léa Roux", "Marc Lavigne"),
                 id="prime_minister_description_is_the_current_holder"),
    pytest.param("Marc Lavigne, ancien ministre de la Culture, est venu. "
                 "Léa Roux a critiqué l'ex-ministre de la Culture.",
                 ("complaint", "Léa Roux", "Marc Lavigne"),
                 id="former_portfolio_description_is_its_former_holder"),
])
def test_round7_description_is_its_one_holder(nlp, text, triple):
    triples, _ = _found(nlp, text)
    assert triple in triples


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    pytest.param("Le parquet de Valmont et le parquet de Lorient enquêtent. "
                 "La société Kalima a demandé au parquet d'ouvrir une information judiciaire.",
                 "request", id="bare_institution_with_two_places_is_nobody"),
    pytest.param("Marc Lavigne, ancien ministre de l'Intérieur, est venu. "
                 "Léa Roux a critiqué le ministre de l'Intérieur.",
                 "complaint", id="portfolio_description_is_not_a_former_holder"),
    pytest.param("Marc Lavigne, Premier ministre, a reçu les syndicats. "
                 "Marc Lavigne a démissionné lundi.",
                 "departure", id="prime_minister_without_matignon_leaves_nothing"),
    pytest.param("Marc Lavigne, ministre de la Culture, est venu. "
                 "Léa Roux a critiqué l'ex-ministre de la Culture.",
                 "complaint", id="former_portfolio_description_is_not_the_current_holder"),
])
def test_round7_description_with_no_single_holder_is_nobody(nlp, text, kind):
    triples, _ = _found(nlp, text)
    assert not any(t[0] == kind for t in triples)


@pytest.mark.model
def test_round7_prime_minister_leaves_matignon_when_named(nlp):
    triples, doc = _found(nlp, "Marc Lavigne, Premier ministre, a reçu les syndicats à Matignon. "
                               "Marc Lavigne a démissionné lundi.")
    assert [r.of for r in by_name(doc)["Marc Lavigne"].roles] == ["Matignon"]
    assert ("departure", "Marc Lavigne", "Matignon") in triples

