import type { Annotation, Article } from '../model';
import { deriveUuid, isUuid, makeNamer, sortByPosition, sourceOf, type Namer } from './names';
import type { ExportArticle, ExportContext } from './types';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Body = Readonly<{ type: 'TextualBody'; value: string; purpose: string; format?: string }>;

/**
 * The article an annotation is on, as the target's `source`: its stable IRI (`sourceOf`) with what names it
 * for another tool: title, outlet, date and the article's tags. The anno.jsonld context has no terms for
 * these, so they are Dublin Core elements under its own `dc:` prefix (plain literals: a `YYYY-MM-DD` date is
 * no `xsd:dateTime`, which the context's `created` would declare it). Unknown ones are left out.
 */
function describeSource(article: Article, namer: Namer): object {
  const tags = namer.tags(article.tags);
  return {
    id: sourceOf(article),
    type: 'Text',
    ...(article.title !== '' ? { 'dc:title': article.title } : {}),
    ...(article.source !== null ? { 'dc:publisher': article.source } : {}),
    ...(article.date !== null ? { 'dc:date': article.date } : {}),
    ...(tags.length > 0 ? { 'dc:subject': tags } : {}),
  };
}

/** `urn:uuid:` IRI of an annotation: its own id when that is a UUID, else one derived from it. */
export function annotationIri(a: Annotation): string {
  return `urn:uuid:${isUuid(a.id) ? a.id.toLowerCase() : deriveUuid(`annotation:${a.id}`)}`;
}

function toWebAnnotation(a: Annotation, article: Article, namer: Namer): object {
  const body: Body[] = [];
  if (a.note !== '')
    body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of namer.tags(a.tags)) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const label = namer.label(a);
  if (label !== null) body.push({ type: 'TextualBody', value: label, purpose: 'classifying' });
  const { quote, position } = a.target;
  return {
    id: annotationIri(a),
    type: 'Annotation',
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    motivation: a.note !== '' ? 'commenting' : 'highlighting',
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: describeSource(article, namer),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/**
 * Returns the annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD) whose embedded first
 * `AnnotationPage` holds every annotation: notes as `commenting` bodies, tags as `tagging`, the label as
 * `classifying`, the target a `SpecificResource` with quote and position selectors whose source is the article:
 * its URL (or `urn:sha256:` of its text) as `id`, with its title, outlet, date and tags. Hypothesis and other
 * W3C tools read this, and `parseWebAnnotations` reads it back.
 */
export function exportWebAnnotations(items: readonly ExportArticle[], ctx: ExportContext): string {
  const namer = makeNamer(ctx);
  const annotations = items.flatMap((item) =>
    sortByPosition(item.annotations).map((a) => toWebAnnotation(a, item.article, namer)),
  );
  const seed = `${ctx.generatedAt}|${items.map((i) => i.article.id).join(',')}|${annotations.length}`;
  const collectionId = `urn:uuid:${deriveUuid(`collection:${seed}`)}`;
  const collection = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Coverage Workbench annotations (${items.length} ${items.length === 1 ? 'article' : 'articles'})`,
    total: annotations.length,
    generated: ctx.generatedAt,
    first: {
      id: `urn:uuid:${deriveUuid(`page:${seed}`)}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations,
    },
  };
  return JSON.stringify(collection, null, 2);
}
