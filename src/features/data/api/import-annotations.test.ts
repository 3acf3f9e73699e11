import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../../../core/export/test-fixtures';
import { storeArticles } from '../../../db/article-repo';
import { countWorkbench } from '../../../db/export-repo';
import { db } from '../../../db/schema';
import { importAnnotationsFile } from './import-annotations';

const mill = makeArticle('mill', 'The Greyford mill will become a library, planners confirmed on Monday.');
const quote = (exact: string, source?: string) => ({
  type: 'Annotation',
  body: { type: 'TextualBody', value: `note on ${exact}`, purpose: 'commenting' },
  target: { ...(source ? { source } : {}), selector: { type: 'TextQuoteSelector', exact } },
});
const file = (items: unknown[], name = 'notes.jsonld') =>
  new File([JSON.stringify({ type: 'AnnotationPage', items })], name);
const noop = () => {};

beforeEach(async () => {
  await db.delete();
  await db.open();
  await storeArticles([mill]);
});

describe('importAnnotationsFile', () => {
  it('reports what was added, what was already there and which quotes matched nothing', async () => {
    const items = [quote('Greyford mill'), quote('planners'), quote('a ferry to nowhere')];
    expect(await importAnnotationsFile(file(items), noop)).toBe(
      '2 annotations added to 1 article, 0 already present, 1 could not be matched (quote “a ferry to nowhere”).',
    );
    expect(await importAnnotationsFile(file(items), noop)).toMatch(
      /^0 annotations added to 0 articles, 2 already present/,
    );
    expect((await countWorkbench()).annotations).toBe(2);
  });

  it('refuses a file whose annotations match no article, and stores nothing', async () => {
    const items = [quote('a ferry to nowhere', 'https://elsewhere.example/story')];
    await expect(importAnnotationsFile(file(items, 'other.jsonld'), noop)).rejects.toThrow(
      /None of the 1 annotation in “other\.jsonld” matched .* Nothing was changed\./,
    );
    await expect(importAnnotationsFile(new File(['{"items": ['], 'cut.jsonld'), noop)).rejects.toThrow(
      /Could not import “cut\.jsonld”/,
    );
    expect((await countWorkbench()).annotations).toBe(0);
  });
});
