"""Component ``veille_relations``: typed relations and events between actors.

Relations are read off the dependency parse, never from co-occurrence. A sentence is
looked at only when one of its tokens has a trigger lemma (``lang/fr_relations.FRAMES``);
each frame of that lemma says in which syntactic slots the subject and object
actors sit (subject, object, "par" agent, a preposition's complement, the noun a
participle modifies, the actor a noun like "cofondateur" describes…). Slot tokens
are mapped to document entities through ``doc._.veille_token_entity``; pronouns
("il", "elle", "son") are resolved to the quotes component's speaker when it has
one, else to the nearest earlier subject in the sentence, else to the previous
sentence's single subject (left unresolved when that is ambiguous); when the previous
sentence names nobody, the quotes component's confident coreference rules decide.
Object clitics ("l'accuse", "lui demande") stand for the one other actor nearby.

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

Module layout: this module holds the frames and the search; ``relation_actors``
who a pronoun, possessive, clitic or description stands for; ``relation_syntax``
the dependency-slot helpers, ``relation_arguments`` the argument readers and
``polarity`` the polarity rules, ``statements`` the ``statement_about`` relations
and ``reference`` the descriptions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Relation
from . import polarity as pol
from . import relation_arguments as rargs
from . import reference
from . import relation_syntax as syntax
from .extensions import RELATIONS_KEY
from .statements import (
    FIRST_PERSON, cue_speaker, cued_target, described_speaker, in_one_quote, quoted_speaker,
    speaker_token,
    statements,
)
from .lang import fr_relations as fr
from .relation_actors import ActorResolver


#: Events a request can ask for (as a noun object of a request verb they are not facts).
_ASKABLE_EVENTS = frozenset({"departure", "firing", "appointment"})


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


class RelationFinder(ActorResolver):
    """Find typed relations between the document's actors.

    nlp (Language): the pipeline (unused; spaCy's factory signature).
    name (str): the component name.
    max_sentence_tokens (int): sentences longer than this are skipped (run-on
        text from bad segmentation gives unreliable parses and costs time).
    resolve_pronouns (bool): map "il"/"elle"/possessives to an earlier subject.
    resolve_descriptions (bool): map "la société", "le PDG"… to the actor they
        stand for (``veille.nlp.reference``).
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "veille_relations",
        *,
        max_sentence_tokens: int = 150,
        resolve_pronouns: bool = True,
        resolve_descriptions: bool = True,
    ):
        self.name = name
        self.max_sentence_tokens = max_sentence_tokens
        self.resolve_pronouns = resolve_pronouns
        self.resolve_descriptions = resolve_descriptions
        self.frames = compile_frames(fr.FRAMES)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    # --- find ---------------------------------------------------------------

    def find(self, doc: Doc) -> list[Relation]:
        """All relations of ``doc``, deduplicated, in text order ([] without a parse)."""
        if not doc.has_annotation("DEP"):
            return []
        ctx = syntax.DocumentContext(doc)
        found: list[Relation] = []
        for sent in ctx.segments:
            if len(sent) > self.max_sentence_tokens:
                continue
            for token in sent:
                frames = self._frames_for(token)
                if frames:
                    found.extend(self._relations_for_trigger(token, sent, frames, ctx))
        found.extend(statements(ctx))
        return rargs.deduplicate(found)

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

    def _frames_for(self, token: Token) -> tuple[Frame, ...]:
        """The frames of a token's trigger lemma, coping with the tagger's mistakes.

        The French model lemmatises some present-tense verbs as the noun of the same
        form ("demande" -> "demande", "critique" -> "critique"): a verb whose lemma has
        no verb frame is looked up under the infinitive ("demander"). (Agent nouns
        tagged as verbs, "Y, fondateur de X", are handled by ``syntax.coarse_pos``.)
        """
        lemma = token.lemma_.lower()
        frames = self.frames.get(lemma) or self.frames.get(token.lower_) or ()
        kind = syntax.coarse_pos(token)
        if any(f.pos == kind for f in frames):
            return frames
        if kind == "VERB" and lemma.endswith("e"):
            verb_frames = self.frames.get(lemma + "r", ())
            if any(f.pos == "VERB" for f in verb_frames):
                return verb_frames
        if kind == "VERB" and (infinitive := _future_infinitive(token)):
            verb_frames = self.frames.get(infinitive, ())
            if any(f.pos == "VERB" for f in verb_frames):
                return verb_frames
        return ()

    def _relations_for_trigger(
        self, trigger: Token, sent: Span, frames: tuple[Frame, ...], ctx: syntax.DocumentContext
    ) -> list[Relation]:
        kind = syntax.coarse_pos(trigger)
        for frame in frames:
            if frame.pos != kind or not self._needs_hold(frame, trigger, sent, ctx):
                continue
            relations = self._apply(frame, trigger, sent, ctx)
            if relations:
                return relations
        return []

    def _needs_hold(self, frame: Frame, t: Token, sent: Span, ctx: syntax.DocumentContext) -> bool:
        needs = frame.needs
        if "obj_lemma" in needs:
            if not any(o.lemma_.lower() in needs["obj_lemma"] for o in syntax.object_heads(t)):
                return False
        if "dep_lemma" in needs:
            if not any(d.lemma_.lower() in needs["dep_lemma"] for d in syntax.dependents(t, 2)):
                return False
        if "no_dep_lemma" in needs:
            if any(d.lemma_.lower() in needs["no_dep_lemma"] for d in syntax.dependents(t, 2)):
                return False
        if "prep" in needs:
            if not any(syntax.prep_of(d) in needs["prep"] for d in syntax.dependents(t, 2)):
                return False
        if needs.get("reflexive") and not syntax.is_reflexive(t):
            return False
        if needs.get("clause") and not any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ in syntax.VERBAL for c in t.children
        ):
            return False
        if needs.get("money") and not rargs.has_money(sent, ctx) and not (
            # "la start-up soutenue par X": backing a business is financial even with
            # no figure in the sentence; backing a candidate or a party is not.
            needs.get("or_backed_business") and t.dep_ == "acl"
            and t.head.lemma_.lower() in fr.BACKED_BUSINESS_NOUNS
        ):
            return False
        # "demander à X s'il se souvient": a question, not a request.
        # (The model reads the "s'" of "s'il" as a reflexive pronoun: test the word.)
        if needs.get("no_question") and any(
            c.dep_ in ("ccomp", "advcl") and c.left_edge.lower_ in ("si", "s'", "s’")
            for c in t.children
        ):
            return False
        # "un accord avec X" is an agreement, "d'accord avec X" only agreeing.
        if needs.get("determiner") and not any(c.dep_ == "det" for c in t.children):
            return False
        # "à l'origine de X": the trigger noun itself is introduced by the preposition.
        if "own_prep" in needs and syntax.prep_of(t) not in needs["own_prep"]:
            return False
        return True

    def _apply(self, frame: Frame, t: Token, sent: Span, ctx: syntax.DocumentContext) -> list[Relation]:
        # "« … », a lancé le président du parti X": a verb that cues a direct quote
        # is speech there, it launches or founds nothing (a partial quote's cue may
        # be a real launch: "il compte lancer « X », une plateforme").
        if frame.type in ("founding", "launch") and any(
                q.kind == "direct" and q.cue is not None and q.cue.start <= t.idx < q.cue.end
                for q in ctx.quotes):
            return []
        if syntax.asked_question(t):
            return []
        # "X a réclamé la démission de Y", "appeler à la nomination de Y": what is asked
        # for has not happened; the relation is the request to Y, not Y's departure.
        if (frame.pos == "NOUN" and frame.type in _ASKABLE_EVENTS and t.head.i != t.i
                and any(f.type == "request" and f.pos == "VERB" for f in self._frames_for(t.head))):
            return []
        titles = "role" in frame.arguments
        subjects = self._fill(frame.subject, frame.subject_types, t, sent, ctx, titles)
        objects = self._fill(frame.object, frame.object_types, t, sent, ctx, titles)
        arguments: dict[str, Any] = {}
        if frame.type == "launch":
            product = rargs.product(t, objects, ctx)
            if product is None:
                return []
            arguments["product"] = product
            if not objects:
                objects = [(None, t)]
        if not objects and subjects and "roleof" in frame.object:
            objects = self._employer_of(subjects, t, ctx)
        if not subjects and objects and "roleof" in frame.subject:
            subjects = self._employer_of(objects, t, ctx)
        quoted = False
        if frame.type == "complaint" and frame.pos == "VERB" and (speaker := cue_speaker(ctx, t)) \
                and all(k == speaker for k, _ in objects):
            # "« … X … », dénonce Y": a criticism verb cueing a quotation aims at the
            # one actor the quotation names (the parser often reads the inverted
            # speaker, "a accusé Y", as the verb's object).
            objects = cued_target(ctx, t)
            quoted = bool(objects)
        symmetric = False
        # (Only for frames whose other party is a "with" complement: "X et Y ont
        # rejoint les rangs de Z" does not make X Y's partner.)
        if (frame.type in fr.SYMMETRIC_TYPES and len(subjects) > 1 and not objects
                and any(slot in ("p:avec", "entre2") for slot in frame.object)):
            # "X et Y ont signé un partenariat": the coordinated parties are both roles.
            subjects, objects, symmetric = subjects[:1], subjects[1:], True
        if not subjects or not objects:
            return []
        if "company" in frame.needs or "no_company" in frame.needs:
            company = rargs.is_company(t, subjects, objects, ctx)
            if frame.needs.get("company") and not company:
                return []
            if frame.needs.get("no_company") and company:
                return []
        arguments.update(self._arguments(frame, t, sent, ctx))
        if frame.needs.get("role") and "role" not in arguments:
            return []
        polarity = pol.polarity(t, sent, ctx.indirect)
        if frame.type == "merger":
            arguments["attempt"] = polarity == "planned"
        trigger = rargs.trigger_cue(t, frame, sent)
        start, end = syntax.sentence_bounds(sent)
        if quoted and (first := ctx.segment_of(min(o.i for _, o in objects))) is not None:
            # The evidence runs from the quotation's sentence that names the target.
            start = min(start, syntax.sentence_bounds(first)[0])
        date = rargs.date_for(t, sent, ctx)
        out = []
        for skey, stok in subjects:
            for okey, otok in objects:
                # "les départs de X et Y": one slot cannot fill both roles.
                if skey == okey or (okey and not symmetric and syntax.same_slot(stok, otok, t)):
                    continue
                out.append(Relation(
                    type=frame.type,
                    subject_key=skey,
                    object_key=okey,
                    subject=self._written_name(stok, skey, ctx),
                    object=self._written_name(otok, okey, ctx) if okey
                    else arguments.get("product"),
                    start=start,
                    end=end,
                    evidence=ctx.doc.text[start:end],
                    trigger=trigger,
                    polarity=polarity,
                    date=date,
                    arguments=dict(arguments),
                ))
        return out

    def _written_name(self, tok: Token, key: str, ctx: syntax.DocumentContext) -> str | None:
        return (rargs.spelled_out(tok, key, ctx) or rargs.quoted_title(tok, key, ctx)
                or self._institution(tok, key, ctx) or ctx.name_of(key))

    def _institution(self, tok: Token, key: str, ctx: syntax.DocumentContext) -> str | None:
        """``rargs.institution_name``, read once per actor token of the document (the
        slot filter and the written name both ask)."""
        at = (tok.i, key)
        if at not in ctx.institution_names:
            ctx.institution_names[at] = rargs.institution_name(tok, key, ctx)
        return ctx.institution_names[at]

    # --- slots --------------------------------------------------------------

    def _fill(
        self, slots: tuple[str, ...], types: tuple[str, ...], t: Token, sent: Span,
        ctx: syntax.DocumentContext, through_titles: bool = False,
    ) -> list[tuple[str, Token]]:
        """Entities found in the first slot that yields any, with coordinated members."""
        for slot in slots:
            if slot == "roleof":  # read in _apply, once the subject is known
                continue
            if slot == "poss":
                key = self._possessor(t, ctx)
                found = [(key, t)] if key else []
            else:
                # "nommé PDG de X", "son poste de directeur de X": X is the employer.
                # Elsewhere "au président de la République" is the person, not X.
                # "quitter la présidence de X": a direct object read through its
                # title when the role wants an organisation, not a person.
                titles = through_titles and (
                    slot.startswith("p:") or (slot == "obj" and "PER" not in types)
                )
                tokens = rargs.described_tokens(t, ctx) if slot == "ref" else syntax.slot_tokens(slot, t)
                # "X, ex-député et fondateur de Y": the trigger is itself a conjunct
                # of the name it describes; X's other conjuncts are not described.
                if not (slot == "ref" and any(t.i == c.i for tok in tokens for c in tok.conjuncts)):
                    tokens = syntax.expand_coordination(
                        tokens, sent, lambda tok: self._entity_of(tok, ctx, through_titles=titles),
                    )
                tokens += [m for tok in list(tokens) for m in syntax.apposed_members(tok)
                           if m not in tokens and (tok.pos_ == "NOUN" or self._same_type(m, tok, ctx))]
                found = []
                for tok in tokens:
                    key = self._entity_of(tok, ctx, through_titles=titles)
                    # "aux trois compagnies": the three the article listed.
                    keys = [key] if key else (
                        reference.listed_group(tok, ctx) if self.resolve_descriptions else [])
                    found += [(k, tok) for k in keys if all(k != f for f, _ in found)]
                if slot == "subj" and not found:
                    found = self._infinitive_subject(t, ctx)
                if slot == "subj" and not any(sent.start <= tok.i < sent.end for _, tok in found):
                    found = rargs.adjacent_subject(t, sent, ctx)
                # A verb (or the verb a noun hangs on) that cues a quote: its subject
                # is the quote's speaker when the parse gives none.
                noun = t.head if t.dep_ == "acl" and syntax.coarse_pos(t) == "VERB" else t
                verb = t if slot == "subj" else noun.head
                carried = slot == "subj" or noun.dep_.startswith("obl") or (
                    noun.dep_ == "obj" and verb.lemma_.lower() in fr.SUPPORT_VERBS)
                if not found and carried and slot in ("subj", "govsubj") and verb.pos_ in syntax.VERBAL:
                    key = cue_speaker(ctx, verb)
                    found = [(key, verb)] if key else []
                    # "écrivent Mes X, Y et Z": a plural cue has every co-signer
                    # listed with the speaker the quotes component named.
                    if key and "Plur" in verb.morph.get("Number"):
                        at = speaker_token(ctx, verb)
                        found += [(k, m) for m in (syntax.apposed_members(at) if at else ())
                                  if (k := self._entity_of(m, ctx, depth=3)) and k != key
                                  and ctx.type_of(k) == ctx.type_of(key)]
            found = [
                (k, tok) for k, tok in found
                if (ctx.type_of(k) in types or (
                    # "quitter la mairie de Bordeaux": the institution, not the place
                    "ORG" in types and self._institution(tok, k, ctx) is not None)
                    # "élu maire de V": a post's town stands for its municipality
                    or (through_titles and "ORG" in types and rargs.municipal_seat(tok, k, ctx)))
                and sent.start <= tok.i < sent.end  # not across a line break
                and ctx.token_entity.get(t.i) != k  # a name that swallowed the trigger
                and not rargs.quote_between(tok, t)
                and not rargs.generic_group(tok, k, ctx)
                # "je/nous" is the speaker only for a trigger in the same quotation.
                and (tok.lower_ not in FIRST_PERSON or in_one_quote(ctx, tok.idx, t.idx))
            ]
            if found:
                return found
        return []

    def _infinitive_subject(self, t: Token, ctx: syntax.DocumentContext) -> list[tuple[str, Token]]:
        """"X a annoncé son intention de racheter Y", "sa volonté de quitter Y": an
        infinitive completing a noun is done by the noun's possessor, else by the
        subject of the verb that has the noun as object."""
        noun = t.head
        if t.dep_ != "acl" or "Inf" not in t.morph.get("VerbForm") or noun.pos_ != "NOUN":
            return []
        key = self._possessor(noun, ctx)
        if key is None and noun.dep_ == "obj" and noun.head.pos_ in syntax.VERBAL:
            keys = {k for s in syntax.subjects(noun.head) if (k := self._entity_of(s, ctx))}
            key = keys.pop() if len(keys) == 1 else None
        return [(key, noun)] if key else []

    def _entity_of(
        self, tok: Token, ctx: syntax.DocumentContext, depth: int = 0, through_titles: bool = False
    ) -> str | None:
        """The entity a nominal token stands for (itself, its name, a pronoun's antecedent)."""
        key = ctx.token_entity.get(tok.i)
        if key and ctx.type_of(key) in ("MISC", "LOC"):
            # "une autre Gilet jaune, Ingrid Dupuis", "le Défenseur des droits X": a
            # person apposed to a name that is no actor is the one it designates.
            for child in ctx.same_segment(tok):
                named = ctx.token_entity.get(child.i)
                if child.dep_ == "appos" and named and ctx.type_of(named) == "PER":
                    return named
        if key:
            return key
        # "l'accusant": the tagger sometimes calls the clitic a determiner.
        clitic_det = (tok.pos_ == "DET" and tok.dep_ in ("obj", "iobj") and tok.lower_ in fr.OBJECT_CLITICS
                      and tok.head.pos_ in syntax.VERBAL and tok.head.i > tok.i)
        if tok.pos_ == "PRON" or clitic_det:
            if self.resolve_pronouns and tok.lower_ in FIRST_PERSON and tok.dep_.startswith("nsubj"):
                return quoted_speaker(ctx, tok.idx)
            if "Rel" in tok.morph.get("PronType"):
                ante = syntax.relative_antecedent(tok)
                if ante is None or ante.pos_ == "PRON":
                    return None
                return (self._entity_of(ante, ctx, depth + 1) or rargs.name_after_relative(tok, ante, ctx)
                        # "Le ministre, qui a dénoncé X": the description the
                        # relative continues stands for whom it stands for
                        or (self._described_antecedent(ante, ctx) if depth == 0 else None))
            doc = tok.doc
            # "Celle-ci" may come as one token or as "Celle" "-" "ci".
            latter = tok.lower_ in fr.LATTER_PRONOUNS or (
                tok.lower_ in ("celui", "celle") and tok.i + 2 < len(doc)
                and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "ci"
            )
            if self.resolve_pronouns and latter and tok.dep_.startswith("nsubj"):
                return self._latter(tok, ctx)
            if (
                self.resolve_pronouns and tok.lower_ in fr.SUBJECT_PRONOUNS
                and (tok.dep_.startswith("nsubj") or syntax.personal_expletive(tok))
                # Inside a quotation "il"/"ils" refers within the speaker's words.
                and not ctx.in_quote(tok.idx)
            ):
                return self._antecedent(tok, ctx)
            if (
                self.resolve_pronouns and tok.lower_ in fr.OBJECT_CLITICS
                and tok.dep_ in ("obj", "iobj") and tok.head.pos_ in syntax.VERBAL
                and not ctx.in_quote(tok.idx)
            ):
                return self._object_antecedent(tok, ctx)
            return None
        # "le PDG Sam Altman", "la société Kalima": the name hangs under the noun.
        # Names in apposition first: "le député La France insoumise Eric Coquerel".
        named = sorted(ctx.same_segment(tok), key=lambda c: (c.dep_ not in ("appos", "flat:name"), c.i))
        # "la société Orbitel": the name right after the noun is its name, whatever
        # the dependency the parser gave it (it sometimes says "punct").
        glued = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if (
            glued is not None and glued.head.i == tok.i and glued.pos_ == "PROPN" and tok.pos_ == "NOUN"
            and glued.dep_ not in ("appos", "flat:name", "flat", "compound", "nmod", "dep")
            and (key := ctx.token_entity.get(glued.i)) and ctx.token_entity.get(tok.i) is None
        ):
            return key
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in fr.COMPANY_NOUNS and ctx.token_entity.get(tok.i) is None \
                and (key := rargs.quoted_name_after(tok, ctx)):
            return key
        if {tok.lemma_.lower(), tok.lower_} & fr.PERSON_OR_ROLE_TITLES:
            # "la députée LREM Aurore Bergé": a title names a person; her party,
            # apposed first, only qualifies the title.
            named.sort(key=lambda c: ctx.type_of(ctx.token_entity.get(c.i, "")) != "PER")
        # "un groupe Facebook intitulé la Ligue du Lol": the name a naming participle
        # gives the noun comes before a name that only qualifies it.
        for child in ctx.same_segment(tok):
            if child.dep_ == "acl" and child.lemma_.lower() in fr.NAMING_VERBS:
                for given in child.children:
                    key = ctx.token_entity.get(given.i)
                    if key and given.i > child.i and given.dep_ in ("obj", "xcomp") and not syntax.prep_of(given):
                        return key
        for child in named:
            # "Me Jarry et Me Julie Dodin": the parser hangs the second name as "dep".
            if (
                child.dep_ in ("appos", "flat:name", "flat", "compound", "nmod")
                or (child.dep_ == "dep" and child.pos_ == "PROPN")
            ) and not syntax.prep_of(child):
                key = ctx.token_entity.get(child.i)
                if key and not syntax.run_has_case(child, key, ctx):
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
            # "ses fonctions de PDG chez Kalima": a post "chez" X is held at X.
            preps = ("de", "chez") if through_titles else ("de",)
            for child in ctx.same_segment(tok):
                if syntax.prep_of(child) in preps:
                    key = self._entity_of(child, ctx, depth + 1, through_titles)
                    if key:
                        return key
        if depth < 3 and (place := rargs.institution_place(tok, ctx)) is not None:
            return ctx.token_entity.get(place.i)
        # "le conseil d'administration de X", "la direction de X" act for X (an
        # organisation only: "la direction de Paul" is his management).
        if depth < 3 and lemma in fr.ORGAN_NOUNS:
            for child in ctx.same_segment(tok):
                if syntax.prep_of(child) == "de":
                    key = self._entity_of(child, ctx, depth + 1, through_titles=True)
                    if key and ctx.type_of(key) == "ORG":
                        return key
        # "a réagi l'avocate": a description the quotes component resolved;
        # "le procureur spécial pour X, Y,": the name after the description.
        key = described_speaker(ctx, tok) if tok.pos_ == "NOUN" else None
        if key or (depth == 0 and (key := rargs.name_after_comma(tok, ctx))):
            return key
        # "la start-up", "le PDG": a description standing for a named actor;
        # "le chef de l'État": the person the article names with that post.
        if self.resolve_descriptions and depth == 0:
            return self._description_referent(tok, ctx)
        return None

    # --- arguments ----------------------------------------------------------

    def _arguments(self, frame: Frame, t: Token, sent: Span, ctx: syntax.DocumentContext) -> dict[str, Any]:
        args: dict[str, Any] = {}
        for name in frame.arguments:
            if name == "amount":
                amount = rargs.amount_for(t, sent, ctx)
                if amount is not None:
                    args["amount"] = {
                        "value": amount.value, "currency": amount.currency,
                        "text": amount.text, "start": amount.start, "end": amount.end,
                    }
            elif name == "role":
                role = rargs.role(t)
                if role:
                    args["role"] = role
            elif name == "claims":
                claims = rargs.lawsuit_claims(t, ctx)
                if claims:
                    args["claims"] = claims
            elif name == "object":
                what = rargs.request_object(t, sent)
                if what:
                    args["object"] = what
            elif name == "into":
                for tok in syntax.slot_tokens("p:dans", t) + syntax.slot_tokens("p:à", t):
                    key = self._entity_of(tok, ctx)
                    args["into"] = ctx.name_of(key) if key else rargs.phrase(tok)
                    break
        return args


_FUTURE_ENDINGS = ("eraient", "erions", "eriez", "erait", "erais", "erai", "eras", "era",
                   "erons", "erez", "eront")


def _future_infinitive(token: Token) -> str | None:
    """"succèdera", "cèderait" (the 1990 spelling of the future and conditional of
    "-é?er" verbs): the model lemmatises them "succèderer"; read the infinitive off
    the form instead ("succéder")."""
    word = token.lower_
    if "è" not in word or not token.lemma_.lower().endswith("erer"):
        return None
    for ending in _FUTURE_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            at = stem.rfind("è")
            return stem[:at] + "é" + stem[at + 1:] + "er" if at >= 0 else None
    return None
