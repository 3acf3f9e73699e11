import { CORPORATE_SUFFIXES } from '../analysis/lexicon/corporate-suffixes';
import { monthNumber } from '../analysis/lexicon/months';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Finds a date in free text and returns it as ISO `YYYY-MM-DD`: ISO dates and timestamps, "Feb 28 2024",
 * "February 28, 2024", "28 February 2024". Null when nothing unambiguous is there (no dd/mm guessing).
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(value);
  if (mdy && monthNumber(mdy[1]!) > 0) return isoDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(value);
  if (dmy && monthNumber(dmy[2]!) > 0) return isoDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  return null;
}

/** Reads a scraper's first line ` date 2024-02-28 Rest of line` into its date and the rest (maybe a headline). */
export function parseDateLine(line: string): { date: string; rest: string } | null {
  const m = /^date:?\s+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?\s*(.*)$/i.exec(line.trim());
  if (!m) return null;
  const date = normalizeDate(m[1]!);
  return date ? { date, rest: m[2]!.trim() } : null;
}

const WIRES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^press trust of india$/i, 'Press Trust of India'],
  [/^pti$/i, 'Press Trust of India'],
  [/^reuters$/i, 'Reuters'],
  [/^(the )?associated press$|^ap$/i, 'Associated Press'],
  [/^afp$|^agence france-presse$/i, 'AFP'],
  [/^ians$/i, 'IANS'],
  [/^ani$/i, 'ANI'],
  [/^bloomberg$/i, 'Bloomberg'],
  [/^united news of india$|^uni$/i, 'United News of India'],
  [/^dpa$/i, 'dpa'],
  [/^xinhua$/i, 'Xinhua'],
  [/^kyodo( news)?$/i, 'Kyodo'],
  [/^yonhap$/i, 'Yonhap'],
  [/^bernama$/i, 'Bernama'],
  [/^antara$/i, 'Antara'],
  [/^anadolu( agency)?$/i, 'Anadolu'],
  [/^interfax$/i, 'Interfax'],
  [/^tass$/i, 'TASS'],
  [/^efe$/i, 'EFE'],
  [/^ansa$/i, 'ANSA'],
  [/^jiji( press)?$/i, 'Jiji Press'],
  [/^ukrinform$/i, 'Ukrinform'],
];
const WIRE_NAMES =
  'Press Trust of India|PTI|Reuters|(?:The )?Associated Press|AP|AFP|Agence France-Presse|IANS|ANI|Bloomberg|United News of India|UNI|dpa|Xinhua|Kyodo(?: News)?|Yonhap|Bernama|Antara|Anadolu(?: Agency)?|Interfax|TASS|EFE|ANSA|Jiji(?: Press)?|Ukrinform';
const WIRE_LINE = new RegExp(
  `^(?:by |from |source:\\s*)?(${WIRE_NAMES})(?:\\s*[,|:–-]\\s*|\\s+)?((?:[A-Z][\\w.'’-]*\\s?){0,4})$`,
  'i',
);

/** Canonical agency name for a wire credit ("PTI" → "Press Trust of India"), or null. */
export function canonicalWire(name: string): string | null {
  for (const [re, canonical] of WIRES) if (re.test(name.trim())) return canonical;
  return null;
}

/**
 * Recognises a wire byline, optionally followed by a dateline ("Press Trust of India New Delhi") and returns
 * the agency; null for any other line. Case matters for the dateline so a sentence never matches.
 */
export function matchWireByline(line: string): string | null {
  if (line.length > 80) return null;
  const m = WIRE_LINE.exec(line);
  if (!m) return matchAgencyByline(line);
  const agency = m[1]!;
  // "AP"/"ANI"/"UNI" alone are only credible in capitals.
  if (agency.length <= 3 && agency !== agency.toUpperCase()) return null;
  return canonicalWire(agency);
}

