"""Boundary types: what travels between ingest, NLP, store, export and the engines.

Layers exchange these frozen dataclasses, never spaCy ``Doc`` objects or SQLite
rows. Every extracted item carries ``start``/``end``: Python ``str`` offsets into
``Article.text`` (so ``text[start:end]`` is the item's text). A
``DocumentAnalysis`` is the complete per-document result; it round-trips through
plain dicts (``to_dict``/``from_dict``) so the Spark engine can ship it as JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Entity types, as produced by the French spaCy model.
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
#: Quotation kinds.
QUOTE_KINDS = ("direct", "partial", "indirect")
#: Relation polarities.
POLARITIES = ("asserted", "denied", "alleged", "planned")
#: Relation types: the documented vocabulary of the export (docs/export.md).
RELATION_TYPES = (
    "lawsuit", "investment", "funding", "donation", "founding", "acquisition",
    "merger", "appointment", "departure", "firing", "letter", "request",
    "complaint", "partnership", "integration", "launch", "statement_about",
    "mentioned_with",
)


def content_hash(text: str) -> str:
    """Identity of a document's content: re-ingesting the same text is a no-op."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One document as read from a source, before any analysis.

    ``text`` is stored exactly as given (only decoded): every offset points into it.
    ``published`` is an ISO 8601 date or datetime string when known.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    lang: str | None = None
    author: str | None = None
    source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Mention:
    """A place in the text where an entity is named or referred to.

    ``kind`` is ``name`` for proper-name mentions, ``pronoun`` or ``description``
    for references resolved by the quotation/coreference rules.
    """

    start: int
    end: int
    text: str
    kind: str = "name"


@dataclass(frozen=True)
class Role:
    """A title held by a person: "PDG d'OpenAI" gives title="PDG", of="OpenAI"."""

    title: str
    of: str | None
    former: bool
    start: int
    end: int


@dataclass(frozen=True)
class EntityRecord:
    """One actor inside one document (document-local; the store links it globally).

    ``key`` is a document-local id ("e0", "e1", …), deterministic for a given text.
    ``name`` is the most complete form seen in the document; ``aliases`` the other
    forms (short names, suffixed company names).
    """

    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Amount:
    """Money, percentage or number. ``value`` is normalised (45 000 000.0).

    ``unit``: ``money`` | ``percent`` | ``number``. ``currency``: ISO 4217 code
    for money. ``qualifier``: ``less_than`` | ``more_than`` | ``about`` |
    ``nearly`` | ``at_least`` | ``at_most`` | ``vague`` ("des milliards") | None.
    """

    start: int
    end: int
    text: str
    value: float | None
    unit: str
    currency: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A date expression. ``value`` is ISO ("2024-03-05", "2024-11", "2016") or
    None when it cannot be resolved (relative date, unknown publication date)."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None = None  # day | week | month | year
    relative: bool = False


@dataclass(frozen=True)
class Cue:
    """The speech verb or attribution expression ("a déclaré", "selon")."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """A quotation and who said it.

    ``speaker_key`` is the ``EntityRecord.key`` of the speaker in the same
    document, or None when no speaker could be recovered (never a silent guess).
    ``speaker_text`` is exactly ``text[speaker_start:speaker_end]``: the mention
    that attributes the quote as written ("il", "la société", "Marc Delaunay"), or,
    for a speaker without entity key, the words that named it; None with no mention.
    ``rule`` names the evidence that produced the attribution; ``confidence``
    is in [0, 1].
    """

    start: int
    end: int
    text: str
    kind: str
    speaker_key: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: Cue | None = None
    confidence: float = 0.0
    rule: str | None = None


@dataclass(frozen=True)
class Relation:
    """A typed relation or event between two actors, sourced to a sentence.

    ``start``/``end`` delimit the supporting sentence (``evidence``);
    ``trigger`` is the verb or noun that expresses it.
    """

    type: str
    subject_key: str | None
    object_key: str | None
    subject: str | None
    object: str | None
    start: int
    end: int
    evidence: str
    trigger: Cue | None = None
    polarity: str = "asserted"
    date: str | None = None
    arguments: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class DocumentAnalysis:
    """Everything veille extracts from one document.

    ``status`` is ``analysed``, ``skipped`` (``reason`` says why, e.g. an
    unsupported language) or ``failed`` (a component raised; ``reason`` has the error). The same value is produced by the embedded and the
    Spark engines.
    """

    doc_id: str
    status: str
    lang: str | None = None
    reason: str | None = None
    n_tokens: int = 0
    entities: tuple[EntityRecord, ...] = ()
    amounts: tuple[Amount, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    relations: tuple[Relation, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentAnalysis:
        return _build(cls, data)


# Nested types of each dataclass field that holds records, for ``from_dict``.
_NESTED: dict[type, dict[str, type]] = {
    DocumentAnalysis: {
        "entities": EntityRecord, "amounts": Amount, "dates": DateMention,
        "quotes": Quote, "relations": Relation,
    },
    EntityRecord: {"roles": Role, "mentions": Mention},
    Quote: {"cue": Cue},
    Relation: {"trigger": Cue},
}


def _build(cls: type, data: dict[str, Any]) -> Any:
    nested = _NESTED.get(cls, {})
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        inner = nested.get(f.name)
        if inner is not None and value is not None:
            if isinstance(value, (list, tuple)):
                value = tuple(_build(inner, v) for v in value)
            else:
                value = _build(inner, value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)
