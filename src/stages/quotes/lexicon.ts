// Word lists of the quote stage: reporting verbs (cues), verbs that introduce quoted fragments,
// pronouns with their gender and number, and nouns that name a speaker by role. Hand-written and
// small on purpose: the reporting vocabulary of news English is closed and short, and a list we can
// read beats a model we cannot. All forms are listed (no lemmatiser on the hot path).

const forms = (s: string) => s.trim().split(/\s+/);

/** Verbs that report speech or writing, every inflected form. */
export const CUE_VERBS: ReadonlySet<string> = new Set(
  forms(`
  beam beams beamed beaming react reacts reacted reacting exhort exhorts exhorted exhorting gush gushes gushed gushing scoff scoffs scoffed scoffing marvel marvels marveled marvelled marveling
  say says said saying tell tells told telling add adds added adding write writes wrote written writing
  insist insists insisted insisting warn warns warned warning stress stresses stressed stressing
  ask asks asked asking explain explains explained explaining note notes noted noting
  claim claims claimed claiming declare declares declared declaring state states stated stating
  announce announces announced announcing argue argues argued arguing reply replies replied replying
  respond responds responded responding answer answers answered continue continues continued continuing
  conclude concludes concluded concluding observe observes observed remark remarks remarked
  recall recalls recalled recalling admit admits admitted admitting acknowledge acknowledges acknowledged
  tweet tweets tweeted tweeting post posts posted comment comments commented commenting
  suggest suggests suggested agree agrees agreed predict predicts predicted concede concedes conceded
  complain complains complained complaining urge urges urged urging assert asserts asserted asserting
  maintain maintains maintained affirm affirms affirmed reaffirm reaffirms reaffirmed assure assures assured
  emphasize emphasizes emphasized emphasise emphasises emphasised exclaim exclaims exclaimed
  shout shouts shouted yell yells yelled scream screamed joke jokes joked quip quips quipped
  testify testifies testified confirm confirms confirmed deny denies denied repeat repeats repeated
  read reads begin begins began interrupt interrupts interrupted confess confesses confessed
  echo echoes echoed vow vows vowed pledge pledges pledged promise promises promised counter counters countered
  retort retorts retorted muse muses mused wonder wonders wondered whisper whispered boast boasts boasted
  lament laments lamented chide chided charge charges charged accuse accuses accused allege alleges alleged
  reiterate reiterates reiterated caution cautions cautioned advise advises advised demand demands demanded
  plead pleads pleaded proclaim proclaims proclaimed report reports reported opine opines opined
  mention mentions mentioned describe describes described predict predicts explain reason reasons reasoned
  fume fumes fumed sigh sighed snap snapped thunder thundered cry cried blasted
  insist declare tout touts touted hint hints hinted
  elaborate elaborates elaborated remember remembers remembered recount recounts recounted
  speculate speculates speculated chant chants chanted chanting`),
);

/** Verbs that report speech and may be followed by "that" + clause (reported speech). */
export const INDIRECT_VERBS: ReadonlySet<string> = new Set(
  forms(`
  say says said tell tells told add adds added insist insists insisted warn warns warned stress stresses stressed
  claim claims claimed declare declares declared state states stated announce announces announced
  argue argues argued explain explains explained note notes noted assert asserts asserted maintain maintains maintained
  admit admits admitted acknowledge acknowledges acknowledged confirm confirms confirmed deny denies denied
  reiterate reiterates reiterated emphasize emphasizes emphasized emphasise emphasises emphasised
  suggest suggests suggested predict predicts predicted concede concedes conceded allege alleges alleged
  report reports reported testify testifies testified write writes wrote`),
);

/** Verbs that govern a short quoted phrase: "called it “a disaster”", "described as “regrettable”". */
export const FRAGMENT_VERBS: ReadonlySet<string> = new Set(
  forms(`
  call calls called calling describe describes described describing dub dubs dubbed label labels labeled labelled
  term terms termed brand brands branded deem deems deemed characterize characterized characterise characterised
  refer refers referred referring name names named`),
);

