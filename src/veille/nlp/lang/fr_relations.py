"""French language data for the relation extractor: triggers, argument slots, polarity markers.

Data only; the logic that reads it lives in ``veille.nlp.relations``.

A trigger lemma maps to one or more *frames*, tried in order (the first frame that
yields a relation wins for that trigger). A frame is a dict:

- ``type``: a relation type of ``veille.models.RELATION_TYPES``;
- ``pos``: ``VERB`` or ``NOUN`` (the trigger's coarse part of speech);
- ``subject`` / ``object``: the slots where each role's actor is looked for, in
  order of preference. Slots are read on the normalised (active-voice) frame of
  the trigger:

  ``subj``     the active subject (the passive agent "par X" for a passive verb or
               a past participle modifying a noun; inherited through xcomp/conj);
  ``obj``      the direct object (the passive subject, or the noun a past
               participle modifies);
  ``iobj``     an indirect-object clitic or noun;
  ``agent``    a nominal introduced by "par";
  ``p:<prep>`` a nominal introduced by that preposition ("p:contre",
               "p:auprès de"), among the trigger's dependents and theirs;
  ``ref``      for a noun: the actor the noun describes ("X, cofondateur de Y",
               "le fondateur Y", "X est l'investisseur de Y");
  ``poss``     for a noun: the referent of a possessive ("son investisseur");
  ``govsubj``  for a noun: the subject of the support verb governing it
               ("X a annoncé une fusion avec Y");
  ``entre``    / ``entre2``: the first / second member of "entre X et Y".

- ``subject_types`` / ``object_types``: accepted entity types (default ``ACTOR_TYPES``);
- ``needs`` (optional): conditions on the context, all required:
  ``obj_lemma`` (the direct object's lemma is one of these), ``dep_lemma`` (a
  dependent of the trigger, or of one of its nominal dependents, has one of these
  lemmas), ``money`` (the sentence states an amount of money), ``reflexive`` (the
  trigger carries "se"), ``company`` (the object is a company: the object noun is
  a company word, or a PER subject and an ORG object), ``role`` (a job title
  stands in the clause), ``no_company`` (the negation of ``company``), ``prep``
  (a dependent is introduced by one of these prepositions), ``clause`` (the
  trigger governs an infinitive or "que" clause);
- ``arguments`` (optional): which arguments to extract: ``amount``, ``role``,
  ``claims``, ``object`` (what a letter/request asks), ``product``, ``into``.
"""

from __future__ import annotations

ACTOR_TYPES = ("PER", "ORG", "LOC", "MISC")
# The French model tags many company names LOC or PER; organisations are
# therefore accepted under any type except where a frame needs a person.
ORGLIKE = ("ORG", "MISC", "LOC", "PER")
PERSON = ("PER",)
# Employers and investees: places ("quitter la Bastille", "investir la Normandie")
# are not.
EMPLOYER = ("ORG",)
INVESTEE = ("ORG", "MISC", "PER")

# Words that name a post; "nommer" needs one ("nommé PDG", "nommé à la tête de").
POST_WORDS = (
    "pdg", "ceo", "président", "présidente", "directeur", "directrice", "tête", "direction",
    "présidence", "poste", "fonction", "ministre", "secrétaire", "conseiller", "conseillère",
    "chef", "patron", "patronne", "gérant", "gérante", "administrateur", "administratrice",
    "responsable", "délégué", "déléguée", "porte-parole", "vice-président", "vice-présidente",
    "dg", "entraîneur", "sélectionneur", "ambassadeur", "ambassadrice", "commissaire",
    "gouverneur", "préfet", "rédacteur", "rédactrice", "trésorier", "trésorière", "membre",
    "dirigeant", "dirigeante", "manager", "coach", "conseil",
)
_MONEY_OBJ = (
    "fonds", "capital", "capitaux", "million", "milliard", "argent", "somme",
    "financement", "dollar", "euro", "tour", "levée",
)
_LETTER_NOUNS = ("lettre", "courrier", "missive", "message", "courriel", "mail", "e-mail")
_AGREEMENT_NOUNS = (
    "accord", "partenariat", "alliance", "contrat", "protocole", "coentreprise",
    "convention", "entente",
)
_JUSTICE = ("justice", "tribunal", "cour", "procès", "poursuite")
_LAWSUIT_NOUNS = ("procès", "action", "poursuite", "plainte", "recours", "requête")

