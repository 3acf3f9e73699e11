import { ATTRIBUTION_KINDS, ENTITY_TYPES } from '../model';
import { CORRECTION_KINDS, type ReaderFindings } from './compact-findings';

type Columns = Record<string, unknown>;

const isObject = (v: unknown): v is Columns => typeof v === 'object' && v !== null;

type ColumnKind = Int32ArrayConstructor | Uint8ArrayConstructor | Float64ArrayConstructor;

/**
 * The columns `kinds` names, read off `value`: each a typed array of its kind, all as long as the first
 * (or as `length`, when given); null when any is missing or differs.
 */
function readColumns<const Kinds extends Record<string, ColumnKind>>(
  value: unknown,
  kinds: Kinds,
  length?: number,
): { [Name in keyof Kinds]: InstanceType<Kinds[Name]> } | null {
  if (!isObject(value)) return null;
  let n = length ?? -1;
  const out: Columns = {};
  for (const [key, Kind] of Object.entries(kinds)) {
    const column = value[key];
    if (!(column instanceof Kind) || (n !== -1 && column.length !== n)) return null;
    n = column.length;
    out[key] = column;
  }
  return out as { [Name in keyof Kinds]: InstanceType<Kinds[Name]> };
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s: unknown) => typeof s === 'string');

// Each check below is one loop over its columns: a row is checked once per open, before the engine has
// optimised anything, so every extra pass costs milliseconds on a 1 MB article.

/** Entities in start order inside the text, with types, names and correction kinds in range; their count. */
function entitiesFit(value: unknown, names: number, length: number): number | null {
  const columns = readColumns(value, {
    start: Int32Array,
    end: Int32Array,
    reach: Int32Array,
    name: Int32Array,
    type: Uint8Array,
    corrected: Uint8Array,
  });
  if (!columns) return null;
  const { start, end, reach, name, type, corrected } = columns;
  const n = start.length;
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
  const columns = readColumns(value, {
    start: Int32Array,
    end: Int32Array,
    byStart: Int32Array,
    reach: Int32Array,
    source: Uint8Array,
    hedged: Uint8Array,
    score: Float64Array,
  });
  if (!columns || !isObject(value) || !isObject(value.tips) || !isStringList(value.tips.texts)) return false;
  const { start, end, byStart, reach, source, hedged, score } = columns;
  const m = start.length;
  const kind = { speaker: Int32Array, cue: Int32Array, hedge: Int32Array, quotes: Int32Array };
  const tips = readColumns(value.tips, kind, m);
  if (!tips) return false;
  const { speaker, cue, hedge, quotes } = tips;
  const texts = value.tips.texts.length;
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
  const columns = readColumns(value, {
    name: Int32Array,
    first: Int32Array,
    count: Int32Array,
    type: Uint8Array,
  });
  const mentions = readColumns(value, { mentions: Int32Array }, entities)?.mentions;
  if (!columns || !mentions || !isObject(value)) return false;
  const { name, first, count, type } = columns;
  const g = name.length;
  const byType = value.byType;
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
