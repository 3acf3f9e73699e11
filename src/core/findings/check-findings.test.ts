import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../model';
import { findingsFit } from './check-findings';
import { compactFindings, type ReaderFindings } from './compact-findings';

const TEXT = 'Councillor Ines Varga said on Friday that the Dunmore Tram Company would add 12 night routes.';
const mention = (words: string, type: Entity['type']): Entity => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, type, text: words, canonical: words };
};
const claim: Claim = {
  start: 0,
  end: TEXT.length,
  score: 0.8,
  attribution: { start: 22, end: 26, kind: 'person', text: 'said' },
  speaker: { start: 11, end: 21, text: 'Ines Varga', canonical: 'Ines Varga' },
  hedge: 'would',
  quotes: [],
  numbers: [],
};
const sound = compactFindings({
  entities: [
    mention('Ines Varga', 'PERSON'),
    mention('Friday', 'DATE'),
    mention('Dunmore Tram Company', 'ORG'),
    mention('12', 'NUMBER'),
  ],
  claims: [claim],
  corrected: new Map(),
});

/** `sound` with one column of one part replaced. */
function withColumn(part: 'entities' | 'claims' | 'groups', key: string, value: unknown): unknown {
  return { ...sound, [part]: { ...sound[part], [key]: value } };
}
const tipsWith = (key: string, value: unknown) =>
  withColumn('claims', 'tips', { ...sound.claims.tips, [key]: value });

describe('findingsFit', () => {
  it('accepts findings as compactFindings builds them, for the text they were built on', () => {
    expect(findingsFit(sound, TEXT.length)).toBe(true);
    const none = compactFindings({ entities: [], claims: [], corrected: new Map() });
    expect(findingsFit(none, 0)).toBe(true);
  });

  it('refuses findings reaching past the end of a shorter text', () => {
    expect(findingsFit(sound, TEXT.length - 1)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['nothing', null],
    ['names that are not text', { ...sound, names: [1, 2] }],
    ['a column of plain numbers', withColumn('entities', 'start', Array.from(sound.entities.start))],
    ['a column of the wrong width', withColumn('entities', 'type', Int32Array.from(sound.entities.type))],
    ['columns of different lengths', withColumn('entities', 'end', sound.entities.end.slice(1))],
    ['entities out of start order', withColumn('entities', 'start', Int32Array.from([11, 30, 29, 77]))],
    ['a wrong running maximum', withColumn('entities', 'reach', new Int32Array(4))],
    ['an unknown entity type', withColumn('entities', 'type', Uint8Array.from([0, 4, 1, 99]))],
    ['a name index past the names', withColumn('entities', 'name', Int32Array.from([0, 1, 2, 9]))],
    ['an unknown correction kind', withColumn('entities', 'corrected', Uint8Array.from([0, 0, 0, 9]))],
    ['a claim ending before it starts', withColumn('claims', 'end', Int32Array.from([-1]))],
    ['a score that is not a number', withColumn('claims', 'score', Float64Array.from([NaN]))],
    ['an unknown source kind', withColumn('claims', 'source', Uint8Array.from([200]))],
    ['a claim order naming no claim', withColumn('claims', 'byStart', Int32Array.from([3]))],
    ['a tooltip text index past the texts', tipsWith('speaker', Int32Array.from([5]))],
    ['tooltip texts that are not text', tipsWith('texts', [null])],
    ['no tooltips', withColumn('claims', 'tips', null)],
    ['a group mention past the entities', withColumn('groups', 'mentions', Int32Array.from([0, 1, 2, 4]))],
    ['a group running past the mentions', withColumn('groups', 'count', Int32Array.from([1, 1, 1, 5]))],
    ['a missing type list', withColumn('groups', 'byType', sound.groups.byType.slice(1))],
  ])('refuses %s', (_, value) => {
    expect(findingsFit(value as ReaderFindings, TEXT.length)).toBe(false);
  });
});
