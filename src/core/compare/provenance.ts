import { splitSentences } from '../analysis';
import { normalizeForEquality } from './same-text';

/** Where one article of a story came from: the share of its sentences an earlier article has nearly word for
 * word, and the earlier article that has most of them (null when none does). */
export type Provenance = Readonly<{ id: string; share: number; from: string | null }>;

// Word pairs two sentences must share (Jaccard) to count as one copied sentence: a changed word or two passes.
const NEAR_COPY = 0.7;

const bigramsOf = (sentence: string): Set<string> => {
  const words = normalizeForEquality(sentence).split(' ');
  if (words.length === 1) return new Set(words);
  return new Set(words.slice(1).map((w, k) => `${words[k]} ${w}`));
};

/**
 * For each article of a story (read in date order, undated last, then as given), the share of its sentences
 * that an earlier article carries nearly word for word (copied wire text), and which earlier article that is.
 * An index of word pairs finds each sentence's earlier look-alikes, so no sentence is compared with all.
 */
export function traceProvenance(
  docs: ReadonlyArray<Readonly<{ id: string; text: string; date?: string | null }>>,
): Provenance[] {
  const order = docs
    .map((d, k) => ({ d, k }))
    .sort((x, y) => (x.d.date ?? '\uffff').localeCompare(y.d.date ?? '\uffff') || x.k - y.k);
  const index = new Map<string, Array<{ doc: number; sentence: number }>>();
  const sizes: number[][] = docs.map(() => []);
  const byId = new Map<string, Provenance>();
  for (const { d, k } of order) {
    const sentences = splitSentences(d.text).map(([s, e]) => bigramsOf(d.text.slice(s, e)));
    const fromCount = new Map<number, number>();
    let copied = 0;
    sentences.forEach((grams, i) => {
      const shared = new Map<string, number>();
      for (const g of grams)
        for (const hit of index.get(g) ?? []) {
          const key = `${hit.doc}:${hit.sentence}`;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
      let best: number | null = null;
      for (const [key, n] of shared) {
        const [doc, sentence] = key.split(':').map(Number) as [number, number];
        if (n / (grams.size + sizes[doc]![sentence]! - n) >= NEAR_COPY) best = best ?? doc;
      }
      if (best !== null) {
        copied++;
        fromCount.set(best, (fromCount.get(best) ?? 0) + 1);
      }
      sizes[k]![i] = grams.size;
    });
    sentences.forEach((grams, i) => {
      for (const g of grams) {
        let list = index.get(g);
        if (!list) index.set(g, (list = []));
        list.push({ doc: k, sentence: i });
      }
    });
    const from = [...fromCount.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    byId.set(d.id, {
      id: d.id,
      share: sentences.length === 0 ? 0 : copied / sentences.length,
      from: from === undefined ? null : docs[from]!.id,
    });
  }
  return docs.map((d) => byId.get(d.id)!);
}
