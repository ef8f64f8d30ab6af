"""Speakers written as a description of someone the article names (session 9):
the one actor introduced with the description's words, an apposition after the
title's own complement, and posts whose holder the article names without the title.
Every sentence is invented (fictional people, except the office holders the table
of ``lang.office_holders`` knows)."""

from __future__ import annotations

import pytest


def _quote_speakers(nlp, text):
    doc = nlp(text)
    names = {r.key: r.name for r in doc._.veille_entities}
    return [(q.text, names.get(q.speaker_key)) for q in doc._.veille_quotes if q.kind in ("direct", "partial")]


@pytest.mark.parametrize("text, name", [
    pytest.param(  # a trade noun no lexicon lists, written beside the name before
        "Vincent Morlaix, guide touristique à Wissant, connaît la plage depuis vingt ans. "
        "Le maire Paul Ternier a salué la découverte. « Une prise de mer extraordinaire pour toute "
        "la région », raconte le guide touristique.",
        "Vincent Morlaix", id="title-words-beside-one-name"),
    pytest.param(  # "le chef du gouvernement" stands for the post the article wrote
        "Le Premier ministre Manuel Valls était en Israël mardi. Paul Ternier, le maire de Rennes, "
        "a critiqué la loi. Selon le chef du gouvernement, la grève « est une impasse totale pour tous ».",
        "Manuel Valls", id="a-periphrasis-of-the-title-written"),
    pytest.param(  # the subject phrase stopped before "chargé du numérique"
        "Damien Lorrain critique le gouvernement. Anne Vidal aussi. Ainsi, le secrétaire d'État "
        "chargé du numérique, Marc Dervieux, a écrit que « les manifestants sont pacifiques dans "
        "leur immense majorité ».",
        "Marc Dervieux", id="apposition-after-the-titles-complement"),
    pytest.param(  # an aside with no verb between the title and the name
        "Jean Vasseur et Paul Ternier ont été interpellés mardi. « Ils préparaient une action "
        "violente de manière imminente », a indiqué le procureur de la République de Paris, chargé "
        "des affaires de terrorisme, François Molard.",
        "François Molard", id="apposition-after-an-aside"),
    pytest.param(  # the article never titles him: the post's holder it names
        "Emmanuel Macron s'est rendu à Lyon mardi. Paul Ternier l'accompagnait. « Nous agirons "
        "vite et fort pour l'emploi », a déclaré le chef de l'État devant les ouvriers.",
        "Emmanuel Macron", id="head-of-state-named-without-title"),
])
def test_description_speaker_is_the_named_actor(nlp, text, name):
    [(_, found)] = _quote_speakers(nlp, text)
    assert found == name


def test_country_word_picks_the_holder_of_that_country(nlp):
    text = ("Donald Trump a critiqué Emmanuel Macron sur Twitter. « Les vastes manifestations en "
            "France ne prennent pas fin », a lancé le président américain. « Entre alliés on se "
            "doit le respect », a répondu le président français.")
    assert [name for _, name in _quote_speakers(nlp, text)] == ["Donald Trump", "Emmanuel Macron"]


def test_a_bare_president_is_not_the_head_of_state(nlp):
    # a club's president is described the same way: no country, no office holder
    text = ("Le président du club, Marc Lenoir, était ravi. Emmanuel Macron avait félicité "
            "l'équipe. « Une saison exceptionnelle pour tous les joueurs », a dit le président.")
    assert _quote_speakers(nlp, text)[0][1] == "Marc Lenoir"


def test_two_actors_with_the_words_is_no_link(nlp):
    # both were introduced as "guide": the description says nothing between them
    text = ("Vincent Morlaix, guide à Wissant, et Julien Ferrand, guide à Calais, ont vu l'épave. "
            "« Une prise de mer extraordinaire pour toute la région », raconte le guide.")
    assert _quote_speakers(nlp, text)[0][1] is None



@pytest.mark.parametrize("text, verb, subject", [
    ("L'archevêque, qui a accusé en août le pape d'avoir ignoré des signalements, se tait.", "accusé", None),
    ("« Nous partirons demain », a déclaré le ministre de l'Intérieur.", "déclaré", "ministre"),
])
def test_the_object_of_accuser_de_is_no_inverted_subject(nlp, text, verb, subject):
    # "a accusé le pape d'avoir …": the accused, not who speaks
    from veille.nlp.speech_syntax import inverted_subject

    doc = nlp(text)
    [tok] = [t for t in doc if t.text == verb]
    found = inverted_subject(tok)
    assert (found.text if found is not None else None) == subject


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_typographic_apostrophe_keeps_the_speaker_phrase_whole(nlp, apostrophe):
    # "d’" is "de" as much as "d'": the phrase does not stop before it
    text = (f"Les militants défilent dans le calme. « C{apostrophe}est une petite mobilisation, mais "
            f"ils mettent la pression », râle un membre du service d{apostrophe}ordre de la CGT.")
    [q] = [q for q in nlp(text)._.veille_quotes if q.kind == "direct"]
    assert q.speaker_text == f"un membre du service d{apostrophe}ordre de la CGT"


def test_a_name_starting_the_next_clause_is_no_apposition(nlp):
    # after "contenus dans le message," the name is the subject of its own verb
    text = ("Selon les courriels contenus dans le message, Marc Dervieux avait approuvé l'idée "
            "que la société ne publierait jamais ses logiciels.")
    doc = nlp(text)
    names = {r.key: r.name for r in doc._.veille_entities}
    [q] = [q for q in doc._.veille_quotes if q.kind == "indirect"]
    assert q.speaker_text == "les courriels" and names.get(q.speaker_key) != "Marc Dervieux"
