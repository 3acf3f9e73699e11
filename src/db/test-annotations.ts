import { describeRange } from '../core/anchor';
import type { Annotation } from '../core/model';

/** An annotation record for db tests, on `[start, end)` of `text`. */
export function makeAnnotation(
  id: string,
  text: string,
  start: number,
  end: number,
  overrides: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    articleId: 'article-1',
    target: describeRange(text, start, end),
    note: '',
    label: null,
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}
