// How entities are matched across documents, shared by every Store implementation so that SQLite
// and a future PostgreSQL store merge the same way: same KB id, or else the same normalised name
// and type. The normalised name drops case, accents, punctuation and a leading "the".
import type { EntityType } from '../model/types.js';

/** "The Foreign Ministry" -> "foreign-ministry"; "Côte d'Ivoire" -> "cote-d-ivoire". */
export function nameKey(name: string): string {
  const k = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^the-/, '');
  return k || name.trim().toLowerCase();
}

/** Store-wide id of an entity: the KB id when linked, else `TYPE:normalised-name`. */
export function storeEntityId(name: string, type: EntityType | string, kb: string | null): string {
  return kb || `${type}:${nameKey(name)}`;
}

/** Words in a text: runs of non-space characters (the unit of every words/s figure). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
