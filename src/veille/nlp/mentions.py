"""Name mentions for ``veille_entities``: candidates found in ``doc.ents``, cleaned.

The model's entity spans are trimmed (punctuation, honorifics, leading lowercase head
words: "procureur général de Californie" -> "Californie"), junk is dropped ("Il",
"Lire aussi", a capitalised verb opening a sentence), spans swallowing two names are
split ("Tesla Elon Musk", "Google et Facebook"), each mention gets its folded key
("Microsoft Corp" -> ("microsoft",)), and unlabelled occurrences of known names are
added. Everything here works on token indices of one Doc; typing and grouping live
in ``entity_types.py`` and ``aliases.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from .lang import fr_entities as data

PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"

_MAX_MENTION_TOKENS = 10
_WORD = re.compile(r"\w+")
_SUFFIXES = data.CORPORATE_SUFFIXES
LEGAL_FORMS = data.CORPORATE_SUFFIXES | data.DISTINCT_LEGAL_FORMS
# An article capitalised inside a sentence opens a title written whole ("La France
# insoumise", «La Manif pour tous»); the elided forms count where a glued name does.
CAPITALISED_ARTICLES = frozenset({"Le", "La", "Les"})
CAPITALISED_ELIDED = frozenset({"L'", "L’"})
_PARTICLES = data.NAME_PARTICLES
_ONE_WORD_TITLES = frozenset(t for t in data.TITLES if " " not in t)
_QUOTES = frozenset('«»"“”„')
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "SCONJ", "PRON"})
# Heads that name something after a person ("Fondation Charles de Gaulle").
_NAMED_AFTER = data.INSTITUTION_HEADS | data.FACILITY_NOUNS | data.ORG_CUE_NOUNS \
    | frozenset({"lycée", "collège", "prix", "rue", "avenue", "place", "boulevard"})
_TRAILING_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "VERB", "PRON"})


@lru_cache(maxsize=8192)  # names repeat within and across documents
def fold(text: str) -> str:
    """Lowercase without accents: "Société Générale" -> "societe generale"."""
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in norm if not unicodedata.combining(c))

def has_upper(text: str) -> bool:
    return any(c.isupper() for c in text)


@dataclass(frozen=True)
class Context:
    """What annotation the Doc carries (checked once per Doc)."""

    tagged: bool
    parsed: bool
    sents: bool


@dataclass
class Candidate:
    """A candidate mention while resolving (mutable, internal)."""

    start: int  # token range of the mention
    end: int
    label: str | None  # NER label; None for pieces of a split span or added occurrences
    key: tuple[str, ...] = ()  # folded words of the suffix-folded form
    text: str = ""  # surface text of the mention
    name: str = ""  # surface text of the suffix-folded form
    name_end: int = 0  # token end of the suffix-folded form
    name_start: int = 0
    evidence: Counter = field(default_factory=Counter)
    cluster: int = -1


def find_candidates(doc: Doc, ents: tuple[Span, ...]) -> list[Candidate]:
    """Trimmed, non-junk mentions from the model's entity spans, in text order."""
    out: list[Candidate] = []
    n = len(doc)
    for ent in ents:
        for s, e in _pieces(doc, ent.start, ent.end):
            honorific = False
            institution = doc[s].lower_ in data.INSTITUTION_HEADS
            # A particle is kept at the start of a name, or right after a title
            # ("général de Gaulle" -> "de Gaulle"), not after other words ("Près de Toulouse").
            particle_ok = True
            label = ent.label_
            while s < e and not institution and _strip_left(doc, s, e, ent.label_, particle_ok):
                titled = doc[s].text in data.HONORIFICS or doc[s].lower_ in _ONE_WORD_TITLES
                honorific = honorific or doc[s].text in data.HONORIFICS
                particle_ok = titled
                s += 1
            while e > s and _strip_right(doc[e - 1]):
                e -= 1
            if e < n and e > s and doc[e].text.rstrip(".") in LEGAL_FORMS and not doc[e].ent_type:
                e += 1  # "Tesla Inc": the model often leaves the suffix out
            elif e < n and e > s and ent.label_ in (ORG, MISC) and _lower_company_word(doc[e]):
                e += 1  # "un sondage Odoxa Dentsu consulting": the company word written lowercase
            elif e < n and e - s == 1 and _group_noun_and_adjective(doc, s):
                # "la colère des Gilets jaunes": a capitalised plural common noun and its
                # adjective name a movement: no person nor place (the model often says
                # PER or LOC); an organisation stays one
                e += 1
                label = MISC if label in (PER, LOC) else label
            elif e < n and e > s and _name_goes_on(doc, s, e):
                # "de La France insoumise": the movement's name ends with its adjective; a
                # place's name takes none, so the model's LOC is the words it stopped at.
                e += 1
                label = ORG if label == LOC else label
            if s < e and (bounds := _quoted_title(doc, s, e)) is not None:
                s, e = bounds  # «La Manif pour tous»: the model stops at the capitalised word
            if s < e and label == LOC and (head := _acting_authority(doc, s)) is not None:
                s, label = head, ORG  # "La mairie de Valmont a annoncé": the town hall acts
            # "la Febetra (Fédération royale belge des transporteurs …)": a full name
            # spelled out in parentheses may run longer than a name in running text.
            spelled_out = institution and 0 < s and doc[s - 1].text == "(" and e < n and doc[e].text == ")"
            if s >= e or _is_junk(doc, s, e, 2 * _MAX_MENTION_TOKENS if spelled_out else _MAX_MENTION_TOKENS) \
                    or _is_portfolio(doc, s, e):
                continue
            if e - s == 1 and doc[s].pos_ == "NOUN" and opens_sentence(doc, s) \
                    and common_word(doc[s]) and not _generic_body(doc, s) \
                    and (ent.label_ != ORG or _headline_noun(doc, s)):
                # "Casquette vissée sur la tête, ...", "Prélèvement à la source : ...": a
                # common noun opening a sentence.
                continue
            if e - s == 1 and ent.label_ in (ORG, MISC) and _section_label(doc, s):
                continue  # "Diplomatie. Emmanuel Macron est ...": a rubric, not an actor
            if ent.label_ in (LOC, MISC) and _is_people(doc, s, e):
                continue  # "les Français", "un Allemand": a people, not a place
            m = Candidate(s, e, label)
            if honorific or (s > 0 and doc[s - 1].text in data.HONORIFICS):
                m.evidence["honorific"] += 1
            out.append(m)
    return out


