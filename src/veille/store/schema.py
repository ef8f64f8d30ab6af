"""SQLite schema of a veille store, and its version. Documented in docs/data-model.md.

Two layers of data:
- per-document results (``documents`` and every table with a ``doc_id``) are written
  once per document from a ``DocumentAnalysis`` and never change afterwards;
- the cross-document layer (``entities``, ``entity_links``, ``stories``…) is derived
  from them and may be recomputed or updated incrementally.

Entities are document-local in the per-document tables (``doc_id`` + ``local_key``,
the ``EntityRecord.key``); ``entity_links`` maps each local entity to a global
entity id, so merging two global entities only rewrites links.
"""

# 2: story_features and story_terms (story clustering, additive).
# 3: story_centroids, story_bands, entity_type_evidence (incremental cross-document
#    step, entity types by cross-document evidence; additive: an older store gets the
#    empty tables and the resolver fills them lazily, see docs/cross-document.md).
SCHEMA_VERSION = 3

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    url          TEXT,
    outlet       TEXT,
    published    TEXT,            -- ISO date/datetime or NULL
    author       TEXT,
    lang         TEXT,
    status       TEXT NOT NULL,   -- analysed | skipped | failed
    reason       TEXT,            -- why skipped or failed
    source       TEXT,            -- path or <stdin> it was read from
    n_tokens     INTEGER NOT NULL DEFAULT 0,
    metadata     TEXT NOT NULL DEFAULT '{}',  -- JSON object
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    seq          INTEGER NOT NULL  -- ingestion order, for stable listings
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);

-- one row per actor per document (EntityRecord)
CREATE TABLE IF NOT EXISTS doc_entities (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_key TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    aliases   TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings
    PRIMARY KEY (doc_id, local_key)
);

CREATE TABLE IF NOT EXISTS mentions (
    id        INTEGER PRIMARY KEY,
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_key TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'name'
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id, local_key);

CREATE TABLE IF NOT EXISTS roles (
    id        INTEGER PRIMARY KEY,
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_key TEXT NOT NULL,
    title     TEXT NOT NULL,
    of        TEXT,
    former    INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS roles_doc ON roles(doc_id, local_key);

CREATE TABLE IF NOT EXISTS amounts (
    id        INTEGER PRIMARY KEY,
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    value     REAL,
    unit      TEXT NOT NULL,
    currency  TEXT,
    qualifier TEXT
);
CREATE INDEX IF NOT EXISTS amounts_doc ON amounts(doc_id);

CREATE TABLE IF NOT EXISTS dates (
    id          INTEGER PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT,
    granularity TEXT,
    relative    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc_id);

CREATE TABLE IF NOT EXISTS quotes (
    id                INTEGER PRIMARY KEY,
    doc_id            TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    text              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    speaker_local_key TEXT,
    speaker_text      TEXT,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    cue_start         INTEGER,
    cue_end           INTEGER,
    cue_text          TEXT,
    confidence        REAL NOT NULL,
    rule              TEXT
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(doc_id, speaker_local_key);

CREATE TABLE IF NOT EXISTS relations (
    id                INTEGER PRIMARY KEY,
    doc_id            TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type              TEXT NOT NULL,
    subject_local_key TEXT,
    object_local_key  TEXT,
    subject           TEXT,
    object            TEXT,
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    evidence          TEXT NOT NULL,
    trigger_start     INTEGER,
    trigger_end       INTEGER,
    trigger_text      TEXT,
    polarity          TEXT NOT NULL,
    date              TEXT,
    arguments         TEXT NOT NULL DEFAULT '{}'  -- JSON object
);
CREATE INDEX IF NOT EXISTS relations_doc ON relations(doc_id);
-- relations of one entity (web entity pages): reached from its links by subject or object key
CREATE INDEX IF NOT EXISTS relations_subject ON relations(doc_id, subject_local_key);
CREATE INDEX IF NOT EXISTS relations_object ON relations(doc_id, object_local_key);

-- cross-document layer -------------------------------------------------------
CREATE TABLE IF NOT EXISTS entities (
    id            TEXT PRIMARY KEY,   -- stable global id, e.g. "per-elon-musk"
    name          TEXT NOT NULL,
    type          TEXT NOT NULL,
    mention_count INTEGER NOT NULL DEFAULT 0,
    doc_count     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
-- actor listings, most mentioned first (web /entities): read in index order, no sort
CREATE INDEX IF NOT EXISTS entities_rank ON entities(type, mention_count DESC, doc_count DESC, name, id);
CREATE INDEX IF NOT EXISTS entities_rank_all ON entities(mention_count DESC, doc_count DESC, name, id);

CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE IF NOT EXISTS entity_links (
    doc_id    TEXT NOT NULL,
    local_key TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (doc_id, local_key)
);
CREATE INDEX IF NOT EXISTS entity_links_entity ON entity_links(entity_id);

CREATE TABLE IF NOT EXISTS stories (
    id    TEXT PRIMARY KEY,
    label TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS story_documents (
    story_id     TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    near_duplicate_of TEXT,        -- doc id this one nearly duplicates, if any
    PRIMARY KEY (story_id, doc_id)
);
CREATE INDEX IF NOT EXISTS story_documents_doc ON story_documents(doc_id);

-- what story clustering keeps of each document (veille.resolve.stories)
CREATE TABLE IF NOT EXISTS story_features (
    doc_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    terms     TEXT NOT NULL DEFAULT '{}',  -- JSON {term: count} of the title and lead
    signature BLOB                          -- MinHash hash values (uint32, datasketch affine32) of the text's word shingles
);

-- inverted index of story_features.terms: candidate documents sharing a term
CREATE TABLE IF NOT EXISTS story_terms (
    term   TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (term, doc_id)
);
CREATE INDEX IF NOT EXISTS story_terms_doc ON story_terms(doc_id);

-- story centroids kept between runs: the sum of the members' unit vectors as computed
-- when each joined, so an incremental run reads one row per candidate story
CREATE TABLE IF NOT EXISTS story_centroids (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    entities TEXT NOT NULL,  -- JSON {entity_id: weight}
    terms    TEXT NOT NULL,  -- JSON {term: weight}
    days     TEXT NOT NULL   -- JSON sorted list of the members' distinct publication days
);

-- LSH bands of the MinHash signatures (near-duplicate candidates by index lookup)
CREATE TABLE IF NOT EXISTS story_bands (
    band   INTEGER NOT NULL,
    hash   BLOB NOT NULL,    -- the band's slice of the signature (uint32 values, little-endian)
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, doc_id)
);
CREATE INDEX IF NOT EXISTS story_bands_doc ON story_bands(doc_id);

-- evidence for the type of each local entity, read from its document (veille.resolve.entity_types);
-- a global entity's type is the type its linked local entities' evidence adds up to
CREATE TABLE IF NOT EXISTS entity_type_evidence (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_key TEXT NOT NULL,
    per       REAL NOT NULL DEFAULT 0,
    org       REAL NOT NULL DEFAULT 0,
    loc       REAL NOT NULL DEFAULT 0,
    misc      REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_id, local_key)
);
"""
