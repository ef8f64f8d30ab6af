"""Stories: articles about the same affair, grouped incrementally as they arrive.

``assign_stories(store, doc_ids)`` runs after ``link_documents`` (it needs global
entity ids). For each new document, in ingestion order:

1. **near-duplicate**: a MinHash of the text's word 5-shingles is looked up in the
   stored LSH bands (``story_bands``, banded as ``datasketch.MinHashLSH`` would for
   ``near_duplicate``); a document whose estimated Jaccard with an earlier one reaches
   ``near_duplicate`` (agency copy run by two outlets) joins that document's story,
   with ``near_duplicate_of`` set;
2. **candidates** come from indexes only: documents sharing a *distinctive* global
   entity or title/lead term (document frequency at most ``common_fraction`` of the
   store, so "Emmanuel Macron" or "gilets jaunes" propose nothing on their own);
3. **similarity** with each candidate is a weighted sum of the cosine of their
   entity vectors (mentions × IDF, places down-weighted) and of their title+lead
   term vectors (TF × IDF), halved when both are dated further apart than
   ``window_days``;
4. the document joins the story of its best candidates (``link``: the best single
   candidate, or the mean of the best three members of a story) when that score
   reaches ``threshold``; otherwise it starts a new story ``s-<doc id>``.

Story centroids (the sum of the members' unit vectors) are kept in ``story_centroids``
and updated as documents join, and the bands in ``story_bands``: an incremental run
reads one row per candidate story and one indexed lookup per band, whatever the size
of the store. Documents already in a story are left alone: re-running is a no-op. Assignments are
not revised, but when a document joins a story and another candidate story also
scores at least ``merge_threshold`` with it, the two have converged and the other is
merged into the joined one (its documents move). Labels of touched stories are
recomputed from their top actors and most frequent title word.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
# The MurmurHash3 finalizer that MinHash applies before its affine32 permutations: reused
# so that bulk hashing (_shingle_minima) gives exactly update_batch's values.
from datasketch.minhash import _fmix
from spacy.lang.fr.stop_words import STOP_WORDS

from ..store import Store
from ..store.crossdoc import StoryFeatures
from .entities import fold

#: Words per shingle for near-duplicate detection: long enough that two articles
#: sharing a few stock phrases do not look alike.
SHINGLE_WORDS = 5
NUM_PERM = 128
# Stored signatures are rebuilt with the same scheme (datasketch 2 asks for it explicitly).
_SCHEME = "affine32"
_DTYPE = np.uint32
# Folded stop words, with the news boilerplate that titles and leads repeat.
_STOP = {fold(w) for w in STOP_WORDS} | {
    "selon", "apres", "avant", "aussi", "encore", "faire", "plus", "moins", "tres", "deux", "trois",
    "jeudi", "lundi", "mardi", "mercredi", "vendredi", "samedi", "dimanche", "annee", "annees",
    "heure", "heures", "video", "photo", "photos", "direct", "article", "abonnes", "lire", "aussi",
    "fait", "faits", "dont", "leur", "leurs", "entre", "depuis", "contre", "sous", "cette", "cela",
}
#: Characters of the text that count as the lead when scoring topical similarity.
LEAD_CHARS = 900
# Terms are cut to this many letters: a crude French stemmer ("interpellé",
# "interpellation" -> "interpe"), enough to match titles that inflect differently.
_STEM = 7
_WORD = re.compile(r"[^\W\d_]{4,}")
_ANY_WORD = re.compile(r"\w+")
_sha1 = hashlib.sha1


@dataclass(frozen=True)
class StorySettings:
    """Knobs of story clustering (defaults measured in docs/benchmarks.md)."""

    threshold: float = 0.18
    entity_weight: float = 0.2
    window_days: int = 10
    near_duplicate: float = 0.8
    common_fraction: float = 0.05
    max_candidates: int = 80
    link: str = "centroid"  # best | top3 | centroid
    lead_chars: int = 900
    place_weight: float = 0.5
    title_weight: int = 3  # a title word counts as this many lead words
    window_penalty: float = 0.5  # score factor beyond window_days
    # Centroid mode: another story that scores at least this with a document joining a
    # story has converged with it and is merged into it (None: stories never merge).
    merge_threshold: float | None = 0.4


@dataclass(frozen=True)
class StoryReport:
    created: int
    joined: int
    near_duplicates: int


def text_terms(title: str | None, text: str, *, lead_chars: int = LEAD_CHARS, title_weight: int = 3) -> Counter:
    """Stemmed content words of the title (counted ``title_weight`` times) and of the lead."""
    counts: Counter = Counter()
    for weight, part in ((title_weight, title or ""), (1, text[:lead_chars])):
        for word in _WORD.findall(fold(part)):
            if word not in _STOP:
                counts[word[:_STEM]] += weight
    return counts


def text_signature(text: str, *, num_perm: int = NUM_PERM) -> MinHash:
    """MinHash of the lowercased text's word shingles (the whole text when it is shorter than one).

    Accents are kept: folding every character of every article costs more than the
    whole MinHash, and copies of one text do not differ by accents.
    """
    signature = MinHash(num_perm=num_perm, scheme=_SCHEME, permutations=_permutations(num_perm))
    signature.hashvalues = np.minimum(signature.hashvalues, _shingle_minima(text, num_perm))
    return signature


def _shingle_minima(text: str, num_perm: int) -> np.ndarray:
    """What ``MinHash.update_batch`` would give for the UTF-8 shingles, computed in bulk.

    Same bytes hashed (the shingle's words joined by one space), same hash (the first 4
    bytes of SHA-1, little-endian, as ``sha1_hash32``), same mix and permutations: the
    signature is bit for bit datasketch's (see tests/resolve/test_stories_signature.py).
    The text is joined and encoded once and its shingles are byte slices of it, instead
    of one join and one encode per shingle; repeated shingles are hashed again rather
    than deduplicated (a minimum does not change when a value repeats).
    """
    words = _ANY_WORD.findall(text.lower())
    joined = " ".join(words).encode("utf-8")
    if len(words) <= SHINGLE_WORDS:
        digests = [_sha1(joined).digest()]
    else:
        # Byte offset where each word starts in ``joined`` (word bytes + one space), and a
        # sentinel past the end: shingle i is joined[starts[i]:starts[i + 5] - 1].
        starts = list(accumulate(map((1).__add__, map(len, map(str.encode, words))), initial=0))
        digests = [_sha1(joined[a:b - 1]).digest() for a, b in zip(starts, starts[SHINGLE_WORDS:])]
    # Whole 20-byte digests joined, then every fifth little-endian uint32: the first 4 bytes.
    hashes = np.frombuffer(b"".join(digests), dtype="<u4")[::5].astype(np.uint32)
    a, b = _permutations(num_perm)
    return (_fmix(hashes.reshape(-1, 1), 32) * a + b).min(axis=0)


_PERMUTATIONS: dict[int, object] = {}


def _permutations(num_perm: int):
    # Generating the permutations costs ~1 ms per MinHash; they depend only on
    # (num_perm, seed, scheme), so they are made once per process and shared.
    if num_perm not in _PERMUTATIONS:
        _PERMUTATIONS[num_perm] = MinHash(num_perm=num_perm, scheme=_SCHEME).permutations
    return _PERMUTATIONS[num_perm]


def _minhash(blob: bytes) -> LeanMinHash:
    # LeanMinHash: a stored signature is only compared and indexed, never updated, and
    # building a full MinHash would regenerate its permutations (~1 ms each).
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(blob, dtype=_DTYPE), scheme=_SCHEME)


@lru_cache(maxsize=8)
def band_scheme(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) that ``datasketch.MinHashLSH`` chooses for ``threshold``."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def band_hashes(blob: bytes, bands: int, rows: int) -> list[bytes]:
    """The bands of a stored signature: its bytes cut into ``bands`` slices of ``rows`` values.

    Two signatures share a band exactly when ``MinHashLSH`` would put them in one bucket
    (it hashes the same slices). Kept in SQLite by hand because datasketch's persistent
    storage backends are Redis and Cassandra, which a local store does not have.
    """
    width = rows * np.dtype(_DTYPE).itemsize
    return [blob[i * width:(i + 1) * width] for i in range(bands)]


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _idf(n_docs: int, df: int) -> float:
    # Smoothed IDF: stays positive for a name present in every document of a tiny store.
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def _cosine(a: dict[str, float], b: dict[str, float], norm_b: float | None = None,
            norm_a: float | None = None) -> float:
    """Cosine of two sparse vectors; their norms when the caller keeps them."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    # Only shared keys, in the same order: the skipped terms were exact zeros, so the sum is
    # the same float.
    dot = sum([w * large[k] for k, w in small.items() if k in large])
    if not dot:
        return 0.0
    return dot / ((_norm(a) if norm_a is None else norm_a) * (_norm(b) if norm_b is None else norm_b))