/** Third-person and first-person personal pronouns that can be a speaker. */
export const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f' | 'p' | 'n' | 'i'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'p'],
  ['it', 'n'],
  ['i', 'i'],
  ['we', 'i'],
]);

/** Relative pronouns: "Smith, who leads the party, said". */
export const RELATIVE = new Set(['who', 'which', 'that']);

/** Honorifics and titles that tell a person's gender. */
export const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
export const FEMALE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister']);

/**
 * Common first names that tell a person's gender, for "he"/"she" agreement when no honorific or
 * pronoun has told it. Hand-written from everyday English-language usage (names that are given to
 * both sexes, like Jordan or Kelly, are left out on purpose); a name not listed just stays unknown.
 */
export const MALE_NAMES: ReadonlySet<string> = new Set(
  forms(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick
  jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
  christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe bruce billy albert
  willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell louis bobby philip johnny bernie
  barack bill mike jim tom ted marco jeb ben rand chris rick newt mitt dick al harry chuck
  mitch rudy reince bob tim martin jeff ron dan steve tony ken greg fred ray howard
  josh jake matt nick brett chad kurt todd derek marc neil glenn rush ed pete jon jay hugh lou
  vladimir xi emmanuel boris narendra recep benjamin mahmoud ali mohammed muhammad ahmed hassan omar`),
);
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  forms(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia amy
  kathleen angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn
  janet catherine maria heather diane ruth julie olivia joyce virginia victoria lauren christina joan
  evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
  jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
  brittany charlotte marie kayla alexis lori hillary carly michele sarah elizabeth nikki condoleezza madeleine
  huma donna debbie kirsten tammy elena sonia ruth theresa marine hope ivanka melania chelsea jill susana kellyanne
  megyn hope valerie loretta janet dianne claire tulsi ayanna alexandria ilhan rashida gina`),
);

/** Head nouns of descriptions that name a person speaker ("the spokesman", "Russia’s top diplomat"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  forms(`
  spokesman spokeswoman spokesperson minister diplomat president leader official chief secretary senator
  governor mayor candidate nominee ambassador envoy general commander chairman chairwoman chair director
  premier chancellor prime envoy representative lawmaker congressman congresswoman judge prosecutor
  lawyer attorney adviser advisor aide negotiator economist analyst expert author professor officer
  source sources officials businessman businesswoman founder executive ceo manager head king queen
  man woman father mother resident witness activist critic strategist pollster campaigner member
  speaker sheriff detective investigator researcher scientist doctor owner player coach reporter anchor host`),
);

/** Head nouns of descriptions that name an organisation or publication speaker ("the newspaper"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  forms(`
  newspaper paper magazine agency ministry department government company campaign group committee
  party council organization organisation administration office report statement communique communiqué declaration network station
  website site outlet channel union commission court board embassy army military police mission`),
);

/** Groups and outlets that speak for a person: "her campaign", "his aides" stand for her or him. */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(forms(`campaign team camp aides staff advisers advisors office website`));

/** Synonyms between role words in descriptions and role titles ("top diplomat" ~ "foreign minister"). */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['diplomat', ['foreign minister', 'foreign secretary', 'secretary of state', 'ambassador', 'envoy', 'diplomat']],
  ['spokesman', ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary']],
  ['spokeswoman', ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary']],
  ['spokesperson', ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary']],
  ['leader', ['president', 'prime minister', 'leader', 'chancellor', 'premier', 'king', 'queen']],
  ['envoy', ['envoy', 'ambassador', 'representative']],
  ['officer', ['captain', 'capt.', 'colonel', 'col.', 'general', 'gen.', 'lieutenant', 'lt.', 'major', 'commander', 'officer']],
  ['general', ['general', 'gen.']],
  ['chief', ['secretary-general', 'secretary general', 'chief', 'head', 'director', 'president', 'chairman', 'chairwoman', 'chair']],
]);
