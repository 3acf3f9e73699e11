// Article vectors for story grouping: TF-IDF over the library of content words, names and numbers.
import { nameKey } from './names';
import { dotSparse } from './vectors';
import { collectContentStems } from './words';

/** A sparse, L2-normalised vector: term ids ascending, weights beside them. */
export type DocVector = Readonly<{ ids: Int32Array; weights: Float64Array }>;

/** One article's terms before weighting, by kind. */
export type DocTerms = Readonly<{
  words: readonly string[];
  names: readonly string[];
  numbers: readonly string[];
}>;

// Names and exact figures tell look-alike events apart (two quakes share "magnitude", not "Chala" or "6.8").
const NAME_WEIGHT = 2.5;
const NUMBER_WEIGHT = 1.5;

// A capitalised run that does not start a sentence or line: the names a text mentions when no analysis is given.
const CAPITALISED_RUN = /(?<=[\p{L}\p{N},;:”"’)] )\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*/gu;
const FIGURE = /\d+(?:[.,]\d+)*/g;

/** Capitalised runs inside sentences, as name keys (the fallback when no entities are known). */
export function findCapitalisedNames(text: string): string[] {
  return [...text.matchAll(CAPITALISED_RUN)].map((m) => nameKey(m[0]));
}

/** Collects an article's terms: content-word stems, name keys (entities if known) and figures. */
export function collectDocTerms(text: string, entities?: readonly string[]): DocTerms {
  const names = entities ? entities.map(nameKey) : findCapitalisedNames(text);
  const numbers = [...text.matchAll(FIGURE)].map((m) => m[0].replace(/,(?=\d{3}\b)/g, ''));
  return { words: collectContentStems(text), names, numbers };
}

/** A term dictionary with document frequencies, filled once over the whole library. */
export type TermIndex = { readonly ids: Map<string, number>; readonly df: number[] };

function termCounts(terms: DocTerms, index: TermIndex): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (key: string) => {
    let id = index.ids.get(key);
    if (id === undefined) {
      id = index.df.length;
      index.ids.set(key, id);
      index.df.push(0);
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const w of terms.words) add(w);
  for (const n of terms.names) add(`@${n}`);
  for (const n of terms.numbers) add(`#${n}`);
  for (const id of counts.keys()) index.df[id]! += 1;
  return counts;
}

const kindWeight = (key: string) => (key[0] === '@' ? NAME_WEIGHT : key[0] === '#' ? NUMBER_WEIGHT : 1);

/**
 * Weighs every article's terms by sublinear TF × IDF over the given library (names and figures weigh more)
 * and normalises each vector, so a cosine is one sparse dot product. Returns the vectors and the dictionary.
 */
export function buildDocVectors(all: readonly DocTerms[]): { vectors: DocVector[]; index: TermIndex } {
  const index: TermIndex = { ids: new Map(), df: [] };
  const counts = all.map((t) => termCounts(t, index));
  const kinds = new Float64Array(index.df.length);
  for (const [key, id] of index.ids) kinds[id] = kindWeight(key);
  const n = all.length;
  const vectors = counts.map((c) => {
    const ids = Int32Array.from(c.keys()).sort();
    const weights = Float64Array.from(
      ids,
      (id) => (1 + Math.log(c.get(id)!)) * Math.log(1 + n / index.df[id]!) * kinds[id]!,
    );
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids, weights };
  });
  return { vectors, index };
}

/** Cosine of two normalised vectors. */
export const cosineOf: (x: DocVector, y: DocVector) => number = dotSparse;
