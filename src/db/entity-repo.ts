import { buildEntityIndex, type EntityIndexEntry } from '../core/entities/entity-index';
import { listAllCorrections } from './correction-repo';
import { db } from './schema';

/**
 * Reads every analysis, correction and live article id and builds the library's entity index (one entry per
 * entity linked across articles). Reads every analysis: call it for the entity views, not for listing.
 */
export async function loadEntityIndex(): Promise<EntityIndexEntry[]> {
  const [analyses, corrections, ids] = await Promise.all([
    db.analyses.toArray(),
    listAllCorrections(),
    db.articles.toCollection().primaryKeys(),
  ]);
  return buildEntityIndex(analyses, corrections, new Set(ids as string[]));
}
