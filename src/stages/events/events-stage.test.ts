import { describe, expect, it } from 'vitest';
import { createDoc } from '../../model/document.js';
import type { Doc, EntityType } from '../../model/types.js';
import { createContext } from '../../pipeline/context.js';
import { datesStage } from '../dates/dates-stage.js';
import { textStage } from '../text/text-stage.js';
import { eventsStage } from './events-stage.js';

/** Invented actors: name -> type, kb id (countries as iso3, cities as city:) and a person's country. */
const ACTORS: Record<string, { type: EntityType; kb?: string; country?: string; kind?: 'demonym' | 'pronoun' }> = {
  Freedonia: { type: 'GPE', kb: 'iso3:FRE' },
  Sylvania: { type: 'GPE', kb: 'iso3:SYL' },
  Ruritania: { type: 'GPE', kb: 'iso3:RUR' },
  Borduria: { type: 'GPE', kb: 'iso3:BOR' },
  Freedonian: { type: 'GPE', kb: 'iso3:FRE', kind: 'demonym' },
  'Paul Marek': { type: 'PERSON', country: 'Freedonia' },
  'Ana Koval': { type: 'PERSON', country: 'Sylvania' },
  'Ivo Brant': { type: 'PERSON', country: 'Ruritania' },
  'Northern League': { type: 'ORG', kb: 'igo:NL' },
  'Coastal Council': { type: 'ORG', kb: 'igo:CC' },
  'Operation Dune': { type: 'EVENT' },
  Strelsau: { type: 'GPE', kb: 'city:strelsau', country: 'Ruritania' },
};

/** A document run through the text and dates stages, with mentions and entities set by hand. */
function buildDoc(text: string, published: string | null = null): Doc {
  const doc = createDoc(text, { published });
  const ctx = createContext(published);
  textStage.run(doc, ctx);
  datesStage.run(doc, ctx);
  const ids = new Map<string, string>();
  const names = Object.keys(ACTORS).sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const name of names) {
    const spec = ACTORS[name];
    const canonical = spec.kind === 'demonym' ? 'Freedonia' : name;
    const re = new RegExp(`\\b${name}\\b`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index, end = start + name.length;
      if (taken.some(([a, b]) => a < end && b > start)) continue;
      taken.push([start, end]);
      let id = ids.get(canonical);
      if (!id) {
        id = `e${ids.size + 1}`;
        ids.set(canonical, id);
        const c = ACTORS[canonical];
        doc.entities.push({ id, name: canonical, type: c.type, kb: c.kb ?? null, mentions: [], roles: [] });
      }
      doc.entities.find((e) => e.id === id)!.mentions.push(doc.mentions.length);
      doc.mentions.push({ start, end, text: name, type: spec.type, kind: spec.kind ?? 'name', kb: spec.kb ?? null, entity: id, source: { stage: 'test', rule: 'fixture' } });
    }
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  for (const e of doc.entities) {
    e.mentions = doc.mentions.flatMap((m, i) => (m.entity === e.id ? [i] : []));
    const country = ACTORS[e.name]?.country;
    if (country) {
      let cid = ids.get(country);
      if (!cid) {
        cid = `e${ids.size + 1}`;
        ids.set(country, cid);
        doc.entities.push({ id: cid, name: country, type: 'GPE', kb: ACTORS[country].kb ?? null, mentions: [], roles: [] });
      }
      e.country = cid;
    }
  }
  return doc;
}

