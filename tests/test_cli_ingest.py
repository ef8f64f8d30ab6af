"""``veille ingest`` end to end: exit codes, one-line errors, idempotence, stdin, --json."""

from __future__ import annotations

import json

import pytest
from helpers import reuse_model, run_cli

pytestmark = pytest.mark.model

A = "Ondine recrute\nLéa Martin, fondatrice de la société Ondine, a annoncé lundi à Lyon l'embauche de quarante personnes.\n"
B = "Le maire de Brevanne, Paul Girard, a inauguré samedi une nouvelle médiathèque. Elle a coûté deux millions d'euros.\n"


@pytest.fixture
def model(monkeypatch, nlp):
    reuse_model(monkeypatch, nlp)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / "ondine.txt").write_text(A, encoding="utf-8")
    (root / "sub" / "brevanne.txt").write_text(B, encoding="utf-8")
    return root


def _ingest(db, *args, input=None):
    return run_cli(["--db", str(db), "ingest", "--quiet", *args], input=input)


def test_cli_ingest_folder_then_again_is_idempotent(model, folder, tmp_path):
    db = tmp_path / "v.db"
    first = _ingest(db, str(folder), "--json")
    assert first.exit_code == 0, first
    report = json.loads(first.stdout)
    assert (report["added"], report["already_present"], report["failed"]) == (2, 0, 0)
    assert report["analysed"] == 2
    second = _ingest(db, str(folder), "--json")
    assert second.exit_code == 0, second
    again = json.loads(second.stdout)
    assert (again["added"], again["already_present"]) == (0, 2)
    export = json.loads(run_cli(["--db", str(db), "export"]).stdout)
    assert [d["id"] for d in export["documents"]] == ["ondine", "brevanne"]


def test_cli_ingest_same_text_other_id_is_skipped(model, folder, tmp_path):
    db = tmp_path / "v.db"
    _ingest(db, str(folder))
    (tmp_path / "copie.txt").write_text(A, encoding="utf-8")
    result = _ingest(db, str(tmp_path / "copie.txt"))
    assert result.exit_code == 0
    assert "note: copie: same text as ondine, already ingested" in result.stderr
    assert "0 added" in result.stderr and "1 already present" in result.stderr


