// Invented articles for the API and browser tests (no real events or people).
import type { Doc } from '../../src/model/types.js';
import { buildDoc } from './fake-store.js';

export function fixtureDocs(): Doc[] {
  const a = buildDoc(
    `Norway and Chile sign fisheries pact

Norwegian Foreign Minister Ingrid Holm met Chilean envoy Pablo Serrano in Oslo on 3 March 2021.
"We will share our data on fish stocks with Chile for the next ten years," Holm said after the talks.
Serrano praised Norway for its patience. "Norway has been a reliable partner," Serrano said.`,
    {
      title: 'Norway and Chile sign fisheries pact',
      published: '2021-03-04',
      entities: [
        { name: 'Ingrid Holm', type: 'PERSON', mentions: ['Ingrid Holm'], country: 'Norway', roles: [{ title: 'Foreign Minister', of: 'Norway', evidence: 'Norwegian Foreign Minister Ingrid Holm' }] },
        { name: 'Pablo Serrano', type: 'PERSON', mentions: ['Pablo Serrano'] },
        { name: 'Norway', type: 'GPE', kb: 'iso3:NOR', mentions: ['Norway'] },
        { name: 'Chile', type: 'GPE', kb: 'iso3:CHL', mentions: ['Chile'] },
        { name: 'Oslo', type: 'GPE', kb: 'geo:oslo', mentions: ['Oslo'] },
      ],
      quotes: [
        { text: '"We will share our data on fish stocks with Chile for the next ten years,"', speaker: 'Ingrid Holm' },
        { text: '"Norway has been a reliable partner,"', speaker: 'Pablo Serrano' },
      ],
      events: [
        { type: 'meet', cameo: '040', quadClass: 1, goldstein: 1, source: 'Ingrid Holm', target: 'Pablo Serrano', trigger: 'met', location: 'Oslo', date: '2021-03-03' },
        { type: 'praise', cameo: '051', quadClass: 1, goldstein: 3.4, source: 'Pablo Serrano', target: 'Norway', trigger: 'praised', date: '2021-03-04' },
        { type: 'cooperate', cameo: '061', quadClass: 2, goldstein: 6.4, source: 'Norway', target: 'Chile', trigger: 'share', date: '2021-03-03' },
      ],
      dates: [{ text: '3 March 2021', value: '2021-03-03' }],
    },
  );
  const b = buildDoc(
    `Chile recalls ambassador

Chile recalled its ambassador from Peru on 10 May 2021 after a border dispute. Pablo Serrano criticized Peru.`,
    {
      title: 'Chile recalls ambassador',
      published: '2021-05-10',
      entities: [
        { name: 'Chile', type: 'GPE', kb: 'iso3:CHL', mentions: ['Chile'] },
        { name: 'Peru', type: 'GPE', kb: 'iso3:PER', mentions: ['Peru'] },
        { name: 'Pablo Serrano', type: 'PERSON', mentions: ['Pablo Serrano'] },
      ],
      events: [
        { type: 'withdraw', cameo: '161', quadClass: 4, goldstein: -4, source: 'Chile', target: 'Peru', trigger: 'recalled', date: '2021-05-10' },
        { type: 'criticize', cameo: '111', quadClass: 3, goldstein: -2, source: 'Pablo Serrano', target: 'Peru', trigger: 'criticized', date: '2021-05-10' },
      ],
    },
  );
  return [a, b];
}
