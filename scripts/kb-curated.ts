// Hand-curated additions to the knowledge base, merged by scripts/build-kb.ts.
// Why hand-written: no installed package lists world regions, seas or the major
// intergovernmental organisations with their press acronyms (the PETRARCH2 international
// dictionary lacks e.g. the African Union and has no acronym <-> long-form structure), and the
// common press short forms of country names ("U.S.", "UK", "Britain") are inconsistent in
// world-countries. Keep this list short and general: it is data, not answers for any article.

export interface CuratedEntry {
  id: string;
  name: string;
  type: 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'EVENT' | 'MISC';
  aliases: string[];
  /** adjectives / nationality words that point at this entry (Soviet -> Soviet Union) */
  demonyms?: string[];
}

/** World regions, continents, oceans and seas (type LOC). "the X region" is handled by the rules. */
export const REGIONS: CuratedEntry[] = [
  ['Africa', []], ['Asia', []], ['Europe', []], ['North America', []], ['South America', []], ['Latin America', []],
  ['Central America', []], ['Oceania', []], ['Antarctica', []], ['Arctic', []], ['Caribbean', []],
  ['Sahel', []], ['Sahara', []], ['West Africa', []], ['East Africa', []], ['Central Africa', []],
  ['Southern Africa', []], ['North Africa', ['Maghreb']], ['Horn of Africa', []], ['Sub-Saharan Africa', []],
  ['Middle East', ['Mideast']], ['Near East', []], ['Gulf', ['Persian Gulf', 'Gulf region']], ['Levant', []],
  ['Balkans', ['Western Balkans']], ['Caucasus', ['South Caucasus', 'North Caucasus']], ['Central Asia', []],
  ['South Asia', []], ['Southeast Asia', ['South-East Asia']], ['East Asia', []], ['Asia-Pacific', ['Asia Pacific']],
  ['Indo-Pacific', []], ['Eastern Europe', []], ['Western Europe', []], ['Central Europe', []],
  ['Scandinavia', []], ['Baltics', ['Baltic states']], ['Lake Chad Basin', []], ['Great Lakes region', []],
  ['Atlantic Ocean', ['Atlantic']], ['Pacific Ocean', ['Pacific']], ['Indian Ocean', []], ['Arctic Ocean', []],
  ['Southern Ocean', []], ['Mediterranean Sea', ['Mediterranean']], ['Red Sea', []], ['Black Sea', []],
  ['Baltic Sea', []], ['Caspian Sea', []], ['South China Sea', []], ['East China Sea', []], ['North Sea', []],
  ['Sea of Azov', []], ['Arabian Sea', []], ['Gulf of Aden', []], ['Gulf of Guinea', []], ['Strait of Hormuz', []],
  ['Taiwan Strait', []], ['Suez Canal', []], ['Gaza Strip', ['Gaza']], ['West Bank', []], ['Donbas', ['Donbass']],
  ['Crimea', []], ['Kashmir', []], ['Darfur', []], ['Kurdistan', []], ['Siberia', []],
].map(([name, more]) => ({
  id: 'loc:' + slug(name as string),
  name: name as string,
  type: 'LOC' as const,
  aliases: [name as string, ...(more as string[])],
}));

