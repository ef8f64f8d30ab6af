"""Coordinated and apposed members of a relation slot.

Which tokens one argument of a trigger stands for when the parser reads a list
or an apposition ("contre X, le PDG Y et le président Z", "deux géants, X et Y",
"désigné X, un ancien dirigeant de Y,"), and whether two role tokens come from
one slot. Pure functions over spaCy tokens, used by ``veille.nlp.relations``
through ``veille.nlp.relation_syntax`` (which re-exports them).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .relation_voice import prep_of


def apposed_members(tok: Token) -> list[Token]:
    """The names apposed to a common noun, with their conjuncts: "deux géants,
    X et Y" -> X, Y (the first one alone is found through the apposition).
    Under a name, a list the parser hung on its first member ("écrivent X, Y et
    Z": Y apposed to X): the caller checks the members are of X's type."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    # Only a coordinated list: two separate appositions ("le plateau, X, Gilet
    # jaune du Nord") are not two actors.
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.conjuncts and (
                tok.pos_ == "NOUN" or any(c.dep_ == "cc" for m in child.conjuncts for c in m.children)):
            return [child, *child.conjuncts]
    return []


def same_slot(a: Token, b: Token, trigger: Token) -> bool:
    """Do two role tokens come from one slot (the same token, or coordinated)?"""
    # A possessive, or an employer read from the holder's post, stands on the
    # trigger itself: "sa démission" holds both roles, no slot read twice.
    if trigger.i in (a.i, b.i):
        return False
    if a.i == b.i:
        return True
    return b in a.conjuncts


def expand_coordination(
    tokens: list[Token], sent: Span, entity_of: Callable[[Token], str | None]
) -> list[Token]:
    """Add coordinated members, including flat lists the parser split apart.

    "contre X, le PDG Y et le président Z" is often parsed with "le PDG" as a second
    object of the verb: after the last member, follow ", NP" / "et NP" as long as
    each NP names an entity and is not the subject of another verb. Such members
    are kept only when the list is closed by "et"/"ou": "X, le fabricant Y" alone
    is an apposition (one actor), not a list.
    """
    if not tokens:
        return []
    out: list[Token] = []
    for tok in tokens:
        # "ses avocats Me X et Me Y": the second member hangs on the first title.
        titled = [cj for c in tok.children if c.dep_ in ("flat:name", "flat") for cj in c.conjuncts]
        # Conjuncts with no "et"/"ou" anywhere are an apposition the parser read
        # as a coordination ("Marie Leroy, Bonnet vert du Nord, a reproché…").
        conjuncts = tok.conjuncts if any(
            c.dep_ == "cc" for m in (tok, *tok.conjuncts) for c in m.children
        ) else ()
        for member in (tok, *conjuncts, *titled):
            if member not in out:
                out.append(member)
    doc = sent.doc
    extra: list[Token] = []
    closed = False
    i = max(m.right_edge.i for m in out) + 1
    while i + 1 < sent.end and doc[i].lower_ in (",", "et", "ou"):
        j = i + 1
        top = doc[j]
        # The separator may hang on the member itself ("," under "Kalima").
        while top.head.i != top.i and top.head.left_edge.i in (i, j):
            top = top.head
        if (
            top.left_edge.i not in (i, j)
            # "la démission de X et les Gilets jaunes": a determined noun coordinated
            # with something else than the members is not one of them (a bare name
            # is: the parser often hangs "contre X, Y et Z" that way).
            or (top.dep_ == "conj" and all(top.head.i != m.i for m in out + extra)
                and any(c.dep_ == "det" for c in top.children))
            or top.pos_ not in ("NOUN", "PROPN")
            or top.dep_.startswith("nsubj")
            or top.dep_ == "ROOT"
            or prep_of(top)
            or entity_of(top) is None
        ):
            break
        closed = closed or doc[i].lower_ in ("et", "ou") or any(
            c.dep_ == "cc" for m in top.conjuncts for c in m.children
        )
        for member in (top, *top.conjuncts):
            if member not in out and member not in extra:
                extra.append(member)
        i = max([top.right_edge.i] + [m.right_edge.i for m in top.conjuncts]) + 1
    return out + extra if closed else out


def loose_apposition(tok: Token) -> bool:
    """A second object right after a comma ("désigné X, un ancien dirigeant de Y,")
    is an apposition the parser read as an object."""
    if tok.dep_ != "obj":
        return False
    before = tok.left_edge.i - 1
    return before >= 0 and tok.doc[before].text == "," and any(
        s.dep_ == "obj" and s.i < tok.i for s in tok.head.children
    )
