import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';

const models = await loadAnalysisModels();

const NAME_TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);

/** "TYPE text" for each name in `text` (dates and numbers left out), in order. */
function namesIn(text: string): string[] {
  return analyzeText(text, models)
    .entities.filter((e) => NAME_TYPES.has(e.type))
    .map((e) => `${e.type} ${e.text}`);
}

/** Checks that each name of `expected` is found in `text` with its type (others may be found too). */
function expectTypes(text: string, expected: Readonly<Partial<Record<string, readonly string[]>>>): void {
  const found = namesIn(text);
  for (const [type, names] of Object.entries(expected))
    for (const name of names ?? []) expect(found).toContain(`${type} ${name}`);
}

describe('names that are not people, and names found whole', () => {
  it('never makes a person of a moon, a telescope, an observatory or a space agency', () => {
    const found = namesIn(
      'Pictures of Europa, an icy moon of Jupiter, were taken by the Hubble telescope and checked by astronomers at the Keck Observatory in Hawaii, ESA said on Monday.',
    );
    for (const name of ['Europa', 'Hubble', 'Keck Observatory', 'ESA'])
      expect(found).not.toContain(`PERSON ${name}`);
    expect(found).toContain('ORG Keck Observatory');
    expect(found).toContain('ORG ESA');
  });

  it('never makes a person of a shopping day, an airline, a charity or a train line', () => {
    const found = [
      ...namesIn(
        'Retailers expect record crowds on Black Friday, and Emirates Airline will add flights to Dubai.',
      ),
      ...namesIn('Doctors Without Borders opened a clinic near the last stop of the Blue Line in Chicago.'),
    ];
    for (const name of ['Black Friday', 'Emirates Airline', 'Doctors Without Borders', 'Blue Line'])
      expect(found).not.toContain(`PERSON ${name}`);
    expect(found).toContain('ORG Emirates Airline');
    expect(found).toContain('ORG Doctors Without Borders');
  });

  it('reads a plural noun, a capitalised preposition and a cause as an organisation', () => {
    expect(namesIn('The index published by Reporters Without Borders ranks 180 countries.')).toEqual([
      'ORG Reporters Without Borders',
    ]);
    expect(namesIn('Doctors in the capital said supplies ran out.')).toEqual([]);
  });

  it('types a games company as an organisation, not a place', () => {
    const found = namesIn('Nintendo shares rose 4% in Tokyo after the console went on sale.');
    expect(found).toEqual(['ORG Nintendo', 'PLACE Tokyo']);
  });

  it('finds a name with lower-case particles, a carmaker, a police force and a football team', () => {
    const visit = namesIn(
      'Commission President Ursula von der Leyen toured a Volkswagen plant in Wolfsburg.',
    );
    expect(visit).toContain('PERSON Ursula von der Leyen');
    expect(visit).toContain('ORG Volkswagen');
    const found = namesIn(
      'The California Highway Patrol closed two lanes of the interstate before the Kansas City Chiefs played on Sunday.',
    );
    expect(found).toEqual(['ORG California Highway Patrol', 'ORG Kansas City Chiefs']);
  });

  it('knows a particle surname capitalised later in the text as the person ("Van Gaal", "Ten Hag")', () => {
    const text =
      'Coach Pieter van Dijkhuizen named his squad on Friday. Van Dijkhuizen left out two strikers. ' +
      'Captain Marieke ten Brink missed training, and fans asked whether Ten Brink would play.';
    const people = analyzeText(text, models)
      .entities.filter((e) => e.type === 'PERSON')
      .map((e) => [e.text, e.canonical]);
    expect(people).toEqual([
      ['Pieter van Dijkhuizen', 'Pieter van Dijkhuizen'],
      ['Van Dijkhuizen', 'Pieter van Dijkhuizen'],
      ['Marieke ten Brink', 'Marieke ten Brink'],
      ['Ten Brink', 'Marieke ten Brink'],
    ]);
  });

  it('finds an organisation whole when the short form it defines spells words the model left out', () => {
    const found = namesIn(
      'The Coastal and Inland Waterways Board (CIWB) closed two locks. A Member of Parliament (MP) asked why.',
    );
    expect(found).toContain('ORG Coastal and Inland Waterways Board');
    expect(found).not.toContain('ORG Member of Parliament');
  });

  it('finds it whole across commas and a hyphened word, over the names the model found inside', () => {
    const found = namesIn(
      'The Directorate-General of Revenue, Customs and Excise (DGRCE) raised its forecast. The Northern ' +
        'Seismic, Volcanic and Coastal Monitoring Agency (NSVCMA) issued a warning.',
    );
    expect(found).toContain('ORG Directorate-General of Revenue, Customs and Excise');
    expect(found).toContain('ORG Northern Seismic, Volcanic and Coastal Monitoring Agency');
  });

  it('makes an organisation of a short form its name defines in brackets, words and all, not of a place', () => {
    const text =
      'The Eastern Grain Reserve Agency (Eastern GRA) said stocks were low. Eastern GRA will sell 40,000 tonnes. ' +
      'The review Tidewater (Halifax) printed the letter.';
    const entities = analyzeText(text, models).entities;
    const second = entities.filter((e) => e.text === 'Eastern GRA');
    expect(second.map((e) => [e.type, e.canonical])).toEqual([
      ['ORG', 'Eastern Grain Reserve Agency'],
      ['ORG', 'Eastern Grain Reserve Agency'],
    ]);
    expect(entities.find((e) => e.text === 'Halifax')?.type).toBe('PLACE');
    expect(sourceOfFirst(text)).toBe('Eastern Grain Reserve Agency');
  });

  it('makes a news organisation of the name before or after "news agency", "newspaper" or "daily"', () => {
    expect(namesIn('The ferry sank near Oki island, the Kyodo news agency said.')).toContain('ORG Kyodo');
    expect(namesIn('Tallinn police detained two men, the newspaper Postimees reported.')).toContain(
      'ORG Postimees',
    );
    // A place or a people before it says where the paper is.
    const found = namesIn('A Calgary newspaper and the Swedish daily Expressen ran the story.');
    expect(found).not.toContain('ORG Calgary');
    expect(found).toContain('GROUP Swedish');
  });

  it('makes a company of a name opened by "Banco", "Groupe" or "Deutsche"', () => {
    expect(namesIn('Banco Santander raised its dividend.')).toEqual(['ORG Banco Santander']);
    expect(namesIn('Groupe Renault will cut 2,000 jobs.')).toEqual(['ORG Groupe Renault']);
  });

  it('leaves descriptors outside the name: "Chipmaker AMD", "Palo Alto-based HP"', () => {
    expect(namesIn('Chipmaker AMD said demand for its processors was strong.')).toEqual(['ORG AMD']);
    expect(namesIn('Palo Alto-based HP will cut 2,000 jobs, the company said.')).toEqual([
      'PLACE Palo Alto',
      'ORG HP',
    ]);
  });
});

