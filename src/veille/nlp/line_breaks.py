"""Component ``veille_line_breaks``: a line break ends a sentence, decided before the parser runs.

Why: news text often joins paragraphs, headings and captions with a bare newline and
no final full stop ("… la société Zorbex\\nLa ministre a critiqué …"). The French
parser then builds one tree across both paragraphs, which misplaces subjects and
objects for every later component. spaCy's parser keeps sentence starts that are
already set, so marking the first token after a newline is enough.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LineBreakSentencer:
    """Set ``is_sent_start`` on the first non-space token after a line break."""

    def __init__(self, nlp: Language, name: str = "veille_line_breaks"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
                after_break = True
                continue
            if after_break and not token.is_space:
                if token.i > 0:
                    token.is_sent_start = True
                after_break = False
        return doc
