"""Speaker attribution, round 5 (issue #3): a participle the tagger misreads after
an adverb ("a aussitôt tweeté"), ... Every sentence is invented (fictional people)."""

from __future__ import annotations

import pytest
from helpers import quote_speakers


def speakers(nlp, text):
    return quote_speakers(nlp, text, ("direct", "partial"))


@pytest.mark.model
@pytest.mark.parametrize("verb", ["a aussitôt tweeté", "a tweeté"])
def test_round5_participle_tagged_as_a_name_after_an_adverb(nlp, verb):
    # the tagger reads "tweeté" as a proper noun (or X); after the auxiliary, even
    # with an adverb between, it is the participle of a speech verb
    text = f"« Nous avons bien travaillé », {verb} Paul Verdier."
    names = [name for _, name, _ in speakers(nlp, text)]
    assert names == ["Paul Verdier"]


@pytest.mark.model
def test_round5_reading_cue_names_the_medium(nlp):
    # "pouvait-on lire sur des banderoles": the impersonal "on" reads; the words
    # come from the banners, listed quotes included
    text = (
        "Des centaines de personnes ont défilé samedi. « Non à la réforme », « Retraite "
        "à 60 ans », pouvait-on lire sur des banderoles, tandis que les manifestants chantaient."
    )
    names = [name for _, name, _ in speakers(nlp, text)]
    assert names == ["des banderoles", "des banderoles"]


@pytest.mark.model
def test_round5_reading_cue_leaves_a_time_phrase_out(nlp):
    text = "« Un député serait mort ce week-end », pouvait-on lire sur les réseaux sociaux ces derniers jours."
    names = [name for _, name, _ in speakers(nlp, text)]
    assert names == ["les réseaux sociaux"]


@pytest.mark.model
def test_round5_reading_cue_on_a_personal_page_names_its_owner(nlp):
    text = (
        "Le chanteur a été éliminé samedi. « J'ai vécu une aventure incroyable avec toute "
        "l'équipe, merci à tous ! », peut-on lire sur la page Instagram de Paul Verdier."
    )
    names = [name for _, name, _ in speakers(nlp, text)]
    assert names == ["Paul Verdier"]


@pytest.mark.model
def test_round5_cueless_quote_after_narration_naming_nobody_continues(nlp):
    # the quote follows a sentence of narration in the paragraph right after the
    # previous speaker's; nobody else is named there, so the speaker goes on
    text = (
        "Le ministre Paul Verdier a réagi lundi à la radio. « Il faut d'abord vérifier les "
        "faits », lance-t-il.\nCe type de rumeur n'est pas sans conséquence pour les services "
        "de l'État. « Nous avons autre chose à faire que de démentir des mensonges. »"
    )
    names = [name for _, name, _ in speakers(nlp, text)]
    assert names == ["Paul Verdier", "Paul Verdier"]


@pytest.mark.model
def test_round5_speech_verb_of_another_persons_relative_is_not_the_cue(nlp):
    # "qui s'interroge" belongs to the journalist's relative; the quote hangs on the
    # main verb of "celui qui …", the person the sentence before is about
    text = (
        "Le dérapage de l'acteur Paul Verdier semble pourtant bien contrôlé. Au journaliste "
        "Marc Lenoir, qui s'interroge sur les conséquences d'une telle prise de position, "
        "celui qui joue en ce moment au théâtre se fend d'un « ce n'est pas mon problème »."
    )
    names = [name for _, name, _ in speakers(nlp, text)]
    assert names == ["Paul Verdier"]
