import { describe, expect, it } from 'vitest';
import { collectDroppedFiles } from './dropped-files';

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
    expect(await out[2]!.file.text()).toBe('text of c.html');
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
    expect(out[0]!.file).toBe(photo);
    expect(out[1]!.file).toBe(plain);
    expect(await out[2]!.file.text()).toBe('text of only-entry.txt');
  });
});