describe('rules beside the tagger', () => {
  it('finds an "X of Y" organisation that opens a sentence with a common word', () => {
    expect(namesIn('Ministry of Fisheries officials closed the bay. Bank of Uganda kept its rate.')).toEqual([
      'ORG Ministry of Fisheries',
      'ORG Bank of Uganda',
    ]);
    expect(namesIn('Department of Lands staff surveyed the plot on Tuesday.')).toEqual([
      'ORG Department of Lands',
    ]);
  });

  it('parts a place from the place it owns, and ends a department on a noun, not an adjective', () => {
    expect(namesIn("Aid trucks entered Ethiopia's Afar region on Monday.")).toEqual([
      'PLACE Ethiopia',
      'PLACE Afar',
    ]);
    expect(
      namesIn('Prices rose, said Maine Department of Agricultural Conservation Commissioner Amanda Beal.'),
    ).toEqual(['ORG Maine Department of Agricultural Conservation', 'PERSON Amanda Beal']);
  });

  it('finds a name of several words whole where the text repeats it, and its first word as it', () => {
    const text =
      'Crews from the Tamsen River Flood Authority arrived. Later the Tamsen River Flood Authority said levels ' +
      'fell. Halvorsen Freight Lines cut 40 routes. Halvorsen said fuel costs doubled.';
    const entities = analyzeText(text, models).entities;
    expect(entities.filter((e) => e.text.startsWith('Tamsen')).map((e) => `${e.type} ${e.text}`)).toEqual([
      'ORG Tamsen River Flood Authority',
      'ORG Tamsen River Flood Authority',
    ]);
    expect(entities.find((e) => e.text === 'Halvorsen')).toMatchObject({
      type: 'ORG',
      canonical: 'Halvorsen Freight Lines',
    });
  });

  it('names no one or nothing by an office: "the acting National Publicity Secretary, …"', () => {
    expect(
      namesIn("The party's acting National Publicity Secretary, Tunde Ajayi, said the vote was rigged."),
    ).toEqual(['PERSON Tunde Ajayi']);
  });

  it('takes a name before "region", "state" or "province" for a place', () => {
    expect(namesIn("Troops moved into Mali's Kidal region.")).toEqual(['PLACE Mali', 'PLACE Kidal']);
  });

  it('names the place itself as the canonical form of "northern Iraq" or "eastern Aleppo"', () => {
    const { entities } = analyzeText('Shelling hit eastern Aleppo overnight, the monitors said.', models);
    const place = entities.find((e) => e.type === 'PLACE');
    expect(place?.canonical).toBe('Aleppo');
  });

  it('names no organisation or place in the time zone of a clock time', () => {
    const found = namesIn(
      'The filing went out at 09:30 Pacific time (16:30 GMT), and Veltrix halted trading at 1:30 PST.',
    );
    expect(found.filter((n) => /GMT|PST|Pacific/.test(n))).toEqual([]);
  });

  it('takes the name of a village or town for a place, not a person', () => {
    expect(namesIn('Rescuers reached the village of Alwin Tor late on Friday.')).toEqual(['PLACE Alwin Tor']);
    expect(namesIn('Their village, Karsewa, is 20 km away.')).toEqual(['PLACE Karsewa']);
  });

  it('takes the name after "residents of" or "the outskirts of" for a place, not a person', () => {
    expect(namesIn('Residents of Ngorika said the river had burst its banks.')).toEqual(['PLACE Ngorika']);
    expect(namesIn('Fighting reached the outskirts of Velmora on Sunday.')).toEqual(['PLACE Velmora']);
  });

  it('takes a name before "district" or "districts" for a place, not a person', () => {
    expect(namesIn('Embankments broke in Tesh and Osundo districts on Sunday.')).toEqual([
      'PLACE Tesh',
      'PLACE Osundo',
    ]);
  });

  it('makes no person of a storm, and a place of a name before a lower-case "river" or "lake"', () => {
    expect(
      namesIn('Hurricane Odalys cut power to 40,000 homes in Florida on Tuesday. Odalys weakened over land.'),
    ).toEqual(['PLACE Florida']);
    expect(namesIn('Maren Tull lake levels fell again.')).toEqual(['PLACE Maren Tull']);
  });

  it('reads two places joined by a hyphen as two places', () => {
    expect(namesIn('The France-Japan maritime talks ended in Lyon.')).toEqual([
      'PLACE France',
      'PLACE Japan',
      'PLACE Lyon',
    ]);
  });

  it('keeps titles out of a person’s name and types demonyms as groups', () => {
    const found = namesIn('Kenyan runners cheered as Senator Grace Wanjiru opened the stadium.');
    expect(found).toContain('GROUP Kenyan');
    expect(found).toContain('PERSON Grace Wanjiru');
  });

  it('gives a later surname, an acronym and a place alias the canonical form of the full name', () => {
    const text =
      'Chief executive Ingrid Solberg-Aas said the Nordic Fisheries Authority (NFA) would act. ' +
      'Solberg-Aas added that the NFA had written to officials in the U.S. and the United States Senate.';
    const entities = analyzeText(text, models).entities;
    const canonical = (surface: string) => entities.find((e) => e.text === surface)?.canonical;
    expect(canonical('Solberg-Aas')).toBe('Ingrid Solberg-Aas');
    expect(canonical('NFA')).toBe('Nordic Fisheries Authority');
    expect(canonical('U.S.')).toBe('United States');
  });

  it('gives a bare head noun the one organisation it heads, and no one when two share it', () => {
    const text =
      'A statement from the Ministry of Water Resources said the Ministry had met the farmers. ' +
      'The Supreme Court heard the appeal; the Court adjourned until May.';
    const entities = analyzeText(text, models).entities;
    const canonicals = (surface: string) =>
      entities.filter((e) => e.text === surface).map((e) => e.canonical);
    expect(canonicals('Ministry')).toEqual(['Ministry of Water Resources']);
    expect(canonicals('Court')).toEqual(['Supreme Court']);
    // Two ministries, or three: the bare word stays itself.
    for (const more of [
      ' The Ministry of Finance agreed.',
      ' The Ministry of Finance and the Ministry of Health agreed.',
    ]) {
      const found = analyzeText(text + more, models).entities;
      expect(found.filter((e) => e.text === 'Ministry').map((e) => e.canonical)).toEqual(['Ministry']);
    }
  });
});

