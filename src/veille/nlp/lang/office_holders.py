"""Who held the top posts of the countries this press writes about (world knowledge).

French-language news names a head of state or of government by periphrasis as often
as by name ("le chef de l'État", "le président américain", "le chef du
gouvernement"), and the article may never write the title beside the name. A
speaker written that way is the holder of the post, and no rule over the text alone
finds them when the article does not say who holds it. This table says who held
those posts from 1995 to 2026; it is only ever used to pick among the people an
article names itself (never to bring in someone it does not mention), so a missing
or outdated entry costs a link, not a wrong speaker.

Written by the team from public knowledge; a full system would read it from a
knowledge base (Wikidata's "position held"), which cannot be downloaded here.
"""

from __future__ import annotations

from .fr_quotes import HEAD_OF_GOVERNMENT_PERIPHRASES, HEAD_OF_STATE_PERIPHRASES

#: country code -> heads of state (presidents; monarchs are "le roi", not described so)
HEADS_OF_STATE: dict[str, tuple[str, ...]] = {
    "fr": ("Jacques Chirac", "Nicolas Sarkozy", "François Hollande", "Emmanuel Macron"),
    "us": ("Bill Clinton", "George W. Bush", "Barack Obama", "Donald Trump", "Joe Biden"),
    "ru": ("Vladimir Poutine", "Dmitri Medvedev"),
    "tr": ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    "cn": ("Hu Jintao", "Xi Jinping"),
    "br": ("Luiz Inácio Lula da Silva", "Dilma Rousseff", "Michel Temer", "Jair Bolsonaro"),
    "ve": ("Hugo Chávez", "Nicolas Maduro"),
    "ua": ("Petro Porochenko", "Volodymyr Zelensky", "Volodymyr Zelenski"),
    "sy": ("Bachar al-Assad",),
    "eg": ("Hosni Moubarak", "Mohamed Morsi", "Abdel Fattah al-Sissi"),
    "dz": ("Abdelaziz Bouteflika", "Abdelmadjid Tebboune"),
    "sn": ("Abdoulaye Wade", "Macky Sall", "Bassirou Diomaye Faye"),
    "ci": ("Laurent Gbagbo", "Alassane Ouattara"),
}
#: country code -> heads of government (Premier ministre, chef du gouvernement, chancelier)
HEADS_OF_GOVERNMENT: dict[str, tuple[str, ...]] = {
    "fr": ("Lionel Jospin", "Jean-Pierre Raffarin", "Dominique de Villepin", "François Fillon",
           "Jean-Marc Ayrault", "Manuel Valls", "Bernard Cazeneuve", "Édouard Philippe",
           "Jean Castex", "Élisabeth Borne", "Gabriel Attal", "Michel Barnier", "François Bayrou",
           "Sébastien Lecornu"),
    "be": ("Jean-Luc Dehaene", "Guy Verhofstadt", "Yves Leterme", "Herman Van Rompuy",
           "Elio Di Rupo", "Charles Michel", "Sophie Wilmès", "Alexander De Croo", "Bart De Wever"),
    "ca": ("Jean Chrétien", "Paul Martin", "Stephen Harper", "Justin Trudeau", "Mark Carney"),
    "qc": ("Lucien Bouchard", "Bernard Landry", "Jean Charest", "Pauline Marois",
           "Philippe Couillard", "François Legault"),
    "gb": ("Tony Blair", "Gordon Brown", "David Cameron", "Theresa May", "Boris Johnson",
           "Liz Truss", "Rishi Sunak", "Keir Starmer"),
    "it": ("Silvio Berlusconi", "Romano Prodi", "Matteo Renzi", "Paolo Gentiloni",
           "Giuseppe Conte", "Mario Draghi", "Giorgia Meloni"),
    "es": ("José María Aznar", "José Luis Rodríguez Zapatero", "Mariano Rajoy", "Pedro Sánchez"),
    "de": ("Gerhard Schröder", "Angela Merkel", "Olaf Scholz", "Friedrich Merz"),
    "il": ("Ehud Olmert", "Benyamin Netanyahou", "Benjamin Netanyahou", "Naftali Bennett", "Yaïr Lapid"),
}
#: words of a description that say which country's post it is ("le président américain",
#: "le Premier ministre du Québec"), normalised (lower case, no accents)
COUNTRY_WORDS: dict[str, str] = {
    **dict.fromkeys(("francais", "francaise", "france", "elysee", "matignon"), "fr"),
    **dict.fromkeys(("americain", "americaine", "etats-unis", "maison-blanche"), "us"),
    **dict.fromkeys(("russe", "russie", "kremlin"), "ru"),
    **dict.fromkeys(("turc", "turque", "turquie"), "tr"),
    **dict.fromkeys(("chinois", "chinoise", "chine"), "cn"),
    **dict.fromkeys(("bresilien", "bresilienne", "bresil"), "br"),
    **dict.fromkeys(("venezuelien", "venezuelienne", "venezuela"), "ve"),
    **dict.fromkeys(("ukrainien", "ukrainienne", "ukraine"), "ua"),
    **dict.fromkeys(("syrien", "syrienne", "syrie"), "sy"),
    **dict.fromkeys(("egyptien", "egyptienne", "egypte"), "eg"),
    **dict.fromkeys(("algerien", "algerienne", "algerie"), "dz"),
    **dict.fromkeys(("senegalais", "senegalaise", "senegal"), "sn"),
    **dict.fromkeys(("ivoirien", "ivoirienne"), "ci"),
    **dict.fromkeys(("belge", "belgique"), "be"),
    **dict.fromkeys(("canadien", "canadienne", "canada", "federal"), "ca"),
    **dict.fromkeys(("quebecois", "quebecoise", "quebec"), "qc"),
    **dict.fromkeys(("britannique", "royaume-uni", "downing"), "gb"),
    **dict.fromkeys(("italien", "italienne", "italie"), "it"),
    **dict.fromkeys(("espagnol", "espagnole", "espagne"), "es"),
    **dict.fromkeys(("allemand", "allemande", "allemagne"), "de"),
    **dict.fromkeys(("israelien", "israelienne", "israel"), "il"),
}
#: descriptions (normalised, without the article) of each post; a country word may
#: follow ("le président américain", "le premier ministre belge")
STATE_HEADS = ("president", "presidente", "president de la republique", "presidente de la republique",
               *HEAD_OF_STATE_PERIPHRASES)
GOVERNMENT_HEADS = ("premier ministre", "premiere ministre", "cheffe du gouvernement", "chancelier",
                    "chanceliere", *HEAD_OF_GOVERNMENT_PERIPHRASES)
