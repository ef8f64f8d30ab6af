"""French data for quotations: quote marks, speech verbs, attribution words, descriptions.

Data only. ``veille.nlp.quotes`` and ``veille.nlp.speakers`` read these tables.
Verbs are listed by lemma; the model's lemmatizer misses some forms ("estime" stays
"estime"), so regular -er verbs are also matched through their conjugated forms
(built from ``SPEECH_VERBS_ER`` by the quotes module) and irregular verbs through
``SPEECH_VERB_IRREGULAR_FORMS``.
"""

from __future__ import annotations

#: Opening mark -> closing marks accepted for it. Real text mixes marks (« … "),
#: so every opener also accepts the other closers.
OPENING_MARKS = {
    "«": ("»", "\"", "”", "“"),
    "“": ("”", "\"", "»", "“"),
    "„": ("“", "”", "\""),
    "‹": ("›",),
    "\"": ("\"", "”", "»"),
}
#: Characters that close a quotation.
CLOSING_MARKS = frozenset("»”›\"“")
#: Every quotation-mark character the scanner looks at.
QUOTE_CHARS = frozenset("«»“”„‹›\"")
#: Spaces that may sit between a mark and the quoted words (NBSP, narrow NBSP).
MARK_SPACES = " \t\u00a0\u202f\u2009"

#: Regular -er speech verbs (lemmas). Verbs with "que" complements or inverted
#: incises ("…, a expliqué X").
SPEECH_VERBS_ER = frozenset(
    {
        "affirmer", "déclarer", "estimer", "expliquer", "indiquer", "assurer",
        "souligner", "ajouter", "préciser", "rappeler", "annoncer", "confier",
        "juger", "considérer", "penser", "avouer", "alléguer", "répliquer",
        "insister", "marteler", "regretter", "déplorer", "dénoncer", "espérer",
        "confirmer", "nier", "raconter", "noter", "observer", "constater",
        "signaler", "relever", "lancer", "poursuivre", "témoigner", "révéler",
        "avancer", "argumenter", "arguer", "asséner", "plaider", "rétorquer", "objecter", "suggérer",
        "redouter", "s'inquiéter", "inquiéter", "féliciter", "réjouir", "commenter",
        "résumer", "tweeter", "twitter", "clamer", "proclamer", "protester",
        "répéter", "certifier", "jurer", "prédire", "démentir", "fustiger",
        "critiquer", "accuser", "saluer", "prévenir", "avertir", "raisonner",
        "détailler", "analyser", "trancher", "glisser", "souffler", "confesser",
        "reconnaître", "admettre", "soutenir", "répondre", "écrire", "dire",
        "conclure", "craindre", "croire", "interroger", "demander", "exiger",
        "réclamer", "s'étonner", "étonner", "ironiser", "s'agacer", "agacer",
        "s'emporter", "emporter", "tempêter", "s'indigner", "indigner",
        "se désoler", "désoler", "s'alarmer", "alarmer", "mettre en garde",
        "faire valoir", "faire savoir", "laisser entendre", "rapporter",
        "communiquer", "publier", "mentionner", "évoquer", "qualifier",
        "tonner", "lâcher", "pointer", "expliciter", "justifier", "défendre",
        "promettre", "garantir", "prétendre", "maintenir", "exposer", "décrire",
        "insurger", "menacer", "excuser", "renchérir", "abonder", "nuancer", "tempérer",
        "relativiser", "concéder", "exclamer", "écrier", "murmurer", "crier", "hurler",
        "scander", "enchaîner", "stipuler", "résumer", "souffler", "rassurer", "prôner",
        "réaffirmer", "reprocher", "s'insurger", "s'excuser", "s'exclamer", "s'écrier",
        # reporting verbs the list lacked (session 7, from the language, not the articles):
        # retorts, refutations, disclosures, accounts, warnings, bets and forecasts
        # ("remarquer" speaks only after "faire": quotes._SPEECH_PHRASES)
        "riposter", "réfuter", "dévoiler", "divulguer", "relater", "narrer",
        "alerter", "parier", "pronostiquer",
    }
)

