"""Speaker rounds 9 and 10 (session 8): lexicon case, dates after inverted subjects,
gender from first names, organisation descriptions, incises, "selon" after the marks,
copular quotes. Every sentence is invented."""

from __future__ import annotations

import pytest


def _speaker_names(nlp, text):
    doc = nlp(text)
    names = {r.key: r.name for r in doc._.veille_entities}
    return [(q.text, names.get(q.speaker_key), q.speaker_text) for q in doc._.veille_quotes]


@pytest.mark.parametrize("text, words, name", [
    pytest.param(  # the lexicon held "ONG" in capitals while descriptions are compared lower-cased
        "L'ONG Terres Vives publie mardi un rapport sur la pollution des rivières du Jura. "
        "Le préfet Marc Delorme a reçu ses auteurs. « Nous irons jusqu'au bout de cette "
        "procédure », a assuré l'ONG dans un communiqué.",
        "l'ONG", "Terres Vives", id="ong-is-an-organisation-description"),
    pytest.param(  # the day is when, not who
        "Paul Morel, PDG du groupe Brivalor, a rencontré les syndicats de l'usine de Dole. "
        "« Nous n'avions pas d'autre choix que de fermer ce site », a expliqué le PDG lundi soir.",
        "le PDG", "Paul Morel", id="a-date-after-an-inverted-subject-is-not-part-of-it"),
    pytest.param(  # the organisation introduced with the noun, not the one named most often
        "L'ONG Terres Vives a présenté mardi son rapport au Conseil régional de Franche-Comté. "
        "Le Conseil régional de Franche-Comté examinera le texte en juin, et le Conseil régional "
        "de Franche-Comté devra voter un budget. « Nous irons jusqu'au bout de cette procédure », "
        "a assuré l'ONG dans un communiqué.",
        "l'ONG", "Terres Vives", id="organisation-description-prefers-the-one-introduced-with-that-noun"),
])
def test_one_quote_speaker_words_and_name(nlp, text, words, name):
    [(_, found_name, found_words)] = _speaker_names(nlp, text)
    assert found_words == words
    assert found_name == name


def test_an_elided_article_says_nothing_of_a_title_gender(nlp):
    # "L'" carries no gender (the tagger guesses one): "ancienne" does
    text = ("L'ancienne ministre socialiste Claire Vasseur n'a pas exclu dimanche de se présenter "
            "à nouveau. « Ce que je peux vous dire, c'est que ce combat reste le mien », "
            "a-t-elle ajouté.")
    [(_, name, _)] = _speaker_names(nlp, text)
    assert name == "Claire Vasseur"


def test_a_masculine_title_after_an_elided_article_stays_masculine(nlp):
    text = ("L'ancien ministre Paul Ardent et la sénatrice Claire Vasseur ont visité l'usine. "
            "« Nous reviendrons en juin pour voir les progrès », a-t-il promis.")
    [(_, name, _)] = _speaker_names(nlp, text)
    assert name == "Paul Ardent"


def test_a_title_is_not_the_one_person_only_named_in_a_complement(nlp):
    # the host is named only inside "une émission de X": talked about, never
    # introduced as the titled speaker
    text = ("« Quelle arrogance ! » a lancé la secrétaire d'État à ceux qui critiquaient sa venue "
            "dans une émission de Cyril Delorme. Interrogée au Sénat sur sa présence dans une émission "
            "de Cyril Delorme pour parler aux Français, la secrétaire d'État a répondu : « Des millions de gens regardent cette "
            "émission chaque semaine. »")
    quotes = _speaker_names(nlp, text)
    assert quotes and all(name != "Cyril Delorme" for _, name, _ in quotes)


def test_a_vox_pop_introduction_with_a_long_apposition_is_a_subject(nlp):
    # "X, <apposition of ten words>, <another>, est venue": X is the new subject,
    # so "elle" after it is X, not the woman quoted before
    text = ("Sophie Marty, 31 ans, caissière, a fait le trajet depuis Albi. « On ne lâchera rien cette "
            "fois », insiste-t-elle. Laure Vidal, une infirmière lyonnaise d'une quarantaine d'années "
            "environ, en arrêt maladie depuis deux mois, est venue avec sa sœur. « Je veux une "
            "société avec plus de partage », souligne-t-elle.")
    quotes = _speaker_names(nlp, text)
    assert [name for _, name, _ in quotes] == ["Sophie Marty", "Laure Vidal"]


def test_an_organisation_introduced_in_an_apposition_is_its_description(nlp):
    # "la Fédération Zorbex, le syndicat des métallos": "le syndicat" is the
    # federation, not the company the article names more often
    text = ("Les dirigeants du groupe Ferlam ont déjà gagné le salaire annuel d'un ouvrier, annonce "
            "la Fédération Zorbex, le syndicat des métallos, dans une étude. Le groupe Ferlam a "
            "gagné 2 % en 2018 et Ferlam reste proche de ses records. « Un patron gagne quarante fois le "
            "salaire médian », détaille Paul Ardent, économiste. Le syndicat dénonce une "
            "« injustice qui ne cesse de grandir ».")
    quotes = _speaker_names(nlp, text)
    assert {name for q, name, _ in quotes if "injustice" in q} == {"Fédération Zorbex"}


