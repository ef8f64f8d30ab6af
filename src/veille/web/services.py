"""What each API endpoint and page shows, built from a ``ReadOnlyStore`` as pydantic models.

The JSON endpoints return these objects as they are; the HTML pages render the same
objects, so both views of a resource always agree.
"""

from __future__ import annotations

from collections import defaultdict

from ..errors import NotFound, UsageError
from ..models import ENTITY_TYPES, QUOTE_KINDS, RELATION_TYPES
from ..store import StoredQuote, StoredRelation
from ..store.reads import MARK_CLOSE, MARK_OPEN, DocumentRow, ReadOnlyStore
from . import schemas as s

#: Most items an entity or story page lists in one section (the rest is one link away:
#: /quotes?speaker=…, /relations?entity=…).
SECTION_LIMIT = 100
QUOTES_ON_ENTITY = 50


# --- converters ---------------------------------------------------------------------
def document_summary(row: DocumentRow) -> s.DocumentSummary:
    snippet = row.snippet.replace(MARK_OPEN, "[[").replace(MARK_CLOSE, "]]") if row.snippet else None
    return s.DocumentSummary(
        id=row.id, title=row.title, outlet=row.outlet, published=row.published, url=row.url,
        lang=row.lang, status=row.status, quotes=row.n_quotes, snippet=snippet,
    )


def quote_out(
    stored: StoredQuote, names: dict[str, str], *, context: tuple[int, str] | None = None,
    doc_title: str | None = None,
) -> s.QuoteOut:
    q = stored.quote
    return s.QuoteOut(
        id=stored.id, doc_id=stored.doc_id, start=q.start, end=q.end, text=q.text, kind=q.kind,
        speaker_id=stored.speaker_id, speaker=names.get(stored.speaker_id) if stored.speaker_id else None,
        speaker_text=q.speaker_text, speaker_start=q.speaker_start, speaker_end=q.speaker_end,
        cue=q.cue.text if q.cue else None, confidence=q.confidence, doc_title=doc_title,
        context=context[1] if context else None, context_start=context[0] if context else None,
    )


def relation_out(stored: StoredRelation) -> s.RelationOut:
    r = stored.relation
    return s.RelationOut(
        id=stored.id, doc_id=stored.doc_id, type=r.type, polarity=r.polarity,
        subject_id=stored.subject_id, object_id=stored.object_id, subject=r.subject, object=r.object,
        start=r.start, end=r.end, evidence=r.evidence, trigger=r.trigger.text if r.trigger else None,
        trigger_start=r.trigger.start if r.trigger else None, trigger_end=r.trigger.end if r.trigger else None,
        date=r.date, arguments=r.arguments,
    )


def entity_summary(entity) -> s.EntitySummary:
    return s.EntitySummary(
        id=entity.id, name=entity.name, type=entity.type, aliases=list(entity.aliases),
        mentions=entity.mention_count, documents=entity.doc_count,
    )


def _quotes_out(store: ReadOnlyStore, quotes: list[StoredQuote], *, with_context: bool = False) -> list[s.QuoteOut]:
    names = store.entity_names([q.speaker_id for q in quotes if q.speaker_id])
    titles = store.document_titles([q.doc_id for q in quotes])
    contexts = (
        store.sentences_around([(q.doc_id, q.quote.start, q.quote.end) for q in quotes]) if with_context
        else [None] * len(quotes)
    )
    return [
        quote_out(stored, names, context=context, doc_title=titles.get(stored.doc_id))
        for stored, context in zip(quotes, contexts)
    ]


