import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndex } from '../core/search';
import { V1_RECORDS } from './fixtures/schema-v1-records';
import {
  validateAnnotation,
  validateAnalysis,
  validateCorrection,
  validateTagLike,
} from './records/annotation-record';
import { validateArticleBody, validateArticleMeta } from './records/article-record';
import type { Problems } from './records/checks';
import { SCHEMA_V1, WorkbenchDb } from './schema';

const NAME = 'migration-test';

const VALIDATORS: Record<keyof typeof V1_RECORDS, (value: unknown) => Problems> = {
  articles: validateArticleMeta,
  bodies: validateArticleBody,
  analyses: validateAnalysis,
  annotations: validateAnnotation,
  tags: (v) => validateTagLike('tag', v),
  labels: (v) => validateTagLike('label', v),
  corrections: validateCorrection,
};

afterEach(async () => {
  await Dexie.delete(NAME);
});

// Each released schema as it stood: version n + 1 is entry n (what that version added).
const RELEASED_SCHEMAS: readonly Record<string, string>[] = [
  SCHEMA_V1,
  { imports: 'key' },
  { corrections: 'id, articleId, scope' },
  { searchIndex: 'key' },
  { outlets: 'key, mergedInto' },
];

/** An open database as the app of schema `version` left it. */
async function openReleased(version: number): Promise<Dexie> {
  const old = new Dexie(NAME);
  RELEASED_SCHEMAS.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  return old;
}

async function writeVersion1(): Promise<void> {
  const old = await openReleased(1);
  for (const [table, rows] of Object.entries(V1_RECORDS)) await old.table(table).bulkAdd([...rows]);
  old.close();
}

describe('schema upgrades', () => {
  it('opens a database the first released schema wrote, keeping and validating every record', async () => {
    await writeVersion1();
    const db = new WorkbenchDb(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    for (const [table, rows] of Object.entries(V1_RECORDS) as [
      keyof typeof V1_RECORDS,
      readonly unknown[],
    ][]) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toEqual(rows);
      for (const record of stored) expect(VALIDATORS[table](record), table).toEqual([]);
    }
    // The indexes the app reads by still answer after the upgrade.
    expect(await db.articles.where('contentHash').equals(V1_RECORDS.articles[0].contentHash).count()).toBe(1);
    expect(await db.annotations.where('articleId').equals('a1').count()).toBe(1);
    expect(await db.articles.where('tags').equals('t1').count()).toBe(1);
    // The table version 2 adds is there, empty and writable.
    expect(await db.imports.count()).toBe(0);
    await db.imports.add({
      key: 'k',
      owner: 'p',
      name: 'x.txt',
      state: 'pending',
      message: null,
      startedAt: 1,
    });
    expect(await db.imports.count()).toBe(1);
    // Version 3 indexes corrections by scope: the old ones (a mention's, no scope) are not library-wide, and
    // a library-wide one written now is found by its scope.
    expect(await db.corrections.where('scope').equals('library').count()).toBe(0);
    await db.corrections.add({ ...V1_RECORDS.corrections[0], id: 'wide', scope: 'library' });
    expect((await db.corrections.where('scope').equals('library').toArray()).map((c) => c.id)).toEqual([
      'wide',
    ]);
    expect(await db.corrections.where('articleId').equals(V1_RECORDS.corrections[0].articleId).count()).toBe(
      2,
    );
    // So is the saved search index version 4 adds: the first search builds and saves it.
    expect(await db.searchIndex.count()).toBe(0);
    // Version 5 adds the outlet records: none yet, so every outlet shows as its articles spell it.
    expect(await db.outlets.count()).toBe(0);
    // Version 6 adds the reader's findings cache: empty, each row built on its article's first open.
    expect(await db.readerFindings.count()).toBe(0);
    db.close();
  });

  it('opens a version 2 database (with an import journal entry), adding the saved search index table', async () => {
    const old = await openReleased(2);
    await old.table('articles').bulkAdd([...V1_RECORDS.articles]);
    const entry = { key: 'k', owner: 'p', name: 'x.txt', state: 'failed', message: 'bad', startedAt: 1 };
    await old.table('imports').add(entry);
    old.close();

    const db = new WorkbenchDb(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.articles.toArray()).toEqual(V1_RECORDS.articles);
    expect(await db.imports.toArray()).toEqual([entry]);
    const saved = {
      key: 'articles',
      format: 2,
      packed: new SearchIndex().pack(),
      articles: { a1: 'stamp' },
      notes: {},
      savedAt: 2,
    } as const;
    await db.searchIndex.put(saved);
    expect(await db.searchIndex.get('articles')).toEqual(saved);
    db.close();
  });

  it('opens a version 4 database, keeping its articles and adding the outlet records, indexed by merge', async () => {
    const old = await openReleased(4);
    await old.table('articles').bulkAdd([...V1_RECORDS.articles]);
    old.close();

    const db = new WorkbenchDb(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.articles.toArray()).toEqual(V1_RECORDS.articles);
    const merged = { key: 'tidewire', name: null, mergedInto: 'harbourpost', updatedAt: 3 };
    await db.outlets.bulkAdd([
      merged,
      { key: 'harbourpost', name: 'Harbour Post', mergedInto: null, updatedAt: 3 },
    ]);
    expect(await db.outlets.where('mergedInto').equals('harbourpost').toArray()).toEqual([merged]);
    db.close();
  });

  it('opens a version 5 database, keeping its records and adding an empty reader findings cache', async () => {
    const old = await openReleased(5);
    await old.table('articles').bulkAdd([...V1_RECORDS.articles]);
    await old.table('analyses').bulkAdd([...V1_RECORDS.analyses]);
    const outlet = { key: 'harbourpost', name: 'Harbour Post', mergedInto: null, updatedAt: 3 };
    await old.table('outlets').add(outlet);
    old.close();

    const db = new WorkbenchDb(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.articles.toArray()).toEqual(V1_RECORDS.articles);
    expect(await db.analyses.toArray()).toEqual(V1_RECORDS.analyses);
    expect(await db.outlets.toArray()).toEqual([outlet]);
    expect(await db.readerFindings.count()).toBe(0);
    db.close();
  });

  it('a fresh database starts at the current version with the built-in labels', async () => {
    const db = new WorkbenchDb(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await db.labels.toArray()).every((l) => l.builtIn)).toBe(true);
    expect(await db.labels.count()).toBeGreaterThan(0);
    db.close();
  });
});
