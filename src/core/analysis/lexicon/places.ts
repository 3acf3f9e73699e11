import isoCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

// Compact place lexicon: countries with their demonyms and aliases, major cities, and regions.
// Format "Canonical|Demonym|alias,alias"; demonym plurals are derived. Every other country and territory
// comes from i18n-iso-countries (MIT), whose English names cover all of ISO 3166-1.

const COUNTRIES = `Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Argentina|Argentine,Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani
Bahrain|Bahraini
Bangladesh|Bangladeshi
Belarus|Belarusian
Belgium|Belgian
Bhutan|Bhutanese
Bolivia|Bolivian
Brazil|Brazilian
Bulgaria|Bulgarian
Cambodia|Cambodian
Canada|Canadian
Chile|Chilean
China|Chinese|PRC
Colombia|Colombian
Croatia|Croatian
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czech|Czechia
Denmark|Danish
Egypt|Egyptian
Estonia|Estonian
Ethiopia|Ethiopian
Finland|Finnish
France|French
Georgia|Georgian
Germany|German
Ghana|Ghanaian
Greece|Greek
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian
Iraq|Iraqi
Ireland|Irish
Israel|Israeli
Italy|Italian
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh
Kenya|Kenyan
Kuwait|Kuwaiti
Latvia|Latvian
Lebanon|Lebanese
Libya|Libyan
Lithuania|Lithuanian
Malaysia|Malaysian
Maldives|Maldivian
Mexico|Mexican
Mongolia|Mongolian
Morocco|Moroccan
Myanmar|Burmese|Burma
Nepal|Nepali,Nepalese
Netherlands|Dutch|Holland
New Zealand|New Zealander
Nigeria|Nigerian
North Korea|North Korean
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Palestine|Palestinian
Peru|Peruvian
Philippines|Filipino
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian|Russian Federation
Saudi Arabia|Saudi
Serbia|Serbian
Singapore|Singaporean
Slovakia|Slovak
Somalia|Somali
South Africa|South African
South Korea|South Korean|Korea
Spain|Spanish
Sri Lanka|Sri Lankan
Sudan|Sudanese
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Thailand|Thai
Tunisia|Tunisian
Turkey|Turkish|Turkiye
Ukraine|Ukrainian
United Arab Emirates|Emirati|UAE
United Kingdom|British|UK,U.K.,Britain,Great Britain
United States|American|US,U.S.,USA,U.S.A.,America,United States of America
Uzbekistan|Uzbek
Venezuela|Venezuelan
Vietnam|Vietnamese
Yemen|Yemeni
Zimbabwe|Zimbabwean`;

const CITIES = `New Delhi,Delhi,Mumbai|Bombay,Kolkata|Calcutta,Chennai|Madras,Bengaluru|Bangalore,Hyderabad,Ahmedabad,Pune,
Jaipur,Lucknow,Chandigarh,Amritsar,Srinagar,Kochi,Islamabad,Karachi,Lahore,Dhaka,Kathmandu,Colombo,Kabul,Beijing,
Shanghai,Hong Kong,Tokyo,Seoul,Singapore,Bangkok,Jakarta,Manila,Hanoi,Sydney,Melbourne,Canberra,Moscow,Kyiv|Kiev,
London,Paris,Berlin,Madrid,Rome,Brussels,Geneva,Vienna,Amsterdam,Stockholm,Oslo,Warsaw,Athens,Istanbul,Ankara,
Dubai,Abu Dhabi,Riyadh,Doha,Tehran,Baghdad,Jerusalem,Tel Aviv,Gaza,Cairo,Nairobi,Lagos,Johannesburg,
Washington DC|Washington D.C.|Washington,New York|New York City|NYC,Los Angeles,San Francisco,Chicago,Boston,Seattle,
Houston,Miami,Atlanta,Toronto,Ottawa,Vancouver,Montreal,Mexico City,Sao Paulo,Rio de Janeiro,Buenos Aires,
Hyderabad,Glasgow,Edinburgh,Manchester,Dublin,Frankfurt,Munich,Milan,Barcelona,Lisbon,Prague,Budapest,Zurich,
Texas,California,Florida,Virginia,Ohio,Michigan,Punjab,Kashmir,Jammu and Kashmir,Kerala,Gujarat,Maharashtra,
Assam,Manipur,Bihar,Haryana,Rajasthan,Tamil Nadu,Karnataka,Uttar Pradesh,West Bengal,Ladakh,Balochistan,Sindh,
Tibet,Xinjiang,Crimea,Donbas,Scotland,Wales,England,Ontario,Quebec,British Columbia,Bavaria,Catalonia,
Europe,Asia,Africa,South Asia,Middle East,Latin America,North America,Southeast Asia,Central Asia,Indo-Pacific,
Arctic,Antarctica,Balkans,Caribbean,Gulf,Himalayas,Pacific,Atlantic,Silicon Valley,Wall Street`;

