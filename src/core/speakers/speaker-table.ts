import type { Analysis, AttributionKind, Correction, EntityType, Speaker } from '../model';
import { linkSpeakerEntities, writtenName } from './speaker-names';

/** One speaker across the articles of a story or library: how often each article quotes or cites them. */
export type SpeakerRow = Readonly<{
  /** The library's name of the entity the speaker is, else the engine's key for the speaker ("residents"). */
  canonical: string;
  /** How to show the speaker: the entity's name, else the words as an article writes them ("Residents"). */
  name: string;
  /** The entity's type when the speaker is one (its page is `/entities/<type>/<canonical>`), else null. */
  type: EntityType | null;
  kind: AttributionKind;
  /** Statements per article id; articles that never cite the speaker are absent. */
  counts: Readonly<Record<string, number>>;
  /** Cited by exactly one of the articles. */
  onlyOne: boolean;
}>;

type Row = {
  canonical: string;
  type: EntityType | null;
  kind: AttributionKind;
  counts: Record<string, number>;
  written: Map<string, number>;
};

const UNRESOLVED = new Set(['he', 'she', 'it']);

/** The most used of the ways a speaker is written, the first met on a tie (a Map keeps insertion order). */
function mostUsed(written: ReadonlyMap<string, number>, fallback: string): string {
  return [...written].reduce<[string, number]>((best, w) => (w[1] > best[1] ? w : best), [fallback, 0])[0];
}

/**
 * Who is cited by which of the articles: every speaker of a claim or quote, with statements counted per
 * article, the most cited first. One person or body is one row however the articles spell them, by the
 * names the library links (`linkSpeakerEntities`, the analyst's corrections applied). A speaker cited in one
 * article only is marked: the others left them out.
 */
export function buildSpeakerTable(
  analyses: readonly Analysis[],
  corrections: readonly Correction[] = [],
): SpeakerRow[] {
  const entityOf = linkSpeakerEntities(analyses, corrections);
  const rows = new Map<string, Row>();
  const add = (speaker: Speaker, kind: AttributionKind, articleId: string) => {
    // "he" or "it" that named no one before it: a speaker the table cannot name.
    if (UNRESOLVED.has(speaker.canonical)) return;
    const entity = entityOf(articleId, speaker.canonical);
    const canonical = entity?.canonical ?? speaker.canonical;
    const key = entity ? `${entity.type}\u0000${canonical}` : canonical;
    let row = rows.get(key);
    if (!row)
      rows.set(key, (row = { canonical, type: entity?.type ?? null, kind, counts: {}, written: new Map() }));
    row.counts[articleId] = (row.counts[articleId] ?? 0) + 1;
    if (!entity) {
      const written = writtenName(speaker.canonical, speaker.text);
      row.written.set(written, (row.written.get(written) ?? 0) + 1);
    }
  };
  for (const a of analyses) {
    for (const c of a.claims) if (c.speaker && c.attribution) add(c.speaker, c.attribution.kind, a.articleId);
    for (const q of a.quotes) {
      if (!q.speaker || !q.attribution) continue;
      // A quote inside a claim by the same speaker is the same statement.
      const inClaim = a.claims.some(
        (c) => c.speaker?.canonical === q.speaker!.canonical && c.start < q.end && q.start < c.end,
      );
      if (!inClaim) add(q.speaker, q.attribution.kind, a.articleId);
    }
  }
  const total = (r: Row) => Object.values(r.counts).reduce((x, y) => x + y, 0);
  return [...rows.values()]
    .sort((x, y) => total(y) - total(x) || x.canonical.localeCompare(y.canonical))
    .map((r) => ({
      canonical: r.canonical,
      name: mostUsed(r.written, r.canonical),
      type: r.type,
      kind: r.kind,
      counts: r.counts,
      onlyOne: analyses.length > 1 && Object.keys(r.counts).length === 1,
    }));
}
