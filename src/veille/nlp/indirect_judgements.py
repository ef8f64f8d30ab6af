"""Judgements in the passive with their agent ("une réforme jugée « trop libérale » par
les syndicats", "le débat, qualifié de « campagne de communication » par X"): indirect
speech on the predicate, the agent as speaker (annotation guideline, test4 reading).

Without an agent ("Michael X, considéré comme le plus grand basketteur") the words are
as often the writer's own characterisation as someone's judgement, and annotators of
the gold split on them: on 200 unannotated articles most of those were the writer's.
They are left out.

Mixed into the quote finder's per-document worker (:class:`veille.nlp.indirect.IndirectSpeech`);
it reads ``doc``, ``text``, ``in_marks``, ``sentence_of`` and ``_trimmed``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .indirect_bounds import Candidate
from .lang import fr_quotes as data
from .speech_syntax import cue_of
from .verb_forms import bare_past_participle

#: participles that judge what they qualify, and the word their predicate follows
#: ("" for an adjective right after: "jugée trop libérale")
JUDGEMENT_PARTICIPLES = {
    "juger": "", "estimer": "", "décrire": "comme", "présenter": "comme", "considérer": "comme",
    "dénoncer": "comme", "annoncer": "comme", "qualifier": "de",
}
#: how many words a predicate may run to before its agent or the clause's end
_MAX_PREDICATE = 10
_STOPS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "\n"})
#: words that end a predicate: the agent, a relative, a negation of the next verb
_PREDICATE_ENDS = frozenset({"par", "qui", "que", "qu'", "qu’", "dont", "ne", "n'", "n’"})


class JudgementContent:
    """ "X jugé « … » par Y", "X, qualifié de « … » par Y": the predicate, said by Y."""

    def _passive_judgement(self, participle: Token) -> Candidate | None:
        lemma = participle.lemma_.lower()
        if lemma not in JUDGEMENT_PARTICIPLES or "Part" not in participle.morph.get("VerbForm"):
            return None
        passive = any(c.dep_ == "aux:pass" for c in participle.children) or bare_past_participle(participle)
        if not passive:
            return None  # "le tribunal a jugé l'affaire": the active voice says who judges
        doc = self.doc
        i = participle.i + 1
        linker = JUDGEMENT_PARTICIPLES[lemma]
        if linker:
            if i >= len(doc) or doc[i].lower_.replace("’", "'") not in (linker, "d'" if linker == "de" else linker):
                return None
            i += 1
        if i >= len(doc):
            return None
        first = doc[i]
        opens = first.text in data.QUOTE_CHARS
        if not (opens or first.pos_ in ("ADJ", "ADV") or (linker and first.pos_ in ("DET", "NOUN", "PROPN"))):
            return None  # "il a été jugé pour vol": a trial, not a judgement
        end_i, inside = None, False
        for tok in doc[i : i + _MAX_PREDICATE + 2]:
            if tok.text in ("«", "“") or (tok.text == '"' and not inside):
                inside, end_i = True, tok.i
                continue
            if tok.text in ("»", "”") or (tok.text == '"' and inside):
                inside, end_i = False, tok.i
                continue
            if not inside and (tok.text in _STOPS or tok.lower_ in _PREDICATE_ENDS
                               or "Fin" in tok.morph.get("VerbForm") or tok.pos_ in ("SCONJ", "CCONJ")):
                break
            end_i = tok.i
        else:
            return None  # no end in sight: not a short predicate
        if inside or end_i is None:
            return None  # a mark opened and not closed within reach
        start, end = self._trimmed(first.idx, doc[end_i].idx + len(doc[end_i].text))
        if end <= start:
            return None
        if end_i + 1 >= len(doc) or doc[end_i + 1].lower_ != "par":
            return None  # no agent: the writer's characterisation as often as a judgement
        k = end_i + 2
        head = next((t for t in doc[k : k + 6] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if head is None:
            return None
        last = head.i
        for t in doc[head.i + 1 : head.right_edge.i + 1]:
            if t.text in _STOPS or t.text in data.QUOTE_CHARS or t.lower_ in ("qui", "que", "dont"):
                break
            last = t.i
        return Candidate(start, end, "indirect", source=doc[k : last + 1], cue=cue_of(participle), rule="source")