// The states of the United States with the abbreviations AP style writes after a town ("Joplin, Mo.").
const US_STATES = `Alabama|Ala.,Arizona|Ariz.,Arkansas|Ark.,California|Calif.,Colorado|Colo.,Connecticut|Conn.,
Delaware|Del.,Florida|Fla.,Georgia|Ga.,Illinois|Ill.,Indiana|Ind.,Kansas|Kan.,Kentucky|Ky.,Louisiana|La.,
Maryland|Md.,Massachusetts|Mass.,Michigan|Mich.,Minnesota|Minn.,Mississippi|Miss.,Missouri|Mo.,Montana|Mont.,
Nebraska|Neb.,Nevada|Nev.,New Hampshire|N.H.,New Jersey|N.J.,New Mexico|N.M.,New York State|N.Y.,
North Carolina|N.C.,North Dakota|N.D.,Oklahoma|Okla.,Oregon|Ore.,Pennsylvania|Pa.,Rhode Island|R.I.,
South Carolina|S.C.,South Dakota|S.D.,Tennessee|Tenn.,Vermont|Vt.,Virginia|Va.,Washington State|Wash.,
West Virginia|W.Va.,Wisconsin|Wis.,Wyoming|Wyo.,Alaska,Hawaii,Idaho,Iowa,Maine,Ohio,Texas,Utah`;

// [state, AP abbreviation if it has one], read once for the place list and the abbreviations.
const US_STATE_NAMES = US_STATES.split(',').map((item) => item.split('|').map((x) => x.trim()));

/** The names of the states of the United States ("Ohio", "New York State"). */
export const US_STATE_FULL_NAMES: ReadonlySet<string> = new Set(US_STATE_NAMES.map((names) => names[0]!));

/** The abbreviations of US_STATES ("Mo.", "N.Y."): after "<town>," they name a state. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  US_STATE_NAMES.flatMap((names) => names.slice(1)),
);

/**
 * Canada's provinces as its press abbreviates them after a town ("Flin Flon, Man."), kept out of PLACES: the
 * tagger's features read that list, and a change there needs a retraining.
 */
export const PROVINCE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'Alta.': 'Alberta', 'B.C.': 'British Columbia', 'Man.': 'Manitoba', 'N.B.': 'New Brunswick',
    'Nfld.': 'Newfoundland and Labrador', 'N.L.': 'Newfoundland and Labrador', 'N.S.': 'Nova Scotia',
    'Ont.': 'Ontario', 'P.E.I.': 'Prince Edward Island', 'Que.': 'Quebec', 'Sask.': 'Saskatchewan',
    'N.W.T.': 'Northwest Territories',
  }), // prettier-ignore
);

// Groups named by religion, politics or ethnicity (nationalities come from the country list).
const GROUPS = `Sikh,Hindu,Muslim,Christian,Jewish,Buddhist,Catholic,Protestant,Shia,Sunni,Jain,Parsi,Kurdish,Kurd,
Tamil,Punjabi,Bengali,Kashmiri,Baloch,Pashtun,Uyghur,Rohingya,Tibetan,Arab,Latino,Hispanic,Asian,European,African,
Maoist,Naxal,Republican,Democrat,Conservative,Liberal,Labour,Communist,Socialist,Islamist,Zionist,
Taliban,Houthi,Hamas,Hezbollah`;

export type PlaceEntry = Readonly<{ type: 'PLACE' | 'GROUP'; canonical: string }>;

type CountryRow = Readonly<{ country: string; demonyms: readonly string[]; aliases: readonly string[] }>;

