"""Speaker attribution, round 7 (issue #3): error classes of the development half
quotes-dev3 that recur across halves. Every sentence is invented (fictional people)."""

from __future__ import annotations

import pytest
from helpers import quote_speakers, speaker_names as speakers


@pytest.mark.model
def test_round7_detached_participle_is_no_subject(nlp):
    # the parser takes the sentence-initial participle for the subject; the
    # speakers are the noun phrase after the comma
    text = (
        "Interrogés par la presse locale, des commerçants ont assuré que « la situation "
        "devient intenable pour tout le quartier »."
    )
    assert speakers(nlp, text) == ["des commerçants"]


@pytest.mark.model
def test_round7_person_noun_goes_to_the_person_introduced_with_it(nlp):
    # "le policier" is the man the article introduced as "Le policier filmé, X",
    # not the prosecutor quoted last
    text = (
        "Le policier filmé, Marc Durand, commandant de la brigade, est mis en cause. "
        "« Il a agi avec mesure », a ajouté Paul Verdier, procureur de la ville. "
        "Dans une interview, M. Durand explique avoir reculé. "
        "Le policier assure connaître cet homme, « qui est un multirécidiviste bien connu »."
    )
    assert speakers(nlp, text)[-1] == "Marc Durand"


@pytest.mark.model
def test_round7_subject_phrase_stops_before_a_quoted_complement(nlp):
    # the phrase was cut at the quote mark and kept the dangling "en pleine"
    text = (
        "Une semaine avant la grève, le ministre en pleine « tournée des régions » avait "
        "lancé : « Le budget, ce n'est pas mon affaire. »"
    )
    assert speakers(nlp, text) == ["le ministre"]


@pytest.mark.model
def test_round7_stressed_pronoun_after_a_name_gives_its_gender(nlp):
    # the tagger makes "Jean" feminine; ", lui," after the name says otherwise
    text = (
        "Jean Morel, lui, va plus loin, prêtant au mouvement des intentions cachées. "
        "« Ils veulent un homme fort au pouvoir », estime-t-il."
    )
    assert [rule for _, _, rule in quote_speakers(nlp, text)] == ["pronoun"]
    assert speakers(nlp, text) == ["Jean Morel"]


@pytest.mark.model
def test_round7_title_is_not_the_next_person_with_another_post(nlp):
    # the spokesman is unnamed; the man named later as "l'inspecteur principal X"
    # holds another post and may be someone else: the description stays
    text = (
        "« Les patrouilles ont été renforcées dans tout le centre », explique le "
        "porte-parole de la police locale de Verbois. Des contrôles ont eu lieu "
        "toute la nuit. « Nous resterons mobiles », confie l'inspecteur principal "
        "Marc Durand."
    )
    assert speakers(nlp, text)[0] == "le porte-parole de la police locale de Verbois"


@pytest.mark.model
def test_round7_person_noun_is_not_a_name_in_a_complement(nlp):
    # the only name is in a complement ("la famille de X"): the patient, not the doctor
    text = (
        "La famille de Paul Verdier a demandé sa libération. Une source proche "
        "du dossier a confirmé son hospitalisation. Le médecin affirme que « la douleur "
        "est devenue insupportable depuis son arrivée »."
    )
    assert speakers(nlp, text) == ["Le médecin"]
