import { describe, expect, it } from 'vitest';
import { createDoc } from '../../model/document.js';
import { createContext } from '../../pipeline/context.js';
import { datesStage } from '../dates/dates-stage.js';
import { textStage } from '../text/text-stage.js';
import { extractQuantities } from './quantities-stage.js';

function quantities(text: string) {
  const doc = createDoc(text);
  const ctx = createContext();
  textStage.run(doc, ctx);
  datesStage.run(doc, ctx);
  const out = extractQuantities(doc);
  for (const q of out) expect(text.slice(q.start, q.end)).toBe(q.text);
  return out.map((q) => [q.text, q.value, q.unit, q.approximate]);
}

describe('quantities stage', () => {
  const table: [string, (string | number | boolean | null)[][]][] = [
    ['The army has approximately 4,200 troops in the north.', [['approximately 4,200 troops', 4200, 'troops', true]]],
    ['Some 12 Asian nations abstained.', [['Some 12 Asian nations', 12, 'nations', true]]],
    ['Exactly 9 delegates voted.', [['9 delegates', 9, 'delegates', false]]],
    ['The fund pledged $4.5 million to the clinics.', [['$4.5 million', 4500000, 'USD', false]]],
    ['About 640,000 people fled.', [['About 640,000 people', 640000, 'people', true]]],
    // "one" after a determiner is a pronoun, not a count
    ['He repealed the one convening the assembly, and no one objected.', []],
    ['One soldier died.', [['One soldier', 1, 'soldier', false]]],
    // a count of a group's part, across a name, or of a people
    ['The rebels said five of their fighters were killed.', [['five of their fighters', 5, 'fighters', false]]],
    ['Four Royal Varnian Air Force (RVAF) Typhoon jets hit a site.', [['Four Royal Varnian Air Force (RVAF) Typhoon jets', 4, 'jets', false]]],
    ['Five Democrats voted no.', [['Five Democrats', 5, 'democrats', false]]],
    ['One of them left.', []],
    ['He won at least 44 of the 50 delegates.', [['at least 44', 44, 'delegates', true], ['50 delegates', 50, 'delegates', false]]],
    ['It is one of the biggest challenges.', []],
    ['Nearly 300 soldiers died.', [['Nearly 300 soldiers', 300, 'soldiers', true]]],
    ['More than 40 villages were burned.', [['More than 40 villages', 40, 'villages', true]]],
    ['Up to 70 boats sank.', [['Up to 70 boats', 70, 'boats', true]]],
    ['The league spans seven states in the region.', [['seven states', 7, 'states', false]]],
    ['The two governments signed a deal.', [['two governments', 2, 'governments', false]]],
    ['It cost 20 billion euros.', [['20 billion euros', 20000000000, 'EUR', false]]],
    ['Inflation reached 9.5% in May 2021.', [['9.5%', 9.5, 'percent', false]]],
    ['Turnout was 62 percent.', [['62 percent', 62, 'percent', false]]],
    ['It was his third trip abroad.', [['third trip', 3, 'trip', false]]],
    ['The summit on June 4, 2020 drew 150 reporters.', [['150 reporters', 150, 'reporters', false]]],
    ['The 2014 elections were peaceful.', []],
    ['The meeting started at 10 a.m. sharp.', []],
    ['No one came, and one of them left.', []],
    ['Around 3,000 migrants crossed and some other 45 boats returned.', [['Around 3,000 migrants', 3000, 'migrants', true], ['45 boats', 45, 'boats', true]]],
    ['Roughly 800,000 were displaced.', [['Roughly 800,000', 800000, null, true]]],
    ['A 45-year-old man was arrested with 3 accomplices.', [['3 accomplices', 3, 'accomplices', false]]],
    ['The rebels seized 14 towns in March 2019.', [['14 towns', 14, 'towns', false]]],
    // the span holds the unit; a hyphenated unit too ("a 10-year deal")
    ['The truce lasted two weeks.', [['two weeks', 2, 'weeks', false]]],
    ['A 10-year deal was signed by the 15-nation bloc.', [['10-year', 10, 'year', false], ['15-nation', 15, 'nation', false]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });
});
