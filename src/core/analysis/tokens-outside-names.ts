import type { EntityType } from '../model/analysis';
import type { NameSpan } from './name-spans';
import type { Token } from './tokens';

/**
 * The tokens that `typeOf` gives a type and no name in `names` covers, as names of that type. Names are sorted by
 * start and do not overlap, and tokens come in order: one pointer walks both.
 */
export function tokensOutsideNames(
  tokens: readonly Token[],
  names: readonly NameSpan[],
  typeOf: (t: Token) => EntityType | undefined,
): NameSpan[] {
  const out: NameSpan[] = [];
  let k = 0;
  for (const t of tokens) {
    const type = typeOf(t);
    if (!type) continue;
    while (k < names.length && names[k]!.end <= t.start) k++;
    if (k === names.length || names[k]!.start >= t.end) out.push({ start: t.start, end: t.end, type });
  }
  return out;
}
