import { buildEntityIndex, type EntityIndexEntry } from '../core/entities/entity-index';
import { findWholeWords } from '../core/analysis-corrections';
import { listAllCorrections } from './correction-repo';
import { db } from './schema';

/**
 * Reads every analysis, correction and live article id and builds the library's entity index (one entry per
 * entity linked across articles; with `stories`, surnames linked within each story). Reads every analysis:
 * call it for the entity views, not for listing.
 */
export async function loadEntityIndex(stories?: readonly (readonly string[])[]): Promise<EntityIndexEntry[]> {
  const [analyses, corrections, ids] = await Promise.all([
    db.analyses.toArray(),
    listAllCorrections(),
    db.articles.toCollection().primaryKeys(),
  ]);
  return buildEntityIndex(analyses, corrections, new Set(ids as string[]), stories);
}

/**
 * Where `words` stand as whole words in each article's clean text (article id → start offsets; articles
 * without them left out): what an add "everywhere in the library" adds. Reads every body once.
 */
export async function findWordsInLibrary(words: string): Promise<Map<string, number[]>> {
  const found = new Map<string, number[]>();
  await db.bodies.each((body) => {
    const starts = findWholeWords(body.text, words);
    if (starts.length > 0) found.set(body.id, starts);
  });
  return found;
}
