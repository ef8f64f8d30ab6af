"""Read commands (entities, show, quotes, summary, export) on a small hand-built store,
and one end-to-end pass over a real ingest."""

from __future__ import annotations

import json
import re

import pytest
from helpers import analysed_pair, assert_offsets, reuse_model, run_cli

from veille.resolve.entities import link_documents, match_entity
from veille.store import Store

T1 = "Léa Martin, fondatrice d'Ondine, a déclaré : « Nous recrutons. » Ondine vise 2 millions d'euros en 2025."
T2 = "Selon Paul Girard, maire de Brevanne, « la piscine rouvrira ». Martin a confirmé."
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("browse") / "v.db"
    with Store(str(path)) as store:
        store.save_batch([
            analysed_pair(
                "d1", T1, title="Ondine recrute", outlet="Le Quotidien fictif",
                entities=(("Léa Martin", "PER", ("Martin",), ("Léa Martin",)), ("Ondine", "ORG", (), ("Ondine", "Ondine"))),
                quote=("Nous recrutons.", "a déclaré", "Léa Martin"),
                amount=("2 millions d'euros", 2e6), date=("2025", "2025"),
            ),
            analysed_pair(
                "d2", T2,
                entities=(("Paul Girard", "PER", (), ("Paul Girard",)), ("Brevanne", "LOC", (), ("Brevanne",)),
                          ("Martin", "PER", (), ("Martin",))),
                quote=("la piscine rouvrira", "Selon", "Paul Girard"),
            ),
        ])
        # Name-only linking: these tests are about the read commands, and a bare
        # surname without shared context is (rightly) kept apart by the default rule.
        link_documents(store, ["d1", "d2"], matcher=match_entity)
    return str(path)


def test_cli_entities_ranked_and_filtered(db):
    result = run_cli(["--db", db, "entities", "--json"])
    assert result.exit_code == 0, result
    entities = json.loads(result.stdout)
    assert entities[0]["id"] == "per-lea-martin" and entities[0]["mention_count"] == 2
    assert entities[0]["doc_count"] == 2
    people = json.loads(run_cli(["--db", db, "entities", "--type", "PER", "--top", "1", "--json"]).stdout)
    assert [e["id"] for e in people] == ["per-lea-martin"]
    text = run_cli(["--db", db, "entities", "--type", "LOC"]).stdout
    assert "loc-brevanne" in text and "Martin" not in text


def test_cli_entities_bad_type_is_usage_error(db):
    assert run_cli(["--db", db, "entities", "--type", "PERSON"]).exit_code == 2


def test_cli_quotes_filters(db):
    everything = json.loads(run_cli(["--db", db, "quotes", "--json"]).stdout)
    assert [q["doc_id"] for q in everything] == ["d1", "d2"]
    by_speaker = json.loads(run_cli(["--db", db, "quotes", "--speaker", "martin", "--json"]).stdout)
    assert [q["speaker_id"] for q in by_speaker] == ["per-lea-martin"]
    assert json.loads(run_cli(["--db", db, "quotes", "--speaker", "GIRARD", "--json"]).stdout)[0]["doc_id"] == "d2"
    assert json.loads(run_cli(["--db", db, "quotes", "--doc", "d2", "--json"]).stdout)[0]["text"] == "la piscine rouvrira"
    assert json.loads(run_cli(["--db", db, "quotes", "--kind", "indirect", "--json"]).stdout) == []
    assert run_cli(["--db", db, "quotes", "--doc", "absent"]).exit_code == 1


def test_cli_show_highlights_spans_and_prints_legend(db):
    result = run_cli(["--db", db, "show", "d1", "--color"])
    assert result.exit_code == 0, result
    out = result.stdout
    assert ANSI.sub("", out).count(T1) == 1  # the text itself is intact once colours are removed
    assert "\x1b[36m\x1b[1mLéa Martin\x1b[0m" in out  # a person: cyan, bold
    assert re.search(r"\x1b\[33m[^m]*m*2 millions d'euros\x1b\[0m", out)  # amount in yellow
    assert "legend:" in out and "quotation" in out
    plain = run_cli(["--db", db, "show", "d1", "--no-color"]).stdout
    assert "\x1b[" not in plain and "Ondine recrute" in plain


def test_cli_show_unknown_document_exits_1(db):
    result = run_cli(["--db", db, "show", "nope"])
    assert result.exit_code == 1 and "no document with id 'nope'" in result.stderr


def test_cli_summary_counts_and_tops(db):
    data = json.loads(run_cli(["--db", db, "summary", "--json"]).stdout)
    assert data["documents"] == {"analysed": 2, "skipped": 0, "total": 2}
    assert data["entities"]["PER"] == 2 and data["entities"]["total"] == 4
    assert (data["quotes"], data["amounts"], data["dates"], data["relations"]) == (2, 1, 1, 0)
    assert data["top_people"][0]["name"] == "Léa Martin"
    assert {s["id"]: s["quotes"] for s in data["top_speakers"]} == {"per-lea-martin": 1, "per-paul-girard": 1}
    text = run_cli(["--db", db, "summary"]).stdout
    assert "documents  2" in text and "top speakers" in text


def test_cli_export_formats(db, tmp_path):
    data = json.loads(run_cli(["--db", db, "export", "--format", "json"]).stdout)
    assert assert_offsets(data) > 0
    out = tmp_path / "x.jsonl"
    assert run_cli(["--db", db, "export", "--format", "jsonl", "--out", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0]) == {"kind": "export", "version": 1}
    assert run_cli(["--db", db, "export", "--format", "csv", "--out", str(tmp_path / "csv")]).exit_code == 0
    assert (tmp_path / "csv" / "quotes.csv").exists()
    assert run_cli(["--db", db, "export", "--format", "csv"]).exit_code == 2


def test_cli_read_commands_on_missing_or_foreign_store_exit_3(tmp_path):
    missing = str(tmp_path / "absent.db")
    assert run_cli(["--db", missing, "summary"]).exit_code == 3
    assert not (tmp_path / "absent.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"pas une base SQLite" * 100)
    result = run_cli(["--db", str(junk), "entities"])
    assert result.exit_code == 3 and str(junk) in result.stderr


@pytest.mark.model
def test_cli_end_to_end_ingest_then_every_command(monkeypatch, nlp, tmp_path):
    reuse_model(monkeypatch, nlp)
    (tmp_path / "a.txt").write_text(
        "Ondine recrute\nLéa Martin, PDG d'Ondine, a déclaré lundi à Lyon : « Nous embaucherons quarante "
        "personnes en 2025. » La société a levé 12 millions d'euros.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Selon Léa Martin, Ondine ouvrira un bureau à Nantes en mars. Paul Girard, maire de Nantes, s'en réjouit.\n",
        encoding="utf-8")
    db = str(tmp_path / "v.db")
    assert run_cli(["--db", db, "ingest", "--quiet", str(tmp_path)]).exit_code == 0
    for command in (["summary"], ["entities"], ["quotes"], ["show", "a"], ["show", "b"]):
        result = run_cli(["--db", db, *command])
        assert result.exit_code == 0, (command, result)
    data = json.loads(run_cli(["--db", db, "export"]).stdout)
    assert [d["id"] for d in data["documents"]] == ["a", "b"]
    assert_offsets(data)  # whatever the components found, every offset is true
    for quote in data["quotes"]:
        assert quote["speaker_id"] is None or quote["speaker_id"] in {e["id"] for e in data["entities"]}