function events(text: string, published: string | null = null) {
  const doc = buildDoc(text, published);
  eventsStage.run(doc, createContext(published));
  const name = (id: string | null) => (id ? doc.entities.find((e) => e.id === id)!.name : '-');
  for (const e of doc.events) {
    expect(doc.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(doc.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  }
  return doc.events.map((e) => `${e.type} ${name(e.source)}>${name(e.target)}${e.modality !== 'asserted' ? ' ' + e.modality : ''}${e.negated ? ' negated' : ''}`);
}

describe('events stage: clause rules', () => {
  const table: [string, string[]][] = [
    // meetings and visits
    ['Paul Marek met Ana Koval in Strelsau on Monday.', ['meet Paul Marek>Ana Koval']],
    ['Paul Marek met with Ana Koval.', ['meet Paul Marek>Ana Koval']],
    ['Ana Koval visited Freedonia last year.', ['visit Ana Koval>Freedonia']],
    ['Paul Marek made a visit to Strelsau.', ['visit Paul Marek>Ruritania']],
    ['During his visit to Sylvania, Paul Marek spoke at length.', ['visit Paul Marek>Sylvania']],
    ['Ivo Brant said after talks with Ana Koval that progress was made.', ['meet Ivo Brant>Ana Koval']],
    ['Paul Marek met reporters.', []],
    // aid and deliveries
    ['Freedonia delivered food to Sylvania.', ['aid Freedonia>Sylvania']],
    ['Officials discussed deliveries from Ruritania to Borduria.', ['aid Ruritania>Borduria']],
    ['Freedonia pledged its readiness to render Sylvania support.', ['intend Freedonia>Sylvania intended']],
    // praise and criticism
    ['Ana Koval praised Freedonia for its restraint.', ['praise Ana Koval>Freedonia']],
    ['Sylvania condemned Borduria over the shelling.', ['criticize Sylvania>Borduria']],
    ['Borduria accused Freedonia of spying.', ['accuse Borduria>Freedonia']],
    // demands
    ['The Northern League demanded that Sylvania release the prisoners.', ['demand Northern League>Sylvania']],
    ['The Northern League and the Coastal Council asked for calm. They further urged that elections be held in Borduria.', ['demand Northern League>Borduria', 'demand Coastal Council>Borduria']],
    ['The Northern League demanded a ceasefire.', []],
    // sanctions and suspensions
    ['Freedonia and Sylvania imposed sanctions against Borduria.', ['sanction Freedonia>Borduria', 'sanction Sylvania>Borduria']],
    ['The war has pushed Freedonia, Sylvania and other states to impose sanctions on Ruritania.', ['sanction Freedonia>Ruritania', 'sanction Sylvania>Ruritania']],
    ['The Northern League, the regional bloc, suspended the membership of Borduria.', ['suspend Northern League>Borduria']],
    ['The Northern League (NL) and the Coastal Council both suspended Borduria.', ['suspend Northern League>Borduria', 'suspend Coastal Council>Borduria']],
    ['The Northern League and the Coastal Council endorse and support the implementation of sanctions in Borduria.', ['sanction Northern League>Borduria', 'sanction Coastal Council>Borduria']],
    // withdrawals
    ['Freedonia withdrew from the Northern League.', ['withdraw Freedonia>Northern League']],
    ['After withdrawing from the Northern League, Freedonian Foreign Minister, Paul Marek, flew home.', ['withdraw Freedonia>Northern League']],
    ["Sylvania's decision to end Operation Dune was criticized.", ['yield Sylvania>Operation Dune']],
    // passive
    ['The proposal was supported by Ruritania.', []],
    ['Bordurian villages were attacked by Ruritania.', ['military Ruritania>-']],
    ['Sylvania was attacked by Ruritania.', ['military Ruritania>Sylvania']],
    // military
    ['Ruritania invaded Borduria in 2014.', ['military Ruritania>Borduria']],
    ['Ruritania launched an offensive against Borduria.', ['military Ruritania>Borduria']],
    // modality and negation
    ['Freedonia plans to withdraw from the Coastal Council.', ['intend Freedonia>Coastal Council intended']],
    ['Sylvania did not condemn Borduria.', ['criticize Sylvania>Borduria negated']],
    ['Sylvania won’t condemn Borduria.', ['criticize Sylvania>Borduria intended negated']],
    ['Paul Marek attacked Ana Koval in a speech.', ['criticize Paul Marek>Ana Koval']],
    ['Paul Marek was fighting to be seen.', []],
    ['Ruritania could attack Borduria.', ['military Ruritania>Borduria possible']],
    // actors that cannot act
    ['Operation Dune attacked the town.', []],
    ['He supports the plan.', []],
    // fragments of longer names and names that only qualify a noun
    ['Progress Freedonia condemned Sylvania.', []],
    ['Sylvania condemned Freedonia Gazette over the report.', []],
    ['Paul Marek attacked Sylvania winner Ana Koval in a speech.', ['criticize Paul Marek>Ana Koval']],
    ['Freedonia ads supporting Ana Koval ran all week.', []],
    ["Two dozen of Paul Marek's Sylvania supporters are endorsing Ana Koval.", []],
    ["Freedonia's decision to end Operation Dune was criticized.", ['yield Freedonia>Operation Dune']],
    ['Paul Marek told the Coastal Council he would condemn Sylvania.', []],
    // questions, conditions, titles and figurative senses
    ['Will Freedonia condemn Sylvania?', []],
    ['If Ruritania attacks Borduria, the Northern League will meet.', []],
    ['Ana Koval wrote the book Condemning Freedonia last year.', []],
    ['Paul Marek asked Ana Koval a simple question.', []],
    ['Paul Marek asked Ana Koval to resign.', ['appeal Paul Marek>Ana Koval']],
    ['Paul Marek and Ana Koval were fighting for second place.', []],
    ['Paul Marek captured Strelsau in the primary.', []],
    ['Ruritania captured Strelsau.', ['coerce Ruritania>Strelsau']],
    ['Paul Marek suggested that Sylvania was wrong.', []],
    ['Paul Marek released a video on Friday.', []],
    ['Ana Koval warned that the economy was weak.', []],
    ['Ana Koval warned Freedonia against provocations.', ['threaten Ana Koval>Freedonia']],
    ['Paul Marek urged voters to back Ana Koval.', []],
    ['Paul Marek will discuss his book and Freedonia.', []],
    ['Paul Marek will discuss the border with Ana Koval.', ['intend-meet Paul Marek>Ana Koval intended']],
    ['Paul Marek will be holding a rally at the Coastal Council.', []],
    ['At the town hall meeting in Strelsau, Paul Marek spoke.', []],
    ['Sylvania should attack Borduria.', ['military Sylvania>Borduria possible']],
    ['Officials recalled the attack on Borduria, citing an investigation by Sylvania.', []],
    ['Freedonia commercials exclusively opposing Sylvania ran all week.', []],
    ['Paul Marek praised the efforts of a donor to Ana Koval.', []],
    ['Paul Marek praised the courage of Ana Koval.', ['praise Paul Marek>Ana Koval']],
    ['Paul Marek asked whether Ana Koval would be able to hold on.', []],
    ['Paul Marek and Ana Koval will meet next week, Ivo Brant said.', ['intend-meet Paul Marek>Ana Koval intended']],
    ['Sylvania and Borduria met in Strelsau.', ['meet Sylvania>Borduria']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('events stage: attributes', () => {
  it('dates an event from its sentence and keeps CAMEO attributes', () => {
    const doc = buildDoc('Paul Marek visited Sylvania in November 2021.');
    eventsStage.run(doc, createContext());
    expect(doc.events).toHaveLength(1);
    const e = doc.events[0];
    expect(e).toMatchObject({ cameo: '042', quadClass: 1, goldstein: 1.9, date: { value: '2021-11', resolution: 'month' } });
    expect(e.trigger.text).toBe('visited');
  });
  it('codes sanctions as material conflict', () => {
    const doc = buildDoc('Freedonia imposed sanctions on Borduria.');
    eventsStage.run(doc, createContext());
    expect(doc.events[0]).toMatchObject({ cameo: '163', quadClass: 4, goldstein: -8 });
  });
  it('takes the visited city as the location', () => {
    const doc = buildDoc('Ana Koval paid a visit to Strelsau.');
    eventsStage.run(doc, createContext());
    const loc = doc.entities.find((e) => e.id === doc.events[0]?.location);
    expect(loc?.name).toBe('Strelsau');
  });
});
