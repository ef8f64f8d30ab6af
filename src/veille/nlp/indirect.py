"""Indirect speech: reported content without quote marks.

"X a affirmé que <content>", "X dit avoir <content>", "selon X, <content>",
"<content>, indique X", "X fait état de <content>", "pour X, <content>". Each
pattern reads the parse around a speech verb or preposition and returns a
:class:`Candidate` (content span, cue, source) for the quote finder to attribute.
Where the content ends is decided in :mod:`veille.nlp.indirect_bounds`; the
"selon X" / "pour X" patterns live in :mod:`veille.nlp.indirect_sources`; whether a
speech verb has a speaker other than the writer, in :mod:`veille.nlp.indirect_speaker`;
the guideline's exclusions (a direct quote's attribution, a reporter's observation),
in :mod:`veille.nlp.indirect_filters`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .coreference import pronoun_form
from .indirect_bounds import _DAYS, _GLUED_SENTENCE_END, _RELATIVES, Candidate
from .indirect_filters import ContentFilters
from .indirect_incise import REPORTING_INCISES, InciseContent
from .indirect_judgements import JUDGEMENT_PARTICIPLES, JudgementContent
from .indirect_objects import CLAIM_OBJECT_VERBS, NOMINAL_CUES, ObjectContent, claim_verb_lemma
from .indirect_sources import SourcedContent
from .indirect_speaker import SpeakerChecks
from .lang import fr_quotes as data
from .speech_syntax import _TIME_WORDS, cue_of, find_subject, inverted_subject, subject_of
from .verb_forms import bare_past_participle

__all__ = ["Candidate", "IndirectSpeech"]  # Candidate lives in indirect_bounds, re-exported

_MONTHS = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                     "octobre", "novembre", "décembre"})

#: words before "que" that make it a purpose, time or comparison clause
_NOT_REPORTING_BEFORE_QUE = frozenset(
    {"pour", "afin", "avant", "sans", "bien", "alors", "parce", "dès", "tandis", "plus",
     "moins", "autant", "ainsi", "tant", "même", "tard", "tôt", "lors", "depuis", "pendant",
     "après", "jusqu'à", "sauf", "si", "tel", "telle", "tels", "telles", "aussi", "autre",
     "plutôt", "mieux", "pire", "davantage", "encore", "ne", "n'", "n’", "à", "de", "d'", "d’"}
)

#: what stands between a short quote and its cue ("« Merci », a-t-il dit")
_AFTER_SHORT_QUOTE = frozenset({",", "»", "”", "\""})

#: a colon that opens a quotation
_COLON_QUOTE = re.compile(r":\s*[«\"“]")



class IndirectSpeech(SourcedContent, InciseContent, ObjectContent, JudgementContent, ContentFilters, SpeakerChecks):
    """Indirect-speech patterns, mixed into the quote finder's per-document worker.

    They read its ``doc``, ``text``, ``index`` and helpers (``in_marks``,
    ``sentence_of``, ``is_speech_verb``, ``speech_lemma``, ``_name_start``).
    """

    def indirect_candidates(self, direct: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        # the last token that may stand between a short quote and its cue, kept
        # while walking the document (was: a look at the five tokens before each one)
        last_after_quote = -6
        for token in self.doc:
            after_quote = token.i - last_after_quote <= 5
            if token.text in _AFTER_SHORT_QUOTE:
                last_after_quote = token.i
            if self.in_marks(token.idx) or self._agent_participle(token):
                continue
            cand = None
            pieces: list[Candidate] = []
            speech = self.is_speech_verb(token)  # (an incise admits more verbs: those only asked then)
            if token.lower_ == "selon" or (
                token.lower_ == "après" and token.i and token.doc[token.i - 1].lower_ in ("d'", "d’")
            ):
                cand = self._selon(token)
            elif token.lower_ == "pour" and self._opens_sentence(token):
                cand = self._pour(token)
            elif token.lower_ == "pour" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "qui":
                cand = self._pour_qui(token)
            elif token.lower_ in ("à", "a", "aux", "de") and token.text[:1].isupper():
                cand = self._opinion_phrase(token)
            elif token.lemma_.lower() in JUDGEMENT_PARTICIPLES and (cand := self._passive_judgement(token)) is not None:
                pass  # "une réforme jugée « trop libérale » par X"
            elif token.i > 1 and after_quote and (
                speech or self.is_speech_verb(token, incise=True)
            ) and (cand := self._short_utterance(token)) is not None:
                pass
            elif (
                speech or self.speech_lemma(token) in data.INCISE_ONLY_VERBS and self.is_speech_verb(token, incise=True)
            ) and (frame := self._incise_frame(token)) is not None and (
                pieces := self._incise_pieces(token, frame, self._inverted(token) if speech else None)
            ):
                pass  # "La réforme, juge l'économiste, arrive trop tard": a piece on each side
            elif speech:
                cand = (
                    self._comme_clause(token) or self._que_clause(token) or self._wh_clause(token) or self._infinitive(token) or self._colon_content(token)
                    or self._inverted(token) or self._object(token) or self._se_dire(token)
                )
            elif token.lemma_ == "faire":
                cand = self._faire_etat(token)
            elif token.lower_ in NOMINAL_CUES and token.pos_ == "NOUN":
                cand = self._nominal_cue(token)  # "l'annonce du ministre que …"
            elif token.pos_ == "VERB" and claim_verb_lemma(token) in CLAIM_OBJECT_VERBS:
                cand = self._object(token)  # "a condamné <NP>": no speech verb of the shared list
            for cand in pieces or ([cand] if cand is not None else []):
                self._keep(cand, direct, taken, out)
        return out

    def _agent_participle(self, token: Token) -> bool:
        """ "des images, dévoilées par la télévision, montrent …": a past participle with
        no auxiliary and its agent right after is an adjective, neither a cue nor an incise."""
        return (
            token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "par"  # (cheap test first: every token)
            and bare_past_participle(token)
        )

    def _keep(self, cand: Candidate, direct: list[Candidate], taken: list[tuple[int, int]], out: list[Candidate]) -> None:
        if len(self.text[cand.start : cand.end].split()) < 2 and not (
            cand.rule == "selon" and any(ch.isdigit() for ch in self.text[cand.start : cand.end])
        ):
            return  # one word says nothing, except a figure a source vouches for
        if any(cand.start < e and s < cand.end for s, e in taken) or self._reporter_observation(cand):
            return
        if self._mostly_quoted(cand, direct):
            return  # "« … », a déclaré X": the attribution of a direct quote
        self._shared_subject(cand, out)
        taken.append((cand.start, cand.end))
        out.append(cand)

    def _shared_subject(self, cand: Candidate, out: list[Candidate]) -> None:
        """ "X a dit craindre que … et dénoncé …": the second cue has no subject of
        its own and shares the first cue's. The parser hangs it on the first
        content's verb, whose subject ("les annonces") is not the speaker."""
        verb = cand.verb
        if verb is not None and cand.source is None and (speaker := self._participle_speaker(verb)) is not None:
            cand.source, cand.cue, cand.rule = self.doc[speaker.i : speaker.i + 1], cue_of(verb), "source"
            return
        if verb is None or cand.source is not None or verb.dep_ != "conj" or not out:
            return
        prev = out[-1]
        if prev.verb is None or not prev.start <= verb.head.idx < prev.end or prev.end > verb.idx:
            return
        if any(c.dep_.startswith("nsubj") for c in verb.children):
            return
        s, _ = self.sentence_of(prev.verb.idx)
        subject = find_subject(prev.verb, s, lambda t: not self.in_marks(t.idx))
        if subject is None or subject.i > prev.verb.i:
            return
        cand.source, cand.cue, cand.rule = self.doc[subject.i : subject.i + 1], cue_of(verb), "source"

    def _sentence_first_token(self, token: Token) -> int:
        s, _ = self.sentence_of(token.idx)
        span = self.doc.char_span(s, token.idx + len(token.text), alignment_mode="expand")
        if span is None:
            return -1
        for t in span:
            if not (t.is_space or t.is_punct):
                return t.i
        return -1

    def _is_que_cue(self, verb: Token) -> bool:
        prev = self.doc[verb.i - 1].lower_ if verb.i else ""
        if prev in ("autrement", "proprement", "soi-disant", "pour") or "-à-" in verb.text:
            return False  # "autrement dit", "à proprement parler", "pour ainsi dire"
        if self.speech_lemma(verb) == "rapporter" and any(
            t.lower_ in ("que", "qu'", "qu’") for t in self.doc[verb.i + 1 : verb.i + 6]
        ):
            return True  # "ont rapporté à l'AFP qu'il …": reported speech (not "rapporter un objet")
        if self.speech_lemma(verb) == "lancer" and verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].lower_ in ("que", "qu'", "qu’"):
            return True  # "il avait lancé que …": said (not "lancer un appel")
        return self.speech_lemma(verb) not in data.NOT_QUE_CUES

    def _que_clause(self, verb: Token) -> Candidate | None:
        """ "X a affirmé que <content>" (content = the clause after "que")."""
        if not self._is_que_cue(verb):
            return None
        que = None
        after_aside = False  # "que" right after an aside opened by a comma after the verb
        for child in verb.children:
            if child.i < verb.i or child.dep_ not in ("ccomp", "obj", "xcomp", "advcl", "conj"):
                continue
            marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’")]
            if marks and verb.i < marks[0].i <= verb.i + 8:
                que = (marks[0], child)
                break
        if que is None:
            # the parser often hangs the clause elsewhere: "que" a few words after the verb
            in_aside = False
            for tok in self.doc[verb.i + 1 : verb.i + 25]:
                if tok.lower_ in ("que", "qu'", "qu’") and (
                    tok.pos_ == "SCONJ" or tok.dep_ == "mark" or self._addressee_before(tok, verb)
                ) and (
                    tok.i - verb.i <= 8 or self.doc[tok.i - 1].text == ","
                ):  # "a affirmé, au cours d'une réunion avec X, un syndicat, que …": after an aside
                    que = (tok, tok.head if tok.head.i > tok.i else None)
                    after_aside = self.doc[tok.i - 1].text == "," and self.doc[verb.i + 1].text == ","
                    break
                if tok.text == "," and (in_aside or tok.i == verb.i + 1):
                    in_aside = not in_aside  # "a annoncé, il y a quelque temps déjà, que …"
                    continue
                if (tok.pos_ in ("VERB",) and not in_aside) or tok.text in (".", ";", ":", "!", "?", "«", "\"") or self.in_marks(tok.idx):
                    break
        if que is None:
            return None
        mark, clause = que
        if self.in_marks(mark.idx) and not self.in_marks(verb.idx):
            return None  # "s'est dit « sûr qu'il … »": the quoted words only (decision 4)
        if ("Rel" in mark.morph.get("PronType") or mark.pos_ == "PRON" or mark.dep_ in ("obj", "nsubj")) and not (
            self._addressee_before(mark, verb) or (after_aside and mark.dep_ == "mark")
        ):
            # "le contenu des conversations que les policiers ont eues": a relative; but
            # "a estimé, au terme d'une semaine marquée par …, qu'il fallait …" closes an
            # aside the parser read as a noun phrase, and "qu'" opens the content
            return None
        if any(t.text == "%" for t in self.doc[verb.i + 1 : mark.i]) or any(
            t.text == "%" for t in self.doc[max(0, verb.i - 6) : verb.i]
        ):
            return None  # "les Français considèrent à 74 % que …": a poll figure (decision 13)
        while clause is not None and clause.pos_ not in ("VERB", "AUX") and clause.dep_.startswith("nsubj") and clause.head.i > mark.i:
            # "que « l'ensemble des salariés » verront …": the parser hung "que" on the
            # subject; the clause is its verb's, up to the verb's right edge
            clause = clause.head
        if any(
            t.lower_ in ("plus", "moins", "autant", "mieux", "davantage")
            and self.doc[t.i - 1].lower_ not in ("de", "non", "en")  # "précise de plus que"
            for t in self.doc[verb.i + 1 : mark.i]
        ):
            return None  # "menace plus sûrement la République que …": a comparison
        before_que = self.doc[mark.i - 1].lower_
        if before_que in _NOT_REPORTING_BEFORE_QUE and not (
            before_que == "plus" and self.doc[mark.i - 2].lower_ == "de"
        ):
            return None  # "pour que", "plus tard que", "ainsi que": not a content clause
        first = mark.i + 1
        last = self._clause_last(first, verb) if first < len(self.doc) else first - 1
        if first > last or not self._has_source(verb):
            return None
        start, end = self._content(first, last)
        return Candidate(start, end, "indirect", verb=verb, rule="subject", after_que=True)

    def _addressee_before(self, mark: Token, verb: Token) -> bool:
        """ "a annoncé à l'AFP qu'elle présenterait …": after the speech verb's
        addressee ("à l'AFP", "aux journalistes", "devant la presse") "que" opens the
        content, though the parser reads a relative clause of the addressee."""
        noun = self.doc[mark.i - 1]
        if noun.lower_ in _DAYS and verb.i < noun.i <= verb.i + 2:
            return True  # "a annoncé lundi qu'elle …": a day, not the antecedent of a relative
        while noun.head.i < noun.i and verb.i < noun.head.i and (
            noun.dep_.startswith("flat") or noun.dep_ == "amod" or noun.dep_ == "nmod" and any(
                c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in noun.children
            )
        ):
            # "à Radio Nord": the name's head; "à la radio locale", "à l'agence de
            # presse": the addressee is the head noun before its adjective or complement
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != verb.i or not verb.i < noun.i <= verb.i + 5:
            return False
        return any(
            c.dep_ == "case" and (c.lower_ in ("à", "au", "aux", "devant", "auprès") or (
                c.lower_ in ("sur", "dans") and noun.pos_ == "PROPN"  # "a expliqué sur France Inter qu'…"
            ))
            for c in noun.children
        )

    def _infinitive(self, verb: Token) -> Candidate | None:
        """ "X a indiqué avoir ouvert une enquête", "ils affirment avoir été visés"."""
        if not self._is_que_cue(verb):
            return None
        if verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].lower_ in ("comment", "pourquoi", "où", "quand"):
            return None  # "explique comment monter la tente": a how-to, not a statement
        if any(t.text.endswith("%") for t in self.doc[max(0, verb.i - 5) : verb.i]):
            return None  # "46 % disent soutenir …": a poll figure, not speech (decision 13)
        for child in verb.children:
            infinitive = "Inf" in child.morph.get("VerbForm") or any(
                c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in child.children
            )  # "a indiqué avoir ouvert une enquête"
            if (
                child.dep_ in ("xcomp", "ccomp", "obj")
                and child.i > verb.i
                and child.i - verb.i <= 10
                and infinitive
                and not any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’", "à", "pour") for c in child.children)
            ):
                if not self._has_source(verb):
                    return None
                first = min(child.left_edge.i, child.i)
                first = max(first, verb.i + 1)
                if self.in_marks(self.doc[first].idx) and not (
                    child.pos_ in ("VERB", "AUX") and "Inf" in child.morph.get("VerbForm")
                    and not any(m.open <= child.idx <= m.close for m in self.marked_long)
                ):
                    # "ajoute un couplet « pouvoir d'achat »": a quoted label; but "a dit
                    # « craindre » que …" is a short quoted verb of the content (decision 3)
                    return None
                if first == child.i and first > verb.i + 1 and self.doc[first - 1].text in data.QUOTE_CHARS:
                    first -= 1  # the opening mark of "« craindre »" is part of the content
                start, end = self._content(first, self._clause_last(first, verb))
                if len(self.text[start:end].split()) < 3:
                    return None
                mark = next((m for m in self.marked if m.open <= child.idx <= m.close), None)
                if mark is not None and len(self.text[mark.close + 1 : end].split()) < 2:
                    return None  # "ajoute un couplet « pouvoir d'achat »": only the quoted words
                return Candidate(start, end, "indirect", verb=verb, rule="subject")
        # the parser often hangs the infinitive elsewhere when adverbials sit
        # between ("a annoncé lundi, à Davos, avoir abaissé …"): read the words
        first = self._first_after_adverbials(verb)
        if first is None or "Inf" not in first.morph.get("VerbForm") or first.pos_ not in ("VERB", "AUX"):
            return None
        if self.doc[first.i - 1].lower_ in ("de", "d'", "d’", "à", "pour", "sans"):
            return None  # "décide de partir", "appelle à manifester": no statement
        k = first.i
        while k - 1 > verb.i and self.doc[k - 1].lower_ in ("ne", "n'", "n’", "pas", "plus", "jamais", "guère"):
            k -= 1  # "précise ne pas pouvoir …": the negation is the content's
        return self._to_sentence_end(verb, self.doc[k])

    def _first_after_adverbials(self, verb: Token) -> Token | None:
        """The first word after ``verb`` that is not a clitic, an adverb, a time word
        or an aside between commas ("a annoncé lundi, à Davos, avoir …")."""
        doc = self.doc
        k = verb.i + 1
        limit = min(len(doc), verb.i + 14)
        while k < limit:
            tok = doc[k]
            if tok.is_space or tok.text.startswith("-") or tok.pos_ == "ADV" or tok.lower_ in _TIME_WORDS:
                k += 1
                continue
            if tok.lower_ in ("le", "l'", "l’") and k + 2 < limit and doc[k + 1].like_num and doc[k + 2].lower_ in _MONTHS:
                k += 3  # "a annoncé le 10 octobre à l'ONU avoir déposé …": a date
                continue
            if tok.text == ",":
                close = next((t.i for t in doc[k + 1 : limit] if t.text == ","), None)
                if close is None or any(t.pos_ in ("VERB", "AUX") or self.in_marks(t.idx) for t in doc[k + 1 : close]):
                    return None
                k = close + 1
                continue
            if tok.pos_ == "ADP" and tok.lower_ in ("à", "au", "aux", "devant", "sur", "dans", "lors", "auprès"):
                # "a déclaré à l'AFP avoir …", "a assuré devant la presse être …"
                j = k + 1
                while j < limit and doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP") and doc[j].lower_ not in ("à", "de", "d'", "d’"):
                    j += 1
                if j == k + 1:
                    return None
                k = j
                continue
            return tok
        return None

    def _to_sentence_end(self, verb: Token, first: Token) -> Candidate | None:
        if self.in_marks(first.idx) or not self._has_source(verb):
            return None
        start, end = self._content(first.i, self._clause_last(first.i, verb))
        if len(self.text[start:end].split()) < 3:
            return None
        return Candidate(start, end, "indirect", verb=verb, rule="subject")

    def _wh_clause(self, verb: Token) -> Candidate | None:
        """ "Elles racontent comment elles sont passées aux actes", "il explique
        pourquoi …": the interrogative word is left out like "que" (decision 7)."""
        k = verb.i + 1
        if k + 1 >= len(self.doc) or self.doc[k].lower_ not in ("comment", "pourquoi") or not self._is_que_cue(verb):
            return None
        _, e = self.sentence_of(verb.idx)
        if not self._has_finite_verb(self.doc[k + 1].idx, e) or not self._has_source(verb):
            return None  # "explique comment faire": no statement of its own
        start, end = self._content(k + 1, self._clause_last(k + 1, verb))
        if len(self.text[start:end].split()) < 3:
            return None
        return Candidate(start, end, "indirect", verb=verb, rule="subject", after_que=True)

    def _colon_content(self, verb: Token) -> Candidate | None:
        """ "…, avant d'avertir : les réunions n'ont pas vocation à …" """
        if not self._is_que_cue(verb):
            return None
        k = verb.i + 1
        while k < len(self.doc) and (self.doc[k].text.startswith("-") or self.doc[k].is_space):
            k += 1
        if k + 1 >= len(self.doc) or self.doc[k].text != ":":
            return None
        first = self.doc[k + 1]
        if first.text in data.QUOTE_CHARS or self.in_marks(first.idx):
            return None  # a direct quote follows: that is the quote's colon
        _, e = self.sentence_of(first.idx)
        start, end = self._trimmed(first.idx, e)
        if len(self.text[start:end].split()) < 3 or not self._has_source(verb):
            return None
        return Candidate(start, end, "indirect", verb=verb, rule="subject")

    def _se_dire(self, verb: Token) -> Candidate | None:
        """ "Le maire s'est dit prêt à recevoir une délégation" """
        if self.speech_lemma(verb) not in ("dire", "déclarer", "montrer", "affirmer"):
            return None
        reflexive = ("se", "s'", "s’")
        if not any(c.lower_ in reflexive for c in verb.children) and not any(
            t.lower_ in reflexive for t in self.doc[max(0, verb.i - 3) : verb.i]
        ):
            return None
        subject = find_subject(verb, self.sentence_of(verb.idx)[0], lambda t: not self.in_marks(t.idx))
        if subject is not None and any(t.text == "%" for t in subject.subtree):
            return None  # "25 % des Français se disent satisfaits": a poll figure, not speech
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ in ("ADJ", "VERB") and child.i > verb.i and child.i - verb.i <= 4:
                start, end = self._content(min(child.left_edge.i, child.i), child.right_edge.i)
                if len(self.text[start:end].split()) >= 3 and self._has_source(verb):
                    return Candidate(start, end, "indirect", verb=verb, rule="subject")
        # "s'est dit prêt à …", "s'était déclaré disposé, ce lundi, à …": the
        # attribute right after the verb, however the parser attached it
        first = self._first_after_adverbials(verb)
        if first is not None and first.text in data.QUOTE_CHARS and not any(
            m.open == first.idx for m in self.marked_long
        ) and first.i + 1 < len(self.doc) and self.doc[first.i + 1].pos_ in ("ADJ", "VERB", "ADV"):
            # "se dit « gravement préoccupée » par …": an attribute of three words or
            # fewer in marks is part of the reported content (decision 3)
            if not self._has_source(verb):
                return None
            start, end = self._content(first.i, self._clause_last(first.i, verb))
            if len(self.text[start:end].split()) < 3:
                return None
            return Candidate(start, end, "indirect", verb=verb, rule="subject")
        if first is None or first.pos_ not in ("ADJ", "VERB") or (
            first.pos_ == "VERB" and "Part" not in first.morph.get("VerbForm")
        ):
            return None
        return self._to_sentence_end(verb, first)

    def _faire_etat(self, verb: Token) -> Candidate | None:
        """ "La préfecture a fait état d'une personne blessée" """
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if nxt is None or nxt.lower_ != "état":
            return None
        k = verb.i + 2
        if k < len(self.doc) and self.doc[k].lower_ in ("de", "d'", "d’"):
            k += 1
        if k >= len(self.doc):
            return None
        _, e = self.sentence_of(self.doc[k].idx)
        start, end = self._trimmed(self.doc[k].idx, e)
        if len(self.text[start:end].split()) < 3 or not self._has_source(verb):
            return None
        return Candidate(start, end, "indirect", verb=verb, rule="subject")

    def _inverted(self, verb: Token) -> Candidate | None:
        """ "<content>, indique X." / "<content>, a-t-il expliqué." / "…, a-t-on appris de X" """
        cue = cue_of(verb)
        group = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if group is None or group.start == 0:
            return None
        comma = self._before_group(verb, group.start, 5)
        if self.doc[comma].text != ",":
            return None
        subject = self._incise_subject(verb)  # an infinitive only after "fait valoir", "fait-il valoir"
        if subject is None or self.in_marks(subject.idx):
            return None
        if not self._is_que_cue(verb) and not (
            self.speech_lemma(verb) == "apprendre" and pronoun_form(subject) == "on" and self._appris_de(verb)
        ) and self.speech_lemma(verb) not in REPORTING_INCISES:
            return None  # "…, a-t-on appris de sources gouvernementales" does report
        before = subject_of(verb)
        if (
            before is not None and before.i < verb.i and not subject.text.startswith("-")
            and subject.dep_ not in ("nsubj", "nsubj:pass", "expl:subj")
            and not (before.head.i != verb.i and self._names_a_source(subject))
            and not (before.i < comma and (
                self._finite_clause(before.idx, self.doc[comma].idx)
                or any(c.dep_.startswith("aux") and c.i < comma for c in verb.children)
            ))
        ):
            # "X, ancien champion, avait demandé un délai": not inverted; but a subject
            # the parser only inherited from an earlier clause ("<clause>, prévient
            # encore la police"), or one followed by its own finite verb before the
            # comma ("La violence est au cœur du mouvement, a estimé X") or by an
            # "auxiliary" of the cue before the comma (the content's own verb, "Il n'y
            # aurait « aucun obstacle » à …, a estimé X"), is the content's, and does
            # not stop a source after the verb
            return None
        if subject.pos_ == "PRON" and not subject.text.startswith("-"):
            return None
        source = self._appris_de(verb) if pronoun_form(subject) == "on" else None
        if "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm"):
            return None  # "…, confirmant une information": a participle, not an incise
        s, _ = self.sentence_of(cue.start)
        start, end = self._trimmed(s, self.doc[comma].idx)
        for glued in _GLUED_SENTENCE_END.finditer(self.text, start, end):
            if not self.in_marks(glued.start()):
                start = glued.end()  # "…en région parisienne.«C'est …», a indiqué X": the last sentence only
        colon = _COLON_QUOTE.search(self.text, start, end)
        if colon and not self.in_marks(colon.start()):
            # "Un accueil n'est pas garanti : « … », réagissait X": the colon hands
            # over to the quote, the words before are the journalist's
            start = colon.end() - 1
        if len(self.text[start:end].split()) < 3:
            return None
        if not self._has_finite_verb(start, end) and (
            self.text[start:end].split()[0].lower() in _RELATIVES or not self._finite_clause(start, end)
        ):
            # "Maxime Dupont, un des meneurs, qui …, annonce une manifestation": a
            # subject with its asides, not reported content (which says something);
            # "Rien que mardi, quatre camions ont été bloqués" is one
            return None
        cand = Candidate(start, end, "indirect", verb=verb, rule="inverted_subject")
        if source is None and "Inf" in verb.morph.get("VerbForm") and not subject.text.startswith("-"):
            source = self.doc[subject.i : subject.i + 1]  # "fait valoir X": no subject after an infinitive
        if source is not None:
            cand.source, cand.cue, cand.rule = source, cue, "source"
        return cand

    def _comme_clause(self, verb: Token) -> Candidate | None:
        """ "<content>, comme l'a souligné la Cour des comptes", "Comme l'a rappelé X,
        <content>": "comme" with the clitic "l'"/"le" standing for the clause attributes
        that clause to the verb's subject."""
        doc = self.doc
        k = verb.i - 1
        clitic = False
        while k > 0 and verb.i - k <= 5 and doc[k].lower_ != "comme":
            tok = doc[k]
            clitic = clitic or tok.lower_ in ("l'", "l’", "le")
            if not (tok.pos_ in ("AUX", "ADV", "PRON") or tok.text.startswith("-") or tok.lower_ in ("l'", "l’", "le")):
                return None
            k -= 1
        if doc[k].lower_ != "comme" or not clitic or self.in_marks(doc[k].idx) or not self._is_que_cue(verb):
            return None  # ("comme l'exige la CGT": a demand, the clitic stands for the thing demanded)
        s, e = self.sentence_of(verb.idx)
        if not self.text[s : doc[k].idx].strip():
            # "Comme l'a rappelé X, <content>": the clause after the subject's comma
            comma = next((t for t in doc[verb.i + 1 : verb.i + 12] if t.text == "," and t.idx < e), None)
            if comma is None:
                return None
            start, end = self._content(comma.i + 1, self._clause_last(comma.i + 1, verb))
        else:
            subject_end = max((t.i for t in doc[verb.i + 1 : verb.i + 8] if t.text == ","), default=None)
            if subject_end is not None and any("Fin" in t.morph.get("VerbForm") for t in doc[subject_end + 1 :] if t.idx < e):
                return None  # "Un compromis qui, comme l'explique X, ménageait …": an incise inside the clause
            start, end = self._trimmed(s, doc[k].idx)
            for glued in _GLUED_SENTENCE_END.finditer(self.text, start, end):
                if not self.in_marks(glued.start()):
                    start = glued.end()
        subject = find_subject(verb, s, lambda t: not self.in_marks(t.idx))
        if subject is None or subject.pos_ == "PRON" or len(self.text[start:end].split()) < 3 or not self._has_source(verb):
            # ("comme il l'a dit": the pronoun's person is too often another one
            # named in the clause itself; a named source only)
            return None
        return Candidate(start, end, "indirect", verb=verb, rule="subject")

    def _short_utterance(self, verb: Token) -> Candidate | None:
        """ "« Quelle honte », a lancé le maire", "« On part quand? » demandait X":
        three words or fewer in marks opening the sentence, with a cue of their own
        right after, are a complete utterance too short to be direct: one indirect
        quotation, marks included (decision 3, test3 reading)."""
        cue = cue_of(verb)
        group = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if group is None or group.start < 2:
            return None
        k = self._before_group(verb, group.start, 5)
        if self.doc[k].text == ",":
            k -= 1
        close = self.doc[k]
        if close.text not in data.CLOSING_MARKS:
            return None
        mark = next((m for m in self.marked if m.close == close.idx), None)
        if mark is None or mark.words(self.text) >= self.min_words or self.text[self.sentence_of(mark.open)[0] : mark.open].strip():
            return None
        subject = self._incise_subject(verb)
        if subject is None or self.in_marks(subject.idx):
            return None
        return Candidate(mark.open, mark.close + 1, "indirect", verb=verb, rule="inverted_subject")

    def _appris_de(self, verb: Token) -> Span | None:
        """ "a-t-on appris de sources gouvernementales / auprès de la préfecture"."""
        if verb.lemma_ != "apprendre" and verb.lower_ not in ("appris", "apprend"):
            return None
        toks = self.doc[verb.i + 1 : verb.i + 4]
        for t in toks:
            if t.lower_ in ("de", "d'", "d’", "auprès", "des", "du") and t.i + 1 < len(self.doc):
                start = t.i + 1
                while start < len(self.doc) and self.doc[start].lower_ in ("de", "d'", "d’"):
                    start += 1
                end = start
                while end < len(self.doc) and self.doc[end].text not in (",", ".", ";", ":", "(") and end - start < 8:
                    end += 1
                if end > start:
                    return self.doc[start:end]
            if t.text in (",", ".", ";"):
                break
        return None
