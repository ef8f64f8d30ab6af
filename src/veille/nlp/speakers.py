"""Speaker attribution for quotations: who uttered the words a cue introduces.

Reads the parse (subjects of speech verbs, inverted subjects, "selon X") and the
entities component's output (``doc._.veille_entities``, ``doc._.veille_token_entity``)
to turn the attributing mention into an entity. Pronouns ("il", "a-t-elle ajouté")
and definite descriptions ("la société", "le milliardaire", "le chef de xAI", "la
lettre") are resolved to the entity they refer to with small, explicit rules; when no
rule applies the speaker stays unknown (``key=None``) rather than guessed.

When the entities component left nothing (blank pipeline, or run without it), the
model's own ``doc.ents`` stand in, so attribution still names people and
organisations, without entity keys.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..models import Cue
from .lang import fr_quotes as data

#: dependency labels of a verb's subject (inverted clitics are ``expl:subj``).
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
#: verbs whose subject is their head's subject ("…, affirmant que", "et a ajouté que").
_INHERIT_SUBJECT_DEPS = ("conj", "advcl", "xcomp", "acl", "acl:relcl")
#: how far back (characters) a pronoun or description looks for its referent.
_LOOKBACK = 1500
_DEMONYM_ENDINGS = ("onne", "ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine",
                    "and", "ande", "ol", "ole", "ote", "in", "ine", "ard", "arde")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÉ][A-Za-zÉé]{1,9})\)")
_NAME_THEN_ACRONYM = re.compile(
    r"((?:[Ll]['’]|[Ll][ae] )?[A-ZÉ][\w'’-]+(?: (?:[a-zé'’-]+ ){0,2}[\w'’-]+){1,7}) \(([A-ZÉ][A-Za-zÉé]{1,9})\)"
)
_LEADING_ARTICLE = re.compile(r"^(?:[Ll]['’]\s*|[Ll][ae]s?\s+)")


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


@dataclass(frozen=True)
class _EntityMention:
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
    """ "-elle" -> "elle", "Il" -> "il"."""
    return token.lower_.lstrip("-")


class SpeakerIndex:
    """The actors of one document and where they are mentioned, for attribution.

    doc (Doc): a processed Doc; uses ``veille_entities`` when present, else ``doc.ents``.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.mentions: list[_EntityMention] = []
        self.by_key: dict[str, object] = {}
        records = doc._.veille_entities or []
        if records:
            for record in records:
                self.by_key[record.key] = record
                for m in record.mentions:
                    self.mentions.append(
                        _EntityMention(m.start, m.end, record.key, record.name, record.type)
                    )
        else:
            self._mentions_from_ents()
        self._add_unlabelled_names()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self.acronyms = self._acronyms()
        self._char_to_mention: dict[int, _EntityMention] = {}
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
        partagé par Dominique Martin") are taken as a person's name, keyless."""
        doc = self.doc
        covered = set()
        for m in self.mentions:
            covered.update(range(m.start, m.end))
        i = 0
        while i < len(doc):
            tok = doc[i]
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha:
                j += 1
            n = j - i
            before = doc[i - 1].lower_.replace("’", "'") if i > 0 else ""
            if 2 <= n <= 3 and tok.idx not in covered and before not in (
                "à", "au", "en", "de", "du", "des", "dans", "vers", "sur", "le", "la", "l'", "les"
            ):
                span = doc[i:j]
                self.mentions.append(_EntityMention(span.start_char, span.end_char, None, span.text, "PER"))
            i = max(j, i + 1)

    def _acronyms(self) -> dict[str, str]:
        """ "la Commission nationale du débat public (CNDP)" -> {"cndp": "Commission …"}."""
        found: dict[str, str] = {}
        text = self.doc.text
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
            self.mentions.append(_EntityMention(e.start_char, e.end_char, None, name, e.label_))

    # --- entity lookup -----------------------------------------------------------

    def entity_in(self, start: int, end: int, types: tuple[str, ...] = ("PER", "ORG")):
        """The first entity mention inside [start, end) of one of ``types``, or None."""
        for i in range(start, end):
            m = self._char_to_mention.get(i)
            if m is not None and m.type in types:
                return m
        return None

    def mention_span(self, m: _EntityMention) -> Span | None:
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")

    def apposition(self, span: Span) -> _EntityMention | None:
        """A person named right after or right before a description:
        "la ministre des Transports Elisabeth Borne", "l'enseignante, Dominique
        Martin,", "Jean Dupont (LR), un élu local, a dit"."""
        doc = self.doc
        j = span.end
        if j < len(doc) and doc[j].text == "(":
            while j < len(doc) and doc[j].text != ")" and j - span.end < 8:
                j += 1
            j += 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc):
            m = self.entity_in(doc[j].idx, doc[j].idx + 1, ("PER",))
            if m is not None and m.start == doc[j].idx:
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
                if m is not None and m.end == doc[k].idx + len(doc[k].text):
                    return m
        return None

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

    def gender_of(self, mention: _EntityMention) -> str | None:
        """Gender of a person, from the words around their mentions.

        Strong evidence first: "M."/"Mme", or a title before the name ("la préfète du
        Cher Catherine Ferrier", "le maire Pascal Blanc"). The model's morphology of a
        first name is weak evidence, used only when nothing else is known.
        """
        if mention.type != "PER":
            return None
        weak = None
        for m in self.mentions:
            if m.name != mention.name or m.key != mention.key:
                continue
            span = self.mention_span(m)
            if span is None or not len(span):
                continue
            first = span[0]
            prev = self.doc[first.i - 1] if first.i > 0 else None
            if prev is not None and prev.lower_ in ("m.", "monsieur", "mme", "madame", "mlle"):
                return "Masc" if prev.lower_ in ("m.", "monsieur") else "Fem"
            for tok in reversed(self.doc[max(0, first.i - 5) : first.i]):
                if tok.pos_ == "NOUN" and (tok.lower_ in data.PER_DESCRIPTIONS or is_person_noun(tok)):
                    det = [c for c in tok.children if c.dep_ == "det" and c.morph.get("Gender")]
                    gender = det[0].morph.get("Gender") if det else tok.morph.get("Gender")
                    if gender:
                        return gender[0]
                    break
                if tok.pos_ not in ("PROPN", "ADP", "DET", "ADJ", "NOUN"):
                    break
            if weak is None and len(span) > 1 and first.pos_ == "PROPN":
                gender = first.morph.get("Gender")
                weak = gender[0] if gender else None
        return weak

    def referent_of_mention(self, m: _EntityMention, rule: str, confidence: float) -> Referent:
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

    def entity_named(self, name: str) -> _EntityMention | None:
        """A keyed mention whose entity goes by ``name`` (normalised), or None."""
        norm = normalise_name(name)
        for m in self.mentions:
            if m.key is not None and normalise_name(m.name) == norm:
                return m
        return None

    def remember(self, offset: int, referent: Referent) -> None:
        if referent.name is not None:
            self.recent_speakers.append((offset, referent))

    # --- resolution of pronouns and descriptions ----------------------------------

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
            if offset - at <= _LOOKBACK:
                if number == "Sing" and ref.type == "PER" and self._agrees(ref, gender):
                    return ref.restated("pronoun", 0.75)
                if number == "Sing" and ref.type == "ORG":
                    return ref.restated("pronoun", 0.6)
                if number == "Sing" and ref.type is None and not ref.name.lower().startswith(("les ", "des ")):
                    return ref.restated("pronoun", 0.5)
                if number == "Plur" and (ref.type == "ORG" or ref.name.lower().startswith(("les ", "des "))):
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
            if number == "Sing" and m.type == "PER" and self._agrees_mention(m, gender):
                if is_subject:
                    return self.referent_of_mention(m, "pronoun", 0.6)
                fallback = fallback or m
            if number == "Sing" and m.type == "ORG" and is_subject and (fallback is None or gender == "Fem"):
                return self.referent_of_mention(m, "pronoun", 0.45)
            if number == "Plur" and m.type == "ORG":
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
        return None

    def _person_after_last_speaker(self, offset: int, gender: str | None) -> _EntityMention | None:
        """A person introduced as a subject after the last quoted speaker
        ("Guy Martin, syndicaliste, partage ces urgences : « … », précise-t-il")."""
        last_at = self.recent_speakers[-1][0] if self.recent_speakers else -1
        last_name = self.recent_speakers[-1][1].name if self.recent_speakers else None
        for m in reversed(self.mentions):
            if m.start >= offset:
                continue
            if m.start <= last_at or offset - m.end > _LOOKBACK:
                return None
            if m.type != "PER" or self.masked(m.start) or m.name == last_name:
                continue
            if self._subject_like(m) and self._agrees_mention(m, gender):
                return m
        return None

    def _subject_like(self, m: _EntityMention) -> bool:
        span = self.mention_span(m)
        if span is None:
            return False
        if re.match(r",?\s*qui\b", self.doc.text[m.end : m.end + 8]):
            return True  # "leur chef de file, Gilles Martin, qui s'impliquera"
        for t in span:
            if t.dep_ in ("nsubj", "nsubj:pass"):
                return True
            if t.head.dep_ in ("nsubj", "nsubj:pass") and t.head.i not in range(span.start, span.end):
                return True  # "Le maire de Bourges Pascal Blanc a pris…"
        return False

    def _agrees(self, ref: Referent, gender: str | None) -> bool:
        for m in self.mentions:
            if m.name == ref.name and m.key == ref.key:
                return self._agrees_mention(m, gender)
        return True

    def _agrees_mention(self, m: _EntityMention, gender: str | None) -> bool:
        known = self.gender_of(m)
        return known is None or gender is None or known == gender

    def resolve_description(self, span: Span) -> Referent | None:
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
        if "Plur" in head.morph.get("Number"):
            return None
        lemma = head.lemma_.lower() if head.lemma_ else head.lower_
        word = head.text
        if word in data.DOCUMENT_DESCRIPTIONS or lemma in data.DOCUMENT_DESCRIPTIONS:
            return self._document_author(head)
        demonstrative = span[0].lower_ in ("ce", "cet", "cette")
        if demonstrative and (word.lower() in ("homme", "femme", "personne") or is_person_noun(head)):
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
        if word.lower() in data.PER_DESCRIPTIONS or lemma in data.PER_DESCRIPTIONS or demonym:
            wanted = "PER"
        elif word.lower() in data.ORG_DESCRIPTIONS or lemma in data.ORG_DESCRIPTIONS:
            wanted = "ORG"
        elif bare and is_person_noun(head):
            # "regrette l'enseignante": only the person named just before
            m = self._last_person(span, 1000)
            return self.referent_of_mention(m, "description", 0.5) if m is not None else None
        else:
            return None
        if wanted == "PER":
            holder = self._role_holder(head, span)
            if holder is not None:
                return holder
        if not bare:
            return None
        if wanted == "PER":
            m = self._last_person(span, 0)
            if m is not None:
                return self.referent_of_mention(m, "description", 0.6)
        for at, ref in reversed(self.recent_speakers):
            if span.start_char - at > _LOOKBACK:
                break
            if ref.type == wanted and ref.key is not None:
                return ref.restated("description", 0.65)
            break
        counts: dict[tuple[str | None, str], int] = {}
        last: dict[tuple[str | None, str], _EntityMention] = {}
        window_start = span.start_char - _LOOKBACK * 2
        for m in self.mentions:
            if m.start >= span.start_char:
                break
            if m.type != wanted:
                continue
            ident = (m.key, m.name)
            counts[ident] = counts.get(ident, 0) + 1
            last[ident] = m
        recent = [i for i in counts if last[i].start >= window_start]
        if not recent:
            return None
        best = max(recent, key=lambda i: (counts[i], last[i].start))
        return Referent(best[0], best[1], wanted, "description", 0.55, last[best].start, last[best].end)

    def _placelike(self, token: Token) -> bool:
        """A place name: a LOC mention, or a capitalised proper noun that names no
        person or organisation (the entity layer misses places after "de")."""
        if self.entity_in(token.idx, token.idx + len(token.text), ("LOC",)) is not None:
            return True
        return (
            token.pos_ == "PROPN" and token.text[:1].isupper()
            and self.entity_in(token.idx, token.idx + len(token.text), ("PER", "ORG", "MISC")) is None
        )

    def _last_person(self, span: Span, reach: int) -> _EntityMention | None:
        """The closest person named before ``span`` in its sentence, or within
        ``reach`` characters before it; mentions inside quote marks are ignored."""
        doc = self.doc
        sent_start = span.sent.start_char if doc.has_annotation("SENT_START") else span.start_char
        limit = min(sent_start, span.start_char - reach) if reach else sent_start
        gender = span.root.morph.get("Gender")
        for m in reversed(self.mentions):
            if m.end > span.start_char:
                continue
            if m.start < limit:
                break
            if m.type != "PER" or self.masked(m.start):
                continue
            if gender and not self._agrees_mention(m, gender[0]):
                continue
            return m
        return None

    def _role_holder(self, head: Token, span: Span) -> Referent | None:
        """The person whose role matches "le PDG d'Acme" / "la ministre des Transports"."""
        title = normalise_name(head.text)
        rest = normalise_name(span.doc[head.i + 1 : span.end].text)
        org = self.entity_in(span.start_char, span.end_char, ("ORG",))
        org_name = normalise_name(org.name) if org is not None else None
        found: list[tuple[int, str, str]] = []  # (role start, key, name)
        for key, record in self.by_key.items():
            for role in getattr(record, "roles", ()):
                if role.start >= span.start_char:
                    continue
                words = normalise_name(role.title).split()
                if not words or words[0] != title:
                    continue
                role_rest = " ".join(words[1:])
                of = normalise_name(role.of) if role.of else None
                if rest:
                    ok = (org_name is not None and of == org_name) or (
                        role_rest and (role_rest in rest or rest.endswith(role_rest))
                    ) or (of is not None and of in rest)
                else:
                    ok = True
                if ok:
                    found.append((role.start, key, record.name))
        if not found:
            return None
        _, key, name = max(found)
        return Referent(key, name, "PER", "description", 0.75)

    def _document_author(self, head: Token) -> Referent | None:
        """ "la lettre" -> who wrote it: "la lettre de Meta", "Meta a écrit une lettre",
        "Musk allègue dans son procès"; looks at this noun, then at the closest
        previous mentions of the same noun."""
        doc = head.doc
        lemma = head.lemma_.lower()
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
        if token.pos_ == "PROPN":
            return Referent(None, token.text, None, "description", 0.45, token.idx, token.idx + len(token.text))
        return None


