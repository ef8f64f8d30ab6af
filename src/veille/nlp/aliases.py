"""Grouping for ``veille_entities``: which mentions name the same actor.

Mentions are grouped by folded key (accents, case, generic corporate suffixes), then
linked: surnames to full names ("Musk" -> "Elon Musk"; per mention when two people
share the surname), acronyms to their long form, one-word ORG prefixes to the full
name, and near-identical ORG spellings ("Zorbex Technologie(s)").
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz
from spacy.tokens import Doc

from .entity_types import context_type, vote
from .lang import fr_entities as data
from .mentions import LOC, ORG, PER, Candidate, fold, members

_DIGITS = re.compile(r"\d+")
_CLOSING_QUOTES = frozenset({"»", '"', "”", "’", "'"})
_WORDS = re.compile(r"\w+")
_DISTINCT_FOLDED = frozenset(fold(x) for x in data.DISTINCT_LEGAL_FORMS)
_REGION_FOLDED = frozenset(fold(x) for x in data.REGION_WORDS)
_BRANCH_FOLDED = _REGION_FOLDED | frozenset(fold(x) for x in data.COMPANY_WORDS)


def group(mentions: list[Candidate], *, fuzzy_threshold: float, doc: Doc | None = None) -> dict[int, list[Candidate]]:
    """Set ``cluster`` on every mention. RETURNS cluster id -> its mentions."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[m.key].append(i)
    keys = list(groups)
    gid = {k: g for g, k in enumerate(keys)}
    parent = list(range(len(keys)))

    def root(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    def union(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    gtype = {k: vote([mentions[i] for i in groups[k]]) for k in keys}
    link_orgs(keys, gtype, groups, mentions, gid, union, fuzzy_threshold)
    if doc is not None:
        _link_bracketed_acronyms(doc, keys, gtype, groups, mentions, gid, union)
    # Surnames: "Musk" -> "Elon Musk"; per mention when several people share it.
    per_mention: dict[int, int] = {}
    full = [k for k in keys if gtype[k] == PER and len(k) > 1]
    # Only a name with a first name or an honorific vouches for a surname the
    # model took for a place ("Sutskever" LOC -> "Ilya Sutskever").
    vouched = {k for k in full if any(
        mentions[i].evidence["first_name"] or mentions[i].evidence["honorific"]
        for i in groups[k])}
    for short in keys:
        owners = [f for f in full if len(f) > len(short) and f[-len(short):] == short]
        if gtype[short] == LOC:
            owners = [f for f in owners if f in vouched]
        if not owners or context_type(groups[short], mentions) == ORG:
            continue
        owner_roots = sorted({root(gid[f]) for f in owners})
        if len(owner_roots) == 1:
            union(gid[short], owner_roots[0])
            continue
        firsts = sorted((mentions[i].start, gid[f]) for f in owners for i in groups[f])
        for i in groups[short]:
            before = [g for start, g in firsts if start < mentions[i].start]
            per_mention[i] = before[-1] if before else firsts[0][1]
    _link_first_names(keys, gtype, groups, mentions, full, gid, union)
    for i, m in enumerate(mentions):
        m.cluster = root(per_mention.get(i, gid[m.key]))
    return members(mentions)


def link_orgs(keys, gtype, groups, mentions, gid, union, fuzzy_threshold) -> None:
    """Acronyms, one-word ORG prefixes and near-identical ORG/MISC spellings."""
    orgs = [k for k in keys if gtype[k] == ORG and len(k) > 1]
    for short in keys:
        if len(short) != 1 or gtype[short] == PER:
            continue
        word = short[0]
        surfaces = {mentions[i].text for i in groups[short]}
        if any(s.isupper() and 2 <= len(s) <= 6 for s in surfaces):
            initials = {k: _initials(k) for k in orgs}
            found = [k for k in orgs if initials[k] == word]
            if not found:
                # "l'INRS" for "Institut national français de recherche et de
                # sécurité": the name as written adds one word to the official one
                found = [k for k in orgs if _abbreviates_but_one(word, initials[k])]
            if len(found) == 1:
                union(gid[short], gid[found[0]])
                continue
        if gtype[short] == ORG:
            found = [k for k in orgs if k[0] == word and k[-1] not in _DISTINCT_FOLDED]
            if len(found) == 1 and not _is_branch(short, found[0], groups, mentions):
                union(gid[short], gid[found[0]])
    # Spelling variants of one organisation ("Zorbex Technologie(s)"); numbers must
    # agree ("France 2" is not "France 3"). MISC (products, works) is left alone:
    # a one-letter difference there is usually another thing.
    pool = [k for k in keys if gtype[k] == ORG]
    for a_i, a in enumerate(pool):
        sa = " ".join(a)
        for b in pool[a_i + 1:]:
            sb = " ".join(b)
            if len(a) == len(b) and min(len(sa), len(sb)) >= 8 \
                    and _DIGITS.findall(sa) == _DIGITS.findall(sb) \
                    and fuzz.ratio(sa, sb, score_cutoff=fuzzy_threshold):
                union(gid[a], gid[b])


def _link_bracketed_acronyms(doc: Doc, keys, gtype, groups, mentions, gid, union) -> None:
    """"l'organisation «Ending Clerical Abuse» (ECA)": an acronym in parentheses right
    after a name whose initials it spells is that name, whatever type the model gave
    the long form (a quoted name is often MISC, so ``link_orgs`` did not try it)."""
    starts = {m.start: m for m in mentions}
    for long_key in keys:
        if len(long_key) < 2 or gtype[long_key] == PER:
            continue
        initials = _initials(long_key)
        for i in groups[long_key]:
            j = mentions[i].end
            while j < len(doc) and doc[j].text in _CLOSING_QUOTES:
                j += 1
            if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
                continue
            short = starts.get(j + 1)
            if short is None or short.end != j + 2 or len(short.key) != 1 or gtype[short.key] == PER:
                continue
            if short.text.isupper() and 2 <= len(short.text) <= 6 and short.key[0] == initials:
                union(gid[short.key], gid[long_key])
    # "la Febetra (Fédération …)": a short name with its full name in parentheses
    # (not the last word of a longer name: "l'UNEF Paris VIII (Union …)").
    ends = {m.end: m for m in mentions}
    for long in mentions:
        short = ends.get(long.start - 1)
        if (short is not None and doc[long.start - 1].text == "(" and long.end < len(doc)
                and doc[long.end].text == ")" and long.label == ORG
                and doc[long.start].lower_ in data.INSTITUTION_HEADS
                and len(short.key) <= 2 and gtype[short.key] != PER
                and short.start not in ends
                and not (short.start > 0 and doc[short.start - 1].pos_ == "PROPN")):
            union(gid[short.key], gid[long.key])


def _initials(key: tuple[str, ...]) -> str:
    """The first letters of a name's words, its function words left out."""
    return "".join(w[0] for w in key if w not in data.ACRONYM_SKIP)


def _abbreviates_but_one(acronym: str, initials: str) -> bool:
    """Are the initials the acronym's letters in order plus one word's inside
    ("inrs" in "infrs")? First and last letters must agree; acronyms of three
    letters or fewer are too easily matched by chance."""
    if len(acronym) < 4 or len(initials) != len(acronym) + 1:
        return False
    if initials[0] != acronym[0] or initials[-1] != acronym[-1]:
        return False
    return any(initials[:k] + initials[k + 1:] == acronym for k in range(1, len(initials) - 1))


def best_name(doc: Doc, mentions: list[Candidate]) -> str:
    """The most complete suffix-folded form; ties go to the most frequent, then the first."""
    stats: dict[str, list] = {}
    for m in mentions:
        text = m.name
        # (a lowercase company word left out of the key still makes the name fuller:
        # "Odoxa Dentsu consulting" over "Odoxa Dentsu")
        fuller = len(_WORDS.findall(text)) > len(m.key)
        entry = stats.setdefault(text, [len(m.key), fuller, 0, -m.start])
        entry[2] += 1
    return max(stats, key=lambda t: tuple(stats[t]))


def _is_branch(short: tuple[str, ...], full: tuple[str, ...], groups, mentions) -> bool:
    """Is ``full`` a subsidiary or branch of ``short`` rather than its full name?

    "Total" and "Total Belgium": the longer name adds a country/region or activity
    word, and the short form stands on its own: it is named before the long form, or
    (for a region word) it has context of its own ("le groupe Total"). Then both are
    kept as separate actors. "Halcyon Software ... Halcyon" still merges.
    """
    tail = full[len(short):]
    if not any(w in _BRANCH_FOLDED for w in tail):
        return False
    short_first = min(mentions[i].start for i in groups[short])
    full_first = min(mentions[i].start for i in groups[full])
    if short_first < full_first:
        return True
    return any(w in _REGION_FOLDED for w in tail) and any(
        mentions[i].evidence for i in groups[short])


def _link_first_names(keys, gtype, groups, mentions, full, gid, union) -> None:
    """"Gabriel Attal ... Gabriel": a lone first name after the one full name that
    starts with it is that person (two people sharing it: left alone)."""
    for short in keys:
        if len(short) != 1 or gtype[short] != PER or short[0] not in data.FIRST_NAMES:
            continue
        owners = [f for f in full if f[0] == short[0]]
        if len(owners) != 1:
            continue
        first_full = min(mentions[i].start for i in groups[owners[0]])
        if all(mentions[i].start > first_full for i in groups[short]):
            union(gid[short], gid[owners[0]])
