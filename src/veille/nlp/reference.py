"""Definite descriptions that stand for a named actor: "la start-up", "le groupe", "le PDG".

News text names an actor once and then refers to it by a description ("Kalima a
levé 3 millions. La start-up a ensuite signé…"). The relation extractor needs the
name behind such a description to link two actors. Two readings, both cautious
(a wrong actor costs more than a missing one):

- a company word ("la société", "l'entreprise", "le groupe"…) with a definite or
  demonstrative determiner and no complement of its own stands for the most recent
  organisation named before it, within a short window of text;
- a job title ("le PDG", "la ministre") with a definite determiner and no
  complement stands for the one person of the document holding that current title
  (``EntityRecord.roles``, from the roles component); nobody when several do;
- a job title with an organisation ("le PDG de Kalima", "la présidente du Medef")
  stands for the one person whose current post is that title of that organisation.

Written here rather than taken from the quotes component because its speaker
helpers resolve quote speakers (persons, at a cue), not organisations in any slot.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import relation_syntax as syntax
from .dates import cardinal
from .lang import fr_relations as fr

# Company words a description is made of. "groupe" is kept: "le groupe" after a
# company name is that company ("le groupe de travail" has a complement and is skipped).
ORG_DESCRIPTIONS = frozenset({
    "société", "entreprise", "start-up", "startup", "jeune-pousse", "firme", "compagnie",
    "groupe", "constructeur", "laboratoire", "banque", "enseigne", "opérateur", "fabricant",
    "éditeur", "assureur", "distributeur", "industriel", "transporteur", "géant", "filiale",
    "fonds", "syndicat", "parti", "formation", "association", "ong", "plateforme",
    "organisation",
})
# Determiners that make a description point back ("la société", "cette entreprise").
# Singular only: "les entreprises" is generic, not the company named before.
DEFINITE = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette"})


def description_antecedent(
    tok: Token, ctx: syntax.DocumentContext, *, window_chars: int = 1200
) -> str | None:
    """The entity key a definite description stands for, or None when unsure.

    window_chars (int): how far back (in characters) an organisation's name may
        stand from the description.
    """
    lemma = _word(tok)
    if lemma is None:
        return None
    if lemma in fr.ROLE_TITLES or tok.lower_ in fr.ROLE_TITLES:
        holder = _title_of_holder(tok, lemma, ctx)
        if holder is not None:
            return holder
    if not _is_bare_definite(tok):
        return None
    if lemma in ORG_DESCRIPTIONS:
        return _nearest_before(tok, ctx, ("ORG",), window_chars)
    if lemma in fr.ROLE_TITLES:
        return _title_holder(lemma, ctx)
    return None


def _word(tok: Token) -> str | None:
    """The description word at ``tok``: its lemma, or a hyphenated compound the
    tokenizer split and the tagger may call a name ("start-up" -> start / - / up)."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower()
    doc = tok.doc
    if tok.pos_ in ("PROPN", "X") and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" \
            and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
        return f"{tok.lower_}-{doc[tok.i + 2].lower_}"
    return None


def _is_bare_definite(tok: Token) -> bool:
    """A definite determiner, and no complement or name of its own."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in DEFINITE or "Plur" in tok.morph.get("Number"):
        return False
    # "La société soutenue par X a levé…": as a clause's subject, a description
    # with a past participle still points back (the participle and its agent are
    # no complement that would name another company). Not elsewhere: "rejoindre
    # la société fondée par Y" introduces a new one.
    participles = {
        c.i for c in tok.children
        if tok.dep_ == "nsubj" and c.dep_ == "acl" and "Part" in c.morph.get("VerbForm")
        and "Pres" not in c.morph.get("Tense")
        and not any(g.dep_ in ("obj", "nsubj", "aux:tense") for g in c.children)
    }
    for child in tok.children:
        if child.i in participles or (
            participles and child.dep_ == "nmod" and syntax.prep_of(child) == "par"
            and child.left_edge.i - 1 in {tok.doc[p].right_edge.i for p in participles}
        ):
            continue
        # "la société de Jean", "le groupe Kalima", "une autre société": not anaphoric.
        if child.dep_ in ("nmod", "appos", "flat:name", "flat", "compound", "acl", "acl:relcl"):
            return False
        if child.lower_ in ("autre", "autres", "même"):
            return False
    return True


def _nearest_before(
    tok: Token, ctx: syntax.DocumentContext, types: tuple[str, ...], window_chars: int
) -> str | None:
    limit = tok.idx - window_chars
    for i in range(tok.i - 1, -1, -1):
        cand = ctx.doc[i]
        if cand.idx < limit:
            break
        key = ctx.token_entity.get(i)
        if key and ctx.type_of(key) in types:
            return key
    return None


def _title_of_holder(tok: Token, lemma: str, ctx: syntax.DocumentContext) -> str | None:
    """"le PDG de Kalima", "la présidente du Medef": the one person of the article
    whose post (``EntityRecord.roles``) is that title of that organisation."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in DEFINITE:
        return None
    if any(c.dep_ in ("appos", "flat:name", "flat") for c in tok.children):
        return None  # a name of its own: read by the caller
    of_keys = [
        ctx.token_entity.get(c.i) for c in ctx.same_segment(tok)
        if c.dep_ == "nmod" and syntax.prep_of(c) == "de"
    ]
    of_keys = [k for k in of_keys if k and ctx.type_of(k) in ("ORG", "LOC", "MISC")]
    if len(of_keys) != 1:
        return None
    org = ctx.entities[of_keys[0]]
    org_names = {n.casefold() for n in (org.name, *org.aliases)}
    words = {lemma, tok.lower_}
    head = lemma in fr.HEAD_WORDS  # "le chef de X" is X's PDG as well
    holders = {
        record.key
        for record in ctx.entities.values()
        if record.type == "PER"
        for role in record.roles
        if not role.former and role.of and role.of.casefold() in org_names
        and (role.title.lower().split(" ")[0] in words
             or (head and role.title.lower() in fr.HEAD_TITLES))
    }
    return holders.pop() if len(holders) == 1 else None


