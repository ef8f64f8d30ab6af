"""Every spaCy factory veille provides, registered in one module.

Importing this module registers the factories; ``build.build_nlp`` imports it.
Each component class lives in its own module and keeps its settings keyword-only.
"""

from __future__ import annotations

from spacy.language import Language

from .amounts import AmountFinder
from .dates import DateFinder
from .entities import EntityResolver
from .line_breaks import LineBreakSentencer
from .extensions import AMOUNTS_KEY, DATES_KEY, MENTIONS_KEY, register_extensions
from .quotes import QuoteFinder
from .relations import RelationFinder
from .speaker_ranker import SpeakerRanker

register_extensions()


@Language.factory(
    "veille_entities",
    assigns=["doc._.veille_entities", "doc._.veille_token_entity"],
    requires=["doc.ents"],
    default_config={"span_key": MENTIONS_KEY, "fuzzy_threshold": 92.0, "find_unlabelled": True},
)
def make_entities(
    nlp: Language, name: str, span_key: str, fuzzy_threshold: float, find_unlabelled: bool
) -> EntityResolver:
    return EntityResolver(
        nlp, name, span_key=span_key, fuzzy_threshold=fuzzy_threshold,
        find_unlabelled=find_unlabelled,
    )


@Language.factory(
    "veille_amounts",
    assigns=["doc._.veille_amounts"],
    default_config={"span_key": AMOUNTS_KEY},
)
def make_amounts(nlp: Language, name: str, span_key: str) -> AmountFinder:
    return AmountFinder(nlp, name, span_key=span_key)


@Language.factory(
    "veille_dates",
    assigns=["doc._.veille_dates"],
    requires=["doc._.veille_published"],
    default_config={"span_key": DATES_KEY},
)
def make_dates(nlp: Language, name: str, span_key: str) -> DateFinder:
    return DateFinder(nlp, name, span_key=span_key)


@Language.factory(
    "veille_quotes",
    assigns=["doc._.veille_quotes"],
    requires=["doc._.veille_entities", "token.dep"],
    default_config={"min_words": 4, "indirect": True},
)
def make_quotes(nlp: Language, name: str, min_words: int, indirect: bool) -> QuoteFinder:
    return QuoteFinder(nlp, name, min_words=min_words, indirect=indirect)


@Language.factory(
    "veille_speaker_ranker",
    assigns=["doc._.veille_quotes"],
    requires=["doc._.veille_quotes", "doc._.veille_entities"],
    default_config={"model": "", "enabled": True, "only_unattributed": True},
)
def make_speaker_ranker(
    nlp: Language, name: str, model: str, enabled: bool, only_unattributed: bool
) -> SpeakerRanker:
    return SpeakerRanker(nlp, name, model=model, enabled=enabled, only_unattributed=only_unattributed)


@Language.factory(
    "veille_relations",
    assigns=["doc._.veille_relations"],
    requires=["doc._.veille_entities", "doc._.veille_quotes", "token.dep"],
    default_config={"max_sentence_tokens": 150, "resolve_pronouns": True},
)
def make_relations(
    nlp: Language, name: str, max_sentence_tokens: int, resolve_pronouns: bool
) -> RelationFinder:
    return RelationFinder(
        nlp, name, max_sentence_tokens=max_sentence_tokens, resolve_pronouns=resolve_pronouns
    )


@Language.factory("veille_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentencer:
    return LineBreakSentencer(nlp, name)
