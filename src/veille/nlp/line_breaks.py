"""Component ``veille_line_breaks``: sentence starts decided before the parser runs.

Why: news text often joins paragraphs, headings and captions with a bare newline and
no final full stop ("… la société Zorbex\\nLa ministre a critiqué …"). The French
parser then builds one tree across both paragraphs, which misplaces subjects and
objects for every later component. spaCy's parser keeps sentence starts that are
already set, so marking the first token after a line break is enough.

The same holds for sentences glued without a space ("… un mot.Une phrase …",
split into tokens by ``nlp/tokenizer.py``): the parser, seeing no space, often
reads the full stop as inside a sentence (after an acronym or a number, before a
quote). A word starting with a capital right after glued ".", "?" or "!" starts a
sentence, unless the word before is an initial or a title abbreviation
("K.Varga", "Dr.Martin"); the punctuation itself stays with the sentence it ends.

The parser also starts sentences inside hyphenated names the tokenizer split
("SOS-Racisme" read as "SOS" | "-" | "Racisme", with "SOS" and "-" each a root;
"Cohn-Bendit"), and the entity recogniser then loses the name. The hyphen and the
capitalised word glued after it are therefore marked as not starting a sentence
when a capitalised word is glued before it (the parser keeps preset ``False``
mostly). Only names: breaks the parser makes in lowercase compounds or after a
glued comma were left alone, since forcing them moved breaks elsewhere and
changed quotes both ways.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

_ENDS = {".", "?", "!"}
_OPENING_QUOTES = {"«", "“", '"'}
# Abbreviations a glued capitalised word may follow without a sentence break.
_ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "me", "mgr", "pr", "prof",
    "st", "ste", "sr", "jr", "gén", "gal", "cdt", "lt", "col", "av", "art",
    "cf", "éd", "vol", "no", "boul",
}


class LineBreakSentencer:
    """Set ``is_sent_start`` after a line break and after glued sentence punctuation."""

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
        for token in doc[1:-1]:
            if _inside_hyphenated_name(token):
                for part in (token, doc[token.i + 1]):
                    if part.is_sent_start is None:
                        part.is_sent_start = False
        for token in doc[1:-1]:
            if _glued_sentence_end(token):
                token.is_sent_start = False
                doc[token.i + 1].is_sent_start = True
        return doc


def _inside_hyphenated_name(token: Token) -> bool:
    """True for "-" glued between two capitalised words ("SOS-Racisme")."""
    if token.text != "-" or token.whitespace_:
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    if before.whitespace_ or before.is_space or after.is_space:
        return False
    return before.text[:1].isupper() and after.text[:1].isupper()


def _glued_sentence_end(token: Token) -> bool:
    """True for "." / "?" / "!" glued between a word and a capitalised word."""
    if token.text not in _ENDS or token.whitespace_:
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    if before.whitespace_ or before.is_space:
        return False
    if after.text[0] in _OPENING_QUOTES:
        opens = len(after.text) > 1 or after.i + 1 < len(token.doc)
    else:
        word = after.text
        opens = len(word) >= 2 and word[0].isupper() and word[1].islower()
    if not opens:
        return False
    left = before.text
    if len(left) == 1 and left.isalpha():
        return False  # an initial: "K.Varga"
    return left.lower() not in _ABBREVIATIONS
