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
  NL: { type: 'ORG', kb: 'igo:NL' },
  'Coastal Council': { type: 'ORG', kb: 'igo:CC' },
  'Operation Dune': { type: 'EVENT' },
  'Grand Assembly': { type: 'ORG', kb: 'igo:GA' },
  'Ruritanian': { type: 'GPE', kb: 'iso3:RUR', kind: 'demonym' },
  Strelsau: { type: 'GPE', kb: 'city:strelsau', country: 'Ruritania' },
  // (as a wire dateline writes it)
  STRELSAU: { type: 'GPE', kb: 'city:strelsau', country: 'Ruritania' },
  'Coastal Summit': { type: 'EVENT' },
  // a town whose state the KB does not know
  Zenda: { type: 'LOC' },
  Greens: { type: 'NORP' },
  Green: { type: 'NORP' },
  Liberal: { type: 'NORP' },
  'Dawn Front': { type: 'ORG' },
  'Dune Accord': { type: 'MISC' },
  // a state's body the text describes (no KB id): it acts for its state
  "Sylvania's foreign ministry": { type: 'ORG', country: 'Sylvania' },
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
    const canonical = spec.kind === 'demonym' ? name.slice(0, -1) : name; // "Freedonian" -> "Freedonia"
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
    // leaving an organisation reduces relations with it (CAMEO 161, the dictionary's WITHDRAW (FROM COALITION)); a threat to leave is 131
    ['Freedonia withdrew from the Northern League.', ['reduce-relations Freedonia>Northern League']],
    ['After withdrawing from the Northern League, Freedonian Foreign Minister, Paul Marek, flew home.', ['reduce-relations Freedonia>Northern League']],
    ["Sylvania's decision to end Operation Dune was criticized.", ['yield Sylvania>Operation Dune']],
    // passive
    ['The proposal was supported by Ruritania.', []],
    ['Bordurian villages were attacked by Ruritania.', ['military Ruritania>-']],
    ['Sylvania was attacked by Ruritania.', ['military Ruritania>Sylvania']],
    // military
    ['Ruritania invaded Borduria in 2014.', ['military Ruritania>Borduria']],
    ['Ruritania launched an offensive against Borduria.', ['military Ruritania>Borduria']],
    // modality and negation
    ['Freedonia plans to withdraw from the Coastal Council.', ['threaten Freedonia>Coastal Council intended']],
    // (a name qualifying what one withdraws from is not left: a race, a post)
    ['Ana Koval plans to withdraw from her Northern League election race.', []],
    ['Ruritania is expected to withdraw from the Coastal Council.', ['threaten Ruritania>Coastal Council intended']],
    ['Paul Marek is scheduled to visit Strelsau in May.', ['intend-meet Paul Marek>Ruritania intended']],
    ['Sylvania did not condemn Borduria.', ['criticize Sylvania>Borduria negated']],
    ['Sylvania won’t condemn Borduria.', ['criticize Sylvania>Borduria intended negated']],
    ['Paul Marek attacked Ana Koval in a speech.', ['criticize Paul Marek>Ana Koval']],
    ['Paul Marek was fighting to be seen.', []],
    // an act only supposed or asked for is no event
    ['Ruritania could attack Borduria.', []],
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
    // "he" after a reporting verb is its subject, unless a person is told
    ['Paul Marek told the Coastal Council he would condemn Sylvania.', ['criticize Paul Marek>Sylvania intended']],
    ['Paul Marek told Ivo Brant he would condemn Sylvania.', []],
    // "by phone" is no passive's agent; a call with a counterpart named after a comma
    ['Paul Marek said he had spoken by phone with his Ruritanian counterpart, Ivo Brant.', ['call Paul Marek>Ivo Brant']],
    ['Paul Marek and Ana Koval spoke by phone on Saturday.', ['call Paul Marek>Ana Koval']],
    // an adjunct closing a clause after a comma is its main clause's subjects' (across an ordinal read as an adverb)
    ['Paul Marek and Ana Koval agreed on Thursday to resume visits and to repair trade ties, at the first such summit in Strelsau in 12 years.', ['cooperate Paul Marek>Ana Koval', 'meet Paul Marek>Ana Koval']],
    // "to the country", "to its northern neighbour": the state named last that is not the doer's side; restricting
    // arms exports to a state is an embargo
    ['Ruritania seized power. The Northern League has paused disbursements to the country.', ['reduce-relations Northern League>Ruritania']],
    ['Ruritania seized power. Sylvania cut off electricity supplies to its northern neighbour.', ['reduce-relations Sylvania>Ruritania']],
    ['The Northern League agreed to restrict arms exports to Borduria.', ['sanction Northern League>Borduria intended']],
    // a meeting "in X between" two parties named after their titles
    ['Sylvania held drills following a meeting in Strelsau between then-President Paul Marek and Freedonian Foreign Minister Ana Koval.', ['meet Paul Marek>Ana Koval']],
    // fighting, clashes or war between two sides named (by their forces too); blaming fighting on someone accuses them;
    // no war outside "war between"
    ['Fighting between the Ruritanian army and Dawn Front rebels resumed on Monday.', ['military Ruritania>Dawn Front']],
    ['War between the Dawn Front and the Ruritanian army erupted in April.', ['military Dawn Front>Ruritania']],
    ['The Dawn Front blamed the fighting on Ruritania. Sylvania is not at war with Borduria. Ruritanian war refugees reached Freedonia.', ['accuse Dawn Front>Ruritania']],
    // "accused its neighbour": the state named last that is not the doer's side; the rejection answers the accuser
    ['Ruritania recalled its ambassador to Borduria and accused its neighbour of violating its sovereignty. Borduria rejected the accusations.', ['reduce-relations Ruritania>Borduria', 'accuse Ruritania>Borduria', 'reject Borduria>Ruritania']],
    // a threat to harm a state's property threatens the state; a threat of force to reinstate someone threatens the state
    // it is in (or named last), not the one it would reinstate
    ['Paul Marek threatened to damage Ruritania’s economy.', ['threaten Paul Marek>Ruritania']],
    ['The Northern League threatened military force to reinstate President Ivo Brant in Ruritania.', ['threaten Northern League>Ruritania']],
    // a name and its own verb after a comma are another clause (a headline's); an -ing word between a demonym and a
    // noun qualifies the noun
    ['Sylvania and Borduria strike Ruritania; Freedonia condemns, Northern League urges restraint', ['military Sylvania>Ruritania', 'military Borduria>Ruritania']],
    ['Freedonian shipping giant Dawn Front paused sailings.', []],
    // placing someone under house arrest is an arrest (by the dateline state's unnamed officers); freeing people releases them
    ['STRELSAU, May 3 (Reuters) - Ruritania’s army seized power.\n\nThe officers placed Ivo Brant under house arrest.', ['arrest Ruritania>Ivo Brant']],
    ['The Dawn Front freed 50 Ruritanian women and children on Friday. The Dawn Front freed up resources.', ['yield Dawn Front>Ruritania']],
    // what a message sent says is its sender's act, addressed to whom it was sent
    ['Paul Marek sent Freedonian President Ana Koval a message praising the strong measures.', ['praise Paul Marek>Ana Koval']],
    // forces crossing into a state use force on it; migrants crossing do not
    ['Ruritanian ground troops crossed into Borduria at the start of October. Thousands of migrants crossed into Sylvania.', ['military Ruritania>Borduria']],
    // granting someone asylum, the receiver named right after the verb
    ['Sylvania granted Ivo Brant political asylum in December.', ['aid Sylvania>Ivo Brant']],
    // a demand to release someone is made to whoever arrested them, else to their state
    ['Sylvania arrested Ivo Brant on Sunday. The Northern League demanded the immediate release of Ivo Brant.', ['arrest Sylvania>Ivo Brant', 'demand Northern League>Sylvania']],
    ['The Northern League demanded the release of Paul Marek.', ['demand Northern League>Freedonia']],
    // "he" after a reporting verb is the head of its subject, not the subject's possessor
    ['Freedonia’s Foreign Minister Paul Marek said he had spoken by phone with Ana Koval.', ['call Paul Marek>Ana Koval']],
    // (over "his … counterpart" before the second name; "had a call", "had talks" as "held"; "no talks" denied)
    ['Paul Marek and his Freedonian counterpart Ana Koval spoke by phone on Saturday.', ['call Paul Marek>Ana Koval']],
    ['Paul Marek had a phone call with Ana Koval on Saturday.', ['call Paul Marek>Ana Koval']],
    ['Paul Marek had talks with Ana Koval.', ['meet Paul Marek>Ana Koval']],
    ['Paul Marek had the support of Ana Koval.', []],
    ['Paul Marek held no talks with Ana Koval.', ['meet Paul Marek>Ana Koval negated']],
    // the name before a talk's adjunct is the verb's object: the other party
    ['Paul Marek told Ana Koval in a phone call that the deal was off.', ['call Paul Marek>Ana Koval']],
    // coercion: "forced X to …"; a permit withdrawn is an administrative sanction on its holder (a demonym
    // qualifying nouns before a name is no party); one person ousting another
    ['Sylvania forced Borduria to pull out its troops.', ['coerce Sylvania>Borduria']],
    ['Sylvania has withdrawn Freedonian mining group Dawn Front’s licence.', ['coerce Sylvania>Dawn Front']],
    ['Paul Marek seized power, ousting Ana Koval.', ['expel Paul Marek>Ana Koval']],
    ['Paul Marek tried to oust Ana Koval in the primary.', []],
    // a plea for restraint, and an offer to mediate, go to the sides of the last fight (an infinitive after
    // "and" shares the subject of the verb before it)
    ['Sylvania attacked Borduria. Ruritania urged restraint and offered to mediate.', ['military Sylvania>Borduria', 'demand Ruritania>Sylvania', 'demand Ruritania>Borduria', 'intend-meet Ruritania>Sylvania intended', 'intend-meet Ruritania>Borduria intended']],
    // the sides most often at war in the story, not the last fight told (a strike's clause after "a day after" is
    // another's); "inside" a state; a speaker's naming inside a noun's phrase is an aside
    ['Sylvania attacked Borduria. Freedonia urged “extreme restraint”.', ['military Sylvania>Borduria', 'demand Freedonia>Sylvania', 'demand Freedonia>Borduria']],
    ['Sylvania attacked Borduria. Borduria attacked Sylvania. Ruritania attacked the Northern League. Freedonia urged restraint.', ['military Sylvania>Borduria', 'military Borduria>Sylvania', 'military Ruritania>Northern League', 'demand Freedonia>Borduria', 'demand Freedonia>Sylvania']],
    ['Sylvania’s strike in Borduria came a day after Ruritania struck the Northern League.', ['military Sylvania>Borduria']],
    ['Sylvania carried out strikes on what it called rebel camps inside Borduria.', ['military Sylvania>Borduria']],
    // "it" after "and said" is the subject of the verb before "and"; tearing up an agreement reduces relations
    ['The Northern League rejected the plan and said it deplored the decision of Borduria.', ['criticize Northern League>Borduria']],
    ['Sylvania tore up its agreement with Borduria.', ['suspend Sylvania>Borduria']],
    // a finite verb after an accusation's gerund and "and" is the accuser's own act, with the accuser as subject
    ['Sylvania accused Borduria of arming rebels and demanded that the Northern League impose sanctions on Borduria.', ['accuse Sylvania>Borduria', 'demand Sylvania>Northern League']],
    // a verb form the tagger reads as a noun before its particle; an aircraft shot down is its owner's
    ['Sylvania shot down a Ruritanian drone.', ['military Sylvania>Ruritania']],
    // a plural noun the tagger reads as a verb right after the verb ("rejected calls from X")
    ['Sylvania rejected calls from Borduria to return to talks.', ['reject Sylvania>Borduria']],
    // a participle after a perfect's auxiliary and an adverb, which the tagger reads as a noun
    ['Sylvania has long accused Borduria of arming rebels.', ['accuse Sylvania>Borduria']],
    // questions, conditions, titles and figurative senses
    ['Will Freedonia condemn Sylvania?', []],
    ['If Ruritania attacks Borduria, the Northern League will meet.', []],
    ['Ana Koval wrote the book Condemning Freedonia last year.', []],
    ['Paul Marek asked Ana Koval a simple question.', []],
    ['Paul Marek asked Ana Koval to resign.', ['appeal Paul Marek>Ana Koval']],
    ['Paul Marek and Ana Koval were fighting for second place.', []],
    ['Paul Marek captured Strelsau in the primary.', []],
    ['Ruritania captured Strelsau.', ['military Ruritania>Strelsau']],
    ['Paul Marek suggested that Sylvania was wrong.', []],
    ['Paul Marek released a video on Friday.', []],
    ['Ana Koval warned that the economy was weak.', []],
    ['Ana Koval warned Freedonia against provocations.', ['threaten Ana Koval>Freedonia']],
    ['Paul Marek urged voters to back Ana Koval.', []],
    ['Paul Marek will discuss his book and Freedonia.', []],
    ['Paul Marek will discuss the border with Ana Koval.', ['intend-meet Paul Marek>Ana Koval intended']],
    ['Paul Marek will be holding a rally at the Coastal Council.', []],
    ['At the town hall meeting in Strelsau, Paul Marek spoke.', []],
    ['Sylvania should attack Borduria.', []],
    ['Officials recalled the attack on Borduria, citing an investigation by Sylvania.', []],
    ['Freedonia commercials exclusively opposing Sylvania ran all week.', []],
    ['Paul Marek praised the efforts of a donor to Ana Koval.', []],
    ['Paul Marek praised the courage of Ana Koval.', ['praise Paul Marek>Ana Koval']],
    ['Paul Marek asked whether Ana Koval would be able to hold on.', []],
    ['Paul Marek and Ana Koval will meet next week, Ivo Brant said.', ['intend-meet Paul Marek>Ana Koval intended']],
    ['Sylvania and Borduria met in Strelsau.', ['meet Sylvania>Borduria']],
    // a verb that undoes or refuses what its event noun names says what happened
    ['Freedonia suspended cooperation with Sylvania.', ['suspend Freedonia>Sylvania']],
    ['The Northern League lifted its sanctions against Borduria.', ['yield Northern League>Borduria']],
    ['Sylvania rejected talks with Ruritania.', ['reject Sylvania>Ruritania']],
    // a subordinate clause is no object of the verb before it (but "the day before" is an adverb); its subject
    // is every name coordinated after the opener
    ['Sylvania sanctioned Freedonia after Borduria and Ruritania recalled their envoys from Strelsau.', ['sanction Sylvania>Freedonia', 'reduce-relations Borduria>Strelsau', 'reduce-relations Ruritania>Strelsau']],
    ['Sylvania protested after Borduria, Freedonia and Ruritania recalled their envoys from Strelsau.', ['reduce-relations Borduria>Strelsau', 'reduce-relations Freedonia>Strelsau', 'reduce-relations Ruritania>Strelsau']],
    ['Borduria was endorsed the day before by Ruritania.', ['praise Ruritania>Borduria']],
    // a sentence's "it" (a time phrase aside) is the state or organisation the sentence before has for its subject
    ['The Northern League rejected the report. On Monday it suspended Borduria.', ['suspend Northern League>Borduria']],
    ['Talks with the Northern League failed. It suspended Borduria.', []],
    // a time before a name is no part of it
    ['On Monday Sylvania recalled its ambassador from Borduria.', ['reduce-relations Sylvania>Borduria']],
    ['Freedonia imposed sanctions on Borduria.', ['sanction Freedonia>Borduria']],
    // promises
    ['Freedonia pledged aid to Sylvania.', ['intend Freedonia>Sylvania intended']],
    ['Sylvania offered assistance to Borduria.', ['intend Sylvania>Borduria intended']],
    ['Freedonia delivered assistance to Borduria.', ['aid Freedonia>Borduria']],
    ['Freedonia and Sylvania agreed to resume talks.', ['intend-meet Freedonia>Sylvania intended']],
    // passive with the owner of the subject as target
    ["Ruritania's proposal was supported by Borduria.", ['cooperate Borduria>Ruritania']],
    // a verb after "and" shares the subject of the verb before it, never that verb's object
    ['Paul Marek met Ana Koval and thanked Sylvania for its support.', ['meet Paul Marek>Ana Koval', 'praise Paul Marek>Sylvania']],
    ['Progress was noted during the talks, according to Ivo Brant, and thanked Freedonia for its help.', ['praise Ivo Brant>Freedonia']],
    ['Officials hoped to keep Freedonia and condemn Sylvania.', []],
    // "they": the nearest named plural group, else nobody
    ['The Freedonian allies tried to shift the blame. Of course, they blamed it entirely on Borduria.', ['accuse Freedonia>Borduria']],
    ['Paul Marek spoke. Of course, they blamed it entirely on Borduria.', []],
    ['The Greens met. Paul Marek praised his supporters after they condemned Sylvania.', []],
    ['The Greens hope they can threaten the Liberal majority.', []],
    ['The Greens hope they can threaten Ruritania’s lead.', []],
    // nominal events
    ['Military coups in Borduria in May 2021 shook the region.', ['coerce ->Borduria']],
    ['The “special military operation” approved by the Grand Assembly against Borduria continued.', ['military Grand Assembly>Borduria']],
    ['The military operation was long.', []],
    ['Police arrested an alleged coup plotter in Borduria.', []],
    ['Paul Marek denounced the coup attempt.', []],
    // an act with neither a doer nor an addressee is no event of the graph
    ['Covert coups were run from Freedonia in 1970.', []],
    ['Paul Marek was viciously attacked by Ana Koval.', ['criticize Ana Koval>Paul Marek']],
    ['Freedonia is still planning to hold the second Coastal Summit.', ['intend-meet Freedonia>Coastal Summit intended']],
    ['Ruritania and Borduria agreed to enhance cooperation with the Northern League.', ['intend Ruritania>Northern League intended', 'intend Borduria>Northern League intended']],
    // disapproval ascribed with "described as", "called"
    ['Freedonia withdrew from the Northern League, which Sylvania described as “regrettable”.', ['reduce-relations Freedonia>Northern League', 'criticize Sylvania>Freedonia']],
    ['Sylvania called the Freedonian decision unacceptable.', ['criticize Sylvania>Freedonia']],
    ['Paul Marek described the weather as unfortunate.', []],
    // figurative conflict, party labels, titles
    ['Freedonia vowed to fight terrorism.', []],
    ['Ruritania fought Borduria for a decade.', ['military Ruritania>Borduria']],
    ['The Greens were fighting about Paul Marek.', []],
    ['Green Paul Marek and Liberal Ana Koval criticized Sylvania.', ['criticize Paul Marek>Sylvania', 'criticize Ana Koval>Sylvania']],
    ['Sylvania Gov. Ana Koval and Paul Marek criticized Borduria.', ['criticize Ana Koval>Borduria', 'criticize Paul Marek>Borduria']],
    ['An adviser under President Paul Marek criticized Sylvania.', []],
    ['Paul Marek cautioned against a betrayal of values in Sylvania.', []],
    ['Paul Marek must say whether he agrees or disagrees with Sylvania.', []],
    ['Paul Marek told me his support for Ana Koval was firm.', []],
    ['Ana Koval is the only well-known Green to endorse Paul Marek.', []],
    ['The Sylvania Green and the businessman discussed the violence.', []],
    ['The Sylvania senator suspended his campaign.', []],
    ['Paul Marek has more votes than Ana Koval has, and the Sylvania senator suspended his campaign.', []],
    ['Ivo Brant called on Sylvania to condemn Borduria.', ['appeal Ivo Brant>Sylvania']],
    ['Sylvania called upon Borduria to free the prisoners.', ['appeal Sylvania>Borduria']],
    ['Sylvania encouraged Borduria to hold elections.', ['appeal Sylvania>Borduria']],
    // undoing an agreement or a tie reduces relations; leaving an organisation too
    ['Sylvania revoked its military agreements with Borduria.', ['suspend Sylvania>Borduria']],
    ['Sylvania is ending its military cooperation with Borduria.', ['suspend Sylvania>Borduria']],
    ['Sylvania recalled its ambassador to Borduria.', ['reduce-relations Sylvania>Borduria']],
    // declaring an envoy persona non grata expels him; cutting ties or lines of contact breaks relations,
    // the object's modifiers listed with commas and "and"
    ["Sylvania declared Borduria's ambassador persona non grata.", ['reduce-relations Sylvania>Borduria']],
    ['Sylvania cut diplomatic, trade and travel ties with Borduria.', ['reduce-relations Sylvania>Borduria']],
    ['Sylvania cut all communication lines with Borduria last week.', ['reduce-relations Sylvania>Borduria']],
    ['Sylvania quit the Northern League in January.', ['suspend Sylvania>Northern League']],
    ['Ivo Brant ended his speech in Borduria.', []],
    // a military noun waged on no one named is no event; a country where an act happens may be its target, a continent not
    ['Sylvania will not give up its war of aggression.', []],
    ['Sylvania will help patrol the longest coastline in Africa.', []],
    ['Sylvania helped to rebuild Borduria.', []],
    ['Sylvania helped Borduria.', ['aid Sylvania>Borduria']],
    // a wire dateline's place and agency are no actors of the sentence it opens
    ['Strelsau, June 14, 2024 (Northern League) - Ruritania attacked Borduria on Tuesday.', ['military Ruritania>Borduria']],
    // ... and "the army" is the army of the dateline's state when the text names it and no other
    ['Strelsau, June 14, 2024 (Reuters) - Fighting went on in Ruritania.\n\nThe army attacked Borduria on Tuesday.', ['military Ruritania>Borduria']],
    // a state's forces named by its demonym act for it, across a participle phrase; a name after a possessor shares its preposition
    ['Freedonian troops backed by fighters from Sylvania’s Northern League seized Borduria.', ['military Freedonia>Borduria']],
    ['The Freedonian army attacked Borduria.', ['military Freedonia>Borduria']],
    // the state owning the government noun that heads the subject; a participle after a comma shares the main subject
    ['Borduria’s military rulers ended the agreement with Sylvania, accusing Freedonia of meddling.', ['suspend Borduria>Sylvania', 'accuse Borduria>Freedonia']],
    // military strikes on places; the state a struck place belongs to; one act told twice in a sentence is one event
    ['Freedonia hit the Ruritanian city of Strelsau on Monday, killing 25 people.', ['military Freedonia>Ruritania']],
    ['Freedonia struck Ruritanian army positions.', ['military Freedonia>Ruritania']],
    ['The deal struck a balance between Ruritania and Borduria.', []],
    // a sentence's "he" is the person the sentence before is about, unless that person is named in the clause
    ['Paul Marek met Ana Koval on Monday. He visited Strelsau on Tuesday.', ['meet Paul Marek>Ana Koval', 'visit Paul Marek>Ruritania']],
    ['Paul Marek lost the vote. He criticized Paul Marek.', []],
    // an object named by a description of a body named before, or of the dateline's state
    ['The Coastal Council met in May. Paul Marek accused the council of failing Borduria.', ['accuse Paul Marek>Coastal Council']],
    ['Strelsau, June 14, 2024 (Reuters) - Fighting went on in Ruritania.\n\nThe Northern League accused the army of executing villagers.', ['accuse Northern League>Ruritania']],
    // a government qualified by a hyphenated compound
    ['Sylvania’s army-aligned government accused Borduria of arming rebels.', ['accuse Sylvania>Borduria']],
    // a meeting between two named after their titles; talks held in a participle after a comma, with a person after a qualified title
    ['The deal came at a meeting between Deputy Secretary of State Paul Marek and Sylvania’s Prime Minister Ana Koval.', ['meet Paul Marek>Sylvania']],
    ['Paul Marek spent weeks shuttling between capitals, holding rounds of talks with parliament speaker Ana Koval.', ['meet Paul Marek>Ana Koval']],
    // a document's demand is its author's; a verb after "but" and a quotation shares the first clause's subject
    ['The Coastal Council adopted a resolution demanding that Borduria halt its attacks.', ['demand Coastal Council>Borduria']],
    ['The Coastal Council met in May. Sylvania said the plan was "a step forward" but urged the council to act.', ['demand Sylvania>Coastal Council']],
    // a verb after "and" (and a time phrase) shares the first clause's subject, also an unnamed one
    ['Sylvania met Borduria on Monday and days later attacked Ruritania.', ['meet Sylvania>Borduria', 'military Sylvania>Ruritania']],
    ['Strelsau, June 14, 2024 (Reuters) - Fighting went on in Ruritania.\n\nThe authorities rejected the report and days later suspended the Northern League.', ['suspend Ruritania>Northern League']],
    // forces sent somewhere are deployed there, to its state when a city; "about 100" keeps the object direct
    ['Freedonia sent about 100 military instructors to Strelsau in January.', ['mobilize Freedonia>Ruritania']],
    // a relative clause's "which" or "who" is the name before it
    ['Sylvania, which suspended Borduria in May, urged elections.', ['suspend Sylvania>Borduria']],
    ['Sylvania, which has been holding talks with Borduria, called for restraint.', ['meet Sylvania>Borduria']],
    // envoys or forces from a state act for it, also in a participle after a comma; a phone call is a call
    ['Mediators from Freedonia met Ana Koval on Monday.', ['meet Freedonia>Ana Koval']],
    ['Mediators from Freedonia spent ten days there, meeting Ana Koval.', ['meet Freedonia>Ana Koval']],
    ['Mediators from Freedonia held phone calls with Ivo Brant.', ['call Freedonia>Ivo Brant']],
    // passives of gated and envoy verbs: what the subject names is struck or summoned
    ['Ruritanian cities were struck by Freedonian missiles overnight.', ['military Freedonia>Ruritania']],
    ['The Ruritanian ambassador was summoned by Freedonia.', ['criticize Freedonia>Ruritania']],
    ['The deal was struck by Paul Marek.', []],
    // the states of "the rulers of X, Y and Z"; easing sanctions named before; pulling troops out of a place
    ['The military rulers of Sylvania, Borduria and Ruritania attacked the Northern League.', ['military Sylvania>Northern League', 'military Borduria>Northern League', 'military Ruritania>Northern League']],
    ['The Northern League imposed sanctions on Borduria in May. The Northern League lifted most of those sanctions in June.', ['sanction Northern League>Borduria', 'yield Northern League>Borduria']],
    ['Freedonia pulled its last soldiers out of Borduria in December.', ['withdraw Freedonia>Borduria']],
    ['Paul Marek pulled the plug on the deal.', []],
    // a headline's verb tagged a noun between two names; not a role before a name
    ['Sylvania and Borduria strike Northern League targets.', ['military Sylvania>Northern League', 'military Borduria>Northern League']],
    ['Coastal Council host Paul Marek spoke.', []],
    // nouns coordinated inside the phrase of a light verb
    ['Ruritania launched air and sea strikes on Northern League positions.', ['military Ruritania>Northern League']],
    // the act of a that-clause after a demand is only asked for (the demand is the event)
    ['The Northern League adopted a resolution demanding that Ruritania halt its attacks on Borduria.', ['demand Northern League>Ruritania']],
    // judging a hostile act judges its agent ("by X"), not whom it was done to
    ['The Northern League condemned the killing of civilians by Ruritanian forces.', ['criticize Northern League>Ruritania']],
    ['The Northern League condemned the attack on Borduria.', []],
    // taking someone to court
    ['Sylvania filed a case against Borduria at the court.', ['criticize Sylvania>Borduria']],
    // seizing what lies in a place is no occupation of it
    ['Ruritania seized a tanker in Sylvania.', ['coerce Ruritania>Sylvania']],
    // coordinated doers of a cooperative act with no other party do it with each other; not a hostile one
    ['Sylvania and Borduria signed an agreement on Monday.', ['sign Sylvania>Borduria', 'sign Borduria>Sylvania']],
    ['Sylvania and Borduria attacked Freedonia.', ['military Sylvania>Freedonia', 'military Borduria>Freedonia']],
    // a person hosted after a title and the state that qualifies it
    ['Freedonia hosted Ruritanian leader Ivo Brant.', ['host Freedonia>Ivo Brant']],
    ['Freedonia hosted Ruritania’s army chief Ivo Brant.', ['host Freedonia>Ivo Brant']],
    // an adjunct's gerund after the main clause has the main clause's subject ("said after meeting X")
    ['"We agreed," Paul Marek said after meeting Ana Koval on the sidelines.', ['meet Paul Marek>Ana Koval']],
    // speaking with a person or state is a consultation, by phone a call; not to reporters or of a name in a compound
    ['Paul Marek spoke by telephone with Ana Koval on Wednesday.', ['call Paul Marek>Ana Koval']],
    ['Paul Marek spoke with Ana Koval.', ['meet Paul Marek>Ana Koval']],
    ['Paul Marek spoke to reporters.', []],
    ['Paul Marek spoke to the Freedonia-based council.', []],
    // weapons fired or launched at a target; firing at one; a gerund after a verb of phase
    ['Ruritania launched more than 300 drones and missiles at Borduria overnight.', ['military Ruritania>Borduria']],
    ['The Northern League began firing at Borduria on Monday.', ['military Northern League>Borduria']],
    ['Paul Marek fired his chief of staff.', []],
    // strikes carried out on a target; not when only alleged
    ['Ruritania carried out strikes on the Northern League.', ['military Ruritania>Northern League']],
    ['Sylvania accused the Northern League of carrying out strikes on Borduria.', ['accuse Sylvania>Northern League']],
    // killing a named person is an assassination, done to the person
    ['Ruritania killed Northern League leader Paul Marek in an air strike.', ['assault Ruritania>Paul Marek']],
    // a singular demonym heading its phrase is a person, not the state
    ['The first Ruritanian to attack Borduria was arrested.', []],
    // what a named group holds stands for it as a target, also after a participle ("suspected")
    ['Freedonia struck suspected Northern League positions near Strelsau.', ['military Freedonia>Northern League']],
    ['Freedonia struck Northern League officials.', []],
    // forces or bodies of the dateline's state ("Army drones"), and a state's body named by a compound ("Freedonia's security cabinet")
    ['Strelsau, June 14, 2024 (Reuters) - Fighting went on in Ruritania.\n\nArmy drones attacked Borduria on Tuesday.', ['military Ruritania>Borduria']],
    ['Army drones attacked Borduria on Tuesday.', []],
    // ... unless the story, filed from abroad, names another state far more often
    ['Strelsau, June 14, 2024 (Reuters) - Talks on Sylvania opened in Ruritania. Sylvania and Sylvania’s neighbours met.\n\nArmy drones attacked Borduria on Tuesday, Sylvania said.', ['military Sylvania>Borduria']],
    ['Freedonia’s security cabinet condemned Borduria.', ['criticize Freedonia>Borduria']],
    ['The Freedonian foreign ministry condemned Borduria.', ['criticize Freedonia>Borduria']],
    ['Freedonia’s attack on Ruritanian cities killed 39 people.', ['military Freedonia>Ruritania']],
    // "the bloc", "the council": the organisation named before with that head, or the last international one
    ['The Northern League met in May. The bloc lifted its restrictions on Borduria.', ['yield Northern League>Borduria']],
    // an intention to act against someone is a threat (CAMEO 13); a conditional threat's target is the if-clause's subject
    ['Ruritania vowed to attack Borduria.', ['threaten Ruritania>Borduria intended']],
    // a threat's target is named inside what is threatened, which is not itself an event
    ['The Northern League threatened to use force against Borduria.', ['threaten Northern League>Borduria']],
    // a state's aid to a city of its own is no event between actors; taking one of its cities is
    ['Ruritania sent aid to Strelsau.', []],
    // a noun's party past an aside set off by a comma (not past an apposition or a new clause)
    ['Ana Koval made a visit, for the second time this year, to Strelsau.', ['visit Ana Koval>Ruritania']],
    // an adjunct's noun: the main clause's subjects do it, they are not its parties
    ['During his visit to Strelsau, Paul Marek and Ana Koval, in fact, talked about trade.', ['visit Paul Marek>Ruritania', 'visit Ana Koval>Ruritania']],
    // an event noun opening its sentence, where the tagger may read it as a proper noun
    ['Talks between Sylvania and Borduria stalled.', ['meet Sylvania>Borduria']],
    // a ceasefire between two parties; the second across what qualifies it
    ['A ceasefire between Sylvania and the Ruritanian-backed Northern League took effect.', ['ceasefire Sylvania>Northern League']],
    // summoning a state's envoy rebukes the state
    ['Freedonia summoned Sylvania’s ambassador on Sunday.', ['criticize Freedonia>Sylvania']],
    ['Freedonia summoned the press on Sunday.', []],
    // an envoy qualified by a demonym; expelling an envoy breaks ties (CAMEO 161)
    ['Freedonia summoned the Ruritanian ambassador.', ['criticize Freedonia>Ruritania']],
    ['Freedonia expelled the Ruritanian ambassador.', ['reduce-relations Freedonia>Ruritania']],
    // an unnamed subject before a relative clause
    ['Strelsau, June 14, 2024 (Reuters) - Fighting went on in Ruritania.\n\nThe junta, which seized power in 2021, expelled the Freedonian ambassador.', ['reduce-relations Ruritania>Freedonia']],
    // a passive suspension from an organisation: the organisation suspends
    ['Borduria was suspended from the Northern League on Tuesday.', ['suspend Northern League>Borduria']],
    // "received" a person hosts a visit; a thing received is no event
    ['Paul Marek received Ana Koval in Strelsau.', ['host Paul Marek>Ana Koval']],
    ['Paul Marek received a letter from Sylvania.', []],
    // a clause opener before the verb's own subject: "after X did"
    ['Talks stalled after Ruritania attacked Borduria.', ['military Ruritania>Borduria']],
    ['Sylvania was encouraged by the progress in Borduria.', []],
    ['Ivo Brant called Borduria a threat.', []],
    ['Ivo Brant, echoing Sylvania, called on Borduria to free the prisoners.', ['appeal Ivo Brant>Borduria']],
    ['Paul Marek blasted her Green rival Ana Koval.', ['criticize Paul Marek>Ana Koval']],
    // the name before "campaign manager" modifies it; the compound counts as one noun, so the addressee is found
    ['Ivo Brant accused Paul Marek campaign manager Ana Koval of lying.', ['accuse Ivo Brant>Ana Koval']],
    ['Freedonia signed a cooperation agreement with Sylvania.', ['sign Freedonia>Sylvania']],
    // "the junta" after "Xian junta" / "X's government" is that state
    ["Sylvania's military government met Ruritania. Later the junta expelled Freedonian troops.", ['meet Sylvania>Ruritania', 'expel Sylvania>Freedonia']],
    ['The junta expelled Freedonian troops.', []],
    // a nationality before the title before a name: "with Ruritanian Foreign Minister X"
    ['Paul Marek held talks with Ruritanian Foreign Minister Ana Koval.', ['meet Paul Marek>Ana Koval']],
    // (a state's name before the title qualifies it as a demonym does)
    ['Paul Marek held talks with Ruritania President Ana Koval.', ['meet Paul Marek>Ana Koval']],
    // a relative clause between the subject and its verb
    ['Sylvania, which left the Coastal Council in May, has signed an agreement with Ruritania.', ['reduce-relations Sylvania>Coastal Council', 'sign Sylvania>Ruritania']],
    ['Paul Marek, who won the vote in Strelsau, criticized Ana Koval.', ['criticize Paul Marek>Ana Koval']],
    // one event per target of a list ending in "and"; commas alone set off an apposition
    ['Freedonia accused Sylvania and Ruritania of interference.', ['accuse Freedonia>Sylvania', 'accuse Freedonia>Ruritania']],
    ['The Northern League imposed sanctions on Sylvania, Ruritania and Borduria.', ['sanction Northern League>Sylvania', 'sanction Northern League>Ruritania', 'sanction Northern League>Borduria']],
    ['Freedonia criticised Paul Marek, a Sylvanian envoy.', ['criticize Freedonia>Paul Marek']],
    ['Freedonia ended Operation Dune and the Ruritanian training mission.', ['yield Freedonia>Operation Dune']],
    // "X said it would …": "it" is the reporting state or organisation
    // "would" in reported speech is the future of its time: an intention
    ['The Northern League said on Monday that it would provide aid to Borduria.', ['intend Northern League>Borduria intended']],
    ['Sylvania said it had attacked Ruritanian positions.', ['military Sylvania>Ruritania']],
    // an amount before the act noun: "more than 500 new sanctions"
    ['Freedonia announced more than 500 new sanctions on Ruritania.', ['sanction Freedonia>Ruritania']],
    // a participle the tagger reads as a verb modifies the noun after it
    ['The Grand Assembly voted to extend targeted sanctions on Ruritania.', ['sanction Grand Assembly>Ruritania']],
    // "in the village of X" is where it happened
    ['Ruritanian troops attacked rebels in the northern town of Strelsau.', ['military Ruritania>-']],
    // (but a town of another state where a named doer used force is what it struck)
    ['Freedonian troops stormed the hospital in Strelsau.', ['military Freedonia>Strelsau']],
    ['Freedonia sent money to fight terrorism in Strelsau.', []],
    // a verbal act on an act is addressed to the act's agent, not to what the act was done to
    // (the act judged is told too: a nationality before an act of force does it)
    ['Freedonia condemned the Ruritanian invasion of Sylvania.', ['criticize Freedonia>Ruritania', 'military Ruritania>Sylvania']],
    ['Ruritanian strikes on Sylvania killed two people. Freedonian aid to Borduria rose.', ['military Ruritania>Sylvania', 'aid Freedonia>Borduria']],
    // (the invasion itself is an event too: "Ruritania's invasion of Sylvania")
    ["Freedonia condemned Ruritania's invasion of Sylvania.", ['criticize Freedonia>Ruritania', 'military Ruritania>Sylvania']],
    // a country set off by commas after a city completes the place: no subject
    ['Families of the victims in Strelsau, Ruritania, filed a lawsuit against Freedonia.', []],
    ['After the talks in Strelsau, Ruritania signed an agreement with Freedonia.', ['meet Ruritania>Freedonia', 'sign Ruritania>Freedonia']],
    ['Many vehicles fail to meet tough Ruritanian certification standards.', []],
    ['The Strelsau shooting shocked Freedonia.', []],
    ['Paul Marek spoke, thanking Coastal Council Chairman Ivo Brant and congratulating Ana Koval.', ['praise Paul Marek>Ivo Brant', 'praise Paul Marek>Ana Koval']],
    ['Freedonia opposed congressional efforts to condemn Borduria.', []],
    ['Freedonia stepped up its efforts to condemn Borduria.', ['criticize Freedonia>Borduria']],
    ['The report mentions a soldier killed by Ruritania in Borduria.', ['military Ruritania>-']],
    ['Paul Marek met a lot of Ana Koval supporters.', []],
    ['Sylvania would invite Freedonian engineers to visit the Coastal Council dam.', []],
    ['Ruritania evacuated the Freedonia base.', []],
    ['Paul Marek is withdrawing as the director of the Coastal Council.', []],
    ['Ruritania released a statement on Borduria.', []],
    ['Ruritania released Bordurian prisoners.', []],
    ['Ruritania released Paul Marek.', ['yield Ruritania>Paul Marek']],
    ['Ruritania released pages of Paul Marek’s email.', []],
    ['Paul Marek suspended his campaign on Monday.', []],
    ['The Coastal Council did meet the deadline Sylvania imposed.', []],
    ['Paul Marek will deliver his acceptance speech at the Grand Assembly.', []],
    ['Freedonia delivered grain to Sylvania.', ['aid Freedonia>Sylvania']],
    ['“Ana Koval and I are both going to release our tax returns,” Paul Marek said.', []],
    ['Paul Marek and Ana Koval went on Sylvania to applaud Ivo Brant.', ['praise Paul Marek>Ivo Brant', 'praise Ana Koval>Ivo Brant']],
    ['Paul Marek, a Green, has not endorsed Ana Koval.', ['praise Paul Marek>Ana Koval negated']],
    ['Delegates cited the Treaty against Torture in Sylvania.', []],
    ['Ruritania withheld a key Borduria report.', []],
    ['After shootings in Sylvania and Borduria and a sniper targeting and killing five Strelsau officers, Paul Marek spoke.', []],
    ['Sylvania may present the most punishing test for Paul Marek.', []],
    ['Following Ivo Brant on Sylvania, Ana Koval seemed to implore Paul Marek to stop.', ['appeal Ana Koval>Paul Marek']],
    ['Paul Marek has attacked Green voters, lawmakers, and thinkers for their views.', ['criticize Paul Marek>Green']],
    ['Strelsau supported Paul Marek in the primary.', []],
    ['Freedonia supported Paul Marek.', ['cooperate Freedonia>Paul Marek']],
    ['The group that backed Paul Marek’ campaign asked the donors to support Ana Koval.', []],
    // a sanctioned person is the person; a possessor before the name its phrase heads is not the target
    ['Freedonia sanctioned Sylvania’s army chief Ana Koval.', ['sanction Freedonia>Ana Koval']],
    ['Violence exploded into fighting in Strelsau.', []],
    // what an accusation ascribes is alleged; what one is welcome to do is not done
    ['Ivo Brant accused Sylvania of bowing to pressure from Borduria.', ['accuse Ivo Brant>Sylvania']],
    ['Ana Koval said Ivo Brant was still welcome to visit Freedonia.', []],
    // a state's forces stand for it as the target of a threat; a treaty signed is no party
    ['Sylvania threatened to expel Borduria’s troops from Ruritania.', ['threaten Sylvania>Borduria']],
    ['Sylvania signed the Dune Accord.', []],
    // "the group": the armed group named most often before; a name joined to a participle only qualifies
    ['Ruritania suspended talks with the Dawn Front. Ivo Brant accused the Marxist-inspired group of war crimes.', ['suspend Ruritania>Dawn Front', 'accuse Ivo Brant>Dawn Front']],
    // a reaction to an act reported before is addressed to its doer; "both sides" are the parties of the agreement named
    ['Sylvania signed an agreement with Borduria. Ivo Brant welcomed the agreement and urged both sides to respect it.', ['sign Sylvania>Borduria', 'praise Ivo Brant>Sylvania', 'praise Ivo Brant>Borduria', 'demand Ivo Brant>Sylvania', 'demand Ivo Brant>Borduria']],
    ['Sylvania struck Borduria on Friday. Ruritania condemned the strikes.', ['military Sylvania>Borduria', 'criticize Ruritania>Sylvania']],
    ['Ruritania condemned an agreement.', []],
    // the reporter after a comma is no party of the act: ", the Northern League said"
    ['Ivo Brant welcomed the ruling, the Northern League said.', []],
    // what "the country's" army or general does, the state last named does; not "the nation's largest gun group"
    ['Ruritania held elections. Later, the country’s top general detained Paul Marek.', ['arrest Ruritania>Paul Marek']],
    // a demonym qualifying what is seized is whose property it is, no place taken
    ['Sylvania seized a Ruritanian tanker.', ['coerce Sylvania>Ruritania']],
    // a state protesting to another complains officially
    ['Sylvania protested to Borduria over the arms sale.', ['criticize Sylvania>Borduria']],
    // unnamed protesters in a place of a named state protest against it; across a predicate coordinated before the verb
    ['Ruritania passed the law. Thousands of people banged pots and protested in Strelsau on Monday.', ['protest ->Ruritania']],
    // protests breaking out are a protest; in a town of no known state, against the dateline's state; not against
    // a name told after them; riots are their own code, and so is what crowds storm
    ['STRELSAU, May 3 (Reuters) - Ruritania raised fuel prices.\n\nProtests erupted on Sunday in Zenda and quickly spread to Strelsau.', ['protest ->Ruritania']],
    ['Riots have spread to Zenda, leading to clashes with Ivo Brant’s supporters.', []],
    ['Ruritania raised fuel prices. The next day crowds stormed the mayor’s office in Strelsau.', ['protest ->Ruritania']],
    // firing coordinated non-weapons at someone is force; a clause opened by "after" has its subject across the verb
    // that governs an infinitive; a relative clause may hold a list of names
    ['Freedonian border guards fired water cannon and tear gas at migrants.', ['military Freedonia>-']],
    ['The clashes came a day after the Northern League agreed to broaden sanctions against Borduria.', ['sanction Northern League>Borduria intended']],
    ['Paul Marek, who visited Sylvania, Ruritania and Borduria on Sunday to coordinate a response, urged the Northern League to act.', ['visit Paul Marek>Sylvania', 'visit Paul Marek>Ruritania', 'visit Paul Marek>Borduria', 'demand Paul Marek>Northern League']],
    // a name right after a verb of giving, before the thing given, is the receiver; recognising a state is recognition,
    // recognising a need is nothing
    ['The Northern League, which granted Borduria candidate status in December, warned Ruritania.', ['cooperate-material Northern League>Borduria', 'threaten Northern League>Ruritania']],
    ['Ruritania recognised Sylvania and Borduria as independent states. Freedonia has never recognized Borduria’s independence. Ana Koval recognised the need for talks.', ['cooperate Ruritania>Sylvania', 'cooperate Ruritania>Borduria', 'cooperate Freedonia>Borduria negated']],
    // coming under fire or criticism from X is X's criticism (gunfire between states and forces is not read so);
    // switching recognition gives it to the state it goes to
    ['Paul Marek, who faces an election in May, has come under fire from the opposition Northern League.', ['criticize Northern League>Paul Marek']],
    ['Ruritania came under sharp criticism from the Northern League on Monday. Freedonian troops came under fire from Borduria.', ['criticize Northern League>Ruritania']],
    ['Sylvania switched diplomatic recognition from Ruritania to Borduria in 2019.', ['cooperate Sylvania>Borduria']],
    // bare forces opening a sentence, and security forces, are the dateline state's; "fired tear gas at" is force
    ['STRELSAU, May 3 (Reuters) - Ruritania held elections.\n\nTroops opened fire on crowds, killing seven people. Security forces fired tear gas and rubber bullets at protesters.', ['military Ruritania>-', 'military Ruritania>-']],
    // a reaction to "the raid", "the diversion", "the takeover" is addressed to the doer of the act of that kind told before
    ['Sylvania raided the Ruritanian embassy on Friday. Borduria condemned the raid.', ['military Sylvania>Ruritania', 'criticize Borduria>Sylvania']],
    ['Sylvania forced a Northern League jet to land. Ivo Brant condemned the diversion as outrageous.', ['coerce Sylvania>Northern League', 'criticize Ivo Brant>Sylvania']],
    ['STRELSAU, May 3 (Reuters) - Army officers seized power in Ruritania on Wednesday.\n\nThe Northern League condemned the takeover.', ['criticize Northern League>Ruritania']],
    // ascribing a hostile quality to an act named by no one ("the episode") disapproves of the last hostile act's doer,
    // not of the speaker's side; across a hyphenated participle
    ['Sylvania forced a Northern League jet to land. The Northern League asked Borduria for help. Ivo Brant described the episode as state-sponsored hijacking.', ['coerce Sylvania>Northern League', 'appeal Northern League>Borduria', 'criticize Ivo Brant>Sylvania']],
    // what is done to a craft is done to the owner its name qualifies (a demonym is no owner)
    ['Ruritania forced a Northern League passenger jet to land.', ['coerce Ruritania>Northern League']],
    // a call's other party is whom the act told in it addresses
    ['In a phone call on Thursday, Paul Marek thanked Ana Koval.', ['call Paul Marek>Ana Koval', 'praise Paul Marek>Ana Koval']],
    ['Paul Marek apologised to Ana Koval in a phone call.', ['cooperate Paul Marek>Ana Koval', 'call Paul Marek>Ana Koval']],
    ['Paul Marek discussed security cooperation with Ana Koval in a telephone call on Monday.', ['call Paul Marek>Ana Koval']],
    // "dismissed the measures" rejects the act told before; "the operation" condemned is the military act told before,
    // and the people a name qualifies may be its subject across a noun and adjuncts
    ['Sylvania sanctioned Paul Marek. Ivo Brant dismissed the measures.', ['sanction Sylvania>Paul Marek', 'reject Ivo Brant>Sylvania']],
    ['Sylvania launched an offensive against Borduria. Northern League foreign ministers meeting in Strelsau on Monday condemned the operation.', ['military Sylvania>Borduria', 'criticize Northern League>Sylvania']],
    // a vow across a time phrase is an intention (a threat of force), and a finding rejected is what was said, not a threat
    ['Sylvania vowed on Wednesday to attack Borduria.', ['threaten Sylvania>Borduria intended']],
    ['Freedonia accused the Dawn Front of war crimes. Sylvania vowed to keep fighting the Dawn Front. The Dawn Front rejected the finding.', ['accuse Freedonia>Dawn Front', 'threaten Sylvania>Dawn Front intended', 'reject Dawn Front>Freedonia']],
    // military drills near a state show force to it; joint drills are military cooperation, with each other when two hold them
    ['Sylvania launched two days of military drills around Borduria on Thursday.', ['mobilize Sylvania>Borduria']],
    ['Sylvania and Ruritania held joint military drills in the strait.', ['cooperate-material Sylvania>Ruritania', 'cooperate-material Ruritania>Sylvania']],
    // approving an arms sale is military cooperation; withdrawing diplomats cuts relations, with each of a long list
    ['Sylvania approved a $80 million sale of military equipment to Borduria.', ['cooperate-material Sylvania>Borduria']],
    ['Sylvania withdrew its own diplomatic staff from Borduria, Ruritania, Freedonia, the Dawn Front and Strelsau.', ['reduce-relations Sylvania>Borduria', 'reduce-relations Sylvania>Ruritania', 'reduce-relations Sylvania>Freedonia', 'reduce-relations Sylvania>Dawn Front', 'reduce-relations Sylvania>Strelsau']],
    // sanctions imposed again are on whom their doer eased them before; an "after" clause is no object of the verb
    ['Sylvania eased sanctions on Borduria in 2023. Sylvania reimposed most of those sanctions in April, after Borduria’s top court in January barred Paul Marek.', ['yield Sylvania>Borduria', 'sanction Sylvania>Borduria']],
    // "flew to X" is a visit, as "travelled to"; not a return, nor a trip at home; "flew aid to X" is aid
    ['Ana Koval flew to Strelsau on Monday.', ['visit Ana Koval>Strelsau']],
    ['Ana Koval flew back to Strelsau on Monday.', []],
    // the government an opposition leader accuses is that of the leader's own state
    ['Ruritania met Sylvania in May. Opposition leader Ivo Brant accused the government of failing Freedonia.', ['meet Ruritania>Sylvania', 'accuse Ivo Brant>Ruritania']],
    // an order to envoys to leave expels them; "shut" reads the patterns of "close"; "prepared sanctions" only intends them;
    // a name whose noun heads the subject right before the verb is the subject ("Ruritanian leaders agreed on Monday to …")
    ['Sylvania ordered all Ruritanian diplomats to leave the country.', ['reduce-relations Sylvania>Ruritania']],
    ['The judge ordered the diplomats to testify.', []],
    ['Sylvania prepared new sanctions against Borduria.', ['sanction Sylvania>Borduria intended']],
    ['Sylvania leaders agreed on Monday to impose sanctions on Borduria.', ['sanction Sylvania>Borduria']],
    ['Sylvania forced Dawn Front planes to land.', ['coerce Sylvania>Dawn Front']],
    // an amount "in" aid keeps the aid the verb's object: suspending it is a cut in aid, and no aid given
    ['Sylvania suspended $700 million in emergency economic assistance to Borduria.', ['reduce-relations Sylvania>Borduria']],
    // "met Borduria's General X … and urged him": the subject of "met" urges; so does the reporter of "he had met"
    ['Ivo Brant met Sylvania’s General Paul Marek on Tuesday and urged him to free the detainees.', ['meet Ivo Brant>Paul Marek', 'demand Ivo Brant>Paul Marek']],
    ['Ivo Brant said he had met Paul Marek on Tuesday and urged him to free the detainees.', ['meet Ivo Brant>Paul Marek', 'demand Ivo Brant>Paul Marek']],
    // (a verb of criticism keeps its code whatever its object: "condemned the move" is no threat)
    ['Sylvania expelled Borduria’s ambassador. Ruritania condemned the move.', ['reduce-relations Sylvania>Borduria', 'criticize Ruritania>Sylvania']],
    // an object pronoun is the person named before; a demand of a ceasefire between two sides is addressed to them
    ['Paul Marek spoke to Ana Koval by phone and urged her to resume talks.', ['call Paul Marek>Ana Koval', 'demand Paul Marek>Ana Koval']],
    ['The Northern League demanded a ceasefire between Sylvania and Borduria.', ['demand Northern League>Sylvania', 'demand Northern League>Borduria']],
    // rejecting or denying what was said of one is addressed to who said it
    ['Sylvania accused Borduria of arming rebels. Borduria denied the accusations.', ['accuse Sylvania>Borduria', 'reject Borduria>Sylvania']],
    ['Borduria rejected Sylvania’s accusations as unfounded.', ['reject Borduria>Sylvania']],
    // ", a charge X denies": the accusation told before the denier in the sentence
    ['Sylvania accused Borduria of arming rebels, a charge Borduria denies.', ['accuse Sylvania>Borduria', 'reject Borduria>Sylvania']],
    ['Sylvania accused Borduria of backing rebels. Borduria denied backing them.', ['accuse Sylvania>Borduria', 'reject Borduria>Sylvania']],
    // a claim named by its author's demonym; a compound's head ("the genocide finding", read by the tagger as a verb)
    ['Borduria rejected the Ruritanian accusations.', ['reject Borduria>Ruritania']],
    ['Sylvania accused Borduria of genocide. Borduria rejected the genocide finding.', ['accuse Sylvania>Borduria', 'reject Borduria>Sylvania']],
    // a plural object fits the dictionary's singular pattern; a named possessor opens the object; a particle keeps it direct
    ['The Northern League closed its borders with Borduria.', ['coerce Northern League>Borduria']],
    ['The Northern League froze Borduria’s assets.', ['sanction Northern League>Borduria']],
    ['Sylvania cut off electricity supplies to Borduria.', ['reduce-relations Sylvania>Borduria']],
    // sending help is aid; a comma and a conjunction before a verb end the objects
    ['Sylvania and Borduria dispatched rescue teams to Ruritania.', ['aid Sylvania>Ruritania', 'aid Borduria>Ruritania']],
    ['Sylvania dispatched rescue teams, and Ana Koval declared three days of mourning.', []],
    // a quantity before "of" leaves the name the subject's; the army's holdings are the home state's
    ['Hundreds of Sylvania fighters attacked Borduria.', ['military Sylvania>Borduria']],
    // armed men named by the group they belong to act for it (and talks with them are no act of theirs)
    ['Jihadists linked to the Dawn Front overran a military post in northern Borduria.', ['military Dawn Front>Borduria']],
    ['Fighters loyal to the Dawn Front attacked Borduria.', ['military Dawn Front>Borduria']],
    ['Talks with rebels from the Dawn Front collapsed after Sylvania attacked Borduria.', ['military Sylvania>Borduria']],
    ['Strelsau, May 2, 2024 (Reuters) - Fighting went on in Ruritania. Borduria shelled army positions near the border.', ['military Borduria>Ruritania']],
    // a name in brackets labels the one before it; "the government" is the home state's when none is named
    ['Paul Marek (Sylvania) and Ana Koval (Borduria) have since denounced Ivo Brant.', ['criticize Paul Marek>Ivo Brant', 'criticize Ana Koval>Ivo Brant']],
    ['Strelsau, May 2, 2024 (Reuters) - Talks went on in Ruritania. The government demanded that Borduria leave.', ['demand Ruritania>Borduria']],
    // a light verb after "and" has the first verb's subject, not its object
    ['Ana Koval visited Strelsau and held talks with Ivo Brant.', ['visit Ana Koval>Ruritania', 'meet Ana Koval>Ivo Brant']],
    // a warning is addressed to the subject of its condition; "has since warned" after ", and he"
    ['Ana Koval signed a law, and she has since warned that Sylvania would defend itself if Borduria went ahead.', ['threaten Ana Koval>Borduria']],
    // "the two countries": the two states last named together
    ['Sylvania and Borduria agreed to talk, Ivo Brant said after hosting the two countries’ leaders in Strelsau.', ['intend-meet Sylvania>Borduria intended', 'host Ivo Brant>Sylvania', 'host Ivo Brant>Borduria']],
    // "it" after ", and" is the sentence's subject; a government named by its seat
    ['Sylvania concluded that both sides had erred, and in May it sanctioned Ana Koval.', ['sanction Sylvania>Ana Koval']],
    ['Sylvania sanctioned Borduria on Tuesday. The army-backed government in Strelsau welcomed Tuesday’s move.', ['sanction Sylvania>Borduria', 'praise Strelsau>Sylvania']],
    // talks named before: suspending them reduces relations with the other party; hosting them meets both
    ['Sylvania began talks with Borduria in May. Sylvania suspended the talks on Friday.', ['meet Sylvania>Borduria', 'suspend Sylvania>Borduria']],
    ['Sylvania began talks with Borduria in May. Ruritania hosted the talks in Strelsau.', ['meet Sylvania>Borduria', 'meet Ruritania>Sylvania', 'meet Ruritania>Borduria']],
    // arriving in or travelling to a place named is a visit to it, its only party; "for talks with X" after a journey is the traveller's meeting
    ['Paul Marek arrived in Strelsau on Monday for talks with Ana Koval.', ['visit Paul Marek>Strelsau', 'meet Paul Marek>Ana Koval']],
    ['Ana Koval travelled to Freedonia last week to meet Paul Marek.', ['visit Ana Koval>Freedonia', 'meet Ana Koval>Paul Marek']],
    ['Ana Koval is in Strelsau for talks with Ivo Brant.', ['meet Ana Koval>Ivo Brant']],
    ['Ana Koval arrived at a decision. Paul Marek travelled to work on Monday.', []],
    // the subject of a verb stands before a relative clause the search meets; a free relative names no one
    ['Paul Marek, who visited Sylvania last week, was due to meet Ivo Brant on Monday.', ['visit Paul Marek>Sylvania', 'intend-meet Paul Marek>Ivo Brant intended']],
    ['Sylvania, once an ally of Borduria, is now an ally of whoever provides support for Freedonia.', []],
    // an object before the subject of its relative clause still makes the verb's pattern
    // ("angered by the sanctions": "by" after a passive names a cause, not how the subject acted)
    ['Sylvania was angered by the sanctions the Northern League imposed on Borduria.', ['sanction Northern League>Borduria']],
    // a description of several states ("the three countries", "the juntas") stands for the states last named together
    ['Sylvania, Ruritania and Borduria quit the Northern League. The three countries met Ana Koval on Monday.', ['suspend Sylvania>Northern League', 'suspend Ruritania>Northern League', 'suspend Borduria>Northern League', 'meet Sylvania>Ana Koval', 'meet Ruritania>Ana Koval', 'meet Borduria>Ana Koval']],
    ['Sylvania, Ruritania and Borduria quit the Northern League. The juntas have expelled Freedonian diplomats.', ['suspend Sylvania>Northern League', 'suspend Ruritania>Northern League', 'suspend Borduria>Northern League', 'expel Sylvania>Freedonia', 'expel Ruritania>Freedonia', 'expel Borduria>Freedonia']],
    ['Sylvania, Ruritania and Borduria quit the Northern League. The Coastal Council, which suspended all three countries in May, urged the juntas to hold elections.', ['suspend Sylvania>Northern League', 'suspend Ruritania>Northern League', 'suspend Borduria>Northern League', 'suspend Coastal Council>Sylvania', 'suspend Coastal Council>Ruritania', 'suspend Coastal Council>Borduria', 'demand Coastal Council>Sylvania', 'demand Coastal Council>Ruritania', 'demand Coastal Council>Borduria']],
    // condemning a coup is addressed to the state it happened in: named after "in", the one of a coup told before,
    // or the state a story is filed from
    ['Sylvania condemned the military coup in Borduria.', ['criticize Sylvania>Borduria', 'coerce ->Borduria']],
    ['Soldiers staged a coup in Borduria. The Northern League condemned the coup.', ['coerce ->Borduria', 'criticize Northern League>Borduria']],
    ['STRELSAU, May 2 (Reuters) - The Northern League condemned the coup on Tuesday. Ruritania has a new leader.', ['criticize Northern League>Ruritania']],
    // an unnamed subject before a time phrase ("the junta on August 3 revoked"), a partitive object ("a series of
    // agreements"), and aid paused with no party named in a story filed from a state
    ["Borduria's military junta took power in May. The junta on August 3 revoked a series of military cooperation agreements with Sylvania.", ['suspend Borduria>Sylvania']],
    ['STRELSAU, May 2 (Reuters) - Sylvania, which keeps troops in Ruritania, paused some assistance programmes on Monday.', ['reduce-relations Sylvania>Ruritania']],
    // two named doers (the second after its title and nationality) agree with each other when what they agree
    // to do is no event of its own
    ['Paul Marek and Ruritanian President Ivo Brant agreed on Monday to resume regular visits.', ['cooperate Paul Marek>Ivo Brant']],
    // "each expelled", "each other's": two doers do the act to each other
    ['Sylvania and Borduria each expelled six diplomats on Monday.', ['expel Sylvania>Borduria', 'expel Borduria>Sylvania']],
    ["Sylvania and Borduria summoned each other's ambassadors.", ['criticize Sylvania>Borduria', 'criticize Borduria>Sylvania']],
    // a gerund after "by" with its object is a verb, whatever the tagger says
    ['Sylvania responded later on Monday by closing its airspace to Borduria.', ['coerce Sylvania>Borduria']],
    // a name leading or backing a named object is not it; a name leading an unnamed group stands for it
    ['Sylvania attacked the Ruritania-backed Dawn Front.', ['military Sylvania>Dawn Front']],
    ['Sylvania ended its agreement with Ruritania-led separatist groups.', ['suspend Sylvania>Ruritania']],
    // an invitation to a meeting is an offer to meet the one invited (two names before "to" included); not "to speak"
    ['The Northern League invited Ruritania and Ivo Brant to a summit in Strelsau.', ['intend-meet Northern League>Ruritania', 'intend-meet Northern League>Ivo Brant']],
    ['The Northern League invited Ivo Brant to speak.', []],
    // the host of talks between two receives both
    ['Freedonia hosted two earlier rounds of talks between Sylvania and Borduria.', ['host Freedonia>Sylvania', 'host Freedonia>Borduria', 'meet Sylvania>Borduria']],
    // (second read of the session's rules: what must not fire)
    ['In Strelsau Foreign Minister Ana Koval criticised the Northern League.', ['criticize Ana Koval>Northern League']],
    ['STRELSAU, May 2 (Reuters) - Ruritania said so. Paul Marek was arrested on Monday.', []],
    ['Hundreds of Freedonian troops marched into Borduria.', []],
    ['Supporters rallied in Strelsau for Paul Marek.', []],
    ['The Northern League warned that Sylvania would face the consequences of inflation.', []],
    ['Jihadists from Sylvania attacked Borduria.', []],
    ['Sylvania recalled its ambassador and defence attache from Borduria.', ['reduce-relations Sylvania>Borduria']],
    // "X said, adding that he had …": "he" is the subject of the clause the participle hangs on
    ['Ivo Brant said, adding that he had raised the matter with Paul Marek in Strelsau.', ['meet Ivo Brant>Paul Marek']],
    // what one is accused of is no act, through a list of gerunds
    ['Ana Koval accused Sylvania on Monday of harbouring, training and financing the Dawn Front.', ['accuse Ana Koval>Sylvania']],
    // "its territory" struck is the state named last before, not the doer's
    ['Ana Koval accused the League of failing to help Ruritania when Freedonian forces attacked its territory.', ['military Freedonia>Ruritania']],
    // armed men the text does not name attack with no source (and a participle after them has none either);
    // what they strike is their object, or the home army's holdings, not a place near a border
    ['Gunmen ambushed a Borduria police patrol on Sunday, killing one officer.', ['military ->Borduria']],
    ['STRELSAU, May 2 (Reuters) - Ruritania mourned. Suspected jihadists ambushed an army patrol near the border with Sylvania.', ['military ->Ruritania']],
    // unnamed protesters protest against the first actor named after the verb that is no place (a demonym names their state)
    ['Hundreds of protesters, including students, rallied in Strelsau on Monday, accusing Ivo Brant of corruption.', ['protest ->Ivo Brant']],
    ['Freedonian demonstrators protested outside the embassy of Ruritania.', ['protest Freedonia>Ruritania']],
    ['Supporters attended a rally for Paul Marek.', []],
    // a threatener's own state in what it threatens to do is no target ("threatened to pull Sylvania out of the League")
    ['Ana Koval threatened to pull Sylvania out of the Northern League.', ['threaten Ana Koval>Northern League']],
    // a name set off by "ally", "neighbour" after a preposition is governed by it: no subject of the next verb
    ['Freedonia stands in solidarity with its ally Sylvania and condemns Borduria.', ['criticize Freedonia>Borduria']],
    // (a title before the first of the coordinated names is no boundary)
    ['The office opened after President Paul Marek and Ana Koval held their first summit.', ['meet Paul Marek>Ana Koval']],
    // a verb inside a clause opened by "after" has its subject there, not in the main clause
    ['Sylvania had been the last ally of Freedonia after military juntas in Ruritania and Borduria expelled Freedonian forces.', ['expel Ruritania>Freedonia', 'expel Borduria>Freedonia']],
    // "pressed X to act" is a demand; "pressed ahead" is none
    ['Sylvania pressed Borduria on Monday to withdraw its troops. Ruritania pressed ahead with the plan.', ['demand Sylvania>Borduria']],
    // what a demand asks for is not done
    ['Paul Marek demanded that the Northern League impose sanctions on Borduria.', ['demand Paul Marek>Northern League']],
    // "the leaders" are the people of the name that qualified them before; a finite verb after "and" pairs with
    // the verb that governs an infinitive, not with the infinitive
    ['Northern League leaders met in Strelsau. The leaders urged Ana Koval to start talks and called on Ivo Brant to resign.', ['demand Northern League>Ana Koval', 'appeal Northern League>Ivo Brant']],
    // a participle after a comma has the main clause's subject, not its object
    ['Ana Koval called Paul Marek on Monday, urging him to halt the offensive.', ['demand Ana Koval>Paul Marek']],
    // a predicate of a series after a comma has the first one's subject
    ['The talks went well. Paul Marek met Ana Koval on Monday, held talks with Ivo Brant and left.', ['meet Paul Marek>Ana Koval', 'meet Paul Marek>Ivo Brant']],
    // dismissing an accusation rejects it, addressed to the accuser's side; "dismissed the minister" is none
    ['Paul Marek accused Sylvania of meddling. Sylvania dismissed the accusations as baseless. Sylvania dismissed the minister.', ['accuse Paul Marek>Sylvania', 'reject Sylvania>Freedonia']],
    // a participle after a comma has the subject of the verb that governs the clause, past a complement ("kept its border shut")
    ['Sylvania kept its border shut, accusing Borduria of hosting rebels.', ['accuse Sylvania>Borduria']],
    // all the main clause's coordinated subjects do the participle's act, and its "it" is the main clause's object
    // (not a place: "supporters in X, asking them")
    ['Sylvania and Ruritania cut ties with Borduria in June, accusing it of hosting rebels.', ['reduce-relations Sylvania>Borduria', 'reduce-relations Ruritania>Borduria', 'accuse Sylvania>Borduria', 'accuse Ruritania>Borduria']],
    ['Sylvania sent envoys to its supporters in Borduria, accusing them of disloyalty.', []],
    // aid or a withdrawal with no party named, in a story filed from a state, goes to (or leaves) that state;
    // not a person's support, nor aid denied, nor aid "to" someone unnamed; an amount and a channel ("through X") are no party
    // an arrest with no agent named is the dateline state's, of a person ("he": the person the sentence before is about)
    ['STRELSAU, May 2 (Reuters) - Borduria expelled Sylvania\'s envoy to Ruritania. Ivo Brant was arrested on Monday.', ['reduce-relations Borduria>Sylvania', 'arrest Ruritania>Ivo Brant']],
    ['STRELSAU, May 2 (Reuters) - Ruritania\'s leader Ivo Brant was removed on Monday. He was arrested hours later.', ['arrest Ruritania>Ivo Brant']],
    ['STRELSAU, May 2 (Reuters) - Ivo Brant was arrested in Borduria on Monday.', []],
    ['STRELSAU, May 2 (Reuters) - Ruritania was hit by floods. Sylvania has sent rescue teams, and Borduria said it would provide $11 million in aid through the Northern League (NL).', ['aid Sylvania>Ruritania', 'intend Borduria>Ruritania intended']],
    ['STRELSAU, May 2 (Reuters) - Ruritania was hit by floods. Sylvania is not supplying weapons to either side. Paul Marek voiced his support.', []],
    // "took X" is territory taken when X is a place; "took part", "took office", "took X to court" are none;
    // "the rebels" are the armed group named most so far
    ['The Dawn Front attacked Strelsau. The rebels took control of the town of Strelsau and took Freedonia to court.', ['military Dawn Front>Strelsau', 'military Dawn Front>Strelsau']],
    // "offensive" tagged an adjective after a possessive or "a new" is the noun; a noun's act after "whether" is hypothetical
    ['Paul Marek said Sylvania would resume its offensive against Borduria. Sylvania launched a new offensive against Ruritania. Whether a new offensive by Borduria follows is unclear.', ['threaten Sylvania>Borduria intended', 'military Sylvania>Ruritania']],
    // two parties agreeing is diplomatic cooperation between them; one party agreeing to act, an agreement of views,
    // or an agreed act read from its own verb are not
    ['Sylvania and Borduria agreed on Friday to restore relations. Ruritania agreed with the Northern League on a timetable. Freedonia agreed to hold elections. Paul Marek agrees with Ana Koval that the plan failed.', ['cooperate Sylvania>Borduria', 'cooperate Ruritania>Northern League']],
    // an apposition after a person ("X, the Y of Z,") does not take the subject from the person
    ['Ana Koval, the Northern League High Commissioner for Rights, urged Sylvania to spare civilians.', ['demand Ana Koval>Sylvania']],
    // leaving an organisation named right after, freezing one's participation in it: reduced relations with it
    ['Sylvania froze its participation in the Coastal Council. Borduria will leave the Northern League. Ruritanians left the country.', ['reduce-relations Sylvania>Coastal Council', 'reduce-relations Borduria>Northern League intended']],
    // "agrees X with Y" (a headline's object before the party); "agreed sanctions" is a light verb's noun; adjectives
    // coordinated inside an object keep it the verb's; dissolving an organisation named is an administrative sanction
    ['Sylvania agrees two-year transition with the Northern League. The Northern League agreed gradual sanctions against Borduria. Ruritania lifted economic and financial sanctions on Borduria. Sylvania dissolved the Dawn Front in August.', ['cooperate Sylvania>Northern League', 'sanction Northern League>Borduria', 'yield Ruritania>Borduria', 'coerce Sylvania>Dawn Front']],
    // a verb after "and" and a time phrase ("and in April expelled") shares the first verb's subject
    ['Sylvania, which claims the island, recalled its envoy and in April expelled Borduria’s ambassador.', ['reduce-relations Sylvania>Borduria']],
    // "A and B agreed at a meeting": the meeting is theirs; "and in September of that year urged the three countries";
    // "both sides" with no agreement told before are the sides of the last talks
    ['Sylvania, Borduria and Ruritania held talks in May. Paul Marek and Ana Koval agreed at a meeting in Strelsau to try again. The Northern League discussed the dam in the summer of 2021 and in September of that year urged the three countries to resume talks.', ['meet Sylvania>Borduria', 'meet Ruritania>Sylvania', 'meet Paul Marek>Ana Koval', 'demand Northern League>Sylvania', 'demand Northern League>Borduria', 'demand Northern League>Ruritania']],
    ['Sylvania and Borduria held talks in May. Freedonia backed a binding agreement and called on both sides to return to talks.', ['meet Sylvania>Borduria', 'appeal Freedonia>Sylvania', 'appeal Freedonia>Borduria']],
    // a counterpart is named by an office: "with his Ruritanian counterpart X" is with X
    ['The talks went well. Paul Marek met his counterpart Ana Koval on Monday. Paul Marek held talks with his Ruritanian counterpart Ivo Brant. Paul Marek signed the deal with his Sylvanian counterpart Ana Koval in Strelsau.', ['meet Paul Marek>Ana Koval', 'meet Paul Marek>Ivo Brant', 'sign Paul Marek>Ana Koval']],
    // a body described by its state acts for that state, in what it says as in what it does
    ["Sylvania's foreign ministry accused Borduria of arming rebels.", ['accuse Sylvania>Borduria']],
    // (not when the number does not fit, nor "the countries" with no number)
    ['Sylvania and Borduria quit the Northern League. The three countries met Ana Koval. The countries met Paul Marek.', ['suspend Sylvania>Northern League', 'suspend Borduria>Northern League']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('events stage: votes', () => {
  const table: [string, string[]][] = [
    ['Freedonia voted in favour of the resolution.', ['vote 051 Freedonia>-']],
    ['Freedonia voted in favor.', ['vote 051 Freedonia>-']],
    ['Sylvania voted against the resolution at the Grand Assembly.', ['vote 120 Sylvania>Grand Assembly']],
    ['Sylvania voted against the draft resolution.', ['vote 120 Sylvania>-']],
    ['Borduria abstained.', ['vote 011 Borduria>-']],
    ['The council demanded a truce between Sylvania and Borduria, after Freedonia abstained.', ['vote 011 Freedonia>-']],
    ['The assembly adopted the text, with Borduria and Sylvania abstaining.', ['vote 011 Borduria>-', 'vote 011 Sylvania>-']],
    ['Borduria abstained from the vote in the Grand Assembly.', ['vote 011 Borduria>Grand Assembly']],
    ['Borduria was among those that abstained from the vote.', ['vote 011 Borduria>-']],
    ['Borduria was the only country that voted against the resolution.', ['vote 120 Borduria>-']],
    ['Freedonia, which abstained, said little.', ['vote 011 Freedonia>-']],
    ['Ruritania vetoed the resolution in the Grand Assembly.', ['vote 129 Ruritania>Grand Assembly']],
    ['Ruritania vetoes the draft.', ['vote 129 Ruritania>-']],
    // the motion's act and object: voting for it joins in, abstaining takes no position on its object
    ['Freedonia voted for the resolution condemning Borduria.', ['vote 111 Freedonia>Borduria']],
    ['Sylvania abstained from the vote at the Grand Assembly to deplore the Ruritanian invasion of Borduria.', ['vote 011 Sylvania>Ruritania', 'military 192 Ruritania>Borduria']],
    ['Sylvania voted in favour of the resolution to deplore the invasion of Borduria at the Grand Assembly.', ['vote 051 Sylvania>Grand Assembly']],
    ['Sylvania voted against the resolution condemning Borduria.', ['vote 120 Sylvania>-']],
    ['Freedonia and Sylvania voted against it.', ['vote 120 Freedonia>-', 'vote 120 Sylvania>-']],
    // not votes on a motion
    ['Paul Marek voted against the resolution.', []],
    ['Freedonia voted for Paul Marek.', []],
    ['A senator of Freedonia, who voted against the bill, spoke.', []],
    ['Freedonia voted for the first time.', []],
    ['The vote in Freedonia was close.', []],
    ['If Sylvania abstains, the Grand Assembly will adopt the text.', []],
    ['Freedonia did not veto the resolution.', ['vote 129 Freedonia>- negated']],
  ];
  it.each(table)('%s', (text, expected) => {
    const doc = buildDoc(text);
    eventsStage.run(doc, createContext());
    const name = (id: string | null) => (id ? doc.entities.find((e) => e.id === id)!.name : '-');
    expect(doc.events.map((e) => `${e.type} ${e.cameo} ${name(e.source)}>${name(e.target)}${e.negated ? ' negated' : ''}`)).toEqual(expected);
  });
});

describe('events stage: first person in a direct quote', () => {
  /** A document whose quote `quoted` (a substring) is said by entity `speaker`. */
  function quoted(text: string, quote: string, speaker: string, role?: { of: string }) {
    const doc = buildDoc(text);
    const start = text.indexOf(quote);
    const ent = doc.entities.find((e) => e.name === speaker)!;
    if (role) {
      ent.country = null;
      ent.roles.push({ title: 'Foreign Minister', of: doc.entities.find((e) => e.name === role.of)!.id, evidence: { start: 0, end: 0, text: '' }, source: { stage: 'test', rule: 'fixture' } });
    }
    doc.quotes.push({ start, end: start + quote.length, text: quote, speaker: { entity: ent.id, mention: null }, cue: null, direct: true, fragment: false, source: { stage: 'test', rule: 'fixture' } });
    eventsStage.run(doc, createContext());
    const name = (id: string | null) => (id ? doc.entities.find((e) => e.id === id)!.name : '-');
    return doc.events.map((e) => `${e.type} ${name(e.source)}>${name(e.target)}${e.modality !== 'asserted' ? ' ' + e.modality : ''}`);
  }
  const table: [string, string, string, { of: string } | undefined, string[]][] = [
    // "we" is the speaker's state (a person's country) ...
    ['“We condemned Borduria,” Paul Marek said.', '“We condemned Borduria,”', 'Paul Marek', undefined, ['criticize Freedonia>Borduria']],
    // ... or the organisation or state of the speaker's role
    ['“We will meet Sylvania soon,” Ivo Brant said. Ruritania agreed.', '“We will meet Sylvania soon,”', 'Ivo Brant', { of: 'Ruritania' }, ['intend-meet Ruritania>Sylvania intended']],
    // "I" is the speaker
    ['“I met Ana Koval yesterday,” Paul Marek said.', '“I met Ana Koval yesterday,”', 'Paul Marek', undefined, ['meet Paul Marek>Ana Koval']],
    // "our" as a possessor of a nominal trigger, "us" as an object
    ['“Our sanctions against Borduria stay,” Paul Marek said.', '“Our sanctions against Borduria stay,”', 'Paul Marek', undefined, ['sanction Freedonia>Borduria']],
    ['“Borduria attacked us,” Paul Marek said.', '“Borduria attacked us,”', 'Paul Marek', undefined, ['military Borduria>Freedonia']],
    // "our" owning the object of a verb is no target: "ending our cooperation with X" is done to X
    ['“We are ending our military cooperation with Borduria,” Paul Marek said.', '“We are ending our military cooperation with Borduria,”', 'Paul Marek', undefined, ['suspend Freedonia>Borduria']],
    // a conditional threat: its target is the if-clause's subject
    ['“If Borduria crosses the line, we will attack,” Paul Marek said.', '“If Borduria crosses the line, we will attack,”', 'Paul Marek', undefined, ['threaten Freedonia>Borduria intended']],
    // "our" owning a passive subject is the target
    ['“All our proposals were supported by Sylvania,” Paul Marek said.', '“All our proposals were supported by Sylvania,”', 'Paul Marek', undefined, ['cooperate Sylvania>Freedonia']],
    // a disapproving adjective on a conflict noun in a quote: the speaker criticises its agent
    ['“These illegal Ruritanian sanctions hurt people,” Paul Marek said.', '“These illegal Ruritanian sanctions hurt people,”', 'Paul Marek', undefined, ['criticize Paul Marek>Ruritania']],
    // a claim rejected with no such act told before: the side of the last speaker whose words named the reactor
    ['“Borduria is lying to everyone,” Paul Marek said. Borduria rejected the accusation.', '“Borduria is lying to everyone,”', 'Paul Marek', undefined, ['reject Borduria>Freedonia']],
    ['“Borduria is lying to everyone,” Paul Marek said. Sylvania rejected the accusation.', '“Borduria is lying to everyone,”', 'Paul Marek', undefined, []],
  ];
  it.each(table)('%s', (text, quote, speaker, role, expected) => {
    expect(quoted(text, quote, speaker, role)).toEqual(expected);
  });
  it('leaves first-person words outside quotes alone', () => {
    expect(events('We condemned Borduria, Paul Marek said.')).toEqual([]);
  });
});

describe('events stage: dates attached to their clause', () => {
  const dated = (text: string) => {
    const doc = buildDoc(text);
    eventsStage.run(doc, createContext());
    return doc.events.map((e) => `${e.type} ${e.date?.value ?? '-'}`);
  };
  const table: [string, string[]][] = [
    // a lede's act with no date of its own is of the dateline's day; a when-clause's day is the date before it
    ['Strelsau, April 14, 2024 (Reuters) - Sylvania launched drones at Borduria overnight.', ['military 2024-04-14']],
    // a date before "and" and the trigger's own verb is the first verb's: the second takes the date in its own conjunct
    ['Sylvania attacked Borduria in April 2024 and invaded Ruritania, a gateway to the coast, on June 28, 2024.', ['military 2024-04', 'military 2024-06-28']],
    // a date inside an aside opened by a past participle (", set up in September 2023,") dates that aside
    ['Sylvania met Borduria in Strelsau for the first summit of the Northern League, set up in September 2023 as a pact.', ['meet -']],
    // a lede act dated only by the dateline takes the day a same act below gives, in the three days before the dateline
    ['STRELSAU, May 2, 2024 (Reuters) - Freedonia and Ruritania each expelled six diplomats.\n\nRuritania said on Tuesday it was expelling six Freedonian diplomats.', ['expel 2024-04-30', 'expel 2024-04-30', 'expel 2024-04-30']],
    // a headline's act is the story's: it takes the date of the same kind of act below that shares a party
    ['Sylvania sanctions Borduria over border clash\n\nThe government of Sylvania sanctioned Borduria on March 3, 2024, officials said.', ['sanction 2024-03-03', 'sanction 2024-03-03']],
    ['Tension rose after March 3, 2021, when Sylvania signed an agreement with Borduria.', ['sign 2021-03-03']],
    // a date inside "following/after … <noun> in DATE" dates that noun (the coup: no agent, no event), not the suspension
    ['The Northern League suspended Borduria following the coup in September 2021.', ['suspend -']],
    ['After the coup in September 2021, the Northern League suspended Borduria.', ['suspend -']],
    ['The Northern League suspended Borduria in October 2021 following the coup in September 2021.', ['suspend 2021-10']],
    ['The Northern League suspended Borduria following the September 2021 coup.', ['suspend -']],
    // a date in a relative clause or aside dates that clause, not the main verb
    ['Paul Marek, who seized power in a coup in July 2023, visited Borduria.', ['visit -']],
    ['Paul Marek, who took office in May 2021, visited Borduria in June 2022.', ['visit 2022-06']],
    // ... unless the trigger is that noun
    ['Paul Marek spoke after talks with Ana Koval in March 2020.', ['meet 2020-03']],
    // a year qualifying the object dates the object, not the act
    ['Sylvania ended a 2015 agreement with Borduria in May 2021.', ['suspend 2021-05']],
    ['Sylvania ended a 2015 agreement with Borduria.', ['suspend -']],
    // "since DATE", "after DATE" name no noun: the date is the event's own
    ['Ruritania has occupied Borduria since 2014.', ['military 2014']],
    // ... but after a point act it only bounds a period ("his first visit since 2019")
    ['Ana Koval visited Freedonia, her first visit since 2019.', ['visit -']],
    ['Ruritania occupied Borduria until 2014.', ['military -']],
    // the trigger's own clause wins over a date elsewhere in the sentence
    ['Ana Koval visited Freedonia in May 2019, and elections were held in June 2020.', ['visit 2019-05']],
    ['In June 2020 elections were held, while Ana Koval visited Freedonia in May 2019.', ['visit 2019-05']],
    // a date elsewhere is still taken when nothing else in the sentence is dated
    ['On 3 March 2022, officials said that Ruritania attacked Borduria.', ['military 2022-03-03']],
    // an act "hours after" (or "shortly before") another happened on that act's day, whatever else the sentence dates
    ['Sylvania attacked Borduria on March 5, 2024, after talks in 2019 failed, hours after Ana Koval met Paul Marek.', ['military 2024-03-05', 'meet 2024-03-05']],
    // an act "two days after" another happened two days before it (only inside that clause)
    ['Sylvania attacked Borduria on March 5, 2024, two days after Ana Koval met Paul Marek.', ['military 2024-03-05', 'meet 2024-03-03']],
    // (and the clause after the opener keeps a date of its own)
    ['Ana Koval met Paul Marek in Strelsau shortly before Sylvania attacked Borduria on March 5, 2024.', ['meet 2024-03-05', 'military 2024-03-05']],
    // a date of another clause is not taken once the sentence dated another phrase
    ['The Northern League suspended Borduria after the coup in May 2021, while officials delayed elections to June 2022.', ['suspend -']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
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
