import type { NameSpan } from './name-spans';

// "the village of Karvali", "Their town, Ostrava-Jih, is…": a settlement's name, which the tagger may take for
// a person's. After a comma the name must close its own apposition and be no listed name ("In the city,
// Smith, the mayor, said…" is a person).
// "residents of Kisumu", "the outskirts of Gyumri": who lives in a place, or its parts.
const SETTLEMENTS =
  'village|town|city|hamlet|district|county|province|region|state|governorate|prefecture|oblast|suburb|island|municipality|residents|inhabitants|outskirts|streets|river|lake|valley';
// A cheap first test of a whole text (plurals pass too: "districts").
const SETTLEMENT = new RegExp(`\\b(?:${SETTLEMENTS})`, 'i');
const SETTLEMENT_OF = new RegExp(`\\b(?:${SETTLEMENTS}) of $`, 'i');
const SETTLEMENT_COMMA = /\b(?:village|town|hamlet|district|suburb|municipality), $/i;
// "Sunamganj district", "in Sylhet and Sunamganj districts", "Wabe Shebelle river flooding", "Benue state",
// "the Gedo region": a lower-case kind of settlement, region or water after the name ("state" in the singular
// only: "Patel states that …" is a verb).
const SETTLEMENT_AFTER =
  / (?:districts?|provinces?|count(?:y|ies)|regions?|state|governorates?|prefectures?|oblasts?|villages?|towns?|municipalit(?:y|ies)|rivers?|lakes?|valley|islands?)\b/y;

/**
 * Names the tagger took for people that their context shows are settlements: every mention of such a name
 * becomes a place. `listedPerson` says whether a name is a listed first name, surname or person.
 */
export function settlementsByContext(
  text: string,
  names: readonly NameSpan[],
  listedPerson: (name: string) => boolean,
): readonly NameSpan[] {
  if (!SETTLEMENT.test(text)) return names;
  const places = new Set<string>();
  for (const n of names) {
    if (n.type !== 'PERSON') continue;
    const before = text.slice(Math.max(0, n.start - 16), n.start);
    const surface = text.slice(n.start, n.end);
    SETTLEMENT_AFTER.lastIndex = n.end;
    if (
      SETTLEMENT_OF.test(before) ||
      (SETTLEMENT_AFTER.test(text) && !listedPerson(surface)) ||
      (SETTLEMENT_COMMA.test(before) &&
        text[n.end] === ',' &&
        !surface.includes(' ') &&
        !listedPerson(surface))
    )
      places.add(surface);
  }
  if (places.size === 0) return names;
  return names.map((n) =>
    n.type === 'PERSON' && places.has(text.slice(n.start, n.end)) ? { ...n, type: 'PLACE' } : n,
  );
}
