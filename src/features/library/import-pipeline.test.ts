import { beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../core/anchor';
import { addAnnotation, listAnnotationsByArticle } from '../../db/annotation-repo';
import { db } from '../../db/schema';
import { getIngestPool, type JobsClient } from '../../workers/jobs-client';
import {
  importFiles,
  importStorageInDb,
  splitIntoChunks,
  type ImportDeps,
  type ImportSource,
} from './import-pipeline';
import { importInPage } from './import-in-page';
import { useImportStore, type FileStatus } from './import-store';

// Stories written for this test: none is tuned on by any rule.
const FERRY =
  'Ferry operators suspend night crossings\n\n' +
  'The island ferry cooperative suspended its night crossings on Tuesday after two engines failed within a week, ' +
  'its manager Tomasz Wielgosz said.\n\nRepairs are expected to take about ten days, according to the cooperative.';
const FROST =
  'Orchard growers count frost losses\n\n' +
  'Apple growers in the northern valley lost roughly a third of their blossom to a late frost, the growers ' +
  'association said on Monday.\n\nInsurers have sent assessors to 40 farms across the valley.';
const BUDGET_V1 =
  'Council adopts library budget\n\n' +
  'The city council adopted a budget of 4.2 million for its branch libraries on Wednesday, the finance ' +
  'committee said.\n\nTwo branches will extend their opening hours.';
const BUDGET_V2 = BUDGET_V1.replace('4.2 million', '4.5 million') + ' A mobile library starts in May.';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0, 1, 2, 3]);

type Recorded = { stored: string[][]; invalidated: string[] };

/** The app's dependencies with the in-thread workers, the real database and status list, and a recorder. */
function testDeps(overrides: Partial<ImportDeps> = {}): ImportDeps & { seen: Recorded } {
  const seen: Recorded = { stored: [], invalidated: [] };
  return {
    ...importInPage(),
    stored: (ids) => void seen.stored.push([...ids]),
    invalidate: async (scope) => void seen.invalidated.push(scope),
    owner: 'test-page',
    ...overrides,
    seen,
  };
}

const statusOf = (name: string): FileStatus | undefined =>
  useImportStore.getState().files.findLast((f) => f.name === name);

const text = (name: string, body: string): ImportSource => ({ name, text: body });

beforeEach(async () => {
  await db.delete();
  await db.open();
  useImportStore.setState({ files: [], latestStart: '' });
});

