"""Elided arguments of the relation extractor: where a subject the sentence does not
repeat is read from (a fronted descriptive phrase, a participle sharing the
auxiliary of the verb before it). Pure functions over spaCy tokens, used by
``relation_syntax``; kept apart so that module stays readable.
"""

from __future__ import annotations

from spacy.tokens import Token

from .relation_voice import VERBAL
from .verb_forms import bare_past_participle


def fronted_subjects(t: Token) -> list[Token]:
    """"Cofondateur de Y, X a annoncé…": a determinerless noun phrase that opens the
    sentence and is set off by a comma describes the subject of the clause after
    it (the parser hangs it on that clause's verb)."""
    doc = t.doc
    start, comma = t.left_edge.i, t.right_edge.i + 1
    opens = start == 0 or doc[start].is_sent_start or doc[start - 1].text in (".", "!", "?") \
        or "\n" in doc[start - 1].text
    if not opens or comma >= len(doc) or doc[comma].text != "," or any(c.dep_ == "det" for c in t.children):
        return []
    verb = t.head
    if verb.i <= comma or verb.pos_ not in VERBAL:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > comma]


def elided_auxiliary_verb(t: Token) -> Token | None:
    """"X a disparu à son retour dans son pays et démissionné de Y": a past
    participle with no auxiliary of its own, coordinated by "et"/"puis", shares
    the auxiliary (and the subject) of the compound verb before it; the parser
    often hangs it on the nearest noun. That verb, or None."""
    if t.dep_ != "conj" or t.head.pos_ in VERBAL or not bare_past_participle(t) \
            or not any(c.dep_ == "cc" and c.lower_ in ("et", "puis") for c in t.children):
        return None
    verb, seen = t.head, 0
    while verb.pos_ not in VERBAL and verb.head.i != verb.i and seen < 10:
        verb, seen = verb.head, seen + 1
    if verb.pos_ in VERBAL and verb.i < t.i and any(c.dep_ == "aux:tense" for c in verb.children):
        return verb
    return None
