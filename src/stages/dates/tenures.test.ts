import { describe, expect, it } from 'vitest';
import { loadKb } from '../../kb/kb.js';
import { createDoc } from '../../model/document.js';
import { createContext } from '../../pipeline/context.js';
import { textStage } from '../text/text-stage.js';
import { extractDates } from './dates-stage.js';
import { officeTenures, tenureCost } from './tenures.js';

const kb = loadKb(createContext());
const day = (iso: string) => Date.parse(iso + 'T00:00:00Z') / 86_400_000;

describe('office tenures', () => {
  it('reads the terms of a person named after a title held, not one no longer held', () => {
    expect(officeTenures('President Moon Jae-in spoke.', kb)).toHaveLength(1);
    expect(officeTenures('Former President Moon Jae-in spoke. The army, ousting President Moon Jae-in, left.', kb)).toHaveLength(0);
    // (a name the KB does not know, and one named without a title, bound nothing)
    expect(officeTenures('President Ana Kulik and Moon Jae-in spoke.', kb)).toHaveLength(0);
  });
  it('costs a day before a term, or more than a year after it', () => {
    const terms = officeTenures('President Moon Jae-in spoke.', kb);
    expect(tenureCost(day('2020-06-16'), terms)).toBe(0);
    expect(tenureCost(day('2023-01-10'), terms)).toBe(0); // within a year of the end (2022-05-09)
    expect(tenureCost(day('2026-06-16'), terms)).toBe(3);
    expect(tenureCost(day('2015-06-16'), terms)).toBe(3);
  });
  it('dates a year-less dateline within the terms of the office holders the text names', () => {
    const dated = (text: string) => {
      const doc = createDoc(text);
      textStage.run(doc, createContext());
      return extractDates(doc, null, new Date('2026-11-27T00:00:00Z'), () => officeTenures(doc.text, kb))[0].value;
    };
    // March 3 fell on a Tuesday in 2020 and 2026: the latest such year, unless an office holder says otherwise
    expect(dated('SEOUL, March 3 (Reuters) - The talks ended on Tuesday, officials said.')).toBe('2026-03-03');
    expect(dated('SEOUL, March 3 (Reuters) - The talks ended on Tuesday, President Moon Jae-in said.')).toBe('2020-03-03');
  });
});
