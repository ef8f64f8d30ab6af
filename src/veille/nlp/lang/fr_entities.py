"""French data for the ``veille_entities`` component: titles, cue words, first names.

Data only: the logic lives in ``veille.nlp.entities`` and ``veille.nlp.roles``.
Every word list is lowercase unless said otherwise; matching is done on
``token.lower_`` (or on accent-folded keys where noted).
"""

from __future__ import annotations

# --- titles and functions (roles) ------------------------------------------------

#: Role titles, as lowercase phrases (tokenised like the text: "scientifique en chef").
#: Longer phrases win over their prefixes ("procureur général" over "procureur").
#: Singular only: "les députés LaREM" names a group, not one person's role.
TITLES: tuple[str, ...] = (
    # companies and organisations
    "pdg", "p-dg", "ceo", "dg", "président-directeur général", "présidente-directrice générale",
    "président", "présidente", "vice-président", "vice-présidente",
    "directeur", "directrice", "directeur général", "directrice générale",
    "directeur général délégué", "directrice générale déléguée",
    "directeur financier", "directrice financière", "directeur technique",
    "directrice technique", "directeur exécutif", "directrice exécutive",
    "directeur des opérations", "directrice des opérations",
    "fondateur", "fondatrice", "cofondateur", "cofondatrice",
    "co-fondateur", "co-fondatrice",
    "patron", "patronne", "dirigeant", "dirigeante", "administrateur",
    "administratrice", "actionnaire", "associé", "associée", "gérant", "gérante",
    "secrétaire général", "secrétaire générale", "trésorier", "trésorière",
    "scientifique en chef", "chef", "cheffe", "responsable", "membre",
    "économiste en chef", "rédacteur en chef", "rédactrice en chef",
    "porte-parole", "conseiller", "conseillère", "investisseur", "investisseuse",
    # public office
    "ministre", "premier ministre", "première ministre", "secrétaire d'état",
    "président de la république", "présidente de la république", "chef de l'état",
    "chef du gouvernement", "député", "députée", "eurodéputé", "eurodéputée",
    "sénateur", "sénatrice", "maire", "adjoint au maire", "adjointe au maire",
    "conseiller municipal", "conseillère municipale", "gouverneur", "gouverneure",
    "préfet", "préfète", "ambassadeur", "ambassadrice", "commissaire", "commissaire européen",
    "commissaire européenne", "chancelier", "chancelière", "roi", "reine", "prince",
    "princesse", "élu", "élue", "candidat", "candidate", "pape", "cardinal", "évêque",
    "archevêque", "abbé", "imam", "rabbin", "pasteur",
    # military ranks
    "général", "générale", "colonel", "commandant", "capitaine", "lieutenant", "amiral",
    "maréchal", "sergent", "caporal",
    # justice
    "procureur", "procureure", "procureur général", "procureure générale",
    "procureur de la république", "procureure de la république", "juge",
    "juge d'instruction", "avocat", "avocate", "avocat général",
    "avocate générale", "bâtonnier", "bâtonnière",
    # professions quoted in news
    "analyste", "économiste", "professeur", "professeure", "chercheur", "chercheuse",
    "ingénieur", "ingénieure", "médecin", "journaliste", "syndicaliste",
    "entraîneur", "entraîneuse", "sélectionneur", "président du conseil d'administration",
    "présidente du conseil d'administration",
)

#: Titles that describe a position inside a company or organisation: "PDG de X" makes X
#: an organisation, and the sentence context may supply the organisation ("of").
ORG_TITLES: frozenset[str] = frozenset({
    "pdg", "p-dg", "ceo", "dg", "président-directeur général", "présidente-directrice générale",
    "directeur général", "directrice générale", "directeur général délégué",
    "directrice générale déléguée", "directeur financier", "directrice financière",
    "directeur technique", "directrice technique", "directeur exécutif", "directrice exécutive",
    "directeur des opérations", "directrice des opérations", "fondateur", "fondatrice",
    "fondateurs", "cofondateur", "cofondatrice", "cofondateurs", "co-fondateur",
    "co-fondatrice", "co-fondateurs", "patron", "patronne", "patrons", "dirigeant",
    "dirigeante", "actionnaire", "scientifique en chef", "économiste en chef",
    "rédacteur en chef", "rédactrice en chef", "président du conseil d'administration",
    "présidente du conseil d'administration", "administrateur", "administratrice",
    "gérant", "gérante",
})
# "président(e)" is left out: presidents head countries, assemblies and courts as
# often as companies ("président de la France" does not make France an organisation).

