"""Component ``veille_relations``: typed relations and events between actors.

Relations are read off the dependency parse, never from co-occurrence. A sentence is
looked at only when one of its tokens has a trigger lemma (``lang/fr_relations.FRAMES``);
each frame of that lemma says in which syntactic slots the subject and object
actors sit (subject, object, "par" agent, a preposition's complement, the noun a
participle modifies, the actor a noun like "cofondateur" describes…). Slot tokens
are mapped to document entities through ``doc._.veille_token_entity``; pronouns
("il", "elle", "son") are resolved to the quotes component's speaker when it has
one, else to the nearest earlier subject in the sentence, else to the previous
sentence's single subject (left unresolved when that is ambiguous).

Each relation gets a polarity (asserted, denied, alleged, planned) from negation,
denial verbs, intention/attempt verbs, the future and conditional moods, hedges and
indirect quotations; a date from ``doc._.veille_dates`` and type-specific arguments
(amount, role, claims, what a letter/request asks, product).

``statement_about`` relations come from quotations: the speaker of a quote and each
PER/ORG actor named inside it. Why a hand-written walker rather than spaCy's
``DependencyMatcher``: French parses attach the same argument in several places
("investir 10 M$ dans X" puts "dans X" under the amount), which needs search with
fallbacks, not fixed tree patterns; the lemma-keyed lookup keeps the cost to the
sentences that contain a trigger.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Amount, Cue, DateMention, EntityRecord, Quote, Relation
from .extensions import RELATIONS_KEY
from .lang import fr_relations as fr

# Dependents that open another clause: argument search does not enter them.
_CLAUSAL_DEPS = frozenset({
    "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "conj", "ROOT",
})
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "X", "NUM"})
_PREP_NORMAL = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d’": "de"}
_COMPOUND_PREP_HEADS = frozenset({"auprès", "près", "lors", "face", "autour", "loin"})
_MONEY_WORDS = frozenset({"dollar", "euro", "million", "milliard", "livre", "franc", "$", "€"})
_STATEMENT_TYPES = ("PER", "ORG")
_ANTECEDENT_TYPES = ("PER", "ORG")
_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”", "„"})
_MARK_WORDS = frozenset({"de", "d'", "d’", "à", "que", "qu'", "qu’", "pour", "afin"})


@dataclass(frozen=True)
class Frame:
    """How one trigger lemma expresses one relation type (see ``lang/fr_relations``)."""

    type: str
    pos: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    subject_types: tuple[str, ...] = fr.ACTOR_TYPES
    object_types: tuple[str, ...] = fr.ACTOR_TYPES
    needs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    arguments: tuple[str, ...] = ()


def compile_frames(data: dict[str, Sequence[dict]]) -> dict[str, tuple[Frame, ...]]:
    """Turn the language data into ``Frame`` values, once per component."""
    return {lemma: tuple(Frame(**spec) for spec in specs) for lemma, specs in data.items()}


class _Context:
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
        self.segments, self._segment_at = _segments(doc)

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

    def type_of(self, key: str) -> str | None:
        record = self.entities.get(key)
        return record.type if record else None

    def name_of(self, key: str) -> str | None:
        record = self.entities.get(key)
        return record.name if record else None


class RelationFinder:
    """Find typed relations between the document's actors.

    nlp (Language): the pipeline (unused; spaCy's factory signature).
    name (str): the component name.
    max_sentence_tokens (int): sentences longer than this are skipped (run-on
        text from bad segmentation gives unreliable parses and costs time).
    resolve_pronouns (bool): map "il"/"elle"/possessives to an earlier subject.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "veille_relations",
        *,
        max_sentence_tokens: int = 150,
        resolve_pronouns: bool = True,
    ):
        self.name = name
        self.max_sentence_tokens = max_sentence_tokens
        self.resolve_pronouns = resolve_pronouns
        self.frames = compile_frames(fr.FRAMES)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    # --- find ---------------------------------------------------------------

    def find(self, doc: Doc) -> list[Relation]:
        """All relations of ``doc``, deduplicated, in text order ([] without a parse)."""
        if not doc.has_annotation("DEP"):
            return []
        ctx = _Context(doc)
        found: list[Relation] = []
        for sent in ctx.segments:
            if len(sent) > self.max_sentence_tokens:
                continue
            for token in sent:
                frames = self.frames.get(token.lemma_.lower()) or self.frames.get(token.lower_)
                if frames:
                    found.extend(self._relations_for_trigger(token, sent, frames, ctx))
        found.extend(self._statements(ctx))
        return _deduplicate(found)

    def set_annotations(self, doc: Doc, relations: list[Relation]) -> None:
        doc._.veille_relations = relations
        spans = []
        for rel in relations:
            if rel.trigger is None:
                continue
            span = doc.char_span(rel.trigger.start, rel.trigger.end, label=rel.type)
            if span is not None:
                spans.append(span)
        doc.spans[RELATIONS_KEY] = spans

    def _relations_for_trigger(
        self, trigger: Token, sent: Span, frames: tuple[Frame, ...], ctx: _Context
    ) -> list[Relation]:
        kind = _coarse_pos(trigger)
        for frame in frames:
            if frame.pos != kind or not self._needs_hold(frame, trigger, sent, ctx):
                continue
            relations = self._apply(frame, trigger, sent, ctx)
            if relations:
                return relations
        return []

    def _needs_hold(self, frame: Frame, t: Token, sent: Span, ctx: _Context) -> bool:
        needs = frame.needs
        if "obj_lemma" in needs:
            if not any(o.lemma_.lower() in needs["obj_lemma"] for o in _objects(t)):
                return False
        if "dep_lemma" in needs:
            if not any(d.lemma_.lower() in needs["dep_lemma"] for d in _dependents(t, 2)):
                return False
        if "prep" in needs:
            if not any(_prep_of(d) in needs["prep"] for d in _dependents(t, 2)):
                return False
        if needs.get("reflexive") and not _is_reflexive(t):
            return False
        if needs.get("clause") and not any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ in _VERBAL for c in t.children
        ):
            return False
        if needs.get("money") and not _has_money(sent, ctx):
            return False
        return True

    def _apply(self, frame: Frame, t: Token, sent: Span, ctx: _Context) -> list[Relation]:
        titles = "role" in frame.arguments
        subjects = self._fill(frame.subject, frame.subject_types, t, sent, ctx, titles)
        objects = self._fill(frame.object, frame.object_types, t, sent, ctx, titles)
        arguments: dict[str, Any] = {}
        if frame.type == "launch":
            product = _product(t, objects, ctx)
            if product is None:
                return []
            arguments["product"] = product
            if not objects:
                objects = [(None, t)]
        if not subjects or not objects:
            return []
        if "company" in frame.needs or "no_company" in frame.needs:
            company = _is_company(t, subjects, objects, ctx)
            if frame.needs.get("company") and not company:
                return []
            if frame.needs.get("no_company") and company:
                return []
        arguments.update(self._arguments(frame, t, sent, ctx))
        if frame.needs.get("role") and "role" not in arguments:
            return []
        polarity = self._polarity(t, sent, ctx)
        if frame.type == "merger":
            arguments["attempt"] = polarity == "planned"
        trigger = _trigger_cue(t, frame, sent)
        start, end = _sentence_bounds(sent)
        date = _date_for(t, sent, ctx)
        out = []
        for skey, stok in subjects:
            for okey, otok in objects:
                # "les départs de X et Y": one slot cannot fill both roles.
                if skey == okey or (okey and _same_slot(stok, otok, t)):
                    continue
                out.append(Relation(
                    type=frame.type,
                    subject_key=skey,
                    object_key=okey,
                    subject=ctx.name_of(skey),
                    object=ctx.name_of(okey) if okey else arguments.get("product"),
                    start=start,
                    end=end,
                    evidence=ctx.doc.text[start:end],
                    trigger=trigger,
                    polarity=polarity,
                    date=date,
                    arguments=dict(arguments),
                ))
        return out

    # --- slots --------------------------------------------------------------

    def _fill(
        self, slots: tuple[str, ...], types: tuple[str, ...], t: Token, sent: Span,
        ctx: _Context, through_titles: bool = False,
    ) -> list[tuple[str, Token]]:
        """Entities found in the first slot that yields any, with coordinated members."""
        for slot in slots:
            if slot == "poss":
                key = self._possessor(t, ctx)
                found = [(key, t)] if key else []
            else:
                # "nommé PDG de X", "son poste de directeur de X": X is the employer.
                # Elsewhere "au président de la République" is the person, not X.
                titles = through_titles and slot.startswith("p:")
                tokens = _expand_coordination(
                    _slot_tokens(slot, t), sent,
                    lambda tok: self._entity_of(tok, ctx, through_titles=titles),
                )
                found = []
                for tok in tokens:
                    key = self._entity_of(tok, ctx, through_titles=titles)
                    if key and all(key != k for k, _ in found):
                        found.append((key, tok))
                if slot == "subj" and not any(sent.start <= tok.i < sent.end for _, tok in found):
                    found = _adjacent_subject(t, sent, ctx)
            found = [
                (k, tok) for k, tok in found
                if ctx.type_of(k) in types
                and sent.start <= tok.i < sent.end  # not across a line break
                and ctx.token_entity.get(t.i) != k  # a name that swallowed the trigger
                and not _quote_between(tok, t)
            ]
            if found:
                return found
        return []

    def _entity_of(
        self, tok: Token, ctx: _Context, depth: int = 0, through_titles: bool = False
    ) -> str | None:
        """The entity a nominal token stands for (itself, its name, a pronoun's antecedent)."""
        key = ctx.token_entity.get(tok.i)
        if key:
            return key
        if tok.pos_ == "PRON":
            if "Rel" in tok.morph.get("PronType"):
                ante = _relative_antecedent(tok)
                if ante is None or ante.pos_ == "PRON":
                    return None
                return self._entity_of(ante, ctx, depth + 1)
            if (
                self.resolve_pronouns and tok.lower_ in fr.SUBJECT_PRONOUNS
                and tok.dep_.startswith("nsubj")
                # Inside a quotation "il"/"ils" refers within the speaker's words.
                and not any(s <= tok.idx < e for s, e in ctx.quoted)
            ):
                return self._antecedent(tok, ctx)
            return None
        # "le PDG Sam Altman", "la société Kalima": the name hangs under the noun.
        # Names in apposition first: "le député La France insoumise Eric Coquerel".
        named = sorted(ctx.same_segment(tok), key=lambda c: (c.dep_ not in ("appos", "flat:name"), c.i))
        for child in named:
            if child.dep_ in ("appos", "flat:name", "flat", "compound", "nmod") and not _prep_of(child):
                key = ctx.token_entity.get(child.i)
                if key and not _run_has_case(child, key, ctx):
                    return key
                # "ses avocats Me Jarry": the apposed noun carries the name.
                if not key and child.dep_ in ("appos", "flat:name", "flat") and depth < 3:
                    key = self._entity_of(child, ctx, depth + 1)
                    if key:
                        return key
        # "une entreprise appelée xAI": the name given by a naming participle.
        for child in ctx.same_segment(tok):
            if child.dep_ == "acl" and child.lemma_.lower() in fr.NAMING_VERBS:
                for named in ctx.same_segment(child):
                    key = ctx.token_entity.get(named.i)
                    if key and named.i > child.i:
                        return key
        # "son poste de directeur de Kalima", "le domaine de Chambord": read through
        # relational nouns, titles and naming nouns.
        lemma = tok.lemma_.lower()
        # Titles only under a preposition ("nommé PDG de X"): as a subject, "le
        # président de X" acts himself, not as X.
        # Relational nouns and titles only for job relations ("lancer la présidence du
        # G7" does not found the G7).
        if depth < 3 and (
            lemma in fr.NAMING_NOUNS
            or (through_titles and (lemma in fr.ROLE_TITLES or lemma in fr.RELATIONAL_NOUNS))
        ):
            for child in ctx.same_segment(tok):
                if _prep_of(child) == "de":
                    key = self._entity_of(child, ctx, depth + 1, through_titles)
                    if key:
                        return key
        return None

    def _antecedent(
        self, tok: Token, ctx: _Context, exclude: Iterable[str] = (), same_sentence: bool = True
    ) -> str | None:
        """An earlier PER/ORG subject a pronoun or possessive refers to, or None if unsure."""
        excluded = set(exclude)
        key = ctx.speaker_at.get(tok.idx)
        if key and key not in excluded:
            return key
        sent = ctx.segment_of(tok.i)
        if sent is None:
            return None
        for cand in reversed(ctx.doc[sent.start: tok.i] if same_sentence else []):
            if cand.dep_.startswith("nsubj") and cand.pos_ != "PRON":
                key = self._entity_of(cand, ctx, depth=3)
                if key and key not in excluded and ctx.type_of(key) in _ANTECEDENT_TYPES:
                    return key
        # The previous sentence's subject, or the speaker it quotes; only when there
        # is exactly one candidate (a wrong antecedent costs more than none).
        previous = ctx.previous_segment(sent)
        if previous is None:
            return None
        keys = set()
        for child in previous.root.children:
            if child.dep_.startswith("nsubj") and child.pos_ != "PRON":
                for member in (child, *child.conjuncts):
                    k = self._entity_of(member, ctx, depth=3)
                    if k:
                        keys.add(k)
        keys.update(
            key for start, key in ctx.speaker_at.items()
            if previous.start_char <= start < previous.end_char
        )
        keys = {k for k in keys if ctx.type_of(k) in _ANTECEDENT_TYPES}
        if len(keys) == 1:
            key = keys.pop()
            if key not in excluded:
                return key
        return None

    def _possessor(self, t: Token, ctx: _Context) -> str | None:
        if not self.resolve_pronouns:
            return None
        det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in fr.POSSESSIVES), None)
        if det is None:
            return None
        described = {self._entity_of(r, ctx) for r in _slot_tokens("ref", t)} - {None}
        # "X a fondé les Patriotes après son départ du RN": the subject of the verb
        # the noun depends on (the noun must not be that subject itself).
        verb = t.head
        if verb.i != t.i and verb.pos_ in _VERBAL and not t.dep_.startswith("nsubj"):
            for subj in _subjects(verb):
                key = self._entity_of(subj, ctx, depth=3)
                if key and key not in described and ctx.type_of(key) in _ANTECEDENT_TYPES:
                    return key
        # Otherwise the previous sentence's subject, unless another actor is named
        # before the possessive ("Glad … son fondateur" is Facebook's founder).
        segment = ctx.segment_of(det.i)
        if segment is None:
            return None
        if any(
            k not in described and ctx.type_of(k) in _ANTECEDENT_TYPES
            for k in (ctx.token_entity.get(i) for i in range(segment.start, det.i)) if k
        ):
            return None
        return self._antecedent(det, ctx, exclude=described, same_sentence=False)

    # --- arguments ----------------------------------------------------------

    def _arguments(self, frame: Frame, t: Token, sent: Span, ctx: _Context) -> dict[str, Any]:
        args: dict[str, Any] = {}
        for name in frame.arguments:
            if name == "amount":
                amount = _amount_for(t, sent, ctx)
                if amount is not None:
                    args["amount"] = {
                        "value": amount.value, "currency": amount.currency,
                        "text": amount.text, "start": amount.start, "end": amount.end,
                    }
            elif name == "role":
                role = _role(t)
                if role:
                    args["role"] = role
            elif name == "claims":
                claims = _claims(t, ctx)
                if claims:
                    args["claims"] = claims
            elif name == "object":
                what = _request_object(t, sent)
                if what:
                    args["object"] = what
            elif name == "into":
                for tok in _slot_tokens("p:dans", t) + _slot_tokens("p:à", t):
                    key = self._entity_of(tok, ctx)
                    args["into"] = ctx.name_of(key) if key else _phrase(tok)
                    break
        return args

    # --- polarity -----------------------------------------------------------

    def _polarity(self, t: Token, sent: Span, ctx: _Context) -> str:
        chain = _governors(t)
        for gov, via in chain:
            if via in ("self", "xcomp", "obj") and _is_negated(gov):
                return "denied"
            if via != "self" and gov.lemma_.lower() in fr.DENIAL_LEMMAS:
                return "denied"
        if any(c.lower_ in fr.DENIAL_FORMS for c in t.children):
            return "denied"
        if _has_morph(t, "Tense", "Fut"):
            return "planned"
        for gov, via in chain[1:]:
            lemma = gov.lemma_.lower()
            if lemma in fr.PLANNED_LEMMAS or lemma in fr.PLANNED_NOUNS or gov.lower_ in fr.PLANNED_FORMS:
                return "planned"
            if lemma in fr.MODAL_LEMMAS and (
                _has_morph(gov, "Mood", "Cnd") or _has_morph(gov, "Tense", "Fut")
            ):
                return "planned"
            if via == "xcomp" and _has_morph(gov, "Tense", "Fut"):
                return "planned"
        if _has_morph(t, "Mood", "Cnd"):
            return "alleged"
        for gov, via in chain[1:]:
            if gov.lemma_.lower() in fr.ALLEGED_LEMMAS:
                return "alleged"
            if via in ("xcomp", "obj") and _has_morph(gov, "Mood", "Cnd"):
                return "alleged"
        if any(c.lower_ in fr.HEDGE_ADVERBS for c in t.children):
            return "alleged"
        if _reported(sent):
            return "alleged"
        if any(s <= t.idx < e for s, e in ctx.indirect):
            return "alleged"
        return "asserted"

    # --- statements ---------------------------------------------------------

    def _statements(self, ctx: _Context) -> list[Relation]:
        """speaker -> each PER/ORG named inside the quote (not the speaker)."""
        doc = ctx.doc
        out: list[Relation] = []
        for quote in ctx.quotes:
            speaker = quote.speaker_key
            if not speaker or speaker not in ctx.entities:
                continue
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            first, last = ctx.segment_of(span[0].i), ctx.segment_of(span[-1].i)
            if first is None or last is None:
                continue
            start, _ = _sentence_bounds(first)
            _, end = _sentence_bounds(last)
            seen: list[str] = []
            for tok in span:
                key = ctx.token_entity.get(tok.i)
                if (
                    key and key != speaker and key not in seen
                    and ctx.type_of(key) in _STATEMENT_TYPES
                    and quote.start <= tok.idx < quote.end
                ):
                    seen.append(key)
            for key in seen:
                out.append(Relation(
                    type="statement_about",
                    subject_key=speaker,
                    object_key=key,
                    subject=ctx.name_of(speaker),
                    object=ctx.name_of(key),
                    start=start,
                    end=end,
                    evidence=doc.text[start:end],
                    trigger=quote.cue,
                    polarity="asserted",
                    date=None,
                    arguments={"quote": [quote.start, quote.end]},
                ))
        return out


