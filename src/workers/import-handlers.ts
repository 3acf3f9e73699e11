import { analyzeText, loadAnalysisModels, type AnalysisModels } from '../core/analysis';
import { ENGINE_VERSION } from '../core/analysis/version';
import { countWords, ingestFileAsync, ingestText, type IngestOutcome } from '../core/ingest';
import type { Article, TextAnalysis } from '../core/model';
import { storeArticles } from '../db/article-repo';
import { splitArticle } from '../db/records/article-record';
import type { ImportCommands, PreparedArticle, PreparedFile, PreparedRecord } from './import-commands';
import { readDocx } from '../readers/docx-reader';
import { prepareHtmlReader, readHtml } from '../readers/lazy-html-reader';
import { readPdf } from '../readers/pdf-reader';
import type { Handlers } from './rpc';

// pdf.js and mammoth load inside their readers, on the first PDF or Word file, and the HTML reader with the
// first input that may hold a page (`prepareHtmlReader`): never at startup.
const deps = { readHtml, readPdf, readDocx };

/**
 * Articles read and analysed here, waiting by id until the page has checked them for earlier versions: they
 * are stored from here, so their texts and analyses are copied once (into IndexedDB), not to the page first.
 */
const prepared = new Map<string, PreparedRecord>();

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** SHA-256 of a text as lowercase hex (Web Crypto: in workers, pages and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  // By table: an array of 32 strings mapped, padded and joined per article showed in import profiles.
  let hex = '';
  for (const byte of digest) hex += HEX[byte]!;
  return hex;
}

/** The text's analysis, or null when it failed (the background queue retries it). */
function analyzeOrNull(text: string, models: AnalysisModels): TextAnalysis | null {
  try {
    return analyzeText(text, models);
  } catch (error) {
    console.warn('Analysis failed during import; the background queue will retry', error);
    return null;
  }
}

/** Hashes and analyses what a file gave, keeps the records here and answers with their metadata. */
async function prepare(outcome: IngestOutcome, fileName: string, importedAt: number): Promise<PreparedFile> {
  if (!outcome.ok) return outcome;
  // Loaded already when the page asked the worker ahead of the import (`loadModels`); else here, once.
  const models = await loadAnalysisModels();
  const articles = await Promise.all(
    outcome.articles.map(async ({ entryName, ...ingested }): Promise<PreparedArticle> => {
      // The digest runs off this thread: it is awaited after the analysis, not before it.
      const hashing = sha256Hex(ingested.text);
      const found = analyzeOrNull(ingested.text, models);
      const article: Article = {
        ...ingested,
        id: crypto.randomUUID(),
        contentHash: await hashing,
        wordCount: countWords(ingested.text),
        // An article from inside a ZIP or an e-mail is named by its path there ("archive.zip › a.txt").
        fileName: entryName ?? fileName,
        importedAt,
        tags: [],
      };
      const analysis = found && {
        ...found,
        articleId: article.id,
        engineVersion: ENGINE_VERSION,
        analyzedAt: importedAt,
      };
      prepared.set(article.id, { article, analysis });
      return { ...splitArticle(article).meta, analyzed: analysis !== null };
    }),
  );
  return { ok: true, articles, warnings: outcome.warnings };
}

/**
 * The bytes of each blob. Each read of a dropped file is a round trip to the browser (2–4 ms for a 5 KB
 * file, more than cleaning and analysing it): read them as one blob, and one by one only if that fails, so
 * an unreadable file gets its own message.
 */
async function readAll(blobs: readonly Blob[]): Promise<(Uint8Array | PreparedFile)[]> {
  let whole: Uint8Array;
  try {
    whole = new Uint8Array(await new Blob([...blobs]).arrayBuffer());
  } catch {
    return Promise.all(blobs.map(readBytes));
  }
  let at = 0;
  return blobs.map((blob) => whole.subarray(at, (at += blob.size)));
}

async function readBytes(file: Blob): Promise<Uint8Array | PreparedFile> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { ok: false, error: `The browser could not read this file: ${String(e)}` };
  }
}

/** Takes prepared records out of the waiting room; an id not there (already taken) is an error. */
function take(ids: readonly string[]): PreparedRecord[] {
  return ids.map((id) => {
    const entry = prepared.get(id);
    prepared.delete(id);
    if (!entry) throw new Error(`No prepared article ${id}: it was stored or taken already.`);
    return entry;
  });
}

/** The import's side of the ingest workers: read, clean, hash and analyse files, then store or hand them back. */
export const importHandlers: Handlers<ImportCommands> = {
  loadModels: async () => {
    await loadAnalysisModels();
  },
  prepareFiles: async ({ files, importedAt }) => {
    const read = await readAll(files.map(({ file }) => file));
    const out: PreparedFile[] = [];
    const prepareFile = async (fileName: string, bytes: Uint8Array) => {
      await prepareHtmlReader(fileName, bytes);
      return prepare(await ingestFileAsync({ fileName, bytes }, deps), fileName, importedAt);
    };
    for (const [i, { fileName }] of files.entries()) {
      const bytes = read[i]!;
      if (!(bytes instanceof Uint8Array)) out.push(bytes);
      // One file the readers choke on fails alone.
      else
        out.push(
          await prepareFile(fileName, bytes).catch((e: unknown): PreparedFile => ({
            ok: false,
            error: String(e),
          })),
        );
    }
    return out;
  },
  prepareText: async ({ text, fileName, format, known, importedAt }) => {
    await prepareHtmlReader(fileName, text);
    return prepare(ingestText(text, { fileName, format, known }, deps), fileName, importedAt);
  },
  storePrepared: async ({ ids, journal }) => {
    const entries = take(ids);
    const analyses = new Map(entries.flatMap((e) => (e.analysis ? [[e.article.id, e.analysis]] : [])));
    const { stored, duplicates } = await storeArticles(
      entries.map((e) => e.article),
      analyses,
      journal,
    );
    return { stored, duplicates: duplicates.map((d) => ({ id: d.article.id, existing: d.existing })) };
  },
  takePrepared: async ({ ids }) => take(ids),
};
