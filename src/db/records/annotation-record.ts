import { CORRECTION_SCOPES, type CorrectionScope } from '../../core/model';
import {
  checkFields,
  isNullableString,
  isNumber,
  isObject,
  isString,
  isStringArray,
  type Migration,
  type Problems,
} from './checks';

/** Problems of a stored annotation: its target must carry both W3C selectors. */
export function validateAnnotation(value: unknown): Problems {
  const problems = checkFields('annotation', value, {
    id: isString,
    articleId: isString,
    target: isObject,
    note: isString,
    label: isNullableString,
    tags: isStringArray,
    createdAt: isNumber,
    updatedAt: isNumber,
  });
  if (problems.length > 0 || !isObject(value) || !isObject(value.target)) return problems;
  const { quote, position } = value.target;
  problems.push(
    ...checkFields('annotation quote', quote, { exact: isString, prefix: isString, suffix: isString }),
  );
  problems.push(...checkFields('annotation position', position, { start: isNumber, end: isNumber }));
  return problems;
}

export const annotationMigrations: readonly Migration[] = [];

/** Problems of a tag or label record. */
export function validateTagLike(kind: 'tag' | 'label', value: unknown): Problems {
  return checkFields(kind, value, { id: isString, name: isString, color: isString });
}

/** Problems of a stored correction. */
export function validateCorrection(value: unknown): Problems {
  return checkFields('correction', value, {
    id: isString,
    articleId: isString,
    target: (v) => v === 'entity' || v === 'claim',
    start: isNumber,
    end: isNumber,
    text: isString,
    action: isObject,
    createdAt: isNumber,
    scope: (v) => v === undefined || CORRECTION_SCOPES.includes(v as CorrectionScope),
  });
}

/** Problems of a stored analysis. */
export function validateAnalysis(value: unknown): Problems {
  return checkFields('analysis', value, {
    articleId: isString,
    engineVersion: isNumber,
    analyzedAt: isNumber,
    sentences: Array.isArray,
    entities: Array.isArray,
    claims: Array.isArray,
  });
}
