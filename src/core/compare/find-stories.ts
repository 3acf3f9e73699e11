import { groupRelatedArticles, type GroupInput } from './group-related';
import { traceProvenance, type Provenance } from './provenance';

/** A story: two or more articles on one event, with where each came from. */
export type Story = Readonly<{ ids: readonly string[]; provenance: readonly Provenance[] }>;

/** The library's stories (groups of two or more), each with the provenance of its articles. */
export function findStories(docs: readonly GroupInput[]): Story[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return groupRelatedArticles(docs)
    .filter((ids) => ids.length >= 2)
    .map((ids) => ({ ids, provenance: traceProvenance(ids.map((id) => byId.get(id)!)) }));
}
