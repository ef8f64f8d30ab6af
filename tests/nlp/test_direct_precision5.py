"""Direct-quotation precision, session 5: offence names in marks are labels (guideline)."""

from __future__ import annotations

from veille.nlp.quotes import QuoteFinder


def _texts(nlp, text):
    return [q.text for q in QuoteFinder(nlp)(nlp(text))._.veille_quotes]


def test_offence_name_after_pour_is_a_label(blank_nlp):
    text = ("L'ancien gardien sera jugé en mars pour « vol aggravé en bande organisée "
            "et recel de biens publics » devant le tribunal de Nantes.")
    assert _texts(blank_nlp, text) == []


def test_offence_name_after_chef_de_is_a_label(blank_nlp):
    text = ("Le militant a été mis en examen du chef de « violences volontaires sur "
            "un agent de la force publique » samedi soir.")
    assert _texts(blank_nlp, text) == []


def test_quotation_after_pour_with_a_sentence_stays(blank_nlp):
    text = ("Il a plaidé pour « violences et menaces, voilà ce que nous subissons. » "
            "a lancé la syndicaliste.")
    assert len(_texts(blank_nlp, text)) == 1


def test_quotation_not_starting_with_an_offence_stays(blank_nlp):
    text = "La maire plaide pour « une écoute réelle des habitants du quartier »."
    assert len(_texts(blank_nlp, text)) == 1


def test_label_noun_with_a_name_is_a_label(blank_nlp):
    text = "Le ministre a promis un « plan Vauban pour les petites villes » dès janvier."
    assert _texts(blank_nlp, text) == []


def test_label_noun_without_a_name_stays(blank_nlp):
    text = "Le ministre a promis un « plan ambitieux pour les petites villes » dès janvier."
    assert len(_texts(blank_nlp, text)) == 1
