import {
  analysisRule,
  annotationRule,
  collectProblems,
  correctionRule,
  labelRule,
  tagRule,
} from '../../core/records';
import type { Problems } from './checks';

// The rules live in core so a backup restore and an annotation import check records exactly as stored.

/** Problems of a stored annotation: both W3C selectors, ids, times, a position that is a range. */
export function validateAnnotation(value: unknown): Problems {
  return collectProblems(annotationRule(), value, 'annotation');
}

/** Problems of a tag or label record (a colour in the strict format, a one-line name). */
export function validateTagLike(kind: 'tag' | 'label', value: unknown): Problems {
  return collectProblems(kind === 'tag' ? tagRule : labelRule, value, kind);
}

/** Problems of a stored correction. */
export function validateCorrection(value: unknown): Problems {
  return collectProblems(correctionRule(), value, 'correction');
}

/** Problems of a stored analysis, down to each entity, claim, quote and number. */
export function validateAnalysis(value: unknown): Problems {
  return collectProblems(analysisRule(), value, 'analysis');
}
