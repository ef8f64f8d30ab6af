"""Entity typing and recognition, round 6 (issue #4, relations recall): actors the
relation rules need that the entity layer missed or mistyped on the retired
relations-test half. Every sentence is invented (fictional people and parties)."""

from __future__ import annotations

import pytest


def types(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {e.name: e.type for e in doc._.veille_entities}


def type_of(nlp, text: str, word: str) -> str:
    found = [t for name, t in types(nlp, text).items() if word in name]
    assert found, f"no actor named with {word!r} in {types(nlp, text)}"
    return found[0]


@pytest.mark.model
def test_round6_hyphenated_acronym_completing_a_member_noun_is_a_party(nlp):
    # "N-VA"-like acronyms come as three tokens and after "de la": still the party.
    text = "Selon l'ancienne élue de la B-VA Ingrid Maes, la réforme est mal conçue."
    assert type_of(nlp, text, "B-VA") == "ORG"
