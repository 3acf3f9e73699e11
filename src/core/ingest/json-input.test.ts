import { describe, expect, it } from 'vitest';
import { parseJsonArticles, parseJsonLines } from './json-input';

describe('parseJsonArticles', () => {
  it('reads one object with alternative field names', () => {
    const r = parseJsonArticles(
      '{"headline":"A","content":"Body text.","site":"Post","published":"2025-01-02"}',
    );
    expect(r).toEqual({
      ok: true,
      warnings: [],
      records: [
        {
          label: 'The object',
          text: 'Body text.',
          meta: { title: 'A', source: 'Post', date: '2025-01-02', url: null },
        },
      ],
    });
  });

  it('reads { articles: [...] } and warns about items without text', () => {
    const r = parseJsonArticles('{"articles":[{"title":"A","body":"x"},{"title":"B"},42]}');
    expect(r.ok && r.records.map((x) => x.meta.title)).toEqual(['A']);
    expect(r.ok && r.warnings).toEqual([
      'Item 2 has no text (expected one of: text, body, content); skipped.',
      'Item 3 is not an object; skipped.',
    ]);
  });

  it('reports malformed JSON with line and column', () => {
    const r = parseJsonArticles('{\n  "title": "A",\n  "text": oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Malformed JSON at line 3, column \d+: /);
  });
});

describe('parseJsonLines', () => {
  it('imports good lines and names the bad ones', () => {
    const r = parseJsonLines('{"title":"A","text":"x"}\n\n{bad\n{"title":"C","text":"z"}\n');
    expect(r.ok && r.records.map((x) => x.label)).toEqual(['Line 1', 'Line 4']);
    expect(r.ok && r.warnings[0]).toMatch(/^Line 3: Malformed JSON/);
  });
});