describe('person names and the words between them', () => {
  it('ends a person at a lower-case word that is no name particle, and keeps particles inside', () => {
    const found = namesIn('Dr Kofi Mensah thanked Mrs Ines de la Cruz at the harbour in Tema.');
    expect(found).toContain('PERSON Kofi Mensah');
    expect(found).toContain('PERSON Ines de la Cruz');
    expect(found.filter((n) => n.startsWith('PERSON')).some((n) => n.includes('thanked'))).toBe(false);
  });

  it('keeps the initials that open a name, but not a country written with full stops', () => {
    const found = namesIn(
      'The district officer, R.K. Venkatesan Pillai, met the U.S. envoy. Later S. Rajaratnam Iyer joined them.',
    );
    expect(found).toContain('PERSON R.K. Venkatesan Pillai');
    expect(found).toContain('PERSON S. Rajaratnam Iyer');
    expect(found).toContain('PLACE U.S.');
  });
});

describe('countries of several words', () => {
  it('finds each as one place, with "and", "of", an elided particle or a curly apostrophe inside', () => {
    const found = namesIn(
      'Coast guards from Trinidad and Tobago towed the tanker after a request from Côte d’Ivoire, while the ' +
        'Democratic Republic of Congo and Bosnia and Herzegovina sent observers to Sao Tome and Principe.',
    );
    for (const place of [
      'Trinidad and Tobago',
      'Côte d’Ivoire',
      'Democratic Republic of Congo',
      'Bosnia and Herzegovina',
      'Sao Tome and Principe',
    ])
      expect(found).toContain(`PLACE ${place}`);
  });

  it('gives the spellings of one country one canonical form, and leaves a place inside a longer name', () => {
    const { entities } = analyzeText(
      'Cocoa from Cote d’Ivoire rose 4%. Ivory Coast growers said the Côte d’Ivoire board, quoted by the New ' +
        'York Times, would not act.',
      models,
    );
    const country = entities.filter((e) => e.canonical === 'Ivory Coast').map((e) => `${e.type} ${e.text}`);
    expect(country).toEqual(['PLACE Cote d’Ivoire', 'PLACE Ivory Coast', 'PLACE Côte d’Ivoire']);
    expect(entities.some((e) => e.text === 'New York')).toBe(false);
  });
});

/** The words of the speaker of `text`'s first claim. */
const sourceOfFirst = (text: string) => {
  const speaker = analyzeText(text, models).claims[0]?.speaker;
  return speaker ? text.slice(speaker.start, speaker.end) : null;
};

/** The places of `text`: each as written and by its canonical name. */
const placesIn = (text: string) =>
  analyzeText(text, models)
    .entities.filter((e) => e.type === 'PLACE')
    .map((e) => [e.text, e.canonical]);

describe('wire datelines', () => {
  it('leaves the "The" that opens a story after the dateline out of the name, and reads the credit as an agency', () => {
    const found = namesIn(
      'NAGPUR, Feb 11 (Deccan Wire) — The Bombay High Court on Monday quashed the order and fined the contractor.',
    );
    expect(found).toContain('ORG Bombay High Court');
    expect(found).toContain('ORG Deccan Wire');
    expect(found.some((n) => n.includes('The '))).toBe(false);
  });

  it('finds the name that opens the story after a dateline as it would at a sentence start', () => {
    const found = namesIn('Brussels, 18 June - The European Commission opened an inquiry into the merger.');
    expect(found).toEqual(['PLACE Brussels', 'ORG European Commission']);
  });

  it('reads the capitals that open a dateline as the place, named as the text writes it elsewhere', () => {
    const text =
      'LILONGWE, Oct 2 — Prosecutors charged a former minister on Thursday. The trial opens in Lilongwe next month.\n\nSANTA CRUZ, Bolivia, March 3 (Andes Wire) — Floods closed the main highway.';
    expect(placesIn(text)).toEqual([
      ['LILONGWE', 'Lilongwe'],
      ['Lilongwe', 'Lilongwe'],
      ['SANTA CRUZ', 'Santa Cruz'],
      ['Bolivia', 'Bolivia'],
    ]);
  });

  it('names Washington after a town and a comma the state, and the capital elsewhere', () => {
    const text =
      'The mill outside Yakima, Washington, will close. Delegates from Ottawa, Washington and Mexico City met in Washington.';
    const washingtons = placesIn(text).filter(([surface]) => surface === 'Washington');
    expect(washingtons.map(([, canonical]) => canonical)).toEqual([
      'Washington State',
      'Washington DC',
      'Washington DC',
    ]);
  });

  it('reads listed capitals before a bare dash as the place, accents and all, and nothing else', () => {
    const text =
      'SÃO PAULO — Mexico’s central bank cut rates on Thursday.\n\nZÜRICH — Regulators fined a lender.\n\nBREAKING — Police closed the bridge.';
    expect(placesIn(text)).toEqual([
      ['SÃO PAULO', 'São Paulo'],
      ['Mexico', 'Mexico'],
      ['ZÜRICH', 'Zürich'],
    ]);
    expect(namesIn('SÃO PAULO — Mexico’s central bank cut rates.')).not.toContain('PERSON PAULO — Mexico');
  });

  it('reads unlisted capitals opening a paragraph before a colon or a dash as the place, but not a kicker', () => {
    const text =
      'Assembly sits late\n\nKUALA TERENGGANU: The state assembly sat until midnight on Tuesday.\n\nPUERTO MONTT — Salmon farmers counted their losses.\n\nSAN CRISTÓBAL — Teachers marched on the ministry.';
    expect(placesIn(text)).toEqual([
      ['KUALA TERENGGANU', 'Kuala Terengganu'],
      ['PUERTO MONTT', 'Puerto Montt'],
      ['SAN CRISTÓBAL', 'San Cristóbal'],
    ]);
    for (const kicker of [
      'UPDATE:',
      'EXCLUSIVE —',
      'WATCH:',
      'ANALYSIS —',
      'FACT CHECK:',
      'EDITOR’S NOTE:',
      'PS -',
      'INFOGRAPHIC:',
      'SUNDAY -',
    ])
      expect(namesIn(`Bridge reopens\n\n${kicker} Police reopened the bridge on Monday.`)).toEqual([]);
    expect(placesIn('Quotes of the week\n\nMARTA KOWALSKA: Nobody reads the small print.')).toEqual([]);
    // Not inside a paragraph, nor in a line all in capitals.
    expect(placesIn('Crews worked through the night. TOMAR — the town — was dark.')).toEqual([]);
    expect(placesIn('Flood warning\n\nRIVER LEVELS: RISING FAST ON THE LOWER REACHES')).toEqual([]);
  });
});

