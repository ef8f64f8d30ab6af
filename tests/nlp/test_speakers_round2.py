"""Speaker attribution, round 2 (issue #3): an incise verb the lists missed, the
speaker named in the sentence after a lone quote, the subject of the last speech
cue for a following quote, a thing as subject of a mistagged verb before a colon.
Every sentence is invented (fictional people)."""

from __future__ import annotations

import pytest
from helpers import quote_speakers


def direct_speakers(nlp, text):
    return quote_speakers(nlp, text, ("direct", "partial"))


@pytest.mark.model
def test_round2_developper_is_an_incise_verb(nlp):
    text = (
        "La fédération veut encadrer les commentaires en ligne. « Nous voulons que "
        "les avis soient vérifiés avant d'être publiés », développe Marc Lestrade, "
        "président de la fédération."
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name == "Marc Lestrade"


@pytest.mark.model
def test_round2_speaker_named_in_the_next_sentence(nlp):
    text = (
        "Le conseil municipal a voté le budget mardi.\n"
        "« Nous ne fermerons aucune école cette année. » Ces mots sont ceux de "
        "Sophie Valadier, maire de la commune depuis 2014."
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name == "Sophie Valadier"


@pytest.mark.model
def test_round2_last_speech_cue_subject_continues(nlp):
    text = (
        "Selon Claire Fontaine, le projet a été revu, mais Paul Dupuis s'y est opposé, "
        "affirmant que le budget devait être plus élevé.\n"
        "« Nous devons viser bien plus haut si nous voulons réussir. »"
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name == "Paul Dupuis"


@pytest.mark.model
def test_round2_non_human_subject_of_a_speech_like_verb(nlp):
    text = (
        "Le mouvement a perdu des soutiens. L'avenir du mouvement interroge : « Que "
        "restera-t-il de la colère ? »"
    )
    quotes = direct_speakers(nlp, text)
    assert [n for _, n, _ in quotes] == [None]


@pytest.mark.model
def test_round2_title_me_before_an_inverted_name(nlp):
    # "Me" (maître) is the lawyer's title, not the speaker: the name follows it
    text = (
        "L'avocat conteste. « Mes clients, deux parents et leur enfant, ont été "
        "arrêtés à la sortie de leur véhicule », a détaillé auprès de l'AFP Me Ari Zelnik."
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name == "Ari Zelnik"


@pytest.mark.model
def test_round2_bare_title_is_the_person_introduced_with_it(nlp):
    # "le ministre" is the person the title was set before ("le ministre …, X"),
    # not the deputy named last beside him
    text = (
        "Les dégâts seront réparés, a affirmé le ministre wallon en charge des Travaux "
        "publics, Carlo Bertin (cdH), interrogé en séance plénière du Parlement par "
        "Fabian Cortot (MR).\n"
        "« J'ai chargé l'administration de porter plainte », a assuré le ministre."
    )
    quotes = direct_speakers(nlp, text)
    assert [n for _, n, _ in quotes] == ["Carlo Bertin"]


@pytest.mark.model
def test_round2_organisation_led_by_a_person_is_the_one_he_heads(nlp):
    # "la société dirigée par X" is the company X heads (his post), not the
    # organisation named last
    text = (
        "Paul Mercier, PDG de Veralis, a démissionné. La banque Orvane a porté plainte "
        "lundi. La société dirigée par Paul Mercier a demandé au procureur d'enquêter "
        "sur la « distribution d'actifs à des entités tierces »."
    )
    doc = nlp(text)
    names = {e.key: e.name for e in doc._.veille_entities}
    (quote,) = [q for q in doc._.veille_quotes if "actifs" in q.text]
    assert names.get(quote.speaker_key) == "Veralis"


@pytest.mark.model
def test_round2_link_line_speaker_does_not_go_on(nlp):
    # a "Lire aussi X : « … »" line links to another article: the quote after it
    # continues the speaker before the link, not X
    text = (
        "Jean Morel, maire de Nantes, a présenté son plan lundi. « Nous allons investir "
        "partout », a déclaré Jean Morel.\n"
        "Lire aussi Marie Castel : « La réforme ne passera pas »\n"
        "« Nous ferons mieux que nos prédécesseurs. »"
    )
    quotes = direct_speakers(nlp, text)
    assert [n for t, n, _ in quotes if "prédécesseurs" in t] == ["Jean Morel"]


@pytest.mark.model
def test_round2_titled_name_opening_the_sentence_is_its_subject(nlp):
    # the parser may miss the subject of "Le président français X a lui aussi
    # réagi": X, introduced after the last speaker, is who "il" is
    text = (
        "Le ministre de l'Éducation, Jean-Luc Morvan, s'est rendu sur place. « La "
        "région est en deuil », a écrit le ministre Morvan sur son fil Twitter. Le "
        "président français Louis Souvent a lui aussi réagi sur Twitter. « Toutes "
        "mes pensées vont aux familles », a-t-il écrit."
    )
    quotes = direct_speakers(nlp, text)
    assert [n for t, n, _ in quotes if "pensées" in t] == ["Louis Souvent"]


@pytest.mark.model
def test_round2_split_hyphenated_place_is_not_the_subject(nlp):
    # the parser made "Maritime" (second half of "Seine-Maritime") the subject:
    # the noun the name complements speaks
    text = (
        "Deux militantes communistes de la Seine-Maritime racontent comment elles sont "
        "déjà passées aux actes pour « repolitiser le débat avec des propositions »."
    )
    doc = nlp(text)
    (quote,) = [q for q in doc._.veille_quotes if q.kind == "partial"]
    assert quote.speaker_text == "Deux militantes communistes de la Seine-Maritime"


@pytest.mark.model
def test_round2_celui_qui_periphrasis_is_the_last_speaker(nlp):
    # "a estimé celui qui est considéré comme …": the person being quoted
    text = (
        "Alain Jupin a estimé lundi que le mouvement « risque de durer ». « Je pense "
        "que le gouvernement ferait bien d'écouter », a estimé celui qui est considéré "
        "comme un mentor du Premier ministre."
    )
    quotes = direct_speakers(nlp, text)
    assert [n for t, n, _ in quotes if "écouter" in t] == ["Alain Jupin"]


@pytest.mark.model
def test_round2_on_chez_a_capitalised_adjective_noun(nlp):
    # "précise-t-on chez le Premier": the Prime Minister's office speaks, not "on"
    text = (
        "« L'indicateur ne concerne pas les impôts sur le revenu », précise-t-on chez "
        "le Premier. La suite est prévue."
    )
    quotes = direct_speakers(nlp, text)
    assert [n for _, n, _ in quotes] == ["le Premier"]


@pytest.mark.model
def test_round2_link_line_of_headlines_gives_no_subject_speaker(nlp):
    # a "Lire aussi" line strings headlines together: a place label is no speaker
    text = (
        "Les prix ont encore augmenté.\n"
        "Lire aussi : Au péage de Verdun : « Je n'ai pas assez de mon salaire »« Je "
        "dépense tout en carburant. »Haute-Loire « Les classes moyennes paient pour "
        "tout ! »Paris « Où est donc l'égalité dans ce pays ? »Nord « Ils taxent notre "
        "outil de travail »\n"
        "Une étude publiée samedi le confirme."
    )
    quotes = direct_speakers(nlp, text)
    assert quotes and {n for _, n, _ in quotes} == {None}
