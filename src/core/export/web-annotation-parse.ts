import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { collectProblems, name } from '../records';
import { parseJsonFile } from './json-error';
import type { ImportResult } from './types';

/** One imported W3C annotation, reduced to what the workbench keeps. */
export type ParsedAnnotation = Readonly<{
  /** The annotation's id (a `urn:uuid:` prefix removed), null when it had none. */
  id: string | null;
  source: string | null;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  note: string;
  labelName: string | null;
  tagNames: readonly string[];
  created: number | null;
  modified: number | null;
}>;

export type ParsedWebAnnotations = Readonly<{ annotations: readonly ParsedAnnotation[] }>;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const hasType = (v: Json, type: string): boolean => asArray(v.type).includes(type);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A time in milliseconds since 1970, or null for none, an unreadable one or one before 1970. */
function parseTime(v: unknown): number | null {
  const t = typeof v === 'string' ? Date.parse(v) : Number.NaN;
  return Number.isNaN(t) || t < 0 ? null : t;
}

/** The annotations of a collection (embedded first page), a page, an array, or a single annotation. */
function findItems(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return null;
  if (hasType(doc, 'Annotation')) return [doc];
  if (Array.isArray(doc.items)) return doc.items;
  if (isObject(doc.first)) return findItems(doc.first);
  return null;
}

/** The most characters a tag or label name may have: more is not a name but pasted text. */
export const MAX_NAME_LENGTH = 200;
const nameRule = name(MAX_NAME_LENGTH);

/**
 * The target's first quote and position selectors, or a sentence saying why the position cannot be one
 * (negative, reversed or past any text: −50…1e15 is no place in an article).
 */
function parseSelectors(target: Json, label: string): Pick<ParsedAnnotation, 'quote' | 'position'> | string {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of asArray(target.selector)) {
    if (!isObject(s)) continue;
    if (hasType(s, 'TextQuoteSelector') && typeof s.exact === 'string' && !quote) {
      quote = {
        type: 'TextQuoteSelector',
        exact: s.exact,
        prefix: str(s.prefix) ?? '',
        suffix: str(s.suffix) ?? '',
      };
    }
    if (hasType(s, 'TextPositionSelector') && !position) {
      const { start, end } = s;
      const valid = [start, end].every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
      if (!valid || (end as number) < (start as number))
        return `${label} has the position ${String(start)}…${String(end)}, which is no range in a text`;
      position = { type: 'TextPositionSelector', start: start as number, end: end as number };
    }
  }
  return { quote, position };
}

function parseOne(item: unknown, index: number): ParsedAnnotation | string {
  if (!isObject(item) || !hasType(item, 'Annotation')) return `item ${index + 1} is not an Annotation`;
  const target = asArray(item.target).find(isObject);
  if (!target) return `annotation ${index + 1} has no target with selectors`;
  const label = `annotation ${index + 1}`;
  const selectors = parseSelectors(target, label);
  if (typeof selectors === 'string') return selectors;
  const { quote, position } = selectors;
  if (!quote && !position) return `${label} has no text quote or position selector`;
  const notes: string[] = typeof item.bodyValue === 'string' ? [item.bodyValue] : [];
  const tagNames: string[] = [];
  let labelName: string | null = null;
  for (const body of asArray(item.body)) {
    if (!isObject(body)) continue;
    const purpose = str(body.purpose) ?? str(item.motivation);
    if (purpose === 'tagging' || purpose === 'classifying') {
      // Tag and label names become records and chips: one line, of a sane length, or the annotation is refused.
      const what = purpose === 'tagging' ? 'tag' : 'label';
      const problems = collectProblems(nameRule, body.value, `${label}: its ${what}`, 1);
      if (problems.length > 0) return problems[0]!;
      if (purpose === 'tagging') tagNames.push(body.value as string);
      else labelName ??= body.value as string;
    } else if (typeof body.value === 'string') notes.push(body.value);
  }
  const rawId = str(item.id);
  return {
    id: rawId === null ? null : rawId.replace(/^urn:uuid:/i, ''),
    // The source is an IRI, or a resource described with its IRI as `id` (as this app writes it).
    source: str(target.source) ?? (isObject(target.source) ? str(target.source.id) : null) ?? str(target.id),
    quote,
    position,
    note: notes.join('\n\n'),
    labelName,
    tagNames,
    created: parseTime(item.created),
    modified: parseTime(item.modified),
  };
}

/**
 * Reads W3C Web Annotation JSON-LD (a collection, page, array or single annotation, e.g. from this app or
 * Hypothesis) into plain records; annotations without a text selector are skipped with a warning. Fails
 * only when the file is not JSON or holds no annotations at all.
 */
export function parseWebAnnotations(json: string): ImportResult<ParsedWebAnnotations> {
  const doc = parseJsonFile(json, 'not a W3C annotation file');
  if (!doc.ok) return doc;
  const items = findItems(doc.value);
  if (!items)
    return { ok: false, error: 'no W3C annotations found (expected an AnnotationCollection, page or list)' };
  const annotations: ParsedAnnotation[] = [];
  const warnings: string[] = [];
  items.forEach((item, i) => {
    const parsed = parseOne(item, i);
    if (typeof parsed === 'string') warnings.push(parsed);
    else annotations.push(parsed);
  });
  return { ok: true, value: { annotations }, warnings };
}