describe('honorifics, outlets and places by their head word', () => {
  it('keeps honorifics, a demonym and letters after the name out of a person', () => {
    expect(
      namesIn(
        'Alhaji Sani Bello met Comrade Joe Ajaero. Baroness Helen Carr and Tan Sri Azman Hashim spoke. ' +
          'Frenchman Luc Moreau won. Counsel Priya Nair KC objected.',
      ).filter((n) => n.startsWith('PERSON')),
    ).toEqual([
      'PERSON Sani Bello',
      'PERSON Joe Ajaero',
      'PERSON Helen Carr',
      'PERSON Azman Hashim',
      'PERSON Luc Moreau',
      'PERSON Priya Nair',
    ]);
    // "Tan" is a surname too.
    expect(namesIn('Economist Tan Wei Ming said fares rose.')).toContain('PERSON Tan Wei Ming');
  });

  it('finds no organisation in a court level or portfolios joined by "and" before a title', () => {
    expect(
      namesIn(
        'U.S. District Judge Nora Pike ruled. Lands and Water Resources Minister Tendai Moyo and Finance, Trade ' +
          'and Investment Promotion Minister Rudo Dube spoke.',
      ),
    ).toEqual(['PERSON Nora Pike', 'PERSON Tendai Moyo', 'PERSON Rudo Dube']);
  });

  it('makes no place of "US" in "US dollars", an organisation of Putrajaya, and no "The" of an acronym', () => {
    expect(namesIn('Mills buy wheat in US dollars, and Putrajaya said aid would follow.')).toEqual([
      'ORG Putrajaya',
    ]);
    expect(namesIn('The Grain Millers Association (GMA) raised prices.')).toContain(
      'ORG Grain Millers Association',
    );
  });

  it('reads a Canadian province abbreviated after a town as the province, and the town as a place', () => {
    expect(placesIn('Crews left Flin Flon, Man., for Kelowna, B.C., on Sunday.')).toEqual([
      ['Flin Flon', 'Flin Flon'],
      ['Man.', 'Manitoba'],
      ['Kelowna', 'Kelowna'],
      ['B.C.', 'British Columbia'],
    ]);
    expect(namesIn('Brigadier Ines Vale and Adviser Omar Haddad arrived.')).toEqual([
      'PERSON Ines Vale',
      'PERSON Omar Haddad',
    ]);
  });

  it('gives a knight, a dame or a sheikh named by first name the full name, and no one two share', () => {
    const canonicals = (text: string) =>
      analyzeText(text, models)
        .entities.filter((e) => e.type === 'PERSON')
        .map((e) => e.canonical);
    expect(
      canonicals(
        'Dame Ruth Abara-Lewis opened the mill. Dame Ruth said the looms were old. Ruth Cole agreed.',
      ),
    ).toEqual(['Ruth Abara-Lewis', 'Ruth Abara-Lewis', 'Ruth Cole']);
    expect(canonicals('Sir Tom Hale and Sir Tom Brice met. Sir Tom said little.').at(-1)).toBe('Tom');
  });

  it('makes an organisation of a news agency or paper the model took for someone', () => {
    const found = namesIn(
      'An official told Anadolu that talks would resume. She told Le Monde the strike would go on. ' +
        'He said on France Inter that pensions were safe, and Xinhua reported the visit.',
    );
    expect(found).toEqual(['ORG Anadolu', 'ORG Le Monde', 'ORG France Inter', 'ORG Xinhua']);
  });

  it('finds "the X and Y <head>" whole when no list gives X or Y as a name', () => {
    const found = namesIn(
      "Scientists at the Global Sorghum and Millet Research Centre agreed. Funding came from the UK's " +
        'Soil and Groundwater Sciences Council. Brazil and Argentina Football Association officials met.',
    );
    expect(found).toContain('ORG Global Sorghum and Millet Research Centre');
    expect(found).toContain('ORG Soil and Groundwater Sciences Council');
    expect(found).not.toContain('ORG Brazil and Argentina Football Association');
  });

  it('makes a place of a surname standing alone in a list of places, not of one among people', () => {
    expect(namesIn('Rain fell on Michoacán, Guerrero and Zacatecas.')).toContain('PLACE Guerrero');
    expect(namesIn('Lopez, Guerrero and Ruiz scored for Toluca.')).toContain('PERSON Guerrero');
  });

  it('keeps a short form that opens a longer name as the body it names, not the longer one', () => {
    const entities = analyzeText(
      'The UN Refugee Tribunal heard the appeal in Geneva. The UN has funded the camps since 2019.',
      models,
    ).entities.filter((e) => e.type === 'ORG');
    expect(entities.map((e) => `${e.text} = ${e.canonical}`)).toEqual([
      'UN Refugee Tribunal = UN Refugee Tribunal',
      'UN = UN',
    ]);
  });

  it('finds a defined short form wherever it stands, a surname taken for an organisation, and names after ranks', () => {
    const entities = analyzeText(
      'NWB crews worked overnight. The National Water Board (NWB) cut supply. Petra Haldane chairs the panel. ' +
        'According to Haldane, repairs will take a week. Cllr Rosa Quint and Det Supt Omar Feld visited.',
      models,
    ).entities.filter((e) => e.type === 'ORG' || e.type === 'PERSON');
    expect(entities.map((e) => `${e.type} ${e.text} = ${e.canonical}`)).toEqual([
      'ORG NWB = National Water Board',
      'ORG National Water Board = National Water Board',
      'ORG NWB = National Water Board',
      'PERSON Petra Haldane = Petra Haldane',
      'PERSON Haldane = Petra Haldane',
      'PERSON Rosa Quint = Rosa Quint',
      'PERSON Omar Feld = Omar Feld',
    ]);
  });

  it('joins a name in pieces before the short form it defines, when the short form spells other words', () => {
    const entities = analyzeText(
      'Rain was forecast by the Hydrology, Forestry and Climate Service (HKBI). The Front for the Defence of ' +
        'Farmers and Fishers (FDPN) marched. Ana Lima of the National Grain and Seed Board (NGSB) spoke.',
      models,
    ).entities.filter((e) => e.type === 'ORG' || e.type === 'PERSON' || e.type === 'PLACE');
    expect(entities.map((e) => `${e.type} ${e.text} = ${e.canonical}`)).toEqual([
      'ORG Hydrology, Forestry and Climate Service = Hydrology, Forestry and Climate Service',
      'ORG HKBI = Hydrology, Forestry and Climate Service',
      'ORG Front for the Defence of Farmers and Fishers = Front for the Defence of Farmers and Fishers',
      'ORG FDPN = Front for the Defence of Farmers and Fishers',
      'PERSON Ana Lima = Ana Lima',
      'ORG National Grain and Seed Board = National Grain and Seed Board',
      'ORG NGSB = National Grain and Seed Board',
    ]);
  });

  it('makes a place of a street, an electoral area, where someone is from, and two-word names listed with places', () => {
    const names = namesIn(
      'Police closed Tallis Lane and Oakhurst Drive after the crash. A 40-year-old woman from Brindle Vale was hurt. ' +
        'Turnout in the Ruaraka parliamentary by-election was low. Floods hit Nakuru, Naivasha and Kwa Jomvu.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'PLACE Tallis Lane',
        'PLACE Oakhurst Drive',
        'PLACE Brindle Vale',
        'PLACE Ruaraka',
        'PLACE Kwa Jomvu',
      ]),
    );
  });

  it('makes a place of a name ending in a prefecture, a peninsula or a sea, or opened by "River" or "Mount"', () => {
    expect(
      namesIn(
        'The quake struck off Miyazaki Prefecture near the Noto Peninsula. The River Severn and Mount Kenya ' +
          'were closed, as was Mount Sinai Hospital.',
      ),
    ).toEqual([
      'PLACE Miyazaki Prefecture',
      'PLACE Noto Peninsula',
      'PLACE River Severn',
      'PLACE Mount Kenya',
      'ORG Mount Sinai Hospital',
    ]);
  });
});

