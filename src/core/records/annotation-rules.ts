import { ENTITY_TYPES } from '../model/analysis';
import { CORRECTION_SCOPES } from '../model/correction';
import { id } from './article-rules';
import { bool, inText, offset, listOf, nullable, oneOf, shape, text, timestamp, type Rule } from './rules';

/** Both W3C selectors of an annotation target; the position must lie in a text of `length` characters. */
const target = (length: number | null): Rule =>
  inText(
    shape({
      quote: shape({ exact: text(), prefix: text(), suffix: text() }, { type: oneOf(['TextQuoteSelector']) }),
      position: shape({ start: offset, end: offset }, { type: oneOf(['TextPositionSelector']) }),
      orphaned: bool,
    }),
    length,
    'position',
  );

/** An analyst's annotation on an article whose text has `length` characters (null when unknown). */
export const annotationRule = (length: number | null = null): Rule =>
  shape({
    id,
    articleId: id,
    target: target(length),
    note: text(),
    label: nullable(id),
    tags: listOf(id),
    createdAt: timestamp,
    updatedAt: timestamp,
  });

const action: Rule = (v, path, report) => {
  const kind = (v as { kind?: unknown } | null)?.kind;
  if (kind === 'retype' || kind === 'add')
    return shape({ kind: oneOf([kind]), type: oneOf(ENTITY_TYPES) })(v, path, report);
  if (kind === 'merge') return shape({ kind: oneOf(['merge']), canonical: text() })(v, path, report);
  shape({ kind: oneOf(['confirm', 'reject', 'retype', 'merge', 'add']) })(v, path, report);
};

/** An analyst's correction of an engine finding in a text of `length` characters (null when unknown). */
export const correctionRule = (length: number | null = null): Rule =>
  inText(
    shape(
      {
        id,
        articleId: id,
        target: oneOf(['entity', 'claim']),
        start: offset,
        end: offset,
        text: text(),
        action,
        createdAt: timestamp,
      },
      { scope: oneOf(CORRECTION_SCOPES) },
    ),
    length,
  );
