// Table tests of the quote stage on invented sentences. Documents are built by the text stage and
// then given hand-made mentions and entities, so these tests do not depend on the entity stages.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../model/document.js';
import type { Doc, Entity, EntityType, Mention } from '../../model/types.js';
import { createContext } from '../../pipeline/context.js';
import { textStage } from '../text/text-stage.js';
import { findMarkSpans } from './01-marks.js';
import { quotesStage } from './quotes-stage.js';

interface E {
  names: string[];
  type?: EntityType;
  gender?: 'm' | 'f';
  role?: string;
  /** the kind of its mentions (default 'name'): 'demonym' for "Bulgarian" */
  kind?: Mention['kind'];
}

/** Runs the text stage, adds a mention for every occurrence of each entity's names, runs the quote stage. */
function build(text: string, ents: E[] = []): Doc {
  const doc = createDoc(text);
  const ctx = createContext();
  textStage.run(doc, ctx);
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  ents.forEach((e, k) => {
    const id = `e${k + 1}`;
    const entity: Entity = { id, name: e.names[0], type: e.type ?? 'PERSON', kb: null, mentions: [], roles: [], gender: e.gender ?? null };
    for (const n of e.names) {
      const re = new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) mentions.push({ start: m.index, end: m.index + n.length, text: n, type: entity.type, kind: e.kind ?? 'name', kb: null, entity: id, source: { stage: 'test', rule: 'fixture' } });
    }
    if (e.role) entity.roles.push({ title: e.role, of: null, evidence: { start: 0, end: 0, text: '' }, source: { stage: 'test', rule: 'fixture' } });
    entities.push(entity);
  });
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => entities.find((e) => e.id === m.entity)!.mentions.push(i));
  doc.mentions = mentions;
  doc.entities = entities;
  quotesStage.run(doc, ctx);
  for (const q of doc.quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker.mention) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
  }
  return doc;
}

const LAVROV: E = { names: ['Sergei Lavrov', 'Lavrov'], gender: 'm', role: 'Foreign Minister' };
const MORRIS: E = { names: ['Haley Morris', 'Morris'], gender: 'f' };
const CLINTON: E = { names: ['Hillary Clinton', 'Clinton'], gender: 'f' };
const TIMES: E = { names: ['The Daily Ledger', 'Daily Ledger'], type: 'ORG' };
const KANE: E = { names: ['Tom Kane', 'Kane'], gender: 'm' };

