import type { QueryClient } from '@tanstack/react-query';
import type { ArticleMeta } from '../../../core/model';
import { loadEntityFacts, loadNoteFacts, type FilterFacts } from '../../../db/search-repo';
import { entityKeys, tagKeys } from '../../../lib/query-keys';
import { articlesQuery } from '../../../queries/articles';

// The facts live in the query cache under keys that the writes changing them already invalidate: the article
// list (imports, deletes, tags), tags (every annotation edit, label and tag changes), entities (analyses and
// corrections). So they are read once and again only after a change, never per query.
const notesKey = [...tagKeys.all, 'search-facts'] as const;
const entitiesKey = [...entityKeys.all, 'search-facts'] as const;

const NO_SET: ReadonlySet<string> = new Set();
let last: Readonly<{ parts: readonly unknown[]; facts: FilterFacts[] }> | null = null;

/** Per article, what the search filters look at; the entity names only when `withEntities`. */
export async function getFilterFacts(
  queryClient: QueryClient,
  withEntities: boolean,
): Promise<FilterFacts[]> {
  const [metas, notes, entities] = await Promise.all([
    queryClient.fetchQuery(articlesQuery()),
    queryClient.fetchQuery({ queryKey: notesKey, queryFn: loadNoteFacts, gcTime: Infinity }),
    withEntities
      ? queryClient.fetchQuery({ queryKey: entitiesKey, queryFn: loadEntityFacts, gcTime: Infinity })
      : null,
  ]);
  // Joined once per change of a part: repeated queries over an unchanged library reuse the join.
  const parts = [metas, notes, entities];
  if (last && last.parts.every((p, i) => p === parts[i])) return last.facts;
  const facts = metas.map((meta: ArticleMeta) => {
    const n = notes.get(meta.id);
    return {
      meta,
      labels: n?.labels ?? NO_SET,
      noteTags: n?.tags ?? NO_SET,
      entities: entities?.get(meta.id) ?? NO_SET,
    };
  });
  last = { parts, facts };
  return facts;
}
