"""Sanity checks on examples/: every test and the demo rely on these files."""

from __future__ import annotations

import json
import re
from collections import Counter

from helpers import EXAMPLES

JSONL_FIELDS = {"id", "title", "text", "date", "url", "outlet", "lang"}


def _jsonl_records():
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def test_examples_files_are_utf8_and_non_empty():
    files = [p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".jsonl", ".html", ".md"}]
    assert files
    for path in files:
        assert path.read_bytes().decode("utf-8").strip(), path.name


def test_examples_jsonl_records_have_fields_and_unique_ids():
    records = list(_jsonl_records())
    assert len(records) >= 2
    for rec in records:
        assert JSONL_FIELDS <= rec.keys(), rec.get("id")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"]), rec["id"]
        assert rec["lang"] == "fr" and len(rec["text"].split()) >= 200, rec["id"]
    ids = [rec["id"] for rec in records] + [p.stem for p in EXAMPLES.glob("*.txt")]
    assert len(ids) == len(set(ids))


def test_examples_txt_have_title_line_then_body():
    for path in EXAMPLES.glob("*.txt"):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        assert title.strip() and len(body.split()) >= 200, path.name


def test_examples_html_has_title_article_author_and_date():
    for path in EXAMPLES.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        for marker in ("<title>", "<article>", 'name="author"', "article:published_time"):
            assert marker in page, (path.name, marker)


def test_examples_have_enough_articles_and_a_multi_article_story():
    n_articles = (
        len(list(_jsonl_records()))
        + len(list(EXAMPLES.glob("*.txt")))
        + len(list(EXAMPLES.glob("*.html")))
    )
    assert n_articles >= 8
    stories = Counter(rec["story"] for rec in _jsonl_records() if rec.get("story"))
    assert any(count >= 2 for count in stories.values())
    # Every member listed in the README's story section must exist.
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for name in re.findall(r"`([\w.-]+\.(?:txt|html))`", readme):
        assert (EXAMPLES / name).is_file(), name
