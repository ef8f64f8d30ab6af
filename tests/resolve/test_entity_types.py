"""Types of global entities from the evidence of all their documents (veille.resolve.entity_types)."""

from __future__ import annotations

from helpers import analysed_pair

from veille.models import EntityRecord, Mention
from veille.resolve.entities import link_documents
from veille.resolve.entity_types import BASE, decide_type, local_evidence
from veille.store import Store


def _record(text, name, type_, *forms):
    mentions = []
    for form in forms or (name,):
        start = text.index(form, mentions[-1].end if mentions else 0)
        mentions.append(Mention(start, start + len(form), form))
    return EntityRecord("e0", name, type_, (), (), tuple(mentions))


def _entities(store):
    return sorted((e.name, e.type) for e in store.iter_entities())


def test_entity_types_local_evidence_reads_context_cues():
    text = "Le titre Brenvale a bondi. Chez Brenvale, on se réjouit, et les salariés de Brenvale aussi."
    scores = local_evidence(text, _record(text, "Brenvale", "LOC", "Brenvale", "Brenvale", "Brenvale"))
    assert scores["LOC"] == BASE
    assert scores["ORG"] > scores["LOC"]
    text = "M. Tellier a rencontré le maire. Tellier a signé."
    scores = local_evidence(text, _record(text, "Tellier", "PER", "Tellier", "Tellier"))
    assert scores["PER"] > BASE and scores["ORG"] == 0


def test_entity_types_function_words_are_no_cue():
    # "un laboratoire à Lyon": the cue noun is followed by a preposition, not an adjective.
    text = "Elle veut ouvrir un laboratoire à Lyon."
    assert local_evidence(text, _record(text, "Lyon", "LOC"))["ORG"] == 0
    text = "Elle a rejoint l'italien Corvella en mars."
    assert local_evidence(text, _record(text, "Corvella", "PER"))["ORG"] > 0
    text = "Il a battu le gardien Tomas Corvella."  # a person: "gardien" is no demonym
    assert local_evidence(text, _record(text, "Tomas Corvella", "PER", "Corvella"))["ORG"] == 0


def test_entity_types_role_of_a_company_is_org_evidence():
    text = "Sonia Lamy, la PDG de Brenvale, a parlé."
    scores = local_evidence(text, _record(text, "Brenvale", "PER"), role_ofs=[("PDG", "Brenvale")])
    assert scores["ORG"] > scores["PER"]
    # "président de la France": presidents head countries too; no evidence for a place.
    text = "Le président de la France a parlé."
    assert local_evidence(text, _record(text, "France", "LOC"), role_ofs=[("président", "France")])["ORG"] == 0


def test_entity_types_decide_needs_a_margin_over_the_current_type():
    assert decide_type({"LOC": 1.0, "ORG": 1.4}, "LOC") == "LOC"
    assert decide_type({"LOC": 1.0, "ORG": 4.0}, "LOC") == "ORG"
    assert decide_type({"PER": 3.0, "ORG": 3.0}, "ORG") == "ORG"


_PLACE_LIKE = "Le tribunal a reçu lundi une plainte contre Brenvale. Le capital de Brenvale a chuté."
_COMPANY = "Brenvale a publié ses résultats. Le groupe Brenvale compte 900 salariés."


def test_entity_types_one_actor_typed_loc_then_org_is_one_organisation(store):
    store.save_batch([
        analysed_pair("d1", _PLACE_LIKE, entities=(("Brenvale", "LOC", (), ("Brenvale", "Brenvale")),)),
        analysed_pair("d2", _COMPANY, entities=(("Brenvale", "ORG", (), ("Brenvale", "Brenvale")),)),
    ])
    link_documents(store, ["d1", "d2"])
    assert _entities(store) == [("Brenvale", "ORG")]


def test_entity_types_company_taken_for_a_person_becomes_an_organisation(store):
    store.save_batch([
        analysed_pair(f"d{i}", text, entities=(("Corvella", "PER", (), ("Corvella",)),))
        for i, text in enumerate([
            "Le rapprochement avec l'italien Corvella se précise.",
            "Le patron de Corvella a confirmé les discussions.",
            "Corvella dément toute négociation.",
        ])
    ])
    link_documents(store, ["d0", "d1", "d2"])
    assert _entities(store) == [("Corvella", "ORG")]


def test_entity_types_a_person_stays_a_person_despite_one_stray_cue(store):
    store.save_batch([
        analysed_pair("d0", "M. Tellier a répondu aux questions.", entities=(("Tellier", "PER", (), ("Tellier",)),)),
        analysed_pair("d1", "On dîne chez Tellier ce soir.", entities=(("Tellier", "PER", (), ("Tellier",)),)),
    ])
    link_documents(store, ["d0", "d1"])
    assert _entities(store) == [("Tellier", "PER")]


