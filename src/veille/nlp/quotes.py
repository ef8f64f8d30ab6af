"""Component ``veille_quotes``: find quotations and attribute them to speakers.

PLACEHOLDER: sets an empty result so the pipeline runs end to end; replaced by the real component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuoteFinder:
    def __init__(self, nlp: Language, name: str = "veille_quotes"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_quotes = []
        return doc
