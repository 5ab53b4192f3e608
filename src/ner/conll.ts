/**
 * Reads CoNLL files (one token per line, first column the token, last column the IOB tag when
 * labelled; blank lines end sentences; -DOCSTART- lines end documents). Malformed lines are
 * reported with their line number.
 */
import { NewsgraphError } from '../util/errors.js';
import { TAG_INDEX } from './features.js';

export interface ConllSentence {
  tokens: string[];
  /** gold IOB2 tags (last column), when read with labels */
  tags: string[];
}

export interface ConllFile {
  /** documents, each a list of sentences (a file without -DOCSTART- is one document) */
  docs: ConllSentence[][];
  /** the input lines, without their line ends */
  lines: string[];
  /** for each line, whether it is a token line (gets a prediction) */
  isToken: boolean[];
}

/**
 * Parses CoNLL text. With `labelled`, every token line needs a last column that is O or B-/I-
 * of PER, ORG, LOC or MISC (IOB1 files are read too: the tag is kept as written).
 */
export function parseConll(text: string, source: string, labelled: boolean): ConllFile {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const isToken: boolean[] = new Array(lines.length).fill(false);
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { tokens: [], tags: [] };
  const endSentence = () => {
    if (sent.tokens.length) doc.push(sent);
    sent = { tokens: [], tags: [] };
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (!trimmed) {
      endSentence();
      continue;
    }
    if (trimmed.startsWith('-DOCSTART-')) {
      endDoc();
      continue;
    }
    if (/^\s/.test(line)) throw new NewsgraphError('E_PARSE', 'a token line must start with the token, not with white space', `${source}:${i + 1}`);
    const cols = trimmed.split(/\s+/);
    if (labelled) {
      const tag = cols[cols.length - 1];
      if (cols.length < 2) throw new NewsgraphError('E_PARSE', `expected "TOKEN ... TAG", found one column: ${JSON.stringify(line)}`, `${source}:${i + 1}`);
      if (!TAG_INDEX.has(tag)) throw new NewsgraphError('E_PARSE', `unknown tag "${tag}" (expected O or B-/I- with PER, ORG, LOC, MISC)`, `${source}:${i + 1}`);
      sent.tags.push(tag);
    }
    sent.tokens.push(cols[0]);
    isToken[i] = true;
  }
  endDoc();
  return { docs, lines, isToken };
}
