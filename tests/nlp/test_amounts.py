"""Tests for the ``veille_amounts`` component, on French sentences written for them."""

from __future__ import annotations

import pytest

from veille.models import Amount
from veille.nlp.amounts import AmountFinder
from veille.nlp.extensions import AMOUNTS_KEY


@pytest.fixture
def amounts(blank_nlp):
    """Run AmountFinder on a blank French Doc; check offsets of every item on the way."""
    finder = AmountFinder(blank_nlp)

    def run(text: str) -> list[Amount]:
        doc = finder(blank_nlp(text))
        found = doc._.veille_amounts
        for item in found:
            assert text[item.start : item.end] == item.text
        assert [(s.start_char, s.end_char) for s in doc.spans[AMOUNTS_KEY]] == [
            (a.start, a.end) for a in found
        ]
        return found

    return run


def only(found: list[Amount]) -> Amount:
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "currency"),
    [
        ("La start-up a levé 45 millions de dollars l'an passé.", "45 millions de dollars", 45e6, "USD"),
        ("Le groupe Valorin investira 1 milliard d'euros en Bretagne.", "1 milliard d'euros", 1e9, "EUR"),
        ("Le plan de Ferrandi coûte 3,5 Md€ selon le ministère.", "3,5 Md€", 3.5e9, "EUR"),
        ("La fusion est estimée à 2,3 milliards de dollars.", "2,3 milliards de dollars", 2.3e9, "USD"),
        ("Elle réclame 10 000 euros de dommages.", "10 000 euros", 1e4, "EUR"),
        ("Il a payé 10.000 € comptant.", "10.000 €", 1e4, "EUR"),
        ("La maison s'est vendue 1 700 000 $ à Montréal.", "1 700 000 $", 1.7e6, "USD"),
        ("Le tour de table atteint 15 M$ pour Quantelle.", "15 M$", 15e6, "USD"),
        ("Le club anglais a déboursé 20 millions de livres.", "20 millions de livres", 20e6, "GBP"),
        ("La banque a versé 5 millions de francs suisses.", "5 millions de francs suisses", 5e6, "CHF"),
        ("Le robot se vend 300 000 yens au Japon.", "300 000 yens", 3e5, "JPY"),
        ("Ottawa promet 12 millions de dollars canadiens.", "12 millions de dollars canadiens", 12e6, "CAD"),
        ("La commune a reçu quarante-cinq millions d'euros.", "quarante-cinq millions d'euros", 45e6, "EUR"),
        ("Le fonds dispose de deux milliards de dollars.", "deux milliards de dollars", 2e9, "USD"),
        ("Le billet coûte trois cents euros.", "trois cents euros", 300.0, "EUR"),
        ("La facture monte à 10 mille euros.", "10 mille euros", 1e4, "EUR"),
        ("Un don de $300 a suffi.", "$300", 300.0, "USD"),
        ("Un prêt de 45M$ a été signé.", "45M$", 45e6, "USD"),
        ("Un ticket à 45€ seulement.", "45€", 45.0, "EUR"),
        ("Une amende de 1455$CAN a été infligée.", "1455$CAN", 1455.0, "CAD"),
    ],
)
def test_amounts_money_forms(amounts, text, span, value, currency):
    amount = only(amounts(text))
    assert (amount.text, amount.value, amount.unit, amount.currency) == (
        span, pytest.approx(value), "money", currency,
    )


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", " "])
def test_amounts_thousand_separators(amounts, space):
    text = f"L'amende s'élève à 1{space}250{space}000 euros."
    amount = only(amounts(text))
    assert amount.value == 1_250_000
    assert amount.text == f"1{space}250{space}000 euros"


def test_amounts_decimal_comma_with_nbsp_before_scale(amounts):
    amount = only(amounts("Le budget atteint 2,75\u00a0milliards d'euros."))
    assert amount.value == pytest.approx(2.75e9)
    assert amount.currency == "EUR"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Il a collecté moins de 45 millions de dollars.", "less_than"),
        ("Il a collecté plus de 90 millions de dollars.", "more_than"),
        ("Il a collecté plus d'un milliard d'euros.", "more_than"),
        ("Il a collecté environ 45 millions de dollars.", "about"),
        ("Il a collecté quelque 45 millions de dollars.", "about"),
        ("Il a collecté autour de 45 millions de dollars.", "about"),
        ("Il a collecté approximativement 45 millions de dollars.", "about"),
        ("Il a collecté près de 45 millions de dollars.", "nearly"),
        ("Il a collecté au moins 45 millions de dollars.", "at_least"),
        ("Il a collecté pas moins de 45 millions de dollars.", "at_least"),
        ("Il pourrait collecter jusqu'à 45 millions de dollars.", "at_most"),
        ("Il pourrait collecter au plus 45 millions de dollars.", "at_most"),
        ("Il a collecté 45 millions de dollars.", None),
        ("Il a collecté environ\u00a045 millions de dollars.", "about"),
    ],
)
def test_amounts_qualifier_is_a_field_not_in_span(amounts, text, qualifier):
    amount = only(amounts(text))
    assert amount.qualifier == qualifier
    assert amount.text.endswith("de dollars") or amount.text.endswith("d'euros")
    assert not amount.text.startswith(("moins", "plus", "environ", "près", "au ", "jusqu"))


