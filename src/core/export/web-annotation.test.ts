import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeRange } from '../anchor';
import type { Annotation, Article } from '../model';
import { matchImportedAnnotations } from './match-imported';
import { CTX, FERRY_TEXT, LABELS, makeAnnotation, makeArticle } from './test-fixtures';
import type { ExportContext } from './types';
import { exportWebAnnotations } from './web-annotation';
import { parseWebAnnotations } from './web-annotation-parse';

describe('exportWebAnnotations', () => {
  const article = makeArticle('a1', FERRY_TEXT, { url: null });
  const noted = makeAnnotation('3f1c1a52-8d7e-4b7a-9a51-3b0f6f1d2c44', article, 'Mara Lind', {
    note: 'Check her title',
    tags: ['t2'],
    label: 'l1',
  });
  const doc = JSON.parse(
    exportWebAnnotations([{ article, analysis: null, annotations: [noted], corrections: [] }], CTX),
  );

  it('writes an AnnotationCollection with an embedded first page, as the W3C model describes', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(doc.total).toBe(1);
    expect(doc.first.type).toBe('AnnotationPage');
  });

  it('writes note, tags and label as bodies and the target with both selectors', () => {
    const a = doc.first.items[0];
    expect(a).toMatchObject({
      id: 'urn:uuid:3f1c1a52-8d7e-4b7a-9a51-3b0f6f1d2c44',
      type: 'Annotation',
      motivation: 'commenting',
    });
    expect(a.body).toEqual([
      { type: 'TextualBody', value: 'Check her title', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'budget, 2031', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Key fact', purpose: 'classifying' },
    ]);
    expect(a.target.type).toBe('SpecificResource');
    expect(a.target.source.id).toBe(`urn:sha256:${article.contentHash}`);
    expect(a.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'Mara Lind' });
    expect(a.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: noted.target.position.start,
      end: noted.target.position.end,
    });
  });
});

describe('exportWebAnnotations names the article of each annotation', () => {
  const export1 = (article: Article) =>
    JSON.parse(
      exportWebAnnotations(
        [
          {
            article,
            analysis: null,
            annotations: [makeAnnotation('n1', article, 'Mara Lind')],
            corrections: [],
          },
        ],
        CTX,
      ),
    ).first.items[0].target.source;

  it('gives the source its stable id with the title, outlet, date and tags as Dublin Core elements', () => {
    const article = makeArticle('a1', FERRY_TEXT, { url: null, tags: ['t1', 'gone'] });
    expect(export1(article)).toEqual({
      id: `urn:sha256:${article.contentHash}`,
      type: 'Text',
      'dc:title': 'Story a1',
      'dc:publisher': 'Brellport Gazette',
      'dc:date': '2031-04-02',
      'dc:subject': ['follow-up'],
    });
  });

  it("uses the article's URL as its id when known, and leaves out what is not known", () => {
    const article = makeArticle('a2', FERRY_TEXT, { source: null, date: null });
    expect(export1(article)).toEqual({
      id: 'https://gazette.example/a2',
      type: 'Text',
      'dc:title': 'Story a2',
    });
  });

  it('reads the source id back, so a re-import finds the article by it', () => {
    const article = makeArticle('a1', FERRY_TEXT, { url: null });
    const json = exportWebAnnotations(
      [
        {
          article,
          analysis: null,
          annotations: [makeAnnotation('n1', article, 'Mara Lind')],
          corrections: [],
        },
      ],
      CTX,
    );
    const parsed = parseWebAnnotations(json);
    expect(parsed.ok && parsed.value.annotations[0]!.source).toBe(`urn:sha256:${article.contentHash}`);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(matchImportedAnnotations(parsed.value, [article]).matched[0]!.matchedBy).toBe('source');
  });
});

describe('parseWebAnnotations', () => {
  it('refuses a file that is not JSON and says a cut-off file looks truncated', () => {
    expect(parseWebAnnotations('hello')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not valid JSON/),
    });
    const json = exportWebAnnotations([], CTX);
    expect(parseWebAnnotations(json.slice(0, -20))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/truncated/),
    });
  });

  it('skips annotations without text selectors, with a warning', () => {
    const result = parseWebAnnotations(
      JSON.stringify([{ type: 'Annotation', target: 'https://x.example/' }]),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { annotations: [] },
      warnings: [expect.stringMatching(/no target/)],
    });
  });
});

describe('parseWebAnnotations with hostile input', () => {
  const one = (
    extra: Record<string, unknown>,
    selector: unknown[] = [{ type: 'TextQuoteSelector', exact: 'fuel bill' }],
  ) =>
    parseWebAnnotations(
      JSON.stringify([{ type: 'Annotation', target: { source: 'https://x.example/', selector }, ...extra }]),
    );

  it('refuses tag and label names that are not one sane line, naming the annotation', () => {
    for (const [body, why] of [
      [{ purpose: 'tagging', value: 'ok\nT9\tforged' }, 'annotation 1: its tag is "ok\\nT9\\tforged"'],
      [{ purpose: 'tagging', value: 42 }, 'annotation 1: its tag is 42'],
      [{ purpose: 'classifying', value: 'x'.repeat(201) }, 'annotation 1: its label is "xxxx'],
      [{ purpose: 'tagging', value: '   ' }, 'annotation 1: its tag is "   "'],
    ] as const) {
      const r = one({ body: [body] });
      expect(r.ok && r.value.annotations).toEqual([]);
      expect(r.ok && r.warnings[0]).toContain(why);
    }
    const fine = one({ body: [{ purpose: 'tagging', value: 'budget 2031' }] });
    expect(fine.ok && fine.value.annotations[0]!.tagNames).toEqual(['budget 2031']);
  });

  it('refuses positions that are no range in any text', () => {
    for (const [start, end] of [
      [-50, 1e15],
      [9, 3],
      [0, 2 ** 60],
    ]) {
      const r = one({}, [{ type: 'TextPositionSelector', start, end }]);
      expect(r.ok && r.warnings).toEqual([expect.stringContaining('which is no range in a text')]);
    }
  });

  it('keeps an orphan annotation position inside the text of its article', () => {
    const article = makeArticle('a1', FERRY_TEXT, { url: 'https://x.example/' });
    const parsed = one({}, [
      { type: 'TextQuoteSelector', exact: 'not in the story at all' },
      { type: 'TextPositionSelector', start: 5, end: 1e12 },
    ]);
    if (!parsed.ok) throw new Error(parsed.error);
    const { matched } = matchImportedAnnotations(parsed.value, [article]);
    expect(matched[0]!.target).toMatchObject({
      orphaned: true,
      position: { start: 5, end: FERRY_TEXT.length },
    });
  });
});

