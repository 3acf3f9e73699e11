import MiniSearch from 'minisearch';
import { SearchIndex } from './src/core/search';
import { INDEX_OPTIONS } from './src/core/search/search-index';
const count = Number(process.env.N ?? 10000), chars = 3000;
const places = ['Varrow','Quennet Bay','Hollin Ridge','Mardle','Ostry Fen','Calder Point','Brisk'];
const events = ['a storm surge','a ballot recount','a bridge closure','a grain shortfall','a ferry strike'];
const pick = <T,>(list: readonly T[], n: number) => list[n % list.length]!;
let seed = 12345;
const random = () => { seed = (seed + 0x6d2b79f5) >>> 0; let t = Math.imul(seed ^ (seed >>> 15), seed | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const syllables = 'ka lo mi ter sun vad rel ost bri neu pax dor fel gim hus ja ko lin mor ped'.split(' ');
const vocabulary = [...new Set(Array.from({ length: 5000 }, () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables, Math.floor(random() * 20))).join('')))];
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
const sentence = (i: number, j: number) => `${j % 7 === 0 ? pick(places, i + j) : 'Then'} ${Array.from({ length: 12 }, word).join(' ')}` + `${j % 5 === 0 ? ` after ${pick(events, i)}` : ''}, ${(i * 17 + j * 5) % 400} said.`;
const index = new SearchIndex();
let t = performance.now();
for (let i = 0; i < count; i++) {
  let text = `${pick(events, i)} hits ${pick(places, i)}: report ${i}`;
  for (let j = 0; text.length < chars; j++) text += (j % 4 === 0 ? '\n\n' : ' ') + sentence(i, j);
  index.upsertArticle({ id: `seed-${i}`, title: text.slice(0, 40), text });
}
console.log('build', performance.now() - t, 'vocab', vocabulary.length);
t = performance.now();
const packed = index.pack();
console.log('pack', performance.now() - t, 'postings', packed.postingDocs.length, 'terms', packed.terms.length);
t = performance.now();
const cloned = structuredClone(packed);
console.log('clone', performance.now() - t);
t = performance.now();
const s = new SearchIndex(cloned);
console.log('load', performance.now() - t);
for (let rep = 0; rep < 3; rep++) for (const q of ['said', 'saltmarsh', 'ferry strike', 'kalo', '"ferry strike"', 'mitersun']) { t = performance.now(); const r = s.searchWords(q); console.log(q, r.hits.length, performance.now() - t); }
t = performance.now();
s.upsertArticle({id: 'seed-5', title: 'x', text: 'changed text here'});
const p2 = s.pack();
console.log('repack', performance.now() - t);
