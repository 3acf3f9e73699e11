import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from './html-reader';
import { ingestFile } from '../core/ingest';

type ArticleExpectation = {
  title?: string;
  source?: string | null;
  agency?: string;
  date?: string | null;
  url?: string | null;
  text?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  removedReasons?: string[];
};
type Expectation = ArticleExpectation & {
  split?: 'held-out';
  error?: string;
  warnings?: string[];
  articles?: ArticleExpectation[];
};

const root = path.resolve(__dirname, '../../test-data/ingest');
const readExpected = (name: string): Expectation =>
  JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Expectation;
// Held-out cases are scored only by `npm run eval`: a test that must pass would be a case tuned on.
const cases = readdirSync(root).filter(
  (name) => !name.startsWith('.') && !name.endsWith('.md') && readExpected(name).split !== 'held-out',
);

function checkArticle(
  actual: {
    title: string;
    source: string | null;
    agency?: string;
    date: string | null;
    url: string | null;
    text: string;
    removed: readonly { reason: string }[];
  },
  expected: ArticleExpectation,
): void {
  for (const key of ['title', 'source', 'agency', 'date', 'url', 'text'] as const) {
    if (key in expected) expect(actual[key], key).toBe(expected[key]);
  }
  for (const s of expected.mustContain ?? []) expect(actual.text).toContain(s);
  for (const s of expected.mustNotContain ?? []) expect(actual.text).not.toContain(s);
  const reasons = new Set(actual.removed.map((r) => r.reason));
  for (const reason of expected.removedReasons ?? []) expect([...reasons]).toContain(reason);
  expect(actual.text).not.toMatch(/\n{3,}|^\s|\s$/);
}

describe('ingest golden cases (test-data/ingest)', () => {
  it('has the cases the importer promises to handle', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', (name) => {
    const dir = path.join(root, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
    const expected = readExpected(name);
    const outcome = ingestFile(
      { fileName: input, bytes: new Uint8Array(readFileSync(path.join(dir, input))) },
      { readHtml },
    );
    if (expected.error) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error).toContain(expected.error);
      return;
    }
    if (!outcome.ok) throw new Error(outcome.error);
    for (const w of expected.warnings ?? []) expect(outcome.warnings.join('\n')).toContain(w);
    const articles = expected.articles ?? [expected];
    expect(outcome.articles).toHaveLength(articles.length);
    articles.forEach((exp, i) => checkArticle(outcome.articles[i]!, exp));
  });
});
