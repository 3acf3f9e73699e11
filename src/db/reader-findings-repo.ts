import { applyCorrections } from '../core/analysis-corrections';
import { ENGINE_VERSION } from '../core/analysis/version';
import { compactFindings, FINDINGS_FORMAT, type ReaderFindings } from '../core/findings';
import type { Correction } from '../core/model';
import { checkStoredAnalysis } from './analysis-repo';
import { listArticleCorrections } from './correction-repo';
import { cachedFindingsFit, type CachedReaderFindings } from './records/reader-findings-record';
import { db } from './schema';

/** An article's findings for the reader: none stored yet, compact columns, or a damaged record discarded. */
export type ReaderFindingsResult =
  | Readonly<{ status: 'none' }>
  | Readonly<{ status: 'ok'; findings: ReaderFindings }>
  | Readonly<{ status: 'discarded'; problem: string }>;

/**
 * Builds the reader's findings from the stored analysis (checked against the text's length; a damaged one is
 * discarded) and the corrections, and caches them. The analysis is read and the row written in one
 * transaction, and every write that replaces or deletes an analysis deletes its row in its own, so a row
 * never outlives the analysis it was built from; a correction or a new text written meanwhile leaves a row
 * stamped with the older ones, which the next read misses. The transaction holds only those two tables: the
 * reader's read of the article's text never waits for it.
 */
async function buildReaderFindings(
  articleId: string,
  corrections: readonly Correction[],
  stamps: Pick<CachedReaderFindings, 'corrections' | 'contentHash'> | null,
): Promise<ReaderFindingsResult> {
  const body = await db.bodies.get(articleId);
  const textLength = typeof body?.text === 'string' ? body.text.length : null;
  let built: ReaderFindingsResult | undefined;
  try {
    return await db.transaction('rw', db.analyses, db.readerFindings, async () => {
      const checked = await checkStoredAnalysis(articleId, await db.analyses.get(articleId), textLength);
      if (checked.status !== 'ok') return checked;
      const { entities, claims, engineVersion, analyzedAt } = checked.analysis;
      const findings = compactFindings(applyCorrections(entities, claims, corrections));
      built = { status: 'ok', findings };
      // A row for an older engine's analysis would never be read: the queue is about to replace it.
      if (engineVersion === ENGINE_VERSION && stamps && textLength !== null)
        await db.readerFindings.put({
          articleId,
          format: FINDINGS_FORMAT,
          engineVersion,
          analyzedAt,
          ...stamps,
          textLength,
          findings,
        });
      return built;
    });
  } catch (error) {
    // The cache is derived: failing to store it (a full disk) must not cost the reader its findings.
    if (built) return built;
    throw error;
  }
}

/**
 * The reader's findings of one article, from its cached row when that fits. Rows are written lazily, on an
 * article's first open, never at import (that would write one per imported article and slow the import
 * down): the first open reads the stored analysis (~19,000 objects for a 1 MB article, ~250 ms for the
 * worker to deserialise), later ones typed columns that load in a few ms. A row is checked against its
 * stamps (engine version, corrections, the text's content hash, read from the article's small metadata
 * record rather than its megabytes of text) and in one pass over its columns; a stale or damaged one is
 * built again.
 */
export async function readReaderFindings(articleId: string): Promise<ReaderFindingsResult> {
  const [row, meta, corrections] = await Promise.all([
    db.readerFindings.get(articleId),
    db.articles.get(articleId),
    listArticleCorrections(articleId),
  ]);
  const stamp = JSON.stringify(corrections);
  if (meta && cachedFindingsFit(row, stamp, meta.contentHash))
    return { status: 'ok', findings: row.findings };
  const stamps = meta ? { corrections: stamp, contentHash: meta.contentHash } : null;
  return buildReaderFindings(articleId, corrections, stamps);
}
