/** Patterns tried in order, each with what its match means (a qualifier, a currency, a kind of source). */
export type PatternList<T> = ReadonlyArray<readonly [RegExp, T]>;

/** One regex matching wherever any of `patterns` (all with the same flags) matches. */
export function anyOf(patterns: PatternList<unknown>): RegExp {
  return new RegExp(patterns.map(([re]) => re.source).join('|'), patterns[0]![0].flags);
}

/**
 * The first of `patterns` to match `s`, with its meaning; `any`, their union (`anyOf(patterns)`), rules out
 * most strings in one search instead of one per pattern.
 */
export function firstMatch<T>(
  patterns: PatternList<T>,
  any: RegExp,
  s: string,
): readonly [RegExpExecArray, T] | null {
  if (!any.test(s)) return null;
  for (const [re, meaning] of patterns) {
    const m = re.exec(s);
    if (m) return [m, meaning];
  }
  return null;
}
