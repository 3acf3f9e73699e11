import type { OutletRecord } from '../core/model';
import { finalOutletKey } from '../core/outlets';
import { db } from './schema';

/** What a rename or merge replaced, so it can be put back: the record as it was, or null for none. */
export type OutletChange = Readonly<{ key: string; previous: OutletRecord | null }>;

/** Every outlet record (renames and merges). */
export async function listOutletRecords(): Promise<OutletRecord[]> {
  return db.outlets.toArray();
}

/** Gives an outlet a name of the analyst's choosing (shown for every article of it, later ones too). */
export async function renameOutlet(key: string, name: string): Promise<OutletChange> {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('An outlet needs a name.');
  return db.transaction('rw', db.outlets, async () => {
    const previous = (await db.outlets.get(key)) ?? null;
    await db.outlets.put({
      key,
      name: clean,
      mergedInto: previous?.mergedInto ?? null,
      updatedAt: Date.now(),
    });
    return { key, previous };
  });
}

/**
 * Merges outlet `from` into `into`: every article of `from` shows as `into` from now on. Refuses a merge of
 * an outlet into itself or into one already merged into it (which would make a cycle).
 */
export async function mergeOutlets(from: string, into: string): Promise<OutletChange> {
  return db.transaction('rw', db.outlets, async () => {
    const records = new Map((await db.outlets.toArray()).map((r) => [r.key, r]));
    const target = finalOutletKey(into, records);
    if (target === from || finalOutletKey(from, records) === target)
      throw new Error('These are already one outlet.');
    const previous = records.get(from) ?? null;
    await db.outlets.put({
      key: from,
      name: previous?.name ?? null,
      mergedInto: target,
      updatedAt: Date.now(),
    });
    return { key: from, previous };
  });
}

/** Puts an outlet record back as a change found it: the undo of a rename or merge. */
export async function revertOutletChange({ key, previous }: OutletChange): Promise<void> {
  if (previous === null) await db.outlets.delete(key);
  else await db.outlets.put(previous);
}
