"""Cross-document entities: link each document's actors to global entities, using names and context.

``link_documents(store, doc_ids)`` links the not-yet-linked local entities of new
documents (``doc_entities``) to global entities (``entities``), writing only
``entity_links``, ``entities`` and ``entity_aliases``: per-document rows never change,
so ingesting new articles never reprocesses the store.

How a local entity is matched (``name_candidates`` then ``_decide``), always within
one entity type:

1. **names**: its name or an alias equals a global name or alias after folding
   (case, accents, punctuation) and, for organisations, dropping generic corporate
   suffixes ("OpenAI Inc." = "OpenAI"): ``exact``; a one-word person name equals the
   last word of global full names ("Musk" → "Elon Musk"): ``surname``; a full name
   ends with a one-word global name ("Elon Musk" → "Musk"): ``extends``; a multi-word
   name within a small edit distance of a global name sharing its first or last word
   (rapidfuzz ratio ≥ ``FUZZY_MIN``, "Mohammed ben Salmane" / "Mohammed Ben Salman"):
   ``fuzzy``.
2. **context** decides when names are not enough. The document's other actors are
   linked first (full names and organisations); then each candidate is scored by the
   global entities it shares documents with among them, and by roles ("PDG" of
   "Tesla") it already holds. A full name (``exact`` on two words or more) is strong
   evidence and links on its own. A bare surname, an ``extends`` or a ``fuzzy`` match
   links only with support from the context, or when the document gives no context
   at all (nothing contradicts the only candidate). Two candidates: the best
   supported wins; no support for any: a new entity (never a guess).
3. **merges**: when a full name with a one-word alias links, a one-word global entity
   of that name created earlier (e.g. "Musk" seen alone first, while "Elon Musk" was
   ambiguous) is merged into it if the two share context. A merge rewrites the
   dropped entity's ``entity_links`` rows and aliases only.

Global ids are stable: ``<type>-<slug of the first name seen>`` and never renamed;
the canonical name is chosen by evidence (``canonical_name``): the form most documents
use among clean full forms. ``link_documents(..., matcher=f)``
replaces steps 1–3 by a name-only rule ``f(record, index) -> id | None``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..models import EntityRecord
from ..nlp.lang.fr_entities import CORPORATE_SUFFIXES
from ..store import LocalEntity, Store

#: Minimum rapidfuzz ratio (0-100) between folded multi-word names for a ``fuzzy`` candidate.
FUZZY_MIN = 90
_SUFFIXES = {s.replace(".", "").casefold() for s in CORPORATE_SUFFIXES}
# Evidence that links without support from the context.
_STRONG = "exact_full"


# Names repeat across thousands of documents and are folded at every comparison.
@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: "Élon  MUSK" -> "elon musk"."""
    if not name.isascii():  # most names are ASCII: no decomposition to undo
        # Only non-ASCII characters can be combining marks: the test runs on those alone
        # (a title and lead are folded whole for stories, character by character cost more).
        name = _NON_ASCII.sub(_drop_combining, unicodedata.normalize("NFKD", name))
    return " ".join(_WORD.findall(name.casefold()))


_WORD = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_combining(match: re.Match) -> str:
    ch = match.group()
    return "" if unicodedata.combining(ch) else ch


@lru_cache(maxsize=1 << 16)
def name_key(name: str, type: str) -> str:
    """The matching key of a name: ``fold``, and for organisations without trailing corporate
    suffixes ("OpenAI Inc." -> "openai"; a name made only of a suffix keeps it)."""
    key = fold(name)
    if type != "ORG":
        return key
    words = key.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


# Lowercase prefixes glued to a name by a hyphen: "anti-Emmanuel Macron", "ex-Renault".
_PREFIXED = re.compile(r"^[^\W\d_A-Z\u00C0-\u00DE]+-", re.UNICODE)
_POSSESSIVE = re.compile(r"['\u2019]s\b", re.IGNORECASE)
# A form this many times longer (in characters) than the most used full form is a run-on
# ("Emmanuel Macron Président de la République française").
_TOO_LONG = 1.6


