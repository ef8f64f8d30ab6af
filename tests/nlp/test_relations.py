"""Tests of the ``veille_relations`` component on French sentences written for them.

Model tests run the full pipeline, then set the entities (and, where a test needs
them, amounts, dates and quotes) by hand so that they do not depend on the other
components, and run the relation component again on the Doc.
"""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc

from veille.models import Amount, Cue, DateMention, EntityRecord, Mention, Quote
from veille.nlp.relations import RelationFinder

ORG, PER, MISC = "ORG", "PER", "MISC"
ACTORS = {
    "Zorbex": ORG, "Kalima": ORG, "Nova": MISC, "Vertigo": ORG,
    "Jean Dupont": PER, "Marie Leroy": PER, "Paul Garnier": PER, "Léa Morel": PER,
    "Lyon": "LOC",
}


def _set_entities(doc: Doc, actors: dict[str, str]) -> None:
    """One EntityRecord per name in ``actors`` found in the text, keys in order of first mention."""
    found = []
    for name, label in actors.items():
        spans = [
            doc.char_span(m.start(), m.end(), alignment_mode="contract")
            for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text)
        ]
        spans = [s for s in spans if s is not None and len(s)]
        if spans:
            found.append((spans[0].start_char, name, label, spans))
    found.sort()
    records, token_entity = [], {}
    for n, (_, name, label, spans) in enumerate(found):
        key = f"e{n}"
        mentions = tuple(Mention(s.start_char, s.end_char, s.text) for s in spans)
        records.append(EntityRecord(key=key, name=name, type=label, mentions=mentions))
        for span in spans:
            for tok in span:
                token_entity[tok.i] = key
    doc._.veille_entities = records
    doc._.veille_token_entity = token_entity


def _money(doc: Doc, text: str, value: float, currency: str) -> Amount:
    start = doc.text.index(text)
    return Amount(start, start + len(text), text, value, "money", currency)


def _date(doc: Doc, text: str, value: str) -> DateMention:
    start = doc.text.index(text)
    return DateMention(start, start + len(text), text, value, "year")


def _relations(nlp, text: str, *, amounts=(), dates=(), quotes=None, actors=ACTORS):
    doc = nlp(text)
    _set_entities(doc, actors)
    doc._.veille_amounts = [a(doc) for a in amounts]
    doc._.veille_dates = [d(doc) for d in dates]
    doc._.veille_quotes = quotes(doc) if quotes else []
    nlp.get_pipe("veille_relations")(doc)
    return doc, doc._.veille_relations


def _triples(relations) -> set[tuple[str, str, str]]:
    return {(r.type, r.subject, r.object) for r in relations}


# --- without a parse -----------------------------------------------------------


def test_relations_blank_doc_gives_empty_list(blank_nlp):
    doc = blank_nlp("Zorbex a racheté Kalima pour 3 milliards d'euros.")
    finder = RelationFinder(blank_nlp)
    finder(doc)
    assert doc._.veille_relations == []


def _hand_parsed_quote_doc(blank_nlp) -> Doc:
    # Léa Morel a déclaré : « Zorbex et Léa Morel ont trompé Kalima » .
    words = ["Léa", "Morel", "a", "déclaré", ":", "«", "Zorbex", "et", "Léa", "Morel",
             "ont", "trompé", "Kalima", "»", "."]
    heads = [3, 0, 3, 3, 3, 11, 11, 8, 6, 8, 11, 3, 11, 11, 3]
    deps = ["nsubj", "flat:name", "aux:tense", "ROOT", "punct", "punct", "nsubj", "cc",
            "conj", "flat:name", "aux:tense", "ccomp", "obj", "punct", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "CCONJ", "PROPN",
           "PROPN", "AUX", "VERB", "PROPN", "PUNCT", "PUNCT"]
    doc = Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    _set_entities(doc, {"Léa Morel": PER, "Zorbex": ORG, "Kalima": ORG})
    open_i, close_i = doc.text.index("«"), doc.text.index("»") + 1
    cue = doc[3]
    doc._.veille_quotes = [Quote(
        open_i, close_i, doc.text[open_i:close_i], "direct", speaker_key="e0",
        speaker_text="Léa Morel", speaker_start=0, speaker_end=9,
        cue=Cue(cue.idx, cue.idx + len(cue), cue.text), confidence=0.9, rule="test",
    )]
    return doc


