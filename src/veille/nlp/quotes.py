"""Component ``veille_quotes``: find quotations and attribute them to speakers.

Three kinds (``veille.models.QUOTE_KINDS``):

- ``direct``: words between quotation marks that stand as an utterance
  ("« Nous irons jusqu'au bout », a déclaré X"); one quote interrupted by an incise
  ("« Nous irons, a-t-il ajouté, jusqu'au bout »") gives two quotes, same speaker;
- ``partial``: four or more quoted words embedded in a sentence
  ("X a écrit qu'il « aurait le contrôle de l'entreprise »");
- ``indirect``: reported content without marks ("X a affirmé que <content>",
  "selon X, <content>", "<content>, indique X").

Quote marks are found by a character scan of ``doc.text``
(:func:`veille.nlp.quote_marks.scan_quote_marks`);
the parse is used only around each candidate (cues, subjects) and for indirect
speech. Speakers are resolved by :mod:`veille.nlp.speakers`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Cue, Quote
from .extensions import QUOTES_KEY
from .lang import fr_quotes as data
from .quote_marks import MarkedSpan, scan_quote_marks, sentence_bounds
from .coreference import Referent, normalise_name, pronoun_form
from .speakers import NO_ATTRIBUTION, Attribution, SpeakerIndex, attribution_from, resolve_subject
from .speech_syntax import cue_of, find_subject, inverted_subject, is_person_noun, subject_of

#: Quoted text of this many words or fewer is a name, label or scare quote.
MIN_QUOTE_WORDS = 4

_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant",
               "èrent", "era", "eront", "erait", "eraient", "ons", "ez", "ais")


def _conjugated_forms() -> dict[str, str]:
    # The model's lemmatizer leaves some present-tense forms unlemmatised
    # ("estime"), so regular -er speech verbs are also matched by form.
    forms: dict[str, str] = {}
    for lemma in data.SPEECH_VERBS_ER:
        if " " in lemma or "'" in lemma or not lemma.endswith("er"):
            continue
        stem = lemma[:-2]
        for ending in _ER_ENDINGS:
            forms.setdefault(stem + ending, lemma)
    forms.update(data.SPEECH_VERB_IRREGULAR_FORMS)
    return forms


_FORMS = _conjugated_forms()
#: words before "que" that make it a purpose, time or comparison clause
_NOT_REPORTING_BEFORE_QUE = frozenset(
    {"pour", "afin", "avant", "sans", "bien", "alors", "parce", "dès", "tandis", "plus",
     "moins", "autant", "ainsi", "tant", "même", "tard", "tôt", "lors", "depuis", "pendant",
     "après", "jusqu'à", "sauf", "si", "tel", "telle", "tels", "telles", "aussi", "autre",
     "plutôt", "mieux", "pire", "davantage", "encore", "ne", "n'", "à", "de", "d'"}
)
_SPEECH_LEMMAS = data.SPEECH_VERBS | {"parler"}


# --- the component ---------------------------------------------------------------------


@dataclass
class _Candidate:
    """A quotation found but not yet attributed, with what attribution needs."""

    start: int
    end: int
    kind: str
    marks: MarkedSpan | None = None
    verb: Token | None = None  # speech verb of indirect speech / incise
    source: Span | None = None  # "selon X": X
    cue: Cue | None = None
    rule: str = "subject"
    siblings: list[_Candidate] = field(default_factory=list)


class QuoteFinder:
    """Find quotations (direct, partial, indirect) and who said them.

    nlp (Language): the pipeline (unused; factories receive it).
    name (str): component name.
    min_words (int): quoted text needs this many words to be a quotation.
    indirect (bool): also find indirect speech.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "veille_quotes",
        *,
        min_words: int = MIN_QUOTE_WORDS,
        indirect: bool = True,
        spans_key: str = QUOTES_KEY,
    ):
        self.name = name
        self.min_words = min_words
        self.indirect = indirect
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        quotes = self.find(doc)
        self.annotate(doc, quotes)
        return doc

    # find ---------------------------------------------------------------------------

    def find(self, doc: Doc) -> list[Quote]:
        """All quotations of ``doc``, attributed, in text order."""
        text = doc.text
        marked = scan_quote_marks(text)
        if not marked:
            marked_long: list[MarkedSpan] = []
        else:
            marked_long = [m for m in marked if m.words(text) >= self.min_words]
        parsed = doc.has_annotation("DEP")
        sentences = sentence_bounds(text, marked)
        finder = _DocQuotes(doc, marked, marked_long, sentences, parsed, self.min_words)
        candidates = finder.direct_candidates()
        if self.indirect and parsed:
            candidates += finder.indirect_candidates(candidates)
        candidates.sort(key=lambda c: (c.start, c.end))
        return finder.attribute(candidates)

    # annotate ------------------------------------------------------------------------

    def annotate(self, doc: Doc, quotes: list[Quote]) -> None:
        """Write ``doc._.veille_quotes`` and the ``veille_quotes`` span group."""
        doc._.veille_quotes = quotes
        spans = []
        for q in quotes:
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans


