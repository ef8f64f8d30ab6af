"""Speaker candidates of a quotation and their features, for the learned ranker.

The rules (:mod:`veille.nlp.speakers`) pick one speaker per quotation; the ranker
(:mod:`veille.nlp.speaker_ranker`) re-scores a small set of alternatives. This module
builds that set and describes each alternative with cheap, general features: where
the candidate is mentioned relative to the quote and its cue, the syntactic role of
that mention, whether the rules chose it, whether it spoke the previous quote. No
feature names a word of a particular article, so the model can only learn how
evidence is weighed, not who speaks in the articles it was trained on.

Candidates of one quote: every PER/ORG entity mentioned in the quote's paragraph or
the two before (up to the quote's end), or within a short stretch right after it;
the previous quote's speaker; the rules' own choice (an entity, or a keyless source
such as "un manifestant"); and "no speaker".
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..models import Quote
from .coreference import EntityMention
from .lang import fr_quotes as data

#: how far after a quote's end a mention still counts as "right after" it
AFTER_CHARS = 250
#: paragraphs before the quote's own that are searched for candidates
PARAGRAPHS_BEFORE = 2
#: rules the attribution step reports (others fall into "rule=other")
RULES = (
    "subject", "inverted_subject", "colon", "selon", "source", "pronoun", "description",
    "paragraph_continuation", "sentence_subject", "incise",
)
_DEPS = ("nsubj", "nsubj:pass", "obj", "obl", "nmod", "appos", "conj", "flat")
_SOURCE_WORDS = frozenset({"selon", "d'après", "d’après", "pour"})
_SPEECH_LEMMAS = data.SPEECH_VERBS | data.INCISE_ONLY_VERBS
_PRONOUN_GENDER = {"il": "Masc", "ils": "Masc", "elle": "Fem", "elles": "Fem"}
_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "des", "ce", "cet", "cette",
                          "ces", "son", "sa", "ses", "leur", "leurs", "du"})


@dataclass(frozen=True)
class SpeakerCandidate:
    """One possible speaker of one quote.

    kind: "entity" (key set), "text" (the rules' keyless source) or "none".
    names: every name the scorer would compare (entity name and aliases, or the text).
    start, end: the mention to show as ``speaker_text`` (None for "none").
    """

    kind: str
    key: str | None
    names: tuple[str, ...]
    start: int | None
    end: int | None
    features: dict[str, float]


def base_rule(rule: str | None) -> str:
    """The rule family without suffixes ("pronoun", "subject_unresolved" -> "subject")."""
    if not rule:
        return "none"
    rule = rule.split(":")[-1]
    for r in RULES:
        if rule == r:
            return r
    for r in RULES:
        if rule.startswith(r):
            return r
    return "other"


class DocContext:
    """Per-document indexes shared by every quote's candidates."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        text = self.text
        self.par_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        parsed = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        self.sent_starts = [s.start_char for s in doc.sents] if parsed else [0]
        self.records = {r.key: r for r in (doc._.veille_entities or []) if r.type in ("PER", "ORG")}
        #: (start, end, key) of every PER/ORG mention, in text order
        self.mentions = sorted(
            (m.start, m.end, r.key) for r in self.records.values() for m in r.mentions
        )
        self._starts = [m[0] for m in self.mentions]
        self.first_per_in_par: dict[int, str] = {}
        for s, _, key in self.mentions:
            if self.records[key].type == "PER":
                self.first_per_in_par.setdefault(self.paragraph(s), key)
        self.count = {}
        for _, _, key in self.mentions:
            self.count[key] = self.count.get(key, 0) + 1
        self._genders: dict[str, str | None] = {}
        self._index = None

    def gender(self, key: str) -> str | None:
        """A person's gender as the attribution rules read it (titles, civilities)."""
        if key not in self._genders:
            from .speakers import SpeakerIndex  # (heavy: built only when a pronoun asks)

            if self._index is None:
                self._index = SpeakerIndex(self.doc)
            r = self.records[key]
            m = r.mentions[0]
            self._genders[key] = self._index.gender_of(EntityMention(m.start, m.end, key, r.name, r.type))
        return self._genders[key]

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.par_starts, offset) - 1

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sent_starts, offset) - 1

    def mentions_between(self, start: int, end: int):
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.mentions[lo:hi]

    def token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None


