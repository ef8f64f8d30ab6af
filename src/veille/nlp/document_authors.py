"""Who wrote a document a description names: "la lettre", "cet arrêté", "son communiqué".

Mixed into :class:`veille.nlp.speakers.SpeakerIndex` next to :class:`Coreference`,
which sends a document description here (``resolve_description``): the author is
read from the noun's own complement ("la lettre de Meta"), a name right after it
("un sondage Odoxa"), a speech verb just before it ("a écrit X dans un e-mail")
or the subject of the verb it is an argument of ("Meta a écrit une lettre").
Split out of ``coreference.py`` to keep each module readable.
"""

from __future__ import annotations

from spacy.tokens import Token

from .coreference import _LOOKBACK, Referent
from .lang import fr_quotes as data
from .speech_syntax import inverted_subject, is_person_noun, names_person, subject_of, subject_phrase, token_after


class DocumentAuthors:
    """Author lookups for document descriptions.

    They read the index's ``doc``, ``mentions``, ``quoted``, ``text`` and
    ``masked`` and its lookups (``entity_in``, ``referent_of_mention``,
    ``fullest_phrase``, ``_subject_like``).
    """

    def _document_author(self, head: Token) -> Referent | None:
        """ "la lettre" -> who wrote it: "la lettre de Meta", "Meta a écrit une lettre",
        "Musk allègue dans son procès"; looks at this noun, then at the closest
        previous mentions of the same noun."""
        doc = head.doc
        lemma = head.lemma_.lower()
        if any(c.dep_ == "det" and c.lower_ in ("son", "sa") for c in head.children):
            # "Son essai raconte …", "dans son communiqué": the person or body the
            # possessive refers to, the last one that was a clause's subject
            for m in reversed(self.mentions):
                if m.start >= head.idx or self.masked(m.start) or m.type not in ("PER", "ORG"):
                    continue
                if head.idx - m.end > _LOOKBACK:
                    break
                if self._subject_like(m):
                    return self.referent_of_mention(m, "description", 0.5)
        demonstrative = any(c.lower_ in ("ce", "cet", "cette") for c in head.children)
        for tok in reversed(doc[: head.i + 1]):
            if head.idx - tok.idx > _LOOKBACK * 2:
                break
            same = tok.lemma_.lower() == lemma or tok.lower_ == head.lower_
            other_document = demonstrative and tok.i != head.i and tok.lemma_.lower() in data.DOCUMENT_DESCRIPTIONS
            if not (same or other_document):
                continue
            # "un sondage Odoxa Dentsu consulting": the name right after the noun
            named = self._name_after(tok)
            if named is not None and tok.i != head.i:
                return named
            # "la lettre de Meta", "le procès intenté par Musk"
            for sub in tok.subtree:
                if sub.i == tok.i or sub.dep_ not in ("nmod", "obl:agent", "obl:arg"):
                    continue
                if self._under_excluded_case(sub, tok):
                    continue  # "une enquête pour Le Figaro": ordered by, not written by
                ref = self._actor_at(sub)
                if ref is not None:
                    return ref
            # "a écrit Sutskever dans un e-mail": a speech verb just before the noun
            if tok.i != head.i:
                for prev in reversed(doc[max(0, tok.i - 6) : tok.i]):
                    if prev.lemma_.lower() in data.SPEECH_VERBS and not self.masked(prev.idx):
                        who = subject_of(prev) or inverted_subject(prev)
                        if who is not None and who.i != tok.i:
                            ref = self._actor_at(who)
                            if ref is not None:
                                return ref
                        break
            # "Meta a écrit une lettre"
            verb = tok.head
            hops = 0
            while verb.pos_ not in ("VERB",) and verb.head.i != verb.i and hops < 3:
                verb = verb.head
                hops += 1
            if tok.i == head.i or (verb.i == head.head.i and head.dep_ in ("nsubj", "nsubj:pass", "obj")):
                # the verb the description is an argument of: no author there (a
                # "selon cet arrêté" the parser hung on an earlier verb still is)
                continue
            subject = subject_of(verb) or token_after(verb)
            if subject is not None and subject.i != tok.i:
                ref = self._actor_at(subject)
                if ref is not None:
                    return ref
        return None

    @staticmethod
    def _under_excluded_case(sub: Token, top: Token) -> bool:
        node = sub
        while node.i != top.i and node.head.i != node.i:
            if any(c.dep_ == "case" and c.lower_ in ("pour", "sur", "à", "dans", "avec") for c in node.children):
                return True
            node = node.head
        return False

    def _name_after(self, noun: Token) -> Referent | None:
        doc = self.doc
        k = noun.i + 1
        if k >= len(doc) or doc[k].pos_ not in ("PROPN", "X", "NOUN", "ADJ") or not doc[k].text[:1].isupper():
            return None  # (a brand name is often mis-tagged: "Odoxa" as an adjective)
        end = k
        while end + 1 < len(doc) and doc[end + 1].pos_ in ("PROPN", "X", "NOUN", "ADJ") and not doc[end + 1].is_punct:
            if doc[end + 1].text[:1].islower() and end + 1 - k >= 3:
                break
            end += 1
        named = doc[k : end + 1]
        m = self.entity_in(doc[k].idx, doc[k].idx + len(doc[k].text))
        return Referent(m.key if m else None, named.text, m.type if m else None, "description", 0.5,
                        named.start_char, named.end_char)

    def _actor_at(self, token: Token) -> Referent | None:
        if token.lower_.replace("’", "'") in ("je", "j'", "nous", "moi"):
            # "« Je prends un arrêté », a-t-elle dit … selon cet arrêté": the speaker
            for start, end, ref in reversed(self.quoted):
                if start <= token.idx < end:
                    return ref.restated("description", 0.5)
            return None
        m = self.entity_in(token.idx, token.idx + len(token.text))
        if m is not None:
            return self.referent_of_mention(m, "description", 0.55)
        if token.pos_ == "NOUN" and names_person(token):
            # "précise le procureur de Lyon, Marc Dubois, dans un communiqué": the
            # person the title is apposed to wrote it
            phrase = subject_phrase(token, self)
            m = self.entity_in(phrase.start_char, phrase.end_char, ("PER",)) or self.apposition(phrase)
            if m is not None:
                return self.referent_of_mention(m, "description", 0.55)
        if token.pos_ == "PROPN" and not self.masked(token.idx) and self.entity_in(
            token.idx, token.idx + len(token.text), ("LOC",)
        ) is None:
            # (a place, or a word of a quoted title, writes nothing)
            return Referent(None, token.text, None, "description", 0.45, token.idx, token.idx + len(token.text))
        det = token.doc[token.i - 1] if token.i else None
        if (
            token.pos_ == "NOUN" and token.lower_ in data.SOURCE_NOUNS and not is_person_noun(token)
            and det is not None and det.lower_.replace("’", "'") in ("le", "la", "l'")
        ):
            # "a annoncé le ministère dans un communiqué": a body the entity layer
            # left unnamed wrote it; named by its fullest phrase in the document
            start, end = self.fullest_phrase(token.doc[det.i : token.i + 1]) or (det.idx, token.idx + len(token.text))
            return Referent(None, self.text[start:end], None, "description", 0.45, start, end)
        return None