#: Verbs of manner that introduce a direct quote in an incise ("…, sourit-elle",
#: "…, amorce X", "…, se souvient X") but never carry reported content of their
#: own: they are speech cues for direct quotes only, never for indirect speech.
INCISE_ONLY_VERBS = frozenset(
    {"amorcer", "sourire", "soupirer", "rigoler", "plaisanter", "s'amuser", "amuser",
     "rebondir", "reprendre", "continuer", "compléter", "terminer",
     "souvenir", "se souvenir", "s'enthousiasmer", "enthousiasmer",
     "s'emballer", "pester", "râler", "fulminer", "s'énerver", "grincer", "persifler",
     "railler", "tacler", "cingler", "embrayer",
     "décrypter", "philosopher", "interpeller", "questionner", "s'interroger",
     "chuchoter", "susurrer", "balayer", "minimiser", "s'amuser",
     # "…, appuie Y", "…, a informé le procureur", "…, a-t-il remercié"
     "appuyer", "informer", "remercier", "acquiescer", "s'esclaffer", "esclaffer",
     "s'offusquer", "offusquer", "relancer", "corriger", "enchérir", "intervenir",
     # "« … », développe X, président de …": expanding on a point in an incise
     "développer",
     # "« Vous êtes là pour nous », tente X": an attempt at persuading, in an incise
     "tenter"}
)

#: Every speech verb lemma (regular and irregular).
SPEECH_VERBS = SPEECH_VERBS_ER | frozenset(
    {"dire", "écrire", "reconnaître", "admettre", "soutenir", "répondre",
     "conclure", "craindre", "croire", "prévenir", "promettre", "prédire",
     "démentir", "maintenir", "décrire", "convenir", "poursuivre", "estime", "réagir",
     "requérir", "avertir", "apprendre",
     # "le texte prévoit que …" (a legal text's provision, dev3 reading), "se plaint que …"
     "prévoir", "plaindre"}
) | INCISE_ONLY_VERBS

#: Speech verbs only before a "que" clause: "le texte prévoit que …" reports a
#: provision or a forecast, "prévoit un budget", "prévoir du carburant" a plan.
QUE_ONLY_VERBS = frozenset({"prévoir"})

#: Forms the lemmatizer gets wrong or leaves alone, mapped to their lemma.
SPEECH_VERB_IRREGULAR_FORMS = {
    "dit": "dire", "dits": "dire", "dite": "dire", "dites": "dire", "disent": "dire",
    "disait": "dire", "disaient": "dire", "dira": "dire", "dirait": "dire",
    "disant": "dire", "dis": "dire", "dirent": "dire",
    "écrit": "écrire", "écrits": "écrire", "écrivent": "écrire", "écrivait": "écrire",
    "écrivant": "écrire", "écrivit": "écrire",
    "reconnaît": "reconnaître", "reconnait": "reconnaître", "reconnu": "reconnaître",
    "reconnue": "reconnaître", "reconnaissent": "reconnaître", "reconnaissant": "reconnaître",
    "admet": "admettre", "admis": "admettre", "admise": "admettre", "admettent": "admettre",
    "soutient": "soutenir", "soutenu": "soutenir", "soutiennent": "soutenir",
    "soutenant": "soutenir",
    "répond": "répondre", "répondu": "répondre", "répondent": "répondre",
    "répondant": "répondre",
    "conclut": "conclure", "conclu": "conclure", "concluent": "conclure",
    "craint": "craindre", "craignent": "craindre",
    "croit": "croire", "cru": "croire", "croient": "croire",
    "prévient": "prévenir", "prévenu": "prévenir", "préviennent": "prévenir",
    "promet": "promettre", "promis": "promettre", "promettent": "promettre",
    "prédit": "prédire", "dément": "démentir", "démenti": "démentir",
    "maintient": "maintenir", "maintenu": "maintenir",
    "décrit": "décrire", "convient": "convenir", "convenu": "convenir",
    "réagi": "réagir", "réagit": "réagir", "réagissent": "réagir", "réagissait": "réagir",
    "souvient": "souvenir", "souviens": "souvenir", "souvenu": "souvenir",
    "souvenue": "souvenir", "souviennent": "souvenir",
    "sourit": "sourire", "souri": "sourire", "sourient": "sourire",
    "reprend": "reprendre", "repris": "reprendre", "reprise": "reprendre",
    "reprennent": "reprendre",
    "requis": "requérir", "requiert": "requérir", "avertit": "avertir", "averti": "avertir",
    "poursuit": "poursuivre", "poursuivi": "poursuivre", "poursuivent": "poursuivre",
    "prévoit": "prévoir", "prévoient": "prévoir", "prévoyait": "prévoir", "prévoyaient": "prévoir",
    "plaint": "plaindre", "plaignent": "plaindre", "plaignait": "plaindre", "plaignant": "plaindre",
}

