"""Component ``veille_relations``: find typed relations and events between actors.

PLACEHOLDER: sets an empty result so the pipeline runs end to end; replaced by the real component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class RelationFinder:
    def __init__(self, nlp: Language, name: str = "veille_relations"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_relations = []
        return doc
