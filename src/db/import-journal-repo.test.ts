import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearImportJournal,
  journalImportSettle,
  journalImportStart,
  readImportFailures,
  UNFINISHED_MESSAGE,
} from './import-journal-repo';
import { db } from './schema';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((name, i) => ({ key: `k${i}`, name }));

describe('import journal', () => {
  it('keeps failures and the files a closed page never finished, and forgets stored ones', async () => {
    await journalImportStart(files, 'page-gone', 1);
    await journalImportSettle([
      { key: 'k0', failed: null },
      { key: 'k1', failed: 'Not a text file.' },
    ]);
    const failures = await readImportFailures(() => false);
    expect(failures.map((f) => [f.name, f.message])).toEqual([
      ['b.txt', 'Not a text file.'],
      ['c.txt', UNFINISHED_MESSAGE],
      ['d.txt', UNFINISHED_MESSAGE],
    ]);
    // Read again after a second reload: the same list, now all settled as failures.
    expect(await readImportFailures(() => false)).toEqual(failures);
    await clearImportJournal(['k1', 'k2', 'k3']);
    expect(await db.imports.count()).toBe(0);
  });

  it('leaves alone an import another open tab is still running', async () => {
    await journalImportStart(files, 'page-open', 1);
    expect(await readImportFailures((owner) => owner === 'page-open')).toEqual([]);
    expect((await db.imports.toArray()).every((e) => e.state === 'pending')).toBe(true);
  });
});
