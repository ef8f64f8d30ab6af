"""Syntax helpers of the relation extractor: dependency slots, segments, antecedents.

Pure functions over spaCy tokens (plus ``DocumentContext``, the per-document
lookups every sentence shares). They say where an actor of a trigger sits
(subject, object, a preposition's complement, the noun a participle modifies…)
and cope with the French parser's habits (arguments attached one level too high,
appositions read as objects, paragraphs glued by a bare newline). Used by
``veille.nlp.relations``; no relation logic here. Coordinated and apposed members
live in ``veille.nlp.relation_coordination`` (re-exported here).
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..models import Amount, DateMention, EntityRecord, Quote
from .lang import fr_relations as fr
from .relation_elision import elided_auxiliary_verb, fronted_subjects  # noqa: F401
from .relation_coordination import (  # noqa: F401  (re-exported: callers use syntax.<name>)
    apposed_members,
    expand_coordination,
    loose_apposition,
    same_slot,
)
from .relation_voice import (  # noqa: F401  (re-exported: callers use syntax.<name>)
    COMPOUND_PREP_HEADS,
    NOMINAL,
    NOUN_ONLY_LEMMAS,
    PREP_NORMAL,
    VERBAL,
    agents,
    asked_question,
    coarse_pos,
    detached_participle,
    has_morph,
    inanimate,
    infinitive_object,
    is_gerund,
    is_passive,
    is_reflexive,
    modifies_nearest_noun,
    name_after_complement,
    noun_before_comma,
    noun_participles,
    personal_expletive,
    prep_of,
)

# Dependents that open another clause: argument search does not enter them.
CLAUSAL_DEPS = frozenset({
    "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "conj", "ROOT",
})

QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”", "„"})

MARK_WORDS = frozenset({"de", "d'", "d’", "à", "que", "qu'", "qu’", "pour", "afin"})


class DocumentContext:
    """Per-document lookups shared by every sentence (entities, amounts, dates, quotes)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.token_entity: dict[int, str] = dict(doc._.veille_token_entity or {})
        self.entities: dict[str, EntityRecord] = {e.key: e for e in doc._.veille_entities or ()}
        self.money: list[Amount] = [a for a in doc._.veille_amounts or () if a.unit == "money"]
        self.dates: list[DateMention] = [d for d in doc._.veille_dates or () if d.value]
        self.quotes: list[Quote] = list(doc._.veille_quotes or ())
        # The quotes component resolves pronoun speakers: reuse its answer.
        self.speaker_at: dict[int, str] = {
            q.speaker_start: q.speaker_key
            for q in self.quotes
            if q.speaker_key and q.speaker_start is not None
        }
        self.indirect = [(q.start, q.end) for q in self.quotes if q.kind == "indirect"]
        self.quoted = [(q.start, q.end) for q in self.quotes if q.kind != "indirect"]
        self.segments, self._segment_at = sentence_segments(doc)
        self.speakers_in_order = sorted(self.speaker_at.items())
        self._speaker_index = None
        # relation_arguments.institution_name per (token index, actor key), filled by
        # RelationFinder._institution (the slot filter and the written name both ask).
        self.institution_names: dict[tuple[int, str], str | None] = {}

    def speaker_index(self):
        """The quotes component's actor index (built on first use: most documents
        never need it), for its pronoun rules."""
        if self._speaker_index is None:
            from .speakers import SpeakerIndex  # heavy; only when a pronoun needs it

            index = SpeakerIndex(self.doc)
            index.masked = self.in_quote
            self._speaker_index = index
        return self._speaker_index

    def in_quote(self, offset: int) -> bool:
        """Does character ``offset`` stand inside a direct or partial quotation?"""
        return any(s <= offset < e for s, e in self.quoted)

    def segment_of(self, i: int) -> Span | None:
        """The sentence segment holding token ``i`` (None for a line-break token)."""
        n = self._segment_at[i]
        return self.segments[n] if n >= 0 else None

    def same_segment(self, tok: Token) -> list[Token]:
        """The children of ``tok`` on its side of any line break."""
        n = self._segment_at[tok.i]
        return [c for c in tok.children if self._segment_at[c.i] == n]

    def previous_segment(self, segment: Span) -> Span | None:
        i = segment.start - 1
        while i >= 0 and self._segment_at[i] < 0:
            i -= 1
        return self.segment_of(i) if i >= 0 else None

    @cached_property
    def title_introductions(self) -> dict[str, list[tuple[int, str]]]:
        """Where the document puts a noun right before a person's name ("le
        réalisateur X", "le cardinal, X,"): noun lemma -> [(noun token index,
        person key)], in text order. Built once: reference.introduced_title_holder
        asks it for every token of a document."""
        found: dict[str, list[tuple[int, str]]] = {}
        doc = self.doc
        for other in doc:
            if other.pos_ != "NOUN":
                continue
            i = other.i + 1
            while i < len(doc) and doc[i].text == ",":
                i += 1
            key = self.token_entity.get(i) if i < len(doc) else None
            if key and self.type_of(key) == "PER":
                found.setdefault(other.lemma_.lower(), []).append((other.i, key))
        return found

    @cached_property
    def nouns_by_lemma(self) -> dict[str, list[Token]]:
        """Common nouns by lower-case lemma, in text order. Built once:
        relation_arguments.institution_place looks for the other mentions of a
        bare institution noun ("le parquet") each time it is asked."""
        found: dict[str, list[Token]] = {}
        for tok in self.doc:
            if tok.pos_ == "NOUN":
                found.setdefault(tok.lemma_.lower(), []).append(tok)
        return found

    def type_of(self, key: str) -> str | None:
        record = self.entities.get(key)
        return record.type if record else None

    def name_of(self, key: str) -> str | None:
        record = self.entities.get(key)
        return record.name if record else None