# --- syntax helpers (pure functions over tokens) ------------------------------


def _coarse_pos(t: Token) -> str:
    if t.pos_ in _VERBAL or (t.pos_ == "ADJ" and "Part" in t.morph.get("VerbForm")):
        return "VERB"
    if t.pos_ == "NOUN":
        return "NOUN"
    return t.pos_


def _has_morph(t: Token, feature: str, value: str) -> bool:
    """The token or one of its auxiliaries carries ``feature=value``."""
    if value in t.morph.get(feature):
        return True
    return any(
        c.dep_.startswith("aux") and value in c.morph.get(feature) for c in t.children
    )


def _prep_of(tok: Token) -> str:
    """The preposition introducing a nominal ("contre", "auprès de"), normalised, or ""."""
    words = []
    for c in tok.children:
        if c.i > tok.i:
            break
        if c.dep_ in ("case", "mark") and c.pos_ == "ADP":
            words.append(_PREP_NORMAL.get(c.lower_, c.lower_))
            words.extend(f.lower_ for f in c.children if f.dep_ == "fixed")
    prep = " ".join(words)
    if prep == "de" and tok.head.lower_ in _COMPOUND_PREP_HEADS:
        return f"{tok.head.lower_} de"
    return prep


def _is_passive(t: Token) -> bool:
    if any(c.dep_ == "aux:pass" for c in t.children):
        return True
    # "Kalima, soutenue par X", "le procès intenté par X": a past participle on a noun.
    return (
        t.dep_ == "acl"
        and "Part" in t.morph.get("VerbForm")
        and "Pres" not in t.morph.get("Tense")
    )


