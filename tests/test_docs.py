"""Docs are part of the product: they must describe what the code does."""

from __future__ import annotations

import re
import subprocess
import sys

from helpers import EXAMPLES

ROOT = EXAMPLES.parent
DOCS = ROOT / "docs"


def test_docs_cli_reference_is_generated_from_current_help():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cli_reference.py"), "--check"], capture_output=True
    )
    assert result.returncode == 0, "docs/cli-reference.md is stale: run `make docs`"


def test_docs_every_command_is_in_the_cli_reference():
    from veille.cli import cli

    reference = (DOCS / "cli-reference.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"## veille {name}" in reference


def test_docs_readme_gives_the_two_commands_and_links_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "PLACEHOLDER" not in readme
    for target in re.findall(r"\]\(((?:docs|benchmarks|examples)/[^)#]+)", readme):
        assert (ROOT / target).exists(), f"README links to missing {target}"


def test_docs_every_store_table_is_documented():
    from veille.store.schema import DDL

    data_model = (DOCS / "data-model.md").read_text(encoding="utf-8")
    tables = re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", DDL)
    assert tables
    for table in tables:
        assert f"`{table}`" in data_model, f"table {table} missing from docs/data-model.md"


def test_docs_every_relation_type_is_in_the_vocabulary():
    from veille.models import RELATION_TYPES

    vocabulary = (DOCS / "relations.md").read_text(encoding="utf-8")
    for relation_type in RELATION_TYPES:
        assert f"`{relation_type}`" in vocabulary