def test_cli_ingest_same_id_new_text_replaces(model, folder, tmp_path):
    db = tmp_path / "v.db"
    _ingest(db, str(folder))
    (folder / "ondine.txt").write_text(A.replace("quarante", "cinquante"), encoding="utf-8")
    result = _ingest(db, str(folder / "ondine.txt"), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["replaced"] == 1
    assert "note: ondine: text changed: previous version replaced" in result.stderr
    export = json.loads(run_cli(["--db", str(db), "export"]).stdout)
    assert len(export["documents"]) == 2
    assert "cinquante" in next(d for d in export["documents"] if d["id"] == "ondine")["text"]


def test_cli_ingest_bad_inputs_one_line_each_rest_stored_exit_1(model, folder, tmp_path):
    (folder / "vide.txt").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x00\x01\x02GIF89a" * 50)
    (folder / "LISEZMOI.md").write_text("Notes de la rédaction.", encoding="utf-8")
    (folder / "long.txt").write_text(B * 30, encoding="utf-8")
    (folder / "latin.txt").write_bytes("Le député Jean Vidal a été réélu à Orléans dimanche.".encode("latin-1"))
    (folder / "flux.jsonl").write_text(
        json.dumps({"id": "f1", "text": "Marc Olivier dirige la coopérative Vergers du Sud depuis mars."},
                   ensure_ascii=False) + "\n{\"id\": \"f2\", \"text\": \n",
        encoding="utf-8",
    )
    db = tmp_path / "v.db"
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    result = _ingest(db, str(folder), str(tmp_path / "absent.txt"), str(tmp_path / "notes.docx"), "--max-chars", "1000")
    assert result.exit_code == 1, result
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    by_file = {line.split(": ", 2)[1].rsplit("/", 1)[-1]: line.split(": ", 2)[2] for line in errors}
    assert set(by_file) == {"vide.txt", "image.txt", "notes.docx", "long.txt", "flux.jsonl:2", "absent.txt"}
    assert by_file["vide.txt"] == "empty document"
    assert "binary" in by_file["image.txt"]
    assert "unknown extension" in by_file["notes.docx"]
    assert "too large" in by_file["long.txt"]
    assert "malformed JSON" in by_file["flux.jsonl:2"]
    assert by_file["absent.txt"] == "no such file or directory"
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert any("latin.txt" in line and "UTF-8" in line for line in warnings)
    assert any("LISEZMOI.md" in line and "unknown extension" in line for line in warnings)
    ids = [d["id"] for d in json.loads(run_cli(["--db", str(db), "export"]).stdout)["documents"]]
    assert ids == ["f1", "latin", "ondine", "brevanne"]


def test_cli_ingest_stdin_text_and_jsonl(model, tmp_path):
    db = tmp_path / "v.db"
    text = _ingest(db, "-", "--json", input=B.encode("utf-8"))
    assert text.exit_code == 0 and json.loads(text.stdout)["added"] == 1
    lines = "".join(json.dumps({"id": f"s{i}", "text": t, "lang": "fr", "rubrique": "local"}, ensure_ascii=False) + "\n"
                    for i, t in enumerate((A, A.replace("Lyon", "Lille"))))
    jsonl = _ingest(db, "-", "--json", input=lines.encode("utf-8"))
    assert jsonl.exit_code == 0 and json.loads(jsonl.stdout)["added"] == 2


def test_cli_ingest_skips_unsupported_language_but_stores_it(model, tmp_path):
    (tmp_path / "en.txt").write_text(
        "The mayor of Springfield opened a new library on Saturday, the council said.", encoding="utf-8")
    db = tmp_path / "v.db"
    result = _ingest(db, str(tmp_path / "en.txt"), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["skipped"] == 1
    summary = json.loads(run_cli(["--db", str(db), "summary", "--json"]).stdout)
    assert summary["documents"] == {"analysed": 0, "skipped": 1, "total": 1}


def test_cli_ingest_usage_errors_exit_2(tmp_path):
    assert run_cli(["--db", str(tmp_path / "v.db"), "ingest"]).exit_code == 2
    assert run_cli(["--db", str(tmp_path / "v.db"), "ingest", "--workers", "0", "x.txt"]).exit_code == 2


def test_cli_ingest_into_foreign_sqlite_exits_3(tmp_path):
    import sqlite3

    db = tmp_path / "autre.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    result = run_cli(["--db", str(db), "ingest", str(tmp_path / "a.txt")])
    assert result.exit_code == 3
    assert "not a veille store" in result.stderr


def test_cli_ingest_links_documents_left_unlinked_by_an_interrupted_run(model, folder, tmp_path):
    from veille.store import Store

    db = tmp_path / "v.db"

    def crash(store, doc_ids, **kwargs):
        raise KeyboardInterrupt  # the user stops the ingest after the batches were stored

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("veille.resolve.entities.link_documents", crash)
        assert _ingest(db, str(folder)).exit_code == 130
    (tmp_path / "autre.txt").write_text(B.replace("samedi", "dimanche"), encoding="utf-8")
    result = _ingest(db, str(tmp_path / "autre.txt"), "--json")
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)["added"] == 1
    with Store(str(db)) as store:
        assert store.documents_with_unlinked_entities() == []
        linked = {le.doc_id for d in ("ondine", "brevanne") for le in store.local_entities(d) if le.entity_id}
        unlinked = {le.doc_id for d in ("ondine", "brevanne") for le in store.local_entities(d) if not le.entity_id}
        assert not unlinked and linked <= {"ondine", "brevanne"}
