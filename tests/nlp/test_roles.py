"""Tests for roles (titles held by people), found by ``veille.nlp.roles`` and attached
by the ``veille_entities`` component.

Blank-pipeline Docs with hand-set entities check the token patterns; ``model`` tests
check the same patterns through the full pipeline, plus the copula that needs a parse.
"""

from __future__ import annotations

import pytest

from veille.nlp.entities import EntityResolver
from veille.nlp.roles import TitleFinder



def make_doc(nlp, text: str, ents: list[tuple[str, str]]):
    """A Doc of ``text`` whose ``doc.ents`` are the given (surface, label) pairs, in order."""
    doc = nlp(text)
    spans, at = [], 0
    for surface, label in ents:
        start = text.index(surface, at)
        spans.append(doc.char_span(start, start + len(surface), label=label))
        at = start + len(surface)
    doc.ents = spans
    return doc


@pytest.fixture
def roles_of(blank_nlp):
    resolver = EntityResolver(blank_nlp)

    def run(text, ents, name):
        doc = resolver(make_doc(blank_nlp, text, ents))
        (record,) = [e for e in doc._.veille_entities if e.name == name]
        return [(r.title, r.of, r.former, doc.text[r.start:r.end]) for r in record.roles]

    return run


def test_roles_apposition_after_name(roles_of):
    assert roles_of(
        "Sam Altman, PDG d'OpenAI, a démissionné.",
        [("Sam Altman", "PER"), ("OpenAI", "MISC")], "Sam Altman",
    ) == [("PDG", "OpenAI", False, "PDG d'OpenAI")]


def test_roles_complement_named_by_the_entity_name(roles_of, blank_nlp):
    text = "Léa Roux, directrice générale de Zorbex Inc, a parlé. Zorbex a confirmé."
    doc = EntityResolver(blank_nlp)(make_doc(
        blank_nlp, text, [("Léa Roux", "PER"), ("Zorbex Inc", "ORG"), ("Zorbex", "ORG")]))
    people = {e.name: e for e in doc._.veille_entities}
    (role,) = people["Léa Roux"].roles
    assert (role.title, role.of) == ("directrice générale", "Zorbex")
    # "directrice générale de X" is evidence that X is an organisation.
    assert people["Zorbex"].type == "ORG"


def test_roles_title_before_name(roles_of):
    ents = [("Greg Brockman", "PER"), ("Sam Altman", "PER")]
    text = "Le président Greg Brockman et le PDG Sam Altman ont signé."
    assert roles_of(text, ents, "Greg Brockman") == [("président", None, False, "président")]
    assert roles_of(text, ents, "Sam Altman") == [("PDG", None, False, "PDG")]


def test_roles_of_from_sentence_context(roles_of, blank_nlp):
    blank_nlp.add_pipe("sentencizer")  # the context is the sentence
    text = "Chez les dirigeants d'Orbalia, le PDG Marc Lenoir reste prudent. Le PDG Léo Sanz aussi."
    ents = [("Orbalia", "ORG"), ("Marc Lenoir", "PER"), ("Léo Sanz", "PER")]
    assert roles_of(text, ents, "Marc Lenoir") == [("PDG", "Orbalia", False, "PDG")]
    assert roles_of(text, ents, "Léo Sanz") == [("PDG", None, False, "PDG")]


def test_roles_former_title_with_multiword_lexicon(roles_of):
    assert roles_of(
        "Ilya Sutskever, ancien scientifique en chef d'OpenAI, a quitté le groupe.",
        [("Ilya Sutskever", "PER"), ("OpenAI", "ORG")], "Ilya Sutskever",
    ) == [("scientifique en chef", "OpenAI", True, "ancien scientifique en chef d'OpenAI")]


def test_roles_glued_ex_prefix_is_former(roles_of):
    assert roles_of(
        "L'ex-PDG de Renault, Carlos Ghosn, a parlé.",
        [("Renault", "ORG"), ("Carlos Ghosn", "PER")], "Carlos Ghosn",
    ) == [("PDG", "Renault", True, "ex-PDG de Renault")]


def test_roles_title_with_place_complement_before_name(roles_of):
    assert roles_of(
        "Le procureur général de Californie, Rob Bonta, a écrit aux dirigeants.",
        [("Californie", "LOC"), ("Rob Bonta", "PER")], "Rob Bonta",
    ) == [("procureur général", "Californie", False, "procureur général de Californie")]


