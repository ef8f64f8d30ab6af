"""Source readers: one Article per good document, one Failure per bad one, the batch goes on."""

from __future__ import annotations

import io
import json

import pytest

from veille.ingest import Failure, ReadWarning, read_sources
from veille.ingest.text import guess_title
from veille.models import Article

BODY = "Léa Martin, directrice de la société fictive Ondine, a annoncé mardi un plan d'embauche.\n"


def _split(items):
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    warnings = [i for i in items if isinstance(i, ReadWarning)]
    return articles, failures, warnings


def _read(paths, **kwargs):
    return _split(list(read_sources([str(p) for p in paths], **kwargs)))


@pytest.mark.parametrize(
    "text, title",
    [
        ("Ondine recrute cent personnes\n" + BODY, "Ondine recrute cent personnes"),
        ("Ondine recrute-t-elle ?\n\n" + BODY, "Ondine recrute-t-elle ?"),
        (BODY + BODY, None),  # first line ends with a period: a sentence, not a title
        ("Un titre sans suite\n", None),  # nothing follows
        ("Un titre sur une seule ligne sans saut", None),
        ("x" * 200 + "\n" + BODY, None),  # too long to be a title
    ],
)
def test_text_guess_title(text, title):
    assert guess_title(text) == title


def test_text_file_keeps_whole_text_and_id_from_name(tmp_path):
    content = "Ondine recrute\r\n" + BODY
    (tmp_path / "ondine-01.txt").write_bytes(content.encode("utf-8"))
    articles, failures, _ = _read([tmp_path / "ondine-01.txt"])
    assert not failures
    (article,) = articles
    assert article.id == "ondine-01"
    assert article.text == content  # title line and CRLF kept: offsets index the file
    assert article.title == "Ondine recrute"
    assert article.lang == "fr"
    assert article.source.endswith("ondine-01.txt")


def test_files_folder_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zoé " + BODY, encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_text("Alain " + BODY, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Camille " + BODY, encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text("caché " + BODY, encoding="utf-8")
    articles, failures, _ = _read([tmp_path])
    assert [a.id for a in articles] == ["c", "a", "z"]  # files of a folder before its subfolders
    assert not failures


def test_html_page_via_trafilatura(tmp_path):
    page = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Ondine lève des fonds</title>