// [text, entities, quote starts with, speaker mention, speaker entity name (null: none), fragment?]
type Row = [string, E[], string, string | null, string | null, boolean?];
const rows: Row[] = [
  // cue after the quote
  ['“We are ready to talk,” Lavrov said.', [LAVROV], '“We are ready', 'Lavrov', 'Sergei Lavrov'],
  ['“We are ready to talk,” Lavrov says.', [LAVROV], '“We are ready', 'Lavrov', 'Sergei Lavrov'],
  ['“The plan failed,” Kane told reporters on Monday.', [KANE], '“The plan failed', 'Kane', 'Tom Kane'],
  ['“Nothing has changed,” Kane added.', [KANE], '“Nothing', 'Kane', 'Tom Kane'],
  ['“This is unacceptable,” Kane insisted.', [KANE], '“This is', 'Kane', 'Tom Kane'],
  ['“The risk is growing,” Kane warned on Tuesday.', [KANE], '“The risk', 'Kane', 'Tom Kane'],
  ['“Talks must continue,” Kane stressed at a press conference.', [KANE], '“Talks', 'Kane', 'Tom Kane'],
  ['“Where is the money?” Kane asked.', [KANE], '“Where', 'Kane', 'Tom Kane'],
  ['“The budget is a disgrace,” Kane wrote in a letter.', [KANE], '“The budget', 'Kane', 'Tom Kane'],
  ['“We will not back down,” Kane later said.', [KANE], '“We will not', 'Kane', 'Tom Kane'],
  // inverted
  ['“We are ready to talk,” said Lavrov.', [LAVROV], '“We are ready', 'Lavrov', 'Sergei Lavrov'],
  // a name set off after a description is the speaker; a nationality qualifies a description, it does not speak
  ['“The council has spoken,” Sylvania’s ambassador to the United Nations, Jo Marsh, said after the vote.', [{ names: ['Sylvania'], type: 'GPE' }, { names: ['United Nations'], type: 'ORG' }, { names: ['Jo Marsh', 'Marsh'], gender: 'f' }], '“The council', 'Jo Marsh', 'Jo Marsh'],
  ['Premier Jo Marsh arrived. “We agree,” the Sylvanian premier said.', [{ names: ['Sylvania', 'Sylvanian'], type: 'GPE' }, { names: ['Jo Marsh', 'Marsh'], gender: 'f', role: 'Premier' }], '“We agree', 'the Sylvanian premier', 'Jo Marsh'],
  ['Jo Marsh, Sylvania’s ambassador to Borduria, spoke first. Tom Kane followed. “We will not yield,” the ambassador said.', [{ names: ['Jo Marsh', 'Marsh'], gender: 'f' }, KANE], '“We will not', 'the ambassador', 'Jo Marsh'],
  ['Prime Minister Tom Kane spoke first. Sergei Lavrov was blunter. “We will not yield,” the minister said.', [{ ...KANE, role: 'Prime Minister' }, LAVROV], '“We will not', 'the minister', 'Sergei Lavrov'],
  // a rank before a name; "the general" is a noun phrase though tagged an adjective
  ['The officers, led by General Jo Marsh, met. “We want no war,” the general said.', [{ names: ['Jo Marsh', 'Marsh'], gender: 'f' }], '“We want', 'the general', 'Jo Marsh'],
  ['Capt. Jo Marsh praised the deal. “A slave who does not rebel deserves no pity,” the 35-year-old officer said.', [{ names: ['Jo Marsh', 'Marsh'], gender: 'f' }], '“A slave', 'the 35-year-old officer', 'Jo Marsh'],
  // "was quoted as saying"
  ['Premier Jo Marsh arrived. “We are ready,” the Sylvanian premier was quoted as saying.', [{ names: ['Sylvania', 'Sylvanian'], type: 'GPE' }, { names: ['Jo Marsh', 'Marsh'], gender: 'f', role: 'Premier' }], '“We are ready', 'the Sylvanian premier', 'Jo Marsh'],
  // "the communique said": the author of the last communique
  ['The Coastal Council said in a communique that talks were over.\n\n“The Council condemns the coup,” the communique said.', [{ names: ['Coastal Council'], type: 'ORG' }], '“The Council', 'the communique', 'Coastal Council'],
  ['“The talks went well,” said the minister, Sergei Lavrov.', [LAVROV], '“The talks', 'Sergei Lavrov', 'Sergei Lavrov'],
  ['“Prices will rise,” added Kane.', [KANE], '“Prices', 'Kane', 'Tom Kane'],
  // cue before
  ['Lavrov said: “We are ready to talk.”', [LAVROV], '“We are ready', 'Lavrov', 'Sergei Lavrov'],
  ['Kane told the crowd, “We will win this fight.”', [KANE], '“We will win', 'Kane', 'Tom Kane'],
  ['Spokeswoman Haley Morris says the candidate has “always run a lean campaign and will continue to do so.”', [MORRIS], '“always run', 'Spokeswoman Haley Morris', 'Haley Morris'],
  ['According to Kane, “the deal is dead and nobody will revive it.”', [KANE], '“the deal', 'Kane', 'Tom Kane'],
  ['In a statement, Kane said: “We regret the decision.”', [KANE], '“We regret', 'Kane', 'Tom Kane'],
  // speaker inside the quote's sentence, apposition, relative clause
  ['“We will fight for every vote,” Clinton, the Democratic nominee, said.', [CLINTON], '“We will fight', 'Clinton', 'Hillary Clinton'],
  ['“The vote was rigged,” Kane, who leads the opposition, said on Friday.', [KANE], '“The vote', 'Kane', 'Tom Kane'],
  ['Kane, the party’s leader, said, “Our members are angry.”', [KANE], '“Our members', 'Kane', 'Tom Kane'],
  // split quote
  ['Kane arrived. “We are ready,” he said, “to help our neighbours in any way we can.”', [KANE], '“to help', 'he', 'Tom Kane'],
  ['Kane spoke first. “We are ready,” he said, “to help.”', [KANE], '“We are ready', 'he', 'Tom Kane'],
  // pronouns: gender
  ['Tom Kane met Hillary Clinton. “It was a good meeting,” she said.', [KANE, CLINTON], '“It was a good', 'she', 'Hillary Clinton'],
  ['Hillary Clinton met Tom Kane. “It was a good meeting,” he said.', [CLINTON, KANE], '“It was a good', 'he', 'Tom Kane'],
  // a description no role fits ("the bloc's top diplomat"): whom the sentence right before is about, not the last speaker
  ['“We disagree,” Clinton said. Tom Kane said sanctions would follow. “We will hit the regime where it hurts,” the bloc’s top diplomat told reporters.', [CLINTON, KANE], '“We will hit', 'the bloc’s top diplomat', 'Tom Kane'],
  // "the group", "its government" with no organisation named by that word: the organisation the sentence before opened with
  ['“We disagree,” Clinton said. The Dawn Front rejected the finding. “This decision is unjust,” the group said.', [CLINTON, { names: ['Dawn Front'], type: 'ORG' }], '“This decision', 'the group', 'Dawn Front'],
  // a demonym and an occupation no role names: whom the sentence right before is about, unless tied to another state
  ['“We disagree,” Clinton said. Tom Kane urged creditors to move quickly. “Timely restructuring is essential,” the Bulgarian economist said.', [CLINTON, KANE, { names: ['Bulgarian'], type: 'GPE', kind: 'demonym' }], '“Timely', 'the Bulgarian economist', 'Tom Kane'],
  // an age alone: the person the text is about now, not the last speaker
  ['“We disagree,” Clinton said. Tom Kane told parliament that critics were wrong. “We chose our friends,” the 61-year-old said.', [CLINTON, KANE], '“We chose', 'the 61-year-old', 'Tom Kane'],
  ['Mr. Kane arrived late. “I apologise for the delay,” he said.', [{ names: ['Kane'] }], '“I apologise', 'he', 'Kane'],
  // descriptions
  ['“We reaffirmed our readiness to help,” Russia’s top diplomat said.', [LAVROV], '“We reaffirmed', 'Russia’s top diplomat', 'Sergei Lavrov'],
  ['“The campaign is on track,” the spokeswoman said.', [], '“The campaign', 'the spokeswoman', null],
  // an indefinite description introduces someone new: not the person named before
  ['“We will win,” Tom Kane said. “The plan will fail,” a longtime adviser said.', [KANE], '“The plan will', 'a longtime adviser', null],
  ['“The city’s gun laws are too weak to stop dealers,” the newspaper said.', [TIMES], '“The city’s', 'the newspaper', null],
  ['The Daily Ledger ran an editorial. “The city’s gun laws are too weak to stop dealers,” the newspaper said.', [TIMES], '“The city’s', 'the newspaper', null],
  // straight marks
  ['"We are ready to talk," Lavrov said.', [LAVROV], '"We are ready', 'Lavrov', 'Sergei Lavrov'],
  ['Kane said: "The report is wrong and we will prove it."', [KANE], '"The report', 'Kane', 'Tom Kane'],
  // nested quotes: one quote, the inner title is not a quote of its own
  ['“I read ‘The Long Road’ and “War and Peace” last year, and both moved me,” Kane said.', [KANE], '“I read', 'Kane', 'Tom Kane'],
  // headline
  ['Kane: “We will not resign”\n\nThe minister spoke on Monday.', [KANE], '“We will not resign”', 'Kane', 'Tom Kane'],
  // continued statement in the next sentence and the next paragraph
  ['“The economy is weak,” Kane said. “Growth has stalled for two years.”', [KANE], '“Growth', 'Kane', 'Tom Kane'],
  ['Kane spoke for an hour.\n\n“The economy is weak,” he said.\n\n“Growth has stalled for two years and wages have not moved.”', [KANE], '“Growth', 'he', 'Tom Kane'],
  ['Kane continued:\n\n“Growth has stalled for two years and wages have not moved.”', [KANE], '“Growth', 'Kane', 'Tom Kane'],
  // cue words the tagger reads as nouns, particle verbs, parentheses, possessives in an apposition
  ['“Cruz can still win the state,” Kane notes.', [KANE], '“Cruz', 'Kane', 'Tom Kane'],
  ['“The plan will fail,” Kane points out.', [KANE], '“The plan', 'Kane', 'Tom Kane'],
  ['“You want to be a tough guy tonight,” Kane shot back.', [KANE], '“You want', 'Kane', 'Tom Kane'],
  ['“There is energy in the party,” Rep. Tom Kane (D-Ore.) said.', [KANE], '“There is', 'Rep. Tom Kane (D-Ore.)', 'Tom Kane'],
  ['Rep. Tom Kane (D-Ore.), who chairs the panel, said: “We will hold hearings next week.”', [KANE], '“We will hold', 'Rep. Tom Kane (D-Ore.)', 'Tom Kane'],
  ['“Bernie believes in change,” Tom Kane, Sanders’ campaign manager, said in a statement.', [KANE], '“Bernie', 'Tom Kane', 'Tom Kane'],
  ['Kane, meanwhile, who sits on the board, said the plan was “a disaster for everyone involved in it.”', [KANE], '“a disaster', 'Kane', 'Tom Kane'],
  // a relative pronoun subject is the mention, its antecedent gives the entity
  ['The prize went to Tom Kane, who called the plan “a disaster” on Monday.', [KANE], '“a disaster”', 'who', 'Tom Kane', true],
  ['Voters cheered Hillary Clinton, who declared in the hall, “It is time to unite this party.”', [CLINTON], '“It is time', 'who', 'Hillary Clinton'],
  ['A banner hung from the stage that said “Welcome home” in red letters.', [], '“Welcome home”', 'that', null, true],
  // mixed-up marks still pair: the speaker between two halves is found
  ['“Our roads are crumbling," she said. "Families endure blackouts every winter.”', [CLINTON], '“Our roads', 'she', null],
  ['“It is apparently not over,“ he said. “A leopard does not change its spots.”', [KANE], '“It is apparently', 'he', null],
  // time phrases between the subject and the cue
  ['Kane at the time said he would “look into” the fees.', [KANE], '“look into”', 'Kane', 'Tom Kane', true],
  ['Kane on Friday described his plan as a “big tent” for the party.', [KANE], '“big tent”', 'Kane', 'Tom Kane', true],
  ['Hillary Clinton last week said the deal was “a very bad idea for our workers.”', [CLINTON], '“a very bad', 'Hillary Clinton', 'Hillary Clinton'],
  // introductory and subordinate clauses: the clause that holds the quote
  ['After Kane argued for more cuts, Hillary Clinton said his “numbers do not add up.”', [KANE, CLINTON], '“numbers', 'Hillary Clinton', 'Hillary Clinton'],
  ['Asked if the talks had failed, Kane said, “Not at all, we will meet again next week.”', [KANE], '“Not at all', 'Kane', 'Tom Kane'],
  ['Hillary Clinton tweeted after Kane argued that “if everyone had voted as he did, we would have lost.”', [KANE, CLINTON], '“if everyone', 'Kane', 'Tom Kane'],
  // a dash and a name after a quote that opens its line: testimonials, epigraphs; not a dash inside a sentence
  ['Readers wrote in.\n“We can build a better town than this one, together.” ― Tom Kane\n“Nobody asked us.” ― Hillary Clinton', [KANE, CLINTON], '“We can build', 'Tom Kane', 'Tom Kane'],
  ['Readers wrote in.\n“We can build a better town than this one, together.” ― Tom Kane\n“Nobody asked us about the plan.” ― Hillary Clinton', [KANE, CLINTON], '“Nobody asked', 'Hillary Clinton', 'Hillary Clinton'],
  ['The mayor called it “the next big thing for the town” – Kane disagreed with that.', [KANE], '“the next big', 'The mayor', null, true],
  // a coordinated clause with its own subject and cue: that clause holds the quote
  ['A woman asked for a photo and Kane said, “As long as we do not break any election laws.”', [KANE], '“As long', 'Kane', 'Tom Kane'],
  // a fragment in a clause opened inside the sentence takes that clause's subject
  ['Kane could not resist a swipe at Hillary Clinton, who he dubbed “the little senator.”', [KANE, CLINTON], '“the little', 'he', 'Tom Kane'],
  ['The debate turned sharp in December, when Hillary Clinton called the plan “a gift to our rivals.”', [CLINTON], '“a gift', 'Hillary Clinton', 'Hillary Clinton'],
  // a short sentence of subject and cue after a quote closed by a full stop
  ['“We will find the missing emails.” Kane said.', [KANE], '“We will find', 'Kane', 'Tom Kane'],
  // ("She said nothing." is not a cue of the quote)
  ['Kane visited the plant. “Jobs are coming back to this town.” She said nothing.', [KANE], '“Jobs', null, null],
  // inverted cue after a clause that continues the quote
  ['"It seems extremely unlikely" that the deal will pass, said Tom Kane, a party strategist.', [KANE], '"It seems', 'Tom Kane', 'Tom Kane'],
  // tagger slips: a cue word read as a noun before a quote, a reflexive after the subject, a lone determiner subject
  ['The ad claims “Jeb is the conservative you can trust.”', [], '“Jeb', 'The ad', null],
  ['Kane himself said on Tuesday that “the only way to win is to ask for every vote.”', [KANE], '“the only way', 'Kane', 'Tom Kane'],
  ['Supporters filled the hall. Some chanted “USA! USA!” as he spoke.', [], '“USA! USA!”', 'Some', null, true],
  // a short quote with its own cue is a statement, and the next quote continues it
  ['“Elections matter,” Kane said. “Look at the records of both candidates on this issue.”', [KANE], '“Look at', 'Kane', 'Tom Kane'],
  // no cue near the quote: no speaker (the subject of the sentence before was right about half the time)
  ['Kane spoke at noon. He praised the governor’s work after the storm. “We need someone who will cut through the noise and bring people together.”', [KANE], '“We need', null, null],
  // a name right before a colon that opens the quote, when no reporting verb governs it
  ['Polls were wrong again - Tom Kane: “The samples were too small to show the late swing.”', [KANE], '“The samples', 'Tom Kane', 'Tom Kane'],
  ['More from Kane: “The samples were too small to show the late swing.”', [KANE], '“The samples', 'Kane', 'Tom Kane'],
  ['The result did not surprise party strategist Tom Kane: “The samples were too small to show the swing.”', [KANE], '“The samples', 'Tom Kane', 'Tom Kane'],
  ['Hillary Clinton said of Kane: “He has never run anything bigger than a lemonade stand.”', [KANE, CLINTON], '“He has never', 'Hillary Clinton', 'Hillary Clinton'],
  ['Hillary Clinton told the Daily Ledger: “He has never run anything bigger than a lemonade stand.”', [TIMES, CLINTON], '“He has never', 'Hillary Clinton', 'Hillary Clinton'],
  // any verb after a quote that opens its sentence; not after a quote inside a clause
  ['“We will not go quietly,” Kane fumed on the steps.', [KANE], '“We will not', 'Kane', 'Tom Kane'],
  ['The judge called the plan “distasteful and illegal,” Kane expressed a wish to appeal.', [KANE], '“distasteful', 'The judge', null],
  ['The storm hit the coast on Monday.\n\n“We need someone who will cut through the noise and bring people together.”', [KANE], '“We need', null, null],
  ['Kane spoke at the rally. “What difference does it make now?” Others saw the same thing in his eyes.', [KANE], '“What difference', null, null],
  // a passive cue with its agent: the agent speaks
  ['The plan has been called “a recipe for gridlock” by Tom Kane, a party strategist.', [KANE], '“a recipe', 'Tom Kane', 'Tom Kane', true],
  ['The council left the vote to next week, an option described by Kane as a “lifeboat” for the budget.', [KANE], '“lifeboat”', 'Kane', 'Tom Kane', true],
  ['Kane was asked by Hillary Clinton on Monday, “Why did you vote against the bill last spring?”', [KANE, CLINTON], '“Why did', 'Hillary Clinton', 'Hillary Clinton'],
  // a naming participle after a noun names no speaker: the clause's subject does
  ['Kane shared a syllabus for a history class called “Empires” on his page.', [KANE], '“Empires”', 'Kane', 'Tom Kane', true],
  // the possessor of a speech noun linked to the quote by "that" or a colon
  ['Morris stirred a row over her remark that “there is no room in this party for cowards.”', [MORRIS], '“there is', 'her', 'Haley Morris'],
  ['The mayor said Kane’s comments “show a deep bias against the city.”', [KANE], '“show a deep', 'The mayor', null],
  ['The fact-checkers seized on Kane’s claim that there have been “thousands of shootings” in the city this year.', [KANE], '“thousands', 'Kane', 'Tom Kane', true],
  // a possessive pronoun opening the subject after the quote
  ['“He had so many plans for the town,” his friend Tom Kane told the paper.', [KANE], '“He had', 'friend Tom Kane', 'Tom Kane'],
  // the name that opens the sentence, across asides without a verb (age, home town, a visit)
  ['Tom Kane, 22, of Flint, Mich., said he was “ready to vote for anyone but the incumbent.”', [KANE, { names: ['Flint'], type: 'GPE' }], '“ready', 'Tom Kane', 'Tom Kane'],
  ['Haley Morris, during a town hall in Columbus, Ohio, said she was “going to fight for every job in this state.”', [MORRIS, { names: ['Columbus'], type: 'GPE' }], '“going', 'Haley Morris', 'Haley Morris'],
  ['Tom Kane, who lives in Flint, said the plan was “a disaster for the town and its schools.”', [KANE, { names: ['Flint'], type: 'GPE' }], '“a disaster', 'Tom Kane', 'Tom Kane'],
  // a one-word name the tagger may read as a verb, right before the cue
  ['The group is less likely to be “overrun with hardliners,” Hoover said.', [], '“overrun', 'Hoover', null],
  ['“We will win this fight in the courts and at the ballot box,” Will wrote.', [], '“We will win', 'Will', null],
  // a quote that is its own paragraph, signed by a dash paragraph
  ['The candidates made claims.\n\n“We have cut the deficit in half over the last eight years.”\n\n- Tom Kane.\n\nThe number is out of date.', [KANE], '“We have cut', 'Tom Kane', 'Tom Kane'],
  ['Readers wrote in.\n\n“I never thought I would vote for a third party this year.”\n\n—Haley Morris, Ohio.', [MORRIS], '“I never', 'Haley Morris', 'Haley Morris'],
  // a capitalised first word of an inverted subject the tagger may misread ("Concord resident")
  ['Kane spoke.\n\n“We will fight on,” said Concord resident Tom Kane.', [KANE], '“We will fight', 'Concord resident Tom Kane', 'Tom Kane'],
  // a loose cue ("read", "echoed") right after the closing mark, inverted
  ['Kane issued a statement.\n\n“We are proud of what this team has done for the city,” read the statement.', [KANE], '“We are proud', 'the statement', null],
  // an abbreviation's full stop inside the subject after the quote; a coordinated subject
  ['Kane spoke.\n\n“We will fight on,” Senate leader Haley Morris, R-Ky., said.', [MORRIS], '“We will fight', 'Senate leader Haley Morris', 'Haley Morris'],
  ['Kane spoke.\n\n“We will fight on,” the Ohio senator and party leader said in a statement.', [KANE], '“We will fight', 'the Ohio senator and party leader', null],
  // a contracted auxiliary between the subject and its verb
  ['Kane spoke at noon. He’s predicting the party will do “very, very well” in the next contest.', [KANE], '“very, very well”', 'He', 'Tom Kane', true],
  // a plain "said" governs a phrase quoted far into its clause
  ['Haley Morris said in her opening remarks on Monday that the party platform should reiterate its support for the country’s “stalwart allies,” naming three.', [MORRIS], '“stalwart allies,”', 'Haley Morris', 'Haley Morris', true],
  // manner verbs report only next to the quote
  ['The delegates cheered.\n\n“This is fantastic!” beamed Tom Kane of Flint, who had waited all night.', [KANE], '“This is', 'Tom Kane of Flint', 'Tom Kane'],
  ['Kane beamed at the crowd. “This is fantastic news for all of the workers in the plant.”', [KANE], '“This is', null, null],
  // fragments and scare quotes
  ['The United Nations described the withdrawal as “unfortunate” in May.', [{ names: ['United Nations'], type: 'ORG' }], '“unfortunate”', 'The United Nations', 'United Nations', true],
  ['Kane called the plan “a disaster” on Monday.', [KANE], '“a disaster”', 'Kane', 'Tom Kane', true],
  ['The “special military operation” began in February.', [], '“special military operation”', null, null, true],
  ['Troops were sent to “restore order” in the north.', [], '“restore order”', null, null, true],
  ['Their so-called “peace plan” was rejected.', [], '“peace plan”', null, null, true],
  // a pronoun speaker stands for the subject before an object of its sentence or the sentence before
  ['Ray Dunn attacked Tom Kane on Friday, and he called the plan “a fraud” later.', [{ names: ['Ray Dunn', 'Dunn'], gender: 'm' }, KANE], '“a fraud”', 'he', 'Ray Dunn', true],
  ['Ray Dunn met Tom Kane in March. “We will win this fight,” he said.', [{ names: ['Ray Dunn', 'Dunn'], gender: 'm' }, KANE], '“We will win', 'he', 'Ray Dunn'],
  ['“Taxes will fall,” Kane said. Ray Dunn then mocked Kane. “It is a fantasy,” he said.', [KANE, { names: ['Ray Dunn', 'Dunn'], gender: 'm' }], '“It is a fantasy', 'he', 'Ray Dunn'],
  ['Sue Bell met Tom Kane, the Bell campaign chairman Ray Dunn said. “We are happy,” he said.', [{ names: ['Sue Bell', 'Bell'], gender: 'f' }, KANE, { names: ['Ray Dunn', 'Dunn'], gender: 'm' }], '“We are happy', 'he', 'Tom Kane'],
  ['The Farm Union is asking the courts whether they can call the law “a theft” now.', [{ names: ['The Farm Union', 'Farm Union'], type: 'ORG' }], '“a theft”', 'they', 'The Farm Union', true],
  // a paragraph that is only a quote takes the subject of the paragraph before it
  ['Kane praised the mayor for her work after the storm.\n\n“We need people who get things done.”', [KANE], '“We need people', 'Kane', 'Tom Kane'],
  ['The storm hit the coast on Monday.\n\n“We need people who get things done.”', [KANE], '“We need people', null, null],
  // a quote sentence right after a sentence that ends with its reporting verb or "said Name"
  ['The budget is too small, Kane writes. “It is a sign of the times that nobody objects to it.”', [KANE], '“It is a sign', 'Kane', 'Tom Kane'],
  ['The budget is too small, said Tom Kane. “It is a sign of the times that nobody objects to it.”', [KANE], '“It is a sign', 'Tom Kane', 'Tom Kane'],
  // a continued quote goes to a new subject named in between
  ['“Taxes will fall,” Kane said. Ray Dunn disagreed at once. “It is a fantasy and everyone knows it.”', [KANE, { names: ['Ray Dunn', 'Dunn'], gender: 'm' }], '“It is a fantasy', 'Ray Dunn', 'Ray Dunn'],
  ['“Taxes will fall,” Kane said. He spoke in Ohio on Friday. “It is a fact and everyone knows it.”', [KANE], '“It is a fact', 'Kane', 'Tom Kane'],
  // gender from a common first name when nothing else tells it
  ['Anna Reyes met Tom Kane in Ohio. “We agreed on the budget,” she said.', [{ names: ['Anna Reyes', 'Reyes'] }, { names: ['Tom Kane', 'Kane'] }], '“We agreed', 'she', 'Anna Reyes'],
  ['Anna Reyes met Tom Kane in Ohio. “We agreed on the budget,” he said.', [{ names: ['Anna Reyes', 'Reyes'] }, { names: ['Tom Kane', 'Kane'] }], '“We agreed', 'he', 'Tom Kane'],
  // descriptions: an organisation named with the head word, a possessive pronoun for a campaign
  ['The Election Commission met on Monday. “The vote was fair,” the commission said.', [{ names: ['The Election Commission', 'Election Commission'], type: 'ORG' }], '“The vote was fair', 'the commission', 'The Election Commission'],
  ['Haley Morris spoke in Ohio. “We will win Ohio,” her campaign said.', [MORRIS], '“We will win Ohio', 'campaign', 'Haley Morris'],
  ['Kane praised “Ray Dunn” at length before he called the bill “a disgrace” on Monday.', [KANE, { names: ['Ray Dunn', 'Dunn'], gender: 'm' }], '“a disgrace”', 'he', 'Tom Kane', true],
  // a long subject between the closing mark and the cue: names, nouns, prepositions; the person in it is the entity
  ['“We will not sign the deal,” Jo Pratt of the Center for Budget Studies wrote in May.', [{ names: ['Jo Pratt'] }, { names: ['Center for Budget Studies'], type: 'ORG' }], '“We will not', 'Jo Pratt of the Center for Budget Studies', 'Jo Pratt'],
  ['The town built a site.\n\n“Welcome, visitors!” a sign on the town hall reads.', [], '“Welcome', 'a sign on the town hall', null],
  ['Kane spoke.\n\n“We need it,” Acme press secretary Ray Dunn said.', [KANE, { names: ['Acme'], type: 'ORG' }, { names: ['Ray Dunn'] }], '“We need it', 'Acme press secretary Ray Dunn', 'Ray Dunn'],
  // a surname the entity stages did not mark takes the entity named with it; a lone name before an aside
  ['Ray Dunn, a party official, spoke first. “We are ready to vote,” said Dunn.', [{ names: ['Ray Dunn'] }], '“We are ready', 'Dunn', 'Ray Dunn'],
  ['“He had many friends here,” Blunt, after a long pause, said of Kane.', [KANE], '“He had', 'Blunt', null],
  // a passive cue is not the speaker's; a clause with its own verb is not an apposition
  ['Kane, who called Ray Dunn shortly after the winner was declared, told his supporters, “We will be back next year.”', [KANE, { names: ['Ray Dunn'] }], '“We will be back', 'Kane', 'Tom Kane'],
  ['Speaking at a rally in Flint, Ohio, Kane went after Dunn, calling him “a total fraud.”', [KANE, { names: ['Flint'], type: 'GPE' }, { names: ['Dunn'] }], '“a total fraud', 'Kane', 'Tom Kane'],
  ['Kane is also reported to have called the deal “a gift to the banks.”', [KANE], '“a gift', 'Kane', 'Tom Kane'],
  // a colon closes the clause before it; a relative clause closed before the quote is not its clause
  ['Even those who backed the plan sounded wary: Haley Morris called it “the least bad option we have.”', [MORRIS], '“the least bad', 'Haley Morris', 'Haley Morris'],
  ['Kane is praising Ray Dunn, who ended his bid on Saturday, as “a man who never went to the gutter”.', [KANE, { names: ['Ray Dunn'] }], '“a man who', 'Kane', 'Tom Kane', true],
  // a cue followed only by a comma governs the quote it introduces, before an earlier cue of the sentence
  ['Morris said the plan leaves out fathers, and when pressed on why, the mother of three replied, “It is meant to help the mother.”', [MORRIS], '“It is meant', 'the mother of three', null],
  // a lone capitalised name opening the clause; a year between a relative pronoun and its cue; an abbreviation before a comma
  ['Jo Pratt heads the office. Later, Pratt said there remains a “significant gap between the two parties,” when it comes to taxes.', [{ names: ['Ray Dunn'] }, { names: ['Jo Pratt'] }], '“significant gap', 'Pratt', 'Jo Pratt'],
  ['Ray Dunn, who in 2010 said the goal was to make Kane a “one-term mayor,” is retiring.', [KANE, { names: ['Ray Dunn'] }], '“one-term', 'who', 'Ray Dunn'],
  ['Ray Dunn spoke on Monday. However, he described Tom Kane, D-Va., as, “a little desperate there, always trying to get his points.”', [KANE, { names: ['Ray Dunn'], gender: 'm' }], '“a little', 'he', 'Ray Dunn'],
  // a quoted transcript: each turn opens with the speaker's capitalised name and a colon
  ['Tom Kane and Ray Dunn met.\n\n“KANE: Well, look, the budget is a disgrace and everyone knows it.\n\n“DUNN: Do you really think so?”', [KANE, { names: ['Ray Dunn'] }], '“KANE', 'KANE', 'Tom Kane'],
  ['Tom Kane and Ray Dunn met.\n\n“KANE: Well, look, the budget is a disgrace and everyone knows it.\n\n“DUNN: Do you really think so?”', [KANE, { names: ['Ray Dunn'] }], '“DUNN', 'DUNN', 'Ray Dunn'],
  // an absolute participle has the name right before it; a participle after the quote has the subject of the quote's clause
  ['Voters were irritated by the delay, with Tom Kane calling it “a Chinese menu.”', [KANE], '“a Chinese', 'Tom Kane', 'Tom Kane'],
  ['Both men issued a statement – Kane saying he was “very encouraged” and Ray Dunn calling it “a great meeting” on Friday.', [KANE, { names: ['Ray Dunn'] }], '“a great', 'Ray Dunn', 'Ray Dunn', true],
  ['The ad uses footage of Tom Kane asking, “Why are we not fifty points ahead of them?”', [KANE], '“Why are we', 'Tom Kane', 'Tom Kane'],
  ['Tom Kane defended the “city values,” saying the town embodied its spirit.', [KANE], '“city values', 'Tom Kane', 'Tom Kane', true],
  // an introductory prepositional phrase is not the clause; a progressive the tagger may read as an adjective
  ['In a preview clip for the new show of Ray Dunn, Kane sings the song “Open Roads” to the crowd.', [KANE, { names: ['Ray Dunn'] }], '“Open Roads”', 'Kane', 'Tom Kane', true],
  ['Morris is stressing her plans. Kane is promising lower taxes and “more jobs for all the people in this state,” but he has also raised his tone.', [MORRIS, KANE], '“more jobs', 'Kane', 'Tom Kane'],
  // testimonials one after another, each signed with a dash and a name
  ['Readers wrote in.\n\n“We need a change in this town.” ― Tom Kane “Nobody listens to us here.” ― Haley Morris. Photo: Getty.', [KANE, MORRIS], '“Nobody listens', 'Haley Morris', 'Haley Morris'],
  // "as X put it"
  ['The main test is a “lawful source of income,” as a Treasury memo put it.', [], '“lawful source', 'a Treasury memo', null],
  // a naming verb with its pronoun right before the quote; a cue inside a relative clause that runs on to the quote
  ['Kane wears a suit in videos he calls “Consumer Advocate TV,” pointing to bottles of soda.', [KANE], '“Consumer', 'he', 'Tom Kane'],
  ['Kane said the party backs a firm that sells what it calls “psychographic” profiles.', [KANE, { names: ['The Farm Union'], type: 'ORG' }], '“psychographic”', 'it', null, true],
  // a verb coordinated with the cue shares its subject; a cue word before a preposition is a noun
  ['Once, when my mother mentioned the devil to me, I laughed and said, “I do not believe in the devil.”', [], '“I do not', 'I', null],
  ['The Truth Desk rated most Republican claims as “false” in 2013.', [{ names: ['The Truth Desk'], type: 'ORG' }], '“false”', 'The Truth Desk', 'The Truth Desk', true],
  // a signature of capitalised names after a dash, whatever the entity stages made of it
  ['Readers wrote in.\n\n“We need a change in this town and we need it now.” ― Ana Reyes Vela. Photo: Getty.', [], '“We need a change', 'Ana Reyes Vela', null],
  ['"People are angry," said Tom Kane, a city official, who added that the mayor "needs to be more open with all of us."', [KANE], '"needs', 'who', 'Tom Kane'],
  // a quote after a connective ("But", "Specifically,", "Adding,") continues the previous statement
  ['“It is not do or die,” Kane said outside. But “the party is stronger with an endorsement from its leader.”', [KANE], '“the party', 'Kane', 'Tom Kane'],
  ['“The report was weak,” Kane said. Adding, “Like all such reports, it is never as bad as it looks.”', [KANE], '“Like all', 'Kane', 'Tom Kane'],
  // more reporting verbs; a participle phrase between the subject and its cue
  ['“The whole town was angry,” remembered Tom Kane, a former mayor.', [KANE], '“The whole', 'Tom Kane', 'Tom Kane'],
  ['Protesters marching through the streets chanted “What curfew?” and kept going.', [], '“What curfew?”', 'Protesters', null, true],
  // a phrase joined by "and" to the next quote shares its speaker
  ['Guns are “the worst crisis” and “a stain on us all,” Tom Kane, the former mayor, proclaimed on Tuesday.', [KANE], '“the worst', 'Tom Kane', 'Tom Kane', true],
  // a description that ends on a name is that name's; an organisation's spokesperson speaks for it, an anonymous official does not
  ['Freedonia’s state news agency FNA said the talks had been “a great success”.', [{ names: ['Freedonia'], type: 'GPE' }, { names: ['FNA'], type: 'ORG' }], '“a great success”', 'Freedonia’s state news agency FNA', 'FNA', true],
  ['“We urge restraint on all sides,” a Trade Office spokesperson told reporters.', [{ names: ['Trade Office'], type: 'ORG' }], '“We urge', 'a Trade Office spokesperson', 'Trade Office'],
  ['“We urge restraint on all sides,” a senior Trade Office official told reporters.', [{ names: ['Trade Office'], type: 'ORG' }], '“We urge', 'a senior Trade Office official', null],
  // a description with the person's name set off right after it
  ['“We cannot accept it,” one of the surviving victims, 94-year-old Ana Reyes, said in a video message.', [{ names: ['Ana Reyes'] }], '“We cannot', 'one of the surviving victims', 'Ana Reyes'],
  // a sentence opened by "it" is about the organisation the sentence before opened with
  ['Hours later, the Trade Office said it was expelling six diplomats. It also said it had “no faith” in the talks.', [{ names: ['Trade Office'], type: 'ORG' }], '“no faith”', 'It', 'Trade Office', true],
  // and so is a sentence opened by the quote "it" said; not after a sentence opened by a person
  ['The Trade Office halted payments. “We have paused all payments,” it said in a statement.', [{ names: ['Trade Office'], type: 'ORG' }], '“We have', 'it', 'Trade Office'],
  ['Tom Kane met the Trade Office. “We have paused all payments,” it said in a statement.', [KANE, { names: ['Trade Office'], type: 'ORG' }], '“We have', 'it', null],
  // "the mission" is the organisation named with that head word, before the tail of its name
  ['The Coastal Assistance Mission in Sylvania reported clashes. “We call on all parties to exercise restraint,” the mission said.', [{ names: ['Coastal Assistance Mission in Sylvania'], type: 'ORG' }], '“We call', 'the mission', 'Coastal Assistance Mission in Sylvania'],
  // a participle after a comma has the subject of the quote's clause, not the subject of what it says
  ['Tom Kane accused the board of “the worst failure in years” since the war, saying Jon Roe had neglected the region.', [KANE, { names: ['Jon Roe'] }], '“the worst', 'Tom Kane', 'Tom Kane', true],
  // an anonymous official qualified by a region is nobody named, not the region
  ['“We have no choice,” a senior European diplomat told Reuters.', [{ names: ['European'], type: 'MISC' }], '“We have', 'a senior European diplomat', null],
  // a qualified role ("the former prime minister") is not another kind of that role ("Foreign Minister Jon Roe"): nobody, not a guess
  ['Foreign Minister Jon Roe said the talks failed. “There will be no going back,” the former prime minister said.', [{ names: ['Jon Roe'], role: 'Foreign Minister' }], '“There will', 'the former prime minister', null],
  // a quote that ends a paragraph is not joined to the quote that opens the next one
  ['Tom Kane spoke. “No.”\n\n“It is regrettable,” Jon Roe said.', [KANE, { names: ['Jon Roe'] }], '“No.”', null, null, true],
  // "according to" a possessive phrase
  ['According to his longtime doctor, Kane is in “astonishingly excellent” health.', [KANE], '“astonishingly', 'his longtime doctor', null, true],
];

