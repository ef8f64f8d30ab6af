"""Who a relation's actor is when the slot holds no name: pronouns, possessives,
object clitics and descriptions (a mixin of ``veille.nlp.relations.RelationFinder``).

Pronouns ("il", "elle", "son") go to the quotes component's speaker when it has one,
else to the nearest earlier subject of the sentence, else to the previous
sentence's single subject (left unresolved when that is ambiguous); when the
previous sentence names nobody, the quotes component's confident coreference rules
decide. Object clitics ("l'accuse", "lui demande") stand for the one other actor
nearby. Definite descriptions as subjects ("le milliardaire") are read by the
speakers' rules, so that relations and quotes agree on who a description is.
Kept apart from the frame search so that each module stays readable.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Span, Token

from . import reference
from . import relation_arguments as rargs
from . import relation_syntax as syntax
from .coreference import Referent
from .statements import FIRST_POSSESSIVES, quoted_speaker
from .lang import fr_relations as fr

_ANTECEDENT_TYPES = ("PER", "ORG")
# Lowest confidence of the coreference rules kept for a relation's actor: the last
# quoted speaker (0.75) and the last person subject (0.6); guesses below are left.
MIN_COREFERENCE = 0.6


def _index_before(tok: Token, ctx: syntax.DocumentContext):
    """The quotes component's actor index, its recent speakers set to the quoted
    speakers before ``tok`` (what its rules read as the last speaker)."""
    index = ctx.speaker_index()
    at = bisect.bisect_left(ctx.speakers_in_order, (tok.idx,))
    index.recent_speakers = [
        (start, Referent(key, ctx.name_of(key), ctx.type_of(key), "speaker", 1.0))
        for start, key in ctx.speakers_in_order[:at]
    ]
    return index


class ActorResolver:
    """Resolution of pronouns, possessives, clitics and descriptions; the class
    using it provides ``_entity_of``, ``resolve_pronouns`` and ``resolve_descriptions``."""

    def _described_subject(self, tok: Token, ctx: syntax.DocumentContext) -> str | None:
        """"Le milliardaire a fondé X", "le député a porté plainte contre Y": a
        definite description as a clause's subject, read by the quotes component's
        rules for speakers (``speakers.resolve_subject``: a title's holder, the
        person named or quoted just before…), so that relations and quotes agree
        on who a description is. Subjects only: as an object a description more
        often introduces someone new ("a attaqué le maire"). Kept at the
        confidence those rules give a resolved description (0.5) or more."""
        # The agent of a passive or a participle is its logical subject ("l'école,
        # fondée par le cinéaste").
        agent = tok.dep_ == "obl:agent" or (syntax.prep_of(tok) == "par" and tok.head.pos_ in syntax.VERBAL)
        if not (tok.dep_.startswith("nsubj") or agent) or tok.pos_ not in ("NOUN", "ADJ") or ctx.in_quote(tok.idx):
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_.replace("’", "'") not in reference.DEFINITE:
            return None
        # "le PDG de Kalima" is the current holder of that post or nobody
        # (``reference``): a description with its own complement is not guessed.
        if any(c.dep_ in ("nmod", "appos", "flat:name", "acl", "acl:relcl") for c in tok.children):
            return None
        from .speakers import resolve_subject  # the quotes component's reader

        index = _index_before(tok, ctx)
        _, referent = resolve_subject(tok, index, "description", None if agent else tok.head)
        if referent is not None and referent.key is not None and referent.confidence >= 0.5:
            return referent.key if ctx.type_of(referent.key) in _ANTECEDENT_TYPES else None
        return None if agent else self._continued_title(tok, ctx)

    def _described_antecedent(self, ante: Token, ctx: syntax.DocumentContext) -> str | None:
        """The actor a definite description that a relative clause hangs on stands
        for ("L'ex-ministre, qui a fondé X, …"): read as the description would be
        in its own slot (a bare title's holder, the company named last…)."""
        if ante.pos_ != "NOUN" or not self.resolve_descriptions:
            return None
        return self._description_referent(ante, ctx, state_titles=False)

    def _description_referent(self, tok: Token, ctx: syntax.DocumentContext, *,
                              state_titles: bool = True) -> str | None:
        """The actor a description stands for: a named antecedent of its words, the
        holder of a state title ("le chef de l'État"; not read for a relative's
        antecedent), of a listed title, the subject it describes, or the person the
        article introduced with that same word."""
        return (reference.description_antecedent(tok, ctx)
                or (rargs.state_title_holder(tok, ctx) if state_titles else None)
                or reference.introduced_title_holder(tok, ctx) or self._described_subject(tok, ctx)
                or self._named_after_word(tok, ctx))

    @staticmethod
    def _named_after_word(tok: Token, ctx: syntax.DocumentContext) -> str | None:
        """"le cardinal Jean Morlot … a accusé le cardinal": a bare definite singular
        noun stands for the one person the article named right after that same word
        earlier, whatever the word (the article shows it used as that person's
        title; ``reference.introduced_title_holder`` knows only listed titles). The
        name must follow the word directly: "selon le journal, X" makes no title."""
        if tok.pos_ != "NOUN" or "Plur" in tok.morph.get("Number"):
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_.replace("’", "'") not in reference.DEFINITE:
            return None
        doc = tok.doc
        # (A relative set off by a comma adds to the same person, "le cardinal, qui…";
        # one without restricts the word to someone else, "le cardinal qui…".)
        if any(c.dep_ in ("appos", "flat:name", "flat", "nmod") or c.lower_ in fr.FORMER_WORDS
               or (c.dep_ == "acl:relcl" and doc[c.left_edge.i - 1].text != ",")
               for c in tok.children):
            return None
        # The word heads the name ("le cardinal Jean Morlot"), it is no complement
        # before it ("le président de séance X"); and it introduces the person (the
        # name's first mention): "le gouvernement Macron" later names a government.
        holders = {key for at, key in ctx.title_introductions.get(tok.lemma_.lower(), ())
                   if at < tok.i and doc[at + 1].text != ","
                   and (doc[at + 1].head.i == at or doc[at].head.i == at + 1)
                   and (record := ctx.entities.get(key)) is not None and record.mentions
                   and record.mentions[0].start <= doc[at + 1].idx < record.mentions[0].end}
        return holders.pop() if len(holders) == 1 else None

    def _latter(self, tok: Token, ctx: syntax.DocumentContext) -> str | None:
        """"…dont celui de la comédienne X. Celle-ci a porté plainte": "celui-ci /
        celle-ci" is the last actor named before it (in its sentence or the previous
        one), not the previous subject as "il" would be; outside quotations."""
        sent = ctx.segment_of(tok.i)
        if sent is None or ctx.in_quote(tok.idx):
            return None
        previous = ctx.previous_segment(sent)
        lo = previous.start if previous is not None else sent.start
        for i in range(tok.i - 1, lo - 1, -1):
            key = ctx.token_entity.get(i)
            if key and not ctx.in_quote(ctx.doc[i].idx):
                return key if ctx.type_of(key) in _ANTECEDENT_TYPES and self._key_agrees(tok, key, ctx) else None
        return None

    def _continued_title(self, tok: Token, ctx: syntax.DocumentContext) -> str | None:
        """"Jean Lassalle a réussi… Le député non inscrit a provoqué…": a bare person
        title opening the next sentence continues that sentence's one named person
        subject (as "il" would); nobody when the title has a complement of its own
        or the previous subject is not a single person."""
        if tok.lemma_.lower() not in fr.PERSON_OR_ROLE_TITLES and tok.lower_ not in fr.PERSON_TITLES:
            return None
        sent = ctx.segment_of(tok.i)
        previous = ctx.previous_segment(sent) if sent is not None else None
        if previous is None or any(t.dep_.startswith("nsubj") for t in ctx.doc[sent.start: tok.i]):
            return None
        keys = {
            k for child in previous.root.children if child.dep_.startswith("nsubj") and child.pos_ == "PROPN"
            for member in (child, *child.conjuncts) if (k := ctx.token_entity.get(member.i))
        }
        if len(keys) != 1:
            return None
        key = keys.pop()
        return key if ctx.type_of(key) == "PER" else None

    def _antecedent(
        self, tok: Token, ctx: syntax.DocumentContext, exclude: Iterable[str] = (), same_sentence: bool = True
    ) -> str | None:
        """An earlier PER/ORG subject a pronoun or possessive refers to, or None if unsure."""
        excluded = set(exclude)
        key = ctx.speaker_at.get(tok.idx)
        if key and key not in excluded and self._key_agrees(tok, key, ctx):
            return key
        sent = ctx.segment_of(tok.i)
        if sent is None:
            return None
        for cand in reversed(ctx.doc[sent.start: tok.i] if same_sentence else []):
            if cand.dep_.startswith("nsubj") and cand.pos_ != "PRON" and _agrees(tok, cand):
                key = self._entity_of(cand, ctx, depth=3)
                if key and key not in excluded and ctx.type_of(key) in _ANTECEDENT_TYPES:
                    return self._person_over_organisation(tok, cand, key, ctx) or key
        # The previous sentence's subject, or the speaker it quotes; only when there
        # is exactly one candidate (a wrong antecedent costs more than none).
        previous = ctx.previous_segment(sent)
        if previous is None:
            return None
        keys = set()
        for child in previous.root.children:
            if child.dep_.startswith("nsubj") and child.pos_ != "PRON" and _agrees(tok, child):
                for member in (child, *child.conjuncts):
                    k = self._entity_of(member, ctx, depth=3)
                    if k:
                        keys.add(k)
        keys.update(
            key for start, key in ctx.speaker_at.items()
            if previous.start_char <= start < previous.end_char
        )
        keys = {
            k for k in keys
            if ctx.type_of(k) in _ANTECEDENT_TYPES and self._key_agrees(tok, k, ctx)
        }
        if len(keys) == 1:
            key = keys.pop()
            if key not in excluded:
                return key
            return None
        # Not inside a relative clause ("la vidéo dans laquelle il insulte X"): there
        # "il" is often someone the main clause introduces, not the last speaker.
        # Nor after a sentence about "cet animateur", "cette militante": a
        # demonstrative description the pronoun continues, which names nobody.
        demonstrative = any(
            c.dep_.startswith("nsubj") and any(
                d.dep_ == "det" and d.lower_ in ("ce", "cet", "cette") for d in c.children
            )
            for c in previous.root.children
        )
        if (
            not keys and not demonstrative and tok.lower_ in fr.SUBJECT_PRONOUNS
            and tok.head.dep_ != "acl:relcl"
        ):
            key = self._one_named(tok, previous, ctx) or self._coreference(tok, ctx)
            if key and key not in excluded and self._key_agrees(tok, key, ctx):
                return key
        return None

    def _person_over_organisation(
        self, tok: Token, subject: Token, key: str, ctx: syntax.DocumentContext
    ) -> str | None:
        """"Kalima a rejeté les demandes de Dupont et il est parti": a masculine "il"
        repeated after "et"/"mais" next to an organisation subject is the one person
        named in between (French leaves out a subject pronoun that repeats the
        subject; a company is rarely "il" next to a person)."""
        if tok.lower_ != "il" or tok.i == 0 or ctx.doc[tok.i - 1].lower_ not in ("et", "mais", "puis"):
            return None
        if ctx.type_of(key) != "ORG":
            return None
        people = {
            k for i in range(subject.i + 1, tok.i) if (k := ctx.token_entity.get(i))
            and ctx.type_of(k) == "PER" and not ctx.in_quote(ctx.doc[i].idx)
        }
        return people.pop() if len(people) == 1 else None

    def _one_named(self, tok: Token, previous: Span, ctx: syntax.DocumentContext) -> str | None:
        """The one PER/ORG actor the previous sentence names outside quotations, when
        its subject is no common noun the pronoun could continue ("La pétition vient
        d'un certain X. Il…" is X; "Le ministre a reçu X. Il…" is nobody)."""
        gender = tok.morph.get("Gender")
        if any(
            c.dep_.startswith("nsubj") and c.pos_ == "NOUN" and _agrees(tok, c)
            and (not gender or not c.morph.get("Gender") or c.morph.get("Gender") == gender)
            for c in previous.root.children
        ):
            return None
        named = [(ctx.doc[i], ctx.token_entity.get(i)) for i in range(previous.start, previous.end)]
        groups = {k for t, k in named if k and rargs.generic_group(t, k, ctx)}
        keys = {
            k for t, k in named
            if k and k not in groups and ctx.type_of(k) in _ANTECEDENT_TYPES
            and not ctx.in_quote(t.idx) and self._key_agrees(tok, k, ctx)
        }
        return keys.pop() if len(keys) == 1 else None

    def _coreference(self, tok: Token, ctx: syntax.DocumentContext) -> str | None:
        """The quotes component's pronoun rules (``veille.nlp.coreference``), kept
        only when confident: the last quoted speaker or the last person subject
        within reach. Used when the previous sentence gives no candidate at all."""
        referent = _index_before(tok, ctx).resolve_pronoun(tok)
        if referent is None or referent.key is None or referent.confidence < MIN_COREFERENCE:
            return None
        return referent.key if ctx.type_of(referent.key) in _ANTECEDENT_TYPES else None

    def _object_antecedent(self, tok: Token, ctx: syntax.DocumentContext) -> str | None:
        """The actor an object clitic stands for ("Marie Leroy l'accuse de…"): the one
        PER/ORG actor named before it in its sentence other than the verb's subject,
        else the one such actor of the previous sentence; None when several."""
        sent = ctx.segment_of(tok.i)
        if sent is None:
            return None
        excluded = {
            k for s in syntax.subjects(tok.head) for m in (s, *s.conjuncts)
            for k in (self._antecedent(m, ctx) if m.pos_ == "PRON" and "Rel" not in m.morph.get("PronType")
                      else self._entity_of(m, ctx, depth=3),)
            if k
        }
        # Names inside the subject's own description are not the object either ("X,
        # vice-président de l'AMF, qui l'a accusé": not the AMF).
        verb_side = {d.i for d in tok.head.subtree}
        described = {
            d.i for s in syntax.subjects(tok.head)
            for head in ((syntax.relative_antecedent(s) if "Rel" in s.morph.get("PronType") else s),)
            if head is not None for d in head.subtree if d.i not in verb_side
        }
        # "X a provoqué une suspension, alors que Y lui avait intimé de…": in a clause
        # subordinate to a verb whose subject is a person, the clitic continues that
        # subject (the topic of the sentence), whatever else the main clause names.
        verb = tok.head
        if verb.dep_ == "advcl" and verb.head.pos_ in syntax.VERBAL and tok.lower_ in fr.OBJECT_CLITICS:
            main = [s for s in syntax.subjects(verb.head) if s.pos_ != "PRON"]
            keys = {k for m in main if (k := self._entity_of(m, ctx))}
            if len(keys) == 1 and (key := keys.pop()) not in excluded and ctx.type_of(key) == "PER":
                return key
        previous = ctx.previous_segment(sent)
        spans = [(sent.start, tok.i)] + ([(previous.start, previous.end)] if previous is not None else [])
        for lo, hi in spans:
            keys = {
                k for k in (
                    # a name, or a title standing for the person it introduced
                    # ("…contre le réalisateur, l'accusant de…")
                    ctx.token_entity.get(i) or reference.introduced_title_holder(ctx.doc[i], ctx)
                    for i in range(lo, hi) if i not in described
                )
                if k and k not in excluded and ctx.type_of(k) in _ANTECEDENT_TYPES
                and not ctx.in_quote(ctx.doc[lo].idx)
            }
            if len(keys) == 1:
                return keys.pop()
            if keys:
                return None
        return None

    @staticmethod
    def _employer_of(
        subjects: list[tuple[str, Token]], t: Token, ctx: syntax.DocumentContext
    ) -> list[tuple[str, Token]]:
        """The organisation a person leaves when the sentence does not name it
        ("la démission de X"): the one organisation of the article X holds a post
        in (``EntityRecord.roles``, from "X, PDG de Kalima"); none when several."""
        if len(subjects) != 1:
            return []
        record = ctx.entities.get(subjects[0][0])
        if record is None or record.type != "PER":
            return []
        names = {
            role.of.casefold() for role in record.roles
            if role.of and role.title.split(" ")[0].lower() not in fr.NOT_A_POST
            and role.of.casefold() not in fr.NOT_AN_EMPLOYER
        }
        keys = {
            e.key for e in ctx.entities.values()
            if e.type == "ORG" and names & {n.casefold() for n in (e.name, *e.aliases)}
        }
        return [(keys.pop(), t)] if len(keys) == 1 else []

    def _same_type(self, a: Token, b: Token, ctx: syntax.DocumentContext) -> bool:
        ka, kb = self._entity_of(a, ctx, depth=3), self._entity_of(b, ctx, depth=3)
        return bool(ka and kb) and ctx.type_of(ka) == ctx.type_of(kb)

    @staticmethod
    def _key_agrees(pronoun: Token, key: str, ctx: syntax.DocumentContext) -> bool:
        """Does the entity's first mention agree in number with ``pronoun``?"""
        record = ctx.entities.get(key)
        if record is None or not record.mentions:
            return True
        span = ctx.doc.char_span(record.mentions[0].start, record.mentions[0].end,
                                 alignment_mode="expand")
        return span is None or not len(span) or _agrees(pronoun, span.root)

    def _possessor(self, t: Token, ctx: syntax.DocumentContext) -> str | None:
        if not self.resolve_pronouns:
            return None
        det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in fr.POSSESSIVES), None)
        if det is None:
            mine = next((c for c in t.children if c.dep_ == "det" and c.lower_ in FIRST_POSSESSIVES), None)
            return quoted_speaker(ctx, mine.idx) if mine is not None else None
        described = {self._entity_of(r, ctx) for r in rargs.described_tokens(t, ctx)} - {None}
        # "X a fondé les Patriotes après son départ du RN": the subject of the verb
        # the noun depends on (the noun must not be that subject itself).
        verb = t.head
        if verb.i != t.i and verb.pos_ in syntax.VERBAL and not t.dep_.startswith("nsubj"):
            for subj in syntax.subjects(verb):
                key = self._entity_of(subj, ctx, depth=3)
                if key and key not in described and ctx.type_of(key) in _ANTECEDENT_TYPES:
                    return key
        # Otherwise the previous sentence's subject, unless another actor is named
        # before the possessive ("Glad … son fondateur" is Facebook's founder).
        segment = ctx.segment_of(det.i)
        if segment is None:
            return None
        before = {
            k for k in (ctx.token_entity.get(i) for i in range(segment.start, det.i))
            if k and k not in described and ctx.type_of(k) in _ANTECEDENT_TYPES
        }
        if before:
            # "X a refusé de commenter, mais sa plainte…": the one actor named
            # before is the subject of an earlier clause; the possessive continues it.
            subject_keys = {
                ctx.token_entity.get(c.i) for c in ctx.doc[segment.start: det.i]
                if c.dep_.startswith("nsubj") and c.pos_ == "PROPN"
            }
            if len(before) == 1 and before <= subject_keys and self._key_agrees(det, next(iter(before)), ctx):
                return before.pop()
            return None
        return self._antecedent(det, ctx, exclude=described, same_sentence=False)


def _agrees(pronoun: Token, candidate: Token) -> bool:
    """Number agreement between a pronoun or possessive and a candidate antecedent
    ("il" does not stand for "les Gilets jaunes"); unknown number agrees.
    Possessives carry the possessed noun's number, so only their person is used."""
    if pronoun.lower_ in fr.POSSESSIVES:
        return True
    mine, theirs = pronoun.morph.get("Number"), candidate.morph.get("Number")
    return not mine or not theirs or mine == theirs
