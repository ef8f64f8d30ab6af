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


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # a verbless segment glued to "selon X" after the journalist's clause
    ("Les élus du groupe ont voté pour, pas « par conviction » mais par « devoir » selon leur président "
     "Marc Olier.", "pas « par conviction » mais par « devoir »"),
    # a figure set off by commas, subject of the verb after the source
    ("Les heurts se sont ensuite déplacés vers le port, où jusqu'à 200 manifestants au plus fort, selon une "
     "source policière, armés de bâtons, ont fait face aux gendarmes.", "jusqu'à 200 manifestants au plus fort"),
    # "X, selon laquelle <content>, a présenté …": the antecedent's verb ends the content
    ("La ministre de la Santé Claire Vernet, selon laquelle cette réforme n'était pas appliquée dans tous les "
     "hôpitaux et manquait de moyens, a présenté un nouveau plan.",
     "cette réforme n'était pas appliquée dans tous les hôpitaux et manquait de moyens"),
])
def test_selon_vouches_for_its_own_segment(nlp, text, content):
    assert [q.text for q in indirect(nlp, text)] == [content]


@pytest.mark.model
def test_selon_after_a_clause_of_one_piece_keeps_it_whole(nlp):
    text = ("Deux reporters affirment avoir été visés, l'un d'eux ayant été touché à la jambe, par une balle "
            "en caoutchouc selon lui.")
    assert "par une balle en caoutchouc" not in [q.text for q in indirect(nlp, text)]


@pytest.mark.model
def test_a_short_utterance_with_its_own_cue_is_indirect_with_its_marks(nlp):
    text = ("La séance a été houleuse. « Une mascarade », assénait d'ailleurs le conseiller Marc Olier, "
            "qui dénonçait le coût de la réunion.")
    found = [q for q in indirect(nlp, text) if "mascarade" in q.text]
    assert [q.text for q in found] == ["« Une mascarade »"]
    assert found[0].speaker_text == "Marc Olier"


@pytest.mark.model
def test_arguer_is_a_speech_verb(nlp):
    text = ("Et le parti a soutenu l'un des siens, Marc Olier « qui aurait pu finir sa carrière de belle "
            "façon au conseil », arguait Paul Ternier.")
    doc = nlp(text)
    found = [q for q in doc._.veille_quotes if q.kind in ("direct", "partial")]
    assert [q.speaker_text for q in found] == ["Paul Ternier"]


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # the object after an adverbial phrase the parser hangs it on
    ("Le préfet Marc Delorme avait condamné au début de son discours les « dégradations intolérables » qui ont "
     "marqué la journée de samedi.", "les « dégradations intolérables » qui ont marqué la journée de samedi"),
    # "redouter <NP>": a fear stated (test3 reading of decision 10)
    ("La présidente de l'association Paula Ternier redoute une hausse des accidents sur les routes du département.",
     "une hausse des accidents sur les routes du département"),
    # "s'inquiéter de <NP>", the main clause after the subordinate left out
    ("Lorsque son président s'inquiète de l'équilibre des finances publiques au motif que dix milliards vont "
     "aux ménages, il oublie le reste.", "l'équilibre des finances publiques au motif que dix milliards vont aux ménages"),
    # "reprocher à X <NP>": the reproach is the object after the addressee
    ("L'Italie a notamment reproché à Paris ses positions jugées peu solidaires dans la gestion des migrations.",
     "ses positions jugées peu solidaires dans la gestion des migrations"),
    # "comme l'a rappelé X": the clause it stands for
    ("Comme l'a rappelé le maire Paul Ternier, la ville n'a plus les moyens d'entretenir ce bâtiment.",
     "la ville n'a plus les moyens d'entretenir ce bâtiment"),
    ("La ville n'a plus les moyens d'entretenir ce bâtiment, comme l'a souligné mardi la Cour des comptes.",
     "La ville n'a plus les moyens d'entretenir ce bâtiment"),
    # "tout en <participle>": the speaker's own act, not the content
    ("Le ministre Paul Ternier a annoncé que la conférence était annulée tout en dévoilant une photo de sa voiture.",
     "la conférence était annulée"),
])
def test_noun_phrase_and_comme_contents(nlp, text, content):
    assert [q.text for q in indirect(nlp, text)] == [content]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a demand: the clitic stands for the thing demanded, no statement (decision 9)
    "Les retraités veulent une hausse des pensions à 1 500 euros comme l'exige la confédération syndicale.",
    # the person worried is no speaker
    "La situation inquiète Paula Ternier, la présidente de l'association des riverains.",
    # "comme l'explique X" as an incise inside the clause: not the words before it
    "Une solution qui, comme l'explique le quotidien Le Soir, laissait la porte ouverte à un retour de la taxe.",
])
def test_no_statement(nlp, text):
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_selon_inside_a_relative_is_not_a_segment(nlp):
    text = ("Le ministre Marc Olier a rappelé que son prédécesseur avait augmenté les impôts, ce qui selon lui "
            "devrait inciter à la modestie.")
    assert "ce qui" not in [q.text for q in indirect(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # "Rien que" opens the content: no relative clause
    ("Rien que dans la nuit de samedi à dimanche, six appareils ont été détruits dans le département, rapporte "
     "Le Courrier picard.", "Rien que dans la nuit de samedi à dimanche, six appareils ont été détruits dans le département"),
    # the content's verb read as the cue's auxiliary, its subject as the cue's
    ("Il n'y aurait \"aucune raison\" pour le gouvernement français de s'opposer à une éventuelle extradition "
     "d'anciens \"militants\" italiens réclamés par Rome à la justice française, a estimé lundi la ministre des "
     "Affaires européennes Claire Vernet.",
     "Il n'y aurait \"aucune raison\" pour le gouvernement français de s'opposer à une éventuelle extradition "
     "d'anciens \"militants\" italiens réclamés par Rome à la justice française"),
])
def test_inverted_cue_after_a_content_the_parser_misreads(nlp, text, content):
    assert [q.text for q in indirect(nlp, text)] == [content]


@pytest.mark.model
def test_figure_with_no_break_spaces_is_what_selon_vouches_for(nlp):
    text = "Il a plu toute la matinée. Entre\u00a0800\u00a0et\u00a0900\u00a0personnes, selon la préfecture, ont défilé dans le centre-ville."
    assert [q.text for q in indirect(nlp, text)] == ["Entre\u00a0800\u00a0et\u00a0900\u00a0personnes"]
