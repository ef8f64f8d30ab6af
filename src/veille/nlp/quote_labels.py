"""Quoted words that are names or labels, not quotations (mixed into the quote finder).

The guideline leaves out names and labels in marks: titles of works and texts
(« Les villes moyennes, un abandon », after "intitulé"; a decree "portant « … »"),
names of plans and operations, charges as worded in court (« violences volontaires
… » after "pour"), whatever their length.
"""

from __future__ import annotations

import bisect
import re

from .lang import fr_quotes as data
from .quote_marks import MarkedSpan


#: a definite event right before the marks: "lors du « … »", "à l'occasion de la « … »"
_EVENT_BEFORE = re.compile(r"\b(?:lors|au cours|à l'occasion|à l’occasion)\s+(?:du|de la|de l'|de l’)\s*$", re.I)


#: Forms of "avoir" that make a following participle a verb in a compound tense.
_AVOIR_FORMS = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
                          "ai", "as", "avons", "avez", "avoir", "ayant"})


def _compound_tense(before: list[str]) -> bool:
    """ "X a (encore) appelé « tous les acteurs … »": the participle the marks follow
    is a verb in a compound tense (calling on someone), not a naming participle
    ("un mouvement appelé « … »")."""
    word = before[-1].lower()
    if not word.endswith(("é", "ée", "és", "ées")):
        return False
    return any(w.lower() in _AVOIR_FORMS for w in before[-4:-1])


class MarkLabels:
    """Label tests on a pair of marks; they read the finder's ``text``, ``marked``
    and ``_mask_open``."""

    def _looks_like_label(self, m: MarkedSpan) -> bool:
        before = self.text[max(0, m.open - 40) : m.open].split()
        if before and before[-1].lower().strip("(,") in data.LABEL_NOUNS and not _compound_tense(before):
            return True
        if len(before) >= 2 and before[-2].lower() in ("page", "groupe", "compte", "site", "hashtag"):
            return True  # "sur la page Facebook « … »"
        lowered = [w.lower().strip("(,") for w in before[-3:]]
        if any(w in data.TITLE_PARTICIPLES for w in lowered):
            return True  # "un rapport intitulé sans détour « … »": a title
        if lowered and lowered[-1] == "portant" and any(w.lower() in data.LEGAL_TEXT_NOUNS for w in before[-5:-1]):
            return True  # "le décret portant « organisation des transports … »": the text's title
        inner = self.text[m.start : m.end]
        words = inner.split()
        if self._offence_name(before, words) or self._continues_offence(m):
            return True
        if _EVENT_BEFORE.search(self.text, max(0, m.open - 30), m.open) and not re.search(r"[.;:!?]", inner):
            return True  # "lors du « Forum des métiers de demain »": the name of an event or a programme
        # "un « plan Marshall des banlieues »": a label noun with a name after it is the
        # name of a plan or operation, not the source's words.
        if (len(words) >= 2 and words[0].islower() and words[0] in data.LABEL_NOUNS
                and words[1][:1].isupper() and not re.search(r"[.,;:!?]", inner)):
            return True
        # Titles: every word capitalised, no sentence punctuation.
        caps = sum(1 for w in words if w[:1].isupper())
        return caps == len(words) and not re.search(r"[.,;:!?]", inner)

    @staticmethod
    def _offence_name(before: list[str], words: list[str]) -> bool:
        """ "jugé pour « violences volontaires sur personne dépositaire … »": a charge is
        a label however long; a quotation would carry sentence punctuation."""
        if not before or not words or words[0].lower() not in data.OFFENCE_HEADS:
            return False
        if any(w[-1:] in ".!?;:" for w in words):
            return False
        last = before[-1].lower()
        if last == "pour":
            return True
        return last in ("de", "d'", "d’") and len(before) >= 2 and before[-2].lower() in (
            "chef", "chefs", "délit", "motif")

    def _continues_offence(self, m: MarkedSpan) -> bool:
        """ "pour « homicides involontaires » aggravés « par violation … »": marks a
        word or two after an offence name in marks go on with the charge's wording."""
        k = bisect.bisect_left(self._mask_open, m.open) - 1
        if k < 0:
            return False
        prev = self.marked[k]
        between = self.text[prev.close + 1 : m.open]
        if len(between.split()) > 2 or re.search(r"[.,;:!?]", between):
            return False
        before = self.text[max(0, prev.open - 40) : prev.open].split()
        return self._offence_name(before, self.text[prev.start : prev.end].split())

    def _intertitle(self, m: MarkedSpan) -> bool:
        """ "« Une décision prise sans concertation »" alone on its line, without final
        punctuation: a subheading quoting someone, not a quotation (decision 22: headline
        quotes with no named speaker are not annotated)."""
        line_start = self.text.rfind("\n", 0, m.open) + 1
        line_end = self.text.find("\n", m.close)
        line_end = len(self.text) if line_end < 0 else line_end
        if self.text[line_start : m.open].strip() or self.text[m.close + 1 : line_end].strip():
            return False
        inner = self.text[m.start : m.end].rstrip(data.MARK_SPACES)
        if inner.endswith((".", "!", "?", "…")) or re.search(r"[,;:]", inner):
            return False  # (a sentence, or a clause list: "Restez chez vous, ne sortez pas")
        # a heading is followed by narration; a quote, by the next quote of a series
        return not self.text[line_end:].lstrip()[:1] in data.QUOTE_CHARS

