// File-type facts the UI needs (size limits, which names are supported) without bundling the ingest code
// itself into the first route.

/** Text files larger than this are refused: a news article is kilobytes, and the app parses in memory. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** PDFs, Word files, e-mails and archives may be larger than a text article; their contents are checked again. */
export const MAX_CONTAINER_BYTES = 50 * 1024 * 1024;

export const CONTAINER_EXTENSIONS: ReadonlySet<string> = new Set(['pdf', 'docx', 'eml', 'zip']);
const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'xhtml',
  'json',
  'jsonl',
  'ndjson',
]);

/** The lower-cased extension of a file name, or null when it has none. */
export function extensionOf(fileName: string): string | null {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : null;
}

/** True when the workbench can read a file of this name (by extension). */
export function isSupportedFileName(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return ext !== null && (CONTAINER_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext));
}

/** The largest file of this name the workbench reads. */
export function maxBytesFor(fileName: string): number {
  const ext = extensionOf(fileName);
  return ext && CONTAINER_EXTENSIONS.has(ext) ? MAX_CONTAINER_BYTES : MAX_FILE_BYTES;
}