def _title_holder(lemma: str, ctx: syntax.DocumentContext) -> str | None:
    holders = {
        record.key
        for record in ctx.entities.values()
        if record.type == "PER"
        for role in record.roles
        if not role.former and role.title.lower().split(" ")[0] == lemma
    }
    return holders.pop() if len(holders) == 1 else None


def listed_group(tok: Token, ctx: syntax.DocumentContext, *, window_chars: int = 3000) -> list[str]:
    """"aux trois compagnies": the N organisations the article last listed together
    ("X, Y et Z") before a plural company word counted with N; nothing when no such
    list of exactly N names precedes it (then the description names nobody)."""
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number"):
        return []
    lemma = tok.lemma_.lower()
    if lemma not in ORG_DESCRIPTIONS and lemma.rstrip("s") not in ORG_DESCRIPTIONS:
        return []
    # The number a plural description counts its members with ("les trois compagnies").
    counts = [cardinal(c) or 0 for c in tok.children if c.dep_ == "nummod"]
    if len(counts) != 1 or not 2 <= counts[0] <= 10:
        return []
    doc, limit = ctx.doc, tok.idx - window_chars
    # Runs of organisation names joined only by "," / "et" / "ou", read right to left.
    i = tok.i - 1
    while i >= 0 and doc[i].idx >= limit:
        key = ctx.token_entity.get(i)
        if not key or ctx.type_of(key) != "ORG":
            i -= 1
            continue
        members, joined = [], False
        while i >= 0:
            key = ctx.token_entity.get(i)
            if key and ctx.type_of(key) == "ORG":
                if key not in members:
                    members.append(key)
                while i >= 0 and ctx.token_entity.get(i) == key:
                    i -= 1
                if i >= 0 and doc[i].lower_ in (",", "et", "ou"):
                    joined = joined or doc[i].lower_ in ("et", "ou")
                    i -= 1
                    continue
            break
        if len(members) > 1 and joined:
            return list(reversed(members)) if len(members) == counts[0] else []
    return []


def introduced_title_holder(tok: Token, ctx: syntax.DocumentContext) -> str | None:
    """"…du réalisateur Luc Besson… Celle-ci a porté plainte contre le réalisateur":
    a bare definite person title stands for the one person the article introduced
    earlier with that same word right before the name ("le réalisateur X", "le pape
    X", "le cardinal, X,"); nobody when none or several were (in any slot: this is
    the usual way French news refers back to a person, not a new one)."""
    from .speech_syntax import is_person_noun  # the quotes component's word test

    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or "Plur" in tok.morph.get("Number") or not (
        lemma in fr.PERSON_TITLES or lemma in fr.ROLE_TITLES or is_person_noun(tok)
    ):
        return None
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in DEFINITE:
        return None
    # No complement of its own ("le réalisateur de Titanic" may be someone else);
    # a date the parser hangs on the noun ("contre le réalisateur en mai") is none.
    if any(
        c.dep_ in ("appos", "flat:name", "flat", "acl:relcl") or c.lower_ in fr.FORMER_WORDS
        or (c.dep_ == "nmod" and (syntax.prep_of(c) == "de" or ctx.token_entity.get(c.i)))
        for c in tok.children
    ):
        return None
    holders = {key for at, key in ctx.title_introductions.get(lemma, ()) if at < tok.i}
    return holders.pop() if len(holders) == 1 else None