_LAWSUIT_V = {"type": "lawsuit", "pos": "VERB", "subject": ("subj",),
              "object": ("obj",), "arguments": ("claims",)}
_LAWSUIT_CONTRE = {"type": "lawsuit", "pos": "VERB", "subject": ("subj",),
                   "object": ("p:contre",), "arguments": ("claims",)}
_LAWSUIT_N = {"type": "lawsuit", "pos": "NOUN", "subject": ("agent", "p:de", "poss", "govsubj"),
              "object": ("p:contre",), "arguments": ("claims",)}
_ACQ_V = {"type": "acquisition", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
          "object_types": ORGLIKE, "arguments": ("amount",)}
_ACQ_N = {"type": "acquisition", "pos": "NOUN", "subject": ("agent", "poss", "govsubj"),
          "object": ("p:de",), "object_types": ORGLIKE, "arguments": ("amount",)}
_FOUND_V = {"type": "founding", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
            "object_types": ORGLIKE}
_FOUND_N = {"type": "founding", "pos": "NOUN", "subject": ("ref",), "object": ("p:de", "poss"),
            "object_types": ORGLIKE}
_INVEST_N = {"type": "investment", "pos": "NOUN", "subject": ("ref",),
             "object": ("p:de", "poss"), "object_types": INVESTEE, "arguments": ("amount",)}
_APPOINT_V = {"type": "appointment", "pos": "VERB", "subject": ("obj",),
              "object": ("p:de", "p:à", "p:chez", "subj"), "subject_types": PERSON,
              "object_types": EMPLOYER, "arguments": ("role",)}
_FIRE_V = {"type": "firing", "pos": "VERB", "subject": ("subj", "p:de"), "object": ("obj",),
           "object_types": PERSON, "arguments": ("role",)}
_FIRE_N = {"type": "firing", "pos": "NOUN", "subject": ("agent", "poss"), "object": ("p:de",),
           "object_types": PERSON, "arguments": ("role",)}
