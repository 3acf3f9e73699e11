import { beforeEach, describe, expect, it } from 'vitest';
import { useImportStore, type FilePatch, type FileStatus } from './import-store';

const failed = (key: string, name: string): Omit<FileStatus, 'earlier'> => ({
  key,
  name,
  state: 'failed',
  message: 'The import did not finish.',
  articleIds: [],
});

beforeEach(() => useImportStore.setState({ files: [], latestStart: '', panelOpen: false, expanded: true }));

describe('import status list', () => {
  it('counts only what is still not imported after a full re-import', () => {
    const store = useImportStore.getState();
    // 200 files an interrupted import never finished, read back from the journal after a reload.
    store.restore(
      Array.from({ length: 200 }, (_, i) => failed(`0-old-${String(i).padStart(3, '0')}`, `f${i}.txt`)),
    );
    const keys = store.enqueue(Array.from({ length: 200 }, (_, i) => `f${i}.txt`));
    const gone = store.updateMany(
      new Map(keys.map((key, i) => [key, { state: i === 7 ? ('failed' as const) : ('imported' as const) }])),
    );
    expect(gone).toHaveLength(200);
    const { files } = useImportStore.getState();
    expect(files.filter((f) => f.state === 'failed').map((f) => f.name)).toEqual(['f7.txt']);
    expect(files).toHaveLength(200);
  });

  it('shows failures of an earlier page folded, and leaves an import running here as it is', () => {
    const store = useImportStore.getState();
    store.restore([failed('0-old-1', 'tide.txt')]);
    expect(useImportStore.getState()).toMatchObject({ panelOpen: true, expanded: false });
    store.enqueue(['quay.txt']);
    store.restore([failed('0-old-2', 'lock.txt')]);
    expect(useImportStore.getState()).toMatchObject({ panelOpen: true, expanded: true });
    expect(useImportStore.getState().files.map((f) => [f.name, f.earlier])).toEqual([
      ['lock.txt', true],
      ['tide.txt', true],
      ['quay.txt', false],
    ]);
  });

  it('starts a count of its own for an import started once the last one ended, its failures kept apart', () => {
    const store = useImportStore.getState();
    const [empty, photo] = store.enqueue(['empty.txt', 'photo.txt']);
    store.updateMany(
      new Map<string, FilePatch>([
        [empty!, { state: 'failed', message: 'The file is empty.' }],
        [photo!, { state: 'failed', message: 'This is a PNG image, not an article.' }],
      ]),
    );
    const [ferry, dam] = store.enqueue(['ferry.txt', 'dam.txt']);
    store.updateMany(
      new Map<string, FilePatch>([
        [ferry!, { state: 'imported' }],
        [dam!, { state: 'duplicate' }],
      ]),
    );
    const current = () => useImportStore.getState().files.filter((f) => !f.earlier);
    expect(current().map((f) => f.name)).toEqual(['ferry.txt', 'dam.txt']);
    const earlier = useImportStore.getState().files.filter((f) => f.earlier);
    expect(earlier.map((f) => [f.name, f.state])).toEqual([
      ['empty.txt', 'failed'],
      ['photo.txt', 'failed'],
    ]);
    // The next import: only failures of the ones before stay; what they stored is in the library.
    store.enqueue(['quay.txt']);
    expect(current().map((f) => f.name)).toEqual(['quay.txt']);
    expect(useImportStore.getState().files.filter((f) => f.earlier)).toHaveLength(2);
  });

  it('adds files dropped while an import runs to that import', () => {
    const store = useImportStore.getState();
    const [a] = store.enqueue(['a.txt', 'b.txt']);
    store.updateMany(new Map([[a!, { state: 'failed' as const, message: 'Empty file.' }]]));
    store.enqueue(['c.txt']);
    expect(useImportStore.getState().files.map((f) => [f.name, f.earlier])).toEqual([
      ['a.txt', false],
      ['b.txt', false],
      ['c.txt', false],
    ]);
  });

  it('keeps a failure of the same import even when another file of that name is imported', () => {
    const store = useImportStore.getState();
    const [a, b] = store.enqueue(['notes.txt', 'notes.txt']);
    store.updateMany(new Map([[a!, { state: 'failed' as const, message: 'Empty file.' }]]));
    expect(store.updateMany(new Map([[b!, { state: 'imported' as const }]]))).toEqual([]);
    expect(useImportStore.getState().files.map((f) => f.state)).toEqual(['failed', 'imported']);
  });

  it('clears only the finished files it was given, when given some', () => {
    const store = useImportStore.getState();
    const [a, b, c] = store.enqueue(['a.txt', 'b.txt', 'c.txt']);
    store.updateMany(
      new Map<string, FilePatch>([
        [a!, { state: 'imported' }],
        [b!, { state: 'failed', message: 'Empty file.' }],
      ]),
    );
    // b finished after the journal was cleared of a: it stays, as does c, still waiting.
    store.clearFinished([a!, c!]);
    expect(useImportStore.getState().files.map((f) => f.name)).toEqual(['b.txt', 'c.txt']);
    store.clearFinished();
    expect(useImportStore.getState().files.map((f) => f.name)).toEqual(['c.txt']);
  });

  it('folds the list away when an import ends with every file imported cleanly', () => {
    const store = useImportStore.getState();
    const [a, b] = store.enqueue(['dam.txt', 'ferry.txt']);
    store.updateMany(new Map([[a!, { state: 'imported' as const }]]));
    expect(useImportStore.getState().expanded).toBe(true);
    store.updateMany(new Map([[b!, { state: 'imported' as const }]]));
    expect(useImportStore.getState().expanded).toBe(false);
    // The next import shows its progress again.
    store.enqueue(['orchard.txt']);
    expect(useImportStore.getState().expanded).toBe(true);
  });

  it('keeps the list open when a file failed, was already there or imported with a warning', () => {
    const patches: FilePatch[] = [
      { state: 'failed', message: 'Empty file.' },
      { state: 'duplicate' },
      { state: 'imported', message: 'photo.png was not imported' },
    ];
    for (const patch of patches) {
      const store = useImportStore.getState();
      const [a, b] = store.enqueue(['first.txt', 'second.txt']);
      store.updateMany(
        new Map<string, FilePatch>([
          [a!, { state: 'imported' }],
          [b!, patch],
        ]),
      );
      expect(useImportStore.getState().expanded).toBe(true);
      store.clearFinished();
    }
  });
});