@dataclass
class _Centroid:
    entities: Counter
    terms: Counter
    days: list[date]
    # Norms of the two sums, recomputed only after a document joins.
    entity_norm: float | None = None
    term_norm: float | None = None

    def norms(self) -> tuple[float, float]:
        if self.entity_norm is None or self.term_norm is None:
            self.entity_norm, self.term_norm = _norm(self.entities), _norm(self.terms)
        return self.entity_norm, self.term_norm


# Candidate stories scored per document in centroid mode (ranked by shared distinctive keys).
_MAX_STORIES = 15
# Distinctive entities and terms (each) used to look candidates up, rarest first.
_MAX_KEYS = 40
_MAX_DOCS_PER_KEY = 50
# Documents summed into a story centroid read from the store (see _Vectors.prepare_centroids).
_MAX_CENTROID_DOCS = 40


class _Vectors:
    """Weighted entity and term vectors of documents, read lazily from the store and cached."""

    def __init__(self, store: Store, settings: StorySettings):
        self.store = store
        self.settings = settings
        self.n_docs = max(1, store.featured_document_count())
        self.features: dict[str, StoryFeatures] = {}
        self.links: dict[str, dict[str, tuple[str, int]]] = {}
        self.entity_df: dict[str, int] = {}
        self.term_df: dict[str, int] = {}
        self._entities: dict[str, dict[str, float]] = {}
        self._terms: dict[str, dict[str, float]] = {}
        self.centroids: dict[str, _Centroid] = {}
        # Centroids changed during this run: written back to ``story_centroids`` by ``save``.
        self.dirty: set[str] = set()
        self._doc_norms: tuple[str | None, float, float] = (None, 0.0, 0.0)
        # ("e" | "t", key) -> (doc_id, story_id) of the latest documents in a story having that
        # key, latest first: read once per key and run, then kept up to date as documents join.
        self.postings: dict[tuple[str, str], list[tuple[str, str]]] = {}
        # Stories merged during this run -> the story they went into (postings keep old ids).
        self.merged_into: dict[str, str] = {}

    def current(self, story_id: str) -> str:
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id

    def merge(self, source: str, target: str) -> None:
        """``source``'s documents now belong to ``target``: add its centroid to the target's."""
        self.prepare_centroids([source, target])
        self.merged_into[source] = target
        gone = self.centroids.pop(source)
        self.dirty.discard(source)
        into = self.centroids[target]
        into.entities.update(gone.entities)
        into.terms.update(gone.terms)
        into.days.extend(gone.days)
        into.entity_norm = into.term_norm = None
        self.dirty.add(target)

    def storied_documents(self, kind: str, keys: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """Latest documents in a story per key (``kind`` "e": entity ids, "t": terms), batched."""
        missing = [k for k in keys if (kind, k) not in self.postings]
        if missing:
            read = (self.store.storied_documents_of_entities if kind == "e"
                    else self.store.storied_documents_of_terms)
            for key, rows in read(missing, limit=_MAX_DOCS_PER_KEY).items():
                self.postings[(kind, key)] = rows
        return {k: self.postings[(kind, k)] for k in keys}

    def assigned(self, doc_id: str, story_id: str) -> None:
        """``doc_id`` joined ``story_id``: it is now the latest document of each of its keys."""
        f = self.features.get(doc_id)
        keys = [("e", e) for e in self.links.get(doc_id, {})] + [("t", t) for t in (f.terms if f else {})]
        for key in keys:
            rows = self.postings.get(key)
            if rows is not None:
                rows.insert(0, (doc_id, story_id))
                del rows[_MAX_DOCS_PER_KEY:]

    def load(self, doc_ids: Sequence[str]) -> None:
        missing = [d for d in doc_ids if d not in self.features]
        if not missing:
            return
        self.features.update(self.store.story_features(missing))
        self.links.update(self.store.links_of_documents(missing))
        # Membership tests, not "set - dict.keys()": that copies every cached key on each call.
        entities = {e for d in missing for e in self.links.get(d, {}) if e not in self.entity_df}
        self.entity_df.update(self.store.entity_document_frequency(sorted(entities)))
        terms = {t for d in missing if d in self.features for t in self.features[d].terms if t not in self.term_df}
        self.term_df.update(self.store.term_document_frequency(sorted(terms)))

    def entities(self, doc_id: str) -> dict[str, float]:
        if doc_id not in self._entities:
            vector = {}
            for entity_id, (type_, n) in self.links.get(doc_id, {}).items():
                weight = (1 + math.log(n)) * _idf(self.n_docs, self.entity_df.get(entity_id, 1))
                vector[entity_id] = weight * (self.settings.place_weight if type_ == "LOC" else 1.0)
            self._entities[doc_id] = vector
        return self._entities[doc_id]

    def terms(self, doc_id: str) -> dict[str, float]:
        if doc_id not in self._terms:
            f = self.features.get(doc_id)
            self._terms[doc_id] = {} if f is None else {
                t: c * _idf(self.n_docs, self.term_df.get(t, 1)) for t, c in f.terms.items()
            }
        return self._terms[doc_id]

    def similarity(self, a: str, b: str) -> float:
        s = self.settings
        score = s.entity_weight * _cosine(self.entities(a), self.entities(b)) + (
            1 - s.entity_weight) * _cosine(self.terms(a), self.terms(b))
        day_a, day_b = _day(self.features[a].published), _day(self.features[b].published)
        if day_a and day_b and abs((day_a - day_b).days) > s.window_days:
            score *= s.window_penalty
        return score

    def centroid(self, story_id: str) -> _Centroid:
        """Sum of the unit entity and term vectors of a story's documents (cached, updated on join)."""
        if story_id not in self.centroids:  # scored stories were prepared in one batch
            self.prepare_centroids([story_id])
        return self.centroids[story_id]

    def prepare_centroids(self, story_ids: Sequence[str]) -> None:
        """Read the centroids of ``story_ids`` not cached yet from ``story_centroids``, in one batch.

        A story without a stored centroid (stored before schema 3) gets one built from its
        latest ``_MAX_CENTROID_DOCS`` members, once: a cold process does not read hundreds
        of documents per candidate story. It is saved at the end of the run.
        """
        missing = [s for s in story_ids if s not in self.centroids]
        if not missing:
            return
        for story_id, (entities, terms, days) in self.store.story_centroids(missing).items():
            self.centroids[story_id] = _Centroid(Counter(entities), Counter(terms),
                                                 [date.fromisoformat(d) for d in days])
        missing = [s for s in missing if s not in self.centroids]
        if not missing:
            return
        members = self.store.latest_story_members(missing, limit=_MAX_CENTROID_DOCS)
        self.load([d for docs in members.values() for d in docs])
        for story_id in missing:
            self.centroids[story_id] = _Centroid(Counter(), Counter(), [])
            for member in members[story_id]:
                self._add(self.centroids[story_id], member)
            self.dirty.add(story_id)

    def joined(self, story_id: str, doc_id: str, *, new: bool) -> None:
        """Add ``doc_id`` to the centroid of ``story_id`` (call before its membership is written)."""
        if new:
            self.centroids[story_id] = _Centroid(Counter(), Counter(), [])
        else:
            self.prepare_centroids([story_id])
        self._add(self.centroids[story_id], doc_id)
        self.dirty.add(story_id)

    def save(self) -> None:
        """Write the centroids changed during the run (one row per story)."""
        self.store.save_story_centroids(
            (s, dict(c.entities), dict(c.terms), sorted({d.isoformat() for d in c.days}))
            for s, c in sorted(self.centroids.items()) if s in self.dirty
        )
        self.dirty.clear()

    def _add(self, centroid: _Centroid, doc_id: str) -> None:
        centroid.entities.update(_unit(self.entities(doc_id)))
        centroid.terms.update(_unit(self.terms(doc_id)))
        centroid.entity_norm = centroid.term_norm = None
        f = self.features.get(doc_id)
        day = _day(f.published) if f else None
        if day:
            centroid.days.append(day)

    def centroid_similarity(self, doc_id: str, story_id: str) -> float:
        c, s = self.centroid(story_id), self.settings
        entity_norm, term_norm = c.norms()
        # The document is scored against up to 15 stories: its norms are computed once.
        if self._doc_norms[0] != doc_id:
            self._doc_norms = (doc_id, _norm(self.entities(doc_id)), _norm(self.terms(doc_id)))
        _, doc_entity_norm, doc_term_norm = self._doc_norms
        score = s.entity_weight * _cosine(self.entities(doc_id), c.entities, entity_norm, doc_entity_norm) + (
            1 - s.entity_weight) * _cosine(self.terms(doc_id), c.terms, term_norm, doc_term_norm)
        day = _day(self.features[doc_id].published)
        if day and c.days and min(abs((day - d).days) for d in c.days) > s.window_days:
            score *= s.window_penalty
        return score

    def distinctive(self, doc_id: str) -> tuple[list[str], list[str]]:
        """Entities and terms rare enough to propose candidates, rarest first."""
        cap = max(5, self.settings.common_fraction * self.n_docs)
        entities = sorted(
            (e for e in self.links.get(doc_id, {}) if self.entity_df.get(e, 0) <= cap),
            key=lambda e: self.entity_df.get(e, 0),
        )
        f = self.features.get(doc_id)
        terms = sorted(
            (t for t in (f.terms if f else {}) if self.term_df.get(t, 0) <= cap), key=lambda t: self.term_df.get(t, 0)
        )
        return entities, terms


def _first_line(text: str, *, max_chars: int = 150) -> str | None:
    """A short first line stands for the title of an untitled document (as the text reader
    does for .txt files), so both sources of one story weigh their headline alike."""
    line = text.strip().split("\n", 1)[0].strip()
    return line if 0 < len(line) <= max_chars else None


def compute_features(
    store: Store, doc_ids: Iterable[str], *, lead_chars: int = LEAD_CHARS, title_weight: int = 3
) -> list[StoryFeatures]:
    """Terms and MinHash signature of each analysed document of ``doc_ids``."""
    features = []
    for doc in store.iter_documents(doc_ids):
        if doc.status != "analysed":
            continue
        a = doc.article
        signature = text_signature(a.text).hashvalues.astype(_DTYPE).tobytes()
        title = a.title or _first_line(a.text)
        features.append(StoryFeatures(a.id, a.published, a.outlet, dict(text_terms(title, a.text, lead_chars=lead_chars, title_weight=title_weight)), signature))
    return features


def assign_stories(store: Store, doc_ids: Iterable[str], *, settings: StorySettings = StorySettings()) -> StoryReport:
    """Put each new analysed document of ``doc_ids`` into a story (existing or new), in one transaction."""
    doc_ids = list(dict.fromkeys(doc_ids))
    created = joined = duplicates = 0
    with store.transaction():
        # A replaced document left its story (cascade): drop stories emptied that way first.
        store.drop_empty_stories()
        assigned = store.story_of_documents(doc_ids)
        todo = compute_features(store, [d for d in doc_ids if d not in assigned], lead_chars=settings.lead_chars,
                                title_weight=settings.title_weight)
        store.save_story_features(todo)
        if not todo:
            store.drop_empty_stories()
            return StoryReport(0, 0, 0)
        bands, rows = band_scheme(settings.near_duplicate)
        if store.story_band_scheme() != f"{bands}x{rows}":
            store.reset_story_bands(f"{bands}x{rows}")
        # This run's documents are banded now too: a lookup only keeps documents already in
        # a story, so each one still meets only those placed before it.
        store.save_story_bands((d, band_hashes(blob, bands, rows)) for d, blob in store.unbanded_signatures())
        vectors = _Vectors(store, settings)
        # Features, links and frequencies do not change during the run (all features were
        # saved above, links before): the run's documents are read in one batch, not one by one.
        vectors.load([f.doc_id for f in todo])
        story_of: dict[str, str] = {}
        touched: set[str] = set()
        for f in todo:
            doc_id = f.doc_id
            original = _near_duplicate(store, f, story_of, settings.near_duplicate, bands, rows)
            scores: dict[str, float] = {}
            new = False
            if original is not None:
                story_id = story_of[original]
                duplicates += 1
                joined += 1
            else:
                story_id, scores = _best_story(store, vectors, doc_id, story_of, settings)
                if story_id is None:
                    story_id = _new_story_id(store, doc_id)
                    store.add_story(story_id, doc_id)
                    created += 1
                    new = True
                else:
                    joined += 1
            vectors.load([doc_id])
            vectors.joined(story_id, doc_id, new=new)
            store.add_story_document(story_id, doc_id, original)
            story_of[doc_id] = story_id
            vectors.assigned(doc_id, story_id)
            touched.add(story_id)
            if original is None and settings.merge_threshold is not None and settings.link == "centroid":
                for other in sorted(s for s, score in scores.items()
                                    if s != story_id and score >= settings.merge_threshold):
                    # The document bridges two stories that now tell one affair.
                    store.move_story_documents(other, story_id)
                    vectors.merge(other, story_id)
                    for member, member_story in story_of.items():
                        if member_story == other:
                            story_of[member] = story_id
                    touched.discard(other)
        store.drop_empty_stories()
        vectors.save()
        for story_id in sorted(touched):
            store.set_story_label(story_id, story_label(store, story_id, links=vectors.links, df=vectors.entity_df))
    return StoryReport(created=created, joined=joined, near_duplicates=duplicates)


def _new_story_id(store: Store, doc_id: str) -> str:
    """``s-<doc id>`` of the document that starts the story, ``-2``, ``-3``… if taken."""
    base = candidate = f"s-{doc_id}"
    n = 1
    while store.story_label(candidate) is not None:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _near_duplicate(
    store: Store, features: StoryFeatures, story_of: dict[str, str], threshold: float, bands: int, rows: int
) -> str | None:
    """The document already in a story that ``features``' document nearly duplicates (the
    closest, then the first id), or None. ``story_of`` learns the stories of the candidates."""
    if features.signature is None:
        return None
    others = store.documents_sharing_a_band(band_hashes(features.signature, bands, rows)) - {features.doc_id}
    story_of.update(store.story_of_documents(sorted(o for o in others if o not in story_of)))
    signature = _minhash(features.signature)
    best, best_score = None, threshold
    for other, blob in sorted(store.signatures([o for o in others if o in story_of]).items()):
        score = signature.jaccard(_minhash(blob))
        if score > best_score or (best is None and score >= best_score):
            best, best_score = other, score
    return best


def _candidates(store: Store, vectors: _Vectors, doc_id: str, story_of: dict[str, str]) -> list[str]:
    """Documents already in a story that share distinctive entities or terms with ``doc_id``,
    the most shared (IDF-weighted) first."""
    entities, terms = vectors.distinctive(doc_id)
    # The rarest keys say the most; a long article's hundredth term adds queries, not candidates.
    entities, terms = entities[:_MAX_KEYS], terms[:_MAX_KEYS]
    # Rows read per key: the latest documents, where an ongoing story is.
    cap = min(_MAX_DOCS_PER_KEY, int(max(5, vectors.settings.common_fraction * vectors.n_docs)) + 1)
    # Only documents already in a story are read: documents of the same run that are not
    # assigned yet used to fill the per-key limit and hide older candidates.
    # A plain dict, and Counter.most_common's own sort below: Counter's += costs more per row.
    shared: dict[str, float] = {}
    get = shared.get
    for kind, keys, df in (("e", entities, vectors.entity_df), ("t", terms, vectors.term_df)):
        for key, rows in vectors.storied_documents(kind, keys).items():
            weight = _idf(vectors.n_docs, df.get(key, 1))
            for other, story_id in rows[:cap]:
                shared[other] = get(other, 0) + weight
                if other not in story_of:
                    story_of[other] = vectors.current(story_id)
    shared.pop(doc_id, None)
    ranked = [d for d, _ in sorted(shared.items(), key=itemgetter(1), reverse=True) if d in story_of]
    return ranked[: vectors.settings.max_candidates]


def _best_story(
    store: Store, vectors: _Vectors, doc_id: str, story_of: dict[str, str], settings: StorySettings,
) -> tuple[str | None, dict[str, float]]:
    """The story ``doc_id`` joins (None: a new one) and the scores of the stories considered."""
    vectors.load([doc_id])
    candidates = _candidates(store, vectors, doc_id, story_of)
    if not candidates:
        return None, {}
    scores = {}
    if settings.link == "centroid":
        # Stories in the order of their best-sharing candidate; only the first few are scored.
        stories = list(dict.fromkeys(story_of[c] for c in candidates))[:_MAX_STORIES]
        vectors.prepare_centroids(stories)
        scores = {story_id: vectors.centroid_similarity(doc_id, story_id) for story_id in stories}
    else:
        vectors.load(candidates)
        by_story: dict[str, list[float]] = defaultdict(list)
        for other in candidates:
            by_story[story_of[other]].append(vectors.similarity(doc_id, other))
        for story_id, sims in by_story.items():
            sims.sort(reverse=True)
            if settings.link == "top3":
                size = len(store.story_members(story_id))
                scores[story_id] = sum(sims[:3]) / min(3, max(size, 1))
            else:
                scores[story_id] = sims[0]
    best = max(scores, key=lambda s: (scores[s], s))
    return (best if scores[best] >= settings.threshold else None), scores


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {k: w / norm for k, w in vector.items()} if norm else {}


def story_label(store: Store, story_id: str, *, actors: int = 2,
                links: dict[str, dict[str, tuple[str, int]]] | None = None,
                df: dict[str, int] | None = None) -> str:
    """Top actors (by IDF-weighted mentions over the story) and the most frequent title word.

    links, df: entity links of documents and document frequencies of entities already read
    (``links_of_documents``, ``entity_document_frequency``), completed here.
    """
    doc_ids = [m.doc_id for m in store.story_members(story_id)]
    if links is None:
        links = {}
    links.update(store.links_of_documents([d for d in doc_ids if d not in links]))
    # In member order, as a fresh read gives them (ties of the weights below follow it).
    links = {d: links[d] for d in doc_ids}
    if df is None:
        df = {}
    df.update(store.entity_document_frequency([e for d in links.values() for e in d if e not in df]))
    n_docs = max(1, store.featured_document_count())
    weights: Counter = Counter()
    for doc_links in links.values():
        for entity_id, (type_, n) in doc_links.items():
            if type_ != "LOC":
                weights[entity_id] += (1 + math.log(n)) * _idf(n_docs, df.get(entity_id, 1))
    names = [store.get_entity(e).name for e, _ in weights.most_common(actors)]
    name_words = {w for name in names for w in fold(name).split()}
    words: Counter = Counter()
    surface: dict[str, str] = {}
    headlines = store.document_headlines(doc_ids)
    for title in (headlines[d] for d in doc_ids if d in headlines):
        # Words in title order (not a set): ties of the count below go to the word met
        # first, whatever the process's hash seed.
        for word in dict.fromkeys(w.lower() for w in _WORD.findall(title)):
            folded = fold(word)
            if folded not in _STOP and folded not in name_words:
                words[folded] += 1
                surface.setdefault(folded, word)
    keyword = surface[words.most_common(1)[0][0]] if words else None
    label = ", ".join(names) or story_id
    return f"{label} · {keyword}" if keyword else label
