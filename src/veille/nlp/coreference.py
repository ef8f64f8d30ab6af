"""Coreference for speakers: what "il", "la société" or "cet arrêté" refers to.

Small explicit rules over the document's actors (their mentions, roles and the
speakers already attributed): pronouns go to the last speaker or the closest
agreeing subject, definite descriptions to a role holder, the person just named
or the most salient actor of the right type, documents to their author (read in
:mod:`veille.nlp.document_authors`). When no rule applies the answer is None:
unknown rather than guessed. Gender agreement lives in
:mod:`veille.nlp.coreference_gender`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .coreference_gender import GenderAgreement, _masculine_person_form, description_gender
from .lang import fr_quotes as data
from .lang.fr_entities import SINGULAR_DEFINITE
from .speech_syntax import is_person_noun, names_person, subject_phrase

#: how far back (characters) a pronoun or description looks for its referent.
_LOOKBACK = 1500
#: Titles, normalised, that name a head of state right before the name.
_HEAD_OF_STATE_TITLES = ("president", "presidente", "president de la republique",
                         "presidente de la republique", "chef de l' etat")
#: how far back (characters) a title with complement ("le chef de la diplomatie")
#: looks for the person it describes.
_TITLE_REACH = 400
# participles that tie an organisation to the person at its head ("la société
# dirigée par X", "le groupe présidé par Y", "l'entreprise fondée par Z")
_LEADING_VERBS = frozenset({"diriger", "présider", "fonder", "piloter", "gérer", "cofonder"})
#: "le quinquagénaire": the decade of age such a noun names.
_AGE_NOUNS = {"trentenaire": 30, "quadragénaire": 40, "quinquagénaire": 50, "sexagénaire": 60,
              "septuagénaire": 70, "octogénaire": 80, "nonagénaire": 90}
#: "Franck, 54 ans": a capitalised name followed by an age.
_NAME_AGE = re.compile(r"\b([A-ZÉÈ][\w’'-]+(?: [A-ZÉÈ][\w’'-]+)*),?\s(\d{2})\sans\b")  # (\s: also no-break spaces)
_OUTLET_NOUNS = frozenset({"média", "quotidien", "hebdomadaire", "magazine"})
#: Posts (normalised) one person rarely holds two of at once: "le Premier ministre"
#: is not the man the article calls "président" ("chef", "patron" fit any post).
_POSTS = frozenset({"ministre", "president", "presidente", "maire", "depute", "deputee", "senateur",
                    "senatrice", "prefet", "prefete", "bourgmestre", "gouverneur", "procureur",
                    "procureure", "secretaire", "echevin", "echevine"})
#: Nouns for a person whose ending does not say so ("cet ancien colonel").
_PERSON_WORDS = frozenset({"homme", "femme", "personne", "source", "colonel", "général", "capitaine",
                           "caporal", "amiral", "maréchal", "major", "juge", "élu", "élue"})
_DEMONYM_ENDINGS = ("onne", "ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine",
                    "and", "ande", "ol", "ole", "ote", "in", "ine", "ard", "arde")


@dataclass(frozen=True)
class Referent:
    """What a mention resolves to: an entity (``key`` set) or a plain source text.

    ``start``/``end`` locate a place where the text names this referent (its
    own mention), when known: a keyless speaker can only be shown through it.
    """

    key: str | None
    name: str | None
    type: str | None
    rule: str
    confidence: float
    start: int | None = None
    end: int | None = None

    def restated(self, rule: str, confidence: float) -> Referent:
        """The same referent reached by another rule."""
        return replace(self, rule=rule, confidence=confidence)


@dataclass(frozen=True)
class EntityMention:
    """Where the text names an actor: offsets, entity key (None if keyless), name, type."""

    start: int
    end: int
    key: str | None
    name: str
    type: str


def normalise_name(text: str) -> str:
    """Lower-case, strip accents and collapse spaces: the key names are compared on."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    # an elided article is its own word: "l'Otre" ends with the word "otre"
    text = text.replace("’", "'").replace("'", "' ")
    return " ".join(text.lower().split())