describe('job words before names', () => {
  it('leaves a job word opening a sentence out of the person, but not a first name', () => {
    expect(namesIn('Industrialist Anand Varadhan stepped down in 2012.')).toEqual(['PERSON Anand Varadhan']);
    expect(namesIn('Christopher John Wells said the bill was fair.')).toEqual([
      'PERSON Christopher John Wells',
    ]);
  });
});

describe('offices inside names', () => {
  it('parts the holder from the party or portfolio words before an office', () => {
    expect(
      namesIn(
        'Vikas Manch MLA Ritu Solanki walked out. Union Rural Affairs Minister Omkar Deshpande stayed.',
      ),
    ).toEqual(['PERSON Ritu Solanki', 'PERSON Omkar Deshpande']);
  });

  it('reads a title-case dateline on its own line as a town in a listed state', () => {
    expect(namesIn('Franklin, Tennessee:\nTwo barns burned down overnight.')).toEqual([
      'PLACE Franklin',
      'PLACE Tennessee',
    ]);
  });

  it("keeps a minister's portfolio out of every name, and the holder's surname alone a person", () => {
    expect(
      namesIn(
        'A press conference was held by Minister of Ports and Shipping Nalin Gunawardhane on Monday. ' +
          'Gunawardhane denied the report. Minister for Home Affairs Lim Wee Kiat did not comment.',
      ),
    ).toEqual(['PERSON Nalin Gunawardhane', 'PERSON Gunawardhane', 'PERSON Lim Wee Kiat']);
  });

  it('parts the organisation from its officer and leaves the office out of both', () => {
    expect(
      namesIn(
        'In Geneva on Monday, UN Secretary-General Amina Diallo urged calm and the FAO Director-General agreed.',
      ),
    ).toEqual(['PLACE Geneva', 'ORG UN', 'PERSON Amina Diallo', 'ORG FAO']);
  });
});

describe('titles alone', () => {
  it('name no one: "Co-founder and chief executive Ines Aho" is one person, not two', () => {
    expect(namesIn('Co-founder and chief executive Ines Aho said sales had doubled.')).toEqual([
      'PERSON Ines Aho',
    ]);
  });
});

describe('people inside other names', () => {
  it('parts a person from the organisation they are "of", and makes a place of a bridge named after someone', () => {
    expect(
      namesIn(
        'The prize went to Kenji Watanabe of Kyoto University, who was not available for comment. Repairs closed the Francis Scott Key Bridge.',
      ),
    ).toEqual(['PERSON Kenji Watanabe', 'ORG Kyoto University', 'PLACE Francis Scott Key Bridge']);
  });
});

describe('members of a people', () => {
  it('reads a demonym with "man" or "woman" as the group, never a place or a person', () => {
    expect(namesIn('A Frenchman and a Dutchwoman led the race into Lyon.')).toEqual([
      'GROUP Frenchman',
      'GROUP Dutchwoman',
      'PLACE Lyon',
    ]);
  });
});

describe('amounts', () => {
  it('keeps an amount written after an ISO currency code whole, with its scale', () => {
    const amounts = analyzeText('The pension fund lost MXN 40 million and NOK 2 billion in March.', models)
      .entities.filter((e) => e.type === 'NUMBER')
      .map((e) => `${e.text} → ${e.canonical}`);
    expect(amounts).toEqual(['MXN 40 million → 40000000 MXN', 'NOK 2 billion → 2000000000 NOK']);
  });
});

