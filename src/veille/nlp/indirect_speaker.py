"""Whether a speech verb found by the indirect-speech patterns has a speaker
other than the writer ("X dit que", "…, soulignant que", "on affirme que") and
whether a token names a possible source: the checks every pattern of
:mod:`veille.nlp.indirect` and its siblings (``indirect_incise``,
``indirect_objects``, ``indirect_sources``) applies before keeping a candidate.

Mixed into the indirect-speech finder (reads its ``doc``, ``text``, ``index``,
``in_marks``, ``sentence_of``, ``is_speech_verb``, ``speech_lemma``,
``_name_start`` and ``_participle_subject``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .coreference import pronoun_form
from .lang import fr_quotes as data
from .speech_syntax import find_subject, inverted_subject, is_person_noun

#: verbs that report an assertion when "on" is their subject (decision 21)
_ON_ASSERTS = frozenset({"affirmer", "dire", "assurer", "suggérer", "prétendre", "répéter", "annoncer",
                         "déclarer", "promettre", "confirmer", "marteler", "valoir", "entendre"})

#: a civility abbreviation the sentence splitter takes for a sentence end
_CIVILITY_END = re.compile(r"\b(?:M|MM|Mme|Mmes|Dr|Me|Mgr)\.\s*$")


class SpeakerChecks:
    """Does a speech verb have a source; does a token name one."""

    def _participle_speaker(self, verb: Token) -> Token | None:
        """ "…, a expliqué M. X, soulignant que …": a present participle after a
        comma continues the speaker of the speech verb before it in the sentence
        (the parser gives it the nearest subject, often the content's)."""
        if not verb.lower_.endswith("ant") or verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return None
        s, _ = self.sentence_of(verb.idx)
        while s > 0 and _CIVILITY_END.search(self.text, max(0, s - 8), s):
            s, _ = self.sentence_of(s - 2)  # "a expliqué M. Fagnol": no sentence ends at "M."
        for k in range(verb.i - 2, -1, -1):
            tok = self.doc[k]
            if tok.idx < s:
                return None
            if self.in_marks(tok.idx) or not self.is_speech_verb(tok) or tok.lower_.endswith("ant"):
                continue
            after = inverted_subject(tok, self._name_start)
            if after is not None and tok.i < after.i < verb.i and not self.in_marks(after.idx):
                return after
            subject = find_subject(tok, s, lambda t: not self.in_marks(t.idx))
            return subject if subject is not None and subject.i < verb.i else None
        return None

    def _has_source(self, verb: Token) -> bool:
        if "Inf" in verb.morph.get("VerbForm") and any(
            t.lemma_ in ("falloir", "convenir") for t in self.doc[max(0, verb.i - 3) : verb.i]
        ):
            return False  # "Il faut dire que …", "il convient de rappeler que …": the writer's own voice
        if self._participle_speaker(verb) is not None or self._participle_subject(verb, lambda t: not self.in_marks(t.idx)):
            return True  # "…, tout en jugeant que": the subject of the clause the participle joins
        subject = find_subject(verb, self.sentence_of(verb.idx)[0], lambda t: not self.in_marks(t.idx))
        if subject is None:
            return self._name_before(verb)
        if subject.lower_ == "qui" and subject.head.dep_ == "acl:relcl":
            return True  # "un ouvrier qui … dit revenir": the antecedent speaks
        if pronoun_form(subject) == "on":
            # "on affirme que …", "dit-on": a generic source (decision 21), with verbs
            # that assert; "on sait / pense / voit que" is the writer's own reasoning
            return self.speech_lemma(verb) in _ON_ASSERTS
        return pronoun_form(subject) not in ("je", "j'", "nous", "vous", "tu", "ce", "c'", "ça", "cela", "qui")

    def _names_a_source(self, tok: Token) -> bool:
        """A name, or a noun for a body or a person ("la police", "le porte-parole")."""
        if tok.pos_ == "PROPN" or tok.text[:1].isupper() or self.index.entity_in(tok.idx, tok.idx + len(tok.text)):
            return True
        word = tok.lower_
        return word in data.ORG_DESCRIPTIONS or word in data.PER_DESCRIPTIONS or word in data.SOURCE_NOUNS or is_person_noun(tok)

    def _name_before(self, verb: Token) -> bool:
        """Is a person or organisation named right before ``verb``, with only clitics
        or adverbs between? ("…, Michel Dupré dit craindre …", where the parser made
        the verb a modifier of an earlier noun and left it without subject)"""
        k = verb.i - 1
        while k >= 0 and (self.doc[k].pos_ in ("ADV", "AUX") or self.doc[k].lower_ in ("ne", "n'", "n’", "se", "s'", "s’")):
            k -= 1
        if k < 0 or self.doc[k].pos_ != "PROPN" or self.in_marks(self.doc[k].idx):
            return False
        tok = self.doc[k]
        return self.index.entity_in(tok.idx, tok.idx + len(tok.text), ("PER", "ORG")) is not None
