import { applyCorrections } from '../core/analysis-corrections';
import type { ArticleMeta } from '../core/model';
import { db } from './schema';

/** The ids of every stored article, in key order: the search index reads their texts a chunk at a time. */
export async function listSearchableIds(): Promise<string[]> {
  return (await db.articles.toCollection().primaryKeys()) as string[];
}

/** The title and clean text of each stored article among `ids` (those deleted meanwhile are left out). */
export async function readSearchableArticles(
  ids: readonly string[],
): Promise<{ id: string; title: string; text: string }[]> {
  const [metas, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
  return metas.flatMap((meta, i) => {
    const body = bodies[i];
    return meta && body ? [{ id: meta.id, title: meta.title, text: body.text }] : [];
  });
}

/** Per article, what search filters look at: metadata, annotation labels and tags, corrected entity names. */
export type FilterFacts = Readonly<{
  meta: ArticleMeta;
  labels: ReadonlySet<string>;
  noteTags: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}>;

/**
 * The facts every search filter needs, for every article, with the analyst's corrections applied. Entity
 * names come from every stored analysis, the largest records in the database, so they are read only when
 * `withEntities` (the entity filter is set); without them `entities` is empty.
 */
export async function loadFilterFacts(withEntities = true): Promise<FilterFacts[]> {
  const [metas, annotations, analyses, corrections] = await Promise.all([
    db.articles.toArray(),
    db.annotations.toArray(),
    withEntities ? db.analyses.toArray() : [],
    withEntities ? db.corrections.toArray() : [],
  ]);
  const notesOf = groupByArticle(annotations);
  const fixesOf = groupByArticle(corrections);
  const analysisOf = new Map(analyses.map((a) => [a.articleId, a]));
  return metas.map((meta) => {
    const notes = notesOf.get(meta.id) ?? [];
    const analysis = analysisOf.get(meta.id);
    const fixes = fixesOf.get(meta.id) ?? [];
    const entities = analysis ? applyCorrections(analysis.entities, analysis.claims, fixes).entities : [];
    return {
      meta,
      labels: new Set(notes.flatMap((n) => (n.label ? [n.label] : []))),
      noteTags: new Set(notes.flatMap((n) => n.tags)),
      entities: new Set(entities.map((e) => e.canonical.toLowerCase())),
    };
  });
}

function groupByArticle<T extends { articleId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const group = groups.get(r.articleId);
    if (group) group.push(r);
    else groups.set(r.articleId, [r]);
  }
  return groups;
}
