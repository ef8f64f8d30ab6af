"""Content vouched for by a source named with a preposition: "selon X, …",
"d'après X, …", "pour X, …", "…, X, pour qui …" (mixed into the indirect-speech
finder). Which side of "selon X" carries the statement is decided here, with the
boundary helpers of :mod:`veille.nlp.indirect_bounds`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..models import Cue
from .coreference import normalise_name, pronoun_form
from .indirect_bounds import _GLUED_SENTENCE_END, _RELATIVES, Candidate, ContentBounds
from .lang import fr_quotes as data
from .speech_syntax import _TIME_WORDS, inverted_subject, is_person_noun

#: A short noun phrase between commas right after a source: its apposition
#: ("Selon Paul Roux, photographe depuis 20 ans, …"); the caller checks it has no
#: verb and that "selon" opens the sentence.
_APPOSITION = re.compile(r",\s*(?:[^\s,;:«»\"]+\s+){0,5}[^\s,;:«»\"]+\s*,")

#: Documents that vouch for what they say ("selon le baromètre de X", "selon
#: l'article 11 de la Constitution", "selon leur page Facebook"; decision 18)
_DOCUMENT_SOURCES = frozenset({"baromètre", "article", "page", "code", "loi", "constitution", "traité",
                               "règlement", "statuts", "charte", "compte", "fil", "relevé", "palmarès",
                               "classement", "enquête", "rapport", "note", "communiqué", "projet"})

#: what a body says or counts: "selon un point / un bilan / des chiffres de la préfecture"
_REPORT_NOUNS = frozenset({"point", "bilan", "chiffre", "estimation", "décompte", "comptage", "donnée", "statistique",
                           "source", "témoignage", "version", "déclaration", "propos", "calcul", "communication"})

#: A short parenthesis right after a source ("(INRS)", "(LR)").
_PARENTHESIS = re.compile(r"\s*\([^()\n]{1,40}\)")

#: set phrases that attribute what follows like "selon X" (the source follows them)
_OPINION_PHRASE = re.compile(r"(?:[àa] en croire|[àa] entendre|aux yeux d(?:e|u|es)|de l['’]avis d(?:e|u|es))\s+", re.I)

#: conjunctions opening a clause that states a contrast or a cause of its own
_CONTRAST_OPENERS = re.compile(r"(?:(?:alors|tandis|bien|parce)\s+qu(?:e\b|['’])|puisqu(?:e\b|['’])|même\s+si\b)\s*", re.I)


#: words of a count before its number ("près de 50 000", "environ 200", "plus de 300")
_COUNT_QUANTIFIERS = frozenset({"près", "environ", "quelque", "plus", "moins", "quasiment",
                                "presque", "au", "de", "d'", "d’", "entre"})


def _figure(token: Token) -> bool:
    """A number written in figures ("84.000", "10", "500"): counts are, in news text."""
    digits = token.text
    for sep in (".", ",", "\u202f", "\xa0"):
        digits = digits.replace(sep, "")
    return digits.isdigit()

class SourcedContent(ContentBounds):
    """ "selon X" / "pour X" patterns; they read the finder's ``doc``, ``text``,
    ``index``, ``marked`` and helpers (``sentence_of``, ``in_marks``, ``_content``)."""

    def _pour(self, prep: Token) -> Candidate | None:
        """ "Pour Eric Dupont, <content>": an opinion attributed to a named source."""
        head = prep.head
        if head.i <= prep.i or head.i - prep.i > 5:
            return None
        nxt = self.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(self.doc) else None
        if nxt is None or nxt.text != ",":
            return None
        if not self._opinion_holder(prep, head):
            return None
        _, e = self.sentence_of(prep.idx)
        start, end = self._trimmed(nxt.idx + 1, e)
        if len(self.text[start:end].split()) < 3:
            return None
        cue = Cue(prep.idx, prep.idx + len(prep.text), prep.text)
        return Candidate(start, end, "indirect", source=self.doc[prep.i + 1 : head.i + 1], cue=cue, rule="selon")

    def _opinion_phrase(self, first: Token) -> Candidate | None:
        """ "À en croire X, …", "À entendre X, …", "Aux yeux de X, …", "De l'avis de
        X, …": set phrases that attribute the rest of the sentence like "selon X"."""
        m = _OPINION_PHRASE.match(self.text, first.idx)
        if m is None or not self._opens_sentence(first):
            return None
        comma = self.text.find(",", m.end(), self.sentence_of(first.idx)[1])
        if comma < 0:
            return None
        source = self.doc.char_span(m.end(), comma, alignment_mode="contract")
        if source is None or not 0 < len(source) <= 6:
            return None
        head = source.root
        if not (pronoun_form(head) in ("lui", "elle", "eux", "elles") or self.index.entity_in(
            source.start_char, source.end_char, ("PER", "ORG")
        ) is not None or self._names_a_source(head)):
            return None  # "À entendre les cris, …": a sound, not a source
        _, e = self.sentence_of(first.idx)
        start, end = self._trimmed(comma + 1, e)
        if len(self.text[start:end].split()) < 3:
            return None
        cue = Cue(first.idx, m.end(), self.text[first.idx : m.end()].rstrip())
        return Candidate(start, end, "indirect", source=source, cue=cue, rule="selon")

    def _pour_qui(self, prep: Token) -> Candidate | None:
        """ "…, a répondu X, pour qui <content>": the relative "pour qui" gives the
        opinion of a person or body it follows; "les familles pour qui la cantine
        reste chère" (beneficiaries, plural common noun) is no opinion."""
        k = prep.i - 1
        if k >= 0 and self.doc[k].text == ",":
            k -= 1
        if k < 0 or self.in_marks(self.doc[k].idx):
            return None
        ante = self.doc[k]
        named = self.index.entity_in(ante.idx, ante.idx + len(ante.text), ("PER", "ORG")) is not None
        if not named and not (
            "Plur" not in ante.morph.get("Number") and ante.pos_ == "NOUN"
            and (ante.lower_ in data.PER_DESCRIPTIONS or ante.lower_ in data.ORG_DESCRIPTIONS
                 or ante.lower_ in data.SOURCE_NOUNS or is_person_noun(ante))
        ):
            return None
        first = prep.i + 2
        if first >= len(self.doc) or not self._has_finite_verb(self.doc[first].idx, self.sentence_of(prep.idx)[1]):
            return None
        start, end = self._content(first, self._clause_last(first, prep))
        if len(self.text[start:end].split()) < 3:
            return None
        cue = Cue(prep.idx, prep.idx + len(prep.text), prep.text)
        j = k
        while j > 0 and self.doc[j - 1].pos_ == "PROPN" and not self.in_marks(self.doc[j - 1].idx):
            j -= 1  # the whole name ("Paul Verdier"), or the noun with its determiner
        if not named and j > 0 and self.doc[j - 1].pos_ == "DET":
            j -= 1
        return Candidate(start, end, "indirect", source=self.doc[j : k + 1], cue=cue, rule="selon", after_que=True)

    def _opens_sentence(self, token: Token) -> bool:
        """Does ``token`` open its sentence, after a list number or a conjunction
        ("2) Pour la fédération, …", "Mais pour le syndicat, …")?"""
        first = self._sentence_first_token(token)
        if first < 0 or first > token.i:
            return False
        return all(
            t.like_num or t.is_punct or t.is_space or t.lower_ in ("mais", "et", "or")
            for t in self.doc[first : token.i]
        )

    def _opinion_holder(self, prep: Token, head: Token) -> bool:
        """ "Pour <X>, …" gives X's opinion when X can hold one: a person or a body
        named ("Pour la FEB"), a pronoun for a person, or one person or body described
        ("Pour le ministre", "Pour la fédération"); "Pour les entreprises, la mesure
        coûte …" (beneficiaries) and places are not opinions."""
        if pronoun_form(head) in ("lui", "elle", "eux", "elles"):
            return True
        if head.lower_ == "aucuns" and head.i - prep.i <= 2:
            # "Pour d'aucuns, …": people holding an opinion ("Pour certains, un retour
            # s'est concrétisé" is as often those it happened to)
            return True
        if self.index.entity_in(self.doc[prep.i + 1].idx, head.idx + len(head.text), ("PER", "ORG")) is not None:
            return True
        if "Plur" in head.morph.get("Number") or not any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in head.children):
            return False
        word = head.lower_
        return word in data.PER_DESCRIPTIONS or word in data.ORG_DESCRIPTIONS or word in data.SOURCE_NOUNS

    def _selon(self, prep: Token) -> Candidate | None:
        source_head = prep.head
        if prep.dep_ == "fixed" and source_head.i == prep.i - 1:
            source_head = source_head.head  # "D'" + fixed "après": the source hangs on "D'"
        if source_head.i == prep.i or source_head.i < prep.i:
            return None
        last = source_head.i
        for t in self.doc[source_head.i + 1 : source_head.right_edge.i + 1]:
            if t.text in (",", ".", ";", ":", "(", "«", "\""):
                break
            if t.lower_ in _RELATIVES or (t.pos_ == "ADP" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ in _RELATIVES):
                break  # "selon un rapport sur ces quartiers dans lesquels vivent …": the relative is content
            if t.lower_ in ("et", "ou") and self._opens_clause(t):
                break  # "selon le procureur et M. X « a voulu … »": a new subject and its verb
            last = t.i
        source = self.doc[prep.i + 1 : last + 1]
        own = []
        for t in self.doc[prep.i + 1 : source_head.right_edge.i + 1]:
            if t.text in (",", ";", ":", "("):
                break  # "selon ce décret, lu par notre journal, …": an aside, the source is the decree
            own.append(t)
        if any(t.lower_ in ("nous", "nos", "notre") for t in own):
            return None  # "selon les renseignements que nous avons obtenus": the outlet's sourcing
        norm = normalise_name(source.text)
        if norm in data.NOT_SOURCES or norm.split()[:1] in (["nos"], ["notre"], ["mes"], ["mon"], ["ma"]):
            return None
        if source_head.pos_ not in ("PROPN", "NOUN", "PRON") or not self._is_source(source_head, source):
            return None
        if source_head.lower_ in ("ce", "c'", "c’"):
            # "d'après ce qu'a expliqué le maire": the speaker of the relative clause;
            # "d'après ce qu'il est possible de voir": no one said it
            said = next((t for t in self.doc[source_head.i + 1 : source_head.i + 8] if self.is_speech_verb(t)), None)
            speaker = inverted_subject(said, self._name_start) if said is not None else None
            if speaker is None or speaker.pos_ == "PRON" or speaker.text.startswith("-"):
                return None
            source = self.doc[speaker.left_edge.i : speaker.i + 1]
        s, e = self.sentence_of(prep.idx)
        for glued in _GLUED_SENTENCE_END.finditer(self.text, s, e):
            if self.in_marks(glued.start()):
                continue
            if glued.start() < prep.idx:
                s = glued.end()  # "…pédophiles.D'après ce blogueur, …": the sentence the cue is in
            else:
                e = glued.start()
                break
        group_start = prep.idx if prep.lower_ == "selon" else self.doc[prep.i - 1].idx
        left = self._trimmed(s, group_start)
        quoted = next((m for m in self.marked if m.close + 1 == left[1]), None)
        if quoted is not None and self.text[s : quoted.open].rstrip().endswith(","):
            # "…le dépôt, « le seul site qui … », selon X": X vouches for the quoted
            # apposition only, which the direct quote already reports
            left = (quoted.open, left[1])
        after_source = source.end_char
        aside = _PARENTHESIS.match(self.text, after_source)
        if aside and aside.end() <= e:
            after_source = aside.end()  # "selon l'Institut … (INRS), …": the acronym is the source's
        apposition = _APPOSITION.match(self.text, after_source)
        if apposition and apposition.end() < e and not self.text[s : group_start].strip(" \n,"):
            inner = self.doc.char_span(apposition.start() + 1, apposition.end() - 1, alignment_mode="contract")
            if (
                inner is not None and len(self.text[apposition.end() : e].split()) >= 3
                and not any(t.pos_ in ("VERB", "AUX") or t.pos_ == "PRON" for t in inner)
                and any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _TIME_WORDS for t in inner)
                and inner[0].pos_ not in ("DET", "NUM")  # "Selon X, des pierres, des boulons …": content
            ):
                after_source = apposition.end()  # "Selon X, photographe depuis 20 ans, il s'agit …"
        right = self._trimmed(after_source, e)
        for tok in self.tokens_between(right[0], right[1]):
            if tok.text == "," and not self.in_marks(tok.idx) and self._opens_incise(tok.i):
                right = self._trimmed(right[0], tok.idx)  # "…, indique-t-on à la police": the incise is no content
                break
        if self.text[s:group_start].strip(" \n,").lower() in ("", "mais", "et", "or") and (
            skipped := self._source_relative(right)
        ) is not None:
            right = skipped  # "selon un témoin qui a filmé la scène, X, il s'agit …": the source's relative
        left_words = len(self.text[left[0] : left[1]].split())
        right_words = len(self.text[right[0] : right[1]].split())
        if left_words < 3 and right_words < 3:
            return None
        relative = self._relative_side(source_head, prep, left)
        epithet = self._quoted_epithet(group_start, right)
        coordinated = self.doc.char_span(right[0], right[1], alignment_mode="contract") if right_words >= 3 else None
        if left_words >= 3 and coordinated is not None and coordinated[0].lower_ in ("et", "ou") and self._opens_clause(coordinated[0]):
            # "<clause> selon X et Y « a voulu … »": X vouches for the clause it closes;
            # the next one, with its own subject, is not read as the same content
            right, right_words = (right[1], right[1]), 0
        if epithet is not None:
            start, end = epithet
        elif (count := self._count_before(group_start)) is not None:
            start, end = count  # "réuni 84 000 personnes selon la police": the count only (decision 12)
        elif source_head.lower_ in ("qui", "lequel", "laquelle", "lesquels", "lesquelles") and right_words >= 3:
            # "…, a chiffré X, selon qui <content>": X's, the clause after (decision 8), up
            # to where the antecedent's own verb resumes ("X, selon laquelle <content>, a présenté …")
            start, end = self._relative_end(source_head, right)
        elif (segment := self._last_segment(left, right, group_start)) is not None:
            start, end = segment
        elif relative is not None and right_words < 3:
            start, end = relative
        elif (
            right_words >= 3 and self._set_off(group_start) and self._has_finite_verb(*right)
            and _CONTRAST_OPENERS.match(self.text, left[0], left[1])
        ):
            # "Alors que la réunion avait été fixée à midi, selon X, la police a …":
            # X vouches for the contrasted clause it closes, not for the main one
            start, end = _CONTRAST_OPENERS.match(self.text, left[0], left[1]).end(), left[1]
        elif left_words < 3:
            start, end = right
        elif right_words < 3:
            start, end = left
        elif (figure := self._figure_before(prep, right)) is not None:
            start, end = figure
        elif self._set_off(group_start) and self._figure_subject(left, right):
            start, end = left  # "Entre 500 et 600 personnes, selon X, ont défilé": the figure (decision 12)
        elif (
            self._set_off(group_start) and self._has_finite_verb(*left) != self._has_finite_verb(*right)
            and not self._unfinished(left)
        ):
            # "X ont été blessés, selon Y, sans pouvoir établir un bilan", "…, selon Y,
            # du comité d'organisation": the side without a finite verb is an aside
            start, end = left if self._has_finite_verb(*left) else right
        else:
            start, end = self._trimmed(s, e)
        cue_start = group_start
        cue = Cue(cue_start, prep.idx + len(prep.text), self.text[cue_start : prep.idx + len(prep.text)])
        return Candidate(start, end, "indirect", source=source, cue=cue, rule="selon")


    def _count_before(self, group_start: int) -> tuple[int, int] | None:
        """The count a "selon" group closes, when it follows it directly ("a réuni
        84 000 personnes selon la police", "près de 50 000 gilets jaunes (selon le
        ministère)", "(10 500, selon la préfecture)"): a number in figures, the noun
        it counts and its quantifiers, nothing else of the clause (decision 12). A
        percentage or an amount ("a baissé de 2 %") is a claim, read whole."""
        k = self.doc.char_span(group_start, group_start + 1, alignment_mode="expand")
        if k is None:
            return None
        doc = self.doc
        i = k.start - 1
        while i >= 0 and (doc[i].is_space or doc[i].text in (",", "(")):
            i -= 1
        end_i = i
        # the counted noun and its adjectives ("gilets jaunes", "personnes")
        while i >= 0 and end_i - i < 4 and doc[i].pos_ in ("NOUN", "ADJ") and not _figure(doc[i]):
            i -= 1
        counted = i < end_i
        if i < 0 or not _figure(doc[i]):
            return None
        while i >= 0 and (
            _figure(doc[i]) or doc[i].lower_ in _COUNT_QUANTIFIERS
            or (doc[i].lower_ in ("et", "à") and i > 0 and _figure(doc[i - 1]))
        ):
            i -= 1  # "10 500" (two tokens), "près de", "entre 300 et 400", "300 à 400"
        first = i + 1
        while doc[first].lower_ in ("de", "d'", "d’"):
            first += 1  # a "de" left in front belongs to what precedes ("un total de 32")
        bracketed = first > 0 and doc[first - 1].text == "("
        if not (counted or bracketed) or doc[end_i].text in ("%", "€", "$"):
            return None
        return self._trimmed(doc[first].idx, doc[end_i].idx + len(doc[end_i].text))

    def _opens_clause(self, conj: Token) -> bool:
        """Does the coordination ``conj`` open a clause of its own (a noun phrase then a
        finite verb before any punctuation), rather than join a second source?"""
        for t in self.doc[conj.i + 1 : conj.i + 8]:
            if t.text in data.QUOTE_CHARS:
                continue  # "et X « a voulu … »": the verb is quoted
            if t.is_punct or t.lower_ in _RELATIVES:
                return False
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                return t.i > conj.i + 1
        return False

    def _relative_end(self, pronoun: Token, right: tuple[int, int]) -> tuple[int, int]:
        """The content of "X, selon laquelle <content>, a présenté …": it ends at a comma
        followed by a verb with no subject of its own, the antecedent's verb resuming
        (the parser often hangs it on the relative clause)."""
        for tok in self.tokens_between(right[0], right[1]):
            if tok.text != "," or self.in_marks(tok.idx) or tok.i + 1 >= len(self.doc):
                continue
            k = tok.i + 1
            while k < len(self.doc) - 1 and self.doc[k].pos_ == "ADV" and self.doc[k].lower_ not in ("ne", "n'", "n’"):
                k += 1
            nxt = self.doc[k]
            resumes = (nxt.pos_ == "AUX" and self.doc[k + 1].pos_ in ("VERB", "ADV", "AUX")) or (
                nxt.pos_ == "VERB" and "Fin" in nxt.morph.get("VerbForm"))
            if resumes and not any(c.dep_.startswith("nsubj") for c in nxt.head.children if c.i > tok.i):
                return self._trimmed(right[0], tok.idx)
        return right

    def _last_segment(self, left: tuple[int, int], right: tuple[int, int], group_start: int) -> tuple[int, int] | None:
        """ "…, où près de 400 cheminots, selon X, ont …", "ont approuvé le texte, non « par
        enthousiasme » mais par « loyauté » d'après X": a verbless segment between the
        clause's last comma and "selon X" is what X vouches for (decision 12 for a
        figure); the clause before the comma is the journalist's. Set off by commas,
        the segment must be a figure, subject of the verb after "selon X" (else it is
        as often a part of the clause: ", ainsi que trois communes voisines, selon X")."""
        commas = [k for k in range(left[0], left[1]) if self.text[k] == "," and not self.in_marks(k)]
        if not commas:
            return None
        comma = commas[-1]
        clause_start = commas[-2] + 1 if len(commas) > 1 else left[0]
        clause = self.tokens_between(*self._trimmed(clause_start, comma))
        if not any("Fin" in t.morph.get("VerbForm") and t.dep_ != "acl:relcl" and not self.in_marks(t.idx) for t in clause):
            return None  # "l'un d'eux ayant été blessé à la cuisse, par une grenade selon lui": one clause
        start, end = self._trimmed(comma + 1, left[1])
        first = self.text[start:end].split(maxsplit=1)
        if len(first) == 2 and first[0].lower() in _RELATIVES:
            start, end = self._trimmed(start + len(first[0]), end)  # "où 400 cheminots": the relative's figure
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or not 2 <= len(self.text[start:end].split()) <= 10 or self._has_finite_verb(start, end):
            return None
        if span[-1].lower_ in _RELATIVES:
            return None  # "…, ce qui selon lui devrait …": the relative's clause is after "selon X"
        if any(t.pos_ in ("VERB", "AUX") and not self.in_marks(t.idx) for t in span):
            return None
        if self._set_off(group_start) and not (
            any(t.like_num or t.pos_ == "NUM" for t in span) and self._has_finite_verb(*right)
        ):
            return None  # (set off, a figure that is the subject of the verb after it)
        return start, end

    def _quoted_epithet(self, group_start: int, right: tuple[int, int]) -> tuple[int, int] | None:
        """ "…sur le maire, « vrai responsable » selon lui de la crise, lors du
        débat": "selon X" glued to a short quoted epithet vouches for the epithet and
        its complement, up to the next comma, not for the sentence around it."""
        before = self.text[:group_start].rstrip()
        if not before or before[-1] not in data.CLOSING_MARKS:
            return None
        mark = next((m for m in self.marked if m.close + 1 == len(before)), None)
        if mark is None or len(self.text[mark.open + 1 : mark.close].split()) > 3:
            return None
        comma = self.text.find(",", group_start, right[1])
        end = comma if comma >= 0 else right[1]
        if not self.text[max(0, mark.open - 2) : mark.open].strip() in (",", ""):
            return None  # only an apposition ("le maire, « … » selon lui …")
        return mark.open, end

    def _relative_side(self, source_head: Token, prep: Token, left: tuple[int, int]) -> tuple[int, int] | None:
        """ "…, la présidente du RN, dont l'électorat soutient le mouvement selon
        plusieurs études": "selon" inside a relative clause vouches for that clause
        only (its relative pronoun left out, like "que")."""
        verb = source_head.head
        if verb.dep_ != "acl:relcl" or verb.i > prep.i:
            return None
        first = verb.left_edge
        if first.lower_ not in _RELATIVES or first.idx < left[0]:
            return None
        start, end = self._trimmed(first.idx + len(first.text), prep.idx)
        return (start, end) if len(self.text[start:end].split()) >= 3 else None

    def _source_relative(self, right: tuple[int, int]) -> tuple[int, int] | None:
        """The content after a relative clause on the source and its apposition
        ("selon un témoin qui a filmé la scène, Paul Roux, <content>"), or None when
        the side does not open with a relative pronoun or no clause follows it."""
        first = self.text[right[0] : right[1]].split(maxsplit=1)[:1]
        if not first or first[0].lower() not in ("qui", "dont", "que", "qu'", "qu’"):
            return None
        comma = self.text.find(",", right[0], right[1])
        if comma < 0:
            return None
        nxt = self.text.find(",", comma + 1, right[1])
        if nxt > 0:
            between = self.doc.char_span(comma + 1, nxt, alignment_mode="contract")
            if between is not None and len(between) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in between):
                comma = nxt  # "…, Paul Roux, …": the witness's name in apposition
        rest = self._trimmed(comma + 1, right[1])
        return rest if self._has_finite_verb(*rest) else None

    def _figure_subject(self, left: tuple[int, int], right: tuple[int, int]) -> bool:
        """Is the side before "selon X" a short noun phrase holding a figure that
        is the subject of the verb opening the other side?"""
        span = self.doc.char_span(left[0], left[1], alignment_mode="contract")
        after = self.doc.char_span(right[0], right[1], alignment_mode="contract")
        if span is None or after is None or not len(after) or sum(not t.is_space for t in span) > 8 or self._has_finite_verb(*left):
            # (the no-break spaces of "800 et 900" are tokens of their own)
            return False
        if not any(t.like_num or t.pos_ == "NUM" for t in span) or any(t.text == "%" for t in span):
            return False
        k = 0
        while k < len(after) - 1 and after[k].pos_ in ("ADV", "PRON") and after[k].lower_ not in ("qui", "que"):
            k += 1  # "ne", "se", "y": clitics before the verb
        return after[k].pos_ in ("VERB", "AUX") and "Fin" in after[k].morph.get("VerbForm")

    def _is_source(self, head: Token, source: Span) -> bool:
        """Can "selon <source>" name who said something? People, organisations,
        documents, groups: yes; "selon la méthode", "selon le terme": no."""
        if head.pos_ in ("PROPN", "PRON") or self.index.entity_in(head.idx, head.idx + len(head.text)):
            return True
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if source is not None and nxt is not None and nxt.pos_ == "PROPN" and nxt.head.i == head.i and head.text[:1].isupper():
            return True  # "selon Me Fédida", "selon Dr Roux": a title the tagger took for a noun
        word = head.lower_
        lemma = head.lemma_.lower()
        if word in _DOCUMENT_SOURCES or lemma in _DOCUMENT_SOURCES:
            return True
        if source is not None and lemma in _REPORT_NOUNS and any(
            c.dep_ == "nmod" and c.i > head.i and any(k.lower_ in ("de", "d'", "d’", "du", "des") for k in c.children)
            and (c.pos_ == "PROPN" or self.index.entity_in(c.idx, c.idx + len(c.text), ("ORG", "PER"))
                 or c.lower_ in data.ORG_DESCRIPTIONS or c.lower_ in data.SOURCE_NOUNS)
            for c in head.children
        ):
            return True  # "selon un point de la préfecture", "selon un bilan de l'ONU": the body's word
        if "Plur" in head.morph.get("Number"):
            return word not in data.NOT_SOURCE_NOUNS and lemma not in data.NOT_SOURCE_NOUNS
        return (
            word in data.SOURCE_NOUNS or lemma in data.SOURCE_NOUNS
            or word in data.PER_DESCRIPTIONS or word in data.ORG_DESCRIPTIONS
            or word in data.DOCUMENT_DESCRIPTIONS or lemma in data.DOCUMENT_DESCRIPTIONS
            or is_person_noun(head)
        )
