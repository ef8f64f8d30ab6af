"""Argument readers of the relation extractor: amount, date, role, claims, product.

Each function reads one type-specific argument of a relation off the trigger's
clause (``veille.nlp.relations`` decides which arguments a frame asks for). Also
the actor filter for group names and the final deduplication (kept here to keep
``relations`` to the search).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..models import Amount, Cue, Relation
from . import relation_syntax as syntax
from .lang import fr_relations as fr
from .lang.fr_entities import HEADS_OF_GOVERNMENT

if TYPE_CHECKING:
    from .relations import Frame

MONEY_WORDS = frozenset({"dollar", "euro", "million", "milliard", "livre", "franc", "$", "€"})


def has_money(sent: Span, ctx: syntax.DocumentContext) -> bool:
    if any(sent.start_char <= a.start < sent.end_char for a in ctx.money):
        return True
    return any(tok.lemma_.lower() in MONEY_WORDS for tok in sent)


def is_company(t: Token, subjects, objects, ctx: syntax.DocumentContext) -> bool:
    """Is "lancer/créer X" a foundation? A company word, or a person who launches:
    people launch companies, parties and movements far more often than products."""
    if any(o.lemma_.lower() in fr.COMPANY_NOUNS for o in syntax.objects(t)):
        return True
    if any(o.lemma_.lower() in fr.PRODUCT_NOUNS for o in syntax.objects(t)):
        return False
    return any(ctx.type_of(k) == "PER" for k, _ in subjects) and any(k for k, _ in objects)


def phrase(tok: Token) -> str:
    """The noun phrase headed by ``tok``, without relative/participial clauses."""
    cut = [c for c in tok.children if c.dep_ in ("acl", "acl:relcl", "appos", "punct", "conj", "cc") and c.i > tok.i]
    end = min([c.left_edge.i for c in cut] or [tok.right_edge.i + 1])
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].dep_ in ("case", "mark"):
        start += 1
    span = tok.doc[start:end]
    while len(span) and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    return span.text


def product(t: Token, objects, ctx: syntax.DocumentContext) -> str | None:
    """What a launch launched: the object entity's phrase, or a product noun phrase."""
    if objects:
        return phrase(objects[0][1])
    for obj in syntax.objects(t):
        if obj.lemma_.lower() in fr.PRODUCT_NOUNS:
            return phrase(obj)
    return None


def role(t: Token) -> str | None:
    """The job title of the clause, skipping titles that describe a participant
    ("X, un ancien dirigeant de Y," is not the post X is appointed to)."""
    for tok in t.subtree:
        if under_apposition(tok, t) or any(
            c.lower_ in fr.FORMER_WORDS for c in tok.children if c.i < tok.i
        ):
            continue
        if tok.lower_ in fr.ROLE_TITLES or tok.lemma_.lower() in fr.ROLE_TITLES or (
                tok.lemma_.lower() in fr.MUNICIPAL_POSTS and any(syntax.prep_of(c) == "de" for c in tok.children)):
            end = tok.i + 1
            while end < len(tok.doc) and tok.doc[end].head.i == tok.i and tok.doc[end].dep_ == "amod":
                end += 1
            return tok.doc[tok.i:end].text
    return None


def lawsuit_claims(t: Token, ctx: syntax.DocumentContext) -> list[str]:
    """Grounds of a lawsuit: the "pour …" complements, one per coordinated member."""
    heads = [
        d for d in syntax.dependents(t, 2)
        if syntax.prep_of(d) == "pour" and d.pos_ == "NOUN"
        and d.lemma_.lower() not in MONEY_WORDS
        and not any(a.start <= d.idx < a.end for a in ctx.money)
    ]
    # "pour avoir trahi sa mission": a past infinitive states the grounds.
    heads += [
        c for c in t.children
        if c.dep_ in ("advcl", "xcomp") and any(m.lower_ == "pour" for m in c.children if m.dep_ == "mark")
        and any(a.dep_.startswith("aux") for a in c.children)
    ]
    claims = []
    for head in heads[:1]:
        for member in (head, *head.conjuncts):
            text = member_text(member)
            if text:
                claims.append(text)
    return claims


def member_text(tok: Token) -> str:
    """The text of one coordinated member, without its case marker and its conjuncts."""
    skip = set()
    for c in tok.children:
        if c.dep_ in ("conj", "cc", "punct") or (c.dep_ in ("case", "mark") and c.i < tok.i):
            skip.update(x.i for x in c.subtree)
    idx = [x.i for x in tok.subtree if x.i not in skip]
    span = tok.doc[min(idx): max(idx) + 1]
    return span.text.strip(" ,;")


