// Shared by the ingest, analyze and compare commands: files on disk → the same outcome the app computes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestFile, type IngestOutcome } from '../src/core/ingest';
import { readHtml } from '../src/workers/html-reader';

/** Reads each file's bytes and ingests them with the linkedom + Readability reader; unreadable files become errors. */
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
    results.push({ file, outcome: ingestFile({ fileName: path.basename(file), bytes }, { readHtml }) });
  }
  return results;
}
