"""Reported content split by an incise: "La réforme, juge l'économiste, arrive trop
tard" (decision 5 of the annotation guideline: one quotation per piece).

The incise is a speech verb with its subject after it, set off by two commas in the
middle of a sentence ("…, a-t-il ajouté, …", "…, estime la préfecture, …"). What
follows it is the speaker's content when the words before stop unfinished (a bare
subject, an adverb, a verb still waiting for its complement, "puisque") or when it is
a clause of its own; the words before are a piece too when they are a full clause or
the subject of the verb after the incise. Mixed into the indirect-speech finder.
"""

from __future__ import annotations

from spacy.tokens import Token

from .indirect_bounds import _DAYS, Candidate, ContentBounds, before_clitics
from .lang import fr_quotes as data
from .speech_syntax import cue_of, inverted_subject

#: words opening the segment after an incise that make it the speaker's circumstance
#: or next act, not content: ", a déclaré X, avant de partir / lors de … / qui …"
_NOT_CONTENT_OPENERS = frozenset(
    {"avant", "après", "pour", "afin", "sans", "selon", "lors", "en", "qui", "que", "qu'", "qu’", "dont",
     "où", "lequel", "laquelle", "devant", "depuis"}
) | _DAYS

#: verbs that are no "que" cue but report in an incise ("…, poursuit le militant, …",
#: "…, rapporte Europe 1", "…, évoque la radio")
REPORTING_INCISES = frozenset(
    {"poursuivre", "rapporter", "relater", "évoquer", "mentionner", "pointer", "lancer", "tonner"}
)
#: what an incise may report with besides "que" cues (united once, not at each verb)
_INCISE_CUES = data.INCISE_ONLY_VERBS | REPORTING_INCISES

#: word classes a sentence opening cannot stop on when it is complete
_UNFINISHED_ENDS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ", "ADP", "DET"})