describe('quote stage: direct quotes', () => {
  it.each(rows)('%s', (text, ents, starts, mention, entity, fragment) => {
    const doc = build(text, ents);
    const q = doc.quotes.find((q) => q.direct && q.text.startsWith(starts));
    expect(q, `no quote starting ${starts} in ${JSON.stringify(doc.quotes.map((q) => q.text))}`).toBeDefined();
    expect(q!.speaker.mention?.text ?? null).toBe(mention);
    const name = q!.speaker.entity ? doc.entities.find((e) => e.id === q!.speaker.entity)!.name : null;
    expect(name).toBe(entity);
    expect(q!.fragment).toBe(fragment ?? false);
  });

  it('has at least 40 rows', () => expect(rows.length).toBeGreaterThanOrEqual(40));
});

describe('quote marks', () => {
  const spans = (t: string) => findMarkSpans(t, [{ start: 0, end: t.length }]).map((s) => t.slice(s.start, s.end));
  it('pairs curly and straight marks and keeps nested ones inside', () => {
    expect(spans('He said “a “b” c” and "d".')).toEqual(['“a “b” c”', '"d"']);
    expect(spans('A 5" screen and “e”')).toEqual(['“e”']);
    expect(spans('“He said "yes" to me,” she said.')).toEqual(['“He said "yes" to me,”']);
    expect(spans('"He said “yes” to me," she said.')).toEqual(['"He said “yes” to me,"']);
  });
  it('pairs mixed-up marks', () => {
    expect(spans('“Roads are bad," she said. "Bridges too.”')).toEqual(['“Roads are bad,"', '"Bridges too.”']);
    expect(spans('“Apparently not,“ he said. “A leopard.”')).toEqual(['“Apparently not,“', '“A leopard.”']);
    expect(spans('"Roads are bad,” she said.')).toEqual(['"Roads are bad,”']);
  });
  it('continues a quote into a paragraph that opens with a mark', () => {
    const t = '“First part.\n\n“Second part,” he said.';
    const ps = [{ start: 0, end: 12 }, { start: 14, end: t.length }];
    expect(findMarkSpans(t, ps).map((s) => t.slice(s.start, s.end))).toEqual(['“First part.\n\n“Second part,”']);
  });
});