def _role(ctx: DocContext, start: int, end: int) -> dict[str, float]:
    """Syntactic role of a mention: its head word's dependency and the verb it hangs on."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return {}
    root = span.root
    f: dict[str, float] = {}
    dep = root.dep_ if root.dep_ in _DEPS else "other"
    f[f"dep={dep}"] = 1.0
    head = root.head
    speech = head.lemma_.lower() in _SPEECH_LEMMAS or head.lower_ in data.SPEECH_VERB_IRREGULAR_FORMS
    if speech:
        f["head_speech_verb"] = 1.0
        if dep.startswith("nsubj"):
            f["subject_of_speech_verb"] = 1.0
            if root.i > head.i:
                f["inverted_subject_of_speech_verb"] = 1.0
    prev = ctx.doc[span.start - 1].lower_ if span.start > 0 else ""
    if prev in _SOURCE_WORDS:
        f["after_selon"] = 1.0
    return f


def quote_candidates(ctx: DocContext, quote: Quote, previous: Sequence[Quote] = ()) -> list[SpeakerCandidate]:
    """The candidates of ``quote`` with their features ("no speaker" last).

    previous: the quotes just before it (the last ones matter), as the rules attributed them.
    """
    text = ctx.text
    q_par = ctx.paragraph(quote.start)
    first_par = max(0, q_par - PARAGRAPHS_BEFORE)
    win_start = ctx.par_starts[first_par]
    end_par = ctx.paragraph(max(quote.start, quote.end - 1))
    par_end = ctx.par_starts[end_par + 1] if end_par + 1 < len(ctx.par_starts) else len(text)
    after_end = min(quote.end + AFTER_CHARS, par_end)
    before = [m for m in ctx.mentions_between(win_start, quote.start) if m[1] <= quote.start]
    inside = ctx.mentions_between(quote.start, quote.end)
    after = ctx.mentions_between(quote.end, after_end)
    rule = base_rule(quote.rule)
    kind = "direct" if quote.kind in ("direct", "partial") else "indirect"
    q_sents = {ctx.sentence(quote.start), ctx.sentence(max(quote.start, quote.end - 1))}
    cue = quote.cue
    opens_par = text[ctx.par_starts[q_par] : quote.start].strip(" «\"“\u00a0\u202f") == ""
    prev_key = previous[-1].speaker_key if previous else None
    recent_keys = {p.speaker_key for p in previous[-3:]} if previous else set()
    said = (quote.speaker_text or "").lstrip("-‑").lower().removeprefix("t-")
    pronoun_gender = _PRONOUN_GENDER.get(said) if quote.speaker_start is not None else None
    rule_span = (quote.speaker_start, quote.speaker_end) if quote.speaker_start is not None else None

    keys: list[str] = []
    for _, _, key in (*before, *after):
        if key not in keys:
            keys.append(key)
    for key in (quote.speaker_key, prev_key):
        if key is not None and key in ctx.records and key not in keys:
            keys.append(key)
    # recency: candidates ordered by their last mention before the quote
    last_before = {}
    for s, e, key in before:
        last_before[key] = (s, e)
    recency = sorted(last_before, key=lambda k: -last_before[k][0])

    out = []
    for key in keys:
        record = ctx.records[key]
        f: dict[str, float] = {"bias_entity": 1.0, f"type={record.type}": 1.0}
        chosen = key == quote.speaker_key
        if chosen:
            f["rule_choice"] = 1.0
            f[f"rule_choice&rule={rule}"] = 1.0
            f["rule_choice&confidence"] = quote.confidence
            f[f"rule_choice&{kind}"] = 1.0
            if opens_par:
                f["rule_choice&opens_par"] = 1.0
        if key in recent_keys:
            f["recent_speaker"] = 1.0
        if pronoun_gender and record.type == "PER":
            g = ctx.gender(key)
            if g is not None:
                f["gender_agrees" if g == pronoun_gender else "gender_disagrees"] = 1.0
        elif pronoun_gender and record.type == "ORG":
            f["org_for_personal_pronoun"] = 1.0
        if rule_span is not None and not chosen:
            near = [m for m in (*before, *after, *inside) if m[2] == key]
            if near:
                d = min(max(0, m[0] - rule_span[1], rule_span[0] - m[1]) for m in near)
                if d <= 3:
                    f["beside_rule_mention"] = 1.0
        if key == prev_key:
            f["prev_speaker"] = 1.0
            f[f"prev_speaker&{kind}"] = 1.0
            f[f"prev_speaker&rule={rule}"] = 1.0
            if opens_par:
                f["prev_speaker&opens_par"] = 1.0
        f["log_mentions_doc"] = math.log1p(ctx.count.get(key, 0))
        in_window = sum(1 for m in (*before, *after) if m[2] == key)
        f["log_mentions_window"] = math.log1p(in_window)
        if any(m[2] == key for m in inside):
            f["mentioned_inside"] = 1.0
        if ctx.first_per_in_par.get(q_par) == key:
            f["first_person_of_par"] = 1.0
        mention = None
        if key in last_before:
            s, e = last_before[key]
            mention = (s, e)
            f["has_before"] = 1.0
            f["log_dist_before"] = math.log1p(quote.start - e)
            pd = q_par - ctx.paragraph(s)
            f[f"par_dist_before={min(pd, 2)}"] = 1.0
            if ctx.sentence(s) in q_sents:
                f["same_sentence_before"] = 1.0
            r = recency.index(key)
            f[f"recency={min(r, 2)}"] = 1.0
            f.update({f"before_{k}": v for k, v in _role(ctx, s, e).items()})
        after_m = [m for m in after if m[2] == key]
        if after_m:
            s, e, _ = after_m[0]
            f["has_after"] = 1.0
            f["log_dist_after"] = math.log1p(s - quote.end)
            if ctx.sentence(s) in q_sents or ctx.sentence(s) == ctx.sentence(quote.end):
                f["same_sentence_after"] = 1.0
            if after_m[0] is after[0]:
                f["first_after"] = 1.0
            f.update({f"after_{k}": v for k, v in _role(ctx, s, e).items()})
            if mention is None or s - quote.end < quote.start - mention[1]:
                mention = (s, e)
        if cue is not None:
            near = [m for m in (*before, *after, *inside) if m[2] == key]
            if near:
                d = min(abs(m[0] - cue.end) if m[0] >= cue.end else abs(cue.start - m[1]) for m in near)
                f["log_dist_cue"] = math.log1p(d)
                if d <= 3:
                    f["touches_cue"] = 1.0
        if chosen and quote.speaker_start is not None:
            mention = (quote.speaker_start, quote.speaker_end)
        if mention is None:
            # the previous quote's speaker, named further back: shown where last named
            earlier = [m for m in record.mentions if m.end <= quote.start] or list(record.mentions)
            mention = (earlier[-1].start, earlier[-1].end) if earlier else None
        names = (record.name, *record.aliases)
        out.append(SpeakerCandidate("entity", key, names, *(mention or (None, None)), f))

    if quote.speaker_key is None and quote.speaker_text:
        # a keyless source the rules found ("un manifestant", a name the entity layer missed)
        f = {"bias_text": 1.0, "rule_choice": 1.0, f"rule_choice&rule={rule}": 1.0,
             "rule_choice&confidence": quote.confidence, f"rule_choice&{kind}": 1.0}
        said_words = quote.speaker_text.split()
        if quote.speaker_text[:1].isupper():
            f["text_capitalised"] = 1.0
        first = said_words[0].lower()
        if first in _DETERMINERS or first.startswith(("l'", "l’")):
            f["text_description"] = 1.0  # "le ministre", "un manifestant": a noun phrase, no name
        f["text_log_words"] = math.log1p(len(said_words))
        if opens_par:
            f["rule_choice&opens_par"] = 1.0
        out.append(SpeakerCandidate("text", None, (quote.speaker_text,), quote.speaker_start,
                                    quote.speaker_end, f))

    found = quote.speaker_key is not None or bool(quote.speaker_text)
    f = {"bias_none": 1.0, f"none&{kind}": 1.0, f"none&rule={rule}": 1.0,
         "none&log_candidates": math.log1p(len(out))}
    if not found:
        f["rule_choice"] = 1.0
        f["none&rule_none"] = 1.0
    out.append(SpeakerCandidate("none", None, (), None, None, f))
    return out


def document_candidates(doc: Doc, quotes: Sequence[Quote] | None = None) -> list[list[SpeakerCandidate]]:
    """Candidates of every quote of ``doc`` (default: ``doc._.veille_quotes``), in order."""
    quotes = list(doc._.veille_quotes or []) if quotes is None else list(quotes)
    ctx = DocContext(doc)
    out = []
    for i, q in enumerate(quotes):
        out.append(quote_candidates(ctx, q, quotes[max(0, i - 3) : i]))
    return out
