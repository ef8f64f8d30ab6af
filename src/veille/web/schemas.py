"""Pydantic models of the HTTP API: what every endpoint returns (and the ingest body).

They are the web boundary (OpenAPI is generated from them); the pages render the
same objects, so the HTML and the JSON never disagree.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class ErrorBody(_Model):
    status: int
    message: str


class ErrorResponse(_Model):
    """The one error shape: ``{"error": {"status": 404, "message": "..."}}``."""

    error: ErrorBody


# --- documents --------------------------------------------------------------------
class DocumentSummary(_Model):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    lang: str | None
    status: str
    quotes: int = Field(description="number of quotations found in the document")
    snippet: str | None = Field(None, description="search hit in context; matches between [[ and ]]")


class DocumentPage(_Model):
    items: list[DocumentSummary]
    total: int
    limit: int
    offset: int
    q: str | None = None


class EntityMention(_Model):
    entity_id: str | None = Field(description="global entity id; null until the document is linked")
    local_key: str
    name: str
    type: str
    start: int
    end: int
    text: str
    kind: str


class QuoteOut(_Model):
    id: str
    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    speaker_id: str | None
    speaker: str | None = Field(description="the speaker's global name")
    speaker_text: str | None = Field(description="how the article names the speaker")
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    confidence: float
    doc_title: str | None = None
    context: str | None = Field(None, description="the source sentence(s) around the quote")
    context_start: int | None = None


class AmountOut(_Model):
    doc_id: str
    start: int
    end: int
    text: str
    value: float | None
    unit: str
    currency: str | None
    qualifier: str | None


class DateOut(_Model):
    doc_id: str
    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None
    relative: bool


class RelationOut(_Model):
    id: str
    doc_id: str
    type: str
    polarity: str
    subject_id: str | None
    object_id: str | None
    subject: str | None
    object: str | None
    start: int
    end: int
    evidence: str
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    date: str | None
    arguments: dict[str, Any]


class DocumentDetail(_Model):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    author: str | None
    lang: str | None
    status: str
    reason: str | None
    text: str
    entities: list[EntityMention]
    quotes: list[QuoteOut]
    amounts: list[AmountOut]
    dates: list[DateOut]
    relations: list[RelationOut]
    stories: list[StoryRef]


# --- entities ---------------------------------------------------------------------
class EntitySummary(_Model):
    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: int
    documents: int


class EntityPage(_Model):
    items: list[EntitySummary]
    total: int
    limit: int
    offset: int


class RoleOut(_Model):
    doc_id: str
    title: str
    of: str | None
    former: bool
    start: int
    end: int


class TimelineEntry(_Model):
    date: str
    doc_id: str
    kind: str = Field(description="published (the document's date) or date (a date written near a mention)")
    text: str
    start: int | None = None
    end: int | None = None
    context: str | None = None


class EntityDetail(_Model):
    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: int
    documents: int
    roles: list[RoleOut]
    quotes: list[QuoteOut]
    quotes_total: int
    relations: list[RelationOut]
    timeline: list[TimelineEntry]
    recent_documents: list[DocumentSummary]


# --- quotes / relations -------------------------------------------------------------
class QuotePage(_Model):
    items: list[QuoteOut]
    total: int
    limit: int
    offset: int


class RelationPage(_Model):
    items: list[RelationOut]
    total: int
    limit: int
    offset: int


# --- stories ------------------------------------------------------------------------
class StoryRef(_Model):
    id: str
    label: str


class StorySummary(_Model):
    id: str
    label: str
    documents: int
    first: str | None
    last: str | None


class StoryPage(_Model):
    items: list[StorySummary]
    total: int
    limit: int
    offset: int


class SpeakerQuotes(_Model):
    speaker_id: str | None
    speaker: str
    quotes: list[QuoteOut]


class OutletReport(_Model):
    outlet: str
    documents: list[DocumentSummary]
    quotes: int
    amounts: list[str] = Field(description="amounts this outlet reports, as written")


class Disagreement(_Model):
    """One relation between the same two actors that documents state with different polarities."""

    type: str
    subject_id: str
    object_id: str
    subject: str
    object: str
    statements: list[RelationOut]


class StoryDetail(_Model):
    id: str
    label: str
    documents: list[DocumentSummary]
    actors: list[EntitySummary]
    timeline: list[TimelineEntry]
    quotes_by_speaker: list[SpeakerQuotes]
    outlets: list[OutletReport]
    disagreements: list[Disagreement]


# --- graph / home -------------------------------------------------------------------
class GraphNodeOut(_Model):
    id: str
    name: str
    type: str
    mentions: int


class GraphEdgeOut(_Model):
    source: str
    target: str
    type: str
    count: int
    polarity: str


class Graph(_Model):
    nodes: list[GraphNodeOut]
    edges: list[GraphEdgeOut]
    story: str | None = None


class RankedSpeaker(_Model):
    id: str
    name: str
    type: str
    quotes: int


class Overview(_Model):
    counts: dict[str, int]
    latest_documents: list[DocumentSummary]
    top_speakers: list[RankedSpeaker]
    stories: list[StorySummary]


# --- ingest -------------------------------------------------------------------------
class IngestBody(_Model):
    """One article to analyse and store."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = Field(None, max_length=200, description="stable id; made from the title when absent")
    title: str | None = Field(None, max_length=1000)
    text: str = Field(min_length=1)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="ISO 8601 date or datetime")
    outlet: str | None = Field(None, max_length=300)
    lang: str | None = Field(None, max_length=10, description="ISO 639-1; detected when absent")
    author: str | None = Field(None, max_length=300)


class IngestResult(_Model):
    id: str | None = Field(description="the stored document's id (the existing one for a duplicate)")
    status: str = Field(description="added | replaced | duplicate | failed")
    analysed: bool
    report: dict[str, Any]


DocumentDetail.model_rebuild()