class _DocQuotes:
    """The per-document work of :class:`QuoteFinder` (state shared by its steps)."""

    def __init__(self, doc, marked, marked_long, sentences, parsed, min_words):
        self.doc = doc
        self.text = doc.text
        self.marked = marked
        self.marked_long = marked_long
        self.sentences = sentences
        self._sent_starts = [s for s, _ in sentences]
        self.parsed = parsed
        self.min_words = min_words
        self.index = SpeakerIndex(doc)
        # Characters inside any pair of marks: cues there belong to the quote.
        self._mask_open = [m.open for m in marked]
        self.index.masked = self.in_marks

    # helpers ----------------------------------------------------------------------------

    def in_marks(self, offset: int) -> bool:
        k = bisect.bisect_right(self._mask_open, offset) - 1
        return k >= 0 and self.marked[k].open <= offset <= self.marked[k].close

    def sentence_of(self, offset: int) -> tuple[int, int]:
        k = max(0, bisect.bisect_right(self._sent_starts, offset) - 1)
        return self.sentences[k] if self.sentences else (0, len(self.text))

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        s = self.text.rfind("\n", 0, offset) + 1
        e = self.text.find("\n", offset)
        return s, (len(self.text) if e < 0 else e)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return list(span) if span is not None else []

    def is_speech_verb(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"):
            return False
        if token.pos_ in ("NOUN", "ADJ", "PROPN"):
            # tagging errors on participles ("a dit", "a estimé") and on incises
            # ("…, note la CNDP", "…, juge-t-il"): trust the form in those places
            prev = token.doc[token.i - 1] if token.i else None
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            after_aux = prev is not None and prev.lemma_ in ("avoir", "être")
            incise = (
                prev is not None and prev.text in (",", "»", "\"", "”")
                and nxt is not None and (nxt.text.startswith("-") or nxt.pos_ in ("DET", "PROPN", "ADP"))
            )
            clitic_after = nxt is not None and (
                (nxt.text.startswith("-") and nxt.lower_ != "-")
                or (nxt.lower_ in ("que", "qu'", "qu’") and prev is not None and prev.pos_ in ("PUNCT", "PROPN", "NOUN"))
            )  # "la CNDP, …, juge que": a noun is not followed by "que" there
            if not (after_aux or incise or clitic_after):
                return False  # ("s'excuse-t-il": an inverted clitic makes it a verb)
        lemma = token.lemma_.lower()
        if lemma in data.SPEECH_VERB_PHRASES:
            prev = token.doc[token.i - 1] if token.i else None
            return prev is not None and prev.lemma_ == data.SPEECH_VERB_PHRASES[lemma]
        if lemma in _SPEECH_LEMMAS:
            return True
        return token.lower_ in _FORMS

    def _name_start(self, token: Token) -> bool:
        m = self.index.entity_in(token.idx, token.idx + 1, ("PER",))
        return m is not None and m.start == token.idx

    def speech_lemma(self, token: Token) -> str:
        lemma = token.lemma_.lower()
        return lemma if lemma in _SPEECH_LEMMAS else _FORMS.get(token.lower_, lemma)

    # direct and partial -------------------------------------------------------------

    def direct_candidates(self) -> list[_Candidate]:
        out: list[_Candidate] = []
        for m in self.marked_long:
            if self._looks_like_label(m):
                continue
            kind = self._direct_kind(m)
            pieces = self._split_incise(m) if self.parsed else None
            if pieces:
                (a_start, a_end), verb, (b_start, b_end) = pieces
                first = _Candidate(a_start, a_end, kind, m, verb=verb, rule="incise")
                second = _Candidate(b_start, b_end, "direct", m, verb=verb, rule="incise")
                first.siblings.append(second)
                out += [first, second]
            else:
                out.append(_Candidate(m.start, m.end, kind, m))
        return out

    def _looks_like_label(self, m: MarkedSpan) -> bool:
        before = self.text[max(0, m.open - 40) : m.open].split()
        if before and before[-1].lower().strip("(,") in data.LABEL_NOUNS:
            return True
        if len(before) >= 2 and before[-2].lower() in ("page", "groupe", "compte", "site", "hashtag"):
            return True  # "sur la page Facebook « … »"
        inner = self.text[m.start : m.end]
        words = inner.split()
        # Titles: every word capitalised, no sentence punctuation.
        caps = sum(1 for w in words if w[:1].isupper())
        return caps == len(words) and not re.search(r"[.,;:!?]", inner)

    def _direct_kind(self, m: MarkedSpan) -> str:
        s, _ = self.sentence_of(m.open)
        before = self.text[s : m.open].strip()
        if not before or before[-1] in ":—–-" or before.endswith(("…", ".")):
            return "direct"
        return "partial"

    def _split_incise(self, m: MarkedSpan):
        """ "« Nous irons, a-t-il ajouté, jusqu'au bout »" -> two pieces and the verb."""
        tokens = self.tokens_between(m.start, m.end)
        for t in tokens:
            if t.text not in (",", "—", "–"):
                continue
            j = t.i + 1
            verb = None
            k = j
            while k < min(j + 4, tokens[-1].i + 1):
                tok = self.doc[k]
                if self.is_speech_verb(tok):
                    verb = tok
                    break
                if not (tok.lemma_ in ("avoir", "être") or tok.text.startswith("-") or tok.lower_ in ("s'", "se")):
                    break
                k += 1
            if verb is None:
                continue
            # the incise ends at the next comma/dash, within a few words
            close = None
            for tok in self.doc[verb.i + 1 : min(verb.i + 8, tokens[-1].i)]:
                if tok.text in (",", "—", "–"):
                    close = tok
                    break
            if close is None:
                continue
            inverted = any(x.text.startswith("-") for x in self.doc[j : close.i]) or (
                verb.i + 1 < close.i and self.doc[verb.i + 1].pos_ in ("PROPN", "DET", "NOUN")
            )
            if not inverted:
                continue
            a_end = t.idx
            b_start = close.idx + len(close.text)
            while b_start < m.end and self.text[b_start].isspace():
                b_start += 1
            if a_end - m.start < 1 or m.end - b_start < 1:
                continue
            return (m.start, a_end), verb, (b_start, m.end)
        return None

    # indirect -------------------------------------------------------------------------

    def indirect_candidates(self, direct: list[_Candidate]) -> list[_Candidate]:
        out: list[_Candidate] = []
        taken: list[tuple[int, int]] = []
        for token in self.doc:
            if self.in_marks(token.idx):
                continue
            cand = None
            if token.lower_ == "selon" or (
                token.lower_ == "après" and token.i and token.doc[token.i - 1].lower_ == "d'"
            ):
                cand = self._selon(token)
            elif token.lower_ == "pour" and token.i == self._sentence_first_token(token):
                cand = self._pour(token)
            elif self.is_speech_verb(token):
                cand = (
                    self._que_clause(token) or self._infinitive(token) or self._colon_content(token)
                    or self._inverted(token) or self._object(token) or self._se_dire(token)
                )
            elif token.lemma_ == "faire":
                cand = self._faire_etat(token)
            if cand is None or len(self.text[cand.start : cand.end].split()) < 2:
                continue
            if any(cand.start < e and s < cand.end for s, e in taken):
                continue
            if self._mostly_quoted(cand, direct):
                continue  # "« … », a déclaré X": the attribution of a direct quote
            taken.append((cand.start, cand.end))
            out.append(cand)
        return out

    def _mostly_quoted(self, cand: _Candidate, direct: list[_Candidate]) -> bool:
        """Is this "indirect" content really a direct quote and its attribution
        ("« … », a déclaré X" read as "<content>, a déclaré X")?"""
        covered = 0
        for d in direct:
            m = d.marks
            lo, hi = (m.open, m.close + 1) if m is not None else (d.start, d.end)
            covered += max(0, min(hi, cand.end) - max(lo, cand.start))
        share = covered / max(1, cand.end - cand.start)
        opens_with_quote = self.text[cand.start] in data.QUOTE_CHARS
        return share >= 0.9 or (opens_with_quote and share >= 0.6)

    def _sentence_first_token(self, token: Token) -> int:
        s, _ = self.sentence_of(token.idx)
        span = self.doc.char_span(s, token.idx + len(token.text), alignment_mode="expand")
        if span is None:
            return -1
        for t in span:
            if not (t.is_space or t.is_punct):
                return t.i
        return -1

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        return start, end

    def _content(self, first: int, last: int) -> tuple[int, int]:
        return self._trimmed(self.doc[first].idx, self.doc[last].idx + len(self.doc[last].text))

    def _is_que_cue(self, verb: Token) -> bool:
        prev = self.doc[verb.i - 1].lower_ if verb.i else ""
        if prev in ("autrement", "proprement", "soi-disant", "pour") or "-à-" in verb.text:
            return False  # "autrement dit", "à proprement parler", "pour ainsi dire"
        return self.speech_lemma(verb) not in data.NOT_QUE_CUES

    def _que_clause(self, verb: Token) -> _Candidate | None:
        """ "X a affirmé que <content>" (content = the clause after "que")."""
        if not self._is_que_cue(verb):
            return None
        que = None
        for child in verb.children:
            if child.i < verb.i or child.dep_ not in ("ccomp", "obj", "xcomp", "advcl", "conj"):
                continue
            marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'")]
            if marks and verb.i < marks[0].i <= verb.i + 8:
                que = (marks[0], child)
                break
        if que is None:
            # the parser often hangs the clause elsewhere: "que" a few words after the verb
            for tok in self.doc[verb.i + 1 : verb.i + 9]:
                if tok.lower_ in ("que", "qu'", "qu’") and (tok.pos_ == "SCONJ" or tok.dep_ == "mark"):
                    que = (tok, tok.head if tok.head.i > tok.i else None)
                    break
                if tok.pos_ in ("VERB",) or tok.text in (".", ";", ":", "!", "?", "«", "\"") or self.in_marks(tok.idx):
                    break
        if que is None:
            return None
        mark, clause = que
        before_que = self.doc[mark.i - 1].lower_
        if before_que in _NOT_REPORTING_BEFORE_QUE and not (
            before_que == "plus" and self.doc[mark.i - 2].lower_ == "de"
        ):
            return None  # "pour que", "plus tard que", "ainsi que": not a content clause
        first = mark.i + 1
        if clause is not None and clause.right_edge.i >= first:
            last = clause.right_edge.i
        else:
            _, e = self.sentence_of(mark.idx)
            span = self.doc.char_span(mark.idx, e, alignment_mode="contract")
            if span is None:
                return None
            last = span.end - 1
        if first > last or not self._has_source(verb):
            return None
        start, end = self._content(first, last)
        return _Candidate(start, end, "indirect", verb=verb, rule="subject")

    def _infinitive(self, verb: Token) -> _Candidate | None:
        """ "X a indiqué avoir ouvert une enquête", "ils affirment avoir été visés"."""
        if not self._is_que_cue(verb):
            return None
        for child in verb.children:
            infinitive = "Inf" in child.morph.get("VerbForm") or any(
                c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in child.children
            )  # "a indiqué avoir ouvert une enquête"
            if (
                child.dep_ in ("xcomp", "ccomp", "obj")
                and child.i > verb.i
                and child.i - verb.i <= 10
                and infinitive
                and not any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "à", "pour") for c in child.children)
            ):
                if not self._has_source(verb):
                    return None
                first = min(child.left_edge.i, child.i)
                first = max(first, verb.i + 1)
                start, end = self._content(first, child.right_edge.i)
                if len(self.text[start:end].split()) < 3:
                    return None
                return _Candidate(start, end, "indirect", verb=verb, rule="subject")
        return None

    def _colon_content(self, verb: Token) -> _Candidate | None:
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
        return _Candidate(start, end, "indirect", verb=verb, rule="subject")

    def _se_dire(self, verb: Token) -> _Candidate | None:
        """ "Le maire s'est dit prêt à recevoir une délégation" """
        if self.speech_lemma(verb) not in ("dire", "déclarer", "montrer", "affirmer"):
            return None
        if not any(c.lower_ in ("se", "s'") for c in verb.children):
            return None
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ in ("ADJ", "VERB") and child.i > verb.i and child.i - verb.i <= 4:
                start, end = self._content(min(child.left_edge.i, child.i), child.right_edge.i)
                if len(self.text[start:end].split()) >= 3 and self._has_source(verb):
                    return _Candidate(start, end, "indirect", verb=verb, rule="subject")
        return None

    def _faire_etat(self, verb: Token) -> _Candidate | None:
        """ "La préfecture a fait état d'une personne blessée" """
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if nxt is None or nxt.lower_ != "état":
            return None
        k = verb.i + 2
        if k < len(self.doc) and self.doc[k].lower_ in ("de", "d'"):
            k += 1
        if k >= len(self.doc):
            return None
        _, e = self.sentence_of(self.doc[k].idx)
        start, end = self._trimmed(self.doc[k].idx, e)
        if len(self.text[start:end].split()) < 3 or not self._has_source(verb):
            return None
        return _Candidate(start, end, "indirect", verb=verb, rule="subject")

    def _has_source(self, verb: Token) -> bool:
        subject = find_subject(verb, self.sentence_of(verb.idx)[0], lambda t: not self.in_marks(t.idx))
        if subject is None:
            return False
        return pronoun_form(subject) not in ("je", "j'", "nous", "vous", "on", "tu", "ce", "c'", "ça", "cela", "qui")

    def _inverted(self, verb: Token) -> _Candidate | None:
        """ "<content>, indique X." / "<content>, a-t-il expliqué." / "…, a-t-on appris de X" """
        cue = cue_of(verb)
        group = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if group is None or group.start == 0 or self.doc[group.start - 1].text != ",":
            return None
        if "Inf" in verb.morph.get("VerbForm") or not self._is_que_cue(verb):
            return None
        subject = inverted_subject(verb, self._name_start)
        if subject is None or self.in_marks(subject.idx):
            return None
        before = subject_of(verb)
        if (
            before is not None and before.i < verb.i and not subject.text.startswith("-")
            and subject.dep_ not in ("nsubj", "nsubj:pass", "expl:subj")
        ):
            return None  # "X, ancien champion, avait demandé un délai": not inverted
        if subject.pos_ == "PRON" and not subject.text.startswith("-"):
            return None
        source = self._appris_de(verb) if pronoun_form(subject) == "on" else None
        if "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm"):
            return None  # "…, confirmant une information": a participle, not an incise
        s, _ = self.sentence_of(cue.start)
        start, end = self._trimmed(s, self.doc[group.start - 1].idx)
        if len(self.text[start:end].split()) < 3:
            return None
        cand = _Candidate(start, end, "indirect", verb=verb, rule="inverted_subject")
        if source is not None:
            cand.source, cand.cue, cand.rule = source, cue, "source"
        return cand

    def _appris_de(self, verb: Token) -> Span | None:
        """ "a-t-on appris de sources gouvernementales / auprès de la préfecture"."""
        if verb.lemma_ != "apprendre" and verb.lower_ not in ("appris", "apprend"):
            return None
        toks = self.doc[verb.i + 1 : verb.i + 4]
        for t in toks:
            if t.lower_ in ("de", "d'", "auprès", "des", "du") and t.i + 1 < len(self.doc):
                start = t.i + 1
                while start < len(self.doc) and self.doc[start].lower_ in ("de", "d'"):
                    start += 1
                end = start
                while end < len(self.doc) and self.doc[end].text not in (",", ".", ";", ":", "(") and end - start < 8:
                    end += 1
                if end > start:
                    return self.doc[start:end]
            if t.text in (",", ".", ";"):
                break
        return None

    def _object(self, verb: Token) -> _Candidate | None:
        """ "X a dénoncé <a statement as a noun phrase>", "s'est réjoui de <NP>"."""
        lemma = self.speech_lemma(verb)
        if lemma not in data.OBJECT_CONTENT_VERBS:
            return None
        if "Inf" in verb.morph.get("VerbForm") or (
            "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
        ):
            return None
        if any(c.lower_ in ("pas", "jamais", "rien") for c in verb.children):
            return None
        for child in verb.children:
            if child.i <= verb.i or child.pos_ not in ("NOUN", "PROPN") or child.i - verb.i > 6:
                continue
            if child.dep_ == "obj" or (
                child.dep_.startswith("obl") and any(c.lower_ in ("de", "d'", "sur") and c.dep_ == "case" for c in child.children)
            ):
                first = child.left_edge.i
                while self.doc[first].dep_ == "case" and first < child.i:
                    first += 1
                span = self.doc[first : child.right_edge.i + 1]
                if len(span.text.split()) >= 4 and self._has_source(verb):
                    start, end = self._trimmed(span.start_char, span.end_char)
                    return _Candidate(start, end, "indirect", verb=verb, rule="subject")
        # the parser often hangs the complement elsewhere ("s'est réjoui vendredi de
        # la décision …"): take the words after "de"/"sur" up to the clause end
        first = None
        for tok in self.doc[verb.i + 1 : verb.i + 5]:
            if tok.pos_ in ("ADV",) or tok.lower_ in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"):
                continue
            if tok.lower_ in ("de", "d'", "du", "des", "sur") and lemma in ("réjouir", "féliciter", "insister"):
                first = tok.i + 1 if tok.lower_ in ("de", "d'", "sur") else tok.i
            break
        if first is None or first >= len(self.doc):
            return None
        _, e = self.sentence_of(self.doc[first].idx)
        end_tok = first
        for tok in self.doc[first:]:
            if tok.idx >= e or tok.text in (";", ":") or self.in_marks(tok.idx) and tok.text in data.QUOTE_CHARS:
                break
            end_tok = tok.i
        start, end = self._content(first, end_tok)
        if len(self.text[start:end].split()) >= 4 and self._has_source(verb):
            return _Candidate(start, end, "indirect", verb=verb, rule="subject")
        return None

    def _pour(self, prep: Token) -> _Candidate | None:
        """ "Pour Eric Dupont, <content>": an opinion attributed to a named source."""
        head = prep.head
        if head.i <= prep.i or head.i - prep.i > 5:
            return None
        nxt = self.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(self.doc) else None
        if nxt is None or nxt.text != ",":
            return None
        if self.index.entity_in(head.idx, head.idx + len(head.text), ("PER",)) is None and pronoun_form(
            head
        ) not in ("lui", "elle", "eux"):
            return None
        _, e = self.sentence_of(prep.idx)
        start, end = self._trimmed(nxt.idx + 1, e)
        if len(self.text[start:end].split()) < 3:
            return None
        cue = Cue(prep.idx, prep.idx + len(prep.text), prep.text)
        return _Candidate(start, end, "indirect", source=self.doc[prep.i + 1 : head.i + 1], cue=cue, rule="selon")

    def _selon(self, prep: Token) -> _Candidate | None:
        source_head = prep.head
        if source_head.i == prep.i or source_head.i < prep.i:
            return None
        last = source_head.i
        for t in self.doc[source_head.i + 1 : source_head.right_edge.i + 1]:
            if t.text in (",", ".", ";", ":", "(", "«", "\""):
                break
            last = t.i
        source = self.doc[prep.i + 1 : last + 1]
        norm = normalise_name(source.text)
        if norm in data.NOT_SOURCES or norm.split()[:1] in (["nos"], ["notre"], ["mes"], ["mon"], ["ma"]):
            return None
        if source_head.pos_ not in ("PROPN", "NOUN", "PRON") or not self._is_source(source_head, source):
            return None
        s, e = self.sentence_of(prep.idx)
        group_start = prep.idx if prep.lower_ == "selon" else self.doc[prep.i - 1].idx
        left = self._trimmed(s, group_start)
        right = self._trimmed(source.end_char, e)
        left_words = len(self.text[left[0] : left[1]].split())
        right_words = len(self.text[right[0] : right[1]].split())
        if left_words < 3 and right_words < 3:
            return None
        if left_words < 3:
            start, end = right
        elif right_words < 3:
            start, end = left
        else:
            start, end = self._trimmed(s, e)
        cue_start = group_start
        cue = Cue(cue_start, prep.idx + len(prep.text), self.text[cue_start : prep.idx + len(prep.text)])
        return _Candidate(start, end, "indirect", source=source, cue=cue, rule="selon")

    def _is_source(self, head: Token, source: Span) -> bool:
        """Can "selon <source>" name who said something? People, organisations,
        documents, groups: yes; "selon la méthode", "selon le terme": no."""
        if head.pos_ in ("PROPN", "PRON") or self.index.entity_in(head.idx, head.idx + len(head.text)):
            return True
        word = head.lower_
        lemma = head.lemma_.lower()
        if "Plur" in head.morph.get("Number"):
            return word not in data.NOT_SOURCE_NOUNS and lemma not in data.NOT_SOURCE_NOUNS
        return (
            word in data.SOURCE_NOUNS or lemma in data.SOURCE_NOUNS
            or word in data.PER_DESCRIPTIONS or word in data.ORG_DESCRIPTIONS
            or word in data.DOCUMENT_DESCRIPTIONS or lemma in data.DOCUMENT_DESCRIPTIONS
            or is_person_noun(head)
        )

    # attribution ---------------------------------------------------------------------

    def attribute(self, candidates: list[_Candidate]) -> list[Quote]:
        quotes: list[Quote] = []
        done: dict[int, Attribution] = {}
        previous: tuple[_Candidate, Attribution] | None = None
        for cand in candidates:
            attribution = done.get(id(cand))
            if attribution is None:
                attribution = self._attribute_one(cand, previous)
                for sib in cand.siblings:
                    done[id(sib)] = attribution
            if attribution.found:
                referent = Referent(attribution.speaker_key, attribution.speaker_name,
                                    self._type_of(attribution), attribution.rule or "",
                                    attribution.confidence, attribution.speaker_start,
                                    attribution.speaker_end)
                self.index.remember(max(cand.start, attribution.speaker_end or 0), referent)
                if cand.marks is not None:
                    self.index.quoted.append((cand.marks.open, cand.marks.close, referent))
            if cand.kind == "partial" and not attribution.found and self.parsed and (
                attribution.rule != "sentence_subject_unresolved"
            ):
                # embedded quoted words with no speech context: scare quotes, not a quotation
                continue
            previous = (cand, attribution)
            # an unresolved pronoun ("a-t-il dit" with no "il" to find) names nobody
            s_start, s_end = attribution.speaker_start, attribution.speaker_end
            if not attribution.found:
                s_start = s_end = None
            quotes.append(
                Quote(
                    start=cand.start, end=cand.end, text=self.text[cand.start : cand.end],
                    kind=cand.kind, speaker_key=attribution.speaker_key,
                    speaker_text=self.text[s_start:s_end] if s_start is not None else None,
                    speaker_start=s_start, speaker_end=s_end,
                    cue=attribution.cue, confidence=round(attribution.confidence, 3),
                    rule=attribution.rule,
                )
            )
        return quotes

    def _type_of(self, attribution: Attribution) -> str | None:
        if attribution.speaker_start is None:
            return None
        m = self.index.entity_in(attribution.speaker_start, attribution.speaker_end)
        if m is not None:
            return m.type
        for mention in self.index.mentions:
            if mention.name == attribution.speaker_name:
                return mention.type
        return None

    def _attribute_one(self, cand: _Candidate, previous) -> Attribution:
        if not self.parsed:
            return NO_ATTRIBUTION
        if cand.rule in ("selon", "source") and cand.source is not None:
            return self._from_source(cand.source, cand.cue, cand.rule)
        if cand.verb is not None:
            rule = "inverted_subject" if cand.rule in ("incise", "inverted_subject") else "subject"
            return self._from_verb(cand.verb, rule, inside_ok=cand.rule == "incise")
        return self._attribute_marked(cand, previous)

    def _from_verb(self, verb: Token, rule: str, inside_ok: bool = False) -> Attribution:
        cue = cue_of(verb)
        # the subject of a cue outside the quote is outside the quote too; an
        # incise inside the marks has its subject there ("« …, a-t-il dit, … »")
        outside = (lambda t: True) if inside_ok else (lambda t: not self.in_marks(t.idx))
        subject = None
        group = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if group is not None and group.start > 0 and self.doc[group.start - 1].text in (",", "»", "\"", "”"):
            rule = "inverted_subject"  # "…, a précisé Mme X"
        if rule == "inverted_subject":
            subject = inverted_subject(verb, self._name_start)
            if subject is not None and not outside(subject):
                subject = None
        if subject is None and rule == "inverted_subject":
            subject = self._subject_before_apposition(group)
        subject = subject or find_subject(verb, self.sentence_of(verb.idx)[0], outside)
        if subject is None:
            return Attribution(None, None, None, None, cue, 0.0, None)
        if subject.i > verb.i and rule == "subject":
            rule = "inverted_subject"
        elif subject.i < verb.i and rule == "inverted_subject":
            rule = "subject"
        mention, referent = resolve_subject(subject, self.index, rule, verb)
        return attribution_from(mention, referent, cue, rule)

    def _subject_before_apposition(self, group: Span | None) -> Token | None:
        """ "la CNDP, dirigée par l'ancienne ministre, juge que": the noun phrase
        before a comma-enclosed apposition that ends right before the verb group
        (the parser often takes a subject from an earlier clause instead)."""
        if group is None or group.start < 2 or self.doc[group.start - 1].text != ",":
            return None
        s, _ = self.sentence_of(group.start_char)
        commas = [t.i for t in self.doc[: group.start - 1] if t.text == "," and t.idx >= s]
        if not commas:
            return None
        apposition = self.doc[commas[-1] + 1 : group.start - 1]
        if not len(apposition) or any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in apposition):
            return None
        np_start = commas[-2] + 1 if len(commas) > 1 else self.doc.char_span(s, s + 1, alignment_mode="expand").start
        phrase = [t for t in self.doc[np_start : commas[-1]] if not t.is_space]
        if not phrase or len(phrase) > 5 or any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in phrase):
            return None
        heads = [t for t in phrase if t.pos_ in ("PROPN", "NOUN") and not self.in_marks(t.idx)]
        return heads[-1] if heads else None

    def _from_source(self, source: Span, cue: Cue | None, rule: str) -> Attribution:
        head = source.root
        mention, referent = resolve_subject(head, self.index, rule)
        return attribution_from(mention, referent, cue, rule)

    def _attribute_marked(self, cand: _Candidate, previous) -> Attribution:
        m = cand.marks
        assert m is not None
        s, e = self.sentence_of(m.open)
        # 1. cue right after the closing mark: "« … », a déclaré X", "« … » a écrit X",
        #    or after the end of the clause: "« … » les discussions, écrit-elle"
        verb = self._cue_after(m.close, e)
        if verb is not None:
            att = self._from_verb(verb, "inverted_subject")
            if att.found or att.speaker_start is not None:
                return att
        # 2. speech verb before the quote in the sentence: "X a déclaré : « … »"
        before = [t for t in self.tokens_between(s, m.open) if not self.in_marks(t.idx)]
        for tok in reversed(before):
            if self.is_speech_verb(tok):
                rule = "colon" if self.text[tok.idx : m.open].rstrip().endswith(":") else "subject"
                att = self._from_verb(tok, rule)
                if att.found or att.speaker_start is not None:
                    return att
                break
        # 3. "X : « … »" — a name before a colon
        stripped = self.text[s : m.open].rstrip()
        if stripped.endswith(":") and before:
            att = self._colon_subject(before)
            if att is not None:
                return att
        # 4. a speech verb later in the sentence, or "selon X"
        later = [t for t in self.tokens_between(m.close, e) if not self.in_marks(t.idx)]
        for tok in later:
            if tok.lower_ == "selon" and tok.head.i > tok.i:
                cue = Cue(tok.idx, tok.idx + len(tok.text), tok.text)
                return self._from_source(self.doc[tok.i + 1 : tok.head.i + 1], cue, "selon")
            if self.is_speech_verb(tok):
                att = self._from_verb(tok, "subject")
                if att.found:
                    return att
        for tok in before:
            if tok.lower_ == "selon" and tok.head.i > tok.i:
                cue = Cue(tok.idx, tok.idx + len(tok.text), tok.text)
                return self._from_source(self.doc[tok.i + 1 : tok.head.i + 1], cue, "selon")
        # 5. embedded quoted words: the subject of the sentence uttered them
        #    ("la FNTR a appelé le gouvernement « à prendre ses responsabilités »")
        if cand.kind == "partial":
            att = self._sentence_subject(s, e)
            if att is not None:
                return att
        # 6. the previous sentence ends with a colon ("Il a prévenu :\n« … »")
        prev_text = self.text[: m.open].rstrip()
        if prev_text.endswith(":") and not stripped.endswith(":"):
            ps, _ = self.sentence_of(len(prev_text) - 1)
            toks = [t for t in self.tokens_between(ps, len(prev_text)) if not self.in_marks(t.idx)]
            for tok in reversed(toks):
                if self.is_speech_verb(tok):
                    att = self._from_verb(tok, "colon")
                    if att.found:
                        return att
            att = self._colon_subject(toks)
            if att is not None:
                return att
        # 7. continuation of the previous quote's speaker in the paragraph, or from
        #    the previous paragraph when this one opens with the quote
        if previous is not None and cand.kind == "direct":
            prev_cand, prev_att = previous
            if prev_att.found:
                ps, pe = self.paragraph_of(m.open)
                same_para = prev_cand.start >= ps
                lead = self.text[ps : m.open].strip()
                # the quote opens the paragraph, or answers the journalist's question
                opens_para = not lead or lead.endswith("?")
                prev_para_start, _ = self.paragraph_of(max(0, ps - 1))
                if same_para or (opens_para and prev_cand.start >= prev_para_start):
                    # no mention of its own: a keyed speaker needs none, a keyless
                    # one is shown by the words that named it for the previous quote
                    keyless = prev_att.speaker_key is None
                    return Attribution(
                        prev_att.speaker_key, prev_att.speaker_name,
                        prev_att.speaker_start if keyless else None,
                        prev_att.speaker_end if keyless else None, None,
                        round(prev_att.confidence * 0.8, 3), "paragraph_continuation",
                    )
        return NO_ATTRIBUTION

    def _cue_after(self, close: int, sentence_end: int) -> Token | None:
        """A speech verb group right after a closing mark, or right after the next comma."""
        after = [t for t in self.tokens_between(close, sentence_end) if t.idx >= close][:14]
        passed_comma = False
        words = 0
        for tok in after:
            if tok.idx > close and self.in_marks(tok.idx):
                return None
            if tok.text in (".", "!", "?", ";", ":"):
                return None
            if tok.text == ",":
                if passed_comma and words:
                    return None
                passed_comma, words = True, 0
                continue
            if tok.is_punct or tok.text in data.QUOTE_CHARS:
                continue
            if self.is_speech_verb(tok):
                if words == 0 or not passed_comma:
                    return tok
                return None
            if tok.lemma_ in ("avoir", "être") or tok.text.startswith("-") or tok.lower_ in (
                "s'", "se", "n'", "ne", "l'", "le", "y", "lui", "leur", "nous", "vous"
            ):
                continue
            words += 1
            if passed_comma and words:
                return None
        return None

    def _sentence_subject(self, start: int, end: int) -> Attribution | None:
        for tok in self.tokens_between(start, end):
            if self.in_marks(tok.idx) or tok.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            if tok.head.dep_ != "ROOT" and tok.head.head.i != tok.head.i:
                continue
            if tok.pos_ == "PRON" and pronoun_form(tok) not in data.SUBJECT_PRONOUNS:
                continue
            if tok.pos_ == "NOUN" and not self._is_source(tok, None):
                # "l'augmentation des prix s'inscrit en tête des « … »": an abstract
                # subject says nothing; the quoted words stay, their speaker unknown
                return Attribution(None, None, None, None, None, 0.0, "sentence_subject_unresolved")
            mention, referent = resolve_subject(tok, self.index, "sentence_subject", tok.head)
            if referent is None:
                return None
            att = attribution_from(mention, referent, None, "sentence_subject")
            return Attribution(att.speaker_key, att.speaker_name, att.speaker_start, att.speaker_end,
                               None, min(att.confidence, 0.4), att.rule)
        return None

    def _colon_subject(self, before: list[Token]) -> Attribution | None:
        """ "Jean Dupont : « … »" (the noun phrase before the colon) or "Il hausse les
        épaules : « … »" (the subject of the clause before the colon)."""
        toks = [t for t in before if t.text != ":" and not t.is_space]
        if not toks:
            return None
        last = toks[-1]
        person = self.index.entity_in(last.idx, last.idx + len(last.text), ("PER", "ORG"))
        if person is not None:  # "Lire aussi Jean Dupont : « … »": a name just before the colon
            mention = self.index.mention_span(person)
            if mention is not None:
                return attribution_from(mention, self.index.referent_of_mention(person, "colon", 0.8), None, "colon")
        inside = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
        root = roots[-1] if roots else toks[-1]
        head = root
        if root.pos_ in ("VERB", "AUX"):
            subject = find_subject(root, toks[0].idx, lambda t: not self.in_marks(t.idx))
            if subject is not None:
                head = subject
            else:
                # "Lire aussi Jean Dupont : « … »": the name right before the colon
                head = toks[-1]
                while head.dep_ in ("flat:name", "flat") and head.head.i < head.i:
                    head = head.head
                if head.pos_ != "PROPN" and self.index.entity_in(head.idx, head.idx + 1, ("PER",)) is None:
                    return None
        if head.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        mention, referent = resolve_subject(head, self.index, "colon")
        if referent is None:
            return None
        return attribution_from(mention, referent, None, "colon")
