"""Tests for the ``veille_dates`` component, on French sentences written for them.

Publication date used for relative dates: Tuesday 5 March 2024 (ISO week 10).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from veille.models import DateMention
from veille.nlp.dates import DateFinder
from veille.nlp.extensions import DATES_KEY

PUBLISHED = "2024-03-05"  # a Tuesday


@pytest.fixture
def dates(blank_nlp):
    """Run DateFinder on a blank French Doc; check offsets of every item on the way."""
    finder = DateFinder(blank_nlp)

    def run(text: str, published: object = PUBLISHED) -> list[DateMention]:
        doc = blank_nlp(text)
        doc._.veille_published = published
        found = finder(doc)._.veille_dates
        for item in found:
            assert text[item.start : item.end] == item.text
        assert [(s.start_char, s.end_char) for s in doc.spans[DATES_KEY]] == [
            (d.start, d.end) for d in found
        ]
        return found

    return run


def only(found: list[DateMention]) -> DateMention:
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "granularity"),
    [
        ("L'accord a été signé le 5 mars 2024 à Rennes.", "5 mars 2024", "2024-03-05", "day"),
        ("L'accord a été signé mardi 5 mars 2024 à Rennes.", "mardi 5 mars 2024", "2024-03-05", "day"),
        ("L'usine a fermé le 1er janvier 2020.", "1er janvier 2020", "2020-01-01", "day"),
        ("Le contrat court depuis le 5 sept. 2023.", "5 sept. 2023", "2023-09-05", "day"),
        ("L'accord a été signé en mars 2024 à Rennes.", "mars 2024", "2024-03", "month"),
        ("L'entreprise a été fondée en 2016 à Lyon.", "2016", "2016", "year"),
        ("Les comptes de 2016 étaient déjà fragiles.", "2016", "2016", "year"),
        ("Elle dirige le groupe depuis 2019.", "2019", "2019", "year"),
        ("Il devait partir pas plus tard qu'en 2019.", "2019", "2019", "year"),
        ("Les travaux reprendront fin 2025.", "2025", "2025", "year"),
        ("Le jugement du 12/03/2024 est définitif.", "12/03/2024", "2024-03-12", "day"),
        ("Le jugement du 12.03.24 est définitif.", "12.03.24", "2024-03-12", "day"),
        ("Le jugement du 2024-03-12 est définitif.", "2024-03-12", "2024-03-12", "day"),
    ],
)
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_dates_absolute_do_not_need_publication(dates, text, span, value, granularity, published):
    mention = only(dates(text, published))
    assert (mention.text, mention.value, mention.granularity, mention.relative) == (
        span, value, granularity, False,
    )


def test_dates_invalid_day_falls_back_to_month_or_nothing(dates):
    mention = only(dates("Le texte daté du 31 février 2023 est un faux."))
    assert (mention.text, mention.value, mention.granularity) == ("février 2023", "2023-02", "month")
    assert dates("Le texte daté du 31/02/2023 est un faux.") == []


@pytest.mark.parametrize(
    ("text", "span", "value", "granularity"),
    [
        ("Le conseil s'est réuni mardi à huis clos.", "mardi", "2024-03-05", "day"),
        ("Le conseil s'est réuni lundi à huis clos.", "lundi", "2024-03-04", "day"),
        ("Le conseil s'est réuni mercredi à huis clos.", "mercredi", "2024-02-28", "day"),
        ("Le conseil s'est réuni mardi dernier à huis clos.", "mardi dernier", "2024-02-27", "day"),
        ("Le conseil se réunira mardi prochain à huis clos.", "mardi prochain", "2024-03-12", "day"),
        ("Le conseil se réunira jeudi prochain à huis clos.", "jeudi prochain", "2024-03-07", "day"),
        ("Le maire a parlé hier soir.", "hier", "2024-03-04", "day"),
        ("Le maire a parlé avant-hier soir.", "avant-hier", "2024-03-03", "day"),
        ("Le maire parle aujourd'hui à Nantes.", "aujourd'hui", "2024-03-05", "day"),
        ("Le maire parle aujourd’hui à Nantes.", "aujourd’hui", "2024-03-05", "day"),
        ("Le maire parlera demain à Nantes.", "demain", "2024-03-06", "day"),
        ("La grève a commencé la semaine dernière.", "la semaine dernière", "2024-W09", "week"),
        ("La grève a commencé cette semaine.", "cette semaine", "2024-W10", "week"),
        ("La grève a commencé il y a deux semaines.", "il y a deux semaines", "2024-W08", "week"),
        ("La grève a commencé il y a 3 jours.", "il y a 3 jours", "2024-03-02", "day"),
        ("Le chantier a démarré le mois dernier.", "le mois dernier", "2024-02", "month"),
        ("Le chantier finira dans trois mois.", "dans trois mois", "2024-06", "month"),
        ("Le chantier a démarré l'année dernière.", "l'année dernière", "2023", "year"),
        ("Le chantier a démarré l'an dernier.", "l'an dernier", "2023", "year"),
        ("Le chantier reprendra l'an prochain.", "l'an prochain", "2025", "year"),
        ("Elle a porté plainte plus tôt cette année.", "cette année", "2024", "year"),
        ("Le conseil a voté en novembre la fin du projet.", "novembre", "2023-11", "month"),
        ("Le conseil a voté en février la fin du projet.", "février", "2024-02", "month"),
        ("Le conseil a voté en mars la fin du projet.", "mars", "2024-03", "month"),
        ("Le conseil votera en novembre prochain.", "novembre prochain", "2024-11", "month"),
        ("Le conseil a voté en mars dernier.", "mars dernier", "2023-03", "month"),
        ("Le conseil a voté à la mi-janvier.", "mi-janvier", "2024-01", "month"),
        ("Le conseil a voté le 1er février.", "1er février", "2024-02-01", "day"),
        ("Le conseil votera le 20 mars.", "20 mars", "2024-03-20", "day"),
        ("Le conseil a voté le 20 mars dernier.", "20 mars dernier", "2023-03-20", "day"),
        ("Le conseil votera le 2 mars prochain.", "2 mars prochain", "2025-03-02", "day"),
    ],
)
def test_dates_relative_resolved_against_publication(dates, text, span, value, granularity):
    mention = only(dates(text))
    assert (mention.text, mention.value, mention.granularity, mention.relative) == (
        span, value, granularity, True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil s'est réuni mardi à huis clos.",
        "Le maire a parlé hier soir.",
        "La grève a commencé la semaine dernière.",
        "La grève a commencé il y a deux semaines.",
        "Le conseil a voté en novembre la fin du projet.",
        "Le conseil a voté le 1er février.",
        "Elle a porté plainte plus tôt cette année.",
    ],
)
@pytest.mark.parametrize("published", [None, "", "inconnue"])
def test_dates_relative_unresolved_without_publication(dates, text, published):
    mention = only(dates(text, published))
    assert mention.value is None
    assert mention.relative is True
    assert mention.granularity is not None


def test_dates_publication_datetime_and_day_first_accepted(dates):
    assert only(dates("Il a parlé hier.", "2024-03-05T18:30:00+01:00")).value == "2024-03-04"
    assert only(dates("Il a parlé hier.", "5-3-2024")).value == "2024-03-04"
    assert only(dates("Il a parlé hier.", date(2024, 3, 5))).value == "2024-03-04"
    assert only(dates("Il a parlé hier.", datetime(2024, 3, 5, 9))).value == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "La réunion commence à 14 h et finit à 16h30.",
        "Il a travaillé pendant trois ans à Lille.",
        "Agé de 45 ans, il dirige 2016 salariés.",
        "Il habite au 2019 de la rue Nationale.",
        "Le troisième samedi de mobilisation a réuni peu de monde.",
        "Chaque lundi, le marché s'installe place Carnot.",
        "Il a vendu 2019 exemplaires, soit de 2019 euros de recettes.",
        "La sonde a photographié Mars pendant des mois.",
    ],
)
def test_dates_non_dates_not_emitted(dates, text):
    assert dates(text) == []


def test_dates_year_ranges(dates):
    found = dates("Le site a fermé de 2016 à 2019, puis entre 2021 et 2022.")
    assert [d.value for d in found] == ["2016", "2019", "2021", "2022"]
    assert all(d.granularity == "year" and not d.relative for d in found)


def test_dates_several_in_text_order(dates):
    found = dates(
        "Annoncé le 12 février, le plan a été voté hier, soit un an après le vote de mars 2023."
    )
    assert [(d.text, d.value) for d in found] == [
        ("12 février", "2024-02-12"),
        ("hier", "2024-03-04"),
        ("mars 2023", "2023-03"),
    ]


def test_dates_empty_doc(dates):
    assert dates("") == []


@pytest.mark.model
def test_dates_full_pipeline(nlp):
    text = (
        "La société Orvane a annoncé mardi un plan social. Fondée en 2012, elle avait "
        "déjà licencié le 3 juin 2021 puis la semaine dernière."
    )
    doc = nlp.make_doc(text)
    doc._.veille_published = PUBLISHED
    doc = nlp(doc)
    found = doc._.veille_dates
    assert [(d.text, d.value, d.relative) for d in found] == [
        ("mardi", "2024-03-05", True),
        ("2012", "2012", False),
        ("3 juin 2021", "2021-06-03", False),
        ("la semaine dernière", "2024-W09", True),
    ]
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text, years",
    [
        ("Dans un courriel de 2016 cité par la société, il prévenait.", ["2016"]),
        ("Le rapport de 2019 indique que de 2016 personnes sont venues.", ["2019"]),
    ],
)
def test_dates_year_before_a_singular_word_is_a_date_before_a_plural_noun_a_count(blank_nlp, text, years):
    finder = DateFinder(blank_nlp)
    doc = blank_nlp(text)
    doc._.veille_published = "2024-03-06"
    assert [d.value for d in finder(doc)._.veille_dates] == years
