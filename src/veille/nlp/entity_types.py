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
from .mentions import (
    CAPITALISED_ARTICLES, CAPITALISED_ELIDED, LEGAL_FORMS, LOC, MISC, ORG, PER, Candidate, Context, fold,
)

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
    # "le maire LR", "Paul Roux (LR)": a party's acronym, whatever the noun introduces.
    "party": (ORG, 2.0, 4.0),
    # "a déclaré dimanche sur Franceinfo": a channel or a platform one speaks on.
    "media": (ORG, 3.0, 6.0),
    "body_word": (ORG, 3.0, 6.0),
    # "selon Le Canard enchaîné", "L'Opinion décrivait": a title the model calls MISC.
    "press": (ORG, 2.0, 4.0),
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
_DEFINITE = data.SINGULAR_DEFINITE
_PLURAL_DEFINITE = frozenset({"les", "des", "aux"})
_OF_TOWN = frozenset({"de", "d'", "d’"})
_TITLE_ARTICLES = CAPITALISED_ARTICLES | CAPITALISED_ELIDED
_GENERIC_FOLDED = frozenset(fold(w) for w in data.GENERIC_BODIES)
# Verbs (lemmas) of speaking or appearing on a channel: "a déclaré sur RTL",
# "interrogé sur Franceinfo", "a écrit sur Twitter".
_ON_AIR_LEMMAS = data.SPEECH_LEMMAS | frozenset({
    "annoncer", "interroger", "inviter", "interviewer", "réagir", "intervenir", "exprimer",
    "écrire", "témoigner", "publier", "diffuser", "tweeter", "promettre",
    "prévenir", "avertir", "défendre", "dénoncer", "regretter", "plaider",
})
# Verbs whose subject a newspaper is: "L'Opinion décrivait", "Le Monde révèle".
_PRESS_LEMMAS = _ON_AIR_LEMMAS | frozenset({
    "décrire", "évoquer", "révéler", "rapporter", "titrer", "relater", "citer", "qualifier",
})


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
    elif _party_acronym(doc, s, e):
        m.evidence["party"] += 1  # not "maire" as a place cue: "le maire LR de Valmont"
    elif before in data.PLACE_CUE_NOUNS or (s >= 2 and before in data.OF_PREPOSITIONS
                                              and doc[s - 2].lower_ in data.PLACE_CUE_NOUNS) \
            or (s >= 2 and before in _OF_TOWN and doc[s - 2].lower_ in data.TOWN_OF_NOUNS):
        m.evidence["place_cue"] += 1  # "la ville de Rennes", "le parquet de Nancy"
    if _generic_body(doc, s, e, before):
        m.evidence["org_cue"] += 1
    if e - s > 1 and doc[e - 1].text in data.BODY_WORDS:
        m.evidence["body_word"] += 1  # "Bordeaux Métropole"
    if e - s > 1 and fold(doc[s].text) in data.PARTY_HEADS and doc[s].text[0].isupper():
        m.evidence["org_cue"] += 1  # "Rassemblement national", "Ligue du Nord"
    if ctx.tagged and _on_air(doc, s):
        m.evidence["media"] += 1
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
    # Not when a number follows: "les locaux de France 3" says nothing of "France",
    # the part of the channel's name the model kept.
    if s >= 2 and doc[s - 1].lower_ in data.OF_PREPOSITIONS \
            and doc[s - 2].lower_ in data.ORG_POSSESSIVE_NOUNS \
            and not (e < len(doc) and doc[e].like_num):
        m.evidence["org_of"] += 1
    if m.label == MISC and _press_title(doc, s, e, before, ctx):
        m.evidence["press"] += 1
    if ctx.parsed:
        root = doc[s:e].root
        if root.dep_ == "nsubj" and root.head.lemma_ in data.SPEECH_LEMMAS:
            m.evidence["speech"] += 1


def _generic_body(doc: Doc, s: int, e: int, before: str) -> bool:
    """An institution named by a common noun or a nickname: "l'État", "le Parlement",
    "L'Elysée" (the article inside the model's span, the accent left out), "Matignon",
    "les Sages"."""
    if e - s == 2 and doc[s].lower_ in _DEFINITE | _PLURAL_DEFINITE:
        before, s = doc[s].lower_, s + 1
    if e - s != 1:
        return False
    word = fold(doc[s].text)
    if word in data.SEATS_OF_POWER:
        return True
    if word in data.PLURAL_BODIES:
        return before in _PLURAL_DEFINITE
    return word in _GENERIC_FOLDED and before in _DEFINITE


def _party_acronym(doc: Doc, s: int, e: int) -> bool:
    """"le maire LR", "les élus RN", "Paul Roux (LR)": an acronym after a political
    member noun or in brackets after a person's name is that person's party; so is
    one that completes the member noun ("l'ex-député de la N-VA", "un élu du PS")."""
    if s < 1 or any(t.whitespace_ for t in doc[s:e - 1]):
        return False
    text = doc[s:e].text  # "N-VA" comes as three tokens
    caps = sum(c.isupper() for c in text)
    if caps < 2 or len(text) > 8 or not text.replace("-", "").isalpha() \
            or set(text) <= set("IVXLCDM"):  # not a regnal number ("Louis XVI")
        return False
    if doc[s - 1].lower_ in data.PARTY_MEMBER_NOUNS and e - s == 1:
        return True
    k = s - 1
    if doc[k].lower_ in ("du", "des"):
        k -= 1
    elif doc[k].lower_ in _DEFINITE and k >= 1 and doc[k - 1].lower_ in _OF_TOWN:
        k -= 2
    else:
        k = -1
    if k >= 0 and doc[k].lower_.removeprefix("ex-") in data.PARTY_MEMBER_NOUNS:
        return True
    return e - s == 1 and doc[s - 1].text == "(" and s >= 2 and doc[s - 2].ent_type_ == PER \
        and e < len(doc) and doc[e].text == ")"


def _press_title(doc: Doc, s: int, e: int, before: str, ctx: Context) -> bool:
    """A name opening with a capitalised article inside a sentence ("Le Canard
    enchaîné", "L'Opinion") that is a source ("selon", "par") or a verb's subject: a
    newspaper or a channel. Only for MISC labels (a person "Le Pen" is labelled PER)."""
    if e - s < 2 or doc[s].text not in _TITLE_ARTICLES or doc[s].is_sent_start:
        return False
    if before in ("selon", "par"):
        return True
    root = doc[s:e].root
    return ctx.parsed and root.dep_ == "nsubj" and root.head.lemma_ in _PRESS_LEMMAS


def _on_air(doc: Doc, s: int) -> bool:
    """"a déclaré dimanche sur Franceinfo", "interrogé sur RTL": a name after "sur"
    that follows a verb of speaking within a few words is a channel or a platform."""
    if s < 2 or doc[s - 1].lower_ != "sur":
        return False
    for k in range(s - 2, max(-1, s - 5), -1):
        if doc[k].is_sent_start and k < s - 2:
            break
        if doc[k].pos_ in ("VERB", "AUX", "ADJ") and doc[k].lemma_ in _ON_AIR_LEMMAS:
            return True
    return False


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
