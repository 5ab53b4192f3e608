import { describe, expect, it } from 'vitest';
import { datelineSpan } from './dateline.js';

const span = (text: string) => {
  const s = datelineSpan({ text, paragraphs: [{ start: 0, end: text.length }] as never });
  return s ? text.slice(s.start, s.end) : null;
};

describe('datelineSpan', () => {
  it.each([
    ['ABUJA, July 7, 2024 (AFP) - West Africa’s bloc met.', 'ABUJA, July 7, 2024 (AFP) -'],
    ['PORT SUDAN, Sudan (Reuters) — The army said.', 'PORT SUDAN, Sudan (Reuters) —'],
    ['KINSHASA, Feb. 19 - Congo accused Rwanda.', 'KINSHASA, Feb. 19 -'],
    ['TARVIA/PORT VELNA, Oct 16 (Reuters) - Ministers met.', 'TARVIA/PORT VELNA, Oct 16 (Reuters) -'],
    ['TARVIA (Reuters) - Ministers met.', 'TARVIA (Reuters) -'],
    ['Smith (left) - said nothing.', null],
    ['Smith, who was there - said nothing.', null],
    ['The talks ended on Monday - without a deal.', null],
  ])('%s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });
});