#: Nouns that, before "de X", show X is an organisation (besides ORG_TITLES).
ORG_POSSESSIVE_NOUNS: frozenset[str] = frozenset({
    "dirigeants", "salariés", "salarié", "employés", "employé", "actionnaires",
    "siège", "filiale", "filiales", "conseil", "investisseurs", "investisseur",
    "rachat", "valorisation", "capitalisation", "chiffre", "effectifs",
    "porte-parole", "cofondateurs", "fondateurs", "patrons", "dirigeant",
    # media: "les auditeurs de France Inter", "dans les colonnes du Parisien" (not
    # "lecteurs": "les lecteurs de Proust"; not "micro", "antenne", "plateau": "au micro
    # de Léa Roux", "l'antenne de Lyon", "le plateau de Millevaches")
    "auditeurs", "auditrices", "téléspectateurs", "colonnes", "ondes", "rédaction",
    "rédactions", "journalistes", "locaux", "matinale",
    # a shop's trade: "les clients de Boulanger", "les ventes d'Hermès" (shops named
    # after people; not "magasins" nor "usines": "les magasins de Lyon")
    "clients", "clientes", "ventes", "bénéfice", "bénéfices",
})

#: Lowercase adjectives that belong to the title they follow ("directeur adjoint").
ROLE_MODIFIERS: frozenset[str] = frozenset({
    "adjoint", "adjointe", "délégué", "déléguée", "exécutif", "exécutive", "financier",
    "financière", "technique", "intérimaire", "honoraire", "sortant", "sortante",
    "général", "générale", "principal", "principale", "régional", "régionale",
    "national", "nationale", "opérationnel", "opérationnelle",
})

#: Words marking a title as no longer held ("ancien PDG", "l'ex-ministre").
FORMER_MARKERS: frozenset[str] = frozenset({
    "ancien", "ancienne", "anciens", "anciennes", "ex", "ex-",
})
#: Prefix glued to a title by the tokenizer ("ex-PDG" is one token).
FORMER_PREFIX = "ex-"

#: Ministerial portfolios: "ministre de la Culture" is a title, not a role "of" Culture.
#: Compared on accent-folded lowercase text.
PORTFOLIOS: frozenset[str] = frozenset({
    "culture", "economie", "economie et des finances", "finances", "interieur", "justice",
    "sante", "education", "education nationale", "armees", "defense", "travail",
    "agriculture", "affaires etrangeres", "europe et des affaires etrangeres", "budget",
    "logement", "sports", "numerique", "transition ecologique", "ecologie", "industrie",
    "enseignement superieur", "recherche", "transports", "outre-mer", "solidarites",
    "comptes publics", "commerce exterieur", "environnement", "energie", "famille",
    "immigration", "jeunesse", "cohesion des territoires", "fonction publique",
    "transition ecologique et solidaire", "action et des comptes publics",
    "affaires europeennes", "egalite", "ville", "tourisme", "handicap",
    "personnes handicapees", "collectivites territoriales", "relations avec le parlement",
    "francophonie", "petite enfance", "retraites", "economie numerique",
    "education nationale et de la jeunesse", "sante et des solidarites",
    "anciens combattants", "affaires sociales", "formation professionnelle",
})

#: Determiners that may sit between a former marker / comma and a title.
DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "l'", "l’", "les", "un", "une", "son", "sa", "ses", "leur", "leurs",
    "notre", "votre", "ce", "cette",
})