def pronoun_form(token: Token) -> str:
    """ "-elle" -> "elle", "Il" -> "il", "-t-il" -> "il", "-il.Un" (glued) -> "il", "j’" -> "j'"."""
    form = token.lower_.replace("’", "'")
    if form.startswith("-"):
        match = re.match(r"-(?:t-)?([a-zà-ÿ]+)", form)
        return match.group(1) if match else form.lstrip("-")
    return form


class Coreference(GenderAgreement):
    """Resolution rules, mixed into :class:`veille.nlp.speakers.SpeakerIndex`.

    They read the index's ``doc``, ``mentions``, ``by_key``, ``recent_speakers``,
    ``quoted`` and ``masked`` and its lookups (``entity_in``, ``mention_span``,
    ``mentions_from``, ``gender_of``, ``referent_of_mention``).
    """

    def resolve_pronoun(self, token: Token) -> Referent | None:
        """Resolve "il"/"elle"/"ils"/"elles" (also inverted "-t-il") to a previous actor.

        News text keeps talking about its last speaker: the last quoted speaker wins
        when gender and number agree and it is not far back. Otherwise the closest
        previous person that was the subject of a clause (singular), or
        organisation/group (plural).
        """
        gender, number = data.SUBJECT_PRONOUNS.get(pronoun_form(token), (None, None))
        if number is None:
            return None
        offset = token.idx
        newer = self._person_after_last_speaker(offset, gender) if number == "Sing" else None
        if newer is not None:
            return self.referent_of_mention(newer, "pronoun", 0.6)
        if self.recent_speakers:
            at, ref = self.recent_speakers[-1]
            if offset - at <= _LOOKBACK and ref.name != "on":  # a generic "on" is nobody's "il"
                if number == "Sing" and ref.type == "PER" and self._agrees(ref, gender):
                    return ref.restated("pronoun", 0.75)
                if number == "Sing" and ref.type == "ORG":
                    return ref.restated("pronoun", 0.6)
                if number == "Sing" and ref.type is None and not ref.name.lower().startswith(("les ", "des ")) and " et " not in ref.name \
                        and self._phrase_agrees(ref, gender):
                    return ref.restated("pronoun", 0.5)
                group = ref.name.lower().startswith(("les ", "des ")) or " et " in ref.name  # several actors
                if number == "Plur" and (ref.type == "ORG" or group):
                    return ref.restated("pronoun", 0.55)
        doc = self.doc
        fallback = None
        for m in reversed(self.mentions):
            if m.start >= offset:
                continue
            if offset - m.end > _LOOKBACK:
                break
            if self.masked(m.start):
                continue
            span = self.mention_span(m)
            is_subject = span is not None and any(t.dep_ in ("nsubj", "nsubj:pass") for t in span)
            if number == "Sing" and m.type == "PER" and not is_subject and gender is not None and (
                self.gender_of(m, strong_only=True) == gender and self._subject_like(m)
            ):
                # "la ministre X, présente aux côtés de Y, avait salué …" then "Elle":
                # the titled subject (an apposition the parser hung on the title,
                # its gender known from the title), not the person named in a
                # complement nearer the pronoun
                is_subject = True
            if number == "Sing" and m.type == "PER" and self._agrees_mention(m, gender):
                if is_subject:
                    if self._surer_gender(fallback, m, gender):
                        return self.referent_of_mention(fallback, "pronoun", 0.5)
                    return self.referent_of_mention(m, "pronoun", 0.6)
                fallback = fallback or m
            if number == "Sing" and m.type == "ORG" and is_subject and (fallback is None or gender == "Fem"):
                return self.referent_of_mention(m, "pronoun", 0.45)
            if number == "Plur" and m.type == "ORG" and (is_subject or not self._plural_subject_before(token, m)):
                # "Des élus du PS et des Verts se sont réunis … martèlent-ils": the
                # party in a complement is not who "ils" are; the plural subject is
                return self.referent_of_mention(m, "pronoun", 0.45)
        if number == "Plur":
            # "ils" after "les syndicats ont dit…": the last plural subject
            for tok in reversed(doc[: token.i]):
                if offset - tok.idx > _LOOKBACK:
                    break
                if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number"):
                    span = subject_phrase(tok, self)
                    return Referent(None, span.text, None, "pronoun", 0.4, span.start_char, span.end_char)
        if fallback is not None:
            return self.referent_of_mention(fallback, "pronoun", 0.45)
        if number == "Sing" and gender is not None:
            # "elle" when the only person about is "Marlène X", whose gender
            # is no more than the tagger's default masculine for a first name:
            # the last speaker, else the closest subject
            return self._guessed_gender_person(offset, gender)
        return None

    def _guessed_gender_person(self, offset: int, gender: str) -> Referent | None:
        if self.recent_speakers:
            at, ref = self.recent_speakers[-1]
            if offset - at <= _LOOKBACK and ref.type == "PER" and ref.key is not None:
                m = next((m for m in self.mentions if m.key == ref.key), None)
                return ref.restated("pronoun", 0.4) if m is not None and self._default_masculine(m, gender) else None
        for m in reversed(self.mentions):
            if m.start >= offset or self.masked(m.start):
                continue
            if offset - m.end > _LOOKBACK:
                break
            if m.type == "PER" and self._subject_like(m):
                return self.referent_of_mention(m, "pronoun", 0.4) if self._default_masculine(m, gender) else None
        return None

    def _person_of_age(self, word: str, span: Span) -> Referent | None:
        """ "ajoute le quinquagénaire" after "Franck, 54 ans, …": the person last
        given an age in that decade (a first name the entity layer may have missed)."""
        decade = _AGE_NOUNS.get(word)
        if decade is None:
            return None
        found = None
        for match in _NAME_AGE.finditer(self.text, max(0, span.start_char - _LOOKBACK), span.start_char):
            if decade <= int(match.group(2)) < decade + 10:
                found = match
        if found is None:
            return None
        m = self.entity_in(found.start(1), found.end(1), ("PER",))
        if m is not None:
            return self.referent_of_mention(m, "description", 0.6)
        return Referent(None, found.group(1), "PER", "description", 0.5, found.start(1), found.end(1))

    def _plural_subject_before(self, token: Token, m: EntityMention) -> bool:
        """Is the organisation ``m`` named inside the last plural noun subject
        before ``token``, between that noun and its verb ("Des élus du PS et des
        Verts se sont réunis")?"""
        doc = self.doc
        for tok in reversed(doc[: token.i]):
            if token.idx - tok.idx > _LOOKBACK:
                return False
            if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number"):
                return tok.idx < m.start < tok.head.idx
        return False

    def _person_after_last_speaker(self, offset: int, gender: str | None) -> EntityMention | None:
        """A person introduced as a subject after the last quoted speaker
        ("Guy Martin, syndicaliste, partage ces urgences : « … », précise-t-il")."""
        last_at = self.recent_speakers[-1][0] if self.recent_speakers else -1
        last_name = self.recent_speakers[-1][1].name if self.recent_speakers else None
        sure = None  # the nearest person known ("Mme X") to be of the pronoun's gender
        for m in reversed(self.mentions):
            if m.start >= offset:
                continue
            if m.start <= last_at or offset - m.end > _LOOKBACK:
                return None
            if m.type != "PER" or self.masked(m.start):
                continue
            if m.name == last_name:
                if self._subject_like(m):
                    # "M. X a refusé …" after X was quoted: the last speaker is
                    # the nearest subject again, not someone named before him
                    return None
                continue
            if self._subject_like(m) and self._agrees_mention(m, gender):
                return sure if self._surer_gender(sure, m, gender) else m
            if sure is None and gender is not None and self.gender_of(m, strong_only=True) == gender:
                sure = m
        return None

    def _subject_like(self, m: EntityMention) -> bool:
        span = self.mention_span(m)
        if span is None:
            return False
        if re.match(r",?\s*qui\b", self.text[m.end : m.end + 8]):
            return True  # "leur chef de file, Gilles Martin, qui s'impliquera"
        for t in span:
            if t.dep_ in ("nsubj", "nsubj:pass"):
                return True
            if t.head.dep_ in ("nsubj", "nsubj:pass") and t.head.i not in range(span.start, span.end) and not any(
                c.dep_ == "case" for c in span.root.children
            ):
                # "Le maire de Bourges Pascal Blanc a pris…", but not "L'histoire de
                # Fanny X a séduit": a name in a "de" complement is no subject
                return True
        doc = self.doc
        if self._set_off_subject(span):
            return True
        if span.end < len(doc) and doc[span.end].pos_ in ("AUX", "VERB") and "Fin" in doc[span.end].morph.get("VerbForm"):
            # "Le président français X a lui aussi réagi": a name that only a
            # title opens the sentence with, right before a finite verb, is its
            # subject whatever the parser made of it
            # (only when the parser found no subject in that sentence at all)
            sent = span.sent if doc.has_annotation("SENT_START") else None
            lead = doc[sent.start : span.start] if sent is not None else doc[0:0]
            titled = any(t.pos_ == "NOUN" for t in lead) and all(
                t.pos_ in ("DET", "NOUN", "ADJ", "PROPN") for t in lead
            )
            if titled and not any(t.dep_ in ("nsubj", "nsubj:pass") for t in sent):
                return True
        return False

    def _set_off_subject(self, span: Span) -> bool:
        """ "Clément, 23 ans, chômeur, est venu …", "Jean-Noël, retraité, espère":
        a name followed by appositions between commas, then a finite verb, is that
        verb's subject, whatever the parser made of it (a vox-pop introduction)."""
        doc = self.doc
        if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
            return False

        def finite(t: Token) -> bool:
            return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")

        j, groups = span.end, 0
        while j < len(doc) and doc[j].text == "," and groups < 3:
            k = j + 1
            while k < len(doc) and k - j <= 12 and doc[k].text not in (",", ".", ";", ":", "«", "»", "\n") and not finite(doc[k]):
                k += 1
            if k >= len(doc) or doc[k].text != "," or all(t.is_space for t in doc[j + 1 : k]):
                break
            j, groups = k, groups + 1
        j += 1  # past the comma before the verb
        while j < len(doc) and (doc[j].is_space or doc[j].lower_ in ("ne", "n'", "n’")):
            j += 1
        return groups > 0 and j < len(doc) and finite(doc[j])

    def resolve_description(self, span: Span) -> Referent | None:
        """Resolve a definite description ("la société", "le PDG d'Acme") to an actor:
        the rules below, else the one actor the article introduced with every word
        of the description (``_introduced_with_words``)."""
        ref = self._resolve_description(span)
        if ref is None and span[0].lower_ in SINGULAR_DEFINITE:
            ref = self._introduced_with_words(span)
        return ref

    def _resolve_description(self, span: Span) -> Referent | None:
        """Resolve a definite description ("la société", "le PDG d'Acme") to an actor.

        Plural descriptions ("les cofondateurs") name a group, not one entity: they
        are left to the caller. Singular ones go to the holder of a matching role
        (from the entities component), else, for a bare description ("le
        ministre", "la société"), the last speaker of the right type, else the most
        salient (most mentioned so far, then closest) actor of that type.
        Descriptions with their own complement and no matching role ("le
        président de la cour") stay unresolved: they often introduce a new source.
        """
        head = span.root
        if "Plur" in head.morph.get("Number") and span[0].lower_ not in SINGULAR_DEFINITE:
            # (the tagger calls an invariable acronym plural: "l'ONG" is one)
            return None
        lemma = head.lemma_.lower() if head.lemma_ else head.lower_
        word = head.text
        if any(c.dep_ == "amod" and c.lower_ == "même" and c.i < head.i for c in head.children) and self.recent_speakers:
            # "selon la même source", "a ajouté le même responsable": who was cited last
            at, ref = self.recent_speakers[-1]
            personal = names_person(head) or head.lower_ in data.PER_DESCRIPTIONS
            if span.start_char - at <= _LOOKBACK and ref.name != "on" and not (personal and ref.type == "ORG"):
                return ref.restated("description", 0.6)  # ("le même parlementaire" is no party)
        if word in data.DOCUMENT_DESCRIPTIONS or lemma in data.DOCUMENT_DESCRIPTIONS:
            return self._document_author(head)
        if normalise_name(span[1:].text) in data.HEAD_OF_STATE_DESCRIPTIONS:
            # only the person titled so; the president of anything else is not meant
            return self._head_of_state(span)
        office = self._office_holder(span)  # "le président américain", "le chef du gouvernement"
        if office is not None:
            return office
        demonstrative = span[0].lower_ in ("ce", "cet", "cette")
        if demonstrative and (word.lower() in _PERSON_WORDS or names_person(head)):
            # "dit cet homme d'une quarantaine d'années": the source just quoted
            if self.recent_speakers and span.start_char - self.recent_speakers[-1][0] <= _LOOKBACK:
                ref = self.recent_speakers[-1][1]
                return ref.restated("description", 0.5)
        demonym = head.pos_ in ("NOUN", "PROPN") and word[:1].isupper() and head.i > span.start
        demonym = (
            demonym and self.entity_in(head.idx, head.idx + len(word)) is None
            and word.lower().endswith(_DEMONYM_ENDINGS)  # "la Bretonne", not "l'Élysée"
        )
        complement = [t for t in span if t.i > head.i and not t.is_punct and not t.is_space]
        age = [t.lower_ for t in complement if t.pos_ not in ("NUM", "ADP")] == ["ans"]
        place = [t for t in complement if t.pos_ not in ("ADP", "DET")]
        place = bool(place) and all(self._placelike(t) for t in place)  # "l'institution de Washington"
        bare = not complement or age or place or all(t.pos_ == "ADJ" for t in complement)
        aged = self._person_of_age(word.lower(), span) if bare else None
        if aged is not None:
            return aged
        former = word.lower().removeprefix("ex-")  # "l'ex-secrétaire d'État": a former one
        if word.lower() in data.PER_DESCRIPTIONS or lemma in data.PER_DESCRIPTIONS or demonym or (
            former in data.PER_DESCRIPTIONS
        ):
            wanted = "PER"
        elif word.lower() in data.ORG_DESCRIPTIONS or lemma in data.ORG_DESCRIPTIONS:
            wanted = "ORG"
        elif bare and (is_person_noun(head) or (not complement and _masculine_person_form(word.lower()))):
            # "regrette l'enseignante": the person named in the same sentence; else
            # "…, poursuit notre interlocuteur": the person quoted just before (a
            # name merely mentioned in between, a brand, a place, is not meant);
            # else the person named last
            m = self._last_person(span, 0)
            if m is None:
                # "Le policier filmé, Marc X, …" earlier: the person the article
                # introduced with that very noun, not whoever was quoted last
                introduced = self._introduced_as(head, span)
                if introduced is not None:
                    return introduced
                ref = self._recent_person(span)
                if ref is not None:
                    return ref
                m = self._last_person(span, 1000)
                if m is not None and self._after_preposition(m) and not self._agent(m):
                    # "les avocats de X …, le médecin affirme": a person named only
                    # in a complement is talked about, not the one described (an
                    # agent, "un constat partagé par X", is an actor)
                    m = None
            return self.referent_of_mention(m, "description", 0.5) if m is not None else self._named_next(span)
        else:
            return None
        if wanted == "PER":
            holder = self._role_holder(head, span) or self._apposed_title(span)
            if holder is not None:
                return holder
        else:
            led = self._org_led_by(head)
            if led is not None:
                return led
        if not bare and wanted == "PER":
            # "tempête la dirigeante du parti", "ajoute le chef de la diplomatie":
            # a title with its complement, right after the person it describes
            # was the subject of a clause or was quoted; a title far from any
            # such person stays as written (it may introduce a new source)
            return (self._titled_person(span) or self._member_of(span) or self._named_next(span)
                    or self._sole_person(span))
        if not bare:
            return None
        if wanted == "PER":
            m = self._last_person(span, 0) or self._titled_before_name(head, span)
            if m is not None:
                return self.referent_of_mention(m, "description", 0.6)
        for at, ref in reversed(self.recent_speakers):
            if span.start_char - at > _LOOKBACK:
                break
            if ref.type == wanted and ref.key is not None and (
                wanted != "PER" or (self._agrees(ref, description_gender(span)) and not self._titled_otherwise(ref.key, span))
            ):  # "le dirigeant" is not the woman quoted last, "le Premier ministre" not the président
                return ref.restated("description", 0.65)
            break
        if wanted == "PER":
            titled = self._introduced_as(head, span)
            if titled is not None:
                return titled
        if wanted == "PER" and self._talked_about_here(span):
            # "Mme X « fait l'objet … », a relevé la porte-parole": the person the
            # sentence is about is no evidence for who the title is; unknown
            return None
        if wanted == "PER":
            topic = self._previous_sentence_topic(span)
            if topic is not None and not self._titled_otherwise(topic.key, span):
                return self.referent_of_mention(topic, "description", 0.5)
        if wanted == "ORG":
            introduced = self._org_introduced_as(head, span)
            if introduced is not None:
                return introduced
            subject = self._recent_main_subject(span, "ORG")
            if subject is not None:
                return self.referent_of_mention(subject, "description", 0.55)
        counts: dict[tuple[str | None, str], int] = {}
        last: dict[tuple[str | None, str], EntityMention] = {}
        window_start = span.start_char - _LOOKBACK * 2
        # the entity layer types a newspaper's title MISC as often as ORG
        types = (wanted, "MISC") if lemma in _OUTLET_NOUNS or word.lower() in _OUTLET_NOUNS else (wanted,)
        for m in self.mentions:
            if m.start >= span.start_char:
                break
            if m.type not in types or (m.type == "MISC" and not re.match(r"(?:L[ae] |L['’])\w", m.name)):
                continue  # (a MISC outlet is a title: "Le Courrier du Nord", "L'Obs")
            if wanted == "PER" and not self._agrees_mention(m, description_gender(span)):
                continue  # "le dirigeant" is no woman, however often she was named
            if wanted == "PER" and self._titled_otherwise(m.key, span):
                continue  # "le Premier ministre" is not the man the article calls président
            ident = (m.key, m.name)
            counts[ident] = counts.get(ident, 0) + 1
            last[ident] = m
        recent = [i for i in counts if last[i].start >= window_start]
        if not recent:
            return self._named_next(span) if wanted == "PER" else None
        best = max(recent, key=lambda i: (counts[i], last[i].start))
        return Referent(best[0], best[1], last[best].type, "description", 0.55, last[best].start, last[best].end)

    def _titled_otherwise(self, key: str | None, span: Span) -> bool:
        """Does the article give the person ``key`` current posts, none of them the
        bare title ``span`` ("le Premier ministre" for a man it calls "président")?
        Only posts count on both sides: a trade ("la scientifique") or a candidacy
        says nothing against a post."""
        head = normalise_name(span.root.text)
        if head not in _POSTS:
            return False  # ("la scientifique", "le politologue": a trade, not a post)
        record = self.by_key.get(key) if key is not None else None
        roles = [r for r in getattr(record, "roles", ())
                 if not r.former and set(normalise_name(r.title).split()) & _POSTS]
        if not roles:
            return False
        title = normalise_name(" ".join(t.text for t in span if t.i <= span.root.i and t.pos_ != "DET"))
        for role in roles:
            held = normalise_name(role.title)
            if held.split()[:1] == [head] or held.startswith(title) or title.startswith(held):
                return False
        return True

    def _recent_main_subject(self, span: Span, wanted: str) -> EntityMention | None:
        """ "Meta a écrit au procureur. La lettre note qu'OpenAI … La société a
        demandé …": the actor of that type last named as the subject of a main
        clause in the two sentences before, outside quotations. A text keeps its
        topic in subject position; an actor named more often but only inside
        complements or reported clauses is less likely meant."""
        doc = self.doc
        if not doc.has_annotation("SENT_START") or span.sent.start == 0:
            return None
        sents = []
        at = span.sent.start
        while at > 0 and len(sents) < 2:
            sent = doc[at - 1].sent
            sents.append(sent)
            at = sent.start
        for sent in sents:  # nearest first
            for tok in reversed(sent):
                if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head != sent.root or self.masked(tok.idx):
                    continue
                # the name itself, or the name a head noun introduces ("le groupe
                # Kestrel"), not a complement ("le projet de Dalmeco")
                named = [tok, *(c for c in tok.rights if c.dep_ not in ("acl", "acl:relcl")
                                and not any(g.dep_ == "case" for g in c.children))]
                for t in named:
                    m = self.entity_in(t.idx, t.idx + len(t.text), (wanted,))
                    if m is not None:
                        return m
        return None

    def _previous_sentence_topic(self, span: Span) -> EntityMention | None:
        """ "Le prix est allé à Kaia X, 17 ans, …, fille de Cindy Y. « … », a déclaré la
        jeune Américaine": the first person named in the sentence before the
        description's (quoted words aside), when of its gender; the person a new
        sentence is about is named first, before those only related to her."""
        doc = self.doc
        if not doc.has_annotation("SENT_START") or span.sent.start == 0:
            return None
        sent = doc[span.sent.start - 1].sent
        if sent.text.lstrip()[:1] in data.QUOTE_CHARS and sent.start > 0:
            sent = doc[sent.start - 1].sent  # (the quote split off as its own sentence)
        if any(t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "NOUN" and names_person(t) for t in sent):
            # "Le cofondateur … a écrit au procureur, Laurent B.": the sentence is
            # about its subject, a person described, not about the first name in it
            return None
        for m in self.mentions_from(sent.start_char):
            if self.masked(m.start) or m.type != "PER":
                continue
            if m.start >= sent.end_char:
                return None
            gender = description_gender(span)
            return m if self._agrees_mention(m, gender) or self._default_masculine(m, gender) else None
        return None

    def _recent_person(self, span: Span) -> Referent | None:
        """The last quoted speaker, when a person of the description's gender
        quoted within the look-back window; None otherwise."""
        if not self.recent_speakers:
            return None
        at, ref = self.recent_speakers[-1]
        if span.start_char - at > _LOOKBACK or ref.type != "PER":
            return None
        if not self._agrees(ref, description_gender(span)):
            return None
        return ref.restated("description", 0.5)

    def _agent(self, m: EntityMention) -> bool:
        span = self.mention_span(m)
        return span is not None and span.start > 0 and self.doc[span.start - 1].lower_ == "par"

    def _placelike(self, token: Token) -> bool:
        """A place name: a LOC mention, or a capitalised proper noun that names no
        person or organisation (the entity layer misses places after "de")."""
        if self.entity_in(token.idx, token.idx + len(token.text), ("LOC",)) is not None:
            return True
        return (
            token.pos_ == "PROPN" and token.text[:1].isupper()
            and self.entity_in(token.idx, token.idx + len(token.text), ("PER", "ORG", "MISC")) is None
        )

    def _last_person(self, span: Span, reach: int) -> EntityMention | None:
        """The closest person named before ``span`` in its sentence, or within
        ``reach`` characters before it; mentions inside quote marks are ignored."""
        doc = self.doc
        sent_start = span.sent.start_char if doc.has_annotation("SENT_START") else span.start_char
        limit = min(sent_start, span.start_char - reach) if reach else sent_start
        gender = description_gender(span)
        guessed = None
        for m in reversed(self.mentions):
            if m.end > span.start_char:
                continue
            if m.start < limit:
                break
            if m.type != "PER" or self.masked(m.start):
                continue
            between = self.text[m.end : span.start_char]
            if between.lstrip()[:1] in data.QUOTE_CHARS and m.start >= sent_start:
                continue  # "Mme X « fait l'objet … », a relevé la porte-parole": X is talked about
            if ")" in between.split("(")[0]:
                # "Alors que X raillait (surtout Y, qui …), l'animateur a conclu":
                # a person in a closed parenthesis is an aside, not who is described
                continue
            if gender and not self._agrees_mention(m, gender):
                # the tagger's default masculine for a first name ("Marlène")
                # does not outweigh "l'écrivaine" when no one else fits
                if guessed is None and self._default_masculine(m, gender):
                    guessed = m
                continue
            return m
        return guessed
