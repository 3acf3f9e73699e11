import type { Annotation, Article } from '../model';
import type { ExportContext } from './types';

/** Tag and label names by id. */
export type Namer = Readonly<{
  label: (a: Annotation) => string | null;
  tags: (ids: readonly string[]) => string[];
}>;

/** Looks up tag and label names by id; unknown ids (deleted tags) are left out rather than shown as ids. */
export function makeNamer(ctx: ExportContext): Namer {
  const labels = new Map(ctx.labels.map((l) => [l.id, l.name]));
  const tags = new Map(ctx.tags.map((t) => [t.id, t.name]));
  return {
    label: (a) => (a.label === null ? null : (labels.get(a.label) ?? null)),
    tags: (ids) => ids.flatMap((id) => (tags.has(id) ? [tags.get(id)!] : [])),
  };
}

/** The IRI an export uses for an article: its URL when known, else `urn:sha256:<hash of the clean text>`. */
export function sourceOf(article: Article): string {
  return article.url ?? `urn:sha256:${article.contentHash}`;
}

/** Annotations in reading order (orphaned ones last), so every export lists them as the text runs. */
export function sortByPosition(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(
    (a, b) =>
      Number(a.target.orphaned) - Number(b.target.orphaned) ||
      a.target.position.start - b.target.position.start ||
      a.target.position.end - b.target.position.end,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID string. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/**
 * A UUID (version 8, "custom") derived from `seed` by FNV-1a: ids for things that have none (the collection)
 * or none in UUID form, stable for the same input so two exports of the same data are identical.
 */
export function deriveUuid(seed: string): string {
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    hex.push((h >>> 0).toString(16).padStart(8, '0'));
  }
  const s = hex.join('');
  const variant = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-8${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}
