"""Component ``veille_amounts``: find money, percentages and numbers with normalised values.

PLACEHOLDER: sets an empty result so the pipeline runs end to end; replaced by the real component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class AmountFinder:
    def __init__(self, nlp: Language, name: str = "veille_amounts"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_amounts = []
        return doc
