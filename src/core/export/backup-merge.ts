import type { Annotation, Article, BackupCounts, BackupData } from '../model';

/** What a restore-by-merge produced: the merged data and how many records of each kind it added or skipped. */
export type BackupMerge = Readonly<{ merged: BackupData; added: BackupCounts; skipped: BackupCounts }>;

/** An id not in `taken`: the same id when free, else the id with a numeric suffix. */
function freeId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  taken.add(out);
  return out;
}

/**
 * Merges records that are the same when their key is (tags and labels by name, articles by content hash):
 * returns them, how many were added, and how incoming ids map to the merged ones. `adapt` gives an added
 * record its (possibly suffixed) id and anything else it must change.
 */
function mergeByKey<T extends Readonly<{ id: string }>>(
  existing: readonly T[],
  incoming: readonly T[],
  keyOf: (r: T) => string,
  adapt: (r: T, id: string) => T = (r, id) => ({ ...r, id }),
) {
  const byKey = new Map(existing.map((r) => [keyOf(r), r.id]));
  const taken = new Set(existing.map((r) => r.id));
  const idMap = new Map<string, string>();
  const added: T[] = [];
  for (const r of incoming) {
    const same = byKey.get(keyOf(r));
    if (same !== undefined) {
      idMap.set(r.id, same);
      continue;
    }
    const id = freeId(r.id, taken);
    idMap.set(r.id, id);
    byKey.set(keyOf(r), id);
    added.push(adapt(r, id));
  }
  return { all: [...existing, ...added], added: added.length, idMap };
}

const remap = (ids: readonly string[], map: Map<string, string>): string[] => [
  ...new Set(ids.map((id) => map.get(id) ?? id)),
];

/**
 * Merges an imported backup into the stored data without duplicates: articles by content hash, tags and
 * labels by name, annotations by id or by (article, quote, note), corrections by id, analyses one per article,
 * outlet records by key (the stored word on an outlet wins).
 * Incoming records that point at a duplicate (an article, tag or label already stored under another id) are
 * re-pointed at the stored one, and an incoming id that clashes with a different stored record gets a suffix.
 */
export function mergeBackup(existing: BackupData, incoming: BackupData): BackupMerge {
  const tags = mergeByKey(existing.tags, incoming.tags, (t) => t.name);
  const labels = mergeByKey(existing.labels, incoming.labels, (l) => l.name);

  const articles = mergeByKey(
    existing.articles,
    incoming.articles,
    (a) => a.contentHash,
    (a, id): Article => ({ ...a, id, tags: remap(a.tags, tags.idMap) }),
  );
  const toArticle = (id: string) => articles.idMap.get(id) ?? id;

  const analysed = new Set(existing.analyses.map((a) => a.articleId));
  const newAnalyses = incoming.analyses
    .map((a) => ({ ...a, articleId: toArticle(a.articleId) }))
    .filter((a) => !analysed.has(a.articleId) && (analysed.add(a.articleId), true));

  const noteKey = (a: Annotation) => `${a.articleId}\u0000${a.target.quote.exact}\u0000${a.note}`;
  const annotationIds = new Set(existing.annotations.map((a) => a.id));
  const annotationKeys = new Set(existing.annotations.map(noteKey));
  const newAnnotations: Annotation[] = [];
  for (const a of incoming.annotations) {
    const moved: Annotation = {
      ...a,
      articleId: toArticle(a.articleId),
      label: a.label === null ? null : (labels.idMap.get(a.label) ?? a.label),
      tags: remap(a.tags, tags.idMap),
    };
    if (annotationIds.has(a.id) || annotationKeys.has(noteKey(moved))) continue;
    annotationIds.add(a.id);
    annotationKeys.add(noteKey(moved));
    newAnnotations.push(moved);
  }

  const correctionIds = new Set(existing.corrections.map((c) => c.id));
  const newCorrections = incoming.corrections
    .filter((c) => !correctionIds.has(c.id) && (correctionIds.add(c.id), true))
    .map((c) => ({ ...c, articleId: toArticle(c.articleId) }));

  const outletKeys = new Set(existing.outlets.map((o) => o.key));
  const newOutlets = incoming.outlets.filter((o) => !outletKeys.has(o.key) && (outletKeys.add(o.key), true));

  const merged: BackupData = {
    articles: articles.all,
    analyses: [...existing.analyses, ...newAnalyses],
    annotations: [...existing.annotations, ...newAnnotations],
    tags: tags.all,
    labels: labels.all,
    corrections: [...existing.corrections, ...newCorrections],
    outlets: [...existing.outlets, ...newOutlets],
  };
  const added: BackupCounts = {
    articles: articles.added,
    analyses: newAnalyses.length,
    annotations: newAnnotations.length,
    tags: tags.added,
    labels: labels.added,
    corrections: newCorrections.length,
    outlets: newOutlets.length,
  };
  const skipped = Object.fromEntries(
    Object.entries(added).map(([k, n]) => [k, incoming[k as keyof BackupData].length - n]),
  ) as BackupCounts;
  return { merged, added, skipped };
}