def request_object(t: Token, sent: Span) -> str | None:
    """What a letter or request asks: the infinitive/"que" clause of the request verb."""
    verbs = [t] if t.lemma_.lower() in fr.REQUEST_LEMMAS else []
    verbs += [d for d in t.subtree if d.i != t.i and d.lemma_.lower() in fr.REQUEST_LEMMAS]
    if not verbs and t.lemma_.lower() in ("accuser", "dénoncer", "plaindre", "reprocher"):
        verbs = [t]
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in syntax.VERBAL and c.i > verb.i:
                start = c.left_edge.i
                while start < c.i and c.doc[start].lower_ in syntax.MARK_WORDS:
                    start += 1
                if start < sent.start:
                    continue
                span = c.doc[start: min(c.right_edge.i + 1, sent.end)]
                return span.text.strip(" ,;.")
    return None


def trigger_cue(t: Token, frame: Frame, sent: Span) -> Cue:
    """The trigger word, with its object noun for light-verb triggers ("porté plainte")."""
    start_i = end_i = t.i
    if "obj_lemma" in frame.needs:
        for o in syntax.objects(t):
            if o.lemma_.lower() in frame.needs["obj_lemma"] and abs(o.i - t.i) <= 4:
                start_i, end_i = min(t.i, o.i), max(t.i, o.i)
                break
    doc = t.doc
    start = doc[start_i].idx
    end = doc[end_i].idx + len(doc[end_i].text)
    return Cue(start, end, doc.text[start:end])


def nearest(items, t: Token, sent: Span):
    """The item of the trigger's clause nearest to it, else the sentence's only item."""
    lo, hi = clause_range(t)
    in_sentence = [x for x in items if sent.start_char <= x.start < sent.end_char]
    in_clause = [x for x in in_sentence if lo <= x.start < hi]
    if in_clause:
        return min(in_clause, key=lambda x: abs(x.start - t.idx))
    if len(in_sentence) == 1:
        return in_sentence[0]
    return None


def amount_for(t: Token, sent: Span, ctx: syntax.DocumentContext) -> Amount | None:
    return nearest(ctx.money, t, sent)


def date_for(t: Token, sent: Span, ctx: syntax.DocumentContext) -> str | None:
    date = nearest(ctx.dates, t, sent)
    return date.value if date is not None else None


def generic_group(tok: Token, key: str, ctx: syntax.DocumentContext) -> bool:
    """A name made of a plural common noun and adjective ("les Gilets jaunes"):
    a leaderless group or topic, not an actor (see docs/gold-relations-stories.md)."""
    # The lemma must differ from the word ("Gilets" -> "gilet"): the model also
    # tags unknown names as plural nouns ("« Vertigo »").
    # A plural adjective must follow ("Gilets jaunes", "Bonnets rouges"): "les
    # Républicains" or "les Restos du cœur" are organisations.
    # "une Gilet jaune": a miscellaneous name after an indefinite article is a
    # common noun phrase (some member of a group), not a named actor.
    if ctx.type_of(key) == "MISC" and ctx.token_entity.get(tok.i) == key and any(
        c.dep_ == "det" and c.lower_ in ("un", "une") for c in tok.children
    ):
        return True
    plural_noun = (
        tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number")
        and ctx.token_entity.get(tok.i) == key
    )
    # "les Britanniques", "les Français": a people (tagged as a place), not an actor;
    # a one-word name ("les Etats-Unis", "les Pays-Bas" are countries).
    if plural_noun and ctx.type_of(key) == "LOC" and "-" not in tok.text and not any(
            ctx.token_entity.get(n.i) == key for n in (tok.nbor(-1) if tok.i else tok,
                                                        tok.nbor(1) if tok.i + 1 < len(tok.doc) else tok)
            if n.i != tok.i):
        return True
    return plural_noun and tok.lemma_.lower() != tok.lower_ and any(
        c.dep_ == "amod" and c.i == tok.i + 1 and c.pos_ == "ADJ" for c in tok.children)


def deduplicate(relations: list[Relation]) -> list[Relation]:
    """The same (type, subject, object) once per sentence; text order."""
    seen = set()
    out = []
    for rel in relations:
        keys = {
            (rel.type, rel.subject_key, rel.object_key or rel.object, rel.start),
            (rel.type, rel.subject, rel.object, rel.start),
        }
        if keys & seen:
            continue
        seen |= keys
        out.append(rel)
    out.sort(key=lambda r: (r.start, r.trigger.start if r.trigger else r.start))
    return out