// An agency we have no list entry for, named like one ("Nordic Press Agency", "Baltic News Service", "Gulf Coast
// News"), alone on a line with an optional capitalised dateline. Case-sensitive, so a sentence never matches; a
// single word before the cue needs an agency suffix, so link text like "Explore News" does not.
const AGENCY_LINE =
  /^(?:By |From )?((?:[A-Z][\w'’&-]*\s){1,4}(?:Press|News|Newswire|Wire)(?:\s(?:Agency|Service|International|Association))|(?:[A-Z][\w'’&-]*\s){2,4}(?:Press|News|Newswire|Wire|Agency|Service))(?:\s[A-Z][\w.'’-]*){0,3}$/;

function matchAgencyByline(line: string): string | null {
  const m = AGENCY_LINE.exec(line.trim());
  return m ? m[1]!.trim() : null;
}

// A wire dateline: the place in capitals, perhaps a date, the credit in parentheses, then a dash ("LAGOS, May 2
// (Reuters) -", "SANTIAGO (Andes Wire) —").
// A place in title case counts only before a date ("Port Selby, March 2 (Harbour Courier) -"): "The minister
// (Ana Ruiz) - who…" is no dateline.
const DATELINE_CREDIT =
  /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,[^()\n]{1,30})?|\p{Lu}[\p{L}\p{M} .'’-]{1,30},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*\(([^()\n]{2,40})\)\s*[-–—]/u;
// What such a credit names when it is an agency we have no list entry for: a name with an agency's suffix
// ("Andes Wire", "Baltic News Service"), or an acronym ("KNA"); not a place or a person ("(Ukraine)").
const AGENCY_NAME =
  /^(?:(?:[A-Z][\w'’&-]*\s){0,4}(?:Press|News|Newswire|Wire|Agency|Service)(?:\s(?:Agency|Service|International|Association))?|[A-Z]{2,6})$/;
// Or a newspaper's name: a word or more before what papers are called ("Harbour Courier", "The Selby Times").
const PAPER_NAME =
  /^(?:The\s)?(?:[A-Z][\w'’&.-]*\s){1,4}(?:Courier|Times|Post|Herald|Tribune|Gazette|Journal|Chronicle|Ledger|Daily|Observer|Standard|Express|Mail|Star|Mirror|Guardian|Telegraph|Independent|Record|Examiner|Bulletin|Dispatch|Inquirer|Monitor|Review|Today|Weekly|Register|Sentinel|Beacon|Echo)$/;

/**
 * Agency credited inline at the start of a story ("NEW DELHI (Reuters) -", "(PTI)"), or null. An agency
 * without a list entry counts only in a wire dateline, where the parentheses can hold nothing else.
 */
export function findInlineWireCredit(paragraph: string): string | null {
  const head = paragraph.slice(0, 120);
  const m = new RegExp(`\\((${WIRE_NAMES})\\)`).exec(head);
  if (m) return canonicalWire(m[1]!);
  const credit = DATELINE_CREDIT.exec(head)?.[1]?.trim();
  return credit && (AGENCY_NAME.test(credit) || PAPER_NAME.test(credit)) ? credit : null;
}

// A legal form ("Ltd.", "Private Limited", "Inc") and all after it ends a publisher's name.
const LEGAL_FORM_ON = new RegExp(
  `[\\s,]+(?:private|pvt|${[...CORPORATE_SUFFIXES].join('|')})(?=[\\s,.]|$).*$`,
  'i',
);

/** The publisher named in a copyright line ("Copyrights © 2024 Business Standard Private Ltd." → "Business Standard", "@ 2019 The New Arab" → "The New Arab"). */
export function sourceFromCopyright(line: string): string | null {
  // "@ 2019" is a copyright sign lost to a keyboard or an OCR pass; "@name" alone is a handle, not this.
  const m =
    /^(?:copyrights?|©|\(c\)|@(?=\s*\d{4}\b))\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[,\s]*(.+)$/i.exec(
      line,
    );
  if (!m) return null;
  const name = m[1]!
    .replace(/\.?\s*all rights reserved.*$/i, '')
    .replace(LEGAL_FORM_ON, '')
    .replace(/[.,\s]+$/, '')
    .trim();
  return name.length >= 2 && name.length <= 60 ? name : null;
}