def test_relations_statement_about_links_speaker_to_each_actor_in_quote(blank_nlp):
    doc = _hand_parsed_quote_doc(blank_nlp)
    relations = RelationFinder(blank_nlp).find(doc)
    statements = [r for r in relations if r.type == "statement_about"]
    assert _triples(statements) == {
        ("statement_about", "Léa Morel", "Zorbex"),
        ("statement_about", "Léa Morel", "Kalima"),
    }
    quote = doc._.veille_quotes[0]
    for rel in statements:
        assert rel.arguments == {"quote": [quote.start, quote.end]}
        assert rel.trigger == quote.cue
        assert doc.text[rel.start:rel.end] == rel.evidence
        assert rel.evidence.startswith("Léa Morel") and rel.evidence.endswith(".")


def test_relations_statement_about_needs_a_speaker(blank_nlp):
    doc = _hand_parsed_quote_doc(blank_nlp)
    quote = doc._.veille_quotes[0]
    doc._.veille_quotes = [Quote(quote.start, quote.end, quote.text, "direct")]
    assert RelationFinder(blank_nlp).find(doc) == []


# --- one sentence per relation type (verbs) ---------------------------------------

VERB_CASES = [
    ("Zorbex a poursuivi Kalima en justice.", ("lawsuit", "Zorbex", "Kalima")),
    ("Zorbex a investi 10 milliards de dollars dans Kalima.", ("investment", "Zorbex", "Kalima")),
    ("Zorbex a financé Kalima à hauteur de 5 millions d'euros.", ("funding", "Zorbex", "Kalima")),
    ("Kalima a levé 20 millions d'euros auprès de Zorbex.", ("funding", "Zorbex", "Kalima")),
    ("Marie Leroy a fait un don de 2 millions d'euros à la fondation Kalima.",
     ("donation", "Marie Leroy", "Kalima")),
    ("Jean Dupont a fondé Zorbex dans son garage.", ("founding", "Jean Dupont", "Zorbex")),
    ("Zorbex a racheté Kalima l'an dernier.", ("acquisition", "Zorbex", "Kalima")),
    ("Kalima a fusionné avec Zorbex.", ("merger", "Kalima", "Zorbex")),
    ("Jean Dupont a été nommé PDG de Kalima.", ("appointment", "Jean Dupont", "Kalima")),
    ("Marie Leroy a quitté Zorbex après dix ans.", ("departure", "Marie Leroy", "Zorbex")),
    ("Kalima a limogé Jean Dupont.", ("firing", "Kalima", "Jean Dupont")),
    ("Jean Dupont a écrit à Marie Leroy la semaine dernière.", ("letter", "Jean Dupont", "Marie Leroy")),
    ("Jean Dupont a demandé à Marie Leroy de bloquer la vente.", ("request", "Jean Dupont", "Marie Leroy")),
    ("Zorbex a dénoncé Kalima devant la presse.", ("complaint", "Zorbex", "Kalima")),
    ("Marie Leroy a vivement critiqué Zorbex.", ("complaint", "Marie Leroy", "Zorbex")),
    ("Marie Leroy a attaqué Zorbex dans la presse.", ("complaint", "Marie Leroy", "Zorbex")),
    ("Jean Dupont a attaqué Zorbex en justice.", ("lawsuit", "Jean Dupont", "Zorbex")),
    ("Zorbex collabore avec Kalima depuis longtemps.", ("partnership", "Zorbex", "Kalima")),
    ("Zorbex a intégré Nova à son moteur de recherche.", ("integration", "Zorbex", "Nova")),
    ("Kalima a dévoilé Nova devant ses clients.", ("launch", "Kalima", "Nova")),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", VERB_CASES, ids=[c[1][0] + "-verb" for c in VERB_CASES])
def test_relations_verb_trigger_gives_typed_relation(nlp, text, expected):
    _, relations = _relations(nlp, text)
    assert expected in _triples(relations)
    assert all(r.polarity == "asserted" for r in relations)


NOUN_CASES = [
    ("La plainte de Zorbex contre Kalima a été rejetée.", ("lawsuit", "Zorbex", "Kalima")),
    ("Le rachat de Kalima par Zorbex a été annoncé lundi.", ("acquisition", "Zorbex", "Kalima")),
    ("Marie Leroy est la cofondatrice de Zorbex.", ("founding", "Marie Leroy", "Zorbex")),
    ("Jean Dupont, cofondateur de Kalima, est arrivé hier.", ("founding", "Jean Dupont", "Kalima")),
    ("Kalima a annoncé une fusion avec Zorbex.", ("merger", "Kalima", "Zorbex")),
    ("Kalima a signé un partenariat avec Zorbex.", ("partnership", "Kalima", "Zorbex")),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", NOUN_CASES, ids=[c[1][0] + "-noun" for c in NOUN_CASES])
def test_relations_nominalisation_gives_typed_relation(nlp, text, expected):
    _, relations = _relations(nlp, text)
    assert expected in _triples(relations)


@pytest.mark.model
def test_relations_possessive_investor_refers_to_previous_subject(nlp):
    text = "Kalima a présenté ses comptes. Zorbex, son plus grand investisseur, a approuvé."
    _, relations = _relations(nlp, text)
    assert ("investment", "Zorbex", "Kalima") in _triples(relations)


# --- syntax: passive, coordination, pronouns, relatives ----------------------------


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Kalima a été rachetée par Zorbex.", ("acquisition", "Zorbex", "Kalima")),
    ("Kalima, soutenue par Zorbex, a levé 45 millions de dollars.", ("investment", "Zorbex", "Kalima")),
    ("Jean Dupont a été évincé de Zorbex.", ("firing", "Zorbex", "Jean Dupont")),
])
def test_relations_passive_agent_is_the_subject(nlp, text, expected):
    _, relations = _relations(nlp, text)
    assert expected in _triples(relations)
    assert (expected[0], expected[2], expected[1]) not in _triples(relations)


