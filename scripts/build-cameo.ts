// Builds data/cameo.json, the event lexicon of the events stage, from the PETRARCH2 CAMEO verb
// dictionary (../shared/data/petrarch2/CAMEO.2.0.txt, MIT, (c) 2015 Open Event Data Alliance).
//   npx tsx scripts/build-cameo.ts [path/to/CAMEO.2.0.txt]
// What it derives:
//   verbs   lemma -> CAMEO code, from every `--- NAME [code] ---` block (a verb line may override the
//           block code with its own `[code]`); blocks coded [---] give no default.
//   forms   inflected form -> lemma: the dictionary's irregular forms `{WENT GONE}` plus regular
//           English inflections generated here.
//   objects "verb noun" -> code, from the simplest patterns `- * NOUN [code]` (verb + direct object).
// Hand-written parts (kept small, each commented): the Goldstein table (not in the dictionary),
// a few news verbs the dictionary leaves uncoded ([---] blocks) or lacks, the verbs too ambiguous
// in news prose to trigger an event on their own, the nominal triggers ("talks", "sanctions"),
// and the map from CAMEO root to the project's event type names.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? join(root, '../shared/data/petrarch2/CAMEO.2.0.txt');
const output = join(root, 'data/cameo.json');

/**
 * CAMEO code -> Goldstein weight (-10 conflict .. +10 cooperation): the Goldstein (1992) scale
 * as mapped onto CAMEO codes for GDELT (CAMEO.goldsteinscale.txt). Four-digit codes take the
 * weight of their three-digit parent.
 */
export const GOLDSTEIN: Record<string, number> = {
  '01': 0, '010': 0, '011': -0.1, '012': -0.4, '013': 0.4, '014': 0, '015': 0, '016': 3.4, '017': 0, '018': 3.4, '019': 3.4,
  '02': 3, '020': 3, '021': 3.4, '022': 3.2, '023': 3.4, '024': -0.3, '025': -0.3, '026': 4, '027': 4, '028': 4,
  '03': 4, '030': 4, '031': 5.2, '032': 4.5, '033': 5.2, '034': 7, '035': 7, '036': 4, '037': 5, '038': 7, '039': 5,
  '04': 1, '040': 1, '041': 1, '042': 1.9, '043': 2.8, '044': 2.5, '045': 5, '046': 7,
  '05': 3.5, '050': 3.5, '051': 3.4, '052': 3.5, '053': 3.8, '054': 6, '055': 7, '056': 7, '057': 8,
  '06': 6, '060': 6, '061': 6.4, '062': 7.4, '063': 7.4, '064': 7,
  '07': 7, '070': 7, '071': 7.4, '072': 8.3, '073': 7.4, '074': 8.5, '075': 7,
  '08': 5, '080': 5, '081': 5, '082': 5, '083': 5, '084': 7, '085': 7, '086': 9, '087': 9,
  '09': -2, '090': -2, '091': -2, '092': -2, '093': -2, '094': -2,
  '10': -5, '100': -5, '101': -5, '102': -5, '103': -5, '104': -5, '105': -5, '106': -5, '107': -5, '108': -5,
  '11': -2, '110': -2, '111': -2, '112': -2, '113': -2, '114': -2, '115': -2, '116': -2,
  '12': -4, '120': -4, '121': -4, '122': -4, '123': -4, '124': -4, '125': -5, '126': -5, '127': -5, '128': -5, '129': -5,
  '13': -4.4, '130': -4.4, '131': -5.8, '132': -5.8, '133': -5.8, '134': -5.8, '135': -5.8, '136': -7, '137': -7, '138': -7, '139': -7,
  '14': -6.5, '140': -6.5, '141': -6.5, '142': -6.5, '143': -6.5, '144': -7.5, '145': -7.5,
  '15': -7.2, '150': -7.2, '151': -7.2, '152': -7.2, '153': -7.2, '154': -7.2,
  '16': -4, '160': -4, '161': -4, '162': -5.6, '163': -8, '164': -7, '165': -5, '166': -7,
  '17': -7, '170': -7, '171': -9.2, '172': -5, '173': -5, '174': -5, '175': -9,
  '18': -9, '180': -9, '181': -9, '182': -9.5, '183': -10, '184': -8, '185': -8, '186': -10,
  '19': -10, '190': -10, '191': -9.5, '192': -9.5, '193': -10, '194': -10, '195': -10, '196': -9.5,
  '20': -10, '200': -10, '201': -9.5, '202': -10, '203': -10, '204': -10,
};

