"""Titles and organisations behind a speaker description, mixed into
:class:`veille.nlp.speakers.SpeakerIndex` on top of :class:`Coreference`.

"le PDG d'Acme", "la porte-parole de la FNT", "le chef de l'État", "la société
dirigée par X": the holder of a matching role, the person the article tied to
that organisation, the head of state, the organisation a person leads. Split out of
``coreference.py`` and ``speakers.py`` to keep each module readable.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .coreference import (
    _HEAD_OF_STATE_TITLES, _LEADING_VERBS, _LOOKBACK, _TITLE_REACH, Coreference, EntityMention,
    Referent, description_gender, normalise_name,
)
from .lang import fr_quotes as data
from .lang import office_holders as offices
from .lang.fr_entities import POSSESSIVES
from .speech_syntax import names_person
from .speaker_phrases import person_after_label, the_latter  # noqa: F401  (moved there; importable here as before)

#: How far after a lead's description its person may be named (a lead paragraph).
_CATAPHORA_REACH = 800
#: The apposition after a name, up to the next comma, dash, bracket or stop:
#: "X, la bourgmestre socialiste de Dinant - …" -> "la bourgmestre socialiste de Dinant".
_APPOSED = re.compile(r",\s+([^,.;:«»()\n–—]{3,100}?)(?=\s+-\s|[,.;:«»()\n–—]|$)")
#: Nouns for whoever leads or speaks for a body, whatever the post: no other post.
_ANY_POST = frozenset({"dirigeant", "dirigeante", "responsable", "chef", "leader", "patron", "patronne",
                       "représentant", "représentante", "cadre", "membre"})
#: A name followed by a lowercase title in apposition: "X, délégué général de …".
_TITLE_APPOSITION = re.compile(r",\s+(?:l['’]|le |la )?[a-zéèêà-]{3,}\b")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


def _singular(name: str) -> str:
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in normalise_name(name).split())


def _names_org(aside: str, org: str) -> bool:
    """Does an apposition name the organisation ``org``, in full or, for an
    acronym ("LREM"), by a run of words with those initials ("La République en
    Marche")?"""
    if normalise_name(org) in normalise_name(aside):
        return True
    if not (org.isupper() and 2 <= len(org) <= 8):
        return False
    words = re.findall(r"[^\W\d_]+", aside)
    return any(_initials(words[i : i + len(org)]) == org.upper() for i in range(len(words)))


#: where the words introducing a name stop (``_introduced_with_words``)
_SENTENCE_BOUNDARY = re.compile(r"[.!?;«»\n\"“”]")
#: (holders by country, normalised; the post's descriptions, longest first) for heads
#: of state, then of government (``_office_holder``), prepared once
_POSTS = tuple(
    ({country: frozenset(normalise_name(n) for n in names) for country, names in table.items()},
     tuple(sorted(heads, key=len, reverse=True)))
    for table, heads in ((offices.HEADS_OF_STATE, offices.STATE_HEADS),
                         (offices.HEADS_OF_GOVERNMENT, offices.GOVERNMENT_HEADS))
)


class TitleRules(Coreference):
    """Role, title and organisation lookups for descriptions."""

    def _introduced_with_words(self, span: Span) -> Referent | None:
        """ "raconte le guide touristique" after "Vincent X, guide touristique à
        Wissant", "a estimé le chef du gouvernement" after "le chef du gouvernement,
        Manuel Y,": the one actor named before the description with every content
        word of the description written beside the name (in the stretch between the
        neighbouring mentions, same sentence) or in the name itself ("la fédération
        des entreprises" for "la Fédération des entreprises belges").

        A fallback for descriptions the other rules leave as written: on 100 fresh
        articles (docs/benchmarks.md, session 9) a third of the keyless description
        speakers were a person or organisation the article had named, most often
        introduced with those very words. Two such actors: unknown.
        """
        words = [normalise_name(t.text) for t in span[1:]
                 if t.is_alpha and len(t.text) > 2 and t.pos_ not in ("ADP", "DET", "CCONJ", "PRON")]
        if not words or span.root.pos_ not in ("NOUN", "PROPN"):
            return None
        # the description's own words, or those of the title it stands for
        wordings = [words] + [
            [w for w in title.replace("'", " ").split() if len(w) > 2 and w not in ("des", "les")]
            for title in data.TITLE_PERIPHRASES.get(normalise_name(span[1:].text), ())
        ]
        gender = description_gender(span)
        head = span.root.lower_
        # an organisation is described by its own name ("l'agence fédérale"); the
        # words around it are often a place's ("le parquet de Toulouse", "la
        # préfecture" beside "l'AFP"); a person by an apposition or a title
        institution = head in data.ORG_DESCRIPTIONS or head in data.NOT_PERSON_NOUNS
        types = ("ORG",) if institution else ("PER", "ORG")
        found: dict[tuple[str | None, str], EntityMention] = {}
        for i, m in enumerate(self.mentions):
            if m.start >= span.start_char:
                break
            if m.type not in types or self.masked(m.start):
                continue
            if m.type == "ORG":
                around = set(normalise_name(m.name).replace("'", " ").split())
            elif not self._agrees_mention(m, gender):
                continue
            else:
                lo = self.mentions[i - 1].end if i > 0 and self.mentions[i - 1].end <= m.start else 0
                hi = self.mentions[i + 1].start if i + 1 < len(self.mentions) else len(self.text)
                left = _SENTENCE_BOUNDARY.split(self.text[max(lo, m.start - 90) : m.start])[-1]
                right = _SENTENCE_BOUNDARY.split(self.text[m.end : min(hi, m.end + 90, span.start_char)])[0]
                around = set(normalise_name(f"{left} {right}").replace("'", " ").split())
            if any(all(w in around for w in wording) for wording in wordings):
                found.setdefault((m.key, m.name) if m.key is None else (m.key, ""), m)
        if len(found) != 1:
            return None
        return self.referent_of_mention(next(iter(found.values())), "description", 0.5)

    def _head_of_state(self, span: Span) -> Referent | None:
        """ "le chef de l'État", "le président de la République": the person the
        article names with the title "président(e)" ("le président Emmanuel X",
        "la présidente de la République, Anne Y"), the most often named if several."""
        counts: dict[tuple[str | None, str], int] = {}
        first: dict[tuple[str | None, str], EntityMention] = {}
        for m in self.mentions:
            if m.type != "PER":
                continue
            before = normalise_name(self.text[max(0, m.start - 45) : m.start]).rstrip(" ,")
            if not before.endswith(_HEAD_OF_STATE_TITLES) or "vice" in before[-20:]:
                continue
            ident = (m.key, m.name)
            counts[ident] = counts.get(ident, 0) + 1
            first.setdefault(ident, m)
        if not counts:
            # the article never titles anyone "président": the head of state it names
            return self._office_holder(span)
        best = max(counts, key=lambda i: counts[i])
        return self.referent_of_mention(first[best], "description", 0.6)

    def _office_holder(self, span: Span) -> Referent | None:
        """ "a lancé le président américain", "selon le chef du gouvernement": the one
        holder of that post (:mod:`lang.office_holders`) the article named before the
        description. A bare "le président" needs its country: the president of a club
        or a region is described the same way; any other word after the post ("le
        premier ministre de l'époque") leaves it to the other rules."""
        words = normalise_name(span[1:].text).split()
        text = " ".join(words)
        for table, heads in _POSTS:
            post = next((h for h in heads if text == h or text.startswith(h + " ")), None)
            if post is not None:
                break
        else:
            return None
        rest = words[len(post.split()):]
        if any(w not in offices.COUNTRY_WORDS and w not in ("de", "du", "des", "la", "l'") for w in rest):
            return None
        countries = {offices.COUNTRY_WORDS[w] for w in (*post.split(), *rest) if w in offices.COUNTRY_WORDS}
        if post.startswith("chancel"):
            countries = {"de"}
        if post in ("president", "presidente") and not countries:
            return None
        holders = {name for country, names in table.items() if not countries or country in countries
                   for name in names}
        found: dict[str, EntityMention] = {}
        for m in self.mentions:
            if m.start >= span.start_char:
                break
            if m.type == "PER" and not self.masked(m.start):
                full = normalise_name(self.complete_name(m.name))
                if full in holders:
                    found.setdefault(full, m)
        if len(found) != 1:
            return None
        return self.referent_of_mention(next(iter(found.values())), "description", 0.6)

    def _apposed_title(self, span: Span) -> Referent | None:
        """ "estime la bourgmestre de Dinant" after "Muriel X, la bourgmestre
        socialiste de Dinant" or "la bourgmestre de Dinant Muriel X": the one
        person of the title's gender the article introduced with that title and
        the same named complement, right before the name or in an apposition
        right after it (adjectives may differ there)."""
        head = span.root
        named = {t.lower_ for t in span if t.i > head.i and t.text[:1].isupper() and t.is_alpha}
        if not named or head.i == span.start:
            return None
        # the title and its complement as written, without the determiner
        written = " ".join(span.doc[span.start + 1 : span.end].text.lower().split())
        gender = description_gender(span)
        found: dict[tuple[str | None, str], EntityMention] = {}
        for m in self.mentions:
            if m.start >= span.start_char:
                break
            if m.type != "PER" or self.masked(m.start):
                continue
            if not (self._agrees_mention(m, gender) or self._default_masculine(m, gender)):
                continue
            lead = " ".join(self.text[max(0, m.start - 120) : m.start].lower().split())
            if lead.endswith(written):
                # "le président du Conseil constitutionnel Laurent X": the same
                # title and complement right before the name
                found.setdefault((m.key, m.name), m)
                continue
            match = _APPOSED.match(self.text, m.end)
            if match is None:
                continue
            words = re.findall(r"[\w’'-]+", match.group(1).lower())
            if head.lower_ in words[:3] and named <= set(words):
                found.setdefault((m.key, m.name), m)
        if len(found) != 1:
            return None
        return self.referent_of_mention(next(iter(found.values())), "description", 0.6)

    def _named_next(self, span: Span) -> Referent | None:
        """A lead that titles its speaker before naming them ("« … », indique le
        premier secrétaire du parti. … Le secrétaire national X a lancé …"): when no
        person is named before the description, the first person of its gender
        named after it as a clause's subject, within a short reach."""
        if any(m.end <= span.start_char and m.type == "PER" and not self.masked(m.start) for m in self.mentions):
            return None  # an antecedent exists: the other rules decide
        if span[0].lower_ in POSSESSIVES:
            return None  # "plaide son avocat": someone's lawyer, not a person the text names later
        gender = description_gender(span)
        for m in self.mentions:
            if m.start < span.end_char or m.type != "PER" or self.masked(m.start):
                continue
            if m.start - span.end_char > _CATAPHORA_REACH:
                break
            if self._titled_otherwise_before(m, span.root):
                continue  # "… l'inspecteur principal X": another post, maybe another person
            if self._after_preposition(m) and not _TITLE_APPOSITION.match(self.text, m.end):
                # "une émission de X": talked about (as in _sole_person); "le
                # ministère de X, porte-parole du gouvernement" introduces X's post
                continue
            if self._agrees_mention(m, gender) and (self._subject_like(m) or _TITLE_APPOSITION.match(self.text, m.end)):
                # (a clause's subject, or introduced by a title: "X, délégué général de …")
                return self.referent_of_mention(m, "description", 0.45)
        return None

    def _titled_otherwise_before(self, m: EntityMention, head: Token) -> bool:
        """Is ``m`` introduced by a person title other than ``head`` written right
        before the name ("l'inspecteur principal X" for "le porte-parole")? The
        article then gives the name its own post: it is no evidence that X is the
        person the earlier description meant."""
        named = self.mention_span(m)
        if named is None:
            return False
        k = named.start
        while k > 0 and named.start - k < 3 and self.doc[k - 1].pos_ in ("NOUN", "ADJ"):
            k -= 1
        if k == 0 or self.doc[k - 1].pos_ != "DET":
            return False
        titles = [t for t in self.doc[k : named.start] if t.pos_ == "NOUN" and names_person(t)]
        if any(t.lower_.rstrip("s") in _ANY_POST for t in titles):
            return False  # "le dirigeant communiste X": fits the secretary of the party too
        return bool(titles) and all(t.lower_ != head.lower_ for t in titles)

    def _sole_person(self, span: Span) -> Referent | None:
        """ "a indiqué l'ex-secrétaire d'État" in an article that has named one man
        in full and used that title before: that man. Every other person named so
        far must be known to be of the other gender; when the title gives none
        ("l'ex-secrétaire"), there must be no other person at all."""
        head = span.root.lower_.removeprefix("ex-")
        if not any(t.lower_.removeprefix("ex-") == head and not self.masked(t.idx)
                   for t in self.doc[: span.root.i]):
            # only a title the article has used before ("l'ancien secrétaire d'État …
            # a indiqué l'ex-secrétaire d'État"); a new one ("le président de la
            # cour") often brings in a new, unnamed source
            return None
        gender = description_gender(span)
        orgs = {_singular(o.name) for o in self.mentions if o.type == "ORG"}  # (see _role_holder)
        found: dict[tuple[str | None, str], EntityMention] = {}
        for m in self.mentions:
            if m.start >= span.start_char:
                break
            if m.type != "PER" or self.masked(m.start) or " " not in m.name.strip() or _singular(m.name) in orgs:
                continue  # (people are introduced in full: a lone word typed PER, "à Barchon", is noise)
            if self._agrees_mention(m, gender):
                found.setdefault((m.key, m.name), m)
        if len(found) != 1:
            return None
        (m,) = found.values()
        if all(self._after_preposition(o) for o in self.mentions
               if o.start < span.start_char and (o.key, o.name) == (m.key, m.name)):
            # "sa venue dans une émission de X": a person only ever named inside a
            # complement is talked about, not the titled speaker introduced
            return None
        return self.referent_of_mention(m, "description", 0.45)

    def _titled_person(self, span: Span) -> Referent | None:
        """The person a title with complement refers back to ("…, tempête la
        dirigeante du parti" after "Marine Dufresne accuse …"): a person of the
        title's gender who is the subject of the sentence before (or of this
        one). Anything further back stays as written: such a title often
        introduces a new source ("a estimé le président de la cour")."""
        doc = self.doc
        if not doc.has_annotation("SENT_START"):
            return None
        sent = span.sent
        # back over the incise's own pieces: the words split off before it
        # ("tempête la dirigeante" after "« … »,") and the quote, then one
        # sentence of narration
        opening = self._quote_before_incise(span.start_char)
        if opening is not None:
            # (the splitter may cut the quote and its incise into several
            # pieces: go to the quote's opening mark)
            sent = doc.char_span(opening, opening + 1, alignment_mode="expand").sent
        elif sent.start > 0 and sent.text[:1].islower():
            sent = doc[sent.start - 1].sent
        if sent.start > 0 and sent.text.lstrip()[:1] in data.QUOTE_CHARS:
            sent = doc[sent.start - 1].sent
        lower = sent.start_char
        gender = description_gender(span)
        speakers = {(ref.key, ref.name) for at, ref in self.recent_speakers if at >= lower}
        orgs = {_singular(o.name) for o in self.mentions if o.type == "ORG"}  # (see _role_holder)
        for m in reversed(self.mentions):
            if m.end > span.start_char or self.masked(m.start):
                continue
            if m.start < lower or span.start_char - m.end > _TITLE_REACH:
                break
            if m.type != "PER" or not self._agrees_mention(m, gender) or _singular(m.name) in orgs:
                continue
            if self.text[m.end : m.end + 3].lstrip()[:1] in data.QUOTE_CHARS:
                continue  # "Mme X « fait l'objet … », a relevé la porte-parole": X is talked about
            ref = self.referent_of_mention(m, "description", 0.45)
            if self._subject_like(m) or (ref.key, ref.name) in speakers:
                return ref
        return None

    def _quote_before_incise(self, at: int) -> int | None:
        """The opening mark of the quotation an incise at ``at`` follows
        ("« … », a toutefois ajouté le patron du parti"), or None when the words
        before ``at`` are no incise right after a closing mark."""
        text = self.text
        close = max(text.rfind("»", 0, at), text.rfind('"', 0, at), text.rfind("”", 0, at))
        if close < 0 or at - close > 60 or re.search(r"[.!?«»\"“”\n]", text[close + 1 : at]):
            return None
        if not text[close + 1 : at].lstrip().startswith(","):
            return None
        mark = "«" if text[close] == "»" else "“" if text[close] == "”" else '"'
        opening = text.rfind(mark, 0, close)
        return opening if opening >= 0 else None

    def _member_of(self, span: Span) -> Referent | None:
        """ "reprend la porte-parole de la FNT": the one person of the title's gender
        the article introduced with that organisation in an apposition ("Julie X,
        chargée de communication de la Fédération nationale des transporteurs"),
        whatever title it gave her. Two such persons, or none: unresolved."""
        org = self.entity_in(span.start_char, span.end_char, ("ORG",))
        if org is None:
            return None
        gender = description_gender(span)
        found: dict[tuple[str | None, str], EntityMention] = {}
        for m in self.mentions:
            if m.end > span.start_char:
                break
            if m.type != "PER" or self.masked(m.start) or not self._agrees_mention(m, gender):
                continue
            # the apposition after the name, up to the end of its clause
            aside = re.split(r"[.;:«»()\n]", self.text[m.end : m.end + 120])[0]
            written = self.text[max(org.start, span.start_char) : min(org.end, span.end_char)]
            if aside.lstrip().startswith(",") and (_names_org(aside, org.name) or _names_org(aside, written)):
                found.setdefault((m.key, self.complete_name(m.name)), m)
        if len(found) != 1:
            return None
        (m,) = found.values()
        return self.referent_of_mention(m, "description", 0.55)

    def _org_led_by(self, head: Token) -> Referent | None:
        """ "la société dirigée par Paul X": the organisation whose head that person
        is in this document (his roles), not the organisation named last."""
        for acl in head.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in _LEADING_VERBS:
                continue
            for agent in acl.children:
                if agent.dep_ not in ("obl:agent", "obl", "obl:arg") or not any(
                    c.dep_ == "case" and c.lower_ == "par" for c in agent.children
                ):
                    continue
                person = self.entity_in(agent.idx, agent.idx + len(agent.text), ("PER",))
                record = self.by_key.get(person.key) if person is not None and person.key else None
                # posts stated before the description (the roles component may
                # have read this very phrase as a post of the organisation named last)
                orgs = {normalise_name(r.of) for r in getattr(record, "roles", ())
                        if r.of and not r.former and r.end <= head.idx}
                if len(orgs) != 1:
                    return None  # no post, or several: which one is meant is unknown
                for m in reversed(self.mentions):
                    if m.type == "ORG" and m.start < head.idx and normalise_name(m.name) in orgs:
                        return self.referent_of_mention(m, "description", 0.6)
                return None
        return None

    def _titled_before_name(self, head: Token, span: Span) -> EntityMention | None:
        """ "estime le politologue" after "le politologue Stéphane X": the closest
        person named right after that very title (article, title, maybe an
        adjective, the name), not the person quoted last."""
        for m in reversed(self.mentions):
            if m.end > span.start_char or m.type != "PER" or self.masked(m.start):
                continue
            if span.start_char - m.start > _LOOKBACK:
                return None
            named = self.mention_span(m)
            if named is None:
                continue
            k = named.start
            while k > 0 and named.start - k < 3 and self.doc[k - 1].pos_ in ("NOUN", "ADJ"):
                k -= 1  # "le politologue (français) X": the title words right before the name
            if any(t.lower_ == head.lower_ for t in self.doc[k : named.start]) and k > 0 and self.doc[k - 1].pos_ == "DET":
                return m
        return None

    def _introduced_as(self, head: Token, span: Span) -> Referent | None:
        """ "a assuré le ministre" after "le ministre wallon des Travaux publics,
        Carlo X (cdH), interrogé par Fabien Y": the person last introduced with that
        very title in an apposition just before the name, not the person named
        last (who may be only mentioned beside him)."""
        title = re.compile(rf"\b{re.escape(head.lower_)}\b")
        for m in reversed(self.mentions):
            if m.end > span.start_char:
                continue
            if span.start_char - m.start > _LOOKBACK:
                break
            if m.type != "PER" or self.masked(m.start):
                continue
            lead = self.text[max(0, m.start - 80) : m.start].lower()
            # the title opens the apposition the name closes: "le ministre …, X"
            lead = re.split(r"[.;:«»\n]", lead)[-1]
            found = list(title.finditer(lead))
            if found and lead.rstrip().endswith(",") and re.search(r"\b(le|la|l')\s*$", lead[: found[-1].start()]):
                return self.referent_of_mention(m, "description", 0.6)
        return None

    def _org_introduced_as(self, head: Token, span: Span) -> Referent | None:
        """ "a assuré l'ONG" after "l'ONG Terres Vives": of the organisations the
        text introduced with the description's words right before their name ("l'ONG
        espagnole X" for "l'ONG espagnole") or in an apposition after it ("la CNE, le
        syndicat chrétien"), the one mentioned last, rather than the organisation
        named most often (which may be only talked about)."""
        words = [t.lower_ for t in span if t.i >= head.i and not t.is_punct]
        if not words or len(words) > 3:
            return None
        said = r"\s+".join(re.escape(w) for w in words)
        intro = re.compile(r"\b" + said + r"\s*$")  # "l'ONG Terres Vives"
        apposed = re.compile(r"\s*,\s*(?:le|la|l['’]|un|une)\s*" + said + r"\b")  # "la CNE, le syndicat chrétien"
        introduced = {
            (m.key, m.name) for m in self.mentions
            if m.type == "ORG" and m.end <= span.start_char
            and (intro.search(self.text[max(0, m.start - 40) : m.start].lower())
                 or apposed.match(self.text[m.end : m.end + 60].lower()))
        }
        for m in reversed(self.mentions):
            if m.end > span.start_char or self.masked(m.start):
                continue
            if span.start_char - m.start > _LOOKBACK:
                break
            if (m.key, m.name) in introduced:
                return self.referent_of_mention(m, "description", 0.6)
        return None

    def _role_holder(self, head: Token, span: Span) -> Referent | None:
        """The person whose role matches "le PDG d'Acme" / "la ministre des Transports"."""
        title = normalise_name(head.text)
        rest = normalise_name(span.doc[head.i + 1 : span.end].text)
        org = self.entity_in(span.start_char, span.end_char, ("ORG",))
        org_name = normalise_name(org.name) if org is not None else None
        gender = description_gender(span)
        found: list[tuple[int, str, str]] = []  # (role start, key, name)
        orgs = {_singular(m.name) for m in self.mentions if m.type == "ORG"}
        for key, record in self.by_key.items():
            if gender and not self._key_agrees(key, gender):
                continue  # "la ministre" is not the man titled "ministre" further on
            if _singular(record.name) in orgs:
                # "une responsable du magasin Mark & Spencer": a shop the entity
                # layer typed as a person here and as an organisation elsewhere
                # holds no post
                continue
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
        latest, key, name = max(found)
        if len({k for start, k, _ in found if start == latest}) > 1:
            return None  # "X et Y, directeurs de …": two holders introduced together
        return Referent(key, name, "PER", "description", 0.75)

    def _talked_about_here(self, span: Span) -> bool:
        """Is a person named in the description's sentence right before a quote
        mark (the subject of the quoted words)?"""
        start = span.sent.start_char if self.doc.has_annotation("SENT_START") else span.start_char
        return any(
            m.type == "PER" and start <= m.start and m.end <= span.start_char
            and self.text[m.end : m.end + 3].lstrip()[:1] in data.QUOTE_CHARS
            for m in self.mentions
        )
