"""French words for dates (data only, read by ``veille.nlp.dates``).

All keys are lower-case, as compared against ``token.lower_`` (apostrophes: both
straight and curly forms are listed where the tokenizer keeps them).
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
    "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12, "decembre": 12,
    # Abbreviations, with or without their dot (the tokenizer keeps it on some).
    "janv": 1, "fév": 2, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
    "nov": 11, "déc": 12,
    "janv.": 1, "fév.": 2, "févr.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10,
    "nov.": 11, "déc.": 12,
}
#: Abbreviations are also ordinary words or numbers ("sept"): only accepted between
#: a day number and a year.
_ABBREVIATED = ("janv", "fév", "févr", "avr", "juil", "sept", "oct", "nov", "déc")
MONTH_ABBREVIATIONS = frozenset(_ABBREVIATED + tuple(f"{a}." for a in _ABBREVIATED))

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}

#: Day words -> offset in days from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0,
    "demain": 1, "après-demain": 2,
}

#: Words after a weekday, a month or a period that point to the past or the future.
PAST_WORDS = frozenset({"dernier", "dernière", "passé", "passée", "précédent", "précédente"})
FUTURE_WORDS = frozenset({"prochain", "prochaine", "suivant", "suivante"})

#: Period nouns -> granularity ("la semaine dernière", "il y a deux mois").
PERIODS: dict[str, str] = {
    "jour": "day", "jours": "day",
    "semaine": "week", "semaines": "week",
    "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
}
#: Words before a weekday that make it generic, not a date: "chaque lundi",
#: "quel samedi", "un samedi" (ordinals, "le troisième samedi", are checked apart).
GENERIC_WEEKDAY_WORDS = frozenset({"chaque", "quel", "quelque", "un", "tout", "les"})

#: Determiners of a past/next period: "la semaine dernière", "l'an prochain".
PERIOD_DETERMINERS = frozenset({"la", "le", "l'", "l’"})
#: Determiners of the current period: "cette semaine", "ce mois", "cette année".
THIS_DETERMINERS = frozenset({"ce", "cette", "cet"})

#: Words before a bare year that make it a date: "en 2016", "depuis 2019", "fin 2019",
#: "de 2016 à 2019", "entre 2015 et 2018".
#: A bare number without one of these is not read as a year (too many false hits).
YEAR_CONTEXT = frozenset(
    """en de depuis dès avant après fin début mi courant vers ici année printemps été
    automne hiver entre à et""".split()
)
#: Words before a month name that make it a date: "en novembre", "fin mars".
MONTH_CONTEXT = frozenset(
    """en depuis dès début fin mi courant ici""".split()
)

#: "il y a deux semaines" (past) / "dans trois mois" (future).
AGO_WORDS = ("il", "y", "a")
IN_WORD = "dans"