@pytest.mark.model
def test_relations_coordinated_defendants_each_get_a_lawsuit(nlp):
    text = ("Jean Dupont a intenté un procès contre Zorbex, le PDG Marie Leroy "
            "et le président Paul Garnier.")
    _, relations = _relations(nlp, text)
    assert {r.object for r in relations if r.type == "lawsuit"} == {
        "Zorbex", "Marie Leroy", "Paul Garnier",
    }
    assert {r.subject for r in relations} == {"Jean Dupont"}


@pytest.mark.model
@pytest.mark.parametrize("text,defendants", [
    ("Jean Dupont a intenté un procès contre Zorbex, Kalima et Vertigo.",
     {"Zorbex", "Kalima", "Vertigo"}),
    # An apposition names the same actor twice: no second defendant from it.
    ("Jean Dupont a intenté un procès contre Zorbex, le fabricant Kalima.", {"Zorbex"}),
])
def test_relations_flat_lists_need_a_closing_conjunction(nlp, text, defendants):
    _, relations = _relations(nlp, text)
    assert {r.object for r in relations if r.type == "lawsuit"} == defendants


@pytest.mark.model
def test_relations_coordinated_objects_of_a_verb(nlp):
    _, relations = _relations(nlp, "Zorbex a acquis Kalima et Vertigo.")
    assert _triples(relations) == {
        ("acquisition", "Zorbex", "Kalima"), ("acquisition", "Zorbex", "Vertigo"),
    }


@pytest.mark.model
def test_relations_pronoun_subject_resolves_to_previous_sentence_subject(nlp):
    text = "Jean Dupont est né à Lyon. Il a fondé Zorbex dans son garage."
    _, relations = _relations(nlp, text)
    assert ("founding", "Jean Dupont", "Zorbex") in _triples(relations)


