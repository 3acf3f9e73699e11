import type { BackupCounts } from '../../core/model';

const NOUNS: Readonly<Record<keyof BackupCounts, [string, string]>> = {
  articles: ['article', 'articles'],
  analyses: ['analysis', 'analyses'],
  annotations: ['annotation', 'annotations'],
  tags: ['tag', 'tags'],
  labels: ['label', 'labels'],
  corrections: ['correction', 'corrections'],
  outlets: ['outlet name', 'outlet names'],
};

/** "3 articles, 1 annotation, 2 tags": the non-zero counts in words (or "nothing" when all are zero). */
export function describeCounts(counts: BackupCounts, keepZero = false): string {
  const parts = (Object.keys(NOUNS) as (keyof BackupCounts)[])
    .filter((k) => keepZero || counts[k] > 0)
    .map((k) => `${counts[k]} ${NOUNS[k][counts[k] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}