#: Prepositions introducing the organisation or place of a title ("PDG d'OpenAI").
OF_PREPOSITIONS: frozenset[str] = frozenset({"de", "d'", "d’", "du", "des"})
#: Lowercase words allowed inside a multi-word proper complement ("de l'Économie et des Finances").
OF_CONNECTORS: frozenset[str] = frozenset({
    "de", "d'", "d’", "du", "des", "la", "l'", "l’", "le", "les", "et",
})

# --- label evidence ---------------------------------------------------------------

#: Honorifics before a person's name (case-sensitive surface forms).
HONORIFICS: frozenset[str] = frozenset({
    "M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Dr.", "Pr", "Pr.",
    "Monsieur", "Madame", "Mademoiselle", "Maître", "Sir", "Lord", "Mgr",
})

#: Nouns that introduce an organisation's name ("la société Zorbex", "le géant Zorbex").
ORG_CUE_NOUNS: frozenset[str] = frozenset({
    "société", "sociétés", "entreprise", "entreprises", "start-up", "startup", "start-ups",
    "groupe", "constructeur", "firme", "géant", "géants", "banque", "compagnie",
    "éditeur", "fabricant", "opérateur", "laboratoire", "assureur", "cabinet", "agence",
    "fonds", "plateforme", "réseau", "enseigne", "marque", "chaîne", "distributeur",
    "équipementier", "concurrent", "rival", "filiale", "maison", "holding", "conglomérat",
    "parti", "syndicat", "association", "ong", "fondation", "club", "journal", "quotidien",
    "hebdomadaire", "magazine", "site", "application", "organisation", "institut",
    "spécialiste", "leader", "pionnier", "numéro", "firme", "média", "radio", "télévision",
    "transporteur", "pétrolier", "énergéticien", "industriel", "cimentier", "sidérurgiste",
    "avionneur", "motoriste", "brasseur", "chimiste", "armateur", "promoteur", "studio",
    "label", "organisme", "régulateur", "gendarme",
    # a shop or a plant is a company's: "le magasin Zara de Rennes", "l'usine Bigard"
    "magasin", "magasins", "boutique", "boutiques", "supermarché", "supermarchés",
    "hypermarché", "hypermarchés", "usine", "usines", "abattoir", "abattoirs",
    # institutions named after people: "l'hôpital Georges-Pompidou" is not a person
    "hôpital", "clinique", "lycée", "collège", "université", "école", "musée", "centre",
})

#: Words allowed between an ORG cue noun and the name ("le constructeur automobile américain X").
#: Any lowercase adjective or noun is accepted, up to this many tokens.
ORG_CUE_GAP = 3

#: Generic corporate-form suffixes, folded away from the entity name ("Microsoft Corp" -> "Microsoft").
#: Compared on the token without its final dot. "LP", "LLP", "GP", "Holding(s)",
#: "Foundation" are NOT folded: in news they name a distinct legal vehicle
#: ("OpenAI LP", the capped-profit arm, is not the "OpenAI" non-profit).
CORPORATE_SUFFIXES: frozenset[str] = frozenset({
    "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "PLC", "plc",
    "SA", "S.A", "SAS", "S.A.S", "SARL", "SE", "AG", "GmbH", "NV", "N.V", "BV", "B.V",
    "SpA", "S.p.A", "AB", "ASA", "Oyj", "KK", "Group", "Groupe",
})
#: Legal forms that are ORG evidence but stay in the name (see above).
DISTINCT_LEGAL_FORMS: frozenset[str] = frozenset({
    "LP", "LLP", "GP", "Holding", "Holdings", "Foundation", "Fondation",
})

#: Speech verbs (lemmas): being their subject is weak evidence of a person.
SPEECH_LEMMAS: frozenset[str] = frozenset({
    "dire", "déclarer", "affirmer", "expliquer", "ajouter", "estimer", "souligner",
    "confier", "raconter", "répondre", "assurer", "indiquer", "préciser", "lancer",
    "confirmer", "reconnaître", "marteler", "juger", "insister",
})

