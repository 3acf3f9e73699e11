import { applyCorrections, correctionsByArticle } from '../analysis-corrections';
import { KEYED_ENTITY_TYPES, type Analysis, type Correction, type Entity, type EntityType } from '../model';
import { linkEntities, linkKey, relinkEntities, type LinkedName } from './link-entities';

/** One entity across the library: how often it is mentioned, in which articles, under which names. */
export type EntityIndexEntry = Readonly<{
  type: EntityType;
  canonical: string;
  mentions: number;
  articleIds: readonly string[];
  /** The canonical names single articles give it ("AMD", "Advanced Micro Devices"), the library's first. */
  aliases: readonly string[];
  /**
   * How its mentions are written where that is no alias (a short form an article defines and resolves itself:
   * "NBS" for "National Bureau of Statistics"): what the entities filter also finds it by.
   */
  spellings: readonly string[];
  /**
   * What to call it: the canonical name, but for a date or number the words most of its mentions use ("more
   * than 120 billion CFA francs", "Monday"), not its normalised key ("more-than 120000000000 CFA franc").
   */
  label: string;
}>;

/** Each article's entities with the analyst's corrections applied and linked across the library. */
export type LinkedArticle = Readonly<{ articleId: string; entities: readonly Entity[] }>;

/**
 * Each given analysis's entities with the corrections that hold in its article applied (corrections win),
 * then linked across all of them so one entity has one canonical name. Analyses of articles not in `liveIds`
 * (deleted meanwhile) are left out. With `stories` (groups of article ids on one event), a surname joins the
 * one full name of its own story (an article in none is a set of its own); without, of the whole library.
 * Also returns, per library canonical, the article canonicals it joins.
 */
export function linkLibrary(
  analyses: readonly Analysis[],
  corrections: readonly Correction[],
  liveIds?: ReadonlySet<string>,
  stories?: readonly (readonly string[])[],
): { articles: LinkedArticle[]; aliases: Map<string, Set<string>> } {
  const fixesOf = correctionsByArticle(corrections);
  const corrected = analyses
    .filter((a) => !liveIds || liveIds.has(a.articleId))
    .map((a) => ({
      articleId: a.articleId,
      entities: applyCorrections(a.entities, a.claims, fixesOf(a.articleId)).entities,
    }));
  const storyOf = new Map(stories?.flatMap((ids, k) => ids.map((id) => [id, `story ${k}`] as const)));
  const sets = stories && corrected.map((a) => storyOf.get(a.articleId) ?? a.articleId);
  const links = linkEntities(
    corrected.map((a) => a.entities),
    sets,
  );
  const aliases = new Map<string, Set<string>>();
  const alias = (key: string, to: LinkedName): void => {
    const target = linkKey(to.type, to.canonical);
    const names = aliases.get(target) ?? new Set([to.canonical]);
    names.add(key.slice(key.indexOf('\u0000') + 1));
    aliases.set(target, names);
  };
  for (const [key, to] of links.canonical) alias(key, to);
  for (const inSet of links.inSet.values()) for (const [key, to] of inSet) alias(key, to);
  const articles = corrected.map((a, k) => ({
    ...a,
    entities: relinkEntities(a.entities, links, sets?.[k]),
  }));
  return { articles, aliases };
}

// A date with no figure ("Tuesday", "last week", "May") means another day in each article; a bare count under a
// hundred ("two", "12") is no fact two articles share by being the same.
const NO_FIGURE = /^\D*$/;
const SMALL_COUNT = /^\d{1,2}$/;

/** Whether a mention names the same thing in every article it is in. */
function acrossArticles(e: Entity): boolean {
  if (e.type === 'DATE') return !NO_FIGURE.test(e.canonical);
  if (e.type === 'NUMBER') return !SMALL_COUNT.test(e.canonical);
  return true;
}

/**
 * Every entity of the library, one entry per linked canonical name and type, most mentioned first: what the
 * entities page lists and the library's entity filter reads.
 */
export function buildEntityIndex(
  analyses: readonly Analysis[],
  corrections: readonly Correction[],
  liveIds?: ReadonlySet<string>,
  stories?: readonly (readonly string[])[],
): EntityIndexEntry[] {
  const { articles, aliases } = linkLibrary(analyses, corrections, liveIds, stories);
  const entries = new Map<
    string,
    {
      type: EntityType;
      canonical: string;
      mentions: number;
      ids: Set<string>;
      texts: Map<string, number>;
      spellings: Set<string>;
    }
  >();
  for (const a of articles) {
    for (const e of a.entities) {
      if (!acrossArticles(e)) continue;
      const key = linkKey(e.type, e.canonical);
      const entry = entries.get(key) ?? {
        type: e.type,
        canonical: e.canonical,
        mentions: 0,
        ids: new Set(),
        texts: new Map(),
        spellings: new Set(),
      };
      entries.set(key, entry);
      entry.mentions++;
      entry.ids.add(a.articleId);
      if (KEYED_ENTITY_TYPES.has(e.type)) entry.texts.set(e.text, (entry.texts.get(e.text) ?? 0) + 1);
      else if (e.text !== e.canonical) entry.spellings.add(e.text);
    }
  }
  return [...entries.entries()]
    .map(([key, { ids, texts, spellings, ...rest }]) => {
      const names = [...(aliases.get(key) ?? [rest.canonical])];
      return {
        ...rest,
        articleIds: [...ids],
        aliases: names,
        spellings: [...spellings].filter((s) => !names.includes(s)),
        // The most used wording, the first met on a tie (a Map keeps insertion order).
        label: [...texts].reduce<[string, number]>(
          (best, t) => (t[1] > best[1] ? t : best),
          [rest.canonical, 0],
        )[0],
      };
    })
    .sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
}
