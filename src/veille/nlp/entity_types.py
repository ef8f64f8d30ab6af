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
}
# The model's MISC is a catch-all (products, events, works) that it often gives to
# companies; its votes count less than the other labels.
_LABEL_TRUST = {PER: 1.0, ORG: 1.0, LOC: 1.0, MISC: 0.6}
TYPE_ORDER = (PER, ORG, LOC, MISC)


def local_evidence(doc: Doc, m: Candidate, ctx: Context) -> None:
    """Evidence for the type of one mention from its own words and neighbours."""
    s, e = m.start, m.end
    if e - s > 1 and doc[e - 1].text.rstrip(".") in LEGAL_FORMS:
        m.evidence["suffix"] += 1
    if e - s > 1 and fold(doc[s].text) in data.FIRST_NAMES:
        m.evidence["first_name"] += 1
    # "la société Zorbex", "le constructeur automobile américain Zorbex".
    j = s - 1
    gap = data.ORG_CUE_GAP if ctx.tagged else 0
    while j >= 0 and s - 1 - j < gap and doc[j].pos_ in ("ADJ", "NOUN") \
            and doc[j].is_lower and not _is_org_cue(doc, j):
        j -= 1
    if (j >= 0 and _is_org_cue(doc, j)) or (e - s > 1 and doc[s].lower_ in data.INSTITUTION_HEADS):
        m.evidence["org_cue"] += 1
    # "les dirigeants d'OpenAI", "le siège de Zorbex".
    if s >= 2 and doc[s - 1].lower_ in data.OF_PREPOSITIONS \
            and doc[s - 2].lower_ in data.ORG_POSSESSIVE_NOUNS:
        m.evidence["org_of"] += 1
    if ctx.parsed:
        root = doc[s:e].root
        if root.dep_ == "nsubj" and root.head.lemma_ in data.SPEECH_LEMMAS:
            m.evidence["speech"] += 1


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
    for kind, count in evidence.items():
        etype, w, cap = WEIGHTS[kind]
        scores[etype] += min(w * count, cap)
    return scores


def vote(mentions: list[Candidate]) -> str:
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
            else:
                org += w * count
    if org > per:
        return ORG
    return PER if per > org else None
