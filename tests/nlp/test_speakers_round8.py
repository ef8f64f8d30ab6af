"""Speaker attribution, round 8 (issue #3): one plausibility check shared by every
attribution rule (``speaker_phrases.plausible_source``). A number, a place named as
a place or an inanimate noun is no speaker; the rule whose candidate it is does not
fire and the next rule or candidate is tried. Every sentence is invented (fictional
people)."""

from __future__ import annotations

import pytest
from helpers import speaker_names as speakers


@pytest.mark.model
def test_round8_percentage_is_no_speaker(nlp):
    # a missing space glues the quote to a sentence whose subject is a bare
    # percentage (of "se dire"); the next rule keeps the speaker quoted just before
    text = (
        "« Le sexisme est partout à l'hôpital », dit Paul Verdier. Mais 39 % ne s'en "
        "disent pas victimes alors qu'ils le sont.« C'est tellement installé que cela "
        "devient normal », s'indigne Paul Verdier, président du syndicat."
    )
    assert speakers(nlp, text) == ["Paul Verdier", "Paul Verdier"]


@pytest.mark.model
def test_round8_subject_of_a_passive_speech_verb_is_what_was_said(nlp):
    # "des insultes ont été évoquées": the insults are the content; "selon" names
    # the source of the embedded words
    text = (
        "La moitié des internes se déclarent concernés. Les insultes répétées ont ainsi "
        "été évoquées dans un cas sur deux, devant les « demandes insistantes de "
        "rendez-vous privés », selon l'enquête du syndicat."
    )
    assert speakers(nlp, text) == ["l'enquête du syndicat"]


@pytest.mark.model
def test_round8_legitimate_sources_stay(nlp):
    # an artefact, a country acting, a share of people: all plausible sources
    text = (
        "« Les salaires doivent augmenter tout de suite », proclamait une banderole. "
        "La France estime que « l'accord doit être revu de fond en comble ». "
        "« Nous sommes épuisés depuis des mois », disent 62 % des soignants interrogés."
    )
    assert speakers(nlp, text) == ["une banderole", "La France", "62 % des soignants interrogés"]


@pytest.mark.model
def test_round8_plausibility_reads_morphology_labels_and_lexicon(nlp):
    from veille.nlp.speaker_phrases import plausible_source
    from veille.nlp.speakers import SpeakerIndex

    doc = nlp("Le rapport et l'offensive ont vu 40 % du voisinage répondre au voisin à Vernon.")
    index = SpeakerIndex(doc)
    by_word = {t.text: t for t in doc}
    assert plausible_source(by_word["rapport"], index, strict=True)  # a communication artefact
    assert plausible_source(by_word["voisin"], index, strict=True)  # a human noun
    assert not plausible_source(by_word["offensive"], index, strict=True)  # inanimate, weak evidence
    assert not plausible_source(by_word["Vernon"], index)  # a place after a preposition
    assert not plausible_source(by_word["40"], index)  # a number


@pytest.mark.model
def test_round8_pronoun_prefers_the_titled_subject_to_a_complement(nlp):
    # "Elle" is the minister the sentence before is about (a title apposition the
    # parser hangs on "ministre"), not the colleague named in "aux côtés de",
    # nearer the pronoun; the last quote went to a keyless plural
    text = (
        "À l'ouverture des débats, la ministre du Travail Claire Fontaine, présente aux "
        "côtés de Julie Morel (Santé) et de Marc Lenoir (Culture), avait salué les élus "
        "ayant la « volonté de participer au rétablissement rapide du dialogue social ». "
        "Elle s'est félicitée après le vote de « l'esprit de coopération entre les deux "
        "assemblées »."
    )
    assert speakers(nlp, text)[-1] == "Claire Fontaine"


@pytest.mark.model
def test_round8_date_between_verb_and_subject_is_skipped(nlp):
    # "la semaine dernière" after the verb is a date, no inverted subject: the
    # subject before the verb speaks (the check refused the date, the rule must
    # not then name nobody)
    text = (
        "Le directeur général de la police, Marc Durand, a précisé la semaine dernière "
        "que 200 signalements avaient été transmis."
    )
    assert speakers(nlp, text, ("indirect",)) == ["Marc Durand"]


@pytest.mark.model
def test_round8_name_taken_for_a_place_after_a_speech_verb_still_speaks(nlp):
    # the entity layer takes a rare first name for a place; as the inverted
    # subject of a speech verb (no preposition before it) it is who speaks
    text = "« Ici on oublie tout, il y a une très bonne ambiance », estime dimanche Assma, qui tient un stand."
    assert speakers(nlp, text) == ["Assma"]
