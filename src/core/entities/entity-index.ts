import { applyCorrections, correctionsByArticle } from '../analysis-corrections';
import type { Analysis, Correction, Entity, EntityType } from '../model';
import { linkEntities, linkKey, relinkEntities } from './link-entities';

/** One entity across the library: how often it is mentioned, in which articles, under which names. */
export type EntityIndexEntry = Readonly<{
  type: EntityType;
  canonical: string;
  mentions: number;
  articleIds: readonly string[];
  /** The canonical names single articles give it ("AMD", "Advanced Micro Devices"), the library's first. */
  aliases: readonly string[];
}>;

/** Each article's entities with the analyst's corrections applied and linked across the library. */
export type LinkedArticle = Readonly<{ articleId: string; entities: readonly Entity[] }>;

/**
 * Each given analysis's entities with the corrections that hold in its article applied (corrections win),
 * then linked across all of them so one entity has one canonical name. Analyses of articles not in `liveIds`
 * (deleted meanwhile) are left out. Also returns, per library canonical, the article canonicals it joins.
 */
export function linkLibrary(
  analyses: readonly Analysis[],
  corrections: readonly Correction[],
  liveIds?: ReadonlySet<string>,
): { articles: LinkedArticle[]; aliases: Map<string, Set<string>> } {
  const fixesOf = correctionsByArticle(corrections);
  const corrected = analyses
    .filter((a) => !liveIds || liveIds.has(a.articleId))
    .map((a) => ({
      articleId: a.articleId,
      entities: applyCorrections(a.entities, a.claims, fixesOf(a.articleId)).entities,
    }));
  const links = linkEntities(corrected.map((a) => a.entities));
  const aliases = new Map<string, Set<string>>();
  for (const [key, to] of links.canonical) {
    const target = linkKey(to.type, to.canonical);
    const names = aliases.get(target) ?? new Set([to.canonical]);
    names.add(key.slice(key.indexOf('\u0000') + 1));
    aliases.set(target, names);
  }
  const articles = corrected.map((a) => ({ ...a, entities: relinkEntities(a.entities, links) }));
  return { articles, aliases };
}

/**
 * Every entity of the library, one entry per linked canonical name and type, most mentioned first: what the
 * entities page lists and the library's entity filter reads.
 */
export function buildEntityIndex(
  analyses: readonly Analysis[],
  corrections: readonly Correction[],
  liveIds?: ReadonlySet<string>,
): EntityIndexEntry[] {
  const { articles, aliases } = linkLibrary(analyses, corrections, liveIds);
  const entries = new Map<
    string,
    { type: EntityType; canonical: string; mentions: number; ids: Set<string> }
  >();
  for (const a of articles) {
    for (const e of a.entities) {
      const key = linkKey(e.type, e.canonical);
      const entry = entries.get(key) ?? { type: e.type, canonical: e.canonical, mentions: 0, ids: new Set() };
      entries.set(key, entry);
      entry.mentions++;
      entry.ids.add(a.articleId);
    }
  }
  return [...entries.entries()]
    .map(([key, { ids, ...rest }]) => ({
      ...rest,
      articleIds: [...ids],
      aliases: [...(aliases.get(key) ?? [rest.canonical])],
    }))
    .sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
}
