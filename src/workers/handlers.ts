import { analyzeText } from '../core/analysis';
import { countWords, ingestFileAsync, ingestText, type IngestOutcome } from '../core/ingest';
import { buildCoverageMatrix, compareArticles, groupRelatedArticles } from '../core/compare';
import type { TextAnalysis } from '../core/model';
import type { FileIngestResult, HashedArticle, WorkerCommands } from './commands';
import { readDocx } from './docx-reader';
import { exportHandlers } from './export-handlers';
import { readHtml } from './html-reader';
import { readPdf } from './pdf-reader';
import type { Handlers } from './rpc';

// pdf.js and mammoth load inside their readers, on the first PDF or Word file: never at startup.
const deps = { readHtml, readPdf, readDocx };

/** SHA-256 of a text as lowercase hex (Web Crypto: in workers, pages and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function analyzeOrNull(text: string): TextAnalysis | null {
  try {
    return analyzeText(text);
  } catch (error) {
    console.warn('Analysis failed during import; the background queue will retry', error);
    return null;
  }
}

// Analysed here, in the ingest worker, so the import stores each article with its analysis in one transaction.
async function prepareArticles(outcome: IngestOutcome): Promise<FileIngestResult> {
  if (!outcome.ok) return outcome;
  const articles: HashedArticle[] = await Promise.all(
    outcome.articles.map(async (a) => ({
      ...a,
      contentHash: await sha256Hex(a.text),
      wordCount: countWords(a.text),
      analysis: analyzeOrNull(a.text),
    })),
  );
  return { ok: true, articles, warnings: outcome.warnings };
}

/** The core functions behind each worker command; the client runs the same ones in-thread as a fallback. */
export const handlers: Handlers<WorkerCommands> = {
  ingestFile: async (input) => prepareArticles(await ingestFileAsync(input, deps)),
  ingestFiles: async ({ files }) =>
    Promise.all(
      files.map(async ({ fileName, file }): Promise<FileIngestResult> => {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch (e) {
          return { ok: false, error: `The browser could not read this file: ${String(e)}` };
        }
        return prepareArticles(await ingestFileAsync({ fileName, bytes }, deps)).catch(
          (e: unknown): FileIngestResult => ({ ok: false, error: String(e) }),
        );
      }),
    ),
  ingestText: async ({ text, ...opts }) => prepareArticles(ingestText(text, opts, deps)),
  analyze: async ({ text }) => analyzeText(text),
  ...exportHandlers,
  compare: async ({ a, b }) => compareArticles(a, b),
  coverageMatrix: async ({ sides }) => buildCoverageMatrix(sides),
  groupRelated: async ({ docs }) => groupRelatedArticles(docs),
};
