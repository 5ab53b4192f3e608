import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../model/document.js';
import { createContext } from '../../pipeline/context.js';
import { textStage } from '../text/text-stage.js';
import { extractDates } from './dates-stage.js';
import { DATE_HINT, chronoFor } from './find-dates.js';

const REF = { instant: new Date(Date.UTC(2000, 5, 15, 12)), timezone: 0 } as chrono.ParsingReference;
const summary = (c: chrono.Chrono, text: string) =>
  c.parse(text, REF).map((r) => [r.index, r.text, r.start.date().getTime(), r.start.isCertain('day'), r.start.isCertain('weekday')]);

describe('reduced chrono for windows without numbers', () => {
  // windows of each kind: the cheaper chrono must read them exactly as the full one
  const windows = [
    'The senator spoke on Tuesday night about the budget',
    'Campaigning resumed (Saturday) in the northern towns',
    'They met last Thursday morning, officials said',
    'The envoy arrives next Friday, and the talks start',
    'He said two weeks ago that the vote would fail',
    'A couple of days later the council met again',
    'The minister spoke this morning and again tonight',
    'Prices rose last year and will rise this month',
    'Within a few weeks, the ceasefire collapsed',
    'The vote on March 2, 2019 followed the crisis',
    'Officials may decide on Monday, 4 March',
    'By the end of the month the 12/03/2019 deadline',
    'The ministers met in 3 days and again 2 weeks later',
    'Three days before the vote, the envoy left',
    'The talks resumed +2 days after the ceasefire',
    'Late on Sunday evening the council met',
  ];
  it.each(windows)('%s', (w) => {
    expect(summary(chronoFor(w), w)).toEqual(summary(chrono.casual, w));
  });

  it('drops only the parsers whose words are missing', () => {
    const names = (c: chrono.Chrono) => c.parsers.map((p) => p.constructor.name);
    expect(names(chronoFor('The delegates met Tuesday'))).toContain('ENWeekdayParser');
    expect(names(chronoFor('The delegates met Tuesday'))).not.toContain('ENMonthNameParser');
    expect(names(chronoFor('The 3 delegates met Tuesday'))).toContain('ENTimeExpressionParser');
    expect(names(chronoFor('Talks on March 2'))).toContain('ENMonthNameMiddleEndianParser');
    expect(names(chronoFor('Talks on March 2'))).not.toContain('ENWeekdayParser');
    expect(names(chronoFor('two days ago'))).toContain('ENTimeUnitAgoFormatParser');
    expect(names(chronoFor('two days later'))).not.toContain('ENTimeUnitAgoFormatParser');
    expect(chronoFor('On Monday 3 March, two weeks ago and a day later, last night at noon')).toBe(chrono.casual);
  });
});

describe('date gate', () => {
  const table: [string, boolean][] = [
    ['Marco Rubio and Mark Warner met the Mayor of Maryland.', false],
    ['The vote is in March.', true],
    ['It was agreed on Sept. 5.', true],
    ['She spoke this morning.', true],
    ['He arrived last night.', true],
    ['The decision was made in the market.', false],
  ];
  it.each(table)('%s -> %s', (text, expected) => {
    expect(DATE_HINT.test(text)).toBe(expected);
  });

  it('reads no month in "the late Mayor"', () => {
    const doc = createDoc('In 2008, the late Mayor Tom Quill spoke.');
    textStage.run(doc, createContext());
    expect(extractDates(doc, null).map((d) => d.text)).toEqual(['2008']);
  });

  it('reads "this morning" and "last night" against the publication date', () => {
    const doc = createDoc('Ostrava Quill spoke this morning. He had arrived last night.');
    textStage.run(doc, createContext());
    expect(extractDates(doc, '2022-05-21').map((d) => [d.text, d.value])).toEqual([
      ['this morning', '2022-05-21'],
      ['last night', '2022-05-20'],
    ]);
  });
});