/** The country list's rows, read once for the lexicon and the demonym map. */
const COUNTRY_ROWS: readonly CountryRow[] = COUNTRIES.split('\n').map((line) => {
  const [country = '', demonyms = '', aliases = ''] = line.split('|');
  const list = (field: string) => field.split(',').filter(Boolean);
  return { country, demonyms: list(demonyms), aliases: list(aliases) };
});

/** Each country's demonyms, singular and plural, to the country: "Chilean", "Chileans" → "Chile". */
export const COUNTRY_OF_DEMONYM: ReadonlyMap<string, string> = new Map(
  COUNTRY_ROWS.flatMap(({ country, demonyms }) =>
    // Every demonym with an "s", as a lookup: "Czechs" is a word, "Frenchs" is never looked up.
    demonyms.flatMap((d) => [
      [d, country],
      [`${d}s`, country],
    ]),
  ),
);

function buildPlaces(): Map<string, PlaceEntry> {
  const map = new Map<string, PlaceEntry>();
  const add = (name: string, entry: PlaceEntry): void => {
    const key = name.trim();
    if (key && !map.has(key)) map.set(key, entry);
  };
  for (const { country, demonyms, aliases } of COUNTRY_ROWS) {
    add(country, { type: 'PLACE', canonical: country });
    for (const alias of aliases) add(alias, { type: 'PLACE', canonical: country });
    for (const demonym of demonyms) {
      add(demonym, { type: 'GROUP', canonical: demonym });
      if (!/(?:ese|ish|ch|ss)$/.test(demonym)) add(`${demonym}s`, { type: 'GROUP', canonical: demonym });
    }
  }
  addIsoCountries(map, add);
  for (const [state = '', abbreviation] of US_STATE_NAMES) {
    add(state, { type: 'PLACE', canonical: state });
    if (abbreviation) add(abbreviation, { type: 'PLACE', canonical: state });
  }
  for (const item of CITIES.split(',')) {
    const [canonical = '', ...aliases] = item.split('|').map((s) => s.trim());
    add(canonical, { type: 'PLACE', canonical });
    for (const alias of aliases) add(alias, { type: 'PLACE', canonical });
  }
  for (const group of GROUPS.split(',')) {
    const g = group.trim();
    add(g, { type: 'GROUP', canonical: g });
    if (!/(?:sh|s)$/.test(g)) add(`${g}s`, { type: 'GROUP', canonical: g });
  }
  return map;
}

// "Korea, Republic of", "Holy See (Vatican City State)": catalogue forms no article writes.
const CATALOGUE_FORM = /[,(]/;

/**
 * The English names of every ISO 3166-1 country and territory. A country the list above has keeps its
 * canonical name ("Türkiye" → "Turkey"); another is canonical under its shortest name no other country shares
 * ("Ivory Coast" for "Côte d'Ivoire", but "Democratic Republic of the Congo", not "Congo"). News writes "of
 * Congo" and curly apostrophes as often as "of the Congo" and straight ones: both are listed.
 */
function addIsoCountries(map: ReadonlyMap<string, PlaceEntry>, add: (name: string, e: PlaceEntry) => void) {
  const entries = Object.values(isoCountries.countries).map((v) =>
    (typeof v === 'string' ? [v] : v).filter((name) => !CATALOGUE_FORM.test(name)),
  );
  const shared = new Set<string>();
  const seen = new Set<string>();
  for (const name of entries.flat()) (seen.has(name) ? shared : seen).add(name);
  for (const names of entries) {
    const own = names.filter((name) => !shared.has(name));
    const known = own.map((name) => map.get(name)).find((e) => e?.type === 'PLACE');
    const shortest = own.reduce<string | undefined>((x, y) => (x && x.length <= y.length ? x : y), undefined);
    const canonical = known?.canonical ?? shortest;
    if (!canonical) continue;
    for (const name of names) {
      // A name two countries share ("Congo") stands for itself.
      const entry: PlaceEntry = { type: 'PLACE', canonical: shared.has(name) ? name : canonical };
      for (const v of [name, name.replace(' of the ', ' of ')])
        for (const w of [v, v.replaceAll("'", '’')]) add(w, entry);
    }
  }
}

/** Place and group names (exact surface form → type and canonical name), built once on first use. */
export const PLACES: ReadonlyMap<string, PlaceEntry> = buildPlaces();
