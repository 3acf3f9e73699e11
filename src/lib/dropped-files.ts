import { isSupportedFileName } from '../core/ingest/limits';

/** A file taken from a drop or a folder pick, named by its path inside the dropped folder ("reports/a.pdf"). */
export type NamedFile = Readonly<{ name: string; file: File }>;

/** A dropped file or folder the browser would not hand over (moved, no permission): why, under its name. */
export type UnreadableFile = Readonly<{ name: string; error: string }>;

const unreadable = (name: string, what: 'file' | 'folder', error: unknown): UnreadableFile => ({
  name,
  error: `The browser could not read this ${what}: ${error instanceof Error ? error.message : String(error)}`,
});

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function readFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

// One entry the browser refuses fails alone, with a line in the status list; its siblings are still read.
async function walk(
  entry: FileSystemEntry,
  out: (NamedFile | UnreadableFile)[],
  topLevel: boolean,
): Promise<void> {
  const name = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) {
    // A file dropped on its own always gets a status line (with a message if unsupported); inside a folder,
    // files the workbench cannot read are skipped.
    if (!topLevel && !isSupportedFileName(name)) return;
    try {
      out.push({ name, file: await readFile(entry as FileSystemFileEntry) });
    } catch (error) {
      out.push(unreadable(name, 'file', error));
    }
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  try {
    // readEntries returns at most ~100 entries per call: keep reading until it returns an empty batch.
    for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
      for (const child of batch) await walk(child, out, false);
    }
  } catch (error) {
    out.push(unreadable(name, 'folder', error));
  }
}

/** One file item of a drop: its entry (a folder or a file; null where the browser gives none) and its File. */
export type DroppedItem = Readonly<{ entry: FileSystemEntry | null; file: File | null }>;

/**
 * The files of a drop, folders included recursively. Entries must be taken from the DataTransfer during the
 * drop event (it is emptied afterwards), so call `webkitGetAsEntry` and `getAsFile` there and pass the results
 * here. A dropped file is taken as the File the drop carries: asking its entry for it is a round trip to the
 * browser per file, seconds for a thousand files.
 */
export async function collectDroppedFiles(
  items: readonly DroppedItem[],
): Promise<(NamedFile | UnreadableFile)[]> {
  const out: (NamedFile | UnreadableFile)[] = [];
  for (const { entry, file } of items) {
    if (entry?.isDirectory || (entry && !file)) await walk(entry, out, true);
    else if (file) out.push({ name: file.name, file });
  }
  return out;
}

/** The supported files of a folder picked with `<input webkitdirectory>`, named by their relative path. */
export function filesFromFolderInput(files: readonly File[]): NamedFile[] {
  return files
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
    .filter((f) => isSupportedFileName(f.name));
}
