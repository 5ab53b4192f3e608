// The committed knowledge base loads, indexes and answers lookups; the build script still runs on
// a small sample of the PETRARCH2 dictionaries when ../shared is present.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { hasShared, shared, sharedMissing } from '../../tests/helpers.js';
import { buildKb, parseActors, properCase } from '../../scripts/build-kb.js';
import { aliasKey, buildIndex, CaseRule, readKb, rolesAt } from './kb.js';

describe('committed knowledge base', () => {
  const kb = readKb();
  it('has countries with demonyms and capitals', () => {
    const fra = kb.byId.get('iso3:FRA')!;
    expect(fra.name).toBe('France');
    expect(kb.demonymOf.get('french')).toBe('iso3:FRA');
    expect(kb.capitalOf.get(fra.capital!)).toBe('iso3:FRA');
  });
  it('knows the country of a dateline city that no entry names, and only as a dateline', () => {
    expect(kb.datelineCities.get('ALMATY')).toBe('iso3:KAZ');
    expect(kb.datelineCities.get('MOSUL')).toBe('iso3:IRQ');
    // (a city some entry names is that entry's, not the table's)
    expect(kb.datelineCities.has('PARIS')).toBe(false);
    expect(kb.aliases.has('almaty')).toBe(false);
  });
  it('finds aliases by token key, with acronyms marked', () => {
    expect(kb.aliases.get(aliasKey('Guinea-Bissau'))?.[0].id).toBe('iso3:GNB');
    expect(kb.aliases.get('nato')?.[0].kind).toBe('acronym');
    expect(kb.aliases.get('horn of africa')?.[0].id).toBe('loc:horn-of-africa');
    expect(kb.prefixes.has('horn of')).toBe(true);
  });
  it('has armed groups (by their CAMEO rebel code too) without their leaders as aliases, and religious groups as NORP', () => {
    const type = (name: string) => kb.byId.get(kb.aliases.get(aliasKey(name))?.[0].id ?? '')?.type;
    expect(type('Boko Haram')).toBe('ORG');
    expect(type('Islamic State')).toBe('ORG');
    expect(kb.aliases.get('isis')?.[0].kind).toBe('acronym');
    expect(type('Muslims')).toBe('NORP');
    expect(type('Sunni')).toBe('NORP');
    expect(type('Tuareg')).toBe('NORP');
    expect(type('MINUSMA')).toBe('ORG');
    expect(type('Alliance of Sahel States')).toBe('ORG');
    expect(type('Africa Corps')).toBe('ORG');
    // an alias ending in a common word matches with that word in lower case
    expect(type('Western allies')).toBe('NORP');
    expect(kb.aliases.get('western allies')?.[0].caseRule).toBe(CaseRule.FirstCapitalised);
    for (const leader of ['Joseph Kony', 'Hassan Nasrallah', 'Nasrallah']) expect(kb.aliases.get(aliasKey(leader))?.some((h) => h.id.startsWith('group:')) ?? false).toBe(false);
  });
  it('has the curated leaders of recent years, with their country and dated roles, merged into existing entries', () => {
    const person = (name: string) => kb.byId.get(kb.aliases.get(aliasKey(name))?.[0].id ?? '');
    const goita = person('Assimi Goita')!;
    expect(goita.type).toBe('PERSON');
    expect(goita.country).toBe('iso3:MLI');
    expect(person('Assimi Goïta')).toBe(goita);
    expect(person('Volodymyr Zelenskyy')?.country).toBe('iso3:UKR');
    // an entry the dictionaries had keeps its old roles and gains the curated one
    const scholz = person('Olaf Scholz')!;
    expect(scholz.roles!.length).toBeGreaterThan(1);
    expect(rolesAt(scholz, '2023-01-01').map((r) => r.of)).toEqual(['iso3:DEU']);
    expect(rolesAt(person('Rishi Sunak')!, '2019-01-01')).toEqual([]);
  });
  it('keeps people with dated roles', () => {
    const people = kb.entries.filter((e) => e.type === 'PERSON' && e.roles?.some((r) => r.from));
    expect(people.length).toBeGreaterThan(1000);
    const p = people[0];
    expect(rolesAt(p, '1800-01-01').length).toBeLessThanOrEqual(p.roles!.length);
  });
  it('loads fast enough', () => {
    const raw = JSON.parse(readFileSync(new URL('../../data/kb.json', import.meta.url), 'utf8')).entries;
    const t = performance.now();
    buildIndex(raw);
    expect(performance.now() - t).toBeLessThan(2000); // generous: CI machines are slow; ~150 ms locally
  });
});

describe('build script', () => {
  it('proper-cases PETRARCH names', () => {
    expect(properCase('SERGEY_V._LAVROV_')).toBe('Sergey V. Lavrov');
    expect(properCase("NATIONAL_PEOPLE'S_CONGRESS")).toBe("National People's Congress");
    expect(properCase('ST._PETERSBURG')).toBe('St. Petersburg');
    expect(properCase('MT._ARARAT')).toBe('Mt. Ararat');
    expect(properCase('COTE_D\'IVOIRE')).toBe("Cote D'Ivoire");
  });
  it('parses blocks with aliases and dated codes', () => {
    const b = parseActors('FOO_BAR_  # x\n+FOO_B._BAR\n\t[ABCGOV 040309-120521]\nBAZ_ [IGOXYZ]\n');
    expect(b[0].names).toEqual(['FOO_BAR_', 'FOO_B._BAR']);
    expect(b[0].codes[0]).toEqual({ code: 'ABCGOV', from: '2004-03-09', to: '2012-05-21' });
    expect(b[1].codes[0].code).toBe('IGOXYZ');
  });
  it.skipIf(!hasShared)('runs on a sample of the PETRARCH2 dictionaries (' + sharedMissing + ')', () => {
    void mkdtempSync(tmpdir() + '/kb-');
    const kb = buildKb(shared + 'data/petrarch2', 400);
    expect(kb.entries.some((e) => e.id === 'iso3:MLI')).toBe(true);
    expect(kb.entries.some((e) => e.id.startsWith('person:'))).toBe(true);
    expect(kb.entries.some((e) => e.id === 'igo:AU')).toBe(true);
  });
});