# --- junk filtering ---------------------------------------------------------------

#: Surface forms (accent-folded lowercase) that the model tags but are not actors.
JUNK_NAMES: frozenset[str] = frozenset({
    "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "lui", "eux", "ce",
    "cela", "ceci", "ca", "celui", "celle", "ceux", "qui", "que", "quoi", "dont",
    "lire aussi", "lire", "a lire", "a lire aussi", "voir aussi", "voir", "publicite",
    "photo", "photos", "video", "videos", "credit", "credits", "credit photo", "source",
    "sources", "infographie", "exclusif", "info", "infos", "direct", "en direct",
    "live", "edito", "abonnes", "abonne", "reserve aux abonnes", "newsletter", "podcast",
    "partager", "commenter", "commentaires", "ouais", "oui", "non", "bref", "bon",
    "merci", "bravo", "allo", "hein", "oh", "ah", "eh", "bah", "ok", "okay", "mdr",
    "monsieur", "madame", "mademoiselle", "m.", "mme", "dieu merci",
    # days and months open sentences and datelines; the dates component handles them
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "web", "internet",
})

#: Heads of institution names. Lowercase, "ministère de l'Intérieur" keeps its head
#: word (other leading lowercase words are trimmed: "procureur général de Californie");
#: at the start of a multi-word name ("Cour d'appel de Paris") they are ORG evidence.
INSTITUTION_HEADS: frozenset[str] = frozenset({
    "ministère", "secrétariat", "commission", "conseil", "cour", "tribunal", "assemblée",
    "sénat", "mairie", "préfecture", "agence", "office", "autorité", "direction",
    "parquet", "banque", "caisse", "chambre", "fédération", "confédération", "union",
    "institut", "observatoire", "université", "école", "musée", "hôpital", "centre",
    "comité", "collectif", "syndicat", "parti", "mouvement", "fondation", "association",
})

#: Heads naming the administration of a place ("la mairie de Valmont", "la préfecture du
#: Morbihan"): when the head acts, the actor is the administration, not the town.
AUTHORITY_HEADS: frozenset[str] = frozenset({
    "mairie", "préfecture", "sous-préfecture", "municipalité", "rectorat", "ministère",
})

#: Name particles kept at the start of a person's name ("de Gaulle", "van Gogh").
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "d'", "d’", "du", "des", "van", "von", "der", "den", "di", "da", "dos", "del",
    "della", "le", "la", "el", "al", "ben", "bin", "ibn", "mac", "mc", "ter", "zu",
})

#: Organisation name words that are lowercase stop-words inside names, ignored when
#: building an acronym ("Organisation mondiale de la santé" -> "OMS").
ACRONYM_SKIP: frozenset[str] = frozenset({
    "de", "d", "du", "des", "la", "le", "les", "l", "et", "pour", "en", "au", "aux", "a",
})

# --- first names --------------------------------------------------------------------

