"""Typing for ``veille_entities``: evidence per mention and one label vote per actor.

The model labels each mention on its own; context says more ("la société X", "M. X",
a known first name, "PDG d'X"). Each mention collects evidence from its own words and
neighbours (``local_evidence``); an actor's type is the vote of its mentions' raw
labels and capped evidence (``vote``).
"""

from __future__ import annotations

import math
from collections import Counter

from spacy.tokens import Doc

from .lang import fr_entities as data
from .mentions import LEGAL_FORMS, LOC, MISC, ORG, PER, Candidate, Context, fold

# Evidence weights (per mention) and caps (per actor): context beats the raw label,
# but one stray cue cannot overturn a label seen many times.
WEIGHTS: dict[str, tuple[str, float, float]] = {
    # kind: (type, weight, cap)
    "suffix": (ORG, 3.0, 6.0),
    "org_cue": (ORG, 2.0, 4.0),
    "org_of": (ORG, 1.5, 3.0),
    "honorific": (PER, 3.0, 6.0),
    "first_name": (PER, 2.0, 4.0),
    "title": (PER, 2.0, 4.0),
    "speech": (PER, 0.3, 0.5),
    "company_word": (ORG, 3.0, 6.0),
    "facility": (LOC, 3.0, 6.0),
    "place_cue": (LOC, 2.0, 4.0),
    # A first name alone is usually a person already named in full; capped low so
    # that a city sharing it ("Florence") keeps its label when it recurs.
    "lone_first_name": (PER, 1.5, 2.0),
}
#: Evidence kinds that come from the context or the name's words, not from the label.
_LOC_EVIDENCE = frozenset(k for k, (t, _, _) in WEIGHTS.items() if t == LOC)
_ORG_EVIDENCE = frozenset(k for k, (t, _, _) in WEIGHTS.items() if t == ORG)
# The model's MISC is a catch-all (products, events, works) that it often gives to
# companies; its votes count less than the other labels.
_LABEL_TRUST = {PER: 1.0, ORG: 1.0, LOC: 1.0, MISC: 0.6}
TYPE_ORDER = (PER, ORG, LOC, MISC)
_LOC_AGAINST_ORG_CONTEXT = 0.3
_DEFINITE = frozenset({"l'", "l’", "le", "la"})


def local_evidence(doc: Doc, m: Candidate, ctx: Context) -> None:
    """Evidence for the type of one mention from its own words and neighbours."""
    s, e = m.start, m.end
    if e - s > 1 and doc[e - 1].text.rstrip(".") in LEGAL_FORMS:
        m.evidence["suffix"] += 1
    before = doc[s - 1].lower_ if s > 0 else ""
    # "le lycée Victor Hugo", "l'aéroport Charles de Gaulle": named after a person,
    # so the first name says nothing about the type.
    named_after = before in data.FACILITY_NOUNS or before in data.ORG_CUE_NOUNS
    if e - s > 1 and fold(doc[s].text) in data.FIRST_NAMES and not named_after:
        m.evidence["first_name"] += 1
    if e - s > 1 and doc[e - 1].text in data.COMPANY_WORDS:
        m.evidence["company_word"] += 1  # "Halcyon Software", "Vermeil Capital"
    if e - s == 1 and fold(doc[s].text) in data.FIRST_NAMES and doc[s].text[0].isupper() \
            and before not in data.PLACE_PREPOSITIONS:
        m.evidence["lone_first_name"] += 1  # "Gabriel a répondu", not "à Florence"
    # "l'aéroport Charles-de-Gaulle", "le Stade de France": a place, even named after a person.
    # "la place de la Madeleine": the facility noun may sit before "de (la)".
    k = s - 1
    while k >= 0 and s - k <= 2 and (doc[k].lower_ in data.OF_PREPOSITIONS
                                     or doc[k].lower_ in _DEFINITE):
        k -= 1
    of_facility = k < s - 1 and k >= 0 and doc[k].lower_ in data.FACILITY_NOUNS
    if before in data.FACILITY_NOUNS or of_facility \
            or (e - s > 1 and doc[s].lower_ in data.FACILITY_NOUNS):
        m.evidence["facility"] += 1
    elif before in data.PLACE_CUE_NOUNS or (s >= 2 and before in data.OF_PREPOSITIONS
                                              and doc[s - 2].lower_ in data.PLACE_CUE_NOUNS):
        m.evidence["place_cue"] += 1  # "la ville de Rennes", "la commune Saint-Aurèle"
    # "l'État", "le Parlement", "la Commission": an institution named by a common noun.
    if e - s == 1 and doc[s].lower_ in data.GENERIC_BODIES and before in _DEFINITE:
        m.evidence["org_cue"] += 1
    # "la société Zorbex", "le constructeur automobile américain Zorbex".
    j = s - 1
    gap = data.ORG_CUE_GAP if ctx.tagged else 0
    while j >= 0 and s - 1 - j < gap and doc[j].pos_ in ("ADJ", "NOUN") \
            and doc[j].is_lower and not _is_org_cue(doc, j):
        j -= 1
    if (j >= 0 and _is_org_cue(doc, j)) or (e - s > 1 and doc[s].lower_ in data.INSTITUTION_HEADS):
        m.evidence["org_cue"] += 1
    elif _org_apposition(doc, e):
        m.evidence["org_cue"] += 1
    # "les dirigeants d'OpenAI", "le siège de Zorbex".
    if s >= 2 and doc[s - 1].lower_ in data.OF_PREPOSITIONS \
            and doc[s - 2].lower_ in data.ORG_POSSESSIVE_NOUNS:
        m.evidence["org_of"] += 1
    if ctx.parsed:
        root = doc[s:e].root
        if root.dep_ == "nsubj" and root.head.lemma_ in data.SPEECH_LEMMAS:
            m.evidence["speech"] += 1


