// CSV export: three tables a spreadsheet or pandas reads directly, joined by the store-wide entity id:
// entities.csv (id, name, type, kb, mentions, documents), quotes.csv (document, date, speaker id and
// name, text, direct) and events.csv (document, date, CAMEO code and name, quad class, Goldstein,
// source and target ids and names, location, evidence). RFC 4180 quoting, hand-written (a dozen lines).
import type { Store } from '../store.js';
import type { Write } from './write.js';

export const CSV_FILES = ['entities.csv', 'quotes.csv', 'events.csv'] as const;
export type CsvFile = (typeof CSV_FILES)[number];

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: unknown[]) => cells.map(csvCell).join(',') + '\r\n';
const PAGE = 1000;

/** Writes the three tables; `open(name)` gives the writer for each file. Returns row counts. */
export async function exportCsv(store: Store, open: (file: CsvFile) => Write): Promise<Record<CsvFile, number>> {
  const counts = { 'entities.csv': 0, 'quotes.csv': 0, 'events.csv': 0 };

  let w = open('entities.csv');
  await w(row(['id', 'name', 'type', 'kb', 'mentions', 'documents']));
  for (let offset = 0; ; offset += PAGE) {
    const p = await store.listEntities({ limit: PAGE, offset });
    for (const e of p.items) await w(row([e.id, e.name, e.type, e.kb, e.mentions, e.documents]));
    counts['entities.csv'] += p.items.length;
    if (p.items.length < PAGE) break;
  }

  w = open('quotes.csv');
  await w(row(['document', 'title', 'published', 'speaker_id', 'speaker', 'speaker_text', 'cue', 'direct', 'fragment', 'start', 'end', 'text']));
  for (let offset = 0; ; offset += PAGE) {
    const p = await store.listQuotes({ limit: PAGE, offset });
    for (const q of p.items)
      await w(row([q.document, q.title, q.published, q.speaker?.id, q.speaker?.name, q.speakerText, q.cue, q.direct ? 1 : 0, q.fragment ? 1 : 0, q.start, q.end, q.text]));
    counts['quotes.csv'] += p.items.length;
    if (p.items.length < PAGE) break;
  }

  w = open('events.csv');
  await w(row(['document', 'title', 'date', 'type', 'cameo', 'cameo_name', 'quad_class', 'goldstein', 'source_id', 'source', 'target_id', 'target', 'location_id', 'location', 'modality', 'negated', 'start', 'end', 'evidence']));
  for (let offset = 0; ; offset += PAGE) {
    const p = await store.listEvents({ limit: PAGE, offset });
    for (const v of p.items)
      await w(row([
        v.document, v.title, v.date, v.type, v.cameo, v.cameoName, v.quadClass, v.goldstein, v.source?.id, v.source?.name, v.target?.id, v.target?.name,
        v.location?.id, v.location?.name, v.modality, v.negated ? 1 : 0, v.evidence.start, v.evidence.end, v.evidence.text,
      ]));
    counts['events.csv'] += p.items.length;
    if (p.items.length < PAGE) break;
  }
  return counts;
}
