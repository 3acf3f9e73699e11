import type { BackupData } from '../model';
import {
  analysisRule,
  annotationRule,
  articleRule,
  correctionRule,
  describeValue,
  labelRule,
  outletRule,
  tagRule,
  type Rule,
} from '../records';

type Json = Record<string, unknown>;

/** Record kinds in the order a backup lists them. */
export const BACKUP_KINDS: ReadonlyArray<keyof BackupData> = [
  'articles',
  'analyses',
  'annotations',
  'tags',
  'labels',
  'corrections',
  'outlets',
];

/** The rule of each kind of record that belongs to an article, given that article's text length. */
const ARTICLE_PARTS: Readonly<Record<string, (length: number | null) => Rule>> = {
  analyses: analysisRule,
  annotations: annotationRule,
  corrections: correctionRule,
};

const field = (record: unknown, name: string): unknown =>
  typeof record === 'object' && record !== null ? (record as Json)[name] : undefined;

/**
 * Returns the problems found in a backup's records, at most `limit` of them plus a count of the rest, each
 * naming the record and field (`analyses[0] (article "a1"): entities[2] is null, expected an object`); an
 * empty list means the data can be restored. Every record is checked deeply with the rules the database's
 * records follow, offsets against the text of their article, and analyses, annotations and corrections must
 * belong to an article in the backup.
 */
export function validateBackupData(raw: Json, limit = 5): string[] {
  const problems: string[] = [];
  let more = 0;
  const report = (p: string) => (problems.length < limit ? problems.push(p) : more++);
  const lengths = new Map<string, number>();
  for (const kind of BACKUP_KINDS) {
    const list = raw[kind];
    if (!Array.isArray(list)) {
      report(`the "${kind}" list is ${list === undefined ? 'missing' : 'not a list'}`);
      continue;
    }
    list.forEach((record: unknown, i) => {
      const articleId = field(record, 'articleId');
      const label =
        typeof articleId === 'string'
          ? `${kind}[${i}] (article ${describeValue(articleId)})`
          : `${kind}[${i}] (id ${describeValue(field(record, 'id') ?? field(record, 'key'))})`;
      const inRecord = (path: string, problem: string) =>
        report(`${label}${path === '' ? '' : `: ${path}`} ${problem}`);
      const partRule = ARTICLE_PARTS[kind];
      if (partRule) {
        const length = typeof articleId === 'string' ? lengths.get(articleId) : undefined;
        if (typeof articleId === 'string' && length === undefined)
          inRecord('articleId', 'names no article in the backup');
        partRule(length ?? null)(record, '', inRecord);
        return;
      }
      const rule: Partial<Record<string, Rule>> = { articles: articleRule, tags: tagRule, labels: labelRule };
      (rule[kind] ?? outletRule)(record, '', inRecord);
      const id = field(record, 'id');
      const text = field(record, 'text');
      if (kind !== 'articles' || typeof id !== 'string' || typeof text !== 'string') return;
      if (lengths.has(id)) inRecord('id', 'is used by an earlier article too');
      lengths.set(id, text.length);
    });
  }
  if (more > 0) problems.push(`…and ${more} more`);
  return problems;
}
