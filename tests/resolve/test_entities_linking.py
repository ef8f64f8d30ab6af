"""Cross-document entity linking (first version): names, aliases, surnames, ids, counts."""

from __future__ import annotations

import pytest
from helpers import analysed_pair

from veille.models import EntityRecord
from veille.resolve.entities import EntityIndex, canonical_name, fold, link_documents, match_entity, new_entity_id
from veille.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "s.db")) as s:
        yield s


def _person(doc_id, text, name, aliases=(), mentions=None):
    return analysed_pair(doc_id, text, entities=((name, "PER", aliases, mentions or (name,)),))


def test_entities_fold_ignores_case_accents_and_punctuation():
    assert fold("Élodie  DUPRÉ-Noël") == "elodie dupre noel"


def test_entities_id_is_type_and_slug_with_suffix_on_collision():
    assert new_entity_id("PER", "Élodie Dupré", {}) == "per-elodie-dupre"
    assert new_entity_id("PER", "Élodie Dupré", {"per-elodie-dupre": 1}) == "per-elodie-dupre-2"


def test_entities_link_across_documents_by_name_alias_and_surname(store):
    store.save_batch([
        _person("d1", "Élodie Dupré, puis Dupré.", "Élodie Dupré", ("Dupré",), ("Élodie Dupré", "Dupré")),
        _person("d2", "ELODIE DUPRE a parlé.", "ELODIE DUPRE"),
        _person("d3", "Dupré a répondu.", "Dupré"),
        _person("d4", "Marc Olivier est venu.", "Marc Olivier"),
    ])
    report = link_documents(store, ["d1", "d2", "d3", "d4"])
    assert (report.created, report.linked) == (2, 4)
    dupre, olivier = store.iter_entities(order="first_seen")
    assert dupre.id == "per-elodie-dupre" and dupre.name == "Élodie Dupré"
    assert (dupre.mention_count, dupre.doc_count) == (4, 3)
    assert set(dupre.aliases) >= {"Dupré", "ELODIE DUPRE"}
    assert olivier.id == "per-marc-olivier" and olivier.doc_count == 1
    assert {le.entity_id for d in ("d1", "d2", "d3") for le in store.local_entities(d)} == {"per-elodie-dupre"}


def test_entities_full_name_becomes_canonical_over_a_bare_surname(store):
    store.save_batch([_person("d1", "Dupré a parlé.", "Dupré")])
    link_documents(store, ["d1"])
    store.save_batch([_person("d2", "Élodie Dupré a parlé.", "Élodie Dupré")])
    link_documents(store, ["d2"])
    (entity,) = store.iter_entities()
    assert entity.id == "per-dupre"  # ids are stable: never renamed
    assert entity.name == "Élodie Dupré" and "Dupré" in entity.aliases and entity.doc_count == 2


def test_entities_canonical_name_is_the_most_used_clean_form(store):
    # Was "the longest form seen": a prefixed compound then became the name.
    store.save_batch([
        _person("d1", "Nadia Royer-Vidal parle.", "Nadia Royer-Vidal"),
        _person("d2", "Nadia Royer-Vidal répond.", "Nadia Royer-Vidal"),
        _person("d3", "Un front anti-Nadia Royer-Vidal se forme.", "anti-Nadia Royer-Vidal",
                aliases=("Nadia Royer-Vidal",)),
    ])
    link_documents(store, ["d1", "d2", "d3"])
    (entity,) = store.iter_entities()
    assert entity.name == "Nadia Royer-Vidal"
    assert "anti-Nadia Royer-Vidal" in entity.aliases and entity.doc_count == 3


def test_entities_canonical_name_set_aside_junk_and_run_on_forms():
    counts = {"Emmanuel Macron": 4, "anti-Emmanuel Macron": 1, "Macron": 30, "Macron's": 2}
    assert canonical_name(counts, "PER") == "Emmanuel Macron"
    assert canonical_name({"Macron": 3, "Macron-Merkel": 5}, "PER") == "Macron"
    assert canonical_name({"Léa Garnier": 1, "Léa Garnier Présidente de la Région Sud": 1, "Garnier": 2},
                          "PER") == "Léa Garnier"
    assert canonical_name({"Vexor SA": 2, "Vexor": 1}, "ORG") == "Vexor"
    # Organisations are often hyphenated: that is not junk for them.
    assert canonical_name({"Renault-Nissan": 2, "Renault": 1}, "ORG") == "Renault-Nissan"
    assert canonical_name({"ex-Vexor": 1}, "ORG") == "ex-Vexor"  # nothing better seen


def test_entities_types_are_not_mixed(store):
    store.save_batch([
        analysed_pair("d1", "Orange recrute.", entities=(("Orange", "ORG", (), ("Orange",)),)),
        analysed_pair("d2", "Orange est une ville.", entities=(("Orange", "LOC", (), ("Orange",)),)),
    ])
    link_documents(store, ["d1", "d2"])
    assert sorted(e.id for e in store.iter_entities()) == ["loc-orange", "org-orange"]


