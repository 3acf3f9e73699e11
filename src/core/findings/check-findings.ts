import { ATTRIBUTION_KINDS, ENTITY_TYPES } from '../model';
import { CORRECTION_KINDS, type ReaderFindings } from './compact-findings';

type Columns = Record<string, unknown>;

const isObject = (v: unknown): v is Columns => typeof v === 'object' && v !== null;

/** `value[key]` when it is an Int32Array with `length` items (any length when omitted), else null. */
function ints(value: Columns, key: string, length?: number): Int32Array | null {
  const c = value[key];
  return c instanceof Int32Array && (length === undefined || c.length === length) ? c : null;
}

function bytes(value: Columns, key: string, length: number): Uint8Array | null {
  const c = value[key];
  return c instanceof Uint8Array && c.length === length ? c : null;
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s: unknown) => typeof s === 'string');

// Each check below is one loop over its columns: a row is checked once per open, before the engine has
// optimised anything, so every extra pass costs milliseconds on a 1 MB article.

/** Entities in start order inside the text, with types, names and correction kinds in range; their count. */
function entitiesFit(value: unknown, names: number, length: number): number | null {
  if (!isObject(value)) return null;
  const start = ints(value, 'start');
  const n = start?.length ?? 0;
  const end = ints(value, 'end', n);
  const reach = ints(value, 'reach', n);
  const name = ints(value, 'name', n);
  const type = bytes(value, 'type', n);
  const corrected = bytes(value, 'corrected', n);
  if (!start || !end || !reach || !name || !type || !corrected) return null;
  const types = ENTITY_TYPES.length;
  const kinds = CORRECTION_KINDS.length;
  let max = -1;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const s = start[i]!;
    const e = end[i]!;
    if (e > max) max = e;
    if (s < previous || s > e || e > length || reach[i] !== max) return null;
    if (name[i]! < 0 || name[i]! >= names || type[i]! >= types || corrected[i]! > kinds) return null;
    previous = s;
  }
  return n;
}

/** Claims inside the text with scores in [0, 1], kinds and tooltip texts in range, `reach` right. */
function claimsFit(value: unknown, length: number): boolean {
  if (!isObject(value) || !isObject(value.tips)) return false;
  const start = ints(value, 'start');
  const m = start?.length ?? 0;
  const end = ints(value, 'end', m);
  const byStart = ints(value, 'byStart', m);
  const reach = ints(value, 'reach', m);
  const source = bytes(value, 'source', m);
  const hedged = bytes(value, 'hedged', m);
  const score = value.score instanceof Float64Array && value.score.length === m ? value.score : null;
  const tips = value.tips;
  const speaker = ints(tips, 'speaker', m);
  const cue = ints(tips, 'cue', m);
  const hedge = ints(tips, 'hedge', m);
  const quotes = ints(tips, 'quotes', m);
  if (!start || !end || !byStart || !reach || !source || !hedged || !score) return false;
  if (!speaker || !cue || !hedge || !quotes || !isStringList(tips.texts)) return false;
  const texts = tips.texts.length;
  const kinds = ATTRIBUTION_KINDS.length;
  let max = -1;
  for (let k = 0; k < m; k++) {
    const i = byStart[k]!;
    if (i < 0 || i >= m) return false;
    if (end[i]! > max) max = end[i]!;
    if (reach[k] !== max || start[k]! < 0 || start[k]! > end[k]! || end[k]! > length) return false;
    if (!(score[k]! >= 0 && score[k]! <= 1) || source[k]! > kinds || hedged[k]! > 1 || quotes[k]! < 0)
      return false;
    if (speaker[k]! < -1 || speaker[k]! >= texts || cue[k]! < -1 || cue[k]! >= texts) return false;
    if (hedge[k]! < -1 || hedge[k]! >= texts) return false;
  }
  return true;
}

/** The entity panel's groups: names and types in range, mentions inside the entity columns. */
function groupsFit(value: unknown, names: number, entities: number): boolean {
  if (!isObject(value)) return false;
  const name = ints(value, 'name');
  const g = name?.length ?? 0;
  const first = ints(value, 'first', g);
  const count = ints(value, 'count', g);
  const type = bytes(value, 'type', g);
  const mentions = ints(value, 'mentions', entities);
  const byType = value.byType;
  if (!name || !first || !count || !type || !mentions) return false;
  if (!Array.isArray(byType) || byType.length !== ENTITY_TYPES.length) return false;
  for (let k = 0; k < g; k++) {
    if (name[k]! < 0 || name[k]! >= names || type[k]! >= ENTITY_TYPES.length) return false;
    if (first[k]! < 0 || count[k]! < 0 || first[k]! + count[k]! > entities) return false;
  }
  for (let i = 0; i < entities; i++) if (mentions[i]! < 0 || mentions[i]! >= entities) return false;
  return byType.every((list: unknown) => list instanceof Int32Array && list.every((k) => k >= 0 && k < g));
}

/**
 * Whether `value` is reader findings the page can paint over a text of `length` characters without reading
 * out of bounds: every column of the right kind and length, spans inside the text, entities in start order,
 * running maxima right, every type, name, kind and index in range. One pass over the columns, so a stored
 * copy (the reader's cache) is checked in a few milliseconds where the analysis it came from takes hundreds.
 */
export function findingsFit(value: unknown, length: number): value is ReaderFindings {
  if (!isObject(value) || !isStringList(value.names)) return false;
  const names = value.names.length;
  const entities = entitiesFit(value.entities, names, length);
  return entities !== null && claimsFit(value.claims, length) && groupsFit(value.groups, names, entities);
}
