import type { ArticleMeta, CoverageMatrix } from '../model';
import type { OutletDirectory } from './outlet-directory';

/** One outlet's coverage: its articles, the days they cover and the stories (article id groups) it is in. */
export type OutletSummary = Readonly<{
  key: string;
  name: string;
  spellings: readonly string[];
  articleIds: readonly string[];
  /** First and last day (`YYYY-MM-DD`) of its dated articles; null when none is dated. */
  first: string | null;
  last: string | null;
  undated: number;
  /** Indexes into the stories given, of those with an article of this outlet. */
  stories: readonly number[];
}>;

type Dated = Pick<ArticleMeta, 'id' | 'source' | 'date'>;

/**
 * Every outlet of the articles, most articles first (then by name), with the stories it covers. Articles
 * without a source belong to no outlet.
 */
export function summarizeOutlets(
  articles: readonly Dated[],
  directory: OutletDirectory,
  stories: readonly (readonly string[])[],
): OutletSummary[] {
  const byKey = new Map<string, { ids: string[]; days: string[] }>();
  const keyOf = new Map<string, string>();
  for (const a of articles) {
    const outlet = directory.resolve(a.source);
    if (!outlet) continue;
    keyOf.set(a.id, outlet.key);
    let entry = byKey.get(outlet.key);
    if (!entry) byKey.set(outlet.key, (entry = { ids: [], days: [] }));
    entry.ids.push(a.id);
    if (a.date !== null) entry.days.push(a.date.slice(0, 10));
  }
  const storiesOf = new Map<string, number[]>();
  stories.forEach((ids, i) => {
    for (const key of new Set(ids.map((id) => keyOf.get(id)).filter((k) => k !== undefined))) {
      const list = storiesOf.get(key) ?? [];
      list.push(i);
      storiesOf.set(key, list);
    }
  });
  return [...byKey.entries()]
    .map(([key, { ids, days }]): OutletSummary => {
      const outlet = directory.outlets.get(key)!;
      days.sort();
      return {
        key,
        name: outlet.name,
        spellings: outlet.spellings,
        articleIds: ids,
        first: days[0] ?? null,
        last: days.at(-1) ?? null,
        undated: ids.length - days.length,
        stories: storiesOf.get(key) ?? [],
      };
    })
    .sort((a, b) => b.articleIds.length - a.articleIds.length || a.name.localeCompare(b.name));
}

/** A fact of a story that an outlet did not carry: one sentence of an article that did, and who carried it. */
export type MissingFact = Readonly<{
  articleId: string;
  start: number;
  end: number;
  carriedBy: readonly string[];
}>;

/**
 * The facts (rows of the story's coverage matrix) that none of `own` articles carries and some other article
 * does, each shown by its first carrier's first sentence. Empty when the outlet has no article in the matrix.
 */
export function findMissingFacts(matrix: CoverageMatrix, own: ReadonlySet<string>): MissingFact[] {
  const mine = matrix.articles.flatMap((id, k) => (own.has(id) ? [k] : []));
  if (mine.length === 0) return [];
  return matrix.rows.flatMap((row) => {
    if (mine.some((k) => row.cells[k]!.kind !== 'absent')) return [];
    const carriers = row.cells.flatMap((c, k) => (c.kind === 'absent' ? [] : [k]));
    const first = carriers[0];
    if (first === undefined) return [];
    const [start, end] = row.cells[first]!.spans[0]!;
    return [
      { articleId: matrix.articles[first]!, start, end, carriedBy: carriers.map((k) => matrix.articles[k]!) },
    ];
  });
}
