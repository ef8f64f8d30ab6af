"""Component ``veille_dates``: find date expressions and resolve them against the publication date.

PLACEHOLDER: sets an empty result so the pipeline runs end to end; replaced by the real component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class DateFinder:
    def __init__(self, nlp: Language, name: str = "veille_dates"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_dates = []
        return doc
