"""Cross-document linking with context: surnames, homonyms, name variants, roles, merges, increments."""

from __future__ import annotations

from dataclasses import replace

from helpers import analysed_pair

from veille.models import Role
from veille.resolve.entities import EntityIndex, link_documents, match_entity, name_candidates, name_key


def _links(store, doc_id):
    return {le.record.name: le.entity_id for le in store.local_entities(doc_id)}


def _with_role(pair, name, title, of):
    article, analysis = pair
    entities = tuple(
        replace(e, roles=(Role(title, of, False, 0, len(title)),)) if e.name == name else e for e in analysis.entities
    )
    return article, replace(analysis, entities=entities)


def test_entities_name_key_folds_corporate_suffixes_for_organisations_only():
    assert name_key("OpenAI Inc.", "ORG") == name_key("openai", "ORG") == "openai"
    assert name_key("Groupe", "ORG") == "groupe"  # a name made only of a suffix keeps it
    assert name_key("Marc Inc", "PER") == "marc inc"


def test_entities_surname_links_to_full_name_with_shared_context(store):
    store.save_batch([
        analysed_pair("d1", "Elon Musk dirige Tesla.", entities=(
            ("Elon Musk", "PER", (), ("Elon Musk",)), ("Tesla", "ORG", (), ("Tesla",)))),
        analysed_pair("d2", "Chez Tesla, Musk a tranché.", entities=(
            ("Tesla", "ORG", (), ("Tesla",)), ("Musk", "PER", (), ("Musk",)))),
    ])
    link_documents(store, ["d1", "d2"])
    assert _links(store, "d2")["Musk"] == _links(store, "d1")["Elon Musk"] == "per-elon-musk"
    entity = store.get_entity("per-elon-musk")
    assert entity.doc_count == 2 and "Musk" in entity.aliases


def test_entities_suffix_and_spacing_variants_are_one_organisation(store):
    store.save_batch([
        analysed_pair("d1", "OpenAI recrute. BFM TV en parle.", entities=(
            ("OpenAI", "ORG", (), ("OpenAI",)), ("BFM TV", "ORG", (), ("BFM TV",)))),
        analysed_pair("d2", "OpenAI Inc. lève des fonds, dit BFMTV.", entities=(
            ("OpenAI Inc.", "ORG", (), ("OpenAI Inc.",)), ("BFMTV", "ORG", (), ("BFMTV",)))),
    ])
    report = link_documents(store, ["d1", "d2"])
    assert report.created == 2
    assert set(_links(store, "d2").values()) == {"org-openai", "org-bfm-tv"}
    assert store.get_entity("org-openai").name == "OpenAI"  # an organisation is named without its suffix


def test_entities_homonyms_in_unrelated_stories_stay_apart(store):
    football = analysed_pair("d1", "Paul Martin a marqué pour le FC Vallanges.", entities=(
        ("Paul Martin", "PER", ("Martin",), ("Paul Martin",)), ("FC Vallanges", "ORG", (), ("FC Vallanges",))))
    bank = analysed_pair("d2", "La Banque Arvel confirme : Martin quittera la direction.", entities=(
        ("Banque Arvel", "ORG", (), ("Banque Arvel",)), ("Martin", "PER", (), ("Martin",))))
    store.save_batch([football, bank])
    link_documents(store, ["d1", "d2"])
    assert _links(store, "d1")["Paul Martin"] != _links(store, "d2")["Martin"]
    # the name-only rule would have merged them: the context is what keeps them apart
    index = EntityIndex()
    index.add("per-paul-martin", "PER", "Paul Martin", ["Martin"])
    assert match_entity(bank[1].entities[1], index) == "per-paul-martin"


def test_entities_full_name_is_enough_without_context(store):
    store.save_batch([
        analysed_pair("d1", "Sophie Leclerc dirige la Banque Arvel.", entities=(
            ("Sophie Leclerc", "PER", (), ("Sophie Leclerc",)), ("Banque Arvel", "ORG", (), ("Banque Arvel",)))),
        analysed_pair("d2", "Sophie Leclerc court le marathon de Nantes.", entities=(
            ("Sophie Leclerc", "PER", (), ("Sophie Leclerc",)), ("Nantes", "LOC", (), ("Nantes",)))),
    ])
    link_documents(store, ["d1", "d2"])
    assert _links(store, "d1")["Sophie Leclerc"] == _links(store, "d2")["Sophie Leclerc"]


