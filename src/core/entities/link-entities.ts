import { createUnionFind } from '../compare/union-find';
import type { Entity, EntityType } from '../model';
import { entityKey, initialsOf, isAcronymSpelling } from './entity-key';
import { makeSharedContext } from './shared-context';

/** Types that name something (dates and numbers keep their own canonical forms). */
const NAMED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);

/** The name and type one entity has across the library. */
export type LinkedName = Readonly<{ type: EntityType; canonical: string }>;

/**
 * How the canonical names of single articles map onto the library's: for each named type and per-article
 * canonical, the name every article shares. Build with `linkEntities`, apply with `relinkEntities`.
 */
export type EntityLinks = Readonly<{
  /** `linkKey(type, article canonical)` → the library's name (its type differs only for an acronym). */
  canonical: ReadonlyMap<string, LinkedName>;
  /** With story sets: per set, the surnames that name the one full name of that set (before `canonical`). */
  inSet: ReadonlyMap<string, ReadonlyMap<string, LinkedName>>;
}>;

/** The key `EntityLinks.canonical` is looked up by. */
export const linkKey = (type: EntityType, canonical: string): string => `${type}\u0000${canonical}`;

type Node = {
  type: EntityType;
  key: string;
  spellings: Map<string, number>;
  sets: Set<string>;
  /** The articles naming it, in order, each once. */
  articles: number[];
};

/** One node per (type, entity key), each with the canonical spellings that reach it and their mentions. */
class Nodes {
  readonly list: Node[] = [];
  private readonly byId = new Map<string, number>();

  at(type: EntityType, key: string): number {
    const id = `${type}\u0000${key}`;
    let index = this.byId.get(id);
    if (index === undefined) {
      index = this.list.length;
      this.byId.set(id, index);
      this.list.push({ type, key, spellings: new Map(), sets: new Set(), articles: [] });
    }
    return index;
  }

  find(type: EntityType, key: string): number | undefined {
    return this.byId.get(`${type}\u0000${key}`);
  }
}

/** Adds `value` to the set under `key`. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** The one root the given nodes share after earlier links, or null when none or several. */
function soleRoot(nodes: ReadonlySet<number> | undefined, find: (x: number) => number): number | null {
  if (!nodes) return null;
  const roots = new Set([...nodes].map(find));
  return roots.size === 1 ? [...roots][0]! : null;
}

/**
 * Links mentions of one real-world entity across articles, given each article's entities (canonical already
 * resolved inside the article). Same type and same key (case, legal form, "U.S." / "United States") are one
 * entity; an acronym is its expansion when an article related to one where it is bare defines it ("Ostra
 * Mining Group (OMG)") or when exactly one multi-word name in related articles has those initials (whatever
 * type each was given: an acronym is not a word that names different things by type, and the entity takes
 * the expansion's type; related: see `makeSharedContext`); a short name ("Orr") is
 * the full name ending so ("Dana Orr") when exactly one full name in the set does. Ambiguous forms stay
 * apart. Linear in mentions. With `sets` (article i's story or article set), a short name joins the one full
 * name of its own set only, so "Orr" can be Dana Orr in one story and Sam Orr in another; without, all the
 * articles are one set.
 */
export function linkEntities(
  articles: readonly (readonly Entity[])[],
  sets?: readonly string[],
): EntityLinks {
  const nodes = new Nodes();
  const nodeOfCanonical = new Map<string, number>();
  const definitions = new Map<number, Set<number>>();
  const articleNodes: number[][] = [];
  for (const [index, entities] of articles.entries()) {
    const named = new Set<number>();
    for (const e of entities) {
      if (!NAMED.has(e.type)) continue;
      // Most names recur across a library: key each spelling once.
      const id = linkKey(e.type, e.canonical);
      let node = nodeOfCanonical.get(id);
      if (node === undefined) {
        node = nodes.at(e.type, entityKey(e.type, e.canonical));
        nodeOfCanonical.set(id, node);
      }
      const { spellings, sets: inSets, articles: inArticles } = nodes.list[node]!;
      spellings.set(e.canonical, (spellings.get(e.canonical) ?? 0) + 1);
      if (sets) inSets.add(sets[index]!);
      if (inArticles.at(-1) !== index) inArticles.push(index);
      named.add(node);
      // An acronym the article itself resolved to a longer name defines that acronym for every article.
      if (e.type !== 'PERSON' && e.text !== e.canonical && isAcronymSpelling(e.text))
        addTo(definitions, nodes.at(e.type, entityKey(e.type, e.text)), node);
    }
    articleNodes.push([...named]);
  }
  const { find, union } = createUnionFind(nodes.list.length);
  const related = makeSharedContext(
    articleNodes,
    nodes.list.map((n) => n.articles),
    contextTokens(nodes),
    sets,
  );
  const defined = new Set<number>();
  for (const [acronym, targets] of definitions) {
    const target = soleRoot(new Set([...targets].filter((t) => related(acronym, t))), find);
    if (target === null) continue;
    union(acronym, target);
    defined.add(acronym);
  }
  linkInitials(nodes, find, union, defined, related);
  const surnames = sets ? surnamesBySet(nodes, find) : new Map<string, Map<number, number>>();
  if (!sets) linkSurnames(nodes, find, union);

  const best = new Map<number, { spelling: string; type: EntityType; rank: number[] }>();
  nodes.list.forEach((node, index) => {
    const root = find(index);
    const words = node.key.split(' ').length;
    for (const [spelling, count] of node.spellings) {
      const rank = spellingRank(spelling, words, count);
      const current = best.get(root);
      if (!current || isBetter(rank, spelling, current.rank, current.spelling))
        best.set(root, { spelling, type: node.type, rank });
    }
  });
  const canonical = new Map<string, LinkedName>();
  const inSet = new Map<string, Map<string, LinkedName>>();
  for (const [key, node] of nodeOfCanonical) {
    const { spelling, type } = best.get(find(node))!;
    canonical.set(key, { type, canonical: spelling });
    for (const [set, targets] of surnames) {
      const target = targets.get(node);
      if (target === undefined) continue;
      const to = best.get(target)!;
      if (!inSet.has(set)) inSet.set(set, new Map());
      inSet.get(set)!.set(key, { type: to.type, canonical: to.spelling });
    }
  }
  return { canonical, inSet };
}