def gerund_subjects(t: Token, depth: int) -> list[Token]:
    """A gerund's subject is the subject of the clause it modifies. The parser
    often hangs it on a noun or on a completive ("X a estimé que la rentrée
    marquait « la fin de … » en s'en prenant à Y"): a gerund never modifies a
    noun, and a completive whose subject names no one leaves the gerund to the
    main verb, whose subject is the speaker."""
    anchor = t.head
    while anchor.pos_ not in VERBAL and anchor.head.i != anchor.i:
        anchor = anchor.head
    if anchor.pos_ not in VERBAL:
        return []
    subs = subjects(anchor, depth + 1)
    if anchor.dep_ == "ccomp" and anchor.head.pos_ in VERBAL and inanimate(subs):
        return subjects(anchor.head, depth + 2)
    return subs


def subjects(t: Token, depth: int = 0) -> list[Token]:
    """The tokens standing for the active subject of a verb trigger."""
    if is_passive(t):
        return agents(t)
    subs = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") and not infinitive_object(t, c)]
    # "Selon X, Y a racheté Z": a "subject" introduced by a preposition is the
    # source or a circumstance; the name the parser apposed to it is the subject.
    subs = [a for c in subs for a in ([c] if not prep_of(c) else
                                      [d for d in c.children if d.dep_ == "appos" and d.i > c.i])]
    if not subs:
        subs = [c for c in t.children if personal_expletive(c)]
    if subs or depth > 3 or t.head.i == t.i:
        return subs
    head = t.head
    if is_gerund(t) and t.dep_ in ("acl", "advcl"):
        return gerund_subjects(t, depth)
    detached = "Pres" in t.morph.get("Tense") and t.i > 0 and t.doc[t.i - 1].text == ","
    if t.dep_ in ("acl", "appos") and detached:
        # "…, écrivent X, Y et Z, reprochant à W…": a present participle set off by
        # a comma inside a subject phrase (hung on its last name or apposition)
        # takes the whole subject of that clause.
        top = head
        while top.dep_ in ("appos", "conj", "flat:name") and top.head.i != top.i:
            top = top.head
        if top.dep_.startswith("nsubj") and top.head.pos_ in VERBAL:
            return [c for c in top.head.children if c.dep_.startswith("nsubj")]
        # "« … », a ajouté le président de X, Y, demandant à Z de…": the subject
        # inverted after a quote (read as the cue's object) is the participle's.
        if top.dep_ == "obj" and top.head.dep_ == "parataxis" and top.i > top.head.i:
            return [top]
    if t.dep_ == "acl":  # an active participle: "la société détenant X"
        return [head]
    if t.dep_ == "xcomp" and head.pos_ in VERBAL and is_passive(head) and "Inf" in t.morph.get("VerbForm"):
        # "X a été contraint de quitter Y", "X, amené à quitter Y": the infinitive
        # under a passive is done by the passive's patient, not its agent.
        return objects(head)
    if t.dep_ == "xcomp" and head.lemma_.lower() in fr.OBJECT_CONTROL_LEMMAS:
        return [c for c in head.children if c.dep_ in ("obj", "iobj")] or [
            c for c in head.children if prep_of(c) == "à"
        ]
    if t.dep_ in ("xcomp", "advcl", "conj") and head.pos_ in VERBAL:
        return subjects(head, depth + 1)
    if (verb := elided_auxiliary_verb(t)) is not None:
        return subjects(verb, depth + 1)
    # "…, a ajouté X, demandant à Y de…": a participle after a comma the parser
    # leaves unlabelled ("dep") on a verb is that verb's.
    if t.dep_ == "dep" and detached and head.pos_ in VERBAL:
        return subjects(head, depth + 1)
    return []


