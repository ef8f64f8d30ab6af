"""Turn the fields a reader found into an ``Article``: language detection, cleaned metadata.

The text itself is never changed here: offsets index it exactly as read.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..models import Article

#: Languages the detector chooses from. A small set keeps lingua fast and avoids
#: exotic guesses on short texts; anything else is reported as the closest of these.
DETECTED_LANGUAGES = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "DUTCH", "PORTUGUESE")
# Detection looks at the start of the text only: enough for a language, and bounded cost.
_DETECT_CHARS = 3000


@lru_cache(maxsize=1)
def _detector():
    # Built once per process: building loads the language models (slow, memory heavy).
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in DETECTED_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language among DETECTED_LANGUAGES, or None."""
    sample = text[:_DETECT_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language is not None else None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _primary_subtag(tag: str) -> str:
    # "fr-FR", "fr_CA" -> "fr": the pipeline is chosen by language, not region.
    return tag.replace("_", "-").split("-")[0].lower()


def make_article(
    *,
    id: str,
    text: str,
    title: Any = None,
    url: Any = None,
    outlet: Any = None,
    published: Any = None,
    lang: Any = None,
    author: Any = None,
    source: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Article:
    """Build an Article; a declared ``lang`` is trusted, otherwise it is detected."""
    declared = _clean(lang)
    return Article(
        id=id,
        text=text,
        title=_clean(title),
        url=_clean(url),
        outlet=_clean(outlet),
        published=_clean(published),
        lang=_primary_subtag(declared) if declared else detect_language(text),
        author=_clean(author),
        source=source,
        metadata=dict(metadata or {}),
    )