def _is_junk(form: str, one_word: Iterable[str], type: str) -> bool:
    """A form that names the actor only through a compound: prefixed ("anti-", "pro-", "ex-"),
    possessive ("Macron's"), or, for people, another form glued to a word by a hyphen
    ("Macron-Merkel"; organisations are often named that way: "Renault-Nissan")."""
    if _PREFIXED.match(form) or _POSSESSIVE.search(form):
        return True
    if type != "PER":
        return False
    folded = f" {fold(form)} "
    for other in one_word:
        key = fold(other)
        # "Macron-Merkel" holds "Macron" as one half of a hyphenated word, "Georges-Louis
        # Bouchez" holds "Louis Bouchez" too: only a bare one-word form glued at the end counts.
        if other != form and (
            f"-{other} " in f"{form} " or f" {other}-" in f" {form}") and f" {key} " in folded:
            return True
    return False


def canonical_name(counts: dict[str, int], type: str) -> str:
    """The name an entity is shown by, from ``{form: number of documents using it}``.

    Evidence, not length: junk forms (``_is_junk``) and forms much longer than the most
    used one are set aside (unless nothing else is left); then full forms win (a person's
    first name + surname, an organisation's name without corporate suffix); then the
    form most documents use; then mixed case, accents kept, the longer, the alphabetically first.
    """
    forms = [f for f in counts if f.strip()]
    if not forms:
        raise ValueError("canonical_name needs at least one form")
    if len(forms) == 1:
        # Every step below keeps a form when nothing else is left: most entities have one.
        return forms[0]
    def full(form: str) -> bool:
        if type == "PER":
            return len(fold(form).split()) >= 2
        if type == "ORG":
            return name_key(form, "ORG") == fold(form)
        return True

    def rank(form: str) -> tuple:
        # Ties: headline capitals ("ELODIE DUPRE") lose, then accents lost by a source lose.
        shouting = form.isupper() and len(form) > 4
        accents = sum(1 for ch in form if not ch.isascii())
        return (not full(form), -counts[form], shouting, -accents, -len(form), form)

    one_word = [f for f in forms if len(fold(f).split()) == 1] if type == "PER" else []
    clean = [f for f in forms if not _is_junk(f, one_word, type)] or forms
    # "Much longer" is measured against the most used full form (the shortest on a tie):
    # a run-on form seen as often as the plain one does not win by its length.
    reference = min([f for f in clean if full(f)] or clean, key=lambda f: (-counts[f], len(f)))
    clean = [f for f in clean if len(f) <= _TOO_LONG * max(8, len(reference))] or clean
    return min(clean, key=rank)


# Words left out of an organisation's initials ("Agence France-Presse" -> AFP,
# "Banque de France" -> BF).
_INITIALS_SKIP = {"de", "du", "des", "la", "le", "les", "l", "d", "et"}
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def is_acronym(form: str) -> bool:
    """A short all-capitals form without spaces: "AFP", "SNCF" (not "Total" or "BFM TV")."""
    return bool(_ACRONYM.match(unicodedata.normalize("NFKD", form).replace(".", "")))


