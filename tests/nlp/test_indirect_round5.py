"""Indirect speech, round 5 (issue #3, session 6): classes read off the retired
test3 half, each tested on an invented French sentence (fictional people and bodies)."""

from __future__ import annotations

import pytest


def indirect(nlp, text):
    doc = nlp(text)
    return [q for q in doc._.veille_quotes if q.kind == "indirect"]


@pytest.mark.model
def test_fronted_participle_takes_the_main_subject_after_it(nlp):
    text = ("Paul Ternier a répondu aux habitants. Soulignant que le chef de file du parti n'avait « pas été "
            "capable de prononcer le nom du candidat » pour appeler à voter pour lui, il a dénoncé une "
            "« capitulation morale et intellectuelle ».")
    found = [q for q in indirect(nlp, text) if q.text.startswith("le chef")]
    assert len(found) == 1
    # the content stops before the main clause; "il", its subject, speaks
    assert found[0].text.endswith("pour appeler à voter pour lui")
    assert found[0].speaker_text == "il" and found[0].speaker_key is not None


@pytest.mark.model
def test_a_second_participle_after_et_ends_the_content(nlp):
    text = ("L'association Terre Vive a déploré une situation alarmante, affirmant que les rivières sont "
            "menacées par les rejets et soulignant l'urgence d'agir.")
    found = [q for q in indirect(nlp, text) if q.text.startswith("les rivières")]
    assert [q.text for q in found] == ["les rivières sont menacées par les rejets"]
