// The read commands over the store: entities, entity, quotes, events, search. Aligned tables by
// default, --json for machines (the same objects the Store returns, so the HTTP API agrees).
import type { Command } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../../model/types.js';
import type { EntityDetail, StoredEvent, StoredQuote } from '../../store/store.js';
import { NewsgraphError } from '../../util/errors.js';
import { table, pageNote, num, truncate, outputWidth } from './format.js';
import { dbOption, dbPath, openStoreForRead } from './open.js';
import type { SqliteStore } from '../../store/sqlite/sqlite-store.js';

const int = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new NewsgraphError('E_USAGE', `${name} expects a whole number, got "${v}"`);
  return n;
};

const dateArg = (name: string) => (v: string) => {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new NewsgraphError('E_USAGE', `${name} expects YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
  return v;
};

async function withStore<T>(opts: { db?: string }, f: (s: SqliteStore) => Promise<T>): Promise<T> {
  const store = openStoreForRead(dbPath(opts));
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

const out = (s: string) => process.stdout.write(s);
const json = (v: unknown) => out(JSON.stringify(v, null, 2) + '\n');
const who = (x: { name: string } | null, fallback?: string | null) => x?.name ?? fallback ?? '?';

export function quoteTable(items: StoredQuote[]): string {
  return table(items, [
    { header: 'SPEAKER', get: (q) => who(q.speaker, q.speakerText), min: 10 },
    { header: 'QUOTE', get: (q) => q.text, min: 30 },
    { header: 'DATE', get: (q) => q.published },
    { header: 'DOCUMENT', get: (q) => q.title ?? q.document.slice(0, 12), min: 12 },
  ]);
}

export function eventTable(items: StoredEvent[]): string {
  return table(items, [
    { header: 'DATE', get: (e) => e.date ?? '' },
    { header: 'SOURCE', get: (e) => e.source?.name ?? '–', min: 10 },
    { header: 'EVENT', get: (e) => `${e.cameo} ${e.cameoName}${e.negated ? ' (negated)' : ''}${e.modality !== 'asserted' ? ` (${e.modality})` : ''}`, min: 12 },
    { header: 'TARGET', get: (e) => e.target?.name ?? '–', min: 10 },
    { header: 'EVIDENCE', get: (e) => e.evidence.text, min: 20 },
  ]);
}

function entityText(e: EntityDetail): string {
  const w = outputWidth();
  const lines: string[] = [];
  lines.push(`${e.name}  (${e.type})`);
  lines.push(`  id: ${e.id}${e.kb ? `   kb: ${e.kb}` : ''}${e.country ? `   country: ${e.country.name}` : ''}`);
  lines.push(`  ${num(e.mentions)} mentions in ${num(e.documents)} documents`);
  if (e.aliases.length) lines.push(`  also: ${truncate(e.aliases.filter((a) => a !== e.name).join(', '), w - 8)}`);
  const section = (title: string, body: string) => {
    lines.push('', title, body.trimEnd());
  };
  if (e.roles.length) {
    const seen = new Set<string>();
    const roles = e.roles.filter((r) => {
      const k = `${r.title}|${r.of}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
    section('Roles', table(roles, [
      { header: 'TITLE', get: (r) => r.title },
      { header: 'OF', get: (r) => r.ofName ?? r.of ?? '' },
      { header: 'AS OF', get: (r) => r.published },
      { header: 'EVIDENCE', get: (r) => r.evidence, min: 20 },
    ]));
  }
  if (e.mentionList.length)
    section(`Mentions (${num(e.mentionList.length)} shown)`, table(e.mentionList.slice(0, 20), [
      { header: 'TEXT', get: (m) => m.text },
      { header: 'SENTENCE', get: (m) => m.context, min: 30 },
      { header: 'DOCUMENT', get: (m) => m.title ?? m.document.slice(0, 12), min: 12 },
    ]));
  if (e.quotesBy.length) section('Quotes by', quoteTable(e.quotesBy.slice(0, 20)));
  if (e.quotesAbout.length) section('Quotes about', quoteTable(e.quotesAbout.slice(0, 20)));
  if (e.events.length) section('Events', eventTable(e.events.slice(0, 30)));
  if (e.cooccurring.length)
    section('Often mentioned with', truncate(e.cooccurring.map((c) => `${c.name} (${c.documents})`).join(', '), w * 3));
  return lines.join('\n') + '\n';
}