#: Common first names (French and international), accent-folded lowercase, other than
#: the feminine and epicene ones listed below; :data:`FIRST_NAMES` holds them all.
_OTHER_FIRST_NAMES = """
aaron abdel abdelkader abdallah abdoulaye abel adam adrien ahmed
alain alan albert alberto alejandro alexander alexandre
alexis alfred ali amine amir andre
andreas andrew angelo anthony antoine antonio arthur
augustin aurelien axel aymeric ayoub bastien
benjamin benoit bernard bertrand bill bob boris bruno
carl carlo carlos cedric
charles christian christophe
clement cyril cyrille damien
daniel david denis didier dimitri
donald edouard elon
emile emmanuel eric erik etienne eugene
fabien fabrice farid felix fernand fernando florent
florian francis francisco franck francois frank frederic gabriel
gael gaspard gauthier geoffrey george georges gerald gerard
gilbert gilles giovanni giuseppe greg gregoire gregory
guillaume gustave guy hakim hamid harry hassan henri henry herve hichem
hugo hugues ibrahim ilya ivan jack jacques james
jean jeff jeffrey jeremie jeremy jerome jim
joe joel john johnny jonathan jordan jose joseph jules
julien justin kamel karim kevin
khaled laurent leo leon leonard liam
lionel loic louis luc luca lucas lucien ludovic
luis mahmoud malik manuel marc marcel marco
mario marius mark
martin mathias mathieu matteo matthew matthieu maurice max maxime
mehdi michael michel mickael mohamed mohammed
mourad mustapha nabil nathan
nicolas noel olivier omar oscar pablo
pascal patrice patrick paul pedro philippe pierre
quentin rachid rafael raphael raymond regis remi remy renaud
rene richard rob robert roberto robin rodolphe rodrigue roger roland romain
salvatore samir samuel
sebastien serge sergei sergio simon stanislas
stephane steve steven sylvain theo theodore thierry
thomas tim timothee tom tony valentin victor
vincent vladimir william xavier yann yannick yves
zinedine
satya sundar tim jensen mark larry sergey jeff reed travis
brian evan kevin donald joe barack vladimir volodymyr xi
olaf boris rishi keir pedro recep benyamin benjamin narendra justin
emmanuel nicolas francois jacques jordan edouard gabriel bruno gerald
jean-luc jean-pierre jean-marie jean-claude jean-paul
jean-francois jean-michel jean-marc jean-louis jean-jacques jean-yves jean-noel
jean-baptiste
pierre-yves pierre-alain paul-henri
sofiane yanis ilyes nassim walid youssef
djamel abdelaziz bilal hamza idriss moussa mamadou cheikh ousmane
kofi nelson desmond jacob noah ethan oliver george
hugh nigel gordon tony helmut gerhard wolfgang jurgen
friedrich matteo giorgio silvio mario sergio pedro pablo jorge miguel
javier diego juan felipe lula jair vladimir dmitri alexei sergei
mikhail xiaoping shinzo fumio hiroshi
narendra rahul recep ahmet mehmet benyamin ehud yair
mahmoud bachar hassan ali reza ebrahim
thibaut thibault edgar geoffroy emiliano harvey ronan tristan albin konrad arnaud brice rudi
kris paulin gaston philip jamie moshe stephan willy mike corentin ernest nikos franz beppe
norbert ugo yoann nathanael christoph hubert jason yvan jacky eliot alfonso manfred leif
vassily ioannis luigi viktor karl ian hedi mounir yacine anis saad metin milan peter frank
ghislain wim bart kurt dirk geert koen jan pieter luc-henri eddy marcel-henri
"""

#: The feminine first names veille knows. The tagger's gender for a first name is a
#: guess ("Nathalie" masculine, "Cyril" feminine); these lists say it.
FEMININE_FIRST_NAMES: frozenset[str] = frozenset("""
adele agathe agnes aicha aida alexandra alexandrine alice aline alison amandine amelie amy
ana anais angela angelique anna anne annie astrid audrey aurelie barbara beatrice benedicte
bernadette brigitte carine carla carole caroline catherine cecile celine chantal charlotte
chloe christel christiane christine claire clara claudia clementine colette corinne daniela
danielle delphine denise dorothee elena eliane elisabeth elise elizabeth ella elodie eloise
emilie emma emmanuelle estelle eva eve evelyne fabienne fatima fatou florence francoise
frederique gabrielle gaelle genevieve geraldine ginette gisele giulia hannah helene ines
ingrid irene isabelle jacqueline jane janet janine jeanne jennifer jessica joelle josephine
josiane judith julia julie juliette justine karima karine kate katia lara laura laure
laurence lea leila leonie lila lina linda lisa louise lucie lucienne lydie lydia madeleine
magali manon margaux margot maria marianne marie marielle marina marine marion marta martine
mary mathilde melanie michelle mireille monique muriel myriam nadia nadine nancy natacha
nathalie nicole nina noemie nora olga olivia pamela pascale patricia paula pauline peggy
pierrette rachel raphaelle romane rose ruth sabine salome samia sandra sandrine sara sarah
severine simone sofia sonia sophie stephanie suzanne sylvie tania valentine valerie vanessa
veronique victoria violaine virginie yasmine yvette yvonne zoe
sheryl susan marissa hillary kamala giorgia segolene rachida marie-france marie-christine
marie-claire anne-marie anne-sophie sophia amina meriem salma malika aminata awa amelia
emily grace theresa margaret ursula annalena carmen lucia isabel dilma yulia tatiana natalia
svetlana golda indira
annick maeva agatha rita francesca odile ilse claudine melinda margrethe roxana priscillia
marlene jacline ludivine coralie nadege berangere edwige roselyne aurore maryse huguette
jocelyne ghislaine mylene solene oceane clemence capucine apolline
""".split())