_COMPLAINT_V = {"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                "arguments": ("object",)}
_REQUEST_V = {"type": "request", "pos": "VERB", "subject": ("subj",),
              "object": ("obj", "iobj", "p:à"), "arguments": ("object",)}
_MERGER_N = {"type": "merger", "pos": "NOUN", "subject": ("entre", "p:de", "poss", "govsubj"),
             "object": ("p:avec", "entre2"), "object_types": ORGLIKE,
             "subject_types": ORGLIKE}
_PARTNER_N = {"type": "partnership", "pos": "NOUN", "subject": ("entre", "p:de", "poss", "govsubj"),
              "object": ("p:avec", "entre2")}
_LAUNCH_V = {"type": "launch", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
             "object_types": ("MISC", "ORG"), "arguments": ("product",)}

FRAMES: dict[str, tuple[dict, ...]] = {
    # --- lawsuit -------------------------------------------------------------
    "poursuivre": (dict(_LAWSUIT_V, needs={"dep_lemma": _JUSTICE}),),
    "attaquer": (
        dict(_LAWSUIT_V, needs={"dep_lemma": _JUSTICE}),
        # Without a court, "attaquer X" is a public attack: a complaint.
        _COMPLAINT_V,
    ),
    "traîner": (dict(_LAWSUIT_V, needs={"dep_lemma": _JUSTICE}),),
    "assigner": (_LAWSUIT_V,),
    "intenter": (_LAWSUIT_CONTRE,),
    "engager": (dict(_LAWSUIT_CONTRE, needs={"obj_lemma": _LAWSUIT_NOUNS}),),
    "porter": (dict(_LAWSUIT_CONTRE, needs={"obj_lemma": ("plainte",)}),),
    "déposer": (dict(_LAWSUIT_CONTRE, needs={"obj_lemma": _LAWSUIT_NOUNS}),),
    "procès": (_LAWSUIT_N,),
    "plainte": (
        # "X s'est plainte de Y": the model reads the participle as the noun.
        {"type": "complaint", "pos": "NOUN", "subject": ("ref",), "object": ("p:de",),
         "needs": {"reflexive": True}},
        _LAWSUIT_N,
    ),
    "poursuite": (_LAWSUIT_N,),
    "assignation": (_LAWSUIT_N,),
    "recours": (_LAWSUIT_N,),
    # --- investment ----------------------------------------------------------
    "investir": ({"type": "investment", "pos": "VERB", "subject": ("subj",),
                  "object": ("p:dans",), "object_types": INVESTEE, "arguments": ("amount",)},),
    "injecter": ({"type": "investment", "pos": "VERB", "subject": ("subj",),
                  "object": ("p:dans",), "object_types": INVESTEE, "arguments": ("amount",)},),
    "prendre": (
        {"type": "investment", "pos": "VERB", "subject": ("subj",), "object": ("p:dans", "p:de"),
         "needs": {"obj_lemma": ("participation",)}, "object_types": INVESTEE,
         "arguments": ("amount",)},
        {"type": "acquisition", "pos": "VERB", "subject": ("subj",), "object": ("p:de",),
         "needs": {"obj_lemma": ("contrôle",)}, "object_types": ORGLIKE, "arguments": ("amount",)},
        {"type": "appointment", "pos": "VERB", "subject": ("subj",), "object": ("p:de",),
         "needs": {"obj_lemma": ("tête", "direction", "présidence", "commande", "rênes")},
         "subject_types": PERSON, "object_types": EMPLOYER, "arguments": ("role",)},
    ),
    # "soutenu par" is financial only in a money context ("soutenir" is mostly political).
    "soutenir": ({"type": "investment", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                  "needs": {"money": True}, "arguments": ("amount",)},),
    "investisseur": (_INVEST_N,),
    "actionnaire": (_INVEST_N,),
    "investissement": ({"type": "investment", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                        "object": ("p:dans",), "arguments": ("amount",)},),
    # --- funding -------------------------------------------------------------
    "financer": ({"type": "funding", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                  "arguments": ("amount",)},),
    "subventionner": ({"type": "funding", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                       "arguments": ("amount",)},),
    # "X lève des fonds auprès de Y": Y funds X.
    "lever": ({"type": "funding", "pos": "VERB", "subject": ("p:auprès de",), "object": ("subj",),
               "needs": {"obj_lemma": _MONEY_OBJ}, "arguments": ("amount",)},),
    "collecter": ({"type": "funding", "pos": "VERB", "subject": ("p:auprès de",),
                   "object": ("subj",), "needs": {"obj_lemma": _MONEY_OBJ},
                   "arguments": ("amount",)},),
    "obtenir": ({"type": "funding", "pos": "VERB", "subject": ("p:de", "p:auprès de"),
                 "object": ("subj",), "needs": {"obj_lemma": _MONEY_OBJ, "money": True},
                 "arguments": ("amount",)},),
    "financement": ({"type": "funding", "pos": "NOUN", "subject": ("agent", "p:de"),
                     "object": ("p:pour",), "arguments": ("amount",)},),
    # --- donation ------------------------------------------------------------
    "donner": ({"type": "donation", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
                "needs": {"money": True}, "arguments": ("amount",)},),
    "faire": ({"type": "donation", "pos": "VERB", "subject": ("subj",), "object": ("p:à",),
               "needs": {"obj_lemma": ("don",)}, "arguments": ("amount",)},),
    "verser": ({"type": "donation", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
                "needs": {"dep_lemma": ("don",)}, "arguments": ("amount",)},),
    "don": ({"type": "donation", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
             "object": ("p:à",), "arguments": ("amount",)},),
    "donateur": ({"type": "donation", "pos": "NOUN", "subject": ("ref",), "object": ("p:de", "poss")},),
    "donatrice": ({"type": "donation", "pos": "NOUN", "subject": ("ref",), "object": ("p:de", "poss")},),
    "mécène": ({"type": "donation", "pos": "NOUN", "subject": ("ref",), "object": ("p:de", "poss")},),
    # --- founding ------------------------------------------------------------
    "fonder": (_FOUND_V,),
    "cofonder": (_FOUND_V,),
    "co-fonder": (_FOUND_V,),
    "créer": (dict(_FOUND_V, needs={"company": True}),),
    "lancer": (
        dict(_FOUND_V, needs={"company": True}),
        dict(_LAUNCH_V, needs={"no_company": True}),
    ),
    "fondateur": (_FOUND_N,),
    "fondatrice": (_FOUND_N,),
    "cofondateur": (_FOUND_N,),
    "cofondatrice": (_FOUND_N,),
    "co-fondateur": (_FOUND_N,),
    "co-fondatrice": (_FOUND_N,),
    "créateur": (_FOUND_N,),
    "créatrice": (_FOUND_N,),
    # --- acquisition ---------------------------------------------------------
    "racheter": (_ACQ_V,),
    "acquérir": (_ACQ_V,),
    "absorber": (_ACQ_V,),
    "acheter": (_ACQ_V,),
    "rachat": (_ACQ_N,),
    "acquisition": (_ACQ_N,),
    # --- merger --------------------------------------------------------------
    # "X fusionne avec Y"; "fusionner X avec Y": X is the first party.
    "fusionner": ({"type": "merger", "pos": "VERB", "subject": ("obj", "subj"), "object": ("p:avec",),
                   "subject_types": ORGLIKE, "object_types": ORGLIKE},),
    "fusion": (_MERGER_N,),
    "rapprochement": (_MERGER_N,),
    # --- appointment ---------------------------------------------------------
    # "nommer" needs a post: "le bien nommé X" is not an appointment.
    "nommer": (dict(_APPOINT_V, needs={"dep_lemma": POST_WORDS}),),
    "désigner": (dict(_APPOINT_V, needs={"role": True}),),
    "élire": (dict(_APPOINT_V, needs={"role": True}),),
    "promouvoir": (dict(_APPOINT_V, needs={"role": True}),),
    "recruter": (dict(_APPOINT_V, object=("subj",)),),
    "embaucher": (dict(_APPOINT_V, object=("subj",)),),
    "rejoindre": ({"type": "appointment", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                   "subject_types": PERSON, "object_types": EMPLOYER,
                   "needs": {"role": True}, "arguments": ("role",)},),
    "nomination": ({"type": "appointment", "pos": "NOUN", "subject": ("p:de",),
                    "object": ("p:à", "p:chez"), "subject_types": PERSON,
                    "object_types": EMPLOYER, "arguments": ("role",)},),
    # --- departure -----------------------------------------------------------
    "quitter": ({"type": "departure", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                 "subject_types": PERSON, "object_types": EMPLOYER, "arguments": ("role",)},),
    "démissionner": ({"type": "departure", "pos": "VERB", "subject": ("subj",), "object": ("p:de",),
                      "subject_types": PERSON, "object_types": EMPLOYER, "arguments": ("role",)},),
    "départ": ({"type": "departure", "pos": "NOUN", "subject": ("p:de", "poss"),
                "object": ("p:de",), "subject_types": PERSON, "object_types": EMPLOYER,
                "arguments": ("role",)},),
    "démission": ({"type": "departure", "pos": "NOUN", "subject": ("p:de", "poss"),
                   "object": ("p:de",), "subject_types": PERSON, "object_types": EMPLOYER,
                   "arguments": ("role",)},),
    # --- firing --------------------------------------------------------------
    "limoger": (_FIRE_V,),
    "licencier": (_FIRE_V,),
    "renvoyer": (dict(_FIRE_V, needs={"dep_lemma": ("poste", "fonction", "conseil")}),),
    "évincer": (_FIRE_V,),
    "congédier": (_FIRE_V,),
    "démettre": (_FIRE_V,),
    "destituer": (_FIRE_V,),
    "limogeage": (_FIRE_N,),
    "licenciement": (_FIRE_N,),
    "éviction": (_FIRE_N,),
    "renvoi": (dict(_FIRE_N, needs={"dep_lemma": ("poste", "fonction")}),),
    # --- letter --------------------------------------------------------------
    "écrire": ({"type": "letter", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
                "arguments": ("object",)},),
    "adresser": ({"type": "letter", "pos": "VERB", "subject": ("subj", "govsubj"),
                  "object": ("p:à", "iobj"), "needs": {"obj_lemma": _LETTER_NOUNS},
                  "arguments": ("object",)},),
    "envoyer": ({"type": "letter", "pos": "VERB", "subject": ("subj", "govsubj"),
                 "object": ("p:à", "iobj"), "needs": {"obj_lemma": _LETTER_NOUNS},
                 "arguments": ("object",)},),
    "lettre": ({"type": "letter", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                "object": ("p:à",), "arguments": ("object",)},),
    "courrier": ({"type": "letter", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                  "object": ("p:à",), "arguments": ("object",)},),
    # --- request -------------------------------------------------------------
    "demander": (dict(_REQUEST_V, object=("iobj", "p:à")),),
    "exhorter": (_REQUEST_V,),
    "appeler": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "inviter": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "enjoindre": (_REQUEST_V,),
    "sommer": (dict(_REQUEST_V, object=("obj",)),),
    "presser": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "implorer": (dict(_REQUEST_V, object=("obj",)),),
    "exiger": (dict(_REQUEST_V, object=("p:de", "iobj")),),
    "réclamer": (dict(_REQUEST_V, object=("p:à", "iobj", "p:auprès de")),),
    "supplier": (dict(_REQUEST_V, object=("obj",)),),
    "solliciter": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "prier": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "adjurer": (dict(_REQUEST_V, object=("obj",)),),
    "conjurer": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "encourager": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    # "saisir la Commission": refer a matter to an authority.
    "saisir": (dict(_REQUEST_V, object=("obj",), object_types=("ORG",)),),
    "demande": ({"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                 "object": ("p:auprès de", "p:à"), "arguments": ("object",)},),
    "requête": ({"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                 "object": ("p:auprès de", "p:à"), "arguments": ("object",)},),
    # --- complaint -----------------------------------------------------------
    "plaindre": ({"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("p:de",),
                  "arguments": ("object",)},),
    "dénoncer": ({"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                  "arguments": ("object",)},),
    "accuser": ({"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                 "arguments": ("object",)},),
    "reprocher": ({"type": "complaint", "pos": "VERB", "subject": ("subj",),
                   "object": ("iobj", "p:à"), "arguments": ("object",)},),
    "critiquer": (_COMPLAINT_V,),
    "fustiger": (_COMPLAINT_V,),
    "étriller": (_COMPLAINT_V,),
    "épingler": (_COMPLAINT_V,),
    "tacler": (_COMPLAINT_V,),
    "blâmer": (_COMPLAINT_V,),
    "vilipender": (_COMPLAINT_V,),
    "railler": (_COMPLAINT_V,),
    "stigmatiser": (_COMPLAINT_V,),
    # --- partnership ---------------------------------------------------------
    "associer": ({"type": "partnership", "pos": "VERB", "subject": ("subj",),
                  "object": ("p:avec", "p:à"), "needs": {"reflexive": True}},),
    "allier": ({"type": "partnership", "pos": "VERB", "subject": ("subj",),
                "object": ("p:avec", "p:à"), "needs": {"reflexive": True}},),
    "collaborer": ({"type": "partnership", "pos": "VERB", "subject": ("subj",), "object": ("p:avec",)},),
    "coopérer": ({"type": "partnership", "pos": "VERB", "subject": ("subj",), "object": ("p:avec",)},),
    "signer": ({"type": "partnership", "pos": "VERB", "subject": ("subj",), "object": ("p:avec",),
                "needs": {"obj_lemma": _AGREEMENT_NOUNS}},),
    "conclure": ({"type": "partnership", "pos": "VERB", "subject": ("subj",), "object": ("p:avec",),
                  "needs": {"obj_lemma": _AGREEMENT_NOUNS}},),
    "nouer": ({"type": "partnership", "pos": "VERB", "subject": ("subj",), "object": ("p:avec",),
               "needs": {"obj_lemma": _AGREEMENT_NOUNS}},),
    "partenariat": (_PARTNER_N,),
    "alliance": (_PARTNER_N,),
    "collaboration": (_PARTNER_N,),
    "coentreprise": (_PARTNER_N,),
    # --- integration ---------------------------------------------------------
    "intégrer": ({"type": "integration", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                  "needs": {"prep": ("à", "dans")}, "arguments": ("into",)},),
    "intégration": ({"type": "integration", "pos": "NOUN", "subject": ("p:dans", "p:à", "poss", "govsubj"),
                     "object": ("p:de",)},),
    # --- launch --------------------------------------------------------------
    "dévoiler": (_LAUNCH_V,),
    "commercialiser": (_LAUNCH_V,),
}

# Verbs that carry a noun trigger ("annoncer une fusion", "signer un partenariat"):
# the subject of these verbs is the noun's first party (slot ``govsubj``).
SUPPORT_VERBS = frozenset({
    "annoncer", "signer", "conclure", "nouer", "sceller", "officialiser", "finaliser",
    "boucler", "engager", "entamer", "mener", "intenter", "déposer", "porter", "adresser",
    "envoyer", "écrire", "rédiger", "faire", "effectuer", "réaliser", "proposer",
    "envisager", "négocier", "confirmer", "valider", "lancer", "annonce", "finaliser",
    "achever", "tenter", "préparer", "poursuivre",
})

# Nouns whose "de" complement is read through ("son poste de directeur de X").
RELATIONAL_NOUNS = frozenset({
    "poste", "fonction", "tête", "direction", "présidence", "conseil", "rôle", "siège",
    "comité", "commande", "rêne", "équipe", "capital", "contrôle", "part", "participation",
    "administration",
})

# Common nouns that name a place or body by its "de" complement ("le domaine de
# Chambord", "la ville de Lyon"): the complement is the actor.
NAMING_NOUNS = frozenset({
    "domaine", "château", "ville", "commune", "région", "département", "club", "marque",
    "journal", "quotidien", "chaîne", "hôtel", "stade", "musée", "festival", "parc",
})

# Words that make a title a former one ("un ancien dirigeant").
FORMER_WORDS = frozenset({"ancien", "ancienne", "ex", "ex-"})

# Participles that give a name to the noun they follow ("une entreprise appelée X").
NAMING_VERBS = frozenset({"appeler", "baptiser", "nommer", "dénommer", "intituler"})

# Job titles, for the ``role`` argument (lower-cased lemmas).
ROLE_TITLES = frozenset({
    "pdg", "p.-d.g.", "ceo", "cto", "cfo", "coo", "dg", "président", "présidente",
    "président-directeur", "vice-président", "vice-présidente", "directeur", "directrice",
    "administrateur", "administratrice", "gérant", "gérante", "patron", "patronne",
    "chef", "secrétaire", "trésorier", "trésorière", "porte-parole", "conseiller",
    "conseillère", "ministre", "entraîneur", "entraîneuse", "sélectionneur", "coach",
    "rédacteur", "rédactrice", "associé", "associée", "responsable", "commissaire",
    "ambassadeur", "ambassadrice", "délégué", "déléguée", "gouverneur", "préfet",
    "dirigeant", "dirigeante", "manager", "fondateur", "fondatrice", "membre",
})

# Heads of a noun phrase that make "lancer X" a company foundation.
COMPANY_NOUNS = frozenset({
    "société", "entreprise", "start-up", "startup", "jeune-pousse", "firme", "compagnie",
    "groupe", "fondation", "association", "laboratoire", "cabinet", "fonds", "banque",
    "journal", "parti", "ong", "organisation", "filiale", "structure", "média", "label",
})

# Heads of a noun phrase accepted as a launched product without an entity name.
PRODUCT_NOUNS = frozenset({
    "application", "appli", "service", "modèle", "produit", "plateforme", "logiciel",
    "smartphone", "téléphone", "voiture", "véhicule", "outil", "assistant", "chatbot",
    "robot", "console", "fonctionnalité", "version", "puce", "processeur", "appareil",
    "gamme", "abonnement", "agent", "navigateur", "moteur", "tablette", "ordinateur",
    "casque", "montre", "satellite", "fusée", "médicament", "vaccin", "jeu", "série",
})

# --- polarity ---------------------------------------------------------------

# Negation adverbs that deny the event when they depend on its verb.
NEGATION_WORDS = frozenset({"pas", "jamais", "plus", "aucunement", "nullement", "guère", "point"})
NEGATION_CLITICS = frozenset({"ne", "n'", "n’"})
# Verbs that deny what they govern ("dément avoir racheté", "renonce à racheter").
DENIAL_LEMMAS = frozenset({"démentir", "nier", "réfuter", "renoncer", "refuser", "abandonner"})
DENIAL_FORMS = frozenset({"dément", "démentent", "démenti", "nie", "nient", "nié"})
# Verbs of intention, attempt or future that make the event planned.
PLANNED_LEMMAS = frozenset({
    "aller", "compter", "envisager", "projeter", "chercher", "tenter", "vouloir", "prévoir",
    "souhaiter", "essayer", "apprêter", "espérer", "proposer", "menacer", "viser",
    "ambitionner", "négocier", "préparer", "planifier", "entendre", "s'apprêter",
    "discuter", "étudier", "tenter", "suggérer", "recommander", "envisager",
})
# Inflected forms the model's lemmatizer gets wrong ("tente" read as the noun "tente").
PLANNED_FORMS = frozenset({
    "tente", "tentent", "compte", "comptent", "projette", "projettent", "envisage",
    "envisagent", "cherche", "cherchent", "veut", "veulent", "prévoit", "prévoient",
    "souhaite", "souhaitent", "essaie", "essaye", "essaient", "espère", "espèrent",
})
# Verbs that are planned only in the conditional or future ("pourrait racheter").
MODAL_LEMMAS = frozenset({"pouvoir", "devoir"})
# Nouns that make the event they govern planned ("projet de rachat").
PLANNED_NOUNS = frozenset({
    "projet", "tentative", "intention", "proposition", "offre", "volonté", "plan",
    "négociation", "discussion", "perspective", "menace", "ambition", "idée", "option",
    "hypothèse", "possibilité", "éventualité",
})
# Verbs and adverbs that report or hedge what they govern.
ALLEGED_LEMMAS = frozenset({
    "alléguer", "accuser", "prétendre", "soupçonner", "affirmer", "assurer", "supposer",
    "croire", "estimer", "rapporter", "soutenir", "penser", "suspecter",
})
HEDGE_ADVERBS = frozenset({
    "prétendument", "présumément", "supposément", "apparemment", "vraisemblablement",
    "probablement", "peut-être", "officieusement",
})
# Sentence-level attribution: "selon X", "d'après X".
REPORTED_MARKERS = frozenset({"selon"})

# Verbs that make the governed infinitive a request ("pour lui demander de bloquer").
REQUEST_LEMMAS = frozenset({
    "demander", "exhorter", "appeler", "inviter", "enjoindre", "prier", "implorer",
    "réclamer", "presser", "sommer", "pousser", "encourager", "conjurer", "solliciter",
    "exiger", "supplier", "adjurer", "saisir",
})
# Verbs whose infinitive complement is controlled by their object ("demander à X de").
OBJECT_CONTROL_LEMMAS = REQUEST_LEMMAS | frozenset({
    "autoriser", "charger", "convaincre", "forcer", "obliger", "aider", "empêcher",
})

# Personal pronouns resolved to an earlier subject.
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
