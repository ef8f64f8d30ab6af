"""Where reported content starts and ends (mixed into the indirect-speech finder).

The parser's right edge of a clause often stops short (at a quote mark, inside a
hyphenated word) or runs on (into the speaker's own participle or next clause), so
the content is read to the sentence end and cut where a segment clearly belongs to
the speaker or to another statement. The same helpers choose the side of "selon X"
that carries the statement.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..models import Cue
from .lang import fr_quotes as data
from .quote_marks import MarkedSpan

#: relative pronouns: what follows them belongs to the noun before
_RELATIVES = frozenset({"où", "qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles",
                        "duquel", "auquel", "auxquels", "auxquelles"})


#: days (and "hier") that sit between a verb and its complement: "a annoncé lundi qu'…"
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"})

#: nouns set in apposition to a whole clause to comment on it: ", conséquence de …"
_SUMMARY_NOUNS = frozenset({"conséquence", "signe", "preuve", "symbole", "illustration", "résultat", "reflet",
                            "témoignage", "effet", "suite", "fruit", "aveu"})


def before_clitics(token: Token) -> Token | None:
    """The word before ``token`` past inverted clitics: "fait" in "fait-il valoir"."""
    k = token.i - 1
    while k > 0 and token.doc[k].text.startswith("-") and token.doc[k].lower_ != "-":
        k -= 1
    return token.doc[k] if token.i else None


#: A period glued to a capital or a quote mark (after a word or a closing mark:
#: "les faits ».« On …"): a sentence end with its space lost
_GLUED_SENTENCE_END = re.compile(r"(?:(?<=[a-zà-ÿ]{2})|(?<=[»”]))\.(?=[A-ZÀ-ÖØ-Þ«\"“])")


@dataclass
class Candidate:
    """A quotation found but not yet attributed, with what attribution needs."""

    start: int
    end: int
    kind: str
    marks: MarkedSpan | None = None
    verb: Token | None = None  # speech verb of indirect speech / incise
    source: Span | None = None  # "selon X": X
    cue: Cue | None = None
    rule: str = "subject"
    siblings: list[Candidate] = field(default_factory=list)
    after_que: bool = False  # content of a "que" clause (a quote may open it)


class ContentBounds:
    """Content-boundary helpers; they read the finder's ``doc``, ``text``,
    ``sentence_of``, ``in_marks`` and ``is_speech_verb``."""

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        return start, end

    def _content(self, first: int, last: int) -> tuple[int, int]:
        doc = self.doc
        while last + 1 < len(doc) and not doc[last].whitespace_ and (
            doc[last + 1].text.startswith("-") or doc[last].text.endswith("-")
        ) and not (doc[last + 1].text == "-" and doc[last + 1].whitespace_):
            last += 1  # "centre" + "-" + "ville": the parse ends inside a hyphenated word
        _, e = self.sentence_of(doc[first].idx)
        # a token glued across a sentence end ("perturbations.À") stops at the end
        start, end = doc[first].idx, min(e, doc[last].idx + len(doc[last].text))
        glued = _GLUED_SENTENCE_END.search(self.text, start, end)
        if glued and not self.in_marks(glued.start()):
            end = glued.start()  # "…perturbations.À Paris": a period glued to the next sentence
        return self._trimmed(start, end)

    def _clause_last(self, first: int, verb: Token) -> int:
        """The last token of reported content starting at ``first``: the sentence's
        end, unless a segment after a comma hangs on the speech verb or the main
        clause rather than on the content ("a annoncé avoir abaissé ses prévisions,
        prenant acte de …", "Déplorant que X, la fédération a appelé …"), or a
        semicolon or a colon before a direct quote ends the statement first. The
        parser's right edge of the clause is not used: it often stops at a quote mark
        or a hyphen ("centre-ville")."""
        doc = self.doc
        _, e = self.sentence_of(doc[first].idx)
        # after "que" or "pour qui" a clause must come: a comma before its verb ends nothing
        opens_que = first > 0 and doc[first - 1].lower_ in ("que", "qu'", "qu’", "qui")
        last = first
        for k in range(first, len(doc)):
            tok = doc[k]
            if tok.idx >= e:
                break
            if k > first and not self.in_marks(tok.idx):
                if tok.text == ";" or (tok.text == ":" and k + 1 < len(doc) and doc[k + 1].text in data.QUOTE_CHARS):
                    break
                if tok.text == "," and (
                    verb.dep_ in ("acl:relcl", "advcl") or (verb.lower_.endswith("ant") and (
                        verb.i < verb.head.i or self._sentence_first_token(verb) == verb.i))
                    or any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < verb.i for c in verb.children)
                ) and self._main_clause_after(k, e):  # ("Quand X s'inquiète de …, elle …": a subordinate verb)
                    break  # "Au moment où on affirme que X, le président a …": the main clause resumes
                if tok.text == "," and self._closing_source(k, e):
                    break  # "…, selon un sondage publié par X": another source vouches for the whole
                if tok.text == "," and self._commentary(k, e):
                    break  # "…, conséquence de …", "…, comme l'exige la loi": the journalist's comment
                if tok.text == "," and self._opens_incise(k):
                    # "…, ajoute-t-elle", "… puisque, fait valoir X, …": the incise and
                    # its speaker's words are no content, nor the conjunction before it
                    while last > first and (doc[last].pos_ in ("SCONJ", "CCONJ") or doc[last].is_space):
                        last -= 1
                    break
                if tok.text == "," and doc[k - 1].lower_ in _RELATIVES:
                    pass  # "« … », qui, comme toute fraude, est « sanctionnée »": the relative's aside
                elif tok.text == "," and self._speaker_participle(k, e):
                    break  # "…, assurant que …": the speaker's next act
                elif tok.text == "," and opens_que and not self._has_finite_verb(doc[first].idx, tok.idx):
                    pass  # "qu'en cas de retard, le règlement prévoit …": the clause is still to come
                elif tok.text == "," and (
                    (not self._aside(k, e) and self._attaches_outside(k, first, verb, e))
                    or self._another_statement(k, e)
                ):
                    break
                if tok.lower_ == "tout" and k + 2 < len(doc) and doc[k + 1].lower_ == "en" and doc[k + 2].lower_.endswith("ant"):
                    break  # "a confirmé que le sommet était reporté tout en publiant …": the speaker's own act
                if tok.lower_ in ("et", "mais") and doc[k - 1].text != "," and self._new_clause_outside(k, first, verb, e):
                    break  # "… à l'IGPN et ils vont porter plainte": the speaker's own next act
                if tok.lower_ in ("et", "mais") and not opens_que and self._subject_after_infinitive(k, first, e):
                    break  # "prétend parler à tous mais il a stigmatisé …": a clause of its own
                if tok.lower_ == "et" and self._second_cue(k, verb, opens_que, e):
                    break  # "a dit craindre … et dénoncé …": a second statement of the speaker
            if not tok.is_space:
                last = k
        return last

    def _subject_after_infinitive(self, conj: int, first: int, end_char: int) -> bool:
        """Infinitive content ("dit avoir …", "prétend parler …") has no subject of its
        own: a personal pronoun subject with a finite verb after "et" / "mais" starts
        a new clause, outside the content."""
        doc = self.doc
        opening = doc[first]
        if opening.lower_ in ("ne", "n'", "n’") and first + 1 < len(doc):
            opening = doc[first + 1]
        if "Inf" not in opening.morph.get("VerbForm"):
            return False
        k = conj + 1
        if k + 1 >= len(doc) or doc[k].idx >= end_char or self.in_marks(doc[k].idx):
            return False
        subject, verb = doc[k], doc[k + 1]
        if verb.lower_ in ("ne", "n'", "n’", "se", "s'", "s’", "l'", "l’", "le", "la", "les", "y", "en") and k + 2 < len(doc):
            verb = doc[k + 2]
        return subject.lower_ in ("il", "elle", "ils", "elles", "on", "nous", "je", "j'", "j’", "vous") and (
            "Fin" in verb.morph.get("VerbForm")
        )

    def _main_clause_after(self, comma: int, end_char: int) -> bool:
        """Does a clause with a noun subject of its own start after this comma ("…,
        le président de la République a déjà donné …")?"""
        doc = self.doc
        k = comma + 1
        if k + 1 < len(doc) and doc[k].lower_ in ("il", "elle", "ils", "elles", "on") and not self.in_marks(doc[k].idx):
            # "Estimant que …, elle a regretté …": a subject pronoun and its verb
            return any("Fin" in t.morph.get("VerbForm") for t in doc[k + 1 : k + 4] if t.pos_ in ("VERB", "AUX"))
        if k >= len(doc) or doc[k].pos_ != "DET":
            return False
        in_brackets = False
        for tok in doc[k + 1 : k + 22]:
            if tok.idx >= end_char or self.in_marks(tok.idx) or tok.text in (";", ":"):
                return False
            if tok.text in ("(", ")"):
                in_brackets = tok.text == "("  # "la FNTR et ses alliés (TFL, …) ont appelé"
                continue
            if in_brackets:
                continue
            if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
                return True
            if tok.text == "," or tok.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "DET", "ADV", "CCONJ"):
                return False
        return False

    def _closing_source(self, comma: int, end_char: int) -> bool:
        """Does "selon / d'après X" after this comma close the sentence (no finite
        verb after it)?"""
        doc = self.doc
        k = comma + 1
        if k + 1 >= len(doc) or self.in_marks(doc[k].idx):
            return False
        if not (doc[k].lower_ == "selon" or (doc[k].lower_ in ("d'", "d’") and doc[k + 1].lower_ == "après")):
            return False
        # the group must close the sentence: "qui ont, selon lui, nourri …" goes on after it
        return not self._has_finite_verb(doc[k].idx, end_char) and "," not in self.text[doc[k].idx : end_char]

    def _commentary(self, comma: int, end_char: int) -> bool:
        """Does the segment after this comma comment on the whole statement rather
        than continue it? A bare noun in apposition to the clause ("…, conséquence de
        la fronde", "…, signe que …"), an indefinite noun phrase with its relative
        clause ("…, un projet qui figure dans l'accord"), or "comme" + a verb with its
        own subject ("…, comme l'exige la loi")."""
        doc = self.doc
        k = comma + 1
        if k + 2 >= len(doc) or doc[k].idx >= end_char or self.in_marks(doc[k].idx):
            return False
        first, second, third = doc[k], doc[k + 1], doc[k + 2]
        if first.lower_ in _SUMMARY_NOUNS and second.lower_ in ("de", "d'", "d’", "du", "des", "que", "qu'", "qu’"):
            return True  # (", victime d'une violence" describes the noun before: still content)
        if first.lower_ in ("un", "une") and second.pos_ == "NOUN" and third.lower_ in ("qui", "dont", "que", "qu'", "qu’"):
            return True
        if first.lower_ == "comme":
            for tok in doc[k + 1 : k + 4]:
                if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
                    return True
                if tok.pos_ not in ("PRON", "DET", "ADV") and tok.lower_ not in ("l'", "l’", "le", "la", "les"):
                    return False
        return False

    def _second_cue(self, conj: int, verb: Token, opens_que: bool, end_char: int) -> bool:
        """Is the speech verb after this "et" coordinated with the cue rather than
        part of the content? A bare past participle sharing the cue's auxiliary ("a
        dit craindre … et dénoncé …"), or any finite verb after infinitive content
        ("assure avoir besoin … et raconte avoir …"): an infinitive clause has no
        finite verb of its own. After "que", a finite verb may be the content's ("a
        estimé que la direction ment et annonce …"), so that one is kept."""
        doc = self.doc
        k = conj + 1
        while k < len(doc) and (doc[k].pos_ == "ADV" or doc[k].is_space):
            k += 1
        if k >= len(doc) or doc[k].idx >= end_char or self.in_marks(doc[k].idx) or not self.is_speech_verb(doc[k]):
            return False
        form = doc[k].morph.get("VerbForm")
        if "Part" in form and doc[k].lower_.endswith("ant"):
            return True  # "affirmant que « … » et soulignant …": the speaker's next act, as after a comma
        if "Part" in form and "Past" in doc[k].morph.get("Tense"):
            return "Part" in verb.morph.get("VerbForm") and any(c.dep_.startswith("aux") for c in verb.children)
        return "Fin" in form and not opens_que

    def _speaker_participle(self, comma: int, end_char: int) -> bool:
        """Does a present participle of speech open the segment after this comma
        ("…, assurant que …", "…, précisant …")? It is the speaker's next act, not
        content. (Reaction participles, "…, suscitant la colère", are left in: after
        "que" they as often describe the reported event.)"""
        k = comma + 1
        while k < len(self.doc) and self.doc[k].is_space:
            k += 1
        if k >= len(self.doc) or self.doc[k].idx >= end_char or self.in_marks(self.doc[k].idx):
            return False
        tok = self.doc[k]
        if not tok.lower_.endswith("ant") or tok.pos_ not in ("VERB", "AUX"):
            return False
        return self.is_speech_verb(tok)

    def _another_statement(self, comma: int, end_char: int) -> bool:
        """Does a new speech verb with its own "que" follow this comma in the sentence
        ("X prévient que « … », la commission, dirigée par Y, juge que …")? The
        content ends before it, however the parser hung it."""
        doc = self.doc
        for k in range(comma + 1, len(doc) - 1):
            tok = doc[k]
            if tok.idx >= end_char:
                return False
            if self.in_marks(tok.idx):
                continue
            if doc[k + 1].lower_ in ("que", "qu'", "qu’") and self.is_speech_verb(tok) and tok.lower_ not in ("dit", "dire"):
                between = doc[comma + 1 : k]
                # its own subject after the comma, not the content's verb after an aside
                return any(t.pos_ in ("NOUN", "PROPN") for t in between) and not any(
                    t.lower_ in ("qui", "que", "qu'", "qu’", "dont") for t in between
                )
        return False

    def _aside(self, comma: int, end_char: int) -> bool:
        """Is the comma at ``comma`` the start of a short aside closed by another comma
        (", par définition,"), after which the clause goes on?"""
        doc = self.doc
        for k in range(comma + 1, min(len(doc), comma + 5)):
            if doc[k].idx >= end_char or doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ":"):
                return False
            if doc[k].dep_.startswith("nsubj"):
                return False  # ", la CNDP, dirigée par …, juge que": a subject, not an aside
            if doc[k].text == ",":
                return k > comma + 1
        return False

    def _new_clause_outside(self, conj: int, first: int, verb: Token, end_char: int) -> bool:
        """After "et"/"mais": a clause with its own subject or a verb coordinated with
        the speech verb, i.e. not part of the reported content."""
        doc = self.doc
        for k in range(conj + 1, min(len(doc), conj + 4)):
            tok = doc[k]
            if tok.idx >= end_char or self.in_marks(tok.idx) or tok.lower_ in ("que", "qu'", "qu’"):
                return False  # "et qu'…": a second reported clause, kept
            if tok.pos_ in ("VERB", "AUX"):
                head = tok if tok.dep_ in ("conj", "ROOT") else tok.head
                return head.dep_ == "conj" and (head.head.i == verb.i or head.head.i < first)
            if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i != tok.i:
                h = tok.head
                return h.dep_ == "conj" and (h.head.i == verb.i or h.head.i < first)
        return False

    def _attaches_outside(self, comma: int, first: int, verb: Token, end_char: int) -> bool:
        """Does the segment after the comma at ``comma`` depend on something outside
        the content [first, comma) (the speech verb, the main clause)?"""
        doc = self.doc
        k = comma + 1
        while k < len(doc) and (doc[k].is_space or doc[k].pos_ == "CCONJ"):
            k += 1
        if k >= len(doc) or doc[k].idx >= end_char or self.in_marks(doc[k].idx):
            return False
        if doc[k].pos_ == "SCONJ" or doc[k].lower_ in ("car", "pour", "afin", "parce", "puisque", "si", "tant", "sauf", "même"):
            return False  # ", pour autant que …", ", car …": a condition or reason of the content
        r = doc[k]
        while r.head.i != r.i and comma < r.head.i and r.head.idx < end_char:
            r = r.head
        if r.head.i == r.i:
            # the segment holds the main clause (a finite verb or a subject of its
            # own), the cue is not in it; a bare infinitive the parser made root is
            # still the cue's complement ("déclaré disposé, ce lundi, à accepter …")
            finite = "Fin" in r.morph.get("VerbForm") or any(
                c.dep_.startswith(("aux", "nsubj", "cop")) and "Fin" in c.morph.get("VerbForm") or c.dep_.startswith("nsubj")
                for c in r.children
            )
            return finite and verb.i < comma
        if r.head.i == verb.i and r.dep_ in ("xcomp", "ccomp", "obj", "obl:arg", "iobj"):
            return False  # "s'est dit disposé, ce lundi, à accepter …": still the verb's content
        return not (first <= r.head.i < comma)

    def _unfinished(self, side: tuple[int, int]) -> bool:
        """Does this side stop on a finite verb, an auxiliary or an adverb, waiting for
        its complement across "selon X" ("X ne fait, selon Y, l'objet d'aucun mandat",
        "il s'agit, selon elle, d'un symbole")?"""
        span = self.doc.char_span(side[0], side[1], alignment_mode="contract")
        if span is None or not len(span):
            return False
        last = span[-1]
        if last.pos_ == "ADV" and len(span) > 1 and span[-2].pos_ in ("AUX", "VERB"):
            last = span[-2]  # "serait donc"
        return last.pos_ == "AUX" or (last.pos_ == "VERB" and (
            "Fin" in last.morph.get("VerbForm")  # a tense without auxiliary: "ne fait"
            or (any(c.dep_.startswith("nsubj") for c in last.children) and not any(c.dep_.startswith("aux") for c in last.children))
        ))

    def _set_off(self, group_start: int) -> bool:
        """Is the "selon" group set off by a comma, a dash or a bracket? ("D'autres ont
        décidé toujours selon X de défiler …" is one statement, read whole.)"""
        before = self.text[:group_start].rstrip()
        return before.endswith((",", "-", "–", "(", "—"))

    def _figure_before(self, prep: Token, right: tuple[int, int]) -> tuple[int, int] | None:
        """"plusieurs milliers de manifestants - 6 000 selon la police -": the source
        vouches for the figure between the dashes or brackets only (decision 12)."""
        if self.text[right[0] : right[0] + 1] not in ("-", "–", "—", ")"):
            return None
        k = prep.i - 1
        while k >= 0 and prep.i - k <= 5 and self.doc[k].text not in ("-", "–", "—", "(", ",", "."):
            k -= 1
        if k < 0 or self.doc[k].text not in ("-", "–", "—", "(") or k == prep.i - 1:
            return None
        if not any(t.like_num or t.pos_ == "NUM" for t in self.doc[k + 1 : prep.i]):
            return None
        return self._trimmed(self.doc[k + 1].idx, prep.idx)

    def _has_finite_verb(self, start: int, end: int) -> bool:
        """Does [start, end) hold a finite verb (or a predicate with its subject)
        outside relative clauses?"""
        first = [w.lower() for w in self.text[start:end].split(maxsplit=2)[:2]]
        if set(first) & _RELATIVES:
            return False  # "…, selon un rapport sur ces quartiers, où vivent …": the source's relative
        return self._finite_clause(start, end)

    def _finite_clause(self, start: int, end: int) -> bool:
        """Does [start, end) hold a finite verb outside relative clauses, whatever its
        first words ("Rien que mardi, quatre camions ont été bloqués")?"""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return False
        for t in span:
            if "Fin" in t.morph.get("VerbForm"):
                verb = t.head if t.dep_.startswith(("aux", "cop")) else t
            elif t.dep_ == "ROOT" and any(c.dep_.startswith("nsubj") for c in t.children):
                verb = t  # "La Commission suggère …" with the verb mistagged as an adjective
            else:
                continue
            if verb.dep_ != "acl:relcl":
                return True
        return False
