"""Verb-form tests on parsed tokens, shared by the quote and relation components.

Neither speech-specific (``speech_syntax``) nor relation-specific
(``relation_syntax``): the forms a French verb takes in the parse.
"""

from __future__ import annotations

from spacy.tokens import Token


def bare_past_participle(token: Token) -> bool:
    """A past participle with no auxiliary of its own ("des images dévoilées par …",
    "celles mentionnées sur les panneaux", "… et démissionné de Y")."""
    return (
        "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
        and not any(c.dep_.startswith("aux") for c in token.children)
    )