#: First names given to men and women alike (or whose gender depends on the
#: language: "Andrea", "Michele"): no evidence either way.
EPICENE_FIRST_NAMES: frozenset[str] = frozenset("""
camille dominique claude sacha morgan kim alex sam andrea daniele michele yuki jin li wei
""".split())

#: Every first name veille knows: a multi-word name starting with one of them is
#: evidence of a person.
FIRST_NAMES: frozenset[str] = frozenset(_OTHER_FIRST_NAMES.split()) | FEMININE_FIRST_NAMES | EPICENE_FIRST_NAMES


def first_name_gender(folded: str) -> str | None:
    """ "Fem" or "Masc" for a first name of :data:`FIRST_NAMES` (accent-folded,
    lowercase), None for an epicene or unknown one. A hyphenated name unknown as
    a whole goes by its first part ("marie-helene" -> "Fem")."""
    if folded not in FIRST_NAMES and "-" in folded:
        folded = folded.split("-")[0]
    if folded in EPICENE_FIRST_NAMES or folded not in FIRST_NAMES:
        return None
    return "Fem" if folded in FEMININE_FIRST_NAMES else "Masc"


# --- type evidence from the name's own words ------------------------------------------

#: Last words of company names (case-sensitive surface forms): "Halcyon Software",
#: "Vermeil Capital", "Nordia Airlines". Strong ORG evidence; unlike legal suffixes
#: they stay in the name ("Halcyon" alone may be linked to it as a short form).
COMPANY_WORDS: frozenset[str] = frozenset({
    "Software", "Technologies", "Technology", "Tech", "Systems", "Systèmes", "Solutions",
    "Capital", "Partners", "Ventures", "Investments", "Investissements", "Bank", "Banque",
    "Motors", "Automotive", "Labs", "Lab", "Group", "Airlines", "Airways", "Aviation",
    "Énergie", "Énergies", "Energy", "Energies", "Conseil", "Consulting", "Industries",
    "Industrie", "Pharma", "Pharmaceuticals", "Therapeutics", "Biotech", "Media", "Médias",
    "Networks", "Telecom", "Télécom", "Finance", "Financial", "Assurances", "Insurance",
    "Immobilier", "Logistics", "Logistique", "Foods", "Robotics", "Semiconductor",
    "Semiconductors", "Electronics", "Entertainment", "Studios", "Games", "Digital",
    "Holdings", "Fund", "Asset", "Management", "Construction", "Transports", "Mobility",
})

#: Head nouns of places built by people (lowercase): "l'aéroport Charles-de-Gaulle",
#: "le stade Pierre-Mauroy", "la gare Saint-Lazare". The name after them is a place,
#: even when it is a person's name. (Hospitals, schools and universities are
#: institutions: see INSTITUTION_HEADS.)
FACILITY_NOUNS: frozenset[str] = frozenset({
    "aéroport", "stade", "gare", "port", "pont", "tour", "palais", "arena", "salle",
    "piscine", "station", "boulevard", "avenue", "rue", "place", "quai", "parc", "square",
    "autoroute", "périphérique", "tunnel", "circuit", "vélodrome", "hippodrome", "théâtre",
    "cathédrale", "église", "basilique", "château", "aérodrome", "campus", "quartier",
})