describe('US datelines', () => {
  it('reads a state abbreviation after a town and a comma as the state, and the town as a place', () => {
    const { entities } = analyzeText(
      'DULUTH, Minn. (AP) — A freighter ran aground near Ashland, Wis., on Tuesday, the Coast Guard said.',
      models,
    );
    const places = entities.filter((e) => e.type === 'PLACE').map((e) => `${e.text} → ${e.canonical}`);
    expect(places).toEqual(['DULUTH → Duluth', 'Minn. → Minnesota', 'Ashland → Ashland', 'Wis. → Wisconsin']);
    expect(entities.some((e) => e.type === 'PERSON')).toBe(false);
  });
});

describe('nicknames', () => {
  it('reads a team named by a plural alone as the team, with its full name as canonical form', () => {
    const { entities } = analyzeText(
      'The Seattle Mariners beat the Toronto Blue Jays 6-2. Mariners manager Ruth Ekdahl praised the bullpen, ' +
        'and the Blue Jays fell to third. Fans said the Mariners deserved it.',
      models,
    );
    const mariners = entities.filter((e) => e.text === 'Mariners').map((e) => `${e.type} ${e.canonical}`);
    expect(mariners).toEqual(['ORG Seattle Mariners', 'ORG Seattle Mariners']);
  });
});

describe('companies known by their context', () => {
  it('takes a name before a stock ticker for a company, and the ticker and its first word for its name', () => {
    const { entities } = analyzeText(
      'Halvorsen Marine (NASDAQ:HVMR) agreed to buy Kestrel Foods (NYSE:KSTF). Halvorsen said HVMR holders would vote in May.',
      models,
    );
    const of = (surface: string) =>
      entities.filter((e) => e.text === surface).map((e) => `${e.type} ${e.canonical}`);
    expect(of('Halvorsen Marine')).toEqual(['ORG Halvorsen Marine']);
    expect(of('Halvorsen')).toEqual(['ORG Halvorsen Marine']);
    expect(of('HVMR')).toEqual(['ORG Halvorsen Marine', 'ORG Halvorsen Marine']);
  });

  it('takes a sports club for an organisation, by its marks or by "side" before it, and reads a bracketed dateline', () => {
    expect(namesIn('Mapusa (Goa) [India]: FC Zalgiris drew with the Latvian side Rigas Skola.')).toEqual([
      'PLACE Mapusa',
      'PLACE Goa',
      'PLACE India',
      'ORG FC Zalgiris',
      'GROUP Latvian',
      'ORG Rigas Skola',
    ]);
    expect(namesIn('Olympique Lyon beat the visitors 2-1 on Sunday.')).toEqual(['ORG Olympique Lyon']);
  });

  it('takes a name before "party" or one that reported earnings for an organisation, in every mention', () => {
    const party = namesIn(
      'Ruslan Avetyan, the leader of the opposition Hayrenik (Homeland) party, rejected the count. ' +
        'Hayrenik will hold a congress in June.',
    );
    expect(party.filter((n) => n.endsWith('Hayrenik'))).toEqual(['ORG Hayrenik', 'ORG Hayrenik']);
    const earnings = namesIn(
      'In the quarter to March, Dunmore Foods said sales rose. Dunmore reported earnings of 61 cents a share.',
    );
    expect(earnings).toEqual(['ORG Dunmore Foods', 'ORG Dunmore']);
  });

  it('makes an organisation of a name before "chief executive" or "shares", or after "shares in", in every mention', () => {
    const found = namesIn(
      'Varkon cut 1,200 jobs on Thursday. Shares in Varkon fell 6% in Frankfurt. Solmark shares rose after the deal, and Solmark chief executive Odile Marchetti said more would follow.',
    );
    expect(found.filter((f) => f.endsWith(' Varkon'))).toEqual(['ORG Varkon', 'ORG Varkon']);
    expect(found.filter((f) => f.endsWith(' Solmark'))).toEqual(['ORG Solmark', 'ORG Solmark']);
    expect(found).toContain('PERSON Odile Marchetti');
    // "Shares" opening a sentence is context enough alone.
    expect(namesIn('Varkon cut 1,200 jobs on Thursday. Shares in Varkon fell 6% in Frankfurt.')).toContain(
      'ORG Varkon',
    );
  });

  it('makes an organisation of a name that "startup", "airline" or "lender" introduces, but not of a founder', () => {
    const found = namesIn(
      'Logistics startup Tembo raised $12 million on Monday. Investors valued Tembo at $90 million. The company Okafor founded in 2009 was sold.',
    );
    expect(found.filter((f) => f.endsWith(' Tembo'))).toEqual(['ORG Tembo', 'ORG Tembo']);
    expect(found).not.toContain('ORG Okafor');
  });

  it('makes an organisation of a one-word name after "miner", "operator" or "supplier", not of a miner named', () => {
    expectTypes(
      'The lease was signed on Monday by terminal operator Kestrava, which will run the quay for 25 years. ' +
        'Output at copper miner Valdora fell 6%. Fuel supplier Ansett said deliveries would resume on Friday. ' +
        'A former coal miner, Gareth Pryce, told the inquiry he had warned managers.',
      { ORG: ['Kestrava', 'Valdora', 'Ansett'], PERSON: ['Gareth Pryce'] },
    );
  });

  it('makes an organisation of a listed company the model took for a person, not of a namesake', () => {
    expectTypes(
      'Shell cut its dividend on Thursday, and Qantas said fares would rise. Industrialist Ratan Tata stepped ' +
        'down in 2012. Tata said the group was in good hands.',
      { ORG: ['Shell', 'Qantas'], PERSON: ['Tata'] },
    );
  });

  it('makes an organisation of where analysts or economists work, not of a place they are in', () => {
    expectTypes(
      'Analysts at Corrigan Halloway expect two rate cuts. Economists at Brevik said growth would slow, and ' +
        'traders in Oslo sold the krone.',
      { ORG: ['Corrigan Halloway', 'Brevik'], PLACE: ['Oslo'] },
    );
  });

  it('makes an organisation of a name set beside what a company is, not of a person beside a job', () => {
    expectTypes(
      'Halvorsen, the Norwegian shipping group, said it would sell two tankers. Marenco, a regional airline, ' +
        'cut fares. Pryce, a former coal miner, told the inquiry he had warned managers. Kowalczyk, the ' +
        "bank's chief economist, expects no cut.",
      { ORG: ['Halvorsen', 'Marenco'], PERSON: ['Pryce', 'Kowalczyk'] },
    );
  });

  it('makes an organisation of a name a capitalised descriptor opens a sentence with, after a dateline too', () => {
    const found = namesIn(
      'Carmaker Veltrona said on Tuesday it would recall 40,000 vans. LAGOS (Reuters) - Lender Ebonmark cut its rates. Airline Skyvora added two routes.',
    );
    for (const name of ['Veltrona', 'Ebonmark', 'Skyvora']) expect(found).toContain(`ORG ${name}`);
  });

  it('leaves "Shares of" out of the company a sentence opens with, but keeps "House of Representatives"', () => {
    const found = namesIn(
      'Shares of Miravel, the largest lender by assets, rose 2% in Accra. The House of Representatives passed the bill.',
    );
    expect(found).toContain('ORG Miravel');
    expect(found).toContain('ORG House of Representatives');
  });

  it('keeps a common word before a legal form in the company\'s name, and "ten" in a Dutch name', () => {
    const found = namesIn(
      'Summit Corp said sales rose. Bridge Inc cut 300 jobs. Coach Pieter ten Brink said the squad was tired.',
    );
    expect(found).toContain('ORG Summit Corp');
    expect(found).toContain('ORG Bridge Inc');
    expect(found).toContain('PERSON Pieter ten Brink');
  });

  it('makes an organisation, never a person, of a seat of government that speaks', () => {
    expect(namesIn('The Kremlin said the decision could destabilise the bloc.')).toEqual(['ORG Kremlin']);
  });

  it('makes no name of a plural noun for unnamed speakers opening a sentence', () => {
    expect(namesIn('Diplomats said the talks in Geneva could take years. Lawmakers voted 12 to 3.')).toEqual([
      'PLACE Geneva',
    ]);
  });

  it('makes a person of a name right after a lower-case role, whatever the words before the role', () => {
    expect(namesIn('Police spokesman Resila Onyango said 14 people were arrested on Monday.')).toContain(
      'PERSON Resila Onyango',
    );
  });

  it('makes organisations of the names a list of companies gives, and of the first part of a hyphenated one', () => {
    const found = namesIn(
      'Miners including Corvane, Halbrook and Ostrell-Vance warned of job cuts. Firms such as Acme have told Lena Moss that prices would rise. Ostrell spokesperson Ada Kim declined to comment.',
    );
    for (const name of ['Corvane', 'Halbrook', 'Ostrell-Vance', 'Ostrell'])
      expect(found).toContain(`ORG ${name}`);
    expect(found).toContain('PERSON Lena Moss');
  });

  it('makes an organisation of a name that "which" follows, unless it ends a list', () => {
    const found = namesIn(
      'Ferrand, which makes ferry engines, said 300 jobs would go. The show was hosted by Ann Brody and Lionel Fisk, which pleased fans.',
    );
    expect(found).toContain('ORG Ferrand');
    expect(found).toContain('PERSON Lionel Fisk');
  });

  it('makes an organisation of a name before "chief" and a name, but not of a chief of staff\'s boss', () => {
    const found = namesIn(
      'Halvard chief Lina Holm said margins would recover. Halvard cut 300 jobs. Mayor Ruth Oyelaran chief of staff Dev Patil resigned.',
    );
    expect(found.filter((f) => f.endsWith(' Halvard'))).toEqual(['ORG Halvard', 'ORG Halvard']);
    expect(found).toContain('PERSON Lina Holm');
    expect(found).not.toContain('ORG Oyelaran');
  });

  it('leaves people, markets and listed places alone in the same contexts', () => {
    const found = namesIn(
      "Tokyo shares fell on Monday and shares in Asia slipped. Elon Musk's shares in Tesla rose, and Senator Ruth Calloway adviser Dev Patil said Calloway would vote no.",
    );
    expect(found).toContain('PLACE Tokyo');
    expect(found).toContain('PLACE Asia');
    expect(found).toContain('PERSON Elon Musk');
    expect(found).toContain('PERSON Dev Patil');
    expect(found).not.toContain('ORG Calloway');
  });
});

