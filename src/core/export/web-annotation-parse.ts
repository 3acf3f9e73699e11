import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { describeJsonError } from './json-error';
import { checkJsonDepth } from './json-limits';
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

function parseTime(v: unknown): number | null {
  const t = typeof v === 'string' ? Date.parse(v) : Number.NaN;
  return Number.isNaN(t) ? null : t;
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

function parseSelectors(target: Json): Pick<ParsedAnnotation, 'quote' | 'position'> {
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
    const { start, end } = s;
    if (hasType(s, 'TextPositionSelector') && Number.isInteger(start) && Number.isInteger(end) && !position) {
      position = { type: 'TextPositionSelector', start: start as number, end: end as number };
    }
  }
  return { quote, position };
}

function parseOne(item: unknown, index: number): ParsedAnnotation | string {
  if (!isObject(item) || !hasType(item, 'Annotation')) return `item ${index + 1} is not an Annotation`;
  const target = asArray(item.target).find(isObject);
  if (!target) return `annotation ${index + 1} has no target with selectors`;
  const { quote, position } = parseSelectors(target);
  if (!quote && !position) return `annotation ${index + 1} has no text quote or position selector`;
  const notes: string[] = typeof item.bodyValue === 'string' ? [item.bodyValue] : [];
  const tagNames: string[] = [];
  let labelName: string | null = null;
  for (const body of asArray(item.body)) {
    if (!isObject(body) || typeof body.value !== 'string') continue;
    const purpose = str(body.purpose) ?? str(item.motivation);
    if (purpose === 'tagging') tagNames.push(body.value);
    else if (purpose === 'classifying') labelName ??= body.value;
    else notes.push(body.value);
  }
  const rawId = str(item.id);
  return {
    id: rawId === null ? null : rawId.replace(/^urn:uuid:/i, ''),
    source: str(target.source) ?? str(target.id),
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
  const tooDeep = checkJsonDepth(json);
  if (tooDeep) return { ok: false, error: `not a W3C annotation file: ${tooDeep}` };
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: describeJsonError(json, e) };
  }
  const items = findItems(doc);
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