def is_person_noun(token: Token) -> bool:
    """Does this noun name a person ("l'enseignante", "le manifestant")? By ending."""
    word = token.lower_
    if word in data.NOT_PERSON_NOUNS or word.endswith(("ment", "tion", "sion")):
        return False
    return word.endswith(data.PERSON_NOUN_SUFFIXES)


# --- parse helpers -------------------------------------------------------------


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, following coordination and participles upwards."""
    seen = 0
    while seen < 4:
        candidates = [
            c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.lower_ not in ("-t", "t")
        ]
        if candidates:
            # An inverted clitic ("a-t-il") wins over a misparsed noun.
            clitics = [c for c in candidates if c.text.startswith("-")]
            return clitics[0] if clitics else candidates[0]
        if verb.dep_ in _INHERIT_SUBJECT_DEPS and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def cue_of(verb: Token) -> Cue:
    """The verb group: auxiliaries, reflexive and inverted clitics, the verb; no subject."""
    doc = verb.doc
    start = end = verb.i
    for child in verb.children:
        if child.i < verb.i and (
            child.dep_.startswith("aux")
            or (child.dep_.startswith("expl") and child.lower_ in ("se", "s'"))
            or (child.dep_ == "expl:subj" and child.text.startswith("-"))
            or child.lower_ in ("-t", "t")
        ):
            start = min(start, child.i)
    # "poursuit-elle", "a-t-il ajouté": the clitic follows the verb or the auxiliary.
    while end + 1 < len(doc) and doc[end + 1].text.startswith("-") and doc[end + 1].lower_.lstrip("-") in (
        "t", "il", "elle", "ils", "elles", "on"
    ):
        end += 1
    # Keep the group contiguous: drop leading tokens separated by other words.
    while start < verb.i and not _contiguous_group(doc[start : verb.i + 1]):
        start += 1
    span = doc[start : end + 1]
    return Cue(span.start_char, span.end_char, span.text)


def _contiguous_group(span: Span) -> bool:
    return all(
        t.dep_.startswith(("aux", "expl")) or t.text.startswith("-")
        or t.lower_ in ("-t", "t", "ne", "n'", "pas", "a", "y")
        or t.i == span.end - 1
        for t in span
    )


def subject_phrase(subject: Token, index: SpeakerIndex, verb: Token | None = None) -> Span:
    """The words naming the subject: the entity mention when there is one (also
    inside "le ministre Jean Dupont"), else the noun phrase cut before relative
    clauses, appositions, parentheses and (for inverted subjects) the verb's
    other complements ("a écrit X dans un e-mail")."""
    doc = subject.doc
    if subject.pos_ == "PRON" and subject.n_rights == 0:
        return doc[subject.i : subject.i + 1]
    left, right = subject.left_edge.i, subject.right_edge.i
    if verb is not None:
        if verb.i < subject.i:
            left = max(left, verb.i + 1)
        else:
            right = min(right, verb.i - 1)
    for t in doc[subject.i + 1 : right + 1]:
        if t.text in (",", "(", "—", "–", ";", ":", "«", "\"", ".") or t.lower_ in ("qui", "dont", "que", "qu'"):
            right = t.i - 1
            break
        if t.pos_ == "VERB" and subject.pos_ == "NOUN":
            right = t.i - 1  # "un sondage Odoxa publié jeudi": the source is before "publié"
            break
        if verb is not None and verb.i < subject.i and t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "du", "des"):
            right = t.i - 1
            break
    for t in reversed(doc[left : subject.i]):
        if t.text in (",", "(", ")", "«", "»", "\"", ":") or (t.pos_ == "ADP" and t.head.i == subject.i):
            left = t.i + 1
            break
    right = max(min(right, subject.i + 8), subject.i)
    left = min(left, subject.i)
    if subject.pos_ in ("PROPN", "X") and all(t.is_space for t in doc[subject.i + 1 : right + 1]):
        k = subject.i + 1
        while k < len(doc) and (doc[k].is_space or (doc[k].pos_ in ("PROPN", "X") and doc[k].text[:1].isupper())):
            if not doc[k].is_space:
                right = k
            k += 1
    return doc[left : right + 1]


def find_subject(verb: Token, sentence_start: int | None = None, allowed=None) -> Token | None:
    """The subject of a speech verb, also when the parser missed it.

    Tries, in order: the parse (``subject_of``); an inverted subject after the verb
    that the parser attached elsewhere ("a déclaré la société"); for a participle
    or a verb left without subject by a wrong sentence split ("…, affirmant que"),
    the closest subject before it in the same sentence.
    allowed (callable): a filter on candidate tokens (e.g. not inside quote marks).
    """
    def ok(tok: Token) -> bool:
        if sentence_start is not None and tok.idx < sentence_start:
            return False  # a heading the parser glued to the sentence
        return allowed is None or allowed(tok)

    subject = None
    if "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") and verb.head.i != verb.i:
        # "la lettre nomme Musk, notant qu'il …": the participle's subject is the clause's
        subject = subject_of(verb.head)
    subject = subject or subject_of(verb)
    if subject is not None and subject.lower_ == "qui" and verb.dep_ == "acl:relcl":
        subject = verb.head  # "Catherine, qui relève que …": the antecedent
    if subject is not None and ok(subject):
        return subject
    subject = inverted_subject(verb)
    if subject is not None and ok(subject):
        return subject
    if sentence_start is None:
        return None
    doc = verb.doc
    for tok in reversed(doc[: verb.i]):
        if tok.idx < sentence_start:
            break
        if tok.dep_ in ("nsubj", "nsubj:pass") and tok.pos_ in ("PROPN", "NOUN", "PRON") and ok(tok):
            return tok
    return None


_TIME_WORDS = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
     "aujourd'hui", "matin", "soir", "midi", "après-midi", "nuit", "encore", "aussi",
     "alors", "ensuite", "enfin", "également", "notamment", "récemment", "déjà"}
)


def inverted_subject(verb: Token, name_start=None) -> Token | None:
    """The subject placed after the verb group: "a-t-il ajouté", "poursuit-elle",
    "a annoncé dimanche à l'AFP le ministre X", "indique le procès".

    Skips time words and prepositional phrases between the verb and the subject.
    name_start (callable): tells whether a token starts a person's name; with it, a
    name after a PP ("à l'AFP Jean Dupont") or after an aside ("sur sa page, photo
    à l'appui, Jean Dupont") is found too.
    """
    starts = name_start or (lambda t: False)
    doc = verb.doc
    for tok in doc[max(0, verb.i - 3) : verb.i]:
        # "a-t-il ajouté": the clitic sits between the auxiliary and the verb
        if tok.text.startswith("-") and tok.lower_ not in ("-t", "-t-"):
            return tok
    in_pp = pp_noun = False
    for tok in doc[verb.i + 1 : verb.i + 12]:
        if tok.is_space:
            continue
        if tok.pos_ == "X" and tok.text[:1].isupper():
            return tok  # unknown capitalised word: a foreign name ("Ionut")
        if tok.text.startswith("-"):
            if tok.lower_ in ("-t", "-t-"):
                continue
            return tok
        if tok.text == "," and name_start is not None:
            for nxt in doc[tok.i + 1 : tok.i + 9]:
                if nxt.text in (".", ";", ":", "!", "?", "«", "»", "\"") or nxt.pos_ in ("VERB", "AUX"):
                    break
                if starts(nxt):
                    return nxt
            return None
        if tok.text in (",", ".", ";", ":", "!", "?", "«", "»", "\"", "(", ")") or tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
            return None
        if tok.lower_ in _TIME_WORDS or tok.pos_ in ("ADV", "NUM"):
            continue
        if tok.pos_ == "ADP":
            in_pp = True
            continue
        if tok.pos_ in ("DET", "ADJ"):
            continue
        if tok.pos_ == "PRON":
            return None  # "…, a révélé à la fin de l'an dernier que": no subject here
        if tok.pos_ in ("NOUN", "PROPN"):
            if in_pp:
                in_pp = False
                pp_noun = True
                # the rest of the PP: "de l'AFP", "dans un communiqué de presse"
                continue
            if pp_noun and tok.pos_ == "PROPN" and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and not starts(tok):
                continue  # "sur sa page Facebook"
            return tok
        return None
    return None


def token_after(verb: Token) -> Token | None:
    """An inverted subject the parser attached elsewhere ("a déclaré la société")."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.i + 4]:
        if tok.text.startswith("-") and tok.lower_ != "-t":
            return tok
        if tok.pos_ in ("PROPN", "NOUN"):
            return tok
        if tok.pos_ not in ("DET", "ADJ") and not tok.text.startswith("-"):
            return None
    return None


def resolve_subject(
    subject: Token, index: SpeakerIndex, rule: str, verb: Token | None = None
) -> tuple[Span, Referent | None]:
    """The attributing mention for ``subject`` and what it refers to.

    Order: pronouns are resolved; a name (entity mention on the head word) is
    taken as is; a person named inside or right beside the phrase ("la ministre
    Elisabeth Borne", "l'enseignante, Dominique Martin,") wins; a definite
    description is resolved ("le ministre", "la société", "le PDG d'Acme"); else
    the phrase itself is the source ("un manifestant"), without entity key.

    RETURNS: (mention span, Referent or None when unresolvable, e.g. "on").
    """
    doc = subject.doc
    form = pronoun_form(subject)
    personal = form in data.SUBJECT_PRONOUNS or form in data.IMPERSONAL_PRONOUNS
    if personal or (subject.pos_ == "PRON" and subject.n_rights == 0):
        mention = doc[subject.i : subject.i + 1]
        if form in data.SUBJECT_PRONOUNS:
            return mention, index.resolve_pronoun(subject)
        return mention, None
    span = subject_phrase(subject, index, verb)
    m = index.entity_in(subject.idx, subject.idx + len(subject.text))
    if m is not None:
        return index.mention_span(m) or span, index.referent_of_mention(m, rule, 0.9)
    person = index.entity_in(span.start_char, span.end_char, ("PER",)) or index.apposition(span)
    if person is not None:
        return index.mention_span(person) or span, index.referent_of_mention(person, rule, 0.85)
    if subject.pos_ == "PROPN":
        m = index.entity_in(span.start_char, span.end_char)
        if m is not None:
            return index.mention_span(m) or span, index.referent_of_mention(m, rule, 0.8)
    if span.root.pos_ in ("NOUN", "PROPN") and span[0].lower_.replace("’", "'") in (
        "le", "la", "l'", "ce", "cette", "cet", "son", "sa", "leur"
    ):
        ref = index.resolve_description(span)
        if ref is not None:
            return span, ref
    text = span.text.strip()
    if not text:
        return span, None
    name = index.expand_acronym(index.complete_name(text))
    full = index.entity_named(name) if name != text else None
    if full is not None:
        return span, Referent(full.key, name, full.type, rule, 0.6, span.start_char, span.end_char)
    return span, Referent(None, name, None, rule, 0.6, span.start_char, span.end_char)


def mention_bounds(mention: Span) -> tuple[int, int]:
    """Offsets of an attributing mention as written, without the hyphen that ties an
    inverted clitic to its verb ("a-t-il dit" -> "il")."""
    start, end = mention.start_char, mention.end_char
    text = mention.doc.text
    while start < end and text[start] in "-‑":
        start += 1
    return start, end


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