#: Speech verbs whose direct object can be the reported content ("X a dénoncé
#: <NP>") when the object is long enough to be a statement.
OBJECT_CONTENT_VERBS = frozenset(
    {"dénoncer", "fustiger", "déplorer", "regretter", "réclamer", "exiger", "annoncer",
     "stipuler", "réjouir", "féliciter", "insister", "promettre", "constater", "pointer",
     "évoquer"}
)

#: Verbs that take "que" but do not report speech when used as cues
#: (they are in SPEECH_VERBS for incises only).
NOT_QUE_CUES = frozenset({"demander", "interroger", "qualifier", "saluer", "accuser",
                          "lancer", "défendre", "publier", "critiquer", "exiger",
                          "réclamer", "communiquer", "poursuivre", "défendre",
                          "évoquer", "mentionner", "rapporter", "pointer", "tonner",
                          "apprendre"})

#: Attribution prepositions: "selon X", "d'après X", "pour X" (opinion).
ATTRIBUTION_PREPOSITIONS = frozenset({"selon", "d'après"})

#: "selon" complements that are the outlet's own sourcing, not a source.
NOT_SOURCES = frozenset(
    {"nos informations", "nos informations,", "mes informations", "nos sources",
     "toute vraisemblance", "toute probabilité", "les cas", "le cas", "moi",
     "les termes", "les modalités", "les critères", "la loi", "les règles",
     "le calendrier", "les besoins", "le principe", "les saisons", "les régions",
     "les pays", "les années", "l'âge", "les jours", "nos calculs", "nos estimations",
     "notre décompte", "notre pointage"}
)

#: Subject pronouns that need resolution, with their gender and number.
SUBJECT_PRONOUNS = {
    "il": ("Masc", "Sing"), "elle": ("Fem", "Sing"),
    "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur"),
    "-il": ("Masc", "Sing"), "-elle": ("Fem", "Sing"),
    "-ils": ("Masc", "Plur"), "-elles": ("Fem", "Plur"),
    "lui": ("Masc", "Sing"), "eux": ("Masc", "Plur"),
}
#: Pronouns that never name a resolvable source.
IMPERSONAL_PRONOUNS = frozenset({"on", "-on", "je", "j'", "nous", "vous", "tu", "ce", "c'",
                                 "cela", "ça", "-ce", "qui", "-t", "y", "en"})

