// Numbered schema migrations for the SQLite store, applied in order and recorded in PRAGMA user_version.
// Kept as SQL strings in TS (not .sql files) so that `tsc` output needs no copy step and the
// migrations ship inside dist/. Never edit a released migration: add the next number instead.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const m001_init = `
-- Fact tables are indexed only for the queries the store runs (by entity, by document for quotes
-- and events); documents are never deleted, so the other doc columns need no index.
-- n is the integer key the FTS index and the fact tables use; id is the public sha256 id.
CREATE TABLE documents (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  title TEXT,
  published TEXT,
  url TEXT,
  text TEXT NOT NULL,
  words INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  -- the extract contract object without document.text (the text lives in its own column)
  extract TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='n', tokenize='unicode61 remove_diacritics 2');

-- Entities merged across documents. id = KB id when linked, else TYPE:slug-of-name.
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  kb TEXT,
  name_key TEXT NOT NULL,
  country TEXT,
  mentions INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_key ON entities(name_key, type);
CREATE INDEX entities_type ON entities(type, mentions DESC);
CREATE INDEX entities_mentions ON entities(mentions DESC);

CREATE TABLE aliases (
  entity TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_key ON aliases(alias_key);

-- Which store entity each per-document entity id ("e1") became.
CREATE TABLE doc_entities (
  doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  local TEXT NOT NULL,
  entity TEXT NOT NULL REFERENCES entities(id),
  mentions INTEGER NOT NULL,
  PRIMARY KEY (doc, local)
) WITHOUT ROWID;
CREATE INDEX doc_entities_entity ON doc_entities(entity, doc);

CREATE TABLE mentions (
  doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  kind TEXT NOT NULL,
  kb TEXT,
  entity TEXT REFERENCES entities(id),
  -- the sentence holding the mention, as offsets into the document text
  ctx_start INTEGER NOT NULL,
  ctx_end INTEGER NOT NULL,
  stage TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity, doc);

CREATE TABLE roles (
  entity TEXT NOT NULL REFERENCES entities(id),
  doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  title TEXT NOT NULL,
  of TEXT REFERENCES entities(id),
  published TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  stage TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX roles_entity ON roles(entity);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  direct INTEGER NOT NULL,
  fragment INTEGER NOT NULL,
  speaker TEXT REFERENCES entities(id),
  speaker_text TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  cue_text TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  stage TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

-- Entities mentioned inside a quote ("quotes about").
CREATE TABLE quote_entities (
  quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  entity TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (quote, entity)
) WITHOUT ROWID;
CREATE INDEX quote_entities_entity ON quote_entities(entity);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  local TEXT NOT NULL,
  type TEXT NOT NULL,
  cameo TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  source TEXT REFERENCES entities(id),
  target TEXT REFERENCES entities(id),
  location TEXT REFERENCES entities(id),
  date TEXT,
  date_resolution TEXT,
  -- the event's date, else the document's publication date: what --since/--until compare
  day TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  trigger_start INTEGER,
  trigger_end INTEGER,
  trigger_text TEXT,
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL,
  stage TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_source ON events(source);
CREATE INDEX events_target ON events(target);
CREATE INDEX events_location ON events(location);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_day ON events(day);

CREATE TABLE dates (
  doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT,
  resolution TEXT NOT NULL,
  inferred INTEGER NOT NULL,
  stage TEXT NOT NULL,
  rule TEXT NOT NULL
);

CREATE TABLE quantities (
  doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT,
  approximate INTEGER NOT NULL,
  stage TEXT NOT NULL,
  rule TEXT NOT NULL
);
`;

const m002_doc_entity_set = `
-- One row per (document, store entity). doc_entities has one row per per-document entity, and
-- several of those can merge into one store entity, so counting shared documents over it needed
-- DISTINCT, which made co-mention queries (entity pages, graphs) sort every row twice. Keyed by
-- entity for "documents of X", indexed by document for "entities of document d". It replaces the
-- doc_entities(entity, doc) index, which nothing reads any more (the table stays, for local ids).
CREATE TABLE doc_entity_set (
  entity TEXT NOT NULL REFERENCES entities(id),
  doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
  PRIMARY KEY (entity, doc)
) WITHOUT ROWID;
CREATE INDEX doc_entity_set_doc ON doc_entity_set(doc, entity);
INSERT OR IGNORE INTO doc_entity_set (entity, doc) SELECT entity, doc FROM doc_entities;
DROP INDEX doc_entities_entity;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001_init', sql: m001_init },
  { version: 2, name: '002_doc_entity_set', sql: m002_doc_entity_set },
];