/** Major intergovernmental organisations with their usual acronyms. */
export const IGOS: CuratedEntry[] = [
  ['UN', 'United Nations', ['U.N.']],
  ['UNSC', 'UN Security Council', ['United Nations Security Council', 'U.N. Security Council', 'Security Council']],
  ['UNGA', 'UN General Assembly', ['United Nations General Assembly', 'U.N. General Assembly', 'General Assembly']],
  ['UNHRC', 'UN Human Rights Council', ['United Nations Human Rights Council', 'Human Rights Council']],
  ['AU', 'African Union', []],
  ['EU', 'European Union', ['E.U.']],
  ['EC', 'European Commission', []],
  ['NATO', 'North Atlantic Treaty Organization', ['Nato', 'North Atlantic Treaty Organisation']],
  ['ECOWAS', 'Economic Community of West African States', ['Ecowas']],
  ['SADC', 'Southern African Development Community', []],
  ['IGAD', 'Intergovernmental Authority on Development', []],
  ['EAC', 'East African Community', []],
  ['ASEAN', 'Association of Southeast Asian Nations', []],
  ['OAS', 'Organization of American States', []],
  ['OSCE', 'Organization for Security and Co-operation in Europe', ['Organization for Security and Cooperation in Europe']],
  ['OPEC', 'Organization of the Petroleum Exporting Countries', []],
  ['OIC', 'Organisation of Islamic Cooperation', ['Organization of Islamic Cooperation']],
  ['GCC', 'Gulf Cooperation Council', []],
  ['SCO', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organization']],
  ['CSTO', 'Collective Security Treaty Organization', []],
  ['BRICS', 'BRICS', []],
  ['G7', 'G7', ['Group of Seven', 'G-7']],
  ['G20', 'G20', ['Group of 20', 'G-20']],
  ['IMF', 'International Monetary Fund', []],
  ['WB', 'World Bank', []],
  ['WTO', 'World Trade Organization', []],
  ['WHO', 'World Health Organization', []],
  ['IAEA', 'International Atomic Energy Agency', []],
  ['ICC', 'International Criminal Court', []],
  ['ICJ', 'International Court of Justice', []],
  ['UNHCR', 'UN Refugee Agency', ['United Nations High Commissioner for Refugees']],
  ['UNICEF', 'UNICEF', ["United Nations Children's Fund"]],
  ['WFP', 'World Food Programme', ['World Food Program']],
  ['FAO', 'Food and Agriculture Organization', []],
  ['UNDP', 'United Nations Development Programme', []],
  ['ARAB-LEAGUE', 'Arab League', ['League of Arab States']],
  ['COE', 'Council of Europe', []],
].map(([acr, name, more]) => {
  const a = acr as string;
  // "WHO", "WB", "ARAB-LEAGUE" are not safe or real acronyms to match on their own
  const matchAcr = /^[A-Z][A-Z0-9]{1,7}$/.test(a) && !['WHO', 'WB', 'COE', 'EC'].includes(a);
  return {
    id: 'igo:' + a,
    name: name as string,
    type: 'ORG' as const,
    aliases: [name as string, ...(more as string[]), ...(matchAcr && a !== name ? [a] : [])],
  };
});

/** Common press short forms of country names missing from or unreliable in world-countries. */
export const COUNTRY_SHORT_FORMS: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'America', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  COD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville', 'Republic of Congo'],
  CHN: ["People's Republic of China", 'PRC'],
  PRK: ['North Korea', 'DPRK'],
  KOR: ['South Korea'],
  RUS: ['Russian Federation'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  CZE: ['Czech Republic'],
  MMR: ['Burma'],
  NLD: ['Holland'],
  VAT: ['Holy See'],
  PSE: ['Palestinian territories'],
  TUR: ['Türkiye', 'Turkiye'],
};

/** Former states and groupings that still appear in news, with their adjectives. */
export const HISTORIC: CuratedEntry[] = [
  { id: 'gpe:soviet-union', name: 'Soviet Union', type: 'GPE', aliases: ['Soviet Union', 'USSR', 'U.S.S.R.'], demonyms: ['Soviet'] },
  { id: 'gpe:yugoslavia', name: 'Yugoslavia', type: 'GPE', aliases: ['Yugoslavia'], demonyms: ['Yugoslav'] },
];

/** Political groups that news refers to by name without a dictionary entry (US and UK press). */
export const GROUPS: CuratedEntry[] = [
  { id: 'org:democratic-party-usa', name: 'Democratic Party', type: 'ORG', aliases: ['Democratic Party', 'Democratic National Committee', 'DNC'] },
  { id: 'org:republican-party-usa', name: 'Republican Party', type: 'ORG', aliases: ['Republican Party', 'GOP', 'Republican National Committee', 'RNC'] },
  { id: 'norp:democrats', name: 'Democrats', type: 'NORP', aliases: ['Democrats', 'Democrat'] },
  { id: 'norp:republicans', name: 'Republicans', type: 'NORP', aliases: ['Republicans', 'Republican'] },
  { id: 'org:labour-party-gbr', name: 'Labour Party', type: 'ORG', aliases: ['Labour Party', 'Labour'] },
  { id: 'org:conservative-party-gbr', name: 'Conservative Party', type: 'ORG', aliases: ['Conservative Party', 'Tories', 'Tory party'] },
  // religious groups are NORP (nationalities, religious and political groups), never places or organisations
  // armed groups that today's news names often and the 2013 PETRARCH dictionaries lack or file as states
  { id: 'group:islamic-state', name: 'Islamic State', type: 'ORG', aliases: ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria', 'Islamic State group'] },
  { id: 'group:wagner-group', name: 'Wagner Group', type: 'ORG', aliases: ['Wagner Group', 'PMC Wagner', 'Wagner'] },
  { id: 'group:houthis', name: 'Houthis', type: 'ORG', aliases: ['Houthis', 'Houthi', 'Ansar Allah'] },
  { id: 'group:jnim', name: "Jama'at Nusrat al-Islam wal-Muslimin", type: 'ORG', aliases: ["Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM', 'Group for the Support of Islam and Muslims'] },
  { id: 'group:hts', name: 'Hayat Tahrir al-Sham', type: 'ORG', aliases: ['Hayat Tahrir al-Sham', 'HTS'] },
  { id: 'group:rsf-sudan', name: 'Rapid Support Forces', type: 'ORG', aliases: ['Rapid Support Forces', 'RSF'] },
  { id: 'group:m23', name: 'M23', type: 'ORG', aliases: ['M23', 'March 23 Movement'] },
  { id: 'group:sdf', name: 'Syrian Democratic Forces', type: 'ORG', aliases: ['Syrian Democratic Forces', 'SDF'] },
  { id: 'group:ypg', name: "People's Protection Units", type: 'ORG', aliases: ["People's Protection Units", 'YPG'] },
  { id: 'norp:muslims', name: 'Muslims', type: 'NORP', aliases: ['Muslims', 'Muslim'] },
  { id: 'norp:christians', name: 'Christians', type: 'NORP', aliases: ['Christians', 'Christian'] },
  { id: 'norp:jews', name: 'Jews', type: 'NORP', aliases: ['Jews', 'Jewish'] },
  { id: 'norp:hindus', name: 'Hindus', type: 'NORP', aliases: ['Hindus', 'Hindu'] },
  { id: 'norp:buddhists', name: 'Buddhists', type: 'NORP', aliases: ['Buddhists', 'Buddhist'] },
  { id: 'norp:sikhs', name: 'Sikhs', type: 'NORP', aliases: ['Sikhs', 'Sikh'] },
  { id: 'norp:catholics', name: 'Catholics', type: 'NORP', aliases: ['Catholics', 'Catholic'] },
  { id: 'norp:protestants', name: 'Protestants', type: 'NORP', aliases: ['Protestants', 'Protestant'] },
  { id: 'norp:evangelicals', name: 'Evangelicals', type: 'NORP', aliases: ['Evangelicals', 'Evangelical'] },
  { id: 'norp:sunnis', name: 'Sunnis', type: 'NORP', aliases: ['Sunnis', 'Sunni'] },
  { id: 'norp:shias', name: 'Shias', type: 'NORP', aliases: ['Shias', 'Shia', 'Shiites', 'Shiite', "Shi'ites", "Shi'ite"] },
  { id: 'norp:mormons', name: 'Mormons', type: 'NORP', aliases: ['Mormons', 'Mormon'] },
];

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
