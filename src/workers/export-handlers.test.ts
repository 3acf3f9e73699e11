import { describe, expect, it } from 'vitest';
import { createBackup } from '../core/export';
import { CTX, FERRY_TEXT, makeAnnotation, makeArticle } from '../core/export/test-fixtures';
import { exportHandlers } from './export-handlers';

const article = makeArticle('a1', FERRY_TEXT);
const item = {
  article,
  analysis: null,
  annotations: [makeAnnotation('n1', article, 'fuel bill', { note: 'ask' })],
  corrections: [],
};

describe('export worker commands', () => {
  it('formats each export with its extension, and brat as an .ann and .txt pair for one article', async () => {
    const [csv] = await exportHandlers.exportAnnotations({ format: 'csv', items: [item], ctx: CTX });
    expect(csv).toMatchObject({ extension: 'csv', mimeType: expect.stringContaining('text/csv') });
    expect(csv!.text).toContain('fuel bill');
    const brat = await exportHandlers.exportAnnotations({ format: 'brat', items: [item], ctx: CTX });
    expect(brat.map((f) => f.extension)).toEqual(['ann', 'txt']);
    await expect(
      exportHandlers.exportAnnotations({ format: 'brat', items: [item, item], ctx: CTX }),
    ).rejects.toThrow('exactly one article');
  });

  it('reads exported JSON-LD back onto the stored article, and refuses what is not JSON', async () => {
    const [jsonld] = await exportHandlers.exportAnnotations({ format: 'jsonld', items: [item], ctx: CTX });
    const result = await exportHandlers.importWebAnnotations({ json: jsonld!.text, articles: [article] });
    expect(result.ok && result.value.matched.map((m) => [m.articleId, m.note])).toEqual([['a1', 'ask']]);
    const bad = await exportHandlers.importWebAnnotations({ json: '{"items": [', articles: [article] });
    expect(bad.ok).toBe(false);
  });

  it('refuses a backup from a newer version', async () => {
    const data = {
      articles: [],
      analyses: [],
      annotations: [],
      tags: [],
      labels: [],
      corrections: [],
      outlets: [],
    };
    const future = createBackup(data).replace('"version":2', '"version":7');
    const parsed = await exportHandlers.parseBackup({ json: future });
    expect(parsed.ok ? '' : parsed.error).toContain('newer version');
  });
});
