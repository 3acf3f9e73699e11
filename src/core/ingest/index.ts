// Public API of ingest: bytes or pasted text → clean article(s) with metadata and the lines removed.
export type {
  AsyncIngestDeps,
  DocxReader,
  DocxReadResult,
  HtmlExtract,
  HtmlReader,
  IngestDeps,
  IngestOutcome,
  PdfReader,
  PdfReadResult,
} from './types';
export type { PdfContent, PdfPageText, PdfTextItem } from './pdf-layout';
export { MAX_FILE_BYTES, SUPPORTED, ingestFile, ingestText } from './ingest';
export { MAX_CONTAINER_BYTES, ingestFileAsync, isSupportedFileName, maxBytesFor } from './ingest-async';
export { countWords } from './normalize-text';
