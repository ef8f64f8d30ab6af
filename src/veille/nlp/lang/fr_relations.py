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
  trigger governs an infinitive or "que" clause), ``determiner`` (the trigger
  noun has a determiner: "un accord avec", not "d'accord avec"), ``own_prep`` (the
  trigger noun is itself introduced by one of these prepositions: "à l'origine de"),
  ``no_dep_lemma`` (no dependent has one of these lemmas), ``no_question`` (no "si" clause under the trigger: "demander à X s'il…" asks a question);
- ``arguments`` (optional): which arguments to extract: ``amount``, ``role``,
  ``claims``, ``object`` (what a letter/request asks), ``product``, ``into``.
"""

from __future__ import annotations

from . import fr_entities

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
    "dirigeant", "dirigeante", "manager", "coach", "conseil", "chargé", "chargée",
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
# "poursuivre / attaquer X en diffamation": the offence names the court case.
_JUSTICE = ("justice", "tribunal", "cour", "procès", "poursuite", "diffamation")
_LAWSUIT_NOUNS = ("procès", "action", "poursuite", "plainte", "recours", "requête")

# Written documents handed to an addressee ("remettre les doléances au Parlement").
_DOCUMENT_NOUNS = _LETTER_NOUNS + (
    "rapport", "doléance", "pétition", "requête", "cahier", "revendication", "motion",
    "dossier", "mémoire", "note", "liste", "proposition", "contribution", "manifeste",
    "synthèse", "copie", "pli", "missive",
)
# What one blames on someone ("attribuer les violences à X").
_BLAME_NOUNS = (
    "violence", "responsabilité", "faute", "échec", "dégradation", "incident", "débordement",
    "crise", "attentat", "agression", "casse", "défaite", "erreur", "blocage", "chaos",
    "désordre", "malaise", "colère", "drame", "mort", "pillage",
)
# What one condemns or denounces of someone ("condamner les propos de X").
CONDEMNED_NOUNS = (
    "propos", "attitude", "comportement", "attaque", "déclaration", "parole", "sortie",
    "agissement", "méthode", "politique", "décision", "choix", "position", "tweet", "geste",
    "discours", "injure", "insulte", "dérapage", "mensonge", "silence", "action",
    # conduct and plans one criticises ("le « délire » de X", "les propositions de X")
    "délire", "mépris", "arrogance", "dérive", "provocation", "manœuvre", "stratégie",
    "gestion", "inaction", "incompétence", "laxisme", "hypocrisie", "cynisme", "complaisance",
    "amalgame", "instrumentalisation", "proposition", "projet", "réforme", "plan", "mesure",
)
_GRANT_NOUNS = ("prêt", "subvention", "financement", "aide", "crédit", "enveloppe", "avance",
                "dotation", "garantie")
# Posts one is put at the head of ("porté à la tête / à la présidence de Y").
_HEAD_POSTS = ("tête", "présidence", "direction", "rênes", "commande")
_POST_LEFT = ("poste", "fonction", "présidence", "direction", "mandat", "siège", "fauteuil",
              "tête", "rênes")

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
# "roleof" (subject): with no firer named, the one organisation the fired person
# holds a post in ("X, rédacteur en chef de Y, … a été licencié").
_FIRE_V = {"type": "firing", "pos": "VERB", "subject": ("subj", "p:de", "roleof"), "object": ("obj",),
           "object_types": PERSON, "arguments": ("role",)}
_FIRE_N = {"type": "firing", "pos": "NOUN", "subject": ("agent", "poss", "roleof"), "object": ("p:de",),
           "object_types": PERSON, "arguments": ("role",)}
# "dénoncer la décision de X" (slot objde): a complaint against X.
_COMPLAINT_V = {"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("obj", "objde"),
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

_CAPITAL_V = {"type": "investment", "pos": "VERB", "subject": ("subj",), "object": ("p:de",),
              "needs": {"dep_lemma": ("capital", "actionnariat")}, "object_types": INVESTEE,
              "arguments": ("amount",)}
_FUND_V = {"type": "funding", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
           "arguments": ("amount",)}
# "accorder un prêt à X": the grant noun is the direct object.
_GRANT_V = {"type": "funding", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
            "needs": {"obj_lemma": _GRANT_NOUNS}, "arguments": ("amount",)}
_GRANT_N = {"type": "funding", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
            "object": ("p:à", "p:pour"), "arguments": ("amount",)}
_FUNDER_N = {"type": "funding", "pos": "NOUN", "subject": ("ref",), "object": ("p:de", "poss")}
# "la création de X par Y": only the agent founds ("sa fondation" is a charity).
_FOUNDING_BY_N = {"type": "founding", "pos": "NOUN", "subject": ("agent",), "object": ("p:de",),
                  "object_types": ("ORG",)}
_LITIGATION_N = {"type": "lawsuit", "pos": "NOUN", "subject": ("entre", "p:de", "poss", "govsubj"),
                 "object": ("p:avec", "p:contre", "entre2"), "arguments": ("claims",)}
_TAKE_POST_V = {"type": "appointment", "pos": "VERB", "subject": ("subj",), "object": ("p:de", "p:chez"),
                "subject_types": PERSON, "object_types": EMPLOYER,
                "needs": {"dep_lemma": POST_WORDS}, "arguments": ("role",)}
_LEAVE_POST_V = {"type": "departure", "pos": "VERB", "subject": ("subj",), "object": ("p:de", "p:chez", "roleof"),
                 "subject_types": PERSON, "object_types": EMPLOYER,
                 "needs": {"dep_lemma": _POST_LEFT}, "arguments": ("role",)}
# Words for a post or a government one leaves or joins without naming the
# organisation ("quitter le gouvernement", "entrer au gouvernement", "quitter ses
# fonctions"): the organisation is the one of the person's post (slot ``roleof``).
_UNNAMED_POSTS = ("gouvernement", "exécutif", "poste", "fonction", "ministère", "cabinet")
_LEAVE_ROLE_V = {"type": "departure", "pos": "VERB", "subject": ("subj",), "object": ("roleof",),
                 "subject_types": PERSON, "object_types": EMPLOYER,
                 "needs": {"obj_lemma": _UNNAMED_POSTS}, "arguments": ("role",)}
_JOIN_ROLE_V = dict(_LEAVE_ROLE_V, type="appointment")
_HAND_OVER_V = {"type": "letter", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
                "needs": {"obj_lemma": _DOCUMENT_NOUNS}, "arguments": ("object",)}
_LETTER_N = {"type": "letter", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
             "object": ("p:à",), "arguments": ("object",)}
_COMPLAIN_CONTRE_V = {"type": "complaint", "pos": "VERB", "subject": ("subj",),
                      "object": ("p:contre",), "arguments": ("object",)}
_BLAME_V = {"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
            "needs": {"obj_lemma": _BLAME_NOUNS}, "arguments": ("object",)}
_COMPLAINT_N = {"type": "complaint", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                "object": ("p:contre", "p:envers")}
# Company nouns as direct objects ("monter une société"); see COMPANY_NOUNS.
# Collective actions one joins ("rejoindre le mouvement / l'appel lancé par X").
# Words for a group's ranks: joining them joins the group ("rallier la liste du RN").
JOINED_GROUPS = ("liste", "rang", "rangs", "camp")
# What one asks of a person about their post ("réclamer la démission de X", "appeler
# au départ de X"): the request is made to X (slot "askde"; the departure itself has
# not happened, see relations._ASKABLE_EVENTS).
ASKED_EVENT_NOUNS = ("démission", "départ", "limogeage", "renvoi", "révocation", "éviction", "retrait")
JOINED_ACTIONS = (
    "mouvement", "appel", "grève", "mobilisation", "initiative", "fronde", "coalition",
    "pétition", "campagne", "combat",
)
COMPANY_WORDS = (
    "société", "entreprise", "start-up", "startup", "jeune-pousse", "firme", "compagnie",
    "fondation", "association", "cabinet", "parti", "ong", "filiale", "structure", "label",
    "mouvement", "collectif", "syndicat",
)

FRAMES: dict[str, tuple[dict, ...]] = {
    # --- lawsuit -------------------------------------------------------------
    "poursuivre": (dict(_LAWSUIT_V, needs={"dep_lemma": _JUSTICE}),),
    "attaquer": (
        dict(_LAWSUIT_V, needs={"dep_lemma": _JUSTICE}),
        # Without a court, "attaquer X" is a public attack: a complaint.
        _COMPLAINT_V,
        # "X s'attaque à Y": the same attack, reflexive.
        dict(_COMPLAINT_V, object=("p:à",), needs={"reflexive": True}),
    ),
    "traîner": (dict(_LAWSUIT_V, needs={"dep_lemma": _JUSTICE}),),
    "assigner": (_LAWSUIT_V,),
    "intenter": (_LAWSUIT_CONTRE,),
    "engager": (dict(_LAWSUIT_CONTRE, needs={"obj_lemma": _LAWSUIT_NOUNS}),),
    "porter": (
        dict(_LAWSUIT_CONTRE, needs={"obj_lemma": ("plainte",)}),
        # "porter plainte auprès de l'IGPN" (no defendant named): lodging the complaint
        # with an institution asks it to act.
        dict(_REQUEST_V, object=("p:auprès de", "p:à"), object_types=("ORG",),
             needs={"obj_lemma": ("plainte",)}),
        # "X a été porté(e) / placé(e) à la tête de Y"
        dict(_APPOINT_V, needs={"dep_lemma": _HEAD_POSTS}),
    ),
    "placer": (dict(_APPOINT_V, needs={"dep_lemma": _HEAD_POSTS}),),
    "propulser": (dict(_APPOINT_V, needs={"dep_lemma": _HEAD_POSTS}),),
    "parachuter": (dict(_APPOINT_V, needs={"dep_lemma": _HEAD_POSTS}),),
    "déposer": (
        dict(_LAWSUIT_CONTRE, needs={"obj_lemma": _LAWSUIT_NOUNS}),
        # "déposer une demande d'autorisation auprès de la préfecture": a request.
        dict(_REQUEST_V, object=("p:auprès de",),
             needs={"obj_lemma": ("demande", "requête", "dossier", "candidature", "doléance")}),
    ),
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
        # "X s'en prend à Y": a public attack.
        {"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("p:à",),
         "needs": {"reflexive": True, "dep_lemma": ("en",)}, "arguments": ("object",)},
    ),
    # "soutenu par" is financial only in a money context ("soutenir" is mostly political).
    "soutenir": ({"type": "investment", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                  "needs": {"money": True, "or_backed_business": True}, "arguments": ("amount",)},),
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
    # "il fonde sa société": the model lemmatises "fonde" as "fondre" (to melt).
    "fondre": (dict(_FOUND_V, needs={"company": True}),),
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
    "rejoindre": (
        # "rejoindre le mouvement lancé par X": joining X's action is an alliance.
        {"type": "partnership", "pos": "VERB", "subject": ("subj",), "object": ("objby",),
         "needs": {"obj_lemma": JOINED_ACTIONS}},
        # "rejoindre les rangs de X": so is joining its ranks.
        {"type": "partnership", "pos": "VERB", "subject": ("subj",), "object": ("objof",),
         "object_types": ORGLIKE[:3]},
        {"type": "appointment", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
         "subject_types": PERSON, "object_types": EMPLOYER,
         "needs": {"role": True}, "arguments": ("role",)},
        dict(_JOIN_ROLE_V, needs={"obj_lemma": ("gouvernement", "exécutif")}),
    ),
    "nomination": ({"type": "appointment", "pos": "NOUN", "subject": ("p:de",),
                    "object": ("p:à", "p:chez"), "subject_types": PERSON,
                    "object_types": EMPLOYER, "arguments": ("role",)},),
    # --- departure -----------------------------------------------------------
    "quitter": ({"type": "departure", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                 "subject_types": PERSON, "object_types": EMPLOYER, "arguments": ("role",)},
                # "le Royaume-Uni quitte l'Union": a country (typed as a place) leaving
                # an organisation it belongs to.
                {"type": "departure", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                 "subject_types": ("LOC",), "object_types": EMPLOYER},
                # "X a quitté le gouvernement / son poste": the organisation of X's one
                # post ("ministre de la Culture" -> the ministry).
                _LEAVE_ROLE_V),
    # "roleof": X's organisation from X's job title elsewhere in the article
    # ("Y, PDG de Kalima, … a démissionné").
    "démissionner": ({"type": "departure", "pos": "VERB", "subject": ("subj",), "object": ("p:de", "p:chez", "roleof"),
                      "subject_types": PERSON, "object_types": EMPLOYER, "arguments": ("role",)},),
    "départ": ({"type": "departure", "pos": "NOUN", "subject": ("p:de", "poss"),
                "object": ("p:de", "p:chez", "roleof"), "subject_types": PERSON, "object_types": EMPLOYER,
                "arguments": ("role",)},),
    "démission": ({"type": "departure", "pos": "NOUN", "subject": ("p:de", "poss"),
                   "object": ("p:de", "p:chez", "roleof"), "subject_types": PERSON, "object_types": EMPLOYER,
                   "arguments": ("role",)},),
    # "la défection de X" (from a party, a movement)
    "défection": ({"type": "departure", "pos": "NOUN", "subject": ("p:de", "poss"),
                   "object": ("p:de", "p:chez", "roleof"), "subject_types": PERSON, "object_types": EMPLOYER,
                   "arguments": ("role",)},),
    # --- firing --------------------------------------------------------------
    "limoger": (_FIRE_V,),
    "licencier": (_FIRE_V,),
    # "renvoyé pour faute (grave)": dismissal; other "renvoyer" are sending back.
    "renvoyer": (dict(_FIRE_V, needs={"dep_lemma": ("poste", "fonction", "conseil", "faute")}),),
    # "remercier X de ses fonctions" dismisses; "remercier X pour son accueil" thanks.
    "remercier": (dict(_FIRE_V, needs={"dep_lemma": ("poste", "fonction")}),),
    "évincer": (_FIRE_V,),
    "congédier": (_FIRE_V,),
    "démettre": (_FIRE_V,),
    "destituer": (_FIRE_V,),
    "limogeage": (_FIRE_N,),
    "licenciement": (_FIRE_N,),
    "éviction": (_FIRE_N,),
    "renvoi": (dict(_FIRE_N, needs={"dep_lemma": ("poste", "fonction")}),),
    # --- letter --------------------------------------------------------------
    # "écrire dans une tribune au Monde" publishes, it does not write to Le Monde.
    "écrire": ({"type": "letter", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
                "needs": {"no_dep_lemma": ("tribune", "article", "livre", "ouvrage", "blog",
                                           "chronique", "éditorial", "édito", "mémoires")},
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
    # "demander pardon à X" is an apology, not a request.
    "demander": (dict(_REQUEST_V, object=("iobj", "p:à", "askde"),
                      needs={"no_question": True, "no_dep_lemma": ("pardon", "excuse")}),),
    "exhorter": (_REQUEST_V,),
    "appeler": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),
                dict(_REQUEST_V, object=("askde",))),
    "inviter": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "enjoindre": (_REQUEST_V,),
    "sommer": (dict(_REQUEST_V, object=("obj",)),),
    "presser": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "implorer": (dict(_REQUEST_V, object=("obj",)),),
    "exiger": (dict(_REQUEST_V, object=("p:de", "iobj", "askde")),),
    "réclamer": (dict(_REQUEST_V, object=("p:à", "iobj", "p:auprès de", "askde")),),
    "supplier": (dict(_REQUEST_V, object=("obj",)),),
    "solliciter": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "prier": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "adjurer": (dict(_REQUEST_V, object=("obj",)),),
    "conjurer": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "encourager": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    "inciter": (dict(_REQUEST_V, object=("obj",), needs={"clause": True}),),
    # "pousser X vers la sortie": a forced departure.
    "pousser": (dict(_FIRE_V, needs={"dep_lemma": ("sortie",)}),),
    # "saisir la Commission": refer a matter to an authority.
    # "saisir la justice contre X" is a lawsuit.
    "saisir": (dict(_LAWSUIT_CONTRE, needs={"obj_lemma": _JUSTICE + ("juge", "prud'homme")}),
               dict(_REQUEST_V, object=("obj",), object_types=("ORG",)),),
    "demande": ({"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                 "object": ("p:auprès de", "p:à"), "arguments": ("object",)},),
    "requête": ({"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                 "object": ("p:auprès de", "p:à"), "arguments": ("object",)},),
    # --- complaint -----------------------------------------------------------
    "plaindre": ({"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("p:de",),
                  "arguments": ("object",)},),
    "dénoncer": ({"type": "complaint", "pos": "VERB", "subject": ("subj",), "object": ("obj", "objde"),
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
    "rabrouer": (_COMPLAINT_V,),
    "égratigner": (_COMPLAINT_V,),
    "houspiller": (_COMPLAINT_V,),
    "admonester": (_COMPLAINT_V,),
    "réprimander": (_COMPLAINT_V,),
    "morigéner": (_COMPLAINT_V,),
    # "tirer à boulets rouges sur X"
    "tirer": (dict(_COMPLAINT_V, object=("p:sur",), needs={"dep_lemma": ("boulet",)}),
              # "tirer sa révérence": leaving one's post.
              dict(_LEAVE_POST_V, object=("p:de", "roleof"), needs={"obj_lemma": ("révérence",)})),
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
    # --- more wordings, by type ---------------------------------------------
    # lawsuit
    "traduire": (dict(_LAWSUIT_V, needs={"dep_lemma": _JUSTICE}),),
    "citer": (dict(_LAWSUIT_V, needs={"dep_lemma": ("comparaître", "justice", "tribunal")}),),
    "action": (dict(_LAWSUIT_N, needs={"dep_lemma": ("justice", "judiciaire", "collectif",
                                                     "collective")}),),
    "procédure": (dict(_LAWSUIT_N, needs={"dep_lemma": ("judiciaire", "justice", "pénal",
                                                        "pénale", "civil", "civile")}),),
    "contentieux": (_LITIGATION_N,),
    "litige": (_LITIGATION_N,),
    # investment: "participer / entrer / monter au capital de X"
    "participer": (_CAPITAL_V,),
    "entrer": (_CAPITAL_V,
               # "X est entré au gouvernement": X's post there.
               dict(_JOIN_ROLE_V, needs={"dep_lemma": ("gouvernement", "exécutif")}),
               # "X est entré au service de Y" (an organisation): hired by Y.
               dict(_TAKE_POST_V, needs={"dep_lemma": ("service",)})),
    "monter": (
        _CAPITAL_V,
        dict(_FOUND_V, needs={"obj_lemma": tuple(COMPANY_WORDS)}),
    ),
    "participation": ({"type": "investment", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                       "object": ("p:dans",), "object_types": INVESTEE,
                       "arguments": ("amount",)},),
    "miser": ({"type": "investment", "pos": "VERB", "subject": ("subj",), "object": ("p:sur",),
               "needs": {"money": True}, "object_types": INVESTEE, "arguments": ("amount",)},),
    "investisseuse": (_INVEST_N,),
    # funding
    "cofinancer": (_FUND_V,),
    "renflouer": (_FUND_V,),
    "sponsoriser": (_FUND_V,),
    "accorder": (_GRANT_V,),
    "octroyer": (_GRANT_V,),
    "allouer": (_GRANT_V,),
    "consentir": (_GRANT_V,),
    "prêter": (dict(_GRANT_V, needs={"money": True}),),
    "prêt": (_GRANT_N,),
    "subvention": (_GRANT_N,),
    "soutien": (dict(_GRANT_N, needs={"dep_lemma": ("financier", "financière")}),),
    "bailleur": (_FUNDER_N,),
    "financeur": (_FUNDER_N,),
    "financeuse": (_FUNDER_N,),
    "sponsor": (_FUNDER_N,),
    # donation
    "léguer": ({"type": "donation", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
                "arguments": ("amount",)},),
    "donation": ({"type": "donation", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                  "object": ("p:à",), "arguments": ("amount",)},),
    # founding: "la création de X par Y", "Y, à l'origine de X", "l'initiateur de X"
    "création": (_FOUNDING_BY_N,),
    "fondation": (_FOUNDING_BY_N,),
    "origine": ({"type": "founding", "pos": "NOUN", "subject": ("ref", "govsubj"),
                 "object": ("p:de",), "object_types": ("ORG",),
                 "needs": {"own_prep": ("à",)}},),
    "initiateur": (dict(_FOUND_N, object_types=("ORG",)),),
    "initiatrice": (dict(_FOUND_N, object_types=("ORG",)),),
    "instigateur": (dict(_FOUND_N, object_types=("ORG",)),),
    "instigatrice": (dict(_FOUND_N, object_types=("ORG",)),),
    "bâtisseur": (dict(_FOUND_N, object_types=("ORG",)),),
    "constituer": (dict(_FOUND_V, needs={"obj_lemma": tuple(COMPANY_WORDS)}),
                   # "se constituer partie civile contre X"
                   dict(_LAWSUIT_CONTRE, needs={"reflexive": True, "dep_lemma": ("partie",)})),
    # acquisition
    "reprendre": (dict(_ACQ_V, needs={"money": True}, object_types=("ORG",)),),
    "reprise": (dict(_ACQ_N, needs={"money": True}),),
    "emparer": (dict(_ACQ_V, object=("p:de",), object_types=("ORG",),
                     needs={"reflexive": True, "money": True}),),
    "offrir": (dict(_ACQ_V, object_types=("ORG",), needs={"reflexive": True, "money": True}),
               # "offrir 1 million d'euros à Y" (after "s'offrir", which buys)
               {"type": "donation", "pos": "VERB", "subject": ("subj",), "object": ("p:à", "iobj"),
                "needs": {"money": True}, "arguments": ("amount",)}),
    "acquéreur": (dict(_FOUND_N, type="acquisition", object_types=ORGLIKE),),
    "repreneur": (dict(_FOUND_N, type="acquisition", object_types=ORGLIKE),),
    "opa": (dict(_ACQ_N, object=("p:sur", "p:de")),),
    # merger
    "fusionnement": (_MERGER_N,),
    # appointment: "succéder à X à la tête de Y", "accéder à la présidence de Y"
    # "succéder à X au Conseil constitutionnel": the seat is the organisation after
    # "à" (the predecessor, a person, is not an employer).
    "succéder": (_TAKE_POST_V, dict(_TAKE_POST_V, object=("p:à",), needs={})),
    # "X remplace Y à la tête de Z": X takes the post.
    "remplacer": (_TAKE_POST_V,),
    "accéder": (_TAKE_POST_V,),
    "devenir": (dict(_TAKE_POST_V, needs={"role": True}),),
    "introniser": (dict(_APPOINT_V, needs={"role": True}),),
    "réélire": (dict(_APPOINT_V, needs={"role": True}),),
    "reconduire": (dict(_APPOINT_V, needs={"role": True}),),
    "arrivée": ({"type": "appointment", "pos": "NOUN", "subject": ("p:de", "poss"),
                 "object": ("p:chez",), "subject_types": PERSON, "object_types": EMPLOYER,
                 "arguments": ("role",)},),
    # departure: "claquer la porte de X", "abandonner son poste de Y", "se retirer de X"
    "claquer": ({"type": "departure", "pos": "VERB", "subject": ("subj",), "object": ("p:de",),
                 "needs": {"obj_lemma": ("porte",)}, "subject_types": PERSON,
                 "object_types": EMPLOYER, "arguments": ("role",)},),
    "abandonner": (_LEAVE_POST_V,),
    "retirer": (dict(_LEAVE_POST_V, needs={"reflexive": True}),),
    # "rendre / déchirer sa carte du parti X": leaving a party.
    "rendre": (dict(_LEAVE_POST_V, object=("p:de",), needs={"obj_lemma": ("carte",)}),
               # "rendre son tablier"
               dict(_LEAVE_POST_V, object=("p:de", "roleof"), needs={"obj_lemma": ("tablier",)})),
    "déchirer": (dict(_LEAVE_POST_V, object=("p:de",), needs={"obj_lemma": ("carte",)}),),
    # "rompre avec X" (an organisation: a party, a movement).
    "rompre": (dict(_LEAVE_POST_V, object=("p:avec",), needs={}),),
    "démissionnaire": ({"type": "departure", "pos": "NOUN", "subject": ("ref",),
                        "object": ("p:de", "p:chez", "roleof"), "subject_types": PERSON,
                        "object_types": EMPLOYER},),
    # firing (exclusion from a party counts)
    "exclure": (_FIRE_V,),
    "exclusion": (_FIRE_N,),
    "révoquer": (_FIRE_V,),
    "révocation": (_FIRE_N,),
    "virer": (_FIRE_V,),
    "radier": (_FIRE_V,),
    "débarquer": (dict(_FIRE_V, needs={"dep_lemma": _POST_LEFT}),),
    "congédiement": (_FIRE_N,),
    # letter: "remettre / transmettre les doléances au Parlement"
    "remettre": (_HAND_OVER_V,),
    "transmettre": (_HAND_OVER_V,),
    "missive": (_LETTER_N,),
    "courriel": (_LETTER_N,),
    # request
    "ordonner": (dict(_REQUEST_V, object=("iobj", "p:à")),),
    "intimer": (dict(_REQUEST_V, object=("iobj", "p:à")),),
    "plaider": (dict(_REQUEST_V, object=("p:auprès de",)),),
    "intercéder": (dict(_REQUEST_V, object=("p:auprès de",)),),
    # "mettre X en demeure de", "mettre en cause X"
    "mettre": (
        dict(_REQUEST_V, object=("obj",), needs={"dep_lemma": ("demeure",)}),
        dict(_COMPLAINT_V, needs={"dep_lemma": ("cause",)}),
        # "mettre X à la porte": a dismissal.
        dict(_FIRE_V, needs={"dep_lemma": ("porte",)}),
        # "mettre la main sur X" (a company): a takeover.
        dict(_ACQ_V, object=("p:sur",), object_types=("ORG",), needs={"obj_lemma": ("main",)}),
        # "mettre sur pied X" (an organisation): a foundation.
        dict(_FOUND_V, object_types=("ORG",), needs={"dep_lemma": ("pied",)}),
        # "mettre X sur le marché": a launch.
        dict(_LAUNCH_V, needs={"dep_lemma": ("marché",)}),
    ),
    "ultimatum": ({"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                   "object": ("p:à",), "arguments": ("object",)},),
    # complaint
    "pester": (_COMPLAIN_CONTRE_V,),
    "protester": (_COMPLAIN_CONTRE_V,),
    "insurger": (_COMPLAIN_CONTRE_V,),
    "tempêter": (_COMPLAIN_CONTRE_V,),
    "fulminer": (_COMPLAIN_CONTRE_V,),
    "râler": (_COMPLAIN_CONTRE_V,),
    "indigner": (dict(_COMPLAIN_CONTRE_V, object=("p:contre", "p:de"), needs={"reflexive": True}),),
    "élever": (dict(_COMPLAIN_CONTRE_V, needs={"reflexive": True}),),
    "vitupérer": (_COMPLAINT_V,),
    "conspuer": (_COMPLAINT_V,),
    "huer": (_COMPLAINT_V,),
    "dénigrer": (_COMPLAINT_V,),
    "brocarder": (_COMPLAINT_V,),
    "tancer": (_COMPLAINT_V,),
    "sermonner": (_COMPLAINT_V,),
    "recadrer": (_COMPLAINT_V,),
    "désavouer": (_COMPLAINT_V,),
    "incriminer": (_COMPLAINT_V,),
    "insulter": (_COMPLAINT_V,),
    "injurier": (_COMPLAINT_V,),
    "diffamer": (_COMPLAINT_V,),
    "taxer": (_COMPLAINT_V,),
    "éreinter": (_COMPLAINT_V,),
    "accabler": (_COMPLAINT_V,),
    "condamner": (dict(_COMPLAINT_V, object=("p:de",), needs={"obj_lemma": CONDEMNED_NOUNS}),),
    "déplorer": (dict(_COMPLAINT_V, object=("p:de",), needs={"obj_lemma": CONDEMNED_NOUNS}),),
    "attribuer": (_BLAME_V,),
    "imputer": (_BLAME_V,),
    "pointer": (dict(_COMPLAINT_V, object=("obj", "p:de"), object_types=("PER", "ORG"),
                     needs={"dep_lemma": ("doigt", "responsabilité")}),),
    "critique": (_COMPLAINT_N,),
    "charge": (dict(_COMPLAINT_N, object=("p:contre",)),),
    "réquisitoire": (dict(_COMPLAINT_N, object=("p:contre",)),),
    "diatribe": (dict(_COMPLAINT_N, object=("p:contre",)),),
    "pique": (dict(_COMPLAINT_N, object=("p:à", "p:contre")),),
    "accusation": (_COMPLAINT_N,),
    "reproche": (dict(_COMPLAINT_N, object=("p:à",)),),
    # partnership
    "accord": (dict(_PARTNER_N, needs={"determiner": True}),),
    "entente": (dict(_PARTNER_N, needs={"determiner": True}),),
    "pacte": (dict(_PARTNER_N, needs={"determiner": True}),),
    "coopération": (dict(_PARTNER_N, needs={"determiner": True}),),
    "partenaire": ({"type": "partnership", "pos": "NOUN", "subject": ("ref",),
                    "object": ("p:de", "poss")},),
    # "X a rallié la liste du RN" (not "rallier X à sa cause", nor "rallier Paris":
    # as a direct object an organisation only; a party in the ranks' complement may
    # be typed as a place by the model).
    "rallier": ({"type": "partnership", "pos": "VERB", "subject": ("subj",),
                 "object": ("objof",), "object_types": ORGLIKE[:3]},
                {"type": "partnership", "pos": "VERB", "subject": ("subj",),
                 "object": ("obj",), "object_types": ("ORG",)},),
    "unir": ({"type": "partnership", "pos": "VERB", "subject": ("subj",),
              "object": ("p:avec", "p:à"), "needs": {"reflexive": True}},),
    "sceller": (dict(_PARTNER_N, pos="VERB", subject=("subj",), object=("p:avec",),
                     needs={"obj_lemma": _AGREEMENT_NOUNS}),),
    "parapher": (dict(_PARTNER_N, pos="VERB", subject=("subj",), object=("p:avec",),
                      needs={"obj_lemma": _AGREEMENT_NOUNS}),),
    # integration
    "incorporer": ({"type": "integration", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                    "needs": {"prep": ("à", "dans")}, "arguments": ("into",)},),
    # launch
    "déployer": (dict(_LAUNCH_V, object_types=("MISC",)),),
    # --- round 7b (session 7): common wordings per type, listed from the language
    # (verbs, nouns, fixed phrases), not read off articles --------------------------
    # firing: "relevé de ses fonctions", "écarté / éjecté de la direction de Y"
    "destitution": (_FIRE_N,),
    "relever": (dict(_FIRE_V, needs={"dep_lemma": ("fonction",)}),),
    "écarter": (dict(_FIRE_V, needs={"dep_lemma": _POST_LEFT}),),
    "éjecter": (dict(_FIRE_V, needs={"dep_lemma": _POST_LEFT + ("conseil", "gouvernement")}),),
    # appointment: "élu / coopté / bombardé PDG de Y", "installé / hissé à la tête de Y",
    # "l'élection de X à la présidence de Y"
    "coopter": (dict(_APPOINT_V, needs={"dep_lemma": POST_WORDS}),),
    "bombarder": (dict(_APPOINT_V, needs={"role": True}),),
    "installer": (dict(_APPOINT_V, needs={"dep_lemma": _HEAD_POSTS}),),
    "hisser": (dict(_APPOINT_V, needs={"dep_lemma": _HEAD_POSTS}),),
    "catapulter": (dict(_APPOINT_V, needs={"dep_lemma": _HEAD_POSTS}),),
    "élection": ({"type": "appointment", "pos": "NOUN", "subject": ("p:de",),
                  "object": ("p:à", "p:chez"), "subject_types": PERSON,
                  "object_types": EMPLOYER, "arguments": ("role",)},),
    "réélection": ({"type": "appointment", "pos": "NOUN", "subject": ("p:de",),
                    "object": ("p:à", "p:chez"), "subject_types": PERSON,
                    "object_types": EMPLOYER, "arguments": ("role",)},),
    # departure: "jeter l'éponge", "rendre son tablier", "passer la main", "tirer sa
    # révérence", "renoncer à / céder / lâcher son poste", "partir de chez Y"
    "jeter": (dict(_LEAVE_POST_V, object=("p:de", "roleof"), needs={"obj_lemma": ("éponge",)}),),
    "passer": (dict(_LEAVE_POST_V, object=("p:de", "roleof"), needs={"obj_lemma": ("main",)}),),
    "renoncer": (_LEAVE_POST_V,),
    "céder": (dict(_LEAVE_POST_V, needs={"dep_lemma": _POST_LEFT + ("place",)}),),
    "lâcher": (_LEAVE_POST_V,),
    # "perdre son poste / son siège / son mandat de Y"
    "perdre": (dict(_LEAVE_POST_V, needs={"obj_lemma": _POST_LEFT}),),
    "partir": ({"type": "departure", "pos": "VERB", "subject": ("subj",),
                "object": ("p:de", "p:chez"), "subject_types": PERSON,
                "object_types": EMPLOYER, "arguments": ("role",)},),
    "retrait": ({"type": "departure", "pos": "NOUN", "subject": ("p:de", "poss"),
                 "object": ("p:de", "p:chez"), "subject_types": PERSON,
                 "object_types": EMPLOYER, "arguments": ("role",)},),
    # acquisition: "l'achat de X par Y", "la prise de contrôle de X", "croquer X"
    "achat": (dict(_ACQ_N, object_types=("ORG", "MISC")),),
    "croquer": (dict(_ACQ_V, object_types=("ORG",)),),
    "racheteur": (dict(_FOUND_N, type="acquisition", object_types=ORGLIKE),),
    # funding: "doter X de 10 millions", "la levée de fonds de X auprès de Y", "une dotation"
    "doter": (dict(_FUND_V, needs={"money": True}),),
    "levée": ({"type": "funding", "pos": "NOUN", "subject": ("p:auprès de",),
               "object": ("poss", "govsubj"), "needs": {"dep_lemma": ("fonds",)},
               "arguments": ("amount",)},),
    "dotation": (_GRANT_N,),
    # lawsuit: "saisir la justice contre X", "contester en justice la décision de X",
    # "se constituer partie civile contre X"
    "contester": (dict(_LAWSUIT_V, object=("obj", "objde"), needs={"dep_lemma": _JUSTICE}),),
    # complaint: "pourfendre", "se moquer de", "clouer au pilori",
    # "dézinguer", "la mise en cause de X par Y"
    "pourfendre": (_COMPLAINT_V,),
    "moquer": (dict(_COMPLAINT_V, object=("p:de",), needs={"reflexive": True}),),
    "clouer": (dict(_COMPLAINT_V, needs={"dep_lemma": ("pilori",)}),),
    "dézinguer": (_COMPLAINT_V,),
    "flageller": (_COMPLAINT_V,),
    "mise": (
        {"type": "complaint", "pos": "NOUN", "subject": ("agent",), "object": ("p:de",),
         "needs": {"dep_lemma": ("cause",)}},
        # "la mise en demeure de Y adressée à X"
        {"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
         "object": ("p:à",), "needs": {"dep_lemma": ("demeure",)}, "arguments": ("object",)},
    ),
    # request: "signaler les faits au parquet", "l'injonction / la sommation de X à Y"
    # ("la saisine de Y" was tried and left out: mostly a procedure, not a request; "un
    # appel à Y" is left to the verb "appeler": "lancer un appel à" stays no relation)
    "signaler": (dict(_REQUEST_V, object=("p:à", "iobj"), object_types=("ORG",)),),
    "injonction": ({"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                    "object": ("p:à",), "arguments": ("object",)},),
    "sommation": ({"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                   "object": ("p:à",), "arguments": ("object",)},),
    "exhortation": ({"type": "request", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
                     "object": ("p:à",), "arguments": ("object",)},),
    # launch: "le lancement de X (par Y)"
    "lancement": ({"type": "launch", "pos": "NOUN", "subject": ("agent", "poss", "govsubj"),
                   "object": ("p:de",), "object_types": ("MISC", "ORG"),
                   "arguments": ("product",)},),
    # partnership: "le ralliement de X au parti Y", "une coalition / une joint-venture
    # avec Y" ("allié de Y" as an apposition was tried
    # and left out: the parser hangs it on the wrong name)
    "ralliement": ({"type": "partnership", "pos": "NOUN", "subject": ("p:de", "poss"),
                    "object": ("p:à",), "object_types": ORGLIKE[:3]},),
    "coalition": (dict(_PARTNER_N, needs={"determiner": True}),),
    "joint-venture": (_PARTNER_N,),
    # donation: "un legs de X à Y"
    "legs": ({"type": "donation", "pos": "NOUN", "subject": ("p:de", "poss", "govsubj"),
              "object": ("p:à",), "arguments": ("amount",)},),
    # integration: "rattacher X à Y"
    "rattacher": ({"type": "integration", "pos": "VERB", "subject": ("subj",), "object": ("obj",),
                   "needs": {"prep": ("à",)}, "arguments": ("into",)},),
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

# Quantity nouns whose "de" complement is the real object when a frame checks the
# object's lemma ("remettre l'intégralité des doléances", "une série de lettres").
QUANTITY_NOUNS = frozenset({
    "intégralité", "ensemble", "totalité", "série", "liste", "partie", "plupart", "dizaine",
    "centaine", "millier", "lot", "paquet", "salve", "copie", "pile",
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
    "régime",
})

# Governing bodies that act for the organisation of their "de" complement ("le
# conseil d'administration de X a limogé Y": X fires Y).
# Local institutions named after their place ("la mairie de Bordeaux"): the model
# types the place LOC, the institution acts as an organisation (one leaves it, it
# sues, it is asked).
# Municipal posts named with their town ("maire de V"): the town is the employer.
MUNICIPAL_POSTS = frozenset({"maire", "bourgmestre"})
INSTITUTION_NOUNS = frozenset({
    "mairie", "préfecture", "sous-préfecture", "municipalité", "rectorat",
    # a prosecution office or a court named by its seat ("le parquet de Paris")
    "parquet", "tribunal",
})

ORGAN_NOUNS = frozenset({
    "conseil", "direction", "comité", "directoire", "état-major", "administration",
    "bureau", "assemblée",
})

# Titles that do not make a post one can leave ("fondateur de X" stays the founder).
NOT_A_POST = frozenset({"fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur",
                        "co-fondatrice", "créateur", "créatrice", "actionnaire"})

# "chef de l'État", "président de la République": a national office, not an
# organisation one leaves by a departure.
NOT_AN_EMPLOYER = frozenset({"état", "etat", "l'état", "l’état", "république", "nation",
                             "gouvernement", "pays"})

# Types whose two roles are interchangeable ("X et Y fusionnent").
SYMMETRIC_TYPES = frozenset({"partnership", "merger"})

# Words that make a title a former one ("un ancien dirigeant").
FORMER_WORDS = frozenset({"ancien", "ancienne", "ex", "ex-"})

# Participles that give a name to the noun they follow ("une entreprise appelée X").
NAMING_VERBS = frozenset({"appeler", "baptiser", "nommer", "dénommer", "intituler"})

# Job titles, for the ``role`` argument (lower-cased lemmas).
# Nouns that designate a person: with a party and a name apposed ("la députée
# LREM Aurore Bergé"), the person is the actor.
PERSON_TITLES = frozenset({
    "député", "députée", "eurodéputé", "eurodéputée", "sénateur", "sénatrice", "maire",
    "élu", "élue", "militant", "militante", "avocat", "avocate", "leader", "candidat",
    "candidate", "syndicaliste", "journaliste", "chroniqueur", "chroniqueuse",
})
ROLE_TITLES = frozenset({
    "pdg", "p.-d.g.", "ceo", "cto", "cfo", "coo", "dg", "président", "présidente",
    "président-directeur", "vice-président", "vice-présidente", "directeur", "directrice",
    "administrateur", "administratrice", "gérant", "gérante", "patron", "patronne",
    "chef", "secrétaire", "trésorier", "trésorière", "porte-parole", "conseiller",
    "conseillère", "ministre", "entraîneur", "entraîneuse", "sélectionneur", "coach",
    "rédacteur", "rédactrice", "associé", "associée", "responsable", "commissaire",
    "ambassadeur", "ambassadrice", "délégué", "déléguée", "gouverneur", "préfet",
    "dirigeant", "dirigeante", "manager", "fondateur", "fondatrice", "membre",
    "chargé", "chargée",
})
# Verbs whose "si" clause is a question ("demander si X devrait quitter Y"): what
# it asks is no fact, plan or claim.
QUESTION_VERBS = frozenset({
    "demander", "interroger", "questionner", "savoir", "ignorer", "deviner", "chercher",
})
# Every word that names a person by what he does (for descriptions and titles).
PERSON_OR_ROLE_TITLES = PERSON_TITLES | ROLE_TITLES

# Businesses whose backers are investors ("la start-up soutenue par X"); a party, an
# association or a candidate "soutenu par X" is political support.
BACKED_BUSINESS_NOUNS = frozenset({
    "société", "entreprise", "start-up", "startup", "jeune-pousse", "firme", "filiale",
})

# Heads of a noun phrase that make "lancer X" a company foundation.
COMPANY_NOUNS = frozenset({
    "société", "entreprise", "start-up", "startup", "jeune-pousse", "firme", "compagnie",
    "groupe", "fondation", "association", "laboratoire", "cabinet", "fonds", "banque",
    "journal", "parti", "ong", "organisation", "filiale", "structure", "média", "label",
    "mouvement", "collectif", "syndicat", "coopérative", "think-tank", "club", "cercle",
    "coalition", "fédération", "confédération", "institut",
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
# "n'exclut pas de porter plainte": a negated exclusion leaves the event possible,
# which is how a plan is reported (polarity "planned", not "denied").
EXCLUSION_LEMMAS = frozenset({"exclure", "écarter"})
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
# "la demande émane de X": the noun's source acts as its subject.
SOURCE_VERBS = frozenset({"émaner", "provenir", "venir"})
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# Demonstratives that pick the last-named actor ("the latter").
LATTER_PRONOUNS = frozenset({"celui-ci", "celle-ci"})
# "le chef de X", "le patron de X" name whoever heads X, whatever the exact title
# the article gave him ("PDG de X", "directeur général de X").
HEAD_WORDS = frozenset({"chef", "patron", "patronne", "dirigeant", "dirigeante", "boss"})
HEAD_TITLES = HEAD_WORDS | frozenset({
    "pdg", "p-dg", "p.-d.g.", "président-directeur général", "présidente-directrice générale",
    "directeur général", "directrice générale", "président", "présidente", "ceo",
    "administrateur délégué", "administratrice déléguée", "gérant", "gérante",
})
# Verbs whose compound tenses take "être" with an active meaning (the parser may
# read "est devenue" as a passive).
ETRE_VERBS = frozenset({
    "devenir", "partir", "venir", "revenir", "arriver", "entrer", "rentrer", "sortir",
    "naître", "mourir", "décéder", "rester", "retourner", "tomber", "parvenir", "intervenir",
})
# Verbs whose "il" is impersonal ("il faut", "il s'agit", "il semble que").
IMPERSONAL_VERBS = frozenset({
    "falloir", "agir", "sembler", "paraître", "rester", "exister", "arriver", "suffire",
    "manquer", "pleuvoir", "valoir", "convenir", "importer", "advenir", "apparaître",
})
# Object clitics resolved to the one actor they can stand for ("l'accuse de", "lui demande de").
OBJECT_CLITICS = frozenset({"l'", "l’", "le", "la", "lui"})
POSSESSIVES = fr_entities.POSSESSIVES
