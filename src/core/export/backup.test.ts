import { describe, expect, it } from 'vitest';
import type { BackupData } from '../model';
import { createBackup, migrateBackup, parseBackup } from './backup';
import { mergeBackup } from './backup-merge';
import { FERRY_TEXT, LABELS, TAGS, makeAnnotation, makeArticle, makeFerryAnalysis } from './test-fixtures';

const article = makeArticle('a1', FERRY_TEXT, { tags: ['t1'] });
const data: BackupData = {
  articles: [article],
  analyses: [makeFerryAnalysis('a1')],
  annotations: [
    makeAnnotation('n1', article, 'harbour board', { note: 'who sits on it?', tags: ['t1'], label: 'l1' }),
  ],
  tags: TAGS,
  labels: LABELS,
  corrections: [
    {
      id: 'c1',
      articleId: 'a1',
      target: 'entity',
      start: 4,
      end: 11,
      text: 'Oakport',
      action: { kind: 'confirm' },
      createdAt: 1,
    },
  ],
  outlets: [{ key: 'ferrynews', name: 'Ferry News Desk', mergedInto: null, updatedAt: 2 }],
};

describe('backup', () => {
  it('reads back what it wrote', () => {
    expect(parseBackup(createBackup(data, '2031-04-03T10:00:00.000Z'))).toEqual({
      ok: true,
      value: data,
      warnings: [],
    });
  });

  it('refuses with a reason the analyst can act on', () => {
    const json = createBackup(data);
    const error = (text: string) => {
      const r = parseBackup(text);
      return r.ok ? null : r.error;
    };
    expect(error('{oops')).toMatch(/^not valid JSON: /);
    expect(error(json.slice(0, json.length - 40))).toMatch(/looks truncated/);
    expect(error(JSON.stringify({ format: 'something-else', version: 1 }))).toMatch(
      /not a Coverage Workbench backup/,
    );
    expect(error(json.replace('"version":2', '"version":3'))).toBe(
      'made by a newer version of the workbench (backup version 3; this one reads up to 2)',
    );
    expect(error(json.replace('"note":"who sits on it?"', '"note":7'))).toMatch(
      /annotations\[0\] \(article "a1"\): note is 7, expected text/,
    );
    expect(error(json.replace('"tags":[{', '"tagz":[{'))).toMatch(/"tags" list is missing/);
  });

  describe('refuses a poisoned backup, naming the record and field', () => {
    const poisoned = (change: (file: Record<string, unknown[]>) => void): string => {
      const file = JSON.parse(createBackup(data)) as Record<string, unknown[]>;
      change(file);
      const r = parseBackup(JSON.stringify(file));
      return r.ok ? 'restored' : r.error;
    };
    const first = (file: Record<string, unknown[]>, kind: string) =>
      file[kind]![0] as Record<string, unknown>;

    it('an analysis with null among its entities, or an impossible offset', () => {
      expect(poisoned((f) => (first(f, 'analyses').entities as unknown[]).push(null))).toContain(
        'analyses[0] (article "a1"): entities[2] is null, expected an object',
      );
      expect(
        poisoned((f) => ((first(f, 'analyses').claims as Record<string, unknown>[])[0]!.end = 1e15)),
      ).toMatch(/analyses\[0\] \(article "a1"\): claims\[0\] is the range \d+…1000000000000000, outside/);
    });

    it('removed lines that are not lines, and impossible article metadata', () => {
      expect(poisoned((f) => (first(f, 'articles').removed = [null]))).toContain(
        'articles[0] (id "a1"): removed[0] is null, expected an object',
      );
      expect(poisoned((f) => (first(f, 'articles').wordCount = -1e308))).toContain(
        'articles[0] (id "a1"): wordCount is -1e+308, expected a whole number from 0 to 1000000000',
      );
      expect(poisoned((f) => (first(f, 'articles').wordCount = 12.5))).toContain('wordCount is 12.5');
      expect(poisoned((f) => (first(f, 'articles').date = '99999-01-01'))).toContain('date is "99999-01-01"');
      expect(poisoned((f) => (first(f, 'articles').importedAt = -5))).toContain('importedAt is -5');
    });

    it('orphan annotations and positions outside the text', () => {
      expect(poisoned((f) => (first(f, 'annotations').articleId = 'gone'))).toContain(
        'annotations[0] (article "gone"): articleId names no article in the backup',
      );
      expect(
        poisoned((f) => {
          (first(f, 'annotations').target as { position: object }).position = {
            type: 'TextPositionSelector',
            start: -50,
            end: 1e15,
          };
        }),
      ).toContain('annotations[0] (article "a1"): target.position.start is -50, expected a whole number');
    });

    it('colours outside the strict format and fields this version does not know', () => {
      expect(poisoned((f) => (first(f, 'labels').color = 'url(http://evil.example/x)'))).toContain(
        'labels[0] (id "l1"): color is "url(http://evil.example/x)", expected a colour (#rrggbb or a palette name)',
      );
      expect(poisoned((f) => (first(f, 'tags').extra = { a: 1 }))).toContain(
        'tags[0] (id "t1"): extra is not a field this version knows',
      );
    });

    it('a value nested 60,000 deep, before parsing it', () => {
      const json = createBackup(data).replace(
        '"claims":[',
        `"claims":[${'['.repeat(60_000)}${']'.repeat(60_000)},`,
      );
      expect(parseBackup(json)).toEqual({
        ok: false,
        error: expect.stringMatching(
          /^not a Coverage Workbench backup: values are nested more than 64 levels/,
        ),
      });
    });
  });

  it('reads a version 1 backup, made before outlets could be renamed, as one without outlet records', () => {
    const { outlets: _, ...v1 } = JSON.parse(createBackup(data)) as Record<string, unknown>;
    const result = parseBackup(JSON.stringify({ ...v1, version: 1 }));
    expect(result).toEqual({
      ok: true,
      value: { ...data, outlets: [] },
      warnings: ['upgraded from backup version 1'],
    });
  });

  it('refuses an outlet record of the wrong shape, naming it', () => {
    const bad = { ...data, outlets: [{ key: 'ferrynews', name: '', mergedInto: null, updatedAt: 2 }] };
    const result = parseBackup(createBackup(bad));
    expect(result.ok ? '' : result.error).toContain('outlets[0] (id "ferrynews"): name is ""');
  });

  it('keeps a migration path that leaves a current backup alone', () => {
    const raw = { format: 'coverage-workbench-backup', version: 2 };
    expect(migrateBackup(raw, 2)).toBe(raw);
    expect(() => migrateBackup(raw, 0)).toThrow(/no migration from backup version 0/);
  });
});

