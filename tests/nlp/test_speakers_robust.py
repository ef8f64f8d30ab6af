"""Speaker attribution on constructions the dev articles do not show (issue #3):
a name after a prepositional phrase holding a hyphenated name, an abstract noun
taken for a speaker. Every sentence is invented (fictional people)."""

from __future__ import annotations

import pytest


def direct_speakers(nlp, text):
    doc = nlp(text)
    names = {e.key: e.name for e in doc._.veille_entities or ()}
    return [
        (q.text, names.get(q.speaker_key, q.speaker_text), q.rule)
        for q in doc._.veille_quotes
        if q.kind == "direct"
    ]


@pytest.mark.model
def test_speakers_inverted_name_after_hyphenated_name_in_a_pp(nlp):
    # the tokenizer splits "France-Presse" into three tokens; the bare hyphen is
    # part of the name, not the end of the search for the inverted subject
    text = (
        "Une enquête a été ouverte vendredi. « Nous attendons les procès-verbaux avant "
        "de décider », a indiqué à un correspondant de l'Agence France-Presse Hélène "
        "Marquet, procureure de la République de Vesoul."
    )
    (_, name, rule), = direct_speakers(nlp, text)
    assert name == "Hélène Marquet"
    assert rule == "inverted_subject"


@pytest.mark.model
def test_speakers_abstract_noun_is_no_speaker(nlp):
    # "l'augmentation … interroge les habitants": the subject of the speech verb
    # names an action; the quote keeps the speaker of the paragraph instead
    text = (
        "Roger Blanchet, retraité, manifeste depuis deux semaines. « Ce n'est plus "
        "possible de vivre comme ça », lance-t-il. « Les fins de mois commencent le "
        "dix. » L'augmentation des loyers interroge aussi les habitants du quartier."
    )
    found = direct_speakers(nlp, text)
    assert [name for _, name, _ in found] == ["Roger Blanchet", "Roger Blanchet"]