@pytest.mark.parametrize("name, gender", [
    ("Nathalie Morin", "Fem"), ("Cyril Morin", "Masc"), ("Jean Morin", "Masc"), ("Camille Morin", None),
])
def test_first_names_say_the_gender_the_tagger_guesses(nlp, name, gender):
    from veille.nlp.speakers import SpeakerIndex

    doc = nlp(f"Hier, {name} a visité l'usine de Dole avec des élus.")
    index = SpeakerIndex(doc)
    (mention,) = [m for m in index.mentions if m.name == name]
    assert index.gender_of(mention) == gender


def test_elle_goes_to_the_woman_named_with_a_first_name(nlp):
    text = ("Paul Ardent et Nathalie Morin ont visité l'usine de Dole mardi. Nathalie Morin a rencontré "
            "les salariés. « Nous ne laisserons pas fermer ce site », a-t-elle assuré.")
    [(_, name, _)] = _speaker_names(nlp, text)
    assert name == "Nathalie Morin"



def test_d_apres_is_not_part_of_the_source(nlp):
    text = "D'après la même source, la police de Dole est chargée de l'enquête depuis lundi."
    [(_, _, words)] = _speaker_names(nlp, text)
    assert words == "la même source"


def test_the_same_source_is_the_source_cited_last(nlp):
    text = ("Selon le procureur de Dole, Paul Ardent, le conducteur roulait à 130 km/h. "
            "D'après la même source, la police de Dole est chargée de l'enquête depuis lundi.")
    quotes = _speaker_names(nlp, text)
    assert [name for _, name, _ in quotes] == ["Paul Ardent", "Paul Ardent"]


def test_words_in_marks_after_a_set_off_name_and_its_copula_are_that_persons(nlp):
    # the parser makes "Laure" the root and finds no subject for "est « contente … »"
    text = ("Laure Vidal, une infirmière lyonnaise, est « contente de voir qu'avec ce mouvement "
            "les gens se remettent à se mobiliser ».")
    [(quote, name, _)] = _speaker_names(nlp, text)
    assert quote.startswith("contente de voir") and name == "Laure Vidal"


def test_a_participle_in_a_compound_tense_is_no_naming_word(nlp):
    # "a appelé « … »" calls on people; "un collectif appelé « … »" names one
    said = _speaker_names(nlp, "Le ministre Paul Ardent a encore appelé « tous les acteurs du "
                               "débat public » à la responsabilité.")
    assert [(q, name) for q, name, _ in said] == [("tous les acteurs du débat public", "Paul Ardent")]
    assert _speaker_names(nlp, "Un collectif appelé « Les amis de la forêt du Jura » a vu le jour.") == []


def test_a_capitalised_plural_noun_and_its_adjective_name_a_group(nlp):
    # "des Bonnets rouges": a movement, not a person called "Bonnets"
    doc = nlp("La colère des Bonnets rouges ne faiblit pas en Bretagne, selon la préfecture.")
    kinds = {(e.name, e.type) for e in doc._.veille_entities}
    assert ("Bonnets rouges", "MISC") in kinds
    assert not any(e.type == "PER" for e in doc._.veille_entities)


def test_a_possessive_title_does_not_name_a_person_met_later(nlp):
    text = ("Le prévenu a travaillé en intérim pendant dix ans. « Tous les mois en 2018 », plaide son "
            "avocat. Le préfet Paul Ardent a ensuite rappelé les consignes de sécurité.")
    said = _speaker_names(nlp, text)
    assert [name for _, name, _ in said if name] == []


@pytest.mark.parametrize("text, quote_start, name", [
    pytest.param(  # "a encore annoncé le ministre": the adverb does not end the incise, so the
        # embedded words are the minister's, not the clause subject's ("Le tarif")
        "Le ministre Paul Ardent a ouvert le débat mardi. Le tarif augmentera de 2 % « dès le "
        "mois de janvier prochain », a encore annoncé le ministre.",
        "dès le mois", "Paul Ardent", id="an-adverb-inside-the-incise-keeps-it-the-cue"),
    pytest.param(  # the sentence before the quote has "le syndicat" as subject, named after the
        # previous quote's speaker: the quote is the union's, not the economist's
        "« Un patron gagne quarante fois le salaire médian », détaille Paul Ardent, économiste "
        "à la CGT Métallurgie, le syndicat des métallos. Comme les gilets jaunes, le syndicat "
        "s'inquiète de l'évolution des salaires. « Nos salaires évoluent très peu au-delà du "
        "coût de la vie. »",
        "Nos salaires", "CGT Métallurgie", id="a-described-subject-before-a-bare-quote-speaks-it"),
    pytest.param(  # the clause is about the lawyers ("Elles"), the words are the one "selon" names
        "Les avocates défileront mardi à Paris. Elles dénonceront la « mort annoncée de la justice "
        "humaine », selon les mots de l'avocate lyonnaise Claire Vasseur.",
        "mort annoncée", "Claire Vasseur", id="selon-right-after-the-marks-names-the-quote-source"),
])
def test_the_quote_starting_so_has_this_speaker(nlp, text, quote_start, name):
    quotes = _speaker_names(nlp, text)
    assert [found for q, found, _ in quotes if q.startswith(quote_start)] == [name]
