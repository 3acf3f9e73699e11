// Word lists the entity tagger's features look words up in: an organisation's head noun (titles: titles.ts).

function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Head nouns of organisations' names ("… Agency", "… Council"). */
export const ORG_CUES =
  setOf(`Agency Agencies Ministry Department Council Court Bank University College School Institute
Police Academy Centre Center Centers Centres Group Inc Ltd LLC Corp Corporation Company Co Party Commission Bureau
Army Navy Force Forces Guard Association Authority Board Committee Foundation Federation Organisation Organization
Office Service Services Network News Times Post Press Airlines Airways Railways Holdings Trust Fund Union Parliament
Assembly Senate Congress Cabinet Secretariat Directorate Command Tribunal Hospital Society Alliance Front Movement
Club League Bureau Institution Administration Laboratory Laboratories Labs Systems Technologies Industries Motors
Reserve Exchange Tribune Herald Journal Telegraph Express Guardian Channel Media Studios Brigade Battalion Regiment
Cell Squad Unit Wing Books Publishing Records Pictures Films Energy Pharma Capital Partners Embassy Consulate Commission Agency
Observatory Patrol Airline Railway Orchestra Museum Hospitals Charity Fund Program Programme Wire Newswire Newswires
Survey Clinic Clinics Semiconductor Semiconductors Pharmaceuticals Therapeutics Electronics Communications Insurance Petroleum
Bancorp Brands Foods Entertainment Logistics Shipping Chemicals Robotics Software Ventures Investments`);

/**
 * Head nouns that stand alone for the institution a text named with them ("the Ministry" after "Ministry of
 * Water Resources", "the Court" after "Supreme Court") and open "X of Y" names ("Ministry of Fisheries"). Not
 * the tagger's features (those are ORG_CUES): "Energy", "Times" or "Unit" capitalised alone are titles and
 * parts of other names too often.
 */
export const INSTITUTIONS = setOf(`Ministry Department Court Bank Council Commission Agency Authority Board
Committee Bureau Institute University College Foundation Federation Association Tribunal Parliament Assembly
Senate Congress Cabinet Secretariat Directorate Embassy Consulate Academy Inspectorate Ombudsman Registry`);

/**
 * What a company (or a club) is, written right before its name: "payments startup Kopa", "the airline Qantas",
 * "lender Nordvik", "German side Wolfsburg". The descriptor is no part of the name.
 */
export const COMPANY_DESCRIPTORS: readonly string[] = (
  'startup start-up fintech firm lender insurer retailer airline carmaker automaker chipmaker drugmaker ' +
  'conglomerate brokerage company club side outfit newspaper broadcaster tabloid'
).split(' ');

/**
 * What a company is that a person may be too ("copper miner Codelco", "terminal operator Hutchison", "a coal
 * miner"): a company's descriptor only before a name of one word.
 */
export const COMPANY_DESCRIPTORS_OF_ONE_WORD: readonly string[] =
  'miner operator giant refiner steelmaker exporter supplier manufacturer'.split(' ');

/**
 * What a news organisation is, written right after its name: "the Yonhap news agency", "the Asahi newspaper",
 * "the Kommersant daily". The name before it is an organisation's.
 */
export const MEDIA_AFTER = String.raw`(?:state |national |official |private )?(?:news agency|newspaper|daily|broadcaster|tabloid|news channel|TV channel|television channel|radio station)\b`;

/** Words that open a storm's name ("Hurricane Matthew"): an event, never a person or a place. */
export const STORM_WORDS: readonly string[] = ['Hurricane', 'Typhoon', 'Cyclone', 'Storm'];

/** Seats of government and parliaments that speak for them ("the Kremlin said"): organisations, never people. */
export const SEATS_OF_POWER: ReadonlySet<string> = new Set([
  ...'Kremlin Pentagon Élysée Elysee Vatican Zhongnanhai Knesset Bundestag Duma Riksdag Sejm Storting Putrajaya Malacañang'.split(
    ' ',
  ),
  'White House',
  'Downing Street',
  'Blue House',
]);

/** Stock exchanges written before a ticker: "(NYSE:EMR)", "(NASDAQ: BIIB)". */
export const STOCK_EXCHANGES = 'NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NSE|BSE|AMEX|HKEX|SGX|JSE|OTC';

/** "of" or "for" after a head word: "Ministry of Health", "Minister for Home Affairs". */
export const OF_OR_FOR = /^(?:of|for)$/;
