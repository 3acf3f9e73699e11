import { beforeEach, describe, expect, it } from 'vitest';
import { storeArticles } from './article-repo';
import {
  clearImportJournal,
  journalChunkSettle,
  journalImportStart,
  readImportFailures,
  UNFINISHED_MESSAGE,
} from './import-journal-repo';
import { db } from './schema';
import { makeArticle } from './test-articles';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const file = (i: number) => ({ key: `k${i}`, name: `file-${i}.txt` });
// Three chunks of an import: files 0–1, 2–3 and 4–5.
const chunks = [
  [file(0), file(1)],
  [file(2), file(3)],
  [file(4), file(5)],
];

const noPages = async (): Promise<ReadonlySet<string>> => new Set();

describe('import journal', () => {
  it('keeps failures and the files a closed page never finished, and forgets stored ones', async () => {
    await journalImportStart(chunks, 'page-gone', 1);
    // The first chunk is stored, with file 1 failing, in the transaction that settles it.
    await storeArticles([makeArticle(0)], new Map(), {
      chunk: 'k0',
      failed: [{ ...file(1), message: 'Not a text file.' }],
    });
    // Nothing of the second could be stored: the page settles it.
    await journalChunkSettle({ chunk: 'k2', failed: [{ ...file(3), message: 'Empty file.' }] });
    const failures = await readImportFailures(noPages);
    expect(failures.map((f) => [f.name, f.message])).toEqual([
      ['file-1.txt', 'Not a text file.'],
      ['file-3.txt', 'Empty file.'],
      ['file-4.txt', UNFINISHED_MESSAGE],
      ['file-5.txt', UNFINISHED_MESSAGE],
    ]);
    // Read again after a second reload: the same list, now all settled as failures.
    expect(await readImportFailures(noPages)).toEqual(failures);
    await clearImportJournal(failures.map((f) => f.key));
    expect(await db.imports.count()).toBe(0);
  });

  it('drops only earlier failures of the files a settled chunk tried again', async () => {
    await db.imports.bulkPut([
      { key: 'a0', owner: 'p', name: 'file-2.txt', state: 'failed', message: 'Empty file.', startedAt: 1 },
      { key: 'a1', owner: 'p', name: 'other.txt', state: 'failed', message: 'Empty file.', startedAt: 1 },
    ]);
    await journalImportStart([[file(2), file(3)]], 'p', 2);
    // This import's own earlier failure of a same-named file (key k1, after its start k0) stays.
    await db.imports.put({
      key: 'k1',
      owner: 'p',
      name: 'file-2.txt',
      state: 'failed',
      message: 'x',
      startedAt: 2,
    });
    await journalChunkSettle({
      chunk: 'k2',
      failed: [{ ...file(3), message: 'Empty file.' }],
      supersedes: { before: 'k0', names: ['file-2.txt', 'file-3.txt'] },
    });
    expect((await db.imports.orderBy('key').toArray()).map((r) => r.key)).toEqual(['a1', 'k1', 'k3']);
  });

  it('leaves alone an import another open tab is still running', async () => {
    await journalImportStart(chunks, 'page-open', 1);
    expect(await readImportFailures(async () => new Set(['page-open']))).toEqual([]);
    expect(await db.imports.count()).toBe(3);
  });

  it('leaves alone an import journaled while the open pages were asked for', async () => {
    await journalImportStart([chunks[0]!], 'page-gone', 1);
    // A page opens and journals its import while this one asks which pages are open, after its answer.
    const askedAsAnotherStarts = async () => {
      await journalImportStart([chunks[1]!], 'page-new', 2);
      return new Set<string>();
    };
    const failures = await readImportFailures(askedAsAnotherStarts);
    expect(failures.map((f) => f.name)).toEqual(['file-0.txt', 'file-1.txt']);
    expect((await db.imports.get('k2'))?.state).toBe('pending');
  });

  it('still reads files journaled one by one by the previous version', async () => {
    await db.imports.bulkPut([
      { key: 'k0', owner: 'gone', name: 'old.txt', state: 'pending', message: null, startedAt: 1 },
      { key: 'k1', owner: 'gone', name: 'bad.txt', state: 'failed', message: 'Binary file.', startedAt: 1 },
    ]);
    const failures = await readImportFailures(noPages);
    expect(failures.map((f) => [f.name, f.message])).toEqual([
      ['old.txt', UNFINISHED_MESSAGE],
      ['bad.txt', 'Binary file.'],
    ]);
  });
});