@pytest.mark.model
def test_relations_relative_clause_subject_is_the_antecedent(nlp):
    text = "Jean Dupont, qui a fondé Kalima, a rejoint Zorbex comme directeur technique."
    _, relations = _relations(nlp, text)
    triples = _triples(relations)
    assert ("founding", "Jean Dupont", "Kalima") in triples
    assert ("appointment", "Jean Dupont", "Zorbex") in triples
    appointment = next(r for r in relations if r.type == "appointment")
    assert appointment.arguments["role"] == "directeur technique"


# --- polarity -------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text,polarity", [
    ("Zorbex a racheté Kalima.", "asserted"),
    ("Zorbex n'a pas racheté Kalima.", "denied"),
    ("Zorbex n'a jamais racheté Kalima.", "denied"),
    ("Zorbex a démenti avoir racheté Kalima.", "denied"),
    ("Zorbex aurait racheté Kalima.", "alleged"),
    ("Selon Le Figaro, Zorbex a racheté Kalima.", "alleged"),
    ("Zorbex a prétendument racheté Kalima.", "alleged"),
    ("Zorbex va racheter Kalima.", "planned"),
    ("Zorbex projette de racheter Kalima.", "planned"),
    ("Zorbex a tenté de racheter Kalima.", "planned"),
    ("Zorbex rachètera Kalima.", "planned"),
])
def test_relations_polarity(nlp, text, polarity):
    _, relations = _relations(nlp, text)
    acquisitions = [r for r in relations if r.type == "acquisition"]
    assert [(r.subject, r.object, r.polarity) for r in acquisitions] == [
        ("Zorbex", "Kalima", polarity),
    ]


@pytest.mark.model
def test_relations_inside_indirect_quote_is_alleged(nlp):
    text = "Marie Leroy a affirmé que Zorbex avait racheté Kalima."

    def quotes(doc):
        start = text.index("Zorbex")
        return [Quote(start, len(text) - 1, text[start:-1], "indirect", "e0")]

    _, relations = _relations(nlp, text, quotes=quotes)
    acquisition = next(r for r in relations if r.type == "acquisition")
    assert acquisition.polarity == "alleged"


@pytest.mark.model
def test_relations_merging_one_company_with_another(nlp):
    _, relations = _relations(nlp, "Jean Dupont suggère de fusionner Zorbex avec Kalima.")
    merger = next(r for r in relations if r.type == "merger")
    assert (merger.subject, merger.object, merger.polarity) == ("Zorbex", "Kalima", "planned")


@pytest.mark.model
def test_relations_merger_attempt_flag_follows_polarity(nlp):
    _, relations = _relations(nlp, "Kalima envisage de fusionner avec Zorbex.")
    merger = next(r for r in relations if r.type == "merger")
    assert merger.polarity == "planned"
    assert merger.arguments["attempt"] is True


# --- arguments --------------------------------------------------------------------


@pytest.mark.model
def test_relations_amount_argument_for_money_relations(nlp):
    text = "Zorbex a racheté Kalima pour 3 milliards d'euros."
    _, relations = _relations(
        nlp, text, amounts=[lambda d: _money(d, "3 milliards d'euros", 3e9, "EUR")]
    )
    (rel,) = relations
    start = text.index("3 milliards")
    assert rel.arguments["amount"] == {
        "value": 3e9, "currency": "EUR", "text": "3 milliards d'euros",
        "start": start, "end": start + len("3 milliards d'euros"),
    }


@pytest.mark.model
def test_relations_date_from_the_same_clause(nlp):
    text = "Zorbex a investi 10 milliards de dollars dans Kalima en 2023."
    _, relations = _relations(nlp, text, dates=[lambda d: _date(d, "2023", "2023")])
    (rel,) = relations
    assert rel.date == "2023"


@pytest.mark.model
def test_relations_lawsuit_claims_one_per_coordinated_ground(nlp):
    text = ("Zorbex a poursuivi Kalima en justice pour rupture de contrat "
            "et manquement à l'obligation fiduciaire.")
    _, relations = _relations(nlp, text)
    (rel,) = relations
    assert rel.arguments["claims"] == ["rupture de contrat", "manquement à l'obligation fiduciaire"]


