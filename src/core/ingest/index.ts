// Public API of ingest: bytes or pasted text → clean article(s) with metadata and the lines removed.
export type {
  AsyncIngestDeps,
  DocxReader,
  DocxReadResult,
  HtmlExtract,
  HtmlReader,
  IngestDeps,
  IngestOutcome,
  KnownMeta,
  PdfReader,
  PdfReadResult,
} from './types';
export type { PdfContent, PdfPageText, PdfTextItem } from './pdf-layout';
export { SUPPORTED, ingestFile, ingestText } from './ingest';
export { ingestFileAsync } from './ingest-async';
export { refuseArchiveFromDirectory } from './archive-precheck';
export { MAX_CONTAINER_BYTES, MAX_FILE_BYTES, extensionOf, isSupportedFileName, maxBytesFor } from './limits';
export { countWords } from './normalize-text';
