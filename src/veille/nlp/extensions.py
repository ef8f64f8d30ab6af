"""Custom spaCy attributes used by veille's components, registered in one place.

Structured results are plain dataclasses from :mod:`veille.models` kept on the Doc;
span groups (``doc.spans[...]``) hold the same items as spans for display and
debugging. Docs are never serialised with these attributes: workers hand
``DocumentAnalysis`` values back, not Docs.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Span-group keys, defined once.
MENTIONS_KEY = "veille_mentions"
AMOUNTS_KEY = "veille_amounts"
DATES_KEY = "veille_dates"
QUOTES_KEY = "veille_quotes"
RELATIONS_KEY = "veille_relations"

# Doc attributes: name -> default.
DOC_EXTENSIONS: dict[str, object] = {
    # Input context, set on the Doc before the pipeline runs.
    "veille_published": None,  # ISO date of publication, or None
    # Outputs, one per component (lists of veille.models dataclasses).
    "veille_entities": None,  # list[EntityRecord]
    "veille_amounts": None,  # list[Amount]
    "veille_dates": None,  # list[DateMention]
    "veille_quotes": None,  # list[Quote]
    "veille_relations": None,  # list[Relation]
    # token index -> EntityRecord.key, for every token inside a resolved mention
    "veille_token_entity": None,  # dict[int, str]
}


def register_extensions() -> None:
    """Register every veille extension on spaCy's classes. Safe to call repeatedly."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
