import type { EntityType } from '../model/analysis';
import { PLACES } from './lexicon/places';
import { COMPANIES, COMPANIES_NAMED_LIKE_PLACES } from './lexicon/companies';
import {
  COMPANY_DESCRIPTORS,
  COMPANY_DESCRIPTORS_OF_ONE_WORD,
  MEDIA_AFTER,
  STOCK_EXCHANGES,
} from './lexicon/words';
import type { NameSpan } from './name-spans';

// Roles that follow a company's bare name, never a person's or a place's: "Vantor (NYSE:VNT)", "Qantas chief
// executive Lorna …", "the opposition Dostluk (Friendship) party", "Ferrovia reported earnings of …",
// "Bundesbank chief Joachim Nagel" (a chief then a name; "Trump chief of staff" has no name next).
// A possessive is not taken ("Musk's chairman"), nor roles a politician has too ("Trump adviser", "Biden
// spokesman"). "Hershey shares fell": a company's, not a person's; "shares" must be the noun ("Malaysia shares
// a border"). Sticky, tried right where a name ends.
const ROLES_AFTER =
  / (?:chief (?:executive|financial officer|operating officer|technology officer|(?=[A-Z][a-z]))|CEO|CFO|COO|chairman|chairwoman|shareholders|headquarters|subsidiary|(?:\([^()]{1,30}\) )?party\b|(?:reported|posted|booked) (?:an? )?(?:\w+ ){0,2}(?:profits?|loss(?:es)?|earnings|revenues?|sales)|(?:shares|stock) (?:rose|fell|jumped|climbed|gained|dropped|slid|slipped|slumped|tumbled|plunged|soared|surged|sank|dipped|edged|closed|ended|traded|were|have|had|are|hit|lost|added|rallied|recovered))\b/;
const COMPANY_AFTER = new RegExp(` ?\\((?:${STOCK_EXCHANGES})\\s?:|${ROLES_AFTER.source}`, 'y');
// "Safaricom, the country's largest telecoms operator, said": an apposition whose head is what a company is,
// after a name the model took for a person. Not a miner, a producer or a tour operator, which people are too
// ("Pryce, a former coal miner,"), nor an inverted cue ("… in Kidal, the group said").
const APPOSITION_HEADS = [
  ...COMPANY_DESCRIPTORS,
  ...'giant steelmaker refiner bank group maker manufacturer supplier exporter distributor provider'.split(
    ' ',
  ),
  '(?:telecoms?|mobile|network|port|terminal|rail|satellite|cable|grid|pipeline) operator',
];
const COMPANY_APPOSITION = new RegExp(
  `, (?:the|an?) (?:[\\p{L}'’-]+ ){0,4}?(?:${APPOSITION_HEADS.join('|')})(?=[,.)]| (?:which|that|based|headquartered|founded|owned|backed)\\b)`,
  'uy',
);
// "analysts at Jefferies", "economists at Nomura": where such people work is a firm (or a university); one is
// "in" a place, and "officials at Heathrow" are left alone.
// "Analysts at Jefferies", "research director at Midland Realty": people work at a company, not a place.
const STAFF =
  'analyst economist strategist banker trader researcher scientist director executive manager partner'.split(
    ' ',
  );
const STAFF_AT = new RegExp(`\\b(?:${STAFF.join('|')})s? at $`, 'i');
// "shares in Qantas", "a stake in Deutsche Bahn", "a subsidiary of Nomura" (but "shares in Asia").
const SHARES_BEFORE = /\b(?:shares|stakes?|shareholders?|subsidiary|subsidiaries) (?:in|of) $/i;
// "mining companies including Anglo American and Sibanye-Stillwater": the names a list of companies gives.
const COMPANIES_LISTING =
  /\b(?:companies|firms|lenders|banks|insurers|carmakers|automakers|chipmakers|drugmakers|retailers|airlines|miners|startups|conglomerates) (?:such as|including|like) /gi;