@pytest.mark.model
def test_relations_letter_carries_what_it_asks(nlp):
    text = ("Zorbex a adressé une lettre à Marie Leroy pour lui demander de bloquer "
            "la conversion de Kalima.")
    _, relations = _relations(nlp, text)
    letter = next(r for r in relations if r.type == "letter")
    assert (letter.subject, letter.object) == ("Zorbex", "Marie Leroy")
    assert letter.arguments["object"] == "bloquer la conversion de Kalima"
    assert letter.trigger.text == "adressé une lettre"


@pytest.mark.model
def test_relations_launch_of_unnamed_product_keeps_the_phrase(nlp):
    _, relations = _relations(nlp, "Zorbex a lancé une nouvelle application de messagerie.")
    (rel,) = relations
    assert (rel.type, rel.subject, rel.object_key) == ("launch", "Zorbex", None)
    assert rel.arguments["product"] == "une nouvelle application de messagerie"


@pytest.mark.model
def test_relations_launching_a_company_is_a_founding(nlp):
    _, relations = _relations(nlp, "Jean Dupont a lancé Vertigo en 2019.")
    assert _triples(relations) == {("founding", "Jean Dupont", "Vertigo")}


# --- precision guards and offsets -------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Zorbex et Kalima étaient présents au salon.",
    "Jean Dupont a rencontré Marie Leroy chez Zorbex.",
    "Zorbex a poursuivi ses efforts malgré Kalima.",
    "Zorbex a lancé un appel à Kalima.",
    "Le milliardaire a porté plainte contre Kalima.",
    "Le bien nommé Jean Dupont travaille chez Zorbex.",
    "Marie Leroy a quitté Lyon pour Paris.",
    "Zorbex a investi Lyon avec ses bureaux.",
    "Jean Dupont a pris part au congrès de Zorbex.",
    "À Lyon, la chaîne, fondée par Jean Dupont, ouvrira un magasin.",
    "Le fonds a désigné Jean Dupont, un ancien dirigeant de Zorbex, comme président.",
    "Le ministre Jean Dupont a dénoncé sur Vertigo des attaques intolérables.",
    "Jean Dupont a bouleversé son agenda pour lancer la présidence de Zorbex.",
])
def test_relations_no_relation_without_a_trigger_and_both_actors(nlp, text):
    _, relations = _relations(nlp, text)
    assert relations == []


@pytest.mark.model
def test_relations_same_relation_once_per_sentence(nlp):
    text = "Zorbex a racheté Kalima, et ce rachat de Kalima par Zorbex a surpris."
    _, relations = _relations(nlp, text)
    assert len([r for r in relations if r.type == "acquisition"]) == 1


@pytest.mark.model
def test_relations_offsets_point_into_the_text(nlp):
    text = ("Le marché était calme.  Kalima a été rachetée par Zorbex. "
            "Jean Dupont a quitté Zorbex.")
    doc, relations = _relations(nlp, text)
    assert len(relations) == 2
    for rel in relations:
        assert doc.text[rel.start:rel.end] == rel.evidence
        assert doc.text[rel.trigger.start:rel.trigger.end] == rel.trigger.text
        assert rel.start <= rel.trigger.start < rel.trigger.end <= rel.end
    assert relations[0].evidence == "Kalima a été rachetée par Zorbex."
    assert relations[0].trigger.text == "rachetée"
    assert [s.label_ for s in doc.spans["veille_relations"]] == ["acquisition", "departure"]


@pytest.mark.model
def test_relations_line_break_bounds_evidence_and_actors(nlp):
    # Feeds glue paragraphs with a bare newline; the parser may run one sentence
    # across it, but a relation never does.
    text = "Zorbex a dénoncé des pratiques honteuses\nKalima a racheté Vertigo."
    _, relations = _relations(nlp, text)
    assert ("complaint", "Zorbex", "Kalima") not in _triples(relations)
    assert all("\n" not in r.evidence for r in relations)
    text = "Le marché était calme\nZorbex a racheté Kalima."
    _, relations = _relations(nlp, text)
    assert [r.evidence for r in relations] == ["Zorbex a racheté Kalima."]