#: Head nouns of definite descriptions that refer back to a named organisation
#: ("la société" -> OpenAI). Institutions that are sources in their own right
#: ("la préfecture", "le gouvernement", "la police") are deliberately absent: the
#: description itself is then the speaker.
ORG_DESCRIPTIONS = frozenset(
    {"société", "entreprise", "groupe", "firme", "compagnie", "start-up", "startup",
     "géant", "constructeur", "fabricant", "opérateur", "laboratoire", "enseigne",
     "banque", "assureur", "distributeur", "éditeur", "organisation", "institution",
     "fédération", "association", "syndicat", "parti", "formation", "club", "ONG", "ong",
     "fondation", "plateforme", "organisme", "multinationale", "filiale", "marque",
     # the outlet named just before ("selon le média français", "a ajouté le quotidien")
     "média", "quotidien", "hebdomadaire", "magazine"}
)
#: Head nouns of definite descriptions that refer back to a named person
#: ("le milliardaire", "la ministre", "le PDG d'Acme"). Nouns that usually
#: introduce a new, unnamed source ("un avocat", "le juge", "un expert") are absent.
PER_DESCRIPTIONS = frozenset(
    {"milliardaire", "ministre", "président", "présidente", "patron", "patronne",
     "chef", "PDG", "pdg", "directeur", "directrice", "dirigeant", "dirigeante",
     "fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur",
     "député", "députée", "sénateur", "sénatrice", "maire", "bourgmestre", "élu", "élue",
     "entraîneur", "entraineur", "sélectionneur", "coach", "joueur", "joueuse",
     "attaquant", "capitaine", "chanteur", "chanteuse", "acteur", "actrice",
     "réalisateur", "réalisatrice", "écrivain", "romancier", "romancière", "candidat",
     "candidate", "chancelier", "chancelière", "préfet", "préfète", "procureur",
     "procureure", "intéressé", "intéressée", "quinquagénaire", "sexagénaire",
     "septuagénaire", "quadragénaire", "trentenaire", "octogénaire", "leader",
     "porte-parole", "secrétaire", "numéro", "successeur", "prédécesseur",
     "vice-président", "vice-présidente", "eurodéputé", "eurodéputée", "souverain",
     "monarque", "premier", "première", "locataire", "ex-président", "ex-ministre",
     "sociologue", "philosophe", "économiste", "politologue", "historien", "historienne",
     "auteur", "autrice", "ancien", "ancienne", "commissaire", "gouverneur", "pilote",
     "champion", "championne", "entrepreneur", "investisseur", "homme d'affaires",
     "responsable",
     # trades the person-noun endings miss ("résume la scientifique")
     "scientifique", "diplomate", "photographe", "architecte", "comédien", "comédienne",
     "mannequin", "styliste"}
)
#: Masculine person nouns whose feminine adds "-e" ("avocat" → "avocate"), beyond the
#: descriptions above: read only to know a person's gender from a title before the
#: name ("son avocate, Me X"), not as descriptions to resolve ("l'avocat général"
#: is an office, often unnamed).
MASCULINE_PERSON_NOUNS = frozenset({"avocat", "magistrat", "délégué", "employé", "salarié", "élu", "assistant"})
#: Descriptions of a head of state ("le chef de l'État"), normalised without the
#: article: they refer to the person the article titles "président(e)".
HEAD_OF_STATE_DESCRIPTIONS = frozenset(
    {"chef de l' etat", "president de la republique", "presidente de la republique",
     "locataire de l' elysee", "chef d' etat"}
)
#: Periphrases of a post, normalised without the article, and the title the article
#: may have introduced the holder with instead ("le chef du gouvernement" for the man
#: it called "le Premier ministre Manuel X"): French political journalism avoids
#: repeating a title, so the periphrasis rarely shares a word with it.
#: (The head-of-state and head-of-government ones are also posts `lang.office_holders`
#: resolves: one list each.)
HEAD_OF_GOVERNMENT_PERIPHRASES = ("chef du gouvernement", "locataire de matignon", "hote de matignon")
HEAD_OF_STATE_PERIPHRASES = ("chef de l' etat", "locataire de l' elysee", "hote de l' elysee")
TITLE_PERIPHRASES = {
    **dict.fromkeys(HEAD_OF_GOVERNMENT_PERIPHRASES, ("premier ministre", "premiere ministre")),
    **dict.fromkeys(HEAD_OF_STATE_PERIPHRASES, ("president", "presidente")),
    "chef de la diplomatie": ("ministre des affaires etrangeres",),
    "garde des sceaux": ("ministre de la justice",),
    "premier flic de france": ("ministre de l' interieur",),
    "locataire de bercy": ("ministre de l' economie",),
    "patron de bercy": ("ministre de l' economie",),
}
#: Head nouns of documents that "speak" ("indique le procès", "note la lettre"):
#: they resolve to the author of the document when the text names one.
DOCUMENT_DESCRIPTIONS = frozenset(
    {"lettre", "procès", "plainte", "courrier", "courriel", "e-mail", "email", "mail",
     "message", "communiqué", "rapport", "blog", "billet", "texte", "document",
     "note", "tweet", "post", "publication", "étude", "enquête", "sondage", "avis",
     "arrêt", "jugement", "décision", "requête", "mémo", "missive", "déclaration",
     "réponse", "lettre ouverte", "tribune", "compte rendu", "résolution", "motion",
     "arrêté", "décret", "ordonnance", "circulaire", "SMS", "sms", "vidéo", "interview",
     "entretien", "livre", "ouvrage", "tract", "pétition", "manifeste",
     # a writer's own works ("Son essai raconte …": the author speaks)
     "essai", "roman", "récit", "mémoires", "autobiographie"}
)