// What may stand between the list's head and a name in it: capitalised words of other names, commas, "and",
// "or" ("…including Acme have told Smith" is no list up to Smith).
const LIST_SO_FAR = /^(?:[\p{Lu}\d][\p{L}\p{N}&'’.-]*(?: |, (?:and |or )?| and | or | & ))*$/u;
const LISTING_REACH = 160;
// "payments startup Kopa", "the airline Qantas", "lender Nordvik": what a company is, right before its name;
// not when the name is the subject of a clause about the company ("the company Smith founded").
const COMPANY_BEFORE = new RegExp(`\\b(?:${COMPANY_DESCRIPTORS.join('|')}) $`);
const COMPANY_OF_ONE_WORD_BEFORE = new RegExp(`\\b(?:${COMPANY_DESCRIPTORS_OF_ONE_WORD.join('|')}) $`);
// The same, capitalised at the head of a sentence or after a dateline's dash: "Carmaker Stellantis said…".
const COMPANY_OPENING = new RegExp(
  `(?:[\\n.!?"“”]\\s*|\\s[-–—]+\\s)(?:${COMPANY_DESCRIPTORS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')}) $`,
);
const OPENING_REACH = 20;
const FOUNDER_AFTER = / (?:founded|started|set up|built|bought|sold|ran|runs|joined|left|owns|owned)\b/y;
const WHICH_AFTER = /, which\b/y;
// "Kyodo news agency": a news organisation, not a person; a place there is where the paper is ("a Calgary
// newspaper").
const MEDIA_AFTER_NAME = new RegExp(` ${MEDIA_AFTER}`, 'y');
const LIST_BEFORE = /\b(?:and|or|by|with|of)\s$/;
const CONTEXT = 40;

/** Whether `before` ends inside a list that "companies including" (or the like) opens. */
function inCompanyList(before: string): boolean {
  let last = -1;
  COMPANIES_LISTING.lastIndex = 0;
  for (let m = COMPANIES_LISTING.exec(before); m; m = COMPANIES_LISTING.exec(before))
    last = m.index + m[0].length;
  return last >= 0 && LIST_SO_FAR.test(before.slice(last));
}

function isCompanyContext(text: string, n: NameSpan): boolean {
  // A listed place keeps its type: its shares are a market's ("Tokyo shares fell") and its chairman a
  // party's ("Bavaria chairman"); only a name the tagger guessed was a place is taken.
  if (n.type === 'PLACE' && PLACES.has(text.slice(n.start, n.end))) return false;
  COMPANY_AFTER.lastIndex = n.end;
  if (COMPANY_AFTER.test(text)) return true;
  COMPANY_APPOSITION.lastIndex = n.end;
  if (n.type === 'PERSON' && text.charCodeAt(n.end) === 44 && COMPANY_APPOSITION.test(text)) return true;
  MEDIA_AFTER_NAME.lastIndex = n.end;
  if (n.type === 'PERSON' && MEDIA_AFTER_NAME.test(text)) return true;
  // "Unison, which represents library staff, said": a person is "who", never "which".
  WHICH_AFTER.lastIndex = n.end;
  // Not after a list or an agent ("programs by Sattler and Mabury, which proved popular"): there "which" is
  // about the whole.
  if (
    n.type === 'PERSON' &&
    WHICH_AFTER.test(text) &&
    !LIST_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start))
  )
    return true;
  // The cheap tests first: this runs on every person and place named.
  const before = n.start >= 3 && (text.startsWith('in ', n.start - 3) || text.startsWith('of ', n.start - 3));
  if (before && SHARES_BEFORE.test(text.slice(Math.max(0, n.start - CONTEXT), n.start))) return true;
  if (
    text.startsWith('at ', n.start - 3) &&
    STAFF_AT.test(text.slice(Math.max(0, n.start - CONTEXT), n.start))
  )
    return true;
  if (inCompanyList(text.slice(Math.max(0, n.start - LISTING_REACH), n.start))) return true;
  if (n.start < 5 || text.charCodeAt(n.start - 1) !== 32) return false;
  const from = Math.max(0, n.start - OPENING_REACH);
  const near = text.slice(Math.max(0, n.start - 14), n.start);
  const space = text.indexOf(' ', n.start);
  const oneWord = space === -1 || space >= n.end;
  if (
    !COMPANY_BEFORE.test(near) &&
    !(oneWord && COMPANY_OF_ONE_WORD_BEFORE.test(near)) &&
    // The text's start counts as a sentence's.
    !COMPANY_OPENING.test((from === 0 ? '\n' : '') + text.slice(from, n.start))
  )
    return false;
  return !founderFollows(text, n.end);
}