def _de_complements(nouns: list[Token], lemmas) -> list[Token]:
    """The "de" complements of those ``nouns`` whose lemma is in ``lemmas`` ("la
    démission de X", "les rangs de X")."""
    return [c for o in nouns if o.lemma_.lower() in lemmas
            for c in o.children if c.dep_ == "nmod" and c.pos_ in NOMINAL and prep_of(c) == "de"]


def objects(t: Token) -> list[Token]:
    """The tokens standing for the direct object (the patient) of a verb trigger."""
    if is_passive(t):
        objs = [c for c in t.children if c.dep_ == "nsubj:pass"]
        if not objs and t.dep_ == "acl" and modifies_nearest_noun(t):
            objs = [t.head]
        if not objs and detached_participle(t):
            before = noun_before_comma(t)
            objs = [before] if before is not None else []
        if not objs and t.dep_ == "xcomp" and t.head.pos_ in VERBAL:
            # "X doit être élu maire": the passive completes a verb whose subject it has
            objs = [c for c in t.head.children if c.dep_ == "nsubj"]
        return objs
    # A direct object has no preposition ("dénoncé sur Twitter des attaques").
    objs = [c for c in t.children if (c.dep_ == "obj" or infinitive_object(t, c)) and not prep_of(c)]
    # The model sometimes labels a proper-noun object xcomp or flat ("n'a pas racheté
    # Kalima", "a intégré Nova").
    objs += [
        c for c in t.children
        if c.dep_ in ("xcomp", "flat:name", "flat") and c.pos_ == "PROPN" and c.i > t.i
        and not prep_of(c)
    ]
    for c in t.children:
        # (and that object is not the first verb's)
        if c.dep_ == "conj" and c.pos_ in VERBAL and c.i > t.i and any(o.i < c.i for o in objs) \
                and not any(o.dep_ == "obj" for o in c.children):
            objs = [o for o in objs if o.i < c.i]
    if not objs and t.dep_ == "conj" and t.head.pos_ in VERBAL and t.head.i < t.i:
        # "X a ouvert une enquête et saisi l'IGPN": the parser hangs the second
        # verb's object on the first one, which then has an object on each side of
        # the conjunct.
        first = [c for c in t.head.children if c.dep_ == "obj" and not prep_of(c)]
        if any(c.i < t.i for c in first):
            objs = [c for c in first if c.i > t.i]
    return objs


def object_heads(t: Token) -> list[Token]:
    """The direct objects of ``t``, plus the "de" complement of a quantity noun among
    them ("l'intégralité des requêtes" -> requêtes)."""
    heads = objects(t)
    for obj in list(heads):
        if obj.lemma_.lower() in fr.QUANTITY_NOUNS:
            heads += [c for c in obj.children if c.dep_ == "nmod" and prep_of(c) == "de"]
    return heads