_NOT_INITIALS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "à", "au", "aux", "en", "pour"})


def spelled_out(tok: Token, key: str, ctx: syntax.DocumentContext) -> str | None:
    """The long form a common noun phrase gives the acronym apposed to it in
    parentheses ("la préfecture de police (PP)" -> "préfecture de police"): a
    clearer name for the actor than the bare acronym. None otherwise."""
    acronym = ctx.name_of(key) or ""
    if tok.pos_ != "NOUN" or ctx.token_entity.get(tok.i) == key or not (
        acronym.isupper() and 2 <= len(acronym) <= 6
    ):
        return None
    doc = tok.doc
    last = min(tok.right_edge.i, tok.i + 10, len(doc) - 2)
    opening = next((i for i in range(tok.i + 1, last + 1) if doc[i].text == "("), None)
    if opening is None or ctx.token_entity.get(opening + 1) != key:
        return None
    words = [w.lower_ for w in doc[tok.i:opening] if w.is_alpha and w.lower_ not in _NOT_INITIALS]
    if "".join(w[0] for w in words).upper() != acronym.upper():
        return None
    return doc[tok.i:opening].text


def quoted_title(tok: Token, key: str, ctx: syntax.DocumentContext) -> str | None:
    """«La Manif pour tous»: a short title in quotation marks whose first words the
    entity layer took for the whole name ("Manif") is named by the whole title. None
    when the marks hold anything else (a sentence, another punctuation mark)."""
    doc = tok.doc
    name = ctx.name_of(key) or ""
    start = tok.i - 1
    if start >= 0 and doc[start].pos_ == "DET":
        start -= 1
    if start < 0 or doc[start].text not in ("«", "“", '"'):
        return None
    end = next((i for i in range(tok.i + 1, min(tok.i + 7, len(doc))) if doc[i].text in ("»", "”", '"')), None)
    if end is None or any(w.is_punct for w in doc[start + 1:end]):
        return None
    title = doc[start + 1:end].text.strip()
    return title if len(title) > len(name) and name in title else None