describe('organisations with "and" in their names', () => {
  it('reads common nouns joined by "and" before a head noun as one organisation, and two names as two', () => {
    const found = namesIn(
      'The Northern Transport and Infrastructure Commission approved the bridge on Monday. Officials at the Regional Trade and Industry Authority declined to comment. Nokia and Ericsson Group shares rose.',
    );
    expect(found).toContain('ORG Northern Transport and Infrastructure Commission');
    expect(found).toContain('ORG Regional Trade and Industry Authority');
    expect(found).toContain('ORG Nokia');
    expect(found).toContain('ORG Ericsson Group');
  });
});

describe('organisations named by what they are', () => {
  it('reads a survey, a chipmaker and a drug company by the head noun that ends the name', () => {
    const found = namesIn(
      'The tremor had a magnitude of 5.8, the Norwegian Geological Survey said. Orvik Semiconductor and Bellamy Pharmaceuticals both reported higher sales.',
    );
    expect(found).toContain('ORG Norwegian Geological Survey');
    expect(found).toContain('ORG Orvik Semiconductor');
    expect(found).toContain('ORG Bellamy Pharmaceuticals');
  });
});

describe('names with an ampersand', () => {
  it('joins a foundation named for two people, and leaves two people joined by "&" apart', () => {
    const found = namesIn(
      'The survey was paid for by the Ruth & Samuel Okoye Foundation. Presenters Tunde Bakare & Lisa Moyo hosted the launch.',
    );
    expect(found).toContain('ORG Ruth & Samuel Okoye Foundation');
    expect(found).toContain('PERSON Tunde Bakare');
    expect(found).toContain('PERSON Lisa Moyo');
  });
});

