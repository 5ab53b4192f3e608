import type { Doc, EntityType } from '../model/types.js';

/**
 * Storage behind one interface: the embedded SQLite store is the default, and a PostgreSQL store can
 * implement the same contract (the methods are async for that reason). Entities are merged across
 * documents: same knowledge-base id, or else the same normalised name and type; their store-wide id
 * is the KB id when linked (`iso3:MLI`) and otherwise `TYPE:normalised-name` (`PERSON:haley-morris`).
 */
export interface Store {
  /** Stores an analysed document with all its facts, in one transaction. Idempotent by document id. */
  ingest(doc: Doc): Promise<IngestResult>;
  /** Stores many documents in one transaction (each one all-or-nothing); a failing one does not stop the rest. */
  ingestMany?(docs: Doc[]): Promise<BatchResult[]>;
  hasDocument(id: string): Promise<boolean>;

  listDocuments(q?: Page): Promise<Paged<DocumentSummary>>;
  /** Full-text search over titles and texts (FTS5 on SQLite). */
  searchDocuments(text: string, q?: Page): Promise<Paged<DocumentHit>>;
  /** One document with its text and every span, in the extract contract's shape. */
  getDocument(id: string): Promise<StoredDocument | null>;

  listEntities(q?: EntityQuery): Promise<Paged<EntitySummary>>;
  /** By store id, exact name or alias (case-insensitive); null when nothing matches. */
  getEntity(idOrName: string): Promise<EntityDetail | null>;

  listQuotes(q?: QuoteQuery): Promise<Paged<StoredQuote>>;
  listEvents(q?: EventQuery): Promise<Paged<StoredEvent>>;

  /** Nodes and edges around an entity (or the strongest part of the whole graph). */
  graph(q?: GraphQuery): Promise<Graph>;
  /** Event counts per period by event type. */
  timeline(q?: TimelineQuery): Promise<TimelineBucket[]>;
  /** Event counts per country (ISO3) over a date range, for the map. */
  countryCounts(q?: { since?: string; until?: string; cameoRoot?: string }): Promise<{ iso3: string; entity: string; name: string; events: number }[]>;

  stats(): Promise<StoreStats>;
  /** Every stored document in the extract contract's shape (for export). */
  allDocuments(): AsyncIterable<StoredDocument>;
  close(): Promise<void>;
}

export interface IngestResult {
  id: string;
  status: 'new' | 'existing';
}

export type BatchResult = IngestResult | { id: string; status: 'failed'; error: Error };

export interface Page {
  limit?: number;
  offset?: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  source: string;
  published: string | null;
  words: number;
  ingestedAt: string;
}

export interface DocumentHit extends DocumentSummary {
  /** a short plain-text excerpt around the match (never HTML) */
  snippet: string;
}

/** The document as `newsgraph extract --json` printed it, plus storage metadata. */
export interface StoredDocument {
  summary: DocumentSummary;
  /** the newsgraph.extract/1 object; its entity ids are per-document ("e1"), and `storeId` maps them */
  extract: any;
  /** per-document entity id -> store-wide entity id */
  storeIds: Record<string, string>;
}

export interface EntityQuery extends Page {
  type?: EntityType;
  /** case-insensitive name prefix */
  prefix?: string;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  kb: string | null;
  mentions: number;
  documents: number;
}

export interface MentionRef {
  document: string;
  title: string | null;
  start: number;
  end: number;
  text: string;
  /** the sentence holding the mention, for display as evidence */
  context: string;
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  roles: { title: string; of: string | null; ofName: string | null; document: string; published: string | null; evidence: string }[];
  country: { id: string; name: string } | null;
  mentionList: MentionRef[];
  quotesBy: StoredQuote[];
  /** quotes whose text mentions the entity */
  quotesAbout: StoredQuote[];
  events: StoredEvent[];
  cooccurring: { id: string; name: string; type: EntityType; documents: number }[];
  /**
   * Full counts behind the lists above, which a store may cap at a page (the SQLite store keeps the
   * newest 50 of each), so a UI can say "and N more".
   */
  totals?: { roles: number; mentions: number; quotesBy: number; quotesAbout: number; events: number };
}

export interface QuoteQuery extends Page {
  /** speaker store id, name or alias */
  speaker?: string;
  /** text search inside quotes */
  text?: string;
  document?: string;
}

export interface StoredQuote {
  id: number;
  document: string;
  title: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  fragment: boolean;
  speaker: { id: string; name: string } | null;
  speakerText: string | null;
  cue: string | null;
}

export interface EventQuery extends Page {
  /** an actor (source or target): store id, name or alias */
  actor?: string;
  /** CAMEO code or prefix ("04", "042") */
  cameo?: string;
  quadClass?: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD (compared on the event's date, else the document's) */
  since?: string;
  until?: string;
  /** location: store id, name or alias */
  location?: string;
  document?: string;
}

export interface StoredEvent {
  id: number;
  document: string;
  title: string | null;
  type: string;
  cameo: string;
  cameoName: string;
  quadClass: number;
  goldstein: number;
  source: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  location: { id: string; name: string } | null;
  date: string | null;
  dateResolution: string | null;
  /** the document's publication date (for events without a date of their own) */
  published?: string | null;
  evidence: { start: number; end: number; text: string };
  modality: string;
  negated: boolean;
}

export interface GraphQuery {
  /** centre entity (store id, name or alias); without it, the strongest nodes of the whole graph */
  entity?: string;
  /** 1 = the centre's neighbours (default); 2 = their neighbours too */
  depth?: number;
  since?: string;
  until?: string;
  cameoRoot?: string;
  /** most nodes to return (default 60) */
  limit?: number;
}

export interface Graph {
  nodes: { id: string; name: string; type: EntityType; mentions: number }[];
  edges: {
    source: string;
    target: string;
    /** event counts by quad class: [verbal coop, material coop, verbal conflict, material conflict] */
    quad: [number, number, number, number];
    events: number;
    goldstein: number;
    /** documents in which both are mentioned */
    comentions: number;
  }[];
}

export interface TimelineQuery {
  entity?: string;
  granularity?: 'day' | 'week' | 'month';
  since?: string;
  until?: string;
}

export interface TimelineBucket {
  period: string;
  type: string;
  count: number;
}

export interface StoreStats {
  documents: number;
  words: number;
  entities: number;
  mentions: number;
  quotes: number;
  events: number;
  byType: Record<string, number>;
}
