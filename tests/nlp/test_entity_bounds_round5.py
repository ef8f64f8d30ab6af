"""Entity boundaries, round 5 (issue #4): names the model cuts short or glues
together. Every sentence is invented (fictional people and towns)."""

from __future__ import annotations

import pytest


def names(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {e.name: e.type for e in doc._.veille_entities}


@pytest.mark.model
def test_round5_party_name_with_capitalised_article_keeps_its_adjective(nlp):
    # "La" capitalised inside the sentence: the name is written whole, adjective included
    found = names(nlp, "Selon les élus de La France insoumise, le texte sera rejeté.")
    assert found.get("La France insoumise") == "ORG", found
    assert "La France" not in found


@pytest.mark.model
def test_round5_country_with_lowercase_article_stays_a_place(nlp):
    found = names(nlp, "Le ministre a parcouru la France entière pendant l'été.")
    assert "France entière" not in " ".join(found), found
