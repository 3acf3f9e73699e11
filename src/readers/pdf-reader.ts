import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPageText, PdfReader } from '../core/ingest';

type PdfJs = typeof PdfJsModule;
let loading: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js (legacy build: runs in a worker and in Node) on first use and registers its worker code on
 * this thread, so pdf.js runs its "fake worker" here instead of spawning a nested worker or fetching a script.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    // @ts-expect-error -- pdf.js ships no types for its worker module; it is only registered below.
    import('pdfjs-dist/legacy/build/pdf.worker.mjs') as Promise<unknown>,
  ]).then(([pdfjs, worker]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  });
  return loading;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * Reads a PDF's text layer with pdf.js: every page's text items with position and font size, plus the Info
 * Title and CreationDate. Nothing is fetched (no CMaps, standard fonts, or eval); password and damage are
 * reported as reasons, not thrown.
 */
export const readPdf: PdfReader = async (bytes) => {
  const pdfjs = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise;
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => {
        if (!('str' in item) || !item.str) return [];
        const [a, b, , , x, y] = item.transform as number[];
        return [{ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height }];
      });
      pages.push({ width, height, items });
      page.cleanup();
    }
    await doc.destroy();
    return { ok: true, content: { pages, title: str(info.Title) } };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? error.message : String(error);
    await task.destroy().catch(() => undefined);
    return { ok: false, reason: name === 'PasswordException' ? 'password' : 'corrupt', detail };
  }
};