<meta name="author" content="Paul Girard">
<meta property="article:published_time" content="2024-03-05">
<link rel="canonical" href="https://exemple.fr/ondine-fonds">
</head><body><nav>Accueil | Économie | Contact</nav>
<article><h1>Ondine lève des fonds</h1>
<p>La jeune pousse lyonnaise Ondine a levé douze millions d'euros auprès de trois fonds, a indiqué sa fondatrice.</p>
<p>« Nous allons doubler nos effectifs », a déclaré Léa Martin, qui dirige l'entreprise depuis 2019.</p>
</article><footer>Tous droits réservés</footer></body></html>"""
    (tmp_path / "ondine.html").write_text(page, encoding="utf-8")
    articles, failures, _ = _read([tmp_path / "ondine.html"])
    assert not failures
    (article,) = articles
    assert article.id == "ondine"
    assert article.title == "Ondine lève des fonds"
    assert article.author == "Paul Girard"
    assert article.published == "2024-03-05"
    assert article.url == "https://exemple.fr/ondine-fonds"
    assert "douze millions d'euros" in article.text
    assert "Tous droits réservés" not in article.text
    assert article.lang == "fr"


def test_jsonl_fields_metadata_and_generated_ids(tmp_path):
    lines = [
        {"id": "n1", "title": "Titre", "text": BODY, "date": "2024-01-02", "url": "https://exemple.fr/n1",
         "outlet": "Le Quotidien fictif", "lang": "fr", "section": "économie", "tags": ["emploi"]},
        {"text": "Paul Girard " + BODY},
    ]
    path = tmp_path / "flux.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    articles, failures, _ = _read([path])
    assert not failures
    first, second = articles
    assert (first.id, first.title, first.published, first.outlet, first.url) == (
        "n1", "Titre", "2024-01-02", "Le Quotidien fictif", "https://exemple.fr/n1")
    assert first.metadata == {"section": "économie", "tags": ["emploi"]}
    assert second.id == "flux-2"  # file stem + line number
    assert second.lang == "fr"  # detected, none declared


def test_normalize_declared_lang_is_trusted(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "a", "text": BODY, "lang": "EN-gb"}) + "\n", encoding="utf-8")
    (article,), _, _ = _read([path])
    assert article.lang == "en"


def test_normalize_detects_english(tmp_path):
    (tmp_path / "en.txt").write_text(
        "The company said on Tuesday that it would hire a hundred engineers next year.", encoding="utf-8")
    (article,), _, _ = _read([tmp_path / "en.txt"])
    assert article.lang == "en"


def test_files_bad_inputs_fail_one_by_one_and_the_rest_is_read(tmp_path):
    (tmp_path / "01-good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "02-empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "03-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "04-notes.md").write_text(BODY, encoding="utf-8")
    (tmp_path / "05-big.txt").write_text(BODY * 50, encoding="utf-8")
    (tmp_path / "06-feed.jsonl").write_text(
        json.dumps({"id": "ok1", "text": BODY}) + "\n{not json\n" + json.dumps({"id": "ok2", "text": "Paul " + BODY})
        + "\n" + json.dumps({"id": "no-text"}) + "\n[1, 2]\n",
        encoding="utf-8",
    )
    missing = tmp_path / "missing.txt"
    articles, failures, warnings = _read([tmp_path, missing, tmp_path / "04-notes.md"], max_chars=1000)
    assert [a.id for a in articles] == ["01-good", "ok1", "ok2"]
    reasons = {(f.source.rsplit("/", 1)[-1], f.line): f.reason for f in failures}
    assert reasons[("02-empty.txt", None)] == "empty document"
    assert "binary" in reasons[("03-binary.txt", None)]
    # named explicitly: a failure; met in a folder: a warning only (READMEs are common)
    assert "unknown extension '.md'" in reasons[("04-notes.md", None)]
    assert [f.source for f in failures].count(str(tmp_path / "04-notes.md")) == 1
    assert [w.source for w in warnings] == [str(tmp_path / "04-notes.md")]
    assert "too large" in reasons[("05-big.txt", None)] and "not truncated" in reasons[("05-big.txt", None)]
    assert "malformed JSON" in reasons[("06-feed.jsonl", 2)]
    assert "text" in reasons[("06-feed.jsonl", 4)]
    assert "JSON object" in reasons[("06-feed.jsonl", 5)]
    assert reasons[("missing.txt", None)] == "no such file or directory"
    assert all("\n" not in f.reason for f in failures)
    assert failures[-2].where.endswith("missing.txt")
    jsonl_failure = next(f for f in failures if f.line == 2)
    assert jsonl_failure.where.endswith("06-feed.jsonl:2")


def test_text_non_utf8_is_kept_with_replacement_and_warning(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Le président a été réélu à Lyon.".encode("latin-1"))
    articles, failures, warnings = _read([tmp_path / "latin.txt"])
    assert not failures
    (article,) = articles
    assert "\ufffd" in article.text and article.text.startswith("Le pr")
    (warning,) = warnings
    assert "UTF-8" in warning.message and warning.source.endswith("latin.txt")


@pytest.mark.skipif(__import__("os").geteuid() == 0, reason="root can read a chmod 000 file")
def test_base_unreadable_file_fails(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(BODY, encoding="utf-8")
    path.chmod(0)
    _, (failure,), _ = _read([path])
    assert failure.reason == "permission denied"


def test_base_huge_file_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 50 MB, written as a sparse-ish repeated block
        block = BODY.encode("utf-8") * 1000
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            handle.write(block)
    articles, (failure,), _ = _read([path])
    assert not articles
    assert "too large" in failure.reason


def test_files_stdin_plain_text_is_one_document():
    items = list(read_sources(["-"], stdin=io.BytesIO(("Titre court\n" + BODY).encode("utf-8"))))
    (article,) = items
    assert article.id.startswith("stdin-") and article.title == "Titre court"
    assert article.source == "<stdin>"


def test_files_stdin_starting_with_brace_is_jsonl():
    data = "\n" + json.dumps({"id": "s1", "text": BODY}) + "\n" + json.dumps({"text": "Paul " + BODY}) + "\n"
    articles, failures, _ = _split(list(read_sources(["-"], stdin=io.BytesIO(data.encode("utf-8")))))
    assert not failures
    assert [a.id for a in articles] == ["s1", "stdin-3"]


def test_files_stdin_empty_fails():
    (failure,) = list(read_sources(["-"], stdin=io.BytesIO(b"   \n")))
    assert isinstance(failure, Failure) and failure.source == "<stdin>"


def test_base_unreadable_file_fails_even_as_root(tmp_path, monkeypatch):
    # Root ignores file modes, so the permission error is simulated at the read.
    path = tmp_path / "secret.txt"
    path.write_text(BODY, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("veille.ingest.base.open", refuse, raising=False)
    (tmp_path / "other.txt").write_text("Paul " + BODY, encoding="utf-8")
    _, failures, _ = _read([path])
    assert [f.reason for f in failures] == ["permission denied"]


def test_jsonl_lone_surrogate_escapes_become_replacement_chars_offsets_kept(tmp_path):
    # "\ud83d" alone is valid JSON but not encodable text; it would crash spaCy and SQLite.
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "s1", "title": "Alerte \\ud83d", "text": "Le maire \\ud83d a parlé."}\n', encoding="utf-8")
    items = list(read_sources([str(path)]))
    articles = [i for i in items if isinstance(i, Article)]
    warnings = [i for i in items if isinstance(i, ReadWarning)]
    assert [a.text for a in articles] == ["Le maire \ufffd a parlé."]
    assert articles[0].title == "Alerte \ufffd"
    assert len(articles[0].text) == len("Le maire X a parlé.")
    assert warnings and "surrogate" in warnings[0].message and warnings[0].line == 1
    articles[0].text.encode("utf-8")  # encodable now
