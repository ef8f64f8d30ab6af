"""Reported-content candidates that are no quotation by the annotation guideline.

Mixed into the indirect-speech finder (reads its ``doc``, ``text``, ``marked_long``,
``sentence_of``, ``in_marks``, ``speech_lemma`` and ``_name_start``); each filter is
one decision of ``docs/annotation-guideline.md``: the reporter's own observation
(decision 14), content that is really a direct quote and its attribution (decision 4).
"""

from __future__ import annotations

from spacy.tokens import Token

from .indirect_bounds import Candidate
from .lang import fr_quotes as data
from .speech_syntax import find_subject, inverted_subject

#: verbs of seeing: with a reporter as subject they give the outlet's own observation
_OBSERVATION_VERBS = frozenset({"constater", "observer", "voir", "remarquer", "noter", "apercevoir"})

#: the newsroom's people ("un journaliste de l'AFP", "notre correspondant")
_REPORTER_NOUNS = frozenset(
    {"journaliste", "journalistes", "correspondant", "correspondante", "correspondants", "correspondantes",
     "photographe", "photographes", "reporter", "reporters", "reporteur", "reporteurs", "envoyé", "envoyée",
     "envoyés", "envoyées", "vidéaste", "vidéastes", "caméraman", "cameraman", "photojournaliste",
     "photojournalistes", "rédaction"}
)


class ContentFilters:
    """Guideline exclusions applied to each indirect candidate before it is kept."""

    def _reporter_observation(self, cand: Candidate) -> bool:
        """ "<fact>, a constaté un journaliste de l'AFP", "notre correspondant a vu
        que …": the reporter's own observation is no quotation (decision 14)."""
        verb: Token | None = cand.verb
        if verb is None or self.speech_lemma(verb) not in _OBSERVATION_VERBS and verb.lemma_ not in _OBSERVATION_VERBS:
            return False
        subject = inverted_subject(verb, self._name_start)
        if subject is None or subject.i < verb.i and not subject.text.startswith("-"):
            subject = find_subject(verb, self.sentence_of(verb.idx)[0], lambda t: not self.in_marks(t.idx)) or subject
        return subject is not None and subject.lower_ in _REPORTER_NOUNS

    def _mostly_quoted(self, cand: Candidate, direct: list[Candidate]) -> bool:
        """Is this "indirect" content really a direct quote and its attribution
        ("« … », a déclaré X" read as "<content>, a déclaré X")?"""
        spans = {(d.marks.open, d.marks.close + 1) if d.marks is not None else (d.start, d.end) for d in direct}
        # long marks the direct finder set aside count too: the words are still quoted
        spans |= {(m.open, m.close + 1) for m in self.marked_long}
        covered = sum(max(0, min(hi, cand.end) - max(lo, cand.start)) for lo, hi in spans)
        share = covered / max(1, cand.end - cand.start)
        if self._adverbial_before_quote(cand, spans):
            return True  # "Quant à X, « … », dit-il": only the quote says something (decision 4)
        if (cand.after_que or cand.rule == "selon" and self.text[cand.start] not in data.QUOTE_CHARS) and share >= 0.6 and (
            self._says_more_than_marks(cand, direct)
        ):  # "Selon un témoin, le manifestant « a reçu … »": the subject outside is the source's too
            return False  # "a assuré qu'il « souhaitait … »": a subject of its own (decision 4)
        opens_with_quote = self.text[cand.start] in data.QUOTE_CHARS
        # "« … » et dans une moindre mesure l'industrie" after "a précisé que": content
        # opening with a quote says more; before an incise it is the quote's attribution
        return share >= 0.9 or (opens_with_quote and share >= 0.6 and not cand.after_que)

    def _adverbial_before_quote(self, cand: Candidate, spans: set[tuple[int, int]]) -> bool:
        """ "À ce moment-là, « … »", "Parmi les sondés, « … »": an opening adverbial
        and a comma before the quote say nothing of their own (decision 4)."""
        opening = next((lo for lo, hi in sorted(spans) if cand.start < lo < cand.end and hi >= cand.end - 1), None)
        if opening is None or not self.text[cand.start : opening].rstrip().endswith(","):
            return False
        words = self.doc.char_span(cand.start, opening, alignment_mode="contract")
        # (a participle may sit in it, "Malgré les trains restés à quai, « … »", except
        # after "selon X", where "lu par notre journal" still leads to the document's words)
        return words is not None and len(words) <= 10 and not any(
            t.pos_ in ("VERB", "AUX") and ("Part" not in t.morph.get("VerbForm") or cand.rule == "selon") for t in words
        )

    def _says_more_than_marks(self, cand: Candidate, direct: list[Candidate]) -> bool:
        """Do the words of a que-clause outside its quote marks say something (a
        subject, a verb, a noun) rather than only a determiner or a preposition?"""
        span = self.doc.char_span(cand.start, cand.end, alignment_mode="contract")
        if span is None:
            return False
        inside = [(d.marks.open, d.marks.close + 1) for d in direct if d.marks is not None]
        return any(
            t.pos_ in ("PRON", "NOUN", "PROPN", "VERB", "AUX", "ADJ", "NUM") and not t.is_punct
            and not any(lo <= t.idx < hi for lo, hi in inside)
            for t in span
        )
