import { beforeEach, describe, expect, it } from 'vitest';
import { buildOutletDirectory, buildOutletNamer } from '../core/outlets';
import { listOutletRecords, mergeOutlets, renameOutlet, revertOutletChange } from './outlet-repo';
import { validateOutletRecord } from './records/outlet-record';
import { db } from './schema';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const SOURCES = ['@quaysidepost', 'Quayside Post', 'Meadow Herald', 'meadowherald.org'];
const outletOf = async (source: string) =>
  buildOutletDirectory(SOURCES, await listOutletRecords()).resolve(source);

describe('outlet repo', () => {
  it('renames an outlet for every spelling of it, and puts the old name back on undo', async () => {
    const change = await renameOutlet('quaysidepost', '  The Quayside   Post ');
    expect((await outletOf('@quaysidepost'))?.name).toBe('The Quayside Post');
    await revertOutletChange(change);
    expect((await outletOf('@quaysidepost'))?.name).toBe('Quayside Post');
    expect(await listOutletRecords()).toEqual([]);
    await expect(renameOutlet('quaysidepost', '   ')).rejects.toThrow('needs a name');
  });

  it('merges one outlet into another, keeps stored records valid, and reverses the merge', async () => {
    await renameOutlet('meadowherald', 'Meadow Herald Group');
    const change = await mergeOutlets('quaysidepost', 'meadowherald', 'Meadow Herald');
    expect(await outletOf('Quayside Post')).toMatchObject({
      key: 'meadowherald',
      name: 'Meadow Herald Group',
    });
    for (const r of await listOutletRecords()) expect(validateOutletRecord(r)).toEqual([]);
    await revertOutletChange(change);
    expect((await outletOf('Quayside Post'))?.key).toBe('quaysidepost');
  });

  it('refuses a merge that would make two outlets each other', async () => {
    await mergeOutlets('quaysidepost', 'meadowherald', 'Meadow Herald');
    await expect(mergeOutlets('meadowherald', 'quaysidepost', 'Quayside Post')).rejects.toThrow(
      'already one outlet',
    );
    await expect(mergeOutlets('meadowherald', 'meadowherald', 'Meadow Herald')).rejects.toThrow(
      'already one outlet',
    );
  });

  it('names the target of a merge as the analyst saw it, so the records alone name the merged outlet', async () => {
    const change = await mergeOutlets('quaysidepost', 'meadowherald', ' Meadow  Herald ');
    const namer = buildOutletNamer(await listOutletRecords());
    expect(namer.nameOf('@quaysidepost')).toBe('Meadow Herald');
    expect(namer.nameOf('@quaysidepost')).toBe((await outletOf('@quaysidepost'))?.name);
    await revertOutletChange(change);
    expect(await listOutletRecords()).toEqual([]);
  });

  it('keeps a rename the analyst made after a merge when the merge is undone', async () => {
    const change = await mergeOutlets('quaysidepost', 'meadowherald', 'Meadow Herald');
    await new Promise((r) => setTimeout(r, 2));
    await renameOutlet('meadowherald', 'Herald of the Meadows');
    await revertOutletChange(change);
    expect((await outletOf('Quayside Post'))?.key).toBe('quaysidepost');
    expect((await outletOf('Meadow Herald'))?.name).toBe('Herald of the Meadows');
  });
});
