// Shared by the ingest, analyze and compare commands: files on disk → the same outcome the app computes,
// one file at a time, so each result can be printed as soon as its file is done.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { ingestFileAsync, maxBytesFor, type IngestOutcome } from '../src/core/ingest';
import { readDocx } from '../src/readers/docx-reader';
import { readHtml } from '../src/readers/html-reader';
import { readPdf } from '../src/readers/pdf-reader';

const deps = { readHtml, readPdf, readDocx };
const READ_CHUNK = 1024 * 1024;

function formatMb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The bytes of `file`, or why it was not read. Reads at most `maxBytes` + 1 bytes in chunks and stops there,
 * so an endless input (`/dev/zero`, a pipe) or a huge file is refused without reading the rest.
 */
export async function readBounded(file: string, maxBytes: number): Promise<Uint8Array | string> {
  const tooLarge = (what: string) =>
    `${file} is ${what}; the workbench reads files like this up to ${formatMb(maxBytes)}.`;
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return `Cannot read ${file}: ${reasonOf(error)}`;
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return `Cannot read ${file}: it is a folder, not a file.`;
    if (stat.isFile() && stat.size > maxBytes)
      return tooLarge(`${formatMb(stat.size)} (${stat.size.toLocaleString('en')} bytes)`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return tooLarge(`larger than ${formatMb(maxBytes)} (reading stopped there)`);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) bytes.set(c, (at += c.length) - c.length);
    return bytes;
  } catch (error) {
    return `Cannot read ${file}: ${reasonOf(error)}`;
  } finally {
    await handle.close();
  }
}

/** Reads one file (within its size limit) and ingests it with the app's readers; never throws. */
export async function readArticleFile(file: string): Promise<IngestOutcome> {
  const fileName = path.basename(file);
  const bytes = await readBounded(file, maxBytesFor(fileName));
  if (typeof bytes === 'string') return { ok: false, error: bytes };
  try {
    return await ingestFileAsync({ fileName, bytes }, deps);
  } catch (error) {
    return { ok: false, error: `${file} could not be read: ${reasonOf(error)}` };
  }
}

/** Each file's outcome, in order, as soon as that file is done (PDF, Word, e-mail, ZIP and text). */
export async function* readArticleFiles(
  paths: readonly string[],
): AsyncGenerator<{ file: string; outcome: IngestOutcome }> {
  for (const file of paths) yield { file, outcome: await readArticleFile(file) };
}
