import type { Provenance } from '../../../core/compare';
import type { ArticleMeta } from '../../../core/model';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * "82% of this article matches the Meridian Wire copy of 4 Mar 2026", or that it adds its own reporting. Two
 * copies of one day (dates carry no time) share text, but which came first is not known: no direction is told.
 */
export function describeProvenance(p: Provenance, byId: ReadonlyMap<string, ArticleMeta>): string {
  const from = p.from === null ? undefined : byId.get(p.from);
  if (!from || p.share === 0) return 'No earlier copy in this story';
  const share = Math.round(p.share * 100);
  const copy = `${from.source ?? `“${from.title}”`} copy`;
  const dated = from.date && !Number.isNaN(Date.parse(from.date));
  if (dated && from.date === byId.get(p.id)?.date)
    return `${share}% of this article is also in the ${copy} of the same day (which came first is not known)`;
  const date = dated ? ` of ${DAY.format(new Date(from.date!))}` : '';
  return `${share}% of this article matches the ${copy}${date}`;
}

/** Where one article of a story came from, as a short line under it. */
export function StoryProvenance({
  provenance,
  byId,
}: {
  provenance: Provenance | undefined;
  byId: ReadonlyMap<string, ArticleMeta>;
}) {
  if (!provenance) return null;
  return <span className="story-provenance muted">{describeProvenance(provenance, byId)}</span>;
}
