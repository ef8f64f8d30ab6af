"""Polarity of a relation's trigger: asserted, denied, alleged or planned.

Read from the trigger's chain of governors (negation, denial verbs, intention and
attempt verbs, future and conditional moods, hedges, "selon X", indirect
quotations); precedence denied > planned > alleged > asserted, as documented in
``docs/relations.md``. Word lists live in ``lang/fr_relations``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import relation_syntax as syntax
from .lang import fr_relations as fr

def is_negated(t: Token) -> bool:
    kids = [c.lower_ for c in t.children]
    if "jamais" in kids or "aucunement" in kids or "nullement" in kids:
        return True
    return any(k in fr.NEGATION_CLITICS for k in kids) and any(k in fr.NEGATION_WORDS for k in kids)


def governors(t: Token) -> list[tuple[Token, str]]:
    """The trigger and the words that govern it, with the dependency that links them."""
    chain = [(t, "self")]
    cur = t
    for _ in range(4):
        dep = cur.dep_
        if cur.head.i == cur.i or dep not in ("xcomp", "ccomp", "obj", "nmod", "advcl", "obl:arg", "acl"):
            break
        if dep == "advcl" and not any(m.lower_ in ("pour", "afin") for m in cur.children if m.dep_ == "mark"):
            break
        # "envisage une convergence avec le mouvement lancé par X": a participle
        # describing a noun states a fact; the verb above the noun does not govern it.
        if dep == "acl" and "Part" in cur.morph.get("VerbForm"):
            break
        cur = cur.head
        chain.append((cur, dep))
    return chain


def reported(sent: Span) -> bool:
    """The sentence is attributed: "selon X", "d'après X"."""
    for tok in sent:
        if tok.lower_ in fr.REPORTED_MARKERS:
            return True
        if tok.lower_ == "après" and tok.i > sent.start and tok.nbor(-1).lower_ in ("d'", "d’"):
            return True
    return False


_FUTURE_ADVERBS = frozenset({"demain", "bientôt", "prochainement"})
_NEXT = frozenset({"prochain", "prochaine", "prochains", "prochaines"})


def future_time(t: Token) -> bool:
    """"qui quitte l'Union l'an prochain", "il démissionne demain": a present tense
    dated in the future by a time phrase of its own clause."""
    for c in t.children:
        if c.lower_ in _FUTURE_ADVERBS:
            return True
        if c.pos_ == "NOUN" and not any(g.dep_ == "case" for g in c.children) and any(
            g.lower_ in _NEXT for g in c.children
        ):
            return True
    return False


def polarity(t: Token, sent: Span, indirect: list[tuple[int, int]]) -> str:
    """The polarity of the event triggered by ``t``: denied > planned > alleged > asserted.

    ``indirect`` holds the (start, end) offsets of indirect quotations: an event
    reported inside one is alleged.
    """
    chain = governors(t)
    for gov, via in chain:
        if via in ("self", "xcomp", "obj") and is_negated(gov):
            if via != "self" and gov.lemma_.lower() in fr.EXCLUSION_LEMMAS:
                return "planned"  # "n'exclut pas d'attaquer Y en justice": possible, not denied
            return "denied"
        if via != "self" and gov.lemma_.lower() in fr.DENIAL_LEMMAS:
            return "denied"
    if any(c.lower_ in fr.DENIAL_FORMS for c in t.children):
        return "denied"
    if syntax.has_morph(t, "Tense", "Fut"):
        return "planned"
    if syntax.has_morph(t, "Tense", "Pres") and future_time(t):
        return "planned"
    for gov, via in chain[1:]:
        lemma = gov.lemma_.lower()
        if lemma in fr.PLANNED_LEMMAS or lemma in fr.PLANNED_NOUNS or gov.lower_ in fr.PLANNED_FORMS:
            return "planned"
        if lemma in fr.MODAL_LEMMAS and (
            syntax.has_morph(gov, "Mood", "Cnd") or syntax.has_morph(gov, "Tense", "Fut")
        ):
            return "planned"
        if via == "xcomp" and syntax.has_morph(gov, "Tense", "Fut"):
            return "planned"
    if syntax.has_morph(t, "Mood", "Cnd"):
        return "alleged"
    for gov, via in chain[1:]:
        if gov.lemma_.lower() in fr.ALLEGED_LEMMAS:
            return "alleged"
        if via in ("xcomp", "obj") and syntax.has_morph(gov, "Mood", "Cnd"):
            return "alleged"
    if any(c.lower_ in fr.HEDGE_ADVERBS for c in t.children):
        return "alleged"
    if reported(sent):
        return "alleged"
    if any(s <= t.idx < e for s, e in indirect):
        return "alleged"
    return "asserted"