def _is_reflexive(t: Token) -> bool:
    return any(
        c.lower_ in ("se", "s'", "s’") or "Yes" in c.morph.get("Reflex")
        for c in t.children if c.pos_ == "PRON"
    )


def _agents(t: Token) -> list[Token]:
    return [
        c for c in t.children
        if c.dep_ == "obl:agent" or (c.pos_ in _NOMINAL and _prep_of(c) == "par")
    ]


def _subjects(t: Token, depth: int = 0) -> list[Token]:
    """The tokens standing for the active subject of a verb trigger."""
    if _is_passive(t):
        return _agents(t)
    subs = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if subs or depth > 3 or t.head.i == t.i:
        return subs
    head = t.head
    if t.dep_ == "acl":  # an active participle: "la société détenant X"
        return [head]
    if t.dep_ == "xcomp" and head.lemma_.lower() in fr.OBJECT_CONTROL_LEMMAS:
        return [c for c in head.children if c.dep_ in ("obj", "iobj")] or [
            c for c in head.children if _prep_of(c) == "à"
        ]
    if t.dep_ in ("xcomp", "advcl", "conj") and head.pos_ in _VERBAL:
        return _subjects(head, depth + 1)
    return []


def _objects(t: Token) -> list[Token]:
    """The tokens standing for the direct object (the patient) of a verb trigger."""
    if _is_passive(t):
        objs = [c for c in t.children if c.dep_ == "nsubj:pass"]
        if not objs and t.dep_ == "acl" and _modifies_nearest_noun(t):
            objs = [t.head]
        return objs
    # A direct object has no preposition ("dénoncé sur Twitter des attaques").
    objs = [c for c in t.children if c.dep_ == "obj" and not _prep_of(c)]
    # The model sometimes labels a proper-noun object xcomp or flat ("n'a pas racheté
    # Kalima", "a intégré Nova").
    objs += [
        c for c in t.children
        if c.dep_ in ("xcomp", "flat:name", "flat") and c.pos_ == "PROPN" and c.i > t.i
        and not _prep_of(c)
    ]
    return objs


