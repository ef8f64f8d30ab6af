"""The type of a global entity: what the evidence of all its documents adds up to.

The per-document layer types each actor from one article (``veille.nlp.entity_types``),
and one article may be misleading: "Valtique" is a place in an article that only
says "à Valtique" and a company in three others ("le groupe Valtique", "le capital de
Valtique"). Cross-document linking therefore lets an actor join an entity of another
type when the names are the same (``cross_type_candidate``), and the entity's type is
re-decided from the evidence of every linked local actor (``decide_type``).

``local_evidence`` scores one local actor from its stored document: the type its
document gave it (``BASE``), plus context that the per-document vote may have weighed
less than the raw label: the words just before its mentions ("la société X", "l'italien
X", "chez X", "le capital de X", "M. X", "la ville de X"), the roles of other actors
that name it as their organisation ("PDG de X"), and the relations that take it as an
organisation ("rachat de X"). Each kind of cue is capped per document, so one article
repeating a cue does not outvote several articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from ..models import EntityRecord
from ..nlp.lang import fr_entities as data
from ..nlp.mentions import fold as fold_word
from .entities import EntityIndex, _part_of, fold, name_candidates, name_key

TYPES = ("PER", "ORG", "LOC", "MISC")
#: What a document's own decision weighs, per local actor (a store written before schema
#: 3 counts this for its local actors, without context cues).
BASE = 1.0
# kind: (type, weight per mention, cap per local actor)
_CUES: dict[str, tuple[str, float, float]] = {
    "org_noun": ("ORG", 1.5, 3.0),      # "la société X", "le groupe lyonnais X"
    "org_demonym": ("ORG", 1.5, 3.0),   # "l'italien X": a company (a person would be "l'Italien X")
    "org_of": ("ORG", 1.5, 3.0),        # "le capital de X", "les salariés de X", "PDG de X"
    "chez": ("ORG", 1.0, 2.0),          # "chez X"
    "role_of": ("ORG", 2.0, 4.0),       # another actor is "PDG" of X
    "relation": ("ORG", 1.0, 2.0),      # X is bought, merged, founded, invested in
    "honorific": ("PER", 2.0, 4.0),     # "M. X", "Mme X"
    "first_name": ("PER", 2.0, 2.0),    # "Léa Fournier"
    "place_noun": ("LOC", 1.5, 3.0),    # "la ville de X", "la commune X"
}
# Relations whose object (and, for mergers, subject) is an organisation.
_ORG_OBJECTS = frozenset({"acquisition", "merger", "founding", "investment"})
_ORG_SUBJECTS = frozenset({"merger"})
# Characters of text read before a mention.
_WINDOW = 60
_ORG_NOUNS = data.ORG_CUE_NOUNS - {"site", "centre", "maison", "numéro", "leader", "spécialiste", "rival",
                                   "concurrent", "réseau", "plateforme", "application", "marque", "label"}
_WORDS = r"(?:{})".format("|".join(re.escape(w) for w in sorted(_ORG_NOUNS, key=len, reverse=True)))
# "la société X", "le groupe industriel lyonnais X": cue noun then up to two lowercase
# words (in the text as written: "l'Agence France-Presse Norbert Guillou" is no cue) that
# are not function words ("un laboratoire à Lyon" is no cue for Lyon).
_FUNCTION = r"(?:à|a|de|d|du|des|en|au|aux|et|ou|par|pour|sur|dans|avec|chez|le|la|les|l|un|une|qui|que|est)"
_ORG_NOUN = re.compile(
    rf"(?i:\b(?:la|le|les|l['’]|une?|du|au|des)\s*{_WORDS})(?:[ \u00a0]+(?!{_FUNCTION}\b)[a-zà-öø-ÿ-]+){{0,2}}"
    r"[ \u00a0]+$")
_DEMONYM = re.compile(r"\b(?:l['’]|le\s)([a-zà-öø-ÿ]+)\s+$")
_OF_NOUNS = data.ORG_POSSESSIVE_NOUNS | data.ORG_TITLES | {
    "capital", "titre", "usine", "usines", "syndicats", "syndicat", "direction générale",
    "conseil d'administration", "directoire", "actionnaire", "offre", "contre-offre", "président du directoire",
    "présidente du directoire", "clients", "filiale", "patron", "patronne"}
_OF_WORDS = "|".join(re.escape(w) for w in sorted(_OF_NOUNS, key=len, reverse=True))
_ORG_OF = re.compile(rf"\b(?:{_OF_WORDS})\s+(?:de\s+|d['’]\s*|du\s+|des\s+)$")
_TITRE = re.compile(r"\b(?:le titre|l['’]action|les actions)\s+$")
_CHEZ = re.compile(r"\bchez\s+$", re.IGNORECASE)
# Not "département" ("le département Opinion" of a polling firm) nor "capitale" ("la
# capitale de Charlemagne").
_PLACE_WORDS = "|".join(re.escape(w) for w in sorted(data.PLACE_CUE_NOUNS - {"département", "capitale"}, key=len, reverse=True))
_PLACE = re.compile(rf"\b(?:{_PLACE_WORDS})\s+(?:de\s+|d['’]\s*|du\s+)?$")
# On the name's line: "J. M.\nLe Mystère de la chambre jaune" is a signature then a title.
_HONORIFIC = re.compile(r"(?:^|[ (\u00a0])(?:{})[ \u00a0]$".format("|".join(re.escape(h) for h in data.HONORIFICS)))


# Lowercase nationality and city adjectives used as nouns for companies ("l'italien X",
# "le lyonnais X"); a person would be "l'Italien X". A list, not the endings: "le gardien
# X", "le champion X" end like demonyms and name people.
_DEMONYMS = frozenset({
    "français", "allemand", "italien", "espagnol", "américain", "britannique", "chinois", "japonais",
    "suisse", "belge", "néerlandais", "suédois", "coréen", "sud-coréen", "indien", "russe", "canadien",
    "autrichien", "norvégien", "danois", "finlandais", "portugais", "polonais", "luxembourgeois",
    "irlandais", "brésilien", "mexicain", "australien", "israélien", "turc", "européen", "taïwanais",
    "lyonnais", "parisien", "marseillais", "bordelais", "lillois", "nantais", "toulousain", "grenoblois",
    "rennais", "strasbourgeois", "niçois", "alsacien", "breton", "normand", "savoyard", "francilien",
})


def _demonym(word: str) -> bool:
    return word in _DEMONYMS


# What the text before a mention ends with, trailing whitespace stripped, when a cue
# pattern can match it (checked first in local_evidence: a plain suffix test is far cheaper
# than a search that tries every start in the window).
_DEMONYM_ENDS = tuple(_DEMONYMS)
_OF_ENDS = ("de", "du", "des", "d'", "d’")
_TITRE_ENDS = ("le titre", "l'action", "l’action", "les actions")
_PLACE_ENDS = tuple(data.PLACE_CUE_NOUNS) + _OF_ENDS
_HONORIFIC_ENDS = tuple(data.HONORIFICS)


def _spaced_end(before: str) -> bool:
    # _ORG_NOUN ends with [ \u00a0]+$, and $ also matches before a final newline.
    return before[-1:] in (" ", "\u00a0") or (before[-1:] == "\n" and before[-2:-1] in (" ", "\u00a0"))


def local_evidence(
    text: str,
    record: EntityRecord,
    *,
    role_ofs: Iterable[tuple[str, str]] = (),
    relation_slots: Iterable[tuple[str, str]] = (),
) -> dict[str, float]:
    """Type scores of one local actor from its document (see module doc).

    role_ofs: (title, of) of every role in the document; ``of`` naming this actor is ORG evidence.
    relation_slots: (relation type, "subject" | "object") slots this actor fills.
    """
    scores = dict.fromkeys(TYPES, 0.0)
    scores[record.type if record.type in scores else "MISC"] += BASE
    counts: dict[str, int] = dict.fromkeys(_CUES, 0)
    for m in record.mentions:
        if m.kind != "name":
            continue
        before = text[max(0, m.start - _WINDOW):m.start]
        low = before.lower()
        # Every cue ends the window: each search runs only when the window's end (trailing
        # whitespace stripped, as the patterns' final \s+ and $ allow) could end a match.
        # These checks are necessary conditions, so the counts are those of the bare searches.
        end, low_end = before.rstrip(), low.rstrip()
        if _spaced_end(before) and _ORG_NOUN.search(before):
            counts["org_noun"] += 1
        elif end.endswith(_DEMONYM_ENDS) and (d := _DEMONYM.search(before)) and _demonym(d.group(1)):
            counts["org_demonym"] += 1
        if (low_end.endswith(_OF_ENDS) and _ORG_OF.search(low)) or (
                low_end.endswith(_TITRE_ENDS) and _TITRE.search(low)):
            counts["org_of"] += 1
        if low_end.endswith("chez") and _CHEZ.search(before):
            counts["chez"] += 1
        if end.endswith(_HONORIFIC_ENDS) and _HONORIFIC.search(before):
            counts["honorific"] += 1
        if low_end.endswith(_PLACE_ENDS) and _PLACE.search(low):
            counts["place_noun"] += 1
    words = record.name.split()
    if len(words) > 1 and fold_word(words[0]) in data.FIRST_NAMES:
        counts["first_name"] += 1
    forms = {fold(f) for f in (record.name, *record.aliases)}
    for title, of in role_ofs:
        # "la présidente d'Algaé": whatever presidents head, it is not a person.
        if of and fold(of) in forms and (_org_title(title) or (
                record.type == "PER" and title.lower() in ("président", "présidente"))):
            counts["role_of"] += 1
    for relation_type, slot in relation_slots:
        if (slot == "object" and relation_type in _ORG_OBJECTS) or (
                slot == "subject" and relation_type in _ORG_SUBJECTS):
            counts["relation"] += 1
    for kind, n in counts.items():
        type_, weight, cap = _CUES[kind]
        scores[type_] += min(weight * n, cap)
    return scores


def _org_title(title: str) -> bool:
    # Presidents and ministers head countries and assemblies as often as companies: only
    # titles of a company ("PDG", "directeur général", "présidente du directoire") count.
    low = title.lower()
    return low in data.ORG_TITLES or "directoire" in low or "conseil d'administration" in low


#: Evidence another type needs beyond the current one's to take its place: half of one
#: document's own decision, so that one stray cue does not retype an entity (and types
#: do not flip-flop between close totals).
FLIP_MARGIN = 0.5


def decide_type(totals: Mapping[str, float], current: str) -> str:
    """The type with the most evidence, if it beats the current type by ``FLIP_MARGIN``."""
    best = max(TYPES, key=lambda t: (totals.get(t, 0.0), t == current))
    return best if totals.get(best, 0.0) > totals.get(current, 0.0) + FLIP_MARGIN else current


def cross_type_candidate(
    record: EntityRecord, index: EntityIndex, scores: Mapping[str, float],
    totals: Callable[[str], Mapping[str, float]],
) -> str | None:
    """A global entity of another type with exactly this actor's full name, when the actor's
    own type has no candidate at all and the evidence allows both readings: the actor's
    document gives evidence for the entity's type (``scores``, from ``local_evidence``),
    or the entity's documents (``totals(entity_id)``) give evidence for the actor's type.

    "Valtique", a place for the model but "le capital de Valtique" in its article, joins
    the company Valtique, and the other way round; "Orange est une ville" (nothing but the
    label) and "la société Orange" stay two entities. Only names that are full for both
    types count (a one-word person name is not); a person-typed actor with a full name
    ("Jean Moulin") crosses only on its own document's evidence ("la région
    Auvergne-Rhône-Alpes"), and an actor crosses into a person only on its own person
    evidence with no cue for its own type: places and organisations named after people
    ("le lycée Victor-Hugo") keep their type.
    """
    full_person = record.type == "PER" and len(fold(record.name).split()) > 1
    if name_candidates(record, index)[0] != "none":
        return None
    # Into a person only on the actor's own person evidence ("Patrick Strzoda": a first
    # name) and without a cue for its own type ("le lycée Victor-Hugo" stays a school).
    to_person = scores.get("PER", 0.0) > 0 and scores.get(record.type, 0.0) <= BASE
    found: list[str] = []
    for type_ in TYPES:
        if type_ == record.type or (type_ == "PER" and not to_person):
            continue
        found.extend(i for i in _exact_full(record, type_, index) if scores.get(type_, 0.0) > 0 or (
            not full_person and totals(i).get(record.type, 0.0) > 0))
    if not found:
        return None
    # Several (a name typed ORG and LOC in two entities of an older store): the first created.
    return min(found, key=index.order.__getitem__)


def _exact_full(record: EntityRecord, type_: str, index: EntityIndex) -> set[str]:
    """Ids that ``name_candidates`` would give as ``exact_full`` evidence were ``record`` of
    ``type_``: only its first step (the later ones never give that kind), so no fuzzy search."""
    main = name_key(record.name, type_)
    for form in (record.name, *record.aliases):
        key = name_key(form, type_)
        if not key:
            continue
        ids = index.forms.get((type_, key), set()) or index.compact.get((type_, key.replace(" ", "")), set())
        if ids:
            weak = (type_ == "PER" and len(key.split()) == 1) or _part_of(key, main) or bool(
                ids & index.weak.get((type_, key), set()))
            return set() if weak else set(ids)
    return set()


class TypeTally:
    """Type evidence of the global entities touched by one linking run.

    Totals are read from the store once per entity and run (``entity_type_totals``, after
    the document being linked has been written), then kept up to date in memory: each
    document's decisions see the types that the documents before it settled, whether
    they were linked in this run or an earlier one.
    """

    def __init__(self, store):
        self.store = store
        self.totals: dict[str, dict[str, float]] = {}
        self.stale: set[str] = set()

    def note(self, entity_id: str, scores: Mapping[str, float], *, new: bool, current: str) -> None:
        """A local actor with ``scores`` was linked to ``entity_id`` of type ``current``
        (``new``: the entity was just created for it)."""
        if new:
            self.totals[entity_id] = dict(scores)
        elif entity_id in self.totals:
            for type_, score in scores.items():
                self.totals[entity_id][type_] = self.totals[entity_id].get(type_, 0.0) + score
        elif any(score > 0 for type_, score in scores.items() if type_ != current):
            self.stale.add(entity_id)
        # else: evidence for the current type only cannot change the type, and the totals
        # (read from the store when next needed) include it: nothing to read now.

    def of(self, entity_id: str) -> dict[str, float]:
        """The evidence totals of ``entity_id`` so far (read from the store if needed)."""
        if entity_id in self.stale or entity_id not in self.totals:
            self.totals.update(self.store.entity_type_totals([entity_id], base=BASE))
            self.stale.discard(entity_id)
        return self.totals[entity_id]

    def merged(self, keep: str, drop: str) -> None:
        """``drop`` was merged into ``keep``: ``keep``'s totals are read again from its links."""
        self.totals.pop(drop, None)
        self.stale.discard(drop)
        self.totals.pop(keep, None)
        self.stale.add(keep)

    def settle(self, index: EntityIndex, entity_ids: Iterable[str]) -> list[str]:
        """Give each of ``entity_ids`` the type its evidence supports; the ids whose type changed."""
        if self.stale:
            self.totals.update(self.store.entity_type_totals(sorted(self.stale), base=BASE))
            self.stale.clear()
        changed = []
        for entity_id in sorted(entity_ids):
            current = index.types.get(entity_id)
            if current is None or entity_id not in self.totals:
                continue
            better = decide_type(self.totals[entity_id], current)
            if better != current:
                self.store.set_entity_type(entity_id, better)
                index.retype(entity_id, better, self.store.get_entity(entity_id).aliases)
                changed.append(entity_id)
        return changed
