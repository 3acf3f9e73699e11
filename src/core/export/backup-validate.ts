import type { BackupData } from '../model';

type Json = Record<string, unknown>;
type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const string: Check = (v) => typeof v === 'string';
const number: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const boolean: Check = (v) => typeof v === 'boolean';
const array: Check = (v) => Array.isArray(v);
const nullable =
  (c: Check): Check =>
  (v) =>
    v === null || c(v);
// Added by engine 4; backups of older analyses lack it (they are analysed again after a restore).
const optionalArray: Check = (v) => v === undefined || Array.isArray(v);
const strings: Check = (v) => Array.isArray(v) && v.every(string);
const target: Check = (v) =>
  isObject(v) &&
  isObject(v.quote) &&
  string(v.quote.exact) &&
  string(v.quote.prefix) &&
  string(v.quote.suffix) &&
  isObject(v.position) &&
  number(v.position.start) &&
  number(v.position.end) &&
  boolean(v.orphaned);
const action: Check = (v) =>
  isObject(v) && ['confirm', 'reject', 'retype', 'merge'].includes(v.kind as string);

/** The fields each record kind must have, with their shapes; nested engine output is checked shallowly. */
const SCHEMAS: Record<keyof BackupData, Record<string, Check>> = {
  articles: {
    id: string,
    contentHash: string,
    title: string,
    text: string,
    originalText: string,
    format: string,
    source: nullable(string),
    date: nullable(string),
    url: nullable(string),
    fileName: nullable(string),
    importedAt: number,
    tags: strings,
    wordCount: number,
    removed: array,
  },
  analyses: {
    articleId: string,
    engineVersion: number,
    analyzedAt: number,
    sentences: array,
    entities: array,
    claims: array,
    quotes: optionalArray,
  },
  annotations: {
    id: string,
    articleId: string,
    target,
    note: string,
    label: nullable(string),
    tags: strings,
    createdAt: number,
    updatedAt: number,
  },
  tags: { id: string, name: string, color: string },
  labels: { id: string, name: string, color: string, builtIn: boolean },
  corrections: {
    id: string,
    articleId: string,
    target: (v) => v === 'entity' || v === 'claim',
    start: number,
    end: number,
    text: string,
    action,
    createdAt: number,
  },
};

/** Record kinds in the order a backup lists them. */
export const BACKUP_KINDS = Object.keys(SCHEMAS) as Array<keyof BackupData>;

/**
 * Returns the problems found in a backup's record lists (`annotations[3]: "note" is missing or not a
 * string`), at most `limit` of them plus a count of the rest; an empty list means the data can be restored.
 */
export function validateBackupData(raw: Json, limit = 5): string[] {
  const problems: string[] = [];
  let more = 0;
  const report = (p: string) => (problems.length < limit ? problems.push(p) : more++);
  for (const kind of BACKUP_KINDS) {
    const list = raw[kind];
    if (!Array.isArray(list)) {
      report(`the "${kind}" list is missing`);
      continue;
    }
    list.forEach((record: unknown, i) => {
      if (!isObject(record)) {
        report(`${kind}[${i}] is not an object`);
        return;
      }
      for (const [field, check] of Object.entries(SCHEMAS[kind])) {
        if (!check(record[field])) report(`${kind}[${i}]: "${field}" is missing or malformed`);
      }
    });
  }
  if (more > 0) problems.push(`…and ${more} more`);
  return problems;
}
