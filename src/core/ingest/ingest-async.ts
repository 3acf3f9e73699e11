import type { IngestedArticle } from '../model';
import { buildArticle } from './build-article';
import { parseEml } from './eml';
import { SUPPORTED, ingestFile, ingestText } from './ingest';
import {
  CONTAINER_EXTENSIONS,
  MAX_CONTAINER_BYTES,
  extensionOf,
  isSupportedFileName,
  maxBytesFor,
} from './limits';
import { cleanPdfTitle, layoutPdfText, parsePdfDate } from './pdf-layout';
import type { AsyncIngestDeps, IngestOutcome } from './types';
import { checkZipBomb, inflateZipEntry, isUnsafeEntryName, listZipEntries } from './zip';

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
  const { pages, title, creationDate } = read.content;
  const chars = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.text.trim().length, 0), 0);
  if (chars < 20) return failure('This PDF has no text layer (it may be a scan): OCR is not supported.');
  const layout = layoutPdfText(pages);
  const article = buildArticle({
    units: layout.units,
    format: 'pdf',
    fileName,
    originalText: layout.rawText,
    known: { title: cleanPdfTitle(title) ?? layout.headline, date: parsePdfDate(creationDate) },
  });
  if (!article) return failure(`${fileName} has no article text left after removing page furniture.`);
  return {
    ok: true,
    articles: [{ ...article, removed: [...layout.removed, ...article.removed] }],
    warnings: [],
  };
}

async function ingestDocx({ fileName, bytes }: Input, deps: AsyncIngestDeps): Promise<IngestOutcome> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return failure(`${fileName} is not a Word document (.docx files are ZIP packages).`);
  const read = await deps.readDocx(bytes);
  if (!read.ok) return failure(`${fileName} is damaged or not a Word document (${read.detail}).`);
  const html = `<!doctype html><html><head><title></title></head><body><article>${read.html}</article></body></html>`;
  return ingestText(html, { fileName, format: 'docx', known: { title: read.title, date: read.date } }, deps);
}

/** Articles of a contained file, named after their container ("mail.eml › report.pdf"). */
function nameInside(
  container: string,
  entry: string,
  articles: readonly IngestedArticle[],
): IngestedArticle[] {
  return articles.map((a) => ({ ...a, entryName: `${container} › ${a.entryName ?? entry}` }));
}

function finishContainer(
  fileName: string,
  articles: IngestedArticle[],
  warnings: string[],
  what: string,
): IngestOutcome {
  if (articles.length > 0) return { ok: true, articles, warnings };
  const why = warnings.length ? ` ${warnings.join(' ')}` : '';
  return failure(`No article was found in ${what} ${fileName}.${why}`);
}

async function ingestEml(
  { fileName, bytes }: Input,
  deps: AsyncIngestDeps,
  depth: number,
): Promise<IngestOutcome> {
  const mail = parseEml(bytes);
  if (typeof mail === 'string') return failure(`${fileName} is not an e-mail: ${mail}`);
  const known = { title: mail.subject, source: mail.from, date: mail.date };
  const articles: IngestedArticle[] = [];
  const warnings: string[] = [];
  const body = mail.html ?? mail.text;
  if (body?.trim()) {
    const outcome = ingestText(body, { fileName, format: 'eml', known }, deps);
    if (outcome.ok) articles.push(...outcome.articles);
    else if (mail.attachments.length === 0) return outcome;
  }
  for (const attachment of mail.attachments) {
    if (!isSupportedFileName(attachment.fileName)) {
      warnings.push(`Attachment ${attachment.fileName} was not imported: unsupported type.`);
      continue;
    }
    const outcome = await ingestFileAsync(
      { fileName: attachment.fileName, bytes: attachment.bytes },
      deps,
      depth + 1,
    );
    if (!outcome.ok) warnings.push(`Attachment ${attachment.fileName}: ${outcome.error}`);
    else {
      articles.push(...nameInside(fileName, attachment.fileName, outcome.articles));
      warnings.push(...outcome.warnings.map((w) => `${attachment.fileName}: ${w}`));
    }
  }
  return finishContainer(fileName, articles, warnings, 'the e-mail');
}

const JUNK_ENTRY = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

async function ingestZip(
  { fileName, bytes }: Input,
  deps: AsyncIngestDeps,
  depth: number,
): Promise<IngestOutcome> {
  const listed = listZipEntries(bytes);
  if (!listed.ok) return failure(`${fileName} cannot be opened: ${listed.error}`);
  const bomb = checkZipBomb(listed.entries);
  if (bomb) return failure(`${fileName} was refused: ${bomb}`);
  const articles: IngestedArticle[] = [];
  const warnings: string[] = [];
  for (const entry of listed.entries) {
    if (entry.name.endsWith('/') || JUNK_ENTRY.test(entry.name)) continue;
    if (isUnsafeEntryName(entry.name)) {
      warnings.push(
        `Skipped “${entry.name}”: the name points outside the archive (path traversal). Entries are only read as names here, never written to disk, but such a name is a sign of a malicious archive.`,
      );
      continue;
    }
    const ext = extensionOf(entry.name);
    if (!isSupportedFileName(entry.name)) {
      warnings.push(`${entry.name} was not imported: unsupported type${ext ? ` .${ext}` : ''}.`);
      continue;
    }
    if (ext === 'zip' && depth >= 1) {
      warnings.push(`${entry.name} was not opened: archives are opened one level deep.`);
      continue;
    }
    if (entry.size > maxBytesFor(entry.name)) {
      warnings.push(
        `${entry.name} was not unpacked: ${(entry.size / 1_048_576).toFixed(1)} MB is over the size limit.`,
      );
      continue;
    }
    const inner = inflateZipEntry(bytes, entry);
    if (typeof inner === 'string') {
      warnings.push(`${entry.name} could not be unpacked: ${inner}`);
      continue;
    }
    const outcome = await ingestFileAsync({ fileName: entry.name, bytes: inner }, deps, depth + 1);
    if (!outcome.ok) warnings.push(`${entry.name}: ${outcome.error}`);
    else {
      articles.push(...nameInside(fileName, entry.name, outcome.articles));
      warnings.push(...outcome.warnings.map((w) => `${entry.name}: ${w}`));
    }
  }
  return finishContainer(fileName, articles, warnings, 'the archive');
}

/**
 * Ingests any file the workbench reads, including PDF (text layer), Word, e-mail (with its attachments) and
 * ZIP (every supported file inside, zip bombs and path-traversal names refused). Contained files' articles
 * carry `entryName`; their problems become warnings so one bad entry never loses the rest.
 */
export async function ingestFileAsync(
  input: Input,
  deps: AsyncIngestDeps,
  depth = 0,
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
  if (ext === 'docx') return ingestDocx(input, deps);
  if (ext === 'eml') return ingestEml(input, deps, depth);
  return ingestZip(input, deps, depth);
}