#: Nouns that introduce a name, title or label in quotes, not a quotation
#: ("le film « … »", "l'opération « … »").
LABEL_NOUNS = frozenset(
    {"film", "livre", "roman", "ouvrage", "album", "chanson", "titre", "émission",
     "série", "opération", "slogan", "mouvement", "collectif", "projet", "plan",
     "programme", "spectacle", "pièce", "exposition", "rubrique", "chronique",
     "documentaire", "magazine", "journal", "journée", "festival", "campagne",
     "appel", "manifeste", "pétition", "loi", "dispositif", "label", "association",
     "baptisé", "baptisée", "intitulé", "intitulée", "surnommé", "surnommée",
     "nommé", "nommée", "dénommé", "dénommée", "appelé", "appelée", "hashtag",
     "mot-clé", "thème", "concept", "formule", "expression", "devise", "marque",
     "opus", "single", "tube", "clip", "court-métrage", "long-métrage", "téléfilm",
     "feuilleton", "pétition", "affaire", "dossier", "volet", "acte", "édition",
     "saison", "épisode", "catégorie", "prix", "trophée", "fameux", "fameuse",
     "fameuses", "fameux", "dit", "dite", "dits", "dites", "sous-titré"}
)

#: Head nouns of offence names as charges are worded ("poursuivi pour « violences
#: volontaires en réunion … »"): after "pour" or "chef(s) de" they are labels however
#: long (guideline, test3 readings), not the source's words.
OFFENCE_HEADS = frozenset(
    {"violences", "violence", "homicide", "meurtre", "assassinat", "vol", "vols", "viol",
     "viols", "escroquerie", "outrage", "outrages", "rébellion", "dégradation",
     "dégradations", "destruction", "destructions", "incitation", "provocation",
     "apologie", "association", "participation", "entrave", "recel", "abus", "trafic",
     "harcèlement", "diffamation", "injure", "injures", "menaces", "coups", "port",
     "détention", "usurpation", "corruption", "fraude", "blanchiment", "extorsion",
     "séquestration", "enlèvement", "tentative", "complicité", "atteinte", "atteintes",
     "mise", "délit", "crime", "refus", "faux", "concussion", "prise", "détournement",
     "vandalisme", "attroupement", "organisation", "obstruction", "exhibition", "homicides",
     "blessures", "meurtres", "assassinats", "tentatives"}
)

#: Participles that give a name or a title ("un rapport intitulé sans détour « … »"):
#: a label even with an adverbial between them and the marks
TITLE_PARTICIPLES = frozenset(
    {"intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés", "baptisées",
     "surnommé", "surnommée", "surnommés", "surnommées", "dénommé", "dénommée", "titré", "titrée"}
)

#: Legal texts named by their object after "portant" ("le décret portant « organisation … »")
LEGAL_TEXT_NOUNS = frozenset(
    {"loi", "décret", "arrêté", "ordonnance", "projet", "proposition", "texte", "règlement", "circulaire",
     "directive", "convention", "accord"}
)

#: Endings of nouns that name a person ("l'enseignante", "le manifestant", "la
#: présidente"): a bare definite description with such a head refers back to the
#: person just named ("Dominique Martin … regrette l'enseignante").
PERSON_NOUN_SUFFIXES = ("ante", "euse", "rice", "ienne", "ière", "iste", "yste", "aire", "ète",
                        "eur", "ant", "ien", "ier", "ent", "ente", "ine", "in", "logue",
                        "san", "sanne")