/** Whether a founder's verb follows `at`: "the company Okafor founded" names the founder, not the company. */
export function founderFollows(text: string, at: number): boolean {
  FOUNDER_AFTER.lastIndex = at;
  return FOUNDER_AFTER.test(text);
}

const RETYPED: ReadonlySet<EntityType> = new Set(['PERSON', 'PLACE']);
// Every context above has one of these words (the lists' words, and the stems of the rest): a text with none of
// them is not looked at name by name.
const ANY_CONTEXT = new RegExp(
  `\\b(?:${[
    ...'chief CEO CFO COO chair party nyse nasdaq reported posted booked'.split(' '),
    ...'shares stock stakes? shareholders? headquarters subsidiar compan which'.split(' '),
    ...'bank group news daily channel radio'.split(' '),
    ...COMPANY_DESCRIPTORS,
    ...COMPANY_DESCRIPTORS_OF_ONE_WORD,
    ...STAFF,
  ].join('|')})`,
  'i',
);

/**
 * Names the tagger took for people or places that their context shows are companies: every mention of such a
 * name becomes an organisation, as one mention's context speaks for the others ("Qantas extended …").
 */
export function companiesByContext(text: string, names: readonly NameSpan[]): readonly NameSpan[] {
  if (!ANY_CONTEXT.test(text)) return names;
  const companies = new Set<string>();
  for (const n of names) {
    if (!RETYPED.has(n.type) || !isCompanyContext(text, n)) continue;
    const surface = text.slice(n.start, n.end);
    companies.add(surface);
    // "Emerson" after "Emerson Electric (NYSE:EMR)": the company by its first word.
    // "Sibanye" after "Sibanye-Stillwater" likewise.
    const cut = surface.search(/[ -]/);
    if (cut > 0) companies.add(surface.slice(0, cut));
  }
  if (companies.size === 0) return names;
  // "Ferrovia Holdings" beside "Ferrovia reported…": a longer name opening with the company's is the company.
  const isCompany = (surface: string) => companies.has(surface) || companies.has(surface.split(' ', 1)[0]!);
  return names.map((n) =>
    RETYPED.has(n.type) && isCompany(text.slice(n.start, n.end)) ? { ...n, type: 'ORG' } : n,
  );
}

/**
 * Names the tagger took for people or places that the company list gives ("Shell cut its dividend", "Analysts
 * at Jefferies"); not a place a company is named after ("the Amazon"), not a word the name lists give as a
 * person's name (`isPersonName`: "Suzuki", "Honda"), nor the surname of a person the text names in full.
 */
export function listedCompanies(
  text: string,
  names: readonly NameSpan[],
  isPersonName: (name: string) => boolean,
): readonly NameSpan[] {
  let out: NameSpan[] | null = null;
  let surnames: Set<string> | null = null;
  for (const [i, n] of names.entries()) {
    if (!RETYPED.has(n.type)) continue;
    const surface = text.slice(n.start, n.end);
    if (!COMPANIES.has(surface) && !(n.type === 'PERSON' && COMPANIES_NAMED_LIKE_PLACES.has(surface)))
      continue;
    if (n.type === 'PERSON' && !surface.includes(' ') && isPersonName(surface)) continue;
    surnames ??= new Set(
      names.flatMap((p) => {
        const name = p.type === 'PERSON' ? text.slice(p.start, p.end) : '';
        return name.includes(' ') ? [name.slice(name.lastIndexOf(' ') + 1)] : [];
      }),
    );
    if (surnames.has(surface)) continue;
    out ??= names.slice();
    out[i] = { ...n, type: 'ORG' };
  }
  return out ?? names;
}