def test_entities_shared_role_supports_a_bare_surname(store):
    store.save_batch([
        _with_role(analysed_pair("d1", "Claire Vasseur, PDG de Néoria, et Marc Olivier.", entities=(
            ("Claire Vasseur", "PER", ("Vasseur",), ("Claire Vasseur",)),
            ("Marc Olivier", "PER", (), ("Marc Olivier",)))), "Claire Vasseur", "PDG", "Néoria"),
        _with_role(analysed_pair("d2", "La PDG Vasseur répond à Lyon.", entities=(
            ("Vasseur", "PER", (), ("Vasseur",)), ("Lyon", "LOC", (), ("Lyon",)))), "Vasseur", "PDG", "Néoria"),
        analysed_pair("d3", "Le maçon Vasseur expose à Lille.", entities=(
            ("Vasseur", "PER", (), ("Vasseur",)), ("Lille", "LOC", (), ("Lille",)))),
    ])
    link_documents(store, ["d1", "d2", "d3"])
    assert _links(store, "d2")["Vasseur"] == "per-claire-vasseur"
    assert _links(store, "d3")["Vasseur"] != "per-claire-vasseur"  # no shared actor, no shared role


def test_entities_incremental_ingest_rewrites_old_links_only_by_merge(store):
    store.save_batch([analysed_pair("d1", "Musk parle de Tesla.", entities=(
        ("Musk", "PER", (), ("Musk",)), ("Tesla", "ORG", (), ("Tesla",))))])
    link_documents(store, ["d1"])
    store.save_batch([analysed_pair("d2", "Elon Musk visite SpaceX.", entities=(
        ("Elon Musk", "PER", (), ("Elon Musk",)), ("SpaceX", "ORG", (), ("SpaceX",))))])
    link_documents(store, ["d2"])
    first, second = _links(store, "d1"), _links(store, "d2")
    assert first == {"Musk": "per-musk", "Tesla": "org-tesla"}  # untouched by the second ingest
    assert second["Elon Musk"] != "per-musk"  # nothing shared with d1: not linked to the bare "Musk"
    # A third article ties them: Elon Musk (alias Musk) with Tesla and SpaceX -> one entity.
    store.save_batch([analysed_pair("d3", "Elon Musk, patron de Tesla et de SpaceX. Musk insiste.", entities=(
        ("Elon Musk", "PER", ("Musk",), ("Elon Musk", "Musk")), ("Tesla", "ORG", (), ("Tesla",)),
        ("SpaceX", "ORG", (), ("SpaceX",))))])
    report = link_documents(store, ["d3"])
    assert report.merged == 1
    elon = second["Elon Musk"]
    assert _links(store, "d1")["Musk"] == _links(store, "d3")["Elon Musk"] == elon
    assert _links(store, "d1")["Tesla"] == "org-tesla"  # only the merged entity's links changed
    assert [e.id for e in store.iter_entities(type="PER")] == [elon]
    assert store.get_entity(elon).doc_count == 3


def test_entities_name_candidates_kinds():
    index = EntityIndex()
    index.add("per-georges-louis-bouchez", "PER", "Georges-Louis Bouchez")
    index.add("org-renault-nissan", "ORG", "Renault-Nissan", ["Renault"])
    from veille.models import EntityRecord

    assert name_candidates(EntityRecord("e0", "Louis Bouchez", "PER"), index)[0] == "subset"
    assert name_candidates(EntityRecord("e0", "Georges-Louis Bouchez", "PER"), index)[0] == "exact_full"
    assert name_candidates(EntityRecord("e0", "Renault", "ORG"), index)[0] == "exact_short"  # part of a name
    assert name_candidates(EntityRecord("e0", "Georges-Louis Bouchet", "PER"), index)[0] == "fuzzy"
