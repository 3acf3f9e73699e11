// Shared by the ingest, analyze and compare commands: files on disk → the same outcome the app computes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestFileAsync, type IngestOutcome } from '../src/core/ingest';
import { readDocx } from '../src/workers/docx-reader';
import { readHtml } from '../src/workers/html-reader';
import { readPdf } from '../src/workers/pdf-reader';

/** Reads each file's bytes and ingests them (PDF, Word, e-mail, ZIP and text) with the app's readers; unreadable files become errors. */
export async function readArticleFiles(
  paths: string[],
): Promise<Array<{ file: string; outcome: IngestOutcome }>> {
  const results: Array<{ file: string; outcome: IngestOutcome }> = [];
  for (const file of paths) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      results.push({ file, outcome: { ok: false, error: `Cannot read ${file}: ${reason}` } });
      continue;
    }
    const deps = { readHtml, readPdf, readDocx };
    results.push({ file, outcome: await ingestFileAsync({ fileName: path.basename(file), bytes }, deps) });
  }
  return results;
}
