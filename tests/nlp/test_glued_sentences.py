"""Sentences glued without a space after their final punctuation (issues #3, #4):
the tokenizer splits the punctuation off (nlp/tokenizer.py), veille_line_breaks
starts a sentence there, the text is never changed. Invented French sentences."""

from __future__ import annotations

import pytest


def _sentence_starts(doc):
    return [t.text for t in doc if t.is_sent_start]


@pytest.mark.model
@pytest.mark.parametrize("text, glued, first", [
    # an acronym before the full stop
    ("Le contrat a été signé avec la RATP.Chacun y trouve son compte.", "RATP", "Chacun"),
    # a year
    ("La réforme a été votée en 2018.Depuis, rien n'a bougé dans le secteur.", "2018", "Depuis"),
    # a closing bracket
    ("Elle habite à Vannes (Morbihan).Sa sœur tient une boulangerie.", ")", "Sa"),
    # a closing quote after a no-break space
    ("Les élus dénoncent un « projet bâclé\u00a0».Personne n'a répondu à leurs questions.", "»", "Personne"),
    # a glued question mark
    ("Qui va payer la facture?Le ministre ne l'a pas dit aux députés.", "facture", "Le"),
    # an opening quote after the glued full stop
    ("Le directeur est arrivé à Lyon.«Nous sommes prêts», a-t-il lancé aux salariés.", "Lyon", "«"),
    # the lowercase case spaCy already split
    ("Le conseil s'est réuni à Quimper.Plusieurs élus ont quitté la salle.", "Quimper", "Plusieurs"),
])
def test_glued_punctuation_is_a_token_and_ends_the_sentence(nlp, text, glued, first):
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc]
    i = words.index(first)
    assert words[i - 2] == glued and words[i - 1] in {".", "?"}
    assert _sentence_starts(doc)[1] == first
    assert doc[i - 1].sent == doc[i - 2].sent  # the punctuation ends the first sentence


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("La réforme voulue par K.Varga a été adoptée mardi soir.", "K.Varga"),
    ("La société de J.-C. Morvan a été rachetée en mars.", "J."),
    ("Il a longtemps vécu aux U.S.A. avant de revenir en France.", "U.S.A."),
    ("Le texte complet est sur www.LeJournal.com depuis lundi matin.", "www.LeJournal.com"),
    ("Le reportage est en ligne sur Radio-Canada.ca depuis hier.", "Radio-Canada.ca"),
    ("Écrivez à paul.Martin@exemple.com pour vous inscrire à la séance.", "paul.Martin@exemple.com"),
    ("Le taux est passé de 3.5 à 4.2 en un an selon la banque.", "3.5"),
    ("La version 2.0.1 du logiciel corrige plusieurs failles.", "2.0.1"),
    # a "?" standing for a lost apostrophe
    ("Le directeur de l?Observatoire a présidé la séance du matin.", "l?Observatoire"),
])
def test_initials_domains_numbers_stay_whole(nlp, text, kept):
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert kept in words
    assert not doc[words.index(kept) + 1].is_sent_start


@pytest.mark.model
def test_title_abbreviation_glued_to_a_name_does_not_start_a_sentence(nlp):
    text = "Hier soir, Mme.Lefort a reçu les représentants des locataires."
    doc = nlp(text)
    assert doc.text == text
    assert "Lefort" not in _sentence_starts(doc)


@pytest.mark.model
def test_quote_and_speaker_in_the_glued_second_sentence(nlp):
    text = ("Le conseil siège à Vannes (Morbihan).Julien Marchand, son président, a affirmé "
            "que « la décision sera rendue en juin ».")
    doc = nlp(text)
    assert doc.text == text
    assert [e.text for e in doc.ents][-1] == "Julien Marchand"
    (quote,) = doc._.veille_quotes
    assert text[quote.start:quote.end] == quote.text == "la décision sera rendue en juin"
    assert quote.speaker_text == "Julien Marchand"
    assert text[quote.speaker_start:quote.speaker_end] == "Julien Marchand"


@pytest.mark.model
def test_entity_after_a_glued_acronym_is_its_own(nlp):
    text = "Le contrat a été signé avec la RATP.Pierre Lambert a salué « une étape décisive pour la région »."
    doc = nlp(text)
    assert [e.text for e in doc.ents] == ["RATP", "Pierre Lambert"]
    assert doc._.veille_quotes[0].speaker_text == "Pierre Lambert"


def test_blank_pipeline_tokenizes_glued_sentences_without_changing_text():
    from veille.nlp.build import build_nlp

    nlp = build_nlp("blank", components=())
    text = "Il est né en 1975.Depuis, il vit à Laval (Québec).Son frère aussi."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc][4:7] == ["1975", ".", "Depuis"]
    assert [t.text for t in doc][-7:-3] == ["Québec", ")", ".", "Son"]