def dependents(t: Token, depth: int) -> list[Token]:
    """Non-clausal dependents of ``t`` and (depth 2) of those dependents."""
    # Appositions describe a participant ("X, ancien dirigeant de Y"), they are
    # not complements of the event.
    level = [
        c for c in t.children
        if not (c.dep_ in CLAUSAL_DEPS and c.pos_ in VERBAL) and c.dep_ != "appos"
        and not loose_apposition(c)
    ]
    out = list(level)
    if depth > 1:
        for c in level:
            if c.dep_.startswith("nsubj"):
                continue  # "le président de X a limogé…": X is not the verb's complement
            out.extend(
                g for g in c.children
                if not (g.dep_ in CLAUSAL_DEPS and g.pos_ in VERBAL) and g.dep_ != "appos"
            )
    return out


def ref(t: Token) -> list[Token]:
    """For a noun like "cofondateur": the actor it describes."""
    # "X, l'un des fondateurs de Y": the noun hangs under "un", which describes X.
    # Only the name right before ", l'un des …" counts: in a list of names the
    # parser hangs "l'un" on the first one.
    if t.head.i != t.i and t.head.lemma_.lower() == "un" and prep_of(t) == "de":
        before = name_before_comma(t.head)
        if before is not None:
            return [before]
        # "X était l'un des fondateurs de Y": the copula's subject.
        if any(c.dep_ == "cop" for c in t.head.children):
            return [c for c in t.head.children if c.dep_ == "nsubj"]
        return []
    # "poser des questions à X, fondateur de Y": the parser may hang the apposition
    # on the wrong noun; the name right before the comma is the one described
    # (an apposition hung on a name is trusted).
    if t.dep_ == "appos" and t.head.pos_ != "PROPN":
        before = name_before_comma(t)
        if before is not None:
            return [before]
    # "X, ex-député et fondateur de Y": a bare noun coordinated with a name
    # describes that name.
    # "le milliardaire et fondateur de Y, X": the first noun carries the name.
    if (
        t.dep_ == "conj" and t.head.pos_ in ("PROPN", "NOUN") and not prep_of(t.head)
        and not any(c.dep_ == "det" for c in t.children)
    ):
        return [t.head]
    # "X, son investisseur, …": an apposition, sometimes parsed as a conjunct without "et".
    if t.dep_ == "appos" or (t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.children)):
        return [t.head]
    named = [
        c for c in t.children
        if c.dep_ in ("appos", "flat:name", "flat") or (c.dep_ == "nmod" and c.pos_ == "PROPN" and not prep_of(c))
    ]
    if named:
        return named
    after = name_after_complement(t)
    if after is not None:
        return [after]
    fronted = fronted_subjects(t)
    if fronted:
        return fronted
    if any(c.dep_ == "cop" for c in t.children):
        return [c for c in t.children if c.dep_ == "nsubj"]
    if t.dep_ in ("xcomp", "obj") and t.head.lemma_.lower() in ("devenir", "rester", "demeurer"):
        return [c for c in t.head.children if c.dep_ == "nsubj"]
    return []


def name_before_comma(t: Token) -> Token | None:
    """The proper noun right before the comma that opens ``t``'s phrase, if any."""
    comma = t.left_edge.i - 1
    if comma > 0 and t.doc[comma].text == "," and t.doc[comma - 1].pos_ == "PROPN":
        return t.doc[comma - 1]
    return None


def sources(noun: Token) -> list[Token]:
    """Whom a noun trigger comes from: "la demande (d'autorisation) émane de X" (the
    parser often hangs "émane" on the nearest noun as a participle)."""
    verbs = [noun.head] if noun.dep_.startswith("nsubj") else []
    verbs += [c for n in (noun, *noun.children) if n.i == noun.i or n.dep_ == "nmod"
              for c in n.children if c.dep_ == "acl"]
    return [c for v in verbs if v.lemma_.lower() in fr.SOURCE_VERBS
            for c in v.children if c.pos_ in NOMINAL and prep_of(c) == "de"]


