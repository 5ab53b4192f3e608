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
  /** the state a national body belongs to (iso3 id) */
  country?: string;
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
  // peacekeeping and political missions, and the Sahel's own blocs, which the 2015 dictionaries lack
  ['MINUSMA', 'UN Multidimensional Integrated Stabilization Mission in Mali', ['United Nations Multidimensional Integrated Stabilization Mission in Mali']],
  ['MONUSCO', 'UN Organization Stabilization Mission in the Democratic Republic of the Congo', ['United Nations Organization Stabilization Mission in the Democratic Republic of the Congo']],
  ['MINUSCA', 'UN Multidimensional Integrated Stabilization Mission in the Central African Republic', ['United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic']],
  ['UNMISS', 'UN Mission in South Sudan', ['United Nations Mission in South Sudan']],
  ['UNIFIL', 'UN Interim Force in Lebanon', ['United Nations Interim Force in Lebanon']],
  ['UNSMIL', 'UN Support Mission in Libya', ['United Nations Support Mission in Libya']],
  ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs', ['United Nations Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs']],
  ['AMISOM', 'African Union Mission in Somalia', []],
  ['ATMIS', 'African Union Transition Mission in Somalia', []],
  ['AES', 'Alliance of Sahel States', ['Confederation of Sahel States']],
  ['G5S', 'G5 Sahel', ['G5-Sahel', 'G5 Sahel Joint Force']],
  ['AUKUS', 'AUKUS', []],
  ['UNHRC', 'UN Human Rights Council', ['United Nations Human Rights Council', 'Human Rights Council']],
  ['AU', 'African Union', []],
  // the AU's organs, named apart in the news ("the African Union's Peace and Security Council" is not the UN's)
  ['AUPSC', 'AU Peace and Security Council', ['African Union Peace and Security Council', 'Peace and Security Council']],
  ['AUC', 'African Union Commission', ['AU Commission']],
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

/**
 * Demonyms as news writes them where world-countries gives another form ("Ecuadorean", "Kirghiz",
 * "Nepalese"): the adjective wire copy uses most, by ISO code.
 */