def initials(name: str) -> str | None:
    """Folded initials of a name's words, articles and "de" left out ("Agence France-Presse" -> "afp");
    None for a name of fewer than two such words (one word has no initials worth matching)."""
    words = [w for w in fold(name).split() if w not in _INITIALS_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def slug(name: str) -> str:
    return fold(name).replace(" ", "-") or "entity"


@dataclass
class EntityIndex:
    """The global entities, in memory, keyed for matching. Updated as entities are created or merged."""

    names: dict[str, str] = field(default_factory=dict)  # id -> canonical name
    types: dict[str, str] = field(default_factory=dict)  # id -> type
    forms: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    last_tokens: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # (type, first or last word of a multi-word key) -> ids: the block searched by fuzzy matching
    blocks: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # id -> its keys
    order: dict[str, int] = field(default_factory=dict)  # id -> rank in creation order (ties)
    # (type, key without spaces) -> ids: "BFM TV" = "BFMTV"
    compact: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # (type, key) -> ids for which that key is only a part of the canonical name
    # ("renault" for "Renault-Nissan-Mitsubishi"): weak evidence, see name_candidates
    weak: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # (type, initials of a multi-word form) -> ids: "afp" for "Agence France-Presse"
    initials: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # (type, folded acronym form) -> ids that have been called by that acronym ("AFP")
    acronyms: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # id(record) -> (record, evidence, ids) of name_candidates since the index last changed:
    # an actor is matched when sorted, decided and maybe crossed to another type, often with
    # no change in between. Every method that changes the index empties it.
    memo: dict[int, tuple[EntityRecord, str, set[str]]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, entity_id: str, type: str, name: str, aliases: Iterable[str] = ()) -> None:
        self.memo.clear()
        self.order.setdefault(entity_id, len(self.order))
        self.names[entity_id] = name
        self.types[entity_id] = type
        own = name_key(name, type)
        for form in (name, *aliases):
            key = name_key(form, type)
            if not key:
                continue
            self.forms[(type, key)].add(entity_id)
            self.compact[(type, key.replace(" ", ""))].add(entity_id)
            if _part_of(key, own):
                self.weak[(type, key)].add(entity_id)
            self.keys[entity_id].add(key)
            tokens = key.split()
            if len(tokens) > 1:
                self.blocks[(type, tokens[0])].add(entity_id)
                self.blocks[(type, tokens[-1])].add(entity_id)
            if type == "ORG":
                letters = initials(form)
                if letters:
                    self.initials[(type, letters)].add(entity_id)
                if is_acronym(form):
                    self.acronyms[(type, key)].add(entity_id)
        tokens = name_key(name, type).split()
        if len(tokens) > 1:
            self.last_tokens[(type, tokens[-1])].add(entity_id)

    def rename(self, entity_id: str, name: str) -> None:
        """``name`` is now the canonical name; the old one stays a form (an alias in the store).

        What depends on the canonical name is redone as a load from the store would: the
        surname index holds the new name's last word only, and which forms are only part
        of the name (``weak``) is decided against the new name."""
        self.memo.clear()
        type_ = self.types[entity_id]
        old = name_key(self.names[entity_id], type_).split()
        if len(old) > 1:
            self.last_tokens[(type_, old[-1])].discard(entity_id)
        self.names[entity_id] = name
        self.add(entity_id, type_, name)
        own = name_key(name, type_)
        for key in self.keys[entity_id]:
            if _part_of(key, own):
                self.weak[(type_, key)].add(entity_id)
            else:
                self.weak.get((type_, key), set()).discard(entity_id)

    def retype(self, entity_id: str, type: str, aliases: Iterable[str]) -> None:
        """``entity_id`` is now of ``type`` (the evidence of its documents says so): re-key it."""
        name = self.names[entity_id]
        self.remove(entity_id)
        self.add(entity_id, type, name, aliases)

    def remove(self, entity_id: str) -> None:
        """Forget ``entity_id`` (merged into another)."""
        self.memo.clear()
        for ids in (*self.forms.values(), *self.last_tokens.values(), *self.blocks.values(),
                    *self.compact.values(), *self.weak.values(), *self.initials.values(),
                    *self.acronyms.values()):
            ids.discard(entity_id)
        self.names.pop(entity_id, None)
        self.types.pop(entity_id, None)
        self.keys.pop(entity_id, None)

    def is_single_word(self, entity_id: str) -> bool:
        return len(name_key(self.names[entity_id], self.types[entity_id]).split()) == 1


#: A name-only matching rule: the global entity id a local entity belongs to, or None (create one).
Matcher = Callable[[EntityRecord, EntityIndex], "str | None"]


def name_candidates(record: EntityRecord, index: EntityIndex) -> tuple[str, set[str]]:
    """The kind of name evidence and the candidate global ids for ``record`` (see module doc).

    RETURNS (tuple[str, set[str]]): ``("exact_full" | "exact_short" | "acronym" | "surname"
        | "extends" | "subset" | "fuzzy" | "none", ids)``; the first kind that has candidates wins.
    """
    hit = index.memo.get(id(record))
    if hit is not None and hit[0] is record:
        return hit[1], set(hit[2])
    evidence, ids = _name_candidates(record, index)
    index.memo[id(record)] = (record, evidence, set(ids))
    return evidence, ids


def _name_candidates(record: EntityRecord, index: EntityIndex) -> tuple[str, set[str]]:
    type_ = record.type
    main = name_key(record.name, type_)
    own = [k for k in dict.fromkeys(name_key(f, type_) for f in (record.name, *record.aliases)) if k]
    for key in own:
        ids = index.forms.get((type_, key), set()) or index.compact.get((type_, key.replace(" ", "")), set())
        if ids:
            # A one-word person name, or a form that is only part of either side's name
            # ("Renault" as alias of "Renault-Nissan-Mitsubishi"), needs the context.
            weak = (type_ == "PER" and len(key.split()) == 1) or _part_of(key, main) or bool(
                ids & index.weak.get((type_, key), set()))
            return ("exact_short" if weak else "exact_full"), set(ids)
    if type_ == "ORG":
        # "AFP" and "Agence France-Presse": the acronym's letters are the initials of the
        # name's words, whichever of the two was seen first.
        # Two letters spell too many names: "PS" is the Parti socialiste far more often
        # than Public Sénat or a mistyped "Patrick Strzoda"; only three or more link.
        ids = set()
        for form in (record.name, *record.aliases):
            if is_acronym(form) and len(fold(form)) > 2:
                ids |= index.initials.get((type_, fold(form)), set())
            letters = initials(form)
            if letters and len(letters) > 2:
                ids |= index.acronyms.get((type_, letters), set())
        if ids:
            return "acronym", ids
    tokens = main.split()
    if type_ == "PER" and len(tokens) == 1:
        ids = index.last_tokens.get((type_, tokens[0]), set())
        if ids:
            return "surname", set(ids)
    if type_ == "PER" and len(tokens) > 1:
        ids = {i for i in index.forms.get((type_, tokens[-1]), set()) if index.is_single_word(i)}
        if ids:
            return "extends", ids
    if type_ == "PER" and len(tokens) > 1:
        # "Louis Bouchez" inside "Georges-Louis Bouchez": same last word, every word found.
        words = set(tokens)
        ids = {i for i in index.last_tokens.get((type_, tokens[-1]), set())
               if words < _key_words(index.names[i], type_)}
        if ids:
            return "subset", ids
    if len(tokens) > 1:
        block = index.blocks.get((type_, tokens[0]), set()) | index.blocks.get((type_, tokens[-1]), set())
        # Keys are name_key outputs (words joined by single spaces): " " in k is "several
        # words". The cheap tests come before the ratio, which stops early below FUZZY_MIN.
        ids = {i for i in block if any(
            " " in k and (type_ != "PER" or k[0] == main[0])
            and fuzz.ratio(main, k, score_cutoff=FUZZY_MIN) >= FUZZY_MIN
            for k in index.keys.get(i, ()))}
        if ids:
            return "fuzzy", ids
    return "none", set()


@lru_cache(maxsize=1 << 16)
def _key_words(name: str, type: str) -> frozenset[str]:
    # The words of a canonical name's key: compared with every "subset" candidate's words,
    # and a frequent surname has hundreds of entities.
    return frozenset(name_key(name, type).split())


def _part_of(key: str, name: str) -> bool:
    """``key`` is a strict part of ``name`` (a word sequence of it, hyphens as spaces)."""
    return key != name and f" {key} " in f" {name} "


def match_entity(record: EntityRecord, index: EntityIndex) -> str | None:
    """Name-only rule: the single candidate of ``name_candidates``, else None (ambiguous or unknown)."""
    _, ids = name_candidates(record, index)
    return next(iter(ids)) if len(ids) == 1 else None


@dataclass(frozen=True)
class LinkReport:
    created: int
    linked: int
    merged: int = 0


def load_index(store: Store) -> EntityIndex:
    index = EntityIndex()
    for entity_id, name, type_, aliases in store.iter_entity_names():
        index.add(entity_id, type_, name, aliases)
    return index


def new_entity_id(type: str, name: str, taken: Iterable[str] | dict) -> str:
    """``<type>-<slug>``, with ``-2``, ``-3``… when that id is already taken."""
    base = f"{type.lower()}-{slug(name)}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class _Neighbours:
    """Co-actors of global entities, read once per entity from the store, then kept up to
    date in memory as documents are linked: a popular entity ("Emmanuel Macron") is
    queried once per run, not once per document that names it."""

    def __init__(self, store: Store):
        self.store = store
        self.known: dict[str, set[str]] = {}

    def __call__(self, entity_id: str) -> set[str]:
        if entity_id not in self.known:
            self.known[entity_id] = self.store.entity_neighbours(entity_id)
        return self.known[entity_id]

    def document_linked(self, entity_ids: set[str]) -> None:
        for entity_id in entity_ids:
            if entity_id in self.known:
                self.known[entity_id] |= entity_ids - {entity_id}

    def merged(self, keep: str, drop: str) -> None:
        dropped = self.known.pop(drop, None)
        if keep in self.known:
            self.known[keep] |= (dropped if dropped is not None else self.store.entity_neighbours(keep))
            self.known[keep].discard(keep)
        for others in self.known.values():
            if drop in others:
                others.discard(drop)
                others.add(keep)


def _role_keys(record: EntityRecord) -> set[tuple[str, str | None]]:
    return {(r.title.lower(), r.of.lower() if r.of else None) for r in record.roles}


def _support(
    store: Store, neighbours: _Neighbours, entity_id: str, context: set[str], roles: set[tuple[str, str | None]]
) -> float:
    """How much the document's context supports ``entity_id``: shared co-actors, then shared roles."""
    score = float(len(neighbours(entity_id) & context))
    if roles:
        known = store.entity_role_keys(entity_id)
        if roles & known:
            score += 2.0
        elif {t for t, _ in roles} & {t for t, _ in known}:
            score += 0.5
    return score


def _decide(
    store: Store, record: EntityRecord, index: EntityIndex, context: set[str], neighbours: _Neighbours
) -> str | None:
    evidence, ids = name_candidates(record, index)
    if not ids:
        return None
    roles = _role_keys(record)
    if evidence in (_STRONG, "acronym") and len(ids) == 1:
        # A full name, or an acronym spelling a single known organisation's initials.
        return next(iter(ids))
    scores = {i: _support(store, neighbours, i, context, roles) for i in ids}
    best = max(scores.values())
    top = sorted(i for i, s in scores.items() if s == best)
    if best > 0:
        # Several equally supported candidates: the first created (index order).
        return min(top, key=index.order.__getitem__)
    if evidence == _STRONG:
        return min(ids, key=index.order.__getitem__)
    # No support. A lone candidate is accepted only if the document has no context to
    # contradict it; otherwise a bare surname or a near-miss starts a new entity.
    return next(iter(ids)) if len(ids) == 1 and not context else None


def link_documents(store: Store, doc_ids: Iterable[str], *, matcher: Matcher | None = None) -> LinkReport:
    """Link the not-yet-linked local entities of ``doc_ids`` to global entities, in one transaction.

    matcher: a name-only rule replacing the context-aware decision (and merges).
    The canonical name of a global entity is chosen by ``canonical_name``; every other
    form becomes an alias; mention and document counts are recomputed for touched entities.
    """
    # Imported here: entity_types builds on this module's index and name matching.
    from .entity_types import TypeTally, cross_type_candidate, local_evidence

    index = load_index(store)
    neighbours = _Neighbours(store)
    types = TypeTally(store)
    touched: set[str] = set()
    names = _NameCounts(store)
    created = linked = merged = 0
    with store.transaction():
        for doc_id in doc_ids:
            locals_ = store.local_entities(doc_id)
            context = {le.entity_id for le in locals_ if le.entity_id}
            todo = [le for le in locals_ if le.entity_id is None]
            # Full names and non-person names first: they give the context that bare
            # surnames are judged by.
            todo.sort(key=lambda le: _needs_context(le, index))
            evidence = _type_evidence(store, doc_id, locals_, todo, local_evidence)
            done: list[tuple[str, EntityRecord]] = []
            for local in todo:
                record = local.record
                if matcher is not None:
                    entity_id = matcher(record, index)
                else:
                    entity_id = _decide(store, record, index, context, neighbours)
                    if entity_id is None:
                        # The same name, typed otherwise by another article ("Valtique" LOC/ORG).
                        entity_id = cross_type_candidate(record, index, evidence[record.key], types.of)
                if entity_id is None:
                    entity_id = new_entity_id(record.type, record.name, index.names)
                    aliases = sorted(set(record.aliases) - {record.name})
                    store.add_entity(entity_id, record.name, record.type, aliases)
                    index.add(entity_id, record.type, record.name, aliases)
                    types.note(entity_id, evidence[record.key], new=True, current=record.type)
                    created += 1
                else:
                    _add_forms(store, index, entity_id, record)
                    types.note(entity_id, evidence[record.key], new=False, current=index.types[entity_id])
                store.link_entity(doc_id, record.key, entity_id)
                context.add(entity_id)
                touched.add(entity_id)
                linked += 1
                done.append((entity_id, record))
            # Merges once the whole document is linked: its full context is known.
            for entity_id, record in done if matcher is None else ():
                if entity_id not in index.names:
                    continue
                for dropped in _absorb_short_forms(store, index, entity_id, record, context, neighbours):
                    types.merged(entity_id, dropped)
                    names.forget(entity_id, dropped)
                    touched.discard(dropped)
                    context.discard(dropped)
                    merged += 1
            neighbours.document_linked(context)
            # Names and types are settled after each document from all the evidence so far,
            # so the next document sees the same index whether it comes in this run or a later one.
            linked_names: dict[str, set[str]] = defaultdict(set)
            for entity_id, record in done:
                if entity_id in index.names:
                    linked_names[entity_id].add(record.name)
            _settle_names(store, index, names.document_linked(linked_names))
            types.settle(index, set(linked_names))
        store.refresh_entity_counts(sorted(touched))
    return LinkReport(created=created, linked=linked, merged=merged)


def _type_evidence(store: Store, doc_id: str, locals_: list[LocalEntity], todo: list[LocalEntity],
                   score) -> dict[str, dict[str, float]]:
    """Type evidence of the document's actors to link, saved for later runs (``entity_type_evidence``)."""
    if not todo:
        return {}
    text = store.document_text(doc_id)
    slots = store.relation_slots(doc_id)
    role_ofs = [(r.title, r.of) for le in locals_ for r in le.record.roles if r.of]
    evidence = {le.record.key: score(text, le.record, role_ofs=role_ofs, relation_slots=slots.get(le.record.key, ()))
                for le in todo}
    store.save_type_evidence((doc_id, key, scores) for key, scores in evidence.items())
    return evidence


def _needs_context(local: LocalEntity, index: EntityIndex) -> bool:
    evidence, _ = name_candidates(local.record, index)
    return evidence not in (_STRONG, "none")


def _absorb_short_forms(
    store: Store, index: EntityIndex, entity_id: str, record: EntityRecord, context: set[str],
    neighbours: _Neighbours,
) -> list[str]:
    """Merge one-word global entities named like a one-word alias of ``record`` into ``entity_id``
    when they share context with it (see module doc, step 3)."""
    if record.type != "PER" or len(name_key(record.name, "PER").split()) < 2:
        return []
    dropped = []
    own_neighbours = neighbours(entity_id) | context
    for alias in record.aliases:
        key = name_key(alias, "PER")
        if len(key.split()) != 1:
            continue
        for other in sorted(index.forms.get(("PER", key), set())):
            if other == entity_id or not index.is_single_word(other):
                continue
            if not neighbours(other) & (own_neighbours - {other}):
                continue
            store.merge_entities(entity_id, other)
            neighbours.merged(entity_id, other)
            names = [index.names[other]]
            index.remove(other)
            index.add(entity_id, "PER", index.names[entity_id], names)
            dropped.append(other)
    return dropped


def _add_forms(store: Store, index: EntityIndex, entity_id: str, record: EntityRecord) -> None:
    """The local actor's name and aliases become aliases of ``entity_id`` (its canonical name
    is re-decided after the document, ``_settle_names``)."""
    canonical = index.names[entity_id]
    aliases = sorted({record.name, *record.aliases} - {canonical})
    if not aliases:
        # Most actors are named exactly as their entity: nothing to write, and re-adding the
        # canonical name alone to the index changes nothing (it is always indexed).
        return
    store.add_aliases(entity_id, aliases)
    index.add(entity_id, index.types[entity_id], canonical, aliases)


class _NameCounts:
    """Documents per local name of the entities linked during a run: read from the store once
    per entity (``entity_name_counts``), then counted up document by document."""

    def __init__(self, store: Store):
        self.store = store
        self.counts: dict[str, dict[str, int]] = {}

    def document_linked(self, linked: dict[str, set[str]]) -> dict[str, dict[str, int]]:
        """``linked``: entity -> local names linked to it by the document just written.
        Returns the counts of those entities, this document included."""
        missing = [e for e in linked if e not in self.counts]
        for entity_id, names in linked.items():
            if entity_id in self.counts:
                for name in names:
                    self.counts[entity_id][name] = self.counts[entity_id].get(name, 0) + 1
        # Read after the document's links were written: the store counts it already.
        self.counts.update(self.store.entity_name_counts(missing))
        return {e: self.counts[e] for e in linked}

    def forget(self, *entity_ids: str) -> None:
        for entity_id in entity_ids:
            self.counts.pop(entity_id, None)


def _settle_names(store: Store, index: EntityIndex, evidence: dict[str, dict[str, int]]) -> None:
    """Canonical names of the entities a document was linked to, from the evidence so far
    (documents per local name)."""
    for entity_id, counts in sorted(evidence.items()):
        if not counts or entity_id not in index.names:
            continue
        current = index.names[entity_id]
        better = canonical_name(counts, index.types[entity_id])
        if better != current:
            store.rename_entity(entity_id, better)
            store.add_aliases(entity_id, [current])
            store.remove_alias(entity_id, better)
            index.rename(entity_id, better)
