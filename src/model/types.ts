// The one document model: standoff annotations over an immutable text.
// Every span is {start, end} in UTF-16 code units (JavaScript string indices), end exclusive,
// so that text.slice(start, end) is always the span's text.

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'EVENT' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC'];

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** Who produced a fact: the stage and the rule or model inside it (for `--explain` and the UI). */
export interface Provenance {
  stage: string;
  rule: string;
}

export interface Paragraph extends Span {}

export interface Sentence extends Span {
  /** index of the first token of the sentence */
  firstToken: number;
  /** index one past the last token */
  endToken: number;
  paragraph: number;
}

/**
 * Tokens as a struct of arrays: no per-token objects in the hot path.
 * pos holds Universal Dependencies tags from wink-nlp (NOUN, PROPN, VERB, PUNCT, SPACE, ...).
 * Whitespace tokens are not stored.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  pos: string[];
  /** sentence index of each token */
  sentence: Int32Array;
}

/** How a mention names its entity. */
export type MentionKind =
  | 'name' // "Sergei Lavrov", "Mali"
  | 'acronym' // "ECOWAS"
  | 'demonym' // "Malian" -> Mali
  | 'pronoun' // "he", "they"
  | 'description' // "Russia's top diplomat", "the spokesman"
  | 'metonym'; // "Moscow is planning" -> Russia

export interface Mention extends TextSpan {
  type: EntityType;
  kind: MentionKind;
  /** knowledge-base id when the mention matched the KB directly */
  kb: string | null;
  /** entity id (within the document) once linking has run */
  entity: string | null;
  /** for metonyms: the span's literal referent, e.g. "iso3:RUS" read from "Moscow" */
  metonymOf?: string | null;
  source: Provenance;
}

export interface Role {
  /** e.g. "Foreign Minister" */
  title: string;
  /** entity id of the state or organisation the role is in, when known */
  of: string | null;
  /** the span that says so */
  evidence: TextSpan;
  source: Provenance;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  kb: string | null;
  /** indices into doc.mentions */
  mentions: number[];
  roles: Role[];
  /** for people: the country they belong to, as an entity id, when known */
  country?: string | null;
  /** 'm' | 'f' for people when known (honorifics, first names, pronouns) */
  gender?: 'm' | 'f' | null;
}

export interface Quote extends TextSpan {
  speaker: { entity: string | null; mention: TextSpan | null };
  cue: TextSpan | null;
  direct: boolean;
  fragment: boolean;
  source: Provenance;
}

export type DateResolution = 'day' | 'month' | 'year';

export interface DateExpr extends TextSpan {
  value: string | null;
  resolution: DateResolution;
  inferred: boolean;
  /** the value needs no reference, or was resolved against the day of writing (publication date or dateline) */
  anchored: boolean;
  source: Provenance;
}

export interface Quantity extends TextSpan {
  value: number;
  unit: string | null;
  approximate: boolean;
  source: Provenance;
}

export interface EventFact {
  id: string;
  /** the project's own event type: meet, visit, aid, deliver, praise, criticize, demand, sanction, suspend, withdraw, vote, military, ... */
  type: string;
  cameo: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  source: string | null;
  target: string | null;
  date: { value: string; resolution: DateResolution } | null;
  location: string | null;
  evidence: TextSpan;
  /** the verb or noun that triggered the event */
  trigger: TextSpan;
  /** 'asserted' | 'intended' (plans to, readiness to) | 'possible' | 'reported' */
  modality: string;
  negated: boolean;
  provenance: Provenance;
}

export interface DocumentMeta {
  /** sha256 (hex) of the normalised text */
  id: string;
  /** path or URL */
  source: string;
  title: string | null;
  /** YYYY-MM-DD, or null when unknown */
  published: string | null;
  url?: string | null;
}

/** The analysed document. Stages fill the annotation fields they declare in `assigns`. */
export interface Doc extends DocumentMeta {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Tokens;
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateExpr[];
  quantities: Quantity[];
  events: EventFact[];
}

export type Annotation = 'paragraphs' | 'sentences' | 'tokens' | 'mentions' | 'entities' | 'quotes' | 'dates' | 'quantities' | 'events';