export function registerQueries(program: Command): void {
  program
    .command('entities')
    .description('list stored entities, most mentioned first')
    .addOption(dbOption())
    .option('--type <TYPE>', `only this type: ${ENTITY_TYPES.join(', ')}`)
    .option('--prefix <P>', 'names starting with P (case-insensitive)')
    .option('--limit <n>', 'rows to show (default 50)', int('--limit'), 50)
    .option('--offset <n>', 'rows to skip', int('--offset'), 0)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      const type = opts.type?.toUpperCase();
      if (type && !ENTITY_TYPES.includes(type)) throw new NewsgraphError('E_USAGE', `--type must be one of ${ENTITY_TYPES.join(', ')}, got "${opts.type}"`);
      await withStore(opts, async (s) => {
        const r = await s.listEntities({ type: type as EntityType | undefined, prefix: opts.prefix, limit: opts.limit, offset: opts.offset });
        if (opts.json) return json(r);
        if (!r.items.length) return out('no entities match\n');
        out(table(r.items, [
          { header: 'NAME', get: (e) => e.name, min: 16 },
          { header: 'TYPE', get: (e) => e.type },
          { header: 'MENTIONS', get: (e) => e.mentions, right: true },
          { header: 'DOCS', get: (e) => e.documents, right: true },
          { header: 'ID', get: (e) => e.id, min: 12 },
        ]) + pageNote(r.items.length, r.offset, r.total));
      });
    });

  program
    .command('entity')
    .description('one entity: type, KB id, aliases, roles, mentions with their sentences, quotes by and about it, events')
    .argument('<name>', 'store id (iso3:MLI, PERSON:haley-morris), name or alias')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (name: string, opts) => {
      await withStore(opts, async (s) => {
        const e = await s.getEntity(name);
        if (!e) throw new NewsgraphError('E_NOT_FOUND', `no entity is named "${name}"; list some with \`newsgraph entities --prefix ${JSON.stringify(name.slice(0, 3))}\``);
        if (opts.json) return json(e);
        out(entityText(e));
      });
    });

  program
    .command('quotes')
    .description('list stored quotes with their speakers')
    .addOption(dbOption())
    .option('--speaker <NAME>', 'quotes by this entity (id, name or alias)')
    .option('--text <WORDS>', 'quotes containing these words')
    .option('--limit <n>', 'rows to show (default 50)', int('--limit'), 50)
    .option('--offset <n>', 'rows to skip', int('--offset'), 0)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      await withStore(opts, async (s) => {
        const r = await s.listQuotes({ speaker: opts.speaker, text: opts.text, limit: opts.limit, offset: opts.offset });
        if (opts.json) return json(r);
        if (!r.items.length) return out('no quotes match\n');
        out(quoteTable(r.items) + pageNote(r.items.length, r.offset, r.total));
      });
    });

  program
    .command('events')
    .description('list stored CAMEO events')
    .addOption(dbOption())
    .option('--actor <NAME>', 'events with this entity as source or target (id, name or alias)')
    .option('--cameo <CODE>', 'CAMEO code or prefix, e.g. 04 (consult) or 042')
    .option('--since <DATE>', 'on or after (YYYY, YYYY-MM or YYYY-MM-DD; the event date, else the publication date)', dateArg('--since'))
    .option('--until <DATE>', 'on or before (same forms)', dateArg('--until'))
    .option('--limit <n>', 'rows to show (default 50)', int('--limit'), 50)
    .option('--offset <n>', 'rows to skip', int('--offset'), 0)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      if (opts.cameo && !/^\d{1,4}$/.test(opts.cameo)) throw new NewsgraphError('E_USAGE', `--cameo expects digits such as 04 or 042, got "${opts.cameo}"`);
      await withStore(opts, async (s) => {
        const r = await s.listEvents({ actor: opts.actor, cameo: opts.cameo, since: opts.since, until: opts.until, limit: opts.limit, offset: opts.offset });
        if (opts.json) return json(r);
        if (!r.items.length) return out('no events match\n');
        out(eventTable(r.items) + pageNote(r.items.length, r.offset, r.total));
      });
    });

  program
    .command('search')
    .description('full-text search over stored titles and texts')
    .argument('<text...>', 'words that must all appear')
    .addOption(dbOption())
    .option('--limit <n>', 'rows to show (default 20)', int('--limit'), 20)
    .option('--offset <n>', 'rows to skip', int('--offset'), 0)
    .option('--json', 'print JSON')
    .action(async (words: string[], opts) => {
      await withStore(opts, async (s) => {
        const r = await s.searchDocuments(words.join(' '), { limit: opts.limit, offset: opts.offset });
        if (opts.json) return json(r);
        if (!r.items.length) return out('no documents match\n');
        out(table(r.items, [
          { header: 'TITLE', get: (d) => d.title ?? d.source, min: 16 },
          { header: 'DATE', get: (d) => d.published },
          { header: 'MATCH', get: (d) => d.snippet, min: 30 },
          { header: 'ID', get: (d) => d.id.slice(0, 12) },
        ]) + pageNote(r.items.length, r.offset, r.total));
      });
    });
}
