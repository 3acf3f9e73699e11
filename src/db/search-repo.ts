import { linkLibrary } from '../core/entities/entity-index';
import { linkKey } from '../core/entities/link-entities';
import type { ArticleMeta } from '../core/model';
import { db } from './schema';
import { articleStamp } from './search-index-repo';

/**
 * The title, clean text and index stamp of each stored article among `ids` (those deleted meanwhile are left
 * out).
 */
export async function readSearchableArticles(
  ids: readonly string[],
): Promise<{ id: string; title: string; text: string; stamp: string }[]> {
  const [metas, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
  return metas.flatMap((meta, i) => {
    const body = bodies[i];
    return meta && body
      ? [{ id: meta.id, title: meta.title, text: body.text, stamp: articleStamp(meta) }]
      : [];
  });
}

/** What a search result's row shows of each stored article among `ids`, with its text for the snippet. */
export async function readResultRows(ids: readonly string[]): Promise<
  {
    articleId: string;
    title: string;
    source: string | null;
    agency?: string;
    date: string | null;
    text: string;
  }[]
> {
  const [metas, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
  return metas.flatMap((meta, i) =>
    meta
      ? [
          {
            articleId: meta.id,
            title: meta.title,
            source: meta.source,
            ...(meta.agency ? { agency: meta.agency } : {}),
            date: meta.date,
            text: bodies[i]?.text ?? '',
          },
        ]
      : [],
  );
}

/** Per article, what search filters look at: metadata, annotation labels and tags, corrected entity names. */
export type FilterFacts = Readonly<{
  meta: ArticleMeta;
  labels: ReadonlySet<string>;
  noteTags: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}>;

/** Per article with annotations, the labels and tags of its annotations (the label and tag filters). */
export type NoteFacts = ReadonlyMap<
  string,
  Readonly<{ labels: ReadonlySet<string>; tags: ReadonlySet<string> }>
>;

/** The labels and tags of every article's annotations. */
export async function loadNoteFacts(): Promise<NoteFacts> {
  const facts = new Map<string, { labels: Set<string>; tags: Set<string> }>();
  for (const n of await db.annotations.toArray()) {
    let f = facts.get(n.articleId);
    if (!f) facts.set(n.articleId, (f = { labels: new Set(), tags: new Set() }));
    if (n.label) f.labels.add(n.label);
    for (const t of n.tags) f.tags.add(t);
  }
  return facts;
}

/**
/**
 * Per article, the lower-cased names of the entities it mentions, with the analyst's corrections applied:
 * the library's linked names and every other name articles give the same entity ("amd" finds the article
 * that only says "Advanced Micro Devices"). Read from every stored analysis, the largest records in the
 * database: only for the entity filter.
 */
export async function loadEntityFacts(): Promise<ReadonlyMap<string, ReadonlySet<string>>> {
  const [analyses, corrections] = await Promise.all([db.analyses.toArray(), db.corrections.toArray()]);
  const linked = linkLibrary(analyses, corrections);
  return new Map(
    linked.articles.map((a) => {
      const names = new Set<string>();
      for (const e of a.entities)
        for (const name of linked.aliases.get(linkKey(e.type, e.canonical)) ?? [e.canonical])
          names.add(name.toLowerCase());
      return [a.articleId, names];
    }),
  );
}
