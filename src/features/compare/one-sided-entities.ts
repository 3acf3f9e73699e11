import type { EntityType, TextAnalysis } from '../../core/model';

const NAMED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);

function namesOf(analysis: TextAnalysis): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of analysis.entities)
    if (NAMED.has(e.type) && !names.has(e.canonical.toLowerCase()))
      names.set(e.canonical.toLowerCase(), e.canonical);
  return names;
}

/** Names (people, organisations, places, groups) that one article mentions and the other never does. */
export function listOneSidedEntities(
  a: TextAnalysis,
  b: TextAnalysis,
): Readonly<{ onlyA: string[]; onlyB: string[] }> {
  const na = namesOf(a);
  const nb = namesOf(b);
  return {
    onlyA: [...na].filter(([k]) => !nb.has(k)).map(([, v]) => v),
    onlyB: [...nb].filter(([k]) => !na.has(k)).map(([, v]) => v),
  };
}
