"""Where a quotation's speaker is read from its context, for the quote finder.

The clauses around a quote's marks: the cue right after the closing mark, the
clause a colon opens the quote with ("Pour X, … : « … »", "X a poursuivi : « … »"),
the subject of the sentence around embedded words, a person introduced since the
previous quote. A mixin of ``veille.nlp.quotes._DocQuotes``: it reads the
document's marks, sentences and speaker index from it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .coreference import pronoun_form
from .lang import fr_quotes as data
from .lang.fr_entities import SINGULAR_DEFINITE
from .speaker_phrases import plausible_source
from .speakers import NO_ATTRIBUTION, Attribution, attribution_from, resolve_subject
from .speech_syntax import find_subject, subject_phrase


def _plain(token: Token) -> str:
    """Lower-cased form with the typographic apostrophe made plain ("s’" -> "s'")."""
    return token.lower_.replace("’", "'")


def elided_de_before(token: Token, word: str) -> bool:
    """Is this the "d'" of a two-token "d'<word>" ("d'abord", "d'après")?"""
    return _plain(token) == "d'" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == word


def _reports_a_clause(verb: Token) -> bool:
    """Does this verb govern its own "que" clause ("assure que la police a prévu")?"""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and _plain(g) in ("que", "qu'") for g in c.children)
        for c in verb.children
    )


#: a sentence opening right after a quote that names who said it: "Ces mots
#: sont ceux de X", "Ces propos sont signés X", "Ce sont les paroles de X"
_AUTHOR_AFTER = re.compile(
    r"[\s\u00a0\u202f]*(?:(?:ces|ses|les) (?:mots|propos|paroles|phrases) (?:sont|étaient) "
    r"(?:ceux|celles|signés|signées)|ce sont (?:là )?(?:les|ses) (?:mots|propos|paroles))\b",
    re.IGNORECASE,
)


#: a sentence pointing back at the quote before it: "C'est ce qu'a dit X",
#: "Ainsi s'exprimait X", "Voilà ce que répond X", "Tel est l'avis de X"
_BACK_REFERENCE = re.compile(
    r"(?:c['’]est|ce sont|ce|ces|cette|cet|ça|cela|voilà|voici|ainsi|tels?|telles?)\b", re.IGNORECASE
)


#: "de l'aveu (même) de X", "aux dires de X": sourcing phrases like "selon X"
_AVOWAL = re.compile(
    r"\b(?:de l['’]aveu(?: même)?|aux dires|au dire)\s+(?:de la |de l['’]|du |des |de |d['’])", re.IGNORECASE
)


#: "pour X, …" opening a clause (after a sentence start or a comma)
_VIEW_OF = re.compile(r"(?:^\s*|[,;]\s*|\n)[Pp]our\s+(?=[A-ZÉ])")


#: a line linking to another article ("Lire aussi X : « … »", "À lire aussi")
_LINK_LINE = re.compile(r"[\s\u00a0]*(?:à )?(?:lire|voir) (?:aussi|également)\b", re.IGNORECASE)


class QuoteContext:
    """Context rules of attribution (see the module docstring)."""

    def _colon_clause_speaker(self, start: int, open_mark: int) -> Attribution | None:
        """The named or described subject of the speech verb that ends with the
        colon before ``open_mark``; None when that subject is itself a pronoun."""
        for prev in self.marked:
            if start <= prev.close < open_mark:
                start = prev.close + 1  # only the clause since the last quotation
        before = [t for t in self.tokens_between(start, open_mark) if not self.in_marks(t.idx)]
        for tok in reversed(before):
            if self.is_speech_verb(tok):
                att = self._from_verb(tok, "colon")
                return att if att.found and att.rule not in ("pronoun", "paragraph_continuation") else None
        return None

    def _later_clause(self, close: int, end: int) -> list[Token]:
        """The tokens after a closing mark that may hold its cue: up to the end of
        the sentence or the next quotation, whichever comes first (a missed
        sentence split otherwise lends this quote the next quote's incise:
        "« … dure. » Plus loin, « … », s'insurge l'un d'eux")."""
        out = []
        aside = False  # inside "– … –" or "( … )": an aside's verbs are not this clause's
        # only a quotation that ends its own sentence: partial quotes share one
        # cue at the end ("La deuxième, « … », portera « … », est-il précisé")
        ended = self.text[max(0, close - 3) : close].rstrip(data.MARK_SPACES).endswith((".", "!", "?", "…"))
        rest = self.text[close + 1 : close + 40].lstrip(data.MARK_SPACES + " ")
        if ended and rest[:1].isupper() and not _BACK_REFERENCE.match(rest):
            # "« … . » Depuis, de nombreux lecteurs ont communiqué avec elle": the
            # quote closed its sentence and a new one opens; its verbs are its own
            # unless it points back at the words ("C'est ce qu'a déclaré X")
            return []
        for t in self.tokens_between(close, end):
            if self.in_marks(t.idx):
                if ended and t.idx > close and t.idx in self._mask_open_set:
                    break  # another quotation opens: its words and cue are its own
                continue
            if ended and _reports_a_clause(t):
                break  # "« … . » Le Soir assure que …": a new report, not this quote's cue
            if t.text in ("–", "—", "(", ")"):
                aside = t.text != ")" and not (aside and t.text in ("–", "—"))
                continue
            if not aside:
                out.append(t)  # ("EELV – auprès de qui X s'est dite prête – et la FI")
        return out

    def _person_since(self, previous, open_mark: int) -> Attribution | None:
        """The person the sentence right before this quote is about (its subject,
        or "Pour X, …"), when named after the previous quote; None when there is
        none or it is the previous quote's speaker. Also the one the sentence
        right after names as the quote's author ("« … » Ces mots sont ceux de X"),
        and the subject of a speech cue that follows the previous quote's own
        cue in the sentence before ("Selon Y, …, mais X s'y est opposé,
        affirmant que …" then "« … »": X, who spoke last)."""
        last = len(self.text[:open_mark].rstrip()) - 1
        if last < 0:
            return None
        named_after = self._named_after(open_mark)
        if named_after is not None:
            return named_after
        lower = self.sentence_of(last)[0]
        prev_name = None
        if previous is not None:
            prev_cand, prev_att = previous
            end = prev_cand.marks.close if prev_cand.marks is not None else prev_cand.end
            line_start = self.text.rfind("\n", 0, prev_cand.start) + 1
            if _LINK_LINE.match(self.text, line_start) and "\n" in self.text[end:open_mark]:
                # the previous quote sits in a "Lire aussi …" link to another
                # article: its speaker does not go on speaking in this one
                return self._speaker_before_link(line_start, open_mark)
            later_cue = self._later_cue_subject(prev_att, lower, last + 1)
            if later_cue is not None:
                return later_cue
            lower = max(lower, end, prev_att.speaker_end or 0)
            prev_name = prev_att.speaker_name
        for mention in reversed(self.index.mentions):
            if mention.start >= open_mark:
                continue
            if mention.start < lower:
                break
            if mention.type != "PER" or self.in_marks(mention.start):
                continue
            before = self.text[max(0, mention.start - 5) : mention.start].split()
            if not (self.index._subject_like(mention) or (before and before[-1].lower() == "pour")):
                return None  # a person only mentioned in passing does not speak
            referent = self.index.referent_of_mention(mention, "context_person", 0.4)
            if referent.name == prev_name:
                return None
            span = self.index.mention_span(mention)
            return attribution_from(span, referent, None, "context_person") if span is not None else None
        return self._described_subject_since(lower, last, prev_name)

    def _described_subject_since(self, lower: int, last: int, prev_name: str | None) -> Attribution | None:
        """ "Le syndicat s'inquiète de …. « … »": the actor a definite description
        stands for, when it is the subject of the sentence right before the quote
        (after the previous quote) and not the previous quote's speaker."""
        start, _ = self.sentence_of(last)
        if start < lower:
            return None
        sentence = [t for t in self.tokens_between(start, last + 1) if not self.in_marks(t.idx)]
        root = next((t for t in sentence if t.dep_ == "ROOT"), None)
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
        if subject is None or subject.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in SINGULAR_DEFINITE for c in subject.children
        ):
            return None
        # only a description the article ties to one actor (an introduction "le
        # syndicat X" / "X, le syndicat …", or a role): the most-mentioned actor of
        # the type would be a guess ("le club" is not the radio quoted earlier)
        span = subject_phrase(subject, self.index)
        word = subject.lower_
        if word in data.ORG_DESCRIPTIONS:
            referent = self.index._org_introduced_as(subject, span)
        elif word in data.PER_DESCRIPTIONS:
            referent = self.index._role_holder(subject, span) or self.index._introduced_as(subject, span)
        else:
            referent = None
        if referent is None or referent.key is None or referent.name == prev_name:
            return None
        return attribution_from(span, referent.restated("context_person", 0.4), None, "context_person")

    def _speaker_before_link(self, line_start: int, open_mark: int) -> Attribution:
        """The speaker quoted last in the paragraph right before a link line, who
        goes on when this quote opens the paragraph after the link; nobody else."""
        para_start = self.paragraph_of(max(0, line_start - 1))[0]
        lead = self.text[self.paragraph_of(open_mark)[0] : open_mark].strip()
        for at, ref in reversed(self.index.recent_speakers):
            if at >= line_start:
                continue
            if at >= para_start and not lead and ref.key is not None:
                return Attribution(ref.key, ref.name, None, None, None, 0.5, "paragraph_continuation")
            break
        return NO_ATTRIBUTION

    def _named_after(self, open_mark: int) -> Attribution | None:
        """ "« … » Ces mots sont ceux de X" / "Ce sont les propos de X": the
        sentence after a lone quote names its author."""
        mark = next((m for m in self.marked if m.open == open_mark), None)
        if mark is None:
            return None
        match = _AUTHOR_AFTER.match(self.text, mark.close + 1)
        if match is None:
            return None
        end = self.sentence_of(match.end())[1]
        for mention in self.index.mentions:
            if match.end() <= mention.start < end and mention.type in ("PER", "ORG"):
                span = self.index.mention_span(mention)
                referent = self.index.referent_of_mention(mention, "named_after", 0.7)
                return attribution_from(span, referent, None, "named_after") if span is not None else None
        return None

    def _later_cue_subject(self, prev_att: Attribution, start: int, end: int) -> Attribution | None:
        """The subject of the last speech verb of the sentence [start, end) when it
        comes after the previous quote's cue there and names someone else."""
        cue = prev_att.cue
        if cue is None or not start <= cue.start < end:
            return None
        for tok in reversed(self.tokens_between(cue.end, end)):
            if tok.idx < cue.end or self.in_marks(tok.idx) or tok.pos_ not in ("VERB", "AUX"):
                continue
            if self.is_speech_verb(tok):
                att = self._from_verb(tok, "subject")
                if tok.lower_.endswith("ant") and tok.idx > 0:
                    # a present participle after a comma ("…, affirmant que") is
                    # about the nearest clause before it, whatever the parser hung
                    # it on: its subject is the nearest subject before it
                    near = [t for t in self.tokens_between(cue.end, tok.idx)
                            if t.dep_ in ("nsubj", "nsubj:pass") and not self.in_marks(t.idx)]
                    if near and near[-1].pos_ in ("PROPN", "NOUN"):
                        mention, referent = resolve_subject(near[-1], self.index, "subject", tok)
                        att = attribution_from(mention, referent, att.cue, "subject")
                if att.found and att.rule not in ("pronoun", "paragraph_continuation") and (
                    att.speaker_name != prev_att.speaker_name
                ):
                    return att
                return None
        return None

    def _can_speak(self, noun: Token) -> bool:
        """Can this noun be a source, with nothing but its place before a colon
        to say so? (:func:`~veille.nlp.speaker_phrases.plausible_source`, strict)"""
        return plausible_source(noun, self.index, strict=True)

    def _cue_after(self, close: int, sentence_end: int) -> Token | None:
        """A speech verb group right after a closing mark, or right after the next comma."""
        after = [t for t in self.tokens_between(close, sentence_end) if t.idx >= close][:14]
        # the quoted words end a sentence and a capitalised word follows the mark
        inner = self.text[max(0, close - 3) : close].rstrip(data.MARK_SPACES)
        rest = self.text[close + 1 : close + 4].lstrip(data.MARK_SPACES)
        new_sentence = inner.endswith((".", "!", "?", "…")) and rest[:1].isupper()
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
            if self.is_speech_verb(tok, incise=True):
                if new_sentence and (words or passed_comma):
                    # "« … ! » Une situation dont ce paysan ne veut pas accuser …":
                    # the quote closed its sentence; a verb further on is another
                    # sentence's (only "« … ! » Lance-t-il" would be an incise)
                    return None
                if words == 0 or not passed_comma:
                    return tok
                return None
            if tok.lemma_ in ("avoir", "être") or tok.text.startswith("-") or _plain(tok) in (
                "s'", "se", "n'", "ne", "l'", "le", "y", "lui", "leur", "nous", "vous"
            ):
                continue
            if tok.pos_ == "ADV" or elided_de_before(tok, "abord"):
                continue  # "a encore annoncé", "a-t-elle ensuite ajouté", "a d'abord répondu"
            words += 1
            if passed_comma and words:
                return None
        return None

    def _sentence_subject(self, start: int, end: int) -> Attribution | None:
        avowed = self._avowed_source(start, end)
        if avowed is not None:
            return avowed
        att = self._clause_subject(start, end)
        if att is not None and att.found and _LINK_LINE.match(self.text, self.text.rfind("\n", 0, start) + 1):
            # a "Lire aussi" line lists headlines ("Eure-et-Loir « … » Paris « … »"):
            # no clause, so no subject speaks; the quoted words stay, speaker unknown
            return Attribution(None, None, None, None, None, 0.0, "sentence_subject_unresolved")
        return att

    def _avowed_source(self, start: int, end: int) -> Attribution | None:
        """ "… « sont là pour diminuer l'impact », de l'aveu du Dr X": like "selon
        X", "de l'aveu de X" / "aux dires de X" name who the embedded words are
        from, whatever the sentence's subject does."""
        match = _AVOWAL.search(self.text, start, end)
        types = ("PER", "ORG")
        if match is None:
            # "Si, pour X, l'initiative a le mérite de les « … »": a person's view
            # (searched in the sentence alone, where "^" is its start)
            match = _VIEW_OF.search(self.text[start:end])
            types = ("PER",)
        if match is None:
            return None
        after = match.end() + (start if types == ("PER",) else 0)
        for mention in self.index.mentions_from(after):
            if self.in_marks(mention.start):
                continue
            if mention.start - after > 6 or mention.type not in types:
                return None  # ("du Dr X": a title may stand between)
            if types == ("PER",) and not self.text[mention.end : mention.end + 2].lstrip().startswith(","):
                return None  # "pour X," sets the view apart; "pour Marie et ses amis" does not
            span = self.index.mention_span(mention)
            referent = self.index.referent_of_mention(mention, "selon", 0.6)
            return attribution_from(span, referent, None, "selon") if span is not None else None
        return None

    def _clause_subject(self, start: int, end: int) -> Attribution | None:
        for tok in self.tokens_between(start, end):
            if self.in_marks(tok.idx) or tok.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            if tok.head.dep_ != "ROOT" and tok.head.head.i != tok.head.i:
                continue
            if tok.pos_ == "PRON" and pronoun_form(tok) not in data.SUBJECT_PRONOUNS:
                continue
            if tok.pos_ == "NOUN" and not (self._is_source(tok, None) and self._can_speak(tok)):
                # "l'augmentation des prix s'inscrit en tête des « … »": an abstract
                # subject says nothing; the quoted words stay, their speaker unknown
                return Attribution(None, None, None, None, None, 0.0, "sentence_subject_unresolved")
            mention, referent = resolve_subject(tok, self.index, "sentence_subject", tok.head)
            if referent is None:
                return None
            last = self.index.recent_speakers[-1] if self.index.recent_speakers else None
            if (
                referent.type in ("ORG", "LOC", "MISC") and not self.in_marks(tok.head.idx) and not self.is_speech_verb(tok.head)
                and last is not None and start - last[0] <= 1500 and last[1].type == "PER"
            ):
                # "« … », poursuit X. L'Office devra organiser des missions « pour
                # mieux … »": a named body that only acts in the narration, while a person
                # is being quoted, did not say the quoted words; unknown, not it
                # (a body quoted itself just before, "table sur 1,5 % « en raison
                # de … »", keeps them, and so does a group as written, "les autorités
                # ont arrêté X pour activités « menaçant … »": the reason is theirs)
                return Attribution(None, None, None, None, None, 0.0, "sentence_subject_unresolved")
            att = attribution_from(mention, referent, None, "sentence_subject")
            return Attribution(att.speaker_key, att.speaker_name, att.speaker_start, att.speaker_end,
                               None, min(att.confidence, 0.4), att.rule)
        return self._set_off_name_subject(start, end)

    def _set_off_name_subject(self, start: int, end: int) -> Attribution | None:
        """ "Laure X, une infirmière lyonnaise, est « contente de … »": the parser
        makes the name the root and finds no subject; a name opening the sentence,
        set off by appositions before its finite verb, is that verb's subject
        (``_set_off_subject``, as for pronouns)."""
        opening = self.text[start:end]
        lead = len(opening) - len(opening.lstrip())
        for mention in self.index.mentions_from(start + lead):
            if mention.start != start + lead or mention.type not in ("PER", "ORG") or self.in_marks(mention.start):
                return None
            span = self.index.mention_span(mention)
            if span is None or not self.index._set_off_subject(span):
                return None
            referent = self.index.referent_of_mention(mention, "sentence_subject", 0.4)
            return attribution_from(span, referent, None, "sentence_subject")
        return None

    def _colon_subject(self, before: list[Token]) -> Attribution | None:
        """ "Jean Dupont : « … »" (the noun phrase before the colon) or "Il hausse les
        épaules : « … »" (the subject of the clause before the colon)."""
        toks = [t for t in before if t.text != ":" and not t.is_space]
        if not toks:
            return None
        if len(toks) > 2 and toks[0].lower_ == "pour" and toks[1].pos_ in ("PROPN", "X") and toks[1].text[:1].isupper():
            # "Pour Marie Lenoir, 33 ans, assistante sociale, les blocages ne
            # servent à rien : « … »": the one whose view the sentence gives speaks
            mention, referent = resolve_subject(toks[1], self.index, "colon")
            if referent is not None and referent.type != "LOC":
                return attribution_from(mention, referent, None, "colon")
        last = toks[-1]
        person = self.index.entity_in(last.idx, last.idx + len(last.text), ("PER", "ORG"))
        if person is not None:  # "Lire aussi Jean Dupont : « … »": a name just before the colon
            mention = self.index.mention_span(person)
            if mention is not None:
                return attribution_from(mention, self.index.referent_of_mention(person, "colon", 0.8), None, "colon")
        if last.pos_ in ("PROPN", "X") and last.text[:1].isupper() and len(toks) > 1 and (
            toks[-2].pos_ not in ("ADP", "DET") and not toks[-2].text[:1].isupper()
        ):
            # "…, ou encore Marco : « … »": a first name the entity layer missed,
            # right before the colon, is who speaks (not the clause's subject)
            mention, referent = resolve_subject(last, self.index, "colon")
            if referent is not None:
                return attribution_from(mention, referent, None, "colon")
        inside = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
        root = roots[-1] if roots else toks[-1]
        head = root
        # a lowercase word tagged PROPN with a subject is a mistagged verb
        # ("L'avenir du mouvement interroge : « … »"): read its subject
        verb_like = root.pos_ == "PROPN" and root.text[:1].islower() and any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in root.children
        )
        if root.pos_ in ("VERB", "AUX") or verb_like:
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
        if head.pos_ == "NOUN" and not self._can_speak(head):
            # "L'allocution se termine, un silence est rompu : « … »", "les propos
            # convergent : « … »": the clause before the colon is narration and
            # its subject no source; the quote's speaker is left to the context
            return None
        mention, referent = resolve_subject(head, self.index, "colon")
        if referent is None:
            return None
        return attribution_from(mention, referent, None, "colon")