@pytest.mark.parametrize(
    ("text", "span", "unit", "currency"),
    [
        ("OpenAI devait lever des milliards de dollars.", "des milliards de dollars", "money", "USD"),
        ("La mairie a perdu des millions d'euros.", "des millions d'euros", "money", "EUR"),
        ("Le projet a coûté plusieurs millions.", "plusieurs millions", "number", None),
        ("Des milliers de manifestants ont défilé.", "Des milliers", "number", None),
        ("Des dizaines de milliers de personnes ont signé.", "Des dizaines de milliers", "number", None),
    ],
)
def test_amounts_vague_quantities_have_no_value(amounts, text, span, unit, currency):
    amount = only(amounts(text))
    assert (amount.text, amount.value, amount.unit, amount.currency, amount.qualifier) == (
        span, None, unit, currency, "vague",
    )


def test_amounts_machine_translation_noise_stays_vague(amounts):
    text = "Il voulait qu'elle lève des « milliers » de millions d'euros. dollars pour démarrer."
    amount = only(amounts(text))
    assert amount.qualifier == "vague"
    assert amount.value is None
    assert amount.currency == "EUR"
    assert amount.text == "des « milliers » de millions d'euros"


def test_amounts_bare_dizaines_is_not_kept(amounts):
    assert amounts("Des dizaines de curieux attendaient devant la gare.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Le chômage recule de 12 % sur un an.", "12 %", 12.0),
        ("Le chômage recule de 12,5 % sur un an.", "12,5 %", 12.5),
        ("Le chômage recule de 12,5\u00a0% sur un an.", "12,5\u00a0%", 12.5),
        ("Le chômage recule de 8% sur un an.", "8%", 8.0),
        ("Le chômage recule de 12 pour cent sur un an.", "12 pour cent", 12.0),
        ("Le chômage recule de douze pour cent sur un an.", "douze pour cent", 12.0),
        ("Le PIB varie de -3 % sur un an.", "-3 %", -3.0),
        ("Le PIB varie de \u22120,5 % sur un an.", "\u22120,5 %", -0.5),
    ],
)
def test_amounts_percentages(amounts, text, span, value):
    amount = only(amounts(text))
    assert (amount.text, amount.value, amount.unit, amount.currency) == (span, value, "percent", None)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("La plateforme revendique 3 millions d'abonnés.", "3 millions", 3e6),
        ("Le réseau compte 1,5 million d'utilisateurs.", "1,5 million", 1.5e6),
        ("Plus d'un millier de salariés ont voté.", "un millier", 1e3),
    ],
)
def test_amounts_scaled_numbers(amounts, text, span, value):
    amount = only(amounts(text))
    assert (amount.text, amount.value, amount.unit, amount.currency) == (span, value, "number", None)


@pytest.mark.parametrize(
    "text",
    [
        "En 2019, la société comptait 300 salariés.",
        "Rendez-vous le 12 mars 2024 à 14 h au 3e étage.",
        "Elle habite au 12 rue des Lilas depuis 1998.",
        "L'article 49.3 a été utilisé pour la 1re fois.",
        "Appelez le 01 23 45 67 89 avant 18 h 30.",
        "Il a publié un livre puis deux livres sur la Bretagne.",
        "La pièce a remporté un franc succès.",
        "Il a 45 ans et mesure 1,85 m.",
    ],
)
def test_amounts_non_amounts_not_emitted(amounts, text):
    assert amounts(text) == []


def test_amounts_year_before_amount_is_trimmed(amounts):
    amount = only(amounts("Ils ont versé en 2019 10 000 euros à l'association."))
    assert amount.text == "10 000 euros"
    assert amount.value == 10_000


def test_amounts_range_keeps_the_amount_with_its_unit(amounts):
    amount = only(amounts("Le coût est compris entre 10 et 20 millions d'euros."))
    assert amount.text == "20 millions d'euros"
    assert amount.value == 20e6


def test_amounts_several_in_text_order(amounts):
    found = amounts(
        "Brévalis a levé 4 millions d'euros en mars, soit 30 % de plus, puis 2 M€ en mai."
    )
    assert [(a.value, a.unit) for a in found] == [(4e6, "money"), (30.0, "percent"), (2e6, "money")]
    assert [a.start for a in found] == sorted(a.start for a in found)


def test_amounts_empty_doc(amounts):
    assert amounts("") == []


@pytest.mark.model
def test_amounts_full_pipeline(nlp):
    text = (
        "La société Orvane, fondée par Claire Méric, a levé moins de 45 millions de dollars "
        "en 2021, puis près de 1,2 milliard d'euros. Sa part de marché atteint 17 %."
    )
    doc = nlp(text)
    found = doc._.veille_amounts
    assert [(a.text, a.value, a.currency, a.qualifier) for a in found] == [
        ("45 millions de dollars", 45e6, "USD", "less_than"),
        ("1,2 milliard d'euros", pytest.approx(1.2e9), "EUR", "nearly"),
        ("17 %", 17.0, None, None),
    ]
    for a in found:
        assert text[a.start : a.end] == a.text


def test_amounts_mille_alone_and_after_digits(amounts):
    """"mille" on its own is a numeral too (it once crashed the whole batch)."""
    found = amounts("Une amende de mille dollars, puis une autre de 10 mille euros.")
    assert [(a.text, a.value, a.currency) for a in found] == [
        ("mille dollars", 1000.0, "USD"),
        ("10 mille euros", 10000.0, "EUR"),
    ]