describe('quote stage: reported speech', () => {
  const cases: [string, E[], string | null, string | null][] = [
    ['Lavrov said that the talks had gone well.', [LAVROV], 'the talks had gone well', 'Lavrov'],
    ['Kane told reporters the budget would be cut.', [KANE], 'the budget would be cut', 'Kane'],
    ['He insisted that nothing had changed.', [], 'nothing had changed', 'He'],
    ['According to Kane, the deal is dead.', [KANE], 'the deal is dead', 'Kane'],
    ['Reports say the army has 5,000 troops there.', [KANE], null, null],
    ['Kane said he was “deeply worried” about the vote.', [KANE], null, null],
  ];
  it.each(cases)('%s', (text, ents, content, mention) => {
    const doc = build(text, ents);
    const q = doc.quotes.find((q) => !q.direct);
    if (content === null) return expect(q).toBeUndefined();
    expect(q?.text).toBe(content);
    expect(q?.speaker.mention?.text).toBe(mention);
  });
});

describe('quote stage: pronoun speakers become mentions of their entity', () => {
  it('links the pronoun speaker of a quote and of a later reporting verb', () => {
    const text = 'Tom Kane spoke for an hour. “The economy is weak,” he said. He says voters want “real change in the capital.”';
    const doc = createDoc(text);
    const ctx = createContext();
    textStage.run(doc, ctx);
    const at = (w: string, from = 0) => text.indexOf(w, from);
    const m = (start: number, t: string, kind: Mention['kind'], entity: string | null): Mention => ({ start, end: start + t.length, text: t, type: 'PERSON', kind, kb: null, entity, source: { stage: 'test', rule: 'fixture' } });
    doc.mentions = [m(0, 'Tom Kane', 'name', 'e1'), m(at('he said'), 'he', 'pronoun', null), m(at('He says'), 'He', 'pronoun', null)];
    doc.entities = [{ id: 'e1', name: 'Tom Kane', type: 'PERSON', kb: null, mentions: [0], roles: [], gender: 'm' }];
    quotesStage.run(doc, ctx);
    expect(doc.mentions.map((x) => x.entity)).toEqual(['e1', 'e1', 'e1']);
    expect(doc.entities[0].mentions).toEqual([0, 1, 2]);
  });
  it('leaves pronouns that are not subjects of a reporting verb alone', () => {
    const text = 'Tom Kane spoke. He left early and she stayed.';
    const doc = createDoc(text);
    const ctx = createContext();
    textStage.run(doc, ctx);
    const m = (start: number, t: string, kind: Mention['kind'], entity: string | null): Mention => ({ start, end: start + t.length, text: t, type: 'PERSON', kind, kb: null, entity, source: { stage: 'test', rule: 'fixture' } });
    doc.mentions = [m(0, 'Tom Kane', 'name', 'e1'), m(text.indexOf('He'), 'He', 'pronoun', null)];
    doc.entities = [{ id: 'e1', name: 'Tom Kane', type: 'PERSON', kb: null, mentions: [0], roles: [], gender: 'm' }];
    quotesStage.run(doc, ctx);
    expect(doc.mentions[1].entity).toBeNull();
    expect(doc.entities[0].mentions).toEqual([0]);
  });
});