def governing_subjects(t: Token) -> list[Token]:
    """The subject of the verb that carries a noun trigger ("X a annoncé une fusion"),
    or the source it comes from ("la plainte émane de X")."""
    noun = t
    if coarse_pos(t) == "VERB":
        if t.dep_ != "acl":
            return []
        noun = t.head
    elif found := sources(t):
        return found
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in VERBAL:
        return []
    if noun.dep_ == "obj" and verb.lemma_.lower() in fr.SUPPORT_VERBS:
        return subjects(verb)
    if noun.dep_.startswith("obl"):  # "dans une lettre à X, Meta demande…"
        return subjects(verb)
    return []


def slot_tokens(slot: str, t: Token) -> list[Token]:
    is_verb = coarse_pos(t) == "VERB"
    if slot == "subj":
        return subjects(t) if is_verb else []
    if slot == "obj":
        return objects(t) if is_verb else []
    if slot == "iobj":
        return [c for c in t.children if c.dep_ == "iobj"]
    if slot == "objde":
        # "dénoncer la décision de X": the actor behind what is criticised (also
        # when the parser hangs "de X" on an adjective: "les déclarations
        # « ahurissantes » de X").
        return [
            d for o in (objects(t) if is_verb else []) if o.lemma_.lower() in fr.CONDEMNED_NOUNS
            for c in o.children if c.dep_ in ("nmod", "amod")
            for d in (c, *c.children)
            if d.pos_ in NOMINAL and prep_of(d) == "de"
        ]
    if slot == "askde":
        # "réclamer la démission de X", "appeler à la démission de X": the person
        # asked to go (as direct object or after "à")
        asked = (objects(t) if is_verb else []) + [c for c in t.children if c.dep_.startswith("obl") and prep_of(c) == "à"]
        return _de_complements(asked, fr.ASKED_EVENT_NOUNS)
    if slot == "objof":
        # "rallier la liste du RN", "rejoindre les rangs de X": the group joined is
        # the "de" complement of a word for its ranks.
        return _de_complements(objects(t) if is_verb else [], fr.JOINED_GROUPS)
    if slot == "agent":
        return agents(t)
    if slot == "objby":  # "rejoindre le mouvement lancé par X": who started it
        return [a for o in (objects(t) if is_verb else []) for c in o.children
                if c.dep_ == "acl" for a in agents(c)]
    if slot == "ref":
        return ref(t)
    if slot == "govsubj":
        return governing_subjects(t)
    if slot in ("entre", "entre2"):
        first = [c for c in t.children if prep_of(c) == "entre"]
        if not first:
            return []
        if slot == "entre":
            return first[:1]
        second = list(first[0].conjuncts)
        if not second:
            # "entre X et Y" is often split by the parser: take the name after "et".
            nxt = first[0].right_edge.i + 1
            doc = t.doc
            if nxt + 1 < len(doc) and doc[nxt].lower_ == "et":
                second = [doc[nxt + 1]]
        return second
    if slot.startswith("p:"):
        wanted = slot[2:]
        found = [d for d in dependents(t, 2 if is_verb else 1) if prep_of(d) == wanted]
        if not found and is_verb and elided_auxiliary_verb(t) is not None:
            # "… et démissionné de Y" hung on a noun: its complements follow it there
            found = [d for d in t.head.children if d.i > t.i and d.pos_ in NOMINAL and prep_of(d) == wanted]
        if not found and not is_verb:
            # "une lettre ouverte à X", "la plainte déposée contre X": the complement
            # hangs on the participle that follows the noun.
            found = [d for p in noun_participles(t) for d in p.children
                     if d.pos_ in NOMINAL and prep_of(d) == wanted]
        if not found:
            # "une lettre de soutien à X", "adresser une lettre de félicitations à
            # X": the parser hangs the complement on the determinerless noun that
            # qualifies the trigger (or its object), not on the trigger.
            nouns = [t] if not is_verb else [o for o in objects(t) if o.pos_ == "NOUN"]
            found = [g for n in nouns for q in qualifiers(n) for g in q.children
                     if g.pos_ in NOMINAL and prep_of(g) == wanted]
        if not is_verb:
            # "la lettre à X de Y", "le départ de X du Parti bleu": "de Y" hung on
            # the name X; after X's own slot (the frame's types choose).
            found += [g for d in dependents(t, 1) if d.pos_ == "PROPN" for g in d.children
                      if g.pos_ == "PROPN" and g.dep_ == "nmod" and prep_of(g) == wanted]
        support = t.head
        if (
            not found and not is_verb and t.dep_ == "obj"
            and support.lemma_.lower() in fr.SUPPORT_VERBS
        ):
            # "déposer une demande auprès de X": the complement hangs on the verb,
            # or one level lower ("auprès" read as the verb's adverb).
            found = [
                d for d in dependents(support, 2)
                if d.i != t.i and d.head.i != t.i and prep_of(d) == wanted
            ]
        return found
    raise ValueError(f"unknown relation slot {slot!r}")


