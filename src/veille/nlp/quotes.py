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
speech (patterns in :mod:`veille.nlp.indirect`). Speakers are resolved by
:mod:`veille.nlp.speakers`.
"""

from __future__ import annotations

import bisect
import dataclasses
from itertools import takewhile

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Cue, Quote
from .extensions import QUOTES_KEY
from .coreference import Referent
from .indirect import Candidate, IndirectSpeech
from .lang import fr_quotes as data
from .quote_context import QuoteContext, _plain, elided_de_before
from .quote_labels import MarkLabels
from .quote_subjects import CueSubjects, present_participle
from .quote_marks import MarkedSpan, scan_quote_marks, sentence_bounds
from . import speech_verbs
from .speakers import NO_ATTRIBUTION, Attribution, SpeakerIndex, attribution_from, resolve_subject
from .speech_syntax import cue_of, find_subject, inverted_subject, reading_source

#: Quoted text of this many words or fewer is a name, label or scare quote.
MIN_QUOTE_WORDS = 4

# a repeated quote is long enough to be the same words, not a shared phrase
_REPEAT_MIN_CHARS = 40
_REPEAT_MIN_RATIO = 85


# --- the component ---------------------------------------------------------------------


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


class _DocQuotes(QuoteContext, CueSubjects, MarkLabels, IndirectSpeech):
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
        self._mask_open_set = set(self._mask_open)
        self.index.masked = self.in_marks
        self._incise_subjects: dict[int, Token | None] = {}  # by verb index

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

    def is_speech_verb(self, token: Token, incise: bool = False) -> bool:
        """Is ``token`` a speech verb? (:func:`veille.nlp.speech_verbs.is_speech_verb`)"""
        return speech_verbs.is_speech_verb(token, incise)

    def _name_start(self, token: Token) -> bool:
        m = self.index.entity_in(token.idx, token.idx + 1, ("PER",))
        return m is not None and m.start == token.idx

    def speech_lemma(self, token: Token) -> str:
        return speech_verbs.speech_lemma(token)

    # direct and partial -------------------------------------------------------------

    def direct_candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for m in self.marked_long:
            if self._looks_like_label(m) or self._intertitle(m):
                continue
            kind = self._direct_kind(m)
            pieces = self._split_incise(m) if self.parsed else None
            if pieces:
                (a_start, a_end), verb, (b_start, b_end) = pieces
                first = Candidate(a_start, a_end, kind, m, verb=verb, rule="incise")
                second = Candidate(b_start, b_end, "direct", m, verb=verb, rule="incise")
                first.siblings.append(second)
                out += [first, second]
            else:
                out.append(Candidate(m.start, m.end, kind, m))
        return out

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
                if self.is_speech_verb(tok, incise=True):
                    verb = tok
                    break
                if not (tok.lemma_ in ("avoir", "être") or tok.text.startswith("-") or _plain(tok) in ("s'", "se")):
                    break
                k += 1
            if verb is None:
                continue
            # the incise ends at the next comma/dash, within a few words
            close = None
            for tok in self.doc[verb.i + 1 : min(verb.i + 8, tokens[-1].i)]:
                # "« Ça va se corser, croit X. Une fois … »": a full stop may end
                # the incise too, the quote going on with a new sentence
                if tok.text in (",", "—", "–", "."):
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

    # attribution ---------------------------------------------------------------------

    def attribute(self, candidates: list[Candidate]) -> list[Quote]:
        quotes: list[Quote] = []
        done: dict[int, Attribution] = {}
        previous: tuple[Candidate, Attribution] | None = None
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

    def _repeated_quote(self, m: MarkedSpan) -> Attribution | None:
        """The speaker of an earlier attributed quote these marks nearly repeat."""
        words = self.text[m.open : m.close].casefold()
        if len(words) < _REPEAT_MIN_CHARS:
            return None
        for open_, close, referent in self.index.quoted:
            if close > m.open:
                break
            earlier = self.text[open_:close].casefold()
            # rapidfuzz's ratio (normalised Indel similarity) tolerates a reworded
            # word or two of a machine translation, not a different sentence
            if abs(len(earlier) - len(words)) <= len(words) // 5 and (
                fuzz.ratio(words, earlier) >= _REPEAT_MIN_RATIO
            ):
                keyless = referent.key is None
                return Attribution(
                    referent.key, referent.name,
                    referent.start if keyless else None, referent.end if keyless else None,
                    None, round(referent.confidence * 0.9, 3), "repeated_quote",
                )
        return None

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

    def _attribute_one(self, cand: Candidate, previous) -> Attribution:
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
        narrative = self._narrative_infinitive(verb, cue)
        if narrative is not None:
            return narrative
        # the subject of a cue outside the quote is outside the quote too; an
        # incise inside the marks has its subject there ("« …, a-t-il dit, … »")
        outside = (lambda t: True) if inside_ok else (lambda t: not self.in_marks(t.idx))
        subject = None
        group = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if group is not None and group.start > 0 and self.doc[group.start - 1].text in (",", "»", "\"", "”"):
            rule = "inverted_subject"  # "…, a précisé Mme X"
        if "Inf" in verb.morph.get("VerbForm") and (clitic := inverted_subject(verb)) is not None and clitic.text.startswith("-"):
            rule = "inverted_subject"  # "…, fait-il valoir": the clitic before the infinitive speaks
        comme = self._comme_subject(verb) if rule == "subject" else None
        if comme is not None:
            rule = "inverted_subject"  # "…, comme semble le dire X": X after the verb speaks
        if rule == "inverted_subject":
            subject = comme or inverted_subject(verb, self._name_start)
            if subject is not None and (not outside(subject) or self._object_after_subject(subject, verb, group)):
                subject = None
        if subject is None and rule == "inverted_subject":
            subject = self._subject_before_apposition(group)
        subject = subject or self._participle_subject(verb, outside) or find_subject(
            verb, self.sentence_of(verb.idx)[0], outside)
        if subject is None:
            return Attribution(None, None, None, None, cue, 0.0, None)
        # "Estimant que …, elle a regretté …": the main clause's subject after a fronted
        # participle is its subject, not an inverted one
        fronted = present_participle(verb) and subject.dep_.startswith("nsubj") and subject.head.i != verb.i
        if subject.i > verb.i and rule == "subject" and not fronted:
            rule = "inverted_subject"
        elif subject.i < verb.i and rule == "inverted_subject":
            rule = "subject"
        mention, referent = resolve_subject(subject, self.index, rule, verb)
        return attribution_from(mention, referent, cue, rule)

    def _narrative_infinitive(self, verb: Token, cue: Cue) -> Attribution | None:
        """ "Et d'ajouter : « … »", "Et de conclure que …": the French narrative
        infinitive has no subject; it always continues the speaker just quoted
        (the parser otherwise hangs it on any later subject)."""
        i = verb.i
        if i < 2 or "Inf" not in verb.morph.get("VerbForm") and not verb.lower_.endswith(("er", "ir", "re")):
            return None
        if self.doc[i - 1].lower_ not in ("de", "d'", "d’") or self.doc[i - 2].lower_ != "et":
            return None
        if i > 2 and not (self.doc[i - 3].is_punct or self.doc[i - 3].is_space):
            return None  # "il a décidé et de partir": not at the start of a sentence
        for at, ref in reversed(self.index.recent_speakers):
            if verb.idx - at > 1500:
                break
            keyless = ref.key is None
            return Attribution(ref.key, ref.name, ref.start if keyless else None,
                               ref.end if keyless else None, cue, 0.6, "narrative_infinitive")
        return None

    def _reading_cue(self, m: MarkedSpan, s: int, e: int) -> Attribution | None:
        """A reading cue right after the quote (past other quotes of the same list,
        "« A », « B », pouvait-on lire sur …") or before it, ending with a colon."""
        after = []
        for tok in self.tokens_between(m.close, e):
            if tok.idx <= m.close or self.in_marks(tok.idx) or tok.text in data.QUOTE_CHARS or tok.text == ",":
                continue
            if tok.text in (".", "!", "?", ";", ":") or len(after) >= 4:
                break
            after.append(tok)
        found = reading_source(after)
        if found is None and self.text[s : m.open].rstrip().endswith(":"):
            found = reading_source([t for t in self.tokens_between(s, m.open) if not self.in_marks(t.idx)])
        if found is None:
            return None
        verb, source = found
        att = self._from_source(source, cue_of(verb), "reading")
        nxt = self.doc[source.end] if source.end < len(self.doc) else None
        if att.found and att.speaker_key is None and att.speaker_end is not None and att.speaker_end > source.end_char \
                and nxt is not None and nxt.pos_ == "DET":
            # the parser hangs a time phrase on the medium ("sur les réseaux sociaux
            # ces derniers jours"): the source is the noun phrase alone
            text = self.text[source.start_char : source.end_char]
            att = dataclasses.replace(att, speaker_name=text, speaker_start=source.start_char,
                                      speaker_end=source.end_char)
        return att

    def _from_source(self, source: Span, cue: Cue | None, rule: str) -> Attribution:
        head = source.root
        mention, referent = resolve_subject(head, self.index, rule)
        return attribution_from(mention, referent, cue, rule)

    def _selon_source(self, first: Token) -> Attribution | None:
        """What "selon X" / "d'après X" names, ``first`` being "selon" or the "d'"
        of "d'après"; None when no noun phrase follows the preposition."""
        prep = first if first.lower_ == "selon" else self.doc[first.i + 1]
        if prep.head.i > prep.i:
            head = prep.head
        elif prep is not first and prep.dep_ == "fixed" and prep.head.head.i > prep.i:
            head = prep.head.head  # "après" hangs on "d'", which hangs on the source
        else:
            return None
        cue = Cue(first.idx, prep.idx + len(prep.text), self.text[first.idx : prep.idx + len(prep.text)])
        return self._from_source(self.doc[prep.i + 1 : head.i + 1], cue, "selon")

    def _attribute_marked(self, cand: Candidate, previous) -> Attribution:
        m = cand.marks
        assert m is not None
        s, e = self.sentence_of(m.open)
        # 0. "« … », selon X" / "d'après X" right after the closing mark: X vouches for
        #    the quoted words, whoever the clause around them is about
        after = [t for t in self.tokens_between(m.close + 1, e) if not t.is_space][:3]
        while after and after[0].text in (",", "»", "\"", "”"):
            after = after[1:]
        if after and (after[0].lower_ == "selon" or elided_de_before(after[0], "après")):
            att = self._selon_source(after[0])
            if att is not None and (att.found or att.speaker_start is not None):
                return att
        # 1. cue right after the closing mark: "« … », a déclaré X", "« … » a écrit X",
        #    or after the end of the clause: "« … » les discussions, écrit-elle"
        verb = self._cue_after(m.close, e)
        if verb is not None:
            att = self._from_verb(verb, "inverted_subject")
            if att.rule == "pronoun" and self.text[s : m.open].rstrip().endswith(":"):
                # "Le ministre a poursuivi : « … », a-t-il déclaré": the incise's
                # pronoun is the subject of the clause that opened the quote
                opening = self._colon_clause_speaker(s, m.open)
                if opening is not None:
                    return opening
            if att.found or att.speaker_start is not None:
                return att
        # 1b. "« … », pouvait-on lire sur des pancartes": the medium is the source
        reading = self._reading_cue(m, s, e)
        if reading is not None:
            return reading
        # 2. speech verb before the quote in the sentence: "X a déclaré : « … »"
        #    (not beyond a previous quote that closed its own sentence: "Michel
        #    répond : « … . » Ou encore Marco : « … »" — the split missed it)
        scan_start = s
        k = bisect.bisect_left(self._mask_open, m.open) - 1
        while k >= 0 and s <= self.marked[k].close < m.open:
            prev = self.marked[k]
            if self.text[prev.open + 1 : prev.close].rstrip(data.MARK_SPACES).endswith((".", "!", "?", "…")):
                scan_start = prev.close + 1
                break
            k -= 1
        before = [t for t in self.tokens_between(scan_start, m.open) if not self.in_marks(t.idx)]
        for tok in reversed(before):
            if self.is_speech_verb(tok):
                main = self._relative_left_behind(tok, before)
                if main is not None:
                    # the later main verb frames the quote ("se fend d'un « … »")
                    att = self._from_verb(main, "subject")
                    if att.found or att.speaker_start is not None:
                        return att
                    break
                rule = "colon" if self.text[tok.idx : m.open].rstrip().endswith(":") else "subject"
                # (a colon after the inner cue introduces that cue's own words:
                # "…que Y a tenté de …, écrivant : « … »" quotes Y, not the reporter)
                outer = self._outer_reporter(tok) if rule == "subject" else None
                att = self._from_verb(outer or tok, rule)
                if outer is not None and not (att.found or att.speaker_start is not None):
                    att = self._from_verb(tok, rule)  # (an outer reporter named by nobody)
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
        later = self._later_clause(m.close, e)
        for tok in later:
            if tok.lower_ == "selon" and (att := self._selon_source(tok)) is not None:
                return att
            if self.is_speech_verb(tok):
                att = self._from_verb(tok, "subject")
                if att.found:
                    return att
        for tok in before:
            if tok.lower_ == "selon" and (att := self._selon_source(tok)) is not None:
                return att
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
        # 6b. the same words quoted earlier with a speaker (a pull quote alone on
        #     its line, a summary quoting them again, as translations reword them
        #     slightly) are that speaker's, whoever spoke just before
        repeated = self._repeated_quote(m)
        if repeated is not None:
            return repeated
        # 7. a person named since the previous quote, in this paragraph or the one
        #    before it, is who speaks now ("Pour Claire Fontaine, c'est simple.
        #    « … »"): the speaker changed, whatever the previous quote's was
        if cand.kind == "direct":
            att = self._person_since(previous, m.open)
            if att is not None:
                return att
        # 8. continuation of the previous quote's speaker in the paragraph, or from
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
                # or narration naming nobody leads to it, in the paragraph right after
                # the previous quote's ("« … », lance-t-il." then "Ce type de rumeur
                # n'est pas sans conséquence. « On a autre chose à faire »")
                narrated = not opens_para and prev_cand.start >= prev_para_start and not any(
                    mention.type == "PER"
                    for mention in takewhile(lambda mention: mention.start < m.open, self.index.mentions_from(ps))
                )
                if same_para or ((opens_para or narrated) and prev_cand.start >= prev_para_start):
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