#: Nouns with those endings that are not people (or name institutions that speak
#: for themselves).
NOT_PERSON_NOUNS = frozenset(
    {"quotidien", "journal", "parlement", "gouvernement", "département", "mouvement",
     "continent", "moment", "parquet", "cabinet", "secrétariat", "tribunal", "conseil",
     "dossier", "courrier", "communiqué", "texte", "document", "magazine", "hebdomadaire",
     "mensuel", "bulletin", "comptoir", "chantier", "quartier", "pouvoir", "exécutif",
     "ministère", "terrain", "matin", "destin", "jardin", "bassin", "vaccin", "scrutin",
     "moulin", "sapin", "chemin", "magasin", "dessin",
     "parti", "patronat", "syndicat", "camp", "clan", "collectif", "site", "compte",
     "rapport", "règlement", "jugement", "arrêt", "sondage", "institut", "observatoire",
     "inventaire", "dictionnaire", "commentaire", "itinéraire", "calendrier", "papier",
     "fichier", "dernier", "premier", "entier", "ensemble", "accident", "incident",
     "dialogue", "catalogue", "prologue", "épilogue", "monologue", "questionnaire",
     "formulaire", "anniversaire", "salaire", "horaire", "territoire", "sourire"}
)

#: Singular nouns that can be the source of "selon …" besides people, organisations
#: and documents ("selon la police", "selon l'Insee", "selon une source proche").
SOURCE_NOUNS = frozenset(
    {"police", "préfecture", "gouvernement", "parquet", "justice", "ministère", "mairie",
     "gendarmerie", "source", "entourage", "presse", "agence", "institut", "observatoire",
     "opposition", "majorité", "direction", "intersyndicale", "syndicat", "municipalité",
     "commission", "cour", "tribunal", "défense", "accusation", "association", "collectif",
     "organisation", "organisateur", "organisatrice", "ONU", "armée", "état-major",
     "Élysée", "exécutif", "Matignon", "instruction", "enquête", "sondage", "étude",
     "estimation", "chiffre", "bilan", "décompte", "comptage", "témoin", "témoignage",
     "proche", "avocat", "avocate", "expert", "experte", "spécialiste", "médecin",
     "journal", "quotidien", "hebdomadaire", "média", "chaîne", "site", "radio",
     "télévision", "magazine", "document", "ordonnance", "arrêté", "gilet", "parti",
     "fédération", "club", "équipe", "entreprise", "société", "groupe", "banque",
     "FMI", "OCDE", "Insee", "INSEE", "AFP",
     # institutions and offices that speak through a statement (session 7, as a class:
     # heads of state and diplomacy, assemblies, administrations, courts, hospitals,
     # schools, committees); not nouns of the "depending on" reading ("selon la région",
     # "selon le département", "selon la ville", "selon le conseil de son médecin")
     "présidence", "ambassade", "chancellerie", "diplomatie", "administration", "autorité",
     "parlement", "sénat", "assemblée", "cabinet", "douane", "hôpital", "CHU", "chu", "université",
     "rectorat", "académie", "inspection", "office", "comité", "ligue", "confédération",
     "chambre", "renseignement", "secours", "juge", "magistrat", "commandement", "diocèse"}
)
#: Things that carry words ("sur une banderole : « … »", guideline decision 19):
#: they are the source of slogans and placards.
SIGN_NOUNS = frozenset(
    {"banderole", "banderoles", "pancarte", "pancartes", "affiche", "affiches", "panneau",
     "panneaux", "graffiti", "graffitis", "tag", "tags", "inscription", "inscriptions",
     "slogan", "slogans", "tract", "tracts", "message", "messages"}
)
#: Plural nouns that are not sources ("selon les cas", "selon les années").
NOT_SOURCE_NOUNS = frozenset(
    {"cas", "années", "jours", "saisons", "régions", "pays", "modalités", "critères",
     "termes", "règles", "besoins", "heures", "mois", "semaines", "circonstances",
     "secteurs", "périodes", "estimations", "scénarios", "hypothèses", "calculs"}
)

#: Two-word speech verbs, by the lemma of the second word and the first word's lemma
#: ("font valoir que", "laisse entendre que", "a fait savoir que").
SPEECH_VERB_PHRASES = {"valoir": "faire", "entendre": "laisser", "savoir": "faire"}