def test_entity_types_full_person_name_crosses_types_only_on_its_own_evidence(store):
    pair = lambda doc_id, text, type_: analysed_pair(  # noqa: E731
        doc_id, text, entities=(("Haute Brenne", type_, (), ("Haute Brenne",)),))
    store.save_batch([
        pair("d1", "Haute Brenne vote son budget.", "LOC"),
        pair("d2", "Les élus de la région Haute Brenne ont voté.", "PER"),  # a place cue: joins
        pair("d3", "Haute Brenne a répondu aux journalistes.", "PER"),  # nothing but the label: apart
    ])
    link_documents(store, ["d1", "d2", "d3"])
    links = dict(store._rows("SELECT doc_id, entity_id FROM entity_links"))
    assert links["d1"] == links["d2"] != links["d3"]
    assert _entities(store) == [("Haute Brenne", "LOC"), ("Haute Brenne", "PER")]


def _brenvale_pairs():
    return [
        analysed_pair("d1", _PLACE_LIKE, entities=(("Brenvale", "LOC", (), ("Brenvale", "Brenvale")),)),
        analysed_pair("d2", "Orange est une ville du Vaucluse.", entities=(("Orange", "LOC", (), ("Orange",)),)),
        analysed_pair("d3", _COMPANY, entities=(("Brenvale", "ORG", (), ("Brenvale", "Brenvale")),)),
        analysed_pair("d4", "La société Orange recrute.", entities=(("Orange", "ORG", (), ("Orange",)),)),
        analysed_pair("d5", "Brenvale se tait.", entities=(("Brenvale", "LOC", (), ("Brenvale",)),)),
    ]


def test_entity_types_one_batch_or_several_give_the_same_entities(tmp_path):
    results = []
    for splits in ([5], [1, 4], [3, 2], [1, 1, 1, 1, 1]):
        with Store(str(tmp_path / f"{'-'.join(map(str, splits))}.db")) as store:
            pairs, start = _brenvale_pairs(), 0
            for size in splits:
                batch = pairs[start:start + size]
                store.save_batch(batch)
                link_documents(store, [a.id for a, _ in batch])
                start += size
            links = list(store._rows("SELECT doc_id, entity_id FROM entity_links ORDER BY doc_id"))
            results.append((links, sorted((e.id, e.type) for e in store.iter_entities())))
    assert all(r == results[0] for r in results)
    # Brenvale is one organisation, the city and the operator Orange stay apart.
    assert sorted(t for _, t in results[0][1]) == ["LOC", "ORG", "ORG"]


def test_entity_types_store_without_evidence_counts_each_document_once(store):
    # Links made before schema 3 have no evidence rows: each counts BASE for its document's type.
    store.save_batch([
        analysed_pair("d1", "Brenvale se tait.", entities=(("Brenvale", "ORG", (), ("Brenvale",)),)),
        analysed_pair("d2", "Brenvale se tait encore.", entities=(("Brenvale", "ORG", (), ("Brenvale",)),)),
    ])
    link_documents(store, ["d1", "d2"])
    with store.transaction():
        store._conn.execute("DELETE FROM entity_type_evidence")
    (entity,) = store.iter_entities()
    assert store.entity_type_totals([entity.id], base=BASE)[entity.id] == {
        "PER": 0.0, "ORG": 2 * BASE, "LOC": 0.0, "MISC": 0.0}


def test_entity_types_person_typed_org_by_one_article_joins_the_person(store):
    store.save_batch([
        analysed_pair("d1", "Selon Hélène Vautrin, tout va bien.", entities=(("Hélène Vautrin", "PER", (), ("Hélène Vautrin",)),)),
        analysed_pair("d2", "Hélène Vautrin a signé.", entities=(("Hélène Vautrin", "ORG", (), ("Hélène Vautrin",)),)),
        analysed_pair("d3", "Le lycée Hélène Vautrin ferme.", entities=(("Hélène Vautrin", "ORG", (), ("Hélène Vautrin",)),)),
    ])
    link_documents(store, ["d1", "d2", "d3"])
    links = dict(store._rows("SELECT doc_id, entity_id FROM entity_links"))
    # A first name and no cue for the organisation: the person; "le lycée": the school.
    assert links["d1"] == links["d2"] != links["d3"]
    assert _entities(store) == [("Hélène Vautrin", "ORG"), ("Hélène Vautrin", "PER")]
