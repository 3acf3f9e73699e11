import { describe, expect, it } from 'vitest';
import { collectDroppedFiles, type NamedFile, type UnreadableFile } from './dropped-files';

/** The File of a collected entry (the test fails if the entry could not be read). */
function fileOf(entry: NamedFile | UnreadableFile | undefined): File {
  if (!entry || !('file' in entry)) throw new Error(`not read: ${JSON.stringify(entry)}`);
  return entry.file;
}

// Minimal stand-ins for the File and Directory Entries API that a real folder drop hands over.
function fileEntry(fullPath: string): FileSystemFileEntry {
  const name = fullPath.split('/').pop()!;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok: (f: File) => void) => ok(new File([`text of ${name}`], name)),
  } as unknown as FileSystemFileEntry;
}

/** A file the browser refuses to hand over (moved or deleted since the drag began). */
function lostFileEntry(fullPath: string): FileSystemFileEntry {
  return {
    ...fileEntry(fullPath),
    file: (_ok: unknown, fail: (e: Error) => void) =>
      fail(new Error('A requested file or directory could not be found')),
  } as unknown as FileSystemFileEntry;
}

/** A folder whose reader hands its children out in batches, as browsers do (about 100 at a time). */
function dirEntry(fullPath: string, children: FileSystemEntry[], batch = 2): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop()!,
    fullPath,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          const next = children.slice(at, at + batch);
          at += batch;
          ok(next);
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

describe('collectDroppedFiles', () => {
  it('walks dropped folders to the bottom, reading every batch, and names files by their path', async () => {
    const folder = dirEntry('/reports', [
      fileEntry('/reports/a.txt'),
      fileEntry('/reports/b.md'),
      fileEntry('/reports/photo.png'),
      dirEntry('/reports/2024', [fileEntry('/reports/2024/c.html'), fileEntry('/reports/2024/d.pdf')]),
      fileEntry('/reports/e.json'),
    ]);
    const out = await collectDroppedFiles([{ entry: folder, file: null }]);
    expect(out.map((f) => f.name)).toEqual([
      'reports/a.txt',
      'reports/b.md',
      'reports/2024/c.html',
      'reports/2024/d.pdf',
      'reports/e.json',
    ]);
    expect(await fileOf(out[2]).text()).toBe('text of c.html');
  });

  it('keeps a file dropped on its own even when unsupported (it gets a message), as the File the drop carries', async () => {
    const photo = new File([], 'photo.png');
    const plain = new File(['x'], 'plain.txt');
    const out = await collectDroppedFiles([
      { entry: fileEntry('/photo.png'), file: photo },
      { entry: null, file: plain },
      { entry: fileEntry('/only-entry.txt'), file: null },
    ]);
    expect(out.map((f) => f.name)).toEqual(['photo.png', 'plain.txt', 'only-entry.txt']);
    expect(fileOf(out[0])).toBe(photo);
    expect(fileOf(out[1])).toBe(plain);
    expect(await fileOf(out[2]).text()).toBe('text of only-entry.txt');
  });

  it('lists an entry the browser refuses with why, and still reads the others', async () => {
    const folder = dirEntry('/desk', [
      fileEntry('/desk/a.txt'),
      lostFileEntry('/desk/gone.txt'),
      fileEntry('/desk/b.txt'),
    ]);
    const locked = {
      ...dirEntry('/locked', []),
      createReader: () => ({
        readEntries: (_ok: unknown, fail: (e: Error) => void) => fail(new Error('Permission denied')),
      }),
    } as unknown as FileSystemDirectoryEntry;
    const out = await collectDroppedFiles([
      { entry: folder, file: null },
      { entry: locked, file: null },
    ]);
    expect(out.map((f) => f.name)).toEqual(['desk/a.txt', 'desk/gone.txt', 'desk/b.txt', 'locked']);
    expect(out[1]).toEqual({
      name: 'desk/gone.txt',
      error: 'The browser could not read this file: A requested file or directory could not be found',
    });
    expect(out[3]).toEqual({
      name: 'locked',
      error: 'The browser could not read this folder: Permission denied',
    });
    expect(await fileOf(out[2]).text()).toBe('text of b.txt');
  });
});