/** CAMEO code prefix -> the project's event type (longest prefix wins). */
export const TYPES: Record<string, string> = {
  '02': 'appeal', '03': 'intend', '036': 'intend-meet', '04': 'consult', '040': 'meet', '041': 'call', '042': 'visit',
  '043': 'host', '046': 'negotiate', '05': 'cooperate', '051': 'praise', '057': 'sign', '06': 'cooperate-material',
  '061': 'trade', '07': 'aid', '08': 'yield', '087': 'withdraw', '0871': 'ceasefire', '0874': 'withdraw', '10': 'demand', '11': 'criticize',
  '112': 'accuse', '12': 'reject', '13': 'threaten', '14': 'protest', '15': 'mobilize', '16': 'reduce-relations',
  '160': 'suspend', '163': 'sanction', '17': 'coerce', '173': 'arrest', '174': 'expel', '18': 'assault', '19': 'military',
  '20': 'mass-violence',
};

/** Roots the stage never codes from a verb alone: public statements (01) and investigations (09)
 *  are what almost every news sentence does; 03 verbs ("plan", "decide") are read as modality. */
const SKIP_ROOTS = new Set(['01', '09', '03']);

/**
 * Verbs of the dictionary too ambiguous in news prose to trigger an event by themselves
 * ("face criticism", "join the talks", "take", "back", "issue a statement").
 */
const AMBIGUOUS = new Set(
  ('face brave confront encounter consider contemplate think weigh reason go leave depart journey travel tour learn hear find_out ' +
    'join unite gather assemble cluster approach arrive insert introduce acquaint innovate elicit ask_for cable debate summon ' +
    'affect impact influence admit expose reveal unveil confide profess advertise promote back deal associate correlate conform ' +
    'organise organize integrate concert value prize prefer favor favour respect recognize recognise greet toast celebrate commemorate reward honor honour ' +
    'serve benefit assign task constitute found establish institute enlist enroll add issue accord relate link tie_in attach bind chain connect ' +
    'blend coalesce combine conflate fuse merge unify administer command conduct control dictate direct enjoin govern handle head lead manage ' +
    'oversee prescribe regulate rule steer supervise supervize exchange swap trade better ease improve simplify expand increase boost enhance ' +
    'heighten amplify augment compound deepen enlarge escalate exaggerate intensify magnify redouble step_up beef_up abate ameliorate mitigate appease ' +
    'assuage pay invest stock gear equip furnish outfit attire tender tend ward guard shelter shield ' +
    'go_by go_through clear pass fill bide abide conform_to verify settle resolve relax loosen tease undo untie bow free ' +
    'express spurn dismiss swear claim allege aver avow cry weep wail whine grieve mourn lament despair counter contrast differ match ' +
    'compete challenge argue contend contest table defer delay retard remit stall charge brand ' +
    'object fail decline defect risk march bother upset rag plague annoy arouse ' +
    'circle ring engage blow best break bust beat master overtake overshadow overcome surmount die fire pit pound ram hit strike ' +
    'stone storm hammer target struggle conflict match fight_back square_off inhabit reside infest ' +
    'contain restrict bar block exclude enforce force impel reinforce bill inflict levy take extract pluck pull grab catch ' +
    'appropriate fine tax sentence remove moderate curb constrain ' +
    'crack tear rip mar spoil tarnish damage harm hurt impair abuse corrupt contaminate lash whip kick slap wrestle ' +
    'push press need bid order campaign crusade clamor clamour necessitate contribute give garner call reiterate ' +
    // read on 340 news articles: mostly figurative, procedural or campaign senses ("suggested that",
    // "insisted that", "submitted recipes", "defended his remarks", "captured the nomination",
    // "attended the wedding", "invited X to speak", "bought ads", "dominated the debate")
    'suggest propose hope advise recommend insist submit attend convene plead defend protect award empower ' +
    'steal buy purchase sponsor jail destroy demonstrate agree encourage dominate surround hang grapple tolerate abandon ' +
    'authorize authorise allow approve enact lend coordinate ally abstain vote prevent ' +
    // read on polnear train: "postponed installations" (coded 112), "resettle refugees" (080)
    'postpone resettle rally ' +
    // the dictionary's CONSULT synonyms that name no meeting ("embarked on an experiment", "mulled a bid")
    'embark egress amass conglomerate congregate conjoin constellate converge flock excogitate meditate mull muse ponder reconsider ruminate speculate').split(/\s+/),
);