def add_unlabelled(doc, mentions, clusters, types) -> list[Candidate]:
    """Mark occurrences of known PER/ORG names that the model did not tag.

    Forms are matched as token sequences on the ORTH array (``doc.text`` and a
    PhraseMatcher per Doc both cost more than the rest of this component).
    """
    orths = doc.to_array(ORTH)
    forms: dict[tuple[int, ...], set[int]] = defaultdict(set)
    for c, ms in clusters.items():
        # Places too: a name the model tagged once is the same name further down
        # ("le chef de xAI" … "une entreprise appelée xAI").
        if types[c] not in (PER, ORG, LOC):
            continue
        for m in ms:
            if _searchable(m.text):
                forms[tuple(orths[m.start:m.end].tolist())].add(c)
            last = doc[m.end - 1].text
            if types[c] == PER and m.end - m.start > 1 and _searchable(last):
                forms[(int(orths[m.end - 1]),)].add(c)  # the surname alone
    taken = numpy.zeros(len(doc), dtype=bool)
    for m in mentions:
        taken[m.start:m.end] = True
    added: list[Candidate] = []
    for form, owners in forms.items():
        size = len(form)
        for i in numpy.flatnonzero(orths == form[0]).tolist():
            end = i + size
            if end > len(doc) or taken[i:end].any() or tuple(orths[i:end].tolist()) != form:
                continue
            owner = nearest_owner(i, owners, clusters)
            m = Candidate(i, end, None, cluster=owner)
            set_key(doc, m)
            taken[i:end] = True
            added.append(m)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _searchable(form: str) -> bool:
    # "xAI", "eBay": brand names may open with a lowercase letter before a capital.
    capitalised = form[0].isupper() or (form[0].islower() and any(c.isupper() for c in form[1:]))
    return len(form) >= 3 and capitalised and fold(form) not in data.JUNK_NAMES