#: Prepositions after which a lone first name is a place ("à Florence", "en Virginie").
PLACE_PREPOSITIONS: frozenset[str] = frozenset({
    "à", "en", "au", "aux", "vers", "depuis", "près", "dans", "via", "sur",
})

#: Endings of French demonyms (accent-folded, lowercase): "Français", "Américaines",
#: "Bretons". A capitalised demonym after a determiner names a people, not a place.
DEMONYM_ENDINGS: tuple[str, ...] = (
    "ais", "aise", "aises", "ain", "aine", "ains", "aines", "ois", "oise", "oises",
    "ien", "ienne", "iens", "iennes", "on", "onne", "ons", "onnes", "and", "ands",
    "ol", "ole", "ols", "oles",
)
# Not "-e(s)" nor "-ande(s)": "les Alpes", "les Pyrénées", "les Landes" are places, and
# the model tags them NOUN like the demonyms.

#: Determiners before a people's name ("les Français", "un Allemand", "nos voisins").
PEOPLE_DETERMINERS: frozenset[str] = frozenset({
    "les", "des", "aux", "un", "une", "ces", "nos", "vos", "leurs", "deux", "trois",
    "plusieurs", "certains", "nombreux",
})
# Not "de": "le procureur de Lyon", "parle de Lorraine" name places with the same endings.

#: Institutions named by a common noun with the definite article ("l'État",
#: "le Parlement", "la Commission"): an organisation, whatever the model's label.
GENERIC_BODIES: frozenset[str] = frozenset({
    "état", "etat", "parlement", "commission", "gouvernement", "sénat", "assemblée",
    "conseil", "cour", "justice", "police", "gendarmerie", "armée", "église", "union",
    "élysée", "matignon", "bercy", "préfecture", "mairie", "région", "département",
    # "le président de la République": the state, not a person (the model often gives
    # the title's PER label to the trimmed "République")
    "république",
})

#: Seats of power named for their building or street, with or without the article
#: ("Matignon a démenti", "l'Élysée a confirmé", "les arbitrages de Bercy"): the
#: institution that acts, not the place. Accent-folded.
SEATS_OF_POWER: frozenset[str] = frozenset({
    "elysee", "matignon", "bercy", "beauvau",
})

#: Plural nicknames of institutions, after "les" / "des" ("les Sages" of the Conseil
#: constitutionnel). Accent-folded.
PLURAL_BODIES: frozenset[str] = frozenset({"sages"})

#: Political member nouns before a party's acronym ("le maire LR", "les élus RN",
#: "la députée LFI"): the acronym is the party, not the place the noun may introduce.
PARTY_MEMBER_NOUNS: frozenset[str] = frozenset({
    "maire", "maires", "député", "députée", "députés", "députées", "eurodéputé",
    "eurodéputée", "eurodéputés", "sénateur", "sénatrice", "sénateurs", "sénatrices",
    "élu", "élue", "élus", "élues", "candidat", "candidate", "candidats", "candidates",
    "militant", "militante", "militants", "militantes", "sympathisant", "sympathisante",
    "sympathisants", "adhérent", "adhérente", "adhérents", "parlementaire",
    "parlementaires", "conseiller", "conseillère", "conseillers", "ministre", "ministres",
    "cadre", "cadres", "ténor", "ténors", "baron", "barons", "groupe", "liste",
})

#: Capitalised first words of party and movement names ("Rassemblement national",
#: "Alliance centriste", "Ligue des droits de l'homme"); checked only when
#: capitalised, so that "le rassemblement de Toulouse" is no organisation.
PARTY_HEADS: frozenset[str] = frozenset({"rassemblement", "alliance", "ligue"})

