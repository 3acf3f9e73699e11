import { linkLibrary } from '../core/entities/entity-index';
import { linkKey } from '../core/entities/link-entities';
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
 * `withEntities` (the entity filter is set); without them `entities` is empty. An article's entity names are
 * the library's linked names and every other name articles give the same entity ("amd" finds the article
 * that only says "Advanced Micro Devices").
 */
export async function loadFilterFacts(withEntities = true): Promise<FilterFacts[]> {
  const [metas, annotations, analyses, corrections] = await Promise.all([
    db.articles.toArray(),
    db.annotations.toArray(),
    withEntities ? db.analyses.toArray() : [],
    withEntities ? db.corrections.toArray() : [],
  ]);
  const notesOf = groupByArticle(annotations);
  const linked = linkLibrary(analyses, corrections);
  const namesOf = new Map(
    linked.articles.map((a) => {
      const names = new Set<string>();
      for (const e of a.entities)
        for (const name of linked.aliases.get(linkKey(e.type, e.canonical)) ?? [e.canonical])
          names.add(name.toLowerCase());
      return [a.articleId, names];
    }),
  );
  return metas.map((meta) => {
    const notes = notesOf.get(meta.id) ?? [];
    return {
      meta,
      labels: new Set(notes.flatMap((n) => (n.label ? [n.label] : []))),
      noteTags: new Set(notes.flatMap((n) => n.tags)),
      entities: namesOf.get(meta.id) ?? new Set<string>(),
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
