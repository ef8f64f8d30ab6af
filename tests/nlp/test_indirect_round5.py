"""Indirect speech, round 5 (issue #3, session 6): classes read off the retired
test3 half, each tested on an invented French sentence (fictional people and bodies)."""

from __future__ import annotations

import pytest


def indirect(nlp, text):
    doc = nlp(text)
    return [q for q in doc._.veille_quotes if q.kind == "indirect"]


@pytest.mark.model
def test_fronted_participle_takes_the_main_subject_after_it(nlp):
    text = ("Jeanne Roux a pris la parole. Estimant que le président du club n'avait « pas été fichu de prononcer "
            "le nom de l'entraîneur » pour saluer la victoire de l'équipe, elle a regretté une « ingratitude totale "
            "et blessante ».")
    found = [q for q in indirect(nlp, text) if q.text.startswith("le président")]
    assert len(found) == 1
    # the content stops before the main clause; "elle", its subject, speaks
    assert found[0].text.endswith("pour saluer la victoire de l'équipe")
    assert found[0].speaker_text == "elle" and found[0].speaker_key is not None


@pytest.mark.model
def test_a_second_participle_after_et_ends_the_content(nlp):
    text = ("L'association Terre Vive a publié un bilan, affirmant que les nappes sont polluées par les engrais "
            "et soulignant l'urgence d'agir.")
    found = [q for q in indirect(nlp, text) if q.text.startswith("les nappes")]
    assert [q.text for q in found] == ["les nappes sont polluées par les engrais"]


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # a verbless segment glued to "d'après X" after the journalist's clause
    ("Les conseillers ont approuvé le texte, non « par enthousiasme » mais par « loyauté » d'après leur "
     "porte-parole Jeanne Roux.", "non « par enthousiasme » mais par « loyauté »"),
    # a figure set off by commas, subject of the verb after the source
    ("Le cortège a ensuite gagné la gare, où près de 400 cheminots en grève, selon un syndicaliste, venus de "
     "toute la région, ont bloqué les voies.", "près de 400 cheminots en grève"),
    # "X, selon laquelle <content>, a présenté …": the antecedent's verb ends the content
    ("La ministre de la Culture Jeanne Roux, selon laquelle ce musée n'attirait plus assez de visiteurs et "
     "coûtait trop cher, a présenté un projet « tourné vers l'avenir » qui « parle aux jeunes générations "
     "d'aujourd'hui ».", "ce musée n'attirait plus assez de visiteurs et coûtait trop cher"),
])
def test_selon_vouches_for_its_own_segment(nlp, text, content):
    assert [q.text for q in indirect(nlp, text)][:1] == [content]


@pytest.mark.model
def test_selon_after_a_clause_of_one_piece_keeps_it_whole(nlp):
    text = ("Deux coureurs disent avoir été bousculés, l'un d'eux ayant chuté lourdement dans la descente, à cause "
            "d'une moto selon lui.")
    assert "à cause d'une moto" not in [q.text for q in indirect(nlp, text)]


@pytest.mark.model
def test_a_short_utterance_with_its_own_cue_is_indirect_with_its_marks(nlp):
    text = "Le débat a tourné court. « Quelle honte », lançait alors la conseillère Jeanne Roux, qui contestait le calendrier."
    found = [q for q in indirect(nlp, text) if "honte" in q.text]
    assert [q.text for q in found] == ["« Quelle honte »"]
    assert found[0].speaker_text == "Jeanne Roux"


