import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_COLUMNS, exportCsv, guardFormula, parseCsv } from './csv';
import { CTX, FERRY_TEXT, makeAnnotation, makeArticle } from './test-fixtures';

describe('exportCsv', () => {
  const article = makeArticle('a1', FERRY_TEXT);

  it('starts with a BOM, ends rows with CRLF and quotes fields as RFC 4180 says', () => {
    const a = makeAnnotation('n1', article, '"We cannot cover the fuel bill,"', {
      note: 'two\nlines',
      tags: ['t1', 't2'],
    });
    const csv = exportCsv([{ article, analysis: null, annotations: [a], corrections: [] }], CTX);
    expect(csv.startsWith('\uFEFFarticle,source,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv).toContain(',"""We cannot cover the fuel bill,""","two\nlines",,"follow-up; budget, 2031",');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const a = makeAnnotation('n1', article, 'harbour board', { note: '=HYPERLINK("http://evil.example")' });
    const [, row] = parseCsv(
      exportCsv([{ article, analysis: null, annotations: [a], corrections: [] }], CTX),
    );
    expect(row![CSV_COLUMNS.indexOf('note')]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(['+1', '-2', '@x', '\tx', 'ok'].map(guardFormula)).toEqual(["'+1", "'-2", "'@x", "'\tx", 'ok']);
    // Spreadsheets skip leading spaces and line breaks before a formula, so those cells are guarded too.
    expect([' =1+1', '\n=cmd', ' \r\n@SUM(A1)', '\u00a0-2', 'a =b', ' ok'].map(guardFormula)).toEqual([
      "' =1+1",
      "'\n=cmd",
      "' \r\n@SUM(A1)",
      "'\u00a0-2",
      'a =b',
      ' ok',
    ]);
  });

  it('round-trips any notes and quotes through an RFC 4180 parser', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme', minLength: 1 })), {
          maxLength: 6,
        }),
        (pairs) => {
          const text = pairs.map(([, q]) => q).join(' | ') || 'x';
          const art = makeArticle('p', text);
          const annotations = pairs.map(([note, q], i) =>
            makeAnnotation(`n${i}`, art, q, { note, createdAt: i }),
          );
          const rows = parseCsv(
            exportCsv([{ article: art, analysis: null, annotations, corrections: [] }], CTX),
          );
          expect(rows[0]).toEqual(CSV_COLUMNS);
          const got = rows
            .slice(1)
            .map((r) => [r[CSV_COLUMNS.indexOf('note')], r[CSV_COLUMNS.indexOf('quote')]])
            .sort();
          const want = annotations
            .map((a) => [guardFormula(a.note), guardFormula(a.target.quote.exact)])
            .sort();
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });
});