def _modifies_nearest_noun(participle: Token) -> bool:
    """Is the participle's head the last common noun before it? ("Au Québec, la
    chaîne, fondée par X" attached to "Québec" is a parse error: "chaîne" stands
    between. Names in between are fine: "la société Zorbex, rachetée par X".)"""
    head = participle.head
    if head.i > participle.i:
        return False
    return not any(tok.pos_ == "NOUN" for tok in participle.doc[head.i + 1: participle.i])


def _dependents(t: Token, depth: int) -> list[Token]:
    """Non-clausal dependents of ``t`` and (depth 2) of those dependents."""
    # Appositions describe a participant ("X, ancien dirigeant de Y"), they are
    # not complements of the event.
    level = [
        c for c in t.children
        if not (c.dep_ in _CLAUSAL_DEPS and c.pos_ in _VERBAL) and c.dep_ != "appos"
        and not _loose_apposition(c)
    ]
    out = list(level)
    if depth > 1:
        for c in level:
            if c.dep_.startswith("nsubj"):
                continue  # "le président de X a limogé…": X is not the verb's complement
            out.extend(
                g for g in c.children
                if not (g.dep_ in _CLAUSAL_DEPS and g.pos_ in _VERBAL) and g.dep_ != "appos"
            )
    return out


def _ref(t: Token) -> list[Token]:
    """For a noun like "cofondateur": the actor it describes."""
    # "X, son investisseur, …": an apposition, sometimes parsed as a conjunct without "et".
    if t.dep_ == "appos" or (t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.children)):
        return [t.head]
    named = [
        c for c in t.children
        if c.dep_ in ("appos", "flat:name", "flat") or (c.dep_ == "nmod" and c.pos_ == "PROPN" and not _prep_of(c))
    ]
    if named:
        return named
    if any(c.dep_ == "cop" for c in t.children):
        return [c for c in t.children if c.dep_ == "nsubj"]
    if t.dep_ in ("xcomp", "obj") and t.head.lemma_.lower() in ("devenir", "rester", "demeurer"):
        return [c for c in t.head.children if c.dep_ == "nsubj"]
    return []


