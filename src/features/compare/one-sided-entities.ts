import { namesMissingFrom } from '../../core/compare';
import type { EntityType, TextAnalysis } from '../../core/model';

const NAMED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);

const namesOf = (analysis: TextAnalysis): string[] =>
  analysis.entities.filter((e) => NAMED.has(e.type)).map((e) => e.canonical);

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
