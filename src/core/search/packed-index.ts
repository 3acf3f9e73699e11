import type MiniSearch from 'minisearch';

/**
 * A full-text index packed into a few flat arrays: sorted terms, and per term its postings (document number,
 * field, frequency) in typed arrays. IndexedDB stores and loads it by structured clone, close to a memory
 * copy, where MiniSearch's JSON of 10,000 articles (25 MB) took seconds to parse and rebuild into maps; and a
 * query scores postings in arrays instead of walking maps. It is never changed in place: changes go to a
 * small MiniSearch beside it, and `packIndex` merges the two into a new one when the index is saved.
 */
export type PackedIndex = Readonly<{
  /** Every term, sorted by code unit (so a prefix is a contiguous range). */
  terms: readonly string[];
  /** Term `t`'s postings are at `offsets[t]` up to `offsets[t + 1]`. */
  offsets: Uint32Array;
  postingDocs: Uint32Array;
  /** 0 title, 1 text (MiniSearch's field ids). */
  postingFields: Uint8Array;
  postingFreqs: Uint16Array;
  /** Per document: its key (`a:<article id>` or `n:<annotation id>`) and its article's id. */
  keys: readonly string[];
  articleIds: readonly string[];
  /** Per document and field: its length in terms (document `d`, field `f` at `d * FIELDS + f`). */
  fieldLengths: Uint32Array;
}>;

/** The fields every index has, in MiniSearch's field id order. */
export const FIELDS = 2;

// MiniSearch's own maps (7.2): its serialization would build an object per posting, seconds for 10,000
// articles, where reading the maps takes a fraction of that.
type MiniInternals = {
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
  _documentIds: Map<number, string>;
  _fieldLength: Map<number, number[]>;
  _storedFields: Map<number, Record<string, unknown>>;
};

/**
 * One packed index of `base`'s documents except `removed` (document numbers) and every document of
 * `delta`; documents are renumbered, terms left with no posting dropped.
 */
export function packIndex(
  base: PackedIndex | null,
  removed: ReadonlySet<number>,
  delta: MiniSearch,
): PackedIndex {
  const mini = delta as unknown as MiniInternals;
  const keys: string[] = [];
  const articleIds: string[] = [];
  const lengths: number[] = [];
  const baseDoc = new Int32Array(base?.keys.length ?? 0).fill(-1);
  base?.keys.forEach((key, d) => {
    if (removed.has(d)) return;
    baseDoc[d] = keys.length;
    keys.push(key);
    articleIds.push(base.articleIds[d]!);
    for (let f = 0; f < FIELDS; f++) lengths.push(base.fieldLengths[d * FIELDS + f]!);
  });
  const deltaDoc = new Map<number, number>();
  for (const [shortId, key] of mini._documentIds) {
    deltaDoc.set(shortId, keys.length);
    keys.push(key);
    articleIds.push(String(mini._storedFields.get(shortId)?.articleId));
    const fieldLength = mini._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < FIELDS; f++) lengths.push(fieldLength[f] ?? 0);
  }
  const deltaTerms = [...mini._index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let size = base?.postingDocs.length ?? 0;
  for (const [, byField] of deltaTerms) for (const byDoc of byField.values()) size += byDoc.size;

  const terms: string[] = [];
  const offsets: number[] = [0];
  const docs = new Uint32Array(size);
  const fields = new Uint8Array(size);
  const freqs = new Uint16Array(size);
  let n = 0;
  const push = (doc: number, field: number, freq: number) => {
    docs[n] = doc;
    fields[n] = field;
    freqs[n] = Math.min(freq, 0xffff);
    n++;
  };
  const baseTerms = base?.terms ?? [];
  let b = 0;
  let m = 0;
  while (b < baseTerms.length || m < deltaTerms.length) {
    const bTerm = baseTerms[b];
    const mTerm = deltaTerms[m]?.[0];
    const term = mTerm === undefined || (bTerm !== undefined && bTerm <= mTerm) ? bTerm! : mTerm;
    if (bTerm === term) {
      for (let i = base!.offsets[b]!; i < base!.offsets[b + 1]!; i++) {
        const doc = baseDoc[base!.postingDocs[i]!]!;
        if (doc >= 0) push(doc, base!.postingFields[i]!, base!.postingFreqs[i]!);
      }
      b++;
    }
    if (mTerm === term) {
      for (const [field, byDoc] of deltaTerms[m]![1])
        for (const [shortId, freq] of byDoc) {
          const doc = deltaDoc.get(shortId);
          if (doc !== undefined) push(doc, field, freq);
        }
      m++;
    }
    if (n > offsets.at(-1)!) {
      terms.push(term);
      offsets.push(n);
    }
  }
  return {
    terms,
    offsets: Uint32Array.from(offsets),
    postingDocs: docs.slice(0, n),
    postingFields: fields.slice(0, n),
    postingFreqs: freqs.slice(0, n),
    keys,
    articleIds,
    fieldLengths: Uint32Array.from(lengths),
  };
}

/** Whether `value` has the shape of a packed index (a saved one from another version is rebuilt). */
export function isPackedIndex(value: unknown): value is PackedIndex {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    Array.isArray(p.terms) &&
    Array.isArray(p.keys) &&
    Array.isArray(p.articleIds) &&
    p.offsets instanceof Uint32Array &&
    p.postingDocs instanceof Uint32Array &&
    p.postingFields instanceof Uint8Array &&
    p.postingFreqs instanceof Uint16Array &&
    p.fieldLengths instanceof Uint32Array &&
    p.offsets.length === p.terms.length + 1 &&
    p.postingDocs.length === p.offsets[p.terms.length] &&
    p.postingFields.length === p.postingDocs.length &&
    p.postingFreqs.length === p.postingDocs.length &&
    p.keys.length === p.articleIds.length &&
    p.fieldLengths.length === p.keys.length * FIELDS
  );
}
