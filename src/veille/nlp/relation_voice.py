"""Token-level helpers of the relation extractor: coarse part of speech, the
preposition of a nominal, voice (passive, reflexive), participles and gerunds.

Split from ``relation_syntax`` (which re-exports every name here, so callers keep
writing ``syntax.prep_of``); no document context, no relation logic.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lang import fr_relations as fr

VERBAL = frozenset({"VERB", "AUX"})

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "X", "NUM"})

PREP_NORMAL = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d’": "de"}

COMPOUND_PREP_HEADS = frozenset({"auprès", "près", "lors", "face", "autour", "loin"})


# Agent-noun triggers ("fondateur", "partenaire", "investisseur": nouns that describe
# an actor, slot "ref"): the model sometimes tags them VERB or ADJ in appositions
# ("X, fondateur de Y"); they are read as nouns. Nouns that are also verb or
# adjective forms ("demande", "critique") are not in this set.
NOUN_ONLY_LEMMAS = frozenset(
    lemma for lemma, specs in fr.FRAMES.items()
    if all(s["pos"] == "NOUN" and "ref" in s["subject"] for s in specs)
)


def coarse_pos(t: Token) -> str:
    if t.lemma_.lower() in NOUN_ONLY_LEMMAS:
        return "NOUN"
    if t.pos_ in VERBAL or (t.pos_ == "ADJ" and "Part" in t.morph.get("VerbForm")):
        return "VERB"
    if t.pos_ == "NOUN":
        return "NOUN"
    return t.pos_


def has_morph(t: Token, feature: str, value: str) -> bool:
    """The token or one of its auxiliaries carries ``feature=value``."""
    if value in t.morph.get(feature):
        return True
    return any(
        c.dep_.startswith("aux") and value in c.morph.get(feature) for c in t.children
    )


def prep_of(tok: Token) -> str:
    """The preposition introducing a nominal ("contre", "auprès de"), normalised, or ""."""
    words = []
    for c in tok.children:
        if c.i > tok.i:
            break
        if c.dep_ in ("case", "mark") and c.pos_ == "ADP":
            words.append(PREP_NORMAL.get(c.lower_, c.lower_))
            words.extend(f.lower_ for f in c.children if f.dep_ == "fixed")
    prep = " ".join(words)
    if prep == "de" and tok.head.lower_ in COMPOUND_PREP_HEADS:
        return f"{tok.head.lower_} de"
    return prep


def detached_participle(t: Token) -> bool:
    """A past participle after a comma that the parser hung on the main verb
    ("…, l'organisation X, fondée par Y pour …" read as advcl): it describes the
    noun right before the comma."""
    return (
        t.dep_ == "advcl"
        and "Part" in t.morph.get("VerbForm")
        and "Pres" not in t.morph.get("Tense")
        and not any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in t.children)
        and t.left_edge.i == t.i
        and t.i > 0 and t.doc[t.i - 1].text == ","
    )


def noun_before_comma(t: Token) -> Token | None:
    """The last token of the phrase before the comma that precedes ``t`` (a
    parenthesis in between is skipped: "X (NOYB), fondée par")."""
    i = t.left_edge.i - 1
    if i < 0 or t.doc[i].text != ",":
        return None
    i -= 1
    if i >= 0 and t.doc[i].text == ")":
        while i >= 0 and t.doc[i].text != "(":
            i -= 1
        i -= 1
    if i >= 0 and t.doc[i].pos_ in ("PROPN", "NOUN"):
        return t.doc[i]
    return None


def is_passive(t: Token) -> bool:
    if any(c.dep_ == "aux:pass" for c in t.children):
        # "elle est devenue", "il est parti": verbs conjugated with "être" are active.
        return t.lemma_.lower() not in fr.ETRE_VERBS
    if detached_participle(t):
        return True
    # "Kalima, soutenue par X", "le procès intenté par X": a past participle on a noun.
    # Not a clause the parser hung on a noun that has its own subject or auxiliary
    # ("En même temps que …, X a déposé des plaintes": active).
    return (
        t.dep_ == "acl"
        and "Part" in t.morph.get("VerbForm")
        and "Pres" not in t.morph.get("Tense")
        and not any(c.dep_ in ("nsubj", "aux:tense") for c in t.children)
    )


def is_reflexive(t: Token) -> bool:
    return any(
        c.lower_ in ("se", "s'", "s’") or "Yes" in c.morph.get("Reflex")
        for c in t.children if c.pos_ == "PRON"
    )


def noun_participles(noun: Token) -> list[Token]:
    """Past participles right after a noun trigger, without a subject of their own
    ("la lettre ouverte", "la plainte déposée")."""
    return [
        c for c in noun.children
        if c.dep_ in ("acl", "amod") and c.i > noun.i and "Part" in c.morph.get("VerbForm")
        and "Pres" not in c.morph.get("Tense")
        and not any(g.dep_.startswith(("nsubj", "aux")) for g in c.children)
    ]


def agents(t: Token) -> list[Token]:
    found = [
        c for c in t.children
        if c.dep_ == "obl:agent" or (c.pos_ in NOMINAL and prep_of(c) == "par")
    ]
    if not found and t.dep_ == "acl":
        # "la société soutenue par X": the parser may hang "par X" on the noun; a
        # "par" phrase right after the participle is still its agent.
        found = [c for c in t.head.children if c.pos_ in NOMINAL and prep_of(c) == "par"
                 and c.left_edge.i == t.right_edge.i + 1]
    return found


def infinitive_object(t: Token, c: Token) -> bool:
    """An "nsubj" after a perfect infinitive ("après avoir quitté X"): an infinitive
    has no subject of its own, the parser mislabelled the object."""
    return c.dep_ == "nsubj" and c.i > t.i and any(
        a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in t.children)


def personal_expletive(c: Token) -> bool:
    """"Il est finalement parti": the parser may tag a personal pronoun before a
    verb 'expl:subj'; it is the subject unless the verb is impersonal ("il faut",
    "il y a", "il semble", "il est possible de": a copula on an adjective)."""
    head = c.head
    return (
        c.dep_ == "expl:subj" and c.lower_ in fr.SUBJECT_PRONOUNS and head.pos_ == "VERB"
        and head.lemma_.lower() not in fr.IMPERSONAL_VERBS
        and not any(s.lower_ == "y" for s in head.children)
    )


def is_gerund(t: Token) -> bool:
    """"en s'en prenant", "en demandant": "en" + present participle."""
    return "Pres" in t.morph.get("Tense") and "Part" in t.morph.get("VerbForm") and any(
        c.dep_ == "mark" and c.lower_ == "en" and c.i < t.i for c in t.children)


def inanimate(subs: list[Token]) -> bool:
    """Common-noun subjects that name no one ("la rentrée", "cette réforme"): no
    name inside, no title ("le ministre" may be a person)."""
    return bool(subs) and all(
        s.pos_ == "NOUN" and s.lemma_.lower() not in fr.ROLE_TITLES
        and s.lemma_.lower() not in fr.HEAD_TITLES
        and not any(d.pos_ == "PROPN" for d in s.subtree)
        for s in subs
    )


def modifies_nearest_noun(participle: Token) -> bool:
    """Is the participle's head the last common noun before it? ("Au Québec, la
    chaîne, fondée par X" attached to "Québec" is a parse error: "chaîne" stands
    between. Names in between are fine: "la société Zorbex, rachetée par X".)"""
    head = participle.head
    if head.i > participle.i:
        return False
    # Common nouns inside a name do not count ("le Berliner Ensemble, fondé par X",
    # "le mouvement Place publique, lancé par X": a capitalised word tagged NOUN),
    # nor those of a parenthesis ("Kalima (60 salariés), fondée par X").
    depth = 0
    for tok in participle.doc[head.i + 1: participle.i]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif (tok.pos_ == "NOUN" and tok.dep_ not in ("flat:name", "flat") and depth == 0
              and not tok.is_title):
            return False
    return True


# Participles that give an organisation its later name ("devenu", "rebaptisé").
_RENAMING_VERBS = frozenset({"devenir", "rebaptiser", "renommer"})


def name_after_complement(t: Token) -> Token | None:
    """"le cofondateur du Parti bleu (devenu Parti vert) Jean Morin": the name right
    after the noun's "de" complement (a parenthesis or a renaming participle between
    commas skipped), which the parser often makes a subject of its own; None when a
    comma or any other word stands between."""
    comps = [c for c in t.children if c.dep_ == "nmod" and prep_of(c) == "de"]
    if not comps:
        return None
    doc = t.doc
    i = comps[-1].right_edge.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":  # the rest of a name the parse split
        i += 1
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return None
        i = close + 1
    elif i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lemma_.lower() in _RENAMING_VERBS:
        # "…du Front bleu, devenu Parti vert, Jean Morin": the new name between commas.
        close = next((j for j in range(i + 2, min(i + 10, len(doc))) if doc[j].text == ","), None)
        if close is None:
            return None
        i = close + 1
    if i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        return doc[i]
    return None


def asked_question(t: Token) -> bool:
    """"demander si la France devrait quitter l'UE": a trigger in a "si" clause
    under a verb of asking is a question, not a relation."""
    clause = t
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in ("ccomp", "advcl") and clause.head.lemma_.lower() in fr.QUESTION_VERBS \
        and any(c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") for c in clause.children)
