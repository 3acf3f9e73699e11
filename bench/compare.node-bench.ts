// Compare: aligning two ~50 KB articles (one a re-edit of the other) against the TF-IDF best-match
// baseline, two ~1 MB versions (time and the table's memory against an n × m table), and grouping 1,000 and
// 10,000 generated news articles into stories (growth should be ~linear; 10,000 under 10 s).
import { analyzeText, loadAnalysisModels } from '../src/core/analysis';
import { alignByBestMatch } from '../src/core/compare/baseline';
import { compareArticles } from '../src/core/compare/compare-articles';
import { groupRelatedArticles } from '../src/core/compare/group-related';
import { describeSentences } from '../src/core/compare/sentence-features';
import { buildSimilarityTable } from '../src/core/compare/vectors';
import { makeNewsLibrary, makeRandom } from './news-corpus';
import { ms, timeMedian } from './stats';

const models = await loadAnalysisModels();

const rnd = makeRandom(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tan',
  'vi',
  'dra',
  'sol',
  'pen',
  'ru',
  'bel',
  'gor',
  'ni',
  'sta',
  'qu',
  'ex',
];
const VOCAB = Array.from({ length: 6000 }, () =>
  Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join(''),
);
const FUNCTION = ['the', 'of', 'and', 'to', 'in', 'said', 'has', 'was', 'for', 'on', 'with', 'by'];

function makeSentence(): string {
  const words = Array.from({ length: 12 + Math.floor(rnd() * 14) }, () =>
    rnd() < 0.35 ? pick(FUNCTION) : rnd() < 0.04 ? String(Math.floor(rnd() * 900) + 10) : pick(VOCAB),
  );
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function makeArticle(sentences: number): string[][] {
  const paras: string[][] = [];
  for (let k = 0; k < sentences; k += 3) paras.push([makeSentence(), makeSentence(), makeSentence()]);
  return paras;
}

/** A re-edit: words changed, sentences split, merged, dropped and added, one paragraph moved. */
function reEdit(paras: string[][]): string[][] {
  const out = paras.map((p) =>
    p.flatMap((s): string[] => {
      const r = rnd();
      if (r < 0.25) return [s.replace(/ \w+ /, ` ${pick(VOCAB)} `).replace(/ \w+\.$/, ` ${pick(VOCAB)}.`)];
      if (r < 0.3) return [makeSentence()];
      if (r < 0.35) return [];
      if (r < 0.4) {
        const w = s.slice(0, -1).split(' ');
        const h = Math.floor(w.length / 2);
        return [`${w.slice(0, h).join(' ')}.`, `${w[h]![0]!.toUpperCase()}${w.slice(h).join(' ').slice(1)}.`];
      }
      return [s];
    }),
  );
  const moved = out.splice(Math.floor(out.length / 3), 1);
  out.splice(Math.floor((out.length * 2) / 3), 0, ...moved);
  return out;
}

const join = (paras: string[][]) => paras.map((p) => p.join(' ')).join('\n\n');

function scoreGroups(groups: string[][]): string {
  const event = (id: string) => id.split('-')[0];
  const pure = groups.filter((g) => new Set(g.map(event)).size === 1).length;
  const events = new Set(groups.flat().map(event)).size;
  return `${groups.length} groups for ${events} events, ${pure} pure`;
}

export async function run(): Promise<void> {
  const textA = join(makeArticle(400));
  const textB = join(reEdit(textA.split('\n\n').map((p) => p.split(/(?<=\.) /))));
  const a = { id: 'a', text: textA, analysis: analyzeText(textA, models) };
  const b = { id: 'b', text: textB, analysis: analyzeText(textB, models) };
  const result = compareArticles(a, b);
  console.log(
    `articles: ${(textA.length / 1024).toFixed(1)} KB (${a.analysis.sentences.length} sentences) vs ` +
      `${(textB.length / 1024).toFixed(1)} KB; pairs ${result.pairs.length}, moved ${result.summary.counts.moved}`,
  );
  const mine = await timeMedian(() => compareArticles(a, b), 7, 1);
  const base = await timeMedian(() => {
    const table = buildSimilarityTable(
      describeSentences(textA, a.analysis).map((s) => s.features),
      describeSentences(textB, b.analysis).map((s) => s.features),
    );
    return alignByBestMatch(table);
  });
  console.log(
    `compareArticles median ${ms(mine)}; TF-IDF best-match baseline ${ms(base)}; ratio ${(mine / base).toFixed(2)}x`,
  );

  // Two ~1 MB versions: the pairs the table keeps against the n × m doubles a full table would need.
  const bigA = join(makeArticle(8000));
  const bigB = join(reEdit(bigA.split('\n\n').map((p) => p.split(/(?<=\.) /))));
  const x = { id: 'a', text: bigA, analysis: analyzeText(bigA, models) };
  const y = { id: 'b', text: bigB, analysis: analyzeText(bigB, models) };
  const table = buildSimilarityTable(
    describeSentences(bigA, x.analysis).map((s) => s.features),
    describeSentences(bigB, y.analysis).map((s) => s.features),
    0.15,
  );
  const kept = table.rowStart.byteLength + table.cols.byteLength + table.dots.byteLength;
  const heapBefore = process.memoryUsage().heapUsed;
  const big = await timeMedian(() => compareArticles(x, y), 3, 0);
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(
    `1 MB: ${(bigA.length / 1e6).toFixed(2)} MB (${table.n} sentences) vs ${(bigB.length / 1e6).toFixed(2)} MB ` +
      `(${table.m}); compareArticles median ${ms(big)} (${(big / mine).toFixed(1)}x the 50 KB case for ` +
      `${(bigA.length / textA.length).toFixed(0)}x the text); table ${(kept / 1e6).toFixed(2)} MB against ` +
      `${((table.n * table.m * 8) / 1e6).toFixed(0)} MB for n × m doubles; heap after ${(heapAfter / 1e6).toFixed(0)} MB ` +
      `(before ${(heapBefore / 1e6).toFixed(0)} MB)`,
  );

  const small = makeNewsLibrary(1000);
  const large = makeNewsLibrary(10000);
  console.log(`corpus 1k: ${scoreGroups(groupRelatedArticles(small))}`);
  const t1 = await timeMedian(() => groupRelatedArticles(small), 5, 1);
  const t10 = await timeMedian(() => groupRelatedArticles(large), 3, 0);
  console.log(`corpus 10k: ${scoreGroups(groupRelatedArticles(large))}`);
  console.log(
    `groupRelatedArticles 1,000 docs median ${ms(t1)}; 10,000 docs ${ms(t10)}; growth 10k/1k ${(t10 / t1).toFixed(1)}x`,
  );
}
