import { applyCorrections } from '../core/analysis-corrections';
import type { Annotation, ArticleMeta } from '../core/model';
import { db } from './schema';

/** What the search index is built from: each article's title and text, and every annotation. */
export async function loadSearchDocuments(): Promise<{
  articles: { id: string; title: string; text: string }[];
  annotations: Annotation[];
}> {
  const [metas, bodies, annotations] = await Promise.all([
    db.articles.toArray(),
    db.bodies.toArray(),
    db.annotations.toArray(),
  ]);
  const titles = new Map(metas.map((m) => [m.id, m.title]));
  const articles = bodies
    .filter((b) => titles.has(b.id))
    .map((b) => ({ id: b.id, title: titles.get(b.id)!, text: b.text }));
  return { articles, annotations };
}

/** Per article, what search filters look at: metadata, annotation labels and tags, corrected entity names. */
export type FilterFacts = Readonly<{
  meta: ArticleMeta;
  labels: ReadonlySet<string>;
  noteTags: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}>;

/** The facts every search filter needs, for every article, with the analyst's corrections applied. */
export async function loadFilterFacts(): Promise<FilterFacts[]> {
  const [metas, annotations, analyses, corrections] = await Promise.all([
    db.articles.toArray(),
    db.annotations.toArray(),
    db.analyses.toArray(),
    db.corrections.toArray(),
  ]);
  return metas.map((meta) => {
    const notes = annotations.filter((a) => a.articleId === meta.id);
    const analysis = analyses.find((a) => a.articleId === meta.id);
    const fixes = corrections.filter((c) => c.articleId === meta.id);
    const entities = analysis ? applyCorrections(analysis.entities, analysis.claims, fixes).entities : [];
    return {
      meta,
      labels: new Set(notes.flatMap((n) => (n.label ? [n.label] : []))),
      noteTags: new Set(notes.flatMap((n) => n.tags)),
      entities: new Set(entities.map((e) => e.canonical.toLowerCase())),
    };
  });
}