describe('Arabic family names', () => {
  it('keeps the article glued to the family name inside the name, and links the name without it', () => {
    const { entities } = analyzeText(
      'Prime Minister Hassan al-Mahdi met the envoy in Khartoum on Monday. Mahdi said the talks were useful. Al-Mahdi flies to Cairo next week.',
      models,
    );
    const people = entities.filter((e) => e.type === 'PERSON').map((e) => `${e.text} → ${e.canonical}`);
    expect(people).toEqual([
      'Hassan al-Mahdi → Hassan al-Mahdi',
      'Mahdi → Hassan al-Mahdi',
      'Al-Mahdi → Hassan al-Mahdi',
    ]);
  });
});

describe('family names that come first', () => {
  it('links a Chinese or Korean family name alone to the full name, and a Western surname as before', () => {
    const { entities } = analyzeText(
      'Premier Zhao Leji met Foreign Minister Park Min-jun in Seoul. Zhao said trade would grow. Park told reporters the visit went well. Singer Kim Okafor performed on Friday. Okafor, 34, thanked the crowd.',
      models,
    );
    const canonical = (text: string) => entities.find((e) => e.text === text)?.canonical;
    expect(canonical('Zhao')).toBe('Zhao Leji');
    expect(canonical('Park')).toBe('Park Min-jun');
    expect(canonical('Okafor')).toBe('Kim Okafor');
  });

  it('links the family name after an English given name, as Singapore and Malaysia write them', () => {
    const { entities } = analyzeText(
      'Bakery owner Rachel Goh Mei Xin said flour had doubled in price. Ms Goh said she would raise prices.',
      models,
    );
    expect(entities.find((e) => e.text === 'Goh')?.canonical).toBe('Rachel Goh Mei Xin');
  });
});

describe('a body and its parts', () => {
  it('keeps the body its first word names apart from a committee of it or its branch in a place', () => {
    const { entities } = analyzeText(
      'The Knesset Finance Committee met on Monday. Later the Knesset voted 61-59. ' +
        'NHS Scotland said waits fell, and the NHS is under strain. Nomura Holdings said Nomura would hire.',
      models,
    );
    const canonical = (text: string) => entities.find((e) => e.text === text)?.canonical;
    expect(canonical('Knesset')).toBe('Knesset');
    expect(canonical('NHS')).toBe('NHS');
    expect(canonical('Nomura')).toBe('Nomura Holdings');
  });
});

describe('newspapers', () => {
  it('are organisations by the word that ends their names', () => {
    const found = namesIn(
      'She told the Harbour Courier on Monday, and the Valley Gazette and the Evening Standard ran it.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['ORG Harbour Courier', 'ORG Valley Gazette', 'ORG Evening Standard']),
    );
  });
});

describe('a list of places', () => {
  it('makes places of the names the tagger took for people among them, and no list of people places', () => {
    const found = namesIn(
      'Protests spread to Lyon, Marseille and Bordeaux on Friday. Ana Ruiz thanked Tomas, Lena and Ines.',
    );
    expect(found).toEqual(expect.arrayContaining(['PLACE Lyon', 'PLACE Marseille', 'PLACE Bordeaux']));
    expect(found.filter((n) => ['Tomas', 'Lena', 'Ines'].some((w) => n.endsWith(w)))).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^PLACE/)]),
    );
  });
});

describe('places named in Arabic, Persian and Malay', () => {
  it('are places by their opening words, not the people the tagger took them for', () => {
    const found = namesIn(
      'Shelling hit Beit Hanoun and Deir el-Balah, and families fled to Khan Younis. The summit moved to ' +
        'Sharm el-Sheikh. Mayor Ras Baraka and Dr Khan Mohammed were not there.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'PLACE Beit Hanoun',
        'PLACE Deir el-Balah',
        'PLACE Khan Younis',
        'PLACE Sharm el-Sheikh',
      ]),
    );
    expect(found).not.toContain('PLACE Ras Baraka');
    expect(found).not.toContain('PLACE Khan Mohammed');
  });
});

describe('Nigerian states and local government areas', () => {
  it('reads "X State" as a place in a text about Nigeria, and a local government area anywhere', () => {
    expectTypes(
      'Floods displaced 3,000 people in Sokoto State and Zamfara State, Nigerian officials said. ' +
        'The Gwadabawa Local Government Area was worst hit.',
      { PLACE: ['Sokoto State', 'Zamfara State', 'Gwadabawa Local Government Area'] },
    );
    // Elsewhere "X State" is as likely a university's team.
    expect(namesIn('Boise State beat Fresno State on Saturday.').some((n) => n.startsWith('PLACE '))).toBe(
      false,
    );
  });
});

describe('organisations known by who speaks to them or works there', () => {
  it('reads the outlet a source told, and the company an analyst or a director works at', () => {
    expect(
      namesIn(
        'Ravi Menon told The Sentinel the deal was off. Mia Holt, research director at Larkfield Realty, said ' +
          'sales fell. The bid failed, according to The Ledger, and talks moved to The Hague.',
      ),
    ).toEqual([
      'PERSON Ravi Menon',
      'ORG Sentinel',
      'PERSON Mia Holt',
      'ORG Larkfield Realty',
      'ORG The Ledger',
      'PLACE The Hague',
    ]);
  });
});

describe('abbreviations of measures', () => {
  it('are no organisations, beside one that is', () => {
    expect(
      namesIn('GDP grew 3.4% and the VAT take rose, while the PMI fell and an ETF shed 2%, the IMF said.'),
    ).toEqual(['ORG IMF']);
  });
});

describe('a middle name of three', () => {
  it('stands for the person, unless another person has it as a surname', () => {
    const people = analyzeText(
      'Senator Ana Lucía Ferreyra Ortiz opened the hearing. Ferreyra said it would last a week. Tobias Holm ' +
        'Larsen and Maja Holm spoke next. Holm said costs would rise.',
      models,
    )
      .entities.filter((e) => e.type === 'PERSON')
      .map((e) => `${e.text} → ${e.canonical}`);
    expect(people).toContain('Ferreyra → Ana Lucía Ferreyra Ortiz');
    expect(people).toContain('Holm → Maja Holm');
  });
});

describe('a company form in brackets', () => {
  it('ends the company’s name', () => {
    expect(
      namesIn('The contract went to Karoo Pipeworks (Pty) Ltd and Indus Grain Traders (Pvt) Limited.'),
    ).toEqual(['ORG Karoo Pipeworks (Pty) Ltd', 'ORG Indus Grain Traders (Pvt) Limited']);
  });
});
