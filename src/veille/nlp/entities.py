"""Component ``veille_entities``: resolve the model's entity mentions into document-level actors (labels, aliases, roles).

PLACEHOLDER: sets an empty result so the pipeline runs end to end; replaced by the real component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EntityResolver:
    def __init__(self, nlp: Language, name: str = "veille_entities"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_entities = []
        return doc
