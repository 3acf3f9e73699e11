// Exporting 10,000 annotations on 500 generated articles to each format, against `JSON.stringify` of the
// same annotations in the same run; then creating and parsing a backup of 1,000 articles (~5 KB each).
import { describeRange } from '../src/core/anchor';
import {
  createBackup,
  exportBrat,
  exportCsv,
  exportJsonlSpans,
  exportMarkdownReport,
  exportWebAnnotations,
  parseBackup,
  parseWebAnnotations,
} from '../src/core/export';
import type { ExportArticle } from '../src/core/export';
import { CTX, makeArticle } from '../src/core/export/test-fixtures';
import type { Analysis, Annotation, Article } from '../src/core/model';
import { ms, timeMedian } from './stats';

const words =
  'the council said on Monday that a new bridge over the river would cost more than planned'.split(' ');

function makeText(seed: number, size: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const w = words[(seed * 7 + i * 13) % words.length]!;
    out.push(i % 17 === 16 ? `${w} ${seed + i}.` : w);
    n += w.length + 1;
  }
  return out.join(' ');
}

function makeItems(count: number, perArticle: number, size: number): ExportArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const article: Article = makeArticle(`art-${i}`, makeText(i, size));
    const annotations: Annotation[] = Array.from({ length: perArticle }, (_, j) => {
      const start = (j * 211) % (article.text.length - 80);
      return {
        id: `00000000-0000-4000-8000-${String(i * 1000 + j).padStart(12, '0')}`,
        articleId: article.id,
        target: describeRange(article.text, start, start + 40),
        note: j % 3 === 0 ? '' : `Note ${j}, with "quotes"\nand a second line`,
        label: j % 2 ? 'l1' : null,
        tags: j % 4 ? ['t1', 't2'] : [],
        createdAt: 1_900_000_000_000,
        updatedAt: 1_900_000_000_000,
      };
    });
    const analysis: Analysis = {
      articleId: article.id,
      engineVersion: 1,
      analyzedAt: 1,
      sentences: [],
      entities: Array.from({ length: 30 }, (_, k) => ({
        start: k * 50,
        end: k * 50 + 6,
        type: 'ORG' as const,
        text: article.text.slice(k * 50, k * 50 + 6),
        canonical: 'x',
      })),
      claims: [
        {
          start: 0,
          end: 80,
          score: 0.5,
          attribution: null,
          speaker: null,
          hedge: null,
          quotes: [],
          numbers: [],
        },
      ],
      quotes: [],
    };
    return { article, analysis, annotations, corrections: [] };
  });
}

export async function run(): Promise<void> {
  const items = makeItems(500, 20, 3000);
  const all = items.flatMap((i) => i.annotations);
  const baseline = await timeMedian(() => JSON.stringify(all), 5, 1);
  console.log(
    `10,000 annotations on 500 articles; baseline JSON.stringify of the annotations: ${ms(baseline)}`,
  );
  const formats: Array<[string, () => unknown]> = [
    ['W3C JSON-LD', () => exportWebAnnotations(items, CTX)],
    ['CSV', () => exportCsv(items, CTX)],
    ['JSONL spans', () => exportJsonlSpans(items, CTX)],
    ['Markdown report', () => exportMarkdownReport(items, CTX)],
    ['brat (500 files)', () => items.map((i) => exportBrat(i, CTX))],
  ];
  for (const [name, fn] of formats) {
    const t = await timeMedian(fn, 5, 1);
    console.log(`${name}: ${ms(t)} median (${(t / baseline).toFixed(1)}x JSON.stringify)`);
  }
  const w3c = exportWebAnnotations(items, CTX);
  const parse = await timeMedian(() => parseWebAnnotations(w3c), 5, 1);
  console.log(`parse W3C back: ${ms(parse)} median (${(parse / baseline).toFixed(1)}x)`);

  const big = makeItems(1000, 10, 5000);
  const data = {
    articles: big.map((i) => i.article),
    analyses: big.map((i) => i.analysis!),
    annotations: big.flatMap((i) => i.annotations),
    tags: CTX.tags,
    labels: CTX.labels,
    corrections: [],
    outlets: [],
  };
  let json = '';
  const create = await timeMedian(() => (json = createBackup(data)), 5, 1);
  const read = await timeMedian(() => parseBackup(json), 5, 1);
  const plain = await timeMedian(() => JSON.parse(json), 5, 1);
  console.log(
    `backup of 1,000 articles (${(json.length / 1e6).toFixed(1)} MB): create ${ms(create)}, parse+validate ${ms(read)} median (${(read / plain).toFixed(1)}x plain JSON.parse ${ms(plain)})`,
  );
}