def test_roles_two_coordinated_titles(roles_of):
    roles = roles_of(
        "Ilya Sutskever est parti. Sutskever, scientifique en chef et ancien membre du "
        "conseil d'administration, a démissionné.",
        [("Ilya Sutskever", "PER"), ("Sutskever", "PER")], "Ilya Sutskever",
    )
    assert roles == [
        ("scientifique en chef", None, False, "scientifique en chef"),
        ("membre du conseil d'administration", None, True,
         "ancien membre du conseil d'administration"),
    ]


def test_roles_shared_complement_in_coordination(roles_of):
    assert roles_of(
        "Nora Belkacem, PDG et cofondatrice de Quantelia, a parlé.",
        [("Nora Belkacem", "PER"), ("Quantelia", "ORG")], "Nora Belkacem",
    ) == [("PDG", "Quantelia", False, "PDG"),
          ("cofondatrice", "Quantelia", False, "cofondatrice de Quantelia")]


def test_roles_ministerial_portfolio_belongs_to_title(roles_of):
    assert roles_of(
        "La ministre de la Culture, Léa Dupont, a inauguré le musée.",
        [("Léa Dupont", "PER")], "Léa Dupont",
    ) == [("ministre de la Culture", "ministère de la Culture", False, "ministre de la Culture")]
    # (since round 7b the portfolio title is a post in the ministry it names)


def test_roles_parenthetical_party_before_apposition(roles_of):
    assert roles_of(
        "Jean Moreau (LR), député de la Somme, a voté contre.",
        [("Jean Moreau", "PER"), ("LR", "ORG"), ("Somme", "LOC")], "Jean Moreau",
    ) == [("député", "Somme", False, "député de la Somme")]


def test_roles_party_acronym_is_not_the_holder(roles_of, blank_nlp):
    text = "Le député LR Jean Moreau a voté contre."
    doc = EntityResolver(blank_nlp)(make_doc(
        blank_nlp, text, [("LR", "ORG"), ("Jean Moreau", "PER")]))
    people = {e.name: e for e in doc._.veille_entities}
    assert people["LR"].type == "ORG" and people["LR"].roles == ()
    assert [r.title for r in people["Jean Moreau"].roles] == ["député"]


def test_roles_descriptive_noun_before_name(roles_of):
    assert roles_of(
        "Le patron de Tesla, Elon Musk, a répondu.",
        [("Tesla", "ORG"), ("Elon Musk", "PER")], "Elon Musk",
    ) == [("patron", "Tesla", False, "patron de Tesla")]


def test_roles_chez_names_the_organisation(roles_of):
    assert roles_of(
        "Selon Claire Besson, analyste chez Orbalia, la hausse continue.",
        [("Claire Besson", "PER"), ("Orbalia", "ORG")], "Claire Besson",
    ) == [("analyste", "Orbalia", False, "analyste chez Orbalia")]


def test_roles_only_people_hold_titles(blank_nlp):
    doc = EntityResolver(blank_nlp)(make_doc(
        blank_nlp, "Le président de la France, Zorbex Inc, a signé.", [("Zorbex Inc", "ORG")]))
    (zorbex,) = doc._.veille_entities
    assert zorbex.type == "ORG" and zorbex.roles == ()


def test_roles_title_finder_without_mentions(blank_nlp):
    doc = blank_nlp("L'ancienne directrice financière a parlé au porte-parole.")
    drafts = TitleFinder(blank_nlp).find(doc, [], {})
    assert [(d.title, d.former, d.holder) for d in drafts] == [
        ("directrice financière", True, None), ("porte-parole", False, None)]


# -- full pipeline ---------------------------------------------------------------------

MODEL_TEXT = (
    "Le procureur général de Californie, Rob Bonta, a écrit à Zorbex. "
    "Sam Altman, PDG d'OpenAI, a répondu. "
    "Ilya Sutskever, ancien scientifique en chef d'OpenAI, n'a rien dit. "
    "Jean Martin est le directeur général de Zorbex."
)


@pytest.fixture(scope="module")
def model_roles(request):
    doc = request.getfixturevalue("nlp")(MODEL_TEXT)
    return {e.name: [(r.title, r.of, r.former) for r in e.roles] for e in doc._.veille_entities}


@pytest.mark.model
def test_roles_pipeline_patterns(model_roles):
    assert ("procureur général", "Californie", False) in model_roles["Rob Bonta"]
    assert ("PDG", "OpenAI", False) in model_roles["Sam Altman"]
    assert ("scientifique en chef", "OpenAI", True) in model_roles["Ilya Sutskever"]


@pytest.mark.model
def test_roles_pipeline_copula_needs_parse(model_roles):
    assert ("directeur général", "Zorbex", False) in model_roles["Jean Martin"]


