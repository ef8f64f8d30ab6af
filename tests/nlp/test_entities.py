"""Tests for the ``veille_entities`` component (document-level actors).

Most tests hand-build Docs on a blank French pipeline with the NER labels a model
could plausibly produce, so each behaviour is checked without loading a model; a
few ``model`` tests run the full pipeline on sentences written for this file.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from veille.nlp.entities import EntityResolver, entities_by_key, entity_for_span
from veille.nlp.extensions import MENTIONS_KEY


def make_doc(nlp, text: str, ents: list[tuple[str, str]]):
    """A Doc of ``text`` whose ``doc.ents`` are the given (surface, label) pairs, in order."""
    doc = nlp(text)
    spans, at = [], 0
    for surface, label in ents:
        start = text.index(surface, at)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, f"{surface!r} is not token-aligned"
        spans.append(span)
        at = start + len(surface)
    doc.ents = spans
    return doc


@pytest.fixture
def resolve(blank_nlp):
    resolver = EntityResolver(blank_nlp)

    def run(text, ents):
        doc = resolver(make_doc(blank_nlp, text, ents))
        check_offsets(doc)
        return doc

    return run


def check_offsets(doc):
    for record in doc._.veille_entities:
        for m in record.mentions:
            assert doc.text[m.start:m.end] == m.text
        for role in record.roles:
            assert 0 <= role.start < role.end <= len(doc.text)


def by_name(doc):
    return {e.name: e for e in doc._.veille_entities}


def test_entities_surname_with_other_label_joins_full_name(resolve):
    doc = resolve(
        "Elon Musk est arrivé lundi. Plus tard, Musk a parlé aux salariés.",
        [("Elon Musk", "PER"), ("Musk", "LOC")],
    )
    (musk,) = doc._.veille_entities
    assert (musk.name, musk.type, musk.aliases) == ("Elon Musk", "PER", ("Musk",))
    assert [m.text for m in musk.mentions] == ["Elon Musk", "Musk"]


def test_entities_org_cue_overrides_person_label(resolve):
    doc = resolve(
        "La société Zorbex a recruté. Zorbex a ensuite grandi.",
        [("Zorbex", "PER"), ("Zorbex", "PER")],
    )
    (zorbex,) = doc._.veille_entities
    assert zorbex.type == "ORG"
    assert len(zorbex.mentions) == 2


def test_entities_corporate_suffix_folds_into_name(resolve):
    doc = resolve(
        "Vantelis Corp a investi. Vantelis a confirmé, comme Orbalia Inc.",
        [("Vantelis Corp", "ORG"), ("Vantelis", "MISC"), ("Orbalia Inc", "PER")],
    )
    names = by_name(doc)
    assert set(names) == {"Vantelis", "Orbalia"}
    assert names["Vantelis"].aliases == ("Vantelis Corp",)
    assert names["Vantelis"].type == "ORG"
    # A suffix is evidence enough to overturn the raw label.
    assert names["Orbalia"].type == "ORG" and names["Orbalia"].aliases == ("Orbalia Inc",)


def test_entities_model_left_out_suffix_is_included(resolve):
    doc = resolve("Orbalia Inc a racheté une usine.", [("Orbalia", "MISC")])
    (orbalia,) = doc._.veille_entities
    assert orbalia.mentions[0].text == "Orbalia Inc"
    assert (orbalia.name, orbalia.type) == ("Orbalia", "ORG")


def test_entities_lp_is_a_distinct_legal_entity(resolve):
    doc = resolve(
        "Zorbex a créé Zorbex LP pour lever des fonds.",
        [("Zorbex", "ORG"), ("Zorbex LP", "ORG")],
    )
    assert sorted(by_name(doc)) == ["Zorbex", "Zorbex LP"]


def test_entities_accent_and_case_variants_are_one_actor(resolve):
    doc = resolve(
        "La Société Générale a publié ses comptes. La SOCIETE GENERALE a refusé.",
        [("Société Générale", "ORG"), ("SOCIETE GENERALE", "ORG")],
    )
    (bank,) = doc._.veille_entities
    assert bank.name == "Société Générale"
    assert bank.aliases == ("SOCIETE GENERALE",)


def test_entities_two_people_sharing_a_surname_stay_apart(resolve):
    doc = resolve(
        "Jean Martin dirige Zorbex. Paul Martin dirige Orbalia. Martin a dit non. "
        "Plus tard, Jean Martin a souri et Martin est parti.",
        [("Jean Martin", "PER"), ("Paul Martin", "PER"), ("Martin", "PER"),
         ("Jean Martin", "PER"), ("Martin", "PER")],
    )
    people = by_name(doc)
    assert set(people) == {"Jean Martin", "Paul Martin"}
    # Each bare surname goes to the most recent full name before it.
    jean = [m.start for m in people["Jean Martin"].mentions]
    paul = [m.start for m in people["Paul Martin"].mentions]
    first_bare = doc.text.index("Martin a dit")
    second_bare = doc.text.index("Martin est parti")
    assert first_bare in paul and second_bare in jean


def test_entities_short_form_before_full_name_links(resolve):
    doc = resolve(
        "Selon Altman, tout va bien. Sam Altman a ensuite démenti.",
        [("Altman", "ORG"), ("Sam Altman", "PER")],
    )
    (altman,) = doc._.veille_entities
    assert (altman.name, altman.type, altman.aliases) == ("Sam Altman", "PER", ("Altman",))


def test_entities_junk_spans_are_dropped(resolve):
    doc = resolve(
        "Il a parlé. Lire aussi : la crise. X de la réforme. Bref, Zorbex a signé.",
        [("Il", "PER"), ("Lire aussi", "MISC"), ("X", "ORG"), ("de la", "LOC"),
         ("Bref", "MISC"), ("Zorbex", "ORG")],
    )
    assert [e.name for e in doc._.veille_entities] == ["Zorbex"]


def test_entities_punctuation_and_head_words_are_trimmed(resolve):
    doc = resolve(
        "Le procureur général de Californie a écrit à « Zorbex » hier.",
        [("procureur général de Californie", "LOC"), ("« Zorbex »", "ORG")],
    )
    assert [m.text for e in doc._.veille_entities for m in e.mentions] == [
        "Californie", "Zorbex"]


def test_entities_honorific_is_trimmed_and_makes_a_person(resolve):
    doc = resolve("M. Dupuis a visité l'usine.", [("M. Dupuis", "LOC")])
    (dupuis,) = doc._.veille_entities
    assert (dupuis.name, dupuis.type, dupuis.mentions[0].text) == ("Dupuis", "PER", "Dupuis")


@pytest.mark.parametrize("text, surface, name", [
    ("Le général de Gaulle a parlé.", "général de Gaulle", "de Gaulle"),
    ("Hier, M. de Lormont a parlé.", "M. de Lormont", "de Lormont"),
])
def test_entities_particle_kept_after_title(resolve, text, surface, name):
    doc = resolve(text, [(surface, "PER")])
    assert [m.text for e in doc._.veille_entities for m in e.mentions] == [name]


def test_entities_span_swallowing_two_names_is_split(resolve):
    doc = resolve(
        "Le patron de Tesla Elon Musk rencontre Google et Facebook. Google et Facebook "
        "ont refusé.",
        [("Tesla Elon Musk", "PER"), ("Google et Facebook", "MISC"), ("Google", "ORG"),
         ("Facebook", "ORG")],
    )
    names = by_name(doc)
    assert set(names) == {"Tesla", "Elon Musk", "Google", "Facebook"}
    assert names["Elon Musk"].type == "PER"
    assert len(names["Google"].mentions) == 2 and names["Google"].type == "ORG"


def test_entities_place_label_does_not_swallow_a_company(resolve):
    doc = resolve(
        "Zorbex a grandi. Le salon Zorbex de Lyon ouvre.",
        [("Zorbex", "ORG"), ("Zorbex de Lyon", "LOC")],
    )
    names = by_name(doc)
    assert names["Zorbex"].type == "ORG" and len(names["Zorbex"].mentions) == 2
    assert names["Lyon"].type == "LOC"


def test_entities_acronym_joins_its_long_form(resolve):
    doc = resolve(
        "L'Organisation mondiale de la santé a alerté. Selon l'OMS, le risque baisse.",
        [("Organisation mondiale de la santé", "ORG"), ("OMS", "MISC")],
    )
    (oms,) = doc._.veille_entities
    assert oms.name == "Organisation mondiale de la santé" and oms.aliases == ("OMS",)


def test_entities_unlabelled_occurrences_of_known_names_are_added(resolve):
    doc = resolve(
        "Elon Musk a parlé. Ensuite Musk a ri, et Zorbex aussi. Zorbex a signé.",
        [("Elon Musk", "PER"), ("Zorbex", "ORG")],
    )
    names = by_name(doc)
    assert [m.text for m in names["Elon Musk"].mentions] == ["Elon Musk", "Musk"]
    assert len(names["Zorbex"].mentions) == 2


def test_entities_unlabelled_places_and_lowercase_brands_are_added(resolve):
    doc = resolve(
        "Le chef de zForge vit à Brevanne. Il a quitté Brevanne pour fonder zForge.",
        [("zForge", "ORG"), ("Brevanne", "LOC")],
    )
    names = by_name(doc)
    assert [m.text for m in names["zForge"].mentions] == ["zForge", "zForge"]
    assert [m.text for m in names["Brevanne"].mentions] == ["Brevanne", "Brevanne"]


def test_entities_keys_follow_first_mention_and_feed_token_map(resolve):
    text = "Zorbex a recruté Léa Dupont. Dupont dirige Zorbex à Lyon."
    ents = [("Zorbex", "ORG"), ("Léa Dupont", "PER"), ("Dupont", "PER"),
            ("Zorbex", "ORG"), ("Lyon", "LOC")]
    doc = resolve(text, ents)
    assert [(e.key, e.name) for e in doc._.veille_entities] == [
        ("e0", "Zorbex"), ("e1", "Léa Dupont"), ("e2", "Lyon")]
    token_entity = doc._.veille_token_entity
    for span in doc.spans[MENTIONS_KEY]:
        keys = {token_entity[i] for i in range(span.start, span.end)}
        assert len(keys) == 1
        assert entities_by_key(doc)[keys.pop()].type == span.label_
    assert len(doc.spans[MENTIONS_KEY]) == 5
    # Same text, same keys.
    again = resolve(text, ents)
    assert again._.veille_entities == doc._.veille_entities


def test_entities_entity_for_span_finds_the_named_actor(resolve):
    doc = resolve("Le PDG Sam Altman a démissionné.", [("Sam Altman", "PER")])
    speaker = doc[0:4]  # "Le PDG Sam Altman"
    assert entity_for_span(doc, speaker).name == "Sam Altman"
    assert entity_for_span(doc, doc[4:6]) is None


def test_entities_helpers_on_blank_doc_return_empty(blank_nlp):
    untouched = blank_nlp("Un texte sans entité.")
    assert entities_by_key(untouched) == {}
    assert entity_for_span(untouched, untouched[0:2]) is None
    doc = EntityResolver(blank_nlp)(blank_nlp("Un texte sans entité."))
    assert doc._.veille_entities == [] and doc._.veille_token_entity == {}
    assert entities_by_key(doc) == {} and entity_for_span(doc, doc[:]) is None
    assert list(doc.spans[MENTIONS_KEY]) == []


# -- full pipeline ---------------------------------------------------------------------

TEXT = (
    "La start-up Quantelia a levé 20 millions d'euros mardi. Son PDG, Maxime Ferrand, "
    "a remercié les investisseurs. « Nous allons recruter », a déclaré Ferrand lors "
    "d'une conférence à Lyon. Le géant Orbalia Corp a participé au tour de table ; "
    "Orbalia détient désormais 10 % de Quantelia, selon Claire Besson, analyste chez "
    "Orbalia."
)


@pytest.fixture(scope="module")
def model_doc(request):
    nlp = request.getfixturevalue("nlp")
    return nlp(TEXT)


@pytest.mark.model
def test_entities_pipeline_resolves_actors(model_doc):
    check_offsets(model_doc)
    names = by_name(model_doc)
    assert names["Quantelia"].type == "ORG"
    assert names["Orbalia"].type == "ORG" and "Orbalia Corp" in names["Orbalia"].aliases
    assert names["Maxime Ferrand"].type == "PER"
    assert "Ferrand" in names["Maxime Ferrand"].aliases
    assert names["Lyon"].type == "LOC"
    assert all(m.kind == "name" for e in names.values() for m in e.mentions)


@pytest.mark.model
def test_entities_pipeline_exports_analysis(model_doc):
    from veille.extract import analysis_from_doc
    from veille.models import DocumentAnalysis

    analysis = analysis_from_doc(model_doc, "doc-1", "fr")
    assert DocumentAnalysis.from_dict(analysis.to_dict()) == analysis
    assert [e.key for e in analysis.entities] == [
        f"e{i}" for i in range(len(analysis.entities))]
    firsts = [e.mentions[0].start for e in analysis.entities]
    assert firsts == sorted(firsts)


def test_entities_spans_are_labelled_with_resolved_type(resolve):
    doc = resolve("La société Zorbex vend.", [("Zorbex", "PER")])
    assert [(s.text, s.label_) for s in doc.spans[MENTIONS_KEY]] == [("Zorbex", "ORG")]
    assert isinstance(doc.spans[MENTIONS_KEY][0], Span)


@pytest.mark.parametrize("first_name, linked", [("Julien", True), ("Théobald", False)])
def test_entities_place_label_surname_needs_a_vouched_full_name(resolve, first_name, linked):
    # A bare name the model calls a place joins a person only when the full name has
    # a known first name (or an honorific): "Lormont" may well be the town.
    doc = resolve(
        f"{first_name} Lormont est élu. Il vit à Lormont depuis 2010.",
        [(f"{first_name} Lormont", "PER"), ("Lormont", "LOC")],
    )
    assert (len(doc._.veille_entities) == 1) is linked


def test_entities_sentence_initial_common_noun_is_dropped(blank_nlp):
    import numpy

    # The model's vectors tell a common word ("casquette") from an unknown name.
    for word in ("casquette", "total"):
        blank_nlp.vocab.set_vector(word, numpy.ones(3, dtype="f"))
    text = "Casquette sur la tête, il attend. Total a signé. Moltke a écrit."
    doc = make_doc(blank_nlp, text, [("Casquette", "PER"), ("Total", "ORG"), ("Moltke", "PER")])
    for token in doc:
        token.pos_ = "NOUN" if token.text in ("Casquette", "Total", "tête", "Moltke") else "X"
    doc = EntityResolver(blank_nlp)(doc)
    # A capitalised common noun opening a sentence is not a person; an ORG label, or a
    # word the vectors do not know, is kept.
    assert [e.name for e in doc._.veille_entities] == ["Total", "Moltke"]


def test_entities_institution_head_is_organisation_evidence(resolve):
    doc = resolve(
        "La Cour d'appel de Lormont a tranché, et lundi le tribunal a suivi.",
        [("Cour d'appel de Lormont", "LOC"), ("lundi", "MISC")],
    )
    (court,) = doc._.veille_entities  # "lundi" is dropped: lowercase, and a weekday
    assert (court.name, court.type) == ("Cour d'appel de Lormont", "ORG")


def test_entities_near_identical_org_spellings_merge_but_numbers_differ(resolve):
    doc = resolve(
        "Zorbex Technologie a recruté ; Zorbex Technologies confirme. "
        "Lormont Radio 2 et Lormont Radio 3 diffusent.",
        [("Zorbex Technologie", "ORG"), ("Zorbex Technologies", "ORG"),
         ("Lormont Radio 2", "ORG"), ("Lormont Radio 3", "ORG")],
    )
    assert [e.name for e in doc._.veille_entities] == [
        "Zorbex Technologie", "Lormont Radio 2", "Lormont Radio 3"]
    assert doc._.veille_entities[0].aliases == ("Zorbex Technologies",)


def test_entities_company_word_makes_an_organisation(resolve):
    doc = resolve(
        "Halcyon Software a recruté Paul Girard. Halcyon Software grandit vite.",
        [("Halcyon Software", "PER"), ("Paul Girard", "PER"), ("Halcyon Software", "MISC")],
    )
    assert by_name(doc)["Halcyon Software"].type == "ORG"
    assert by_name(doc)["Paul Girard"].type == "PER"


@pytest.mark.parametrize("text,surface,label,expected", [
    ("Il a atterri à l'aéroport Marcel Dassin lundi.", "Marcel Dassin", "PER", "LOC"),
    ("Le match a lieu au stade Pierre Varnier ce soir.", "Pierre Varnier", "PER", "LOC"),
    ("Elle est soignée à l'hôpital Georges Lermont depuis mardi.", "Georges Lermont", "PER", "ORG"),
])
def test_entities_places_and_institutions_named_after_people(resolve, text, surface, label,
                                                              expected):
    doc = resolve(text, [(surface, label)])
    assert by_name(doc)[surface].type == expected


def test_entities_lone_first_name_is_a_person_unless_after_a_place_preposition(resolve):
    doc = resolve(
        "Gabriel a répondu aux députés. Il partira ensuite à Florence.",
        [("Gabriel", "LOC"), ("Florence", "LOC")],
    )
    names = by_name(doc)
    assert names["Gabriel"].type == "PER"
    assert names["Florence"].type == "LOC"


def test_entities_demonyms_are_peoples_not_places(blank_nlp):
    text = "Les Français ont voté, comme les Américains. Ils skient dans les Alpes."
    doc = make_doc(blank_nlp, text, [("Les Français", "LOC"), ("Américains", "LOC"),
                                     ("Alpes", "LOC")])
    doc = EntityResolver(blank_nlp)(doc)
    # "les Alpes" is a place: only the word ending tells them apart.
    assert [(e.name, e.type) for e in doc._.veille_entities] == [("Alpes", "LOC")]


def test_entities_institution_named_by_common_noun_is_an_organisation(resolve):
    doc = resolve(
        "L'État a payé la facture. Le Parlement a voté la loi.",
        [("État", "LOC"), ("Parlement", "MISC")],
    )
    assert {(e.name, e.type) for e in doc._.veille_entities} == {("État", "ORG"),
                                                                 ("Parlement", "ORG")}


@pytest.mark.parametrize("text", [
    "Néoria, la start-up lyonnaise, recrute. Néoria travaille à Néoria. Néoria grandit.",
    # one "salariés de Néoria" against four place labels: the labels alone lose
    "Les salariés de Néoria travaillent à Néoria. Néoria recrute. Néoria grandit.",
])
def test_entities_org_context_outweighs_place_labels(resolve, text):
    doc = resolve(text, [("Néoria", "LOC")] * 4)
    (neoria,) = doc._.veille_entities
    assert neoria.type == "ORG" and len(neoria.mentions) == 4


def test_entities_place_with_place_evidence_stays_a_place(resolve):
    text = "La ville de Brénac a voté. Les salariés de Brénac manifestent à Brénac."
    doc = resolve(text, [("Brénac", "LOC"), ("Brénac", "LOC"), ("Brénac", "LOC")])
    (brenac,) = doc._.veille_entities
    assert brenac.type == "LOC"


def test_entities_subsidiary_with_region_word_is_not_merged_into_parent(resolve):
    doc = resolve(
        "Le groupe Vardane a publié ses comptes. Vardane Belgium a licencié 40 salariés.",
        [("Vardane", "ORG"), ("Vardane Belgium", "ORG")],
    )
    assert sorted(e.name for e in doc._.veille_entities) == ["Vardane", "Vardane Belgium"]


def test_entities_short_form_after_company_name_still_merges(resolve):
    doc = resolve(
        "Halcyon Software a signé le contrat. Halcyon recrute désormais.",
        [("Halcyon Software", "ORG"), ("Halcyon", "ORG")],
    )
    (halcyon,) = doc._.veille_entities
    assert halcyon.name == "Halcyon Software" and halcyon.aliases == ("Halcyon",)


def test_entities_portfolio_after_ministere_is_not_an_actor(resolve):
    doc = resolve("Le ministère des Transports a tranché.", [("Transports", "ORG")])
    assert doc._.veille_entities == []


def test_entities_place_after_de_with_demonym_like_ending_is_kept(resolve):
    doc = resolve("Le procureur de Lyon a parlé de Lorraine.", [("Lyon", "LOC"), ("Lorraine", "LOC")])
    assert {(e.name, e.type) for e in doc._.veille_entities} == {("Lyon", "LOC"),
                                                                 ("Lorraine", "LOC")}


def test_entities_rubric_word_alone_in_its_sentence_is_dropped(blank_nlp):
    import numpy

    blank_nlp.vocab.set_vector("diplomatie", numpy.ones(3, dtype="f"))
    text = "Le vote est prévu. Diplomatie. Vantelis a signé. Zorbex."
    doc = make_doc(blank_nlp, text, [("Diplomatie", "ORG"), ("Vantelis", "ORG"),
                                     ("Zorbex", "ORG")])
    doc = EntityResolver(blank_nlp)(doc)
    # "Zorbex" is no word the vectors know: a name, even alone in its sentence.
    assert [e.name for e in doc._.veille_entities] == ["Vantelis", "Zorbex"]


def test_entities_lone_first_name_after_full_name_joins_it(resolve):
    doc = resolve(
        "Gabriel Varin a parlé lundi. Gabriel a ensuite quitté la salle.",
        [("Gabriel Varin", "PER"), ("Gabriel", "LOC")],
    )
    (gabriel,) = doc._.veille_entities
    assert (gabriel.name, gabriel.type, gabriel.aliases) == ("Gabriel Varin", "PER", ("Gabriel",))


def test_entities_lone_first_name_shared_by_two_people_stays_apart(resolve):
    doc = resolve(
        "Gabriel Varin et Gabriel Morel ont parlé. Gabriel a ensuite quitté la salle.",
        [("Gabriel Varin", "PER"), ("Gabriel Morel", "PER"), ("Gabriel", "PER")],
    )
    assert len(doc._.veille_entities) == 3


def test_entities_possessive_title_makes_its_antecedent_an_organisation(resolve):
    doc = resolve(
        "Orbalia a publié ses comptes. Son PDG, Marc Lenoir, reste prudent.",
        [("Orbalia", "PER"), ("Marc Lenoir", "PER")],
    )
    names = by_name(doc)
    assert names["Orbalia"].type == "ORG"
    assert [(r.title, r.of) for r in names["Marc Lenoir"].roles] == [("PDG", "Orbalia")]


def test_entities_elided_article_does_not_open_a_sentence(blank_nlp):
    import numpy

    blank_nlp.vocab.set_vector("état", numpy.ones(3, dtype="f"))
    doc = make_doc(blank_nlp, "Ensuite, l'État a payé la facture.", [("État", "LOC")])
    for token in doc:
        token.pos_ = "NOUN" if token.text == "État" else "X"
    doc = EntityResolver(blank_nlp)(doc)
    assert [(e.name, e.type) for e in doc._.veille_entities] == [("État", "ORG")]


def test_entities_facility_noun_before_de_makes_a_place(resolve):
    doc = resolve("Ils manifestent place de la Madeleine.", [("Madeleine", "PER")])
    assert by_name(doc)["Madeleine"].type == "LOC"


def test_entities_name_after_a_comma_is_no_rubric(blank_nlp):
    import numpy

    blank_nlp.vocab.set_vector("bosch", numpy.ones(3, dtype="f"))
    doc = make_doc(blank_nlp, "Il cite un géant de l'industrie, Bosch.", [("Bosch", "ORG")])
    doc = EntityResolver(blank_nlp)(doc)
    assert [e.name for e in doc._.veille_entities] == ["Bosch"]


def test_entities_vague_apposition_does_not_make_a_country_an_organisation(resolve):
    doc = resolve(
        "La France, spécialiste du diesel, recule. La France et l'Italie résistent.",
        [("France", "LOC"), ("France", "LOC"), ("Italie", "LOC")],
    )
    assert by_name(doc)["France"].type == "LOC"
