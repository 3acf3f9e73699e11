import { describe, expect, it } from 'vitest';
import type { Correction } from '../model';
import { exportBrat } from './brat';
import { exportCsv, parseCsv } from './csv';
import { exportJsonlSpans } from './jsonl-spans';
import { escapeMarkdown, exportMarkdownReport } from './markdown-report';
import { CTX, FERRY_TEXT, makeAnnotation, makeArticle, makeFerryAnalysis } from './test-fixtures';
import type { ExportContext } from './types';

const article = makeArticle('a1', FERRY_TEXT);
const analysis = makeFerryAnalysis('a1');
const oak = analysis.entities[0]!;
const reject: Correction = {
  id: 'c1',
  articleId: 'a1',
  target: 'entity',
  start: oak.start,
  end: oak.end,
  text: oak.text,
  action: { kind: 'reject' },
  createdAt: 1,
};
const annotations = [
  makeAnnotation('n1', article, 'fuel bill', {
    note: 'Ask for\nthe accounts *now*',
    label: 'l1',
    tags: ['t1'],
  }),
  makeAnnotation('n2', article, 'Tuesday.\n\n"We cannot'),
];
const item = { article, analysis, annotations, corrections: [reject] };

describe('exportJsonlSpans', () => {
  it('writes one line per article with corrected entities and annotation spans in order', () => {
    const lines = exportJsonlSpans([item, item], CTX).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const line = JSON.parse(lines[0]!);
    const at = (q: string) => FERRY_TEXT.indexOf(q);
    expect(line.label).toEqual([
      [at('Tuesday.'), at('Tuesday.') + 20, 'ANNOTATION'],
      [at('fuel bill'), at('fuel bill') + 9, 'Key fact'],
      [at('Mara Lind'), at('Mara Lind') + 9, 'PERSON'],
    ]);
    expect(line.meta).toMatchObject({ title: 'Story a1', source: 'Brellport Gazette' });
  });
});

describe('exportBrat', () => {
  it('writes T lines, split at line breaks, and annotator notes', () => {
    const { txt, ann } = exportBrat(item, CTX);
    expect(txt).toBe(FERRY_TEXT);
    const s = FERRY_TEXT.indexOf('Tuesday.');
    expect(ann.split('\n')).toEqual([
      `T1\tPERSON ${FERRY_TEXT.indexOf('Mara Lind')} ${FERRY_TEXT.indexOf('Mara Lind') + 9}\tMara Lind`,
      `T2\tAnnotation ${s} ${s + 8};${s + 10} ${s + 20}\tTuesday. "We cannot`,
      expect.stringMatching(/^T3\tKey_fact \d+ \d+\tfuel bill$/),
      '#1\tAnnotatorNotes T3\tAsk for the accounts *now* [tags: follow-up]',
      '',
    ]);
  });
});

describe('exportBrat with hostile names', () => {
  it('keeps every note, tag name and span text on its own line with its three fields', () => {
    const text = 'The mayor\tresigned on Friday.\u2028Officials denied it.';
    const art = makeArticle('b1', text);
    const ctx: ExportContext = {
      ...CTX,
      tags: [{ id: 'evil', name: 'x\nT99\tPERSON 0 3\tforged', color: '#000000' }],
    };
    const a = makeAnnotation('n1', art, 'mayor\tresigned', { note: 'a\r\nT98\tORG 0 1\tb', tags: ['evil'] });
    const { ann } = exportBrat({ article: art, analysis: null, annotations: [a], corrections: [] }, ctx);
    const lines = ann.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.split('\t')).toHaveLength(3);
    expect(lines[1]).toBe('#1\tAnnotatorNotes T1\ta T98 ORG 0 1 b [tags: x T99 PERSON 0 3 forged]');
  });
});