def _check_type(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value is not None and value not in allowed:
        raise UsageError(f"unknown {what} {value!r} (one of {', '.join(allowed)})")


# --- documents ------------------------------------------------------------------------
def documents(store: ReadOnlyStore, *, q: str | None, limit: int, offset: int) -> s.DocumentPage:
    page = store.search_documents(q, limit=limit, offset=offset) if q else store.list_documents(
        limit=limit, offset=offset
    )
    return s.DocumentPage(
        items=[document_summary(r) for r in page.items], total=page.total, limit=limit, offset=offset, q=q
    )


def document(store: ReadOnlyStore, doc_id: str) -> s.DocumentDetail:
    stored = store.get_document(doc_id)
    a = stored.article
    mentions = []
    for local in store.local_entities(doc_id):
        record = local.record
        for m in record.mentions:
            mentions.append(s.EntityMention(
                entity_id=local.entity_id, local_key=record.key, name=record.name, type=record.type,
                start=m.start, end=m.end, text=m.text, kind=m.kind,
            ))
    mentions.sort(key=lambda m: (m.start, m.end))
    quotes = list(store.iter_quotes(doc_id=doc_id))
    names = store.entity_names([q.speaker_id for q in quotes if q.speaker_id])
    return s.DocumentDetail(
        id=a.id, title=a.title, outlet=a.outlet, published=a.published, url=a.url, author=a.author,
        lang=a.lang, status=stored.status, reason=stored.reason, text=a.text,
        entities=mentions,
        quotes=[quote_out(q, names, doc_title=a.title) for q in quotes],
        amounts=[s.AmountOut(doc_id=doc_id, **vars(x.amount)) for x in store.iter_amounts(doc_id)],
        dates=[s.DateOut(doc_id=doc_id, **vars(x.date)) for x in store.iter_dates(doc_id)],
        relations=[relation_out(r) for r in store.iter_relations(doc_id)],
        stories=[s.StoryRef(id=i, label=label) for i, label in store.stories_of_document(doc_id)],
    )


# --- entities ------------------------------------------------------------------------
def entities(store: ReadOnlyStore, *, type: str | None, q: str | None, limit: int, offset: int) -> s.EntityPage:
    _check_type(type, ENTITY_TYPES, "entity type")
    page = store.list_entities(type=type, text=q, limit=limit, offset=offset)
    return s.EntityPage(items=[entity_summary(e) for e in page.items], total=page.total, limit=limit, offset=offset)


def entity(store: ReadOnlyStore, entity_id: str) -> s.EntityDetail:
    e = store.get_entity(entity_id)
    quotes = store.entity_quotes(entity_id, limit=QUOTES_ON_ENTITY)
    roles = []
    seen_roles = set()
    for r in store.entity_roles(entity_id):
        key = (r.role.title.casefold(), (r.role.of or "").casefold(), r.role.former)
        if key in seen_roles:  # the same title repeated across articles is shown once
            continue
        seen_roles.add(key)
        roles.append(s.RoleOut(doc_id=r.doc_id, **vars(r.role)))
    return s.EntityDetail(
        id=e.id, name=e.name, type=e.type, aliases=list(e.aliases), mentions=e.mention_count,
        documents=e.doc_count, roles=roles,
        quotes=_quotes_out(store, quotes.items, with_context=True), quotes_total=quotes.total,
        relations=[relation_out(r) for r in store.entity_relations(entity_id, limit=SECTION_LIMIT)],
        timeline=[s.TimelineEntry(**vars(t)) for t in store.entity_timeline(entity_id, limit=SECTION_LIMIT)],
        recent_documents=[document_summary(d) for d in store.entity_documents(entity_id, limit=20)],
    )


# --- quotes / relations ------------------------------------------------------------
def quotes(
    store: ReadOnlyStore, *, speaker: str | None, kind: str | None, doc: str | None, q: str | None,
    limit: int, offset: int,
) -> s.QuotePage:
    """speaker: an entity id, or words of a speaker's name or alias."""
    _check_type(kind, QUOTE_KINDS, "quote kind")
    if doc is not None:
        store.get_document(doc)  # 404 for an unknown document rather than an empty list
    speaker_ids = store.speaker_ids_matching(speaker) if speaker else None
    page = store.find_quotes_page(speaker_ids=speaker_ids, kind=kind, doc_id=doc, text=q, limit=limit, offset=offset)
    return s.QuotePage(items=_quotes_out(store, page.items), total=page.total, limit=limit, offset=offset)


def relations(
    store: ReadOnlyStore, *, type: str | None, entity: str | None, limit: int, offset: int
) -> s.RelationPage:
    _check_type(type, RELATION_TYPES, "relation type")
    if entity is not None:
        store.get_entity(entity)
    page = store.find_relations(type=type, entity_id=entity, limit=limit, offset=offset)
    return s.RelationPage(items=[relation_out(r) for r in page.items], total=page.total, limit=limit, offset=offset)


# --- stories ---------------------------------------------------------------------------
def _story_summary(story) -> s.StorySummary:
    return s.StorySummary(id=story.id, label=story.label, documents=story.n_documents, first=story.first, last=story.last)


def stories(store: ReadOnlyStore, *, limit: int, offset: int) -> s.StoryPage:
    page = store.list_stories(limit=limit, offset=offset)
    return s.StoryPage(items=[_story_summary(x) for x in page.items], total=page.total, limit=limit, offset=offset)


def story(store: ReadOnlyStore, story_id: str) -> s.StoryDetail:
    found = store.get_story(story_id)
    if found is None:
        raise NotFound("story", story_id)
    docs = store.list_documents(limit=SECTION_LIMIT, offset=0, story_id=story_id).items
    doc_ids = [d.id for d in docs]
    actor_counts: dict[str, int] = defaultdict(int)
    timeline: list[s.TimelineEntry] = []
    quotes: list[StoredQuote] = []
    relations: list[StoredRelation] = []
    outlets: dict[str, dict] = {}
    for row in docs:
        for local in store.local_entities(row.id):
            if local.entity_id:
                actor_counts[local.entity_id] += len(local.record.mentions)
        if row.published:
            timeline.append(s.TimelineEntry(date=row.published[:10], doc_id=row.id, kind="published", text=row.title or row.id))
        for d in store.iter_dates(row.id):
            if d.date.value and not d.date.relative:
                timeline.append(s.TimelineEntry(
                    date=d.date.value, doc_id=row.id, kind="date", text=d.date.text, start=d.date.start, end=d.date.end,
                    context=store.sentence_around(row.id, d.date.start, d.date.end)[1],
                ))
        doc_quotes = list(store.iter_quotes(doc_id=row.id))
        quotes += doc_quotes
        relations += store.iter_relations(row.id)
        report = outlets.setdefault(row.outlet or "", {"documents": [], "quotes": 0, "amounts": []})
        report["documents"].append(document_summary(row))
        report["quotes"] += len(doc_quotes)
        report["amounts"] += [a.amount.text for a in store.iter_amounts(row.id) if a.amount.unit == "money"]
    names = store.entity_names(list(actor_counts))
    actors = sorted(actor_counts, key=lambda i: (-actor_counts[i], i))
    quoted = _quotes_out(store, quotes)
    by_speaker: dict[str | None, list[s.QuoteOut]] = defaultdict(list)
    for quote in quoted:
        by_speaker[quote.speaker_id or (f"?{quote.speaker_text}" if quote.speaker_text else None)].append(quote)
    return s.StoryDetail(
        id=found.id, label=found.label,
        documents=[document_summary(d) for d in docs],
        actors=[entity_summary(store.get_entity(i)) for i in actors[:40] if i in names],
        timeline=sorted(timeline, key=lambda t: (t.date, t.kind != "published")),
        quotes_by_speaker=sorted(
            (
                s.SpeakerQuotes(
                    speaker_id=key if key and not key.startswith("?") else None,
                    speaker=(items[0].speaker or items[0].speaker_text or "?"),
                    quotes=items,
                )
                for key, items in by_speaker.items()
            ),
            key=lambda group: (-len(group.quotes), group.speaker),
        ),
        outlets=[
            s.OutletReport(outlet=name, documents=r["documents"], quotes=r["quotes"], amounts=r["amounts"])
            for name, r in sorted(outlets.items())
        ],
        disagreements=_disagreements(relations, names),
    )


def _disagreements(relations: list[StoredRelation], names: dict[str, str]) -> list[s.Disagreement]:
    """Relations between the same two actors that one document asserts and another denies
    (or only alleges): what the sources do not agree on."""
    groups: dict[tuple[str, str, str], list[StoredRelation]] = defaultdict(list)
    for r in relations:
        if r.subject_id and r.object_id:
            groups[(r.relation.type, r.subject_id, r.object_id)].append(r)
    found = []
    for (type_, subject_id, object_id), items in sorted(groups.items()):
        if len({r.relation.polarity for r in items}) > 1 and len({r.doc_id for r in items}) > 1:
            found.append(s.Disagreement(
                type=type_, subject_id=subject_id, object_id=object_id,
                subject=names.get(subject_id, items[0].relation.subject or subject_id),
                object=names.get(object_id, items[0].relation.object or object_id),
                statements=[relation_out(r) for r in items],
            ))
    return found


# --- graph / home ------------------------------------------------------------------
def graph(store: ReadOnlyStore, *, story: str | None, limit: int) -> s.Graph:
    doc_ids = None
    if story is not None:
        if store.get_story(story) is None:
            raise NotFound("story", story)
        doc_ids = store.story_doc_ids(story)
    nodes, edges = store.graph(doc_ids=doc_ids, limit=limit)
    return s.Graph(
        nodes=[s.GraphNodeOut(**vars(n)) for n in nodes],
        edges=[s.GraphEdgeOut(**vars(e)) for e in edges],
        story=story,
    )


def overview(store: ReadOnlyStore) -> s.Overview:
    speakers = [
        s.RankedSpeaker(id=e.id, name=e.name, type=e.type, quotes=n) for e, n in store.top_speakers(8)
    ]
    return s.Overview(
        counts=store.count_rows(),
        latest_documents=[document_summary(d) for d in store.latest_documents(8)],
        top_speakers=speakers,
        stories=[_story_summary(x) for x in store.list_stories(limit=6, offset=0).items],
    )
