"""Candidates and features of the learned antecedent finder (experiment, session 8).

For an anaphor (a subject pronoun *il/elle/ils/elles*, or a definite description
*la société*, *l'ONG*, *le porte-parole*), every person or organisation veille
names in the 1,500 characters before it is a candidate, described by general
features (distance, recency, gender and number agreement, grammatical role,
salience, and whether the description's noun was said of that actor: "l'ONG X"
… "l'ONG"). No word of any article is a feature. ``train_coref.py`` trains a
logistic regression on them over Democrat and compares it with the hand rules of
``veille.nlp.coreference``; the result (docs/benchmarks.md, "Learned antecedent
finder (session 8)") kept it out of the pipeline, so this lives with the
benchmark, not in the package.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span

from veille.nlp.coreference import EntityMention, normalise_name, pronoun_form
from veille.nlp.lang import fr_quotes as data

if TYPE_CHECKING:
    from veille.nlp.speakers import SpeakerIndex

#: how far back (characters) candidates are looked for: as the hand rules.
LOOKBACK = 1500
#: determiners that make a noun phrase a definite description of something known.
_DEFINITE = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette", "son", "sa", "leur", "les", "ces", "ses", "leurs"})
#: tokens either side of an actor's mention read for the words said of it
#: ("la ministre X", "X, porte-parole de …", "l'ONG X").
_TITLE_WINDOW = 6


@dataclass(frozen=True)
class Candidate:
    """One actor an anaphor may stand for: its last mention before the anaphor."""

    mention: EntityMention
    features: dict[str, float]


def entity_id(m: EntityMention) -> str:
    """What makes two mentions one actor: the entity key, else the name."""
    return m.key or "name:" + normalise_name(m.name)


def anaphor_kind(span: Span) -> str | None:
    """ "pron_sing", "pron_plur", "desc_per", "desc_org", "desc_other", or None when
    ``span`` is no anaphor this model handles."""
    if len(span) == 1:
        gender, number = data.SUBJECT_PRONOUNS.get(pronoun_form(span[0]), (None, None))
        if number is None:
            return None
        return "pron_plur" if number == "Plur" else "pron_sing"
    head = span.root
    if head.pos_ != "NOUN" or span[0].lower_ not in _DEFINITE:
        return None
    lemma = (head.lemma_ or head.text).lower()
    if head.lower_ in data.PER_DESCRIPTIONS or lemma in data.PER_DESCRIPTIONS:
        return "desc_per"
    if head.lower_ in data.ORG_DESCRIPTIONS or lemma in data.ORG_DESCRIPTIONS:
        return "desc_org"
    return "desc_other"


def _anaphor_gender_number(span: Span) -> tuple[str | None, str | None]:
    if len(span) == 1:
        return data.SUBJECT_PRONOUNS.get(pronoun_form(span[0]), (None, None))
    head, det = span.root, span[0]
    gender = (det.morph.get("Gender") or head.morph.get("Gender") or [None])[0]
    number = (head.morph.get("Number") or det.morph.get("Number") or [None])[0]
    return gender, number


def _said_of(index: SpeakerIndex, m: EntityMention, lemma: str, before: int) -> bool:
    """Is the noun ``lemma`` written right beside a mention of ``m``'s actor
    before ``before`` ("la ministre X", "X, porte-parole de …")?"""
    doc = index.doc
    who = entity_id(m)
    for other in index.mentions:
        if other.start >= before:
            break
        if entity_id(other) != who:
            continue
        span = index.mention_span(other)
        if span is None:
            continue
        lo, hi = max(0, span.start - _TITLE_WINDOW), min(len(doc), span.end + _TITLE_WINDOW)
        for tok in doc[lo:hi]:
            if tok.idx >= before or span.start <= tok.i < span.end:
                continue
            if tok.pos_ == "NOUN" and (tok.lemma_ or tok.text).lower() == lemma:
                return True
    return False


def candidates(index: SpeakerIndex, span: Span) -> list[Candidate]:
    """The named actors before ``span`` (nearest first), with their features."""
    kind = anaphor_kind(span)
    if kind is None:
        return []
    doc = index.doc
    start = span.start_char
    last: dict[str, EntityMention] = {}
    counts: dict[str, int] = {}
    first_actor = None
    for m in index.mentions:
        if m.end > start:
            break
        if m.type not in ("PER", "ORG"):
            continue
        who = entity_id(m)
        first_actor = first_actor or who
        counts[who] = counts.get(who, 0) + 1
        if start - m.end <= LOOKBACK:
            last[who] = m
    if not last:
        return []
    ordered = sorted(last.values(), key=lambda m: -m.start)
    most = max(counts.values())
    gender, number = _anaphor_gender_number(span)
    head = span.root
    lemma = (head.lemma_ or head.text).lower()
    anaphor_subject = head.dep_ in ("nsubj", "nsubj:pass")
    sent_of = _sentence_index(doc)
    a_sent = sent_of(span.start)
    a_par = index.text.count("\n", 0, start)
    out = []
    for rank, m in enumerate(ordered):
        who = entity_id(m)
        mspan = index.mention_span(m)
        f: dict[str, float] = {}
        f[f"{kind}|{m.type}"] = 1.0
        f[f"rank={min(rank, 4)}"] = 1.0
        f[f"{kind[:4]}|rank={min(rank, 2)}"] = 1.0
        f["distance"] = math.log1p(start - m.end) / math.log1p(LOOKBACK)
        sents = a_sent - sent_of(mspan.start) if mspan is not None else 3
        f[f"sentences={min(max(sents, 0), 3)}"] = 1.0
        f["same_paragraph"] = float(index.text.count("\n", 0, m.start) == a_par)
        f["mentions"] = math.log1p(counts[who])
        f["most_mentioned"] = float(counts[who] == most)
        f["first_actor"] = float(who == first_actor)
        known = index.gender_of(m) if m.type == "PER" else None
        if gender is not None and known is not None:
            f[f"{kind[:4]}|gender_{'agree' if known == gender else 'clash'}"] = 1.0
        if number is not None:
            f[f"{kind[:4]}|{number}|{m.type}"] = 1.0
        subject = mspan is not None and any(t.dep_ in ("nsubj", "nsubj:pass") for t in mspan)
        f["cand_subject"] = float(subject)
        f["parallel_subject"] = float(subject and anaphor_subject)
        f["cand_after_preposition"] = float(index._after_preposition(m))
        if kind.startswith("desc"):
            f["said_of"] = float(_said_of(index, m, lemma, start))
        out.append(Candidate(m, f))
    return out


def _sentence_index(doc):
    """token index -> sentence number (0 everywhere when the Doc has no sentences)."""
    if not doc.has_annotation("SENT_START"):
        return lambda i: 0
    starts = [s.start for s in doc.sents]
    return lambda i: bisect_right(starts, i) - 1


def anaphor_spans(doc) -> Iterator[Span]:
    """Every subject pronoun and definite noun phrase of ``doc`` (training data)."""
    for tok in doc:
        if tok.pos_ == "PRON" and pronoun_form(tok) in data.SUBJECT_PRONOUNS:
            yield doc[tok.i : tok.i + 1]
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ == "NOUN" and chunk[0].lower_ in _DEFINITE:
            yield chunk

