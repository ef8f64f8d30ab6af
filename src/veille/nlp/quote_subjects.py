"""Who is the subject of a cue when the parse misleads (mixed into the quote finder).

The parser hangs present participles ("…, assurant que « … »") on the nearest
clause, often a relative one or the verb's object, and makes a fronted participle
("Estimant que …, elle a regretté …") the root of its sentence; it reads an incise's
subject as an object, and takes an earlier clause's subject for a verb set after an
apposition. These helpers find the subject the reader sees; the attribution itself
is :meth:`veille.nlp.quotes._DocQuotes._from_verb`'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .speakers import resolve_subject
from .speech_syntax import find_subject

#: "on entend / voit X dire …": the infinitive's subject is the perceived person
_PERCEPTION_VERBS = frozenset({"entendre", "voir", "écouter", "regarder", "apercevoir"})


def _infinitive(verb: Token) -> bool:
    # (the tagger calls some infinitives participles, "commenter": the ending decides)
    return verb.pos_ in ("VERB", "AUX") and ("Inf" in verb.morph.get("VerbForm") or verb.lower_.endswith(("er", "ir", "re")))


def present_participle(verb: Token) -> bool:
    return verb.lower_.endswith("ant") and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


class CueSubjects:
    """Subject finders; they read the finder's ``doc``, ``text``, ``index``,
    ``sentence_of``, ``in_marks`` and ``_sentence_first_token``."""

    def _outer_reporter(self, verb: Token) -> Token | None:
        """ "X a rappelé que Y avait promis « … »": a cue inside the "que" clause of an
        earlier cue of the sentence is reported speech itself; the words in marks are
        quoted by the outer speaker, who reports them."""
        node = verb
        for _ in range(4):
            clause, node = node, node.head
            if node.i == clause.i or node.i > verb.i:
                return None
            if self.in_marks(node.idx):
                return None  # (a cue inside a quotation is the quoted speaker's)
            if self.is_speech_verb(node) and any(
                c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") and not self.in_marks(c.idx) for c in clause.children
            ):
                return node
        return None

    def _comme_subject(self, verb: Token) -> Token | None:
        """ "comme l'a dit X", "comme le souligne X", "comme semble le dire X": in a
        "comme" clause with the clitic standing for the content, the subject is the
        noun after the verb (the parser gives it the main clause's subject, or reads
        it as an object)."""
        doc = self.doc
        k, clitic = verb.i - 1, False
        while k > 0 and verb.i - k <= 5 and doc[k].lower_ != "comme":
            tok = doc[k]
            clitic = clitic or tok.lower_ in ("l'", "l’", "le")
            if not (tok.pos_ in ("AUX", "ADV", "PRON") or tok.lemma_ in ("sembler", "paraître") or tok.text.startswith("-")
                    or tok.lower_ in ("l'", "l’", "le")):
                return None
            k -= 1
        if k < 0 or doc[k].lower_ != "comme" or not clitic or self.in_marks(doc[k].idx):
            return None
        _, e = self.sentence_of(verb.idx)
        for tok in doc[verb.i + 1 : verb.i + 6]:
            if tok.idx >= e or tok.is_punct or self.in_marks(tok.idx):
                return None
            if tok.pos_ in ("NOUN", "PROPN"):
                return tok
        return None

    def _participle_subject(self, verb: Token, allowed) -> Token | None:
        """ "X a dénoncé les dépenses qui ont plombé les comptes, assurant que « … »":
        the parser hangs the participle on the relative clause before its comma, whose
        subject ("qui") is not the speaker, or on the object noun; the participle shares
        the subject of the clause that noun or relative belongs to."""
        if not present_participle(verb):
            return None
        if self._sentence_first_token(verb) == verb.i:
            return self._main_subject_after(verb, allowed)
        attached = verb.head if verb.dep_ == "fixed" else verb  # "tout en estimant": on "tout"
        clause = attached.head
        if clause.i == attached.i:
            return None
        root = next((t for t in self.doc[clause.i].sent if t.dep_ == "ROOT"), clause)
        if clause.i > verb.i and root.i < verb.i:
            clause = root  # (hung on a verb of its own content: the sentence's verb frames it)
        seen = self._perceived(clause, verb)
        if seen is not None:
            # only a perceived person the speaker layer can name: a description left
            # unresolved would become the "il" of the next quotes
            named = allowed(seen) and (ref := resolve_subject(seen, self.index, "subject", verb)[1]) is not None
            return seen if named and ref.key is not None else None
        set_off = attached.i > 0 and self.doc[attached.i - 1].text == ","
        if clause.dep_ != "acl:relcl" and not (set_off and clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("obj", "obl:arg", "obl:mod", "nmod")):
            return None  # (a participle after a comma hung on the verb's object: "a dénoncé les dépenses, assurant que")
        while clause.head.i != clause.i and (clause.dep_ in ("acl:relcl", "acl") or clause.pos_ not in ("VERB", "AUX")):
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX") or clause.i > verb.i:
            return None
        return find_subject(clause, self.sentence_of(verb.idx)[0], allowed)

    def _main_subject_after(self, verb: Token, allowed) -> Token | None:
        """ "Estimant que <content>, elle a regretté …": the subject opening the main
        clause after the fronted participle's clause (the parser often makes the
        participle the root and the main verb its complement)."""
        _, e = self.sentence_of(verb.idx)
        for comma in self.doc[verb.i + 1 :]:
            if comma.idx >= e:
                return None
            if comma.text != "," or self.in_marks(comma.idx) or comma.i + 1 >= len(self.doc):
                continue
            subject = self.doc[comma.i + 1]
            if subject.dep_.startswith("nsubj") and subject.pos_ in ("PRON", "NOUN", "PROPN", "DET") and (
                "Fin" in subject.head.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in subject.head.children)
            ) and allowed(subject):
                return subject
            if subject.pos_ == "DET" and subject.head.dep_.startswith("nsubj") and allowed(subject.head):
                return subject.head  # ", le conseiller a dénoncé …"
        return None

    @staticmethod
    def _perceived(clause: Token, verb: Token) -> Token | None:
        """ "on entend X commenter le vote, tout en jugeant que …": the
        participle goes with the infinitive after a verb of perception, whose subject
        is the perceived person, that verb's object (however the parser hung it)."""
        perceiving = clause
        if clause.dep_ in ("xcomp", "acl") and _infinitive(clause):
            perceiving = clause.head  # the infinitive, or the object it describes
        if perceiving.dep_ == "obj" and perceiving.pos_ in ("NOUN", "PROPN", "PRON"):
            perceiving = perceiving.head
        if perceiving.lemma_ not in _PERCEPTION_VERBS:
            return None
        seen = next((c for c in perceiving.children if c.dep_ == "obj" and c.i < verb.i), None)
        if seen is None or not any(
            _infinitive(t) and t.dep_ in ("xcomp", "acl") and seen.i < t.i < verb.i
            for t in perceiving.subtree
        ):
            return None
        return seen

    def _object_after_subject(self, after: Token, verb: Token, group: Span | None) -> bool:
        """Is the word read as an inverted subject the verb's object, its real subject
        standing before it ("X, coanimatrice du débat, avait salué l'intérêt des
        Français")? An incise's subject is often tagged an object too; there a finite
        verb (the content's) or a quote sits between the parser's subject and the verb."""
        if after.dep_ != "obj" or after.head.i != verb.i or after.pos_ == "PRON":
            return False
        group_start = group.start if group is not None else verb.i

        def fronted_subject(c: Token) -> bool:
            return c.dep_.startswith("nsubj") and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")

        def only_apposition_between(c: Token) -> bool:
            return not any("Fin" in t.morph.get("VerbForm") or self.in_marks(t.idx) for t in self.doc[c.i + 1 : group_start])

        return any(fronted_subject(c) and only_apposition_between(c) for c in verb.children)

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
        # a relative clause between the commas has its own verb ("Le document, dont
        # l'agence a obtenu une copie, relève …"): it still describes the noun before
        relative = len(apposition) > 0 and apposition[0].lower_ in ("qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle")
        if not len(apposition) or not relative and any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in apposition
        ):
            return None
        np_start = commas[-2] + 1 if len(commas) > 1 else self.doc.char_span(s, s + 1, alignment_mode="expand").start
        phrase = [t for t in self.doc[np_start : commas[-1]] if not t.is_space]
        if not phrase or len(phrase) > 5 or any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in phrase):
            return None
        heads = [t for t in phrase if t.pos_ in ("PROPN", "NOUN") and not self.in_marks(t.idx)]
        inside = {t.i for t in phrase}
        # the phrase's own head, not its complement: "le PDG d'EDF, Jean Dupont,"
        # is the PDG (named by the apposition), not EDF
        top = [t for t in heads if t.head.i not in inside or t.head.i == t.i]
        return top[0] if top else (heads[-1] if heads else None)

    def _relative_left_behind(self, verb: Token, before: list[Token]) -> Token | None:
        """ "Au journaliste Y, qui s'interroge sur …, celui qui … se fend d'un « … »":
        a speech verb in another person's relative clause, with a later main verb
        of its own subject between it and the quote, does not introduce the quote."""
        top = verb
        while top.dep_ in ("conj", "xcomp") and top.head.i != top.i:
            top = top.head  # ("qui voit poindre … et s'interroge": a later verb of the relative)
        if top.dep_ != "acl:relcl":
            return None
        # the relative ends at the next comma (the parser often hangs what follows on it)
        comma = next((t.i for t in before if t.i > verb.i and t.text == ","), None)
        if comma is None:
            return None
        return next((
            t for t in before
            if t.i > comma and t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")
            and any(c.dep_.startswith("nsubj") and c.i > comma for c in t.children)
        ), None)