def test_entities_ambiguous_surname_creates_a_new_entity():
    index = EntityIndex()
    index.add("per-anne-roux", "PER", "Anne Roux")
    index.add("per-paul-roux", "PER", "Paul Roux")
    assert match_entity(EntityRecord("e0", "Roux", "PER"), index) is None
    assert match_entity(EntityRecord("e0", "Paul Roux", "PER"), index) == "per-paul-roux"


def test_entities_linking_is_incremental(store):
    store.save_batch([_person("d1", "Élodie Dupré a parlé.", "Élodie Dupré")])
    link_documents(store, ["d1"])
    again = link_documents(store, ["d1"])
    assert (again.created, again.linked) == (0, 0)
    (entity,) = store.iter_entities()
    assert entity.mention_count == 1


def test_entities_counts_follow_document_replacement(store):
    store.save_batch([_person("d1", "Élodie Dupré a parlé.", "Élodie Dupré")])
    link_documents(store, ["d1"])
    store.save_batch([_person("d1", "Marc Olivier a parlé.", "Marc Olivier")])
    link_documents(store, ["d1"])
    assert [e.id for e in store.iter_entities()] == ["per-marc-olivier"]


def _org(doc_id, text, name, aliases=()):
    return analysed_pair(doc_id, text, entities=((name, "ORG", aliases, (name,)),))


@pytest.mark.parametrize("first, second", [("Agence France-Presse", "AFP"), ("AFP", "Agence France-Presse")])
def test_entities_acronym_links_to_the_organisation_it_spells(store, first, second):
    store.save_batch([_org("d1", f"Selon {first}, le vote est reporté.", first)])
    link_documents(store, ["d1"])
    store.save_batch([_org("d2", f"{second} confirme le report.", second)])
    report = link_documents(store, ["d2"])
    assert report.created == 0
    (entity,) = store.iter_entities()
    assert {entity.name, *entity.aliases} >= {"AFP", "Agence France-Presse"} and entity.doc_count == 2


def test_entities_acronym_of_two_organisations_needs_context(store):
    store.save_batch([
        _org("d1", "L'Agence France-Presse publie.", "Agence France-Presse"),
        _org("d2", "L'Association française de pétanque se réunit.", "Association française de pétanque"),
    ])
    link_documents(store, ["d1", "d2"])
    store.save_batch([analysed_pair("d3", "AFP et Vexor signent.", entities=(
        ("AFP", "ORG", (), ("AFP",)), ("Vexor", "ORG", (), ("Vexor",))))])
    link_documents(store, ["d3"])
    assert len(list(store.iter_entities())) == 4  # "AFP" is a new entity: nothing tells which one


def test_entities_initials_skip_articles_and_de():
    from veille.resolve.entities import initials, is_acronym

    assert initials("Agence France-Presse") == "afp"
    assert initials("Banque de France") == "bf"
    assert initials("l'Union des Républicains") == "ur"
    assert initials("Renault") is None
    assert is_acronym("SNCF") and not is_acronym("Total") and not is_acronym("BFM TV")


def test_entities_two_letter_initials_are_not_an_acronym_match(store):
    # "PS" is far more often the Parti socialiste than any two-word name starting P… S….
    store.save_batch([
        analysed_pair("d1", "Public Sénat diffuse le débat.", entities=(("Public Sénat", "ORG", (), ("Public Sénat",)),)),
        analysed_pair("d2", "Le PS dénonce le texte.", entities=(("PS", "ORG", (), ("PS",)),)),
        analysed_pair("d3", "La CGT appelle à la grève.", entities=(("CGT", "ORG", (), ("CGT",)),)),
        analysed_pair("d4", "La Confédération générale du travail manifeste.",
                      entities=(("Confédération générale du travail", "ORG", (), ("Confédération générale du travail",)),)),
    ])
    link_documents(store, ["d1", "d2", "d3", "d4"])
    links = dict(store._rows("SELECT doc_id, entity_id FROM entity_links"))
    assert links["d1"] != links["d2"]
    assert links["d3"] == links["d4"]  # three letters still spell the organisation


def test_entities_renamed_index_entry_is_the_one_a_store_load_gives():
    # A run renames an entity ("Musk" -> "Elon Musk", then "Elon Musk" -> "Elon R. Musk");
    # the next run loads it from the store with the canonical name and the others as aliases.
    def non_empty(mapping):
        return {k: v for k, v in mapping.items() if v}

    in_run = EntityIndex()
    in_run.add("per-musk", "PER", "Musk")
    in_run.rename("per-musk", "Elon Musk")
    in_run.rename("per-musk", "Elon R. Muskov")
    loaded = EntityIndex()
    loaded.add("per-musk", "PER", "Elon R. Muskov", ["Elon Musk", "Musk"])
    assert non_empty(in_run.last_tokens) == non_empty(loaded.last_tokens)
    assert non_empty(in_run.weak) == non_empty(loaded.weak)
    assert non_empty(in_run.forms) == non_empty(loaded.forms)
