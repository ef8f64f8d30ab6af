"""Gender agreement for coreference: the gender a description gives its
referent ("la ministre", "l'analyste": none) and whether a candidate referent
(an entity mention, a speaker, a noun-phrase source) fits the gender a pronoun
or description asks for, telling the tagger's guess for a first name from sure
evidence.

Mixed into :class:`veille.nlp.coreference.Coreference` (reads the index's
``doc``, ``mentions`` and ``gender_of``); the names stay importable from
:mod:`veille.nlp.coreference`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .lang import fr_quotes as data

if TYPE_CHECKING:
    from .coreference import EntityMention, Referent

#: Feminine noun endings: a noun ending in "-e" otherwise may be either gender.
_FEMININE_ENDINGS = ("euse", "rice", "ienne", "ière", "ante", "ente", "ée", "ine", "ette", "esse")


def _masculine_person_form(word: str) -> bool:
    """A person noun whose ending says nothing ("le magistrat", "l'avocate", "l'élue").
    Only bare ones are resolved: "l'avocat général" is a post of its own."""
    return word in data.MASCULINE_PERSON_NOUNS or (word.endswith("e") and word[:-1] in data.MASCULINE_PERSON_NOUNS)


def description_gender(span: Span) -> str | None:
    """The gender a description gives its referent, or None when it gives none.

    The article decides when it shows one ("la ministre", "le juriste"); after an
    elided "l'" a noun ending in "-e" ("l'analyste", "l'économiste") fits a man or
    a woman, whatever gender the tagger guessed for it.
    """
    head = span.root
    det = [t for t in span if t.i < head.i and t.pos_ == "DET" and t.morph.get("Gender")]
    if det:
        return det[-1].morph.get("Gender")[0]
    word = head.lower_
    if word.endswith("e") and not word.endswith(_FEMININE_ENDINGS):
        return None
    gender = head.morph.get("Gender")
    return gender[0] if gender else None


class GenderAgreement:
    """Does a referent fit a gender: the agreement tests of the resolution rules."""

    def _surer_gender(self, nearer: EntityMention | None, subject: EntityMention, gender: str | None) -> bool:
        """Does ``nearer``, a person named after ``subject``, win the pronoun? A
        person of the pronoun's gender for sure ("Mme X") beats a subject whose
        gender is only the tagger's guess for a first name ("Andrea X a disparu …
        Elle a déclaré")."""
        return (
            nearer is not None and gender is not None and self.gender_of(subject, strong_only=True) is None
            and self.gender_of(nearer, strong_only=True) == gender
        )

    def _default_masculine(self, m: EntityMention, gender: str | None) -> bool:
        """Is ``m`` a woman for all we know, wanted as feminine: nothing but the
        tagger's masculine, its default for a first name it does not know
        ("Marlène"), says otherwise? (Its feminine is evidence and stays.)"""
        return gender == "Fem" and self.gender_of(m, strong_only=True) is None and self.gender_of(m) == "Masc"

    def _agrees(self, ref: Referent, gender: str | None) -> bool:
        return self._key_agrees(ref.key, gender, name=ref.name)

    def _phrase_agrees(self, ref: Referent, gender: str | None) -> bool:
        """Does a speaker named by a noun phrase ("une source proche du dossier",
        "le porte-parole") fit the pronoun's gender? "il" is not "une source"."""
        if gender is None or ref.start is None or ref.end is None:
            return True
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.pos_ != "NOUN":
            return True
        known = description_gender(span)
        return known is None or known == gender

    def _key_agrees(self, key: str | None, gender: str | None, *, name: str | None = None) -> bool:
        """Does the first mention of ``key`` (written ``name``, when given) fit ``gender``?
        True when there is no such mention: unknown agrees."""
        for m in self.mentions:
            if m.key == key and (name is None or m.name == name):
                return self._agrees_mention(m, gender)
        return True

    def _agrees_mention(self, m: EntityMention, gender: str | None) -> bool:
        known = self.gender_of(m)
        return known is None or gender is None or known == gender