class InciseContent(ContentBounds):
    """Pieces of content around an incise; reads the finder's ``doc``, ``text``,
    ``sentence_of``, ``in_marks``, ``is_speech_verb`` and ``_name_start``."""

    def _phrase_start(self, verb: Token) -> int:
        """Where the verb group of ``verb`` starts when it speaks only after "faire"
        or "laisser" ("fait valoir", "fait-il valoir", "laisse entendre"): at that
        word; otherwise at ``verb`` itself."""
        if "Inf" not in verb.morph.get("VerbForm") or verb.lemma_ not in data.SPEECH_VERB_PHRASES:
            return verb.i
        prev = before_clitics(verb)
        if prev is None or prev.lemma_ not in ("faire", "laisser") or prev.lower_.endswith("ant"):
            return verb.i
        return prev.i

    def _before_group(self, verb: Token, group_start: int, reach: int) -> int:
        """The word before the cue group of ``verb`` (the comma of an incise), past
        adverbs, inverted clitics, an auxiliary the parser left out of the group
        ("…, a-t-on également souligné") and the "fait" of "fait valoir"."""
        doc = self.doc
        phrase = self._phrase_start(verb)
        k = group_start - 1
        while k > 0 and group_start - k <= reach and (
            doc[k].pos_ == "ADV" or doc[k].text.startswith("-") or k == phrase
            or (doc[k].pos_ == "AUX" and doc[k].lemma_ in ("avoir", "être"))
        ):
            k -= 1
        return k

    def _incise_subject(self, verb: Token) -> Token | None:
        """The subject after an incise verb; "fait valoir X": after the phrase.
        Asked up to three times per verb by the candidate loop: computed once."""
        if verb.i not in self._incise_subjects:
            self._incise_subjects[verb.i] = self._find_incise_subject(verb)
        return self._incise_subjects[verb.i]

    def _find_incise_subject(self, verb: Token) -> Token | None:
        if "Inf" in verb.morph.get("VerbForm"):
            phrase = self._phrase_start(verb)
            if phrase == verb.i:
                return None  # an infinitive is no incise, but "…, fait valoir X" is
            clitic = next((t for t in self.doc[phrase + 1 : verb.i] if t.text.startswith("-") and t.lower_ != "-t"), None)
            if clitic is not None:
                return clitic  # "…, fait-il valoir, …"
            for tok in self.doc[verb.i + 1 : verb.i + 4]:  # "…, fait valoir la direction, …"
                if tok.pos_ in ("NOUN", "PROPN"):
                    return tok
                if tok.pos_ not in ("DET", "ADJ"):
                    return None
            return None
        if verb.lower_.endswith("ant"):
            return None  # a participle has no subject after it
        return inverted_subject(verb, self._name_start)

    def _incise_frame(self, verb: Token) -> tuple[int, int] | None:
        """(comma before the cue group, comma after the subject) of a mid-sentence
        incise "…, <cue> <subject>, …", or None."""
        doc = self.doc
        if self.in_marks(verb.idx):
            return None
        cue = cue_of(verb)
        group = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if group is None or group.start == 0:
            return None
        k = self._before_group(verb, group.start, 4)  # "…, a cependant estimé X, …", "…, fait valoir X, …"
        if doc[k].text != ",":
            return None
        if not self._is_que_cue(verb) and self.speech_lemma(verb) not in _INCISE_CUES:
            return None  # "…, avait demandé un délai, …": a request, no incise of speech
        subject = self._incise_subject(verb)
        if subject is not None and not subject.text.startswith("-") and any(
            c.dep_.startswith("nsubj") and c.i < verb.i and not c.text.startswith("-") for c in verb.children
        ):
            return None  # "X, ancien champion, a dit …": the subject comes before, no incise
        if subject is None or self.in_marks(subject.idx) or not (
            subject.text.startswith("-") or subject.dep_.startswith("nsubj") or self._names_a_source(subject)
        ):
            return None
        _, e = self.sentence_of(verb.idx)
        first = max(subject.i, group.end - 1) + 1
        for j in range(first, min(len(doc), first + 12)):
            tok = doc[j]
            if tok.idx >= e or tok.text in (".", ";", ":", "!", "?", "(") or tok.text in data.QUOTE_CHARS:
                return None
            if self.in_marks(tok.idx) or (tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")):
                return None  # "…, dit le maire qui a ajouté …": no closing comma of an incise
            if tok.text == ",":
                return k, j
        return None

    def _opens_incise(self, comma: int) -> bool:
        """Does an incise ("…, ajoute-t-elle", "…, juge X, …") start after this comma?
        Content before it ends at the comma: the incise and what follows it are not
        the words of the clause's speaker."""
        doc = self.doc
        for j in range(comma + 1, min(len(doc), comma + 4)):
            tok = doc[j]
            if self.in_marks(tok.idx):
                return False
            if self.is_speech_verb(tok, incise=True):
                subject = self._incise_subject(tok)
                return subject is not None and subject.i > comma and not self.in_marks(subject.idx)
            if not (tok.pos_ in ("ADV", "AUX") or tok.text.startswith("-") or tok.lemma_ in ("faire", "laisser")):
                return False
        return False

    def _incise_pieces(self, verb: Token, frame: tuple[int, int], before: Candidate | None) -> list[Candidate]:
        """The content pieces around the incise ``frame`` of ``verb``: ``before`` (the
        inverted-subject content up to the incise, when the finder found one) or the
        bare subject before it, and the rest of the sentence after it."""
        doc = self.doc
        c1, c2 = frame
        s, e = self.sentence_of(verb.idx)
        a_start, a_end = self._trimmed(s, doc[c1].idx)
        opening = doc.char_span(a_start, a_end, alignment_mode="contract")
        if opening is None or not len(opening) or self.in_marks(opening[-1].idx) or opening[-1].text in data.QUOTE_CHARS:
            return []  # "« … », a-t-il dit, …": the incise of a direct quote
        quoted = any(self.in_marks(t.idx) for t in opening)  # "« … », a-t-il ajouté en citant X, qui mène, dit-il, …"
        last = opening[-1]
        unfinished = last.pos_ in _UNFINISHED_ENDS or last.lower_ in ("que", "qu'", "qu’") or not self._has_finite_verb(a_start, a_end)
        # the segment after the incise
        k = c2 + 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k >= len(doc) or doc[k].idx >= e:
            return []
        first = doc[k]
        if first.lower_ in ("et", "mais") and not unfinished:
            return []  # ", a précisé X, et …": the speaker's next act as often as content
        if first.lower_ in _NOT_CONTENT_OPENERS and not unfinished or (
            first.lower_ in ("qui", "dont", "où", "avant", "après", "afin", "selon", "en") or first.lower_.endswith("ant")
        ):
            return []
        b_start, b_end = self._content(k, self._clause_last(k, verb))
        # "C'est une erreur, affirme-t-il, de fermer …": the subject the opening announced
        extraposed = first.lower_ in ("de", "d'", "d’") and k + 1 < len(doc) and "Inf" in doc[k + 1].morph.get("VerbForm")
        if len(self.text[b_start:b_end].split()) < 2 or not (unfinished or extraposed or self._has_finite_verb(b_start, b_end)):
            return []  # ", a déclaré X, mardi soir sur une radio": when and where, not what
        pieces = []
        verb_after = first.pos_ in ("VERB", "AUX") or (first.pos_ in ("PRON", "ADV") and first.head.pos_ in ("VERB", "AUX") and first.head.i > first.i)
        if before is not None and not unfinished and not quoted:
            pieces.append(before)
        elif (
            before is None and not quoted and verb_after and opening[0].pos_ in ("DET", "NOUN", "PROPN")
            and any(t.pos_ in ("NOUN", "PROPN") for t in opening)
            and not any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") for t in opening[1:] if t.dep_ != "case")
        ):
            # "La prévention, juge X, se heurte …": the subject of the content's verb
            pieces.append(Candidate(a_start, a_end, "indirect", verb=verb, rule="inverted_subject"))
        pieces.append(Candidate(b_start, b_end, "indirect", verb=verb, rule="inverted_subject"))
        subject = self._incise_subject(verb)
        if "Inf" in verb.morph.get("VerbForm") and not subject.text.startswith("-"):
            # "fait valoir X": the attribution reads no subject after an infinitive
            for piece in pieces:
                piece.source, piece.cue, piece.rule = doc[subject.i : subject.i + 1], cue_of(verb), "source"
        return pieces
