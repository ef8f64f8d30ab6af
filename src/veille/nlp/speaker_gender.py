"""The gender of a person speaker, mixed into :class:`veille.nlp.speakers.SpeakerIndex`.

One responsibility: tell whether a person mention is a man or a woman from the words
around its mentions ("M."/"Mme", a title or trade before the name with its article,
a stressed "lui"/"elle"), the first name standing as weak evidence (the first-name
lexicon, or a feminine ending; not the tagger's guess). Reads the index's ``doc``, ``mentions`` and ``mention_span``; split out of
``speakers.py`` to keep it readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lang import fr_quotes as data
from .lang.fr_entities import FIRST_NAMES, first_name_gender
from .mentions import fold
from .speech_syntax import names_person

if TYPE_CHECKING:
    from .coreference import EntityMention

#: Titles written before a name that fit a man or a woman ("Me", "Maître", "Dr").
_GENDERLESS_TITLES = frozenset({"me", "maître", "maitre", "dr", "pr"})


def _titles_person(tok: Token) -> bool:
    """Is this noun a person's title or trade ("la ministre", "son avocate")?"""
    word = tok.lower_
    return tok.pos_ == "NOUN" and (
        names_person(tok)
        or word in data.MASCULINE_PERSON_NOUNS or word[:-1] in data.MASCULINE_PERSON_NOUNS
    )


#: determiners whose form is the same before a feminine noun starting with a vowel
#: ("l'ancienne", "son avocate"): the tagger's gender for them is a guess.
_EUPHONIC_DETERMINERS = frozenset({"l'", "l’", "son", "mon", "ton"})


def _shows_gender(det: Token) -> bool:
    return bool(det.morph.get("Gender")) and det.lower_ not in _EUPHONIC_DETERMINERS


def _adjective_gender(noun: Token) -> list[str]:
    """ "l'ancienne ministre", "l'actuelle présidente": with no article to show it,
    a feminine adjective on the title does (masculine forms are often the epicene
    ones, so only the feminine is taken as evidence)."""
    if any("Fem" in c.morph.get("Gender") for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"):
        return ["Fem"]
    return []


#: Endings of French feminine first names ("Marlène", "Ludivine", "Gaëlle",
#: "Henriette", "Fabienne", "Maryse", "Renée"), for names the lexicon lacks; not
#: "-a", which many men's names end with ("Taha", "Moussa", "Luca").
_FEMININE_NAME_ENDINGS = ("ene", "ine", "elle", "ette", "enne", "ise", "ee")


def _first_name_gender(first: Token) -> str | None:
    """A name's first word's gender: the first-name lexicon when it knows the word,
    else "Fem" for a feminine ending, else unknown. The tagger's gender for a first
    name is no evidence: it guesses ("Nathalie" and "Marlène" masculine, "Jean" and
    "Cyril" feminine)."""
    folded = fold(first.text)
    if folded in FIRST_NAMES or "-" in folded:
        return first_name_gender(folded)
    return "Fem" if len(folded) > 3 and folded.endswith(_FEMININE_NAME_ENDINGS) else None


def _form_gender(noun: Token) -> list[str]:
    """A person noun's gender when no article shows it ("son avocate"): a feminine
    form is the masculine one plus "-e" ("avocat" → "avocate", "élu" → "élue"); the
    tagger often calls such forms masculine. Otherwise the tagger's guess."""
    word = noun.lower_
    if word.endswith("e") and (word[:-1] in data.PER_DESCRIPTIONS or word[:-1] in data.MASCULINE_PERSON_NOUNS):
        return ["Fem"]
    return noun.morph.get("Gender")


class SpeakerGender:
    """``gender_of`` for :class:`veille.nlp.speakers.SpeakerIndex`."""

    def gender_of(self, mention: EntityMention, strong_only: bool = False) -> str | None:
        """Gender of a person, from the words around their mentions.

        Strong evidence first: "M."/"Mme", or a title before the name ("la préfète du
        Cher Catherine Ferrier", "le maire Pascal Blanc"). The first name
        (``_first_name_gender``) is weak evidence, used only when nothing else is known.
        """
        if mention.type != "PER":
            return None
        weak = None
        for m in self.mentions:
            if m.name != mention.name or m.key != mention.key:
                continue
            span = self.mention_span(m)
            if span is None or not len(span):
                continue
            first = span[0]
            prev = self.doc[first.i - 1] if first.i > 0 else None
            if prev is not None and prev.lower_ in ("m.", "monsieur", "mme", "madame", "mlle"):
                return "Masc" if prev.lower_ in ("m.", "monsieur") else "Fem"
            stressed = self.doc[span.end : span.end + 3]
            if len(stressed) == 3 and stressed[0].text == "," and stressed[2].text == "," and (
                stressed[1].lower_ in ("lui", "elle")
            ):  # "Jean X, lui, va plus loin": the stressed pronoun says the gender
                return "Masc" if stressed[1].lower_ == "lui" else "Fem"
            for tok in reversed(self.doc[max(0, first.i - 5) : first.i]):
                if tok.lower_ in _GENDERLESS_TITLES:
                    continue  # "Me Inès X": "Maître" says nothing of her gender
                if _titles_person(tok):
                    det = [c for c in tok.children if c.dep_ == "det" and _shows_gender(c)]
                    before = self.doc[tok.i - 1] if tok.i else None
                    if before is not None and before.pos_ == "DET" and _shows_gender(before):
                        det = [before]  # "La ministre …": the article as written, however parsed
                    gender = det[0].morph.get("Gender") if det else _adjective_gender(tok) or _form_gender(tok)
                    if gender:
                        return gender[0]
                    break
                if tok.text == "," and tok.i > 0 and _titles_person(self.doc[tok.i - 1]):
                    continue  # an apposition: "son avocate, Me X"
                if tok.pos_ not in ("PROPN", "ADP", "DET", "ADJ", "NOUN"):
                    break
            if weak is None and len(span) > 1 and first.pos_ == "PROPN":
                weak = _first_name_gender(first)
        return None if strong_only else weak
