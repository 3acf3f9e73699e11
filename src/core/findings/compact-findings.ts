import type { CorrectedFindings } from '../analysis-corrections';
import { ATTRIBUTION_KINDS, ENTITY_TYPES, type Claim, type CorrectionAction, type Entity } from '../model';

/** The kinds of correction, in the order `EntityColumns.corrected` numbers them (from 1; 0 is none). */
export const CORRECTION_KINDS: readonly CorrectionAction['kind'][] = [
  'add',
  'retype',
  'confirm',
  'merge',
  'reject',
];

/**
 * The version of what `compactFindings` and `applyCorrections` return: stored copies of reader findings (the
 * reader's cache) made by another version are built again. Bump it when either changes its output.
 */
export const FINDINGS_FORMAT = 2;

/**
 * An article's entities as columns sorted by start: typed arrays cross from a worker to the page as a copy of
 * a few bytes per mention, where objects cost the page a long deserialisation (a 5 MB article has ~170,000).
 */
export type EntityColumns = Readonly<{
  start: Int32Array;
  end: Int32Array;
  /** Index into ENTITY_TYPES. */
  type: Uint8Array;
  /** Index into `ReaderFindings.names`. */
  name: Int32Array;
  /** 0 when the analyst did not correct it, else 1 + index into CORRECTION_KINDS of the deciding action. */
  corrected: Uint8Array;
  /** Running maximum of `end`: the first one that can reach past an offset is found by binary search. */
  reach: Int32Array;
}>;

/** What a claim's tooltip says: speaker (with the entity it stands for), cue, hedge, number of quotes. */
export type ClaimTip = Readonly<{
  speaker: string | null;
  cue: string | null;
  hedge: string | null;
  quotes: number;
}>;

/**
 * What each claim's tooltip says, as columns: indices into `texts` (-1 for none) and counts. Columns, not one
 * object per claim: thousands of small objects cost a stored copy and the page a long deserialisation.
 */
export type ClaimTipColumns = Readonly<{
  speaker: Int32Array;
  cue: Int32Array;
  hedge: Int32Array;
  quotes: Int32Array;
  /** The distinct speaker, cue and hedge texts. */
  texts: readonly string[];
}>;

/** An article's claims as columns in their analysis order (a claim's index names it in marks). */
export type ClaimColumns = Readonly<{
  start: Int32Array;
  end: Int32Array;
  score: Float64Array;
  /** 0 when unattributed, else 1 + index into ATTRIBUTION_KINDS. */
  source: Uint8Array;
  hedged: Uint8Array;
  /** Claims in start order (indices), and the running maximum of their ends in that order. */
  byStart: Int32Array;
  reach: Int32Array;
  tips: ClaimTipColumns;
}>;

/** The entities sharing one canonical name and type: the entity panel's rows. */
export type EntityGroups = Readonly<{
  /** Per group: index into `names`, index into ENTITY_TYPES, and its mentions `mentions[first…first+count)`. */
  name: Int32Array;
  type: Uint8Array;
  first: Int32Array;
  count: Int32Array;
  /** Entity indices, each group's in text order. */
  mentions: Int32Array;
  /** Per entity type, its groups: most mentioned first, then by name. */
  byType: readonly Int32Array[];
}>;

/** What the reader paints and lists for one article, prepared off the page (see `compactFindings`). */
export type ReaderFindings = Readonly<{
  /** Distinct canonical names, sorted. */
  names: readonly string[];
  entities: EntityColumns;
  claims: ClaimColumns;
  groups: EntityGroups;
}>;

const byName = new Intl.Collator();

function runningMax(ends: Int32Array, order?: Int32Array): Int32Array {
  const reach = new Int32Array(ends.length);
  let max = -1;
  for (let i = 0; i < ends.length; i++) {
    max = Math.max(max, ends[order ? order[i]! : i]!);
    reach[i] = max;
  }
  return reach;
}

type ColumnArray = Int32ArrayConstructor | Uint8ArrayConstructor | Float64ArrayConstructor;

/** Per column: the typed array that holds it, and the value each row puts in it. */
type ColumnSpec<Row> = Readonly<Record<string, readonly [ColumnArray, (row: Row) => number]>>;

/** One typed array per column of `spec`, holding every row's value in row order. */
function fillColumns<Row, const Spec extends ColumnSpec<Row>>(
  rows: readonly Row[],
  spec: Spec,
): { [Name in keyof Spec]: InstanceType<Spec[Name][0]> } {
  const columns: Record<string, Int32Array | Uint8Array | Float64Array> = {};
  for (const [name, [Column, valueOf]] of Object.entries(spec)) {
    const column = new Column(rows.length);
    for (let i = 0; i < rows.length; i++) column[i] = valueOf(rows[i]!);
    columns[name] = column;
  }
  return columns as { [Name in keyof Spec]: InstanceType<Spec[Name][0]> };
}