def _governing_subjects(t: Token) -> list[Token]:
    """The subject of the verb that carries a noun trigger ("X a annoncé une fusion")."""
    noun = t
    if _coarse_pos(t) == "VERB":
        if t.dep_ != "acl":
            return []
        noun = t.head
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in _VERBAL:
        return []
    if noun.dep_ == "obj" and verb.lemma_.lower() in fr.SUPPORT_VERBS:
        return _subjects(verb)
    if noun.dep_.startswith("obl"):  # "dans une lettre à X, Meta demande…"
        return _subjects(verb)
    return []


def _slot_tokens(slot: str, t: Token) -> list[Token]:
    is_verb = _coarse_pos(t) == "VERB"
    if slot == "subj":
        return _subjects(t) if is_verb else []
    if slot == "obj":
        return _objects(t) if is_verb else []
    if slot == "iobj":
        return [c for c in t.children if c.dep_ == "iobj"]
    if slot == "agent":
        return _agents(t)
    if slot == "ref":
        return _ref(t)
    if slot == "govsubj":
        return _governing_subjects(t)
    if slot in ("entre", "entre2"):
        first = [c for c in t.children if _prep_of(c) == "entre"]
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
        found = [d for d in _dependents(t, 2 if is_verb else 1) if _prep_of(d) == wanted]
        support = t.head
        if (
            not found and not is_verb and t.dep_ == "obj"
            and support.lemma_.lower() in fr.SUPPORT_VERBS
        ):
            # "déposer une demande auprès de X": the complement hangs on the verb.
            found = [
                d for d in _dependents(support, 1) if d.i != t.i and _prep_of(d) == wanted
            ]
        return found
    raise ValueError(f"unknown relation slot {slot!r}")


