// Events read through the whole pipeline (entities, quotes and links as the product makes them), for
// rules that need what the other stages find: quote speakers, resolved names.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../analyse.js';
import { createContext } from '../../pipeline/context.js';
import { defaultPipeline } from '../../pipeline/default.js';

const pipeline = defaultPipeline();
const events = (text: string) => {
  const doc = analyseText(text, pipeline, createContext());
  const name = (id: string | null) => (id ? doc.entities.find((e) => e.id === id)!.name : '-');
  return doc.events.map((e) => `${e.cameo} ${name(e.source)}>${name(e.target)}`);
};

describe('events through the pipeline', () => {
  it('reads a sentence\'s "it" after a quote as the quote\'s speaker, when a state or organisation', () => {
    const text = '"The government expresses its firm opposition to this move and has decided to recall its ambassador to Lithuania," China\'s foreign ministry said in a statement. It demanded that Lithuania withdraw its envoy.';
    expect(events(text)).toContain("100 China's foreign ministry>Lithuania");
  });
  it('reads the state of a dateline city the KB knows only from GeoNames', () => {
    const text = 'ALMATY, Jan 7 (AFP) - Kazakhstan\'s president spoke on Friday.\n\nThe authorities expelled the French ambassador. Antonio Guterres called on the authorities to respect the right to protest.';
    expect(events(text)).toEqual(expect.arrayContaining(['161 Kazakhstan>France', '020 Antonio Guterres>Kazakhstan']));
  });
  it('reads "will pay a price" and "would bear the consequences" as threats by whoever says them', () => {
    expect(events('"America and Britain will have to pay a heavy price for this aggression," Houthi official Hussein al-Ezzi said.')).toEqual(
      expect.arrayContaining(['130 Hussein al-Ezzi>United States', '130 Hussein al-Ezzi>United Kingdom']),
    );
    expect(events('Maria Zakharova was blunter, warning that Yerevan would pay a price for its course.')).toContain('130 Maria Zakharova>Armenia');
    // (what was paid is no threat)
    expect(events('Civilians in Armenia paid a heavy price for the war, Maria Zakharova said.')).toEqual([]);
  });
});