def institution_place(tok: Token, ctx: syntax.DocumentContext) -> Token | None:
    """"la mairie de Bordeaux": the place token of a local institution, or None.
    A bare "le parquet" (no complement of its own) is the one institution of that
    kind the article names with its place ("le parquet de Paris"); none when it
    names several places or none."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in fr.INSTITUTION_NOUNS:
        return None
    place = _own_place(tok, ctx)
    if place is not None or any(syntax.prep_of(c) == "de" and c.i in ctx.token_entity
                                for c in tok.children):
        return place
    if not any(c.lower_ in _DEFINITE for c in tok.children if c.i < tok.i):
        return None
    lemma = tok.lemma_.lower()
    places = {}
    for other in ctx.nouns_by_lemma.get(lemma, ()):
        if other.i != tok.i:
            if (found := _own_place(other, ctx)) is not None:
                places.setdefault(ctx.token_entity.get(found.i), found)
    return next(iter(places.values())) if len(places) == 1 else None


# ("au parquet": the article is fused with the preposition.)
_DEFINITE = frozenset({"le", "la", "l'", "l’", "au", "du"})


def _own_place(tok: Token, ctx: syntax.DocumentContext) -> Token | None:
    for child in ctx.same_segment(tok):
        key = ctx.token_entity.get(child.i)
        if syntax.prep_of(child) == "de" and key and ctx.type_of(key) == "LOC":
            return child
    return None


def institution_name(tok: Token, key: str, ctx: syntax.DocumentContext) -> str | None:
    """The institution as written ("mairie de Bordeaux"), when ``tok`` is one whose
    place is ``key``."""
    place = institution_place(tok, ctx)
    if place is None or ctx.token_entity.get(place.i) != key:
        return None
    if place.head.i != tok.i:  # a bare "le parquet": the one named elsewhere
        tok = place.head
    last = place.i
    while last + 1 < len(tok.doc) and ctx.token_entity.get(last + 1) == key:
        last += 1
    return tok.doc[tok.i: last + 1].text


def municipal_seat(tok: Token, key: str, ctx: syntax.DocumentContext) -> bool:
    """Is ``tok`` the town (LOC ``key``) of a municipal post ("maire de V", "son poste
    de bourgmestre de V")? Taking or leaving that post is joining or leaving the
    municipality, which the place names."""
    if ctx.type_of(key) != "LOC":
        return False
    if ctx.token_entity.get(tok.i) == key:  # the town, its post above it
        tok, title = tok, tok.head
    else:  # the post, read through to its town
        title = tok
        tok = next((c for c in title.children if ctx.token_entity.get(c.i) == key), None)
        if tok is None:
            return False
    return syntax.prep_of(tok) == "de" and title.lemma_.lower() in fr.MUNICIPAL_POSTS


def name_after_comma(tok: Token, ctx: syntax.DocumentContext) -> str | None:
    """The person a definite description introduces after a comma when the parser
    does not hang the name on it ("accusé le procureur spécial pour le Monténégro,
    X, d'avoir…"): the PER name right after the first comma of the phrase, not the
    subject of a next clause, closed by a comma or the end of the sentence."""
    # ("au ministre de X, Y": the article contracted with the preposition)
    if tok.pos_ != "NOUN" or not any(c.dep_ in ("det", "case") and c.lower_ in ("le", "la", "l'", "l’", "au")
                                     for c in tok.children):
        return None
    doc = tok.doc
    sent = ctx.segment_of(tok.i)
    if sent is None:
        return None
    j = tok.i + 1
    named = set()
    while j < min(tok.i + 10, sent.end) and doc[j].text != "," and doc[j].pos_ not in syntax.VERBAL \
            and doc[j].text not in syntax.QUOTE_MARKS:
        if ctx.type_of(k := ctx.token_entity.get(j, "")) in ("PER", "ORG"):
            named.add(k)
        j += 1
    key = _name_between_commas(j, sent, "PER", ctx)
    # A name inside the description is another actor ("le président de X, Y"),
    # unless it is the person's own post the entity layer mapped to him.
    return None if named - {key} else key


def name_after_relative(pron: Token, ante: Token, ctx: syntax.DocumentContext) -> str | None:
    """"la société qu'elle a créée, X, gérait…": a company word whose relative clause
    is closed by its name between commas (the parser hangs the name on the clause's
    verb) is that organisation."""
    clause = pron.head
    if syntax.prep_of(ante) in ("de", "d'", "d’") and not any(c.dep_ == "det" for c in ante.children):
        # "la société d'investissements qu'elle a créée": the parser takes the
        # company word's bare complement for the antecedent.
        ante = ante.head
    if ante.pos_ != "NOUN" or ante.lemma_.lower() not in fr.COMPANY_NOUNS or clause.pos_ not in syntax.VERBAL:
        return None
    doc = pron.doc
    sent = ctx.segment_of(pron.i)
    if sent is None:
        return None
    j = clause.i + 1
    # only the clause's own adjuncts before the comma ("créée en 2016, X")
    while j < sent.end and doc[j].text != "," and doc[j].pos_ not in syntax.VERBAL \
            and doc[j].text not in syntax.QUOTE_MARKS and j not in ctx.token_entity:
        j += 1
    return _name_between_commas(j, sent, "ORG", ctx)


def _name_between_commas(j: int, sent: Span, etype: str, ctx: syntax.DocumentContext) -> str | None:
    """The ``etype`` name right after the comma at ``j``, not the subject of a next
    clause, closed by a comma or the end of the sentence."""
    doc = ctx.doc
    if j + 1 >= sent.end or doc[j].text != ",":
        return None
    key = ctx.token_entity.get(j + 1)
    if not key or ctx.type_of(key) != etype or doc[j + 1].dep_.startswith("nsubj"):
        return None
    end = j + 1
    while end < sent.end and ctx.token_entity.get(end) == key:
        end += 1
    if end < sent.end and doc[end].text not in (",", ".", ";", ")"):
        return None
    return key


def under_apposition(tok: Token, top: Token) -> bool:
    """Is ``tok`` inside an apposition between itself and ``top``?"""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "appos":
            return True
        cur = cur.head
    return False


def clause_range(t: Token) -> tuple[int, int]:
    """Character range of the clause that carries the trigger."""
    anchor = t
    if syntax.coarse_pos(t) != "VERB" and t.head.i != t.i and t.head.pos_ in syntax.VERBAL:
        anchor = t.head
    doc = t.doc
    return anchor.left_edge.idx, doc[anchor.right_edge.i].idx + len(doc[anchor.right_edge.i].text)


def name_before_apposition(t: Token, ctx: syntax.DocumentContext) -> Token | None:
    """"… redevable à Kordex Corp, son plus grand investisseur": a noun phrase right
    after a comma that follows a name describes that name, whatever the parser hung
    it on (it may read "Corp" as punctuation and the phrase as the verb's adjunct).
    The phrase opens with its determiner (or the noun); the token before the comma
    must belong to an actor's name."""
    doc = t.doc
    first = min([c.i for c in t.children if c.dep_ in ("det", "amod", "advmod") and c.i < t.i] + [t.i])
    comma = first - 1
    if comma < 1 or doc[comma].text != "," or any(
            doc[k].pos_ in syntax.VERBAL for k in range(first, t.i)):
        return None
    key = ctx.token_entity.get(comma - 1)
    return doc[comma - 1] if key else None


def described_tokens(t: Token, ctx: syntax.DocumentContext) -> list[Token]:
    """The names an agent noun describes ("ref" slot), else the name right before
    its apposition (``name_before_apposition``)."""
    found = syntax.slot_tokens("ref", t)
    if not found:
        found = [n for n in (name_before_apposition(t, ctx),) if n is not None]
    return found


# Moved from relation_syntax (they read the document context, not only the parse).
# Words allowed between a name and the verb group it is the subject of.
CLITICS = frozenset({"ne", "n'", "n’", "se", "s'", "s’", "y", "en", "lui", "leur", "l'", "l’"})


def adjacent_subject(t: Token, sent: Span, ctx: syntax.DocumentContext) -> list[tuple[str, Token]]:
    """The name right before a subjectless verb group ("Meta aurait écrit …").

    When the parser runs a sentence across a line break, or misreads an inserted
    phrase, it often loses the subject of a verb; a name that stands right before
    the verb group (only auxiliaries, clitics, negation and adverbs between), and is
    not introduced by a preposition, is that subject.
    """
    if syntax.coarse_pos(t) != "VERB" or syntax.is_passive(t) or t.dep_ in ("acl", "acl:relcl", "xcomp"):
        return []
    doc = ctx.doc
    i = t.i - 1
    while i >= sent.start and (
        doc[i].pos_ in ("AUX", "ADV") or doc[i].dep_.startswith("aux")
        or doc[i].lower_ in CLITICS
    ):
        i -= 1
    if i < sent.start:
        return []
    key = ctx.token_entity.get(doc[i].i)
    if not key:
        return []
    lo = i
    while lo - 1 >= sent.start and ctx.token_entity.get(lo - 1) == key:
        lo -= 1
    if any(syntax.prep_of(doc[j]) for j in range(lo, i + 1)):
        return []
    if lo > sent.start and doc[lo - 1].pos_ == "ADP":
        return []
    return [(key, doc[lo])]


def quote_between(actor: Token, trigger: Token) -> bool:
    """Is there a quotation mark between an actor's token and the trigger? An actor
    on the other side of a quote belongs to another statement ("« … Toulouse … »,
    dénonce X"). A quoted name ("a créé « L'Égalité nationale »") opens its quote
    right before or inside its own phrase: that mark does not count."""
    lo, hi = sorted((actor.i, trigger.i))
    own = range(actor.left_edge.i - 2, actor.i)
    marks = [tok for tok in actor.doc[lo + 1: hi] if tok.text in syntax.QUOTE_MARKS]
    # A short quoted word in between opens and closes there ("les déclarations
    # « ahurissantes » de X"): no boundary is crossed.
    if len(marks) == 2 and marks[1].i - marks[0].i <= 6 and marks[0].text not in ("»", "”"):
        return False
    return any(tok.i not in own for tok in marks)


def _state_title(tok: Token) -> str | None:
    """The national post a noun phrase names by a fixed wording, or None:
    "le président de la République", "le chef de l'État", "le Premier ministre"
    (not a former one: "l'ancien président de la République")."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if any(c.lower_ in fr.FORMER_WORDS for c in kids if c.i < tok.i):
        return None
    if lemma == "président" and any(
            c.lemma_.lower() == "république" and syntax.prep_of(c) == "de" for c in kids):
        return "république"
    if lemma == "chef" and any(
            c.lower_ in ("état", "etat") and syntax.prep_of(c) == "de" for c in kids):
        return "état"
    if lemma == "ministre" and any(c.lower_ == "premier" and c.i < tok.i for c in kids):
        return "premier ministre"
    return None


def state_title_holder(tok: Token, ctx: syntax.DocumentContext) -> str | None:
    """"Wauquiez a reproché au président de la République…": the one person the
    article names right after the same post earlier on ("le chef de l'État Emmanuel
    Macron", "Le Premier ministre, Édouard Philippe,"); nobody when none or several
    are (a holder named later is often a former one: "en 1968, le Premier ministre,
    X")."""
    title = _state_title(tok)
    if title is None:
        return _portfolio_holder(tok, ctx)
    holders = set()
    for other in ctx.doc[: tok.i]:
        if _state_title(other) != title:
            continue
        # The name right after the post's last word (commas skipped).
        i = 1 + max([other.i] + [c.i for c in other.children
                                 if c.lower_ in ("état", "etat", "république")])
        while i < len(ctx.doc) and ctx.doc[i].text == ",":
            i += 1
        key = ctx.token_entity.get(i) if i < len(ctx.doc) else None
        if key and ctx.type_of(key) == "PER":
            holders.add(key)
    if not holders and title != "premier ministre":
        holders = _titled_president(tok, ctx)
    if not holders and title == "premier ministre":
        # "Edouard Philippe, Premier ministre, …": the one current holder of the post.
        holders = {record.key for record in ctx.entities.values() if record.type == "PER"
                   for role in record.roles
                   if not role.former and _fold_keep_accents(role.title) in HEADS_OF_GOVERNMENT}
    return holders.pop() if len(holders) == 1 else None


def _portfolio_holder(tok: Token, ctx: syntax.DocumentContext) -> str | None:
    """"Le ministre de l'Intérieur a demandé…": the one person whose current post
    (``EntityRecord.roles``) is that portfolio title ("X, ministre de l'Intérieur");
    "l'ex-ministre de la Culture", the one person who held it (a former post); nobody
    when none or several did, or for an indefinite title."""
    if tok.pos_ != "NOUN" or tok.lower_.removeprefix("ex-") not in ("ministre", "ministres"):
        return None
    kids = list(tok.children)
    former = tok.lower_.startswith("ex-") or any(
        c.lower_ in fr.FORMER_WORDS for c in kids if c.i < tok.i)
    if not any(c.lower_ in _DEFINITE and c.i < tok.i for c in kids):
        return None
    comps = [c for c in kids if c.i > tok.i and syntax.prep_of(c) == "de"]
    if len(comps) != 1:
        return None
    comp = comps[0]
    # The portfolio may go on in lowercase ("de la Transition écologique").
    wordings = {_fold_keep_accents(tok.doc[tok.i: j].text).removeprefix("ex-")
                for j in range(comp.i + 1, min(comp.right_edge.i, comp.i + 3) + 2)}
    holders = {
        record.key for record in ctx.entities.values() if record.type == "PER"
        for role in record.roles if role.former == former and _fold_keep_accents(role.title) in wordings
    }
    return holders.pop() if len(holders) == 1 else None


def _fold_keep_accents(text: str) -> str:
    """Case-folded, "’" as "'", spaces collapsed; accents kept (``roles._fold`` strips them)."""
    return " ".join(text.casefold().replace("’", "'").split())


def _titled_president(tok: Token, ctx: syntax.DocumentContext) -> set[str]:
    """"le président Emmanuel X" … "au chef de l'État": the persons the article
    named earlier right after a bare "président(e)" (a national adjective allowed,
    "le président français X"; not "le président du Sénat X", nor "vice-président"),
    as the quotes component reads a head of state."""
    holders = set()
    doc = ctx.doc
    for other in doc[: tok.i]:
        if other.lower_ not in ("président", "présidente") or doc[other.i - 1].lower_ in fr.FORMER_WORDS:
            continue
        i = other.i + 1
        if i < tok.i and doc[i].pos_ == "ADJ" and doc[i].is_lower and doc[i].lower_ in _FRENCH:
            i += 1
        key = ctx.token_entity.get(i) if i < tok.i else None
        if key and ctx.type_of(key) == "PER" and ctx.token_entity.get(i - 1) != key:
            holders.add(key)
    return holders


_FRENCH = frozenset({"français", "française"})


def quoted_name_after(tok: Token, ctx: syntax.DocumentContext) -> str | None:
    """"du parti « Résistons »": the name written whole between quotation marks right
    after a company word is its name, wherever the parser hangs it (it often hangs
    the name on the noun above)."""
    doc = tok.doc
    j = tok.i + 1
    if j >= len(doc) or doc[j].text not in ("«", '"', "“"):
        return None
    j += 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    key = ctx.token_entity.get(j) if j < len(doc) else None
    if key is None:
        return None
    while j < len(doc) and (ctx.token_entity.get(j) == key or doc[j].is_space):
        j += 1
    return key if j < len(doc) and doc[j].text in ("»", '"', "”") else None
