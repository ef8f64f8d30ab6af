"""Speaker attribution for quotations: who uttered the words a cue introduces.

Reads the parse (subjects of speech verbs, inverted subjects, "selon X") and the
entities component's output (``doc._.veille_entities``, ``doc._.veille_token_entity``)
to turn the attributing mention into an entity. Pronouns ("il", "a-t-elle ajouté")
and definite descriptions ("la société", "le milliardaire", "le chef de xAI", "la
lettre") are resolved to the entity they refer to with small, explicit rules; when no
rule applies the speaker stays unknown (``key=None``) rather than guessed.

The parse rules live in :mod:`veille.nlp.speech_syntax`, the pronoun and
description rules in :mod:`veille.nlp.coreference` (documents' authors in
:mod:`veille.nlp.document_authors`), the readings of a subject phrase in
:mod:`veille.nlp.speaker_phrases`, a person's gender in
:mod:`veille.nlp.speaker_gender`; this module holds the document's actors
(:class:`SpeakerIndex`) and turns a subject into an attribution.

When the entities component left nothing (blank pipeline, or run without it), the
model's own ``doc.ents`` stand in, so attribution still names people and
organisations, without entity keys.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..models import Cue
from .coreference import EntityMention, Referent, normalise_name, pronoun_form
from .document_authors import DocumentAuthors
from .mentions import glued_intertitle
from .speaker_gender import SpeakerGender
from .speaker_titles import TitleRules
from .speaker_phrases import (  # (also importable from here, as before the split)
    _complement_name, _source_after_on, _titled_in_complement, abstract_noun, coordinated_group,
    latter_span, person_after_label, plausible_source, the_latter, weak_evidence,
)
from .lang import fr_quotes as data
from .speech_syntax import is_person_noun, names_person, relative_antecedent, subject_phrase  # noqa: F401  (is_person_noun: importable from here)

_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÉ][A-Za-zÉé]{1,9})\)")
_NAME_THEN_ACRONYM = re.compile(
    r"((?:[Ll]['’]|[Ll][ae] )?[A-ZÉ][\w'’-]+(?: (?:[a-zé'’-]+ ){0,2}[\w'’-]+){1,7}) \(([A-ZÉ][A-Za-zÉé]{1,9})\)"
)
_LEADING_ARTICLE = re.compile(r"^(?:[Ll]['’]\s*|[Ll][ae]s?\s+)")


@dataclass(frozen=True)
class Attribution:
    """The speaker of one quotation and the evidence for it.

    ``speaker_name`` is the resolved name (internal: it feeds pronoun resolution
    and keyless speakers); ``speaker_start``/``speaker_end`` delimit the attributing
    mention as written ("il", "la société", "Marc Delaunay"), which is what a
    ``Quote`` exposes as ``speaker_text``.
    """

    speaker_key: str | None
    speaker_name: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: Cue | None
    confidence: float
    rule: str | None

    @property
    def found(self) -> bool:
        return self.speaker_name is not None or self.speaker_key is not None


NO_ATTRIBUTION = Attribution(None, None, None, None, None, 0.0, None)


class SpeakerIndex(TitleRules, DocumentAuthors, SpeakerGender):
    """The actors of one document and where they are mentioned, for attribution.

    doc (Doc): a processed Doc; uses ``veille_entities`` when present, else ``doc.ents``.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        # Doc.text is rebuilt from the tokens on every access: read it once
        self.text = doc.text
        self.mentions: list[EntityMention] = []
        self.by_key: dict[str, object] = {}
        records = doc._.veille_entities or []
        if records:
            for record in records:
                self.by_key[record.key] = record
                for m in record.mentions:
                    self.mentions.append(
                        EntityMention(m.start, m.end, record.key, record.name, record.type)
                    )
        else:
            self._mentions_from_ents()
        self._add_unlabelled_names()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self.acronyms = self._acronyms()
        self._starts = [m.start for m in self.mentions]  # (for mentions_from; no mention is added later)
        self._char_to_mention: dict[int, EntityMention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self._char_to_mention.setdefault(i, m)
        #: speakers already attributed, in text order: (char offset, Referent)
        self.recent_speakers: list[tuple[int, Referent]] = []
        #: is a character offset inside quote marks? (set by the quote finder)
        self.masked = lambda offset: False
        #: attributed direct quotes: (open mark, close mark, speaker), for "je" inside them
        self.quoted: list[tuple[int, int, Referent]] = []

    def _add_unlabelled_names(self) -> None:
        """Two or three capitalised proper nouns the entity layer left out ("un constat
        partagé par Dominique Martin", "Olivia de Lamberterie") are taken as a
        person's name, keyless."""
        doc = self.doc
        covered = set()
        for m in self.mentions:
            covered.update(range(m.start, m.end))
        i = 0
        while i < len(doc):
            tok = doc[i]
            if i + 1 < len(doc) and glued_intertitle(tok, doc[i + 1]):
                i += 1
                continue
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha:
                j += 1
            if j - i == 1 and j + 1 < len(doc) and doc[j].lower_ in ("de", "du", "des", "d'", "d’") and (
                doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() and doc[j + 1].idx not in covered
            ):
                # "la Française Olivia de Lamberterie": a particle inside the name
                j += 2
                while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha:
                    j += 1
            n = j - i
            before = doc[i - 1].lower_.replace("’", "'") if i > 0 else ""
            if 2 <= n <= 3 and tok.idx not in covered and before not in (
                "à", "au", "en", "de", "du", "des", "dans", "vers", "sur", "le", "la", "l'", "les"
            ):
                span = doc[i:j]
                self.mentions.append(EntityMention(span.start_char, span.end_char, None, span.text, "PER"))
            i = max(j, i + 1)

    def _acronyms(self) -> dict[str, str]:
        """ "la Commission nationale du débat public (CNDP)" -> {"cndp": "Commission …"}."""
        found: dict[str, str] = {}
        text = self.text
        for m in self.mentions:
            match = _ACRONYM_AFTER.match(text, m.end)
            if match and m.end - m.start > len(match.group(1)) + 3:
                name = _LEADING_ARTICLE.sub("", text[m.start : m.end])
                found[normalise_name(match.group(1))] = name
        for match in _NAME_THEN_ACRONYM.finditer(text):
            name, acronym = match.group(1), match.group(2)
            initials = "".join(w[0] for w in name.split() if w[0].isupper())
            if initials and acronym.upper().startswith(initials[:2]):
                found.setdefault(normalise_name(acronym), _LEADING_ARTICLE.sub("", name))
        return found

    def fullest_phrase(self, span: Span) -> tuple[int, int] | None:
        """Offsets of a fuller naming of a short source description, or None.

        "la préfecture" -> "la préfecture du Calvados", "le parquet" -> "le parquet
        de Nanterre", when the document writes the same noun with a complement
        naming a place or body (capitalised). Only bare descriptions (determiner
        + noun) are completed, and only when the document gives one fuller phrase
        for that noun (a round-up naming several prefectures says none).
        """
        words = [t for t in span if not t.is_space]
        if len(words) != 2 or words[0].pos_ != "DET" or words[1].pos_ != "NOUN":
            return None
        noun = words[1]
        if names_person(noun):
            return None  # "le militant": another militant "du Front" is another person
        doc, text = self.doc, self.text
        # only a body's name runs on past an adjective ("le ministère français des
        # Affaires étrangères"); "les commerçants" are not "commerçants
        # indépendants de France", words inside a confederation's name
        body = noun.lower_ in data.SOURCE_NOUNS or noun.lower_ in data.ORG_DESCRIPTIONS
        before = after = None
        named: set[str] = set()
        for tok in doc:
            if tok.lower_ != noun.lower_ or tok.i == noun.i or self.masked(tok.idx):
                continue
            # only a named complement makes it fuller: with adjectives ("le
            # gouvernement fédéral", "la loi française") the gold keeps the short
            # phrase as written, and so does this
            complement = _NAMED_COMPLEMENT.match(text, tok.idx + len(tok.text))
            if not complement and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "ADJ" and body:
                # "le ministère français des Affaires étrangères": one adjective
                # before the named complement
                adj = doc[tok.i + 1]
                complement = _NAMED_COMPLEMENT.match(text, adj.idx + len(adj.text))
            if not complement:
                continue
            end = complement.end()
            following = doc.char_span(end + 1, end + 1 + len(text[end + 1 :].split(" ", 1)[0]))
            if text[end : end + 1] == " " and following is not None and len(following) == 1 and (
                following[0].pos_ == "ADJ" and following[0].text.islower()
            ):
                end = following.end_char  # "des Affaires étrangères": its adjective belongs to the name
            named.add(normalise_name(complement.group(0)))
            det = doc[tok.i - 1] if tok.i and doc[tok.i - 1].pos_ == "DET" else None
            start = det.idx if det is not None and det.lower_ not in ("du", "des") else tok.idx
            if end <= span.start_char:
                before = (start, end)
            elif start >= span.end_char and after is None:
                after = (start, end)
        if len(named) > 1:
            return None  # "la préfecture du Nord" and "du Calvados": which one is meant?
        return before or after

    def expand_acronym(self, name: str) -> str:
        """ "l'Otre" -> "Organisation des transporteurs routiers européens" when the
        document spells the acronym out; any other name is returned as is."""
        bare = normalise_name(_LEADING_ARTICLE.sub("", name))
        return self.acronyms.get(bare, name)

    def _mentions_from_ents(self) -> None:
        # Fallback when the entities component is absent: the longest name ending
        # with a short form is its full name ("Musk" -> "Elon Musk").
        ents = [e for e in self.doc.ents if e.label_ in ("PER", "ORG")]
        full: dict[str, str] = {}
        for e in ents:
            norm = normalise_name(e.text)
            for other in ents:
                o = normalise_name(other.text)
                if len(o) > len(norm) and (o.endswith(" " + norm) or o.startswith(norm + " ")):
                    if len(o) > len(full.get(norm, "")):
                        full[norm] = other.text
        for e in ents:
            name = full.get(normalise_name(e.text), e.text)
            self.mentions.append(EntityMention(e.start_char, e.end_char, None, name, e.label_))

    # --- entity lookup -----------------------------------------------------------

    def entity_in(self, start: int, end: int, types: tuple[str, ...] = ("PER", "ORG")):
        """The first entity mention inside [start, end) of one of ``types``, or None."""
        for i in range(start, end):
            m = self._char_to_mention.get(i)
            if m is not None and m.type in types:
                return m
        return None

    def mentions_from(self, offset: int) -> list[EntityMention]:
        """The mentions starting at or after character ``offset``, in text order
        (a bisection: callers that look for the first name after a word need not
        walk every mention from the top of the text)."""
        return self.mentions[bisect_left(self._starts, offset):]

    def mention_span(self, m: EntityMention) -> Span | None:
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")

    def apposition(self, span: Span) -> EntityMention | None:
        """A person named right after or right before a description:
        "la ministre des Transports Elisabeth Borne", "l'enseignante, Dominique
        Martin,", "Jean Dupont (LR), un élu local, a dit"."""
        doc = self.doc
        j = span.end
        skipped = False
        if j < len(doc) and (doc[j].pos_ == "ADP" or "Part" in doc[j].morph.get("VerbForm")):
            # "le secrétaire d'État chargé du numérique, Mounir X,": the title's own
            # complement, when the subject phrase stops before it, then the name
            k = self._verbless_run(j, 7)
            if k < len(doc) and k > j and doc[k].text == ",":
                j, skipped = k, True
        if j < len(doc) and doc[j].text == "(":
            while j < len(doc) and doc[j].text != ")" and j - span.end < 8:
                j += 1
            j += 1
        comma = j < len(doc) and doc[j].text == ","
        if comma:
            j += 1
        if j < len(doc):
            m = self.entity_in(doc[j].idx, doc[j].idx + 1, ("PER",))
            if m is not None and m.start == doc[j].idx and (not skipped or self._set_off_name(m)):
                return m
        if comma:
            # "son président, l'immunologue Jean Dupont,": a short title, then the name
            k = j
            while k < len(doc) and k - j < 3 and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
                k += 1
            if j < k < len(doc):
                m = self.entity_in(doc[k].idx, doc[k].idx + 1, ("PER",))
                if m is not None and m.start == doc[k].idx:
                    return m
            if j < len(doc) and (doc[j].pos_ in ("ADJ", "ADP") or "Part" in doc[j].morph.get("VerbForm")):
                # "le procureur de Paris, chargé des affaires de terrorisme, François
                # X": an aside with no verb of its own, then the name
                k = self._verbless_run(j, 9)
                if k + 1 < len(doc) and doc[k].text == ",":
                    m = self.entity_in(doc[k + 1].idx, doc[k + 1].idx + 1, ("PER",))
                    if m is not None and m.start == doc[k + 1].idx and self._set_off_name(m):
                        return m
        i = span.start - 1
        if i >= 1 and doc[i].text == ",":
            k = i - 1
            if doc[k].text == ")":
                while k > 0 and doc[k].text != "(":
                    k -= 1
                k -= 1
            if k >= 0:
                m = self.entity_in(doc[k].idx, doc[k].idx + len(doc[k].text))
                if m is not None and m.end == doc[k].idx + len(doc[k].text) and not self._after_preposition(m):
                    return m
        return None

    def _verbless_run(self, j: int, limit: int) -> int:
        """The first token from ``j`` (at most ``limit`` on) that is punctuation or a
        finite verb: where a title's complement or an aside ends."""
        doc = self.doc
        k = j
        while k < len(doc) and k - j < limit and not doc[k].is_punct and "Fin" not in doc[k].morph.get("VerbForm"):
            k += 1
        return k

    def _set_off_name(self, m: EntityMention) -> bool:
        """Does the name end its phrase ("…, François X." / "…, Mounir X, a écrit")?
        After an aside, a name followed by its own verb ("selon les courriels contenus
        dans le message, X avait approuvé …") starts the next clause instead."""
        rest = self.text[m.end : m.end + 3].lstrip(" \u00a0\u202f")
        return not rest or rest[0] in ",.;:)\n"

    def _after_preposition(self, m: EntityMention) -> bool:
        """ "Interrogé par l'AFP, ce proche …": a name inside a prepositional phrase
        is no apposition of the noun phrase after the comma."""
        span = self.mention_span(m)
        if span is None or span.start == 0:
            return False
        prev = self.doc[span.start - 1]
        if prev.pos_ == "DET" and span.start >= 2:
            prev = self.doc[span.start - 2]
        return prev.pos_ == "ADP"

    def complete_name(self, name: str) -> str:
        """ "Catherine" -> "Catherine Dupont" when the document names her in full."""
        norm = normalise_name(name)
        if " " in norm or not name[:1].isupper():
            return name
        best = name
        for m in self.mentions:
            full = normalise_name(m.name)
            if full.startswith(norm + " ") and m.name[:1].isupper() and len(m.name) > len(best):
                best = m.name
        return best

    def referent_of_mention(self, m: EntityMention, rule: str, confidence: float) -> Referent:
        name = self.complete_name(m.name) if m.type == "PER" else self.expand_acronym(m.name)
        key, type_ = m.key, m.type
        if name != m.name:
            # "Catherine" completed to "Catherine Martin", "l'Otre" spelled out: the
            # entity under the fuller name is the speaker (the entity layer may
            # have kept the short form apart, or left it keyless)
            full = self.entity_named(name)
            if full is not None:
                key, type_ = full.key, full.type
        return Referent(key, name, type_, rule, confidence, m.start, m.end)

    def entity_named(self, name: str) -> EntityMention | None:
        """A keyed mention whose entity goes by ``name`` (normalised), or None."""
        norm = normalise_name(name)
        for m in self.mentions:
            if m.key is not None and normalise_name(m.name) == norm:
                return m
        return None

    def remember(self, offset: int, referent: Referent) -> None:
        if referent.name is not None:
            self.recent_speakers.append((offset, referent))


#: Relative pronouns that follow a preposition ("selon lequel", "d'après qui").
_RELATIVE_PRONOUNS = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui"})


def resolve_subject(
    subject: Token, index: SpeakerIndex, rule: str, verb: Token | None = None
) -> tuple[Span | None, Referent | None]:
    """The attributing mention for ``subject`` and what it refers to.

    Order: pronouns are resolved; a name (entity mention on the head word) is
    taken as is; a person named inside or right beside the phrase ("la ministre
    Elisabeth Borne", "l'enseignante, Dominique Martin,") wins; a definite
    description is resolved ("le ministre", "la société", "le PDG d'Acme"); else
    the phrase itself is the source ("un manifestant"), without entity key.

    RETURNS: (mention span, Referent or None when unresolvable, e.g. "on"); no
    mention either when the subject is no plausible source
    (:func:`~veille.nlp.speaker_phrases.plausible_source`): the caller's rule
    then does not fire.
    """
    doc = subject.doc
    if subject.lower_ in _RELATIVE_PRONOUNS and subject.i > 0 and doc[subject.i - 1].pos_ == "ADP":
        # "le ministre X, selon lequel …", "d'après qui": the source is the
        # antecedent of the relative clause the pronoun opens
        clause = subject.head
        while clause.dep_ != "acl:relcl" and clause.head.i != clause.i and clause.i > subject.i - 1:
            clause = clause.head
        if clause.dep_ == "acl:relcl" and clause.head.i < subject.i:
            return resolve_subject(relative_antecedent(clause), index, rule)
    latter = the_latter(subject, index)
    if latter is not None:
        return latter_span(subject), index.referent_of_mention(latter, "description", 0.6)
    form = pronoun_form(subject)
    personal = form in data.SUBJECT_PRONOUNS or form in data.IMPERSONAL_PRONOUNS
    if personal or (subject.pos_ == "PRON" and subject.n_rights == 0):
        mention = doc[subject.i : subject.i + 1]
        speaker = _speaker_of_selon_pronoun(subject, form, index)
        if speaker is not None:
            return mention, speaker
        if form in data.SUBJECT_PRONOUNS:
            return mention, index.resolve_pronoun(subject)
        carries = verb is not None and (
            subject.head.i == verb.i or (subject.text.startswith("-") and 0 < subject.i - verb.i <= 2)
        )
        if form == "on" and carries:
            # (only when "on" carries the cue itself: in "entend-on crier", "on"
            # is the listener, not who shouts)
            source = _source_after_on(subject, verb)
            if source is not None:
                # "souligne-t-on à Matignon": the place named is who speaks;
                # "au siège du parti": the party the text is about
                if source[0].lower_ == "du" and source.root.pos_ == "NOUN":
                    ref = index.resolve_description(source)
                    if ref is not None:
                        return source, ref
                return resolve_subject(source.root, index, rule)
            # a generic "on" ("dit-on dans la majorité") is its own source
            start = subject.idx + (1 if subject.text.startswith("-") else 0)
            return mention, Referent(None, "on", None, rule, 0.3, start, subject.idx + len(subject.text))
        return mention, None
    if subject.lower_ in ("celui", "celle") and any(c.dep_ == "acl:relcl" for c in subject.children):
        # "a estimé celui qui est considéré comme le mentor de X": a periphrasis
        # for the person the article is quoting, the last speaker of that gender
        gender = "Fem" if subject.lower_ == "celle" else "Masc"
        if index.recent_speakers:
            at, ref = index.recent_speakers[-1]
            if subject.idx - at <= 1500 and ref.type == "PER" and ref.key is not None and index._agrees(ref, gender):
                return doc[subject.i : subject.i + 1], ref.restated("description", 0.5)
        # with no one quoted yet, the person the sentence before is about ("Le
        # dérapage de X semble contrôlé. Au journaliste Y, qui …, celui qui … se fend
        # d'un « … »"): a person named in the periphrasis's own sentence is talked to
        topic = index._previous_sentence_topic(doc[subject.i : subject.i + 1])
        if topic is not None and topic.key is not None and index._agrees_mention(topic, gender):
            return doc[subject.i : subject.i + 1], index.referent_of_mention(topic, "description", 0.5)
    span = subject_phrase(subject, index, verb)
    group = coordinated_group(subject, verb)
    if group is not None:
        # "la fédération et ses alliés ont dénoncé": several actors speak together;
        # the source is the whole group as written, not its first member
        return group, Referent(None, group.text, None, rule, 0.6, group.start_char, group.end_char)
    if rule != "description" and not plausible_source(subject, index, weak_evidence(subject, verb, rule, index)):
        # "39 % ne s'en disent pas", "à Lyon : « … »", "l'offensive « risque … »":
        # no one who can speak; the rule does not fire and the next one is tried
        # (relation actors, rule "description", keep their own checks)
        return None, None
    m = index.entity_in(subject.idx, subject.idx + len(subject.text))
    if m is None or m.type != "PER":
        labelled = person_after_label(subject, index, m)
        if labelled is not None:
            return index.mention_span(labelled) or span, index.referent_of_mention(labelled, rule, 0.85)
    if m is not None:
        return index.mention_span(m) or span, index.referent_of_mention(m, rule, 0.9)
    person = index.entity_in(span.start_char, span.end_char, ("PER",))
    if person is not None and person.start > span.start_char and _complement_name(index.text, span.start_char, person.start):
        # "ce proche de Nicolas Hulot", "l'avocat de Jean Dupont": the person named
        # in the complement is who the speaker is related to, not the speaker
        person = None
    elif person is not None and person.start > span.start_char and _titled_in_complement(span, person.start):
        # "le patron du parti du président X": X is the president, titled inside
        # the complement; the speaker is the patron (the description below)
        person = None
    person = person or index.apposition(span)
    if person is not None:
        return index.mention_span(person) or span, index.referent_of_mention(person, rule, 0.85)
    if subject.pos_ == "PROPN":
        m = index.entity_in(span.start_char, span.end_char)
        if m is not None:
            return index.mention_span(m) or span, index.referent_of_mention(m, rule, 0.8)
    noun_like = span.root.pos_ in ("NOUN", "PROPN") or (
        span.root.pos_ == "ADJ" and len(span) == 2  # "le quinquagénaire" tagged ADJ: used as a noun
    )
    if noun_like and span[0].lower_.replace("’", "'") in (
        "le", "la", "l'", "ce", "cette", "cet", "son", "sa", "leur", "notre", "votre", "du"
    ):
        ref = index.resolve_description(span)
        if ref is not None:
            return span, ref
    text = span.text.strip()
    if not text:
        return span, None
    if span[0].lower_ in ("dont", "qui", "que", "qu'", "qu’", "où", "lequel", "laquelle") or subject.lower_ in (
        "une", "un"
    ) and any(t.pos_ in ("AUX", "VERB") for t in span):
        # "dont le retour est l'une des revendications": a relative clause, or a
        # clause around "l'une de", is no name of anyone (a misparse to refuse)
        return span, None
    if subject.pos_ == "NOUN" and abstract_noun(subject, index):
        # "La hausse des prix interroge les habitants", "a demandé l'augmentation
        # de …": an action or quality is no speaker; better none than a wrong one
        return span, None
    fuller = index.fullest_phrase(span)
    if fuller is not None:
        # "a indiqué la préfecture" after "la préfecture du Calvados": the source
        # is named by its fullest noun phrase, shown where the text writes it
        start, end = fuller
        return span, Referent(None, index.text[start:end], None, rule, 0.6, start, end)
    name = index.expand_acronym(index.complete_name(text))
    full = index.entity_named(name) if name != text else None
    if full is not None:
        return span, Referent(full.key, name, full.type, rule, 0.6, span.start_char, span.end_char)
    return span, Referent(None, name, None, rule, 0.6, span.start_char, span.end_char)


def _speaker_of_selon_pronoun(pron: Token, form: str, index: SpeakerIndex) -> Referent | None:
    """ "a regretté X en rappelant que Y avait promis …, ce qui selon lui …": "selon
    lui / d'après elle" in the sentence of the last attribution is that speaker,
    not a person the reported clause talks about (the pronoun rules would take
    the nearer subject, Y). None when the last speaker is not in this sentence."""
    doc = pron.doc
    gender, number = data.SUBJECT_PRONOUNS.get(form, (None, None))
    if number != "Sing" or form not in ("lui", "elle") or pron.i == 0 or not index.recent_speakers:
        return None
    if doc[pron.i - 1].lower_.replace("’", "'") not in ("selon", "d'après") or not doc.has_annotation("SENT_START"):
        return None
    at, ref = index.recent_speakers[-1]
    if not pron.sent.start_char <= at < pron.idx or ref.type != "PER" or not index._agrees(ref, gender):
        return None
    return ref.restated("pronoun", 0.7)


#: A complement naming a place or body: "du Calvados", "de la Haute-Garonne".
_NAMED_COMPLEMENT = re.compile(
    r" (?:de la |de l['’]|du |des |de |d['’])[A-ZÉÈÎÔ][\w’'-]*"
    r"(?:(?: | et | de | du | des | de la | d['’])[A-ZÉÈÎÔ][\w’'-]*)*"
)


def mention_bounds(mention: Span) -> tuple[int, int]:
    """Offsets of an attributing mention as written, without the hyphen that ties an
    inverted clitic to its verb ("a-t-il dit" -> "il")."""
    start, end = mention.start_char, mention.end_char
    # (the span's own text: Doc.text would rebuild the whole document each call)
    words = mention.text
    k = 0
    while k < len(words) and words[k] in "-‑":
        k += 1
    return start + k, end


def attribution_from(
    mention: Span | None, referent: Referent | None, cue: Cue | None, rule: str
) -> Attribution:
    """Build an Attribution; an unresolved pronoun keeps its mention but no speaker.

    The speaker offsets are the attributing mention, except for a speaker without
    entity key reached through a pronoun or description: nothing else would name
    it, so the offsets point at the words that named it earlier ("un ouvrier …
    il": "un ouvrier").
    """
    if mention is None:
        return NO_ATTRIBUTION
    start, end = mention_bounds(mention)
    if referent is None:
        return Attribution(None, None, start, end, cue, 0.2, rule + "_unresolved")
    final_rule = referent.rule if referent.rule in ("pronoun", "description") else rule
    if referent.key is None and referent.start is not None and referent.end is not None:
        start, end = referent.start, referent.end
    return Attribution(referent.key, referent.name, start, end, cue, referent.confidence, final_rule)