describe('mergeBackup', () => {
  it('adds nothing when the same backup is merged twice', () => {
    const { merged, added, skipped } = mergeBackup(data, data);
    expect(merged).toEqual(data);
    expect(Object.values(added).every((n) => n === 0)).toBe(true);
    expect(skipped).toEqual({
      articles: 1,
      analyses: 1,
      annotations: 1,
      tags: 2,
      labels: 1,
      corrections: 1,
      outlets: 1,
    });
  });

  it('re-points records of a duplicate article, tag and label stored under other ids', () => {
    const other = makeArticle('b9', FERRY_TEXT, { tags: ['x1'] });
    const incoming: BackupData = {
      articles: [other, makeArticle('b10', 'A new story about the tram.')],
      analyses: [],
      annotations: [makeAnnotation('m1', other, 'fuel bill', { tags: ['x1'], label: 'y1' })],
      tags: [{ id: 'x1', name: 'follow-up', color: '#ffffff' }],
      labels: [{ id: 'y1', name: 'Key fact', color: '#ffffff', builtIn: true }],
      corrections: [],
      outlets: [
        { key: 'ferrynews', name: 'Ferries Weekly', mergedInto: null, updatedAt: 9 },
        { key: 'tramwire', name: null, mergedInto: 'ferrynews', updatedAt: 9 },
      ],
    };
    const { merged, added } = mergeBackup(data, incoming);
    // The stored name of an outlet stays; a merge the workbench did not know is added.
    expect(merged.outlets.map((o) => [o.key, o.name, o.mergedInto])).toEqual([
      ['ferrynews', 'Ferry News Desk', null],
      ['tramwire', null, 'ferrynews'],
    ]);
    expect(added).toMatchObject({ articles: 1, annotations: 1, tags: 0, labels: 0 });
    expect(merged.annotations[1]).toMatchObject({ id: 'm1', articleId: 'a1', tags: ['t1'], label: 'l1' });
  });

  it('treats an annotation with the same article, quote and note as a duplicate', () => {
    const copy = { ...data.annotations[0]!, id: 'n1-copy' };
    expect(mergeBackup(data, { ...data, annotations: [copy] }).added.annotations).toBe(0);
  });
});