/** News verbs the dictionary lacks or files under an uncoded [---] block, with their CAMEO code. */
const EXTRA_VERBS: Record<string, string> = {
  suspend: '160', halt: '160', sever: '161', sanction: '163', embargo: '163', boycott: '163',
  withdraw: '087', deliver: '070', donate: '070', ship: '070', urge: '100', demand: '100', call_for: '100',
  request: '020', appeal: '020', condemn: '111', blast: '111', rebuke: '111', criticize: '111', criticise: '111', denounce: '111', slam: '111',
  deplore: '111', praise: '051', hail: '051', commend: '051', laud: '051', thank: '051', endorse: '051', welcome: '051',
  accuse: '112', blame: '112', meet: '040', visit: '042', host: '043', telephone: '041', phone: '041',
  talk: '040', consult: '040', confer: '040', negotiate: '046', sign: '057', invade: '192', occupy: '192',
  bomb: '195', shell: '195', attack: '190', raid: '190', kill: '190', assassinate: '186', arrest: '173', detain: '173',
  expel: '174', deport: '174', threaten: '130', warn: '130', protest: '140', mobilize: '150', deploy: '150',
  reject: '120', refuse: '120', veto: '129',
  // "denied the accusations", "denied backing the rebels": rejecting what is said of one
  deny: '120', aid: '070', assist: '070', help: '070', provide: '070', supply: '070',
  fund: '061', finance: '061', arm: '062', evacuate: '070', rescue: '073',
  // appeals, only in their request pattern (the events stage checks it): "called on X to act",
  // "encouraged X to act" (CAMEO files the noun CALL under 020; the verbs are ambiguous alone)
  call: '020', encourage: '020',
  // "quit ECOWAS", "quitting the bloc": leaving an organisation reduces relations with it
  quit: '160',
  // "would leave the CSTO": leaving an organisation named right after (the events stage checks it: "left the
  // country", "leave office" are none); CAMEO 161 as the dictionary's WITHDRAW (FROM COALITION)
  leave: '161',
  // "received X": hosting a visitor (only with a person as object; the events stage checks it)
  receive: '043',
  // "forced France to pull out its troops": coercion (only with a name right after and "to"; the events stage
  // checks it: "forced to flee", "forced evictions" are none)
  force: '170',
  // "arrived in Doha", "travelled to Moscow": a visit (only with a place named right after "in", "at"
  // or "to"; the events stage checks it: "arrived at a decision", "travel to work" are none)
  arrive: '042', travel: '042',
  // "pressed X to act", "pressed X for guarantees": a demand (only in that pattern; the events stage checks it:
  // "pressed ahead", "press conference" are none)
  press: '100',
  // "took Kanyabayonga", "took control of the town of X": occupying territory (only with a place named; the
  // events stage checks it: "took part", "took office", "took Mali to court" are none)
  take: '192',
  // "X and Y agreed to restore relations", "agreed with X on a timetable": diplomatic cooperation between the
  // parties (only with two named: coordinated subjects or "with X"; the events stage checks it: "Mali agreed to
  // hold elections" names no other party)
  agree: '050',
  // "dissolved the FNDC", "disbanded the party": an administrative sanction on an organisation (CAMEO 172;
  // only with one named right after, the events stage checks it: "the crowd dissolved" is none)
  dissolve: '172', disband: '172',
  // "hit the city of X", "struck army positions": military strikes (only on places and military
  // targets; the events stage checks it)
  hit: '190', strike: '195',
  // "fired at Israel", "opened fire on X" (only at or on an actor; the events stage checks it)
  fire: '190',
  mediate: '045',
  // "Hamas freed 50 hostages": a release of people (CAMEO 084, as "release"; only of people, the events stage checks it)
  free: '084',
  // "recognised Abkhazia and South Ossetia as independent", "recognized Kosovo's independence": diplomatic recognition
  // (CAMEO 054; only with "as" a state or an independence or sovereignty recognised, the events stage checks it:
  // "recognised the need" is none)
  recognise: '054', recognize: '054',
  // "Turkish troops crossed into Syria": forces entering a state (CAMEO 190; only forces crossing "into" a place named,
  // the events stage checks it: "crossed into Mexico" of migrants is none)
  cross: '190',
  // "invited X to a summit in Uganda": an offer to meet (CAMEO 036; only with a meeting noun after "to", the events stage
  // checks it: "invited X to speak" is none)
  invite: '036',
  // "pulled its troops out of X" (only with "out of"; the events stage checks it)
  pull: '087',
  // "spoke with X", "spoke to X by phone" (only with a person or state named; the events stage checks it)
  speak: '040',
};

