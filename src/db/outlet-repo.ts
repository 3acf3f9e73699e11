import type { OutletRecord } from '../core/model';
import { finalOutletKey } from '../core/outlets';
import { db } from './schema';

/**
 * What a rename or merge replaced, so it can be put back: the record as it was, or null for none; for a merge
 * that named its target, the record it wrote for that target.
 */
export type OutletChange = Readonly<{ key: string; previous: OutletRecord | null; named?: OutletRecord }>;

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
 * Merges outlet `from` into `into`: every article of `from` shows as `into` from now on, named `intoName` (the
 * name the analyst saw) unless it already has a record. Naming the target keeps the outlet records enough
 * to name every merged outlet, so a view can name outlets without reading every article (search). Refuses a
 * merge of an outlet into itself or into one already merged into it (which would make a cycle).
 */
export async function mergeOutlets(from: string, into: string, intoName: string): Promise<OutletChange> {
  return db.transaction('rw', db.outlets, async () => {
    const records = new Map((await db.outlets.toArray()).map((r) => [r.key, r]));
    const target = finalOutletKey(into, records);
    if (target === from || finalOutletKey(from, records) === target)
      throw new Error('These are already one outlet.');
    const previous = records.get(from) ?? null;
    const updatedAt = Date.now();
    await db.outlets.put({ key: from, name: previous?.name ?? null, mergedInto: target, updatedAt });
    const name = intoName.replace(/\s+/g, ' ').trim();
    if (records.has(target) || !name) return { key: from, previous };
    const named: OutletRecord = { key: target, name, mergedInto: null, updatedAt };
    await db.outlets.put(named);
    return { key: from, previous, named };
  });
}

/**
 * Puts the outlet records back as a change found them: the undo of a rename or merge. The name a merge gave
 * its target goes too, unless the analyst changed that record since.
 */
export async function revertOutletChange({ key, previous, named }: OutletChange): Promise<void> {
  await db.transaction('rw', db.outlets, async () => {
    if (previous === null) await db.outlets.delete(key);
    else await db.outlets.put(previous);
    if (!named) return;
    const now = await db.outlets.get(named.key);
    if (now?.updatedAt === named.updatedAt && now.name === named.name) await db.outlets.delete(named.key);
  });
}
