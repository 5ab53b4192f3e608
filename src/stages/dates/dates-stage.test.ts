import { describe, expect, it } from 'vitest';
import { createDoc } from '../../model/document.js';
import { createContext } from '../../pipeline/context.js';
import { textStage } from '../text/text-stage.js';
import { extractDates } from './dates-stage.js';

function dates(text: string, published: string | null = null) {
  const doc = createDoc(text);
  textStage.run(doc, createContext());
  const out = extractDates(doc, published);
  for (const d of out) expect(text.slice(d.start, d.end)).toBe(d.text);
  return out.map((d) => [d.text, d.value, d.resolution, d.inferred]);
}

describe('dates stage', () => {
  // [text, published, expected [text, value, resolution, inferred] list]
  const table: [string, string | null, (string | boolean | null)[][]][] = [
    ['The talks were held on March 2, 2019 in Geneva.', null, [['March 2, 2019', '2019-03-02', 'day', false]]],
    ['Elections took place in November 2021.', null, [['November 2021', '2021-11', 'month', false]]],
    ['The accord was signed in 2014 and renewed later.', null, [['2014', '2014', 'year', false]]],
    ['Troops have been there since 2010.', null, [['2010', '2010', 'year', false]]],
    ['The vote on June 3 followed the crisis of January 2020.', null, [['June 3', '2020-06-03', 'day', true], ['January 2020', '2020-01', 'month', false]]],
    ['Fighting resumed in the middle of May after the truce of April 2021.', null, [['the middle of May', '2021-05', 'month', true], ['April 2021', '2021-04', 'month', false]]],
    ['Rains came in early June, after the floods of February 2020.', null, [['early June', '2020-06', 'month', true], ['February 2020', '2020-02', 'month', false]]],
    ['The envoy arrived on March 2.', '2022-03-10', [['March 2', '2022-03-02', 'day', false]]],
    ['The envoy arrived on December 28.', '2022-01-05', [['December 28', '2021-12-28', 'day', false]]],
    ['The minister spoke today.', '2022-05-21', [['today', '2022-05-21', 'day', false]]],
    ['The minister spoke yesterday.', '2022-05-21', [['yesterday', '2022-05-20', 'day', false]]],
    ['The ministers met on Tuesday.', '2022-05-21', [['Tuesday', '2022-05-17', 'day', false]]],
    ['They met last Thursday.', '2016-08-02', [['last Thursday', '2016-07-28', 'day', false]]],
    ['They meet next Friday.', '2016-08-02', [['next Friday', '2016-08-05', 'day', false]]],
    ['He left last week.', '2022-05-21', [['last week', '2022-05-14', 'day', false]]],
    ['Prices rose last year.', '2022-05-21', [['last year', '2021', 'year', false]]],
    ['Talks resume next month.', '2022-05-21', [['next month', '2022-06', 'month', false]]],
    ['The minister spoke today.', null, [['today', null, 'day', false]]],
    ['He spoke today, after the summit of 4 March 2020.', null, [['today', '2020-03-04', 'day', true], ['4 March 2020', '2020-03-04', 'day', false]]],
    ['They may leave soon and will march on the capital.', null, []],
    ['The meeting starts at 3 p.m. with 40 delegates.', null, []],
    ['Some 5,100 troops and 28 countries were involved.', null, []],
    ['It was agreed on Jan. 5, 2019.', null, [['Jan. 5, 2019', '2019-01-05', 'day', false]]],
    ['Output fell 3% in 2015, and rose in late 2016.', null, [['2015', '2015', 'year', false], ['2016', '2016', 'year', false]]],
  ];
  it.each(table)('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});