/** What each node counts as in an article's context: itself, or for a person their surname. */
function contextTokens(nodes: Nodes): number[] {
  const ids = new Map<string, number>();
  return nodes.list.map((node) => {
    const id =
      node.type === 'PERSON' ? `PERSON\u0000${node.key.split(' ').at(-1)}` : `${node.type}\u0000${node.key}`;
    let token = ids.get(id);
    if (token === undefined) ids.set(id, (token = ids.size));
    return token;
  });
}

/** Acronyms with no definition in related articles join the one related multi-word name with their initials. */
function linkInitials(
  nodes: Nodes,
  find: (x: number) => number,
  union: (x: number, y: number) => void,
  defined: ReadonlySet<number>,
  related: (a: number, b: number) => boolean,
): void {
  const byInitials = new Map<string, Set<number>>();
  nodes.list.forEach((node, index) => {
    const initials = initialsOf(node.key);
    // Two letters are the initials of too many people's names ("GE", "Gil Esper").
    if (initials && (node.type !== 'PERSON' || initials.length > 2)) addTo(byInitials, initials, index);
  });
  nodes.list.forEach((node, index) => {
    if (defined.has(index)) return;
    if (![...node.spellings.keys()].some(isAcronymSpelling)) return;
    const named = [...(byInitials.get(node.key) ?? [])].filter((n) => related(index, n));
    const target = soleRoot(new Set(named), find);
    if (target !== null) union(index, target);
  });
}

/** Person nodes by each shorter ending of their key ("dana orr" under "orr"). */
function personEndings(nodes: Nodes): Map<string, Set<number>> {
  const byEnding = new Map<string, Set<number>>();
  nodes.list.forEach((node, index) => {
    if (node.type !== 'PERSON') return;
    const words = node.key.split(' ');
    for (let i = 1; i < words.length; i++) addTo(byEnding, words.slice(i).join(' '), index);
  });
  return byEnding;
}

/**
 * Per story set, the short person names that name exactly one fuller name of that set: set → short node →
 * the fuller name's root.
 */
function surnamesBySet(nodes: Nodes, find: (x: number) => number): Map<string, Map<number, number>> {
  const byEnding = personEndings(nodes);
  const out = new Map<string, Map<number, number>>();
  nodes.list.forEach((node, index) => {
    const fuller = node.type === 'PERSON' ? byEnding.get(node.key) : undefined;
    if (!fuller) return;
    for (const set of node.sets) {
      const here = new Set([...fuller].filter((f) => nodes.list[f]!.sets.has(set)));
      const target = soleRoot(here, find);
      if (target === null || target === find(index)) continue;
      if (!out.has(set)) out.set(set, new Map());
      out.get(set)!.set(index, target);
    }
  });
  return out;
}

/** A person named by fewer words joins the one fuller name in the set that ends with those words. */
function linkSurnames(
  nodes: Nodes,
  find: (x: number) => number,
  union: (x: number, y: number) => void,
): void {
  const byEnding = personEndings(nodes);
  nodes.list.forEach((node, index) => {
    if (node.type !== 'PERSON') return;
    const fuller = byEnding.get(node.key);
    const target = soleRoot(fuller, find);
    if (target !== null) union(index, target);
  });
}

/**
 * How good a spelling is as the shared canonical, compared left to right (higher first): not all capitals
 * (an acronym or a shouted headline),
 * more words in its key (the full name, the expansion), more mentions, then shorter ("Microsoft" before
 * "Microsoft Corp.").
 */
function spellingRank(spelling: string, keyWords: number, mentions: number): number[] {
  return [/\p{Ll}/u.test(spelling) ? 1 : 0, keyWords, mentions, -spelling.length];
}

function isBetter(rank: number[], spelling: string, other: number[], otherSpelling: string): boolean {
  for (let i = 0; i < rank.length; i++) if (rank[i] !== other[i]) return rank[i]! > other[i]!;
  return spelling < otherSpelling;
}

/**
 * The entities with each named one's canonical (and type) replaced by the library's; others unchanged. `set`
 * is the article's story set when the links were made with sets.
 */
export function relinkEntities(entities: readonly Entity[], links: EntityLinks, set?: string): Entity[] {
  const own = set === undefined ? undefined : links.inSet.get(set);
  return entities.map((e) => {
    const key = linkKey(e.type, e.canonical);
    const to = own?.get(key) ?? links.canonical.get(key);
    return !to || (to.canonical === e.canonical && to.type === e.type) ? e : { ...e, ...to };
  });
}
