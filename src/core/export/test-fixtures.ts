// Invented stories and records for the export tests and benchmarks (no real article text).
import { describeRange } from '../anchor';
import type { Analysis, Annotation, Article, Label, Tag } from '../model';
import type { ExportContext } from './types';

/** A stored article around `text`, with a fake (but unique per text) content hash. */
export function makeArticle(id: string, text: string, extra: Partial<Article> = {}): Article {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return {
    id,
    title: `Story ${id}`,
    source: 'Brellport Gazette',
    date: '2031-04-02',
    url: `https://gazette.example/${id}`,
    format: 'txt',
    text,
    originalText: text,
    removed: [],
    contentHash: `${(h >>> 0).toString(16).padStart(8, '0')}${text.length.toString(16).padStart(56, '0')}`,
    fileName: null,
    importedAt: 1_900_000_000_000,
    tags: [],
    wordCount: text.split(/\s+/).length,
    ...extra,
  };
}

/** An annotation on `quote` (its first occurrence) in `article`. */
export function makeAnnotation(
  id: string,
  article: Article,
  quote: string,
  extra: Partial<Annotation> = {},
): Annotation {
  const at = article.text.indexOf(quote);
  if (at < 0) throw new Error(`fixture lacks ${quote}`);
  return {
    id,
    articleId: article.id,
    target: describeRange(article.text, at, at + quote.length),
    note: '',
    label: null,
    tags: [],
    createdAt: 1_900_000_100_000,
    updatedAt: 1_900_000_200_000,
    ...extra,
  };
}

export const TAGS: Tag[] = [
  { id: 't1', name: 'follow-up', color: '#cc0000' },
  { id: 't2', name: 'budget, 2031', color: '#00cc00' },
];
export const LABELS: Label[] = [{ id: 'l1', name: 'Key fact', color: '#0000cc', builtIn: true }];
export const CTX: ExportContext = { tags: TAGS, labels: LABELS, generatedAt: '2031-04-03T10:00:00.000Z' };

export const FERRY_TEXT =
  'The Oakport ferry will stop running in May, the harbour board said on Tuesday.\n\n' +
  '"We cannot cover the fuel bill," said board chair Mara Lind. The service is believed to lose 40,000 a month.';

/** An analysis of FERRY_TEXT with two entities and one claim. */
export function makeFerryAnalysis(articleId: string): Analysis {
  const lind = FERRY_TEXT.indexOf('Mara Lind');
  const oak = FERRY_TEXT.indexOf('Oakport');
  const claim = FERRY_TEXT.indexOf('The service');
  return {
    articleId,
    engineVersion: 1,
    analyzedAt: 1_900_000_000_500,
    sentences: [],
    entities: [
      { start: oak, end: oak + 7, type: 'PLACE', text: 'Oakport', canonical: 'Oakport' },
      { start: lind, end: lind + 9, type: 'PERSON', text: 'Mara Lind', canonical: 'Mara Lind' },
    ],
    quotes: [],
    claims: [
      {
        start: claim,
        end: FERRY_TEXT.length,
        score: 0.8,
        attribution: null,
        speaker: null,
        hedge: 'is believed to',
        quotes: [],
        numbers: [],
      },
    ],
  };
}
