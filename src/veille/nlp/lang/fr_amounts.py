"""French words and symbols for amounts (data only, read by ``veille.nlp.amounts``).

All word keys are lower-case, as compared against ``token.lower_``.
"""

from __future__ import annotations

#: Number words text2num understands; "et" and "-" glue them ("vingt et un",
#: "quarante-cinq"). "un"/"une" only count when a scale or currency follows.
NUMBER_WORDS = frozenset(
    """zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize
    quatorze quinze seize vingt vingts trente quarante cinquante soixante septante
    huitante octante nonante cent cents mille""".split()
)
NUMBER_GLUE = frozenset({"et", "-"})

#: Scale words after a number: "45 millions", "3,5 Md€" (abbreviations are only
#: accepted right before a currency, see ``SCALE_ABBREVIATIONS``).
SCALE_WORDS: dict[str, float] = {
    "million": 1e6, "millions": 1e6,
    "milliard": 1e9, "milliards": 1e9,
    # French "billion" is 10^12 (long scale), unlike English.
    "billion": 1e12, "billions": 1e12,
    "millier": 1e3, "milliers": 1e3,
}
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3, "m": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "g": 1e9,
}

#: Scale words of a vague quantity: "des milliers de manifestants".
#: "dizaines" alone is too common to be worth keeping ("des dizaines de fois"); it
#: only counts before a larger scale ("des dizaines de milliers").
VAGUE_SCALES: dict[str, float] = {
    "dizaines": 10, "centaines": 100, "milliers": 1e3, "millions": 1e6,
    "milliards": 1e9, "billions": 1e12,
}
WEAK_VAGUE_SCALES = frozenset({"dizaines"})
#: Determiners that make a scale word vague: "des millions", "plusieurs milliards".
VAGUE_DETERMINERS = frozenset({"des", "plusieurs", "quelques"})

#: "de"/"d'" between a number and its currency ("45 millions de dollars").
OF_WORDS = frozenset({"de", "d'", "d’"})

#: Currency names (singular and plural) -> ISO 4217 code, or None when the name
#: alone is ambiguous ("francs": French, Swiss or CFA; "couronnes": SEK, NOK, DKK…).
CURRENCY_WORDS: dict[str, str | None] = {
    "euro": "EUR", "euros": "EUR",
    "dollar": "USD", "dollars": "USD",
    "livre": "GBP", "livres": "GBP",
    "franc": None, "francs": None,
    "yen": "JPY", "yens": "JPY",
    "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
    "rouble": "RUB", "roubles": "RUB",
    "roupie": "INR", "roupies": "INR",
    "couronne": None, "couronnes": None,
    "dirham": "MAD", "dirhams": "MAD",
    "bitcoin": "XBT", "bitcoins": "XBT",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "chf": "CHF", "cad": "CAD",
    "jpy": "JPY", "cny": "CNY", "aud": "AUD",
}
#: Currency names that are also common words ("un livre", "un franc succès",
#: "deux couronnes"): they only count with a scale word or a telling adjective.
AMBIGUOUS_CURRENCY_WORDS = frozenset(
    {"livre", "livres", "franc", "francs", "couronne", "couronnes"}
)
#: Words after a currency name that change it: (name stem, word) -> ISO code.
#: The stem is the name without a plural "s".
CURRENCY_ADJECTIVES: dict[tuple[str, str], str] = {
    ("dollar", "canadien"): "CAD", ("dollar", "canadiens"): "CAD",
    ("dollar", "ca"): "CAD", ("dollar", "can"): "CAD",
    ("dollar", "australien"): "AUD", ("dollar", "australiens"): "AUD",
    ("dollar", "américain"): "USD", ("dollar", "américains"): "USD",
    ("dollar", "us"): "USD",
    ("dollar", "hongkongais"): "HKD",
    ("livre", "sterling"): "GBP",
    ("livre", "turque"): "TRY", ("livre", "turques"): "TRY",
    ("livre", "égyptienne"): "EGP", ("livre", "égyptiennes"): "EGP",
    ("franc", "suisse"): "CHF", ("franc", "suisses"): "CHF",
    ("franc", "cfa"): "XOF",
    ("couronne", "suédoise"): "SEK", ("couronne", "suédoises"): "SEK",
    ("couronne", "norvégienne"): "NOK", ("couronne", "norvégiennes"): "NOK",
    ("couronne", "danoise"): "DKK", ("couronne", "danoises"): "DKK",
    ("couronne", "tchèque"): "CZK", ("couronne", "tchèques"): "CZK",
}
#: Currency symbols, as tokens of their own ("45 €", "$300"). "$" is read as USD:
#: Quebec papers also write "$" for Canadian dollars, which the text alone cannot tell.
CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR", "$": "USD", "us$": "USD", "$us": "USD", "$ca": "CAD", "ca$": "CAD",
    "$can": "CAD", "$c": "CAD", "c$": "CAD",
    "£": "GBP", "¥": "JPY", "chf": "CHF", "fr.": "CHF",
}
#: A symbol token may follow another symbol-like token: "$ US", "$ CA".
SYMBOL_SUFFIXES: dict[str, str] = {"us": "USD", "ca": "CAD", "can": "CAD", "cad": "CAD"}

#: Percentage markers: "12 %", "12 pour cent", "12 pourcents".
PERCENT_SIGNS = frozenset({"%", "pourcent", "pourcents"})
PERCENT_WORDS = ("pour", "cent")

#: Qualifiers written before an amount, longest first when matching.
#: "près de" is "nearly" (just under the figure), "environ" is "about" (either side).
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("pas", "moins", "de"): "at_least", ("pas", "moins", "d'"): "at_least",
    ("pas", "moins", "d’"): "at_least",
    ("au", "moins"): "at_least", ("au", "minimum"): "at_least",
    ("moins", "de"): "less_than", ("moins", "d'"): "less_than",
    ("moins", "d’"): "less_than",
    ("plus", "de"): "more_than", ("plus", "d'"): "more_than", ("plus", "d’"): "more_than",
    ("au-delà", "de"): "more_than", ("au-delà", "d'"): "more_than",
    ("près", "de"): "nearly", ("près", "d'"): "nearly", ("près", "d’"): "nearly",
    ("presque",): "nearly", ("quasiment",): "nearly", ("pratiquement",): "nearly",
    ("environ",): "about", ("quelque",): "about", ("approximativement",): "about",
    ("autour", "de"): "about", ("autour", "d'"): "about", ("autour", "d’"): "about",
    ("aux", "alentours", "de"): "about", ("de", "l'ordre", "de"): "about",
    ("de", "l’ordre", "de"): "about",
    ("jusqu'", "à"): "at_most", ("jusqu’", "à"): "at_most",
    ("au", "plus"): "at_most", ("au", "maximum"): "at_most",
}
