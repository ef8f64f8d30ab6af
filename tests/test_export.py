"""Export: the versioned JSON contract, JSONL records with kinds, one CSV per kind, stable ids."""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import analysed_pair, assert_offsets

from veille.errors import UsageError
from veille.export import EXPORT_VERSION, SECTIONS, export
from veille.resolve.entities import link_documents
from veille.store import Store

T1 = "Léa Martin, fondatrice d'Ondine, a déclaré : « Nous recrutons. » Ondine vise 2 millions d'euros en 2025."
T2 = "Selon Martin, Ondine ouvrira un bureau à Nantes."


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "s.db"
    with Store(str(path)) as s:
        s.save_batch([
            analysed_pair(
                "d1", T1, title="Ondine recrute", url="https://exemple.fr/1", outlet="Le Quotidien fictif",
                published="2025-01-04",
                entities=(("Léa Martin", "PER", ("Martin",), ("Léa Martin",)), ("Ondine", "ORG", (), ("Ondine", "Ondine"))),
                quote=("Nous recrutons.", "a déclaré", "Léa Martin"),
                amount=("2 millions d'euros", 2e6), date=("2025", "2025"),
                relation=("founding", "Léa Martin", "Ondine"),
            ),
            analysed_pair(
                "d2", T2, entities=(("Martin", "PER", (), ("Martin",)), ("Ondine", "ORG", (), ("Ondine",)),
                                    ("Nantes", "LOC", (), ("Nantes",))),
            ),
        ])
        link_documents(s, ["d1", "d2"])
        yield s


def _json(store) -> dict:
    out = io.StringIO()
    export(store, format="json", out=None, stdout=out)
    return json.loads(out.getvalue())


def test_export_json_has_every_section_and_version(store):
    data = _json(store)
    assert data["version"] == EXPORT_VERSION == 1
    assert list(data) == ["version"] + [key for key, *_ in SECTIONS]
    assert [d["id"] for d in data["documents"]] == ["d1", "d2"]
    assert set(data["documents"][0]) == {"id", "title", "url", "outlet", "published", "lang", "text"}
    assert data["stories"] == []  # no story step ran on this store (tests/resolve cover stories)
    assert [(e["type"], e["date"]) for e in data["events"]] == [("founding", "2025")]  # dated by its sentence


def test_export_json_offsets_point_at_their_text(store):
    assert assert_offsets(_json(store)) >= 10


def test_export_entities_are_global_with_mentions_across_documents(store):
    entities = {e["id"]: e for e in _json(store)["entities"]}
    assert set(entities) == {"per-lea-martin", "org-ondine", "loc-nantes"}
    martin = entities["per-lea-martin"]
    assert [m["doc_id"] for m in martin["mentions"]] == ["d1", "d2"]
    assert martin["aliases"] == ["Martin"] and martin["type"] == "PER"
    assert len(entities["org-ondine"]["mentions"]) == 3


def test_export_quote_and_relation_refer_to_global_entities_with_stable_ids(store):
    data = _json(store)
    (quote,) = data["quotes"]
    start = T1.index("Nous recrutons.")
    assert quote["id"] == f"q-d1-{start}-{start + len('Nous recrutons.')}"
    assert quote["speaker_id"] == "per-lea-martin" and quote["kind"] == "direct"
    assert quote["cue"]["text"] == "a déclaré"
    (relation,) = [r for r in data["relations"] if r["type"] != "mentioned_with"]
    assert (relation["subject_id"], relation["object_id"]) == ("per-lea-martin", "org-ondine")
    assert relation["arguments"] == {"source": "test"}
    assert _json(store) == data  # re-export: same ids, same order


def test_export_jsonl_streams_records_with_kind(store):
    out = io.StringIO()
    export(store, format="jsonl", out=None, stdout=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0] == {"kind": "export", "version": 1}
    kinds = [line["kind"] for line in lines[1:]]
    n_cooccurrences = sum(1 for r in _json(store)["relations"] if r["type"] == "mentioned_with")
    assert kinds == ["document"] * 2 + ["entity"] * 3 + ["amount", "date", "quote"] + ["relation"] * (
        1 + n_cooccurrences) + ["event"]
    quote = next(line for line in lines if line["kind"] == "quote")
    assert quote["quote_kind"] == "direct"  # the quote's own kind, renamed in JSONL only
    assert quote["id"] == _json(store)["quotes"][0]["id"]


def test_export_csv_one_file_per_kind_nested_as_json(store, tmp_path):
    written = export(store, format="csv", out=str(tmp_path / "csv"), stdout=io.StringIO())
    assert sorted(p.rsplit("/", 1)[-1] for p in written) == sorted(f"{key}.csv" for key, *_ in SECTIONS)
    with open(tmp_path / "csv" / "entities.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    martin = next(r for r in rows if r["id"] == "per-lea-martin")
    assert json.loads(martin["aliases"]) == ["Martin"]
    assert [m["doc_id"] for m in json.loads(martin["mentions"])] == ["d1", "d2"]
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8", newline="") as handle:
        docs = list(csv.DictReader(handle))
    assert docs[0]["text"] == T1 and docs[1]["title"] == ""


def test_export_csv_needs_a_folder(store):
    with pytest.raises(UsageError, match="--out DIR"):
        export(store, format="csv", out=None, stdout=io.StringIO())
