// Public API of ingest: bytes or pasted text → clean article(s) with metadata and the lines removed.
export type { HtmlExtract, HtmlReader, IngestDeps, IngestOutcome } from './types';
export { MAX_FILE_BYTES, ingestFile, ingestText } from './ingest';
export { countWords } from './normalize-text';
