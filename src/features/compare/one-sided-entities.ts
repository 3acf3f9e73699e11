import { namesMissingFrom } from '../../core/compare';
import type { EntityType, TextAnalysis } from '../../core/model';

const NAMED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);

// Each distinct name once: matching names costs per name, and a long article repeats a few hundred names in
// thousands of mentions (two 200 KB versions: ~240 ms of the compare view's first render, now a few ms).
const namesOf = (analysis: TextAnalysis): string[] => [
  ...new Set(analysis.entities.filter((e) => NAMED.has(e.type)).map((e) => e.canonical)),
];

/**
 * Names (people, organisations, places, groups) that one article mentions and the other never does, in any
 * spelling: "US Department of Homeland Security" in one is the "United States Department of Homeland
 * Security" of the other.
 */
export function listOneSidedEntities(
  a: TextAnalysis,
  b: TextAnalysis,
): Readonly<{ onlyA: string[]; onlyB: string[] }> {
  const [na, nb] = [namesOf(a), namesOf(b)];
  return { onlyA: namesMissingFrom(na, nb), onlyB: namesMissingFrom(nb, na) };
}