def _same_slot(a: Token, b: Token, trigger: Token) -> bool:
    """Do two role tokens come from one slot (the same token, or coordinated)?"""
    if a.i == b.i:
        return True
    if trigger.i in (a.i, b.i):  # a possessive stands on the trigger itself
        return False
    return b in a.conjuncts


_CLITICS = frozenset({"ne", "n'", "n’", "se", "s'", "s’", "y", "en", "lui", "leur", "l'", "l’"})


def _adjacent_subject(t: Token, sent: Span, ctx: _Context) -> list[tuple[str, Token]]:
    """The name right before a subjectless verb group ("Meta aurait écrit …").

    When the parser runs a sentence across a line break, or misreads an inserted
    phrase, it often loses the subject of a verb; a name that stands right before
    the verb group (only auxiliaries, clitics, negation and adverbs between), and is
    not introduced by a preposition, is that subject.
    """
    if _coarse_pos(t) != "VERB" or _is_passive(t) or t.dep_ in ("acl", "acl:relcl", "xcomp"):
        return []
    doc = ctx.doc
    i = t.i - 1
    while i >= sent.start and (
        doc[i].pos_ in ("AUX", "ADV") or doc[i].dep_.startswith("aux")
        or doc[i].lower_ in _CLITICS
    ):
        i -= 1
    if i < sent.start:
        return []
    key = ctx.token_entity.get(doc[i].i)
    if not key:
        return []
    lo = i
    while lo - 1 >= sent.start and ctx.token_entity.get(lo - 1) == key:
        lo -= 1
    if any(_prep_of(doc[j]) for j in range(lo, i + 1)):
        return []
    if lo > sent.start and doc[lo - 1].pos_ == "ADP":
        return []
    return [(key, doc[lo])]


def _quote_between(actor: Token, trigger: Token) -> bool:
    """Is there a quotation mark between an actor's token and the trigger? An actor
    on the other side of a quote belongs to another statement ("« … Toulouse … »,
    dénonce X"). A quoted name ("a créé « L'Égalité nationale »") opens its quote
    right before or inside its own phrase: that mark does not count."""
    lo, hi = sorted((actor.i, trigger.i))
    own = range(actor.left_edge.i - 2, actor.i)
    return any(
        tok.text in _QUOTE_MARKS and tok.i not in own for tok in actor.doc[lo + 1: hi]
    )


def _run_has_case(tok: Token, key: str, ctx: _Context) -> bool:
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
    return any(bool(_prep_of(doc[i])) for i in range(lo, hi + 1))


def _relative_antecedent(pron: Token) -> Token | None:
    clause = pron.head
    if clause.dep_ == "acl:relcl":
        return clause.head
    # The model often leaves a relative clause unattached: the antecedent is the
    # nominal just before "qui" (skipping the comma).
    i = pron.i - 1
    doc = pron.doc
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 else None