describe('matchImportedAnnotations', () => {
  it('finds the article by quote when the source is unknown', () => {
    const article = makeArticle('a1', FERRY_TEXT);
    const annotation = makeAnnotation('x', article, 'harbour board');
    const json = exportWebAnnotations(
      [
        {
          article: { ...article, url: 'https://elsewhere.example/' },
          analysis: null,
          annotations: [annotation],
          corrections: [],
        },
      ],
      CTX,
    );
    const parsed = parseWebAnnotations(json);
    if (!parsed.ok) throw new Error(parsed.error);
    const { matched, unmatched } = matchImportedAnnotations(parsed.value, [
      makeArticle('b', 'Other story.'),
      article,
    ]);
    expect(unmatched).toEqual([]);
    expect(matched[0]).toMatchObject({ articleId: 'a1', matchedBy: 'quote', target: annotation.target });
  });

  it('returns annotations found nowhere as unmatched', () => {
    const article = makeArticle('a1', FERRY_TEXT);
    const json = exportWebAnnotations(
      [
        {
          article,
          analysis: null,
          annotations: [makeAnnotation('x', article, 'fuel bill')],
          corrections: [],
        },
      ],
      CTX,
    );
    const parsed = parseWebAnnotations(json);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(matchImportedAnnotations(parsed.value, [makeArticle('b', 'Other story.')]).unmatched).toHaveLength(
      1,
    );
  });
});

describe('W3C round trip (property)', () => {
  const textArb = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', '\n', ', ', '"', '🎉', 'é'),
      ),
      {
        minLength: 5,
        maxLength: 60,
      },
    )
    .map((parts) => parts.join(''));
  const noteArb = fc.oneof(
    fc.constant(''),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('line one\nline "two", ok', '=SUM(A1)'),
  );
  // Names the app lets an analyst type: one line, not blank.
  const tagNameArb = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 10 })
    // eslint-disable-next-line no-control-regex -- what a typed name cannot hold
    .filter((n) => n.trim() !== '' && !/[\x00-\x1f\x7f-\x9f\u2028\u2029]/.test(n));

  it('gives back the same targets, notes, labels and tags', () => {
    fc.assert(
      fc.property(
        fc.array(textArb, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(tagNameArb, { minLength: 1, maxLength: 4 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(),
            fc.nat(),
            noteArb,
            fc.boolean(),
            fc.array(fc.nat(), { maxLength: 3 }),
            fc.uuid(),
          ),
          { maxLength: 8 },
        ),
        (texts, tagNames, specs) => {
          const articles = texts.map((t, i) => makeArticle(`a${i}`, t, i % 2 ? { url: null } : {}));
          const ctx: ExportContext = {
            ...CTX,
            tags: tagNames.map((name, i) => ({ id: `t${i}`, name, color: '#000000' })),
            labels: LABELS,
          };
          const annotations: Annotation[] = specs.map(([ai, s, len, note, labelled, tagIdx, id]) => {
            const article = articles[ai % articles.length]!;
            const start = s % article.text.length;
            const end = Math.min(article.text.length, start + 1 + (len % 20));
            return {
              id,
              articleId: article.id,
              target: describeRange(article.text, start, end),
              note,
              label: labelled ? 'l1' : null,
              tags: [...new Set(tagIdx.map((t) => `t${t % tagNames.length}`))],
              createdAt: 1_900_000_000_000,
              updatedAt: 1_900_000_000_000,
            };
          });
          const items = articles.map((article) => ({
            article,
            analysis: null,
            annotations: annotations.filter((a) => a.articleId === article.id),
            corrections: [],
          }));
          const parsed = parseWebAnnotations(exportWebAnnotations(items, ctx));
          if (!parsed.ok) throw new Error(parsed.error);
          const { matched, unmatched } = matchImportedAnnotations(parsed.value, articles);
          expect(unmatched).toEqual([]);
          const tagName = (id: string) => ctx.tags.find((t) => t.id === id)!.name;
          const expected = annotations.map((a) => ({
            id: a.id,
            articleId: a.articleId,
            target: a.target,
            note: a.note,
            labelName: a.label ? 'Key fact' : null,
            tagNames: a.tags.map(tagName).sort(),
          }));
          const actual = matched.map((m) => ({
            id: m.id,
            articleId: m.articleId,
            target: m.target,
            note: m.note,
            labelName: m.labelName,
            tagNames: [...m.tagNames].sort(),
          }));
          const byId = (x: { id: string | null }, y: { id: string | null }) => (x.id! < y.id! ? -1 : 1);
          expect(actual.sort(byId)).toEqual(expected.sort(byId));
        },
      ),
      { numRuns: 150 },
    );
  });
});
