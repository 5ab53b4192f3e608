import { describe, expect, it } from 'vitest';
import { createDoc } from '../../model/document.js';
import { createContext } from '../../pipeline/context.js';
import { textStage } from '../text/text-stage.js';
import { extractDates } from './dates-stage.js';

/** the clock of these tests: a year-less dateline may not lie after it */
const NOW = new Date('2026-11-27T12:00:00Z');

function dates(text: string, published: string | null = null) {
  const doc = createDoc(text);
  textStage.run(doc, createContext());
  const out = extractDates(doc, published, NOW);
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
    // a wire dateline is the day of writing: past by default, the next such day after "will"
    ['TARVIA, April 20, 2024 (AFP) - The envoy arrived in August and left on Sunday.', null, [['April 20, 2024', '2024-04-20', 'day', false], ['August', '2023-08', 'month', true], ['Sunday', '2024-04-14', 'day', true]]],
    ['Port Velna, Feb 23, 2024 (Reuters) — The ministers will meet on Saturday.', null, [['Feb 23, 2024', '2024-02-23', 'day', false], ['Saturday', '2024-02-24', 'day', true]]],
    ['The envoy arrived in August.', '2024-04-20', [['August', '2023-08', 'month', false]]],
    ['Elections are due to be held in August.', '2024-04-20', [['August', '2024-08', 'month', false]]],
    ['The junta took power in July last year.', '2024-04-20', [['July last year', '2023-07', 'month', false]]],
    ['Talks resumed in January this year.', '2024-04-20', [['January this year', '2024-01', 'month', false]]],
    ['Talks began in May 2023 and were suspended in December.', '2024-06-19', [['May 2023', '2023-05', 'month', false], ['December', '2023-12', 'month', false]]],
    ['They ended a 2012 agreement.', null, [['2012', '2012', 'year', false]]],
    ['"Today we act," she said.', '2024-02-23', [['Today', '2024-02-23', 'day', false]]],
    // a dateline without a year: the year whose weekday fits the text's "on Tuesday" and keeps its dated statements on their side
    ['TARVIA, Jan 7 (Reuters) - Sylvania on Tuesday sanctioned Borduria, which it accused in December 2023 of war crimes; a report is due by May 2025.', null, [['Jan 7', '2025-01-07', 'day', true], ['Tuesday', '2025-01-07', 'day', true], ['December 2023', '2023-12', 'month', false], ['May 2025', '2025-05', 'month', false]]],
    ['TARVIA, Jan 7 (Reuters) - Sylvania sanctioned Borduria, which it accused in December 2023 of war crimes.', null, [['Jan 7', '2024-01-07', 'day', true], ['December 2023', '2023-12', 'month', false]]],
    ['TARVIA, Oct 16 (Reuters) - Sylvania, which chairs the bloc for 2021, said on Saturday that talks resumed in April.', null, [['Oct 16', '2021-10-16', 'day', true], ['2021', '2021', 'year', false], ['Saturday', '2021-10-16', 'day', true], ['April', '2021-04', 'month', true]]],
    // background names only an older year: the dateline lies after it, in the latest year up to today whose weekday
    // fits the lede's (Feb 16 was a Friday in 2018 and 2024)
    ['TARVIA, Feb 16 (Reuters) - President Paul Marek, in power since 2012, said on Friday he would respect the ruling.', null, [['Feb 16', '2024-02-16', 'day', true], ['2012', '2012', 'year', false], ['Friday', '2024-02-16', 'day', true]]],
    // background names only an older year: the dateline lies after it, in a year whose weekday fits the lede's;
    // later weekdays tell of earlier days of the week and do not vote
    ['TARVIA, Jun 19 (Reuters) - Sylvania signed a deal on Tuesday, two years after the 2022 war. Borduria protested on Friday and on Sunday.', null, [['Jun 19', '2024-06-19', 'day', true], ['Tuesday', '2024-06-18', 'day', true], ['2022', '2022', 'year', false], ['Friday', '2024-06-14', 'day', true], ['Sunday', '2024-06-16', 'day', true]]],
    // the lede tells of the day before and a later sentence of the dateline's day: that day, not a year in which
    // the lede's weekday is the dateline's and the later one lies six days before it
    ['TARVIA, April 8 (Reuters) - Sylvania shot down a drone on Monday, a year after the 2024 border deal. Borduria protested on Tuesday.', null, [['April 8', '2025-04-08', 'day', true], ['Monday', '2025-04-07', 'day', true], ['2024', '2024', 'year', false], ['Tuesday', '2025-04-08', 'day', true]]],
    // a range whose end names its month is two days; a part of the day is no part of the date; a present tense
    // schedules its date (the nearest such day)
    ['TARVIA, April 8, 2025 (Reuters) - A drone fell on the night of March 31 to April 1. Talks ran on Jan 16-17.', null, [['April 8, 2025', '2025-04-08', 'day', false], ['March 31', '2025-03-31', 'day', true], ['April 1', '2025-04-01', 'day', true], ['Jan 16-17', '2025-01-16', 'day', true]]],
    ['TARVIA, Jan 18, 2024 (Reuters) - Sylvania, a nation of 40 million people, holds a general election on Feb 8.', null, [['Jan 18, 2024', '2024-01-18', 'day', false], ['Feb 8', '2024-02-08', 'day', true]]],
    // days counted from the last day told before them (not from the dateline)
    // a month after a dated one of the same sentence is of the next year when it comes first, unless "that year" says otherwise
    ['The office opened in September 2018 after talks in April that year. Talks held in May 2023 were suspended in January.', null, [['September 2018', '2018-09', 'month', false], ['April', '2018-04', 'month', true], ['May 2023', '2023-05', 'month', false], ['January', '2024-01', 'month', true]]],
    ['TARVIA, Jan 10, 2024 (Reuters) - Marek left on Jan. 7. He returned 48 hours later and said that evening prayers were banned.', null, [['Jan 10, 2024', '2024-01-10', 'day', false], ['Jan. 7', '2024-01-07', 'day', true]]],
    ['TARVIA, Jan 10, 2024 (Reuters) - Marek was removed on Jan. 7. He was arrested hours later. The court met that evening.', null, [['Jan 10, 2024', '2024-01-10', 'day', false], ['Jan. 7', '2024-01-07', 'day', true], ['hours later', '2024-01-07', 'day', true], ['that evening', '2024-01-07', 'day', true]]],
    ['TARVIA, Jan 10, 2024 (Reuters) - Sylvania left the next day. Borduria signed a deal on January 1. Sylvania protested the next day, and two days later it left.', null, [['Jan 10, 2024', '2024-01-10', 'day', false], ['January 1', '2024-01-01', 'day', true], ['the next day', '2024-01-02', 'day', true], ['two days later', '2024-01-04', 'day', true]]],
    // an aim ("by the end of …") lies after the dateline; a year after today is no anchor
    ['TARVIA, Dec 12 (Reuters) - The two leaders met late on Wednesday and agreed to start talks before the end of February 2025, ending a feud that began in 1993 and a plan for 2040.', null, [['Dec 12', '2024-12-12', 'day', true], ['Wednesday', '2024-12-11', 'day', true], ['the end of February 2025', '2025-02', 'month', false], ['1993', '1993', 'year', false], ['2040', '2040', 'year', false]]],
    // a date in an infinitive clause ("to seek a third term in 2025") does not vote: it may be an aim
    ['TARVIA, Sept 20 (Reuters) - Paul Marek met the president in Strelsau on Tuesday. Floods hit in August 2022, and a vote in June 2023 cleared the way for him to seek a third term in 2025.', null, [['Sept 20', '2023-09-20', 'day', true], ['Tuesday', '2023-09-19', 'day', true], ['August 2022', '2022-08', 'month', false], ['June 2023', '2023-06', 'month', false], ['2025', '2025', 'year', false]]],
    // what lies "beyond" a day or ends on it is ahead; "earlier this month", "late last year" keep their vague word
    // a measure "starting on" a day takes effect ahead; the years of a list are each a date
    ['TARVIA, Nov 28, 2023 (Reuters) - The deal expires at the end of January.', null, [['Nov 28, 2023', '2023-11-28', 'day', false], ['the end of January', '2024-01', 'month', true]]],
    ['TARVIA, Nov 28, 2023 (Reuters) - The government halted flights starting on Wednesday. It faced protests in 2014, 2017 and 2019.', null, [['Nov 28, 2023', '2023-11-28', 'day', false], ['Wednesday', '2023-11-29', 'day', true], ['2014', '2014', 'year', false], ['2017', '2017', 'year', false], ['2019', '2019', 'year', false]]],
    ['TARVIA, Nov 28, 2023 (Reuters) - Envoys met earlier this month to extend the truce beyond Wednesday. It expires Thursday. Talks began late last year.', null, [['Nov 28, 2023', '2023-11-28', 'day', false], ['earlier this month', '2023-11', 'month', true], ['Wednesday', '2023-11-29', 'day', true], ['Thursday', '2023-11-30', 'day', true], ['late last year', '2022', 'year', true]]],
    // a text that names no year: the latest year up to today whose weekday fits the lede's
    ['TARVIA, Nov 28 (Reuters) - The envoy arrived in Port Velna on Tuesday for talks.', null, [['Nov 28', '2023-11-28', 'day', true], ['Tuesday', '2023-11-28', 'day', true]]],
    // the tense is the date's own clause's: not a quote's "will", not a main clause's "would" before a relative clause;
    // a deadline ("by Sept. 15") and "would" take the nearest such day
    ['TARVIA, Aug 23, 2024 (AFP) - "We will not go," he said in a speech on Aug. 14.', null, [['Aug 23, 2024', '2024-08-23', 'day', false], ['Aug. 14', '2024-08-14', 'day', true]]],
    ['TARVIA, Aug 23, 2024 (AFP) - The kingdom would keep working for talks, which were suspended in December.', null, [['Aug 23, 2024', '2024-08-23', 'day', false], ['December', '2023-12', 'month', true]]],
    ['TARVIA, July 7, 2024 (AFP) - Washington agreed in May to withdraw its troops by Sept. 15.', null, [['July 7, 2024', '2024-07-07', 'day', false], ['May', '2024-05', 'month', true], ['Sept. 15', '2024-09-15', 'day', true]]],
    // "would" looks ahead as "will" does, also against a date read from the text
    ['The council met on Sunday, April 14, 2024. Ministers said they would meet on Tuesday.', null, [['Sunday, April 14, 2024', '2024-04-14', 'day', false], ['Tuesday', '2024-04-16', 'day', true]]],
  ];
  it.each(table)('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('dates stage: anchored weekdays', () => {
  // with no dateline or publication date, a weekday is sure only when it falls on a day the text writes
  // out, or in the week of a day written with its weekday (the writer dates the story by it)
  const anchored = (text: string) => {
    const doc = createDoc(text);
    textStage.run(doc, createContext());
    return extractDates(doc, null).map((d) => [d.text, d.value, d.anchored]);
  };
  it('anchors weekdays in the week of a day written with its weekday', () => {
    expect(anchored('The council met on Sunday, April 14, 2024. Sylvania acted on Sunday and Borduria on Friday.')).toEqual([
      ['Sunday, April 14, 2024', '2024-04-14', true],
      ['Sunday', '2024-04-14', true],
      ['Friday', '2024-04-12', true],
    ]);
  });
  it('does not anchor a weekday on a day written without its weekday', () => {
    expect(anchored('The council met on April 14, 2024. Borduria acted on Friday.')).toEqual([
      ['April 14, 2024', '2024-04-14', true],
      ['Friday', '2024-04-12', false],
    ]);
  });
});