def _expand_coordination(
    tokens: list[Token], sent: Span, entity_of: Callable[[Token], str | None]
) -> list[Token]:
    """Add coordinated members, including flat lists the parser split apart.

    "contre X, le PDG Y et le président Z" is often parsed with "le PDG" as a second
    object of the verb: after the last member, follow ", NP" / "et NP" as long as
    each NP names an entity and is not the subject of another verb. Such members
    are kept only when the list is closed by "et"/"ou": "X, le fabricant Y" alone
    is an apposition (one actor), not a list.
    """
    if not tokens:
        return []
    out: list[Token] = []
    for tok in tokens:
        for member in (tok, *tok.conjuncts):
            if member not in out:
                out.append(member)
    doc = sent.doc
    extra: list[Token] = []
    closed = False
    i = max(m.right_edge.i for m in out) + 1
    while i + 1 < sent.end and doc[i].lower_ in (",", "et", "ou"):
        j = i + 1
        top = doc[j]
        # The separator may hang on the member itself ("," under "Kalima").
        while top.head.i != top.i and top.head.left_edge.i in (i, j):
            top = top.head
        if (
            top.left_edge.i not in (i, j)
            or top.pos_ not in ("NOUN", "PROPN")
            or top.dep_.startswith("nsubj")
            or top.dep_ == "ROOT"
            or _prep_of(top)
            or entity_of(top) is None
        ):
            break
        closed = closed or doc[i].lower_ in ("et", "ou") or any(
            c.dep_ == "cc" for m in top.conjuncts for c in m.children
        )
        for member in (top, *top.conjuncts):
            if member not in out and member not in extra:
                extra.append(member)
        i = max([top.right_edge.i] + [m.right_edge.i for m in top.conjuncts]) + 1
    return out + extra if closed else out


def _is_negated(t: Token) -> bool:
    kids = [c.lower_ for c in t.children]
    if "jamais" in kids or "aucunement" in kids or "nullement" in kids:
        return True
    return any(k in fr.NEGATION_CLITICS for k in kids) and any(k in fr.NEGATION_WORDS for k in kids)


def _governors(t: Token) -> list[tuple[Token, str]]:
    """The trigger and the words that govern it, with the dependency that links them."""
    chain = [(t, "self")]
    cur = t
    for _ in range(4):
        dep = cur.dep_
        if cur.head.i == cur.i or dep not in ("xcomp", "ccomp", "obj", "nmod", "advcl", "obl:arg", "acl"):
            break
        if dep == "advcl" and not any(m.lower_ in ("pour", "afin") for m in cur.children if m.dep_ == "mark"):
            break
        cur = cur.head
        chain.append((cur, dep))
    return chain


def _reported(sent: Span) -> bool:
    """The sentence is attributed: "selon X", "d'après X"."""
    for tok in sent:
        if tok.lower_ in fr.REPORTED_MARKERS:
            return True
        if tok.lower_ == "après" and tok.i > sent.start and tok.nbor(-1).lower_ in ("d'", "d’"):
            return True
    return False


def _has_money(sent: Span, ctx: _Context) -> bool:
    if any(sent.start_char <= a.start < sent.end_char for a in ctx.money):
        return True
    return any(tok.lemma_.lower() in _MONEY_WORDS for tok in sent)


def _is_company(t: Token, subjects, objects, ctx: _Context) -> bool:
    """Is "lancer/créer X" a foundation? A company word, or a person who launches:
    people launch companies, parties and movements far more often than products."""
    if any(o.lemma_.lower() in fr.COMPANY_NOUNS for o in _objects(t)):
        return True
    if any(o.lemma_.lower() in fr.PRODUCT_NOUNS for o in _objects(t)):
        return False
    return any(ctx.type_of(k) == "PER" for k, _ in subjects) and any(k for k, _ in objects)


def _phrase(tok: Token) -> str:
    """The noun phrase headed by ``tok``, without relative/participial clauses."""
    cut = [c for c in tok.children if c.dep_ in ("acl", "acl:relcl", "appos", "punct", "conj", "cc") and c.i > tok.i]
    end = min([c.left_edge.i for c in cut] or [tok.right_edge.i + 1])
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].dep_ in ("case", "mark"):
        start += 1
    span = tok.doc[start:end]
    while len(span) and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    return span.text


def _product(t: Token, objects, ctx: _Context) -> str | None:
    """What a launch launched: the object entity's phrase, or a product noun phrase."""
    if objects:
        return _phrase(objects[0][1])
    for obj in _objects(t):
        if obj.lemma_.lower() in fr.PRODUCT_NOUNS:
            return _phrase(obj)
    return None


def _role(t: Token) -> str | None:
    """The job title of the clause, skipping titles that describe a participant
    ("X, un ancien dirigeant de Y," is not the post X is appointed to)."""
    for tok in t.subtree:
        if _under_apposition(tok, t) or any(
            c.lower_ in fr.FORMER_WORDS for c in tok.children if c.i < tok.i
        ):
            continue
        if tok.lower_ in fr.ROLE_TITLES or tok.lemma_.lower() in fr.ROLE_TITLES:
            end = tok.i + 1
            while end < len(tok.doc) and tok.doc[end].head.i == tok.i and tok.doc[end].dep_ == "amod":
                end += 1
            return tok.doc[tok.i:end].text
    return None


def _loose_apposition(tok: Token) -> bool:
    """A second object right after a comma ("désigné X, un ancien dirigeant de Y,")
    is an apposition the parser read as an object."""
    if tok.dep_ != "obj":
        return False
    before = tok.left_edge.i - 1
    return before >= 0 and tok.doc[before].text == "," and any(
        s.dep_ == "obj" and s.i < tok.i for s in tok.head.children
    )