@pytest.mark.model
def test_relations_title_holder_subject_is_not_the_organisation(nlp):
    _, relations = _relations(nlp, "Le président de Zorbex a limogé Jean Dupont.")
    assert ("firing", "Zorbex", "Jean Dupont") not in _triples(relations)


@pytest.mark.model
def test_relations_one_slot_never_fills_both_roles(nlp):
    text = "Le remaniement a suivi les départs de Jean Dupont et Marie Leroy."
    _, relations = _relations(nlp, text)
    assert relations == []


def test_relations_actor_inside_a_quote_is_not_the_incise_verbs_argument(blank_nlp):
    # « Zorbex triche » , dénonce Kalima . -- parsed the way the model sometimes
    # does, with the quoted name as the subject of the incise verb.
    words = ["«", "Zorbex", "triche", "»", ",", "dénonce", "Kalima", "."]
    heads = [2, 5, 5, 2, 5, 5, 5, 5]
    deps = ["punct", "nsubj", "parataxis", "punct", "punct", "ROOT", "obj", "punct"]
    pos = ["PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT"]
    lemmas = ["«", "Zorbex", "tricher", "»", ",", "dénoncer", "Kalima", "."]
    doc = Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 7)
    _set_entities(doc, {"Zorbex": ORG, "Kalima": ORG})
    assert RelationFinder(blank_nlp).find(doc) == []


@pytest.mark.model
def test_relations_quoted_name_is_still_an_argument(nlp):
    _, relations = _relations(nlp, "Jean Dupont a fondé « Vertigo » en 2015.")
    assert ("founding", "Jean Dupont", "Vertigo") in _triples(relations)


@pytest.mark.model
def test_relations_segment_opening_name_is_the_subject_after_a_line_break(nlp):
    text = "Jean Dupont est fâché\nZorbex aurait écrit une lettre à Marie Leroy."
    _, relations = _relations(nlp, text)
    letter = [r for r in relations if r.type == "letter"]
    assert [(r.subject, r.object, r.polarity) for r in letter] == [
        ("Zorbex", "Marie Leroy", "alleged"),
    ]


@pytest.mark.model
def test_relations_company_named_by_a_participle(nlp):
    text = "Jean Dupont a quitté Zorbex et a créé une entreprise appelée Vertigo."
    _, relations = _relations(nlp, text)
    assert ("founding", "Jean Dupont", "Vertigo") in _triples(relations)


# --- coordination under titles, pronoun agreement --------------------------------


@pytest.mark.model
def test_relations_second_titled_name_in_list_is_a_subject(nlp):
    text = "Ses avocats Me Paul Garnier et Me Léa Morel saisissent alors Zorbex pour obtenir réparation."
    _, relations = _relations(nlp, text)
    subjects = {s for t, s, o in _triples(relations) if t == "request" and o == "Zorbex"}
    assert subjects == {"Paul Garnier", "Léa Morel"}, relations


@pytest.mark.model
def test_relations_singular_pronoun_skips_plural_antecedent(nlp):
    actors = dict(ACTORS, **{"Verts": ORG})
    text = "Les Verts manifestent devant le siège. Il a racheté Kalima pour un euro."
    _, relations = _relations(nlp, text, actors=actors)
    assert not [r for r in relations if r.type == "acquisition"], relations


@pytest.mark.model
def test_relations_plural_common_noun_group_is_not_an_actor(nlp):
    actors = dict(ACTORS, **{"Bonnets rouges": ORG})
    text = "Marie Leroy a invité les Bonnets rouges à rentrer chez eux."
    doc, relations = _relations(nlp, text, actors=actors)
    assert not [r for r in relations if r.type == "request"], relations
    # The same call to a named organisation is a request.
    _, relations = _relations(nlp, "Marie Leroy a invité Zorbex à rentrer dans le rang.")
    assert ("request", "Marie Leroy", "Zorbex") in _triples(relations), relations


@pytest.mark.model
def test_relations_plural_party_name_is_still_an_actor(nlp):
    actors = dict(ACTORS, **{"Républicains": ORG})
    _, relations = _relations(nlp, "Léa Morel a pris la tête des Républicains en décembre.", actors=actors)
    assert ("appointment", "Léa Morel", "Républicains") in _triples(relations), relations