/**
 * Verb + object patterns the dictionary lacks: undoing an agreement or a tie reduces relations
 * (CAMEO 160; 161 for diplomatic ties, as "recalled its ambassador"). The verbs alone are not
 * events ("ended his speech", "cancelled the rally"); with these objects they are.
 */
const UNDO_VERBS = ['end', 'terminate', 'scrap', 'cancel', 'annul', 'nullify', 'revoke', 'abrogate', 'rescind', 'void', 'tear', 'rip'];
/** Past participles the dictionary leaves out of its irregular verbs' forms ("has withdrawn its troops"). */
const MISSING_PARTICIPLES: Record<string, string> = { withdrawn: 'withdraw', forbidden: 'forbid', undertaken: 'undertake', stolen: 'steal', stricken: 'strike', fallen: 'fall' };

const UNDONE: Record<string, string> = {
  agreement: '160', agreements: '160', accord: '160', accords: '160', pact: '160', treaty: '160', deal: '160', deals: '160',
  cooperation: '160', partnership: '160', mission: '160', missions: '160', ties: '161', relations: '161',
};
const EXTRA_OBJECTS: Record<string, string> = {
  ...Object.fromEntries(UNDO_VERBS.flatMap((v) => Object.entries(UNDONE).map(([o, c]) => [`${v} ${o}`, c]))),
  'recall ambassador': '161', 'recall envoy': '161',
  // (the dictionary's RECOGNISE INDEPENDENCE is a national day's [017]; a state's independence recognised is recognition)
  ...Object.fromEntries(['recognise', 'recognize'].flatMap((v) => ['independence', 'sovereignty', 'statehood'].map((o) => [`${v} ${o}`, '054']))),
  // "switched diplomatic recognition from Taiwan to China": recognition given to the state it goes to
  'switch recognition': '054', 'switch ties': '054', 'switch allegiance': '054',
  // expelling an envoy breaks diplomatic ties (the dictionary's EXPEL DIPLOMAT [161])
  ...Object.fromEntries(['ambassador', 'envoy', 'diplomat'].map((o) => [`expel ${o}`, '161'])),
  // declaring an envoy persona non grata expels him (the dictionary's EXPEL DIPLOMAT [161])
  ...Object.fromEntries(['ambassador', 'envoy', 'diplomat', 'diplomats', 'charge'].map((o) => [`declare ${o}`, '161'])),
  // cutting ties or channels of contact breaks relations (CAMEO 161): "cut all communication links with Seoul" (not
  // "lines": "cut Russian supply lines")
  ...Object.fromEntries(['cut', 'break'].flatMap((v) => ['ties', 'relations', 'links', 'contacts', 'communications', 'hotline', 'channels'].map((o) => [`${v} ${o}`, '161']))),
  // raising a matter with someone consults them (as the dictionary's RAISE CONCERNS [040])
  'raise matter': '040', 'raise case': '040',
  // reopening one's airspace or crossings to a state cooperates with it (the dictionary's REOPEN BORDER [050])
  ...Object.fromEntries(['open', 'reopen'].flatMap((v) => ['airspace', 'borders', 'crossing', 'crossings', 'frontier', 'ports'].map((o) => [`${v} ${o}`, '050']))),
  // summoning a state's envoy is a diplomatic rebuke (CAMEO has no code of its own: 111 disapprove)
  ...Object.fromEntries(['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'charge'].map((o) => [`summon ${o}`, '111'])),
  // weapons launched or fired: aerial weapons (CAMEO 195), as "launched drones and missiles at X"
  'open fire': '190',
  // sending forces somewhere deploys them (CAMEO 150, as "deploy")
  ...Object.fromEntries(['send', 'dispatch'].flatMap((v) => ['troops', 'soldiers', 'forces', 'instructors', 'advisers', 'advisors', 'peacekeepers', 'personnel', 'mercenaries', 'warships', 'jets', 'officers', 'police'].map((o) => [`${v} ${o}`, '150']))),
  // sending help somewhere is aid (CAMEO 070): "dispatched rescue teams and field hospitals to Libya"
  ...Object.fromEntries(['send', 'dispatch', 'fly', 'airlift'].flatMap((v) => ['aid', 'supplies', 'equipment', 'teams', 'team', 'rescuers', 'doctors', 'medics', 'food', 'medicine', 'medicines', 'vaccines', 'doses', 'fuel', 'tents', 'hospitals', 'planes', 'shipments', 'convoys'].map((o) => [`${v} ${o}`, '070']))),
  // stopping help or payments reduces material aid (CAMEO 162): "paused disbursements to Niger", "cut off electricity supplies to X"
  ...Object.fromEntries(['pause', 'halt', 'freeze', 'suspend', 'cut', 'withhold', 'stop'].flatMap((v) => ['aid', 'assistance', 'disbursements', 'disbursement', 'programmes', 'programs', 'funding', 'funds', 'loans', 'payments', 'support', 'supplies', 'electricity', 'power', 'fuel'].map((o) => [`${v} ${o}`, '162']))),
  // restricting or halting trade with a state is an embargo (CAMEO 163): "agreed to restrict arms exports to Turkey"
  ...Object.fromEntries(['restrict', 'ban', 'halt', 'suspend', 'freeze', 'block', 'curb', 'embargo'].flatMap((v) => ['exports', 'imports', 'sales', 'arms'].map((o) => [`${v} ${o}`, '163']))),
  // giving someone asylum (CAMEO 075 "grant asylum"): "granted X political asylum", "offered asylum to X"
  'grant asylum': '075', 'offer asylum': '075', 'give asylum': '075',
  // taking someone to court (CAMEO 115 "bring lawsuit against")
  ...Object.fromEntries(['file', 'bring', 'lodge'].flatMap((v) => ['case', 'lawsuit', 'suit', 'complaint'].map((o) => [`${v} ${o}`, '115']))),
  ...Object.fromEntries(['launch', 'fire'].flatMap((v) => ['missiles', 'missile', 'rockets', 'rocket', 'drones', 'drone', 'shells', 'mortars', 'projectiles', 'salvo', 'salvos', 'barrage'].map((o) => [`${v} ${o}`, '195']))),
  // "froze its participation in the CSTO", "ended its membership": the dictionary's WITHDRAW PARTICIPATION (161)
  // (not "suspend": a bloc suspends a member's membership, which the verb's own code, 160, reads)
  ...Object.fromEntries(['freeze', 'end', 'halt'].flatMap((v) => ['participation', 'membership'].map((o) => [`${v} ${o}`, '161']))),
  // dismissing what another said of one rejects it (CAMEO 120; "dismiss" alone is ambiguous: "dismissed the minister")
  ...Object.fromEntries(['dismiss', 'brush'].flatMap((v) => ['accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'criticism', 'report', 'reports'].map((o) => [`${v} ${o}`, '120']))),
  // easing what sanctions are called otherwise (CAMEO 085, as "lift sanctions")
  // "withdrew Orano's licence", "revoked the broadcasters' accreditation": an administrative sanction
  ...Object.fromEntries(['revoke', 'withdraw', 'cancel', 'suspend', 'rescind', 'annul', 'strip'].flatMap((v) => ['licence', 'licences', 'license', 'licenses', 'permit', 'permits', 'concession', 'concessions', 'accreditation', 'accreditations'].map((o) => [`${v} ${o}`, '172']))),
  // "stormed the hospital": taking a building by force ("stormed out of the room" names none of these)
  ...Object.fromEntries(['storm'].flatMap((v) => ['hospital', 'prison', 'embassy', 'parliament', 'base', 'camp', 'building', 'compound', 'palace', 'town', 'village', 'city', 'headquarters', 'station', 'post', 'barracks', 'airport'].map((o) => [`${v} ${o}`, '190']))),
  // "shot down a Malian drone": bringing down an aircraft is force against its owner
  ...Object.fromEntries(['shoot'].flatMap((v) => ['drone', 'drones', 'plane', 'planes', 'aircraft', 'jet', 'jets', 'helicopter', 'helicopters'].map((o) => [`${v} ${o}`, '190']))),
  ...Object.fromEntries(['lift', 'ease', 'relax'].flatMap((v) => ['measures', 'restrictions', 'embargo', 'penalties', 'curbs', 'controls', 'ban', 'bans', 'blockade'].map((o) => [`${v} ${o}`, '085']))),
};

/**
 * Nominal triggers: an event named by a noun ("talks with", "sanctions against", "a visit to").
 * CAMEO codes verbs only; these follow the code of the verb each noun derives from.
 */
const NOUNS: Record<string, string> = {
  visit: '042', trip: '042', talks: '040', meeting: '040', summit: '040', negotiations: '046', consultations: '040',
  sanctions: '163', sanction: '163', embargo: '163', boycott: '163',
  aid: '070', assistance: '070', deliveries: '070', delivery: '070', shipments: '070', donation: '070',
  withdrawal: '087', pullout: '087', suspension: '160', expulsion: '174',
  // a truce between two parties (CAMEO 0871 "declare truce, ceasefire")
  ceasefire: '0871', truce: '0871', 'cease-fire': '0871',
  invasion: '192', offensive: '190', strike: '190', strikes: '190', killing: '190', killings: '190', airstrikes: '195', airstrike: '195', bombing: '195', attack: '190', attacks: '190', assault: '190',
  criticism: '111', condemnation: '111', praise: '051', demand: '100', demands: '100', appeal: '020', request: '020',
  // diplomatic cooperation (CAMEO 05) named by a noun: "enhance coordination with X", "Y's cooperation with X"
  cooperation: '050', coordination: '050',
  // a coup seizes power by force: CAMEO has no code of its own; 170 "coerce" (the stage codes it with no
  // source unless one is named: "military coups in X")
  coup: '170', coups: '170',
  // military drills near a state show force to it (CAMEO 150 "demonstrate military or police power"); joint drills
  // with a partner are military cooperation (the stage codes those 062)
  drills: '150', exercises: '150', manoeuvres: '150', maneuvers: '150', wargames: '150',
  // fighting between two named sides (CAMEO 190; only with both sides named, "fighting between X and Y", or a side and
  // whom it fights: a noun of war with no one waged on names no event, the stage checks it)
  fighting: '190', clashes: '190', hostilities: '190',
};

/**
 * Votes (type 'vote'; read by src/stages/events/votes.ts). CAMEO has no vote code of its own, so a
 * vote is coded by what it does to the motion:
 *   for / in favour -> 051 "praise or endorse": the voter endorses the motion. When the motion's own
 *       act and object are named ("a resolution condemning X"), the stage codes the vote as that act
 *       (111 against X): voting for it is joining in, and 051 toward X would read as praising X.
 *   against / no    -> 120 "reject": the voter rejects the motion; its target is the body that
 *       holds the vote, never the motion's object (rejecting a text that condemns X is not an act
 *       against X).
 *   abstain         -> 011 "decline comment": the vote's way of taking no position (Goldstein -0.1,
 *       neutral), toward the motion's object when named.
 *   veto            -> 129 "veto" (CAMEO 2.0 has it under 12 "reject"; PETRARCH2 codes
 *       "veto * &SOLUTION" 129).
 */
const VOTES: Record<string, string> = { for: '051', against: '120', abstain: '011', veto: '129' };

/** Verbs whose object is what was said, never an act: no verb + object patterns for them. */
const REPORTING = new Set(['say', 'tell']);

const REGULAR_EXCEPTIONS = /(?:[^aeiou]y)$/;
function inflect(lemma: string): string[] {
  const out = [lemma];
  if (lemma.endsWith('e')) out.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (REGULAR_EXCEPTIONS.test(lemma)) out.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else if (/(s|x|z|ch|sh)$/.test(lemma)) out.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  else {
    out.push(lemma + 's', lemma + 'ed', lemma + 'ing');
    // consonant doubling for short CVC verbs: ban -> banned, plan -> planning
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma)) out.push(lemma + lemma.at(-1) + 'ed', lemma + lemma.at(-1) + 'ing');
    // and longer ones stressed on their last syllable: regret -> regretted, omit -> omitted (where the stress
    // falls earlier, "visitted" is a form no text has, so listing both costs nothing)
    else if (/[^aeiou][aeiou][bdgmnprt]$/.test(lemma)) out.push(lemma + lemma.at(-1) + 'ed', lemma + lemma.at(-1) + 'ing');
    // British spelling doubles a final l after one vowel: travel -> travelled, signal -> signalling
    else if (/[^aeiou][aeiou]l$/.test(lemma)) out.push(lemma + 'led', lemma + 'ling');
  }
  return out;
}

export function buildCameo(source: string) {
  const verbs: Record<string, string> = {};
  const forms: Record<string, string> = {};
  const objects: Record<string, string> = {};
  let blockVerbs: string[] = [];
  let blockCode = '';
  for (const raw of source.split('\n')) {
    const line = raw.replace(/#.*/, '').trimEnd();
    const head = line.match(/^---\s+(\S+)\s+\[([^\]]*)\]\s+---/);
    if (head) {
      blockCode = head[2].split(':')[0];
      blockVerbs = [];
      continue;
    }
    if (!blockCode || !line.trim() || line.startsWith('&') || line.startsWith('####')) continue;
    if (line.startsWith('-')) {
      // `- * NOUN [code]`: verb + one-word direct object
      const p = line.match(/^-\s+\*\s+([A-Z][A-Z-]+)\s+\[(\d{2,4})(?::\d*)?\]\s*$/);
      // reporting verbs share their block with EXPRESS: "said … attack", "told … sanctions" report, they do not act
      if (p) for (const v of blockVerbs) if (!REPORTING.has(v)) objects[`${v} ${p[1].toLowerCase()}`] ??= p[2];
      continue;
    }
    const m = line.match(/^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?/);
    if (!m || m[1].startsWith('+')) continue; // multi-word forms are left to the clause rules
    const lemma = m[1].toLowerCase().replace(/_$/, '');
    if (lemma.includes('_')) continue;
    blockVerbs.push(lemma);
    const code = (m[3] ?? blockCode).split(':')[0];
    for (const f of inflect(lemma)) forms[f] ??= lemma;
    for (const f of (m[2] ?? '').replace(/[{}]/g, '').split(/\s+/).filter(Boolean)) forms[f.toLowerCase()] ??= lemma;
    if (!/^\d{2,4}$/.test(code) || SKIP_ROOTS.has(code.slice(0, 2)) || AMBIGUOUS.has(lemma)) continue;
    verbs[lemma] ??= code;
  }
  for (const [lemma, code] of Object.entries(EXTRA_VERBS)) {
    if (lemma.includes('_')) continue;
    verbs[lemma] = code;
    for (const f of inflect(lemma)) forms[f] ??= lemma;
  }
  for (const [pattern, code] of Object.entries(EXTRA_OBJECTS)) {
    objects[pattern] = code;
    const lemma = pattern.split(' ')[0];
    for (const f of inflect(lemma)) forms[f] ??= lemma;
  }
  // the dictionary lists some irregular verbs without their past participle ("WITHDRAW {… WITHDREW}")
  for (const [participle, lemma] of Object.entries(MISSING_PARTICIPLES)) if (forms[lemma]) forms[participle] ??= lemma;
  // keep only object patterns whose verb is known, that the stage can use
  for (const k of Object.keys(objects)) if (!forms[k.split(' ')[0]]) delete objects[k];
  return {
    about:
      'Event lexicon of newsgraph, built by scripts/build-cameo.ts from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt, MIT License, (c) 2015 Open Event Data Alliance). Goldstein weights: Goldstein (1992) as mapped to CAMEO codes by GDELT.',
    goldstein: GOLDSTEIN,
    types: TYPES,
    verbs,
    forms,
    objects,
    nouns: NOUNS,
    votes: VOTES,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lexicon = buildCameo(readFileSync(input, 'utf8'));
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(lexicon) + '\n');
  process.stderr.write(
    `data/cameo.json: ${Object.keys(lexicon.verbs).length} verbs, ${Object.keys(lexicon.forms).length} forms, ${Object.keys(lexicon.objects).length} verb+object patterns, ${Object.keys(lexicon.nouns).length} nouns\n`,
  );
}