def qualifiers(noun: Token) -> list[Token]:
    """Determinerless common nouns after "de" that qualify ``noun`` ("une lettre
    de soutien", "un message de félicitations"): what kind of letter, no actor."""
    return [
        c for c in noun.children
        if c.pos_ == "NOUN" and c.dep_ == "nmod" and c.i == noun.i + 2
        # plain "de": "du"/"des" carry an article ("l'interdiction du recours au LBD")
        and c.doc[c.i - 1].lower_ in ("de", "d'", "d’")
        and not any(d.dep_ in ("det", "nummod") for d in c.children)
    ]


def run_has_case(tok: Token, key: str, ctx: DocumentContext) -> bool:
    """Does the mention containing ``tok`` start with a preposition elsewhere?

    A badly parsed name hangs its pieces on different heads ("une association proche
    de Dupont-Aignan": "Aignan" under "association"); the case marker on another
    piece shows the name is a complement, not the noun's own name.
    """
    doc = tok.doc
    lo = hi = tok.i
    while lo > 0 and ctx.token_entity.get(lo - 1) == key:
        lo -= 1
    while hi + 1 < len(doc) and ctx.token_entity.get(hi + 1) == key:
        hi += 1
    return any(bool(prep_of(doc[i])) for i in range(lo, hi + 1))


def relative_antecedent(pron: Token) -> Token | None:
    clause = pron.head
    doc = pron.doc
    before = doc[pron.i - 1] if pron.i > 0 else None
    if before is not None and pron.lower_ == "qui" and before.pos_ == "PROPN":
        # "(moins la Grande-Bretagne qui quitte l'Union)": "qui" right after a name
        # (no comma) has that name as antecedent even when the parser hangs the
        # clause higher; not a name in a "de" complement ("le président de la
        # République qui…" is the president).
        name = before
        while name.dep_ in ("flat:name", "flat") and name.head.i < name.i:
            name = name.head
        if prep_of(name) not in ("de", "d'") and clause.head.i != name.i:
            return name
    if clause.dep_ == "acl:relcl":
        return clause.head
    # The model often leaves a relative clause unattached: the antecedent is the
    # nominal just before "qui" (skipping the comma).
    i = pron.i - 1
    doc = pron.doc
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 else None


def sentence_segments(doc: Doc) -> tuple[list[Span], list[int]]:
    """Sentences, cut again at line breaks.

    The parser often runs a sentence across a paragraph break (news feeds glue
    paragraphs with a newline and no final stop); a line break is a hard boundary for
    the evidence and for the actors of a relation. Returns the segments and, per
    token, the index of its segment (-1 for the line-break tokens themselves).
    """
    segments: list[Span] = []
    at = [-1] * len(doc)
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text:
                if tok.i > start:
                    segments.append(doc[start:tok.i])
                start = tok.i + 1
        if start < sent.end:
            segments.append(doc[start:sent.end])
    for n, seg in enumerate(segments):
        for i in range(seg.start, seg.end):
            at[i] = n
    return segments, at


def sentence_bounds(sent: Span) -> tuple[int, int]:
    tokens = [tok for tok in sent if not tok.is_space]
    if not tokens:
        return sent.start_char, sent.end_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
