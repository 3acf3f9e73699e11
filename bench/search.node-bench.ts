// Full-text search over 10,000 generated articles of ~3 KB with the app's MiniSearch index, against a
// baseline of a naive lower-cased `includes` scan of every text for every query word, in the same run.
import MiniSearch from 'minisearch';
import { findMatches, SearchIndex } from '../src/core/search';
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
  const index = new SearchIndex();
  for (const a of articles) index.upsertArticle(a);
  const build = performance.now() - t0;

  const lowered = articles.map((a) => `${a.title}\n${a.text}`.toLowerCase());
  const searchTimes: number[] = [];
  const matchTimes: number[] = [];
  const scanTimes: number[] = [];
  let hits = 0;
  for (const q of queries) {
    index.search(q);
    let t = performance.now();
    hits += index.search(q).length;
    searchTimes.push(performance.now() - t);
    t = performance.now();
    findMatches(index, q);
    matchTimes.push(performance.now() - t);
    const words = q.toLowerCase().split(' ');
    t = performance.now();
    lowered.filter((text) => words.every((w) => text.includes(w)));
    scanTimes.push(performance.now() - t);
  }
  // Would a saved index load faster than a rebuild? Serialize the index's MiniSearch and load it back.
  const mini = (index as unknown as { mini: MiniSearch }).mini;
  let t = performance.now();
  const json = JSON.stringify(mini);
  const save = performance.now() - t;
  t = performance.now();
  MiniSearch.loadJSON(json, INDEX_OPTIONS);
  const load = performance.now() - t;

  const t1 = performance.now();
  index.upsertArticle({ id: 'a5', title: 'changed', text: makeText(random, vocab) });
  const update = performance.now() - t1;

  const q = median(searchTimes);
  const scan = median(scanTimes);
  console.log(`articles: ${ARTICLES.toLocaleString()} × ~${SIZE} chars; ${queries.length} queries`);
  console.log(`index build: ${ms(build)}; replace one article: ${ms(update)}`);
  console.log(
    `saved index: ${(json.length / 1e6).toFixed(1)} MB of JSON; serialize ${ms(save)}, load (parse + loadJSON) ${ms(load)}; ratio build / load: ${(build / load).toFixed(1)}×`,
  );
  check('median query (MiniSearch, prefix + fuzzy)', q, ms(q), { max: 50 }, ' ms');
  console.log(`mean hits ${(hits / queries.length).toFixed(0)}`);
  console.log(
    `median query with every hit's snippet (what the search worker answers): ${ms(median(matchTimes))}`,
  );
  console.log(`median query (baseline includes scan): ${ms(scan)}`);
  console.log(`ratio baseline / MiniSearch: ${(scan / q).toFixed(1)}×`);
}