@pytest.mark.model
def test_arguer_is_a_speech_verb(nlp):
    text = ("Et la majorité a proposé l'un de ses membres, Marc Olier « qui connaît bien les dossiers d'urbanisme "
            "de la commune », arguait Jeanne Roux.")
    doc = nlp(text)
    found = [q for q in doc._.veille_quotes if q.kind in ("direct", "partial")]
    assert [q.speaker_text for q in found] == ["Jeanne Roux"]


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # the object after an adverbial phrase the parser hangs it on
    ("Le maire Paul Arnaud avait dénoncé dès l'ouverture de la séance les « dépenses excessives » qui ont plombé "
     "les comptes.", "les « dépenses excessives » qui ont plombé les comptes"),
    # "redouter <NP>": a fear stated (test3 reading of decision 10)
    ("Le syndicat des pharmaciens redoute une pénurie de médicaments durant tout l'hiver prochain.",
     "une pénurie de médicaments durant tout l'hiver prochain"),
    # "s'inquiéter de <NP>", the main clause after the subordinate left out
    ("Quand la rectrice s'inquiète de la baisse des effectifs dans les écoles rurales, elle oublie les villes.",
     "la baisse des effectifs dans les écoles rurales"),
    # "reprocher à X <NP>": the reproach is the object after the addressee
    ("Berlin a vivement reproché à Varsovie ses choix jugés contraires aux règles communes du marché.",
     "ses choix jugés contraires aux règles communes du marché"),
    # "comme l'a rappelé X": the clause it stands for
    ("Comme l'a rappelé le maire Paul Ternier, la ville n'a plus les moyens d'entretenir ce bâtiment.",
     "la ville n'a plus les moyens d'entretenir ce bâtiment"),
    ("La ville n'a plus les moyens d'entretenir ce bâtiment, comme l'a souligné mardi la Cour des comptes.",
     "La ville n'a plus les moyens d'entretenir ce bâtiment"),
    # "tout en <participle>": the speaker's own act, not the content
    ("La ministre Jeanne Roux a confirmé que le sommet était reporté tout en publiant un message de soutien aux "
     "agriculteurs.", "le sommet était reporté"),
])
def test_noun_phrase_and_comme_contents(nlp, text, content):
    assert [q.text for q in indirect(nlp, text)] == [content]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a demand: the clitic stands for the thing demanded, no statement (decision 9)
    "Les étudiants veulent un gel des loyers comme l'exige le syndicat étudiant.",
    # the person worried is no speaker
    "Le projet inquiète beaucoup Paula Ternier, qui préside l'association des riverains.",
    # "comme l'explique X" as an incise inside the clause: not the words before it
    "Un compromis qui, comme l'explique le quotidien Le Soir, ménageait les deux camps jusqu'au printemps.",
])
def test_no_statement(nlp, text):
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_selon_inside_a_relative_is_not_a_segment(nlp):
    text = ("L'élue Jeanne Roux a rappelé que la mairie avait vendu le terrain, ce qui selon elle devrait faire "
            "réfléchir la majorité.")
    assert "ce qui" not in [q.text for q in indirect(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # "Rien que" opens the content: no relative clause
    ("Rien que sur la seule journée de mardi, quatre camions ont été bloqués à la frontière, rapporte La Voix "
     "du Nord.", "Rien que sur la seule journée de mardi, quatre camions ont été bloqués à la frontière"),
    # the content's verb read as the cue's auxiliary, its subject as the cue's
    ("Il n'y aurait \"aucun obstacle\" pour la commune à accueillir un festival de musique l'été prochain, a "
     "estimé jeudi la préfète de la région Jeanne Roux.",
     "Il n'y aurait \"aucun obstacle\" pour la commune à accueillir un festival de musique l'été prochain"),
])
def test_inverted_cue_after_a_content_the_parser_misreads(nlp, text, content):
    assert [q.text for q in indirect(nlp, text)] == [content]


@pytest.mark.model
def test_figure_with_no_break_spaces_is_what_selon_vouches_for(nlp):
    text = "Il a plu toute la matinée. Entre\u00a0800\u00a0et\u00a0900\u00a0personnes, selon la préfecture, ont défilé dans le centre-ville."
    assert [q.text for q in indirect(nlp, text)] == ["Entre\u00a0800\u00a0et\u00a0900\u00a0personnes"]
