import { describe, expect, it } from 'vitest';
import type { Correction } from '../model';
import { exportBrat } from './brat';
import { exportJsonlSpans } from './jsonl-spans';
import { escapeMarkdown, exportMarkdownReport } from './markdown-report';
import { CTX, FERRY_TEXT, makeAnnotation, makeArticle, makeFerryAnalysis } from './test-fixtures';

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

  it('escapes text that would otherwise become Markdown', () => {
    expect(escapeMarkdown('# not a heading\n- not a list\n1. nor this')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. nor this',
    );
  });
});
