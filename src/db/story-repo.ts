import type { GroupInput } from '../core/compare';
import { db } from './schema';

/**
 * Every article as story grouping takes it: clean text, date and the entity names its stored analysis found
 * (none when it has not been analysed yet). Reads every body, so call it for grouping, not for listing.
 */
export async function listGroupInputs(): Promise<GroupInput[]> {
  const [metas, bodies, analyses] = await Promise.all([
    db.articles.orderBy('importedAt').toArray(),
    db.bodies.toArray(),
    db.analyses.toArray(),
  ]);
  const textById = new Map(bodies.map((b) => [b.id, b.text]));
  const namesById = new Map(
    analyses.map((a) => [
      a.articleId,
      [
        ...new Set(
          a.entities.filter((e) => e.type !== 'DATE' && e.type !== 'NUMBER').map((e) => e.canonical),
        ),
      ],
    ]),
  );
  return metas.flatMap((m) => {
    const text = textById.get(m.id);
    if (text === undefined) return [];
    const entities = namesById.get(m.id);
    return [{ id: m.id, text, date: m.date, ...(entities ? { entities } : {}) }];
  });
}
