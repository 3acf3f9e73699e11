import { ArchiveLimitError, topLevelScope, type ArchiveScope } from './archive-budget';
import { buildArticle } from './build-article';
import { checkedDocxPackage } from './docx-package';
import { SUPPORTED, ingestFile, ingestText } from './ingest';
import { ingestEml, ingestZip } from './ingest-containers';
import { CONTAINER_EXTENSIONS, MAX_CONTAINER_BYTES, extensionOf, isSupportedFileName } from './limits';
import { cleanPdfTitle, layoutPdfText } from './pdf-layout';
import type { AsyncIngestDeps, IngestOutcome } from './types';

type Input = Readonly<{ fileName: string; bytes: Uint8Array }>;

function failure(error: string): IngestOutcome {
  return { ok: false, error };
}

async function ingestPdf({ fileName, bytes }: Input, deps: AsyncIngestDeps): Promise<IngestOutcome> {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return failure(`${fileName} is not a PDF: it has no PDF header.`);
  const read = await deps.readPdf(bytes);
  if (!read.ok)
    return failure(
      read.reason === 'password'
        ? `${fileName} is password-protected: remove the password (print it to a new PDF) and import it again.`
        : `${fileName} is damaged or truncated and cannot be read (${read.detail}).`,
    );
  const { pages, title } = read.content;
  const chars = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.text.trim().length, 0), 0);
  if (chars < 20) return failure('This PDF has no text layer (it may be a scan): OCR is not supported.');
  const layout = layoutPdfText(pages);
  const article = buildArticle({
    units: layout.units,
    format: 'pdf',
    fileName,
    originalText: layout.rawText,
    // The date comes from the text (a date line, a stamp), never from the file's creation date.
    known: { title: cleanPdfTitle(title) ?? layout.headline },
  });
  if (!article) return failure(`${fileName} has no article text left after removing page furniture.`);
  return {
    ok: true,
    articles: [{ ...article, removed: [...layout.removed, ...article.removed] }],
    warnings: [],
  };
}

async function ingestDocx(
  { fileName, bytes }: Input,
  deps: AsyncIngestDeps,
  scope: ArchiveScope,
): Promise<IngestOutcome> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return failure(`${fileName} is not a Word document (.docx files are ZIP packages).`);
  const checked = checkedDocxPackage(bytes, fileName, scope);
  if (!checked.ok) return failure(`${fileName} is damaged or not a Word document (${checked.error})`);
  const read = await deps.readDocx(checked.bytes);
  if (!read.ok) return failure(`${fileName} is damaged or not a Word document (${read.detail}).`);
  const html = `<!doctype html><html><head><title></title></head><body><article>${read.html}</article></body></html>`;
  return ingestText(html, { fileName, format: 'docx', known: { title: read.title, date: read.date } }, deps);
}

/**
 * Ingests any file the workbench reads, including PDF (text layer), Word, e-mail (with its attachments) and
 * ZIP (every supported file inside, zip bombs and path-traversal names refused). Contained files' articles
 * carry `entryName`; their problems become warnings so one bad entry never loses the rest. Archives and
 * e-mails nested inside share one budget (`ARCHIVE_LIMITS`): a limit reached anywhere refuses the file.
 */
export async function ingestFileAsync(input: Input, deps: AsyncIngestDeps): Promise<IngestOutcome> {
  try {
    return await ingestInScope(input, deps, topLevelScope());
  } catch (error) {
    if (error instanceof ArchiveLimitError) return failure(`${input.fileName} was refused: ${error.message}`);
    throw error;
  }
}

/** Ingests a dropped file or one inside a container, drawing on the budget of `scope`. */
async function ingestInScope(
  input: Input,
  deps: AsyncIngestDeps,
  scope: ArchiveScope,
): Promise<IngestOutcome> {
  const { fileName, bytes } = input;
  const ext = extensionOf(fileName);
  if (!ext || !CONTAINER_EXTENSIONS.has(ext)) {
    if (ext && !isSupportedFileName(fileName))
      return failure(`Unsupported file type .${ext}: the workbench reads ${SUPPORTED}.`);
    return ingestFile(input, deps);
  }
  if (bytes.length > MAX_CONTAINER_BYTES)
    return failure(
      `${fileName} is ${(bytes.length / 1_048_576).toFixed(1)} MB; the workbench reads files up to ${MAX_CONTAINER_BYTES / 1_048_576} MB.`,
    );
  if (bytes.length === 0) return failure(`${fileName} is empty: there is no article to read.`);
  if (ext === 'pdf') return ingestPdf(input, deps);
  if (ext === 'docx') return ingestDocx(input, deps, scope);
  if (ext === 'eml') return ingestEml(input, deps, scope, ingestInScope);
  return ingestZip(input, deps, scope, ingestInScope);
}
