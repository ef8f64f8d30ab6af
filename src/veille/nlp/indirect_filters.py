"""Reported-content candidates that are no quotation by the annotation guideline.

Mixed into the indirect-speech finder (reads its ``doc``, ``sentence_of``,
``in_marks``, ``speech_lemma`` and ``_name_start``); each filter is one decision of
``docs/annotation-guideline.md``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .indirect_bounds import Candidate
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
