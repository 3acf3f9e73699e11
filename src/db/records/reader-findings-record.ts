import { ENGINE_VERSION } from '../../core/analysis/version';
import { FINDINGS_FORMAT, findingsFit, type ReaderFindings } from '../../core/findings';

/**
 * The reader's findings of one article as it last built them, with what they were built from. Derived data:
 * never in a backup, deleted with the article and whenever its analysis is saved or replaced, and built
 * again when its stamps no longer match (see `cachedFindingsFit`).
 */
export type CachedReaderFindings = Readonly<{
  articleId: string;
  /** FINDINGS_FORMAT of the code that built it. */
  format: number;
  /** The engine version and time of the analysis it was built from. */
  engineVersion: number;
  analyzedAt: number;
  /** The corrections applied, as JSON: any change to the article's corrections makes it stale. */
  corrections: string;
  /** The content hash and length of the clean text it was built on. */
  contentHash: string;
  textLength: number;
  findings: ReaderFindings;
}>;

/**
 * Whether a stored row (anything: IndexedDB may hold a row written behind the app's back) is reader findings
 * this code would build for the current engine, these corrections and the text with this content hash, and
 * sound enough to paint over it. One that is not is simply built again.
 */
export function cachedFindingsFit(
  row: unknown,
  corrections: string,
  contentHash: string,
): row is CachedReaderFindings {
  const r = row as Partial<CachedReaderFindings> | null | undefined;
  return (
    r?.format === FINDINGS_FORMAT &&
    r.engineVersion === ENGINE_VERSION &&
    r.corrections === corrections &&
    r.contentHash === contentHash &&
    typeof r.textLength === 'number' &&
    findingsFit(r.findings, r.textLength)
  );
}