def test_roles_acronym_in_enumeration_is_not_holder(blank_nlp):
    doc = EntityResolver(blank_nlp)(make_doc(
        blank_nlp, "Nous avons alerté l'ARS, le procureur, puis la mairie.", [("ARS", "LOC")]))
    (ars,) = doc._.veille_entities
    assert ars.roles == () and ars.type == "LOC"


def test_roles_common_noun_heading_is_not_holder(blank_nlp):
    text = "Selon le Journal de Lormont, le directeur délégué a démissionné."
    doc = make_doc(blank_nlp, text, [("Journal de Lormont", "MISC")])
    for token in doc:
        token.pos_ = "NOUN" if token.text in ("Journal", "directeur") else "X"
    doc = EntityResolver(blank_nlp)(doc)
    (journal,) = doc._.veille_entities
    assert journal.type == "MISC" and journal.roles == ()


def test_roles_president_is_not_an_organisation_title(blank_nlp):
    blank_nlp.add_pipe("sentencizer")
    text = ("Le président de la Lormanie, Jean Valmont, a parlé. "
            "Le président Paul Ardent a visité le siège de Zorbex.")
    doc = EntityResolver(blank_nlp)(make_doc(blank_nlp, text, [
        ("Lormanie", "LOC"), ("Jean Valmont", "PER"), ("Paul Ardent", "PER"), ("Zorbex", "ORG")]))
    found = {e.name: e for e in doc._.veille_entities}
    assert found["Lormanie"].type == "LOC"
    assert [(r.title, r.of) for r in found["Jean Valmont"].roles] == [("président", "Lormanie")]
    # No guess from "de Zorbex" in the sentence: a president may head anything.
    assert [(r.title, r.of) for r in found["Paul Ardent"].roles] == [("président", None)]


def test_roles_possessive_title_refers_to_previous_organisation(roles_of):
    text = "Orbalia a publié ses comptes. Son PDG, Marc Lenoir, reste prudent."
    ents = [("Orbalia", "ORG"), ("Marc Lenoir", "PER")]
    assert roles_of(text, ents, "Marc Lenoir") == [("PDG", "Orbalia", False, "PDG")]


def test_roles_possessive_without_organisation_has_no_of(roles_of):
    text = "La réunion a duré. Son PDG, Marc Lenoir, reste prudent."
    assert roles_of(text, [("Marc Lenoir", "PER")], "Marc Lenoir") == [
        ("PDG", None, False, "PDG")]


def test_roles_participle_names_leaders_of_the_organisation(roles_of):
    text = "Zorbex, fondée en 2019 par Léa Roux et Marc Lenoir, recrute."
    ents = [("Zorbex", "ORG"), ("Léa Roux", "PER"), ("Marc Lenoir", "PER")]
    for name in ("Léa Roux", "Marc Lenoir"):
        assert roles_of(text, ents, name) == [
            ("fondateur", "Zorbex", False, "fondée en 2019 par")]


def test_roles_participle_after_cue_noun_finds_earlier_organisation(roles_of):
    text = "Vantelis a signé un contrat. La société dirigée par Anne Morel embauche."
    ents = [("Vantelis", "ORG"), ("Anne Morel", "PER")]
    assert roles_of(text, ents, "Anne Morel") == [
        ("dirigeant", "Vantelis", False, "dirigée par")]


def test_roles_sentence_opening_participle_takes_organisation_after_list(roles_of):
    text = ("Fondée en 2019 par Marc Lenoir, Léa Roux et le chercheur Hugo Varin, "
            "Zorbex devait rester ouverte.")
    ents = [("Marc Lenoir", "PER"), ("Léa Roux", "PER"), ("Hugo Varin", "PER"),
            ("Zorbex", "ORG")]
    founder = ("fondateur", "Zorbex", False, "Fondée en 2019 par")
    for name in ("Marc Lenoir", "Léa Roux"):
        assert roles_of(text, ents, name) == [founder]
    # "le chercheur Hugo Varin" keeps his own title too
    assert roles_of(text, ents, "Hugo Varin") == [founder, ("chercheur", None, False, "chercheur")]


def test_roles_title_with_company_before_comma_and_name(roles_of):
    text = "Selon le patron de Vantelis, Paul Girard, la hausse va durer."
    ents = [("Vantelis", "ORG"), ("Paul Girard", "PER")]
    assert roles_of(text, ents, "Paul Girard") == [
        ("patron", "Vantelis", False, "patron de Vantelis")]
