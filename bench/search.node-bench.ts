// Full-text search over 10,000 generated articles of ~3 KB with the app's index (packed, as the worker holds
// it once saved), against a baseline of a naive lower-cased `includes` scan of every text for every query
// word, in the same run; and the saved index's load against MiniSearch's JSON, the format it replaced.
import MiniSearch from 'minisearch';
import { matchOf, SearchIndex } from '../src/core/search';
import { INDEX_OPTIONS } from '../src/core/search/search-index';
import { median, ms } from './stats';
import { check } from './targets';

const ARTICLES = 10_000;
const SIZE = 3_000;

// mulberry32: a multiply in 53-bit floats (as in an LCG with a 31-bit modulus) loses bits and falls into
// short cycles over the millions of draws this benchmark makes.
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A vocabulary of 6,000 made-up words, drawn with a skewed (Zipf-like) distribution as in real text.
function makeVocabulary(random: () => number): string[] {
  const syllables = 'ka lo mi ter sun vad rel ost bri neu pax dor fel gim hus ja ko lin mor ped'.split(' ');
  const words = new Set<string>();
  while (words.size < 6_000) {
    const n = 1 + Math.floor(random() * 3);
    words.add(Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  }
  return [...words];
}

function makeText(random: () => number, vocab: readonly string[]): string {
  const out: string[] = [];
  let length = 0;
  while (length < SIZE) {
    const w = vocab[Math.floor(vocab.length * random() ** 2.5)]!;
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ');
}

export async function run(): Promise<void> {
  const random = makeRandom(7);
  const vocab = makeVocabulary(random);
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    id: `a${i}`,
    title: makeText(random, vocab).slice(0, 60),
    text: makeText(random, vocab),
  }));
  const queries = Array.from({ length: 30 }, (_, i) => {
    const pick = () => vocab[Math.floor(vocab.length * random() ** (i % 2 ? 1 : 2))]!;
    return i % 3 === 0 ? `${pick()} ${pick()}` : pick();
  });

  const t0 = performance.now();
  const building = new SearchIndex();
  for (const a of articles) building.upsertArticle(a);
  const build = performance.now() - t0;
  // The format the index was saved in before: MiniSearch's JSON (serialize, then parse and rebuild).
  const mini = (building as unknown as { mini: MiniSearch }).mini;
  let t = performance.now();
  const json = JSON.stringify(mini);
  const jsonSave = performance.now() - t;
  t = performance.now();
  MiniSearch.loadJSON(json, INDEX_OPTIONS);
  const jsonLoad = performance.now() - t;
  // Now: packed into typed arrays; IndexedDB stores and reads it by structured clone.
  t = performance.now();
  const packed = building.pack();
  const pack = performance.now() - t;
  t = performance.now();
  const index = new SearchIndex(structuredClone(packed));
  const load = performance.now() - t;
  const bytes = [packed.offsets, packed.postingDocs, packed.postingFields, packed.postingFreqs].reduce(
    (sum, a) => sum + a.byteLength,
    0,
  );
  const texts = new Map(articles.map((a) => [a.id, a.text]));

  const lowered = articles.map((a) => `${a.title}\n${a.text}`.toLowerCase());
  const searchTimes: number[] = [];
  const matchTimes: number[] = [];
  const scanTimes: number[] = [];
  let hits = 0;
  for (const q of queries) {
    index.searchWords(q);
    t = performance.now();
    const found = index.searchWords(q).hits;
    hits += found.length;
    searchTimes.push(performance.now() - t);
    // The worker makes snippets only for the rows on screen: about a screenful.
    t = performance.now();
    for (const hit of found.slice(0, 15)) matchOf(hit, texts.get(hit.articleId) ?? '', index);
    matchTimes.push(performance.now() - t);
    const words = q.toLowerCase().split(' ');
    t = performance.now();
    lowered.filter((text) => words.every((w) => text.includes(w)));
    scanTimes.push(performance.now() - t);
  }

  const t1 = performance.now();
  index.upsertArticle({ id: 'a5', title: 'changed', text: makeText(random, vocab) });
  const update = performance.now() - t1;
  t = performance.now();
  index.pack();
  const repack = performance.now() - t;

  const q = median(searchTimes);
  const scan = median(scanTimes);
  console.log(`articles: ${ARTICLES.toLocaleString()} × ~${SIZE} chars; ${queries.length} queries`);
  console.log(
    `index build: ${ms(build)}; replace one article: ${ms(update)}; pack it in (the save): ${ms(repack)}`,
  );
  console.log(
    `saved index, packed: ${(bytes / 1e6).toFixed(1)} MB of postings; pack ${ms(pack)}, load (structured clone + open) ${ms(load)}; ratio build / load: ${(build / load).toFixed(1)}×`,
  );
  console.log(
    `saved index, MiniSearch JSON (before): ${(json.length / 1e6).toFixed(1)} MB; serialize ${ms(jsonSave)}, load (parse + loadJSON) ${ms(jsonLoad)}; ratio JSON load / packed load: ${(jsonLoad / load).toFixed(1)}×`,
  );
  check('median query (packed index, prefix + fuzzy)', q, ms(q), { max: 50 }, ' ms');
  console.log(`mean hits ${(hits / queries.length).toFixed(0)}`);
  console.log(
    `median snippets of a screenful of hits (15, what the rows on screen ask): ${ms(median(matchTimes))}`,
  );
  console.log(`median query (baseline includes scan): ${ms(scan)}`);
  console.log(`ratio baseline / packed index: ${(scan / q).toFixed(1)}×`);
}