describe('importFiles', { timeout: 60_000 }, () => {
  it('stores every readable file and names why the others failed', async () => {
    const deps = testDeps();
    const huge = new File([new Uint8Array(11 * 1_048_576)], 'huge.txt');
    await importFiles(
      [
        text('ferry.txt', FERRY),
        { name: 'picture.txt', file: new File([PNG], 'picture.txt') },
        { name: 'frost.txt', file: new File([FROST], 'frost.txt') },
        { name: 'huge.txt', file: huge },
        { name: 'desk/gone.txt', error: 'The browser could not read this file: it was moved' },
      ],
      deps,
    );
    expect(statusOf('ferry.txt')?.state).toBe('imported');
    expect(statusOf('frost.txt')?.state).toBe('imported');
    expect(statusOf('picture.txt')).toMatchObject({ state: 'failed' });
    expect(statusOf('picture.txt')?.message).toBeTruthy();
    expect(statusOf('huge.txt')?.message).toMatch(/11\.0 MB is too large/);
    expect(statusOf('desk/gone.txt')).toMatchObject({
      state: 'failed',
      message: 'The browser could not read this file: it was moved',
    });
    const titles = (await db.articles.toArray()).map((a) => a.title).sort();
    expect(titles).toEqual(['Ferry operators suspend night crossings', 'Orchard growers count frost losses']);
    expect(deps.seen.stored.flat().sort()).toEqual(
      [...statusOf('ferry.txt')!.articleIds, ...statusOf('frost.txt')!.articleIds].sort(),
    );
    // Everything the import changed is re-read once, at the end (the list alone may be re-read meanwhile).
    expect(deps.seen.invalidated.filter((scope) => scope === 'all')).toHaveLength(1);
    expect(deps.seen.invalidated.at(-1)).toBe('all');
    // The journal keeps only the failures, so a reload still names them.
    const journal = await db.imports.toArray();
    expect(journal.map((e) => ('name' in e ? e.name : null)).sort()).toEqual([
      'desk/gone.txt',
      'huge.txt',
      'picture.txt',
    ]);
  });

  it('marks text already in the library as a duplicate naming the stored article', async () => {
    await importFiles([text('ferry.txt', FERRY)], testDeps());
    await importFiles([text('ferry-copy.txt', FERRY)], testDeps());
    expect(statusOf('ferry-copy.txt')).toMatchObject({
      state: 'duplicate',
      message: 'Already in the library: “Ferry operators suspend night crossings”.',
    });
    expect(await db.articles.count()).toBe(1);
  });

  it('replaces a stored article by its new version and moves its annotations', async () => {
    await importFiles([text('budget.txt', BUDGET_V1)], testDeps());
    const [id] = statusOf('budget.txt')!.articleIds;
    const stored = (await db.bodies.get(id!))!.text;
    const start = stored.indexOf('Two branches');
    await addAnnotation({
      id: 'note-1',
      articleId: id!,
      target: describeRange(stored, start, start + 'Two branches'.length),
      note: 'check which branches',
      label: null,
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });

    const deps = testDeps();
    await importFiles([text('budget.txt', BUDGET_V2)], deps);
    expect(statusOf('budget.txt')).toMatchObject({
      state: 'imported',
      articleIds: [id],
      message: 'Updated to a new version (1 annotation moved).',
    });
    expect(await db.articles.count()).toBe(1);
    expect((await db.bodies.get(id!))!.text).toContain('4.5 million');
    const [moved] = await listAnnotationsByArticle(id!);
    const now = (await db.bodies.get(id!))!.text;
    expect(moved?.target).toMatchObject({
      quote: { exact: 'Two branches' },
      position: { start: now.indexOf('Two branches') },
      orphaned: false,
    });
    expect(deps.seen.stored).toEqual([[id]]);
  });

  it('goes on when the journal cannot be written', async () => {
    const refused = () => Promise.reject(new Error('disk full'));
    const storage = { ...importStorageInDb, journalImportStart: refused, journalChunkSettle: refused };
    await importFiles([text('ferry.txt', FERRY), text('frost.txt', FROST)], testDeps({ storage }));
    expect(statusOf('ferry.txt')?.state).toBe('imported');
    expect(statusOf('frost.txt')?.state).toBe('imported');
  });

  it('drops earlier failures of re-imported files from the journal before the status list drops them', async () => {
    // An earlier import: both files empty, their failures journaled.
    await importFiles([text('ferry.txt', ''), text('frost.txt', '')], testDeps());
    expect(await db.imports.count()).toBe(2);
    // The same files again: one whole now, one still empty. What a reload would read back is taken the moment
    // the list changes (a read started then sees every write committed before it).
    const reads: Promise<string[]>[] = [];
    const { progress } = testDeps();
    await importFiles(
      [text('ferry.txt', FERRY), text('frost.txt', '')],
      testDeps({
        progress: (patches) => {
          progress(patches);
          reads.push(
            db.imports.toArray().then((rows) => rows.map((r) => ('name' in r ? r.name : '(chunk)'))),
          );
        },
      }),
    );
    const failedNow = useImportStore.getState().files.filter((f) => f.state === 'failed');
    expect(failedNow.map((f) => f.name)).toEqual(['frost.txt']);
    // Whenever the list had dropped the old failures, the journal had too: a reload lists only the new one.
    expect((await Promise.all(reads)).at(-1)).toEqual(['frost.txt']);
    expect((await db.imports.toArray()).map((r) => r.key)).toEqual([failedNow[0]!.key]);
  });

  it('reports a refused write on every file of the chunk and keeps them in the journal', async () => {
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const refusing = getIngestPool().map((worker): JobsClient => ({
      call: (command, input) =>
        command === 'storePrepared' ? Promise.reject(full) : worker.call(command, input),
    }));
    await importFiles([text('ferry.txt', FERRY), text('frost.txt', FROST)], testDeps({ workers: refusing }));
    for (const name of ['ferry.txt', 'frost.txt']) expect(statusOf(name)?.message).toMatch(/storage is full/);
    expect(await db.articles.count()).toBe(0);
    expect(await db.imports.count()).toBe(2);
  });
});

describe('splitIntoChunks', () => {
  const small = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ source: text(`${i}.txt`, 'x'.repeat(5000)) }));

  it('gives each worker a small first chunk, then larger ones, every file once', () => {
    const chunks = splitIntoChunks(small(500), 2);
    expect(chunks.map((c) => c.length)).toEqual([50, 50, 200, 200]);
    expect(chunks.flat().map((f) => f.source.name)).toEqual(small(500).map((f) => f.source.name));
  });

  it('cuts a chunk of big files by size, but never leaves a file out', () => {
    const big = Array.from({ length: 3 }, (_, i) => ({ source: text(`${i}.txt`, 'y'.repeat(2_000_000)) }));
    expect(splitIntoChunks(big, 2).map((c) => c.length)).toEqual([1, 1, 1]);
  });
});