def _under_apposition(tok: Token, top: Token) -> bool:
    """Is ``tok`` inside an apposition between itself and ``top``?"""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "appos":
            return True
        cur = cur.head
    return False


def _claims(t: Token, ctx: _Context) -> list[str]:
    """Grounds of a lawsuit: the "pour …" complements, one per coordinated member."""
    heads = [
        d for d in _dependents(t, 2)
        if _prep_of(d) == "pour" and d.pos_ == "NOUN"
        and d.lemma_.lower() not in _MONEY_WORDS
        and not any(a.start <= d.idx < a.end for a in ctx.money)
    ]
    # "pour avoir trahi sa mission": a past infinitive states the grounds.
    heads += [
        c for c in t.children
        if c.dep_ in ("advcl", "xcomp") and any(m.lower_ == "pour" for m in c.children if m.dep_ == "mark")
        and any(a.dep_.startswith("aux") for a in c.children)
    ]
    claims = []
    for head in heads[:1]:
        for member in (head, *head.conjuncts):
            text = _member_text(member)
            if text:
                claims.append(text)
    return claims


def _member_text(tok: Token) -> str:
    """The text of one coordinated member, without its case marker and its conjuncts."""
    skip = set()
    for c in tok.children:
        if c.dep_ in ("conj", "cc", "punct") or (c.dep_ in ("case", "mark") and c.i < tok.i):
            skip.update(x.i for x in c.subtree)
    idx = [x.i for x in tok.subtree if x.i not in skip]
    span = tok.doc[min(idx): max(idx) + 1]
    return span.text.strip(" ,;")


def _request_object(t: Token, sent: Span) -> str | None:
    """What a letter or request asks: the infinitive/"que" clause of the request verb."""
    verbs = [t] if t.lemma_.lower() in fr.REQUEST_LEMMAS else []
    verbs += [d for d in t.subtree if d.i != t.i and d.lemma_.lower() in fr.REQUEST_LEMMAS]
    if not verbs and t.lemma_.lower() in ("accuser", "dénoncer", "plaindre", "reprocher"):
        verbs = [t]
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in _VERBAL and c.i > verb.i:
                start = c.left_edge.i
                while start < c.i and c.doc[start].lower_ in _MARK_WORDS:
                    start += 1
                if start < sent.start:
                    continue
                span = c.doc[start: min(c.right_edge.i + 1, sent.end)]
                return span.text.strip(" ,;.")
    return None


def _trigger_cue(t: Token, frame: Frame, sent: Span) -> Cue:
    """The trigger word, with its object noun for light-verb triggers ("porté plainte")."""
    start_i = end_i = t.i
    if "obj_lemma" in frame.needs:
        for o in _objects(t):
            if o.lemma_.lower() in frame.needs["obj_lemma"] and abs(o.i - t.i) <= 4:
                start_i, end_i = min(t.i, o.i), max(t.i, o.i)
                break
    doc = t.doc
    start = doc[start_i].idx
    end = doc[end_i].idx + len(doc[end_i].text)
    return Cue(start, end, doc.text[start:end])


def _segments(doc: Doc) -> tuple[list[Span], list[int]]:
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


def _sentence_bounds(sent: Span) -> tuple[int, int]:
    tokens = [tok for tok in sent if not tok.is_space]
    if not tokens:
        return sent.start_char, sent.end_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _clause_range(t: Token) -> tuple[int, int]:
    """Character range of the clause that carries the trigger."""
    anchor = t
    if _coarse_pos(t) != "VERB" and t.head.i != t.i and t.head.pos_ in _VERBAL:
        anchor = t.head
    doc = t.doc
    return anchor.left_edge.idx, doc[anchor.right_edge.i].idx + len(doc[anchor.right_edge.i].text)


def _nearest(items, t: Token, sent: Span):
    """The item of the trigger's clause nearest to it, else the sentence's only item."""
    lo, hi = _clause_range(t)
    in_sentence = [x for x in items if sent.start_char <= x.start < sent.end_char]
    in_clause = [x for x in in_sentence if lo <= x.start < hi]
    if in_clause:
        return min(in_clause, key=lambda x: abs(x.start - t.idx))
    if len(in_sentence) == 1:
        return in_sentence[0]
    return None


def _amount_for(t: Token, sent: Span, ctx: _Context) -> Amount | None:
    return _nearest(ctx.money, t, sent)


def _date_for(t: Token, sent: Span, ctx: _Context) -> str | None:
    date = _nearest(ctx.dates, t, sent)
    return date.value if date is not None else None


def _deduplicate(relations: list[Relation]) -> list[Relation]:
    """The same (type, subject, object) once per sentence; text order."""
    seen = set()
    out = []
    for rel in relations:
        keys = {
            (rel.type, rel.subject_key, rel.object_key or rel.object, rel.start),
            (rel.type, rel.subject, rel.object, rel.start),
        }
        if keys & seen:
            continue
        seen |= keys
        out.append(rel)
    out.sort(key=lambda r: (r.start, r.trigger.start if r.trigger else r.start))
    return out