describe('exportMarkdownReport', () => {
  const md = exportMarkdownReport([item], CTX);

  it('lists claims with hedge and annotations in text order with escaped notes', () => {
    expect(md).toContain('## Story a1');
    expect(md).toContain('- **URL:** <https://gazette.example/a1>');
    expect(md).toContain(
      '> The service is believed to lose 40,000 a month.\n\n— unattributed; hedged: “is believed to”',
    );
    expect(md.indexOf('> Tuesday.')).toBeLessThan(md.indexOf('> fuel bill'));
    expect(md).toContain('- **Note:** Ask for\\\n  the accounts \\*now\\*');
    expect(md).toContain('- **Tags:** follow-up');
  });

  it('names whom a pronoun speaker stands for, and leaves a speaker named by its own words as it is', () => {
    const analysis = makeFerryAnalysis('a1');
    const claim = analysis.claims[0]!;
    const at = FERRY_TEXT.indexOf('The service');
    const speak = (text: string, canonical: string) => ({
      ...claim,
      attribution: { start: at, end: at + 4, kind: 'person' as const, text: 'said' },
      speaker: { start: at, end: at + text.length, canonical, text },
    });
    const report = (c: typeof claim) =>
      exportMarkdownReport([{ ...item, analysis: { ...analysis, claims: [c] } }], CTX);
    expect(report(speak('She', 'Mara Lind'))).toContain('— attributed to She (Mara Lind), “said” (person)');
    expect(report(speak('The board chair', 'board chair'))).toContain(
      '— attributed to The board chair, “said”',
    );
  });

  it("puts the analyst's annotations before the automatic findings, each article in its part", () => {
    const quiet = { ...item, article: makeArticle('a3', FERRY_TEXT), annotations: [] };
    const report = exportMarkdownReport([quiet, item], CTX);
    const notes = report.indexOf('## Annotations');
    const found = report.indexOf('## Automatic findings');
    expect(notes).toBeGreaterThan(-1);
    expect(notes).toBeLessThan(report.indexOf('> fuel bill'));
    expect(report.indexOf('> fuel bill')).toBeLessThan(found);
    expect(found).toBeLessThan(report.indexOf('> The service is believed to lose'));
    // The article without annotations is only among the findings.
    expect(report.indexOf('### Story a3')).toBeGreaterThan(found);
    expect(report.indexOf('### Story a1')).toBeLessThan(found);
    expect(report).toContain('2 article(s), 2 annotation(s)');
  });

  it('writes only http(s) URLs as links, and link syntax in titles as text', () => {
    const report = (extra: Parameters<typeof makeArticle>[2]) =>
      exportMarkdownReport([{ ...item, article: makeArticle('a2', FERRY_TEXT, extra) }], CTX);
    const script = report({ url: 'javascript:alert(1)' });
    expect(script).toContain('- **URL:** javascript:alert(1)\n');
    expect(script).not.toContain('<javascript:');
    expect(report({ url: 'https://[::1' })).toContain('- **URL:** https://\\[::1\n');
    expect(report({ url: 'https://news.example/a b<c>' })).toContain(
      '- **URL:** <https://news.example/a%20b%3Cc%3E>',
    );
    const linked = report({ title: '[click](javascript:alert(1))', source: '<https://evil.example>' });
    expect(linked).toContain('## \\[click\\](javascript:alert(1))');
    expect(linked).toContain('- **Source:** \\<https://evil.example\\>');
  });

  it('escapes text that would otherwise become Markdown', () => {
    expect(escapeMarkdown('# not a heading\n- not a list\n1. nor this')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. nor this',
    );
  });
});

describe('the article’s own tags', () => {
  it('travel with its annotations in the CSV, the Markdown report and the JSONL spans', () => {
    const tagged = { ...item, article: { ...article, tags: ['t1', 't2', 'gone'] } };
    const rows = parseCsv(exportCsv([tagged], CTX));
    const column = rows[0]!.indexOf('article_tags');
    expect(rows.slice(1).map((r) => r[column])).toEqual([
      'follow-up; budget, 2031',
      'follow-up; budget, 2031',
    ]);
    expect(exportMarkdownReport([tagged], CTX)).toContain('- **Article tags:** follow-up, budget, 2031');
    expect(JSON.parse(exportJsonlSpans([tagged], CTX)).meta.tags).toEqual(['follow-up', 'budget, 2031']);
  });
});
