import type { Analysis, AttributionKind } from '../model';

/** One speaker across the articles of a story: how often each article (outlet) quotes or cites them. */
export type SpeakerRow = Readonly<{
  canonical: string;
  kind: AttributionKind;
  /** Statements per article id; articles that never cite the speaker are absent. */
  counts: Readonly<Record<string, number>>;
  /** Cited by exactly one of the articles. */
  onlyOne: boolean;
}>;

const UNRESOLVED = new Set(['he', 'she', 'it']);

/**
 * Who is cited by which article of a story: every speaker of a claim or quote, with statements counted per
 * article, the most cited first. A speaker cited in one article only is marked: the others left them out.
 */
export function buildSpeakerTable(analyses: readonly Analysis[]): SpeakerRow[] {
  const rows = new Map<string, { kind: AttributionKind; counts: Record<string, number> }>();
  const add = (canonical: string, kind: AttributionKind, articleId: string) => {
    // "he" or "it" that named no one before it: a speaker the table cannot name.
    if (UNRESOLVED.has(canonical)) return;
    const row = rows.get(canonical) ?? { kind, counts: {} };
    row.counts[articleId] = (row.counts[articleId] ?? 0) + 1;
    rows.set(canonical, row);
  };
  for (const a of analyses) {
    for (const c of a.claims)
      if (c.speaker && c.attribution) add(c.speaker.canonical, c.attribution.kind, a.articleId);
    for (const q of a.quotes) {
      if (!q.speaker || !q.attribution) continue;
      // A quote inside a claim by the same speaker is the same statement.
      const inClaim = a.claims.some(
        (c) => c.speaker?.canonical === q.speaker!.canonical && c.start < q.end && q.start < c.end,
      );
      if (!inClaim) add(q.speaker.canonical, q.attribution.kind, a.articleId);
    }
  }
  const total = (r: { counts: Record<string, number> }) => Object.values(r.counts).reduce((x, y) => x + y, 0);
  return [...rows]
    .map(([canonical, r]) => ({
      canonical,
      kind: r.kind,
      counts: r.counts,
      onlyOne: analyses.length > 1 && Object.keys(r.counts).length === 1,
    }))
    .sort((x, y) => total(y) - total(x) || x.canonical.localeCompare(y.canonical));
}