def _pieces(doc: Doc, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Split an entity at line breaks and quotation marks: a headline and the next
    line, or the words on each side of a «, are not one name."""
    s = start
    for i in range(start, end):
        tok = doc[i]
        if "\n" in tok.text or tok.is_quote or tok.text in _QUOTES:
            if i > s:
                yield s, i
            s = i + 1
    if end > s:
        yield s, end


def glued_intertitle(tok, nxt) -> bool:
    """"COLÈRE Olivia X": is ``tok`` an intertitle in capitals glued to the name
    ``nxt`` opens? (A person's name is not written half in capitals, half in title case.)"""
    return tok.is_upper and len(tok.text) >= 4 and nxt.is_title


def _strip_left(doc: Doc, s: int, e: int, label: str, particle_ok: bool) -> bool:
    tok = doc[s]
    if tok.is_punct or tok.is_space or tok.text in data.HONORIFICS:
        return True
    if s + 1 < e and tok.lower_ in _ONE_WORD_TITLES:
        return True  # "Président Macron", "PDG Sam Altman": the title is not the name
    if label == PER and s + 1 < e and glued_intertitle(tok, doc[s + 1]):
        return True
    if has_upper(tok.text):
        # "Près de Toulouse" at the start of a sentence: a capitalised function word.
        return tok.lower_ in STOP_WORDS and tok.pos_ not in ("", "DET", "PROPN", "NOUN") \
            and s + 1 < e
    # "de Gaulle" keeps its particle; "procureur général de Californie" loses its head words.
    return not (particle_ok and label == PER and tok.lower_ in _PARTICLES and e - s == 2
                and has_upper(doc[s + 1].text))


def _strip_right(tok) -> bool:
    if tok.is_punct or tok.is_space:
        return True
    return not has_upper(tok.text) and (tok.pos_ in _TRAILING_POS or tok.lower_ in STOP_WORDS)


def _is_junk(doc: Doc, s: int, e: int, longest: int = _MAX_MENTION_TOKENS) -> bool:
    text = doc[s:e].text
    if len(text) < 2 or e - s > longest or not has_upper(text):
        return True
    if not any(c.isalpha() for c in text) or "@" in text or "http" in text or "www." in text:
        return True
    folded = fold(text)
    if folded in data.JUNK_NAMES:
        return True
    if e - s > 1:
        return False
    tok = doc[s]
    if tok.lower_ in STOP_WORDS:
        return True
    # "Consultez", "Rencontrée": a capitalised verb or adjective opening a sentence.
    return tok.pos_ in _NOT_NAME_POS and opens_sentence(doc, s) and common_word(tok)


def opens_sentence(doc: Doc, i: int) -> bool:
    # An elided article ("L'", "d'") counts as an opening too: capitalised common nouns
    # after it ("l'Empereur") are rarely actors. See _generic_body for "l'État".
    return i == 0 or doc[i].is_sent_start or not doc[i - 1].is_alpha


def common_word(tok) -> bool:
    """A lowercase word the model's vectors know ("casquette"), not "Moltke" or "TOULON"."""
    return not tok.is_upper and tok.vocab.has_vector(tok.lower_)


def _headline_noun(doc: Doc, i: int) -> bool:
    """A sentence-opening noun the model calls ORG that is no organisation: it acts in
    no clause (not a subject: "Total a signé" keeps its label) and is never capitalised
    inside a sentence in the text. Needs the parse; without it the label is trusted."""
    dep = doc[i].dep_
    if not dep or dep.startswith("nsubj"):
        return False
    orths = doc.to_array(ORTH)  # only for one-word ORG candidates opening a sentence
    return not any(not opens_sentence(doc, j)
                   for j in numpy.flatnonzero(orths == doc[i].orth).tolist() if j != i)


def _generic_body(doc: Doc, i: int) -> bool:
    """"l'État", "le Parlement": an institution named by a common noun and its article."""
    return doc[i].lower_ in data.GENERIC_BODIES and i > 0 \
        and doc[i - 1].lower_ in ("l'", "l’", "le", "la")


def _section_label(doc: Doc, i: int) -> bool:
    """A lone capitalised common word forming a sentence of its own ("Sport.",
    "Diplomatie."): news pages put rubric names between their items."""
    tok, prev = doc[i], doc[i - 1] if i else None
    after_stop = prev is None or prev.text in (".", "!", "?", "…") or prev.is_space \
        or "\n" in prev.text  # not "l'industrie automobile, Bosch."
    return after_stop and i + 1 < len(doc) and doc[i + 1].text in (".", ":") \
        and not tok.is_upper and tok.is_title and common_word(tok)


def _is_people(doc: Doc, s: int, e: int) -> bool:
    """"les Américains", "Les Français", "un Marseillais": a demonym after a determiner.

    The model tags these LOC (and "les Alpes" NOUN like them): the word ending decides.
    """
    if e - s == 2 and doc[s].lower_ in data.PEOPLE_DETERMINERS:
        word = doc[s + 1]
    elif e - s == 1 and s > 0 and doc[s - 1].lower_ in data.PEOPLE_DETERMINERS:
        word = doc[s]
    else:
        return False
    return word.text[:1].isupper() and not word.is_upper \
        and fold(word.text).endswith(data.DEMONYM_ENDINGS)


def _quoted_title(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """A name written whole between quotation marks, its capitalised article included:
    «La Manif pour tous» -> the whole title when only lowercase words without a verb
    (three at most) stand between the model's span and the closing mark. A quoted
    clause («Le Président ment», a verb) stays as it is."""
    # The article is required: a slogan («Macron démission», «X en prison») has none.
    a = s - 1
    if s < 2 or doc[a].text not in CAPITALISED_ARTICLES or doc[a - 1].text not in ("«", '"', "“"):
        return None
    for j in range(e, min(e + 4, len(doc))):
        tok = doc[j]
        if tok.text in ("»", '"', "”"):
            # «La Poste» alone: the article is left as the model put it.
            return (a, j) if j > e else None
        if not tok.is_lower or tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return None
    return None


def _acting_authority(doc: Doc, s: int) -> int | None:
    """The head of "la mairie de Valmont" when that administration is the subject of a
    verb or a source ("selon la préfecture du Morbihan"); the model tags only the town.
    "Il travaille à la mairie de Valmont" keeps the place. Needs the parse."""
    j = s - 1
    if j >= 0 and doc[j].lower_ in ("la", "le", "l'", "l’", "les"):
        j -= 1
    if j < 1 or doc[j].lower_ not in data.OF_PREPOSITIONS:
        return None
    head = doc[j - 1]
    if head.lower_ not in data.AUTHORITY_HEADS or doc[s].head.i != head.i:
        return None
    # With its article and no preposition but "selon": not "C'est dans la préfecture de
    # X que …" (a building the parser may still call a subject) nor the bare words
    # "préfecture de X" written on a window.
    cases = [c.lower_ for c in head.children if c.dep_ == "case"]
    det = any(c.dep_ == "det" for c in head.children)
    acts = (head.dep_.startswith("nsubj") and not cases) or cases == ["selon"]
    return head.i if acts and det else None


def _is_portfolio(doc: Doc, s: int, e: int) -> bool:
    """"(ministre de la) Culture": a ministerial portfolio is part of a title, not an actor."""
    if fold(doc[s:e].text) not in data.PORTFOLIOS:
        return False
    j = s - 1
    if j >= 0 and doc[j].lower_ in data.DETERMINERS:
        j -= 1
    return j >= 1 and doc[j].lower_ in data.OF_PREPOSITIONS \
        and (doc[j - 1].lower_ in data.TITLES or doc[j - 1].lower_ in data.PORTFOLIO_HEADS)


def split_swallowed(doc: Doc, mentions: list[Candidate]) -> list[Candidate]:
    """Cut spans that swallow other names.

    "Tesla Elon Musk": a first name inside a span after a non-first-name word starts a
    second name. "Google et Facebook", or a LOC/MISC span around a PER/ORG name
    seen elsewhere: the span is cut into its capitalised chunks.
    """
    known = {fold_words(doc, m.start, m.end) for m in mentions if m.label in (PER, ORG)}
    all_keys = {fold_words(doc, m.start, m.end) for m in mentions}
    persons = {fold_words(doc, m.start, m.end) for m in mentions
               if m.label == PER and m.end - m.start > 1}
    out: list[Candidate] = []
    for m in mentions:
        pieces = _first_name_split(doc, m)
        if pieces is None:
            chunks = _chunks(doc, m.start, m.end)
            if len(chunks) > 1:
                ck = [fold_words(doc, a, b) for a, b in chunks]
                swallow = m.label in (LOC, MISC) and any(k in known for k in ck)
                joined = any(doc[i].lower_ in ("et", "&") for i in range(m.start, m.end)) \
                    and all(k in all_keys for k in ck)
                if swallow or joined:
                    # A chunk the model labelled elsewhere gets its vote from there.
                    pieces = [Candidate(a, b, None if k in all_keys else m.label)
                              for (a, b), k in zip(chunks, ck)]
        if pieces is None:
            pieces = _person_after_name(doc, m, persons)
        if pieces is None:
            out.append(m)
        else:
            for p in pieces:
                p.evidence.update(m.evidence if p.start == m.start else {})
                if not _is_junk(doc, p.start, p.end):
                    out.append(p)
    return out


def _person_after_name(doc: Doc, m: Candidate, persons: set) -> list[Candidate] | None:
    """"le fondateur de Wikileaks Julian Assange": two names side by side, the second a
    person the model tags alone elsewhere in the text (a first name the list lacks).
    Not after a head noun naming a place or body after the person ("lycée Victor
    Hugo", "Fondation X", "rue X")."""
    # The person's part is a full name of two spaced words or more, not opening with a
    # particle or an elided "O’": "Di Rupo", "Le Pen", "Kosciusko-Morizet" seen alone are
    # surnames, and the first name before them is no second name.
    if m.label == PER:
        return None  # a person's long name ("Jean Paul Sartre") is left to _first_name_split
    for k in range(m.start + 1, m.end - 1):
        prev = doc[k - 1]
        if doc[k].lower_ in _PARTICLES or doc[k].lower_ in STOP_WORDS \
                or not (doc[k].is_alpha and doc[k].is_title) \
                or not any(doc[i].whitespace_ for i in range(k, m.end - 1)) \
                or fold_words(doc, k, m.end) not in persons or not has_upper(prev.text) \
                or prev.is_punct or prev.lower_ in _PARTICLES or prev.lower_ in _NAMED_AFTER:
            continue
        return [Candidate(m.start, k, m.label), Candidate(k, m.end, None)]
    return None


def _first_name_split(doc: Doc, m: Candidate) -> list[Candidate] | None:
    if m.end - m.start < 3:
        return None
    for k in range(m.start + 1, m.end - 1):
        prev = doc[k - 1]
        if fold(doc[k].text) in data.FIRST_NAMES and has_upper(doc[k].text) \
                and fold(prev.text) not in data.FIRST_NAMES and prev.lower_ not in _PARTICLES \
                and has_upper(prev.text) and not prev.is_punct:
            return [Candidate(m.start, k, None), Candidate(k, m.end, m.label)]
    return None


def _chunks(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """Capitalised runs of tokens inside ``s:e``, split at lowercase words and punctuation."""
    out, a = [], None
    for i in range(s, e):
        tok = doc[i]
        cap = has_upper(tok.text) and not tok.is_punct
        if cap and a is None:
            a = i
        elif not cap and a is not None:
            out.append((a, i))
            a = None
    if a is not None:
        out.append((a, e))
    return out


def fold_words(doc: Doc, s: int, e: int) -> tuple[str, ...]:
    return _words(doc[s:e].text)


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def set_key(doc: Doc, m: Candidate) -> None:
    """Suffix-folded form: "Microsoft Corp" -> "Microsoft"; "Groupe Renault" -> "Renault"."""
    s, e = m.start, m.end
    if e - s > 1 and doc[e - 1].text.rstrip(".") in _SUFFIXES:
        e -= 1
        while e > s + 1 and doc[e - 1].is_punct:
            e -= 1
    elif e - s > 1 and doc[s].text in ("Groupe", "Group"):
        s += 1
    m.name_start, m.name_end = s, e
    m.text = doc[m.start:m.end].text
    m.name = m.text if (s, e) == (m.start, m.end) else doc[s:e].text
    key_e = e
    if e - s > 1 and _lower_company_word(doc[e - 1]):
        key_e -= 1  # "Odoxa Dentsu consulting" is the "Odoxa Dentsu" named again later
    m.key = fold_words(doc, s, key_e) or (fold(doc[s:e].text),)


def _name_goes_on(doc: Doc, s: int, e: int) -> bool:
    """A name whose capitalised article sits inside a sentence ("les élus de La France
    insoumise") is a title written whole: a lowercase adjective right after it is its
    last word. "la France entière" (article in lowercase) is the country, and a
    sentence-opening "La" says nothing. The model stops at the capitalised words."""
    art, nxt = doc[s], doc[e]
    return art.text in CAPITALISED_ARTICLES and not opens_sentence(doc, s) \
        and art.pos_ == "DET" and e - s >= 2 and doc[e - 1].whitespace_ != "" \
        and nxt.is_lower and nxt.pos_ == "ADJ" and e - s < _MAX_MENTION_TOKENS


def _group_noun_and_adjective(doc: Doc, s: int) -> bool:
    """A capitalised plural common noun inside a sentence followed by a lowercase
    plural adjective ("des Gilets jaunes", "les Bonnets rouges"): a group's name."""
    tok, nxt = doc[s], doc[s + 1]
    return tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number") and tok.text[:1].isupper() \
        and not opens_sentence(doc, s) and tok.whitespace_ != "" \
        and nxt.is_lower and nxt.pos_ == "ADJ" and "Plur" in nxt.morph.get("Number")


def _lower_company_word(tok) -> bool:
    """A company word written in lowercase after a name ("Odoxa Dentsu consulting")."""
    return tok.is_lower and tok.text.capitalize() in data.COMPANY_WORDS and tok.pos_ in ("NOUN", "PROPN", "X")


def index_tokens(mentions: list[Candidate]) -> dict[int, int]:
    return {i: n for n, m in enumerate(mentions) for i in range(m.start, m.end)}


def members(mentions: list[Candidate]) -> dict[int, list[Candidate]]:
    clusters: dict[int, list[Candidate]] = defaultdict(list)
    for m in mentions:
        clusters[m.cluster].append(m)
    return clusters


def nearest_owner(start: int, owners: set[int], clusters: dict[int, list[Candidate]]) -> int:
    """Of several actors sharing a form, the one mentioned most recently before ``start``."""
    if len(owners) == 1:
        return next(iter(owners))
    best, best_start = None, -1
    for c in owners:
        for m in clusters[c]:
            if best_start < m.start < start:
                best, best_start = c, m.start
    if best is None:
        best = min(owners, key=lambda c: clusters[c][0].start)
    return best
