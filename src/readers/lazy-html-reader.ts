import type { HtmlReader } from '../core/ingest';
import { extensionOf } from '../core/ingest/limits';

// linkedom and Readability are over half of the jobs worker's code: loaded with the first input that may hold
// HTML, a worker that starts (three of them at page load) parses, compiles and runs only the rest.
let reader: HtmlReader | null = null;
let loading: Promise<HtmlReader> | null = null;

/** Thrown by `readHtml` when the reader was not loaded first: a caller that missed `prepareHtmlReader`. */
export class HtmlReaderNotLoadedError extends Error {
  override name = 'HtmlReaderNotLoadedError';
  constructor() {
    super('The HTML reader was used before it was loaded.');
  }
}

/** Loads the HTML reader (once per worker). */
export function loadHtmlReader(): Promise<HtmlReader> {
  loading ??= import('./html-reader').then(
    (module) => (reader = module.readHtml),
    (error: unknown) => {
      // A chunk the browser could not load is tried again with the next file.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The synchronous reader the ingest code calls; `prepareHtmlReader` must have loaded it for this input. */
export const readHtml: HtmlReader = (html) => {
  if (!reader) throw new HtmlReaderNotLoadedError();
  return reader(html);
};

// Inside these, any entry may be a page (compressed, so their bytes say nothing): the reader always loads.
const MAY_HOLD_PAGES: ReadonlySet<string | null> = new Set(['docx', 'eml', 'zip', 'html', 'htm', 'xhtml']);
const LESS_THAN = 0x3c;

/**
 * Loads the HTML reader when reading `fileName` may need it. Text is read as HTML only when it has a tag, so a
 * file without a "<" byte never needs it (in UTF-8, Latin-1 and UTF-16 alike a "<" has that byte); pages,
 * Word files and archives always may.
 */
export async function prepareHtmlReader(fileName: string, content: Uint8Array | string): Promise<void> {
  if (reader) return;
  const mayNeed =
    MAY_HOLD_PAGES.has(extensionOf(fileName)) ||
    (typeof content === 'string' ? content.includes('<') : content.includes(LESS_THAN));
  if (mayNeed) await loadHtmlReader();
}