/** The entity's number in `EntityColumns.corrected`. */
function correctionNumber(corrected: CorrectedFindings['corrected'], e: Entity): number {
  const how = corrected.size > 0 ? corrected.get(`${e.start}:${e.end}`) : undefined;
  return how ? CORRECTION_KINDS.indexOf(how) + 1 : 0;
}

function entityColumns(
  entities: readonly Entity[],
  nameIndex: ReadonlyMap<string, number>,
  corrected: CorrectedFindings['corrected'],
): EntityColumns {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const cols = fillColumns(sorted, {
    start: [Int32Array, (e) => e.start],
    end: [Int32Array, (e) => e.end],
    type: [Uint8Array, (e) => ENTITY_TYPES.indexOf(e.type)],
    name: [Int32Array, (e) => nameIndex.get(e.canonical)!],
    corrected: [Uint8Array, (e) => correctionNumber(corrected, e)],
  });
  return { ...cols, reach: runningMax(cols.end) };
}

function speakerText(claim: Claim): string | null {
  const s = claim.speaker;
  if (!s) return null;
  return s.text.toLowerCase() !== s.canonical.toLowerCase() ? `${s.text} (${s.canonical})` : s.text;
}

function claimColumns(claims: readonly Claim[]): ClaimColumns {
  const cols = fillColumns(claims, {
    start: [Int32Array, (c) => c.start],
    end: [Int32Array, (c) => c.end],
    score: [Float64Array, (c) => c.score],
    source: [Uint8Array, (c) => (c.attribution ? ATTRIBUTION_KINDS.indexOf(c.attribution.kind) + 1 : 0)],
    hedged: [Uint8Array, (c) => (c.hedge === null ? 0 : 1)],
  });
  // Tooltip texts repeat (one speaker, one cue): each is kept once, and claims point at it.
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const intern = (text: string | null) => {
    if (text === null) return -1;
    let i = textIndex.get(text);
    if (i === undefined) textIndex.set(text, (i = texts.push(text) - 1));
    return i;
  };
  const tips = {
    ...fillColumns(claims, {
      speaker: [Int32Array, (c) => intern(speakerText(c))],
      cue: [Int32Array, (c) => intern(c.attribution?.text ?? null)],
      hedge: [Int32Array, (c) => intern(c.hedge)],
      quotes: [Int32Array, (c) => c.quotes.length],
    }),
    texts,
  };
  const byStart = Int32Array.from(claims.keys()).sort((a, b) => cols.start[a]! - cols.start[b]!);
  return { ...cols, byStart, reach: runningMax(cols.end, byStart), tips };
}

function entityGroups(entities: EntityColumns, names: readonly string[]): EntityGroups {
  const n = entities.start.length;
  const groupOf = new Map<number, number>();
  const keyOf = (i: number) => entities.name[i]! * ENTITY_TYPES.length + entities.type[i]!;
  const counts: number[] = [];
  const ofEntity = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let g = groupOf.get(keyOf(i));
    if (g === undefined) groupOf.set(keyOf(i), (g = counts.push(0) - 1));
    counts[g]!++;
    ofEntity[i] = g;
  }
  const size = counts.length;
  const name = new Int32Array(size);
  const type = new Uint8Array(size);
  for (const [key, g] of groupOf) {
    name[g] = Math.floor(key / ENTITY_TYPES.length);
    type[g] = key % ENTITY_TYPES.length;
  }
  const first = new Int32Array(size);
  for (let g = 1; g < size; g++) first[g] = first[g - 1]! + counts[g - 1]!;
  // Entities are in text order, so filling each group's slots in that order keeps its mentions sorted.
  const filled = first.slice();
  const mentions = new Int32Array(n);
  for (let i = 0; i < n; i++) mentions[filled[ofEntity[i]!]!++] = i;
  const byType = ENTITY_TYPES.map((_, t) => {
    const list: number[] = [];
    for (let g = 0; g < size; g++) if (type[g] === t) list.push(g);
    list.sort((a, b) => counts[b]! - counts[a]! || byName.compare(names[name[a]!]!, names[name[b]!]!));
    return Int32Array.from(list);
  });
  return { name, type, first, count: Int32Array.from(counts), mentions, byType };
}

/**
 * The corrected findings of one article as compact columns for the reader: entities sorted by start with
 * their names interned, claims with what their tooltip says, and the entity panel's groups ready to list.
 * Built in a worker, so the page receives typed arrays instead of hundreds of thousands of objects.
 */
export function compactFindings(findings: CorrectedFindings): ReaderFindings {
  const names = [...new Set(findings.entities.map((e) => e.canonical))].sort(byName.compare);
  const nameIndex = new Map(names.map((name, i) => [name, i]));
  const entities = entityColumns(findings.entities, nameIndex, findings.corrected);
  return {
    names,
    entities,
    claims: claimColumns(findings.claims),
    groups: entityGroups(entities, names),
  };
}