export const COUNTRY_DEMONYMS: Record<string, string[]> = {
  ECU: ['Ecuadorian'],
  KGZ: ['Kyrgyz', 'Kyrgyzstani'],
  TJK: ['Tajik', 'Tajikistani'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  TKM: ['Turkmen'],
  NPL: ['Nepali'],
  LAO: ['Lao', 'Laotian'],
  ARG: ['Argentinian'],
  BFA: ['Burkinabè', 'Burkinabe'],
  BIH: ['Bosnian'],
  ARE: ['Emirati'],
  PHL: ['Filipino', 'Philippine'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
  NZL: ['New Zealander'],
  GBR: ['British'],
  NLD: ['Dutch'],
};

/** Former states and groupings that still appear in news, and self-declared states, with their adjectives. */
export const HISTORIC: CuratedEntry[] = [
  { id: 'gpe:soviet-union', name: 'Soviet Union', type: 'GPE', aliases: ['Soviet Union', 'USSR', 'U.S.S.R.'], demonyms: ['Soviet'] },
  { id: 'gpe:yugoslavia', name: 'Yugoslavia', type: 'GPE', aliases: ['Yugoslavia'], demonyms: ['Yugoslav'] },
  // self-declared states that news treats as polities of their own (no ISO code in world-countries)
  { id: 'gpe:somaliland', name: 'Somaliland', type: 'GPE', aliases: ['Somaliland'], demonyms: ['Somalilander'] },
  { id: 'gpe:abkhazia', name: 'Abkhazia', type: 'GPE', aliases: ['Abkhazia'], demonyms: ['Abkhaz', 'Abkhazian'] },
  { id: 'gpe:south-ossetia', name: 'South Ossetia', type: 'GPE', aliases: ['South Ossetia'], demonyms: ['South Ossetian'] },
  { id: 'gpe:transnistria', name: 'Transnistria', type: 'GPE', aliases: ['Transnistria', 'Trans-Dniester', 'Transdniestria'], demonyms: ['Transnistrian'] },
  { id: 'gpe:northern-cyprus', name: 'Northern Cyprus', type: 'GPE', aliases: ['Northern Cyprus', 'Turkish Republic of Northern Cyprus'], demonyms: [] },
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
  // national bodies that wire copy names for their state ("the State Department said", "the Elysee")
  { id: 'org:department-of-state-usa', name: 'State Department', type: 'ORG', aliases: ['State Department', 'U.S. State Department', 'US State Department', 'Department of State'], country: 'iso3:USA' },
  { id: 'org:pentagon-usa', name: 'Pentagon', type: 'ORG', aliases: ['Pentagon'], country: 'iso3:USA' },
  { id: 'org:downing-street-gbr', name: 'Downing Street', type: 'ORG', aliases: ['Downing Street'], country: 'iso3:GBR' },
  { id: 'org:elysee-fra', name: 'Élysée', type: 'ORG', aliases: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace'], country: 'iso3:FRA' },
  { id: 'org:british-broadcasting-service', name: 'BBC', type: 'ORG', aliases: ['BBC', 'British Broadcasting Corporation'] },
  // platforms officials post on ("wrote on Twitter", "said on Telegram"): companies, no places
  ...['Twitter', 'Facebook', 'Telegram', 'YouTube', 'Instagram', 'TikTok', 'WhatsApp', 'Weibo', 'WeChat'].map((n): CuratedEntry => ({ id: 'org:' + slug(n), name: n, type: 'ORG', aliases: [n] })),
  // (the dictionaries file these under their long Arabic names; news uses the short ones)
  { id: 'group:hamas', name: 'Hamas', type: 'ORG', aliases: ['Hamas', 'Islamic Resistance Movement'] },
  { id: 'group:hezbollah', name: 'Hezbollah', type: 'ORG', aliases: ['Hezbollah', 'Hizbollah', 'Hizballah'] },
  { id: 'group:al-qaeda', name: 'al-Qaeda', type: 'ORG', aliases: ['al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida', 'al Qaida', 'Al Qaida'] },
  { id: 'group:al-shabaab', name: 'al-Shabaab', type: 'ORG', aliases: ['al-Shabaab', 'Al-Shabaab', 'al-Shabab', 'Al-Shabab', 'al Shabaab', 'Al Shabaab', 'Shabaab'] },
  { id: 'group:islamic-state-sahel', name: 'Islamic State Sahel Province', type: 'ORG', aliases: ['Islamic State Sahel Province', 'Islamic State in the Greater Sahara', 'ISGS', 'IS Sahel'] },
  { id: 'group:iswap', name: 'Islamic State West Africa Province', type: 'ORG', aliases: ['Islamic State West Africa Province', 'ISWAP'] },
  { id: 'group:wagner-group', name: 'Wagner Group', type: 'ORG', aliases: ['Wagner Group', 'PMC Wagner', 'Wagner'] },
  { id: 'group:africa-corps', name: 'Africa Corps', type: 'ORG', aliases: ['Africa Corps', 'Russian Africa Corps'] },
  // the Western bloc as world news names it (the one word "West" alone is too often part of a name)
  { id: 'norp:western-countries', name: 'Western countries', type: 'NORP', aliases: ['Western countries', 'Western powers', 'Western nations', 'Western governments', 'Western allies', 'Western partners'] },
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
  // peoples that conflict news names as actors ("Tuareg rebels", "Fulani herders")
  ...([
    ['Tuareg', 'Tuaregs'], ['Fulani', 'Peul', 'Fula'], ['Kurds', 'Kurdish'], ['Pashtuns', 'Pashtun'], ['Hausa'], ['Yoruba'], ['Igbo'],
    ['Tutsis', 'Tutsi'], ['Hutus', 'Hutu'], ['Amhara'], ['Tigrayans', 'Tigrayan'], ['Oromo'], ['Rohingya'],
    ['Uyghurs', 'Uyghur', 'Uighurs', 'Uighur'], ['Yazidis', 'Yazidi'], ['Baloch', 'Baluch'], ['Bambara'], ['Dogon'], ['Songhai'],
    ['Hazaras', 'Hazara'], ['Berbers', 'Berber', 'Amazigh'], ['Maasai'], ['Kikuyu'], ['Zaghawa'], ['Masalit'],
  ].map(([name, ...more]) => ({ id: 'norp:' + slug(name), name, type: 'NORP' as const, aliases: [name, ...more] }))),
];

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A curated person's public role in a state, with its dates (YYYY-MM-DD) when they are known. */
export interface CuratedRole {
  of: string;
  from?: string;
  to?: string;
}

export interface CuratedPerson extends CuratedEntry {
  type: 'PERSON';
  /** the state the person serves (iso3 id) */
  country: string;
  roles: CuratedRole[];
}

/**
 * Heads of state and government, foreign and defence ministers and other leaders whom world news
 * names most since the PETRARCH2 dictionaries were made (2015-2025). The dictionaries know earlier
 * leaders (Putin, Xi, Merkel, Obama); without this list "Emmanuel Macron" or "Assimi Goïta" would be
 * names with no country. Roles are dated where the date is public record; a person keeps the
 * dictionaries' entry (aliases, roles) when it exists, and these roles are added to it.
 */
const person = (name: string, country: string, roles: [string?, string?][], more: string[] = []): CuratedPerson => ({
  id: 'person:' + slug(name),
  name,
  type: 'PERSON',
  aliases: [name, ...more],
  country: 'iso3:' + country,
  roles: roles.map(([from, to]) => ({ of: 'iso3:' + country, ...(from ? { from } : {}), ...(to ? { to } : {}) })),
});

export const LEADERS: CuratedPerson[] = [
  // United States
  person('Donald Trump', 'USA', [['2017-01-20', '2021-01-20'], ['2025-01-20']], ['Donald J. Trump', 'Donald John Trump']),
  person('Joe Biden', 'USA', [['2021-01-20', '2025-01-20']], ['Joseph R. Biden', 'Joseph R. Biden Jr.', 'Joseph Biden']),
  person('Kamala Harris', 'USA', [['2021-01-20', '2025-01-20']]),
  person('JD Vance', 'USA', [['2025-01-20']], ['J.D. Vance']),
  person('Mike Pence', 'USA', [['2017-01-20', '2021-01-20']]),
  person('Mike Pompeo', 'USA', [['2018-04-26', '2021-01-20']]),
  person('Rex Tillerson', 'USA', [['2017-02-01', '2018-03-31']]),
  person('Antony Blinken', 'USA', [['2021-01-26', '2025-01-20']]),
  person('Marco Rubio', 'USA', [['2011-01-03']]),
  person('Lloyd Austin', 'USA', [['2021-01-22', '2025-01-20']]),
  person('Pete Hegseth', 'USA', [['2025-01-25']]),
  person('Bernie Sanders', 'USA', [['2007-01-03']]),
  // Europe
  person('Emmanuel Macron', 'FRA', [['2017-05-14']]),
  person('Jean-Yves Le Drian', 'FRA', [['2012-05-16', '2022-05-20']]),
  person('Catherine Colonna', 'FRA', [['2022-05-20', '2024-01-11']]),
  person('Boris Johnson', 'GBR', [['2016-07-13', '2022-09-06']]),
  person('Liz Truss', 'GBR', [['2021-09-15', '2022-10-25']]),
  person('Rishi Sunak', 'GBR', [['2020-02-13', '2024-07-05']]),
  person('Keir Starmer', 'GBR', [['2024-07-05']]),
  person('David Lammy', 'GBR', [['2024-07-05']]),
  person('Olaf Scholz', 'DEU', [['2018-03-14', '2025-05-06']]),
  person('Friedrich Merz', 'DEU', [['2025-05-06']]),
  person('Annalena Baerbock', 'DEU', [['2021-12-08', '2025-05-06']]),
  person('Volodymyr Zelensky', 'UKR', [['2019-05-20']], ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy']),
  person('Theresa May', 'GBR', [['2016-07-13', '2019-07-24']]),
  person('Angela Merkel', 'DEU', [['2005-11-22', '2021-12-08']]),
  person('Giorgia Meloni', 'ITA', [['2022-10-22']]),
  person('Mario Draghi', 'ITA', [['2021-02-13', '2022-10-22']]),
  person('Pedro Sanchez', 'ESP', [['2018-06-02']], ['Pedro Sánchez']),
  person('Mark Rutte', 'NLD', [['2010-10-14', '2024-07-02']]),
  person('Kyriakos Mitsotakis', 'GRC', [['2019-07-08']]),
  person('Aleksandar Vucic', 'SRB', [['2014-04-27']], ['Aleksandar Vučić']),
  person('Albin Kurti', 'UNK', [['2020-02-03', '2020-06-03'], ['2021-03-22']]),
  person('Nikol Pashinyan', 'ARM', [['2018-05-08']]),
  person('Ilham Aliyev', 'AZE', [['2003-10-31']]),
  person('Alexander Lukashenko', 'BLR', [['1994-07-20']], ['Alexander Lukashenka', 'Aleksandr Lukashenko']),
  person('Andrzej Duda', 'POL', [['2015-08-06', '2025-08-06']]),
  person('Donald Tusk', 'POL', [['2007-11-16', '2014-09-22'], ['2023-12-13']]),
  person('Viktor Orban', 'HUN', [['2010-05-29']], ['Viktor Orbán']),
  person('Sergei Lavrov', 'RUS', [['2004-03-09']], ['Sergey Lavrov']),
  person('Dmytro Kuleba', 'UKR', [['2020-03-04', '2024-09-05']]),
  person('Dmitry Peskov', 'RUS', [['2012-05-22']], ['Dmitri Peskov']),
  person('Maria Zakharova', 'RUS', [['2015-08-10']]),
  person('Sergei Shoigu', 'RUS', [['2012-11-06']], ['Sergey Shoigu']),
  person('Dmitry Medvedev', 'RUS', [['2008-05-07']], ['Dmitri Medvedev']),
  person('Mikhail Mishustin', 'RUS', [['2020-01-16']]),
  person('Yevgeny Prigozhin', 'RUS', [[undefined, '2023-08-23']], ['Yevgeniy Prigozhin']),
  // Asia and the Middle East
  person('Wang Yi', 'CHN', [['2013-03-16', '2022-12-30'], ['2023-07-25']]),
  person('Li Qiang', 'CHN', [['2023-03-11']]),
  person('Kim Jong Un', 'PRK', [['2011-12-17']], ['Kim Jong-un']),
  person('Subrahmanyam Jaishankar', 'IND', [['2019-05-30']], ['S. Jaishankar']),
  person('Mohammed bin Salman', 'SAU', [['2017-06-21']], ['Mohammad bin Salman', 'Mohammed bin Salman Al Saud']),
  person('Ali Khamenei', 'IRN', [['1989-06-04']], ['Ayatollah Ali Khamenei']),
  person('Ebrahim Raisi', 'IRN', [['2021-08-03', '2024-05-19']]),
  person('Masoud Pezeshkian', 'IRN', [['2024-07-28']]),
  person('Hakan Fidan', 'TUR', [['2023-06-04']]),
  person('Recep Tayyip Erdogan', 'TUR', [['2003-03-14']], ['Tayyip Erdogan', 'Recep Tayyip Erdoğan']),
  person('Moon Jae-in', 'KOR', [['2017-05-10', '2022-05-09']]),
  person('Yoon Suk Yeol', 'KOR', [['2022-05-10', '2025-04-04']], ['Yoon Suk-yeol']),
  person('Lee Jae-myung', 'KOR', [['2025-06-04']]),
  person('Shinzo Abe', 'JPN', [['2012-12-26', '2020-09-16']]),
  person('Yoshihide Suga', 'JPN', [['2020-09-16', '2021-10-04']]),
  person('Fumio Kishida', 'JPN', [['2021-10-04', '2024-10-01']]),
  person('Shigeru Ishiba', 'JPN', [['2024-10-01', '2025-10-21']]),
  person('Narendra Modi', 'IND', [['2014-05-26']]),
  person('Imran Khan', 'PAK', [['2018-08-18', '2022-04-10']]),
  person('Shehbaz Sharif', 'PAK', [['2022-04-11', '2023-08-14'], ['2024-03-04']]),
  person('Benjamin Netanyahu', 'ISR', [['2009-03-31', '2021-06-13'], ['2022-12-29']]),
  person('Naftali Bennett', 'ISR', [['2021-06-13', '2022-06-30']]),
  person('Yair Lapid', 'ISR', [['2022-07-01', '2022-12-29']]),
  person('Isaac Herzog', 'ISR', [['2021-07-07']]),
  person('Abdel Fattah al-Sisi', 'EGY', [['2014-06-08']], ['Abdel Fattah el-Sisi', 'Abdel Fattah el-Sissi']),
  person('Tamim bin Hamad al-Thani', 'QAT', [['2013-06-25']], ['Tamim bin Hamad Al Thani']),
  person('Mohammed bin Abdulrahman al-Thani', 'QAT', [['2016-01-28']], ['Mohammed bin Abdulrahman Al Thani']),
  person('Faisal bin Farhan', 'SAU', [['2019-10-23']], ['Faisal bin Farhan Al Saud']),
  person('Mohamed bin Zayed', 'ARE', [['2022-05-14']], ['Mohammed bin Zayed', 'Mohamed bin Zayed Al Nahyan']),
  person('Mohammed Shia al-Sudani', 'IRQ', [['2022-10-27']]),
  person('Mustafa al-Kadhimi', 'IRQ', [['2020-05-07', '2022-10-27']]),
  person('Mohammad Javad Zarif', 'IRN', [['2013-08-15', '2021-08-25']]),
  person('Hossein Amir-Abdollahian', 'IRN', [['2021-08-25', '2024-05-19']]),
  person('Abbas Araqchi', 'IRN', [['2024-08-21']], ['Abbas Araghchi']),
  person('Bashar al-Assad', 'SYR', [['2000-07-17', '2024-12-08']]),
  person('Ahmed al-Sharaa', 'SYR', [['2024-12-08']]),
  person('Najib Mikati', 'LBN', [['2021-09-10', '2025-02-08']]),
  person('Joseph Aoun', 'LBN', [['2025-01-09']]),
  person('Ashraf Ghani', 'AFG', [['2014-09-29', '2021-08-15']]),
  person('Li Keqiang', 'CHN', [['2013-03-15', '2023-03-11']]),
  person('Tsai Ing-wen', 'TWN', [['2016-05-20', '2024-05-20']]),
  person('Lai Ching-te', 'TWN', [['2024-05-20']]),
  person('Rodrigo Duterte', 'PHL', [['2016-06-30', '2022-06-30']]),
  person('Ferdinand Marcos Jr.', 'PHL', [['2022-06-30']], ['Ferdinand Marcos Jr', 'Bongbong Marcos']),
  person('Joko Widodo', 'IDN', [['2014-10-20', '2024-10-20']]),
  person('Prabowo Subianto', 'IDN', [['2024-10-20']]),
  person('Min Aung Hlaing', 'MMR', [['2011-03-30']]),
  person('Prayuth Chan-ocha', 'THA', [['2014-08-24', '2023-08-22']]),
  person('Hun Sen', 'KHM', [['1985-01-14', '2023-08-22']]),
  person('Hun Manet', 'KHM', [['2023-08-22']]),
  // Africa
  person('Assimi Goïta', 'MLI', [['2020-08-18']], ['Assimi Goita']),
  person('Bah Ndaw', 'MLI', [['2020-09-25', '2021-05-24']], ["Bah N'Daw"]),
  person('Choguel Kokalla Maïga', 'MLI', [['2021-06-07', '2024-11-20']], ['Choguel Kokalla Maiga', 'Choguel Maïga', 'Choguel Maiga']),
  person('Sadio Camara', 'MLI', [['2020-10-05']]),
  person('Ibrahim Traoré', 'BFA', [['2022-09-30']], ['Ibrahim Traore']),
  person('Paul-Henri Sandaogo Damiba', 'BFA', [['2022-01-24', '2022-09-30']], ['Paul-Henri Damiba']),
  person('Abdourahamane Tiani', 'NER', [['2023-07-26']], ['Abdourahamane Tchiani', 'Abdourahmane Tchiani']),
  person('Mohamed Bazoum', 'NER', [['2021-04-02', '2023-07-26']]),
  person('Mahamat Idriss Déby', 'TCD', [['2021-04-20']], ['Mahamat Idriss Deby', 'Mahamat Déby', 'Mahamat Deby', 'Mahamat Idriss Déby Itno']),
  person('Mamady Doumbouya', 'GIN', [['2021-09-05']]),
  person('Alpha Condé', 'GIN', [['2010-12-21', '2021-09-05']], ['Alpha Conde']),
  person('Bassirou Diomaye Faye', 'SEN', [['2024-04-02']]),
  person('Ousmane Sonko', 'SEN', [['2024-04-02']]),
  person('Bola Tinubu', 'NGA', [['2023-05-29']], ['Bola Ahmed Tinubu']),
  person('Cyril Ramaphosa', 'ZAF', [['2018-02-15']]),
  person('Abiy Ahmed', 'ETH', [['2018-04-02']], ['Abiy Ahmed Ali']),
  person('Félix Tshisekedi', 'COD', [['2019-01-24']], ['Felix Tshisekedi']),
  person('William Ruto', 'KEN', [['2022-09-13']]),
  person('Abdelmadjid Tebboune', 'DZA', [['2019-12-19']]),
  person('Abdel Fattah al-Burhan', 'SDN', [['2019-08-21']], ['Abdel Fattah Burhan']),
  person('Mohamed Hamdan Dagalo', 'SDN', [], ['Hemedti']),
  person('Isaias Afwerki', 'ERI', [['1993-05-24']]),
  person('Nana Akufo-Addo', 'GHA', [['2017-01-07', '2025-01-07']]),
  person('Patrice Talon', 'BEN', [['2016-04-06']]),
  person('Mohamed Ould Ghazouani', 'MRT', [['2019-08-01']], ['Mohamed Ould Cheikh El Ghazouani']),
  person('Kais Saied', 'TUN', [['2019-10-23']]),
  person('Uhuru Kenyatta', 'KEN', [['2013-04-09', '2022-09-13']]),
  person('Hassan Sheikh Mohamud', 'SOM', [['2012-09-16', '2017-02-16'], ['2022-05-23']]),
  person('Mohamed Abdullahi Farmaajo', 'SOM', [['2017-02-16', '2022-05-23']], ['Mohamed Abdullahi Mohamed']),
  person('Salva Kiir', 'SSD', [['2011-07-09']], ['Salva Kiir Mayardit']),
  person('Paul Kagame', 'RWA', [['2000-04-22']]),
  person('Yoweri Museveni', 'UGA', [['1986-01-29']]),
  person('Filipe Nyusi', 'MOZ', [['2015-01-15', '2025-01-15']]),
  person('Emmerson Mnangagwa', 'ZWE', [['2017-11-24']]),
  person('Muhammadu Buhari', 'NGA', [['2015-05-29', '2023-05-29']]),
  person('Ali Bongo Ondimba', 'GAB', [['2009-10-16', '2023-08-30']], ['Ali Bongo']),
  person('Brice Oligui Nguema', 'GAB', [['2023-08-30']]),
  person('Faustin-Archange Touadera', 'CAF', [['2016-03-30']], ['Faustin-Archange Touadéra', 'Faustin Archange Touadera']),
  // the Americas
  person('Justin Trudeau', 'CAN', [['2015-11-04', '2025-03-14']]),
  person('Mark Carney', 'CAN', [['2025-03-14']]),
  person('Jair Bolsonaro', 'BRA', [['2019-01-01', '2022-12-31']]),
  person('Javier Milei', 'ARG', [['2023-12-10']]),
  person('Claudia Sheinbaum', 'MEX', [['2024-10-01']]),
  person('Nicolás Maduro', 'VEN', [['2013-04-19']], ['Nicolas Maduro']),
  person('Luiz Inacio Lula da Silva', 'BRA', [['2003-01-01', '2010-12-31'], ['2023-01-01']], ['Luiz Inácio Lula da Silva', 'Lula da Silva']),
  person('Gustavo Petro', 'COL', [['2022-08-07']]),
  person('Ivan Duque', 'COL', [['2018-08-07', '2022-08-07']], ['Iván Duque']),
  person('Andres Manuel Lopez Obrador', 'MEX', [['2018-12-01', '2024-09-30']], ['Andrés Manuel López Obrador']),
  person('Pedro Castillo', 'PER', [['2021-07-28', '2022-12-07']]),
  person('Dina Boluarte', 'PER', [['2022-12-07', '2025-10-10']]),
  person('Irfaan Ali', 'GUY', [['2020-08-02']], ['Mohamed Irfaan Ali']),
  person('Alberto Fernandez', 'ARG', [['2019-12-10', '2023-12-10']], ['Alberto Fernández']),
  person('Anthony Albanese', 'AUS', [['2022-05-23']]),
  person('Scott Morrison', 'AUS', [['2018-08-24', '2022-05-23']]),
];