#: Last words of the names of public bodies (case-sensitive): "Bordeaux Métropole",
#: "Valmont Agglomération" are councils of towns, not places.
BODY_WORDS: frozenset[str] = frozenset({
    "Métropole", "Agglomération", "Agglo", "Habitat",
})

#: Words after a one-word company name that make a distinct subsidiary or branch:
#: countries, regions and markets ("Total Belgium", "Zorbex France"). Case-sensitive.
REGION_WORDS: frozenset[str] = frozenset({
    "France", "Belgium", "Belgique", "Deutschland", "Allemagne", "Germany", "Europe",
    "Asia", "Asie", "Africa", "Afrique", "America", "Amérique", "Americas", "UK", "USA",
    "US", "Italia", "Italie", "España", "Espagne", "Suisse", "Schweiz", "Canada", "Japan",
    "Japon", "China", "Chine", "India", "Inde", "International", "Nederland", "Polska",
    "Benelux", "Nordic", "Iberia", "Mexico", "Brasil", "Brazil", "Maroc", "Luxembourg",
    "Monde", "Global", "Outre-mer", "Méditerranée", "Pacifique", "Atlantique",
})

#: Nouns that introduce a place's name ("la ville de Rennes", "la commune Saint-Aurèle").
PLACE_CUE_NOUNS: frozenset[str] = frozenset({
    "ville", "commune", "village", "région", "département", "pays", "capitale", "province",
    "localité", "agglomération", "île", "banlieue", "bourg", "cité", "canton", "vallée",
    "habitants", "maire",
})

#: Nouns whose "de X" is a town (not "du"/"des": "le procureur du Roi" is a title):
#: local courts and offices ("le parquet de Nancy", a city that is also a first
#: name) and nearness ("près de Nancy", "aux environs de Florence").
TOWN_OF_NOUNS: frozenset[str] = frozenset({
    "parquet", "tribunal", "barreau", "préfecture", "mairie", "procureur", "procureure",
    "préfet", "préfète", "diocèse", "près", "environs", "alentours", "périphérie",
})

#: Nouns besides titles that take a portfolio: "le ministère des Transports".
PORTFOLIO_HEADS: frozenset[str] = frozenset({"ministère", "ministères", "secrétariat", "portefeuille"})

#: Third-person possessive determiners before a title ("son PDG", "leur porte-parole"):
#: the organisation or person was named before.
POSSESSIVES: frozenset[str] = frozenset({"son", "sa", "leur", "ses", "leurs"})

#: Past participles before "par" that give the agent a role in the organisation:
#: "la société dirigée par Léa Roux" -> Léa Roux, dirigeante. Lowercase surface forms.
PARTICIPLE_TITLES: dict[str, str] = {
    **dict.fromkeys(("dirigé", "dirigée", "dirigés", "dirigées"), "dirigeant"),
    **dict.fromkeys(("présidé", "présidée", "présidés", "présidées"), "président"),
    **dict.fromkeys(("fondé", "fondée", "fondés", "fondées", "créé", "créée", "créés",
                     "créées"), "fondateur"),
    **dict.fromkeys(("cofondé", "cofondée", "cofondés", "cofondées", "co-fondé",
                     "co-fondée"), "cofondateur"),
}

#: ORG cue nouns too vague to make a name an organisation when in apposition after
#: it: "la France, spécialiste du diesel", "l'Allemagne, leader européen".
VAGUE_APPOSITIONS: frozenset[str] = frozenset({
    "spécialiste", "leader", "numéro", "pionnier", "rival", "concurrent", "géant",
    "géants", "maison", "marque", "réseau", "site", "label", "industriel", "promoteur",
    "régulateur", "gendarme", "studio", "club", "média",
})

#: Singular definite articles as written before a noun ("le", "la", "l'").
SINGULAR_DEFINITE = frozenset({"le", "la", "l'", "l’"})

#: Titles of a head of government (the prime minister's post, "Matignon" in France).
HEADS_OF_GOVERNMENT = frozenset({"premier ministre", "première ministre"})