def _org_apposition(doc: Doc, e: int) -> bool:
    """"Zorbex, la start-up lyonnaise": an ORG cue noun in apposition after the name."""
    k = e
    if k >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in data.DETERMINERS:
        k += 1
    return k < len(doc) and doc[k].lower_ not in data.VAGUE_APPOSITIONS and _is_org_cue_at(doc, k)


def _is_org_cue_at(doc: Doc, k: int) -> bool:
    """An ORG cue noun starting at token ``k`` (for "start-up": its three tokens)."""
    if doc[k].lower_ in data.ORG_CUE_NOUNS:
        return True
    return k + 2 < len(doc) and doc[k + 1].text == "-" \
        and doc[k:k + 3].text.lower() in data.ORG_CUE_NOUNS


def _is_org_cue(doc: Doc, j: int) -> bool:
    if doc[j].lower_ in data.ORG_CUE_NOUNS:
        return True
    # The model's tokenizer splits "start-up" into three tokens.
    return j >= 2 and doc[j - 1].text == "-" and doc[j - 2:j + 1].text.lower() in data.ORG_CUE_NOUNS


def type_scores(mentions: list[Candidate]) -> dict[str, float]:
    labels = Counter(m.label for m in mentions if m.label)
    n = sum(labels.values())
    scores = dict.fromkeys(TYPE_ORDER, 0.0)
    if n:
        # Raw labels weigh as a share of one growing vote: many consistent labels
        # count more, but never linearly (a name repeated 20 times is one decision).
        weight = 1.0 + math.log2(n) / 2
        for label, count in labels.items():
            if label in scores:
                scores[label] += weight * _LABEL_TRUST[label] * count / n
    evidence: Counter = Counter()
    for m in mentions:
        evidence.update(m.evidence)
    if scores[LOC] and any(evidence[k] for k in _ORG_EVIDENCE) \
            and not any(evidence[k] for k in _LOC_EVIDENCE):
        # A place has no cofounder, no staff and is not "la start-up X": when the
        # context makes the name an organisation and nothing but the raw label makes it
        # a place ("à Néoria"), the place labels are the model confusing homonyms.
        scores[LOC] *= _LOC_AGAINST_ORG_CONTEXT
    for kind, count in evidence.items():
        etype, w, cap = WEIGHTS[kind]
        scores[etype] += min(w * count, cap)
    return scores


def vote(mentions: list[Candidate]) -> str:
    """One type for an actor from all of its mentions (MISC when nothing scores)."""
    scores = type_scores(mentions)
    labels = Counter(m.label for m in mentions if m.label)
    best = max(TYPE_ORDER, key=lambda t: (scores[t], labels[t], -TYPE_ORDER.index(t)))
    return best if scores[best] > 0 else MISC


def context_type(indices: list[int], mentions: list[Candidate]) -> str | None:
    """PER or ORG when context evidence (not the raw label) points there, else None."""
    per = org = 0.0
    for i in indices:
        for kind, count in mentions[i].evidence.items():
            etype, w, _ = WEIGHTS[kind]
            if etype == PER:
                per += w * count
            elif etype == ORG:
                org += w * count
    if org > per:
        return ORG
    return PER if per > org else None
