/**
 * The statistical named-entity recogniser (issue 3): an averaged perceptron trained on CoNLL-2003
 * by scripts/train-ner.ts and shipped as models/ner-conll.bin. `loadDefaultNer()` loads it once.
 * `tag()` tags one sentence; `tagDocument()` tags a document's sentences in order, so that a name
 * seen earlier in the document informs later sentences (document history feature).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NerModel } from './model.js';

/** A trained tagger: one IOB2 tag over PER, ORG, LOC, MISC per input token. */
export interface NerTagger {
  tag(tokens: readonly string[]): string[];
}

/** A tagger that also uses document context (how earlier sentences were tagged). */
export interface NerDocumentTagger extends NerTagger {
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /**
   * The same into tag indexes (no strings): out[s][i] is 0 for O, 2k+1 for B- and 2k+2 for I- of
   * type k in PER, ORG, LOC, MISC (TAGS in features.ts); out[s] must hold sentences[s].length.
   */
  tagDocumentIndexes(sentences: readonly (readonly string[])[], out: Uint8Array[]): void;
}

/** Where the shipped model lives (the same relative path from src/ner and dist/ner). */
export const DEFAULT_NER_MODEL = fileURLToPath(new URL('../../models/ner-conll.bin', import.meta.url));

let cached: NerModel | null | undefined;

/** The shipped model, loaded on first call and memoised; null when the model file is absent. */
export function loadDefaultNer(): NerDocumentTagger | null {
  if (cached === undefined) cached = existsSync(DEFAULT_NER_MODEL) ? NerModel.load(DEFAULT_NER_MODEL) : null;
  return cached;
}

/** Loads a model file (throws NewsgraphError when it is not one). */
export function loadNer(path: string): NerModel {
  return NerModel.load(path);
}

export { NerModel } from './model.js';
